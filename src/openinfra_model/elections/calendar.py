"""Board election calendars: validate a proposed calendar, propose a default one.

The Board fixes each year's dates, so the library does not claim to predict them. It checks a
proposed :class:`~openinfra_model.elections.BoardCalendar` against the rules of the period the
vote falls in
(:func:`~openinfra_model.elections.check_calendar`,
:func:`~openinfra_model.elections.check_vote_window`) and proposes
a default that follows the rules and the published practice
(:func:`~openinfra_model.elections.propose_calendar`).

Delaware period (bylaws, until 2025-05-31):

* §3.2: the annual meeting of Individual Members is "held on a date in the first two weeks of
  January"; §3.3: the same for the Gold Members;
* §3.12: the meeting "may be conducted by a vote over a period of five calendar days,
  commencing on a Monday" -- permissive: that form passes, others are ``UNKNOWN``;
* §4.17 (2021 numbering): nominations are received "no later than thirty (30) days prior to the
  date of the annual meeting" -- we take the meeting's date to be the vote's first day
  [inferred];
* the Gold Director Selector vote is held some days before the Individual vote (2013: Jan 3 /
  Jan 14; 2014: Jan 6 / Jan 13) [practice, not a bylaws rule: informational only].

The initial special meeting of 2012 (vote 2012-08-20..24): §4.2(d) "For the initial special
meeting to elect Individual Directors, nominations must be received by the Secretary at least
fourteen (14) days prior to the meeting" (the published deadline was August 6).

Linux Foundation period: the election procedures' numbered rules are headed "For Elections
Beginning January 1, 2026" and govern votes opening from that day (keyed on the vote's first
day); a vote opening between 2025-06-01 and 2025-12-31 falls under no numbered rule (the checks
are not applicable). They keep the 30 days for nominations (§2(b)(iv)) but set no day, length or
weekday for the vote [not found]; the 2026 schedule
(nominations Nov 10 - Dec 12, application by Dec 19, Gold vote Jan 8, Individual vote Tue
Jan 13 - Sat Jan 17) is the model of the default.
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs
from dateutil.relativedelta import FR, MO, TH, TU, relativedelta
from dateutil.rrule import YEARLY, rrule

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError, NoRegimeError
from openinfra_model.core.regimes import (
    FIRST_DATE,
    LF_CLOSING,
    LF_ELECTIONS,
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.elections.model import DayRange, check_election_day

__all__ = [
    "ANNUAL_MEETING_DAYS",
    "GOLD_MEETING_DAYS",
    "NOMINATION_LEAD_DAYS",
    "VOTE_LENGTH_DAYS",
    "VOTE_START_WEEKDAY",
    "BoardCalendar",
    "JanuaryDays",
    "check_calendar",
    "check_vote_window",
    "propose_calendar",
    "propose_calendars",
]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@attrs.frozen(field_transformer=typed)
class JanuaryDays:
    """The days of January a meeting may be held on (both ends included).

    Attributes:
        first: The first allowed day of January.
        last: The last allowed day of January.
    """

    first: int
    last: int

    def __str__(self) -> str:
        """Render as ``January first-last``."""
        return f"January {self.first}-{self.last}"

    def allows(self, day: date) -> bool:
        """Whether ``day`` is one of the allowed January days."""
        return day.month == 1 and self.first <= day.day <= self.last


# Citations, shared by every check (scale: one object each, not one per call).
_S4_2_D = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(d)(iii)",
    "the nominee must have completed an application for a director",
)
_EPP = date(2025, 7, 7)
_EPP_2_APP = Citation(
    "lf-election-procedures",
    _EPP,
    "2(b)(iii)",
    "the nominee must have completed an application for nomination as an OIF Individual "
    "Member Representative",
)
_EPP_HEADING = Citation(
    "lf-election-procedures",
    _EPP,
    "heading of §§1-4",
    "For Elections Beginning January 1, 2026:",
)
_GAP_REASON = (
    "no election rule: the LF Election Procedures' numbered rules govern elections beginning "
    "January 1, 2026, and the bylaws no longer apply"
)
_PAGE_PRACTICE = Citation(
    "election-page",
    date(2013, 12, 1),
    "2013/2014 schedules [practice; paraphrased]",
)

ANNUAL_MEETING_DAYS: DatedTable[JanuaryDays | None] = parameter(
    "elections.calendar.annual_meeting_days", JanuaryDays | None
)
"""The days of January the Individual vote may open on (``None``: no rule)."""

GOLD_MEETING_DAYS: DatedTable[JanuaryDays | None] = parameter(
    "elections.calendar.gold_meeting_days", JanuaryDays | None
)
"""The days of January the Gold (selector / representative) vote may be held on (``None``:
no rule)."""

VOTE_LENGTH_DAYS: DatedTable[int | None] = parameter(
    "elections.calendar.vote_length_days", int | None
)
"""The length of the Individual vote in calendar days that the text permits (``None``: no
rule)."""

VOTE_START_WEEKDAY: DatedTable[int | None] = parameter(
    "elections.calendar.vote_start_weekday", int | None
)
"""The weekday the text permits the Individual vote to open on (0 = Monday; ``None``: no
rule)."""


NOMINATION_LEAD_DAYS: DatedTable[int | None] = parameter(
    "elections.nomination.lead_days", int | None
)
"""How many days before the meeting (the vote's first day) nominations must be received
(``None``: no rule)."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class BoardCalendar:
    """The dates of one year's board election; parts not yet fixed may be left out.

    Attributes:
        board_year: The year of the board elected (the January the vote is held in).
        individual_vote: The Individual (Delaware) or OIF Individual (LF era) vote window.
        gold_vote: The Gold Director Selector (Delaware) or Gold Representative (LF) vote.
        nominations: The window in which nominations are received.
        application_deadline: The last day to complete the candidate application.
        special: Whether this is a special meeting (not the annual one): the January rule does
            not apply (the initial 2012 election was held in August).
    """

    board_year: int
    individual_vote: DayRange
    gold_vote: DayRange | None = None
    nominations: DayRange | None = None
    application_deadline: date | None = None
    special: bool = False


def check_vote_window(vote: DayRange, *, special: bool = False) -> Decision:
    """Check an Individual vote window against the rules of its period.

    The period is the one in force on the vote's first day. Delaware: the vote opens in the
    first two weeks of January (§3.2, binding; not for a special meeting). §3.12 is
    permissive -- the meeting "may be conducted by a vote over a period of five calendar days,
    commencing on a Monday" -- so a five-day vote opening on a Monday passes, and any other
    length or weekday is ``UNKNOWN`` (the text permits that form and is silent on others), never
    ``FAILED``. LF era (elections beginning 2026-01-01): no day rule was found, so only the
    January practice is checked [inferred] and the others are not applicable; a vote opening
    between 2025-06-01 and 2025-12-31 falls under no numbered rule (not applicable).

    Raises:
        InvalidInputError: The window starts before every rule (before 2012-07-18).

    Example:
        >>> check_vote_window(DayRange(date(2014, 1, 13), date(2014, 1, 17))).outcome
        <Status.PASSED: 'passed'>
        >>> d = check_vote_window(DayRange(date(2014, 1, 14), date(2014, 1, 18)))
        >>> d.outcome
        <Status.UNKNOWN: 'unknown'>
        >>> d.check("elections.calendar.vote_start_weekday").reason
        '§3.12 permits a vote commencing on a Monday; it is silent on one opening on a Tuesday'
    """
    check_arguments(check_vote_window, locals())
    check_election_day(vote.first, "individual_vote.first")
    on = vote.first
    checks = [_meeting_check(vote, special=special)]
    length = VOTE_LENGTH_DAYS._at(on)
    rid = "elections.calendar.vote_length_days"
    if length.value is None:
        checks.append(Check(rid, Status.NOT_APPLICABLE, length.citation, "no length rule"))
    elif vote.days == length.value:
        checks.append(
            Check(rid, Status.PASSED, length.citation, f"the vote runs {vote.days} days")
        )
    else:
        checks.append(
            Check(
                rid,
                Status.UNKNOWN,
                length.citation,
                f"§3.12 permits a vote over {length.value} calendar days; it is silent on one "
                f"of {vote.days} days",
            )
        )
    weekday = VOTE_START_WEEKDAY._at(on)
    rid = "elections.calendar.vote_start_weekday"
    if weekday.value is None:
        checks.append(Check(rid, Status.NOT_APPLICABLE, weekday.citation, "no weekday rule"))
    else:
        actual = _WEEKDAYS[vote.first.weekday()]
        wanted = _WEEKDAYS[weekday.value]
        if vote.first.weekday() == weekday.value:
            checks.append(
                Check(rid, Status.PASSED, weekday.citation, f"the vote opens on a {actual}")
            )
        else:
            checks.append(
                Check(
                    rid,
                    Status.UNKNOWN,
                    weekday.citation,
                    f"§3.12 permits a vote commencing on a {wanted}; it is silent on one "
                    f"opening on a {actual}",
                )
            )
    return Decision.of(*checks)


def _meeting_check(vote: DayRange, *, special: bool) -> Check:
    days = ANNUAL_MEETING_DAYS._at(vote.first)
    rid = "elections.calendar.annual_meeting_days"
    if days.value is None:
        return Check(rid, Status.NOT_APPLICABLE, days.citation, _GAP_REASON)
    if special:
        return Check(
            rid, Status.NOT_APPLICABLE, days.citation, "a special meeting: no January rule"
        )
    if days.value.allows(vote.first):
        return Check(
            rid,
            Status.PASSED,
            days.citation,
            f"the vote opens on {vote.first.isoformat()}, within {days.value}",
        )
    return Check(
        rid,
        Status.FAILED,
        days.citation,
        f"the vote opens on {vote.first.isoformat()}, outside {days.value}",
    )


def check_calendar(calendar: BoardCalendar) -> Decision:
    """Check a proposed board election calendar; only the parts given are examined.

    Besides :func:`~openinfra_model.elections.check_vote_window` on the Individual vote: the vote
    is in the
    board year; the Gold vote is in its January days; the nominations close at least the lead
    days (30; 14 for the initial 2012 special meeting, bylaws §4.2(d)) before the vote opens;
    the application deadline falls on or after the nominations close and before the vote opens.
    Whether the Gold vote ends before the Individual vote opens is practice, not a rule: that
    check is informational (``PASSED`` when the practice is followed, ``NOT_APPLICABLE``
    otherwise) and never makes the outcome worse.

    Raises:
        InvalidInputError: A date falls before every rule (before 2012-07-18).

    Example:
        >>> cal = BoardCalendar(
        ...     board_year=2026,
        ...     individual_vote=DayRange(date(2026, 1, 13), date(2026, 1, 17)),
        ...     gold_vote=DayRange(date(2026, 1, 8), date(2026, 1, 8)),
        ...     nominations=DayRange(date(2025, 11, 10), date(2025, 12, 12)),
        ...     application_deadline=date(2025, 12, 19),
        ... )
        >>> check_calendar(cal).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_calendar, locals())
    vote = calendar.individual_vote
    for path, day in (
        ("gold_vote.first", calendar.gold_vote.first if calendar.gold_vote else None),
        ("nominations.first", calendar.nominations.first if calendar.nominations else None),
        ("application_deadline", calendar.application_deadline),
    ):
        if day is not None:
            check_election_day(day, path)
    window = check_vote_window(vote, special=calendar.special)
    checks = list(window.checks)
    year_cite = ANNUAL_MEETING_DAYS._at(vote.first).citation
    rid = "elections.calendar.board_year"
    if calendar.special or vote.first.year == calendar.board_year:
        checks.append(
            Check(rid, Status.PASSED, year_cite, f"the vote is held for {calendar.board_year}")
        )
    else:
        checks.append(
            Check(
                rid,
                Status.FAILED,
                year_cite,
                f"the vote opens in {vote.first.year}, not in the board year "
                f"{calendar.board_year}",
            )
        )
    if calendar.gold_vote is not None:
        checks.extend(_gold_checks(calendar.gold_vote, vote, special=calendar.special))
    if calendar.nominations is not None:
        checks.append(_nomination_lead_check(calendar.nominations, vote))
    if calendar.application_deadline is not None:
        checks.append(_application_check(calendar, vote))
    return Decision.of(*checks)


def _gold_checks(gold: DayRange, vote: DayRange, *, special: bool) -> list[Check]:
    days = GOLD_MEETING_DAYS._at(gold.first)
    rid = "elections.calendar.gold_meeting_days"
    out: list[Check] = []
    if days.value is None:
        out.append(Check(rid, Status.NOT_APPLICABLE, days.citation, _GAP_REASON))
    elif special:
        out.append(Check(rid, Status.NOT_APPLICABLE, days.citation, "a special meeting"))
    elif days.value.allows(gold.first):
        out.append(
            Check(
                rid,
                Status.PASSED,
                days.citation,
                f"the Gold vote on {gold.first.isoformat()} is within {days.value}",
            )
        )
    else:
        out.append(
            Check(
                rid,
                Status.FAILED,
                days.citation,
                f"the Gold vote on {gold.first.isoformat()} is outside {days.value}",
            )
        )
    rid = "elections.calendar.gold_before_individual"
    if gold.last < vote.first:
        gap = (vote.first - gold.last).days
        out.append(
            Check(
                rid,
                Status.PASSED,
                _PAGE_PRACTICE,
                f"practice, not a rule (informational): the Gold vote ends {gap} days before "
                "the Individual vote opens",
            )
        )
    else:
        out.append(
            Check(
                rid,
                Status.NOT_APPLICABLE,
                _PAGE_PRACTICE,
                "practice, not a rule (informational): the Gold vote (last day "
                f"{gold.last.isoformat()}) does not end before the Individual vote opens "
                f"({vote.first.isoformat()}), unlike the published practice",
            )
        )
    return out


def _nomination_lead_check(nominations: DayRange, vote: DayRange) -> Check:
    lead = NOMINATION_LEAD_DAYS._at(vote.first)
    rid = "elections.nomination.lead_days"
    if lead.value is None:
        return Check(rid, Status.NOT_APPLICABLE, lead.citation, _GAP_REASON)
    latest = vote.first - timedelta(days=lead.value)
    if nominations.last <= latest:
        return Check(
            rid,
            Status.PASSED,
            lead.citation,
            f"nominations close on {nominations.last.isoformat()}, on or before "
            f"{latest.isoformat()} ({lead.value} days before the vote opens)",
        )
    return Check(
        rid,
        Status.FAILED,
        lead.citation,
        f"nominations close on {nominations.last.isoformat()}, after {latest.isoformat()} "
        f"({lead.value} days before the vote opens on {vote.first.isoformat()})",
    )


def _application_check(calendar: BoardCalendar, vote: DayRange) -> Check:
    deadline = calendar.application_deadline
    assert deadline is not None  # noqa: S101  (the caller checked)
    rid = "elections.calendar.application_deadline"
    if LF_CLOSING <= vote.first < LF_ELECTIONS:
        return Check(rid, Status.NOT_APPLICABLE, _EPP_HEADING, _GAP_REASON)
    cite = _S4_2_D if vote.first < LF_CLOSING else _EPP_2_APP
    nominations = calendar.nominations
    if deadline >= vote.first:
        return Check(
            rid,
            Status.FAILED,
            cite,
            f"the application deadline {deadline.isoformat()} is not before the vote opens "
            f"({vote.first.isoformat()})",
        )
    if nominations is not None and deadline < nominations.last:
        return Check(
            rid,
            Status.FAILED,
            cite,
            f"the application deadline {deadline.isoformat()} is before the nominations "
            f"close ({nominations.last.isoformat()})",
        )
    return Check(
        rid,
        Status.PASSED,
        cite,
        f"applications close on {deadline.isoformat()}, before the vote opens "
        f"({vote.first.isoformat()})",
    )


def propose_calendar(board_year: int) -> BoardCalendar:
    """Propose a default calendar for one board year, by the rules of its period.

    The period is the one in force on January 1 of ``board_year``.

    * Delaware: the Individual vote opens on the second Monday of January and runs five days
      (every published window of 2013-2015 and 2022-2025 is exactly this); the Gold vote is
      the Thursday before it.
    * LF era: the 2026 pattern -- the Individual vote opens on the second Tuesday of January
      and runs to the Saturday; the Gold vote is the Thursday before.
    * Both: nominations close on the last Friday at least the lead days (30) before the vote
      opens, open on the Monday about five weeks earlier, and the application is due a week
      after nominations close (the 2026 pattern) [inferred].

    Raises:
        InvalidInputError: ``board_year`` is before 2013 (the first annual meeting).

    Example:
        >>> cal = propose_calendar(2026)
        >>> str(cal.individual_vote), str(cal.nominations), cal.application_deadline
        ('2026-01-13..2026-01-17', '2025-11-10..2025-12-12', datetime.date(2025, 12, 19))
        >>> str(propose_calendar(2014).individual_vote)
        '2014-01-13..2014-01-17'
    """
    check_arguments(propose_calendar, locals())
    if board_year < FIRST_DATE.year + 1:
        raise InvalidInputError.at(
            "board_year",
            f"{board_year} is before the first annual meeting ({FIRST_DATE.year + 1})",
        )
    jan1 = date(board_year, 1, 1)
    try:
        weekday = VOTE_START_WEEKDAY._value(jan1)
    except NoRegimeError as err:  # pragma: no cover - guarded above
        raise InvalidInputError.at("board_year", str(err)) from None
    if weekday is not None:
        first = jan1 + relativedelta(weekday=MO(+2))
    else:
        first = jan1 + relativedelta(weekday=TU(+2))
    vote = DayRange(first, first + timedelta(days=4))
    gold_day = first + relativedelta(days=-1, weekday=TH(-1))
    lead = NOMINATION_LEAD_DAYS._value(first) or 30
    close = first + relativedelta(days=-lead, weekday=FR(-1))
    opens = close + relativedelta(weeks=-5, weekday=MO(+1))
    return BoardCalendar(
        board_year=board_year,
        individual_vote=vote,
        gold_vote=DayRange(gold_day, gold_day),
        nominations=DayRange(opens, close),
        application_deadline=close + timedelta(days=7),
    )


def propose_calendars(first_year: int, last_year: int) -> tuple[BoardCalendar, ...]:
    """Propose the default calendar of every board year from ``first_year`` to ``last_year``.

    Example:
        >>> [str(c.individual_vote.first) for c in propose_calendars(2022, 2024)]
        ['2022-01-10', '2023-01-09', '2024-01-08']
    """
    check_arguments(propose_calendars, locals())
    if last_year < first_year:
        raise InvalidInputError.at("last_year", f"{last_year} is before {first_year}")
    years = rrule(YEARLY, dtstart=date(first_year, 1, 1), until=date(last_year, 1, 1))
    return tuple(propose_calendar(d.year) for d in years)
