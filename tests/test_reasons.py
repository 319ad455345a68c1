"""Every rule id's reason names its key facts (issue 12, item 10).

A reason tells a foundation staffer why a check came out as it did. For every registered rule
id, the table below has at least one scenario that runs a real rule function and the facts
its reason must name: the numbers, dates and names, the limit and what it limits, the window
or clause that decided, and for ``UNKNOWN`` the missing fact. The tests assert the facts, never
the wording. A rule id missing from the table fails :class:`TestCoverage`, so a new rule
comes with a pinned reason.

The three kinds of fault the audit looked for: a reason that states a wrong cause, one that
omits what a limit applies to, and one that describes the wrong event.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import partial
from typing import TYPE_CHECKING

import attrs
import pytest

from openinfra_model import (
    Board,
    Citation,
    Director,
    FeeLevel,
    Individual,
    IndividualStatus,
    Membership,
    Roster,
    SeatClass,
    Status,
    Tier,
    check_board,
)
from openinfra_model.board import (
    AffiliatedGroups,
    AffiliationKind,
    AnnualElection,
    ClassVote,
    ControlChange,
    Meeting,
    MeetingCaller,
    MemberClass,
    PersonalAffiliation,
    Waiver,
    check_amendment_effective_date,
    check_applicant_affiliation,
    check_bylaws_amendment,
    check_charter_amendment,
    check_diversity,
    check_new_director,
    check_quorum,
    check_removal_for_cause,
    check_resolution,
    check_special_meeting_call,
    check_vacancy_fill,
    check_waiver_vote,
    check_written_consent,
    control_change_consequences,
    diversity_constraint,
)
from openinfra_model.community import (
    OrganizationRegion,
    Region,
    RegionalHub,
    check_hub_participation,
)
from openinfra_model.core.decisions import Decision
from openinfra_model.core.rules import RULES
from openinfra_model.counting import affiliation_cap, tc_affiliation_limit
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
    Nomination,
    Notice,
    NoticeResponse,
    ParticipationPolicy,
    TcWaiver,
    VoteRecord,
    VotingMethod,
    check_board_candidate,
    check_calendar,
    check_gold_voter,
    check_individual_voter,
    check_meeting_notice,
    check_platinum_voter,
    check_ptl_candidate,
    check_tc_affiliation,
    check_tc_candidate,
    check_technical_voter,
    check_vote_cast,
    check_vote_window,
    check_window_voter,
    review_lifecycle,
    tc_seat_constraint,
)
from openinfra_model.elections import check_quorum as check_election_quorum
from openinfra_model.elections import history as h
from openinfra_model.funds import (
    ClosingDirector,
    ClosingSeat,
    FundBoardMember,
    FundParticipant,
    FundRole,
    ProjectFund,
    check_closing_transition,
    check_fund_board_vote,
    check_project_fund,
    linux_foundation_fee,
)
from openinfra_model.membership import (
    Approver,
    LinuxFoundationLevel,
    LinuxFoundationMembership,
    Right,
    check_board_approval_timing,
    check_directed_fund_member,
    check_gold_approval,
    check_gold_renewal,
    check_legacy_startup_eligibility,
    check_lf_membership,
    check_member_caps,
    check_membership_in_force,
    check_oif_individual_member,
    check_platinum_renewal,
    check_platinum_requirements,
    check_right,
    dues_for,
    individual_dues,
    platinum_term,
)
from openinfra_model.membership.dues import DUES, tiers_on
from openinfra_model.record import ReplayRow, replay

if TYPE_CHECKING:
    from openinfra_model import Check
    from openinfra_model.record import ReplayFinding


@attrs.frozen
class Case:
    """One scenario: a rule run on real facts, the check it must give, the facts it must name.

    Attributes:
        rule_id: The id of the check the scenario is about.
        status: The status that check must have.
        decide: Runs the rule.
        facts: Strings the check's reason must contain.
        label: Tells scenarios of the same id and status apart.
        absent: Strings the reason must not contain (a wrong cause it once gave).
    """

    rule_id: str
    status: Status
    decide: Callable[[], Decision | ReplayRow]
    facts: tuple[str, ...]
    label: str = ""
    absent: tuple[str, ...] = ()

    @property
    def test_id(self) -> str:
        """The pytest id: rule id, status, label."""
        return "-".join(p for p in (self.rule_id, self.status.name.lower(), self.label) if p)


CASES: list[Case] = []


def case(
    rule_id: str,
    status: Status,
    decide: Callable[[], Decision | ReplayRow],
    *facts: str,
    label: str = "",
    absent: tuple[str, ...] = (),
) -> None:
    """Add a scenario to the table."""
    CASES.append(Case(rule_id, status, decide, facts, label, absent))


def _check(result: Decision | ReplayRow, rule_id: str, status: Status) -> Check | ReplayFinding:
    """The first check (or replay finding) of ``result`` with ``rule_id`` and ``status``."""
    checks = result.checks if isinstance(result, Decision) else result.findings
    found = [c for c in checks if c.rule_id == rule_id]
    assert [] != found, f"{rule_id} not in {[c.rule_id for c in checks]}"
    with_status = [c for c in found if c.status is status]
    assert [] != with_status, f"{rule_id}: {[(c.status, c.reason) for c in found]}"
    return with_status[0]


# --- Membership (Article II): tiers, effective dates, dues, rights, the LF member program ---


def _membership(tier: Tier = Tier.PLATINUM, **kw: object) -> Membership:
    values: dict[str, object] = {
        "organization": "acme",
        "tier": tier,
        "signed": date(2024, 5, 2),
        "approved": date(2024, 6, 1),
        "approver": Approver.BOARD,
        "contributor_ftes": Decimal(2),
    }
    values.update(kw)
    return Membership(**values)  # type: ignore[arg-type]


_EARLY = date(2024, 5, 31)
_GOLD_2022 = _membership(
    Tier.GOLD, signed=date(2022, 3, 1), approved=date(2022, 3, 10), approver=Approver.BOARD
)

case(
    "membership.effective_date",
    Status.PASSED,
    lambda: check_membership_in_force(_membership(), as_of=date(2024, 6, 1)),
    "2024-06-01",
    "platinum",
)
case(
    "membership.effective_date",
    Status.FAILED,
    lambda: check_membership_in_force(_membership(), as_of=_EARLY),
    "2024-06-01",
    "2024-05-31",
    label="not_yet",
)
case(
    "membership.effective_date",
    Status.FAILED,
    lambda: check_membership_in_force(
        _membership(term_end=date(2024, 12, 31)), as_of=date(2025, 1, 2)
    ),
    "ended",
    "2024-12-31",
    label="ended",
)
case(
    "membership.effective_date",
    Status.FAILED,
    lambda: check_membership_in_force(_membership(approved=None), as_of=date(2025, 1, 2)),
    "not been approved",
    label="unapproved",
)
case(
    "membership.platinum.fte",
    Status.FAILED,
    lambda: check_platinum_requirements(
        _membership(contributor_ftes=Decimal(1)), as_of=date(2024, 6, 1)
    ),
    "1 ",
    "at least 2",
    "full-time",
)
case(
    "membership.platinum.fte",
    Status.PASSED,
    lambda: check_platinum_requirements(_membership(), as_of=date(2024, 6, 1)),
    "2 ",
    "at least 2",
)
case(
    "membership.platinum.fte",
    Status.UNKNOWN,
    lambda: check_platinum_requirements(
        _membership(contributor_ftes=None), as_of=date(2024, 6, 1)
    ),
    "not recorded",
    "at least 2",
)
case(
    "membership.platinum.approval",
    Status.PASSED,
    lambda: check_platinum_requirements(_membership(), as_of=date(2024, 6, 1)),
    "board",
    "2024-06-01",
)
case(
    "membership.platinum.approval",
    Status.FAILED,
    lambda: check_platinum_requirements(_membership(), as_of=_EARLY),
    "2024-05-31",
    "2024-06-01",
    label="not_yet",
)
case(
    "membership.platinum.approval",
    Status.FAILED,
    lambda: check_platinum_requirements(
        _membership(approver=Approver.EXECUTIVE_DIRECTOR), as_of=date(2024, 6, 1)
    ),
    "executive director",
    "board",
    label="wrong_approver",
)
case(
    "membership.platinum.approval",
    Status.UNKNOWN,
    lambda: check_platinum_requirements(_membership(approver=None), as_of=date(2024, 6, 1)),
    "2024-06-01",
    "not recorded",
    "board",
)
case(
    "membership.platinum.requirements",
    Status.NOT_APPLICABLE,
    lambda: check_platinum_requirements(_GOLD_2022, as_of=date(2022, 6, 1)),
    "gold",
    "platinum",
)
case(
    "membership.gold.approval",
    Status.PASSED,
    lambda: check_gold_approval(
        _membership(Tier.GOLD, signed=date(2016, 11, 1), approved=date(2016, 11, 17)),
        as_of=date(2017, 1, 1),
    ),
    "board",
    "2016-11-17",
)
case(
    "membership.gold.approval",
    Status.UNKNOWN,
    lambda: check_gold_approval(_GOLD_2022, as_of=date(2022, 6, 1)),
    "2022-03-10",
    "§4.5",
    "§1(a)",
    "Executive Director",
    label="board_after_launch",
)
case(
    "membership.gold.approval",
    Status.UNKNOWN,
    lambda: check_gold_approval(
        _membership(Tier.GOLD, signed=date(2025, 7, 1), approved=date(2025, 7, 2)),
        as_of=date(2025, 8, 1),
    ),
    "no source",
    "2025-07-02",
    label="lf_era",
)
case(
    "membership.gold.approval",
    Status.NOT_APPLICABLE,
    lambda: check_gold_approval(_membership(), as_of=date(2024, 6, 1)),
    "platinum",
    "gold",
)
case(
    "membership.approval.year_end",
    Status.PASSED,
    lambda: check_board_approval_timing(
        _membership(Tier.GOLD, signed=date(2021, 12, 1), approved=date(2022, 1, 25)),
        as_of=date(2022, 2, 1),
    ),
    "2022-01-25",
    "25 days",
    "2021-12-31",
)
case(
    "membership.approval.year_end",
    Status.UNKNOWN,
    lambda: check_board_approval_timing(
        _membership(Tier.GOLD, signed=date(2021, 12, 1), approved=date(2022, 1, 26)),
        as_of=date(2022, 2, 1),
    ),
    "2022-01-26",
    "26 days",
    "2021-12-31",
    "25",
    label="outside",
)
case(
    "membership.approval.year_end",
    Status.UNKNOWN,
    lambda: check_board_approval_timing(_membership(approved=None), as_of=date(2024, 6, 1)),
    "no approval",
    "2024-06-01",
    label="unapproved",
)
case(
    "membership.approval.year_end",
    Status.NOT_APPLICABLE,
    lambda: check_board_approval_timing(_membership(Tier.SILVER), as_of=date(2024, 7, 1)),
    "silver",
    "Gold",
    "Platinum",
    label="tier",
)
case(
    "membership.approval.year_end",
    Status.NOT_APPLICABLE,
    lambda: check_board_approval_timing(
        _membership(Tier.GOLD, approver=Approver.EXECUTIVE_DIRECTOR), as_of=date(2024, 7, 1)
    ),
    "executive director",
    "Board",
    label="approver",
)
case(
    "membership.platinum.term",
    Status.PASSED,
    lambda: (
        platinum_term(
            _membership(signed=date(2023, 5, 2), approved=date(2023, 6, 1)), as_of=date(2025, 3, 1)
        ).decision
    ),
    "2024-01-01",
    "2026-12-31",
    "3-year",
    "inferred",
)
case(
    "membership.platinum.term",
    Status.FAILED,
    lambda: platinum_term(_membership(), as_of=_EARLY).decision,
    "2024-05-31",
    "2024-06-01",
    label="not_yet",
)
case(
    "membership.platinum.term",
    Status.FAILED,
    lambda: (
        platinum_term(
            _membership(term_start=date(2024, 6, 1), term_end=date(2024, 12, 31)),
            as_of=date(2025, 1, 2),
        ).decision
    ),
    "ended",
    "2024-12-31",
    label="ended",
)
case(
    "membership.platinum.term",
    Status.UNKNOWN,
    lambda: platinum_term(_membership(), as_of=date(2025, 7, 1)).decision,
    "LF charter",
    label="lf_era",
)
case(
    "membership.platinum.term",
    Status.NOT_APPLICABLE,
    lambda: platinum_term(_GOLD_2022, as_of=date(2022, 6, 1)).decision,
    "gold",
    "platinum",
)
_RENEWING = _membership(signed=date(2020, 10, 1), approved=date(2020, 10, 1))
case(
    "membership.platinum.renewal.notice",
    Status.PASSED,
    lambda: check_platinum_renewal(
        _RENEWING, as_of=date(2023, 7, 1), notice_sent=date(2023, 2, 1)
    ),
    "2023-02-01",
    "2022-12-31",
    "2023-03-31",
    "2023-12-31",
)
case(
    "membership.platinum.renewal.notice",
    Status.FAILED,
    lambda: check_platinum_renewal(_RENEWING, as_of=date(2023, 7, 1)),
    "no notice",
    "2022-12-31",
    "2023-03-31",
    "2023-12-31",
)
case(
    "membership.platinum.renewal.notice",
    Status.UNKNOWN,
    lambda: check_platinum_renewal(_RENEWING, as_of=date(2023, 1, 1)),
    "no notice",
    "2023-03-31",
)
case(
    "membership.platinum.renewal.answer",
    Status.PASSED,
    lambda: check_platinum_renewal(_RENEWING, as_of=date(2023, 7, 1), answered=date(2023, 6, 30)),
    "2023-06-30",
)
case(
    "membership.platinum.renewal.answer",
    Status.FAILED,
    lambda: check_platinum_renewal(_RENEWING, as_of=date(2023, 7, 2), answered=date(2023, 7, 1)),
    "2023-07-01",
    "2023-06-30",
)
case(
    "membership.platinum.renewal.answer",
    Status.UNKNOWN,
    lambda: check_platinum_renewal(_RENEWING, as_of=date(2023, 6, 1)),
    "no answer",
    "2023-06-30",
    "2023-12-31",
)
_GOLD_2021 = _membership(Tier.GOLD, signed=date(2021, 3, 1), approved=date(2021, 3, 2))
case(
    "membership.gold.renewal",
    Status.PASSED,
    lambda: check_gold_renewal(
        _GOLD_2021, as_of=date(2023, 11, 2), notice_given=date(2023, 11, 1)
    ),
    "2023-11-01",
)
case(
    "membership.gold.renewal",
    Status.FAILED,
    lambda: check_gold_renewal(
        _GOLD_2021, as_of=date(2023, 11, 3), notice_given=date(2023, 11, 2)
    ),
    "2023-11-02",
    "2023-11-01",
    "2023-12-31",
    label="late",
)
case(
    "membership.gold.renewal",
    Status.FAILED,
    lambda: check_gold_renewal(_GOLD_2021, as_of=date(2023, 11, 2), notice_given=None),
    "no renewal notice",
    "2023-11-01",
    "2023-12-31",
    label="none",
)
case(
    "membership.gold.renewal",
    Status.UNKNOWN,
    lambda: check_gold_renewal(
        _GOLD_2021, as_of=date(2023, 10, 1), notice_given=date(2022, 10, 1)
    ),
    "2022-10-01",
    "2023",
    "2023-11-01",
)
case(
    "membership.gold.renewal",
    Status.NOT_APPLICABLE,
    lambda: check_gold_renewal(_membership(), as_of=date(2024, 7, 1), notice_given=None),
    "platinum",
    "gold",
)


def _members(tier: Tier, count: int, start: date) -> list[Membership]:
    return [
        Membership(organization=f"m{i}", tier=tier, signed=start, term_start=start)
        for i in range(count)
    ]


case(
    "membership.platinum.cap",
    Status.FAILED,
    lambda: check_member_caps(
        _members(Tier.PLATINUM, 9, date(2012, 8, 20)), as_of=date(2020, 12, 31)
    ),
    "9 platinum members",
    "at most 8",
)
case(
    "membership.platinum.cap",
    Status.PASSED,
    lambda: check_member_caps(
        _members(Tier.PLATINUM, 8, date(2012, 8, 20)), as_of=date(2020, 12, 31)
    ),
    "8 platinum members",
    "at most 8",
)
case(
    "membership.platinum.cap",
    Status.NOT_APPLICABLE,
    lambda: check_member_caps(
        _members(Tier.PLATINUM, 9, date(2012, 8, 20)), as_of=date(2021, 1, 1)
    ),
    "9 platinum members",
    "no cap",
    "2021-01-01",
)
case(
    "membership.gold.cap",
    Status.FAILED,
    lambda: check_member_caps(_members(Tier.GOLD, 25, date(2012, 8, 20)), as_of=date(2016, 1, 1)),
    "25 gold members",
    "at most 24",
)
case(
    "membership.gold.cap",
    Status.PASSED,
    lambda: check_member_caps(_members(Tier.GOLD, 24, date(2012, 8, 20)), as_of=date(2016, 1, 1)),
    "24 gold members",
    "at most 24",
)

# Dues: every tier and level, on a day of the 2021 price list and on one before it.
_DUES_TIERS = (
    Tier.PLATINUM,
    Tier.GOLD,
    Tier.SILVER,
    Tier.ASSOCIATE,
    Tier.CORPORATE_SPONSOR,
    Tier.STARTUP_SPONSOR,
)


def _dues(tier: Tier, level: FeeLevel, day: date) -> Decision:
    return dues_for(tier, level, as_of=day).decision


def _individual_dues(status: IndividualStatus, day: date) -> Decision:
    return individual_dues(status, as_of=day).decision


def _holder_right(holder: Tier | IndividualStatus, right: Right, day: date) -> Decision:
    return check_right(holder, right, as_of=day)


for _tier in _DUES_TIERS:
    for _level in FeeLevel:
        for _day in (date(2014, 1, 15), date(2022, 6, 7), date(2025, 7, 1)):
            _d = dues_for(_tier, _level, as_of=_day)
            _facts: tuple[str, ...] = (_tier.value,)
            if _d.amount is not None:
                _facts = (_tier.value, f"${_d.amount:,}")
            elif _d.decision.outcome is Status.NOT_APPLICABLE:
                _gone = (_tier, _level) in DUES and _tier not in tiers_on(as_of=_day)
                _facts = (_tier.value, _day.isoformat() if _gone else _level.value)
            case(
                f"dues.{_tier.value}.{_level.value}",
                _d.decision.outcome,
                partial(_dues, _tier, _level, _day),
                *_facts,
                label=_day.isoformat(),
            )
case(
    "dues.gold.established",
    Status.UNKNOWN,
    lambda: dues_for(Tier.GOLD, as_of=date(2014, 1, 15)).decision,
    "revenue",
    "not recorded",
    label="revenue",
)
case(
    "dues.gold.established",
    Status.PASSED,
    lambda: (
        dues_for(
            Tier.GOLD, as_of=date(2014, 1, 15), annual_revenue=Decimal(10_000_000_000)
        ).decision
    ),
    "$10,000,000,000.00",
    "$200,000.00",
    "maximum",
    label="revenue",
)
for _status in IndividualStatus:
    case(
        f"dues.individual.{_status.value}",
        Status.PASSED,
        partial(_individual_dues, _status, date(2022, 1, 1)),
        _status.value,
        "free",
    )
    case(
        f"dues.individual.{_status.value}",
        Status.UNKNOWN,
        partial(_individual_dues, _status, date(2014, 1, 1)),
        "2021",
        label="before_2021",
    )

# Rights: every holder and right, on a day of the join page's lists and in the LF era.
for _holder in (*Tier, *IndividualStatus):
    for _right in Right:
        for _day in (date(2020, 6, 1), date(2022, 6, 1), date(2025, 7, 1)):
            _c = check_right(_holder, _right, as_of=_day).checks[0]
            case(
                _c.rule_id,
                _c.status,
                partial(_holder_right, _holder, _right, _day),
                *{
                    Status.PASSED: (_holder.value,),
                    Status.FAILED: (_holder.value,),
                    Status.NOT_APPLICABLE: (_holder.value,),
                    Status.UNKNOWN: (),
                }[_c.status],
                label=_day.isoformat(),
            )

_LF_GOLD = LinuxFoundationMembership(level=LinuxFoundationLevel.GOLD, since=date(2025, 6, 1))
case(
    "lf.member.class",
    Status.PASSED,
    lambda: check_lf_membership(
        _membership(Tier.GOLD, linux_foundation=_LF_GOLD), as_of=date(2025, 7, 1)
    ),
    "gold",
)
case(
    "lf.member.class",
    Status.FAILED,
    lambda: check_lf_membership(
        _membership(Tier.CORPORATE_SPONSOR, linux_foundation=_LF_GOLD), as_of=date(2025, 7, 1)
    ),
    "corporate_sponsor",
    "Platinum, Gold, Silver",
)
case(
    "lf.member.linux_foundation",
    Status.PASSED,
    lambda: check_lf_membership(
        _membership(Tier.GOLD, linux_foundation=_LF_GOLD), as_of=date(2025, 7, 1)
    ),
    "gold",
    "2025-07-01",
)
case(
    "lf.member.linux_foundation",
    Status.FAILED,
    lambda: check_lf_membership(_membership(Tier.GOLD), as_of=date(2025, 7, 1)),
    "acme",
    "no Linux Foundation membership",
    label="none",
)
case(
    "lf.member.linux_foundation",
    Status.FAILED,
    lambda: check_lf_membership(
        _membership(
            Tier.GOLD,
            linux_foundation=attrs.evolve(_LF_GOLD, until=date(2025, 7, 1)),
        ),
        as_of=date(2025, 7, 1),
    ),
    "acme",
    "2025-06-01",
    "2025-07-01",
    label="lapsed",
)
case(
    "lf.member.linux_foundation",
    Status.FAILED,
    lambda: check_lf_membership(
        _membership(Tier.ASSOCIATE, linux_foundation=_LF_GOLD), as_of=date(2025, 7, 1)
    ),
    "acme",
    "LF Associate",
    "gold",
    label="associate",
)
case(
    "lf.member.linux_foundation",
    Status.UNKNOWN,
    lambda: check_lf_membership(
        _membership(
            Tier.GOLD,
            linux_foundation=attrs.evolve(_LF_GOLD, level=LinuxFoundationLevel.ASSOCIATE),
        ),
        as_of=date(2025, 7, 1),
    ),
    "acme",
    "LF Associate",
    "at any level",
)
case(
    "lf.member.linux_foundation",
    Status.NOT_APPLICABLE,
    lambda: check_lf_membership(_membership(Tier.GOLD), as_of=date(2025, 5, 31)),
    "2025-05-31",
    "2025-06-01",
)
_LEGACY = _membership(
    Tier.SILVER,
    fee_level=FeeLevel.LEGACY_STARTUP,
    signed=date(2025, 7, 1),
    approved=None,
    startup_agreement_signed=date(2022, 3, 1),
)
case(
    "lf.member.legacy_startup",
    Status.PASSED,
    lambda: check_legacy_startup_eligibility(_LEGACY, as_of=date(2025, 7, 1)),
    "2022-03-01",
    "closing",
)
case(
    "lf.member.legacy_startup",
    Status.FAILED,
    lambda: check_legacy_startup_eligibility(
        attrs.evolve(_LEGACY, startup_agreement_signed=date(2025, 6, 1)), as_of=date(2025, 7, 1)
    ),
    "2025-06-01",
    "closing",
    label="late",
)
case(
    "lf.member.legacy_startup",
    Status.FAILED,
    lambda: check_legacy_startup_eligibility(
        attrs.evolve(_LEGACY, startup_agreement_signed=None), as_of=date(2025, 7, 1)
    ),
    "acme",
    "Startup Agreement",
    label="none",
)
case(
    "lf.member.legacy_startup",
    Status.FAILED,
    lambda: check_legacy_startup_eligibility(
        attrs.evolve(_LEGACY, tier=Tier.PLATINUM), as_of=date(2025, 7, 1)
    ),
    "Gold and Silver",
    "platinum",
    label="tier",
)
case(
    "lf.member.legacy_startup",
    Status.NOT_APPLICABLE,
    lambda: check_legacy_startup_eligibility(
        attrs.evolve(_LEGACY, fee_level=FeeLevel.ESTABLISHED), as_of=date(2025, 7, 1)
    ),
    "acme",
    "established",
)
_PERSON = Individual(
    id="1",
    name="Ada Lovelace",
    status=IndividualStatus.FOUNDATION_MEMBER,
    member_since=date(2019, 1, 1),
    oif_agreement_signed=date(2025, 7, 1),
    oif_registry_added=date(2025, 7, 3),
)
case(
    "lf.individual.agreement",
    Status.PASSED,
    lambda: check_oif_individual_member(_PERSON, as_of=date(2025, 7, 3)),
    "2025-07-03",
    "Registry",
)
case(
    "lf.individual.agreement",
    Status.FAILED,
    lambda: check_oif_individual_member(_PERSON, as_of=date(2025, 7, 2)),
    "2025-07-03",
    "2025-07-02",
    label="registry_later",
)
case(
    "lf.individual.agreement",
    Status.FAILED,
    lambda: check_oif_individual_member(
        attrs.evolve(_PERSON, oif_registry_added=None), as_of=date(2025, 6, 30)
    ),
    "2025-07-01",
    "2025-06-30",
    label="signs_later",
)
case(
    "lf.individual.agreement",
    Status.UNKNOWN,
    lambda: check_oif_individual_member(
        attrs.evolve(_PERSON, oif_registry_added=None), as_of=date(2025, 7, 3)
    ),
    "2025-07-01",
    "Registry",
    "not recorded",
)
case(
    "lf.individual.agreement",
    Status.NOT_APPLICABLE,
    lambda: check_oif_individual_member(_PERSON, as_of=date(2025, 5, 31)),
    "2025-05-31",
    "2025-06-01",
)
case(
    "lf.member.directed_fund",
    Status.FAILED,
    lambda: check_directed_fund_member(_PERSON, as_of=date(2025, 8, 1)),
    "Ada Lovelace",
    "not Members of the Directed Fund",
)
case(
    "lf.member.directed_fund",
    Status.NOT_APPLICABLE,
    lambda: check_directed_fund_member(_PERSON, as_of=date(2025, 5, 31)),
    "2025-05-31",
    "directed fund",
)


# --- Board (Article IV): composition, affiliation, diversity, meetings, amendments ---


def _director(
    person: str,
    cls: SeatClass,
    by: str | None = None,
    *,
    start: date = date(2023, 1, 31),
    end: date | None = None,
    orgs: tuple[str, ...] = (),
    kind: AffiliationKind = AffiliationKind.EMPLOYEE,
    since: date | None = None,
    election: str | None = None,
) -> Director:
    return Director(
        person=person,
        name=person.title(),
        seat_class=cls,
        appointed_by=by,
        term_start=start,
        term_end=end,
        election=election,
        affiliations=tuple(
            PersonalAffiliation(organization=o, kind=kind, since=since) for o in orgs
        ),
    )


def _member(org: str, tier: Tier, start: date, end: date | None = None) -> Membership:
    return Membership(organization=org, tier=tier, signed=start, term_start=start, term_end=end)


_Y23 = date(2023, 1, 1)
_BOARD_MEMBERS = (
    _member("p1", Tier.PLATINUM, _Y23),
    _member("p2", Tier.PLATINUM, _Y23),
    _member("p3", Tier.PLATINUM, _Y23),
    _member("g1", Tier.GOLD, _Y23),
    _member("g2", Tier.GOLD, _Y23),
    Membership(
        organization="late", tier=Tier.PLATINUM, signed=date(2023, 5, 2), approved=date(2023, 6, 1)
    ),
    _member("gone", Tier.PLATINUM, date(2021, 1, 1), date(2022, 12, 31)),
)
_BOARD = Board(
    directors=(
        _director("ann", SeatClass.PLATINUM, "p1", orgs=("acme",)),
        _director("bob", SeatClass.PLATINUM, "late"),
        _director("cid", SeatClass.PLATINUM, "gone"),
        _director("dee", SeatClass.GOLD, "g1", orgs=("acme",), election="2023"),
        _director("eve", SeatClass.GOLD),
        _director("fay", SeatClass.GOLD, "p2", election="2023"),
        _director("gus", SeatClass.INDIVIDUAL, orgs=("acme",)),
        _director("hal", SeatClass.INDIVIDUAL, orgs=("acme",)),
        _director("ivy", SeatClass.INDIVIDUAL),
        _director("jo", SeatClass.INDIVIDUAL),
    ),
    elections=(
        AnnualElection(
            id="2023",
            held_on=date(2023, 1, 13),
            gold_seats=2,
            individual_seats=3,
            gold_selectors=("g1", "p2"),
        ),
    ),
)


def _report(board: Board = _BOARD, day: date = date(2023, 6, 1)) -> Decision:
    r = check_board(board, _BOARD_MEMBERS, as_of=day)
    return Decision.of(*r.composition.checks, *r.diversity.checks, *r.informational)


_SMALL = Board(
    directors=(
        _director("ann", SeatClass.PLATINUM, "p1"),
        _director("dee", SeatClass.GOLD, "g1"),
        _director("gus", SeatClass.INDIVIDUAL),
    ),
    elections=(
        AnnualElection(id="2023", held_on=date(2023, 1, 13), gold_seats=3, individual_seats=3),
    ),
)

case(
    "board.director_limit",
    Status.PASSED,
    _report,
    "Director Limit is 3",
    "2023-06-01",
    "p1, p2, p3",
)
case("board.platinum.appointer", Status.PASSED, _report, "Ann", "p1", "Platinum")
case(
    "board.platinum.appointer",
    Status.FAILED,
    lambda: Decision.of(
        *[
            c
            for c in _report().checks
            if c.rule_id == "board.platinum.appointer" and "Bob" in c.reason
        ]
    ),
    "Bob",
    "late",
    "not yet in force",
    "2023-06-01",
    "2023-05-02",
    label="not_yet",
)
case(
    "board.platinum.appointer",
    Status.FAILED,
    lambda: Decision.of(
        *[
            c
            for c in _report().checks
            if c.rule_id == "board.platinum.appointer" and "Cid" in c.reason
        ]
    ),
    "Cid",
    "gone",
    "ended on 2022-12-31",
    label="ended",
)
case(
    "board.platinum.seats",
    Status.PASSED,
    lambda: _report(_SMALL),
    "2 Platinum member(s)",
    "p2, p3",
    "2023-06-01",
)
case("board.gold.selector", Status.PASSED, _report, "Dee", "g1", "Gold member")
case("board.gold.selector", Status.UNKNOWN, _report, "Eve", "not recorded")
case("board.gold.selector", Status.FAILED, _report, "Fay", "p2", "2023-06-01")
case(
    "board.gold.selectors_elected",
    Status.FAILED,
    _report,
    "2023",
    "2 selectors",
    "2 Gold seats",
    "p2",
)
case(
    "board.gold.seats_fixed",
    Status.PASSED,
    _report,
    "2 gold seats",
    "Director Limit on 2023-01-01 gives 3",
    "only 2 Gold members",
)
case(
    "board.gold.seats_fixed",
    Status.FAILED,
    lambda: _report(_SMALL),
    "3 gold seats",
    "gives 3",
    "only 2 Gold members",
)
case(
    "board.gold.selectors_elected",
    Status.PASSED,
    lambda: _report(
        attrs.evolve(
            _SMALL,
            elections=(
                AnnualElection(
                    id="2023",
                    held_on=date(2023, 1, 13),
                    gold_seats=2,
                    individual_seats=3,
                    gold_selectors=("g1", "g2"),
                ),
            ),
        )
    ),
    "2023",
    "2 selectors",
    "2 Gold seats",
)
case(
    "board.individual.seats_fixed",
    Status.FAILED,
    lambda: _report(
        attrs.evolve(
            _SMALL,
            elections=(
                AnnualElection(
                    id="2023", held_on=date(2023, 1, 13), gold_seats=2, individual_seats=2
                ),
            ),
        )
    ),
    "2 individual seats",
    "Director Limit on 2023-01-01 gives 3",
)
case(
    "board.gold.seats",
    Status.FAILED,
    _report,
    "3 gold directors",
    "2 seats",
    absent=("rose",),  # the Director Limit did not change; the Gold count capped the seats
)
case(
    "board.gold.seats",
    Status.PASSED,
    lambda: _report(_SMALL),
    "1 gold directors",
    "3 seats",
    "2 vacant",
)
case(
    "board.gold.seats",
    Status.UNKNOWN,
    lambda: _report(attrs.evolve(_SMALL, elections=())),
    "no annual election",
    "2023-06-01",
    "gold seats",
)
case(
    "board.individual.seats_fixed",
    Status.PASSED,
    _report,
    "3 individual seats",
    "Director Limit on 2023-01-01 gives 3",
)
case("board.individual.seats", Status.FAILED, _report, "4 individual directors", "3 seats")
case(
    "board.individual.seats",
    Status.PASSED,
    lambda: (
        check_board(
            _SMALL,
            (*_BOARD_MEMBERS, _member("p4", Tier.PLATINUM, date(2023, 3, 1))),
            as_of=date(2023, 6, 1),
        ).composition
    ),
    "1 individual directors",
    "rose to 4",
    "since 2023-01-01",
    "from 3",
    "next annual election",
    label="limit_rose",
)
case(
    "board.individual.seats",
    Status.UNKNOWN,
    lambda: _report(attrs.evolve(_SMALL, elections=())),
    "no annual election",
    "individual seats",
)
case(
    "board.gold.one_third",
    Status.NOT_APPLICABLE,
    _report,
    "3 of 10",
    "not one third",
)
case(
    "board.gold.one_third",
    Status.PASSED,
    lambda: _report(_SMALL),
    "1 of 3",
    "one third",
)
_LEFT = _director("old", SeatClass.INDIVIDUAL, end=date(2023, 6, 30))
_NEXT = _director("new", SeatClass.INDIVIDUAL, start=date(2023, 7, 15))
case(
    "board.vacancy.individual",
    Status.PASSED,
    lambda: check_vacancy_fill(_LEFT, _NEXT, votes_for=4, remaining=6, as_of=date(2023, 7, 15)),
    "4 of 6",
    "New",
    "majority is 4",
)
case(
    "board.vacancy.individual",
    Status.FAILED,
    lambda: check_vacancy_fill(_LEFT, _NEXT, votes_for=3, remaining=6, as_of=date(2023, 7, 15)),
    "3 of 6",
    "majority is 4",
)
case(
    "board.vacancy.individual",
    Status.UNKNOWN,
    lambda: check_vacancy_fill(_LEFT, _NEXT, as_of=date(2023, 7, 15)),
    "remaining Individual directors",
    "not given",
)


def _vacancy(cls: SeatClass, who: str, successor_by: str) -> Decision:
    return check_vacancy_fill(
        _director("old", cls, who, end=date(2023, 6, 30)),
        _director("new", cls, successor_by, start=date(2023, 7, 15)),
        as_of=date(2023, 7, 15),
    )


for _cls, _who in ((SeatClass.PLATINUM, "p1"), (SeatClass.GOLD, "g1")):
    case(
        f"board.vacancy.{_cls.value}",
        Status.PASSED,
        partial(_vacancy, _cls, _who, _who),
        "New",
        _who,
    )
    case(
        f"board.vacancy.{_cls.value}",
        Status.FAILED,
        partial(_vacancy, _cls, _who, "p2"),
        "New",
        "p2",
        _who,
    )

# Affiliation: changes of control and applicants.
_CONTROL = (
    _member("big", Tier.GOLD, date(2022, 1, 1)),
    _member("small", Tier.PLATINUM, date(2021, 3, 1), date(2023, 12, 31)),
    _member("tiny", Tier.GOLD, date(2021, 3, 1)),
)


def _consequences(acquirer: str, target: str, closing: date, *, merger: bool = False) -> Decision:
    change = ControlChange(acquirer=acquirer, target=target, closing=closing, merger=merger)
    return Decision.of(*(c.check for c in control_change_consequences(change, _CONTROL)))


case(
    "affiliation.controlled_member",
    Status.FAILED,
    lambda: _consequences("big", "small", date(2022, 6, 1)),
    "small",
    "big",
    "2022-06-01",
    "Platinum membership ends",
)
case(
    "affiliation.controlled_member",
    Status.FAILED,
    lambda: _consequences("big", "tiny", date(2022, 6, 1)),
    "tiny",
    "big",
    "2022-06-01",
    "Gold membership ends",
    label="gold",
)
case(
    "affiliation.gold_controller_becomes_platinum",
    Status.PASSED,
    lambda: _consequences("big", "small", date(2022, 6, 1)),
    "big",
    "small",
    "2023-12-31",
)
case(
    "affiliation.merger_transfer",
    Status.PASSED,
    lambda: _consequences("big", "tiny", date(2025, 7, 1), merger=True),
    "tiny",
    "gold",
    "big",
)
case(
    "affiliation.related_companies",
    Status.PASSED,
    lambda: _consequences("big", "tiny", date(2025, 7, 1)),
    "tiny",
    "big",
    "only one of them may appoint or nominate",
)
_GROUPS = AffiliatedGroups(
    as_of=date(2016, 1, 1),
    groups=(("acme", "acme-cloud"),),
    citation=Citation("bylaws", date(2021, 9, 29), "2.5"),
)
_ACME = (_member("acme", Tier.GOLD, date(2014, 1, 1)),)
case(
    "affiliation.applicant",
    Status.FAILED,
    lambda: check_applicant_affiliation(
        "acme-cloud", Tier.GOLD, _ACME, _GROUPS, as_of=date(2016, 1, 1)
    ),
    "acme-cloud",
    "acme",
)
case(
    "affiliation.applicant",
    Status.PASSED,
    lambda: check_applicant_affiliation(
        "other", Tier.GOLD, _ACME, _GROUPS, as_of=date(2016, 1, 1)
    ),
    "other",
    "2016-01-01",
)
case(
    "affiliation.applicant",
    Status.NOT_APPLICABLE,
    lambda: check_applicant_affiliation(
        "acme-cloud", Tier.SILVER, _ACME, _GROUPS, as_of=date(2022, 1, 1)
    ),
    "silver",
    label="tier",
)
case(
    "affiliation.applicant",
    Status.NOT_APPLICABLE,
    lambda: check_applicant_affiliation(
        "acme-cloud", Tier.GOLD, _ACME, _GROUPS, as_of=date(2025, 7, 1)
    ),
    "related companies",
    label="lf_era",
)

# Diversity: the limit, the LF-era limit on appointed representatives, waivers, new directors.
_ACME3 = tuple(
    _director(p, SeatClass.INDIVIDUAL, orgs=("acme",), start=date(2019, 1, 16))
    for p in ("ann", "bob", "cid")
)
case(
    "board.diversity.limit",
    Status.PASSED,
    lambda: check_diversity(_ACME3, as_of=date(2022, 6, 1)),
    "3 directors",
    "acme",
    "Ann, Bob, Cid",
    "limit is 3",
)
case(
    "board.diversity.limit",
    Status.PASSED,
    lambda: check_diversity((_director("ivy", SeatClass.INDIVIDUAL),), as_of=date(2022, 6, 1)),
    "no director",
    "limit is 3",
    label="none",
)
case(
    "board.diversity.limit",
    Status.FAILED,
    lambda: check_diversity(_ACME3, as_of=date(2019, 6, 1)),
    "3 directors",
    "acme",
    "limit of 2",
)
case(
    "board.diversity.limit",
    Status.FAILED,
    lambda: check_diversity(
        (
            *_ACME3[:2],
            _director(
                "cid",
                SeatClass.INDIVIDUAL,
                orgs=("acme",),
                start=date(2019, 1, 16),
                since=date(2019, 3, 1),
            ),
        ),
        as_of=date(2019, 6, 1),
    ),
    "3 directors",
    "limit of 2",
    "Cid became affiliated during the term",
    label="mid_term",
)
case(
    "board.diversity.limit",
    Status.UNKNOWN,
    lambda: check_diversity(
        (
            *_ACME3[:2],
            _director(
                "cid",
                SeatClass.INDIVIDUAL,
                orgs=("acme",),
                kind=AffiliationKind.CONTRACTOR,
                start=date(2019, 1, 16),
            ),
        ),
        as_of=date(2019, 6, 1),
    ),
    "2 directors",
    "acme",
    "Cid",
    "not recorded",
    "limit of 2",
)
_WAIVER = Waiver(organization="acme", directors=("cid",), granted=date(2019, 2, 1), votes_for=14)
_NINETEEN = tuple(
    _director(f"x{i}", SeatClass.INDIVIDUAL, start=date(2019, 1, 16)) for i in range(17)
)
case(
    "board.diversity.limit",
    Status.WAIVED,
    lambda: check_diversity((*_ACME3, *_NINETEEN), as_of=date(2019, 6, 1), waivers=(_WAIVER,)),
    "3 directors",
    "limit of 2",
    "acme",
    "2019-02-01",
    "14 votes",
    "12 of 17",
)
case(
    "board.diversity.limit",
    Status.FAILED,
    lambda: check_diversity(
        (*_ACME3, *_NINETEEN),
        as_of=date(2019, 6, 1),
        waivers=(attrs.evolve(_WAIVER, votes_for=11),),
    ),
    "3 directors",
    "limit of 2",
    "11 votes",
    "12 of 17",
    "does not carry",
    label="waiver_short",
)
case(
    "board.diversity.waiver",
    Status.WAIVED,
    lambda: check_waiver_vote(_WAIVER, (*_ACME3, *_NINETEEN)),
    "acme",
    "2019-02-01",
    "14 votes",
    "12 of 17",
)
case(
    "board.diversity.waiver",
    Status.FAILED,
    lambda: check_waiver_vote(attrs.evolve(_WAIVER, votes_for=11), (*_ACME3, *_NINETEEN)),
    "acme",
    "11 votes",
    "12 of 17",
)
case(
    "board.diversity.waiver",
    Status.WAIVED,
    lambda: check_waiver_vote(attrs.evolve(_WAIVER, votes_for=None), ()),
    "acme",
    "2019-02-01",
    "not recorded",
    label="no_count",
)
case(
    "board.diversity.waiver",
    Status.UNKNOWN,
    lambda: check_waiver_vote(_WAIVER, ()),
    "acme",
    "2019-02-01",
    "14 votes",
    "directors in office on 2019-02-01 are not given",
    label="no_directors",
)
_LF_DAY = date(2025, 7, 1)
_LF_GOLD_REPS = (
    _director("ann", SeatClass.GOLD, "acme", orgs=("acme",), start=_LF_DAY),
    _director("bob", SeatClass.GOLD, "acme-cloud", orgs=("acme",), start=_LF_DAY),
)
case(
    "board.diversity.appointed",
    Status.FAILED,
    lambda: check_diversity(_LF_GOLD_REPS, as_of=_LF_DAY),
    "2 appointed (Platinum) or nominated (Gold) representatives",
    "acme",
    "limit of 1",
)
case(
    "board.diversity.appointed",
    Status.WAIVED,
    lambda: check_diversity(
        _LF_GOLD_REPS,
        as_of=_LF_DAY,
        waivers=(Waiver(organization="acme", directors=("bob",), granted=_LF_DAY),),
    ),
    "2 appointed (Platinum) or nominated (Gold) representatives",
    "limit of 1",
    "acme",
    "2025-07-01",
    "vote count not recorded",
)
case(
    "board.diversity.appointing_members",
    Status.WAIVED,
    lambda: check_diversity(
        (*_LF_GOLD_REPS[:1], _director("bob", SeatClass.GOLD, "acme-cloud", start=_LF_DAY)),
        as_of=_LF_DAY,
        groups=AffiliatedGroups(
            as_of=_LF_DAY,
            groups=(("acme", "acme-cloud"),),
            citation=Citation("lf-charter", date(2025, 7, 7), "3(b)"),
        ),
        waivers=(Waiver(organization="acme", directors=("bob",), granted=_LF_DAY),),
    ),
    "acme, acme-cloud",
    "only one may",
    "2025-07-01",
    "vote count not recorded",
)
case(
    "board.diversity.appointing_members",
    Status.FAILED,
    lambda: check_diversity(
        (*_LF_GOLD_REPS[:1], _director("bob", SeatClass.GOLD, "acme-cloud", start=_LF_DAY)),
        as_of=_LF_DAY,
        groups=AffiliatedGroups(
            as_of=_LF_DAY,
            groups=(("acme", "acme-cloud"),),
            citation=Citation("lf-charter", date(2025, 7, 7), "3(b)"),
        ),
    ),
    "2 members",
    "acme, acme-cloud",
    "only one may",
)
_HP = ("hp",)
_SITTING = (
    _director("ee", SeatClass.PLATINUM, "hp", orgs=_HP, start=date(2014, 1, 1)),
    _director("mt", SeatClass.INDIVIDUAL, orgs=_HP, start=date(2015, 1, 16)),
)
case(
    "board.diversity.new_director",
    Status.FAILED,
    lambda: check_new_director(
        _SITTING,
        _director("km", SeatClass.INDIVIDUAL, orgs=_HP, start=date(2015, 1, 16)),
        as_of=date(2015, 1, 16),
    ),
    "Km",
    "director 3",
    "hp",
    "limit 2",
    "next highest candidate",
)
case(
    "board.diversity.new_director",
    Status.PASSED,
    lambda: check_new_director(
        _SITTING[:1],
        _director("km", SeatClass.INDIVIDUAL, orgs=_HP, start=date(2015, 1, 16)),
        as_of=date(2015, 1, 16),
    ),
    "Km",
    "director 2",
    "hp",
    "limit 2",
)
case(
    "board.diversity.new_director",
    Status.PASSED,
    lambda: check_new_director(
        _SITTING,
        _director("zz", SeatClass.INDIVIDUAL, start=date(2015, 1, 16)),
        as_of=date(2015, 1, 16),
    ),
    "Zz",
    "no counted affiliation",
    label="unaffiliated",
)
_EMPLOYER = {"taylor": ["hp"], "mestery": ["hp"], "hirschfeld": ["dell"]}
case(
    "board.diversity.seat",
    Status.FAILED,
    lambda: Decision.of(
        diversity_constraint(_SITTING[:1], _EMPLOYER, as_of=date(2015, 1, 16))(
            ("taylor",), "mestery"
        )
    ),
    "mestery",
    "director 3",
    "hp",
    "limit 2",
)
case(
    "board.diversity.seat",
    Status.PASSED,
    lambda: Decision.of(
        diversity_constraint(_SITTING[:1], _EMPLOYER, as_of=date(2015, 1, 16))((), "taylor")
    ),
    "taylor",
    "limit 2",
)
case(
    "board.diversity.seat",
    Status.FAILED,
    lambda: Decision.of(
        diversity_constraint(
            (), {"a": ["acme"], "b": ["acme"]}, as_of=_LF_DAY, election_class=SeatClass.GOLD
        )(("a",), "b")
    ),
    "b",
    "representative 2",
    "acme",
    "limit 1",
    label="appointed_limit",
)
case(
    "board.diversity.seat",
    Status.WAIVED,
    lambda: Decision.of(
        diversity_constraint(
            _SITTING[:1],
            _EMPLOYER,
            as_of=date(2015, 1, 16),
            waivers=(
                Waiver(organization="hp", directors=("mestery",), granted=date(2015, 1, 10)),
            ),
        )(("taylor",), "mestery")
    ),
    "mestery",
    "director 3",
    "hp",
    "2015-01-10",
)

# Meetings: quorum, resolutions, written consent, special meetings, removal for cause.
case(
    "board.quorum",
    Status.FAILED,
    lambda: check_quorum(12, 24, as_of=date(2019, 3, 1)),
    "12 of 24",
    "(13)",
)
case(
    "board.quorum",
    Status.PASSED,
    lambda: check_quorum(12, 24, as_of=date(2026, 3, 1)),
    "12 of 24",
    "(12)",
)
case(
    "board.action",
    Status.PASSED,
    lambda: check_resolution(8, 14, 24, as_of=date(2020, 5, 1)),
    "8 of 14",
    "(8)",
)
case(
    "board.action",
    Status.FAILED,
    lambda: check_resolution(7, 14, 24, as_of=date(2020, 5, 1)),
    "7 of 14",
    "(8)",
)
case(
    "board.written_consent",
    Status.FAILED,
    lambda: check_written_consent(26, 27, as_of=date(2022, 3, 1)),
    "26 of 27",
    "all (27)",
)
case(
    "board.written_consent",
    Status.PASSED,
    lambda: check_written_consent(13, 24, as_of=date(2026, 3, 1)),
    "13 of 24",
    "(13)",
)
case(
    "board.special_meeting",
    Status.FAILED,
    lambda: check_special_meeting_call(
        MeetingCaller.DIRECTORS, directors_calling=15, in_office=24, as_of=date(2018, 1, 1)
    ),
    "15 of 24",
    "two thirds (16)",
)
case(
    "board.special_meeting",
    Status.PASSED,
    lambda: check_special_meeting_call(MeetingCaller.CHAIR, as_of=date(2018, 1, 1)),
    "chair",
)
case(
    "board.special_meeting",
    Status.UNKNOWN,
    lambda: check_special_meeting_call(MeetingCaller.CHAIR, as_of=date(2026, 1, 1)),
    "charter",
    "special-meeting clause",
)
_MEETINGS = [Meeting(held_on=date(2019, m, 1), attended=frozenset({"x"})) for m in (1, 4, 7, 10)]
case(
    "board.removal.cause.consecutive",
    Status.PASSED,
    lambda: check_removal_for_cause("y", _MEETINGS, as_of=date(2019, 12, 31)),
    "y's",
    "4",
    "three",
)
case(
    "board.removal.cause.consecutive",
    Status.FAILED,
    lambda: check_removal_for_cause("x", _MEETINGS, as_of=date(2019, 12, 31)),
    "x's",
    "0",
    "three",
)
case(
    "board.removal.cause.half",
    Status.PASSED,
    lambda: check_removal_for_cause(
        "y",
        [
            Meeting(held_on=date(2019, m, 1), attended=frozenset({"y"} if m % 3 else set()))
            for m in range(1, 13)
        ]
        + [Meeting(held_on=date(2020, m, 1)) for m in range(1, 13)],
        as_of=date(2021, 12, 31),
    ),
    "y missed",
    "within one 24-month period",
)
case(
    "board.removal.cause.half",
    Status.FAILED,
    lambda: check_removal_for_cause("x", _MEETINGS, as_of=date(2019, 12, 31)),
    "x missed no more than half",
    "24-month",
)
case(
    "board.removal.cause",
    Status.UNKNOWN,
    lambda: check_removal_for_cause("x", _MEETINGS, as_of=date(2026, 1, 1)),
    "charter",
    "removal-for-cause clause",
)

# Amendments of the bylaws (Delaware) and of the charter (LF era).
_IND_VOTE = ClassVote(member_class=MemberClass.INDIVIDUAL, yes=2000, no=500, eligible=17000)
case(
    "board.amendment.board",
    Status.PASSED,
    lambda: check_bylaws_amendment(
        ["4.2(d)"],
        yes=16,
        present=20,
        in_office=24,
        class_votes=[_IND_VOTE],
        as_of=date(2015, 2, 15),
    ),
    "16 of 20",
    "two thirds (14)",
)
case(
    "board.amendment.board",
    Status.FAILED,
    lambda: check_bylaws_amendment(
        ["4.2(d)"], yes=13, present=20, in_office=24, as_of=date(2015, 2, 15)
    ),
    "13 of 20",
    "two thirds (14)",
)
case(
    "board.amendment.board",
    Status.NOT_APPLICABLE,
    lambda: check_bylaws_amendment(["4.2(d)"], yes=13, present=20, in_office=24, as_of=_LF_DAY),
    "LF charter",
)
case(
    "board.amendment.individual",
    Status.PASSED,
    lambda: check_bylaws_amendment(
        ["4.2(d)"],
        yes=16,
        present=20,
        in_office=24,
        class_votes=[_IND_VOTE],
        as_of=date(2015, 2, 15),
    ),
    "2000 of 2500",
    "2500/17000",
    "1/10",
    "(1251)",
)
case(
    "board.amendment.individual",
    Status.FAILED,
    lambda: check_bylaws_amendment(
        ["4.2(d)"],
        yes=16,
        present=20,
        in_office=24,
        class_votes=[_IND_VOTE],
        as_of=date(2015, 2, 14),
    ),
    "2500 of 17000",
    "1/4",
    "(4250)",
    label="turnout",
)
case(
    "board.amendment.individual",
    Status.UNKNOWN,
    lambda: check_bylaws_amendment(
        ["4.2(d)"], yes=16, present=20, in_office=24, as_of=date(2015, 2, 15)
    ),
    "individual",
    "§9.2(a)",
    "not given",
)
case(
    "board.amendment.gold",
    Status.PASSED,
    lambda: check_bylaws_amendment(
        ["4.2(c)"],
        yes=16,
        present=20,
        in_office=24,
        class_votes=[ClassVote(member_class=MemberClass.GOLD, yes=10, no=3, eligible=24)],
        as_of=date(2016, 1, 1),
    ),
    "10 of 13",
    "quorum 13 of 24",
    "(7)",
)
case(
    "board.amendment.gold",
    Status.FAILED,
    lambda: check_bylaws_amendment(
        ["4.2(c)"],
        yes=16,
        present=20,
        in_office=24,
        class_votes=[ClassVote(member_class=MemberClass.GOLD, yes=10, no=2, eligible=24)],
        as_of=date(2016, 1, 1),
    ),
    "12 of 24",
    "majority of the class (13)",
    label="quorum",
)
case(
    "board.amendment.gold",
    Status.FAILED,
    lambda: check_bylaws_amendment(
        ["4.15"],
        yes=16,
        present=20,
        in_office=24,
        class_votes=[ClassVote(member_class=MemberClass.GOLD, yes=15, no=9, eligible=24)],
        as_of=date(2022, 1, 1),
    ),
    "15 of 24",
    "two thirds of the class (16)",
    label="9_2_d",
)
case(
    "board.amendment.platinum",
    Status.PASSED,
    lambda: check_bylaws_amendment(
        ["4.2(b)"],
        yes=16,
        present=20,
        in_office=24,
        class_votes=[ClassVote(member_class=MemberClass.PLATINUM, yes=5, no=3, eligible=8)],
        as_of=date(2016, 1, 1),
    ),
    "5 of 8",
    "majority of the class (5)",
)
case(
    "board.amendment.platinum",
    Status.FAILED,
    lambda: check_bylaws_amendment(
        ["4.2(b)"],
        yes=16,
        present=20,
        in_office=24,
        class_votes=[ClassVote(member_class=MemberClass.PLATINUM, yes=4, no=4, eligible=8)],
        as_of=date(2016, 1, 1),
    ),
    "4 of 8",
    "majority of the class (5)",
)
case(
    "board.amendment.board_majority",
    Status.FAILED,
    lambda: check_bylaws_amendment(
        ["4.13"], yes=12, present=14, in_office=24, tc_yes=7, tc_members=13, as_of=date(2020, 1, 1)
    ),
    "12 of 24",
    "majority (13)",
)
case(
    "board.amendment.board_majority",
    Status.PASSED,
    lambda: check_bylaws_amendment(
        ["4.13"], yes=13, present=14, in_office=24, tc_yes=7, tc_members=13, as_of=date(2020, 1, 1)
    ),
    "13 of 24",
    "majority (13)",
)
case(
    "board.amendment.tc",
    Status.PASSED,
    lambda: check_bylaws_amendment(
        ["4.13"], yes=13, present=14, in_office=24, tc_yes=7, tc_members=13, as_of=date(2020, 1, 1)
    ),
    "7 of 13",
    "majority (7)",
)
case(
    "board.amendment.tc",
    Status.FAILED,
    lambda: check_bylaws_amendment(
        ["4.13"], yes=13, present=14, in_office=24, tc_yes=6, tc_members=13, as_of=date(2020, 1, 1)
    ),
    "6 of 13",
    "majority (7)",
)
case(
    "board.amendment.tc",
    Status.UNKNOWN,
    lambda: check_bylaws_amendment(
        ["4.13"], yes=13, present=14, in_office=24, as_of=date(2020, 1, 1)
    ),
    "Technical Committee",
    "not given",
)
case(
    "board.amendment.tc",
    Status.NOT_APPLICABLE,
    lambda: check_bylaws_amendment(
        ["4.13"], yes=13, present=14, in_office=24, as_of=date(2023, 12, 5)
    ),
    "2023-12-05",
    "§9.1",
)
case(
    "board.amendment.effective_date",
    Status.PASSED,
    lambda: check_amendment_effective_date(date(2015, 1, 16), date(2015, 2, 15)),
    "2015-02-15",
    "2015-01-16",
    "30 days",
)
case(
    "board.amendment.effective_date",
    Status.FAILED,
    lambda: check_amendment_effective_date(date(2015, 1, 16), date(2015, 2, 14)),
    "2015-02-14",
    "2015-02-15",
    "2015-01-16",
)
case(
    "board.amendment.effective_date",
    Status.UNKNOWN,
    lambda: check_amendment_effective_date(date(2015, 1, 16), None),
    "not recorded",
    "2015-02-15",
)
case(
    "board.charter_amendment.board",
    Status.PASSED,
    lambda: check_charter_amendment(16, 24, lf_approved=True, as_of=date(2026, 2, 1)),
    "16 of 24",
    "two thirds (16)",
)
case(
    "board.charter_amendment.board",
    Status.FAILED,
    lambda: check_charter_amendment(15, 24, lf_approved=True, as_of=date(2026, 2, 1)),
    "15 of 24",
    "two thirds (16)",
)
case(
    "board.charter_amendment.board",
    Status.NOT_APPLICABLE,
    lambda: check_charter_amendment(15, 24, lf_approved=True, as_of=date(2025, 5, 31)),
    "2025-06-01",
)
case(
    "board.charter_amendment.lf_approval",
    Status.PASSED,
    lambda: check_charter_amendment(16, 24, lf_approved=True, as_of=date(2026, 2, 1)),
    "approved by the Linux Foundation",
)
case(
    "board.charter_amendment.lf_approval",
    Status.FAILED,
    lambda: check_charter_amendment(16, 24, lf_approved=False, as_of=date(2026, 2, 1)),
    "not approved",
)
case(
    "board.charter_amendment.lf_approval",
    Status.UNKNOWN,
    lambda: check_charter_amendment(16, 24, lf_approved=None, as_of=date(2026, 2, 1)),
    "not recorded",
)


# --- Elections (Article III): voters, candidates, calendars, notice, quorum, TC/PTL, lifecycle ---


def _person(pid: str = "ann", since: date | None = date(2024, 7, 21), **kw: object) -> Individual:
    values: dict[str, object] = {
        "id": pid,
        "name": pid.title(),
        "status": IndividualStatus.FOUNDATION_MEMBER,
        "member_since": since,
    }
    values.update(kw)
    return Individual(**values)  # type: ignore[arg-type]


_VOTE_2025 = DayRange(date(2025, 1, 13), date(2025, 1, 17))
case(
    "elections.voter.membership",
    Status.PASSED,
    lambda: check_individual_voter(_person(), as_of=date(2025, 1, 17)),
    "2024-07-21",
)
case(
    "elections.voter.membership",
    Status.FAILED,
    lambda: check_individual_voter(_person(), as_of=date(2024, 7, 20)),
    "2024-07-20",
    "2024-07-21",
    label="not_yet",
)
case(
    "elections.voter.membership",
    Status.FAILED,
    lambda: check_individual_voter(
        _person(status=IndividualStatus.COMMUNITY, since=None), as_of=date(2025, 1, 17)
    ),
    "Community account",
    label="community",
)
case(
    "elections.voter.membership",
    Status.FAILED,
    lambda: check_individual_voter(_person(since=date(2019, 1, 1)), as_of=date(2026, 1, 13)),
    "OIF Individual Member",
    label="no_oif_agreement",
)
case(
    "elections.voter.membership",
    Status.UNKNOWN,
    lambda: check_individual_voter(
        _person(since=date(2019, 1, 1), oif_agreement_signed=date(2025, 6, 3)),
        as_of=date(2026, 1, 13),
    ),
    "2025-06-03",
    "Registry",
    "not recorded",
)
case(
    "elections.voter.waiting_period",
    Status.PASSED,
    lambda: check_individual_voter(_person(), as_of=date(2025, 1, 17)),
    "2024-07-21",
    "2025-01-17",
)
case(
    "elections.voter.waiting_period",
    Status.FAILED,
    lambda: check_individual_voter(_person(), as_of=date(2025, 1, 16)),
    "2024-07-21",
    "2025-01-17",
    "180 days",
)
case(
    "elections.voter.waiting_period",
    Status.UNKNOWN,
    lambda: check_individual_voter(
        _person(since=date(2019, 1, 1), oif_agreement_signed=date(2025, 6, 3)),
        as_of=date(2026, 1, 13),
    ),
    "2025-06-03",
    "not recorded",
    "2026-01-13",
    "2025-07-17",
)
case(
    "elections.voter.waiting_period",
    Status.FAILED,
    lambda: check_individual_voter(
        _person(since=date(2019, 1, 1), oif_agreement_signed=date(2025, 8, 1)),
        as_of=date(2026, 1, 13),
    ),
    "2025-08-01",
    "2026-01-28",
    "180 days",
    label="registry_missing",
)
case(
    "elections.voter.waiting_period",
    Status.NOT_APPLICABLE,
    lambda: check_individual_voter(_person(since=date(2012, 8, 1)), as_of=date(2012, 8, 20)),
    "founding member",
)
case(
    "elections.voter.founding_exception",
    Status.PASSED,
    lambda: check_individual_voter(_person(since=date(2012, 8, 1)), as_of=date(2012, 8, 20)),
    "2012-08-01",
    "2012",
    "cut-off",
)
case(
    "elections.voter.founding_exception",
    Status.NOT_APPLICABLE,
    lambda: check_individual_voter(_person(since=date(2012, 8, 20)), as_of=date(2013, 2, 20)),
    "2012",
    "founding exception",
)
case(
    "elections.vote.in_window",
    Status.PASSED,
    lambda: check_vote_cast(
        _person(),
        VoteRecord(election="e", voter="ann", cast_on=date(2025, 1, 17)),
        _VOTE_2025,
    ),
    "2025-01-17",
    "inside",
    "2025-01-13",
)
case(
    "elections.vote.in_window",
    Status.FAILED,
    lambda: check_vote_cast(
        _person(),
        VoteRecord(election="e", voter="ann", cast_on=date(2025, 1, 18)),
        _VOTE_2025,
    ),
    "2025-01-18",
    "outside",
    "2025-01-13",
)
case(
    "elections.voter.membership",
    Status.FAILED,
    lambda: check_window_voter(_person(since=date(2025, 1, 20)), _VOTE_2025),
    "2025-01-17",
    "2025-01-20",
    label="window",
)
_GOLD_VOTER = _membership(Tier.GOLD, signed=date(2023, 3, 1), approved=date(2023, 3, 2))
case(
    "elections.voter.gold.tier",
    Status.PASSED,
    lambda: check_gold_voter(_GOLD_VOTER, as_of=date(2024, 1, 8)),
    "gold",
)
case(
    "elections.voter.gold.tier",
    Status.FAILED,
    lambda: check_gold_voter(_membership(), as_of=date(2025, 1, 8)),
    "platinum",
    "gold",
)
case(
    "elections.voter.gold.first_vote",
    Status.PASSED,
    lambda: check_gold_voter(_GOLD_VOTER, as_of=date(2024, 1, 8)),
    "2023-03-02",
    "January 2024",
)
case(
    "elections.voter.gold.first_vote",
    Status.FAILED,
    lambda: check_gold_voter(_GOLD_VOTER, as_of=date(2023, 6, 1)),
    "2023-03-02",
    "January 2024",
)
case(
    "elections.voter.gold.first_vote",
    Status.PASSED,
    lambda: check_gold_voter(
        _membership(Tier.GOLD, signed=date(2016, 3, 1), approved=date(2016, 3, 2)),
        as_of=date(2016, 6, 1),
    ),
    "2016-03-02",
    "effective date",
    label="before_2021",
)
_EARLY_GOLD = tuple(
    _membership(
        Tier.GOLD,
        organization=f"g{i:02}",
        signed=date(2012, 9, 1 + i),
        approved=date(2012, 9, 1 + i),
    )
    for i in range(17)
)
case(
    "elections.voter.gold.transition",
    Status.UNKNOWN,
    lambda: check_gold_voter(_EARLY_GOLD[0], as_of=date(2013, 1, 8)),
    "January 2013",
    "Initial Gold Directors",
    "not in the data",
    label="2013",
)
case(
    "elections.voter.gold.transition",
    Status.UNKNOWN,
    lambda: check_gold_voter(_EARLY_GOLD[0], as_of=date(2014, 1, 8)),
    "16",
    "every Gold membership",
    label="2014",
)
case(
    "elections.voter.gold.transition",
    Status.PASSED,
    lambda: check_gold_voter(_EARLY_GOLD[0], as_of=date(2014, 1, 8), gold_members=_EARLY_GOLD),
    "16",
)
case(
    "elections.voter.gold.transition",
    Status.FAILED,
    lambda: check_gold_voter(_EARLY_GOLD[16], as_of=date(2014, 1, 8), gold_members=_EARLY_GOLD),
    "not among",
    "16",
)
case(
    "elections.voter.lf_membership",
    Status.PASSED,
    lambda: check_gold_voter(
        attrs.evolve(_GOLD_VOTER, linux_foundation=_LF_GOLD), as_of=date(2026, 1, 8)
    ),
    "gold",
)
case(
    "elections.voter.lf_membership",
    Status.FAILED,
    lambda: check_gold_voter(_GOLD_VOTER, as_of=date(2026, 1, 8)),
    "no Linux Foundation membership",
)
case(
    "elections.voter.lf_membership",
    Status.FAILED,
    lambda: check_gold_voter(
        attrs.evolve(_GOLD_VOTER, linux_foundation=attrs.evolve(_LF_GOLD, until=date(2026, 1, 1))),
        as_of=date(2026, 1, 8),
    ),
    "2025-06-01",
    "2026-01-08",
    label="lapsed",
)
case(
    "elections.voter.platinum.tier",
    Status.PASSED,
    lambda: check_platinum_voter(
        _membership(signed=date(2020, 3, 1), approved=date(2020, 3, 2)), as_of=date(2021, 3, 1)
    ),
    "platinum",
)
case(
    "elections.voter.platinum.tier",
    Status.FAILED,
    lambda: check_platinum_voter(_GOLD_VOTER, as_of=date(2024, 3, 1)),
    "gold",
    "platinum",
)
case(
    "elections.voter.platinum.class_vote",
    Status.NOT_APPLICABLE,
    lambda: check_platinum_voter(_membership(), as_of=date(2025, 7, 1)),
    "LF charter",
    "Platinum class vote",
)

# Candidates for the Individual seats.
_PEOPLE = {
    f"m{i}": _person(f"m{i}", since=date(2020, 1, 1), oif_agreement_signed=date(2025, 6, 2))
    for i in range(12)
}


def _candidacy(count: int = 10, received: date = date(2025, 12, 1), **kw: object) -> Candidacy:
    values: dict[str, object] = {
        "candidate": "m0",
        "election": "2026-individual",
        "nominations": tuple(
            Nomination(nominator=f"m{i}", received=received) for i in range(1, count + 1)
        ),
        "application_completed": date(2025, 12, 19),
    }
    values.update(kw)
    return Candidacy(**values)  # type: ignore[arg-type]


def _candidate(c: Candidacy, **kw: object) -> Decision:
    return check_board_candidate(c, election=h.INDIVIDUAL_2026, members=_PEOPLE, **kw)  # type: ignore[arg-type]


case(
    "elections.candidate.good_standing",
    Status.PASSED,
    lambda: _candidate(_candidacy()),
    "m0",
    "OIF Individual Member",
    "2026-01",
)
case(
    "elections.candidate.good_standing",
    Status.FAILED,
    lambda: _candidate(_candidacy(candidate="nobody")),
    "nobody",
    "is not",
    "2026-01",
)
case(
    "elections.candidate.nominators",
    Status.PASSED,
    lambda: _candidate(_candidacy()),
    "10 distinct",
    "needs 10",
)
case(
    "elections.candidate.nominators",
    Status.FAILED,
    lambda: _candidate(
        _candidacy(
            9,
            nominations=(
                *(Nomination(nominator=f"m{i}", received=date(2025, 12, 1)) for i in range(1, 10)),
                Nomination(nominator="stranger", received=date(2025, 12, 1)),
            ),
        )
    ),
    "9 distinct",
    "needs 10",
    "stranger",
)
case(
    "elections.candidate.nomination_deadline",
    Status.PASSED,
    lambda: _candidate(_candidacy()),
    "10 of them",
    "needs 10",
)
case(
    "elections.candidate.nomination_deadline",
    Status.FAILED,
    lambda: _candidate(_candidacy(received=date(2026, 1, 5))),
    "0 of them",
    "needs 10",
)
case(
    "elections.candidate.application",
    Status.PASSED,
    lambda: _candidate(_candidacy()),
    "2025-12-19",
)
case(
    "elections.candidate.application",
    Status.FAILED,
    lambda: _candidate(_candidacy(application_completed=None)),
    "not completed",
    "application deadline",
)
case(
    "elections.candidate.application",
    Status.FAILED,
    lambda: _candidate(_candidacy(application_completed=date(2026, 1, 9))),
    "2026-01-09",
    "after",
    label="late",
)

# Calendars of board elections.
_CAL_2026 = BoardCalendar(
    board_year=2026,
    individual_vote=DayRange(date(2026, 1, 13), date(2026, 1, 17)),
    gold_vote=DayRange(date(2026, 1, 8), date(2026, 1, 8)),
    nominations=DayRange(date(2025, 11, 10), date(2025, 12, 12)),
    application_deadline=date(2025, 12, 19),
)
_CAL_2014 = BoardCalendar(
    board_year=2014,
    individual_vote=DayRange(date(2014, 1, 13), date(2014, 1, 17)),
    gold_vote=DayRange(date(2014, 1, 8), date(2014, 1, 8)),
    nominations=DayRange(date(2013, 11, 10), date(2013, 12, 12)),
    application_deadline=date(2013, 12, 19),
)
_BAD_2014 = BoardCalendar(
    board_year=2015,
    individual_vote=DayRange(date(2014, 1, 21), date(2014, 1, 26)),
    gold_vote=DayRange(date(2014, 1, 21), date(2014, 1, 22)),
    nominations=DayRange(date(2013, 11, 10), date(2014, 1, 2)),
    application_deadline=date(2014, 1, 21),
)
case(
    "elections.calendar.annual_meeting_days",
    Status.PASSED,
    lambda: check_calendar(_CAL_2014),
    "2014-01-13",
    "January 1-14",
)
case(
    "elections.calendar.annual_meeting_days",
    Status.FAILED,
    lambda: check_calendar(_BAD_2014),
    "2014-01-21",
    "January 1-14",
)
case(
    "elections.calendar.annual_meeting_days",
    Status.NOT_APPLICABLE,
    lambda: check_calendar(attrs.evolve(_CAL_2014, special=True)),
    "special meeting",
    label="special",
)
case(
    "elections.calendar.annual_meeting_days",
    Status.NOT_APPLICABLE,
    lambda: check_vote_window(DayRange(date(2025, 9, 1), date(2025, 9, 5))),
    "January 1, 2026",
    label="lf_gap",
)
case(
    "elections.calendar.vote_length_days",
    Status.PASSED,
    lambda: check_calendar(_CAL_2014),
    "5 days",
)
case(
    "elections.calendar.vote_length_days",
    Status.UNKNOWN,
    lambda: check_calendar(_BAD_2014),
    "§3.12",
    "5 calendar days",
    "6 days",
)
case(
    "elections.calendar.vote_length_days",
    Status.NOT_APPLICABLE,
    lambda: check_calendar(_CAL_2026),
    "no length rule",
)
case(
    "elections.calendar.vote_start_weekday",
    Status.PASSED,
    lambda: check_calendar(_CAL_2014),
    "Monday",
)
case(
    "elections.calendar.vote_start_weekday",
    Status.UNKNOWN,
    lambda: check_calendar(_BAD_2014),
    "§3.12",
    "Monday",
    "Tuesday",
)
case(
    "elections.calendar.vote_start_weekday",
    Status.NOT_APPLICABLE,
    lambda: check_calendar(_CAL_2026),
    "no weekday rule",
)
case(
    "elections.calendar.board_year",
    Status.PASSED,
    lambda: check_calendar(_CAL_2014),
    "2014",
)
case(
    "elections.calendar.board_year",
    Status.FAILED,
    lambda: check_calendar(_BAD_2014),
    "2014",
    "2015",
)
case(
    "elections.calendar.gold_meeting_days",
    Status.PASSED,
    lambda: check_calendar(_CAL_2014),
    "2014-01-08",
)
case(
    "elections.calendar.gold_meeting_days",
    Status.FAILED,
    lambda: check_calendar(_BAD_2014),
    "2014-01-21",
)
case(
    "elections.calendar.gold_meeting_days",
    Status.NOT_APPLICABLE,
    lambda: check_calendar(attrs.evolve(_CAL_2014, special=True)),
    "special meeting",
)
case(
    "elections.calendar.gold_before_individual",
    Status.PASSED,
    lambda: check_calendar(_CAL_2014),
    "5 days",
    "practice, not a rule",
)
case(
    "elections.calendar.gold_before_individual",
    Status.NOT_APPLICABLE,
    lambda: check_calendar(_BAD_2014),
    "2014-01-22",
    "2014-01-21",
    "practice",
)
case(
    "elections.nomination.lead_days",
    Status.PASSED,
    lambda: check_calendar(_CAL_2014),
    "2013-12-12",
    "2013-12-14",
    "30 days",
)
case(
    "elections.nomination.lead_days",
    Status.FAILED,
    lambda: check_calendar(_BAD_2014),
    "2014-01-02",
    "2013-12-22",
    "30 days",
    "2014-01-21",
)
case(
    "elections.calendar.application_deadline",
    Status.PASSED,
    lambda: check_calendar(_CAL_2014),
    "2013-12-19",
    "2014-01-13",
)
case(
    "elections.calendar.application_deadline",
    Status.FAILED,
    lambda: check_calendar(_BAD_2014),
    "2014-01-21",
    "not before the vote opens",
)
case(
    "elections.calendar.application_deadline",
    Status.FAILED,
    lambda: check_calendar(attrs.evolve(_CAL_2014, application_deadline=date(2013, 12, 1))),
    "2013-12-01",
    "2013-12-12",
    label="before_nominations",
)

# Notice of the meetings and the voting list (§3.5, §3.6).
_CAL_2024 = BoardCalendar(
    board_year=2024,
    individual_vote=DayRange(date(2024, 1, 16), date(2024, 1, 19)),
    gold_vote=DayRange(date(2024, 1, 9), date(2024, 1, 9)),
)
case(
    "elections.notice.individual",
    Status.PASSED,
    lambda: check_meeting_notice(_CAL_2024, individual_notice=date(2023, 12, 1)),
    "2024-01-16",
    "2023-12-01",
    "46 days",
    "30 to 60",
)
case(
    "elections.notice.individual",
    Status.FAILED,
    lambda: check_meeting_notice(_CAL_2024, individual_notice=date(2023, 12, 18)),
    "2023-12-18",
    "29 days",
    "30 to 60",
)
case(
    "elections.notice.individual",
    Status.UNKNOWN,
    lambda: check_meeting_notice(_CAL_2024),
    "not given",
    "30-60",
    "2024-01-16",
)
case(
    "elections.notice.gold",
    Status.PASSED,
    lambda: check_meeting_notice(_CAL_2024, gold_notice=date(2023, 12, 30)),
    "2024-01-09",
    "10 days",
    "10 to 60",
)
case(
    "elections.notice.gold",
    Status.FAILED,
    lambda: check_meeting_notice(_CAL_2024, gold_notice=date(2023, 12, 31)),
    "9 days",
    "10 to 60",
)
case(
    "elections.notice.gold",
    Status.UNKNOWN,
    lambda: check_meeting_notice(_CAL_2024),
    "not given",
    "10-60",
    "2024-01-09",
)
case(
    "elections.voting_list.ready",
    Status.PASSED,
    lambda: check_meeting_notice(_CAL_2024, voting_list=date(2023, 12, 17)),
    "2023-12-17",
    "30 days",
    "2024-01-16",
)
case(
    "elections.voting_list.ready",
    Status.UNKNOWN,
    lambda: check_meeting_notice(_CAL_2024, voting_list=date(2023, 12, 20)),
    "2023-12-20",
    "30 days",
    "notice date",
)
case(
    "elections.voting_list.ready",
    Status.FAILED,
    lambda: check_meeting_notice(
        _CAL_2024, individual_notice=date(2023, 12, 1), voting_list=date(2023, 12, 20)
    ),
    "2023-12-20",
    "2023-12-17",
    "not within two days",
    "2023-12-01",
)

# Quorum of member meetings and elections.
case(
    "elections.quorum",
    Status.PASSED,
    lambda: check_election_quorum(
        ElectionKind.OIF_INDIVIDUAL_REPRESENTATIVES,
        eligible=1000,
        took_part=100,
        as_of=date(2026, 1, 13),
    ),
    "100 of 1000",
    "10%",
    "100",
)
case(
    "elections.quorum",
    Status.FAILED,
    lambda: check_election_quorum(
        ElectionKind.OIF_INDIVIDUAL_REPRESENTATIVES,
        eligible=1710,
        took_part=170,
        as_of=date(2026, 1, 13),
    ),
    "170 of 1710",
    "171",
    "1 short",
)
case(
    "elections.quorum",
    Status.UNKNOWN,
    lambda: check_election_quorum(
        ElectionKind.GOLD_REPRESENTATIVES, eligible=None, took_part=9, as_of=date(2026, 1, 8)
    ),
    "majority",
    "Gold Members",
    "not given",
    "9 took part",
)

# TC and PTL elections.
_TC = Election(
    id="2025-09-tc",
    kind=ElectionKind.TECHNICAL_COMMITTEE,
    electorate=Electorate.TC_CONTRIBUTORS,
    seats=4,
    method=VotingMethod.SCHULZE,
    voting=DayRange(date(2025, 9, 3), date(2025, 9, 17)),
    qualifying=DayRange(date(2024, 9, 1), date(2025, 8, 20)),
)
_TC_2023 = attrs.evolve(
    _TC,
    id="2023-09-tc",
    voting=DayRange(date(2023, 9, 1), date(2023, 9, 14)),
    qualifying=DayRange(date(2022, 9, 1), date(2023, 8, 30)),
)
_PTL = attrs.evolve(
    _TC,
    id="2025-09-ptl-nova",
    kind=ElectionKind.PROJECT_TEAM_LEAD,
    electorate=Electorate.PROJECT_CONTRIBUTORS,
    seats=1,
    project="nova",
)
_DEV = _person("dev", since=date(2019, 1, 1), oif_agreement_signed=date(2025, 6, 3))
_WORK = [Contribution(person="dev", project="nova", merged=date(2025, 2, 1))]
case(
    "elections.tc.contributor",
    Status.PASSED,
    lambda: check_technical_voter(_DEV, _TC, _WORK, as_of=date(2025, 8, 21)),
    "2025-02-01",
    "2024-09-01",
)
case(
    "elections.tc.contributor",
    Status.FAILED,
    lambda: check_technical_voter(
        _DEV,
        _TC,
        [Contribution(person="dev", project="nova", merged=date(2024, 8, 1))],
        as_of=date(2025, 8, 21),
    ),
    "no qualifying contribution",
    "2024-09-01",
    label="none",
)
case(
    "elections.tc.contributor",
    Status.FAILED,
    lambda: check_technical_voter(
        _DEV,
        _TC,
        (),
        [
            ExtraContributor(
                person="dev", project=None, approved=date(2024, 1, 1), expires=date(2025, 3, 1)
            )
        ],
        as_of=date(2025, 8, 21),
    ),
    "extra-contributor approval of 2024-01-01",
    "expires on 2025-03-01",
    "2025-08-20",
    label="extra_expired",
)
case(
    "elections.tc.contributor",
    Status.PASSED,
    lambda: check_technical_voter(
        _DEV,
        _TC,
        (),
        [
            ExtraContributor(
                person="dev", project=None, approved=date(2024, 1, 1), expires=date(2026, 3, 1)
            )
        ],
        as_of=date(2025, 8, 21),
    ),
    "extra contributor",
    "2026-03-01",
    label="extra",
)
case(
    "elections.tc.contributor",
    Status.FAILED,
    lambda: check_technical_voter(
        _person("dev", since=date(2019, 1, 1)),
        _TC_2023,
        [Contribution(person="dev", project="nova", merged=date(2022, 9, 20))],
        as_of=date(2023, 9, 22),
    ),
    "2022-09-20",
    "365 days",
    "2023-09-21",
    "2023-09-22",
    label="lapsed",
)
case(
    "elections.tc.contributor",
    Status.FAILED,
    lambda: check_technical_voter(
        _DEV,
        _TC,
        [
            Contribution(
                person="dev", project="nova", merged=date(2025, 2, 1), kind=ContributionKind.REVIEW
            )
        ],
        as_of=date(2025, 8, 21),
    ),
    "no qualifying contribution",
    "reviews count",
    "2026-06-29",
    label="review",
)
case(
    "elections.tc.contributor",
    Status.PASSED,
    lambda: check_technical_voter(
        _DEV,
        _TC,
        [
            Contribution(person="dev", project="nova", merged=date(2025, 3, 1)),
            Contribution(
                person="dev",
                project="nova",
                merged=date(2025, 2, 1),
                kind=ContributionKind.REVIEW,
            ),
        ],
        as_of=date(2026, 8, 21),
    ),
    "change merged on 2025-03-01",
    label="latest_kind",
)
case(
    "elections.tc.contributor",
    Status.FAILED,
    lambda: check_technical_voter(
        _person("dev", since=date(2019, 1, 1)),
        _TC_2023,
        [Contribution(person="dev", project="nova", merged=date(2023, 7, 1))],
        as_of=date(2023, 6, 1),
    ),
    "no qualifying contribution",
    label="merged_later",
    absent=("lapsed",),
)
case(
    "elections.tc.individual_member",
    Status.PASSED,
    lambda: check_technical_voter(_DEV, _TC, _WORK, as_of=date(2025, 8, 21)),
    "2025-08-21",
)
case(
    "elections.tc.individual_member",
    Status.FAILED,
    lambda: check_technical_voter(
        _person("dev", status=IndividualStatus.COMMUNITY, since=None),
        _TC,
        _WORK,
        as_of=date(2025, 8, 21),
    ),
    "not an Individual Member",
    "2025-08-21",
)
case(
    "elections.tc.candidate",
    Status.PASSED,
    lambda: check_tc_candidate(_person("p", since=date(2019, 1, 1)), as_of=date(2024, 3, 1)),
    "2024-03-01",
)
case(
    "elections.tc.candidate",
    Status.FAILED,
    lambda: check_tc_candidate(
        _person("p", status=IndividualStatus.COMMUNITY, since=None), as_of=date(2024, 3, 1)
    ),
    "not an Individual Member",
    "2024-03-01",
)
case(
    "elections.ptl.candidate",
    Status.PASSED,
    lambda: check_ptl_candidate(_DEV, _PTL, _WORK, as_of=date(2025, 8, 21)),
    "APC of nova",
)
case(
    "elections.ptl.candidate",
    Status.FAILED,
    lambda: check_ptl_candidate(
        _DEV,
        _PTL,
        [Contribution(person="dev", project="cinder", merged=date(2025, 2, 1))],
        as_of=date(2025, 8, 21),
    ),
    "not an APC of nova",
)
_TC9 = {
    "a": "rh",
    "b": "rh",
    "c": "rh",
    "d": "rh",
    "e": "rh",
    "f": None,
    "g": "x",
    "h": "y",
    "i": "z",
}
_TC_WAIVER = TcWaiver(
    voted=date(2024, 3, 25), votes_for=6, members=9, next_election=date(2024, 9, 1)
)
case(
    "elections.tc.affiliation",
    Status.FAILED,
    lambda: check_tc_affiliation(_TC9, as_of=date(2024, 3, 22)),
    "5 of 9",
    "rh",
    "no more than half",
)
case(
    "elections.tc.affiliation",
    Status.PASSED,
    lambda: check_tc_affiliation({**_TC9, "e": "w"}, as_of=date(2024, 3, 22)),
    "4",
    "rh",
    "9",
    "no more than half",
)
case(
    "elections.tc.affiliation",
    Status.WAIVED,
    lambda: check_tc_affiliation(_TC9, as_of=date(2024, 4, 1), waiver=_TC_WAIVER),
    "5 of 9",
    "rh",
)
case(
    "elections.tc.affiliation",
    Status.FAILED,
    lambda: Decision.of(
        tc_seat_constraint(
            {"a": "x", "b": "x", "c": "y", "d": "x", "e": "x", "f": "x"},
            continuing=("a", "b", "d", "e"),
            size=9,
            as_of=date(2024, 3, 22),
        )((), "f")
    ),
    "f",
    "5 of 9",
    "x",
    "no more than half",
    label="seating",
)
case(
    "elections.tc.affiliation_waiver",
    Status.PASSED,
    lambda: check_tc_affiliation(_TC9, as_of=date(2024, 4, 1), waiver=_TC_WAIVER),
    "6 of 9",
    "two thirds: 6",
    "2024-03-25",
    "2024-09-01",
)
case(
    "elections.tc.affiliation_waiver",
    Status.FAILED,
    lambda: check_tc_affiliation(
        _TC9, as_of=date(2024, 4, 1), waiver=attrs.evolve(_TC_WAIVER, votes_for=5)
    ),
    "5 of 9",
    "6",
    label="votes",
)
case(
    "elections.tc.affiliation_waiver",
    Status.FAILED,
    lambda: check_tc_affiliation(_TC9, as_of=date(2024, 9, 1), waiver=_TC_WAIVER),
    "2024-03-25",
    "2024-09-01",
    "lapsed",
    label="lapsed",
)
case(
    "elections.tc.affiliation_waiver",
    Status.FAILED,
    lambda: check_tc_affiliation(_TC9, as_of=date(2024, 3, 24), waiver=_TC_WAIVER),
    "2024-03-25",
    "2024-03-24",
    label="later",
)
case(
    "elections.tc.affiliation_waiver",
    Status.UNKNOWN,
    lambda: check_tc_affiliation(
        _TC9, as_of=date(2024, 4, 1), waiver=attrs.evolve(_TC_WAIVER, next_election=None)
    ),
    "6 of 9",
    "next TC election",
    "not given",
)
case(
    "elections.tc.affiliation_waiver",
    Status.NOT_APPLICABLE,
    lambda: check_tc_affiliation(_TC9, as_of=date(2023, 3, 1), waiver=_TC_WAIVER),
    "Appendix 4",
    "2023-12-05",
)

# The member lifecycle: participation notices and moves.
_LIFE = Roster(
    snapshot=date(2025, 3, 1),
    individuals=tuple(_person(i, since=date(2020, 1, 1)) for i in ("a", "b")),
)
_LIFE_ELECTIONS = (h.INDIVIDUAL_2024, h.INDIVIDUAL_2025)
_LIFE_VOTES = (VoteRecord(election="2025-individual", voter="a"),)


def _life(**kw: object) -> Decision:
    r = review_lifecycle(_LIFE, _LIFE_ELECTIONS, _LIFE_VOTES, **kw)  # type: ignore[arg-type]
    return Decision.of(
        *(c for a in (*r.notices, *r.moves, *r.continued) for c in a.decision.checks)
    )


case(
    "elections.lifecycle.participation",
    Status.FAILED,
    lambda: _life(as_of=date(2025, 3, 1)),
    "voted in 0 of the 2",
    "since 2023-03-01",
    "1/2",
)
case(
    "elections.lifecycle.notice_answered",
    Status.FAILED,
    lambda: _life(as_of=date(2025, 4, 1), notices=(Notice(person="b", sent=date(2025, 3, 1)),)),
    "2025-03-01",
    "2025-03-31",
)
case(
    "elections.lifecycle.notice_answered",
    Status.PASSED,
    lambda: _life(
        as_of=date(2025, 4, 1),
        notices=(Notice(person="b", sent=date(2025, 3, 1)),),
        responses=(NoticeResponse(person="b", on=date(2025, 3, 20)),),
    ),
    "2025-03-01",
    "2025-03-20",
    "30 days",
)
case(
    "elections.lifecycle.site_practice",
    Status.FAILED,
    lambda: _life(as_of=date(2025, 3, 1), policy=ParticipationPolicy.SITE_PRACTICE),
    "none of",
    "2024-individual",
    "2025-individual",
)


# --- Directed funds, the Linux Foundation era, community, counting, the record ---

_FUND_MEMBERS = [
    _member("a", Tier.PLATINUM, date(2021, 1, 1)),
    _member("b", Tier.GOLD, date(2021, 1, 1)),
    _member("c", Tier.SILVER, date(2021, 1, 1)),
]
_FUND = ProjectFund(
    id="demo-fund",
    name="Demo fund",
    project="demo",
    established=date(2023, 1, 1),
    participants=(
        FundParticipant(
            organization="a", role=FundRole.EXECUTIVE_SPONSOR, contribution=Decimal(100000)
        ),
        FundParticipant(
            organization="b", role=FundRole.FUNDING_PARTNER, contribution=Decimal(500)
        ),
        FundParticipant(organization="c", role=FundRole.FUNDING_PARTNER),
    ),
    board=(FundBoardMember(person="p1", organization="a"),),
)
_BAD_FUND = attrs.evolve(
    _FUND,
    participants=(
        FundParticipant(organization="b", role=FundRole.EXECUTIVE_SPONSOR),
        FundParticipant(organization="zz", role=FundRole.FUNDING_PARTNER),
    ),
    board=(FundBoardMember(person="p9", organization="yy"),),
)
_JUNE_2023 = date(2023, 6, 1)


def _fund(fund: ProjectFund = _FUND, day: date = _JUNE_2023, **kw: object) -> Decision:
    return check_project_fund(fund, _FUND_MEMBERS, as_of=day, **kw)  # type: ignore[arg-type]


case(
    "directed_funds.project_fund.program",
    Status.PASSED,
    _fund,
    "2022-06-07",
)
case(
    "directed_funds.project_fund.program",
    Status.NOT_APPLICABLE,
    lambda: _fund(day=date(2022, 6, 6)),
    "2022-06-07",
    "2022-06-06",
)
case(
    "directed_funds.project_fund.program",
    Status.UNKNOWN,
    lambda: _fund(day=date(2025, 7, 1)),
    "2025-06-01",
    "2022 project-fund model",
)
case(
    "directed_funds.project_fund.executive_sponsor",
    Status.PASSED,
    _fund,
    "Platinum",
    "2023-06-01",
    "a",
)
case(
    "directed_funds.project_fund.executive_sponsor",
    Status.FAILED,
    lambda: _fund(_BAD_FUND),
    "no executive sponsor holds a Platinum membership",
    "2023-06-01",
    "sponsors: b",
)
case(
    "directed_funds.project_fund.executive_sponsor",
    Status.FAILED,
    lambda: _fund(attrs.evolve(_FUND, participants=_FUND.participants[1:])),
    "no executive sponsor",
    label="none",
)
case(
    "directed_funds.project_fund.funding_partners",
    Status.UNKNOWN,
    _fund,
    "2 funding partner(s)",
    "min_partners",
)
case(
    "directed_funds.project_fund.funding_partners",
    Status.PASSED,
    lambda: _fund(min_partners=2),
    "2 funding partner(s)",
    "at least the 2",
)
case(
    "directed_funds.project_fund.funding_partners",
    Status.FAILED,
    lambda: _fund(min_partners=3),
    "2 funding partner(s)",
    "fewer than the 3",
)
case(
    "directed_funds.project_fund.participants_are_members",
    Status.PASSED,
    _fund,
    "all 3 participants",
    "2023-06-01",
)
case(
    "directed_funds.project_fund.participants_are_members",
    Status.FAILED,
    lambda: _fund(_BAD_FUND),
    "zz",
    "2023-06-01",
)
case(
    "directed_funds.project_fund.board",
    Status.PASSED,
    _fund,
    "all 1 board members",
)
case(
    "directed_funds.project_fund.board",
    Status.FAILED,
    lambda: _fund(_BAD_FUND),
    "p9 (yy)",
)
case(
    "directed_funds.project_fund.board",
    Status.FAILED,
    lambda: _fund(attrs.evolve(_FUND, board=())),
    "no governing board",
    label="none",
)
case(
    "directed_funds.project_fund.contribution_level",
    Status.UNKNOWN,
    _fund,
    "budget 100500",
    "min_contribution",
)
case(
    "directed_funds.project_fund.contribution_level",
    Status.PASSED,
    lambda: _fund(min_contribution=Decimal(0)),
    "at least the 0",
)
case(
    "directed_funds.project_fund.contribution_level",
    Status.FAILED,
    lambda: _fund(min_contribution=Decimal(1000)),
    "1000",
    "b, c",
)
_VOTING_FUND = attrs.evolve(
    _FUND,
    board=tuple(FundBoardMember(person=p, organization="a") for p in ("x", "y", "z")),
)
case(
    "directed_funds.project_fund.board_vote",
    Status.PASSED,
    lambda: check_fund_board_vote(
        _VOTING_FUND, ["x", "y"], as_of=_JUNE_2023, threshold=Fraction(2, 3)
    ),
    "2 of 3",
    "2/3",
)
case(
    "directed_funds.project_fund.board_vote",
    Status.FAILED,
    lambda: check_fund_board_vote(_VOTING_FUND, ["x"], as_of=_JUNE_2023, threshold=Fraction(2, 3)),
    "1 of 3",
    "2/3",
)
case(
    "directed_funds.project_fund.board_vote",
    Status.UNKNOWN,
    lambda: check_fund_board_vote(_VOTING_FUND, ["x", "y"], as_of=_JUNE_2023),
    "2 of 3",
    "no voting threshold",
)
case(
    "lf.fee",
    Status.PASSED,
    lambda: linux_foundation_fee(Decimal(3200000), as_of=date(2026, 1, 1)).decision,
    "9%",
    "1000000",
    "90000.00",
    "6%",
    "2200000",
    "132000.00",
    "222000.00",
)
case(
    "lf.fee",
    Status.NOT_APPLICABLE,
    lambda: linux_foundation_fee(Decimal(3200000), as_of=date(2025, 5, 31)).decision,
    "2025-05-31",
    "2025-06-01",
)
_CLOSING = ClosingDirector(
    person="jk", seat=ClosingSeat.INDIVIDUAL, oif_agreement_signed=date(2025, 6, 10)
)
case(
    "lf.transition.agreement",
    Status.PASSED,
    lambda: check_closing_transition(
        _CLOSING, as_of=date(2025, 6, 10), next_election=date(2026, 1, 16)
    ),
    "jk",
    "2025-06-10",
    "OIF Individual Member Representative",
)
case(
    "lf.transition.agreement",
    Status.FAILED,
    lambda: check_closing_transition(
        _CLOSING, as_of=date(2025, 6, 9), next_election=date(2026, 1, 16)
    ),
    "jk",
    "2025-06-09",
    "2025-06-10",
)
case(
    "lf.transition.agreement",
    Status.NOT_APPLICABLE,
    lambda: check_closing_transition(
        attrs.evolve(_CLOSING, seat=ClosingSeat.PLATINUM), as_of=date(2025, 6, 10)
    ),
    "Platinum",
    "§2(b)",
)
case(
    "lf.transition.agreement",
    Status.NOT_APPLICABLE,
    lambda: check_closing_transition(_CLOSING, as_of=date(2025, 5, 31)),
    "2025-05-31",
    "2025-06-01",
    label="before",
)
case(
    "lf.transition.term",
    Status.PASSED,
    lambda: check_closing_transition(
        _CLOSING, as_of=date(2025, 6, 10), next_election=date(2026, 1, 16)
    ),
    "2025-06-10",
    "2026-01-16",
)
case(
    "lf.transition.term",
    Status.FAILED,
    lambda: check_closing_transition(
        _CLOSING, as_of=date(2026, 1, 16), next_election=date(2026, 1, 16)
    ),
    "ended",
    "2026-01-16",
)
case(
    "lf.transition.term",
    Status.UNKNOWN,
    lambda: check_closing_transition(_CLOSING, as_of=date(2025, 6, 10)),
    "next election",
    "not given",
)
_HUB = RegionalHub(
    id="openinfra-asia",
    name="OpenInfra Asia",
    based_in="Singapore",
    founded=date(2023, 6, 13),
    region=Region.ASIA,
)
_THAI = OrganizationRegion(organization="nipa-cloud", country="Thailand", region=Region.ASIA)
_NIPA = [_member("nipa-cloud", Tier.GOLD, date(2021, 3, 1))]
case(
    "community.hub.participation",
    Status.PASSED,
    lambda: (
        check_hub_participation(
            "nipa-cloud", _HUB, _NIPA, as_of=date(2023, 7, 1), region=_THAI
        ).decision
    ),
    "nipa-cloud",
    "gold",
    "2023-07-01",
    "Thailand",
    "OpenInfra Asia",
    "no additional cost",
)
case(
    "community.hub.participation",
    Status.UNKNOWN,
    lambda: check_hub_participation("nipa-cloud", _HUB, _NIPA, as_of=date(2023, 7, 1)).decision,
    "nipa-cloud",
    "region is not recorded",
    label="region",
)
case(
    "community.hub.participation",
    Status.UNKNOWN,
    lambda: check_hub_participation("acme", _HUB, _NIPA, as_of=date(2023, 7, 1)).decision,
    "acme",
    "no organisational membership",
    "2023-07-01",
    label="non_member",
)
case(
    "community.hub.participation",
    Status.NOT_APPLICABLE,
    lambda: (
        check_hub_participation(
            "nipa-cloud", _HUB, _NIPA, as_of=date(2023, 6, 1), region=_THAI
        ).decision
    ),
    "OpenInfra Asia",
    "2023-06-13",
    "2023-06-01",
)
_CAP_CITE = Citation("bylaws", date(2012, 8, 20), "4.17(a)")
case(
    "counting.seating.affiliation_cap",
    Status.FAILED,
    lambda: Decision.of(
        affiliation_cap({"a": "hp", "b": "hp"}, 2, citation=_CAP_CITE, sitting=("hp",))(
            ("a",), "b"
        )
    ),
    "b",
    "3 seat-holders",
    "hp",
    "more than 2",
)
case(
    "counting.seating.affiliation_cap",
    Status.PASSED,
    lambda: Decision.of(
        affiliation_cap({"a": "hp"}, 2, citation=_CAP_CITE, sitting=("hp",))((), "a")
    ),
    "a",
    "2 of at most 2",
    "hp",
)
case(
    "counting.seating.affiliation_cap",
    Status.PASSED,
    lambda: Decision.of(affiliation_cap({}, 2, citation=_CAP_CITE)((), "z")),
    "z",
    "no affiliation",
    label="none",
)
case(
    "counting.tc.affiliation_limit",
    Status.FAILED,
    lambda: Decision.of(
        tc_affiliation_limit(
            {"a": "rh", "b": "rh"}, tc_size=9, as_of=date(2024, 3, 1), continuing=("rh",) * 3
        )(("a",), "b")
    ),
    "b",
    "5 seat-holders",
    "rh",
    "more than 4",
    "at most half of a TC of 9",
)
case(
    "counting.tc.affiliation_limit",
    Status.PASSED,
    lambda: Decision.of(
        tc_affiliation_limit(
            {"a": "rh"}, tc_size=9, as_of=date(2020, 3, 1), continuing=("rh",) * 3
        )((), "a")
    ),
    "a",
    "4 of at most 4",
    "less than half of a TC of 9",
)
case(
    "record.coverage",
    Status.UNKNOWN,
    lambda: replay(date(2012, 9, 1), date(2012, 9, 1), dates=[date(2012, 9, 1)])[0],
    "2012-09-01",
    "2012-09-07",
)

case(
    "record.board_gap",
    Status.UNKNOWN,
    lambda: replay(date(2012, 9, 7), date(2012, 9, 7), dates=[date(2012, 9, 7)])[0],
    "2012-09-07",
    "the 2012 board",
    "classes",
)
case(
    "record.director_class",
    Status.UNKNOWN,
    lambda: replay(date(2012, 9, 7), date(2012, 9, 7), dates=[date(2012, 9, 7)])[0],
    "Jesse Andrews",
    "seat class",
    "WIKI-2012-11-02",
)
case(
    "record.platinum_member",
    Status.UNKNOWN,
    lambda: replay(date(2015, 1, 28), date(2015, 1, 28), dates=[date(2015, 1, 28)])[0],
    "Alan Clark",
    "Platinum director",
    "appointing Platinum member",
)


# --- The tests ---


class TestReasonsNameTheirFacts:
    """Each scenario's check names the facts a staffer needs to act on it."""

    @pytest.mark.parametrize("scenario", CASES, ids=[c.test_id for c in CASES])
    def test_rule_id_is_in_the_decision(self, scenario: Case) -> None:
        """A real rule function produced a check with the scenario's rule id."""
        result = scenario.decide()
        checks = result.checks if isinstance(result, Decision) else result.findings
        assert scenario.rule_id in {c.rule_id for c in checks}

    @pytest.mark.parametrize("scenario", CASES, ids=[c.test_id for c in CASES])
    def test_reason_names_its_facts(self, scenario: Case) -> None:
        """The check has the rule id and status, and its reason contains every pinned fact."""
        check = _check(scenario.decide(), scenario.rule_id, scenario.status)
        assert [] == [f for f in scenario.facts if f not in check.reason], check.reason
        assert [] == [f for f in scenario.absent if f in check.reason], check.reason


class TestCoverage:
    """The table pins a reason for every registered rule id."""

    def test_every_registered_id_has_a_scenario(self) -> None:
        """A rule id without a scenario here fails, so a new rule comes with a pinned reason."""
        assert set() == set(RULES) - {c.rule_id for c in CASES}

    def test_every_scenario_is_a_registered_id(self) -> None:
        """The table names no id the registry lacks."""
        assert set() == {c.rule_id for c in CASES} - set(RULES)
