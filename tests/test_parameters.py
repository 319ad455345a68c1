"""The dated parameters as data files, and counterfactual rulebooks (issue 19).

Every dated parameter lives in a TOML file of the package (``openinfra_model/parameters/``),
read on first use and validated strictly; rule modules hold rule logic only. A rulebook is a
value: the real record by default, or a counterfactual derived from it and evaluated inside
``with using(rulebook):``.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import threading
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import openinfra_model
import openinfra_model.community
import openinfra_model.counting
import openinfra_model.elections
import openinfra_model.funds
from openinfra_model import Check, Citation, Confidence, Decision, Status, dumps, loads
from openinfra_model.core import rulebook as rb
from openinfra_model.core.regimes import all_tables
from openinfra_model.core.rulebook import Rulebook, compare, parse_parameters, using

if TYPE_CHECKING:
    from pathlib import Path as PathType

PACKAGE = Path(openinfra_model.__file__).parent
FIXTURE = Path(__file__).parent / "data" / "parameters-before-toml.json"
C = Citation("bylaws", date(2021, 9, 29), "4.15(a)")


def _wire(value: object) -> object:  # noqa: PLR0911 - one return per type shape
    """The wire form the fixture writes a value in (nested ``None`` kept)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    if attrs.has(type(value)):
        fields = attrs.fields(type(value))  # type: ignore[arg-type]
        return {f.name: _wire(getattr(value, f.name)) for f in fields if f.init}
    if isinstance(value, frozenset):
        return sorted(_wire(x) for x in value)  # type: ignore[type-var]
    if isinstance(value, tuple):
        return [_wire(x) for x in value]
    if isinstance(value, Decimal | date):
        return str(value)
    return value.value  # type: ignore[attr-defined]


def _window_record(w: Any) -> dict[str, object]:
    c = w.citation
    return {
        "start": w.start.isoformat(),
        "confidence": w.confidence.value,
        **({"note": w.note} if w.note else {}),
        "value": _wire(w.value),
        "value_type": type(w.value).__qualname__,
        "citation": {
            "document": c.document,
            "version": c.version.isoformat(),
            "section": c.section,
            "quote": c.quote,
        },
        "end": w.end.isoformat() if w.end else None,
    }


class TestParametersAreData:
    """The 66 dated tables moved from Python literals to TOML, window for window."""

    def test_every_window_as_the_code_held_it(self) -> None:
        """Each table's windows equal those the rule modules built before the move.

        The fixture was written once from the literals (values, their Python types,
        citations with quotes, confidence, notes and derived ends).
        """
        expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
        actual = {
            rid: [_window_record(w) for w in t.windows]
            for rid, t in all_tables().items()
            if rid in expected
        }
        assert expected == actual

    def test_no_section_carries_a_confidence_mark(self) -> None:
        """Confidence is its own field: a section holding "[paraphrased]" would print it twice."""
        marks = [f"[{c.label}]" for c in Confidence]
        found = [
            f"{rid} from {w.start}: {w.citation.section}"
            for rid, t in all_tables().items()
            for w in t.windows
            if any(mark in w.citation.section for mark in marks)
        ]
        assert [] == found

    def test_every_parameter_is_declared_by_a_rule_module(self) -> None:
        """Every parameter of the files is read by some rule module, and the reverse."""
        assert sorted(Rulebook.default()) == sorted(rb.declared_parameters())

    def test_no_dated_literal_left_in_rule_modules(self) -> None:
        """No module outside the core's machinery builds a ``Window`` or ``DatedTable``."""
        machinery = {PACKAGE / "core" / "regimes.py", PACKAGE / "core" / "rulebook.py"}
        found = []
        for path in sorted(PACKAGE.rglob("*.py")):
            if path in machinery:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                    if name in {"Window", "DatedTable"}:
                        found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
        assert [] == found

    def test_files_are_read_on_first_use_not_at_import(self) -> None:
        """Importing the package and its rule modules reads no parameter file."""
        code = (
            "import openinfra_model.board, openinfra_model.elections, openinfra_model.counting\n"
            "import openinfra_model.funds, openinfra_model.community, openinfra_model.record\n"
            "from openinfra_model.core import rulebook\n"
            "print(len(rulebook._DEFAULT))\n"
        )
        out = subprocess.run(  # noqa: S603 - our own interpreter
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "0" == out.stdout.strip()

    def test_one_file_per_rule_module(self) -> None:
        """Each parameter comes from the file named after the module that reads it."""
        sources = {p.source for p in Rulebook.default().parameters.values()}
        assert "parameters/membership/dues.toml" in sources
        assert all(s.startswith("parameters/") and s.endswith(".toml") for s in sources)


class TestStrictFiles:
    """A bad parameter file is refused, every problem with its file and path."""

    GOOD = (
        "[x.y]\n[[x.y.windows]]\n"
        'start = "2021-01-01"\nconfidence = "quoted"\nvalue = 3\n'
        '[x.y.windows.citation]\ndocument = "bylaws"\nversion = "2021-09-29"\nsection = "1"\n'
    )

    def test_good_file(self) -> None:
        """A well-formed file gives its parameter."""
        read = parse_parameters(self.GOOD, "f.toml")
        assert (date(2021, 1, 1), 3) == (
            read["x.y"].windows[0].start,
            read["x.y"].windows[0].value,
        )

    @pytest.mark.parametrize(
        ("edit", "path"),
        [
            (("value = 3", "value = 3.5"), "f.toml: x.y.windows[0].value"),
            (('start = "2021-01-01"', "start = 2021-01-01"), "f.toml: x.y.windows[0].start"),
            (('start = "2021-01-01"', 'start = "2021-02-30"'), "f.toml: x.y.windows[0].start"),
            (
                ('confidence = "quoted"', 'confidence = "sure"'),
                "f.toml: x.y.windows[0].confidence",
            ),
            (("value = 3", "value = 3\nwhen = 1"), "f.toml: x.y.windows[0]"),
            (('section = "1"', ""), "f.toml: x.y.windows[0].citation.section"),
        ],
    )
    def test_refused_with_path(self, edit: tuple[str, str], path: str) -> None:
        """Floats, native dates, impossible dates, unknown marks and keys, missing fields."""
        with pytest.raises(openinfra_model.InvalidInputError) as err:
            parse_parameters(self.GOOD.replace(*edit), "f.toml")
        assert [path] == list(err.value.paths)[:1]

    def test_until_must_match_the_next_start(self) -> None:
        """An ``until`` that disagrees with the next window's start is refused."""
        text = self.GOOD.replace("value = 3", 'value = 3\nuntil = "2022-01-01"')
        with pytest.raises(openinfra_model.InvalidInputError, match="next window starts"):
            parse_parameters(text, "f.toml")

    def test_value_of_the_wrong_type_names_the_file(self) -> None:
        """A value that does not fit the declared type is refused on first use, with its path."""
        text = (
            "[elections.voter.waiting_period]\n[[elections.voter.waiting_period.windows]]\n"
            'start = "2027-01-01"\nconfidence = "inferred"\nvalue = "ninety"\n'
            "[elections.voter.waiting_period.windows.citation]\n"
            'document = "proposal"\nversion = "2026-11-01"\nsection = "1"\n'
        )
        import openinfra_model.elections.voters  # noqa: PLC0415 - declares the type

        with pytest.raises(openinfra_model.InvalidInputError) as err:
            Rulebook.from_toml(text, name="bad")
        path = "<text>: elections.voter.waiting_period.windows (start 2027-01-01).value"
        assert [path] == list(err.value.paths)

    def test_unknown_parameter_refused(self) -> None:
        """A user's file may only change parameters the real record has."""
        with pytest.raises(openinfra_model.InvalidInputError, match="unknown parameter"):
            Rulebook.from_toml(self.GOOD, name="bad")


def _waiting_90() -> Rulebook:
    return Rulebook.default().with_window(
        "elections.voter.waiting_period", start=date(2027, 1, 1), value=90, name="waiting-90"
    )


class TestRulebook:
    """A rulebook is a value; a counterfactual is derived from the real one, never global."""

    def test_default_is_the_real_record(self) -> None:
        """The real record has no name and no changed window."""
        real = Rulebook.default()
        assert (None, {}) == (real.name, dict(real.changed))

    def test_with_window_adds_and_diff_lists_it(self) -> None:
        """A window added from a date is the only difference."""
        reform = _waiting_90()
        changes = reform.diff(Rulebook.default())
        expected = ["elections.voter.waiting_period from 2027-01-01: added (value 90)"]
        assert expected == [str(c) for c in changes]
        assert {"elections.voter.waiting_period": frozenset({date(2027, 1, 1)})} == dict(
            reform.changed
        )

    def test_with_window_refuses_a_value_of_the_wrong_type(self) -> None:
        """The value must fit the parameter's type."""
        import openinfra_model.elections.voters  # noqa: PLC0415

        with pytest.raises(openinfra_model.InvalidInputError):
            Rulebook.default().with_window(
                "elections.voter.waiting_period", start=date(2027, 1, 1), value="x", name="x"
            )

    def test_scope_is_local_and_restored(self) -> None:
        """Inside ``using`` the lookup sees the reform; outside, the real record again."""
        from openinfra_model.elections.voters import WAITING_PERIOD_DAYS  # noqa: PLC0415

        day = date(2027, 6, 1)
        with using(_waiting_90()):
            inside = WAITING_PERIOD_DAYS.value(day)
        assert (90, 180) == (inside, WAITING_PERIOD_DAYS.value(day))

    def test_threads_do_not_see_each_other(self) -> None:
        """Two threads evaluating under different rulebooks each see their own."""
        from openinfra_model.elections.voters import WAITING_PERIOD_DAYS  # noqa: PLC0415

        reform, seen = _waiting_90(), {}
        barrier = threading.Barrier(2)

        def run(key: str, book: Rulebook) -> None:
            with using(book):
                barrier.wait()
                seen[key] = WAITING_PERIOD_DAYS.value(date(2027, 6, 1))

        threads = [
            threading.Thread(target=run, args=("reform", reform)),
            threading.Thread(target=run, args=("real", Rulebook.default())),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert {"reform": 90, "real": 180} == seen

    def test_decision_carries_the_rulebook_name_only_when_set(self) -> None:
        """Under a reform a decision names it, and the wire format writes it; else not."""
        check = Check("x.y", Status.PASSED, C, "ok")
        with using(_waiting_90()):
            reformed = Decision.of(check)
        real = Decision.of(check)
        assert ("waiting-90", None) == (reformed.rulebook, real.rulebook)
        assert ('"rulebook":"waiting-90"' in dumps(reformed), "rulebook" in dumps(real)) == (
            True,
            False,
        )
        assert reformed == loads(dumps(reformed), Decision)

    def test_check_resting_on_a_changed_window_says_so(self) -> None:
        """A check of the changed parameter's rule says the reform changed its window."""
        check = Check("elections.voter.waiting_period", Status.PASSED, C, "joined long ago")
        from openinfra_model.elections.voters import WAITING_PERIOD_DAYS  # noqa: PLC0415

        with using(_waiting_90()):
            WAITING_PERIOD_DAYS.at(date(2027, 6, 1))
            d = Decision.of(check)
        expected = (
            "joined long ago [rulebook 'waiting-90': elections.voter.waiting_period changed]"
        )
        assert expected == d.checks[0].reason

    def test_from_toml_file(self, tmp_path: PathType) -> None:
        """A user's TOML file lays its windows over the real record; its stem names it."""
        path = tmp_path / "proposal.toml"
        path.write_text(
            "[elections.voter.waiting_period]\n[[elections.voter.waiting_period.windows]]\n"
            'start = "2027-01-01"\nconfidence = "inferred"\nvalue = 90\n'
            "[elections.voter.waiting_period.windows.citation]\n"
            'document = "proposal"\nversion = "2026-11-01"\nsection = "1"\n',
            encoding="utf-8",
        )
        book = Rulebook.from_toml(path)
        assert ("proposal", 90) == (
            book.name,
            book.parameter("elections.voter.waiting_period").at(date(2027, 1, 1)).value,
        )

    def test_compare_one_question(self) -> None:
        """``compare`` answers one question under two rulebooks."""
        from openinfra_model.elections.voters import WAITING_PERIOD_DAYS  # noqa: PLC0415

        c = compare(
            lambda: WAITING_PERIOD_DAYS.value(date(2027, 6, 1)), Rulebook.default(), _waiting_90()
        )
        assert (180, 90) == (c.before, c.after)

    def test_fraction_value(self) -> None:
        """Fractions travel as ``"n/d"``."""
        import openinfra_model.board.amendments  # noqa: F401, PLC0415

        book = Rulebook.default().with_window(
            "board.amendment.individual_turnout",
            start=date(2027, 1, 1),
            value=Fraction(1, 20),
            name="turnout-5",
            confidence=Confidence.INFERRED,
        )
        wire = book.parameter("board.amendment.individual_turnout").at(date(2027, 1, 1)).value
        typed = book.table("board.amendment.individual_turnout").value(date(2027, 1, 1))
        assert ("1/20", Fraction(1, 20)) == (wire, typed)


class TestElectorateUnderAReform:
    """A roll built under a counterfactual: who loses the vote?"""

    def test_longer_waiting_period_shrinks_the_roll(self) -> None:
        """With a 730-day waiting period some voters of the 2025 Individual roll lose the vote."""
        from openinfra_model.elections import build_roll, history  # noqa: PLC0415
        from openinfra_model.record import default_roster, synthetic_individuals  # noqa: PLC0415

        election = next(e for e in history.BOARD_ELECTIONS if e.id == "2025-individual")
        people = attrs.evolve(default_roster(), individuals=synthetic_individuals().individuals)
        longer = Rulebook.default().with_window(
            "elections.voter.waiting_period",
            start=date(2024, 6, 1),
            value=730,
            name="two-years",
        )
        result = compare(
            lambda: build_roll(election, people, explain=True), Rulebook.default(), longer
        )
        lost = set(result.before.voters) - set(result.after.voters)
        assert (True, set()) == (bool(lost), set(result.after.voters) - set(result.before.voters))
        unnamed = [d.explain() for d in result.after.decisions if d.rulebook is None]
        assert [] == unnamed[:2]
        assert {None} == {d.rulebook for d in result.before.decisions}
