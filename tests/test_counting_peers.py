"""Cross-checks against independent implementations on close contests (pref_voting).

Random electorates agree under almost any method, so the contests here are drawn from a
few voter blocs with noise and kept only when the last seat is close: an exclusion decided
by at most one vote (Meek) or a last-seat strongest-path gap of at most two (Schulze).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from pref_voting.margin_based_methods import (  # type: ignore[import-untyped]
    beat_path_defeat,
)
from pref_voting.profiles_with_ties import ProfileWithTies  # type: ignore[import-untyped]
from pref_voting.proportional_methods import stv_meek  # type: ignore[import-untyped]

from openinfra_model.counting import (
    CandidateState,
    CountResult,
    SchulzeStrength,
    TieBreak,
    TieBreakRule,
    VotingMethod,
    count_rankings,
)

if TYPE_CHECKING:
    from decimal import Decimal

# pref_voting breaks a tie for exclusion against the highest candidate number; listing the
# candidates in number order makes our tie rule the same.
LISTED = TieBreak(rule=TieBreakRule.LISTED_ORDER)


def _contest(rng: random.Random) -> tuple[list[str], list[tuple[str, ...]], int]:
    m = rng.randint(5, 8)
    n = rng.randint(20, 60)
    seats = rng.randint(2, min(4, m - 2))
    cands = [str(i) for i in range(m)]
    blocs = [rng.sample(cands, m) for _ in range(rng.randint(2, 4))]
    ballots: list[tuple[str, ...]] = []
    for _ in range(n):
        ranking = list(rng.choice(blocs))
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(m - 1)
            ranking[i], ranking[i + 1] = ranking[i + 1], ranking[i]
        ballots.append(tuple(ranking[: rng.randint(1, m)]))
    return cands, ballots, seats


def _closest_exclusion(result: CountResult) -> Decimal | None:
    gaps = []
    for rnd in result.rounds:
        if rnd.excluded and rnd.iterations:
            live = sorted(
                v.votes
                for v in rnd.votes
                if v.state is CandidateState.HOPEFUL or v.candidate in rnd.excluded
            )
            if len(live) > 1:
                gaps.append(live[1] - live[0])
    return min(gaps, default=None)


def _profile(m: int, ballots: list[tuple[str, ...]]) -> ProfileWithTies:
    return ProfileWithTies(
        [{int(c): k for k, c in enumerate(b)} for b in ballots], candidates=list(range(m))
    )


def close_meek_contests(
    seed: int, wanted: int
) -> list[tuple[list[str], list[tuple[str, ...]], int]]:
    """Contests whose count excludes someone by at most one vote."""
    rng = random.Random(seed)  # noqa: S311  (reproducible test contests)
    found: list[tuple[list[str], list[tuple[str, ...]], int]] = []
    while len(found) < wanted:
        cands, ballots, seats = _contest(rng)
        result = count_rankings(ballots, candidates=cands, seats=seats, tie_break=LISTED)
        gap = _closest_exclusion(result)
        if gap is not None and gap <= 1:
            found.append((cands, ballots, seats))
    return found


class TestMeekAgainstPrefVoting:
    """pref_voting's ``stv_meek`` (floats, tolerance 1e-10) against the reference rule."""

    def test_close_contests_agree(self) -> None:
        """Every close contest elects the same set (pref_voting is slow: 30 contests)."""
        disagreements = []
        for cands, ballots, seats in close_meek_contests(seed=2026, wanted=30):
            ours = count_rankings(ballots, candidates=cands, seats=seats, tie_break=LISTED)
            theirs = stv_meek(_profile(len(cands), ballots), num_seats=seats)
            if sorted(int(c) for c in ours.elected) != sorted(theirs):
                disagreements.append((ballots, seats))
        assert [] == disagreements


def close_schulze_contests(
    seed: int, wanted: int
) -> list[tuple[list[str], list[tuple[str, ...]], int]]:
    """Contests whose last seat is won by a strongest-path gap of at most two."""
    rng = random.Random(seed)  # noqa: S311  (reproducible test contests)
    found: list[tuple[list[str], list[tuple[str, ...]], int]] = []
    while len(found) < wanted:
        cands, ballots, seats = _contest(rng)
        result = count_rankings(
            ballots,
            candidates=cands,
            seats=seats,
            method=VotingMethod.SCHULZE,
            strength=SchulzeStrength.MARGINS,
            tie_break=LISTED,
        )
        last, first_out = result.order[seats - 1], result.order[seats]
        path = {(p.winner, p.loser): p.strongest_path for p in result.pairwise}
        if path[last, first_out] - path[first_out, last] <= 2:
            found.append((cands, ballots, seats))
    return found


class TestSchulzeAgainstPrefVoting:
    """pref_voting's beat path (Schulze) defeat relation, margins, extended preferences."""

    def test_defeat_relation_matches_on_close_contests(self) -> None:
        """The whole pairwise defeat relation is the same in 200 close contests."""
        mismatches = 0
        for cands, ballots, seats in close_schulze_contests(seed=7, wanted=200):
            ours = count_rankings(
                ballots,
                candidates=cands,
                seats=seats,
                method=VotingMethod.SCHULZE,
                strength=SchulzeStrength.MARGINS,
            )
            path = {(p.winner, p.loser): p.strongest_path for p in ours.pairwise}
            our_defeats = {(int(a), int(b)) for (a, b), s in path.items() if s > path[b, a]}
            prof = _profile(len(cands), ballots)
            prof.use_extended_strict_preference()
            theirs = set(beat_path_defeat(prof).edges())
            mismatches += our_defeats != theirs
        assert 0 == mismatches

    def test_winning_votes_relation_matches(self) -> None:
        """With pref_voting's strength function set to support, winning votes agree too."""
        mismatches = 0
        for cands, ballots, seats in close_schulze_contests(seed=8, wanted=100):
            ours = count_rankings(
                ballots, candidates=cands, seats=seats, method=VotingMethod.SCHULZE
            )
            path = {(p.winner, p.loser): p.strongest_path for p in ours.pairwise}
            our_defeats = {(int(a), int(b)) for (a, b), s in path.items() if s > path[b, a]}
            prof = _profile(len(cands), ballots)
            prof.use_extended_strict_preference()
            theirs = set(beat_path_defeat(prof, strength_function=prof.support).edges())
            mismatches += our_defeats != theirs
        assert 0 == mismatches
