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
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from openinfra_model.core.citations import DOCUMENTS, Citation, Document
from openinfra_model.core.errors import NoRegimeError, RegimeConflictError

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "BYLAWS_2024",
    "FIRST_DATE",
    "LF_CLOSING",
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
]

T = TypeVar("T")

FIRST_DATE = date(2012, 8, 20)
"""The first supported date: the first board election window of the OpenStack Foundation
(2012-08-20) [inferred as the start of the bylaws' operation; no earlier effective date found]."""

TURNOUT_CHANGE_2015 = date(2015, 1, 16)
"""Close of the January 2015 member vote that lowered the amendment turnout from 25% to 10%
[month paraphrased; the day inferred from the close of the vote]."""

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


class Confidence(enum.Enum):
    """How firmly the sources establish a window (the reference's marks)."""

    QUOTED = "quoted"
    """The value and start are quoted from the source."""
    PARAPHRASED = "paraphrased"
    """The source says so, not in these words."""
    INFERRED = "inferred"
    """Our own reading or arithmetic; no source states it."""
    NOT_FOUND = "not_found"
    """Searched for and not found; the value is a documented choice."""


@attrs.frozen(kw_only=True)
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
        return self.start <= day and (self.end is None or day < self.end)


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
        ValueError: No window given, or ``rule_id`` already registered.
    """

    __slots__ = ("_ends", "_starts", "_windows", "rule_id")

    def __init__(self, rule_id: str, *windows: Window[T], register: bool = True) -> None:
        """Sort the windows, derive their ends and register the table."""
        if not windows:
            msg = f"dated table {rule_id!r} needs at least one window"
            raise ValueError(msg)
        ordered = sorted(windows, key=lambda w: w.start)
        for a, b in itertools.pairwise(ordered):
            if a.start == b.start:
                raise RegimeConflictError(rule_id, a.start)
        filled = tuple(
            attrs.evolve(w, end=nxt.start if nxt is not None else None)
            for w, nxt in zip(ordered, [*ordered[1:], None], strict=True)
        )
        self.rule_id = rule_id
        self._windows = filled
        self._starts = tuple(w.start for w in filled)
        self._ends = tuple(w.end for w in filled)
        if register:
            known = _REGISTRY.get(rule_id)
            # The same module imported a second time (pytest's importlib mode does this for
            # doctests) registers identical windows again: harmless. Different windows under
            # one id are a real clash.
            if known is not None and _signature(known.windows) != _signature(filled):
                msg = f"dated table {rule_id!r} is registered twice with different windows"
                raise ValueError(msg)
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

        Raises:
            NoRegimeError: ``as_of`` is before the first window.
        """
        i = bisect.bisect_right(self._starts, as_of) - 1
        if i < 0:
            raise NoRegimeError(self.rule_id, as_of, self._starts[0])
        return self._windows[i]

    def value(self, as_of: date) -> T:
        """Return the value in force on ``as_of``; see :meth:`at`."""
        return self.at(as_of).value

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


def _signature(windows: tuple[Window[Any], ...]) -> tuple[tuple[object, ...], ...]:
    # Values compared by repr: a re-imported module has new (unequal) enum classes.
    return tuple((w.start, repr(w.value), w.citation, w.confidence.value) for w in windows)


def all_tables() -> Mapping[str, DatedTable[object]]:
    """Every registered dated parameter, by rule id (import the rule modules first)."""
    return MappingProxyType(dict(sorted(_REGISTRY.items())))


def boundary_dates() -> tuple[date, ...]:
    """Every date on which some registered parameter changes, sorted."""
    return tuple(sorted({w.start for t in _REGISTRY.values() for w in t.windows}))


@attrs.frozen
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


def regime_on(as_of: date) -> Regime:
    """List the documents and parameter values in force on ``as_of``.

    Example:
        >>> import openinfra_model
        >>> r = regime_on(date(2026, 1, 15))
        >>> "lf-charter" in [d.key for d in r.documents]
        True
        >>> "bylaws" in [d.key for d in r.documents]
        False
    """
    docs = tuple(d for d in DOCUMENTS.values() if d.governs and d.in_force_on(as_of))
    params = {rid: t.at(as_of) for rid, t in sorted(_REGISTRY.items()) if t.first <= as_of}
    return Regime(as_of, docs, MappingProxyType(params))
