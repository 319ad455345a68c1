"""The ``electorate`` sub-command lists the roll of a board election."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from openinfra_model import Individual, IndividualStatus, Roster
from openinfra_model.cli import main
from openinfra_model.core.convert import dumps_document

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

FM = IndividualStatus.FOUNDATION_MEMBER


def _roster_file(tmp_path: Path) -> Path:
    roster = Roster(
        snapshot=date(2025, 1, 1),
        individuals=(
            Individual(id="ann", name="Ann", status=FM, member_since=date(2024, 7, 21)),
            Individual(id="bob", name="Bob", status=FM, member_since=date(2024, 7, 22)),
            Individual(id="cy", name="Cy", status=IndividualStatus.COMMUNITY),
        ),
    )
    path = tmp_path / "roster.json"
    path.write_text(dumps_document(roster), encoding="utf-8")
    return path


class TestElectorateCommand:
    """``openinfra-model electorate``: the rule, and with a roster the roll."""

    def test_without_roster_shows_the_rule(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With no roster the command prints the election and its cut-off."""
        assert 0 == main(["electorate", "--election", "2025-individual"])
        out = capsys.readouterr().out
        assert "on the roll if effective on or before 2024-07-21" in out

    def test_roll_from_roster(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """With a roster the command lists the ids on the roll."""
        path = _roster_file(tmp_path)
        assert 0 == main(["electorate", "--election", "2025-individual", "--roster", str(path)])
        lines = capsys.readouterr().out.splitlines()
        assert "1 on the roll (roster of 2025-01-01)" in lines
        assert "ann" == lines[-1]

    def test_explain(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--explain gives every member's outcome and reasons."""
        path = _roster_file(tmp_path)
        assert 0 == main(
            ["electorate", "--election", "2025-individual", "--roster", str(path), "--explain"]
        )
        out = capsys.readouterr().out
        assert "cy\tfailed\ta Community account cannot vote" in out

    def test_bad_roster_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A roster document with a bad field exits 2 naming the field."""
        path = tmp_path / "bad.json"
        path.write_text(
            '{"format": "openinfra-model", "version": 1, "kind": "roster", '
            '"data": {"snapshot": "2025-13-01"}}',
            encoding="utf-8",
        )
        assert 2 == main(["electorate", "--roster", str(path)])
        assert "snapshot" in capsys.readouterr().err
