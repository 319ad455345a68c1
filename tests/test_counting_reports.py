"""Tie conventions by name, and what a Meek report shows: totals, rounds and digits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from openinfra_model.counting import (
    Arithmetic,
    CandidateState,
    TieBreak,
    TieBreakRule,
    count_rankings,
)

# Three candidates, one seat: Ann and Bob tie for lowest at 2 votes, Cy has 3.
TIED = [("cy",)] * 3 + [("ann",)] * 2 + [("bob",)] * 2
CANDS = ("ann", "bob", "cy")
# Droop's 42t example (cited in test_counting_meek): 4 Castor>Pollux, 2 Helen, 2 seats.
FORTY_TWO = [("Castor", "Pollux")] * 4 + [("Helen",)] * 2
TWINS = ("Castor", "Pollux", "Helen")


class TestTieConventions:
    """The reference counter's order, its reverse and a seeded lot, named in the note."""

    @pytest.mark.parametrize(
        ("tie", "order", "decider"),
        [
            (
                TieBreak.reference(),
                "bob, ann",
                "the reference order (reverse of the listed order)",
            ),
            (TieBreak.listed(), "ann, bob", "the listed order"),
        ],
    )
    def test_each_order_excludes_its_end_of_the_tie(
        self, tie: TieBreak, order: str, decider: str
    ) -> None:
        """The reference order excludes the first listed of a tie; the listed order the last.

        The note lists the tied candidates most favoured first and names what decided.
        """
        result = count_rankings(TIED, candidates=CANDS, seats=1, tie_break=tie)
        loser = order.rsplit(", ", 1)[-1]
        assert (loser,) == result.rounds[0].excluded
        expected = (
            f"tie for lowest (within the surplus 0E-9) among {order}: {decider} excludes {loser}"
        )
        assert expected == result.rounds[0].note

    def test_the_lot_names_its_seed(self) -> None:
        """A lot's note names the lot and its seed."""
        result = count_rankings(TIED, candidates=CANDS, seats=1, tie_break=TieBreak.lot(3))
        assert "the lot (seed 3) excludes" in result.tie_breaks[0]

    def test_named_constructors_are_the_rules(self) -> None:
        """TieBreak.reference(), listed() and lot(seed) are the three rules."""
        expected = (
            TieBreak(rule=TieBreakRule.REFERENCE_ORDER),
            TieBreak(rule=TieBreakRule.LISTED_ORDER),
            TieBreak(seed=5),
        )
        assert expected == (TieBreak.reference(), TieBreak.listed(), TieBreak.lot(5))


class TestTotals:
    """The final totals and votes_of() show an excluded candidate at 0."""

    def test_the_last_excluded_holds_no_votes(self) -> None:
        """In 42t Pollux is excluded last: 0 in the totals, his votes shown as a transfer."""
        result = count_rankings(FORTY_TWO, candidates=TWINS, seats=2)
        assert Decimal(0) == result.votes_of("Pollux")
        pollux = next(v for v in result.totals if v.candidate == "Pollux")
        assert (CandidateState.EXCLUDED, Decimal("-1.999999996")) == (pollux.state, pollux.change)
        assert Decimal("2.000000000") == result.votes_of("Helen")

    def test_the_round_still_shows_the_votes_at_exclusion(self) -> None:
        """The round of an exclusion keeps the votes that decided it."""
        result = count_rankings(FORTY_TWO, candidates=TWINS, seats=2)
        pollux = next(v for v in result.rounds[-1].votes if v.candidate == "Pollux")
        assert Decimal("1.999999996") == pollux.votes


class TestRounds:
    """No round is recorded for a decision that counts no votes."""

    def test_filling_the_last_seats_joins_the_last_round(self) -> None:
        """42t: Castor elected, Pollux excluded and Helen elected; two rounds, not three."""
        result = count_rankings(FORTY_TWO, candidates=TWINS, seats=2)
        expected = [
            (("Castor",), ()),
            (("Helen",), ("Pollux",)),
        ]
        assert expected == [(r.elected, r.excluded) for r in result.rounds]
        assert (
            "lowest votes; then elected: no more hopeful candidates than seats left"
            == result.rounds[-1].note
        )

    def test_a_count_with_no_contest_still_has_its_round(self) -> None:
        """As many candidates as seats: one round elects them all."""
        result = count_rankings([("a",)], candidates=("a", "b"), seats=2)
        assert 1 == len(result.rounds)
        assert ("a", "b") == result.rounds[0].elected


class TestDigits:
    """exact(d) shows d - ceil(log10(ballots)) decimals: those the keep-value grid guarantees."""

    @pytest.mark.parametrize(
        ("ballots", "digits", "expected"),
        [(6, 12, -11), (10, 12, -11), (11, 12, -10), (6, 3, -2), (11, 1, 0)],
    )
    def test_places_shown(self, ballots: int, digits: int, expected: int) -> None:
        """6 or 10 ballots lose one decimal, 11 lose two; never fewer than none."""
        rankings = ([("a",), ("b", "a")] * ballots)[:ballots]
        result = count_rankings(
            rankings, candidates=("a", "b", "c"), seats=1, arithmetic=Arithmetic.exact(digits)
        )
        quota = result.rounds[0].quota
        assert quota is not None
        assert expected == quota.as_tuple().exponent

    def test_fixed_point_shows_its_digits(self) -> None:
        """The reference rule's fixed point keeps its 9 places (they are the rule's values)."""
        result = count_rankings(FORTY_TWO, candidates=TWINS, seats=2)
        assert Decimal("2.000000001") == result.rounds[0].quota


class TestCompactReport:
    """render() shows the rounds where something was decided; full=True every round."""

    def test_iterations_without_a_decision_are_summarised(self) -> None:
        """A traced 42t: the keep-value update is one summary line unless full."""
        result = count_rankings(FORTY_TWO, candidates=TWINS, seats=2, trace=True)
        compact, full = result.render(), result.render(full=True)
        line = "Round 2: 1 iteration(s), no candidate elected or excluded (full=True shows them)"
        assert line in compact
        assert "Round 2, quota" not in compact
        assert "Round 2, quota 2.000000001" in full
        assert line not in full
        assert str(result) == compact
