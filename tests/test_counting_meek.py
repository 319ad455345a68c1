"""Meek STV: the PR Foundation's reference rule, its published examples, and properties."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from openinfra_model.counting import (
    Arithmetic,
    CandidateState,
    InvalidBallots,
    RankedBallot,
    VotingMethod,
    count_ballots,
    count_rankings,
)
from openinfra_model.counting.meek import PrefixGroups

# The 2005 Green Party of the United States Steering Committee election (13 candidates,
# 4 seats, 94 ballots), as published in the test data of Droop, the PR Foundation's
# reference implementation of its Meek rule (jklundell/droop, test/blt/SC.blt). Candidate
# numbers as listed there: 4 Pat LaMarche, 7 Rebecca Rotzler, 8 Kristen Olsen, 13 Steve
# Kramer, ...
GPUS_2005 = """7 8 9 11 12
7 8 9 11 12
13 7 5 4 2 1
5 13 2 7 4 1
13 4 1 2
4 2 13 1 3
4 13 2 7
7 8 12 1 13 9 2 4 11 5
1 13 3 4 7 5 2
4 1 13 7 3 5 2
4 1 13 7 3 5 2
1 4 13 2 7 5 3 9 8 12 11
7 1 8 9 13 3 2 4 12 5 11
7 8 9 11 12
7 1 8 9 13 3 2 4 12 5 11
7 8 9 11 12
7 8 9 11 12
7 8 9 11 12
5 1 13 3 2 4 7
7 8 9 3 12 2 13 5 1 4
3 13 1 2
3 13 1 2
4 7 13 5
4 5 13 3 2 1
7 8 9 11 12
7 9 8 12 11 2 13
7 8 9 11 12
7 8 9 11 12
4 3 13 1
4 3 13 1
13 3 4 1 7 2 5
3 13 4 1 7 2 5
13 3 4 1 2 5 7
13 1 4 2 5 3 7
13 4 3 1 2 5
3 13 1 4 2 7 5
4 3 13 8
4 3 13 1
1 4 13 7
1 4 13 7
7 3 4 13 1 5
9 11 8 7
7 8 9 11 12
13 3 5 2
4 5 2 3 13
13 5 2 4 1 3 7
13 5 2 1 7 3 8
7 8 9 12 11
7 8 4 9 12
13 4 7 2 8
4 13 2 7 1 8
7 8 11 9 12
8 4 7 11 13 9
7 4 2 13
13 1 7 4
4 1 2 13 9 5
1 4 13 5 3 2
7 5 4 8 11 2 13 1 3 9 12
4 8 7 5 13 2 1 3 9
3 4 7 2 12 13 8 1 5
7 8 9 11 12
7 8 11 9
7 8 11 9
7 8 9 11 12
7 8 9 11 12
7 8 9 11 12
13 2 4 7 5 1
7 8 9 11 12
7 8 9 11
7 8 9 11 12
2 7 8 12 13 11 1 5 9
4 7 8 2
4 13 5 2 1 3
13 4 7 3 1 5 8 2 9
4 3 13 1 7
13 4 1 3
4 1 13 3 2 7 8
2 4 13 5
2 3 4 1 13 7
3 1 4 13
4 3 1 2 11
3 1 4 13 2 7
4 1 2 8 3
4 1 5 13 2 3
4 1 5 13 2 3
7 8 9 11 12
7 8 9 11 12
13 7 3 2 5 4 1
13 5 7 2 4 1
7 8 9 11 12
1 13 3 7 2 4 5
13 1 2 7 4 5 3
13 1 2 7 4 5 3
3 1 4 2 13 7 9 5 8"""
GPUS_RANKINGS = [tuple(line.split()) for line in GPUS_2005.splitlines()]
GPUS_CANDIDATES = tuple(str(i) for i in range(1, 14))


def _keep(result_round_votes: tuple[object, ...], cand: str) -> tuple[Decimal, Decimal | None]:
    for v in result_round_votes:
        if v.candidate == cand:  # type: ignore[attr-defined]
            return v.votes, v.keep  # type: ignore[attr-defined]
    raise KeyError(cand)


class TestReferenceRule:
    """PRF reference Meek rule: 9-digit fixed point, quota recomputed, omega 10^-6."""

    def test_gpus_2005_winners(self) -> None:
        """Droop's reference dump (SC-meek-prf-o6-fixed-p9-d9) elects 4, 7, 13 and 8."""
        result = count_rankings(GPUS_RANKINGS, candidates=GPUS_CANDIDATES, seats=4)
        assert ("7", "4", "13", "8") == result.elected
        assert 94 == result.ballots_counted

    def test_gpus_2005_round_two_matches_the_reference_digit_for_digit(self) -> None:
        """After round 2's iterations: quota 18.800000001, keep values and votes as published."""
        result = count_rankings(GPUS_RANKINGS, candidates=GPUS_CANDIDATES, seats=4)
        second = result.rounds[1]
        assert Decimal("18.800000001") == second.quota
        assert (Decimal("18.800000609"), Decimal("0.837944884")) == _keep(second.votes, "4")
        assert (Decimal("18.800000299"), Decimal("0.564156107")) == _keep(second.votes, "7")
        assert (Decimal("18.556796080"), Decimal(1)) == _keep(second.votes, "13")

    def test_gpus_2005_quota_falls_as_votes_exhaust(self) -> None:
        """The quota is recomputed from the votes in play: 18.586296861 in the last rounds."""
        result = count_rankings(GPUS_RANKINGS, candidates=GPUS_CANDIDATES, seats=4)
        assert Decimal("18.586296861") == result.rounds[-1].quota
        assert (Decimal("19.202438090"), Decimal("0.667516215")) == _keep(
            result.rounds[-1].votes, "13"
        )

    def test_pollux_and_helen(self) -> None:
        """Droop's 42t example: 4 Castor>Pollux, 2 Helen, 2 seats.

        In the reference's fixed point, Castor's keep value stops at 0.500000001 and Pollux
        (1.999999996) is excluded below Helen (2.000000000); in exact arithmetic the two
        tie at 2 and the lot decides (the file's own note: "Pollux and Helen should tie").
        """
        ballots = [("Castor", "Pollux")] * 4 + [("Helen",)] * 2
        cands = ("Castor", "Pollux", "Helen")
        fixed = count_rankings(ballots, candidates=cands, seats=2)
        assert ("Castor", "Helen") == fixed.elected
        assert (Decimal("2.000000004"), Decimal("0.500000001")) == _keep(
            fixed.rounds[1].votes, "Castor"
        )
        assert () == fixed.tie_breaks
        exact = count_rankings(ballots, candidates=cands, seats=2, arithmetic=Arithmetic.exact())
        assert 1 == len(exact.tie_breaks)
        assert "Pollux, Helen" in exact.tie_breaks[0] or "Helen, Pollux" in exact.tie_breaks[0]

    def test_exact_and_fixed_agree_on_gpus_2005(self) -> None:
        """Exact fractions elect the same four."""
        result = count_rankings(
            GPUS_RANKINGS,
            candidates=GPUS_CANDIDATES,
            seats=4,
            arithmetic=Arithmetic.exact(),
        )
        assert {"4", "7", "8", "13"} == set(result.elected)

    def test_rounds_render_as_a_table(self) -> None:
        """The text table shows quota, keep values, transfers and exclusions per round."""
        text = count_rankings(GPUS_RANKINGS, candidates=GPUS_CANDIDATES, seats=4).render()
        assert "Round 2, quota 18.800000001" in text
        assert "0.837944884" in text
        assert "excluded: " in text

    def test_trace_records_every_iteration(self) -> None:
        """With trace, each keep-value update is a round: 42t has one before the exclusion."""
        ballots = [("Castor", "Pollux")] * 4 + [("Helen",)] * 2
        cands = ("Castor", "Pollux", "Helen")
        plain = count_rankings(ballots, candidates=cands, seats=2)
        traced = count_rankings(ballots, candidates=cands, seats=2, trace=True)
        assert len(plain.rounds) + 1 == len(traced.rounds)
        step = traced.rounds[1]
        assert ((), ()) == (step.elected, step.excluded)
        assert "iteration 1" in step.note
        assert (Decimal("4.000000000"), Decimal("0.500000001")) == _keep(step.votes, "Castor")
        assert plain.elected == traced.elected

    def test_gpus_2005_nine_seats_as_before_the_trie(self) -> None:
        """Nine seats, paths through up to eight elected: the digits as before the trie.

        A regression pin: the digits the count gave before ballots were walked as a trie
        of the elected candidates they pass through. The exact count's figures were pinned
        at 12 decimals (9.255814797155, 9.494877952681, 0.237713824718); reports now show
        the 12 - ceil(log10(94)) = 10 the keep-value grid guarantees, the same values rounded.
        """
        result = count_rankings(GPUS_RANKINGS, candidates=GPUS_CANDIDATES, seats=9)
        assert ("7", "4", "13", "8", "3", "1", "9", "2", "5") == result.elected
        last = result.rounds[4]
        assert Decimal("9.255814801") == last.quota
        assert Decimal("1.441851991") == last.exhausted
        assert (Decimal("10.304663190"), Decimal("0.959786978")) == _keep(last.votes, "2")
        assert (Decimal("9.494877967"), Decimal("0.237713825")) == _keep(last.votes, "7")
        assert (Decimal("9.745409547"), Decimal("0.340479538")) == _keep(last.votes, "13")
        exact = count_rankings(
            GPUS_RANKINGS, candidates=GPUS_CANDIDATES, seats=9, arithmetic=Arithmetic.exact()
        )
        assert result.elected == exact.elected
        assert Decimal("9.2558147972") == exact.rounds[4].quota
        assert (Decimal("9.4948779527"), Decimal("0.2377138247")) == _keep(
            exact.rounds[4].votes, "7"
        )

    def test_ballots_with_voters_go_through_validation(self) -> None:
        """count_ballots validates ranked ballots, then counts them by Meek's method."""
        ballots = [RankedBallot(f"v{i}", r) for i, r in enumerate(GPUS_RANKINGS)]
        ballots.append(RankedBallot("stranger", ("4",)))
        result = count_ballots(
            ballots,
            candidates=GPUS_CANDIDATES,
            seats=4,
            method=VotingMethod.MEEK_STV,
            roll=frozenset(f"v{i}" for i in range(94)),
            invalid=InvalidBallots.SET_ASIDE,
        )
        assert ("7", "4", "13", "8") == result.elected
        assert 1 == len(result.set_aside)


CANDS = ("a", "b", "c", "d", "e", "f")
rankings = st.lists(
    st.permutations(CANDS).flatmap(lambda p: st.integers(1, len(p)).map(lambda k: tuple(p[:k]))),
    min_size=1,
    max_size=40,
)


class TestProperties:
    """Invariants of the count."""

    @given(rankings, st.randoms(use_true_random=False), st.integers(1, 4))
    @settings(max_examples=60)
    def test_result_does_not_depend_on_ballot_order(
        self, ballots: list[tuple[str, ...]], rnd: object, seats: int
    ) -> None:
        """Shuffling the ballots changes nothing in the result."""
        shuffled = list(ballots)
        rnd.shuffle(shuffled)  # type: ignore[attr-defined]
        one = count_rankings(ballots, candidates=CANDS, seats=seats)
        two = count_rankings(shuffled, candidates=CANDS, seats=seats)
        assert one == two

    @given(rankings, st.integers(1, 4))
    @settings(max_examples=60)
    def test_more_than_a_quota_of_first_preferences_is_elected(
        self, ballots: list[tuple[str, ...]], seats: int
    ) -> None:
        """A candidate ranked first by more than total/(seats+1) ballots is elected."""
        firsts = Counter(b[0] for b in ballots)
        quota = Decimal(len(ballots)) / (seats + 1)
        result = count_rankings(ballots, candidates=CANDS, seats=seats)
        for cand, n in firsts.items():
            if n > quota:
                assert cand in result.elected

    @given(rankings, st.integers(1, 4))
    @settings(max_examples=60)
    def test_seats_filled_and_states_consistent(
        self, ballots: list[tuple[str, ...]], seats: int
    ) -> None:
        """Exactly min(seats, candidates) are elected; the last round agrees."""
        result = count_rankings(ballots, candidates=CANDS, seats=seats)
        assert seats == len(result.elected)
        final = {v.candidate for v in result.rounds[-1].votes if v.state is CandidateState.ELECTED}
        assert set(result.elected) == final


def _each_ballot(
    rankings: Counter[tuple[int, ...]],
    *,
    elected: set[int],
    excluded: set[int],
    keep: list[Any],
    one: Any,
    mul: Any,
) -> tuple[list[Any], Any]:
    """One iteration walked ballot by ballot, as the reference rule states it."""
    votes = [one - one] * len(keep)
    exhausted = one - one
    for ranking, count in rankings.items():
        w = one
        for c in ranking:
            if c in excluded:
                continue
            if c not in elected:
                votes[c] += count * w
                break
            take = mul(w, keep[c])
            votes[c] += count * take
            w -= take
        else:
            exhausted += count * w
    return votes, exhausted


def _ceil_mul(scale: int) -> Any:
    return lambda a, b: -((-a * b) // scale)


N = 6
int_rankings = st.dictionaries(
    st.permutations(range(N)).flatmap(
        lambda p: st.integers(0, len(p)).map(lambda k: tuple(p[:k]))
    ),
    st.integers(1, 9),
    max_size=30,
).map(Counter)
events = st.permutations(range(N)).flatmap(
    lambda p: st.lists(st.booleans(), max_size=N).map(lambda b: list(zip(p, b, strict=False)))
)


class TestPrefixGroups:
    """The trie of elected candidates gives every iteration exactly as ballot by ballot."""

    @given(
        int_rankings,
        events,
        st.lists(st.integers(0, 1000), min_size=N, max_size=N),
        st.sampled_from([1000, 10**9]),
    )
    @settings(max_examples=150)
    def test_every_iteration_as_ballot_by_ballot(
        self,
        rankings: Counter[tuple[int, ...]],
        steps: list[tuple[int, bool]],
        keeps: list[int],
        scale: int,
    ) -> None:
        """After each election or exclusion, fixed point (bulk and generic) and exact."""
        groups = PrefixGroups(rankings, N)
        elected: set[int] = set()
        excluded: set[int] = set()
        for step in [None, *steps]:
            if step is not None:
                c, won = step
                (elected if won else excluded).add(c)
                groups.leave(c, elected=won)
            keep = [k * scale // 1000 if c in elected else 0 for c, k in enumerate(keeps)]
            expected = _each_ballot(
                rankings,
                elected=elected,
                excluded=excluded,
                keep=keep,
                one=scale,
                mul=_ceil_mul(scale),
            )
            assert expected == groups.distribute_fixed(keep, scale)
            assert expected == groups.distribute(keep, scale, _ceil_mul(scale))
            exact = [Fraction(k, 1000) for k in keep]
            assert _each_ballot(
                rankings,
                elected=elected,
                excluded=excluded,
                keep=exact,
                one=Fraction(1),
                mul=lambda a, b: a * b,
            ) == groups.distribute(exact, Fraction(1), lambda a, b: a * b)

    @given(int_rankings, events)
    @settings(max_examples=100)
    def test_groups_are_the_paths_cut_at_the_first_hopeful(
        self, rankings: Counter[tuple[int, ...]], steps: list[tuple[int, bool]]
    ) -> None:
        """``groups``: where ballots stop, by the elected candidates they pass through."""
        groups = PrefixGroups(rankings, N)
        elected: list[int] = []
        excluded: set[int] = set()
        for c, won in steps:
            groups.leave(c, elected=won)
            (elected.append if won else excluded.add)(c)
        expected: dict[tuple[int, ...], Counter[int]] = {}
        for ranking, count in rankings.items():
            path: list[int] = []
            stop = -1
            for c in ranking:
                if c in excluded:
                    continue
                if c not in elected:
                    stop = c
                    break
                path.append(c)
            expected.setdefault(tuple(path), Counter())[stop] += count
        assert {k: dict(v) for k, v in expected.items()} == groups.groups

    def test_many_seats_exact_and_fixed_agree_with_each_ballot(self) -> None:
        """A deep trie: 12 candidates, 10 elected in turn, every ballot ranking them all."""
        rng_rankings: Counter[tuple[int, ...]] = Counter()
        perm = list(range(12))
        for i in range(400):
            perm = perm[i % 12 :] + perm[: i % 12]
            perm[i % 11], perm[(i * 7) % 12] = perm[(i * 7) % 12], perm[i % 11]
            rng_rankings[tuple(perm)] += 1 + i % 3
        groups = PrefixGroups(rng_rankings, 12)
        elected: set[int] = set()
        keep = [0] * 12
        for c in range(10):
            groups.leave(c, elected=True)
            elected.add(c)
            keep[c] = 10**9 // (c + 2) + 7
            expected = _each_ballot(
                rng_rankings,
                elected=elected,
                excluded=set(),
                keep=keep,
                one=10**9,
                mul=_ceil_mul(10**9),
            )
            assert expected == groups.distribute_fixed(keep, 10**9)
        assert 10 == max(len(seq) for seq in groups.groups)
