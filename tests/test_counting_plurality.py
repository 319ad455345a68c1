"""Plurality, cumulative and restricted counts; tie-breaking; the dated default method."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import NoRegimeError
from openinfra_model.core.regimes import FIRST_DATE, LF_CLOSING, OIP_AMENDMENTS
from openinfra_model.counting import (
    GOLD_METHOD,
    INDIVIDUAL_METHOD,
    MEEK_ANNOUNCED,
    TC_METHOD,
    BallotRules,
    ElectionKind,
    MarkedBallot,
    TieBreak,
    TieBreakRule,
    VotingMethod,
    count_ballots,
    default_method,
)

ONE_DAY = timedelta(days=1)


def _roll(n: int) -> frozenset[str]:
    return frozenset(f"v{i}" for i in range(n))


class TestCumulativeVoting:
    """Bylaws §3.9(a): Individual Members may vote "on a cumulative basis" (votes = seats)."""

    def test_concentrated_votes_elect_a_minority_candidate(self) -> None:
        """A third of the voters giving all votes to one candidate wins one of two seats."""
        ballots = [MarkedBallot(f"v{i}", ("ann", "bob")) for i in range(6)]
        ballots += [MarkedBallot(f"v{i}", ("cy", "cy")) for i in range(6, 9)]
        result = count_ballots(
            ballots,
            candidates=("ann", "bob", "cy"),
            seats=2,
            method=VotingMethod.CUMULATIVE,
            roll=_roll(9),
        )
        assert {"cy"} < set(result.elected)
        assert Decimal(6) == result.votes_of("cy")

    def test_same_ballots_under_plurality_are_refused(self) -> None:
        """Under plurality two votes for one candidate are an over-vote."""
        from openinfra_model import InvalidInputError  # noqa: PLC0415

        with pytest.raises(InvalidInputError):
            count_ballots(
                [MarkedBallot("v0", ("cy", "cy"))],
                candidates=("ann", "cy"),
                seats=2,
                method=VotingMethod.PLURALITY,
                roll=_roll(1),
            )


class TestGoldSelectors:
    """§4.2(c) "by majority vote" / §3.10(a) "plurality": modelled as plurality."""

    def test_restricted_2012_vote_counts_six_votes_for_eight_seats(self) -> None:
        """The 2012 vote kept as data: 6 votes each, one per candidate, 8 seats filled."""
        cands = tuple(f"g{i:02d}" for i in range(12))
        ballots = [MarkedBallot(f"v{i}", cands[i % 4 : i % 4 + 6]) for i in range(14)]
        result = count_ballots(
            ballots,
            candidates=cands,
            seats=8,
            method=VotingMethod.RESTRICTED,
            rules=BallotRules.restricted(votes=6),
            roll=_roll(14),
        )
        assert 8 == len(result.seated)
        assert "at most 6 votes a ballot, 1 per candidate" in result.parameters

    def test_restricted_vote_needs_its_rules(self) -> None:
        """The restricted method has no default number of votes: it must be given."""
        from openinfra_model import InvalidInputError  # noqa: PLC0415

        with pytest.raises(InvalidInputError):
            count_ballots(
                [],
                candidates=("a",),
                seats=1,
                method=VotingMethod.RESTRICTED,
                roll=_roll(1),
            )


class TestTieBreak:
    """Ties are broken by one documented, deterministic rule: a seeded lot or a listed order."""

    def test_tie_for_last_seat_follows_the_listed_order(self) -> None:
        """With LISTED_ORDER the candidate listed first takes a tied last seat."""
        ballots = [MarkedBallot("v0", ("ann",)), MarkedBallot("v1", ("bob",))]
        result = count_ballots(
            ballots,
            candidates=("bob", "ann"),
            seats=1,
            method=VotingMethod.PLURALITY,
            roll=_roll(2),
            tie_break=TieBreak(rule=TieBreakRule.LISTED_ORDER),
        )
        assert ("bob",) == result.elected
        assert 1 == len(result.tie_breaks)

    @given(st.integers(min_value=0, max_value=10**6))
    def test_lot_is_reproducible_and_independent_of_listing(self, seed: int) -> None:
        """The same seed gives the same lot whatever the order candidates are listed in."""
        cands = ("a", "b", "c", "d")
        ballots = [MarkedBallot(f"v{i}", (c,)) for i, c in enumerate(cands)]
        one = count_ballots(
            ballots,
            candidates=cands,
            seats=2,
            method=VotingMethod.PLURALITY,
            roll=_roll(4),
            tie_break=TieBreak(seed=seed),
        )
        two = count_ballots(
            ballots[::-1],
            candidates=cands[::-1],
            seats=2,
            method=VotingMethod.PLURALITY,
            roll=_roll(4),
            tie_break=TieBreak(seed=seed),
        )
        assert one.elected == two.elected


class TestDefaultMethod:
    """The method is a property of each election; the default follows the dated practice."""

    @pytest.mark.parametrize(
        ("day", "expected"),
        [
            (FIRST_DATE, VotingMethod.CUMULATIVE),
            (LF_CLOSING - ONE_DAY, VotingMethod.CUMULATIVE),
            (LF_CLOSING, VotingMethod.PLURALITY),
            (MEEK_ANNOUNCED - ONE_DAY, VotingMethod.PLURALITY),
            (MEEK_ANNOUNCED, VotingMethod.MEEK_STV),
            (date(2026, 1, 13), VotingMethod.MEEK_STV),
        ],
    )
    def test_individual_elections(self, day: date, expected: VotingMethod) -> None:
        """Cumulative 2012-2025 (§3.9(a)); LF 'plurality'; Meek STV from the 2026 election."""
        assert expected == default_method(ElectionKind.INDIVIDUAL_DIRECTORS, as_of=day)

    @pytest.mark.parametrize(
        ("day", "expected"),
        [
            (date(2012, 8, 13), None),
            (FIRST_DATE, VotingMethod.RESTRICTED),
            (date(2012, 12, 31), VotingMethod.RESTRICTED),
            (date(2013, 1, 1), VotingMethod.PLURALITY),
        ],
    )
    def test_gold_selector_elections(self, day: date, expected: VotingMethod | None) -> None:
        """Restricted in 2012, then plurality; nothing is known before the first date."""
        if expected is None:
            with pytest.raises(NoRegimeError):
                default_method(ElectionKind.GOLD_DIRECTOR_SELECTORS, as_of=day)
        else:
            assert expected == default_method(ElectionKind.GOLD_DIRECTOR_SELECTORS, as_of=day)

    def test_tc_is_schulze_either_side_of_the_charter_move(self) -> None:
        """TC elections are Condorcet (Schulze, CIVS) in Appendix 4 and in the charter."""
        before = TC_METHOD.at(OIP_AMENDMENTS - ONE_DAY)
        after = TC_METHOD.at(OIP_AMENDMENTS)
        assert ("tc-member-policy", "tc-charter") == (
            before.citation.document,
            after.citation.document,
        )
        assert {VotingMethod.SCHULZE} == {before.value, after.value}

    def test_tables_are_registered(self) -> None:
        """The tables appear in the rules reference registry."""
        from openinfra_model.core.regimes import all_tables  # noqa: PLC0415

        ids = set(all_tables())
        assert {INDIVIDUAL_METHOD.rule_id, GOLD_METHOD.rule_id, TC_METHOD.rule_id} <= ids
