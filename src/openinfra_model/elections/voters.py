"""Who may vote: Individual, OIF Individual, Gold and Platinum members.

Individual Members (bylaws §3.9(a)) "shall first be able to vote as an Individual Member one
hundred and eighty (180) days after the effective date of becoming an Individual Member"; the
2012 text let members whose effective date was "earlier than thirty (30) days after" the
certificate of incorporation vote at once: members effective on or before 2012-08-15, the
cut-off the 2012 election page states ("You must be a member of the OpenStack Foundation by
August 15, 2012 to vote") [inferred; the COI Effective Date was not found]. In the Linux
Foundation era (election procedures §2(a)) OIF Individual Members vote "only if the date of such
vote falls at least 180 days after the effective date that such an individual became an OIF
Individual Member according to the OIF Individual Member Registry" (the registry date, not the
day the agreement was signed: OIF Individual Member Program §1). Community accounts never vote
(join page).

**The 180 days, day by day.** A member whose effective date is ``E`` may first vote on
``E + 180 days`` (the day ``D`` with ``D - E`` = 180 days; "at least 180 days after").
For a vote held over several days ``[first, last]``:

* a member with ``E <= last - 180`` can cast a vote that counts on at least one day of the
  window (the last day): they are on the roll, and
  :func:`~openinfra_model.elections.joining_cutoff` returns
  ``last - 180``;
* a member with ``E <= first - 180`` can vote on every day of the window;
* for ``first - 180 < E <= last - 180`` a vote counts only if cast on or after ``E + 180``
  (:func:`~openinfra_model.elections.check_vote_cast` checks one cast vote).

Gold Members have one vote each (§3.9(b)); from 2021 new Gold Members vote "starting in January
the following year" (join page). Platinum Members vote in the Platinum class votes of §9.2.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import (
    LF_CLOSING,
    OIF_LAUNCH,
    DatedTable,
)
from openinfra_model.core.regimes import Window as RegimeWindow
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, plain_id, typed
from openinfra_model.elections.model import check_election_day
from openinfra_model.membership import Individual, IndividualStatus, Tier
from openinfra_model.membership.standing import check_membership_in_force, effective_date, in_force

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from openinfra_model.elections.model import DayRange, VoteRecord
    from openinfra_model.membership import Membership

__all__ = [
    "FOUNDING_EXCEPTION_BEFORE",
    "GOLD_FIRST_VOTE",
    "GOLD_TRANSITION",
    "WAITING_PERIOD_DAYS",
    "GoldFirstVote",
    "GoldTransition",
    "IndividualProgram",
    "MembershipSpan",
    "check_gold_voter",
    "check_individual_voter",
    "check_platinum_voter",
    "check_vote_cast",
    "check_window_voter",
    "first_vote_day",
    "joining_cutoff",
    "program_on",
    "spans_of",
]


class IndividualProgram(enum.Enum):
    """Which individual membership a span is of."""

    FOUNDATION = "foundation"
    """An Individual Member of the (Delaware) foundation, until 2025-05-31."""
    OIF = "oif"
    """An OIF Individual Member under the Linux Foundation era program, from 2025-06-01."""


def _end_after_start(instance: MembershipSpan, attribute: Any, value: date | None) -> None:  # noqa: ANN401
    if value is not None and value <= instance.start:
        raise InvalidInputError.at(
            attribute.name, f"{value.isoformat()} is not after start ({instance.start})"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class MembershipSpan:
    """One uninterrupted individual membership: from its effective date to its end.

    A person who is moved to a Community account and re-joins has two spans; the waiting
    period runs again from the second span's start.

    Attributes:
        person: The individual's id.
        program: Which membership (Delaware foundation or LF-era OIF program).
        start: The effective date (the day the person was added to the Individual Member
            Registry / the OIF Individual Member Registry), or, with ``registry_date_missing``,
            the day the OIF agreement was signed -- the earliest the registry date can be.
        end: The first day the person is no longer a member, or ``None`` while they are.
        registry_date_missing: Whether ``start`` is only the signing day of the OIF agreement,
            the OIF Individual Member Registry date (the real effective date) not being known.

    Example:
        >>> s = MembershipSpan(
        ...     person="p1", program=IndividualProgram.FOUNDATION, start=date(2020, 1, 1)
        ... )
        >>> s.holds_on(date(2019, 12, 31)), s.holds_on(date(2020, 1, 1))
        (False, True)
    """

    person: str = attrs.field(validator=plain_id)
    program: IndividualProgram
    start: date
    end: date | None = attrs.field(default=None, validator=_end_after_start)
    registry_date_missing: bool = False

    def holds_on(self, day: date) -> bool:
        """Whether the membership holds on ``day``."""
        return self.start <= day and (self.end is None or day < self.end)


def spans_of(person: Individual) -> tuple[MembershipSpan, ...]:
    """The memberships an :class:`~openinfra_model.Individual` record implies.

    The record describes the roster's snapshot: a Foundation member has one open span from
    ``member_since`` (and one OIF span from ``oif_registry_added``, the registry date that OIF
    Individual Member Program §1 makes the effective date; where only ``oif_agreement_signed``
    is known, a span from the signing day marked ``registry_date_missing``); a Community account
    has none. Pass explicit spans to the rules for a longer history.

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> p = Individual(
        ...     id="p1",
        ...     name="Ann",
        ...     status=IndividualStatus.FOUNDATION_MEMBER,
        ...     member_since=date(2020, 1, 1),
        ... )
        >>> [s.program.value for s in spans_of(p)]
        ['foundation']
    """
    check_arguments(spans_of, locals())
    if person.status is not IndividualStatus.FOUNDATION_MEMBER or person.member_since is None:
        return ()
    spans = [
        MembershipSpan(
            person=person.id, program=IndividualProgram.FOUNDATION, start=person.member_since
        )
    ]
    if person.oif_registry_added is not None:
        spans.append(
            MembershipSpan(
                person=person.id, program=IndividualProgram.OIF, start=person.oif_registry_added
            )
        )
    elif person.oif_agreement_signed is not None:
        spans.append(
            MembershipSpan(
                person=person.id,
                program=IndividualProgram.OIF,
                start=person.oif_agreement_signed,
                registry_date_missing=True,
            )
        )
    return tuple(spans)


# --- dated parameters --------------------------------------------------------------------

_S3_9_A_2012 = Citation(
    "bylaws",
    date(2012, 8, 20),
    "3.9(a)",
    "Each Individual Member whose effective date of membership is more than thirty (30) days "
    "after the COI Effective Date shall be eligible to vote 180 days after the effective date "
    "of his or her membership.",
)
_EPP_2_A = Citation(
    "lf-election-procedures",
    date(2025, 7, 7),
    "2(a)",
    "only if the date of such vote falls at least 180 days after the effective date that such "
    "an individual became an OIF Individual Member according to the OIF Individual Member "
    "Registry",
)
_APP1_1 = Citation(
    "individual-member-policy",
    BYLAWS_TEXT_2021,
    "1",
    "The effective date of membership for an Individual Member shall be the date on which the "
    "person is added to the Individual Member Registry.",
)
_LF_IMP = Citation(
    "lf-individual-member-program",
    date(2025, 6, 25),
    "1",
    "The effective date of a person becoming an OIF Individual Member will be the date on which "
    "the person is added to the OIF Individual Member Registry.",
)
_JOIN_COMMUNITY = Citation(
    "seed-join-page",
    OIF_LAUNCH,
    "Community Account",
    "to run for leadership positions and vote in elections, you will need to upgrade your account",
)
_S3_9_B = Citation(
    "bylaws", BYLAWS_TEXT_2021, "3.9(b)", "Each Gold Member shall have one vote at any meeting"
)
_S3_9_C = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "3.9(c) and 9.2(c)",
    "an affirmative vote of a majority of the Platinum Members",
)
_LF_2_A = Citation(
    "lf-charter",
    date(2025, 7, 7),
    "2(a)",
    "must be current corporate members of the LF (at any level)",
)
_LF_2_B = Citation(
    "lf-charter",
    date(2025, 7, 7),
    "2(b)",
    "Each Platinum Member will be entitled to appoint a representative",
)
_LF_2_C = Citation(
    "lf-charter",
    date(2025, 7, 7),
    "2(c)",
    "The Gold Members will, annually as a class, elect the same number of representatives to "
    "the Governing Board",
)

WAITING_PERIOD_DAYS: DatedTable[int] = parameter("elections.voter.waiting_period", int)
"""Days from the effective date to the first day an individual may vote."""

FOUNDING_EXCEPTION_BEFORE: DatedTable[date | None] = parameter(
    "elections.voter.founding_exception", date | None
)
"""Members whose effective date is before this day vote at once (``None``: no exception).

The 2012 value is 2012-08-16: members effective on or before 2012-08-15 vote at once
[inferred from the 2012 election page and the July/November 2012 foundation-list posts]."""


class GoldFirstVote(enum.Enum):
    """When a new Gold Member may first vote."""

    ON_EFFECTIVE_DATE = "on_effective_date"
    """From the effective date of the membership."""
    JANUARY_FOLLOWING = "january_following"
    """From January 1 of the year after the effective date."""


GOLD_FIRST_VOTE: DatedTable[GoldFirstVote] = parameter(
    "elections.voter.gold.first_vote", GoldFirstVote
)
"""When new Gold Members first vote."""


@attrs.frozen(field_transformer=typed)
class GoldTransition:
    """The 2012 bylaws' limits on the first Gold Director Selector votes.

    Attributes:
        initial_only: Only the initial Gold Members vote (January 2013).
        earliest: Only this many Gold Members, earliest terms first (January 2014).
    """

    initial_only: bool = False
    earliest: int | None = None

    def __str__(self) -> str:
        """Render the limit in words."""
        if self.initial_only:
            return "initial Gold Members only"
        if self.earliest is not None:
            return f"the {self.earliest} earliest Gold Members"
        return "all Gold Members"


GOLD_TRANSITION: DatedTable[GoldTransition] = parameter(
    "elections.voter.gold.transition", GoldTransition
)
"""The 2013 and 2014 limits on who votes for Gold Director Selectors."""


# --- helpers -----------------------------------------------------------------------------


def program_on(day: date) -> IndividualProgram:
    """The individual membership that votes on ``day`` (Delaware before 2025-06-01).

    Example:
        >>> program_on(date(2025, 5, 31)).value, program_on(date(2025, 6, 1)).value
        ('foundation', 'oif')
    """
    return IndividualProgram.FOUNDATION if day < LF_CLOSING else IndividualProgram.OIF


def first_vote_day(start: date, *, as_of: date) -> date:
    """The first day a membership effective on ``start`` may vote, under the rules of ``as_of``.

    Example:
        >>> first_vote_day(date(2024, 1, 1), as_of=date(2025, 1, 13))
        datetime.date(2024, 6, 29)
        >>> first_vote_day(date(2012, 8, 15), as_of=date(2013, 1, 14))
        datetime.date(2012, 8, 15)
        >>> first_vote_day(date(2012, 8, 16), as_of=date(2013, 1, 14))
        datetime.date(2013, 2, 12)
    """
    check_arguments(first_vote_day, locals())
    founding = FOUNDING_EXCEPTION_BEFORE._value(as_of)
    if founding is not None and start < founding:
        return start
    return start + timedelta(days=WAITING_PERIOD_DAYS._value(as_of))


def joining_cutoff(vote: DayRange) -> date:
    """The latest effective date whose holder can cast a counting vote during ``vote``.

    It is the vote's last day less the waiting period: such a member may vote on the last day
    only; one effective on or before ``vote.first - 180`` may vote on every day.

    Example:
        >>> from openinfra_model.elections.model import DayRange
        >>> joining_cutoff(DayRange(date(2025, 1, 13), date(2025, 1, 17)))
        datetime.date(2024, 7, 21)
    """
    check_arguments(joining_cutoff, locals())
    check_election_day(vote.first, "vote.first")
    return vote.last - timedelta(days=WAITING_PERIOD_DAYS._value(vote.last))


def _span_on(
    spans: Iterable[MembershipSpan], program: IndividualProgram, day: date
) -> MembershipSpan | None:
    for s in spans:
        if s.program is program and s.holds_on(day):
            return s
    return None


def _membership_citation(program: IndividualProgram) -> Citation:
    return _APP1_1 if program is IndividualProgram.FOUNDATION else _LF_IMP


def _not_member_check(
    person: Individual | None,
    spans: Sequence[MembershipSpan],
    program: IndividualProgram,
    day: date,
) -> Check:
    rid = "elections.voter.membership"
    if person is not None and person.status is IndividualStatus.COMMUNITY and not spans:
        return Check(rid, Status.FAILED, _JOIN_COMMUNITY, "a Community account cannot vote")
    mine = [s for s in spans if s.program is program]
    cite = _membership_citation(program)
    if not mine:
        what = (
            "has not signed the OIF Individual Member agreement"
            if program is IndividualProgram.OIF
            else "is not an Individual Member"
        )
        return Check(rid, Status.FAILED, cite, what)
    later = [s.start for s in mine if s.start > day]
    ended = [s.end for s in mine if s.end is not None and s.end <= day]
    if ended:
        again = f"; a new membership from {min(later).isoformat()}" if later else ""
        return Check(
            rid, Status.FAILED, cite, f"the membership ended on {max(ended).isoformat()}{again}"
        )
    return Check(
        rid,
        Status.FAILED,
        cite,
        f"not yet a member on {day.isoformat()}: effective date {min(later).isoformat()}",
    )


_SHARED: dict[tuple[str, str], Check] = {}


def _shared(rid: str, status: Status, cite: Citation, reason: str) -> Check:
    """One Check object for every member in the same situation (no per-member data)."""
    key = (rid, reason)
    found = _SHARED.get(key)
    if found is None or found.status is not status or found.citation is not cite:
        found = _SHARED[key] = Check(rid, status, cite, reason)
    return found


_FOUNDING_NA: dict[date, Check] = {}


def _day_before(day: date) -> str:
    return (day - timedelta(days=1)).isoformat()


def _founding_not_applicable(before: date, cite: Citation) -> Check:
    found = _FOUNDING_NA.get(before)
    if found is None:
        found = _FOUNDING_NA[before] = _shared(
            "elections.voter.founding_exception",
            Status.NOT_APPLICABLE,
            cite,
            f"effective on or after {before.isoformat()}: outside the 2012 founding exception",
        )
    return found


def _registry_missing_checks(start: date, day: date) -> tuple[Check, ...]:
    """The waiting period when only the OIF agreement's signing day is known.

    The registry date (the effective date) is on or after the signing day, so a vote less than
    180 days after the signing fails whatever it is; otherwise it depends on the missing date.
    """
    wait = WAITING_PERIOD_DAYS._at(day)
    rid = "elections.voter.waiting_period"
    iso = start.isoformat()
    first = start + timedelta(days=wait.value)
    if first > day:
        return (
            Check(
                rid,
                Status.FAILED,
                wait.citation,
                f"signed the OIF Individual Member Agreement on {iso}: even if added to the "
                f"OIF Individual Member Registry that day, may vote only from "
                f"{first.isoformat()} ({wait.value} days)",
            ),
        )
    latest = day - timedelta(days=wait.value)
    return (
        Check(
            rid,
            Status.UNKNOWN,
            wait.citation,
            f"signed the OIF Individual Member Agreement on {iso}; the date added to the OIF "
            f"Individual Member Registry (the effective date) is not recorded: votes on "
            f"{day.isoformat()} only if added on or before {latest.isoformat()}",
        ),
    )


def _waiting_checks(
    start: date,
    day: date,
    wait: RegimeWindow[int] | None = None,
    founding: RegimeWindow[date | None] | None = None,
) -> tuple[Check, ...]:
    wait = WAITING_PERIOD_DAYS._at(day) if wait is None else wait
    founding = FOUNDING_EXCEPTION_BEFORE._at(day) if founding is None else founding
    rid = "elections.voter.waiting_period"
    iso = start.isoformat()
    if founding.value is not None:
        fid = "elections.voter.founding_exception"
        if start < founding.value:
            return (
                Check(
                    fid,
                    Status.PASSED,
                    founding.citation,
                    f"effective {iso}, on or before {_day_before(founding.value)} (the 2012 "
                    "cut-off, inferred from the 2012 election page): votes at once",
                ),
                _shared(rid, Status.NOT_APPLICABLE, wait.citation, "a founding member"),
            )
        lead: tuple[Check, ...] = (_founding_not_applicable(founding.value, founding.citation),)
    else:
        lead = ()
    first = start + timedelta(days=wait.value)
    if first <= day:
        last = Check(
            rid,
            Status.PASSED,
            wait.citation,
            f"effective {iso}: may vote from {first.isoformat()}",
        )
    else:
        last = Check(
            rid,
            Status.FAILED,
            wait.citation,
            f"effective {iso}: may vote only from {first.isoformat()} ({wait.value} days)",
        )
    return (*lead, last)


# --- individual voters -------------------------------------------------------------------


def check_individual_voter(
    person: Individual,
    *,
    as_of: date,
    spans: Sequence[MembershipSpan] | None = None,
) -> Decision:
    """Decide whether an individual may cast a counting vote on ``as_of``.

    Before 2025-06-01 the Delaware Individual Member rules apply (bylaws §3.9(a), with the
    2012 founding exception); from then the OIF Individual Member rules (election procedures
    §2(a)). A Community account never votes. A date before the effective date gives a
    ``FAILED`` decision, not an error.

    Args:
        person: The individual.
        as_of: The day the vote would be cast.
        spans: The person's membership history; by default ``spans_of`` ``(person)``.

    Raises:
        InvalidInputError: ``as_of`` is before every rule (before 2012-07-18).

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> ann = Individual(
        ...     id="ann",
        ...     name="Ann",
        ...     status=IndividualStatus.FOUNDATION_MEMBER,
        ...     member_since=date(2024, 7, 21),
        ... )
        >>> check_individual_voter(ann, as_of=date(2025, 1, 17)).outcome
        <Status.PASSED: 'passed'>
        >>> check_individual_voter(ann, as_of=date(2025, 1, 16)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_individual_voter, locals())
    check_election_day(as_of, "as_of")
    history = spans_of(person) if spans is None else tuple(spans)
    program = program_on(as_of)
    span = _span_on(history, program, as_of)
    if span is None:
        return Decision.of(_not_member_check(person, history, program, as_of))
    if span.registry_date_missing:
        member = Check(
            "elections.voter.membership",
            Status.UNKNOWN,
            _LF_IMP,
            f"signed the OIF Individual Member Agreement on {span.start.isoformat()}; the date "
            "added to the OIF Individual Member Registry is not recorded",
        )
        return Decision.of(member, *_registry_missing_checks(span.start, as_of))
    member = Check(
        "elections.voter.membership",
        Status.PASSED,
        _membership_citation(program),
        f"a member since {span.start.isoformat()}",
    )
    return Decision.of(member, *_waiting_checks(span.start, as_of))


def check_window_voter(
    person: Individual,
    vote: DayRange,
    *,
    spans: Sequence[MembershipSpan] | None = None,
) -> Decision:
    """Decide whether an individual belongs on the roll of a vote held over ``vote``.

    They do if there is a day in the window on which they may cast a counting vote; the
    decision is the one for the first such day (or for the last day of the window if there is
    none).

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> from openinfra_model.elections.model import DayRange
        >>> window = DayRange(date(2025, 1, 13), date(2025, 1, 17))
        >>> bob = Individual(
        ...     id="bob",
        ...     name="Bob",
        ...     status=IndividualStatus.FOUNDATION_MEMBER,
        ...     member_since=date(2024, 7, 22),
        ... )
        >>> check_window_voter(bob, window).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_window_voter, locals())
    check_election_day(vote.first, "vote.first")
    program = program_on(vote.first)
    if spans is None and person.status is IndividualStatus.FOUNDATION_MEMBER:
        start = (
            person.member_since
            if program is IndividualProgram.FOUNDATION
            else person.oif_registry_added
        )
        if start is not None:
            return _WindowRules(vote, program).decide(start)
    history = spans_of(person) if spans is None else tuple(spans)
    day = _first_voting_day(history, program, vote)
    return check_individual_voter(person, as_of=day or vote.last, spans=history)


class _WindowRules:
    """The rules of one voting window, looked up once (a roll decides thousands of dates)."""

    __slots__ = (
        "cite",
        "first",
        "founding",
        "founding_na",
        "last",
        "program",
        "wait",
        "wait_delta",
    )

    def __init__(self, vote: DayRange, program: IndividualProgram) -> None:
        self.first = vote.first
        self.last = vote.last
        self.program = program
        self.wait = WAITING_PERIOD_DAYS._at(vote.last)
        self.wait_delta = timedelta(days=self.wait.value)
        self.founding = FOUNDING_EXCEPTION_BEFORE._at(vote.last)
        before = self.founding.value
        self.founding_na = (
            None if before is None else _founding_not_applicable(before, self.founding.citation)
        )
        self.cite = _membership_citation(program)

    def decide(self, start: date) -> Decision:
        """The decision of a member with one open span from ``start``.

        The same decision :func:`~openinfra_model.check_individual_voter` gives on the first day
        the member may vote in the window (or on its last day), without building spans; the common
        path (no founding exception) is written out for speed.
        """
        before = self.founding.value
        founding = before is not None and start < before
        first = start if founding else start + self.wait_delta
        day = min(max(self.first, first), self.last)
        rid = "elections.voter.membership"
        iso = start.isoformat()
        if start > day:
            return Decision.trusted(
                Status.FAILED,
                (
                    Check(
                        rid,
                        Status.FAILED,
                        self.cite,
                        f"not yet a member on {day.isoformat()}: effective date {iso}",
                    ),
                ),
            )
        member = Check(rid, Status.PASSED, self.cite, f"a member since {iso}")
        if founding:
            return Decision.of(member, *_waiting_checks(start, day, self.wait, self.founding))
        wid = "elections.voter.waiting_period"
        if first <= day:
            outcome = Status.PASSED
            last = Check(
                wid,
                outcome,
                self.wait.citation,
                f"effective {iso}: may vote from {first.isoformat()}",
            )
        else:
            outcome = Status.FAILED
            last = Check(
                wid,
                outcome,
                self.wait.citation,
                f"effective {iso}: may vote only from {first.isoformat()} "
                f"({self.wait.value} days)",
            )
        na = self.founding_na
        return Decision.trusted(outcome, (member, na, last) if na is not None else (member, last))


def _first_voting_day(
    spans: Iterable[MembershipSpan], program: IndividualProgram, vote: DayRange
) -> date | None:
    best: date | None = None
    for s in spans:
        if s.program is not program:
            continue
        day = max(vote.first, s.start, first_vote_day(s.start, as_of=vote.last))
        last = vote.last if s.end is None else min(vote.last, s.end - timedelta(days=1))
        if day <= last and (best is None or day < best):
            best = day
    return best


def check_vote_cast(
    person: Individual,
    record: VoteRecord,
    vote: DayRange,
    *,
    spans: Sequence[MembershipSpan] | None = None,
) -> Decision:
    """Decide whether one recorded vote counts: cast in the window by an eligible voter.

    Raises:
        InvalidInputError: The record has no ``cast_on`` day, or names another voter.

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> from openinfra_model.elections.model import DayRange, VoteRecord
        >>> window = DayRange(date(2025, 1, 13), date(2025, 1, 17))
        >>> cy = Individual(
        ...     id="cy",
        ...     name="Cy",
        ...     status=IndividualStatus.FOUNDATION_MEMBER,
        ...     member_since=date(2024, 7, 19),
        ... )
        >>> early = VoteRecord(election="e", voter="cy", cast_on=date(2025, 1, 14))
        >>> check_vote_cast(cy, early, window).outcome
        <Status.FAILED: 'failed'>
        >>> late = VoteRecord(election="e", voter="cy", cast_on=date(2025, 1, 15))
        >>> check_vote_cast(cy, late, window).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_vote_cast, locals())
    if record.cast_on is None:
        raise InvalidInputError.at("cast_on", "the day the vote was cast is needed")
    if record.voter != person.id:
        raise InvalidInputError.at("voter", f"{record.voter!r} is not {person.id!r}")
    inside = record.cast_on in vote
    in_window = Check(
        "elections.vote.in_window",
        Status.PASSED if inside else Status.FAILED,
        _EPP_2_A if vote.first >= LF_CLOSING else _S3_9_A_2012,
        f"cast on {record.cast_on.isoformat()}, {'inside' if inside else 'outside'} the "
        f"voting window {vote}",
    )
    if in_window.status is Status.FAILED:
        return Decision.of(in_window)
    return Decision.of(
        in_window, *check_individual_voter(person, as_of=record.cast_on, spans=spans).checks
    )


# --- organisational voters ---------------------------------------------------------------


def check_gold_voter(
    m: Membership,
    *,
    as_of: date,
    gold_members: Iterable[Membership] | None = None,
) -> Decision:
    """Decide whether a Gold Member votes in a Gold class vote held on ``as_of``.

    Checks that the membership is a Gold one in force (Gold Member Policy §1(a)); from 2021
    that the member joined before the vote's year (join page: "starting in January the
    following year"); in January 2013 and 2014 the 2012 transition limits; in the LF era
    that the member is a current Linux Foundation member (charter §2(a)).

    Args:
        m: The membership.
        as_of: The day of the vote.
        gold_members: Every Gold membership, needed only for the January 2014 limit to the
            sixteen earliest terms (otherwise that check is ``UNKNOWN``).

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> m = Membership(
        ...     organization="acme",
        ...     tier=Tier.GOLD,
        ...     signed=date(2023, 3, 1),
        ...     approved=date(2023, 3, 2),
        ... )
        >>> check_gold_voter(m, as_of=date(2023, 6, 1)).outcome
        <Status.FAILED: 'failed'>
        >>> check_gold_voter(m, as_of=date(2024, 1, 8)).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_gold_voter, locals())
    check_election_day(as_of, "as_of")
    tier_cite = _LF_2_C if as_of >= LF_CLOSING else _S3_9_B
    checks = list(_tier_check(m, Tier.GOLD, "elections.voter.gold.tier", tier_cite).checks)
    standing = check_membership_in_force(m, as_of=as_of)
    checks.extend(standing.checks)
    start = effective_date(m)
    if standing.passed and start is not None:
        checks.append(_gold_first_vote_check(start, as_of))
        transition = _gold_transition_check(m, as_of, gold_members)
        if transition is not None:
            checks.append(transition)
    if as_of >= LF_CLOSING:
        checks.append(_lf_membership_check(m, as_of))
    return Decision.of(*checks)


def _tier_check(m: Membership, tier: Tier, rid: str, cite: Citation) -> Decision:
    if m.tier is tier:
        return Decision.of(Check(rid, Status.PASSED, cite, f"a {tier.value} membership"))
    return Decision.of(
        Check(rid, Status.FAILED, cite, f"a {m.tier.value} membership, not {tier.value}")
    )


def _gold_first_vote_check(start: date, as_of: date) -> Check:
    rule = GOLD_FIRST_VOTE._at(as_of)
    rid = "elections.voter.gold.first_vote"
    if rule.value is GoldFirstVote.ON_EFFECTIVE_DATE:
        return Check(
            rid,
            Status.PASSED,
            rule.citation,
            f"effective {start.isoformat()}: votes from its effective date (every Gold Member "
            "has one vote)",
        )
    if start.year < as_of.year:
        return Check(
            rid,
            Status.PASSED,
            rule.citation,
            f"effective {start.isoformat()}: votes from January {start.year + 1}",
        )
    return Check(
        rid,
        Status.FAILED,
        rule.citation,
        f"effective {start.isoformat()}: votes only from January {start.year + 1}",
    )


def _gold_transition_check(
    m: Membership, as_of: date, gold_members: Iterable[Membership] | None
) -> Check | None:
    limit = GOLD_TRANSITION._at(as_of)
    rid = "elections.voter.gold.transition"
    if limit.value.initial_only:
        return Check(
            rid,
            Status.UNKNOWN,
            limit.citation,
            "the January 2013 vote was limited to the Initial Gold Directors' members, who "
            "are not in the data",
        )
    if limit.value.earliest is None:
        return None
    if gold_members is None:
        return Check(
            rid,
            Status.UNKNOWN,
            limit.citation,
            f"limited to {limit.value}: pass every Gold membership to rank them",
        )
    ranked = sorted(
        (g for g in gold_members if g.tier is Tier.GOLD and in_force(g, as_of=as_of)),
        key=lambda g: (effective_date(g) or as_of, g.organization),
    )
    allowed = {g.organization for g in ranked[: limit.value.earliest]}
    if m.organization in allowed:
        return Check(rid, Status.PASSED, limit.citation, f"among {limit.value}")
    return Check(rid, Status.FAILED, limit.citation, f"not among {limit.value}")


def _lf_membership_check(m: Membership, as_of: date) -> Check:
    rid = "elections.voter.lf_membership"
    lf = m.linux_foundation
    if lf is not None and lf.holds_on(as_of):
        return Check(rid, Status.PASSED, _LF_2_A, f"a Linux Foundation {lf.level.value} member")
    if lf is None:
        return Check(rid, Status.FAILED, _LF_2_A, "holds no Linux Foundation membership")
    return Check(
        rid,
        Status.FAILED,
        _LF_2_A,
        f"its Linux Foundation membership (from {lf.since.isoformat()}) is not current on "
        f"{as_of.isoformat()}",
    )


def check_platinum_voter(m: Membership, *, as_of: date) -> Decision:
    """Decide whether a Platinum Member votes in a Platinum class vote (bylaws §9.2(c)).

    In the Linux Foundation era there are no class votes: Platinum Members appoint their
    representative (charter §2(b)), so the decision is ``NOT_APPLICABLE``.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> m = Membership(
        ...     organization="acme",
        ...     tier=Tier.PLATINUM,
        ...     signed=date(2020, 3, 1),
        ...     approved=date(2020, 3, 2),
        ... )
        >>> check_platinum_voter(m, as_of=date(2021, 3, 1)).outcome
        <Status.PASSED: 'passed'>
        >>> check_platinum_voter(m, as_of=date(2025, 7, 1)).outcome
        <Status.NOT_APPLICABLE: 'not_applicable'>
    """
    check_arguments(check_platinum_voter, locals())
    check_election_day(as_of, "as_of")
    if as_of >= LF_CLOSING:
        return Decision.of(
            Check(
                "elections.voter.platinum.class_vote",
                Status.NOT_APPLICABLE,
                _LF_2_B,
                "the LF charter has no Platinum class vote",
            )
        )
    tier = _tier_check(m, Tier.PLATINUM, "elections.voter.platinum.tier", _S3_9_C)
    return Decision.combine(tier, check_membership_in_force(m, as_of=as_of))
