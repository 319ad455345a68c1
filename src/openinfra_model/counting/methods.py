"""The default voting method of each kind of election, by date.

The method is a property of each election (a count names it); these dated tables give the
published practice on the date of the vote, for callers who do not name one.
"""

from __future__ import annotations

from datetime import date

from openinfra_model.core.citations import BYLAWS_TEXT_2021, cite
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import (
    FIRST_DATE,
    LF_CLOSING,
    OIP_AMENDMENTS,
    Confidence,
    DatedTable,
    Window,
)
from openinfra_model.core.validate import check_arguments
from openinfra_model.counting.model import ElectionKind, VotingMethod

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


INDIVIDUAL_METHOD: DatedTable[VotingMethod] = DatedTable(
    "counting.method.individual",
    Window(
        start=FIRST_DATE,
        value=VotingMethod.CUMULATIVE,
        citation=cite(
            "bylaws",
            BYLAWS_TEXT_2021,
            "3.9(a)",
            "the Individual Members shall have the option to vote for Individual Directors on "
            "a cumulative basis",
        ),
        confidence=Confidence.QUOTED,
        note="Election pages 2022-2025: 'Board elections will take place online using a "
        "cumulative voting method'; each voter has as many votes as open seats [P].",
    ),
    Window(
        start=LF_CLOSING,
        value=VotingMethod.PLURALITY,
        citation=cite(
            "lf-election-procedures",
            date(2025, 7, 7),
            "3",
            "will be determined by a plurality of votes cast",
        ),
        confidence=Confidence.PARAPHRASED,
        note="The LF election procedures say 'plurality'; no election was held under them "
        "before the 2026 election page announced Meek STV.",
    ),
    Window(
        start=MEEK_ANNOUNCED,
        value=VotingMethod.MEEK_STV,
        citation=cite(
            "election-page",
            MEEK_ANNOUNCED,
            "2026 election",
            "Governing Board elections will take place online using a Meek STV voting method",
        ),
        confidence=Confidence.QUOTED,
        note="The published practice wins over the procedures' 'plurality' (a plurality "
        "method in the wide sense); the method stays a property of each election.",
    ),
)
"""Individual Directors / OIF Individual Member Representatives."""

GOLD_METHOD: DatedTable[VotingMethod] = DatedTable(
    "counting.method.gold",
    Window(
        start=FIRST_DATE,
        value=VotingMethod.RESTRICTED,
        citation=cite("bylaws", BYLAWS_TEXT_2021, "4.2(c)"),
        confidence=Confidence.PARAPHRASED,
        note="2012 Gold selector vote: 'we limited the number of votes that could be cast for "
        "a single candidate to 1, and gave each voter only 6 votes (even though there were 8 "
        "seats available)' (foundation list, Aug 2012) [P].",
    ),
    Window(
        start=GOLD_PLURALITY_FROM,
        value=VotingMethod.PLURALITY,
        citation=cite(
            "bylaws",
            BYLAWS_TEXT_2021,
            "3.10(a)",
            "shall be determined by a plurality of the votes cast",
        ),
        confidence=Confidence.INFERRED,
        note="§4.2(c) says selectors are chosen 'by majority vote', §3.10(a) 'plurality': "
        "modelled as plurality with one vote per candidate, up to the number of seats. The "
        "method of the 2013-2025 Gold votes was not found.",
    ),
    Window(
        start=MEEK_ANNOUNCED,
        value=VotingMethod.MEEK_STV,
        citation=cite("election-page", MEEK_ANNOUNCED, "2026 election"),
        confidence=Confidence.INFERRED,
        note="The page says 'Governing Board elections' use Meek STV without naming the "
        "class; read as covering the Gold Representatives' election too.",
    ),
)
"""Gold Director Selectors / Gold Representatives."""

TC_METHOD: DatedTable[VotingMethod] = DatedTable(
    "counting.method.tc",
    Window(
        start=FIRST_DATE,
        value=VotingMethod.SCHULZE,
        citation=cite("tc-member-policy", FIRST_DATE, "Appendix 4"),
        confidence=Confidence.PARAPHRASED,
        note="TC elections are run on CIVS with the Schulze completion [P]; the Appendix 4 "
        "text on the method was not found.",
    ),
    Window(
        start=OIP_AMENDMENTS,
        value=VotingMethod.SCHULZE,
        citation=cite(
            "tc-charter",
            OIP_AMENDMENTS,
            "Election for TC seats",
            "For multiple-winner elections, a Condorcet or a STV system should be used.",
        ),
        confidence=Confidence.QUOTED,
        note="The charter allows Condorcet or STV; CIVS's Schulze ranking is the practice [P].",
    ),
)
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
    return table.value(as_of)
