"""Members (bylaws Article II; the Linux Foundation member program).

* ``organizations`` -- organisations and the control links between them;
* ``model`` -- tiers, memberships, individuals;
* ``standing`` -- when a membership is in force (effective dates);
* ``tiers`` -- what each tier requires (Platinum, Gold; caps; renewals);
* ``dues`` -- what a member owes;
* ``rights`` -- what each tier may do;
* ``linux_foundation`` -- membership in the Linux Foundation era (from 2025-06-01);
* ``roster`` -- the roster that holds them all, with its reference checks.
"""

from __future__ import annotations

from openinfra_model.membership.dues import (
    ASSOCIATE_TIER_CREATED,
    DUES,
    TIERS,
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
from openinfra_model.membership.linux_foundation import (
    LF_MEMBER_CLASSES,
    LF_MEMBERSHIP_REQUIRED,
    check_directed_fund_member,
    check_legacy_startup_eligibility,
    check_lf_membership,
    check_oif_individual_member,
)
from openinfra_model.membership.model import (
    Approver,
    FeeLevel,
    Individual,
    IndividualStatus,
    LinuxFoundationLevel,
    LinuxFoundationMembership,
    Membership,
    Tier,
)
from openinfra_model.membership.organizations import (
    ControlLink,
    Organization,
    OrganizationKind,
    check_non_blank,
    check_slug,
)
from openinfra_model.membership.rights import (
    RIGHTS,
    Holder,
    Right,
    Rights,
    check_right,
    rights_of,
)
from openinfra_model.membership.roster import (
    Roster,
)
from openinfra_model.membership.standing import (
    PLATINUM_EFFECTIVE_DATE,
    EffectiveDateRule,
    check_membership_in_force,
    effective_date,
    in_force,
    members_on,
)
from openinfra_model.membership.tiers import (
    GOLD_APPROVER,
    GOLD_CAP,
    GOLD_RENEWAL,
    PLATINUM_APPROVER,
    PLATINUM_CAP,
    PLATINUM_FTE,
    PLATINUM_RENEWAL,
    GoldRenewalTerms,
    PlatinumRenewalTerms,
    PlatinumTerm,
    check_gold_approval,
    check_gold_renewal,
    check_member_caps,
    check_platinum_renewal,
    check_platinum_requirements,
    platinum_term,
)

__all__ = [
    "ASSOCIATE_TIER_CREATED",
    "DUES",
    "GOLD_APPROVER",
    "GOLD_CAP",
    "GOLD_RENEWAL",
    "LF_MEMBERSHIP_REQUIRED",
    "LF_MEMBER_CLASSES",
    "PLATINUM_APPROVER",
    "PLATINUM_CAP",
    "PLATINUM_EFFECTIVE_DATE",
    "PLATINUM_FTE",
    "PLATINUM_RENEWAL",
    "RIGHTS",
    "TIERS",
    "Approver",
    "ControlLink",
    "DuesAssessment",
    "DuesStatement",
    "EffectiveDateRule",
    "Fee",
    "FeeKind",
    "FeeLevel",
    "GoldRenewalTerms",
    "Holder",
    "Individual",
    "IndividualDues",
    "IndividualStatus",
    "LinuxFoundationLevel",
    "LinuxFoundationMembership",
    "Membership",
    "Organization",
    "OrganizationKind",
    "PlatinumRenewalTerms",
    "PlatinumTerm",
    "Right",
    "Rights",
    "Roster",
    "Tier",
    "assess_dues",
    "check_directed_fund_member",
    "check_gold_approval",
    "check_gold_renewal",
    "check_legacy_startup_eligibility",
    "check_lf_membership",
    "check_member_caps",
    "check_membership_in_force",
    "check_non_blank",
    "check_oif_individual_member",
    "check_platinum_renewal",
    "check_platinum_requirements",
    "check_right",
    "check_slug",
    "dues_for",
    "dues_owed",
    "effective_date",
    "in_force",
    "individual_dues",
    "members_on",
    "platinum_term",
    "rights_of",
    "tiers_on",
]
