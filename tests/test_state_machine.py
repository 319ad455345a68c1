"""A state machine over membership events: the bylaws' invariants hold after every step.

Hypothesis drives sequences of events — organisations join and leave at each tier, change
tier, are acquired; annual elections seat directors; directors resign and vacancies are
filled; time passes, through the 2021 launch and the 2025 Linux Foundation closing — and after
every step checks what the library states:

* the Director Limit equals the Platinum members in force, and the board report uses it;
* the Gold and Individual seat counts change only at an annual election;
* the diversity decision fails only where a recount finds a group over the limit in office;
* no Individual member who joined after the founding year votes before 180 days;
* every check of the board on that day is explained (document, section, reason).
"""

from __future__ import annotations

import os
from datetime import date, timedelta

import attrs
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from openinfra_model import Status
from openinfra_model.board import (
    AnnualElection,
    Board,
    Director,
    PersonalAffiliation,
    SeatClass,
    affiliated_groups,
    check_board,
    director_limit,
)
from openinfra_model.board.affiliation import AffiliationKind
from openinfra_model.board.diversity import DIVERSITY_REQUIREMENT
from openinfra_model.elections import check_individual_voter
from openinfra_model.membership import (
    ControlLink,
    Individual,
    IndividualStatus,
    Membership,
    Organization,
    Tier,
    members_on,
)

START = date(2013, 2, 1)
END = date(2027, 12, 31)
ORGS = tuple(f"org-{i}" for i in range(10))


class Foundation(RuleBasedStateMachine):
    """The foundation's membership and board, event by event."""

    def __init__(self) -> None:
        """Start on 2013-02-01 with no members, no board and no individuals."""
        super().__init__()
        self.day = START
        self.memberships: list[Membership] = []
        self.links: dict[str, list[ControlLink]] = {o: [] for o in ORGS}
        self.directors: list[Director] = []
        self.elections: list[AnnualElection] = []
        self.people: list[Individual] = []
        self.serial = 0
        self.seats_seen: tuple[int, int] | None = None
        self.election_since_seen = False

    # --- helpers ------------------------------------------------------------------------

    def _next_id(self, prefix: str) -> str:
        self.serial += 1
        return f"{prefix}-{self.serial}"

    def _current(self, org: str) -> Membership | None:
        for m in self.memberships:
            if m.organization == org and (m.term_end is None or m.term_end >= self.day):
                return m
        return None

    def _end(self, m: Membership) -> None:
        i = self.memberships.index(m)
        self.memberships[i] = attrs.evolve(m, term_end=max(self.day, m.term_start or m.signed))
        for k, d in enumerate(self.directors):
            if d.appointed_by == m.organization and d.term_end is None:
                self.directors[k] = attrs.evolve(d, term_end=self.day)
        self.day += timedelta(days=1)  # the membership ended with the day; the next one begins

    def _organizations(self) -> tuple[Organization, ...]:
        return tuple(
            Organization(id=o, name=o.upper(), controlled_by=tuple(self.links[o])) for o in ORGS
        )

    def _board(self) -> Board:
        return Board(directors=tuple(self.directors), elections=tuple(self.elections))

    def _director(self, cls: SeatClass, by: str | None, employer: str) -> Director:
        person = self._next_id("person")
        return Director(
            person=person,
            name=person.title(),
            seat_class=cls,
            appointed_by=by,
            election=self.elections[-1].id if cls is not SeatClass.PLATINUM else None,
            term_start=self.day,
            affiliations=(
                PersonalAffiliation(organization=employer, kind=AffiliationKind.EMPLOYEE),
            ),
        )

    # --- events -------------------------------------------------------------------------

    @rule(days=st.integers(1, 200))
    def time_passes(self, days: int) -> None:
        """Days go by (through the 2021 launch and the 2025 closing)."""
        self.day = min(self.day + timedelta(days=days), END)

    @rule(org=st.sampled_from(ORGS), tier=st.sampled_from([Tier.PLATINUM, Tier.GOLD]))
    def join(self, org: str, tier: Tier) -> None:
        """An organisation without a membership joins, approved on the day it signs."""
        if self._current(org) is None:
            self.memberships.append(
                Membership(
                    organization=org,
                    tier=tier,
                    signed=self.day,
                    approved=self.day,
                    term_start=self.day,
                )
            )

    @rule(org=st.sampled_from(ORGS))
    def leave(self, org: str) -> None:
        """A member leaves; its appointed director's term ends with the membership."""
        m = self._current(org)
        if m is not None:
            self._end(m)

    @rule(org=st.sampled_from(ORGS))
    def change_tier(self, org: str) -> None:
        """A member moves between Platinum and Gold: one membership ends, the other starts."""
        m = self._current(org)
        if m is not None:
            self._end(m)
            self.join(org, Tier.GOLD if m.tier is Tier.PLATINUM else Tier.PLATINUM)

    @rule(acquirer=st.sampled_from(ORGS), bought=st.sampled_from(ORGS))
    def acquisition(self, acquirer: str, bought: str) -> None:
        """One organisation takes control of another (not of itself, not twice)."""
        if acquirer != bought and not self.links[bought] and not self.links[acquirer]:
            self.links[bought].append(
                ControlLink(parent=acquirer, share=None, controls=True, since=self.day)
            )

    @rule()
    def annual_election(self) -> None:
        """The annual election fixes Gold and Individual seats at the Director Limit.

        It seats one director per Platinum member, Gold directors chosen by Gold members and
        Individual directors; every director works for a distinct organisation where possible.
        """
        limit = director_limit(self.memberships, as_of=self.day)
        election = AnnualElection(
            id=self._next_id("election"),
            held_on=self.day,
            gold_seats=limit,
            individual_seats=limit,
        )
        self.elections.append(election)
        self.election_since_seen = True
        self.directors = [
            attrs.evolve(d, term_end=self.day - timedelta(days=1))
            if d.term_end is None
            and d.seat_class is not SeatClass.PLATINUM
            and d.term_start < self.day
            else d
            for d in self.directors
            if not (d.term_start == self.day and d.seat_class is not SeatClass.PLATINUM)
        ]
        platinum = [
            m.organization for m in members_on(self.memberships, Tier.PLATINUM, as_of=self.day)
        ]
        gold = [m.organization for m in members_on(self.memberships, Tier.GOLD, as_of=self.day)]
        sitting = {d.appointed_by for d in self.directors if d.term_end is None}
        for org in platinum:
            if org not in sitting:
                self.directors.append(self._director(SeatClass.PLATINUM, org, org))
        for org in gold[:limit]:
            self.directors.append(self._director(SeatClass.GOLD, org, org))
        others = [o for o in ORGS if o not in platinum and o not in gold]
        for k in range(min(limit, len(others))):
            self.directors.append(self._director(SeatClass.INDIVIDUAL, None, others[k]))

    @precondition(lambda self: any(d.term_end is None for d in self.directors))
    @rule(data=st.data())
    def resign(self, data: st.DataObject) -> None:
        """A director in office resigns."""
        open_terms = [i for i, d in enumerate(self.directors) if d.term_end is None]
        i = data.draw(st.sampled_from(open_terms))
        self.directors[i] = attrs.evolve(self.directors[i], term_end=self.day)
        self.day += timedelta(days=1)

    @rule()
    def fill_platinum_vacancy(self) -> None:
        """A Platinum member without a director in office appoints one."""
        sitting = {
            d.appointed_by
            for d in self.directors
            if d.seat_class is SeatClass.PLATINUM and d.in_office(self.day)
        }
        for m in members_on(self.memberships, Tier.PLATINUM, as_of=self.day):
            if m.organization not in sitting:
                self.directors.append(
                    self._director(SeatClass.PLATINUM, m.organization, m.organization)
                )
                return

    @rule(days_ago=st.integers(0, 400))
    def individual_joins(self, days_ago: int) -> None:
        """A person joins as an Individual member (on a day up to 400 days ago)."""
        since = max(START, self.day - timedelta(days=days_ago))
        self.people.append(
            Individual(
                id=self._next_id("member"),
                name="Member",
                status=IndividualStatus.FOUNDATION_MEMBER,
                member_since=since,
                oif_agreement_signed=since if since >= date(2025, 6, 1) else None,
            )
        )

    # --- invariants ---------------------------------------------------------------------

    @invariant()
    def director_limit_is_platinum_members(self) -> None:
        """§4.2(b): the Director Limit is the number of Platinum members in force."""
        expected = len(members_on(self.memberships, Tier.PLATINUM, as_of=self.day))
        assert expected == director_limit(self.memberships, as_of=self.day)

    @invariant()
    def board_report_is_consistent_and_explained(self) -> None:
        """The report uses the Director Limit; seats change only at elections; all explained.

        Every check the report holds names its rule, source document, section and reason.
        """
        if not self.elections:
            return
        report = check_board(
            self._board(),
            self.memberships,
            as_of=self.day,
            organizations=self._organizations(),
        )
        assert director_limit(self.memberships, as_of=self.day) == report.director_limit
        seats = (report.gold_seats, report.individual_seats)
        if self.seats_seen is not None and not self.election_since_seen:
            assert self.seats_seen == seats
        self.seats_seen = seats  # type: ignore[assignment]
        self.election_since_seen = False
        for check in (*report.composition.checks, *report.diversity.checks):
            assert check.rule_id
            assert check.reason
            assert check.citation.document
            assert check.citation.section
        if report.diversity.outcome is Status.FAILED:
            self._assert_some_group_over_limit()

    def _assert_some_group_over_limit(self) -> None:
        groups = affiliated_groups(self._organizations(), as_of=self.day)
        group_of = {o: i for i, g in enumerate(groups.groups) for o in g}
        limit = DIVERSITY_REQUIREMENT.at(self.day).value.max_affiliated
        counts: dict[int, int] = {}
        for d in self.directors:
            if d.in_office(self.day):
                for g in {group_of.get(a.organization, -1) for a in d.affiliations}:
                    counts[g] = counts.get(g, 0) + 1
        assert max(counts.values(), default=0) > limit

    @invariant()
    def no_vote_before_the_waiting_period(self) -> None:
        """§3.9(a) / LF §2(a): a member who joined after 2012 votes only after 180 days."""
        for person in self.people[-5:]:
            decision = check_individual_voter(person, as_of=self.day)
            assert person.member_since is not None
            if (self.day - person.member_since).days < 180:
                assert Status.PASSED != decision.outcome


LONG = os.environ.get("OPENINFRA_LONG_HUNT") == "1"
"""``OPENINFRA_LONG_HUNT=1`` runs thousands of sequences (the README's hunting command)."""

TestFoundation = Foundation.TestCase
TestFoundation.settings = settings(
    max_examples=3000 if LONG else 25,
    stateful_step_count=60 if LONG else 30,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    deadline=None,
)
