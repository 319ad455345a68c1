"""Voter eligibility: Individual, OIF Individual, Gold and Platinum members."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from openinfra_model import (
    Individual,
    IndividualStatus,
    InvalidInputError,
    Membership,
    Status,
    Tier,
)
from openinfra_model.elections import history as h
from openinfra_model.elections.model import DayRange, VoteRecord
from openinfra_model.elections.voters import (
    IndividualProgram,
    MembershipSpan,
    check_gold_voter,
    check_individual_voter,
    check_platinum_voter,
    check_vote_cast,
    check_window_voter,
    first_vote_day,
    joining_cutoff,
    spans_of,
)
from openinfra_model.membership import LinuxFoundationLevel, LinuxFoundationMembership

FM = IndividualStatus.FOUNDATION_MEMBER
F = IndividualProgram.FOUNDATION
VOTE_2025 = h.INDIVIDUAL_2025.voting  # Mon 2025-01-13 .. Fri 2025-01-17
VOTE_2026 = h.INDIVIDUAL_2026.voting  # Tue 2026-01-13 .. Sat 2026-01-17


def member(since: date, *, oif: date | None = None, pid: str = "p") -> Individual:
    """An Individual Member effective on ``since``."""
    return Individual(id=pid, name=pid, status=FM, member_since=since, oif_agreement_signed=oif)


def gold(signed: date, *, lf: bool = False) -> Membership:
    """A Gold membership approved on the day it was signed."""
    return Membership(
        organization="acme",
        tier=Tier.GOLD,
        signed=signed,
        approved=signed,
        linux_foundation=(
            LinuxFoundationMembership(level=LinuxFoundationLevel.SILVER, since=signed)
            if lf
            else None
        ),
    )


class TestWaitingPeriod:
    """Bylaws §3.9(a): an Individual Member first votes 180 days after the effective date."""

    def test_day_180_votes(self) -> None:
        """On the 180th day after the effective date the member may vote (day of)."""
        p = member(date(2024, 1, 1))
        assert Status.PASSED == check_individual_voter(p, as_of=date(2024, 6, 29)).outcome

    def test_day_179_does_not_vote(self) -> None:
        """On the 179th day the member may not (day before)."""
        p = member(date(2024, 1, 1))
        d = check_individual_voter(p, as_of=date(2024, 6, 28))
        assert Status.FAILED == d.outcome
        assert "may vote only from 2024-06-29" in d.check("elections.voter.waiting_period").reason

    def test_before_effective_date_is_a_no_not_an_error(self) -> None:
        """Asking about a day before the effective date gives a FAILED decision."""
        d = check_individual_voter(member(date(2024, 1, 1)), as_of=date(2023, 12, 31))
        assert Status.FAILED == d.outcome
        assert "not yet a member" in d.check("elections.voter.membership").reason

    def test_community_account_never_votes(self) -> None:
        """A Community account cannot vote (join page)."""
        p = Individual(id="c", name="c", status=IndividualStatus.COMMUNITY)
        d = check_individual_voter(p, as_of=date(2024, 1, 8))
        assert "a Community account cannot vote" == d.check("elections.voter.membership").reason

    def test_as_of_before_every_rule_is_refused(self) -> None:
        """A day before 2012-08-20 is outside every table."""
        with pytest.raises(InvalidInputError) as err:
            check_individual_voter(member(date(2010, 1, 1)), as_of=date(2011, 1, 1))
        assert ("as_of",) == err.value.paths


class TestFoundingException:
    """2012 §3.9(a): members effective earlier than 30 days after the COI date vote at once."""

    def test_founding_member_votes_at_once(self) -> None:
        """A member effective 2012-09-18 votes in the January 2013 election at once."""
        p = member(date(2012, 9, 18))
        d = check_individual_voter(p, as_of=date(2013, 1, 14))
        assert Status.PASSED == d.outcome
        assert Status.PASSED == d.check("elections.voter.founding_exception").status

    def test_first_day_after_founding_window_waits(self) -> None:
        """A member effective 2012-09-19 waits 180 days (day of the boundary)."""
        p = member(date(2012, 9, 19))
        assert Status.FAILED == check_individual_voter(p, as_of=date(2013, 1, 14)).outcome
        assert date(2013, 3, 18) == first_vote_day(date(2012, 9, 19), as_of=date(2013, 3, 18))

    def test_founding_member_not_yet_joined_cannot_vote(self) -> None:
        """The exception does not let a person vote before their effective date."""
        d = check_individual_voter(member(date(2012, 9, 1)), as_of=date(2012, 8, 22))
        assert Status.FAILED == d.outcome


class TestMultiDayCutoff:
    """A vote counts only if cast at least 180 days after the effective date.

    For a vote over [first, last]: effective on or before last - 180 is on the roll (may vote on
    the last day at least); effective on or before first - 180 may vote on every day.
    """

    def test_cutoff_is_last_day_less_180(self) -> None:
        """2025: the vote closes 2025-01-17; the cut-off is 2024-07-21."""
        assert date(2024, 7, 21) == joining_cutoff(VOTE_2025)

    def test_effective_on_cutoff_is_on_roll(self) -> None:
        """Effective on the cut-off day: on the roll (may vote on the last day only)."""
        d = check_window_voter(member(date(2024, 7, 21)), VOTE_2025)
        assert Status.PASSED == d.outcome

    def test_effective_day_after_cutoff_is_not_on_roll(self) -> None:
        """Effective the day after the cut-off: not on the roll."""
        d = check_window_voter(member(date(2024, 7, 22)), VOTE_2025)
        assert Status.FAILED == d.outcome

    def test_vote_cast_before_day_180_does_not_count(self) -> None:
        """Effective 2024-07-19 (day 180 = 2025-01-15): a vote cast on the 14th is void."""
        p = member(date(2024, 7, 19))
        early = VoteRecord(election="2025-individual", voter="p", cast_on=date(2025, 1, 14))
        on_time = VoteRecord(election="2025-individual", voter="p", cast_on=date(2025, 1, 15))
        assert Status.FAILED == check_vote_cast(p, early, VOTE_2025).outcome
        assert Status.PASSED == check_vote_cast(p, on_time, VOTE_2025).outcome

    def test_vote_cast_outside_window_does_not_count(self) -> None:
        """A vote recorded on a day outside the window fails the in-window check."""
        p = member(date(2020, 1, 1))
        rec = VoteRecord(election="2025-individual", voter="p", cast_on=date(2025, 1, 18))
        d = check_vote_cast(p, rec, VOTE_2025)
        assert Status.FAILED == d.check("elections.vote.in_window").status

    def test_vote_cast_without_day_is_refused(self) -> None:
        """check_vote_cast needs the day the vote was cast."""
        rec = VoteRecord(election="2025-individual", voter="p")
        with pytest.raises(InvalidInputError) as err:
            check_vote_cast(member(date(2020, 1, 1)), rec, VOTE_2025)
        assert ("cast_on",) == err.value.paths

    def test_effective_first_less_180_may_vote_every_day(self) -> None:
        """Effective on first - 180: may vote on the first day of the window."""
        start = VOTE_2025.first - timedelta(days=180)
        assert (
            Status.PASSED == check_individual_voter(member(start), as_of=VOTE_2025.first).outcome
        )
        later = start + timedelta(days=1)
        assert (
            Status.FAILED == check_individual_voter(member(later), as_of=VOTE_2025.first).outcome
        )


class TestOifIndividualMembers:
    """LF election procedures §2(a): 180 days after the OIF agreement's effective date."""

    def test_oif_member_votes_180_days_after_agreement(self) -> None:
        """The OIF agreement date, not member_since, starts the 180 days (day of / before)."""
        p = member(date(2015, 1, 1), oif=date(2025, 7, 21))
        assert date(2025, 7, 21) == joining_cutoff(VOTE_2026)
        assert Status.PASSED == check_window_voter(p, VOTE_2026).outcome
        late = member(date(2015, 1, 1), oif=date(2025, 7, 22))
        assert Status.FAILED == check_window_voter(late, VOTE_2026).outcome

    def test_without_oif_agreement_no_vote_in_lf_era(self) -> None:
        """A long-standing Delaware member who did not sign the OIF agreement cannot vote."""
        d = check_individual_voter(member(date(2015, 1, 1)), as_of=date(2026, 1, 13))
        assert "has not signed the OIF Individual Member agreement" == (
            d.check("elections.voter.membership").reason
        )

    def test_last_delaware_day_uses_foundation_membership(self) -> None:
        """On 2025-05-31 the Delaware rules apply; on 2025-06-01 the OIF ones."""
        p = member(date(2015, 1, 1))
        assert Status.PASSED == check_individual_voter(p, as_of=date(2025, 5, 31)).outcome
        assert Status.FAILED == check_individual_voter(p, as_of=date(2025, 6, 1)).outcome


class TestGoldVoters:
    """Bylaws §3.9(b), join page: new Gold members vote from January of the following year."""

    def test_before_2021_new_gold_member_votes_at_once(self) -> None:
        """In 2020 a Gold member admitted in the year votes (no waiting rule)."""
        assert (
            Status.PASSED
            == check_gold_voter(gold(date(2020, 3, 1)), as_of=date(2020, 6, 1)).outcome
        )

    def test_from_2021_new_gold_member_waits_for_january(self) -> None:
        """Admitted 2023-03-01: no vote on 2023-12-31, a vote on 2024-01-01."""
        m = gold(date(2023, 3, 1))
        assert Status.FAILED == check_gold_voter(m, as_of=date(2023, 12, 31)).outcome
        assert Status.PASSED == check_gold_voter(m, as_of=date(2024, 1, 1)).outcome

    def test_december_member_votes_in_january(self) -> None:
        """Admitted 2024-12-31: votes on 2025-01-01 (the following January)."""
        assert (
            Status.PASSED
            == check_gold_voter(gold(date(2024, 12, 31)), as_of=date(2025, 1, 6)).outcome
        )

    def test_not_in_force_does_not_vote(self) -> None:
        """A Gold membership not yet approved does not vote."""
        m = Membership(organization="acme", tier=Tier.GOLD, signed=date(2022, 1, 1))
        assert Status.FAILED == check_gold_voter(m, as_of=date(2023, 1, 9)).outcome

    def test_silver_member_is_not_gold(self) -> None:
        """A Silver member has no vote in a Gold vote."""
        m = Membership(
            organization="acme",
            tier=Tier.SILVER,
            signed=date(2022, 1, 1),
            approved=date(2022, 1, 1),
        )
        d = check_gold_voter(m, as_of=date(2023, 1, 9))
        assert Status.FAILED == d.check("elections.voter.gold.tier").status

    def test_lf_era_needs_linux_foundation_membership(self) -> None:
        """From 2025-06-01 a Gold member must be an LF member (charter §2(a))."""
        assert (
            Status.FAILED
            == check_gold_voter(gold(date(2022, 1, 1)), as_of=date(2026, 1, 8)).outcome
        )
        m = gold(date(2022, 1, 1), lf=True)
        assert Status.PASSED == check_gold_voter(m, as_of=date(2026, 1, 8)).outcome

    def test_2013_transition_is_unknown(self) -> None:
        """January 2013: limited to the Initial Gold Directors' members, not in the data."""
        d = check_gold_voter(gold(date(2012, 8, 1)), as_of=date(2013, 1, 3))
        assert Status.UNKNOWN == d.outcome

    def test_2014_limit_to_sixteen_earliest(self) -> None:
        """January 2014: only the sixteen Gold members with the earliest terms vote."""
        golds = [
            Membership(
                organization=f"g{i:02d}",
                tier=Tier.GOLD,
                signed=date(2012, 8, 1) + timedelta(days=i),
                approved=date(2012, 8, 1) + timedelta(days=i),
            )
            for i in range(18)
        ]
        assert (
            Status.PASSED
            == check_gold_voter(golds[15], as_of=date(2014, 1, 6), gold_members=golds).outcome
        )
        assert (
            Status.FAILED
            == check_gold_voter(golds[16], as_of=date(2014, 1, 6), gold_members=golds).outcome
        )
        assert Status.UNKNOWN == check_gold_voter(golds[0], as_of=date(2014, 1, 6)).outcome
        assert Status.PASSED == check_gold_voter(golds[17], as_of=date(2015, 1, 5)).outcome


class TestPlatinumVoters:
    """Bylaws §9.2(c): Platinum members vote in the Platinum class votes."""

    def test_platinum_votes_in_delaware_era(self) -> None:
        """A Platinum member in force votes; a Gold one does not."""
        m = Membership(
            organization="a",
            tier=Tier.PLATINUM,
            signed=date(2019, 3, 1),
            approved=date(2019, 3, 1),
        )
        assert Status.PASSED == check_platinum_voter(m, as_of=date(2021, 3, 1)).outcome
        assert (
            Status.FAILED
            == check_platinum_voter(gold(date(2019, 3, 1)), as_of=date(2021, 3, 1)).outcome
        )

    def test_january_following_effective_date(self) -> None:
        """Before 2024-03-12 a Platinum membership is in force from January 1 following."""
        m = Membership(
            organization="a",
            tier=Tier.PLATINUM,
            signed=date(2023, 3, 1),
            approved=date(2023, 3, 1),
        )
        assert Status.FAILED == check_platinum_voter(m, as_of=date(2023, 12, 31)).outcome
        assert Status.PASSED == check_platinum_voter(m, as_of=date(2024, 1, 1)).outcome

    def test_no_class_vote_in_lf_era(self) -> None:
        """The LF charter has no Platinum class vote."""
        m = Membership(
            organization="a",
            tier=Tier.PLATINUM,
            signed=date(2019, 3, 1),
            approved=date(2019, 3, 1),
        )
        assert Status.NOT_APPLICABLE == check_platinum_voter(m, as_of=date(2025, 6, 1)).outcome


# --- properties ---------------------------------------------------------------------------

DAYS = st.dates(min_value=date(2012, 8, 20), max_value=date(2025, 5, 31))


@st.composite
def histories(draw: st.DrawFn) -> tuple[MembershipSpan, ...]:
    """One to three Foundation membership spans, in order, not overlapping."""
    n = draw(st.integers(min_value=1, max_value=3))
    start = draw(st.dates(min_value=date(2012, 1, 1), max_value=date(2024, 1, 1)))
    spans = []
    for i in range(n):
        length = draw(st.integers(min_value=1, max_value=900))
        end = start + timedelta(days=length)
        last = i == n - 1
        open_end = last and draw(st.booleans())
        spans.append(
            MembershipSpan(person="p", program=F, start=start, end=None if open_end else end)
        )
        start = end + timedelta(days=draw(st.integers(min_value=1, max_value=400)))
    return tuple(spans)


def _eligible(spans: tuple[MembershipSpan, ...], day: date) -> bool:
    p = Individual(id="p", name="p", status=FM, member_since=spans[0].start)
    return check_individual_voter(p, as_of=day, spans=spans).passed


class TestProperties:
    """Invariants of voter eligibility over membership histories."""

    @given(histories(), st.lists(DAYS, min_size=3, max_size=3, unique=True))
    def test_eligibility_never_returns_without_new_membership(
        self, spans: tuple[MembershipSpan, ...], days: list[date]
    ) -> None:
        """Eligible on d1, not on d2, eligible on d3 (d1 < d2 < d3): a new span began.

        The span that restores eligibility starts after d1 (the span held on d1 must have
        ended) and at least the waiting period before d3; it may start before d2, since a
        re-joined member waits 180 days again.
        """
        d1, d2, d3 = sorted(days)
        if _eligible(spans, d1) and not _eligible(spans, d2) and _eligible(spans, d3):
            assert any(d1 < s.start <= d3 for s in spans)
            held_on_d1 = [s for s in spans if s.start <= d1 and (s.end is None or d1 < s.end)]
            assert all(s.end is not None and s.end <= d2 for s in held_on_d1)

    @given(histories(), DAYS)
    def test_lost_eligibility_stays_lost_in_a_span(
        self, spans: tuple[MembershipSpan, ...], day: date
    ) -> None:
        """Within one span, once eligible, eligible until the span ends."""
        for s in spans:
            if s.holds_on(day) and _eligible(spans, day):
                last = (s.end - timedelta(days=1)) if s.end else date(2025, 5, 31)
                assert _eligible(spans, min(last, date(2025, 5, 31)))

    @given(st.dates(min_value=date(2012, 1, 1), max_value=date(2025, 1, 1)), DAYS, DAYS)
    def test_monotone_for_uninterrupted_membership(self, start: date, d1: date, d2: date) -> None:
        """With one open span, eligible on d1 implies eligible on every later day."""
        assume(d1 <= d2)
        p = member(start)
        if check_individual_voter(p, as_of=d1).passed:
            assert check_individual_voter(p, as_of=d2).passed

    @given(
        st.dates(min_value=date(2012, 8, 21), max_value=date(2025, 5, 31)), st.integers(1, 5000)
    )
    def test_before_effective_date_never_eligible(self, start: date, back: int) -> None:
        """Any as-of date before the effective date gives a FAILED decision."""
        day = start - timedelta(days=back)
        assume(day >= date(2012, 8, 20))
        assert Status.FAILED == check_individual_voter(member(start), as_of=day).outcome

    @given(st.dates(min_value=date(2012, 1, 1), max_value=date(2025, 1, 1)))
    def test_window_roll_matches_cutoff(self, start: date) -> None:
        """On the 2025 roll exactly when effective on or before the cut-off."""
        expected = start <= joining_cutoff(VOTE_2025)
        assert expected == check_window_voter(member(start), VOTE_2025).passed

    def test_spans_of_community_is_empty(self) -> None:
        """A Community account has no membership span."""
        assert () == spans_of(Individual(id="c", name="c", status=IndividualStatus.COMMUNITY))

    def test_rejoining_restarts_waiting_period(self) -> None:
        """Moved out 2023-02-01, re-joined 2023-06-01: votes again only from 2023-11-28."""
        spans = (
            MembershipSpan(person="p", program=F, start=date(2015, 1, 1), end=date(2023, 2, 1)),
            MembershipSpan(person="p", program=F, start=date(2023, 6, 1)),
        )
        p = member(date(2023, 6, 1))
        assert (
            Status.FAILED
            == check_individual_voter(p, as_of=date(2023, 11, 27), spans=spans).outcome
        )
        assert (
            Status.PASSED
            == check_individual_voter(p, as_of=date(2023, 11, 28), spans=spans).outcome
        )
        assert (
            Status.FAILED == check_individual_voter(p, as_of=date(2023, 3, 1), spans=spans).outcome
        )

    def test_span_end_must_follow_start(self) -> None:
        """A span ending on or before its start is refused."""
        with pytest.raises(InvalidInputError) as err:
            MembershipSpan(person="p", program=F, start=date(2020, 1, 1), end=date(2020, 1, 1))
        assert ("end",) == err.value.paths

    def test_window_reason_for_ended_membership(self) -> None:
        """A membership that ended before the vote says so."""
        spans = (
            MembershipSpan(person="p", program=F, start=date(2015, 1, 1), end=date(2020, 1, 1)),
        )
        d = check_individual_voter(member(date(2015, 1, 1)), as_of=date(2021, 1, 11), spans=spans)
        assert "the membership ended on 2020-01-01" == d.check("elections.voter.membership").reason

    def test_window_is_inclusive(self) -> None:
        """DayRange includes both ends."""
        w = DayRange(date(2025, 1, 13), date(2025, 1, 17))
        assert (True, True, False) == (w.first in w, w.last in w, date(2025, 1, 18) in w)


class TestGoldVoterCitations:
    """The Gold class vote is cited from the text governing the date asked."""

    def test_lf_era_cites_the_charter(self) -> None:
        """2025-05-31 cites bylaws §3.9(b); 2025-06-01 cites LF charter §2(c)."""
        from openinfra_model import Membership, Tier  # noqa: PLC0415 - imported where the test needs it
        from openinfra_model.elections import check_gold_voter  # noqa: PLC0415 - imported where the test needs it

        m = Membership(
            organization="acme", tier=Tier.GOLD, signed=date(2022, 3, 1), approved=date(2022, 3, 2)
        )
        before = check_gold_voter(m, as_of=date(2025, 5, 31)).check("elections.voter.gold.tier")
        after = check_gold_voter(m, as_of=date(2025, 6, 1)).check("elections.voter.gold.tier")
        assert ("bylaws", "3.9(b)") == (before.citation.document, before.citation.section)
        assert ("lf-charter", "2(c)") == (after.citation.document, after.citation.section)
