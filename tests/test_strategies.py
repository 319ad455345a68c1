"""The Hypothesis strategies shipped for users (STYLE.md section 7)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from openinfra_model import (
    Check,
    Citation,
    Decision,
    Individual,
    IndividualStatus,
    Membership,
    Organization,
    Roster,
    Status,
    Window,
    strategies,
)
from openinfra_model.core.regimes import LF_CLOSING, OIF_LAUNCH, boundary_dates
from openinfra_model.membership import ControlLink, LinuxFoundationMembership


class TestValidByConstruction:
    """Each strategy draws only values the models accept, with references that resolve."""

    @given(strategies.rosters())
    def test_roster_references_resolve(self, roster: Roster) -> None:
        """Employers, members and parents are organisations of the roster; no fact is later."""
        ids = {o.id for o in roster.organizations}
        assert set() == {m.organization for m in roster.memberships} - ids
        assert set() == {p.employer for p in roster.individuals if p.employer} - ids
        assert (
            set() == {link.parent for o in roster.organizations for link in o.controlled_by} - ids
        )

    @given(strategies.rosters())
    def test_roster_facts_precede_snapshot(self, roster: Roster) -> None:
        """Signatures, approvals and membership dates fall on or before the snapshot."""
        days = [m.signed for m in roster.memberships]
        days += [m.approved for m in roster.memberships if m.approved]
        days += [p.member_since for p in roster.individuals if p.member_since]
        assert [] == [d for d in days if d > roster.snapshot]

    @given(strategies.individuals())
    def test_members_have_a_date(self, person: Individual) -> None:
        """A Foundation member always has ``member_since``."""
        if person.status is IndividualStatus.FOUNDATION_MEMBER:
            assert person.member_since is not None

    @given(strategies.decisions())
    def test_decision_outcome_consistent(self, decision: Decision) -> None:
        """Decisions are built with Decision.of, so their outcome is the worst check."""
        assert decision == Decision.of(*decision.checks)

    @given(strategies.money())
    def test_money_has_cents_at_most(self, amount: Decimal) -> None:
        """Money never has more than two decimals and is never negative."""
        exponent = amount.as_tuple().exponent
        assert isinstance(exponent, int)
        assert exponent >= -2
        assert amount >= 0

    @given(strategies.linux_foundation_memberships())
    def test_lf_memberships_after_closing(self, lf: LinuxFoundationMembership) -> None:
        """Linux Foundation memberships start on or after the 2025-06-01 closing."""
        assert lf.since >= LF_CLOSING


class TestDatesNearChanges:
    """``dates_near_changes`` favours the days around every rule change."""

    def test_boundaries_are_favoured(self) -> None:
        """In 200 draws, most days within two days of a change come up at least once.

        (Uniform days over 2012-2030 would hit each of those days with odds of about 3%.)
        """
        changes = set(boundary_dates()) | {OIF_LAUNCH, LF_CLOSING}
        near = {c + timedelta(days=k) for c in changes for k in range(-2, 3)}
        seen: list[date] = []

        @settings(max_examples=200, database=None)
        @given(strategies.dates_near_changes())
        def collect(day: date) -> None:
            seen.append(day)

        collect()
        covered = len(near & set(seen)) / len(near)
        assert covered > 0.5

    @given(strategies.dates_near_changes(date(2020, 12, 1), date(2021, 1, 31)))
    def test_bounds_kept(self, day: date) -> None:
        """Draws stay inside the bounds given."""
        assert date(2020, 12, 1) <= day <= date(2021, 1, 31)


class TestRegisteredWithHypothesis:
    """The ``hypothesis`` entry point registers a strategy for every public model type."""

    @given(st.from_type(Roster))
    def test_from_type_roster(self, roster: Roster) -> None:
        """``st.from_type(Roster)`` gives valid rosters."""
        assert isinstance(roster, Roster)

    @given(
        st.tuples(
            st.from_type(Citation),
            st.from_type(Check),
            st.from_type(Decision),
            st.from_type(ControlLink),
            st.from_type(Organization),
            st.from_type(Membership),
            st.from_type(Individual),
            st.from_type(Status),
            st.from_type(Window[Decimal]),
        )
    )
    def test_from_type_every_class(self, values: tuple[object, ...]) -> None:
        """Every registered type draws instances of itself."""
        expected = (
            Citation, Check, Decision, ControlLink, Organization, Membership, Individual, Status,
            Window,
        )  # fmt: skip
        assert expected == tuple(type(v) for v in values)
