"""The board model and its composition rules (bylaws §4.2; charter §2), with bad input."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    Board,
    BoardReport,
    Director,
    InvalidInputError,
    Membership,
    NoRegimeError,
    Organization,
    SeatClass,
    Status,
    Tier,
    check_board,
    director_limit,
    dumps,
    loads,
    structure,
    unstructure,
)
from openinfra_model.board import (
    SEAT_CHANGE_RULE,
    AffiliatedGroups,
    AffiliationKind,
    AnnualElection,
    ClassVote,
    ControlChange,
    Meeting,
    MemberClass,
    MembershipChange,
    Officer,
    OfficerRole,
    PersonalAffiliation,
    SeatChangeRule,
    Waiver,
    affiliated_groups,
    check_vacancy_fill,
    control_change_consequences,
)
from openinfra_model.membership import ControlLink


def _m(org: str, tier: Tier, start: date, end: date | None = None) -> Membership:
    return Membership(organization=org, tier=tier, signed=start, term_start=start, term_end=end)


def _dir(  # noqa: PLR0917  (a test helper with defaults)
    person: str,
    cls: SeatClass,
    by: str | None = None,
    start: date = date(2023, 1, 31),
    end: date | None = None,
    seat: str | None = None,
) -> Director:
    return Director(
        person=person,
        name=person.upper(),
        seat_class=cls,
        appointed_by=by,
        seat=seat,
        term_start=start,
        term_end=end,
    )


Y = date(2023, 1, 1)
MEMBERS = (
    _m("p1", Tier.PLATINUM, Y),
    _m("p2", Tier.PLATINUM, Y),
    _m("g1", Tier.GOLD, Y),
    _m("g2", Tier.GOLD, Y),
    _m("g3", Tier.GOLD, Y),
)
ELECTION = AnnualElection(id="2023", held_on=date(2023, 1, 31), gold_seats=2, individual_seats=2)


def _board(*extra: Director, election: AnnualElection = ELECTION) -> Board:
    base = (
        _dir("a", SeatClass.PLATINUM, "p1"),
        _dir("b", SeatClass.PLATINUM, "p2"),
        _dir("c", SeatClass.GOLD, "g1"),
        _dir("d", SeatClass.GOLD, "g2"),
        _dir("e", SeatClass.INDIVIDUAL),
        _dir("f", SeatClass.INDIVIDUAL),
    )
    return Board(directors=(*base, *extra), elections=(election,))


class TestDirectorModel:
    """Directors: a class, an appointer where the class has one, and a term."""

    def test_platinum_needs_appointer(self) -> None:
        """A Platinum director without the appointing member is refused, naming the field."""
        with pytest.raises(InvalidInputError) as err:
            _dir("x", SeatClass.PLATINUM)
        assert ("appointed_by",) == err.value.paths

    def test_individual_has_no_appointer(self) -> None:
        """An Individual director is elected, not appointed by a member."""
        with pytest.raises(InvalidInputError) as err:
            _dir("x", SeatClass.INDIVIDUAL, "p1")
        assert ("appointed_by",) == err.value.paths

    def test_term_end_before_start(self) -> None:
        """A term ending before it starts is refused."""
        with pytest.raises(InvalidInputError) as err:
            _dir("x", SeatClass.INDIVIDUAL, end=date(2023, 1, 1))
        assert ("term_end",) == err.value.paths

    def test_in_office_inclusive_end(self) -> None:
        """The last day of the term is in office; the next is not."""
        d = _dir("x", SeatClass.INDIVIDUAL, end=date(2023, 12, 31))
        assert (True, False) == (d.in_office(date(2023, 12, 31)), d.in_office(date(2024, 1, 1)))

    def test_repr(self) -> None:
        """A readable repr for notebooks."""
        assert "<Director X (platinum by p1) 2023-01-31..>" == repr(
            _dir("x", SeatClass.PLATINUM, "p1")
        )

    def test_negative_seats_refused(self) -> None:
        """An election cannot fix a negative number of seats."""
        with pytest.raises(InvalidInputError) as err:
            AnnualElection(id="x", held_on=Y, gold_seats=-1, individual_seats=1)
        assert ("gold_seats",) == err.value.paths


class TestBoardModel:
    """A board refuses two directors in one seat, one person in two seats, unknown refs."""

    def test_two_directors_one_platinum_seat(self) -> None:
        """Two directors of one Platinum member at once are refused."""
        with pytest.raises(InvalidInputError) as err:
            _board(_dir("z", SeatClass.PLATINUM, "p1", start=date(2023, 6, 1)))
        assert ("directors[6].term_start",) == err.value.paths

    def test_successive_directors_in_one_seat(self) -> None:
        """A replacement after the term ends is fine."""
        board = Board(
            directors=(
                _dir("a", SeatClass.PLATINUM, "p1", end=date(2023, 5, 31)),
                _dir("z", SeatClass.PLATINUM, "p1", start=date(2023, 6, 1)),
            )
        )
        assert ("a",) == tuple(d.person for d in board.in_office(as_of=date(2023, 5, 31)))
        assert ("z",) == tuple(d.person for d in board.in_office(as_of=date(2023, 6, 1)))

    def test_two_in_one_labelled_individual_seat(self) -> None:
        """Two directors in one labelled Individual seat at once are refused."""
        with pytest.raises(InvalidInputError):
            Board(
                directors=(
                    _dir("a", SeatClass.INDIVIDUAL, seat="ind-1"),
                    _dir("b", SeatClass.INDIVIDUAL, seat="ind-1"),
                )
            )

    def test_person_in_two_seats(self) -> None:
        """One person holding two seats at once is refused."""
        with pytest.raises(InvalidInputError) as err:
            Board(directors=(_dir("a", SeatClass.GOLD, "g1"), _dir("a", SeatClass.INDIVIDUAL)))
        assert ("directors[1].person",) == err.value.paths

    def test_unknown_references(self) -> None:
        """Unknown election, officer and waiver references are all reported together."""
        with pytest.raises(InvalidInputError) as err:
            Board(
                directors=(
                    Director(
                        person="a",
                        name="A",
                        seat_class=SeatClass.INDIVIDUAL,
                        election="1999",
                        term_start=Y,
                    ),
                ),
                officers=(Officer(person="nobody", role=OfficerRole.CHAIR, since=Y),),
                waivers=(Waiver(organization="x", directors=("ghost",), granted=Y),),
            )
        assert (
            "directors[0].election",
            "officers[0].person",
            "waivers[0].directors[0]",
        ) == err.value.paths

    def test_repr_and_html(self) -> None:
        """Board repr and HTML for notebooks."""
        b = _board()
        assert "6 terms" in repr(b)
        assert "<table" in b._repr_html_()


class TestDirectorLimit:
    """§4.2(b): "The number of Platinum Members shall be defined as the Director Limit."."""

    def test_counts_platinum_in_force(self) -> None:
        """Two Platinum members in force; Gold members do not count."""
        assert 2 == director_limit(MEMBERS, as_of=date(2023, 6, 1))

    def test_platinum_ends_with_membership(self) -> None:
        """A Platinum director sitting after the member's term ended fails."""
        members = (*MEMBERS[1:], _m("p1", Tier.PLATINUM, Y, date(2023, 5, 31)))
        report = check_board(_board(), members, as_of=date(2023, 6, 1))
        assert Status.FAILED == report.outcome
        failed = report.composition.failures
        assert ["board.platinum.appointer"] == [c.rule_id for c in failed]
        assert "not a Platinum member" in failed[0].reason

    def test_reason_ended_membership_names_the_end(self) -> None:
        """Item 10: an ended membership's reason names the end date and the term ending."""
        members = (*MEMBERS[1:], _m("p1", Tier.PLATINUM, Y, date(2023, 5, 31)))
        report = check_board(_board(), members, as_of=date(2023, 6, 1))
        reason = report.composition.failures[0].reason
        assert (True, True) == ("2023-05-31" in reason, "ended" in reason)

    def test_reason_not_yet_started_never_says_ended(self) -> None:
        """Item 10: a membership that starts later is "not yet in force", never "ended"."""
        members = (*MEMBERS[1:], _m("p1", Tier.PLATINUM, date(2023, 7, 1)))
        report = check_board(_board(), members, as_of=date(2023, 6, 1))
        reason = report.composition.failures[0].reason
        assert (True, False) == ("not yet in force" in reason, "ended" in reason)


class TestGoldSelectors:
    """§4.2(c): a Gold Director's seat ends when the selector "ceases to be a Gold Member".

    So Gold seats never exceed the Gold members able to select [inferred].
    """

    def test_selector_not_gold(self) -> None:
        """A Gold director whose selector is a Platinum, not Gold, member fails."""
        board = Board(
            directors=(_dir("a", SeatClass.PLATINUM, "p1"), _dir("c", SeatClass.GOLD, "p2")),
            elections=(ELECTION,),
        )
        report = check_board(board, MEMBERS, as_of=date(2023, 6, 1))
        assert Status.FAILED == report.composition.check("board.gold.selector").status

    def test_unknown_member_is_bad_input(self) -> None:
        """A director appointed by an organisation with no membership at all is refused."""
        with pytest.raises(InvalidInputError) as err:
            check_board(
                _board(_dir("z", SeatClass.GOLD, "nobody")), MEMBERS, as_of=date(2023, 6, 1)
            )
        assert ("directors[6].appointed_by",) == err.value.paths

    def test_fewer_gold_members_than_limit(self) -> None:
        """With 1 Gold member and a Director Limit of 2, only one Gold seat can be fixed."""
        members = (*MEMBERS[:2], MEMBERS[2])
        one = AnnualElection(
            id="2023", held_on=date(2023, 1, 31), gold_seats=1, individual_seats=2
        )
        board = Board(
            directors=(
                _dir("a", SeatClass.PLATINUM, "p1"),
                _dir("b", SeatClass.PLATINUM, "p2"),
                _dir("c", SeatClass.GOLD, "g1"),
                _dir("e", SeatClass.INDIVIDUAL),
                _dir("f", SeatClass.INDIVIDUAL),
            ),
            elections=(one,),
        )
        report = check_board(board, members, as_of=date(2023, 6, 1))
        check = report.composition.check("board.gold.seats_fixed")
        assert Status.PASSED == check.status
        assert "[inferred]" in check.citation.section

    def test_lf_era_gold_representatives_not_selected(self) -> None:
        """From 2025-06-01 Gold representatives are elected by the class: no selector check."""
        members = tuple(_m(m.organization, m.tier, date(2025, 1, 1)) for m in MEMBERS)
        election = AnnualElection(
            id="2026", held_on=date(2026, 1, 27), gold_seats=2, individual_seats=2
        )
        board = Board(
            directors=(
                _dir("a", SeatClass.PLATINUM, "p1", start=date(2026, 1, 27)),
                _dir("b", SeatClass.PLATINUM, "p2", start=date(2026, 1, 27)),
                _dir("c", SeatClass.GOLD, start=date(2026, 1, 27)),
                _dir("d", SeatClass.GOLD, start=date(2026, 1, 27)),
                _dir("e", SeatClass.INDIVIDUAL, start=date(2026, 1, 27)),
                _dir("f", SeatClass.INDIVIDUAL, start=date(2026, 1, 27)),
            ),
            elections=(election,),
        )
        report = check_board(board, members, as_of=date(2026, 2, 1))
        assert Status.PASSED == report.outcome
        assert not [c for c in report.composition.checks if c.rule_id == "board.gold.selector"]


class TestSeatsFixedAtAnnualElection:
    """§4.2(c)/(d): Gold and Individual seats are fixed at the annual election.

    They equal the Director Limit effective on January 1 and change only at the next annual
    meeting (2021 text: reductions; 2024: both ways).
    """

    def test_seat_rule_boundary_2024(self) -> None:
        """Reductions-only on 2024-03-11; reduced-or-increased on 2024-03-12."""
        assert SeatChangeRule.REDUCTIONS_AT_NEXT_MEETING == SEAT_CHANGE_RULE.value(
            date(2024, 3, 11)
        )
        assert SeatChangeRule.BOTH_AT_NEXT_MEETING == SEAT_CHANGE_RULE.value(date(2024, 3, 12))
        assert SeatChangeRule.INCUMBENTS_KEEP_TERMS == SEAT_CHANGE_RULE.value(date(2025, 6, 1))

    def test_increase_under_2021_text_is_inferred(self) -> None:
        """A Platinum member recorded from mid-2023: seats stay 2, the check is marked inferred."""
        members = (*MEMBERS, _m("p3", Tier.PLATINUM, date(2023, 6, 1)))
        board = _board(_dir("z", SeatClass.PLATINUM, "p3", start=date(2023, 6, 1)))
        report = check_board(board, members, as_of=date(2023, 6, 1))
        seats = report.composition.check("board.gold.seats")
        assert Status.PASSED == report.outcome
        assert (3, 2, 2) == report.shape
        assert "[inferred]" in seats.citation.section
        assert "reductions only" in seats.reason

    def test_reduction_keeps_seats(self) -> None:
        """A Platinum member leaving mid-year leaves Gold and Individual seats at 2."""
        members = (MEMBERS[0], _m("p2", Tier.PLATINUM, Y, date(2023, 5, 31)), *MEMBERS[2:])
        board = Board(
            directors=(
                _dir("a", SeatClass.PLATINUM, "p1"),
                _dir("b", SeatClass.PLATINUM, "p2", end=date(2023, 5, 31)),
                *(d for d in _board().directors if d.seat_class is not SeatClass.PLATINUM),
            ),
            elections=(ELECTION,),
        )
        report = check_board(board, members, as_of=date(2023, 6, 1))
        assert (1, 2, 2) == report.shape
        assert Status.PASSED == report.outcome
        assert "fell to 1" in report.composition.check("board.individual.seats").reason

    def test_too_many_gold_directors(self) -> None:
        """A third Gold director in two fixed seats fails."""
        report = check_board(
            _board(_dir("z", SeatClass.GOLD, "g3")), MEMBERS, as_of=date(2023, 6, 1)
        )
        assert Status.FAILED == report.composition.check("board.gold.seats").status

    def test_election_fixing_wrong_count(self) -> None:
        """An election fixing 3 seats when the limit on January 1 was 2 fails."""
        wrong = AnnualElection(
            id="2023", held_on=date(2023, 1, 31), gold_seats=3, individual_seats=2
        )
        report = check_board(_board(election=wrong), MEMBERS, as_of=date(2023, 6, 1))
        assert Status.FAILED == report.composition.check("board.gold.seats_fixed").status

    def test_no_election_record_unknown(self) -> None:
        """Without an election record the seat counts are UNKNOWN, never silently passed."""
        board = Board(directors=_board().directors[:2])
        report = check_board(board, MEMBERS, as_of=date(2023, 6, 1))
        assert Status.UNKNOWN == report.outcome

    def test_before_first_date_raises(self) -> None:
        """A date before every table raises NoRegimeError."""
        with pytest.raises(NoRegimeError):
            check_board(Board(), (), as_of=date(2012, 1, 1))


class TestReport:
    """The report is readable in a terminal and a notebook."""

    def test_repr_explain_html(self) -> None:
        """repr, explain() and _repr_html_ show the shape and outcome."""
        report = check_board(_board(), MEMBERS, as_of=date(2023, 6, 1))
        assert "<BoardReport 2023-06-01: 2/2/2 (limit 2) PASSED>" == repr(report)
        assert report.explain().startswith("Board on 2023-06-01: 6 directors 2/2/2")
        assert "Informational" in report._repr_html_()

    @given(st.integers(0, 6), st.integers(0, 3))
    def test_shape_counts_directors(self, gold_extra: int, ind: int) -> None:
        """Shape sums to size; Gold seats over the fixed count always fail."""
        members = tuple(_m(f"g{i}", Tier.GOLD, Y) for i in range(8)) + MEMBERS[:2]
        ds = [_dir(f"gd{i}", SeatClass.GOLD, f"g{i}") for i in range(gold_extra)]
        ds += [_dir(f"i{i}", SeatClass.INDIVIDUAL) for i in range(ind)]
        report = check_board(
            Board(directors=tuple(ds), elections=(ELECTION,)), members, as_of=date(2023, 6, 1)
        )
        assert report.size == sum(report.shape)
        over = report.composition.check("board.gold.seats").status is Status.FAILED
        assert (gold_extra > 2) == over


class TestRoundTrip:
    """Every public board class survives the JSON converter unchanged."""

    def test_board_round_trip(self) -> None:
        """A board with affiliations, elections, officers and waivers round-trips."""
        director = Director(
            person="x",
            name="X",
            seat_class=SeatClass.INDIVIDUAL,
            election="2023",
            seat="ind-1",
            term_start=date(2023, 1, 31),
            term_end=date(2024, 1, 28),
            affiliations=(
                PersonalAffiliation(
                    organization="acme",
                    kind=AffiliationKind.CONTRACTOR,
                    since=date(2020, 1, 1),
                    earnings_last_12_months=Decimal("60000.01"),
                ),
            ),
        )
        board = Board(
            name="Board of Directors",
            directors=(director, *_board().directors),
            elections=(ELECTION,),
            officers=(Officer(person="x", role=OfficerRole.CHAIR, since=date(2023, 2, 1)),),
            waivers=(
                Waiver(
                    organization="acme", directors=("x",), granted=date(2023, 3, 1), votes_for=12
                ),
            ),
        )
        assert board == loads(dumps(board), Board)

    def test_report_round_trip(self) -> None:
        """A board report, with its Decisions, round-trips."""
        report = check_board(_board(), MEMBERS, as_of=date(2023, 6, 1))
        assert report == loads(dumps(report), BoardReport)

    def test_affiliation_classes_round_trip(self) -> None:
        """Groups, control changes and their consequences round-trip."""
        orgs = [
            Organization(id="p", name="P"),
            Organization(
                id="s", name="S", controlled_by=(ControlLink(parent="p", share=Decimal("0.6")),)
            ),
        ]
        groups = affiliated_groups(orgs, as_of=Y)
        assert groups == loads(dumps(groups), AffiliatedGroups)
        change = ControlChange(acquirer="p", target="s", closing=Y, merger=True)
        assert change == loads(dumps(change), ControlChange)
        ms = (_m("p", Tier.GOLD, Y), _m("s", Tier.PLATINUM, Y, date(2025, 12, 31)))
        for c in control_change_consequences(attrs.evolve(change, merger=False), ms):
            assert c == loads(dumps(c), MembershipChange)

    def test_meeting_classes_round_trip(self) -> None:
        """Meetings and class votes round-trip."""
        m = Meeting(held_on=Y, attended=frozenset({"a", "b"}))
        v = ClassVote(member_class=MemberClass.GOLD, yes=5, no=4, eligible=19)
        assert m == loads(dumps(m), Meeting)
        assert v == loads(dumps(v), ClassVote)

    def test_bad_seat_class_names_path(self) -> None:
        """An unknown seat class in JSON is refused, naming the path."""
        data = unstructure(_board())
        data["directors"][0]["seat_class"] = "diamond"
        with pytest.raises(InvalidInputError) as err:
            structure(data, Board)
        assert "directors[0].seat_class" in err.value.paths[0]


class TestVacancies:
    """§4.2(b)-(d); charter §2(b),(c),(f): who fills a vacant seat."""

    OLD_IND = _dir("old", SeatClass.INDIVIDUAL, end=date(2023, 6, 30))
    OLD_GOLD = _dir("oldg", SeatClass.GOLD, "g1", end=date(2023, 6, 30))

    def test_individual_majority_of_remaining(self) -> None:
        """4 of 6 remaining Individual directors fill the seat; 3 of 6 do not."""
        new = _dir("new", SeatClass.INDIVIDUAL, start=date(2023, 7, 15))
        ok = check_vacancy_fill(
            self.OLD_IND, new, votes_for=4, remaining=6, as_of=date(2023, 7, 15)
        )
        tie = check_vacancy_fill(
            self.OLD_IND, new, votes_for=3, remaining=6, as_of=date(2023, 7, 15)
        )
        assert (Status.PASSED, Status.FAILED) == (ok.outcome, tie.outcome)

    def test_individual_vote_missing_unknown(self) -> None:
        """Without the vote the answer is UNKNOWN."""
        new = _dir("new", SeatClass.INDIVIDUAL, start=date(2023, 7, 15))
        assert Status.UNKNOWN == check_vacancy_fill(self.OLD_IND, new, as_of=Y).outcome

    def test_gold_seat_filled_by_its_selector(self) -> None:
        """The Gold seat's selector fills it; another Gold member may not."""
        same = _dir("new", SeatClass.GOLD, "g1", start=date(2023, 7, 15))
        other = _dir("new", SeatClass.GOLD, "g2", start=date(2023, 7, 15))
        assert Status.PASSED == check_vacancy_fill(self.OLD_GOLD, same, as_of=Y).outcome
        d = check_vacancy_fill(self.OLD_GOLD, other, as_of=date(2025, 7, 1))
        assert Status.FAILED == d.outcome
        assert "lf-charter" == d.checks[0].citation.document

    def test_overlapping_successor_refused(self) -> None:
        """A successor taking office before the vacated term ended is bad input."""
        new = _dir("new", SeatClass.INDIVIDUAL, start=date(2023, 6, 30))
        with pytest.raises(InvalidInputError) as err:
            check_vacancy_fill(self.OLD_IND, new, as_of=Y)
        assert ("successor.term_start",) == err.value.paths

    def test_other_class_refused(self) -> None:
        """A successor of another class is bad input."""
        new = _dir("new", SeatClass.GOLD, "g1", start=date(2023, 7, 15))
        with pytest.raises(InvalidInputError):
            check_vacancy_fill(self.OLD_IND, new, as_of=Y)


class TestElectedSelectors:
    """§4.2(c): the Gold Members elect as many Gold Director Selectors as the Director Limit.

    "The Gold Members shall elect the same number of Gold Director Selectors as the Director
    Limit. [...] Each Gold Director Selector shall then appoint a single member".
    """

    def _board(self, selectors: tuple[str, ...]) -> Board:
        election = attrs.evolve(ELECTION, gold_selectors=selectors)
        ds = tuple(
            attrs.evolve(d, election="2023") if d.seat_class is SeatClass.GOLD else d
            for d in _board().directors
        )
        return Board(directors=ds, elections=(election,))

    def test_recorded_selectors_pass(self) -> None:
        """Two Gold selectors for two seats, each behind its director."""
        report = check_board(self._board(("g1", "g2")), MEMBERS, as_of=date(2023, 6, 1))
        assert Status.PASSED == report.composition.check("board.gold.selectors_elected").status

    def test_director_of_unchosen_member_fails(self) -> None:
        """A Gold director appointed by a Gold member not chosen as selector fails."""
        report = check_board(self._board(("g1", "g3")), MEMBERS, as_of=date(2023, 6, 1))
        failed = [c for c in report.composition.failures if "not chosen" in c.reason]
        assert ["board.gold.selectors_elected"] == [c.rule_id for c in failed]

    def test_selector_not_gold_or_wrong_count(self) -> None:
        """A Platinum member chosen as selector, or too many selectors, fails."""
        report = check_board(self._board(("g1", "g2", "p1")), MEMBERS, as_of=date(2023, 6, 1))
        first = report.composition.check("board.gold.selectors_elected")
        assert Status.FAILED == first.status
        assert "not Gold members: p1" in first.reason


@st.composite
def _steady_boards(draw: st.DrawFn) -> tuple[Board, tuple[Membership, ...], date, int]:
    """A board built by the seat rules in some year 2013-2026, and a day in that board year."""
    year = draw(st.integers(2013, 2026))
    n_plat = draw(st.integers(1, 9))
    n_gold = draw(st.integers(0, 12))
    held = date(year, 1, draw(st.integers(20, 31)))
    joined = date(year - 2, draw(st.integers(1, 12)), 1)
    members = tuple(_m(f"p{i}", Tier.PLATINUM, joined) for i in range(n_plat)) + tuple(
        _m(f"g{i}", Tier.GOLD, joined) for i in range(n_gold)
    )
    gold_seats = min(n_plat, n_gold)
    election = AnnualElection(
        id=str(year), held_on=held, gold_seats=gold_seats, individual_seats=n_plat
    )
    n_ind = draw(st.integers(0, n_plat))
    ds = [_dir(f"pd{i}", SeatClass.PLATINUM, f"p{i}", start=held) for i in range(n_plat)]
    ds += [_dir(f"gd{i}", SeatClass.GOLD, f"g{i}", start=held) for i in range(gold_seats)]
    ds += [_dir(f"id{i}", SeatClass.INDIVIDUAL, start=held) for i in range(n_ind)]
    as_of = held + timedelta(days=draw(st.integers(0, 330)))
    return Board(directors=tuple(ds), elections=(election,)), members, as_of, n_gold


class TestSeatRuleProperties:
    """Invariants: a board built by the seat rules passes; one Gold seat too many fails."""

    @given(_steady_boards())
    def test_rule_built_board_passes(
        self, case: tuple[Board, tuple[Membership, ...], date, int]
    ) -> None:
        """Every board built by the rules is compliant on every day of its year."""
        board, members, as_of, _ = case
        report = check_board(board, members, as_of=as_of)
        assert Status.PASSED == report.outcome, report.explain()
        assert report.gold_seats is not None
        assert report.gold <= report.gold_seats

    @given(_steady_boards())
    def test_extra_gold_director_fails(
        self, case: tuple[Board, tuple[Membership, ...], date, int]
    ) -> None:
        """A Gold director beyond the fixed seats (or without a Gold selector) never passes."""
        board, members, as_of, _ = case
        election = board.elections[0]
        extra = _dir("extra", SeatClass.GOLD, f"g{election.gold_seats}", start=election.held_on)
        members = (*members, _m(f"g{election.gold_seats}", Tier.GOLD, date(2011, 1, 1)))
        bigger = attrs.evolve(board, directors=(*board.directors, extra))
        report = check_board(bigger, members, as_of=as_of)
        assert Status.FAILED == report.outcome
        assert "board.gold.seats" in {c.rule_id for c in report.composition.failures}
