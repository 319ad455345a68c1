"""openinfra_model: the OpenInfra Foundation's membership and governance rules as data.

Immutable ``attrs`` classes hold the facts; pure rule functions answer questions about them
"as of" a date, each answer a :class:`Decision` that cites the document, date and section
behind it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from openinfra_model.citations import DOCUMENTS, Citation, Document, cite
from openinfra_model.counting import (
    Arithmetic,
    ArithmeticKind,
    BallotRules,
    CandidateState,
    CandidateVotes,
    CountResult,
    ElectionKind,
    InvalidBallots,
    MarkedBallot,
    PairwiseCount,
    PassedOver,
    RankedBallot,
    Round,
    SchulzeStrength,
    SetAsideBallot,
    TcShare,
    TieBreak,
    TieBreakRule,
    VotingMethod,
    affiliation_cap,
    check_ballots,
    count_ballots,
    count_rankings,
    default_method,
    tc_affiliation_limit,
)
from openinfra_model.decisions import Check, Decision, Status
from openinfra_model.errors import (
    InvalidInputError,
    NoRegimeError,
    OpenInfraModelError,
    Problem,
    RegimeConflictError,
)
from openinfra_model.membership import (
    Approver,
    FeeLevel,
    Individual,
    IndividualStatus,
    LinuxFoundationLevel,
    LinuxFoundationMembership,
    Membership,
    Tier,
)
from openinfra_model.money import usd
from openinfra_model.organizations import ControlLink, Organization, OrganizationKind
from openinfra_model.regimes import Confidence, DatedTable, Regime, Window, regime_on
from openinfra_model.roster import Roster
from openinfra_model.seating import SeatConstraint, Seating, seat_in_order
from openinfra_model.standing import (
    check_membership_in_force,
    effective_date,
    in_force,
    members_on,
)

try:
    __version__ = version("openinfra-model")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "DOCUMENTS",
    "Approver",
    "Arithmetic",
    "ArithmeticKind",
    "BallotRules",
    "CandidateState",
    "CandidateVotes",
    "Check",
    "Citation",
    "Confidence",
    "ControlLink",
    "CountResult",
    "DatedTable",
    "Decision",
    "Document",
    "ElectionKind",
    "FeeLevel",
    "Individual",
    "IndividualStatus",
    "InvalidBallots",
    "InvalidInputError",
    "LinuxFoundationLevel",
    "LinuxFoundationMembership",
    "MarkedBallot",
    "Membership",
    "NoRegimeError",
    "OpenInfraModelError",
    "Organization",
    "OrganizationKind",
    "PairwiseCount",
    "PassedOver",
    "Problem",
    "RankedBallot",
    "Regime",
    "RegimeConflictError",
    "Roster",
    "Round",
    "SchulzeStrength",
    "SeatConstraint",
    "Seating",
    "SetAsideBallot",
    "Status",
    "TcShare",
    "TieBreak",
    "TieBreakRule",
    "Tier",
    "VotingMethod",
    "Window",
    "__version__",
    "affiliation_cap",
    "check_ballots",
    "check_membership_in_force",
    "cite",
    "count_ballots",
    "count_rankings",
    "default_method",
    "effective_date",
    "in_force",
    "members_on",
    "regime_on",
    "seat_in_order",
    "tc_affiliation_limit",
    "usd",
]
