r"""The ``openinfra-model`` command-line tool.

Each sub-command answers one question with the same rules the library exposes, on the data
the user names or, with none, on the bundled foundation record. Every sub-command takes the
same options:

=================  =================================================================
``--data PATH``    the data: a document file, or the record's folder (``record.json``,
                   ``community.json``, ``individuals-synthetic.json``); default: the
                   bundled record. The output says which data was used.
``--as-of DATE``   the date asked about (``YYYY-MM-DD``; default: today)
``--json``         print the converter's document (:func:`~openinfra_model.dumps_document`)
                   instead of text: one document, or a JSON array of documents
``--max-bytes N``  the largest file read (default :data:`DEFAULT_MAX_BYTES`, 2 GiB;
                   ``K``, ``M``, ``G`` suffixes)
=================  =================================================================

``count`` also takes the ballot file as a positional ``FILE``. Every file goes through the
strict converter or the strict BLT reader; a file that cannot be read or is not a valid
document is refused with one line on stderr and exit code 2, never a traceback. Text on the
terminal has its control characters escaped (``\x1b``) and its lines wrapped to the
terminal's width. The old ``--roster`` and ``--file`` options still work, with a warning on
stderr (use ``--data``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import re
import shutil
import stat
import sys
import textwrap
import unicodedata
from datetime import date
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

import attrs

import openinfra_model
from openinfra_model.core.convert import (
    FIRST_VERSION,
    VERSION,
    dumps_document,
    kind_of,
    loads,
    loads_document,
)
from openinfra_model.core.decisions import Status
from openinfra_model.core.errors import InvalidInputError, OpenInfraModelError
from openinfra_model.core.regimes import FIRST_DATE, regime_on
from openinfra_model.elections.model import VotingMethod

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from openinfra_model.community import CommunityData
    from openinfra_model.counting import CountResult
    from openinfra_model.membership.roster import Roster
    from openinfra_model.record.boards import BoardRecord
    from openinfra_model.record.foundation import FoundationRecord

__all__ = ["DEFAULT_MAX_BYTES", "build_parser", "main"]

DEFAULT_MAX_BYTES: Final = 2 * 1024**3
"""The largest file a command reads by default: 2 GiB (``--max-bytes`` changes it).

A roster of 1.1 million individuals is about 205 MB; the converter's own limit
(:data:`~openinfra_model.core.convert.MAX_DOCUMENT_SIZE`) is the same 2 GiB.
"""

FALLBACK_WIDTH: Final = 100
"""The line width when the terminal's cannot be known (output to a file or a pipe)."""

RECORD_FILE: Final = "record.json"
COMMUNITY_FILE: Final = "community.json"
SYNTHETIC_FILE: Final = "individuals-synthetic.json"

_PROG = "openinfra-model"
_NONE = "\u2014"
_KIND = re.compile(rb'"kind"\s*:\s*"([A-Za-z0-9_]{1,64})"')
_PEEK = 1 << 16


class _FileError(Exception):
    """A file or request the command cannot take: one line, exit code 2."""


# ---------------------------------------------------------------------------- output


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _safe(line: str) -> str:
    """The line with control and invisible format characters escaped (tabs kept)."""
    if line.isprintable():
        return line
    return "".join(
        c if c.isprintable() or c == "\t" or unicodedata.category(c) == "Zs" else _escape(c)
        for c in line
    )


def _fit(line: str, width: int) -> list[str]:
    """The line wrapped to ``width``, continuation lines indented four more spaces."""
    if len(line) <= width:
        return [line]
    body = line.strip()
    if body and len(set(body)) == 1:  # a rule of ===== or -----
        return [line[:width]]
    lead = line[: len(line) - len(line.lstrip())]
    if len(lead) > width // 2:
        lead = ""
    return textwrap.wrap(
        line,
        width,
        subsequent_indent=lead + "    ",
        break_long_words=True,
        break_on_hyphens=False,
        expand_tabs=False,
        replace_whitespace=False,
    ) or [line[:width]]


class _Out:
    """Where a command writes: escaped, wrapped text, or one JSON text."""

    def __init__(self, width: int) -> None:
        self.width = width

    def __call__(self, text: str = "") -> None:
        """Print ``text`` (any number of lines), escaped and wrapped."""
        write = sys.stdout.write
        for raw in text.split("\n"):
            for line in _fit(_safe(raw), self.width):
                write(line + "\n")

    def raw(self, text: str) -> None:
        """Print ``text`` escaped but not wrapped (HTML, where a break could split a tag)."""
        sys.stdout.write("\n".join(_safe(line) for line in text.split("\n")) + "\n")

    def json(self, document: object) -> None:
        """Print one document."""
        self._json(dumps_document(document))

    def json_array(self, documents: Iterable[object]) -> None:
        """Print a JSON array of documents."""
        self._json("[" + ",".join(dumps_document(d) for d in documents) + "]")

    @staticmethod
    def _json(text: str) -> None:
        if not text.isprintable():  # control characters inside strings: JSON escapes
            text = "".join(c if c.isprintable() else _json_escape(c) for c in text)
        sys.stdout.write(text + "\n")


def _json_escape(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _human(value: object) -> str:  # noqa: PLR0911  (one return per kind of value)
    """A parameter value as a person reads it: no Python reprs.

    Dates ISO, decimals with thousands separators, enums by value, ``None`` as a dash,
    collections joined, and ``attrs`` classes without a text form of their own as
    ``field value`` pairs.
    """
    if value is None:
        return _NONE
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,f}"
    if isinstance(value, int | Fraction | str):
        return str(value)
    if isinstance(value, tuple | list | frozenset | set):
        items = [_human(v) for v in value]
        return ", ".join(items if isinstance(value, tuple | list) else sorted(items)) or _NONE
    if type(value).__str__ is object.__str__ and attrs.has(type(value)):
        fields = attrs.fields(cast("Any", type(value)))
        return "; ".join(
            f"{f.name.replace('_', ' ')} {_human(getattr(value, f.name))}" for f in fields
        )
    return str(value)


# ---------------------------------------------------------------------------- input


def _size(text: str) -> int:
    units = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
    match = re.fullmatch(r"\s*([0-9]+)\s*([KMG]?)(?:i?B)?\s*", text, re.IGNORECASE)
    if match is None or int(match[1]) < 1:
        msg = f"not a size in bytes (such as 500M or 3G): {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(match[1]) * units[match[2].upper()]


def _iso_date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError(text)  # noqa: TRY301
        return date.fromisoformat(text)
    except ValueError:
        msg = f"not a YYYY-MM-DD date: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _read(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a one-line refusal."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        msg = f"{path}: no such file"
        raise _FileError(msg) from None
    except OSError as err:
        msg = f"{path}: cannot read it ({err.strerror or type(err).__name__})"
        raise _FileError(msg) from None
    if stat.S_ISDIR(info.st_mode):
        msg = f"{path}: is a folder, not a file"
        raise _FileError(msg)
    if not stat.S_ISREG(info.st_mode):
        msg = f"{path}: is not a regular file (a FIFO, a device or a socket): not read"
        raise _FileError(msg)
    too_big = f"{path}: more than the limit of {limit:,} bytes (--max-bytes)"
    if info.st_size > limit:
        msg = f"{path}: {info.st_size:,} bytes, more than the limit of {limit:,} (--max-bytes)"
        raise _FileError(msg)
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as err:
        msg = f"{path}: cannot read it ({err.strerror or type(err).__name__})"
        raise _FileError(msg) from None
    if len(data) > limit:
        raise _FileError(too_big)
    if not data.strip():
        msg = f"{path}: is empty"
        raise _FileError(msg)
    return data


def _one_line(err: BaseException) -> str:
    """An error as one line: the first problem, and how many more there are."""
    if isinstance(err, InvalidInputError):
        first, more = str(err.problems[0]), len(err.problems) - 1
        return first + (f" (and {more} more problem{'s' * (more > 1)})" if more else "")
    lines = str(err).splitlines() or [type(err).__name__]
    return lines[0]


def _peek_kind(raw: bytes) -> str | None:
    """The ``kind`` of a document's envelope, if it comes before its ``data``."""
    head = raw[:_PEEK]
    end = head.find(b'"data"')
    found = _KIND.search(head[: end if end >= 0 else len(head)])
    return found[1].decode("ascii") if found else None


def _load_as(path: Path, raw: bytes, classes: Sequence[type], limit: int) -> object:
    """Read a document of one of ``classes`` (chosen by its kind) through the converter."""
    kinds = {kind_of(c): c for c in classes}
    kind = _peek_kind(raw)
    if kind is not None and kind not in kinds:
        wanted = " or ".join(repr(k) for k in kinds)
        msg = f"{path}: a {kind!r} document; this command reads a {wanted} document"
        raise _FileError(msg)
    cls = kinds[kind] if kind is not None else classes[0]
    try:
        return loads_document(raw, cls, max_size=limit)
    except InvalidInputError as err:
        msg = f"{path}: {_one_line(err)}"
        raise _FileError(msg) from None


class _Data:
    """The data a command reads: ``--data`` (a file or the record's folder) or the bundled."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.path: Path | None = None if args.data is None else Path(args.data)
        self.limit: int = args.max_bytes

    @property
    def bundled(self) -> bool:
        return self.path is None

    def _file(self, name: str, *, required: bool = True) -> Path | None:
        """``--data`` itself, or the named file of the record's folder."""
        assert self.path is not None  # noqa: S101  (callers check bundled first)
        if not self.path.is_dir():
            return self.path
        inner = self.path / name
        if inner.exists() or required:
            if not inner.exists():
                msg = f"{self.path}: the folder has no {name}"
                raise _FileError(msg)
            return inner
        return None

    def record(self, *classes: type) -> tuple[Path, object]:
        """The record file read as one of ``classes``."""
        path = self._file(RECORD_FILE)
        assert path is not None  # noqa: S101
        return path, _load_as(path, _read(path, self.limit), classes, self.limit)

    def community(self, *, required: bool = True) -> tuple[Path, CommunityData] | None:
        """The community data of the folder (or the file named), if any."""
        from openinfra_model.community import CommunityData  # noqa: PLC0415

        path = self._file(COMMUNITY_FILE, required=required)
        if path is None:
            return None
        data = _load_as(path, _read(path, self.limit), (CommunityData,), self.limit)
        return path, data  # type: ignore[return-value]

    def synthetic(self) -> tuple[Path, Any] | None:
        """The folder's SYNTHETIC individuals, if it has them."""
        from openinfra_model.record.synthetic import SyntheticIndividuals  # noqa: PLC0415

        if self.path is None or not self.path.is_dir():
            return None
        path = self._file(SYNTHETIC_FILE, required=False)
        if path is None:
            return None
        return path, _load_as(path, _read(path, self.limit), (SyntheticIndividuals,), self.limit)


def _bundled_label() -> str:
    from openinfra_model.record.foundation import foundation_record  # noqa: PLC0415

    snap = foundation_record().snapshot.isoformat()
    return f"bundled foundation record (openinfra_model/data/record.json, snapshot {snap})"


def _roster(data: _Data) -> tuple[Roster, str, FoundationRecord | None]:
    """The roster of the data, its label and the foundation record it came from (if so)."""
    from openinfra_model.membership.roster import Roster  # noqa: PLC0415
    from openinfra_model.record.foundation import (  # noqa: PLC0415
        FoundationRecord,
        foundation_record,
    )
    from openinfra_model.record.roster import default_roster  # noqa: PLC0415

    if data.bundled:
        return default_roster(), _bundled_label(), foundation_record()
    path, doc = data.record(Roster, FoundationRecord)
    if isinstance(doc, FoundationRecord):
        return doc.roster(), f"{path} (foundation record)", doc
    assert isinstance(doc, Roster)  # noqa: S101
    return doc, str(path), None


def _board_record(data: _Data) -> tuple[BoardRecord, str, FoundationRecord | None]:
    """The board record of the data, its label and the foundation record behind it."""
    from openinfra_model.record.boards import BoardRecord  # noqa: PLC0415
    from openinfra_model.record.foundation import (  # noqa: PLC0415
        FoundationRecord,
        foundation_record,
    )

    if data.bundled:
        from openinfra_model.record.boards import load_board_record  # noqa: PLC0415

        return load_board_record(), _bundled_label(), foundation_record()
    path, doc = data.record(BoardRecord, FoundationRecord)
    if isinstance(doc, FoundationRecord):
        record = BoardRecord(
            board=doc.board(),
            memberships=doc.library_memberships(),
            sources=tuple(doc.citation(k) for k in sorted(doc.sources) if k[:3] == "BP-"),
            notes=(*doc.notes, *(f"{k}: {v}" for k, v in doc.choices.items())),
        )
        return record, f"{path} (foundation record)", doc
    assert isinstance(doc, BoardRecord)  # noqa: S101
    return doc, str(path), None


# ---------------------------------------------------------------------------- commands


def _import_every_rule() -> None:
    """Import every rule module, so that every dated table is registered."""
    skip = ("strategies", "_strategy_table", "_hypothesis_plugin", "__main__", "_compat", "cli")
    for info in pkgutil.walk_packages(openinfra_model.__path__, "openinfra_model."):
        if not info.name.rsplit(".", 1)[-1].startswith(skip):
            importlib.import_module(info.name)


def _cmd_regime(args: argparse.Namespace, out: _Out) -> int:
    if args.data is not None:
        msg = (
            "regime reads no data file: the rules in force are the library's own dated "
            "tables (drop --data)"
        )
        raise _FileError(msg)
    _import_every_rule()
    regime = regime_on(as_of=args.as_of)
    if args.json:
        out.json_array(regime.documents)
        return 0
    out(f"Rules in force on {regime.as_of.isoformat()}")
    out("Data: the library's dated tables (openinfra_model.core.regimes)")
    out()
    out("Documents:")
    for doc in regime.documents:
        out(f"  {doc.key:<30} {doc.title}")
    out()
    out(f"Parameters ({len(regime.parameters)}):")
    for rule_id, window in regime.parameters.items():
        out(f"  {rule_id}: {_human(window.value)}")
        out(f"      from {window.start.isoformat()} [{window.confidence.value}] {window.citation}")
    return 0


def _cmd_community(args: argparse.Namespace, out: _Out) -> int:
    from openinfra_model.community import load_community  # noqa: PLC0415
    from openinfra_model.report import community_report  # noqa: PLC0415

    data = _Data(args)
    if data.bundled:
        community, label = (
            load_community(),
            "bundled community data (openinfra_model/data/community.json)",
        )
    else:
        found = data.community()
        assert found is not None  # noqa: S101
        path, community = found
        label = str(path)
    if args.json:
        out.json(community)
        return 0
    out(f"Data: {label}")
    out(community_report(community, as_of=args.as_of).rstrip("\n"))
    return 0


def _cmd_report(args: argparse.Namespace, out: _Out) -> int:
    from openinfra_model.community import load_community  # noqa: PLC0415
    from openinfra_model.report import community_report, dues_statement, members_report  # noqa: PLC0415

    data = _Data(args)
    roster, label, _ = _roster(data)
    if args.json:
        out.json(dues_statement(roster, as_of=args.as_of))
        return 0
    out(members_report(roster, as_of=args.as_of, source=label).rstrip("\n"))
    if data.bundled:
        community: tuple[Path | str, CommunityData] | None = (
            "bundled community data (openinfra_model/data/community.json)",
            load_community(),
        )
    else:
        community = data.community(required=False) if data.path and data.path.is_dir() else None
    if community is not None:
        out()
        out(f"Data: {community[0]}")
        out(community_report(community[1], as_of=args.as_of).rstrip("\n"))
    return 0


def _bundled_board_notes(as_of: date, outcome: Status) -> tuple[Status, str | None, list[str]]:
    """What the bundled record adds to a board check: the settled outcome, a header, notes.

    The record names directors (2012-2019) the board view cannot seat and periods it does not
    hold whole; the replay row of the day says what that leaves unsettled.
    """
    from openinfra_model.record.foundation import foundation_record  # noqa: PLC0415
    from openinfra_model.record.replay import replay  # noqa: PLC0415

    record = foundation_record()
    (row,) = replay(as_of, as_of, dates=[as_of])
    header = None
    if row.outcome is not outcome:
        header = (
            f"{row.outcome.name}: the record cannot settle the board on {as_of.isoformat()} "
            f"({len(row.unplaced)} directors of unstated class or member"
            f"{', a board gap' if row.incomplete else ''}; see the record notes)"
        )
    notes = [
        f"  (not settled) {f.rule_id}: {f.reason}"
        for f in row.findings
        if "(not settled:" in f.reason
    ]
    for d in record.unplaced_on(as_of):
        what = "class" if d.seat_class is None else "appointing Platinum member"
        notes.append(f"  (unknown) {d.name}: named as a director; no source states the {what}")
    notes += [f"  (gap) {g.reason} [{', '.join(g.choices)}]" for g in record.gaps_on(as_of)]
    if as_of > record.snapshot:
        notes.append(
            f"  (note) {as_of.isoformat()} is after the record's snapshot "
            f"({record.snapshot.isoformat()}): later changes are not in it"
        )
    notes += [
        f"  (vacancy) {v.membership}: {v.reason} [{', '.join(v.choices)}]"
        for v in record.vacancies_on(as_of)
    ]
    return row.outcome, header, notes


def _record_file_notes(foundation: FoundationRecord, as_of: date) -> list[str]:
    """The notes a foundation record given with ``--data`` adds to a board check."""
    notes = []
    if as_of > foundation.snapshot:
        notes.append(
            f"  (note) {as_of.isoformat()} is after the record's snapshot "
            f"({foundation.snapshot.isoformat()}): later changes are not in it"
        )
    notes += [
        f"  (vacancy) {v.membership}: {v.reason} [{', '.join(v.choices)}]"
        for v in foundation.vacancies_on(as_of)
    ]
    return notes


def _cmd_board(args: argparse.Namespace, out: _Out) -> int:
    from openinfra_model.board import check_board  # noqa: PLC0415  (only this command needs it)
    from openinfra_model.record.foundation import record_coverage  # noqa: PLC0415

    data = _Data(args)
    record, label, foundation = _board_record(data)
    first = record_coverage()["board"].first if data.bundled else record.first_day
    if args.as_of >= FIRST_DATE and (first is None or args.as_of < first):
        since = f"starts on {first.isoformat()}" if first else "holds no directors"
        text = (
            f"the board record {since}; it says nothing about the board on "
            f"{args.as_of.isoformat()} (pass --data with a record that covers that date)"
        )
        if args.json:
            raise _FileError(text)
        out(f"UNKNOWN: {text}")
        out(f"Data: {label}")
        return 0
    report = check_board(record.board, record.memberships, as_of=args.as_of)
    code = 1 if report.outcome is Status.FAILED else 0
    if args.json:
        out.json(report)
        return code
    if args.html:
        out.raw(report._repr_html_())
        return code
    outcome, header = report.outcome, None
    notes: list[str] = []
    if data.bundled:
        outcome, header, notes = _bundled_board_notes(args.as_of, report.outcome)
    elif foundation is not None:
        notes = _record_file_notes(foundation, args.as_of)
    if header is not None:
        out(header)
    out(report.explain())
    for line in notes:
        out(line)
    out()
    out("Directors in office:")
    officers = {o.person: o.role.value for o in record.board.officers_on(as_of=args.as_of)}
    for d in report.directors:
        by = f", appointed by {d.appointed_by}" if d.appointed_by else ""
        office = f" [{officers[d.person]}]" if d.person in officers else ""
        out(f"  {d.seat_class.value:<10} {d.name}{by}{office}")
    out()
    out(f"Data: {label}")
    return 1 if outcome is Status.FAILED else 0


def _election(args: argparse.Namespace) -> Any:  # noqa: ANN401  (an Election)
    from openinfra_model.elections.history import BOARD_ELECTIONS  # noqa: PLC0415

    if args.election is not None:
        return {e.id: e for e in BOARD_ELECTIONS}[args.election]
    if args.as_of_given:
        held = [e for e in BOARD_ELECTIONS if e.voting.first <= args.as_of]
        if not held:
            msg = f"no board election was held on or before {args.as_of.isoformat()}"
            raise _FileError(msg)
        return max(held, key=lambda e: e.voting.first)
    return BOARD_ELECTIONS[-1]


def _cmd_electorate(args: argparse.Namespace, out: _Out) -> int:
    from openinfra_model.elections import build_roll, joining_cutoff  # noqa: PLC0415
    from openinfra_model.elections.model import Electorate  # noqa: PLC0415

    election = _election(args)
    individual = election.electorate in {
        Electorate.INDIVIDUAL_MEMBERS,
        Electorate.OIF_INDIVIDUAL_MEMBERS,
    }
    data = _Data(args)
    roster, label, _ = _roster(data)
    synthetic: tuple[Path | str, Any] | None = None
    if individual and data.bundled:
        from openinfra_model.record.synthetic import synthetic_individuals  # noqa: PLC0415

        synthetic = ("openinfra_model/data/individuals-synthetic.json", synthetic_individuals())
    elif individual:
        synthetic = data.synthetic()
    if synthetic is not None:
        roster = attrs.evolve(roster, individuals=synthetic[1].individuals)
        label += (
            f"\nData: + SYNTHETIC individuals ({synthetic[0]}, "
            f"{len(synthetic[1].individuals)} generated people: not real members)"
        )
    roll = build_roll(election, roster, explain=args.explain)
    if args.json:
        out.json(roll)
        return 0
    out(f"Election {election.id}: {election.kind.value}, {election.seats} seats")
    out(f"  method {election.method.value}, voting {election.voting}")
    out(f"  electorate: {election.electorate.value}")
    if individual:
        out(f"  on the roll if effective on or before {joining_cutoff(election.voting)}")
    out(f"Data: {label}")
    out(f"{len(roll.voters)} on the roll (roster of {roster.snapshot.isoformat()})")
    if args.explain:
        for voter, decision in zip(roll.examined, roll.decisions, strict=True):
            why = "; ".join(c.reason for c in decision.failures) or "eligible"
            out(f"{voter}\t{decision.outcome.value}\t{why}")
    else:
        for voter in roll.voters:
            out(voter)
    return 0


# --- count


@attrs.frozen(kw_only=True)
class _CountBallot:
    voter: str
    ranking: tuple[str, ...] | None = None
    votes: tuple[str, ...] | None = None


@attrs.frozen(kw_only=True)
class _CountSpec:
    method: VotingMethod
    seats: int
    candidates: tuple[str, ...]
    roll: tuple[str, ...]
    ballots: tuple[_CountBallot, ...] = ()


@attrs.frozen(kw_only=True)
class _CountFile:
    """The count command's ballot file (see the schema's ``count_file``)."""

    format: str
    version: int
    count: _CountSpec
    source: str = ""


def _count_file(raw: bytes, where: str, limit: int, args: argparse.Namespace) -> CountResult:
    """Count the ballots of a count file, read strictly by the converter."""
    from openinfra_model.counting import (  # noqa: PLC0415
        RANKED_METHODS,
        InvalidBallots,
        MarkedBallot,
        RankedBallot,
        TieBreak,
        count_ballots,
    )

    try:
        doc = loads(raw, _CountFile, max_size=limit)
    except InvalidInputError as err:
        msg = f"{where}: {_one_line(err)}"
        raise _FileError(msg) from None
    if doc.format != "openinfra-model":
        msg = f"{where}: format: must be 'openinfra-model', got {doc.format[:40]!r}"
        raise _FileError(msg)
    if not FIRST_VERSION <= doc.version <= VERSION:  # the ballot file is the same in 1 and 2
        msg = (
            f"{where}: version: {doc.version} is not a version this library reads "
            f"({FIRST_VERSION} to {VERSION})"
        )
        raise _FileError(msg)
    spec = doc.count
    method = args.method or spec.method
    ranked = method in RANKED_METHODS
    field = "ranking" if ranked else "votes"
    ballots: list[Any] = []
    for i, b in enumerate(spec.ballots):
        marks = b.ranking if ranked else b.votes
        other = b.votes if ranked else b.ranking
        if marks is None or other is not None:
            what = (
                "is missing"
                if marks is None
                else f"is given with {'votes' if ranked else 'ranking'}"
            )
            msg = (
                f"{where}: count.ballots[{i}].{field}: {what} "
                f"(the {method.value} method reads {'ranked' if ranked else 'marked'} ballots)"
            )
            raise _FileError(msg)
        ballots.append(RankedBallot(b.voter, marks) if ranked else MarkedBallot(b.voter, marks))
    invalid = InvalidBallots.SET_ASIDE if args.set_aside else InvalidBallots.REFUSE
    try:
        return count_ballots(
            ballots,
            candidates=spec.candidates,
            seats=spec.seats,
            method=method,
            roll=frozenset(spec.roll),
            invalid=invalid,
            tie_break=TieBreak(seed=args.seed or 0),
            trace=args.full,
        )
    except InvalidInputError as err:
        msg = f"{where}: {_one_line(err.prefixed('count'))}"
        raise _FileError(msg) from None


def _count_blt(raw: bytes, where: str, args: argparse.Namespace) -> tuple[CountResult, Any]:
    """Count a BLT file (by Meek STV unless ``--method`` says Schulze)."""
    from openinfra_model.counting import (  # noqa: PLC0415
        RANKED_METHODS,
        TieBreak,
        count_rankings,
        load_blt,
    )

    method = args.method or VotingMethod.MEEK_STV
    if method not in RANKED_METHODS:
        msg = (
            f"{where}: a BLT file holds rankings; count it by meek_stv or schulze, "
            f"not {method.value}"
        )
        raise _FileError(msg)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        msg = f"{where}: not UTF-8: byte {err.start:,} (0x{raw[err.start]:02x}) does not decode"
        raise _FileError(msg) from None
    try:
        election = load_blt(text)
        # The file's own [tie ...] order decides ties unless --seed asks for the lot.
        tie_break = (
            TieBreak.reference(order=election.tie_order)
            if election.tie_order and args.seed is None
            else TieBreak(seed=args.seed or 0)
        )
        result = count_rankings(
            election.weighted_rankings(),
            candidates=election.standing,
            seats=election.seats,
            method=method,
            tie_break=tie_break,
            trace=args.full,
        )
    except InvalidInputError as err:
        msg = f"{where}: {_one_line(err)}"
        raise _FileError(msg) from None
    return result, election


def _looks_like_json(raw: bytes) -> bool:
    return raw.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] in {b"{", b"["}


def _cmd_count(args: argparse.Namespace, out: _Out) -> int:
    if args.as_of_given:
        msg = "count has no date: a count reads its ballots only (drop --as-of)"
        raise _FileError(msg)
    name = args.file or args.data
    if args.file and args.data and args.file != args.data:
        msg = f"two ballot files given ({args.file} and --data {args.data}): give one"
        raise _FileError(msg)
    if name is None:
        raw = (
            resources.files("openinfra_model").joinpath("data/counting-example.json").read_bytes()
        )
        where, label = (
            "counting-example.json",
            ("bundled example count (openinfra_model/data/counting-example.json)"),
        )
    else:
        path = Path(name)
        raw, where, label = _read(path, args.max_bytes), str(path), str(path)
    blt = None
    if (name is not None and name.lower().endswith(".blt")) or not _looks_like_json(raw):
        result, blt = _count_blt(raw, where, args)
        label += f" (BLT, {blt.ballot_count} ballots)"
    else:
        kind = _peek_kind(raw)
        if kind is not None:
            msg = (
                f"{where}: a {kind!r} document holds no ballots to count; count reads a count "
                "file or a BLT file"
            )
            raise _FileError(msg)
        result = _count_file(raw, where, args.max_bytes, args)
    if args.json:
        out.json(result)
        return 0
    if blt is not None:
        out(blt.title)  # a BLT report opens with the election's title
    out(f"Data: {label}")
    if blt is not None and blt.withdrawn:
        out(f"Withdrawn: {', '.join(blt.withdrawn)}")
    out(result.render(full=args.full))
    return 0


def _cmd_replay(args: argparse.Namespace, out: _Out) -> int:
    from openinfra_model.record.replay import replay  # noqa: PLC0415

    data = _Data(args)
    record, label, _ = (None, _bundled_label(), None) if data.bundled else _board_record(data)
    start = args.start
    if args.as_of_given and args.start is None and args.end is None:
        start = end = args.as_of
    else:
        end = args.end
    rows = replay(start, end, record=record)
    if args.json:
        out.json_array(rows)
        return 0
    out(f"Data: {label}")
    out(f"{'date':<10}  {'P/G/I':<7} {'limit':>5}  {'outcome':<14} findings")
    for r in rows:
        shape, limit = (r.shape, str(r.director_limit)) if r.covered else ("-", "-")
        out(
            f"{r.as_of.isoformat():<10}  {shape:<7} {limit:>5}  "
            f"{r.outcome.value:<14} {len(r.findings)}"
            + (f"  vacancies: {', '.join(r.vacancies)}" if r.vacancies else "")
        )
        for f in r.findings:
            out(f"    [{f.status.value}] {f.rule_id}: {f.reason}")
    failed = sum(1 for r in rows if r.outcome.value == "failed")
    out(f"{len(rows)} dates, {failed} FAILED")
    return 0


# ---------------------------------------------------------------------------- the parser


class _Deprecated(argparse.Action):
    """An old option name: sets ``--data`` and warns on stderr (DECISIONS §5)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,  # noqa: ARG002
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        print(
            f"{_PROG}: warning: {option_string} is deprecated and will be removed; use --data",
            file=sys.stderr,
        )
        namespace.data = values


class _AsOf(argparse.Action):
    """``--as-of``: the date, and that it was given (some commands use it to choose)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,  # noqa: ARG002
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,  # noqa: ARG002
    ) -> None:
        namespace.as_of = values
        namespace.as_of_given = True


def _shared() -> argparse.ArgumentParser:
    """The options every sub-command takes (a parent parser)."""
    shared = argparse.ArgumentParser(add_help=False)
    group = shared.add_argument_group("options every command takes")
    group.add_argument(
        "--data",
        metavar="PATH",
        default=None,
        help="the data: a document file or the record's folder (record.json, community.json, "
        "individuals-synthetic.json); default: the bundled foundation record",
    )
    group.add_argument(
        "--as-of",
        metavar="DATE",
        type=_iso_date,
        action=_AsOf,
        default=date.today(),  # noqa: DTZ011  (a calendar date, not an instant)
        help="the date asked about (YYYY-MM-DD; default: today)",
    )
    group.add_argument(
        "--json",
        action="store_true",
        help="print the converter's JSON document (or an array of documents) instead of text",
    )
    group.add_argument(
        "--max-bytes",
        metavar="N",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        help="the largest file read, in bytes (K, M, G suffixes; default 2G)",
    )
    for old in ("--roster", "--file"):
        group.add_argument(old, dest="data", action=_Deprecated, help=argparse.SUPPRESS)
    shared.set_defaults(as_of_given=False)
    return shared


_DESCRIPTIONS: Final = {
    "regime": (
        "list the documents and parameters in force on a date",
        (
            "The governing documents in force on the date, and every dated parameter of the "
            "rules with its value, the day it took effect, how firmly the sources establish it "
            "and its citation. The rules are the library's own tables: this command reads no "
            "data file. --json prints the documents in force as an array of 'document' "
            "documents."
        ),
    ),
    "community": (
        "list the regional hubs, hosted projects and partnerships",
        (
            "The regional hubs founded by the date with their founding participants, the hosted "
            "projects launched by then and the partnerships, with their sources. --data names a "
            "community document or a folder holding community.json. --json prints the "
            "community_data document."
        ),
    ),
    "report": (
        "members by tier, the dues each owes and the sources, as of a date",
        (
            "Members in force on a date by tier, the annual dues each owes with the citation of "
            "the amount, totals, unknown amounts explained, the member caps and the sources. "
            "--data names a roster or foundation record document, or the record's folder (then "
            "its community.json is reported too). --json prints the dues_statement document."
        ),
    ),
    "board": (
        "show and check the board in office on a date",
        (
            "The directors in office on the date, checked against the seat rules and the "
            "Director Diversity Requirement, with every finding and its citation. Exit code 1 "
            "when the board fails a rule. --data names a board record or foundation record "
            "document, or the record's folder. --json prints the board_report document."
        ),
    ),
    "electorate": (
        "list the electorate of a board election",
        (
            "The rule of a board election's electorate and the ids on its roll, built from the "
            "roster. Without --election, the latest election (with --as-of: the latest whose "
            "voting began by that date). For Individual elections the bundled record adds its "
            "SYNTHETIC individuals (so does a folder holding individuals-synthetic.json). --json "
            "prints the roll document."
        ),
    ),
    "count": (
        "count the ballots of a count file or a BLT file",
        (
            "Count ballots and seat the winners: FILE (or --data FILE) is a count file "
            "(openinfra-model JSON with a 'count' object) or a BLT ballot file (by its .blt name "
            "or by its content), read strictly. Without a file, a bundled Meek STV example. The "
            "report shows in full the rounds where a candidate was elected or excluded and "
            "summarises the others (--full shows every round). --json prints the count_result "
            "document."
        ),
    ),
    "replay": (
        "check the board on every date it changed",
        (
            "Walk the board record over a date range: for every date a term, a membership or an "
            "election changed the board, the composition P/G/I, the Director Limit, the board "
            "check's outcome and every finding that is not a pass. --as-of alone checks that one "
            "date. --json prints an array of replay_row documents."
        ),
    ),
}


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    shared: argparse.ArgumentParser,
    run: Callable[[argparse.Namespace, _Out], int],
) -> argparse.ArgumentParser:
    short, long = _DESCRIPTIONS[name]
    cmd = sub.add_parser(name, help=short, description=long, parents=[shared])
    cmd.set_defaults(run=run)
    return cmd


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the command-line tool."""
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="OpenInfra Foundation membership and governance rules, as of a date. "
        "Every command takes --data, --as-of, --json and --max-bytes.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {openinfra_model.__version__}"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    shared = _shared()
    _command(sub, "regime", shared, _cmd_regime)
    _command(sub, "community", shared, _cmd_community)
    _command(sub, "report", shared, _cmd_report)
    board = _command(sub, "board", shared, _cmd_board)
    board.add_argument("--html", action="store_true", help="print the HTML view instead")
    electorate = _command(sub, "electorate", shared, _cmd_electorate)
    from openinfra_model.elections.history import BOARD_ELECTIONS  # noqa: PLC0415

    electorate.add_argument(
        "--election",
        choices=[e.id for e in BOARD_ELECTIONS],
        default=None,
        metavar="ID",
        help="the election, such as 2026-individual (default: the latest)",
    )
    electorate.add_argument(
        "--explain", action="store_true", help="give every member's decision, not just the roll"
    )
    count = _command(sub, "count", shared, _cmd_count)
    count.add_argument(
        "file", nargs="?", metavar="FILE", help="a count file or a .blt file (or use --data)"
    )
    count.add_argument(
        "--method",
        type=VotingMethod,
        choices=list(VotingMethod),
        metavar="METHOD",
        default=None,
        help="count by this method instead of the file's: "
        + ", ".join(m.value for m in VotingMethod)
        + " (a BLT file: meek_stv, the default, or schulze)",
    )
    count.add_argument(
        "--full",
        action="store_true",
        help="show every round in full, each Meek iteration included (default: the rounds "
        "where a candidate was elected or excluded, the others summarised)",
    )
    count.add_argument(
        "--seed",
        type=int,
        default=None,
        help="the seed of the tie-break lot (default 0; a BLT file's [tie ...] order, if it has "
        "one, decides ties unless --seed is given)",
    )
    count.add_argument(
        "--set-aside",
        action="store_true",
        help="set invalid ballots aside (and report them) instead of refusing the count",
    )
    replay = _command(sub, "replay", shared, _cmd_replay)
    replay.add_argument("--from", dest="start", type=_iso_date, default=None, help="first date")
    replay.add_argument("--to", dest="end", type=_iso_date, default=None, help="last date")
    return parser


def _width() -> int:
    columns = shutil.get_terminal_size((FALLBACK_WIDTH, 24)).columns
    return max(columns, 40)


def _fail(message: str) -> int:
    print(f"{_PROG}: {_safe(message)}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911  (one exit per outcome)
    """Run the tool; return the process exit code.

    Exit codes: 0 done; 1 the board fails a rule (``board``); 2 a refused file, option or
    date (one line on stderr); 3 an error of the tool itself (one line; please report it).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    out = _Out(_width())
    try:
        code: int = args.run(args, out)
        sys.stdout.flush()
    except _FileError as err:
        return _fail(str(err))
    except OpenInfraModelError as err:
        return _fail(_one_line(err))
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error of ours. Point stdout at devnull so
        # the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except (MemoryError, RecursionError) as err:
        return _fail(f"out of resources ({type(err).__name__}); try a smaller file")
    except Exception as err:  # noqa: BLE001  (the tool never shows a traceback)
        print(
            f"{_PROG}: internal error ({type(err).__name__}: {_safe(_one_line(err))[:200]}); "
            "please report it",
            file=sys.stderr,
        )
        return 3
    return code
