"""openinfra_model: the OpenInfra Foundation's membership and governance rules as data.

Immutable ``attrs`` classes hold the facts; pure rule functions answer questions about them
"as of" a date, each answer a :class:`Decision` that cites the document, date and section
behind it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from openinfra_model.affiliation import (
    AffiliatedGroups,
    AffiliationKind,
    ControlChange,
    MembershipChange,
    MembershipChangeKind,
    PersonalAffiliation,
    affiliated_groups,
    check_applicant_affiliation,
    control_change_consequences,
)
from openinfra_model.board import (
    AnnualElection,
    Board,
    BoardReport,
    Director,
    Officer,
    OfficerRole,
    SeatClass,
    Waiver,
    check_board,
    director_limit,
)
from openinfra_model.board_record import BoardRecord, load_board_record
from openinfra_model.citations import DOCUMENTS, Citation, Document, cite
from openinfra_model.convert import (
    dumps,
    dumps_document,
    format_errors,
    loads,
    loads_document,
    structure,
    structure_document,
    unstructure,
    unstructure_document,
)
from openinfra_model.decisions import Check, Decision, Status
from openinfra_model.diversity import (
    DiversityRule,
    check_diversity,
    check_new_director,
    check_waiver,
    diversity_constraint,
)
from openinfra_model.errors import (
    InvalidInputError,
    NoRegimeError,
    OpenInfraModelError,
    Problem,
    RegimeConflictError,
)
from openinfra_model.meetings import (
    ClassVote,
    Meeting,
    MeetingCaller,
    MemberClass,
    amendment_classes,
    check_bylaws_amendment,
    check_charter_amendment,
    check_quorum,
    check_removal_for_cause,
    check_resolution,
    check_special_meeting_call,
    check_written_consent,
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
    "AffiliatedGroups",
    "AffiliationKind",
    "AnnualElection",
    "Approver",
    "Board",
    "BoardRecord",
    "BoardReport",
    "Check",
    "Citation",
    "ClassVote",
    "Confidence",
    "ControlChange",
    "ControlLink",
    "DatedTable",
    "Decision",
    "Director",
    "DiversityRule",
    "Document",
    "FeeLevel",
    "Individual",
    "IndividualStatus",
    "InvalidInputError",
    "LinuxFoundationLevel",
    "LinuxFoundationMembership",
    "Meeting",
    "MeetingCaller",
    "MemberClass",
    "Membership",
    "MembershipChange",
    "MembershipChangeKind",
    "NoRegimeError",
    "Officer",
    "OfficerRole",
    "OpenInfraModelError",
    "Organization",
    "OrganizationKind",
    "PersonalAffiliation",
    "Problem",
    "Regime",
    "RegimeConflictError",
    "Roster",
    "SeatClass",
    "SeatConstraint",
    "Seating",
    "Status",
    "Tier",
    "Waiver",
    "Window",
    "__version__",
    "affiliated_groups",
    "amendment_classes",
    "check_applicant_affiliation",
    "check_board",
    "check_bylaws_amendment",
    "check_charter_amendment",
    "check_diversity",
    "check_membership_in_force",
    "check_new_director",
    "check_quorum",
    "check_removal_for_cause",
    "check_resolution",
    "check_special_meeting_call",
    "check_waiver",
    "check_written_consent",
    "cite",
    "control_change_consequences",
    "director_limit",
    "diversity_constraint",
    "dumps",
    "dumps_document",
    "effective_date",
    "format_errors",
    "in_force",
    "load_board_record",
    "loads",
    "loads_document",
    "members_on",
    "regime_on",
    "seat_in_order",
    "structure",
    "structure_document",
    "unstructure",
    "unstructure_document",
    "usd",
]
