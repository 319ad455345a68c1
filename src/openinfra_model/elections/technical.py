"""OpenStack Technical Committee and project team lead elections.

Until 2023-12-05 the bylaws' Appendix 4 (TC Member Policy) set the electorate: "An ATC is an
Individual Member who has had a contribution approved for inclusion in any of the official
OpenStack Projects during one of the two prior release cycles [...]. Such Individual Member
shall remain an ATC for three hundred and sixty five days after the date of acceptance of such
Approved Contribution." The Board could defer seating when "half or more of the members of the
Technical Committee" would be Affiliated with one organisation.

From 2023-12-05 (Appendix 4 deleted) the TC charter governs: Individual Members who committed a
change, or reviewed one with CR+2, CR-2 or W+1, over the last two 6-month release cycles are
Active Contributors (AC) -- for a project team, Active Project Contributors (APC); the TC may
approve extra contributors, valid "one year (two elections)"; "no more than half of the TC
Members shall be Affiliated to a single organization", the next-highest candidate taking the
seat otherwise. "Any Foundation individual member can propose their candidacy" for a TC seat;
"Any APC can propose their candidacy for the corresponding project PTL election."

Both periods require a Foundation (later OIF) Individual Member, not a Community account, when
the rolls are made. The qualifying contribution period (the "two prior release cycles") is the
election's ``qualifying`` range, as the election tooling's ``timeframe``.
"""

from __future__ import annotations

import bisect
import enum
import functools
from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation, Confidence
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.regimes import FIRST_DATE, OIP_AMENDMENTS, DatedTable
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, plain_id, typed
from openinfra_model.elections.model import ElectionKind, Electorate
from openinfra_model.elections.rolls import Roll
from openinfra_model.elections.voters import program_on, spans_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from openinfra_model.board.seating import SeatConstraint
    from openinfra_model.elections.model import DayRange, Election
    from openinfra_model.elections.voters import MembershipSpan
    from openinfra_model.membership import Individual
    from openinfra_model.membership.roster import Roster

__all__ = [
    "TC_AFFILIATION_LIMIT",
    "TC_CHARTER_TEXTS",
    "TC_VOTER_RULE",
    "AffiliationLimit",
    "Contribution",
    "ContributionKind",
    "ContributorRule",
    "ExtraContributor",
    "TcWaiver",
    "build_contributor_roll",
    "check_ptl_candidate",
    "check_tc_affiliation",
    "check_tc_candidate",
    "check_technical_voter",
    "tc_seat_constraint",
]


class ContributionKind(enum.Enum):
    """What a contribution is."""

    CHANGE = "change"
    """A change the person owns, merged."""
    REVIEW = "review"
    """A CR+2, CR-2 or W+1 review of a change that was merged."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class Contribution:
    """One contribution to an OpenStack repository under the TC.

    Attributes:
        person: The contributor's id.
        project: The project team the repository belongs to.
        merged: The day the change was merged (accepted).
        kind: A change owned, or a qualifying review.
    """

    person: str = attrs.field(validator=plain_id)
    project: str
    merged: date
    kind: ContributionKind = ContributionKind.CHANGE


@attrs.frozen(kw_only=True, field_transformer=typed)
class ExtraContributor:
    """A contributor the TC approved without a qualifying change ("extra-ATC"/"extra AC").

    Attributes:
        person: The contributor's id.
        project: The project team, or ``None`` for the TC-wide list.
        approved: The day the TC approved them.
        expires: The day the approval expires.
    """

    person: str = attrs.field(validator=plain_id)
    project: str | None
    approved: date
    expires: date


class ContributorRule(enum.Enum):
    """Which definition of the technical electorate applies."""

    ATC_APPENDIX_4 = "atc_appendix_4"
    """Bylaws Appendix 4: an approved contribution in the two prior cycles, an ATC for 365 days
    after its acceptance."""
    AC_TC_CHARTER = "ac_tc_charter"
    """TC charter: a change merged, or a qualifying review, in the last two 6-month cycles."""


@attrs.frozen(field_transformer=typed)
class AffiliationLimit:
    """The TC's limit on members Affiliated with one organisation.

    Attributes:
        strict: ``True``: half or more is a violation (Appendix 4); ``False``: more than half
            is (TC charter).
    """

    strict: bool

    def allows(self, affiliated: int, size: int) -> bool:
        """Whether ``affiliated`` members of one organisation fit on a TC of ``size``."""
        if self.strict:
            return 2 * affiliated < size
        return 2 * affiliated <= size

    def __str__(self) -> str:
        """Render the limit in words."""
        return "fewer than half" if self.strict else "no more than half"


_APP4_MEMBER = Citation(
    "tc-member-policy",
    BYLAWS_TEXT_2021,
    "3(a)(i)",
    "An ATC is an Individual Member who has had a contribution approved for inclusion in any "
    "of the official OpenStack Projects",
)
_APP4_EXTRA = Citation(
    "tc-member-policy",
    BYLAWS_TEXT_2021,
    "3(a)(ii)",
    "The term shall be for three hundred and sixty five days after the date of approval of "
    "the application by the Technical Committee.",
)
_APP4_CANDIDATE = Citation(
    "tc-member-policy",
    BYLAWS_TEXT_2021,
    "1",
    "All members selected to the Technical Committee shall be Individual Members.",
)
_APP4_AFFIL = Citation(
    "tc-member-policy",
    BYLAWS_TEXT_2021,
    "2(c)",
    "half or more of the members of the Technical Committee being Affiliated",
)

TC_CHARTER_TEXTS = (date(2022, 11, 22), date(2023, 12, 8), date(2025, 7, 28), date(2026, 6, 29))
"""The TC charter texts the library quotes (``openstack/governance`` ``reference/charter.rst``
at the commits of these days: b0ab4d29, 760a1cd4, c3b92ba5, badb70dd). A check cites the text in
force on its date; before 2022-11-22 the earlier texts are not among the copied sources and the
citation says ``[inferred]``."""

_REVIEWS_COUNT = date(2026, 6, 29)
"""The charter counts reviews (CR+2, CR-2, W+1) towards AC only from its 2026-06-29 text
("Add reviewers as Active Contributors"); before, only committed changes."""


@functools.cache
def _charter(as_of: date, section: str, quote: str) -> Citation:
    """The charter text in force on ``as_of`` (shared objects: the same day gives the same)."""
    i = bisect.bisect_right(TC_CHARTER_TEXTS, as_of) - 1
    if i < 0:
        return Citation("tc-charter", TC_CHARTER_TEXTS[0], section, quote).with_confidence(
            Confidence.INFERRED
        )
    return Citation("tc-charter", TC_CHARTER_TEXTS[i], section, quote)


_Q_AC = "over the last two 6-month release cycles are automatically considered AC"
_Q_AC_REVIEW = "Individual Members who reviewed or approved one of the changes"
_Q_APC = "committed a change to a repository of a project over the last two 6-month release cycles"
_Q_EXTRA = "valid one year (two elections)"
_Q_MEMBER = "All TC members must be OpenStack Foundation individual members."
_Q_TC_CAND = "Any Foundation individual member can propose their candidacy"
_Q_PTL_CAND = "Any APC can propose their candidacy for the corresponding project PTL election."
_Q_WAIVER = (
    "may be temporarily waived until the next TC election by a vote of two thirds of the TC "
    "Members"
)
_APP4_EARLY = {
    c: c.with_confidence(Confidence.INFERRED) for c in (_APP4_MEMBER, _APP4_CANDIDATE, _APP4_EXTRA)
}


def _early(citation: Citation, as_of: date) -> Citation:
    """An Appendix 4 citation, marked inferred before its text's date (2012 text not found)."""
    return _APP4_EARLY[citation] if as_of < citation.version else citation


TC_VOTER_RULE: DatedTable[ContributorRule] = parameter("elections.tc.voter_rule", ContributorRule)
"""Which electorate rule applies to TC and PTL elections, by the day the rolls are made."""

TC_AFFILIATION_LIMIT: DatedTable[AffiliationLimit] = parameter(
    "elections.tc.affiliation_limit", AffiliationLimit
)
"""The TC affiliation limit: "half or more" (Appendix 4) or "more than half" (charter)."""


def _check_technical_election(election: Election) -> None:
    if election.electorate not in {Electorate.TC_CONTRIBUTORS, Electorate.PROJECT_CONTRIBUTORS}:
        raise InvalidInputError.at(
            "election.electorate", f"{election.electorate.value} is not a technical electorate"
        )
    if election.qualifying is None:
        raise InvalidInputError.at(
            "election.qualifying", "a TC or PTL election needs its qualifying period"
        )
    if election.voting.first < FIRST_DATE:
        raise InvalidInputError.at("election.voting.first", "is before every election rule")
    if election.electorate is Electorate.PROJECT_CONTRIBUTORS and not election.project:
        raise InvalidInputError.at("election.project", "a project electorate needs a project")


def _atc_check(
    mine: Sequence[Contribution], qualifying: DayRange, cite: Citation, as_of: date
) -> tuple[Check | None, date | None]:
    """Appendix 4: an approved contribution in the period, an ATC for 365 days after it."""
    in_period = [c for c in mine if c.kind is ContributionKind.CHANGE and c.merged in qualifying]
    found = [c for c in in_period if c.merged <= as_of <= c.merged + timedelta(days=365)]
    if found:
        latest = max(c.merged for c in found)
        return Check(
            "elections.tc.contributor",
            Status.PASSED,
            cite,
            f"an approved contribution on {latest.isoformat()}: an ATC until "
            f"{(latest + timedelta(days=365)).isoformat()}",
        ), None
    # Only a contribution whose 365 days ran out before ``as_of`` has lapsed; one merged after
    # ``as_of`` has not made an ATC yet.
    lapsed = [c.merged for c in in_period if c.merged + timedelta(days=365) < as_of]
    return None, max(lapsed, default=None)


def _ac_check(
    mine: Sequence[Contribution],
    qualifying: DayRange,
    cite: Citation,
    as_of: date,
    *,
    tc_roll: bool,
) -> Check | None:
    """The charter: a change merged (or, from 2026-06-29, a qualifying review) in the period."""
    reviews = as_of >= _REVIEWS_COUNT and tc_roll
    found = [
        c
        for c in mine
        if c.merged in qualifying and (c.kind is ContributionKind.CHANGE or reviews)
    ]
    if not found:
        return None
    if reviews and all(c.kind is ContributionKind.REVIEW for c in found):
        cite = _charter(as_of, "Voters for TC seats (AC)", _Q_AC_REVIEW)
    # The kind of the latest contribution, not of the last one listed.
    latest = max(found, key=lambda c: c.merged)
    return Check(
        "elections.tc.contributor",
        Status.PASSED,
        cite,
        f"a {latest.kind.value} merged on {latest.merged.isoformat()}, within {qualifying}",
    )


def _contribution_check(
    person: str,
    election: Election,
    contributions: Iterable[Contribution],
    extras: Iterable[ExtraContributor],
    *,
    as_of: date,
) -> Check:
    qualifying = election.qualifying
    assert qualifying is not None  # noqa: S101  (checked by the caller)
    project = election.project if election.electorate is Electorate.PROJECT_CONTRIBUTORS else None
    rule = TC_VOTER_RULE._at(as_of)
    rid = "elections.tc.contributor"
    if project is not None:
        # PTL rolls: the charter's APC rule, in the text in force on the day.
        cite = _charter(as_of, "Voters for PTL seats (APC)", _Q_APC)
    elif rule.value is ContributorRule.AC_TC_CHARTER:
        cite = _charter(as_of, "Voters for TC seats (AC)", _Q_AC)
    else:
        cite = rule.citation
    mine = [
        c
        for c in contributions
        if c.person == person and (project is None or c.project == project)
    ]
    if rule.value is ContributorRule.ATC_APPENDIX_4 and project is None:
        passed, lapsed = _atc_check(mine, qualifying, cite, as_of)
    else:
        passed, lapsed = _ac_check(mine, qualifying, cite, as_of, tc_roll=project is None), None
    if passed is not None:
        return passed
    extra_cite = (
        _early(_APP4_EXTRA, as_of)
        if rule.value is ContributorRule.ATC_APPENDIX_4
        else _charter(as_of, "Voters for TC seats (AC)", _Q_EXTRA)
    )
    own_extras = [x for x in extras if x.person == person and x.project == project]
    for x in own_extras:
        if x.approved <= as_of and x.expires > qualifying.last:
            return Check(
                rid,
                Status.PASSED,
                extra_cite,
                f"an approved extra contributor until {x.expires.isoformat()}",
            )
    # An extra-contributor approval that does not qualify is the cause to name, not the
    # contributions.
    extra_note = "".join(
        f"; the extra-contributor approval of {x.approved.isoformat()} "
        + (
            f"comes after {as_of.isoformat()}"
            if x.approved > as_of
            else f"expires on {x.expires.isoformat()}, not after the qualifying period's "
            f"last day {qualifying.last.isoformat()}"
        )
        for x in own_extras
    )
    if lapsed is not None:
        return Check(
            rid,
            Status.FAILED,
            cite,
            f"the approved contribution of {lapsed.isoformat()} is within {qualifying}, but "
            f"an ATC lasts 365 days after acceptance: it lapsed on "
            f"{(lapsed + timedelta(days=366)).isoformat()}, before {as_of.isoformat()}"
            + extra_note,
        )
    skipped_reviews = [
        c for c in mine if c.kind is ContributionKind.REVIEW and c.merged in qualifying
    ]
    note = (
        f"; reviews count towards AC only from the charter of {_REVIEWS_COUNT.isoformat()}"
        if skipped_reviews and project is None and as_of < _REVIEWS_COUNT
        else ""
    )
    return Check(
        rid,
        Status.FAILED,
        cite,
        f"no qualifying contribution within {qualifying}"
        + (f" to {project}" if project else "")
        + note
        + extra_note,
    )


def _member_cite(as_of: date) -> Citation:
    """Appendix 4 until 2023-12-05 (an ATC "is an Individual Member"), then the charter."""
    if as_of < OIP_AMENDMENTS:
        return _early(_APP4_MEMBER, as_of)
    return _charter(as_of, "TC Members", _Q_MEMBER)


def _membership_check(
    person: Individual, as_of: date, spans: Sequence[MembershipSpan] | None
) -> Check:
    own = spans_of(person) if spans is None else spans
    program = program_on(as_of)
    ok = any(s.program is program and s.holds_on(as_of) for s in own)
    return Check(
        "elections.tc.individual_member",
        Status.PASSED if ok else Status.FAILED,
        _member_cite(as_of),
        ("an Individual Member" if ok else "not an Individual Member")
        + f" on {as_of.isoformat()}",
    )


def check_technical_voter(  # noqa: PLR0913
    person: Individual,
    election: Election,
    contributions: Iterable[Contribution],
    extras: Iterable[ExtraContributor] = (),
    *,
    as_of: date,
    spans: Sequence[MembershipSpan] | None = None,
) -> Decision:
    """Decide whether a person is on the roll of a TC or PTL election made on ``as_of``.

    The person must be an Individual Member (not a Community account) on ``as_of`` and an
    ATC (Appendix 4, before 2023-12-05) or AC/APC (TC charter, after) -- or an approved extra
    contributor whose approval outlasts the qualifying period.

    Raises:
        InvalidInputError: The election has no qualifying period, is not a TC/PTL election,
            or is dated before every rule.

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> from openinfra_model.elections.model import (
        ...     DayRange,
        ...     Election,
        ...     ElectionKind,
        ...     Electorate,
        ...     VotingMethod,
        ... )
        >>> tc = Election(
        ...     id="2025-09-tc",
        ...     kind=ElectionKind.TECHNICAL_COMMITTEE,
        ...     electorate=Electorate.TC_CONTRIBUTORS,
        ...     seats=4,
        ...     method=VotingMethod.SCHULZE,
        ...     voting=DayRange(date(2025, 9, 3), date(2025, 9, 17)),
        ...     qualifying=DayRange(date(2024, 9, 1), date(2025, 8, 20)),
        ... )
        >>> dev = Individual(
        ...     id="dev",
        ...     name="Dev",
        ...     status=IndividualStatus.FOUNDATION_MEMBER,
        ...     member_since=date(2019, 1, 1),
        ...     oif_agreement_signed=date(2025, 6, 3),
        ... )
        >>> work = [Contribution(person="dev", project="nova", merged=date(2025, 2, 1))]
        >>> check_technical_voter(dev, tc, work, as_of=date(2025, 8, 21)).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_technical_voter, locals())
    _check_technical_election(election)
    return Decision.of(
        _membership_check(person, as_of, spans),
        _contribution_check(person.id, election, contributions, extras, as_of=as_of),
    )


def check_tc_candidate(
    person: Individual, *, as_of: date, spans: Sequence[MembershipSpan] | None = None
) -> Decision:
    """Decide whether a person may stand for a TC seat: any Individual Member.

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> p = Individual(id="p", name="P", status=IndividualStatus.COMMUNITY)
        >>> check_tc_candidate(p, as_of=date(2024, 3, 1)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_tc_candidate, locals())
    if as_of < FIRST_DATE:
        raise InvalidInputError.at("as_of", "is before every election rule")
    member = _membership_check(person, as_of, spans)
    cite = (
        _early(_APP4_CANDIDATE, as_of)
        if as_of < OIP_AMENDMENTS
        else _charter(as_of, "Candidates for TC seats", _Q_TC_CAND)
    )
    return Decision.of(Check("elections.tc.candidate", member.status, cite, member.reason))


def check_ptl_candidate(  # noqa: PLR0913
    person: Individual,
    election: Election,
    contributions: Iterable[Contribution],
    extras: Iterable[ExtraContributor] = (),
    *,
    as_of: date,
    spans: Sequence[MembershipSpan] | None = None,
) -> Decision:
    """Decide whether a person may stand for PTL: an APC of the project (TC charter).

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> from openinfra_model.elections.model import (
        ...     DayRange,
        ...     Election,
        ...     ElectionKind,
        ...     Electorate,
        ...     VotingMethod,
        ... )
        >>> ptl = Election(
        ...     id="2025-09-ptl-nova",
        ...     kind=ElectionKind.PROJECT_TEAM_LEAD,
        ...     electorate=Electorate.PROJECT_CONTRIBUTORS,
        ...     seats=1,
        ...     method=VotingMethod.SCHULZE,
        ...     voting=DayRange(date(2025, 9, 3), date(2025, 9, 17)),
        ...     qualifying=DayRange(date(2024, 9, 1), date(2025, 8, 20)),
        ...     project="nova",
        ... )
        >>> dev = Individual(
        ...     id="dev",
        ...     name="Dev",
        ...     status=IndividualStatus.FOUNDATION_MEMBER,
        ...     member_since=date(2019, 1, 1),
        ...     oif_agreement_signed=date(2025, 6, 3),
        ... )
        >>> work = [Contribution(person="dev", project="cinder", merged=date(2025, 2, 1))]
        >>> check_ptl_candidate(dev, ptl, work, as_of=date(2025, 8, 21)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_ptl_candidate, locals())
    if election.kind is not ElectionKind.PROJECT_TEAM_LEAD:
        raise InvalidInputError.at("election.kind", f"{election.kind.value} is not a PTL election")
    voter = check_technical_voter(
        person, election, contributions, extras, as_of=as_of, spans=spans
    )
    return Decision.of(
        *voter.checks,
        Check(
            "elections.ptl.candidate",
            Status.PASSED if voter.passed else Status.FAILED,
            _charter(as_of, "Candidates for PTL seats", _Q_PTL_CAND),
            ("an APC of " if voter.passed else "not an APC of ") + str(election.project),
        ),
    )


def build_contributor_roll(  # noqa: PLR0913
    election: Election,
    roster: Roster,
    contributions: Sequence[Contribution],
    extras: Sequence[ExtraContributor] = (),
    *,
    as_of: date,
    explain: bool = False,
) -> Roll:
    """Build the roll of a TC or PTL election from a roster and the contributions.

    Raises:
        InvalidInputError: Contributions or extra contributors naming unknown individuals, or
            dated after ``as_of``; or a bad election (see
            :func:`~openinfra_model.elections.check_technical_voter`).
    """
    check_arguments(build_contributor_roll, locals())
    _check_technical_election(election)
    known = roster.individuals_by_id
    problems = [
        Problem(f"contributions[{i}].person", f"unknown individual {c.person!r}")
        for i, c in enumerate(contributions)
        if c.person not in known
    ]
    problems += [
        Problem(f"contributions[{i}].merged", "is after as_of")
        for i, c in enumerate(contributions)
        if c.merged > as_of
    ]
    problems += [
        Problem(f"extras[{i}].person", f"unknown individual {x.person!r}")
        for i, x in enumerate(extras)
        if x.person not in known
    ]
    if problems:
        raise InvalidInputError(problems)
    by_person: dict[str, list[Contribution]] = {}
    for c in contributions:
        by_person.setdefault(c.person, []).append(c)
    extra_by: dict[str, list[ExtraContributor]] = {}
    for x in extras:
        extra_by.setdefault(x.person, []).append(x)
    voters: list[str] = []
    examined: list[str] = []
    decisions: list[Decision] = []
    for p in roster.individuals:
        if p.id not in by_person and p.id not in extra_by:
            continue
        d = check_technical_voter(
            p, election, by_person.get(p.id, ()), extra_by.get(p.id, ()), as_of=as_of
        )
        examined.append(p.id)
        decisions.append(d)
        if d.passed:
            voters.append(p.id)
    if not explain:
        examined, decisions = [], []
    return Roll(
        election=election.id,
        voters=tuple(voters),
        examined=tuple(examined),
        decisions=tuple(decisions),
    )


@attrs.frozen(kw_only=True, field_transformer=typed)
class TcWaiver:
    """A TC vote waiving its own diversity requirement (TC charter, from 2023-12-05).

    "A violation of the diversity requirement may be temporarily waived until the next TC
    election by a vote of two thirds of the TC Members."

    Attributes:
        voted: The day the TC voted the waiver.
        votes_for: TC Members voting for it.
        members: TC Members at the time (the two thirds are of the members, not of those
            voting).
        next_election: The first day of the next TC election (the waiver lapses then);
            ``None`` when not known.

    .. versionadded:: 0.2
    """

    voted: date
    votes_for: int
    members: int
    next_election: date | None = None

    def __attrs_post_init__(self) -> None:
        """Refuse counts that cannot be."""
        if not 0 <= self.votes_for <= self.members:
            raise InvalidInputError.at("votes_for", "must be between 0 and the TC's members")


def _waiver_check(waiver: TcWaiver, as_of: date) -> Check:
    rid = "elections.tc.affiliation_waiver"
    if as_of < OIP_AMENDMENTS:
        return Check(
            rid,
            Status.NOT_APPLICABLE,
            _APP4_AFFIL,
            "Appendix 4 (until 2023-12-05) has no TC waiver: the Board may defer seating",
        )
    cite = _charter(as_of, "TC diversity requirement", _Q_WAIVER)
    needed = -(-2 * waiver.members // 3)
    if waiver.voted > as_of:
        return Check(
            rid,
            Status.FAILED,
            cite,
            f"the waiver is voted on {waiver.voted}, after {as_of.isoformat()}",
        )
    if waiver.votes_for < needed:
        return Check(
            rid,
            Status.FAILED,
            cite,
            f"{waiver.votes_for} of {waiver.members} TC Members voted the waiver; two thirds "
            f"of the TC Members is {needed}",
        )
    if waiver.next_election is None:
        return Check(
            rid,
            Status.UNKNOWN,
            cite,
            f"voted by {waiver.votes_for} of {waiver.members} on {waiver.voted}; it holds until "
            "the next TC election, whose date is not given",
        )
    if as_of >= waiver.next_election:
        return Check(
            rid,
            Status.FAILED,
            cite,
            f"the waiver of {waiver.voted} lapsed with the TC election of {waiver.next_election}",
        )
    return Check(
        rid,
        Status.PASSED,
        cite,
        f"voted by {waiver.votes_for} of {waiver.members} TC Members (two thirds: {needed}) "
        f"on {waiver.voted}; holds until the TC election of {waiver.next_election}",
    )


def check_tc_affiliation(
    affiliations: Mapping[str, str | None], *, as_of: date, waiver: TcWaiver | None = None
) -> Decision:
    """Check a whole TC (member id to organisation, or ``None``) against the limit of ``as_of``.

    From 2023-12-05 the TC may waive a violation "until the next TC election by a vote of two
    thirds of the TC Members" (TC charter): a broken limit with a valid ``waiver`` is
    ``WAIVED``, and the waiver is a check of its own.

    Example:
        >>> tc = {"a": "rh", "b": "rh", "c": "rh", "d": "rh", "e": "rh", "f": None}
        >>> tc |= {"g": "x", "h": "y", "i": "z"}
        >>> check_tc_affiliation(tc, as_of=date(2024, 3, 22)).outcome
        <Status.FAILED: 'failed'>
        >>> w = TcWaiver(
        ...     voted=date(2024, 3, 25), votes_for=6, members=9, next_election=date(2024, 9, 1)
        ... )
        >>> check_tc_affiliation(tc, as_of=date(2024, 4, 1), waiver=w).outcome
        <Status.WAIVED: 'waived'>

    .. versionchanged:: 0.2
       ``waiver``.
    """
    check_arguments(check_tc_affiliation, locals())
    limit = TC_AFFILIATION_LIMIT._at(as_of)
    size = len(affiliations)
    counts: dict[str, int] = {}
    for org in affiliations.values():
        if org is not None:
            counts[org] = counts.get(org, 0) + 1
    rid = "elections.tc.affiliation"
    worst = max(counts.items(), key=lambda kv: (kv[1], kv[0]), default=None)
    if worst is None or limit.value.allows(worst[1], size):
        top = f"at most {worst[1]} with {worst[0]}" if worst else "no affiliations"
        return Decision.of(
            Check(rid, Status.PASSED, limit.citation, f"{top} of {size} ({limit.value})")
        )
    broken = f"{worst[1]} of {size} affiliated with {worst[0]} (allowed: {limit.value})"
    if waiver is None:
        return Decision.of(Check(rid, Status.FAILED, limit.citation, broken))
    granted = _waiver_check(waiver, as_of)
    status = Status.WAIVED if granted.status is Status.PASSED else Status.FAILED
    return Decision.of(Check(rid, status, limit.citation, broken), granted)


def tc_seat_constraint(
    affiliations: Mapping[str, str | None],
    *,
    continuing: Sequence[str],
    size: int,
    as_of: date,
) -> SeatConstraint:
    """A :class:`~openinfra_model.board.SeatConstraint` for seating TC winners in order (charter).

    A candidate is passed over if seating them would give one organisation more members than
    the limit allows among the ``continuing`` members, those already seated and them.

    Raises:
        InvalidInputError: ``as_of`` is before 2023-12-05: Appendix 4's remedy was a Board
            deferral, not a substitution -- use
            :func:`~openinfra_model.elections.check_tc_affiliation`.

    Example:
        >>> from openinfra_model.board import seat_in_order
        >>> aff = {"a": "x", "b": "x", "c": "y", "d": "x", "e": "x", "f": "x"}
        >>> rule = tc_seat_constraint(
        ...     aff, continuing=("a", "b", "d", "e"), size=9, as_of=date(2024, 3, 22)
        ... )
        >>> seat_in_order(["f", "c"], 1, rule).seated
        ('c',)
    """
    check_arguments(tc_seat_constraint, locals())
    if as_of < OIP_AMENDMENTS:
        raise InvalidInputError.at(
            "as_of", "before 2023-12-05 the TC limit had no next-highest substitution"
        )
    limit = TC_AFFILIATION_LIMIT._at(as_of)

    def constraint(seated: tuple[str, ...], candidate: str) -> Check:
        org = affiliations.get(candidate)
        rid = "elections.tc.affiliation"
        if org is None:
            return Check(rid, Status.PASSED, limit.citation, f"{candidate}: no affiliation")
        n = 1 + sum(1 for s in (*continuing, *seated) if affiliations.get(s) == org)
        if limit.value.allows(n, size):
            return Check(
                rid, Status.PASSED, limit.citation, f"{candidate}: {n} of {size} with {org}"
            )
        return Check(
            rid,
            Status.FAILED,
            limit.citation,
            f"{candidate}: {n} of {size} with {org} would break {limit.value}",
        )

    return constraint
