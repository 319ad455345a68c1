"""The package's architecture: facts flow one way, and no module imports its way back.

Packages follow the bylaws' articles and depend one way: the core, then the concerns in the
order their texts build on each other (members, then the board, then elections, then counting;
funds and the community beside the board, on members only), then the bundled record, then the
outer layer (the command line, the report, the strategies). Every import counts, including
imports inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import openinfra_model

PACKAGE = Path(openinfra_model.__file__).parent

LAYERS: dict[str, int] = {
    "core": 0,
    "membership": 1,
    "board": 2,
    "funds": 2,
    "community": 2,
    "elections": 3,
    "counting": 4,
    "record": 5,
    "data": 5,
    "report": 6,
    "cli": 6,
    "strategies": 6,
    "_hypothesis_plugin": 6,
    "_strategy_table": 6,
    "__main__": 6,
    "__init__": 7,
    "_compat": 7,
}
"""The layer of each top-level part; a concern may import only parts of lower layers."""


def _part(module: str) -> str:
    """The top-level part a dotted module name belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _imports() -> dict[str, set[str]]:
    """Every module of the package and the package modules it imports, lazily or not."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.startswith("openinfra_model"):
                    found.add(node.module)
                    found.update(
                        f"{node.module}.{a.name}"
                        for a in node.names
                        if (PACKAGE.parent / f"{node.module}.{a.name}".replace(".", "/")).exists()
                        or (
                            PACKAGE.parent / (f"{node.module}.{a.name}".replace(".", "/") + ".py")
                        ).exists()
                    )
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("openinfra_model."))
        found.discard(name)
        graph[name] = found
    return graph


GRAPH = _imports()

OUTER = 6
"""From this layer up, parts may use each other (the CLI uses the report); cycles still fail."""


def _above(target: str, part: str) -> bool:
    """Whether importing ``target`` from ``part`` goes up (or sideways between concerns)."""
    if LAYERS[part] >= OUTER:
        return LAYERS[target] > LAYERS[part]
    return LAYERS[target] >= LAYERS[part]


class TestLayers:
    """Core, then concerns, then the record, then the outer layer: never the other way."""

    @pytest.mark.parametrize("module", sorted(GRAPH))
    def test_imports_go_down(self, module: str) -> None:
        """A module imports only from its own part or from parts of a lower layer."""
        part = _part(module)
        upward = sorted(
            target
            for target in GRAPH[module]
            if _part(target) != part
            and target != "openinfra_model"
            and _above(_part(target), part)
        )
        assert [] == upward

    def test_only_the_outer_layer_imports_the_top_level(self) -> None:
        """Concern modules never import ``openinfra_model`` itself (it re-exports them)."""
        importers = sorted(
            m
            for m, targets in GRAPH.items()
            if "openinfra_model" in targets and LAYERS[_part(m)] < LAYERS["report"]
        )
        assert [] == importers

    def test_every_part_has_a_layer(self) -> None:
        """A new package or module must be placed in the layering on purpose."""
        assert set() == {_part(m) for m in GRAPH} - set(LAYERS)


class TestNoCycles:
    """No chain of imports, lazy ones included, leads a module back to itself."""

    def test_no_cycles(self) -> None:
        """Depth-first search over the whole import graph finds no back edge."""
        modules = {m: {t for t in ts if t in GRAPH} for m, ts in GRAPH.items()}
        # A package's __init__ re-exports its modules: an edge from a module to its own
        # package is a cycle only if it is real, so edges into packages count as edges into
        # the modules the package imports.
        state: dict[str, int] = {}
        cycles: list[list[str]] = []

        def visit(node: str, stack: list[str]) -> None:
            state[node] = 1
            for nxt in sorted(modules[node]):
                if state.get(nxt) == 1:
                    cycles.append([*stack[stack.index(nxt) :], nxt])
                elif nxt not in state:
                    visit(nxt, [*stack, nxt])
            state[node] = 2

        for start in sorted(modules):
            if start not in state:
                visit(start, [start])
        assert [] == cycles
