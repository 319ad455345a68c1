"""The Linux Foundation era's member program (from 2025-06-01).

On the closing (2025-06-01, ``LF_CLOSING``) the OpenInfra Foundation began to operate as a
directed fund of the Linux Foundation under the "OpenInfra Foundation Charter". This module
holds who may be a member in that era:

* the member classes, "Platinum, Gold, Silver and Associate Members", every one of them a
  current corporate member of the Linux Foundation, Associates an LF Associate (charter §2(a));
* the "legacy startup fee" level of Gold and Silver, only for holders of a Startup Agreement
  signed with the OpenStack Foundation before the closing (participation agreement FAQ);
* OIF Individual Members, who "are not Members of the Directed Fund" (charter §2(e)).

The Linux Foundation's fee and the transition of the board at the closing are in
:mod:`openinfra_model.funds.linux_foundation`. Every rule is chosen by date: asked about a day
before the closing, the checks are ``NOT_APPLICABLE`` and say why.
"""

from __future__ import annotations

from datetime import date

from openinfra_model.core.citations import cite
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.regimes import LF_CLOSING, DatedTable
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments
from openinfra_model.membership.model import (
    FeeLevel,
    Individual,
    IndividualStatus,
    LinuxFoundationLevel,
    Membership,
    Tier,
)
from openinfra_model.membership.standing import check_membership_in_force

__all__ = [
    "LF_MEMBERSHIP_REQUIRED",
    "LF_MEMBER_CLASSES",
    "check_directed_fund_member",
    "check_legacy_startup_eligibility",
    "check_lf_membership",
    "check_oif_individual_member",
]

_CHARTER = date(2025, 7, 7)  # the charter text as added to the website

_CLASSES = cite(
    "lf-charter",
    _CHARTER,
    "2(a)",
    "Platinum, Gold, Silver and Associate Members [...] must be current corporate members of "
    "the LF (at any level)",
)
_ASSOCIATE_LF = cite("members-page", LF_CLOSING, "Associate (Linux Foundation era)", None)
_NOT_FUND_MEMBERS = cite(
    "lf-charter", _CHARTER, "2(e)", "OIF Individual Members are not Members of the Directed Fund"
)
_LEGACY = cite(
    "lf-participation-faq",
    LF_CLOSING,
    "legacy startup fee",
    'The "legacy startup fee" level of Gold and Silver Membership is only available to '
    "Qualified OIF Members who prior to the Closing Date had executed a Startup Agreement "
    "with OpenStack Foundation",
)
_OIF_AGREEMENT = cite(
    "lf-individual-member-program",
    date(2025, 6, 25),
    "1",
    "The effective date of a person becoming an OIF Individual Member will be the date on which "
    "the person is added to the OIF Individual Member Registry.",
)

LF_MEMBER_CLASSES = frozenset({Tier.PLATINUM, Tier.GOLD, Tier.SILVER, Tier.ASSOCIATE})
"""The member classes of the directed fund (charter §2(a))."""

_CORPORATE_LEVELS = frozenset(
    {LinuxFoundationLevel.PLATINUM, LinuxFoundationLevel.GOLD, LinuxFoundationLevel.SILVER}
)

LF_MEMBERSHIP_REQUIRED: DatedTable[bool] = parameter(
    "lf.membership.linux_foundation_required", bool
)
"""Whether a member must hold a Linux Foundation membership: from the closing, yes."""


def _before_closing(rule_id: str, as_of: date, what: str) -> Check:
    return Check(
        rule_id,
        Status.NOT_APPLICABLE,
        LF_MEMBERSHIP_REQUIRED._at(as_of).citation,
        f"on {as_of.isoformat()} the foundation was not yet a Linux Foundation directed fund "
        f"(from {LF_CLOSING.isoformat()}): {what}",
    )


def check_legacy_startup_eligibility(m: Membership, *, as_of: date) -> Decision:
    """Decide whether a member may pay at the Linux Foundation era's legacy start-up level.

    "The 'legacy startup fee' level of Gold and Silver Membership is only available to
    Qualified OIF Members who prior to the Closing Date had executed a Startup Agreement with
    OpenStack Foundation" (participation agreement FAQ). A membership at the start-up level
    that continues past the closing is read as claiming the legacy level [inferred]. Members
    at the established level are not concerned.

    Example:
        >>> from openinfra_model import FeeLevel, Membership, Tier
        >>> m = Membership(
        ...     organization="acme",
        ...     tier=Tier.SILVER,
        ...     fee_level=FeeLevel.LEGACY_STARTUP,
        ...     signed=date(2025, 7, 1),
        ...     startup_agreement_signed=date(2022, 3, 1),
        ... )
        >>> check_legacy_startup_eligibility(m, as_of=date(2025, 7, 1)).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_legacy_startup_eligibility, locals())
    rule_id = "lf.member.legacy_startup"
    if not LF_MEMBERSHIP_REQUIRED._value(as_of):
        return Decision.of(
            _before_closing(rule_id, as_of, "the legacy start-up level did not exist")
        )
    if m.fee_level is FeeLevel.ESTABLISHED:
        return Decision.of(
            Check(
                rule_id,
                Status.NOT_APPLICABLE,
                _LEGACY,
                f"{m.organization!r} pays at the established level",
            )
        )
    level = "legacy start-up" if m.fee_level is FeeLevel.LEGACY_STARTUP else "start-up"
    if m.tier not in {Tier.GOLD, Tier.SILVER}:
        return Decision.of(
            Check(
                rule_id,
                Status.FAILED,
                _LEGACY,
                f"the {level} level exists only for Gold and Silver, not {m.tier.value}",
            )
        )
    signed = m.startup_agreement_signed
    if signed is None:
        return Decision.of(
            Check(
                rule_id,
                Status.FAILED,
                _LEGACY,
                f"{m.organization!r} claims the {level} level but never executed a Startup "
                "Agreement with the OpenStack Foundation",
            )
        )
    if signed >= LF_CLOSING:
        return Decision.of(
            Check(
                rule_id,
                Status.FAILED,
                _LEGACY,
                f"{m.organization!r}'s Startup Agreement was executed on {signed.isoformat()}, "
                f"not before the closing ({LF_CLOSING.isoformat()})",
            )
        )
    return Decision.of(
        Check(
            rule_id,
            Status.PASSED,
            _LEGACY,
            f"Startup Agreement executed on {signed.isoformat()}, before the closing",
        )
    )


def _check_class(m: Membership) -> Check:
    rule_id = "lf.member.class"
    if m.tier in LF_MEMBER_CLASSES:
        return Check(rule_id, Status.PASSED, _CLASSES, f"{m.tier.value} is a member class")
    return Check(
        rule_id,
        Status.FAILED,
        _CLASSES,
        f"{m.tier.value} is not a member class of the directed fund (Platinum, Gold, Silver, "
        "Associate)",
    )


def _check_lf(m: Membership, as_of: date) -> Check:
    rule_id = "lf.member.linux_foundation"
    lf = m.linux_foundation
    day = as_of.isoformat()
    if lf is None:
        return Check(
            rule_id,
            Status.FAILED,
            _CLASSES,
            f"{m.organization!r} holds no Linux Foundation membership",
        )
    if not lf._holds_on(as_of):
        return Check(
            rule_id,
            Status.FAILED,
            _CLASSES,
            f"{m.organization!r}'s Linux Foundation membership ({lf.level.value}, from "
            f"{lf.since.isoformat()}) is not current on {day}",
        )
    if m.tier is Tier.ASSOCIATE:
        if lf.level is LinuxFoundationLevel.ASSOCIATE:
            return Check(rule_id, Status.PASSED, _ASSOCIATE_LF, f"an LF Associate on {day}")
        return Check(
            rule_id,
            Status.FAILED,
            _ASSOCIATE_LF,
            f"an Associate must be an LF Associate; {m.organization!r} is an LF "
            f"{lf.level.value} member",
        )
    if lf.level in _CORPORATE_LEVELS:
        return Check(
            rule_id, Status.PASSED, _CLASSES, f"an LF {lf.level.value} corporate member on {day}"
        )
    return Check(
        rule_id,
        Status.UNKNOWN,
        _CLASSES,
        f"{m.organization!r} is an LF Associate; the charter asks for a corporate membership "
        "'at any level' and does not say whether an LF Associate membership counts",
    )


def check_lf_membership(m: Membership, *, as_of: date) -> Decision:
    """Check a membership against the Linux Foundation era's member program on ``as_of``.

    From the closing (2025-06-01): the tier is one of the member classes "Platinum, Gold,
    Silver and Associate"; the member is a current corporate member of the Linux Foundation
    "at any level" (an Associate: an LF Associate) (charter §2(a)); a start-up fee level is
    only for holders of a pre-closing Startup Agreement
    (:func:`check_legacy_startup_eligibility`). Before the closing the LF checks are
    ``NOT_APPLICABLE``. Whether the membership itself is in force is
    ``check_membership_in_force``'s question.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> m = Membership(organization="acme", tier=Tier.GOLD, signed=date(2020, 1, 1))
        >>> check_lf_membership(m, as_of=date(2025, 6, 1)).outcome
        <Status.FAILED: 'failed'>
        >>> check_lf_membership(m, as_of=date(2025, 5, 31)).outcome
        <Status.NOT_APPLICABLE: 'not_applicable'>
    """
    check_arguments(check_lf_membership, locals())
    if not LF_MEMBERSHIP_REQUIRED._value(as_of):
        return Decision.of(
            _before_closing(
                "lf.member.linux_foundation", as_of, "no Linux Foundation membership required"
            )
        )
    return Decision.combine(
        Decision.of(_check_class(m), _check_lf(m, as_of)),
        check_legacy_startup_eligibility(m, as_of=as_of),
    )


def check_oif_individual_member(person: Individual, *, as_of: date) -> Decision:
    """Decide whether a person is an OIF Individual Member on ``as_of`` (from the closing).

    OIF Individual Member Program §1: after the application and "execution of an OIF
    Individual Member Agreement by the applicant", the person "will be added to the OIF
    Individual Member Registry", and "The effective date of a person becoming an OIF Individual
    Member will be the date on which the person is added to the OIF Individual Member
    Registry." So the registry date decides; where only the signing day is recorded, a day
    before it is ``FAILED`` (the registry date cannot be earlier) and a later day ``UNKNOWN``,
    naming the missing registry date. Before the closing the question does not arise
    (Individual Members of the Delaware foundation are the membership module's).

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> p = Individual(
        ...     id="1",
        ...     name="A",
        ...     status=IndividualStatus.FOUNDATION_MEMBER,
        ...     member_since=date(2019, 1, 1),
        ...     oif_agreement_signed=date(2025, 7, 1),
        ...     oif_registry_added=date(2025, 7, 3),
        ... )
        >>> check_oif_individual_member(p, as_of=date(2025, 7, 2)).outcome
        <Status.FAILED: 'failed'>
        >>> check_oif_individual_member(p, as_of=date(2025, 7, 3)).outcome
        <Status.PASSED: 'passed'>
        >>> import attrs
        >>> unregistered = attrs.evolve(p, oif_registry_added=None)
        >>> check_oif_individual_member(unregistered, as_of=date(2025, 7, 3)).outcome
        <Status.UNKNOWN: 'unknown'>
    """
    check_arguments(check_oif_individual_member, locals())
    rule_id = "lf.individual.agreement"
    if not LF_MEMBERSHIP_REQUIRED._value(as_of):
        return Decision.of(
            _before_closing(rule_id, as_of, "OIF Individual Members did not exist yet")
        )
    signed = person.oif_agreement_signed
    added = person.oif_registry_added
    if person.status is not IndividualStatus.FOUNDATION_MEMBER:
        check = Check(rule_id, Status.FAILED, _OIF_AGREEMENT, "a Community account")
    elif signed is None:
        check = Check(
            rule_id,
            Status.FAILED,
            _OIF_AGREEMENT,
            "has not signed the OIF Individual Member Agreement",
        )
    elif added is not None:
        check = Check(
            rule_id,
            Status.PASSED if added <= as_of else Status.FAILED,
            _OIF_AGREEMENT,
            f"added to the OIF Individual Member Registry on {added.isoformat()}"
            + ("" if added <= as_of else f", after {as_of.isoformat()}"),
        )
    elif signed > as_of:
        check = Check(
            rule_id,
            Status.FAILED,
            _OIF_AGREEMENT,
            f"signs the OIF Individual Member Agreement on {signed.isoformat()}, after "
            f"{as_of.isoformat()} (the registry date cannot be earlier)",
        )
    else:
        check = Check(
            rule_id,
            Status.UNKNOWN,
            _OIF_AGREEMENT,
            f"signed the OIF Individual Member Agreement on {signed.isoformat()}; the date "
            "added to the OIF Individual Member Registry (the effective date) is not recorded",
        )
    return Decision.of(check)


def check_directed_fund_member(party: Membership | Individual, *, as_of: date) -> Decision:
    """Decide whether a party is a Member of the directed fund on ``as_of``.

    An organisation's membership must be in force and meet the Linux Foundation era's
    requirements (:func:`check_lf_membership`); an individual never is one: "OIF Individual
    Members are not Members of the Directed Fund" (charter §2(e)). Before the closing there
    was no directed fund: ``NOT_APPLICABLE``.

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> p = Individual(
        ...     id="1",
        ...     name="A",
        ...     status=IndividualStatus.FOUNDATION_MEMBER,
        ...     member_since=date(2019, 1, 1),
        ...     oif_agreement_signed=date(2025, 7, 1),
        ... )
        >>> check_directed_fund_member(p, as_of=date(2025, 8, 1)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_directed_fund_member, locals())
    rule_id = "lf.member.directed_fund"
    if not LF_MEMBERSHIP_REQUIRED._value(as_of):
        return Decision.of(_before_closing(rule_id, as_of, "there was no directed fund"))
    if isinstance(party, Individual):
        return Decision.of(
            Check(
                rule_id,
                Status.FAILED,
                _NOT_FUND_MEMBERS,
                f"{party.name} is an individual; OIF Individual Members are not Members of "
                "the Directed Fund",
            )
        )
    return Decision.combine(
        check_membership_in_force(party, as_of=as_of), check_lf_membership(party, as_of=as_of)
    )
