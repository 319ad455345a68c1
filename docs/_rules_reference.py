"""Generate the rules reference: every registered rule id, every dated parameter, every source.

Three files go into ``docs/_generated/`` for ``rules-reference.md`` to include:

- ``rules.md``: one section per concern and one anchor per rule id of the registry
  (:data:`openinfra_model.core.rules.RULES`, anchor ``rule-<id>``), with the windows of the
  dated parameter of the same id (its values, confidence and quotes) and links to the other
  parameters it reads;
- ``parameters.md``: one anchor per dated parameter (``param-<id>``), window by window, read
  from the package's data files (``openinfra_model/parameters/**/*.toml``) through the real
  record's :class:`~openinfra_model.core.rulebook.Rulebook`;
- ``documents.md``: the source documents.

Long quotes are list items, not table cells, so the page reads at 1280 px.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

import openinfra_model
from openinfra_model.core.citations import DOCUMENTS
from openinfra_model.core.rulebook import Rulebook, show_value
from openinfra_model.core.rules import CONCERNS, RULES

if TYPE_CHECKING:
    from pathlib import Path

    from openinfra_model.core.rulebook import ParameterData

_SKIP = ("strategies", "_hypothesis_plugin", "__main__", "_compat")

_NO_TABLE = (
    "No dated parameter of its own: each check carries the citation of the clause it applies."
)

_CONCERN_TITLES = {
    "membership": "Membership",
    "board": "Board",
    "diversity": "Diversity",
    "meetings": "Meetings and amendments",
    "elections": "Elections",
    "counting": "Counting",
    "directed-funds": "Directed funds and the Linux Foundation era",
    "community": "Community",
}


def import_rule_modules() -> None:
    """Import every module of the package, so that every dated table is registered.

    The top level imports its namespaces lazily; the rule modules register their tables
    when imported.
    """
    for info in pkgutil.walk_packages(openinfra_model.__path__, "openinfra_model."):
        if not info.name.rsplit(".", 1)[-1].startswith(_SKIP):
            importlib.import_module(info.name)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rule_anchor(rule_id: str) -> str:
    """The label of a rule's section: ``rule-<id>``."""
    return f"rule-{rule_id}"


def param_anchor(rule_id: str) -> str:
    """The label of a dated parameter's section: ``param-<id>``."""
    return f"param-{rule_id}"


def _windows(table: ParameterData) -> list[str]:
    lines = [
        f"Data file: `{table.source}`.",
        "",
        "| from | until | value | confidence |",
        "|---|---|---|---|",
    ]
    notes = []
    for w in table.windows:
        end = table.end_of(w)
        until = end.isoformat() if end else "—"
        value = show_value(w.value)
        lines.append(
            f"| {w.start.isoformat()} | {until} | {_cell(value)} | {w.confidence.value} |"
        )
        quote = f": “{w.citation.quote}”" if w.citation.quote else ""
        note = f" *{w.note}*" if w.note else ""
        notes.append(f"- from {w.start.isoformat()}: {w.citation}{quote}{note}")
    return [*lines, "", *notes, ""]


def _related(rule_id: str, tables: dict[str, ParameterData]) -> list[str]:
    """Other parameters a rule reads: those whose id is a prefix of the rule's, or below it."""
    return sorted(
        t
        for t in tables
        if t != rule_id and (rule_id.startswith(f"{t}.") or t.startswith(f"{rule_id}."))
    )


def rules_page() -> str:
    """The text of ``rules.md``."""
    tables = dict(Rulebook.default().parameters)
    out: list[str] = []
    for concern in CONCERNS:
        rules = [r for r in RULES.values() if r.concern == concern]
        if not rules:
            continue
        out += [
            f"### {_CONCERN_TITLES[concern]}",
            "",
            f"Explained, with the clauses quoted, on the [{concern} page](concerns/{concern}.md).",
            "",
        ]
        for r in rules:
            out += [f"({rule_anchor(r.rule_id)})=", f"#### `{r.rule_id}`", "", f"{r.title}.", ""]
            table = tables.get(r.rule_id)
            if table is not None:
                out += ["Dated parameter of the same id, window by window:", "", *_windows(table)]
            else:
                out += [_NO_TABLE, ""]
            related = _related(r.rule_id, tables)
            if related:
                links = ", ".join(f"[`{t}`](#{param_anchor(t)})" for t in related)
                out += [f"Also reads: {links}.", ""]
    return "\n".join(out) + "\n"


def parameters_page() -> str:
    """The text of ``parameters.md``."""
    out: list[str] = []
    for rule_id, table in Rulebook.default().parameters.items():
        out += [f"({param_anchor(rule_id)})=", f"### `{rule_id}`", ""]
        if rule_id in RULES:
            out += [f"Read by the rule [`{rule_id}`](#{rule_anchor(rule_id)}).", ""]
        out += _windows(table)
    return "\n".join(out) + "\n"


def documents_page() -> str:
    """The text of ``documents.md``."""
    docs = [
        "| key | title | in force | where |",
        "|---|---|---|---|",
    ]
    for d in DOCUMENTS.values():
        until = d.in_force_until.isoformat() if d.in_force_until else "now"
        docs.append(
            f"| `{d.key}` | {_cell(d.title)} | {d.in_force_from.isoformat()} – {until} "
            f"| {_cell(d.where)} |"
        )
    return "\n".join(docs) + "\n"


def write(out: Path) -> None:
    """Write ``rules.md``, ``parameters.md`` and ``documents.md`` into ``out``."""
    out.mkdir(exist_ok=True)
    (out / "rules.md").write_text(rules_page(), encoding="utf-8")
    (out / "parameters.md").write_text(parameters_page(), encoding="utf-8")
    (out / "documents.md").write_text(documents_page(), encoding="utf-8")
