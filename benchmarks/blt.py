"""BLT files: a ballot file read by :func:`~openinfra_model.counting.load_blt`, then counted.

The file is generated into a temporary directory, one line per ballot (weight 1, as an
election service exports each ballot; the reference counters read merged lines the same
way), from a seeded model of a large party election: 20 candidates for 6 seats in 6 blocs
of unequal size; each voter follows their bloc's order of the candidates, perturbed by a few
swaps of neighbours, and stops after an exponentially distributed number of preferences
(6 on average). That gives realistic numbers of distinct rankings: about a quarter of the
ballots at 10,000 (the 21 Glasgow 2007 ward files of the reference counter's test data have
22-30 %), a few per cent at 1,000,000 (see each table's note).

Two workloads, timed separately:

``BLT read``
    ``ours``: ``load_blt(path)`` and ``weighted_rankings()`` (the file parsed, every line
    checked, the distinct rankings merged with their counts: what a count takes). Peer:
    votekit's ``load_scottish`` reading the same ballots from the CSV form of BLT it reads
    (mggg/scot-elex's: the same lines with commas, names with parties), grouped into a
    weighted profile; up to 10,000 ballots (it takes seconds at 10,000 lines). Cross-check:
    our merged rankings equal the generated ballots counted in memory, and votekit's
    grouped profile holds the same rankings with the same weights.
``BLT count``
    ``ours``: Meek STV over the merged rankings read from the file. Peer: pyrcv over the same
    merged ballots (fractional-transfer STV, another variant: where it elects differently
    the table says so). Cross-check: our winners from the file equal our winners counted
    from the generated ballots in memory.
"""

from __future__ import annotations

import random
import tempfile
import warnings
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks import harness
from benchmarks.counting import VARIANTS, pyrcv_stv
from openinfra_model.counting import VotingMethod, count_rankings, load_blt

if TYPE_CHECKING:
    from collections.abc import Callable

CANDIDATES, SEATS = 20, 6
#: Relative sizes of the blocs; bloc ``b`` ranks its own candidates first.
BLOCS = (0.31, 0.24, 0.17, 0.12, 0.09, 0.07)
MEAN_LENGTH = 6
SWAP = 0.15  # the chance of swapping each pair of neighbours in a voter's order
VOTEKIT_BLT_MAX = 10_000

Ranking = tuple[int, ...]


def make_ballots(n: int, *, seed: int = 7) -> list[Ranking]:
    """``n`` rankings (0-based candidate numbers) from the bloc model above."""
    rng = random.Random(seed)
    orders = []
    for b in range(len(BLOCS)):
        own = [c for c in range(CANDIDATES) if c % len(BLOCS) == b]
        rest = [c for c in range(CANDIDATES) if c % len(BLOCS) != b]
        rng.shuffle(rest)
        orders.append(own + rest)
    ballots: list[Ranking] = []
    for _ in range(n):
        order = list(rng.choices(orders, weights=BLOCS)[0])
        length = min(CANDIDATES, int(rng.expovariate(1 / MEAN_LENGTH)) + 1)
        for i in range(min(length, CANDIDATES - 1)):
            if rng.random() < SWAP:
                order[i], order[i + 1] = order[i + 1], order[i]
        ballots.append(tuple(order[:length]))
    return ballots


def names() -> list[str]:
    """The candidates' names, as the file lists them."""
    return [f"Candidate {c + 1:02d}" for c in range(CANDIDATES)]


def write_blt(path: Path, ballots: list[Ranking]) -> int:
    """Write ``ballots`` as a BLT file, one line per ballot; return its size in bytes."""
    lines = [f"{CANDIDATES} {SEATS}\n"]
    lines += [f"1 {' '.join(str(c + 1) for c in r)} 0\n" for r in ballots]
    lines.append("0\n")
    lines += [f'"{name}"\n' for name in names()]
    lines.append('"Benchmark election (generated)"\n')
    data = "".join(lines).encode()
    path.write_bytes(data)
    return len(data)


def write_scottish(path: Path, ballots: list[Ranking]) -> None:
    """The same ballots in the CSV form of BLT that votekit's ``load_scottish`` reads."""
    lines = [f"{CANDIDATES},{SEATS}\n"]
    lines += [f"1,{','.join(str(c + 1) for c in r)}\n" for r in ballots]
    lines += [f'"Candidate","{name}","Party {c % len(BLOCS)}"\n' for c, name in enumerate(names())]
    lines.append('"Benchmark ward"\n')
    path.write_text("".join(lines), encoding="utf-8")


def ours_read(path: Path) -> Counter[tuple[Any, ...]]:
    """Ours: read and check the file, merge its distinct rankings with their counts."""
    return load_blt(path).weighted_rankings()


def votekit_read(path: Path) -> Counter[tuple[str, ...]]:
    """votekit: ``load_scottish`` (a grouped RankProfile), as rankings with their weights."""
    from votekit.cvr_loaders import load_scottish  # noqa: PLC0415

    profile = load_scottish(path)[0]
    out: Counter[tuple[str, ...]] = Counter()
    for ballot in profile.ballots:
        ranking = tuple(next(iter(group)) for group in ballot.ranking)
        out[ranking] += int(ballot.weight)
    return out


def _elected(weighted: Any, seats: int) -> frozenset[str]:  # noqa: ANN401
    result = count_rankings(
        weighted, candidates=names(), seats=seats, method=VotingMethod.MEEK_STV
    )
    return frozenset(result.elected)


def workloads(n: int, runs: int) -> list[harness.Workload]:
    """Generate a BLT file of ``n`` ballots; time reading it, then counting it."""
    warnings.simplefilter("ignore")
    ballots = make_ballots(n)
    label = f"{n:,} ballots, {CANDIDATES}/{SEATS}"
    cands = names()
    expected = Counter(tuple(cands[c] for c in r) for r in ballots)
    with tempfile.TemporaryDirectory(prefix="bench-blt-") as tmp:
        path = Path(tmp) / "election.blt"
        size = write_blt(path, ballots)
        read = harness.Workload("BLT read", label)
        read.notes.append(
            f"{size / 1e6:.1f} MB, one line per ballot; {len(expected):,} distinct rankings "
            f"({len(expected) / n:.1%} of the ballots)"
        )
        readers: dict[str, Callable[[], Any]] = {"ours": lambda: ours_read(path)}
        if n <= VOTEKIT_BLT_MAX:
            csv = Path(tmp) / "election.csv"
            write_scottish(csv, ballots)
            readers["votekit"] = lambda: votekit_read(csv)

        def check_read(results: dict[str, Any]) -> list[str]:
            lines = [
                harness.same("ours: the file's rankings and counts", expected, results["ours"])
            ]
            if "votekit" in results:
                lines.append(
                    harness.same(
                        "votekit load_scottish: rankings and weights", expected, results["votekit"]
                    )
                )
            return lines

        harness.run_workload(read, readers, check_read, runs)
        weighted = ours_read(path)

    merged = list(weighted)
    number = {c: i for i, c in enumerate(cands)}
    ints = [[number[c] + 1 for c in r] for r in merged]
    weights = list(weighted.values())
    in_memory = _elected([tuple(cands[c] for c in r) for r in ballots], SEATS)
    count = harness.Workload("BLT count", label)
    count.notes.append(f"Meek STV over the {len(weighted):,} distinct rankings read from the file")
    counters: dict[str, Callable[[], Any]] = {
        "ours": lambda: _elected(weighted, SEATS),
        "pyrcv": lambda: pyrcv_stv(cands, ints, weights, SEATS),
    }

    def check_count(results: dict[str, Any]) -> list[str]:
        won = results["ours"]
        lines = [
            f"Meek STV: ours elected {', '.join(sorted(won))}",
            harness.same("ours from the file vs ours from the ballots in memory", in_memory, won),
        ]
        if results["pyrcv"] != won:
            count.differs["pyrcv"] = VARIANTS["pyrcv"]
            lines.append(
                f"pyrcv winners DIFFER: {', '.join(sorted(results['pyrcv']))} "
                f"({VARIANTS['pyrcv']}); no ratio against it"
            )
        else:
            lines.append("pyrcv winners: equal")
        return lines

    harness.run_workload(count, counters, check_count, runs)
    return [read, count]
