"""Every quote the library ships is verbatim from the text it cites (issue 12, item 6).

The source passages are copied into ``tests/data/source_quotes/<document>__<version>.txt``;
each file starts with ``# `` header lines saying where and when the text was read. A quote
passes when it is a substring of the passage file of its document and version, allowing only:
an elision ``[...]`` between pieces that are each exact and in order (at most 400 characters
apart), and the typographic differences the sources' formats introduce (line wrapping and
runs of spaces, curly quotes, Markdown escapes and emphasis, e-mail quote markers). A
case-insensitive match is not a pass.

The quotes come from every citation the package holds: module-level constants and dated tables
(walked from each module's globals), citations written inline in functions (read from the
source with :mod:`ast`) and the bundled data sets.
"""

from __future__ import annotations

import ast
import importlib
import itertools
import pkgutil
import re
from datetime import date
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING

import attrs
import pytest

import openinfra_model
from openinfra_model.core.citations import Citation
from openinfra_model.core.regimes import DatedTable, all_tables

if TYPE_CHECKING:
    from collections.abc import Callable

SOURCES = Path(__file__).parent / "data" / "source_quotes"
PACKAGE = Path(openinfra_model.__file__).parent
ELISION = "[...]"
MAX_GAP = 400

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>\n]+>")
_ESC = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~\"'$&])")
_EMPH = re.compile(r"\*\*|__|\*|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_WS = re.compile(r"\s+")
_MAILQ = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def _markdown(s: str) -> str:
    s = _ESC.sub(r"\1", s)
    s = _LINK.sub(r"\1", s)
    s = _TAG.sub("", s)
    return _EMPH.sub("", s)


def _mailquote(s: str) -> str:
    return _MAILQ.sub("", s)


def _straight_quotes(s: str) -> str:
    return s.translate(_QUOTES)


def _whitespace(s: str) -> str:
    return _WS.sub(" ", s).strip()


_NORMALISE: tuple[Callable[[str], str], ...] = (
    _mailquote,
    _markdown,
    _straight_quotes,
    _whitespace,
)


def _in_order(pieces: list[str], text: str) -> bool:
    """Each piece occurs after the previous one, at most ``MAX_GAP`` characters later."""

    def rest(k: int, pos: int) -> bool:
        if k == len(pieces):
            return True
        i = text.find(pieces[k], pos)
        while i >= 0 and i - pos <= MAX_GAP:
            if rest(k + 1, i + len(pieces[k])):
                return True
            i = text.find(pieces[k], i + 1)
        return False

    i = text.find(pieces[0])
    while i >= 0:
        if rest(1, i + len(pieces[0])):
            return True
        i = text.find(pieces[0], i + 1)
    return False


def _found(quote: str, text: str) -> bool:
    if quote in text:
        return True
    for k in range(len(_NORMALISE) + 1):
        for combo in itertools.combinations(_NORMALISE, k):
            q, t = quote, text
            for f in combo:
                q, t = f(q), f(t)
            pieces = [p.strip() for p in q.split(ELISION) if p.strip()]
            if q in t or (ELISION in q and pieces and _in_order(pieces, t)):
                return True
    return False


def _passages() -> dict[tuple[str, date], str]:
    out: dict[tuple[str, date], str] = {}
    for f in sorted(SOURCES.glob("*__*.txt")):
        doc, _, ver = f.stem.rpartition("__")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ver):
            continue
        lines = f.read_text(encoding="utf-8").split("\n")
        body = itertools.dropwhile(lambda line: line.startswith("#"), lines)
        out[doc, date.fromisoformat(ver)] = "\n".join(body)
    return out


def _children(value: object) -> list[object]:
    if isinstance(value, (tuple, list, set, frozenset)):
        return list(value)
    if isinstance(value, (dict, MappingProxyType)):
        return [x for kv in value.items() for x in kv]
    if isinstance(value, DatedTable):
        return list(value.windows)
    if attrs.has(type(value)):
        return [getattr(value, a.name, None) for a in getattr(type(value), "__attrs_attrs__", ())]
    return []


def _walk(value: object, seen: dict[int, object], out: set[Citation]) -> None:
    # ``seen`` breaks cycles; it keeps each object alive so that its id is not reused by a
    # later temporary (which would then be skipped). No depth limit: what is found never
    # depends on the order in which shared objects are first met.
    if id(value) in seen:
        return
    seen[id(value)] = value
    if isinstance(value, Citation):
        out.add(value)
        return
    for child in _children(value):
        _walk(child, seen, out)


def _modules() -> list[ModuleType]:
    mods = [openinfra_model]
    for info in pkgutil.walk_packages(openinfra_model.__path__, "openinfra_model."):
        if info.name.endswith("__main__") or info.name == "openinfra_model._hypothesis_plugin":
            continue
        mods.append(importlib.import_module(info.name))
    return [m for m in mods if getattr(m, "__file__", "").startswith(str(PACKAGE))]


def _inline(py: Path, namespace: dict[str, object]) -> set[Citation]:
    """Citations written as ``Citation(...)``/``cite(...)`` calls with a literal quote."""
    out: set[Citation] = set()
    for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", None))
        if name not in {"Citation", "cite"} or len(node.args) < 4:
            continue
        try:
            args = [
                eval(compile(ast.Expression(a), str(py), "eval"), dict(namespace))  # noqa: S307
                for a in node.args[:4]
            ]
        except (NameError, AttributeError, TypeError):
            continue  # built from a function's arguments: caught by the globals walk
        if isinstance(args[3], str) and isinstance(args[1], date):
            out.add(Citation(str(args[0]), args[1], str(args[2]), args[3]))
    return out


def _bundled() -> list[object]:
    from openinfra_model.community import load_community  # noqa: PLC0415
    from openinfra_model.record.boards import load_board_record  # noqa: PLC0415
    from openinfra_model.record.roster import default_roster  # noqa: PLC0415

    return [default_roster(), load_board_record(), load_community()]


def _shipped() -> list[Citation]:
    seen: dict[int, object] = {}
    found: set[Citation] = set()
    for mod in _modules():
        _walk(dict(vars(mod)), seen, found)
        if mod.__file__ is not None and mod.__file__.endswith(".py"):
            found |= _inline(Path(mod.__file__), {**vars(mod), "date": date})
    for table in all_tables().values():
        _walk(table, seen, found)
    for data in _bundled():
        _walk(data, seen, found)
    quoted = {c for c in found if c.quote}
    return sorted(quoted, key=lambda c: (c.document, c.version, c.section, c.quote or ""))


SHIPPED = _shipped()
PASSAGES = _passages()


class TestEveryQuoteVerbatim:
    """Item 6: each shipped ``Citation.quote`` is in the copied text of its document and date."""

    def test_the_collection_is_not_empty(self) -> None:
        """The walk finds the quotes (a broken walk would pass every check vacuously)."""
        assert (True, True) == (len(SHIPPED) > 150, len(PASSAGES) > 40)

    @pytest.mark.parametrize(
        "citation", SHIPPED, ids=[f"{c.document}-{c.version}-{c.section}" for c in SHIPPED]
    )
    def test_quote_is_in_its_source(self, citation: Citation) -> None:
        """The quote is in the passages of ``document__version`` (no other text counts)."""
        text = PASSAGES.get((citation.document, citation.version))
        assert citation.quote is not None
        where = f"{citation.document}__{citation.version.isoformat()}.txt"
        assert (where, True) == (where, text is not None and _found(citation.quote, text))

    def test_case_only_is_not_a_match(self) -> None:
        """A quote that matches only when case is ignored fails."""
        assert False is _found("written consent", "Written Consent")

    def test_elision_is_bounded(self) -> None:
        """Pieces of an elided quote more than 400 characters apart do not match."""
        text = "alpha " + "x" * 401 + " omega"
        assert (False, True) == (_found("alpha [...] omega", text), _found("alpha [...] x", text))
