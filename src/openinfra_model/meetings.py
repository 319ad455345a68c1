"""Board meetings and votes, amendments of the bylaws and of the Linux Foundation charter.

Quorum, majorities, written consent, special meetings, removal for cause, bylaws amendments
with the class votes of §9.2, and charter amendments.

Each threshold is a dated table, so the same question asked of 2014 and of 2026 applies the
text in force on each date:

* quorum: "A majority of the total number of directors in office" (bylaws §4.9); "at least
  fifty percent of the total number of [...] Representatives" (charter §4, from 2025-06-01);
* action: "the vote of a majority of those present" (§4.10; charter §4 "simple majority");
* written consent: "all members of the Board of Directors" (§4.11); electronic votes in the LF
  era: a majority of all voting representatives (charter §4);
* removal for cause (§4.4): three consecutive missed meetings, or more than half missed in a
  twenty-four month period;
* bylaws amendments: two thirds of the directors present with a quorum (§9.1), plus the class
  votes of §9.2; the Individual turnout was 25% until the January 2015 vote, 10% after;
* charter amendments: two thirds of the Governing Board, then the Linux Foundation's approval
  (charter §12).
"""

from __future__ import annotations

import enum
import re
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs
from dateutil.relativedelta import relativedelta

from openinfra_model.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.decisions import Check, Decision, Status
from openinfra_model.errors import InvalidInputError
from openinfra_model.regimes import (
    FIRST_DATE,
    LF_CLOSING,
    OIF_LAUNCH,
    TURNOUT_CHANGE_2015,
    Confidence,
    DatedTable,
    Window,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "INDIVIDUAL_AMENDMENT_TURNOUT",
    "QUORUM",
    "ClassVote",
    "Meeting",
    "MeetingCaller",
    "MemberClass",
    "Threshold",
    "amendment_classes",
    "check_bylaws_amendment",
    "check_charter_amendment",
    "check_quorum",
    "check_removal_for_cause",
    "check_resolution",
    "check_special_meeting_call",
    "check_written_consent",
]

_BYLAWS_2012 = date(2012, 8, 20)
_LF_TEXT = date(2025, 7, 7)


@attrs.frozen
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


_MAJORITY = Threshold(Fraction(1, 2), strict=True)
_TWO_THIRDS = Threshold(Fraction(2, 3))

_S49 = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.9",
    "A majority of the total number of directors in office shall constitute a quorum at any "
    "meeting of the Board of Directors.",
)
_LF4_QUORUM = Citation(
    "lf-charter",
    _LF_TEXT,
    "4",
    "Quorum for Governing Board and Committee meetings will require at least fifty percent of "
    "the total number of Platinum, Gold, and OIF Individual Representatives",
)
QUORUM: DatedTable[Threshold] = DatedTable(
    "board.quorum",
    Window(
        start=FIRST_DATE,
        value=_MAJORITY,
        citation=_S49,
        confidence=Confidence.INFERRED,
        note="Quoted from the 2021 text; the same rule in the 2012 text is inferred.",
    ),
    Window(
        start=LF_CLOSING,
        value=Threshold(Fraction(1, 2)),
        citation=_LF4_QUORUM,
        confidence=Confidence.QUOTED,
    ),
)
"""Board quorum: a share of the directors (representatives) in office."""

_S410 = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.10",
    "the vote of a majority of those present shall be sufficient to take any action",
)
_LF4_ACTION = Citation(
    "lf-charter", _LF_TEXT, "4", "simple majority of those present [paraphrased]"
)
ACTION: DatedTable[Threshold] = DatedTable(
    "board.action",
    Window(
        start=FIRST_DATE,
        value=_MAJORITY,
        citation=_S410,
        confidence=Confidence.INFERRED,
        note="Quoted from the 2021 text; assumed the same since 2012.",
    ),
    Window(
        start=LF_CLOSING, value=_MAJORITY, citation=_LF4_ACTION, confidence=Confidence.PARAPHRASED
    ),
)
"""Votes of those present needed to act at a meeting with a quorum."""

_S411 = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.11",
    "written consent [...] all members of the Board of Directors",
)
_LF4_ELECTRONIC = Citation(
    "lf-charter",
    _LF_TEXT,
    "4",
    "electronic votes need a majority of all voting representatives [paraphrased]",
)
WRITTEN_CONSENT: DatedTable[Threshold] = DatedTable(
    "board.written_consent",
    Window(
        start=FIRST_DATE,
        value=Threshold(Fraction(1)),
        citation=_S411,
        confidence=Confidence.INFERRED,
        note="Unanimous; quoted from the 2021 text, assumed the same since 2012.",
    ),
    Window(
        start=LF_CLOSING,
        value=_MAJORITY,
        citation=_LF4_ELECTRONIC,
        confidence=Confidence.PARAPHRASED,
        note="The charter has electronic votes by a majority of all voting representatives.",
    ),
)
"""Action without a meeting: unanimous written consent, then (LF) an electronic majority."""

_S92A_2012 = Citation(
    "bylaws",
    _BYLAWS_2012,
    "9.2(a)",
    "an affirmative vote of a majority of the Individual Members voting as provided in Article "
    "III, but only if at least 25% of the Individual Members vote",
)
_S92A = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "9.2(a)",
    "an affirmative vote of a majority of the Individual Members voting as provided in Article "
    "III, but only if at least 10% of the Individual Members vote",
)
INDIVIDUAL_AMENDMENT_TURNOUT: DatedTable[Fraction] = DatedTable(
    "board.amendment.individual_turnout",
    Window(
        start=FIRST_DATE, value=Fraction(1, 4), citation=_S92A_2012, confidence=Confidence.QUOTED
    ),
    Window(
        start=TURNOUT_CHANGE_2015,
        value=Fraction(1, 10),
        citation=_S92A,
        confidence=Confidence.INFERRED,
        note="Approved by the members in the 12-16 January 2015 vote [paraphrased]; the day is "
        "the close of that vote [inferred].",
    ),
)
"""The share of Individual Members who must vote for an Individual class vote to count."""


# --- Quorum and ordinary resolutions ------------------------------------------------------------


def _counts(**values: int) -> None:
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
    _counts(present=present, in_office=in_office)
    if present > in_office:
        raise InvalidInputError.at("present", f"{present} present but {in_office} in office")
    w = QUORUM.at(as_of)
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
    _counts(yes=yes)
    if yes > present:
        raise InvalidInputError.at("yes", f"{yes} votes for but {present} present")
    quorum = check_quorum(present, in_office, as_of=as_of)
    w = ACTION.at(as_of)
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
    _counts(consents=consents, in_office=in_office)
    if consents > in_office:
        raise InvalidInputError.at("consents", f"{consents} consents but {in_office} in office")
    w = WRITTEN_CONSENT.at(as_of)
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
    "the Chair of the Board, the Executive Director or two thirds of the directors currently in "
    "office",
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
    _counts(directors_calling=directors_calling, in_office=in_office)
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
    need = _TWO_THIRDS.needed(in_office)
    return Decision.of(
        Check(
            rule_id,
            Status.PASSED if directors_calling >= need else Status.FAILED,
            _S46,
            f"{directors_calling} of {in_office} directors called it; two thirds ({need}) needed",
        )
    )


# --- Removal for cause --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
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
        f"longest run of missed meetings: {best_run} (three give cause)",
    )
    first = since if since is not None else (held[0].held_on if held else as_of)
    found = _half_missed(person, held, start=first, as_of=as_of)
    half = Check(
        f"{rule_id}.half",
        Status.PASSED if found is not None else Status.FAILED,
        attrs.evolve(_S44, section="4.4(ii)"),
        (
            f"missed {found[0]} of {found[1]} meetings from {found[2].isoformat()} to "
            f"{found[3].isoformat()}, within one 24-month period"
            if found is not None
            else "missed no more than half of the meetings in any complete 24-month period of "
            "service"
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


# --- Amendments ---------------------------------------------------------------------------------


class MemberClass(enum.Enum):
    """A voting class of members."""

    INDIVIDUAL = "individual"
    GOLD = "gold"
    PLATINUM = "platinum"


def _nonneg(_instance: Any, attribute: Any, value: int) -> None:  # noqa: ANN401
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError.at(attribute.name, f"must be a non-negative int, not {value!r}")


@attrs.frozen(kw_only=True)
class ClassVote:
    """The result of one class's vote on an amendment.

    Attributes:
        member_class: Individual, Gold or Platinum.
        yes: Votes for.
        no: Votes against.
        eligible: Members of the class entitled to vote.
    """

    member_class: MemberClass
    yes: int = attrs.field(validator=_nonneg)
    no: int = attrs.field(validator=_nonneg)
    eligible: int = attrs.field(validator=_nonneg)

    def __attrs_post_init__(self) -> None:
        """Refuse more votes than voters."""
        if self.yes + self.no > self.eligible:
            raise InvalidInputError.at(
                "eligible", f"{self.yes + self.no} votes cast but {self.eligible} eligible"
            )


_A = {"3.2", "3.5(a)", "3.6", "3.9(a)", "4.2(d)", "4.4", "9.2(a)", "individual-member-policy"}
_B = {"3.3", "3.5(b)", "3.6", "3.9(b)", "4.2(c)", "4.4", "9.2(b)", "gold-member-policy"}
_C = {"3.6", "3.9(c)", "4.2(b)", "4.4", "9.2(c)", "platinum-member-policy"}
_D = {"article-2", "4.1(a)", "4.9", "4.10", "4.11", "4.15", "9.2(d)"}

_S91 = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "9.1",
    "the affirmative vote of two-thirds of the directors present at any regular or special "
    "meeting of the Board of Directors at which a quorum is also present",
)
_S92B = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "9.2(b)",
    "an affirmative vote of a majority of the Gold Members voting",
)
_S92C = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "9.2(c)",
    "an affirmative vote of a majority of the Platinum Members",
)
_S92D = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "9.2(d)",
    "(i) two-thirds of the Gold Members, (ii) two-thirds of the Platinum Members, and (iii) a "
    "majority of the Individual Members voting",
)


_SECTION = re.compile(r"\d+(?:\.\d+)*(?:\([a-z0-9]+\))*")
_NAMED = {"article-2", "individual-member-policy", "gold-member-policy", "platinum-member-policy"}


def _covers(asked: str, listed: str) -> bool:
    """Whether amending ``asked`` amends ``listed``: the same section, or one inside the other."""
    return asked == listed or listed.startswith(f"{asked}(") or asked.startswith(f"{listed}(")


def _hits(secs: set[str], listed: set[str]) -> bool:
    return any(_covers(a, e) for a in secs for e in listed)


def amendment_classes(
    sections: Iterable[str], *, as_of: date | None = None
) -> dict[MemberClass, str]:
    """Which class votes an amendment of ``sections`` needs, and under which clause of §9.2.

    Sections use the 2021+ numbering (``"4.2(c)"``, ``"4.15"``), ``"article-2"`` for Article
    II and ``"individual-member-policy"``/``"gold-member-policy"``/``"platinum-member-policy"``
    for the appendices. A section covers its sub-sections and is covered by its parent
    (``"4.15(a)"`` and ``"3.5"`` both count). Where §9.2(d) applies it replaces the per-class
    clauses (its thresholds are the stricter ones). Before 2021-01-01, ``as_of`` reads the
    2012 numbering, in which the Director Diversity Requirement is §4.17 [inferred: the
    reference quotes §4.17 for the 2012-2019 text and §4.15 for the 2021 text].

    Raises:
        InvalidInputError: A section is not a section number or a named part.

    Example:
        >>> amendment_classes(["4.15"])
        {<MemberClass.GOLD: 'gold'>: '9.2(d)', <MemberClass.PLATINUM: 'platinum'>: '9.2(d)', <MemberClass.INDIVIDUAL: 'individual'>: '9.2(d)'}
        >>> amendment_classes(["4.2(d)"])
        {<MemberClass.INDIVIDUAL: 'individual'>: '9.2(a)'}
        >>> amendment_classes(["4.17(a)"], as_of=date(2014, 6, 1))[MemberClass.GOLD]
        '9.2(d)'
    """  # noqa: E501
    secs: set[str] = set()
    for i, raw in enumerate(sections):
        sec = raw.strip()
        if sec not in _NAMED and _SECTION.fullmatch(sec) is None:
            raise InvalidInputError.at(
                f"sections[{i}]", f"{raw!r} is not a bylaws section like '4.15(a)' or a named part"
            )
        if as_of is not None and as_of < OIF_LAUNCH and _covers(sec, "4.17"):
            sec = "4.15" + sec[len("4.17") :]
        secs.add(sec)
    out: dict[MemberClass, str] = {}
    if _hits(secs, _D) or any(s.startswith("2.") for s in secs):
        return {
            MemberClass.GOLD: "9.2(d)",
            MemberClass.PLATINUM: "9.2(d)",
            MemberClass.INDIVIDUAL: "9.2(d)",
        }
    if _hits(secs, _A):
        out[MemberClass.INDIVIDUAL] = "9.2(a)"
    if _hits(secs, _B):
        out[MemberClass.GOLD] = "9.2(b)"
    if _hits(secs, _C):
        out[MemberClass.PLATINUM] = "9.2(c)"
    return out


def _class_check(clause: str, vote: ClassVote | None, cls: MemberClass, as_of: date) -> Check:
    rule_id = f"board.amendment.{cls.value}"
    if cls is MemberClass.INDIVIDUAL:
        w = INDIVIDUAL_AMENDMENT_TURNOUT.at(as_of)
        cite = w.citation if clause == "9.2(a)" else _S92D
    elif cls is MemberClass.GOLD:
        cite = _S92B if clause == "9.2(b)" else _S92D
    else:
        cite = _S92C if clause == "9.2(c)" else _S92D
    if vote is None:
        return Check(rule_id, Status.UNKNOWN, cite, f"the {cls.value} class vote is not given")
    cast = vote.yes + vote.no
    if cls is MemberClass.INDIVIDUAL:
        turnout = INDIVIDUAL_AMENDMENT_TURNOUT.value(as_of)
        floor = Threshold(turnout).needed(vote.eligible)
        if cast < floor:
            return Check(
                rule_id,
                Status.FAILED,
                cite,
                f"{cast} of {vote.eligible} Individual Members voted; at least {turnout} "
                f"({floor}) must vote",
            )
        ok = _MAJORITY.met(vote.yes, cast)
        why = f"{vote.yes} of {cast} voting for (turnout {cast}/{vote.eligible} >= {turnout})"
    elif clause == "9.2(d)":
        ok = _TWO_THIRDS.met(vote.yes, vote.eligible)
        why = (
            f"{vote.yes} of {vote.eligible} {cls.value} members for; two thirds of the class "
            "needed"
        )
    elif cls is MemberClass.GOLD:
        ok = cast > 0 and _MAJORITY.met(vote.yes, cast)
        why = f"{vote.yes} of {cast} Gold members voting for; a majority of those voting needed"
    else:
        ok = _MAJORITY.met(vote.yes, vote.eligible)
        why = f"{vote.yes} of {vote.eligible} Platinum members for; a majority of the class needed"
    return Check(rule_id, Status.PASSED if ok else Status.FAILED, cite, why)


def check_bylaws_amendment(  # noqa: PLR0913
    sections: Iterable[str],
    *,
    yes: int,
    present: int,
    in_office: int,
    class_votes: Iterable[ClassVote] = (),
    as_of: date,
) -> Decision:
    """Decide whether a bylaws amendment is adopted (Delaware period).

    §9.1: two thirds of the directors present at a meeting with a quorum; §9.2: the class votes
    the amended sections need (:func:`amendment_classes`) -- Individual: a majority of those
    voting with a turnout of 10% (25% before 2015-01-16); Gold: a majority of those voting;
    Platinum: a majority of the class; §9.2(d): two thirds of the Gold and of the Platinum
    members and the Individual majority with turnout. A missing class vote is ``UNKNOWN``.
    From 2025-06-01 the bylaws no longer govern: ``NOT_APPLICABLE`` (see
    :func:`check_charter_amendment`).

    Example:
        >>> check_bylaws_amendment(
        ...     ["4.2(d)"],
        ...     yes=16,
        ...     present=20,
        ...     in_office=24,
        ...     class_votes=[
        ...         ClassVote(
        ...             member_class=MemberClass.INDIVIDUAL, yes=2000, no=500, eligible=17000
        ...         )
        ...     ],
        ...     as_of=date(2015, 1, 16),
        ... ).outcome
        <Status.PASSED: 'passed'>
    """
    if as_of >= LF_CLOSING:
        return Decision.of(
            Check(
                "board.amendment.board",
                Status.NOT_APPLICABLE,
                _S91,
                "the Delaware bylaws no longer govern; the LF charter does (§12)",
            )
        )
    _counts(yes=yes)
    if yes > present:
        raise InvalidInputError.at("yes", f"{yes} votes for but {present} present")
    quorum = check_quorum(present, in_office, as_of=as_of)
    need = _TWO_THIRDS.needed(present)
    board = Check(
        "board.amendment.board",
        Status.PASSED if yes >= need else Status.FAILED,
        _S91,
        f"{yes} of {present} directors present voted for; two thirds ({need}) needed",
    )
    votes: dict[MemberClass, ClassVote] = {}
    for i, v in enumerate(class_votes):
        if v.member_class in votes:
            raise InvalidInputError.at(
                f"class_votes[{i}]", f"a second {v.member_class.value} vote"
            )
        votes[v.member_class] = v
    needed = amendment_classes(sections, as_of=as_of)
    class_checks = [
        _class_check(clause, votes.get(cls), cls, as_of) for cls, clause in needed.items()
    ]
    return Decision.of(*quorum.checks, board, *class_checks)


_LF12 = Citation(
    "lf-charter",
    _LF_TEXT,
    "12",
    "This Charter may be amended by a two-thirds vote of Platinum, Gold and OIF Individual "
    "Representatives of the Governing Board, subject to approval by The Linux Foundation.",
)


def check_charter_amendment(
    yes: int, representatives: int, *, lf_approved: bool | None, as_of: date
) -> Decision:
    """Decide whether an amendment of the LF-era charter is adopted (charter §12).

    Two thirds of the Platinum, Gold and OIF Individual Representatives (of all of them
    [inferred: the text says "a two-thirds vote of [...] Representatives"]), then the Linux
    Foundation's approval (``None``: not yet known, ``UNKNOWN``). Before 2025-06-01:
    ``NOT_APPLICABLE``.

    Example:
        >>> check_charter_amendment(16, 24, lf_approved=True, as_of=date(2026, 2, 1)).outcome
        <Status.PASSED: 'passed'>
        >>> check_charter_amendment(16, 24, lf_approved=None, as_of=date(2026, 2, 1)).outcome
        <Status.UNKNOWN: 'unknown'>
    """
    if as_of < LF_CLOSING:
        return Decision.of(
            Check(
                "board.charter_amendment.board",
                Status.NOT_APPLICABLE,
                _LF12,
                "the charter governs from 2025-06-01",
            )
        )
    _counts(yes=yes, representatives=representatives)
    if yes > representatives:
        raise InvalidInputError.at("yes", f"{yes} votes for but {representatives} representatives")
    need = _TWO_THIRDS.needed(representatives)
    board = Check(
        "board.charter_amendment.board",
        Status.PASSED if yes >= need else Status.FAILED,
        _inferred_section(_LF12),
        f"{yes} of {representatives} representatives for; two thirds ({need}) needed",
    )
    if lf_approved is None:
        lf = Check(
            "board.charter_amendment.lf_approval",
            Status.UNKNOWN,
            _LF12,
            "the Linux Foundation's approval is not recorded",
        )
    else:
        lf = Check(
            "board.charter_amendment.lf_approval",
            Status.PASSED if lf_approved else Status.FAILED,
            _LF12,
            "approved by the Linux Foundation" if lf_approved else "not approved by the LF",
        )
    return Decision.of(board, lf)


def _inferred_section(c: Citation) -> Citation:
    return attrs.evolve(c, section=f"{c.section} [inferred: of all representatives]")
