"""Every command and code example of the README and the docs runs, with its key output (issue 13).

The README's ``uv run openinfra-model ...`` lines run through :func:`openinfra_model.cli.main`;
each must have an expectation here (a new command without one fails the test). The README's
sample output of the main job must be what the command prints. The docs' ``$ uv run
openinfra-model ...`` console lines run too, and the output lines they show must appear.
(The benchmark, CI and Sphinx commands are development commands run by CI itself.)
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

from openinfra_model.cli import main

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

EXPECTED: dict[str, list[str]] = {
    "report --as-of 2026-08-01": [
        "Roster: bundled foundation record",
        "PLATINUM (8 members)",
        "GOLD (21 members)",
        "Data: bundled community data",
    ],
    "report --as-of 2014-01-15": ["PLATINUM (8 members)", "GOLD (14 members)"],
    "board --as-of 2024-10-31": [
        "Board on 2024-10-31: 17 directors 7/5/5, Director Limit 7\nPASSED",
        "Data: bundled foundation record",
    ],
    "replay --from 2024-01-01 --to 2024-12-31": [
        "2024-10-31  7/5/5       7  passed",
        "5 dates, 0 FAILED",
    ],
    "electorate --election 2026-gold": ["21 on the roll", "Data: bundled foundation record"],
    "electorate --election 2026-individual": ["193 on the roll", "SYNTHETIC individuals"],
    "count": ["Data: bundled example count", "elected"],
    "count --method schulze": ["schulze count: 4 seat(s)", "Seated: "],
    "report --as-of 2026-01-15 --json": ['"kind":"dues_statement"', '"amount":"350000.00"'],
    "community --as-of 2026-01-15": ["Data: bundled community data", "REGIONAL HUBS"],
    "regime --as-of 2026-01-15": ["Rules in force on 2026-01-15", "lf-charter"],
    "report --as-of 2026-01-15": ["PLATINUM (8 members)", "$5,950,000.00"],
}


@pytest.fixture(autouse=True)
def _columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The output width of a pipe (100 columns), whatever terminal runs the tests."""
    monkeypatch.setenv("COLUMNS", "100")


def _run(line: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(shlex.split(line))
    return code, out.getvalue()


def _readme_commands() -> list[str]:
    lines = re.findall(r"^uv run openinfra-model (.+?)(?:\s+#.*)?$", README, re.MULTILINE)
    return [line.strip() for line in lines]


def _docs_blocks() -> list[tuple[str, list[str]]]:
    found = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for block in re.findall(r"```console\n(.*?)```", text, re.DOTALL):
            current: tuple[str, list[str]] | None = None
            for line in block.splitlines():
                if line.startswith("$ uv run openinfra-model "):
                    current = (line.removeprefix("$ uv run openinfra-model ").strip(), [])
                    found.append(current)
                elif current is not None and line.strip() and line.strip() != "...":
                    current[1].append(line)
    return found


class TestReadme:
    """The README promises what the commands print."""

    def test_every_command_has_an_expectation(self) -> None:
        """No README command is left untested."""
        assert [] == [c for c in _readme_commands() if c not in EXPECTED]

    @pytest.mark.parametrize("command", _readme_commands())
    def test_command(self, command: str) -> None:
        """Each README command exits 0 and prints its key output."""
        code, out = _run(command)
        assert 0 == code
        for expected in EXPECTED[command]:
            assert expected in out

    def test_sample_output_of_the_main_job(self) -> None:
        """The README's sample output is the beginning of what the main job prints."""
        (sample,) = re.findall(r"```text\n(.*?)```", README, re.DOTALL)
        first = r"^uv run openinfra-model (report --as-of \S+)$"
        main_job = re.search(first, README, re.MULTILINE)
        assert main_job is not None
        _, out = _run(main_job.group(1))
        assert out.startswith(sample)

    def test_python_example(self) -> None:
        """The README's Python example runs and prints the FAILED decision it announces."""
        (code,) = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})  # noqa: S102  (the README's own code)
        assert out.getvalue().startswith("FAILED")
        assert "membership.platinum.fte" in out.getvalue()


class TestDocsCommands:
    """The docs' console examples run and show what the pages say."""

    @pytest.mark.parametrize(("command", "shown"), _docs_blocks())
    def test_console(self, command: str, shown: list[str]) -> None:
        """Each docs command exits 0 and prints every output line the page shows."""
        code, out = _run(command)
        assert 0 == code
        for line in shown:
            assert line in out
