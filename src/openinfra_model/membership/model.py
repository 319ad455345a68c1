"""Memberships: organisations' tiers and fee levels, and individuals.

These are facts, not rules: who signed which agreement when, who approved it, how many
contributors a member supplies. The rules that read them (dues, the Platinum requirements,
effective dates, rights) live in the rule modules beside this one.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from openinfra_model.core.citations import Citation
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.validate import check_arguments, plain_id, slug_id, typed
from openinfra_model.membership.organizations import check_slug

__all__ = [
    "Approver",
    "FeeLevel",
    "Individual",
    "IndividualStatus",
    "LinuxFoundationLevel",
    "LinuxFoundationMembership",
    "Membership",
    "Tier",
]


class Tier(enum.Enum):
    """An organisational membership tier, across the periods.

    Platinum and Gold exist throughout; Corporate Sponsor and Startup Sponsor are the 2012
    OpenStack Foundation sponsorship levels; Silver (replacing Corporate Sponsor) and Associate
    were created by the Board in 2021.
    """

    PLATINUM = "platinum"
    GOLD = "gold"
    SILVER = "silver"
    ASSOCIATE = "associate"
    CORPORATE_SPONSOR = "corporate_sponsor"
    STARTUP_SPONSOR = "startup_sponsor"


class FeeLevel(enum.Enum):
    """The fee level a member pays at within its tier."""

    ESTABLISHED = "established"
    """The full fee ("Established Company" on the join page)."""
    START_UP = "start_up"
    """The start-up fee of the 2021+ Gold and Silver tiers ("Start Up")."""
    LEGACY_STARTUP = "legacy_startup"
    """The Linux Foundation era's "legacy startup fee" level, only for holders of a Startup
    Agreement executed with the OpenStack Foundation before the closing (2025-06-01)."""


class Approver(enum.Enum):
    """Who approved an organisation's admission."""

    BOARD = "board"
    EXECUTIVE_DIRECTOR = "executive_director"


class LinuxFoundationLevel(enum.Enum):
    """A Linux Foundation membership level (from 2025-06-01 every OIF member needs one)."""

    PLATINUM = "platinum"
    GOLD = "gold"
    SILVER = "silver"
    ASSOCIATE = "associate"


def _after_since(instance: Any, attribute: Any, value: date | None) -> None:  # noqa: ANN401
    if value is not None and value < instance.since:
        raise InvalidInputError.at(attribute.name, "is before since")


@attrs.frozen(kw_only=True, field_transformer=typed)
class LinuxFoundationMembership:
    """An organisation's membership of the Linux Foundation.

    Attributes:
        level: The LF membership level (an LF Associate for OIF Associate members).
        since: The first day of the LF membership.
        until: The first day it no longer holds, if it ended.
    """

    level: LinuxFoundationLevel
    since: date
    until: date | None = attrs.field(default=None, validator=_after_since)

    def holds_on(self, day: date) -> bool:
        """Whether the LF membership is current on ``day``."""
        check_arguments(LinuxFoundationMembership.holds_on, locals())
        return self._holds_on(day)

    def _holds_on(self, day: date) -> bool:
        # holds_on() without its argument check, for the rules.
        return self.since <= day and (self.until is None or day < self.until)


def _check_approval(instance: Membership, attribute: Any, value: date | None) -> None:  # noqa: ANN401
    if value is not None and value < instance.signed:
        raise InvalidInputError.at(attribute.name, "is before the agreement was signed")


def _check_term_end(instance: Membership, attribute: Any, value: date | None) -> None:  # noqa: ANN401
    if value is not None and instance.term_start is not None and value < instance.term_start:
        raise InvalidInputError.at(attribute.name, "is before term_start")


def _check_ftes(_instance: Any, attribute: Any, value: Decimal | None) -> None:  # noqa: ANN401
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise InvalidInputError.at(
            attribute.name, f"must be a non-negative Decimal, not {value!r}"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class Membership:
    """An organisation's membership in one tier, from its agreement to the end of its term.

    Attributes:
        organization: The member's organisation id.
        tier: The tier of the agreement.
        fee_level: The fee level within the tier.
        signed: The day the member executed the membership agreement.
        approved: The day the admission was approved, if it has been.
        approver: Who approved it (the Board, or the Executive Director).
        term_start: The recorded first day of the term, where the record gives one; otherwise
            the effective-date rule of the period derives it.
        term_end: The last day of the term (inclusive), if it ended or is scheduled to end.
        contributor_ftes: Full-time-equivalent contributors supplied to foundation projects,
            where known (the Platinum requirement).
        linux_foundation: The member's Linux Foundation membership, if any (2025+ rules).
        startup_agreement_signed: The day a Startup Agreement with the OpenStack Foundation was
            executed, if ever (the LF era's legacy start-up level depends on it).
        sources: Where the facts of this membership come from.
    """

    organization: str = attrs.field(validator=check_slug)
    tier: Tier
    fee_level: FeeLevel = FeeLevel.ESTABLISHED
    signed: date
    approved: date | None = attrs.field(default=None, validator=_check_approval)
    approver: Approver | None = None
    term_start: date | None = None
    term_end: date | None = attrs.field(default=None, validator=_check_term_end)
    contributor_ftes: Decimal | None = attrs.field(default=None, validator=_check_ftes)
    linux_foundation: LinuxFoundationMembership | None = None
    startup_agreement_signed: date | None = None
    sources: tuple[Citation, ...] = ()

    def __repr__(self) -> str:
        """One line: organisation, tier, signature and term (the sources left out).

        Example:
            >>> Membership(organization="acme", tier=Tier.GOLD, signed=date(2024, 3, 1))
            <Membership acme gold signed 2024-03-01>
        """
        parts = [f"<Membership {self.organization} {self.tier.value}"]
        if self.fee_level is not FeeLevel.ESTABLISHED:
            parts.append(f"({self.fee_level.value})")
        parts.append(f"signed {self.signed.isoformat()}")
        if self.approved is not None:
            parts.append(f"approved {self.approved.isoformat()}")
        if self.term_start is not None or self.term_end is not None:
            start = self.term_start.isoformat() if self.term_start else ""
            end = self.term_end.isoformat() if self.term_end else ""
            parts.append(f"term {start}..{end}")
        return " ".join(parts) + ">"


class IndividualStatus(enum.Enum):
    """An individual's standing: a Foundation member, or a Community account."""

    FOUNDATION_MEMBER = "foundation_member"
    """An Individual Member of the Foundation, who may vote (after the waiting period) and run."""
    COMMUNITY = "community"
    """A Community account, which takes part in community activities but cannot vote or run."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class Individual:
    """A person registered with the foundation.

    Kept small: a roster holds about 110,000 of them.

    Attributes:
        id: A stable id (the foundation's member id, or any unique string).
        name: The person's name.
        status: Foundation member or Community account.
        member_since: The effective date of the current Foundation membership (re-joining
            starts a new one), or ``None`` for a Community account that never joined.
        oif_agreement_signed: The day the person signed the OIF Individual Member agreement
            (Linux Foundation era, from 2025-06-01), if they did.
        oif_registry_added: The day the person was added to the OIF Individual Member Registry,
            if known: the effective date of the OIF membership ("The effective date of a person
            becoming an OIF Individual Member will be the date on which the person is added to
            the OIF Individual Member Registry", OIF Individual Member Program §1). It is on or
            after the signing day (admission follows "execution of an OIF Individual Member
            Agreement"). Optional: documents written before the field existed still load.
        employer: The id of the organisation employing the person, if known.
    """

    id: str = attrs.field(validator=plain_id)
    name: str
    status: IndividualStatus
    member_since: date | None = None
    oif_agreement_signed: date | None = None
    employer: str | None = attrs.field(default=None, validator=slug_id)
    oif_registry_added: date | None = None

    def __attrs_post_init__(self) -> None:
        """Check that a Foundation member has a membership date."""
        if self.status is IndividualStatus.FOUNDATION_MEMBER and self.member_since is None:
            raise InvalidInputError.at("member_since", "a Foundation member needs member_since")
        added, signed = self.oif_registry_added, self.oif_agreement_signed
        if added is not None and (signed is None or added < signed):
            raise InvalidInputError.at(
                "oif_registry_added",
                f"{added.isoformat()} is before the OIF Individual Member Agreement was signed "
                f"({signed.isoformat() if signed else 'never'}): the Program admits a person "
                "after the agreement is executed",
            )

    def __repr__(self) -> str:
        """One line: id, status and membership date (the name left out).

        Example:
            >>> Individual(id="lee", name="Lee", status=IndividualStatus.COMMUNITY)
            <Individual lee community>
        """
        since = f" since {self.member_since.isoformat()}" if self.member_since else ""
        return f"<Individual {self.id} {self.status.value}{since}>"
