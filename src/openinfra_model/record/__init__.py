"""The bundled foundation record, read with :mod:`importlib.resources`.

* ``foundation`` -- the one record (``data/record.json``): organisations, memberships, the
  boards 2012-2026, officers, vacancies, board gaps; :func:`record_coverage` says which
  dates it covers;
* ``roster`` -- the roster view of the record and roster files;
* ``boards`` -- the board-record view of the record and board record files;
* ``replay`` -- the board check on every date the board changed;
* ``synthetic`` -- the SYNTHETIC sample of Individual members (flagged, for rolls only).
"""

from __future__ import annotations

from openinfra_model.record.boards import (
    BoardRecord,
    load_board_record,
)
from openinfra_model.record.foundation import (
    RECORD_RESOURCE,
    BoardGap,
    Coverage,
    DatedName,
    FoundationRecord,
    Precision,
    RecordDirector,
    RecordElection,
    RecordMembership,
    RecordOfficer,
    RecordOrganization,
    SourceRef,
    Vacancy,
    foundation_record,
    record_coverage,
)
from openinfra_model.record.replay import ReplayFinding, ReplayRow, board_change_dates, replay
from openinfra_model.record.roster import (
    DEFAULT_ROSTER_RESOURCE,
    default_roster,
    load_roster,
)
from openinfra_model.record.synthetic import (
    SYNTHETIC_RESOURCE,
    SyntheticIndividuals,
    VoteHistory,
    synthetic_individuals,
)

__all__ = [
    "DEFAULT_ROSTER_RESOURCE",
    "RECORD_RESOURCE",
    "SYNTHETIC_RESOURCE",
    "BoardGap",
    "BoardRecord",
    "Coverage",
    "DatedName",
    "FoundationRecord",
    "Precision",
    "RecordDirector",
    "RecordElection",
    "RecordMembership",
    "RecordOfficer",
    "RecordOrganization",
    "ReplayFinding",
    "ReplayRow",
    "SourceRef",
    "SyntheticIndividuals",
    "Vacancy",
    "VoteHistory",
    "board_change_dates",
    "default_roster",
    "foundation_record",
    "load_board_record",
    "load_roster",
    "record_coverage",
    "replay",
    "synthetic_individuals",
]
