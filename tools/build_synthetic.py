# ruff: noqa: D103,INP001,S311
"""Generate ``src/openinfra_model/data/individuals-synthetic.json`` (SYNTHETIC, issue 13).

Individual members' data is private: this sample is generated from the stated parameters
below with a fixed seed. Names are made of generated syllables; nothing describes a person.
Usage: ``python tools/build_synthetic.py > src/openinfra_model/data/individuals-synthetic.json``.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta

PARAMETERS = {
    "seed": "13",
    "individuals": "3000",
    "first_join": "2012-08-20",
    "last_join": "2026-06-30",
    "community_share": "0.20",
    "oif_agreement_share_of_members_after_2025_06_01": "0.45",
    "oif_agreement_window": "2025-06-01..2025-12-31",
    "oif_registry_delay_days": "0..14 after signing the agreement",
    "turnout_per_election": "0.15",
    "elections": "2013..2026 individual director elections (first day of voting: 2nd Monday "
    "of January)",
}
SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vel", "sor", "an", "ti", "bex", "qu", "dra", "nu"]


def name(rng: random.Random) -> str:
    def word(n: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()

    return f"{word(2)} {word(3)}"


def main() -> None:
    rng = random.Random(13)
    first, last = date(2012, 8, 20), date(2026, 6, 30)
    span = (last - first).days
    people = []
    for i in range(3000):
        joined = first + timedelta(days=int(span * rng.random() ** 0.8))
        member = rng.random() >= 0.20
        oif = registry = None
        if member and rng.random() < 0.45:
            oif = date(2025, 6, 1) + timedelta(days=rng.randrange(0, 214))
            oif = max(oif, joined)
            registry = oif + timedelta(days=rng.randrange(0, 15))
        people.append(
            {
                "id": f"synthetic-{i:05d}",
                "name": name(rng),
                "status": "foundation_member" if member else "community",
                "member_since": joined.isoformat() if member else None,
                "oif_agreement_signed": oif.isoformat() if oif else None,
                "oif_registry_added": registry.isoformat() if registry else None,
                "employer": None,
            }
        )
    votes = []
    for year in range(2013, 2027):
        jan1 = date(year, 1, 1)
        monday = jan1 + timedelta(days=(7 - jan1.weekday()) % 7 + 7)
        voters = [
            p["id"]
            for p in people
            if p["member_since"]
            and date.fromisoformat(p["member_since"]) <= monday - timedelta(days=180)
            and rng.random() < 0.15
        ]
        votes.append(
            {
                "election": f"{year}-individual",
                "voting_began": monday.isoformat(),
                "voters": voters,
            }
        )
    doc = {
        "format": "openinfra-model",
        "version": 1,
        "kind": "synthetic_individuals",
        "data": {
            "synthetic": True,
            "description": "SYNTHETIC sample of Individual members: generated names, join "
            "dates, OIF agreement dates, status and vote history drawn from the parameters "
            "below with a fixed seed. Not real people and not foundation figures; never used "
            "in report or board figures.",
            "parameters": PARAMETERS,
            "individuals": people,
            "votes": votes,
        },
    }
    json.dump(doc, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
