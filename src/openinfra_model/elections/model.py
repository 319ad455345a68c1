"""Elections as data: what is elected, by whom, when and how votes are counted.

These are facts, not rules. An :class:`~openinfra_model.Election` names its seats, its nomination
window, its application deadline, its voting window, its counting
:class:`~openinfra_model.VotingMethod` and the :class:`~openinfra_model.elections.Electorate` that
may vote;
a :class:`~openinfra_model.elections.VoteRecord` says that one person or member cast a vote in one
election
(participation, not the ballot's content). The rules that read them (calendars, voter and candidate
eligibility, rolls, the member lifecycle) live beside this module.

:class:`~openinfra_model.VotingMethod` is the one shared enumeration of counting methods: the
counting package uses it too, so an :class:`~openinfra_model.Election` and a count agree on what
the method is.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

import attrs

from openinfra_model.core.citations import Citation
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import FIRST_DATE
from openinfra_model.core.validate import plain_id, typed

__all__ = [
    "DayRange",
    "Election",
    "ElectionKind",
    "Electorate",
    "VoteRecord",
    "VotingMethod",
]


class VotingMethod(enum.Enum):
    """How the votes of an election are counted.

    The dated table of which method applied when belongs to the counting package; this
    enumeration is the shared vocabulary.
    """

    PLURALITY = "plurality"
    """One mark per seat, the most marks win (bylaws §3.10(a), "a plurality of the votes
    cast")."""
    CUMULATIVE = "cumulative"
    """As many votes as seats, which may be spread or stacked on one candidate (Individual
    Director elections 2012 to January 2025)."""
    RESTRICTED = "restricted"
    """Restricted voting, fewer votes than seats and at most one per candidate (the 2012 Gold
    Director Selector election gave six votes for eight seats, one per candidate)."""
    MEEK_STV = "meek_stv"
    """Meek's single transferable vote over ranked ballots (Governing Board from 2026)."""
    SCHULZE = "schulze"
    """A Condorcet method (Schulze's beatpath, as CIVS runs it) over ranked ballots (OpenStack
    TC and PTL elections)."""


class ElectionKind(enum.Enum):
    """What an election fills or decides."""

    INDIVIDUAL_DIRECTORS = "individual_directors"
    """The Individual Members elect Individual Directors (Delaware period, §4.2(d))."""
    GOLD_DIRECTOR_SELECTORS = "gold_director_selectors"
    """The Gold Members select Gold Director Selectors (Delaware period, §4.2(c))."""
    GOLD_REPRESENTATIVES = "gold_representatives"
    """The Gold Members elect Gold Representatives (LF period, charter §2(c))."""
    OIF_INDIVIDUAL_REPRESENTATIVES = "oif_individual_representatives"
    """The OIF Individual Members elect their representatives (LF period, charter §2(f))."""
    TECHNICAL_COMMITTEE = "technical_committee"
    """The OpenStack Technical Committee, elected by the Active (Technical) Contributors."""
    PROJECT_TEAM_LEAD = "project_team_lead"
    """An OpenStack project team lead, elected by that project's contributors."""
    CLASS_VOTE = "class_vote"
    """A vote of one class of members on bylaws amendments (§9.2), not an election of people."""


class Electorate(enum.Enum):
    """Who may vote in an election: the rule the roll is built by."""

    INDIVIDUAL_MEMBERS = "individual_members"
    """Individual Members, 180 days after their effective date (bylaws §3.9(a))."""
    GOLD_MEMBERS = "gold_members"
    """Gold Members, one vote each (bylaws §3.9(b)); new ones from January of the year after
    they join (join page, from 2021)."""
    PLATINUM_MEMBERS = "platinum_members"
    """Platinum Members, one vote each, in the Platinum class votes of bylaws §9.2."""
    OIF_INDIVIDUAL_MEMBERS = "oif_individual_members"
    """OIF Individual Members, 180 days after their OIF agreement (election procedures
    §2(a))."""
    TC_CONTRIBUTORS = "tc_contributors"
    """Active Technical Contributors (bylaws Appendix 4, until 2023-12-05) or Active
    Contributors (TC charter, after) across all OpenStack projects."""
    PROJECT_CONTRIBUTORS = "project_contributors"
    """Active Project Contributors of one project team (TC charter)."""


def _last_not_before_first(instance: DayRange, attribute: Any, value: date) -> None:  # noqa: ANN401
    if value < instance.first:
        raise InvalidInputError.at(
            attribute.name,
            f"{value.isoformat()} is before first ({instance.first.isoformat()}): "
            "the range is reversed",
        )


def check_election_day(day: date, path: str) -> None:
    """Refuse a day before every election rule (the sources start on ``FIRST_DATE``).

    Raises:
        InvalidInputError: ``day`` is before 2012-07-18 (the first supported date); the
            message names ``path``.
    """
    if day < FIRST_DATE:
        raise InvalidInputError.at(
            path,
            f"{day.isoformat()} is before every election rule (the sources start on "
            f"{FIRST_DATE.isoformat()})",
        )


@attrs.frozen(field_transformer=typed)
class DayRange:
    """A run of whole days, both ends included (a vote "Jan 14-18" is ``first=14, last=18``).

    Attributes:
        first: The first day.
        last: The last day (on or after ``first``).

    Raises:
        InvalidInputError: ``last`` is before ``first``.

    Example:
        >>> DayRange(date(2013, 1, 14), date(2013, 1, 18)).days
        5
    """

    first: date
    last: date = attrs.field(validator=_last_not_before_first)

    @property
    def days(self) -> int:
        """The number of days in the range, both ends counted."""
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        """Whether ``day`` is one of the range's days."""
        return isinstance(day, date) and self.first <= day <= self.last

    def __str__(self) -> str:
        """Render as ``first..last``."""
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def _check_seats(_instance: Any, attribute: Any, value: int) -> None:  # noqa: ANN401
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError.at(attribute.name, f"must be a non-negative int, not {value!r}")


def _check_id(_instance: Any, attribute: Any, value: str) -> None:  # noqa: ANN401
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError.at(attribute.name, "must be a non-empty string")
    plain_id(_instance, attribute, value)


@attrs.frozen(kw_only=True, field_transformer=typed)
class Election:
    """One election (or class vote): its seats, dates, counting method and electorate.

    Attributes:
        id: A stable id (``"2014-individual-directors"``).
        kind: What is elected or decided.
        electorate: Who may vote.
        seats: How many seats are filled (0 for a class vote).
        method: How the votes are counted.
        voting: The voting window, both days included.
        nominations: The window in which nominations are received, if the election has one.
        application_deadline: The last day to complete the candidate application, if any.
        qualifying: For TC and PTL elections, the contribution period that qualifies voters
            and candidates (the "timeframe" of the election tooling).
        project: For a PTL election, the project team.
        sources: Where the facts of this election come from.

    Raises:
        InvalidInputError: A field breaks an invariant (negative seats, a reversed window, a
            nomination window that does not end before the vote, an application deadline
            after the vote opens, a PTL election without a project).

    Example:
        >>> e = Election(
        ...     id="2014-individual-directors",
        ...     kind=ElectionKind.INDIVIDUAL_DIRECTORS,
        ...     electorate=Electorate.INDIVIDUAL_MEMBERS,
        ...     seats=8,
        ...     method=VotingMethod.CUMULATIVE,
        ...     voting=DayRange(date(2014, 1, 13), date(2014, 1, 17)),
        ... )
        >>> e.voting.days
        5
    """

    id: str = attrs.field(validator=_check_id)
    kind: ElectionKind
    electorate: Electorate
    seats: int = attrs.field(validator=_check_seats)
    method: VotingMethod
    voting: DayRange
    nominations: DayRange | None = None
    application_deadline: date | None = None
    qualifying: DayRange | None = None
    project: str | None = None
    sources: tuple[Citation, ...] = ()

    def __attrs_post_init__(self) -> None:
        """Check that the windows come in order."""
        if self.nominations is not None and self.nominations.last >= self.voting.first:
            raise InvalidInputError.at(
                "nominations.last",
                f"{self.nominations.last.isoformat()} is not before the vote opens "
                f"({self.voting.first.isoformat()})",
            )
        if self.application_deadline is not None and (
            self.application_deadline >= self.voting.first
        ):
            raise InvalidInputError.at(
                "application_deadline",
                f"{self.application_deadline.isoformat()} is not before the vote opens "
                f"({self.voting.first.isoformat()})",
            )
        if self.kind is ElectionKind.PROJECT_TEAM_LEAD and not self.project:
            raise InvalidInputError.at("project", "a PTL election needs its project team")

    def __repr__(self) -> str:
        """One line: id, kind, seats, method and voting window (the sources left out)."""
        return (
            f"<Election {self.id}: {self.kind.value}, {self.seats} seats, {self.method.value}, "
            f"vote {self.voting}>"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class VoteRecord:
    """That a voter cast a vote in an election (participation, not the ballot's content).

    Attributes:
        election: The election's id.
        voter: The voter's id (an individual's id, or an organisation's id for Gold and
            Platinum class votes).
        cast_on: The day the vote was cast, where known.

    Example:
        >>> VoteRecord(election="2014-individual-directors", voter="p1").voter
        'p1'
    """

    election: str = attrs.field(validator=_check_id)
    voter: str = attrs.field(validator=_check_id)
    cast_on: date | None = None
