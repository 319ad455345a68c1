"""The JSON wire format (DECISIONS.md section 3) and the strict converter (issue 3, item 7)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import attrs
import pytest

from openinfra_model import (
    Approver,
    Check,
    Citation,
    ControlLink,
    Decision,
    FeeLevel,
    Individual,
    IndividualStatus,
    InvalidInputError,
    LinuxFoundationLevel,
    LinuxFoundationMembership,
    Membership,
    Organization,
    OrganizationKind,
    Roster,
    Status,
    Tier,
    dumps,
    dumps_document,
    format_errors,
    loads,
    loads_document,
    structure,
    structure_document,
    unstructure,
    unstructure_document,
)
from openinfra_model.convert import kind_of
from openinfra_model.regimes import Confidence, Window

CITE = Citation("bylaws", date(2021, 9, 29), "2.3(c)", "a quote")


def _roster() -> Roster:
    ibm = Organization(id="ibm", name="IBM", kind=OrganizationKind.COMPANY)
    red_hat = Organization(
        id="red-hat",
        name="Red Hat",
        aliases=("Red Hat, Inc.",),
        controlled_by=(ControlLink(parent="ibm", share=Decimal(1), since=date(2019, 7, 9)),),
        annual_revenue=Decimal("3400000000.00"),
        sources=(CITE,),
    )
    membership = Membership(
        organization="red-hat",
        tier=Tier.PLATINUM,
        fee_level=FeeLevel.ESTABLISHED,
        signed=date(2012, 6, 1),
        approved=date(2012, 7, 1),
        approver=Approver.BOARD,
        contributor_ftes=Decimal("2.5"),
        linux_foundation=LinuxFoundationMembership(
            level=LinuxFoundationLevel.PLATINUM, since=date(2025, 6, 1)
        ),
        sources=(CITE,),
    )
    people = (
        Individual(
            id="100003",
            name="Ada",
            status=IndividualStatus.FOUNDATION_MEMBER,
            member_since=date(2013, 1, 1),
            employer="red-hat",
        ),
        Individual(id="100004", name="Bo", status=IndividualStatus.COMMUNITY),
    )
    return Roster(
        snapshot=date(2025, 7, 1),
        organizations=(ibm, red_hat),
        memberships=(membership,),
        individuals=people,
    )


def _problems(data: object, cls: type[Any]) -> dict[str, str]:
    with pytest.raises(InvalidInputError) as info:
        structure(data, cls)
    return {p.path: p.message for p in info.value.problems}


def _membership_data(**changes: object) -> dict[str, Any]:
    data: dict[str, Any] = unstructure(_roster().memberships[0])
    data.update(changes)
    return data


class TestRoundTrip:
    """Every public class goes to JSON-compatible data and JSON text and back unchanged."""

    @pytest.mark.parametrize(
        "obj",
        [
            CITE,
            Check("x.y", Status.WAIVED, CITE, "waived"),
            Decision.of(Check("x.y", Status.PASSED, CITE, "ok")),
            *_roster().organizations,
            _roster().organizations[1].controlled_by[0],
            _roster().memberships[0],
            _roster().memberships[0].linux_foundation,
            *_roster().individuals,
            _roster(),
        ],
        ids=lambda o: type(o).__name__,
    )
    def test_round_trip(self, obj: object) -> None:
        """Data, text and document forms all give back an equal object."""
        cls = type(obj)
        assert obj == structure(unstructure(obj), cls)
        assert obj == loads(dumps(obj), cls)
        assert obj == loads_document(dumps_document(obj), cls)

    def test_generic_window(self) -> None:
        """A parametrised generic class (``Window[Decimal]``) round-trips."""
        window = Window(
            start=date(2021, 1, 1),
            value=Decimal(350000),
            citation=CITE,
            confidence=Confidence.QUOTED,
        )
        assert window == loads(dumps(window), Window[Decimal])

    def test_wire_forms(self) -> None:
        """Money is a plain decimal string, dates ISO days, enums lower snake values."""
        data = unstructure(_roster().memberships[0])
        assert "platinum" == data["tier"]
        assert "2012-06-01" == data["signed"]
        assert "2.5" == data["contributor_ftes"]
        assert "3400000000.00" == unstructure(_roster().organizations[1])["annual_revenue"]

    def test_money_never_in_exponent_form(self) -> None:
        """A Decimal held with an exponent is written out in full."""
        org = Organization(id="a", name="A", annual_revenue=Decimal("1E+5"))
        assert "100000" == unstructure(org)["annual_revenue"]

    def test_aware_datetime(self) -> None:
        """Instants keep their offset; a naive one is refused on output and on input."""
        instant = datetime(2025, 6, 1, 12, 30, tzinfo=timezone(timedelta(hours=2)))
        assert "2025-06-01T12:30:00+02:00" == unstructure(instant)
        assert instant == structure("2025-06-01T12:30:00+02:00", datetime)
        assert datetime(2025, 6, 1, tzinfo=UTC) == structure("2025-06-01T00:00Z", datetime)
        with pytest.raises(InvalidInputError):
            unstructure(datetime(2025, 6, 1))  # noqa: DTZ001 - the naive value is the point


class TestUnknownKeys:
    """Keys that are not fields are refused, never ignored."""

    def test_extra_key(self) -> None:
        """An unknown key is named by its path."""
        data = unstructure(_roster())
        data["memberships"][0]["colour"] = "blue"
        assert {"memberships[0].colour": "is not a field of Membership"} == _problems(data, Roster)

    def test_duplicate_key_in_text(self) -> None:
        """A key given twice in one JSON object is refused (json.loads keeps the last)."""
        with pytest.raises(InvalidInputError, match="'tier' appears twice"):
            loads('{"tier": "gold", "tier": "silver"}', Membership)


class TestMissingFields:
    """A field without a default must be present."""

    def test_missing(self) -> None:
        """The missing field is named."""
        data = _membership_data()
        del data["tier"]
        assert {"tier": "is required but missing"} == _problems(data, Membership)

    def test_defaulted_may_be_left_out(self) -> None:
        """A field with a default may be left out and takes the default."""
        person = structure({"id": "1", "name": "A", "status": "community"}, Individual)
        assert person.member_since is None


class TestWrongTypes:
    """Values of the wrong JSON type are refused: nothing is coerced."""

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("organization", None),  # null must not become 'None'
            ("organization", 7),
            ("tier", None),
            ("signed", 20150201),
            ("sources", "bylaws"),  # a string is not a tuple of characters
            ("sources", {"document": "bylaws"}),
        ],
    )
    def test_membership_field(self, field: str, value: object) -> None:
        """The bad field is named."""
        assert [field] == list(_problems(_membership_data(**{field: value}), Membership))

    @pytest.mark.parametrize(
        ("value", "cls"),
        [
            ("100003", int),
            (True, int),
            (1, bool),
            (1.0, int),
            (None, str),
            (1, str),
            ("abc", tuple[str, ...]),
            (float("nan"), float),
            ("x", float),
        ],
    )
    def test_primitives(self, value: object, cls: type[Any]) -> None:
        """Strings are not ints, booleans are not ints, null is not a string."""
        assert ["$"] == list(_problems(value, cls))

    def test_individual_id_is_a_string(self) -> None:
        """A member id given as a number is refused, not turned into text."""
        data = {"id": 100003, "name": "A", "status": "community"}
        assert ["id"] == list(_problems(data, Individual))


class TestEnums:
    """Enums are their lower-case snake values; anything else is refused."""

    @pytest.mark.parametrize("value", ["Gold", "GOLD", "diamond", "", 1])
    def test_unknown_value(self, value: object) -> None:
        """Names, other cases and unknown values are refused."""
        assert ["tier"] == list(_problems(_membership_data(tier=value), Membership))

    def test_legacy_startup(self) -> None:
        """Multi-word values are snake case."""
        assert FeeLevel.LEGACY_STARTUP == structure("legacy_startup", FeeLevel)


class TestMoney:
    """Money is a decimal string with at most two decimals, never a JSON number."""

    @pytest.mark.parametrize(
        "value",
        [100.5, 100, "NaN", "Infinity", "-Infinity", "1e5", "1E+5", " 100", "100.", ".5", "0x10"],
    )
    def test_refused(self, value: object) -> None:
        """Numbers, floats, NaN, infinities, exponents and odd forms are refused."""
        data = unstructure(Organization(id="a", name="A"))
        data["annual_revenue"] = value
        assert ["annual_revenue"] == list(_problems(data, Organization))

    def test_more_than_two_decimals(self) -> None:
        """A money field refuses fractions of a cent (the model's validator, path kept)."""
        data = unstructure(Organization(id="a", name="A"))
        data["annual_revenue"] = "100.555"
        assert {"annual_revenue": "money has at most two decimals, not 100.555"} == _problems(
            data, Organization
        )

    @pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity"])
    def test_json_constants_refused(self, text: str) -> None:
        """The non-standard JSON constants are refused by the parser."""
        with pytest.raises(InvalidInputError, match="is not JSON"):
            loads(text, Decimal)


class TestDates:
    """Days are ``YYYY-MM-DD`` and real calendar days; instants carry an offset."""

    @pytest.mark.parametrize(
        "value",
        ["20150201", "2015-2-1", "2015-02-30", "2015-13-01", "2015-02-01T00:00", " 2015-02-01"],
    )
    def test_bad_day(self, value: str) -> None:
        """Basic ISO forms (accepted by 3.11's fromisoformat) and impossible days are refused."""
        assert ["signed"] == list(_problems(_membership_data(signed=value), Membership))

    @pytest.mark.parametrize(
        "value", ["2025-06-01T12:00:00", "2025-06-01 12:00:00+00:00", "2025-06-01", 1748779200]
    )
    def test_bad_instant(self, value: object) -> None:
        """Naive instants, a space separator, bare days and numbers are refused."""
        assert ["$"] == list(_problems(value, datetime))


class TestValidatorsInsideClasses:
    """An invariant broken inside a nested object is reported at its full path."""

    def test_nested_validator(self) -> None:
        """Approval before signature, inside the roster's memberships."""
        data = unstructure(_roster())
        data["memberships"][0]["approved"] = "2011-01-01"
        assert {"memberships[0].approved": "is before the agreement was signed"} == _problems(
            data, Roster
        )

    def test_reference_check(self) -> None:
        """The roster's own reference checks keep their paths."""
        data = unstructure(_roster())
        data["individuals"][0]["employer"] = "nobody"
        assert ["individuals[0].employer"] == list(_problems(data, Roster))

    def test_every_problem_reported(self) -> None:
        """Several bad fields in one document are all named at once."""
        data = unstructure(_roster())
        data["memberships"][0]["tier"] = "Gold"
        data["individuals"][1]["name"] = None
        data["organizations"][1]["controlled_by"][0]["since"] = "2019-02-29"
        del data["snapshot"]
        assert {
            "snapshot",
            "memberships[0].tier",
            "individuals[1].name",
            "organizations[1].controlled_by[0].since",
        } == set(_problems(data, Roster))

    def test_format_errors(self) -> None:
        """format_errors gives one ``path: message`` line per problem."""
        with pytest.raises(InvalidInputError) as info:
            structure(_membership_data(tier="Gold", signed=None), Membership)
        lines = format_errors(info.value)
        assert 2 == len(lines)
        assert lines[0].startswith("tier: unknown value 'Gold'")
        assert 'signed: expected a "YYYY-MM-DD" date string, got null (None)' == lines[1]

    def test_cause_kept(self) -> None:
        """The cattrs error is kept as the cause, for debugging."""
        with pytest.raises(InvalidInputError) as info:
            structure(_membership_data(tier="Gold"), Membership)
        assert info.value.__cause__ is not None


class TestDocuments:
    """A document is ``{"format": "openinfra-model", "version": 1, "kind": ..., "data": ...}``."""

    def test_envelope(self) -> None:
        """The envelope carries the format, the version and the kind of the data."""
        doc = unstructure_document(_roster())
        assert ["format", "version", "kind", "data"] == list(doc)
        assert ("openinfra-model", 1, "roster") == (doc["format"], doc["version"], doc["kind"])

    @pytest.mark.parametrize(
        ("change", "path"),
        [
            ({"version": None}, "version"),
            ({"version": "1"}, "version"),
            ({"version": 1.0}, "version"),
            ({"version": True}, "version"),
            ({"version": 2}, "version"),
            ({"version": 0}, "version"),
            ({"format": "other"}, "format"),
            ({"kind": "membership"}, "kind"),
            ({"extra": 1}, "extra"),
        ],
    )
    def test_bad_envelope(self, change: dict[str, object], path: str) -> None:
        """Missing, non-integer, newer versions and wrong formats or kinds are refused."""
        doc = unstructure_document(_roster())
        doc.update(change)
        with pytest.raises(InvalidInputError) as info:
            structure_document(doc, Roster)
        assert [path] == list(info.value.paths)

    def test_missing_version(self) -> None:
        """A document without a version is refused."""
        doc = unstructure_document(_roster())
        del doc["version"]
        with pytest.raises(InvalidInputError) as info:
            structure_document(doc, Roster)
        assert ("version",) == info.value.paths

    def test_data_paths(self) -> None:
        """Problems inside the data read as they do for a bare object."""
        doc = unstructure_document(_roster())
        doc["data"]["memberships"][0]["tier"] = "gilt"
        with pytest.raises(InvalidInputError) as info:
            loads_document(json.dumps(doc), Roster)
        assert ("memberships[0].tier",) == info.value.paths


class TestKinds:
    """Union members and documents are tagged with the snake-case class name."""

    @pytest.mark.parametrize(
        ("cls", "kind"),
        [(Roster, "roster"), (LinuxFoundationMembership, "linux_foundation_membership")],
    )
    def test_kind_of(self, cls: type, kind: str) -> None:
        """The tag is the class name in snake case."""
        assert kind == kind_of(cls)

    def test_tagged_union(self) -> None:
        """A field typed as a union of attrs classes carries and checks the tag."""

        @attrs.frozen
        class Holder:
            item: Citation | Check

        holder = Holder(Check("x.y", Status.PASSED, CITE, "ok"))
        data = unstructure(holder)
        assert "check" == data["item"]["kind"]
        assert holder == structure(data, Holder)
        data["item"]["kind"] = "decision"
        with pytest.raises(InvalidInputError) as info:
            structure(data, Holder)
        assert ("item",) == info.value.paths
