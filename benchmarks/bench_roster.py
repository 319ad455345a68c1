"""Benchmark: load and dump a 110,000-member roster, beside pydantic v2 and msgspec.

Run with ``uv run --group bench python benchmarks/bench_roster.py`` (``--runs N`` for more
runs, ``--clock cpu`` to time this process's CPU time instead of the wall clock, which is
steadier on a machine busy with other work).

A seeded roster document (700 organisations, 110,000 individuals, about 21 MB of JSON; see
``roster_gen.py``) is loaded from bytes into validated objects and dumped back to bytes by:

- ``ours``: :func:`openinfra_model.loads_document` / :func:`openinfra_model.dumps_document`,
  as shipped (the library manages the garbage collector inside these bulk calls);
- ``ours-cattrs``: the same library's strict cattrs hooks alone (``converter.structure`` /
  ``converter.unstructure`` and ``json.dumps``), without the generated fast path, the
  collector managed as the library manages it;
- ``pydantic``: pydantic v2 models of the same data (strict, extra keys forbidden, frozen),
  ``TypeAdapter.validate_json`` / ``dump_json``;
- ``msgspec``: msgspec ``Struct`` models of the same data (frozen, unknown fields forbidden);
- ``msgspec-attrs``: msgspec decoding into the library's own ``attrs`` classes (their
  validators and the roster's reference checks run) and encoding them.

Every library is timed with the collector as it runs by default (the peers with it on, the
library pausing it inside its own calls), with it off for all, and with it on for all (the
library's pause switched off). Runs are interleaved (each run times every library in a
rotating order) and the tables give the min and median of each. Before any time is taken,
each library's decoded roster is dumped and read back, and must equal the input document.
Memory is measured in fresh subprocesses, one per library and measure: the memory still held
by the loaded roster (``tracemalloc``, after a collection) and the growth of the peak resident
set size during the load (``ru_maxrss``).
"""

# ruff: noqa: SLF001 - ours-cattrs runs the library's own private hooks, apart from its fast path

from __future__ import annotations

import argparse
import collections.abc
import contextlib
import enum
import gc
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date  # noqa: TC003 - pydantic and msgspec read annotations at run time
from decimal import Decimal  # noqa: TC003 - same
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec
from pydantic import BaseModel, ConfigDict, TypeAdapter

sys.path.insert(0, str(Path(__file__).parent))

import roster_gen

import openinfra_model
import openinfra_model.roster
from openinfra_model import (
    Approver,
    FeeLevel,
    IndividualStatus,
    LinuxFoundationLevel,
    OrganizationKind,
    Roster,
    Tier,
    convert,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# --- pydantic v2 models of the same data -----------------------------------------------------

_STRICT = ConfigDict(strict=True, extra="forbid", frozen=True)


class PCitation(BaseModel):
    """A citation (pydantic)."""

    model_config = _STRICT
    document: str
    version: date
    section: str
    quote: str | None = None


class PControlLink(BaseModel):
    """A control link (pydantic)."""

    model_config = _STRICT
    parent: str
    share: Decimal | None = None
    controls: bool = False
    since: date | None = None
    until: date | None = None


class POrganization(BaseModel):
    """An organisation (pydantic)."""

    model_config = _STRICT
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: OrganizationKind = OrganizationKind.COMPANY
    controlled_by: tuple[PControlLink, ...] = ()
    annual_revenue: Decimal | None = None
    sources: tuple[PCitation, ...] = ()


class PLinuxFoundationMembership(BaseModel):
    """An LF membership (pydantic)."""

    model_config = _STRICT
    level: LinuxFoundationLevel
    since: date
    until: date | None = None


class PMembership(BaseModel):
    """A membership (pydantic)."""

    model_config = _STRICT
    organization: str
    tier: Tier
    fee_level: FeeLevel = FeeLevel.ESTABLISHED
    signed: date
    approved: date | None = None
    approver: Approver | None = None
    term_start: date | None = None
    term_end: date | None = None
    contributor_ftes: Decimal | None = None
    linux_foundation: PLinuxFoundationMembership | None = None
    startup_agreement_signed: date | None = None
    sources: tuple[PCitation, ...] = ()


class PIndividual(BaseModel):
    """An individual (pydantic)."""

    model_config = _STRICT
    id: str
    name: str
    status: IndividualStatus
    member_since: date | None = None
    oif_agreement_signed: date | None = None
    employer: str | None = None


class PRoster(BaseModel):
    """A roster (pydantic)."""

    model_config = _STRICT
    snapshot: date
    organizations: tuple[POrganization, ...] = ()
    memberships: tuple[PMembership, ...] = ()
    individuals: tuple[PIndividual, ...] = ()


class PDocument(BaseModel):
    """The document envelope (pydantic)."""

    model_config = _STRICT
    format: str
    version: int
    kind: str
    data: PRoster


# --- msgspec models of the same data ---------------------------------------------------------


class MCitation(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A citation (msgspec)."""

    document: str
    version: date
    section: str
    quote: str | None = None


class MControlLink(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A control link (msgspec)."""

    parent: str
    share: Decimal | None = None
    controls: bool = False
    since: date | None = None
    until: date | None = None


class MOrganization(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """An organisation (msgspec)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: OrganizationKind = OrganizationKind.COMPANY
    controlled_by: tuple[MControlLink, ...] = ()
    annual_revenue: Decimal | None = None
    sources: tuple[MCitation, ...] = ()


class MLinuxFoundationMembership(
    msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True
):
    """An LF membership (msgspec)."""

    level: LinuxFoundationLevel
    since: date
    until: date | None = None


class MMembership(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A membership (msgspec)."""

    organization: str
    tier: Tier
    fee_level: FeeLevel = FeeLevel.ESTABLISHED
    signed: date
    approved: date | None = None
    approver: Approver | None = None
    term_start: date | None = None
    term_end: date | None = None
    contributor_ftes: Decimal | None = None
    linux_foundation: MLinuxFoundationMembership | None = None
    startup_agreement_signed: date | None = None
    sources: tuple[MCitation, ...] = ()


class MIndividual(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """An individual (msgspec)."""

    id: str
    name: str
    status: IndividualStatus
    member_since: date | None = None
    oif_agreement_signed: date | None = None
    employer: str | None = None


class MRoster(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A roster (msgspec)."""

    snapshot: date
    organizations: tuple[MOrganization, ...] = ()
    memberships: tuple[MMembership, ...] = ()
    individuals: tuple[MIndividual, ...] = ()


class MDocument(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """The document envelope (msgspec)."""

    format: str
    version: int
    kind: str
    data: MRoster


# --- msgspec decoding into the library's own attrs classes ----------------------------------

# msgspec evaluates every annotation of a class, the roster's cached properties included, whose
# types the library imports only for type checking: give it the one name it needs.
openinfra_model.roster.Mapping = collections.abc.Mapping  # type: ignore[attr-defined]


class MADocument(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """The document envelope around the library's own Roster (msgspec)."""

    format: str
    version: int
    kind: str
    data: Roster


# --- the contestants -------------------------------------------------------------------------


class Lib(enum.Enum):
    """A library under test."""

    OURS = "ours"
    OURS_CATTRS = "ours-cattrs"
    PYDANTIC = "pydantic"
    MSGSPEC = "msgspec"
    MSGSPEC_ATTRS = "msgspec-attrs"


class Collector(enum.Enum):
    """How the garbage collector runs during a timed call."""

    DEFAULT = "default"  # the peers with it on; the library pauses it inside its own calls
    OFF = "off"  # off for all
    ON = "on"  # on for all: the library's own pause is switched off too


def _cattrs_load(data: bytes) -> Roster:
    """The library's strict cattrs hooks alone: no generated fast path."""
    with convert._collector_paused():
        doc = convert._parse(data)
        if not (
            type(doc) is dict
            and doc.keys() == {"format", "version", "kind", "data"}
            and doc["format"] == convert.FORMAT
            and doc["version"] == convert.VERSION
            and doc["kind"] == "roster"
        ):
            msg = "not a roster document"
            raise ValueError(msg)
        try:
            return convert.converter.structure(doc["data"], Roster)  # type: ignore[no-any-return]
        except Exception as exc:
            raise convert._invalid(exc) from exc


def _cattrs_dump(roster: Roster) -> bytes:
    with convert._collector_paused():
        doc = {
            "format": convert.FORMAT,
            "version": convert.VERSION,
            "kind": "roster",
            "data": convert.converter.unstructure(roster),
        }
        return convert._to_json(doc, None).encode()


def _codecs(lib: Lib) -> tuple[Callable[[bytes], Any], Callable[[Any], bytes]]:
    if lib is Lib.OURS:
        return (
            lambda b: openinfra_model.loads_document(b, Roster),
            lambda r: openinfra_model.dumps_document(r).encode(),
        )
    if lib is Lib.OURS_CATTRS:
        return _cattrs_load, _cattrs_dump
    if lib is Lib.PYDANTIC:
        adapter = TypeAdapter(PDocument)
        return adapter.validate_json, adapter.dump_json
    encoder = msgspec.json.Encoder()
    if lib is Lib.MSGSPEC:
        return msgspec.json.Decoder(MDocument).decode, encoder.encode
    decoder = msgspec.json.Decoder(MADocument)
    return decoder.decode, encoder.encode


def _ours(lib: Lib) -> bool:
    return lib in {Lib.OURS, Lib.OURS_CATTRS}


def _count(lib: Lib, obj: Any) -> int:  # noqa: ANN401
    roster = obj if _ours(lib) else obj.data
    return len(roster.individuals) + len(roster.organizations)


def _cross_check(data: bytes, libs: list[Lib]) -> None:
    """Each library's decoded roster, written back, must be the input document."""
    expected = json.loads(data)
    for lib in libs:
        load, dump = _codecs(lib)
        if json.loads(dump(load(data))) != expected:
            msg = f"{lib.value}: the decoded roster, written back, is not the input document"
            raise AssertionError(msg)


@contextlib.contextmanager
def _collector(mode: Collector, lib: Lib) -> Iterator[None]:
    """Run the timed call with the collector as ``mode`` says, restoring everything after."""
    paused = convert._collector_paused
    if mode is Collector.OFF:
        gc.disable()
    elif mode is Collector.ON and _ours(lib):
        convert._collector_paused = contextlib.nullcontext  # type: ignore[assignment]
    try:
        yield
    finally:
        convert._collector_paused = paused
        gc.enable()


Times = dict[tuple[Lib, Collector], dict[str, list[float]]]


def _time_runs(data: bytes, libs: list[Lib], runs: int, clock: Callable[[], float]) -> Times:
    codecs = {lib: _codecs(lib) for lib in libs}
    times: Times = {(lib, m): {"load": [], "dump": []} for lib in libs for m in Collector}
    expected = roster_gen.N_INDIVIDUALS + roster_gen.N_ORGANIZATIONS
    for run in range(runs):
        order = libs[run % len(libs) :] + libs[: run % len(libs)]
        for mode in Collector:
            for lib in order:
                load, dump = codecs[lib]
                gc.collect()
                with _collector(mode, lib):
                    t0 = clock()
                    obj = load(data)
                    t1 = clock()
                    out = dump(obj)
                    t2 = clock()
                if _count(lib, obj) != expected or not out:
                    msg = f"{lib.value} loaded the wrong roster"
                    raise AssertionError(msg)
                times[lib, mode]["load"].append(t1 - t0)
                times[lib, mode]["dump"].append(t2 - t1)
                del obj, out
    return times


def _memory_child(lib: Lib, path: Path, measure: str) -> None:
    """Measure one library in this (fresh) process and print the result as JSON."""
    data = path.read_bytes()
    load, _dump = _codecs(lib)
    # Warm up: build hooks, import lazily imported modules, on a tiny roster.
    load(json.dumps(_tiny_document()).encode())
    gc.collect()
    if measure == "retained":
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        obj = load(data)
        gc.collect()
        retained = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        print(json.dumps({"retained": retained, "n": _count(lib, obj)}))
        return
    before = _reset_peak_rss()
    obj = load(data)
    after = _peak_rss()
    print(json.dumps({"peak_growth": after - before, "n": _count(lib, obj)}))


def _peak_rss() -> int:
    """The peak resident set size of this process, in bytes.

    Linux's ``VmHWM`` (which :func:`_reset_peak_rss` can reset); elsewhere ``ru_maxrss``, which
    a child process may inherit from its parent and so overstate the baseline.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _reset_peak_rss() -> int:
    """Reset the peak to the current resident set size where Linux allows; return the peak."""
    clear_refs = Path("/proc/self/clear_refs")
    with contextlib.suppress(OSError):
        clear_refs.write_text("5")
    return _peak_rss()


def _tiny_document() -> dict[str, Any]:
    return {
        "format": "openinfra-model",
        "version": 1,
        "kind": "roster",
        "data": {
            "snapshot": "2025-09-01",
            "organizations": [
                {
                    "id": "a",
                    "name": "A",
                    "aliases": [],
                    "kind": "company",
                    "controlled_by": [],
                    "annual_revenue": None,
                    "sources": [],
                }
            ],
            "memberships": [],
            "individuals": [
                {
                    "id": "1",
                    "name": "B",
                    "status": "community",
                    "member_since": None,
                    "oif_agreement_signed": None,
                    "employer": "a",
                }
            ],
        },
    }


def _memory(lib: Lib, path: Path, measure: str) -> int:
    script = Path(__file__).resolve()
    cmd = [sys.executable, str(script), "--child", lib.value, str(path), measure]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    return int(result["retained" if measure == "retained" else "peak_growth"])


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:5.0f} ({min(values) * 1000:4.0f})"


def _verdict(ok: bool) -> str:  # noqa: FBT001
    return "met" if ok else "NOT met"


def _print_tables(times: Times, libs: list[Lib], memory: dict[str, dict[Lib, int]]) -> None:
    for what in ("load", "dump"):
        print()
        print(f"{what} ms, median (min), by collector mode")
        print(f"  {'library':<14}" + "".join(f"{m.value:>14}" for m in Collector))
        for lib in libs:
            cells = "".join(f"{_ms(times[lib, m][what]):>14}" for m in Collector)
            print(f"  {lib.value:<14}{cells}")
    print()
    print(f"  {'library':<14} {'retained MB':>12} {'peak RSS +MB':>13}")
    for lib in libs:
        retained, peak = memory["retained"][lib] / 1e6, memory["rss"][lib] / 1e6
        print(f"  {lib.value:<14} {retained:12.1f} {peak:13.1f}")


def _print_ratios(times: Times, memory: dict[str, dict[Lib, int]]) -> None:
    def ratio(a: Lib, b: Lib, what: str, mode: Collector = Collector.DEFAULT) -> float:
        return statistics.median(times[a, mode][what]) / statistics.median(times[b, mode][what])

    pyd, msa, msg = Lib.PYDANTIC, Lib.MSGSPEC_ATTRS, Lib.MSGSPEC
    off = Collector.OFF
    retained = memory["retained"]
    print()
    print("ratios (medians; collector as each runs by default unless said)   value   target")
    for ours in (Lib.OURS, Lib.OURS_CATTRS):
        rows: list[tuple[str, float, float | None]] = [
            (f"load: {ours.value} / pydantic", ratio(ours, pyd, "load"), 1.0),
            (f"load: {ours.value} / pydantic, collector off", ratio(ours, pyd, "load", off), None),
            (f"dump: {ours.value} / pydantic", ratio(ours, pyd, "dump"), 1.2),
            (f"retained: {ours.value} / msgspec", retained[ours] / retained[msg], 1.0),
            (f"load: {ours.value} / msgspec-attrs", ratio(ours, msa, "load"), 2.5),
            (f"load: {ours.value} / msgspec-attrs, collector off", ratio(ours, msa, "load", off),
             None),
            (f"load: {ours.value} / msgspec", ratio(ours, msg, "load"), None),
            (f"dump: {ours.value} / msgspec", ratio(ours, msg, "dump"), None),
        ]  # fmt: skip
        for label, value, target in rows:
            goal = f"<= {target:.1f}  {_verdict(value <= target)}" if target else ""
            print(f"  {label:<62} {value:6.2f}   {goal}")
    for ours in (Lib.OURS, Lib.OURS_CATTRS):
        paused = statistics.median(times[ours, Collector.DEFAULT]["load"])
        on = statistics.median(times[ours, Collector.ON]["load"])
        print(f"  load: {ours.value}, collector on / paused{'':<29} {on / paused:6.2f}")
    growth = memory["rss"][Lib.OURS] / 1e6
    print(f"  {'peak RSS growth, ours (MB)':<62} {growth:6.1f}   < 150  {_verdict(growth < 150)}")


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20250601)
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall-clock time (default) or this process's CPU time (steadier on a busy machine)",
    )
    parser.add_argument("--child", nargs=3, metavar=("LIB", "PATH", "MEASURE"))
    args = parser.parse_args()
    if args.child:
        _memory_child(Lib(args.child[0]), Path(args.child[1]), args.child[2])
        return
    started = time.perf_counter()
    data = roster_gen.roster_bytes(args.seed)
    libs = list(Lib)
    print(
        f"roster: {roster_gen.N_ORGANIZATIONS} organisations, {roster_gen.N_INDIVIDUALS} "
        f"individuals, {len(data) / 1e6:.1f} MB of JSON; {args.runs} interleaved runs; "
        f"{args.clock} clock; Python {sys.version.split()[0]}"
    )
    _cross_check(data, libs)
    print("cross-check: every library's decoded roster, written back, equals the input")
    clock = time.perf_counter if args.clock == "wall" else time.process_time
    times = _time_runs(data, libs, args.runs, clock)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "roster.json"
        path.write_bytes(data)
        memory = {m: {lib: _memory(lib, path, m) for lib in libs} for m in ("retained", "rss")}
    _print_tables(times, libs, memory)
    _print_ratios(times, memory)
    print(f"\nfull run: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
