"""The Linux Foundation era: the directed fund's fee and the board's transition at the closing.

* the Linux Foundation's fee: 9% of the first $1,000,000 of gross receipts a year, 6% above
  (charter §10(b));
* the transition at the closing: sitting Gold and Individual directors became Gold and OIF
  Individual Member Representatives until the next election, once their employer signed a
  Participation Agreement / they signed an OIF Individual Member Agreement.

Who may be a member in that era is :mod:`openinfra_model.membership.linux_foundation`.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from openinfra_model.core import render
from openinfra_model.core.citations import cite
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.money import ZERO, check_money, usd
from openinfra_model.core.regimes import LF_CLOSING, DatedTable
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.membership.organizations import check_non_blank, check_slug

__all__ = [
    "LF_FEE",
    "ClosingDirector",
    "ClosingSeat",
    "LinuxFoundationFee",
    "LinuxFoundationFeeSchedule",
    "check_closing_transition",
    "linux_foundation_fee",
]


_TRANSITION = cite(
    "lf-election-procedures",
    LF_CLOSING,
    "transition",
    None,
)


def _check_rate(_instance: Any, attribute: Any, value: Decimal) -> None:  # noqa: ANN401
    if not isinstance(value, Decimal) or not value.is_finite() or not 0 <= value <= 1:
        raise InvalidInputError.at(attribute.name, f"must be a Decimal in [0, 1], not {value!r}")


@attrs.frozen(kw_only=True, field_transformer=typed)
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


LF_FEE: DatedTable[LinuxFoundationFeeSchedule | None] = parameter(
    "lf.fee", LinuxFoundationFeeSchedule | None
)
"""The Linux Foundation fee schedule, by date (none before the closing)."""

_CENT = Decimal("0.01")


@attrs.frozen(kw_only=True, field_transformer=typed)
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

    def __repr__(self) -> str:
        """One line: receipts, fee and outcome."""
        return (
            f"<LinuxFoundationFee on {self.gross_receipts:f}: {self.total:f} "
            f"{self.decision.outcome.name}>"
        )

    def _repr_html_(self) -> str:
        """The fee, then the decision's checks."""
        return render.result_html(self)

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row: receipts and the fee's parts as :class:`Decimal`, the outcome.

        .. versionadded:: 0.2
        """
        return (
            render.result_row(
                self.decision,
                gross_receipts=self.gross_receipts,
                on_first_tier=self.on_first_tier,
                on_excess=self.on_excess,
                total=self.total,
            ),
        )


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
    check_arguments(linux_foundation_fee, locals())
    try:
        receipts = usd(gross_receipts)
    except InvalidInputError as err:
        raise InvalidInputError.at("gross_receipts", err.problems[0].message) from None
    if receipts < 0:
        raise InvalidInputError.at("gross_receipts", f"must not be negative, not {receipts}")
    window = LF_FEE._at(as_of)
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
        f"it ({excess}): {first + excess} USD in all",
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
        _TRANSITION,
        f"on {as_of.isoformat()} the foundation was not yet a Linux Foundation directed fund "
        f"(from {LF_CLOSING.isoformat()}): {what}",
    )


class ClosingSeat(enum.Enum):
    """The seat a director held on the Delaware foundation's board at the closing."""

    PLATINUM = "platinum"
    GOLD = "gold"
    INDIVIDUAL = "individual"


@attrs.frozen(kw_only=True, field_transformer=typed)
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
    check_arguments(check_closing_transition, locals())
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
    article = "an" if title[0] in "AEIOU" else "a"
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
            f"{what} on {signed.isoformat()}: {director.person} is {article} {title}",
        )
    else:
        when = f" (only on {signed.isoformat()})" if signed is not None else ""
        agreement = Check(
            "lf.transition.agreement",
            Status.FAILED,
            _TRANSITION,
            f"{director.person} is not {article} {title} on {as_of.isoformat()}: not yet the case "
            f"that {what}{when}",
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
            f"{as_of.isoformat()} is before the next election ({next_election.isoformat()})",
        )
    else:
        term = Check(
            "lf.transition.term",
            Status.FAILED,
            _TRANSITION,
            f"the transitional term ended at the next election ({next_election.isoformat()})",
        )
    return Decision.of(agreement, term)
