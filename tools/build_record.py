# ruff: noqa: C901,D103,E501,INP001,ISC004,PLR0912,PLR0915,PLW2901,S101
"""Build ``src/openinfra_model/data/record.json`` from the research notes (issue 13).

Inputs (the research extraction in ``tools/record-sources/``, with its own README and
scripts): ``board_pages.json`` (every version of the foundation site's board page, GitHub
OpenStackweb/osf-website) and ``memberships.json`` (every Platinum/Gold membership 2012-2026
with its sources and approximation choices A1-A10), and the library's earlier ``roster.json``
(kept as ``tests/data/roster-v1.json``) for organisation names and aliases. Usage::

    python tools/build_record.py tools/record-sources tests/data/roster-v1.json \
        > src/openinfra_model/data/record.json
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

DAY = timedelta(days=1)
SNAPSHOT = "2026-08-06"

SEATINGS = {  # first meeting of each board (officers.md, discrepancies.md S6)
    "2020": ("2020-01-28", ["MIN-2020-01-28"]),
    "2021": ("2021-01-26", ["BLOG-2021-01-27-board"]),
    "2022": ("2022-01-26", ["BP-d8690ab1"]),
    "2023": ("2023-01-31", ["BP-fe9d9a94"]),
    "2024": ("2024-01-30", ["MIN-2024-01-30"]),
    "2025": ("2025-01-28", ["MIN-2025-01-28"]),
    "2026": ("2026-01-27", ["MIN-2026-01-27"]),
}
SEATS = {  # Gold = Individual seats fixed by each annual election
    "2020": (8, ["NOTE-2012-2020-seats"]),
    "2021": (9, ["BLOG-2021-01-27-board"]),
    "2022": (9, ["EP-2021-11-17"]),
    "2023": (7, ["EP-2022-11-04"]),
    "2024": (5, ["EP-2023-12-27"]),
    "2025": (7, ["EP-2024-10-24"]),
    "2026": (8, ["EP-2025-12-04"]),
}
EXTRA_SOURCES = {
    "MIN-2020-01-28": {
        "kind": "url",
        "date": "2020-01-28",
        "url": "https://board.openinfra.dev/meetings/minutes/28Jan2020BoardMinutes",
    },
    "NOTE-2012-2020-seats": {
        "kind": "url",
        "date": "2012-08-20",
        "url": "https://www.openstack.org/election/2012-board-election",
    },
}
UNKNOWN_STARTS = {  # A11: first dated trace for a start no source gives
    ("canonical", "gold"): ("2019-01-29", "WIKI-2019-01-29"),
    ("china-unicom", "gold"): ("2020-01-28", "BP-00fd882d"),  # its director sat on the 2020 board
    ("easystack", "gold"): ("2020-04-28", "HP-2020-04-28"),
    ("fiberhome", "gold"): ("2020-04-28", "HP-2020-04-28"),
    ("h3c", "gold"): ("2020-04-28", "HP-2020-04-28"),
    ("unitedstack", "gold"): ("2020-04-28", "HP-2020-04-28"),
    ("inwinstack", "gold"): ("2020-04-28", "HP-2020-04-28"),
    ("intel", "platinum"): ("2015-01-28", "WIKI-2015-01-28"),  # Platinum director Imad Sousou
    ("huawei", "gold"): ("2017-01-24", "WIKI-2017-01-24-draft"),
}
PRINTED = {
    "99Cloud": "99cloud",
    "Bloomberg": "bloomberg",
    "Canonical": "canonical",
    "China Mobile": "china-mobile",
    "China Telecom": "china-telecom",
    "China Unicom": "china-unicom",
    "China Unicom Wo Cloud": "china-unicom",
    "Cisco": "cisco",
    "City Network Hosting AB": "cleura",
    "City Network International AB, City Network Hosting AB": "cleura",
    "Cleura": "cleura",
    "Dell": "dell",
    "Dell EMC": "dell",
    "Dell Technologies": "dell",
    "Deutsche Telekom T-Systems": "deutsche-telekom",
    "T-Systems": "deutsche-telekom",
    "T-Systems International": "deutsche-telekom",
    "EasyStack": "easystack",
    "Inspur": "inspur",
    "Intel": "intel",
    "Red Hat": "red-hat",
    "Tencent": "tencent",
    "AT&T": "att",
    "Ant Financial": "ant-group",
    "Ant Financial, Kata Containers": "ant-group",
    "Cachengo": "cachengo",
    "Ericsson AB, Ericsson Software Technology": "ericsson",
    "Facebook": "meta",
    "Meta": "meta",
    "Fiberhome": "fiberhome",
    "Huawei": "huawei",
    "Microsoft": "microsoft",
    "Okestro Co., LTD": "okestro",
    "Rackspace": "rackspace",
    "SUSE": "suse",
    "Viettel": "viettel",
    "Wind River": "wind-river",
}
PRINTED[
    "China Mobile Suzhou Software Technology Co., Ltd - China Mobile Suzhou Research Center, "
    "China Mobile Research Institute, China Mobile Research Institute"
] = "china-mobile"
STATED_SELECTORS = {  # selectors.md: explicit statements (organisation, from)
    ("dell", "2021"): "MIN-2021-06-29",
    ("red-hat", "2024"): "BLOG-2025-09-26-redhat",
    ("red-hat", "2025"): "BLOG-2025-09-26-redhat",
    ("cleura", "2024"): "MIN-2024-11-04",
}
EMPLOYER_FIXES = {  # A19: (person, board year) -> the member the page's company field lags behind
    ("ryan-van-wyk", "2022"): ("microsoft", "FL-2021-09-07"),
}
NEW_ORGS = {
    "fujitsu": ("Fujitsu", []),
    "unitedstack": ("UnitedStack", []),
    "inwinstack": ("inwinSTACK", ["inwinSTACK Inc."]),
}
CHOICES_EXTRA = {
    "A11": "Unknown start: where no source gives a start, start = the first dated trace of the "
    "membership (a list, a roll call, an agenda); the true start is earlier.",
    "A12": "Unknown end with a bound (A10): end = the day before 'end_by', the latest end the "
    "sources allow; a Gold row ending before the same company's Platinum row ends the day "
    "before the Platinum start.",
    "A13": "Board-page lag: a board's directors hold office from its first meeting (seating) "
    "to the day before the next one; the page version that settles the new board (the last "
    "version within 21 days before to 10 days after the seating) gives the opening roster, "
    "and a later change on the page starts or ends a term on the page's date (the true date "
    "may be earlier).",
    "A14": "A Platinum director's term is cut to the appointing membership: it starts no "
    "earlier and ends no later than the membership (bylaws 4.2(b): the term ends with the "
    "membership).",
    "A15": "Implied Gold Director Selector: where no source names the selector, the Gold "
    "director's organisation as printed on the board page is taken as the selector "
    "(candidates page: 'the intended Gold Directors from the Gold Member companies who are "
    "running for election as Gold Director Selectors').",
    "A16": "Election day: an annual election is recorded on the day its board was seated (the "
    "first meeting); the voting days are in the election calendar.",
    "A17": "Linux Foundation membership: the charter makes a Linux Foundation corporate "
    "membership a condition of OIF membership from 2025-06-01; a Platinum or Gold member in "
    "force on or after that day is recorded as holding one from the later of 2025-06-01 and "
    "its start to its end. The LF level is not published: recorded as 'silver' (the lowest "
    "corporate level; the rule passes for any corporate level).",
    "A19": "Company field lag: Ryan van Wyk presented for Microsoft from 2021-09-07 (foundation "
    "list) while the board page printed AT&T until 2022-08-02; on the 2022 board (after AT&T "
    "left on 2021-12-31, A2) he is recorded as Microsoft's Platinum director.",
    "A20": "Dell's Gold end: its Gold director (Erin Bournival) sat until the 2022 board was "
    "seated on 2022-01-26 and the members page removed Dell on 2022-02-16; the membership is "
    "taken to end 2022-01-25 instead of the year end (A2).",
    "A21": "Month only: where a source gives only the month a member joined (October 2016; "
    "the Sydney summit of November 2017), start = the first day of that month (the summit's "
    "first day for Tencent).",
    "A22": "Directors' affiliations: the company the board page prints for a director is "
    "recorded as an employee affiliation for the term when it names "
    "one organisation of the record (the page prints a 'company', not the kind of link); a "
    "field listing several organisations, or one outside the record (CERN, a university), "
    "is kept only as printed.",
    "A18": "Platinum vacancy: a Platinum member in force with no director on the board page "
    "is recorded as a vacancy for those days (the page may lag or omit the director).",
}


# --- The OpenStack Foundation boards 2012-2019 (tools/record-sources/2012-2020.md and the
# minutes, agendas and list posts cited). Each board: its seating (A23) and the directors the
# sources name, with the class and the member only where a source states them (else null).
PRE_SOURCES = {
    "WIKI-2012-09-07": (
        "2012-09-07",
        "https://wiki.openstack.org/wiki/Governance/Foundation/07Sept2012BoardMinutes",
    ),
    "WIKI-2012-11-02": (
        "2012-11-02",
        "https://wiki.openstack.org/wiki/Governance/Foundation/02Nov2012BoardMinutes",
    ),
    "WIKI-2013-02-12": (
        "2013-02-12",
        "https://wiki.openstack.org/w/index.php?title=Governance/Foundation/12Feb2013BoardMinutes&oldid=18525",
    ),
    "WIKI-2013-08-06": (
        "2013-08-06",
        "https://wiki.openstack.org/wiki/Governance/Foundation/6Aug2013BoardMinutes",
    ),
    "MARKMC-2013-10-03": (
        "2013-10-03",
        "https://blogs.gnome.org/markmc/2013/10/03/oct-3rd-openstack-foundation-board-meeting/",
    ),
    "WIKI-2013-10-17": (
        "2013-10-17",
        "https://wiki.openstack.org/wiki/Governance/Foundation/17Oct2013BoardMinutes",
    ),
    "WIKI-2013-11-04": (
        "2013-11-04",
        "https://wiki.openstack.org/w/index.php?title=Governance/Foundation/4Nov2013BoardMinutes&diff=40957&oldid=40956",
    ),
    "FL-2013-12-04": (
        "2013-12-04",
        "https://lists.openinfra.dev/pipermail/foundation/2013-December/001613.html",
    ),
    "FL-2015-01-16": (
        "2015-01-16",
        "https://lists.openinfra.dev/pipermail/foundation/2015-January/001822.html",
    ),
    "WIKI-2015-01-28": (
        "2015-01-28",
        "https://wiki.openstack.org/wiki/Governance/Foundation/28Jan2015BoardMeeting",
    ),
    "WIKI-2015-04-02": (
        "2015-04-02",
        "https://wiki.openstack.org/wiki/Governance/Foundation/2Apr2015BoardMinutes",
    ),
    "WIKI-2016-01-26-draft": (
        "2016-01-14",
        "https://wiki.openstack.org/w/index.php?title=Governance/Foundation/26Jan2016BoardMeeting&oldid=101285",
    ),
    "WIKI-2018-01-30": (
        "2018-01-30",
        "https://wiki.openstack.org/w/index.php?title=Governance/Foundation/30Jan2018BoardMeeting&diff=159322&oldid=158781",
    ),
    "WIKI-2018-02-26": (
        "2018-02-26",
        "https://wiki.openstack.org/wiki/Governance/Foundation/26Feb2018BoardMinutes",
    ),
    "MIN-2019-03-05": (
        "2019-03-05",
        "https://board.openinfra.dev/meetings/minutes/5Mar2019BoardMinutes",
    ),
    "WIKI-2019-09-10": (
        "2019-09-10",
        "https://wiki.openstack.org/wiki/Governance/Foundation/10September2019BoardMinutes",
    ),
    "FL-2021-02-chair": (
        "2021-02-01",
        "https://lists.openinfra.dev/pipermail/foundation/2021-February/002956.html",
    ),
}
PRE_SEATINGS = {  # board year: (seating, sources) -- choice A23
    "2012": ("2012-09-07", ["WIKI-2012-09-07", "NOTE-2012-2020-seats"]),
    "2013": ("2013-02-12", ["WIKI-2013-02-12"]),
    "2014": ("2014-01-01", ["FL-2013-12-04"]),
    "2015": ("2015-01-28", ["FL-2015-01-16", "WIKI-2015-01-28"]),
    "2016": ("2016-01-26", ["WIKI-2016-01-26-draft"]),
    "2017": ("2017-01-24", ["CRUSTY-2017-01-24"]),
    "2018": ("2018-01-30", ["WIKI-2018-01-30"]),
    "2019": ("2019-01-29", ["WIKI-2019-01-29"]),
}
PERSON = {  # one id per person across the spellings the sources use
    "Robert Hirschfeld": "rob-hirschfeld",
    "Tobias Ford": "toby-ford",
    "Jon Igoe": "john-igoe",
    "Yujie (Ben) Du": "yujie-du",
    "Yujie Du": "yujie-du",
    "Chris Price": "christopher-price",
    "JunWei Liu": "junwei-liu",
    "Ryan Van Wyk": "ryan-van-wyk",
    "Fred Li": "fred-li",
    "Rob Esker": "rob-esker",
    "Robert Esker": "rob-esker",
    "Johan Christensen": "johan-christenson",
    "Gnanavelkandan Kathirvel": "kandan-kathirvel",
    "Kandan Kathirvel": "kandan-kathirvel",
    "Steven Hallett": "steven-hallett",
}
_2012 = (
    "Jesse Andrews, Tim Bell, Randy Bias, Hui Cheng, Tzi-cker Chiueh, Alan Clark, Jim Curry, "
    "Eileen Evans, Tobias Ford, Tristan Goode, Robert Hirschfeld, Jon Igoe, Kyle MacDonald, "
    "Joshua McKenty, Jon Mittelhauser, Todd Moore, Boris Renski, Sean Roberts, Brian Stevens, "
    "Monty Taylor, Simon Anderson, Yujie (Ben) Du, Troy Toman, Lew Tucker"
)
_2013 = (
    "Nick Barcet, Tim Bell, Randy Bias, Devin Carlen, Alan Clark, Eileen Evans, Toby Ford, "
    "Tristan Goode, Rob Hirschfeld, Kyle MacDonald, Joshua McKenty, Mark McLoughlin, "
    "Todd Moore, Boris Renski, Sean Roberts, Lauren Sell, Brian Stevens, Monty Taylor, "
    "Troy Toman, Lew Tucker, Simon Anderson, Hui Cheng, Jim Curry, John Igoe"
)
# (board year, name, class, member org, employer as the source states it, start, end,
#  sources, choices); start/end None = the board year's seating / the day before the next.
PRE_DIRECTORS: list[tuple] = [
    *(
        ("2012", n, None, None, "", None, None, ["WIKI-2012-11-02", "WIKI-2012-09-07"], ["A23"])
        for n in _2012.split(", ")
    ),
    *(
        (
            "2013",
            n,
            None,
            None,
            "",
            None,
            "2013-10-02" if n == "Devin Carlen" else None,
            ["WIKI-2013-02-12"] + (["MARKMC-2013-10-03"] if n == "Devin Carlen" else []),
            ["A23"],
        )
        for n in _2013.split(", ")
    ),
    ("2013", "Chris Kemp", None, None, "", "2013-10-03", None, ["MARKMC-2013-10-03"], ["A23"]),
    (
        "2013",
        "Joseph George",
        None,
        None,
        "",
        "2013-08-06",
        None,
        ["WIKI-2013-08-06"],
        ["A23", "A24"],
    ),
    (
        "2013",
        "Van Lindberg",
        None,
        None,
        "",
        "2013-10-17",
        None,
        ["WIKI-2013-10-17"],
        ["A23", "A24"],
    ),
    (
        "2013",
        "John Zannos",
        None,
        None,
        "",
        "2013-11-04",
        None,
        ["WIKI-2013-11-04"],
        ["A23", "A24"],
    ),
    (
        "2014",
        "Sean Roberts",
        "gold",
        "yahoo",
        "Yahoo",
        None,
        "2014-09-17",
        ["FL-2014-09-21"],
        ["A23"],
    ),
    (
        "2014",
        "Mark McClain",
        "gold",
        "yahoo",
        "Yahoo",
        "2014-09-18",
        None,
        ["FL-2014-09-21"],
        ["A23"],
    ),
    *(
        ("2014", n, None, None, "", None, None, ["WIKI-2015-01-28"], ["A23"])
        for n in ("Christopher MacGown", "Preeti Somal", "Troy Toman", "Yujie Du")
    ),
    (
        "2015",
        "Eileen Evans",
        "platinum",
        "hewlett-packard",
        "HP",
        None,
        None,
        ["FL-2015-01-16", "WIKI-2015-01-28"],
        ["A23"],
    ),
    (
        "2015",
        "Imad Sousou",
        "platinum",
        "intel",
        "Intel",
        None,
        None,
        ["WIKI-2015-01-28", "LINUXCOM-2012-08"],
        ["A23", "A25"],
    ),
    *(
        ("2015", n, "platinum", None, "", None, None, ["WIKI-2015-01-28"], ["A23"])
        for n in (
            "Alan Clark",
            "John Zannos",
            "Mark McLoughlin",
            "Toby Ford",
            "Todd Moore",
            "Van Lindberg",
        )
    ),
    (
        "2015",
        "Simon Anderson",
        "gold",
        "dreamhost",
        "DreamHost",
        None,
        "2015-12-02",
        ["WIKI-2015-01-28", "WIKI-2015-12-03"],
        ["A23"],
    ),
    (
        "2015",
        "Jonathan LaCour",
        "gold",
        "dreamhost",
        "DreamHost",
        "2015-12-03",
        None,
        ["WIKI-2015-12-03"],
        ["A23"],
    ),
    *(
        ("2015", n, "gold", None, "", None, None, ["WIKI-2015-01-28"], ["A23"])
        for n in (
            "Boris Renski",
            "Chris Kemp",
            "Lew Tucker",
            "Robert Esker",
            "Sean Roberts",
            "Steven Hallett",
            "Tristan Goode",
        )
    ),
    (
        "2015",
        "Tsugikazu Shibata",
        "gold",
        "nec",
        "NEC",
        "2015-07-28",
        None,
        ["FL-2015-07-28"],
        ["A15", "A23", "A24"],
    ),
    (
        "2015",
        "Monty Taylor",
        "individual",
        None,
        "HP",
        None,
        None,
        ["FL-2015-01-16", "WIKI-2015-01-28"],
        ["A23"],
    ),
    *(
        (
            "2015",
            n,
            "individual",
            None,
            "",
            None,
            None,
            ["FL-2015-01-16", "WIKI-2015-01-28"],
            ["A23"],
        )
        for n in (
            "Tim Bell",
            "Russell Bryant",
            "Alex Freedland",
            "Rob Hirschfeld",
            "Vishvananda Ishaya",
            "Kavit Munshi",
            "Egle Sigler",
        )
    ),
    (
        "2015",
        "Shane Wang",
        "individual",
        None,
        "Intel",
        "2015-07-28",
        None,
        ["FL-2015-07-28"],
        ["A23", "A24"],
    ),
    (
        "2016",
        "Mark Baker",
        "platinum",
        "canonical",
        "Canonical",
        None,
        None,
        ["WIKI-2016-01-26-draft"],
        ["A23"],
    ),
    *(
        ("2016", n, None, None, "", None, None, ["CRUSTY-2017-01-24"], ["A23"])
        for n in (
            "Alex Freedland",
            "Edgar Magana",
            "Manju Ramanathpura",
            "Monty Taylor",
            "Roland Chan",
            "Raj Patel",
            "Todd Moore",
            "Van Lindberg",
        )
    ),
    *(
        ("2017", n, None, None, "", None, None, ["CRUSTY-2017-01-24"], ["A23"])
        for n in (
            "Brad Topol",
            "Brian Stein",
            "ChangBo Guo",
            "Christopher Price",
            "Joseph Wang",
            "Russell Bryant",
            "Steven Dake",
        )
    ),
    (
        "2017",
        "Junwei Liu",
        "gold",
        None,
        "",
        None,
        None,
        ["CRUSTY-2017-01-24", "WIKI-2018-01-30"],
        ["A23"],
    ),
    ("2017", "Tristan Goode", "gold", None, "", None, None, ["WIKI-2018-01-30"], ["A23"]),
    ("2017", "Kavit Munshi", None, None, "", None, None, ["WIKI-2018-01-30"], ["A23"]),
    *(
        ("2018", n, None, None, "", None, None, ["WIKI-2018-02-26"], ["A23"])
        for n in (
            "Alan Clark",
            "Allison Randal",
            "Anni Lai",
            "Arkady Kanevsky",
            "Brian Stein",
            "ChangBo Guo",
            "Chris Price",
            "Egle Sigler",
            "Gnanavelkandan Kathirvel",
            "Johan Christensen",
            "Joseph Wang",
            "Kenji Kaneshige",
            "Kurt Garloff",
            "Mark McLoughlin",
            "Monty Taylor",
            "Rob Esker",
            "Steven Dake",
            "Tim Bell",
        )
    ),
    *(
        ("2018", n, None, None, "", None, None, ["WIKI-2019-01-29"], ["A23"])
        for n in ("Boris Renski", "Lew Tucker")
    ),
    ("2018", "Prakash Ramchandran", None, None, "", None, None, ["WIKI-2018-01-30"], ["A23"]),
    (
        "2018",
        "Ruan HE",
        "platinum",
        "tencent",
        "Tencent",
        "2018-05-20",
        None,
        ["WIKI-2018-05-20"],
        ["A23"],
    ),
    (
        "2019",
        "Alan Clark",
        "platinum",
        "suse",
        "SUSE",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A23", "A25"],
    ),
    (
        "2019",
        "Chris Price",
        "platinum",
        "ericsson",
        "Ericsson AB, Ericsson Software Technology",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A23", "A25"],
    ),
    (
        "2019",
        "Ryan Van Wyk",
        "platinum",
        "att",
        "AT&T",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A23", "A25"],
    ),
    (
        "2019",
        "Imad Sousou",
        "platinum",
        "intel",
        "Intel",
        None,
        None,
        ["WIKI-2019-01-29", "LINUXCOM-2012-08"],
        ["A23", "A25"],
    ),
    (
        "2019",
        "Ruan HE",
        "platinum",
        "tencent",
        "Tencent",
        None,
        None,
        ["WIKI-2019-01-29", "WIKI-2018-05-20"],
        ["A23"],
    ),
    ("2019", "Anni Lai", "platinum", None, "", None, None, ["WIKI-2019-01-29"], ["A23"]),
    (
        "2019",
        "Brian Stein",
        "platinum",
        None,
        "",
        None,
        "2019-03-04",
        ["WIKI-2019-01-29", "MIN-2019-03-05"],
        ["A23"],
    ),
    ("2019", "Mark McLoughlin", "platinum", None, "", None, None, ["WIKI-2019-01-29"], ["A23"]),
    (
        "2019",
        "Andrew Cathrow",
        None,
        None,
        "",
        "2019-03-05",
        None,
        ["MIN-2019-03-05", "WIKI-2019-09-10"],
        ["A23"],
    ),
    (
        "2019",
        "Daniel Becker",
        None,
        None,
        "Red Hat",
        "2019-09-10",
        None,
        ["WIKI-2019-09-10", "BP-00fd882d"],
        ["A23", "A24", "A25"],
    ),
    (
        "2019",
        "Fred Li",
        None,
        None,
        "Huawei",
        "2019-09-10",
        None,
        ["WIKI-2019-09-10", "BP-00fd882d"],
        ["A23", "A24", "A25"],
    ),
    (
        "2019",
        "Arkady Kanevsky",
        "gold",
        "dell",
        "Dell EMC",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A15", "A23", "A25"],
    ),
    (
        "2019",
        "Clemens Hardewig",
        "gold",
        "deutsche-telekom",
        "Deutsche Telekom T-Systems",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A15", "A23", "A25"],
    ),
    (
        "2019",
        "Johan Christenson",
        "gold",
        "cleura",
        "City Network Hosting AB",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A15", "A23", "A25"],
    ),
    (
        "2019",
        "JunWei Liu",
        "gold",
        "china-mobile",
        "China Mobile",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A15", "A23", "A25"],
    ),
    (
        "2019",
        "Vijoy Pandey",
        "gold",
        "cisco",
        "Cisco",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A15", "A23", "A25"],
    ),
    (
        "2019",
        "Ryan Beisner",
        None,
        None,
        "Canonical",
        "2019-03-05",
        None,
        ["MIN-2019-03-05", "BP-00fd882d"],
        ["A23", "A25"],
    ),
    *(
        ("2019", n, "gold", None, "", None, None, ["WIKI-2019-01-29", "MIN-2020-01-28"], ["A23"])
        for n in ("Joseph Wang", "Robert Esker")
    ),
    (
        "2019",
        "Mark Baker",
        "gold",
        None,
        "",
        None,
        "2019-03-04",
        ["WIKI-2019-01-29", "MIN-2019-03-05"],
        ["A23"],
    ),
    (
        "2019",
        "Allison Randal",
        "individual",
        None,
        "Software Freedom Conservancy, Eigenstate Ltd, Ericsson Software Technology, The Perl Foundation, Onyx Neon, Inc.",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A23", "A25"],
    ),
    (
        "2019",
        "Prakash Ramchandran",
        "individual",
        None,
        "Dell",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A23", "A25"],
    ),
    (
        "2019",
        "Shane Wang",
        "individual",
        None,
        "Intel",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A23", "A25"],
    ),
    (
        "2019",
        "Tim Bell",
        "individual",
        None,
        "CERN",
        None,
        None,
        ["WIKI-2019-01-29", "BP-00fd882d"],
        ["A23", "A25"],
    ),
    *(
        (
            "2019",
            n,
            "individual",
            None,
            "",
            None,
            None,
            ["WIKI-2019-01-29", "MIN-2020-01-28"],
            ["A23"],
        )
        for n in ("ChangBo Guo", "Egle Sigler", "Monty Taylor", "Sean McGinnis")
    ),
]
PRE_GAPS = [  # periods in which the record does not hold the whole board
    (
        "2012-09-07",
        "2013-02-11",
        "the 2012 board: all 24 directors are named (minutes of 2012-11-02, present and absent) but no source read states their classes or the members behind the seats",
        ["WIKI-2012-11-02"],
        ["A23"],
    ),
    (
        "2013-02-12",
        "2013-12-31",
        "the 2013 board: 24 directors named by the minutes of 2013-02-12 with no class or member; Joseph George, Van Lindberg and John Zannos are named as directors later in 2013 without saying whom they replaced",
        ["WIKI-2013-02-12", "WIKI-2013-08-06", "WIKI-2013-10-17", "WIKI-2013-11-04"],
        ["A23", "A24"],
    ),
    (
        "2014-01-01",
        "2015-01-27",
        "the 2014 board: no source read lists it (named: Sean Roberts and Mark McClain for Yahoo!, and the four directors thanked on 2015-01-28)",
        ["FL-2014-09-21", "WIKI-2015-01-28"],
        ["A23"],
    ),
    (
        "2015-07-28",
        "2016-01-25",
        "the 2015 board: Tsugikazu Shibata (Gold) and Shane Wang (Individual) joined on 2015-07-28; whom they replaced is not stated",
        ["FL-2015-07-28"],
        ["A24"],
    ),
    (
        "2016-01-26",
        "2017-01-23",
        "the 2016 board: no source read lists it (named: Mark Baker, welcomed as Platinum director, and the eight directors thanked on 2017-01-24)",
        ["WIKI-2016-01-26-draft", "CRUSTY-2017-01-24"],
        ["A23"],
    ),
    (
        "2017-01-24",
        "2018-01-29",
        "the 2017 board: no source read lists it (named: the eight new directors of 2017-01-24 and the five thanked on 2018-01-30; the 2017-01-12 draft agenda's class lists mix the 2016 and 2017 boards and are not used)",
        ["CRUSTY-2017-01-24", "WIKI-2018-01-30", "WIKI-2017-01-24-draft"],
        ["A23"],
    ),
    (
        "2018-01-30",
        "2019-01-28",
        "the 2018 board: no source read lists it (named: the directors present on 2018-02-26, welcomed on 2018-01-30, thanked on 2019-01-29, and Ruan HE from 2018-05-20)",
        ["WIKI-2018-02-26", "WIKI-2018-01-30", "WIKI-2019-01-29", "WIKI-2018-05-20"],
        ["A23"],
    ),
    (
        "2019-09-10",
        "2020-01-27",
        "the 2019 board: Daniel Becker and Fred Li are named as directors on 2019-09-10 (no class stated); whom they replaced is not stated",
        ["WIKI-2019-09-10"],
        ["A24"],
    ),
]
PRE_CHOICES = {
    "A23": "OpenStack Foundation boards 2012-2019: a board holds office from its seating to the day before the next board's seating. The seating is the first meeting of the year where a source dates it (2015-01-28, 2016-01-26, 2017-01-24, 2018-01-30, 2019-01-29, 2020-01-28); otherwise the first minutes that name the board (2012-09-07, 2013-02-12), or 1 January (2014, no source found). A director is recorded with the class and the member behind the seat only where a source states them; otherwise they are missing (null), and the checks that need them answer UNKNOWN naming the director.",
    "A24": "A director first named at a later meeting (or announced as new mid-year) holds office from that date; where the source does not say whom the new director replaced, no term is ended and the period is recorded as a board gap (the record may then list a departed director).",
    "A25": "Employer carried across adjacent years: a 2019 director who is on the 2020 board page is recorded with the company that page prints (no 2019 source prints employers); the class and the member behind the seat are carried only where a 2019 source states the same class (the roll call of 2019-01-29), so Ryan Beisner, Daniel Becker and Fred Li, first named on 2019-03-05 and 2019-09-10 with no class, keep the employer only. Imad Sousou is recorded with Intel ('Intel's Imad Sousou', linux.com 2012) for his Platinum seats of 2015 and 2019.",
}


def d(s: str) -> date:
    return date.fromisoformat(s)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def main() -> None:
    notes = Path(sys.argv[1])
    old = json.loads(Path(sys.argv[2]).read_text())["data"]
    pages = json.loads((notes / "board_pages.json").read_text())["versions"]
    research = json.loads((notes / "memberships.json").read_text())
    sources: dict[str, dict[str, str]] = {}
    for key, s in {**research["sources"], **EXTRA_SOURCES}.items():
        if key == "REF-7.2":  # the shared reference quotes markmc's board-meeting notes
            sources["MARKMC-2014-04"] = {
                "kind": "url",
                "date": "2014-04-01",
                "url": "markmc/crustyblaa content/ board meeting notes, April 2014 (16 of 24 "
                "Gold slots after Ericsson and Juniper)",
            }
            sources["MARKMC-2016-11-17"] = {
                "kind": "url",
                "date": "2016-11-17",
                "url": "markmc/crustyblaa content/ notes of the 2016-11-17 board meeting "
                "(99Cloud, China Mobile, City Network, Deutsche Telekom joined in October 2016)",
            }
            continue
        m = re.search(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", key)
        when = s.get("date") or (
            f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}" if m else SNAPSHOT
        )
        entry = {"kind": s["kind"], "date": when, "url": s.get("url", "")}
        if s["kind"] == "git":
            entry["commit"] = s["commit"]
            entry["path"] = s["path"]
        sources[key] = entry
    for key, (when, url) in PRE_SOURCES.items():
        sources[key] = {"kind": "url", "date": when, "url": url}
    for v in pages:
        sources[f"BP-{v['commit'][:8]}"] = {
            "kind": "git",
            "date": v["date"],
            "url": v["url"],
            "commit": v["commit"],
            "path": "src/pages/about/board/index.md",
        }

    # organisations
    orgs: dict[str, dict] = {}
    for o in old["organizations"]:
        if o["id"] == "city-network":
            continue
        orgs[o["id"]] = {
            "id": o["id"],
            "name": o["name"],
            "aliases": list(o["aliases"]),
            "kind": o["kind"],
            "names": [],
            "sources": [],
        }
    for oid, (name, aliases) in NEW_ORGS.items():
        orgs[oid] = {
            "id": oid,
            "name": name,
            "aliases": aliases,
            "kind": "company",
            "names": [],
            "sources": [],
        }
    cl = orgs["cleura"]
    cl["aliases"] = sorted(
        {
            *cl["aliases"],
            "City Network",
            "City Network Hosting AB",
            "City Network International AB",
        }
    )
    cl["names"] = [
        {
            "name": "City Network",
            "since": None,
            "until": "2022-04-13",
            "sources": ["HP-2022-03-15", "CLEURA-PR-2014"],
            "choice": "A9",
        },
        {
            "name": "Cleura",
            "since": "2022-04-14",
            "until": None,
            "sources": ["HP-2022-04-14", "BLOG-2025-10-02-cleura"],
            "choice": "A9",
        },
    ]
    h3c = orgs["h3c"]
    h3c["aliases"] = sorted({*h3c["aliases"], "H3C", "New H3C Technologies Co., Limited"})
    meta = orgs["meta"]
    meta["names"] = [
        {
            "name": "Facebook",
            "since": None,
            "until": "2022-08-01",
            "sources": ["MP-2020-10-16"],
            "choice": None,
        },
        {
            "name": "Meta",
            "since": "2022-08-02",
            "until": None,
            "sources": ["BP-2022-08-02"],
            "choice": None,
        },
    ]

    # memberships
    rows = research["memberships"]
    ms: list[dict] = []
    for r in rows:
        org, tier = r["organization"], r["tier"]
        choices = sorted(
            set(re.findall(r"A\d+", (r["start_basis"] or "") + " " + (r["end_basis"] or "")))
        )
        srcs = [s for s in r["sources"] if s in sources or s == "REF-7.2"]
        if "REF-7.2" in srcs:
            srcs.remove("REF-7.2")
            srcs.append(
                "MARKMC-2014-04"
                if org in {"ericsson", "juniper-networks"}
                else "MARKMC-2016-11-17"
            )
        start, sp = r["start"], ("exact" if r["start_precision"] == "exact" else "approximated")
        if sp == "approximated" and start and not re.search(r"A\d+", r["start_basis"] or ""):
            choices.append("A3" if "founding" in (r["start_basis"] or "") else "A21")
        if start is None:
            start, src = UNKNOWN_STARTS[(org, tier)]
            choices.append("A11")
            srcs.append(src)
            if (org, tier) == ("intel", "platinum"):
                r = {
                    **r,
                    "notes": (r["notes"] + "; " if r["notes"] else "")
                    + "first trace: the 2015-01-28 agenda lists Imad Sousou among the "
                    "'Platinum Member Directors' (A25: Intel's)",
                }
        end = r["end"]
        ep = {
            "exact": "exact",
            "approx": "approximated",
            "open": "open",
            "unknown": "approximated",
        }[r["end_precision"]]
        if end is None and r["end_by"]:
            end = (d(r["end_by"]) - DAY).isoformat()
            choices += ["A10", "A12"]
        ms.append(
            {
                "id": f"{org}-{tier}-{start[:4]}",
                "organization": org,
                "tier": tier,
                "start": start,
                "start_precision": sp,
                "end": end,
                "end_precision": ep if end else "open",
                "basis": "; ".join(x for x in (r["start_basis"], r["end_basis"], r["notes"]) if x),
                "choices": sorted(set(choices)),
                "sources": sorted(set(srcs)),
            }
        )
    # a Gold row with a bounded unknown end ends before the same company's Platinum row
    for g in ms:
        if g["tier"] != "gold" or "A12" not in g["choices"]:
            continue
        for p in ms:
            if (
                p["organization"] == g["organization"]
                and p["tier"] == "platinum"
                and g["start"] < p["start"] <= g["end"]
            ):
                g["end"] = (d(p["start"]) - DAY).isoformat()
        for p in ms:
            if (
                p is not g
                and p["organization"] == g["organization"]
                and p["tier"] == "gold"
                and g["start"] < p["start"] <= g["end"]
            ):
                g["end"] = (d(p["start"]) - DAY).isoformat()
    for m in ms:  # A20
        if m["id"] == "dell-gold-2012":
            m["end"] = "2022-01-25"
            m["choices"] = sorted({*m["choices"], "A20"})
            m["sources"] = sorted({*m["sources"], "BP-d8690ab1"})
    ids = [m["id"] for m in ms]
    assert len(ids) == len(set(ids)), ids
    for m in ms:
        assert m["organization"] in orgs, m["organization"]
        orgs[m["organization"]]["sources"] = sorted(
            set(orgs[m["organization"]]["sources"]) | set(m["sources"][:2])
        )

    def membership_of(org: str, tier: str, day: date) -> dict | None:
        for m in ms:
            if (
                m["organization"] == org
                and m["tier"] == tier
                and d(m["start"]) <= day
                and (m["end"] is None or day <= d(m["end"]))
            ):
                return m
        return None

    # board years and their page versions
    years = sorted(SEATINGS)
    directors: list[dict] = []
    officers: list[dict] = []
    people: dict[str, str] = {}

    def pid(entry: dict) -> str:
        people[entry["name"]] = slug(entry["name"])
        return people[entry["name"]]

    def state(v: dict) -> dict[tuple[str, str, str], dict]:
        out = {}
        for e in v["directors"]:
            cls = e.get("seat_class") or e.get("seat_class_inferred")
            org = PRINTED.get(e["organization_as_printed"]) if cls != "individual" else None
            out[(pid(e), cls, org or "")] = e
        return out

    def officer_state(v: dict) -> dict[tuple[str, str], str]:
        names = {e["name"]: pid(e) for e in v["directors"]}
        return {
            (names[o["name"]], o["role"]): o["name"] for o in v["officers"] if o["name"] in names
        }

    for i, y in enumerate(years):
        s = d(SEATINGS[y][0])
        nxt = d(SEATINGS[years[i + 1]][0]) if i + 1 < len(years) else None
        lo, hi = s - timedelta(days=21), s + timedelta(days=10)
        window = [v for v in pages if lo <= d(v["date"]) <= hi]
        later_bound = (nxt - timedelta(days=21)) if nxt else date(9999, 1, 1)
        if window:
            opening = window[-1]
            after = [v for v in pages if hi < d(v["date"]) < later_bound]
        else:
            after_all = [v for v in pages if s <= d(v["date"]) < later_bound]
            opening, after = after_all[0], after_all[1:]
        open_terms: dict[tuple, dict] = {}
        cur = state(opening)
        for k, e in cur.items():
            open_terms[k] = {"start": s, "entry": e, "first": opening, "last": opening}
        closed: list[dict] = []
        off_cur = officer_state(opening)
        off_open = {k: {"start": s, "first": opening} for k in off_cur}
        off_closed: list[dict] = []
        for v in after:
            st = state(v)
            for k in list(open_terms):
                if k not in st:
                    t = open_terms.pop(k)
                    t["end"] = d(v["date"]) - DAY
                    t["removed_by"] = v
                    closed.append(t)
                else:
                    open_terms[k]["last"] = v
            for k, e in st.items():
                if k not in open_terms:
                    open_terms[k] = {"start": d(v["date"]), "entry": e, "first": v, "last": v}
            if v["officers"]:
                ost = officer_state(v)
                for k in list(off_open):
                    if k not in ost:
                        t = off_open.pop(k)
                        t["end"] = d(v["date"]) - DAY
                        off_closed.append({"key": k, **t})
                for k in ost:
                    if k not in off_open:
                        off_open[k] = {"start": d(v["date"]), "first": v}
        for t in open_terms.values():
            t["end"] = (nxt - DAY) if nxt else None
            closed.append(t)
        for k, t in off_open.items():
            off_closed.append({"key": k, **t, "end": (nxt - DAY) if nxt else None})
        for t in closed:
            e = t["entry"]
            cls = e.get("seat_class") or e.get("seat_class_inferred")
            org = PRINTED.get(e["organization_as_printed"]) if cls != "individual" else None
            start, end = t["start"], t["end"]
            choices = ["A13"]
            membership = None
            fix = EMPLOYER_FIXES.get((pid(e), y))
            if fix:
                org = fix[0]
                choices.append("A19")
            if cls == "platinum":
                m = membership_of(org, "platinum", start) or membership_of(
                    org, "platinum", d(t["first"]["date"])
                )
                assert m, (e["name"], org, start)
                membership = m["id"]
                ms_start, ms_end = d(m["start"]), d(m["end"]) if m["end"] else None
                if start < ms_start:
                    start = ms_start
                    choices.append("A14")
                if ms_end and (end is None or end > ms_end):
                    end = ms_end
                    choices.append("A14")
            elif cls == "gold":
                m = membership_of(org, "gold", s if start == s else start) or membership_of(
                    org, "gold", start
                )
                assert m, (e["name"], org, start)
                membership = m["id"]
                if (org, y) not in STATED_SELECTORS:
                    choices.append("A15")
            if end is not None and end < start:
                continue  # a same-day edit reverted on the page: no day in office
            srcs = sorted(
                {
                    f"BP-{t['first']['commit'][:8]}",
                    f"BP-{t['last']['commit'][:8]}",
                    *SEATINGS[y][1],
                }
            )
            if fix:
                srcs.append(fix[1])
            choices.append("A22")
            if cls == "gold" and (org, y) in STATED_SELECTORS:
                srcs.append(STATED_SELECTORS[(org, y)])
            directors.append(
                {
                    "person": pid(e),
                    "name": e["name"],
                    "seat_class": cls,
                    "membership": membership,
                    "employer_as_printed": e["organization_as_printed"],
                    "election": y if cls != "platinum" else None,
                    "term_start": start.isoformat(),
                    "term_end": end.isoformat() if end else None,
                    "choices": choices,
                    "sources": srcs,
                }
            )
        for t in off_closed:
            person, role = t["key"]
            officers.append(
                {
                    "person": person,
                    "role": role,
                    "since": t["start"].isoformat(),
                    "until": t["end"].isoformat() if t["end"] else None,
                    "sources": [f"BP-{t['first']['commit'][:8]}"],
                }
            )
    # the OpenStack Foundation boards 2012-2019 (A23-A25)
    pre_years = sorted(PRE_SEATINGS)
    pre_directors: list[dict] = []
    for year, name, cls, org, employer, start_s, end_s, srcs, choices in PRE_DIRECTORS:
        i = pre_years.index(year)
        nxt = PRE_SEATINGS[pre_years[i + 1]][0] if i + 1 < len(pre_years) else SEATINGS["2020"][0]
        start = d(start_s or PRE_SEATINGS[year][0])
        end = d(end_s) if end_s else d(nxt) - DAY
        membership = None
        if org is not None:
            m = membership_of(org, cls, start)
            assert m, (name, org, cls, start)
            assert m["end"] is None or d(m["end"]) >= end, (name, m["id"])
            membership = m["id"]
        if employer:
            choices = [*choices, "A22"]
        pre_directors.append(
            {
                "person": PERSON.get(name, slug(name)),
                "name": name,
                "seat_class": cls,
                "membership": membership,
                "employer_as_printed": employer,
                "election": year if cls != "platinum" else None,
                "term_start": start.isoformat(),
                "term_end": end.isoformat(),
                "choices": sorted(set(choices)),
                "sources": sorted(set(srcs)),
            }
        )
    directors[:0] = pre_directors
    gaps = [
        {
            "since": a,
            "until": b,
            "reason": reason,
            "choices": ch,
            "sources": sorted(src),
        }
        for a, b, reason, src, ch in PRE_GAPS
    ]
    # the chair 2012-2020 (officers.md): the page names no officers before 2021
    officers.append(
        {
            "person": "alan-clark",
            "role": "chair",
            "since": PRE_SEATINGS["2012"][0],
            "until": "2021-01-25",
            "sources": ["FL-2021-02-chair", "MIN-2020-01-28", "WIKI-2019-01-29"],
        }
    )
    assert "alan-clark" in people.values()

    # Platinum vacancies (A18): member days without a director
    board_first = d(SEATINGS["2020"][0])
    last = d(SNAPSHOT)
    vacancies = []
    for m in ms:
        if m["tier"] != "platinum":
            continue
        a = max(d(m["start"]), board_first)
        b = min(d(m["end"]) if m["end"] else last, last)
        day, run = a, None
        while day <= b:
            seated = any(
                x["membership"] == m["id"]
                and d(x["term_start"]) <= day
                and (x["term_end"] is None or day <= d(x["term_end"]))
                for x in directors
            )
            if not seated and run is None:
                run = day
            if seated and run is not None:
                vacancies.append((m, run, day - DAY))
                run = None
            day += DAY
        if run is not None:
            vacancies.append((m, run, None if m["end"] is None else b))
    vac = [
        {
            "membership": m["id"],
            "since": a.isoformat(),
            "until": b.isoformat() if b else None,
            "reason": "no Platinum director of this member is on the board page for these days",
            "choices": ["A18"],
            "sources": m["sources"][:1],
        }
        for m, a, b in vacancies
    ]
    elections = [
        {
            "id": y,
            "held_on": PRE_SEATINGS[y][0],
            "gold_seats": 8,
            "individual_seats": 8,
            "choices": ["A16", "A23"],
            "sources": sorted({"NOTE-2012-2020-seats", *PRE_SEATINGS[y][1]}),
        }
        for y in pre_years
    ] + [
        {
            "id": y,
            "held_on": SEATINGS[y][0],
            "gold_seats": SEATS[y][0],
            "individual_seats": SEATS[y][0],
            "choices": ["A16"],
            "sources": sorted(set(SEATS[y][1] + SEATINGS[y][1])),
        }
        for y in years
    ]
    used = set()
    for coll in (ms, directors, officers, vac, elections, gaps, *[[o] for o in orgs.values()]):
        for x in coll:
            used |= set(x["sources"])
    for o in orgs.values():
        for n in o["names"]:
            used |= set(n["sources"])
    missing = used - set(sources)
    assert not missing, missing
    choices = {**research["choices"], **CHOICES_EXTRA, **PRE_CHOICES}
    doc = {
        "format": "openinfra-model",
        "version": 1,
        "kind": "foundation_record",
        "data": {
            "snapshot": SNAPSHOT,
            "description": "The OpenStack / OpenInfra Foundation record 2012-2026: "
            "organisations, Platinum and Gold memberships, the board 2020-2026 from every "
            "version of the foundation site's board page and the boards 2012-2019 as the "
            "minutes, agendas and list posts name them, officers, Platinum vacancies, and the "
            "periods in which the record does not hold the whole board. "
            "Every fact names its sources (keys of 'sources'); every approximation names "
            "its numbered choice (keys of 'choices').",
            "notes": [
                "Gold Director Selectors: no election page names the selectors elected in "
                "any year (the lists are served from the summit API); every Gold director's "
                "selector is the printed organisation (A15) except where a source states it.",
                "Board 2012-2019: no board page exists before 2020-04-28. The boards are "
                "recorded from minutes, agendas and list posts (A23-A25): all directors are "
                "named for 2012, 2013, 2015 and 2019 (with their classes for 2015 and 2019), "
                "only some for 2014 and 2016-2018; a class or a member no source states is "
                "missing (null) and answers UNKNOWN; 'board_gaps' lists the periods in which "
                "the record does not hold the whole board.",
                "Board page 2020: Intel's and Rackspace's Platinum directors are not listed "
                "(recorded as vacancies, A18).",
            ],
            "choices": dict(sorted(choices.items(), key=lambda kv: int(kv[0][1:]))),
            "sources": dict(sorted(sources.items())),
            "organizations": sorted(orgs.values(), key=lambda o: o["id"]),
            "memberships": ms,
            "elections": elections,
            "directors": directors,
            "officers": officers,
            "vacancies": vac,
            "board_gaps": gaps,
        },
    }
    json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
