"""Project funds: the 2022 directed-funding model (announcement of 2022-06-07, funding page)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    Decision,
    InvalidInputError,
    Membership,
    Status,
    Tier,
    default_roster,
    dumps,
    loads,
    strategies,
    unstructure,
)
from openinfra_model.funds import (
    FundBoardMember,
    FundParticipant,
    FundRole,
    ProjectFund,
    check_fund_board_vote,
    check_project_fund,
)

SPONSOR, PARTNER = FundRole.EXECUTIVE_SPONSOR, FundRole.FUNDING_PARTNER
AS_OF = date(2023, 6, 1)


def _member(org: str, tier: Tier, signed: date = date(2021, 1, 1)) -> Membership:
    return Membership(organization=org, tier=tier, signed=signed, approved=signed)


MEMBERSHIPS = (
    Membership(
        organization="ericsson",
        tier=Tier.PLATINUM,
        signed=date(2020, 10, 1),
        term_start=date(2021, 1, 1),
    ),
    _member("cleura", Tier.GOLD),
    _member("vexxhost", Tier.GOLD),
    _member("stackhpc", Tier.SILVER),
)


def _fund(*participants: FundParticipant, board: tuple[FundBoardMember, ...] = ()) -> ProjectFund:
    if not board:
        board = tuple(
            FundBoardMember(person=f"rep-{p.organization}", organization=p.organization)
            for p in participants
        )
    return ProjectFund(
        id="edge-fund",
        name="Edge project fund",
        project="edge-project",
        established=date(2023, 1, 10),
        participants=participants,
        board=board,
    )


VALID = _fund(
    FundParticipant(organization="ericsson", role=SPONSOR, contribution=Decimal(250000)),
    FundParticipant(organization="cleura", role=PARTNER, contribution=Decimal(50000)),
    FundParticipant(organization="vexxhost", role=PARTNER, contribution=Decimal("50000.50")),
)


class TestComposition:
    """A project fund's composition.

    Announcement: "a project fund governing board, comprising at least one OpenInfra
    Foundation Platinum Member sponsor joined by multiple funding partners"; funding page:
    non-members "will need to become members of the OpenInfra Foundation".
    """

    def test_valid_fund_board(self) -> None:
        """A Platinum sponsor, two member partners and a board of their representatives pass."""
        d = check_project_fund(
            VALID, MEMBERSHIPS, as_of=AS_OF, min_partners=2, min_contribution=Decimal(0)
        )
        assert Status.PASSED == d.outcome
        assert [
            "directed_funds.project_fund.program",
            "directed_funds.project_fund.executive_sponsor",
            "directed_funds.project_fund.funding_partners",
            "directed_funds.project_fund.participants_are_members",
            "directed_funds.project_fund.board",
            "directed_funds.project_fund.contribution_level",
        ] == [c.rule_id for c in d.checks]

    def test_silent_sources_give_unknown(self) -> None:
        """Without the caller's reading of "multiple" and fee levels, those checks are UNKNOWN."""
        d = check_project_fund(VALID, MEMBERSHIPS, as_of=AS_OF)
        assert Status.UNKNOWN == d.outcome
        assert {
            "directed_funds.project_fund.funding_partners",
            "directed_funds.project_fund.contribution_level",
        } == {c.rule_id for c in d.failures}
        assert "do not say" in d.check("directed_funds.project_fund.funding_partners").reason

    def test_without_platinum_sponsor(self) -> None:
        """A Gold member as executive sponsor does not meet the Platinum-sponsor clause."""
        fund = _fund(
            FundParticipant(organization="cleura", role=SPONSOR),
            FundParticipant(organization="vexxhost", role=PARTNER),
            FundParticipant(organization="stackhpc", role=PARTNER),
        )
        d = check_project_fund(fund, MEMBERSHIPS, as_of=AS_OF, min_partners=2)
        assert Status.FAILED == d.outcome
        check = d.check("directed_funds.project_fund.executive_sponsor")
        assert Status.FAILED == check.status
        assert "cleura" in check.reason
        assert "funding-page" == check.citation.document

    def test_platinum_partner_is_not_a_sponsor(self) -> None:
        """A Platinum member that only funds does not serve as executive sponsor."""
        fund = _fund(
            FundParticipant(organization="ericsson", role=PARTNER),
            FundParticipant(organization="cleura", role=PARTNER),
        )
        d = check_project_fund(fund, MEMBERSHIPS, as_of=AS_OF)
        check = d.check("directed_funds.project_fund.executive_sponsor")
        assert (Status.FAILED, "the fund has no executive sponsor") == (
            check.status,
            check.reason,
        )

    def test_non_member_participant(self) -> None:
        """A participant that is not a foundation member must join first: FAILED, named."""
        fund = attrs.evolve(
            VALID,
            participants=(
                *VALID.participants,
                FundParticipant(organization="acme", role=PARTNER),
            ),
        )
        d = check_project_fund(fund, MEMBERSHIPS, as_of=AS_OF, min_partners=2)
        check = d.check("directed_funds.project_fund.participants_are_members")
        assert Status.FAILED == check.status
        assert check.reason.endswith("acme")

    def test_sponsor_platinum_from_its_effective_date(self) -> None:
        """A 2023 Platinum admission counts from January 1 following (pre-2024 rule)."""
        late = Membership(
            organization="okestro",
            tier=Tier.PLATINUM,
            signed=date(2023, 5, 2),
            approved=date(2023, 6, 1),
        )
        fund = _fund(
            FundParticipant(organization="okestro", role=SPONSOR),
            FundParticipant(organization="cleura", role=PARTNER),
            FundParticipant(organization="vexxhost", role=PARTNER),
        )
        rule = "directed_funds.project_fund.executive_sponsor"
        before = check_project_fund(fund, (*MEMBERSHIPS, late), as_of=date(2023, 12, 31))
        on = check_project_fund(fund, (*MEMBERSHIPS, late), as_of=date(2024, 1, 1))
        assert Status.FAILED == before.check(rule).status
        assert Status.PASSED == on.check(rule).status

    def test_too_few_partners_for_callers_reading(self) -> None:
        """With min_partners=3, two partners fail, and the reason says it is the caller's."""
        d = check_project_fund(VALID, MEMBERSHIPS, as_of=AS_OF, min_partners=3)
        check = d.check("directed_funds.project_fund.funding_partners")
        assert Status.FAILED == check.status
        assert "caller" in check.reason

    def test_board_must_represent_participants(self) -> None:
        """A board member representing no participant is flagged ("representing participants")."""
        fund = attrs.evolve(
            VALID, board=(*VALID.board, FundBoardMember(person="x", organization="outsider"))
        )
        d = check_project_fund(fund, MEMBERSHIPS, as_of=AS_OF)
        assert Status.FAILED == d.check("directed_funds.project_fund.board").status

    def test_a_fund_needs_a_board(self) -> None:
        """A fund without a governing board fails the board clause."""
        fund = attrs.evolve(VALID, board=())
        d = check_project_fund(fund, MEMBERSHIPS, as_of=AS_OF)
        assert Status.FAILED == d.check("directed_funds.project_fund.board").status

    def test_contribution_below_callers_minimum(self) -> None:
        """A participant contributing less than the caller's minimum is named."""
        d = check_project_fund(
            VALID, MEMBERSHIPS, as_of=AS_OF, min_partners=2, min_contribution=Decimal(100000)
        )
        check = d.check("directed_funds.project_fund.contribution_level")
        assert Status.FAILED == check.status
        assert "cleura, vexxhost" in check.reason


class TestProgramDates:
    """When the project-fund model applies.

    It is offered from the announcement (2022-06-07); whether it continues under the Linux
    Foundation charter (2025-06-01) is not stated.
    """

    def test_day_before_launch_not_applicable(self) -> None:
        """On 2022-06-06 the model did not exist."""
        d = check_project_fund(VALID, MEMBERSHIPS, as_of=date(2022, 6, 6), min_partners=2)
        assert Status.NOT_APPLICABLE == d.outcome
        assert 1 == len(d.checks)

    def test_day_of_launch_applies(self) -> None:
        """On 2022-06-07 the rules apply."""
        d = check_project_fund(
            VALID, MEMBERSHIPS, as_of=date(2022, 6, 7), min_partners=2, min_contribution=Decimal(0)
        )
        assert Status.PASSED == d.outcome

    def test_lf_closing_makes_program_unknown(self) -> None:
        """On 2025-05-31 the program check passes; from 2025-06-01 it is UNKNOWN."""
        rule = "directed_funds.project_fund.program"
        before = check_project_fund(VALID, MEMBERSHIPS, as_of=date(2025, 5, 31))
        on = check_project_fund(VALID, MEMBERSHIPS, as_of=date(2025, 6, 1))
        assert Status.PASSED == before.check(rule).status
        assert Status.UNKNOWN == on.check(rule).status


CENTS = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False)


class TestBudget:
    """A fund's budget.

    Funding page: "The fund participants, as a group, decide what their contributions will
    be, with the goal of assembling the project's budget".
    """

    def test_budget_is_exact_sum(self) -> None:
        """The budget adds the contributions exactly."""
        assert Decimal("350000.50") == VALID.budget

    def test_empty_fund_has_zero_budget(self) -> None:
        """No participants, no budget."""
        assert Decimal(0) == _fund().budget

    @given(st.lists(CENTS, max_size=8))
    def test_budget_is_sum_in_any_order(self, amounts: list[Decimal]) -> None:
        """The budget is the exact sum of the contributions, whatever their order."""
        parts = tuple(
            FundParticipant(organization=f"org-{i}", role=PARTNER, contribution=a)
            for i, a in enumerate(amounts)
        )
        fund = _fund(*parts) if parts else _fund()
        reversed_fund = attrs.evolve(fund, participants=tuple(reversed(fund.participants)))
        assert sum(amounts, Decimal(0)) == fund.budget
        assert fund.budget == reversed_fund.budget


class TestBoardVote:
    """The fund board "decides how to allocate budget"; the sources give no threshold."""

    def test_threshold_is_the_callers(self) -> None:
        """Two of three members in favour meet a two-thirds threshold, not a three-quarters."""
        voters = ["rep-ericsson", "rep-cleura"]
        assert (
            Status.PASSED
            == check_fund_board_vote(VALID, voters, as_of=AS_OF, threshold=Fraction(2, 3)).outcome
        )
        assert (
            Status.FAILED
            == check_fund_board_vote(VALID, voters, as_of=AS_OF, threshold=Fraction(3, 4)).outcome
        )

    def test_no_threshold_unknown(self) -> None:
        """Without a threshold the answer is UNKNOWN and gives the tally."""
        d = check_fund_board_vote(VALID, ["rep-cleura"], as_of=AS_OF)
        assert Status.UNKNOWN == d.outcome
        assert d.checks[0].reason.startswith("1 of 3")

    def test_voter_not_on_board_refused(self) -> None:
        """A vote by someone not on the board is malformed input, named by index."""
        with pytest.raises(InvalidInputError) as err:
            check_fund_board_vote(VALID, ["rep-cleura", "stranger"], as_of=AS_OF)
        assert ("in_favour[1]",) == err.value.paths

    def test_bad_threshold_refused(self) -> None:
        """A threshold that is not a fraction in (0, 1] is refused by name."""
        with pytest.raises(InvalidInputError) as err:
            check_fund_board_vote(VALID, [], as_of=AS_OF, threshold=Fraction(3, 2))
        assert ("threshold",) == err.value.paths


class TestBadInput:
    """Malformed funds are refused with the offending field named."""

    def test_participant_twice(self) -> None:
        """The same organisation cannot take part twice."""
        with pytest.raises(InvalidInputError) as err:
            _fund(
                FundParticipant(organization="cleura", role=SPONSOR),
                FundParticipant(organization="cleura", role=PARTNER),
            )
        assert ("participants[1].organization",) == err.value.paths

    def test_float_contribution(self) -> None:
        """Money is never a float."""
        with pytest.raises(InvalidInputError) as err:
            FundParticipant(organization="a", role=PARTNER, contribution=0.5)  # type: ignore[arg-type]
        assert ("contribution",) == err.value.paths

    def test_negative_contribution(self) -> None:
        """A contribution cannot be negative."""
        with pytest.raises(InvalidInputError) as err:
            FundParticipant(organization="a", role=PARTNER, contribution=Decimal(-1))
        assert ("contribution",) == err.value.paths

    def test_bad_slug(self) -> None:
        """Organisation ids are slugs."""
        with pytest.raises(InvalidInputError) as err:
            FundBoardMember(person="p", organization="Red Hat")
        assert ("organization",) == err.value.paths

    def test_board_member_twice(self) -> None:
        """A person sits on the board once."""
        with pytest.raises(InvalidInputError) as err:
            attrs.evolve(VALID, board=(VALID.board[0], VALID.board[0]))
        assert ("board[1].person",) == err.value.paths

    @pytest.mark.parametrize("bad", [-1, True, "2"])
    def test_bad_min_partners(self, bad: object) -> None:
        """min_partners is a non-negative int."""
        with pytest.raises(InvalidInputError) as err:
            check_project_fund(VALID, MEMBERSHIPS, as_of=AS_OF, min_partners=bad)  # type: ignore[arg-type]
        assert ("min_partners",) == err.value.paths

    def test_bad_min_contribution(self) -> None:
        """min_contribution is money."""
        with pytest.raises(InvalidInputError) as err:
            check_project_fund(VALID, MEMBERSHIPS, as_of=AS_OF, min_contribution=Decimal("0.001"))
        assert ("min_contribution",) == err.value.paths


FUNDS = strategies.project_funds()


class TestRoundTrip:
    """Funds, their participants and board members, and fund decisions round-trip."""

    @given(FUNDS)
    def test_fund_round_trips(self, fund: ProjectFund) -> None:
        """A generated fund survives JSON and back, budget included."""
        back = loads(dumps(fund), ProjectFund)
        assert fund == back
        assert fund.budget == back.budget

    @given(FUNDS, strategies.dates_near_changes(min_value=date(2022, 1, 1)))
    def test_decision_round_trips(self, fund: ProjectFund, day: date) -> None:
        """A fund check's Decision survives JSON and back; it never raises on valid input."""
        d = check_project_fund(fund, MEMBERSHIPS, as_of=day, min_partners=2)
        assert d == loads(dumps(d), Decision)

    def test_money_is_a_string_on_the_wire(self) -> None:
        """Contributions are written as decimal strings, never numbers."""
        assert "50000.50" == unstructure(VALID.participants[2])["contribution"]

    @given(FUNDS)
    def test_strategy_funds_have_represented_boards(self, fund: ProjectFund) -> None:
        """The shipped strategy builds funds whose board members all represent participants."""
        d = check_project_fund(fund, MEMBERSHIPS, as_of=date(2023, 1, 1))
        expected = Status.FAILED if not fund.board else Status.PASSED
        assert expected == d.check("directed_funds.project_fund.board").status


class TestWithBundledRoster:
    """The composition rules on the bundled roster's memberships (the June 2022 members)."""

    def test_fund_of_2022_members_passes_on_announcement_day(self) -> None:
        """Ericsson (Platinum) sponsoring, Cleura and Vexxhost (Gold) funding: PASSED."""
        d = check_project_fund(
            VALID,
            default_roster().memberships,
            as_of=date(2022, 6, 7),
            min_partners=2,
            min_contribution=Decimal(0),
        )
        assert Status.PASSED == d.outcome

    def test_sponsor_whose_platinum_membership_ended(self) -> None:
        """Tencent Cloud, Platinum in 2022 but not on the 2023 board, cannot sponsor in 2023."""
        fund = attrs.evolve(
            VALID,
            participants=(
                FundParticipant(organization="tencent", role=SPONSOR),
                *VALID.participants[1:],
            ),
            board=VALID.board[1:],
        )
        rule = "directed_funds.project_fund.executive_sponsor"
        memberships = default_roster().memberships
        assert (
            Status.PASSED
            == check_project_fund(fund, memberships, as_of=date(2022, 6, 7)).check(rule).status
        )
        assert (
            Status.FAILED
            == check_project_fund(fund, memberships, as_of=date(2023, 6, 1)).check(rule).status
        )
