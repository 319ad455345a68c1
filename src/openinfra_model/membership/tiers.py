"""Tier requirements: Platinum qualification, approval, renewal terms and caps on member counts.

* **Platinum** (Platinum Member Policy, bylaws Appendix 2; join page): $350,000 a year "and
  must also have the equivalent of 2 full time employees contributing to OpenInfra Foundation
  projects"; "All Platinum Members are subject to board approval"; renewal terms of three
  years, with the Foundation's notice "at least nine months (but not more than twelve months)
  prior to the last day of the term" and the member's answer "on or before six months prior to
  the last day of the term" (§1(b), §1(c)). The effective date is
  :func:`~openinfra_model.membership.effective_date` (``standing``), not repeated here.
* **Gold** (Gold Member Policy, Appendix 3): admission approved by the Board in the early years
  and by the Executive Director in the 2021+ text (§1(a)); renewal notice "by November 1 of each
  calendar year", otherwise "its term will automatically terminate upon December 31 of such
  year" (§1(b)).
* **Caps**: at most 8 Platinum [inferred] and 24 Gold [quoted 2016] members before 2021; "shall
  not be limited" / "no limit" in the 2021+ bylaws (§2.3(c), §2.4(c)).

From the Linux Foundation closing (2025-06-01) the bylaws' appendices no longer govern and the
LF charter has no approval or renewal clauses: those checks answer ``UNKNOWN`` then.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from openinfra_model.core import render
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.regimes import (
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.membership.dues import assess_dues
from openinfra_model.membership.model import Approver, Membership, Tier
from openinfra_model.membership.standing import effective_date, members_on

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openinfra_model.core.citations import Citation
    from openinfra_model.core.regimes import DatedTable
    from openinfra_model.membership.organizations import Organization

__all__ = [
    "GOLD_APPROVER",
    "GOLD_CAP",
    "GOLD_RENEWAL",
    "PLATINUM_APPROVER",
    "PLATINUM_CAP",
    "PLATINUM_FTE",
    "PLATINUM_RENEWAL",
    "YEAR_END_APPROVALS",
    "GoldRenewalTerms",
    "PlatinumRenewalTerms",
    "PlatinumTerm",
    "check_board_approval_timing",
    "check_gold_approval",
    "check_gold_renewal",
    "check_member_caps",
    "check_platinum_renewal",
    "check_platinum_requirements",
    "platinum_term",
]


PLATINUM_FTE: DatedTable[Decimal] = parameter("membership.platinum.fte", Decimal)
"""The full-time-equivalent contributors a Platinum member must supply."""

PLATINUM_APPROVER: DatedTable[Approver] = parameter("membership.platinum.approver", Approver)
"""Who approves a Platinum member's admission."""

GOLD_APPROVER: DatedTable[Approver | None] = parameter("membership.gold.approver", Approver | None)
"""Who approves a Gold member's admission (``None``: no source says)."""


YEAR_END_APPROVALS: DatedTable[bool | None] = parameter(
    "membership.approval.year_end", bool | None
)
"""Bylaws §4.5: the Board acts on new Gold and Platinum members within 25 days of the end of
the calendar year. ``False``: the text names only that window; ``True``: "or as otherwise
necessary" too; ``None``: no rule (LF era)."""

_YEAR_END_DAYS = 25


@attrs.frozen(kw_only=True, field_transformer=typed)
class PlatinumRenewalTerms:
    """The Platinum renewal clauses (Platinum Member Policy §1(b), §1(c)).

    Attributes:
        term_years: The length of a renewal term.
        notice_earliest_months: The Foundation's notice comes at most this many months before
            the last day of the term.
        notice_latest_months: ... and at least this many months before it.
        answer_months: The member answers on or before this many months before the last day.
    """

    term_years: int = 3
    notice_earliest_months: int = 12
    notice_latest_months: int = 9
    answer_months: int = 6

    def __str__(self) -> str:
        """Describe the terms in words."""
        return (
            f"{self.term_years}-year terms; notice {self.notice_latest_months}-"
            f"{self.notice_earliest_months} months before the end; answer "
            f"{self.answer_months} months before"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class GoldRenewalTerms:
    """The Gold renewal clause (Gold Member Policy §1(b)).

    Attributes:
        notice_month: The month of the yearly deadline for the member's renewal notice.
        notice_day: Its day.
        end_month: The month of the day the term ends without notice.
        end_day: Its day.
    """

    notice_month: int = 11
    notice_day: int = 1
    end_month: int = 12
    end_day: int = 31

    def deadline(self, year: int) -> date:
        """The last day for the renewal notice in ``year``."""
        return date(year, self.notice_month, self.notice_day)

    def term_end(self, year: int) -> date:
        """The day the term ends in ``year`` without a notice."""
        return date(year, self.end_month, self.end_day)

    def __str__(self) -> str:
        """Describe the terms in words."""
        n, e = self.deadline(2000), self.term_end(2000)
        return f"notice by {n:%B} {n.day}, else the term ends {e:%B} {e.day}"


PLATINUM_RENEWAL: DatedTable[PlatinumRenewalTerms | None] = parameter(
    "membership.platinum.renewal", PlatinumRenewalTerms | None
)
"""The Platinum renewal terms (``None``: no source gives them)."""

GOLD_RENEWAL: DatedTable[GoldRenewalTerms | None] = parameter(
    "membership.gold.renewal", GoldRenewalTerms | None
)
"""The Gold renewal terms (``None``: no source gives them)."""

PLATINUM_CAP: DatedTable[int | None] = parameter("membership.platinum.cap", int | None)
"""The most Platinum members at a time (``None``: no limit)."""

GOLD_CAP: DatedTable[int | None] = parameter("membership.gold.cap", int | None)
"""The most Gold members at a time (``None``: no limit)."""


def _approval_check(
    rule_id: str, m: Membership, required: Approver | None, cite: Citation, as_of: date
) -> Check:
    who = m.tier.value
    if m.approved is None or m.approved > as_of:
        later = "" if m.approved is None else f" (approved on {m.approved.isoformat()})"
        return Check(
            rule_id,
            Status.FAILED,
            cite,
            f"the {who} admission is not approved by {as_of.isoformat()}{later}",
        )
    if required is None:
        return Check(
            rule_id,
            Status.UNKNOWN,
            cite,
            f"no source says who approves {who} members on {m.approved.isoformat()}",
        )
    if m.approver is None:
        return Check(
            rule_id,
            Status.UNKNOWN,
            cite,
            f"approved on {m.approved.isoformat()}; who approved is not recorded "
            f"(the {required.value.replace('_', ' ')} must)",
        )
    if m.approver is not required:
        return Check(
            rule_id,
            Status.FAILED,
            cite,
            f"approved by the {m.approver.value.replace('_', ' ')}; the "
            f"{required.value.replace('_', ' ')} must approve",
        )
    return Check(
        rule_id,
        Status.PASSED,
        cite,
        f"approved by the {required.value.replace('_', ' ')} on {m.approved.isoformat()}",
    )


def _not_tier(rule_id: str, m: Membership, tier: Tier, cite: Citation) -> Decision:
    return Decision.of(
        Check(
            rule_id, Status.NOT_APPLICABLE, cite, f"a {m.tier.value} membership, not {tier.value}"
        )
    )


def check_platinum_requirements(
    m: Membership, organization: Organization | None = None, *, as_of: date
) -> Decision:
    """Check a Platinum membership (or application) against the Platinum requirements.

    Three checks: the dues of the period (``dues.platinum.established``), the contributors
    (``membership.platinum.fte``: at least the equivalent of two full-time contributors;
    ``UNKNOWN`` when ``contributor_ftes`` is not recorded) and the Board's approval
    (``membership.platinum.approval``). Whether and since when the membership is in force is
    :func:`~openinfra_model.membership.check_membership_in_force`.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> from openinfra_model.membership import Approver
        >>> applicant = Membership(
        ...     organization="acme",
        ...     tier=Tier.PLATINUM,
        ...     signed=date(2024, 5, 2),
        ...     approved=date(2024, 6, 1),
        ...     approver=Approver.BOARD,
        ...     contributor_ftes=Decimal(1),
        ... )
        >>> d = check_platinum_requirements(applicant, as_of=date(2024, 6, 1))
        >>> d.outcome.name, d.check("membership.platinum.fte").reason
        ('FAILED', 'contributes 1 full-time-equivalent contributor(s); at least 2 required')
    """
    check_arguments(check_platinum_requirements, locals())
    fte_window = PLATINUM_FTE._at(as_of)
    if m.tier is not Tier.PLATINUM:
        return _not_tier("membership.platinum.requirements", m, Tier.PLATINUM, fte_window.citation)
    dues = assess_dues(m, organization, as_of=as_of)
    need = fte_window.value
    if m.contributor_ftes is None:
        fte = Check(
            "membership.platinum.fte",
            Status.UNKNOWN,
            fte_window.citation,
            f"contributor FTEs not recorded; at least {need} required",
        )
    else:
        status = Status.PASSED if m.contributor_ftes >= need else Status.FAILED
        fte = Check(
            "membership.platinum.fte",
            status,
            fte_window.citation,
            f"contributes {m.contributor_ftes} full-time-equivalent contributor(s); "
            f"at least {need} required",
        )
    approver = PLATINUM_APPROVER._at(as_of)
    approval = _approval_check(
        "membership.platinum.approval", m, approver.value, approver.citation, as_of
    )
    return Decision.of(*dues.decision.checks, fte, approval)


def check_gold_approval(m: Membership, *, as_of: date) -> Decision:
    """Check that a Gold admission was approved by the right body.

    The approver required is the one in force on the approval day (the Board before 2021, the
    Executive Director in the 2021+ policy; unknown in the LF era).

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> from openinfra_model.membership import Approver
        >>> m = Membership(
        ...     organization="zte",
        ...     tier=Tier.GOLD,
        ...     signed=date(2016, 11, 1),
        ...     approved=date(2016, 11, 17),
        ...     approver=Approver.BOARD,
        ... )
        >>> check_gold_approval(m, as_of=date(2017, 1, 1)).outcome.name
        'PASSED'
    """
    check_arguments(check_gold_approval, locals())
    window = GOLD_APPROVER._at(
        m.approved if m.approved is not None and m.approved <= as_of else as_of
    )
    if m.tier is not Tier.GOLD:
        return _not_tier("membership.gold.approval", m, Tier.GOLD, window.citation)
    if (
        window.value is Approver.EXECUTIVE_DIRECTOR
        and m.approver is Approver.BOARD
        and m.approved is not None
        and m.approved <= as_of
    ):
        return Decision.of(_board_approved_gold(m.approved, window.citation))
    return Decision.of(
        _approval_check("membership.gold.approval", m, window.value, window.citation, as_of)
    )


def _board_approved_gold(approved: date, app3: Citation) -> Check:
    """Appendix 3 §1(a) and §4.5 read together, for a Board-approved Gold member from 2021.

    §1(a) of the Gold Member Policy governs the membership's effective date: it is the clause
    on the Gold term itself, amendable only with the Gold class (§9.2(b)), and it names the
    Executive Director. §4.5 governs when the Board acts ("for the purpose of approving new
    Gold Members"): a Board approval is what §4.5 expects, not a fault, but it does not say the
    Executive Director's approval is unneeded. So the Executive Director's approval is the
    missing fact: ``UNKNOWN``, not ``FAILED``.
    """
    return Check(
        "membership.gold.approval",
        Status.UNKNOWN,
        app3,
        f"approved by the Board on {approved.isoformat()}, as bylaws §4.5 has the Board act on "
        "new Gold Members; Gold Member Policy §1(a) governs the effective date and names the "
        "Executive Director's approval, which is not recorded",
    )


def _year_end(day: date) -> date:
    """The end of the calendar year nearest ``day`` (the one just past in January)."""
    return date(day.year - 1, 12, 31) if day.month == 1 else date(day.year, 12, 31)


def check_board_approval_timing(m: Membership, *, as_of: date) -> Decision:  # noqa: PLR0911  (one return per case of §4.5)
    """Check a Board approval of a new Gold or Platinum member against bylaws §4.5's calendar.

    "The Board shall act either by written consent or in a meeting within twenty five days of
    the end of the calendar year for the purpose of approving new Gold Members and new Platinum
    Members"; from the text of 2024-03-12 also "(or as otherwise necessary)". We read "within
    twenty five days of the end of the calendar year" as either side of December 31 [inferred].
    Before 2024-03-12 an approval at another time is ``UNKNOWN`` (the text is silent on it);
    from then it passes; in the LF era no source sets a calendar (``UNKNOWN``).

    Sections: bylaws §4.5; Gold Member Policy §1(a) (see :func:`check_gold_approval`).

    Example:
        >>> from openinfra_model.membership import Approver
        >>> m = Membership(
        ...     organization="okestro",
        ...     tier=Tier.PLATINUM,
        ...     signed=date(2024, 5, 1),
        ...     approved=date(2024, 6, 1),
        ...     approver=Approver.BOARD,
        ... )
        >>> check_board_approval_timing(m, as_of=date(2024, 7, 1)).outcome.name
        'PASSED'

    .. versionadded:: 0.2
    """
    check_arguments(check_board_approval_timing, locals())
    rid = "membership.approval.year_end"
    day = m.approved if m.approved is not None and m.approved <= as_of else as_of
    window = YEAR_END_APPROVALS._at(day)
    if m.tier not in {Tier.GOLD, Tier.PLATINUM}:
        return Decision.of(
            Check(
                rid,
                Status.NOT_APPLICABLE,
                window.citation,
                f"a {m.tier.value} membership; §4.5 times the approval of new Gold and "
                "Platinum members only",
            )
        )
    if m.approved is None or m.approved > as_of:
        return Decision.of(
            Check(rid, Status.UNKNOWN, window.citation, f"no approval recorded by {as_of}")
        )
    if m.approver is not Approver.BOARD:
        who = "not recorded" if m.approver is None else f"the {m.approver.value.replace('_', ' ')}"
        return Decision.of(
            Check(
                rid,
                Status.NOT_APPLICABLE if m.approver is not None else Status.UNKNOWN,
                window.citation,
                f"§4.5 times the Board's approvals; the approver is {who}",
            )
        )
    if window.value is None:
        return Decision.of(Check(rid, Status.UNKNOWN, window.citation, window.note))
    end = _year_end(m.approved)
    gap = abs((m.approved - end).days)
    where = f"approved by the Board on {m.approved.isoformat()}, {gap} days from {end}"
    if gap <= _YEAR_END_DAYS:
        return Decision.of(
            Check(rid, Status.PASSED, window.citation, f"{where}: within {_YEAR_END_DAYS}")
        )
    if window.value:
        return Decision.of(
            Check(rid, Status.PASSED, window.citation, f"{where}: 'as otherwise necessary'")
        )
    return Decision.of(
        Check(
            rid,
            Status.UNKNOWN,
            window.citation,
            f"{where}: outside the {_YEAR_END_DAYS} days §4.5 names; the text is silent on "
            "approvals at other times",
        )
    )


@attrs.frozen(kw_only=True, field_transformer=typed)
class PlatinumTerm:
    """The Platinum term running on a date and its renewal deadlines.

    Attributes:
        start: The first day of the term.
        last_day: The last day of the term.
        notice_opens: The earliest day for the Foundation's renewal notice (12 months before).
        notice_closes: The latest day for that notice (9 months before).
        answer_due: The last day for the member's answer (6 months before).
        decision: How the term was derived, with citations (``UNKNOWN`` in the LF era).
    """

    start: date | None
    last_day: date | None
    notice_opens: date | None
    notice_closes: date | None
    answer_due: date | None
    decision: Decision

    def __repr__(self) -> str:
        """One line: the term's first and last days, and the outcome."""
        start = self.start.isoformat() if self.start else "?"
        end = self.last_day.isoformat() if self.last_day else "?"
        return f"<PlatinumTerm {start}..{end} {self.decision.outcome.name}>"

    def _repr_html_(self) -> str:
        """The term, then the decision's checks."""
        return render.result_html(self)

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row: the term's dates, the outcome and the reasons.

        .. versionadded:: 0.2
        """
        return (
            render.result_row(
                self.decision,
                start=self.start,
                last_day=self.last_day,
                notice_opens=self.notice_opens,
                notice_closes=self.notice_closes,
                answer_due=self.answer_due,
            ),
        )


_TERM_RULE = "membership.platinum.term"


def platinum_term(
    m: Membership, *, as_of: date, initial_term_end: date | None = None
) -> PlatinumTerm:
    """The Platinum term running on ``as_of``, with its notice window and answer deadline.

    The initial term ends on ``initial_term_end`` if given (the 2012 Class A members' ended on
    2014-12-31, Class B's on 2015-12-31), else on December 31 of the third calendar year
    counting the effective year [inferred: the policy states only the renewal term]. Renewal
    terms begin "on January 1 of the calendar year after the end of the initial term and shall
    continue for three (3) years" (§1(b)). A recorded ``term_end`` before that is the last day.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> m = Membership(
        ...     organization="acme",
        ...     tier=Tier.PLATINUM,
        ...     signed=date(2023, 5, 2),
        ...     approved=date(2023, 6, 1),
        ... )
        >>> t = platinum_term(m, as_of=date(2025, 3, 1))
        >>> t.start, t.last_day
        (datetime.date(2024, 1, 1), datetime.date(2026, 12, 31))
        >>> t.notice_opens, t.notice_closes, t.answer_due
        (datetime.date(2025, 12, 31), datetime.date(2026, 3, 31), datetime.date(2026, 6, 30))
    """
    check_arguments(platinum_term, locals())
    window = PLATINUM_RENEWAL._at(as_of)
    if m.tier is not Tier.PLATINUM:
        d = _not_tier(_TERM_RULE, m, Tier.PLATINUM, window.citation)
        return PlatinumTerm(
            start=None,
            last_day=None,
            notice_opens=None,
            notice_closes=None,
            answer_due=None,
            decision=d,
        )
    terms = window.value
    start = effective_date(m)
    none = {
        "start": start,
        "last_day": None,
        "notice_opens": None,
        "notice_closes": None,
        "answer_due": None,
    }
    if terms is None:
        check = Check(_TERM_RULE, Status.UNKNOWN, window.citation, window.note)
        return PlatinumTerm(**none, decision=Decision.of(check))
    if start is None or start > as_of:
        why = (
            "the admission is not approved"
            if start is None
            else f"its effective date is {start.isoformat()}"
        )
        check = Check(
            _TERM_RULE,
            Status.FAILED,
            window.citation,
            f"the membership is not in force on {as_of.isoformat()}: {why}",
        )
        return PlatinumTerm(**none, decision=Decision.of(check))
    last = initial_term_end or date(start.year + terms.term_years - 1, 12, 31)
    term_start = start
    while last < as_of and (m.term_end is None or last < m.term_end):
        term_start = last + timedelta(days=1)
        last = term_start + relativedelta(years=terms.term_years, days=-1)
    if m.term_end is not None and m.term_end < last:
        last = m.term_end
    if as_of > last:
        check = Check(
            _TERM_RULE,
            Status.FAILED,
            window.citation,
            f"the membership ended on {last.isoformat()}",
        )
        return PlatinumTerm(**none, decision=Decision.of(check))
    first_term = term_start == start and initial_term_end is None and last != m.term_end
    how = (
        "; the initial term is taken to end on December 31 of its third calendar year "
        "[inferred: the policy states only the three-year renewal terms]"
        if first_term
        else ""
    )
    check = Check(
        _TERM_RULE,
        Status.PASSED,
        window.citation,
        f"term {term_start.isoformat()} to {last.isoformat()} ({terms}){how}",
    )
    return PlatinumTerm(
        start=term_start,
        last_day=last,
        notice_opens=last - relativedelta(months=terms.notice_earliest_months),
        notice_closes=last - relativedelta(months=terms.notice_latest_months),
        answer_due=last - relativedelta(months=terms.answer_months),
        decision=Decision.of(check),
    )


def check_platinum_renewal(
    m: Membership,
    *,
    as_of: date,
    notice_sent: date | None = None,
    answered: date | None = None,
    initial_term_end: date | None = None,
) -> Decision:
    """Check the renewal steps of the Platinum term running on ``as_of``.

    ``membership.platinum.renewal.notice``: the Foundation's notice came "at least nine months
    (but not more than twelve months) prior to the last day of the term"; ``...renewal.answer``:
    the member answered "on or before six months prior to the last day of the term" (§1(c)).
    A step not yet taken is ``UNKNOWN`` while its deadline is ahead and ``FAILED`` once passed.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> m = Membership(
        ...     organization="acme",
        ...     tier=Tier.PLATINUM,
        ...     signed=date(2020, 10, 1),
        ...     approved=date(2020, 10, 1),
        ... )
        >>> d = check_platinum_renewal(
        ...     m,
        ...     as_of=date(2023, 7, 1),
        ...     notice_sent=date(2023, 2, 1),
        ...     answered=date(2023, 7, 1),
        ... )
        >>> [c.status.name for c in d.checks]
        ['PASSED', 'PASSED', 'FAILED']
    """
    check_arguments(check_platinum_renewal, locals())
    term = platinum_term(m, as_of=as_of, initial_term_end=initial_term_end)
    if term.last_day is None:
        return term.decision
    assert term.notice_opens is not None  # noqa: S101  (set with last_day)
    assert term.notice_closes is not None  # noqa: S101
    assert term.answer_due is not None  # noqa: S101
    cite = term.decision.checks[0].citation
    last = term.last_day.isoformat()
    if notice_sent is None:
        notice = Check(
            "membership.platinum.renewal.notice",
            Status.FAILED if as_of > term.notice_closes else Status.UNKNOWN,
            cite,
            f"no notice recorded; due {term.notice_opens.isoformat()} to "
            f"{term.notice_closes.isoformat()} (term ends {last})",
        )
    else:
        ok = term.notice_opens <= notice_sent <= term.notice_closes
        notice = Check(
            "membership.platinum.renewal.notice",
            Status.PASSED if ok else Status.FAILED,
            cite,
            f"notice sent {notice_sent.isoformat()}; the window is "
            f"{term.notice_opens.isoformat()} to {term.notice_closes.isoformat()} "
            f"(term ends {last})",
        )
    if answered is None:
        answer = Check(
            "membership.platinum.renewal.answer",
            Status.FAILED if as_of > term.answer_due else Status.UNKNOWN,
            cite,
            f"no answer recorded; due on or before {term.answer_due.isoformat()}; without it "
            f"the term ends {last}",
        )
    else:
        ok = answered <= term.answer_due
        answer = Check(
            "membership.platinum.renewal.answer",
            Status.PASSED if ok else Status.FAILED,
            cite,
            f"answered {answered.isoformat()}; due on or before {term.answer_due.isoformat()}",
        )
    return Decision.of(*term.decision.checks, notice, answer)


def check_gold_renewal(m: Membership, *, as_of: date, notice_given: date | None) -> Decision:
    """Check a Gold member's renewal notice for the calendar year of ``as_of``.

    "Each Gold Member must give written notice to the Secretary by November 1 of each calendar
    year that it will renew its membership. If the Gold Member does not give such notice, its
    term will automatically terminate upon December 31 of such year." (§1(b)). A missing notice
    is ``UNKNOWN`` up to November 1 and ``FAILED`` after.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> m = Membership(organization="nec", tier=Tier.GOLD, signed=date(2021, 3, 1))
        >>> check_gold_renewal(m, as_of=date(2023, 11, 2), notice_given=date(2023, 11, 1)).outcome
        <Status.PASSED: 'passed'>
        >>> check_gold_renewal(m, as_of=date(2023, 11, 2), notice_given=date(2023, 11, 2)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_gold_renewal, locals())
    rule_id = "membership.gold.renewal"
    window = GOLD_RENEWAL._at(as_of)
    if m.tier is not Tier.GOLD:
        return _not_tier(rule_id, m, Tier.GOLD, window.citation)
    terms = window.value
    if terms is None:
        return Decision.of(Check(rule_id, Status.UNKNOWN, window.citation, window.note))
    deadline = terms.deadline(as_of.year)
    ends = terms.term_end(as_of.year)
    if notice_given is None:
        status = Status.FAILED if as_of > deadline else Status.UNKNOWN
        reason = f"no renewal notice recorded; due by {deadline.isoformat()}"
        if status is Status.FAILED:
            reason += f": the term ends {ends.isoformat()}"
    elif notice_given.year != as_of.year:
        status = Status.FAILED if as_of > deadline else Status.UNKNOWN
        reason = (
            f"the notice of {notice_given.isoformat()} is not for {as_of.year}; due by "
            f"{deadline.isoformat()}"
        )
    elif notice_given <= deadline:
        status = Status.PASSED
        reason = f"notice given {notice_given.isoformat()}, by {deadline.isoformat()}: renews"
    else:
        status = Status.FAILED
        reason = (
            f"notice given {notice_given.isoformat()}, after {deadline.isoformat()}: the term "
            f"ends {ends.isoformat()}"
        )
    return Decision.of(Check(rule_id, status, window.citation, reason))


def check_member_caps(memberships: Iterable[Membership], *, as_of: date) -> Decision:
    """Check the Platinum and Gold member counts on ``as_of`` against the caps of the period.

    Counts distinct organisations with a membership in force (:func:`~openinfra_model.in_force`).
    Before 2021 the caps are 8 Platinum [inferred] and 24 Gold [quoted 2016]; from 2021-01-01
    there are none (``NOT_APPLICABLE``).

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> ms = [
        ...     Membership(
        ...         organization=f"p{i}",
        ...         tier=Tier.PLATINUM,
        ...         signed=date(2012, 8, 20),
        ...         term_start=date(2012, 8, 20),
        ...     )
        ...     for i in range(9)
        ... ]
        >>> check_member_caps(ms, as_of=date(2020, 12, 31)).check("membership.platinum.cap").status
        <Status.FAILED: 'failed'>
        >>> check_member_caps(ms, as_of=date(2021, 1, 1)).check("membership.platinum.cap").status
        <Status.NOT_APPLICABLE: 'not_applicable'>
    """
    check_arguments(check_member_caps, locals())
    ms = tuple(memberships)
    checks = []
    for tier, table in ((Tier.PLATINUM, PLATINUM_CAP), (Tier.GOLD, GOLD_CAP)):
        window = table._at(as_of)
        count = len({m.organization for m in members_on(ms, tier, as_of=as_of)})
        rule_id = f"membership.{tier.value}.cap"
        cap = window.value
        if cap is None:
            status = Status.NOT_APPLICABLE
            reason = f"{count} {tier.value} members; no cap on {as_of.isoformat()}"
        else:
            status = Status.PASSED if count <= cap else Status.FAILED
            reason = f"{count} {tier.value} members; at most {cap}"
        checks.append(Check(rule_id, status, window.citation, reason))
    return Decision.of(*checks)
