"""What an analyst sees in a notebook: short reprs, styled HTML reprs, typed rows.

A notebook shows ``repr()`` for every value it prints and ``_repr_html_()`` for the last value
of a cell. Both must stay short whatever the data (a roster of 110,000 people is one line), the
HTML must be self-contained (inline styles, no scripts or external files), escape every text
and show each status in its colour and in words, and every result type gives typed rows
(``to_rows()``) a data frame takes as they are.
"""

from __future__ import annotations

import enum
import re
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openinfra_model import (
    Check,
    Citation,
    CountResult,
    Decision,
    Status,
    count_rankings,
    default_roster,
    load_board_record,
    load_community,
    regime_on,
)
from openinfra_model.board import (
    AffiliatedGroups,
    BoardReport,
    Seating,
    affiliated_groups,
    check_board,
)
from openinfra_model.community import HubParticipation, check_hub_participation
from openinfra_model.core import Regime, render
from openinfra_model.core.citations import Confidence
from openinfra_model.elections import LifecycleReview, Roll, build_roll
from openinfra_model.elections import history as election_history
from openinfra_model.funds import LinuxFoundationFee, linux_foundation_fee
from openinfra_model.membership import (
    DuesAssessment,
    DuesStatement,
    IndividualDues,
    Membership,
    PlatinumTerm,
    Rights,
    Roster,
    Tier,
    dues_owed,
)
from openinfra_model.record import (
    ReplayRow,
    foundation_record,
    replay,
    synthetic_individuals,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

RESULT_TYPES: tuple[type, ...] = (
    Decision,
    DuesAssessment,
    DuesStatement,
    IndividualDues,
    Rights,
    PlatinumTerm,
    AffiliatedGroups,
    BoardReport,
    Seating,
    Roll,
    LifecycleReview,
    CountResult,
    LinuxFoundationFee,
    HubParticipation,
    ReplayRow,
    Regime,
)
"""Every type a rule or the record's replay returns as its answer."""

TYPED = (type(None), bool, int, str, date, Decimal)
"""What a typed row's cell may hold: no enums, no text dates, no floats for money."""


def _c(section: str = "4.2", quote: str | None = None) -> Citation:
    return Citation("bylaws", date(2021, 9, 29), section, quote)


def _walk(value: object, seen: set[int], depth: int = 0) -> Iterator[object]:
    """Every attrs object reachable from ``value`` (a few hundred of each collection)."""
    if id(value) in seen or depth > 6:
        return
    seen.add(id(value))
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from _walk(getattr(value, field.name), seen, depth + 1)
    elif isinstance(value, (tuple, list, frozenset)):
        for item in list(value)[:300]:
            yield from _walk(item, seen, depth + 1)
    elif isinstance(value, dict):
        for item in list(value.values())[:300]:
            yield from _walk(item, seen, depth + 1)


@pytest.fixture(scope="module")
def people() -> Roster:
    """The bundled roster with the SYNTHETIC sample of 3,000 individuals."""
    return attrs.evolve(default_roster(), individuals=synthetic_individuals().individuals)


@pytest.fixture(scope="module")
def roll(people: Roster) -> Roll:
    """The 2026 Individual roll, explained."""
    ballot = {e.id: e for e in election_history.BOARD_ELECTIONS}
    return build_roll(ballot["2026-individual"], people, explain=True)


@pytest.fixture(scope="module")
def report() -> BoardReport:
    """The board of 2024-10-31."""
    record = load_board_record()
    return check_board(record.board, record.memberships, as_of=date(2024, 10, 31))


@pytest.fixture(scope="module")
def meek() -> CountResult:
    """The tutorial's Meek STV count."""
    ballots = (
        [("ann", "bob")] * 5 + [("bob", "cy")] * 2 + [("cy", "ann")] * 3 + [("dee", "cy")] * 2
    )
    return count_rankings(ballots, candidates=("ann", "bob", "cy", "dee"), seats=2)


class _Balanced(HTMLParser):
    """Checks that every element opened is closed, in order, and counts what it finds."""

    VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "col", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def _parse(html: str) -> _Balanced:
    parser = _Balanced()
    parser.feed(html)
    parser.close()
    return parser


class TestShortReprs:
    """Every value a notebook prints is one short line, whatever the size of the data."""

    def test_roster_is_one_line(self, people: Roster) -> None:
        """The roster names its snapshot and counts; it used to print every record."""
        expected = (
            f"<Roster {people.snapshot.isoformat()}: {len(people.organizations)} organisations, "
            f"{len(people.memberships)} memberships, 3000 individuals>"
        )
        assert expected == repr(people)

    def test_membership_is_one_line(self) -> None:
        """A membership shows organisation, tier, signature and term, not its sources."""
        m = default_roster().memberships_of("rackspace")[-1]
        assert re.fullmatch(r"<Membership rackspace platinum signed [-\d]+ [^<>]*>", repr(m))
        assert len(repr(m)) < 100

    def test_documented_example(self) -> None:
        """The form the issue asked for."""
        assert "<Roster 2026-08-01: 0 organisations, 0 memberships, 0 individuals>" == repr(
            Roster(snapshot=date(2026, 8, 1))
        )

    def test_every_object_of_the_bundled_data(
        self, people: Roster, roll: Roll, report: BoardReport, meek: CountResult
    ) -> None:
        """Every object reachable from the bundled data has a repr under 300 characters."""
        roots: list[object] = [
            people,
            foundation_record(),
            load_board_record(),
            replay(),
            load_community(),
            regime_on(as_of=date(2026, 1, 15)),
            roll,
            report,
            meek,
            dues_owed(people, as_of=date(2014, 1, 15)),
            synthetic_individuals(),
        ]
        seen: set[int] = set()
        too_long = {
            type(o).__name__: len(repr(o))
            for root in roots
            for o in _walk(root, seen)
            if not type(o).__name__.startswith("_") and len(repr(o)) >= 300
        }
        assert {} == too_long

    def test_check_and_citation_leave_the_quote_out(self) -> None:
        """A check's repr shows status, rule and the start of its reason; ``str`` has it all."""
        check = Check("x.y", Status.FAILED, _c(quote="a long quote"), "r" * 100)
        assert ("<Check failed x.y: " + "r" * 59 + "…>", True) == (
            repr(check),
            "r" * 100 in str(check),
        )
        assert "<Citation bylaws (2021-09-29) §4.2>" == repr(_c(quote="a long quote"))

    def test_decision_counts_statuses(self) -> None:
        """A decision's repr gives its outcome and how many checks had each status."""
        d = Decision.of(
            Check("a", Status.PASSED, _c(), "ok"),
            Check("b", Status.UNKNOWN, _c(), "?"),
            Check("c", Status.PASSED, _c(), "ok"),
        )
        assert "<Decision UNKNOWN: 3 checks (2 passed, 1 unknown)>" == repr(d)


def _decision(*statuses: Status) -> Decision:
    return Decision.of(
        *(
            Check(f"rule.{i}", s, _c(quote="No more than <two>"), f"reason {i} <b>")
            for i, s in enumerate(statuses)
        )
    )


def _row_of(html: str, rule: str) -> str:
    """The ``<tr>`` holding a rule id."""
    for row in html.split("<tr"):
        if f"<code>{rule}</code>" in row:
            return row
    raise AssertionError(rule)


class TestDecisionHtml:
    """A decision in a notebook: its outcome, then one coloured row a check."""

    def test_failed_row_is_red(self) -> None:
        """A FAILED row has a red background and border and says FAILED in words."""
        html = _decision(Status.PASSED, Status.FAILED)._repr_html_()
        bg, fg, border = render.STATUS_STYLES["failed"]
        row = _row_of(html, "rule.1")
        assert (True, True, True) == (
            f"background:{bg};border-left:4px solid {border}" in row,
            f"color:{fg}" in row,
            ">FAILED</span>" in row,
        )

    @pytest.mark.parametrize(
        ("status", "colour"),
        [
            (Status.FAILED, "#fde8e8"),
            (Status.UNKNOWN, "#fff4e0"),
            (Status.PASSED, "#e7f6ec"),
            (Status.NOT_APPLICABLE, "#f2f2f2"),
            (Status.WAIVED, "#e8f0fe"),
        ],
    )
    def test_each_status_has_its_colour(self, status: Status, colour: str) -> None:
        """Red, amber, green, grey and blue backgrounds."""
        html = _decision(status)._repr_html_()
        assert f"background:{colour}" in _row_of(html, "rule.0")

    def test_reasons_are_left_aligned(self) -> None:
        """Every cell and heading is left-aligned (Jupyter right-aligns table cells)."""
        html = _decision(Status.PASSED)._repr_html_()
        cells = re.findall(r"<t[dh] style=\"([^\"]*)\"", html)
        assert (True, True) == (bool(cells), all("text-align:left" in c for c in cells))

    def test_text_is_escaped_and_self_contained(self) -> None:
        """Reasons and quotes are escaped; no script, stylesheet or external file."""
        html = _decision(Status.FAILED)._repr_html_()
        assert (True, True, False, False, False) == (
            "reason 0 &lt;b&gt;" in html,
            "No more than &lt;two&gt;" in html,
            "<script" in html,
            "<link" in html,
            "src=" in html,
        )

    def test_quote_and_confidence_are_shown(self) -> None:
        """The source cell shows the citation, its confidence and the quote on demand."""
        c = _c(quote="A majority").with_confidence(Confidence.INFERRED)
        html = Decision.of(Check("x", Status.PASSED, c, "ok"))._repr_html_()
        assert (True, True, True) == (
            "bylaws (2021-09-29) §4.2 [inferred]" in html,
            "<summary>source [inferred]</summary>" in html,
            "“A majority”" in html,
        )

    @pytest.mark.parametrize("confidence", list(Confidence))
    def test_confidence_shown_once_without_a_quote(self, confidence: Confidence) -> None:
        """Without a quote the source cell marks the confidence once, whatever it is."""
        c = _c().with_confidence(confidence)
        html = Decision.of(Check("x", Status.PASSED, c, "ok"))._repr_html_()
        assert 1 == html.count(f"[{confidence.label}]")

    def test_long_decisions_are_cut(self) -> None:
        """Past 20 checks the table shows a "… N more" line, as pandas does."""
        html = _decision(*[Status.PASSED] * 25)._repr_html_()
        assert (20, True) == (html.count("<code>rule."), "… 5 more" in html)

    def test_exactly_the_limit_is_not_cut(self) -> None:
        """20 checks show in full, with no "more" line."""
        html = _decision(*[Status.PASSED] * 20)._repr_html_()
        assert (20, False) == (html.count("<code>rule."), "more</td>" in html)


class TestResultHtml:
    """Board reports, rolls and counts render with the same look."""

    def test_board_report(self, report: BoardReport) -> None:
        """The board report: shape and outcome, coloured checks, directors in a fold."""
        html = report._repr_html_()
        assert (True, True, True) == (
            "Board on 2024-10-31: 17 directors 7/5/5" in html,
            "<details><summary>17 directors in office</summary>" in html,
            ">PASSED</span>" in html,
        )

    def test_roll_is_cut_with_reasons(self, roll: Roll) -> None:
        """A roll of 3,000 examined shows 20 rows, the reasons, and how many more."""
        html = roll._repr_html_()
        assert (True, True) == (
            f"… {len(roll.examined) - 20} more" in html,
            "has not signed the OIF Individual Member agreement" in html,
        )

    def test_count_rounds_are_collapsible(self, meek: CountResult) -> None:
        """Each round of a count is a ``<details>`` block named by what it decided."""
        html = meek._repr_html_()
        summaries = re.findall(r"<summary>(Round [^<]*)</summary>", html)
        assert [
            "Round 1, quota 4.000000001: elected ann",
            "Round 2, quota 4.000000001: excluded dee",
            "Round 3, quota 4.000000001: elected cy; excluded bob",
        ] == summaries

    def test_long_counts_summarise_quiet_rounds(self) -> None:
        """A traced Meek count keeps decided rounds and folds runs of quiet ones into a line."""
        ballots = [("a", "b", "c")] * 4 + [("b", "c")] * 3 + [("c", "b")] * 2 + [("d", "c")]
        result = count_rankings(ballots, candidates=("a", "b", "c", "d"), seats=2, trace=True)
        html = result._repr_html_()
        decided = sum(1 for r in result.rounds if r.elected or r.excluded)
        if len(result.rounds) <= render.MAX_ROWS:
            decided = len(result.rounds)
        assert decided == html.count("<summary>Round ")

    @settings(max_examples=10)
    @given(st.sampled_from(RESULT_TYPES).flatmap(st.from_type))
    def test_every_result_renders_balanced_html(self, result: Any) -> None:
        """Every result type's HTML is well formed, scripted nowhere, in one styled block."""
        html = result._repr_html_()
        parsed = _parse(html)
        assert ([], [], True, False) == (
            parsed.errors,
            parsed.stack,
            html.startswith('<div class="openinfra-model"'),
            "script" in parsed.tags,
        )


def _check_rows(rows: object) -> None:
    assert isinstance(rows, tuple)
    for row in rows:
        assert isinstance(row, dict)
        assert list(row) == list(rows[0])
        bad = {k: v for k, v in row.items() if not isinstance(v, TYPED)}
        assert {} == bad
        assert not any(isinstance(v, enum.Enum) for v in row.values())


class TestToRows:
    """Every result type gives typed rows: dates as dates, money as Decimal, enums as values."""

    @settings(max_examples=10)
    @given(st.sampled_from(RESULT_TYPES).flatmap(st.from_type))
    def test_rows_are_typed(self, result: Any) -> None:
        """Rows are dicts with the same keys in the same order, holding typed scalars only."""
        _check_rows(result.to_rows())

    def test_board_report_rows(self, report: BoardReport) -> None:
        """A director's term is a date and an open end is ``None``, not an empty string."""
        row = report.to_rows()[0]
        assert (date(2024, 10, 31), "platinum", True, True) == (
            row["as_of"],
            row["seat_class"],
            isinstance(row["term_start"], date),
            row["term_end"] is None or isinstance(row["term_end"], date),
        )

    def test_dues_rows_sum_as_money(self) -> None:
        """Dues amounts are Decimals, so they add up exactly."""
        roster = default_roster()
        statement = dues_owed(roster, as_of=date(2026, 1, 15))
        amounts = [r["amount"] for r in statement.to_rows()]
        assert statement.total == sum(a for a in amounts if isinstance(a, Decimal))

    def test_roll_rows_give_reasons(self, roll: Roll) -> None:
        """A roll's rows say who is on it and, for the others, why not."""
        rows = roll.to_rows()
        refused = next(r for r in rows if not r["on_roll"])
        assert (len(roll.examined), len(roll.voters), True) == (
            len(rows),
            sum(1 for r in rows if r["on_roll"]),
            bool(refused["reasons"]),
        )

    def test_count_rows_are_long(self, meek: CountResult) -> None:
        """A count gives a row per candidate per round."""
        rows = meek.to_rows()
        assert (12, Decimal("5.000000000")) == (
            len(rows),
            next(r["votes"] for r in rows if r["round"] == 3 and r["candidate"] == "cy"),
        )

    def test_replay_rows_join(self) -> None:
        """``rows_of`` joins the one-row tables of the replay."""
        rows = render.rows_of(replay(date(2024, 1, 1), date(2024, 12, 31)))
        assert [date(2024, 1, 1), date(2024, 1, 30), date(2024, 6, 4)] == [
            r["as_of"] for r in rows[:3]
        ]

    def test_other_results(self) -> None:
        """The fee, a hub participation, affiliated groups and the regime give typed rows."""
        roster = default_roster()
        community = load_community()
        hub = community.hubs[0]
        results: list[Any] = [
            linux_foundation_fee(Decimal(3200000), as_of=date(2026, 1, 1)),
            check_hub_participation("ericsson", hub, roster.memberships, as_of=date(2024, 1, 1)),
            affiliated_groups(roster.organizations, as_of=date(2024, 1, 1)),
            regime_on(as_of=date(2024, 3, 12)),
        ]
        for result in results:
            _check_rows(result.to_rows())
        assert Decimal("222000.00") == results[0].to_rows()[0]["total"]

    def test_pandas_takes_the_rows(self, report: BoardReport) -> None:
        """A pandas frame takes the rows as they are (the library never imports pandas)."""
        pd = pytest.importorskip("pandas")
        roster = default_roster()
        statement = dues_owed(roster, as_of=date(2026, 1, 15))
        frame = pd.DataFrame(statement.to_rows())
        by_tier = frame.groupby("tier")["amount"].sum()
        board = pd.DataFrame(report.to_rows())
        assert (statement.total, 17, date) == (
            by_tier.sum(),
            len(board),
            type(board["term_start"].iloc[0]),
        )

    def test_membership_repr_in_rows_context(self) -> None:
        """A membership in a list prints short (what a notebook shows for ``members_on``)."""
        m = Membership(organization="acme", tier=Tier.GOLD, signed=date(2024, 3, 1))
        assert "[<Membership acme gold signed 2024-03-01>]" == repr([m])


class TestEqualityKept:
    """The reprs are new; equality and hashing are attrs' as before."""

    def test_equal_values_hash_alike(self) -> None:
        """Two equal memberships compare equal, hash alike and print alike."""
        a = Membership(organization="acme", tier=Tier.GOLD, signed=date(2024, 3, 1))
        b = attrs.evolve(a)
        assert (True, True, True, False) == (
            a == b,
            hash(a) == hash(b),
            repr(a) == repr(b),
            a == attrs.evolve(a, signed=date(2024, 3, 2)),
        )
