"""The bundled foundation record, read with :mod:`importlib.resources`.

* ``roster`` -- the bundled roster (organisations and memberships) and roster files;
* ``boards`` -- the bundled board record 2021-2026.
"""

from __future__ import annotations

from openinfra_model.record.boards import (
    BoardRecord,
    load_board_record,
)
from openinfra_model.record.roster import (
    DEFAULT_ROSTER_RESOURCE,
    default_roster,
    load_roster,
)

__all__ = [
    "DEFAULT_ROSTER_RESOURCE",
    "BoardRecord",
    "default_roster",
    "load_board_record",
    "load_roster",
]
