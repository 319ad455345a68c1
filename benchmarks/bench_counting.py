"""Benchmark: counting ranked ballots (Meek STV and Schulze) against peer libraries.

Run with ``uv run --group bench python benchmarks/bench_counting.py``. Ballots are plain
tuples of candidate ids in memory; every contender is timed from its own input objects
through building and counting (ours: aggregation by shared prefixes, then the count). The
runs are interleaved; the table gives the min and median of each. The garbage collector
stays on for everyone.

Workloads:
* Meek STV, 100,000 ballots (about 75,000 distinct rankings), 20 candidates, 8 seats:
  ours against pyrcv (fractional-transfer STV) and pyrankvote (STV) for context;
* Meek STV at 500, 1,000 and 2,000 ballots: ours against pref_voting's ``stv_meek``
  (the only Meek STV on the registry; slow, so it gets fewer runs, see ``--slow-runs``);
* Schulze at 10,000 ballots: ours against votekit and pref_voting (beat path).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import warnings
from collections import Counter
from typing import TYPE_CHECKING, Any

from openinfra_model.counting import VotingMethod, count_rankings

if TYPE_CHECKING:
    from collections.abc import Callable

SEATS = 8
CANDIDATES = 20


def make_ballots(n: int, *, seed: int = 1) -> tuple[list[str], list[tuple[str, ...]]]:
    """``n`` partial rankings of 20 candidates: a skewed random order, truncated."""
    rng = random.Random(seed)
    cands = [f"c{i:02d}" for i in range(CANDIDATES)]
    weight = [1 / (i + 1) ** 0.3 for i in range(CANDIDATES)]
    ballots = []
    for _ in range(n):
        length = min(CANDIDATES, int(rng.expovariate(1 / 8)) + 1)
        keys = sorted(range(CANDIDATES), key=lambda i: -(rng.random() ** (1 / weight[i])))
        ballots.append(tuple(cands[i] for i in keys[:length]))
    return cands, ballots


def ours_meek(cands: list[str], ballots: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Ours: aggregate by shared prefixes, count by Meek STV."""
    return count_rankings(ballots, candidates=cands, seats=SEATS).elected


def ours_schulze(cands: list[str], ballots: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Ours: merge rankings, count by Schulze."""
    result = count_rankings(ballots, candidates=cands, seats=SEATS, method=VotingMethod.SCHULZE)
    return result.elected


def pyrcv_stv(cands: list[str], data: list[list[int]]) -> object:
    """pyrcv: build its RaceData from 1-based ids, run its STV."""
    from pyrcv import RaceData, RaceMetadata, run_rcv  # noqa: PLC0415

    race = RaceData(RaceMetadata("bench", SEATS, list(cands)), data, [1] * len(data))
    return run_rcv(race)


def pyrankvote_stv(cands: list[str], ballots: list[tuple[str, ...]]) -> object:
    """pyrankvote: build Candidate and Ballot objects, run its STV."""
    import pyrankvote  # noqa: PLC0415

    objs = {c: pyrankvote.Candidate(c) for c in cands}
    built = [pyrankvote.Ballot(ranked_candidates=[objs[c] for c in b]) for b in ballots]
    return pyrankvote.single_transferable_vote(list(objs.values()), built, SEATS)


def pref_voting_meek(cands: list[str], dicts: list[dict[int, int]]) -> object:
    """pref_voting: build a ProfileWithTies, run stv_meek."""
    from pref_voting.profiles_with_ties import ProfileWithTies  # noqa: PLC0415
    from pref_voting.proportional_methods import stv_meek  # noqa: PLC0415

    profile = ProfileWithTies(dicts, candidates=list(range(len(cands))))
    return stv_meek(profile, num_seats=SEATS)


def pref_voting_schulze(cands: list[str], dicts: list[dict[int, int]]) -> object:
    """pref_voting: build a ProfileWithTies (ranked above unranked), run beat path."""
    from pref_voting.margin_based_methods import beat_path  # noqa: PLC0415
    from pref_voting.profiles_with_ties import ProfileWithTies  # noqa: PLC0415

    profile = ProfileWithTies(dicts, candidates=list(range(len(cands))))
    profile.use_extended_strict_preference()
    return beat_path(profile)


def votekit_schulze(cands: list[str], ballots: list[tuple[str, ...]]) -> object:
    """votekit: build RankBallots and a RankProfile, run Schulze for 8 seats."""
    from votekit.ballot import RankBallot  # noqa: PLC0415
    from votekit.elections import Schulze  # noqa: PLC0415
    from votekit.pref_profile import RankProfile  # noqa: PLC0415

    built = [RankBallot(ranking=[{c} for c in b]) for b in ballots]
    profile = RankProfile(ballots=built, candidates=list(cands))
    return Schulze(profile, n_seats=SEATS).get_elected()


def _time(fn: Callable[..., object], *args: Any) -> float:  # noqa: ANN401
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    """Run the interleaved timings and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="interleaved runs (default 5)")
    parser.add_argument(
        "--slow-runs",
        type=int,
        default=1,
        help="runs of pref_voting's stv_meek at 1,000 and 2,000 ballots (default 1)",
    )
    parser.add_argument("--ballots", type=int, default=100_000)
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    cands, ballots = make_ballots(args.ballots)
    distinct = len(Counter(ballots))
    number = {c: i for i, c in enumerate(cands)}
    as_ints = [[number[c] + 1 for c in b] for b in ballots]  # pyrcv: 1-based ids
    as_dicts = [{number[c]: k for k, c in enumerate(b)} for b in ballots]

    cases: list[tuple[str, int, Callable[..., object], tuple[Any, ...], int]] = [
        ("Meek STV (ours)", args.ballots, ours_meek, (cands, ballots), args.runs),
        ("pyrcv STV", args.ballots, pyrcv_stv, (cands, as_ints), args.runs),
        ("pyrankvote STV", args.ballots, pyrankvote_stv, (cands, ballots), args.runs),
    ]
    for n in (500, 1000, 2000):
        runs = args.runs if n == 500 else args.slow_runs
        cases.append(("Meek STV (ours)", n, ours_meek, (cands, ballots[:n]), args.runs))
        cases.append(("pref_voting stv_meek", n, pref_voting_meek, (cands, as_dicts[:n]), runs))
    n = 10_000
    cases += [
        ("Schulze (ours)", n, ours_schulze, (cands, ballots[:n]), args.runs),
        ("votekit Schulze", n, votekit_schulze, (cands, ballots[:n]), args.runs),
        ("pref_voting beat_path", n, pref_voting_schulze, (cands, as_dicts[:n]), args.runs),
    ]
    times: dict[tuple[str, int], list[float]] = {(name, size): [] for name, size, *_ in cases}
    for run in range(max(args.runs, args.slow_runs)):
        for name, size, fn, fn_args, runs in cases:
            if run < runs:
                times[name, size].append(_time(fn, *fn_args))

    print(
        f"{args.ballots:,} ballots ({distinct:,} distinct rankings), {CANDIDATES} candidates, "
        f"{SEATS} seats; {args.runs} interleaved runs (slow peers: {args.slow_runs})"
    )
    print(f"{'contender':<24} {'ballots':>8} {'runs':>5} {'min s':>10} {'median s':>10}")
    for (name, size), ts in times.items():
        if not ts:
            continue
        print(
            f"{name:<24} {size:>8,} {len(ts):>5} {min(ts):>10.4f} {statistics.median(ts):>10.4f}"
        )

    def ratio(a: tuple[str, int], b: tuple[str, int]) -> float:
        if not times[a] or not times[b]:
            return float("nan")
        return statistics.median(times[b]) / statistics.median(times[a])

    print()
    big = args.ballots
    print(
        f"Meek STV vs pyrcv at {big:,}: pyrcv/ours = "
        f"{ratio(('Meek STV (ours)', big), ('pyrcv STV', big)):.2f} (target: ours within 2x)"
    )
    for n in (500, 1000, 2000):
        print(
            f"Meek STV vs pref_voting stv_meek at {n:,}: "
            f"{ratio(('Meek STV (ours)', n), ('pref_voting stv_meek', n)):,.0f}x faster "
            "(target at 2,000: >= 100x)"
        )
    print(
        "Schulze vs votekit at 10,000: "
        f"{ratio(('Schulze (ours)', 10_000), ('votekit Schulze', 10_000)):.1f}x faster "
        "(target: >= 5x)"
    )


if __name__ == "__main__":
    main()
