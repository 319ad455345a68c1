"""Board election calendars: the published windows validate, the defaults follow the rules."""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import InvalidInputError, Status
from openinfra_model.elections import history as h
from openinfra_model.elections.calendar import (
    NOMINATION_LEAD_DAYS,
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

    def test_four_day_vote_is_unknown(self) -> None:
        """§3.12 is permissive: a four-day vote is a form the text is silent on (UNKNOWN)."""
        d = check_vote_window(_days(date(2014, 1, 13), date(2014, 1, 16)))
        assert Status.UNKNOWN == d.check("elections.calendar.vote_length_days").status

    def test_tuesday_start_is_unknown_in_delaware_period(self) -> None:
        """A vote opening on a Tuesday before 2025-06-01: §3.12 is silent on it."""
        d = check_vote_window(_days(date(2025, 1, 14), date(2025, 1, 18)))
        assert (
            "§3.12 permits a vote commencing on a Monday; it is silent on one opening on a Tuesday"
            == d.check("elections.calendar.vote_start_weekday").reason
        )

    def test_tuesday_start_is_not_ruled_in_lf_period(self) -> None:
        """The LF election procedures set no weekday: the check does not apply (2026)."""
        d = check_vote_window(h.INDIVIDUAL_2026.voting)
        assert Status.NOT_APPLICABLE == d.check("elections.calendar.vote_start_weekday").status

    def test_vote_in_wrong_year_fails(self) -> None:
        """The vote of board year 2015 is held in January 2015."""
        cal = BoardCalendar(board_year=2015, individual_vote=h.INDIVIDUAL_2014.voting)
        assert Status.FAILED == check_calendar(cal).check("elections.calendar.board_year").status


class TestSection312May:
    """§3.12 permits one form of vote; other forms are UNKNOWN; §3.2 stays binding.

    The vote "may be conducted ... over a period of five calendar days, commencing on a Monday".
    """

    @pytest.mark.parametrize(
        ("first", "last", "length", "weekday"),
        [
            (date(2014, 1, 13), date(2014, 1, 17), Status.PASSED, Status.PASSED),
            (date(2014, 1, 13), date(2014, 1, 19), Status.UNKNOWN, Status.PASSED),
            (date(2014, 1, 13), date(2014, 1, 13), Status.UNKNOWN, Status.PASSED),
            (date(2014, 1, 14), date(2014, 1, 18), Status.PASSED, Status.UNKNOWN),
            (date(2014, 1, 14), date(2014, 1, 14), Status.UNKNOWN, Status.UNKNOWN),
        ],
    )
    def test_item_4_other_shapes_are_unknown(
        self, first: date, last: date, length: Status, weekday: Status
    ) -> None:
        """Issue 11 item 4: 7-day, 1-day and Tuesday votes are UNKNOWN, not FAILED."""
        d = check_vote_window(_days(first, last))
        assert (length, weekday) == (
            d.check("elections.calendar.vote_length_days").status,
            d.check("elections.calendar.vote_start_weekday").status,
        )
        assert Status.PASSED == d.check("elections.calendar.annual_meeting_days").status
        assert Status.FAILED != d.outcome

    @pytest.mark.parametrize(
        ("first", "last"),
        [(date(2014, 1, 20), date(2014, 1, 24)), (date(2014, 1, 15), date(2014, 1, 21))],
    )
    def test_section_3_2_still_fails(self, first: date, last: date) -> None:
        """A vote opening after January 14 still fails §3.2 (binding: "shall be held")."""
        d = check_vote_window(_days(first, last))
        assert Status.FAILED == d.outcome
        assert Status.FAILED == d.check("elections.calendar.annual_meeting_days").status

    def test_special_meeting_five_days_passes(self) -> None:
        """The 2012 special meeting, Mon 2012-08-20 .. Fri 2012-08-24, passes."""
        d = check_vote_window(_days(date(2012, 8, 20), date(2012, 8, 24)), special=True)
        assert Status.PASSED == d.outcome


class TestGoldBeforeIndividualPractice:
    """The Gold vote ending before the Individual vote opens is practice, not a bylaws rule.

    The election pages state the practice; the check is informational and never changes the
    outcome.
    """

    def test_item_5_reversed_calendar_passes(self) -> None:
        """Issue 11 item 5: Individual 2014-01-06..10, Gold 2014-01-13: PASSED, noted."""
        cal = BoardCalendar(
            board_year=2014,
            individual_vote=_days(date(2014, 1, 6), date(2014, 1, 10)),
            gold_vote=_days(date(2014, 1, 13), date(2014, 1, 13)),
        )
        d = check_calendar(cal)
        assert Status.PASSED == d.outcome
        practice = d.check("elections.calendar.gold_before_individual")
        assert Status.NOT_APPLICABLE == practice.status
        assert practice.reason.startswith("practice, not a rule (informational)")

    def test_overlapping_votes_pass(self) -> None:
        """Individual 2014-01-06..10 and Gold 2014-01-08 overlap: still PASSED."""
        cal = BoardCalendar(
            board_year=2014,
            individual_vote=_days(date(2014, 1, 6), date(2014, 1, 10)),
            gold_vote=_days(date(2014, 1, 8), date(2014, 1, 8)),
        )
        assert Status.PASSED == check_calendar(cal).outcome

    def test_practice_followed_is_noted(self) -> None:
        """Individual 2014-01-13..17, Gold 2014-01-06: the Gold vote ends 7 days before."""
        cal = BoardCalendar(
            board_year=2014,
            individual_vote=h.INDIVIDUAL_2014.voting,
            gold_vote=h.GOLD_2014.voting,
        )
        d = check_calendar(cal)
        assert Status.PASSED == d.outcome
        assert "the Gold vote ends 7 days before" in (
            d.check("elections.calendar.gold_before_individual").reason
        )


class TestInitialMeetingNominations:
    """§4.2(d): nominations for the initial 2012 special meeting 14 days before it.

    "For the initial special meeting to elect Individual Directors, nominations must be received
    by the Secretary at least fourteen (14) days prior to the meeting."
    """

    def _cal_2012(self, close: date) -> BoardCalendar:
        return BoardCalendar(
            board_year=2012,
            individual_vote=_days(date(2012, 8, 20), date(2012, 8, 24)),
            gold_vote=_days(date(2012, 8, 13), date(2012, 8, 17)),
            nominations=_days(date(2012, 7, 18), close),
            special=True,
        )

    def test_item_2_2012_calendar_passes(self) -> None:
        """Issue 11 item 2: the 2012 calendar (nominations 07-18..08-06) is in range and passes."""
        d = check_calendar(self._cal_2012(date(2012, 8, 6)))
        assert Status.PASSED == d.outcome
        assert Status.PASSED == d.check("elections.nomination.lead_days").status
        assert Status.NOT_APPLICABLE == d.check("elections.calendar.gold_meeting_days").status

    def test_2012_nominations_closing_august_7_fail(self) -> None:
        """Closing on 2012-08-07 is 13 days before the vote: late."""
        d = check_calendar(self._cal_2012(date(2012, 8, 7)))
        assert Status.FAILED == d.check("elections.nomination.lead_days").status

    def test_lead_days_either_side_of_the_initial_meeting(self) -> None:
        """14 days for the vote of 2012-08-20; 30 for the first annual meeting (2013)."""
        assert (14, 30) == (
            NOMINATION_LEAD_DAYS.value(date(2012, 8, 20)),
            NOMINATION_LEAD_DAYS.value(date(2013, 1, 14)),
        )

    def test_first_annual_meeting_needs_30_days(self) -> None:
        """January 2013: closing 2012-12-15 passes, 2012-12-16 fails."""
        vote = h.INDIVIDUAL_2013.voting
        ok = BoardCalendar(
            board_year=2013,
            individual_vote=vote,
            nominations=_days(date(2012, 11, 15), date(2012, 12, 15)),
        )
        late = attrs.evolve(ok, nominations=_days(date(2012, 11, 15), date(2012, 12, 16)))
        assert (Status.PASSED, Status.FAILED) == (
            check_calendar(ok).check("elections.nomination.lead_days").status,
            check_calendar(late).check("elections.nomination.lead_days").status,
        )

    def test_day_before_first_date_is_refused(self) -> None:
        """Nominations opening 2012-07-17, before the first sign-ups, are refused."""
        cal = attrs.evolve(
            self._cal_2012(date(2012, 8, 6)),
            nominations=_days(date(2012, 7, 17), date(2012, 8, 6)),
        )
        with pytest.raises(InvalidInputError) as err:
            check_calendar(cal)
        assert ("nominations.first",) == err.value.paths


class TestLinuxFoundationProcedures:
    """LF Election Procedures: the numbered rules govern votes opening from 2026-01-01.

    They are headed "For Elections Beginning January 1, 2026"; keyed on the vote's first day, so
    the late-2025 nominations fall under them.
    """

    def _cal_2026(self, vote: DayRange, close: date) -> BoardCalendar:
        return BoardCalendar(
            board_year=2026,
            individual_vote=vote,
            gold_vote=_days(date(2026, 1, 8), date(2026, 1, 8)),
            nominations=_days(date(2025, 11, 10), close),
            application_deadline=date(2025, 12, 19),
        )

    def test_item_7_published_2026_calendar(self) -> None:
        """Issue 11 item 7: the published 2026 calendar passes, citing §2(b)(iv) and §2(b)(iii)."""
        d = check_calendar(self._cal_2026(h.INDIVIDUAL_2026.voting, date(2025, 12, 12)))
        assert Status.PASSED == d.outcome
        lead = d.check("elections.nomination.lead_days").citation
        app = d.check("elections.calendar.application_deadline").citation
        assert ("lf-election-procedures", "2(b)(iv)") == (lead.document, lead.section)
        assert ("lf-election-procedures", "2(b)(iii)") == (app.document, app.section)

    def test_30_days_before_the_tuesday_vote(self) -> None:
        """Vote 2026-01-13: nominations closing 2025-12-14 pass, 2025-12-15 fail."""
        vote = h.INDIVIDUAL_2026.voting
        ok = check_calendar(
            attrs.evolve(
                self._cal_2026(vote, date(2025, 12, 14)), application_deadline=date(2025, 12, 19)
            )
        )
        late = check_calendar(self._cal_2026(vote, date(2025, 12, 15)))
        assert (Status.PASSED, Status.FAILED) == (
            ok.check("elections.nomination.lead_days").status,
            late.check("elections.nomination.lead_days").status,
        )

    def test_originally_published_window_passes(self) -> None:
        """The first published window, Mon 2026-01-12 .. Fri 01-16, passes too."""
        vote = _days(date(2026, 1, 12), date(2026, 1, 16))
        assert Status.PASSED == check_calendar(self._cal_2026(vote, date(2025, 12, 12))).outcome

    def test_lead_table_switches_on_january_1_2026(self) -> None:
        """The procedures' window starts 2026-01-01; 2025-12-31 has no nomination rule."""
        assert (
            "lf-election-procedures" == NOMINATION_LEAD_DAYS.at(date(2026, 1, 1)).citation.document
        )
        assert None is NOMINATION_LEAD_DAYS.value(date(2025, 12, 31))

    def test_vote_in_the_2025_gap_has_no_rule(self) -> None:
        """A hypothetical vote opening 2025-10-06: no numbered rule applies (not applicable)."""
        d = check_vote_window(_days(date(2025, 10, 6), date(2025, 10, 10)))
        assert Status.NOT_APPLICABLE == d.outcome
        assert "For Elections Beginning January 1, 2026:" == (
            d.check("elections.calendar.annual_meeting_days").citation.quote
        )


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
