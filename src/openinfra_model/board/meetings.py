"""Board meetings and votes (bylaws Article IV; Linux Foundation charter §4).

Quorum, majorities, written consent, special meetings and removal for cause. Amendments are
:mod:`openinfra_model.board.amendments`.

Each threshold is a dated table, so the same question asked of 2014 and of 2026 applies the
text in force on each date:

* quorum: "A majority of the total number of directors in office" (bylaws §4.9); "at least
  fifty percent of the total number of [...] Representatives" (charter §4, from 2025-06-01);
* action: "the vote of a majority of those present" (§4.10; charter §4 "simple majority");
* written consent: "all members of the Board of Directors" (§4.11); electronic votes in the LF
  era: a majority of all voting representatives (charter §4);
* removal for cause (§4.4): three consecutive missed meetings, or more than half missed in a
  twenty-four month period;
"""

from __future__ import annotations

import enum
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import (
    LF_CLOSING,
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ACTION",
    "MAJORITY",
    "QUORUM",
    "TWO_THIRDS",
    "WRITTEN_CONSENT",
    "Meeting",
    "MeetingCaller",
    "Threshold",
    "check_quorum",
    "check_removal_for_cause",
    "check_resolution",
    "check_special_meeting_call",
    "check_written_consent",
]

_BYLAWS_2012 = date(2012, 8, 20)
_LF_TEXT = date(2025, 7, 7)


@attrs.frozen(field_transformer=typed)
class Threshold:
    """A share of a base: ``more than`` it (strict) or ``at least`` it.

    Example:
        >>> Threshold(Fraction(1, 2), strict=True).needed(15)
        8
        >>> Threshold(Fraction(1, 2), strict=False).needed(15)
        8
        >>> Threshold(Fraction(1, 2), strict=False).needed(24)
        12
        >>> Threshold(Fraction(2, 3), strict=False).needed(21)
        14
    """

    share: Fraction
    strict: bool = False

    def needed(self, base: int) -> int:
        """The smallest whole count that meets the threshold over ``base``."""
        exact = self.share * base
        whole = exact.numerator // exact.denominator
        if self.strict:
            return whole + 1
        return whole if whole == exact else whole + 1

    def met(self, count: int, base: int) -> bool:
        """Whether ``count`` of ``base`` meets the threshold."""
        return count >= self.needed(base)

    def __str__(self) -> str:
        """Render as 'more than 1/2', 'at least 2/3' or 'all'."""
        if self.share == 1 and not self.strict:
            return "all"
        return f"{'more than' if self.strict else 'at least'} {self.share}"


MAJORITY = Threshold(Fraction(1, 2), strict=True)
TWO_THIRDS = Threshold(Fraction(2, 3))

QUORUM: DatedTable[Threshold] = parameter("board.quorum", Threshold)
"""Board quorum: a share of the directors (representatives) in office."""

ACTION: DatedTable[Threshold] = parameter("board.action", Threshold)
"""Votes of those present needed to act at a meeting with a quorum."""

WRITTEN_CONSENT: DatedTable[Threshold] = parameter("board.written_consent", Threshold)
"""Action without a meeting: unanimous written consent, then (LF) an electronic majority."""


# --- Quorum and ordinary resolutions ------------------------------------------------------------


def validate_counts(**values: int) -> None:
    for name, v in values.items():
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise InvalidInputError.at(name, f"must be a non-negative int, not {v!r}")


def check_quorum(present: int, in_office: int, *, as_of: date) -> Decision:
    """Decide whether ``present`` directors of ``in_office`` make a quorum.

    Bylaws §4.9: a majority of the directors in office; charter §4 (from 2025-06-01): at least
    fifty percent of the representatives.

    Raises:
        InvalidInputError: A count is negative, or more are present than in office.

    Example:
        >>> check_quorum(12, 24, as_of=date(2019, 3, 1)).outcome
        <Status.FAILED: 'failed'>
        >>> check_quorum(12, 24, as_of=date(2026, 3, 1)).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_quorum, locals())
    validate_counts(present=present, in_office=in_office)
    if present > in_office:
        raise InvalidInputError.at("present", f"{present} present but {in_office} in office")
    w = QUORUM._at(as_of)
    need = w.value.needed(in_office)
    ok = present >= need
    return Decision.of(
        Check(
            "board.quorum",
            Status.PASSED if ok else Status.FAILED,
            w.citation,
            f"{present} of {in_office} present; a quorum is {w.value} ({need})",
        )
    )


def check_resolution(yes: int, present: int, in_office: int, *, as_of: date) -> Decision:
    """Decide whether an ordinary resolution passes at a meeting.

    A quorum (:func:`check_quorum`) and the vote of a majority of those present (bylaws §4.10;
    charter §4).

    Example:
        >>> check_resolution(8, 14, 24, as_of=date(2020, 5, 1)).outcome
        <Status.PASSED: 'passed'>
        >>> check_resolution(7, 14, 24, as_of=date(2020, 5, 1)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_resolution, locals())
    validate_counts(yes=yes)
    if yes > present:
        raise InvalidInputError.at("yes", f"{yes} votes for but {present} present")
    quorum = check_quorum(present, in_office, as_of=as_of)
    w = ACTION._at(as_of)
    need = w.value.needed(present)
    vote = Check(
        "board.action",
        Status.PASSED if yes >= need else Status.FAILED,
        w.citation,
        f"{yes} of {present} present voted for; {w.value} of those present ({need}) needed",
    )
    return Decision.of(*quorum.checks, vote)


def check_written_consent(consents: int, in_office: int, *, as_of: date) -> Decision:
    """Decide whether action without a meeting is taken.

    Bylaws §4.11: the written consent of all the directors; LF era: an electronic vote of a
    majority of all voting representatives (charter §4).

    Example:
        >>> check_written_consent(26, 27, as_of=date(2022, 3, 1)).outcome
        <Status.FAILED: 'failed'>
        >>> check_written_consent(13, 24, as_of=date(2026, 3, 1)).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_written_consent, locals())
    validate_counts(consents=consents, in_office=in_office)
    if consents > in_office:
        raise InvalidInputError.at("consents", f"{consents} consents but {in_office} in office")
    w = WRITTEN_CONSENT._at(as_of)
    need = w.value.needed(in_office)
    return Decision.of(
        Check(
            "board.written_consent",
            Status.PASSED if consents >= need else Status.FAILED,
            w.citation,
            f"{consents} of {in_office} directors consented; {w.value} ({need}) needed",
        )
    )


class MeetingCaller(enum.Enum):
    """Who calls a special meeting of the board."""

    CHAIR = "chair"
    EXECUTIVE_DIRECTOR = "executive_director"
    DIRECTORS = "directors"


_S46 = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.6",
    "the Chairman of the Board, the Executive Director or two thirds of the directors "
    "currently in office",
)


def check_special_meeting_call(
    caller: MeetingCaller, *, as_of: date, directors_calling: int = 0, in_office: int = 0
) -> Decision:
    """Decide whether a special board meeting is validly called (bylaws §4.6).

    The Chair, the Executive Director, or two thirds of the directors in office. The Linux
    Foundation charter has no special-meeting clause in our sources: ``UNKNOWN`` there.

    Example:
        >>> check_special_meeting_call(
        ...     MeetingCaller.DIRECTORS, directors_calling=15, in_office=24, as_of=date(2018, 1, 1)
        ... ).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_special_meeting_call, locals())
    validate_counts(directors_calling=directors_calling, in_office=in_office)
    rule_id = "board.special_meeting"
    if as_of >= LF_CLOSING:
        return Decision.of(
            Check(
                rule_id,
                Status.UNKNOWN,
                Citation("lf-charter", _LF_TEXT, "4 [not found]"),
                "the charter has no special-meeting clause in the sources",
            )
        )
    if caller is not MeetingCaller.DIRECTORS:
        return Decision.of(
            Check(rule_id, Status.PASSED, _S46, f"called by the {caller.value.replace('_', ' ')}")
        )
    if directors_calling > in_office:
        raise InvalidInputError.at(
            "directors_calling", f"{directors_calling} calling but {in_office} in office"
        )
    need = TWO_THIRDS.needed(in_office)
    return Decision.of(
        Check(
            rule_id,
            Status.PASSED if directors_calling >= need else Status.FAILED,
            _S46,
            f"{directors_calling} of {in_office} directors called it; two thirds ({need}) needed",
        )
    )


# --- Removal for cause --------------------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=typed)
class Meeting:
    """A board meeting and who attended.

    Attributes:
        held_on: The day of the meeting.
        attended: The person ids of the directors present.
    """

    held_on: date
    attended: frozenset[str] = frozenset()


_S44 = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.4",
    "(i) failure to attend three consecutive Board meetings, (ii) failure to attend more than "
    "half of the Board meetings within any twenty-four month period",
)


def check_removal_for_cause(
    person: str,
    meetings: Iterable[Meeting],
    *,
    as_of: date,
    since: date | None = None,
) -> Decision:
    """Decide whether attendance gives the board cause to remove a director (bylaws §4.4).

    Cause (i): three consecutive missed board meetings; cause (ii): more than half of the board
    meetings missed within a twenty-four month period -- a complete period, within the
    director's service [inferred]. Only meetings on or after ``since`` (the first day of
    continuous service; default: the first meeting given) and on or before ``as_of`` count.
    ``PASSED`` means cause is established (the Board *may* remove); ``FAILED`` means it is not.
    The other causes (Code of Conduct, court order, felony) are facts outside attendance and
    are not examined. The Linux Foundation charter has no such clause in our sources
    (``UNKNOWN``).

    Example:
        >>> ms = [Meeting(held_on=date(2019, m, 1), attended=frozenset({"x"})) for m in (1, 4, 7)]
        >>> check_removal_for_cause("y", ms, as_of=date(2019, 12, 31)).outcome
        <Status.PASSED: 'passed'>
        >>> check_removal_for_cause("x", ms, as_of=date(2019, 12, 31)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_removal_for_cause, locals())
    rule_id = "board.removal.cause"
    if as_of >= LF_CLOSING:
        return Decision.of(
            Check(
                rule_id,
                Status.UNKNOWN,
                Citation("lf-charter", _LF_TEXT, "2 [not found]"),
                "the charter has no removal-for-cause clause in the sources",
            )
        )
    held = sorted(
        (m for m in meetings if m.held_on <= as_of and (since is None or m.held_on >= since)),
        key=lambda m: m.held_on,
    )
    run = best_run = 0
    for m in held:
        run = 0 if person in m.attended else run + 1
        best_run = max(best_run, run)
    consecutive = Check(
        f"{rule_id}.consecutive",
        Status.PASSED if best_run >= 3 else Status.FAILED,
        attrs.evolve(_S44, section="4.4(i)"),
        f"{person}'s longest run of missed meetings: {best_run} (three give cause)",
    )
    first = since if since is not None else (held[0].held_on if held else as_of)
    found = _half_missed(person, held, start=first, as_of=as_of)
    half = Check(
        f"{rule_id}.half",
        Status.PASSED if found is not None else Status.FAILED,
        attrs.evolve(_S44, section="4.4(ii)"),
        (
            f"{person} missed {found[0]} of {found[1]} meetings from {found[2].isoformat()} to "
            f"{found[3].isoformat()}, within one 24-month period"
            if found is not None
            else f"{person} missed no more than half of the meetings in any complete 24-month "
            "period of service"
        ),
    )
    # Cause exists if either ground holds: report it as one decision whose outcome says so.
    if Status.PASSED in {consecutive.status, half.status}:
        grounds = [c for c in (consecutive, half) if c.status is Status.PASSED]
        others = [
            attrs.evolve(c, status=Status.NOT_APPLICABLE)
            for c in (consecutive, half)
            if c.status is not Status.PASSED
        ]
        return Decision.of(*grounds, *others)
    return Decision.of(consecutive, half)


def _half_missed(
    person: str, held: list[Meeting], *, start: date, as_of: date
) -> tuple[int, int, date, date] | None:
    """Find a run of meetings, more than half missed, that one 24-month period holds.

    A period ``[s, s + 24 months)`` holds exactly the meetings ``i..j`` when ``s`` falls after
    meeting ``i - 1`` and on or before meeting ``i``, and the period reaches past meeting ``j``
    but not past meeting ``j + 1``. We count only periods that begin on or after ``start`` (the
    start of service) and are complete by ``as_of`` [inferred: the text says "any twenty-four
    month period"; a period before the director took office, or not yet over, is not one in
    which the director failed to attend].
    """
    two_years = relativedelta(months=24)
    last_start = as_of + relativedelta(days=1) - two_years
    days = [m.held_on for m in held]
    missed_before = [0]
    for m in held:
        missed_before.append(missed_before[-1] + (person not in m.attended))
    n = len(held)
    for i in range(n):
        after = max(days[i - 1] if i > 0 else date.min, start - relativedelta(days=1))
        for j in range(i, n):
            total = j - i + 1
            missed = missed_before[j + 1] - missed_before[i]
            if missed * 2 <= total:
                continue
            lo = max(after, days[j] - two_years)  # s must be strictly later than lo
            hi = min(days[i], last_start)
            if j + 1 < n:
                hi = min(hi, days[j + 1] - two_years)
            if lo < hi:
                return (missed, total, days[i], days[j])
    return None
