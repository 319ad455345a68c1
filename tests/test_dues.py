"""Annual dues by tier and fee level, 2012 to the Linux Foundation era (issue 3, items 6 and 8)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    FeeLevel,
    IndividualStatus,
    InvalidInputError,
    Membership,
    NoRegimeError,
    Organization,
    Roster,
    Status,
    Tier,
    dues_for,
    dues_owed,
    dumps,
    loads,
)
from openinfra_model.core.regimes import FIRST_DATE, LF_CLOSING, OIF_LAUNCH
from openinfra_model.membership import (
    Approver,
    DuesAssessment,
    DuesStatement,
    Fee,
    FeeKind,
    IndividualDues,
    assess_dues,
    individual_dues,
    tiers_on,
)
from openinfra_model.membership.dues import ASSOCIATE_TIER_CREATED, DUES

DAY = timedelta(days=1)
LAST_2012_DAY = OIF_LAUNCH - DAY


def _roster(*memberships: Membership, organizations: tuple[Organization, ...] = ()) -> Roster:
    """A roster of these memberships, with a plain organisation for each one not given."""
    given_ids = {o.id for o in organizations}
    plain = tuple(
        Organization(id=i, name=i.upper())
        for i in dict.fromkeys(m.organization for m in memberships)
        if i not in given_ids
    )
    return Roster(
        snapshot=date(2100, 1, 1), organizations=(*organizations, *plain), memberships=memberships
    )


DAYS = st.dates(min_value=FIRST_DATE, max_value=date(2030, 12, 31))
REVENUE = st.decimals(min_value=Decimal(0), max_value=Decimal("1e13"), places=2, allow_nan=False)


def _member(
    tier: Tier,
    *,
    level: FeeLevel = FeeLevel.ESTABLISHED,
    signed: date = date(2021, 3, 1),
    org: str = "acme",
    startup: date | None = None,
) -> Membership:
    return Membership(
        organization=org,
        tier=tier,
        fee_level=level,
        signed=signed,
        approved=signed,
        approver=Approver.BOARD,
        startup_agreement_signed=startup,
    )


class TestOpenStackFoundationDues:
    """2012 funding model: the OpenStack Foundation's dues.

    2012 funding model: Platinum $500,000 a year; Gold 0.025% of total revenue, at least
    $50,000 and at most $200,000; Corporate Sponsor $25,000; Startup Sponsor $10,000.
    """

    def test_platinum_500k_until_launch(self) -> None:
        """Platinum costs $500,000 on the last day of 2020 and $350,000 the next day."""
        assert Decimal("500000.00") == dues_for(Tier.PLATINUM, as_of=LAST_2012_DAY).amount
        assert Decimal("350000.00") == dues_for(Tier.PLATINUM, as_of=OIF_LAUNCH).amount

    def test_first_supported_day(self) -> None:
        """The 2012 schedule holds from 2012-08-20; the day before has no rule."""
        assert Decimal("500000.00") == dues_for(Tier.PLATINUM, as_of=FIRST_DATE).amount
        with pytest.raises(NoRegimeError) as err:
            dues_for(Tier.PLATINUM, as_of=FIRST_DATE - DAY)
        assert "dues.platinum.established" == err.value.rule

    @pytest.mark.parametrize(
        ("revenue", "expected"),
        [
            ("0", "50000.00"),
            ("100000000", "50000.00"),  # 25,000 raised to the minimum
            ("200000000", "50000.00"),  # exactly the minimum
            ("400000000", "100000.00"),
            ("400000020", "100000.01"),  # 100,000.005 rounds half up
            ("800000000", "200000.00"),  # exactly the maximum
            ("10000000000", "200000.00"),  # capped
        ],
    )
    def test_gold_revenue_formula(self, revenue: str, expected: str) -> None:
        """Gold dues are 0.025% of revenue, clamped to [$50,000, $200,000], to the cent."""
        a = dues_for(Tier.GOLD, as_of=date(2014, 1, 15), annual_revenue=Decimal(revenue))
        assert Decimal(expected) == a.amount
        assert Status.PASSED == a.decision.outcome

    def test_gold_without_revenue_is_unknown(self) -> None:
        """Without the member's revenue the 2012 Gold amount is UNKNOWN, bounded by min/max."""
        a = dues_for(Tier.GOLD, as_of=date(2014, 1, 15))
        assert a.amount is None
        assert Status.UNKNOWN == a.decision.outcome
        assert "revenue is not recorded" in a.decision.checks[0].reason
        assert ("50000.00", "200000.00") == (str(a.minimum), str(a.maximum))

    def test_gold_flat_from_launch(self) -> None:
        """From 2021-01-01 Gold is a flat $150,000: revenue no longer matters."""
        a = dues_for(Tier.GOLD, as_of=OIF_LAUNCH)
        assert Decimal("150000.00") == a.amount
        assert "seed-join-page" == a.citation.document

    @pytest.mark.parametrize(
        ("tier", "before", "after"),
        [
            (Tier.CORPORATE_SPONSOR, "25000.00", None),
            (Tier.STARTUP_SPONSOR, "10000.00", None),
        ],
    )
    def test_sponsor_levels_end_at_launch(
        self, tier: Tier, before: str, after: str | None
    ) -> None:
        """The sponsor levels cost $25,000 / $10,000 until 2020 and do not exist from 2021."""
        assert Decimal(before) == dues_for(tier, as_of=LAST_2012_DAY).amount
        a = dues_for(tier, as_of=OIF_LAUNCH)
        assert after == a.amount
        assert Status.NOT_APPLICABLE == a.decision.outcome
        assert "does not exist" in a.decision.checks[0].reason

    def test_no_start_up_gold_in_2012(self) -> None:
        """A start-up Gold member in 2020 has no level to pay at (NOT_APPLICABLE)."""
        a = dues_for(Tier.GOLD, FeeLevel.START_UP, as_of=LAST_2012_DAY)
        assert a.amount is None
        assert Status.NOT_APPLICABLE == a.decision.outcome
        assert "no start_up fee level" in a.decision.checks[0].reason


class TestOpenInfraFoundationDues:
    """OpenInfra Foundation (2021+) dues: the join page and the members page.

    Join page (seed 003) and members page: Platinum $350k; Gold $150k established / $50k
    start-up; Silver $15k / $5k; Associate free (from the tier's creation, 2021-05-12).
    """

    @pytest.mark.parametrize(
        ("tier", "level", "expected"),
        [
            (Tier.PLATINUM, FeeLevel.ESTABLISHED, "350000.00"),
            (Tier.GOLD, FeeLevel.ESTABLISHED, "150000.00"),
            (Tier.GOLD, FeeLevel.START_UP, "50000.00"),
            (Tier.SILVER, FeeLevel.ESTABLISHED, "15000.00"),
            (Tier.SILVER, FeeLevel.START_UP, "5000.00"),
        ],
    )
    def test_launch_schedule(self, tier: Tier, level: FeeLevel, expected: str) -> None:
        """Each tier and level costs the join page's amount from 2021-01-01."""
        a = dues_for(tier, level, as_of=OIF_LAUNCH)
        assert Decimal(expected) == a.amount
        assert Status.PASSED == a.decision.outcome

    def test_start_up_gold_member(self) -> None:
        """A start-up Gold member owes $50,000, citing the join page's Gold section."""
        a = assess_dues(_member(Tier.GOLD, level=FeeLevel.START_UP), as_of=date(2022, 6, 7))
        assert Decimal("50000.00") == a.amount
        assert "acme" == a.organization
        assert "Gold Membership" == a.citation.section

    def test_silver_does_not_exist_before_launch(self) -> None:
        """Silver on 2020-12-31: the tier does not exist (NOT_APPLICABLE)."""
        a = dues_for(Tier.SILVER, as_of=LAST_2012_DAY)
        assert Status.NOT_APPLICABLE == a.decision.outcome
        assert "the silver tier does not exist" in a.decision.checks[0].reason

    def test_associate_free_from_creation(self) -> None:
        """Associate is NOT_APPLICABLE the day before its creation and free on the day."""
        before = dues_for(Tier.ASSOCIATE, as_of=ASSOCIATE_TIER_CREATED - DAY)
        assert Status.NOT_APPLICABLE == before.decision.outcome
        assert Decimal("0.00") == dues_for(Tier.ASSOCIATE, as_of=ASSOCIATE_TIER_CREATED).amount

    def test_platinum_has_no_start_up_level(self) -> None:
        """Platinum has one fee level: a start-up Platinum is NOT_APPLICABLE."""
        a = dues_for(Tier.PLATINUM, FeeLevel.START_UP, as_of=date(2022, 1, 1))
        assert Status.NOT_APPLICABLE == a.decision.outcome
        assert a.amount is None


class TestLinuxFoundationEraDues:
    """Linux Foundation era (2025-06-01+) dues.

    From 2025-06-01 the same amounts, and a "legacy startup fee" level of Gold and Silver for
    holders of a pre-closing OpenStack Foundation Startup Agreement; its amount is in no
    source.
    """

    @pytest.mark.parametrize("tier", [Tier.GOLD, Tier.SILVER])
    def test_legacy_level_unknown_from_closing(self, tier: Tier) -> None:
        """The legacy level is NOT_APPLICABLE before the closing, UNKNOWN from it."""
        before = dues_for(tier, FeeLevel.LEGACY_STARTUP, as_of=LF_CLOSING - DAY)
        after = dues_for(tier, FeeLevel.LEGACY_STARTUP, as_of=LF_CLOSING)
        assert Status.NOT_APPLICABLE == before.decision.outcome
        assert Status.UNKNOWN == after.decision.outcome
        assert after.amount is None
        assert "No source gives the legacy start-up amount" in after.decision.checks[0].reason

    def test_start_up_level_becomes_legacy(self) -> None:
        """Gold start-up is $50,000 on 2025-05-31 and no longer offered on 2025-06-01."""
        assert (
            Decimal("50000.00")
            == dues_for(Tier.GOLD, FeeLevel.START_UP, as_of=LF_CLOSING - DAY).amount
        )
        a = dues_for(Tier.GOLD, FeeLevel.START_UP, as_of=LF_CLOSING)
        assert Status.NOT_APPLICABLE == a.decision.outcome

    def test_amounts_unchanged(self) -> None:
        """Platinum, Gold and Silver keep $350k / $150k / $15k, citing the members page."""
        a = dues_for(Tier.PLATINUM, as_of=LF_CLOSING)
        assert Decimal("350000.00") == a.amount
        assert "members-page" == a.citation.document

    def test_legacy_member_with_startup_agreement(self) -> None:
        """A legacy member with a pre-closing Startup Agreement qualifies; amount UNKNOWN."""
        m = _member(Tier.SILVER, level=FeeLevel.LEGACY_STARTUP, startup=date(2023, 2, 1))
        a = assess_dues(m, as_of=date(2025, 9, 1))
        assert Status.UNKNOWN == a.decision.outcome
        assert Status.PASSED == a.decision.check("lf.member.legacy_startup").status

    @pytest.mark.parametrize("startup", [None, LF_CLOSING])
    def test_legacy_member_without_agreement_fails(self, startup: date | None) -> None:
        """No Startup Agreement before the closing: the legacy level is refused (FAILED)."""
        m = _member(Tier.GOLD, level=FeeLevel.LEGACY_STARTUP, startup=startup)
        a = assess_dues(m, as_of=date(2025, 9, 1))
        assert Status.FAILED == a.decision.outcome
        assert a.amount is None


class TestWhatMembersOwe:
    """What the memberships in force on a date owe together."""

    def test_statement(self) -> None:
        """Known amounts add up; a Gold 2014 member without revenue is listed as unknown."""
        ms = (
            _member(Tier.PLATINUM, signed=FIRST_DATE, org="p"),
            _member(Tier.GOLD, signed=date(2013, 1, 1), org="g"),
            _member(Tier.GOLD, signed=date(2013, 1, 1), org="r"),
        )
        orgs = (Organization(id="r", name="R", annual_revenue=Decimal(400000000)),)
        s = dues_owed(_roster(*ms, organizations=orgs), as_of=date(2014, 6, 1))
        assert Decimal("600000.00") == s.total
        assert ("g",) == tuple(a.organization for a in s.unknown)
        assert (Decimal("650000.00"), Decimal("800000.00")) == s.total_range
        assert not s.complete
        assert ("p", "g", "r") == tuple(a.organization for a in s.assessments)

    def test_platinum_signed_2023_owes_from_january(self) -> None:
        """A Platinum member approved in 2023 is in force, and owes, from 2024-01-01."""
        m = _member(Tier.PLATINUM, signed=date(2023, 6, 1))
        assert () == dues_owed(_roster(m), as_of=date(2023, 12, 31)).assessments
        assert Decimal("350000.00") == dues_owed(_roster(m), as_of=date(2024, 1, 1)).total

    def test_platinum_signed_2024_owes_from_approval(self) -> None:
        """A Platinum member approved in June 2024 is in force, and owes, from that day."""
        m = _member(Tier.PLATINUM, signed=date(2024, 6, 1))
        assert () == dues_owed(_roster(m), as_of=date(2024, 5, 31)).assessments
        assert Decimal("350000.00") == dues_owed(_roster(m), as_of=date(2024, 6, 1)).total

    def test_wrong_organisation_refused(self) -> None:
        """Passing another organisation's record is malformed input, named by path."""
        with pytest.raises(InvalidInputError) as err:
            assess_dues(_member(Tier.GOLD), Organization(id="other", name="O"), as_of=OIF_LAUNCH)
        assert ("organization.id",) == err.value.paths

    def test_tiers_by_period(self) -> None:
        """The tiers of 2020-12-31, 2021-01-01 and 2021-05-12."""
        assert frozenset(
            {Tier.PLATINUM, Tier.GOLD, Tier.CORPORATE_SPONSOR, Tier.STARTUP_SPONSOR}
        ) == tiers_on(as_of=LAST_2012_DAY)
        assert frozenset({Tier.PLATINUM, Tier.GOLD, Tier.SILVER}) == tiers_on(as_of=OIF_LAUNCH)
        assert Tier.ASSOCIATE in tiers_on(as_of=ASSOCIATE_TIER_CREATED)


class TestIndividuals:
    """Individual members and Community accounts.

    "It's free to participate as an individual Foundation member." "Community Account: Free"
    (join page, from 2021). The earlier sources state no individual fee.
    """

    @pytest.mark.parametrize("status", list(IndividualStatus))
    def test_free_from_launch_unknown_before(self, status: IndividualStatus) -> None:
        """UNKNOWN on 2020-12-31; free ($0.00, PASSED) on 2021-01-01."""
        before = individual_dues(status, as_of=LAST_2012_DAY)
        on = individual_dues(status, as_of=OIF_LAUNCH)
        assert (None, Status.UNKNOWN) == (before.amount, before.decision.outcome)
        assert (Decimal("0.00"), Status.PASSED) == (on.amount, on.decision.outcome)
        assert on == loads(dumps(on), IndividualDues)


class TestFeeValues:
    """The dues tables' values describe themselves and refuse bad money."""

    def test_str(self) -> None:
        """Fees render in words for the rules reference and the report."""
        assert "$15,000.00 a year" == str(Fee.fixed("15000"))
        assert "unknown" == str(Fee(kind=FeeKind.UNKNOWN))
        assert "not offered" == str(Fee(kind=FeeKind.NOT_OFFERED))

    def test_negative_amount_refused(self) -> None:
        """A negative fee is malformed, named by its field."""
        with pytest.raises(InvalidInputError) as err:
            Fee(kind=FeeKind.FIXED, amount=Decimal(-1))
        assert ("amount",) == err.value.paths

    @pytest.mark.parametrize("rate", [Decimal(-1), Decimal(2), Decimal("NaN")])
    def test_bad_rate_refused(self, rate: Decimal) -> None:
        """A revenue share outside [0, 1] is malformed, named by its field."""
        with pytest.raises(InvalidInputError) as err:
            Fee(kind=FeeKind.REVENUE_FORMULA, rate=rate)
        assert ("rate",) == err.value.paths

    def test_every_table_starts_on_the_first_date(self) -> None:
        """Every dues table answers from 2012-08-20 (a tier's absence is a window, not a gap)."""
        assert {FIRST_DATE} == {t.first for t in DUES.values()}


class TestProperties:
    """Invariants over every tier, fee level, date and revenue."""

    @given(
        tier=st.sampled_from(Tier),
        level=st.sampled_from(FeeLevel),
        day=DAYS,
        revenue=st.none() | REVENUE,
    )
    def test_dues_never_negative_and_exact(
        self, tier: Tier, level: FeeLevel, day: date, revenue: Decimal | None
    ) -> None:
        """An amount is an exact Decimal in cents, never negative; None only if not PASSED."""
        a = dues_for(tier, level, as_of=day, annual_revenue=revenue)
        if a.amount is None:
            assert Status.PASSED != a.decision.outcome
        else:
            assert isinstance(a.amount, Decimal)
            assert a.amount >= 0
            assert -2 == a.amount.as_tuple().exponent
            assert Status.PASSED == a.decision.outcome

    @given(day=st.dates(min_value=FIRST_DATE, max_value=LAST_2012_DAY), revenue=REVENUE)
    def test_gold_2012_within_bounds(self, day: date, revenue: Decimal) -> None:
        """The 2012 Gold formula always gives between $50,000 and $200,000."""
        a = dues_for(Tier.GOLD, as_of=day, annual_revenue=revenue)
        assert a.amount is not None
        assert Decimal(50000) <= a.amount <= Decimal(200000)

    @given(low=REVENUE, high=REVENUE)
    def test_gold_2012_monotone(self, low: Decimal, high: Decimal) -> None:
        """More revenue never lowers the 2012 Gold dues."""
        low, high = sorted((low, high))
        d = date(2015, 1, 1)
        a = dues_for(Tier.GOLD, as_of=d, annual_revenue=low).amount
        b = dues_for(Tier.GOLD, as_of=d, annual_revenue=high).amount
        assert a is not None
        assert b is not None
        assert a <= b

    @given(tier=st.sampled_from(Tier), level=st.sampled_from(FeeLevel), day=DAYS)
    def test_assessment_round_trip(self, tier: Tier, level: FeeLevel, day: date) -> None:
        """Every assessment survives the converter unchanged."""
        a = dues_for(tier, level, as_of=day)
        assert a == loads(dumps(a), DuesAssessment)

    @given(
        tiers=st.lists(st.tuples(st.sampled_from(Tier), st.sampled_from(FeeLevel)), max_size=8),
        day=DAYS,
    )
    def test_statement_totals(self, tiers: list[tuple[Tier, FeeLevel]], day: date) -> None:
        """The total is the sum of the known amounts; the range brackets the full dues."""
        ms = [
            Membership(
                organization=f"o{i}",
                tier=tier,
                fee_level=level,
                signed=FIRST_DATE,
                term_start=FIRST_DATE,
            )
            for i, (tier, level) in enumerate(tiers)
        ]
        s = dues_owed(_roster(*ms), as_of=day)
        assert len(ms) == len(s.assessments)
        assert sum((a.amount or 0 for a in s.assessments), Decimal(0)) == s.total
        if s.total_range is not None:
            low, high = s.total_range
            assert s.total <= low <= high
        assert s.complete == (not s.unknown)

    @given(day=DAYS)
    def test_statement_round_trip(self, day: date) -> None:
        """A statement over mixed members survives the converter unchanged."""
        ms = (_member(Tier.PLATINUM, signed=FIRST_DATE, org="p"), _member(Tier.GOLD, org="g"))
        s = dues_owed(_roster(*ms), as_of=day)
        assert s == loads(dumps(s), DuesStatement)
