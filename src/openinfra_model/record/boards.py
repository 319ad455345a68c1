"""A board record: a board over time with the memberships it needs, and the bundled one.

:class:`BoardRecord` bundles a :class:`~openinfra_model.Board` with the Platinum and Gold
memberships that decide its Director Limit and Gold selectors, so that
:func:`~openinfra_model.check_board` can examine it on any date. :func:`load_board_record`
reads one from a JSON document (the converter's wire format) or, given no file, the board view
of the one bundled foundation record (``data/record.json``): every director of every version of
the foundation site's board page 2020-2026, named, with the memberships behind them, and the
directors of 2012-2019 whose class (and, for a Platinum seat, member) the sources state. The
directors the sources name without them are not in the board view: the record lists them
(:meth:`~openinfra_model.record.FoundationRecord.unplaced_on`) and the replay and the ``board``
command answer ``UNKNOWN`` naming them.
"""

from __future__ import annotations

import os  # noqa: TC003 - check_arguments reads the annotations at run time
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from openinfra_model.board.model import Board
from openinfra_model.core.citations import Citation
from openinfra_model.core.convert import loads_document
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.membership import Membership

if TYPE_CHECKING:
    from datetime import date

__all__ = ["BoardRecord", "load_board_record"]


@attrs.frozen(kw_only=True, field_transformer=typed)
class BoardRecord:
    """A board over time and the memberships its rules read.

    Attributes:
        board: The directors' terms, annual elections, officers and waivers.
        memberships: The Platinum and Gold memberships (Director Limit, Gold selectors).
        sources: Where the record's facts come from.
        notes: Choices made where the sources are silent (dates chosen, unnamed directors).

    Raises:
        InvalidInputError: A director is appointed by an organisation with no membership in the
            record, naming ``board.directors[i].appointed_by``.
    """

    board: Board
    memberships: tuple[Membership, ...] = ()
    sources: tuple[Citation, ...] = ()
    notes: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        """Check that every appointer has a membership in the record."""
        known = {m.organization for m in self.memberships}
        bad = [
            Problem(
                f"board.directors[{i}].appointed_by",
                f"unknown member {d.appointed_by!r}: no membership in the record",
            )
            for i, d in enumerate(self.board.directors)
            if d.appointed_by is not None and d.appointed_by not in known
        ]
        if bad:
            raise InvalidInputError(bad)

    @property
    def first_day(self) -> date | None:
        """The first day any recorded director held office; ``None`` for an empty record.

        Before it the record says nothing about the board: a check of an earlier date would
        see no directors and no members, which is not the same as a compliant empty board.
        """
        return min((d.term_start for d in self.board.directors), default=None)

    def __repr__(self) -> str:
        """One line: the board's terms and elections, the memberships, the first day."""
        first = self.first_day.isoformat() if self.first_day else "(no directors)"
        return (
            f"<BoardRecord from {first}: {len(self.board.directors)} terms, "
            f"{len(self.board.elections)} elections, {len(self.memberships)} memberships>"
        )


def load_board_record(path: str | os.PathLike[str] | None = None) -> BoardRecord:
    """Read a board record document; with no path, the bundled OpenInfra record.

    Args:
        path: The file, as a string or any path-like object (:class:`~pathlib.Path`);
            ``None`` for the bundled record.

    Raises:
        InvalidInputError: The document is not a valid board record (every bad field named).

    Example:
        >>> from datetime import date
        >>> from openinfra_model import check_board
        >>> record = load_board_record()
        >>> report = check_board(record.board, record.memberships, as_of=date(2024, 10, 31))
        >>> report.shape, report.outcome.name
        ((7, 5, 5), 'PASSED')
    """
    check_arguments(load_board_record, locals())
    if path is None:
        from openinfra_model.record.foundation import foundation_record  # noqa: PLC0415

        record = foundation_record()
        return BoardRecord(
            board=record.board(),
            memberships=record.library_memberships(),
            sources=tuple(record.citation(k) for k in sorted(record.sources) if k[:3] == "BP-"),
            notes=(*record.notes, *(f"{k}: {v}" for k, v in record.choices.items())),
        )
    text = Path(path).read_text("utf-8")
    return loads_document(text, BoardRecord)
