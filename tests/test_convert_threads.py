"""The converter under threads (issue 14, item 1).

The library is imported by long-running, multi-threaded services. Two things must hold however
the threads interleave: the converter builds each class's hooks once and correctly when many
threads ask for them at the same moment, and the garbage collector is left as it was found
once the bulk calls that pause it have all returned.

Each test runs its threads with a tiny switch interval (the interpreter changes threads every
microsecond), so interleavings that are rare at the default interval happen on most runs.
"""

from __future__ import annotations

import enum
import functools
import gc
import sys
import threading
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
import pytest

from openinfra_model import (
    Citation,
    Individual,
    IndividualStatus,
    InvalidInputError,
    Membership,
    Organization,
    Roster,
    Tier,
    dumps,
    dumps_document,
    loads,
    loads_document,
    structure,
    unstructure,
)
from openinfra_model.core import convert
from openinfra_model.membership import ControlLink

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

THREADS = 8
COLD_RUNS = 25
WARM_RUNS = 10
LOADS_PER_THREAD = 2_000
COLLECTOR_RUNS = 5


@pytest.fixture(autouse=True)
def tiny_switch_interval() -> Iterator[None]:
    """Switch threads every microsecond during the test, and restore the interval after."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def _in_threads(work: Callable[[int], object]) -> list[object]:
    """Run ``work(i)`` in THREADS threads released together; re-raise the first failure."""
    barrier = threading.Barrier(THREADS)
    results: list[object] = [None] * THREADS
    failures: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait()
            results[i] = work(i)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    return results


def _cold(monkeypatch: pytest.MonkeyPatch) -> None:
    """A converter and fast-path caches that have converted nothing yet."""
    fresh = convert._build_converter()
    monkeypatch.setattr(convert, "converter", fresh)
    monkeypatch.setattr(convert, "_fast", convert._make_fast(fresh))


def _roster() -> Roster:
    cite = Citation("bylaws", date(2021, 9, 29), "2.3(c)", "a quote")
    return Roster(
        snapshot=date(2025, 7, 1),
        organizations=(
            Organization(id="ibm", name="IBM"),
            Organization(
                id="red-hat",
                name="Red Hat",
                aliases=("Red Hat, Inc.",),
                controlled_by=(ControlLink(parent="ibm", share=Decimal(1)),),
                annual_revenue=Decimal("3400000000.00"),
                sources=(cite,),
            ),
        ),
        memberships=(
            Membership(
                organization="red-hat", tier=Tier.GOLD, signed=date(2021, 3, 1), sources=(cite,)
            ),
        ),
        individuals=tuple(
            Individual(
                id=str(100_000 + i),
                name=f"Person {i}",
                status=IndividualStatus.FOUNDATION_MEMBER,
                member_since=date(2013, 1, 1 + i % 28),
                employer="red-hat" if i % 2 else None,
            )
            for i in range(20)
        ),
    )


def _every_bulk_call(obj: object, cls: type[Any], first: int) -> tuple[object, ...]:
    """Each bulk call once, starting with a different one per thread; results in one order."""
    calls: list[Callable[[], object]] = [
        lambda: dumps_document(obj),
        lambda: unstructure(obj),
        lambda: dumps(obj),
        lambda: loads_document(dumps_document(obj), cls),
        lambda: structure(unstructure(obj), cls),
        lambda: loads(dumps(obj), cls),
        lambda: dumps_document(obj, indent=1),
    ]
    order = list(range(len(calls)))
    order = order[first % len(calls) :] + order[: first % len(calls)]
    results: dict[int, object] = {i: calls[i]() for i in order}
    return tuple(results[i] for i in range(len(calls)))


class Shade(enum.Enum):
    """An enum for the classes built afresh in each cold run."""

    LIGHT = "light"
    DARK = "dark"


def _fresh_classes() -> tuple[type[Any], object]:
    """New attrs classes (never converted before: cold type resolution too) and an instance."""
    leaf = attrs.make_class(
        "Leaf",
        {
            "day": attrs.field(type=date),
            "amount": attrs.field(type=Decimal),
            "shade": attrs.field(type=Shade),
        },
        frozen=True,
    )
    branch = attrs.make_class(
        "Branch",
        {
            "name": attrs.field(type=str),
            "leaves": attrs.field(type=tuple[leaf, ...]),  # type: ignore[valid-type]
            "citation": attrs.field(type=Citation | None),  # type: ignore[arg-type]
        },
        frozen=True,
    )
    tree = attrs.make_class(
        "Tree",
        {"branches": attrs.field(type=tuple[branch, ...]), "count": attrs.field(type=int)},  # type: ignore[valid-type]
        frozen=True,
    )
    leaves = tuple(leaf(date(2020, 1, 1 + i), Decimal(f"{i}.50"), Shade.DARK) for i in range(5))
    cite = Citation("bylaws", date(2021, 9, 29), "4.1")
    value = tree(tuple(branch(f"b{i}", leaves, cite if i else None) for i in range(3)), 3)
    return tree, value


class TestFirstUse:
    """Hooks built by many threads at once are built correctly, and every thread gets them."""

    def test_cold_roster(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Eight threads converting the roster on a cold converter all get the same results."""
        roster = _roster()
        expected = _every_bulk_call(roster, Roster, 0)
        for _ in range(COLD_RUNS):
            _cold(monkeypatch)
            results = _in_threads(lambda i: _every_bulk_call(roster, Roster, i))
            assert [expected] * THREADS == results
            assert gc.isenabled()

    def test_cold_new_classes(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Classes no thread has seen before (their field types unresolved) convert alike."""
        for _ in range(COLD_RUNS):
            _cold(monkeypatch)
            cls, value = _fresh_classes()
            expected = _every_bulk_call(value, cls, 0)
            assert value == loads(dumps(value), cls)
            _cold(monkeypatch)
            results = _in_threads(functools.partial(_every_bulk_call, value, cls))
            assert [expected] * THREADS == results
            assert gc.isenabled()

    def test_warm(self) -> None:
        """Once built, the hooks give the same results from every thread."""
        roster = _roster()
        expected = _every_bulk_call(roster, Roster, 0)
        for _ in range(WARM_RUNS):
            results = _in_threads(lambda i: _every_bulk_call(roster, Roster, i))
            assert [expected] * THREADS == results
            assert gc.isenabled()


class TestCollector:
    """The bulk calls pause the garbage collector; together they leave it as they found it."""

    @staticmethod
    def _many_loads(i: int) -> int:
        text = dumps(Citation("bylaws", date(2021, 9, 29), f"4.{i}"))
        for _ in range(LOADS_PER_THREAD):
            loads(text, Citation)
        return i

    def test_left_on(self) -> None:
        """Eight threads of loads, many times: the collector is on afterwards."""
        for _ in range(COLLECTOR_RUNS):
            assert list(range(THREADS)) == _in_threads(self._many_loads)
            assert gc.isenabled()

    def test_left_off(self) -> None:
        """A collector the caller switched off stays off."""
        gc.disable()
        try:
            for _ in range(COLLECTOR_RUNS):
                assert list(range(THREADS)) == _in_threads(self._many_loads)
                assert not gc.isenabled()
        finally:
            gc.enable()

    def test_mixed_calls_and_failures(self) -> None:
        """Every bulk call, failing ones included, from eight threads: the collector is on."""
        roster = _roster()
        bad = dumps_document(roster).replace('"gold"', '"gilt"')

        def work(i: int) -> int:
            for _ in range(20):
                _every_bulk_call(roster, Roster, i)
                with pytest.raises(InvalidInputError):
                    loads_document(bad, Roster)
            return i

        for _ in range(COLLECTOR_RUNS):
            assert list(range(THREADS)) == _in_threads(work)
            assert gc.isenabled()
