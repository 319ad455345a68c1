"""Meetings and votes: quorum, majorities, consent, special meetings, removal, amendments."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import InvalidInputError, Status
from openinfra_model.board import (
    ClassVote,
    Meeting,
    MeetingCaller,
    MemberClass,
    amendment_classes,
    check_bylaws_amendment,
    check_charter_amendment,
    check_quorum,
    check_removal_for_cause,
    check_resolution,
    check_special_meeting_call,
    check_written_consent,
)
from openinfra_model.board.meetings import Threshold

DELAWARE = date(2022, 3, 1)
LF = date(2026, 3, 1)


class TestThreshold:
    """Shares of a base, strict ("more than") or not ("at least")."""

    @given(st.integers(1, 30), st.integers(1, 30), st.booleans(), st.integers(0, 200_000))
    def test_needed_is_the_smallest_count_meeting_it(
        self,
        num: int,
        den: int,
        strict: bool,  # noqa: FBT001  (a Hypothesis-drawn argument)
        base: int,
    ) -> None:
        """needed(base) meets the threshold and one fewer does not."""
        t = Threshold(Fraction(min(num, den), den), strict=strict)
        n = t.needed(base)

        def meets(k: int) -> bool:
            return k > t.share * base if strict else k >= t.share * base

        assert meets(n)
        assert not meets(n - 1)


class TestQuorum:
    """§4.9: a majority of the directors in office; charter §4: at least fifty percent."""

    def test_half_is_not_a_majority_in_delaware_period(self) -> None:
        """12 of 24 is no quorum on 2025-05-31, and a quorum on 2025-06-01."""
        assert Status.FAILED == check_quorum(12, 24, as_of=date(2025, 5, 31)).outcome
        assert Status.PASSED == check_quorum(12, 24, as_of=date(2025, 6, 1)).outcome

    def test_majority_passes(self) -> None:
        """13 of 24 is a quorum."""
        assert Status.PASSED == check_quorum(13, 24, as_of=DELAWARE).outcome

    def test_more_present_than_in_office_refused(self) -> None:
        """Bad counts are refused, naming the field."""
        with pytest.raises(InvalidInputError) as err:
            check_quorum(25, 24, as_of=DELAWARE)
        assert ("present",) == err.value.paths

    def test_negative_refused(self) -> None:
        """A negative count is refused."""
        with pytest.raises(InvalidInputError):
            check_quorum(-1, 24, as_of=DELAWARE)


class TestResolution:
    """§4.10: "the vote of a majority of those present shall be sufficient"."""

    def test_majority_of_present(self) -> None:
        """8 of 14 present passes; 7 of 14 (a tie) fails."""
        assert Status.PASSED == check_resolution(8, 14, 24, as_of=DELAWARE).outcome
        assert Status.FAILED == check_resolution(7, 14, 24, as_of=DELAWARE).outcome

    def test_no_quorum_fails(self) -> None:
        """A unanimous vote of too few directors fails for want of a quorum."""
        d = check_resolution(10, 10, 24, as_of=DELAWARE)
        assert Status.FAILED == d.check("board.quorum").status
        assert Status.PASSED == d.check("board.action").status


class TestWrittenConsent:
    """§4.11: written consent of all directors; LF: an electronic majority of all."""

    def test_unanimity_needed_in_delaware_period(self) -> None:
        """26 of 27 is not enough; 27 of 27 is."""
        assert Status.FAILED == check_written_consent(26, 27, as_of=DELAWARE).outcome
        assert Status.PASSED == check_written_consent(27, 27, as_of=DELAWARE).outcome

    def test_electronic_majority_in_lf_period(self) -> None:
        """13 of 24 suffices in the LF era; 12 does not."""
        assert Status.PASSED == check_written_consent(13, 24, as_of=LF).outcome
        assert Status.FAILED == check_written_consent(12, 24, as_of=LF).outcome


class TestSpecialMeeting:
    """§4.6: called by the Chair, the Executive Director or two thirds of the directors."""

    def test_chair_may_call(self) -> None:
        """The Chair alone may call one."""
        d = check_special_meeting_call(MeetingCaller.CHAIR, as_of=DELAWARE)
        assert Status.PASSED == d.outcome

    def test_two_thirds_of_directors(self) -> None:
        """16 of 24 directors may call one; 15 may not."""
        ok = check_special_meeting_call(
            MeetingCaller.DIRECTORS, directors_calling=16, in_office=24, as_of=DELAWARE
        )
        short = check_special_meeting_call(
            MeetingCaller.DIRECTORS, directors_calling=15, in_office=24, as_of=DELAWARE
        )
        assert (Status.PASSED, Status.FAILED) == (ok.outcome, short.outcome)

    def test_lf_period_unknown(self) -> None:
        """The charter has no special-meeting clause in our sources: UNKNOWN."""
        d = check_special_meeting_call(MeetingCaller.CHAIR, as_of=LF)
        assert Status.UNKNOWN == d.outcome


def _meetings(pattern: str, start: date = date(2020, 1, 15)) -> list[Meeting]:
    """Quarterly meetings; 'x' attended, '.' missed."""
    return [
        Meeting(
            held_on=start + relativedelta(months=3 * i),
            attended=frozenset({"d"}) if c == "x" else frozenset(),
        )
        for i, c in enumerate(pattern)
    ]


class TestRemovalForCause:
    """§4.4: cause is three missed in a row, or more than half missed in 24 months.

    (i) failure to attend three consecutive Board meetings, (ii) failure to attend more than
    half of the Board meetings within any twenty-four month period.
    """

    def test_three_consecutive(self) -> None:
        """Missing three in a row establishes cause (i)."""
        d = check_removal_for_cause("d", _meetings("xx...xxxxx"), as_of=date(2023, 1, 1))
        assert Status.PASSED == d.check("board.removal.cause.consecutive").status

    def test_two_consecutive_is_not_cause(self) -> None:
        """Two in a row, then attending, is no cause (i); nor (ii) with half missed."""
        d = check_removal_for_cause("d", _meetings("x..xx..xxxxx"), as_of=date(2023, 6, 1))
        assert Status.FAILED == d.outcome

    def test_last_meetings_of_a_period_can_tip_it(self) -> None:
        """4 of the 7 meetings from April 2020 were missed: cause (ii), never three in a row."""
        d = check_removal_for_cause("d", _meetings("x..xx..x"), as_of=date(2023, 1, 1))
        assert Status.PASSED == d.check("board.removal.cause.half").status

    def test_more_than_half_in_24_months(self) -> None:
        """Missing 5 of 8 quarterly meetings (never three in a row) establishes cause (ii)."""
        d = check_removal_for_cause("d", _meetings(".x..x.x."), as_of=date(2023, 1, 1))
        assert Status.PASSED == d.check("board.removal.cause.half").status
        assert Status.NOT_APPLICABLE == d.check("board.removal.cause.consecutive").status

    def test_early_misses_within_a_full_period(self) -> None:
        """2 of the first 3 missed, then attending: a complete period holds 2 of 8 missed."""
        d = check_removal_for_cause("d", _meetings(".x.xxxxx"), as_of=date(2023, 1, 1))
        assert Status.FAILED == d.check("board.removal.cause.half").status

    def test_period_must_be_complete(self) -> None:
        """Five of eight missed but the 24 months are not over on the day asked: no cause (ii)."""
        d = check_removal_for_cause("d", _meetings(".x..x.x."), as_of=date(2021, 12, 31))
        assert Status.FAILED == d.check("board.removal.cause.half").status
        later = check_removal_for_cause("d", _meetings(".x..x.x."), as_of=date(2022, 1, 14))
        assert Status.PASSED == later.check("board.removal.cause.half").status

    def test_meetings_outside_term_ignored(self) -> None:
        """Meetings before the term and after the date asked are not counted."""
        ms = _meetings("...xxxxx")
        d = check_removal_for_cause("d", ms, as_of=date(2023, 1, 1), since=date(2020, 10, 1))
        assert Status.FAILED == d.outcome

    def test_lf_period_unknown(self) -> None:
        """The charter has no removal-for-cause clause in our sources."""
        assert Status.UNKNOWN == check_removal_for_cause("d", [], as_of=LF).outcome

    @given(st.text(alphabet="x.", max_size=12))
    def test_consecutive_matches_substring(self, pattern: str) -> None:
        """Cause (i) holds exactly when the pattern has three misses in a row."""
        d = check_removal_for_cause("d", _meetings(pattern), as_of=date(2024, 1, 1))
        ids = {c.rule_id: c.status for c in d.checks}
        expected = Status.PASSED if "..." in pattern else None
        if expected is Status.PASSED:
            assert Status.PASSED == ids["board.removal.cause.consecutive"]
        else:
            assert Status.PASSED != ids["board.removal.cause.consecutive"]


class TestAmendmentClasses:
    """§9.2: which classes must approve an amendment, by the sections it touches."""

    def test_individual_sections(self) -> None:
        """§4.2(d) needs the Individual class only (§9.2(a))."""
        assert {MemberClass.INDIVIDUAL: "9.2(a)"} == amendment_classes(["4.2(d)"])

    def test_shared_section_4_4(self) -> None:
        """§4.4 (removal) needs all three classes under (a), (b), (c)."""
        assert {
            MemberClass.INDIVIDUAL: "9.2(a)",
            MemberClass.GOLD: "9.2(b)",
            MemberClass.PLATINUM: "9.2(c)",
        } == amendment_classes(["4.4"])

    def test_article_ii_needs_9_2_d(self) -> None:
        """Article II sections need the §9.2(d) votes."""
        assert "9.2(d)" == amendment_classes(["2.5"])[MemberClass.GOLD]

    def test_board_only(self) -> None:
        """Sections outside §9.2 need the board alone."""
        assert {} == amendment_classes(["4.16"])

    def test_sub_sections_are_covered(self) -> None:
        """Amending §4.15(a) amends §4.15, so the §9.2(d) votes are needed."""
        assert "9.2(d)" == amendment_classes(["4.15(a)"])[MemberClass.PLATINUM]
        assert {MemberClass.INDIVIDUAL, MemberClass.GOLD} == set(amendment_classes(["3.5"]))

    def test_2012_numbering_of_the_diversity_clause(self) -> None:
        """Before 2021 the diversity clause is §4.17: it needs the §9.2(d) votes then [I]."""
        assert "9.2(d)" == amendment_classes(["4.17"], as_of=date(2014, 6, 1))[MemberClass.GOLD]
        assert {} == amendment_classes(["4.17"], as_of=date(2022, 6, 1))

    def test_unknown_label_is_refused(self) -> None:
        """A label that is no section cannot silently need nothing beyond the board."""
        with pytest.raises(InvalidInputError) as err:
            amendment_classes(["4.2(d)", "bogus"])
        assert ("sections[1]",) == err.value.paths


class TestBylawsAmendment:
    """§9.1: two thirds of the directors present with a quorum; §9.2: the class votes."""

    def test_board_two_thirds(self) -> None:
        """14 of 21 present is two thirds; 13 is not."""
        ok = check_bylaws_amendment(["4.16"], yes=14, present=21, in_office=24, as_of=DELAWARE)
        short = check_bylaws_amendment(["4.16"], yes=13, present=21, in_office=24, as_of=DELAWARE)
        assert (Status.PASSED, Status.FAILED) == (ok.outcome, short.outcome)

    def test_missing_class_vote_unknown(self) -> None:
        """An amendment needing a class vote that is not given is UNKNOWN."""
        d = check_bylaws_amendment(["4.2(c)"], yes=20, present=20, in_office=24, as_of=DELAWARE)
        assert Status.UNKNOWN == d.outcome

    def test_turnout_25_percent_before_2015(self) -> None:
        """On 2015-01-15 a 16% turnout fails (25% needed); on 2015-01-16 it passes (10%)."""
        vote = ClassVote(member_class=MemberClass.INDIVIDUAL, yes=2000, no=720, eligible=17000)
        before = check_bylaws_amendment(
            ["4.2(d)"],
            yes=20,
            present=20,
            in_office=24,
            class_votes=[vote],
            as_of=date(2015, 1, 15),
        )
        after = check_bylaws_amendment(
            ["4.2(d)"],
            yes=20,
            present=20,
            in_office=24,
            class_votes=[vote],
            as_of=date(2015, 1, 16),
        )
        assert Status.FAILED == before.check("board.amendment.individual").status
        assert "25%" in before.check("board.amendment.individual").citation.quote  # type: ignore[operator]
        assert Status.PASSED == after.outcome

    def test_gold_majority_of_those_voting(self) -> None:
        """Gold (§9.2(b)): 5 for, 4 against of 19 members passes."""
        v = ClassVote(member_class=MemberClass.GOLD, yes=5, no=4, eligible=19)
        d = check_bylaws_amendment(
            ["4.2(c)"], yes=20, present=20, in_office=24, class_votes=[v], as_of=DELAWARE
        )
        assert Status.PASSED == d.outcome

    def test_platinum_majority_of_class(self) -> None:
        """Platinum (§9.2(c)): 4 of 9 members for fails even with no votes against."""
        v = ClassVote(member_class=MemberClass.PLATINUM, yes=4, no=0, eligible=9)
        d = check_bylaws_amendment(
            ["4.2(b)"], yes=20, present=20, in_office=24, class_votes=[v], as_of=DELAWARE
        )
        assert Status.FAILED == d.outcome

    def test_9_2_d_two_thirds_of_classes(self) -> None:
        """§9.2(d): 6 of 9 Platinum and 13 of 19 Gold pass; 12 of 19 Gold does not."""
        votes = [
            ClassVote(member_class=MemberClass.PLATINUM, yes=6, no=3, eligible=9),
            ClassVote(member_class=MemberClass.GOLD, yes=13, no=0, eligible=19),
            ClassVote(member_class=MemberClass.INDIVIDUAL, yes=600, no=400, eligible=9000),
        ]
        ok = check_bylaws_amendment(
            ["4.15"], yes=20, present=20, in_office=24, class_votes=votes, as_of=DELAWARE
        )
        assert Status.PASSED == ok.outcome
        votes[1] = ClassVote(member_class=MemberClass.GOLD, yes=12, no=0, eligible=19)
        short = check_bylaws_amendment(
            ["4.15"], yes=20, present=20, in_office=24, class_votes=votes, as_of=DELAWARE
        )
        assert Status.FAILED == short.check("board.amendment.gold").status

    def test_duplicate_class_vote_refused(self) -> None:
        """Two votes of one class are bad input."""
        v = ClassVote(member_class=MemberClass.GOLD, yes=5, no=4, eligible=19)
        with pytest.raises(InvalidInputError) as err:
            check_bylaws_amendment(
                ["4.2(c)"], yes=20, present=20, in_office=24, class_votes=[v, v], as_of=DELAWARE
            )
        assert ("class_votes[1]",) == err.value.paths

    def test_more_votes_than_voters_refused(self) -> None:
        """A class vote with more ballots than members is refused."""
        with pytest.raises(InvalidInputError):
            ClassVote(member_class=MemberClass.GOLD, yes=15, no=5, eligible=19)

    def test_not_applicable_in_lf_period(self) -> None:
        """From 2025-06-01 the bylaws no longer govern."""
        d = check_bylaws_amendment(["4.16"], yes=20, present=20, in_office=24, as_of=LF)
        assert Status.NOT_APPLICABLE == d.outcome


class TestCharterAmendment:
    """Charter §12: two thirds of the representatives, subject to LF approval."""

    def test_two_thirds_then_lf(self) -> None:
        """16 of 24 with LF approval passes; without the LF's answer it is UNKNOWN."""
        assert Status.PASSED == check_charter_amendment(16, 24, lf_approved=True, as_of=LF).outcome
        assert (
            Status.UNKNOWN == check_charter_amendment(16, 24, lf_approved=None, as_of=LF).outcome
        )
        assert (
            Status.FAILED == check_charter_amendment(16, 24, lf_approved=False, as_of=LF).outcome
        )

    def test_fifteen_of_24_fails(self) -> None:
        """15 of 24 is short of two thirds."""
        assert Status.FAILED == check_charter_amendment(15, 24, lf_approved=True, as_of=LF).outcome

    def test_before_closing_not_applicable(self) -> None:
        """On 2025-05-31 the charter does not govern yet."""
        d = check_charter_amendment(16, 24, lf_approved=True, as_of=date(2025, 5, 31))
        assert Status.NOT_APPLICABLE == d.outcome
