"""Ballot validation: every ballot is counted, set aside with reasons, or refused."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from openinfra_model.core.deprecations import deprecated_alias
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.validate import check_arguments
from openinfra_model.counting.model import (
    _RANKING_HINT,
    BallotRules,
    InvalidBallots,
    MarkedBallot,
    RankedBallot,
    SetAsideBallot,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

__all__ = ["check_ballots", "split_ballots"]


def _marked_problems(
    i: int, ballot: MarkedBallot, known: Collection[str], rules: BallotRules
) -> list[Problem]:
    path = f"ballots[{i}].votes"
    found = [
        Problem(f"{path}[{j}]", f"{name!r} is not a candidate")
        for j, name in enumerate(ballot.votes)
        if name not in known
    ]
    if len(ballot.votes) > rules.max_votes:
        found.append(
            Problem(path, f"over-vote: {len(ballot.votes)} votes, at most {rules.max_votes}")
        )
    found.extend(
        Problem(path, f"over-vote: {n} votes for {name!r}, at most {rules.max_per_candidate}")
        for name, n in sorted(Counter(ballot.votes).items())
        if n > rules.max_per_candidate
    )
    return found


def _ranked_problems(i: int, ballot: RankedBallot, known: Collection[str]) -> list[Problem]:
    path = f"ballots[{i}].ranking"
    found: list[Problem] = []
    seen: set[str] = set()
    for j, name in enumerate(ballot.ranking):
        entry: object = name  # typed a str, but a caller may pass a group (a tuple)
        if not isinstance(entry, str):
            found.append(
                Problem(
                    f"{path}[{j}]",
                    f"{name!r} is not a candidate id: {_RANKING_HINT}",
                )
            )
            continue
        if name not in known:
            found.append(Problem(f"{path}[{j}]", f"{name!r} is not a candidate"))
        elif name in seen:
            found.append(Problem(f"{path}[{j}]", f"duplicate rank: {name!r} ranked twice"))
        seen.add(name)
    return found


def split_ballots(
    ballots: Sequence[MarkedBallot | RankedBallot],
    *,
    candidates: Collection[str],
    roll: Collection[str],
    rules: BallotRules | None = None,
    invalid: InvalidBallots = InvalidBallots.REFUSE,
) -> tuple[tuple[MarkedBallot | RankedBallot, ...], tuple[SetAsideBallot, ...]]:
    """Split ballots into those counted and those set aside, or refuse them.

    A ballot breaks the rules if its voter is not on the roll, if its voter cast more than one
    ballot (then none of that voter's ballots is counted: the count cannot tell which one the
    voter meant), if it names an unknown candidate, if it casts more votes than ``rules``
    allow (marked ballots), or if it ranks a candidate twice (ranked ballots). Nothing is
    silently dropped: with :attr:`InvalidBallots.REFUSE` every problem is raised at once,
    with :attr:`InvalidBallots.SET_ASIDE` each bad ballot is returned with its reasons.

    Args:
        ballots: Marked ballots (then ``rules`` is required) or ranked ballots, not mixed.
        candidates: The candidate ids on the ballot.
        roll: The voter ids entitled to vote.
        rules: What a marked ballot may contain.
        invalid: Refuse the count, or set bad ballots aside.

    Returns:
        The ballots to count, and the ballots set aside.

    Raises:
        InvalidInputError: A bad ballot under ``REFUSE``; mixed ballot kinds; marked ballots
            without ``rules``.

    Example:
        >>> ok, aside = split_ballots(
        ...     [RankedBallot("v1", ("a", "b")), RankedBallot("v9", ("a",))],
        ...     candidates={"a", "b"},
        ...     roll={"v1", "v2"},
        ...     invalid=InvalidBallots.SET_ASIDE,
        ... )
        >>> len(ok), aside[0].reasons
        (1, ("ballots[1].voter: 'v9' is not on the roll",))
    """
    check_arguments(check_ballots, locals())
    known = candidates if isinstance(candidates, (set, frozenset)) else frozenset(candidates)
    on_roll = roll if isinstance(roll, (set, frozenset)) else frozenset(roll)
    voters = Counter(b.voter for b in ballots)
    kinds = {type(b) for b in ballots}
    if len(kinds) > 1:
        raise InvalidInputError.at("ballots", "mixes marked and ranked ballots")
    accepted: list[MarkedBallot | RankedBallot] = []
    aside: list[SetAsideBallot] = []
    problems: list[Problem] = []
    for i, ballot in enumerate(ballots):
        found: list[Problem] = []
        if ballot.voter not in on_roll:
            found.append(Problem(f"ballots[{i}].voter", f"{ballot.voter!r} is not on the roll"))
        if voters[ballot.voter] > 1:
            found.append(
                Problem(
                    f"ballots[{i}].voter",
                    f"{ballot.voter!r} cast {voters[ballot.voter]} ballots",
                )
            )
        if isinstance(ballot, MarkedBallot):
            if rules is None:
                raise InvalidInputError.at("rules", "marked ballots need BallotRules")
            found.extend(_marked_problems(i, ballot, known, rules))
        else:
            found.extend(_ranked_problems(i, ballot, known))
        if not found:
            accepted.append(ballot)
        elif invalid is InvalidBallots.REFUSE:
            problems.extend(found)
        else:
            aside.append(
                SetAsideBallot(index=i, voter=ballot.voter, reasons=tuple(map(str, found)))
            )
    if problems:
        raise InvalidInputError(problems)
    return tuple(accepted), tuple(aside)


check_ballots = deprecated_alias(split_ballots, "check_ballots")
