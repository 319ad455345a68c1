"""Hostile and careless documents (issue 14, item 3).

The converter is the library's door to the outside: a service reads documents from anyone.
Whatever arrives, it either builds the objects or raises the one documented error,
:class:`~openinfra_model.InvalidInputError`, whose problems name where the trouble is, in the
library's own words and quoting at most a short prefix of a bad value. The limits are
documented constants of :mod:`openinfra_model.core.convert`, and whatever the library writes it
reads back equal: a value it could not read back is refused when written, not written.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    Citation,
    Individual,
    IndividualStatus,
    InvalidInputError,
    Membership,
    Organization,
    Roster,
    Tier,
    Window,
    dumps,
    dumps_document,
    loads,
    loads_document,
    structure,
    unstructure,
)
from openinfra_model.core import convert, unstructure_document
from openinfra_model.core.convert import (
    MAX_DECIMAL_FRACTION_DIGITS,
    MAX_DECIMAL_INTEGER_DIGITS,
    MAX_DEPTH,
    MAX_DOCUMENT_SIZE,
    MAX_FLOAT_DIGITS,
    MAX_INTEGER,
    MAX_STRING_LENGTH,
)
from openinfra_model.core.errors import Problem
from openinfra_model.core.regimes import Confidence
from openinfra_model.membership import ControlLink

CITE = Citation("bylaws", date(2021, 9, 29), "2.3(c)")

PYTHON_WORDS = (
    "Expecting",
    "Traceback",
    "Error",
    "codec",
    "can't decode",
    "Exceeds the limit",
    "object has no attribute",
    "not subscriptable",
    "string indices",
    "unhashable",
    "not JSON serializable",
    "Out of range float",
    "line 1 column",
)
"""Fragments of Python's own exception text: never in a message of the library."""

REFUSED_CHARACTERS = (
    *(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"),
    "\x7f",
    *(chr(c) for c in range(0x80, 0xA0)),
)
"""The control characters a string may not hold (all of Unicode's Cc but tab, LF and CR)."""


@attrs.frozen
class Measured:
    """Number and instant fields, which no public class has (the converter is generic)."""

    count: int
    ratio: float
    amount: Decimal
    day: date
    instant: datetime
    label: str


def _measured(**changes: object) -> Measured:
    base: dict[str, Any] = {
        "count": 3,
        "ratio": 0.5,
        "amount": Decimal("1.50"),
        "day": date(2021, 9, 29),
        "instant": datetime(2025, 6, 1, 12, tzinfo=UTC),
        "label": "ok",
    }
    base.update(changes)
    return Measured(**base)


def _person(name: str = "Ada") -> str:
    return json.dumps({"id": "100003", "name": name, "status": "community"}, ensure_ascii=False)


def _refusal(call: Any, *args: object, **kwargs: object) -> tuple[Problem, ...]:
    with pytest.raises(InvalidInputError) as info:
        call(*args, **kwargs)
    for problem in info.value.problems:
        assert [] == [w for w in PYTHON_WORDS if w in problem.message]
    return info.value.problems


def _paths(call: Any, *args: object, **kwargs: object) -> list[str]:
    return [p.path for p in _refusal(call, *args, **kwargs)]


class TestLimitsAreDocumented:
    """The limits are constants of the converter, with the values its documentation gives."""

    def test_values(self) -> None:
        """Depth 64, 2 GiB of text, 65,536 characters, 2**53 - 1, 17 digits, 18 + 10 digits."""
        assert (64, 2**31, 65_536, 2**53 - 1, 17, 18, 10) == (
            MAX_DEPTH,
            MAX_DOCUMENT_SIZE,
            MAX_STRING_LENGTH,
            MAX_INTEGER,
            MAX_FLOAT_DIGITS,
            MAX_DECIMAL_INTEGER_DIGITS,
            MAX_DECIMAL_FRACTION_DIGITS,
        )


class TestNesting:
    """Arrays and objects nest at most MAX_DEPTH levels; deeper text is refused unread."""

    @pytest.mark.parametrize(
        "text",
        [
            "[" * 100_000 + "]" * 100_000,
            '{"a":' * 100_000 + "1" + "}" * 100_000,
            "[" * 100_000,
            "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),
        ],
        ids=["arrays", "objects", "unclosed", "one-too-many"],
    )
    @pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
    def test_too_deep(self, text: str, *, as_bytes: bool) -> None:
        """Refused with the documented error, never a RecursionError, from both loaders."""
        data = text.encode() if as_bytes else text
        for load in (loads, loads_document):
            (problem,) = _refusal(load, data, Roster)
            assert "$" == problem.path
            assert problem.message.startswith(
                f"arrays and objects are nested deeper than {MAX_DEPTH} levels (line 1, column"
            )

    def test_at_the_limit(self) -> None:
        """Text nested exactly MAX_DEPTH levels is read; the type then says what is wrong."""
        text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
        assert (Problem("$", "expected an object, got an array"),) == _refusal(loads, text, Roster)

    def test_brackets_in_strings_do_not_count(self) -> None:
        """Brackets inside strings (escaped quotes too) are text, not nesting."""
        name = '[{\\"' * 100
        person = loads(_person(name), Individual)
        assert name == person.name

    def test_location(self) -> None:
        """The line and column where the limit is passed are given."""
        text = '{\n "a": ' + "[" * 70 + "]" * 70 + "}"
        (problem,) = _refusal(loads, text, Roster)
        assert problem.message.endswith("(line 2, column 70)")


class TestDocumentSize:
    """Text larger than ``max_size`` (2 GiB by default) is refused before it is read."""

    @pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
    def test_limit(self, *, as_bytes: bool) -> None:
        """Exactly max_size is read; one more byte or character is refused."""
        text = _person()
        data = text.encode() if as_bytes else text
        unit = "bytes" if as_bytes else "characters"
        assert "Ada" == loads(data, Individual, max_size=len(data)).name
        assert (
            Problem(
                "$",
                f"the text has {len(data):,} {unit}, more than the limit of {len(data) - 1:,}",
            ),
        ) == _refusal(loads, data, Individual, max_size=len(data) - 1)
        assert ["$"] == _paths(loads_document, data, Individual, max_size=len(data) - 1)

    def test_not_text(self) -> None:
        """Something other than a str or bytes is refused, not parsed."""
        assert (Problem("$", "JSON text is a str or bytes, not an integer (12)"),) == _refusal(
            loads, 12, Individual
        )


class TestEncoding:
    """One policy for bytes and str: UTF-8, one leading BOM ignored, UTF-16 and UTF-32 refused."""

    def test_bom_alike(self) -> None:
        """A leading byte order mark is ignored in a str and in bytes alike."""
        text = _person()
        expected = loads(text, Individual)
        assert expected == loads("\ufeff" + text, Individual)
        assert expected == loads(b"\xef\xbb\xbf" + text.encode(), Individual)
        assert expected == loads_document("\ufeff" + dumps_document(expected), Individual)

    def test_only_a_real_bom(self) -> None:
        """A str starting with the BOM's bytes read as Latin-1 is not a BOM: not valid JSON."""
        assert ["$"] == _paths(loads, "\u00ef\u00bb\u00bf" + _person(), Individual)
        assert (Problem("$", "not valid JSON: a value is expected (line 1, column 1)"),) == (
            _refusal(loads, "\u00ef\u00bb\u00bf" + _person(), Individual)
        )

    @pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
    def test_utf16_and_utf32_refused(self, codec: str) -> None:
        """UTF-16 and UTF-32, with or without a BOM, as bytes or decoded byte for byte."""
        raw = _person().encode(codec)
        message = "the text is UTF-16 or UTF-32: JSON text must be UTF-8"
        assert (Problem("$", message),) == _refusal(loads, raw, Individual)
        assert (Problem("$", message),) == _refusal(loads, raw.decode("latin-1"), Individual)

    def test_not_utf8(self) -> None:
        """Bytes that are not UTF-8 are refused at the first bad byte, in our words."""
        raw = _person("Ada").encode().replace(b"Ada", b"Ad\xe9")
        at = raw.index(b"\xe9")
        assert (
            Problem("$", f"the text is not UTF-8: byte {at} (0xe9) does not decode"),
        ) == _refusal(loads, raw, Individual)

    def test_encoded_surrogate_refused(self) -> None:
        """A surrogate encoded in bytes (ED A0 80) is not UTF-8."""
        raw = _person("Ada").encode().replace(b"Ada", b"\xed\xa0\x80")
        assert ["$"] == _paths(loads, raw, Individual)


class TestStrings:
    """Strings hold at most MAX_STRING_LENGTH characters, no control character, no surrogate."""

    def test_length(self) -> None:
        """The limit itself is read; one more character is refused at the field's path."""
        at_limit = "a" * MAX_STRING_LENGTH
        assert at_limit == loads(_person(at_limit), Individual).name
        assert (
            Problem("name", "has 65,537 characters, more than the limit of 65,536"),
        ) == _refusal(loads, _person(at_limit + "a"), Individual)
        with pytest.raises(InvalidInputError):  # refused on construction...
            Individual(id="1", name=at_limit + "a", status=IndividualStatus.COMMUNITY)
        with attrs.validators.disabled():  # ...and on output, when built unchecked
            person = Individual(id="1", name=at_limit + "a", status=IndividualStatus.COMMUNITY)
        with pytest.raises(InvalidInputError):
            dumps(person)

    def test_huge_bad_value_short_message(self) -> None:
        """An error about a 10 MB bad value is short: it quotes a 40-character prefix."""
        text = json.dumps({"id": "1", "name": "A", "status": "x" * 10_000_000})
        (problem,) = _refusal(loads, text, Individual)
        assert "status" == problem.path
        assert f"unknown value {'x' * 40!r}…" == problem.message.split(":")[0]
        key = "k" * 1_000_000
        (problem,) = _refusal(structure, {"id": "1", "name": "A", "status": "community", key: 1},
                              Individual)  # fmt: skip
        assert len(str(problem)) < 200
        bad_slug = "A" * (MAX_STRING_LENGTH - 1)
        (problem,) = _refusal(loads, json.dumps({"id": bad_slug, "name": "A"}), Organization)
        assert len(str(problem)) < 400

    @pytest.mark.parametrize("char", REFUSED_CHARACTERS, ids=lambda c: f"U+{ord(c):04X}")
    def test_control_character_refused(self, char: str) -> None:
        """Escaped in JSON (or raw, for DEL and C1): refused at the path, loaded or dumped."""
        text = json.dumps({"id": "1", "name": f"a{char}b", "status": "community"})
        message = f"contains a control character (U+{ord(char):04X}) at index 1"
        assert (Problem("name", message),) == _refusal(loads, text, Individual)
        with pytest.raises(InvalidInputError) as info:  # refused on construction...
            Individual(id="1", name=f"a{char}b", status=IndividualStatus.COMMUNITY)
        assert (Problem("name", message),) == info.value.problems
        with attrs.validators.disabled():  # ...and on output, when built unchecked
            person = Individual(id="1", name=f"a{char}b", status=IndividualStatus.COMMUNITY)
        for dump in (dumps, dumps_document, unstructure, unstructure_document):
            assert (Problem("name", message),) == _refusal(dump, person)

    @pytest.mark.parametrize(
        "name", ["tab\there", "two\nlines\r\n", "no\u00a0break", "zero\u200bwidth", "😀"]
    )
    def test_allowed_characters(self, name: str) -> None:
        """Tab, line breaks and printable or invisible non-control characters round-trip."""
        person = Individual(id="1", name=name, status=IndividualStatus.COMMUNITY)
        assert person == loads(dumps(person), Individual)
        assert person == loads(json.dumps(unstructure(person)), Individual)

    @pytest.mark.parametrize(
        "text",
        [
            json.dumps({"id": "1", "name": "a\ud800", "status": "community"}),
            '{"id": "1", "name": "\\udc00b", "status": "community"}',
            '{"id": "1", "name": "a\ud83d", "status": "community"}',
        ],
        ids=["escaped-high", "escaped-low", "raw-in-str"],
    )
    def test_lone_surrogate_refused(self, text: str) -> None:
        """A lone surrogate, escaped or in a str, is refused at its path."""
        (problem,) = _refusal(loads, text, Individual)
        assert "name" == problem.path
        assert problem.message.startswith("contains a lone surrogate (U+D")

    def test_surrogate_pair_escape(self) -> None:
        """A surrogate pair written as two escapes is one character, and fine."""
        assert "😀" == loads('{"id": "1", "name": "\\ud83d\\ude00", "status": "community"}',
                             Individual).name  # fmt: skip

    def test_surrogate_dump_refused(self) -> None:
        """A str holding a lone surrogate cannot be written as UTF-8: refused, not written."""
        with attrs.validators.disabled():  # the constructor refuses it too
            person = Individual(id="1", name="a\udfff", status=IndividualStatus.COMMUNITY)
        for dump in (dumps, dumps_document, unstructure):
            assert ["name"] == _paths(dump, person)

    def test_mapping_keys(self) -> None:
        """Keys of a mapping are strings under the same rules."""
        with pytest.raises(InvalidInputError) as info:
            structure({"a\x1b": "1"}, dict[str, Decimal])
        assert ("$",) == info.value.paths

    @given(st.text(alphabet=st.characters(exclude_categories=[]), max_size=12))
    def test_any_string_reads_back_or_is_refused(self, name: str) -> None:
        """Whatever a string holds, the dump reads back equal or is refused (never unreadable)."""
        value = _measured(label=name)
        refused = any(c in REFUSED_CHARACTERS or "\ud800" <= c <= "\udfff" for c in name)
        if refused:
            assert ["label"] == _paths(dumps, value)
        else:
            assert value == loads(dumps(value), Measured)
            assert value == loads(dumps(value).encode(), Measured)


class TestNumbers:
    """Integers within 2**53 - 1, floats finite with at most 17 digits, decimals 18 + 10."""

    def _load(self, field: str, number: str) -> Measured:
        data = json.loads(dumps(_measured()))
        data[field] = "<number>"
        return loads(json.dumps(data).replace('"<number>"', number), Measured)

    @pytest.mark.parametrize("number", [str(MAX_INTEGER), str(-MAX_INTEGER), "0", "-0"])
    def test_integers_read(self, number: str) -> None:
        """Integers up to 2**53 - 1 either way are read exactly."""
        assert int(number) == self._load("count", number).count

    @pytest.mark.parametrize("number", [str(MAX_INTEGER + 1), str(-MAX_INTEGER - 1), "9" * 5000])
    def test_integers_refused(self, number: str) -> None:
        """Beyond, refused at the path, quoting a short prefix (no digit-limit error)."""
        (problem,) = _refusal(self._load, "count", number)
        assert "count" == problem.path
        assert problem.message.endswith("has a magnitude above 2**53 - 1 (9,007,199,254,740,991)")
        assert len(problem.message) < 150

    @pytest.mark.parametrize(
        "number", ["0.1", "1.2345678901234567", "1e308", "-1.5e-300", "5e-324", "1E+2", "10"]
    )
    def test_floats_read(self, number: str) -> None:
        """Finite numbers with at most 17 significant digits are read."""
        assert float(number) == self._load("ratio", number).ratio

    @pytest.mark.parametrize(
        ("number", "why"),
        [
            ("0.123456789012345678", "has more than 17 significant digits"),
            ("1e400", "is beyond the range of a float"),
            ("-1e400", "is beyond the range of a float"),
            ("1e-400", "is too small for a float"),
            ("NaN", "NaN is not JSON"),
            ("Infinity", "Infinity is not JSON"),
            ("-Infinity", "-Infinity is not JSON"),
        ],
    )
    def test_floats_refused(self, number: str, why: str) -> None:
        """Precision lost, infinities, underflow to zero and non-JSON constants: refused."""
        (problem,) = _refusal(self._load, "ratio", number)
        assert "ratio" == problem.path
        assert why in problem.message

    @pytest.mark.parametrize(
        "number", ["123456789012345678", "0.1234567890", "-123456789012345678.1234567890"]
    )
    def test_decimals_read(self, number: str) -> None:
        """Up to 18 digits before the point and 10 after are read exactly."""
        assert Decimal(number) == self._load("amount", json.dumps(number)).amount

    @pytest.mark.parametrize(
        ("number", "why"),
        [
            ("1234567890123456789", "has 19 digits before the point, more than 18"),
            ("0.12345678901", "has 11 digits after the point, more than 10"),
        ],
    )
    def test_decimals_refused(self, number: str, why: str) -> None:
        """Beyond, refused at the path: the default decimal context (28 digits) holds them."""
        assert (Problem("amount", why),) == _refusal(self._load, "amount", json.dumps(number))

    @given(st.integers())
    def test_any_integer_reads_back_or_is_refused(self, count: int) -> None:
        """Any int: read back equal, or refused when written (beyond 2**53 - 1)."""
        value = _measured(count=count)
        if abs(count) > MAX_INTEGER:
            assert ["count"] == _paths(dumps, value)
        else:
            assert value == loads(dumps(value), Measured)

    @given(st.floats())
    def test_any_float_reads_back_or_is_refused(self, ratio: float) -> None:
        """Any float: read back equal, or refused when written (NaN, infinities)."""
        value = _measured(ratio=ratio)
        if math.isfinite(ratio):
            assert value == loads(dumps(value), Measured)
        else:
            assert ["ratio"] == _paths(dumps, value)

    @given(st.decimals())
    def test_any_decimal_reads_back_or_is_refused(self, amount: Decimal) -> None:
        """Any Decimal: read back equal, or refused when written (NaN, too many digits)."""
        value = _measured(amount=amount)
        if _decimal_fits(amount):
            assert value == loads(dumps(value), Measured)
        else:
            assert ["amount"] == _paths(dumps, value)


class TestDuplicateKeys:
    """A key given twice in one object is refused at the path of that object."""

    def test_paths(self) -> None:
        """Every duplicate is named, each at its enclosing object's path."""
        text = (
            '{"snapshot": "2025-01-01", "snapshot": "2025-01-02", "organizations": '
            '[{"id": "a", "name": "A", "controlled_by": [{"parent": "b", "parent": "c"}]}], '
            '"individuals": [{"id": "1", "name": "x", "status": "community"}, '
            '{"id": "2", "id": "3", "name": "x", "status": "community"}]}'
        )
        assert (
            Problem("$", "has the key 'snapshot' twice"),
            Problem("organizations[0].controlled_by[0]", "has the key 'parent' twice"),
            Problem("individuals[1]", "has the key 'id' twice"),
        ) == _refusal(loads, text, Roster)

    def test_long_key(self) -> None:
        """A long duplicated key is quoted by a short prefix."""
        key = "k" * 10_000
        (problem,) = _refusal(loads, f'{{"{key}": 1, "{key}": 2}}', Roster)
        assert f"has the key {'k' * 40!r}… twice" == problem.message


class TestMessages:
    """Messages are the library's own, give a place, and never quote much of a value."""

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ('{"a": }', "not valid JSON: a value is expected (line 1, column 7)"),
            ("{} x", "not valid JSON: more text follows the JSON value (line 1, column 4)"),
            ('{"a', "not valid JSON: a string is not closed (line 1, column 2)"),
            ('{"a" 1}', "not valid JSON: a ':' is expected (line 1, column 6)"),
            ("{1: 2}", "not valid JSON: a key in double quotes is expected (line 1, column 2)"),
            ('["a"\n "b"]', "not valid JSON: a ',' is expected (line 2, column 2)"),
            ('"\\x"', "not valid JSON: a backslash escape is not valid (line 1, column 2)"),
            ('"a\tb"', ("not valid JSON: a control character is not escaped in a string "
                        "(line 1, column 3)")),
            ("", "not valid JSON: a value is expected (line 1, column 1)"),
        ],
    )  # fmt: skip
    def test_syntax(self, text: str, message: str) -> None:
        """JSON syntax errors say what and where, in the library's words."""
        assert (Problem("$", message),) == _refusal(loads, text, Roster)

    def test_refusal_then_syntax_error(self) -> None:
        """A refused value before a syntax error: the syntax error is reported, in our words."""
        assert (
            Problem("$", "not valid JSON: a value is expected (line 1, column 17)"),
        ) == _refusal(loads, '{"a": NaN, "b": }', Roster)

    def test_wrong_shape_is_not_a_python_error(self) -> None:
        """A string where an object is expected: our words, not a TypeError's."""
        assert (Problem("$", "expected an object, got a string ('x')"),) == _refusal(
            structure, "x", Citation
        )
        assert ["memberships[0]"] == _paths(
            structure, {"snapshot": "2025-01-01", "memberships": [7]}, Roster
        )


class TestDumpsReadBack:
    """What cannot be read back is refused when written, naming the path."""

    def test_datetime_in_a_date_field(self) -> None:
        """A datetime is a date to Python, not to the wire: refused, never written unreadable."""
        signed = datetime(2021, 3, 1, 12, tzinfo=UTC)
        with pytest.raises(InvalidInputError):  # refused on construction...
            Membership(organization="red-hat", tier=Tier.GOLD, signed=signed)
        with attrs.validators.disabled():  # ...and on output, when built unchecked
            membership = Membership(organization="red-hat", tier=Tier.GOLD, signed=signed)
        message = "is a datetime where a day is expected: give its .date()"
        for dump in (dumps, dumps_document, unstructure, unstructure_document):
            assert (Problem("signed", message),) == _refusal(dump, membership)
        assert (Problem("signed", message),) == _refusal(dumps, membership, indent=1)

    @pytest.mark.parametrize(
        "offset",
        [timedelta(hours=5, seconds=30), timedelta(minutes=-1, microseconds=1)],
        ids=["seconds", "microseconds"],
    )
    def test_sub_minute_offset(self, offset: timedelta) -> None:
        """ISO 8601 offsets are whole minutes: a finer one is refused at the path."""
        instant = datetime(2025, 6, 1, 12, tzinfo=timezone(offset))
        (problem,) = _refusal(dumps, _measured(instant=instant))
        assert "instant" == problem.path
        assert problem.message.endswith(": ISO 8601 offsets are whole minutes")
        assert ["$"] == _paths(dumps, instant)

    def test_naive_instant(self) -> None:
        """An instant without a time zone is refused at the path."""
        naive = datetime(2025, 6, 1, 12)  # noqa: DTZ001 - the naive value is the point
        assert (Problem("instant", "is a naive datetime: add a time zone"),) == _refusal(
            dumps, _measured(instant=naive)
        )

    @given(
        st.datetimes(
            timezones=st.builds(
                timezone,
                st.timedeltas(
                    min_value=timedelta(hours=-23, minutes=-59),
                    max_value=timedelta(hours=23, minutes=59),
                ),
            )
        )
    )
    def test_any_instant_reads_back_or_is_refused(self, instant: datetime) -> None:
        """Every aware instant, at any date, reads back equal with its offset, or is refused."""
        offset = instant.utcoffset()
        assert offset is not None
        value = _measured(instant=instant)
        if offset % timedelta(minutes=1):
            assert ["instant"] == _paths(dumps, value)
            return
        back = loads(dumps(value), Measured)
        assert (value, offset) == (back, back.instant.utcoffset())

    @given(st.dates())
    def test_any_day_reads_back(self, day: date) -> None:
        """Every day from 0001-01-01 to 9999-12-31 reads back equal."""
        value = _measured(day=day)
        assert value == loads(dumps(value), Measured)
        cite = Citation("bylaws", day, "1")
        assert cite == loads_document(dumps_document(cite), Citation)

    @pytest.mark.parametrize(
        "value",
        [float("nan"), float("inf"), -float("inf"), Decimal("NaN"), Decimal("sNaN"),
         Decimal("Infinity"), Decimal("1E+30")],
        ids=repr,
    )  # fmt: skip
    def test_unwritable_window_values(self, value: object) -> None:
        """A window whose value JSON cannot hold (NaN...) is refused at ``value``."""
        window = Window(start=date(2021, 1, 1), value=value, citation=CITE,
                        confidence=Confidence.QUOTED)  # fmt: skip
        for dump in (dumps, dumps_document, unstructure):
            assert ["value"] == _paths(dump, window)

    def test_nested_paths(self) -> None:
        """Every bad value deep in a roster is named by its full path."""
        with attrs.validators.disabled():  # each is refused on construction too
            roster = self._bad_roster()
        expected = [
            "organizations[0].controlled_by[0].since",
            "organizations[0].annual_revenue",
            "organizations[1].name",
        ]
        for dump in (dumps, dumps_document, unstructure):
            assert expected == _paths(dump, roster)
        with pytest.raises(InvalidInputError):
            self._bad_roster()

    @staticmethod
    def _bad_roster() -> Roster:
        org = Organization(
            id="a",
            name="A",
            controlled_by=(ControlLink(parent="b", since=datetime(2020, 1, 1, tzinfo=UTC)),),
            annual_revenue=Decimal("1E+30"),
        )
        return Roster(
            snapshot=date(2025, 1, 1),
            organizations=(org, Organization(id="b", name="B\x00")),
        )


def _document() -> bytes:
    roster = Roster(
        snapshot=date(2025, 1, 1),
        organizations=(
            Organization(
                id="a",
                name="A é",
                annual_revenue=Decimal("12.50"),
                controlled_by=(ControlLink(parent="b", share=Decimal("0.51")),),
            ),
            Organization(id="b", name="B", sources=(CITE,)),
        ),
        memberships=(Membership(organization="a", tier=Tier.GOLD, signed=date(2021, 3, 1)),),
        individuals=(Individual(id="1", name="Ada", status=IndividualStatus.COMMUNITY),),
    )
    return dumps_document(roster).encode()


_DOCUMENT = _document()


def _loads_or_refuses(text: str | bytes) -> None:
    """Loading either builds a roster or raises InvalidInputError in the library's words."""
    for load in (loads_document, loads):
        try:
            load(text, Roster)
        except InvalidInputError as err:
            for problem in err.problems:
                assert [] == [w for w in PYTHON_WORDS if w in problem.message]


class TestAnythingIn:
    """Whatever the text, nothing but InvalidInputError comes out of the loaders."""

    @given(st.binary(max_size=300))
    def test_any_bytes(self, data: bytes) -> None:
        """Random bytes."""
        _loads_or_refuses(data)

    @given(st.text(alphabet=st.characters(exclude_categories=[]), max_size=300))
    def test_any_text(self, text: str) -> None:
        """Random text, surrogates and control characters included."""
        _loads_or_refuses(text)

    @given(
        st.lists(
            st.tuples(st.integers(0, len(_DOCUMENT) - 1), st.binary(max_size=3)),
            min_size=1,
            max_size=4,
        )
    )
    def test_mutated_document(self, edits: list[tuple[int, bytes]]) -> None:
        """A real document with a few bytes replaced, removed or added."""
        data = bytearray(_DOCUMENT)
        for at, new in edits:
            data[at : at + 1] = new
        _loads_or_refuses(bytes(data))


class TestFastPathAgreesOnHostileValues:
    """The generated fast path refuses exactly what the detailed hooks refuse."""

    @pytest.mark.parametrize(
        "value",
        ["a\x1b", "\ud800", "a" * (MAX_STRING_LENGTH + 1), "tab\t", MAX_INTEGER + 1, 2**53 - 1],
        ids=["control", "surrogate", "long", "tab", "big-int", "max-int"],
    )
    @pytest.mark.parametrize("field", ["label", "count"])
    def test_same_verdict(self, value: object, field: str) -> None:
        """One hostile value in a string or an int field: both refuse or both accept."""
        data: dict[str, Any] = unstructure(_measured())
        data[field] = value
        fast_ok = _accepts(lambda: convert._fast.structurer(Measured)(data))
        slow_ok = _accepts(lambda: convert.converter.structure(data, Measured))
        assert slow_ok == fast_ok


def _decimal_fits(amount: Decimal) -> bool:
    """Finite, at most 18 digits before the point and 10 after (the documented limits)."""
    if not amount.is_finite():
        return False
    if int(amount.as_tuple().exponent) < -MAX_DECIMAL_FRACTION_DIGITS:
        return False
    return amount == 0 or amount.adjusted() < MAX_DECIMAL_INTEGER_DIGITS


def _accepts(build: Any) -> bool:
    try:
        build()
    except Exception:  # noqa: BLE001 - any refusal counts as a refusal
        return False
    return True


def _unchecked_roster(name: str, quote: str, alias: str) -> Roster:
    """A roster with ``name``, ``quote`` and ``alias`` deep inside its arrays, built unchecked."""
    with attrs.validators.disabled():
        source = Citation("bylaws", date(2021, 9, 29), "2.3(c)", quote)
        org = Organization(id="acme", name="Acme", aliases=("ACME", alias), sources=(source,))
        member = Membership(
            organization="acme", tier=Tier.GOLD, signed=date(2021, 1, 4), sources=(CITE, source)
        )
        people = tuple(
            Individual(id=str(i), name=n, status=IndividualStatus.COMMUNITY)
            for i, n in enumerate(("Ada", name, "Grace"))
        )
        return Roster(
            snapshot=date(2025, 6, 1),
            organizations=(org,),
            memberships=(member,),
            individuals=people,
        )


# Strings the wire format takes whose written text is not plain: escaped (quotation mark,
# backslash, tab, line breaks) or sharing the first UTF-8 byte of the control characters
# U+0080..U+009F (U+00A0..U+00BF), or at the limit of the length.
_AWKWARD_STRINGS = (
    'say "hi"', "back\\slash", "tab\there", "two\nlines\r\n", "no\u00a0break", "\u00bfqu\u00e9?",
    "\u00a7 2.3", "zero\u200bwidth", "😀", "漢字", "a" * MAX_STRING_LENGTH, "",
)  # fmt: skip


class TestBytesOut:
    """``as_bytes=True`` gives the UTF-8 of the text, refuses the same values at the same paths.

    The byte writer checks each element of a long array once, whole, after writing its strings
    unchecked; these pin that the whole-element check lets nothing through that the per-string
    checks refuse, and changes no accepted text.
    """

    @pytest.mark.parametrize("text", _AWKWARD_STRINGS, ids=range(len(_AWKWARD_STRINGS)))
    def test_awkward_strings_same_text(self, text: str) -> None:
        """An allowed string anywhere in the arrays: the bytes are exactly the text, encoded."""
        roster = _unchecked_roster(text, text, text or "x")
        for dump in (dumps, dumps_document):
            assert dump(roster).encode() == dump(roster, as_bytes=True)
        assert roster == loads(dumps(roster, as_bytes=True), Roster)

    @pytest.mark.parametrize(
        "bad",
        [*REFUSED_CHARACTERS, chr(0xD800), chr(0xDFFF)],
        ids=lambda c: f"U+{ord(c):04X}",
    )
    @pytest.mark.parametrize("where", ["name", "quote", "alias"])
    def test_refused_character_same_problem(self, bad: str, where: str) -> None:
        """A control character or lone surrogate in any element: the same problem as the text."""
        values = {"name": "Ada", "quote": "q", "alias": "A"} | {where: f"a{bad}b"}
        roster = _unchecked_roster(**values)
        for dump in (dumps, dumps_document):
            expected = _refusal(dump, roster)
            assert expected == _refusal(dump, roster, as_bytes=True)
        path = {
            "name": "individuals[1].name",
            "quote": "organizations[0].sources[0].quote",
            "alias": "organizations[0].aliases[1]",
        }[where]
        assert path == expected[0].path

    def test_string_over_the_limit(self) -> None:
        """One character over the limit, in an element: refused at its path, as text is."""
        roster = _unchecked_roster("a" * (MAX_STRING_LENGTH + 1), "q", "A")
        assert ["individuals[1].name"] == _paths(dumps, roster, as_bytes=True)
        assert _refusal(dumps, roster) == _refusal(dumps, roster, as_bytes=True)

    def test_not_a_string(self) -> None:
        """A number where a string belongs, built unchecked: refused at its path."""
        with attrs.validators.disabled():
            person = Individual(id="1", name=7, status=IndividualStatus.COMMUNITY)  # type: ignore[arg-type]
        roster = Roster(snapshot=date(2025, 6, 1), individuals=(person,))
        assert ["individuals[0].name"] == _paths(dumps_document, roster, as_bytes=True)

    def test_indent_and_plain_values(self) -> None:
        """Indented text and values that are not attrs objects are encoded the same way."""
        roster = _unchecked_roster("José", "q", "A")
        assert dumps(roster, indent=2).encode() == dumps(roster, indent=2, as_bytes=True)
        assert dumps_document(roster, indent=2).encode() == dumps_document(
            roster, indent=2, as_bytes=True
        )
        day = date(2025, 6, 1)
        assert b'"2025-06-01"' == dumps(day, as_bytes=True)
