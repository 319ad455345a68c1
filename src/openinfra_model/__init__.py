"""openinfra_model: the OpenInfra Foundation's membership and governance rules as data.

Immutable ``attrs`` classes hold the facts; pure rule functions answer questions about them
"as of" a date, each answer a :class:`Decision` that cites the document, date and section
behind it.

The top level holds the shared types (decisions, citations, dated tables, errors, the
converter) and the entry points a newcomer needs. Each part of the governing texts is a
sub-namespace of its own, following the bylaws' articles:

* :mod:`openinfra_model.membership` -- Article II: organisations, memberships, tiers, dues,
  rights, the roster;
* :mod:`openinfra_model.board` -- Article IV and IX: composition, affiliation, diversity,
  meetings, amendments;
* :mod:`openinfra_model.elections` -- Article III: calendars, voters, candidates, rolls;
* :mod:`openinfra_model.counting` -- ballots and counting methods;
* :mod:`openinfra_model.funds` -- project funds and the Linux Foundation directed fund;
* :mod:`openinfra_model.community` -- regional hubs, hosted projects, partnerships;
* :mod:`openinfra_model.record` -- the bundled foundation record;
* :mod:`openinfra_model.core` -- what all of them use.

The entry points below are imported on first use, so ``import openinfra_model`` loads only the
core.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from openinfra_model import _compat
from openinfra_model.core.citations import DOCUMENTS, Citation, Document
from openinfra_model.core.convert import (
    dumps,
    dumps_document,
    format_errors,
    loads,
    loads_document,
    structure,
    unstructure,
)
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import (
    InvalidInputError,
    NoRegimeError,
    OpenInfraModelError,
    Problem,
    RegimeConflictError,
    UnknownIdError,
)
from openinfra_model.core.money import usd
from openinfra_model.core.regimes import Confidence, DatedTable, Regime, Window, regime_on

if TYPE_CHECKING:
    from openinfra_model.board import (
        Board,
        BoardReport,
        Director,
        SeatClass,
        check_board,
        director_limit,
    )
    from openinfra_model.community import load_community
    from openinfra_model.core.rulebook import Rulebook, using
    from openinfra_model.counting import (
        CountResult,
        MarkedBallot,
        RankedBallot,
        count_ballots,
        count_rankings,
    )
    from openinfra_model.elections import (
        Election,
        VotingMethod,
        build_roll,
        check_individual_voter,
    )
    from openinfra_model.membership import (
        FeeLevel,
        Individual,
        IndividualStatus,
        Membership,
        Organization,
        Roster,
        Tier,
        dues_for,
        dues_owed,
        in_force,
        members_on,
        rights_of,
    )
    from openinfra_model.record import default_roster, load_board_record, load_roster

_compat.install()

_ENTRY_POINTS: dict[str, str] = {
    **dict.fromkeys(
        ("Board", "BoardReport", "Director", "SeatClass", "check_board", "director_limit"),
        "openinfra_model.board",
    ),
    **dict.fromkeys(
        ("CountResult", "MarkedBallot", "RankedBallot", "count_ballots", "count_rankings"),
        "openinfra_model.counting",
    ),
    **dict.fromkeys(
        ("Election", "VotingMethod", "build_roll", "check_individual_voter"),
        "openinfra_model.elections",
    ),
    **dict.fromkeys(
        (
            "FeeLevel",
            "Individual",
            "IndividualStatus",
            "Membership",
            "Organization",
            "Roster",
            "Tier",
            "dues_for",
            "dues_owed",
            "in_force",
            "members_on",
            "rights_of",
        ),
        "openinfra_model.membership",
    ),
    **dict.fromkeys(
        ("default_roster", "load_board_record", "load_roster"), "openinfra_model.record"
    ),
    "load_community": "openinfra_model.community",
    **dict.fromkeys(("Rulebook", "using"), "openinfra_model.core.rulebook"),
}
"""Entry points re-exported here, each imported from its package on first use."""

_SUBPACKAGES = frozenset(
    {"board", "community", "core", "counting", "elections", "funds", "membership", "record"}
)


def __getattr__(name: str) -> object:
    """Import entry points and sub-namespaces on first use; warn for names that moved."""
    if name in _ENTRY_POINTS:
        value = getattr(importlib.import_module(_ENTRY_POINTS[name]), name)
        globals()[name] = value
        return value
    if name in _SUBPACKAGES:
        return importlib.import_module(f"openinfra_model.{name}")
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - 30 ms

        try:
            found = version("openinfra-model")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            found = "0.0.0"
        globals()["__version__"] = found
        return found
    return _compat.moved_name(name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_SUBPACKAGES})


__all__ = [
    "DOCUMENTS",
    "Board",
    "BoardReport",
    "Check",
    "Citation",
    "Confidence",
    "CountResult",
    "DatedTable",
    "Decision",
    "Director",
    "Document",
    "Election",
    "FeeLevel",
    "Individual",
    "IndividualStatus",
    "InvalidInputError",
    "MarkedBallot",
    "Membership",
    "NoRegimeError",
    "OpenInfraModelError",
    "Organization",
    "Problem",
    "RankedBallot",
    "Regime",
    "RegimeConflictError",
    "Roster",
    "Rulebook",
    "SeatClass",
    "Status",
    "Tier",
    "UnknownIdError",
    "VotingMethod",
    "Window",
    "__version__",
    "build_roll",
    "check_board",
    "check_individual_voter",
    "count_ballots",
    "count_rankings",
    "default_roster",
    "director_limit",
    "dues_for",
    "dues_owed",
    "dumps",
    "dumps_document",
    "format_errors",
    "in_force",
    "load_board_record",
    "load_community",
    "load_roster",
    "loads",
    "loads_document",
    "members_on",
    "regime_on",
    "rights_of",
    "structure",
    "unstructure",
    "usd",
    "using",
]
