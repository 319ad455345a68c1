"""Generate the table of every dated parameter, with its windows and citations."""

from __future__ import annotations

from typing import TYPE_CHECKING

import openinfra_model  # noqa: F401  (imports every rule module, registering their tables)
from openinfra_model.core.citations import DOCUMENTS
from openinfra_model.core.regimes import all_tables

if TYPE_CHECKING:
    from pathlib import Path


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def write(out: Path) -> None:
    """Write ``parameters.md`` and ``documents.md`` into ``out``."""
    out.mkdir(exist_ok=True)
    lines = [
        "| parameter | from | until | value | confidence | source | note |",
        "|---|---|---|---|---|---|---|",
    ]
    for rule_id, table in all_tables().items():
        for w in table.windows:
            until = w.end.isoformat() if w.end else ""
            quote = f" — “{w.citation.quote}”" if w.citation.quote else ""
            lines.append(
                f"| `{rule_id}` | {w.start.isoformat()} | {until} | {_cell(str(w.value))} "
                f"| {w.confidence.value} | {_cell(str(w.citation) + quote)} | {_cell(w.note)} |"
            )
    (out / "parameters.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
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
    (out / "documents.md").write_text("\n".join(docs) + "\n", encoding="utf-8")
