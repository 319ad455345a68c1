"""Bad values given to any public callable raise the documented errors, and nothing else.

Every public function and class (from ``openinfra_model`` and the ``__all__`` of its
sub-namespaces; enumerations and exceptions aside) is called with valid arguments, then with
each parameter in turn replaced by bad values of every kind its declared type admits: wrong
types, ``None``, a string where a date, an enumeration member or a collection is expected, a
``datetime`` for a date, a bool or a float for an int, huge, NaN and infinite numbers, blank
ids and ids with invisible characters, collections of the wrong kind. Each call must raise
:class:`~openinfra_model.InvalidInputError` naming the parameter (or a field under it) -- never
another exception, and never return as if the value were fine.

The enumeration is of the namespaces themselves: a public callable added later is fed bad
values too, and the test fails if the type of one of its parameters has no bad values below
or no strategy to draw a valid value from.
"""

from __future__ import annotations

import collections.abc
import enum
import importlib
import inspect
import pathlib
import re
import types
import typing
from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, find, settings
from hypothesis import strategies as st

import openinfra_model
from openinfra_model import InvalidInputError, OpenInfraModelError
from openinfra_model.core.validate import Typed, field_types, plain_id, slug_id
from openinfra_model.membership import Membership, Tier, check_slug

NAMESPACES = (
    "openinfra_model",
    "openinfra_model.core",
    "openinfra_model.membership",
    "openinfra_model.board",
    "openinfra_model.funds",
    "openinfra_model.community",
    "openinfra_model.elections",
    "openinfra_model.counting",
    "openinfra_model.record",
)

NOT_CALLED = {
    "check_money": "an attrs validator (instance, attribute, value), exercised by the classes",
    "check_non_blank": "an attrs validator, exercised by the classes",
    "check_slug": "an attrs validator, exercised by the classes",
    "SeatConstraint": "a Protocol: not instantiated",
}
"""Public callables deliberately not fed bad values, and why."""


class _Opaque:
    """A value of no type the library knows."""

    def __repr__(self) -> str:
        return "<opaque>"


class _Other(enum.Enum):
    """A member of the wrong enumeration."""

    GOLD = "gold"


# One pool, so that a union's bad values can be found by identity in each member's list.
OPAQUE: Any = _Opaque()
NONE: Any = None
TEXT: Any = "x"
DATE_TEXT: Any = "2024-10-31"
INSTANT: Any = datetime(2024, 10, 31, 12, tzinfo=UTC)
NAIVE: Any = datetime(2024, 10, 31, 12)  # noqa: DTZ001 - the bad value itself
DAY: Any = date(2024, 10, 31)
TRUE: Any = True
HALF: Any = 1.5
NAN: Any = float("nan")
INFINITY: Any = float("inf")
HUGE_INT: Any = 2**64
INT: Any = 20241031
DEC_NAN: Any = Decimal("NaN")
DEC_INFINITY: Any = Decimal("Infinity")
DEC_HUGE: Any = Decimal("1e30")
BYTES: Any = b"x"
WRONG_ENUM: Any = _Other.GOLD
MAPPING: Any = {"a": 1}
LIST_OF_OPAQUE: Any = [OPAQUE]
PAIRS: Any = [("a", 1)]
HUGE_TEXT: Any = "x" * 100_000
CONTROL_TEXT: Any = "a\x00b"
BLANK: Any = ""
SPACE: Any = " "
TRAILING: Any = "red-hat "
ZERO_WIDTH: Any = "red\u200bhat"
FULL_WIDTH: Any = "\uff11\uff12"  # full-width "12"
UPPER: Any = "Red-Hat"

UNIVERSAL = (OPAQUE,)

DOCUMENTS = {("loads", "text"), ("loads_document", "text"), ("load_blt", "source")}
"""Whole texts: their readers check them (limits documented with the converter, errors at
``$``); a long or odd string is a document's business, not an argument's."""


def bad_values(tp: object) -> tuple[object, ...]:  # noqa: C901, PLR0911, PLR0912 - per type shape
    """Values no parameter or field declared ``tp`` may accept."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in {typing.Union, types.UnionType}:
        optional = type(None) in args
        members = [a for a in args if a is not type(None)]
        each = [bad_values(m) for m in members]
        common = [v for v in each[0] if all(any(v is w for w in other) for other in each[1:])]
        return tuple(v for v in common if not (optional and v is None)) or UNIVERSAL
    if tp is str:
        return (NONE, OPAQUE, INT, BYTES, CONTROL_TEXT, HUGE_TEXT)
    if tp is bool:
        return (NONE, OPAQUE, INT, TEXT, HALF)
    if tp is int:
        return (NONE, OPAQUE, TRUE, HALF, HUGE_INT, TEXT, DEC_HUGE)
    if tp is float:
        return (NONE, OPAQUE, TRUE, NAN, INFINITY, TEXT)
    if tp is Decimal:
        return (NONE, OPAQUE, TRUE, HALF, TEXT, DEC_NAN, DEC_INFINITY, DEC_HUGE)
    if tp is Fraction:
        return (NONE, OPAQUE, TRUE, HALF, TEXT)
    if tp is date:
        return (NONE, OPAQUE, DATE_TEXT, INSTANT, NAIVE, INT, TRUE)
    if tp is datetime:
        return (NONE, OPAQUE, DATE_TEXT, NAIVE, DAY, INT)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return (NONE, OPAQUE, TEXT, next(iter(tp)).value, WRONG_ENUM, INT)
    if origin in {
        tuple,
        frozenset,
        list,
        collections.abc.Iterable,
        collections.abc.Sequence,
        collections.abc.Collection,
        collections.abc.Set,
    }:
        element = args[0] if args else Any
        found = [NONE, OPAQUE, TEXT, INT, MAPPING]
        if element not in {Any, object} and not isinstance(element, typing.TypeVar):
            found.append(LIST_OF_OPAQUE)
        return tuple(found)
    if origin in {collections.abc.Mapping, dict, types.MappingProxyType}:
        return (NONE, OPAQUE, TEXT, INT, PAIRS)
    if origin is collections.abc.Callable or tp is collections.abc.Callable:
        return (NONE, INT, TEXT)
    if origin is type or tp is type:
        return (NONE, INT, TEXT)
    if tp in {Any, object} or isinstance(tp, typing.TypeVar):
        return ()
    if isinstance(tp, type) and getattr(tp, "_is_protocol", False):
        return (INT, TEXT)
    if isinstance(tp, type) or (origin is not None and isinstance(origin, type)):
        return (NONE, OPAQUE, TEXT, INT)
    msg = f"no bad values for the type {tp!r}: add them to bad_values"
    raise AssertionError(msg)


ID_VALIDATORS = {check_slug, slug_id, plain_id}
SLUG_VALIDATORS = {check_slug, slug_id}


def id_bad_values(validator: object) -> tuple[object, ...]:
    """Ids that differ from a good one only invisibly, or are blank: refused."""
    found: tuple[object, ...] = (BLANK, SPACE, TRAILING, ZERO_WIDTH, CONTROL_TEXT)
    if validator in SLUG_VALIDATORS:
        found += (FULL_WIDTH, UPPER)
    return found


# --- the public callables ------------------------------------------------------------------


def public_callables() -> dict[str, Any]:
    """Every public function and class, by its first public name."""
    found: dict[str, Any] = {}
    seen: set[int] = set()
    for namespace in NAMESPACES:
        module = importlib.import_module(namespace)
        for name in module.__all__:
            if name == "__version__":
                continue
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, enum.Enum | BaseException):
                continue
            if not callable(obj) or id(obj) in seen:
                continue
            if ".. deprecated::" in (obj.__doc__ or ""):
                continue  # an old name: it warns, then calls the checked function
            seen.add(id(obj))
            found[f"{namespace}.{name}"] = obj
    return found


PUBLIC = public_callables()


@attrs.frozen
class Parameter:
    """One parameter of a public callable, with what a good and a bad value are."""

    name: str
    kind: inspect._ParameterKind
    type: object
    default: object
    validator: object


def parameters(target: Any) -> list[Parameter]:
    """The parameters of a function or class, with their resolved types."""
    if isinstance(target, type) and attrs.has(target):
        hints = field_types(target)
        own = {}
        for f in attrs.fields(target):
            validator = f.validator.after if isinstance(f.validator, Typed) else f.validator
            own[f.alias] = (hints[f.name], validator)
    else:
        own = {}
        init = vars(target).get("__init__") if isinstance(target, type) else None
        function = inspect.unwrap(init if init is not None else target)
        hints = typing.get_type_hints(function, localns=_namespace())
        for name in inspect.signature(function).parameters:
            if name in hints:
                own[name] = (hints[name], None)
    found = []
    for name, p in inspect.signature(target).parameters.items():
        tp, validator = own.get(name, (Any, None))
        found.append(Parameter(name, p.kind, tp, p.default, validator))
    return found


def _namespace() -> dict[str, Any]:
    from openinfra_model.core import validate  # noqa: PLC0415 - the package's own resolver

    return dict(validate._fallback_namespace())


OVERRIDES: dict[tuple[str, str], object] = {
    ("*", "cls"): Membership,
    ("openinfra_model.dues_for", "tier"): Tier.GOLD,
}
"""Good values for parameters whose type no strategy draws usefully."""


def good_value(qualname: str, p: Parameter) -> object:
    """A valid value for ``p``: its default, an override, or the simplest drawn value."""
    for key in ((qualname, p.name), ("*", p.name)):
        if key in OVERRIDES:
            return OVERRIDES[key]
    if p.default is not inspect.Parameter.empty:
        return p.default
    return _simplest(p.type)


_DRAWN: dict[object, object] = {}
ABSTRACT_COLLECTIONS = {
    collections.abc.Iterable,
    collections.abc.Sequence,
    collections.abc.Collection,
    list,
}


def _simplest(tp: object) -> object:
    if tp in _DRAWN:
        return _DRAWN[tp]
    origin = typing.get_origin(tp)
    if origin in {typing.Union, types.UnionType}:
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
    origin = typing.get_origin(tp)
    if isinstance(tp, typing.TypeVar) or tp in {Any, object}:
        value: object = 0
    elif origin in ABSTRACT_COLLECTIONS:
        value = []  # hypothesis may draw a mapping (a Collection too): the plainest is a list
    elif origin in {collections.abc.Mapping, dict}:
        value = {}
    elif tp is str or tp == str | pathlib.Path:
        value = "a"
    else:
        value = find(
            st.from_type(typing.cast("type", tp)),
            lambda _: True,
            settings=settings(
                database=None,
                derandomize=True,
                phases=(Phase.generate,),  # the first draw, unshrunk: shrinking is slow here
                suppress_health_check=list(HealthCheck),
            ),
        )
    _DRAWN[tp] = value
    return value


def call(target: Any, values: dict[str, object], params: list[Parameter]) -> object:
    """Call ``target`` with ``values``, positionally where the signature requires."""
    positional: list[object] = []
    keywords: dict[str, object] = {}
    for p in params:
        if p.name not in values:
            continue
        if p.kind in {inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD}:
            positional.append(values[p.name])
        elif p.kind is inspect.Parameter.VAR_POSITIONAL:
            positional.extend(typing.cast("list[object]", values[p.name]))
        elif p.kind is inspect.Parameter.VAR_KEYWORD:
            keywords.update(typing.cast("dict[str, object]", values[p.name]))
        else:
            keywords[p.name] = values[p.name]
    return target(*positional, **keywords)


@attrs.frozen
class Outcome:
    """What one bad-value call did."""

    callable: str
    parameter: str
    value: str
    result: str  # "documented", "unnamed", "other:<ExceptionType>", "silent"


def feed(qualname: str, target: Any) -> list[Outcome]:
    """Call ``target`` with each bad value of each parameter in turn."""
    params = parameters(target)
    good: dict[str, object] = {}
    for p in params:
        if p.kind is inspect.Parameter.VAR_POSITIONAL:
            good[p.name] = [_simplest(p.type)]
        elif p.kind is inspect.Parameter.VAR_KEYWORD:
            good[p.name] = {}
        else:
            good[p.name] = good_value(qualname, p)
    outcomes = []
    for p in params:
        if p.kind is inspect.Parameter.VAR_KEYWORD:
            continue
        bad = bad_values(p.type)
        if (qualname.rsplit(".", 1)[1], p.name) in DOCUMENTS:
            bad = tuple(v for v in bad if v is not CONTROL_TEXT and v is not HUGE_TEXT)
        if p.validator in ID_VALIDATORS:
            bad += id_bad_values(p.validator)
        for value in bad:
            given = value
            if p.kind is inspect.Parameter.VAR_POSITIONAL:
                given = [value]
            document = (qualname.rsplit(".", 1)[1], p.name) in DOCUMENTS
            outcome = _one(target, {**good, p.name: given}, params, p.name, document=document)
            outcomes.append(Outcome(qualname, p.name, _short(value), outcome))
    return outcomes


def _one(
    target: Any,
    values: dict[str, object],
    params: list[Parameter],
    name: str,
    *,
    document: bool = False,
) -> str:
    try:
        call(target, values, params)
    except InvalidInputError as err:
        named = any(
            path == name or path.startswith((f"{name}.", f"{name}[", "$" if document else name))
            for path in err.paths
        )
        if not named:
            return "unnamed"
        if any(len(str(problem)) > 400 for problem in err.problems):
            return "long message"
        return "documented"
    except OpenInfraModelError:
        return "unnamed"
    except Exception as err:  # noqa: BLE001 - what the test is looking for
        return f"other:{type(err).__name__}"
    return "silent"


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) < 40 else text[:40] + "…"


# --- the tests ----------------------------------------------------------------------------


class TestEnumeration:
    """The public callables are found from the namespaces, and every one is covered."""

    def test_some_of_each(self) -> None:
        """Functions and classes of every namespace are enumerated."""
        kinds = Counter(isinstance(obj, type) for obj in PUBLIC.values())
        assert kinds[True] > 80
        assert kinds[False] > 90

    def test_every_parameter_has_bad_values(self) -> None:
        """A parameter whose type has no bad values is a gap: every one is listed here."""
        gaps = [
            f"{qualname}({p.name}: {p.type})"
            for qualname, target in PUBLIC.items()
            if qualname.rsplit(".", 1)[1] not in NOT_CALLED
            for p in parameters(target)
            if not bad_values(p.type) and p.type not in {Any, object}
            and not isinstance(p.type, typing.TypeVar)
        ]  # fmt: skip
        assert [] == gaps

    def test_not_called_are_public(self) -> None:
        """The callables left out are real public names (a stale entry is an error)."""
        names = {qualname.rsplit(".", 1)[1] for qualname in PUBLIC}
        assert set(NOT_CALLED) <= names


CALLED = sorted(q for q in PUBLIC if q.rsplit(".", 1)[1] not in NOT_CALLED)


@pytest.mark.parametrize("qualname", CALLED)
def test_bad_values_refused(qualname: str) -> None:
    """Every bad value of every parameter raises InvalidInputError naming the parameter."""
    outcomes = feed(qualname, PUBLIC[qualname])
    assert [] == [o for o in outcomes if o.result != "documented"]


def tally() -> Counter[str]:
    """All outcomes over every public callable (for the closing figures)."""
    counts: Counter[str] = Counter()
    for qualname in CALLED:
        for outcome in feed(qualname, PUBLIC[qualname]):
            counts[outcome.result.split(":")[0]] += 1
            counts["calls"] += 1
    return counts


if __name__ == "__main__":  # pragma: no cover - the closing note's figures
    import sys

    counts = tally()
    bad: list[Outcome] = []
    for qualname in CALLED:
        bad += [o for o in feed(qualname, PUBLIC[qualname]) if o.result != "documented"]
    for o in bad:
        sys.stdout.write(f"{o.result:14} {o.callable}({o.parameter}={o.value})\n")
    sys.stdout.write(f"{len(CALLED)} callables; {dict(counts)}\n")
    _ = openinfra_model


class TestNamedCases:
    """The silent wrong answers and stray exceptions the issue found, one by one."""

    def test_members_on_string_tier(self) -> None:
        """``members_on([...], "gold", as_of=day)`` is refused (it returned () before)."""
        with pytest.raises(InvalidInputError) as err:
            openinfra_model.members_on([], "gold", as_of=date(2024, 1, 1))  # type: ignore[arg-type]
        assert ("tiers[0]",) == err.value.paths

    def test_fractional_seats(self) -> None:
        """``seats=1.5`` is refused (it elected 2 before)."""
        from openinfra_model.counting import count_rankings  # noqa: PLC0415

        with pytest.raises(InvalidInputError) as err:
            count_rankings([("a",)], candidates=("a", "b"), seats=1.5)  # type: ignore[arg-type]
        assert ("seats",) == err.value.paths

    def test_string_roll(self) -> None:
        """A roll given as a string is refused (it tested substrings before)."""
        from openinfra_model.counting import MarkedBallot, split_ballots  # noqa: PLC0415

        ballot = MarkedBallot(voter="v1", votes=("a",))
        with pytest.raises(InvalidInputError) as err:
            split_ballots([ballot], candidates=("a",), roll="v1")
        assert ("roll",) == err.value.paths

    def test_huge_revenue(self) -> None:
        """A revenue of 1e30 is refused (decimal.InvalidOperation escaped before)."""
        with pytest.raises(InvalidInputError) as err:
            openinfra_model.dues_for(
                Tier.GOLD, as_of=date(2013, 1, 1), annual_revenue=Decimal("1e30")
            )
        assert ("annual_revenue",) == err.value.paths

    def test_individual_dues_none(self) -> None:
        """``individual_dues(None)`` is refused (KeyError escaped before)."""
        from openinfra_model.membership import individual_dues  # noqa: PLC0415

        with pytest.raises(InvalidInputError) as err:
            individual_dues(None, as_of=date(2024, 1, 1))  # type: ignore[arg-type]
        assert ("status",) == err.value.paths

    def test_duplicate_organisations(self) -> None:
        """Two organisations with one id are refused by ``dues_owed`` (the last won before)."""
        from openinfra_model import Organization  # noqa: PLC0415

        orgs = [Organization(id="a", name="A"), Organization(id="a", name="A2")]
        with (
            pytest.raises(InvalidInputError) as err,
            pytest.warns(DeprecationWarning, match="dues_owed"),
        ):
            openinfra_model.dues_owed([], orgs, as_of=date(2024, 1, 1))
        assert ("organizations[1].id",) == err.value.paths

    @pytest.mark.parametrize("given", ["2024-10-31", datetime(2024, 10, 31, tzinfo=UTC)])
    def test_as_of_not_a_day(self, given: object) -> None:
        """``as_of`` as a string or a datetime is refused, naming ``as_of``."""
        with pytest.raises(InvalidInputError) as err:
            openinfra_model.dues_for(Tier.GOLD, as_of=given)  # type: ignore[arg-type]
        assert ("as_of",) == err.value.paths

    @pytest.mark.parametrize("twin", ["1 ", "1\u200b", "\uff11"])
    def test_invisibly_different_ids(self, twin: str) -> None:
        """An id differing from another only invisibly is refused, not kept as a second id."""
        from openinfra_model import Individual, IndividualStatus  # noqa: PLC0415

        with pytest.raises(InvalidInputError) as err:
            Individual(id=twin, name="Ada", status=IndividualStatus.COMMUNITY)
        assert ("id",) == err.value.paths

    def test_collections_frozen(self) -> None:
        """A list given for a tuple field is stored as a tuple; a str is refused."""
        from openinfra_model import Organization  # noqa: PLC0415

        org = Organization(id="meta", name="Meta", aliases=["Facebook"])  # type: ignore[arg-type]
        assert ("Facebook",) == org.aliases
        with pytest.raises(InvalidInputError) as err:
            Organization(id="meta", name="Meta", aliases="Facebook")  # type: ignore[arg-type]
        assert ("aliases",) == err.value.paths

    def test_short_quote(self) -> None:
        """An error about a 10 MB bad id quotes a short prefix of it."""
        from openinfra_model import Organization  # noqa: PLC0415

        with pytest.raises(InvalidInputError) as err:
            Organization(id="A" * 10_000_000, name="A")
        assert len(str(err.value)) < 200


# --- public methods ------------------------------------------------------------------------


def _method_owners() -> dict[str, Any]:
    """One instance of each public class whose lookup methods users call with a day or an id."""
    from openinfra_model import Board, Citation, Confidence, DatedTable, Roster, Window  # noqa: PLC0415
    from openinfra_model.board.diversity import DIVERSITY_REQUIREMENT  # noqa: PLC0415
    from openinfra_model.community import load_community  # noqa: PLC0415
    from openinfra_model.membership import (  # noqa: PLC0415
        ControlLink,
        LinuxFoundationLevel,
        LinuxFoundationMembership,
    )

    window = Window(
        start=date(2012, 7, 18),
        value=1,
        citation=Citation("bylaws", date(2012, 8, 20), "4.17(a)"),
        confidence=Confidence.QUOTED,
    )
    table = DatedTable("test.bad_arguments", window, register=False)
    return {
        "DatedTable": table,
        "ParameterTable": DIVERSITY_REQUIREMENT,
        "Window": table.windows[0],
        "Board": Board(),
        "Roster": Roster(snapshot=date(2024, 1, 1)),
        "LinuxFoundationMembership": LinuxFoundationMembership(
            level=next(iter(LinuxFoundationLevel)), since=date(2025, 6, 1)
        ),
        "ControlLink": ControlLink(parent="a", share=Decimal("0.51")),
        "CommunityData": load_community(),
    }


METHODS = (
    ("DatedTable", "at"),
    ("DatedTable", "value"),
    ("ParameterTable", "at"),
    ("ParameterTable", "value"),
    ("Window", "contains"),
    ("Board", "in_office"),
    ("Board", "election_on"),
    ("Board", "officers_on"),
    ("Roster", "organization"),
    ("Roster", "memberships_of"),
    ("LinuxFoundationMembership", "holds_on"),
    ("ControlLink", "holds_on"),
    ("CommunityData", "organization"),
    ("CommunityData", "hub"),
    ("CommunityData", "project"),
)
"""Public methods that check their arguments: each is fed the bad values of its parameters.

The rules call the unchecked twins of the dated-table lookups (``_at``, ``_value``); these
are what users call, and they must keep refusing what the functions refuse."""


def _checking_methods() -> set[tuple[str, str]]:
    """Every public method of the source that calls ``check_arguments(Class.method, ...)``."""
    root = pathlib.Path(openinfra_model.__file__).parent
    found = set()
    for path in root.rglob("*.py"):
        for owner, name in re.findall(r"check_arguments\((\w+)\.(\w+), locals", path.read_text()):
            if not name.startswith("_"):
                found.add((owner, name))
    return found


class TestPublicMethods:
    """Lookup methods users call refuse bad values as the public functions do."""

    def test_every_checking_method_is_fed(self) -> None:
        """Each public method that checks its arguments is in METHODS (none left untested)."""
        assert set() == _checking_methods() - set(METHODS)

    @pytest.mark.parametrize(("owner", "name"), METHODS)
    def test_bad_values_refused(self, owner: str, name: str) -> None:
        """Every bad value of every parameter raises InvalidInputError naming the parameter."""
        method = getattr(_method_owners()[owner], name)
        outcomes = feed(f"{owner}.{name}", method)
        assert [] == [o for o in outcomes if o.result != "documented"]
        assert outcomes  # something was fed

    def test_rules_use_the_unchecked_lookup(self) -> None:
        """The unchecked lookup gives what the public one gives, without the check."""
        table = _method_owners()["ParameterTable"]
        day = date(2013, 1, 1)
        assert table.at(day) == table._at(day)
        assert table.value(day) == table._value(day)


class TestBulkRankings:
    """A long list of rankings is checked at C speed, and still names the one bad entry.

    The argument checks of ``count_rankings`` look at each distinct name once when every
    ranking is a tuple or list of plain strings (the bulk case, 100,000 ballots); anything
    else is checked entry by entry, so the path names the bad ranking and place.
    """

    CANDS = ("a", "b", "c")

    def _refused(self, rankings: list[Any]) -> tuple[str, ...]:
        from openinfra_model.counting import count_rankings  # noqa: PLC0415

        with pytest.raises(InvalidInputError) as err:
            count_rankings(rankings, candidates=self.CANDS, seats=1)
        return err.value.paths

    @pytest.mark.parametrize(
        ("bad", "path"),
        [
            (("a", 7), "rankings[500][1]"),
            (("a", "b\x1b"), "rankings[500][1]"),
            (("a", "x" * 65_537), "rankings[500][1]"),
            ("ab", "rankings[500]"),
            (7, "rankings[500]"),
        ],
        ids=["int", "control", "long", "string", "number"],
    )
    def test_bad_entry_named(self, bad: object, path: str) -> None:
        """One bad entry among 1,000 good rankings is refused at its own path."""
        rankings: list[Any] = [("a", "b"), ["c"]] * 250 + [bad] + [("b",)] * 499
        assert (path,) == self._refused(rankings)

    def test_good_bulk_counts(self) -> None:
        """Tuples and lists of names, groups included, are counted (no refusal)."""
        from openinfra_model.counting import count_rankings  # noqa: PLC0415

        rankings: list[Any] = [("a", "b")] * 300 + [["c", "a"]] * 200 + [(("b", "c"),)] * 10
        result = count_rankings(rankings, candidates=self.CANDS, seats=1)
        assert ("a",) == result.elected
