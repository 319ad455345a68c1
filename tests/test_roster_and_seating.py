"""The roster's reference checks and the generic seat-in-order machinery."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    Check,
    Citation,
    Individual,
    IndividualStatus,
    InvalidInputError,
    Membership,
    Organization,
    Roster,
    Status,
    Tier,
)
from openinfra_model.board import seat_in_order
from openinfra_model.membership import ControlLink

CITE = Citation("bylaws", date(2012, 8, 20), "4.17(a)")


class TestRosterReferences:
    """DECISIONS §3: duplicate ids and references to unknown ids are refused."""

    def test_all_problems_reported_with_paths(self) -> None:
        """Every bad reference is named, not just the first."""
        with pytest.raises(InvalidInputError) as err:
            Roster(
                snapshot=date(2022, 1, 1),
                organizations=(
                    Organization(id="a", name="A"),
                    Organization(id="a", name="A2"),
                    Organization(id="b", name="B", controlled_by=(ControlLink(parent="zz"),)),
                ),
                memberships=(
                    Membership(organization="nope", tier=Tier.GOLD, signed=date(2021, 1, 1)),
                ),
                individuals=(
                    Individual(
                        id="1",
                        name="X",
                        status=IndividualStatus.FOUNDATION_MEMBER,
                        member_since=date(2023, 1, 1),
                        employer="ghost",
                    ),
                ),
            )
        assert [
            "organizations[1].id",
            "organizations[2].controlled_by[0].parent",
            "memberships[0].organization",
            "individuals[0].employer",
            "individuals[0].member_since",
        ] == list(err.value.paths)

    def test_alias_clash_refused(self) -> None:
        """One name cannot name two organisations."""
        with pytest.raises(InvalidInputError) as err:
            Roster(
                snapshot=date(2022, 1, 1),
                organizations=(
                    Organization(id="meta", name="Meta", aliases=("Facebook",)),
                    Organization(id="fb", name="Facebook"),
                ),
            )
        assert ("organizations[1].aliases",) == err.value.paths

    def test_lookup_by_alias(self) -> None:
        """Sources spell names differently; lookup folds case and follows aliases."""
        r = Roster(
            snapshot=date(2022, 1, 1),
            organizations=(Organization(id="canonical", name="Canonical", aliases=("Ubuntu",)),),
        )
        assert "canonical" == r.organization("ubuntu").id
        with pytest.raises(KeyError):
            r.organization("Debian")


class TestModelInvariants:
    """Model constructors refuse impossible facts, naming the field."""

    def test_approval_before_signature(self) -> None:
        """An admission cannot be approved before the agreement is signed."""
        with pytest.raises(InvalidInputError) as err:
            Membership(
                organization="a",
                tier=Tier.GOLD,
                signed=date(2021, 2, 1),
                approved=date(2021, 1, 1),
            )
        assert ("approved",) == err.value.paths

    def test_bad_slug(self) -> None:
        """Organisation ids are lower-case slugs."""
        with pytest.raises(InvalidInputError) as err:
            Organization(id="Red Hat", name="Red Hat")
        assert ("id",) == err.value.paths

    def test_share_out_of_range(self) -> None:
        """An ownership share is a fraction in (0, 1]."""
        with pytest.raises(InvalidInputError):
            ControlLink(parent="a", share=Decimal(51))

    def test_member_needs_date(self) -> None:
        """A Foundation member without a membership date is refused."""
        with pytest.raises(InvalidInputError) as err:
            Individual(id="1", name="X", status=IndividualStatus.FOUNDATION_MEMBER)
        assert ("member_since",) == err.value.paths


def _two_per_group(group: dict[str, str]) -> object:
    def constraint(seated: tuple[str, ...], cand: str) -> Check:
        same = sum(1 for s in seated if group[s] == group[cand])
        status = Status.FAILED if same >= 2 else Status.PASSED
        return Check("test.two_per_group", status, CITE, f"{cand}: {same} already")

    return constraint


class TestSeatInOrder:
    """Bylaws §4.15(c)/§4.17: seat the next-highest candidate who does not break the limit."""

    def test_next_highest_is_seated(self) -> None:
        """The third candidate of a group is passed over for the next one."""
        group = {"a": "hp", "b": "hp", "c": "hp", "d": "ibm"}
        result = seat_in_order(["a", "b", "c", "d"], 3, _two_per_group(group))  # type: ignore[arg-type]
        assert ("a", "b", "d") == result.seated
        assert ["c"] == [c for c, _ in result.passed_over]
        assert 0 == result.shortfall

    def test_shortfall_when_no_compliant_candidate(self) -> None:
        """When every remaining candidate breaks the limit, the seats stay empty and say so."""
        group = {"a": "hp", "b": "hp", "c": "hp"}
        result = seat_in_order(["a", "b", "c"], 3, _two_per_group(group))  # type: ignore[arg-type]
        assert 1 == result.shortfall

    @given(
        st.lists(st.sampled_from(["x", "y", "z"]), min_size=0, max_size=12),
        st.integers(min_value=0, max_value=8),
    )
    def test_never_breaks_the_constraint(self, groups: list[str], seats: int) -> None:
        """Whatever the order, no group gets more than two seats.

        Seats are filled while any compliant candidate remains.
        """
        names = [f"c{i}" for i in range(len(groups))]
        group = dict(zip(names, groups, strict=True))
        result = seat_in_order(names, seats, _two_per_group(group))  # type: ignore[arg-type]
        for g in set(groups):
            assert sum(1 for s in result.seated if group[s] == g) <= 2
        possible = min(seats, sum(min(2, groups.count(g)) for g in set(groups)))
        assert possible == len(result.seated)
