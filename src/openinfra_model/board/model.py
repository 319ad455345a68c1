"""The board as data: directors, annual elections, officers, waivers and the board over time.

:class:`Director` (a seat holder with class, appointer, term and affiliations),
:class:`AnnualElection` (what the annual election fixed: the Gold and Individual seat counts),
:class:`Officer`, :class:`Waiver` and the :class:`Board` that holds them over time. The rules
that examine a board are in :mod:`openinfra_model.board.composition`.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

import attrs

from openinfra_model.board.affiliation import PersonalAffiliation
from openinfra_model.core import render
from openinfra_model.core.citations import Citation
from openinfra_model.core.deprecations import keyword_as_of
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.validate import check_arguments, plain_id, slug_id, typed

__all__ = [
    "AnnualElection",
    "Board",
    "Director",
    "Officer",
    "OfficerRole",
    "SeatClass",
    "Waiver",
]


class SeatClass(enum.Enum):
    """The class a director (representative) sits for."""

    PLATINUM = "platinum"
    """Appointed by a Platinum member (bylaws §4.2(b); charter §2(b))."""
    GOLD = "gold"
    """Appointed by a Gold Director Selector (Delaware) or elected by the Gold class (LF)."""
    INDIVIDUAL = "individual"
    """Elected by the Individual Members (OIF Individual Members in the LF era)."""


class OfficerRole(enum.Enum):
    """An office held on the board."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    TREASURER = "treasurer"
    SECRETARY = "secretary"


def _end_after_start(instance: Any, attribute: Any, value: date | None) -> None:  # noqa: ANN401
    if value is not None and value < instance.term_start:
        raise InvalidInputError.at(attribute.name, "is before term_start")


def _check_appointer(instance: Director, attribute: Any, value: str | None) -> None:  # noqa: ANN401
    if instance.seat_class is SeatClass.PLATINUM and value is None:
        raise InvalidInputError.at(
            attribute.name, "a Platinum director needs the appointing member"
        )
    if instance.seat_class is SeatClass.INDIVIDUAL and value is not None:
        raise InvalidInputError.at(
            attribute.name, "an Individual director is elected, not appointed by a member"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class Director:
    """One person's term in one seat (a representative, in the Linux Foundation era).

    Attributes:
        person: A stable id of the person.
        name: The person's name.
        seat_class: Platinum, Gold or Individual.
        appointed_by: For a Platinum director, the appointing member's organisation id; for a
            Gold director, the Gold Director Selector (Delaware) or the nominating Gold member
            (LF era), where known; ``None`` for an Individual director.
        election: The id of the :class:`AnnualElection` that seated the director, if any.
        seat: A label for the seat, where the record distinguishes Individual seats.
        term_start: The first day in office.
        term_end: The last day in office (inclusive), if the term ended or is set to end.
        affiliations: The person's links to organisations (employer, officer, board,
            contractor), with their dates.
        sources: Where the facts come from.

    Example:
        >>> d = Director(
        ...     person="jk",
        ...     name="Julia Kreger",
        ...     seat_class=SeatClass.INDIVIDUAL,
        ...     term_start=date(2022, 1, 26),
        ... )
        >>> d.in_office(date(2022, 1, 26)), d.in_office(date(2022, 1, 25))
        (True, False)
    """

    person: str = attrs.field(validator=plain_id)
    name: str
    seat_class: SeatClass
    appointed_by: str | None = attrs.field(default=None, validator=_check_appointer)
    election: str | None = None
    seat: str | None = None
    term_start: date
    term_end: date | None = attrs.field(default=None, validator=_end_after_start)
    affiliations: tuple[PersonalAffiliation, ...] = ()
    sources: tuple[Citation, ...] = ()

    def in_office(self, day: date) -> bool:
        """Whether the director is in office on ``day``."""
        return self.term_start <= day and (self.term_end is None or day <= self.term_end)

    def seat_key(self) -> tuple[str, str] | None:
        """The seat held: one per appointing member, or the labelled Individual seat."""
        if self.appointed_by is not None:
            return (self.seat_class.value, self.appointed_by)
        if self.seat is not None:
            return (self.seat_class.value, self.seat)
        return None

    def __repr__(self) -> str:
        """Show name, class, appointer and term."""
        by = f" by {self.appointed_by}" if self.appointed_by else ""
        end = self.term_end.isoformat() if self.term_end else ""
        return (
            f"<Director {self.name} ({self.seat_class.value}{by}) "
            f"{self.term_start.isoformat()}..{end}>"
        )


def _non_negative(_instance: Any, attribute: Any, value: int) -> None:  # noqa: ANN401
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError.at(attribute.name, f"must be a non-negative int, not {value!r}")


@attrs.frozen(kw_only=True, field_transformer=typed)
class AnnualElection:
    """What an annual election fixed: the Gold and Individual seat counts until the next one.

    Attributes:
        id: A stable id (``"2024"``).
        held_on: The day the election's results take effect (the annual meeting seating the
            new directors); the counts hold from this day until the next annual election.
        gold_seats: The number of Gold seats fixed.
        individual_seats: The number of Individual seats fixed.
        gold_selectors: The Gold members chosen as Gold Director Selectors (Delaware era).
        sources: Where the facts come from.
    """

    id: str = attrs.field(validator=plain_id)
    held_on: date
    gold_seats: int = attrs.field(validator=_non_negative)
    individual_seats: int = attrs.field(validator=_non_negative)
    gold_selectors: tuple[str, ...] = ()
    sources: tuple[Citation, ...] = ()

    def __repr__(self) -> str:
        """One line: id, day and the seats fixed."""
        return (
            f"<AnnualElection {self.id} {self.held_on.isoformat()}: {self.gold_seats} Gold, "
            f"{self.individual_seats} Individual seats>"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class Officer:
    """An office held on the board by a director.

    Attributes:
        person: The director's person id.
        role: Chair, vice chair, treasurer or secretary.
        since: The first day in office.
        until: The last day in office (inclusive), if it ended.
    """

    person: str = attrs.field(validator=plain_id)
    role: OfficerRole
    since: date
    until: date | None = None

    def holds_on(self, day: date) -> bool:
        """Whether the office is held on ``day``."""
        return self.since <= day and (self.until is None or day <= self.until)


@attrs.frozen(kw_only=True, field_transformer=typed)
class Waiver:
    """A recorded waiver of the Director Diversity Requirement for one group.

    Delaware bylaws §4.15(d) (§4.17(e) in the 2012 text): "A violation of the Director
    Diversity Requirement may be waived by a vote of two thirds of the Board of Directors (not
    including the directors who are Affiliated)." Linux Foundation charter §3(b): "Unless
    otherwise approved by the Governing Board".

    Attributes:
        organization: An organisation of the affiliated group the waiver covers.
        directors: The person ids of the directors covered.
        granted: The day of the vote.
        until: The last day the waiver holds (inclusive), if limited.
        votes_for: Directors voting for the waiver, where recorded.
        sources: Where the facts come from.
    """

    organization: str = attrs.field(validator=slug_id)
    directors: tuple[str, ...]
    granted: date
    until: date | None = None
    votes_for: int | None = None
    sources: tuple[Citation, ...] = ()

    def holds_on(self, day: date) -> bool:
        """Whether the waiver holds on ``day``."""
        return self.granted <= day and (self.until is None or day <= self.until)


def _overlap(a: Director, b: Director) -> bool:
    a_end = a.term_end or date.max
    b_end = b.term_end or date.max
    return a.term_start <= b_end and b.term_start <= a_end


def _overlaps(  # noqa: PLR0913  (a private helper; two keyword-only labels)
    board: Board, i: int, d: Director, earlier: list[int], *, path: str, what: str
) -> list[Problem]:
    return [
        Problem(
            f"directors[{i}].{path}", f"{what} (see directors[{j}], {board.directors[j].name})"
        )
        for j in earlier
        if _overlap(board.directors[j], d)
    ]


def _validate_board(board: Board) -> list[Problem]:
    problems: list[Problem] = []
    election_ids: set[str] = set()
    for i, e in enumerate(board.elections):
        if e.id in election_ids:
            problems.append(Problem(f"elections[{i}].id", f"duplicate id {e.id!r}"))
        election_ids.add(e.id)
    by_seat: dict[tuple[str, str], list[int]] = {}
    by_person: dict[str, list[int]] = {}
    for i, d in enumerate(board.directors):
        if d.election is not None and d.election not in election_ids:
            problems.append(
                Problem(f"directors[{i}].election", f"unknown election {d.election!r}")
            )
        key = d.seat_key()
        if key is not None:
            seat = by_seat.setdefault(key, [])
            problems.extend(
                _overlaps(
                    board,
                    i,
                    d,
                    seat,
                    path="term_start",
                    what=f"two directors hold seat {key} at once",
                )
            )
            seat.append(i)
        mine = by_person.setdefault(d.person, [])
        problems.extend(
            _overlaps(
                board, i, d, mine, path="person", what=f"{d.person!r} holds two seats at once"
            )
        )
        mine.append(i)
    people = set(by_person)
    problems.extend(
        Problem(f"officers[{i}].person", f"no director {o.person!r}")
        for i, o in enumerate(board.officers)
        if o.person not in people
    )
    for i, w in enumerate(board.waivers):
        problems.extend(
            Problem(f"waivers[{i}].directors[{k}]", f"no director {p!r}")
            for k, p in enumerate(w.directors)
            if p not in people
        )
    return problems


@attrs.frozen(kw_only=True, field_transformer=typed)
class Board:
    """A board over time: directors' terms, annual elections, officers and waivers.

    Raises:
        InvalidInputError: Two directors in one seat at once, one person in two seats at once,
            a reference to an unknown election or director; all reported together.

    Attributes:
        name: "Board of Directors" or "Governing Board".
        directors: Every director's term, past and present.
        elections: The annual elections, with the seat counts they fixed.
        officers: Offices held.
        waivers: Recorded waivers of the Director Diversity Requirement.
    """

    name: str = "Board of Directors"
    directors: tuple[Director, ...] = ()
    elections: tuple[AnnualElection, ...] = ()
    officers: tuple[Officer, ...] = ()
    waivers: tuple[Waiver, ...] = ()

    def __attrs_post_init__(self) -> None:
        """Check seats, people and references."""
        problems = _validate_board(self)
        if problems:
            raise InvalidInputError(problems)

    @keyword_as_of(1)
    def in_office(self, *, as_of: date) -> tuple[Director, ...]:
        """The directors in office on ``as_of``, Platinum then Gold then Individual.

        .. versionchanged:: 0.2
           ``as_of`` is keyword-only (by position: deprecated, warns).
        """
        check_arguments(Board.in_office, locals())
        order = {SeatClass.PLATINUM: 0, SeatClass.GOLD: 1, SeatClass.INDIVIDUAL: 2}
        return tuple(
            sorted(
                (d for d in self.directors if d.in_office(as_of)),
                key=lambda d: (order[d.seat_class], d.name),
            )
        )

    @keyword_as_of(1)
    def election_on(self, *, as_of: date) -> AnnualElection | None:
        """The latest annual election held on or before ``as_of``.

        .. versionchanged:: 0.2
           ``as_of`` is keyword-only (by position: deprecated, warns).
        """
        check_arguments(Board.election_on, locals())
        held = [e for e in self.elections if e.held_on <= as_of]
        return max(held, key=lambda e: e.held_on) if held else None

    @keyword_as_of(1)
    def officers_on(self, *, as_of: date) -> tuple[Officer, ...]:
        """The offices held on ``as_of``.

        .. versionchanged:: 0.2
           ``as_of`` is keyword-only (by position: deprecated, warns).
        """
        check_arguments(Board.officers_on, locals())
        return tuple(o for o in self.officers if o.holds_on(as_of))

    def __repr__(self) -> str:
        """Summarise: name and the number of terms and elections recorded."""
        return (
            f"<Board {self.name!r}: {len(self.directors)} terms, "
            f"{len(self.elections)} elections, {len(self.waivers)} waivers>"
        )

    def _repr_html_(self) -> str:
        """The counts, then every term recorded (cut after 20 rows)."""
        return render.frame(
            repr(self)[1:-1],
            render.table(
                ("director", "class", "appointed by", "from", "to"),
                (
                    (d.name, d.seat_class, d.appointed_by, d.term_start, d.term_end)
                    for d in self.directors
                ),
                total=len(self.directors),
            ),
        )


# --- Dated rules ------------------------------------------------------------------------------
