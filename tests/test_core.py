"""Decisions, citations, dated tables and errors: the shared machinery of every rule."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    DOCUMENTS,
    Check,
    Citation,
    Confidence,
    DatedTable,
    Decision,
    InvalidInputError,
    NoRegimeError,
    RegimeConflictError,
    Status,
    Window,
    regime_on,
    usd,
)
from openinfra_model.core import cite, regimes
from openinfra_model.core.decisions import worst

if TYPE_CHECKING:
    from collections.abc import Iterator

C = Citation("bylaws", date(2021, 9, 29), "4.15(a)")
STATUS = st.sampled_from(list(Status))


def _table(register: bool = False) -> DatedTable[int]:  # noqa: FBT001, FBT002
    return DatedTable(
        "test.limit",
        Window(start=date(2021, 1, 1), value=3, citation=C, confidence=Confidence.INFERRED),
        Window(start=date(2012, 8, 20), value=2, citation=C, confidence=Confidence.QUOTED),
        register=register,
    )


class TestDecisionOutcome:
    """DECISIONS §1: the outcome is the worst check (FAILED > UNKNOWN > WAIVED > PASSED)."""

    def test_all_not_applicable_gives_not_applicable(self) -> None:
        """A decision whose every check is n/a is n/a."""
        d = Decision.of(Check("a", Status.NOT_APPLICABLE, C, "r"))
        assert Status.NOT_APPLICABLE == d.outcome

    def test_failed_beats_unknown(self) -> None:
        """FAILED outranks UNKNOWN."""
        d = Decision.of(Check("a", Status.UNKNOWN, C, "r"), Check("b", Status.FAILED, C, "r"))
        assert Status.FAILED == d.outcome
        assert ("a", "b") == tuple(c.rule_id for c in d.failures)

    def test_waived_beats_passed(self) -> None:
        """WAIVED outranks PASSED and n/a."""
        d = Decision.of(
            Check("a", Status.PASSED, C, "r"),
            Check("b", Status.WAIVED, C, "r"),
            Check("c", Status.NOT_APPLICABLE, C, "r"),
        )
        assert Status.WAIVED == d.outcome

    def test_inconsistent_outcome_is_refused(self) -> None:
        """Building a Decision with an outcome its checks do not give names the field."""
        with pytest.raises(InvalidInputError) as err:
            Decision(Status.PASSED, (Check("a", Status.FAILED, C, "r"),))
        assert ("outcome",) == err.value.paths

    def test_not_a_boolean(self) -> None:
        """A Decision refuses truth-testing, so UNKNOWN is never read as yes."""
        d = Decision.of(Check("a", Status.PASSED, C, "r"))
        with pytest.raises(TypeError):
            bool(d)

    @given(st.lists(STATUS, max_size=6))
    def test_outcome_is_order_independent(self, statuses: list[Status]) -> None:
        """The outcome depends on the statuses, not on their order."""
        assert worst(statuses) == worst(reversed(statuses))

    @given(st.lists(STATUS, min_size=1, max_size=6))
    def test_failed_anywhere_fails(self, statuses: list[Status]) -> None:
        """One FAILED check makes the decision FAILED."""
        assert (Status.FAILED in statuses) == (worst(statuses) is Status.FAILED)

    def test_explain_and_html_name_the_rule(self) -> None:
        """The text and HTML renderings show the rule id and the citation."""
        d = Decision.of(Check("board.diversity.limit", Status.FAILED, C, "four <affiliated>"))
        assert "board.diversity.limit" in d.explain()
        assert "bylaws (2021-09-29) §4.15(a)" in d.explain()
        assert "&lt;affiliated&gt;" in d._repr_html_()


class TestDatedTable:
    """DECISIONS §2: half-open windows, latest start on or before the date, no extrapolation."""

    def test_day_before_and_day_of_change(self) -> None:
        """The value changes exactly on the start day of the next window."""
        t = _table()
        assert 2 == t.value(date(2020, 12, 31))
        assert 3 == t.value(date(2021, 1, 1))

    def test_windows_are_half_open_and_contiguous(self) -> None:
        """Each window ends where the next starts; the last is open."""
        t = _table()
        assert (date(2021, 1, 1), None) == tuple(w.end for w in t.windows)
        assert t.at(date(2012, 8, 20)).contains(date(2020, 12, 31))
        assert not t.at(date(2012, 8, 20)).contains(date(2021, 1, 1))

    def test_before_first_window_raises(self) -> None:
        """A date before every window is not answered by guessing."""
        with pytest.raises(NoRegimeError) as err:
            _table().at(date(2012, 8, 19))
        assert ("test.limit", date(2012, 8, 19)) == (err.value.rule, err.value.as_of)

    def test_two_windows_same_start_conflict(self) -> None:
        """Two windows starting on one day make an inconsistent table."""
        w = Window(start=date(2021, 1, 1), value=1, citation=C, confidence=Confidence.QUOTED)
        with pytest.raises(RegimeConflictError):
            DatedTable("x", w, w, register=False)

    @given(st.dates(min_value=date(2012, 8, 20), max_value=date(2100, 1, 1)))
    def test_lookup_window_contains_date(self, day: date) -> None:
        """The window found for a date always contains it."""
        assert _table().at(day).contains(day)

    @given(st.dates(min_value=date(2012, 8, 20), max_value=date(2099, 1, 1)))
    def test_lookup_is_monotone(self, day: date) -> None:
        """Later dates never find an earlier window."""
        t = _table()
        assert t.at(day).start <= t.at(day + timedelta(days=1)).start


class TestRegimeView:
    """The documents in force on a date."""

    def test_lf_charter_replaces_bylaws_on_closing(self) -> None:
        """The Delaware bylaws govern until 2025-05-31; the LF charter from 2025-06-01."""
        before = {d.key for d in regime_on(as_of=date(2025, 5, 31)).documents}
        after = {d.key for d in regime_on(as_of=date(2025, 6, 1)).documents}
        assert "bylaws" in before
        assert "lf-charter" not in before
        assert "lf-charter" in after
        assert "bylaws" not in after

    def test_tc_policy_replaced_by_charter(self) -> None:
        """Bylaws Appendix 4 is removed on 2023-12-05; the TC charter takes over."""
        assert "tc-member-policy" in {d.key for d in regime_on(as_of=date(2023, 12, 4)).documents}
        assert "tc-charter" in {d.key for d in regime_on(as_of=date(2023, 12, 5)).documents}


class TestCitations:
    """Citations point into known documents."""

    def test_cite_refuses_unknown_document(self) -> None:
        """A typo in a document key is caught when the citation is built."""
        with pytest.raises(InvalidInputError) as info:
            cite("bylawz", date(2021, 1, 1), "1")
        assert ("document",) == info.value.paths

    def test_every_document_window_is_ordered(self) -> None:
        """No document ends before it starts."""
        for d in DOCUMENTS.values():
            assert d.in_force_until is None or d.in_force_from < d.in_force_until


class TestMoney:
    """Money is exact: Decimal USD with at most two decimals, never float."""

    def test_usd_is_exact(self) -> None:
        """Strings and ints become exact Decimals."""
        assert Decimal("350000.00") == usd("350000.00")
        assert Decimal(15000) == usd(15000)

    @pytest.mark.parametrize("bad", [0.1, "NaN", "Infinity", "1.001", True, "abc"])
    def test_usd_refuses(self, bad: object) -> None:
        """Floats, NaN, infinities, sub-cent amounts, booleans and words are refused."""
        with pytest.raises(InvalidInputError) as err:
            usd(bad)  # type: ignore[arg-type]
        assert ("amount",) == err.value.paths


class TestRegistry:
    """Registered tables are unique by id."""

    @pytest.fixture(autouse=True)
    def _forget_test_tables(self) -> Iterator[None]:
        yield
        for rule_id in ("test.registry.same", "test.registry.clash"):
            regimes._REGISTRY.pop(rule_id, None)

    def test_same_windows_may_register_again(self) -> None:
        """A module imported twice re-registers identical windows without error."""
        w = Window(start=date(2021, 1, 1), value=1, citation=C, confidence=Confidence.QUOTED)
        DatedTable("test.registry.same", w)
        DatedTable("test.registry.same", w)

    def test_different_windows_under_one_id_refused(self) -> None:
        """Two different tables cannot share an id."""
        w = Window(start=date(2021, 1, 1), value=1, citation=C, confidence=Confidence.QUOTED)
        DatedTable("test.registry.clash", w)
        with pytest.raises(ValueError, match="different windows"):
            DatedTable("test.registry.clash", attrs.evolve(w, value=2))


class TestDocumentsInForce:
    """regime_on lists the texts that set rules, not the records facts come from."""

    def test_records_are_not_in_force(self) -> None:
        """Board rosters and mailing-list posts are sources of facts, not governing texts."""
        keys = {d.key for d in regime_on(as_of=date(2022, 6, 7)).documents}
        assert {"bylaws", "members-page"} <= keys
        assert not keys & {"board-page", "foundation-list", "annual-report", "dataset-choices"}
        assert all(d.governs for d in regime_on(as_of=date(2022, 6, 7)).documents)


class TestExplanationsShowTheirFooting:
    """Item 9: explain() and the HTML mark inferred and not-found windows; the long form quotes."""

    def test_inferred_window_is_marked_in_text_and_html(self) -> None:
        """A check citing an inferred window says [inferred] in explain() and in the HTML."""
        from openinfra_model.membership.tiers import GOLD_APPROVER  # noqa: PLC0415

        w = GOLD_APPROVER.at(date(2022, 1, 1))
        d = Decision.of(Check("x.y", Status.PASSED, w.citation, "ok"))
        assert (True, True) == ("[inferred]" in d.explain(), "[inferred]" in d._repr_html_())

    def test_not_found_window_is_marked(self) -> None:
        """A not-found window says [not found]."""
        from openinfra_model.elections.quorum import INDIVIDUAL_QUORUM  # noqa: PLC0415

        w = INDIVIDUAL_QUORUM.at(date(2025, 12, 1))
        assert "[not found]" in str(Check("x.y", Status.UNKNOWN, w.citation, "no rule"))

    def test_long_form_quotes_the_clause(self) -> None:
        """explain(long=True) shows the quote and the confidence, even when quoted."""
        from openinfra_model.board.meetings import QUORUM  # noqa: PLC0415

        w = QUORUM.at(date(2022, 1, 1))
        d = Decision.of(Check("board.quorum", Status.PASSED, w.citation, "ok"))
        assert w.citation.quote is not None
        assert (True, True) == (
            w.citation.quote in d.explain(long=True),
            "[" in d.explain(long=True),
        )
        assert w.citation.quote not in d.explain()

    def test_quote_in_html(self) -> None:
        """The HTML carries the quote for the reader to open."""
        c = Citation("bylaws", date(2021, 9, 29), "4.9", "A majority of the total number")
        html = Decision.of(Check("board.quorum", Status.PASSED, c, "ok"))._repr_html_()
        assert "A majority of the total number" in html

    def test_marking_does_not_change_equality(self) -> None:
        """A marked citation equals the unmarked one (the mark annotates the use)."""
        c = Citation("bylaws", date(2021, 9, 29), "4.9")
        assert c == c.with_confidence(Confidence.INFERRED)


class TestTextInForceAudit:
    """Item 7: a quoted window whose text is dated after the day asked about answers inferred."""

    def test_every_table(self) -> None:
        """Every registered quoted window asked about before its text's date answers inferred."""
        import openinfra_model.elections  # noqa: PLC0415  (register every table)
        import openinfra_model.funds  # noqa: F401, PLC0415

        early = [
            (rid, w.start)
            for rid, t in regimes.all_tables().items()
            for w in t.windows
            if w.citation.version > w.start
            and w.confidence is Confidence.QUOTED
            and t.at(w.start).confidence is not Confidence.INFERRED
        ]
        assert [] == early

    def test_on_the_text_date_stays_quoted(self) -> None:
        """The TC voter rule is quoted on 2021-09-29 (its text's date), inferred the day before."""
        from openinfra_model.elections.technical import TC_VOTER_RULE  # noqa: PLC0415

        before = TC_VOTER_RULE.at(date(2021, 9, 28)).confidence
        on = TC_VOTER_RULE.at(date(2021, 9, 29)).confidence
        assert (Confidence.INFERRED, Confidence.QUOTED) == (before, on)


class TestFieldHints:
    """A field's HINT metadata is appended to the type check's message, at the same path."""

    def test_hint_appended(self) -> None:
        """A refused value names the path, the type problem, then the hint."""
        from openinfra_model.core.validate import HINT, typed  # noqa: PLC0415

        @attrs.frozen(field_transformer=typed)
        class Hinted:
            """A class with one hinted field."""

            ids: tuple[str, ...] = attrs.field(metadata={HINT: "give ids, not groups"})
            plain: int = 0

        with pytest.raises(InvalidInputError) as err:
            Hinted((("a",),))  # type: ignore[arg-type]
        assert ["ids[0]: expected a string, got a tuple; give ids, not groups"] == [
            str(p) for p in err.value.problems
        ]
        with pytest.raises(InvalidInputError) as err:
            Hinted(("a",), "1")  # type: ignore[arg-type]
        assert ["plain: expected an integer, got str '1'"] == [str(p) for p in err.value.problems]
