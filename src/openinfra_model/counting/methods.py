"""The default voting method of each kind of election, by date.

The method is a property of each election (a count names it); these dated tables give the
published practice on the date of the vote, for callers who do not name one.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import (
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments
from openinfra_model.counting.model import ElectionKind, VotingMethod

if TYPE_CHECKING:
    from openinfra_model.core.regimes import DatedTable

__all__ = [
    "GOLD_METHOD",
    "INDIVIDUAL_METHOD",
    "MEEK_ANNOUNCED",
    "TC_METHOD",
    "default_method",
]

MEEK_ANNOUNCED = date(2025, 10, 27)
"""The 2026 election page announces Meek STV for Governing Board elections [quoted]."""

GOLD_PLURALITY_FROM = date(2013, 1, 1)
"""First Gold selector vote after the 2012 one (held 2013-01-03) [inferred boundary]."""


INDIVIDUAL_METHOD: DatedTable[VotingMethod] = parameter("counting.method.individual", VotingMethod)
"""Individual Directors / OIF Individual Member Representatives."""

GOLD_METHOD: DatedTable[VotingMethod] = parameter("counting.method.gold", VotingMethod)
"""Gold Director Selectors / Gold Representatives."""

TC_METHOD: DatedTable[VotingMethod] = parameter("counting.method.tc", VotingMethod)
"""OpenStack Technical Committee."""

_TABLES = {
    ElectionKind.INDIVIDUAL_DIRECTORS: INDIVIDUAL_METHOD,
    ElectionKind.OIF_INDIVIDUAL_REPRESENTATIVES: INDIVIDUAL_METHOD,
    ElectionKind.GOLD_DIRECTOR_SELECTORS: GOLD_METHOD,
    ElectionKind.GOLD_REPRESENTATIVES: GOLD_METHOD,
    ElectionKind.TECHNICAL_COMMITTEE: TC_METHOD,
    # PTL elections are single-winner: "a Condorcet system shall be used" (TC charter).
    ElectionKind.PROJECT_TEAM_LEAD: TC_METHOD,
}


def default_method(kind: ElectionKind, *, as_of: date) -> VotingMethod:
    """The published voting method of an election of ``kind`` held on ``as_of``.

    Individual Directors and OIF Individual Representatives share one table, as do Gold
    Director Selectors and Gold Representatives, and TC and PTL elections.

    Raises:
        NoRegimeError: ``as_of`` is before the first supported date.
        InvalidInputError: ``kind`` is a class vote, which elects nobody.

    Example:
        >>> default_method(ElectionKind.INDIVIDUAL_DIRECTORS, as_of=date(2025, 1, 13)).value
        'cumulative'
        >>> default_method(ElectionKind.INDIVIDUAL_DIRECTORS, as_of=date(2026, 1, 13)).value
        'meek_stv'
    """
    check_arguments(default_method, locals())
    table = _TABLES.get(kind)
    if table is None:
        raise InvalidInputError.at("kind", f"{kind.value} elects nobody: it has no voting method")
    return table._value(as_of)
