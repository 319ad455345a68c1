"""Amendments (bylaws Article IX; Linux Foundation charter §12).

Bylaws amendments need two thirds of the directors present with a quorum (§9.1), plus the
class votes of §9.2 -- each "as provided in Article III", so a Gold class vote also needs §3.7's
class quorum [inferred]; the Individual turnout was 25% until the 2015 amendments took effect
(2015-02-15 [inferred]: the January 2015 vote itself needed 25%), 10% after. Amending §§3.4,
3.5(c), 3.7 and 3.10 needs the vote of the class they apply to (§9.2(d)); amending §4.13 or the
Technical Committee Member Policy needed a majority of the Board and of the OpenStack Technical
Committee until the 2023-12-05 amendments. Amended bylaws take effect "no sooner than thirty
(30) days after" the Board sets the date (:func:`check_amendment_effective_date`).
Charter amendments need two thirds of the Governing Board, then the Linux Foundation's
approval (charter §12).
"""

from __future__ import annotations

import enum
import re
from datetime import date, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import (
    LF_CLOSING,
    OIF_LAUNCH,
    OIP_AMENDMENTS,
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed

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
    "check_amendment_effective_date",
    "check_bylaws_amendment",
    "check_charter_amendment",
]

_LF_TEXT = date(2025, 7, 7)

INDIVIDUAL_AMENDMENT_TURNOUT: DatedTable[Fraction] = parameter(
    "board.amendment.individual_turnout", Fraction
)
"""The share of Individual Members who must vote for an Individual class vote to count (keyed on
the day of the vote)."""


class MemberClass(enum.Enum):
    """A voting class of members."""

    INDIVIDUAL = "individual"
    GOLD = "gold"
    PLATINUM = "platinum"


def _nonneg(_instance: Any, attribute: Any, value: int) -> None:  # noqa: ANN401
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError.at(attribute.name, f"must be a non-negative int, not {value!r}")


@attrs.frozen(kw_only=True, field_transformer=typed)
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
_D_CLASS = {"3.4", "3.5(c)", "3.7", "3.10"}
_TC = {"4.13", "tc-member-policy"}
_D_CLASS_CLAUSE = "9.2(d) (§§3.4, 3.5(c), 3.7, 3.10)"

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
    "9.2(b) with 3.7 [inferred: the class quorum of §3.7 applies]",
    "an affirmative vote of a majority of the Gold Members voting as provided in Article III",
)
_S3_7 = (
    "Where a separate vote by a class or classes is required, a majority of the Voting Class "
    "Members of such class or classes present in person or represented by proxy shall "
    "constitute a quorum"
)
_S92D_CLASS = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    _D_CLASS_CLAUSE,
    "The amendment of Sections 3.4, 3.5(c), 3.7, and 3.10, as they apply to a particular class, "
    "requires an affirmative vote as follows for a particular class (i) two-thirds of the Gold "
    "Members, (ii) two-thirds of the Platinum Members, or (iii) a majority of the Individual "
    "Members voting",
)
_S92D_TC = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "9.2(d) (§4.13 and the Technical Committee Member Policy)",
    "The amendment of Section 4.13 and the OpenStack Technical Committee Member Policy shall "
    "require the affirmative vote of the majority of the Board of Directors and the majority of "
    "the OpenStack Technical Committee.",
)
_S92D_TC_BOARD = attrs.evolve(
    _S92D_TC,
    section="9.2(d) (§4.13 and the Technical Committee Member Policy) "
    "[inferred: a majority of the directors in office]",
)
_S92D_TC_GONE = Citation(
    "bylaws-redline-2023",
    OIP_AMENDMENTS,
    "margin note to 9.2(d) [sentence on §4.13 deleted by the 2023-12-05 amendments]",
    "The details of OpenStack project governance are now in the OpenStack TC Charter, and "
    "Appendix 4 (the “OpenStack Technical Committee Member Policy”) has been deleted.",
)
_S92D_EFFECTIVE = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "9.2(d) (effective date)",
    "provided that the effective date of these Bylaws shall be no sooner than thirty (30) days "
    "after the action by the Board of Directors to set such date",
)
_EFFECTIVE_DELAY = timedelta(days=30)
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
_NAMED = {
    "article-2",
    "individual-member-policy",
    "gold-member-policy",
    "platinum-member-policy",
    "tc-member-policy",
}


def _covers(asked: str, listed: str) -> bool:
    """Whether amending ``asked`` amends ``listed``: the same section, or one inside the other."""
    return asked == listed or listed.startswith(f"{asked}(") or asked.startswith(f"{listed}(")


def _hits(secs: set[str], listed: set[str]) -> bool:
    return any(_covers(a, e) for a in secs for e in listed)


def _parse_sections(sections: Iterable[str], as_of: date | None) -> set[str]:
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
    return secs


def amendment_classes(
    sections: Iterable[str],
    *,
    as_of: date | None = None,
    applies_to: Iterable[MemberClass] | None = None,
) -> dict[MemberClass, str]:
    """Which class votes an amendment of ``sections`` needs, and under which clause of §9.2.

    Sections use the 2021+ numbering (``"4.2(c)"``, ``"4.15"``), ``"article-2"`` for Article
    II and ``"individual-member-policy"``/``"gold-member-policy"``/``"platinum-member-policy"``
    for the appendices. A section covers its sub-sections and is covered by its parent
    (``"4.15(a)"`` and ``"3.5"`` both count). Where §9.2(d) applies it replaces the per-class
    clauses (its thresholds are the stricter ones).

    Sections 3.4, 3.5(c), 3.7 and 3.10 "as they apply to a particular class" need the vote of
    that class (§9.2(d), second sentence: two thirds of the Gold Members, two thirds of the
    Platinum Members, or the Individual majority with turnout); ``applies_to`` names the
    classes the amended text applies to, and by default every class is listed (each missing
    class vote is then ``UNKNOWN`` in :func:`check_bylaws_amendment`, not ``FAILED``). §4.13
    and the Technical Committee Member Policy need no member class vote (see
    :func:`check_bylaws_amendment` for their Board and Technical Committee majorities). Before 2021-01-01, ``as_of`` reads the
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
        >>> amendment_classes(["3.7"], applies_to=[MemberClass.GOLD])
        {<MemberClass.GOLD: 'gold'>: '9.2(d) (§§3.4, 3.5(c), 3.7, 3.10)'}
    """  # noqa: E501
    check_arguments(amendment_classes, locals())
    secs = _parse_sections(sections, as_of)
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
    if _hits(secs, _D_CLASS):
        # The stricter clause for the classes the amended text applies to.
        for cls in MemberClass if applies_to is None else applies_to:
            out[cls] = _D_CLASS_CLAUSE
    return out


def _class_check(clause: str, vote: ClassVote | None, cls: MemberClass, as_of: date) -> Check:
    rule_id = f"board.amendment.{cls.value}"
    per_class = {"9.2(a)", "9.2(b)", "9.2(c)"}
    if clause not in per_class:
        cite = _S92D_CLASS if clause == _D_CLASS_CLAUSE else _S92D
    elif cls is MemberClass.INDIVIDUAL:
        cite = INDIVIDUAL_AMENDMENT_TURNOUT._at(as_of).citation
    elif cls is MemberClass.GOLD:
        cite = _S92B
    else:
        cite = _S92C
    if vote is None:
        return Check(
            rule_id,
            Status.UNKNOWN,
            cite,
            f"the {cls.value} class vote that §{clause} requires is not given",
        )
    cast = vote.yes + vote.no
    if cls is MemberClass.INDIVIDUAL:
        turnout = INDIVIDUAL_AMENDMENT_TURNOUT._value(as_of)
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
        why = (
            f"{vote.yes} of {cast} voting for (turnout {cast}/{vote.eligible} >= {turnout}); "
            f"a majority of those voting ({MAJORITY.needed(cast)}) needed"
        )
    elif clause not in per_class:
        ok = TWO_THIRDS.met(vote.yes, vote.eligible)
        why = (
            f"{vote.yes} of {vote.eligible} {cls.value} members for; two thirds of the class "
            f"({TWO_THIRDS.needed(vote.eligible)}) needed"
        )
    elif cls is MemberClass.GOLD:
        quorum = MAJORITY.needed(vote.eligible)
        if cast < quorum:
            return Check(
                rule_id,
                Status.FAILED,
                cite,
                f"{cast} of {vote.eligible} Gold members voted; the class quorum of §3.7 is a "
                f"majority of the class ({quorum}) [inferred from 'as provided in Article III']",
            )
        ok = MAJORITY.met(vote.yes, cast)
        why = (
            f"{vote.yes} of {cast} Gold members voting for (quorum {quorum} of {vote.eligible} "
            f"met); a majority of those voting ({MAJORITY.needed(cast)}) needed"
        )
    else:
        ok = MAJORITY.met(vote.yes, vote.eligible)
        why = (
            f"{vote.yes} of {vote.eligible} Platinum members for; a majority of the class "
            f"({MAJORITY.needed(vote.eligible)}) needed"
        )
    return Check(rule_id, Status.PASSED if ok else Status.FAILED, cite, why)


def check_bylaws_amendment(  # noqa: PLR0913
    sections: Iterable[str],
    *,
    yes: int,
    present: int,
    in_office: int,
    class_votes: Iterable[ClassVote] = (),
    as_of: date,
    applies_to: Iterable[MemberClass] | None = None,
    tc_yes: int | None = None,
    tc_members: int | None = None,
) -> Decision:
    """Decide whether a bylaws amendment is adopted (Delaware period).

    §9.1: two thirds of the directors present at a meeting with a quorum; §9.2: the class votes
    the amended sections need (:func:`amendment_classes`) -- Individual: a majority of those
    voting with a turnout of 10% (25% before 2015-02-15, when the 2015 amendments took effect
    [inferred]); Gold: a majority of those voting, with §3.7's class quorum (a majority of the
    class must vote) [inferred from "as provided in Article III"]; Platinum: a majority of the
    class; §9.2(d): two thirds of the Gold and of the Platinum members and the Individual
    majority with turnout, and for §§3.4, 3.5(c), 3.7, 3.10 the same for the class(es)
    ``applies_to`` names. Amending §4.13 or the Technical Committee Member Policy before
    2023-12-05 also needs a majority of the directors in office [inferred reading of "the
    majority of the Board of Directors"] and of the OpenStack Technical Committee (``tc_yes``
    of ``tc_members``; not given: ``UNKNOWN``); from 2023-12-05 that sentence is gone and §9.1
    alone applies. A missing class vote is ``UNKNOWN``. ``as_of`` is the day of the vote (for
    the turnout); whether the amendment has taken effect is
    :func:`check_amendment_effective_date`. From 2025-06-01 the bylaws no longer govern:
    ``NOT_APPLICABLE`` (see :func:`check_charter_amendment`).

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
        ...     as_of=date(2015, 2, 15),
        ... ).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_bylaws_amendment, locals())
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
    sections = tuple(sections)
    needed = amendment_classes(sections, as_of=as_of, applies_to=applies_to)
    class_checks = [
        _class_check(clause, votes.get(cls), cls, as_of) for cls, clause in needed.items()
    ]
    tc_checks: tuple[Check, ...] = ()
    if _hits(_parse_sections(sections, as_of), _TC):
        tc_checks = _tc_checks(yes, in_office, tc_yes, tc_members, as_of)
    return Decision.of(*quorum.checks, board, *class_checks, *tc_checks)


def _tc_checks(
    yes: int, in_office: int, tc_yes: int | None, tc_members: int | None, as_of: date
) -> tuple[Check, ...]:
    """§9.2(d)'s sentence on §4.13 and the Technical Committee Member Policy (to 2023-12-04)."""
    if as_of >= OIP_AMENDMENTS:
        return (
            Check(
                "board.amendment.tc",
                Status.NOT_APPLICABLE,
                _S92D_TC_GONE,
                "the 2023-12-05 amendments deleted the Technical Committee's vote (and Appendix "
                "4, the Technical Committee Member Policy): §9.1 alone applies to §4.13",
            ),
        )
    need = MAJORITY.needed(in_office)
    board = Check(
        "board.amendment.board_majority",
        Status.PASSED if yes >= need else Status.FAILED,
        _S92D_TC_BOARD,
        f"{yes} of {in_office} directors in office for; a majority ({need}) needed",
    )
    if tc_yes is None or tc_members is None:
        return (
            board,
            Check(
                "board.amendment.tc",
                Status.UNKNOWN,
                _S92D_TC,
                "the OpenStack Technical Committee's vote is not given",
            ),
        )
    validate_counts(tc_yes=tc_yes, tc_members=tc_members)
    if tc_yes > tc_members:
        raise InvalidInputError.at("tc_yes", f"{tc_yes} votes for but {tc_members} members")
    tc_need = MAJORITY.needed(tc_members)
    return (
        board,
        Check(
            "board.amendment.tc",
            Status.PASSED if tc_yes >= tc_need else Status.FAILED,
            _S92D_TC,
            f"{tc_yes} of {tc_members} Technical Committee members for; a majority ({tc_need}) "
            "needed",
        ),
    )


def check_amendment_effective_date(board_set_on: date, effective_on: date | None) -> Decision:
    """Check the effective date the Board set for amended bylaws (§9.2(d), last sentence).

    "These Bylaws shall be effective on the date set by the Board of Directors after this
    version of the Bylaws is approved by the Voting Class Members as provided above; provided
    that the effective date of these Bylaws shall be no sooner than thirty (30) days after the
    action by the Board of Directors to set such date." Read as applying to every amendment
    [inferred]. Without a recorded effective date the answer is ``UNKNOWN``, naming the
    earliest possible day (as for the 2015 amendments: 2015-01-16 + 30 = 2015-02-15).

    Example:
        >>> check_amendment_effective_date(date(2015, 1, 16), date(2015, 2, 15)).outcome
        <Status.PASSED: 'passed'>
        >>> check_amendment_effective_date(date(2015, 1, 16), date(2015, 2, 14)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_amendment_effective_date, locals())
    earliest = board_set_on + _EFFECTIVE_DELAY
    rid = "board.amendment.effective_date"
    if effective_on is None:
        return Decision.of(
            Check(
                rid,
                Status.UNKNOWN,
                _S92D_EFFECTIVE,
                f"the effective date set by the Board is not recorded; it is "
                f"{earliest.isoformat()} at the earliest",
            )
        )
    ok = effective_on >= earliest
    return Decision.of(
        Check(
            rid,
            Status.PASSED if ok else Status.FAILED,
            _S92D_EFFECTIVE,
            f"effective {effective_on.isoformat()}, "
            + ("on or after" if ok else "before")
            + f" {earliest.isoformat()} (30 days after the Board set it on "
            f"{board_set_on.isoformat()})",
        )
    )


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
    check_arguments(check_charter_amendment, locals())
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
