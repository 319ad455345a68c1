"""Seating constraints built on :class:`~openinfra_model.board.SeatConstraint`.

:func:`affiliation_cap` is the generic "no more than N seat-holders from one group" rule
(counting those already in office); :func:`tc_affiliation_limit` is the OpenStack TC's
"no more than half of the TC Members ... Affiliated to a single organization".
The board's Director Diversity Requirement (bylaws §4.15 / §4.17, LF-EPP §4) is built the
same way by the board rules.
"""

from __future__ import annotations

import enum
from collections import Counter
from datetime import date  # noqa: TC003 - the doctests use it
from typing import TYPE_CHECKING

from openinfra_model.core.citations import Citation, cite  # noqa: F401, TC001 - doctests
from openinfra_model.core.decisions import Check, Status
from openinfra_model.core.regimes import DatedTable
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from openinfra_model.board.seating import SeatConstraint
    from openinfra_model.core.regimes import DatedTable

__all__ = ["TC_AFFILIATION_SHARE", "TcShare", "affiliation_cap", "tc_affiliation_limit"]


def affiliation_cap(  # noqa: PLR0913  (keyword-only options of one constraint)
    affiliation: Mapping[str, str | None],
    limit: int,
    *,
    citation: Citation,
    rule_id: str = "counting.seating.affiliation_cap",
    sitting: Sequence[str | None] = (),
    scope: str = "",
) -> SeatConstraint:
    """At most ``limit`` seat-holders affiliated with any one group.

    Args:
        affiliation: Each candidate's group (employer / Affiliated Group), ``None`` for none.
        limit: The most seat-holders one group may have.
        citation: The clause imposing the limit.
        rule_id: The stable id of the rule the checks report.
        sitting: The groups of those already in office who are not up for election (one
            entry per person; ``None`` for the unaffiliated).
        scope: Words the reasons add after the limit to say what it is of (for example
            ``" (no more than half of a TC of 9)"``).

    Example:
        >>> from datetime import date
        >>> from openinfra_model.board import seat_in_order
        >>> c = cite("bylaws", date(2012, 8, 20), "4.17(a)")
        >>> cap = affiliation_cap(
        ...     {"a": "hp", "b": "hp", "c": "ibm"}, 2, citation=c, sitting=("hp",)
        ... )
        >>> seat_in_order(["a", "b", "c"], 2, cap).seated
        ('a', 'c')
    """
    check_arguments(affiliation_cap, locals())
    base = Counter(g for g in sitting if g is not None)

    def check(seated: tuple[str, ...], candidate: str) -> Check:
        group = affiliation.get(candidate)
        if group is None:
            return Check(rule_id, Status.PASSED, citation, f"{candidate} has no affiliation")
        have = base[group] + sum(1 for s in seated if affiliation.get(s) == group)
        if have + 1 > limit:
            return Check(
                rule_id,
                Status.FAILED,
                citation,
                f"seating {candidate} would make {have + 1} seat-holders affiliated with "
                f"{group}, more than {limit}{scope}",
            )
        return Check(
            rule_id,
            Status.PASSED,
            citation,
            f"{candidate} makes {have + 1} of at most {limit} affiliated with {group}{scope}",
        )

    return check


class TcShare(enum.Enum):
    """How large one organisation's share of the TC may be."""

    LESS_THAN_HALF = "less_than_half"
    """Bylaws Appendix 4 defers seating if "half or more" would be Affiliated."""
    AT_MOST_HALF = "at_most_half"
    """The TC charter says "no more than half of the TC Members shall be Affiliated"."""


TC_AFFILIATION_SHARE: DatedTable[TcShare] = parameter("counting.tc.affiliation_share", TcShare)


def tc_affiliation_limit(
    affiliation: Mapping[str, str | None],
    *,
    tc_size: int,
    as_of: date,
    continuing: Sequence[str | None] = (),
) -> SeatConstraint:
    """The OpenStack TC affiliation limit for an election held on ``as_of``.

    The candidate "with the next highest number of votes, whose admission [...] would not
    violate the affiliation diversity requirement, will be elected" (TC charter).

    Args:
        affiliation: Each candidate's declared organisation (``None`` for none).
        tc_size: The number of TC Members once the seats are filled.
        as_of: The date of the election (chooses the Appendix 4 or charter wording).
        continuing: The organisations of the members not up for election.

    Example:
        >>> from datetime import date
        >>> from openinfra_model.board import seat_in_order
        >>> limit = tc_affiliation_limit(
        ...     {"a": "rh", "b": "rh", "c": "x"},
        ...     tc_size=9,
        ...     as_of=date(2024, 3, 1),
        ...     continuing=("rh", "rh", "rh"),
        ... )
        >>> seat_in_order(["a", "b", "c"], 2, limit).seated
        ('a', 'c')
    """
    check_arguments(tc_affiliation_limit, locals())
    window = TC_AFFILIATION_SHARE._at(as_of)
    # at most half: 2 * members <= size; less than half: 2 * members < size.
    limit = tc_size // 2 if window.value is TcShare.AT_MOST_HALF else (tc_size - 1) // 2
    return affiliation_cap(
        affiliation,
        limit,
        citation=window.citation,
        rule_id="counting.tc.affiliation_limit",
        sitting=continuing,
        scope=f" ({window.value.value.replace('_', ' ')} of a TC of {tc_size})",
    )
