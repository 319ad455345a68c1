"""Benchmark: how Meek STV scales with the number of seats, against pyrcv on merged ballots.

Run with ``uv run --group bench python benchmarks/bench_meek_seats.py``. For each ballot
generator and each contest (20 candidates / 8 seats, 20 / 15, 40 / 15) it times, in
interleaved runs, from each contender's own input objects:

* ``ours``: :func:`~openinfra_model.counting.count_rankings` on the plain ballots, as its
  users call it (it merges identical rankings itself, and that merge is timed);
* ``ours, merged``: the library's Meek count alone on the already merged rankings (what
  ``count_rankings`` does after merging and checking), for insight only;
* ``pyrcv``: pyrcv's fractional-transfer STV (its only STV, numpy) on the merged rankings
  with their counts as weights (``RaceData(..., ballots, votes)``), as its docs recommend.

pyrcv is not Meek's method (it transfers surpluses once, at the value of the moment, and
never revisits them), so the winners are compared as sets and any difference is reported
with both orders, not treated as an error. The garbage collector stays on for everyone.

Generators:

* ``skewed``: the generator of ``bench_counting.py`` (a Plackett-Luce order with weights
  ``1/(i+1)**0.3``, truncated after an exponential number of preferences, mean about 8),
  generalized to any number of candidates (identical ballots at 20 candidates);
* ``factions``: truncated rankings with a strong popularity skew and voting blocs: each
  candidate belongs to one of four factions; a voter picks a faction (weights 4:3:2:1) and
  ranks by Plackett-Luce with Zipf popularity ``1/(i+1)`` boosted 5x for the own faction,
  stopping after a geometric number of preferences (mean 4, at least 1).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import warnings
from collections import Counter
from typing import TYPE_CHECKING, Any

from openinfra_model.counting import Arithmetic, count_rankings
from openinfra_model.counting.meek import meek

if TYPE_CHECKING:
    from collections.abc import Callable

CONTESTS = ((20, 8), (20, 15), (40, 15))
Ballots = list[tuple[str, ...]]


def skewed(n: int, ncand: int, *, seed: int = 1) -> tuple[list[str], Ballots]:
    """``bench_counting.make_ballots`` with ``ncand`` candidates (the same at 20)."""
    rng = random.Random(seed)
    cands = [f"c{i:02d}" for i in range(ncand)]
    weight = [1 / (i + 1) ** 0.3 for i in range(ncand)]
    ballots = []
    for _ in range(n):
        length = min(ncand, int(rng.expovariate(1 / 8)) + 1)
        keys = sorted(range(ncand), key=lambda i: -(rng.random() ** (1 / weight[i])))
        ballots.append(tuple(cands[i] for i in keys[:length]))
    return cands, ballots


def factions(n: int, ncand: int, *, seed: int = 2) -> tuple[list[str], Ballots]:
    """Truncated rankings, Zipf popularity, four voting blocs (see the module doc)."""
    rng = random.Random(seed)
    cands = [f"c{i:02d}" for i in range(ncand)]
    faction = [rng.randrange(4) for _ in range(ncand)]
    popularity = [1 / (i + 1) for i in range(ncand)]
    ballots = []
    for _ in range(n):
        own = rng.choices(range(4), weights=(4, 3, 2, 1))[0]
        weight = [p * (5 if f == own else 1) for p, f in zip(popularity, faction, strict=True)]
        length = 1
        while length < ncand and rng.random() < 0.75:
            length += 1
        # Plackett-Luce by exponential race: sort by Exp(1) / weight.
        keys = sorted(range(ncand), key=lambda i: rng.expovariate(1) / weight[i])
        ballots.append(tuple(cands[i] for i in keys[:length]))
    return cands, ballots


GENERATORS: dict[str, Callable[[int, int], tuple[list[str], Ballots]]] = {
    "skewed": skewed,
    "factions": factions,
}


def ours(cands: list[str], ballots: Ballots, seats: int) -> frozenset[str]:
    """The public door on the plain ballots (merging included)."""
    return frozenset(count_rankings(ballots, candidates=cands, seats=seats).elected)


def ours_merged(cands: list[str], merged: Counter[tuple[int, ...]], seats: int) -> frozenset[str]:
    """The Meek count alone on merged rankings of candidate indices (lot from seed 0)."""
    out = meek(
        merged,
        names=cands,
        seats=seats,
        priority=list(range(len(cands))),
        arithmetic=Arithmetic(),
    )
    return frozenset(cands[i] for i in out.elected)


def pyrcv_stv(
    cands: list[str], pairs: tuple[list[list[int]], list[int]], seats: int
) -> frozenset[str]:
    """Run pyrcv on merged rankings (1-based ids) with their counts as votes."""
    from pyrcv import RaceData, RaceMetadata, run_rcv  # noqa: PLC0415

    rankings, counts = pairs
    result = run_rcv(RaceData(RaceMetadata("bench", seats, list(cands)), rankings, counts))
    return frozenset(cands[c - 1] for rnd in result.rounds for c in rnd.elected)


def _time(
    clock: Callable[[], float],
    fn: Callable[..., frozenset[str]],
    *args: Any,  # noqa: ANN401
) -> tuple[float, frozenset[str]]:
    start = clock()
    won = fn(*args)
    return clock() - start, won


Key = tuple[str, str, int, int]  # generator, contender, candidates, seats
Case = tuple[Key, "Callable[..., frozenset[str]]", tuple[Any, ...]]


def build_cases(
    ballots_n: int, generators: list[str], contests: list[tuple[int, int]], *, merged_row: bool
) -> tuple[list[Case], dict[tuple[str, int], str]]:
    """Generate the ballots once per generator and candidate count; one case per contender."""
    cases: list[Case] = []
    info: dict[tuple[str, int], str] = {}
    for gen in generators:
        for ncand in sorted({c for c, _ in contests}):
            cands, ballots = GENERATORS[gen](ballots_n, ncand)
            merged_names = Counter(ballots)
            number = {c: i for i, c in enumerate(cands)}
            merged = Counter({tuple(number[c] for c in r): k for r, k in merged_names.items()})
            pairs = (
                [[number[c] + 1 for c in r] for r in merged_names],
                list(merged_names.values()),
            )
            mean_len = sum(len(b) for b in ballots) / len(ballots)
            info[gen, ncand] = (
                f"{len(ballots):,} ballots, {len(merged):,} distinct rankings, "
                f"mean length {mean_len:.1f}"
            )
            for seats in (s for c, s in contests if c == ncand):
                cases.append(((gen, "ours", ncand, seats), ours, (cands, ballots, seats)))
                if merged_row:
                    key = (gen, "ours, merged", ncand, seats)
                    cases.append((key, ours_merged, (cands, merged, seats)))
                cases.append(((gen, "pyrcv", ncand, seats), pyrcv_stv, (cands, pairs, seats)))
    return cases, info


def report(
    cases: list[Case], times: dict[Key, list[float]], winners: dict[Key, set[frozenset[str]]]
) -> None:
    """Print the table, then every disagreement on the winners."""
    header = (
        f"{'generator':<9} {'cands/seats':>11} {'contender':<13} "
        f"{'min s':>8} {'median s':>9} {'vs pyrcv':>9}  winners"
    )
    print(header)
    print("-" * len(header))
    for key, *_ in cases:
        gen, who, ncand, seats = key
        ts = times[key]
        ratio = statistics.median(ts) / statistics.median(times[gen, "pyrcv", ncand, seats])
        won, theirs = winners[key], winners[gen, "pyrcv", ncand, seats]
        if who == "pyrcv":
            agree = "(reference)" if len(won) == 1 else "varies between runs (random ties)"
        else:
            agree = "same as pyrcv" if won == theirs and len(won) == 1 else "DIFFERENT"
        print(
            f"{gen:<9} {f'{ncand}/{seats}':>11} {who:<13} {min(ts):>8.3f} "
            f"{statistics.median(ts):>9.3f} {ratio:>8.2f}x  {agree}"
        )
    print()
    for key, *_ in cases:
        gen, who, ncand, seats = key
        mine, theirs = winners[key], winners[gen, "pyrcv", ncand, seats]
        if who == "ours" and mine != theirs:
            a, b = set().union(*mine), set().union(*theirs)
            print(
                f"{gen} {ncand}/{seats}: winners differ; ours only: {sorted(a - b)}, "
                f"pyrcv only: {sorted(b - a)}"
            )
    print(
        "targets (median, skewed and factions alike): ours <= 1.5x pyrcv at 40/15; "
        "ours <= 0.5x pyrcv at 20/8"
    )


def main() -> None:
    """Run the interleaved timings and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs (default 3)")
    parser.add_argument("--ballots", type=int, default=100_000)
    parser.add_argument(
        "--generators", default=",".join(GENERATORS), help="comma-separated (default: all)"
    )
    parser.add_argument(
        "--contests",
        default=",".join(f"{c}/{s}" for c, s in CONTESTS),
        help="comma-separated candidates/seats (default: 20/8,20/15,40/15)",
    )
    parser.add_argument("--no-merged", action="store_true", help="skip the 'ours, merged' row")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall time (default) or this process's CPU time (steadier on a shared machine)",
    )
    args = parser.parse_args()
    clock = time.perf_counter if args.clock == "wall" else time.process_time
    warnings.simplefilter("ignore")
    contests = [(int(c), int(s)) for c, s in (x.split("/") for x in args.contests.split(","))]
    cases, info = build_cases(
        args.ballots, args.generators.split(","), contests, merged_row=not args.no_merged
    )

    pyrcv_stv(["a", "b", "c"], ([[1, 2], [3]], [2, 1]), 1)  # import numpy etc. untimed
    times: dict[Key, list[float]] = {}
    winners: dict[Key, set[frozenset[str]]] = {}
    start = time.perf_counter()
    for _ in range(args.runs):
        for key, fn, fn_args in cases:
            t, won = _time(clock, fn, *fn_args)
            times.setdefault(key, []).append(t)
            winners.setdefault(key, set()).add(won)
    total = time.perf_counter() - start

    print(
        f"{args.runs} interleaved runs; min and median seconds ({args.clock} clock); "
        f"total {total:.0f} s wall"
    )
    for (gen, ncand), text in info.items():
        print(f"  {gen} at {ncand} candidates: {text}")
    print()
    report(cases, times, winners)


if __name__ == "__main__":
    main()
