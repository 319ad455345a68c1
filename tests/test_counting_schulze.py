"""The Schulze method for OpenStack TC elections (TC charter: "a Condorcet ... system")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from openinfra_model.counting import (
    RankedBallot,
    SchulzeStrength,
    VotingMethod,
    count_ballots,
    count_rankings,
)

# The 45-voter, 5-candidate example of Markus Schulze's paper ("A new monotonic,
# clone-independent, reversal symmetric, and Condorcet-consistent single-winner election
# method", Social Choice and Welfare 36, 2011), widely reproduced in textbooks.
SCHULZE_2011 = (
    (5, "ACBED"),
    (5, "ADECB"),
    (8, "BEDAC"),
    (3, "CABED"),
    (7, "CAEBD"),
    (2, "CBADE"),
    (7, "DCEBA"),
    (8, "EBADC"),
)
BALLOTS = [tuple(r) for n, r in SCHULZE_2011 for _ in range(n)]


class TestTextbookExample:
    """Schulze (2011): E wins; the full order is E > A > C > B > D."""

    def test_winner_and_order(self) -> None:
        """The published winner and ranking."""
        result = count_rankings(
            BALLOTS, candidates=tuple("ABCDE"), seats=1, method=VotingMethod.SCHULZE
        )
        assert ("E",) == result.elected
        assert ("E", "A", "C", "B", "D") == result.order

    def test_strongest_paths_from_e(self) -> None:
        """The published strongest paths from E: to A 25, to B 28, to C 28, to D 31."""
        result = count_rankings(
            BALLOTS, candidates=tuple("ABCDE"), seats=1, method=VotingMethod.SCHULZE
        )
        paths = {p.loser: p.strongest_path for p in result.pairwise if p.winner == "E"}
        assert {"A": 25, "B": 28, "C": 28, "D": 31} == paths

    def test_multi_seat_is_top_of_the_ranking(self) -> None:
        """Three seats go to the top three of the Schulze ranking, as CIVS reports them."""
        result = count_rankings(
            BALLOTS, candidates=tuple("ABCDE"), seats=3, method=VotingMethod.SCHULZE
        )
        assert ("E", "A", "C") == result.elected


class TestPartialRankings:
    """Unranked candidates rank below every ranked one and equal with each other (CIVS)."""

    def test_unranked_lose_to_ranked(self) -> None:
        """A bullet vote prefers its candidate to all others."""
        ballots = [RankedBallot("v1", ("b",)), RankedBallot("v2", ("c", "b"))]
        result = count_ballots(
            ballots,
            candidates=("a", "b", "c"),
            seats=1,
            method=VotingMethod.SCHULZE,
            roll={"v1", "v2"},
        )
        pref = {(p.winner, p.loser): p.preferring for p in result.pairwise}
        assert (2, 0, 1, 1) == (pref["b", "a"], pref["a", "b"], pref["b", "c"], pref["c", "b"])

    def test_margins_and_winning_votes_can_differ(self) -> None:
        """With partial ballots the two strengths are different measures; both are offered."""
        result = count_rankings(
            [("a",)] * 3 + [("b", "a")] * 2 + [("c", "b")] * 2,
            candidates=("a", "b", "c"),
            seats=1,
            method=VotingMethod.SCHULZE,
            strength=SchulzeStrength.MARGINS,
        )
        assert "strength margins" in result.parameters


CANDS = ("a", "b", "c", "d", "e")
profiles = st.lists(st.permutations(CANDS).map(tuple), min_size=1, max_size=25)


class TestProperties:
    """Invariants of the Schulze count."""

    @given(profiles)
    @settings(max_examples=80)
    def test_condorcet_winner_is_elected(self, ballots: list[tuple[str, ...]]) -> None:
        """With one seat, a candidate beating every other pairwise wins."""
        n = len(ballots)

        def beats(x: str, y: str) -> bool:
            return 2 * sum(b.index(x) < b.index(y) for b in ballots) > n

        winners = [x for x in CANDS if all(beats(x, y) for y in CANDS if y != x)]
        result = count_rankings(ballots, candidates=CANDS, seats=1, method=VotingMethod.SCHULZE)
        if winners:
            assert (winners[0],) == result.elected

    @given(profiles, st.randoms(use_true_random=False))
    @settings(max_examples=50)
    def test_independent_of_ballot_order(
        self, ballots: list[tuple[str, ...]], rnd: object
    ) -> None:
        """Shuffling the ballots changes nothing."""
        shuffled = list(ballots)
        rnd.shuffle(shuffled)  # type: ignore[attr-defined]
        kw = {"candidates": CANDS, "seats": 2, "method": VotingMethod.SCHULZE}
        assert count_rankings(ballots, **kw) == count_rankings(shuffled, **kw)  # type: ignore[arg-type]
