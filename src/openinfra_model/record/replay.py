"""Replay the bundled record: the board check on every date a board changed.

:func:`replay` walks a board record over a date range and gives, for each date asked (by
default every date the board changed: a term started or ended, a membership started or ended,
an annual election), the composition Platinum/Gold/Individual, the Director Limit, the board
check's outcome and every finding that is not a pass, as typed :class:`ReplayRow` rows (the
notebook turns them into charts with ``pandas.DataFrame(row.as_dict() for row in rows)``).
A date the record does not cover gives a row that says so (``covered`` false, outcome
``UNKNOWN``) instead of checking an empty board.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from openinfra_model.board.composition import check_board
from openinfra_model.core.decisions import Status
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.record.foundation import foundation_record

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openinfra_model.record.boards import BoardRecord

__all__ = ["ReplayFinding", "ReplayRow", "board_change_dates", "replay"]

_LAST = date(9999, 12, 31)


@attrs.frozen(kw_only=True, field_transformer=typed)
class ReplayFinding:
    """One check of the board on a date that did not simply pass."""

    rule_id: str
    status: Status
    reason: str
    citation: str


@attrs.frozen(kw_only=True, field_transformer=typed)
class ReplayRow:
    """The board on one date.

    Attributes:
        as_of: The date.
        covered: Whether the record covers the board on that date.
        platinum: Platinum directors in office.
        gold: Gold directors in office.
        individual: Individual directors in office.
        director_limit: Platinum members in force (the Director Limit).
        outcome: The board check's outcome (``UNKNOWN`` outside the record).
        findings: Every check that is not a pass (failed, unknown or waived).
        checks: How many checks were examined.
        vacancies: Platinum members with a recorded vacancy on that date.
    """

    as_of: date
    covered: bool
    platinum: int
    gold: int
    individual: int
    director_limit: int
    outcome: Status
    findings: tuple[ReplayFinding, ...] = ()
    checks: int = 0
    vacancies: tuple[str, ...] = ()

    @property
    def shape(self) -> str:
        """``"P/G/I"``, or ``"not covered"`` for a date outside the record."""
        if not self.covered:
            return "not covered"
        return f"{self.platinum}/{self.gold}/{self.individual}"

    def as_dict(self) -> dict[str, object]:
        """A flat row for a data frame."""
        return {
            "as_of": self.as_of,
            "covered": self.covered,
            "platinum": self.platinum,
            "gold": self.gold,
            "individual": self.individual,
            "director_limit": self.director_limit,
            "outcome": self.outcome.value,
            "findings": len(self.findings),
            "checks": self.checks,
            "vacancies": ", ".join(self.vacancies),
        }


def board_change_dates(record: BoardRecord) -> tuple[date, ...]:
    """Every date on which the board or the memberships behind it changed, in order."""
    check_arguments(board_change_dates, locals())
    days: set[date] = set()
    for d in record.board.directors:
        days.add(d.term_start)
        if d.term_end is not None:
            days.add(d.term_end + timedelta(days=1))
    for e in record.board.elections:
        days.add(e.held_on)
    first = record.first_day or _LAST
    for m in record.memberships:
        if m.term_start is not None and m.term_start >= first:
            days.add(m.term_start)
        if m.term_end is not None and m.term_end >= first:
            days.add(m.term_end + timedelta(days=1))
    return tuple(sorted(days))


def replay(
    start: date | None = None,
    end: date | None = None,
    *,
    dates: Iterable[date] | None = None,
    record: BoardRecord | None = None,
) -> tuple[ReplayRow, ...]:
    """Check the board on every date asked, from ``start`` to ``end`` (both inclusive).

    Args:
        start: The first date (default: the record's first day).
        end: The last date (default: the record's snapshot, or the last change).
        dates: The dates to check (default: every date the board changed,
            :func:`board_change_dates`, within the range).
        record: A board record (default: the bundled one).

    Example:
        >>> rows = replay(date(2024, 1, 1), date(2024, 12, 31))
        >>> [(r.as_of.isoformat(), r.shape, r.director_limit, r.outcome.name) for r in rows]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('2024-01-01', '5/7/7', 5, 'PASSED'), ('2024-01-30', '5/5/5', 5, 'PASSED'),
         ('2024-06-04', '6/5/5', 6, 'PASSED'), ('2024-10-22', '6/5/5', 7, 'PASSED'),
         ('2024-10-31', '7/5/5', 7, 'PASSED')]
        >>> replay(date(2019, 6, 1), date(2019, 6, 1), dates=[date(2019, 6, 1)])[0].covered
        False
    """
    check_arguments(replay, locals())
    bundled = record is None
    if record is None:
        from openinfra_model.record.boards import load_board_record  # noqa: PLC0415

        record = load_board_record()
    first = record.first_day
    changes = board_change_dates(record)
    lo = start or first or (changes[0] if changes else date.min)
    default_end = foundation_record().snapshot if bundled else (changes[-1] if changes else lo)
    hi = end or default_end
    wanted = set(dates) if dates is not None else set(changes)
    if dates is None and first is not None and lo < first:
        wanted.add(lo)  # say once that the record starts later
    asked = sorted(d for d in wanted if lo <= d <= hi)
    vacancies = foundation_record() if bundled else None
    rows = []
    for day in asked:
        if first is None or day < first:
            rows.append(
                ReplayRow(
                    as_of=day,
                    covered=False,
                    platinum=0,
                    gold=0,
                    individual=0,
                    director_limit=0,
                    outcome=Status.UNKNOWN,
                    findings=(
                        ReplayFinding(
                            rule_id="record.coverage",
                            status=Status.UNKNOWN,
                            reason=f"the board record starts on "
                            f"{first.isoformat() if first else '(no directors)'}; it says "
                            f"nothing about the board on {day.isoformat()}",
                            citation="record coverage",
                        ),
                    ),
                )
            )
            continue
        report = check_board(record.board, record.memberships, as_of=day)
        checks = report.decision.checks
        findings = tuple(
            ReplayFinding(
                rule_id=c.rule_id, status=c.status, reason=c.reason, citation=str(c.citation)
            )
            for c in checks
            if c.status not in {Status.PASSED, Status.NOT_APPLICABLE}
        )
        vac = (
            tuple(v.membership for v in vacancies.vacancies_on(day))
            if vacancies is not None
            else ()
        )
        rows.append(
            ReplayRow(
                as_of=day,
                covered=True,
                platinum=report.platinum,
                gold=report.gold,
                individual=report.individual,
                director_limit=report.director_limit,
                outcome=report.outcome,
                findings=findings,
                checks=len(checks),
                vacancies=vac,
            )
        )
    return tuple(rows)
