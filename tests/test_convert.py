"""The JSON wire format (DECISIONS.md section 3) and the strict converter (issue 3, item 7)."""

from __future__ import annotations

import enum
import gc
import importlib
import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from openinfra_model import (
    Check,
    Citation,
    Decision,
    FeeLevel,
    Individual,
    IndividualStatus,
    InvalidInputError,
    Membership,
    Organization,
    Regime,
    Roster,
    Status,
    Tier,
    Window,
    dumps,
    dumps_document,
    format_errors,
    loads,
    loads_document,
    strategies,
    structure,
    unstructure,
)
from openinfra_model.board.meetings import Threshold
from openinfra_model.community import CommunityData
from openinfra_model.core import _convert_fast, convert, structure_document, unstructure_document
from openinfra_model.core.convert import kind_of
from openinfra_model.core.errors import Problem
from openinfra_model.core.regimes import Confidence
from openinfra_model.counting import BltBallot, BltElection
from openinfra_model.membership import (
    Approver,
    ControlLink,
    LinuxFoundationLevel,
    LinuxFoundationMembership,
    OrganizationKind,
)
from openinfra_model.record import BoardRecord, FoundationRecord, SyntheticIndividuals

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
        with pytest.raises(InvalidInputError) as info:
            loads('{"tier": "gold", "tier": "silver"}', Membership)
        assert (Problem("$", "has the key 'tier' twice"),) == info.value.problems


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


class TestOifRegistryField:
    """Issue 11 item 8: ``Individual.oif_registry_added`` is optional (DECISIONS §5)."""

    def test_document_without_the_field_loads(self) -> None:
        """A version-1 document written before the field existed loads, the date unrecorded."""
        doc = {
            "format": "openinfra-model",
            "version": 1,
            "kind": kind_of(Individual),
            "data": {
                "id": "1",
                "name": "A",
                "status": "foundation_member",
                "member_since": "2015-01-01",
                "oif_agreement_signed": "2025-07-01",
                "employer": None,
            },
        }
        person = structure_document(doc, Individual)
        assert (date(2025, 7, 1), None) == (person.oif_agreement_signed, person.oif_registry_added)

    def test_registry_date_round_trips(self) -> None:
        """A recorded registry date survives a round trip."""
        person = Individual(
            id="1",
            name="A",
            status=IndividualStatus.FOUNDATION_MEMBER,
            member_since=date(2015, 1, 1),
            oif_agreement_signed=date(2025, 7, 1),
            oif_registry_added=date(2025, 7, 3),
        )
        assert person == structure_document(unstructure_document(person), Individual)


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


class TestIdValidatorsOnLoad:
    """The ids' validators run on load as in the constructor, and not when attrs disables them.

    The generated code tests each id validator's common case inline and reads attrs' own
    switch: both must agree with the constructor, an id each side of the policy.
    """

    @pytest.mark.parametrize(
        ("field", "value", "good"),
        [
            ("id", "100003", True),
            ("id", "ada lovelace", True),
            ("id", " 100003", False),
            ("id", "100003 ", False),
            ("id", "1\u200b", False),
            ("employer", None, True),
            ("employer", "red-hat", True),
            ("employer", "Red-Hat", False),
            ("employer", "red hat", False),
        ],
    )
    def test_same_verdict_as_the_constructor(
        self,
        field: str,
        value: str | None,
        good: bool,  # noqa: FBT001 - a parameter of the test
    ) -> None:
        """An id the constructor refuses is refused on load at its path; a good one loads."""
        data: dict[str, object] = {"id": "1", "name": "Ada", "status": "community", field: value}
        person = _attempt(lambda: Individual(**{**data, "status": IndividualStatus.COMMUNITY}))  # type: ignore[arg-type]
        loaded = _attempt(lambda: structure(data, Individual))
        assert (good, good) == (person[0], loaded[0])
        if not good:
            assert [field] == list(_problems(data, Individual))

    def test_not_when_validators_are_disabled(self) -> None:
        """Inside ``attrs.validators.disabled()`` a bad id loads, as the constructor takes it."""
        data = {"id": " 1", "name": "Ada", "status": "community", "employer": "Red-Hat"}
        with attrs.validators.disabled():
            person = structure(data, Individual)
        assert (" 1", "Red-Hat") == (person.id, person.employer)
        with pytest.raises(InvalidInputError):
            structure(data, Individual)

    def test_reads_the_attrs_switch(self) -> None:
        """With this attrs the generated code reads its switch, not a call per object."""
        assert "_attrs_config._run_validators" == _convert_fast._VALIDATORS_RUN


class TestDocuments:
    """A document is ``{"format": "openinfra-model", "version": 2, "kind": ..., "data": ...}``."""

    def test_envelope(self) -> None:
        """The envelope carries the format, the version and the kind of the data."""
        doc = unstructure_document(_roster())
        assert ["format", "version", "kind", "data"] == list(doc)
        assert ("openinfra-model", 2, "roster") == (doc["format"], doc["version"], doc["kind"])

    @pytest.mark.parametrize(
        ("change", "path"),
        [
            ({"version": None}, "version"),
            ({"version": "1"}, "version"),
            ({"version": 1.0}, "version"),
            ({"version": True}, "version"),
            ({"version": 3}, "version"),
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


class TestVersions:
    """DECISIONS §5: every change of a document's shape raises the version; old ones load."""

    def test_writes_version_2(self) -> None:
        """The library writes version 2 and reads every version from 1."""
        assert (1, 2) == (convert.FIRST_VERSION, convert.VERSION)

    def test_a_step_per_version(self) -> None:
        """``MIGRATIONS`` has one documented step from each earlier version to the next."""
        expected = list(range(convert.FIRST_VERSION, convert.VERSION))
        assert expected == sorted(convert.MIGRATIONS)
        assert all(step.__doc__ for step in convert.MIGRATIONS.values())

    def test_step_1_to_2_changes_nothing(self) -> None:
        """Version 2 only added optional fields: a version-1 document's data passes through."""
        data = unstructure(_roster())
        assert data is convert.MIGRATIONS[1]("roster", data)

    def test_version_3_refused(self) -> None:
        """A document newer than the library is refused, naming both versions."""
        doc = unstructure_document(_roster())
        doc["version"] = 3
        with pytest.raises(InvalidInputError) as info:
            structure_document(doc, Roster)
        assert "version: 3 is newer than this library reads (2)" == str(info.value)


def _version_1_documents() -> list[tuple[str, str, type[Any]]]:
    """Each version-1 document of the repository: where it is, its file and its class."""
    return [
        ("tests", "roster-v1.json", Roster),
        ("tests", "boards-v1.json", BoardRecord),
        ("package", "record.json", FoundationRecord),
        ("tests", "community-v1.json", CommunityData),
        ("package", "individuals-synthetic.json", SyntheticIndividuals),
    ]


def _read(where: str, name: str) -> str:
    if where == "tests":
        return (Path(__file__).parent / "data" / name).read_text("utf-8")
    return resources.files("openinfra_model").joinpath("data", name).read_text("utf-8")


class TestVersion1:
    """Version 1 (the first): a document of every kind the repository holds still loads."""

    @pytest.mark.parametrize(("where", "name", "cls"), _version_1_documents())
    def test_is_version_1(self, where: str, name: str, cls: type[Any]) -> None:
        """The fixture is a version-1 document of its class's kind."""
        doc = json.loads(_read(where, name))
        assert (1, kind_of(cls)) == (doc["version"], doc["kind"])

    @pytest.mark.parametrize(("where", "name", "cls"), _version_1_documents())
    def test_loads_as_its_data_would_at_version_2(
        self, where: str, name: str, cls: type[Any]
    ) -> None:
        """Migrated on load, the version-1 document builds what its data builds at version 2."""
        doc = json.loads(_read(where, name))
        as_2 = {**doc, "version": 2}
        assert structure_document(as_2, cls) == loads_document(_read(where, name), cls)

    @pytest.mark.parametrize(("where", "name", "cls"), _version_1_documents())
    def test_dumped_as_version_2_loads_back_equal(
        self, where: str, name: str, cls: type[Any]
    ) -> None:
        """The loaded document written again is a version-2 document that loads back equal."""
        loaded = loads_document(_read(where, name), cls)
        text = dumps_document(loaded)
        assert (2, loaded) == (json.loads(text)["version"], loads_document(text, cls))


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


_PUBLIC_NAMESPACES = (
    "openinfra_model",
    "openinfra_model.core",
    "openinfra_model.membership",
    "openinfra_model.board",
    "openinfra_model.elections",
    "openinfra_model.counting",
    "openinfra_model.funds",
    "openinfra_model.community",
    "openinfra_model.record",
)


def _public_attrs_classes() -> list[type]:
    """Every attrs class any public namespace exports, once each."""
    found: dict[str, type] = {}
    for namespace in _PUBLIC_NAMESPACES:
        module = importlib.import_module(namespace)
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and attrs.has(obj):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return sorted(found.values(), key=lambda c: c.__name__)


_NOT_ON_THE_WIRE = {Regime, Threshold, BltBallot, BltElection}
"""Regime is a view of the rules in force on a day: its windows hold values of any type
(Python objects such as rule enums of other modules), so it has no wire form. Threshold is a
dated rule parameter (a fraction of a body): parameters are not documents yet. BltElection
and its BltBallot travel as BLT text (dump_blt / load_blt, round-tripped in
test_counting_blt); a ranking place is a name or a group of names, a union the JSON wire
format does not have."""


class TestHypothesisRoundTrip:
    """Every public class round-trips for every value its strategy draws."""

    @given(strategies.rosters())
    def test_roster(self, roster: Roster) -> None:
        """Rosters survive JSON text and the document envelope unchanged."""
        assert roster == loads(dumps(roster), Roster)
        assert roster == loads_document(dumps_document(roster), Roster)

    @given(strategies.memberships())
    def test_membership(self, membership: Membership) -> None:
        """Memberships survive JSON text unchanged."""
        assert membership == loads(dumps(membership), Membership)

    @given(strategies.organizations())
    def test_organization(self, org: Organization) -> None:
        """Organisations survive JSON text unchanged."""
        assert org == loads(dumps(org), Organization)

    @given(strategies.decisions())
    def test_decision(self, decision: Decision) -> None:
        """Decisions (and their checks and citations) survive JSON text unchanged."""
        assert decision == loads(dumps(decision), Decision)

    @given(strategies.windows(strategies.money()))
    def test_window(self, window: Window[Decimal]) -> None:
        """A dated window of money survives as ``Window[Decimal]``."""
        assert window == loads(dumps(window), Window[Decimal])

    @given(strategies.aware_datetimes())
    def test_instant(self, instant: datetime) -> None:
        """Aware instants survive with their offset."""
        back = loads(dumps(instant), datetime)
        assert (instant, instant.utcoffset()) == (back, back.utcoffset())

    @pytest.mark.parametrize(
        "cls",
        [c for c in _public_attrs_classes() if c not in _NOT_ON_THE_WIRE],
        ids=lambda c: c.__name__,
    )
    @settings(
        max_examples=30,
        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    )
    @given(data=st.data())
    def test_every_public_class(self, cls: type, data: st.DataObject) -> None:
        """Each attrs class a public namespace exports round-trips (new ones included).

        Classes without a registered strategy are drawn by Hypothesis from their field types;
        draws their validators refuse are skipped, and so are draws holding a value the wire
        format refuses (a control character in free text), once the dump has refused them.
        """
        target: Any = Window[Decimal] if cls is Window else cls
        try:
            obj = data.draw(st.from_type(target))
        except InvalidInputError:
            reject()
        try:
            unstructure(obj)
        except InvalidInputError:
            with pytest.raises(InvalidInputError):
                dumps(obj)
            reject()
        assert obj == structure(unstructure(obj), target)
        assert obj == loads(dumps(obj), target)
        assert _json_text(convert.converter.unstructure(obj)) == dumps(obj)
        assert dumps(obj).encode() == dumps(obj, as_bytes=True)
        assert dumps_document(obj).encode() == dumps_document(obj, as_bytes=True)


_ODD_VALUES: tuple[object, ...] = (
    None, True, False, 0, 1, -1, 1.5, "", "x", "0", "2015-02-01", "20150201", "2015-02-30",
    "gold", "community", "foundation_member", "1.50", "1e5", "NaN", [], {}, ["x"], [None],
    {"kind": "check"}, "red-hat",
)  # fmt: skip


def _containers(node: object, out: list[dict[str, Any] | list[Any]]) -> None:
    if isinstance(node, dict):
        out.append(node)
        for value in node.values():
            _containers(value, out)
    elif isinstance(node, list):
        out.append(node)
        for value in node:
            _containers(value, out)


def _mutate(raw: dict[str, Any], data: st.DataObject) -> None:
    nodes: list[dict[str, Any] | list[Any]] = []
    _containers(raw, nodes)
    node = data.draw(st.sampled_from(nodes), label="node")
    value = data.draw(st.sampled_from(_ODD_VALUES), label="value")
    if isinstance(node, dict):
        action = data.draw(st.sampled_from(["set", "delete", "add"]), label="action")
        if action == "add" or not node:
            node["unexpected"] = value
            return
        key = data.draw(st.sampled_from(sorted(node)), label="key")
        if action == "delete":
            del node[key]
        else:
            node[key] = value
    elif node:
        node[data.draw(st.integers(0, len(node) - 1), label="index")] = value
    else:
        node.append(value)


def _json_text(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _attempt(build: Any) -> tuple[bool, object]:
    try:
        return True, build()
    except Exception as exc:  # noqa: BLE001 - any refusal counts as a refusal
        return False, exc


class TestFastPathAgrees:
    """The generated fast path accepts exactly what the detailed cattrs hooks accept.

    The library structures with generated code and, when that gives up, reruns cattrs'
    detailed hooks to name the bad fields; the two must never disagree.
    """

    @settings(max_examples=300)
    @given(data=st.data(), roster=strategies.rosters(max_individuals=4, max_memberships=3))
    def test_mutated_rosters(self, data: st.DataObject, roster: Roster) -> None:
        """One odd value, deleted key or unknown key anywhere: same verdict, equal results."""
        raw = unstructure(roster)
        _mutate(raw, data)
        fast_ok, fast = _attempt(lambda: convert._fast.structurer(Roster)(raw))
        slow_ok, slow = _attempt(lambda: convert.converter.structure(raw, Roster))
        assert (slow_ok, slow if slow_ok else None) == (fast_ok, fast if fast_ok else None)

    @given(strategies.rosters())
    def test_valid_rosters(self, roster: Roster) -> None:
        """Valid data: equal objects both ways, equal data and exactly json.dumps' text out."""
        raw = convert.converter.unstructure(roster)
        assert raw == unstructure(roster)
        assert convert.converter.structure(raw, Roster) == convert._fast.structurer(Roster)(raw)
        assert _json_text(raw) == dumps(roster)
        assert _json_text(unstructure_document(roster)) == dumps_document(roster)
        assert _json_text(raw).encode() == dumps(roster, as_bytes=True)
        assert _json_text(unstructure_document(roster)).encode() == dumps_document(
            roster, as_bytes=True
        )

    def test_defaults_left_out(self) -> None:
        """Objects without their defaulted keys take the other generated branch, same result."""
        raw: dict[str, object] = {"id": "1", "name": "A", "status": "community", "employer": None}
        assert convert.converter.structure(raw, Individual) == structure(raw, Individual)
        raw["extra"] = 1
        with pytest.raises(InvalidInputError):
            structure(raw, Individual)

    def test_collector_restored(self) -> None:
        """The garbage collector is on again after a load, failed or not."""
        assert gc.isenabled()
        loads(dumps(_roster()), Roster)
        with pytest.raises(InvalidInputError):
            loads('{"snapshot": 1}', Roster)
        assert gc.isenabled()


class Color(enum.Enum):
    """A test enum."""

    DARK_RED = "dark_red"
    BLUE = "blue"


@attrs.frozen(kw_only=True)
class Everything:
    """A class using every field type the wire format knows."""

    text: str
    count: int
    flag: bool
    ratio: float
    amount: Decimal
    day: date
    instant: datetime
    color: Color
    names: tuple[str, ...]
    tags: frozenset[str]
    pair: tuple[str, Check]
    by_id: Mapping[str, Decimal]
    maybe: Citation | None
    either: Citation | Check
    colors: tuple[Color, ...] = ()


def _everything() -> Everything:
    return Everything(
        text="é",
        count=-3,
        flag=True,
        ratio=0.25,
        amount=Decimal("0.0000001"),
        day=date(2020, 2, 29),
        instant=datetime(2025, 6, 1, 12, tzinfo=UTC),
        color=Color.DARK_RED,
        names=("a", "b"),
        tags=frozenset({"z", "a"}),
        pair=("x", Check("x.y", Status.PASSED, CITE, "ok")),
        by_id=MappingProxyType({"red-hat": Decimal("1.5")}),
        maybe=None,
        either=CITE,
    )


class TestGeneric:
    """Any attrs class built from the wire format's field types converts with no registration."""

    def test_round_trip(self) -> None:
        """Every field type survives, through both the data and the text forms."""
        obj = _everything()
        data = unstructure(obj)
        assert "0.0000001" == data["amount"]  # never "1E-7"
        assert ["a", "z"] == data["tags"]
        assert {"kind": "citation"}.items() <= data["either"].items()
        assert obj == structure(data, Everything)
        assert obj == loads(dumps(obj), Everything)
        assert _json_text(convert.converter.unstructure(obj)) == dumps(obj)
        assert dumps(obj).encode() == dumps(obj, as_bytes=True)

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("tags", ["a", "a"]),
            ("pair", ["x"]),
            ("pair", "xy"),
            ("by_id", {"a": 1.5}),
            ("by_id", [["a", "1"]]),
            ("ratio", "0.5"),
            ("ratio", True),
            ("count", 2.0),
            ("flag", "true"),
            ("either", {"document": "bylaws"}),
            ("either", {"kind": "roster"}),
            ("instant", "2025-06-01T12:00:00"),
            ("colors", ["blue", "BLUE"]),
        ],
    )
    def test_refused(self, field: str, value: object) -> None:
        """Duplicates in sets, short pairs, untagged union members and the like are refused."""
        data = unstructure(_everything())
        data[field] = value
        assert [field] == [re.split(r"[.\[]", p)[0] for p in _problems(data, Everything)]
