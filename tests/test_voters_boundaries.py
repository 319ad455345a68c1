"""Voter eligibility facts that mutation testing found unpinned (issue 18).

Each test pins a behaviour a mutant of ``elections/voters.py`` changed without any test
noticing: the 2012 founding exception through the roll's fast path, a membership's first and
last day, explicit membership histories, the paths of refused dates, and the texts cited on each
side of the LF closing. Every decision is computed inside its test (mutation runs see only calls
made there); the memos of shared checks are emptied where the checks are built.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from openinfra_model import (
    Individual,
    IndividualStatus,
    InvalidInputError,
    Membership,
    Status,
    Tier,
)
from openinfra_model.elections import voters as voters_module
from openinfra_model.elections.model import DayRange, VoteRecord
from openinfra_model.elections.voters import (
    FOUNDING_EXCEPTION_BEFORE,
    WAITING_PERIOD_DAYS,
    IndividualProgram,
    MembershipSpan,
    check_gold_voter,
    check_individual_voter,
    check_platinum_voter,
    check_vote_cast,
    check_window_voter,
    joining_cutoff,
    spans_of,
)

VOTE_2013 = DayRange(date(2013, 1, 14), date(2013, 1, 18))
VOTE_2024 = DayRange(date(2024, 1, 8), date(2024, 1, 12))
F = IndividualProgram.FOUNDATION


def _member(
    since: date, *, status: IndividualStatus = IndividualStatus.FOUNDATION_MEMBER
) -> Individual:
    return Individual(id="ann", name="Ann", status=status, member_since=since)


def _facts(checks: tuple[object, ...]) -> list[tuple[str, Status, str]]:
    return [(c.rule_id, c.status, c.reason) for c in checks]  # type: ignore[attr-defined]


@pytest.fixture
def cold_memos(monkeypatch: pytest.MonkeyPatch) -> None:
    """Empty the memos of shared checks so that they are built inside the test."""
    monkeypatch.setattr(voters_module, "_SHARED", {})
    monkeypatch.setattr(voters_module, "_FOUNDING_NA", {})


@pytest.mark.usefixtures("cold_memos")
class TestFoundingExceptionOnTheRoll:
    """§3.9(a) 2012 [inferred]: members effective on or before 2012-08-15 vote at once in 2013."""

    def test_last_founding_day(self) -> None:
        """Effective 2012-08-15: a founding member, no waiting period."""
        d = check_window_voter(_member(date(2012, 8, 15)), VOTE_2013)
        assert [
            ("elections.voter.membership", Status.PASSED, "a member since 2012-08-15"),
            (
                "elections.voter.founding_exception",
                Status.PASSED,
                (
                    "effective 2012-08-15, on or before 2012-08-15 (the 2012 cut-off, inferred "
                    "from the 2012 election page): votes at once"
                ),
            ),
            ("elections.voter.waiting_period", Status.NOT_APPLICABLE, "a founding member"),
        ] == _facts(d.checks)
        assert WAITING_PERIOD_DAYS.at(VOTE_2013.last).citation == d.checks[2].citation

    def test_first_day_after(self) -> None:
        """Effective 2012-08-16: outside the exception, waits 180 days (to 2013-02-12)."""
        d = check_window_voter(_member(date(2012, 8, 16)), VOTE_2013)
        assert [
            ("elections.voter.membership", Status.PASSED, "a member since 2012-08-16"),
            (
                "elections.voter.founding_exception",
                Status.NOT_APPLICABLE,
                "effective on or after 2012-08-16: outside the 2012 founding exception",
            ),
            (
                "elections.voter.waiting_period",
                Status.FAILED,
                "effective 2012-08-16: may vote only from 2013-02-12 (180 days)",
            ),
        ] == _facts(d.checks)
        assert FOUNDING_EXCEPTION_BEFORE.at(VOTE_2013.last).citation == d.checks[1].citation

    def test_single_day_decision_cites_the_exception(self) -> None:
        """check_individual_voter on the vote's first day gives the same founding checks."""
        d = check_individual_voter(_member(date(2012, 8, 16)), as_of=VOTE_2013.first)
        na = d.check("elections.voter.founding_exception")
        assert (Status.NOT_APPLICABLE, FOUNDING_EXCEPTION_BEFORE.at(VOTE_2013.first).citation) == (
            na.status,
            na.citation,
        )

    def test_member_from_the_last_day(self) -> None:
        """Effective on the window's last day: a member then, but still waiting."""
        d = check_window_voter(_member(VOTE_2024.last), VOTE_2024)
        assert [(Status.PASSED, Status.FAILED)] == [
            (d.check("elections.voter.membership").status, d.outcome)
        ]


class TestMembershipSpan:
    """A span holds from its effective date up to the day before its end."""

    def test_first_and_last_day(self) -> None:
        """Holds on its start and the day before its end; not the day before, not its end."""
        s = MembershipSpan(person="p", program=F, start=date(2020, 1, 1), end=date(2021, 1, 1))
        assert (False, True, True, False) == (
            s.holds_on(date(2019, 12, 31)),
            s.holds_on(date(2020, 1, 1)),
            s.holds_on(date(2020, 12, 31)),
            s.holds_on(date(2021, 1, 1)),
        )

    def test_community_account_has_no_span(self) -> None:
        """A Community account with a recorded member_since implies no membership."""
        person = _member(date(2020, 1, 1), status=IndividualStatus.COMMUNITY)
        assert () == spans_of(person)
        assert Status.FAILED == check_window_voter(person, VOTE_2024).outcome


class TestNotAMember:
    """The reasons and texts of a FAILED membership check."""

    def test_ended_on_the_day(self) -> None:
        """A span ending on the day asked: FAILED, "ended on" that day."""
        day = date(2024, 1, 10)
        span = MembershipSpan(person="ann", program=F, start=date(2020, 1, 1), end=day)
        c = check_individual_voter(_member(date(2020, 1, 1)), as_of=day, spans=(span,)).checks[0]
        assert (Status.FAILED, True) == (c.status, "ended on 2024-01-10" in c.reason)

    def test_not_yet_a_member(self) -> None:
        """A span starting after the day: FAILED, naming the effective date."""
        span = MembershipSpan(person="ann", program=F, start=date(2024, 2, 1))
        d = check_individual_voter(_member(date(2024, 2, 1)), as_of=VOTE_2024.first, spans=(span,))
        assert (Status.FAILED, True) == (
            d.outcome,
            "effective date 2024-02-01" in d.checks[0].reason,
        )

    def test_no_span_is_not_a_community_account(self) -> None:
        """A Foundation member with no span given: not a member (policy cited), not Community."""
        d = check_individual_voter(_member(date(2020, 1, 1)), as_of=VOTE_2024.first, spans=())
        c = d.checks[0]
        assert (Status.FAILED, "individual-member-policy", False) == (
            c.status,
            c.citation.document,
            "OIF" in c.reason,
        )

    def test_membership_cited_by_program(self) -> None:
        """The membership check cites the policy before the closing, the LF program from it."""
        person = Individual(
            id="ann",
            name="Ann",
            status=IndividualStatus.FOUNDATION_MEMBER,
            member_since=date(2020, 1, 1),
            oif_agreement_signed=date(2025, 6, 1),
            oif_registry_added=date(2025, 6, 1),
        )
        before = check_individual_voter(person, as_of=date(2025, 5, 30)).checks[0]
        after = check_individual_voter(person, as_of=date(2026, 1, 20)).checks[0]
        assert ("individual-member-policy", "lf-individual-member-program") == (
            before.citation.document,
            after.citation.document,
        )


class TestExplicitHistories:
    """check_window_voter with explicit spans: the first day in the window the member votes."""

    def test_span_ending_mid_window(self) -> None:
        """A membership ending on the third day: votes on the first two, so on the roll."""
        span = MembershipSpan(
            person="ann", program=F, start=date(2020, 1, 1), end=VOTE_2024.first + timedelta(2)
        )
        assert (
            Status.PASSED
            == check_window_voter(_member(date(2020, 1, 1)), VOTE_2024, spans=(span,)).outcome
        )

    def test_last_day_of_span_is_the_first_voting_day(self) -> None:
        """A span whose last day is the window's first day: on the roll."""
        span = MembershipSpan(
            person="ann", program=F, start=date(2020, 1, 1), end=VOTE_2024.first + timedelta(1)
        )
        assert (
            Status.PASSED
            == check_window_voter(_member(date(2020, 1, 1)), VOTE_2024, spans=(span,)).outcome
        )

    def test_given_history_wins_over_the_record(self) -> None:
        """The record says member since 2020; the given history ended in 2023: not on the roll."""
        span = MembershipSpan(
            person="ann", program=F, start=date(2020, 1, 1), end=date(2023, 6, 1)
        )
        d = check_window_voter(_member(date(2020, 1, 1)), VOTE_2024, spans=(span,))
        assert Status.FAILED == d.outcome

    def test_other_program_listed_first(self) -> None:
        """An OIF span listed first does not hide a Foundation span ending mid-window."""
        spans = (
            MembershipSpan(person="ann", program=IndividualProgram.OIF, start=date(2025, 6, 1)),
            MembershipSpan(
                person="ann", program=F, start=date(2020, 1, 1), end=VOTE_2024.first + timedelta(2)
            ),
        )
        d = check_window_voter(_member(date(2020, 1, 1)), VOTE_2024, spans=spans)
        assert Status.PASSED == d.outcome

    def test_vote_cast_reads_the_given_history(self) -> None:
        """A vote cast after the given history ended does not count."""
        span = MembershipSpan(
            person="ann", program=F, start=date(2020, 1, 1), end=date(2023, 6, 1)
        )
        record = VoteRecord(election="e", voter="ann", cast_on=VOTE_2024.first)
        d = check_vote_cast(_member(date(2020, 1, 1)), record, VOTE_2024, spans=(span,))
        assert Status.FAILED == d.outcome


class TestRefusedDates:
    """A date before every rule is refused, naming the argument."""

    EARLY = DayRange(date(2012, 1, 2), date(2012, 1, 6))

    def test_paths(self) -> None:
        """joining_cutoff and check_window_voter name ``vote.first``; the others ``as_of``."""
        m = Membership(
            organization="g", tier=Tier.GOLD, signed=date(2011, 1, 1), term_start=date(2011, 1, 1)
        )
        paths = []
        for call in (
            lambda: joining_cutoff(self.EARLY),
            lambda: check_window_voter(_member(date(2011, 1, 1)), self.EARLY),
            lambda: check_gold_voter(m, as_of=self.EARLY.first),
            lambda: check_platinum_voter(m, as_of=self.EARLY.first),
        ):
            with pytest.raises(InvalidInputError) as err:
                call()
            paths.append(err.value.paths)
        assert [("vote.first",), ("vote.first",), ("as_of",), ("as_of",)] == paths


class TestVoteCast:
    """A recorded vote: the voter named, the window's text by era."""

    def test_other_voter_refused_at_voter(self) -> None:
        """A record of another voter is refused at ``voter``."""
        record = VoteRecord(election="e", voter="bob", cast_on=VOTE_2024.first)
        with pytest.raises(InvalidInputError) as err:
            check_vote_cast(_member(date(2020, 1, 1)), record, VOTE_2024)
        assert ("voter",) == err.value.paths

    def test_window_cited_by_era(self) -> None:
        """A window from 2025-06-01 cites the LF procedures, one day earlier the bylaws."""
        person = _member(date(2020, 1, 1))
        docs = []
        for first in (date(2025, 5, 31), date(2025, 6, 1)):
            vote = DayRange(first, first + timedelta(4))
            record = VoteRecord(election="e", voter="ann", cast_on=first - timedelta(1))
            docs.append(check_vote_cast(person, record, vote).checks[0].citation.document)
        assert "bylaws" == docs[0]
        assert "bylaws" != docs[1]


class TestGoldVoterClosing:
    """From 2025-06-01 a Gold voter must also be a Linux Foundation member."""

    def test_closing_day(self) -> None:
        """On 2025-06-01 the LF membership check is made; on 2025-05-31 it is not."""
        m = Membership(
            organization="g", tier=Tier.GOLD, signed=date(2020, 1, 1), term_start=date(2020, 1, 1)
        )
        ids = [
            {c.rule_id for c in check_gold_voter(m, as_of=day).checks}
            for day in (date(2025, 5, 31), date(2025, 6, 1))
        ]
        assert (False, True) == (ids[1] <= ids[0], bool(ids[1] - ids[0]))


class TestGoldTransition2014:
    """January 2014: only the sixteen Gold members with the earliest terms vote."""

    DAY = date(2014, 1, 6)

    @staticmethod
    def _gold(org: str, start: date, tier: Tier = Tier.GOLD) -> Membership:
        return Membership(organization=org, tier=tier, signed=start, approved=start)

    def test_ranked_by_date_not_name(self) -> None:
        """The earliest member is among the sixteen whatever its name (here last by name)."""
        later = [self._gold(f"a{i:02d}", date(2012, 9, 1) + timedelta(i)) for i in range(16)]
        first = self._gold("zzz", date(2012, 8, 1))
        d = check_gold_voter(first, as_of=self.DAY, gold_members=[*later, first])
        assert Status.PASSED == d.check("elections.voter.gold.transition").status

    def test_only_gold_memberships_ranked(self) -> None:
        """Sixteen earlier Platinum memberships do not push a Gold member out."""
        platinum = [
            self._gold(f"p{i:02d}", date(2012, 7, 20) + timedelta(i), Tier.PLATINUM)
            for i in range(16)
        ]
        mine = self._gold("g", date(2013, 6, 1))  # the Platinum ones take effect 2013-01-01
        d = check_gold_voter(mine, as_of=self.DAY, gold_members=[*platinum, mine])
        assert Status.PASSED == d.check("elections.voter.gold.transition").status

    def test_no_first_vote_check_when_not_in_force(self) -> None:
        """A Gold membership that ended: FAILED, and no first-vote or transition check."""
        ended = Membership(
            organization="g",
            tier=Tier.GOLD,
            signed=date(2012, 8, 1),
            term_start=date(2012, 8, 1),
            term_end=date(2013, 6, 30),
        )
        d = check_gold_voter(ended, as_of=self.DAY, gold_members=[ended])
        ids = {c.rule_id for c in d.checks}
        assert (Status.FAILED, False) == (d.outcome, "elections.voter.gold.first_vote" in ids)
