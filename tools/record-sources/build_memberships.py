#!/usr/bin/env python3
"""Write memberships.json and memberships.md from the curated table below.

Every membership row carries its start and end with the strongest source found, whether the
date is exact or approximated, and (for approximations) the numbered choice used (A1..A9,
explained in CHOICES).  Site-repository citations are commit hashes in GitHub
OpenStackweb/osf-website (resolved to full hashes and dates from the mirror at run time);
other citations are URLs of stored public pages (search corpus "pages").

    python3 build_memberships.py [--repo PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

REPO = "/work/.mirror/OpenStackweb+osf-website/repo"
HERE = Path(__file__).parent

# ---------------------------------------------------------------------------------------------
# Sources.  "git:<short>:<path>" = a commit of OpenStackweb/osf-website; "url:..." = a public page.
# ---------------------------------------------------------------------------------------------
S = {
    # members page (src/pages/membership/companies.md): Platinum/Gold lists in front matter
    "MP-2020-06-16": "git:87917acd:src/pages/membership/companies.md",
    "MP-2020-08-21": "git:f882c2cf:src/pages/membership/companies.md",
    "MP-2020-10-16": "git:6a2afd13:src/pages/membership/companies.md",
    "MP-2021-09-07": "git:29160a31:src/pages/membership/companies.md",
    "MP-2021-09-30": "git:f3a170b2:src/pages/membership/companies.md",
    "MP-2022-01-02": "git:d3db6824:src/pages/membership/companies.md",
    "MP-2022-02-16": "git:289cf767:src/pages/membership/companies.md",
    "MP-2022-03-01": "git:224ce613:src/pages/membership/companies.md",
    # home page (src/pages/index.md) logo lists
    "HP-2020-04-28": "git:00fd882d:src/pages/index.md",
    "HP-2020-10-16p": "git:8095dc78:src/pages/index.md",
    "HP-2020-10-16g": "git:e467c325:src/pages/index.md",
    "HP-2021-09-21": "git:1f81091f:src/pages/index.md",
    "HP-2022-01-03": "git:2e547fee:src/pages/index.md",
    "HP-2022-02-23": "git:baea7528:src/pages/index.md",
    "HP-2022-03-15": "git:f0d9463d:src/pages/index.md",
    "HP-2022-04-14": "git:3d9166d0:src/pages/index.md",
    "HP-2022-06-01": "git:afdc5ab3:src/pages/index.md",
    # board page versions
    "BP-2020-04-28": "git:00fd882d:src/pages/about/board/index.md",
    "BP-2021-01-28": "git:a28d19ec:src/pages/about/board/index.md",
    "BP-2021-09-07": "git:344255c9:src/pages/about/board/index.md",
    "BP-2022-01-07": "git:5623c516:src/pages/about/board/index.md",
    "BP-2022-08-02": "git:6f36311e:src/pages/about/board/index.md",
    "BP-2023-01-17": "git:1a4cc9fc:src/pages/about/board/index.md",
    "BP-2024-01-29": "git:0e3b2b99:src/pages/about/board/index.md",
    "BP-2024-06-04": "git:bf456235:src/pages/about/board/index.md",
    "BP-2024-10-31a": "git:4ba401b4:src/pages/about/board/index.md",
    "BP-2024-10-31b": "git:a979d237:src/pages/about/board/index.md",
    "BP-2025-01-27": "git:3e4816e0:src/pages/about/board/index.md",
    "BP-2025-06-02": "git:3b5a4d0b:src/pages/about/board/index.md",
    "BP-2025-12-09": "git:311661ab:src/pages/about/board/index.md",
    "BP-2026-02-04": "git:8e2d6cec:src/pages/about/board/index.md",
    "BP-2026-06-27": "git:ad3dc758:src/pages/about/board/index.md",
    "BP-2026-08-06": "git:3344b9c4:src/pages/about/board/index.md",
    # election page versions (src/pages/election/index.md)
    "EP-2021-11-17": "git:2c82f6ef:src/pages/election/index.md",
    "EP-2022-11-04": "git:9fab9e14:src/pages/election/index.md",
    "EP-2023-11-08": "git:dfa6bd85:src/pages/election/index.md",
    "EP-2023-12-27": "git:03bf205e:src/pages/election/index.md",
    "EP-2024-10-24": "git:5cccead8:src/pages/election/index.md",
    "EP-2025-10-27": "git:73d9a3d4:src/pages/election/index.md",
    "EP-2025-12-04": "git:e6785add:src/pages/election/index.md",
    # blog posts / press releases on the site (commit that created the file)
    "BLOG-2021-01-27-board": "git:f46bcd25:src/pages/blog/open-infrastructure-foundation-seats-its-first-board-of-directors-including-engineers-from-ant-group-facebook-and-red-hat.md",
    "BLOG-2021-09-07-microsoft": "git:0009906e:src/pages/blog/openinfra-foundation-welcomes-microsoft-as-newest-member-to-advance-open-infrastructure-use-cases-hybrid-cloud-and-5g-using-open-source-technologies-openstack-and-airship.md",
    "BLOG-2021-10-28-nipa": "git:56543a97:src/pages/blog/open-infrastructure-foundation-welcomes-nipa-cloud-of-thailand-as-gold-member-of-the-foundation.md",
    "BLOG-2022-06-07-bloomberg": "git:35db12ac:src/pages/blog/openinfra-foundation-welcomes-bloomberg-and-vexxhost-as-gold-members-of-the-foundation.md",
    "BLOG-2024-10-22-rackspace": "git:11f853b9:src/pages/blog/openinfra-foundation-announces-rackspace-co-creator-of-openstack-returns-as-openinfra-platinum-member-gains-seat-on-board-of-directors.md",
    "BLOG-2025-05-20-cachengo": "git:29a4cbf9:src/pages/blog/openinfra-foundation-welcomes-hardware-ai-innovator-cachengo-as-newest-platinum-member.md",
    "BLOG-2025-07-23-members": "git:dd6df0ec:src/pages/blog/meet-the-global-leaders-powering-the-future-of-open-source-infrastructure.md",
    "BLOG-2025-09-26-redhat": "git:1e866f14:src/pages/blog/red-hat-and-openinfra-a-partnership-driving-openstacks-future.md",
    "BLOG-2025-10-02-cleura": "git:eb5a6265:src/pages/blog/meet-cleura-ab-building-digital-sovereignty-through-open-source.md",
    "BLOG-2025-12-09-viettel": "git:2bb77e08:src/pages/blog/viettel-joins-the-openinfra-foundation-as-a-platinum-member.md",
    # annual reports (HEAD 4f1a7aa0; NB file 2021.md holds the 2022 report, 2022.md the 2021 one)
    "AR-2022": "git:4f1a7aa0:src/pages/annual-report/2021.md",
    "AR-2021": "git:4f1a7aa0:src/pages/annual-report/2022.md",
    "AR-2023": "git:4f1a7aa0:src/pages/annual-report/2023.md",
    "AR-2024": "git:4f1a7aa0:src/pages/annual-report/2024.md",
    "AR-2025": "git:163169ea:src/pages/annual-report/2025.md",
    # public pages (stored copies, search corpus "pages")
    "CCT-2012-09-09": "url:https://cloud-computing-today.com/2012/09/09/vmware-intel-and-nec-become-gold-members-of-openstack-foundation/",
    "LINUXCOM-2012-08": "url:https://www.linux.com/news/openstack-foundation-picks-steam-will-put-board-place",
    "FL-2014-09-15": "url:https://lists.openinfra.dev/pipermail/foundation/2014-September/001741.html",
    "FL-2014-09-21": "url:https://lists.openinfra.dev/pipermail/foundation/2014-September/001746.html",
    "FL-2015-07-28": "url:https://lists.openinfra.dev/pipermail/foundation/2015-July/002036.html",
    "WIKI-2015-12-03": "url:https://wiki.openstack.org/wiki/Governance/Foundation/3Dec2015BoardMeetingMinutes",
    "FL-2016-11-21": "url:https://lists.openinfra.dev/pipermail/foundation/2016-November/002434.html",
    "TFIR-2017-11": "url:https://www.tfir.io/chinese-wechat-powered-openstack/",
    "WIKI-2018-05-20": "url:https://wiki.openstack.org/w/index.php?title=Governance/Foundation/20May2018BoardMinutes&diff=167230&oldid=162432",
    "WIKI-2019-01-29": "url:https://wiki.openstack.org/wiki/Governance/Foundation/29Jan2019BoardMeeting",
    "OSORG-POT-2019": "url:https://github.com/OpenStackweb/openstack-org/blob/HEAD/papers/pot/2019-openstack-foundation-annual-report.pot",
    "LMI-2020-10": "url:https://lemondeinformatique.fr/actualites/lireamp-la-fondation-openstack-devient-l-open-infrastructure-foundation-80756.html",
    "FBL-2021-01-28-ar2020": "url:http://lists.openinfra.dev/pipermail/foundation-board/2021-January/000593.html",
    "ZDNET-2021-01": "url:https://www.zdnet.com/article/the-open-infrastructure-foundation-announces-its-first-board/",
    "MIN-2021-06-29": "url:https://board.openinfra.dev/meetings/minutes/29Jun2021BoardMinutes",
    "FL-2021-09-07": "url:https://lists.openinfra.org/archives/list/foundation@lists.openinfra.org/thread/XIO7W7ASTL6OWYQASDJ3DK47UKGSPWL5",
    "MIN-2022-12-06": "url:https://board.openinfra.dev/meetings/minutes/12062022BoardMinutes",
    "MIN-2024-01-30": "url:https://board.openinfra.dev/meetings/minutes/01302024BoardMinutes",
    "MIN-2024-06-04": "url:https://board.openinfra.dev/meetings/minutes/06042024",
    "FL-2024-06-04": "url:https://lists.openinfra.dev/archives/list/foundation@lists.openinfra.dev/message/C3IJNKDOT2AINDCJISGFPYLY5C7K34EG/attachment/2/attachment.html",
    "MIN-2024-07-02": "url:https://board.openinfra.org/meetings/minutes/07022024",
    "MIN-2024-11-04": "url:https://board.openinfra.org/meetings/minutes/11042024BoardMinutes",
    "MIN-2025-01-28": "url:https://board.openinfra.org/meetings/minutes/01282025BoardMinutes",
    "MIN-2026-01-27": "url:https://board.openinfra.org/meetings/minutes/01272026BoardMinutes",
    "CLEURA-PR-2014": "url:https://cleura.com/press-releases/a-seal-of-quality-city-network-among-the-fastest-growing-companies/",
    "WIKI-2017-01-24-draft": "url:https://wiki.openstack.org/w/index.php?title=Governance/Foundation/24Jan2017BoardMeeting&oldid=149857",
    "CRUSTY-2017-01-24": "url:https://crustyblaa.com/january-24-openstack-foundation-board-meeting.html",
    "REF-7.2": "file:/work/shared/reference/governance-rules.md#7.2 (quotes markmc's board-meeting notes: April 2014 Ericsson and Juniper Gold; Oct 2016 99Cloud, China Mobile, City Network, Deutsche Telekom Gold)",
}

CHOICES = {
    "A1": "OpenInfra launch members: start = 2021-01-01. The lists naming them were first published on "
          "2020-10-16 (members page 6a2afd13, home page 8095dc78/e467c325) for the 2020-10-19 launch; "
          "the uncapped-membership bylaws were approved by the members on 2021-01-15 and the 2021 board "
          "was seated 2021-01-26. The exact effective day of each agreement is not published.",
    "A2": "Year-end departure: end = 31 December of the last year in which the member is listed, when "
          "it disappears from a list updated in the first days of January (or from the next board) and "
          "the next Director Limit (counted on 1 January) excludes it. The exact end is not published.",
    "A3": "On-or-before start: start = the earliest dated public trace (page commit, board meeting, "
          "announcement) when no join date is published. The true start may be earlier.",
    "A4": "Announcement day: start = the date of the press release / blog post saying the company "
          "'has joined' / 'has become' a member (the agreement date itself is not published).",
    "A5": "Tier switch at the year boundary: Red Hat (Platinum -> Gold) and Tencent (Platinum -> Gold) "
          "are taken to switch on 1 January, inferred from the next year's Director Limit and their "
          "Gold seat in the January board.",
    "A6": "Continuity: a member listed in two dated lists is taken to be a member continuously between "
          "them.",
    "A7": "Open end: where the last evidence of membership is a dated list or a Gold seat and no later "
          "source says whether it continued, end = null and 'last_evidence' gives the date.",
    "A8": "Microsoft's end is not published. Bounds: listed Platinum 2024-10-22 (Rackspace release); "
          "counted in the 2025 Director Limit of 7 (election page 5cccead8, 2024-10-24) [I]; its director "
          "is gone from the board page on 2025-01-27; not among the seven Platinum members named on "
          "2025-07-23. 2025-05-31 (the day before the Linux Foundation transition) is kept as the "
          "library's existing choice; anything in (2025-01-01, 2025-07-23] fits the sources.",
    "A10": "Unknown end with a bound: 'end_by' is the first date on which the membership had certainly ended "
           "(the member is missing from a complete list of that date: 2019-01-29 roll call for Platinum, "
           "2020-06-16 members page for Gold, the 2017-01 draft agenda for Intel Gold); the end itself is unknown.",
    "A9": "Renamed company: City Network and Cleura are recorded as one organisation with dated names "
          "(see the rename note); membership is continuous across the rename.",
}

# precision: exact | approx | unknown ; basis: choice ids
M: list[dict] = []
ERA = "2021-2026"


def add(org, name, tier, start, sp, sbasis, end, ep, ebasis, sources, notes="", last_evidence=None, names=None, end_by=None):
    M.append({
        "organization": org, "name_as_printed": name, "tier": tier,
        "start": start, "start_precision": sp, "start_basis": sbasis,
        "end": end, "end_precision": ep, "end_basis": ebasis,
        "last_evidence": last_evidence, "end_by": end_by, "names_over_time": names,
        "sources": sources, "notes": notes, "era": ERA,
    })


# ============================== 2021-2026 (OpenInfra era) ===================================
# ---- Platinum
add("ant-group", "Ant Group (board page: 'Ant Financial')", "platinum",
    "2021-01-01", "approx", "A1: first listed 2020-10-16; 'three new Platinum members' at the Oct 2020 launch (LMI)",
    None, "open", "still Platinum: named 2025-07-23; Xu Wang on board page 2026-08-06",
    ["MP-2020-10-16", "HP-2020-10-16p", "LMI-2020-10", "BLOG-2021-01-27-board", "BLOG-2025-07-23-members", "BP-2026-08-06"])
add("att", "AT&T", "platinum",
    "2012-08-13", "approx", "founding Platinum member (2012 lists; Class B per 2012 Platinum classes); see 2012-2020.md",
    "2021-12-31", "approx", "A2: removed from members page 2022-01-02 (d3db6824) and home page 2022-01-03 (2e547fee); "
    "still named Platinum 2021-10-28 (Nipa release); 2022 Director Limit 9 excludes it",
    ["CCT-2012-09-09", "MP-2020-10-16", "BLOG-2021-10-28-nipa", "MP-2022-01-02", "HP-2022-01-03", "EP-2021-11-17"],
    notes="2021-09-07 Microsoft release lists the Platinum members without AT&T; the Nipa release (2021-10-28) includes it. "
          "AT&T's director on the board page, Ryan van Wyk, is shown as AT&T until 2022-08-02 although he presented "
          "for Microsoft on 2021-09-07.")
add("ericsson", "Ericsson", "platinum",
    "2019-01-29", "approx", "A3: Platinum director Chris Price in the 2019 roll call (Gold director in the 2017 agenda draft); exact Gold->Platinum date not found",
    None, "open", "Platinum throughout 2020-2026 lists; Dirk Hohndel replaced Phil Robb 2026-08-03",
    ["WIKI-2019-01-29", "MP-2020-06-16", "MP-2020-10-16", "BLOG-2025-07-23-members", "BP-2026-08-06"])
add("meta", "Facebook (Facebook Connectivity) / Meta", "platinum",
    "2021-01-01", "approx", "A1: listed as 'Facebook Connectivity' 2020-10-16; release of 2021-01-27 says 'Facebook joins ... today' (A4 would give 2021-01-27)",
    "2023-12-31", "approx", "A2: 2024 Director Limit 5 (election page 03bf205e, 2023-12-27) excludes it; Michael Cheng (Meta) gone from board page 2024-01-29",
    ["MP-2020-10-16", "BLOG-2021-01-27-board", "ZDNET-2021-01", "BP-2022-08-02", "EP-2023-12-27", "BP-2024-01-29"],
    names=[{"name": "Facebook", "from": "2020-10-16", "source": "MP-2020-10-16"}, {"name": "Meta", "from": "2022-08-02", "source": "BP-2022-08-02"}])
add("fiberhome", "FiberHome", "platinum",
    "2021-01-01", "approx", "A1: moved from Gold ('précédemment membre Gold', LMI) at the launch; listed Platinum 2020-10-16",
    "2022-12-31", "approx", "A2: 2023 Director Limit 7 (election page 9fab9e14) excludes it; Gang Chen gone from board page 2023-01-17",
    ["MP-2020-10-16", "LMI-2020-10", "BLOG-2022-06-07-bloomberg", "EP-2022-11-04", "BP-2023-01-17"])
add("huawei", "Huawei", "platinum",
    "2019-01-29", "approx", "A3: Platinum director Anni Lai in the 2019 roll call (Gold director in the 2017 agenda draft)",
    None, "open", "Platinum 2020-2026; Zhou Junyi on board page 2026-08-06",
    ["WIKI-2019-01-29", "MP-2020-06-16", "MP-2020-10-16", "BLOG-2025-07-23-members", "BP-2026-08-06"])
add("microsoft", "Microsoft", "platinum",
    "2021-09-07", "exact", "board vote approving Microsoft as Platinum member on 2021-09-07 (foundation list summary); release and members page the same day",
    "2025-05-31", "approx", "A8",
    ["FL-2021-09-07", "BLOG-2021-09-07-microsoft", "MP-2021-09-07", "BLOG-2024-10-22-rackspace", "EP-2024-10-24", "BP-2025-01-27", "BLOG-2025-07-23-members"])
add("red-hat", "Red Hat", "platinum",
    "2012-08-13", "approx", "founding Platinum member (Class A); see 2012-2020.md",
    "2023-12-31", "approx", "A5: 2024 Director Limit 5 (03bf205e, 2023-12-27); Eoghan Glynn Gold Director from 2024-01-29",
    ["CCT-2012-09-09", "MP-2020-10-16", "EP-2023-11-08", "EP-2023-12-27", "BP-2024-01-29"])
add("tencent", "Tencent (Tencent Cloud)", "platinum",
    "2018-05-20", "approx", "A3: 'Tencent recently became a Platinum Member' (board summary of 2018-05-20)",
    "2022-12-31", "approx", "A2/A5: 2023 Director Limit 7 excludes it; Jean-Pierre REN listed as Gold Director (Tencent) from 2023-01-17",
    ["WIKI-2018-05-20", "MP-2020-06-16", "MP-2020-10-16", "BLOG-2022-06-07-bloomberg", "EP-2022-11-04", "BP-2023-01-17"])
add("wind-river", "Wind River", "platinum",
    "2021-01-01", "approx", "A1: new Platinum member at the Oct 2020 launch (LMI); listed 2020-10-16",
    None, "open", "Paul Miller on board page 2026-08-06; named 2025-07-23",
    ["MP-2020-10-16", "LMI-2020-10", "BLOG-2025-07-23-members", "BP-2026-08-06"],
    notes="From 2021-03-02 (e2bade0c) the members page shows the Wind River logo with alt text 'Tencent Cloud' (a typo, not a removal).")
add("okestro", "Okestro (Okestro Co., LTD)", "platinum",
    "2024-06-04", "approx", "A3: board meeting of 2024-06-04 welcomed 'new Director Young Gwang Kim from Okestro'; board page bf456235 the same day. No approval date found (the 2024-04-02 minutes were not read)",
    None, "open", "named Platinum 2024-10-22 and 2025-07-23; Young Gwang Kim on board page 2026-08-06",
    ["MIN-2024-06-04", "FL-2024-06-04", "BP-2024-06-04", "BLOG-2024-10-22-rackspace", "AR-2024", "BLOG-2025-07-23-members"],
    notes="Okestro was a Gold member before: 'Okestro Joins OpenInfra Foundation as Gold Member (June)' and 'upgraded from a Silver Member to a new Gold Member' (2023 annual report). The board page printed Young Gwang Kim's title as 'Chief Executive Officer (CEO)' until 2024-10-31 (4ba401b4).")
add("rackspace", "Rackspace (Rackspace Technology)", "platinum",
    "2024-10-22", "approx", "A4: release dated 2024-10-22 (file created 2024-10-18) 'has become its newest Platinum Member'; board welcomed it on 2024-11-04; board page a979d237 2024-10-31",
    None, "open", "Josh Villarreal on board page 2026-08-06; named 2025-07-23",
    ["BLOG-2024-10-22-rackspace", "BP-2024-10-31b", "MIN-2024-11-04", "BLOG-2025-07-23-members", "BP-2026-08-06"],
    notes="Return after a gap: Rackspace was a founding Platinum member (2012) and is on the 2020 lists but not on the OpenInfra lists of 2020-10-16.")
add("cachengo", "Cachengo", "platinum",
    "2025-05-20", "approx", "A4: blog/release created and dated 2025-05-20 'has officially joined ... as our newest Platinum Member'; board page 3b5a4d0b 2025-06-02 (Steve Westmoreland)",
    None, "open", "Steve Westmoreland present at the 2026-01-27 meeting; removed from the board page 2026-06-27 (ad3dc758) with no stated reason",
    ["BLOG-2025-05-20-cachengo", "BP-2025-06-02", "BLOG-2025-07-23-members", "MIN-2026-01-27", "BP-2026-06-27"])
add("viettel", "Viettel", "platinum",
    "2025-12-04", "approx", "A3: election page raised the 2026 board to 24 = 8/8/8 on 2025-12-04 (e6785add, 'Changing board count to 24 total'), which needs an 8th Platinum member [I]; Hieu Le on the board page 2025-12-09; release file created 2025-12-09 (front-matter date 2025-12-16)",
    None, "open", "Hieu Le on board page 2026-08-06",
    ["EP-2025-12-04", "BP-2025-12-09", "BLOG-2025-12-09-viettel", "AR-2025"],
    notes="The release speaks of a 'membership upgrade' (Viettel was a member at a lower tier before; tier not named).")

# ---- Gold (OpenInfra era)
add("99cloud", "99Cloud Inc.", "gold", "2016-10-01", "approx",
    "joined October 2016 (REF-7.2, quoted from markmc's notes of the 2016-11-17 meeting; day not published)", None, "open",
    "A7: Shuquan Huang Gold Director 2024; in the 2023 OpenInfra Asia 'Platinum and Gold Members' list",
    ["REF-7.2", "MP-2020-06-16", "MP-2020-10-16", "BLOG-2022-06-07-bloomberg", "AR-2023", "BP-2024-01-29"],
    last_evidence="2024-10-31")
add("bloomberg", "Bloomberg", "gold", "2022-06-01", "approx",
    "A3: on the home page Gold list 2022-06-01 (afdc5ab3); release 2022-06-07", None, "open",
    "Chris Morgan Gold Director on the board page from 2026-02-04",
    ["HP-2022-06-01", "BLOG-2022-06-07-bloomberg", "AR-2022", "BP-2026-08-06"])
add("canonical", "Canonical (logo 'Ubuntu')", "gold", None, "unknown",
    "Gold by 2019 (Mark Baker Gold director, 2019 roll call); Platinum 2012-? before", None, "open",
    "Tytus Kurek Gold Director 2021-2026",
    ["WIKI-2019-01-29", "MP-2020-06-16", "MP-2020-10-16", "BLOG-2022-06-07-bloomberg", "BP-2026-08-06"],
    last_evidence="2026-08-06")
add("china-mobile", "China Mobile", "gold", "2016-10-01", "approx",
    "joined October 2016 (REF-7.2; day not published)", None, "open",
    "Xiangyu Li Gold Director 2023-2026",
    ["REF-7.2", "MP-2020-06-16", "MP-2020-10-16", "BLOG-2022-06-07-bloomberg", "BP-2026-08-06"])
add("china-telecom", "China Telecom", "gold", "2016-11-17", "exact",
    "board voted to add China Telecom, ZTE and Inspur as Gold Members at the 2016-11-17 meeting", None, "open",
    "Huaxing Zhang Gold Director 2025; removed from board page 2026-08-06",
    ["FL-2016-11-21", "MP-2020-06-16", "BLOG-2022-06-07-bloomberg", "BP-2025-01-27", "BP-2026-08-06"],
    last_evidence="2026-08-03")
add("china-unicom", "China Unicom", "gold", None, "unknown",
    "listed 2020-04-28 (home page) - start not found", None, "open",
    "A7: Yulong Liu Gold Director 2025; removed from board page 2026-02-04",
    ["HP-2020-04-28", "MP-2020-06-16", "BLOG-2022-06-07-bloomberg", "BP-2025-01-27", "BP-2026-02-04"],
    last_evidence="2026-02-04")
add("cisco", "Cisco", "gold", "2012-08-13", "approx", "founding Gold member (2012 list)", None, "open",
    "A7: last listed 2022-06-07; Shannon McFarland Gold Director to Jan 2023",
    ["CCT-2012-09-09", "MP-2020-06-16", "BLOG-2022-06-07-bloomberg"], last_evidence="2022-06-07")
add("cleura", "City Network (City Network Hosting AB / City Network International AB) -> Cleura", "gold",
    "2016-10-01", "approx", "joined October 2016 (REF-7.2; day not published)", None, "open",
    "A9; Johan Christenson Gold Director 2021-2023, again from 2024-11-04 to 2026; Cleura blog 2025 'as a Gold Member'",
    ["REF-7.2", "MP-2020-06-16", "MP-2020-10-16", "HP-2022-04-14", "BP-2022-08-02", "BLOG-2022-06-07-bloomberg", "MIN-2024-11-04", "BLOG-2025-10-02-cleura", "BP-2026-08-06"],
    names=[{"name": "City Network", "until": "2022-04-13", "source": "HP-2022-04-14 (the home page list before 3d9166d0 is the last with City Network)"},
           {"name": "Cleura", "from": "2022-04-14", "source": "HP-2022-04-14; board page company field from 2022-08-02"}])
add("deutsche-telekom", "Deutsche Telekom (logo 'T-Systems')", "gold", "2016-10-01", "approx",
    "joined October 2016 (REF-7.2; day not published)", None, "open",
    "T-Systems Gold Directors 2021-2026 (Hardewig, Wenner, Navratil, Paiboina)",
    ["REF-7.2", "MP-2020-06-16", "MP-2020-10-16", "BLOG-2022-06-07-bloomberg", "MIN-2022-12-06", "BP-2026-08-06"])
add("dell", "Dell (Dell EMC / Dell Technologies)", "gold", "2012-08-13", "approx", "founding Gold member (2012 list)",
    "2021-12-31", "approx", "A2: removed from members page 2022-02-16 (289cf767) and home page 2022-02-23 (baea7528); "
    "listed 2021-10-28 (Nipa release); its Gold Director Erin Bournival left the board page 2022-01-07",
    ["CCT-2012-09-09", "MP-2020-10-16", "BLOG-2021-10-28-nipa", "MIN-2021-06-29", "BP-2022-01-07", "MP-2022-02-16", "HP-2022-02-23"])
add("easystack", "EasyStack", "gold", None, "unknown", "listed 2020-04-28 - start not found", None, "open",
    "A7: last listed 2022-06-07; Edward Lee Gold Director 2022", ["HP-2020-04-28", "BLOG-2022-06-07-bloomberg"],
    last_evidence="2022-06-07")
add("fiberhome", "FiberHome", "gold", None, "unknown", "Gold in 2020 lists; start not found",
    "2020-12-31", "approx", "A1: became Platinum at the OpenInfra launch", ["HP-2020-04-28", "MP-2020-06-16", "LMI-2020-10"])
M[-1]["era"] = "2012-2020"
add("h3c", "New H3C Technologies Co., Limited (logo 'H3C')", "gold", None, "unknown", "listed 2020-04-28 - start not found",
    None, "open", "A7: in the 2023 OpenInfra Asia 'Platinum and Gold Members' list ('H3C')",
    ["HP-2020-04-28", "MP-2020-10-16", "BLOG-2021-10-28-nipa", "BLOG-2022-06-07-bloomberg", "AR-2023"],
    last_evidence="2024-01-11",
    names=[{"name": "New H3C Technologies Co., Limited", "source": "HP-2020-04-28; MP-2020-06-16; BLOG-2022-06-07-bloomberg"},
           {"name": "H3C", "source": "MP-2020-10-16 (logo alt); BLOG-2021-10-28-nipa; AR-2023"}])
add("inspur", "Inspur (Jinan Inspur Data Technology Co. LTD)", "gold", "2016-11-17", "exact",
    "board vote 2016-11-17", None, "open", "A7: Brin Zhang Gold Director 2023 to his resignation (announced 2024-07-02)",
    ["FL-2016-11-21", "MP-2020-06-16", "BLOG-2022-06-07-bloomberg", "MIN-2024-07-02"], last_evidence="2024-07-02")
add("intel", "Intel", "gold", "2021-01-01", "approx", "A1: back on the Gold list at the launch (2020-10-16); Platinum in the 2020 lists",
    None, "open", "A7: last listed 2022-06-07; Grace Lian Gold Director 2021-2022",
    ["MP-2020-06-16", "MP-2020-10-16", "BLOG-2022-06-07-bloomberg"], last_evidence="2022-06-07")
add("mirantis", "Mirantis", "gold", "2012-08-13", "approx", "founding Gold member (2012 list)",
    None, "unknown", "left between 2022-06-07 (listed) and 2024 ('Mirantis returned as a Gold Member', 2024 report); dates not found",
    ["CCT-2012-09-09", "BLOG-2022-06-07-bloomberg", "AR-2024"], last_evidence="2022-06-07", end_by="2024-01-01")
add("mirantis", "Mirantis (return)", "gold", "2024-01-01", "approx", "'Mirantis returned as a Gold Member' in 2024 (2024 annual report); day not found - year start used",
    None, "open", "A7", ["AR-2024"], last_evidence="2025-01-14")
add("nec", "NEC", "gold", "2012-09-07", "exact", "board approved Intel, NEC and VMware as Gold on 2012-09-07",
    None, "open", "A7: in the 2023 OpenInfra Asia list", ["CCT-2012-09-09", "BLOG-2022-06-07-bloomberg", "AR-2023"],
    last_evidence="2024-01-11")
add("nipa-cloud", "Nipa Cloud (Nipa Technology Co.)", "gold", "2021-09-30", "approx",
    "A3: added to members page Gold list 2021-09-30 (f3a170b2); release 2021-10-28", None, "open",
    "A7: in the 2023 OpenInfra Asia list", ["MP-2021-09-30", "BLOG-2021-10-28-nipa", "AR-2023"], last_evidence="2024-01-11")
add("okestro", "Okestro", "gold", "2023-06-01", "approx", "'Okestro Joins OpenInfra Foundation as Gold Member (June)' (2023 report timeline); day not published",
    "2024-06-03", "approx", "A3: Platinum on or before 2024-06-04", ["AR-2023", "MIN-2024-06-04"])
add("red-hat", "Red Hat", "gold", "2024-01-01", "approx",
    "A5: 2024 Director Limit 5 (2023-12-27) and Eoghan Glynn (Red Hat) as Gold Director on the 2024-01-29 page; Gold selector election 2024-01-04",
    None, "open", "Red Hat blog 2025-09-26 'Through our Gold membership'; Eoghan Glynn on board page 2026-08-06",
    ["EP-2023-12-27", "BP-2024-01-29", "BLOG-2025-09-26-redhat", "BP-2026-08-06"])
add("tencent", "Tencent (Tencent Cloud)", "gold", "2023-01-01", "approx",
    "A5: Jean-Pierre REN listed as Gold Director (Tencent) on the board page 2023-01-17; 'Tencent Cloud' among 'Platinum and Gold Members' of OpenInfra Asia (2023 report)",
    None, "open", "A7: Jean-Pierre Ren thanked as departing director at 2024-01-30; later Gold status not found",
    ["BP-2023-01-17", "AR-2023", "MIN-2024-01-30"], last_evidence="2024-01-11")
add("troila", "Troila Technology", "gold", "2019-01-01", "approx", "Board 'elected Troila Technology ... as a new Gold Member' in 2019 (2019 annual report); day not found",
    None, "open", "A7: last listed 2022-06-07", ["OSORG-POT-2019", "MP-2020-06-16", "BLOG-2022-06-07-bloomberg"], last_evidence="2022-06-07")
add("vexxhost", "Vexxhost", "gold", "2022-03-15", "approx", "A3: added to home page Gold list 2022-03-15 (f0d9463d); release 2022-06-07 'has upgraded its sponsorship level from Silver to Gold'",
    None, "open", "A7: last Gold evidence 2022 (2022 report)", ["HP-2022-03-15", "BLOG-2022-06-07-bloomberg", "AR-2022"], last_evidence="2023-01-11")
add("vmware", "VMware", "gold", "2021-01-01", "approx", "A1: on the OpenInfra launch Gold lists (2020-10-16); not on the 2020-06-16 members-page list (see 2012-2020.md for 2012-09-07 approval)",
    "2021-12-31", "approx", "A2: removed from members page 2022-02-16 and home page 2022-02-23; listed 2021-10-28",
    ["MP-2020-10-16", "BLOG-2021-10-28-nipa", "MP-2022-02-16", "HP-2022-02-23"])
add("zte", "ZTE Corporation", "gold", "2016-11-17", "exact", "board vote 2016-11-17", None, "open",
    "A7: in the 2023 OpenInfra Asia list", ["FL-2016-11-21", "MP-2020-06-16", "BLOG-2022-06-07-bloomberg", "AR-2023"], last_evidence="2024-01-11")

# ============================== 2012-2020 (OpenStack Foundation) ============================
ERA = "2012-2020"
for org, name in [("canonical", "Canonical"), ("ibm", "IBM"), ("nebula", "Nebula"), ("hewlett-packard", "Hewlett-Packard"),
                  ("rackspace", "Rackspace"), ("suse", "SUSE")]:
    end, ep, eb, src = None, "unknown", "not found", ["CCT-2012-09-09", "LINUXCOM-2012-08"]
    if org == "nebula":
        end, ep, eb = "2014-12-31", "exact", "Nebula (Class A) did not renew beyond 2014; opening from 2015-01-01"
        src = src + ["FL-2014-09-15"]
    if org in ("rackspace", "suse"):
        end, ep, eb = "2020-12-31", "approx", "A2: on the 2020 Platinum lists, not on the OpenInfra lists of 2020-10-16"
        src = src + ["MP-2020-06-16", "MP-2020-10-16"]
    if org in ("canonical", "ibm", "hewlett-packard"):
        eb = ("still Platinum in the Jan 2017 draft agenda (Mark Baker / Todd Moore / Eileen Evans as Platinum "
              "directors, list partly 2016); not Platinum in the 2019 roll call nor in the 2020 lists; exact end not found")
        src = src + ["WIKI-2017-01-24-draft", "WIKI-2019-01-29"]
    add(org, name, "platinum", "2012-08-13", "approx",
        "A3: founding Platinum member, named in Aug 2012 press (linux.com) before the first Gold/Individual elections (Gold week of 2012-08-13); exact day not published (library: 2012-08-20)",
        end, ep, eb, src, end_by=("2019-01-29" if end is None else None))
add("intel", "Intel", "platinum", None, "unknown",
    "Imad Sousou (Intel) attended the board from 2015-04-02 and is listed as Platinum director in the Jan 2017 draft agenda and the 2019 roll call; start not found (a Platinum opening existed from 2015-01-01, FL-2014-09-15)",
    "2020-12-31", "approx", "A1/A2: Platinum on 2020 lists, Gold on the OpenInfra launch lists",
    ["FL-2014-09-15", "WIKI-2017-01-24-draft", "WIKI-2019-01-29", "MP-2020-06-16", "MP-2020-10-16"])
for org, name, start, sp, sb, src in [
    ("cloudscaling", "Cloudscaling", "2012-08-13", "approx", "A3: founding Gold member (2012-09-09 list; Gold members voted in the Gold director election of the week of 2012-08-13)", ["CCT-2012-09-09"]),
    ("clearpath-networks", "ClearPath Networks", "2012-08-13", "approx", "A3: founding Gold member (2012-09-09 list; Gold members voted in the Gold director election of the week of 2012-08-13)", ["CCT-2012-09-09"]),
    ("cloud-computing-association-in-taiwan", "Cloud Computing Association in Taiwan", "2012-08-13", "approx", "A3: founding Gold member (2012-09-09 list; Gold members voted in the Gold director election of the week of 2012-08-13)", ["CCT-2012-09-09"]),
    ("dreamhost", "DreamHost", "2012-08-13", "approx", "founding Gold member; Gold Director Selector in 2015 (appointed Jonathan LaCour)", ["CCT-2012-09-09", "WIKI-2015-12-03"]),
    ("morphlabs", "Morphlabs", "2012-08-13", "approx", "A3: founding Gold member (2012-09-09 list; Gold members voted in the Gold director election of the week of 2012-08-13)", ["CCT-2012-09-09"]),
    ("netapp", "NetApp", "2012-08-13", "approx", "founding Gold member; Rob Esker Gold director 2019; on home page list 2020-04-28 only", ["CCT-2012-09-09", "WIKI-2019-01-29", "HP-2020-04-28"]),
    ("piston-cloud-computing", "Piston Cloud Computing", "2012-08-13", "approx", "A3: founding Gold member (2012-09-09 list; Gold members voted in the Gold director election of the week of 2012-08-13)", ["CCT-2012-09-09"]),
    ("yahoo", "Yahoo", "2012-08-13", "approx", "founding Gold member; Gold Director Selector for Mark McClain (2014)", ["CCT-2012-09-09", "FL-2014-09-21"]),
    ("intel", "Intel", "2012-09-07", "exact", "board approved Intel, NEC, VMware as Gold 2012-09-07", ["CCT-2012-09-09"]),
    ("vmware", "VMware", "2012-09-07", "exact", "board approved 2012-09-07", ["CCT-2012-09-09"]),
    ("fujitsu", "Fujitsu", "2015-07-28", "exact", "board voted to approve Fujitsu as Gold member at the 2015-07-28 meeting", ["FL-2015-07-28"]),
    ("tencent", "Tencent", "2017-11-06", "approx", "'accepted as a Gold Member' at the Sydney summit (Nov 2017); day approximated to the summit start", ["TFIR-2017-11"]),
    ("unitedstack", "UnitedStack Inc.", None, "unknown", "on 2020 lists; start not found", ["HP-2020-04-28", "MP-2020-06-16"]),
    ("inwinstack", "inwinSTACK", None, "unknown", "on the 2020-04-28 home page list only", ["HP-2020-04-28"]),
]:
    end, ep, eb = None, "unknown", "end not found"
    if org == "unitedstack":
        end, ep, eb = "2020-08-21", "approx", "A3: removed from members page 2020-08-21 (f882c2cf)"
    if org == "tencent":
        end, ep, eb = "2018-05-19", "approx", "became Platinum (board summary 2018-05-20)"
    if org == "intel":
        end, ep, eb = None, "unknown", "became Platinum (date not found; Platinum by the Jan 2017 draft agenda)"
    if org == "vmware":
        end, ep, eb = None, "unknown", "not on the 2020-06-16 members page list; back on the OpenInfra lists 2020-10-16"
    if org in ("netapp", "inwinstack"):
        end, ep, eb = None, "unknown", ("A10: on the home page list of 2020-04-28 (carried over from the old site) but "
                                        "not on the members page of 2020-06-16 nor the OpenInfra lists")
    add(org, name, "gold", start, sp, sb, end, ep, eb, src, end_by=({"intel": "2017-01-24"}.get(org, "2020-06-16") if end is None else None))


for org, name, start, sp, sb, end, ep, eb, src in [
    ("ericsson", "Ericsson", "2014-04-01", "approx", "Gold from April 2014 (REF-7.2; day not published)",
     "2019-01-28", "approx", "A3: Platinum director in the 2019 roll call; Gold director Chris Price in the Jan 2017 draft agenda",
     ["REF-7.2", "WIKI-2017-01-24-draft", "WIKI-2019-01-29"]),
    ("juniper-networks", "Juniper Networks", "2014-04-01", "approx", "Gold from April 2014 (REF-7.2; day not published)",
     None, "unknown", "end not found; not on the 2020 lists", ["REF-7.2"]),
    ("huawei", "Huawei", None, "unknown", "Gold director Anni Lai in the Jan 2017 draft agenda; start not found",
     "2019-01-28", "approx", "A3: Platinum director Anni Lai in the 2019 roll call", ["WIKI-2017-01-24-draft", "WIKI-2019-01-29"]),
]:
    add(org, name, "gold", start, sp, sb, end, ep, eb, src, end_by=("2020-06-16" if end is None else None))


def resolve(repo: str) -> dict:
    out = {}
    for key, ref in S.items():
        if ref.startswith("git:"):
            _, short, path = ref.split(":", 2)
            full, date = subprocess.run(
                ["git", "-C", repo, "log", "-1", "--format=%H %ad", "--date=short", short],
                capture_output=True, text=True, check=True).stdout.split()
            out[key] = {"kind": "git", "repository": "OpenStackweb/osf-website", "commit": full,
                        "date": date, "path": path,
                        "url": f"https://github.com/OpenStackweb/osf-website/blob/{full}/{path}"}
        elif ref.startswith("file:"):
            out[key] = {"kind": "file", "path": ref[5:]}
        else:
            out[key] = {"kind": "url", "url": ref[4:]}
    return out


RESOLUTIONS = (HERE / "memberships_resolutions.md")


def cite(key: str, sources: dict) -> str:
    src = sources[key]
    if src["kind"] == "git":
        return f"{key} = osf-website `{src['path']}` @ `{src['commit'][:8]}` ({src['date']})"
    if src["kind"] == "file":
        return f"{key} = {src['path']}"
    return f"{key} = {src['url']}"


def render(doc: dict) -> str:
    out = ["# Platinum and Gold memberships 2012-2026", "",
           "Generated by `build_memberships.py` from its curated table (JSON twin: `memberships.json`). "
           "Every row: start/end, whether exact or approximated, the basis, and source keys (expanded at the end). "
           "Approximation choices are numbered A1..A9 (below). `open` = still a member at the last source read "
           "(2026-08); `unknown` = no source found.", ""]
    c = doc["counts"]
    out += ["## Counts", "",
            f"- membership rows: {c['memberships']} (a tier change or a gap makes a new row)",
            f"- start dates: exact {c['start_exact']}, approximated {c['start_approx']}, unknown {c['start_unknown']}",
            f"- end dates: exact {c['end_exact']}, approximated {c['end_approx']}, open (still member) {c['end_open']}, unknown {c['end_unknown']}",
            ""]
    if RESOLUTIONS.exists():
        out += [RESOLUTIONS.read_text("utf-8").rstrip(), ""]
    out += ["## Approximation choices", ""]
    out += [f"- **{k}** {v}" for k, v in doc["choices"].items()] + [""]
    def era(m):
        return m["era"]
    for title, pick in (("OpenInfra era: memberships in force on some day 2021-2026", "2021-2026"), ("OpenStack Foundation era: memberships that ended before 2021 or whose pre-2021 tier history is recorded", "2012-2020")):
        out += [f"## {title}", ""]
        for tier in ("platinum", "gold"):
            rows = [m for m in doc["memberships"] if m["tier"] == tier and era(m) == pick]
            rows.sort(key=lambda m: (m["organization"], m["start"] or ""))
            out += [f"### {tier.title()}", "",
                    "| org id | name as printed | start | start: precision - basis | end | end: precision - basis | sources |",
                    "|---|---|---|---|---|---|---|"]
            for m in rows:
                end = m["end"] or ("(open)" if m["end_precision"] == "open" else "?")
                le = f" last evidence {m['last_evidence']}." if m.get("last_evidence") else ""
                out.append(f"| {m['organization']} | {m['name_as_printed']} | {m['start'] or '?'} | {m['start_precision']} - {m['start_basis']} | "
                           f"{end} | {m['end_precision']} - {m['end_basis']}{le} | {', '.join(m['sources'])} |")
            out.append("")
            for m in rows:
                if m.get("notes") or m.get("names_over_time"):
                    out.append(f"- {m['organization']} ({tier}): {m.get('notes') or ''}"
                               + (f" Names: {json.dumps(m['names_over_time'], ensure_ascii=False)}" if m.get("names_over_time") else ""))
            out.append("")
    out += ["## Sources", ""] + [f"- {cite(k, doc['sources'])}" for k in sorted(doc["sources"])] + [""]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=REPO)
    a = ap.parse_args()
    sources = resolve(a.repo)
    for m in M:
        for k in m["sources"]:
            assert k in sources, k
    counts = {
        "memberships": len(M),
        "start_exact": sum(m["start_precision"] == "exact" for m in M),
        "start_approx": sum(m["start_precision"] == "approx" for m in M),
        "start_unknown": sum(m["start_precision"] == "unknown" for m in M),
        "end_exact": sum(m["end_precision"] == "exact" for m in M),
        "end_approx": sum(m["end_precision"] == "approx" for m in M),
        "end_open": sum(m["end_precision"] == "open" for m in M),
        "end_unknown": sum(m["end_precision"] == "unknown" for m in M),
    }
    doc = {"format": "openinfra-record-notes", "kind": "memberships", "generated_by": "build_memberships.py",
           "choices": CHOICES, "counts": counts, "sources": sources, "memberships": M}
    (HERE / "memberships.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", "utf-8")
    (HERE / "memberships.md").write_text(render(doc), "utf-8")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
