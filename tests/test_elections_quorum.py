"""Quorum of member meetings and elections (issue 12, item 1)."""

from __future__ import annotations

from datetime import date

import pytest

from openinfra_model import InvalidInputError, Status
from openinfra_model.counting import count_rankings
from openinfra_model.elections import ElectionKind, Quorum, check_quorum

IND = ElectionKind.INDIVIDUAL_DIRECTORS
OIF = ElectionKind.OIF_INDIVIDUAL_REPRESENTATIVES
GOLD_SEL = ElectionKind.GOLD_DIRECTOR_SELECTORS
GOLD_REP = ElectionKind.GOLD_REPRESENTATIVES


class TestBylaws37:
    """Bylaws §3.7: a majority of the class; for Individual meetings 10% of the members."""

    def test_individual_ten_percent_boundary(self) -> None:
        """100 of 1,000 is a quorum; 99 is not."""
        on = check_quorum(IND, eligible=1000, took_part=100, as_of=date(2024, 1, 8))
        under = check_quorum(IND, eligible=1000, took_part=99, as_of=date(2024, 1, 8))
        assert (Status.PASSED, Status.FAILED) == (on.outcome, under.outcome)

    def test_gold_majority_boundary(self) -> None:
        """Of 20 Gold members, 11 is a majority, 10 is not."""
        on = check_quorum(GOLD_SEL, eligible=20, took_part=11, as_of=date(2024, 1, 4))
        under = check_quorum(GOLD_SEL, eligible=20, took_part=10, as_of=date(2024, 1, 4))
        assert (Status.PASSED, Status.FAILED) == (on.outcome, under.outcome)

    def test_reason_names_the_figures(self) -> None:
        """The reason names those taking part, the number counted and the quorum needed."""
        d = check_quorum(IND, eligible=1000, took_part=99, as_of=date(2024, 1, 8))
        reason = d.checks[0].reason
        assert (True, True, True) == ("99" in reason, "1000" in reason, "100" in reason)


class TestLfElectionProcedures:
    """LF Election Procedures §1 (Gold: a majority) and §2 (OIF Individual: 10%), from 2026."""

    def test_oif_individual_2026(self) -> None:
        """171 of 1,710 eligible is 10%: a quorum; 170 is not."""
        on = check_quorum(OIF, eligible=1710, took_part=171, as_of=date(2026, 1, 13))
        under = check_quorum(OIF, eligible=1710, took_part=170, as_of=date(2026, 1, 13))
        assert (Status.PASSED, Status.FAILED) == (on.outcome, under.outcome)
        assert "lf-election-procedures" == on.checks[0].citation.document

    def test_gold_2026(self) -> None:
        """Gold Representatives: a majority of Gold Members eligible to vote."""
        d = check_quorum(GOLD_REP, eligible=19, took_part=10, as_of=date(2026, 1, 8))
        assert Status.PASSED == d.outcome

    def test_gap_before_the_numbered_rules(self) -> None:
        """An election on 2025-12-31 falls before the numbered rules: UNKNOWN; 2026-01-01 not."""
        gap = check_quorum(OIF, eligible=1000, took_part=500, as_of=date(2025, 12, 31))
        on = check_quorum(OIF, eligible=1000, took_part=500, as_of=date(2026, 1, 1))
        assert (Status.UNKNOWN, Status.PASSED) == (gap.outcome, on.outcome)

    def test_missing_eligible_is_unknown(self) -> None:
        """Without the number eligible the check is UNKNOWN and says so, never skipped."""
        d = check_quorum(OIF, eligible=None, took_part=78, as_of=date(2026, 1, 13))
        assert Status.UNKNOWN == d.outcome
        assert "not given" in d.checks[0].reason

    def test_more_taking_part_than_eligible_is_refused(self) -> None:
        """A count larger than the electorate is malformed input."""
        with pytest.raises(InvalidInputError):
            check_quorum(OIF, eligible=5, took_part=6, as_of=date(2026, 1, 13))


class TestCountCarriesQuorum:
    """A count's result says whether the election had its quorum when asked."""

    BALLOTS = [("ann", "bob")] * 4 + [("cy",)] * 2

    def test_count_with_eligible(self) -> None:
        """Six ballots of 60 eligible OIF Individual Members: exactly 10%, a quorum."""
        r = count_rankings(
            self.BALLOTS,
            candidates=("ann", "bob", "cy"),
            seats=2,
            quorum=Quorum(kind=OIF, as_of=date(2026, 1, 13), eligible=60),
        )
        assert r.quorum is not None
        assert Status.PASSED == r.quorum.outcome
        assert "Quorum: [passed]" in r.render()

    def test_count_without_eligible_is_unknown(self) -> None:
        """Asked without the number eligible, the result's quorum is UNKNOWN."""
        r = count_rankings(
            self.BALLOTS,
            candidates=("ann", "bob", "cy"),
            seats=2,
            quorum=Quorum(kind=OIF, as_of=date(2026, 1, 13)),
        )
        assert r.quorum is not None
        assert Status.UNKNOWN == r.quorum.outcome

    def test_not_asked(self) -> None:
        """A count not asked about its quorum carries none."""
        r = count_rankings(self.BALLOTS, candidates=("ann", "bob", "cy"), seats=2)
        assert None is r.quorum
