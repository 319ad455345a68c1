"""OpenStack TC and PTL electorates (bylaws Appendix 4 until 2023-12-05, then the TC charter)."""

from __future__ import annotations

from datetime import date

import pytest

from openinfra_model import Individual, IndividualStatus, InvalidInputError, Roster, Status
from openinfra_model.board import seat_in_order
from openinfra_model.elections.model import (
    DayRange,
    Election,
    ElectionKind,
    Electorate,
    VotingMethod,
)
from openinfra_model.elections.technical import (
    Contribution,
    ContributionKind,
    ExtraContributor,
    build_contributor_roll,
    check_ptl_candidate,
    check_tc_affiliation,
    check_tc_candidate,
    check_technical_voter,
    tc_seat_constraint,
)

FM = IndividualStatus.FOUNDATION_MEMBER
DEV = Individual(
    id="dev",
    name="dev",
    status=FM,
    member_since=date(2018, 1, 1),
    oif_agreement_signed=date(2025, 6, 2),
)


def tc(first: date, qualifying: DayRange, *, project: str | None = None) -> Election:
    """A TC (or PTL, with a project) election."""
    return Election(
        id=f"{first.isoformat()}-{project or 'tc'}",
        kind=ElectionKind.PROJECT_TEAM_LEAD if project else ElectionKind.TECHNICAL_COMMITTEE,
        electorate=Electorate.PROJECT_CONTRIBUTORS if project else Electorate.TC_CONTRIBUTORS,
        seats=1 if project else 4,
        method=VotingMethod.SCHULZE,
        voting=DayRange(first, first + (date(2000, 1, 15) - date(2000, 1, 1))),
        qualifying=qualifying,
        project=project,
    )


ATC_ERA = tc(date(2023, 9, 13), DayRange(date(2022, 9, 1), date(2023, 8, 30)))
AC_ERA = tc(date(2025, 9, 3), DayRange(date(2024, 9, 1), date(2025, 8, 20)))


class TestAppendix4Atc:
    """Appendix 4: an approved contribution in the two prior cycles; an ATC for 365 days."""

    def test_change_within_period_and_365_days(self) -> None:
        """A change merged 2022-09-20 makes an ATC until 2023-09-20 (day of)."""
        work = [Contribution(person="dev", project="nova", merged=date(2022, 9, 20))]
        assert (
            Status.PASSED
            == check_technical_voter(DEV, ATC_ERA, work, as_of=date(2023, 9, 20)).outcome
        )

    def test_atc_lapses_after_365_days(self) -> None:
        """On 2023-09-21 (366 days) the contribution no longer makes an ATC."""
        work = [Contribution(person="dev", project="nova", merged=date(2022, 9, 20))]
        assert (
            Status.FAILED
            == check_technical_voter(DEV, ATC_ERA, work, as_of=date(2023, 9, 21)).outcome
        )

    def test_review_is_not_a_contribution_under_appendix_4(self) -> None:
        """Under Appendix 4 only approved changes count, not reviews [inferred]."""
        work = [
            Contribution(
                person="dev", project="nova", merged=date(2023, 5, 1), kind=ContributionKind.REVIEW
            )
        ]
        assert (
            Status.FAILED
            == check_technical_voter(DEV, ATC_ERA, work, as_of=date(2023, 9, 1)).outcome
        )


class TestCharterAc:
    """TC charter: a change or qualifying review in the last two 6-month cycles; extra ACs."""

    def test_review_counts_after_2023_12_05(self) -> None:
        """A CR+2 review in the period makes an AC."""
        work = [
            Contribution(
                person="dev",
                project="nova",
                merged=date(2025, 8, 20),
                kind=ContributionKind.REVIEW,
            )
        ]
        assert (
            Status.PASSED
            == check_technical_voter(DEV, AC_ERA, work, as_of=date(2025, 8, 21)).outcome
        )

    def test_contribution_outside_period_fails(self) -> None:
        """A change merged the day after the period ends does not count."""
        work = [Contribution(person="dev", project="nova", merged=date(2025, 8, 21))]
        assert (
            Status.FAILED
            == check_technical_voter(DEV, AC_ERA, work, as_of=date(2025, 8, 22)).outcome
        )

    def test_extra_ac_must_outlast_the_period(self) -> None:
        """An extra AC expiring after the period's end counts; one expiring on it does not."""
        ok = ExtraContributor(
            person="dev", project=None, approved=date(2025, 1, 1), expires=date(2025, 8, 21)
        )
        gone = ExtraContributor(
            person="dev", project=None, approved=date(2025, 1, 1), expires=date(2025, 8, 20)
        )
        assert (
            Status.PASSED
            == check_technical_voter(DEV, AC_ERA, [], [ok], as_of=date(2025, 8, 22)).outcome
        )
        assert (
            Status.FAILED
            == check_technical_voter(DEV, AC_ERA, [], [gone], as_of=date(2025, 8, 22)).outcome
        )

    def test_community_account_is_not_an_ac(self) -> None:
        """Contributors who are Community accounts are not on the TC roll."""
        c = Individual(id="dev", name="dev", status=IndividualStatus.COMMUNITY)
        work = [Contribution(person="dev", project="nova", merged=date(2025, 2, 1))]
        d = check_technical_voter(c, AC_ERA, work, as_of=date(2025, 8, 21))
        assert Status.FAILED == d.check("elections.tc.individual_member").status

    def test_ptl_needs_project_contribution(self) -> None:
        """A PTL candidate must be an APC of that project."""
        ptl = tc(date(2025, 9, 3), DayRange(date(2024, 9, 1), date(2025, 8, 20)), project="nova")
        work = [Contribution(person="dev", project="nova", merged=date(2025, 2, 1))]
        assert (
            Status.PASSED == check_ptl_candidate(DEV, ptl, work, as_of=date(2025, 8, 21)).outcome
        )
        other = [Contribution(person="dev", project="cinder", merged=date(2025, 2, 1))]
        assert (
            Status.FAILED == check_ptl_candidate(DEV, ptl, other, as_of=date(2025, 8, 21)).outcome
        )

    def test_any_member_may_stand_for_tc(self) -> None:
        """Any Foundation individual member may stand for the TC, contributions or not."""
        assert Status.PASSED == check_tc_candidate(DEV, as_of=date(2025, 8, 21)).outcome

    def test_roll(self) -> None:
        """The roll lists the members with a qualifying contribution, in roster order."""
        other = Individual(
            id="o",
            name="o",
            status=FM,
            member_since=date(2018, 1, 1),
            oif_agreement_signed=date(2025, 6, 2),
        )
        r = Roster(snapshot=date(2025, 8, 21), individuals=(DEV, other))
        work = [
            Contribution(person="o", project="nova", merged=date(2025, 2, 1)),
            Contribution(person="dev", project="nova", merged=date(2023, 2, 1)),
        ]
        roll = build_contributor_roll(AC_ERA, r, work, as_of=date(2025, 8, 21), explain=True)
        assert ("o",) == roll.voters
        assert Status.FAILED == roll.decision_for("dev").outcome

    def test_roll_refuses_unknown_contributor(self) -> None:
        """A contribution by someone not on the roster is refused, naming the record."""
        r = Roster(snapshot=date(2025, 8, 21), individuals=(DEV,))
        work = [Contribution(person="ghost", project="nova", merged=date(2025, 2, 1))]
        with pytest.raises(InvalidInputError) as err:
            build_contributor_roll(AC_ERA, r, work, as_of=date(2025, 8, 21))
        assert ("contributions[0].person",) == err.value.paths

    def test_election_without_qualifying_period(self) -> None:
        """A TC election needs its qualifying period."""
        e = Election(
            id="x",
            kind=ElectionKind.TECHNICAL_COMMITTEE,
            electorate=Electorate.TC_CONTRIBUTORS,
            seats=4,
            method=VotingMethod.SCHULZE,
            voting=DayRange(date(2025, 9, 3), date(2025, 9, 17)),
        )
        with pytest.raises(InvalidInputError) as err:
            check_technical_voter(DEV, e, [], as_of=date(2025, 8, 21))
        assert ("election.qualifying",) == err.value.paths


class TestTcAffiliation:
    """Appendix 4: half or more is a problem; charter: more than half is."""

    def test_half_of_even_tc_differs_by_period(self) -> None:
        """Two of four affiliated: Appendix 4 objects, the charter allows it."""
        four = {"a": "x", "b": "x", "c": "y", "d": None}
        assert Status.FAILED == check_tc_affiliation(four, as_of=date(2023, 12, 4)).outcome
        assert Status.PASSED == check_tc_affiliation(four, as_of=date(2023, 12, 5)).outcome

    def test_2024_adjudication(self) -> None:
        """Like the 2024.2 adjudication (affiliations illustrative): the next one is seated."""
        aff = {"c1": "rh", "c2": "rh", "c3": "rh", "c4": "rh", "bauza": "rh", "gtema": "sap"}
        rule = tc_seat_constraint(
            aff, continuing=("c1", "c2", "c3", "c4"), size=9, as_of=date(2024, 3, 22)
        )
        seating = seat_in_order(["bauza", "gtema"], 1, rule)
        assert ("gtema",) == seating.seated
        assert ["bauza"] == [c for c, _ in seating.passed_over]

    def test_no_substitution_before_charter(self) -> None:
        """Before 2023-12-05 the remedy was a deferral, not a substitution."""
        with pytest.raises(InvalidInputError):
            tc_seat_constraint({}, continuing=(), size=9, as_of=date(2023, 12, 4))
