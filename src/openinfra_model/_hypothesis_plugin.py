"""Hypothesis entry point: teach ``st.from_type`` the library's valid-by-construction values.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, through the
``hypothesis`` entry point in ``pyproject.toml``. Nothing here runs unless Hypothesis is
installed and imported.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__: list[str] = []


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


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 - only with Hypothesis

    from openinfra_model.board.seating import Seating  # noqa: PLC0415 - loaded only by the hook
    from openinfra_model.core.citations import Citation, Document  # noqa: PLC0415 - loaded only by the hook
    from openinfra_model.core.decisions import Check, Decision, Status  # noqa: PLC0415 - loaded only by the hook
    from openinfra_model.core.errors import Problem  # noqa: PLC0415 - loaded only by the hook
    from openinfra_model.core.regimes import Regime, Window  # noqa: PLC0415 - loaded only by the hook
    from openinfra_model.membership import (  # noqa: PLC0415 - loaded only by the hook
        Individual,
        LinuxFoundationMembership,
        Membership,
    )
    from openinfra_model.membership.organizations import ControlLink, Organization  # noqa: PLC0415 - loaded only by the hook
    from openinfra_model.membership.roster import Roster  # noqa: PLC0415 - loaded only by the hook

    for cls, name in [
        (Status, "statuses"),
        (Citation, "citations"),
        (Check, "checks"),
        (Decision, "decisions"),
        (ControlLink, "control_links"),
        (Organization, "organizations"),
        (LinuxFoundationMembership, "linux_foundation_memberships"),
        (Membership, "memberships"),
        (Individual, "individuals"),
        (Roster, "rosters"),
        (Document, "documents"),
        (Problem, "problems"),
        (Seating, "seatings"),
        (Regime, "regimes_on"),
    ]:
        st.register_type_strategy(cls, _lazy(name))
    st.register_type_strategy(Window, _windows_for)
