"""The JSON wire format: one strict cattrs converter for every public class.

This module is the only place that knows JSON. It structures JSON-compatible data (what
``json.loads`` gives) into the library's immutable ``attrs`` classes and unstructures them
back, for any ``attrs`` class whose fields use ``str``, ``int``, ``bool``, ``float``,
``Decimal``, ``date``, aware ``datetime``, an ``Enum``, ``tuple[X, ...]``, ``frozenset[X]``,
``X | None``, nested ``attrs`` classes and unions of ``attrs`` classes (tagged with a ``"kind"``
key). New classes need no registration.

Nothing is coerced. cattrs' default hooks turn ``null`` into ``'None'``, ``"100003"`` into an
int, a string into a tuple of characters and a float into an inexact ``Decimal``; the hooks
here refuse all of these, and every refusal is reported at once as one
:class:`~openinfra_model.InvalidInputError` whose ``problems`` name the path of every
bad field (``memberships[3].tier``).

The wire format (DECISIONS.md section 3):

- money and other decimals: a decimal string (``"350000.00"``, ``"0.51"``); JSON numbers,
  exponents, ``NaN`` and infinities are refused (money fields also refuse more than two
  decimals, through the model's own validator);
- days: ``"YYYY-MM-DD"`` only; instants: ISO 8601 with a ``T`` and an offset;
- enums: their lower-case snake value (``"platinum"``);
- tuples and frozensets: JSON arrays (frozensets sorted on output, duplicates refused);
- unions of ``attrs`` classes: the object carries ``"kind": "<snake_case class name>"``;
- a document: ``{"format": "openinfra-model", "version": 1, "kind": ..., "data": ...}``.
"""

from __future__ import annotations

import collections.abc
import enum
import gc
import json
import math
import re
import threading
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.preconf.json import make_converter

from openinfra_model._convert_fast import FastCodec
from openinfra_model.errors import InvalidInputError, Problem

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "FORMAT",
    "VERSION",
    "converter",
    "dumps",
    "dumps_document",
    "format_errors",
    "kind_of",
    "loads",
    "loads_document",
    "structure",
    "structure_document",
    "unstructure",
    "unstructure_document",
]

T = TypeVar("T")

FORMAT: Final = "openinfra-model"
"""The value of a document's ``"format"`` key."""

VERSION: Final = 1
"""The wire-format version this library writes and the newest it reads."""

KIND_KEY: Final = "kind"
"""The key that tags the class of an object inside a union, and of a document's data."""

_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_JSON_TYPE_NAMES: Final = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    list: "an array",
    dict: "an object",
}


class _BadValueError(ValueError):
    """A value of the wrong JSON type or form (the message says what was expected)."""


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 3]}..."


def _what(value: object) -> str:
    name = _JSON_TYPE_NAMES.get(type(value))
    if name is not None:
        return f"{name} ({_short(value)})" if not isinstance(value, list | dict) else name
    return f"a {type(value).__name__}"


def _expected(what: str, value: object) -> _BadValueError:
    return _BadValueError(f"expected {what}, got {_what(value)}")


# --- primitive hooks -------------------------------------------------------------------------


def _structure_str(value: object, _: object) -> str:
    if type(value) is not str:
        raise _expected("a string", value)
    return value


def _structure_int(value: object, _: object) -> int:
    if type(value) is not int:
        raise _expected("an integer", value)
    return value


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        raise _expected("a boolean", value)
    return value


def _structure_float(value: object, _: object) -> float:
    if type(value) is int:
        return float(value)
    if type(value) is not float or not math.isfinite(value):
        raise _expected("a finite number", value)
    return value


def _structure_none(value: object, _: object) -> None:
    if value is not None:
        raise _expected("null", value)


def _structure_decimal(value: object, _: object) -> Decimal:
    if type(value) is not str:
        raise _expected('a decimal string such as "350000.00"', value)
    if _DECIMAL.fullmatch(value) is None:
        raise _BadValueError(
            f'expected a plain decimal string such as "350000.00", got {_short(value)}'
        )
    return Decimal(value)


def _unstructure_decimal(value: Decimal) -> str:
    return format(value, "f")


def _structure_date(value: object, _: object) -> date:
    if type(value) is not str:
        raise _expected('a "YYYY-MM-DD" date string', value)
    if _DATE.fullmatch(value) is None:
        raise _BadValueError(f'expected a "YYYY-MM-DD" date, got {_short(value)}')
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _BadValueError(f"{_short(value)} is not a date in the calendar") from None


def _unstructure_date(value: date) -> str:
    return value.isoformat()


def _structure_datetime(value: object, _: object) -> datetime:
    if type(value) is not str:
        raise _expected("an ISO 8601 instant string with an offset", value)
    if _DATETIME.fullmatch(value) is None:
        raise _BadValueError(
            "expected an ISO 8601 instant with an offset such as "
            f'"2025-06-01T12:00:00+00:00", got {_short(value)}'
        )
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _BadValueError(f"{_short(value)} is not an instant in the calendar") from None


def _unstructure_datetime(value: datetime) -> str:
    if value.utcoffset() is None:
        raise InvalidInputError.at("$", "a naive datetime cannot be written: add a time zone")
    return value.isoformat()


def _is_enum(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _enum_structure_factory(tp: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    by_value: dict[object, enum.Enum] = {m.value: m for m in tp}
    value_types = {type(m.value) for m in tp}
    choices = ", ".join(repr(v) for v in by_value)

    def structure_enum(value: object, _: object) -> enum.Enum:
        if type(value) not in value_types:
            raise _expected(f"one of {choices}", value)
        try:
            return by_value[value]
        except KeyError:
            raise _BadValueError(
                f"unknown value {_short(value)}: expected one of {choices}"
            ) from None

    return structure_enum


def _enum_unstructure(value: enum.Enum) -> object:
    return value.value


# --- containers and unions -------------------------------------------------------------------


def _origin(tp: object) -> object:
    return typing.get_origin(tp)


def _is_homogeneous_tuple(tp: object) -> bool:
    args = typing.get_args(tp)
    return _origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_fixed_tuple(tp: object) -> bool:
    args = typing.get_args(tp)
    return _origin(tp) is tuple and not _is_homogeneous_tuple(tp) and bool(args)


def _is_str_mapping(tp: object) -> bool:
    origin = _origin(tp)
    return origin in {collections.abc.Mapping, dict, types.MappingProxyType} and (
        typing.get_args(tp)[:1] == (str,)
    )


def _is_frozenset(tp: object) -> bool:
    return _origin(tp) is frozenset


def _is_union(tp: object) -> bool:
    return _origin(tp) in {typing.Union, types.UnionType}


def _sequence_factory(
    tp: Any,  # noqa: ANN401
    *,
    make: Callable[[list[Any]], object],
    unique: bool,
) -> Callable[[object, object], object]:
    elem_type = typing.get_args(tp)[0]

    elem_hook = converter.get_structure_hook(elem_type)

    def structure_sequence(value: object, _: object) -> object:
        if type(value) is not list and type(value) is not tuple:
            raise _expected("an array", value)
        out: list[Any] = []
        errors: list[Exception] = []
        for i, item in enumerate(cast("list[object]", value)):
            try:
                out.append(elem_hook(item, elem_type))
            except Exception as exc:  # noqa: BLE001 - collected and re-raised as a group
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"Structuring {tp} @ index {i}", i, elem_type),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {tp}", errors, tp)
        if unique and len(set(out)) != len(out):
            raise _BadValueError("an array standing for a set has duplicate elements")
        return make(out)

    return structure_sequence


def _fixed_tuple_factory(tp: Any) -> Callable[[object, object], tuple[Any, ...]]:  # noqa: ANN401
    elem_types = typing.get_args(tp)
    hooks = [converter.get_structure_hook(t) for t in elem_types]
    size = len(elem_types)

    def structure_fixed_tuple(value: object, _: object) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise _expected(f"an array of {size}", value)
        items = cast("list[object]", value)
        if len(items) != size:
            raise _BadValueError(f"expected an array of {size}, got {len(items)} items")
        out: list[Any] = []
        errors: list[Exception] = []
        for i, (item, hook, elem_type) in enumerate(zip(items, hooks, elem_types, strict=True)):
            try:
                out.append(hook(item, elem_type))
            except Exception as exc:  # noqa: BLE001 - collected and re-raised as a group
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"Structuring {tp} @ index {i}", i, elem_type),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {tp}", errors, tp)
        return tuple(out)

    return structure_fixed_tuple


def _fixed_tuple_unstructure_factory(tp: Any) -> Callable[[tuple[Any, ...]], list[Any]]:  # noqa: ANN401
    hooks = [converter.get_unstructure_hook(t) for t in typing.get_args(tp)]

    def unstructure_fixed_tuple(value: tuple[Any, ...]) -> list[Any]:
        return [hook(v) for hook, v in zip(hooks, value, strict=True)]

    return unstructure_fixed_tuple


def _mapping_factory(tp: Any) -> Callable[[object, object], object]:  # noqa: ANN401
    value_type = typing.get_args(tp)[1]
    hook = converter.get_structure_hook(value_type)

    def structure_mapping(value: object, _: object) -> object:
        if type(value) is not dict:
            raise _expected("an object", value)
        out: dict[str, Any] = {}
        errors: list[Exception] = []
        for key, item in cast("dict[object, object]", value).items():
            if type(key) is not str:
                errors.append(_expected("string keys", key))
                continue
            try:
                out[key] = hook(item, value_type)
            except Exception as exc:  # noqa: BLE001 - collected and re-raised as a group
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    AttributeValidationNote(f"Structuring {tp} @ key {key!r}", key, value_type),
                ]
                errors.append(exc)
        if errors:
            raise ClassValidationError(f"While structuring {tp}", errors, dict)
        return types.MappingProxyType(out)

    return structure_mapping


def _mapping_unstructure_factory(tp: Any) -> Callable[[Any], dict[str, Any]]:  # noqa: ANN401
    hook = converter.get_unstructure_hook(typing.get_args(tp)[1])

    def unstructure_mapping(value: Any) -> dict[str, Any]:  # noqa: ANN401
        return {k: hook(v) for k, v in value.items()}

    return unstructure_mapping


def _sort_key(item: object) -> str:
    return json.dumps(item, sort_keys=True)


def _frozenset_unstructure_factory(tp: Any) -> Callable[[frozenset[Any]], list[Any]]:  # noqa: ANN401
    elem_type = typing.get_args(tp)[0]

    hook = converter.get_unstructure_hook(elem_type)

    def unstructure_frozenset(value: frozenset[Any]) -> list[Any]:
        return sorted((hook(v) for v in value), key=_sort_key)

    return unstructure_frozenset


def _tuple_unstructure_factory(tp: Any) -> Callable[[tuple[Any, ...]], list[Any]]:  # noqa: ANN401
    elem_type = typing.get_args(tp)[0]

    hook = converter.get_unstructure_hook(elem_type)

    def unstructure_tuple(value: tuple[Any, ...]) -> list[Any]:
        return [hook(v) for v in value]

    return unstructure_tuple


def kind_of(cls: type) -> str:
    """The ``"kind"`` tag of a class: its name in lower snake case.

    Example:
        >>> from openinfra_model import LinuxFoundationMembership
        >>> kind_of(LinuxFoundationMembership)
        'linux_foundation_membership'
    """
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", cls.__name__).lower()


def _attrs_class(tp: object) -> type | None:
    origin = _origin(tp)
    cls = origin if origin is not None else tp
    if isinstance(cls, type) and attrs.has(cls):
        return cls
    return None


def _is_attrs(tp: object) -> bool:
    return _attrs_class(tp) is not None


def _union_structure_factory(tp: Any) -> Callable[[object, object], object]:  # noqa: ANN401
    members = typing.get_args(tp)
    optional = type(None) in members
    rest = tuple(m for m in members if m is not type(None))
    if len(rest) == 1:
        only = rest[0]
        only_hook = converter.get_structure_hook(only)

        def structure_optional(value: object, _: object) -> object:
            if value is None:
                return None
            return only_hook(value, only)

        return structure_optional
    return _tagged_union_hook(tp, rest, optional=optional)


def _tagged_union_hook(
    tp: object, rest: tuple[Any, ...], *, optional: bool
) -> Callable[[object, object], object]:
    classes = {m: _attrs_class(m) for m in rest}
    if any(c is None for c in classes.values()):
        msg = f"the wire format only has unions of attrs classes (and None), not {tp}"
        raise TypeError(msg)
    by_kind: dict[str, Any] = {}
    for member, cls in classes.items():
        assert cls is not None  # noqa: S101 - checked just above
        if KIND_KEY in attrs.fields_dict(cls):
            msg = f"{cls.__name__} has a field named {KIND_KEY!r} and cannot be in a union"
            raise TypeError(msg)
        by_kind[kind_of(cls)] = member
    hooks = {kind: converter.get_structure_hook(m) for kind, m in by_kind.items()}
    kinds = ", ".join(repr(k) for k in by_kind)

    def structure_tagged(value: object, _: object) -> object:
        if value is None and optional:
            return None
        if type(value) is not dict:
            raise _expected("an object", value)
        tagged = cast("dict[str, object]", value)
        if KIND_KEY not in tagged:
            raise _BadValueError(f"missing the {KIND_KEY!r} tag: expected one of {kinds}")
        kind = tagged[KIND_KEY]
        if type(kind) is not str or kind not in by_kind:
            raise _BadValueError(f"unknown {KIND_KEY} {kind!r}: expected one of {kinds}")
        body = {k: v for k, v in tagged.items() if k != KIND_KEY}
        return hooks[kind](body, by_kind[kind])

    return structure_tagged


def _union_unstructure_factory(tp: Any) -> Callable[[object], object]:  # noqa: ANN401
    members = [m for m in typing.get_args(tp) if m is not type(None)]
    tagged = len(members) > 1

    def unstructure_union(value: object) -> object:
        if value is None:
            return None
        raw = converter.unstructure(value)
        if tagged:
            return {KIND_KEY: kind_of(type(value)), **raw}
        return raw

    return unstructure_union


def _refuse_unresolved(tp: object) -> Callable[[object, object], object]:
    msg = f"cannot convert the unresolved type {tp!r}: give the type parameter (Window[Decimal])"
    raise TypeError(msg)


def _is_unresolved(tp: object) -> bool:
    return isinstance(tp, TypeVar) or tp is Any or tp is object


def resolve_field_types(cls: type) -> None:
    """Resolve the string annotations of an ``attrs`` class's fields, and only of its fields.

    :func:`attrs.resolve_types` evaluates every annotation of the class, including those
    attrs adds for a ``cached_property`` whose return type may be imported only for type
    checking; this resolves the fields alone, each in the module of the class declaring it.
    """
    if getattr(cls, "__attrs_types_resolved__", None) is cls:
        return
    field_names = {f.name for f in attrs.fields(cls)}
    hints: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        own = {k: v for k, v in vars(klass).get("__annotations__", {}).items() if k in field_names}
        if not own:
            continue
        probe = type("_Probe", (), {"__annotations__": own, "__module__": klass.__module__})
        try:
            hints.update(typing.get_type_hints(probe, localns={klass.__name__: klass}))
        except NameError as exc:
            msg = f"cannot resolve the field types of {cls.__qualname__}: {exc}"
            raise TypeError(msg) from exc
    for field in attrs.fields(cls):
        if field.name in hints:
            object.__setattr__(field, "type", hints[field.name])  # attrs' own way round frozen
    cls.__attrs_types_resolved__ = cls  # type: ignore[attr-defined]


def _attrs_structure_factory(tp: Any) -> Callable[[object, object], object]:  # noqa: ANN401
    resolve_field_types(cast("type", _attrs_class(tp)))
    return cast(
        "Callable[[object, object], object]",
        make_dict_structure_fn(tp, converter),
    )


def _attrs_unstructure_factory(tp: Any) -> Callable[[object], object]:  # noqa: ANN401
    resolve_field_types(cast("type", _attrs_class(tp)))
    return cast("Callable[[object], object]", make_dict_unstructure_fn(tp, converter))


def _build_converter() -> Any:  # noqa: ANN401
    conv = make_converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook_factory(_is_attrs, _attrs_structure_factory)
    conv.register_unstructure_hook_factory(_is_attrs, _attrs_unstructure_factory)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(type(None), _structure_none)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Decimal, _unstructure_decimal)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(date, _unstructure_date)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(datetime, _unstructure_datetime)
    conv.register_structure_hook_factory(_is_enum, _enum_structure_factory)
    conv.register_unstructure_hook_factory(_is_enum, lambda _: _enum_unstructure)
    conv.register_structure_hook_factory(
        _is_homogeneous_tuple, lambda tp: _sequence_factory(tp, make=tuple, unique=False)
    )
    conv.register_unstructure_hook_factory(_is_homogeneous_tuple, _tuple_unstructure_factory)
    conv.register_structure_hook_factory(_is_fixed_tuple, _fixed_tuple_factory)
    conv.register_unstructure_hook_factory(_is_fixed_tuple, _fixed_tuple_unstructure_factory)
    conv.register_structure_hook_factory(_is_str_mapping, _mapping_factory)
    conv.register_unstructure_hook_factory(_is_str_mapping, _mapping_unstructure_factory)
    conv.register_structure_hook_factory(
        _is_frozenset, lambda tp: _sequence_factory(tp, make=frozenset, unique=True)
    )
    conv.register_unstructure_hook_factory(_is_frozenset, _frozenset_unstructure_factory)
    conv.register_structure_hook_factory(_is_union, _union_structure_factory)
    conv.register_unstructure_hook_factory(_is_union, _union_unstructure_factory)
    conv.register_structure_hook_factory(_is_unresolved, _refuse_unresolved)
    return conv


converter = _build_converter()
"""The strict cattrs converter behind :func:`structure` and :func:`unstructure`.

It is a :class:`cattrs.preconf.json.JsonConverter` with detailed validation and
``forbid_extra_keys``; prefer the module functions, which turn cattrs' errors into
:class:`~openinfra_model.InvalidInputError`.
"""


def _make_fast(conv: Any) -> FastCodec:  # noqa: ANN401 - a cattrs converter
    """The generated fast path over ``conv``'s strict hooks (fresh caches)."""
    return FastCodec(
        conv.get_structure_hook,
        conv.get_unstructure_hook,
        _structure_date,
        resolve_field_types,
        conv.unstructure,
    )


_fast = _make_fast(converter)


class _CollectorPause:
    """Pause the cyclic garbage collector while bulk calls run, in any number of threads.

    Building 100,000 objects would otherwise trigger collector passes over the growing object
    graph; the objects built here are acyclic, so nothing is left for them to find. The
    collector is process-wide, so the pause is too: a counter under a lock, the collector
    switched off by the first call to enter (if it was on) and back on by the last to leave,
    so that any mix of concurrent calls, failing ones included, leaves it as it was found.
    (Reading and switching it in two unlocked steps, as each call once did, could leave it
    off for good when two threads interleaved.) Use as ``with _collector_paused(): ...``.
    """

    __slots__ = ("_depth", "_lock", "_restore")

    def __init__(self) -> None:
        self._lock = threading.RLock()  # re-entrant: a finaliser may run a bulk call itself
        self._depth = 0
        self._restore = False

    def __call__(self) -> _CollectorPause:
        return self

    def __enter__(self) -> None:
        with self._lock:
            depth = self._depth
            self._depth = depth + 1
            if depth == 0:
                self._restore = gc.isenabled()
                gc.disable()

    def __exit__(self, *_: object) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._restore:
                self._restore = False
                gc.enable()


_collector_paused = _CollectorPause()


# --- errors ----------------------------------------------------------------------------------


def _join(path: str, step: str | int) -> str:
    if isinstance(step, int):
        return f"{path}[{step}]"
    name = step if _IDENTIFIER.fullmatch(step) else json.dumps(step)
    if not _IDENTIFIER.fullmatch(step):
        return f"{path}[{name}]" if path else f"[{name}]"
    return f"{path}.{name}" if path else name


def _prefix(path: str, inner: str) -> str:
    if not path:
        return inner
    if inner in {"", "$"}:
        return path
    if inner.startswith("["):
        return f"{path}{inner}"
    return f"{path}.{inner}"


def _leaf_message(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return "is required but missing"
    if isinstance(exc, _BadValueError):
        return str(exc)
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"


def _problems(exc: BaseException, path: str) -> Iterable[Problem]:
    if isinstance(exc, InvalidInputError):
        for p in exc.problems:
            yield Problem(_prefix(path, p.path), p.message)
        return
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield Problem(_join(path, key), "is not a field of " + exc.cl.__name__)
        return
    if isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = _join(path, note.name)
                elif isinstance(note, IterableValidationNote):
                    sub_path = _join(path, note.index)
            yield from _problems(sub, sub_path)
        return
    yield Problem(path or "$", _leaf_message(exc))


def format_errors(exc: BaseException) -> tuple[str, ...]:
    """Render a converter error as one ``path: message`` line per bad field.

    Accepts an :class:`~openinfra_model.InvalidInputError` or one of cattrs' validation
    errors.

    Example:
        >>> from openinfra_model import Citation
        >>> try:
        ...     structure({"document": "bylaws", "version": "2021-9-29"}, Citation)
        ... except InvalidInputError as err:
        ...     for line in format_errors(err):
        ...         print(line)
        version: expected a "YYYY-MM-DD" date, got '2021-9-29'
        section: is required but missing
    """
    return tuple(str(p) for p in _problems(exc, ""))


def _invalid(exc: Exception, path: str = "") -> InvalidInputError:
    problems = list(_problems(exc, path))
    return InvalidInputError(problems or [Problem(path or "$", _leaf_message(exc))])


# --- the public functions --------------------------------------------------------------------


def structure(data: object, cls: type[T]) -> T:
    """Build an instance of ``cls`` from JSON-compatible data, refusing anything off-format.

    Args:
        data: What ``json.loads`` gives: dicts, lists, strings, ints, booleans, ``None``.
        cls: The class to build (any ``attrs`` class of the library, or a field type).

    Raises:
        InvalidInputError: Naming the path of every bad field.

    Example:
        >>> from openinfra_model import Tier
        >>> structure("gold", Tier)
        <Tier.GOLD: 'gold'>
        >>> structure("Gold", Tier)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        openinfra_model.errors.InvalidInputError: $: unknown value 'Gold': expected one of ...
    """
    fast = _fast.structurer(cls)  # a TypeError here is the caller's bug, not bad data
    with _collector_paused():
        try:
            return cast("T", fast(data))
        except Exception:  # noqa: BLE001, S110 - the detailed hooks below say what is wrong
            pass
        # The generated code gave up: run the detailed hooks to name every bad field.
        try:
            return cast("T", converter.structure(data, cls))
        except Exception as exc:
            raise _invalid(exc) from exc


def unstructure(obj: object) -> Any:  # noqa: ANN401 - JSON-compatible data
    """Turn an instance into JSON-compatible data (dicts, lists, strings, ints, ``None``).

    Example:
        >>> from openinfra_model import Citation
        >>> unstructure(Citation("bylaws", date(2021, 9, 29), "2.3(c)"))
        {'document': 'bylaws', 'version': '2021-09-29', 'section': '2.3(c)', 'quote': None}
    """
    cls = type(obj)
    with _collector_paused():
        if attrs.has(cls):
            return _fast.unstructurer(cls)(obj)
        return converter.unstructure(obj)


def _refuse_constant(name: str) -> object:
    raise _BadValueError(f"{name} is not JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        dup = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _BadValueError(f"the key {dup!r} appears twice in one object")
    return result


def _parse(text: str | bytes) -> object:
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)
    except _BadValueError as exc:
        raise InvalidInputError.at("$", str(exc)) from exc
    except ValueError as exc:  # JSONDecodeError and bad UTF-8
        raise InvalidInputError.at("$", f"not valid JSON: {exc}") from exc


def loads(text: str | bytes, cls: type[T]) -> T:
    """Parse JSON text and build an instance of ``cls`` (see :func:`structure`).

    Example:
        >>> from openinfra_model import Citation
        >>> text = '{"document": "bylaws", "version": "2021-09-29", "section": "2.3(c)"}'
        >>> loads(text, Citation).version
        datetime.date(2021, 9, 29)
    """
    with _collector_paused():
        return structure(_parse(text), cls)


def dumps(obj: object, *, indent: int | None = None) -> str:
    """Write an instance as JSON text (compact unless ``indent`` is given).

    Example:
        >>> from openinfra_model import Citation
        >>> dumps(Citation("bylaws", date(2021, 9, 29), "2.3(c)"))
        '{"document":"bylaws","version":"2021-09-29","section":"2.3(c)","quote":null}'
    """
    with _collector_paused():
        if indent is None and attrs.has(type(obj)):
            return _fast.writer(type(obj))(obj)
        return _to_json(unstructure(obj), indent)


def _to_json(data: object, indent: int | None) -> str:
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(
        data, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )


def unstructure_document(obj: object) -> dict[str, Any]:
    """Wrap an instance in a versioned document: format, version, kind and data.

    Example:
        >>> from openinfra_model import Citation
        >>> doc = unstructure_document(Citation("bylaws", date(2021, 9, 29), "2.3(c)"))
        >>> doc["format"], doc["version"], doc["kind"]
        ('openinfra-model', 1, 'citation')
    """
    return {
        "format": FORMAT,
        "version": VERSION,
        KIND_KEY: kind_of(type(obj)),
        "data": unstructure(obj),
    }


def structure_document(data: object, cls: type[T]) -> T:
    """Check a document's envelope and build its data as an instance of ``cls``.

    The envelope must be ``{"format": "openinfra-model", "version": 1, "kind": <kind of cls>,
    "data": ...}``: a missing, non-integer or newer version is refused, as are other keys.

    Raises:
        InvalidInputError: Naming the path of every bad field (data paths are relative to
            ``data``, so they read the same as for :func:`structure`).
    """
    if type(data) is not dict:
        raise InvalidInputError.at("$", f"a document must be a JSON object, got {_what(data)}")
    doc = cast("dict[str, object]", data)
    problems: list[Problem] = []
    expected_kind = kind_of(_attrs_class(cls) or cls)
    if doc.get("format") != FORMAT:
        problems.append(Problem("format", f"must be {FORMAT!r}, got {doc.get('format')!r}"))
    version = doc.get("version")
    if "version" not in doc:
        problems.append(Problem("version", "is required but missing"))
    elif type(version) is not int:
        problems.append(Problem("version", f"must be an integer, got {_what(version)}"))
    elif version > VERSION:
        problems.append(
            Problem("version", f"{version} is newer than this library reads ({VERSION})")
        )
    elif version < 1:
        problems.append(Problem("version", f"{version} is not a version of the format"))
    if doc.get(KIND_KEY) != expected_kind:
        problems.append(Problem(KIND_KEY, f"must be {expected_kind!r}, got {doc.get(KIND_KEY)!r}"))
    problems.extend(
        Problem(_join("", key), "is not a key of a document")
        for key in sorted(set(doc) - {"format", "version", KIND_KEY, "data"})
    )
    if "data" not in doc:
        problems.append(Problem("data", "is required but missing"))
    if problems:
        raise InvalidInputError(problems)
    return structure(doc["data"], cls)


def dumps_document(obj: object, *, indent: int | None = None) -> str:
    """Write an instance as a versioned JSON document (see :func:`unstructure_document`)."""
    with _collector_paused():
        if indent is None and attrs.has(type(obj)):
            kind = json.dumps(kind_of(type(obj)), ensure_ascii=False)
            data = _fast.writer(type(obj))(obj)
            return f'{{"format":"{FORMAT}","version":{VERSION},"{KIND_KEY}":{kind},"data":{data}}}'
        return _to_json(unstructure_document(obj), indent)


def loads_document(text: str | bytes, cls: type[T]) -> T:
    """Parse a versioned JSON document and build its data as an instance of ``cls``.

    Example:
        >>> from openinfra_model import Citation
        >>> c = Citation("bylaws", date(2021, 9, 29), "2.3(c)")
        >>> loads_document(dumps_document(c), Citation) == c
        True
        >>> loads_document('{"format": "openinfra-model", "version": 2}', Citation)
        Traceback (most recent call last):
        ...
        openinfra_model.errors.InvalidInputError: version: 2 is newer than this library reads (1)
        kind: must be 'citation', got None
        data: is required but missing
    """
    with _collector_paused():
        return structure_document(_parse(text), cls)
