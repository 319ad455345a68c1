"""The ``openinfra-model`` command-line tool.

Each sub-command answers one question with the same rules the library exposes, on a file the
user names or, with no file, on the bundled default dataset.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

import openinfra_model
from openinfra_model.regimes import regime_on

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
    regime = regime_on(args.as_of)
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


def _cmd_report(args: argparse.Namespace) -> int:
    from openinfra_model.dataset import default_roster, load_roster  # noqa: PLC0415
    from openinfra_model.report import members_report  # noqa: PLC0415

    if args.roster is None:
        roster, source = default_roster(), "bundled default dataset"
    else:
        roster, source = load_roster(args.roster), str(args.roster)
    print(members_report(roster, as_of=args.as_of, source=source), end="")
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
    _add_report_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the tool; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except openinfra_model.OpenInfraModelError as err:
        print(f"openinfra-model: {err}", file=sys.stderr)
        return 2
    return code
