"""Platinum and Gold requirements, renewals and member caps (issue 3, items 6 and 8)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import FeeLevel, Membership, Status, Tier, dumps, loads
from openinfra_model.core.regimes import FIRST_DATE, LF_CLOSING, OIF_LAUNCH
from openinfra_model.membership import (
    Approver,
    LinuxFoundationLevel,
    LinuxFoundationMembership,
    PlatinumTerm,
    check_board_approval_timing,
    check_gold_approval,
    check_gold_renewal,
    check_lf_membership,
    check_member_caps,
    check_platinum_renewal,
    check_platinum_requirements,
    platinum_term,
)
from openinfra_model.membership.tiers import GoldRenewalTerms, PlatinumRenewalTerms

DAY = timedelta(days=1)


def _platinum(
    *,
    signed: date = date(2024, 5, 2),
    approved: date | None = date(2024, 6, 1),
    approver: Approver | None = Approver.BOARD,
    ftes: Decimal | None = Decimal(2),
    term_start: date | None = None,
    term_end: date | None = None,
    org: str = "acme",
) -> Membership:
    return Membership(
        organization=org,
        tier=Tier.PLATINUM,
        signed=signed,
        approved=approved,
        approver=approver,
        contributor_ftes=ftes,
        term_start=term_start,
        term_end=term_end,
    )


def _gold(
    *, approved: date = date(2016, 11, 17), approver: Approver | None = Approver.BOARD
) -> Membership:
    return Membership(
        organization="zte",
        tier=Tier.GOLD,
        signed=approved,
        approved=approved,
        approver=approver,
    )


class TestPlatinumRequirements:
    """Platinum requirements: dues, two contributors, Board approval.

    Join page: Platinum Members "each contribute $350k USD per year [...] and must also have
    the equivalent of 2 full time employees contributing"; "All Platinum Members are subject to
    board approval." (Platinum Member Policy §1(a): approved by the Board of Directors.)
    """

    def test_applicant_with_one_contributor_fails(self) -> None:
        """One FTE is short of two: FAILED on the FTE clause, the others passed."""
        d = check_platinum_requirements(_platinum(ftes=Decimal(1)), as_of=date(2024, 6, 1))
        assert Status.FAILED == d.outcome
        assert Status.FAILED == d.check("membership.platinum.fte").status
        assert Status.PASSED == d.check("membership.platinum.approval").status
        assert Status.PASSED == d.check("dues.platinum.established").status

    def test_two_contributors_pass(self) -> None:
        """Two FTEs, Board approval and the $350k dues: PASSED."""
        d = check_platinum_requirements(_platinum(), as_of=date(2024, 6, 1))
        assert Status.PASSED == d.outcome
        assert "$350,000.00" in d.check("dues.platinum.established").reason

    def test_fractional_contributors(self) -> None:
        """1.99 FTE fails, 2.0 passes: the equivalent of two full-time contributors."""
        short = check_platinum_requirements(_platinum(ftes=Decimal("1.99")), as_of=OIF_LAUNCH)
        enough = check_platinum_requirements(_platinum(ftes=Decimal("2.0")), as_of=OIF_LAUNCH)
        assert Status.FAILED == short.check("membership.platinum.fte").status
        assert Status.PASSED == enough.check("membership.platinum.fte").status

    def test_missing_ftes_unknown(self) -> None:
        """Contributors not recorded: UNKNOWN, saying which fact is missing."""
        d = check_platinum_requirements(_platinum(ftes=None), as_of=date(2024, 6, 1))
        assert Status.UNKNOWN == d.outcome
        assert "not recorded" in d.check("membership.platinum.fte").reason

    def test_executive_director_approval_fails(self) -> None:
        """A Platinum admission approved by the Executive Director fails the Board clause."""
        m = _platinum(approver=Approver.EXECUTIVE_DIRECTOR)
        d = check_platinum_requirements(m, as_of=date(2024, 6, 1))
        assert Status.FAILED == d.check("membership.platinum.approval").status

    def test_approval_day_before_and_day_of(self) -> None:
        """Not approved yet on 2024-05-31 (FAILED); approved on 2024-06-01."""
        m = _platinum()
        before = check_platinum_requirements(m, as_of=date(2024, 5, 31))
        on = check_platinum_requirements(m, as_of=date(2024, 6, 1))
        assert Status.FAILED == before.check("membership.platinum.approval").status
        assert Status.PASSED == on.check("membership.platinum.approval").status

    def test_approver_not_recorded_unknown(self) -> None:
        """Approved, but by whom is not recorded: UNKNOWN."""
        d = check_platinum_requirements(_platinum(approver=None), as_of=date(2024, 6, 1))
        assert Status.UNKNOWN == d.check("membership.platinum.approval").status

    def test_2012_dues_are_500k(self) -> None:
        """In 2014 the Platinum dues clause cites the $500,000 of the 2012 model."""
        m = _platinum(signed=FIRST_DATE, approved=FIRST_DATE)
        d = check_platinum_requirements(m, as_of=date(2014, 1, 1))
        assert "$500,000.00" in d.check("dues.platinum.established").reason

    def test_gold_membership_not_applicable(self) -> None:
        """The Platinum requirements do not apply to a Gold membership."""
        assert (
            Status.NOT_APPLICABLE == check_platinum_requirements(_gold(), as_of=OIF_LAUNCH).outcome
        )


class TestPlatinumTerm:
    """Platinum terms: effective date and three-year renewal terms.

    Platinum Member Policy §1(a)-(b): effective January 1 following signature and approval
    (before 2024-03-12) or on approval (after); renewal terms "shall begin on January 1 of the
    calendar year after the end of the initial term and shall continue for three (3) years".
    """

    def test_signed_2023_starts_january_2024(self) -> None:
        """Signed and approved in 2023: the term starts 2024-01-01 and ends 2026-12-31."""
        m = _platinum(signed=date(2023, 5, 2), approved=date(2023, 6, 1))
        t = platinum_term(m, as_of=date(2024, 1, 1))
        assert (date(2024, 1, 1), date(2026, 12, 31)) == (t.start, t.last_day)
        assert Status.FAILED == platinum_term(m, as_of=date(2023, 12, 31)).decision.outcome

    def test_signed_2024_starts_on_approval(self) -> None:
        """Signed and approved in 2024: the term starts on approval, ends 2026-12-31."""
        t = platinum_term(_platinum(), as_of=date(2024, 6, 1))
        assert (date(2024, 6, 1), date(2026, 12, 31)) == (t.start, t.last_day)

    def test_renewal_term_follows(self) -> None:
        """Effective 2021-01-01: on 2024-01-01 the renewal term 2024 to 2026 is running."""
        m = _platinum(signed=date(2020, 10, 1), approved=date(2020, 10, 1))
        t = platinum_term(m, as_of=date(2024, 1, 1))
        assert (date(2024, 1, 1), date(2026, 12, 31)) == (t.start, t.last_day)
        t = platinum_term(m, as_of=date(2023, 12, 31))
        assert (date(2021, 1, 1), date(2023, 12, 31)) == (t.start, t.last_day)

    def test_class_b_initial_term(self) -> None:
        """A 2012 Class B member's initial term ended 2015-12-31; renewal to 2018-12-31."""
        m = _platinum(signed=FIRST_DATE, approved=FIRST_DATE, term_start=FIRST_DATE)
        t = platinum_term(m, as_of=date(2016, 3, 1), initial_term_end=date(2015, 12, 31))
        assert (date(2016, 1, 1), date(2018, 12, 31)) == (t.start, t.last_day)

    def test_recorded_end(self) -> None:
        """A recorded term_end cuts the term; after it the membership has ended."""
        m = _platinum(
            signed=date(2020, 10, 1), approved=date(2020, 10, 1), term_end=date(2021, 12, 31)
        )
        assert date(2021, 12, 31) == platinum_term(m, as_of=date(2021, 6, 1)).last_day
        assert Status.FAILED == platinum_term(m, as_of=date(2022, 1, 1)).decision.outcome

    def test_lf_era_unknown(self) -> None:
        """From the LF closing no source gives Platinum terms: UNKNOWN (known the day before)."""
        m = _platinum()
        assert Status.PASSED == platinum_term(m, as_of=LF_CLOSING - DAY).decision.outcome
        after = platinum_term(m, as_of=LF_CLOSING)
        assert Status.UNKNOWN == after.decision.outcome
        assert after.last_day is None

    def test_round_trip(self) -> None:
        """Terms and renewal values survive the converter."""
        t = platinum_term(_platinum(), as_of=date(2025, 1, 1))
        assert t == loads(dumps(t), PlatinumTerm)
        assert GoldRenewalTerms() == loads(dumps(GoldRenewalTerms()), GoldRenewalTerms)
        assert PlatinumRenewalTerms() == loads(dumps(PlatinumRenewalTerms()), PlatinumRenewalTerms)


class TestPlatinumRenewal:
    """Platinum renewal: notice 9-12 months before the end, answer 6 months before.

    §1(c): notice to the member "at least nine months (but not more than twelve months)
    prior to the last day of the term"; the member answers "on or before six months prior to
    the last day of the term".
    """

    M = _platinum(signed=date(2020, 10, 1), approved=date(2020, 10, 1))  # term 2021-2023
    AS_OF = date(2023, 12, 1)

    def test_schedule(self) -> None:
        """For a term ending 2023-12-31: notice 2022-12-31..2023-03-31, answer by 2023-06-30."""
        t = platinum_term(self.M, as_of=date(2022, 6, 1))
        assert date(2022, 12, 31) == t.notice_opens
        assert date(2023, 3, 31) == t.notice_closes
        assert date(2023, 6, 30) == t.answer_due

    @pytest.mark.parametrize(
        ("sent", "status"),
        [
            (date(2022, 12, 30), Status.FAILED),  # more than twelve months before
            (date(2022, 12, 31), Status.PASSED),
            (date(2023, 3, 31), Status.PASSED),
            (date(2023, 4, 1), Status.FAILED),  # less than nine months before
        ],
    )
    def test_notice_window(self, sent: date, status: Status) -> None:
        """The notice window's edges, each side."""
        d = check_platinum_renewal(self.M, as_of=self.AS_OF, notice_sent=sent)
        assert status == d.check("membership.platinum.renewal.notice").status

    @pytest.mark.parametrize(
        ("answered", "status"),
        [(date(2023, 6, 30), Status.PASSED), (date(2023, 7, 1), Status.FAILED)],
    )
    def test_answer_deadline(self, answered: date, status: Status) -> None:
        """The member's answer on the last day passes; the day after fails."""
        d = check_platinum_renewal(self.M, as_of=self.AS_OF, answered=answered)
        assert status == d.check("membership.platinum.renewal.answer").status

    def test_missing_steps(self) -> None:
        """Missing steps are UNKNOWN before their deadline, FAILED after."""
        early = check_platinum_renewal(self.M, as_of=date(2022, 6, 1))
        late = check_platinum_renewal(self.M, as_of=date(2023, 7, 1))
        assert Status.UNKNOWN == early.outcome
        assert Status.FAILED == late.check("membership.platinum.renewal.answer").status
        assert Status.FAILED == late.check("membership.platinum.renewal.notice").status

    @given(st.dates(min_value=date(2021, 1, 1), max_value=date(2025, 5, 31)))
    def test_deadlines_ordered(self, day: date) -> None:
        """Notice opens before it closes, which is before the answer, before the term ends."""
        t = platinum_term(self.M, as_of=day)
        assert t.notice_opens is not None
        assert t.notice_closes is not None
        assert t.answer_due is not None
        assert t.last_day is not None
        assert t.notice_opens < t.notice_closes < t.answer_due < t.last_day


class TestGoldApproval:
    """Gold admission approval: the Board, then the Executive Director.

    Gold admission: approved by the Board in the early years (2012, 2016 approvals); by the
    Executive Director in the 2021+ Gold Member Policy §1(a).
    """

    def test_board_2016(self) -> None:
        """A 2016 Board approval passes."""
        assert Status.PASSED == check_gold_approval(_gold(), as_of=date(2017, 1, 1)).outcome

    def test_executive_director_before_and_after_launch(self) -> None:
        """Executive Director approval fails on 2020-12-31 and passes on 2021-01-01."""
        before = _gold(approved=OIF_LAUNCH - DAY, approver=Approver.EXECUTIVE_DIRECTOR)
        on = _gold(approved=OIF_LAUNCH, approver=Approver.EXECUTIVE_DIRECTOR)
        assert Status.FAILED == check_gold_approval(before, as_of=date(2022, 1, 1)).outcome
        assert Status.PASSED == check_gold_approval(on, as_of=date(2022, 1, 1)).outcome

    def test_board_after_launch_is_unknown_not_failed(self) -> None:
        """Item 3: a Board approval in 2022 is UNKNOWN, not FAILED.

        §4.5 has the Board act on new Gold members; APP3 §1(a) still names the Executive
        Director for the effective date, whose approval is not recorded. The reason names both.
        """
        m = _gold(approved=date(2022, 3, 1), approver=Approver.BOARD)
        d = check_gold_approval(m, as_of=date(2022, 6, 1))
        assert Status.UNKNOWN == d.outcome
        reason = d.checks[0].reason
        assert ("§4.5", "§1(a)", "Executive Director") == tuple(
            k for k in ("§4.5", "§1(a)", "Executive Director") if k in reason
        )

    def test_executive_director_after_launch_passes(self) -> None:
        """The Executive Director's approval in 2022 meets APP3 §1(a)."""
        m = _gold(approved=date(2022, 3, 1), approver=Approver.EXECUTIVE_DIRECTOR)
        assert Status.PASSED == check_gold_approval(m, as_of=date(2022, 6, 1)).outcome

    def test_lf_era_unknown(self) -> None:
        """An admission approved after the LF closing: no source names the approver."""
        m = _gold(approved=LF_CLOSING, approver=Approver.EXECUTIVE_DIRECTOR)
        assert Status.UNKNOWN == check_gold_approval(m, as_of=LF_CLOSING).outcome

    def test_approver_missing(self) -> None:
        """The approver not recorded: UNKNOWN."""
        m = _gold(approver=None)
        assert Status.UNKNOWN == check_gold_approval(m, as_of=date(2017, 1, 1)).outcome

    def test_2012_board_window_marked_once(self) -> None:
        """The 2012 Board window's citation says "[paraphrased]" once (the section held it too)."""
        m = _gold(approved=date(2012, 9, 2), approver=None)
        d = check_gold_approval(m, as_of=date(2013, 1, 1))
        cite = d.checks[0].citation
        assert (1, 1, "paraphrased") == (
            str(cite).count("[paraphrased]"),
            d.explain().count("[paraphrased]"),
            cite.confidence.value if cite.confidence else None,
        )


class TestGoldRenewal:
    """Gold renewal: notice by November 1, else the term ends December 31.

    Gold Member Policy §1(b): notice "by November 1 of each calendar year", otherwise the
    term "will automatically terminate upon December 31 of such year".
    """

    M = _gold(approved=date(2021, 3, 1), approver=Approver.EXECUTIVE_DIRECTOR)

    def test_november_1_renews(self) -> None:
        """Notice on November 1 renews."""
        d = check_gold_renewal(self.M, as_of=date(2023, 11, 2), notice_given=date(2023, 11, 1))
        assert Status.PASSED == d.outcome

    def test_november_2_ends_the_term(self) -> None:
        """Notice on November 2 is late: the term ends December 31."""
        d = check_gold_renewal(self.M, as_of=date(2023, 11, 2), notice_given=date(2023, 11, 2))
        assert Status.FAILED == d.outcome
        assert "2023-12-31" in d.checks[0].reason

    def test_no_notice_yet(self) -> None:
        """No notice: UNKNOWN on November 1, FAILED on November 2."""
        on = check_gold_renewal(self.M, as_of=date(2023, 11, 1), notice_given=None)
        after = check_gold_renewal(self.M, as_of=date(2023, 11, 2), notice_given=None)
        assert Status.UNKNOWN == on.outcome
        assert Status.FAILED == after.outcome

    def test_last_years_notice_does_not_count(self) -> None:
        """A notice given in 2022 does not renew for 2023."""
        d = check_gold_renewal(self.M, as_of=date(2023, 12, 1), notice_given=date(2022, 10, 1))
        assert Status.FAILED == d.outcome

    def test_lf_era_unknown(self) -> None:
        """The LF charter has no renewal clause: UNKNOWN from 2025-06-01."""
        before = check_gold_renewal(self.M, as_of=LF_CLOSING - DAY, notice_given=None)
        after = check_gold_renewal(self.M, as_of=LF_CLOSING, notice_given=date(2025, 6, 1))
        assert Status.UNKNOWN == before.outcome
        assert Status.UNKNOWN == after.outcome
        assert "no Gold renewal clause" in after.checks[0].reason

    def test_platinum_not_applicable(self) -> None:
        """The Gold renewal clause does not apply to Platinum."""
        d = check_gold_renewal(_platinum(), as_of=date(2024, 11, 2), notice_given=None)
        assert Status.NOT_APPLICABLE == d.outcome


def _many(tier: Tier, n: int, start: date = FIRST_DATE) -> list[Membership]:
    return [
        Membership(
            organization=f"{tier.value[0]}{i}",
            tier=tier,
            fee_level=FeeLevel.ESTABLISHED,
            signed=start,
            term_start=start,
        )
        for i in range(n)
    ]


class TestMemberCaps:
    """Caps on the number of Platinum and Gold members.

    Before 2021: at most eight Platinum [inferred] and twenty-four Gold Members [quoted,
    2016]. Bylaws §2.3(c), §2.4(c) (2021+): "shall not be limited", "no limit".
    """

    def test_at_the_caps(self) -> None:
        """8 Platinum and 24 Gold on 2020-12-31 pass."""
        d = check_member_caps(
            _many(Tier.PLATINUM, 8) + _many(Tier.GOLD, 24), as_of=OIF_LAUNCH - DAY
        )
        assert Status.PASSED == d.outcome

    @pytest.mark.parametrize(("tier", "n"), [(Tier.PLATINUM, 9), (Tier.GOLD, 25)])
    def test_over_the_cap_before_and_after_launch(self, tier: Tier, n: int) -> None:
        """One over the cap fails on 2020-12-31; on 2021-01-01 there is no cap."""
        rule = f"membership.{tier.value}.cap"
        ms = _many(tier, n)
        assert Status.FAILED == check_member_caps(ms, as_of=OIF_LAUNCH - DAY).check(rule).status
        assert Status.NOT_APPLICABLE == check_member_caps(ms, as_of=OIF_LAUNCH).check(rule).status

    def test_only_memberships_in_force_count(self) -> None:
        """A ninth Platinum member not yet in force does not break the cap."""
        later = Membership(
            organization="late",
            tier=Tier.PLATINUM,
            signed=date(2016, 1, 1),
            term_start=date(2016, 1, 1),
        )
        ms = [*_many(Tier.PLATINUM, 8), later]
        rule = "membership.platinum.cap"
        assert Status.PASSED == check_member_caps(ms, as_of=date(2015, 12, 31)).check(rule).status
        assert Status.FAILED == check_member_caps(ms, as_of=date(2016, 1, 1)).check(rule).status

    @given(p=st.integers(0, 12), g=st.integers(0, 30), day=st.dates(FIRST_DATE, date(2030, 1, 1)))
    def test_cap_outcome_matches_counts(self, p: int, g: int, day: date) -> None:
        """FAILED exactly when a count exceeds the cap of the day."""
        d = check_member_caps(_many(Tier.PLATINUM, p) + _many(Tier.GOLD, g), as_of=day)
        over = day < OIF_LAUNCH and (p > 8 or g > 24)
        assert over == (Status.FAILED == d.outcome)


class TestLinuxFoundationMembership:
    """LF charter section 2(a).

    From 2025-06-01 every Platinum, Gold, Silver and Associate Member "must be current corporate
    members of the LF (at any level)".
    """

    LF = LinuxFoundationMembership(
        level=LinuxFoundationLevel.GOLD, since=date(2025, 1, 1), until=date(2026, 1, 1)
    )

    def test_day_before_and_day_of_closing(self) -> None:
        """Without LF membership: NOT_APPLICABLE on 2025-05-31, FAILED on 2025-06-01."""
        m = _gold(approved=date(2021, 3, 1), approver=Approver.EXECUTIVE_DIRECTOR)
        before = check_lf_membership(m, as_of=LF_CLOSING - DAY)
        on = check_lf_membership(m, as_of=LF_CLOSING)
        assert Status.NOT_APPLICABLE == before.outcome
        assert Status.FAILED == on.outcome

    def test_current_and_lapsed(self) -> None:
        """A current LF membership passes; one that ended on 2026-01-01 fails from that day."""
        m = Membership(
            organization="acme",
            tier=Tier.PLATINUM,
            signed=date(2025, 6, 1),
            linux_foundation=self.LF,
        )
        assert Status.PASSED == check_lf_membership(m, as_of=date(2025, 12, 31)).outcome
        assert Status.FAILED == check_lf_membership(m, as_of=date(2026, 1, 1)).outcome


class TestBoardApprovalCalendar:
    """Item 3, bylaws §4.5: the Board's calendar for approving new Gold and Platinum members.

    The Board acts "within twenty five days of the end of the calendar year"; from the text of
    2024-03-12 also "(or as otherwise necessary)".
    """

    @staticmethod
    def _platinum(approved: date) -> Membership:
        """A Board-approved Platinum membership."""
        return Membership(
            organization="x",
            tier=Tier.PLATINUM,
            signed=approved - timedelta(days=30),
            approved=approved,
            approver=Approver.BOARD,
        )

    @staticmethod
    def _timing(approved: date, as_of: date) -> Status:
        """The outcome of the §4.5 check for a Platinum approval on ``approved``."""
        return check_board_approval_timing(
            TestBoardApprovalCalendar._platinum(approved), as_of=as_of
        ).outcome

    def test_january_25_inside_january_26_outside(self) -> None:
        """2023-01-25 is 25 days after 2022-12-31 (PASSED); 2023-01-26 is not (UNKNOWN)."""
        inside = check_board_approval_timing(
            self._platinum(date(2023, 1, 25)), as_of=date(2023, 6, 1)
        )
        outside = check_board_approval_timing(
            self._platinum(date(2023, 1, 26)), as_of=date(2023, 6, 1)
        )
        assert (Status.PASSED, Status.UNKNOWN) == (inside.outcome, outside.outcome)

    def test_december_6_inside_december_5_outside(self) -> None:
        """2022-12-06 is 25 days before the year's end; 2022-12-05 is 26."""
        inside = check_board_approval_timing(
            self._platinum(date(2022, 12, 6)), as_of=date(2023, 6, 1)
        )
        outside = check_board_approval_timing(
            self._platinum(date(2022, 12, 5)), as_of=date(2023, 6, 1)
        )
        assert (Status.PASSED, Status.UNKNOWN) == (inside.outcome, outside.outcome)

    def test_as_otherwise_necessary_from_2024_03_12(self) -> None:
        """A June approval: silent text the day before 2024-03-12's text, allowed from it."""
        before = self._timing(date(2024, 3, 11), date(2024, 6, 1))
        on = self._timing(date(2024, 3, 12), date(2024, 6, 1))
        assert (Status.UNKNOWN, Status.PASSED) == (before, on)

    def test_lf_era_unknown(self) -> None:
        """The LF charter has no approval calendar."""
        assert Status.UNKNOWN == self._timing(date(2025, 6, 2), date(2025, 7, 1))
