"""Dues facts that mutation testing found unpinned (issue 18, item 3; tools/mutation.py dues).

Each test pins a fact a mutant of ``membership/dues.py`` changed without any other test
noticing: the rate validator's bounds, the 2012 Gold formula's reason at its floor and ceiling,
the legacy start-up check from the closing day, the notes of levels not offered, the old
``dues_owed`` form, and the citation of unknown individual dues.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from openinfra_model import (
    FeeLevel,
    IndividualStatus,
    InvalidInputError,
    Membership,
    Organization,
    Roster,
    Status,
    Tier,
    dues_for,
    dues_owed,
    dumps,
)
from openinfra_model.core.regimes import LF_CLOSING
from openinfra_model.membership import Fee, FeeKind, assess_dues, individual_dues, tiers_on
from openinfra_model.membership.dues import DUES, INDIVIDUAL_DUES

DAY = timedelta(days=1)
GOLD_2012_DAY = date(2014, 1, 15)


class TestFeeRate:
    """The rate of a revenue formula is a Decimal fraction in [0, 1]."""

    @pytest.mark.parametrize("rate", ["0", "0.00025", "1"])
    def test_rates_in_the_closed_interval_are_accepted(self, rate: str) -> None:
        """Both ends of [0, 1] and a rate between them make a fee."""
        fee = Fee(kind=FeeKind.REVENUE_FORMULA, rate=Decimal(rate))
        assert Decimal(rate) == fee.rate

    @pytest.mark.parametrize("rate", [Decimal("-0.0001"), Decimal("1.0001"), Decimal("NaN")])
    def test_rates_outside_it_are_refused_naming_the_field_and_value(self, rate: Decimal) -> None:
        """Just below 0, just above 1, and NaN are refused at the path ``rate``."""
        with pytest.raises(InvalidInputError) as caught:
            Fee(kind=FeeKind.REVENUE_FORMULA, rate=rate)
        problem = caught.value.problems[0]
        assert ("rate", True) == (problem.path, str(rate) in problem.message)

    def test_a_float_rate_is_refused(self) -> None:
        """A float is not a Decimal fraction, even inside [0, 1]."""
        with pytest.raises(InvalidInputError) as caught:
            Fee(kind=FeeKind.REVENUE_FORMULA, rate=0.5)  # type: ignore[arg-type]
        assert "rate" == caught.value.problems[0].path

    def test_the_formula_reads_as_a_percentage_with_its_bounds(self) -> None:
        """The 2012 Gold fee in words: .025% of revenue, $50,000 to $200,000."""
        expected = "0.025% of annual revenue, at least $50,000.00 and at most $200,000.00"
        assert expected == str(Fee.revenue_share("0.00025", "50000", "200000"))


class TestGoldFormula2012:
    """Gold 2012: revenue times .025%, at least $50,000 and at most $200,000."""

    def test_below_the_floor_the_reason_names_product_and_minimum(self) -> None:
        """$100M of revenue gives $25,000, raised to the $50,000 minimum."""
        a = dues_for(Tier.GOLD, as_of=GOLD_2012_DAY, annual_revenue=Decimal(100000000))
        reason = a.decision.checks[0].reason
        expected = (Decimal("50000.00"), True, True, True)
        actual = (
            a.amount,
            "$100,000,000.00" in reason,
            "gives $25,000.00" in reason,
            "minimum $50,000.00" in reason,
        )
        assert expected == actual

    def test_exactly_at_the_floor_nothing_is_raised(self) -> None:
        """$200M of revenue gives exactly $50,000: the minimum is not applied."""
        a = dues_for(Tier.GOLD, as_of=GOLD_2012_DAY, annual_revenue=Decimal(200000000))
        reason = a.decision.checks[0].reason
        assert (Decimal("50000.00"), False) == (a.amount, "minimum" in reason)

    def test_exactly_at_the_ceiling_nothing_is_capped(self) -> None:
        """$800M of revenue gives exactly $200,000: the maximum is not applied."""
        a = dues_for(Tier.GOLD, as_of=GOLD_2012_DAY, annual_revenue=Decimal(800000000))
        reason = a.decision.checks[0].reason
        assert (Decimal("200000.00"), False) == (a.amount, "maximum" in reason)

    def test_above_the_ceiling_the_reason_names_product_and_maximum(self) -> None:
        """$1B of revenue gives $250,000, capped at the $200,000 maximum."""
        a = dues_for(Tier.GOLD, as_of=GOLD_2012_DAY, annual_revenue=Decimal(1000000000))
        reason = a.decision.checks[0].reason
        expected = (Decimal("200000.00"), True, True)
        actual = (a.amount, "gives $250,000.00" in reason, "maximum $200,000.00" in reason)
        assert expected == actual


class TestNotOffered:
    """A level not offered on a date says why, with its table's note."""

    @pytest.mark.parametrize(
        ("tier", "level", "day"),
        [
            (Tier.SILVER, FeeLevel.ESTABLISHED, date(2020, 12, 31)),
            (Tier.ASSOCIATE, FeeLevel.ESTABLISHED, date(2021, 5, 11)),
            (Tier.CORPORATE_SPONSOR, FeeLevel.ESTABLISHED, date(2021, 1, 1)),
            (Tier.GOLD, FeeLevel.START_UP, LF_CLOSING),
        ],
    )
    def test_the_reason_carries_the_window_note(
        self, tier: Tier, level: FeeLevel, day: date
    ) -> None:
        """The reason ends with the dues window's note."""
        a = dues_for(tier, level, as_of=day)
        note = DUES[tier, level].at(day).note
        assert (Status.NOT_APPLICABLE, True) == (
            a.decision.outcome,
            a.decision.checks[0].reason.endswith(f": {note}"),
        )


def _legacy(agreement: date | None) -> Membership:
    return Membership(
        organization="acme",
        tier=Tier.SILVER,
        fee_level=FeeLevel.LEGACY_STARTUP,
        signed=date(2022, 3, 1),
        approved=date(2022, 3, 1),
        startup_agreement_signed=agreement,
    )


class TestLegacyStartup:
    """From the closing, the legacy start-up level needs a pre-closing Startup Agreement."""

    def test_with_an_agreement_the_condition_passes_beside_the_unknown_amount(self) -> None:
        """On the closing day an eligible member's condition passes; no source gives the amount."""
        a = assess_dues(_legacy(date(2022, 3, 1)), as_of=LF_CLOSING)
        expected = (Status.UNKNOWN, None, "lf.member.legacy_startup", Status.PASSED)
        actual = (
            a.decision.outcome,
            a.amount,
            a.decision.checks[1].rule_id,
            a.decision.checks[1].status,
        )
        assert expected == actual

    def test_without_one_no_amount_and_no_range(self) -> None:
        """On the closing day a member without an agreement fails: no amount, no bounds."""
        a = assess_dues(_legacy(None), as_of=LF_CLOSING)
        assert (Status.FAILED, None, None, None) == (
            a.decision.outcome,
            a.amount,
            a.minimum,
            a.maximum,
        )

    def test_the_day_before_the_closing_the_condition_is_not_checked(self) -> None:
        """Before the closing the level is not offered and the LF condition is not added."""
        a = assess_dues(_legacy(None), as_of=LF_CLOSING - DAY)
        assert ["dues.silver.legacy_startup"] == [c.rule_id for c in a.decision.checks]

    def test_an_established_member_after_the_closing_gets_one_check(self) -> None:
        """The legacy condition concerns only the legacy start-up level."""
        m = Membership(organization="big", tier=Tier.GOLD, signed=date(2022, 3, 1))
        a = assess_dues(m, as_of=LF_CLOSING)
        assert ["dues.gold.established"] == [c.rule_id for c in a.decision.checks]


class TestAssessDuesInput:
    """assess_dues refuses another member's organisation."""

    def test_a_mismatched_organisation_is_refused_naming_both(self) -> None:
        """The problem is at ``organization.id`` and names both ids."""
        m = Membership(organization="acme", tier=Tier.GOLD, signed=date(2022, 3, 1))
        with pytest.raises(InvalidInputError) as caught:
            assess_dues(m, Organization(id="other", name="Other"), as_of=date(2022, 6, 1))
        problem = caught.value.problems[0]
        expected = ("organization.id", True, True)
        actual = (problem.path, "'other'" in problem.message, "'acme'" in problem.message)
        assert expected == actual


class TestDuesOwedOldForm:
    """The deprecated ``dues_owed(memberships, organizations, as_of=...)`` still answers."""

    def test_the_old_form_reads_revenue_from_the_organisations(self) -> None:
        """2014 Gold with $1B revenue: the old form warns and prices it at $200,000."""
        m = Membership(
            organization="ntt", tier=Tier.GOLD, signed=date(2013, 3, 1), approved=date(2013, 3, 1)
        )
        org = Organization(id="ntt", name="NTT", annual_revenue=Decimal(1000000000))
        with pytest.warns(DeprecationWarning, match=r"dues_owed\(roster, as_of=\.\.\.\)"):
            old = dues_owed([m], [org], as_of=GOLD_2012_DAY)
        new = dues_owed(
            Roster(snapshot=GOLD_2012_DAY, organizations=(org,), memberships=(m,)),
            as_of=GOLD_2012_DAY,
        )
        assert (Decimal("200000.00"), new) == (old.total, old)

    def test_the_old_form_without_organisations_leaves_revenue_unknown(self) -> None:
        """Without organisations the 2012 Gold amount is unknown, not an error."""
        m = Membership(
            organization="ntt", tier=Tier.GOLD, signed=date(2013, 3, 1), approved=date(2013, 3, 1)
        )
        with pytest.warns(DeprecationWarning, match="dues_owed"):
            old = dues_owed([m], as_of=GOLD_2012_DAY)
        assert (Decimal(0), 1) == (old.total, len(old.unknown))

    def test_a_roster_with_organisations_is_a_type_error(self) -> None:
        """A roster holds its organisations; passing others too is refused."""
        roster = Roster(snapshot=GOLD_2012_DAY, organizations=(), memberships=())
        with pytest.raises(TypeError):
            dues_owed(roster, [], as_of=GOLD_2012_DAY)  # type: ignore[call-overload]


class TestIndividualDues:
    """Unknown individual dues still cite the table that is silent."""

    def test_unknown_individual_dues_cite_their_window(self) -> None:
        """Before 2021 the amount is unknown and the check cites the window in force."""
        day = date(2014, 1, 1)
        d = individual_dues(IndividualStatus.FOUNDATION_MEMBER, as_of=day)
        window = INDIVIDUAL_DUES[IndividualStatus.FOUNDATION_MEMBER].at(day)
        assert (None, Status.UNKNOWN, window.citation) == (
            d.amount,
            d.decision.outcome,
            d.decision.checks[0].citation,
        )


_GOLD_2013 = Membership(
    organization="ntt", tier=Tier.GOLD, signed=date(2013, 3, 1), approved=date(2013, 3, 1)
)


class TestRows:
    """The typed rows are a table schema: their column names and values are facts."""

    def test_an_assessment_row_has_its_columns_and_range(self) -> None:
        """2012 Gold without revenue: no amount, the formula's range, outcome unknown."""
        row = assess_dues(_GOLD_2013, as_of=GOLD_2012_DAY).to_rows()[0]
        expected = {
            "as_of": GOLD_2012_DAY,
            "organization": "ntt",
            "tier": "gold",
            "fee_level": "established",
            "amount": None,
            "minimum": Decimal("50000.00"),
            "maximum": Decimal("200000.00"),
            "outcome": "unknown",
        }
        assert expected == {k: v for k, v in row.items() if k != "reason"}

    def test_the_range_is_in_cents_like_the_amounts(self) -> None:
        """The 2012 Gold bounds are quantized to cents in the row and on the wire, as amounts."""
        a = assess_dues(_GOLD_2013, as_of=GOLD_2012_DAY)
        row = a.to_rows()[0]
        assert ("50000.00", "200000.00", True) == (
            str(row["minimum"]),
            str(row["maximum"]),
            '"minimum":"50000.00","maximum":"200000.00"' in dumps(a),
        )

    def test_the_reason_column_joins_every_check(self) -> None:
        """Two checks (amount, legacy condition) give two reasons joined by a semicolon."""
        a = assess_dues(_legacy(None), as_of=LF_CLOSING)
        expected = "; ".join(c.reason for c in a.decision.checks)
        assert (2, expected) == (len(a.decision.checks), a.to_rows()[0]["reason"])

    def test_an_individual_dues_row(self) -> None:
        """A Community account in 2022: free, passed, with its reason."""
        d = individual_dues(IndividualStatus.COMMUNITY, as_of=date(2022, 1, 1))
        expected = (
            {
                "as_of": date(2022, 1, 1),
                "status": "community",
                "amount": Decimal("0.00"),
                "outcome": "passed",
                "reason": d.decision.checks[0].reason,
            },
        )
        assert expected == d.to_rows()


class TestOneLineSummaries:
    """The one-line summaries name the range and the count of unknown amounts."""

    def test_an_unknown_amount_shows_its_range(self) -> None:
        """2012 Gold without revenue reads as the range $50,000..$200,000."""
        assert "50000.00..200000.00 UNKNOWN" in repr(assess_dues(_GOLD_2013, as_of=GOLD_2012_DAY))

    def test_an_amount_without_a_range_reads_unknown(self) -> None:
        """The legacy level without an agreement has no amount and no range."""
        assert "unknown FAILED" in repr(assess_dues(_legacy(None), as_of=LF_CLOSING))

    def test_a_statement_counts_its_unknown_amounts(self) -> None:
        """One unknown amount is counted; a complete statement mentions none."""
        roster = Roster(
            snapshot=GOLD_2012_DAY,
            organizations=(Organization(id="ntt", name="NTT"),),
            memberships=(_GOLD_2013,),
        )
        partial = repr(dues_owed(roster, as_of=GOLD_2012_DAY))
        complete = repr(dues_owed(roster, as_of=date(2022, 1, 1)))
        assert (True, False) == ("1 unknown" in partial, "unknown" in complete)

    def test_the_tiers_of_a_day_are_listed_in_tier_order(self) -> None:
        """From 2021-05-12 the tiers are Platinum, Gold, Silver and Associate."""
        assert "platinum, gold, silver, associate" == str(tiers_on(as_of=date(2022, 1, 1)))

    def test_an_assessment_names_its_organisation_when_it_has_one(self) -> None:
        """A membership's assessment names the organisation; a bare tier price names none."""
        of_member = repr(assess_dues(_GOLD_2013, as_of=date(2022, 1, 1)))
        of_tier = repr(dues_for(Tier.GOLD, as_of=date(2022, 1, 1)))
        expected = ("<DuesAssessment ntt gold/", "<DuesAssessment gold/")
        assert expected == (of_member[:25], of_tier[:21])
