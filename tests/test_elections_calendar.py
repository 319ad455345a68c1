"""Board election calendars: the published windows validate, the defaults follow the rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import InvalidInputError, Status
from openinfra_model.elections import history as h
from openinfra_model.elections.calendar import (
    BoardCalendar,
    check_calendar,
    check_vote_window,
    propose_calendar,
    propose_calendars,
)
from openinfra_model.elections.model import DayRange

PUBLISHED = {
    2013: h.INDIVIDUAL_2013,
    2014: h.INDIVIDUAL_2014,
    2015: h.INDIVIDUAL_2015,
    2022: h.INDIVIDUAL_2022,
    2023: h.INDIVIDUAL_2023,
    2024: h.INDIVIDUAL_2024,
    2025: h.INDIVIDUAL_2025,
    2026: h.INDIVIDUAL_2026,
}


def _days(first: date, last: date) -> DayRange:
    return DayRange(first, last)


class TestPublishedWindows:
    """Bylaws §3.2 and §3.12: every published Individual vote window satisfies its period."""

    @pytest.mark.parametrize("year", sorted(PUBLISHED))
    def test_published_window_validates(self, year: int) -> None:
        """The published vote window of each board year passes every check."""
        vote = PUBLISHED[year].voting
        assert Status.PASSED == check_vote_window(vote).outcome

    @pytest.mark.parametrize("year", sorted(PUBLISHED))
    def test_published_calendar_validates(self, year: int) -> None:
        """The published calendar (vote, and Gold day where published) passes every check."""
        gold = {2013: h.GOLD_2013, 2014: h.GOLD_2014, 2026: h.GOLD_2026}.get(year)
        e = PUBLISHED[year]
        cal = BoardCalendar(
            board_year=year,
            individual_vote=e.voting,
            gold_vote=gold.voting if gold else None,
            nominations=e.nominations,
            application_deadline=e.application_deadline,
        )
        assert Status.PASSED == check_calendar(cal).outcome

    def test_initial_2012_election_validates_as_special_meeting(self) -> None:
        """The August 2012 vote (five days from a Monday) passes as a special meeting."""
        d = check_vote_window(h.INDIVIDUAL_2012.voting, special=True)
        assert Status.PASSED == d.outcome
        assert Status.NOT_APPLICABLE == d.check("elections.calendar.annual_meeting_days").status

    def test_2012_window_is_not_an_annual_meeting(self) -> None:
        """As an annual meeting, an August vote breaks the first-two-weeks rule."""
        d = check_vote_window(h.INDIVIDUAL_2012.voting)
        assert Status.FAILED == d.check("elections.calendar.annual_meeting_days").status


class TestDelawareRules:
    """Bylaws §3.2/§3.12: first two weeks of January, five calendar days from a Monday."""

    def test_vote_opening_on_january_14_passes(self) -> None:
        """The fourteenth is the last day of the first two weeks (the 2013 vote)."""
        d = check_vote_window(_days(date(2019, 1, 14), date(2019, 1, 18)))
        assert Status.PASSED == d.check("elections.calendar.annual_meeting_days").status

    def test_vote_opening_on_january_15_fails(self) -> None:
        """The fifteenth is outside the first two weeks."""
        d = check_vote_window(_days(date(2024, 1, 15), date(2024, 1, 19)))
        assert Status.FAILED == d.check("elections.calendar.annual_meeting_days").status

    def test_four_day_vote_fails(self) -> None:
        """A vote of four days is not the five calendar days of §3.12."""
        d = check_vote_window(_days(date(2014, 1, 13), date(2014, 1, 16)))
        assert Status.FAILED == d.check("elections.calendar.vote_length_days").status

    def test_tuesday_start_fails_in_delaware_period(self) -> None:
        """A vote opening on a Tuesday breaks §3.12 before 2025-06-01."""
        d = check_vote_window(_days(date(2025, 1, 14), date(2025, 1, 18)))
        assert "the vote opens on a Tuesday, not a Monday" == (
            d.check("elections.calendar.vote_start_weekday").reason
        )

    def test_tuesday_start_is_not_ruled_in_lf_period(self) -> None:
        """The LF election procedures set no weekday: the check does not apply (2026)."""
        d = check_vote_window(h.INDIVIDUAL_2026.voting)
        assert Status.NOT_APPLICABLE == d.check("elections.calendar.vote_start_weekday").status

    def test_gold_vote_after_individual_vote_fails(self) -> None:
        """The Gold selector vote must end before the Individual vote opens."""
        cal = BoardCalendar(
            board_year=2014,
            individual_vote=h.INDIVIDUAL_2014.voting,
            gold_vote=_days(date(2014, 1, 13), date(2014, 1, 13)),
        )
        d = check_calendar(cal)
        assert Status.FAILED == d.check("elections.calendar.gold_before_individual").status

    def test_vote_in_wrong_year_fails(self) -> None:
        """The vote of board year 2015 is held in January 2015."""
        cal = BoardCalendar(board_year=2015, individual_vote=h.INDIVIDUAL_2014.voting)
        assert Status.FAILED == check_calendar(cal).check("elections.calendar.board_year").status


class TestNominationLead:
    """§4.17 / LF procedures §2: nominations received at least 30 days before the vote."""

    def test_closing_exactly_30_days_before_passes(self) -> None:
        """Nominations closing 30 days before the vote opens are in time (day of)."""
        vote = h.INDIVIDUAL_2025.voting
        close = vote.first - timedelta(days=30)
        cal = BoardCalendar(
            board_year=2025,
            individual_vote=vote,
            nominations=_days(close - timedelta(days=20), close),
        )
        assert Status.PASSED == check_calendar(cal).outcome

    def test_closing_29_days_before_fails(self) -> None:
        """Nominations closing 29 days before the vote opens are late (day after)."""
        vote = h.INDIVIDUAL_2025.voting
        close = vote.first - timedelta(days=29)
        cal = BoardCalendar(
            board_year=2025,
            individual_vote=vote,
            nominations=_days(close - timedelta(days=20), close),
        )
        assert Status.FAILED == check_calendar(cal).check("elections.nomination.lead_days").status

    def test_application_deadline_may_follow_nominations(self) -> None:
        """The application has its own deadline, after the 30-day nomination deadline (2026)."""
        cal = propose_calendar(2026)
        assert cal.application_deadline is not None
        assert cal.nominations is not None
        assert cal.application_deadline > cal.nominations.last
        assert Status.PASSED == check_calendar(cal).outcome

    def test_application_deadline_before_nominations_close_fails(self) -> None:
        """An application deadline before the nominations close is refused."""
        cal = BoardCalendar(
            board_year=2026,
            individual_vote=h.INDIVIDUAL_2026.voting,
            nominations=_days(date(2025, 11, 10), date(2025, 12, 12)),
            application_deadline=date(2025, 12, 11),
        )
        d = check_calendar(cal)
        assert Status.FAILED == d.check("elections.calendar.application_deadline").status


class TestProposedCalendars:
    """The defaults: the Board fixes the dates; we propose ones that follow the rules."""

    @pytest.mark.parametrize("year", [2013, 2014, 2015, 2022, 2023, 2024, 2025, 2026])
    def test_default_vote_matches_published_window(self, year: int) -> None:
        """The default Individual vote is the published one in every known year."""
        assert PUBLISHED[year].voting == propose_calendar(year).individual_vote

    def test_2026_default_is_the_published_schedule(self) -> None:
        """The LF default reproduces the 2026 schedule, Gold selectors on January 8."""
        cal = propose_calendar(2026)
        assert h.INDIVIDUAL_2026.nominations == cal.nominations
        assert date(2025, 12, 19) == cal.application_deadline
        assert h.GOLD_2026.voting == cal.gold_vote

    @given(st.integers(min_value=2013, max_value=2200))
    def test_every_default_validates(self, year: int) -> None:
        """Whatever the year, the proposed calendar passes its own period's checks."""
        assert Status.PASSED == check_calendar(propose_calendar(year)).outcome

    def test_range_of_years(self) -> None:
        """propose_calendars gives one calendar per year, in order."""
        assert [2022, 2023, 2024] == [c.board_year for c in propose_calendars(2022, 2024)]


class TestBadCalendars:
    """Reversed windows and dates before every rule are refused, naming the field."""

    def test_reversed_window_is_refused(self) -> None:
        """A vote whose last day precedes its first names `last`."""
        with pytest.raises(InvalidInputError) as err:
            DayRange(date(2014, 1, 17), date(2014, 1, 13))
        assert ("last",) == err.value.paths

    def test_window_before_every_rule_is_refused(self) -> None:
        """A vote in 2011 is outside every table."""
        with pytest.raises(InvalidInputError) as err:
            check_vote_window(_days(date(2011, 1, 10), date(2011, 1, 14)))
        assert ("individual_vote.first",) == err.value.paths

    def test_proposal_before_first_annual_meeting_is_refused(self) -> None:
        """There is no annual meeting before 2013."""
        with pytest.raises(InvalidInputError) as err:
            propose_calendar(2012)
        assert ("board_year",) == err.value.paths

    def test_reversed_year_range_is_refused(self) -> None:
        """propose_calendars refuses a range that ends before it starts."""
        with pytest.raises(InvalidInputError):
            propose_calendars(2024, 2022)
