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

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from hypothesis import strategies as st

from openinfra_model import regimes
from openinfra_model.affiliation import ControlChange
from openinfra_model.citations import DOCUMENTS, Citation, Document
from openinfra_model.community import (
    HUBS_FOUNDED,
    CommunityData,
    HostedProject,
    HubParticipant,
    HubParticipation,
    Partnership,
    PartnershipKind,
    RegionalHub,
    check_hub_participation,
)
from openinfra_model.counting import (
    RANKED_METHODS,
    BallotRules,
    CountResult,
    MarkedBallot,
    RankedBallot,
    TieBreak,
    TieBreakRule,
    VotingMethod,
    count_ballots,
)
from openinfra_model.decisions import Check, Decision, Status
from openinfra_model.directed_funds import (
    DIRECTED_FUNDING_LAUNCH,
    FundBoardMember,
    FundParticipant,
    FundRole,
    ProjectFund,
)
from openinfra_model.dues import (
    DUES,
    DuesAssessment,
    DuesStatement,
    Fee,
    IndividualDues,
    dues_for,
    dues_owed,
    individual_dues,
)
from openinfra_model.errors import Problem
from openinfra_model.lf_era import (
    ClosingDirector,
    ClosingSeat,
    LinuxFoundationFee,
    LinuxFoundationFeeSchedule,
    linux_foundation_fee,
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
from openinfra_model.organizations import ControlLink, Organization, OrganizationKind
from openinfra_model.regimes import Confidence, Regime, Window, regime_on
from openinfra_model.rights import Rights, rights_of
from openinfra_model.roster import Roster
from openinfra_model.seating import Seating, seat_in_order
from openinfra_model.tiers import (
    GoldRenewalTerms,
    PlatinumRenewalTerms,
    PlatinumTerm,
    platinum_term,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "LAST_DATE",
    "aware_datetimes",
    "checks",
    "citations",
    "closing_directors",
    "community_data",
    "control_changes",
    "control_links",
    "count_results",
    "dates",
    "dates_near_changes",
    "decisions",
    "documents",
    "dues_assessments",
    "dues_statements",
    "fees",
    "fund_board_members",
    "fund_participants",
    "gold_renewal_terms",
    "hosted_projects",
    "hub_participants",
    "hub_participations",
    "individual_dues_results",
    "individuals",
    "linux_foundation_fee_schedules",
    "linux_foundation_fees",
    "linux_foundation_memberships",
    "marked_ballots",
    "memberships",
    "money",
    "organizations",
    "partnerships",
    "platinum_renewal_terms",
    "platinum_terms",
    "problems",
    "project_funds",
    "ranked_ballots",
    "regimes_on",
    "regional_hubs",
    "rights",
    "rosters",
    "seatings",
    "slugs",
    "statuses",
    "tie_breaks",
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
        latest: The last day ``member_since`` and the OIF agreement may fall on.

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
    return Individual(
        id=draw(id if id is not None else st.integers(0, 999_999).map(str)),
        name=draw(_texts()),
        status=status,
        member_since=since,
        oif_agreement_signed=draw(_optional_between(regimes.LF_CLOSING, latest)),
        employer=draw(employer if employer is not None else st.none() | slugs()),
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
    """Results of :func:`~openinfra_model.seat_in_order` under a random constraint.

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
    return dates_near_changes().map(regime_on)


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
    if ids:
        partners = draw(st.lists(st.sampled_from(ids), max_size=max_items, unique=True))
        links = [draw(partnerships(partner=st.just(p))) for p in partners]
    return CommunityData(
        organizations=tuple(orgs),
        hubs=tuple(draw(st.lists(regional_hubs(2), max_size=2, unique_by=lambda h: h.id))),
        projects=tuple(
            draw(st.lists(hosted_projects(), max_size=max_items, unique_by=lambda p: p.id))
        ),
        partnerships=tuple(links),
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
    :func:`~openinfra_model.check_project_fund` examines.

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
    """Fee answers computed by :func:`~openinfra_model.linux_foundation_fee` near the closing.

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
    return dues_owed(ms, as_of=day)


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
    """Hub participation answers computed by :func:`~openinfra_model.check_hub_participation`.

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
        return check_hub_participation(org, hub, held, as_of=day)

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
    """Results of real counts of drawn ballots (every method), valid by construction.

    Example:
        >>> strategy = count_results(method=st.just(VotingMethod.SCHULZE))
    """
    how = draw(method if method is not None else st.sampled_from(VotingMethod))
    cands = draw(_candidate_ids(max_candidates))
    seats = draw(st.integers(1, len(cands)))
    n = draw(st.integers(0, max_ballots))
    voters = [f"voter-{i}" for i in range(n)]
    ballots: list[MarkedBallot] | list[RankedBallot]
    rules = None
    if how in RANKED_METHODS:
        ballots = [draw(ranked_ballots(cands, st.just(v))) for v in voters]
    else:
        rules = {
            VotingMethod.CUMULATIVE: BallotRules.cumulative(seats),
            VotingMethod.RESTRICTED: BallotRules.restricted(votes=max(1, seats - 1)),
        }.get(how, BallotRules.plurality(seats))
        ballots = [draw(marked_ballots(cands, rules, st.just(v))) for v in voters]
    return count_ballots(
        ballots,
        candidates=cands,
        seats=seats,
        method=how,
        roll=voters,
        rules=rules,
        tie_break=draw(tie_breaks()),
    )


# --- st.from_type registrations -------------------------------------------------------------
# The types of the sections above, registered at import (the core types are registered
# lazily by the entry-point plugin, _hypothesis_plugin.py).

_REGISTERED: tuple[tuple[type[Any], st.SearchStrategy[Any]], ...] = (
    # dues, tiers, rights
    (Fee, fees()),
    (DuesAssessment, dues_assessments()),
    (DuesStatement, dues_statements()),
    (IndividualDues, individual_dues_results()),
    (Rights, rights()),
    (PlatinumTerm, platinum_terms()),
    (GoldRenewalTerms, gold_renewal_terms()),
    (PlatinumRenewalTerms, platinum_renewal_terms()),
    # funds, LF era, community
    (HubParticipant, hub_participants()),
    (RegionalHub, regional_hubs()),
    (HostedProject, hosted_projects()),
    (Partnership, partnerships()),
    (CommunityData, community_data()),
    (HubParticipation, hub_participations()),
    (FundParticipant, fund_participants()),
    (FundBoardMember, fund_board_members()),
    (ProjectFund, project_funds()),
    (LinuxFoundationFeeSchedule, linux_foundation_fee_schedules()),
    (LinuxFoundationFee, linux_foundation_fees()),
    (ClosingDirector, closing_directors()),
    (ControlChange, control_changes()),
    # counting
    (RankedBallot, ranked_ballots(("cand-0", "cand-1", "cand-2"))),
    (MarkedBallot, marked_ballots(("cand-0", "cand-1", "cand-2"), BallotRules.cumulative(2))),
    (TieBreak, tie_breaks()),
    (CountResult, count_results()),
)
for _type, _values in _REGISTERED:
    st.register_type_strategy(_type, _values)
