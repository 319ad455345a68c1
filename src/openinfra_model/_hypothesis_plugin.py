"""Hypothesis entry point: teach ``st.from_type`` the library's valid-by-construction values.

Hypothesis calls :func:`register_strategies` when it is imported, through the ``hypothesis``
entry point in ``pyproject.toml``. It registers every public type of the library, each with a
deferred strategy that imports :mod:`openinfra_model.strategies` on first draw, so
``st.from_type`` works in a fresh process whatever was imported first. Nothing here runs unless
Hypothesis is installed and imported.
"""

from __future__ import annotations

import importlib
from typing import Any

from openinfra_model._strategy_table import STRATEGY_TABLE

__all__ = ["STRATEGY_TABLE", "register_strategies"]


def _windows_for(window_type: Any) -> Any:  # noqa: ANN401 - Hypothesis passes the generic alias
    from decimal import Decimal  # noqa: PLC0415 - kept local like the rest of the hook

    from hypothesis import strategies as st  # noqa: PLC0415 - only with Hypothesis

    from openinfra_model.strategies import windows  # noqa: PLC0415 - imports Hypothesis

    args = getattr(window_type, "__args__", ())
    if not args:
        return windows(st.integers())
    if args[0] is Decimal:  # finite: the wire format has no NaN or infinities
        return windows(st.decimals(allow_nan=False, allow_infinity=False))
    if args[0] is float:
        return windows(st.floats(allow_nan=False, allow_infinity=False))
    return windows(st.from_type(args[0]))


def _lazy(name: str) -> Any:  # noqa: ANN401 - a Hypothesis strategy
    """Defer to ``strategies.<name>()``: that module imports Hypothesis, which runs this hook."""
    from hypothesis import strategies as st  # noqa: PLC0415 - only with Hypothesis

    def build() -> Any:  # noqa: ANN401
        module = importlib.import_module("openinfra_model.strategies")
        return getattr(module, name)()

    return st.deferred(build)


def register_strategies() -> None:
    """Register a strategy for every public type of the library with ``st.from_type``."""
    from hypothesis import strategies as st  # noqa: PLC0415 - only with Hypothesis

    for module_name, class_name, strategy_name in STRATEGY_TABLE:
        cls = getattr(importlib.import_module(module_name), class_name)
        if class_name == "Window":
            st.register_type_strategy(cls, _windows_for)
        else:
            st.register_type_strategy(cls, _lazy(strategy_name))


_hypothesis_setup_hook = register_strategies
"""The name older installs' entry point names (kept for installed metadata of 0.1 dev builds)."""
