"""Electorate rolls and vote records: the roll of an election, explained or not."""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    Individual,
    IndividualStatus,
    InvalidInputError,
    Membership,
    Organization,
    Roster,
    Status,
    Tier,
)
from openinfra_model.elections import history as h
from openinfra_model.elections.model import (
    DayRange,
    Election,
    ElectionKind,
    Electorate,
    VoteRecord,
    VotingMethod,
)
from openinfra_model.elections.rolls import Roll, build_roll, voters_by_election
from openinfra_model.elections.voters import (
    IndividualProgram,
    MembershipSpan,
    check_window_voter,
    spans_of,
)
from openinfra_model.membership import LinuxFoundationLevel, LinuxFoundationMembership

FM = IndividualStatus.FOUNDATION_MEMBER
COMMUNITY = IndividualStatus.COMMUNITY


def person(
    pid: str, since: date | None, *, oif: date | None = None, signed_only: bool = False
) -> Individual:
    """A member (or a Community account when ``since`` is None).

    ``oif`` is the OIF agreement's signing day, also taken as the registry date unless
    ``signed_only``.
    """
    if since is None:
        return Individual(id=pid, name=pid, status=COMMUNITY)
    return Individual(
        id=pid,
        name=pid,
        status=FM,
        member_since=since,
        oif_agreement_signed=oif,
        oif_registry_added=None if signed_only else oif,
    )


def roster_of(*people: Individual, snapshot: date = date(2026, 1, 1)) -> Roster:
    """A roster of individuals only."""
    return Roster(snapshot=snapshot, individuals=people)


class TestIndividualRolls:
    """Bylaws §3.9(a): the roll holds the members who can cast a counting vote in the window."""

    def test_roll_uses_cutoff(self) -> None:
        """2025: effective 2024-07-21 is on the roll, 2024-07-22 and Community accounts not."""
        r = roster_of(
            person("a", date(2024, 7, 21)), person("b", date(2024, 7, 22)), person("c", None)
        )
        roll = build_roll(h.INDIVIDUAL_2025, r)
        assert ("a",) == roll.voters
        assert date(2024, 7, 21) == roll.cutoff
        assert "a" in roll
        assert "b" not in roll

    def test_founding_members_on_2012_roll(self) -> None:
        """August 2012: members effective on or before 2012-08-15 vote at once, later not."""
        r = roster_of(
            person("a", date(2012, 8, 1)),
            person("b", date(2012, 8, 15)),
            person("c", date(2012, 8, 16)),
            snapshot=date(2012, 9, 1),
        )
        assert ("a", "b") == build_roll(h.INDIVIDUAL_2012, r).voters
        assert ("a", "b") == build_roll(h.INDIVIDUAL_2012, r, explain=True).voters

    def test_lf_roll_uses_oif_agreement(self) -> None:
        """2026: the OIF agreement date decides; no agreement, no vote."""
        r = roster_of(
            person("a", date(2015, 1, 1), oif=date(2025, 7, 21)),
            person("b", date(2015, 1, 1), oif=date(2025, 7, 22)),
            person("c", date(2015, 1, 1)),
        )
        assert ("a",) == build_roll(h.INDIVIDUAL_2026, r).voters

    def test_item_8_roll_uses_registry_dates(self) -> None:
        """Issue 11 item 8: registry dates decide; signing-only members are UNKNOWN or FAILED."""
        r = roster_of(
            person("a", date(2015, 1, 1), oif=date(2025, 7, 21)),
            person("b", date(2015, 1, 1), oif=date(2025, 7, 21), signed_only=True),
            person("c", date(2015, 1, 1), oif=date(2025, 7, 22), signed_only=True),
            person("d", date(2015, 1, 1), oif=date(2025, 7, 22)),
        )
        roll = build_roll(h.INDIVIDUAL_2026, r, explain=True)
        assert ("a",) == roll.voters
        assert ("a",) == build_roll(h.INDIVIDUAL_2026, r).voters
        assert (Status.PASSED, Status.UNKNOWN, Status.FAILED, Status.FAILED) == tuple(
            d.outcome for d in roll.decisions
        )

    def test_explained_roll_has_a_decision_for_everyone(self) -> None:
        """With explain=True each member examined has a decision; voters are those passed."""
        people = [person(f"p{i}", date(2024, 1, 1) + timedelta(days=20 * i)) for i in range(15)]
        r = roster_of(*people, person("c", None))
        roll = build_roll(h.INDIVIDUAL_2025, r, explain=True)
        assert len(r.individuals) == len(roll.decisions)
        assert build_roll(h.INDIVIDUAL_2025, r).voters == roll.voters
        assert Status.FAILED == roll.decision_for("c").outcome

    def test_identical_situations_share_one_decision(self) -> None:
        """Two members with the same effective date share one Decision object."""
        r = roster_of(person("a", date(2020, 1, 1)), person("b", date(2020, 1, 1)))
        roll = build_roll(h.INDIVIDUAL_2025, r, explain=True)
        assert roll.decision_for("a") is roll.decision_for("b")

    def test_history_overrides_record(self) -> None:
        """A member whose history shows a re-join 2024-10-01 is off the 2025 roll."""
        r = roster_of(person("a", date(2024, 10, 1)), person("b", date(2020, 1, 1)))
        spans = (
            MembershipSpan(
                person="a",
                program=IndividualProgram.FOUNDATION,
                start=date(2015, 1, 1),
                end=date(2024, 3, 1),
            ),
            MembershipSpan(
                person="a", program=IndividualProgram.FOUNDATION, start=date(2024, 10, 1)
            ),
        )
        assert ("b",) == build_roll(h.INDIVIDUAL_2025, r, history=spans).voters

    @given(
        st.lists(
            st.one_of(st.none(), st.dates(min_value=date(2012, 1, 1), max_value=date(2025, 1, 1))),
            max_size=30,
        )
    )
    def test_fast_roll_agrees_with_decisions(self, starts: list[date | None]) -> None:
        """The bare roll equals the members whose window decision passes."""
        people = [person(f"p{i}", d) for i, d in enumerate(starts)]
        r = roster_of(*people, snapshot=date(2025, 1, 1))
        for election in (h.INDIVIDUAL_2013, h.INDIVIDUAL_2025):
            expected = tuple(p.id for p in people if check_window_voter(p, election.voting).passed)
            assert expected == build_roll(election, r).voters

    @given(
        st.dates(min_value=date(2012, 1, 1), max_value=date(2025, 12, 1)),
        st.sampled_from(
            [h.INDIVIDUAL_2012, h.INDIVIDUAL_2013, h.INDIVIDUAL_2025, h.INDIVIDUAL_2026]
        ),
    )
    def test_shared_decisions_equal_the_general_rule(
        self, start: date, election: Election
    ) -> None:
        """The roll's fast per-date decision equals the general span-by-span decision."""
        p = Individual(id="p", name="p", status=FM, member_since=start, oif_agreement_signed=start)
        general = check_window_voter(p, election.voting, spans=spans_of(p))
        assert general == check_window_voter(p, election.voting)


class TestOrganisationRolls:
    """Bylaws §3.9(b)/(c): Gold and Platinum members' rolls."""

    def test_gold_roll_2026(self) -> None:
        """2026 Gold vote: LF members admitted before 2026 vote, a 2025 admission too."""
        orgs = tuple(Organization(id=i, name=i) for i in ("a", "b", "c", "d"))
        lf = LinuxFoundationMembership(level=LinuxFoundationLevel.SILVER, since=date(2025, 6, 1))

        def m(org: str, signed: date, *, with_lf: bool = True) -> Membership:
            return Membership(
                organization=org,
                tier=Tier.GOLD,
                signed=signed,
                approved=signed,
                linux_foundation=lf if with_lf else None,
            )

        r = Roster(
            snapshot=date(2026, 1, 1),
            organizations=orgs,
            memberships=(
                m("a", date(2022, 1, 1)),
                m("b", date(2025, 12, 31)),
                m("c", date(2022, 1, 1), with_lf=False),
                Membership(
                    organization="d",
                    tier=Tier.SILVER,
                    signed=date(2022, 1, 1),
                    approved=date(2022, 1, 1),
                ),
            ),
        )
        roll = build_roll(h.GOLD_2026, r, explain=True)
        assert ("a", "b") == roll.voters
        assert Status.FAILED == roll.decision_for("c").outcome


class TestBadInput:
    """Bad records are refused, naming the record; nothing is silently dropped."""

    def test_oif_agreement_after_snapshot(self) -> None:
        """An OIF agreement dated after the roster snapshot names the field."""
        r = roster_of(person("a", date(2015, 1, 1), oif=date(2026, 2, 1), signed_only=True))
        with pytest.raises(InvalidInputError) as err:
            build_roll(h.INDIVIDUAL_2026, r)
        assert ("individuals[0].oif_agreement_signed",) == err.value.paths

    def test_oif_registry_after_snapshot(self) -> None:
        """Signing and registry dates after the snapshot are both named."""
        r = roster_of(person("a", date(2015, 1, 1), oif=date(2026, 2, 1)))
        with pytest.raises(InvalidInputError) as err:
            build_roll(h.INDIVIDUAL_2026, r)
        assert (
            "individuals[0].oif_agreement_signed",
            "individuals[0].oif_registry_added",
        ) == err.value.paths

    def test_member_since_after_snapshot(self) -> None:
        """The roster refuses an effective date after its snapshot."""
        with pytest.raises(InvalidInputError) as err:
            roster_of(person("a", date(2026, 2, 1)))
        assert ("individuals[0].member_since",) == err.value.paths

    def test_election_before_every_rule(self) -> None:
        """An election in 2011 is outside every table."""
        e = Election(
            id="x",
            kind=ElectionKind.INDIVIDUAL_DIRECTORS,
            electorate=Electorate.INDIVIDUAL_MEMBERS,
            seats=8,
            method=VotingMethod.CUMULATIVE,
            voting=DayRange(date(2011, 1, 10), date(2011, 1, 14)),
        )
        with pytest.raises(InvalidInputError) as err:
            build_roll(e, roster_of())
        assert ("election.voting.first",) == err.value.paths

    def test_wrong_electorate_for_period(self) -> None:
        """Delaware Individual Members do not vote in 2026."""
        e = Election(
            id="x",
            kind=ElectionKind.INDIVIDUAL_DIRECTORS,
            electorate=Electorate.INDIVIDUAL_MEMBERS,
            seats=8,
            method=VotingMethod.CUMULATIVE,
            voting=h.INDIVIDUAL_2026.voting,
        )
        with pytest.raises(InvalidInputError) as err:
            build_roll(e, roster_of())
        assert ("election.electorate",) == err.value.paths

    def test_history_of_unknown_person(self) -> None:
        """A span naming nobody on the roster is refused."""
        spans = (
            MembershipSpan(
                person="zz", program=IndividualProgram.FOUNDATION, start=date(2020, 1, 1)
            ),
        )
        with pytest.raises(InvalidInputError) as err:
            build_roll(h.INDIVIDUAL_2025, roster_of(), history=spans)
        assert ("history[0].person",) == err.value.paths

    def test_votes_checked_against_rolls(self) -> None:
        """Unknown election, voter off the roll, out-of-window day and a repeat: all named."""
        roll = Roll(election="2025-individual", voters=("a", "b"))
        votes = (
            VoteRecord(election="2025-individual", voter="a"),
            VoteRecord(election="nope", voter="a"),
            VoteRecord(election="2025-individual", voter="z"),
            VoteRecord(election="2025-individual", voter="b", cast_on=date(2025, 1, 20)),
            VoteRecord(election="2025-individual", voter="a"),
            VoteRecord(election="2024-individual", voter="a"),
        )
        with pytest.raises(InvalidInputError) as err:
            voters_by_election([h.INDIVIDUAL_2025, h.INDIVIDUAL_2024], [roll], votes)
        assert (
            "votes[1].election",
            "votes[2].voter",
            "votes[3].cast_on",
            "votes[4]",
            "votes[5].election",
        ) == err.value.paths

    def test_reversed_nomination_window_in_election(self) -> None:
        """Nominations that do not close before the vote opens are refused."""
        with pytest.raises(InvalidInputError) as err:
            Election(
                id="x",
                kind=ElectionKind.INDIVIDUAL_DIRECTORS,
                electorate=Electorate.INDIVIDUAL_MEMBERS,
                seats=8,
                method=VotingMethod.CUMULATIVE,
                voting=h.INDIVIDUAL_2025.voting,
                nominations=DayRange(date(2024, 12, 1), date(2025, 1, 13)),
            )
        assert ("nominations.last",) == err.value.paths

    def test_negative_seats(self) -> None:
        """Seats are a non-negative int."""
        with pytest.raises(InvalidInputError) as err:
            Election(
                id="x",
                kind=ElectionKind.INDIVIDUAL_DIRECTORS,
                electorate=Electorate.INDIVIDUAL_MEMBERS,
                seats=-1,
                method=VotingMethod.CUMULATIVE,
                voting=h.INDIVIDUAL_2025.voting,
            )
        assert ("seats",) == err.value.paths


class TestFirstSupportedDate:
    """The supported range starts on 2012-07-18, the first Individual Member sign-ups."""

    def test_item_2_2012_gold_vote_is_supported(self) -> None:
        """Issue 11 item 2: the recorded 2012 Gold vote (August 13-17) gets a roll, no error."""
        roll = build_roll(h.GOLD_2012, roster_of(snapshot=date(2012, 9, 1)))
        assert "2012-gold" == roll.election

    def test_day_before_first_date_is_refused(self) -> None:
        """A vote opening on 2012-07-17 is before every rule: refused, not extrapolated."""
        early = attrs.evolve(h.GOLD_2012, voting=DayRange(date(2012, 7, 17), date(2012, 7, 17)))
        with pytest.raises(InvalidInputError) as err:
            build_roll(early, roster_of(snapshot=date(2012, 9, 1)))
        assert ("election.voting.first",) == err.value.paths
