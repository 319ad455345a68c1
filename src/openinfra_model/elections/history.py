"""The published board elections, as data (governance reference §3.1, §3.2 and §7.1).

Each :class:`~openinfra_model.Election` carries the source of its dates. Only
what was published is recorded: nomination windows and application deadlines are known for
2026 only, and the Gold selector days for 2013, 2014 and 2026.
"""

from __future__ import annotations

from datetime import date

from openinfra_model.core.citations import Citation
from openinfra_model.core.errors import UnknownIdError
from openinfra_model.core.validate import check_arguments
from openinfra_model.elections.model import (
    DayRange,
    Election,
    ElectionKind,
    Electorate,
    VotingMethod,
)

__all__ = [
    "BOARD_ELECTIONS",
    "GOLD_2012",
    "GOLD_2013",
    "GOLD_2014",
    "GOLD_2026",
    "INDIVIDUAL_2012",
    "INDIVIDUAL_2013",
    "INDIVIDUAL_2014",
    "INDIVIDUAL_2015",
    "INDIVIDUAL_2022",
    "INDIVIDUAL_2023",
    "INDIVIDUAL_2024",
    "INDIVIDUAL_2025",
    "INDIVIDUAL_2026",
    "election",
    "elections",
]

_PAGE_2012 = Citation(
    "election-page", date(2012, 8, 1), "openstack.org/election/2012-board-election"
)
_LIST_2013 = Citation("election-page", date(2012, 11, 1), "foundation list 2012-November/001257")
_LIST_2014 = Citation("election-page", date(2013, 12, 1), "foundation list 2013-December/001613")
_SLIDES_2015 = Citation("election-page", date(2014, 12, 18), "meeting notice (2014-12-18 slides)")
_PAGE_2022 = Citation("election-page", date(2021, 11, 1), "2022 election page")
_PAGE_2023 = Citation("election-page", date(2022, 11, 1), "2023 election page")
_PAGE_2024 = Citation("election-page", date(2023, 12, 27), "2024 election page (corrected)")
_PAGE_2025 = Citation("election-page", date(2024, 11, 1), "2025 election page")
_PAGE_2026 = Citation("election-page", date(2025, 12, 4), "2026 election page")
_MCKENTY_2012 = Citation(
    "election-page",
    date(2012, 8, 20),
    "foundation list, Aug 2012 (restricted voting) [paraphrased; post not found]",
)


def _individual(  # noqa: PLR0913  (one row of the published table)
    year: int,
    first: date,
    last: date,
    seats: int,
    source: Citation,
    *,
    method: VotingMethod = VotingMethod.CUMULATIVE,
) -> Election:
    lf = first >= date(2025, 6, 1)
    return Election(
        id=f"{year}-individual",
        kind=(
            ElectionKind.OIF_INDIVIDUAL_REPRESENTATIVES
            if lf
            else ElectionKind.INDIVIDUAL_DIRECTORS
        ),
        electorate=Electorate.OIF_INDIVIDUAL_MEMBERS if lf else Electorate.INDIVIDUAL_MEMBERS,
        seats=seats,
        method=method,
        voting=DayRange(first, last),
        sources=(source,),
    )


INDIVIDUAL_2012 = _individual(2012, date(2012, 8, 20), date(2012, 8, 24), 8, _PAGE_2012)
"""The initial election (a special meeting, in August)."""
INDIVIDUAL_2013 = _individual(2013, date(2013, 1, 14), date(2013, 1, 18), 8, _LIST_2013)
INDIVIDUAL_2014 = _individual(2014, date(2014, 1, 13), date(2014, 1, 17), 8, _LIST_2014)
INDIVIDUAL_2015 = _individual(2015, date(2015, 1, 12), date(2015, 1, 16), 8, _SLIDES_2015)
INDIVIDUAL_2022 = _individual(2022, date(2022, 1, 10), date(2022, 1, 14), 9, _PAGE_2022)
INDIVIDUAL_2023 = _individual(2023, date(2023, 1, 9), date(2023, 1, 13), 7, _PAGE_2023)
INDIVIDUAL_2024 = _individual(2024, date(2024, 1, 8), date(2024, 1, 12), 5, _PAGE_2024)
INDIVIDUAL_2025 = _individual(2025, date(2025, 1, 13), date(2025, 1, 17), 7, _PAGE_2025)
INDIVIDUAL_2026 = Election(
    id="2026-individual",
    kind=ElectionKind.OIF_INDIVIDUAL_REPRESENTATIVES,
    electorate=Electorate.OIF_INDIVIDUAL_MEMBERS,
    seats=8,
    method=VotingMethod.MEEK_STV,
    voting=DayRange(date(2026, 1, 13), date(2026, 1, 17)),
    nominations=DayRange(date(2025, 11, 10), date(2025, 12, 12)),
    application_deadline=date(2025, 12, 19),
    sources=(_PAGE_2026,),
)
"""The first Linux Foundation era election (Meek STV, 8 seats after the 2025-12-04 update)."""


def _gold(year: int, day: date, seats: int, source: Citation, method: VotingMethod) -> Election:
    lf = day >= date(2025, 6, 1)
    return Election(
        id=f"{year}-gold",
        kind=ElectionKind.GOLD_REPRESENTATIVES if lf else ElectionKind.GOLD_DIRECTOR_SELECTORS,
        electorate=Electorate.GOLD_MEMBERS,
        seats=seats,
        method=method,
        voting=DayRange(day, day),
        sources=(source,),
    )


GOLD_2012 = Election(
    id="2012-gold",
    kind=ElectionKind.GOLD_DIRECTOR_SELECTORS,
    electorate=Electorate.GOLD_MEMBERS,
    seats=8,
    method=VotingMethod.RESTRICTED,
    voting=DayRange(date(2012, 8, 13), date(2012, 8, 17)),
    sources=(_PAGE_2012, _MCKENTY_2012),
)
GOLD_2013 = _gold(2013, date(2013, 1, 3), 8, _LIST_2013, VotingMethod.PLURALITY)
GOLD_2014 = _gold(2014, date(2014, 1, 6), 8, _LIST_2014, VotingMethod.PLURALITY)
GOLD_2026 = _gold(2026, date(2026, 1, 8), 8, _PAGE_2026, VotingMethod.MEEK_STV)

BOARD_ELECTIONS: tuple[Election, ...] = (
    GOLD_2012,
    INDIVIDUAL_2012,
    GOLD_2013,
    INDIVIDUAL_2013,
    GOLD_2014,
    INDIVIDUAL_2014,
    INDIVIDUAL_2015,
    INDIVIDUAL_2022,
    INDIVIDUAL_2023,
    INDIVIDUAL_2024,
    INDIVIDUAL_2025,
    GOLD_2026,
    INDIVIDUAL_2026,
)
"""Every published board election, oldest first."""

_BY_ID = {e.id: e for e in BOARD_ELECTIONS}


def elections() -> tuple[Election, ...]:
    """Every published board election, oldest first (the ids the command line accepts).

    Example:
        >>> [e.id for e in elections()][-2:]
        ['2026-gold', '2026-individual']

    .. versionadded:: 0.2
    """
    return BOARD_ELECTIONS


def election(election_id: str) -> Election:
    """The published board election with this id (``"<year>-individual"``, ``"<year>-gold"``).

    The ids are those of :func:`elections` and of the command line's ``electorate`` command.

    Raises:
        UnknownIdError: No published election has that id; the message lists the known ids.

    Example:
        >>> e = election("2026-individual")
        >>> e.seats, e.method.value, e.voting.first.isoformat()
        (8, 'meek_stv', '2026-01-13')
        >>> election("2027-gold")
        Traceback (most recent call last):
        ...
        openinfra_model.UnknownIdError: unknown election '2027-gold'; known: 2012-gold, ...

    .. versionadded:: 0.2
    """
    check_arguments(election, locals())
    found = _BY_ID.get(election_id)
    if found is None:
        raise UnknownIdError("election", election_id, _BY_ID)
    return found
