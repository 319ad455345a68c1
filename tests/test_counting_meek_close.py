"""How a Meek count ends, and what its rounds record (issue 18: mutation testing of meek.py).

The digit-for-digit reference tests pin the arithmetic of a count; these pin what they leave
open: the last round of a count that ends by electing (or excluding) the hopeful candidates
left without another distribution, the final totals, a count with nothing to count, the
numbering of rounds and iterations in a traced count, and where a tie for lowest is recorded.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from openinfra_model.counting import CandidateState, CountResult, count_rankings

if TYPE_CHECKING:
    from collections.abc import Mapping

CANDS = ("a", "b", "c", "d")


def _count(rankings: Mapping[tuple[str, ...], int], seats: int, **options: object) -> CountResult:
    return count_rankings(rankings, candidates=CANDS[: _n(rankings)], seats=seats, **options)  # type: ignore[arg-type]


def _n(rankings: Mapping[tuple[str, ...], int]) -> int:
    return max(CANDS.index(c) for r in rankings for c in r) + 1


def _row(result: CountResult, number: int) -> dict[str, tuple[Decimal, Decimal | None, str]]:
    """Round ``number``'s votes, keep value and state of each candidate."""
    votes = result.rounds[number - 1].votes
    return {v.candidate: (v.votes, v.keep, v.state.value) for v in votes}


class TestTheRestElected:
    """No more hopeful candidates than seats left: they are elected in the last round."""

    RANKINGS: ClassVar[Mapping[tuple[str, ...], int]] = {
        ("a", "b"): 3,
        ("b",): 1,
        ("c",): 2,
        ("d",): 1,
    }

    def test_last_round_records_them(self) -> None:
        """Candidate c is elected in the round excluding b, keep value untouched; it says so."""
        result = _count(self.RANKINGS, 2)
        last = result.rounds[-1]
        assert (("a", "c"), 3) == (result.elected, len(result.rounds))
        assert (("c",), ("b",)) == (last.elected, last.excluded)
        assert (
            "lowest votes; then elected: no more hopeful candidates than seats left" == last.note
        )
        assert (Decimal(1), "elected") == _row(result, 3)["c"][1:]
        assert (Decimal(0), "excluded") == _row(result, 3)["b"][1:]
        assert "hopeful" == _row(result, 2)["c"][2]  # the earlier round is left as it was

    def test_change_from_the_round_before(self) -> None:
        """Each round's change is its votes less the round before's."""
        result = _count(self.RANKINGS, 2)
        for before, after in zip(result.rounds, result.rounds[1:], strict=False):
            for b, a in zip(before.votes, after.votes, strict=True):
                assert a.votes - b.votes == a.change

    def test_final_totals(self) -> None:
        """The totals show the elected with their votes and the excluded at 0."""
        result = _count(self.RANKINGS, 2)
        totals = {t.candidate: (t.votes, t.state.value) for t in result.totals}
        assert {"a", "b", "c", "d"} == set(totals)
        assert (Decimal(0), "excluded") == totals["b"] == totals["d"]
        assert (_row(result, 3)["c"][0], "elected") == totals["c"]
        b = next(t for t in result.totals if t.candidate == "b")
        assert -_row(result, 3)["b"][0] == b.change


class TestTheRestExcluded:
    """Every seat filled with candidates still hopeful: they are excluded in the last round."""

    RANKINGS: ClassVar[Mapping[tuple[str, ...], int]] = {
        ("a",): 6,
        ("b", "a"): 5,
        ("c",): 1,
        ("d",): 1,
    }

    def test_last_round_records_them(self) -> None:
        """Candidates c and d are excluded with keep values of 0, after the two elected."""
        result = _count(self.RANKINGS, 2)
        (last,) = result.rounds
        assert (("a", "b"), ("c", "d")) == (last.elected, last.excluded)
        assert "reached the quota; then excluded: every seat is filled" == last.note
        row = _row(result, 1)
        assert (Decimal(0), "excluded") == row["c"][1:] == row["d"][1:]
        assert (Decimal(1), "elected") == row["a"][1:] == row["b"][1:]

    def test_final_totals_zero_the_excluded(self) -> None:
        """The excluded hold 0 in the totals, their change the votes they had."""
        result = _count(self.RANKINGS, 2)
        totals = {t.candidate: (t.votes, t.change) for t in result.totals}
        assert (Decimal(0), Decimal(-1)) == totals["c"] == totals["d"]
        assert (Decimal(6), Decimal(6)) == totals["a"]


class TestNothingToCount:
    """As many seats as candidates: one round elects them all, without a distribution."""

    def test_one_round_no_iteration(self) -> None:
        """Round 1, no iteration, every candidate elected in the order of the tie rule."""
        result = _count({("a",): 1, ("b",): 1}, 2)
        (only,) = result.rounds
        assert (1, 0, ("a", "b"), ()) == (
            only.number,
            only.iterations,
            only.elected,
            only.excluded,
        )
        assert "elected: no more hopeful candidates than seats left" == only.note
        assert {"a", "b"} == set(result.elected)
        assert {CandidateState.ELECTED} == {v.state for v in only.votes}
        assert (Decimal(0), Decimal(0)) == (only.quota, only.exhausted)
        assert {(Decimal(0), Decimal(0), Decimal(1))} == {
            (v.votes, v.change, v.keep) for v in only.votes
        }


class TestTracedRounds:
    """A traced count numbers its rounds in order and counts the iterations of each stage."""

    RANKINGS: ClassVar[Mapping[tuple[str, ...], int]] = {
        ("a",): 6,
        ("b",): 2,
        ("c",): 1,
        ("d",): 1,
    }

    def test_rounds_numbered_in_order(self) -> None:
        """Round numbers run 1, 2, 3... through the iteration rounds too."""
        result = _count(self.RANKINGS, 2, trace=True)
        numbers = [r.number for r in result.rounds]
        assert list(range(1, len(numbers) + 1)) == numbers
        assert len(numbers) > len(_count(self.RANKINGS, 2).rounds)

    def test_iterations_counted_per_stage(self) -> None:
        """Each iteration round says its number; a decision counts the iterations before it."""
        result = _count(self.RANKINGS, 2, trace=True)
        stage = 0
        for r in result.rounds:
            if r.note.startswith("iteration "):
                stage += 1
                assert (1, f"iteration {stage}:") == (r.iterations, r.note.split(" surplus")[0])
            else:
                assert stage + 1 == r.iterations
                stage = 0

    def test_untraced_decisions_count_the_same(self) -> None:
        """Without the trace, each decision round has the same iteration count."""
        traced = [r.iterations for r in _count(self.RANKINGS, 2, trace=True).rounds]
        plain = [r.iterations for r in _count(self.RANKINGS, 2).rounds]
        decisions = [
            r.iterations
            for r in _count(self.RANKINGS, 2, trace=True).rounds
            if not r.note.startswith("iteration ")
        ]
        assert plain == decisions
        assert sum(plain) == len(traced) - len(plain) + len(plain)  # every iteration shown


class TestTieForLowest:
    """A tie for lowest names its round, the tied and the one the tie rule excludes."""

    def test_the_round_of_the_tie(self) -> None:
        """The tie note of round 2 says round 2, names c and d, and d is excluded there."""
        result = _count({("a",): 6, ("b",): 2, ("c",): 1, ("d",): 1}, 2)
        (tie,) = result.tie_breaks
        assert tie.startswith("round 2: tie for lowest")
        assert "among c, d" in tie
        assert tie.endswith("excludes d")
        assert ("d",) == result.rounds[1].excluded


class TestTieRuleDecides:
    """The tie for lowest is broken by the count's tie rule, not by the candidates' order."""

    def test_reference_order(self) -> None:
        """The first listed of a tie is excluded: c first excludes c, d first excludes d."""
        from openinfra_model.counting import TieBreak  # noqa: PLC0415

        rankings: dict[tuple[str, ...], int] = {("a",): 6, ("b",): 2, ("c",): 1, ("d",): 1}
        excluded = [
            _count(rankings, 2, tie_break=TieBreak.reference(order=order)).rounds[1].excluded
            for order in (("c", "d", "a", "b"), ("d", "c", "a", "b"))
        ]
        assert [("c",), ("d",)] == excluded


class TestExactArithmeticShown:
    """Exact counts show ``digits`` minus the digits of (ballots - 1) decimals, rounded."""

    def test_places_by_ballot_count(self) -> None:
        """12 digits: 12 places for 1 ballot, 11 for 10 ballots, 10 for 11 ballots."""
        from openinfra_model.counting import Arithmetic  # noqa: PLC0415

        places = []
        for n in (1, 10, 11):
            rankings = {("a",): n - n // 2, ("b",): n // 2} if n > 1 else {("a",): 1}
            result = count_rankings(
                rankings, candidates=("a", "b", "c"), seats=1, arithmetic=Arithmetic.exact(12)
            )
            quota = result.rounds[0].quota
            assert quota is not None
            places.append(-int(quota.as_tuple().exponent))
        assert [12, 11, 10] == places

    def test_two_ballots_and_few_digits(self) -> None:
        """Two ballots take one place off; with 2 digits and 101 ballots none is left."""
        from openinfra_model.counting import Arithmetic  # noqa: PLC0415

        two = count_rankings(
            {("a",): 1, ("b",): 1}, candidates=("a", "b", "c"), seats=1,
            arithmetic=Arithmetic.exact(12),
        )  # fmt: skip
        many = count_rankings(
            {("a",): 60, ("b",): 41}, candidates=("a", "b", "c"), seats=1,
            arithmetic=Arithmetic.exact(2),
        )  # fmt: skip
        assert ("1.00000000000", "50") == (str(two.rounds[0].quota), str(many.rounds[0].quota))

    def test_a_third_rounded(self) -> None:
        """A quota of 10/3 shows 3.33333333333 (11 places for 10 ballots)."""
        from openinfra_model.counting import Arithmetic  # noqa: PLC0415

        result = count_rankings(
            {("a",): 5, ("b",): 3, ("c",): 2},
            candidates=("a", "b", "c"),
            seats=2,
            arithmetic=Arithmetic.exact(12),
        )
        assert "3.33333333333" == str(result.rounds[0].quota)
