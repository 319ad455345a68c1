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
- a document: ``{"format": "openinfra-model", "version": 2, "kind": ..., "data": ...}``;
  documents of every earlier version still load, each carried forward by the steps of
  ``MIGRATIONS`` (DECISIONS.md section 5).
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
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, cast, overload

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter

from openinfra_model.core._convert_fast import (
    MAX_DECIMAL_FRACTION_DIGITS,
    MAX_DECIMAL_INTEGER_DIGITS,
    MAX_INTEGER,
    MAX_STRING_LENGTH,
    FastCodec,
    _field_types,
    date_problem,
    decimal_problem,
    float_problem,
    instant_problem,
    integer_problem,
    string_problem,
)
from openinfra_model.core.errors import InvalidInputError, OpenInfraModelError, Problem
from openinfra_model.core.validate import HINT, check_arguments, check_value

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

__all__ = [
    "FIRST_VERSION",
    "FORMAT",
    "MAX_DECIMAL_FRACTION_DIGITS",
    "MAX_DECIMAL_INTEGER_DIGITS",
    "MAX_DEPTH",
    "MAX_DOCUMENT_SIZE",
    "MAX_FLOAT_DIGITS",
    "MAX_INTEGER",
    "MAX_STRING_LENGTH",
    "MIGRATIONS",
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

VERSION: Final = 2
"""The wire-format version this library writes and the newest it reads.

It increases with any change to a document's shape (DECISIONS.md section 5); every earlier
version still loads, migrated by ``MIGRATIONS``.
"""

FIRST_VERSION: Final = 1
"""The oldest wire-format version this library reads (the first one)."""

KIND_KEY: Final = "kind"
"""The key that tags the class of an object inside a union, and of a document's data."""

MAX_DOCUMENT_SIZE: Final = 2**31
"""The largest JSON text :func:`loads` reads by default: 2 GiB (bytes, or characters of a str)."""

MAX_DEPTH: Final = 64
"""The deepest nesting of arrays and objects in JSON text (no class of the library needs 10)."""

MAX_FLOAT_DIGITS: Final = 17
"""The most significant digits of a JSON number read as a float (what a double can tell apart)."""

_DECIMAL = re.compile(
    rf"-?(?:0|[1-9][0-9]{{0,{MAX_DECIMAL_INTEGER_DIGITS - 1}}})"
    rf"(?:\.[0-9]{{1,{MAX_DECIMAL_FRACTION_DIGITS}}})?"
)
_LOOSE_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
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


_QUOTE_LIMIT: Final = 40
"""The most characters of a bad value a message quotes."""

_MESSAGE_LIMIT: Final = 300
"""The longest message passed on from a model's own validator (they quote whole values)."""


def _short(value: object) -> str:
    """``repr(value)``, of at most a short prefix of a long string."""
    if type(value) is str and len(value) > _QUOTE_LIMIT:
        return f"{value[:_QUOTE_LIMIT]!r}…"
    text = repr(value)
    return text if len(text) <= _QUOTE_LIMIT else f"{text[:_QUOTE_LIMIT]}…"


def _bounded(message: str) -> str:
    return message if len(message) <= _MESSAGE_LIMIT else f"{message[:_MESSAGE_LIMIT]}…"


def _what(value: object) -> str:
    name = _JSON_TYPE_NAMES.get(type(value))
    if name is not None:
        return f"{name} ({_short(value)})" if not isinstance(value, list | dict) else name
    return f"a {type(value).__name__}"


def _expected(what: str, value: object) -> _BadValueError:
    return _BadValueError(f"expected {what}, got {_what(value)}")


# --- primitive hooks -------------------------------------------------------------------------


def _checked(problem: str | None) -> None:
    if problem is not None:
        raise _BadValueError(problem)


def _structure_str(value: object, _: object) -> str:
    if type(value) is not str:
        raise _expected("a string", value)
    _checked(string_problem(value))
    return value


def _unstructure_str(value: str) -> str:
    if type(value) is not str:
        raise _expected("a string", value)
    _checked(string_problem(value))
    return value


def _structure_int(value: object, _: object) -> int:
    if type(value) is not int:
        raise _expected("an integer", value)
    _checked(integer_problem(value))
    return value


def _unstructure_int(value: int) -> int:
    return _structure_int(value, int)


def _unstructure_bool(value: bool) -> bool:  # noqa: FBT001 - a hook takes the value
    return _structure_bool(value, bool)


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        raise _expected("a boolean", value)
    return value


def _structure_float(value: object, _: object) -> float:
    if type(value) is int:
        _checked(integer_problem(value))
        return float(value)
    if type(value) is not float or not math.isfinite(value):
        raise _expected("a finite number", value)
    return value


def _unstructure_float(value: float) -> float:
    return _structure_float(value, float)


def _structure_none(value: object, _: object) -> None:
    if value is not None:
        raise _expected("null", value)


def _structure_decimal(value: object, _: object) -> Decimal:
    if type(value) is not str:
        raise _expected('a decimal string such as "350000.00"', value)
    if _DECIMAL.fullmatch(value) is None:
        if _LOOSE_DECIMAL.fullmatch(value) is not None:  # a decimal, beyond the limits
            _checked(decimal_problem(Decimal(value)))
        raise _BadValueError(
            f'expected a plain decimal string such as "350000.00", got {_short(value)}'
        )
    return Decimal(value)


def _unstructure_decimal(value: Decimal) -> str:
    if not isinstance(value, Decimal):
        raise _expected("a Decimal", value)
    _checked(decimal_problem(value))
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
    _checked(date_problem(value))
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
    if type(value) is not datetime:
        raise _expected("a datetime", value)
    _checked(instant_problem(value))
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
            if (problem := string_problem(key)) is not None:
                errors.append(_BadValueError(f"the key {_short(key)} {problem}"))
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
        return {_unstructure_str(k): hook(v) for k, v in value.items()}

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
        >>> from openinfra_model.membership.model import LinuxFoundationMembership
        >>> kind_of(LinuxFoundationMembership)
        'linux_foundation_membership'
    """
    check_arguments(kind_of, locals())
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
            raise _BadValueError(f"unknown {KIND_KEY} {_short(kind)}: expected one of {kinds}")
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
    build = cast("Callable[[object, object], object]", make_dict_structure_fn(tp, converter))

    def structure_attrs(value: object, cls: object) -> object:
        if type(value) is not dict:
            raise _expected("an object", value)
        return build(value, cls)

    return structure_attrs


def _attrs_unstructure_factory(tp: Any) -> Callable[[object], object]:  # noqa: ANN401
    cls = cast("type", _attrs_class(tp))
    resolve_field_types(cls)
    # A field marked ``omit_if_none`` (Decision.rulebook) is written only when set.
    omitted: dict[str, Any] = {
        f.name: override(omit_if_default=True)
        for f in attrs.fields(cls)
        if f.metadata.get("omit_if_none")
    }
    return cast("Callable[[object], object]", make_dict_unstructure_fn(tp, converter, **omitted))


def _build_converter() -> Any:  # noqa: ANN401
    conv = make_converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook_factory(_is_attrs, _attrs_structure_factory)
    conv.register_unstructure_hook_factory(_is_attrs, _attrs_unstructure_factory)
    conv.register_structure_hook(str, _structure_str)
    conv.register_unstructure_hook(str, _unstructure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_unstructure_hook(int, _unstructure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_unstructure_hook(bool, _unstructure_bool)
    conv.register_structure_hook(float, _structure_float)
    conv.register_unstructure_hook(float, _unstructure_float)
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
    if _IDENTIFIER.fullmatch(step) and len(step) <= _QUOTE_LIMIT:
        return f"{path}.{step}" if path else step
    quoted = json.dumps(step[:_QUOTE_LIMIT]) + ("…" if len(step) > _QUOTE_LIMIT else "")
    return f"{path}[{quoted}]" if path else f"[{quoted}]"


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
    if isinstance(exc, _BadValueError | OpenInfraModelError):
        return _bounded(str(exc))
    if isinstance(exc, RecursionError):
        return "is nested too deeply to convert"
    # Python's own words (a TypeError's text...) are not shown: the exception is the cause.
    return "is not valid here"


def _field_hints(cls: object) -> dict[str, str]:
    """The :data:`~openinfra_model.core.validate.HINT` of each field of ``cls`` that has one.

    The same words the constructor adds to a field's type error (``RankedBallot.ranking``: a
    ranking with tied candidates), so that a document says what the constructor says.
    """
    if not isinstance(cls, type) or not attrs.has(cls):
        return {}
    return {f.name: str(f.metadata[HINT]) for f in attrs.fields(cls) if f.metadata.get(HINT)}


def _sub_path(sub: BaseException, path: str, hints: dict[str, str]) -> tuple[str, str | None]:
    """The path of one error inside a class or a collection, and its field's hint if any."""
    sub_path, hint = path, None
    for note in getattr(sub, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            sub_path, hint = _join(path, note.name), hints.get(note.name)
        elif isinstance(note, IterableValidationNote):
            sub_path = _join(path, note.index)
    return sub_path, hint


def _problems(exc: BaseException, path: str) -> Iterable[Problem]:
    if isinstance(exc, InvalidInputError):
        for p in exc.problems:
            yield Problem(_prefix(path, p.path), _bounded(p.message))
        return
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield Problem(_join(path, key), "is not a field of " + exc.cl.__name__)
        return
    if isinstance(exc, BaseValidationError):
        hints = _field_hints(getattr(exc, "cl", None))
        for sub in exc.exceptions:
            sub_path, hint = _sub_path(sub, path, hints)
            for problem in _problems(sub, sub_path):
                yield Problem(problem.path, f"{problem.message}; {hint}") if hint else problem
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
    check_arguments(format_errors, locals())
    return tuple(str(p) for p in _problems(exc, ""))


def _invalid(exc: Exception, path: str = "") -> InvalidInputError:
    problems = list(_problems(exc, path))
    return InvalidInputError(problems or [Problem(path or "$", _leaf_message(exc))])


# --- values that cannot be written -----------------------------------------------------------


def _unwritable(obj: object, exc: BaseException) -> InvalidInputError:
    """The error for an object a dump refused: every unwritable value named by its path."""
    problems: list[Problem] = []
    try:
        _find_unwritable(obj, type(obj), "", problems)
    except RecursionError:  # an object that contains itself
        exc, problems = RecursionError(), []
    if not problems:
        what = "is nested too deeply to write" if isinstance(exc, RecursionError) else None
        problems.append(Problem("$", what or f"a {type(obj).__name__} cannot be written"))
    return InvalidInputError(problems)


def _find_unwritable(value: object, tp: object, path: str, out: list[Problem]) -> None:
    """Name, by its path, each value the wire format cannot hold (the dump's error path)."""
    if _is_unresolved(tp):
        tp = type(value)
    if _is_union(tp):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return
        members = [m for m in args if m is not type(None)]
        match = next((m for m in members if isinstance(value, _attrs_class(m) or m)), None)
        if match is None and len(members) == 1:
            match = members[0]
        if match is None:
            out.append(Problem(path or "$", f"a {type(value).__name__} is none of {tp}"))
        else:
            _find_unwritable(value, match, path, out)
        return
    check = _SCALAR_CHECKS.get(tp)
    if check is not None:
        problem = check(value)
    elif _is_enum(tp):
        enum_type = cast("type[enum.Enum]", tp)
        problem = (
            None if isinstance(value, enum_type) else _wrong(value, f"a {enum_type.__name__}")
        )
    else:
        problem = _find_in_container(value, tp, path, out)
    if problem is not None:
        out.append(Problem(path or "$", problem))


def _find_in_container(  # noqa: C901, PLR0912 - one branch per container shape
    value: object, tp: object, path: str, out: list[Problem]
) -> str | None:
    """The problem of a container ``value`` itself; its items are checked one by one."""
    args = typing.get_args(tp)
    if _is_homogeneous_tuple(tp) or _is_frozenset(tp):
        shape = frozenset if _is_frozenset(tp) else tuple
        if not isinstance(value, shape):
            return _wrong(value, f"a {shape.__name__}")
        for i, item in enumerate(cast("Iterable[object]", value)):
            _find_unwritable(item, args[0], _join(path, i), out)
    elif _is_fixed_tuple(tp):
        if not isinstance(value, tuple) or len(value) != len(args):
            return _wrong(value, f"a tuple of {len(args)}")
        for i, (item, item_tp) in enumerate(zip(value, args, strict=True)):
            _find_unwritable(item, item_tp, _join(path, i), out)
    elif _is_str_mapping(tp):
        if not isinstance(value, collections.abc.Mapping):
            return _wrong(value, "a mapping")
        for key, item in value.items():
            problem = string_problem(key) if type(key) is str else "is not a string"
            if problem is not None:
                out.append(Problem(path or "$", f"the key {_short(key)} {problem}"))
            else:
                _find_unwritable(item, args[1], _join(path, key), out)
    elif (cls := _attrs_class(tp)) is not None:
        if not isinstance(value, cls):
            return _wrong(value, f"a {cls.__name__}")
        resolve_field_types(cls)
        types_ = _field_types(tp, cls)
        for field in attrs.fields(cls):
            if field.init:
                name = field.name
                _find_unwritable(getattr(value, name), types_[name], _join(path, name), out)
    return None


def _wrong(value: object, what: str) -> str:
    return f"expected {what}, got {_what(value)}"


def _float_problem(value: object) -> str | None:
    if type(value) is int:
        return integer_problem(value)
    return float_problem(value) if type(value) is float else _wrong(value, "a float")


_SCALAR_CHECKS: Final[dict[object, Callable[[Any], str | None]]] = {
    str: lambda v: string_problem(v) if type(v) is str else _wrong(v, "a string"),
    bool: lambda v: None if type(v) is bool else _wrong(v, "a boolean"),
    int: lambda v: integer_problem(v) if type(v) is int else _wrong(v, "an integer"),
    float: _float_problem,
    Decimal: lambda v: decimal_problem(v) if isinstance(v, Decimal) else _wrong(v, "a Decimal"),
    datetime: lambda v: instant_problem(v) if type(v) is datetime else _wrong(v, "a datetime"),
    date: date_problem,
    type(None): lambda v: None if v is None else _wrong(v, "None"),
}
"""What makes a value of each scalar field type unwritable (None: nothing)."""


# --- JSON text -------------------------------------------------------------------------------

_UTF8_BOM: Final = b"\xef\xbb\xbf"
_KEEP_BRACKETS: Final = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKETS: Final = bytes(b for b in range(256) if b not in b'"[]{}')
_ESCAPE: Final = re.compile(rb"\\.", re.DOTALL)
_QUOTED: Final = re.compile(rb'"[^"]*"')
_TOKEN: Final = re.compile(rb'[\[\]{}"\\]')
_LOCATE_LIMIT: Final = 1 << 24
"""How far into a document the depth error looks for the line and column (16 MiB)."""

_JSON_ERRORS: Final = (
    ("Expecting value", "a value is expected"),
    ("Expecting property name", "a key in double quotes is expected"),
    ("Expecting ',' delimiter", "a ',' is expected"),
    ("Expecting ':' delimiter", "a ':' is expected"),
    ("Unterminated string", "a string is not closed"),
    ("Invalid control character", "a control character is not escaped in a string"),
    ("Invalid \\uXXXX escape", "a \\u escape is not four hex digits"),
    ("Invalid \\escape", "a backslash escape is not valid"),
    ("Extra data", "more text follows the JSON value"),
)
"""The JSON parser's complaints, in the library's own words."""


class _RefusedError(ValueError):
    """Something in JSON text the wire format refuses; found and named by a second reading."""


class _Pairs(list[tuple[str, Any]]):
    """An object's key-value pairs in order (the second reading keeps duplicates)."""

    __slots__ = ()


class _Refusal:
    """A number or constant the second reading found, with why it is refused."""

    __slots__ = ("why",)

    def __init__(self, why: str) -> None:
        self.why = why


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _RefusedError
    return result


def _refuse_constant(_: str) -> object:
    raise _RefusedError


def _head(text: str) -> str:
    """At most a short prefix of ``text``, as it is (for numbers, which need no quotes)."""
    return text if len(text) <= _QUOTE_LIMIT else f"{text[:_QUOTE_LIMIT]}…"


def _int_refusal(text: str) -> str | None:
    if len(text) > 17 or integer_problem(int(text)) is not None:  # 2**53 has 16 digits
        return f"the integer {_head(text)} has a magnitude above 2**53 - 1 ({MAX_INTEGER:,})"
    return None


def _float_refusal(text: str) -> str | None:
    mantissa = text.lower().partition("e")[0].replace("-", "").replace(".", "").strip("0")
    if len(mantissa) > MAX_FLOAT_DIGITS:
        return (
            f"the number {_head(text)} has more than {MAX_FLOAT_DIGITS} significant digits, "
            "more than a float holds"
        )
    value = float(text)
    if not math.isfinite(value):
        return f"the number {_head(text)} is beyond the range of a float"
    if value == 0 and mantissa:
        return f"the number {_head(text)} is too small for a float (it would be 0)"
    return None


def _parse_int(text: str) -> int:
    if _int_refusal(text) is not None:
        raise _RefusedError
    return int(text)


def _parse_float(text: str) -> float:
    if _float_refusal(text) is not None:
        raise _RefusedError
    return float(text)


def _refusals(text: str) -> list[Problem]:
    """Read the text again, keeping what the first reading refused, and name each by path."""
    tree = json.loads(
        text,
        object_pairs_hook=_Pairs,
        parse_constant=lambda c: _Refusal(f"{c} is not JSON"),
        parse_int=lambda t: _Refusal(why) if (why := _int_refusal(t)) else 0,
        parse_float=lambda t: _Refusal(why) if (why := _float_refusal(t)) else 0.0,
    )
    problems: list[Problem] = []
    stack: list[tuple[object, str]] = [(tree, "")]
    while stack:
        node, path = stack.pop()
        if type(node) is _Pairs:
            seen: set[str] = set()
            for key, _ in node:
                if key in seen:
                    problems.append(Problem(path or "$", f"has the key {_short(key)} twice"))
                seen.add(key)
            stack.extend((v, _join(path, k)) for k, v in reversed(node))
        elif type(node) is list:
            stack.extend((v, _join(path, i)) for i, v in reversed(list(enumerate(node))))
        elif type(node) is _Refusal:
            problems.append(Problem(path or "$", node.why))
    return problems


def _decoded(text: str | bytes, max_size: int) -> tuple[str, bytes]:
    """The text as a str for the parser and as UTF-8 for the depth scan; one encoding policy.

    Bytes must be UTF-8; a str is taken as it is. In both, one leading byte order mark is
    ignored, and text that is UTF-16 or UTF-32 (a NUL among the first four bytes, which JSON
    text in UTF-8 never has, or a UTF-16 byte order mark) is refused.
    """
    if not isinstance(text, str | bytes):
        raise InvalidInputError.at("$", f"JSON text is a str or bytes, not {_what(text)}")
    unit = "bytes" if isinstance(text, bytes) else "characters"
    if len(text) > max_size:
        raise InvalidInputError.at(
            "$", f"the text has {len(text):,} {unit}, more than the limit of {max_size:,}"
        )
    if isinstance(text, bytes):
        head = text[:4]
        if head.startswith(_UTF8_BOM):
            text, head = text[len(_UTF8_BOM) :], b""
    else:
        # A str whose first characters are the bytes of UTF-16 or UTF-32 text, read one
        # character per byte, is refused as the bytes would be.
        head = text[:4].encode("latin-1", "replace")
        if text[:1] == "\ufeff":
            text, head = text[1:], b""
    if head[:2] in {b"\xff\xfe", b"\xfe\xff"} or 0 in head:
        raise InvalidInputError.at("$", "the text is UTF-16 or UTF-32: JSON text must be UTF-8")
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8"), text
        except UnicodeDecodeError as exc:
            bad = text[exc.start : exc.start + 1].hex()
            raise InvalidInputError.at(
                "$", f"the text is not UTF-8: byte {exc.start:,} (0x{bad}) does not decode"
            ) from None
    raw = text.encode("ascii") if text.isascii() else text.encode("utf-8", "surrogatepass")
    return text, raw


def _depth(raw: bytes, limit: int) -> int:
    """How deep arrays and objects nest in ``raw`` (counted up to ``limit + 1``), in C speed.

    Escapes and strings are taken out, then each pass takes out the innermost pairs.
    """
    if b"\\" in raw:
        raw = _ESCAPE.sub(b"", raw)
    brackets = raw.translate(_KEEP_BRACKETS, _NOT_BRACKETS).replace(b'""', b"")
    if b'"' in brackets:
        brackets = _QUOTED.sub(b"", brackets)
    depth = 0
    while brackets and depth <= limit:
        inner = brackets.replace(b"[]", b"")
        if len(inner) == len(brackets):
            # Unbalanced (not JSON, as the parser will say, after following every bracket
            # still open): each pass took out at most one level of any chain.
            return depth + brackets.count(b"[")
        brackets, depth = inner, depth + 1
    return depth


def _too_deep(raw: bytes) -> InvalidInputError:
    """The error for text nested deeper than MAX_DEPTH, with where if found soon enough."""
    message = f"arrays and objects are nested deeper than {MAX_DEPTH} levels"
    depth, escaped, in_string = 0, -1, False
    for token in _TOKEN.finditer(raw, 0, _LOCATE_LIMIT):
        at, char = token.start(), token.group()
        if at == escaped:
            continue
        if char == b"\\":
            escaped = at + 1
        elif char == b'"':
            in_string = not in_string
        elif not in_string:
            depth += 1 if char in b"[{" else -1
            if depth > MAX_DEPTH:
                line = raw.count(b"\n", 0, at) + 1
                column = len(raw[raw.rfind(b"\n", 0, at) + 1 : at].decode("utf-8", "replace"))
                message += f" (line {line}, column {column + 1})"
                break
    return InvalidInputError.at("$", message)


def _syntax_error(exc: json.JSONDecodeError) -> InvalidInputError:
    what = next((ours for theirs, ours in _JSON_ERRORS if exc.msg.startswith(theirs)), None)
    return InvalidInputError.at(
        "$", f"not valid JSON: {what or 'unexpected text'} (line {exc.lineno}, column {exc.colno})"
    )


def _parse(text: str | bytes, max_size: int = MAX_DOCUMENT_SIZE) -> object:
    """Parse JSON text strictly, within the limits; every refusal is an InvalidInputError."""
    decoded, raw = _decoded(text, max_size)
    if _depth(raw, MAX_DEPTH) > MAX_DEPTH:
        raise _too_deep(raw)
    try:
        return json.loads(
            decoded,
            object_pairs_hook=_no_duplicates,
            parse_constant=_refuse_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except _RefusedError:
        pass
    except json.JSONDecodeError as exc:
        raise _syntax_error(exc) from None
    except RecursionError:  # the caller's stack was already nearly full
        raise InvalidInputError.at("$", "is nested too deeply to read here") from None
    try:  # the second reading goes on past the first refusal, maybe to a syntax error
        problems = _refusals(decoded)
    except json.JSONDecodeError as exc:
        raise _syntax_error(exc) from None
    raise InvalidInputError(problems or [Problem("$", "is not JSON the wire format reads")])


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
        openinfra_model.InvalidInputError: $: unknown value 'Gold': expected one of ...
    """
    check_arguments(structure, locals())
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

    Raises:
        InvalidInputError: Naming every value the wire format cannot hold, so that what is
            written always reads back equal (a datetime in a date field, NaN, a control
            character in a string, a number beyond the limits).

    Example:
        >>> from openinfra_model import Citation
        >>> unstructure(Citation("bylaws", date(2021, 9, 29), "2.3(c)"))
        {'document': 'bylaws', 'version': '2021-09-29', 'section': '2.3(c)', 'quote': None}
    """
    check_arguments(unstructure, locals())
    cls = type(obj)
    with _collector_paused():
        try:
            if attrs.has(cls):
                return _fast.unstructurer(cls)(obj)
            return converter.unstructure(obj)
        except Exception as exc:
            raise _unwritable(obj, exc) from exc


def loads(text: str | bytes, cls: type[T], *, max_size: int = MAX_DOCUMENT_SIZE) -> T:
    """Parse JSON text and build an instance of ``cls`` (see :func:`structure`).

    Args:
        text: UTF-8 bytes or a str (one leading byte order mark is ignored).
        cls: The class to build.
        max_size: The largest text read, in bytes (or characters of a str).

    Raises:
        InvalidInputError: On text that is not JSON, not UTF-8, larger than ``max_size``,
            nested deeper than ``MAX_DEPTH``, has a key twice in one object or a number
            beyond the limits, and on every bad field, each named by its path.

    Example:
        >>> from openinfra_model import Citation
        >>> text = '{"document": "bylaws", "version": "2021-09-29", "section": "2.3(c)"}'
        >>> loads(text, Citation).version
        datetime.date(2021, 9, 29)
    """
    check_value(type, cls, "cls")  # the text is checked as it is read, at "$"
    check_value(int, max_size, "max_size")
    with _collector_paused():
        return structure(_parse(text, max_size), cls)


@overload
def dumps(obj: object, *, indent: int | None = None, as_bytes: Literal[False] = False) -> str: ...
@overload
def dumps(obj: object, *, indent: int | None = None, as_bytes: Literal[True]) -> bytes: ...
def dumps(obj: object, *, indent: int | None = None, as_bytes: bool = False) -> str | bytes:
    """Write an instance as JSON text (compact unless ``indent`` is given).

    Args:
        obj: The instance to write.
        indent: Indent nested values by this many spaces (compact when None).
        as_bytes: Give the text encoded as UTF-8, as a file or a socket takes it: equal to
            ``dumps(obj).encode()``, and faster for a large roster.

    Raises:
        InvalidInputError: As :func:`unstructure`.

    Example:
        >>> from openinfra_model import Citation
        >>> dumps(Citation("bylaws", date(2021, 9, 29), "2.3(c)"))
        '{"document":"bylaws","version":"2021-09-29","section":"2.3(c)","quote":null}'
        >>> dumps(Citation("bylaws", date(2021, 9, 29), "2.3(c)"), as_bytes=True)[:21]
        b'{"document":"bylaws",'
    """
    check_arguments(dumps, locals())
    if indent is None and attrs.has(type(obj)):
        return _write(obj, as_bytes=as_bytes, head="", tail="")
    text = _to_json(unstructure(obj), indent)
    return text.encode() if as_bytes else text


def _write(obj: object, *, as_bytes: bool, head: str, tail: str) -> str | bytes:
    """``head``, ``obj`` as compact JSON text, then ``tail``: the generated writers' way."""
    with _collector_paused():
        try:
            if as_bytes:
                return _fast.byte_writer(type(obj))(obj, head.encode(), tail.encode())
            return "".join((head, _fast.writer(type(obj))(obj), tail))
        except Exception as exc:
            raise _unwritable(obj, exc) from exc


def _to_json(data: object, indent: int | None) -> str:
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(
        data, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )


# --- versions ----------------------------------------------------------------------------


def _migrate_1_to_2(kind: str, data: object) -> object:
    """Carry a version-1 document's data to version 2: nothing to change.

    Version 2 records the fields added to documents after version 1 was fixed; every one is
    optional (or widens what a field accepts), so a version-1 document is already a valid
    version-2 document and its data passes through unchanged:

    - ``Document.governs`` (default ``true``);
    - ``Individual.oif_registry_added`` (default ``null``);
    - ``RegionalHub.region`` (default ``null``) and ``CommunityData.regions`` (default ``[]``);
    - ``MembershipSpan.registry_date_missing`` (default ``false``);
    - ``Decision.rulebook`` (default ``null``, and not written when ``null``);
    - ``CountResult.quorum`` (default ``null``), ``DiversityRule.undecided_from`` (default
      ``null``), ``TieBreak.order`` (default ``[]``) and the tie-break rule
      ``"reference_order"``;
    - the right ``"appoint_director"`` in ``Rights.granted``;
    - in the ``foundation_record`` document: ``board_gaps`` (default ``[]``) and a director's
      ``seat_class`` may be ``null`` (class not stated).

    A step takes the document's kind and its version-``n`` data (JSON-compatible, as parsed)
    and returns its version-``n + 1`` data; it must not change its argument.
    """
    del kind
    return data


MIGRATIONS: Final[Mapping[int, Callable[[str, object], object]]] = types.MappingProxyType(
    {1: _migrate_1_to_2}
)
"""The migration steps by the version they read: ``MIGRATIONS[n]`` carries data from ``n``
to ``n + 1``. A document of version ``n`` passes through every step from ``n`` to
``VERSION`` before it is built; the next change of shape adds ``MIGRATIONS[2]``."""


def _migrate(kind: str, data: object, version: int) -> object:
    """Carry a document's data from ``version`` to ``VERSION``, one step at a time."""
    for step in range(version, VERSION):
        data = MIGRATIONS[step](kind, data)
    return data


def unstructure_document(obj: object) -> dict[str, Any]:
    """Wrap an instance in a versioned document: format, version, kind and data.

    Example:
        >>> from openinfra_model import Citation
        >>> doc = unstructure_document(Citation("bylaws", date(2021, 9, 29), "2.3(c)"))
        >>> doc["format"], doc["version"], doc["kind"]
        ('openinfra-model', 2, 'citation')
    """
    check_arguments(unstructure_document, locals())
    return {
        "format": FORMAT,
        "version": VERSION,
        KIND_KEY: kind_of(type(obj)),
        "data": unstructure(obj),
    }


def structure_document(data: object, cls: type[T]) -> T:
    """Check a document's envelope and build its data as an instance of ``cls``.

    The envelope must be ``{"format": "openinfra-model", "version": <1 to VERSION>,
    "kind": <kind of cls>, "data": ...}``: a missing, non-integer or newer version is refused,
    as are other keys. The data of an earlier version is first carried to ``VERSION`` by
    the steps of ``MIGRATIONS``.

    Raises:
        InvalidInputError: Naming the path of every bad field (data paths are relative to
            ``data``, so they read the same as for :func:`structure`).
    """
    check_arguments(structure_document, locals())
    if type(data) is not dict:
        raise InvalidInputError.at("$", f"a document must be a JSON object, got {_what(data)}")
    doc = cast("dict[str, object]", data)
    problems: list[Problem] = []
    expected_kind = kind_of(_attrs_class(cls) or cls)
    if doc.get("format") != FORMAT:
        problems.append(Problem("format", f"must be {FORMAT!r}, got {_short(doc.get('format'))}"))
    version = doc.get("version")
    if "version" not in doc:
        problems.append(Problem("version", "is required but missing"))
    elif type(version) is not int:
        problems.append(Problem("version", f"must be an integer, got {_what(version)}"))
    elif version > VERSION:
        problems.append(
            Problem("version", f"{version} is newer than this library reads ({VERSION})")
        )
    elif version < FIRST_VERSION:
        problems.append(Problem("version", f"{version} is not a version of the format"))
    if doc.get(KIND_KEY) != expected_kind:
        problems.append(
            Problem(KIND_KEY, f"must be {expected_kind!r}, got {_short(doc.get(KIND_KEY))}")
        )
    problems.extend(
        Problem(_join("", key), "is not a key of a document")
        for key in sorted(set(doc) - {"format", "version", KIND_KEY, "data"})
    )
    if "data" not in doc:
        problems.append(Problem("data", "is required but missing"))
    if problems:
        raise InvalidInputError(problems)
    return structure(_migrate(expected_kind, doc["data"], cast("int", version)), cls)


@overload
def dumps_document(
    obj: object, *, indent: int | None = None, as_bytes: Literal[False] = False
) -> str: ...
@overload
def dumps_document(
    obj: object, *, indent: int | None = None, as_bytes: Literal[True]
) -> bytes: ...
def dumps_document(
    obj: object, *, indent: int | None = None, as_bytes: bool = False
) -> str | bytes:
    """Write an instance as a versioned JSON document (see :func:`unstructure_document`).

    Args:
        obj: The instance to write.
        indent: Indent nested values by this many spaces (compact when None).
        as_bytes: Give the document encoded as UTF-8 (see :func:`dumps`).

    Raises:
        InvalidInputError: As :func:`unstructure`.
    """
    check_arguments(dumps_document, locals())
    if indent is None and attrs.has(type(obj)):
        kind = json.dumps(kind_of(type(obj)), ensure_ascii=False)
        head = f'{{"format":"{FORMAT}","version":{VERSION},"{KIND_KEY}":{kind},"data":'
        return _write(obj, as_bytes=as_bytes, head=head, tail="}")
    text = _to_json(unstructure_document(obj), indent)
    return text.encode() if as_bytes else text


def loads_document(text: str | bytes, cls: type[T], *, max_size: int = MAX_DOCUMENT_SIZE) -> T:
    """Parse a versioned JSON document and build its data as an instance of ``cls``.

    The text is read as :func:`loads` reads it (the same limits and refusals).

    Example:
        >>> from openinfra_model import Citation
        >>> c = Citation("bylaws", date(2021, 9, 29), "2.3(c)")
        >>> loads_document(dumps_document(c), Citation) == c
        True
        >>> loads_document('{"format": "openinfra-model", "version": 3}', Citation)
        Traceback (most recent call last):
        ...
        openinfra_model.InvalidInputError: version: 3 is newer than this library reads (2)
        kind: must be 'citation', got None
        data: is required but missing
    """
    check_value(type, cls, "cls")  # the text is checked as it is read, at "$"
    check_value(int, max_size, "max_size")
    with _collector_paused():
        return structure_document(_parse(text, max_size), cls)
