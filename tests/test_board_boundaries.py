"""Board composition facts that mutation testing found unpinned (issue 18).

Each test pins a behaviour a mutant of ``board/composition.py`` changed without any test
noticing: the text cited on each side of a change of regime (2024-03-12, 2025-06-01), which
seat rule each class cites, the seat counts' reasons, the Gold selectors recorded, the vacancy
votes' bounds, and the report's rows. Every decision is computed inside its test (mutation runs
see only calls made there).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest

from openinfra_model import (
    Board,
    Citation,
    Director,
    InvalidInputError,
    Membership,
    Organization,
    SeatClass,
    Status,
    Tier,
    check_board,
)
from openinfra_model.board import (
    AffiliatedGroups,
    AffiliationKind,
    AnnualElection,
    PersonalAffiliation,
    SeatChangeRule,
    Waiver,
    check_vacancy_fill,
)
from openinfra_model.core.rulebook import Rulebook, using
from openinfra_model.membership import ControlLink

Y = date(2023, 1, 1)
DAY = date(2023, 6, 1)
LF_DAY = date(2025, 6, 1)


def _m(org: str, tier: Tier, start: date, end: date | None = None) -> Membership:
    return Membership(organization=org, tier=tier, signed=start, term_start=start, term_end=end)


def _dir(
    person: str,
    cls: SeatClass,
    by: str | None = None,
    *,
    start: date = date(2023, 1, 31),
    end: date | None = None,
    employer: str | None = None,
    election: str | None = None,
) -> Director:
    return Director(
        person=person,
        name=person.upper(),
        seat_class=cls,
        appointed_by=by,
        term_start=start,
        term_end=end,
        election=election,
        affiliations=(
            (PersonalAffiliation(organization=employer, kind=AffiliationKind.EMPLOYEE),)
            if employer
            else ()
        ),
    )


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


def _where(c: Citation) -> tuple[str, date, str]:
    return (c.document, c.version, c.section)


class TestSeatClausesCited:
    """§4.2(c) for Gold seats, §4.2(d) for Individual seats, by text in force."""

    def test_2021_text(self) -> None:
        """2023: Gold seats cite §4.2(c) and Individual seats §4.2(d) of the 2021 text."""
        report = check_board(_board(), MEMBERS, as_of=DAY)
        got = {
            rule: _where(report.composition.check(rule).citation)
            for rule in (
                "board.gold.seats",
                "board.gold.seats_fixed",
                "board.individual.seats",
                "board.individual.seats_fixed",
            )
        }
        text_2021 = date(2021, 9, 29)
        assert {
            "board.gold.seats": ("bylaws", text_2021, "4.2(c)"),
            "board.gold.seats_fixed": ("bylaws", text_2021, "4.2(c)"),
            "board.individual.seats": ("bylaws", text_2021, "4.2(d)"),
            "board.individual.seats_fixed": ("bylaws", text_2021, "4.2(d)"),
        } == got

    def test_2024_text_and_lf_charter(self) -> None:
        """2024: Individual seats cite §4.2(d) of 2024-03-12; 2026: charter §2(f)."""
        members = tuple(_m(m.organization, m.tier, date(2024, 1, 1)) for m in MEMBERS)
        e2024 = attrs.evolve(ELECTION, id="2024", held_on=date(2024, 1, 31))
        e2026 = attrs.evolve(ELECTION, id="2026", held_on=date(2026, 1, 27))
        ds = tuple(attrs.evolve(d, term_start=date(2026, 1, 27)) for d in _board().directors)
        lf_board = Board(
            directors=tuple(
                attrs.evolve(d, appointed_by=None) if d.seat_class is SeatClass.GOLD else d
                for d in ds
            ),
            elections=(e2026,),
        )
        r2024 = check_board(
            Board(
                directors=tuple(
                    attrs.evolve(d, term_start=date(2024, 1, 31)) for d in _board().directors
                ),
                elections=(e2024,),
            ),
            members,
            as_of=date(2024, 6, 1),
        )
        r2026 = check_board(lf_board, members, as_of=date(2026, 2, 1))
        assert (
            ("bylaws", date(2024, 3, 12), "4.2(d)"),
            ("lf-charter", date(2025, 7, 7), "2(f)"),
        ) == (
            _where(r2024.composition.check("board.individual.seats").citation),
            _where(r2026.composition.check("board.individual.seats").citation),
        )


class TestSeatReasons:
    """The seat checks name the seats, the vacancies and the changes, and nothing else."""

    def test_full_board_plain_reason(self) -> None:
        """Two Gold directors in two seats: no vacancy, no change; the limit of 2 named."""
        report = check_board(_board(), MEMBERS, as_of=DAY)
        seats = report.composition.check("board.gold.seats")
        fixed = report.composition.check("board.gold.seats_fixed")
        assert "2 gold directors in 2 seats" == seats.reason
        assert (True, False) == (
            fixed.reason.endswith("on 2023-01-01 gives 2"),
            "[inferred]" in fixed.citation.section,
        )

    def test_one_vacant(self) -> None:
        """One Individual director in two seats: one vacant."""
        board = Board(directors=_board().directors[:5], elections=(ELECTION,))
        seats = check_board(board, MEMBERS, as_of=DAY).composition.check("board.individual.seats")
        assert "1 individual directors in 2 seats, 1 vacant" == seats.reason

    def test_as_many_gold_members_as_the_limit(self) -> None:
        """Two Gold members for a limit of two: the seats are the limit, nothing inferred."""
        report = check_board(_board(), MEMBERS[:4], as_of=DAY)
        fixed = report.composition.check("board.gold.seats_fixed")
        assert (Status.PASSED, False) == (fixed.status, "[inferred]" in fixed.citation.section)

    def test_reduction_under_2021_text_not_inferred(self) -> None:
        """A fall of the Director Limit under the 2021 text is quoted: no inference marked."""
        members = (MEMBERS[0], _m("p2", Tier.PLATINUM, Y, date(2023, 5, 31)), *MEMBERS[2:])
        board = Board(
            directors=(
                _dir("a", SeatClass.PLATINUM, "p1"),
                *(d for d in _board().directors if d.seat_class is not SeatClass.PLATINUM),
            ),
            elections=(ELECTION,),
        )
        seats = check_board(board, members, as_of=DAY).composition.check("board.gold.seats")
        assert (False, False) == (
            "[inferred]" in seats.citation.section,
            "reductions only" in seats.reason,
        )

    def test_seats_following_at_once(self) -> None:
        """A rulebook where seats follow the limit at once: a third Platinum member, 3 seats."""
        immediate = Rulebook.default().with_window(
            "board.seats.change_rule",
            start=date(2023, 3, 1),
            value=SeatChangeRule.IMMEDIATELY,
            name="immediate",
        )
        members = (*MEMBERS, _m("p3", Tier.PLATINUM, DAY))
        board = _board(_dir("z", SeatClass.PLATINUM, "p3", start=DAY))
        with using(immediate):
            report = check_board(board, members, as_of=DAY)
            same = check_board(_board(), MEMBERS, as_of=DAY)
        seats = report.composition.check("board.individual.seats")
        assert (
            "2 individual directors in 3 seats, 1 vacant; the seats follow the Director Limit "
            "(3) at once [rulebook 'immediate': board.seats.change_rule changed]" == seats.reason
        )
        assert (
            "2 individual directors in 2 seats [rulebook 'immediate': board.seats.change_rule "
            "changed]" == same.composition.check("board.individual.seats").reason
        )


class TestSeatReferenceDate:
    """From the LF closing the seats equal the limit on the election day, before it on Jan 1."""

    MEMBERS = (*MEMBERS, _m("p3", Tier.PLATINUM, date(2025, 3, 1)))

    def _fixed(self, held: date, seats: int) -> Status:
        election = AnnualElection(id="e", held_on=held, gold_seats=seats, individual_seats=seats)
        board = Board(elections=(election,))
        return (
            check_board(board, self.MEMBERS, as_of=held)
            .composition.check("board.gold.seats_fixed")
            .status
        )

    def test_election_on_the_closing_day(self) -> None:
        """Held 2025-06-01: the limit that day (3); held 2025-05-31: on January 1 (2)."""
        assert (Status.PASSED, Status.PASSED, Status.FAILED) == (
            self._fixed(LF_DAY, 3),
            self._fixed(date(2025, 5, 31), 2),
            self._fixed(LF_DAY, 2),
        )


class TestAppointerCited:
    """The Platinum director's seat: bylaws §4.2(b) until the closing, charter §2(b) from it."""

    def test_both_sides_of_the_closing(self) -> None:
        """2025-05-31 cites the bylaws, 2025-06-01 the LF charter; no Gold selector check then."""
        members = tuple(_m(m.organization, m.tier, date(2025, 1, 1)) for m in MEMBERS)
        election = attrs.evolve(ELECTION, held_on=date(2025, 1, 31))
        board = Board(
            directors=tuple(
                attrs.evolve(d, term_start=date(2025, 1, 31)) for d in _board().directors
            ),
            elections=(election,),
        )
        before = check_board(board, members, as_of=date(2025, 5, 31)).composition
        on = check_board(board, members, as_of=LF_DAY).composition
        assert ("bylaws", "lf-charter") == (
            before.check("board.platinum.appointer").citation.document,
            on.check("board.platinum.appointer").citation.document,
        )
        selectors = [c for c in on.checks if c.rule_id == "board.gold.selector"]
        assert ([], True) == (
            selectors,
            bool([c for c in before.checks if c.rule_id == "board.gold.selector"]),
        )

    def test_ended_membership_and_a_later_one(self) -> None:
        """An ended membership and one not yet in force: "not yet in force", not "ended"."""
        members = (
            _m("p1", Tier.PLATINUM, date(2020, 1, 1), date(2022, 12, 31)),
            _m("p1", Tier.PLATINUM, date(2024, 1, 1)),
        )
        board = Board(directors=(_dir("a", SeatClass.PLATINUM, "p1"),))
        check = check_board(board, members, as_of=DAY).composition.check(
            "board.platinum.appointer"
        )
        assert (Status.FAILED, True, False) == (
            check.status,
            "not yet in force" in check.reason,
            "ended" in check.reason,
        )

    def test_no_vacancy_check_when_every_member_sits(self) -> None:
        """Every Platinum member has its director: no Platinum vacancy is reported."""
        report = check_board(_board(), MEMBERS, as_of=DAY)
        assert [] == [c for c in report.composition.checks if c.rule_id == "board.platinum.seats"]


class TestElectedSelectorsOnly:
    """§4.2(c): only Gold directors of the election whose member was not chosen are named."""

    def test_recorded_selectors_one_check(self) -> None:
        """Selectors g1, g2 behind both Gold directors: one PASSED check, naming no stranger."""
        election = attrs.evolve(ELECTION, gold_selectors=("g1", "g2"))
        ds = tuple(
            attrs.evolve(d, election="2023") if d.seat_class is SeatClass.GOLD else d
            for d in _board().directors
        )
        report = check_board(Board(directors=ds, elections=(election,)), MEMBERS, as_of=DAY)
        checks = [
            c for c in report.composition.checks if c.rule_id == "board.gold.selectors_elected"
        ]
        assert [Status.PASSED] == [c.status for c in checks]
        assert "not Gold members" not in checks[0].reason

    def test_gold_director_of_an_earlier_election_not_a_stray(self) -> None:
        """A Gold director seated before this election by g3 is not named a stray."""
        election = attrs.evolve(ELECTION, gold_selectors=("g1", "g2"), gold_seats=2)
        ds = (
            _dir("a", SeatClass.PLATINUM, "p1"),
            _dir("b", SeatClass.PLATINUM, "p2"),
            _dir("c", SeatClass.GOLD, "g1", election="2023"),
            _dir("d", SeatClass.GOLD, "g3", start=date(2022, 1, 31), election="2022"),
        )
        earlier = attrs.evolve(ELECTION, id="2022", held_on=date(2022, 1, 31))
        board = Board(directors=ds, elections=(earlier, election))
        report = check_board(board, MEMBERS, as_of=DAY)
        checks = [
            c for c in report.composition.checks if c.rule_id == "board.gold.selectors_elected"
        ]
        assert 1 == len(checks)


class TestDiversityInTheReport:
    """check_board passes its groups, organisations and the board's waivers to the diversity."""

    ACME = (
        _dir("a", SeatClass.PLATINUM, "p1", employer="acme"),
        _dir("e", SeatClass.INDIVIDUAL, employer="acme-labs"),
        _dir("f", SeatClass.INDIVIDUAL, employer="acme-labs"),
    )
    ORGS = (
        Organization(id="acme", name="Acme"),
        Organization(
            id="acme-labs",
            name="Acme Labs",
            controlled_by=(ControlLink(parent="acme", share=Decimal(1)),),
        ),
    )

    def test_groups_and_organisations(self) -> None:
        """Four of the acme group break the limit of 3 (groups or organisations given)."""
        ds = (*self.ACME, _dir("g", SeatClass.INDIVIDUAL, employer="acme"))
        board = Board(directors=ds, elections=(ELECTION,))
        groups = AffiliatedGroups(
            as_of=DAY, groups=(("acme", "acme-labs"),), citation=Citation("bylaws", Y, "2.5")
        )
        assert (Status.FAILED, Status.FAILED, Status.PASSED) == (
            check_board(board, MEMBERS, as_of=DAY, groups=groups).diversity.outcome,
            check_board(board, MEMBERS, as_of=DAY, organizations=self.ORGS).diversity.outcome,
            check_board(board, MEMBERS, as_of=DAY).diversity.outcome,
        )

    def test_board_waivers(self) -> None:
        """Four of acme-labs (limit 3) under the board's recorded waiver: WAIVED."""
        ds = (
            *self.ACME,
            _dir("g", SeatClass.INDIVIDUAL, employer="acme-labs"),
            _dir("h", SeatClass.INDIVIDUAL, employer="acme-labs"),
        )
        w = Waiver(organization="acme-labs", directors=("g",), granted=date(2023, 2, 1))
        board = Board(directors=ds, elections=(ELECTION,), waivers=(w,))
        assert Status.WAIVED == check_board(board, MEMBERS, as_of=DAY).diversity.outcome

    def test_seats_in_the_report(self) -> None:
        """The report carries the seats the election fixed."""
        report = check_board(_board(), MEMBERS, as_of=DAY)
        assert (2, 2) == (report.gold_seats, report.individual_seats)


class TestOneThird:
    """Join page, informational only: Gold directors a third of the board."""

    def test_empty_board_not_a_third(self) -> None:
        """No director in office: not one third (nothing to divide)."""
        report = check_board(Board(elections=(ELECTION,)), MEMBERS, as_of=DAY)
        assert Status.NOT_APPLICABLE == report.informational[0].status

    def test_a_third_says_so(self) -> None:
        """Two of six are Gold: PASSED, and the reason does not say otherwise."""
        check = check_board(_board(), MEMBERS, as_of=DAY).informational[0]
        assert (Status.PASSED, False) == (check.status, "not one third" in check.reason)


class TestVacancyBounds:
    """§4.2(d): a majority of the remaining Individual directors; the vote's bounds."""

    OLD = _dir("old", SeatClass.INDIVIDUAL, end=date(2023, 6, 30))
    NEW = _dir("new", SeatClass.INDIVIDUAL, start=date(2023, 7, 15))

    def test_none_and_all_of_the_remaining(self) -> None:
        """0 of 6 is a FAILED vote, 6 of 6 PASSED; the majority (4) is named."""
        none = check_vacancy_fill(self.OLD, self.NEW, votes_for=0, remaining=6, as_of=DAY)
        every = check_vacancy_fill(self.OLD, self.NEW, votes_for=6, remaining=6, as_of=DAY)
        assert (Status.FAILED, Status.PASSED) == (none.outcome, every.outcome)
        assert none.checks[0].reason.endswith("a majority is 4")

    def test_more_votes_than_remaining_refused(self) -> None:
        """7 votes of 6 remaining is bad input at ``votes_for``."""
        with pytest.raises(InvalidInputError) as err:
            check_vacancy_fill(self.OLD, self.NEW, votes_for=7, remaining=6, as_of=DAY)
        assert ("votes_for",) == err.value.paths

    def test_votes_without_remaining_unknown(self) -> None:
        """Votes for given but not the remaining directors: UNKNOWN."""
        d = check_vacancy_fill(self.OLD, self.NEW, votes_for=3, as_of=DAY)
        assert Status.UNKNOWN == d.outcome

    def test_other_class_refused_at_its_path(self) -> None:
        """A Gold successor to an Individual seat is refused at ``successor.seat_class``."""
        gold = _dir("new", SeatClass.GOLD, "g1", start=date(2023, 7, 15))
        with pytest.raises(InvalidInputError) as err:
            check_vacancy_fill(self.OLD, gold, as_of=DAY)
        assert ("successor.seat_class",) == err.value.paths


class TestVacancyCited:
    """Each class's vacancy cites its own clause: the bylaws before the closing, the charter on."""

    @staticmethod
    def _fill(seat: SeatClass, by: str | None, as_of: date) -> tuple[str, str, str]:
        old = _dir("old", seat, by, start=date(2024, 1, 31), end=date(2025, 5, 1))
        new = _dir("new", seat, by, start=date(2025, 5, 15))
        check = check_vacancy_fill(old, new, votes_for=4, remaining=6, as_of=as_of).checks[0]
        return check.citation.document, check.citation.section, check.reason

    def test_each_class_both_sides(self) -> None:
        """Individual §4.2(d)/§2(f), Gold §4.2(c)/§2(c), Platinum §4.2(b)/§2(b)."""
        before, on = date(2025, 5, 31), LF_DAY
        got = [
            self._fill(cls, by, day)[:2]
            for cls, by in (
                (SeatClass.INDIVIDUAL, None),
                (SeatClass.GOLD, "g1"),
                (SeatClass.PLATINUM, "p1"),
            )
            for day in (before, on)
        ]
        assert [
            ("bylaws", "4.2(d)"),
            ("lf-charter", "2(f)"),
            ("bylaws", "4.2(c)"),
            ("lf-charter", "2(c)"),
            ("bylaws", "4.2(b)"),
            ("lf-charter", "2(b)"),
        ] == got

    def test_who_fills_named(self) -> None:
        """A Platinum seat is its member's, a Gold seat its selector's."""
        assert (True, True) == (
            "the seat's member is p1" in self._fill(SeatClass.PLATINUM, "p1", DAY)[2],
            "the seat's selector is g1" in self._fill(SeatClass.GOLD, "g1", DAY)[2],
        )


class TestReportRows:
    """One row per director in office, for a data frame."""

    def test_rows(self) -> None:
        """Text rows: empty appointer and end, affiliations held that day, sorted and joined."""
        d = Director(
            person="x",
            name="X",
            seat_class=SeatClass.INDIVIDUAL,
            term_start=date(2023, 1, 31),
            affiliations=(
                PersonalAffiliation(organization="zeta", kind=AffiliationKind.EMPLOYEE),
                PersonalAffiliation(organization="acme", kind=AffiliationKind.OFFICER),
                PersonalAffiliation(
                    organization="gone", kind=AffiliationKind.EMPLOYEE, until=date(2023, 1, 1)
                ),
            ),
        )
        p = _dir("a", SeatClass.PLATINUM, "p1", end=date(2023, 12, 31))
        report = check_board(Board(directors=(p, d), elections=(ELECTION,)), MEMBERS, as_of=DAY)
        assert (
            {
                "person": "a",
                "name": "A",
                "seat_class": "platinum",
                "appointed_by": "p1",
                "term_start": "2023-01-31",
                "term_end": "2023-12-31",
                "affiliations": "",
            },
            {
                "person": "x",
                "name": "X",
                "seat_class": "individual",
                "appointed_by": "",
                "term_start": "2023-01-31",
                "term_end": "",
                "affiliations": "acme, zeta",
            },
        ) == report.rows()
        typed = report.to_rows()[1]
        assert ("x", "acme, zeta") == (typed["person"], typed["affiliations"])
