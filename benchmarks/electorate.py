"""Electorate workload: the roll of an election from a roster of 110,000 (or 1,100,000) members.

Compares, in the same run:

* ``plain loop``: a plain Python loop over the same members as dicts, applying the same test
  (a Foundation member whose effective date is on or before the roll's cut-off);
* ``build_roll``: the library's roll of eligible ids;
* ``build_roll(explain=True)``: the roll with a Decision for every member.

The voters of both rolls must equal the plain loop's, in order, before any time is kept.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from benchmarks import harness
from openinfra_model import Individual, IndividualStatus, Roster
from openinfra_model.elections import build_roll
from openinfra_model.elections import history as h
from openinfra_model.elections.voters import joining_cutoff

if TYPE_CHECKING:
    from collections.abc import Callable


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


def roll(members: int, runs: int) -> list[harness.Workload]:
    """A Delaware-era and an LF-era roll of ``members`` members, beside a plain loop."""
    people = make_people(members)
    roster = Roster(snapshot=date(2025, 12, 1), individuals=people)
    rows = as_dicts(people)
    out = []
    for election, key in (
        (h.INDIVIDUAL_2025, "member_since"),
        (h.INDIVIDUAL_2026, "oif_registry_added"),
    ):
        cutoff = joining_cutoff(election.voting)
        work = harness.Workload(f"electorate {election.id}", f"{members:,} members")
        contestants: dict[str, Callable[[], object]] = {
            "plain loop (dicts)": lambda key=key, cutoff=cutoff: plain_loop(rows, key, cutoff),
            "build_roll": lambda election=election: build_roll(election, roster).voters,
            "build_roll(explain=True)": lambda election=election: (
                build_roll(election, roster, explain=True).voters
            ),
        }

        def check(results: dict[str, object], cutoff: date = cutoff) -> list[str]:
            peer = list(results["plain loop (dicts)"])  # type: ignore[call-overload]
            return [
                f"{len(peer):,} on the roll (cut-off {cutoff})",
                harness.same("build_roll voters", peer, list(results["build_roll"])),  # type: ignore[call-overload]
                harness.same(
                    "build_roll(explain=True) voters",
                    peer,
                    list(results["build_roll(explain=True)"]),  # type: ignore[call-overload]
                ),
            ]

        out.append(harness.run_workload(work, contestants, check, runs))
    return out
