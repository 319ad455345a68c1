"""Cross-checks on the published test data of Droop, the PR Foundation's reference counter.

Each case reads a BLT file through :func:`load_blt`, counts it by the reference rule's
arithmetic (9-digit fixed point, omega 10^-6) under Droop's tie convention
(:meth:`TieBreak.reference`), and compares with Droop's published reference dump
``test/ref/dump/<file>-meek-prf-o6-fixed-p9-d9.txt`` (jklundell/droop, commit cf58293):
the elected, and every candidate's final total (the dump's ``X end`` line) to all 9 places.
The figures are pinned here with their source; Droop's files are not copied into this
repository (Droop is GPL-3.0 and its test data carry no separate licence). The small
ballot sets below are the published examples themselves (a few weighted lines each).

Droop lists candidates elected in the same round in candidate order; this library lists
them by votes, then by the tie rule. Where that differs, the test says so.
"""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING

from openinfra_model.counting import TieBreak, count_rankings, load_blt

if TYPE_CHECKING:
    from openinfra_model.counting.blt import BltElection
    from openinfra_model.counting.result import CountResult


def _count(e: BltElection) -> CountResult:
    return count_rankings(
        e.weighted_rankings(),
        candidates=e.standing,
        seats=e.seats,
        tie_break=TieBreak.reference(order=e.tie_order),
    )


def _totals(result: CountResult) -> dict[str, Decimal]:
    return {v.candidate: v.votes for v in result.totals}


# test/blt/42u.blt: the 42 example with Unicode names.
FORTY_TWO_U = (
    '3 2\n4 1 2 0\n2 3 0\n0\n"Cåstor"\n"Pøllüx"\n"Hélen"\n"Pøllüx and Hélen should tie"\n'
)
# test/blt/513.blt
FIVE_ONE_THREE = (
    '3 2\n5 1 2 0\n1 2 0\n3 3 0\n0\n"Castor"\n"Pollux"\n"Helen"\n"Pollux and Helen should tie"\n'
)
# test/blt/SC-Vm-12.blt: the example of Voting matters issue 12 ("The computational accuracy
# using the Meek algorithm"), 4003 ballots as 12 weighted lines.
VOTING_MATTERS_12 = """5 3
333 1 3 0
333 1 4 0
333 1 5 0
333 2 3 0
333 2 4 0
333 2 5 0
667 3 0
667 4 0
667 5 0
1 1 2 3 0
1 1 2 4 0
2 2 1 3 0
0
"A"
"B"
"X"
"Y"
"Z"
"Voting matters example (Issue 12)"
"""


class TestDroopReferenceDumps:
    """Elected and final totals as Droop's meek-prf-o6-fixed-p9-d9 dumps publish them."""

    def test_42u_unicode_names(self) -> None:
        """42u: Cåstor and Hélen elected; Pøllüx excluded, at 0 in the final totals."""
        result = _count(load_blt(FORTY_TWO_U))
        assert ("Cåstor", "Hélen") == result.elected
        expected = {
            "Cåstor": Decimal("2.000000004"),
            "Pøllüx": Decimal("0.000000000"),
            "Hélen": Decimal("2.000000000"),
        }
        assert expected == _totals(result)

    def test_513(self) -> None:
        """513: Castor 3.000000005 (keep 0.600000001), Helen 3.000000000, Pollux 0."""
        result = _count(load_blt(FIVE_ONE_THREE))
        assert ("Castor", "Helen") == result.elected
        expected = {
            "Castor": Decimal("3.000000005"),
            "Pollux": Decimal("0.000000000"),
            "Helen": Decimal("3.000000000"),
        }
        assert expected == _totals(result)
        castor = next(v for v in result.totals if v.candidate == "Castor")
        assert Decimal("0.600000001") == castor.keep

    def test_voting_matters_12(self) -> None:
        """SC-Vm-12: A, B and Y elected; final totals to 9 places.

        Droop lists A before B (candidate order); A and B reach the quota in the same round
        with equal votes (1001), and the reference tie order favours B, so we list B first.
        """
        result = _count(load_blt(VOTING_MATTERS_12))
        assert {"A", "B", "Y"} == set(result.elected)
        assert {"A", "B"} == set(result.rounds[0].elected)
        expected = {
            "A": Decimal("800.584418564"),
            "B": Decimal("800.584418564"),
            "X": Decimal("0.000000000"),
            "Y": Decimal("800.596982770"),
            "Z": Decimal("0.000000000"),
        }
        assert expected == _totals(result)
        assert Decimal("800.580647027") == result.rounds[-1].quota

    def test_gpus_2005_with_pat_lamarche_withdrawn(self) -> None:
        """SCw (SC.blt with ``-4``): the bundled GPUS ballots with candidate 4 withdrawn."""
        doc = json.loads(
            resources.files("openinfra_model")
            .joinpath("data/counting-example.json")
            .read_text(encoding="utf-8")
        )["count"]
        number = {c: i for i, c in enumerate(doc["candidates"], start=1)}
        lines = ["13 4", "-4"]
        lines += [f"1 {' '.join(str(number[c]) for c in b['ranking'])} 0" for b in doc["ballots"]]
        lines += ["0", *(f'"{c}"' for c in doc["candidates"]), '"GPUS 2005"']
        result = _count(load_blt("\n".join(lines)))
        assert ("Rebecca Rotzler", "Steve Kramer", "Kristen Olsen", "Budd Dickinson") == (
            result.elected
        )
        totals = _totals(result)
        expected = {
            "Budd Dickinson": Decimal("18.653554186"),
            "Rebecca Rotzler": Decimal("18.655165128"),
            "Kristen Olsen": Decimal("18.671139499"),
            "Steve Kramer": Decimal("18.651849140"),
        }
        assert expected == {c: totals[c] for c in expected}
        assert all(v == 0 for c, v in totals.items() if c not in expected)
        assert Decimal("18.577127416") == result.rounds[-1].quota
        assert 3 == len(result.tie_breaks)
