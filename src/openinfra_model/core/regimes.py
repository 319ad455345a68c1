"""Dated rules: every parameter that changed is its own table of half-open date windows.

A :class:`DatedTable` holds the windows of one parameter (the Platinum dues, the diversity
limit, the voter waiting period...). Each :class:`Window` carries its value, the
:class:`~openinfra_model.core.citations.Citation` of the text that sets it and how sure we are of
its start date (:class:`Confidence`). :meth:`DatedTable.at` takes the window with the latest
start on or before the date asked about; before the first window it raises
:class:`~openinfra_model.core.errors.NoRegimeError` -- the library never extrapolates backwards.

A "regime" is only a view: :func:`regime_on` lists the documents in force on a date and the
window of every registered parameter.

Example:
    >>> from openinfra_model.core.citations import Citation
    >>> t = DatedTable(
    ...     "example.limit",
    ...     Window(
    ...         start=date(2012, 8, 20),
    ...         value=2,
    ...         citation=Citation("bylaws", date(2012, 8, 20), "4.17(a)"),
    ...         confidence=Confidence.QUOTED,
    ...     ),
    ...     Window(
    ...         start=date(2021, 1, 1),
    ...         value=3,
    ...         citation=Citation("bylaws", date(2021, 9, 29), "4.15(a)"),
    ...         confidence=Confidence.INFERRED,
    ...     ),
    ...     register=False,
    ... )
    >>> t.value(date(2020, 12, 31)), t.value(date(2021, 1, 1))
    (2, 3)
    >>> t.at(date(2015, 6, 1)).end
    datetime.date(2021, 1, 1)
"""

from __future__ import annotations

import bisect
import enum
import itertools
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from openinfra_model.core.citations import DOCUMENTS, Citation, Confidence, Document
from openinfra_model.core.deprecations import keyword_as_of
from openinfra_model.core.errors import InvalidInputError, NoRegimeError, RegimeConflictError
from openinfra_model.core.render import frame, table
from openinfra_model.core.validate import check_arguments, quote, typed

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = [
    "BYLAWS_2024",
    "FIRST_DATE",
    "LF_CLOSING",
    "LF_ELECTIONS",
    "OIF_LAUNCH",
    "OIP_AMENDMENTS",
    "TURNOUT_CHANGE_2015",
    "Confidence",
    "DatedTable",
    "Regime",
    "Window",
    "all_tables",
    "boundary_dates",
    "regime_on",
    "register_source",
]

T = TypeVar("T")

FIRST_DATE = date(2012, 7, 18)
"""The first supported date: the day the OpenStack Foundation started accepting Individual
Members, 2012-07-18 [inferred: the executive director wrote on Wednesday 2012-07-25 "Last
Wednesday we started accepting Individual Members"; the COI Effective Date was not found].

The record the library ships starts then: the 2012 nominations (from the first sign-ups), the
Gold Director Selector vote of 2012-08-13..17 and the Individual vote of 2012-08-20..24.
Earlier releases started on 2012-08-20 (the first Individual vote), which refused the 2012
Gold vote and the 2012 nominations as "before every rule"."""

TURNOUT_CHANGE_2015 = date(2015, 2, 15)
"""Effective date of the 2015 bylaws amendments that lowered the Individual amendment turnout
from 25% to 10% [inferred]. The members approved them in the vote of 12-16 January 2015, which
itself needed 25%; amended bylaws take effect "no sooner than thirty (30) days after the action by
the Board of Directors to set such date" (§9.2(d)). The Board's date was not found, so the
earliest possible one is used: 2015-01-16 + 30 days. (Earlier releases used 2015-01-16, the
close of the vote; DECISIONS §2 revised.)"""

OIF_LAUNCH = date(2021, 1, 1)
"""The Open Infrastructure Foundation is "fully operational on Jan 1, 2021" (join page)
[quoted]."""

OIP_AMENDMENTS = date(2023, 12, 5)
"""The Board approves the OIP bylaws amendments; Appendix 4 (ATC rules) removed [quoted]."""

BYLAWS_2024 = date(2024, 3, 12)
"""Date of the published text with the "reduced or increased" seat rule and the Platinum
effective date of signature plus approval [quoted: the date of the text]."""

LF_CLOSING = date(2025, 6, 1)
"""The OpenInfra Foundation becomes a directed fund of the Linux Foundation [paraphrased]."""


LF_ELECTIONS = date(2026, 1, 1)
"""The LF Election Procedures' numbered rules are headed "For Elections Beginning January 1,
2026" [quoted]: they govern elections whose vote opens on or after this day (keyed on the
vote's first day, so the nominations of late 2025 for the January 2026 vote fall under them).
Between 2025-06-01 and 2025-12-31 no Governing Board election was held; only the procedures'
transition paragraphs and the charter governed the seats. Earlier releases applied the
numbered rules from 2025-06-01 (DECISIONS §2 revised)."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class Window(Generic[T]):
    """One value of a dated parameter and the half-open window ``[start, end)`` it holds in.

    Attributes:
        start: The first day the value holds.
        value: The parameter's value.
        citation: The text that sets the value.
        confidence: How firmly the sources establish the value and its start date.
        note: Why the start date or value is what it is, where it is not quoted.
        end: The first day the value no longer holds (the next window's start), or ``None``
            for the window still open. Filled in by :class:`DatedTable`.
    """

    start: date
    value: T
    citation: Citation
    confidence: Confidence
    note: str = ""
    end: date | None = None

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls inside ``[start, end)``."""
        check_arguments(Window.contains, locals())
        return self.start <= day and (self.end is None or day < self.end)

    def __repr__(self) -> str:
        """One line: the window's dates, value (cut to 40 characters), confidence and citation.

        Example:
            >>> from openinfra_model.core.citations import Citation
            >>> c = Citation("bylaws", date(2021, 9, 29), "4.17(a)", "No more than two")
            >>> Window(start=date(2021, 1, 1), value=3, citation=c, confidence=Confidence.INFERRED)
            <Window 2021-01-01.. 3 inferred bylaws (2021-09-29) §4.17(a)>
        """
        end = self.end.isoformat() if self.end else ""
        text = str(_cell(self.value))
        text = text if len(text) <= 40 else text[:39] + "…"
        return (
            f"<Window {self.start.isoformat()}..{end} {text} {self.confidence.value} "
            f"{self.citation}>"
        )


_REGISTRY: dict[str, DatedTable[object]] = {}


class DatedTable(Generic[T]):
    """The windows of one parameter, looked up by date.

    Args:
        rule_id: The parameter's stable dotted id (``"dues.platinum"``).
        *windows: Its windows, in any order; their ``end`` is derived from the next start.
        register: Whether to add the table to the registry :func:`regime_on` and the rules
            reference read (tests and examples pass ``False``).

    Raises:
        RegimeConflictError: Two windows start on the same day.
        InvalidInputError: No window given, or ``rule_id`` already registered with other
            windows (and any argument of the wrong type).
    """

    __slots__ = ("_early", "_ends", "_starts", "_text_dates", "_windows", "rule_id")

    def __init__(self, rule_id: str, *windows: Window[T], register: bool = True) -> None:
        """Sort the windows, derive their ends and register the table."""
        check_arguments(DatedTable, locals())
        if not windows:
            msg = f"dated table {quote(rule_id)} needs at least one window"
            raise InvalidInputError.at("windows", msg)
        ordered = sorted(windows, key=lambda w: w.start)
        for a, b in itertools.pairwise(ordered):
            if a.start == b.start:
                raise RegimeConflictError(rule_id, a.start)
        filled = tuple(
            attrs.evolve(
                w,
                end=nxt.start if nxt is not None else None,
                citation=_with_confidence(w.citation, w.confidence),
            )
            for w, nxt in zip(ordered, [*ordered[1:], None], strict=True)
        )
        self.rule_id = rule_id
        self._windows = filled
        self._starts = tuple(w.start for w in filled)
        self._ends = tuple(w.end for w in filled)
        # A quoted window whose text is dated after the day asked about relies on a later
        # text: the text in force then is not in the sources, so the value is inferred.
        self._text_dates = tuple(
            w.citation.version if w.confidence is Confidence.QUOTED else date.min for w in filled
        )
        self._early = tuple(_earlier_than_text(w) for w in filled)
        if register:
            known = _REGISTRY.get(rule_id)
            # The same module imported a second time (pytest's importlib mode does this for
            # doctests) registers identical windows again: harmless. Different windows under
            # one id are a real clash.
            if known is not None and _signature(known.windows) != _signature(filled):
                msg = f"dated table {quote(rule_id)} is registered twice with different windows"
                raise InvalidInputError.at("rule_id", msg)
            _REGISTRY[rule_id] = self  # type: ignore[assignment]

    @property
    def windows(self) -> tuple[Window[T], ...]:
        """All windows, oldest first."""
        return self._windows

    @property
    def first(self) -> date:
        """The first date the parameter is known from."""
        return self._starts[0]

    def at(self, as_of: date) -> Window[T]:
        """Return the window in force on ``as_of`` (the latest start on or before it).

        A quoted window whose citation is a text dated after ``as_of`` (the text relied on is
        later than the day asked about, and the earlier text is not in the sources) comes back
        marked :attr:`Confidence.INFERRED`, its citation too, with a note saying so.

        Raises:
            NoRegimeError: ``as_of`` is before the first window.
        """
        check_arguments(DatedTable.at, locals())
        return self._at(as_of)

    def value(self, as_of: date) -> T:
        """Return the value in force on ``as_of``; see :meth:`at`."""
        check_arguments(DatedTable.value, locals())
        return self._at(as_of).value

    def _at(self, as_of: date) -> Window[T]:
        # The lookup of at() without its argument check: the library's own rules call this
        # on every evaluation with dates they have already checked (or computed).
        i = bisect.bisect_right(self._starts, as_of) - 1
        if i < 0:
            raise NoRegimeError(self.rule_id, as_of, self._starts[0])
        if as_of < self._text_dates[i]:
            return self._early[i]
        return self._windows[i]

    def _value(self, as_of: date) -> T:
        # value() without its argument check (see _at).
        return self._at(as_of).value

    def __iter__(self) -> Iterator[Window[T]]:
        """Iterate over the windows, oldest first."""
        return iter(self._windows)

    def __len__(self) -> int:
        """The number of windows."""
        return len(self._windows)

    def __repr__(self) -> str:
        """Show the id and the window starts."""
        starts = ", ".join(s.isoformat() for s in self._starts)
        return f"DatedTable({self.rule_id!r}: {starts})"


def _earlier_than_text(w: Window[T]) -> Window[T]:
    if w.confidence is not Confidence.QUOTED or w.citation.version <= w.start:
        return w
    note = (
        f"The text relied on is dated {w.citation.version.isoformat()}, after the day asked "
        "about; the text in force then is not in the sources, so the value is inferred."
    )
    return attrs.evolve(
        w,
        confidence=Confidence.INFERRED,
        citation=w.citation.with_confidence(Confidence.INFERRED),
        note=f"{w.note} {note}".strip(),
    )


def _with_confidence(citation: Citation, confidence: Confidence) -> Citation:
    # Every check that cites a window's citation then shows how firm the window is.
    return citation.with_confidence(confidence)


def _signature(windows: tuple[Window[Any], ...]) -> tuple[tuple[object, ...], ...]:
    # Values compared by repr: a re-imported module has new (unequal) enum classes.
    return tuple((w.start, repr(w.value), w.citation, w.confidence.value) for w in windows)


_SOURCES: list[
    tuple[Callable[[], Mapping[str, DatedTable[Any]]], Callable[[], Iterable[date]]]
] = []


def register_source(
    tables: Callable[[], Mapping[str, DatedTable[Any]]], starts: Callable[[], Iterable[date]]
) -> None:
    """Add a source of dated tables (the rulebook registers itself when imported).

    Args:
        tables: Gives the tables by id (those of the rulebook in force).
        starts: Gives the start of every window the source knows.
    """
    _SOURCES.append((tables, starts))


def all_tables() -> Mapping[str, DatedTable[object]]:
    """Every dated parameter the imported rule modules declare, by rule id.

    The tables are those of the rulebook in force (the real record outside
    :func:`~openinfra_model.core.rulebook.using`); tables registered directly with
    ``DatedTable(..., register=True)`` are included too. Import the rule modules first.
    """
    check_arguments(all_tables, locals())
    found: dict[str, DatedTable[object]] = dict(_REGISTRY)
    for tables, _ in _SOURCES:
        found.update(tables())
    return MappingProxyType(dict(sorted(found.items())))


def boundary_dates() -> tuple[date, ...]:
    """Every date on which some parameter of the rulebook in force changes, sorted."""
    check_arguments(boundary_dates, locals())
    starts = {w.start for t in _REGISTRY.values() for w in t.windows}
    for _, more in _SOURCES:
        starts.update(more())
    return tuple(sorted(starts))


@attrs.frozen(field_transformer=typed)
class Regime:
    """The rules in force on one date: a convenience view, not a source of truth.

    Attributes:
        as_of: The date viewed.
        documents: The source documents governing on that date (records such as board
            rosters and mailing-list posts are sources of facts, not rules, and are left out).
        parameters: The window of each registered parameter known on that date (parameters
            whose first window starts later are left out).
    """

    as_of: date
    documents: tuple[Document, ...]
    parameters: Mapping[str, Window[object]]

    def value(self, rule_id: str) -> object:
        """The value of one parameter on this date."""
        return self.parameters[rule_id].value

    def __repr__(self) -> str:
        """One line: the date and how many documents and parameters govern it."""
        return (
            f"<Regime {self.as_of.isoformat()}: {len(self.documents)} documents, "
            f"{len(self.parameters)} parameters>"
        )

    def _repr_html_(self) -> str:
        """One row a parameter: value, window, confidence and citation (cut after 20)."""
        return frame(
            repr(self)[1:-1],
            table(
                ("parameter", "value", "from", "until", "confidence", "citation"),
                (
                    (
                        r["parameter"],
                        r["value"],
                        r["start"],
                        r["end"],
                        r["confidence"],
                        f"{r['document']} ({r['version']}) §{r['section']}",
                    )
                    for r in self.to_rows()
                ),
                total=len(self.parameters),
            ),
        )

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row a parameter: its window's value, dates, confidence and citation.

        Values that are numbers, money, dates, strings or enums keep their type (enums as their
        values); other values (sets, fee schedules) are given as their text.

        Example:
            >>> rows = regime_on(as_of=date(2024, 3, 12)).to_rows()
            >>> row = next(
            ...     r for r in rows if r["parameter"] == "membership.platinum.effective_date"
            ... )
            >>> row["value"], row["start"], row["confidence"]
            ('on_approval', datetime.date(2024, 3, 12), 'quoted')

        .. versionadded:: 0.2
        """
        return tuple(
            {
                "as_of": self.as_of,
                "parameter": key,
                "value": _cell(w.value),
                "start": w.start,
                "end": w.end,
                "confidence": w.confidence.value,
                "document": w.citation.document,
                "version": w.citation.version,
                "section": w.citation.section,
            }
            for key, w in sorted(self.parameters.items())
        )


def _cell(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, Decimal, str, date)):
        return value
    return str(value)


@keyword_as_of(0)
def regime_on(*, as_of: date) -> Regime:
    """List the documents and parameter values in force on ``as_of``.

    Example:
        >>> import openinfra_model
        >>> r = regime_on(as_of=date(2026, 1, 15))
        >>> "lf-charter" in [d.key for d in r.documents]
        True
        >>> "bylaws" in [d.key for d in r.documents]
        False

    .. versionchanged:: 0.2
       ``as_of`` is keyword-only (by position: deprecated, warns).
    """
    check_arguments(regime_on, locals())
    docs = tuple(d for d in DOCUMENTS.values() if d.governs and d.in_force_on(as_of))
    params = {rid: t._at(as_of) for rid, t in all_tables().items() if t.first <= as_of}
    return Regime(as_of, docs, MappingProxyType(params))
