"""The Linux Foundation era: the OpenInfra Foundation as a directed fund (from 2025-06-01).

On the closing (2025-06-01, ``regimes.LF_CLOSING``) the OpenInfra Foundation began to operate
as a directed fund of the Linux Foundation under the "OpenInfra Foundation Charter". This
module holds the member-program rules of that era:

* the member classes, "Platinum, Gold, Silver and Associate Members", every one of them a
  current corporate member of the Linux Foundation, Associates an LF Associate (charter §2(a));
* the "legacy startup fee" level of Gold and Silver, only for holders of a Startup Agreement
  signed with the OpenStack Foundation before the closing (participation agreement FAQ);
* OIF Individual Members, who "are not Members of the Directed Fund" (charter §2(e));
* the Linux Foundation's fee: 9% of the first $1,000,000 of gross receipts a year, 6% above
  (charter §10(b));
* the transition at the closing: sitting Gold and Individual directors became Gold and OIF
  Individual Member Representatives until the next election, once their employer signed a
  Participation Agreement / they signed an OIF Individual Member Agreement.

Every rule is chosen by date: asked about a day before the closing, the checks are
``NOT_APPLICABLE`` and say why. The Governing Board's composition, quorum and votes are the
board module's; the LF-era dues amounts are the dues module's.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from openinfra_model.citations import BYLAWS_TEXT_2021, cite
from openinfra_model.decisions import Check, Decision, Status
from openinfra_model.errors import InvalidInputError
from openinfra_model.membership import (
    FeeLevel,
    Individual,
    IndividualStatus,
    LinuxFoundationLevel,
    Membership,
    Tier,
)
from openinfra_model.money import ZERO, check_money, usd
from openinfra_model.organizations import check_non_blank, check_slug
from openinfra_model.regimes import FIRST_DATE, LF_CLOSING, Confidence, DatedTable, Window
from openinfra_model.standing import check_membership_in_force

__all__ = [
    "LF_FEE",
    "LF_MEMBERSHIP_REQUIRED",
    "LF_MEMBER_CLASSES",
    "ClosingDirector",
    "ClosingSeat",
    "LinuxFoundationFee",
    "LinuxFoundationFeeSchedule",
    "check_closing_transition",
    "check_directed_fund_member",
    "check_legacy_startup_eligibility",
    "check_lf_membership",
    "check_oif_individual_member",
    "linux_foundation_fee",
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
_FEE = cite(
    "lf-charter",
    _CHARTER,
    "10(b)",
    "9% of the Directed Fund's first $1,000,000 of gross receipts each year and 6% of the "
    "Directed Fund's gross receipts each year over $1,000,000",
)
_LEGACY = cite(
    "lf-participation-faq",
    LF_CLOSING,
    "legacy startup fee",
    'The "legacy startup fee" level of Gold and Silver Membership is only available to '
    "Qualified OIF Members who prior to the Closing Date had executed a Startup Agreement "
    "with OpenStack Foundation",
)
_TRANSITION = cite(
    "lf-election-procedures",
    LF_CLOSING,
    "transition",
    None,
)
_OIF_AGREEMENT = cite(
    "lf-individual-member-program", LF_CLOSING, "OIF Individual Member Agreement [inferred]", None
)
_DELAWARE = cite("bylaws", BYLAWS_TEXT_2021, "2.1", None)

LF_MEMBER_CLASSES = frozenset({Tier.PLATINUM, Tier.GOLD, Tier.SILVER, Tier.ASSOCIATE})
"""The member classes of the directed fund (charter §2(a))."""

_CORPORATE_LEVELS = frozenset(
    {LinuxFoundationLevel.PLATINUM, LinuxFoundationLevel.GOLD, LinuxFoundationLevel.SILVER}
)

LF_MEMBERSHIP_REQUIRED: DatedTable[bool] = DatedTable(
    "lf.membership.linux_foundation_required",
    Window(
        start=FIRST_DATE,
        value=False,
        citation=_DELAWARE,
        confidence=Confidence.INFERRED,
        note="The Delaware bylaws' member classes carry no Linux Foundation requirement.",
    ),
    Window(
        start=LF_CLOSING,
        value=True,
        citation=_CLASSES,
        confidence=Confidence.PARAPHRASED,
        note="Requirement quoted from the charter; the closing date (2025-06-01) is "
        "paraphrased from the announcement of the completed transition.",
    ),
)
"""Whether a member must hold a Linux Foundation membership: from the closing, yes."""


def _check_rate(_instance: Any, attribute: Any, value: Decimal) -> None:  # noqa: ANN401
    if not isinstance(value, Decimal) or not value.is_finite() or not 0 <= value <= 1:
        raise InvalidInputError.at(attribute.name, f"must be a Decimal in [0, 1], not {value!r}")


@attrs.frozen(kw_only=True)
class LinuxFoundationFeeSchedule:
    """The Linux Foundation's general and administrative fee on a directed fund's receipts.

    Attributes:
        threshold: The gross receipts a year charged at the first rate.
        first_rate: The rate on receipts up to the threshold.
        excess_rate: The rate on receipts above the threshold.
    """

    threshold: Decimal = attrs.field(validator=check_money)
    first_rate: Decimal = attrs.field(validator=_check_rate)
    excess_rate: Decimal = attrs.field(validator=_check_rate)


LF_FEE: DatedTable[LinuxFoundationFeeSchedule | None] = DatedTable(
    "lf.fee",
    Window(
        start=FIRST_DATE,
        value=None,
        citation=_DELAWARE,
        confidence=Confidence.INFERRED,
        note="No Linux Foundation fee before the foundation became a directed fund.",
    ),
    Window(
        start=LF_CLOSING,
        value=LinuxFoundationFeeSchedule(
            threshold=Decimal(1_000_000),
            first_rate=Decimal("0.09"),
            excess_rate=Decimal("0.06"),
        ),
        citation=_FEE,
        confidence=Confidence.PARAPHRASED,
        note="Rates quoted from the charter; the closing date is paraphrased.",
    ),
)
"""The Linux Foundation fee schedule, by date (none before the closing)."""

_CENT = Decimal("0.01")


@attrs.frozen(kw_only=True)
class LinuxFoundationFee:
    """The Linux Foundation fee on one year's gross receipts.

    Attributes:
        gross_receipts: The directed fund's gross receipts for the year.
        on_first_tier: The fee on the receipts up to the threshold.
        on_excess: The fee on the receipts above it.
        total: The whole fee.
        decision: Why (the schedule applied, or why none applies).
    """

    gross_receipts: Decimal = attrs.field(validator=check_money)
    on_first_tier: Decimal = attrs.field(validator=check_money)
    on_excess: Decimal = attrs.field(validator=check_money)
    total: Decimal = attrs.field(validator=check_money)
    decision: Decision


def linux_foundation_fee(gross_receipts: Decimal | int, *, as_of: date) -> LinuxFoundationFee:
    """The Linux Foundation fee on a year's gross receipts, under the schedule of ``as_of``.

    Charter §10(b): "9% of the Directed Fund's first $1,000,000 of gross receipts each year
    and 6% of the Directed Fund's gross receipts each year over $1,000,000". Each part is
    rounded half-up to the cent [inferred: the charter states no rounding; on whole-dollar
    receipts nothing is rounded]. Before the closing no fee applies: the amounts are zero and
    the decision ``NOT_APPLICABLE``.

    Args:
        gross_receipts: The year's gross receipts in USD (a Decimal or int, not negative).
        as_of: A day of the year the fee is for.

    Raises:
        InvalidInputError: ``gross_receipts`` is not a non-negative exact amount.

    Example:
        >>> fee = linux_foundation_fee(Decimal("3200000"), as_of=date(2026, 1, 1))
        >>> fee.on_first_tier, fee.on_excess, fee.total
        (Decimal('90000.00'), Decimal('132000.00'), Decimal('222000.00'))
        >>> linux_foundation_fee(Decimal("3200000"), as_of=date(2025, 5, 31)).total
        Decimal('0.00')
    """
    try:
        receipts = usd(gross_receipts)
    except InvalidInputError as err:
        raise InvalidInputError.at("gross_receipts", err.problems[0].message) from None
    if receipts < 0:
        raise InvalidInputError.at("gross_receipts", f"must not be negative, not {receipts}")
    window = LF_FEE.at(as_of)
    schedule = window.value
    rule_id = "lf.fee"
    if schedule is None:
        check = Check(
            rule_id,
            Status.NOT_APPLICABLE,
            window.citation,
            f"on {as_of.isoformat()} the foundation was not a Linux Foundation directed fund "
            f"(from {LF_CLOSING.isoformat()}): no Linux Foundation fee",
        )
        return LinuxFoundationFee(
            gross_receipts=receipts,
            on_first_tier=ZERO,
            on_excess=ZERO,
            total=ZERO,
            decision=Decision.of(check),
        )
    first = (min(receipts, schedule.threshold) * schedule.first_rate).quantize(
        _CENT, ROUND_HALF_UP
    )
    excess = (max(receipts - schedule.threshold, ZERO) * schedule.excess_rate).quantize(
        _CENT, ROUND_HALF_UP
    )
    check = Check(
        rule_id,
        Status.PASSED,
        window.citation,
        f"{schedule.first_rate:%} of the first {schedule.threshold} USD ({first}) and "
        f"{schedule.excess_rate:%} of the {max(receipts - schedule.threshold, ZERO)} USD above "
        f"it ({excess})",
    )
    return LinuxFoundationFee(
        gross_receipts=receipts,
        on_first_tier=first,
        on_excess=excess,
        total=first + excess,
        decision=Decision.of(check),
    )


def _before_closing(rule_id: str, as_of: date, what: str) -> Check:
    return Check(
        rule_id,
        Status.NOT_APPLICABLE,
        LF_MEMBERSHIP_REQUIRED.at(as_of).citation,
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
    rule_id = "lf.member.legacy_startup"
    if not LF_MEMBERSHIP_REQUIRED.value(as_of):
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
                f"its Startup Agreement was executed on {signed.isoformat()}, not before the "
                f"closing ({LF_CLOSING.isoformat()})",
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
    if not lf.holds_on(as_of):
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
    if not LF_MEMBERSHIP_REQUIRED.value(as_of):
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

    In the Linux Foundation era an individual takes part by signing the OIF Individual Member
    Agreement [inferred from the transition clause and the 2025 "renewal" of every individual
    member]. Before the closing the question does not arise (Individual Members of the
    Delaware foundation are the membership module's).

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> p = Individual(
        ...     id="1",
        ...     name="A",
        ...     status=IndividualStatus.FOUNDATION_MEMBER,
        ...     member_since=date(2019, 1, 1),
        ...     oif_agreement_signed=date(2025, 7, 1),
        ... )
        >>> check_oif_individual_member(p, as_of=date(2025, 6, 30)).outcome
        <Status.FAILED: 'failed'>
        >>> check_oif_individual_member(p, as_of=date(2025, 7, 1)).outcome
        <Status.PASSED: 'passed'>
    """
    rule_id = "lf.individual.agreement"
    if not LF_MEMBERSHIP_REQUIRED.value(as_of):
        return Decision.of(
            _before_closing(rule_id, as_of, "OIF Individual Members did not exist yet")
        )
    signed = person.oif_agreement_signed
    if person.status is not IndividualStatus.FOUNDATION_MEMBER:
        check = Check(rule_id, Status.FAILED, _OIF_AGREEMENT, "a Community account")
    elif signed is None:
        check = Check(
            rule_id,
            Status.FAILED,
            _OIF_AGREEMENT,
            "has not signed the OIF Individual Member Agreement",
        )
    elif signed > as_of:
        check = Check(
            rule_id,
            Status.FAILED,
            _OIF_AGREEMENT,
            f"signs the OIF Individual Member Agreement on {signed.isoformat()}, after the day",
        )
    else:
        check = Check(
            rule_id,
            Status.PASSED,
            _OIF_AGREEMENT,
            f"signed the OIF Individual Member Agreement on {signed.isoformat()}",
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
    rule_id = "lf.member.directed_fund"
    if not LF_MEMBERSHIP_REQUIRED.value(as_of):
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


class ClosingSeat(enum.Enum):
    """The seat a director held on the Delaware foundation's board at the closing."""

    PLATINUM = "platinum"
    GOLD = "gold"
    INDIVIDUAL = "individual"


@attrs.frozen(kw_only=True)
class ClosingDirector:
    """A director in office on the Delaware foundation's board at the closing (2025-06-01).

    Attributes:
        person: The director's id.
        seat: The seat held at the closing.
        employer: The id of the director's employer, if known.
        employer_participation_signed: The day the employer signed the Participation
            Agreement, if it did (Gold directors).
        oif_agreement_signed: The day the director signed the OIF Individual Member
            Agreement, if they did (Individual directors).
    """

    person: str = attrs.field(validator=check_non_blank)
    seat: ClosingSeat
    employer: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(check_slug)
    )
    employer_participation_signed: date | None = None
    oif_agreement_signed: date | None = None


_REPRESENTATIVE = {
    ClosingSeat.GOLD: "Gold Representative",
    ClosingSeat.INDIVIDUAL: "OIF Individual Member Representative",
}


def check_closing_transition(
    director: ClosingDirector, *, as_of: date, next_election: date | None = None
) -> Decision:
    """Decide whether a director in office at the closing sits as a representative on ``as_of``.

    Election Procedures Policy (transition): each Gold Member Director / Individual Director
    in office at the closing became a Gold Representative / OIF Individual Member
    Representative until the next election, once their employer signed a Participation
    Agreement / they signed an OIF Individual Member Agreement. Platinum directors are not
    covered: Platinum Members appoint their representatives (charter §2(b)).

    Args:
        director: The director and the agreements signed.
        as_of: The day asked about.
        next_election: The day the next election's results take effect, if known; unknown
            leaves the term check ``UNKNOWN``.

    Example:
        >>> d = ClosingDirector(
        ...     person="jk", seat=ClosingSeat.INDIVIDUAL, oif_agreement_signed=date(2025, 6, 10)
        ... )
        >>> check_closing_transition(
        ...     d, as_of=date(2025, 6, 9), next_election=date(2026, 1, 16)
        ... ).outcome
        <Status.FAILED: 'failed'>
        >>> check_closing_transition(
        ...     d, as_of=date(2025, 6, 10), next_election=date(2026, 1, 16)
        ... ).outcome
        <Status.PASSED: 'passed'>
    """
    if as_of < LF_CLOSING:
        return Decision.of(
            _before_closing("lf.transition.agreement", as_of, "the transition had not happened")
        )
    if director.seat is ClosingSeat.PLATINUM:
        return Decision.of(
            Check(
                "lf.transition.agreement",
                Status.NOT_APPLICABLE,
                _TRANSITION,
                "the transition covers Gold and Individual directors; Platinum Members "
                "appoint their representatives (charter §2(b))",
            )
        )
    title = _REPRESENTATIVE[director.seat]
    if director.seat is ClosingSeat.GOLD:
        signed = director.employer_participation_signed
        what = "the employer signed the Participation Agreement"
    else:
        signed = director.oif_agreement_signed
        what = "the director signed the OIF Individual Member Agreement"
    if signed is not None and signed <= as_of:
        agreement = Check(
            "lf.transition.agreement",
            Status.PASSED,
            _TRANSITION,
            f"{what} on {signed.isoformat()}: a {title}",
        )
    else:
        when = f" (only on {signed.isoformat()})" if signed is not None else ""
        agreement = Check(
            "lf.transition.agreement",
            Status.FAILED,
            _TRANSITION,
            f"not a {title} on {as_of.isoformat()}: not yet the case that {what}{when}",
        )
    if next_election is None:
        term = Check(
            "lf.transition.term",
            Status.UNKNOWN,
            _TRANSITION,
            "the transitional term lasts until the next election, whose date was not given",
        )
    elif as_of < next_election:
        term = Check(
            "lf.transition.term",
            Status.PASSED,
            _TRANSITION,
            f"before the next election ({next_election.isoformat()})",
        )
    else:
        term = Check(
            "lf.transition.term",
            Status.FAILED,
            _TRANSITION,
            f"the transitional term ended at the next election ({next_election.isoformat()})",
        )
    return Decision.of(agreement, term)
