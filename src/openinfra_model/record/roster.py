"""The bundled default dataset and roster files.

:func:`default_roster` reads ``openinfra_model/data/roster.json`` with :mod:`importlib.resources`
(so it works from a wheel, a zip or a source tree, and never reads anything outside the
package); :func:`load_roster` reads a roster document the user names. Both go through the
strict converter (:mod:`openinfra_model.core.convert`).

The dataset's snapshot date is 2026-08-01, the latest board-page snapshot in the sources.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from openinfra_model.core.convert import loads_document
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.membership.roster import Roster

__all__ = ["DEFAULT_ROSTER_RESOURCE", "default_roster", "load_roster"]

DEFAULT_ROSTER_RESOURCE = "roster.json"
"""The file name of the bundled roster inside ``openinfra_model.data``."""


@functools.cache
def default_roster() -> Roster:
    """The bundled default roster (read once, then shared: it is immutable).

    Example:
        >>> r = default_roster()
        >>> r.snapshot
        datetime.date(2026, 8, 1)
        >>> r.organization("Facebook").id
        'meta'
    """
    text = resources.files("openinfra_model.data").joinpath(DEFAULT_ROSTER_RESOURCE).read_bytes()
    return loads_document(text, Roster)


def load_roster(path: str) -> Roster:
    """Read a roster document (``{"format": "openinfra-model", "kind": "roster", ...}``).

    Raises:
        InvalidInputError: The file cannot be read, or is not a valid roster document; every
            bad field is named by its path.
    """
    try:
        text = Path(path).read_bytes()
    except OSError as err:
        raise InvalidInputError.at("$", f"cannot read {path!r}: {err.strerror}") from None
    return loads_document(text, Roster)
