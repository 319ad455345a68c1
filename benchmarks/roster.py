"""Roster workloads: load, dump and memory, beside pydantic v2 and msgspec.

A seeded roster document (700 organisations and 110,000 or 1,100,000 individuals; see
:mod:`benchmarks.roster_gen`) is loaded from bytes into validated objects and dumped back to
bytes by:

- ``ours``: :func:`openinfra_model.core.loads_document` and
  :func:`~openinfra_model.core.dumps_document` (the library pauses the garbage collector
  inside these bulk calls);
- ``pydantic``: pydantic v2 models of the same data (strict, extra keys forbidden, frozen),
  ``TypeAdapter.validate_json`` / ``dump_json``;
- ``msgspec``: msgspec ``Struct`` models of the same data (frozen, unknown fields forbidden);
- ``msgspec→attrs``: msgspec decoding into the library's own attrs classes (organisations,
  memberships, individuals and their citations), the :class:`openinfra_model.Roster` built by
  its constructor (which checks ids and references); encoding them back with msgspec.

Before anything is timed, every library's decoded document is dumped and compared with the
input, field by field (decimal strings compare as numbers: ``"1"`` equals ``"1.00"``), and the
roster msgspec built into the attrs classes must equal the library's own. Memory is measured in
fresh subprocesses, one per library and measure: the memory still held by the loaded roster
(``tracemalloc``, after a collection) and the growth of the peak resident set size during the
load.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import gc
import json
import resource
import subprocess
import sys
import tempfile
import tracemalloc
from datetime import date  # noqa: TC003 - pydantic and msgspec read annotations at run time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec
from pydantic import BaseModel, ConfigDict, TypeAdapter

import openinfra_model
from benchmarks import harness, roster_gen
from openinfra_model import FeeLevel, IndividualStatus, Roster, Tier
from openinfra_model.core.convert import VERSION
from openinfra_model.membership import (
    Approver,
    Individual,
    LinuxFoundationLevel,
    Membership,
    Organization,
    OrganizationKind,
)

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
    oif_registry_added: date | None = None


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
    oif_registry_added: date | None = None


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


class ARoster(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """The roster's fields (msgspec), each record one of the library's own attrs classes.

    :class:`Roster` itself is built by its constructor from these (msgspec cannot read its
    class annotations: its cached properties' types are imported for type checking only); the
    constructor checks ids and references as the library's loader does.
    """

    snapshot: date
    organizations: tuple[Organization, ...] = ()
    memberships: tuple[Membership, ...] = ()
    individuals: tuple[Individual, ...] = ()


class ADocument(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """The document envelope (msgspec), its data decoded into the attrs classes."""

    format: str
    version: int
    kind: str
    data: ARoster


def _msgspec_attrs_load(decoder: msgspec.json.Decoder[ADocument], data: bytes) -> Roster:
    doc = decoder.decode(data)
    r = doc.data
    return Roster(
        snapshot=r.snapshot,
        organizations=r.organizations,
        memberships=r.memberships,
        individuals=r.individuals,
    )


def _msgspec_attrs_dump(encoder: msgspec.json.Encoder, roster: Roster) -> bytes:
    return encoder.encode(
        {"format": "openinfra-model", "version": VERSION, "kind": "roster", "data": roster}
    )


# --- the contestants -------------------------------------------------------------------------


OURS_TEXT = "ours (text)"
"""The library's dump to a str (the default of ``dumps_document``), beside its bytes."""


class Lib(enum.Enum):
    """A library under test."""

    OURS = "ours"
    PYDANTIC = "pydantic"
    MSGSPEC = "msgspec"
    MSGSPEC_ATTRS = "msgspec→attrs"


def codecs(lib: Lib) -> tuple[Callable[[bytes], Any], Callable[[Any], bytes]]:
    """The load and dump functions of ``lib`` (bytes in, bytes out)."""
    if lib is Lib.OURS:
        return (
            lambda b: openinfra_model.loads_document(b, Roster),
            lambda r: openinfra_model.dumps_document(r, as_bytes=True),
        )
    if lib is Lib.PYDANTIC:
        adapter = TypeAdapter(PDocument)
        return adapter.validate_json, adapter.dump_json
    encoder = msgspec.json.Encoder()
    if lib is Lib.MSGSPEC:
        return msgspec.json.Decoder(MDocument).decode, encoder.encode
    decoder = msgspec.json.Decoder(ADocument)
    return (
        lambda b: _msgspec_attrs_load(decoder, b),
        lambda r: _msgspec_attrs_dump(encoder, r),
    )


def _roster_of(lib: Lib, obj: Any) -> Any:  # noqa: ANN401
    return obj if lib in {Lib.OURS, Lib.MSGSPEC_ATTRS} else obj.data


def _drop_key(value: Any, key: str) -> None:  # noqa: ANN401
    """Remove ``key`` from every object in a JSON value, in place."""
    if isinstance(value, dict):
        value.pop(key, None)
        for v in value.values():
            _drop_key(v, key)
    elif isinstance(value, list):
        for v in value:
            _drop_key(v, key)


def _without_key(value: Any, key: str) -> Any:  # noqa: ANN401
    """``value`` with ``key`` removed from every object (see :func:`_drop_key`)."""
    _drop_key(value, key)
    return value


def _same_json(path: str, expected: Any, actual: Any) -> None:  # noqa: ANN401
    """Raise :class:`harness.DisagreementError` at the first difference between two JSON values."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        if expected.keys() != actual.keys():
            msg = f"{path}: keys {sorted(expected)} != {sorted(actual)}"
            raise harness.DisagreementError(msg)
        for key, value in expected.items():
            _same_json(f"{path}.{key}", value, actual[key])
        return
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            msg = f"{path}: {len(expected)} items != {len(actual)}"
            raise harness.DisagreementError(msg)
        for i, (a, b) in enumerate(zip(expected, actual, strict=True)):
            _same_json(f"{path}[{i}]", a, b)
        return
    if expected == actual and type(expected) is type(actual):
        return
    if isinstance(expected, str) and isinstance(actual, str):
        with contextlib.suppress(InvalidOperation):
            if Decimal(expected) == Decimal(actual):
                return
    msg = f"{path}: {expected!r} != {actual!r}"
    raise harness.DisagreementError(msg)


def _document_check(data: bytes, libs: list[Lib]) -> list[str]:
    """Load with every library, dump, and compare each dump with the input document."""
    expected = json.loads(data)
    lines = []
    loaded: dict[Lib, Any] = {}
    for lib in libs:
        load, dump = codecs(lib)
        obj = load(data)
        dumped = json.loads(dump(obj))
        if lib is Lib.MSGSPEC_ATTRS:
            # msgspec writes every attrs field; a Citation's confidence is a field the wire
            # format leaves out (the window's mark travels with the dated table, not the
            # document), so it is dropped here before comparing.
            _drop_key(dumped, "confidence")
        _same_json(lib.value, expected, dumped)
        loaded[lib] = obj
        roster = _roster_of(lib, obj)
        lines.append(
            f"{lib.value}: decoded and dumped document equals the input "
            f"({len(roster.individuals):,} individuals, {len(roster.organizations)} organisations)"
        )
    if Lib.OURS in loaded and Lib.MSGSPEC_ATTRS in loaded:
        lines.append(
            harness.same(
                "ours == msgspec→attrs (attrs equality of the Roster)",
                loaded[Lib.OURS],
                loaded[Lib.MSGSPEC_ATTRS],
            )
        )
    return lines


def load_dump(data: bytes, size: str, runs: int) -> list[harness.Workload]:
    """The load and the dump workloads of one roster document."""
    libs = list(Lib)
    checks = _document_check(data, libs)
    load = harness.Workload("roster load", size)
    load.checks.extend(checks)
    loaders = {lib.value: codecs(lib)[0] for lib in libs}
    harness.run_workload(
        load, {name: (lambda f=f: f(data)) for name, f in loaders.items()}, lambda _: [], runs
    )
    dump = harness.Workload("roster dump", size)
    dump.checks.append("dumps compared with the input above")
    objs = {lib.value: codecs(lib)[0](data) for lib in libs}
    dumpers = {lib.value: codecs(lib)[1] for lib in libs}
    contestants: dict[str, Callable[[], Any]] = {
        name: functools.partial(f, objs[name]) for name, f in dumpers.items()
    }
    # The library's text form too (a str, as dumps_document gives by default): report only.
    contestants[OURS_TEXT] = functools.partial(openinfra_model.dumps_document, objs["ours"])
    harness.run_workload(
        dump,
        contestants,
        lambda results: [
            *(
                harness.same(
                    f"{name} dump is the same JSON as ours",
                    json.loads(results["ours"]),
                    _without_key(json.loads(out), "confidence"),
                )
                for name, out in results.items()
                if name == "msgspec→attrs"
            ),
            harness.same(
                "our text, encoded, is our bytes", results["ours"], results[OURS_TEXT].encode()
            ),
        ],
        runs,
    )
    del objs
    return [load, dump]


# --- memory, in fresh processes ---------------------------------------------------------------


def memory_child(lib: Lib, path: Path, measure: str) -> None:
    """Measure one library in this (fresh) process and print the result as JSON."""
    data = path.read_bytes()
    load, _dump = codecs(lib)
    # Warm up: build hooks, import lazily imported modules, on a tiny roster.
    load(json.dumps(roster_gen.roster_document(individuals=2)).encode())
    gc.collect()
    if measure == "retained":
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        obj = load(data)
        gc.collect()
        retained = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        n = len(_roster_of(lib, obj).individuals)
        print(json.dumps({"bytes": retained, "n": n}))
        return
    before = _reset_peak_rss()
    obj = load(data)
    after = _peak_rss()
    print(json.dumps({"bytes": after - before, "n": len(_roster_of(lib, obj).individuals)}))


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


def _memory(lib: Lib, path: Path, measure: str, individuals: int) -> int:
    cmd = [sys.executable, "-m", "benchmarks.roster", lib.value, str(path), measure]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    if result["n"] != individuals:
        msg = f"{lib.value} loaded {result['n']} individuals in its memory run, not {individuals}"
        raise harness.DisagreementError(msg)
    return int(result["bytes"])


def memory(data: bytes, size: str, individuals: int) -> harness.Workload:
    """Retained memory and peak RSS growth of each library's load, one process per measure."""
    work = harness.Workload("roster memory", size, unit="MB", runs=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "roster.json"
        path.write_bytes(data)
        for lib in Lib:
            retained = _memory(lib, path, "retained", individuals)
            peak = _memory(lib, path, "rss", individuals)
            work.timings.append(
                harness.Timing(
                    lib.value,
                    pauses_collector=False,
                    samples={"retained": [retained / 1e6], "peak RSS growth": [peak / 1e6]},
                )
            )
    work.checks.append(f"each child loaded {individuals:,} individuals")
    return work


if __name__ == "__main__":
    memory_child(Lib(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
