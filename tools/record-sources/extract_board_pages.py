#!/usr/bin/env python3
"""Extract every version of the foundation site's board page into board_pages.json.

Source: the git history of GitHub OpenStackweb/osf-website (bare mirror), file
``src/pages/about/board/index.md`` (a Gatsby/Netlify-CMS page whose YAML front matter holds a
``members`` list with name / title / company per director).  Also read, for same-date member
lists: the members page ``src/pages/membership/companies.md`` (Platinum/Gold logo lists in its
front matter 2020-06-16 .. 2022-03-01, then read from an API) and the home page
``src/pages/index.md`` whose front matter held Platinum and Gold logo lists (``companyList``)
that the home page rendered from 2020-04-28 until commit 2a5c74bf (2022-12-02, "Cleanup",
which removed CompaniesSection from src/templates/index-page.js).

Reproduce:
    python3 extract_board_pages.py [--repo PATH] [--out board_pages.json]

Everything written is read from git objects; nothing is fetched.  Three commits have front
matter that is not valid YAML (the site would not have built them); for those a line-based
fallback reader collects name/title/company and the entry says ``"parse": "fallback"``.

Seat class is taken from the printed title ("Platinum Director", "Gold Representative",
"Individual Director", the misspelt "Indvidual Director").  Where the printed title names no
class (e.g. "Chair", "Chief Executive Officer (CEO)", "CIO"), ``seat_class`` is null on the
page and ``seat_class_inferred`` gives the class the same person (same name) has in the
nearest version that prints one, with ``seat_class_inferred_from`` naming that commit.
Officer roles are parsed from the title's part before "|" (or a bare "Chair"/"Vice Chair").
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

DEFAULT_REPO = "/work/.mirror/OpenStackweb+osf-website/repo"
BOARD = "src/pages/about/board/index.md"
HOME = "src/pages/index.md"
HOME_LIST_RENDERED_UNTIL = ("2a5c74bf", "2022-12-02")  # commit that stopped rendering the list
MEMBERS = "src/pages/membership/companies.md"
MEMBERS_LIST_UNTIL = "2022-03-01"  # 224ce613: tiers read from an API from here on
REPO_URL = "https://github.com/OpenStackweb/osf-website"

OFFICER_WORDS = {
    "chair": "chair",
    "vice chair": "vice_chair",
    "secretary": "secretary",
    "treasurer": "treasurer",
    "executive director": "executive_director",
}


def git(repo: str, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", repo, *args], capture_output=True, text=True, check=True
    ).stdout


def history(repo: str, path: str) -> list[dict]:
    out = git(
        repo, "log", "--reverse", "--format=%H%x09%ad%x09%cd%x09%an%x09%s",
        "--date=iso-strict", "--", path,
    )
    rows = []
    for line in out.splitlines():
        h, ad, cd, an, s = line.split("\t", 4)
        rows.append({"commit": h, "author_date": ad, "commit_date": cd, "author": an, "subject": s})
    return rows


def front_matter(text: str) -> str:
    # the file starts with '---\n', front matter ends at the next line that is exactly '---'
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return "\n".join(lines[1:i])
    return text


def body(text: str) -> str:
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return "\n".join(lines[i + 1 :]).strip()
    return ""


KEYS = ("name", "title", "company", "openStack", "picture", "description", "linkedin", "twitter")
KEY_RE = re.compile(r"(?<![\w/.])(" + "|".join(KEYS) + r"):(?=\s)")
ITEM_RE = re.compile(r"^\s{0,4}-\s+(?=(?:" + "|".join(KEYS) + r"):)", re.M)


def fallback_members(fm: str) -> list[dict]:
    """Reader for front matter that is not valid YAML (three commits).

    The members block (after 'members:') is cut into items at lines starting '- key:'; each
    item's whitespace is folded and split at the known keys ('name:', 'title:', ...), so that
    keys run together on one line (as in 2023-01-31 db4d4cd2) are still found.  The first
    occurrence of each key in an item wins (a description's text cannot overwrite a name).
    """
    m = re.search(r"\bmembers:\s*(?:\n|$)", fm)
    if not m:
        return []
    block = fm[m.end():]
    starts = [x.start() for x in ITEM_RE.finditer(block)]
    members = []
    for a, b in zip(starts, starts[1:] + [len(block)]):
        item = re.sub(r"\s+", " ", block[a:b]).strip()
        item = re.sub(r"^-\s+", "", item)
        hits = list(KEY_RE.finditer(item))
        rec: dict = {}
        for h, nxt in zip(hits, hits[1:] + [None]):
            val = item[h.end(): nxt.start() if nxt else len(item)].strip()
            val = val.strip().lstrip(">-").strip().strip('"').strip()
            rec.setdefault(h.group(1), val)
        if rec.get("name"):
            members.append(rec)
    return members


def parse_members(text: str) -> tuple[list[dict], dict, str, str | None]:
    fm = front_matter(text)
    try:
        data = yaml.safe_load(fm) or {}
        if not isinstance(data, dict) or "members" not in data:
            raise ValueError("no members key")
        return list(data.get("members") or []), data, "yaml", None
    except Exception as e:  # noqa: BLE001
        return fallback_members(fm), {}, "fallback", f"{type(e).__name__}: {str(e).splitlines()[0]}"


def clean(s) -> str | None:
    if s is None:
        return None
    s = re.sub(r"\s+", " ", str(s)).replace("\xa0", " ").strip()
    return s or None


def seat_class_of(title: str | None) -> str | None:
    t = (title or "").lower()
    if "platinum" in t:
        return "platinum"
    if "gold" in t:
        return "gold"
    if "individual" in t or "indvidual" in t:
        return "individual"
    return None


def officer_roles_of(title: str | None) -> list[str]:
    if not title:
        return []
    parts = [p.strip().lower() for p in title.split("|")]
    roles = []
    for p in parts:
        if p in OFFICER_WORDS:
            roles.append(OFFICER_WORDS[p])
    return roles


AS_OF = re.compile(
    r"\b(?:as of|updated|effective)\b[^\n]{0,40}?\b((?:19|20)\d\d(?:-\d\d-\d\d)?|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},?\s+(?:19|20)\d\d)",
    re.I,
)


def as_of_text(data: dict, text_body: str) -> str | None:
    hay = json.dumps(data.get("header", {})) + " " + json.dumps(data.get("seo", {})) + " " + text_body
    m = AS_OF.search(hay)
    return m.group(0) if m else None


IMAGE_NAMES = {  # logo file -> company, used where the alt text is wrong (see notes)
    "WNDRVR": "Wind River",
    "WindRiver": "Wind River",
}


def entry_name(c: dict) -> str | None:
    alt = clean(c.get("alt"))
    img = str(c.get("image") or "")
    for key, name in IMAGE_NAMES.items():
        if key in img and alt != name:
            return f"{name} (alt text printed: {alt})"
    return alt


def walk_company_lists(obj, acc: dict) -> None:
    if isinstance(obj, dict):
        if isinstance(obj.get("companyList"), list):
            acc[str(obj.get("title")).strip().upper()] = [entry_name(c) for c in obj["companyList"]]
        for v in obj.values():
            walk_company_lists(v, acc)
    elif isinstance(obj, list):
        for v in obj:
            walk_company_lists(v, acc)


def tier(acc: dict, word: str) -> list | None:
    for k, v in acc.items():
        if word in k:
            return v
    return None


def list_versions(repo: str, path: str) -> list[dict]:
    """Every version of a page whose front matter holds Platinum/Gold logo lists."""
    rows = []
    for row in history(repo, path):
        text = git(repo, "show", f"{row['commit']}:{path}")
        try:
            data = yaml.safe_load(front_matter(text)) or {}
            acc: dict = {}
            walk_company_lists(data, acc)
            ok = True
        except Exception:  # noqa: BLE001
            acc, ok = {}, False
        rows.append(
            {
                "path": path,
                "commit": row["commit"],
                "date": row["author_date"][:10],
                "commit_date": row["commit_date"],
                "subject": row["subject"],
                "yaml_valid": ok,
                "platinum": tier(acc, "PLATINUM"),
                "gold": tier(acc, "GOLD"),
            }
        )
    return rows


def list_changes(rows: list[dict]) -> list[dict]:
    """Only the versions whose Platinum or Gold list differs from the previous valid one."""
    out, prev = [], None
    for r in rows:
        if not r["yaml_valid"] or r["platinum"] is None:
            continue
        cur = (tuple(r["platinum"] or ()), tuple(r["gold"] or ()))
        if prev is None or cur != prev:
            e = dict(r)
            if prev is not None:
                e["platinum_added"] = sorted(set(cur[0]) - set(prev[0]))
                e["platinum_removed"] = sorted(set(prev[0]) - set(cur[0]))
                e["gold_added"] = sorted(set(cur[1]) - set(prev[1]))
                e["gold_removed"] = sorted(set(prev[1]) - set(cur[1]))
            out.append(e)
        prev = cur
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=DEFAULT_REPO)
    ap.add_argument("--out", default=str(Path(__file__).with_name("board_pages.json")))
    args = ap.parse_args()
    repo = args.repo
    head = git(repo, "rev-parse", "HEAD").strip()

    versions = []
    for row in history(repo, BOARD):
        text = git(repo, "show", f"{row['commit']}:{BOARD}")
        members, data, how, err = parse_members(text)
        header = data.get("header") or {}
        directors = []
        for pos, m in enumerate(members):
            title = clean(m.get("title"))
            directors.append(
                {
                    "position": pos,
                    "name": clean(m.get("name")),
                    "title_as_printed": title,
                    "seat_class": seat_class_of(title),
                    "officer_roles": officer_roles_of(title),
                    "organization_as_printed": clean(m.get("company")),
                    "profile": clean(m.get("openStack")),
                }
            )
        versions.append(
            {
                "commit": row["commit"],
                "date": row["author_date"][:10],
                "author_date": row["author_date"],
                "commit_date": row["commit_date"],
                "author": row["author"],
                "subject": row["subject"],
                "url": f"{REPO_URL}/blob/{row['commit']}/{BOARD}",
                "parse": how,
                "yaml_error": err,
                "page_title": clean(header.get("title")),
                "page_subtitle": clean(header.get("subTitle")),
                "as_of_in_text": as_of_text(data, body(text)),
                "directors": directors,
            }
        )

    # infer seat classes the page does not print, from the nearest version that prints one
    for i, v in enumerate(versions):
        for d in v["directors"]:
            if d["seat_class"] is not None:
                continue
            best = None
            for dist in range(1, len(versions)):
                for j in (i + dist, i - dist):  # prefer the later version at equal distance
                    if 0 <= j < len(versions):
                        for e in versions[j]["directors"]:
                            if e["name"] == d["name"] and e["seat_class"]:
                                best = (j, e["seat_class"])
                                break
                    if best:
                        break
                if best:
                    break
            if best:
                d["seat_class_inferred"] = best[1]
                d["seat_class_inferred_from"] = versions[best[0]]["commit"]

    # counts and changes
    prev = None
    for v in versions:
        cls = [d["seat_class"] or d.get("seat_class_inferred") or "unclassified" for d in v["directors"]]
        v["counts_as_printed"] = {
            k: sum(1 for d in v["directors"] if (d["seat_class"] or "unclassified") == k)
            for k in ("platinum", "gold", "individual", "unclassified")
        }
        v["counts_with_inferred"] = {k: cls.count(k) for k in ("platinum", "gold", "individual", "unclassified")}
        v["total_listed"] = len(v["directors"])
        v["named"] = sum(1 for d in v["directors"] if d["name"])
        v["officers"] = [
            {"name": d["name"], "role": r} for d in v["directors"] for r in d["officer_roles"]
        ]
        key = {
            (d["name"], d["title_as_printed"], d["organization_as_printed"]) for d in v["directors"]
        }
        if prev is None:
            v["changes"] = {"added": sorted(map(list, key), key=str), "removed": []}
        else:
            v["changes"] = {
                "added": sorted(map(list, key - prev), key=str),
                "removed": sorted(map(list, prev - key), key=str),
            }
        v["roster_changed"] = bool(v["changes"]["added"] or v["changes"]["removed"])
        prev = key

    # member lists: the members page (src/pages/membership/companies.md, lists in front
    # matter 2020-06-16..2022-03-01) and the home page (src/pages/index.md, rendered
    # 2020-04-28..2022-12-02).  For each board version, the latest version of each at or
    # before the board commit.
    members_rows = list_versions(repo, MEMBERS)
    home_rows = list_versions(repo, HOME)
    for v in versions:
        lists = {}
        for label, rows, until in (
            ("members_page", members_rows, MEMBERS_LIST_UNTIL),
            ("home_page", home_rows, HOME_LIST_RENDERED_UNTIL[1]),
        ):
            cands = [r for r in rows if r["commit_date"] <= v["commit_date"] and r["yaml_valid"]]
            if not cands or cands[-1]["platinum"] is None or v["date"] >= until:
                continue
            r = cands[-1]
            lists[label] = {
                "source": f"{r['path']}@{r['commit'][:8]} ({r['date']})",
                "commit": r["commit"],
                "platinum": r["platinum"],
                "gold": r["gold"],
            }
        v["member_lists"] = lists or None
        if not lists:
            v["member_lists_note"] = (
                "no same-date Platinum/Gold list in the repository: the members page reads the "
                "list from an API from 2022-03-01 and the home page from 2022-12-02"
            )

    out = {
        "format": "openinfra-record-notes",
        "kind": "board-page-versions",
        "generated_by": "extract_board_pages.py",
        "source": {
            "repository": REPO_URL,
            "mirror": repo,
            "mirror_head": head,
            "path": BOARD,
            "home_page_path": HOME,
            "members_page_path": MEMBERS,
        },
        "notes": [
            "date = git author date (YYYY-MM-DD) of the commit; the page prints no 'as of' date "
            "(as_of_in_text is null in every version unless a match is shown).",
            "seat_class is what the printed title says; seat_class_inferred fills titles that "
            "name no class (Chair, CEO, CIO, job titles) from the nearest version that prints one.",
            "organization_as_printed is the page's 'company' field verbatim (whitespace folded).",
            "member_lists: the Platinum/Gold logo lists of the members page "
            "(src/pages/membership/companies.md, in git 2020-06-16..2022-03-01) and of the home "
            "page (src/pages/index.md, rendered 2020-04-28..2022-12-02) at or before the version.",
            "On the members page from 2021-03-02 (e2bade0c) the Wind River logo (WNDRVR.png) "
            "carries the alt text 'Tencent Cloud'; it is read as Wind River and marked.",
            "The 2020 versions are the OpenStack Foundation (OSF) board, titled "
            "'... Representative'; from 2021-01-19 the titles say '... Director'.",
        ],
        "member_list_changes": {
            "members_page": list_changes(members_rows),
            "home_page": list_changes(home_rows),
        },
        "versions": versions,
    }
    Path(args.out).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(versions)} versions -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
