"""BLT ballot files: the exchange format of election services and reference STV counters.

A BLT file (the format of ERS, OpenSTV and Droop, the PR Foundation's reference counter)
reads, line by line::

    4 2                    the number of candidates, the number of seats
    -2                     optional: withdrawn candidates, as negative numbers
    [tie 3 1 2 4]          optional (Droop): the tie-break order, first listed excluded first
    [withdrawn 2]          optional (Droop): withdrawn candidates
    3 1 2 4 0              a ballot line: its weight, then candidate numbers, ending in 0
    (v7) 1 3 0             a ballot with an id in parentheses instead of a weight (weight 1)
    1 2 - 3 0              '-' marks a skipped preference
    0                      the end of the ballots
    "Adam"                 one quoted name per candidate, in number order
    ...
    "The election title"   the title, quoted

:func:`load_blt` reads such a file strictly: a line it cannot read refuses the whole file with
an :class:`~openinfra_model.InvalidInputError` whose problems name the line (``line 7``); no
line is skipped (blank lines and whole-line ``#`` comments aside). Equal rankings (``1=2``)
become groups of candidates in a ranking; Schulze and Meek STV count them.
:func:`dump_blt` writes the same form back. Reading pauses the cyclic garbage collector, as
the library's bulk JSON calls do (a large file is a million small tuples), and reads each
distinct ballot line once.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from openinfra_model.core.convert import _collector_paused
from openinfra_model.core.deprecations import CallableInt
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.validate import check_arguments, typed

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator

__all__ = ["BltBallot", "BltElection", "dump_blt", "load_blt"]


@attrs.frozen(kw_only=True, field_transformer=typed)
class BltBallot:
    """One ballot line of a BLT file: a ranking with its weight.

    Attributes:
        ranking: Candidate names, most preferred first (skipped preferences closed up); a
            tuple of names is a group ranked equally (``1=2`` in the file).
        weight: How many ballots carry this ranking (a positive integer; 1 with an id).
        ballot_id: The id in parentheses that opens the line instead of a weight, if any.
    """

    ranking: tuple[str | tuple[str, ...], ...]
    weight: int = attrs.field(default=1)
    ballot_id: str | None = None

    @weight.validator
    def _check_weight(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidInputError.at("weight", f"must be a whole number >= 1, not {value!r}")
        if self.ballot_id is not None and value != 1:
            raise InvalidInputError.at("weight", "a ballot with an id weighs 1")


@attrs.frozen(kw_only=True, field_transformer=typed)
class BltElection:
    r"""A BLT file as data.

    Attributes:
        title: The election's title (the last quoted line).
        candidates: Every candidate's name, in the file's number order (candidate 1 first).
        seats: Seats to fill.
        withdrawn: The names of the withdrawn candidates (they take no part in the count).
        ballots: The ballot lines, in file order.
        tie_order: Droop's ``[tie ...]`` order, if the file gives one (every candidate once;
            the first of a tie in this order is excluded: ``TieBreak.reference(order=...)``).

    Example:
        >>> e = load_blt('2 1\n3 1 2 0\n1 2 0\n0\n"Ann"\n"Bob"\n"Test"\n')
        >>> e.standing, e.weighted_rankings()
        (('Ann', 'Bob'), Counter({('Ann', 'Bob'): 3, ('Bob',): 1}))
    """

    title: str
    candidates: tuple[str, ...]
    seats: int
    withdrawn: tuple[str, ...] = ()
    ballots: tuple[BltBallot, ...] = ()
    tie_order: tuple[str, ...] = ()

    @property
    def standing(self) -> tuple[str, ...]:
        """The candidates still standing (not withdrawn), in number order."""
        gone = set(self.withdrawn)
        return tuple(c for c in self.candidates if c not in gone)

    def weighted_rankings(
        self, roll: Collection[str] | None = None
    ) -> Counter[tuple[str | tuple[str, ...], ...]]:
        """Each distinct ranking with its total weight, withdrawn candidates removed.

        A ballot whose ranking names only withdrawn candidates stays in with an empty ranking
        (it counts as exhausted from the start, as in the reference counters). With a
        ``roll``, every ballot line carrying an id (one voter's ballot, weight 1) is checked:
        the id must be on the roll; lines without an id stay anonymous.

        Raises:
            InvalidInputError: With a roll, an id not on it (named ``ballots[i]``, counted
                from 0 in file order).
        """
        if roll is not None:
            problems = [
                Problem(f"ballots[{i}].ballot_id", f"{b.ballot_id!r} is not on the roll")
                for i, b in enumerate(self.ballots)
                if b.ballot_id is not None and b.ballot_id not in roll
            ]
            if problems:
                raise InvalidInputError(problems)
        gone = set(self.withdrawn)
        by_line: dict[tuple[str | tuple[str, ...], ...], int] = {}
        for b in self.ballots:  # identical lines first (most of a large file), then each once
            by_line[b.ranking] = by_line.get(b.ranking, 0) + b.weight
        if not gone:
            return Counter(by_line)
        out: Counter[tuple[str | tuple[str, ...], ...]] = Counter()
        for line, weight in by_line.items():
            ranking: list[str | tuple[str, ...]] = []
            for r in line:
                left = tuple(c for c in ((r,) if isinstance(r, str) else r) if c not in gone)
                if len(left) == 1:
                    ranking.append(left[0])
                elif left:
                    ranking.append(left)
            out[tuple(ranking)] += weight
        return out

    @property
    def ballot_count(self) -> int:
        """The total weight of the ballots.

        .. versionchanged:: 0.2
           A property, like :attr:`standing`; calling it (``election.ballot_count()``) still
           works for one release and warns.
        """
        return CallableInt(
            sum(b.weight for b in self.ballots),
            old="BltElection.ballot_count()",
            new="BltElection.ballot_count (a property)",
        )


_Raw = tuple[tuple[int | tuple[int, ...], ...], int, str | None]

_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on
_INT = re.compile(r"[+-]?\d+")
_ID = re.compile(r"\(([^()\s]*)\)")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered lines (from 1); blank lines and whole-line ``#`` comments are skipped."""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield number, line


def _ints(line: str, where: str) -> list[int]:
    words = line.split()
    bad = [w for w in words if not _INT.fullmatch(w)]
    if bad:
        raise InvalidInputError.at(where, f"expected whole numbers, found {bad[0]!r}")
    return [int(w) for w in words]


def _quoted(line: str, where: str) -> str:
    if len(line) < 2 or line[0] != '"' or line[-1] != '"' or '"' in line[1:-1]:
        raise InvalidInputError.at(where, f"expected one quoted name, found {line!r}")
    return line[1:-1]


def _header(lines: list[tuple[int, str]]) -> tuple[int, int, int]:
    """The candidate and seat counts, and the index of the line after the header."""
    if not lines:
        raise InvalidInputError.at("line 1", "the file is empty")
    number, line = lines[0]
    where = f"line {number}"
    head = _ints(line, where)
    if len(head) != 2:
        raise InvalidInputError.at(where, "the first line must be: candidates seats")
    n, seats = head
    if n < 1 or seats < 1 or seats > n:
        raise InvalidInputError.at(
            where, f"needs at least one candidate and 1 to {n} seats, not {n} {seats}"
        )
    return n, seats, 1


def _options(lines: list[tuple[int, str]], at: int, n: int) -> tuple[list[int], list[int], int]:
    """Withdrawn candidates (``-k`` or ``[withdrawn k ...]``) and a ``[tie ...]`` order.

    Both may follow the header, before the first ballot line; each option on one line.
    """
    withdrawn: list[int] = []
    tie: list[int] = []
    while at < len(lines):
        number, line = lines[at]
        where = f"line {number}"
        if line.startswith("[") and line.endswith("]"):
            name, *words = line[1:-1].split()
            if name not in {"tie", "withdrawn"}:
                raise InvalidInputError.at(where, f"the option [{name} ...] is not supported")
            numbers = _ints(" ".join(words), where)
            if any(not 1 <= k <= n for k in numbers):
                raise InvalidInputError.at(where, f"candidate numbers are 1 to {n}")
            if name == "tie":
                if sorted(numbers) != list(range(1, n + 1)):
                    raise InvalidInputError.at(where, "[tie ...] lists each candidate once")
                tie = numbers
            else:
                withdrawn.extend(numbers)
        elif line.startswith("-") and line != "-":
            for k in _ints(line, where):
                if k >= 0 or -k > n:
                    raise InvalidInputError.at(
                        where, f"a withdrawn candidate is -1 to -{n}, not {k}"
                    )
                withdrawn.append(-k)
        else:
            break
        at += 1
    return withdrawn, tie, at


def _ballot(line: str, where: str, n: int) -> _Raw:
    """One ballot line: the candidate numbers, the weight and the id."""
    ballot_id = None
    match = _ID.match(line)
    if match:
        ballot_id = match.group(1)
        words = ["1", *line[match.end() :].split()]
    else:
        words = line.split()
    if not words or not _INT.fullmatch(words[0]) or int(words[0]) < 1:
        raise InvalidInputError.at(
            where, "a ballot line starts with a positive whole weight or an (id)"
        )
    if len(words) < 2 or words[-1] != "0":
        raise InvalidInputError.at(where, "a ballot line ends with 0")
    ranking: list[int | tuple[int, ...]] = []
    flat: list[int] = []
    for word in words[1:-1]:
        if word == "-":
            continue
        if word.isdecimal() and 1 <= (k := int(word)) <= n:  # one candidate: the usual case
            flat.append(k)
            ranking.append(k)
            continue
        parts = word.split("=")
        for part in parts:
            if not part.isdecimal() or not 1 <= int(part) <= n:
                raise InvalidInputError.at(
                    where, f"{part!r} (in {word!r}) is not a candidate number 1 to {n}"
                )
        group = tuple(int(p) for p in parts)
        flat.extend(group)
        ranking.append(group if len(group) > 1 else group[0])
    if len(set(flat)) != len(flat):
        raise InvalidInputError.at(where, "ranks a candidate twice")
    return tuple(ranking), int(words[0]), ballot_id


def _ballot_lines(
    lines: list[tuple[int, str]], at: int, n: int, text: str
) -> tuple[list[_Raw], list[Problem], int]:
    """The ballot lines up to the closing ``0``, the problems found, and the next index."""
    raw: list[_Raw] = []
    problems: list[Problem] = []
    seen: dict[str, _Raw] = {}  # a line's reading depends only on its text: read it once
    while True:
        if at >= len(lines):
            raise InvalidInputError.at(
                f"line {len(text.splitlines()) + 1}", "the ballots must end with a line '0'"
            )
        number, line = lines[at]
        at += 1
        if line == "0":
            return raw, problems, at
        known = seen.get(line)
        if known is not None:
            raw.append(known)
            continue
        try:
            read = _ballot(line, f"line {number}", n)
        except InvalidInputError as err:
            problems.extend(err.problems)
        else:
            raw.append(read)
            if read[2] is None:  # a line with an id is one voter's: never repeated
                seen[line] = read


def _names(
    lines: list[tuple[int, str]], at: int, n: int, problems: list[Problem]
) -> tuple[tuple[str, ...], str]:
    """The candidates' names and the title, after the ballots; nothing may follow."""
    names: list[str] = []
    for number, line in lines[at : at + n + 1]:
        try:
            names.append(_quoted(line, f"line {number}"))
        except InvalidInputError as err:
            problems.extend(err.problems)
    if problems:
        raise InvalidInputError(problems)
    if len(names) < n + 1:
        last = lines[-1][0] if lines else 1
        raise InvalidInputError.at(
            f"line {last}", f"expected {n} candidate names and a title, found {len(names)} lines"
        )
    if at + n + 1 < len(lines):
        number, line = lines[at + n + 1]
        raise InvalidInputError.at(f"line {number}", f"unexpected text after the title: {line!r}")
    cands = tuple(names[:n])
    dupes = sorted(c for c, k in Counter(cands).items() if k > 1)
    if dupes:
        raise InvalidInputError.at(
            f"line {lines[at][0]}", f"candidate names must differ: {', '.join(dupes)} repeated"
        )
    return cands, names[n]


def _parse(text: str) -> BltElection:
    lines = list(_lines(text))
    n, seats, at = _header(lines)
    withdrawn, tie, at = _options(lines, at, n)
    raw, problems, at = _ballot_lines(lines, at, n, text)
    cands, title = _names(lines, at, n, problems)
    ids = [b for _, _, b in raw if b is not None]
    repeated = sorted(b for b, k in Counter(ids).items() if k > 1)
    if repeated:
        raise InvalidInputError.at("ballots", f"ballot ids repeated: {', '.join(repeated)}")
    made: dict[_Raw, BltBallot] = {}  # identical lines share one (immutable) ballot

    def ballot(r: _Raw) -> BltBallot:
        b = made.get(r)
        if b is None:
            ranking, weight, ballot_id = r
            b = BltBallot(
                ranking=tuple(
                    cands[k - 1] if isinstance(k, int) else tuple(cands[j - 1] for j in k)
                    for k in ranking
                ),
                weight=weight,
                ballot_id=ballot_id,
            )
            if ballot_id is None:
                made[r] = b
        return b

    return BltElection(
        title=title,
        candidates=cands,
        seats=seats,
        withdrawn=tuple(cands[k - 1] for k in sorted(set(withdrawn))),
        tie_order=tuple(cands[k - 1] for k in tie),
        ballots=tuple(map(ballot, raw)),
    )


def load_blt(source: str | os.PathLike[str]) -> BltElection:
    r"""Read a BLT file (any path-like object, or the file's text as a string).

    A string is the file's *content*, never a file name: wrap a name in
    :class:`~pathlib.Path` (``load_blt(Path("count.blt"))``).

    Raises:
        InvalidInputError: The first malformed line, or every malformed ballot and name line,
            each named ``line N`` (counted from 1, as an editor shows them).

    Example:
        >>> e = load_blt('3 1\n-3\n2 1 - 2 0\n0\n"Ann"\n"Bob"\n"Cy"\n"Chair"\n')
        >>> e.title, e.withdrawn, e.ballots[0].ranking, e.ballots[0].weight
        ('Chair', ('Cy',), ('Ann', 'Bob'), 2)
    """
    check_arguments(load_blt, locals(), documents=("source",))
    text = Path(source).read_text(encoding="utf-8") if isinstance(source, os.PathLike) else source
    with _collector_paused():  # a line's tuples are many small objects: no collector passes
        return _parse(text.removeprefix("\ufeff"))


def dump_blt(election: BltElection) -> str:
    """Write a :class:`BltElection` as BLT text (``load_blt(dump_blt(e)) == e``).

    Raises:
        InvalidInputError: A name holding a double quote or a line break (BLT cannot quote
            it), a ranking naming someone not on the list, an id BLT cannot hold, or a tie
            order that does not list each candidate once.

    Example:
        >>> e = BltElection(
        ...     title="Chair",
        ...     candidates=("Ann", "Bob"),
        ...     seats=1,
        ...     ballots=(BltBallot(ranking=("Bob", "Ann"), weight=2),),
        ... )
        >>> print(dump_blt(e))
        2 1
        2 2 1 0
        0
        "Ann"
        "Bob"
        "Chair"
        <BLANKLINE>
    """
    check_arguments(dump_blt, locals())
    problems = [
        Problem(
            f"candidates[{i}]" if i < len(election.candidates) else "title", "cannot be quoted"
        )
        for i, name in enumerate((*election.candidates, election.title))
        if '"' in name or any(ch in name for ch in _BREAKS)
    ]
    number = {c: i for i, c in enumerate(election.candidates, start=1)}
    lines = [f"{len(election.candidates)} {election.seats}"]
    if election.withdrawn:
        lines.append(" ".join(f"-{number[c]}" for c in election.withdrawn if c in number))
    if election.tie_order:
        if sorted(election.tie_order) != sorted(election.candidates):
            problems.append(Problem("tie_order", "must list each candidate once"))
        else:
            lines.append(f"[tie {' '.join(str(number[c]) for c in election.tie_order)}]")
    problems.extend(
        Problem("withdrawn", f"{c!r} is not a candidate")
        for c in election.withdrawn
        if c not in number
    )
    for i, b in enumerate(election.ballots):
        places = [(r,) if isinstance(r, str) else r for r in b.ranking]
        if any(c not in number for g in places for c in g) or any(not g for g in places):
            problems.append(Problem(f"ballots[{i}]", "names an unknown candidate or no one"))
            continue
        if b.ballot_id is not None and not _ID.fullmatch(f"({b.ballot_id})"):
            problems.append(Problem(f"ballots[{i}].ballot_id", "holds a space or parenthesis"))
            continue
        head = f"({b.ballot_id})" if b.ballot_id is not None else str(b.weight)
        words = ("=".join(str(number[c]) for c in g) for g in places)
        lines.append(" ".join([head, *words, "0"]))
    if problems:
        raise InvalidInputError(problems)
    lines.append("0")
    lines.extend(f'"{name}"' for name in (*election.candidates, election.title))
    return "\n".join(lines) + "\n"
