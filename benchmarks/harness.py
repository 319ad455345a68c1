"""Interleaved timing under three collector settings, and the records the runner prints.

Every contestant of a workload is first called once with the collector as it is by default
(a warm-up whose result the workload cross-checks against the peers' before any time is
kept); that call also records whether the contestant pauses the collector itself (it calls
:func:`gc.disable`). Then each run times every contestant, in an order that rotates from run
to run, under each setting:

``default``
    the collector enabled, as a user's process has it; a library that pauses it inside its
    own calls (as ``openinfra_model`` does in its bulk converters) does so.
``on``
    the collector enabled for all: :func:`gc.disable` is made a no-op for the duration of the
    call, so no library can pause it. Timed only for contestants seen pausing it; for the
    others it is the same setting as ``default`` and the same samples are shown.
``off``
    the collector disabled for all before the call.

The table gives the minimum and the median of the runs.
"""

from __future__ import annotations

import contextlib
import gc
import statistics
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

MODES = ("default", "on", "off")


class DisagreementError(AssertionError):
    """A contestant's result differs from the others': no ratio may be printed."""


@contextlib.contextmanager
def collector(mode: str) -> Iterator[None]:
    """Set the collector for one timed call and restore it afterwards."""
    was_enabled = gc.isenabled()
    original = gc.disable
    if mode == "off":
        gc.disable()
    else:
        gc.enable()
    if mode == "on":
        gc.disable = _no_op
    try:
        yield
    finally:
        gc.disable = original
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def _no_op() -> None:
    """Stands in for :func:`gc.disable` while the collector is forced on."""


@contextlib.contextmanager
def _spy_on_disable() -> Iterator[list[int]]:
    """Count the calls to :func:`gc.disable` made inside the block."""
    calls = [0]
    original = gc.disable

    def disable() -> None:
        calls[0] += 1
        original()

    gc.disable = disable
    try:
        yield calls
    finally:
        gc.disable = original


@dataclass
class Timing:
    """The samples of one contestant in one workload, per collector setting (seconds)."""

    contestant: str
    pauses_collector: bool
    samples: dict[str, list[float]] = field(default_factory=dict)
    note: str = ""

    def stat(self, mode: str) -> tuple[float, float] | None:
        """``(min, median)`` of ``mode``'s samples, or ``None`` when none were taken."""
        values = self.samples.get(mode if self.pauses_collector or mode != "on" else "default")
        if not values:
            return None
        return min(values), statistics.median(values)


@dataclass
class Workload:
    """One workload at one size: what was timed and how the results were cross-checked."""

    name: str
    size: str
    unit: str = "s"
    runs: int = 0
    timings: list[Timing] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Contestants whose result legitimately differs (another variant of the method), with
    #: why; no ratio against them is printed.
    differs: dict[str, str] = field(default_factory=dict)

    def timing(self, contestant: str) -> Timing | None:
        """The timing of ``contestant``, if it ran."""
        return next((t for t in self.timings if t.contestant == contestant), None)


def warm_up(contestants: dict[str, Callable[[], Any]]) -> tuple[dict[str, Any], dict[str, bool]]:
    """Call each contestant once (collector as by default); return results and who pauses it."""
    results: dict[str, Any] = {}
    pauses: dict[str, bool] = {}
    for name, fn in contestants.items():
        gc.collect()
        with collector("default"), _spy_on_disable() as calls:
            results[name] = fn()
        pauses[name] = calls[0] > 0
    return results, pauses


def interleave(
    workload: Workload,
    contestants: dict[str, Callable[[], Any]],
    pauses: dict[str, bool],
    runs: int,
) -> None:
    """Time every contestant ``runs`` times under each setting, interleaved and rotating."""
    names = list(contestants)
    timings = {n: Timing(n, pauses[n], {m: [] for m in MODES}) for n in names}
    for run in range(runs):
        order = names[run % len(names) :] + names[: run % len(names)]
        modes = MODES[run % len(MODES) :] + MODES[: run % len(MODES)]
        for mode in modes:
            for name in order:
                if mode == "on" and not pauses[name]:
                    continue
                gc.collect()
                with collector(mode):
                    t0 = time.perf_counter()
                    result = contestants[name]()
                    elapsed = time.perf_counter() - t0
                del result
                timings[name].samples[mode].append(elapsed)
    workload.runs = runs
    workload.timings.extend(timings.values())


def run_workload(
    workload: Workload,
    contestants: dict[str, Callable[[], Any]],
    check: Callable[[dict[str, Any]], list[str]],
    runs: int,
) -> Workload:
    """Warm up, cross-check (raising :class:`DisagreementError`), then time interleaved runs."""
    results, pauses = warm_up(contestants)
    workload.checks.extend(check(results))
    del results
    interleave(workload, contestants, pauses, runs)
    return workload


def same(label: str, expected: object, actual: object) -> str:
    """Return a check line, or raise :class:`DisagreementError` when the two differ."""
    if expected != actual:
        msg = f"{label}: expected {expected!r}, got {actual!r}"
        raise DisagreementError(msg)
    return f"{label}: equal"
