"""BLT ballot files: reading, writing, strictness, and counting them (CLI and API)."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model.cli import main
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.counting import (
    BltBallot,
    BltElection,
    count_rankings,
    dump_blt,
    load_blt,
)
from openinfra_model.strategies import blt_elections

if TYPE_CHECKING:
    from pathlib import Path

EXAMPLE = """4 2
-2
3 1 2 4 0
(v9) 2 1 0
1 3 - 4 0
1 0
0
"Ádam"
"Basil"
"日本 候補"
"Dón Ø"
"Köln 2026 — test"
"""


def _gpus_blt() -> str:
    """The bundled GPUS 2005 example (Droop's test/blt/SC.blt) written as a BLT file."""
    doc = json.loads(
        resources.files("openinfra_model")
        .joinpath("data/counting-example.json")
        .read_text(encoding="utf-8")
    )["count"]
    number = {c: i for i, c in enumerate(doc["candidates"], start=1)}
    rankings = [" ".join(str(number[c]) for c in b["ranking"]) for b in doc["ballots"]]
    lines = ["13 4", *(f"1 {r} 0" for r in rankings), "0"]
    lines += [f'"{c}"' for c in doc["candidates"]]
    lines.append('"GPUS Steering Committee 2005"')
    return "\n".join(lines) + "\n"


def _problem_paths(text: str) -> list[str]:
    with pytest.raises(InvalidInputError) as err:
        load_blt(text)
    return [p.path for p in err.value.problems]


class TestRead:
    """load_blt: counts, withdrawn candidates, weights, ids, skips, names and title."""

    def test_every_part_of_the_example(self) -> None:
        """Every part of the example file lands in the model."""
        e = load_blt(EXAMPLE)
        expected = BltElection(
            title="Köln 2026 — test",
            candidates=("Ádam", "Basil", "日本 候補", "Dón Ø"),
            seats=2,
            withdrawn=("Basil",),
            ballots=(
                BltBallot(ranking=("Ádam", "Basil", "Dón Ø"), weight=3),
                BltBallot(ranking=("Basil", "Ádam"), ballot_id="v9"),
                BltBallot(ranking=("日本 候補", "Dón Ø"), weight=1),
                BltBallot(ranking=(), weight=1),
            ),
        )
        assert expected == e

    def test_withdrawn_candidates_leave_the_rankings(self) -> None:
        """The rankings to count skip the withdrawn; the empty ballot stays (exhausted)."""
        e = load_blt(EXAMPLE)
        expected = Counter({("Ádam", "Dón Ø"): 3, ("Ádam",): 1, ("日本 候補", "Dón Ø"): 1, (): 1})
        assert expected == e.weighted_rankings()
        assert ("Ádam", "日本 候補", "Dón Ø") == e.standing
        assert 6 == e.ballot_count

    def test_a_path_is_read_as_utf8(self, tmp_path: Path) -> None:
        """A Path is read as UTF-8 text; a byte-order mark is ignored."""
        f = tmp_path / "e.blt"
        f.write_text("\ufeff" + EXAMPLE, encoding="utf-8")
        assert load_blt(EXAMPLE) == load_blt(f)

    def test_droop_options(self) -> None:
        """Droop's ``[tie ...]`` and ``[withdrawn ...]`` lines (its test file 42t's form)."""
        e = load_blt('3 2\n[tie 3 2 1 ]\n[withdrawn 1]\n4 1 2 0\n0\n"a"\n"b"\n"c"\n"t"\n')
        assert (("c", "b", "a"), ("a",)) == (e.tie_order, e.withdrawn)
        assert e == load_blt(dump_blt(e))

    @pytest.mark.parametrize(
        "option", ["[nick a b c]", "[tie 1 2]", "[tie 1 2 4]", "[withdrawn 9]", "[tie 1 1 2]"]
    )
    def test_bad_or_unsupported_options_are_refused(self, option: str) -> None:
        """An option this reader does not support, or a bad one, is refused with its line."""
        text = f'3 1\n{option}\n1 1 0\n0\n"a"\n"b"\n"c"\n"t"\n'
        assert ["line 2"] == _problem_paths(text)

    def test_comments_and_blank_lines_are_skipped(self) -> None:
        """Whole-line # comments and blank lines are not part of the data."""
        text = '# a comment\n\n2 1\n1 1 0\n\n0\n"a"\n"b"\n"t"\n'
        assert ("a",) == load_blt(text).ballots[0].ranking


class TestStrict:
    """A malformed line refuses the file with its line number; nothing is dropped."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("", ["line 1"]),
            ("2\n", ["line 1"]),
            ("2 3\n", ["line 1"]),
            ("2 1\n-3\n0\n", ["line 2"]),
            ('2 1\n1 1 x 0\n0\n"a"\n"b"\n"t"\n', ["line 2"]),
            ('2 1\n1 1 3 0\n0\n"a"\n"b"\n"t"\n', ["line 2"]),
            ('2 1\n1 1 2\n0\n"a"\n"b"\n"t"\n', ["line 2"]),
            ('2 1\n0 1 2 0\n0\n"a"\n"b"\n"t"\n', ["line 2"]),
            ('2 1\n1 1 1 0\n0\n"a"\n"b"\n"t"\n', ["line 2"]),
            ('2 1\n1 1 0\n1 2 x 0\n1 1=3 0\n0\n"a"\n"b"\n"t"\n', ["line 3", "line 4"]),
            ('2 1\n1 1 0\n0\n"a"\nb\n"t"\n', ["line 5"]),
            ('2 1\n1 1 0\n0\n"a"\n"b"\n', ["line 5"]),
            ('2 1\n1 1 0\n0\n"a"\n"b"\n"t"\n"extra"\n', ["line 7"]),
            ('2 1\n1 1 0\n0\n"a"\n"a"\n"t"\n', ["line 4"]),
            ("2 1\n1 1 0\n", ["line 3"]),
            ('2 1\n1 \u00b2 0\n1 1=\u00b2 0\n0\n"a"\n"b"\n"t"\n', ["line 2", "line 3"]),
            ('2 1\n1 1 x 0\n1 1 x 0\n0\n"a"\n"b"\n"t"\n', ["line 2", "line 3"]),
        ],
    )
    def test_malformed_lines_are_named(self, text: str, expected: list[str]) -> None:
        """Each malformed line is refused with its number (counted from 1)."""
        assert expected == _problem_paths(text)

    def test_identical_lines_read_alike(self) -> None:
        """Lines read once by their text are still one ballot each, in file order."""
        e = load_blt('2 1\n1 2 1 0\n3 1 0\n1 2 1 0\n0\n"a"\n"b"\n"t"\n')
        b, a = BltBallot(ranking=("b", "a")), BltBallot(ranking=("a",), weight=3)
        assert (b, a, b) == e.ballots
        assert {("b", "a"): 2, ("a",): 3} == dict(e.weighted_rankings())

    def test_repeated_ballot_ids_are_refused(self) -> None:
        """Two ballot lines with one id are refused."""
        assert ["ballots"] == _problem_paths('2 1\n(x) 1 0\n(x) 2 0\n0\n"a"\n"b"\n"t"\n')

    def test_an_id_stands_for_the_weight(self) -> None:
        """As in Droop, ``(id)`` opens the line instead of a weight: one ballot."""
        e = load_blt('2 1\n(x) 2 1 0\n0\n"a"\n"b"\n"t"\n')
        assert (BltBallot(ranking=("b", "a"), ballot_id="x"),) == e.ballots

    def test_a_ballot_with_an_id_weighs_one(self) -> None:
        """The model refuses an id on a weighted line."""
        with pytest.raises(InvalidInputError, match="a ballot with an id weighs 1"):
            BltBallot(ranking=(), weight=2, ballot_id="x")

    def test_dump_refuses_what_blt_cannot_hold(self) -> None:
        """A name with a double quote cannot be written; an unknown candidate neither."""
        e = BltElection(
            title="t",
            candidates=('a"b', "c"),
            seats=1,
            ballots=(BltBallot(ranking=("z",)),),
        )
        with pytest.raises(InvalidInputError) as err:
            dump_blt(e)
        assert ["candidates[0]", "ballots[0]"] == [p.path for p in err.value.problems]


_NAME = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters='"'),
    max_size=8,
).map(str.strip)


@st.composite
def _elections(draw: st.DrawFn) -> BltElection:
    names = draw(st.lists(_NAME, min_size=1, max_size=6, unique=True))
    seats = draw(st.integers(1, len(names)))
    withdrawn = draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)))
    ballots = draw(
        st.lists(
            st.builds(
                BltBallot,
                ranking=st.permutations(names).flatmap(
                    lambda p: st.integers(0, len(p)).map(lambda k: tuple(p[:k]))
                ),
                weight=st.integers(1, 10**6),
            )
            | st.builds(
                BltBallot,
                ranking=st.permutations(names).map(tuple),
                ballot_id=st.from_regex(r"[A-Za-z0-9_.-]{1,6}", fullmatch=True),
            ),
            max_size=8,
            unique_by=lambda b: b.ballot_id or object(),
        )
    )
    number = {c: i for i, c in enumerate(names)}
    tie = draw(st.none() | st.permutations(names))
    return BltElection(
        tie_order=tuple(tie or ()),
        title=draw(_NAME),
        candidates=tuple(names),
        seats=seats,
        withdrawn=tuple(sorted(withdrawn, key=number.__getitem__)),
        ballots=tuple(ballots),
    )


class TestRoundTrip:
    """dump_blt then load_blt gives back the same election, and the text is stable."""

    def test_example_round_trips_to_the_same_text(self) -> None:
        """The example, skipped preference closed up, writes and reads back unchanged."""
        e = load_blt(EXAMPLE)
        assert e == load_blt(dump_blt(e))
        assert dump_blt(e) == dump_blt(load_blt(dump_blt(e)))

    @given(_elections())
    def test_any_election_round_trips(self, e: BltElection) -> None:
        """Any election BLT can hold survives a write and a read."""
        assert e == load_blt(dump_blt(e))

    @given(blt_elections())
    def test_the_public_strategy_round_trips(self, e: BltElection) -> None:
        """The public strategy (equal rankings, ids, tie orders) draws writable elections."""
        assert e == load_blt(dump_blt(e))


class TestCount:
    """A BLT file counts from the API and from the CLI, as the same rankings do."""

    def test_gpus_2005_as_blt_elects_as_the_rankings(self) -> None:
        """The GPUS 2005 file elects 7, 4, 13, 8 as Droop's reference report does."""
        e = load_blt(_gpus_blt())
        result = count_rankings(e.weighted_rankings(), candidates=e.standing, seats=e.seats)
        expected = ("Rebecca Rotzler", "Pat LaMarche", "Steve Kramer", "Kristen Olsen")
        assert expected == result.elected
        assert 94 == result.ballots_counted

    def test_weights_count_as_repeated_ballots(self) -> None:
        """A ranking with count 3 counts as three ballots carrying it."""
        weighted = count_rankings({("a", "b"): 3, ("b",): 2}, candidates=("a", "b", "c"), seats=1)
        repeated = count_rankings(
            [("a", "b")] * 3 + [("b",)] * 2, candidates=("a", "b", "c"), seats=1
        )
        assert repeated.rounds == weighted.rounds
        assert repeated.elected == weighted.elected

    def test_a_roll_checks_the_ballots_with_ids(self) -> None:
        """With a roll, an id must be on it; lines without an id stay anonymous."""
        e = load_blt('2 1\n(v1) 1 0\n(v2) 2 0\n(zz) 2 0\n5 1 0\n(yy) 0\n0\n"a"\n"b"\n"t"\n')
        with pytest.raises(InvalidInputError) as err:
            e.weighted_rankings(roll={"v1", "v2"})
        expected = ["ballots[2].ballot_id", "ballots[4].ballot_id"]
        assert expected == [p.path for p in err.value.problems]
        ok = load_blt('2 1\n(v1) 1 0\n5 2 0\n0\n"a"\n"b"\n"t"\n')
        assert Counter({("a",): 1, ("b",): 5}) == ok.weighted_rankings(roll={"v1"})

    @pytest.mark.parametrize("count", [0, -1, 1.5, True])
    def test_bad_counts_are_refused(self, count: object) -> None:
        """A count that is not a whole number of at least 1 is refused."""
        # 1.5 and True are refused as arguments (not ints), 0 and -1 by the count itself
        with pytest.raises(InvalidInputError, match=r"a count must be|expected an integer"):
            count_rankings({("a",): count}, candidates=("a", "b"), seats=1)

    def test_cli_counts_a_blt_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``openinfra-model count e.blt`` prints the title and the Meek rounds."""
        f = tmp_path / "gpus.blt"
        f.write_text(_gpus_blt(), encoding="utf-8")
        assert 0 == main(["count", str(f)])
        out = capsys.readouterr().out
        assert out.startswith("GPUS Steering Committee 2005\n")
        assert "Seated: Rebecca Rotzler, Pat LaMarche, Steve Kramer, Kristen Olsen" in out

    def test_cli_refuses_a_bad_blt_file_with_the_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A malformed BLT file exits non-zero and names the line."""
        f = tmp_path / "bad.blt"
        f.write_text('2 1\n1 1 x 0\n0\n"a"\n"b"\n"t"\n', encoding="utf-8")
        assert 0 != main(["count", str(f)])
        assert "line 2" in capsys.readouterr().err
