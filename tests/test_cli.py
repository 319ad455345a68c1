"""The ``openinfra-model report`` command: the README's main job (issue 3, item 2)."""

from __future__ import annotations

import json
import os
import re
from datetime import date
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from openinfra_model import (
    Membership,
    Organization,
    Roster,
    Tier,
    dumps_document,
)
from openinfra_model.cli import main
from openinfra_model.schema import SCHEMA_RESOURCE


@pytest.fixture(autouse=True)
def _columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The output width of a pipe (100 columns), whatever terminal runs the tests."""
    monkeypatch.setenv("COLUMNS", "100")


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


SHARED = ("--data", "--as-of", "--json", "--max-bytes")
COMMANDS = ("regime", "community", "report", "board", "electorate", "count", "replay")
FILE_COMMANDS = ("community", "report", "board", "electorate", "count", "replay")
SCHEMA = jsonschema.Draft202012Validator(
    json.loads(resources.files("openinfra_model").joinpath(SCHEMA_RESOURCE).read_text("utf-8"))
)
BLT = '3 2\n4 1 2 0\n3 2 3 0\n2 3 1 0\n1 3 0\n0\n"Ann"\n"Bob"\n"Cy"\n"Chair 2026"\n'


def _help(capsys: pytest.CaptureFixture[str], command: str) -> str:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert 0 == exc.value.code
    return capsys.readouterr().out


def _file_args(command: str, path: str, *extra: str) -> list[str]:
    """The command reading ``path``: the ballot file of ``count``, ``--data`` elsewhere."""
    return [command, path, *extra] if command == "count" else [command, "--data", path, *extra]


class TestOptionScheme:
    """Issue 17 item 4: the same option names on every sub-command."""

    @pytest.mark.parametrize("command", COMMANDS)
    def test_options_table(self, capsys: pytest.CaptureFixture[str], command: str) -> None:
        """Every sub-command's --help lists the shared options and hides the old names."""
        text = _help(capsys, command)
        options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", text))
        assert set(SHARED) <= options
        assert set() == options & {"--roster", "--file"}

    @pytest.mark.parametrize("command", COMMANDS)
    def test_description_paragraph(self, capsys: pytest.CaptureFixture[str], command: str) -> None:
        """Every sub-command's --help opens with a description paragraph naming --json."""
        text = " ".join(_help(capsys, command).split())
        assert "--json prints" in text

    def test_help_fits_80_columns(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With COLUMNS=80 no --help line is wider than 80."""
        monkeypatch.setenv("COLUMNS", "80")
        for command in COMMANDS:
            assert [] == [line for line in _help(capsys, command).splitlines() if len(line) > 80]

    def test_old_roster_option_warns(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """``--roster FILE`` still reads the file, with a deprecation warning on stderr."""
        path = tmp_path / "roster.json"
        path.write_text(dumps_document(Roster(snapshot=date(2022, 1, 1))), encoding="utf-8")
        code, out, err = _run(capsys, "report", "--as-of", "2021-06-01", "--roster", str(path))
        assert (0, True) == (code, f"Roster: {path}" in out)
        assert (
            "openinfra-model: warning: --roster is deprecated and will be removed; use --data\n"
            == err
        )

    def test_old_file_option_warns(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``--file`` of board and replay maps to --data, with the warning."""
        code, _, err = _run(capsys, "board", "--as-of", "2024-10-31", "--file", "/nonexistent")
        assert 2 == code
        assert err.startswith("openinfra-model: warning: --file is deprecated")
        assert "/nonexistent: no such file" in err

    def test_max_bytes_suffixes(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--max-bytes takes K, M and G suffixes; zero or words are argument errors."""
        assert 0 == main(["regime", "--as-of", "2026-01-15", "--max-bytes", "3G"])
        capsys.readouterr()
        with pytest.raises(SystemExit):
            main(["regime", "--max-bytes", "0"])
        assert "not a size in bytes" in capsys.readouterr().err


class TestJson:
    """``--json`` prints the converter's documents, valid against the shipped schema."""

    @pytest.mark.parametrize(
        ("argv", "kind"),
        [
            (["regime", "--as-of", "2026-01-15"], "document"),
            (["community", "--as-of", "2026-01-15"], "community_data"),
            (["report", "--as-of", "2026-01-15"], "dues_statement"),
            (["board", "--as-of", "2024-10-31"], "board_report"),
            (["electorate", "--election", "2026-gold"], "roll"),
            (["count"], "count_result"),
            (["replay", "--from", "2024-01-01", "--to", "2024-12-31"], "replay_row"),
        ],
    )
    def test_documents_valid(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], kind: str
    ) -> None:
        """Each command's JSON is one document (or an array of them) the schema accepts."""
        code, out, _ = _run(capsys, *argv, "--json")
        assert 0 == code
        data = json.loads(out)
        docs = data if isinstance(data, list) else [data]
        assert [] == [str(e.message)[:80] for d in docs for e in SCHEMA.iter_errors(d)]
        assert {kind} == {d["kind"] for d in docs}

    def test_blt_count_document(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A BLT file counted with --json gives a valid count_result document."""
        path = tmp_path / "chair.blt"
        path.write_text(BLT, encoding="utf-8")
        code, out, _ = _run(capsys, "count", str(path), "--json")
        doc = json.loads(out)
        assert (0, []) == (code, list(SCHEMA.iter_errors(doc)))
        assert ["Ann", "Bob"] == sorted(doc["data"]["seated"])


class TestTerminal:
    """Human values, the terminal's width, escaped control characters."""

    @pytest.mark.parametrize(
        "argv",
        [
            ["regime", "--as-of", "2026-01-15"],
            ["community", "--as-of", "2026-01-15"],
            ["report", "--as-of", "2014-01-15"],
            ["report", "--as-of", "2026-08-01"],
            ["board", "--as-of", "2024-10-31"],
            ["electorate", "--election", "2026-individual", "--explain"],
            ["count"],
            ["count", "--full"],
            ["replay", "--from", "2020-01-01", "--to", "2026-08-01"],
        ],
    )
    def test_no_line_wider_than_80(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        argv: list[str],
    ) -> None:
        """With COLUMNS=80 every output line fits in 80 columns."""
        monkeypatch.setenv("COLUMNS", "80")
        code, out, _ = _run(capsys, *argv)
        assert 0 == code
        assert [] == [line for line in out.splitlines() if len(line) > 80]

    def test_html_not_wrapped(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``board --html`` is printed whole: a wrap could split a tag."""
        monkeypatch.setenv("COLUMNS", "80")
        _, out, _ = _run(capsys, "board", "--as-of", "2024-10-31", "--html")
        assert (1, True) == (len(out.splitlines()), out.startswith("<"))

    def test_regime_human_values(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``regime`` prints values, not Python reprs, and lists every dated table."""
        _, out, _ = _run(capsys, "regime", "--as-of", "2026-01-15")
        for repr_text in ("None", "SeatChangeRule.", "Decimal(", "Fraction(", "frozenset("):
            assert repr_text not in out
        assert "board.seats.change_rule: incumbents_keep_terms" in out
        assert "directed_funds.project_fund.program: \u2014" in out
        assert "affiliation.contractor_threshold: 60,000" in out

    def test_control_characters_escaped(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A bidi override in a BLT title reaches the terminal escaped.

        Control characters are refused in every string of the wire format, and candidate names
        are ids (no invisible characters either); a title may hold a bidi override.
        """
        path = tmp_path / "evil.blt"
        path.write_text(BLT.replace('"Chair 2026"', '"Chair\u202e 2026"'), encoding="utf-8")
        code, out, _ = _run(capsys, "count", str(path))
        assert 0 == code
        assert "Chair\\u202e 2026" in out
        assert "\u202e" not in out
        path.write_text(BLT.replace('"Chair 2026"', '"Chair\x1b[2J"'), encoding="utf-8")
        code, out, err = _run(capsys, "count", str(path))
        assert (2, "") == (code, out)
        assert "U+001B" in err
        assert "\x1b" not in err

    def test_control_characters_escaped_in_json(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A candidate name with invisible characters is refused in one line, escaped."""
        path = tmp_path / "evil.blt"
        path.write_text(BLT.replace('"Ann"', '"Ann\u202e\u200b"'), encoding="utf-8")
        code, out, err = _run(capsys, "count", str(path), "--json")
        assert (2, "") == (code, out)
        assert "\u202e" not in err
        assert "U+202E" in err

    def test_error_line_escaped(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A file name with an escape sequence is escaped in the error line."""
        code, _, err = _run(capsys, "count", "/nonexistent/\x1b[31mred.json")
        assert 2 == code
        assert "openinfra-model: /nonexistent/\\x1b[31mred.json: no such file\n" == err


class TestData:
    """``--data``: a document file or the record's folder."""

    def test_folder_like_the_bundled_one(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A copy of the bundled data folder gives the bundled report, labelled by folder."""
        folder = tmp_path / "record"
        folder.mkdir()
        for name in ("record.json", "community.json", "individuals-synthetic.json"):
            source = resources.files("openinfra_model").joinpath(f"data/{name}")
            (folder / name).write_bytes(source.read_bytes())
        _, bundled, _ = _run(capsys, "report", "--as-of", "2026-08-01")
        code, out, _ = _run(capsys, "report", "--as-of", "2026-08-01", "--data", str(folder))
        assert 0 == code
        assert f"Roster: {folder / 'record.json'} (foundation record)" in " ".join(out.split())
        assert (
            bundled.split("SOURCES OF THE AMOUNTS")[0].splitlines()[4:]
            == (out.split("SOURCES OF THE AMOUNTS")[0].splitlines()[4:])
        )
        assert "REGIONAL HUBS" in out
        code, out, _ = _run(
            capsys, "electorate", "--election", "2026-individual", "--data", str(folder)
        )
        assert (0, True) == (code, "193 on the roll" in out)
        code, out, _ = _run(capsys, "board", "--as-of", "2024-10-31", "--data", str(folder))
        assert (0, True) == (code, "7/5/5" in out)

    def test_wrong_kind_named(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A document of another kind is refused, naming what the command reads."""
        path = tmp_path / "roster.json"
        path.write_text(dumps_document(Roster(snapshot=date(2022, 1, 1))), encoding="utf-8")
        code, _, err = _run(capsys, "board", "--data", str(path))
        assert 2 == code
        assert "a 'roster' document; this command reads a 'board_record' or" in err

    def test_regime_reads_no_data(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``regime --data`` is refused: the rules are the library's tables."""
        code, _, err = _run(capsys, "regime", "--data", "x.json")
        assert (2, 1) == (code, len(err.splitlines()))

    def test_electorate_as_of_picks_the_election(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``electorate --as-of`` picks the latest election whose voting began by then."""
        _, out, _ = _run(capsys, "electorate", "--as-of", "2025-06-01")
        assert out.startswith("Election 2025-")

    def test_replay_as_of_one_date(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``replay --as-of`` alone checks that one date."""
        _, out, _ = _run(capsys, "replay", "--as-of", "2024-10-31")
        assert "2024-10-31  7/5/5       7  passed" in out
        assert "1 dates, 0 FAILED" in out


class TestCountFormats:
    """``count [--data] FILE``: count files and BLT files, --method, compact or --full."""

    def test_blt_by_name(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A .blt file is counted by Meek STV; its title and ballots are shown."""
        path = tmp_path / "chair.blt"
        path.write_text(BLT, encoding="utf-8")
        code, out, _ = _run(capsys, "count", str(path))
        assert 0 == code
        assert f"Data: {path} (BLT, 10 ballots)" in out
        assert out.startswith("Chair 2026\n")
        assert "meek_stv count" in out

    def test_blt_by_content_and_data_option(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A BLT file without the .blt name is read by its content, given with --data."""
        path = tmp_path / "ballots.txt"
        path.write_text(BLT, encoding="utf-8")
        code, out, _ = _run(capsys, "count", "--data", str(path), "--method", "schulze")
        assert 0 == code
        assert "schulze count" in out

    @pytest.mark.parametrize(("order", "elected"), [("1 2", "b"), ("2 1", "a")])
    def test_blt_tie_order_decides(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, order: str, elected: str
    ) -> None:
        """The file's ``[tie ...]`` order breaks a tie: the first listed is excluded first."""
        path = tmp_path / "tie.blt"
        path.write_text(f'2 1\n[tie {order}]\n1 1 0\n1 2 0\n0\n"a"\n"b"\n"T"\n', "utf-8")
        code, out, _ = _run(capsys, "count", str(path))
        assert 0 == code
        assert f"Elected by the count: {elected}" in out
        assert "the reference order" in out

    def test_blt_seed_overrides_tie_order(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """``--seed`` asks for the lot even when the file gives a ``[tie ...]`` order."""
        path = tmp_path / "tie.blt"
        path.write_text('2 1\n[tie 1 2]\n1 1 0\n1 2 0\n0\n"a"\n"b"\n"T"\n', "utf-8")
        code, out, _ = _run(capsys, "count", str(path), "--seed", "0")
        assert 0 == code
        assert "ties broken by a lot drawn from seed 0" in out
        assert "the reference order" not in out

    def test_blt_method_must_be_ranked(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A BLT file cannot be counted by plurality."""
        path = tmp_path / "chair.blt"
        path.write_text(BLT, encoding="utf-8")
        code, _, err = _run(capsys, "count", str(path), "--method", "plurality")
        assert 2 == code
        assert "count it by meek_stv or schulze, not plurality" in err

    def test_blt_malformed_line(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A malformed BLT line is refused on one line naming it."""
        path = tmp_path / "bad.blt"
        path.write_text(BLT.replace("4 1 2 0", "4 1 x 0"), encoding="utf-8")
        code, _, err = _run(capsys, "count", str(path))
        assert (2, 1) == (code, len(err.splitlines()))
        assert "line 2" in err

    def test_method_override(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--method counts the bundled ranked ballots by Schulze instead of Meek STV."""
        code, out, _ = _run(capsys, "count", "--method", "schulze")
        assert (0, True) == (code, out.splitlines()[1].startswith("schulze count"))

    def test_method_needs_the_right_ballots(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Ranked ballots cannot be counted by plurality: the ballot field is named."""
        code, _, err = _run(capsys, "count", "--method", "plurality")
        assert 2 == code
        assert "count.ballots[0].votes: is missing (the plurality method reads marked" in err

    def test_compact_and_full(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The compact report shows fewer round tables than --full."""
        _, compact, _ = _run(capsys, "count")
        _, full, _ = _run(capsys, "count", "--full")
        assert compact.count("\nRound ") < full.count("\nRound ")

    def test_other_document_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A converter document that holds no ballots is refused by kind."""
        path = tmp_path / "roster.json"
        path.write_text(dumps_document(Roster(snapshot=date(2022, 1, 1))), encoding="utf-8")
        code, _, err = _run(capsys, "count", str(path))
        assert 2 == code
        assert "a 'roster' document holds no ballots to count" in err

    def test_duplicate_key_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """The count file goes through the strict converter: a repeated key is refused."""
        text = (
            resources.files("openinfra_model")
            .joinpath("data/counting-example.json")
            .read_text("utf-8")
        )
        path = tmp_path / "dup.json"
        path.write_text(text.replace('"seats": 4,', '"seats": 4, "seats": 5,'), encoding="utf-8")
        code, _, err = _run(capsys, "count", str(path))
        assert (2, 1) == (code, len(err.splitlines()))
        assert "seats" in err

    def test_as_of_refused(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A count has no date: --as-of is refused."""
        code, _, err = _run(capsys, "count", "--as-of", "2026-01-01")
        assert (2, 1) == (code, len(err.splitlines()))


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    """The robustness matrix's files (issue 14 item 4)."""
    folder = tmp_path / "folder"
    folder.mkdir()
    non_utf8 = tmp_path / "latin1.json"
    non_utf8.write_bytes(b'{"format": "openinfra-model", "name": "Caf\xe9"}')
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text(
        dumps_document(Roster(snapshot=date(2022, 1, 1)))[:-7] + '"x": [', encoding="utf-8"
    )
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    return {
        "missing": tmp_path / "missing.json",
        "folder": folder,
        "non-utf-8": non_utf8,
        "empty": empty,
        "corrupt": corrupt,
        "fifo": fifo,
        "device": Path("/dev/zero"),
    }


class TestNoTraceback:
    """Issue 14 item 4: every file error is one line on stderr and exit code 2."""

    @pytest.mark.parametrize("command", FILE_COMMANDS)
    @pytest.mark.parametrize(
        "case", ["missing", "folder", "non-utf-8", "empty", "corrupt", "fifo", "device"]
    )
    def test_bad_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, case: str
    ) -> None:
        """Each sub-command refuses each bad file with one line and exit code 2."""
        path = _bad_files(tmp_path)[case]
        code, out, err = _run(capsys, *_file_args(command, str(path)))
        assert (2, "", 1) == (code, out, len(err.splitlines()))
        assert err.startswith(f"openinfra-model: {path}")
        assert "Traceback" not in err

    @pytest.mark.parametrize("command", FILE_COMMANDS)
    def test_size_limit(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
    ) -> None:
        """A file larger than --max-bytes is refused before it is read."""
        path = tmp_path / "big.json"
        path.write_text(" " * 2000 + "{}", encoding="utf-8")
        code, out, err = _run(capsys, *_file_args(command, str(path), "--max-bytes", "1K"))
        assert (2, "") == (code, out)
        assert (
            f"openinfra-model: {path}: 2,002 bytes, more than the limit of 1,024 (--max-bytes)\n"
            == err
        )

    @pytest.mark.parametrize("command", FILE_COMMANDS)
    def test_deep_nesting(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
    ) -> None:
        """A document nested 100,000 levels deep is refused on one line."""
        path = tmp_path / "deep.json"
        path.write_text(
            '{"format": "openinfra-model", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
        )
        code, _, err = _run(capsys, *_file_args(command, str(path)))
        assert (2, 1) == (code, len(err.splitlines()))

    def test_folder_without_the_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A folder given to --data must hold the file the command reads."""
        code, _, err = _run(capsys, "community", "--data", str(tmp_path))
        assert 2 == code
        assert f"openinfra-model: {tmp_path}: the folder has no community.json\n" == err

    @pytest.mark.parametrize(
        ("name", "content", "expected"),
        [
            ("cut.json", b'{"format": "openinfra-model", "version": 1, "count": {"seats": ', "$"),
            ("latin1.blt", b'2 1\n1 1 0\n0\n"Caf\xe9"\n"B"\n"T"\n', "not UTF-8: byte 16"),
            ("short.blt", b"2 1\n1 1 0\n", "line"),
        ],
    )
    def test_bad_ballot_files(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        name: str,
        content: bytes,
        expected: str,
    ) -> None:
        """A cut count file and bad BLT files are refused on one line, exit code 2."""
        path = tmp_path / name
        path.write_bytes(content)
        code, out, err = _run(capsys, "count", str(path))
        assert (2, "", 1) == (code, out, len(err.splitlines()))
        assert expected in err
