"""Counting ballots by the method of an election, then seating under a constraint."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.board.seating import SeatConstraint, seat_in_order
from openinfra_model.core.decisions import Check, Decision
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.validate import check_arguments
from openinfra_model.counting.meek import DEFAULT_OMEGA, meek
from openinfra_model.counting.model import (
    RANKED_METHODS,
    Arithmetic,
    BallotRules,
    CandidateState,
    CandidateVotes,
    InvalidBallots,
    MarkedBallot,
    PassedOver,
    RankedBallot,
    Round,
    SchulzeStrength,
    SetAsideBallot,
    TieBreak,
    VotingMethod,
)
from openinfra_model.counting.result import CountResult
from openinfra_model.counting.schulze import (
    as_pairwise,
    pairwise_matrix,
    pairwise_matrix_with_ties,
    schulze,
)
from openinfra_model.counting.validate import split_ballots
from openinfra_model.elections.quorum import Quorum, check_quorum

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Sequence


__all__ = ["TAKES_EQUAL_RANKINGS", "count_ballots", "count_rankings"]

TAKES_EQUAL_RANKINGS = frozenset({VotingMethod.MEEK_STV, VotingMethod.SCHULZE})
"""The methods that count rankings holding groups of equally ranked candidates."""


def _check_contest(candidates: Sequence[str], seats: int) -> None:
    problems = []
    if seats < 1:
        problems.append(Problem("seats", f"must be at least 1, not {seats}"))
    dupes = sorted(c for c, n in Counter(candidates).items() if n > 1)
    if dupes:
        problems.append(Problem("candidates", f"lists {', '.join(dupes)} more than once"))
    if not candidates:
        problems.append(Problem("candidates", "is empty"))
    if problems:
        raise InvalidInputError(problems)


def _priority(candidates: tuple[str, ...], tie_break: TieBreak) -> list[int]:
    place = {name: i for i, name in enumerate(tie_break.priority(candidates))}
    return [place[c] for c in candidates]


def _seat(
    result_order: tuple[str, ...], seats: int, constraint: SeatConstraint | None
) -> tuple[tuple[str, ...], tuple[PassedOver, ...], tuple[Check, ...], int]:
    seating = seat_in_order(result_order, seats, constraint)
    passed = tuple(
        PassedOver(candidate=c, decision=Decision.of(chk)) for c, chk in seating.passed_over
    )
    return seating.seated, passed, seating.checks, seating.shortfall


def _tally_marked(
    ballots: Iterable[MarkedBallot],
    candidates: tuple[str, ...],
    seats: int,
    method: VotingMethod,
    tie_break: TieBreak,
) -> tuple[tuple[str, ...], tuple[Round, ...], tuple[CandidateVotes, ...], tuple[str, ...]]:
    votes = Counter(dict.fromkeys(candidates, 0))
    for b in ballots:
        votes.update(b.votes)
    prio = dict(zip(candidates, _priority(candidates, tie_break), strict=True))
    order = tuple(sorted(candidates, key=lambda c: (-votes[c], prio[c])))
    ties: list[str] = []
    if len(order) > seats:
        last = votes[order[seats - 1]]
        tied = [c for c in order if votes[c] == last]
        if len(tied) > 1 and order[seats] in tied:
            ties.append(
                f"tie at {last} votes for the last seat(s) among {', '.join(tied)}: "
                f"{tie_break} gives the order {', '.join(tied)}"
            )
    winners = set(order[:seats])
    row = tuple(
        CandidateVotes(
            candidate=c,
            votes=Decimal(votes[c]),
            change=Decimal(votes[c]),
            state=CandidateState.ELECTED if c in winners else CandidateState.EXCLUDED,
        )
        for c in order
    )
    rnd = Round(
        number=1,
        votes=row,
        elected=order[:seats],
        excluded=order[seats:],
        note=f"{method.value}: the {seats} highest vote totals win",
    )
    return order, (rnd,), row, tuple(ties)


def count_rankings(  # noqa: PLR0913  (keyword-only options of a count)
    rankings: Iterable[Sequence[str | Sequence[str]]] | Mapping[tuple[Any, ...], int],
    *,
    candidates: Sequence[str],
    seats: int,
    method: VotingMethod = VotingMethod.MEEK_STV,
    tie_break: TieBreak | None = None,
    arithmetic: Arithmetic | None = None,
    omega: Decimal = DEFAULT_OMEGA,
    strength: SchulzeStrength = SchulzeStrength.WINNING_VOTES,
    constraint: SeatConstraint | None = None,
    set_aside: tuple[SetAsideBallot, ...] = (),
    trace: bool = False,
    quorum: Quorum | None = None,
) -> CountResult:
    """Count plain rankings (tuples of candidate ids) by Meek STV or Schulze.

    This is the fast door for bulk data: identical rankings are merged first, and no roll is
    checked (use :func:`count_ballots` for ballots with voters). A ranking naming an unknown
    candidate or a candidate twice is refused. Weighted anonymous ballots (a BLT file's
    lines) come as a mapping of distinct rankings to their counts, e.g. a
    ``Counter`` or :meth:`BltElection.weighted_rankings
    <openinfra_model.counting.BltElection.weighted_rankings>`.

    Args:
        rankings: Each ballot's ranking, most preferred first (partial rankings allowed);
            or a mapping of each distinct ranking to the number of ballots carrying it
            (whole numbers, at least 1). An entry that is a tuple of candidates, not one
            candidate, is a group ranked equally (``("ann", ("bob", "cy"))``): Schulze
            counts it as CIVS does, Meek STV as Droop's ``meek`` rule does (the weight
            reaching a group shared equally among its hopeful and elected candidates).
        candidates: The candidates standing.
        seats: Seats to fill.
        method: :attr:`VotingMethod.MEEK_STV` or :attr:`VotingMethod.SCHULZE`.
        tie_break: The tie rule (default: a lot from seed 0).
        arithmetic: Meek's arithmetic (default: the reference rule's 9-digit fixed point).
        omega: Meek's convergence tolerance on the total surplus.
        strength: Schulze's measure of a defeat.
        constraint: A seating rule applied after the count.
        set_aside: Ballots already set aside by validation, carried into the result.
        trace: Record every Meek iteration (votes, transfers, quota and the new keep
            values) as a round of its own, not only the rounds ending in a decision.
        quorum: Ask whether the election had its quorum (the ballots counted against
            ``quorum.eligible``); the result's ``quorum`` answers (``UNKNOWN`` without the
            number eligible).

    Raises:
        InvalidInputError: A bad ranking, a bad contest, a method that reads marked ballots,
            or equal rankings given to a method that cannot count them.

    Example:
        >>> r = count_rankings(
        ...     [("ann", "bob")] * 4 + [("cy",)] * 2, candidates=("ann", "bob", "cy"), seats=2
        ... )
        >>> r.elected
        ('ann', 'cy')
        >>> count_rankings(
        ...     {("ann", "bob"): 4, ("cy",): 2}, candidates=("ann", "bob", "cy"), seats=2
        ... ).elected
        ('ann', 'cy')
        >>> tied = count_rankings(
        ...     {(("ann", "bob"),): 2, ("cy",): 1}, candidates=("ann", "bob", "cy"), seats=1
        ... )
        >>> tied.rounds[0].votes[0].votes, tied.rounds[0].votes[1].votes
        (Decimal('1.000000000'), Decimal('1.000000000'))
    """
    check_arguments(count_rankings, locals())
    cands = tuple(candidates)
    _check_contest(cands, seats)
    if method not in RANKED_METHODS:
        raise InvalidInputError.at("method", f"{method.value} does not read ranked ballots")
    grouped, equal = _group_rankings(rankings, cands)
    if equal and method not in TAKES_EQUAL_RANKINGS:
        raise InvalidInputError.at(
            "rankings",
            f"{method.value} does not take equal rankings (groups of equally ranked "
            f"candidates, {len(equal)} distinct ranking(s)); "
            f"{' and '.join(sorted(m.value for m in TAKES_EQUAL_RANKINGS))} do",
        )
    tie = tie_break or TieBreak()
    contest = _Contest(cands, seats, _priority(cands, tie), tie, constraint, set_aside)
    if method is VotingMethod.MEEK_STV:
        result = _count_meek(
            contest, grouped, arithmetic or Arithmetic(), omega, trace=trace, equal=equal
        )
    else:
        result = _count_schulze(contest, grouped, strength, equal)
    return _with_quorum(result, quorum)


def _with_quorum(result: CountResult, quorum: Quorum | None) -> CountResult:
    if quorum is None:
        return result
    decision = check_quorum(
        quorum.kind, eligible=quorum.eligible, took_part=result.ballots_counted, as_of=quorum.as_of
    )
    return attrs.evolve(result, quorum=decision)


def _merge(
    rankings: Iterable[Sequence[str | Sequence[str]]] | Mapping[tuple[Any, ...], int],
) -> tuple[Counter[tuple[Any, ...]], list[Problem]]:
    """Identical rankings merged with their counts; a mapping's counts checked."""
    if not isinstance(rankings, Mapping):
        return Counter(tuple(r) for r in rankings), []
    merged: Counter[tuple[Any, ...]] = Counter()
    problems: list[Problem] = []
    for ranking, count in rankings.items():
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            problems.append(
                Problem(
                    f"rankings[{ranking!r}]", f"a count must be a whole number >= 1, not {count!r}"
                )
            )
            continue
        merged[tuple(ranking)] += count
    return merged, problems


def _group_rankings(
    rankings: Iterable[Sequence[str | Sequence[str]]] | Mapping[tuple[Any, ...], int],
    cands: tuple[str, ...],
) -> tuple[Counter[tuple[int, ...]], Counter[tuple[tuple[int, ...], ...]]]:
    """Merge identical rankings into candidate-index tuples with their counts; refuse bad ones.

    An entry of a ranking that is not a string is a group of equally ranked candidates;
    rankings with a group of two or more come back apart, as tuples of groups.
    """
    index = {c: i for i, c in enumerate(cands)}
    merged, problems = _merge(rankings)
    grouped: Counter[tuple[int, ...]] = Counter()
    equal: Counter[tuple[tuple[int, ...], ...]] = Counter()
    get = index.__getitem__
    for ranking, count in merged.items():
        # The common case, a strict order of known candidates, in C loops; anything else
        # (a group, an unknown name, a repeat) takes the detailed path below.
        try:
            strict = tuple(map(get, ranking))
        except (KeyError, TypeError):
            pass
        else:
            if len(set(strict)) == len(strict):
                grouped[strict] += count
                continue
        where = f"rankings[{ranking!r}]"
        groups = [(c,) if isinstance(c, str) else tuple(c) for c in ranking]
        try:
            ids = [tuple(map(index.__getitem__, g)) for g in groups]
        except KeyError as err:
            problems.append(Problem(where, f"{err.args[0]!r} is not a candidate"))
            continue
        flat = [c for g in ids for c in g]
        if len(set(flat)) != len(flat):
            problems.append(Problem(where, "ranks a candidate twice"))
        elif any(not g for g in ids):
            problems.append(Problem(where, "holds an empty group"))
        elif all(len(g) == 1 for g in ids):
            grouped[tuple(flat)] += count
        else:
            equal[tuple(ids)] += count
    if problems:
        raise InvalidInputError(problems)
    return grouped, equal


@attrs.frozen
class _Contest:
    """What every count of one contest shares: candidates, seats, tie rule and seating rule."""

    cands: tuple[str, ...]
    seats: int
    priority: list[int]
    tie: TieBreak
    constraint: SeatConstraint | None
    set_aside: tuple[SetAsideBallot, ...]


def _count_meek(  # noqa: PLR0913  (the contest, the ballots and the Meek options)
    contest: _Contest,
    grouped: Counter[tuple[int, ...]],
    arith: Arithmetic,
    omega: Decimal,
    *,
    trace: bool,
    equal: Counter[tuple[tuple[int, ...], ...]],
) -> CountResult:
    """Meek STV over merged rankings, then seating under the contest's constraint.

    Rankings with equal preferences (``equal``) are counted beside the strict ones, by
    Droop's ``meek`` rule (see :mod:`openinfra_model.counting.meek`).
    """
    cands, seats = contest.cands, contest.seats
    out = meek(
        grouped,
        names=cands,
        seats=seats,
        priority=contest.priority,
        arithmetic=arith,
        omega=omega,
        trace=trace,
        decider=contest.tie.decider,
        equal=equal,
    )
    order = tuple(cands[i] for i in out.order)
    seated, passed, checks, short = _seat(order, seats, contest.constraint)
    return CountResult(
        method=VotingMethod.MEEK_STV,
        seats=seats,
        candidates=cands,
        order=order,
        elected=tuple(cands[i] for i in out.elected),
        seated=seated,
        passed_over=passed,
        seating_checks=checks,
        shortfall=short,
        totals=out.totals,
        rounds=out.rounds,
        ballots_counted=sum(grouped.values()) + sum(equal.values()),
        set_aside=contest.set_aside,
        tie_breaks=out.ties,
        parameters=(
            f"{arith}; omega {omega}; Droop quota recomputed each iteration; {contest.tie}"
            + (
                "; equal rankings shared equally within their group (Droop's meek)"
                if equal
                else ""
            )
        ),
    )


def _count_schulze(
    contest: _Contest,
    grouped: Counter[tuple[int, ...]],
    strength: SchulzeStrength,
    equal: Counter[tuple[tuple[int, ...], ...]],
) -> CountResult:
    """Schulze's ranking over merged rankings, then seating under the contest's constraint.

    Rankings with equal preferences (``equal``) add to the pairwise table; their first
    preference counts in the first-preference totals only where their first group is one
    candidate.
    """
    cands, seats, tie = contest.cands, contest.seats, contest.tie
    n = len(cands)
    matrix = None
    if equal:
        strict = pairwise_matrix(grouped, n)
        extra = pairwise_matrix_with_ties(equal, n)
        matrix = [
            [x + y for x, y in zip(r1, r2, strict=True)]
            for r1, r2 in zip(strict, extra, strict=True)
        ]
    s = schulze(grouped, n=n, priority=contest.priority, strength=strength, matrix=matrix)
    order = tuple(cands[i] for i in s.order)
    seated, passed, checks, short = _seat(order, seats, contest.constraint)
    first: Counter[int] = Counter()
    for r, c in grouped.items():
        if r:
            first[r[0]] += c
    for groups, c in equal.items():
        if groups and len(groups[0]) == 1:
            first[groups[0][0]] += c
    place = {c: i for i, c in enumerate(order)}
    totals = tuple(
        CandidateVotes(
            candidate=cands[i],
            votes=Decimal(first[i]),
            change=Decimal(first[i]),
            state=CandidateState.ELECTED if place[cands[i]] < seats else CandidateState.EXCLUDED,
        )
        for i in s.order
    )
    ties = tuple(
        f"Schulze tie among {', '.join(cands[i] for i in t)}: {tie} places them in that order"
        for t in s.ties
    )
    rnd = Round(
        number=1,
        votes=totals,
        elected=order[:seats],
        excluded=order[seats:],
        note="Schulze ranking (votes: first preferences)",
    )
    return CountResult(
        method=VotingMethod.SCHULZE,
        seats=seats,
        candidates=cands,
        order=order,
        elected=order[:seats],
        seated=seated,
        passed_over=passed,
        seating_checks=checks,
        shortfall=short,
        totals=totals,
        rounds=(rnd,),
        pairwise=as_pairwise(cands, s),
        ballots_counted=sum(grouped.values()) + sum(equal.values()),
        set_aside=contest.set_aside,
        tie_breaks=ties,
        parameters=f"strength {strength.value}; {tie}",
    )


def count_ballots(  # noqa: PLR0913  (keyword-only options of a count)
    ballots: Sequence[MarkedBallot] | Sequence[RankedBallot],
    *,
    candidates: Sequence[str],
    seats: int,
    method: VotingMethod,
    roll: Collection[str],
    rules: BallotRules | None = None,
    invalid: InvalidBallots = InvalidBallots.REFUSE,
    tie_break: TieBreak | None = None,
    arithmetic: Arithmetic | None = None,
    omega: Decimal = DEFAULT_OMEGA,
    strength: SchulzeStrength = SchulzeStrength.WINNING_VOTES,
    constraint: SeatConstraint | None = None,
    trace: bool = False,
    quorum: Quorum | None = None,
) -> CountResult:
    """Validate the ballots of one election, count them by ``method`` and seat the winners.

    Marked ballots (plurality, cumulative, restricted) are checked against ``rules`` (by
    default the method's own: one vote per candidate up to ``seats`` for plurality, ``seats``
    votes freely spread for cumulative); ranked ballots (Meek STV, Schulze) may be partial.
    After the count the candidates are seated in the count's order; a candidate whose
    seating the ``constraint`` refuses is passed over for the next-highest one (bylaws
    §4.15(c); LF-EPP §4; TC charter), and the result says who and why. The Meek options
    (``arithmetic``, ``omega``, ``trace``) and Schulze's ``strength`` are those of
    :func:`count_rankings`, and so is ``quorum``.

    Raises:
        InvalidInputError: Bad ballots under :attr:`InvalidBallots.REFUSE`, ballots of the
            wrong kind for the method, or a bad contest (no seats, duplicate candidates).

    Example:
        >>> from openinfra_model.counting import MarkedBallot
        >>> r = count_ballots(
        ...     [MarkedBallot("v1", ("ann", "ann", "bob")), MarkedBallot("v2", ("cy",) * 3)],
        ...     candidates=("ann", "bob", "cy"),
        ...     seats=3,
        ...     method=VotingMethod.CUMULATIVE,
        ...     roll={"v1", "v2"},
        ... )
        >>> r.elected, r.votes_of("cy")
        (('cy', 'ann', 'bob'), Decimal('3'))
    """
    check_arguments(count_ballots, locals())
    cands = tuple(candidates)
    _check_contest(cands, seats)
    wrong = [
        i
        for i, b in enumerate(ballots)
        if isinstance(b, RankedBallot) is not (method in RANKED_METHODS)
    ]
    if wrong:
        kind = "ranked" if (method in RANKED_METHODS) else "marked"
        raise InvalidInputError(
            Problem(f"ballots[{i}]", f"{method.value} needs {kind} ballots") for i in wrong
        )
    if method in RANKED_METHODS:
        ranked, aside = split_ballots(list(ballots), candidates=cands, roll=roll, invalid=invalid)
        return count_rankings(
            (b.ranking for b in ranked if isinstance(b, RankedBallot)),
            candidates=cands,
            seats=seats,
            method=method,
            tie_break=tie_break,
            arithmetic=arithmetic,
            omega=omega,
            strength=strength,
            constraint=constraint,
            set_aside=aside,
            trace=trace,
            quorum=quorum,
        )
    contest = _Contest(cands, seats, [], tie_break or TieBreak(), constraint, ())
    return _with_quorum(
        _count_marked(ballots, contest, method, rules, roll=roll, invalid=invalid), quorum
    )


def _count_marked(  # noqa: PLR0913
    ballots: Sequence[MarkedBallot] | Sequence[RankedBallot],
    contest: _Contest,
    method: VotingMethod,
    rules: BallotRules | None,
    *,
    roll: Collection[str],
    invalid: InvalidBallots,
) -> CountResult:
    """Plurality, cumulative or restricted voting: check the marks, tally, seat."""
    cands, seats, tie = contest.cands, contest.seats, contest.tie
    if rules is None:
        if method is VotingMethod.RESTRICTED:
            raise InvalidInputError.at("rules", "a restricted vote needs its BallotRules")
        rules = (
            BallotRules.cumulative(seats)
            if method is VotingMethod.CUMULATIVE
            else BallotRules.plurality(seats)
        )
    marked, aside = split_ballots(
        ballots, candidates=cands, roll=roll, rules=rules, invalid=invalid
    )
    order, rounds, totals, ties = _tally_marked(
        (b for b in marked if isinstance(b, MarkedBallot)), cands, seats, method, tie
    )
    seated, passed, checks, short = _seat(order, seats, contest.constraint)
    return CountResult(
        method=method,
        seats=seats,
        candidates=cands,
        order=order,
        elected=order[:seats],
        seated=seated,
        passed_over=passed,
        seating_checks=checks,
        shortfall=short,
        totals=totals,
        rounds=rounds,
        ballots_counted=len(marked),
        set_aside=aside,
        tie_breaks=ties,
        parameters=(
            f"at most {rules.max_votes} votes a ballot, {rules.max_per_candidate} per "
            f"candidate; {tie}"
        ),
    )
