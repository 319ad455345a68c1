"""The member lifecycle: participation notices, moves to Community, re-joining."""

from __future__ import annotations

from datetime import date

import pytest

from openinfra_model import Individual, IndividualStatus, InvalidInputError, Roster, Status
from openinfra_model.elections import history as h
from openinfra_model.elections.lifecycle import (
    Notice,
    NoticeResponse,
    ParticipationPolicy,
    apply_moves,
    review_lifecycle,
)
from openinfra_model.elections.model import (
    DayRange,
    Election,
    ElectionKind,
    Electorate,
    VoteRecord,
    VotingMethod,
)
from openinfra_model.elections.voters import (
    IndividualProgram,
    MembershipSpan,
    check_individual_voter,
)

FM = IndividualStatus.FOUNDATION_MEMBER
ELECTIONS = (h.INDIVIDUAL_2022, h.INDIVIDUAL_2023, h.INDIVIDUAL_2024, h.INDIVIDUAL_2025)


def person(pid: str, since: date) -> Individual:
    """An Individual Member effective on ``since``."""
    return Individual(id=pid, name=pid, status=FM, member_since=since)


def votes(**who: tuple[int, ...]) -> tuple[VoteRecord, ...]:
    """Vote records: person id -> board years voted in."""
    return tuple(
        VoteRecord(election=f"{y}-individual", voter=pid)
        for pid, years in who.items()
        for y in years
    )


ROSTER = Roster(
    snapshot=date(2025, 3, 1),
    individuals=(
        person("half", date(2015, 1, 1)),
        person("less", date(2015, 1, 1)),
        person("new", date(2024, 7, 1)),
        person("newer", date(2024, 8, 1)),
        person("site", date(2015, 1, 1)),
    ),
)


class TestBylawsPolicy:
    """Appendix 1 §3(iii): fewer than 50% of the votes of the prior 24 months gets a notice.

    Only the votes the member could take part in count [inferred]; exactly 50% passes.
    """

    def test_exactly_half_passes(self) -> None:
        """Since 2023-03-01 the 2024 and 2025 votes count: one of two is exactly 50%."""
        r = review_lifecycle(
            ROSTER,
            ELECTIONS,
            votes(half=(2024,), less=(2022, 2023), new=(2025,), site=(2025,)),
            as_of=date(2025, 3, 1),
        )
        assert ["less"] == [a.person for a in r.notices]

    def test_only_votes_of_24_months_count(self) -> None:
        """On 2025-03-01 the window starts 2023-03-01: 2023 (closed Jan 13) is out."""
        r = review_lifecycle(
            ROSTER,
            ELECTIONS,
            votes(half=(2024,), less=(2022, 2023), new=(2025,), site=(2025,)),
            as_of=date(2025, 3, 1),
        )
        d = next(a.decision for a in r.notices if a.person == "less")
        assert "voted in 0 of the 2 votes" in d.checks[0].reason

    def test_exactly_half_boundary(self) -> None:
        """One of two eligible votes is exactly 50%: no notice."""
        r = review_lifecycle(
            ROSTER,
            ELECTIONS,
            votes(half=(2025,), less=(2024,), new=(2025,), site=(2024,)),
            as_of=date(2025, 3, 1),
        )
        assert [] == [a.person for a in r.notices]

    def test_new_member_counts_only_eligible_votes(self) -> None:
        """Joined 2024-07-01: eligible only for 2025; voting in it passes."""
        r = review_lifecycle(
            ROSTER,
            ELECTIONS,
            votes(half=(2025,), less=(2025,), site=(2025,)),
            as_of=date(2025, 3, 1),
        )
        assert ["new"] == [a.person for a in r.notices]

    def test_member_with_no_eligible_vote_gets_no_notice(self) -> None:
        """Joined 2024-08-01: on no roll yet, so the clause cannot be broken."""
        r = review_lifecycle(ROSTER, ELECTIONS, (), as_of=date(2025, 3, 1))
        assert "newer" not in [a.person for a in r.notices]


class TestSitePractice:
    """The membership site: no vote in either of the last two elections, joined 180 days before."""

    def test_voting_in_one_of_two_is_enough(self) -> None:
        """A vote in 2024 (not 2025) keeps the member under the site practice."""
        r = review_lifecycle(
            ROSTER,
            ELECTIONS,
            votes(half=(2024,), less=(), new=(), site=(2024,)),
            as_of=date(2025, 3, 1),
            policy=ParticipationPolicy.SITE_PRACTICE,
        )
        assert ["less", "new"] == [a.person for a in r.notices]

    def test_joined_after_180_days_before_close_is_exempt(self) -> None:
        """Joined 2024-08-01, after 2024-07-21 (180 days before 2025-01-17): no notice."""
        r = review_lifecycle(
            ROSTER, ELECTIONS, (), as_of=date(2025, 3, 1), policy=ParticipationPolicy.SITE_PRACTICE
        )
        assert "newer" not in [a.person for a in r.notices]
        assert "new" in [a.person for a in r.notices]

    def test_policies_differ(self) -> None:
        """A vote in the August 2024 class vote only: 1 of 3 fails the bylaws, not the site."""
        class_vote = Election(
            id="2024-08-amendments",
            kind=ElectionKind.CLASS_VOTE,
            electorate=Electorate.INDIVIDUAL_MEMBERS,
            seats=0,
            method=VotingMethod.PLURALITY,
            voting=DayRange(date(2024, 8, 5), date(2024, 8, 9)),
        )
        elections = (*ELECTIONS, class_vote)
        v = (
            *votes(half=(2024, 2025), less=(2024, 2025), new=(2025,)),
            VoteRecord(election="2024-08-amendments", voter="site"),
        )
        by_bylaws = review_lifecycle(ROSTER, elections, v, as_of=date(2025, 3, 1))
        by_site = review_lifecycle(
            ROSTER, elections, v, as_of=date(2025, 3, 1), policy=ParticipationPolicy.SITE_PRACTICE
        )
        assert ["site"] == [a.person for a in by_bylaws.notices]
        assert [] == [a.person for a in by_site.notices]


class TestNoticeAndMove:
    """Appendix 1 §3(iii): moved to Community unless they answer within 30 days.

    The text reads "unless the person does not respond"; we model the evident intent.
    """

    NOTICE = Notice(person="less", sent=date(2025, 3, 1))

    def _review(self, on: date, *responses: NoticeResponse) -> list[str]:
        r = review_lifecycle(
            ROSTER,
            ELECTIONS,
            votes(half=(2025,), new=(2025,), site=(2025,)),
            as_of=on,
            notices=(self.NOTICE,),
            responses=responses,
        )
        return [a.person for a in r.moves]

    def test_not_moved_on_day_30(self) -> None:
        """On the 30th day after the notice there is still time."""
        assert [] == self._review(date(2025, 3, 31))

    def test_moved_on_day_31(self) -> None:
        """On the 31st day without an answer the member is moved."""
        assert ["less"] == self._review(date(2025, 4, 1))

    def test_answer_on_day_30_keeps_membership(self) -> None:
        """An answer on the 30th day counts."""
        assert [] == self._review(
            date(2025, 4, 1), NoticeResponse(person="less", on=date(2025, 3, 31))
        )

    def test_answer_on_day_31_is_too_late(self) -> None:
        """An answer on the 31st day does not count."""
        assert ["less"] == self._review(
            date(2025, 4, 2), NoticeResponse(person="less", on=date(2025, 4, 1))
        )

    def test_move_date_and_continued(self) -> None:
        """The move takes effect on day 31; an answered notice is reported as continued."""
        r = review_lifecycle(
            ROSTER,
            ELECTIONS,
            votes(half=(2025,), new=(2025,), site=(2025,)),
            as_of=date(2025, 5, 1),
            notices=(self.NOTICE,),
        )
        assert [date(2025, 4, 1)] == [a.on for a in r.moves]
        r2 = review_lifecycle(
            ROSTER,
            ELECTIONS,
            votes(half=(2025,), new=(2025,), site=(2025,)),
            as_of=date(2025, 5, 1),
            notices=(self.NOTICE,),
            responses=(NoticeResponse(person="less", on=date(2025, 3, 2)),),
        )
        assert ["less"] == [a.person for a in r2.continued]
        assert [] == [a.person for a in r2.notices]

    def test_rejoining_restarts_180_days(self) -> None:
        """Moved on 2025-04-01 and re-joined on 2025-04-15: no vote until 2025-10-12."""
        history = (
            MembershipSpan(
                person="less", program=IndividualProgram.FOUNDATION, start=date(2015, 1, 1)
            ),
        )
        r = review_lifecycle(
            ROSTER,
            ELECTIONS,
            votes(half=(2025,), new=(2025,), site=(2025,)),
            as_of=date(2025, 4, 1),
            notices=(self.NOTICE,),
        )
        ended = apply_moves(history, r)
        assert date(2025, 4, 1) == ended[0].end
        rejoined = (
            *ended,
            MembershipSpan(
                person="less", program=IndividualProgram.FOUNDATION, start=date(2025, 4, 15)
            ),
        )
        p = person("less", date(2025, 4, 15))
        assert (
            Status.FAILED
            == check_individual_voter(p, as_of=date(2025, 4, 20), spans=rejoined).outcome
        )


class TestBadRecords:
    """Votes and notices that cannot be right are refused, naming the record."""

    def test_vote_by_person_not_on_roll(self) -> None:
        """A vote in 2025 by a member who joined 2024-08-01 (not on the roll) is refused."""
        with pytest.raises(InvalidInputError) as err:
            review_lifecycle(
                ROSTER, ELECTIONS, votes(half=(2025,), newer=(2025,)), as_of=date(2025, 3, 1)
            )
        assert ("votes[1].voter",) == err.value.paths

    def test_vote_for_unknown_election(self) -> None:
        """A vote naming an election that does not exist is refused."""
        bad = (VoteRecord(election="1999-individual", voter="half"),)
        with pytest.raises(InvalidInputError) as err:
            review_lifecycle(ROSTER, ELECTIONS, bad, as_of=date(2025, 3, 1))
        assert ("votes[0].election",) == err.value.paths

    def test_notice_for_unknown_person_and_future_response(self) -> None:
        """Notices and answers must name known people and lie on or before the review day."""
        with pytest.raises(InvalidInputError) as err:
            review_lifecycle(
                ROSTER,
                ELECTIONS,
                (),
                as_of=date(2025, 3, 1),
                notices=(Notice(person="ghost", sent=date(2025, 2, 1)),),
                responses=(NoticeResponse(person="half", on=date(2025, 3, 2)),),
            )
        assert ("notices[0].person", "responses[0].on") == err.value.paths


class TestLinuxFoundationEra:
    """LF-IMP §3: the same rule for OIF Individual Members, over OIF-era votes [inferred]."""

    ROSTER = Roster(
        snapshot=date(2026, 3, 1),
        individuals=(
            Individual(
                id="x",
                name="x",
                status=FM,
                member_since=date(2015, 1, 1),
                oif_agreement_signed=date(2025, 6, 2),
                oif_registry_added=date(2025, 6, 2),
            ),
            Individual(
                id="y",
                name="y",
                status=FM,
                member_since=date(2015, 1, 1),
                oif_agreement_signed=date(2025, 6, 2),
                oif_registry_added=date(2025, 6, 2),
            ),
            Individual(id="z", name="z", status=FM, member_since=date(2015, 1, 1)),
        ),
    )

    def test_only_oif_votes_count(self) -> None:
        """In 2026 the 2026 vote counts; a Delaware 2025 vote does not; non-OIF members are out."""
        elections = (h.INDIVIDUAL_2025, h.INDIVIDUAL_2026)
        v = votes(x=(2026,), y=(2025,))
        r = review_lifecycle(self.ROSTER, elections, v, as_of=date(2026, 3, 1))
        assert ["y"] == [a.person for a in r.notices]


class TestReasons:
    """Reasons name the facts that decided."""

    def test_ended_then_rejoined_later(self) -> None:
        """Between two memberships the reason gives the end and the next start."""
        spans = (
            MembershipSpan(
                person="p",
                program=IndividualProgram.FOUNDATION,
                start=date(2015, 1, 1),
                end=date(2020, 1, 1),
            ),
            MembershipSpan(
                person="p", program=IndividualProgram.FOUNDATION, start=date(2023, 1, 1)
            ),
        )
        d = check_individual_voter(
            person("p", date(2023, 1, 1)), as_of=date(2021, 1, 11), spans=spans
        )
        assert "the membership ended on 2020-01-01; a new membership from 2023-01-01" == (
            d.check("elections.voter.membership").reason
        )
