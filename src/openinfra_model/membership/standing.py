"""Whether an organisation's membership is in force on a date, and since when.

Board composition (the Director Limit counts Platinum members), voter rolls (Gold members),
dues and directed funds all ask the same question: is this membership in force on that day?
The answer depends on the effective-date rule of the period the admission completed in:

* Platinum, before 2024-03-12: January 1 of the year following signature and approval
  (Platinum Member Policy §1(a), 2021 text);
* Platinum, from 2024-03-12: the day the agreement is signed and the Board has approved it
  (Platinum Member Policy §1(a), 2024 text);
* Gold: the day the agreement is signed and the admission approved (Gold Member Policy §1(a));
* other tiers: the same, by analogy [inferred: no source states an effective-date rule for
  Silver, Associate or the 2012 sponsor levels].

A recorded ``term_start`` wins over the derived date: the record says what happened.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.deprecations import keyword_as_of
from openinfra_model.core.regimes import FIRST_DATE, DatedTable
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments
from openinfra_model.membership.model import Tier

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openinfra_model.membership.model import Membership

__all__ = [
    "PLATINUM_EFFECTIVE_DATE",
    "EffectiveDateRule",
    "check_membership_in_force",
    "effective_date",
    "in_force",
    "members_on",
]


class EffectiveDateRule(enum.Enum):
    """How a Platinum membership's effective date follows from signature and approval."""

    JANUARY_FOLLOWING = "january_following"
    """January 1 of the year that first follows signature and approval."""
    ON_APPROVAL = "on_approval"
    """The day the agreement is signed and the admission approved, whichever is later."""


_APP3 = Citation(
    "gold-member-policy",
    BYLAWS_TEXT_2021,
    "1(a)",
    "The effective date of membership for a Gold Member shall be the date on which the "
    "prospective member has executed the Gold Member Agreement and the admission has been "
    "approved by the Executive Director.",
)

PLATINUM_EFFECTIVE_DATE: DatedTable[EffectiveDateRule] = parameter(
    "membership.platinum.effective_date", EffectiveDateRule
)
"""The Platinum effective-date rule, chosen by the day the admission completed."""


def _completed(m: Membership) -> date | None:
    if m.approved is None:
        return None
    return max(m.signed, m.approved)


def effective_date(m: Membership) -> date | None:
    """The first day a membership is in force, or ``None`` while it is not approved.

    The recorded ``term_start`` wins where there is one. Otherwise, for Platinum the rule in
    force on the day the admission completed (the later of signature and approval) applies;
    for every other tier the effective date is that day.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> m23 = Membership(
        ...     organization="a",
        ...     tier=Tier.PLATINUM,
        ...     signed=date(2023, 5, 2),
        ...     approved=date(2023, 6, 1),
        ... )
        >>> effective_date(m23)
        datetime.date(2024, 1, 1)
        >>> m24 = Membership(
        ...     organization="a",
        ...     tier=Tier.PLATINUM,
        ...     signed=date(2024, 5, 2),
        ...     approved=date(2024, 6, 1),
        ... )
        >>> effective_date(m24)
        datetime.date(2024, 6, 1)
    """
    check_arguments(effective_date, locals())
    return _effective_date(m)


def _effective_date(m: Membership) -> date | None:
    # effective_date() without its argument check, for the once-per-membership calls of
    # members_on and the other rules of this module.
    if m.term_start is not None:
        return m.term_start
    done = _completed(m)
    if done is None:
        return None
    if m.tier is Tier.PLATINUM and done >= FIRST_DATE:
        rule = PLATINUM_EFFECTIVE_DATE._value(done)
        if rule is EffectiveDateRule.JANUARY_FOLLOWING:
            return date(done.year + 1, 1, 1)
    return done


@keyword_as_of(1)
def in_force(m: Membership, *, as_of: date) -> bool:
    """Whether the membership is in force on ``as_of`` (effective and not past its term).

    .. versionchanged:: 0.2
       ``as_of`` is keyword-only (by position: deprecated, warns).
    """
    check_arguments(in_force, locals())
    return _in_force(m, as_of)


def _in_force(m: Membership, as_of: date) -> bool:
    # Undecorated and unchecked, for the once-per-membership calls of members_on.
    start = _effective_date(m)
    if start is None or as_of < start:
        return False
    return m.term_end is None or as_of <= m.term_end


@keyword_as_of(1)
def members_on(
    memberships: Iterable[Membership], *tiers: Tier, as_of: date
) -> tuple[Membership, ...]:
    """The memberships in force on ``as_of``, optionally only of the given tiers.

    .. versionchanged:: 0.2
       ``as_of`` is keyword-only and the tiers come right after the memberships
       (``members_on(ms, Tier.GOLD, as_of=day)``); the old ``members_on(ms, day, *tiers)``
       still works for one release and warns.
    """
    check_arguments(members_on, locals())
    wanted = frozenset(tiers)
    return tuple(
        m for m in memberships if (not wanted or m.tier in wanted) and _in_force(m, as_of)
    )


def check_membership_in_force(m: Membership, *, as_of: date) -> Decision:
    """Decide whether a membership is in force on ``as_of``, citing the effective-date rule.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> m = Membership(
        ...     organization="rackspace",
        ...     tier=Tier.PLATINUM,
        ...     signed=date(2024, 5, 2),
        ...     approved=date(2024, 6, 1),
        ... )
        >>> check_membership_in_force(m, as_of=date(2024, 6, 1)).outcome
        <Status.PASSED: 'passed'>
        >>> check_membership_in_force(m, as_of=date(2024, 5, 31)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_membership_in_force, locals())
    rule_id = "membership.effective_date"
    done = _completed(m)
    if m.tier is Tier.PLATINUM and done is not None and done >= FIRST_DATE:
        cite = PLATINUM_EFFECTIVE_DATE._at(done).citation
    elif m.tier is Tier.GOLD:
        cite = _APP3
    else:
        cite = Citation("gold-member-policy", _APP3.version, "1(a) (by analogy) [inferred]")
    start = _effective_date(m)
    if start is None:
        check = Check(rule_id, Status.FAILED, cite, "the admission has not been approved")
    elif as_of < start:
        how = "recorded term start" if m.term_start is not None else "effective date"
        check = Check(
            rule_id,
            Status.FAILED,
            cite,
            f"the {how} is {start.isoformat()}, after {as_of.isoformat()}",
        )
    elif m.term_end is not None and as_of > m.term_end:
        check = Check(rule_id, Status.FAILED, cite, f"the term ended on {m.term_end.isoformat()}")
    else:
        check = Check(
            rule_id, Status.PASSED, cite, f"in force since {start.isoformat()} ({m.tier.value})"
        )
    return Decision.of(check)
