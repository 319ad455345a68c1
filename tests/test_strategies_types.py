"""Every public type has a strategy that ``st.from_type`` finds, valid by construction.

The entry point registers the whole table lazily, so a fresh process that never imported
``openinfra_model.strategies`` draws valid values of every type; composite strategies give
what users' property tests need (a ballot box with its roll, a roster with an election, a
board consistent with its memberships).
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from datetime import date
from typing import Any, cast

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openinfra_model import Status
from openinfra_model._strategy_table import STRATEGY_TABLE
from openinfra_model.board import check_board
from openinfra_model.counting import count_ballots
from openinfra_model.elections import build_roll
from openinfra_model.strategies import (
    BallotBox,
    ElectionScenario,
    ballot_boxes,
    board_records,
    election_scenarios,
)

_PUBLIC = (
    "openinfra_model.core",
    "openinfra_model.membership",
    "openinfra_model.board",
    "openinfra_model.elections",
    "openinfra_model.counting",
    "openinfra_model.funds",
    "openinfra_model.community",
    "openinfra_model.record",
)


def _public_attrs_classes() -> set[type]:
    found: set[type] = set()
    for namespace in _PUBLIC:
        module = importlib.import_module(namespace)
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and attrs.has(obj):
                found.add(obj)
    return found


def _table_classes() -> list[type]:
    return [getattr(importlib.import_module(m), c) for m, c, _ in STRATEGY_TABLE]


class TestTable:
    """The registration table covers the public API."""

    def test_every_public_class_is_in_the_table(self) -> None:
        """No public attrs class is left to Hypothesis' inference."""
        missing = sorted(c.__name__ for c in _public_attrs_classes() - set(_table_classes()))
        assert [] == missing


class TestFromType:
    """``st.from_type`` draws valid instances of every public type."""

    @pytest.mark.parametrize("cls", _table_classes(), ids=lambda c: c.__name__)
    @settings(max_examples=8, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_draws_valid_instances(self, cls: type, data: st.DataObject) -> None:
        """A drawn value is an instance, and rebuilding it runs every validator again."""
        target: Any = cls
        value: Any = data.draw(st.from_type(target))
        assert isinstance(value, cls)
        if attrs.has(cls):
            rebuilt: Any = attrs.evolve(cast("Any", value))
            assert value == rebuilt

    def test_fresh_process_without_importing_strategies(self) -> None:
        """Through the entry point alone, every type draws (no import-order effect)."""
        script = textwrap.dedent(
            """
            import importlib, sys
            from hypothesis import given, settings, strategies as st
            from openinfra_model._strategy_table import STRATEGY_TABLE
            assert "openinfra_model.strategies" not in sys.modules
            def checker(cls):
                @settings(max_examples=2, database=None)
                @given(st.from_type(cls))
                def check(value):
                    assert isinstance(value, cls)
                return check
            drawn = 0
            for module, name, _ in STRATEGY_TABLE:
                if name != "Window":
                    checker(getattr(importlib.import_module(module), name))()
                    drawn += 1
            print(drawn)
            """
        )
        out = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
            [sys.executable, "-c", script], check=True, capture_output=True, text=True
        ).stdout
        assert len(STRATEGY_TABLE) - 1 == int(out.strip())


class TestComposites:
    """The composite strategies keep the promises their docstrings make."""

    @settings(max_examples=25)
    @given(box=ballot_boxes())
    def test_ballot_box_counts_without_refusal(self, box: BallotBox) -> None:
        """Unique voters, all on the roll: the count sets nothing aside and refuses nothing."""
        result = count_ballots(
            box.ballots,
            candidates=box.candidates,
            seats=box.seats,
            method=box.method,
            roll=box.roll,
            rules=box.rules,
        )
        assert () == result.set_aside
        assert len(box.ballots) == result.ballots_counted

    @settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
    @given(record=board_records(), offset=st.integers(0, 300))
    def test_board_record_is_compliant(self, record: Any, offset: int) -> None:
        """The board's composition passes on its first day and later in the Delaware years."""
        start = min(d.term_start for d in record.board.directors)
        day = min(date.fromordinal(start.toordinal() + offset), date(2024, 12, 31))
        report = check_board(record.board, record.memberships, as_of=max(day, start))
        assert Status.PASSED == report.composition.outcome

    @settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
    @given(scenario=election_scenarios())
    def test_election_scenario_builds_a_roll(self, scenario: ElectionScenario) -> None:
        """Every vote names the scenario's election and a person of its roster."""
        people = {p.id for p in scenario.roster.individuals}
        assert all(v.voter in people for v in scenario.votes)
        roll = build_roll(scenario.elections[0], scenario.roster)
        assert set(roll.voters) <= people


class TestDocsTable:
    """The docs' type → strategy table lists the registration table, row by row."""

    def test_docs_table_matches(self) -> None:
        """Each registered type appears in docs/strategies.md with its strategy."""
        from pathlib import Path  # noqa: PLC0415 - only this test reads the docs

        page = (Path(__file__).parent.parent / "docs" / "strategies.md").read_text()
        missing = [
            f"{m}.{c}"
            for m, c, f in STRATEGY_TABLE
            if f"| `{m}.{c}` | {{func}}`~openinfra_model.strategies.{f}` |" not in page
        ]
        assert [] == missing
