"""Generated structure and unstructure functions: the converter's fast path.

For each ``attrs`` class this writes one Python function that checks and converts every field
inline (``type(v) is str``, a dictionary lookup for enum values and for days already seen),
then calls the class, so validators run as always. The generated code accepts exactly what the
detailed cattrs hooks of :mod:`openinfra_model.core.convert` accept and builds equal objects; it
only gives up the error report: on any failure it raises, and the caller runs the detailed
hooks over the same data to name every bad field. Types the generated code does not inline
(decimals, instants, frozensets, unions...) are delegated to those same strict hooks.

Why it is kept (issue 14): it is what meets the roster targets of issue 15; cattrs' strict
hooks alone meet none of them (measured then: load 1.18x and dump 3.90x pydantic v2's, against
0.82x and 1.19x for this fast path). The figures of the current code are in the benchmark
table of the performance page (``uv run --group bench python -m benchmarks --only roster``).

Writing has two forms. :meth:`FastCodec.writer` gives the text, every string checked as it is
written. :meth:`FastCodec.byte_writer` gives the UTF-8 bytes: each element of an array of
objects is written with its strings unchecked, encoded, and checked once whole (a test on the
element's bytes that every refused character fails, see :func:`_whole_element_check`), and
written again the checked way when the test fails; joining bytes spares the long text's copy
and encoding too.

Threads: functions are built under one lock, one thread at a time, and stored only once
complete; the caches are read without the lock.
"""

from __future__ import annotations

import enum
import inspect
import itertools
import json
import json.encoder
import linecache
import math
import re
import threading
import typing
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs
from attr import _config as _attrs_config

from openinfra_model.core.validate import Typed

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "MAX_DECIMAL_FRACTION_DIGITS",
    "MAX_DECIMAL_INTEGER_DIGITS",
    "MAX_INTEGER",
    "MAX_STRING_LENGTH",
    "FastCodec",
    "date_problem",
    "decimal_problem",
    "float_problem",
    "instant_problem",
    "integer_problem",
    "string_problem",
]

# --- the limits of the wire format (documented in openinfra_model.core.convert) -----------------

MAX_STRING_LENGTH: Final = 65_536
"""The most characters a string (a value or a key) may have."""

MAX_INTEGER: Final = 2**53 - 1
"""The largest magnitude of an integer: every JSON reader holds it exactly."""

MAX_DECIMAL_INTEGER_DIGITS: Final = 18
"""The most digits a decimal string may have before the point."""

MAX_DECIMAL_FRACTION_DIGITS: Final = 10
"""The most digits a decimal string may have after the point (18 + 10: exact at 28 digits)."""

_BAD_CHARACTER: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
"""Refused in strings: control characters but tab, line feed and carriage return; surrogates."""

_MINUTE: Final = timedelta(minutes=1)


def string_problem(value: str) -> str | None:
    """What makes ``value`` unfit for the wire, or None (too long, a control character...)."""
    if len(value) > MAX_STRING_LENGTH:
        return f"has {len(value):,} characters, more than the limit of {MAX_STRING_LENGTH:,}"
    if value.isprintable():  # the common case, one pass in C
        return None
    found = _BAD_CHARACTER.search(value)
    if found is None:  # a tab, a line break or a printable-but-invisible character: allowed
        return None
    char = found.group()
    what = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
    return f"contains {what} (U+{ord(char):04X}) at index {found.start()}"


def integer_problem(value: int) -> str | None:
    """Why the integer ``value`` cannot be on the wire, or None."""
    if -MAX_INTEGER <= value <= MAX_INTEGER:
        return None
    return f"has a magnitude above 2**53 - 1 ({MAX_INTEGER:,})"


def float_problem(value: float) -> str | None:
    """Why the float ``value`` cannot be on the wire (NaN, an infinity), or None."""
    if math.isfinite(value):
        return None
    return f"is {'NaN' if math.isnan(value) else 'infinite'}, which JSON cannot hold"


def decimal_problem(value: Decimal) -> str | None:
    """Why the decimal ``value`` cannot be written as the wire's decimal string, or None."""
    if not value.is_finite():
        return f"is {value}, which the wire format cannot hold"
    digits, exponent = len(value.as_tuple().digits), typing.cast("int", value.as_tuple().exponent)
    before = digits + exponent if value and digits + exponent > 0 else 1
    after = max(0, -exponent)
    if before > MAX_DECIMAL_INTEGER_DIGITS:
        return f"has {before} digits before the point, more than {MAX_DECIMAL_INTEGER_DIGITS}"
    if after > MAX_DECIMAL_FRACTION_DIGITS:
        return f"has {after} digits after the point, more than {MAX_DECIMAL_FRACTION_DIGITS}"
    return None


def date_problem(value: object) -> str | None:
    """Why ``value`` is not a day the wire can hold (a datetime is not a day), or None."""
    if type(value) is date:
        return None
    if isinstance(value, datetime):
        return "is a datetime where a day is expected: give its .date()"
    return f"expected a date, got a {type(value).__name__}"


def instant_problem(value: datetime) -> str | None:
    """Why the instant ``value`` cannot be written (naive, a sub-minute offset), or None."""
    offset = value.utcoffset()
    if offset is None:
        return "is a naive datetime: add a time zone"
    if offset % _MINUTE:
        sign, size = ("-", -offset) if offset < timedelta(0) else ("+", offset)
        minutes, rest = divmod(size, _MINUTE)
        hours, minutes = divmod(minutes, 60)
        seconds = rest.total_seconds()
        return (
            f"has the UTC offset {sign}{hours:02d}:{minutes:02d}:{seconds:09.6f}: "
            "ISO 8601 offsets are whole minutes"
        )
    return None


# --- the generated functions ---------------------------------------------------------------

_MISSING: Final = object()
_PASSTHROUGH: Final = (type(None),)
_DATE_CACHE_LIMIT: Final = 20_000
"""Days kept for sharing (2012-2030 has under 7,000), so odd input cannot grow it far."""


class _GiveUpError(Exception):
    """The fast path met something it will not decide; the detailed hooks will."""


_GIVE_UP: Final = _GiveUpError
"""Raised as a class, so each failure has its own instance (threads share nothing)."""


class FastCodec:
    """Builds, caches and runs the generated functions for one strict converter.

    Args:
        structure_hook: The converter's ``get_structure_hook`` (strict, detailed).
        unstructure_hook: The converter's ``get_unstructure_hook``.
        structure_date: The converter's strict day parser.
        resolve: Resolves the field types of an ``attrs`` class in place.
        unstructure_any: Unstructures a value by its own type (for unbound type parameters).
    """

    def __init__(
        self,
        structure_hook: Callable[[Any], Callable[[object, object], object]],
        unstructure_hook: Callable[[Any], Callable[[object], object]],
        structure_date: Callable[[object, object], date],
        resolve: Callable[[type], None],
        unstructure_any: Callable[[object], object],
    ) -> None:
        """Keep the strict hooks to delegate to."""
        self._structure_hook = structure_hook
        self._unstructure_hook = unstructure_hook
        self._structure_date = structure_date
        self._resolve = resolve
        self._unstructure_any = unstructure_any
        self._structurers: dict[object, Callable[[object], object]] = {}
        self._unstructurers: dict[object, Callable[[object], object]] = {}
        self._writers: dict[object, Callable[[object], object]] = {}
        self._unchecked_writers: dict[object, Callable[[object], object]] = {}
        self._byte_writers: dict[object, Callable[[object], object]] = {}
        self._dates: dict[object, date] = {}
        self._counter = itertools.count()
        # Functions are built under this lock, one thread at a time; ``_building`` (what the
        # building thread is in the middle of, for classes that contain themselves) is only
        # read and written with the lock held. The caches are read without it: a function is
        # stored only once it is complete, and a dictionary read is atomic.
        self._lock = threading.RLock()
        self._building: set[tuple[str, object]] = set()

    def _cached(
        self,
        cache: dict[object, Callable[[object], object]],
        kind: str,
        tp: object,
        make: Callable[[object], Callable[[object], object]],
    ) -> Callable[[object], object]:
        fn = cache.get(tp)
        if fn is not None:
            return fn
        with self._lock:
            fn = cache.get(tp)  # another thread may have built it while this one waited
            if fn is not None:
                return fn
            key = (kind, tp)
            if key in self._building:  # a class that contains itself: resolve on first call
                return _Lazy(lambda: self._cached(cache, kind, tp, make))
            self._building.add(key)
            try:
                fn = make(tp)
            finally:
                self._building.discard(key)
            cache[tp] = fn
            return fn

    # --- days ---------------------------------------------------------------------------------

    def _date(self, value: object) -> date:
        day = self._structure_date(value, date)
        if len(self._dates) < _DATE_CACHE_LIMIT:
            self._dates[value] = day
        return day

    # --- structure ----------------------------------------------------------------------------

    def structurer(self, tp: object) -> Callable[[object], object]:
        """The generated structure function of ``tp`` (built on first use, by one thread)."""
        return self._cached(self._structurers, "structure", tp, self._make_structurer)

    def _make_structurer(self, tp: object) -> Callable[[object], object]:
        # The detailed hooks the caller falls back on are built now, under the same lock.
        self._structure_hook(tp)
        ns: dict[str, Any] = {}
        if _attrs_class(tp) is not None:
            return self._class_structurer(tp, ns)
        lines = self._structure_lines(tp, "v", "x", ns, "    ")
        return self._compile("structure", ["def fn(v):", *lines, "    return x"], ns)

    def _class_structurer(self, tp: object, ns: dict[str, Any]) -> Callable[[object], object]:
        cls = typing.cast("type", _attrs_class(tp))
        self._resolve(cls)
        types_ = _field_types(tp, cls)
        fields = [f for f in attrs.fields(cls) if f.init]
        ns["_cls"] = cls
        ns["_MISSING"] = _MISSING
        ns["_GIVE_UP"] = _GIVE_UP
        types_by_field = [types_[f.name] for f in fields]
        lines = [
            "def fn(d):",
            "    if type(d) is not dict:",
            "        raise _GIVE_UP",
            # Every field present (what dumps writes): no key can be unknown, none missing.
            f"    if len(d) == {len(fields)}:",
        ]
        for i, (field, ftype) in enumerate(zip(fields, types_by_field, strict=True)):
            lines.append(f"        v = d[{field.name!r}]")
            lines.extend(self._structure_lines(ftype, "v", f"x{i}", ns, "        "))
        lines += ["    else:", "        n = 0"]
        required = 0
        for i, (field, ftype) in enumerate(zip(fields, types_by_field, strict=True)):
            key = repr(field.name)
            local = f"x{i}"
            if field.default is attrs.NOTHING:
                required += 1
                lines.append(f"        v = d[{key}]")
                lines.extend(self._structure_lines(ftype, "v", local, ns, "        "))
                continue
            lines.append(f"        v = d.get({key}, _MISSING)")
            lines.append("        if v is _MISSING:")
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                lines.append("            raise _GIVE_UP")
            else:
                ns[f"_default{i}"] = field.default
                lines.append(f"            {local} = _default{i}")
            lines.append("        else:")
            lines.append("            n += 1")
            lines.extend(self._structure_lines(ftype, "v", local, ns, "            "))
        lines.append(f"        if len(d) != {required} + n:")
        lines.append("            raise _GIVE_UP")
        args = [f"{f.alias}=x{i}" for i, f in enumerate(fields)]
        if _can_build_directly(cls):
            lines.extend(_direct_construction(cls, fields, ns))
        else:
            lines.append(f"    return _cls({', '.join(args)})")
        return self._compile(f"structure_{cls.__name__}", lines, ns)

    def _name(self, ns: dict[str, Any], prefix: str, value: object) -> str:
        name = f"_{prefix}{next(self._counter)}"
        ns[name] = value
        return name

    def _structure_lines(  # noqa: PLR0911 - one branch per type shape
        self,
        tp: Any,  # noqa: ANN401 - any type expression
        src: str,
        dst: str,
        ns: dict[str, Any],
        ind: str,
    ) -> list[str]:
        ns.setdefault("_GIVE_UP", _GIVE_UP)
        fail = f"{ind}    raise _GIVE_UP"
        if tp in {str, int, bool}:
            return [f"{ind}if {_refuse_scalar(tp, src, ns)}:", fail, f"{ind}{dst} = {src}"]
        if tp is type(None):
            return [f"{ind}if {src} is not None:", fail, f"{ind}{dst} = None"]
        if tp is date:
            cache = self._name(ns, "dates", self._dates)
            slow = self._name(ns, "date", self._date)
            return [
                f"{ind}{dst} = {cache}.get({src})",
                f"{ind}if {dst} is None or type({src}) is not str:",
                f"{ind}    {dst} = {slow}({src})",
            ]
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            members = {m.value: m for m in tp}
            value_types = {type(v) for v in members}
            if value_types != {str}:
                return self._delegate(tp, src, dst, ns, ind)
            table = self._name(ns, "enum", members)
            return [
                f"{ind}{dst} = {table}.get({src})",
                f"{ind}if {dst} is None or type({src}) is not str:",
                fail,
            ]
        args = typing.get_args(tp)
        origin = typing.get_origin(tp)
        if origin in {typing.Union, _UnionType} and type(None) in args and len(args) == 2:
            inner = args[0] if args[1] is type(None) else args[1]
            return [
                f"{ind}if {src} is None:",
                f"{ind}    {dst} = None",
                f"{ind}else:",
                *self._structure_lines(inner, src, dst, ns, ind + "    "),
            ]
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            elem = args[0]
            head = [f"{ind}if type({src}) is not list and type({src}) is not tuple:", fail]
            if elem in {str, int, bool}:
                return [
                    *head,
                    f"{ind}for e in {src}:",
                    f"{ind}    if {_refuse_scalar(elem, 'e', ns)}:",
                    f"{ind}        raise _GIVE_UP",
                    f"{ind}{dst} = tuple({src})",
                ]
            fn = self._name(ns, "elem", self.structurer(elem))
            return [*head, f"{ind}{dst} = tuple([{fn}(e) for e in {src}])"]
        if _attrs_class(tp) is not None:
            fn = self._name(ns, "cls", self.structurer(tp))
            return [f"{ind}{dst} = {fn}({src})"]
        return self._delegate(tp, src, dst, ns, ind)

    def _delegate(self, tp: object, src: str, dst: str, ns: dict[str, Any], ind: str) -> list[str]:
        hook = self._name(ns, "hook", self._structure_hook(tp))
        typ = self._name(ns, "type", tp)
        return [f"{ind}{dst} = {hook}({src}, {typ})"]

    # --- unstructure --------------------------------------------------------------------------

    def unstructurer(self, tp: object) -> Callable[[object], object]:
        """The generated unstructure function of ``tp`` (built on first use, by one thread)."""
        return self._cached(self._unstructurers, "unstructure", tp, self._make_unstructurer)

    def _make_unstructurer(self, tp: object) -> Callable[[object], object]:
        ns: dict[str, Any] = {}
        cls = _attrs_class(tp)
        if cls is None:
            expr = self._unstructure_expr(tp, "o", ns)
            return self._compile("unstructure", ["def fn(o):", f"    return {expr}"], ns)
        self._resolve(cls)
        types_ = _field_types(tp, cls)
        items = [
            f"{f.name!r}: {self._unstructure_expr(types_[f.name], f'o.{f.name}', ns)}"
            for f in attrs.fields(cls)
            if f.init and not _omit_if_none(f)
        ]
        body = ", ".join(items)
        if not any(f.init and _omit_if_none(f) for f in attrs.fields(cls)):
            return self._compile(
                f"unstructure_{cls.__name__}", ["def fn(o):", f"    return {{{body}}}"], ns
            )
        lines = ["def fn(o):", f"    d = {{{body}}}"]
        for f in attrs.fields(cls):
            if f.init and _omit_if_none(f):
                tmp = f"t{next(self._counter)}"
                expr = self._unstructure_expr(types_[f.name], tmp, ns)
                lines += [
                    f"    if ({tmp} := o.{f.name}) is not None:",
                    f"        d[{f.name!r}] = {expr}",
                ]
        lines.append("    return d")
        return self._compile(f"unstructure_{cls.__name__}", lines, ns)

    def _unstructure_expr(self, tp: Any, src: str, ns: dict[str, Any]) -> str:  # noqa: ANN401, PLR0911 - one return per type shape
        ns.update(_DATA_HELPERS)
        if tp in _PASSTHROUGH:
            return src
        if tp is str:
            tmp = f"t{next(self._counter)}"
            return f"({tmp} if {_fit_string(tmp, src)} else _ustr({tmp}))"
        if tp in {int, bool, float}:
            return f"_u{tp.__name__}({src})"
        if tp is date:
            tmp = f"t{next(self._counter)}"
            return f"(_DI.get({tmp} := {src}) or _udate({tmp}))"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return f"{src}._value_"
        args = typing.get_args(tp)
        origin = typing.get_origin(tp)
        if origin in {typing.Union, _UnionType} and type(None) in args and len(args) == 2:
            inner = args[0] if args[1] is type(None) else args[1]
            tmp = f"t{next(self._counter)}"
            return (
                f"(None if ({tmp} := {src}) is None else {self._unstructure_expr(inner, tmp, ns)})"
            )
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            tmp = f"t{next(self._counter)}"
            return f"[{self._unstructure_expr(args[0], tmp, ns)} for {tmp} in {src}]"
        if _attrs_class(tp) is not None:
            fn = self._name(ns, "ucls", self.unstructurer(tp))
            return f"{fn}({src})"
        if isinstance(tp, typing.TypeVar) or tp in {Any, object}:
            # An unparametrised generic (a bare Window): go by the value's own type.
            hook = self._name(ns, "uany", self._unstructure_any)
            return f"{hook}({src})"
        hook = self._name(ns, "uhook", self._unstructure_hook(tp))
        return f"{hook}({src})"

    # --- JSON text -------------------------------------------------------------------------

    def writer(self, tp: object) -> Callable[[object], str]:
        """The generated function writing ``tp`` as compact JSON text (built on first use).

        Its output is exactly ``json.dumps(unstructure(obj), ensure_ascii=False,
        separators=(",", ":"), allow_nan=False)``, without building the dictionaries.
        """
        fn = self._cached(self._writers, "write", tp, lambda t: self._make_writer(t, checked=True))
        return typing.cast("Callable[[object], str]", fn)

    def _unchecked_writer(self, tp: object) -> Callable[[object], str]:
        """As :meth:`writer`, but writing strings without checking them (see below)."""
        fn = self._cached(
            self._unchecked_writers, "write-unchecked", tp,
            lambda t: self._make_writer(t, checked=False),
        )  # fmt: skip
        return typing.cast("Callable[[object], str]", fn)

    def byte_writer(self, tp: object) -> Callable[[object, bytes, bytes], bytes]:
        """The generated function writing ``head``, ``tp`` as UTF-8 JSON, then ``tail``.

        ``fn(obj, head, tail)`` gives exactly ``head + writer(tp)(obj).encode() + tail``, but
        faster for the long arrays of a roster: each element of an array of objects is written
        with its strings unchecked, encoded on its own, and checked once as a whole (see
        :func:`_whole_element_check`); only an element that fails that check is written again
        with every string checked. Joining bytes also spares the copy and the encoding of one
        long text (a text with any non-ASCII character takes two or four bytes a character).
        """
        fn = self._cached(self._byte_writers, "write-bytes", tp, self._make_byte_writer)
        return typing.cast("Callable[[object, bytes, bytes], bytes]", fn)

    def _make_writer(self, tp: object, *, checked: bool) -> Callable[[object], str]:
        ns: dict[str, Any] = dict(_TEXT_HELPERS)
        cls = _attrs_class(tp)
        if cls is None:
            expr = self._text_expr(tp, "o", ns, checked=checked)
            return self._compile("write", ["def fn(o):", f"    return {expr}"], ns)
        lines = ["def fn(o):"]
        # The text is joined once from segments: f-strings for the plain fields, and the
        # elements of tuples of classes written as a statement each (their object text inline,
        # with no call per element; Python 3.11 cannot nest an f-string in an f-string).
        # A large array is so copied once, not once per concatenation.
        segments: list[str] = []
        pending = ["{{"]
        for literal, src, ftype, element in self._segments(tp, cls):
            if element is None:
                pending.append(
                    f"{literal}{{({self._text_expr(ftype, src, ns, checked=checked)})}}"
                )
                continue
            tmp, part = f"t{next(self._counter)}", f"p{next(self._counter)}"
            item = self._object_text(_tuple_element(ftype), element, tmp, ns, checked=checked)
            lines.append(f"    {part} = _COMMA.join([{item} for {tmp} in {src}])")
            segments += ["f'" + "".join(pending) + literal + "['", part]
            pending = ["]"]
        pending.append(self._optional_text(tp, cls, "o", ns, checked=checked))
        segments.append("f'" + "".join(pending) + "}}'")
        text = segments[0] if len(segments) == 1 else "''.join((" + ", ".join(segments) + "))"
        lines.append(f"    return {text}")
        suffix = "" if checked else "_unchecked"
        return self._compile(f"write_{cls.__name__}{suffix}", lines, ns)

    def _make_byte_writer(self, tp: object) -> Callable[[object], object]:
        ns: dict[str, Any] = dict(_TEXT_HELPERS)
        cls = _attrs_class(tp)
        if cls is None:
            expr = self._text_expr(tp, "o", ns, checked=True)
            lines = ["def fn(o, h, t):", f"    return h + {expr}.encode() + t"]
            return self._compile("write_bytes", lines, ns)
        lines = ["def fn(o, h, t):"]
        segments: list[str] = ["h"]
        pending = ["{{"]
        for literal, src, ftype, element in self._segments(tp, cls):
            if element is None:
                pending.append(f"{literal}{{({self._text_expr(ftype, src, ns, checked=True)})}}")
                continue
            tmp, part, text = (f"t{next(self._counter)}" for _ in range(3))
            element_type = _tuple_element(ftype)
            fast = self._object_text(element_type, element, tmp, ns, checked=False)
            careful = self._object_text(element_type, element, tmp, ns, checked=True)
            lines.append(
                f"    {part} = _BCOMMA.join([{text} if {_whole_element_check(text, fast)}"
                f" else {careful}.encode() for {tmp} in {src}])"
            )
            segments += ["f'" + "".join(pending) + literal + "['.encode()", part]
            pending = ["]"]
        pending.append(self._optional_text(tp, cls, "o", ns, checked=True))
        segments += ["f'" + "".join(pending) + "}}'.encode()", "t"]
        lines.append("    return b''.join((" + ", ".join(segments) + "))")
        return self._compile(f"write_bytes_{cls.__name__}", lines, ns)

    def _segments(self, tp: object, cls: type) -> Iterator[tuple[str, str, object, type | None]]:
        """Each written field of ``o``: its key's literal, its source, type and element class.

        The element class is that of a tuple of ``attrs`` objects, written inline element by
        element; None for every other field (and for a class that contains itself, which is
        written by its own, lazily built, function).
        """
        for i, (field, ftype) in enumerate(self._writable_fields(tp, cls)):
            literal = _braces(("," if i else "") + json.dumps(field) + ":")
            element = _attrs_class(_tuple_element(ftype))
            if element is not None and (
                element is cls
                or any(kind.startswith("write") and t is element for kind, t in self._building)
            ):
                element = None
            yield literal, f"o.{field}", ftype, element

    def _writable_fields(self, tp: object, cls: type) -> list[tuple[str, object]]:
        self._resolve(cls)
        types_ = _field_types(tp, cls)
        return [
            (f.name, types_[f.name]) for f in attrs.fields(cls) if f.init and not _omit_if_none(f)
        ]

    def _object_text(
        self, tp: object, cls: type, src: str, ns: dict[str, Any], *, checked: bool
    ) -> str:
        """An f-string expression writing the object ``src`` of class ``cls``."""
        exprs = [
            self._text_expr(ftype, f"{src}.{name}", ns, checked=checked)
            for name, ftype in self._writable_fields(tp, cls)
        ]
        template = self._object_template(tp, cls, exprs)
        optional = self._optional_text(tp, cls, src, ns, checked=checked)
        return template[: -len("}}'")] + optional + "}}'" if optional else template

    def _object_template(self, tp: object, cls: type, exprs: list[str]) -> str:
        pieces = []
        for i, ((name, _), expr) in enumerate(
            zip(self._writable_fields(tp, cls), exprs, strict=True)
        ):
            literal = _braces(("," if i else "") + json.dumps(name) + ":")
            pieces.append(f"{literal}{{({expr})}}")
        return "f'{{" + "".join(pieces) + "}}'"

    def _optional_text(
        self, tp: object, cls: type, src: str, ns: dict[str, Any], *, checked: bool
    ) -> str:
        """The f-string piece writing the ``omit_if_none`` fields of ``src``, when set."""
        self._resolve(cls)
        types_ = _field_types(tp, cls)
        pieces = []
        for f in attrs.fields(cls):
            if f.init and _omit_if_none(f):
                tmp = f"t{next(self._counter)}"
                key = self._name(ns, "okey", "," + json.dumps(f.name) + ":")
                expr = self._text_expr(types_[f.name], tmp, ns, checked=checked)
                ns["_NOTHING_TEXT"] = ""
                pieces.append(
                    f"{{(_NOTHING_TEXT if ({tmp} := {src}.{f.name}) is None else {key} + {expr})}}"
                )
        return "".join(pieces)

    def _text_expr(self, tp: Any, src: str, ns: dict[str, Any], *, checked: bool) -> str:  # noqa: ANN401, PLR0911 - one return per type shape
        """A quote-free expression giving the JSON text of ``src`` (a value of type ``tp``).

        It raises for any value the wire format cannot hold (a control character in a string,
        a datetime where a day is expected, NaN...); the caller then finds and names it.
        With ``checked=False`` strings (in ``src`` and in every object inside it) are written
        as they are, unchecked but for their type: only for text that is then checked whole by
        :func:`_whole_element_check`.
        """
        if tp is str:
            if not checked:
                return f"_s({src})"  # a non-str raises TypeError
            tmp = f"t{next(self._counter)}"
            return f"(_s({tmp}) if {_fit_string(tmp, src)} else _sx({tmp}))"
        template = _SCALAR_TEXT.get(tp)
        if template is not None:
            return template.format(src)
        if (
            isinstance(tp, type)
            and issubclass(tp, enum.Enum)
            and {type(m.value) for m in tp} == {str}
        ):
            # The JSON text of each value, written once (a foreign value fails the lookup).
            table = {m.value: _encode_string(m.value) for m in tp}
            return f"{self._name(ns, 'enum', table)}[{src}._value_]"
        args = typing.get_args(tp)
        origin = typing.get_origin(tp)
        if origin in {typing.Union, _UnionType} and type(None) in args and len(args) == 2:
            inner = args[0] if args[1] is type(None) else args[1]
            tmp = f"t{next(self._counter)}"
            if inner is date:  # one lookup, None included
                return f"(_DQN.get({tmp} := {src}) or _dqn({tmp}))"
            inner_expr = self._text_expr(inner, tmp, ns, checked=checked)
            return f"(_NULL if ({tmp} := {src}) is None else {inner_expr})"
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            if args[0] is str:
                return f"_OPEN + _COMMA.join(map({'_sx' if checked else '_s'}, {src})) + _CLOSE"
            tmp = f"t{next(self._counter)}"
            item = self._text_expr(args[0], tmp, ns, checked=checked)
            return f"_OPEN + _COMMA.join([{item} for {tmp} in {src}]) + _CLOSE"
        if _attrs_class(tp) is not None:
            write = self.writer(tp) if checked else self._unchecked_writer(tp)
            fn = self._name(ns, "write", write)
            return f"{fn}({src})"
        hook = self._name(ns, "uhook", self.unstructurer(tp))
        return f"_json({hook}({src}))"

    # --- compiling ----------------------------------------------------------------------------

    def _compile(self, name: str, lines: list[str], ns: dict[str, Any]) -> Callable[..., Any]:
        source = "\n".join(lines) + "\n"
        filename = f"<openinfra_model generated {name} {next(self._counter)}>"
        code = compile(source, filename, "exec")
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        exec(code, ns)  # noqa: S102 - our own generated source, kept in linecache for tracebacks
        return typing.cast("Callable[..., Any]", ns["fn"])


_UnionType: Any = type(int | None)


def _omit_if_none(field: attrs.Attribute[Any]) -> bool:
    """Whether a field is written only when set (``metadata={"omit_if_none": True}``)."""
    return bool(field.metadata.get("omit_if_none"))


def _fit_string(tmp: str, src: str) -> str:
    """An expression binding ``src`` to ``tmp``, true when that string surely fits the wire.

    False means "check it" (a tab or an invisible character is allowed; the check decides).
    """
    return f"({tmp} := {src}).isprintable() and len({tmp}) <= {MAX_STRING_LENGTH}"


def _whole_element_check(name: str, text: str) -> str:
    """An expression binding ``name`` to the UTF-8 bytes of ``text``; true when they fit the wire.

    ``text`` was written with its strings unchecked; the wire refuses in a string a lone
    surrogate, a control character but tab, line feed and carriage return, and more than
    ``MAX_STRING_LENGTH`` characters. In the written text each shows: a surrogate cannot be
    encoded (``encode`` raises, and the caller finds and names it), a control character below
    U+0020 is escaped (a backslash), DEL is itself and U+0080 to U+009F are encoded from the
    byte C2 (which a few allowed characters, U+00A0 to U+00BF, share), and a string of more
    than the limit makes a text of more bytes. So the text fits when it has no backslash, no
    DEL, no C2 byte and at most the limit of bytes; any other text (a quotation mark, a
    backslash, a no-break space or an overlong string) is written again, checking each string.
    """
    # Each byte as an int (0x5C backslash, 0x7F DEL, 0xC2): ``int in bytes`` is one memchr,
    # where ``bytes in bytes`` first tries to read its operand as an int, and pays for the
    # exception that fails.
    return (
        f"0x5C not in ({name} := ({text}).encode()) and 0x7F not in {name}"
        f" and 0xC2 not in {name} and len({name}) <= {MAX_STRING_LENGTH}"
    )


def _refuse_scalar(tp: type, src: str, ns: dict[str, Any]) -> str:
    """An expression true when ``src`` is not an acceptable ``tp`` (str, int or bool)."""
    if tp is str:
        ns["_bad_character"] = _BAD_CHARACTER.search
        return (
            f"type({src}) is not str or len({src}) > {MAX_STRING_LENGTH}"
            f" or not {src}.isprintable() and _bad_character({src})"
        )
    if tp is int:
        return f"type({src}) is not int or not {-MAX_INTEGER} <= {src} <= {MAX_INTEGER}"
    return f"type({src}) is not {tp.__name__}"


def _checked_string(value: object) -> str:
    if type(value) is not str or string_problem(value) is not None:
        raise _GIVE_UP
    return value


def _text_string(value: object) -> str:
    return _encode_string(_checked_string(value))


def _text_none(value: object) -> str:
    if value is not None:
        raise _GIVE_UP
    return "null"


def _text_bool(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise _GIVE_UP


def _checked_int(value: object) -> int:
    if type(value) is not int or integer_problem(value) is not None:
        raise _GIVE_UP  # a bool here would be written true/false, which no int field reads
    return value


def _text_int(value: object) -> str:
    return int.__repr__(_checked_int(value))


def _checked_float(value: object) -> float:
    if type(value) is int and integer_problem(value) is None:
        return float(value)
    if type(value) is not float or float_problem(value) is not None:
        raise _GIVE_UP
    return value


def _text_float(value: object) -> str:
    return float.__repr__(_checked_float(value))


def _text_decimal(value: object) -> str:
    if not isinstance(value, Decimal) or decimal_problem(value) is not None:
        raise _GIVE_UP
    return f'"{format(value, "f")}"'


def _compact_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


_encode_string: Final = json.encoder.encode_basestring

_SCALAR_TEXT: Final[dict[object, str]] = {
    date: "(_DQ.get({0}) or _dq({0}))",
    Decimal: "_decimal({0})",
    type(None): "_none({0})",
    int: "_int({0})",
    bool: "_bool({0})",
    float: "_float({0})",
}
"""Expressions (quote-free, for f-strings) writing the JSON text of a scalar ``{0}``."""

_QUOTED_DATES: Final[dict[date, str]] = {}
_ISO_DATES: Final[dict[date, str]] = {}


def _quoted_date(value: object) -> str:
    if type(value) is not date:
        raise _GIVE_UP  # a datetime's isoformat would be written, which no date field reads
    text = f'"{value.isoformat()}"'
    if len(_QUOTED_DATES) < _DATE_CACHE_LIMIT:
        _QUOTED_DATES[value] = text
    return text


_QUOTED_DAYS_OR_NULL: Final[dict[date | None, str]] = {None: "null"}


def _quoted_day_or_null(value: object) -> str:
    text = _quoted_date(value)
    if len(_QUOTED_DAYS_OR_NULL) < _DATE_CACHE_LIMIT:
        _QUOTED_DAYS_OR_NULL[typing.cast("date", value)] = text
    return text


def _iso_date(value: object) -> str:
    if type(value) is not date:
        raise _GIVE_UP
    text = value.isoformat()
    if len(_ISO_DATES) < _DATE_CACHE_LIMIT:
        _ISO_DATES[value] = text
    return text


def _unstructure_bool(value: object) -> bool:
    if type(value) is not bool:
        raise _GIVE_UP
    return value


_TEXT_HELPERS: Final[dict[str, object]] = {
    "_DQ": _QUOTED_DATES,
    "_dq": _quoted_date,
    "_DQN": _QUOTED_DAYS_OR_NULL,
    "_dqn": _quoted_day_or_null,
    "_s": _encode_string,
    "_sx": _text_string,
    "_NULL": "null",
    "_OPEN": "[",
    "_CLOSE": "]",
    "_COMMA": ",",
    "_BCOMMA": b",",
    "_none": _text_none,
    "_bool": _text_bool,
    "_int": _text_int,
    "_float": _text_float,
    "_decimal": _text_decimal,
    "_json": _compact_json,
}

_DATA_HELPERS: Final[dict[str, object]] = {
    "_DI": _ISO_DATES,
    "_udate": _iso_date,
    "_ustr": _checked_string,
    "_uint": _checked_int,
    "_ubool": _unstructure_bool,
    "_ufloat": _checked_float,
}


class _Lazy:
    """A generated function built on first call (for a class that contains itself)."""

    __slots__ = ("_build", "_fn")

    def __init__(self, build: Callable[[], Callable[[object], object]]) -> None:
        self._build = build
        self._fn: Callable[[object], object] | None = None

    def __call__(self, value: object) -> object:
        fn = self._fn
        if fn is None:
            fn = self._fn = self._build()
        return fn(value)


def _can_build_directly(cls: type) -> bool:
    """Whether the generated code may do exactly what attrs' generated ``__init__`` does.

    That is: a frozen, slotted class whose ``__init__`` attrs wrote, whose every field is set
    by ``__init__`` or (``init=False``) to a plain default, with no converters, no
    ``__attrs_pre_init__`` and no cached hash. Its ``__init__`` then only stores each argument
    (and each such default) in its slot, runs the field validators (unless validators are
    disabled) and calls ``__attrs_post_init__``; the generated code does the same without the
    cost of a keyword call.
    """
    code = getattr(getattr(cls, "__init__", None), "__code__", None)
    slots = {s for klass in cls.__mro__ for s in vars(klass).get("__slots__", ())}
    if (
        code is None
        or not code.co_filename.startswith("<attrs generated")
        or getattr(cls.__setattr__, "__name__", "") != "_frozen_setattrs"
        or hasattr(cls, "__attrs_pre_init__")
        or any("cached_hash" in s for s in slots)
    ):
        return False
    for field in attrs.fields(cls):
        if field.converter is not None:
            return False
        # A field outside ``__init__`` is fine when it only takes a plain default (set below).
        if not field.init and (
            field.default is attrs.NOTHING or isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
        ):
            return False
        descriptor = inspect.getattr_static(cls, field.name, None)
        if type(descriptor).__name__ != "member_descriptor":
            return False
    return True


def _direct_construction(
    cls: type, fields: list[attrs.Attribute[Any]], ns: dict[str, Any]
) -> list[str]:
    ns["_new"] = object.__new__
    ns["_validators_disabled"] = attrs.validators.get_disabled
    lines = ["    o = _new(_cls)"]
    for i, field in enumerate(fields):
        ns[f"_set{i}"] = inspect.getattr_static(cls, field.name).__set__
        lines.append(f"    _set{i}(o, x{i})")
    for j, field in enumerate(f for f in attrs.fields(cls) if not f.init):
        ns[f"_setd{j}"] = inspect.getattr_static(cls, field.name).__set__
        ns[f"_default_d{j}"] = field.default
        lines.append(f"    _setd{j}(o, _default_d{j})")
    # The type checks of ``typed`` are skipped: the code above has checked every type already.
    # The class's own validators (slugs, money, dates in order...) always run.
    own = [(i, f, _own_validator(f)) for i, f in enumerate(fields)]
    checked = [(i, f, v) for i, f, v in own if v is not None]
    if checked:
        ns["_attrs_config"] = _attrs_config
        lines.append(f"    if {_VALIDATORS_RUN}:")
        for i, field, validator in checked:
            ns[f"_validator{i}"] = validator
            ns[f"_attribute{i}"] = field
            call = f"_validator{i}(o, _attribute{i}, x{i})"
            passes: tuple[str, dict[str, object]] | None = getattr(validator, "passes", None)
            if passes is None:
                lines.append(f"        {call}")
            else:  # the validator's common case tested inline, the call only when it fails
                ns.update(passes[1])
                lines += [f"        if not ({passes[0].format(f'x{i}')}):", f"            {call}"]
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("    o.__attrs_post_init__()")
    lines.append("    return o")
    return lines


def _validators_run_expression() -> str:
    """An expression true when attrs runs validators (not inside ``validators.disabled()``).

    attrs keeps the switch in ``attr._config._run_validators``, which
    ``attrs.validators.get_disabled()`` negates; reading the attribute costs a lookup, calling
    the function a Python call per object built (about 0.2 µs, 25 ms a roster). Should a later
    attrs keep it elsewhere, the generated code calls the function (tests pin both ways agree).
    """
    switch = getattr(_attrs_config, "_run_validators", None)
    follows = isinstance(switch, bool) and switch is not attrs.validators.get_disabled()
    return "_attrs_config._run_validators" if follows else "not _validators_disabled()"


_VALIDATORS_RUN: Final = _validators_run_expression()


def _own_validator(field: attrs.Attribute[Any]) -> object:
    """A field's validator without the type checks of :func:`~.validate.typed`."""
    validator = field.validator
    return validator.after if isinstance(validator, Typed) else validator


def _braces(text: str) -> str:
    """``text`` as the literal part of an f-string."""
    return text.replace("{", "{{").replace("}", "}}")


def _tuple_element(tp: object) -> object:
    """The element type of ``tuple[X, ...]``, else None."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


def _attrs_class(tp: object) -> type | None:
    origin = typing.get_origin(tp)
    cls = origin if origin is not None else tp
    if isinstance(cls, type) and attrs.has(cls):
        return cls
    return None


def _field_types(tp: object, cls: type) -> dict[str, object]:
    """The field types of ``cls``, with the type parameters of ``tp`` (``Window[Decimal]``)."""
    params = getattr(cls, "__parameters__", ())
    args = typing.get_args(tp)
    mapping = dict(zip(params, args, strict=False)) if args else {}
    out: dict[str, object] = {}
    for field in attrs.fields(cls):
        ftype: Any = field.type
        if isinstance(ftype, typing.TypeVar):
            ftype = mapping.get(ftype, ftype)
        elif mapping and (params_of := getattr(ftype, "__parameters__", None)):
            ftype = ftype[tuple(mapping.get(p, p) for p in params_of)]
        out[field.name] = ftype
    return out
