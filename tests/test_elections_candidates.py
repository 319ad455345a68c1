"""Individual board candidates (bylaws §4.2(d), §4.17; LF election procedures §2)."""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest

from openinfra_model import Individual, IndividualStatus, InvalidInputError, Status
from openinfra_model.elections import history as h
from openinfra_model.elections.candidates import Candidacy, Nomination, check_board_candidate
from openinfra_model.elections.model import DayRange

FM = IndividualStatus.FOUNDATION_MEMBER
MEMBERS = {
    f"m{i}": Individual(
        id=f"m{i}",
        name=f"m{i}",
        status=FM,
        member_since=date(2020, 1, 1),
        oif_agreement_signed=date(2025, 6, 2),
    )
    for i in range(12)
}
MEMBERS["late"] = Individual(id="late", name="late", status=FM, member_since=date(2024, 12, 20))
MEMBERS["comm"] = Individual(id="comm", name="comm", status=IndividualStatus.COMMUNITY)


def candidacy(
    election: str, received: date, *, n: int = 10, done: date | None = None, who: str = "m0"
) -> Candidacy:
    """A candidacy of ``who`` with ``n`` nominations from m1.. received on one day."""
    return Candidacy(
        candidate=who,
        election=election,
        nominations=tuple(
            Nomination(nominator=f"m{i}", received=received) for i in range(1, n + 1)
        ),
        application_completed=done,
    )


class TestDelawareNominees:
    """§4.2(d): ten Individual Members, good standing, application, 30 days before."""

    OPENS = h.INDIVIDUAL_2025.voting.first  # 2025-01-13; nominations by 2024-12-14

    def test_complete_candidacy_passes(self) -> None:
        """Ten timely nominations and an application give a PASSED decision."""
        c = candidacy("2025-individual", date(2024, 12, 14), done=date(2024, 12, 20))
        assert (
            Status.PASSED
            == check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS).outcome
        )

    def test_nine_nominations_fail(self) -> None:
        """Nine nominating members are not enough."""
        c = candidacy("2025-individual", date(2024, 12, 1), n=9, done=date(2024, 12, 20))
        d = check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS)
        assert Status.FAILED == d.check("elections.candidate.nominators").status

    def test_duplicate_nominator_counts_once(self) -> None:
        """The same member nominating twice counts once."""
        base = candidacy("2025-individual", date(2024, 12, 1), n=9, done=date(2024, 12, 20))
        c = Candidacy(
            candidate="m0",
            election="2025-individual",
            nominations=(
                *base.nominations,
                Nomination(nominator="m1", received=date(2024, 12, 2)),
            ),
            application_completed=date(2024, 12, 20),
        )
        d = check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS)
        assert Status.FAILED == d.check("elections.candidate.nominators").status

    def test_community_nominator_does_not_count(self) -> None:
        """A Community account's nomination is not a member's."""
        base = candidacy("2025-individual", date(2024, 12, 1), n=9, done=date(2024, 12, 20))
        c = Candidacy(
            candidate="m0",
            election="2025-individual",
            nominations=(
                *base.nominations,
                Nomination(nominator="comm", received=date(2024, 12, 2)),
            ),
            application_completed=date(2024, 12, 20),
        )
        d = check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS)
        assert "not members: comm" in d.check("elections.candidate.nominators").reason

    def test_nomination_on_day_30_is_in_time(self) -> None:
        """Received 2024-12-14, thirty days before 2025-01-13: in time (day of)."""
        c = candidacy("2025-individual", self.OPENS - timedelta(days=30), done=date(2024, 12, 20))
        d = check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS)
        assert Status.PASSED == d.check("elections.candidate.nomination_deadline").status

    def test_nomination_on_day_29_is_late(self) -> None:
        """Received 2024-12-15: late (day after)."""
        c = candidacy("2025-individual", self.OPENS - timedelta(days=29), done=date(2024, 12, 20))
        d = check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS)
        assert Status.FAILED == d.check("elections.candidate.nomination_deadline").status
        assert Status.PASSED == d.check("elections.candidate.nominators").status

    def test_nominee_not_in_good_standing(self) -> None:
        """A Community account cannot stand."""
        c = candidacy("2025-individual", date(2024, 12, 1), done=date(2024, 12, 20), who="comm")
        d = check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS)
        assert Status.FAILED == d.check("elections.candidate.good_standing").status

    def test_no_waiting_period_for_candidates(self) -> None:
        """A member of three weeks may stand (no 180 days for candidates)."""
        c = candidacy("2025-individual", date(2024, 12, 1), done=date(2024, 12, 20), who="late")
        d = check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS)
        assert Status.PASSED == d.check("elections.candidate.good_standing").status

    def test_missing_application_fails(self) -> None:
        """Without a completed application the candidate is not on the ballot."""
        c = candidacy("2025-individual", date(2024, 12, 1))
        d = check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS)
        assert Status.FAILED == d.check("elections.candidate.application").status


class TestLfNominees:
    """LF election procedures §2: the 2026 schedule (application by 2025-12-19)."""

    def test_application_on_deadline_passes(self) -> None:
        """Completed on 2025-12-19: in time (day of)."""
        c = candidacy("2026-individual", date(2025, 12, 12), done=date(2025, 12, 19))
        assert (
            Status.PASSED
            == check_board_candidate(c, election=h.INDIVIDUAL_2026, members=MEMBERS).outcome
        )

    def test_application_day_after_deadline_fails(self) -> None:
        """Completed on 2025-12-20: late (day after)."""
        c = candidacy("2026-individual", date(2025, 12, 12), done=date(2025, 12, 20))
        d = check_board_candidate(c, election=h.INDIVIDUAL_2026, members=MEMBERS)
        assert Status.FAILED == d.check("elections.candidate.application").status

    def test_nominations_after_window_close_are_late(self) -> None:
        """Received 2025-12-13, after the window closed on 2025-12-12 (within 30 days)."""
        c = candidacy("2026-individual", date(2025, 12, 13), done=date(2025, 12, 19))
        d = check_board_candidate(c, election=h.INDIVIDUAL_2026, members=MEMBERS)
        assert Status.FAILED == d.check("elections.candidate.nomination_deadline").status

    def test_nominee_without_oif_agreement_fails(self) -> None:
        """In the LF era the nominee must be an OIF Individual Member."""
        c = candidacy("2026-individual", date(2025, 12, 1), done=date(2025, 12, 19), who="late")
        d = check_board_candidate(c, election=h.INDIVIDUAL_2026, members=MEMBERS)
        assert Status.FAILED == d.check("elections.candidate.good_standing").status


class TestBadCandidacies:
    """Malformed input raises, naming the field."""

    def test_candidacy_for_another_election(self) -> None:
        """A candidacy's election must be the one checked."""
        c = candidacy("2024-individual", date(2024, 12, 1))
        with pytest.raises(InvalidInputError) as err:
            check_board_candidate(c, election=h.INDIVIDUAL_2025, members=MEMBERS)
        assert ("candidacy.election",) == err.value.paths

    def test_gold_election_has_no_individual_nominations(self) -> None:
        """Gold selector elections have no Individual nominations."""
        c = candidacy("2014-gold", date(2013, 12, 1))
        with pytest.raises(InvalidInputError) as err:
            check_board_candidate(c, election=h.GOLD_2014, members=MEMBERS)
        assert ("election.kind",) == err.value.paths


MEMBERS_2012 = {
    f"f{i}": Individual(id=f"f{i}", name=f"f{i}", status=FM, member_since=date(2012, 7, 20))
    for i in range(11)
}


def candidacy_2012(received: date) -> Candidacy:
    """f0 nominated by f1..f10 on one day, application on 2012-08-10."""
    return Candidacy(
        candidate="f0",
        election="2012-individual",
        nominations=tuple(Nomination(nominator=f"f{i}", received=received) for i in range(1, 11)),
        application_completed=date(2012, 8, 10),
    )


class TestInitialMeetingNominees:
    """§4.2(d): nominations for the initial 2012 special meeting 14 days before it.

    "For the initial special meeting to elect Individual Directors, nominations must be received
    by the Secretary at least fourteen (14) days prior to the meeting."
    """

    def test_item_2_2012_nominations_by_august_6_pass(self) -> None:
        """Issue 11 item 2: nominations received 2012-08-06 (14 days before) are in time."""
        d = check_board_candidate(
            candidacy_2012(date(2012, 8, 6)), election=h.INDIVIDUAL_2012, members=MEMBERS_2012
        )
        assert Status.PASSED == d.outcome
        assert "10 of them received by 2012-08-06 (needs 10)" == (
            d.check("elections.candidate.nomination_deadline").reason
        )

    def test_2012_nominations_on_august_7_fail(self) -> None:
        """Received 2012-08-07, 13 days before the vote: late."""
        d = check_board_candidate(
            candidacy_2012(date(2012, 8, 7)), election=h.INDIVIDUAL_2012, members=MEMBERS_2012
        )
        assert Status.FAILED == d.check("elections.candidate.nomination_deadline").status


class TestLinuxFoundationNominees:
    """LF Election Procedures §2(b)(i)-(iv), for elections beginning January 1, 2026."""

    def test_item_7_2026_candidate_cites_2b(self) -> None:
        """Issue 11 item 7: a 2026 candidate passes, each clause cited as numbered (§2(b))."""
        c = candidacy("2026-individual", date(2025, 12, 12), done=date(2025, 12, 19))
        d = check_board_candidate(c, election=h.INDIVIDUAL_2026, members=MEMBERS)
        assert Status.PASSED == d.outcome
        assert ("2(b)(ii)", "2(b)(i)", "2(b)(iv)", "2(b)(iii)") == tuple(
            ch.citation.section for ch in d.checks
        )

    def test_2026_nominations_after_the_window_fail(self) -> None:
        """Received 2025-12-13, after the published window closed (2025-12-12): late."""
        c = candidacy("2026-individual", date(2025, 12, 13), done=date(2025, 12, 19))
        d = check_board_candidate(c, election=h.INDIVIDUAL_2026, members=MEMBERS)
        assert Status.FAILED == d.check("elections.candidate.nomination_deadline").status

    def test_vote_in_the_2025_gap_has_no_rule(self) -> None:
        """A hypothetical vote opening 2025-10-06: no numbered rule (not applicable)."""
        e = attrs.evolve(
            h.INDIVIDUAL_2026,
            voting=DayRange(date(2025, 10, 6), date(2025, 10, 10)),
            nominations=None,
            application_deadline=None,
        )
        c = candidacy("2026-individual", date(2025, 9, 1), done=date(2025, 9, 2))
        assert (
            Status.NOT_APPLICABLE == check_board_candidate(c, election=e, members=MEMBERS).outcome
        )
