"""openinfra_model: the OpenInfra Foundation's membership and governance rules as data.

Immutable ``attrs`` classes hold the facts; pure rule functions answer questions about them
"as of" a date, each answer a :class:`Decision` that cites the document, date and section
behind it.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

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
from openinfra_model.dataset import default_roster, load_roster
from openinfra_model.decisions import Check, Decision, Status
from openinfra_model.dues import (
    DuesAssessment,
    DuesStatement,
    Fee,
    FeeKind,
    IndividualDues,
    assess_dues,
    dues_for,
    dues_owed,
    individual_dues,
    tiers_on,
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
from openinfra_model.report import members_report
from openinfra_model.rights import Right, Rights, check_right, rights_of
from openinfra_model.roster import Roster
from openinfra_model.seating import SeatConstraint, Seating, seat_in_order
from openinfra_model.standing import (
    check_membership_in_force,
    effective_date,
    in_force,
    members_on,
)
from openinfra_model.tiers import (
    GoldRenewalTerms,
    PlatinumRenewalTerms,
    PlatinumTerm,
    check_gold_approval,
    check_gold_renewal,
    check_linux_foundation_membership,
    check_member_caps,
    check_platinum_renewal,
    check_platinum_requirements,
    platinum_term,
)

try:
    __version__ = version("openinfra-model")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "DOCUMENTS",
    "Approver",
    "Check",
    "Citation",
    "Confidence",
    "ControlLink",
    "DatedTable",
    "Decision",
    "Document",
    "DuesAssessment",
    "DuesStatement",
    "Fee",
    "FeeKind",
    "FeeLevel",
    "GoldRenewalTerms",
    "Individual",
    "IndividualDues",
    "IndividualStatus",
    "InvalidInputError",
    "LinuxFoundationLevel",
    "LinuxFoundationMembership",
    "Membership",
    "NoRegimeError",
    "OpenInfraModelError",
    "Organization",
    "OrganizationKind",
    "PlatinumRenewalTerms",
    "PlatinumTerm",
    "Problem",
    "Regime",
    "RegimeConflictError",
    "Right",
    "Rights",
    "Roster",
    "SeatConstraint",
    "Seating",
    "Status",
    "Tier",
    "Window",
    "__version__",
    "assess_dues",
    "check_gold_approval",
    "check_gold_renewal",
    "check_linux_foundation_membership",
    "check_member_caps",
    "check_membership_in_force",
    "check_platinum_renewal",
    "check_platinum_requirements",
    "check_right",
    "cite",
    "default_roster",
    "dues_for",
    "dues_owed",
    "dumps",
    "dumps_document",
    "effective_date",
    "format_errors",
    "in_force",
    "individual_dues",
    "load_roster",
    "loads",
    "loads_document",
    "members_on",
    "members_report",
    "platinum_term",
    "regime_on",
    "rights_of",
    "seat_in_order",
    "structure",
    "structure_document",
    "tiers_on",
    "unstructure",
    "unstructure_document",
    "usd",
]
