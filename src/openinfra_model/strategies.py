"""Hypothesis strategies for the library's public types, for users' own property tests.

Every strategy builds values that are valid by construction (no filtering away of most
draws) and shrinks towards the smallest real case: empty tuples, absent optional facts, the
first supported date. :func:`dates_near_changes` favours the days around the dates on which
some rule changes, where off-by-one mistakes live.

This module needs Hypothesis (the ``hypothesis`` extra: ``pip install
openinfra-model[hypothesis]``); the core package never imports it. With the package installed,
Hypothesis' ``from_type`` knows these strategies through the ``hypothesis`` entry point::

    from hypothesis import given, strategies as st
    from openinfra_model import Roster


    @given(st.from_type(Roster))
    def test_my_report(roster: Roster) -> None: ...

Example:
    >>> from openinfra_model import Tier
    >>> from openinfra_model.strategies import memberships
    >>> strategy = memberships(tier=st.just(Tier.GOLD))
"""

from __future__ import annotations

import importlib
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from openinfra_model._strategy_table import STRATEGY_TABLE
from openinfra_model.board import (
    DIVERSITY_REQUIREMENT,
    AffiliatedGroups,
    AffiliationKind,
    AnnualElection,
    Board,
    BoardReport,
    ClassVote,
    Director,
    DiversityRule,
    Meeting,
    MemberClass,
    MembershipChange,
    Officer,
    OfficerRole,
    PersonalAffiliation,
    SeatClass,
    Threshold,
    Waiver,
    affiliated_groups,
    check_board,
    control_change_consequences,
)
from openinfra_model.board.affiliation import ControlChange
from openinfra_model.board.seating import Seating, seat_in_order
from openinfra_model.community import (
    HUBS_FOUNDED,
    CommunityData,
    HostedProject,
    HubParticipant,
    HubParticipation,
    OrganizationRegion,
    Partnership,
    PartnershipKind,
    Region,
    RegionalHub,
    check_hub_participation,
)
from openinfra_model.core import regimes
from openinfra_model.core.citations import DOCUMENTS, Citation, Document
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import Problem
from openinfra_model.core.regimes import Confidence, Regime, Window, regime_on
from openinfra_model.counting import (
    RANKED_METHODS,
    Arithmetic,
    BallotRules,
    BltBallot,
    BltElection,
    CandidateVotes,
    CountResult,
    MarkedBallot,
    PairwiseCount,
    PassedOver,
    RankedBallot,
    Round,
    SetAsideBallot,
    TieBreak,
    TieBreakRule,
    VotingMethod,
    count_ballots,
    default_method,
)
from openinfra_model.elections import (
    BoardCalendar,
    Candidacy,
    Contribution,
    ContributionKind,
    DayRange,
    Election,
    ElectionKind,
    Electorate,
    ExtraContributor,
    IndividualProgram,
    LifecycleAction,
    LifecycleReview,
    MembershipSpan,
    Nomination,
    Notice,
    NoticeResponse,
    ParticipationPolicy,
    Quorum,
    Roll,
    TcWaiver,
    VoteRecord,
    build_roll,
    review_lifecycle,
)
from openinfra_model.funds.linux_foundation import (
    ClosingDirector,
    ClosingSeat,
    LinuxFoundationFee,
    LinuxFoundationFeeSchedule,
    linux_foundation_fee,
)
from openinfra_model.funds.projects import (
    DIRECTED_FUNDING_LAUNCH,
    FundBoardMember,
    FundParticipant,
    FundRole,
    ProjectFund,
)
from openinfra_model.membership import (
    Approver,
    FeeLevel,
    Individual,
    IndividualStatus,
    LinuxFoundationLevel,
    LinuxFoundationMembership,
    Membership,
    Tier,
)
from openinfra_model.membership.dues import (
    DUES,
    DuesAssessment,
    DuesStatement,
    Fee,
    IndividualDues,
    dues_for,
    dues_owed,
    individual_dues,
)
from openinfra_model.membership.organizations import ControlLink, Organization, OrganizationKind
from openinfra_model.membership.rights import Rights, rights_of
from openinfra_model.membership.roster import Roster
from openinfra_model.membership.tiers import (
    GoldRenewalTerms,
    PlatinumRenewalTerms,
    PlatinumTerm,
    platinum_term,
)
from openinfra_model.record import (
    BoardGap,
    BoardRecord,
    Coverage,
    DatedName,
    FoundationRecord,
    RecordDirector,
    RecordElection,
    RecordMembership,
    RecordOfficer,
    RecordOrganization,
    ReplayFinding,
    ReplayRow,
    SourceRef,
    SyntheticIndividuals,
    Vacancy,
    VoteHistory,
    foundation_record,
    record_coverage,
    replay,
    synthetic_individuals,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "LAST_DATE",
    "BallotBox",
    "ElectionScenario",
    "affiliated_groups_results",
    "annual_elections",
    "any_marked_ballots",
    "any_ranked_ballots",
    "arithmetics",
    "aware_datetimes",
    "ballot_boxes",
    "ballot_rules",
    "blt_ballots",
    "blt_elections",
    "board_calendars",
    "board_gaps",
    "board_records",
    "board_reports",
    "boards",
    "candidacies",
    "candidate_votes",
    "checks",
    "citations",
    "class_votes",
    "closing_directors",
    "community_data",
    "contributions",
    "control_changes",
    "control_links",
    "count_results",
    "coverages",
    "dated_names",
    "dates",
    "dates_near_changes",
    "day_ranges",
    "decisions",
    "directors",
    "diversity_rules",
    "documents",
    "dues_assessments",
    "dues_statements",
    "election_scenarios",
    "elections",
    "extra_contributors",
    "fees",
    "foundation_records",
    "fund_board_members",
    "fund_participants",
    "gold_renewal_terms",
    "hosted_projects",
    "hub_participants",
    "hub_participations",
    "individual_dues_results",
    "individuals",
    "lifecycle_actions",
    "lifecycle_reviews",
    "linux_foundation_fee_schedules",
    "linux_foundation_fees",
    "linux_foundation_memberships",
    "marked_ballots",
    "meetings",
    "membership_changes",
    "membership_spans",
    "memberships",
    "money",
    "nominations",
    "notice_responses",
    "notices",
    "officers",
    "organization_regions",
    "organizations",
    "pairwise_counts",
    "partnerships",
    "passed_overs",
    "personal_affiliations",
    "platinum_renewal_terms",
    "platinum_terms",
    "problems",
    "project_funds",
    "quorums",
    "ranked_ballots",
    "record_directors",
    "record_elections",
    "record_memberships",
    "record_officers",
    "record_organizations",
    "regimes_on",
    "regional_hubs",
    "replay_findings",
    "replay_rows",
    "rights",
    "rolls",
    "rosters",
    "rounds",
    "seatings",
    "set_aside_ballots",
    "slugs",
    "source_refs",
    "statuses",
    "synthetic_samples",
    "tc_waivers",
    "thresholds",
    "tie_breaks",
    "vacancies",
    "vote_histories",
    "vote_records",
    "waivers",
    "windows",
]

T = TypeVar("T")

LAST_DATE = date(2030, 12, 31)
"""The last day the date strategies draw by default (a few years past the newest rule)."""

_NEAR = 2
"""How many days either side of a change :func:`dates_near_changes` favours."""


def _change_dates() -> tuple[date, ...]:
    known = {
        regimes.FIRST_DATE,
        regimes.TURNOUT_CHANGE_2015,
        regimes.OIF_LAUNCH,
        regimes.OIP_AMENDMENTS,
        regimes.BYLAWS_2024,
        regimes.LF_CLOSING,
    }
    known.update(regimes.boundary_dates())
    return tuple(sorted(known))


def dates(
    min_value: date = regimes.FIRST_DATE, max_value: date = LAST_DATE
) -> st.SearchStrategy[date]:
    """Any day from ``min_value`` to ``max_value``, shrinking towards ``min_value``.

    Example:
        >>> strategy = dates(max_value=date(2020, 12, 31))
    """
    return st.dates(min_value=min_value, max_value=max_value)


def dates_near_changes(
    min_value: date = regimes.FIRST_DATE, max_value: date = LAST_DATE
) -> st.SearchStrategy[date]:
    """Days that favour the neighbourhood of every rule change.

    About half the draws fall within two days of a date on which some registered dated
    parameter (or one of the boundary dates of ``regimes``) changes: the day before, the day
    of, the day after. The rest are any day in range. Shrinks towards the earliest change.

    Example:
        >>> strategy = dates_near_changes(max_value=date(2021, 12, 31))
    """
    near = sorted(
        {
            day + timedelta(days=offset)
            for day in _change_dates()
            for offset in range(-_NEAR, _NEAR + 1)
            if min_value <= day + timedelta(days=offset) <= max_value
        }
    )
    anywhere = dates(min_value, max_value)
    if not near:
        return anywhere
    return st.one_of(st.sampled_from(near), anywhere)


_FIRST_INSTANT = datetime.combine(regimes.FIRST_DATE, time())
_LAST_INSTANT = datetime.combine(LAST_DATE, time())


def aware_datetimes(
    min_value: datetime = _FIRST_INSTANT, max_value: datetime = _LAST_INSTANT
) -> st.SearchStrategy[datetime]:
    """Instants with a fixed UTC offset (whole minutes), as the wire format writes them.

    ``min_value`` and ``max_value`` are naive, as Hypothesis wants: the local wall-clock range.

    Example:
        >>> strategy = aware_datetimes()
    """
    offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
        lambda minutes: UTC if minutes == 0 else timezone(timedelta(minutes=minutes))
    )
    return st.datetimes(min_value=min_value, max_value=max_value, timezones=offsets)


def money(
    min_value: Decimal = Decimal(0), max_value: Decimal = Decimal("10000000.00")
) -> st.SearchStrategy[Decimal]:
    """USD amounts with at most two decimals, shrinking towards ``min_value``.

    Example:
        >>> strategy = money(max_value=Decimal("500000"))
    """
    return st.decimals(min_value=min_value, max_value=max_value, places=2)


_SEGMENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)


def slugs() -> st.SearchStrategy[str]:
    """Lower-case slug ids such as ``"red-hat"``, shrinking to ``"0"``.

    Example:
        >>> strategy = slugs()
    """
    return st.lists(_SEGMENT, min_size=1, max_size=3).map("-".join)


def _texts(min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    # Text the wire format holds: no surrogates (not UTF-8), no control characters.
    alphabet = st.characters(codec="utf-8", exclude_categories=["Cc"])
    return st.text(alphabet=alphabet, min_size=min_size, max_size=max_size)


def statuses() -> st.SearchStrategy[Status]:
    """Any :class:`~openinfra_model.Status`."""
    return st.sampled_from(Status)


def citations() -> st.SearchStrategy[Citation]:
    """Citations of the known source documents, with or without a quote.

    Example:
        >>> strategy = citations()
    """
    return st.builds(
        Citation,
        document=st.sampled_from(sorted(DOCUMENTS)),
        version=dates(),
        section=st.text(alphabet="0123456789.()abcdefgh", min_size=1, max_size=8),
        quote=st.none() | _texts(),
    )


_RULE_ID = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=10),
    min_size=2,
    max_size=4,
).map(".".join)


def checks(status: st.SearchStrategy[Status] | None = None) -> st.SearchStrategy[Check]:
    """Checks with a dotted rule id, any status (or those ``status`` draws) and a citation.

    Example:
        >>> strategy = checks(status=st.just(Status.FAILED))
    """
    return st.builds(
        Check,
        rule_id=_RULE_ID,
        status=status if status is not None else statuses(),
        citation=citations(),
        reason=_texts(0, 60),
    )


def decisions(max_checks: int = 5) -> st.SearchStrategy[Decision]:
    """Decisions built with :meth:`~openinfra_model.Decision.of` (the outcome is consistent).

    Example:
        >>> strategy = decisions(max_checks=3)
    """
    return st.lists(checks(), max_size=max_checks).map(lambda cs: Decision.of(*cs))


def _until(since: date | None) -> st.SearchStrategy[date | None]:
    if since is None:
        return st.none() | dates()
    return st.none() | dates(min_value=since)


@st.composite
def control_links(draw: st.DrawFn, parent: st.SearchStrategy[str] | None = None) -> ControlLink:
    """Control links with a share in (0, 1] or control by other means, and a valid window.

    Example:
        >>> strategy = control_links(parent=st.just("ibm"))
    """
    since = draw(st.none() | dates_near_changes())
    return ControlLink(
        parent=draw(parent if parent is not None else slugs()),
        share=draw(
            st.none() | st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(1), places=4)
        ),
        controls=draw(st.booleans()),
        since=since,
        until=draw(_until(since)),
    )


@st.composite
def organizations(
    draw: st.DrawFn,
    id: st.SearchStrategy[str] | None = None,  # noqa: A002 - the field's name
    max_links: int = 2,
) -> Organization:
    """Organisations with a slug id, aliases, a kind, control links and optional revenue.

    Links never name the organisation itself as parent.

    Example:
        >>> strategy = organizations(id=st.just("red-hat"))
    """
    org_id = draw(id if id is not None else slugs())
    links = draw(
        st.lists(control_links(parent=slugs().filter(lambda p: p != org_id)), max_size=max_links)
    )
    return Organization(
        id=org_id,
        name=draw(_texts()),
        aliases=tuple(draw(st.lists(_texts(), max_size=2, unique=True))),
        kind=draw(st.sampled_from(OrganizationKind)),
        controlled_by=tuple(links),
        annual_revenue=draw(st.none() | money(max_value=Decimal("500000000000.00"))),
        sources=tuple(draw(st.lists(citations(), max_size=1))),
    )


def _on_or_before(
    latest: date | None, earliest: date = regimes.FIRST_DATE
) -> st.SearchStrategy[date]:
    if latest is None:
        return dates(min_value=earliest)
    return dates(min_value=earliest, max_value=latest)


def _optional_between(earliest: date, latest: date | None) -> st.SearchStrategy[date | None]:
    if latest is not None and latest < earliest:
        return st.none()
    return st.none() | _on_or_before(latest, earliest)


@st.composite
def linux_foundation_memberships(
    draw: st.DrawFn, latest: date | None = None
) -> LinuxFoundationMembership:
    """Linux Foundation memberships from the 2025-06-01 closing or later.

    Args:
        draw: Supplied by ``st.composite``; callers do not pass it.
        latest: The last day ``since`` may fall on (a roster's snapshot); at least
            2025-06-01.

    Example:
        >>> strategy = linux_foundation_memberships()
    """
    if latest is None:
        since = draw(dates_near_changes(min_value=regimes.LF_CLOSING))
    else:
        since = draw(dates_near_changes(min_value=regimes.LF_CLOSING, max_value=latest))
    return LinuxFoundationMembership(
        level=draw(st.sampled_from(LinuxFoundationLevel)),
        since=since,
        until=draw(_until(since)),
    )


@st.composite
def memberships(
    draw: st.DrawFn,
    organization: st.SearchStrategy[str] | None = None,
    tier: st.SearchStrategy[Tier] | None = None,
    latest: date | None = None,
) -> Membership:
    """Organisational memberships: approval on or after signature, terms in order.

    Args:
        draw: Supplied by ``st.composite``; callers do not pass it.
        organization: Draws the member's organisation id (any slug by default).
        tier: Draws the tier (any by default).
        latest: The last day any recorded event (signature, approval, Startup Agreement,
            Linux Foundation membership) may fall on, such as a roster's snapshot; terms may
            run past it.

    Example:
        >>> strategy = memberships(tier=st.just(Tier.PLATINUM))
    """
    if latest is None:
        signed_on = draw(dates_near_changes())
    else:
        signed_on = draw(dates_near_changes(max_value=latest))
    term_start = draw(st.none() | dates_near_changes())
    term_end = draw(st.none() | dates(min_value=term_start or regimes.FIRST_DATE))
    lf_possible = latest is None or latest >= regimes.LF_CLOSING
    return Membership(
        organization=draw(organization if organization is not None else slugs()),
        tier=draw(tier if tier is not None else st.sampled_from(Tier)),
        fee_level=draw(st.sampled_from(FeeLevel)),
        signed=signed_on,
        approved=draw(_optional_between(signed_on, latest)),
        approver=draw(st.none() | st.sampled_from(Approver)),
        term_start=term_start,
        term_end=term_end,
        contributor_ftes=draw(
            st.none() | st.decimals(min_value=0, max_value=Decimal(20), places=1)
        ),
        linux_foundation=draw(
            st.none() | linux_foundation_memberships(latest=latest) if lf_possible else st.none()
        ),
        startup_agreement_signed=draw(_optional_between(regimes.FIRST_DATE, latest)),
        sources=tuple(draw(st.lists(citations(), max_size=1))),
    )


@st.composite
def individuals(
    draw: st.DrawFn,
    id: st.SearchStrategy[str] | None = None,  # noqa: A002 - the field's name
    employer: st.SearchStrategy[str | None] | None = None,
    latest: date | None = None,
) -> Individual:
    """Individuals: Foundation members (always with ``member_since``) and Community accounts.

    Args:
        draw: Supplied by ``st.composite``; callers do not pass it.
        id: Draws the id (a number as text by default).
        employer: Draws the employer id or ``None`` (any slug or ``None`` by default).
        latest: The last day ``member_since``, the OIF agreement and the OIF Individual Member
            Registry date may fall on.

    Example:
        >>> strategy = individuals(employer=st.just("red-hat"))
    """
    status = draw(st.sampled_from(IndividualStatus))
    since_strategy = (
        dates_near_changes() if latest is None else dates_near_changes(max_value=latest)
    )
    since = draw(
        since_strategy
        if status is IndividualStatus.FOUNDATION_MEMBER
        else st.none() | since_strategy
    )
    signed = draw(_optional_between(regimes.LF_CLOSING, latest))
    # The OIF Individual Member Registry date (the effective date, Program §1) is on or after
    # the signing; sometimes unrecorded, as in rosters that only know the signing.
    added = None if signed is None else draw(_optional_between(signed, latest))
    return Individual(
        id=draw(id if id is not None else st.integers(0, 999_999).map(str)),
        name=draw(_texts()),
        status=status,
        member_since=since,
        oif_agreement_signed=signed,
        employer=draw(employer if employer is not None else st.none() | slugs()),
        oif_registry_added=added,
    )


def _name_keys(org: Organization) -> set[str]:
    return {n.casefold() for n in (org.name, *org.aliases)}


def _disjoint_names(orgs: Sequence[Organization]) -> list[Organization]:
    kept: list[Organization] = []
    taken: set[str] = set()
    for org in orgs:
        keys = _name_keys(org)
        if keys.isdisjoint(taken):
            kept.append(org)
            taken |= keys
    return kept


@st.composite
def rosters(
    draw: st.DrawFn,
    max_organizations: int = 5,
    max_memberships: int = 5,
    max_individuals: int = 10,
) -> Roster:
    """Rosters whose references all resolve and whose facts precede the snapshot.

    Organisation ids and names are unique; control links, memberships and employers name
    organisations of the roster; individual ids are unique. Shrinks to an empty roster on the
    first supported date.

    Example:
        >>> strategy = rosters(max_individuals=3)
    """
    snapshot = draw(dates_near_changes())
    drawn = draw(
        st.lists(organizations(max_links=0), max_size=max_organizations, unique_by=lambda o: o.id)
    )
    orgs = _disjoint_names(drawn)
    ids = [o.id for o in orgs]
    linked: list[Organization] = []
    for org in orgs:
        others = [i for i in ids if i != org.id]
        links: list[ControlLink] = []
        if others:
            links = draw(st.lists(control_links(parent=st.sampled_from(others)), max_size=2))
        linked.append(attrs.evolve(org, controlled_by=tuple(links)))
    members: list[Membership] = []
    people: list[Individual] = []
    if ids:
        members = draw(
            st.lists(
                memberships(organization=st.sampled_from(ids), latest=snapshot),
                max_size=max_memberships,
            )
        )
    employers: st.SearchStrategy[str | None] = (
        st.none() | st.sampled_from(ids) if ids else st.none()
    )
    people = draw(
        st.lists(
            individuals(employer=employers, latest=snapshot),
            max_size=max_individuals,
            unique_by=lambda p: p.id,
        )
    )
    return Roster(
        snapshot=snapshot,
        organizations=tuple(linked),
        memberships=tuple(members),
        individuals=tuple(people),
    )


def documents() -> st.SearchStrategy[Document]:
    """Source documents with a half-open window of force (``in_force_until`` after the start).

    Example:
        >>> strategy = documents()
    """
    return st.builds(
        _document,
        key=slugs(),
        title=_texts(),
        where=_texts(),
        in_force_from=dates_near_changes(),
        days=st.none() | st.integers(min_value=1, max_value=20 * 366),
    )


def _document(
    *, key: str, title: str, where: str, in_force_from: date, days: int | None
) -> Document:
    until = None if days is None else in_force_from + timedelta(days=days)
    return Document(
        key=key, title=title, where=where, in_force_from=in_force_from, in_force_until=until
    )


def problems() -> st.SearchStrategy[Problem]:
    """Input problems: a path and a message.

    Example:
        >>> strategy = problems()
    """
    paths = st.lists(st.sampled_from(["memberships", "[0]", "tier", "individuals", "[12]"]))
    return st.builds(
        Problem, path=paths.map(lambda parts: ".".join(parts) or "$"), message=_texts()
    )


@st.composite
def seatings(draw: st.DrawFn, max_candidates: int = 6) -> Seating:
    """Results of :func:`~openinfra_model.board.seat_in_order` under a random constraint.

    The constraint's answers are drawn, so every result is one the real machinery gives.

    Example:
        >>> strategy = seatings(max_candidates=3)
    """
    order = draw(st.lists(slugs(), max_size=max_candidates, unique=True))
    seats = draw(st.integers(min_value=0, max_value=len(order) + 1))
    verdicts = {
        name: draw(checks(status=st.sampled_from([Status.PASSED, Status.FAILED])))
        for name in order
    }

    def constraint(seated: tuple[str, ...], candidate: str) -> Check:  # noqa: ARG001 - unused, named by the protocol
        """Answer with the drawn verdict (the protocol names the first argument)."""
        return verdicts[candidate]

    return seat_in_order(order, seats, constraint)


def regimes_on() -> st.SearchStrategy[Regime]:
    """The :class:`~openinfra_model.Regime` view on days near rule changes.

    Example:
        >>> strategy = regimes_on()
    """
    return dates_near_changes().map(lambda day: regime_on(as_of=day))


def windows(
    values: st.SearchStrategy[T], start: st.SearchStrategy[date] | None = None
) -> st.SearchStrategy[Window[T]]:
    """Dated-table windows holding values drawn from ``values`` (open-ended, ``end=None``).

    Example:
        >>> strategy = windows(money())
    """
    return st.builds(
        Window,
        start=start if start is not None else dates_near_changes(),
        value=values,
        citation=citations(),
        confidence=st.sampled_from(Confidence),
        note=_texts(0, 40),
        end=st.none(),
    )


# --- directed funds, the Linux Foundation era, community (hubs, projects, partnerships) ------


def _non_blank(max_size: int = 30) -> st.SearchStrategy[str]:
    # Person ids and names: never empty or all whitespace (the models refuse those).
    return _texts(1, max_size).filter(str.strip)


def hub_participants(
    organization: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[HubParticipant]:
    """Hub participants: an organisation id and the name a source lists it under.

    Example:
        >>> strategy = hub_participants()
    """
    return st.builds(
        HubParticipant,
        organization=organization if organization is not None else slugs(),
        listed_as=_non_blank(),
    )


def regional_hubs(max_participants: int = 5) -> st.SearchStrategy[RegionalHub]:
    """Regional hubs with distinct founding participants, founded near rule changes.

    Example:
        >>> strategy = regional_hubs(max_participants=2)
    """
    return st.builds(
        RegionalHub,
        id=slugs(),
        name=_non_blank(),
        based_in=_non_blank(),
        founded=dates_near_changes(),
        founding_participants=st.lists(
            hub_participants(), max_size=max_participants, unique_by=lambda p: p.organization
        ).map(tuple),
        sources=st.lists(citations(), max_size=1).map(tuple),
        region=st.none() | st.sampled_from(Region),
    )


def organization_regions(
    organization: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[OrganizationRegion]:
    """Recorded regions of organisations, with or without the country.

    Example:
        >>> strategy = organization_regions(organization=st.just("ow2"))
    """
    return st.builds(
        OrganizationRegion,
        organization=organization if organization is not None else slugs(),
        region=st.sampled_from(Region),
        country=st.none() | _non_blank(),
        sources=st.lists(citations(), max_size=1).map(tuple),
    )


def hosted_projects() -> st.SearchStrategy[HostedProject]:
    """Hosted projects, with or without a launch year.

    Example:
        >>> strategy = hosted_projects()
    """
    return st.builds(
        HostedProject,
        id=slugs(),
        name=_non_blank(),
        url=_non_blank(),
        launched_in=st.none() | st.integers(min_value=1990, max_value=2100),
        sources=st.lists(citations(), max_size=1).map(tuple),
    )


def partnerships(partner: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Partnership]:
    """Partnerships of any kind with the organisation ``partner`` draws.

    Example:
        >>> strategy = partnerships(partner=st.just("ow2"))
    """
    return st.builds(
        Partnership,
        partner=partner if partner is not None else slugs(),
        kind=st.sampled_from(PartnershipKind),
        summary=_non_blank(60),
        sources=st.lists(citations(), max_size=1).map(tuple),
    )


@st.composite
def community_data(draw: st.DrawFn, max_items: int = 4) -> CommunityData:
    """Community data whose ids are unique and whose partnerships name its organisations.

    Hub participants may name organisations held elsewhere (as the bundled data does).

    Example:
        >>> strategy = community_data(max_items=2)
    """
    drawn = draw(
        st.lists(organizations(max_links=0), max_size=max_items, unique_by=lambda o: o.id)
    )
    orgs = _disjoint_names(drawn)
    ids = [o.id for o in orgs]
    links: list[Partnership] = []
    regions: list[OrganizationRegion] = []
    if ids:
        partners = draw(st.lists(st.sampled_from(ids), max_size=max_items, unique=True))
        links = [draw(partnerships(partner=st.just(p))) for p in partners]
        located = draw(st.lists(st.sampled_from(ids), max_size=max_items, unique=True))
        regions = [draw(organization_regions(organization=st.just(o))) for o in located]
    return CommunityData(
        organizations=tuple(orgs),
        hubs=tuple(draw(st.lists(regional_hubs(2), max_size=2, unique_by=lambda h: h.id))),
        projects=tuple(
            draw(st.lists(hosted_projects(), max_size=max_items, unique_by=lambda p: p.id))
        ),
        partnerships=tuple(links),
        regions=tuple(regions),
    )


def fund_participants(
    organization: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[FundParticipant]:
    """Project-fund participants of either role, contributing exact amounts.

    Example:
        >>> strategy = fund_participants()
    """
    return st.builds(
        FundParticipant,
        organization=organization if organization is not None else slugs(),
        role=st.sampled_from(FundRole),
        contribution=money(),
    )


def fund_board_members(
    organization: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[FundBoardMember]:
    """Fund board members representing the organisation ``organization`` draws.

    Example:
        >>> strategy = fund_board_members()
    """
    return st.builds(
        FundBoardMember,
        person=_non_blank(),
        organization=organization if organization is not None else slugs(),
    )


@st.composite
def project_funds(draw: st.DrawFn, max_participants: int = 5) -> ProjectFund:
    """Project funds with distinct participants and a board of their representatives.

    Composition rules (a Platinum sponsor, members only) are not enforced: those are what
    :func:`~openinfra_model.funds.check_project_fund` examines.

    Example:
        >>> strategy = project_funds(max_participants=3)
    """
    participants = draw(
        st.lists(
            fund_participants(), max_size=max_participants, unique_by=lambda p: p.organization
        )
    )
    board: list[FundBoardMember] = []
    if participants:
        represented = st.sampled_from([p.organization for p in participants])
        board = draw(
            st.lists(
                fund_board_members(organization=represented),
                max_size=max_participants,
                unique_by=lambda b: b.person,
            )
        )
    return ProjectFund(
        id=draw(slugs()),
        name=draw(_texts(0)),
        project=draw(slugs()),
        established=draw(dates(min_value=DIRECTED_FUNDING_LAUNCH)),
        participants=tuple(participants),
        board=tuple(board),
        sources=tuple(draw(st.lists(citations(), max_size=1))),
    )


def linux_foundation_fee_schedules() -> st.SearchStrategy[LinuxFoundationFeeSchedule]:
    """Fee schedules: a money threshold and two rates in ``[0, 1]`` with two decimals.

    Example:
        >>> strategy = linux_foundation_fee_schedules()
    """
    rates = st.decimals(min_value=0, max_value=1, places=2)
    return st.builds(
        LinuxFoundationFeeSchedule, threshold=money(), first_rate=rates, excess_rate=rates
    )


def linux_foundation_fees() -> st.SearchStrategy[LinuxFoundationFee]:
    """Fee answers near the closing.

    Computed by :func:`~openinfra_model.funds.linux_foundation_fee`.

    Example:
        >>> strategy = linux_foundation_fees()
    """
    return st.builds(
        lambda receipts, day: linux_foundation_fee(receipts, as_of=day),
        money(max_value=Decimal("1000000000.00")),
        dates_near_changes(),
    )


def closing_directors() -> st.SearchStrategy[ClosingDirector]:
    """Directors in office at the closing, with or without the agreements signed.

    Example:
        >>> strategy = closing_directors()
    """
    return st.builds(
        ClosingDirector,
        person=_non_blank(),
        seat=st.sampled_from(ClosingSeat),
        employer=st.none() | slugs(),
        employer_participation_signed=st.none() | dates(min_value=regimes.LF_CLOSING),
        oif_agreement_signed=st.none() | dates(min_value=regimes.LF_CLOSING),
    )


# --- Dues, tier requirements and rights (dues.py, tiers.py, rights.py) ----------------------
# Every value is made by the rule functions themselves from drawn facts, so it is one the
# library really returns. Registered for ``st.from_type`` at import.


def fees() -> st.SearchStrategy[Fee]:
    """The fees of the dues tables (every window of every tier and level).

    Example:
        >>> strategy = fees()
    """
    values = [w.value for t in DUES.values() for w in t.windows]
    return st.sampled_from(sorted(set(values), key=str))


def dues_assessments() -> st.SearchStrategy[DuesAssessment]:
    """What a tier and fee level cost on a day near a rule change, with or without revenue.

    Example:
        >>> strategy = dues_assessments()
    """
    return st.builds(
        _dues_for,
        tier=st.sampled_from(Tier),
        level=st.sampled_from(FeeLevel),
        day=dates_near_changes(),
        revenue=st.none() | money(max_value=Decimal("1000000000000.00")),
    )


def _dues_for(
    *, tier: Tier, level: FeeLevel, day: date, revenue: Decimal | None
) -> DuesAssessment:
    return dues_for(tier, level, as_of=day, annual_revenue=revenue)


def dues_statements(max_memberships: int = 6) -> st.SearchStrategy[DuesStatement]:
    """What drawn memberships owe on a day near a rule change.

    Example:
        >>> strategy = dues_statements(max_memberships=3)
    """
    return st.builds(
        _dues_owed,
        ms=st.lists(memberships(), max_size=max_memberships),
        day=dates_near_changes(),
    )


def _dues_owed(*, ms: list[Membership], day: date) -> DuesStatement:
    orgs = tuple(Organization(id=i, name=i) for i in dict.fromkeys(m.organization for m in ms))
    roster = Roster(snapshot=date.max, organizations=orgs, memberships=tuple(ms))
    return dues_owed(roster, as_of=day)


def individual_dues_results() -> st.SearchStrategy[IndividualDues]:
    """What an individual or a Community account pays on a day near a rule change.

    Example:
        >>> strategy = individual_dues_results()
    """
    return st.builds(
        _individual_dues, status=st.sampled_from(IndividualStatus), day=dates_near_changes()
    )


def _individual_dues(*, status: IndividualStatus, day: date) -> IndividualDues:
    return individual_dues(status, as_of=day)


def rights() -> st.SearchStrategy[Rights]:
    """The rights of any tier or individual status on a day near a rule change.

    Example:
        >>> strategy = rights()
    """
    holders: st.SearchStrategy[Tier | IndividualStatus] = st.sampled_from(
        [*Tier, *IndividualStatus]
    )
    return st.builds(_rights_of, holder=holders, day=dates_near_changes())


def _rights_of(*, holder: Tier | IndividualStatus, day: date) -> Rights:
    return rights_of(holder, as_of=day)


def platinum_terms() -> st.SearchStrategy[PlatinumTerm]:
    """The Platinum term of a drawn Platinum membership on a day near a rule change.

    Example:
        >>> strategy = platinum_terms()
    """
    return st.builds(
        _platinum_term,
        m=memberships(tier=st.just(Tier.PLATINUM)),
        day=dates_near_changes(),
    )


def _platinum_term(*, m: Membership, day: date) -> PlatinumTerm:
    return platinum_term(m, as_of=day)


def gold_renewal_terms() -> st.SearchStrategy[GoldRenewalTerms]:
    """Gold renewal clauses with real calendar days (shrinking to the policy's own).

    Example:
        >>> strategy = gold_renewal_terms()
    """
    return st.just(GoldRenewalTerms()) | st.builds(
        GoldRenewalTerms,
        notice_month=st.integers(1, 12),
        notice_day=st.integers(1, 28),
        end_month=st.integers(1, 12),
        end_day=st.integers(1, 28),
    )


def platinum_renewal_terms() -> st.SearchStrategy[PlatinumRenewalTerms]:
    """Platinum renewal clauses: the notice window before the answer deadline.

    Example:
        >>> strategy = platinum_renewal_terms()
    """
    return st.just(PlatinumRenewalTerms()) | st.builds(
        _platinum_renewal_terms,
        years=st.integers(1, 5),
        answer=st.integers(1, 6),
        gap=st.integers(1, 6),
        width=st.integers(0, 6),
    )


def _platinum_renewal_terms(
    *, years: int, answer: int, gap: int, width: int
) -> PlatinumRenewalTerms:
    latest = answer + gap
    return PlatinumRenewalTerms(
        term_years=years,
        notice_earliest_months=latest + width,
        notice_latest_months=latest,
        answer_months=answer,
    )


def hub_participations() -> st.SearchStrategy[HubParticipation]:
    """Hub participation answers.

    Computed by :func:`~openinfra_model.community.check_hub_participation`.

    The organisation holds one of the drawn memberships or none, on a day near a rule change.

    Example:
        >>> strategy = hub_participations()
    """

    @st.composite
    def build(draw: st.DrawFn) -> HubParticipation:
        hub = draw(regional_hubs(max_participants=2))
        org = draw(slugs())
        held = draw(st.lists(memberships(organization=st.just(org)), max_size=2))
        # The hubs' participation rule exists from their founding; earlier dates raise
        # NoRegimeError by design, so they are not drawn here.
        day = draw(dates_near_changes(min_value=HUBS_FOUNDED))
        region = draw(st.none() | organization_regions(organization=st.just(org)))
        return check_hub_participation(org, hub, held, as_of=day, region=region)

    return build()


def control_changes() -> st.SearchStrategy[ControlChange]:
    """Transactions by which one organisation gains control of another (never of itself).

    Example:
        >>> strategy = control_changes()
    """

    @st.composite
    def build(draw: st.DrawFn) -> ControlChange:
        acquirer = draw(slugs())
        target = draw(slugs().filter(lambda t: t != acquirer))
        return ControlChange(
            acquirer=acquirer,
            target=target,
            closing=draw(dates_near_changes()),
            merger=draw(st.booleans()),
        )

    return build()


# --- Counting: ballots, tie rules and count results (openinfra_model.counting) ---------------


def _candidate_ids(max_candidates: int) -> st.SearchStrategy[tuple[str, ...]]:
    return st.integers(min_value=1, max_value=max_candidates).map(
        lambda n: tuple(f"cand-{i}" for i in range(n))
    )


def ranked_ballots(
    candidates: Sequence[str], voter: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[RankedBallot]:
    """Valid ranked ballots over ``candidates``: a partial ranking, no candidate twice.

    Example:
        >>> strategy = ranked_ballots(("ann", "bob"))
    """
    return st.builds(
        RankedBallot,
        voter if voter is not None else slugs(),
        st.permutations(list(candidates)).flatmap(
            lambda order: st.integers(0, len(order)).map(lambda k: tuple(order[:k]))
        ),
    )


def marked_ballots(
    candidates: Sequence[str], rules: BallotRules, voter: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[MarkedBallot]:
    """Valid marked ballots over ``candidates`` that ``rules`` allow (no over-vote).

    Example:
        >>> strategy = marked_ballots(("ann", "bob"), BallotRules.cumulative(2))
    """

    @st.composite
    def build(draw: st.DrawFn) -> MarkedBallot:
        budget = draw(st.integers(0, rules.max_votes))
        votes: list[str] = []
        for cand in draw(st.permutations(list(candidates))):
            give = draw(st.integers(0, min(rules.max_per_candidate, budget - len(votes))))
            votes.extend([cand] * give)
        return MarkedBallot(draw(voter if voter is not None else slugs()), tuple(votes))

    return build()


def any_ranked_ballots() -> st.SearchStrategy[RankedBallot]:
    """Ranked ballots over three candidates ``cand-0`` to ``cand-2`` (for ``st.from_type``)."""
    return ranked_ballots(("cand-0", "cand-1", "cand-2"))


def any_marked_ballots() -> st.SearchStrategy[MarkedBallot]:
    """Cumulative ballots for two seats over ``cand-0`` to ``cand-2`` (for ``st.from_type``)."""
    return marked_ballots(("cand-0", "cand-1", "cand-2"), BallotRules.cumulative(2))


def tie_breaks() -> st.SearchStrategy[TieBreak]:
    """Tie rules: a lot with a seed, or the listed order."""
    return st.builds(TieBreak, rule=st.sampled_from(TieBreakRule), seed=st.integers(0, 2**32 - 1))


@st.composite
def count_results(
    draw: st.DrawFn,
    method: st.SearchStrategy[VotingMethod] | None = None,
    max_candidates: int = 5,
    max_ballots: int = 12,
) -> CountResult:
    """Results of real counts of drawn ballot boxes (every method), valid by construction.

    Example:
        >>> strategy = count_results(method=st.just(VotingMethod.SCHULZE))
    """
    box = draw(ballot_boxes(method, max_candidates=max_candidates, max_voters=max_ballots))
    return count_ballots(
        box.ballots,
        candidates=box.candidates,
        seats=box.seats,
        method=box.method,
        roll=box.roll,
        rules=box.rules,
        tie_break=draw(tie_breaks()),
    )


# --- The board (openinfra_model.board) -------------------------------------------------------


def personal_affiliations(
    organization: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[PersonalAffiliation]:
    """A person's link to an organisation: employee, officer, board member or contractor.

    Example:
        >>> strategy = personal_affiliations(organization=st.just("red-hat"))
    """

    @st.composite
    def build(draw: st.DrawFn) -> PersonalAffiliation:
        since = draw(st.none() | dates())
        kind = draw(st.sampled_from(AffiliationKind))
        earnings = money(max_value=Decimal(500_000))
        return PersonalAffiliation(
            organization=draw(organization if organization is not None else slugs()),
            kind=kind,
            since=since,
            until=draw(_until(since)),
            earnings_last_12_months=draw(
                st.none() | earnings if kind is AffiliationKind.CONTRACTOR else st.none()
            ),
        )

    return build()


@st.composite
def directors(
    draw: st.DrawFn,
    seat_class: st.SearchStrategy[SeatClass] | None = None,
    appointer: st.SearchStrategy[str] | None = None,
    term_start: st.SearchStrategy[date] | None = None,
) -> Director:
    """Directors of any class, with the appointer their class needs.

    Platinum directors name their appointing member, Individual ones none; a term end, if any,
    is on or after the start.

    Example:
        >>> strategy = directors(seat_class=st.just(SeatClass.INDIVIDUAL))
    """
    cls = draw(seat_class if seat_class is not None else st.sampled_from(SeatClass))
    by = appointer if appointer is not None else slugs()
    start = draw(term_start if term_start is not None else dates_near_changes())
    return Director(
        person=draw(slugs()),
        name=draw(_texts()),
        seat_class=cls,
        appointed_by={
            SeatClass.PLATINUM: draw(by),
            SeatClass.GOLD: draw(st.none() | by),
            SeatClass.INDIVIDUAL: None,
        }[cls],
        term_start=start,
        term_end=draw(_until(start)),
        affiliations=tuple(draw(st.lists(personal_affiliations(), max_size=2))),
    )


def annual_elections(
    held_on: st.SearchStrategy[date] | None = None, max_seats: int = 10
) -> st.SearchStrategy[AnnualElection]:
    """What an annual election fixed: the Gold and Individual seat counts, and selectors.

    Example:
        >>> strategy = annual_elections(max_seats=3)
    """
    return st.builds(
        AnnualElection,
        id=slugs(),
        held_on=held_on if held_on is not None else dates_near_changes(),
        gold_seats=st.integers(0, max_seats),
        individual_seats=st.integers(0, max_seats),
        gold_selectors=st.lists(slugs(), max_size=3, unique=True).map(tuple),
    )


def officers(person: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Officer]:
    """Officers of the board (chair, vice chair, secretary, treasurer, ...).

    Example:
        >>> strategy = officers(person=st.just("jk"))
    """

    @st.composite
    def build(draw: st.DrawFn) -> Officer:
        since = draw(dates())
        return Officer(
            person=draw(person if person is not None else slugs()),
            role=draw(st.sampled_from(OfficerRole)),
            since=since,
            until=draw(_until(since)),
        )

    return build()


def waivers(
    organization: st.SearchStrategy[str] | None = None,
    people: Sequence[str] = (),
) -> st.SearchStrategy[Waiver]:
    """Diversity waivers for directors drawn from ``people`` (any slugs when empty).

    Example:
        >>> strategy = waivers(people=("a", "b"))
    """

    @st.composite
    def build(draw: st.DrawFn) -> Waiver:
        granted = draw(dates())
        who = st.sampled_from(list(people)) if people else slugs()
        return Waiver(
            organization=draw(organization if organization is not None else slugs()),
            directors=tuple(draw(st.lists(who, min_size=1, max_size=3, unique=True))),
            granted=granted,
            until=draw(_until(granted)),
            votes_for=draw(st.none() | st.integers(0, 30)),
        )

    return build()


@st.composite
def boards(draw: st.DrawFn, max_directors: int = 6) -> Board:
    """Boards whose references resolve.

    People and seats are distinct; officers and waivers name directors of the board;
    directors name elections of the board.

    Example:
        >>> strategy = boards(max_directors=3)
    """
    elections = tuple(draw(st.lists(annual_elections(), max_size=2, unique_by=lambda e: e.id)))
    n = draw(st.integers(0, max_directors))
    people: list[Director] = []
    for k in range(n):
        d = draw(directors(appointer=st.just(f"org-{k}")))
        election = (
            draw(st.none() | st.sampled_from([e.id for e in elections])) if elections else None
        )
        people.append(attrs.evolve(d, person=f"person-{k}", election=election))
    ids = [d.person for d in people]
    return Board(
        name=draw(_texts()),
        directors=tuple(people),
        elections=elections,
        officers=tuple(draw(st.lists(officers(st.sampled_from(ids)), max_size=2))) if ids else (),
        waivers=tuple(draw(st.lists(waivers(people=ids), max_size=1))) if ids else (),
    )


@st.composite
def board_records(draw: st.DrawFn, max_platinum: int = 4, max_extra_gold: int = 3) -> BoardRecord:
    """A board consistent with its memberships from its annual election on.

    ``P`` Platinum members each appoint a director; ``G >= P`` Gold members select the ``P``
    Gold directors; ``P`` Individual directors; the annual election fixes ``P`` Gold and ``P``
    Individual seats; every director works for a different organisation (so the diversity
    limit holds). The election falls in the Delaware years, where the composition rules are
    checked on every day after it. :func:`~openinfra_model.board.check_board` on any day from
    the election to the end of 2024 finds the composition compliant.

    Example:
        >>> strategy = board_records(max_platinum=2)
    """
    held = draw(dates(date(2013, 1, 1), date(2024, 1, 31)))
    start = held + timedelta(days=draw(st.integers(0, 20)))
    p = draw(st.integers(1, max_platinum))
    g = p + draw(st.integers(0, max_extra_gold))
    joined = date(2012, 9, 1)
    platinum = [f"platinum-{i}" for i in range(p)]
    gold = [f"gold-{i}" for i in range(g)]
    ms = [
        Membership(organization=o, tier=Tier.PLATINUM, signed=joined, term_start=joined)
        for o in platinum
    ] + [Membership(organization=o, tier=Tier.GOLD, signed=joined, approved=joined) for o in gold]
    election = AnnualElection(
        id=f"election-{held.year}", held_on=held, gold_seats=p, individual_seats=p
    )

    def seat(k: int, cls: SeatClass, by: str | None, employer: str) -> Director:
        return Director(
            person=f"person-{k}",
            name=f"Person {k}",
            seat_class=cls,
            appointed_by=by,
            election=None if cls is SeatClass.PLATINUM else election.id,
            term_start=start,
            affiliations=(
                PersonalAffiliation(organization=employer, kind=AffiliationKind.EMPLOYEE),
            ),
        )

    people = (
        [seat(i, SeatClass.PLATINUM, o, o) for i, o in enumerate(platinum)]
        + [seat(p + i, SeatClass.GOLD, o, o) for i, o in enumerate(gold[:p])]
        + [seat(2 * p + i, SeatClass.INDIVIDUAL, None, f"employer-{i}") for i in range(p)]
    )
    board = Board(name="Board of Directors", directors=tuple(people), elections=(election,))
    return BoardRecord(board=board, memberships=tuple(ms))


@st.composite
def board_reports(draw: st.DrawFn) -> BoardReport:
    """Reports of :func:`~openinfra_model.board.check_board` on a consistent board."""
    record = draw(board_records())
    start = min(d.term_start for d in record.board.directors)
    day = draw(dates(start, max(start, date(2024, 12, 31))))
    return check_board(record.board, record.memberships, as_of=day)


def class_votes() -> st.SearchStrategy[ClassVote]:
    """A class vote's count: yes and no votes that fit within the eligible members."""

    @st.composite
    def build(draw: st.DrawFn) -> ClassVote:
        eligible = draw(st.integers(0, 500))
        yes = draw(st.integers(0, eligible))
        return ClassVote(
            member_class=draw(st.sampled_from(MemberClass)),
            yes=yes,
            no=draw(st.integers(0, eligible - yes)),
            eligible=eligible,
        )

    return build()


def meetings() -> st.SearchStrategy[Meeting]:
    """Board meetings with the directors who attended."""
    return st.builds(Meeting, held_on=dates(), attended=st.frozensets(slugs(), max_size=6))


def thresholds() -> st.SearchStrategy[Threshold]:
    """A share of a body (from 0 to 1) that must be met, or exceeded when ``strict``."""
    return st.builds(
        Threshold,
        share=st.fractions(min_value=0, max_value=1, max_denominator=12),
        strict=st.booleans(),
    )


def diversity_rules() -> st.SearchStrategy[DiversityRule]:
    """The Director Diversity Requirement as each period's text states it."""
    return st.sampled_from([w.value for w in DIVERSITY_REQUIREMENT.windows])


def affiliated_groups_results() -> st.SearchStrategy[AffiliatedGroups]:
    """Affiliated groups computed from the organisations of a drawn roster on a drawn day."""
    return st.builds(
        lambda roster, day: affiliated_groups(roster.organizations, as_of=day),
        rosters(max_memberships=0, max_individuals=0),
        dates_near_changes(),
    )


def membership_changes() -> st.SearchStrategy[MembershipChange]:
    """What a drawn change of control does to drawn memberships, one consequence at a time."""

    @st.composite
    def build(draw: st.DrawFn) -> MembershipChange:
        change = draw(control_changes())
        ms = [
            Membership(
                organization=change.target,
                tier=Tier.PLATINUM,
                signed=regimes.FIRST_DATE,
                term_start=regimes.FIRST_DATE,
            ),
            Membership(
                organization=change.acquirer,
                tier=draw(st.sampled_from([Tier.PLATINUM, Tier.GOLD])),
                signed=regimes.FIRST_DATE,
                approved=regimes.FIRST_DATE,
            ),
        ]
        found = control_change_consequences(change, ms)
        assume(found)
        return draw(st.sampled_from(found))

    return build()


# --- Elections (openinfra_model.elections) ----------------------------------------------------


def day_ranges(
    first: st.SearchStrategy[date] | None = None, max_days: int = 30
) -> st.SearchStrategy[DayRange]:
    """Day ranges (both days included) of at most ``max_days`` days.

    Example:
        >>> strategy = day_ranges(max_days=5)
    """
    return st.builds(
        lambda start, length: DayRange(start, start + timedelta(days=length)),
        first if first is not None else dates_near_changes(),
        st.integers(0, max_days - 1),
    )


@st.composite
def elections(draw: st.DrawFn, kind: st.SearchStrategy[ElectionKind] | None = None) -> Election:
    """Elections whose windows come in order: nominations and application before the vote.

    Example:
        >>> strategy = elections(kind=st.just(ElectionKind.INDIVIDUAL_DIRECTORS))
    """
    what = draw(kind if kind is not None else st.sampled_from(ElectionKind))
    voting = draw(day_ranges(dates_near_changes(min_value=date(2012, 10, 1)), max_days=7))
    before = voting.first - timedelta(days=1)
    nominations = draw(
        st.none() | day_ranges(dates(regimes.FIRST_DATE, before - timedelta(days=30)), 20)
    )
    return Election(
        id=draw(slugs()),
        kind=what,
        electorate=draw(st.sampled_from(Electorate)),
        seats=draw(st.integers(0, 8)),
        method=draw(st.sampled_from(VotingMethod)),
        voting=voting,
        nominations=nominations,
        application_deadline=draw(st.none() | dates(regimes.FIRST_DATE, before)),
        project=draw(slugs()) if what is ElectionKind.PROJECT_TEAM_LEAD else None,
    )


def vote_records(
    election: st.SearchStrategy[str] | None = None, voter: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[VoteRecord]:
    """That one voter cast a vote in one election (with the day, when known)."""
    return st.builds(
        VoteRecord,
        election=election if election is not None else slugs(),
        voter=voter if voter is not None else slugs(),
        cast_on=st.none() | dates(),
    )


def nominations() -> st.SearchStrategy[Nomination]:
    """A nomination received from a member on a day."""
    return st.builds(Nomination, nominator=slugs(), received=dates())


def candidacies() -> st.SearchStrategy[Candidacy]:
    """A candidate's nominations for one election, and when the application was completed."""
    return st.builds(
        Candidacy,
        candidate=slugs(),
        election=slugs(),
        nominations=st.lists(nominations(), max_size=12).map(tuple),
        application_completed=st.none() | dates(),
    )


def notices() -> st.SearchStrategy[Notice]:
    """A participation notice sent to a person."""
    return st.builds(Notice, person=slugs(), sent=dates())


def notice_responses() -> st.SearchStrategy[NoticeResponse]:
    """A person's answer to a participation notice."""
    return st.builds(NoticeResponse, person=slugs(), on=dates())


@st.composite
def board_calendars(draw: st.DrawFn) -> BoardCalendar:
    """Board election calendars in the vote's board year.

    Nominations, the application deadline and the Gold vote come before the Individual vote.
    """
    year = draw(st.integers(2013, LAST_DATE.year))
    vote = draw(day_ranges(dates(date(year, 1, 1), date(year, 1, 31)), max_days=7))
    before = vote.first - timedelta(days=1)
    return BoardCalendar(
        board_year=year,
        individual_vote=vote,
        gold_vote=draw(st.none() | day_ranges(dates(date(year - 1, 12, 1), before), 3)),
        nominations=draw(
            st.none() | day_ranges(dates(date(year - 1, 10, 1), before - timedelta(days=30)), 30)
        ),
        application_deadline=draw(st.none() | dates(date(year - 1, 11, 1), before)),
        special=draw(st.booleans()),
    )


def contributions() -> st.SearchStrategy[Contribution]:
    """A merged contribution to a project (TC/PTL electorates)."""
    return st.builds(
        Contribution,
        person=slugs(),
        project=slugs(),
        merged=dates(),
        kind=st.sampled_from(ContributionKind),
    )


def extra_contributors() -> st.SearchStrategy[ExtraContributor]:
    """An extra contributor approved for a project (or all), with the day approval expires."""
    return st.builds(
        lambda person, project, approved, days: ExtraContributor(
            person=person,
            project=project,
            approved=approved,
            expires=approved + timedelta(days=days),
        ),
        slugs(),
        st.none() | slugs(),
        dates(),
        st.integers(0, 800),
    )


def membership_spans() -> st.SearchStrategy[MembershipSpan]:
    """A period of individual membership in one program, open or closed."""

    @st.composite
    def build(draw: st.DrawFn) -> MembershipSpan:
        start = draw(dates())
        return MembershipSpan(
            person=draw(slugs()),
            program=draw(st.sampled_from(IndividualProgram)),
            start=start,
            end=draw(_until(start)),
        )

    return build()


@st.composite
def election_scenarios(draw: st.DrawFn, max_individuals: int = 10) -> ElectionScenario:
    """A roster, an Individual board election after its snapshot, and votes of its voters.

    Example:
        >>> strategy = election_scenarios(max_individuals=4)
    """
    roster = draw(rosters(max_individuals=max_individuals))
    first = roster.snapshot + timedelta(days=draw(st.integers(1, 400)))
    if first < regimes.LF_CLOSING <= first + timedelta(days=4):
        first = regimes.LF_CLOSING  # a vote does not straddle the closing
    election = Election(
        id=f"{first.year}-individual",
        kind=ElectionKind.INDIVIDUAL_DIRECTORS,
        electorate=(
            Electorate.INDIVIDUAL_MEMBERS
            if first < regimes.LF_CLOSING
            else Electorate.OIF_INDIVIDUAL_MEMBERS
        ),
        seats=draw(st.integers(1, 8)),
        method=default_method(ElectionKind.INDIVIDUAL_DIRECTORS, as_of=first),
        voting=DayRange(first, first + timedelta(days=4)),
    )
    on_roll = build_roll(election, roster).voters
    voters = draw(st.lists(st.sampled_from(on_roll), unique=True)) if on_roll else []
    votes = tuple(VoteRecord(election=election.id, voter=v, cast_on=first) for v in voters)
    return ElectionScenario(roster=roster, elections=(election,), votes=votes)


@st.composite
def rolls(draw: st.DrawFn) -> Roll:
    """Rolls built by :func:`~openinfra_model.elections.build_roll` from a drawn scenario."""
    scenario = draw(election_scenarios())
    return build_roll(scenario.elections[0], scenario.roster, explain=draw(st.booleans()))


@st.composite
def lifecycle_reviews(draw: st.DrawFn) -> LifecycleReview:
    """Participation reviews by :func:`~openinfra_model.elections.review_lifecycle`."""
    scenario = draw(election_scenarios())
    day = scenario.elections[0].voting.last + timedelta(days=draw(st.integers(1, 800)))
    return review_lifecycle(
        scenario.roster,
        scenario.elections,
        scenario.votes,
        as_of=day,
        policy=draw(st.sampled_from(ParticipationPolicy)),
    )


def lifecycle_actions() -> st.SearchStrategy[LifecycleAction]:
    """One notice, move or continuation, with the Decision behind it."""
    return st.builds(LifecycleAction, person=slugs(), on=dates(), decision=decisions())


# --- Counting: the parts of a result, and ballot boxes -----------------------------------------


def arithmetics() -> st.SearchStrategy[Arithmetic]:
    """Meek's arithmetic: the reference rule's fixed point, or exact with a digit grid."""
    return st.one_of(st.just(Arithmetic()), st.integers(6, 15).map(Arithmetic.exact))


def ballot_rules(max_seats: int = 8) -> st.SearchStrategy[BallotRules]:
    """Plurality, cumulative or restricted ballots for up to ``max_seats`` seats."""
    seats = st.integers(1, max_seats)
    return st.one_of(
        seats.map(BallotRules.plurality),
        seats.map(BallotRules.cumulative),
        seats.map(lambda n: BallotRules.restricted(votes=n)),
    )


def candidate_votes() -> st.SearchStrategy[CandidateVotes]:
    """One candidate's line of a round, from a real count."""
    return count_results().flatmap(
        lambda r: st.sampled_from(r.totals) if r.totals else st.nothing()
    )


def rounds() -> st.SearchStrategy[Round]:
    """One round of a real count."""
    return count_results().flatmap(
        lambda r: st.sampled_from(r.rounds) if r.rounds else st.nothing()
    )


def pairwise_counts() -> st.SearchStrategy[PairwiseCount]:
    """One pairwise defeat of a real Schulze count."""
    return count_results(method=st.just(VotingMethod.SCHULZE)).flatmap(
        lambda r: st.sampled_from(r.pairwise) if r.pairwise else st.nothing()
    )


def passed_overs() -> st.SearchStrategy[PassedOver]:
    """A candidate passed over in seating, with the Decision that says why."""
    return st.builds(PassedOver, candidate=slugs(), decision=decisions())


def set_aside_ballots() -> st.SearchStrategy[SetAsideBallot]:
    """A ballot set aside by validation, with its position, voter and reasons."""
    return st.builds(
        SetAsideBallot,
        index=st.integers(0, 10_000),
        voter=slugs(),
        reasons=st.lists(_texts(), min_size=1, max_size=3).map(tuple),
    )


def _blt_names() -> st.SearchStrategy[str]:
    # Any text BLT can quote: no double quote, no line break, no surrounding blanks.
    return _texts(min_size=0, max_size=12).map(
        lambda t: "".join(
            c for c in t if c not in '"\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'
        ).strip()
    )


def blt_ballots(names: tuple[str, ...] = ("a", "b", "c")) -> st.SearchStrategy[BltBallot]:
    """A BLT ballot line over ``names``: weighted, or one voter's with an id; ties allowed."""

    @st.composite
    def build(draw: st.DrawFn) -> BltBallot:
        order = draw(st.permutations(names))[: draw(st.integers(0, len(names)))]
        ranking: list[str | tuple[str, ...]] = []
        i = 0
        while i < len(order):
            size = draw(st.integers(1, len(order) - i))
            group = tuple(order[i : i + size])
            ranking.append(group[0] if size == 1 else group)
            i += size
        if draw(st.booleans()):
            return BltBallot(ranking=tuple(ranking), ballot_id=draw(slugs()))
        return BltBallot(ranking=tuple(ranking), weight=draw(st.integers(1, 10**6)))

    return build()


def blt_elections() -> st.SearchStrategy[BltElection]:
    """A BLT election that :func:`~openinfra_model.counting.dump_blt` can write.

    Example:
        >>> strategy = blt_elections()
    """

    @st.composite
    def build(draw: st.DrawFn) -> BltElection:
        names = tuple(draw(st.lists(_blt_names(), min_size=1, max_size=5, unique=True)))
        ballots = draw(st.lists(blt_ballots(names), max_size=6))
        seen: set[str] = set()
        unique = []
        for b in ballots:
            if b.ballot_id is None or b.ballot_id not in seen:
                unique.append(b)
                seen.add(b.ballot_id or "")
        return BltElection(
            title=draw(_blt_names()),
            candidates=names,
            seats=draw(st.integers(1, len(names))),
            withdrawn=tuple(c for c in names if draw(st.booleans())),
            ballots=tuple(unique),
            tie_order=tuple(draw(st.permutations(names))) if draw(st.booleans()) else (),
        )

    return build()


@attrs.frozen(kw_only=True)
class BallotBox:
    """A contest with its roll and its valid ballots.

    One ballot per voter, every voter on the roll; pass the fields to
    :func:`~openinfra_model.counting.count_ballots`.
    """

    candidates: tuple[str, ...]
    seats: int
    method: VotingMethod
    rules: BallotRules | None
    roll: tuple[str, ...]
    ballots: tuple[MarkedBallot, ...] | tuple[RankedBallot, ...]


@attrs.frozen(kw_only=True)
class ElectionScenario:
    """A roster, its elections and the votes cast in them.

    What a roll (:func:`~openinfra_model.elections.build_roll`) and a lifecycle review read.
    """

    roster: Roster
    elections: tuple[Election, ...]
    votes: tuple[VoteRecord, ...]


@st.composite
def ballot_boxes(
    draw: st.DrawFn,
    method: st.SearchStrategy[VotingMethod] | None = None,
    max_candidates: int = 5,
    max_voters: int = 12,
) -> BallotBox:
    """Valid ballot boxes: unique voters, all on the roll (which may hold abstainers).

    Example:
        >>> strategy = ballot_boxes(method=st.just(VotingMethod.MEEK_STV))
    """
    how = draw(method if method is not None else st.sampled_from(VotingMethod))
    cands = draw(_candidate_ids(max_candidates))
    seats = draw(st.integers(1, len(cands)))
    roll = tuple(f"voter-{i}" for i in range(draw(st.integers(0, max_voters))))
    voting = draw(st.lists(st.sampled_from(roll), unique=True)) if roll else []
    if how in RANKED_METHODS:
        ranked = tuple(draw(ranked_ballots(cands, st.just(v))) for v in voting)
        return BallotBox(
            candidates=cands, seats=seats, method=how, rules=None, roll=roll, ballots=ranked
        )
    rules = {
        VotingMethod.CUMULATIVE: BallotRules.cumulative(seats),
        VotingMethod.RESTRICTED: BallotRules.restricted(votes=max(1, seats - 1)),
    }.get(how, BallotRules.plurality(seats))
    marked = tuple(draw(marked_ballots(cands, rules, st.just(v))) for v in voting)
    return BallotBox(
        candidates=cands, seats=seats, method=how, rules=rules, roll=roll, ballots=marked
    )


def quorums() -> st.SearchStrategy[Quorum]:
    """What a count needs to decide its election's quorum.

    The kind, the day and the number eligible (``None`` makes the quorum check ``UNKNOWN``).
    """
    return st.builds(
        Quorum,
        kind=st.sampled_from(ElectionKind),
        as_of=dates_near_changes(),
        eligible=st.none() | st.integers(0, 120_000),
    )


def tc_waivers() -> st.SearchStrategy[TcWaiver]:
    """A TC vote waiving its affiliation limit: votes for out of the TC's members."""

    @st.composite
    def build(draw: st.DrawFn) -> TcWaiver:
        voted = draw(dates())
        members = draw(st.integers(0, 13))
        return TcWaiver(
            voted=voted,
            votes_for=draw(st.integers(0, members)),
            members=members,
            next_election=draw(_until(voted)),
        )

    return build()


# --- The bundled record (openinfra_model.record) ---------------------------------------------
# The record's own types describe the real foundation record: their values are drawn from it
# (a real organisation, membership, director, ...), not invented.


def _from_record(field: str) -> st.SearchStrategy[Any]:
    return st.deferred(lambda: st.sampled_from(getattr(foundation_record(), field)))


def foundation_records() -> st.SearchStrategy[FoundationRecord]:
    """The bundled foundation record."""
    return st.deferred(lambda: st.just(foundation_record()))


def record_organizations() -> st.SearchStrategy[RecordOrganization]:
    """An organisation of the bundled record, with its dated names."""
    return _from_record("organizations")


def dated_names() -> st.SearchStrategy[DatedName]:
    """A dated name of an organisation of the bundled record."""
    return (
        record_organizations()
        .filter(lambda o: bool(o.names))
        .flatmap(lambda o: st.sampled_from(o.names))
    )


def record_memberships() -> st.SearchStrategy[RecordMembership]:
    """A membership of the bundled record, with how exact its dates are."""
    return _from_record("memberships")


def record_elections() -> st.SearchStrategy[RecordElection]:
    """An annual election of the bundled record."""
    return _from_record("elections")


def record_directors() -> st.SearchStrategy[RecordDirector]:
    """A director term of the bundled record."""
    return _from_record("directors")


def record_officers() -> st.SearchStrategy[RecordOfficer]:
    """An officer term of the bundled record."""
    return _from_record("officers")


def vacancies() -> st.SearchStrategy[Vacancy]:
    """A recorded Platinum vacancy of the bundled record."""
    return _from_record("vacancies")


def board_gaps() -> st.SearchStrategy[BoardGap]:
    """A period in which the bundled record does not hold the whole board (2012-2019)."""
    return _from_record("board_gaps")


def source_refs() -> st.SearchStrategy[SourceRef]:
    """A source of the bundled record."""
    return st.deferred(
        lambda: st.sampled_from([v for _, v in sorted(foundation_record().sources.items())])
    )


def coverages() -> st.SearchStrategy[Coverage]:
    """What the bundled record covers, per kind of fact."""
    return st.deferred(lambda: st.sampled_from(sorted(record_coverage().values(), key=str)))


def replay_rows() -> st.SearchStrategy[ReplayRow]:
    """A row of the replay of the bundled record (one per date a board changed)."""
    return st.deferred(lambda: st.sampled_from(replay()))


def replay_findings() -> st.SearchStrategy[ReplayFinding]:
    """A finding of the replay (the record has findings on the 2020 board's dates)."""
    return st.deferred(lambda: st.sampled_from([f for row in replay() for f in row.findings]))


def synthetic_samples() -> st.SearchStrategy[SyntheticIndividuals]:
    """The bundled SYNTHETIC sample of individuals."""
    return st.deferred(lambda: st.just(synthetic_individuals()))


def vote_histories() -> st.SearchStrategy[VoteHistory]:
    """One election's voters in the SYNTHETIC sample."""
    return st.deferred(lambda: st.sampled_from(synthetic_individuals().votes))


# --- st.from_type registrations -------------------------------------------------------------
# One table, shared with the entry-point plugin (which registers the same strategies lazily,
# so ``st.from_type`` knows every public type whether or not this module was imported first).


def _register_all() -> None:
    for module_name, class_name, strategy_name in STRATEGY_TABLE:
        cls = getattr(importlib.import_module(module_name), class_name)
        if cls is Window:
            continue  # generic: the plugin's hook draws windows of the requested value type
        st.register_type_strategy(cls, globals()[strategy_name]())


_register_all()
