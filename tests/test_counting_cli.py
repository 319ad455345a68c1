"""The ``count`` sub-command: count ballots from a JSON document, or the bundled example."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from openinfra_model.cli import main

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def _doc(ballots: list[dict[str, object]]) -> str:
    return json.dumps(
        {
            "format": "openinfra-model",
            "version": 1,
            "count": {
                "method": "plurality",
                "seats": 1,
                "candidates": ["ann", "bob"],
                "roll": ["v1", "v2"],
                "ballots": ballots,
            },
        }
    )


class TestCountCommand:
    """``openinfra-model count [FILE]`` prints the rounds and the seated."""

    def test_bundled_example_counts(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With no file the bundled Meek STV example (GPUS 2005) is counted."""
        assert 0 == main(["count"])
        out = capsys.readouterr().out
        assert "Seated: Rebecca Rotzler, Pat LaMarche, Steve Kramer, Kristen Olsen" in out

    def test_bad_ballot_refused_with_its_path(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A ballot from someone not on the roll fails the command, naming the field."""
        f = tmp_path / "count.json"
        f.write_text(_doc([{"voter": "v1", "votes": ["ann"]}, {"voter": "zz", "votes": ["bob"]}]))
        assert 2 == main(["count", str(f)])
        assert "ballots[1].voter" in capsys.readouterr().err

    def test_set_aside_reports_the_ballot(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """With --set-aside the ballot is left out and listed."""
        f = tmp_path / "count.json"
        f.write_text(_doc([{"voter": "v1", "votes": ["ann"]}, {"voter": "zz", "votes": ["bob"]}]))
        assert 0 == main(["count", str(f), "--set-aside"])
        out = capsys.readouterr().out
        assert "Seated: ann" in out
        assert "Set aside: ballot 1 (zz)" in out

    def test_wrong_type_named_by_path(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A seat count given as a string is refused at count.seats."""
        f = tmp_path / "count.json"
        doc = json.loads(_doc([]))
        doc["count"]["seats"] = "1"
        f.write_text(json.dumps(doc))
        assert 2 == main(["count", str(f)])
        assert "count.seats: expected an integer, got a string" in capsys.readouterr().err

    def test_ballot_file_of_every_version_read(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The ballot file's shape is the same in versions 1 and 2: both are counted."""
        codes = []
        for version in (1, 2):
            f = tmp_path / f"count-{version}.json"
            doc = json.loads(_doc([{"voter": "v1", "votes": ["ann"]}]))
            doc["version"] = version
            f.write_text(json.dumps(doc))
            codes.append(main(["count", str(f)]))
        assert [0, 0] == codes
        assert "Seated: ann" in capsys.readouterr().out

    def test_newer_ballot_file_refused(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A ballot file of version 3 is refused, naming the versions read."""
        f = tmp_path / "count.json"
        doc = json.loads(_doc([{"voter": "v1", "votes": ["ann"]}]))
        doc["version"] = 3
        f.write_text(json.dumps(doc))
        assert 2 == main(["count", str(f)])
        err = capsys.readouterr().err
        assert "version: 3 is not a version this library reads (1 to 2)" in err
