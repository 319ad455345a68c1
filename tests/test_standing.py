"""When a membership is in force: the effective-date rules and terms."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import Membership, Status, Tier, in_force, members_on
from openinfra_model.membership import Approver, check_membership_in_force, effective_date


def _platinum(signed: date, approved: date | None, **kw: object) -> Membership:
    return Membership(
        organization="acme",
        tier=Tier.PLATINUM,
        signed=signed,
        approved=approved,
        approver=Approver.BOARD if approved else None,
        **kw,  # type: ignore[arg-type]
    )


class TestPlatinumEffectiveDate:
    """Platinum Member Policy §1(a): when a Platinum membership takes effect.

    Before 2024-03-12, January 1 following signature and approval; from the 2024 text, the
    day of signature plus Board approval.
    """

    def test_signed_in_2023_starts_next_january(self) -> None:
        """A 2023 admission takes effect on 2024-01-01."""
        m = _platinum(date(2023, 5, 2), date(2023, 6, 1))
        assert date(2024, 1, 1) == effective_date(m)

    def test_signed_in_2024_after_change_starts_on_approval(self) -> None:
        """Rackspace and Okestro joined mid-2024 and sat at once (7/5/5 board)."""
        m = _platinum(date(2024, 5, 2), date(2024, 6, 1))
        assert date(2024, 6, 1) == effective_date(m)

    def test_day_before_and_day_of_the_change(self) -> None:
        """Completed 2024-03-11 waits for January; completed 2024-03-12 is effective at once."""
        assert date(2025, 1, 1) == effective_date(_platinum(date(2024, 3, 1), date(2024, 3, 11)))
        assert date(2024, 3, 12) == effective_date(_platinum(date(2024, 3, 1), date(2024, 3, 12)))

    def test_later_of_signature_and_approval(self) -> None:
        """Approval before signature is refused; the admission completes on the later day."""
        m = _platinum(date(2024, 6, 1), date(2024, 6, 20))
        assert date(2024, 6, 20) == effective_date(m)

    def test_unapproved_is_not_in_force(self) -> None:
        """An agreement without approval never takes effect."""
        m = _platinum(date(2024, 6, 1), None)
        assert effective_date(m) is None
        d = check_membership_in_force(m, as_of=date(2030, 1, 1))
        assert Status.FAILED == d.outcome
        assert "not been approved" in d.checks[0].reason

    def test_recorded_term_start_wins(self) -> None:
        """A recorded term start is the fact; the rule only fills gaps."""
        m = _platinum(date(2012, 7, 1), date(2012, 7, 15), term_start=date(2012, 8, 20))
        assert date(2012, 8, 20) == effective_date(m)


class TestGoldEffectiveDate:
    """Gold Member Policy §1(a): effective when signed and approved."""

    def test_gold_effective_on_approval(self) -> None:
        """A Gold admission is effective on the approval day, in any year."""
        m = Membership(
            organization="acme",
            tier=Tier.GOLD,
            signed=date(2022, 3, 1),
            approved=date(2022, 3, 10),
            approver=Approver.EXECUTIVE_DIRECTOR,
        )
        assert date(2022, 3, 10) == effective_date(m)


class TestTerm:
    """A membership is in force from its effective date to the last day of its term."""

    def test_term_end_is_inclusive(self) -> None:
        """The last day of the term is still in force; the next is not."""
        m = _platinum(
            date(2012, 7, 1),
            date(2012, 7, 2),
            term_start=date(2013, 1, 1),
            term_end=date(2014, 12, 31),
        )
        assert in_force(m, as_of=date(2014, 12, 31))
        assert not in_force(m, as_of=date(2015, 1, 1))
        assert "ended" in check_membership_in_force(m, as_of=date(2015, 1, 1)).checks[0].reason

    def test_members_on_filters_by_tier(self) -> None:
        """members_on keeps the memberships in force of the tiers asked for."""
        gold = Membership(
            organization="g", tier=Tier.GOLD, signed=date(2021, 1, 5), approved=date(2021, 1, 5)
        )
        plat = _platinum(date(2021, 1, 5), date(2021, 1, 5))
        assert (gold,) == members_on([gold, plat], Tier.GOLD, as_of=date(2021, 6, 1))
        assert (gold,) == members_on(
            [gold, plat], as_of=date(2021, 6, 1)
        )  # plat starts 2022-01-01

    @given(
        st.dates(min_value=date(2012, 8, 20), max_value=date(2030, 12, 31)),
        st.integers(min_value=0, max_value=400),
        st.integers(min_value=0, max_value=4000),
    )
    def test_never_in_force_before_approval(self, signed: date, lag: int, later: int) -> None:
        """No membership is in force before its admission completed.

        Once in force it stays in force while the term lasts (monotone in time).
        """
        from datetime import timedelta  # noqa: PLC0415

        approved = signed + timedelta(days=lag)
        m = _platinum(signed, approved)
        assert not in_force(m, as_of=approved - timedelta(days=1))
        start = effective_date(m)
        assert start is not None
        assert start >= approved
        assert in_force(m, as_of=start + timedelta(days=later))
