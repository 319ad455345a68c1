"""Counting workloads: Meek STV and Schulze beside pyrcv, pyrankvote, pref_voting and votekit.

Ballots are seeded partial rankings (a skewed random order, truncated after an exponentially
distributed number of preferences, 8 on average) of 20 or 40 candidates. Each contestant gets
the input its users would give it:

- ``ours``: the list of rankings, one tuple of candidate ids per ballot, as a user of
  :func:`openinfra_model.counting.count_rankings` passes them (it merges identical rankings
  itself, and that merge is timed);
- ``pyrcv``: merged, weighted ballots (its ``RaceData`` takes a ``votes`` weight per distinct
  ranking, 1-based candidate numbers), counted by its fractional-transfer STV;
- ``pyrankvote``: one ``Ballot`` per voter (it takes no weights), counted by its STV; only up
  to 100,000 ballots;
- ``pref_voting``: a merged ``ProfileWithTies`` (``rcounts`` the weights), counted by
  ``beat_path`` (Schulze), only up to 2,000 ballots, and ``stv_meek`` (the registry's only
  other Meek STV), which takes minutes for 500 ballots: it is called once, at 500 ballots, as
  a cross-check of the winners, and its one time is shown;
- ``votekit``: merged ``RankBallot`` objects with weights in a ``RankProfile``, counted by its
  ``Schulze`` for the same number of seats; only up to 2,000 ballots, and at 10,000 for
  20 candidates / 8 seats (one count takes 20 s at 10,000 ballots and 20 candidates, a minute
  at 40, minutes at 100,000).

Building each peer's own objects from its input is timed with its count; merging the ballots
for the peers that take weights is not (their users hold merged data already). Before any time
is kept, the winners of every contestant are compared with ours: the same set of elected
candidates (pref_voting's ``beat_path`` is single-winner: its winner must be our first). A
peer that counts the same method and elects differently stops the run; pyrcv and pyrankvote
count other variants of STV, so a different result from them is recorded in the table and no
ratio against them is printed.
"""

from __future__ import annotations

import gc
import random
import time
import warnings
from collections import Counter
from typing import TYPE_CHECKING, Any

from benchmarks import harness
from openinfra_model.counting import (
    SchulzeStrength,
    TieBreak,
    TieBreakRule,
    VotingMethod,
    count_rankings,
)

if TYPE_CHECKING:
    from collections.abc import Callable

#: (candidates, seats) of each configuration.
CONFIGS = ((20, 8), (20, 15), (40, 15))
PYRANKVOTE_MAX = 100_000
VOTEKIT_MAX = 2_000
#: votekit also runs at 10,000 ballots for 20 candidates / 8 seats (the issue's figure).
VOTEKIT_ALSO = (10_000, 20, 8)
PREF_VOTING_MAX = 2_000
#: pref_voting's stv_meek takes 86 s at 200 ballots and 255 s at 500 (20 candidates, 8 seats,
#: merged): it is called once, as a cross-check, at this size.
PREF_VOTING_MEEK = (500, 20, 8)

Ballots = list[tuple[str, ...]]


def make_ballots(n: int, candidates: int = 20, *, seed: int = 1) -> tuple[list[str], Ballots]:
    """``n`` partial rankings of ``candidates`` candidates: a skewed random order, truncated."""
    rng = random.Random(seed)
    cands = [f"c{i:02d}" for i in range(candidates)]
    weight = [1 / (i + 1) ** 0.3 for i in range(candidates)]
    ballots = []
    for _ in range(n):
        length = min(candidates, int(rng.expovariate(1 / 8)) + 1)
        keys = sorted(range(candidates), key=lambda i: -(rng.random() ** (1 / weight[i])))
        ballots.append(tuple(cands[i] for i in keys[:length]))
    return cands, ballots


#: Schulze is counted as the peers count it: defeats measured by margins (votekit's and
#: pref_voting's measure; ours defaults to winning votes, which differs on truncated ballots)
#: and ties going to the candidate listed first (the ids sorted), as votekit's default
#: "lexicographic" tie-break does. The cost of the count does not depend on either choice.
LISTED = TieBreak(rule=TieBreakRule.LISTED_ORDER)


def ours(cands: list[str], ballots: Ballots, seats: int, method: VotingMethod) -> frozenset[str]:
    """Ours: merge rankings by shared prefixes, then count (Meek: the default lot)."""
    if method is VotingMethod.SCHULZE:
        result = count_rankings(
            ballots,
            candidates=cands,
            seats=seats,
            method=method,
            tie_break=LISTED,
            strength=SchulzeStrength.MARGINS,
        )
    else:
        result = count_rankings(ballots, candidates=cands, seats=seats, method=method)
    return frozenset(result.elected)


def pyrcv_stv(
    cands: list[str], merged: list[list[int]], weights: list[int], seats: int
) -> frozenset[str]:
    """pyrcv: build its RaceData from merged 1-based rankings and weights, run its STV."""
    from pyrcv import RaceData, RaceMetadata, run_rcv  # noqa: PLC0415

    race = RaceData(RaceMetadata("bench", seats, list(cands)), merged, weights)
    result = run_rcv(race)
    return frozenset(cands[e - 1] for r in result.rounds for e in r.elected)


def pyrankvote_stv(cands: list[str], ballots: Ballots, seats: int) -> frozenset[str]:
    """pyrankvote: one Ballot per voter, its STV."""
    import pyrankvote  # noqa: PLC0415

    objs = {c: pyrankvote.Candidate(c) for c in cands}
    built = [pyrankvote.Ballot(ranked_candidates=[objs[c] for c in b]) for b in ballots]
    result = pyrankvote.single_transferable_vote(list(objs.values()), built, seats)
    return frozenset(c.name for c in result.get_winners())


def _pv_profile(cands: list[str], merged: list[dict[int, int]], weights: list[int]) -> Any:  # noqa: ANN401
    from pref_voting.profiles_with_ties import ProfileWithTies  # noqa: PLC0415

    return ProfileWithTies(merged, rcounts=weights, candidates=list(range(len(cands))))


def pref_voting_meek(
    cands: list[str], merged: list[dict[int, int]], weights: list[int], seats: int
) -> frozenset[str]:
    """pref_voting: a merged ProfileWithTies, ``stv_meek``."""
    from pref_voting.proportional_methods import stv_meek  # noqa: PLC0415

    return frozenset(
        cands[i] for i in stv_meek(_pv_profile(cands, merged, weights), num_seats=seats)
    )


def pref_voting_schulze(
    cands: list[str], merged: list[dict[int, int]], weights: list[int]
) -> frozenset[str]:
    """pref_voting: a merged ProfileWithTies (ranked above unranked), ``beat_path``."""
    from pref_voting.margin_based_methods import beat_path  # noqa: PLC0415

    profile = _pv_profile(cands, merged, weights)
    profile.use_extended_strict_preference()
    return frozenset(cands[i] for i in beat_path(profile))


def votekit_schulze(
    cands: list[str], merged: list[tuple[str, ...]], weights: list[int], seats: int
) -> frozenset[str]:
    """votekit: weighted RankBallots in a RankProfile, its Schulze for ``seats`` seats."""
    from votekit.ballot import RankBallot  # noqa: PLC0415
    from votekit.elections import Schulze  # noqa: PLC0415
    from votekit.pref_profile import RankProfile  # noqa: PLC0415

    built = [
        RankBallot(ranking=[{c} for c in b], weight=w)
        for b, w in zip(merged, weights, strict=True)
    ]
    profile = RankProfile(ballots=built, candidates=list(cands))
    return frozenset(c for s in Schulze(profile, n_seats=seats).get_elected() for c in s)


def _inputs(cands: list[str], ballots: Ballots) -> dict[str, Any]:
    merged = Counter(ballots)
    number = {c: i for i, c in enumerate(cands)}
    rankings = list(merged)
    return {
        "distinct": len(merged),
        "rankings": rankings,
        "weights": list(merged.values()),
        "ints": [[number[c] + 1 for c in b] for b in rankings],
        "dicts": [{number[c]: k for k, c in enumerate(b)} for b in rankings],
    }


#: Peers that count another variant of the method: a different set of winners is recorded
#: (and no ratio printed against them), not an error.
VARIANTS = {
    "pyrcv": "pyrcv counts fractional-transfer STV (surplus transfer), not Meek",
    "pyrankvote": "pyrankvote counts STV with whole-ballot transfers, not Meek",
}


def _check_winners(
    work: harness.Workload, method: str, first: str | None
) -> Callable[[dict[str, Any]], list[str]]:
    def check(results: dict[str, Any]) -> list[str]:
        expected = results["ours"]
        lines = [f"{method}: ours elected {', '.join(sorted(expected))}"]
        for name, won in results.items():
            if name == "ours":
                continue
            if name == "pref_voting beat_path":
                lines.append(harness.same(f"{name} winner is our first", {first}, won))
            elif name in VARIANTS and won != expected:
                work.differs[name] = VARIANTS[name]
                lines.append(
                    f"{name} winners DIFFER: {', '.join(sorted(won))} "
                    f"({VARIANTS[name]}); no ratio against it"
                )
            else:
                lines.append(harness.same(f"{name} winners", sorted(expected), sorted(won)))
        return lines

    return check


def meek(n: int, candidates: int, seats: int, runs: int) -> harness.Workload:
    """Meek STV at ``n`` ballots, beside the peers that are not too slow at that size."""
    warnings.simplefilter("ignore")
    cands, ballots = make_ballots(n, candidates)
    i = _inputs(cands, ballots)
    work = harness.Workload("Meek STV", f"{n:,} ballots, {candidates}/{seats}")
    work.notes.append(f"{i['distinct']:,} distinct rankings")
    contestants: dict[str, Callable[[], Any]] = {
        "ours": lambda: ours(cands, ballots, seats, VotingMethod.MEEK_STV),
        "pyrcv": lambda: pyrcv_stv(cands, i["ints"], i["weights"], seats),
    }
    if n <= PYRANKVOTE_MAX:
        contestants["pyrankvote"] = lambda: pyrankvote_stv(cands, ballots, seats)
    return harness.run_workload(work, contestants, _check_winners(work, "Meek STV", None), runs)


def schulze(n: int, candidates: int, seats: int, runs: int) -> harness.Workload:
    """Schulze at ``n`` ballots, beside votekit and pref_voting where they are not too slow."""
    warnings.simplefilter("ignore")
    cands, ballots = make_ballots(n, candidates)
    i = _inputs(cands, ballots)
    work = harness.Workload("Schulze", f"{n:,} ballots, {candidates}/{seats}")
    work.notes.append(f"{i['distinct']:,} distinct rankings")
    first = count_rankings(
        ballots,
        candidates=cands,
        seats=seats,
        method=VotingMethod.SCHULZE,
        tie_break=LISTED,
        strength=SchulzeStrength.MARGINS,
    ).elected[0]
    contestants: dict[str, Callable[[], Any]] = {
        "ours": lambda: ours(cands, ballots, seats, VotingMethod.SCHULZE),
    }
    if n <= VOTEKIT_MAX or (n, candidates, seats) == VOTEKIT_ALSO:
        contestants["votekit"] = lambda: votekit_schulze(cands, i["rankings"], i["weights"], seats)
    if n <= PREF_VOTING_MAX:
        contestants["pref_voting beat_path"] = lambda: pref_voting_schulze(
            cands, i["dicts"], i["weights"]
        )
    return harness.run_workload(work, contestants, _check_winners(work, "Schulze", first), runs)


def pref_voting_meek_check(n: int, candidates: int, seats: int) -> harness.Workload:
    """One call of pref_voting's ``stv_meek`` (too slow for repeated runs), winners compared."""
    warnings.simplefilter("ignore")
    cands, ballots = make_ballots(n, candidates)
    i = _inputs(cands, ballots)
    work = harness.Workload(
        "Meek STV, pref_voting cross-check", f"{n:,} ballots, {candidates}/{seats}"
    )
    work.notes.append(
        f"{i['distinct']:,} distinct rankings; one call each, collector as by default "
        "(stv_meek is too slow for repeated runs)"
    )
    contestants: dict[str, Callable[[], Any]] = {
        "ours": lambda: ours(cands, ballots, seats, VotingMethod.MEEK_STV),
        "pref_voting stv_meek": lambda: pref_voting_meek(cands, i["dicts"], i["weights"], seats),
    }
    samples: dict[str, list[float]] = {}
    results: dict[str, Any] = {}
    for name, fn in contestants.items():
        gc.collect()
        t0 = time.perf_counter()
        results[name] = fn()
        samples[name] = [time.perf_counter() - t0]
    work.checks.extend(_check_winners(work, "Meek STV", None)(results))
    work.runs = 1
    work.timings.extend(
        harness.Timing(name, pauses_collector=False, samples={"default": t})
        for name, t in samples.items()
    )
    return work
