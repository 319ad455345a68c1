"""The ``openinfra-model report`` command: the README's main job (issue 3, item 2)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from openinfra_model import (
    Membership,
    Organization,
    Roster,
    Tier,
    dumps_document,
)
from openinfra_model.cli import main

if TYPE_CHECKING:
    from pathlib import Path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class TestReport:
    """``report --as-of DATE [--roster FILE]``: members, dues, totals, unknowns, sources."""

    def test_2014(self, capsys: pytest.CaptureFixture[str]) -> None:
        """2014: eight Platinum at $500,000, Gold by the revenue formula (unknown revenues)."""
        code, out, _ = _run(capsys, "report", "--as-of", "2014-01-15")
        assert 0 == code
        assert "members and annual dues on 2014-01-15" in out
        assert "PLATINUM (8 members)" in out
        assert "AT&T [att]" in out
        assert "$500,000.00" in out
        assert "GOLD (14 members)" in out
        assert "UNKNOWN ($50k-$200k)" in out
        assert "$4,000,000.00" in out  # known total
        assert "the member's annual revenue is not recorded" in out
        assert "funding-2012" in out
        assert "[passed] membership.platinum.cap: 8 platinum members; at most 8" in out
        assert "press (2012-08-01, 2012-09-09)" in out

    def test_2026(self, capsys: pytest.CaptureFixture[str]) -> None:
        """2026: eight Platinum at $350,000 and the Gold members at $150,000, all known."""
        code, out, _ = _run(capsys, "report", "--as-of", "2026-01-15")
        assert 0 == code
        assert "PLATINUM (8 members)" in out
        assert "Viettel [viettel]" in out
        assert "Meta [meta]" not in out
        assert "$350,000.00" in out
        assert "$150,000.00" in out
        assert "$5,950,000.00" in out  # 8 x $350,000 + 21 x $150,000
        assert "members whose dues are not known" in out
        assert "lf-charter" in out
        assert "members-page (2021-08-14)" in out
        assert "legacy startup: unknown" in out
        assert "[not_applicable] membership.platinum.cap" in out

    def test_roster_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--roster reads the user's file instead of the bundled dataset."""
        roster = Roster(
            snapshot=date(2022, 1, 1),
            organizations=(Organization(id="acme", name="Acme"),),
            memberships=(
                Membership(
                    organization="acme",
                    tier=Tier.SILVER,
                    signed=date(2021, 3, 1),
                    approved=date(2021, 3, 1),
                ),
            ),
        )
        path = tmp_path / "roster.json"
        path.write_text(dumps_document(roster), encoding="utf-8")
        code, out, _ = _run(capsys, "report", "--as-of", "2021-06-01", "--roster", str(path))
        assert 0 == code
        assert f"Roster: {path}" in out
        assert "SILVER (1 members)" in out
        assert "$15,000.00" in out

    def test_date_before_first_rule(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A date before 2012-07-18 has no rule: exit code 2 and a message, no traceback."""
        code, out, err = _run(capsys, "report", "--as-of", "2012-07-17")
        assert 2 == code
        assert "" == out
        assert "2012-07-18" in err

    def test_bad_roster_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A malformed roster is refused with the bad field's path."""
        path = tmp_path / "bad.json"
        path.write_text(
            '{"format": "openinfra-model", "version": 1, "kind": "roster", '
            '"data": {"snapshot": "20260801"}}',
            encoding="utf-8",
        )
        code, _, err = _run(capsys, "report", "--roster", str(path))
        assert 2 == code
        assert "snapshot" in err

    def test_bad_date(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A date not in YYYY-MM-DD form is an argument error."""
        with pytest.raises(SystemExit) as exc:
            main(["report", "--as-of", "15/01/2026"])
        assert 2 == exc.value.code
        assert "not a YYYY-MM-DD date" in capsys.readouterr().err


class TestReportShowsTheCommunity:
    """The main-job report also shows the hubs, projects and partners of the bundled data."""

    def test_2026_report_lists_hubs_projects_partners(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """On 2026-08-01 the hubs, the six projects and the five partnerships are shown."""
        assert 0 == main(["report", "--as-of", "2026-08-01"])
        out = capsys.readouterr().out
        for expected in (
            "OpenInfra Asia (Singapore)",
            "OpenInfra Europe (Belgium)",
            "Zuul",
            "OW2",
        ):
            assert expected in out

    def test_2014_report_has_no_hubs(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Before 2023-06-13 there are no hubs, and the 2017 Kata launch is not shown in 2014."""
        assert 0 == main(["report", "--as-of", "2014-01-15"])
        out = capsys.readouterr().out
        assert "none yet: the first hubs were founded on 2023-06-13" in out
        assert "Kata Containers" not in out
