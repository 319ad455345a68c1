"""Generate a seeded, realistic roster document: 700 organisations and 110,000 individuals.

(Or any other number of individuals: the runner also uses 1,100,000.)

The output is a wire-format document (``{"format": "openinfra-model", "version": <current>, "kind":
"roster", "data": ...}``) of about 22 MB, the size of the foundation's individual membership.
The same seed always gives the same bytes.

Run ``uv run python -m benchmarks.roster_gen out.json`` to write one to a file.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openinfra_model.core.convert import VERSION

N_ORGANIZATIONS = 700
N_INDIVIDUALS = 110_000
SNAPSHOT = date(2025, 9, 1)
FIRST = date(2012, 8, 20)
LF = date(2025, 6, 1)

_GIVEN = [
    "Ada",
    "Alan",
    "Amal",
    "Ana",
    "Anil",
    "Ben",
    "Bo",
    "Chen",
    "Chiara",
    "Dai",
    "Daniel",
    "Diego",
    "Eva",
    "Fatima",
    "Feng",
    "Gita",
    "Hana",
    "Hiroshi",
    "Ines",
    "Ivan",
    "Jae",
    "Jean",
    "Jia",
    "Jonas",
    "Julia",
    "Kai",
    "Kenji",
    "Lars",
    "Lei",
    "Leila",
    "Li",
    "Lucia",
    "Malik",
    "Maria",
    "Mei",
    "Min",
    "Mohammed",
    "Nadia",
    "Nikolai",
    "Noor",
    "Olga",
    "Omar",
    "Pavel",
    "Priya",
    "Qiang",
    "Ravi",
    "Rosa",
    "Sakura",
    "Sara",
    "Sergei",
    "Sofia",
    "Sven",
    "Tariq",
    "Thomas",
    "Uma",
    "Victor",
    "Wei",
    "Xin",
    "Yara",
    "Yuki",
    "Zhang",
    "Zoe",
    "José",
    "Zoë",
    "Łukasz",
    "Søren",
    "Ångström",
    "Renée",
]
_FAMILY = [
    "Abe",
    "Anderson",
    "Bauer",
    "Becker",
    "Chen",
    "Costa",
    "da",
    "Silva",
    "Dubois",
    "Eriksson",
    "Fischer",
    "García",
    "Gupta",
    "Hansen",
    "Hernández",
    "Ivanov",
    "Jensen",
    "Johansson",
    "Kim",
    "Kowalski",
    "Kumar",
    "Larsen",
    "Lee",
    "Li",
    "Liu",
    "Martin",
    "Meyer",
    "Müller",
    "Nakamura",
    "Nguyen",
    "Novak",
    "O'Brien",
    "Patel",
    "Petrov",
    "Rossi",
    "Sato",
    "Schmidt",
    "Singh",
    "Smith",
    "Suzuki",
    "Tanaka",
    "Wang",
    "Weber",
    "Wu",
    "Yamamoto",
    "Yang",
    "Zhang",
    "Zhao",
    "Østergaard",
    "Łopez",
]
_WORDS = [
    "cloud",
    "data",
    "net",
    "stack",
    "open",
    "infra",
    "systems",
    "labs",
    "tech",
    "soft",
    "works",
    "compute",
    "storage",
    "edge",
    "telecom",
    "micro",
    "global",
    "digital",
    "quantum",
    "blue",
    "red",
    "green",
    "north",
    "star",
    "river",
    "bridge",
    "core",
]
_SUFFIXES = ("Inc.", "Ltd.", "GmbH", "S.A.", "Co., Ltd.", "LLC", "AB", "K.K.")
_KINDS = ("company",) * 17 + ("non_profit", "academic", "government")
_TIERS = (
    ("platinum", 8),
    ("gold", 24),
    ("silver", 60),
    ("associate", 40),
    ("corporate_sponsor", 30),
    ("startup_sponsor", 20),
)
_SECTIONS = ("4.1", "4.2(a)", "4.15(c)", "Appendix 2 §1", "2.3(c)", "7.1")
_DOCUMENTS = ("bylaws", "platinum-member-policy", "gold-member-policy", "members-page")


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _citation(rng: random.Random) -> dict[str, Any]:
    return {
        "document": rng.choice(_DOCUMENTS),
        "version": _day(rng, FIRST, SNAPSHOT).isoformat(),
        "section": rng.choice(_SECTIONS),
        "quote": rng.choice((None, "shall be entitled to appoint one Platinum Director")),
    }


def _organizations(rng: random.Random) -> list[dict[str, Any]]:
    orgs: list[dict[str, Any]] = []
    seen: set[str] = set()
    while len(orgs) < N_ORGANIZATIONS:
        words = rng.sample(_WORDS, rng.choice((1, 2, 2, 3)))
        slug = "-".join(words)
        if slug in seen:
            continue
        seen.add(slug)
        name = " ".join(w.capitalize() for w in words)
        parents = [o["id"] for o in orgs]
        links = []
        if parents and rng.random() < 0.1:
            links.append(
                {
                    "parent": rng.choice(parents),
                    "share": rng.choice(("1", "0.51", "0.25", None)),
                    "controls": rng.random() < 0.5,
                    "since": _day(rng, FIRST, SNAPSHOT).isoformat(),
                    "until": None,
                }
            )
        revenue = rng.randrange(10**6, 10**11) if rng.random() < 0.3 else None
        orgs.append(
            {
                "id": slug,
                "name": name,
                "aliases": [f"{name} {s}" for s in rng.sample(_SUFFIXES, rng.randrange(3))],
                "kind": rng.choice(_KINDS),
                "controlled_by": links,
                "annual_revenue": None
                if revenue is None
                else f"{revenue}.{rng.randrange(100):02d}",
                "sources": [_citation(rng) for _ in range(rng.randrange(2))],
            }
        )
    return orgs


def _memberships(rng: random.Random, org_ids: list[str]) -> list[dict[str, Any]]:
    out = []
    members = rng.sample(org_ids, sum(n for _, n in _TIERS))
    for tier, count in _TIERS:
        for _ in range(count):
            org = members.pop()
            signed = _day(rng, FIRST, SNAPSHOT - timedelta(days=30))
            approved = signed + timedelta(days=rng.randrange(0, 90))
            start = date(signed.year + 1, 1, 1)
            lf = None
            if rng.random() < 0.5:
                lf = {"level": rng.choice(("platinum", "gold", "silver")), "since": "2025-06-01"}
                lf["until"] = None
            out.append(
                {
                    "organization": org,
                    "tier": tier,
                    "fee_level": rng.choice(("established", "established", "start_up")),
                    "signed": signed.isoformat(),
                    "approved": approved.isoformat() if approved <= SNAPSHOT else None,
                    "approver": rng.choice(("board", "executive_director")),
                    "term_start": start.isoformat(),
                    "term_end": date(start.year + 2, 12, 31).isoformat(),
                    "contributor_ftes": rng.choice((None, "1", "2", "2.5", "4")),
                    "linux_foundation": lf,
                    "startup_agreement_signed": None,
                    "sources": [_citation(rng)],
                }
            )
    return out


def _individuals(rng: random.Random, org_ids: list[str], n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        member = rng.random() < 0.6
        since = _day(rng, FIRST, SNAPSHOT) if member else None
        signed = _day(rng, LF, SNAPSHOT) if member and rng.random() < 0.3 else None
        # The OIF Individual Member Registry date: on or after the signing (Program §1).
        added = signed + timedelta(days=rng.randrange(8)) if signed else None
        if added is not None and added > SNAPSHOT:
            added = SNAPSHOT
        given = rng.choice(_GIVEN)
        if rng.random() < 0.2:
            given = f"{given} {rng.choice(_GIVEN)}"
        out.append(
            {
                "id": str(100_000 + i),
                "name": f"{given} {rng.choice(_FAMILY)}",
                "status": "foundation_member" if member else "community",
                "member_since": since.isoformat() if since else None,
                "oif_agreement_signed": signed.isoformat() if signed else None,
                "employer": rng.choice(org_ids) if rng.random() < 0.7 else None,
                "oif_registry_added": added.isoformat() if added else None,
            }
        )
    return out


def roster_document(seed: int = 20250601, individuals: int = N_INDIVIDUALS) -> dict[str, Any]:
    """The roster document for ``seed`` as JSON-compatible data."""
    rng = random.Random(seed)
    orgs = _organizations(rng)
    ids = [o["id"] for o in orgs]
    return {
        "format": "openinfra-model",
        "version": VERSION,
        "kind": "roster",
        "data": {
            "snapshot": SNAPSHOT.isoformat(),
            "organizations": orgs,
            "memberships": _memberships(rng, ids),
            "individuals": _individuals(rng, ids, individuals),
        },
    }


def roster_bytes(seed: int = 20250601, individuals: int = N_INDIVIDUALS) -> bytes:
    """The roster document for ``seed`` as UTF-8 JSON, indented one space per level."""
    return json.dumps(roster_document(seed, individuals), ensure_ascii=False, indent=1).encode()


if __name__ == "__main__":
    data = roster_bytes()
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_bytes(data)
    print(f"{len(data) / 1e6:.1f} MB")
