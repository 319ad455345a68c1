"""Benchmark: the roll of an election from a roster of 110,000 members.

Compares, in the same run and with the garbage collector on:

* ``plain loop``: a plain Python loop over the same members as dicts, applying the same test
  (a Foundation member whose effective date is on or before the roll's cut-off);
* ``build_roll``: the library's roll of eligible ids (target: within 1.2x the plain loop);
* ``build_roll(explain=True)``: the roll with a Decision for every member (target: within 10x).

Run: ``uv run --group bench python benchmarks/bench_electorate.py``
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from datetime import date, timedelta
from typing import TYPE_CHECKING

from openinfra_model import Individual, IndividualStatus, Roster
from openinfra_model.elections import build_roll
from openinfra_model.elections import history as h
from openinfra_model.elections.voters import joining_cutoff

if TYPE_CHECKING:
    from collections.abc import Callable

    from openinfra_model.elections.model import Election

MEMBERS = 110_000
RUNS = 7


def make_people(n: int, seed: int = 20260113) -> tuple[Individual, ...]:
    """A reproducible roster: 45% Community accounts, joining dates 2012-2025."""
    rng = random.Random(seed)
    start = date(2012, 7, 1)
    span = (date(2025, 11, 30) - start).days
    people = []
    for i in range(n):
        since = start + timedelta(days=rng.randrange(span))
        if rng.random() < 0.45:
            people.append(
                Individual(id=f"p{i}", name=f"Person {i}", status=IndividualStatus.COMMUNITY)
            )
            continue
        oif = None
        if rng.random() < 0.3:
            oif = date(2025, 6, 1) + timedelta(days=rng.randrange(180))
        people.append(
            Individual(
                id=f"p{i}",
                name=f"Person {i}",
                status=IndividualStatus.FOUNDATION_MEMBER,
                member_since=since,
                oif_agreement_signed=oif,
                oif_registry_added=oif,
            )
        )
    return tuple(people)


def as_dicts(people: tuple[Individual, ...]) -> list[dict[str, object]]:
    """The same members as plain dicts."""
    return [
        {
            "id": p.id,
            "status": p.status.value,
            "member_since": p.member_since,
            "oif_agreement_signed": p.oif_agreement_signed,
            "oif_registry_added": p.oif_registry_added,
        }
        for p in people
    ]


def plain_loop(rows: list[dict[str, object]], key: str, cutoff: date) -> list[str]:
    """The peer: a plain loop applying the same test to dicts."""
    out = []
    for m in rows:
        d = m[key]
        if m["status"] == "foundation_member" and d is not None and d <= cutoff:  # type: ignore[operator]
            out.append(m["id"])
    return out  # type: ignore[return-value]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """One run, garbage collector on."""
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def bench(election: Election, key: str, roster: Roster, rows: list[dict[str, object]]) -> None:
    """Interleave the three contenders RUNS times and print min and median."""
    cutoff = joining_cutoff(election.voting)
    contenders: dict[str, Callable[[], object]] = {
        "plain loop (dicts)": lambda: plain_loop(rows, key, cutoff),
        "build_roll": lambda: build_roll(election, roster),
        "build_roll(explain=True)": lambda: build_roll(election, roster, explain=True),
    }
    times: dict[str, list[float]] = {k: [] for k in contenders}
    results: dict[str, object] = {}
    gc.enable()
    for _ in range(RUNS):
        for name, fn in contenders.items():
            t, results[name] = timed(fn)
            times[name].append(t)
    peer = list(results["plain loop (dicts)"])  # type: ignore[call-overload]
    ours = results["build_roll"]
    explained = results["build_roll(explain=True)"]
    assert peer == list(ours.voters)  # type: ignore[attr-defined]  # noqa: S101
    assert peer == list(explained.voters)  # type: ignore[attr-defined]  # noqa: S101
    base = statistics.median(times["plain loop (dicts)"])
    base_min = min(times["plain loop (dicts)"])
    print(f"\n{election.id}: {len(rows):,} members, {len(peer):,} on the roll (cut-off {cutoff})")
    print(f"{'contender':<28}{'min s':>9}{'median s':>10}{'x (medians)':>13}{'x (mins)':>10}")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(
            f"{name:<28}{min(ts):>9.4f}{med:>10.4f}{med / base:>13.2f}{min(ts) / base_min:>10.2f}"
        )


def main() -> None:
    """Build the roster once, then benchmark a Delaware and an LF-era roll."""
    people = make_people(MEMBERS)
    roster = Roster(snapshot=date(2025, 12, 1), individuals=people)
    rows = as_dicts(people)
    print(f"{RUNS} interleaved runs each, garbage collector on")
    bench(h.INDIVIDUAL_2025, "member_since", roster, rows)
    bench(h.INDIVIDUAL_2026, "oif_registry_added", roster, rows)


if __name__ == "__main__":
    main()
