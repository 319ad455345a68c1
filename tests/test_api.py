"""API conventions (issue 17 item 5): one form for dates, paths, lookups, properties and checks.

The old forms keep working for one release with a ``DeprecationWarning`` (DECISIONS §5); each
has a test here that expects the warning beside one of the new form, which must not warn.
"""

from __future__ import annotations

import importlib
import inspect
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
import pytest

from openinfra_model import (
    Check,
    Decision,
    Membership,
    Organization,
    Roster,
    Status,
    Tier,
    UnknownIdError,
    dumps_document,
)
from openinfra_model.board import Board, Waiver, check_waiver, check_waiver_vote
from openinfra_model.core import regime_on
from openinfra_model.core.citations import Citation
from openinfra_model.counting import (
    RankedBallot,
    check_ballots,
    load_blt,
    split_ballots,
)
from openinfra_model.elections import (
    Roll,
    VoteRecord,
    check_vote_records,
    election,
    elections,
    voters_by_election,
)
from openinfra_model.elections.history import BOARD_ELECTIONS, INDIVIDUAL_2025
from openinfra_model.membership import (
    Approver,
    DuesStatement,
    dues_owed,
    in_force,
    members_on,
    tiers_on,
)
from openinfra_model.record import default_roster, load_board_record, load_roster

if TYPE_CHECKING:
    from pathlib import Path

NAMESPACES = (
    "openinfra_model",
    "openinfra_model.core",
    "openinfra_model.membership",
    "openinfra_model.board",
    "openinfra_model.elections",
    "openinfra_model.counting",
    "openinfra_model.funds",
    "openinfra_model.community",
    "openinfra_model.record",
)
"""The public namespaces whose ``__all__`` the conventions cover."""

DEPRECATED = frozenset({"check_waiver", "check_ballots", "check_vote_records"})
"""Old names kept for one release; they keep their old return types."""

VALIDATORS = frozenset({"check_money", "check_slug", "check_non_blank", "check_election_day"})
"""Field validators: they return nothing and raise on bad input (documented exception)."""

POSITIONAL_DAY = frozenset({"DatedTable.at", "DatedTable.value"})
"""Lookups of a dated table by its key date (documented exception, named ``as_of`` since 0.1)."""

DAY = date(2021, 6, 1)
CITE = Citation("bylaws", date(2021, 9, 29), "2.3(c)")


def _public() -> dict[str, object]:
    """Every public name of every namespace, by its dotted place."""
    found: dict[str, object] = {}
    for ns in NAMESPACES:
        module = importlib.import_module(ns)
        for name in module.__all__:
            if name != "__version__":
                found[f"{ns}.{name}"] = getattr(module, name)
    return found


def _names_decision(annotation: object) -> bool:
    """Whether a field's type is Decision (a string until the converter resolves it)."""
    return annotation is Decision or annotation == "Decision"


def _platinum(org: str = "a") -> Membership:
    return Membership(organization=org, tier=Tier.PLATINUM, signed=DAY, approved=DAY)


def _gold(org: str = "g") -> Membership:
    return Membership(organization=org, tier=Tier.GOLD, signed=DAY, approved=DAY)


class TestAsOfIsKeywordOnly:
    """``as_of`` is keyword-only everywhere; the old positional calls warn and still answer."""

    def test_no_public_callable_takes_as_of_by_position(self) -> None:
        """Every public function and method taking ``as_of`` takes it by keyword only."""
        positional: list[str] = []
        for place, obj in _public().items():
            members: list[tuple[str, object]] = [(place, obj)]
            if inspect.isclass(obj):
                members = [
                    (f"{obj.__name__}.{n}", m)
                    for n, m in vars(obj).items()
                    if not n.startswith("_") and inspect.isfunction(m)
                ]
            for name, member in members:
                if not callable(member) or name in POSITIONAL_DAY:
                    continue
                try:
                    params = inspect.signature(member).parameters
                except (TypeError, ValueError):  # pragma: no cover - builtins without signature
                    continue
                p = params.get("as_of")
                if p is not None and p.kind is not inspect.Parameter.KEYWORD_ONLY:
                    positional.append(name)
        assert [] == sorted(set(positional))

    def test_in_force(self) -> None:
        """``in_force(m, day)`` warns and gives what ``in_force(m, as_of=day)`` gives."""
        m = _platinum()
        assert in_force(m, as_of=date(2022, 1, 1))
        with pytest.deprecated_call(match=r"as_of=.2022-01-01."):
            assert in_force(m, date(2022, 1, 1))  # type: ignore[call-arg]

    def test_members_on_tiers_before_as_of(self) -> None:
        """``members_on(ms, day, *tiers)`` warns; the tiers now come before ``as_of=``."""
        ms = (_platinum(), _gold())
        assert (ms[1],) == members_on(ms, Tier.GOLD, as_of=date(2022, 1, 1))
        with pytest.deprecated_call():
            assert (ms[1],) == members_on(ms, date(2022, 1, 1), Tier.GOLD)  # type: ignore[arg-type,call-arg]
        with pytest.deprecated_call():
            assert ms == members_on(ms, date(2022, 1, 1))  # type: ignore[arg-type,call-arg]

    def test_members_on_tiers_only_does_not_warn(self) -> None:
        """A tier in the old date's place is a tier, not a date: no warning, keyword required."""
        with pytest.raises(TypeError, match="as_of"):
            members_on((_gold(),), Tier.GOLD)  # type: ignore[call-arg]

    def test_regime_on_and_tiers_on(self) -> None:
        """``regime_on(day)`` and ``tiers_on(day)`` warn and answer as with ``as_of=``."""
        day = date(2026, 1, 15)
        with pytest.deprecated_call():
            assert regime_on(as_of=day) == regime_on(day)  # type: ignore[call-arg]
        with pytest.deprecated_call():
            assert tiers_on(as_of=day) == tiers_on(day)  # type: ignore[call-arg]

    def test_board_views(self) -> None:
        """Board's date views take ``as_of=``; by position they warn."""
        board: Board = load_board_record().board
        day = date(2024, 10, 31)
        assert 17 == len(board.in_office(as_of=day))
        with pytest.deprecated_call():
            assert board.in_office(as_of=day) == board.in_office(day)  # type: ignore[call-arg]
        with pytest.deprecated_call():
            assert board.election_on(as_of=day) == board.election_on(day)  # type: ignore[call-arg]
        with pytest.deprecated_call():
            assert board.officers_on(as_of=day) == board.officers_on(day)  # type: ignore[call-arg]

    def test_keyword_and_position_together_is_an_error(self) -> None:
        """A date by position beside ``as_of=`` is refused, as Python refuses extra arguments."""
        with pytest.raises(TypeError):
            in_force(_platinum(), DAY, as_of=DAY)  # type: ignore[misc]


class TestElectionLookup:
    """The published board elections are found by the ids the command line uses."""

    def test_every_id_found(self) -> None:
        """Each published election is found by its own id."""
        assert list(BOARD_ELECTIONS) == [election(e.id) for e in elections()]

    def test_2026_individual(self) -> None:
        """``2026-individual``: 8 seats, Meek STV, voting 2026-01-13 to 01-17."""
        e = election("2026-individual")
        assert (8, "meek_stv", date(2026, 1, 13)) == (e.seats, e.method.value, e.voting.first)

    def test_unknown_id_names_the_known_ids(self) -> None:
        """An unknown id raises UnknownIdError (a KeyError) listing every known id."""
        with pytest.raises(KeyError) as err:
            election("2027-gold")
        assert isinstance(err.value, UnknownIdError)
        assert ("election", "2027-gold") == (err.value.kind, err.value.id)
        assert tuple(e.id for e in BOARD_ELECTIONS) == err.value.known
        assert str(err.value).startswith("unknown election '2027-gold'; known: 2012-gold, ")


class TestOtherLookupsById:
    """Every lookup by id raises UnknownIdError, naming what was asked and what is known."""

    def test_roster_organization(self) -> None:
        """The bundled roster's ids are listed, the first 20 then how many more."""
        roster = default_roster()
        with pytest.raises(UnknownIdError) as err:
            roster.organization("no-such-org")
        ids = tuple(roster.organizations_by_id)
        assert ids == err.value.known
        assert str(err.value).endswith(f"{ids[19]} and {len(ids) - 20} more")

    def test_decision_check(self) -> None:
        """A rule the decision did not examine: the message lists the examined rule ids."""
        d = Decision.of(Check("a.b", Status.PASSED, CITE, "ok"))
        with pytest.raises(KeyError, match=r"unknown rule id 'x\.y'; known: a\.b"):
            d.check("x.y")

    def test_rule_registry(self) -> None:
        """An unregistered rule id."""
        from openinfra_model.core.rules import RULES, rule  # noqa: PLC0415

        with pytest.raises(UnknownIdError) as err:
            rule("no.such.rule")
        assert tuple(RULES) == err.value.known

    def test_none_known(self) -> None:
        """With nothing known, the message says so."""
        assert "unknown hub 'x'; known: none" == str(UnknownIdError("hub", "x", ()))


class TestDuesOwedTakesARoster:
    """``dues_owed(roster, as_of=...)``: the organisations come from the roster."""

    ORGS = (
        Organization(id="p", name="P"),
        Organization(id="g", name="G", annual_revenue=Decimal(400000000)),
    )
    MS = (
        Membership(
            organization="p",
            tier=Tier.PLATINUM,
            signed=date(2012, 9, 1),
            approved=date(2012, 9, 1),
            approver=Approver.BOARD,
        ),
        Membership(
            organization="g",
            tier=Tier.GOLD,
            signed=date(2013, 1, 1),
            approved=date(2013, 1, 1),
            approver=Approver.BOARD,
        ),
    )

    def _roster(self) -> Roster:
        return Roster(snapshot=date(2014, 6, 1), organizations=self.ORGS, memberships=self.MS)

    def test_roster_form_reads_revenue(self) -> None:
        """The 2012 Gold formula reads the revenue of the roster's organisation."""
        s = dues_owed(self._roster(), as_of=date(2014, 6, 1))
        assert Decimal("600000.00") == s.total
        assert s.complete

    def test_old_form_warns_and_agrees(self) -> None:
        """``dues_owed(memberships, organizations, as_of=...)`` warns and gives the same."""
        new = dues_owed(self._roster(), as_of=date(2014, 6, 1))
        with pytest.deprecated_call(match=r"dues_owed\(roster, as_of=\.\.\.\)"):
            assert new == dues_owed(self.MS, self.ORGS, as_of=date(2014, 6, 1))

    def test_roster_and_organisations_refused(self) -> None:
        """A roster already holds its organisations: passing others is a TypeError."""
        with pytest.raises(TypeError, match="from the roster"):
            dues_owed(self._roster(), self.ORGS, as_of=date(2014, 6, 1))  # type: ignore[call-overload]

    def test_bundled_roster(self) -> None:
        """The bundled roster is priced in one call."""
        assert dues_owed(default_roster(), as_of=date(2026, 1, 15)).assessments


class TestPaths:
    """File parameters take a ``str`` or any ``os.PathLike``."""

    def test_load_roster(self, tmp_path: Path) -> None:
        """``load_roster`` reads the same roster from a ``Path`` and from a ``str``."""
        roster = Roster(snapshot=DAY, organizations=(Organization(id="a", name="A"),))
        path = tmp_path / "roster.json"
        path.write_text(dumps_document(roster), encoding="utf-8")
        assert roster == load_roster(path)
        assert roster == load_roster(str(path))

    def test_load_roster_missing_file_names_it(self, tmp_path: Path) -> None:
        """A missing file is named as the caller wrote it, not as a ``Path`` repr."""
        missing = tmp_path / "none.json"
        with pytest.raises(ValueError, match=f"cannot read '{missing}'"):
            load_roster(missing)

    def test_load_board_record(self, tmp_path: Path) -> None:
        """``load_board_record`` reads a ``Path`` and a ``str``."""
        record = load_board_record()
        path = tmp_path / "boards.json"
        path.write_text(dumps_document(record), encoding="utf-8")
        assert record == load_board_record(path)
        assert record == load_board_record(str(path))

    def test_load_blt(self, tmp_path: Path) -> None:
        """``load_blt`` reads a path-like object as a file; a string is the file's text."""
        text = '2 1\n1 1 2 0\n0\n"Ann"\n"Bob"\n"Chair"\n'
        path = tmp_path / "count.blt"
        path.write_text(text, encoding="utf-8")
        assert load_blt(text) == load_blt(path)


class TestPropertiesAndMethods:
    """A cheap view of the object's own data is a property; calling the old method warns."""

    DECISION = Decision.of(
        Check("a", Status.FAILED, CITE, "x"),
        Check("b", Status.PASSED, CITE, "y"),
        Check("c", Status.UNKNOWN, CITE, "z"),
    )

    def test_failures_is_a_property(self) -> None:
        """``Decision.failures`` is a tuple of the failed and unknown checks."""
        assert ("a", "c") == tuple(c.rule_id for c in self.DECISION.failures)
        assert self.DECISION.checks[::2] == self.DECISION.failures

    def test_failures_call_warns(self) -> None:
        """``decision.failures()`` still gives the tuple, and warns."""
        with pytest.deprecated_call(match=r"Decision\.failures \(a property\)"):
            called = self.DECISION.failures()  # type: ignore[operator]
        assert self.DECISION.failures == called

    def test_by_tier_is_a_property(self) -> None:
        """``DuesStatement.by_tier`` groups by tier; calling it warns."""
        roster = Roster(
            snapshot=DAY,
            organizations=(Organization(id="a", name="A"), Organization(id="g", name="G")),
            memberships=(_platinum(), _gold()),
        )
        s: DuesStatement = dues_owed(roster, as_of=date(2022, 1, 1))
        assert (Tier.PLATINUM, Tier.GOLD) == tuple(t for t, _, _ in s.by_tier)
        with pytest.deprecated_call():
            assert s.by_tier == s.by_tier()  # type: ignore[operator]

    def test_ballot_count_is_a_property(self) -> None:
        """``BltElection.ballot_count`` is the ballots' total weight; calling it warns."""
        e = load_blt('2 1\n3 1 2 0\n1 2 0\n0\n"Ann"\n"Bob"\n"Chair"\n')
        assert 4 == e.ballot_count
        with pytest.deprecated_call():
            assert 4 == e.ballot_count()  # type: ignore[operator]


class TestCheckFunctionsReturnDecisions:
    """Every ``check_*`` function returns a Decision or a report holding one in ``decision``."""

    def test_return_types(self) -> None:
        """By their annotations: a Decision, or a class whose ``decision`` is a Decision."""
        odd: dict[str, object] = {}
        seen = 0
        classes = {p.rsplit(".", 1)[1]: c for p, c in _public().items() if inspect.isclass(c)}
        for place, obj in _public().items():
            name = place.rsplit(".", 1)[1]
            if not name.startswith("check_") or name in DEPRECATED | VALIDATORS:
                continue
            assert callable(obj)
            seen += 1
            returned = inspect.signature(obj).return_annotation
            if returned == "Decision":
                continue
            report = classes.get(returned)
            holds = report is not None and (
                isinstance(getattr(report, "decision", None), property)
                or (
                    attrs.has(report)
                    and _names_decision(attrs.fields_dict(report)["decision"].type)
                )
            )
            if not holds:
                odd[place] = returned
        assert {} == odd
        assert seen > 40

    def test_check_waiver_vote(self) -> None:
        """``check_waiver_vote`` gives a Decision; the old ``check_waiver`` its one Check."""
        w = Waiver(organization="dell", directors=("sm",), granted=date(2019, 9, 10), votes_for=14)
        d = check_waiver_vote(w, ())
        assert Status.UNKNOWN == d.outcome  # the directors in office that day are not given
        with pytest.deprecated_call(match="check_waiver_vote"):
            assert d.checks == (check_waiver(w, ()),)

    def test_split_ballots_old_name(self) -> None:
        """``check_ballots`` is the old name of ``split_ballots``: same answer, a warning."""
        ballots = [RankedBallot("v1", ("a",))]
        new = split_ballots(ballots, candidates={"a"}, roll={"v1"})
        with pytest.deprecated_call(match="split_ballots"):
            assert new == check_ballots(ballots, candidates={"a"}, roll={"v1"})

    def test_voters_by_election_old_name(self) -> None:
        """``check_vote_records`` is the old name of ``voters_by_election``."""
        roll = Roll(election=INDIVIDUAL_2025.id, voters=("a",))
        votes = (VoteRecord(election=INDIVIDUAL_2025.id, voter="a"),)
        new = voters_by_election([INDIVIDUAL_2025], [roll], votes)
        assert {INDIVIDUAL_2025.id: frozenset({"a"})} == new
        with pytest.deprecated_call(match="voters_by_election"):
            assert new == check_vote_records([INDIVIDUAL_2025], [roll], votes)
