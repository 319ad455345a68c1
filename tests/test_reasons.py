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

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
import pytest

from openinfra_model import (
    FeeLevel,
    Individual,
    IndividualStatus,
    Membership,
    Status,
    Tier,
)
from openinfra_model.core.rules import RULES
from openinfra_model.membership.dues import DUES, tiers_on
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

if TYPE_CHECKING:
    from collections.abc import Callable

    from openinfra_model import Check, Decision


@attrs.frozen
class Case:
    """One scenario: a rule run on real facts, the check it must give, the facts it must name.

    Attributes:
        rule_id: The id of the check the scenario is about.
        status: The status that check must have.
        decide: Runs the rule.
        facts: Strings the check's reason must contain.
        label: Tells scenarios of the same id and status apart.
    """

    rule_id: str
    status: Status
    decide: Callable[[], Decision]
    facts: tuple[str, ...]
    label: str = ""

    @property
    def test_id(self) -> str:
        """The pytest id: rule id, status, label."""
        return "-".join(p for p in (self.rule_id, self.status.name.lower(), self.label) if p)


CASES: list[Case] = []


def case(
    rule_id: str, status: Status, decide: Callable[[], Decision], *facts: str, label: str = ""
) -> None:
    """Add a scenario to the table."""
    CASES.append(Case(rule_id, status, decide, facts, label))


def _check(decision: Decision, rule_id: str, status: Status) -> Check:
    """The first check of ``decision`` with ``rule_id`` and ``status``."""
    found = [c for c in decision.checks if c.rule_id == rule_id]
    assert [] != found, f"{rule_id} not in {[c.rule_id for c in decision.checks]}"
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
for _tier in _DUES_TIERS:
    for _level in FeeLevel:
        for _day in (date(2014, 1, 15), date(2022, 6, 7), date(2025, 7, 1)):
            _d = dues_for(_tier, _level, as_of=_day)
            _facts = (_tier.value,)
            if _d.amount is not None:
                _facts = (_tier.value, f"${_d.amount:,}")
            elif _d.decision.outcome is Status.NOT_APPLICABLE:
                _gone = (_tier, _level) in DUES and _tier not in tiers_on(_day)
                _facts = (_tier.value, _day.isoformat() if _gone else _level.value)
            case(
                f"dues.{_tier.value}.{_level.value}",
                _d.decision.outcome,
                lambda t=_tier, lv=_level, dy=_day: dues_for(t, lv, as_of=dy).decision,
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
        lambda s=_status: individual_dues(s, as_of=date(2022, 1, 1)).decision,
        _status.value,
        "free",
    )
    case(
        f"dues.individual.{_status.value}",
        Status.UNKNOWN,
        lambda s=_status: individual_dues(s, as_of=date(2014, 1, 1)).decision,
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
                lambda h=_holder, r=_right, dy=_day: check_right(h, r, as_of=dy),
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


# --- The tests ---


class TestReasonsNameTheirFacts:
    """Each scenario's check names the facts a staffer needs to act on it."""

    @pytest.mark.parametrize("scenario", CASES, ids=[c.test_id for c in CASES])
    def test_reason_names_its_facts(self, scenario: Case) -> None:
        """The check has the rule id and status, and its reason contains every pinned fact."""
        check = _check(scenario.decide(), scenario.rule_id, scenario.status)
        assert [] == [f for f in scenario.facts if f not in check.reason], check.reason


class TestCoverage:
    """The table pins a reason for every registered rule id."""

    def test_every_registered_id_has_a_scenario(self) -> None:
        """A rule id without a scenario here fails, so a new rule comes with a pinned reason."""
        assert set() == set(RULES) - {c.rule_id for c in CASES}

    def test_every_scenario_is_a_registered_id(self) -> None:
        """The table names no id the registry lacks."""
        assert set() == {c.rule_id for c in CASES} - set(RULES)
