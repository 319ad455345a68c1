"""Replay the bundled record: the board check on every date a board changed.

:func:`replay` walks a board record over a date range and gives, for each date asked (by
default every date the board changed: a term started or ended, a membership started or ended,
an annual election), the composition Platinum/Gold/Individual, the Director Limit, the board
check's outcome and every finding that is not a pass, as typed :class:`ReplayRow` rows (the
notebook turns them into charts with ``pandas.DataFrame(row.as_dict() for row in rows)``).
A date the record does not cover gives a row that says so (``covered`` false, outcome
``UNKNOWN``) instead of checking an empty board.

On the bundled record the replay also reads what the board view cannot hold (2012-2019):
directors the sources name without their class or, for a Platinum seat, without the member
behind it (``unplaced``: an ``UNKNOWN`` finding naming each), and the recorded periods in which
the record does not hold the whole board (``incomplete``: outcome ``UNKNOWN``; a check that
fails on the partial board is reported ``UNKNOWN``, since the missing directors or memberships
could change it).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from openinfra_model.board.composition import check_board
from openinfra_model.core import render
from openinfra_model.core.decisions import Status
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.record.foundation import FoundationRecord, foundation_record

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openinfra_model.record.boards import BoardRecord
    from openinfra_model.record.foundation import RecordDirector

__all__ = ["ReplayFinding", "ReplayRow", "board_change_dates", "replay"]

_LAST = date(9999, 12, 31)


@attrs.frozen(kw_only=True, field_transformer=typed)
class ReplayFinding:
    """One check of the board on a date that did not simply pass."""

    rule_id: str
    status: Status
    reason: str
    citation: str

    def __repr__(self) -> str:
        """One line: status, rule and the start of the reason."""
        reason = self.reason if len(self.reason) <= 60 else self.reason[:59].rstrip() + "…"
        return f"<ReplayFinding {self.status.value} {self.rule_id}: {reason}>"


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
        unplaced: Directors named in office whose class (or Platinum member) no source states.
        incomplete: Whether the record does not hold the whole board on that date.
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
    unplaced: tuple[str, ...] = ()
    incomplete: bool = False

    @property
    def shape(self) -> str:
        """``"P/G/I"``, or ``"not covered"`` for a date outside the record.

        ``+n?`` follows for directors of unstated class or member (2012-2019).
        """
        if not self.covered:
            return "not covered"
        more = f"+{len(self.unplaced)}?" if self.unplaced else ""
        return f"{self.platinum}/{self.gold}/{self.individual}{more}"

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
            "unplaced": len(self.unplaced),
            "incomplete": self.incomplete,
        }

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """The row of :meth:`as_dict`, as a one-row table (``rows_of(replay())`` joins them).

        .. versionadded:: 0.2
        """
        return (self.as_dict(),)

    def _repr_html_(self) -> str:
        """The date, shape and outcome, then every finding in the colour of its status."""
        return render.frame(
            repr(self)[1:-1],
            render.table(
                ("status", "rule", "reason", "source"),
                (
                    (render.status_badge(f.status), f.rule_id, render.esc(f.reason), f.citation)
                    for f in self.findings
                ),
                statuses=(f.status for f in self.findings),
                raw=frozenset({0, 2}),
                total=len(self.findings),
            ),
            status=self.outcome,
        )

    def __repr__(self) -> str:
        """One line: the date, the shape, the Director Limit and the outcome."""
        vac = f", {len(self.vacancies)} vacancies" if self.vacancies else ""
        found = f", {len(self.findings)} findings" if self.findings else ""
        return (
            f"<ReplayRow {self.as_of.isoformat()}: {self.shape}, limit {self.director_limit} "
            f"{self.outcome.name}{found}{vac}>"
        )


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
        >>> replay(date(2012, 8, 20), date(2012, 8, 20), dates=[date(2012, 8, 20)])[0].covered
        False
        >>> (row,) = replay(dates=[date(2019, 6, 1)])  # four directors the view cannot seat
        >>> row.shape, row.outcome.name, row.unplaced[:2]
        ('5/7/8+4?', 'UNKNOWN', ('Anni Lai', 'Mark McLoughlin'))
    """
    check_arguments(replay, locals())
    bundled = record is None
    if record is None:
        from openinfra_model.record.boards import load_board_record  # noqa: PLC0415

        record = load_board_record()
    rec = foundation_record() if bundled else None
    first = record.first_day
    changes = set(board_change_dates(record))
    if rec is not None:
        first = _record_changes(rec, changes, first)
    change_list = sorted(changes)
    lo = start or first or (change_list[0] if change_list else date.min)
    default_end = rec.snapshot if rec is not None else (change_list[-1] if change_list else lo)
    hi = end or default_end
    wanted = set(dates) if dates is not None else changes
    if dates is None and first is not None and lo < first:
        wanted.add(lo)  # say once that the record starts later
    asked = sorted(d for d in wanted if lo <= d <= hi)
    rows = []
    for day in asked:
        if first is None or day < first:
            rows.append(_uncovered(day, first))
            continue
        rows.append(_row(record, rec, day))
    return tuple(rows)


def _record_changes(rec: FoundationRecord, changes: set[date], first: date | None) -> date:
    """Add the record's own change dates (directors it cannot seat, gaps); its first day."""
    rec_first = min(d.term_start for d in rec.directors)
    first = rec_first if first is None else min(first, rec_first)
    for d in rec.directors:
        changes.add(d.term_start)
        if d.term_end is not None:
            changes.add(d.term_end + timedelta(days=1))
    for g in rec.board_gaps:
        changes.update((g.since, g.until + timedelta(days=1)))
    for m in rec.memberships:
        if m.start >= first:
            changes.add(m.start)
        if m.end is not None and m.end >= first:
            changes.add(m.end + timedelta(days=1))
    for e in rec.elections:
        changes.add(e.held_on)
    return first


def _uncovered(day: date, first: date | None) -> ReplayRow:
    return ReplayRow(
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


def _row(record: BoardRecord, rec: FoundationRecord | None, day: date) -> ReplayRow:
    report = check_board(record.board, record.memberships, as_of=day)
    checks = report.decision.checks
    findings = [
        ReplayFinding(
            rule_id=c.rule_id, status=c.status, reason=c.reason, citation=str(c.citation)
        )
        for c in checks
        if c.status not in {Status.PASSED, Status.NOT_APPLICABLE}
    ]
    outcome = report.outcome
    if rec is not None:
        findings = _unsettled_limits(record, rec, day, findings)
        if outcome is Status.FAILED and Status.FAILED not in {f.status for f in findings}:
            outcome = Status.UNKNOWN
    unplaced: tuple[str, ...] = ()
    incomplete = False
    vac: tuple[str, ...] = ()
    if rec is not None:
        vac = tuple(v.membership for v in rec.vacancies_on(day))
        missing = rec.unplaced_on(day)
        unplaced = tuple(d.name for d in missing)
        gaps = rec.gaps_on(day)
        incomplete = bool(gaps)
        if gaps:
            findings = [
                attrs.evolve(
                    f,
                    status=Status.UNKNOWN,
                    reason=f"{f.reason} (not settled: the record does not hold the whole "
                    "board on this date)",
                )
                if f.status is Status.FAILED
                else f
                for f in findings
            ]
        findings += [
            ReplayFinding(
                rule_id="record.board_gap",
                status=Status.UNKNOWN,
                reason=f"the record does not hold the whole board on {day.isoformat()}: "
                f"{g.reason}",
                citation=f"foundation record, board gap {g.since.isoformat()} to "
                f"{g.until.isoformat()} ({', '.join(g.sources)}; choices "
                f"{', '.join(g.choices)})",
            )
            for g in gaps
        ]
        findings += [_unplaced_finding(d) for d in missing]
        if gaps or (missing and outcome is not Status.FAILED):
            outcome = Status.UNKNOWN
    return ReplayRow(
        as_of=day,
        covered=True,
        platinum=report.platinum,
        gold=report.gold,
        individual=report.individual,
        director_limit=report.director_limit,
        outcome=outcome,
        findings=tuple(findings),
        checks=len(checks),
        vacancies=vac,
        unplaced=unplaced,
        incomplete=incomplete,
    )


_LIMIT_DEPENDENT = frozenset({"board.gold.seats_fixed", "board.individual.seats_fixed"})


def _unsettled_limits(
    record: BoardRecord, rec: FoundationRecord, day: date, findings: list[ReplayFinding]
) -> list[ReplayFinding]:
    """A seat count that fails only against a Director Limit the record cannot settle.

    The seats an annual election fixed are compared with the Director Limit on 1 January of
    its year. When a Platinum membership's approximated start or end (choices A3, A11, A12...)
    falls between that day and the election, the true date may lie on the other side of
    1 January, and the limit is not settled: the failure is reported ``UNKNOWN``, naming the
    memberships.
    """
    election = record.board.election_on(as_of=day)
    if election is None or not any(
        f.rule_id in _LIMIT_DEPENDENT and f.status is Status.FAILED for f in findings
    ):
        return findings
    ref = date(election.held_on.year, 1, 1)
    near = sorted(
        m.id
        for m in rec.memberships
        if m.tier.value == "platinum"
        and (
            (m.start_precision.value == "approximated" and ref <= m.start <= election.held_on)
            or (
                m.end is not None
                and m.end_precision.value == "approximated"
                and ref <= m.end <= election.held_on
            )
        )
    )
    if not near:
        return findings
    return [
        attrs.evolve(
            f,
            status=Status.UNKNOWN,
            reason=f"{f.reason} (not settled: the Director Limit on {ref.isoformat()} depends "
            f"on approximated dates of {', '.join(near)})",
        )
        if f.rule_id in _LIMIT_DEPENDENT and f.status is Status.FAILED
        else f
        for f in findings
    ]


def _unplaced_finding(d: RecordDirector) -> ReplayFinding:
    where = ", ".join(d.sources)
    if d.seat_class is None:
        return ReplayFinding(
            rule_id="record.director_class",
            status=Status.UNKNOWN,
            reason=f"{d.name} is named as a director ({where}) but no source read states the "
            "seat class: the seat counts, the Director Limit's seats and the diversity limit "
            "cannot be settled",
            citation="foundation record, choice A23",
        )
    return ReplayFinding(
        rule_id="record.platinum_member",
        status=Status.UNKNOWN,
        reason=f"{d.name} is a Platinum director ({where}); no source read states the "
        "appointing Platinum member",
        citation="foundation record, choice A23",
    )
