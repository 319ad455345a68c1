"""The members-and-dues report: the command-line tool's main job, as plain text.

:func:`members_report` renders, for a roster and a date, the members of each tier in force
then, the dues each owes a year with the citation of the amount, the totals, every amount that
is not known and why, the member-count caps and the sources relied on. It returns a string
and prints nothing; ``openinfra-model report`` prints it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openinfra_model.community import HUBS_FOUNDED
from openinfra_model.core.citations import DOCUMENTS, Citation
from openinfra_model.core.decisions import Status
from openinfra_model.core.regimes import OIF_LAUNCH, regime_on
from openinfra_model.membership import FeeLevel, Tier
from openinfra_model.membership.dues import (
    DUES,
    DuesAssessment,
    DuesStatement,
    dues_owed,
    tiers_on,
)
from openinfra_model.membership.standing import members_on
from openinfra_model.membership.tiers import check_member_caps

if TYPE_CHECKING:
    from datetime import date
    from decimal import Decimal

    from openinfra_model.community import CommunityData
    from openinfra_model.membership.roster import Roster

__all__ = ["community_report", "dues_statement", "members_report"]

_WIDTH = 96
_LABEL = 52
_AMOUNT = 30

_NORMATIVE = frozenset(
    {
        "bylaws",
        "individual-member-policy",
        "platinum-member-policy",
        "gold-member-policy",
        "tc-member-policy",
        "tc-charter",
        "funding-2012",
        "members-page",
        "seed-join-page",
        "lf-charter",
        "lf-participation-faq",
        "lf-election-procedures",
        "lf-individual-member-program",
    }
)


def _money(amount: Decimal | None) -> str:
    return f"${amount:,.2f}" if amount is not None else "UNKNOWN"


def _short(amount: Decimal) -> str:
    return f"${amount / 1000:,.0f}k" if amount % 1000 == 0 else _money(amount)


def _wrap(text: str, indent: str) -> list[str]:
    """Wrap ``text`` to the report width, continuation lines indented four more spaces."""
    lines: list[str] = []
    line = indent
    for word in text.split():
        if len(line) + len(word) + 1 > _WIDTH and line.strip():
            lines.append(line.rstrip())
            line = indent + "    "
        line += word + " "
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _row(label: str, value: str, note: str = "") -> str:
    if len(label) > _LABEL:
        label = label[: _LABEL - 3] + "..."
    return f"  {label:<{_LABEL}} {value:>{_AMOUNT}}  {note}".rstrip()


class _Notes:
    """Numbered citations, each listed once."""

    def __init__(self) -> None:
        self.order: list[Citation] = []

    def ref(self, citation: Citation) -> str:
        if citation not in self.order:
            self.order.append(citation)
        return f"[{self.order.index(citation) + 1}]"


def _schedule(as_of: date) -> list[str]:
    lines = [f"DUES SCHEDULE ON {as_of.isoformat()}"]
    tiers = tiers_on(as_of=as_of)
    for tier in Tier:
        if tier not in tiers:
            continue
        parts = []
        for level in FeeLevel:
            table = DUES.get((tier, level))
            if table is None:
                continue
            fee = table._value(as_of)
            if str(fee) != "not offered":
                parts.append(f"{level.value.replace('_', ' ')}: {fee}")
        lines.extend(_wrap(f"{tier.value.replace('_', ' ')}: " + "; ".join(parts), "  "))
    return lines


def _amount(a: DuesAssessment) -> str:
    if a.amount is None and a.minimum is not None and a.maximum is not None:
        return f"UNKNOWN ({_short(a.minimum)}-{_short(a.maximum)})"
    return _money(a.amount)


def _members(statement: DuesStatement, names: dict[str, str], notes: _Notes) -> list[str]:
    out: list[str] = []
    for tier, group, subtotal in statement.by_tier:
        out.append(f"{tier.value.upper().replace('_', ' ')} ({len(group)} members)")
        for a in group:
            level = "" if a.fee_level is FeeLevel.ESTABLISHED else f" ({a.fee_level.value})"
            label = f"{names.get(a.organization or '', '?')} [{a.organization}]{level}"
            out.append(_row(label, _amount(a), notes.ref(a.citation)))
        known = sum(1 for a in group if a.amount is not None)
        out.extend((_row(f"subtotal ({known} known)", _money(subtotal)), ""))
    if not statement.assessments:
        out.extend(["No organisational memberships in force on this date.", ""])
    return out


def _totals(statement: DuesStatement) -> list[str]:
    out = [
        "TOTALS",
        _row("members in force", str(len(statement.assessments))),
        _row("dues a year, known amounts", _money(statement.total)),
        _row("members whose dues are not known", str(len(statement.unknown))),
    ]
    bounds = statement.total_range
    if statement.unknown and bounds is not None:
        out.append(
            _row(
                "dues a year, unknowns at their bounds",
                f"{_money(bounds[0])} - {_money(bounds[1])}",
            )
        )
    out.append("")
    if statement.unknown:
        out.append("UNKNOWN OR UNAVAILABLE AMOUNTS")
        groups: dict[str, list[str]] = {}
        for a in statement.unknown:
            why = "; ".join(
                c.reason
                for c in a.decision.checks
                if c.status in {Status.UNKNOWN, Status.FAILED, Status.NOT_APPLICABLE}
            )
            key = f"{a.decision.outcome.name}: {why}"
            groups.setdefault(key, []).append(a.organization or "?")
        for why, orgs in groups.items():
            out.extend(_wrap(f"{len(orgs)} member(s): {', '.join(orgs)}", "  "))
            out.extend(_wrap(why, "    "))
        out.append("")
    return out


def _record_sources(roster: Roster, as_of: date) -> list[str]:
    out = ["SOURCES OF THE MEMBERSHIP RECORDS"]
    cited: dict[str, set[str]] = {}
    assumed: set[str] = set()
    current = members_on(roster.memberships, as_of=as_of)
    for m in current:
        for src in m.sources:
            cited.setdefault(src.document, set()).add(src.version.isoformat())
        facts = [src.version for src in m.sources if src.document != "dataset-choices"]
        if facts and as_of > max(facts):
            assumed.add(m.organization)
    for key in sorted(cited):
        title = DOCUMENTS[key].title if key in DOCUMENTS else key
        out.extend(_wrap(f"{key} ({', '.join(sorted(cited[key]))}): {title}", "  "))
    if "dataset-choices" in cited:
        out.extend(
            _wrap(
                "Dates the sources do not give are approximated (numbered choices A1-A25, "
                "cited on each record; listed in the bundled record, data/record.json).",
                "  ",
            )
        )
    if assumed:
        out.extend(
            _wrap(
                f"{len(assumed)} of the {len(current)} memberships are assumed to hold past "
                f"their latest source (choice A7): {', '.join(sorted(assumed))}.",
                "  ",
            )
        )
    return out


def dues_statement(roster: Roster, *, as_of: date) -> DuesStatement:
    """What the roster's members in force on ``as_of`` owe a year (the report's figures).

    Raises:
        NoRegimeError: ``as_of`` is before the first supported date (2012-07-18).

    Example:
        >>> from datetime import date
        >>> from openinfra_model import default_roster
        >>> dues_statement(default_roster(), as_of=date(2026, 1, 15)).total
        Decimal('5950000.00')
    """
    return dues_owed(roster, as_of=as_of)


def members_report(roster: Roster, *, as_of: date, source: str = "bundled dataset") -> str:
    """Render the members, dues, totals, unknowns, caps and sources on ``as_of``.

    Raises:
        NoRegimeError: ``as_of`` is before the first supported date (2012-07-18).

    Example:
        >>> from datetime import date
        >>> from openinfra_model import default_roster
        >>> text = members_report(default_roster(), as_of=date(2026, 1, 15))
        >>> "Wind River [wind-river]" in text
        True
    """
    statement = dues_statement(roster, as_of=as_of)
    notes = _Notes()
    texts = ", ".join(d.key for d in regime_on(as_of=as_of).documents if d.key in _NORMATIVE)
    out = [
        f"OpenInfra Foundation members and annual dues on {as_of.isoformat()}",
        "=" * _WIDTH,
        *_wrap(
            f"Roster: {source} (snapshot {roster.snapshot.isoformat()}; "
            f"{len(roster.organizations)} organisations, {len(roster.memberships)} "
            "memberships)",
            "",
        ),
        *_wrap(f"Governing texts in force: {texts}", ""),
        "",
    ]
    if as_of > roster.snapshot:
        out.extend(
            _wrap(
                f"Note: {as_of.isoformat()} is after the roster snapshot "
                f"({roster.snapshot.isoformat()}); later changes are not in it.",
                "",
            )
        )
        out.append("")
    out.extend((*_schedule(as_of), ""))
    out.extend(_members(statement, {o.id: o.name for o in roster.organizations}, notes))
    out.extend(_totals(statement))
    out.append("MEMBER CAPS")
    for c in check_member_caps(roster.memberships, as_of=as_of).checks:
        out.extend(
            _wrap(f"[{c.status.value}] {c.rule_id}: {c.reason} {notes.ref(c.citation)}", "  ")
        )
    out.extend(("", "SOURCES OF THE AMOUNTS AND CAPS"))
    for i, cite in enumerate(notes.order, 1):
        quote = f' "{cite.quote}"' if cite.quote else ""
        out.extend(_wrap(f"[{i}] {cite}{quote}", "  "))
    out.append("")
    out.extend(_record_sources(roster, as_of))
    return "\n".join(out) + "\n"


def community_report(data: CommunityData, *, as_of: date) -> str:
    """Render the regional hubs, hosted projects and partnerships known on ``as_of``.

    Hubs appear from their founding (2023-06-13); projects with their launch year; the
    partnerships page is undated and read as describing 2021 onwards [inferred].

    Example:
        >>> from datetime import date
        >>> from openinfra_model import load_community
        >>> text = community_report(load_community(), as_of=date(2026, 1, 15))
        >>> "OpenInfra Europe (Belgium)" in text
        True
        >>> "OpenInfra Asia" in community_report(load_community(), as_of=date(2022, 1, 1))
        False
    """
    out = ["REGIONAL HUBS"]
    hubs = [h for h in data.hubs if h.founded <= as_of]
    if not hubs:
        out.append(f"  none yet: the first hubs were founded on {HUBS_FOUNDED.isoformat()}")
    notes = _Notes()
    for hub in hubs:
        out.append(f"  {hub.name} ({hub.based_in}), founded {hub.founded.isoformat()}")
        names = ", ".join(p.listed_as for p in hub.founding_participants)
        out.extend(
            _wrap(f"founding participants ({len(hub.founding_participants)}): {names}", "    ")
        )
    out.extend(("", "HOSTED PROJECTS"))
    for project in data.projects:
        if project.launched_in is not None and project.launched_in > as_of.year:
            continue
        year = f", launched {project.launched_in}" if project.launched_in else ""
        refs = " ".join(notes.ref(c) for c in project.sources)
        out.append(f"  {project.name:<18} <{project.url}>{year} {refs}".rstrip())
    out.extend(("", "PARTNERSHIPS"))
    if as_of < OIF_LAUNCH:
        out.append("  the partnerships page describes 2021 onwards [inferred]; none listed")
    else:
        for p in data.partnerships:
            refs = " ".join(notes.ref(c) for c in p.sources)
            out.extend(_wrap(f"{data.organization(p.partner).name} ({p.kind.value}) {refs}", "  "))
    if notes.order:
        out.extend(("", "SOURCES OF THE COMMUNITY RECORDS"))
        for i, cite in enumerate(notes.order, 1):
            out.extend(_wrap(f"[{i}] {cite}", "  "))
    return "\n".join(out) + "\n"
