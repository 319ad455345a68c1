"""The ``openinfra-model`` command-line tool.

Each sub-command answers one question with the same rules the library exposes, on a file the
user names or, with no file, on the bundled default dataset.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import openinfra_model
from openinfra_model.core.regimes import FIRST_DATE, regime_on

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main"]


def _iso_date(text: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError(text)  # noqa: TRY301
        return date.fromisoformat(text)
    except ValueError:
        msg = f"not a YYYY-MM-DD date: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _cmd_regime(args: argparse.Namespace) -> int:
    regime = regime_on(as_of=args.as_of)
    print(f"Rules in force on {regime.as_of.isoformat()}")
    print()
    print("Documents:")
    for doc in regime.documents:
        print(f"  {doc.key:<30} {doc.title}")
    print()
    print("Parameters:")
    for rule_id, window in regime.parameters.items():
        print(
            f"  {rule_id:<40} {window.value!s:<20} from {window.start.isoformat()} "
            f"[{window.confidence.value}] {window.citation}"
        )
    return 0


def _cmd_community(args: argparse.Namespace) -> int:
    from openinfra_model.community import load_community  # noqa: PLC0415
    from openinfra_model.report import community_report  # noqa: PLC0415

    print("Data: bundled community data (openinfra_model/data/community.json)")
    print(community_report(load_community(), as_of=args.as_of), end="")
    return 0


def _bundled_label() -> str:
    from openinfra_model.record.foundation import foundation_record  # noqa: PLC0415

    snap = foundation_record().snapshot.isoformat()
    return f"bundled foundation record (openinfra_model/data/record.json, snapshot {snap})"


def _add_community_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    community = sub.add_parser(
        "community", help="list the regional hubs, hosted projects and partnerships"
    )
    community.add_argument(
        "--as-of",
        type=_iso_date,
        default=date.today(),  # noqa: DTZ011  (a calendar date, not an instant)
        help="the date asked about (YYYY-MM-DD; default: today)",
    )
    community.set_defaults(run=_cmd_community)


def _cmd_report(args: argparse.Namespace) -> int:
    from openinfra_model.record.roster import default_roster, load_roster  # noqa: PLC0415
    from openinfra_model.report import members_report  # noqa: PLC0415

    if args.roster is None:
        roster, source = default_roster(), _bundled_label()
    else:
        roster, source = load_roster(args.roster), str(args.roster)
    print(members_report(roster, as_of=args.as_of, source=source), end="")
    if args.roster is None:
        from openinfra_model.community import load_community  # noqa: PLC0415
        from openinfra_model.report import community_report  # noqa: PLC0415

        print()
        print("Data: bundled community data (openinfra_model/data/community.json)")
        print(community_report(load_community(), as_of=args.as_of), end="")
    return 0


def _add_report_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser(
        "report",
        help="members by tier, the dues each owes and the sources, as of a date",
        description="Members in force on a date by tier, the annual dues each owes with the "
        "citation of the amount, totals, unknown amounts explained, and the sources. Runs on "
        "the bundled default dataset unless --roster names a roster file.",
    )
    report.add_argument(
        "--as-of",
        type=_iso_date,
        default=date.today(),  # noqa: DTZ011  (a calendar date, not an instant)
        help="the date asked about (YYYY-MM-DD; default: today)",
    )
    report.add_argument(
        "--roster",
        metavar="FILE",
        default=None,
        help="a roster document (JSON, openinfra-model format); default: the bundled dataset",
    )
    report.set_defaults(run=_cmd_report)


def _cmd_board(args: argparse.Namespace) -> int:
    from openinfra_model.board import check_board  # noqa: PLC0415  (only this command needs it)
    from openinfra_model.core.decisions import Status  # noqa: PLC0415
    from openinfra_model.record.boards import load_board_record  # noqa: PLC0415

    record = load_board_record(args.file)
    label = _bundled_label() if args.file is None else str(args.file)
    first = record.first_day
    if args.as_of >= FIRST_DATE and (first is None or args.as_of < first):
        since = f"starts on {first.isoformat()}" if first else "holds no directors"
        print(
            f"UNKNOWN: the board record {since}; it says nothing about the board on "
            f"{args.as_of.isoformat()} (pass --file with a record that covers that date)"
        )
        print(f"Data: {label}")
        return 0
    report = check_board(record.board, record.memberships, as_of=args.as_of)
    if args.html:
        print(report._repr_html_())
        return 1 if report.outcome is Status.FAILED else 0
    print(report.explain())
    if args.file is None:
        from openinfra_model.record.foundation import foundation_record  # noqa: PLC0415

        snapshot = foundation_record().snapshot
        if args.as_of > snapshot:
            print(
                f"  (note) {args.as_of.isoformat()} is after the record's snapshot "
                f"({snapshot.isoformat()}): later changes are not in it"
            )
        for v in foundation_record().vacancies_on(args.as_of):
            print(f"  (vacancy) {v.membership}: {v.reason} [{', '.join(v.choices)}]")
    print()
    print("Directors in office:")
    officers = {o.person: o.role.value for o in record.board.officers_on(as_of=args.as_of)}
    for d in report.directors:
        by = f", appointed by {d.appointed_by}" if d.appointed_by else ""
        office = f" [{officers[d.person]}]" if d.person in officers else ""
        print(f"  {d.seat_class.value:<10} {d.name}{by}{office}")
    print()
    print(f"Data: {label}")
    return 1 if report.outcome is Status.FAILED else 0


def _add_board_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    board = sub.add_parser(
        "board",
        help="show and check the board in office on a date (bundled record if no file)",
    )
    board.add_argument(
        "--as-of",
        type=_iso_date,
        default=date.today(),  # noqa: DTZ011  (a calendar date, not an instant)
        help="the date asked about (YYYY-MM-DD)",
    )
    board.add_argument("--file", help="a board record document (JSON); default: bundled")
    board.add_argument("--html", action="store_true", help="print the HTML view instead")
    board.set_defaults(run=_cmd_board)


def _cmd_electorate(args: argparse.Namespace) -> int:
    from openinfra_model.core.convert import loads_document  # noqa: PLC0415  (only this command)
    from openinfra_model.elections import build_roll, joining_cutoff  # noqa: PLC0415
    from openinfra_model.elections.history import BOARD_ELECTIONS  # noqa: PLC0415
    from openinfra_model.elections.model import Electorate  # noqa: PLC0415

    election = {e.id: e for e in BOARD_ELECTIONS}[args.election]
    print(f"Election {election.id}: {election.kind.value}, {election.seats} seats")
    print(f"  method {election.method.value}, voting {election.voting}")
    print(f"  electorate: {election.electorate.value}")
    if election.electorate in {Electorate.INDIVIDUAL_MEMBERS, Electorate.OIF_INDIVIDUAL_MEMBERS}:
        print(f"  on the roll if effective on or before {joining_cutoff(election.voting)}")
    if args.roster is None:
        import attrs  # noqa: PLC0415

        from openinfra_model.record.roster import default_roster  # noqa: PLC0415
        from openinfra_model.record.synthetic import synthetic_individuals  # noqa: PLC0415

        roster = default_roster()
        label = _bundled_label()
        if election.electorate in {
            Electorate.INDIVIDUAL_MEMBERS,
            Electorate.OIF_INDIVIDUAL_MEMBERS,
        }:
            sample = synthetic_individuals()
            roster = attrs.evolve(roster, individuals=sample.individuals)
            label += (
                f" + SYNTHETIC individuals (openinfra_model/data/individuals-synthetic.json, "
                f"{len(sample.individuals)} generated people: not real members)"
            )
    else:
        with open(args.roster, "rb") as f:  # noqa: PTH123  (a path from the command line)
            roster = loads_document(f.read(), openinfra_model.Roster)
        label = str(args.roster)
    print(f"Data: {label}")
    roll = build_roll(election, roster, explain=args.explain)
    print(f"{len(roll.voters)} on the roll (roster of {roster.snapshot.isoformat()})")
    if args.explain:
        for voter, decision in zip(roll.examined, roll.decisions, strict=True):
            why = "; ".join(c.reason for c in decision.failures) or "eligible"
            print(f"{voter}\t{decision.outcome.value}\t{why}")
    else:
        for voter in roll.voters:
            print(voter)
    return 0


def _add_electorate_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from openinfra_model.elections.history import BOARD_ELECTIONS  # noqa: PLC0415

    ids = [e.id for e in BOARD_ELECTIONS]
    cmd = sub.add_parser("electorate", help="list the electorate of a board election")
    cmd.add_argument(
        "--election", choices=ids, default=ids[-1], help="the election (default: the latest)"
    )
    cmd.add_argument(
        "--roster",
        help="a roster document (JSON) to build the roll from; default: the bundled record "
        "(and, for Individual elections, the bundled SYNTHETIC individuals)",
    )
    cmd.add_argument(
        "--explain", action="store_true", help="give every member's decision, not just the roll"
    )
    cmd.set_defaults(run=_cmd_electorate)


def _field(obj: object, key: str, kind: type, path: str) -> Any:  # noqa: ANN401
    if not isinstance(obj, dict) or key not in obj:
        raise openinfra_model.InvalidInputError.at(f"{path}.{key}", "is missing")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise openinfra_model.InvalidInputError.at(
            f"{path}.{key}", f"must be {kind.__name__}, not {type(value).__name__}"
        )
    return value


def _strings(obj: object, key: str, path: str) -> tuple[str, ...]:
    items = _field(obj, key, list, path)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise openinfra_model.InvalidInputError.at(f"{path}.{key}[{i}]", "must be a string")
    return tuple(items)


def _read_count(text: str) -> dict[str, Any]:
    """Read a count document: ``{"format", "version": 1, "count": {...}}``."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise openinfra_model.InvalidInputError.at("$", f"is not JSON: {err}") from None
    if not isinstance(doc, dict) or doc.get("format") != "openinfra-model":
        raise openinfra_model.InvalidInputError.at("format", "must be 'openinfra-model'")
    if doc.get("version") != 1:
        raise openinfra_model.InvalidInputError.at("version", "must be 1")
    count = _field(doc, "count", dict, "$")
    path = "count"
    try:
        method = openinfra_model.VotingMethod(_field(count, "method", str, path))
    except ValueError:
        raise openinfra_model.InvalidInputError.at(f"{path}.method", "is unknown") from None
    ballots: list[openinfra_model.MarkedBallot | openinfra_model.RankedBallot] = []
    for i, raw in enumerate(_field(count, "ballots", list, path)):
        where = f"{path}.ballots[{i}]"
        voter = _field(raw, "voter", str, where)
        if method in openinfra_model.counting.RANKED_METHODS:
            ballots.append(openinfra_model.RankedBallot(voter, _strings(raw, "ranking", where)))
        else:
            ballots.append(openinfra_model.MarkedBallot(voter, _strings(raw, "votes", where)))
    return {
        "ballots": ballots,
        "candidates": _strings(count, "candidates", path),
        "seats": _field(count, "seats", int, path),
        "method": method,
        "roll": frozenset(_strings(count, "roll", path)),
    }


def _count_blt(args: argparse.Namespace) -> int:
    """Count a BLT file by Meek STV (the method BLT files are made for)."""
    election = openinfra_model.counting.load_blt(Path(args.file))
    result = openinfra_model.counting.count_rankings(
        election.weighted_rankings(),
        candidates=election.standing,
        seats=election.seats,
        method=openinfra_model.VotingMethod.MEEK_STV,
        tie_break=openinfra_model.counting.TieBreak(seed=args.seed),
    )
    print(f"{election.title}")
    if election.withdrawn:
        print(f"withdrawn: {', '.join(election.withdrawn)}")
    print(result.render())
    return 0


def _cmd_count(args: argparse.Namespace) -> int:
    if args.file is not None and args.file.lower().endswith(".blt"):
        return _count_blt(args)
    if args.file is None:
        text = (
            resources.files("openinfra_model")
            .joinpath("data/counting-example.json")
            .read_text(encoding="utf-8")
        )
        print("Data: bundled example count (openinfra_model/data/counting-example.json)")
    else:
        text = Path(args.file).read_text(encoding="utf-8")
        print(f"Data: {args.file}")
    spec = _read_count(text)
    invalid = (
        openinfra_model.counting.InvalidBallots.SET_ASIDE
        if args.set_aside
        else openinfra_model.counting.InvalidBallots.REFUSE
    )
    result = openinfra_model.count_ballots(
        spec["ballots"],
        candidates=spec["candidates"],
        seats=spec["seats"],
        method=spec["method"],
        roll=spec["roll"],
        invalid=invalid,
        tie_break=openinfra_model.counting.TieBreak(seed=args.seed),
    )
    print(result.render())
    return 0


def _add_count_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    count = sub.add_parser(
        "count",
        help=(
            "count ballots from a JSON count document or a .blt ballot file (Meek STV) "
            "(default: a bundled Meek STV example)"
        ),
    )
    count.add_argument(
        "file",
        nargs="?",
        help="a count document or a .blt file; omit for the bundled example",
    )
    count.add_argument("--seed", type=int, default=0, help="the seed of the tie-break lot")
    count.add_argument(
        "--set-aside",
        action="store_true",
        help="set invalid ballots aside (and report them) instead of refusing the count",
    )
    count.set_defaults(run=_cmd_count)


def _cmd_replay(args: argparse.Namespace) -> int:
    from openinfra_model.record.replay import replay  # noqa: PLC0415

    record = None
    if args.file is not None:
        from openinfra_model.record.boards import load_board_record  # noqa: PLC0415

        record = load_board_record(args.file)
    rows = replay(args.start, args.end, record=record)
    print(f"Data: {_bundled_label() if args.file is None else args.file}")
    print(f"{'date':<10}  {'P/G/I':<7} {'limit':>5}  {'outcome':<14} findings")
    for r in rows:
        shape, limit = (r.shape, str(r.director_limit)) if r.covered else ("-", "-")
        print(
            f"{r.as_of.isoformat():<10}  {shape:<7} {limit:>5}  "
            f"{r.outcome.value:<14} {len(r.findings)}"
            + (f"  vacancies: {', '.join(r.vacancies)}" if r.vacancies else "")
        )
        for f in r.findings:
            print(f"    [{f.status.value}] {f.rule_id}: {f.reason}")
    failed = sum(1 for r in rows if r.outcome.value == "failed")
    print(f"{len(rows)} dates, {failed} FAILED")
    return 0


def _add_replay_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "replay",
        help="check the board on every date it changed (bundled record if no file)",
        description="Walk the board record over a date range: for every date a term, a "
        "membership or an election changed the board, the composition P/G/I, the Director "
        "Limit, the board check's outcome and every finding that is not a pass.",
    )
    cmd.add_argument("--from", dest="start", type=_iso_date, default=None, help="first date")
    cmd.add_argument("--to", dest="end", type=_iso_date, default=None, help="last date")
    cmd.add_argument("--file", help="a board record document (JSON); default: bundled")
    cmd.set_defaults(run=_cmd_replay)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the command-line tool."""
    parser = argparse.ArgumentParser(
        prog="openinfra-model",
        description="OpenInfra Foundation membership and governance rules, as of a date.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {openinfra_model.__version__}"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    regime = sub.add_parser("regime", help="list the documents and parameters in force")
    regime.add_argument(
        "--as-of",
        type=_iso_date,
        default=date.today(),  # noqa: DTZ011  (a calendar date, not an instant)
        help="the date asked about (YYYY-MM-DD)",
    )
    regime.set_defaults(run=_cmd_regime)
    _add_community_command(sub)
    _add_report_command(sub)
    _add_board_command(sub)
    _add_electorate_command(sub)
    _add_count_command(sub)
    _add_replay_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the tool; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
        sys.stdout.flush()
    except openinfra_model.OpenInfraModelError as err:
        print(f"openinfra-model: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error of ours. Point stdout at devnull so
        # the interpreter's final flush does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return code
