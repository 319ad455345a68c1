"""Benchmark: affiliation groups over 700 organisations, and checking a 27-seat board.

Run with ``uv run --group bench python benchmarks/bench_board.py``. The control graph is
generated with a fixed seed to look like the membership: 60 holding companies with chains of
subsidiaries up to four deep, subsidiaries under common control, minority stakes (which do not
confer control), links that ended, and state-owned companies (a government parent). Each
workload runs in interleaved rounds; the table gives the minimum and the median.

Peers: a naive label-propagation grouping in pure Python (what one writes without a
union-find), run on the same graph with the garbage collector on.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from openinfra_model import Board, Director, Membership, Organization, SeatClass, Tier, check_board
from openinfra_model.board import (
    AffiliationKind,
    AnnualElection,
    PersonalAffiliation,
    affiliated_groups,
    diversity_constraint,
    seat_in_order,
)
from openinfra_model.membership import ControlLink, OrganizationKind

if TYPE_CHECKING:
    from collections.abc import Callable

AS_OF = date(2024, 10, 31)
N_ORGS = 700
ROUNDS = 7


def make_organizations(seed: int = 2024) -> tuple[Organization, ...]:
    """700 organisations with chains, common control, minority stakes and state ownership."""
    rnd = random.Random(seed)
    orgs: list[Organization] = [
        Organization(id="state-1", name="State 1", kind=OrganizationKind.GOVERNMENT),
        Organization(id="uni-1", name="University 1", kind=OrganizationKind.ACADEMIC),
    ]
    holdings = [f"holding-{i}" for i in range(60)]
    orgs.extend(Organization(id=h, name=h) for h in holdings)
    ids = [*holdings]
    i = 0
    while len(orgs) < N_ORGS:
        oid = f"org-{i}"
        i += 1
        roll = rnd.random()
        links: list[ControlLink] = []
        if roll < 0.35:  # a subsidiary of a holding or of another subsidiary (a chain)
            parent = rnd.choice(ids[-80:] if rnd.random() < 0.5 else holdings)
            links.append(
                ControlLink(parent=parent, share=Decimal(rnd.choice(["0.51", "0.8", "1"])))
            )
        elif roll < 0.45:  # a minority stake: no control
            links.append(ControlLink(parent=rnd.choice(ids), share=Decimal("0.3")))
        elif roll < 0.50:  # control that ended
            links.append(
                ControlLink(parent=rnd.choice(holdings), share=Decimal(1), until=date(2019, 1, 1))
            )
        elif roll < 0.55:  # state-owned
            links.append(ControlLink(parent="state-1", share=Decimal("0.7")))
        elif roll < 0.57:
            links.append(ControlLink(parent="uni-1", share=Decimal(1)))
        orgs.append(Organization(id=oid, name=oid, controlled_by=tuple(links)))
        ids.append(oid)
    return tuple(orgs)


def naive_groups(orgs: tuple[Organization, ...], as_of: date) -> set[frozenset[str]]:
    """Label propagation to a fixed point: the peer a union-find replaces."""
    exempt = {
        o.id for o in orgs if o.kind in {OrganizationKind.GOVERNMENT, OrganizationKind.ACADEMIC}
    }
    edges = [
        (o.id, link.parent)
        for o in orgs
        if o.id not in exempt
        for link in o.controlled_by
        if link.parent not in exempt and link.confers_control() and link.holds_on(as_of)
    ]
    label = {x: x for e in edges for x in e}
    changed = True
    while changed:
        changed = False
        for a, b in edges:
            low = min(label[a], label[b])
            if label[a] != low or label[b] != low:
                label[a] = label[b] = low
                changed = True
    groups: dict[str, set[str]] = {}
    for x, lab in label.items():
        groups.setdefault(lab, set()).add(x)
    return {frozenset(g) for g in groups.values() if len(g) > 1}


def make_board(orgs: tuple[Organization, ...]) -> tuple[Board, tuple[Membership, ...]]:
    """A 27-seat board (9/9/9) whose directors work across the generated organisations."""
    rnd = random.Random(7)
    seated = date(2024, 1, 29)
    companies = [o.id for o in orgs if o.kind is OrganizationKind.COMPANY]
    plats = companies[:9]
    golds = companies[100:120]
    ms = tuple(
        Membership(
            organization=o,
            tier=Tier.PLATINUM,
            signed=date(2023, 1, 1),
            term_start=date(2023, 6, 1),
        )
        for o in plats
    ) + tuple(
        Membership(
            organization=o, tier=Tier.GOLD, signed=date(2023, 1, 1), approved=date(2023, 1, 1)
        )
        for o in golds
    )

    def aff() -> tuple[PersonalAffiliation, ...]:
        return (
            PersonalAffiliation(organization=rnd.choice(companies), kind=AffiliationKind.EMPLOYEE),
        )

    ds = [
        Director(
            person=f"p{i}",
            name=f"P{i}",
            seat_class=SeatClass.PLATINUM,
            appointed_by=o,
            term_start=seated,
            affiliations=aff(),
        )
        for i, o in enumerate(plats)
    ]
    ds += [
        Director(
            person=f"g{i}",
            name=f"G{i}",
            seat_class=SeatClass.GOLD,
            appointed_by=o,
            term_start=seated,
            affiliations=aff(),
        )
        for i, o in enumerate(golds[:9])
    ]
    ds += [
        Director(
            person=f"i{i}",
            name=f"I{i}",
            seat_class=SeatClass.INDIVIDUAL,
            term_start=seated,
            affiliations=aff(),
        )
        for i in range(9)
    ]
    election = AnnualElection(id="2024", held_on=seated, gold_seats=9, individual_seats=9)
    return Board(directors=tuple(ds), elections=(election,)), ms


def timed(fn: Callable[[], object]) -> float:
    """Run ``fn`` once; return the seconds taken."""
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    """Build the inputs, check the results agree, then time the workloads interleaved."""
    orgs = make_organizations()
    ours = {frozenset(g) for g in affiliated_groups(orgs, as_of=AS_OF).groups}
    peer = naive_groups(orgs, AS_OF)
    if ours != peer:
        msg = "the union-find and the naive grouping disagree"
        raise SystemExit(msg)
    board, ms = make_board(orgs)
    groups = affiliated_groups(orgs, as_of=AS_OF)
    candidates = [f"c{i}" for i in range(40)]
    rnd = random.Random(3)
    companies = [o.id for o in orgs]
    employer = {c: (rnd.choice(companies[:30]),) for c in candidates}

    workloads: dict[str, Callable[[], object]] = {
        "affiliated_groups (700 orgs)": lambda: affiliated_groups(orgs, as_of=AS_OF),
        "peer: naive label propagation": lambda: naive_groups(orgs, AS_OF),
        "check_board (27 seats, with groups)": lambda: check_board(
            board, ms, as_of=AS_OF, groups=groups
        ),
        "groups + check_board": lambda: check_board(
            board, ms, as_of=AS_OF, groups=affiliated_groups(orgs, as_of=AS_OF)
        ),
        "seat 9 of 40 under diversity_constraint": lambda: seat_in_order(
            candidates,
            9,
            diversity_constraint(board, employer, as_of=AS_OF, groups=groups),
        ),
    }
    times: dict[str, list[float]] = {k: [] for k in workloads}
    for _ in range(ROUNDS):
        for name, fn in workloads.items():
            times[name].append(timed(fn))
    links = sum(len(o.controlled_by) for o in orgs)
    print(f"{len(orgs)} organisations, {links} control links, {len(ours)} groups; {ROUNDS} rounds")
    print(f"{'workload':<42} {'min ms':>10} {'median ms':>10}")
    for name, ts in times.items():
        print(f"{name:<42} {min(ts) * 1e3:>10.3f} {statistics.median(ts) * 1e3:>10.3f}")


if __name__ == "__main__":
    main()
