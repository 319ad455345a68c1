"""Benchmark: load and dump a 110,000-member roster, beside pydantic v2 and msgspec.

Run with ``uv run --group bench python benchmarks/bench_roster.py`` (``--runs N`` for more
runs, ``--quick`` for a smaller roster while developing).

A seeded roster document (700 organisations, 110,000 individuals, about 21 MB of JSON; see
``roster_gen.py``) is loaded from bytes into validated objects and dumped back to bytes by:

- ``ours``: :func:`openinfra_model.loads_document` / :func:`openinfra_model.dumps_document`
  (the library manages the garbage collector inside these bulk calls);
- ``pydantic``: pydantic v2 models of the same data (strict, extra keys forbidden, frozen),
  ``TypeAdapter.validate_json`` / ``dump_json``;
- ``msgspec``: msgspec ``Struct`` models of the same data (frozen, unknown fields forbidden).

The garbage collector stays on for the peers, as users run them. Runs are interleaved (each
run times every library in a rotating order) and the table gives the min and median of each.
Memory is measured in fresh subprocesses, one per library and measure: the memory still held
by the loaded roster (``tracemalloc``, after a collection) and the growth of the peak resident
set size during the load (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
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
from openinfra_model import FeeLevel, IndividualStatus, Roster, Tier
from openinfra_model.membership import Approver, LinuxFoundationLevel, OrganizationKind

if TYPE_CHECKING:
    from collections.abc import Callable

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


# --- the contestants -------------------------------------------------------------------------


class Lib(enum.Enum):
    """A library under test."""

    OURS = "ours"
    PYDANTIC = "pydantic"
    MSGSPEC = "msgspec"


def _codecs(lib: Lib) -> tuple[Callable[[bytes], Any], Callable[[Any], bytes]]:
    if lib is Lib.OURS:
        return (
            lambda b: openinfra_model.loads_document(b, Roster),
            lambda r: openinfra_model.dumps_document(r).encode(),
        )
    if lib is Lib.PYDANTIC:
        adapter = TypeAdapter(PDocument)
        return adapter.validate_json, adapter.dump_json
    decoder = msgspec.json.Decoder(MDocument)
    encoder = msgspec.json.Encoder()
    return decoder.decode, encoder.encode


def _count(lib: Lib, obj: Any) -> int:  # noqa: ANN401
    roster = obj if lib is Lib.OURS else obj.data
    return len(roster.individuals) + len(roster.organizations)


def _time_runs(data: bytes, libs: list[Lib], runs: int) -> dict[Lib, dict[str, list[float]]]:
    codecs = {lib: _codecs(lib) for lib in libs}
    times: dict[Lib, dict[str, list[float]]] = {lib: {"load": [], "dump": []} for lib in libs}
    expected = roster_gen.N_INDIVIDUALS + roster_gen.N_ORGANIZATIONS
    for run in range(runs):
        order = libs[run % len(libs) :] + libs[: run % len(libs)]
        for lib in order:
            load, dump = codecs[lib]
            gc.collect()
            t0 = time.perf_counter()
            obj = load(data)
            t1 = time.perf_counter()
            out = dump(obj)
            t2 = time.perf_counter()
            if _count(lib, obj) != expected or not out:
                msg = f"{lib.value} loaded the wrong roster"
                raise AssertionError(msg)
            times[lib]["load"].append(t1 - t0)
            times[lib]["dump"].append(t2 - t1)
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


def _fmt_s(values: list[float]) -> str:
    return f"{min(values) * 1000:7.0f} {statistics.median(values) * 1000:7.0f}"


def _verdict(ok: bool) -> str:  # noqa: FBT001
    return "met" if ok else "NOT met"


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20250601)
    parser.add_argument("--child", nargs=3, metavar=("LIB", "PATH", "MEASURE"))
    args = parser.parse_args()
    if args.child:
        _memory_child(Lib(args.child[0]), Path(args.child[1]), args.child[2])
        return
    data = roster_gen.roster_bytes(args.seed)
    libs = list(Lib)
    print(
        f"roster: {roster_gen.N_ORGANIZATIONS} organisations, {roster_gen.N_INDIVIDUALS} "
        f"individuals, {len(data) / 1e6:.1f} MB of JSON; {args.runs} interleaved runs; "
        f"Python {sys.version.split()[0]}"
    )
    times = _time_runs(data, libs, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "roster.json"
        path.write_bytes(data)
        retained = {lib: _memory(lib, path, "retained") for lib in libs}
        peak = {lib: _memory(lib, path, "rss") for lib in libs}
    print()
    print(f"{'library':<14} {'load ms (min, median)':>22} {'dump ms (min, median)':>22} "
          f"{'retained MB':>12} {'peak RSS +MB':>13}")  # fmt: skip
    for lib in libs:
        print(
            f"{lib.value:<14} {_fmt_s(times[lib]['load']):>22} {_fmt_s(times[lib]['dump']):>22} "
            f"{retained[lib] / 1e6:12.1f} {peak[lib] / 1e6:13.1f}"
        )
    ours, pyd, msg = Lib.OURS, Lib.PYDANTIC, Lib.MSGSPEC

    def ratio(a: Lib, b: Lib, what: str) -> float:
        return statistics.median(times[a][what]) / statistics.median(times[b][what])

    print()
    print("ratios (medians)                         value   target")
    rows = [
        ("load: ours / pydantic", ratio(ours, pyd, "load"), 1.0),
        ("dump: ours / pydantic", ratio(ours, pyd, "dump"), 4.0),
        ("retained: ours / msgspec", retained[ours] / retained[msg], 1.1),
    ]
    rows += [
        ("load: ours / msgspec", ratio(ours, msg, "load"), None),
        ("dump: ours / msgspec", ratio(ours, msg, "dump"), None),
    ]
    for label, value, target in rows:
        goal = f"<= {target:.1f}  {_verdict(value <= target)}" if target else ""
        print(f"  {label:<36} {value:7.2f}   {goal}")
    growth = peak[ours] / 1e6
    print(f"  {'peak RSS growth, ours (MB)':<36} {growth:7.1f}   < 150  {_verdict(growth < 150)}")


if __name__ == "__main__":
    main()
