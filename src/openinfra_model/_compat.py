"""Old import paths, kept working for one release with a ``DeprecationWarning``.

Until 0.1 every module sat at the top of the package (``openinfra_model.dues``) and the top
level re-exported about 200 names. The modules now live in packages that follow the bylaws'
articles (``openinfra_model.membership.dues``); the top level keeps the shared types and a
few entry points. Importing an old module, or reading a name the top level no longer exports,
still works and warns with the new place (DECISIONS §5).
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
from typing import TYPE_CHECKING

from openinfra_model.core.deprecations import warn_deprecated

if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

__all__ = ["MOVED_MODULES", "NEW_HOMES", "install", "moved_name"]

MOVED_MODULES: dict[str, tuple[str, ...]] = {
    "openinfra_model.citations": ("openinfra_model.core.citations",),
    "openinfra_model.decisions": ("openinfra_model.core.decisions",),
    "openinfra_model.errors": ("openinfra_model.core.errors",),
    "openinfra_model.money": ("openinfra_model.core.money",),
    "openinfra_model.regimes": ("openinfra_model.core.regimes",),
    "openinfra_model.convert": ("openinfra_model.core.convert",),
    "openinfra_model.organizations": ("openinfra_model.membership.organizations",),
    "openinfra_model.standing": ("openinfra_model.membership.standing",),
    "openinfra_model.tiers": ("openinfra_model.membership.tiers",),
    "openinfra_model.dues": ("openinfra_model.membership.dues",),
    "openinfra_model.rights": ("openinfra_model.membership.rights",),
    "openinfra_model.roster": ("openinfra_model.membership.roster",),
    "openinfra_model.lf_era": (
        "openinfra_model.membership.linux_foundation",
        "openinfra_model.funds.linux_foundation",
    ),
    "openinfra_model.affiliation": ("openinfra_model.board.affiliation",),
    "openinfra_model.diversity": ("openinfra_model.board.diversity",),
    "openinfra_model.meetings": (
        "openinfra_model.board.meetings",
        "openinfra_model.board.amendments",
    ),
    "openinfra_model.seating": ("openinfra_model.board.seating",),
    "openinfra_model.directed_funds": ("openinfra_model.funds.projects",),
    "openinfra_model.dataset": ("openinfra_model.record.roster",),
    "openinfra_model.board_record": ("openinfra_model.record.boards",),
}
"""Each old module and the module(s) that now hold its names."""

NEW_HOMES: tuple[str, ...] = (
    "openinfra_model.membership",
    "openinfra_model.board",
    "openinfra_model.elections",
    "openinfra_model.counting",
    "openinfra_model.funds",
    "openinfra_model.community",
    "openinfra_model.record",
    "openinfra_model.report",
    "openinfra_model.core",
)
"""Where a name the top level no longer exports is looked up, in this order."""


def _warn(old: str, new: str, stacklevel: int) -> None:
    # The one deprecation message of the package (removal release: REMOVED_AFTER).
    warn_deprecated(old, new, stacklevel=stacklevel + 1)


class _MovedModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Answers imports of the old module paths with a module that forwards to the new ones."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,  # noqa: ARG002 - the finder protocol's signature
        target: ModuleType | None = None,  # noqa: ARG002
    ) -> ModuleSpec | None:
        if fullname not in MOVED_MODULES:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:  # noqa: ARG002
        return None

    def exec_module(self, module: ModuleType) -> None:
        homes = MOVED_MODULES[module.__name__]
        _warn(module.__name__, " and ".join(homes), stacklevel=2)
        targets = [importlib.import_module(h) for h in homes]
        names = sorted({n for t in targets for n in getattr(t, "__all__", ())})

        def forward(name: str) -> object:
            for t in targets:
                if hasattr(t, name):
                    return getattr(t, name)
            raise AttributeError(f"module {module.__name__!r} has no attribute {name!r}")

        module.__getattr__ = forward  # type: ignore[method-assign]
        module.__all__ = names  # type: ignore[attr-defined]
        module.__doc__ = f"Deprecated: moved to {' and '.join(homes)}."


_FINDER = _MovedModules()


def install() -> None:
    """Let the old module paths import (once per process)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.append(_FINDER)


def moved_name(name: str) -> object:
    """Find a name the top level no longer exports, warning with its new place.

    Raises:
        AttributeError: No package of the library exports ``name``.
    """
    old_module = f"openinfra_model.{name}"
    if old_module in MOVED_MODULES:
        return importlib.import_module(old_module)
    for home in NEW_HOMES:
        mod = importlib.import_module(home)
        if name in getattr(mod, "__all__", ()):
            _warn(f"openinfra_model.{name}", f"{home}.{name}", stacklevel=4)
            return getattr(mod, name)
    raise AttributeError(f"module 'openinfra_model' has no attribute {name!r}")
