"""Counting classes on the wire (the strict converter) and the shipped strategies."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from openinfra_model.core import convert
from openinfra_model.counting import (
    BallotRules,
    CountResult,
    MarkedBallot,
    RankedBallot,
    split_ballots,
)
from openinfra_model.strategies import count_results, marked_ballots, ranked_ballots

CANDS = ("ann", "bob", "cy")


class TestRoundTrip:
    """Every count result survives JSON text unchanged: rounds, ties, passed-over decisions."""

    @given(count_results())
    @settings(max_examples=60)
    def test_count_result(self, result: CountResult) -> None:
        """A real count of drawn ballots round-trips through ``dumps``/``loads``."""
        assert result == convert.loads(convert.dumps(result), CountResult)

    @given(st.lists(ranked_ballots(CANDS), max_size=5))
    def test_ranked_ballots(self, ballots: list[RankedBallot]) -> None:
        """Ranked ballots round-trip as a tuple."""
        data = tuple(ballots)
        assert data == convert.loads(convert.dumps(data), tuple[RankedBallot, ...])


class TestStrategies:
    """The shipped strategies draw ballots the validation accepts."""

    @given(
        st.lists(
            marked_ballots(CANDS, BallotRules.cumulative(3)),
            max_size=6,
            unique_by=lambda b: b.voter,
        )
    )
    def test_marked_ballots_are_valid(self, ballots: list[MarkedBallot]) -> None:
        """No drawn cumulative ballot over-votes or names an unknown candidate."""
        ok, aside = split_ballots(
            ballots,
            candidates=CANDS,
            roll={b.voter for b in ballots},
            rules=BallotRules.cumulative(3),
        )
        assert (len(ballots), ()) == (len(ok), aside)

    @given(st.lists(ranked_ballots(CANDS), max_size=6, unique_by=lambda b: b.voter))
    def test_ranked_ballots_are_valid(self, ballots: list[RankedBallot]) -> None:
        """No drawn ranked ballot ranks a candidate twice."""
        ok, _ = split_ballots(ballots, candidates=CANDS, roll={b.voter for b in ballots})
        assert len(ballots) == len(ok)
