"""A converter fuzzer: valid documents with one field corrupted, and random JSON.

Each case starts from a valid document of a public wire type (drawn by the library's own
strategies), corrupts one field at a random path — deletes it, retypes it, gives it an
extreme value, duplicates a list item or adds an unknown key — and loads it. The only
acceptable outcomes: the document loads and round-trips exactly, or the documented error is
raised naming a path. Random JSON at the top gives the same answer. The CI run is bounded by a
case count with a fixed seed; ``OPENINFRA_LONG_HUNT=1`` runs many more (the README's command).
"""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from openinfra_model import InvalidInputError, dumps_document, loads_document
from openinfra_model.counting import CountResult
from openinfra_model.membership import Membership, Organization, Roster
from openinfra_model.record import BoardRecord

LONG = os.environ.get("OPENINFRA_LONG_HUNT") == "1"
CASES = int(os.environ.get("OPENINFRA_FUZZ_CASES", "20000")) if LONG else 150

WIRE_TYPES: tuple[type, ...] = (Roster, Membership, Organization, BoardRecord, CountResult)
"""Documents a service exchanges: rosters and their parts, board records, count results."""

_EXTREMES: tuple[object, ...] = (
    None,
    True,
    0,
    -1,
    10**400,
    1e308,
    "",
    " ",
    "\u200b",
    "\ud800",
    "a\x00b",
    "9999-12-31",
    "0000-00-00",
    "2021-02-29",
    "1e5",
    "NaN",
    "x" * 10_000,
    [],
    {},
    [[[[[]]]]],
)


_CORRUPTIONS = ("delete", "extreme", "retype", "duplicate", "unknown_key")


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a JSON value (the root excluded)."""
    found: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for k, v in value.items():
            found.append((*here, k))
            found.extend(_paths(v, (*here, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found.append((*here, i))
            found.extend(_paths(v, (*here, i)))
    return found


def _corrupt(doc: Any, path: tuple[Any, ...], how: str, extreme: object) -> Any:
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "delete":
        del parent[last]
    elif how == "extreme":
        parent[last] = extreme
    elif how == "retype":
        old = parent[last]
        parent[last] = [old] if not isinstance(old, list) else {"x": old}
    elif how == "duplicate" and isinstance(parent, list):
        parent.insert(last, parent[last])
    elif how == "unknown_key" and isinstance(parent, dict):
        parent["not_a_field"] = 1
    return doc


def _assert_acceptable(text: str, cls: type) -> None:
    """Loaded and round-tripped through UTF-8 bytes, or refused with paths."""
    refused: InvalidInputError | None = None
    loaded: object = None
    try:
        loaded = loads_document(text, cls)
    except InvalidInputError as err:
        refused = err
    if refused is not None:
        assert refused.problems
        assert all(p.path for p in refused.problems)
        return
    assert loaded == loads_document(dumps_document(loaded).encode("utf-8"), cls)


class TestCorruptedDocuments:
    """One corrupted field: a clean load that round-trips, or the documented error."""

    @seed(20261130)
    @settings(
        max_examples=CASES,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=not LONG,
    )
    @given(data=st.data())
    def test_one_corrupted_field(self, data: st.DataObject) -> None:
        """Any single corruption of a valid document is refused with a path or loads back."""
        cls = data.draw(st.sampled_from(WIRE_TYPES))
        value = data.draw(st.from_type(cls))
        doc = json.loads(dumps_document(value))
        paths = _paths(doc)
        path = data.draw(st.sampled_from(paths))
        how = data.draw(
            st.sampled_from(["delete", "extreme", "retype", "duplicate", "unknown_key"])
        )
        extreme = data.draw(st.sampled_from(_EXTREMES))
        bad = _corrupt(doc, path, how, extreme)
        _assert_acceptable(json.dumps(bad), cls)


class TestRandomJson:
    """Random JSON at the top is refused with a path, never anything else."""

    @seed(20261130)
    @settings(max_examples=CASES, derandomize=not LONG)
    @given(
        value=st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.text(max_size=8), inner, max_size=4)
            ),
            max_leaves=20,
        ),
        cls=st.sampled_from(WIRE_TYPES),
    )
    def test_random_json(self, value: object, cls: type) -> None:
        """Arbitrary JSON, as a document or bare, gives the documented error."""
        for text in (
            json.dumps(value),
            json.dumps({"format": "openinfra-model", "version": 1, "data": value}),
        ):
            _assert_acceptable(text, cls)
