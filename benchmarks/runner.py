"""Run every benchmark beside its peers and write one table, in Markdown and JSON.

``uv run --group bench python -m benchmarks`` runs everything (it takes a while: the run
states its duration); ``--only`` and ``--sizes`` select, ``--quick`` runs tiny sizes once (CI
runs it so the benchmark code cannot rot: it checks that everything runs and agrees, never a
time). See :mod:`benchmarks.harness` for the collector settings and the runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib.metadata
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks import harness

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

WORKLOADS = (
    "startup",
    "board",
    "electorate",
    "roster",
    "meek",
    "schulze",
    "pref-voting-meek",
    "blt",
)
BALLOTS = {"2k": 2_000, "10k": 10_000, "100k": 100_000, "1M": 1_000_000}
MEMBERS = {"110k": 110_000, "1.1M": 1_100_000}
LARGE = 1_000_000  # at and above: 3 runs
QUICK_BALLOTS = {"200": 200}
#: The BLT workload (a file of that many ballots read, then counted) runs at these sizes.
BLT_SIZES = frozenset({10_000, 100_000, 1_000_000, *QUICK_BALLOTS.values()})
QUICK_MEMBERS = {"2k": 2_000}
PEERS = ("pydantic", "msgspec", "pyrcv", "pyrankvote", "pref-voting", "votekit")
RESULTS = Path(__file__).parent / "results"


@dataclass(frozen=True)
class Target:
    """A ratio of medians, ``numerator / denominator`` of one workload, and its limit."""

    label: str
    workload: str
    config: str  # the end of the workload's size ("" for any)
    numerator: str
    denominator: str
    mode: str
    limit: float | None  # None: report only
    faster: bool = False  # express as denominator / numerator ("x faster"), limit a minimum
    ballots: int | None = None  # for counting targets: the size the target is set at


TARGETS = (
    Target("load ≤ 1.0× pydantic v2 (each as by default)", "roster load", "", "ours",
           "pydantic", "default", 1.0),
    Target("load, collector off for all (report; do not regress)", "roster load", "", "ours",
           "pydantic", "off", None),
    Target("load, collector on for all (report)", "roster load", "", "ours", "pydantic", "on",
           None),
    Target("dump ≤ 1.2× pydantic (each as by default)", "roster dump", "", "ours", "pydantic",
           "default", 1.2),
    Target("dump, collector off for all (report)", "roster dump", "", "ours", "pydantic", "off",
           None),
    Target("dump to a str, not bytes (report)", "roster dump", "", "ours (text)", "pydantic",
           "default", None),
    Target("retained memory ≤ 1.0× msgspec", "roster memory", "", "ours", "msgspec",
           "retained", 1.0),
    Target("retained memory vs msgspec→attrs (report)", "roster memory", "", "ours",
           "msgspec→attrs", "retained", None),
    Target("load ≤ 2.5× msgspec decoding into the same attrs classes (each as by default)",
           "roster load", "", "ours", "msgspec→attrs", "default", 2.5),
    Target("load vs msgspec→attrs, collector off for all (report)", "roster load", "", "ours",
           "msgspec→attrs", "off", None),
    Target("Meek STV 40/15 ≤ 1.5× pyrcv (merged ballots), same winners", "Meek STV", "40/15",
           "ours", "pyrcv", "default", 1.5, ballots=100_000),
    Target("Meek STV 20/8 ≥ 2× faster than pyrcv, same winners", "Meek STV", "20/8", "ours",
           "pyrcv", "default", 2.0, faster=True, ballots=100_000),
    Target("Schulze ≥ 20× faster than votekit (merged ballots)", "Schulze", "20/8", "ours",
           "votekit", "default", 20.0, faster=True, ballots=10_000),
    Target("BLT file of 1M ballots: Meek count vs pyrcv, same merged ballots (report)",
           "BLT count", "", "ours", "pyrcv", "default", None, ballots=1_000_000),
)  # fmt: skip


def _selected(args: argparse.Namespace) -> tuple[dict[str, int], dict[str, int]]:
    ballots = QUICK_BALLOTS if args.quick else BALLOTS
    members = QUICK_MEMBERS if args.quick else MEMBERS
    if args.sizes:
        wanted = set(args.sizes)
        unknown = wanted - set(ballots) - set(members)
        if unknown:
            msg = f"unknown sizes {sorted(unknown)}: choose from {[*members, *ballots]}"
            raise SystemExit(msg)
        ballots = {k: v for k, v in ballots.items() if k in wanted}
        members = {k: v for k, v in members.items() if k in wanted}
    return ballots, members


def _runs(args: argparse.Namespace, n: int) -> int:
    if args.quick:
        return 1
    if args.runs:
        return int(args.runs)
    return 3 if n >= LARGE else 5


def plan(  # noqa: C901
    args: argparse.Namespace,
) -> Iterator[tuple[str, Callable[[], list[harness.Workload]]]]:
    """The workloads to run, in order: the small and the most looked-at ones first."""
    from benchmarks import (  # noqa: PLC0415
        blt,
        board,
        counting,
        electorate,
        roster,
        roster_gen,
        startup,
    )

    only = set(args.only or WORKLOADS)
    ballots, members = _selected(args)
    runs = _runs(args, 0)
    if "startup" in only:
        yield "startup", lambda: startup.startup(runs)
    if "board" in only:
        yield "board", lambda: board.board(runs)

    def member_workloads(n: int, label: str) -> Iterator[tuple[str, Callable[[], Any]]]:
        r = _runs(args, n)
        if "electorate" in only:
            yield f"electorate {label}", lambda: electorate.roll(n, r)
        if "roster" in only:

            def roster_all() -> list[harness.Workload]:
                data = roster_gen.roster_bytes(individuals=n)
                out = roster.load_dump(data, f"{n:,} individuals", r)
                out.append(roster.memory(data, f"{n:,} individuals", n))
                out[0].notes.append(f"{len(data) / 1e6:.1f} MB of JSON")
                return out

            yield f"roster {label}", roster_all

    def ballot_workloads(n: int, label: str) -> Iterator[tuple[str, Callable[[], Any]]]:
        r = _runs(args, n)
        for cands, seats in counting.CONFIGS:
            if "meek" in only:
                yield (
                    f"meek {label} {cands}/{seats}",
                    lambda c=cands, s=seats: [counting.meek(n, c, s, r)],
                )
            if "schulze" in only:
                yield (
                    f"schulze {label} {cands}/{seats}",
                    lambda c=cands, s=seats: [counting.schulze(n, c, s, r)],
                )
        if "blt" in only and n in BLT_SIZES:
            yield f"blt {label}", lambda: blt.workloads(n, r)

    small_members = [(k, v) for k, v in members.items() if v < LARGE]
    large_members = [(k, v) for k, v in members.items() if v >= LARGE]
    for label, n in small_members:
        yield from member_workloads(n, label)
    for label, n in ballots.items():
        if n < LARGE:
            yield from ballot_workloads(n, label)
    if "pref-voting-meek" in only:
        n, cands, seats = (40, 5, 2) if args.quick else counting.PREF_VOTING_MEEK
        yield "pref-voting-meek", lambda: [counting.pref_voting_meek_check(n, cands, seats)]
    for label, n in large_members:
        yield from member_workloads(n, label)
    for label, n in ballots.items():
        if n >= LARGE:
            yield from ballot_workloads(n, label)


# --- the table -------------------------------------------------------------------------------


def ratios(workloads: list[harness.Workload], *, quick: bool) -> list[dict[str, Any]]:
    """Every target's ratio at every size it was measured at."""
    rows = []
    for t in TARGETS:
        for w in workloads:
            if w.name != t.workload or not w.size.endswith(t.config):
                continue
            if t.ballots is not None and not quick and not w.size.startswith(f"{t.ballots:,} "):
                continue
            num, den = w.timing(t.numerator), w.timing(t.denominator)
            row: dict[str, Any] = {"target": t.label, "size": w.size, "limit": t.limit}
            if num is None or den is None or num.stat(t.mode) is None or den.stat(t.mode) is None:
                row.update(value=None, verdict="not run")
            elif t.denominator in w.differs:
                row.update(
                    value=None, verdict=f"no ratio: winners differ ({w.differs[t.denominator]})"
                )
            else:
                a, b = num.stat(t.mode)[1], den.stat(t.mode)[1]  # type: ignore[index]
                value = b / a if t.faster else a / b
                row["value"] = value
                if t.limit is None:
                    row["verdict"] = "report"
                else:
                    ok = value >= t.limit if t.faster else value <= t.limit
                    row["verdict"] = "met" if ok else "NOT met"
            row["expression"] = (
                f"{t.denominator} / {t.numerator}"
                if t.faster
                else f"{t.numerator} / {t.denominator}"
            ) + f", medians, {t.mode}"
            row["limit_text"] = (
                "report"
                if t.limit is None
                else (f"≥ {t.limit:g}×" if t.faster else f"≤ {t.limit:g}×")
            )
            rows.append(row)
    return rows


def _fmt(seconds: float, unit: str) -> str:
    if unit == "MB":
        return f"{seconds:,.1f}"
    if seconds >= 1:
        return f"{seconds:,.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:,.1f} ms"
    return f"{seconds * 1e6:,.0f} µs"


def markdown(
    meta: dict[str, Any], rows: list[dict[str, Any]], workloads: list[harness.Workload]
) -> str:
    """The whole table as Markdown."""
    out = [
        "# Benchmark results",
        "",
        f"Command: `{meta['command']}`  ",
        (
            f"Started {meta['started']}, "
            + ("took" if meta["complete"] else "**unfinished**, so far")
            + f" **{meta['duration_s'] / 60:.1f} minutes**"
            + (
                " (quick mode: tiny sizes, one run; the ratios mean nothing)"
                if meta["quick"]
                else ""
            )
            + ".  "
        ),
        (
            f"Python {meta['python']} on {meta['machine']}; commit {meta['commit']}; "
            f"load average at the start {meta.get('load_average_at_start', 'not recorded')}.  "
        ),
        "Peers: " + ", ".join(f"{k} {v}" for k, v in meta["peers"].items()) + ".",
        *_parts_lines(meta),
        "",
        "Times are the min and median of interleaved runs. Collector columns: **default** as each",
        "library runs by default (the library pauses the collector inside its bulk calls); **on**",
        "for all (no library may pause it); **off** for all. Where a contestant never pauses the",
        "collector, *on* is its default (the same samples).",
        "",
        "## Targets",
        "",
        "| target | size | ratio | limit | verdict |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        value = "—" if r["value"] is None else f"{r['value']:.2f}×"
        out.append(
            f"| {r['target']} | {r['size']} | {value} ({r['expression']}) | {r['limit_text']} "
            f"| {r['verdict']} |"
        )
    for w in workloads:
        out += ["", f"## {w.name}: {w.size}", ""]
        modes = ["retained", "peak RSS growth"] if w.unit == "MB" else list(harness.MODES)
        if w.name in {"start-up", "Meek STV, pref_voting cross-check"}:
            modes = ["default"]
        if w.unit == "MB":
            out += ["| contestant | retained MB | peak RSS growth MB |", "|---|---:|---:|"]
        else:
            head = " | ".join(f"{m} min | {m} median" for m in modes)
            out += [f"| contestant | {head} |", "|---|" + "---:|" * (2 * len(modes))]
        for t in w.timings:
            cells = []
            for m in modes:
                stat = t.stat(m)
                if w.unit == "MB":
                    cells.append("—" if stat is None else _fmt(stat[0], "MB"))
                else:
                    cells += (
                        ["—", "—"] if stat is None else [_fmt(stat[0], "s"), _fmt(stat[1], "s")]
                    )
            name = t.contestant + (" (pauses the collector)" if t.pauses_collector else "")
            out.append(f"| {name} | " + " | ".join(cells) + " |")
        runs = f"{w.runs} run{'s' if w.runs != 1 else ''}"
        out += ["", f"{runs}. " + " ".join(f"{n}." for n in w.notes)]
        out += [f"- cross-check: {c}" for c in w.checks]
    return "\n".join(out) + "\n"


def _parts_lines(meta: dict[str, Any]) -> list[str]:
    """The parts of a combined table, and a warning when Linux's autogroup scheduling was on."""
    lines = []
    parts = meta.get("parts", [])
    if parts:
        lines += ["", "Parts (a later part's workload replaces an earlier one's):", ""]
        lines += [
            f"- `{m['command']}`: started {m['started']}, {m['duration_s'] / 60:.1f} minutes, "
            f"commit {m['commit']}, load average at the start "
            f"{m.get('load_average_at_start', 'not recorded')}"
            for m in parts
        ]
    if any(m.get("autogroup") == "on" for m in [meta, *parts]):
        lines += [
            "",
            (
                "Linux's autogroup scheduling was on during a run: `nice` on other jobs did not "
                "protect it (see the performance page)."
            ),
        ]
    return lines


def _autogroup() -> str | None:
    """Whether Linux's autogroup scheduling is on ("on", "off"), or None where there is none."""
    try:
        value = Path("/proc/sys/kernel/sched_autogroup_enabled").read_text(encoding="ascii")
    except OSError:
        return None
    return "on" if value.strip() == "1" else "off"


def _meta(args: argparse.Namespace, argv: list[str]) -> dict[str, Any]:
    peers = {}
    for name in PEERS:
        try:
            peers[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            peers[name] = "not installed"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return {
        "command": " ".join(["uv run --group bench python -m benchmarks", *argv]),
        "started": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "quick": bool(args.quick),
        "python": sys.version.split()[0],
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}",
        "commit": commit,
        "peers": peers,
        "duration_s": 0.0,
        "complete": False,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "autogroup": _autogroup(),
    }


def write(out: Path, meta: dict[str, Any], workloads: list[harness.Workload]) -> str:
    """Write ``out``.md and ``out``.json; return the Markdown."""
    rows = ratios(workloads, quick=meta["quick"])
    text = markdown(meta, rows, workloads)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".md").write_text(text, encoding="utf-8")
    doc = {
        "meta": meta,
        "targets": rows,
        "workloads": [dataclasses.asdict(w) for w in workloads],
    }
    out.with_suffix(".json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return text


def combine(paths: list[Path], out: Path) -> int:
    """Write one table from the JSON tables of several runs (each run's own meta is listed).

    A workload of the same name and size in a later run replaces the earlier one.
    """
    by_key: dict[tuple[str, str], harness.Workload] = {}  # a later run's replaces an earlier
    metas = []
    for path in paths:
        doc = json.loads(path.read_text(encoding="utf-8"))
        metas.append(doc["meta"])
        for w in doc["workloads"]:
            timings = [harness.Timing(**t) for t in w.pop("timings")]
            workload = harness.Workload(**w, timings=timings)
            by_key.pop((workload.name, workload.size), None)
            by_key[workload.name, workload.size] = workload
    workloads = list(by_key.values())
    meta = {
        **metas[0],
        "command": " ; ".join(m["command"] for m in metas),
        "duration_s": sum(m["duration_s"] for m in metas),
        "complete": all(m.get("complete", False) for m in metas),
        "parts": metas,
    }
    write(out, meta, workloads)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the selected workloads, write the table after each."""
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--only", nargs="+", choices=WORKLOADS, help="run only these workloads")
    parser.add_argument(
        "--sizes",
        nargs="+",
        help=f"only these sizes: members {list(MEMBERS)}, ballots {list(BALLOTS)}",
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run (for CI)")
    parser.add_argument("--runs", type=int, help="runs per workload (default 5, 3 at 1M)")
    parser.add_argument(
        "--out",
        type=Path,
        default=RESULTS / "latest",
        help="where to write OUT.md and OUT.json (default benchmarks/results/latest)",
    )
    parser.add_argument(
        "--combine",
        nargs="+",
        type=Path,
        metavar="JSON",
        help="run nothing: write one table from the JSON of earlier (partial) runs (a later "
        "run's workload replaces an earlier one of the same name and size)",
    )
    args = parser.parse_args(argv)
    if args.combine:
        return combine(args.combine, args.out)
    meta = _meta(args, argv)
    start = time.perf_counter()
    workloads: list[harness.Workload] = []
    for label, step in plan(args):
        t0 = time.perf_counter()
        print(f"... {label}", end="", flush=True)
        workloads.extend(step())
        print(f" ({time.perf_counter() - t0:.0f} s)", flush=True)
        meta["duration_s"] = time.perf_counter() - start
        write(args.out, meta, workloads)
    meta["duration_s"] = time.perf_counter() - start
    meta["complete"] = True
    text = write(args.out, meta, workloads)
    print(text)
    minutes = meta["duration_s"] / 60
    print(f"wrote {args.out.with_suffix('.md')} and .json; the run took {minutes:.1f} minutes")
    return 0
