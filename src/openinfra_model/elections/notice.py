"""Notice of member meetings and the voting list, as checks of a board election calendar.

Delaware period (bylaws, 2021 text):

* §3.5(a): "Written notice of the annual meeting of Individual Members shall be given not less
  than 30 nor more than 60 days before the date on which the meeting is to be held";
* §3.5(b): the same for the Gold Members' annual meeting with "not less than 10 nor more than
  60 days";
* §3.5(c): a special meeting, "not less than 10 nor more than 60 days";
* §3.6(a): the Secretary prepares the list of the Voting Class Members entitled to vote "at
  least (i) 30 days before each annual meeting [...] or (ii) within two (2) days of the notice
  of the annual meeting [...] (whichever is shorter)".

Readings (documented): the meeting's date is the vote's first day, as in
the calendar checks [inferred]; "whichever is shorter" is the shorter
lead time, i.e. the later of the two deadlines [inferred]. A special meeting's list (§3.6(b),
"at least two days after providing notice") is not modelled (``UNKNOWN``). The LF Election
Procedures set no notice or list rule [not found]: ``UNKNOWN`` from 2025-06-01.

.. versionadded:: 0.2
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.regimes import FIRST_DATE, DatedTable
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments
from openinfra_model.elections.model import check_election_day

if TYPE_CHECKING:
    from openinfra_model.elections.calendar import BoardCalendar

__all__ = [
    "GOLD_NOTICE_DAYS",
    "INDIVIDUAL_NOTICE_DAYS",
    "SPECIAL_NOTICE_DAYS",
    "VOTING_LIST_DAYS",
    "check_meeting_notice",
]

_S3_6_A = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "3.6(a)",
    "at least (i) 30 days before each annual meeting of the Individual Members or Gold Members, "
    "or (ii) within two (2) days of the notice of the annual meeting of the Individual Members "
    "or Gold Members as provided in Section 3.5 (whichever is shorter)",
)
_S3_6_B = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "3.6(b)",
    "The Secretary shall prepare, at least two days after providing notice of a special meeting "
    "of the Voting Class Members",
)


INDIVIDUAL_NOTICE_DAYS: DatedTable[object] = parameter(
    "elections.notice.individual_days", tuple[int, int] | None
)
"""Fewest and most days before the Individual annual meeting its notice is given (§3.5(a))."""
GOLD_NOTICE_DAYS: DatedTable[object] = parameter(
    "elections.notice.gold_days", tuple[int, int] | None
)
"""Fewest and most days before the Gold annual meeting its notice is given (§3.5(b))."""
SPECIAL_NOTICE_DAYS: DatedTable[object] = parameter(
    "elections.notice.special_days", tuple[int, int] | None
)
"""Fewest and most days before a special meeting its notice is given (§3.5(c))."""
VOTING_LIST_DAYS: DatedTable[object] = parameter("elections.voting_list.days", int | None)
"""Days before the annual meeting the voting list is ready, unless the notice is later
(§3.6(a))."""


def _notice_check(
    rid: str, table: DatedTable[object], meeting: date | None, notice: date | None, who: str
) -> Check:
    if meeting is None:
        window = table._at(notice or FIRST_DATE)
        return Check(rid, Status.UNKNOWN, window.citation, f"the {who} meeting date is not given")
    window = table._at(meeting)
    bounds = window.value
    if not isinstance(bounds, tuple):
        return Check(rid, Status.UNKNOWN, window.citation, window.note)
    fewest, most = bounds
    if notice is None:
        return Check(
            rid,
            Status.UNKNOWN,
            window.citation,
            f"the date of the {who} meeting's notice is not given (due {fewest}-{most} days "
            f"before {meeting.isoformat()})",
        )
    days = (meeting - notice).days
    ok = fewest <= days <= most
    return Check(
        rid,
        Status.PASSED if ok else Status.FAILED,
        window.citation,
        f"notice of the {who} meeting of {meeting.isoformat()} given on {notice.isoformat()}, "
        f"{days} days before; the bylaws ask {fewest} to {most}",
    )


def _list_check(  # noqa: PLR0911  (one return per case of §3.6)
    meeting: date | None, notice: date | None, ready: date | None, *, special: bool
) -> Check:
    rid = "elections.voting_list.ready"
    if meeting is None:
        return Check(rid, Status.UNKNOWN, _S3_6_A, "the Individual meeting date is not given")
    window = VOTING_LIST_DAYS._at(meeting)
    lead = window.value
    if not isinstance(lead, int):
        return Check(rid, Status.UNKNOWN, window.citation, window.note)
    if special:
        return Check(
            rid, Status.UNKNOWN, _S3_6_B, "the voting list of a special meeting is not modelled"
        )
    if ready is None:
        return Check(
            rid, Status.UNKNOWN, window.citation, "the day the list was ready is not given"
        )
    by_lead = meeting - timedelta(days=lead)
    if ready <= by_lead:
        return Check(
            rid,
            Status.PASSED,
            window.citation,
            f"the list was ready on {ready.isoformat()}, at least {lead} days before "
            f"{meeting.isoformat()}",
        )
    if notice is None:
        return Check(
            rid,
            Status.UNKNOWN,
            window.citation,
            f"the list was ready on {ready.isoformat()}, less than {lead} days before "
            f"{meeting.isoformat()}; whether it was within two days of the notice (the shorter "
            "period) depends on the notice date, not given",
        )
    by_notice = notice + timedelta(days=2)
    ok = ready <= by_notice
    return Check(
        rid,
        Status.PASSED if ok else Status.FAILED,
        window.citation,
        f"the list was ready on {ready.isoformat()}: after {by_lead.isoformat()} ({lead} days "
        f"before the meeting) and {'within' if ok else 'not within'} two days of the notice of "
        f"{notice.isoformat()}",
    )


def check_meeting_notice(
    calendar: BoardCalendar,
    *,
    individual_notice: date | None = None,
    gold_notice: date | None = None,
    voting_list: date | None = None,
) -> Decision:
    """Check the notice of the Individual and Gold meetings and the voting list of a calendar.

    Args:
        calendar: The board election calendar (the meetings are the votes' first days).
        individual_notice: The day written notice of the Individual meeting was given.
        gold_notice: The day written notice of the Gold meeting was given.
        voting_list: The day the Individual voting list was ready.

    A date not given makes its check ``UNKNOWN`` naming it.

    Sections: bylaws §3.5(a), §3.5(b), §3.5(c), §3.6(a).

    Example:
        >>> from openinfra_model.elections import BoardCalendar, DayRange
        >>> cal = BoardCalendar(
        ...     board_year=2024,
        ...     individual_vote=DayRange(date(2024, 1, 8), date(2024, 1, 12)),
        ...     gold_vote=DayRange(date(2024, 1, 4), date(2024, 1, 4)),
        ... )
        >>> d = check_meeting_notice(
        ...     cal,
        ...     individual_notice=date(2023, 11, 20),
        ...     gold_notice=date(2023, 12, 1),
        ...     voting_list=date(2023, 12, 1),
        ... )
        >>> d.outcome.name
        'PASSED'
    """
    check_arguments(check_meeting_notice, locals())
    meeting = calendar.individual_vote.first
    check_election_day(meeting, "individual_vote.first")
    gold_meeting = calendar.gold_vote.first if calendar.gold_vote is not None else None
    special = calendar.special
    return Decision.of(
        _notice_check(
            "elections.notice.individual",
            SPECIAL_NOTICE_DAYS if special else INDIVIDUAL_NOTICE_DAYS,
            meeting,
            individual_notice,
            "Individual",
        ),
        _notice_check(
            "elections.notice.gold",
            SPECIAL_NOTICE_DAYS if special else GOLD_NOTICE_DAYS,
            gold_meeting,
            gold_notice,
            "Gold",
        ),
        _list_check(meeting, individual_notice, voting_list, special=special),
    )
