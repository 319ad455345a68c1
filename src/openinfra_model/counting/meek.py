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
candidates to its first hopeful one, and what it does in an iteration depends only on the
elected candidates it passes through. Those sequences form a trie, walked level by level
in bulk operations; ballots sharing a prefix share its arithmetic.

Rankings with equal preferences (groups of equally ranked candidates) follow the
generalisation of Meek's method in Droop (J. Lundell), the counter the PR Foundation
publishes, rule ``meek`` (``droop/rules/meek.py``, ``distributeVotes``; test files
``test/blt/meek/eq1.blt`` and ``eq2.blt`` with their reference reports): the weight a ballot
brings to a group is shared equally among the group's hopeful and elected candidates
(excluded ones left out); each keeps its share times its keep value, and what the elected
ones pass on goes, summed, to the next group. Hill, Wichmann and Woodall leave this out
("Meek also considered an alternative formulation in which voters would be allowed to
indicate equal preference for some candidates instead of a strict ordering; we have not
implemented this alternative."). Two choices are ours and stated as such: a group whose
candidates are all excluded is passed over, as an excluded candidate is on a strict ballot
(Droop stops the ballot there, so its weight is lost: its report of ``eq2.blt`` ends with 2
votes of residual); in fixed point a share is rounded down and the few units left by the
division are exhausted. Strict rankings never take this path: they stay in the trie, so
their counts are unchanged. See :class:`EqualRankings`.
"""

from __future__ import annotations

import operator
from bisect import bisect_right
from decimal import Context, Decimal
from fractions import Fraction
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.core.validate import typed
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

    _Pick = Callable[[Sequence[Any]], Sequence[Any]]

__all__ = ["DEFAULT_OMEGA", "EqualRankings", "MeekOutcome", "PrefixGroups", "meek"]

DEFAULT_OMEGA = Decimal("0.000001")
"""The reference rule's convergence tolerance: iterate until the total surplus is below it."""

_HOPEFUL, _ELECTED, _EXCLUDED = 0, 1, 2


def _picker(indices: list[int]) -> _Pick:
    """``itemgetter(*indices)``, giving a tuple even for one index."""
    if len(indices) == 1:
        i = indices[0]
        return lambda seq: (seq[i],)
    return itemgetter(*indices)


class _Nodes:
    """Some nodes of one level of the trie: those ending in one elected candidate."""

    __slots__ = ("_pick", "_size", "nodes")

    def __init__(self) -> None:
        self.nodes: list[int] = []
        self._size = 0
        self._pick: _Pick = _picker([0])

    def pick(self, values: Sequence[Any]) -> Sequence[Any]:
        """The nodes' entries in ``values`` (one entry for each node of the level)."""
        if self._size != len(self.nodes):
            self._size = len(self.nodes)
            self._pick = _picker(self.nodes)
        return self._pick(values)


class _Column(_Nodes):
    """The nodes of one level where ballots stop at one hopeful candidate (or exhaust)."""

    __slots__ = ("at", "counts")

    def __init__(self) -> None:
        super().__init__()
        self.counts: list[int] = []  # the ballots stopping at each node
        self.at: dict[int, int] = {}  # node -> its index in nodes and counts

    def dot(self, values: Sequence[Any]) -> Any:  # noqa: ANN401
        """The sum of each node's count times its entry in ``values``."""
        return sum(map(operator.mul, self.counts, self.pick(values)))


def _add(columns: dict[int, _Column], c: int, node: int, count: int) -> None:
    """``count`` more ballots for ``node`` in the column ``c`` of a level."""
    col = columns.get(c)
    if col is None:
        col = columns[c] = _Column()
    j = col.at.get(node)
    if j is None:
        col.at[node] = len(col.nodes)
        col.nodes.append(node)
        col.counts.append(count)
    else:
        col.counts[j] += count


class PrefixGroups:
    """Ballots as a trie of the elected candidates they pass through, walked level by level.

    The distinct rankings are sorted, so the ballots sharing a prefix are one contiguous
    range (a node of an implicit trie over the rankings, with counts from running totals);
    a range's children are found by bisecting it on the next preference. Each ballot's path
    is cut at its first hopeful candidate (who keeps the whole vote), and excluded candidates
    are skipped (they pass the vote on untouched), so what a ballot does in an iteration
    depends only on the sequence of *elected* candidates it passes through.

    Those sequences are the nodes of a second, explicit trie, stored level by level (level
    ``d`` holds the sequences of ``d`` elected candidates; the root is node 0 of level 0):
    each node's parent, last candidate and the ballots passing through it; per level, the
    nodes ending in each elected candidate, and for each place a ballot can stop (a
    hopeful candidate, or exhausted) the nodes where ballots stop there, and how many.
    Every ballot of a node carries the same weight, computed once from its parent's:
    ballots sharing a prefix share its arithmetic, each product rounded as for the ballot
    walked alone. An iteration is a few bulk operations (``map`` over a level, a sum per
    candidate) per level, whatever the number of ballots behind each node. When a
    candidate is elected or excluded only the ranges stopped at that candidate are
    extended; nodes are only appended, so their places never change.
    """

    __slots__ = (
        "_picks",
        "credit",
        "cum",
        "elect",
        "flows",
        "frontier",
        "kids",
        "parent",
        "rankings",
        "state",
        "through",
    )

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
        # frontier[c]: (level, node, lo, hi, depth) of each range of rankings stopped at c.
        self.frontier: list[list[tuple[int, int, int, int, int]]] = [[] for _ in range(n)]
        self.parent: list[list[int]] = [[0]]
        self.elect: list[list[int]] = [[-1]]
        self.through: list[list[int]] = [[total]]
        self.flows: list[dict[int, _Nodes]] = [{}]
        self.credit: list[dict[int, _Column]] = [{}]
        self.kids: dict[tuple[int, int, int], int] = {}  # (level, node, elected) -> child
        # Per level: its size when last seen, and what picks each node's parent and candidate.
        self._picks: list[tuple[int, _Pick, _Pick]] = [(1, _picker([0]), _picker([0]))]
        self._descend(0, 0, 0, len(self.rankings), 0)

    @property
    def groups(self) -> dict[tuple[int, ...], dict[int, int]]:
        """Where the ballots stop, by the sequence of elected candidates they pass through.

        Each sequence maps each hopeful candidate where ballots stop after it (key -1: the
        ballots exhausted after it) to their number; sequences no ballot stops after are
        left out.
        """
        seqs: list[list[tuple[int, ...]]] = [[()]]
        for d in range(1, len(self.parent)):
            above = seqs[d - 1]
            seqs.append(
                [(*above[p], e) for p, e in zip(self.parent[d], self.elect[d], strict=True)]
            )
        out: dict[tuple[int, ...], dict[int, int]] = {}
        for d, columns in enumerate(self.credit):
            for c, col in columns.items():
                for node, count in zip(col.nodes, col.counts, strict=True):
                    if count:
                        out.setdefault(seqs[d][node], {})[c] = count
        return out

    def _pass(self, d: int, node: int, e: int, count: int) -> int:
        """``count`` more ballots pass from ``node`` of level ``d`` through elected ``e``.

        Returns:
            Their node on level ``d + 1``.
        """
        child = self.kids.get((d, node, e))
        if child is None:
            child = self._child(d, node, e)
        self.through[d + 1][child] += count
        return child

    def _child(self, d: int, node: int, e: int) -> int:
        """A new node on level ``d + 1``: ``node`` of level ``d`` followed by elected ``e``."""
        if d + 1 == len(self.parent):
            self.parent.append([])
            self.elect.append([])
            self.through.append([])
            self.flows.append({})
            self.credit.append({})
        child = self.kids[d, node, e] = len(self.parent[d + 1])
        self.parent[d + 1].append(node)
        self.elect[d + 1].append(e)
        self.through[d + 1].append(0)
        flows = self.flows[d + 1]
        nodes = flows.get(e)
        if nodes is None:
            nodes = flows[e] = _Nodes()
        nodes.nodes.append(child)
        return child

    def _walk_one(self, d: int, node: int, lo: int, depth: int) -> None:
        """Walk the one ranking ``lo`` on from preference ``depth`` and ``node`` of level ``d``."""
        ranking, count = self.rankings[lo], self.cum[lo + 1] - self.cum[lo]
        state, kids, through = self.state, self.kids, self.through
        for i in range(depth, len(ranking)):
            c = ranking[i]
            st = state[c]
            if st == _HOPEFUL:
                self.frontier[c].append((d, node, lo, lo + 1, i + 1))
                _add(self.credit[d], c, node, count)
                return
            if st == _ELECTED:
                child = kids.get((d, node, c))
                if child is None:
                    child = self._child(d, node, c)
                d += 1
                node = child
                through[d][node] += count
        _add(self.credit[d], -1, node, count)

    def _descend(self, d: int, node: int, lo: int, hi: int, depth: int) -> None:
        """Walk the rankings ``[lo, hi)`` on from preference ``depth`` and ``node`` of level ``d``.

        Each stops at its first hopeful candidate or at its end.
        """
        rankings, cum, state, frontier = self.rankings, self.cum, self.state, self.frontier
        credit = self.credit
        stack = [(d, node, lo, hi, depth)]
        while stack:
            d, node, lo, hi, depth = stack.pop()
            if hi - lo == 1:  # one ranking: along the ranking itself
                self._walk_one(d, node, lo, depth)
                continue
            stops = credit[d]
            if lo < hi and len(rankings[lo]) == depth:  # the one ranking ending here
                _add(stops, -1, node, cum[lo + 1] - cum[lo])
                lo += 1
            key = itemgetter(depth)
            while lo < hi:
                c = rankings[lo][depth]
                end = bisect_right(rankings, c, lo, hi, key=key)
                st = state[c]
                if st == _HOPEFUL:
                    frontier[c].append((d, node, lo, end, depth + 1))
                    _add(stops, c, node, cum[end] - cum[lo])
                elif st == _EXCLUDED:
                    stack.append((d, node, lo, end, depth + 1))
                else:
                    child = self._pass(d, node, c, cum[end] - cum[lo])
                    stack.append((d + 1, child, lo, end, depth + 1))
                lo = end

    def leave(self, c: int, *, elected: bool) -> None:
        """Candidate ``c`` is no longer hopeful: extend the paths that stopped at it."""
        self.state[c] = _ELECTED if elected else _EXCLUDED
        entries, self.frontier[c] = self.frontier[c], []
        for columns in self.credit:  # every ballot stopped at c walks on
            columns.pop(c, None)
        cum = self.cum
        for d, node, lo, hi, depth in entries:
            if elected:
                self._descend(d + 1, self._pass(d, node, c, cum[hi] - cum[lo]), lo, hi, depth)
            else:
                self._descend(d, node, lo, hi, depth)

    def _levels(self) -> list[tuple[int, _Pick, _Pick]]:
        """Per level: its size, what picks each node's parent weight and keep value."""
        picks = self._picks
        for d in range(1, len(self.parent)):
            if d == len(picks):
                picks.append((0, _picker([0]), _picker([0])))
            if picks[d][0] != len(self.parent[d]):
                picks[d] = (len(self.parent[d]), _picker(self.parent[d]), _picker(self.elect[d]))
        return picks

    def distribute(
        self,
        keep: list[Any],
        one: Any,  # noqa: ANN401  (an int scale or Fraction(1))
        mul: Callable[[Any, Any], Any],
    ) -> tuple[list[Any], Any]:
        """One iteration: every candidate's votes and the exhausted weight.

        Level by level: a node's ballots arrive with their parent's weight ``w``; its elected
        candidate takes ``mul(w, keep)`` of each and passes the rest on, to the ballots
        stopping at the node (credited to their hopeful candidate, or exhausted) and to its
        children.
        """
        zero = one - one
        totals = [zero] * (len(keep) + 1)  # the last: exhausted
        weights: Sequence[Any] = [one]
        for c, col in self.credit[0].items():
            totals[c] += col.dot(weights)
        for d, (_, by_parent, by_elect) in enumerate(self._levels()[1:], start=1):
            above = by_parent(weights)
            taken = list(map(mul, above, by_elect(keep)))
            weights = list(map(operator.sub, above, taken))
            passing = list(map(operator.mul, self.through[d], taken))
            for e, nodes in self.flows[d].items():
                totals[e] += sum(nodes.pick(passing))
            for c, col in self.credit[d].items():
                totals[c] += col.dot(weights)
        return totals[:-1], totals[-1]

    def distribute_fixed(self, keep: list[int], scale: int) -> tuple[list[int], int]:
        """:meth:`distribute` in fixed point: the same numbers, in bulk operations.

        ``scale`` is one unit, and each product is rounded up (the reference rule).
        A candidate with keep value ``k`` takes ``ceil(w * k / scale)`` of a weight ``w``
        and passes on ``w`` less that, which is ``floor(w * (scale - k) / scale)``: one
        product and one floor division for each node.
        """
        totals = [0] * (len(keep) + 1)  # the last: exhausted
        weights: Sequence[int] = [scale]
        for c, col in self.credit[0].items():
            totals[c] += col.dot(weights)
        passed = [scale - k for k in keep]
        product, minus, floordiv = operator.mul, operator.sub, operator.floordiv
        for d, (_, by_parent, by_elect) in enumerate(self._levels()[1:], start=1):
            above = by_parent(weights)
            weights = list(map(floordiv, map(product, above, by_elect(passed)), repeat(scale)))
            passing = list(map(product, self.through[d], map(minus, above, weights)))
            for e, nodes in self.flows[d].items():
                totals[e] += sum(nodes.pick(passing))
            for c, col in self.credit[d].items():
                totals[c] += col.dot(weights)
        return totals[:-1], totals[-1]


class EqualRankings:
    """Ballots ranking some candidates equally, walked one distinct prefix at a time.

    Each ranking is a tuple of groups (tuples of candidate indices), most preferred first.
    A ballot's weight ``w`` reaching a group is shared equally among the group's candidates
    still standing (hopeful or elected; keep value not 0): each takes ``w / m`` times its keep
    value (a hopeful candidate, keep 1, the whole share); the elected candidates' remainders,
    summed, go to the next group; what is left after the last group is exhausted.

    What a ballot does depends only on its groups' standing candidates up to the first group
    whose candidates all keep the whole of a share: no weight goes further. Those prefixes
    change only when a candidate is elected, excluded or gets a keep value below 1, so they
    are rebuilt then, and rankings sharing a prefix are walked once, with their counts summed
    (the products are the same, so the totals are too).
    """

    __slots__ = ("_prefixes", "_signature", "rankings")

    def __init__(self, rankings: Counter[tuple[tuple[int, ...], ...]]) -> None:
        """Keep the distinct rankings and their counts, in a fixed order."""
        self.rankings = sorted(rankings.items())
        self._signature: tuple[int, ...] = ()
        self._prefixes: list[tuple[tuple[tuple[int, ...], ...], int]] = []

    def _walks(
        self,
        keep: Sequence[Any],
        one: Any,  # noqa: ANN401  (an int scale or Fraction(1))
    ) -> list[tuple[tuple[tuple[int, ...], ...], int]]:
        """The distinct prefixes that carry weight under ``keep``, with their counts."""
        signature = tuple(0 if not k else 2 if k == one else 1 for k in keep)
        if signature != self._signature:
            merged: dict[tuple[tuple[int, ...], ...], int] = {}
            for groups, count in self.rankings:
                prefix: list[tuple[int, ...]] = []
                for group in groups:
                    standing = tuple(c for c in group if signature[c])
                    if standing:  # a group with every candidate excluded is passed over
                        prefix.append(standing)
                        if all(signature[c] == 2 for c in standing):
                            break
                key = tuple(prefix)
                merged[key] = merged.get(key, 0) + count
            self._signature, self._prefixes = signature, sorted(merged.items())
        return self._prefixes

    def distribute(
        self,
        keep: Sequence[Any],
        totals: list[Any],
        one: Any,  # noqa: ANN401  (an int scale or Fraction(1))
        mul: Callable[[Any, Any], Any],
        split: Callable[[Any, int], Any],
    ) -> Any:  # noqa: ANN401
        """Add every ballot's votes to ``totals``; return the weight they exhaust.

        ``mul(w, k)`` is what a candidate with keep value ``k`` takes of a weight ``w`` (the
        same product as for a strict ranking), ``split(w, m)`` one of ``m`` equal shares of
        ``w``; in fixed point a share is rounded down and the division's remainder exhausted.
        """
        zero = one - one
        lost = zero
        for groups, count in self._walks(keep, one):
            w = one
            for standing in groups:
                share = split(w, len(standing))
                passed = zero
                for c in standing:
                    k = keep[c]
                    kept = share if k == one else mul(share, k)
                    totals[c] += count * kept
                    passed += share - kept
                lost += count * (w - share * len(standing))
                w = passed
                if not w:
                    break
            lost += count * w
        return lost


@attrs.frozen(kw_only=True, field_transformer=typed)
class MeekOutcome:
    """What the Meek count gives back to :func:`~openinfra_model.counting.count_ballots`."""

    order: tuple[int, ...]
    elected: tuple[int, ...]
    rounds: tuple[Round, ...]
    totals: tuple[CandidateVotes, ...]
    ties: tuple[str, ...]


def _close(rounds: list[Round], rest: Sequence[str], note: str, *, elected: bool) -> None:
    """Fold the end of the count into its last round (no round of its own: nothing is counted).

    Once the hopeful candidates left are no more than the seats left (or every seat is
    filled), the reference rule elects (or excludes) them without another distribution, so
    no new votes exist to report; the last round records the decision and says so.
    """
    last = rounds[-1]
    state = CandidateState.ELECTED if elected else CandidateState.EXCLUDED
    gone = set(rest)
    rounds[-1] = attrs.evolve(
        last,
        votes=tuple(
            attrs.evolve(v, state=state, keep=v.keep if elected or v.keep is None else v.keep * 0)
            if v.candidate in gone
            else v
            for v in last.votes
        ),
        elected=(*last.elected, *rest) if elected else last.elected,
        excluded=last.excluded if elected else (*last.excluded, *rest),
        note=f"{last.note}; then {note}",
    )


def _final_totals(row: tuple[CandidateVotes, ...]) -> tuple[CandidateVotes, ...]:
    """The final totals: an excluded candidate holds no votes (keep 0), as the reference shows."""
    return tuple(
        attrs.evolve(v, votes=Decimal(0), change=-v.votes)
        if v.state is CandidateState.EXCLUDED
        else v
        for v in row
    )


def meek(  # noqa: C901, PLR0912, PLR0913, PLR0915  (the reference rule's steps, kept in one place)
    rankings: Counter[tuple[int, ...]],
    *,
    names: Sequence[str],
    seats: int,
    priority: Sequence[int],
    arithmetic: Arithmetic,
    omega: Decimal = DEFAULT_OMEGA,
    trace: bool = False,
    decider: str = "the lot",
    equal: Counter[tuple[tuple[int, ...], ...]] | None = None,
) -> MeekOutcome:
    """Count ranked ballots (as candidate indices, with multiplicities) by Meek's method.

    ``priority[c]`` is candidate ``c``'s place in the tie-break order (0 = most favoured),
    and ``decider`` names that order in the notes of a tie; with ``trace`` every iteration
    is recorded as a round of its own. Under exact arithmetic the rounds show
    ``digits - ceil(log10(ballots))`` decimals, the ones the keep-value grid guarantees.
    ``equal`` holds the rankings with groups of equally ranked candidates (tuples of groups,
    with their counts), counted as :class:`EqualRankings` says.
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

        def split(w: Any, m: int) -> Any:  # noqa: ANN401
            return w // m

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

        def split(w: Any, m: int) -> Any:  # noqa: ANN401
            return w / m

        wide = Context(prec=arithmetic.digits + 40)  # room for the whole part and the places
        total_ballots = sum(rankings.values()) + (sum(equal.values()) if equal else 0)
        shown = Decimal(1).scaleb(
            -max(0, arithmetic.digits - (len(str(total_ballots - 1)) if total_ballots > 1 else 0))
        )

        def dec(v: Any) -> Decimal:  # noqa: ANN401
            f = Fraction(v)
            quotient = wide.divide(Decimal(f.numerator), Decimal(f.denominator))
            return quotient.quantize(shown, context=wide)

        tol = Fraction(omega)

    ballots = PrefixGroups(rankings, n)
    equal_ballots = EqualRankings(equal) if equal else None
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
            if fixed:
                votes, exhausted = ballots.distribute_fixed(keep, scale)
            else:
                votes, exhausted = ballots.distribute(keep, one, mul)
            if equal_ballots is not None:
                exhausted += equal_ballots.distribute(keep, votes, one, mul, split)
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
                        f"{', '.join(names[c] for c in tied)}: {decider} excludes {names[loser]}"
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
        fill = len(elected) < seats
        for c in rest:
            state[c] = CandidateState.ELECTED if fill else CandidateState.EXCLUDED
            if not fill:
                keep[c] = one - one
        note = (
            "elected: no more hopeful candidates than seats left"
            if fill
            else "excluded: every seat is filled"
        )
        if fill:
            elected.extend(rest)
        if rounds:
            _close(rounds, [names[c] for c in rest], note, elected=fill)
        elif fill:
            record(rest, (), 0, note)
        else:
            record((), rest, 0, note)
        if fill:
            rest = []
    order = (*elected, *rest, *reversed(excluded))
    final = _final_totals(rounds[-1].votes) if rounds else ()
    return MeekOutcome(
        order=tuple(order),
        elected=tuple(elected),
        rounds=tuple(rounds),
        totals=final,
        ties=tuple(ties),
    )
