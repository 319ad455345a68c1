"""What a notebook shows: short text reprs, styled HTML tables and typed rows.

Every result type renders through these helpers, so a notebook sees one look everywhere:

* ``repr()`` is one short line (``<Roster 2026-08-06: 51 organisations, 64 memberships, 0
  individuals>``), never the whole data;
* ``_repr_html_()`` (what Jupyter shows) is a self-contained HTML fragment: inline styles only
  (no external CSS or JavaScript), every text escaped, statuses in colour *and* in words (a
  ``FAILED`` row has a red background and a red left border, ``UNKNOWN`` amber, ``PASSED``
  green, ``WAIVED`` blue, ``NOT_APPLICABLE`` grey), cells left-aligned, long tables cut like
  pandas cuts them, with a "… N more" line;
* ``to_rows()`` returns typed records (:class:`dict` rows: dates as :class:`~datetime.date`,
  money as :class:`~decimal.Decimal`, enums as their values) that ``pandas.DataFrame(rows)``
  and ``polars.DataFrame(rows)`` take as they are; the library imports neither.

:func:`rows_of` joins the rows of several results (``rows_of(replay())``).

.. versionadded:: 0.2
"""

from __future__ import annotations

import enum
import html
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from openinfra_model.core.citations import Citation

__all__ = [
    "MAX_ROWS",
    "STATUS_STYLES",
    "CheckLike",
    "Decided",
    "DecisionLike",
    "Tabular",
    "check_rows",
    "check_table",
    "decision_html",
    "details",
    "esc",
    "frame",
    "result_html",
    "result_row",
    "rows_of",
    "short",
    "status_badge",
    "table",
    "value",
]

MAX_ROWS = 20
"""The rows an HTML table shows before it cuts the rest to a "… N more" line."""

STATUS_STYLES: Mapping[str, tuple[str, str, str]] = {
    "failed": ("#fde8e8", "#b42318", "#d92d20"),
    "unknown": ("#fff4e0", "#8a4b00", "#f79009"),
    "waived": ("#e8f0fe", "#1e4fa3", "#2e6fdb"),
    "passed": ("#e7f6ec", "#17663a", "#2f9e5b"),
    "not_applicable": ("#f2f2f2", "#555555", "#9a9a9a"),
}
"""Background, text and border colour of each status, by its value (a FAILED row is red,
UNKNOWN amber, WAIVED blue, PASSED green, NOT_APPLICABLE grey). Keyed by value so that this
module needs nothing of the decisions module, which renders through it."""

_CELL = "text-align:left;vertical-align:top;padding:2px 8px;border-bottom:1px solid #ddd"
_TABLE = "border-collapse:collapse;margin:4px 0;font-size:90%"
_FRAME = "font-family:inherit;line-height:1.4"


class CheckLike(Protocol):
    """What the check table reads of a :class:`~openinfra_model.core.Check`."""

    @property
    def rule_id(self) -> str:
        """The rule's id."""
        ...  # pragma: no cover - a protocol

    @property
    def status(self) -> enum.Enum:
        """The status (a :class:`~openinfra_model.core.Status`)."""
        ...  # pragma: no cover - a protocol

    @property
    def reason(self) -> str:
        """The reason."""
        ...  # pragma: no cover - a protocol

    @property
    def citation(self) -> Citation:
        """The clause."""
        ...  # pragma: no cover - a protocol


class DecisionLike(Protocol):
    """What the decision view reads of a :class:`~openinfra_model.core.Decision`."""

    @property
    def outcome(self) -> enum.Enum:
        """The outcome (a :class:`~openinfra_model.core.Status`)."""
        ...  # pragma: no cover - a protocol

    @property
    def checks(self) -> Sequence[CheckLike]:
        """The checks."""
        ...  # pragma: no cover - a protocol


class Decided(Protocol):
    """A result that carries one decision (a dues assessment, a fee, the rights of a tier...)."""

    @property
    def decision(self) -> DecisionLike:
        """The decision behind the result."""
        ...  # pragma: no cover - a protocol


class Tabular(Protocol):
    """A result that gives typed rows for a data frame."""

    def to_rows(self) -> Sequence[Mapping[str, Any]]:
        """The result as rows (``pandas.DataFrame(result.to_rows())``)."""
        ...  # pragma: no cover - a protocol


def esc(text: object) -> str:
    """Escape any value's text for HTML (quotes included)."""
    return html.escape(str(text), quote=True)


def short(text: str, width: int = 60) -> str:
    """Cut ``text`` to ``width`` characters, marking the cut with an ellipsis.

    Example:
        >>> short("the member's annual revenue is not recorded", 20)
        "the member's annual…"
    """
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def value(v: object) -> object:
    """A cell of a typed row: enums as their values; dates, money and numbers as they are.

    Example:
        >>> from openinfra_model.core.decisions import Status
        >>> value(Status.FAILED), value(Decimal("1.50")), value(None)
        ('failed', Decimal('1.50'), None)
    """
    if isinstance(v, enum.Enum):
        return v.value
    return v


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, enum.Enum):
        return esc(v.value)
    if isinstance(v, Decimal):
        return esc(f"{v:f}")
    if isinstance(v, date):
        return v.isoformat()
    return esc(v)


def status_badge(status: enum.Enum) -> str:
    """The status as a coloured label: the name in words on its colour."""
    bg, fg, border = STATUS_STYLES[status.value]
    return (
        f'<span style="background:{bg};color:{fg};border:1px solid {border};'
        f'border-radius:3px;padding:0 4px;font-weight:bold">{esc(status.name)}</span>'
    )


def table(  # noqa: PLR0913 - the table and five keyword options
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    statuses: Iterable[enum.Enum | None] | None = None,
    raw: frozenset[int] = frozenset(),
    limit: int = MAX_ROWS,
    total: int | None = None,
) -> str:
    """An HTML table, left-aligned, each row coloured by its status, cut after ``limit`` rows.

    Args:
        headers: The column names.
        rows: The cells of each row (escaped here, except the columns in ``raw``, which the
            caller has already rendered as HTML).
        statuses: The status of each row, which colours it (``None``: no colour).
        raw: Indexes of columns given as HTML.
        limit: The rows shown; the rest are counted on a last "… N more" line.
        total: The number of rows when ``rows`` is a lazy iterable of unknown length (it is
            read only up to ``limit``).
    """
    state = iter(statuses) if statuses is not None else None
    body: list[str] = []
    shown = 0
    seen = 0
    for row in rows:
        status = next(state, None) if state is not None else None
        seen += 1
        if shown >= limit:
            if total is not None:
                break
            continue
        shown += 1
        style = ""
        if status is not None:
            bg, _fg, border = STATUS_STYLES[status.value]
            # The text colour too: a dark notebook theme would put light text on the pale row.
            style = f' style="background:{bg};border-left:4px solid {border};color:#1f2328"'
        cells = "".join(
            f'<td style="{_CELL}">{c if i in raw else _cell(c)}</td>' for i, c in enumerate(row)
        )
        body.append(f"<tr{style}>{cells}</tr>")
    count = total if total is not None else seen
    if count > shown:
        body.append(
            f'<tr><td colspan="{len(headers)}" style="{_CELL};font-style:italic">'
            f"… {count - shown} more</td></tr>"
        )
    head = "".join(f'<th style="{_CELL};font-weight:bold">{esc(h)}</th>' for h in headers)
    return (
        f'<table style="{_TABLE}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def details(summary: str, body: str, *, open_: bool = False) -> str:
    """A collapsible block (``<details>``): ``summary`` is escaped, ``body`` is HTML."""
    flag = " open" if open_ else ""
    return f"<details{flag}><summary>{esc(summary)}</summary>{body}</details>"


def frame(title: str, *parts: str, status: enum.Enum | None = None) -> str:
    """The outer block of an HTML repr: an escaped title (with a status label) and parts."""
    badge = f" {status_badge(status)}" if status is not None else ""
    return (
        f'<div class="openinfra-model" style="{_FRAME}">'
        f"<div><strong>{esc(title)}</strong>{badge}</div>{''.join(parts)}</div>"
    )


def _source(citation: Citation) -> str:
    """The citation as :meth:`Decision.explain` renders it, with confidence and quote."""
    text = esc(str(citation))
    label = "" if citation.confidence is None else f" [{esc(citation.confidence.label)}]"
    if citation.quote is None:
        # str() marks all but quoted citations already: only "[quoted]" is added, once.
        marked = citation.confidence is None or citation.confidence.value != "quoted"
        return text if marked else f"{text}<br><small>{label}</small>"
    return (
        f"{text}<details><summary>source{label}</summary>"
        f'<blockquote style="margin:2px 0 2px 8px">“{esc(citation.quote)}”</blockquote>'
        "</details>"
    )


def check_table(checks: Sequence[CheckLike], *, limit: int = MAX_ROWS) -> str:
    """The checks as a table: status, rule, reason and source, each row in its colour."""
    return table(
        ("status", "rule", "reason", "source"),
        (
            (
                status_badge(c.status),
                f"<code>{esc(c.rule_id)}</code>",
                esc(c.reason),
                _source(c.citation),
            )
            for c in checks
        ),
        statuses=(c.status for c in checks),
        raw=frozenset({0, 1, 2, 3}),
        limit=limit,
        total=len(checks),
    )


def decision_html(
    decision: DecisionLike, title: str = "Decision", *, limit: int = MAX_ROWS
) -> str:
    """A decision as HTML: its outcome, then every check (``Decision._repr_html_``)."""
    counts = _status_counts(decision.checks)
    return frame(
        f"{title}: {decision.outcome.name}" + (f" ({counts})" if counts else ""),
        check_table(decision.checks, limit=limit),
        status=decision.outcome,
    )


def result_html(result: Decided) -> str:
    """A one-decision result as HTML: its one-line repr with the outcome, then the checks.

    The ``_repr_html_`` of every result that carries one decision (a dues assessment, the
    rights of a tier, the Platinum term, a fee, a hub participation).
    """
    return frame(
        repr(result)[1:-1],
        check_table(result.decision.checks),
        status=result.decision.outcome,
    )


def result_row(decision: DecisionLike, **columns: object) -> dict[str, object]:
    """A one-decision result's typed row: ``columns``, then the outcome and the reasons.

    The reasons of the decision's checks are joined by ``"; "``.

    Example:
        >>> from openinfra_model import Check, Citation, Decision, Status
        >>> c = Citation("bylaws", date(2021, 9, 29), "4.2")
        >>> result_row(Decision.of(Check("x", Status.PASSED, c, "fine")), amount=1)
        {'amount': 1, 'outcome': 'passed', 'reason': 'fine'}
    """
    return {
        **columns,
        "outcome": decision.outcome.value,
        "reason": "; ".join(c.reason for c in decision.checks),
    }


def _status_counts(checks: Iterable[CheckLike]) -> str:
    found: dict[enum.Enum, int] = {}
    for c in checks:
        found[c.status] = found.get(c.status, 0) + 1
    return ", ".join(f"{n} {s.name.lower()}" for s, n in found.items())


def check_rows(checks: Iterable[CheckLike], **context: object) -> tuple[dict[str, object], ...]:
    """Typed rows of checks: the ``context`` columns first, then the check and its citation."""
    return tuple(
        {
            **context,
            "rule_id": c.rule_id,
            "status": c.status.value,
            "reason": c.reason,
            "document": c.citation.document,
            "version": c.citation.version,
            "section": c.citation.section,
            "confidence": None if c.citation.confidence is None else c.citation.confidence.value,
            "quote": c.citation.quote,
        }
        for c in checks
    )


def rows_of(results: Iterable[Tabular]) -> tuple[Mapping[str, Any], ...]:
    """The rows of several results, one after another (``pandas.DataFrame(rows_of(...))``).

    Example:
        >>> from openinfra_model.record import replay
        >>> rows = rows_of(replay(date(2024, 1, 1), date(2024, 12, 31)))
        >>> rows[0]["as_of"], rows[0]["platinum"], rows[0]["outcome"]
        (datetime.date(2024, 1, 1), 5, 'passed')
    """
    return tuple(row for result in results for row in result.to_rows())
