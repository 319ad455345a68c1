"""Amendments (bylaws Article IX; Linux Foundation charter §12).

Bylaws amendments need two thirds of the directors present with a quorum (§9.1), plus the
class votes of §9.2; the Individual turnout was 25% until the January 2015 vote, 10% after.
Charter amendments need two thirds of the Governing Board, then the Linux Foundation's
approval (charter §12).
"""

from __future__ import annotations

import enum
import re
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import (
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
from openinfra_model.board.meetings import (
    MAJORITY,
    TWO_THIRDS,
    Threshold,
    check_quorum,
    validate_counts,
)

__all__ = [
    "INDIVIDUAL_AMENDMENT_TURNOUT",
    "ClassVote",
    "MemberClass",
    "amendment_classes",
    "check_bylaws_amendment",
    "check_charter_amendment",
]

_BYLAWS_2012 = date(2012, 8, 20)
_LF_TEXT = date(2025, 7, 7)

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
        ok = MAJORITY.met(vote.yes, cast)
        why = f"{vote.yes} of {cast} voting for (turnout {cast}/{vote.eligible} >= {turnout})"
    elif clause == "9.2(d)":
        ok = TWO_THIRDS.met(vote.yes, vote.eligible)
        why = (
            f"{vote.yes} of {vote.eligible} {cls.value} members for; two thirds of the class "
            "needed"
        )
    elif cls is MemberClass.GOLD:
        ok = cast > 0 and MAJORITY.met(vote.yes, cast)
        why = f"{vote.yes} of {cast} Gold members voting for; a majority of those voting needed"
    else:
        ok = MAJORITY.met(vote.yes, vote.eligible)
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
    validate_counts(yes=yes)
    if yes > present:
        raise InvalidInputError.at("yes", f"{yes} votes for but {present} present")
    quorum = check_quorum(present, in_office, as_of=as_of)
    need = TWO_THIRDS.needed(present)
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
    validate_counts(yes=yes, representatives=representatives)
    if yes > representatives:
        raise InvalidInputError.at("yes", f"{yes} votes for but {representatives} representatives")
    need = TWO_THIRDS.needed(representatives)
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
