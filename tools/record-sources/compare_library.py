#!/usr/bin/env python3
"""Compare the library's bundled data (roster.json, boards.json on branch main of /work/main) with the
extracted record (board_pages.json, memberships.json).  Writes discrepancies_generated.json and prints
Markdown tables used by discrepancies.md.

Read-only on /work/main: the files are read with `git show main:<path>`.

    python3 compare_library.py [--main /work/main] [--ref main]
"""

from __future__ import annotations

import argparse
import json
import subprocess
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
NAME_FIX = {"Josh Villareal": "Josh Villarreal", "Mohammed\u00a0Naser": "Mohammed Naser"}


def load_lib(main: str, ref: str, name: str) -> dict:
    txt = subprocess.run(["git", "-C", main, "show", f"{ref}:src/openinfra_model/data/{name}"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(txt)["data"]


def in_force(m: dict, day: str) -> bool:
    s = m.get("term_start") or m.get("approved") or m.get("signed")
    e = m.get("term_end")
    return (s is None or s <= day) and (e is None or day <= e)


def mine_in_force(m: dict, day: str) -> bool:
    """Extracted row in force on day: unknown start counts as 'long before' only for rows still open;
    an unknown end counts as ended by 'end_by' (A10)."""
    s, e = m["start"], m["end"]
    if s is None:
        if m["end_precision"] != "open":
            return False
        s = "0000-00-00"
    if e is not None:
        return s <= day <= e
    if m["end_precision"] == "open":
        return s <= day
    return s <= day and (m.get("end_by") is None or day < m["end_by"])


def norm(n: str) -> str:
    n = NAME_FIX.get(n, n)
    return n.replace("\u00a0", " ").strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--main", default="/work/main")
    ap.add_argument("--ref", default="main")
    a = ap.parse_args()
    roster = load_lib(a.main, a.ref, "roster.json")
    boards = load_lib(a.main, a.ref, "boards.json")
    pages = json.loads((HERE / "board_pages.json").read_text())
    mem = json.loads((HERE / "memberships.json").read_text())
    out: dict = {}

    # ---- directors named vs listed per board-page version (2021-2026)
    rows = []
    for v in pages["versions"]:
        day = v["date"]
        listed = [norm(d["name"]) for d in v["directors"]]
        lib = [d for d in boards["board"]["directors"]
               if d["term_start"] <= day and (d["term_end"] is None or day <= d["term_end"])]
        lib_named = [d["name"] for d in lib if "(unnamed)" not in d["name"]]
        page_not_lib = sorted(set(listed) - set(lib_named))
        lib_not_page = sorted(set(lib_named) - set(listed))
        rows.append({"commit": v["commit"][:8], "date": day, "page_listed": len(listed),
                     "lib_in_office": len(lib), "lib_named": len(lib_named),
                     "page_named_missing_from_lib": page_not_lib, "lib_named_not_on_page": lib_not_page,
                     "page_counts": v["counts_with_inferred"]})
    out["directors_per_version"] = rows

    # ---- Platinum / Gold sets on key dates: roster.json vs boards.json vs extracted
    days = ["2021-01-28", "2021-10-28", "2022-01-26", "2022-06-07", "2023-01-31", "2023-06-30",
            "2024-01-29", "2024-06-04", "2024-10-23", "2024-10-31", "2025-01-27", "2025-05-21",
            "2025-06-02", "2025-07-23", "2025-12-05", "2026-01-27", "2026-08-06"]
    sets = []
    for day in days:
        row = {"date": day}
        for tier in ("platinum", "gold"):
            r = sorted({m["organization"] for m in roster["memberships"] if m["tier"] == tier and in_force(m, day)})
            b = sorted({m["organization"] for m in boards["memberships"] if m["tier"] == tier and in_force(m, day)})
            x = sorted({m["organization"] for m in mem["memberships"] if m["tier"] == tier and mine_in_force(m, day)})
            row[tier] = {"roster": r, "boards": b, "extracted": x,
                         "roster_minus_extracted": sorted(set(r) - set(x)), "extracted_minus_roster": sorted(set(x) - set(r)),
                         "boards_minus_extracted": sorted(set(b) - set(x)), "extracted_minus_boards": sorted(set(x) - set(b))}
        sets.append(row)
    out["member_sets"] = sets

    # ---- organisations
    lib_orgs = {o["id"] for o in roster["organizations"]}
    board_org_ids = {m["organization"] for m in boards["memberships"]}
    mine_orgs = {m["organization"] for m in mem["memberships"]}
    out["organizations"] = {
        "in_extracted_not_in_roster": sorted(mine_orgs - lib_orgs),
        "in_boards_not_in_roster": sorted(board_org_ids - lib_orgs),
        "in_roster_not_in_extracted": sorted(lib_orgs - mine_orgs),
    }

    # ---- membership date table: library rows vs extracted rows, per org/tier
    def lib_rows(src, org, tier):
        return [(m.get("signed"), m.get("approved"), m.get("term_start"), m.get("term_end"))
                for m in src["memberships"] if m["organization"] == org and m["tier"] == tier]
    table = []
    keys = sorted({(m["organization"], m["tier"]) for m in mem["memberships"]}
                  | {(m["organization"], m["tier"]) for m in roster["memberships"]}
                  | {(m["organization"], m["tier"]) for m in boards["memberships"]})
    for org, tier in keys:
        mine = [(m["start"], m["start_precision"], m["end"], m["end_precision"]) for m in mem["memberships"]
                if m["organization"] == org and m["tier"] == tier]
        table.append({"organization": org, "tier": tier, "extracted": mine,
                      "roster(signed,approved,term_start,term_end)": lib_rows(roster, org, tier),
                      "boards(signed,approved,term_start,term_end)": lib_rows(boards, org, tier)})
    out["membership_dates"] = table

    (HERE / "discrepancies_generated.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")

    # ---- print markdown
    print("| version | date | page listed (P/G/I) | boards.json in office | named in boards.json | named on page, missing in boards.json | named in boards.json, not on page |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        if r["date"] < "2021-01-26":
            continue
        c = r["page_counts"]
        print(f"| `{r['commit']}` | {r['date']} | {r['page_listed']} ({c['platinum']}/{c['gold']}/{c['individual']}) | {r['lib_in_office']} | {r['lib_named']} | "
              f"{', '.join(r['page_named_missing_from_lib']) or '—'} | {', '.join(r['lib_named_not_on_page']) or '—'} |")
    print()
    for row in sets:
        for tier in ("platinum", "gold"):
            t = row[tier]
            diffs = []
            for k in ("roster_minus_extracted", "extracted_minus_roster", "boards_minus_extracted", "extracted_minus_boards"):
                if t[k]:
                    diffs.append(f"{k}: {', '.join(t[k])}")
            print(f"- {row['date']} {tier}: extracted {len(t['extracted'])}, roster {len(t['roster'])}, boards {len(t['boards'])}"
                  + ("; " + "; ".join(diffs) if diffs else "; same"))
    print()
    print(json.dumps(out["organizations"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
