"""Notice of member meetings and the voting list (issue 12, item 4)."""

from __future__ import annotations

from datetime import date

from openinfra_model import Status
from openinfra_model.elections import BoardCalendar, DayRange, check_meeting_notice

CAL_2024 = BoardCalendar(
    board_year=2024,
    individual_vote=DayRange(date(2024, 1, 8), date(2024, 1, 12)),
    gold_vote=DayRange(date(2024, 1, 4), date(2024, 1, 4)),
)


def _status(rule_id: str, **dates: date) -> Status:
    return check_meeting_notice(CAL_2024, **dates).check(rule_id).status


class TestSection35:
    """Bylaws §3.5(a): Individual notice 30 to 60 days before; §3.5(b): Gold 10 to 60 days."""

    def test_individual_30_days_passes_29_fails(self) -> None:
        """Notice on 2023-12-09 (30 days before 2024-01-08) passes; 2023-12-10 (29) fails."""
        rid = "elections.notice.individual"
        on = _status(rid, individual_notice=date(2023, 12, 9))
        late = _status(rid, individual_notice=date(2023, 12, 10))
        assert (Status.PASSED, Status.FAILED) == (on, late)

    def test_individual_60_days_passes_61_fails(self) -> None:
        """Notice 60 days before passes; 61 days before is too early."""
        rid = "elections.notice.individual"
        on = _status(rid, individual_notice=date(2023, 11, 9))
        early = _status(rid, individual_notice=date(2023, 11, 8))
        assert (Status.PASSED, Status.FAILED) == (on, early)

    def test_gold_10_days_passes_9_fails(self) -> None:
        """Gold notice 10 days before 2024-01-04 passes; 9 days fails."""
        rid = "elections.notice.gold"
        on = _status(rid, gold_notice=date(2023, 12, 25))
        late = _status(rid, gold_notice=date(2023, 12, 26))
        assert (Status.PASSED, Status.FAILED) == (on, late)

    def test_missing_notice_is_unknown(self) -> None:
        """No notice date given: UNKNOWN naming it."""
        d = check_meeting_notice(CAL_2024)
        assert Status.UNKNOWN == d.check("elections.notice.individual").status
        assert "not given" in d.check("elections.notice.individual").reason

    def test_lf_era_has_no_notice_rule(self) -> None:
        """From 2025-06-01 no source sets a notice period: UNKNOWN."""
        cal = BoardCalendar(
            board_year=2026, individual_vote=DayRange(date(2026, 1, 13), date(2026, 1, 17))
        )
        d = check_meeting_notice(cal, individual_notice=date(2025, 12, 1))
        assert Status.UNKNOWN == d.check("elections.notice.individual").status


class TestSection36:
    """Bylaws §3.6(a): the list 30 days before, or within two days of the notice if shorter."""

    def test_list_30_days_before_passes(self) -> None:
        """Ready 2023-12-09, 30 days before the meeting: passes."""
        assert Status.PASSED == _status(
            "elections.voting_list.ready", voting_list=date(2023, 12, 9)
        )

    def test_list_late_but_within_two_days_of_notice(self) -> None:
        """Ready 29 days before, but within two days of a notice given 31 days before."""
        rid = "elections.voting_list.ready"
        ok = _status(rid, individual_notice=date(2023, 12, 8), voting_list=date(2023, 12, 10))
        late = _status(rid, individual_notice=date(2023, 12, 7), voting_list=date(2023, 12, 10))
        assert (Status.PASSED, Status.FAILED) == (ok, late)

    def test_list_late_without_notice_is_unknown(self) -> None:
        """Ready 29 days before with no notice date: UNKNOWN."""
        assert Status.UNKNOWN == _status(
            "elections.voting_list.ready", voting_list=date(2023, 12, 10)
        )
