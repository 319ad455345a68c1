"""The benchmark runner in ``--quick`` mode: it runs, and every result agrees with the peers'.

This runs the command the README names, ``uv run --group bench python -m benchmarks``, with
``--quick`` (tiny sizes, one run), so that the benchmark code cannot rot. ``uv run --group
bench`` installs the peers (pydantic, msgspec, pyrcv, pyrankvote, pref_voting, votekit) into
the project's environment if they are missing. Nothing here looks at a time: only that every
workload ran, that every cross-check passed (the runner stops on a disagreement) and that the
table names every target.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Peers that count another variant of STV than Meek: a different result is recorded.
VARIANTS = {"pyrcv", "pyrankvote"}

pytestmark = pytest.mark.bench_quick


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the quick benchmark once and return its JSON table."""
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH: the benchmark command is `uv run --group bench ...`")
    out = tmp_path_factory.mktemp("bench") / "quick"
    command = ["run", "-q", "--group", "bench", "python", "-m", "benchmarks", "--quick"]
    subprocess.run(  # noqa: S603  (uv from PATH, fixed arguments)
        [uv, *command, "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    table: dict[str, Any] = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    table["markdown"] = out.with_suffix(".md").read_text(encoding="utf-8")
    return table


class TestQuickRun:
    """``python -m benchmarks --quick`` runs every workload beside every peer."""

    def test_complete(self, quick: dict[str, Any]) -> None:
        """The run finished and says so, with its duration."""
        expected = True
        assert expected == quick["meta"]["complete"]
        assert "took" in quick["markdown"]

    def test_every_peer_installed(self, quick: dict[str, Any]) -> None:
        """The bench group was installed: every peer has a version."""
        expected: list[str] = []
        assert expected == [k for k, v in quick["meta"]["peers"].items() if v == "not installed"]

    def test_every_workload_ran(self, quick: dict[str, Any]) -> None:
        """Each kind of workload is in the table, with samples for every contestant."""
        expected = {
            "start-up",
            "affiliation groups",
            "board",
            "electorate 2025-individual",
            "electorate 2026-individual",
            "roster load",
            "roster dump",
            "roster memory",
            "Meek STV",
            "Schulze",
            "Meek STV, pref_voting cross-check",
            "BLT read",
            "BLT count",
        }
        names = {w["name"] for w in quick["workloads"]}
        assert expected == names
        empty = [
            (w["name"], t["contestant"])
            for w in quick["workloads"]
            for t in w["timings"]
            if not any(t["samples"].values())
        ]
        assert [] == empty

    def test_peers_in_the_tables(self, quick: dict[str, Any]) -> None:
        """Every peer is timed somewhere."""
        contestants = {t["contestant"] for w in quick["workloads"] for t in w["timings"]}
        expected = {
            "pydantic",
            "msgspec",
            "msgspec→attrs",
            "pyrcv",
            "pyrankvote",
            "votekit",
            "pref_voting beat_path",
            "pref_voting stv_meek",
        }
        assert expected == expected & contestants


class TestQuickAgreement:
    """Every result was cross-checked before a ratio was printed."""

    def test_every_workload_with_a_peer_checked(self, quick: dict[str, Any]) -> None:
        """Each workload but the library-only ones carries its cross-checks."""
        unchecked = [
            (w["name"], w["size"])
            for w in quick["workloads"]
            if not w["checks"] and w["name"] != "board"
        ]
        assert [] == unchecked

    def test_documents_equal_the_input(self, quick: dict[str, Any]) -> None:
        """Every library's decoded roster, dumped, equals the input document."""
        load = next(w for w in quick["workloads"] if w["name"] == "roster load")
        expected = ["ours", "pydantic", "msgspec", "msgspec→attrs"]
        equal = [
            c.split(":")[0] for c in load["checks"] if "dumped document equals the input" in c
        ]
        assert expected == equal

    def test_only_other_variants_differ(self, quick: dict[str, Any]) -> None:
        """A peer may elect differently only if it counts another variant of STV."""
        differing = {name for w in quick["workloads"] for name in w["differs"]}
        assert set() == differing - VARIANTS

    def test_same_method_peers_agree(self, quick: dict[str, Any]) -> None:
        """pref_voting's Meek STV and every Schulze peer elected exactly as the library did."""
        lines = [
            c
            for w in quick["workloads"]
            if w["name"] in {"Schulze", "Meek STV, pref_voting cross-check"}
            for c in w["checks"]
            if ": ours elected " not in c
        ]
        expected = [line for line in lines if line.endswith(": equal")]
        assert expected == lines

    def test_every_target_in_the_table(self, quick: dict[str, Any]) -> None:
        """Each target of issues 15 and 20 has a row, with a ratio or the reason there is none."""
        targets = {row["target"] for row in quick["targets"]}
        expected = 14  # with the report row "dump to a str, not bytes"
        assert expected == len(targets)
        assert all(
            row["value"] is not None or row["verdict"].startswith("no ratio")
            for row in quick["targets"]
        )
