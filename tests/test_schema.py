"""The JSON Schema of the wire format (DECISIONS.md section 3), shipped for other languages.

``jsonschema`` is a test dependency only: the library generates the schema from its classes
and never validates with it at run time.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openinfra_model import dumps_document, strategies
from openinfra_model.core.convert import kind_of, unstructure_document
from openinfra_model.schema import (
    SCHEMA_RESOURCE,
    document_classes,
    dumps_schema,
    json_schema,
    not_documents,
    shipped_schema,
)

if TYPE_CHECKING:
    from collections.abc import Callable

BUNDLED = sorted(
    p.name
    for p in resources.files("openinfra_model").joinpath("data").iterdir()
    if p.name.endswith(".json") and p.name != "openinfra-model.schema.json"
)

VALIDATOR = jsonschema.Draft202012Validator(
    shipped_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def _errors(document: object) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in VALIDATOR.iter_errors(document)
    ]


class TestShippedSchema:
    """The file in the package is the schema the classes give today, and a valid schema."""

    def test_shipped_file_is_a_fresh_generation(self) -> None:
        """Regenerate with ``uv run python -m openinfra_model.schema --write`` if this fails."""
        shipped = resources.files("openinfra_model").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
        assert dumps_schema() == shipped

    def test_schema_is_valid_draft_2020_12(self) -> None:
        """The generated schema is itself valid under the draft 2020-12 meta-schema."""
        jsonschema.Draft202012Validator.check_schema(json_schema())

    def test_every_document_kind_has_a_branch(self) -> None:
        """One envelope per public class, plus the command line's ballot file."""
        kinds = [
            branch["properties"]["kind"]["const"]
            for branch in json_schema()["oneOf"]
            if "properties" in branch
        ]
        assert [kind_of(cls) for cls in document_classes()] == kinds

    def test_left_out_classes_are_named(self) -> None:
        """Classes with a field the wire format cannot write are left out, with the reason.

        BLT elections and ballots travel as BLT text (their rankings may hold groups of equal
        candidates, a union the JSON converter does not write).
        """
        assert {"blt_ballot", "blt_election", "regime", "threshold"} == set(not_documents())


class TestBundledDocuments:
    """Every JSON file the package ships validates against the schema."""

    @pytest.mark.parametrize("name", BUNDLED)
    def test_bundled_document_validates(self, name: str) -> None:
        """The bundled roster, board record, community data and ballot file are valid."""
        text = resources.files("openinfra_model").joinpath("data", name).read_text("utf-8")
        assert [] == _errors(json.loads(text))


class TestRefusals:
    """The schema refuses what the converter refuses, where shape and form can tell."""

    def _roster(self) -> dict[str, Any]:
        text = (Path(__file__).parent / "data" / "roster-v1.json").read_text("utf-8")
        document: dict[str, Any] = json.loads(text)
        return document

    def test_unknown_key_refused(self) -> None:
        """An extra key on an organisation is an error (the converter forbids extra keys)."""
        document = self._roster()
        document["data"]["organizations"][0]["nickname"] = "x"
        assert _errors(document)

    def test_decimal_as_a_number_refused(self) -> None:
        """Decimals are decimal strings; a JSON number is refused."""
        document = self._roster()
        document["data"]["memberships"][0]["contributor_ftes"] = 2
        assert _errors(document)

    def test_decimal_string_accepted(self) -> None:
        """The same value as a decimal string is accepted."""
        document = self._roster()
        document["data"]["memberships"][0]["contributor_ftes"] = "2"
        assert [] == _errors(document)

    def test_newer_version_refused(self) -> None:
        """A document of a newer version than the library writes is refused."""
        document = self._roster()
        document["version"] = 3
        assert _errors(document)

    def test_every_version_read_accepted(self) -> None:
        """The version-1 roster validates as version 1 and as version 2 (2 only added fields)."""
        document = self._roster()
        accepted = []
        for version in (1, 2):
            document["version"] = version
            accepted.append(_errors(document))
        assert [[], []] == accepted

    def test_day_with_a_time_refused(self) -> None:
        """Days are ``"YYYY-MM-DD"`` only."""
        document = self._roster()
        document["data"]["memberships"][0]["signed"] = "2021-01-01T00:00:00+00:00"
        assert _errors(document)


STRATEGIES: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "rosters": strategies.rosters,
    "decisions": strategies.decisions,
    "community_data": strategies.community_data,
    "project_funds": strategies.project_funds,
    "count_results": strategies.count_results,
    "dues_statements": strategies.dues_statements,
    "rights": strategies.rights,
    "control_changes": strategies.control_changes,
    "linux_foundation_fee_schedules": strategies.linux_foundation_fee_schedules,
    "closing_directors": strategies.closing_directors,
    "seatings": strategies.seatings,
    "problems": strategies.problems,
    "documents": strategies.documents,
    "platinum_renewal_terms": strategies.platinum_renewal_terms,
    "hub_participations": strategies.hub_participations,
}


class TestStrategyDocuments:
    """Documents of values drawn from the shipped strategies validate against the schema."""

    @pytest.mark.parametrize("name", sorted(STRATEGIES))
    @settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_drawn_document_validates(self, name: str, data: st.DataObject) -> None:
        """Both the dict the converter builds and the text ``dumps_document`` writes."""
        value = data.draw(STRATEGIES[name](), label=name)
        assert [] == _errors(unstructure_document(value))
        assert [] == _errors(json.loads(dumps_document(value)))
