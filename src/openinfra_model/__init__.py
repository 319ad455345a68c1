"""openinfra_model: the OpenInfra Foundation's membership and governance rules as data.

Immutable ``attrs`` classes hold the facts; pure rule functions answer questions about them
"as of" a date, each answer a :class:`Decision` that cites the document, date and section
behind it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from openinfra_model.citations import DOCUMENTS, Citation, Document, cite
from openinfra_model.decisions import Check, Decision, Status
from openinfra_model.elections import (
    BoardCalendar,
    Candidacy,
    Contribution,
    ContributionKind,
    DayRange,
    Election,
    ElectionKind,
    Electorate,
    ExtraContributor,
    IndividualProgram,
    LifecycleAction,
    LifecycleReview,
    MembershipSpan,
    Nomination,
    Notice,
    NoticeResponse,
    ParticipationPolicy,
    Roll,
    VoteRecord,
    VotingMethod,
    apply_moves,
    build_contributor_roll,
    build_roll,
    check_board_candidate,
    check_calendar,
    check_gold_voter,
    check_individual_voter,
    check_platinum_voter,
    check_ptl_candidate,
    check_tc_affiliation,
    check_tc_candidate,
    check_technical_voter,
    check_vote_cast,
    check_vote_records,
    check_vote_window,
    check_window_voter,
    joining_cutoff,
    propose_calendar,
    review_lifecycle,
    tc_seat_constraint,
)
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
    "BoardCalendar",
    "Candidacy",
    "Check",
    "Citation",
    "Confidence",
    "Contribution",
    "ContributionKind",
    "ControlLink",
    "DatedTable",
    "DayRange",
    "Decision",
    "Document",
    "Election",
    "ElectionKind",
    "Electorate",
    "ExtraContributor",
    "FeeLevel",
    "Individual",
    "IndividualProgram",
    "IndividualStatus",
    "InvalidInputError",
    "LifecycleAction",
    "LifecycleReview",
    "LinuxFoundationLevel",
    "LinuxFoundationMembership",
    "Membership",
    "MembershipSpan",
    "NoRegimeError",
    "Nomination",
    "Notice",
    "NoticeResponse",
    "OpenInfraModelError",
    "Organization",
    "OrganizationKind",
    "ParticipationPolicy",
    "Problem",
    "Regime",
    "RegimeConflictError",
    "Roll",
    "Roster",
    "SeatConstraint",
    "Seating",
    "Status",
    "Tier",
    "VoteRecord",
    "VotingMethod",
    "Window",
    "__version__",
    "apply_moves",
    "build_contributor_roll",
    "build_roll",
    "check_board_candidate",
    "check_calendar",
    "check_gold_voter",
    "check_individual_voter",
    "check_membership_in_force",
    "check_platinum_voter",
    "check_ptl_candidate",
    "check_tc_affiliation",
    "check_tc_candidate",
    "check_technical_voter",
    "check_vote_cast",
    "check_vote_records",
    "check_vote_window",
    "check_window_voter",
    "cite",
    "effective_date",
    "in_force",
    "joining_cutoff",
    "members_on",
    "propose_calendar",
    "regime_on",
    "review_lifecycle",
    "seat_in_order",
    "tc_seat_constraint",
    "usd",
]
