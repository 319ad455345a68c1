"""The election classes round-trip through the JSON converter; bad JSON names its path."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    Election,
    Individual,
    IndividualStatus,
    InvalidInputError,
    Roster,
    build_roll,
    dumps,
    loads,
    structure,
    unstructure,
)
from openinfra_model.elections import (
    BoardCalendar,
    Candidacy,
    Contribution,
    DayRange,
    ExtraContributor,
    MembershipSpan,
    Nomination,
    Notice,
    VoteRecord,
    propose_calendar,
    review_lifecycle,
)
from openinfra_model.elections import history as h
from openinfra_model.elections.lifecycle import LifecycleReview, NoticeResponse
from openinfra_model.elections.rolls import Roll
from openinfra_model.elections.voters import IndividualProgram

FM = IndividualStatus.FOUNDATION_MEMBER
ROSTER = Roster(
    snapshot=date(2025, 3, 1),
    individuals=(
        Individual(id="a", name="A", status=FM, member_since=date(2020, 1, 1)),
        Individual(id="b", name="B", status=FM, member_since=date(2020, 1, 1)),
    ),
)

SAMPLES: list[object] = [
    *h.BOARD_ELECTIONS,
    propose_calendar(2026),
    BoardCalendar(board_year=2012, individual_vote=h.INDIVIDUAL_2012.voting, special=True),
    VoteRecord(election="2025-individual", voter="a", cast_on=date(2025, 1, 14)),
    MembershipSpan(person="a", program=IndividualProgram.OIF, start=date(2025, 6, 2)),
    Candidacy(
        candidate="a",
        election="2026-individual",
        nominations=(Nomination(nominator="b", received=date(2025, 12, 1)),),
        application_completed=date(2025, 12, 19),
    ),
    Notice(person="b", sent=date(2025, 3, 1)),
    NoticeResponse(person="b", on=date(2025, 3, 5)),
    Contribution(person="a", project="nova", merged=date(2025, 2, 1)),
    ExtraContributor(
        person="a", project=None, approved=date(2025, 1, 1), expires=date(2026, 1, 1)
    ),
    build_roll(h.INDIVIDUAL_2025, ROSTER, explain=True),
    review_lifecycle(
        ROSTER,
        (h.INDIVIDUAL_2024, h.INDIVIDUAL_2025),
        (VoteRecord(election="2025-individual", voter="a"),),
        as_of=date(2025, 3, 1),
    ),
]


class TestRoundTrip:
    """Every public election class survives dumps/loads unchanged."""

    @pytest.mark.parametrize("obj", SAMPLES, ids=lambda o: type(o).__name__)
    def test_round_trip(self, obj: object) -> None:
        """loads(dumps(x)) == x."""
        assert obj == loads(dumps(obj), type(obj))

    def test_roll_decisions_round_trip(self) -> None:
        """A roll's decisions come back equal, check by check."""
        roll = build_roll(h.INDIVIDUAL_2025, ROSTER, explain=True)
        back = loads(dumps(roll), Roll)
        assert roll.decisions == back.decisions
        assert "a" in back

    def test_review_round_trip(self) -> None:
        """A lifecycle review round-trips with its notices."""
        review = SAMPLES[-1]
        assert isinstance(review, LifecycleReview)
        assert ["b"] == [a.person for a in loads(dumps(review), LifecycleReview).notices]

    @given(
        st.dates(min_value=date(2012, 8, 20), max_value=date(2030, 1, 1)),
        st.integers(min_value=0, max_value=30),
    )
    def test_day_ranges(self, first: date, length: int) -> None:
        """Any valid day range round-trips."""
        r = DayRange(first, date.fromordinal(first.toordinal() + length))
        assert r == structure(unstructure(r), DayRange)


class TestBadJson:
    """JSON that breaks an invariant is refused, naming the field's path."""

    def test_reversed_window(self) -> None:
        """A voting window whose last day is before its first names voting.last."""
        data = unstructure(h.INDIVIDUAL_2025)
        data["voting"] = {"first": "2025-01-17", "last": "2025-01-13"}
        with pytest.raises(InvalidInputError) as err:
            structure(data, Election)
        assert ("voting.last",) == err.value.paths

    def test_unknown_method(self) -> None:
        """An unknown voting method is refused."""
        data = unstructure(h.INDIVIDUAL_2025)
        data["method"] = "borda"
        with pytest.raises(InvalidInputError) as err:
            structure(data, Election)
        assert ("method",) == err.value.paths
