"""Meek's method of STV (Hill, Wichmann and Woodall, Algorithm 123, 1987).

The count follows the Proportional Representation Foundation's reference rule for Meek's
method: every candidate starts *hopeful* with keep value 1; each iteration distributes every
ballot (a ballot of weight ``w`` gives ``w * keep`` to each candidate it reaches, in order of
preference, and passes the rest on), recomputes the Droop quota from the votes credited to
candidates (so exhausted votes lower it), elects every hopeful candidate who reaches it, and
otherwise lowers the keep values of the elected towards ``quota / votes`` until the total
surplus is below the tolerance ``omega`` or stops shrinking; then the lowest hopeful
candidate is excluded (keep 0). Candidates within the total surplus of the lowest are
treated as tied with it.

Ballots are grouped by their shared prefixes (see :class:`PrefixGroups`): a hopeful
candidate keeps a whole vote, so a ballot is only walked past elected and excluded
candidates to its first hopeful one, and ballots sharing that walk are one group.
"""

from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal
from fractions import Fraction
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.counting.model import (
    Arithmetic,
    ArithmeticKind,
    CandidateState,
    CandidateVotes,
    Round,
)

if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Callable, Sequence

__all__ = ["DEFAULT_OMEGA", "MeekOutcome", "PrefixGroups", "meek"]

DEFAULT_OMEGA = Decimal("0.000001")
"""The reference rule's convergence tolerance: iterate until the total surplus is below it."""

_HOPEFUL, _ELECTED, _EXCLUDED = 0, 1, 2


class PrefixGroups:
    """Ballots grouped by shared prefixes, walked only as far as the count needs.

    The distinct rankings are sorted, so the ballots sharing a prefix are one contiguous
    range (a node of an implicit trie, with counts from running totals); a node's children
    are found by bisecting its range on the next preference. Each ballot's path is cut at
    its first hopeful candidate (who keeps the whole vote) and reduced to the elected
    candidates it passes through (excluded ones pass the vote on untouched): ``groups`` maps
    each such sequence of elected candidates to the ballots ending at each hopeful candidate
    (or exhausted, key ``-1``). An iteration walks the sequences, not the ballots; when a
    candidate is elected or excluded only the ranges stopped at that candidate are extended.
    """

    __slots__ = ("cum", "frontier", "groups", "rankings", "state")

    def __init__(self, rankings: Counter[tuple[int, ...]], n: int) -> None:
        """Sort and total the distinct rankings; open the paths to the first preferences."""
        self.rankings = sorted(rankings)
        cum = [0]
        total = 0
        for r in self.rankings:
            total += rankings[r]
            cum.append(total)
        self.cum = cum
        self.state = [_HOPEFUL] * n
        self.frontier: list[list[tuple[tuple[int, ...], int, int, int]]] = [[] for _ in range(n)]
        self.groups: dict[tuple[int, ...], dict[int, int]] = {}
        self._descend((), 0, len(self.rankings), 0)

    def _descend(self, seq: tuple[int, ...], lo: int, hi: int, depth: int) -> None:
        rankings, cum, state, frontier, groups = (
            self.rankings,
            self.cum,
            self.state,
            self.frontier,
            self.groups,
        )
        stack = [(seq, lo, hi, depth)]
        while stack:
            seq, lo, hi, depth = stack.pop()
            group = groups.get(seq)
            if group is None:
                group = groups[seq] = {}
            if lo < hi and len(rankings[lo]) == depth:  # the one ranking ending here
                group[-1] = group.get(-1, 0) + cum[lo + 1] - cum[lo]
                lo += 1
            key = itemgetter(depth)
            while lo < hi:
                c = rankings[lo][depth]
                end = bisect_right(rankings, c, lo, hi, key=key)
                st = state[c]
                if st == _HOPEFUL:
                    frontier[c].append((seq, lo, end, depth + 1))
                    group[c] = group.get(c, 0) + cum[end] - cum[lo]
                elif st == _EXCLUDED:
                    stack.append((seq, lo, end, depth + 1))
                else:
                    stack.append(((*seq, c), lo, end, depth + 1))
                lo = end

    def leave(self, c: int, *, elected: bool) -> None:
        """Candidate ``c`` is no longer hopeful: extend the paths that stopped at it."""
        self.state[c] = _ELECTED if elected else _EXCLUDED
        entries, self.frontier[c] = self.frontier[c], []
        cum = self.cum
        for seq, lo, hi, depth in entries:
            group = self.groups[seq]
            group[c] -= cum[hi] - cum[lo]
            if not group[c]:
                del group[c]
            self._descend((*seq, c) if elected else seq, lo, hi, depth)

    def distribute(
        self,
        keep: list[Any],
        one: Any,  # noqa: ANN401  (an int scale or Fraction(1))
        mul: Callable[[Any, Any], Any],
    ) -> tuple[list[Any], Any]:
        """One iteration: every candidate's votes and the exhausted weight."""
        zero = one - one
        votes = [zero] * len(keep)
        exhausted = zero
        for seq, group in self.groups.items():
            if not group:
                continue
            w = one
            if seq:
                total = sum(group.values())
                for e in seq:
                    take = mul(w, keep[e])
                    votes[e] += total * take
                    w -= take
                    if not w:
                        break
                if not w:
                    continue
            for c, count in group.items():
                if c < 0:
                    exhausted += count * w
                else:
                    votes[c] += count * w
        return votes, exhausted


@attrs.frozen(kw_only=True)
class MeekOutcome:
    """What the Meek count gives back to :func:`~openinfra_model.counting.count_ballots`."""

    order: tuple[int, ...]
    elected: tuple[int, ...]
    rounds: tuple[Round, ...]
    totals: tuple[CandidateVotes, ...]
    ties: tuple[str, ...]


def meek(  # noqa: C901, PLR0912, PLR0913, PLR0915  (the reference rule's steps, kept in one place)
    rankings: Counter[tuple[int, ...]],
    *,
    names: Sequence[str],
    seats: int,
    priority: Sequence[int],
    arithmetic: Arithmetic,
    omega: Decimal = DEFAULT_OMEGA,
    trace: bool = False,
) -> MeekOutcome:
    """Count ranked ballots (as candidate indices, with multiplicities) by Meek's method.

    ``priority[c]`` is candidate ``c``'s place in the tie-break order (0 = most favoured);
    with ``trace`` every iteration is recorded as a round of its own.
    """
    n = len(names)
    fixed = arithmetic.kind is ArithmeticKind.FIXED
    one: Any
    if fixed:
        scale = 10**arithmetic.digits
        one = scale

        def mul(a: Any, b: Any) -> Any:  # noqa: ANN401
            return -((-a * b) // scale)

        def div(a: Any, b: Any) -> Any:  # noqa: ANN401
            return -((-a * scale) // b)

        def quota_of(total: Any) -> Any:  # noqa: ANN401
            return total // (seats + 1) + 1

        def reaches(v: Any, q: Any) -> bool:  # noqa: ANN401
            return bool(v >= q)

        def dec(v: Any) -> Decimal:  # noqa: ANN401
            return Decimal(v).scaleb(-arithmetic.digits)

        tol: Any = int(omega.scaleb(arithmetic.digits).to_integral_value())
    else:
        one = Fraction(1)

        def mul(a: Any, b: Any) -> Any:  # noqa: ANN401
            return a * b

        grid = 10**arithmetic.digits

        def div(a: Any, b: Any) -> Any:  # noqa: ANN401
            # Keep values are the one iterated quantity: exact iteration would grow their
            # fractions without bound, so each new keep value is rounded up to the grid.
            x = Fraction(a) / b
            return Fraction(-((-x.numerator * grid) // x.denominator), grid)

        def quota_of(total: Any) -> Any:  # noqa: ANN401
            return Fraction(total) / (seats + 1)

        def reaches(v: Any, q: Any) -> bool:  # noqa: ANN401
            return bool(v > q)

        def dec(v: Any) -> Decimal:  # noqa: ANN401
            f = Fraction(v)
            return (Decimal(f.numerator) / Decimal(f.denominator)).quantize(Decimal("1e-12"))

        tol = Fraction(omega)

    ballots = PrefixGroups(rankings, n)
    keep: list[Any] = [one] * n
    state = [CandidateState.HOPEFUL] * n
    hopeful = set(range(n))
    elected: list[int] = []
    excluded: list[int] = []
    rounds: list[Round] = []
    ties: list[str] = []
    previous: list[Decimal] = [Decimal(0)] * n
    votes: list[Any] = []
    exhausted: Any = 0
    quota: Any = 0

    def record(
        new_elected: Sequence[int], new_excluded: Sequence[int], its: int, note: str
    ) -> None:
        row = []
        for c in range(n):
            v = dec(votes[c]) if votes else Decimal(0)
            row.append(
                CandidateVotes(
                    candidate=names[c],
                    votes=v,
                    change=v - previous[c],
                    keep=dec(keep[c]),
                    state=state[c],
                )
            )
            previous[c] = v
        rounds.append(
            Round(
                number=len(rounds) + 1,
                votes=tuple(row),
                quota=dec(quota),
                exhausted=dec(exhausted),
                iterations=its,
                elected=tuple(names[c] for c in new_elected),
                excluded=tuple(names[c] for c in new_excluded),
                note=note,
            )
        )

    def by_votes_then_lot(c: int) -> tuple[Any, int]:
        return (-votes[c], priority[c])

    while len(elected) < seats and len(elected) + len(hopeful) > seats:
        first = True
        prev_surplus: Any = None
        its = 0
        while True:
            votes, exhausted = ballots.distribute(keep, one, mul)
            its += 1
            quota = quota_of(sum(votes))
            winners = sorted(
                (c for c in hopeful if reaches(votes[c], quota)), key=by_votes_then_lot
            )
            if winners:
                for c in winners:
                    hopeful.discard(c)
                    state[c] = CandidateState.ELECTED
                    ballots.leave(c, elected=True)
                elected.extend(winners)
                record(winners, (), its, "reached the quota")
                break
            surplus = sum(votes[c] - quota for c in elected)
            surplus = max(surplus, one - one)
            if surplus < tol or (not first and surplus >= prev_surplus):
                low = min(votes[c] for c in hopeful)
                tied = sorted(
                    (c for c in hopeful if votes[c] <= low + surplus), key=lambda c: priority[c]
                )
                loser = tied[-1]
                note = "lowest votes"
                if len(tied) > 1:
                    note = (
                        f"tie for lowest (within the surplus {dec(surplus)}) among "
                        f"{', '.join(names[c] for c in tied)}: lot excludes {names[loser]}"
                    )
                    ties.append(f"round {len(rounds) + 1}: {note}")
                hopeful.discard(loser)
                excluded.append(loser)
                state[loser] = CandidateState.EXCLUDED
                keep[loser] = one - one
                ballots.leave(loser, elected=False)
                record((), (loser,), its, note)
                break
            for c in elected:
                if votes[c]:
                    keep[c] = div(mul(keep[c], quota), votes[c])
            if trace:
                record((), (), 1, f"iteration {its}: surplus {dec(surplus)}; keep values updated")
            prev_surplus = surplus
            first = False

    rest = (
        sorted(hopeful, key=by_votes_then_lot)
        if votes
        else sorted(hopeful, key=priority.__getitem__)
    )
    if rest:
        if len(elected) < seats:
            for c in rest:
                state[c] = CandidateState.ELECTED
            elected.extend(rest)
            record(rest, (), 0, "elected: no more hopeful candidates than seats left")
            rest = []
        else:
            for c in rest:
                state[c] = CandidateState.EXCLUDED
                keep[c] = one - one
            record((), rest, 0, "excluded: every seat is filled")
    order = (*elected, *rest, *reversed(excluded))
    final = rounds[-1].votes if rounds else ()
    return MeekOutcome(
        order=tuple(order),
        elected=tuple(elected),
        rounds=tuple(rounds),
        totals=final,
        ties=tuple(ties),
    )
