"""The bundled default dataset and roster files.

:func:`default_roster` is the roster view of the one bundled foundation record
(``openinfra_model/data/record.json``, :mod:`openinfra_model.record.foundation`), read with
:mod:`importlib.resources`; :func:`load_roster` reads a roster document the user names through
the strict converter (:mod:`openinfra_model.core.convert`).

The record's snapshot date is 2026-08-06, the latest board-page version read.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from openinfra_model.core.convert import loads_document
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.validate import check_arguments
from openinfra_model.membership.roster import Roster
from openinfra_model.record.foundation import foundation_record

__all__ = ["DEFAULT_ROSTER_RESOURCE", "default_roster", "load_roster"]

DEFAULT_ROSTER_RESOURCE = "record.json"
"""The file name of the bundled record (whose roster view is the default roster)."""


@functools.cache
def default_roster() -> Roster:
    """The bundled default roster (read once, then shared: it is immutable).

    Example:
        >>> r = default_roster()
        >>> r.snapshot
        datetime.date(2026, 8, 6)
        >>> r.organization("Facebook").id, r.organization("City Network").id
        ('meta', 'cleura')
    """
    check_arguments(default_roster, locals())
    return foundation_record().roster()


def load_roster(path: str | os.PathLike[str]) -> Roster:
    """Read a roster document (``{"format": "openinfra-model", "kind": "roster", ...}``).

    Args:
        path: The file, as a string or any path-like object (:class:`~pathlib.Path`).

    Raises:
        InvalidInputError: The file cannot be read, or is not a valid roster document; every
            bad field is named by its path.
    """
    check_arguments(load_roster, locals())
    try:
        text = Path(path).read_bytes()
    except OSError as err:
        raise InvalidInputError.at(
            "$", f"cannot read {os.fspath(path)!r}: {err.strerror}"
        ) from None
    return loads_document(text, Roster)
