"""Director Diversity Requirement facts that mutation testing found unpinned (issue 18).

Each test pins a behaviour a mutant of ``board/diversity.py`` changed without any test
noticing: groups of related companies read on every path (waivers, votes, new directors,
seating), the counts behind a substitution, the undecided 2019-2020 window, the Linux
Foundation era's majority vote and appointing-member rule, and the clauses' confidence marks.
Every decision is computed inside its test (mutation runs see only calls made there).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from openinfra_model import (
    Board,
    Citation,
    Director,
    InvalidInputError,
    Organization,
    SeatClass,
    Status,
)
from openinfra_model.board import (
    AffiliatedGroups,
    AffiliationKind,
    PersonalAffiliation,
    Waiver,
    check_diversity,
    check_new_director,
    check_waiver,
    check_waiver_vote,
    diversity_constraint,
    seat_in_order,
)
from openinfra_model.board import diversity as diversity_module
from openinfra_model.board.diversity import DIVERSITY_REQUIREMENT, director_groups
from openinfra_model.core.regimes import Confidence
from openinfra_model.membership import ControlLink

DELAWARE = date(2015, 1, 16)
UNDECIDED = date(2020, 6, 1)
LF = date(2025, 7, 1)


def _d(
    person: str,
    org: str | None,
    *,
    seat_class: SeatClass = SeatClass.INDIVIDUAL,
    start: date = date(2014, 1, 16),
    end: date | None = None,
    appointed_by: str | None = None,
) -> Director:
    if seat_class is not SeatClass.INDIVIDUAL and appointed_by is None:
        appointed_by = org or "some-member"
    return Director(
        person=person,
        name=person.replace("-", " ").title(),
        seat_class=seat_class,
        appointed_by=appointed_by,
        term_start=start,
        term_end=end,
        affiliations=(
            (PersonalAffiliation(organization=org, kind=AffiliationKind.EMPLOYEE),) if org else ()
        ),
    )


def _groups(*members: str) -> AffiliatedGroups:
    """One group of related companies (its key is the smallest id)."""
    return AffiliatedGroups(
        as_of=DELAWARE,
        groups=(members,),
        citation=Citation("bylaws", date(2012, 7, 18), "2.5"),
    )


ACME = _groups("acme", "acme-labs", "acme-x")
# 2015: one director of acme and two of its subsidiary acme-labs, six unaffiliated.
ACME_BOARD = (
    _d("a1", "acme"),
    _d("a2", "acme-labs"),
    _d("a3", "acme-labs"),
    *(_d(f"o{i}", None) for i in range(6)),
)


class TestRuleSummary:
    """The one-line summary of each period's rule names its limits and its waiver vote."""

    def test_delaware_summary(self) -> None:
        """2015: two per group, four kinds counted, two thirds not counting the affiliated."""
        expected = (
            "at most 2 affiliated directors per group; counts board_member, contractor, "
            "employee, officer; waiver: 2/3 of the board, not counting the affiliated"
        )
        assert expected == str(DIVERSITY_REQUIREMENT.value(DELAWARE))

    def test_lf_summary(self) -> None:
        """LF era: three per group, one appointed or nominated, employees, a majority."""
        expected = (
            "at most 3 affiliated directors per group, at most 1 appointed or nominated; "
            "counts employee; waiver: a majority of the board"
        )
        assert expected == str(DIVERSITY_REQUIREMENT.value(LF))
        assert f"<DiversityRule {expected}>" == repr(DIVERSITY_REQUIREMENT.value(LF))


class TestClausesMarkedWithTheWindow:
    """Item 9: the clauses of an inferred or not-found window carry that window's confidence."""

    @pytest.mark.parametrize(
        ("day", "confidence"),
        [(UNDECIDED, Confidence.NOT_FOUND), (date(2022, 6, 1), Confidence.INFERRED)],
    )
    def test_every_clause_marked(
        self, day: date, confidence: Confidence, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Limit, new director, mid-term and waiver clauses all say how firm the window is.

        The memo of marked rules is emptied first, so the marking itself runs in this test.
        """
        monkeypatch.setattr(diversity_module, "_MARKED", {})
        rule = diversity_module._rule_on(day)
        clauses = (rule.limit, rule.new_director, rule.mid_term, rule.waiver)
        assert (confidence,) * 4 == tuple(c.confidence for c in clauses)
        plain = DIVERSITY_REQUIREMENT.value(day)
        assert (plain.limit, plain.waiver) == (rule.limit, rule.waiver)

    def test_quoted_window_unchanged(self) -> None:
        """A quoted window's rule is the table's own value."""
        assert DIVERSITY_REQUIREMENT.value(DELAWARE) is diversity_module._rule_on(DELAWARE)


class TestCountedKinds:
    """LF era: only employment counts; a link of another kind is skipped, not the rest."""

    def test_uncounted_link_before_a_counted_one(self) -> None:
        """A board seat listed before an employment: the employer is still found."""
        d = Director(
            person="x",
            name="X",
            seat_class=SeatClass.INDIVIDUAL,
            term_start=date(2025, 6, 1),
            affiliations=(
                PersonalAffiliation(organization="acme", kind=AffiliationKind.BOARD_MEMBER),
                PersonalAffiliation(organization="zeta", kind=AffiliationKind.EMPLOYEE),
            ),
        )
        assert (frozenset({"zeta"}), frozenset()) == director_groups(d, as_of=LF)


class TestWaiverVoteDelaware:
    """§4.17(e) (2012): two thirds of the directors in office, not counting the affiliated."""

    @staticmethod
    def _waiver(votes: int) -> Waiver:
        # Recorded under the subsidiary: the vote still leaves out the whole group.
        return Waiver(
            organization="acme-labs", directors=("a2",), granted=DELAWARE, votes_for=votes
        )

    def test_group_left_out_of_the_vote(self) -> None:
        """Nine in office, three of the acme group: 4 of 6 needed; 4 carry, 3 do not."""
        carried = check_waiver_vote(self._waiver(4), ACME_BOARD, groups=ACME)
        short = check_waiver_vote(self._waiver(3), ACME_BOARD, groups=ACME)
        assert (Status.WAIVED, Status.FAILED) == (carried.outcome, short.outcome)
        assert "4 of 6 eligible directors needed" in carried.checks[0].reason

    def test_deprecated_form_reads_the_groups(self) -> None:
        """The deprecated ``check_waiver`` counts the same vote (4 of 6 needed)."""
        with pytest.warns(DeprecationWarning, match="check_waiver_vote"):
            check = check_waiver(self._waiver(4), ACME_BOARD, groups=ACME)
        assert Status.WAIVED == check.status

    def test_without_groups_only_the_named_company_is_left_out(self) -> None:
        """Without the groups only acme-labs' two are left out: 5 of 7 needed, 4 fail."""
        decision = check_waiver_vote(self._waiver(4), ACME_BOARD)
        assert Status.FAILED == decision.outcome
        assert "5 of 7 eligible directors needed" in decision.checks[0].reason


class TestWaiverVoteLinuxFoundation:
    """LF era: approval by the Governing Board, a majority of all representatives [inferred]."""

    BOARD = (
        _d("a1", "acme", start=date(2025, 6, 1)),
        _d("a2", "acme", start=date(2025, 6, 1)),
        _d("o1", None, start=date(2025, 6, 1)),
        _d("o2", None, start=date(2025, 6, 1)),
    )

    def _vote(self, votes: int) -> Status:
        w = Waiver(organization="acme", directors=("a2",), granted=LF, votes_for=votes)
        return check_waiver_vote(w, self.BOARD).outcome

    def test_majority_of_all_four(self) -> None:
        """Four in office, the affiliated counted too: 3 needed; 2 fail, 3 carry."""
        assert (Status.FAILED, Status.WAIVED) == (self._vote(2), self._vote(3))

    def test_reason_counts_the_affiliated(self) -> None:
        """The reason names 3 of 4 eligible (nobody left out in the LF era)."""
        w = Waiver(organization="acme", directors=("a2",), granted=LF, votes_for=3)
        assert (
            "3 of 4 eligible directors needed" in check_waiver_vote(w, self.BOARD).checks[0].reason
        )


class TestWaiversOfGroups:
    """A recorded waiver covers its group's directors it names, under any member's id."""

    def test_waiver_under_a_subsidiary_covers_the_group(self) -> None:
        """Three of the acme group (limit 2), waived under acme-labs with 4 of 6 votes."""
        w = Waiver(organization="acme-labs", directors=("a2",), granted=DELAWARE, votes_for=4)
        d = check_diversity(ACME_BOARD, as_of=DELAWARE, groups=ACME, waivers=(w,))
        assert Status.WAIVED == d.outcome

    def test_waiver_short_of_votes_named(self) -> None:
        """With 3 votes the recorded waiver does not carry: FAILED, the reason says so."""
        w = Waiver(organization="acme-labs", directors=("a2",), granted=DELAWARE, votes_for=3)
        d = check_diversity(ACME_BOARD, as_of=DELAWARE, groups=ACME, waivers=(w,))
        check = d.check("board.diversity.limit")
        assert Status.FAILED == check.status
        assert "does not carry" in check.reason

    def test_waiver_naming_other_directors_does_not_cover(self) -> None:
        """A waiver for the group naming none of its directors leaves the limit broken."""
        w = Waiver(organization="acme", directors=("o1",), granted=DELAWARE, votes_for=9)
        d = check_diversity(ACME_BOARD, as_of=DELAWARE, groups=ACME, waivers=(w,))
        assert Status.FAILED == d.outcome

    def test_reason_names_every_director(self) -> None:
        """The FAILED reason names the three directors of the group and the limit."""
        reason = check_diversity(ACME_BOARD, as_of=DELAWARE, groups=ACME).checks[0].reason
        expected = (True, True, True, True)
        assert expected == ("A1" in reason, "A2" in reason, "A3" in reason, "limit of 2" in reason)


class TestUndecidedWindow:
    """2019-09-11 to 2020-12-31: the limit in force (two or three) is not found."""

    BOARD = (
        _d("r1", "red-hat", start=date(2020, 1, 20)),
        _d("r2", "red-hat", start=date(2020, 1, 20)),
        _d("r3", "red-hat", start=date(2020, 1, 20)),
        *(_d(f"o{i}", None, start=date(2020, 1, 20)) for i in range(3)),
    )

    def test_three_unknown_naming_group_and_candidates(self) -> None:
        """Three of red-hat: UNKNOWN, the reason names the group and both limits (2 or 3)."""
        check = check_diversity(self.BOARD, as_of=UNDECIDED).checks[0]
        assert Status.UNKNOWN == check.status
        assert (True, True) == ("red-hat" in check.reason, "(2 or 3;" in check.reason)

    def test_waiver_names_the_lower_limit(self) -> None:
        """Waived (2 of 3 non-affiliated votes): the reason says three exceed the limit of 2."""
        w = Waiver(organization="red-hat", directors=("r3",), granted=UNDECIDED, votes_for=2)
        check = check_diversity(self.BOARD, as_of=UNDECIDED, waivers=(w,)).checks[0]
        assert Status.WAIVED == check.status
        assert "exceed the limit of 2;" in check.reason

    def test_new_director_below_and_at_the_undecided_count(self) -> None:
        """A new red-hat director as the second is PASSED, as the third UNKNOWN (2 or 3)."""
        new = _d("new", "red-hat", start=UNDECIDED)
        second = check_new_director(self.BOARD[:1], new, as_of=UNDECIDED).checks[0]
        third = check_new_director(self.BOARD[:2], new, as_of=UNDECIDED).checks[0]
        fourth = check_new_director(self.BOARD[:3], new, as_of=UNDECIDED).checks[0]
        assert (Status.PASSED, Status.UNKNOWN, Status.FAILED) == (
            second.status,
            third.status,
            fourth.status,
        )
        rule = DIVERSITY_REQUIREMENT.value(UNDECIDED)
        assert ("board.diversity.new_director", rule.new_director) == (
            third.rule_id,
            third.citation,
        )
        assert "(2 or 3)" in third.reason


class TestContractorsOnly:
    """A group whose directors are all contractors of unknown earnings."""

    def test_four_unknown_contractors_unknown(self) -> None:
        """Four possible (none sure) over the limit of three: UNKNOWN; three: PASSED."""
        ds = [
            Director(
                person=p,
                name=p,
                seat_class=SeatClass.INDIVIDUAL,
                term_start=date(2022, 1, 26),
                affiliations=(
                    PersonalAffiliation(organization="acme", kind=AffiliationKind.CONTRACTOR),
                ),
            )
            for p in ("a", "b", "c", "d")
        ]
        day = date(2022, 6, 1)
        assert (Status.UNKNOWN, Status.PASSED) == (
            check_diversity(ds, as_of=day).outcome,
            check_diversity(ds[:3], as_of=day).outcome,
        )


class TestAppointingMembersWaiver:
    """Charter §3(b): two related members appointing, "unless otherwise approved"."""

    ORGS = (
        Organization(id="parent", name="Parent"),
        Organization(
            id="child",
            name="Child",
            controlled_by=(ControlLink(parent="parent", share=Decimal("0.9")),),
        ),
    )
    BOARD = (
        _d(
            "x", None, seat_class=SeatClass.PLATINUM, appointed_by="parent", start=date(2025, 6, 1)
        ),
        _d("y", None, seat_class=SeatClass.GOLD, appointed_by="child", start=date(2025, 6, 1)),
        _d("o1", None, start=date(2025, 6, 1)),
        _d("o2", None, start=date(2025, 6, 1)),
    )

    def _check(self, votes: int) -> tuple[Status, Citation, str]:
        w = Waiver(organization="parent", directors=("y",), granted=LF, votes_for=votes)
        d = check_diversity(self.BOARD, as_of=LF, organizations=self.ORGS, waivers=(w,))
        c = d.check("board.diversity.appointing_members")
        return c.status, c.citation, c.reason

    def test_majority_waives_citing_the_waiver(self) -> None:
        """3 of 4 votes: WAIVED under the waiver clause; the reason does not say it fails."""
        status, citation, reason = self._check(3)
        rule = DIVERSITY_REQUIREMENT.value(LF)
        assert (Status.WAIVED, rule.waiver, False) == (
            status,
            citation,
            "does not carry" in reason,
        )

    def test_short_vote_fails_citing_the_limit(self) -> None:
        """2 of 4 votes: FAILED under the limit clause; the reason says the waiver fails."""
        status, citation, reason = self._check(2)
        rule = DIVERSITY_REQUIREMENT.value(LF)
        assert (Status.FAILED, rule.limit, True) == (
            status,
            citation,
            "does not carry" in reason,
        )

    def test_later_group_checked_after_a_single_appointer(self) -> None:
        """A group with one appointing member sorted first does not stop the next group."""
        single = _d(
            "z", None, seat_class=SeatClass.PLATINUM, appointed_by="aaa", start=date(2025, 6, 1)
        )
        d = check_diversity((single, *self.BOARD), as_of=LF, organizations=self.ORGS)
        assert Status.FAILED == d.check("board.diversity.appointing_members").status


class TestNewDirectorCounts:
    """§4.17(c): who counts beside a new director."""

    def test_former_director_not_counted(self) -> None:
        """A director whose term ended is not beside the new one: second of hp, PASSED."""
        sitting = [
            _d("ee", "hp", seat_class=SeatClass.PLATINUM),
            _d("gone", "hp", end=date(2014, 12, 31)),
        ]
        new = _d("mt", "hp", start=DELAWARE)
        assert Status.PASSED == check_new_director(sitting, new, as_of=DELAWARE).outcome

    def test_groups_join_new_and_sitting(self) -> None:
        """New at acme-labs beside acme and acme-x: third of one group, FAILED; apart PASSED."""
        sitting = [_d("s1", "acme"), _d("s2", "acme-x")]
        new = _d("n", "acme-labs", start=DELAWARE)
        assert (Status.FAILED, Status.PASSED) == (
            check_new_director(sitting, new, as_of=DELAWARE, groups=ACME).outcome,
            check_new_director(sitting, new, as_of=DELAWARE).outcome,
        )


class TestSubstitutionCounts:
    """§4.17(c) substitution: the counts behind each candidate."""

    def test_board_keeps_only_other_classes(self) -> None:
        """Two sitting hp Individuals are being replaced: only Evans counts; Taylor seated."""
        board = Board(
            directors=(
                _d("ee", "hp", seat_class=SeatClass.PLATINUM),
                _d("old1", "hp", end=date(2015, 12, 31)),
                _d("old2", "hp", end=date(2015, 12, 31)),
            )
        )
        aff = {"taylor": ("hp",), "mestery": ("hp",)}
        c = diversity_constraint(board, aff, as_of=DELAWARE)
        assert ("taylor", "hirschfeld") == seat_in_order(
            ["taylor", "mestery", "hirschfeld"], 2, c
        ).seated

    def test_two_sitting_count_two(self) -> None:
        """Two sitting hp directors: a third hp candidate is passed over (limit 2)."""
        c = diversity_constraint([_d("s1", "hp"), _d("s2", "hp")], {"c": ("hp",)}, as_of=DELAWARE)
        assert () == seat_in_order(["c"], 1, c).seated

    def test_first_seated_counts_one(self) -> None:
        """No sitting hp director: two hp candidates are both seated (1, then 2 of 2)."""
        c = diversity_constraint([], {"c1": ("hp",), "c2": ("hp",)}, as_of=DELAWARE)
        assert ("c1", "c2") == seat_in_order(["c1", "c2"], 2, c).seated

    def test_every_group_of_a_candidate_examined(self) -> None:
        """A candidate of aaa (free) and hp (two sitting) breaks the hp limit."""
        c = diversity_constraint(
            [_d("s1", "hp"), _d("s2", "hp")], {"c": ("aaa", "hp")}, as_of=DELAWARE
        )
        assert Status.FAILED == c((), "c").status

    def test_groups_read_for_sitting_and_candidates(self) -> None:
        """acme-labs sitting: acme seated (2 of the group), acme-labs passed over (3)."""
        aff = {"c1": ("acme",), "c2": ("acme-labs",), "c3": ()}
        sitting = [_d("s1", "acme-labs")]
        with_groups = diversity_constraint(sitting, aff, as_of=DELAWARE, groups=ACME)
        apart = diversity_constraint(sitting, aff, as_of=DELAWARE)
        assert (("c1", "c3"), ("c1", "c2", "c3")) == (
            seat_in_order(["c1", "c2", "c3"], 3, with_groups).seated,
            seat_in_order(["c1", "c2", "c3"], 3, apart).seated,
        )

    def test_waiver_under_a_subsidiary_seats(self) -> None:
        """A waiver recorded under acme-labs seats c2 (third of the group) as WAIVED."""
        w = Waiver(organization="acme-labs", directors=("c2",), granted=date(2015, 1, 10))
        c = diversity_constraint(
            [_d("s1", "acme-labs")],
            {"c1": ("acme",), "c2": ("acme-labs",)},
            as_of=DELAWARE,
            groups=ACME,
            waivers=(w,),
        )
        assert Status.WAIVED == c(("c1",), "c2").status

    def test_string_from_a_function_refused_at_its_path(self) -> None:
        """A function answering a bare string is refused when asked, at the candidate's path."""
        c = diversity_constraint([], lambda _p: "hp", as_of=DELAWARE)
        with pytest.raises(InvalidInputError) as err:
            c((), "x")
        assert ("affiliation_of['x']",) == err.value.paths


class TestLinuxFoundationSeating:
    """LF era seating: three per group, one appointed or nominated (Gold elections only)."""

    PLATINUM = _d("p", "acme", seat_class=SeatClass.PLATINUM, start=date(2025, 6, 1))

    def test_individual_election_ignores_appointed_limit(self) -> None:
        """An Individual candidate of acme beside its Platinum appointee: PASSED (2 of 3)."""
        c = diversity_constraint([self.PLATINUM], {"i": ("acme",)}, as_of=LF)
        check = c((), "i")
        assert (Status.PASSED, False) == (check.status, "appointed" in check.reason)

    def test_gold_election_names_appointed_limit(self) -> None:
        """A Gold candidate of another group: PASSED, naming the limit of 1 appointed."""
        c = diversity_constraint(
            [self.PLATINUM], {"g": ("zeta",)}, as_of=LF, election_class=SeatClass.GOLD
        )
        check = c((), "g")
        assert (Status.PASSED, True) == (check.status, "1 appointed" in check.reason)

    def test_gold_breaks_the_appointed_limit_not_the_total(self) -> None:
        """Third of acme (total 3 allowed) but second appointed: the reason names that limit."""
        sitting = [self.PLATINUM, _d("i", "acme", start=date(2025, 6, 1))]
        c = diversity_constraint(
            sitting, {"g": ("acme",)}, as_of=LF, election_class=SeatClass.GOLD
        )
        check = c((), "g")
        assert Status.FAILED == check.status
        assert "representative 2 affiliated with acme (limit 1)" in check.reason
