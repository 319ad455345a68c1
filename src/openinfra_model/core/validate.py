"""Checking what callers give: the shared helpers behind validated classes and arguments.

Every public class checks the type of each field when it is built, and every public function
checks its arguments on entry, both from the annotations the code already carries, so that
nothing but :class:`~openinfra_model.InvalidInputError` (naming the field or argument) escapes
a call given bad values:

* ``str`` is a string of at most 65,536 characters without control characters (tab, line
  feed and carriage return aside) or lone surrogates -- what the wire format can hold;
* ``int`` is an int, never a bool or a float, of magnitude at most 2**53 - 1; ``bool`` is a
  bool; ``float`` is finite;
* :class:`~decimal.Decimal` is a finite Decimal with at most 18 digits before the point (the
  wire's limit: ``Decimal("1e30")`` is refused, not computed with; precision is not limited
  here, the wire's 10 decimals are checked when a value is written);
* ``date`` is a :class:`~datetime.date` and neither a :class:`~datetime.datetime` nor a string;
  ``datetime`` is an aware instant whose UTC offset is whole minutes;
* an enumeration is one of its members (the string ``"gold"`` is not :attr:`Tier.GOLD`);
* a class is an instance of it;
* collections: a ``str`` (or bytes, or a mapping) is never a collection; ``tuple[X, ...]`` and
  ``frozenset[X]`` take a list, tuple, set or frozenset and store a tuple or frozenset (frozen
  on the way in); a mapping is stored as a read-only :class:`~types.MappingProxyType`; every
  element is checked.

Ids follow one policy, refusal rather than normalisation (:func:`check_id`): an id that a
trailing space, a zero-width character or a full-width digit would make differ from another
is refused, never silently cleaned. Bad values are quoted by a short prefix (:func:`quote`).

Classes get their checks through ``field_transformer=typed`` on ``attrs.frozen``: the type
checks of all fields run first, then the class's own validators. The converter, which checks
every type itself while reading a document, skips the type checks (never the class's own
validators); a direct call never skips them.
"""

from __future__ import annotations

import collections.abc
import contextlib
import enum
import importlib
import inspect
import itertools
import math
import re
import sys
import threading
import types
import typing
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final

import attrs

from openinfra_model.core.errors import InvalidInputError, Problem

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

_T = typing.TypeVar("_T")

__all__ = [
    "HINT",
    "MAX_MAGNITUDE",
    "QUOTE_LENGTH",
    "Typed",
    "check_arguments",
    "check_id",
    "check_unique",
    "check_value",
    "id_problem",
    "plain_id",
    "quote",
    "slug_id",
    "typed",
]

HINT: Final = "openinfra_model.hint"
"""The ``attrs`` field metadata key of a hint for callers: what a value refused by the field's
type check most likely should have been. The type check appends it to its message
(``attrs.field(metadata={HINT: "count rankings with ties with count_rankings"})``).

Example:
    >>> @attrs.frozen(field_transformer=typed)
    ... class Ballot:
    ...     ranking: tuple[str, ...] = attrs.field(metadata={HINT: "no ties"})
    >>> Ballot((("a", "b"),))
    Traceback (most recent call last):
    ...
    openinfra_model.InvalidInputError: ranking[0]: expected a string, got a tuple; no ties
"""

QUOTE_LENGTH: Final = 40
"""The most characters of a bad value an error message quotes (then ``…``)."""

MAX_MAGNITUDE: Final = 2**53 - 1
"""The largest magnitude of an integer argument or field (what every JSON reader holds)."""

_MAX_STRING: Final = 65_536
_MAX_INT_DIGITS: Final = 18
_BAD_CHARACTER: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_MINUTE: Final = timedelta(minutes=1)

Checker = typing.Callable[[object, str], object]
"""Checks a value found at a path; returns it (or its frozen copy) or raises."""


def quote(value: object) -> str:
    """A short, safe rendering of a bad value for an error message.

    Example:
        >>> quote("gold")
        "'gold'"
        >>> quote("x" * 100)
        "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'…"
    """
    if isinstance(value, str):
        if len(value) > QUOTE_LENGTH:
            return repr(value[:QUOTE_LENGTH]) + "…"
        return repr(value)
    if isinstance(value, bool | int | float | Decimal | date | enum.Enum | type(None)):
        text = repr(value)
    else:
        return f"a {type(value).__name__}"
    return text if len(text) <= QUOTE_LENGTH else text[:QUOTE_LENGTH] + "…"


def _fail(path: str, message: str) -> InvalidInputError:
    return InvalidInputError.at(path, message)


def _wrong(path: str, value: object, expected: str) -> InvalidInputError:
    return _fail(path, f"expected {expected}, got {_kind(value)}")


def _kind(value: object) -> str:
    if isinstance(value, str | bool | int | float | Decimal | date | enum.Enum | type(None)):
        return f"{type(value).__name__} {quote(value)}"
    return f"a {type(value).__name__}"


# --- scalars ------------------------------------------------------------------------------


def _str(value: object, path: str) -> object:
    if not isinstance(value, str):
        raise _wrong(path, value, "a string")
    if len(value) > _MAX_STRING:
        raise _fail(path, f"has {len(value):,} characters, more than {_MAX_STRING:,}")
    if not value.isprintable():
        found = _BAD_CHARACTER.search(value)
        if found is not None:
            char = found.group()
            what = "a lone surrogate" if "\ud800" <= char <= "\udfff" else "a control character"
            raise _fail(path, f"contains {what} (U+{ord(char):04X}) at index {found.start()}")
    return value


def _int(value: object, path: str) -> object:
    if type(value) is not int and (isinstance(value, bool) or not isinstance(value, int)):
        raise _wrong(path, value, "an integer")
    if not -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        raise _fail(path, "has a magnitude above 2**53 - 1")
    return value


def _bool(value: object, path: str) -> object:
    if type(value) is not bool:
        raise _wrong(path, value, "True or False")
    return value


def _float(value: object, path: str) -> object:
    if isinstance(value, bool) or not isinstance(value, float | int):
        raise _wrong(path, value, "a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise _fail(path, f"must be finite, not {value}")
    if isinstance(value, int) and not -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        raise _fail(path, "has a magnitude above 2**53 - 1")
    return value


def _decimal(value: object, path: str) -> object:
    if not isinstance(value, Decimal):
        raise _wrong(path, value, "a Decimal")
    if not value.is_finite():
        raise _fail(path, f"must be a finite Decimal, not {value}")
    if value and value.adjusted() >= _MAX_INT_DIGITS:
        raise _fail(
            path,
            f"has {value.adjusted() + 1} digits before the point, more than {_MAX_INT_DIGITS}",
        )
    return value


def _fraction(value: object, path: str) -> object:
    if isinstance(value, bool) or not isinstance(value, Fraction | int):
        raise _wrong(path, value, "a Fraction")
    return value


def _date(value: object, path: str) -> object:
    if type(value) is date:
        return value
    if isinstance(value, datetime):
        raise _fail(path, "expected a date, got a datetime: give its .date()")
    if isinstance(value, date):  # a subclass of date: allowed, it is a day
        return value
    raise _wrong(path, value, "a date")


def _instant(value: object, path: str) -> object:
    if not isinstance(value, datetime):
        raise _wrong(path, value, "an aware datetime")
    offset = value.utcoffset()
    if offset is None:
        raise _fail(path, "is a naive datetime: add a time zone")
    if offset % _MINUTE:
        raise _fail(path, "has a UTC offset that is not whole minutes")
    return value


def _anything(value: object, _path: str) -> object:
    return value


def _none(value: object, path: str) -> object:
    if value is not None:
        raise _wrong(path, value, "None")
    return value


def _callable(value: object, path: str) -> object:
    if not callable(value):
        raise _wrong(path, value, "a callable")
    return value


def _type_expression(value: object, path: str) -> object:
    if not isinstance(value, type) and typing.get_origin(value) is None:
        raise _wrong(path, value, "a class or type expression")
    return value


_date.exact = frozenset({date})  # type: ignore[attr-defined]  # for _unchanged
_bool.exact = frozenset({bool})  # type: ignore[attr-defined]

_SCALARS: Final[dict[object, Checker]] = {
    str: _str,
    int: _int,
    bool: _bool,
    float: _float,
    Decimal: _decimal,
    Fraction: _fraction,
    date: _date,
    datetime: _instant,
    type(None): _none,
    None: _none,
    Any: _anything,
    object: _anything,
}


def _instance_of(cls: type) -> Checker:
    what = f"a {cls.__name__} member" if issubclass(cls, enum.Enum) else f"a {cls.__name__}"

    def check(value: object, path: str) -> object:
        if not isinstance(value, cls):
            raise _wrong(path, value, what)
        return value

    check.classes = cls  # type: ignore[attr-defined]  # for _unchanged
    return check


# --- collections --------------------------------------------------------------------------

_NOT_COLLECTIONS: Final = (str, bytes, bytearray, collections.abc.Mapping)
_SEQUENCES: Final = (list, tuple, set, frozenset)


def _elements(value: object, path: str, expected: str) -> object:
    if isinstance(value, _NOT_COLLECTIONS) or not isinstance(value, _SEQUENCES):
        raise _wrong(path, value, expected)
    return value


def _unchanged(element: Checker, items: collections.abc.Collection[object]) -> bool:  # noqa: PLR0911 - one return per checker shape
    """Whether every element surely passes ``element`` unchanged, checked at C speed.

    False means "not known": the caller then checks element by element, naming the bad one.
    """
    if element is _anything:
        return True
    if element is _str:
        try:
            distinct = set(items)  # a long list repeats names: each is checked once
        except TypeError:  # an unhashable item, so not a string
            return False
        return set(map(type, distinct)) <= {str} and (
            not distinct
            or (
                max(map(len, distinct)) <= _MAX_STRING  # type: ignore[arg-type]
                and "".join(distinct).isprintable()  # type: ignore[arg-type]
            )
        )
    kinds = set(map(type, items))
    exact: frozenset[type] | None = getattr(element, "exact", None)
    if exact is not None:
        return kinds <= exact
    each: Checker | None = getattr(element, "each", None)
    if each is not None:  # a sequence argument, kept as given: its elements' elements decide
        if not kinds <= {tuple, list}:
            return False
        nested = typing.cast("collections.abc.Collection[tuple[object, ...]]", items)
        return _unchanged(each, list(itertools.chain.from_iterable(nested)))
    first: Checker | None = getattr(element, "first", None)
    if first is not None:  # a union: what its first option keeps passes the union unchanged
        return _unchanged(first, items)
    classes: type | None = getattr(element, "classes", None)
    return classes is not None and all(issubclass(k, classes) for k in kinds)


def _tuple_of(element: Checker, *, fixed: tuple[Checker, ...] | None = None) -> Checker:
    def check(value: object, path: str) -> object:
        items = typing.cast("tuple[object, ...]", _elements(value, path, "a tuple"))
        if fixed is not None:
            if len(items) != len(fixed):
                raise _fail(path, f"expected {len(fixed)} items, got {len(items)}")
            out = tuple(c(v, f"{path}[{i}]") for i, (c, v) in enumerate(zip(fixed, items)))  # noqa: B905 - lengths checked
        elif _unchanged(element, items):
            return value if type(value) is tuple else tuple(items)
        else:
            out = tuple([element(v, f"{path}[{i}]") for i, v in enumerate(items)])
        return value if type(value) is tuple and all(map(_same, out, value)) else out

    return check


def _same(a: object, b: object) -> bool:
    return a is b


def _frozenset_of(element: Checker) -> Checker:
    def check(value: object, path: str) -> object:
        items = typing.cast("frozenset[object]", _elements(value, path, "a frozenset"))
        if not _unchanged(element, items):
            for i, v in enumerate(items):
                element(v, f"{path}[{i}]")
        return value if type(value) is frozenset else frozenset(items)

    return check


def _mapping_of(key: Checker, item: Checker) -> Checker:
    def check(value: object, path: str) -> object:
        if not isinstance(value, collections.abc.Mapping):
            raise _wrong(path, value, "a mapping")
        if _unchanged(key, value.keys()) and _unchanged(item, value.values()):
            frozen = value if type(value) is types.MappingProxyType else dict(value)
            return types.MappingProxyType(frozen) if frozen is not value else value
        out = {}
        for i, (k, v) in enumerate(value.items()):
            where = f"{path}[{quote(k)}]" if isinstance(k, str | int) else f"{path}[{i}]"
            key(k, where)
            out[k] = item(v, where)
        return value if type(value) is types.MappingProxyType else types.MappingProxyType(out)

    return check


def _iterable_of(element: Checker, *, kind: str) -> Checker:
    """An argument declared Iterable/Sequence/Collection: never a str; elements checked if held."""

    def check(value: object, path: str) -> object:
        if isinstance(value, _NOT_COLLECTIONS) or not isinstance(value, collections.abc.Iterable):
            raise _wrong(path, value, kind)
        if isinstance(value, collections.abc.Collection) and not _unchanged(element, value):
            for i, v in enumerate(value):
                element(v, f"{path}[{i}]")
        return value

    check.each = element  # type: ignore[attr-defined]  # for _unchanged (rankings of names)
    return check


def _keywords_of(item: Checker) -> Checker:
    def check(value: object, _path: str) -> object:
        for key, v in typing.cast("dict[str, object]", value).items():
            item(v, key)
        return value

    return check


def _union_of(options: tuple[object, ...], checkers: tuple[Checker, ...]) -> Checker:
    names = " or ".join(_type_name(o) for o in options)

    def check(value: object, path: str) -> object:
        deeper: InvalidInputError | None = None
        for c in checkers:
            try:
                return c(value, path)
            except InvalidInputError as err:
                if deeper is None and any(p != path for p in err.paths):
                    deeper = err  # the shape fits, an element does not: name the element
        if deeper is not None:
            raise deeper
        raise _wrong(path, value, names)

    check.first = checkers[0]  # type: ignore[attr-defined]  # for _unchanged
    return check


def _type_name(tp: object) -> str:
    if tp is type(None) or tp is None:
        return "None"
    return getattr(tp, "__name__", None) or str(tp)


def _literal(allowed: tuple[object, ...]) -> Checker:
    def check(value: object, path: str) -> object:
        if not any(value == a and type(value) is type(a) for a in allowed):
            raise _wrong(path, value, "one of " + ", ".join(map(repr, allowed)))
        return value

    return check


_UNIONS: Final = frozenset({typing.Union, types.UnionType})
_CACHE: dict[object, Checker] = {}
_LOCK = threading.RLock()


def _any_str(value: object, path: str) -> object:
    if not isinstance(value, str):
        raise _wrong(path, value, "a string")
    return value


def checker_for(tp: object, *, argument: bool = False) -> Checker:  # noqa: C901, PLR0912, PLR0915
    """The check of a value declared ``tp`` (built once per type).

    With ``argument``, a string (a whole document's text) is only checked to be a ``str``.

    Raises:
        TypeError: ``tp`` is a type the helpers cannot check (a gap to fill here).
    """
    if argument:
        if tp is str:
            return _any_str
        options = typing.get_args(tp) if typing.get_origin(tp) in _UNIONS else ()
        if str in options:
            return _union_of(
                options, tuple(_any_str if o is str else checker_for(o) for o in options)
            )
    try:
        found = _CACHE.get(tp)
    except TypeError:  # an unhashable type expression
        found = None
    if found is not None:
        return found
    scalar = _SCALARS.get(tp) if isinstance(tp, collections.abc.Hashable) else None
    if scalar is not None:
        return scalar
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    result: Checker
    if isinstance(tp, typing.TypeVar) or tp is typing.Any:
        result = _anything
    elif origin in _UNIONS:
        if len(args) == 2 and type(None) in args:
            inner = checker_for(args[0] if args[1] is type(None) else args[1])

            def optional(value: object, path: str) -> object:
                return value if value is None else inner(value, path)

            result = optional
        else:
            result = _union_of(args, tuple(checker_for(a) for a in args))
    elif origin is typing.Literal:
        result = _literal(args)
    elif origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            result = _tuple_of(checker_for(args[0]))
        elif not args:
            result = _tuple_of(_anything)
        else:
            result = _tuple_of(_anything, fixed=tuple(checker_for(a) for a in args))
    elif origin in {frozenset, collections.abc.Set, set}:
        result = _frozenset_of(checker_for(args[0]) if args else _anything)
    elif origin in {collections.abc.Mapping, dict, types.MappingProxyType}:
        key, item = (checker_for(args[0]), checker_for(args[1])) if args else (_anything,) * 2
        result = _mapping_of(key, item)
    elif origin in {
        collections.abc.Iterable,
        collections.abc.Sequence,
        collections.abc.Collection,
        list,
    }:
        name = getattr(origin, "__name__", "collection").lower()
        result = _iterable_of(checker_for(args[0]) if args else _anything, kind=f"a {name}")
    elif origin is collections.abc.Callable:
        result = _callable
    elif origin is type or tp is type:
        result = _type_expression
    elif origin is not None and isinstance(origin, type):
        result = _instance_of(origin)  # a parametrised class of ours (Window[int])
    elif isinstance(tp, type):
        # A Protocol (a seat constraint): only that it can be called is checked.
        protocol = getattr(tp, "_is_protocol", False) or tp is collections.abc.Callable  # type: ignore[comparison-overlap]
        result = _callable if protocol else _instance_of(tp)
    else:
        msg = f"no check for the type {tp!r}"
        raise TypeError(msg)
    with _LOCK, contextlib.suppress(TypeError):  # an unhashable type is not cached
        _CACHE[tp] = result
    return result


def check_value(tp: object, value: object, path: str) -> object:
    """Check ``value`` against the type ``tp``; return it, or its frozen copy.

    Example:
        >>> from datetime import date
        >>> check_value(date, "2024-10-31", "as_of")
        Traceback (most recent call last):
        ...
        openinfra_model.InvalidInputError: as_of: expected a date, got str '2024-10-31'
    """
    return checker_for(tp)(value, path)


# --- ids ----------------------------------------------------------------------------------

_SLUG: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SLUG_MATCH: Final = _SLUG.fullmatch
_GOOD_SLUGS: set[object] = set()
"""Slugs already found good (a set's add is atomic: threads may share it)."""
_GOOD_SLUGS_LIMIT: Final = 20_000


def check_id(value: object, path: str, *, slug: bool = True) -> str:
    """Check an id: the one policy, refusal rather than normalisation.

    A slug id (an organisation, a fund) is lower-case ASCII letters and digits joined by
    single hyphens. Any other id (a member id, a candidate's name used as a key) must be a
    non-blank string without leading or trailing whitespace, control characters or invisible
    format characters (zero-width spaces and joiners, the byte-order mark, direction marks).
    Nothing is trimmed or folded: two ids that print alike but differ are refused rather than
    silently made equal or kept apart.

    Example:
        >>> check_id("red-hat", "id")
        'red-hat'
        >>> check_id("red-hat ", "id")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        openinfra_model.InvalidInputError: id: must be a lower-case slug like 'red-hat', not ...
    """
    if not isinstance(value, str):
        raise _wrong(path, value, "a string id")
    if slug:
        if _SLUG.fullmatch(value) is None:
            raise _fail(path, f"must be a lower-case slug like 'red-hat', not {quote(value)}")
        return value
    problem = id_problem(value)
    if problem is not None:
        raise _fail(path, problem)
    return value


def id_problem(value: str) -> str | None:  # noqa: PLR0911 - one return per problem
    """Why ``value`` is not a plain (non-slug) id, or None."""
    if (
        value
        and value.isascii()
        and value.isprintable()
        and not value[0].isspace()
        and not value[-1].isspace()
    ):
        return None  # the common case, in C: ASCII, no control character, no edge space
    if not value.strip():
        return "must not be blank"
    if value != value.strip():
        return f"must not start or end with whitespace: {quote(value)}"
    if len(value) > _MAX_STRING:
        return f"has {len(value):,} characters, more than {_MAX_STRING:,}"
    for i, char in enumerate(value):
        if not char.isprintable():
            return f"contains an invisible or control character (U+{ord(char):04X}) at index {i}"
    if unicodedata.normalize("NFKC", value) != value:
        return (
            "is not in Unicode NFKC form (a full-width digit or letter, a ligature, a "
            f"decomposed accent): {quote(value)}"
        )
    return None


def plain_id(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Attrs validator: a plain id (a person, an election), by :func:`check_id`'s policy."""
    # The common case inline (a roster has 110,000 ids): printable ASCII, no edge space.
    if (
        type(value) is str
        and value.isascii()
        and value.isprintable()
        and value
        and value[0] != " "
        and value[-1] != " "
    ):
        return
    if value is not None:
        check_id(value, attribute.name, slug=False)


# The common case of each id validator as an expression over ``{0}`` (the value), with the names
# it reads: the converter's generated code tests it inline and calls the validator only when
# it fails (a roster's 110,000 ids would otherwise cost 110,000 calls).
plain_id.passes = (  # type: ignore[attr-defined]
    (
        "type({0}) is str and {0}.isascii() and {0}.isprintable() and {0} and {0}[0] != ' '"
        " and {0}[-1] != ' '"
    ),
    {},
)


def slug_id(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Attrs validator: a slug id (an organisation), by :func:`check_id`'s policy."""
    if value is None or (type(value) is str and value in _GOOD_SLUGS):
        return  # a roster repeats 700 employers 110,000 times
    if type(value) is not str or _SLUG_MATCH(value) is None:
        check_id(value, attribute.name)
    elif len(_GOOD_SLUGS) < _GOOD_SLUGS_LIMIT:
        _GOOD_SLUGS.add(value)


slug_id.passes = (  # type: ignore[attr-defined]
    "{0} is None or type({0}) is str and {0} in _good_slugs",
    {"_good_slugs": _GOOD_SLUGS},
)


def check_unique(items: Iterable[_T], field: str, path: str) -> tuple[_T, ...]:
    """The items as a tuple; two with the same ``field`` (an id) are refused, never "last wins".

    Raises:
        InvalidInputError: At ``path[i].field`` of each repeat.
    """
    found = tuple(items)
    seen: set[object] = set()
    repeats = []
    for i, item in enumerate(found):
        key = getattr(item, field)
        if key in seen:
            repeats.append(Problem(f"{path}[{i}].{field}", f"repeats the id {quote(key)}"))
        seen.add(key)
    if repeats:
        raise InvalidInputError(repeats)
    return found


# --- classes ------------------------------------------------------------------------------


class Typed:
    """The validator ``typed`` puts first on a class: every field's type, then ``after``.

    Attributes:
        after: The first field's own validator, run after the type checks (or None).
    """

    __slots__ = ("_checks", "after")

    def __init__(self, after: Callable[[Any, Any, Any], Any] | None) -> None:
        """Keep the first field's own validator to run after the type checks."""
        self.after = after
        self._checks: dict[type, tuple[tuple[str, Checker], ...]] = {}

    def __call__(self, instance: object, attribute: object, value: object) -> None:  # noqa: ARG002 - attrs' signature
        """Check (and freeze) every field of ``instance``, then run ``after``."""
        cls = type(instance)
        checks = self._checks.get(cls)
        if checks is None:
            checks = self._build(cls)
        for name, check in checks:
            old = getattr(instance, name)
            new = check(old, name)
            if new is not old:
                object.__setattr__(instance, name, new)
        if self.after is not None:
            self.after(instance, attribute, getattr(instance, attribute.name))  # type: ignore[attr-defined]

    def _build(self, cls: type) -> tuple[tuple[str, Checker], ...]:
        hints = field_types(cls)
        checks = tuple(
            (f.name, _hinted(checker_for(hints[f.name]), f.metadata.get(HINT)))
            for f in attrs.fields(cls)
            if f.name in hints
        )
        with _LOCK:
            self._checks[cls] = checks
        return checks


def _hinted(check: Checker, hint: object) -> Checker:
    """``check``, with the field's :data:`HINT` appended to the message of every problem."""
    if not hint:
        return check

    def hinted(value: object, path: str) -> object:
        try:
            return check(value, path)
        except InvalidInputError as err:
            problems = (Problem(p.path, f"{p.message}; {hint}") for p in err.problems)
            raise InvalidInputError(problems) from None

    return hinted


def typed(_cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """``attrs`` field transformer: check every field's declared type first, on construction.

    Use it as ``@attrs.frozen(field_transformer=typed)``.
    """
    if not fields:
        return fields
    first = fields[0]
    if isinstance(first.validator, Typed):  # inherited from a checked base class
        return fields
    return [first.evolve(validator=Typed(first.validator)), *fields[1:]]


def field_types(cls: type) -> dict[str, object]:
    """The resolved types of an ``attrs`` class's fields, each in its declaring module."""
    names = {f.name for f in attrs.fields(cls)}
    hints: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        own = {k: v for k, v in vars(klass).get("__annotations__", {}).items() if k in names}
        module = sys.modules.get(klass.__module__)
        globalns = dict(vars(module)) if module is not None else {}
        for name, annotation in own.items():
            hints[name] = _evaluate(annotation, globalns, {klass.__name__: klass})
    return hints


def _evaluate(annotation: object, globalns: dict[str, Any], localns: dict[str, Any]) -> object:
    if not isinstance(annotation, str):
        return annotation
    try:
        return eval(annotation, globalns, localns)  # noqa: S307 - the package's own annotations
    except NameError:
        return eval(annotation, {**_fallback_namespace(), **globalns}, localns)  # noqa: S307


_FALLBACK: dict[str, Any] = {}


def _fallback_namespace() -> dict[str, Any]:
    """Names imported only for type checking: the public names of every loaded module."""
    if not _FALLBACK:
        found: dict[str, Any] = {
            name: getattr(collections.abc, name) for name in collections.abc.__all__
        }
        found.update({"date": date, "datetime": datetime, "Decimal": Decimal})
        found.update({"Fraction": Fraction, "timedelta": timedelta, "Any": Any})
        for package in ("core", "membership", "board", "funds", "community", "elections"):
            importlib.import_module(f"openinfra_model.{package}")
        for name, module in list(sys.modules.items()):
            if name == "openinfra_model" or name.startswith("openinfra_model."):
                for key, value in vars(module).items():
                    if not key.startswith("__") and isinstance(value, type):
                        found.setdefault(key, value)
        with _LOCK:
            _FALLBACK.update(found)
    return _FALLBACK


# --- functions ----------------------------------------------------------------------------

_SIGNATURES: dict[tuple[object, tuple[str, ...]], tuple[tuple[str, Checker], ...]] = {}


def check_arguments(
    function: Callable[..., Any], arguments: dict[str, Any], *, documents: tuple[str, ...] = ()
) -> None:
    """Check a public function's arguments against its annotations, on entry.

    Called first in the body as ``check_arguments(name, locals())``: every parameter with an
    annotation is checked (a method's ``self`` or ``cls`` aside). A string argument is held
    to the limits of a stored string, except the arguments named in ``documents``: whole
    texts (a BLT file) that their reader checks itself, whose type alone is checked here.

    Raises:
        InvalidInputError: An argument is not of its declared type; the path is its name.
    """
    checks = _SIGNATURES.get((function, documents))
    if checks is None:
        checks = _signature_checks(function, documents)
    for name, check in checks:
        check(arguments[name], name)


def _signature_checks(
    function: Callable[..., Any], documents: tuple[str, ...]
) -> tuple[tuple[str, Checker], ...]:
    inner = inspect.unwrap(function)
    module = sys.modules.get(inner.__module__)
    globalns = dict(vars(module)) if module is not None else {}
    checks = []
    method = isinstance(function, type) or "." in getattr(inner, "__qualname__", "")
    for i, (name, parameter) in enumerate(inspect.signature(inner).parameters.items()):
        if parameter.annotation is inspect.Parameter.empty:
            continue
        if method and i == 0 and name in {"self", "cls"}:
            continue
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            element = checker_for(_evaluate(parameter.annotation, globalns, {}))
            checks.append((name, _iterable_of(element, kind="arguments")))
            continue
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            item = checker_for(_evaluate(parameter.annotation, globalns, {}))
            checks.append((name, _keywords_of(item)))
            continue
        declared = _evaluate(parameter.annotation, globalns, {})
        checks.append((name, checker_for(declared, argument=name in documents)))
    result = tuple(checks)
    with _LOCK:
        _SIGNATURES[function, documents] = result
    return result
