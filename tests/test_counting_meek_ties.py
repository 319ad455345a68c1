"""Meek STV over rankings with equal preferences (groups of equally ranked candidates).

The definition is Droop's ``meek`` rule (jklundell/droop, ``droop/rules/meek.py``,
``distributeVotes``): the weight a ballot brings to a group is shared equally among the
group's hopeful and elected candidates; each keeps its share times its keep value and the
elected pass the rest, summed, to the next group. Hill, Wichmann and Woodall's Algorithm 123
leaves equal preferences out. A tie between *a* and *b* counts like half a ballot *a > b*
and half *b > a* (Warren, Voting matters 7) only while no candidate of the group is
elected: the tests below check both sides of that line.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from fractions import Fraction
from itertools import permutations, product
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openinfra_model.core.errors import InvalidInputError
from openinfra_model.counting import (
    Arithmetic,
    RankedBallot,
    TieBreak,
    VotingMethod,
    count_ballots,
    count_rankings,
    load_blt,
)
from openinfra_model.counting.meek import EqualRankings, meek

if TYPE_CHECKING:
    from openinfra_model.counting.result import CountResult

Groups = tuple[tuple[int, ...], ...]

# The hand-computed case: A is elected in round 1 and shares a group with hopeful B.
HAND = {("A",): 4, (("A", "B"), "C"): 2, ("C",): 2, ("D",): 1}
# The same ballots with each tie split into its two orders, half a ballot each (counts x2).
HAND_SPLIT = {("A",): 8, ("A", "B", "C"): 2, ("B", "A", "C"): 2, ("C",): 4, ("D",): 2}


def _traced(rankings: Any) -> CountResult:
    return count_rankings(
        rankings,
        candidates=tuple("ABCD"),
        seats=2,
        arithmetic=Arithmetic.exact(12),
        trace=True,
        tie_break=TieBreak.listed(),
    )


def _votes(result: CountResult, index: int) -> dict[str, Decimal]:
    return {v.candidate: v.votes for v in result.rounds[index].votes}


def _fractions(*values: Any) -> list[Fraction]:
    return [Fraction(v) for v in values]


class TestHandComputed:
    """Small counts worked by hand from the definition (exact fractions)."""

    def test_first_preferences_share_the_weight(self) -> None:
        """Round 1: each of the two A=B ballots gives 1/2 to A and 1/2 to B.

        A 4 + 1 = 5, B 1, C 2, D 1; 9 ballots, 2 seats: quota 9/3 = 3; A is elected.
        """
        result = _traced(HAND)
        expected = {"A": Decimal(5), "B": Decimal(1), "C": Decimal(2), "D": Decimal(1)}
        assert expected == _votes(result, 0)
        assert ("A",) == result.rounds[0].elected

    def test_an_elected_member_passes_its_share_on(self) -> None:
        """Iteration 2, keep(A) = 3/5: A keeps 4 x 3/5 + 2 x 1/2 x 3/5 = 3.0.

        B (hopeful) keeps its whole half: 1.0; A's remainder of the tie ballots, 2 x 1/2 x 2/5
        = 0.4, goes to the next group, C: 2.4; the A-only ballots exhaust 4 x 2/5 = 1.6;
        quota (3 + 1 + 2.4 + 1) / 3 = 2.4666...
        """
        result = _traced(HAND)
        expected = {"A": Decimal(3), "B": Decimal(1), "C": Decimal("2.4"), "D": Decimal(1)}
        assert expected == _votes(result, 2)
        assert Decimal("1.6") == result.rounds[2].exhausted
        assert Decimal("2.46666666667") == result.rounds[2].quota
        assert ("A", "C") == result.elected

    def test_not_half_of_each_order_once_a_member_is_elected(self) -> None:
        """Split into half A>B>C and half B>A>C, B would get 0.2 more per ballot from A.

        Split: B = 2 x 1/2 x (1 - 3/5) + 2 x 1/2 = 1.4 and C = 2.0, against the
        definition's B 1.0 and C 2.4 (the split count's figures are halved: its counts are
        doubled). First preferences agree (round 1).
        """
        tied, split = _traced(HAND), _traced(HAND_SPLIT)
        assert {c: v * 2 for c, v in _votes(tied, 0).items()} == _votes(split, 0)
        halved = {c: v / 2 for c, v in _votes(split, 2).items()}
        assert {"A": Decimal(3), "B": Decimal("1.4"), "C": Decimal(2), "D": Decimal(1)} == halved
        assert halved != _votes(tied, 2)

    def test_excluded_members_are_left_out_of_the_share(self) -> None:
        """Keep 0 (excluded) leaves the group: A=B with B excluded gives A the whole ballot."""
        ballots = EqualRankings(Counter({((0, 1), (2,)): 3}))
        totals = [Fraction(0)] * 3
        lost = ballots.distribute(_fractions(1, 0, 1), totals, Fraction(1), _mul, _split)
        assert (_fractions(3, 0, 0), 0) == (totals, lost)

    def test_a_group_all_excluded_is_passed_over(self) -> None:
        """A group whose candidates are all excluded passes the ballot on (ours; Droop stops)."""
        ballots = EqualRankings(Counter({((0, 1), (2,)): 3}))
        totals = [Fraction(0)] * 3
        lost = ballots.distribute(_fractions(0, 0, 1), totals, Fraction(1), _mul, _split)
        assert (_fractions(0, 0, 3), 0) == (totals, lost)

    def test_two_elected_members_each_pass_their_share(self) -> None:
        """A=B both elected (keep 1/2, 1/4) then C: A 1/4, B 1/8, C 1/4 + 3/8 = 5/8."""
        ballots = EqualRankings(Counter({((0, 1), (2,)): 1}))
        totals = [Fraction(0)] * 3
        keep = _fractions(Fraction(1, 2), Fraction(1, 4), 1)
        lost = ballots.distribute(keep, totals, Fraction(1), _mul, _split)
        assert (_fractions(Fraction(1, 4), Fraction(1, 8), Fraction(5, 8)), 0) == (totals, lost)

    def test_fixed_point_shares_round_down_and_the_rest_exhausts(self) -> None:
        """In 9-digit fixed point a three-way share is 0.333333333; one unit exhausts."""
        scale = 10**9
        ballots = EqualRankings(Counter({((0, 1, 2),): 1}))
        totals = [0, 0, 0]
        lost = ballots.distribute([scale] * 3, totals, scale, _fixed_mul, _fixed_split)
        assert ([333_333_333] * 3, 1) == (totals, lost)


def _mul(a: Any, b: Any) -> Any:
    return a * b


def _split(w: Any, m: int) -> Any:
    return w / m


def _fixed_mul(a: int, b: int) -> int:
    return -((-a * b) // 10**9)


def _fixed_split(w: int, m: int) -> int:
    return w // m


# test/blt/meek/eq2.blt of jklundell/droop (commit cf58293), Droop's test of equal rankings.
DROOP_EQ2 = (
    "4 2\n5 1 2=3 4 0\n1 2=3 1 0\n3 3=4 2=1 0\n2 2 1=4 3 0\n0\n"
    '"A"\n"B"\n"C"\n"D"\n"simple election with equal rankings"\n'
)
# test/blt/meek/eq1.blt
DROOP_EQ1 = (
    '3 2\n5 1 2 0\n1 2=3 0\n3 3 0\n0\n"A"\n"B"\n"C"\n"simple election with equal rankings"\n'
)


class TestDroopEqualRankingFiles:
    """Droop's published equal-ranking tests, counted with its rule ``meek``.

    Reference: ``test/ref/dump/meek/eq{1,2}-meek-o9-guarded-p18-g9-d18.txt`` (18-digit
    guarded arithmetic). Each round below matches the dump's figures to 16 places (the
    exact(18) count shows 18 - 2 decimals). Droop's closing ``X end`` line differs for two
    reasons stated in the docs: Droop redistributes once more after the last exclusion (so
    eq1's C ends on 4 where this count's final totals keep 3.5), and in eq2 Droop drops the
    ballots ``2 b a=d c`` once b is defeated (Droop's walk stops at a group with no candidate
    standing; their weight shows as residual 2), where this count passes them on as a strict
    ballot passes an excluded candidate.
    """

    def _count(self, text: str) -> CountResult:
        e = load_blt(text)
        return count_rankings(
            e.weighted_rankings(),
            candidates=e.standing,
            seats=e.seats,
            tie_break=TieBreak.reference(order=e.tie_order),
            arithmetic=Arithmetic.exact(18),
        )

    def test_eq1(self) -> None:
        """eq1: A 5, B 1/2, C 3 1/2 in round 1, quota 3: A and C elected, B excluded."""
        result = self._count(DROOP_EQ1)
        assert {"A": Decimal(5), "B": Decimal("0.5"), "C": Decimal("3.5")} == _votes(result, 0)
        assert Decimal(3) == result.rounds[0].quota
        assert (("A", "C"), ("B",)) == (result.elected, result.rounds[0].excluded)

    def test_eq2(self) -> None:
        """eq2: the dump's rounds 1-3 (begin, defeat of D, election of C), to 16 places."""
        result = self._count(DROOP_EQ2)
        third = Decimal("3.6666666666666667")
        assert [third] * 3 == [r.quota for r in result.rounds]
        round1 = {"A": Decimal(5), "B": Decimal("2.5"), "C": Decimal(2), "D": Decimal("1.5")}
        assert round1 == _votes(result, 0)
        round2 = {
            "A": third,
            "B": Decimal("3.1666666666666667"),
            "C": Decimal("2.6666666666666667"),
            "D": Decimal("1.5"),
        }
        assert round2 == _votes(result, 1)
        assert Decimal("0.7333333333333333") == result.rounds[1].votes[0].keep
        assert ("D",) == result.rounds[1].excluded
        assert Decimal("4.1666666666666667") == _votes(result, 2)["C"]
        assert (("A", "C"), ("B",)) == (result.elected, result.rounds[2].excluded)

    def test_eq2_at_the_reference_precision(self) -> None:
        """The default 9-digit fixed point elects the same, C at 4.166666665."""
        e = load_blt(DROOP_EQ2)
        result = count_rankings(e.weighted_rankings(), candidates=e.standing, seats=e.seats)
        assert ("A", "C") == result.elected
        assert Decimal("4.166666665") == _votes(result, 2)["C"]


CANDS = (0, 1, 2, 3)


@st.composite
def _groups(draw: st.DrawFn, most: int = 3) -> Groups:
    """A partial ranking of CANDS in groups of at most ``most`` candidates."""
    order = draw(st.permutations(CANDS))
    k = draw(st.integers(1, len(order)))
    groups: list[tuple[int, ...]] = []
    i = 0
    while i < k:
        size = draw(st.integers(1, min(most, k - i)))
        groups.append(tuple(order[i : i + size]))
        i += size
    return tuple(groups)


def _orders(groups: Groups) -> list[tuple[int, ...]]:
    """Every strict ranking the groups allow (each group in every order)."""
    return [
        tuple(c for part in parts for c in part)
        for parts in product(*(permutations(g) for g in groups))
    ]


def _strict(ranking: tuple[int, ...], keep: list[Fraction], totals: list[Fraction]) -> None:
    """Meek on one strict ballot: each candidate keeps ``w * keep``, the rest goes on."""
    w = Fraction(1)
    for c in ranking:
        kept = w * keep[c]
        totals[c] += kept
        w -= kept


def _droop_walk(groups: Groups, keep: list[Fraction], totals: list[Fraction]) -> None:
    """The definition as Droop writes it: each member's share descends on its own.

    A recursive descent (``dist(i, weight)``): the weight reaching group ``i`` is split among
    its standing candidates and each one's remainder walks the rest of the ranking alone; a
    group with no candidate standing is passed over (our reading; Droop stops there).
    """

    def walk(i: int, w: Fraction) -> None:
        if not w or i == len(groups):
            return
        standing = [c for c in groups[i] if keep[c]]
        if not standing:
            walk(i + 1, w)
            return
        for c in standing:
            kept = w / len(standing) * keep[c]
            totals[c] += kept
            walk(i + 1, w / len(standing) - kept)

    walk(0, Fraction(1))


class TestTheDefinition:
    """The group walk, summed per group, is Droop's member-by-member descent."""

    @given(
        st.lists(_groups(), min_size=1, max_size=6),
        st.lists(
            st.sampled_from([Fraction(0), Fraction(1), Fraction(1, 3), Fraction(3, 5)]),
            min_size=4,
            max_size=4,
        ),
    )
    def test_same_votes_as_the_descent(self, rankings: list[Groups], keep: list[Fraction]) -> None:
        """Any keep values: every candidate's votes and the exhausted weight agree exactly."""
        expected = [Fraction(0)] * 4
        for groups in rankings:
            _droop_walk(groups, keep, expected)
        actual = [Fraction(0)] * 4
        lost = EqualRankings(Counter(rankings)).distribute(keep, actual, Fraction(1), _mul, _split)
        assert expected == actual
        assert len(rankings) - sum(expected) == lost


class TestHalfOfEachOrder:
    """When a tie counts like the average of its strict orders, and when not."""

    @given(_groups(), st.lists(st.sampled_from([0, 1]), min_size=4, max_size=4))
    def test_equal_to_the_average_while_no_member_is_elected(
        self, groups: Groups, keeps: list[int]
    ) -> None:
        """Keep values 0 or 1 (excluded or hopeful): the tie is the average of its orders."""
        keep = _fractions(*keeps)
        tied = [Fraction(0)] * 4
        EqualRankings(Counter({groups: 1})).distribute(keep, tied, Fraction(1), _mul, _split)
        orders = _orders(groups)
        average = [Fraction(0)] * 4
        for order in orders:
            _strict(order, keep, average)
        assert [v / len(orders) for v in average] == tied

    @given(_groups())
    def test_first_preferences_of_a_count(self, groups: Groups) -> None:
        """Round 1 of a count (nobody elected yet): the tie is the average of its orders."""
        names = ("a", "b", "c", "d")
        ranking = tuple(tuple(names[c] for c in g) for g in groups)
        orders = _orders(groups)
        tied = count_rankings(
            {ranking: len(orders), ("d", "c"): 1},
            candidates=names,
            seats=1,
            arithmetic=Arithmetic.exact(12),
        )
        split = count_rankings(
            Counter([*(tuple(names[c] for c in o) for o in orders), ("d", "c")]),
            candidates=names,
            seats=1,
            arithmetic=Arithmetic.exact(12),
        )
        assert _votes(split, 0) == _votes(tied, 0)

    def test_not_the_average_once_a_member_is_elected(self) -> None:
        """A elected (keep 1/2) tied with hopeful B: the orders would give B 3/4, the rule 1/2."""
        keep = _fractions(Fraction(1, 2), 1, 1, 1)
        tied = [Fraction(0)] * 4
        EqualRankings(Counter({((0, 1), (2,)): 1})).distribute(
            keep, tied, Fraction(1), _mul, _split
        )
        average = [Fraction(0)] * 4
        for order in _orders(((0, 1), (2,))):
            _strict(order, keep, average)
        assert _fractions(Fraction(1, 4), Fraction(1, 2), Fraction(1, 4), 0) == tied
        assert _fractions(Fraction(1, 4), Fraction(3, 4), 0, 0) == [v / 2 for v in average]


strict_rankings = st.lists(
    st.permutations(CANDS).flatmap(lambda p: st.integers(1, 4).map(lambda k: tuple(p[:k]))),
    min_size=1,
    max_size=25,
)


class TestStrictRankingsUnchanged:
    """Rankings without ties count exactly as before (the trie), digit for digit."""

    @given(strict_rankings, st.integers(1, 3), st.sampled_from(["fixed", "exact"]))
    @settings(max_examples=80)
    def test_the_group_walk_agrees_with_the_trie(
        self, rankings: list[tuple[int, ...]], seats: int, kind: str
    ) -> None:
        """Strict rankings walked as groups of one give the trie's count, every round."""
        arith = Arithmetic() if kind == "fixed" else Arithmetic.exact(12)
        counted = Counter(rankings)
        as_groups: Counter[Groups] = Counter(
            {tuple((c,) for c in r): n for r, n in counted.items()}
        )
        options: dict[str, Any] = {
            "names": ("a", "b", "c", "d"),
            "seats": seats,
            "priority": [0, 1, 2, 3],
            "arithmetic": arith,
        }
        trie = meek(counted, **options)
        walked = meek(Counter(), equal=as_groups, **options)
        assert trie == walked

    @given(strict_rankings, st.integers(1, 3))
    @settings(max_examples=40)
    def test_groups_of_one_are_plain_candidates(
        self, rankings: list[tuple[int, ...]], seats: int
    ) -> None:
        """``(("a",), ("b",))`` counts as ``("a", "b")``: the same result object."""
        names = ("a", "b", "c", "d")
        plain = [tuple(names[c] for c in r) for r in rankings]
        grouped = [tuple((names[c],) for c in r) for r in rankings]
        expected = count_rankings(plain, candidates=names, seats=seats)
        assert expected == count_rankings(grouped, candidates=names, seats=seats)


class TestWhereTiesAreRefused:
    """Ballots with voters are strict orders; a group there is refused in words."""

    def test_a_ranked_ballot_with_a_group(self) -> None:
        """A RankedBallot holding a group is refused at its path (a ranking holds strings)."""
        with pytest.raises(
            InvalidInputError, match=r"ranking\[0\]: expected a string, got a tuple"
        ):
            count_ballots(
                [RankedBallot("v1", (("a", "b"),))],  # type: ignore[arg-type]
                candidates=("a", "b"),
                seats=1,
                method=VotingMethod.MEEK_STV,
                roll={"v1"},
            )

    def test_a_tied_ranking_is_told_where_ties_are_counted(self) -> None:
        """The tied form is refused at its path with the way to count it, not a bare type error."""
        with pytest.raises(InvalidInputError) as err:
            RankedBallot("v1", (("a", "b"), "c"))  # type: ignore[arg-type]
        ((path, message),) = [(p.path, p.message) for p in err.value.problems]
        assert ("ranking[0]", True, True, True) == (
            path,
            message.startswith("expected a string, got a tuple; "),
            "a RankedBallot is a strict order" in message,
            "count_rankings or from a BLT file" in message,
        )

    def test_the_hint_reaches_a_count(self) -> None:
        """Building the ballots of a count with a tie shows the hint too."""
        with pytest.raises(InvalidInputError, match=r"ranking\[1\]: .*count_rankings"):
            count_ballots(
                [RankedBallot("v1", ("a", ("b", "c")))],  # type: ignore[arg-type]
                candidates=("a", "b", "c"),
                seats=1,
                method=VotingMethod.MEEK_STV,
                roll={"v1"},
            )

    def test_a_document_with_a_tie_says_the_same(self) -> None:
        """Loading a tied ranking gives the constructor's words, at the same path."""
        from openinfra_model import loads  # noqa: PLC0415

        with pytest.raises(InvalidInputError) as built:
            RankedBallot("v1", ("a", ("b", "c")))  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError) as loaded:
            loads('{"voter": "v1", "ranking": ["a", ["b", "c"]]}', RankedBallot)
        ((path, message),) = [(p.path, p.message) for p in loaded.value.problems]
        assert ("ranking[1]", built.value.problems[0].message.split("; ", 1)[1]) == (
            path,
            message.split("; ", 1)[1],
        )
        assert message.startswith("expected a string, got an array; ")

    def test_a_strict_ranking_is_unchanged(self) -> None:
        """A strict ranking is built as before (the hint only touches refusals)."""
        assert ("a", "b") == RankedBallot("v1", ["a", "b"]).ranking  # type: ignore[arg-type]

    def test_every_ranked_method_takes_them(self) -> None:
        """Meek STV and Schulze both count a ranking with a group."""
        for method in (VotingMethod.MEEK_STV, VotingMethod.SCHULZE):
            result = count_rankings(
                {(("a", "b"), "c"): 2, ("c",): 1},
                candidates=("a", "b", "c"),
                seats=1,
                method=method,
            )
            assert 3 == result.ballots_counted
