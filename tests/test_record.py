"""The one bundled foundation record (issue 13): one statement of every fact, cross-checked."""

from __future__ import annotations

import itertools
import json
import re
from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest

from openinfra_model import (
    InvalidInputError,
    Status,
    Tier,
    check_board,
    default_roster,
    load_board_record,
    load_roster,
    loads_document,
    members_on,
)
from openinfra_model.board.model import SeatClass
from openinfra_model.cli import main
from openinfra_model.community import load_community
from openinfra_model.core.regimes import LF_CLOSING
from openinfra_model.elections import build_roll
from openinfra_model.elections.history import BOARD_ELECTIONS
from openinfra_model.membership import check_lf_membership
from openinfra_model.record.foundation import (
    FoundationRecord,
    Precision,
    foundation_record,
    record_coverage,
)
from openinfra_model.record.replay import board_change_dates, replay
from openinfra_model.record.synthetic import SyntheticIndividuals, synthetic_individuals

DATA = Path(__file__).parent / "data"
RECORD = foundation_record()
ROSTER = default_roster()
BOARD = load_board_record()
FIRST = RECORD.coverage()["board"].first
COMPLETE = RECORD.coverage()["board_complete"].first
LAST = RECORD.snapshot
SEATING_2020 = date(2020, 1, 28)
ORG_OF = {m.id: m.organization for m in RECORD.memberships}
TIER_OF = {m.id: m.tier for m in RECORD.memberships}
PAGE_DATES = sorted(
    {s.date for k, s in RECORD.sources.items() if k.startswith("BP-") and s.commit}
)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


class TestOneRecord:
    """Deliver 1: one dataset; no membership, organisation or date stated twice."""

    def test_roster_and_board_read_the_same_memberships(self) -> None:
        """``report`` (the roster) and ``board`` (the board record) read one membership list."""
        assert ROSTER.memberships == BOARD.memberships

    def test_one_id_per_company(self) -> None:
        """Organisation ids are unique and every name the sources use finds one of them."""
        ids = [o.id for o in RECORD.organizations]
        assert len(ids) == len(set(ids))
        names: dict[str, str] = {}
        for o in ROSTER.organizations:
            for n in (o.name, *o.aliases):
                assert names.setdefault(n.casefold(), o.id) == o.id

    @pytest.mark.parametrize(
        ("name", "org_id"),
        [
            ("City Network", "cleura"),
            ("City Network Hosting AB", "cleura"),
            ("Cleura", "cleura"),
            ("H3C", "h3c"),
            ("New H3C Technologies Co., Limited", "h3c"),
            ("Facebook", "meta"),
        ],
    )
    def test_renamed_companies_are_one_organisation(self, name: str, org_id: str) -> None:
        """A renamed company is one organisation whose names are dated (City Network → Cleura)."""
        assert org_id == ROSTER.organization(name).id

    def test_cleura_rename_is_a_documented_inference(self) -> None:
        """City Network until 2022-04-13, Cleura from 2022-04-14, both citing choice A9."""
        cleura = {o.id: o for o in RECORD.organizations}["cleura"]
        expected = [("City Network", None, date(2022, 4, 13)), ("Cleura", date(2022, 4, 14), None)]
        assert expected == [(n.name, n.since, n.until) for n in cleura.names]
        assert {"A9"} == {n.choice for n in cleura.names}
        assert "new-h3c" not in {o.id for o in RECORD.organizations}
        assert "city-network" not in {o.id for o in RECORD.organizations}

    def test_no_membership_stated_twice(self) -> None:
        """No two rows of one organisation and tier overlap in time."""
        rows = sorted(RECORD.memberships, key=lambda m: (m.organization, m.tier.value, m.start))
        for a, b in itertools.pairwise(rows):
            if (a.organization, a.tier) == (b.organization, b.tier):
                assert a.end is not None
                assert a.end < b.start

    def test_directors_refer_to_memberships_by_id(self) -> None:
        """Platinum directors cite a Platinum membership, Gold directors a Gold one, by id.

        From the 2020 board every Platinum and Gold director cites one; before it a class or a
        member no source states is missing (choice A23), and only then.
        """
        for d in RECORD.directors:
            if d.seat_class is None or d.seat_class is SeatClass.INDIVIDUAL:
                assert d.membership is None
            elif d.membership is None:
                assert d.term_end is not None
                assert d.term_end < SEATING_2020
                assert "A23" in d.choices
            else:
                assert d.seat_class.value == TIER_OF[d.membership].value

    def test_missing_class_or_member_only_before_2020(self) -> None:
        """Directors the board view cannot seat all sat before the 2020 board."""
        unplaced = [d for d in RECORD.directors if d.seat_class is None] + [
            d
            for d in RECORD.directors
            if d.seat_class is SeatClass.PLATINUM and d.membership is None
        ]
        assert [] == [d.name for d in unplaced if d.term_end is None or d.term_end >= SEATING_2020]

    def test_director_of_unstated_class_cites_no_member(self) -> None:
        """A director of unstated class cannot cite a membership (refused, naming the path)."""
        bad = attrs.evolve(RECORD.directors[0], membership="att-platinum-2012")
        assert bad.seat_class is None
        with pytest.raises(InvalidInputError) as err:
            attrs.evolve(RECORD, directors=(bad,))
        assert "directors[0].membership" in err.value.paths

    def test_every_fact_cited_every_approximation_numbered(self) -> None:
        """Every row names a known source; every approximated date a numbered choice."""
        for m in RECORD.memberships:
            assert m.sources
            if Precision.APPROXIMATED in {m.start_precision, m.end_precision}:
                assert m.choices
        for d in RECORD.directors:
            assert d.sources
        for g in RECORD.board_gaps:
            assert g.sources
            assert g.reason
        assert all(re.fullmatch(r"A\d+", k) for k in RECORD.choices)

    def test_community_data_refers_to_the_record(self) -> None:
        """community.json adds only non-member organisations and resolves the rest by id."""
        community = load_community()
        record_ids = {o.id for o in RECORD.organizations}
        assert set() == {o.id for o in community.organizations} & record_ids
        assert () == community.unresolved(record_ids)

    def test_unknown_reference_refused(self) -> None:
        """A director citing an unknown membership or source is refused, naming the path."""
        bad = attrs.evolve(RECORD.directors[0], membership="nobody-platinum-2020")
        with pytest.raises(InvalidInputError) as err:
            attrs.evolve(RECORD, directors=(bad,))
        assert "directors[0].membership" == err.value.paths[0]


class TestTodaysFilesStillLoad:
    """DECISIONS §5: the files bundled before this record still load (tests/data fixtures)."""

    def test_roster_v1(self) -> None:
        """The 2026-08-01 roster.json loads as a roster document of version 1."""
        roster = load_roster(str(DATA / "roster-v1.json"))
        assert (date(2026, 8, 1), 53) == (roster.snapshot, len(roster.memberships))

    def test_boards_v1(self) -> None:
        """The earlier boards.json loads as a board record document of version 1."""
        record = load_board_record(str(DATA / "boards-v1.json"))
        assert (106, date(2021, 1, 28)) == (len(record.board.directors), record.first_day)

    def test_record_is_version_1(self) -> None:
        """The record is a new kind of document; the shapes of roster and board record stay."""
        doc = json.loads((DATA.parent.parent / "src/openinfra_model/data/record.json").read_text())
        assert ("openinfra-model", 1, "foundation_record") == (
            doc["format"],
            doc["version"],
            doc["kind"],
        )


class TestCrossChecks:
    """Deliver 1: cross-checks over every day the board record covers.

    Where a 2012-2019 fact is not in the record (a director's class or member, a whole board),
    the cross-check counts the day or the director as unknown instead of failing.
    """

    def test_every_platinum_director_sits_for_a_platinum_member(self) -> None:
        """Every day from 2012-09-07: each Platinum director's appointer is in force.

        Directors whose member no source states are not in the board view.
        """
        checked = 0
        for day in _days(FIRST, LAST):
            platinum = {
                m.organization for m in members_on(ROSTER.memberships, Tier.PLATINUM, as_of=day)
            }
            for d in BOARD.board.in_office(as_of=day):
                if d.seat_class is SeatClass.PLATINUM:
                    assert d.appointed_by in platinum, (day, d.name)
                    checked += 1
        assert checked > 19000
        assert FIRST == date(2012, 9, 7)

    def test_every_platinum_member_has_a_seat_or_a_vacancy(self) -> None:
        """Every day the whole board is held: each Platinum member has a seat or a vacancy.

        The days before (2012-09-07 to 2020-01-27) are counted unknown, not failures.
        """
        unknown = [
            day for day in _days(FIRST, LAST) if RECORD.gaps_on(day) or RECORD.unplaced_on(day)
        ]
        assert (COMPLETE - FIRST).days == len(unknown)
        for day in _days(COMPLETE, LAST):
            seated = {
                d.appointed_by
                for d in BOARD.board.in_office(as_of=day)
                if d.seat_class is SeatClass.PLATINUM
            }
            vacant = {ORG_OF[v.membership] for v in RECORD.vacancies_on(day)}
            for m in members_on(ROSTER.memberships, Tier.PLATINUM, as_of=day):
                assert m.organization in seated | vacant, (day, m.organization)
                assert not (m.organization in seated and m.organization in vacant)

    def test_every_gold_selector_was_gold_at_the_election(self) -> None:
        """Each Gold director's selector was a Gold member at the election and every day after.

        Every day of the term before the Linux Foundation era (from 2025-06-01 the Gold class
        elects its representatives: no selectors).
        """
        held = {e.id: e.held_on for e in BOARD.board.elections}
        unknown = 0
        for d in BOARD.board.directors:
            if d.seat_class is not SeatClass.GOLD:
                continue
            if d.appointed_by is None:  # no source states the selector (before 2020)
                assert d.term_end is not None
                assert d.term_end < SEATING_2020
                unknown += 1
                continue
            assert d.election is not None
            gold = {m.organization for m in members_on(ROSTER.memberships, as_of=held[d.election])}
            assert d.appointed_by in gold, d.name
            last = min(d.term_end or LAST, LF_CLOSING - timedelta(days=1))
            for day in _days(d.term_start, last):
                golds = members_on(ROSTER.memberships, Tier.GOLD, as_of=day)
                assert d.appointed_by in {m.organization for m in golds}, (day, d.name)
        assert 12 == unknown

    def test_report_board_and_electorate_agree_on_every_page_date(self) -> None:
        """``report``, ``board`` and ``electorate`` read the same members on every page date.

        The report's Platinum members are the board's Director Limit on every board-page date;
        the Gold roll of 2026 is the report's Gold members on its voting day.
        """
        for day in PAGE_DATES:
            report_platinum = members_on(ROSTER.memberships, Tier.PLATINUM, as_of=day)
            board = check_board(BOARD.board, BOARD.memberships, as_of=day)
            assert len({m.organization for m in report_platinum}) == board.director_limit
        election = {e.id: e for e in BOARD_ELECTIONS}["2026-gold"]
        roll = build_roll(election, ROSTER)
        golds = {
            m.organization
            for m in members_on(ROSTER.memberships, Tier.GOLD, as_of=election.voting.first)
        }
        assert sorted(golds) == sorted(roll.voters)


class TestMissingFacts:
    """Deliver 3: a missing fact is UNKNOWN or a documented inference, never FAILED."""

    def test_lf_membership_inferred_from_the_charter(self) -> None:
        """A member in force after 2025-06-01 holds an LF membership by choice A17."""
        m = next(m for m in ROSTER.memberships if m.organization == "viettel")
        decision = check_lf_membership(m, as_of=date(2026, 1, 8))
        assert Status.PASSED == decision.outcome
        assert "A17 [inferred]" in {c.section for c in m.sources}

    def test_no_lf_membership_before_the_closing(self) -> None:
        """A membership that ended before 2025-06-01 carries no LF inference."""
        m = next(m for m in ROSTER.memberships if m.organization == "meta")
        assert m.linux_foundation is None

    def test_gold_electorate_2026_is_every_gold_member(self) -> None:
        """The 2026 Gold roll holds the 21 Gold members in force (it was 0 before)."""
        election = {e.id: e for e in BOARD_ELECTIONS}["2026-gold"]
        assert 21 == len(build_roll(election, ROSTER).voters)

    def test_selectors_not_named_said_once(self) -> None:
        """The record says once that no source names the elected selectors."""
        assert 1 == sum("Gold Director Selectors" in n for n in RECORD.notes)


class TestCoverage:
    """Deliver 4: the dates the record covers, per kind of fact."""

    def test_kinds(self) -> None:
        """Every kind of fact has its dates."""
        cov = record_coverage()
        assert {
            "board",
            "board_complete",
            "elections",
            "gold_selectors",
            "individuals",
            "memberships",
            "officers",
        } == set(cov)
        assert (date(2012, 9, 7), date(2026, 8, 6)) == (cov["board"].first, cov["board"].last)
        assert date(2020, 1, 28) == cov["board_complete"].first
        assert date(2012, 8, 13) == cov["memberships"].first
        assert date(2012, 9, 7) == cov["elections"].first
        assert not cov["individuals"].covers(date(2026, 1, 1))

    @pytest.mark.parametrize(("day", "covered"), [(date(2012, 9, 6), False), (FIRST, True)])
    def test_boundary(self, day: date, covered: bool) -> None:  # noqa: FBT001
        """The day before the first minutes naming the 2012 board is outside; that day inside."""
        assert covered == record_coverage()["board"].covers(day)

    @pytest.mark.parametrize(
        ("day", "complete"), [(date(2020, 1, 27), False), (date(2020, 1, 28), True)]
    )
    def test_complete_boundary(self, day: date, complete: bool) -> None:  # noqa: FBT001
        """The whole board is held from the 2020 board's seating, not the day before."""
        assert complete == record_coverage()["board_complete"].covers(day)

    def test_board_command_after_snapshot(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A board after the snapshot is checked on the last state and says so."""
        assert 0 == main(["board", "--as-of", "2027-01-01"])
        assert "after the record's snapshot (2026-08-06)" in capsys.readouterr().out

    def test_board_command_outside(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A board outside the record is UNKNOWN with the record's first day, not 0/0/0."""
        assert 0 == main(["board", "--as-of", "2012-08-20"])
        out = capsys.readouterr().out
        assert out.startswith("UNKNOWN: the board record starts on 2012-09-07")
        assert "0/0/0" not in out

    def test_board_command_partial(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A 2019 board is UNKNOWN naming the Platinum directors whose member is not stated."""
        assert 0 == main(["board", "--as-of", "2019-06-01"])
        out = capsys.readouterr().out
        assert out.startswith("UNKNOWN: the record cannot settle the board on 2019-06-01")
        expected = ["Anni Lai", "Mark McLoughlin"]
        assert expected == [n for n in expected if f"(unknown) {n}: named as a director" in out]
        assert "no source states the class" in out  # Andrew Cathrow


REPLAY_2012_2026 = [
    ("2012-01-01", "not covered", 0, "UNKNOWN"),
    ("2012-09-07", "0/0/0+24?", 8, "UNKNOWN"),
    ("2013-02-12", "0/0/0+24?", 8, "UNKNOWN"),
    ("2013-08-06", "0/0/0+25?", 8, "UNKNOWN"),
    ("2013-10-03", "0/0/0+25?", 8, "UNKNOWN"),
    ("2013-10-17", "0/0/0+26?", 8, "UNKNOWN"),
    ("2013-11-04", "0/0/0+27?", 8, "UNKNOWN"),
    ("2014-01-01", "0/1/0+4?", 8, "UNKNOWN"),
    ("2014-04-01", "0/1/0+4?", 8, "UNKNOWN"),
    ("2014-09-18", "0/1/0+4?", 8, "UNKNOWN"),
    ("2015-01-01", "0/1/0+4?", 7, "UNKNOWN"),
    ("2015-01-28", "2/8/8+6?", 8, "UNKNOWN"),
    ("2015-07-28", "2/9/9+6?", 8, "UNKNOWN"),
    ("2015-12-03", "2/9/9+6?", 8, "UNKNOWN"),
    ("2016-01-26", "1/0/0+8?", 8, "UNKNOWN"),
    ("2016-10-01", "1/0/0+8?", 8, "UNKNOWN"),
    ("2016-11-17", "1/0/0+8?", 8, "UNKNOWN"),
    ("2017-01-24", "0/2/0+8?", 8, "UNKNOWN"),
    ("2017-11-06", "0/2/0+8?", 8, "UNKNOWN"),
    ("2018-01-30", "0/0/0+21?", 8, "UNKNOWN"),
    ("2018-05-20", "1/0/0+21?", 9, "UNKNOWN"),
    ("2019-01-01", "1/0/0+21?", 9, "UNKNOWN"),
    ("2019-01-29", "5/8/8+3?", 8, "UNKNOWN"),
    ("2019-03-05", "5/7/8+4?", 8, "UNKNOWN"),
    ("2019-09-10", "5/7/8+6?", 8, "UNKNOWN"),
    ("2020-01-28", "6/8/8", 8, "UNKNOWN"),
    ("2020-04-28", "6/8/8", 8, "UNKNOWN"),
    ("2020-06-16", "6/8/8", 8, "UNKNOWN"),
    ("2020-08-19", "6/8/8", 8, "UNKNOWN"),
    ("2020-08-22", "6/8/8", 8, "UNKNOWN"),
    ("2020-11-13", "6/8/8", 8, "UNKNOWN"),
    ("2021-01-01", "5/8/8", 9, "PASSED"),
    ("2021-01-26", "9/9/9", 9, "PASSED"),
    ("2021-08-19", "9/9/9", 9, "PASSED"),
    ("2021-09-07", "9/9/9", 10, "PASSED"),
    ("2021-09-27", "9/8/8", 10, "PASSED"),
    ("2021-09-30", "9/8/8", 10, "PASSED"),
    ("2021-12-21", "9/8/9", 10, "PASSED"),
    ("2022-01-01", "8/8/9", 9, "PASSED"),
    ("2022-01-26", "9/9/9", 9, "PASSED"),
    ("2022-03-15", "9/9/9", 9, "PASSED"),
    ("2022-06-01", "9/9/9", 9, "PASSED"),
    ("2022-08-02", "9/9/9", 9, "PASSED"),
    ("2023-01-01", "7/9/9", 7, "PASSED"),
    ("2023-01-31", "7/7/7", 7, "PASSED"),
    ("2023-03-07", "7/7/7", 7, "PASSED"),
    ("2023-06-01", "7/7/7", 7, "PASSED"),
    ("2024-01-01", "5/7/7", 5, "PASSED"),
    ("2024-01-30", "5/5/5", 5, "PASSED"),
    ("2024-06-04", "6/5/5", 6, "PASSED"),
    ("2024-10-22", "6/5/5", 7, "PASSED"),
    ("2024-10-31", "7/5/5", 7, "PASSED"),
    ("2025-01-28", "6/7/7", 7, "PASSED"),
    ("2025-02-27", "6/7/7", 7, "PASSED"),
    ("2025-05-20", "6/7/7", 8, "PASSED"),
    ("2025-06-01", "6/7/7", 7, "PASSED"),
    ("2025-06-02", "7/7/7", 7, "PASSED"),
    ("2025-11-06", "7/7/7", 7, "PASSED"),
    ("2025-12-04", "7/7/7", 8, "PASSED"),
    ("2025-12-09", "8/7/7", 8, "PASSED"),
    ("2026-01-27", "8/7/6", 8, "PASSED"),
    ("2026-06-27", "7/7/6", 8, "PASSED"),
    ("2026-08-03", "7/7/6", 8, "PASSED"),
    ("2026-08-06", "7/6/6", 8, "PASSED"),
]


class TestReplay:
    """Deliver 6: the replay of the record, pinned 2012-2026."""

    def test_pinned_2012_2026(self) -> None:
        """Every date the board changed: shape, Director Limit, outcome.

        No FAILED row: 2012-2019 are UNKNOWN (directors of unstated class or member, board
        gaps), 2020 is UNKNOWN (three Red Hat directors while the diversity limit in force is
        not found: two or three), 2021-2026 PASSED.
        """
        rows = replay(date(2012, 1, 1), date(2026, 12, 31))
        actual = [(r.as_of.isoformat(), r.shape, r.director_limit, r.outcome.name) for r in rows]
        assert REPLAY_2012_2026 == actual

    def test_no_failed_outcome(self) -> None:
        """Done means: the replay over 2012-2026 shows no FAILED outcome and no FAILED finding."""
        rows = replay(date(2012, 1, 1), date(2026, 12, 31))
        assert [] == [r.as_of for r in rows if r.outcome is Status.FAILED]
        assert [] == [f for r in rows for f in r.findings if f.status is Status.FAILED]

    def test_findings_are_typed_rows(self) -> None:
        """The uncovered row names the fact missing; 2020's one finding is the undecided limit."""
        rows = replay(date(2012, 1, 1), date(2026, 12, 31))
        assert ["record.coverage"] == [f.rule_id for f in rows[0].findings]
        found = {
            (f.rule_id, f.status, f.reason)
            for r in rows
            if r.as_of.year == 2020
            for f in r.findings
        }
        assert {("board.diversity.limit", Status.UNKNOWN)} == {(i, s) for i, s, _ in found}
        facts = ("3 directors", "red-hat", "Daniel Becker", "Julia Kreger", "Kurt Garloff")
        for _, _, reason in found:
            assert [] == [fact for fact in facts if fact not in reason]
            assert "is not found (2 or 3" in reason
        assert [] == [f for r in rows if r.as_of.year > 2020 for f in r.findings]

    def test_unplaced_directors_named(self) -> None:
        """2019: directors of unstated member (Platinum) or class are UNKNOWN, each named."""
        (row,) = replay(dates=[date(2019, 6, 1)])
        assert ("5/7/8+4?", Status.UNKNOWN, False) == (row.shape, row.outcome, row.incomplete)
        assert ("Anni Lai", "Mark McLoughlin", "Andrew Cathrow", "Ryan Beisner") == row.unplaced
        rules = [f.rule_id for f in row.findings if f.rule_id.startswith("record.")]
        expected = [
            "record.platinum_member",
            "record.platinum_member",
            "record.director_class",
            "record.director_class",
        ]
        assert expected == rules

    def test_gap_settles_nothing(self) -> None:
        """In a board gap (2019-09-10 on) the outcome is UNKNOWN and no finding is FAILED."""
        (before,) = replay(dates=[date(2019, 9, 9)])
        (after,) = replay(dates=[date(2019, 9, 10)])
        assert (False, True) == (before.incomplete, after.incomplete)
        assert "record.board_gap" in {f.rule_id for f in after.findings}
        assert Status.UNKNOWN == after.outcome

    @pytest.mark.parametrize("day", [date(2015, 1, 28), date(2019, 1, 29)])
    def test_limit_on_approximated_dates_not_settled(self, day: date) -> None:
        """A seat count against an unsettled Director Limit is UNKNOWN, naming memberships.

        The limit rests on approximated membership dates near 1 January (Intel 2015;
        Canonical, HP, IBM, Ericsson, Huawei 2019).
        """
        (row,) = replay(dates=[day])
        fixed = [f for f in row.findings if f.rule_id == "board.gold.seats_fixed"]
        assert [Status.UNKNOWN] == [f.status for f in fixed]
        assert "not settled: the Director Limit on" in fixed[0].reason
        platinum = "intel-platinum-2015" if day.year == 2015 else "ibm-platinum-2012"
        assert platinum in fixed[0].reason

    def test_vacancies_reported(self) -> None:
        """2024-10-22: Rackspace has joined, its director is on the page from 2024-10-31."""
        (row,) = replay(dates=[date(2024, 10, 22)])
        assert ("rackspace-platinum-2024",) == row.vacancies

    def test_change_dates_include_every_page_roster_change(self) -> None:
        """A term start or end on a board-page date is a change date."""
        changes = set(board_change_dates(BOARD))
        assert {date(2024, 10, 31), date(2025, 12, 9), date(2026, 6, 27)} <= changes

    def test_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``replay`` prints the data used, one line per date and the FAILED count."""
        assert 0 == main(["replay", "--from", "2024-01-01", "--to", "2024-12-31"])
        out = capsys.readouterr().out
        assert out.startswith("Data: bundled foundation record")
        assert "2024-10-31  7/5/5       7  passed" in out
        assert out.endswith("5 dates, 0 FAILED\n")


class TestSynthetic:
    """Deliver 5: the synthetic individuals, flagged, never in report or board figures."""

    def test_flagged_and_sized(self) -> None:
        """A few thousand generated individuals with a vote history, flagged synthetic."""
        sample = synthetic_individuals()
        assert (True, 3000) == (sample.synthetic, len(sample.individuals))
        assert "SYNTHETIC" in sample.description
        assert 14 == len(sample.votes)

    def test_flag_required(self) -> None:
        """A document without ``synthetic: true`` is refused."""
        text = json.dumps(
            {
                "format": "openinfra-model",
                "version": 1,
                "kind": "synthetic_individuals",
                "data": {"synthetic": False, "description": "x"},
            }
        )
        with pytest.raises(InvalidInputError, match="synthetic"):
            loads_document(text, SyntheticIndividuals)

    def test_not_in_report_or_board(self) -> None:
        """The roster behind ``report`` and ``board`` holds no individuals."""
        assert () == ROSTER.individuals

    def test_electorate_2026_individual(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The 2026 Individual roll on bundled data is non-empty and says it is synthetic."""
        assert 0 == main(["electorate", "--election", "2026-individual", "--explain"])
        out = capsys.readouterr().out
        assert "SYNTHETIC individuals" in out
        assert "193 on the roll (roster of 2026-08-06)" in out
        assert "has not signed the OIF Individual Member agreement" in out


def test_foundation_record_type() -> None:
    """The record is a FoundationRecord with the memberships, directors and vacancies."""
    assert isinstance(RECORD, FoundationRecord)
    assert (64, 326, 12, 8) == (
        len(RECORD.memberships),
        len(RECORD.directors),
        len(RECORD.vacancies),
        len(RECORD.board_gaps),
    )
