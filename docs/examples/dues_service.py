"""A small service: is this membership in force on a day, and what dues does its tier owe?

Reads one JSON request (from a file named on the command line, or standard input)::

    {
        "as_of": "2026-01-15",
        "membership": {
            "organization": "acme",
            "tier": "gold",
            "signed": "2025-11-03",
            "approved": "2025-11-20",
        },
    }

and writes one JSON answer on standard output: the membership's standing and its tier's dues
on that day, each with the checks behind it (rule, status, reason, citation). The membership
is read with the library's strict converter, so a bad request gets every bad field named by
its path, never a traceback.

Exit status: 0 with an answer; 2 for a request that is not valid (the answer lists the
problems); 3 for a day before any rule the library knows.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import IO, Any

from openinfra_model import (
    Decision,
    InvalidInputError,
    Membership,
    NoRegimeError,
    format_errors,
    structure,
)
from openinfra_model.membership import check_membership_in_force, dues_for


class BadRequestError(Exception):
    """The request is not valid; ``problems`` says why, one ``path: message`` line each."""

    def __init__(self, problems: list[str]) -> None:
        """Keep the problems."""
        super().__init__("; ".join(problems))
        self.problems = problems


def _decision(decision: Decision) -> dict[str, Any]:
    """A decision as JSON: the outcome, then every check examined."""
    return {
        "outcome": decision.outcome.value,
        "checks": [
            {
                "rule_id": c.rule_id,
                "status": c.status.value,
                "reason": c.reason,
                "citation": str(c.citation),
            }
            for c in decision.checks
        ],
    }


def _read(request: object) -> tuple[date, Membership]:
    """The day and the membership of a request, or every problem found."""
    if not isinstance(request, dict):
        raise BadRequestError(["$: expected an object with 'as_of' and 'membership'"])
    problems = [f"$: unknown key {k!r}" for k in request if k not in {"as_of", "membership"}]
    problems += [
        f"{k}: is required but missing" for k in ("as_of", "membership") if k not in request
    ]
    day = membership = None
    for key, cls in (("as_of", date), ("membership", Membership)):
        if key not in request:
            continue
        try:
            value = structure(request[key], cls)
        except InvalidInputError as err:
            problems += [
                f"{key}{'' if line.startswith('$') else '.'}{line.removeprefix('$')}"
                for line in format_errors(err)
            ]
        else:
            if key == "as_of":
                day = value
            else:
                membership = value
    if problems or not isinstance(day, date) or not isinstance(membership, Membership):
        raise BadRequestError(problems)
    return day, membership


def answer(request: object) -> dict[str, Any]:
    """Answer one request (already parsed from JSON).

    Raises:
        BadRequestError: The request is not valid.
        NoRegimeError: The day is before every rule the library knows.
    """
    as_of, membership = _read(request)
    in_force = check_membership_in_force(membership, as_of=as_of)
    dues = dues_for(membership.tier, membership.fee_level, as_of=as_of)
    return {
        "as_of": as_of.isoformat(),
        "organization": membership.organization,
        "tier": membership.tier.value,
        "in_force": _decision(in_force),
        "dues": {
            "amount": None if dues.amount is None else f"{dues.amount:.2f}",
            **_decision(dues.decision),
        },
    }


def main(
    argv: list[str] | None = None, stdin: IO[str] = sys.stdin, out: IO[str] = sys.stdout
) -> int:
    """Read the request, write the answer; return the exit status."""
    args = sys.argv[1:] if argv is None else argv
    text = Path(args[0]).read_text(encoding="utf-8") if args else stdin.read()
    try:
        result = answer(json.loads(text))
    except json.JSONDecodeError as err:
        status, result = 2, {"error": "invalid request", "problems": [f"$: not JSON: {err}"]}
    except BadRequestError as err:
        status, result = 2, {"error": "invalid request", "problems": err.problems}
    except NoRegimeError as err:
        status, result = 3, {"error": "no rules for that day", "problems": [str(err)]}
    else:
        status = 0
    out.write(json.dumps(result, indent=2) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
