"""Quorum of member meetings and elections: how many of those eligible must take part.

Delaware period (bylaws §3.7, 2021 text):

* "the holders of a majority of the Voting Class Members of the relevant class entitled to vote
  at the meeting, present in person or represented by proxy, shall constitute a quorum" -- the
  Gold (and Platinum) meetings and their class votes;
* "The quorum for an annual or special meeting of the Individual Members shall be 10% of the
  Individual Members."

Linux Foundation period, elections beginning 2026-01-01 (Election Procedures §1 and §2):

* Gold: "The quorum for an annual or special election of the Gold Representatives shall be a
  majority of Gold Members eligible to vote in such election.";
* OIF Individual: "The quorum for an annual or special election of the OIF Individual Member
  Representatives shall be 10% of the OIF Individual Members eligible to vote in such
  election."

Readings (documented): taking part is casting a ballot that was counted (an electronic vote
stands for "present in person or represented by proxy" [inferred]); a majority is more than
half; "10% of" is met at exactly one tenth. The bylaws' Individual quorum counts "the
Individual Members", not only those eligible to vote: the caller gives the number it means and
the reason repeats it. The procedures' numbered rules are headed "For Elections Beginning
January 1, 2026": no source sets a quorum for an election between 2025-06-01 and 2025-12-31
(``UNKNOWN``). The TC and PTL elections have no quorum rule in the sources (``NOT_APPLICABLE``
would claim too much: ``UNKNOWN``).

.. versionadded:: 0.2
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import (
    LF_CLOSING,
    LF_ELECTIONS,
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.elections.model import ElectionKind

__all__ = [
    "GOLD_QUORUM",
    "INDIVIDUAL_QUORUM",
    "LF_NUMBERED_RULES",
    "Quorum",
    "QuorumRule",
    "check_quorum",
]

LF_NUMBERED_RULES = LF_ELECTIONS
"""The LF Election Procedures' numbered rules are headed "For Elections Beginning January 1,
2026" [quoted]; keyed on the vote's first day (the same date as ``core.regimes.LF_ELECTIONS``,
which the calendar and candidate rules use)."""


class QuorumRule(enum.Enum):
    """The shape of a quorum."""

    MAJORITY = "majority"
    """More than half of those counted."""
    TENTH = "tenth"
    """At least one tenth (10%) of those counted."""


_S3_7_CLASS = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "3.7",
    "the holders of a majority of the Voting Class Members of the relevant class entitled to "
    "vote at the meeting, present in person or represented by proxy, shall constitute a quorum",
)
_NO_TC_QUORUM = Citation("tc-charter", date(2026, 6, 29), "Election [no quorum rule found]")


INDIVIDUAL_QUORUM: DatedTable[QuorumRule | None] = parameter(
    "elections.quorum.individual", QuorumRule | None
)
"""The quorum of an Individual meeting or election (``None``: no source sets one)."""

GOLD_QUORUM: DatedTable[QuorumRule | None] = parameter("elections.quorum.gold", QuorumRule | None)
"""The quorum of a Gold meeting or election, and of a Platinum class vote before 2025-06-01
(``None``: no source sets one)."""

_INDIVIDUAL_KINDS = {
    ElectionKind.INDIVIDUAL_DIRECTORS,
    ElectionKind.OIF_INDIVIDUAL_REPRESENTATIVES,
}
_GOLD_KINDS = {ElectionKind.GOLD_DIRECTOR_SELECTORS, ElectionKind.GOLD_REPRESENTATIVES}


@attrs.frozen(kw_only=True, field_transformer=typed)
class Quorum:
    """The question a count may answer about its quorum.

    Attributes:
        kind: What the election fills (its class decides the rule).
        as_of: The vote's first day (the rule in force then applies).
        eligible: How many members the quorum is counted against (for the bylaws' Individual
            rule, the Individual Members; otherwise those eligible to vote); ``None`` when
            not known, and the check is then ``UNKNOWN``.
    """

    kind: ElectionKind
    as_of: date
    eligible: int | None = None


def _met(rule: QuorumRule, took_part: int, eligible: int) -> bool:
    if rule is QuorumRule.MAJORITY:
        return 2 * took_part > eligible
    return 10 * took_part >= eligible


def _needed(rule: QuorumRule, eligible: int) -> int:
    if rule is QuorumRule.MAJORITY:
        return eligible // 2 + 1
    return -(-eligible // 10)


def check_quorum(
    kind: ElectionKind, *, eligible: int | None, took_part: int, as_of: date
) -> Decision:
    """Decide whether a member meeting or election had its quorum.

    Args:
        kind: What the election fills (Individual or Gold, in either period).
        eligible: The number the quorum is counted against (see :class:`Quorum`); ``None``
            gives ``UNKNOWN`` naming the missing number.
        took_part: Ballots cast and counted.
        as_of: The vote's first day.

    Raises:
        InvalidInputError: A negative count, or more taking part than eligible.
        NoRegimeError: ``as_of`` is before the first supported date.

    Sections: bylaws §3.7; LF Election Procedures §1 and §2.

    Example:
        >>> check_quorum(
        ...     ElectionKind.OIF_INDIVIDUAL_REPRESENTATIVES,
        ...     eligible=1000,
        ...     took_part=100,
        ...     as_of=date(2026, 1, 13),
        ... ).outcome.name
        'PASSED'
        >>> check_quorum(
        ...     ElectionKind.GOLD_REPRESENTATIVES,
        ...     eligible=None,
        ...     took_part=9,
        ...     as_of=date(2026, 1, 8),
        ... ).outcome.name
        'UNKNOWN'
    """
    check_arguments(check_quorum, locals())
    if took_part < 0 or (eligible is not None and eligible < 0):
        raise InvalidInputError.at("took_part", "counts must not be negative")
    if eligible is not None and took_part > eligible:
        raise InvalidInputError.at(
            "took_part", f"{took_part} took part but only {eligible} are eligible"
        )
    rule_id = "elections.quorum"
    if kind in _INDIVIDUAL_KINDS:
        window = INDIVIDUAL_QUORUM._at(as_of)
        who = "Individual Members" if as_of < LF_CLOSING else "OIF Individual Members"
    elif kind in _GOLD_KINDS:
        window = GOLD_QUORUM._at(as_of)
        who = "Gold Members"
    else:
        return Decision.of(
            Check(
                rule_id,
                Status.UNKNOWN,
                _S3_7_CLASS if kind is ElectionKind.CLASS_VOTE else _NO_TC_QUORUM,
                f"no quorum rule for a {kind.value.replace('_', ' ')} is modelled"
                + (
                    " (bylaws §3.7 gives the class's own rule: use the class's election kind)"
                    if kind is ElectionKind.CLASS_VOTE
                    else "; the sources set none"
                ),
            )
        )
    rule = window.value
    if rule is None:
        return Decision.of(Check(rule_id, Status.UNKNOWN, window.citation, window.note))
    shape = "a majority" if rule is QuorumRule.MAJORITY else "10%"
    if eligible is None:
        return Decision.of(
            Check(
                rule_id,
                Status.UNKNOWN,
                window.citation,
                f"the quorum is {shape} of the {who}; the number of {who} counted for it "
                f"is not given ({took_part} took part)",
            )
        )
    needed = _needed(rule, eligible)
    met = _met(rule, took_part, eligible)
    return Decision.of(
        Check(
            rule_id,
            Status.PASSED if met else Status.FAILED,
            window.citation,
            f"{took_part} of {eligible} {who} took part; the quorum of {shape} needs "
            f"{needed}" + ("" if met else f": {needed - took_part} short"),
        )
    )
