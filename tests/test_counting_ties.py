"""Rankings with equal preferences: BLT ``a=b``, Schulze as CIVS counts them, Meek counts them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pref_voting.margin_based_methods import beat_path  # type: ignore[import-untyped]
from pref_voting.profiles_with_ties import ProfileWithTies  # type: ignore[import-untyped]

from openinfra_model.core.errors import InvalidInputError
from openinfra_model.counting import (
    BltBallot,
    SchulzeStrength,
    VotingMethod,
    count_rankings,
    dump_blt,
    load_blt,
)

CANDS = ("a", "b", "c", "d")


@st.composite
def _ranking_with_ties(draw: st.DrawFn) -> tuple[Any, ...]:
    """A partial ranking of CANDS in groups (a group of one is a plain candidate)."""
    order = draw(st.permutations(CANDS))
    k = draw(st.integers(0, len(order)))
    cuts = sorted(draw(st.sets(st.integers(1, max(k - 1, 1)), max_size=3)))
    groups, start = [], 0
    for cut in [*(c for c in cuts if c < k), k]:
        if cut > start:
            groups.append(tuple(order[start:cut]))
            start = cut
    return tuple(g[0] if len(g) == 1 else g for g in groups)


def _profile(rankings: dict[tuple[Any, ...], int]) -> ProfileWithTies:
    index = {c: i for i, c in enumerate(CANDS)}
    dicts, counts = [], []
    for ranking, count in rankings.items():
        rank: dict[int, int] = {}
        for place, g in enumerate(ranking, start=1):
            for c in (g,) if isinstance(g, str) else g:
                rank[index[c]] = place
        dicts.append(rank)
        counts.append(count)
    profile = ProfileWithTies(dicts, counts, candidates=list(range(len(CANDS))))
    profile.use_extended_strict_preference()  # ranked above unranked, as CIVS reads ballots
    return profile


class TestSchulzeWithTies:
    """Pairwise counts and winners agree with pref_voting's profiles with ties."""

    @given(st.dictionaries(_ranking_with_ties(), st.integers(1, 5), min_size=1, max_size=8))
    def test_pairwise_and_winners_match_pref_voting(
        self, rankings: dict[tuple[Any, ...], int]
    ) -> None:
        """Each pair's support, and the unbeaten candidates (beat path, margins), agree."""
        profile = _profile(rankings)
        result = count_rankings(
            rankings,
            candidates=CANDS,
            seats=1,
            method=VotingMethod.SCHULZE,
            strength=SchulzeStrength.MARGINS,
        )
        index = {c: i for i, c in enumerate(CANDS)}
        expected = {
            (p.winner, p.loser): profile.support(index[p.winner], index[p.loser])
            for p in result.pairwise
        }
        assert expected == {(p.winner, p.loser): p.preferring for p in result.pairwise}
        path = {(p.winner, p.loser): p.strongest_path for p in result.pairwise}
        unbeaten = {a for a in CANDS if not any(path[b, a] > path[a, b] for b in CANDS if b != a)}
        assert {CANDS[i] for i in beat_path(profile)} == unbeaten
        assert result.elected[0] in unbeaten

    def test_equal_first_preferences_split_nobody(self) -> None:
        """Two ballots a=b > c, one c: a and b beat c 2-1 and tie with each other."""
        result = count_rankings(
            {(("a", "b"), "c"): 2, ("c",): 1},
            candidates=("a", "b", "c"),
            seats=2,
            method=VotingMethod.SCHULZE,
        )
        assert {"a", "b"} == set(result.elected)
        pairs = {(p.winner, p.loser): p.preferring for p in result.pairwise}
        assert (2, 1, 0, 0) == (pairs["a", "c"], pairs["c", "a"], pairs["a", "b"], pairs["b", "a"])
        assert 3 == result.ballots_counted


class TestMeekCountsTies:
    """Meek STV counts equal preferences (Droop's rule; see test_counting_meek_ties.py)."""

    def test_meek_shares_a_group(self) -> None:
        """Two a=b ballots and one c: a and b hold one vote each in round 1."""
        result = count_rankings({(("a", "b"),): 2, ("c",): 1}, candidates=("a", "b", "c"), seats=1)
        assert [1, 1, 1] == [v.votes for v in result.rounds[0].votes]
        assert 3 == result.ballots_counted

    def test_a_group_of_one_is_a_plain_candidate(self) -> None:
        """``("a",)`` as an entry is just ``a``: Meek counts it."""
        result = count_rankings({(("a",), "b"): 3}, candidates=("a", "b"), seats=1)
        assert ("a",) == result.elected


class TestBltEqualRankings:
    """``1=2`` in a BLT file is a group in the ranking, written back the same way."""

    TEXT = '3 1\n-3\n2 1=2 3 0\n1 3=2 - 1 0\n0\n"a"\n"b"\n"c"\n"t"\n'

    def test_read_and_written_back(self) -> None:
        """Groups are read as tuples; withdrawn members leave their group."""
        e = load_blt(self.TEXT)
        assert (
            BltBallot(ranking=(("a", "b"), "c"), weight=2),
            BltBallot(ranking=(("c", "b"), "a"), weight=1),
        ) == e.ballots
        assert e == load_blt(dump_blt(e))
        assert {(("a", "b"),): 2, ("b", "a"): 1} == dict(e.weighted_rankings())

    def test_counted_by_schulze(self) -> None:
        """Schulze: the two a=b ballots prefer neither; the b > a ballot gives b the win 1-0."""
        e = load_blt(self.TEXT)
        result = count_rankings(
            e.weighted_rankings(),
            candidates=e.standing,
            seats=e.seats,
            method=VotingMethod.SCHULZE,
        )
        pairs = {(p.winner, p.loser): p.preferring for p in result.pairwise}
        assert (0, 1) == (pairs["a", "b"], pairs["b", "a"])
        assert ("b",) == result.elected

    def test_a_bad_group_names_its_line(self) -> None:
        """A group with a number out of range, or a candidate twice, is refused by line."""
        for word in ("1=9", "1=1", "1="):
            with pytest.raises(InvalidInputError, match="line 2"):
                load_blt(f'2 1\n1 {word} 0\n0\n"a"\n"b"\n"t"\n')
