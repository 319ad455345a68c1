"""Ballots as data and their validation (bylaws §3.9, §3.10; LF-EPP §2)."""

from __future__ import annotations

import pytest

from openinfra_model import InvalidInputError
from openinfra_model.counting import (
    BallotRules,
    InvalidBallots,
    MarkedBallot,
    RankedBallot,
    VotingMethod,
    count_ballots,
    split_ballots,
)

CANDS = ("ann", "bob", "cy", "dee")
ROLL = frozenset({"v1", "v2", "v3", "v4"})


class TestRoll:
    """Only members on the roll vote, once each (bylaws §3.9(a): "one vote")."""

    def test_voter_not_on_roll_is_refused_by_default(self) -> None:
        """A ballot from someone not on the roll refuses the count, naming the field."""
        with pytest.raises(InvalidInputError) as err:
            count_ballots(
                [RankedBallot("v1", ("ann",)), RankedBallot("zz", ("bob",))],
                candidates=CANDS,
                seats=1,
                method=VotingMethod.SCHULZE,
                roll=ROLL,
            )
        assert ("ballots[1].voter",) == err.value.paths

    def test_voter_not_on_roll_is_set_aside_and_reported(self) -> None:
        """Under SET_ASIDE the ballot is left out and reported with its reason."""
        result = count_ballots(
            [RankedBallot("v1", ("ann",)), RankedBallot("zz", ("bob",))],
            candidates=CANDS,
            seats=1,
            method=VotingMethod.SCHULZE,
            roll=ROLL,
            invalid=InvalidBallots.SET_ASIDE,
        )
        assert 1 == result.ballots_counted
        assert (1,) == tuple(s.index for s in result.set_aside)
        assert "not on the roll" in result.set_aside[0].reasons[0]
        assert "Set aside: ballot 1 (zz)" in result.render()

    def test_two_ballots_from_one_voter_are_both_set_aside(self) -> None:
        """A voter who casts two ballots has neither counted: we cannot tell which is meant."""
        ok, aside = split_ballots(
            [RankedBallot("v1", ("ann",)), RankedBallot("v1", ("bob",))],
            candidates=CANDS,
            roll=ROLL,
            invalid=InvalidBallots.SET_ASIDE,
        )
        assert () == ok
        assert (0, 1) == tuple(s.index for s in aside)


class TestMarkedBallots:
    """Plurality, cumulative and restricted ballots: how many votes, how many per candidate."""

    def test_cumulative_allows_several_votes_to_one_candidate(self) -> None:
        """§3.9(a) cumulative basis: all the voter's votes may go to one candidate."""
        ok, aside = split_ballots(
            [MarkedBallot("v1", ("ann",) * 3)],
            candidates=CANDS,
            roll=ROLL,
            rules=BallotRules.cumulative(3),
        )
        assert (1, 0) == (len(ok), len(aside))

    def test_over_vote_is_refused(self) -> None:
        """More votes than seats is an over-vote."""
        with pytest.raises(InvalidInputError) as err:
            split_ballots(
                [MarkedBallot("v1", ("ann", "bob", "cy", "dee"))],
                candidates=CANDS,
                roll=ROLL,
                rules=BallotRules.cumulative(3),
            )
        assert "over-vote: 4 votes, at most 3" in str(err.value)

    def test_plurality_refuses_two_votes_for_one_candidate(self) -> None:
        """Plurality gives at most one vote per candidate."""
        with pytest.raises(InvalidInputError) as err:
            split_ballots(
                [MarkedBallot("v1", ("ann", "ann"))],
                candidates=CANDS,
                roll=ROLL,
                rules=BallotRules.plurality(3),
            )
        assert ("ballots[0].votes",) == err.value.paths

    def test_restricted_2012_gold_vote_allows_six_of_eight(self) -> None:
        """2012 Gold selector vote: 6 votes for 8 seats, one per candidate; a 7th over-votes."""
        cands = tuple(f"g{i}" for i in range(10))
        rules = BallotRules.restricted(votes=6)
        ok, aside = split_ballots(
            [MarkedBallot("v1", cands[:6]), MarkedBallot("v2", cands[:7])],
            candidates=cands,
            roll=ROLL,
            rules=rules,
            invalid=InvalidBallots.SET_ASIDE,
        )
        assert (1, 1) == (len(ok), len(aside))
        assert "over-vote: 7 votes, at most 6" in aside[0].reasons[0]

    def test_unknown_candidate_is_named_by_path(self) -> None:
        """A vote for someone not standing is refused at its position."""
        with pytest.raises(InvalidInputError) as err:
            split_ballots(
                [MarkedBallot("v1", ("ann", "zed"))],
                candidates=CANDS,
                roll=ROLL,
                rules=BallotRules.plurality(2),
            )
        assert ("ballots[0].votes[1]",) == err.value.paths


class TestRankedBallots:
    """Ranked ballots: partial rankings allowed, no candidate twice, no unknown candidate."""

    def test_partial_ranking_is_valid(self) -> None:
        """Ranking only some candidates is allowed."""
        ok, _ = split_ballots([RankedBallot("v1", ("cy",))], candidates=CANDS, roll=ROLL)
        assert 1 == len(ok)

    def test_duplicate_rank_is_refused(self) -> None:
        """A candidate ranked twice is refused at the second position."""
        with pytest.raises(InvalidInputError) as err:
            split_ballots([RankedBallot("v1", ("cy", "ann", "cy"))], candidates=CANDS, roll=ROLL)
        assert ("ballots[0].ranking[2]",) == err.value.paths

    def test_marked_ballot_for_ranked_method_is_refused(self) -> None:
        """A method refuses ballots of the other kind outright (a malformed input)."""
        with pytest.raises(InvalidInputError):
            count_ballots(
                [MarkedBallot("v1", ("ann",))],
                candidates=CANDS,
                seats=1,
                method=VotingMethod.MEEK_STV,
                roll=ROLL,
            )

    def test_all_problems_reported_at_once(self) -> None:
        """Every bad field is reported in one error."""
        with pytest.raises(InvalidInputError) as err:
            split_ballots(
                [RankedBallot("zz", ("ann", "ann")), RankedBallot("v2", ("qq",))],
                candidates=CANDS,
                roll=ROLL,
            )
        expected = ("ballots[0].voter", "ballots[0].ranking[1]", "ballots[1].ranking[0]")
        assert expected == err.value.paths

    def test_contest_needs_seats_and_distinct_candidates(self) -> None:
        """Zero seats or a candidate listed twice is malformed input."""
        with pytest.raises(InvalidInputError) as err:
            count_ballots(
                [], candidates=("a", "a"), seats=0, method=VotingMethod.SCHULZE, roll=ROLL
            )
        assert ("seats", "candidates") == err.value.paths
