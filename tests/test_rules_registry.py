"""The rule registry (``openinfra_model.core.rules``) and the rules reference page.

Every rule id a check can carry is declared once in the registry; the source is scanned with
``ast`` for the ids it builds checks with (``Check("x.y", ...)``, a name bound to a literal, a
parameter's default or the literals its callers pass, an f-string of such names, a
``rule_id=`` keyword), and the generated reference page must have an anchor for each.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import openinfra_model
from openinfra_model.core.rules import CONCERNS, RULES, rule

if TYPE_CHECKING:
    from types import ModuleType

SRC = Path(openinfra_model.__file__).parent
DOCS = Path(__file__).parent.parent / "docs"

_Function = ast.FunctionDef | ast.AsyncFunctionDef


def _reference_module() -> ModuleType:
    """Load ``docs/_rules_reference.py``, the generator of the reference page."""
    spec = importlib.util.spec_from_file_location("_rules_reference", DOCS / "_rules_reference.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("_rules_reference", module)
    spec.loader.exec_module(module)
    return module


class _Scanner:
    """The rule ids (exact) and id patterns (f-strings over enum values) of one module."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.parents: dict[ast.AST, ast.AST] = {
            child: node for node in ast.walk(self.tree) for child in ast.iter_child_nodes(node)
        }
        self.ids: set[str] = set()
        self.patterns: set[str] = set()
        self.unresolved: list[str] = []

    def enclosing(self, node: ast.AST) -> _Function | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, _Function):
                return node
        return None

    @staticmethod
    def _params(fn: _Function) -> dict[str, ast.expr | None]:
        """Each parameter of ``fn`` and its default (``None`` for none)."""
        positional = [*fn.args.posonlyargs, *fn.args.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(fn.args.defaults))
        out = dict(zip([a.arg for a in positional], [*defaults, *fn.args.defaults], strict=True))
        out.update(
            {a.arg: d for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults, strict=True)}
        )
        return out

    def resolve(self, expr: ast.expr, scope: _Function | None, depth: int = 0) -> list[str]:
        """The exact ids ``expr`` may hold, or ``[]`` with a pattern or an unresolved note."""
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return [expr.value]
        if isinstance(expr, ast.IfExp):
            return self.resolve(expr.body, scope, depth) + self.resolve(expr.orelse, scope, depth)
        if isinstance(expr, ast.JoinedStr):
            return self._fstring(expr, scope, depth)
        if isinstance(expr, ast.Name) and depth < 4:
            return self._name(expr, scope, depth)
        self.unresolved.append(f"{self.path.name}:{expr.lineno} {ast.unparse(expr)}")
        return []

    def _fstring(self, expr: ast.JoinedStr, scope: _Function | None, depth: int) -> list[str]:
        parts = [""]
        exact = True
        for value in expr.values:
            if isinstance(value, ast.Constant):
                parts = [p + re.escape(str(value.value)) for p in parts]
                continue
            assert isinstance(value, ast.FormattedValue)
            inner: list[str] = []
            if isinstance(value.value, ast.Name):
                probe = _Scanner.__new__(_Scanner)
                probe.__dict__.update(self.__dict__, unresolved=[], patterns=set())
                inner = probe.resolve(value.value, scope, depth + 1)
                inner = inner if not probe.unresolved and not probe.patterns else []
            if inner:
                parts = [p + re.escape(x) for p in parts for x in inner]
            else:
                exact = False
                parts = [p + "[a-z0-9_]+" for p in parts]
        if exact:
            return [re.sub(r"\\(.)", r"\1", p) for p in parts]
        self.patterns.update(parts)
        return []

    def _bound(self, name: str, scope: _Function | None) -> list[ast.expr | None] | None:
        """What ``name`` is assigned in the function or at the module's top level, if at all."""
        places: list[list[ast.AST]] = [list(ast.walk(scope))] if scope is not None else []
        places.append(list(self.tree.body))
        for nodes in places:
            values = [
                node.value
                for node in nodes
                if (
                    isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
                )
                or (
                    isinstance(node, ast.AnnAssign)
                    and isinstance(node.target, ast.Name)
                    and node.target.id == name
                )
            ]
            if values:
                return values
        return None

    def _name(self, expr: ast.Name, scope: _Function | None, depth: int) -> list[str]:
        found: list[str] = []
        values = self._bound(expr.id, scope)
        if values is not None:  # bound to literals, or to f-strings that add patterns
            return [
                rid for v in values if v is not None for rid in self.resolve(v, scope, depth + 1)
            ]
        # A parameter of this or an enclosing function: its default, and what callers pass.
        while scope is not None and expr.id not in self._params(scope):
            scope = self.enclosing(scope)
        if scope is None:
            self.unresolved.append(f"{self.path.name}:{expr.lineno} {expr.id}")
            return []
        params = self._params(scope)
        default = params[expr.id]
        sources = 0
        if default is not None:
            sources += 1
            found += self.resolve(default, None, depth + 1)
        index = list(params).index(expr.id)
        for call in ast.walk(self.tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
                continue
            if call.func.id != scope.name:
                continue
            arg = call.args[index] if index < len(call.args) else None
            arg = next((k.value for k in call.keywords if k.arg == expr.id), arg)
            if arg is not None:
                sources += 1
                found += self.resolve(arg, self.enclosing(call), depth + 1)
        if not sources:
            self.unresolved.append(f"{self.path.name}:{expr.lineno} {expr.id}")
        return found

    def scan(self) -> _Scanner:
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                value = keyword.value
                if keyword.arg == "rule_id" and isinstance(value, ast.Constant):
                    self.ids.add(str(value.value))
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name != "Check":
                continue
            arg = node.args[0] if node.args else None
            arg = next((k.value for k in node.keywords if k.arg == "rule_id"), arg)
            if arg is not None:
                self.ids.update(self.resolve(arg, self.enclosing(node)))
        return self


def _scan() -> tuple[set[str], set[str], list[str]]:
    ids: set[str] = set()
    patterns: set[str] = set()
    unresolved: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        scanner = _Scanner(path).scan()
        ids |= scanner.ids
        patterns |= scanner.patterns
        unresolved += scanner.unresolved
    return ids, patterns, unresolved


IDS, PATTERNS, UNRESOLVED = _scan()


class TestRegistry:
    """Every rule id the source builds a check with is declared once, with a concern."""

    def test_scan_resolves_every_check(self) -> None:
        """The scan finds a literal or an f-string behind every ``Check(...)`` rule id."""
        assert [] == UNRESOLVED

    def test_scan_finds_the_rules(self) -> None:
        """The scan itself works: it sees ids in plain calls and behind names."""
        assert {"board.diversity.limit", "elections.calendar.vote_length_days"} <= IDS

    def test_every_id_in_the_source_is_registered(self) -> None:
        """No ``Check`` carries an id the registry lacks."""
        assert set() == IDS - set(RULES)

    @pytest.mark.parametrize("pattern", sorted(PATTERNS))
    def test_every_id_family_is_registered(self, pattern: str) -> None:
        """An id built from an enum (``rights.<holder>.<right>``) has its members registered."""
        assert [] != [rid for rid in RULES if re.fullmatch(pattern, rid)]

    def test_every_registered_id_is_used(self) -> None:
        """The registry declares no id that no check carries."""
        used = {rid for rid in RULES if rid in IDS or any(re.fullmatch(p, rid) for p in PATTERNS)}
        assert set() == set(RULES) - used

    def test_concerns_are_known(self) -> None:
        """Each rule names a concern with a documentation page."""
        assert set() == {r.concern for r in RULES.values()} - set(CONCERNS)
        for concern in CONCERNS:
            assert (DOCS / "concerns" / f"{concern}.md").is_file()

    def test_lookup(self) -> None:
        """``rule`` finds a registered id and refuses an unknown one."""
        assert "diversity" == rule("board.diversity.limit").concern
        with pytest.raises(KeyError):
            rule("board.no_such_rule")


class TestReferencePage:
    """The generated rules reference has one anchor per registered id."""

    def test_every_registered_id_has_an_anchor(self) -> None:
        """Each id is a labelled section (``rule-<id>``) of the page."""
        page = _reference_module().rules_page()
        labels = re.findall(r"^\(rule-([^)]+)\)=$", page, flags=re.MULTILINE)
        assert sorted(RULES) == sorted(labels)

    def test_every_dated_parameter_has_an_anchor(self) -> None:
        """Each dated table is a labelled section (``param-<id>``) with its windows."""
        module = _reference_module()
        page = module.parameters_page()
        from openinfra_model.core.regimes import all_tables  # noqa: PLC0415 - after the import

        labels = re.findall(r"^\(param-([^)]+)\)=$", page, flags=re.MULTILINE)
        assert sorted(all_tables()) == sorted(labels)
        assert len(all_tables()) > 0
