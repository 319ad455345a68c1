"""The Board of Directors (Delaware bylaws) and the Governing Board (Linux Foundation era).

Facts: :class:`Director` (a seat holder with class, appointer, term and affiliations),
:class:`AnnualElection` (what the annual election fixed: the Gold and Individual seat counts),
:class:`Officer`, :class:`Waiver` and the :class:`Board` that holds them over time.

Rules: :func:`director_limit` and :func:`check_board`, which examines a board as of a date:

* bylaws §4.2(b) / charter §2(b): the Director Limit (Representative Limit) is the number of
  Platinum members; each Platinum member appoints one director, whose term ends with the
  membership;
* §4.2(c)/(d) / charter §2(c),(f): Gold and Individual seats equal the Director Limit fixed at
  the annual election and change only at the next one (:data:`SEAT_CHANGE_RULE`);
* a Gold director's selector must be a Gold member (the seat ends with the membership), so Gold
  seats can never exceed the Gold members able to select [inferred];
* the Director Diversity Requirement (:mod:`openinfra_model.board.diversity`);
* informational only: whether Gold directors are a third of the board (join page, 2020).
"""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

import attrs

from openinfra_model.core import render
from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.regimes import (
    BYLAWS_2024,
    LF_CLOSING,
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.membership import Tier
from openinfra_model.membership.standing import members_on

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openinfra_model.board.affiliation import AffiliatedGroups
    from openinfra_model.membership import Membership
    from openinfra_model.membership.organizations import Organization
from openinfra_model.board.diversity import check_diversity
from openinfra_model.board.model import AnnualElection, Board, Director, SeatClass

__all__ = [
    "DIRECTOR_LIMIT_RULE",
    "SEAT_CHANGE_RULE",
    "BoardReport",
    "SeatChangeRule",
    "check_board",
    "check_vacancy_fill",
    "director_limit",
]

_BYLAWS_2012 = date(2012, 8, 20)
_LF_TEXT = date(2025, 7, 7)


_S42B = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(b)",
    "The number of Platinum Members shall be defined as the Director Limit.",
)

DIRECTOR_LIMIT_RULE: DatedTable[Citation] = parameter("board.director_limit", Citation)
"""The Director Limit (Representative Limit): the number of Platinum members in force."""


class SeatChangeRule(enum.Enum):
    """How Gold and Individual seat counts follow a mid-year change of the Director Limit."""

    REDUCTIONS_AT_NEXT_MEETING = "reductions_at_next_meeting"
    """Under the 2021 text, a reduction applies at the next annual meeting; increases not addressed
    (we apply them at the next annual meeting too [inferred])."""
    BOTH_AT_NEXT_MEETING = "both_at_next_meeting"
    """Under the 2024 text, seats are "reduced or increased at the next annual meeting"."""
    INCUMBENTS_KEEP_TERMS = "incumbents_keep_terms"
    """Under the LF charter, incumbents' terms are not shortened; the change waits for the next
    annual election."""
    IMMEDIATELY = "immediately"
    """Seats follow the Director Limit on the day it changes. No text in the sources says so:
    a value for counterfactual rulebooks ("what if seats followed at once?")."""


SEAT_CHANGE_RULE: DatedTable[SeatChangeRule] = parameter("board.seats.change_rule", SeatChangeRule)
"""When Gold and Individual seat counts follow the Director Limit."""

_S42D_2021 = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(d)",
    "the Individual Members shall elect the same number of directors as the Director Limit",
)
_S42D_2024 = Citation(
    "bylaws",
    BYLAWS_2024,
    "4.2(d)",
    "the number of Individual Directors shall be reduced or increased at the next annual "
    "meeting to the Director Limit effective on January 1 of such calendar year",
)
_LF2F = Citation(
    "lf-charter",
    _LF_TEXT,
    "2(f)",
    "OIF Individual Members [...] elect the same number of representatives [...] as the "
    "Representative Limit",
)
_S42C_SELECTOR = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(c)",
    "All Gold Directors shall hold office [...] except [...] the Gold Director Selector for a "
    "particular Gold Director ceases to be a Gold Member.",
)
_S42B_TERM = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(b)",
    "The term of each Platinum Director shall continue until [...] the termination of the "
    "membership of the Platinum Member appointing any such Platinum Director.",
)
_LF2B_TERM = Citation(
    "lf-charter",
    _LF_TEXT,
    "2(b)",
    "Each Platinum Member will be entitled to appoint a representative to the Governing Board",
)
_JOIN_THIRD = Citation(
    "seed-join-page",
    date(2021, 1, 1),
    "Gold Membership",
    "the Gold Directors already in office, who make up 1/3 of the board",
)


def _limit_cite(as_of: date) -> Citation:
    # The window's citation (marked with its confidence), not the bare value.
    return DIRECTOR_LIMIT_RULE._at(as_of).citation


def director_limit(memberships: Iterable[Membership], *, as_of: date) -> int:
    """The Director Limit (Representative Limit): the Platinum members in force on ``as_of``.

    Uses the effective-date rule of :func:`~openinfra_model.members_on` (before 2024-03-12 a
    Platinum membership takes effect on January 1 following its approval).

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> ms = tuple(
        ...     Membership(
        ...         organization=o,
        ...         tier=Tier.PLATINUM,
        ...         signed=date(2024, 5, 1),
        ...         approved=date(2024, 6, 1),
        ...     )
        ...     for o in ("rackspace", "okestro")
        ... )
        >>> director_limit(ms, as_of=date(2024, 5, 31)), director_limit(ms, as_of=date(2024, 6, 1))
        (0, 2)
    """
    check_arguments(director_limit, locals())
    return len({m.organization for m in members_on(memberships, Tier.PLATINUM, as_of=as_of)})


def _seat_reference_date(election: AnnualElection) -> date:
    """The day whose Director Limit the election's seat counts must equal."""
    if election.held_on >= LF_CLOSING:
        return election.held_on
    return max(date(election.held_on.year, 1, 1), _INITIAL_INDIVIDUAL_VOTE)


# The initial (special) election's Individual vote opened on 2012-08-20 (2012 election page):
# its seat counts are those of the Director Limit on that day, not on the first supported date
# (2012-07-18, the first member sign-ups, before the first Platinum memberships took effect).
_INITIAL_INDIVIDUAL_VOTE = date(2012, 8, 20)


def _inferred(c: Citation) -> Citation:
    return attrs.evolve(c, section=f"{c.section} [inferred]")


@attrs.frozen(kw_only=True, field_transformer=typed)
class BoardReport:
    """A board examined on one date.

    Attributes:
        as_of: The date examined.
        directors: The directors in office.
        director_limit: The Director Limit (Representative Limit) on that date.
        platinum: Platinum directors in office.
        gold: Gold directors in office.
        individual: Individual directors in office.
        gold_seats: Gold seats fixed by the last annual election (``None``: no record).
        individual_seats: Individual seats fixed by the last annual election.
        composition: The seat rules examined.
        diversity: The Director Diversity Requirement examined.
        informational: Observations that are not rules and never change the outcome (whether
            Gold directors are a third of the board).
    """

    as_of: date
    directors: tuple[Director, ...]
    director_limit: int
    platinum: int
    gold: int
    individual: int
    gold_seats: int | None
    individual_seats: int | None
    composition: Decision
    diversity: Decision
    informational: tuple[Check, ...] = ()

    @property
    def decision(self) -> Decision:
        """Composition and diversity together."""
        return Decision.combine(self.composition, self.diversity)

    @property
    def outcome(self) -> Status:
        """The worst status of every rule examined."""
        return self.decision.outcome

    @property
    def size(self) -> int:
        """The number of directors in office."""
        return len(self.directors)

    @property
    def shape(self) -> tuple[int, int, int]:
        """Platinum, Gold and Individual directors in office."""
        return (self.platinum, self.gold, self.individual)

    def rows(self) -> tuple[dict[str, str], ...]:
        """One row per director in office, for a data frame (``pandas.DataFrame(r.rows())``).

        Example:
            >>> from openinfra_model import load_board_record
            >>> record = load_board_record()
            >>> report = check_board(record.board, record.memberships, as_of=date(2024, 10, 31))
            >>> report.rows()[0]["seat_class"], len(report.rows())
            ('platinum', 17)
        """
        return tuple(
            {
                "person": d.person,
                "name": d.name,
                "seat_class": d.seat_class.value,
                "appointed_by": d.appointed_by or "",
                "term_start": d.term_start.isoformat(),
                "term_end": d.term_end.isoformat() if d.term_end else "",
                "affiliations": ", ".join(
                    sorted({a.organization for a in d.affiliations if a.holds_on(self.as_of)})
                ),
            }
            for d in self.directors
        )

    def explain(self) -> str:
        """The report as text."""
        head = (
            f"Board on {self.as_of.isoformat()}: {self.size} directors "
            f"{self.platinum}/{self.gold}/{self.individual}, Director Limit {self.director_limit}"
        )
        info = "\n".join(f"  (info) {c}" for c in self.informational)
        return "\n".join(x for x in (head, self.decision.explain(), info) if x)

    def __repr__(self) -> str:
        """One line: date, shape and outcome."""
        return (
            f"<BoardReport {self.as_of.isoformat()}: "
            f"{self.platinum}/{self.gold}/{self.individual} "
            f"(limit {self.director_limit}) {self.outcome.name}>"
        )

    def _repr_html_(self) -> str:
        """The shape and outcome, the checks coloured by status, then the directors."""
        people = render.table(
            ("director", "class", "appointed by", "from", "to", "affiliations"),
            (
                (
                    r["name"],
                    r["seat_class"],
                    r["appointed_by"],
                    r["term_start"],
                    r["term_end"],
                    r["affiliations"],
                )
                for r in self.to_rows()
            ),
            total=len(self.directors),
        )
        parts = [
            render.check_table(self.decision.checks),
            render.details(f"{self.size} directors in office", people),
        ]
        if self.informational:
            parts.append(
                render.details(
                    f"Informational: {len(self.informational)} (never change the outcome)",
                    render.check_table(self.informational),
                )
            )
        return render.frame(
            f"Board on {self.as_of.isoformat()}: {self.size} directors "
            f"{self.platinum}/{self.gold}/{self.individual}, Director Limit {self.director_limit}",
            *parts,
            status=self.outcome,
        )

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row per director in office (dates as dates; ``None`` for no end).

        Example:
            >>> from openinfra_model import load_board_record
            >>> record = load_board_record()
            >>> report = check_board(record.board, record.memberships, as_of=date(2024, 10, 31))
            >>> row = report.to_rows()[0]
            >>> row["as_of"], row["seat_class"], type(row["term_start"]).__name__
            (datetime.date(2024, 10, 31), 'platinum', 'date')

        .. versionadded:: 0.2
        """
        return tuple(
            {
                "as_of": self.as_of,
                "person": d.person,
                "name": d.name,
                "seat_class": d.seat_class.value,
                "appointed_by": d.appointed_by,
                "term_start": d.term_start,
                "term_end": d.term_end,
                "affiliations": ", ".join(
                    sorted({a.organization for a in d.affiliations if a.holds_on(self.as_of)})
                ),
            }
            for d in self.directors
        )


def _appointer_problems(
    board: Board, known: frozenset[str], in_office: tuple[Director, ...]
) -> list[Problem]:
    index = {id(d): i for i, d in enumerate(board.directors)}
    return [
        Problem(
            f"directors[{index[id(d)]}].appointed_by",
            f"unknown member {d.appointed_by!r}: no membership of that organisation is given",
        )
        for d in in_office
        if d.appointed_by is not None and d.appointed_by not in known
    ]


def _not_platinum(org: str | None, memberships: tuple[Membership, ...], as_of: date) -> str:
    """Why ``org`` is not a Platinum member on ``as_of``: never, not yet, or no longer."""
    own = [m for m in memberships if m.organization == org and m.tier is Tier.PLATINUM]
    if not own:
        return f"{org} has no Platinum membership"
    ended = [m.term_end for m in own if m.term_end is not None and m.term_end < as_of]
    if ended and len(ended) == len(own):
        return (
            f"{org}'s Platinum membership ended on {max(ended).isoformat()}: the term ended "
            "with the membership"
        )
    return (
        f"{org}'s Platinum membership is not yet in force on {as_of.isoformat()} (signed "
        f"{min(m.signed for m in own).isoformat()}): the director's term cannot start before "
        "the membership"
    )


def _platinum_checks(
    directors: tuple[Director, ...],
    platinum: frozenset[str],
    as_of: date,
    memberships: tuple[Membership, ...] = (),
) -> list[Check]:
    cite = _LF2B_TERM if as_of >= LF_CLOSING else _S42B_TERM
    checks = []
    for d in directors:
        if d.seat_class is not SeatClass.PLATINUM:
            continue
        if d.appointed_by in platinum:
            checks.append(
                Check(
                    "board.platinum.appointer",
                    Status.PASSED,
                    cite,
                    f"{d.name} is appointed by {d.appointed_by}, a Platinum member",
                )
            )
        else:
            checks.append(
                Check(
                    "board.platinum.appointer",
                    Status.FAILED,
                    cite,
                    f"{d.name} sits for {d.appointed_by}, which is not a Platinum member on "
                    f"{as_of.isoformat()}: {_not_platinum(d.appointed_by, memberships, as_of)}",
                )
            )
    return checks


def _gold_selector_checks(
    directors: tuple[Director, ...], gold: frozenset[str], as_of: date
) -> list[Check]:
    checks = []
    for d in directors:
        if d.seat_class is not SeatClass.GOLD:
            continue
        if as_of >= LF_CLOSING:
            continue  # LF-era Gold representatives are elected by the class, not selected
        if d.appointed_by is None:
            checks.append(
                Check(
                    "board.gold.selector",
                    Status.UNKNOWN,
                    _S42C_SELECTOR,
                    f"the Gold Director Selector of {d.name} is not recorded",
                )
            )
        elif d.appointed_by in gold:
            checks.append(
                Check(
                    "board.gold.selector",
                    Status.PASSED,
                    _S42C_SELECTOR,
                    f"{d.name}'s selector {d.appointed_by} is a Gold member",
                )
            )
        else:
            checks.append(
                Check(
                    "board.gold.selector",
                    Status.FAILED,
                    _S42C_SELECTOR,
                    f"{d.name}'s selector {d.appointed_by} is not a Gold member on "
                    f"{as_of.isoformat()}",
                )
            )
    return checks


_S42C_SELECTORS = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(c)",
    "The Gold Members shall elect the same number of Gold Director Selectors as the Director "
    "Limit. [...] Each Gold Director Selector shall then appoint a single member of the Board of "
    "Directors",
)


def _elected_selector_checks(
    directors: tuple[Director, ...], election: AnnualElection, ms: tuple[Membership, ...]
) -> list[Check]:
    """The recorded selectors: Gold members, as many as the seats, each behind its director."""
    golds = {m.organization for m in members_on(ms, Tier.GOLD, as_of=election.held_on)}
    chosen = set(election.gold_selectors)
    not_gold = sorted(chosen - golds)
    checks = [
        Check(
            "board.gold.selectors_elected",
            Status.FAILED if not_gold or len(chosen) != election.gold_seats else Status.PASSED,
            _S42C_SELECTORS,
            f"election {election.id} chose {len(chosen)} selectors for {election.gold_seats} "
            "Gold seats" + (f"; not Gold members: {', '.join(not_gold)}" if not_gold else ""),
        )
    ]
    strays = sorted(
        d.name
        for d in directors
        if d.seat_class is SeatClass.GOLD
        and d.election == election.id
        and d.appointed_by not in chosen
    )
    if strays:
        checks.append(
            Check(
                "board.gold.selectors_elected",
                Status.FAILED,
                _S42C_SELECTORS,
                f"appointed by a Gold member not chosen as selector in {election.id}: "
                + ", ".join(strays),
            )
        )
    return checks


def _seat_cites(as_of: date) -> tuple[Citation, Citation, SeatChangeRule]:
    rule = SEAT_CHANGE_RULE._at(as_of)
    if rule.value is SeatChangeRule.IMMEDIATELY:
        return rule.citation, rule.citation, rule.value
    if rule.value is SeatChangeRule.INCUMBENTS_KEEP_TERMS:
        return rule.citation, _LF2F, rule.value
    if rule.value is SeatChangeRule.BOTH_AT_NEXT_MEETING:
        return rule.citation, _S42D_2024, rule.value
    return rule.citation, _S42D_2021, rule.value


def _fixed_seat_checks(  # noqa: PLR0913
    cls: SeatClass,
    fixed: int,
    seated: int,
    election: AnnualElection,
    memberships: tuple[Membership, ...],
    *,
    as_of: date,
) -> list[Check]:
    gold_cite, ind_cite, rule = _seat_cites(as_of)
    cite = gold_cite if cls is SeatClass.GOLD else ind_cite
    ref = _seat_reference_date(election)
    limit_then = expected = director_limit(memberships, as_of=ref)
    what = f"{cls.value} seats"
    checks: list[Check] = []
    note = ""
    if cls is SeatClass.GOLD:
        golds = len(
            {m.organization for m in members_on(memberships, Tier.GOLD, as_of=election.held_on)}
        )
        if golds < expected:
            expected = golds
            note = f", but only {golds} Gold members could select, so {golds} [inferred]"
    status = Status.PASSED if fixed == expected else Status.FAILED
    at_election = _seat_cites(election.held_on)
    fixed_cite = at_election[0] if cls is SeatClass.GOLD else at_election[1]
    checks.append(
        Check(
            f"board.{cls.value}.seats_fixed",
            status,
            _inferred(fixed_cite) if note else fixed_cite,
            f"election {election.id} fixed {fixed} {what}; the Director Limit on "
            f"{ref.isoformat()} gives {limit_then}{note}",
        )
    )
    now = director_limit(memberships, as_of=as_of)
    change = ""
    if rule is SeatChangeRule.IMMEDIATELY and now != fixed:
        fixed, change = now, f"; the seats follow the Director Limit ({now}) at once"
    elif now != limit_then:
        verb = "rose" if now > limit_then else "fell"
        change = (
            f"; the Director Limit {verb} to {now} since {ref.isoformat()} (from "
            f"{limit_then}), which moves {what} only at the next annual election"
        )
        if verb == "rose" and rule is SeatChangeRule.REDUCTIONS_AT_NEXT_MEETING:
            cite = _inferred(cite)
            change += " (the text addresses reductions only: inferred)"
    if seated > fixed:
        checks.append(
            Check(
                f"board.{cls.value}.seats",
                Status.FAILED,
                cite,
                f"{seated} {cls.value} directors sit in {fixed} seats{change}",
            )
        )
    else:
        vacant = f", {fixed - seated} vacant" if seated < fixed else ""
        checks.append(
            Check(
                f"board.{cls.value}.seats",
                Status.PASSED,
                cite,
                f"{seated} {cls.value} directors in {fixed} seats{vacant}{change}",
            )
        )
    return checks


def check_board(
    board: Board,
    memberships: Iterable[Membership],
    *,
    as_of: date,
    groups: AffiliatedGroups | None = None,
    organizations: Iterable[Organization] | None = None,
) -> BoardReport:
    """Examine the board in office on ``as_of`` against the seat and diversity rules.

    Args:
        board: The board, with its directors' terms and annual elections.
        memberships: Organisational memberships (to count Platinum members and find Gold
            selectors), in any order.
        as_of: The date examined; it chooses the texts applied.
        groups: Affiliated groups (from :func:`~openinfra_model.board.affiliated_groups`); without
            them (and without ``organizations``) every organisation is its own group.
        organizations: The organisations with their control links: the groups are computed
            from them (on ``as_of`` and on each director's first day, to tell a merger during
            the term).

    Returns:
        A :class:`BoardReport` whose ``composition`` and ``diversity`` Decisions hold one
        check per clause examined.

    Raises:
        InvalidInputError: A director in office is appointed by an organisation with no
            membership at all (an unknown member), naming ``directors[i].appointed_by``.
        NoRegimeError: ``as_of`` is before the first supported date.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> ms = (
        ...     Membership(
        ...         organization="p",
        ...         tier=Tier.PLATINUM,
        ...         signed=date(2022, 1, 1),
        ...         term_start=date(2022, 1, 1),
        ...     ),
        ...     Membership(
        ...         organization="g",
        ...         tier=Tier.GOLD,
        ...         signed=date(2022, 1, 1),
        ...         approved=date(2022, 1, 1),
        ...     ),
        ... )
        >>> start = date(2023, 1, 31)
        >>> board = Board(
        ...     directors=(
        ...         Director(
        ...             person="a",
        ...             name="A",
        ...             seat_class=SeatClass.PLATINUM,
        ...             appointed_by="p",
        ...             term_start=start,
        ...         ),
        ...         Director(
        ...             person="b",
        ...             name="B",
        ...             seat_class=SeatClass.GOLD,
        ...             appointed_by="g",
        ...             term_start=start,
        ...         ),
        ...         Director(
        ...             person="c", name="C", seat_class=SeatClass.INDIVIDUAL, term_start=start
        ...         ),
        ...     ),
        ...     elections=(
        ...         AnnualElection(
        ...             id="2023", held_on=date(2023, 1, 13), gold_seats=1, individual_seats=1
        ...         ),
        ...     ),
        ... )
        >>> check_board(board, ms, as_of=date(2023, 6, 1))
        <BoardReport 2023-06-01: 1/1/1 (limit 1) PASSED>
    """
    check_arguments(check_board, locals())
    ms = tuple(memberships)
    in_office = board.in_office(as_of=as_of)
    problems = _appointer_problems(board, frozenset(m.organization for m in ms), in_office)
    if problems:
        raise InvalidInputError(problems)
    platinum = frozenset(m.organization for m in members_on(ms, Tier.PLATINUM, as_of=as_of))
    gold = frozenset(m.organization for m in members_on(ms, Tier.GOLD, as_of=as_of))
    counts = {c: sum(1 for d in in_office if d.seat_class is c) for c in SeatClass}
    election = board.election_on(as_of=as_of)
    checks = [
        _director_limit_check(platinum, as_of),
        *_platinum_checks(in_office, platinum, as_of, ms),
        *_platinum_vacancy_checks(in_office, platinum, as_of),
        *_gold_selector_checks(in_office, gold, as_of),
        *(
            _elected_selector_checks(in_office, election, ms)
            if election is not None and election.gold_selectors
            else ()
        ),
        *_seat_checks(election, counts, ms, as_of),
    ]
    diversity = check_diversity(
        in_office, as_of=as_of, groups=groups, waivers=board.waivers, organizations=organizations
    )
    return BoardReport(
        as_of=as_of,
        directors=in_office,
        director_limit=len(platinum),
        platinum=counts[SeatClass.PLATINUM],
        gold=counts[SeatClass.GOLD],
        individual=counts[SeatClass.INDIVIDUAL],
        gold_seats=None if election is None else election.gold_seats,
        individual_seats=None if election is None else election.individual_seats,
        composition=Decision.of(*checks),
        diversity=diversity,
        informational=(_one_third_check(counts, len(in_office)),),
    )


def _director_limit_check(platinum: frozenset[str], as_of: date) -> Check:
    """§4.2(b) / charter §2(b): the Director Limit is the number of Platinum members."""
    return Check(
        "board.director_limit",
        Status.PASSED,
        _limit_cite(as_of),
        f"the Director Limit is {len(platinum)}, the Platinum members in force on "
        f"{as_of.isoformat()}: {', '.join(sorted(platinum)) or 'none'}",
    )


def _platinum_vacancy_checks(
    in_office: tuple[Director, ...], platinum: frozenset[str], as_of: date
) -> list[Check]:
    """§4.2(b): a Platinum member without a director in office has a seat to fill."""
    seated = {d.appointed_by for d in in_office if d.seat_class is SeatClass.PLATINUM}
    vacant = len(platinum) - len(seated)
    if vacant <= 0:
        return []
    empty = ", ".join(sorted(platinum - seated))
    return [
        Check(
            "board.platinum.seats",
            Status.PASSED,
            _limit_cite(as_of),
            f"{vacant} Platinum member(s) have no director in office on {as_of.isoformat()} "
            f"({empty}): the seat is theirs to fill",
        )
    ]


def _seat_checks(
    election: AnnualElection | None,
    counts: dict[SeatClass, int],
    ms: tuple[Membership, ...],
    as_of: date,
) -> list[Check]:
    """§4.2(c)/(d) / charter §2(c),(f): Gold and Individual seats as the annual election fixed."""
    if election is None:
        seat_cite = SEAT_CHANGE_RULE._at(as_of).citation
        return [
            Check(
                f"board.{c.value}.seats",
                Status.UNKNOWN,
                seat_cite,
                f"no annual election on or before {as_of.isoformat()} records how many "
                f"{c.value} seats were fixed",
            )
            for c in (SeatClass.GOLD, SeatClass.INDIVIDUAL)
        ]
    return [
        *_fixed_seat_checks(
            SeatClass.GOLD, election.gold_seats, counts[SeatClass.GOLD], election, ms, as_of=as_of
        ),
        *_fixed_seat_checks(
            SeatClass.INDIVIDUAL,
            election.individual_seats,
            counts[SeatClass.INDIVIDUAL],
            election,
            ms,
            as_of=as_of,
        ),
    ]


def _one_third_check(counts: dict[SeatClass, int], total: int) -> Check:
    """Join page (2020), informational only: Gold directors a third of the board."""
    third = counts[SeatClass.GOLD] * 3 == total and total > 0
    return Check(
        "board.gold.one_third",
        Status.PASSED if third else Status.NOT_APPLICABLE,
        _JOIN_THIRD,
        f"Gold directors are {counts[SeatClass.GOLD]} of {total}"
        + (
            ": one third"
            if third
            else ": not one third; a steady-state property, not a rule (the seat rules bind)"
        ),
    )


_S42C_VACANCY = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(c)",
    "In the case of the death, resignation or removal of any Gold Director (except for removal "
    "under Section 4.15), the vacancy may be filled by the relevant Gold Director Selector.",
)
_S42D_VACANCY = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(d)",
    "In the case of the death, resignation or removal of any Individual Director (except for "
    "removal under Section 4.15), the vacancy may be filled by a majority vote of the "
    "remaining Individual Directors.",
)
_LF2C_VACANCY = Citation("lf-charter", _LF_TEXT, "2(c)")
_LF2F_VACANCY = Citation(
    "lf-charter",
    _LF_TEXT,
    "2(f)",
    "by a majority vote of the remaining OIF Individual Representatives",
)


def check_vacancy_fill(
    vacated: Director,
    successor: Director,
    *,
    as_of: date,
    votes_for: int | None = None,
    remaining: int | None = None,
) -> Decision:
    """Decide whether a vacancy was filled by whom the texts say.

    A Platinum seat is the appointing member's (§4.2(b); charter §2(b)); a Gold seat is filled
    by the relevant Gold Director Selector (§4.2(c); charter §2(c): the appointing Gold member);
    an Individual seat by "a majority vote of the remaining Individual Directors" (§4.2(d);
    charter §2(f)). The successor must take office after the vacated term ended, in the same
    class.

    Args:
        vacated: The director whose seat fell vacant (with ``term_end`` set).
        successor: The director filling it.
        as_of: The day the vacancy is filled (chooses the text).
        votes_for: For an Individual seat, the remaining Individual directors voting for.
        remaining: For an Individual seat, the Individual directors remaining in office.

    Example:
        >>> old = Director(
        ...     person="a",
        ...     name="A",
        ...     seat_class=SeatClass.INDIVIDUAL,
        ...     term_start=date(2023, 1, 31),
        ...     term_end=date(2023, 6, 30),
        ... )
        >>> new = attrs.evolve(
        ...     old, person="b", name="B", term_start=date(2023, 7, 15), term_end=None
        ... )
        >>> check_vacancy_fill(old, new, votes_for=4, remaining=6, as_of=date(2023, 7, 15)).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_vacancy_fill, locals())
    lf = as_of >= LF_CLOSING
    checks: list[Check] = []
    if vacated.term_end is None or successor.term_start <= vacated.term_end:
        raise InvalidInputError.at(
            "successor.term_start", "must be after the vacated director's term_end"
        )
    if successor.seat_class is not vacated.seat_class:
        raise InvalidInputError.at(
            "successor.seat_class",
            f"is {successor.seat_class.value}, the vacated seat is {vacated.seat_class.value}",
        )
    cls = vacated.seat_class
    if cls is SeatClass.INDIVIDUAL:
        cite = _LF2F_VACANCY if lf else _S42D_VACANCY
        if votes_for is None or remaining is None:
            checks.append(
                Check(
                    "board.vacancy.individual",
                    Status.UNKNOWN,
                    cite,
                    "the vote of the remaining Individual directors is not given",
                )
            )
        else:
            if not 0 <= votes_for <= remaining:
                raise InvalidInputError.at(
                    "votes_for", f"{votes_for} votes for but {remaining} remaining"
                )
            ok = votes_for * 2 > remaining
            checks.append(
                Check(
                    "board.vacancy.individual",
                    Status.PASSED if ok else Status.FAILED,
                    cite,
                    f"{votes_for} of {remaining} remaining Individual directors voted for "
                    f"{successor.name}; a majority is {remaining // 2 + 1}",
                )
            )
    else:
        if cls is SeatClass.GOLD:
            cite = _LF2C_VACANCY if lf else _S42C_VACANCY
        else:
            cite = _LF2B_TERM if lf else _S42B
        same = successor.appointed_by == vacated.appointed_by
        who = "member" if cls is SeatClass.PLATINUM else "selector"
        checks.append(
            Check(
                f"board.vacancy.{cls.value}",
                Status.PASSED if same else Status.FAILED,
                cite,
                f"{successor.name} appointed by {successor.appointed_by}; the seat's {who} is "
                f"{vacated.appointed_by}",
            )
        )
    return Decision.of(*checks)
