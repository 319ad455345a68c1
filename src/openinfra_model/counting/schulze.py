"""The Schulze method, with a complete ranking as CIVS produces it for multi-seat contests.

Pairwise counts: a voter prefers ``a`` to ``b`` when the ballot ranks ``a`` above ``b`` or
ranks ``a`` and leaves ``b`` unranked; two unranked candidates are equal on that ballot.
The strength of the defeat of ``b`` by ``a`` is measured by winning votes (or margins,
selectable); strongest paths are found by the Floyd-Warshall widest-path recurrence, and
``a`` beats ``b`` in the Schulze order when the strongest path from ``a`` to ``b`` is
stronger than the reverse. That relation is transitive, so the ranking is built by
repeatedly taking the candidates no remaining candidate beats; where several remain unbeaten
(a tie of the Schulze order) they are placed in the tie-break order -- the completion of
ties this library documents. Multi-seat results are the top of the ranking.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

import attrs

from openinfra_model.core.validate import typed
from openinfra_model.counting.model import PairwiseCount, SchulzeStrength

if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Sequence

__all__ = ["SchulzeOutcome", "pairwise_matrix", "pairwise_matrix_with_ties", "schulze"]


def pairwise_matrix(rankings: Counter[tuple[int, ...]], n: int) -> list[list[int]]:
    """``d[a][b]``: the voters preferring candidate ``a`` to ``b``.

    Only pairs ranked on the same ballot are walked: with ``R[a]`` the ballots ranking ``a``
    and ``A[b][a]`` those ranking both with ``b`` above ``a``, ``d[a][b] = R[a] - A[b][a]``.
    """
    above = [[0] * n for _ in range(n)]
    ranked = [0] * n
    for ranking, count in rankings.items():
        for c in ranking:
            ranked[c] += count
        for a, b in combinations(ranking, 2):
            above[a][b] += count
    return [[ranked[a] - above[b][a] if a != b else 0 for b in range(n)] for a in range(n)]


def pairwise_matrix_with_ties(
    rankings: Counter[tuple[tuple[int, ...], ...]], n: int
) -> list[list[int]]:
    """``d[a][b]`` for rankings of groups of equally ranked candidates (CIVS's ballots).

    A voter prefers ``a`` to ``b`` when ``a``'s group comes before ``b``'s, or ``a`` is
    ranked and ``b`` is not; candidates in one group, or both unranked, are equal.
    """
    d = [[0] * n for _ in range(n)]
    for ranking, count in rankings.items():
        ranked = {c for group in ranking for c in group}
        below = [c for c in range(n) if c not in ranked]
        for group in reversed(ranking):
            for a in group:
                row = d[a]
                for b in below:
                    row[b] += count
            below.extend(group)
    return d


@attrs.frozen(kw_only=True, field_transformer=typed)
class SchulzeOutcome:
    """The Schulze ranking, the pairwise table and the ties broken."""

    order: tuple[int, ...]
    pairwise: tuple[tuple[int, int, int, int], ...]
    ties: tuple[tuple[int, ...], ...]


def schulze(
    rankings: Counter[tuple[int, ...]],
    *,
    n: int,
    priority: Sequence[int],
    strength: SchulzeStrength = SchulzeStrength.WINNING_VOTES,
    matrix: list[list[int]] | None = None,
) -> SchulzeOutcome:
    """Rank ``n`` candidates by the Schulze method; ties go by ``priority`` (0 first).

    ``matrix``, if given, is the pairwise table to use instead of the one of ``rankings``
    (rankings with equal preferences: :func:`pairwise_matrix_with_ties`).
    """
    d = pairwise_matrix(rankings, n) if matrix is None else matrix
    margins = strength is SchulzeStrength.MARGINS
    p = [
        [
            (d[a][b] - d[b][a] if margins else d[a][b]) if a != b and d[a][b] > d[b][a] else 0
            for b in range(n)
        ]
        for a in range(n)
    ]
    for k in range(n):
        pk = p[k]
        for i in range(n):
            if i == k:
                continue
            pik = p[i][k]
            if not pik:
                continue
            pi = p[i]
            for j in range(n):
                if j in {i, k}:
                    continue
                via = min(pik, pk[j])
                pi[j] = max(pi[j], via)
    remaining = set(range(n))
    order: list[int] = []
    ties: list[tuple[int, ...]] = []
    while remaining:
        top = sorted(
            (a for a in remaining if not any(p[b][a] > p[a][b] for b in remaining if b != a)),
            key=lambda c: priority[c],
        )
        if len(top) > 1:
            ties.append(tuple(top))
        order.extend(top)
        remaining.difference_update(top)
    pairs = tuple((a, b, d[a][b], p[a][b]) for a in range(n) for b in range(n) if a != b)
    return SchulzeOutcome(order=tuple(order), pairwise=pairs, ties=tuple(ties))


def as_pairwise(names: Sequence[str], outcome: SchulzeOutcome) -> tuple[PairwiseCount, ...]:
    """Name the pairwise table of an outcome."""
    return tuple(
        PairwiseCount(winner=names[a], loser=names[b], preferring=dab, strongest_path=pab)
        for a, b, dab, pab in outcome.pairwise
    )
