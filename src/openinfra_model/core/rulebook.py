"""Rulebooks: the dated parameters in force, as a value, read from the package's TOML files.

Every dated parameter of the rules (the dues, the diversity limit, the quorum fractions...) is a
table of windows kept in a data file of the package, ``openinfra_model/parameters/<package>/
<module>.toml``, one file per rule module, a staffer can review in a pull request. A
:class:`Rulebook` holds all of them; :meth:`Rulebook.default` is the real record, read on first
use (not at import). A rule module declares the parameters it reads with :func:`parameter` and
looks them up by date as before (``DIVERSITY_REQUIREMENT.at(as_of)``): the lookup asks the
rulebook in force in the current context.

A counterfactual is a rulebook derived from the real one -- a window replaced or added, in
Python (:meth:`Rulebook.with_window`) or from a TOML file of the user's
(:meth:`Rulebook.from_toml`) -- and evaluated explicitly inside ``with using(rulebook):`` (a
``contextvars`` scope: each thread and task sees its own, nothing global changes). A
:class:`~openinfra_model.core.decisions.Decision` made inside the scope carries the rulebook's
name, and a check resting on a changed window says so in its reason.

The file format (values as the wire format writes them; TOML floats and native TOML dates are
refused, each with its path)::

    [board.diversity.limit]  # the parameter's rule id, as nested tables
    description = "..."  # optional

    [[board.diversity.limit.windows]]  # one entry per window, any order
    start = "2021-01-01"  # "YYYY-MM-DD"; the window runs to the next start
    until = "2025-06-01"  # optional: checked against the next start
    confidence = "inferred"  # quoted | paraphrased | inferred | not_found
    note = "..."  # optional
    value = 3  # ints, booleans, strings, decimal strings
    # ("350000"), fractions ("1/10"), arrays, tables;
    # no value: the parameter has none in the window
    [board.diversity.limit.windows.citation]
    document = "bylaws"
    version = "2021-09-29"
    section = "4.15(a)"
    quote = "No more than three directors ..."  # optional, verbatim

Example:
    >>> from datetime import date
    >>> real = Rulebook.default()
    >>> real.parameter("board.diversity.limit").at(date(2026, 1, 15)).start
    datetime.date(2025, 6, 1)
    >>> reform = real.with_window(
    ...     "elections.voter.waiting_period",
    ...     start=date(2027, 1, 1),
    ...     value=90,
    ...     name="waiting-90",
    ... )
    >>> [str(c) for c in reform.diff(real)]
    ['elections.voter.waiting_period from 2027-01-01: added (value 90)']
"""

from __future__ import annotations

import contextlib
import enum
import re
import threading
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from pathlib import Path
from types import MappingProxyType, NoneType, UnionType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import attrs

from openinfra_model.core._scope import ACTIVE, USED
from openinfra_model.core.citations import Citation, Confidence
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.regimes import DatedTable, Window, register_source
from openinfra_model.core.validate import check_arguments

if TYPE_CHECKING:
    from collections.abc import Iterator

    from openinfra_model.core.decisions import Check

__all__ = [
    "Comparison",
    "ParameterChange",
    "ParameterData",
    "ParameterTable",
    "ParameterWindow",
    "Rulebook",
    "compare",
    "current_rulebook",
    "declared_parameters",
    "parameter",
    "using",
]

T = TypeVar("T")
_R = TypeVar("_R")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FRACTION = re.compile(r"(0|[1-9]\d*)/([1-9]\d*)")
_WINDOW_KEYS = frozenset({"start", "until", "confidence", "note", "value", "citation"})
_CITATION_KEYS = frozenset({"document", "version", "section", "quote"})
_TABLE_KEYS = frozenset({"windows", "description"})


# --- The data: parameters as read from the files ----------------------------------------------


@attrs.frozen(kw_only=True)
class ParameterWindow:
    """One window of a parameter as the data files write it.

    Attributes:
        start: The first day the value holds.
        value: The value in wire form (what the TOML file holds: ints, booleans, strings,
            lists, tables), ``None`` when the parameter has no value in the window.
        citation: The text that sets the value.
        confidence: How firmly the sources establish the value and its start date.
        note: Why the start date or value is what it is, where it is not quoted.
    """

    start: date
    value: object
    citation: Citation
    confidence: Confidence
    note: str = ""

    def __hash__(self) -> int:
        """Hash by start and citation (the value may be a table)."""
        return hash((self.start, self.citation))


@attrs.frozen
class ParameterData:
    """One parameter: its id, its windows (oldest first) and the file they come from.

    Attributes:
        rule_id: The parameter's stable dotted id (``"board.diversity.limit"``).
        windows: The windows, oldest first.
        source: The file the windows were read from (``"parameters/board/diversity.toml"``),
            or the rulebook that changed them.
        description: An optional description for people.
    """

    rule_id: str
    windows: tuple[ParameterWindow, ...]
    source: str = attrs.field(eq=False)
    description: str = ""

    def at(self, as_of: date) -> ParameterWindow:
        """The window in force on ``as_of`` (the latest start on or before it).

        Raises:
            KeyError: ``as_of`` is before the first window.
        """
        found = [w for w in self.windows if w.start <= as_of]
        if not found:
            raise KeyError(as_of)
        return found[-1]

    def end_of(self, window: ParameterWindow) -> date | None:
        """The first day after ``window`` (the next window's start), ``None`` if still open."""
        later = [w.start for w in self.windows if w.start > window.start]
        return min(later) if later else None


@attrs.frozen
class ParameterChange:
    """One window that differs between two rulebooks (see :meth:`Rulebook.diff`).

    Attributes:
        rule_id: The parameter.
        start: The start of the window.
        before: The window in the other rulebook (``None``: added).
        after: The window in this rulebook (``None``: removed).
    """

    rule_id: str
    start: date
    before: ParameterWindow | None
    after: ParameterWindow | None

    def __str__(self) -> str:
        """Describe the change in one line."""
        head = f"{self.rule_id} from {self.start.isoformat()}"
        if self.before is None and self.after is not None:
            return f"{head}: added (value {_show(self.after.value)})"
        if self.after is None and self.before is not None:
            return f"{head}: removed (was {_show(self.before.value)})"
        assert self.before is not None  # noqa: S101 - both set
        assert self.after is not None  # noqa: S101
        if self.before.value != self.after.value:
            return f"{head}: value {_show(self.before.value)} -> {_show(self.after.value)}"
        return f"{head}: citation, confidence or note changed"


def _show(value: object) -> str:
    """A compact rendering of a wire value (for diffs and the rules reference)."""
    if value is None:
        return "none"
    if isinstance(value, dict) and {"document", "version", "section"} <= set(value):
        return f"{value['document']} ({value['version']}) §{value['section']}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_show(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def show_value(value: object) -> str:
    """Render a wire value compactly, citations inside it shown as ``document (version) §``.

    Example:
        >>> show_value({"kind": "fixed", "amount": "350000"})
        '{kind: fixed, amount: 350000}'
    """
    return _show(value)


# --- Reading and validating the files ---------------------------------------------------------


def _walk_refuse(value: object, path: str, problems: list[Problem]) -> None:
    """Refuse TOML floats and native dates/times anywhere in a file."""
    if isinstance(value, dict):
        for k, v in value.items():
            _walk_refuse(v, f"{path}.{k}" if path else str(k), problems)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _walk_refuse(v, f"{path}[{i}]", problems)
    elif isinstance(value, float):
        problems.append(
            Problem(path, f"a TOML float ({value!r}) is refused: write a decimal string or 'n/d'")
        )
    elif isinstance(value, (date, datetime, time)):
        problems.append(
            Problem(path, f'a native TOML date or time is refused: write "{value}" in quotes')
        )


def _day(value: object, path: str, problems: list[Problem]) -> date | None:
    if not isinstance(value, str) or _DATE.fullmatch(value) is None:
        problems.append(Problem(path, f'expected a date as "YYYY-MM-DD", not {value!r}'))
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        problems.append(Problem(path, f"impossible date {value!r}"))
        return None


def _text(
    table: Mapping[str, object],
    key: str,
    path: str,
    problems: list[Problem],
    *,
    required: bool = True,
) -> str | None:
    value = table.get(key)
    if value is None:
        if required:
            problems.append(Problem(f"{path}.{key}", "missing"))
        return None
    if not isinstance(value, str):
        problems.append(Problem(f"{path}.{key}", f"expected a string, not {value!r}"))
        return None
    return value


def _citation(value: object, path: str, problems: list[Problem]) -> Citation | None:
    if not isinstance(value, dict):
        problems.append(Problem(path, "expected a table (document, version, section, quote)"))
        return None
    extra = sorted(set(value) - _CITATION_KEYS)
    if extra:
        problems.append(Problem(path, f"unknown keys {extra}"))
    document = _text(value, "document", path, problems)
    section = _text(value, "section", path, problems)
    quote = _text(value, "quote", path, problems, required=False)
    version = None
    if "version" in value:
        version = _day(value["version"], f"{path}.version", problems)
    else:
        problems.append(Problem(f"{path}.version", "missing"))
    if document is None or section is None or version is None:
        return None
    return Citation(document, version, section, quote)


def _confidence(value: object, path: str, problems: list[Problem]) -> Confidence | None:
    try:
        return Confidence(value)
    except ValueError:
        known = ", ".join(c.value for c in Confidence)
        problems.append(Problem(path, f"unknown confidence {value!r}: expected one of {known}"))
        return None


def _window(
    entry: object, path: str, problems: list[Problem]
) -> tuple[ParameterWindow, date | None] | None:
    if not isinstance(entry, dict):
        problems.append(Problem(path, "expected a table"))
        return None
    extra = sorted(set(entry) - _WINDOW_KEYS)
    if extra:
        problems.append(Problem(path, f"unknown keys {extra}"))
    missing = sorted({"start", "confidence", "citation"} - set(entry))
    problems.extend(Problem(f"{path}.{key}", "missing") for key in missing)
    if missing:
        return None
    start = _day(entry["start"], f"{path}.start", problems)
    until = _day(entry["until"], f"{path}.until", problems) if "until" in entry else None
    confidence = _confidence(entry["confidence"], f"{path}.confidence", problems)
    citation = _citation(entry["citation"], f"{path}.citation", problems)
    note = _text(entry, "note", path, problems, required=False) or ""
    if start is None or confidence is None or citation is None:
        return None
    window = ParameterWindow(
        start=start,
        value=entry.get("value"),
        citation=citation,
        confidence=confidence,
        note=note,
    )
    return window, until


def _parameter(
    rule_id: str, table: Mapping[str, object], source: str, problems: list[Problem]
) -> ParameterData | None:
    path = rule_id
    extra = sorted(set(table) - _TABLE_KEYS)
    if extra:
        problems.append(
            Problem(path, f"unknown keys {extra}: a parameter holds only description, windows")
        )
    description = _text(table, "description", path, problems, required=False) or ""
    entries = table.get("windows")
    if not isinstance(entries, list) or not entries:
        problems.append(Problem(f"{path}.windows", "expected at least one [[windows]] entry"))
        return None
    read = [_window(e, f"{path}.windows[{i}]", problems) for i, e in enumerate(entries)]
    if any(r is None for r in read):
        return None
    pairs = sorted(
        (cast("tuple[ParameterWindow, date | None]", r) for r in read), key=lambda p: p[0].start
    )
    for i, (w, until) in enumerate(pairs):
        nxt = pairs[i + 1][0].start if i + 1 < len(pairs) else None
        if nxt == w.start:
            problems.append(
                Problem(f"{path}.windows", f"two windows start on {w.start.isoformat()}")
            )
        if until is not None and until != nxt:
            shown = nxt.isoformat() if nxt else "none (the last window)"
            problems.append(
                Problem(
                    f"{path}.windows (start {w.start.isoformat()}).until",
                    f"is {until.isoformat()} but the next window starts {shown}",
                )
            )
    return ParameterData(rule_id, tuple(w for w, _ in pairs), source, description)


def _collect(
    node: Mapping[str, object], prefix: str, source: str, problems: list[Problem]
) -> dict[str, ParameterData]:
    found: dict[str, ParameterData] = {}
    for key, value in node.items():
        rule_id = f"{prefix}.{key}" if prefix else key
        if not isinstance(value, dict):
            problems.append(
                Problem(rule_id, "expected a table: a parameter or a group of parameters")
            )
        elif "windows" in value:
            read = _parameter(rule_id, value, source, problems)
            if read is not None:
                found[rule_id] = read
        else:
            found.update(_collect(value, rule_id, source, problems))
    return found


def parse_parameters(text: str, source: str) -> dict[str, ParameterData]:
    r"""Read and validate the parameters of one TOML text.

    Args:
        text: The file's text.
        source: Its name, used in error paths (``"parameters/board/diversity.toml"``).

    Raises:
        InvalidInputError: Every problem found, each path starting with ``source``.

    Example:
        >>> parse_parameters(  # doctest: +ELLIPSIS
        ...     "[x]\nwindows = [{ start = 2021-01-01 }]", "mine.toml"
        ... )
        Traceback (most recent call last):
        ...
        openinfra_model.InvalidInputError: mine.toml: x.windows[0].start: a native TOML date ...
    """
    import tomllib  # noqa: PLC0415 - read on first use, not at import

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInputError.at(source, f"not TOML: {exc}") from exc
    problems: list[Problem] = []
    _walk_refuse(data, "", problems)
    if problems:
        raise InvalidInputError(Problem(f"{source}: {p.path}", p.message) for p in problems)
    found = _collect(data, "", source, problems)
    if problems:
        raise InvalidInputError(Problem(f"{source}: {p.path}", p.message) for p in problems)
    return found


def _package_files() -> Iterator[tuple[str, str]]:
    root = resources.files("openinfra_model") / "parameters"
    stack = [(root, "parameters")]
    while stack:
        node, name = stack.pop()
        for child in sorted(node.iterdir(), key=lambda c: c.name, reverse=True):
            if child.is_dir():
                stack.append((child, f"{name}/{child.name}"))
            elif child.name.endswith(".toml"):
                yield f"{name}/{child.name}", child.read_text(encoding="utf-8")


def _read_package() -> dict[str, ParameterData]:
    found: dict[str, ParameterData] = {}
    problems: list[Problem] = []
    for source, text in _package_files():
        for rule_id, data in parse_parameters(text, source).items():
            if rule_id in found:
                problems.append(
                    Problem(f"{source}: {rule_id}", f"also defined in {found[rule_id].source}")
                )
            found[rule_id] = data
    if problems:
        raise InvalidInputError(problems)
    return dict(sorted(found.items()))


# --- Values: from wire form to Python and back ------------------------------------------------


def _is_optional(tp: object) -> bool:
    return typing.get_origin(tp) in {typing.Union, UnionType} and NoneType in typing.get_args(tp)


def _field_types(cls: type) -> dict[str, object]:
    from openinfra_model.core.convert import resolve_field_types  # noqa: PLC0415 - cycle-free

    resolve_field_types(cls)
    return {f.name: f.type for f in attrs.fields(cls)}


def _structure(raw: object, tp: Any, path: str) -> object:  # noqa: ANN401, C901, PLR0911, PLR0912 - per type shape
    """Turn a wire value into a value of ``tp``; refuse anything off-format, naming ``path``."""
    if tp is object or tp is Any:
        return raw
    if _is_optional(tp):
        if raw is None:
            return None
        rest = [a for a in typing.get_args(tp) if a is not NoneType]
        inner = rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]  # noqa: UP007
        return _structure(raw, inner, path)
    if raw is None:
        raise InvalidInputError.at(path, "missing value (only optional parameters may omit it)")
    if tp is Fraction:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return Fraction(raw)
        if isinstance(raw, str) and (m := _FRACTION.fullmatch(raw)) is not None:
            return Fraction(int(m[1]), int(m[2]))
        raise InvalidInputError.at(path, f'expected a fraction as "n/d", not {raw!r}')
    cls = typing.get_origin(tp) or tp
    if isinstance(cls, type) and attrs.has(cls):
        if not isinstance(raw, dict):
            raise InvalidInputError.at(path, f"expected a table, not {raw!r}")
        types_ = _field_types(cls)
        fields = {f.name: f for f in attrs.fields(cls) if f.init}
        problems = [Problem(f"{path}.{k}", "unknown key") for k in raw if k not in fields]
        kwargs: dict[str, object] = {}
        for name, f in fields.items():
            key = f.alias or name
            if name in raw:
                try:
                    kwargs[key] = _structure(raw[name], types_[name], f"{path}.{name}")
                except InvalidInputError as exc:
                    problems.extend(exc.problems)
            elif f.default is attrs.NOTHING:
                if _is_optional(types_[name]):
                    kwargs[key] = None
                else:
                    problems.append(Problem(f"{path}.{name}", "missing"))
        if problems:
            raise InvalidInputError(problems)
        try:
            return cls(**kwargs)
        except InvalidInputError as exc:
            raise exc.prefixed(path) from exc
        except (TypeError, ValueError) as exc:
            raise InvalidInputError.at(path, str(exc)) from exc
    from openinfra_model.core.convert import structure  # noqa: PLC0415 - cycle-free

    try:
        return structure(raw, tp)
    except InvalidInputError as exc:
        raise exc.prefixed(path) from exc


def to_wire(value: object) -> object:  # noqa: C901, PLR0911 - one return per type shape
    """The wire form of a parameter value (what a TOML file would hold).

    Example:
        >>> from fractions import Fraction
        >>> to_wire(Fraction(1, 10)), to_wire(Decimal("350000")), to_wire(None)
        ('1/10', '350000', None)
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (frozenset, set)):
        return sorted((to_wire(v) for v in value), key=str)
    if isinstance(value, (tuple, list)):
        return [to_wire(v) for v in value]
    if attrs.has(type(value)):
        out = {}
        for f in attrs.fields(cast("Any", type(value))):
            if f.init:
                item = to_wire(getattr(value, f.name))
                if item is not None:
                    out[f.name] = item
        return out
    msg = f"a parameter value of type {type(value).__name__} has no wire form"
    raise TypeError(msg)


def _drop_none(value: object) -> object:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


# --- Declarations: which Python type each parameter holds -------------------------------------


@attrs.frozen
class _Declared:
    value_type: Any
    build: Callable[[Any], Any] | None


_DECLARED: dict[str, _Declared] = {}


def declared_parameters() -> Mapping[str, Any]:
    """The parameters the imported rule modules declared, with their value types."""
    return MappingProxyType({k: v.value_type for k, v in sorted(_DECLARED.items())})


# --- Rulebooks ---------------------------------------------------------------------------------


class Rulebook:
    """The dated parameters in force: the real record, or a counterfactual derived from it.

    A rulebook is an immutable value. Derive one with
    :meth:`~openinfra_model.core.rulebook.Rulebook.with_window` or
    :meth:`~openinfra_model.core.rulebook.Rulebook.from_toml` and evaluate rules under it
    inside ``with using(rulebook):``.

    Attributes:
        name: ``None`` for the real record; the counterfactual's name otherwise (decisions
            made under it carry the name).
    """

    __slots__ = ("_changed", "_changed_citations", "_lock", "_parameters", "_typed", "name")

    def __init__(self, parameters: Mapping[str, ParameterData], *, name: str | None) -> None:
        """Hold ``parameters``; compute what differs from the real record when ``name`` is set.

        Raises:
            InvalidInputError: ``parameters`` is not a mapping or ``name`` not a string.
            ValueError: A derived rulebook without a name, or the real record with one.
        """
        check_arguments(Rulebook.__init__, locals())
        self.name = name
        self._parameters = MappingProxyType(dict(sorted(parameters.items())))
        self._typed: dict[str, DatedTable[Any]] = {}
        self._lock = threading.Lock()
        changed: dict[str, frozenset[date]] = {}
        citations: dict[Citation, str] = {}
        if name is not None:
            real = Rulebook.default()
            for change in self.diff(real):
                changed[change.rule_id] = changed.get(change.rule_id, frozenset()) | {change.start}
                if change.after is not None:
                    for cited in (change.after.citation, *_citations_in(change.after.value)):
                        citations.setdefault(cited, change.rule_id)
        self._changed = MappingProxyType(changed)
        self._changed_citations = MappingProxyType(citations)

    # - the real record

    @classmethod
    def default(cls) -> Rulebook:
        """The real record: the parameters of the package's data files (read on first use).

        Raises:
            InvalidInputError: A data file is malformed (each problem names its file and path).
        """
        found = _DEFAULT
        if found:
            return found[0]
        with _DEFAULT_LOCK:
            if not _DEFAULT:
                _DEFAULT.append(cls(_read_package(), name=None))
        return _DEFAULT[0]

    # - reading

    def __contains__(self, rule_id: object) -> bool:
        """Whether the rulebook has the parameter."""
        return rule_id in self._parameters

    def __iter__(self) -> Iterator[str]:
        """The parameter ids, sorted."""
        return iter(self._parameters)

    def __len__(self) -> int:
        """The number of parameters."""
        return len(self._parameters)

    def __repr__(self) -> str:
        """Show the name and the number of parameters."""
        label = "the real record" if self.name is None else repr(self.name)
        return f"<Rulebook {label}: {len(self)} parameters>"

    def __eq__(self, other: object) -> bool:
        """Equal when the names and every window are equal."""
        if not isinstance(other, Rulebook):
            return NotImplemented
        return self.name == other.name and self._parameters == other._parameters

    def __hash__(self) -> int:
        """Hash by name and parameter ids."""
        return hash((self.name, tuple(self._parameters)))

    def parameter(self, rule_id: str) -> ParameterData:
        """One parameter's windows, as the data files write them.

        Raises:
            KeyError: No such parameter.
        """
        return self._parameters[rule_id]

    @property
    def parameters(self) -> Mapping[str, ParameterData]:
        """Every parameter, by id."""
        return self._parameters

    @property
    def changed(self) -> Mapping[str, frozenset[date]]:
        """The windows (by start) that differ from the real record, by parameter."""
        return self._changed

    def table(self, rule_id: str) -> DatedTable[Any]:
        """The typed table of a declared parameter (its rule module must be imported).

        Raises:
            KeyError: The parameter is not in the rulebook or not declared by a rule module.
            InvalidInputError: A value does not fit the declared type (named by its path).
        """
        found = self._typed.get(rule_id)
        if found is not None:
            return found
        declared = _DECLARED[rule_id]
        data = self._parameters[rule_id]
        windows = []
        problems: list[Problem] = []
        for w in data.windows:
            path = f"{data.source}: {rule_id}.windows (start {w.start.isoformat()}).value"
            try:
                value = _structure(w.value, declared.value_type, path)
            except InvalidInputError as exc:
                problems.extend(exc.problems)
                continue
            if declared.build is not None and value is not None:
                value = declared.build(value)
            windows.append(
                Window(
                    start=w.start,
                    value=value,
                    citation=w.citation,
                    confidence=w.confidence,
                    note=w.note,
                )
            )
        if problems:
            raise InvalidInputError(problems)
        table: DatedTable[Any] = DatedTable(rule_id, *windows, register=False)
        with self._lock:
            return self._typed.setdefault(rule_id, table)

    # - deriving

    def with_window(  # noqa: PLR0913 - the parts of one window
        self,
        rule_id: str,
        *,
        start: date,
        value: object,
        name: str,
        citation: Citation | None = None,
        confidence: Confidence = Confidence.INFERRED,
        note: str = "",
    ) -> Rulebook:
        """A new rulebook with one window replaced (same start) or added (new start).

        Args:
            rule_id: The parameter.
            start: The window's first day; it runs to the next window's start.
            value: The value, as the rule module's type holds it (``Fee.fixed("200000")``,
                ``Fraction(1, 10)``, ``3``) or in wire form.
            name: The new rulebook's name (decisions made under it carry it).
            citation: The text the value comes from; by default the proposal itself,
                ``Citation("rulebook:<name>", start, rule_id)``.
            confidence: How firmly the value is established (inferred by default).
            note: Why the window is what it is.

        Raises:
            KeyError: No such parameter.
            InvalidInputError: The value does not fit the parameter's type.
        """
        data = self._parameters[rule_id]
        window = ParameterWindow(
            start=start,
            value=_drop_none(to_wire(value)),
            citation=citation or Citation(f"rulebook:{name}", start, rule_id),
            confidence=confidence,
            note=note or f"Counterfactual window of the rulebook {name!r}.",
        )
        kept = tuple(w for w in data.windows if w.start != start)
        windows = tuple(sorted((*kept, window), key=lambda w: w.start))
        parameters = dict(self._parameters)
        parameters[rule_id] = ParameterData(
            rule_id, windows, f"rulebook {name!r}", data.description
        )
        derived = Rulebook(parameters, name=name)
        if rule_id in _DECLARED:
            derived.table(rule_id)  # refuse a value that does not fit, now
        return derived

    @classmethod
    def from_toml(
        cls, source: str | Path, *, name: str | None = None, base: Rulebook | None = None
    ) -> Rulebook:
        """A rulebook whose windows are those of ``base`` with a TOML file's laid over them.

        Each window of the file replaces the window of ``base`` with the same start, or is
        added; parameters the file does not name are kept.

        Args:
            source: A path, or the TOML text itself.
            name: The rulebook's name; by default the file's stem (``"proposal"``).
            base: The rulebook to start from (the real record by default).

        Raises:
            InvalidInputError: The file is malformed, names an unknown parameter, or holds a
                value that does not fit the parameter's type (each problem with its path).
        """
        if isinstance(source, Path):
            text, label = source.read_text(encoding="utf-8"), str(source)
            name = name or source.stem
        else:
            text, label = source, "<text>"
        if name is None:
            msg = "a rulebook read from text needs a name"
            raise ValueError(msg)
        base = base or cls.default()
        read = parse_parameters(text, label)
        unknown = [
            Problem(f"{label}: {rid}", "unknown parameter") for rid in read if rid not in base
        ]
        if unknown:
            raise InvalidInputError(unknown)
        parameters = dict(base.parameters)
        for rule_id, data in read.items():
            starts = {w.start for w in data.windows}
            kept = tuple(w for w in base.parameter(rule_id).windows if w.start not in starts)
            windows = tuple(sorted((*kept, *data.windows), key=lambda w: w.start))
            parameters[rule_id] = ParameterData(rule_id, windows, label, data.description)
        derived = cls(parameters, name=name)
        for rule_id in read:
            if rule_id in _DECLARED:
                derived.table(rule_id)
        return derived

    def diff(self, other: Rulebook) -> tuple[ParameterChange, ...]:
        """The windows that differ between this rulebook and ``other``, by parameter and start.

        ``before`` is ``other``'s window, ``after`` this one's.
        """
        changes = []
        for rule_id in sorted(set(self._parameters) | set(other.parameters)):
            mine = (
                {w.start: w for w in self._parameters[rule_id].windows} if rule_id in self else {}
            )
            theirs = (
                {w.start: w for w in other.parameter(rule_id).windows} if rule_id in other else {}
            )
            for start in sorted(set(mine) | set(theirs)):
                a, b = theirs.get(start), mine.get(start)
                if a != b:
                    changes.append(ParameterChange(rule_id, start, a, b))
        return tuple(changes)

    # - the scope's side (see ``openinfra_model.core._scope``)

    def annotate(self, checks: tuple[Check, ...]) -> tuple[Check, ...]:
        """The checks, those resting on a window this rulebook changed saying so."""
        used = USED.get() or set()
        touched = [rid for rid in self._changed if rid in used]
        if not touched and not self._changed_citations:
            return checks
        out = []
        for c in checks:
            if _MARK in c.reason:
                out.append(c)
                continue
            hit = [rid for rid in touched if _related(c.rule_id, rid)]
            if hit or c.citation in self._changed_citations:
                which = ", ".join(hit) or self._changed_citations[c.citation]
                note = f" {_MARK} {self.name!r}: {which} changed]"
                c = attrs.evolve(c, reason=c.reason + note)  # noqa: PLW2901
            out.append(c)
        return tuple(out)


_MARK = "[rulebook"

_DEFAULT: list[Rulebook] = []
_DEFAULT_LOCK = threading.Lock()


def _unmarked(reason: str) -> str:
    """A reason without the rulebook's note."""
    return reason.split(f" {_MARK} ", 1)[0]


def _related(check_id: str, rule_id: str) -> bool:
    return (
        check_id == rule_id
        or check_id.startswith(f"{rule_id}.")
        or rule_id.startswith(f"{check_id}.")
    )


def _citations_in(value: object) -> set[Citation]:
    found: set[Citation] = set()
    if isinstance(value, dict):
        if {"document", "version", "section"} <= set(value) and set(value) <= _CITATION_KEYS:
            with contextlib.suppress(TypeError, ValueError):
                found.add(
                    Citation(
                        str(value["document"]),
                        date.fromisoformat(str(value["version"])),
                        str(value["section"]),
                        cast("str | None", value.get("quote")),
                    )
                )
        for v in value.values():
            found |= _citations_in(v)
    elif isinstance(value, list):
        for v in value:
            found |= _citations_in(v)
    return found


def current_rulebook() -> Rulebook:
    """The rulebook in force in the current context (the real record outside ``using``)."""
    active = ACTIVE.get()
    return Rulebook.default() if active is None else cast("Rulebook", active)


def using(rulebook: Rulebook) -> contextlib.AbstractContextManager[Rulebook]:
    """Evaluate rules under ``rulebook`` inside the ``with`` block (this thread or task only).

    Example:
        >>> from datetime import date
        >>> from openinfra_model.elections.voters import WAITING_PERIOD_DAYS
        >>> reform = Rulebook.default().with_window(
        ...     "elections.voter.waiting_period",
        ...     start=date(2027, 1, 1),
        ...     value=90,
        ...     name="waiting-90",
        ... )
        >>> with using(reform):
        ...     WAITING_PERIOD_DAYS.value(date(2027, 6, 1))
        90
        >>> WAITING_PERIOD_DAYS.value(date(2027, 6, 1))
        180
    """
    check_arguments(using, locals())
    return _using(rulebook)


@contextlib.contextmanager
def _using(rulebook: Rulebook) -> Iterator[Rulebook]:
    token = ACTIVE.set(None if rulebook.name is None else rulebook)
    used = USED.set(set())
    try:
        yield rulebook
    finally:
        USED.reset(used)
        ACTIVE.reset(token)


# --- The handle rule modules hold --------------------------------------------------------------


class ParameterTable(DatedTable[T], Generic[T]):
    """A dated parameter as a rule module sees it: its table in the rulebook in force.

    Behaves as a :class:`~openinfra_model.core.DatedTable` (``at``, ``value``, ``windows``...);
    every lookup asks the rulebook of the current context (the real record by default).
    """

    __slots__ = ("_default",)

    def __init__(self, rule_id: str) -> None:  # noqa: D107 - see parameter()
        self.rule_id = rule_id
        self._default: DatedTable[T] | None = None

    def _table(self) -> DatedTable[T]:
        active = ACTIVE.get()
        if active is None:
            found = self._default
            if found is None:
                found = self._default = Rulebook.default().table(self.rule_id)
            return found
        rulebook = cast("Rulebook", active)
        if self.rule_id in rulebook.changed:
            used = USED.get()
            if used is not None:
                used.add(self.rule_id)
        return rulebook.table(self.rule_id)

    @property
    def windows(self) -> tuple[Window[T], ...]:
        """All windows, oldest first."""
        return self._table().windows

    @property
    def first(self) -> date:
        """The first date the parameter is known from."""
        return self._table().first

    def at(self, as_of: date) -> Window[T]:
        """Return the window in force on ``as_of`` in the rulebook in force."""
        check_arguments(ParameterTable.at, locals())
        return self._at(as_of)

    def value(self, as_of: date) -> T:
        """Return the value in force on ``as_of`` in the rulebook in force."""
        check_arguments(ParameterTable.value, locals())
        return self._at(as_of).value

    def _at(self, as_of: date) -> Window[T]:
        # at() without its argument check: what the rule modules call (see DatedTable._at).
        found = self._default
        if found is not None and ACTIVE.get() is None:  # the common case, written out
            return found._at(as_of)
        return self._table()._at(as_of)

    def _value(self, as_of: date) -> T:
        return self._at(as_of).value

    def __iter__(self) -> Iterator[Window[T]]:
        """Iterate over the windows, oldest first."""
        return iter(self._table().windows)

    def __len__(self) -> int:
        """The number of windows."""
        return len(self._table().windows)

    def __repr__(self) -> str:
        """Show the id."""
        return f"ParameterTable({self.rule_id!r})"


def parameter(
    rule_id: str,
    value_type: object,
    *,
    build: Callable[[Any], T] | None = None,
) -> DatedTable[T]:
    """Declare the parameter ``rule_id`` a rule module reads, and the type of its values.

    The windows live in the package's data files; nothing is read until the first lookup.

    Args:
        rule_id: The parameter's id in the data files.
        value_type: The Python type of its values (``int``, ``Fee``, ``Fraction | None``...).
        build: Applied to each structured value (e.g. a ``frozenset`` subclass that prints).

    Example:
        >>> from datetime import date
        >>> from openinfra_model.board.diversity import DIVERSITY_REQUIREMENT
        >>> DIVERSITY_REQUIREMENT.value(date(2013, 1, 1)).max_affiliated
        2
    """
    known = _DECLARED.get(rule_id)
    if known is None or known.value_type is object:
        _DECLARED[rule_id] = _Declared(value_type, build)
    return ParameterTable(rule_id)


# --- Comparing one question under two rulebooks -------------------------------------------------


@attrs.frozen
class Comparison(Generic[_R]):
    """One question answered under two rulebooks (see :func:`compare`).

    Attributes:
        before: The answer under the first rulebook.
        after: The answer under the second.
        changes: For answers holding decisions, every check whose status or reason differs
            (matched by rule id and order), as ``(rule_id, status before, status after,
            reason after)``.
    """

    before: _R
    after: _R
    changes: tuple[tuple[str, str, str, str], ...]

    @property
    def status_changes(self) -> tuple[tuple[str, str, str, str], ...]:
        """The changes whose status differs ("which directors would have to resign?")."""
        return tuple(c for c in self.changes if c[1] != c[2])


def _checks_in(value: object, depth: int = 0) -> list[Check]:  # noqa: PLR0911 - one per shape
    from openinfra_model.core.decisions import Check, Decision  # noqa: PLC0415 - cycle-free

    if depth > 6:
        return []
    if isinstance(value, Decision):
        return list(value.checks)
    if isinstance(value, Check):
        return [value]
    if isinstance(value, (tuple, list)):
        return [c for v in value for c in _checks_in(v, depth + 1)]
    if isinstance(value, Mapping):
        return [c for v in value.values() for c in _checks_in(v, depth + 1)]
    if attrs.has(type(value)):
        return [
            c
            for f in attrs.fields(cast("Any", type(value)))
            for c in _checks_in(getattr(value, f.name), depth + 1)
        ]
    return []


def compare(question: Callable[[], _R], before: Rulebook, after: Rulebook) -> Comparison[_R]:
    """Answer ``question`` (a function of no arguments) under two rulebooks.

    Example:
        >>> from datetime import date
        >>> from openinfra_model.elections.voters import WAITING_PERIOD_DAYS
        >>> reform = Rulebook.default().with_window(
        ...     "elections.voter.waiting_period",
        ...     start=date(2027, 1, 1),
        ...     value=90,
        ...     name="waiting-90",
        ... )
        >>> c = compare(
        ...     lambda: WAITING_PERIOD_DAYS.value(date(2027, 6, 1)), Rulebook.default(), reform
        ... )
        >>> c.before, c.after
        (180, 90)
    """
    with using(before):
        a = question()
    with using(after):
        b = question()
    seen: dict[tuple[str, int], Check] = {}
    counts: dict[str, int] = {}
    for c in _checks_in(a):
        n = counts[c.rule_id] = counts.get(c.rule_id, -1) + 1
        seen[c.rule_id, n] = c
    counts.clear()
    changes = []
    for c in _checks_in(b):
        n = counts[c.rule_id] = counts.get(c.rule_id, -1) + 1
        old = seen.get((c.rule_id, n))
        if old is None or old.status is not c.status or old.reason != _unmarked(c.reason):
            was = "-" if old is None else old.status.value
            changes.append((c.rule_id, was, c.status.value, c.reason))
    return Comparison(a, b, tuple(changes))


def _declared_tables() -> Mapping[str, DatedTable[Any]]:
    book = current_rulebook()
    return {rid: book.table(rid) for rid in _DECLARED if rid in book}


def _starts() -> set[date]:
    book = current_rulebook()
    return {w.start for rid in book for w in book.parameter(rid).windows}


register_source(_declared_tables, _starts)
