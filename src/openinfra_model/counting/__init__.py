"""Vote counting: plurality, cumulative, restricted, Meek STV and Schulze, with seating.

Ballots are data (:class:`MarkedBallot`, :class:`RankedBallot`); :func:`count_ballots`
validates them against the roll and the ballot rules, counts them by the election's method
and seats the winners under a constraint such as the Director Diversity Requirement, giving
a :class:`CountResult` that carries every round. :func:`count_rankings` is the bulk door for
plain rankings (or distinct rankings with their counts). :func:`load_blt` and
:func:`dump_blt` read and write BLT ballot files. :func:`default_method` gives the published
method of an election by date.
"""

from __future__ import annotations

from openinfra_model.counting.blt import BltBallot, BltElection, dump_blt, load_blt
from openinfra_model.counting.constraints import (
    TC_AFFILIATION_SHARE,
    TcShare,
    affiliation_cap,
    tc_affiliation_limit,
)
from openinfra_model.counting.count import count_ballots, count_rankings
from openinfra_model.counting.meek import DEFAULT_OMEGA
from openinfra_model.counting.methods import (
    GOLD_METHOD,
    INDIVIDUAL_METHOD,
    MEEK_ANNOUNCED,
    TC_METHOD,
    default_method,
)
from openinfra_model.counting.model import (
    RANKED_METHODS,
    Arithmetic,
    ArithmeticKind,
    BallotRules,
    CandidateState,
    CandidateVotes,
    ElectionKind,
    InvalidBallots,
    MarkedBallot,
    PairwiseCount,
    PassedOver,
    RankedBallot,
    Round,
    SchulzeStrength,
    SetAsideBallot,
    TieBreak,
    TieBreakRule,
    VotingMethod,
)
from openinfra_model.counting.result import CountResult
from openinfra_model.counting.validate import check_ballots, split_ballots

__all__ = [
    "DEFAULT_OMEGA",
    "GOLD_METHOD",
    "INDIVIDUAL_METHOD",
    "MEEK_ANNOUNCED",
    "RANKED_METHODS",
    "TC_AFFILIATION_SHARE",
    "TC_METHOD",
    "Arithmetic",
    "ArithmeticKind",
    "BallotRules",
    "BltBallot",
    "BltElection",
    "CandidateState",
    "CandidateVotes",
    "CountResult",
    "ElectionKind",
    "InvalidBallots",
    "MarkedBallot",
    "PairwiseCount",
    "PassedOver",
    "RankedBallot",
    "Round",
    "SchulzeStrength",
    "SetAsideBallot",
    "TcShare",
    "TieBreak",
    "TieBreakRule",
    "VotingMethod",
    "affiliation_cap",
    "check_ballots",
    "count_ballots",
    "count_rankings",
    "default_method",
    "dump_blt",
    "load_blt",
    "split_ballots",
    "tc_affiliation_limit",
]
