"""The Linux Foundation era (from 2025-06-01).

Sources: charter §2(a), §2(e), §10(b), the participation agreement FAQ and the Election
Procedures Policy's transition clause.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    FeeLevel,
    Individual,
    IndividualStatus,
    InvalidInputError,
    Membership,
    Status,
    Tier,
    dumps,
    loads,
    regime_on,
    strategies,
)
from openinfra_model.funds import (
    ClosingDirector,
    ClosingSeat,
    LinuxFoundationFee,
    LinuxFoundationFeeSchedule,
    check_closing_transition,
    linux_foundation_fee,
)
from openinfra_model.funds.linux_foundation import LF_FEE
from openinfra_model.membership import (
    LinuxFoundationLevel,
    LinuxFoundationMembership,
    check_directed_fund_member,
    check_legacy_startup_eligibility,
    check_lf_membership,
    check_oif_individual_member,
)

CLOSING = date(2025, 6, 1)
EVE = date(2025, 5, 31)


def _lf(
    level: LinuxFoundationLevel, since: date = date(2025, 5, 1), until: date | None = None
) -> LinuxFoundationMembership:
    return LinuxFoundationMembership(level=level, since=since, until=until)


def _member(
    tier: Tier = Tier.GOLD,
    lf: LinuxFoundationMembership | None = None,
    fee_level: FeeLevel = FeeLevel.ESTABLISHED,
    startup: date | None = None,
) -> Membership:
    return Membership(
        organization="acme",
        tier=tier,
        fee_level=fee_level,
        signed=date(2022, 1, 1),
        approved=date(2022, 1, 1),
        linux_foundation=lf,
        startup_agreement_signed=startup,
    )


class TestLinuxFoundationFee:
    """The Linux Foundation fee.

    Charter §10(b): "9% of the Directed Fund's first $1,000,000 of gross receipts each year
    and 6% of the Directed Fund's gross receipts each year over $1,000,000".
    """

    @pytest.mark.parametrize(
        ("receipts", "first", "excess", "total"),
        [
            ("500000", "45000.00", "0.00", "45000.00"),
            ("1000000", "90000.00", "0.00", "90000.00"),
            ("3200000", "90000.00", "132000.00", "222000.00"),
        ],
    )
    def test_fee_at_sample_receipts(
        self, receipts: str, first: str, excess: str, total: str
    ) -> None:
        """$500k, $1M and $3.2M of receipts give the quoted schedule's fee, exactly."""
        fee = linux_foundation_fee(Decimal(receipts), as_of=date(2026, 3, 1))
        assert (Decimal(first), Decimal(excess), Decimal(total)) == (
            fee.on_first_tier,
            fee.on_excess,
            fee.total,
        )
        assert Status.PASSED == fee.decision.outcome
        assert "10(b)" == fee.decision.checks[0].citation.section

    def test_no_fee_before_closing(self) -> None:
        """On 2025-05-31 there is no LF fee; on 2025-06-01 there is."""
        assert Decimal(0) == linux_foundation_fee(Decimal(500_000), as_of=EVE).total
        assert Status.NOT_APPLICABLE == linux_foundation_fee(0, as_of=EVE).decision.outcome
        assert Decimal(45_000) == linux_foundation_fee(500_000, as_of=CLOSING).total

    def test_cents_are_rounded_half_up(self) -> None:
        """9% of $0.50 is 4.5 cents, rounded half-up to 5 cents (our documented choice)."""
        assert Decimal("0.05") == linux_foundation_fee(Decimal("0.50"), as_of=CLOSING).total

    @given(st.integers(min_value=0, max_value=10**10))
    def test_whole_dollars_never_rounded(self, dollars: int) -> None:
        """On whole-dollar receipts the fee is exactly 9% up to $1M and 6% above."""
        fee = linux_foundation_fee(dollars, as_of=CLOSING)
        expected = Decimal("0.09") * min(dollars, 10**6) + Decimal("0.06") * max(
            dollars - 10**6, 0
        )
        assert expected == fee.total

    @given(
        st.decimals(min_value=0, max_value=10**9, places=2),
        st.decimals(min_value=0, max_value=10**9, places=2),
    )
    def test_fee_is_monotone_and_at_most_nine_percent(self, a: Decimal, b: Decimal) -> None:
        """More receipts never cost less, and the fee never exceeds 9% (plus a cent)."""
        low, high = sorted((a, b))
        f_low = linux_foundation_fee(low, as_of=CLOSING).total
        f_high = linux_foundation_fee(high, as_of=CLOSING).total
        assert f_low <= f_high
        assert f_high <= high * Decimal("0.09") + Decimal("0.01")

    @pytest.mark.parametrize("bad", [0.5, Decimal(-1), Decimal("1.001"), "NaN"])
    def test_bad_receipts_refused(self, bad: object) -> None:
        """Floats, negatives, sub-cent and non-finite amounts are refused by name."""
        with pytest.raises(InvalidInputError) as err:
            linux_foundation_fee(bad, as_of=CLOSING)  # type: ignore[arg-type]
        assert ("gross_receipts",) == err.value.paths

    def test_lookup_routes_by_date(self) -> None:
        """The regime view shows the schedule from the closing and none before it."""
        assert regime_on(as_of=EVE).value("lf.fee") is None
        assert LF_FEE.value(CLOSING) == regime_on(as_of=date(2026, 1, 15)).value("lf.fee")


class TestLinuxFoundationMembership:
    """Linux Foundation membership of every member.

    Charter §2(a): classes "Platinum, Gold, Silver and Associate Members", all "current
    corporate members of the LF (at any level)"; Associates must be LF Associates.
    """

    def test_member_without_lf_membership_fails_after_closing(self) -> None:
        """A Gold member without LF membership fails on 2025-06-01 (and is n/a the day before)."""
        m = _member()
        on = check_lf_membership(m, as_of=CLOSING)
        assert Status.FAILED == on.outcome
        assert Status.FAILED == on.check("lf.member.linux_foundation").status
        before = check_lf_membership(m, as_of=EVE)
        assert Status.NOT_APPLICABLE == before.outcome
        assert "not yet a Linux Foundation directed fund" in before.checks[0].reason

    def test_member_with_lf_membership_passes(self) -> None:
        """A Gold member that is an LF Silver member passes."""
        d = check_lf_membership(_member(lf=_lf(LinuxFoundationLevel.SILVER)), as_of=CLOSING)
        assert Status.PASSED == d.outcome

    def test_lapsed_lf_membership_fails(self) -> None:
        """An LF membership ended before the day asked does not count."""
        m = _member(lf=_lf(LinuxFoundationLevel.GOLD, until=date(2025, 9, 1)))
        assert Status.PASSED == check_lf_membership(m, as_of=date(2025, 8, 31)).outcome
        assert Status.FAILED == check_lf_membership(m, as_of=date(2025, 9, 1)).outcome

    def test_associate_needs_lf_associate(self) -> None:
        """An Associate member must be an LF Associate; an LF Gold member does not qualify."""
        ok = _member(Tier.ASSOCIATE, lf=_lf(LinuxFoundationLevel.ASSOCIATE))
        wrong = _member(Tier.ASSOCIATE, lf=_lf(LinuxFoundationLevel.GOLD))
        assert Status.PASSED == check_lf_membership(ok, as_of=CLOSING).outcome
        assert Status.FAILED == check_lf_membership(wrong, as_of=CLOSING).outcome

    def test_gold_member_as_lf_associate_unknown(self) -> None:
        """Whether an LF Associate membership is a corporate one 'at any level' is not stated."""
        m = _member(Tier.GOLD, lf=_lf(LinuxFoundationLevel.ASSOCIATE))
        assert Status.UNKNOWN == check_lf_membership(m, as_of=CLOSING).outcome

    def test_old_sponsor_tier_is_not_a_class(self) -> None:
        """The 2012 sponsor levels are not member classes of the directed fund."""
        m = _member(Tier.CORPORATE_SPONSOR, lf=_lf(LinuxFoundationLevel.SILVER))
        assert (
            Status.FAILED == check_lf_membership(m, as_of=CLOSING).check("lf.member.class").status
        )


class TestLegacyStartup:
    """The legacy start-up level.

    FAQ: the "legacy startup fee" level of Gold and Silver "is only available to Qualified
    OIF Members who prior to the Closing Date had executed a Startup Agreement with OpenStack
    Foundation".
    """

    def test_pre_closing_agreement_qualifies(self) -> None:
        """An agreement executed on 2025-05-31 qualifies; one on 2025-06-01 does not."""
        eve = _member(Tier.SILVER, fee_level=FeeLevel.LEGACY_STARTUP, startup=EVE)
        day = _member(Tier.SILVER, fee_level=FeeLevel.LEGACY_STARTUP, startup=CLOSING)
        assert Status.PASSED == check_legacy_startup_eligibility(eve, as_of=CLOSING).outcome
        assert Status.FAILED == check_legacy_startup_eligibility(day, as_of=CLOSING).outcome

    def test_no_agreement_fails(self) -> None:
        """Claiming the level without any Startup Agreement fails."""
        m = _member(fee_level=FeeLevel.LEGACY_STARTUP)
        assert Status.FAILED == check_legacy_startup_eligibility(m, as_of=CLOSING).outcome

    def test_only_gold_and_silver(self) -> None:
        """Platinum has no legacy start-up level."""
        m = _member(Tier.PLATINUM, fee_level=FeeLevel.LEGACY_STARTUP, startup=date(2021, 1, 1))
        assert Status.FAILED == check_legacy_startup_eligibility(m, as_of=CLOSING).outcome

    def test_start_up_level_read_as_legacy(self) -> None:
        """A start-up member continuing past the closing needs the pre-closing agreement."""
        m = _member(fee_level=FeeLevel.START_UP)
        assert Status.FAILED == check_legacy_startup_eligibility(m, as_of=CLOSING).outcome

    def test_established_not_concerned(self) -> None:
        """The rule does not concern members at the established level."""
        assert (
            Status.NOT_APPLICABLE
            == check_legacy_startup_eligibility(_member(), as_of=CLOSING).outcome
        )

    def test_before_closing_not_applicable(self) -> None:
        """Before the closing the legacy level did not exist."""
        m = _member(fee_level=FeeLevel.START_UP)
        assert Status.NOT_APPLICABLE == check_legacy_startup_eligibility(m, as_of=EVE).outcome


PERSON = Individual(
    id="42",
    name="Ada",
    status=IndividualStatus.FOUNDATION_MEMBER,
    member_since=date(2019, 1, 1),
    oif_agreement_signed=date(2025, 6, 20),
    oif_registry_added=date(2025, 6, 23),
)


class TestIndividuals:
    """Charter §2(e): "OIF Individual Members are not Members of the Directed Fund"."""

    def test_individual_is_not_a_fund_member(self) -> None:
        """An OIF Individual Member is not a member of the directed fund."""
        d = check_directed_fund_member(PERSON, as_of=date(2025, 7, 1))
        assert Status.FAILED == d.outcome
        assert "2(e)" == d.checks[0].citation.section

    def test_before_closing_no_directed_fund(self) -> None:
        """Before the closing there was no directed fund to be a member of."""
        assert Status.NOT_APPLICABLE == check_directed_fund_member(PERSON, as_of=EVE).outcome

    def test_organisation_member_of_fund(self) -> None:
        """An organisation in force and an LF member is a member of the directed fund."""
        m = _member(lf=_lf(LinuxFoundationLevel.GOLD))
        assert Status.PASSED == check_directed_fund_member(m, as_of=CLOSING).outcome

    def test_oif_registry_day_before_and_of(self) -> None:
        """Program §1: a member from the day added to the registry (2025-06-23), not signing."""
        assert (Status.FAILED, Status.PASSED) == (
            check_oif_individual_member(PERSON, as_of=date(2025, 6, 22)).outcome,
            check_oif_individual_member(PERSON, as_of=date(2025, 6, 23)).outcome,
        )

    def test_item_8_signing_day_only(self) -> None:
        """Issue 11 item 8: only the signing day known: FAILED before it, UNKNOWN after."""
        signed_only = attrs.evolve(PERSON, oif_registry_added=None)
        before = check_oif_individual_member(signed_only, as_of=date(2025, 6, 19))
        after = check_oif_individual_member(signed_only, as_of=date(2025, 6, 20))
        assert (Status.FAILED, Status.UNKNOWN) == (before.outcome, after.outcome)
        assert "OIF Individual Member Registry" in after.checks[0].reason

    def test_item_8_citation_quotes_the_program(self) -> None:
        """The citation carries the Program's own sentence (version 2025-06-25), section 1."""
        cite = check_oif_individual_member(PERSON, as_of=date(2025, 6, 23)).checks[0].citation
        assert (date(2025, 6, 25), "1") == (cite.version, cite.section)
        assert (
            "The effective date of a person becoming an OIF Individual Member will be the date "
            "on which the person is added to the OIF Individual Member Registry." == cite.quote
        )

    def test_registry_before_signing_is_refused(self) -> None:
        """A registry date before the signing day is malformed input."""
        with pytest.raises(InvalidInputError) as err:
            attrs.evolve(PERSON, oif_registry_added=date(2025, 6, 19))
        assert ("oif_registry_added",) == err.value.paths

    def test_community_account_is_not(self) -> None:
        """A Community account is not an OIF Individual Member."""
        p = Individual(id="7", name="B", status=IndividualStatus.COMMUNITY)
        assert Status.FAILED == check_oif_individual_member(p, as_of=CLOSING).outcome


NEXT = date(2026, 1, 16)


class TestTransition:
    """The transition at the closing.

    Election Procedures Policy: Gold and Individual directors in office at the closing
    became Gold / OIF Individual Member Representatives until the next election, once their
    employer signed a Participation Agreement / they signed an OIF Individual Member
    Agreement.
    """

    def test_gold_director_once_employer_signed(self) -> None:
        """A Gold director sits from the day the employer signs the Participation Agreement."""
        d = ClosingDirector(
            person="g1",
            seat=ClosingSeat.GOLD,
            employer="acme",
            employer_participation_signed=date(2025, 6, 15),
        )
        assert (
            Status.FAILED
            == check_closing_transition(d, as_of=date(2025, 6, 14), next_election=NEXT).outcome
        )
        on = check_closing_transition(d, as_of=date(2025, 6, 15), next_election=NEXT)
        assert Status.PASSED == on.outcome
        assert "Gold Representative" in on.checks[0].reason

    def test_individual_director_needs_own_agreement(self) -> None:
        """An Individual director's employer signing does not make them a representative."""
        d = ClosingDirector(
            person="i1",
            seat=ClosingSeat.INDIVIDUAL,
            employer_participation_signed=date(2025, 6, 1),
        )
        assert (
            Status.FAILED
            == check_closing_transition(d, as_of=date(2025, 7, 1), next_election=NEXT).outcome
        )

    def test_term_ends_at_next_election(self) -> None:
        """The transitional term lasts until the next election: the day before, not the day of."""
        d = ClosingDirector(person="i1", seat=ClosingSeat.INDIVIDUAL, oif_agreement_signed=CLOSING)
        before = check_closing_transition(d, as_of=date(2026, 1, 15), next_election=NEXT)
        on = check_closing_transition(d, as_of=NEXT, next_election=NEXT)
        assert Status.PASSED == before.outcome
        assert Status.FAILED == on.check("lf.transition.term").status

    def test_unknown_election_date(self) -> None:
        """Without the next election's date the term check is UNKNOWN."""
        d = ClosingDirector(person="i1", seat=ClosingSeat.INDIVIDUAL, oif_agreement_signed=CLOSING)
        assert Status.UNKNOWN == check_closing_transition(d, as_of=CLOSING).outcome

    def test_platinum_and_before_closing_not_applicable(self) -> None:
        """Platinum directors are not covered; nothing happens before the closing."""
        p = ClosingDirector(person="p1", seat=ClosingSeat.PLATINUM)
        g = ClosingDirector(person="g1", seat=ClosingSeat.GOLD, employer_participation_signed=EVE)
        assert Status.NOT_APPLICABLE == check_closing_transition(p, as_of=CLOSING).outcome
        assert Status.NOT_APPLICABLE == check_closing_transition(g, as_of=EVE).outcome

    def test_bad_director_refused(self) -> None:
        """An empty person id or a non-slug employer is refused by name."""
        with pytest.raises(InvalidInputError) as err:
            ClosingDirector(person="x", seat=ClosingSeat.GOLD, employer="Acme Inc")
        assert ("employer",) == err.value.paths
        with pytest.raises(InvalidInputError) as err:
            ClosingDirector(person=" ", seat=ClosingSeat.GOLD)
        assert ("person",) == err.value.paths


class TestRoundTrip:
    """The LF-era classes and answers round-trip through the converter."""

    @given(
        st.decimals(min_value=0, max_value=10**9, places=2), st.dates(min_value=date(2020, 1, 1))
    )
    def test_fee_round_trips(self, receipts: Decimal, day: date) -> None:
        """A fee answer (amounts and decision) survives JSON and back."""
        fee = linux_foundation_fee(receipts, as_of=day)
        assert fee == loads(dumps(fee), LinuxFoundationFee)

    def test_schedule_round_trips(self) -> None:
        """The fee schedule in force survives JSON and back."""
        schedule = LF_FEE.value(CLOSING)
        assert schedule is not None
        assert schedule == loads(dumps(schedule), LinuxFoundationFeeSchedule)

    @given(strategies.linux_foundation_fee_schedules(), strategies.linux_foundation_fees())
    def test_generated_fee_values_round_trip(
        self, schedule: LinuxFoundationFeeSchedule, fee: LinuxFoundationFee
    ) -> None:
        """Generated schedules and fee answers survive JSON and back."""
        assert schedule == loads(dumps(schedule), LinuxFoundationFeeSchedule)
        assert fee == loads(dumps(fee), LinuxFoundationFee)

    @given(strategies.closing_directors())
    def test_closing_director_round_trips(self, director: ClosingDirector) -> None:
        """A closing director survives JSON and back."""
        assert director == loads(dumps(director), ClosingDirector)
