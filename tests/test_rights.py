"""Rights and benefits of each level, as the join page (seed 003) lists them (issue 3, item 6)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import IndividualStatus, Status, Tier, dumps, loads, rights_of
from openinfra_model.core.regimes import FIRST_DATE, OIF_LAUNCH
from openinfra_model.membership import Right, Rights, check_right

DAY = timedelta(days=1)
IN_2022 = date(2022, 6, 7)
ORG_BENEFITS = frozenset(
    {
        Right.RESTRICTED_LOGOS,
        Right.LOGO_PLACEMENT,
        Right.PROJECT_SITE_PROFILE,
        Right.MEMBER_BADGE,
        Right.NEWSLETTER,
        Right.MARKETPLACE,
        Right.SUMMIT_SPONSORSHIP_EARLY_ACCESS,
    }
)
HOLDERS = st.sampled_from([*Tier, *IndividualStatus])


class TestIndividualMembers:
    """Participate as an Individual Member.

    Individual Foundation members: profile, vote in Board elections, run for Technical or
    Architectural Committees, run for the Board, project-level governance, submit and vote on
    Summit talks, community events.
    """

    def test_full_list_from_launch(self) -> None:
        """Every individual right is granted on 2021-01-01."""
        r = rights_of(IndividualStatus.FOUNDATION_MEMBER, as_of=OIF_LAUNCH)
        assert 8 == len(r.granted)
        assert Right.VOTE_BOARD_ELECTIONS in r.granted
        assert Right.RUN_FOR_BOARD in r.granted
        assert Status.PASSED == r.decision.outcome

    def test_before_launch_unknown(self) -> None:
        """On 2020-12-31 the sources give no list: UNKNOWN with that reason."""
        d = check_right(
            IndividualStatus.FOUNDATION_MEMBER, Right.VOTE_BOARD_ELECTIONS, as_of=OIF_LAUNCH - DAY
        )
        assert Status.UNKNOWN == d.outcome
        assert "before the 2021 join page" in d.checks[0].reason

    def test_org_benefit_not_applicable(self) -> None:
        """A marketplace listing is an organisation's benefit, not an individual's."""
        d = check_right(IndividualStatus.FOUNDATION_MEMBER, Right.MARKETPLACE, as_of=IN_2022)
        assert Status.NOT_APPLICABLE == d.outcome


class TestCommunityAccounts:
    """Community Account: Free.

    Community accounts take part in community activities (Summit talks, events); "to run for
    leadership positions and vote in elections, you will need to upgrade your account".
    """

    @pytest.mark.parametrize(
        "right",
        [
            Right.VOTE_BOARD_ELECTIONS,
            Right.RUN_FOR_BOARD,
            Right.RUN_FOR_TECHNICAL_COMMITTEES,
            Right.PROJECT_GOVERNANCE,
        ],
    )
    def test_cannot_vote_or_run(self, right: Right) -> None:
        """Voting and running for office are refused, citing the upgrade sentence."""
        d = check_right(IndividualStatus.COMMUNITY, right, as_of=IN_2022)
        assert Status.FAILED == d.outcome
        assert "Community Account: Free" == d.checks[0].citation.section

    @pytest.mark.parametrize(
        "right", [Right.SUBMIT_SUMMIT_TALKS, Right.VOTE_SUMMIT_TALKS, Right.COMMUNITY_EVENTS]
    )
    def test_community_activities(self, right: Right) -> None:
        """Summit talks and community events are open to Community accounts."""
        assert (
            Status.PASSED == check_right(IndividualStatus.COMMUNITY, right, as_of=IN_2022).outcome
        )


class TestOrganisationalMembers:
    """OpenInfra Foundation Membership Benefits.

    "Platinum, Silver, and Gold Members [...] all receive" restricted logos, logo placement, a
    project-site profile, the badge, the newsletter, the marketplace, early access to Summit
    sponsorships; new Gold members vote in Gold elections "starting in January the following
    year". Associate members' rights are in no source.
    """

    @pytest.mark.parametrize("tier", [Tier.PLATINUM, Tier.GOLD, Tier.SILVER])
    def test_common_benefits(self, tier: Tier) -> None:
        """The three paying tiers share the seven benefits."""
        assert ORG_BENEFITS <= rights_of(tier, as_of=IN_2022).granted

    def test_gold_vote(self) -> None:
        """Gold members vote in Gold director elections; Silver members do not."""
        gold = check_right(Tier.GOLD, Right.VOTE_GOLD_DIRECTOR_ELECTIONS, as_of=IN_2022)
        silver = check_right(Tier.SILVER, Right.VOTE_GOLD_DIRECTOR_ELECTIONS, as_of=IN_2022)
        assert Status.PASSED == gold.outcome
        assert "January" in gold.checks[0].citation.quote  # type: ignore[operator]
        assert Status.FAILED == silver.outcome

    def test_associate_unknown(self) -> None:
        """Associate members: every benefit UNKNOWN, none granted."""
        r = rights_of(Tier.ASSOCIATE, as_of=IN_2022)
        assert frozenset() == r.granted
        assert {Status.UNKNOWN} == {c.status for c in r.decision.checks}

    def test_sponsor_levels(self) -> None:
        """A Corporate Sponsor: UNKNOWN in 2014 (no list), NOT_APPLICABLE in 2022 (no tier)."""
        in_2014 = check_right(Tier.CORPORATE_SPONSOR, Right.MARKETPLACE, as_of=date(2014, 1, 1))
        in_2022 = check_right(Tier.CORPORATE_SPONSOR, Right.MARKETPLACE, as_of=IN_2022)
        assert Status.UNKNOWN == in_2014.outcome
        assert Status.NOT_APPLICABLE == in_2022.outcome

    def test_silver_before_launch(self) -> None:
        """Silver does not exist on 2020-12-31."""
        d = check_right(Tier.SILVER, Right.MARKETPLACE, as_of=OIF_LAUNCH - DAY)
        assert Status.NOT_APPLICABLE == d.outcome

    def test_individual_right_not_applicable(self) -> None:
        """Voting in Board elections is a right of individuals, not of a Platinum member."""
        d = check_right(Tier.PLATINUM, Right.VOTE_BOARD_ELECTIONS, as_of=IN_2022)
        assert Status.NOT_APPLICABLE == d.outcome


class TestProperties:
    """Invariants of every holder on every date."""

    @given(holder=HOLDERS, day=st.dates(FIRST_DATE, date(2030, 1, 1)))
    def test_granted_are_the_passed_checks(
        self, holder: Tier | IndividualStatus, day: date
    ) -> None:
        """``granted`` lists exactly the rights whose check passed; the holder is kept."""
        r = rights_of(holder, as_of=day)
        passed = {
            c.rule_id.rsplit(".", 1)[1] for c in r.decision.checks if c.status is Status.PASSED
        }
        assert passed == {x.value for x in r.granted}
        assert holder == r.holder

    @given(holder=HOLDERS, day=st.dates(FIRST_DATE, OIF_LAUNCH - DAY))
    def test_nothing_granted_before_launch(
        self, holder: Tier | IndividualStatus, day: date
    ) -> None:
        """No list before 2021: nothing is granted (UNKNOWN or NOT_APPLICABLE)."""
        assert frozenset() == rights_of(holder, as_of=day).granted

    @given(holder=HOLDERS, day=st.dates(FIRST_DATE, date(2030, 1, 1)))
    def test_round_trip(self, holder: Tier | IndividualStatus, day: date) -> None:
        """Rights survive the converter."""
        r = rights_of(holder, as_of=day)
        assert r == loads(dumps(r), Rights)


class TestLinuxFoundationEra:
    """LF Election Procedures §2(a): board elections belong to OIF Individual Members."""

    def test_member_vote_is_unknown_from_the_closing(self) -> None:
        """The join page's 'vote' right holds on 2025-05-31 and is UNKNOWN from 2025-06-01.

        From the closing it depends on the OIF agreement, which the bare status does not show,
        so the answer cites LF Election Procedures §2(a).
        """
        from openinfra_model import IndividualStatus, Status  # noqa: PLC0415 - imported where the test needs it
        from openinfra_model.membership import Right, check_right  # noqa: PLC0415 - imported where the test needs it

        before = check_right(
            IndividualStatus.FOUNDATION_MEMBER, Right.VOTE_BOARD_ELECTIONS, as_of=date(2025, 5, 31)
        )
        after = check_right(
            IndividualStatus.FOUNDATION_MEMBER, Right.VOTE_BOARD_ELECTIONS, as_of=date(2025, 6, 1)
        )
        assert Status.PASSED == before.outcome
        assert Status.UNKNOWN == after.outcome
        assert ("lf-election-procedures", "2(a)") == (
            after.checks[0].citation.document,
            after.checks[0].citation.section,
        )
