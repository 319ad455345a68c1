"""Annual dues: what each tier and fee level costs in each period, and what members owe.

Three periods, each a window of the dated tables below:

* **OpenStack Foundation, 2012-08-20 → 2020-12-31**: Platinum $500,000 a year; Gold "an amount
  equal to total company revenue times .025%, with a minimum of $50,000 and a maximum of
  $200,000"; Corporate Sponsor $25,000; Startup Sponsor $10,000 (2012 press coverage
  [paraphrased]).
* **OpenInfra Foundation, 2021-01-01 →**: Platinum $350,000; Gold $150,000 (established) /
  $50,000 (start-up); Silver $15,000 / $5,000; Associate free (the members page [quoted] and
  the join page, seed 003, for the start-up amounts).
* **Linux Foundation directed fund, 2025-06-01 →**: the same amounts, except that the start-up
  level continues only as the "legacy startup fee" level, whose amount no source gives: its
  dues are ``UNKNOWN``.

A tier that does not exist on the date asked about (Silver in 2014, Corporate Sponsor in 2022)
or a fee level the tier does not offer then (a start-up Gold member in 2014) gives a
``NOT_APPLICABLE`` assessment with no amount: the clause that would price it does not apply
then. Dues are never negative and always exact :class:`~decimal.Decimal` USD, in cents; the
2012 Gold formula rounds to the cent, half up [inferred: the sources give no rounding rule].
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, overload

import attrs

from openinfra_model.core import render
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.deprecations import CallableTuple, keyword_as_of, warn_deprecated
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.money import ZERO, check_money
from openinfra_model.core.regimes import (
    LF_CLOSING,
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, check_unique, slug_id, typed
from openinfra_model.membership.linux_foundation import check_legacy_startup_eligibility
from openinfra_model.membership.model import FeeLevel, IndividualStatus, Membership, Tier
from openinfra_model.membership.roster import Roster
from openinfra_model.membership.standing import members_on

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from openinfra_model.core.citations import Citation
    from openinfra_model.membership.organizations import Organization

__all__ = [
    "ASSOCIATE_TIER_CREATED",
    "DUES",
    "TIERS",
    "DuesAssessment",
    "DuesStatement",
    "Fee",
    "FeeKind",
    "IndividualDues",
    "assess_dues",
    "dues_for",
    "dues_owed",
    "individual_dues",
    "tiers_on",
]

ASSOCIATE_TIER_CREATED = date(2021, 5, 12)
"""The Associate tier's first day [inferred]: the date of the proposal that created it (foundation-
board list, 2021-05-12); the date the Board adopted it is not in the sources."""

_CENT = Decimal("0.01")


class FeeKind(enum.Enum):
    """How a fee level is priced in a period."""

    FIXED = "fixed"
    """A fixed amount a year."""
    REVENUE_FORMULA = "revenue_formula"
    """A share of the member's total annual revenue, between a minimum and a maximum."""
    UNKNOWN = "unknown"
    """The level exists but no source gives its amount."""
    NOT_OFFERED = "not_offered"
    """The tier or fee level does not exist in the period."""


def _check_rate(
    _instance: object, attribute: attrs.Attribute[Decimal | None], value: object
) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite() or not (0 <= value <= 1):
        raise InvalidInputError.at(
            attribute.name, f"must be a Decimal fraction in [0, 1], not {value!r}"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class Fee:
    """The price of one tier's fee level in one period (the value of a ``DUES`` window).

    Attributes:
        kind: Fixed, revenue formula, unknown or not offered.
        amount: The fixed amount a year (``FIXED`` only).
        rate: The share of revenue (``REVENUE_FORMULA`` only), e.g. ``Decimal("0.00025")``.
        minimum: The formula's floor.
        maximum: The formula's ceiling.

    Example:
        >>> str(Fee.fixed("350000"))
        '$350,000.00 a year'
        >>> str(Fee.revenue_share("0.00025", "50000", "200000"))
        '0.025% of annual revenue, at least $50,000.00 and at most $200,000.00'
    """

    kind: FeeKind
    amount: Decimal | None = attrs.field(default=None, validator=check_money)
    rate: Decimal | None = attrs.field(default=None, validator=_check_rate)
    minimum: Decimal | None = attrs.field(default=None, validator=check_money)
    maximum: Decimal | None = attrs.field(default=None, validator=check_money)

    @classmethod
    def fixed(cls, amount: str) -> Fee:
        """A fixed amount a year."""
        return cls(kind=FeeKind.FIXED, amount=Decimal(amount))

    @classmethod
    def revenue_share(cls, rate: str, minimum: str, maximum: str) -> Fee:
        """A share of annual revenue between a minimum and a maximum."""
        return cls(
            kind=FeeKind.REVENUE_FORMULA,
            rate=Decimal(rate),
            minimum=Decimal(minimum),
            maximum=Decimal(maximum),
        )

    def __str__(self) -> str:
        """Describe the fee in words."""
        if self.kind is FeeKind.FIXED:
            return f"{_dollars(self.amount)} a year"
        if self.kind is FeeKind.REVENUE_FORMULA:
            pct = (self.rate or ZERO) * 100
            return (
                f"{pct.normalize():f}% of annual revenue, at least {_dollars(self.minimum)} "
                f"and at most {_dollars(self.maximum)}"
            )
        return "unknown" if self.kind is FeeKind.UNKNOWN else "not offered"


def _dollars(amount: Decimal | None) -> str:
    if amount is None:
        return "unknown"
    return f"${amount.quantize(_CENT):,}"


# --- Sources --------------------------------------------------------------------------------


# --- The tiers of each period ------------------------------------------------------------


class _TierSet(frozenset[Tier]):
    """A set of tiers that prints as their names (for the rules reference)."""

    __slots__ = ()

    def __str__(self) -> str:
        return ", ".join(t.value for t in Tier if t in self)


TIERS: DatedTable[frozenset[Tier]] = parameter("membership.tiers", frozenset[Tier], build=_TierSet)
"""The organisational tiers that exist in each period."""


@keyword_as_of(0)
def tiers_on(*, as_of: date) -> frozenset[Tier]:
    """The organisational tiers that exist on ``as_of``.

    Example:
        >>> sorted(t.value for t in tiers_on(as_of=date(2014, 1, 15)))
        ['corporate_sponsor', 'gold', 'platinum', 'startup_sponsor']
        >>> sorted(t.value for t in tiers_on(as_of=date(2026, 1, 15)))
        ['associate', 'gold', 'platinum', 'silver']

    .. versionchanged:: 0.2
       ``as_of`` is keyword-only (by position: deprecated, warns).
    """
    check_arguments(tiers_on, locals())
    return TIERS._value(as_of)


# --- The dues tables ------------------------------------------------------------------------


DUES: Mapping[tuple[Tier, FeeLevel], DatedTable[Fee]] = MappingProxyType(
    {
        (tier, level): parameter(f"dues.{tier.value}.{level.value}", Fee)
        for tier, level in (
            (Tier.PLATINUM, FeeLevel.ESTABLISHED),
            (Tier.GOLD, FeeLevel.ESTABLISHED),
            (Tier.GOLD, FeeLevel.START_UP),
            (Tier.GOLD, FeeLevel.LEGACY_STARTUP),
            (Tier.SILVER, FeeLevel.ESTABLISHED),
            (Tier.SILVER, FeeLevel.START_UP),
            (Tier.SILVER, FeeLevel.LEGACY_STARTUP),
            (Tier.ASSOCIATE, FeeLevel.ESTABLISHED),
            (Tier.CORPORATE_SPONSOR, FeeLevel.ESTABLISHED),
            (Tier.STARTUP_SPONSOR, FeeLevel.ESTABLISHED),
        )
    }
)
"""The dues tables, one per tier and fee level (rule ids ``dues.<tier>.<level>``)."""


# --- Results --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=typed)
class DuesAssessment:
    """The annual dues of one tier and fee level on one date, and why.

    Attributes:
        tier: The tier assessed.
        fee_level: The fee level assessed.
        as_of: The date whose rules apply.
        amount: The dues a year in USD, or ``None`` when unknown or not applicable (the
            decision says which and why).
        decision: ``PASSED`` with the amount's citation; ``UNKNOWN`` when no source gives the
            amount or a needed fact (annual revenue) is missing; ``NOT_APPLICABLE`` when the tier
            or level does not exist then; ``FAILED`` when the member may not use the level
            (legacy start-up without a pre-closing Startup Agreement).
        organization: The member's organisation id, when a membership was assessed.
        minimum: The least the dues can be: the amount when known; the formula's floor when
            only the revenue is missing; else ``None``.
        maximum: The most the dues can be, likewise.
    """

    tier: Tier
    fee_level: FeeLevel
    as_of: date
    amount: Decimal | None = attrs.field(validator=check_money)
    decision: Decision
    organization: str | None = attrs.field(default=None, validator=slug_id)
    minimum: Decimal | None = attrs.field(default=None, validator=check_money)
    maximum: Decimal | None = attrs.field(default=None, validator=check_money)

    @property
    def citation(self) -> Citation:
        """The citation of the amount (the first check's)."""
        return self.decision.checks[0].citation

    def __repr__(self) -> str:
        """One line: who, tier, date, amount (or its range) and outcome."""
        who = f"{self.organization} " if self.organization else ""
        return (
            f"<DuesAssessment {who}{self.tier.value}/{self.fee_level.value} "
            f"{self.as_of.isoformat()}: {_amount_text(self)} {self.decision.outcome.name}>"
        )

    def _repr_html_(self) -> str:
        """The amount, then the decision's checks."""
        return render.result_html(self)

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row: organisation, tier, level, date, amount and range, outcome, reason.

        .. versionadded:: 0.2
        """
        return (_assessment_row(self),)


@attrs.frozen(kw_only=True, field_transformer=typed)
class DuesStatement:
    """What the members in force on a date owe a year.

    Attributes:
        as_of: The date.
        assessments: One per membership in force, Platinum first, then by organisation id.
        total: The sum of the known amounts.
    """

    as_of: date
    assessments: tuple[DuesAssessment, ...]
    total: Decimal = attrs.field(validator=check_money)

    @property
    def unknown(self) -> tuple[DuesAssessment, ...]:
        """The assessments whose amount is not known (their decisions say why)."""
        return tuple(a for a in self.assessments if a.amount is None)

    @property
    def total_range(self) -> tuple[Decimal, Decimal] | None:
        """The least and most the members owe together, or ``None`` if some amount is unbounded.

        Equal to ``(total, total)`` when every amount is known; wider when the 2012 Gold
        formula lacks a member's revenue (each such member owes between $50,000 and $200,000).
        """
        lows = [a.minimum for a in self.assessments]
        highs = [a.maximum for a in self.assessments]
        if any(x is None for x in (*lows, *highs)):
            return None
        return (
            sum((x for x in lows if x is not None), ZERO),
            sum((x for x in highs if x is not None), ZERO),
        )

    @property
    def complete(self) -> bool:
        """Whether every amount is known, so :attr:`total` is the whole of the dues."""
        return not self.unknown

    @property
    def by_tier(self) -> tuple[tuple[Tier, tuple[DuesAssessment, ...], Decimal], ...]:
        """The assessments grouped by tier, as (tier, assessments, known subtotal) triples.

        .. versionchanged:: 0.2
           A property, like :attr:`unknown` and :attr:`complete`; calling it
           (``statement.by_tier()``) still works for one release and warns.
        """
        out = []
        for tier in Tier:
            group = tuple(a for a in self.assessments if a.tier is tier)
            if group:
                out.append((tier, group, sum((a.amount or ZERO for a in group), ZERO)))
        return CallableTuple(
            tuple(out), old="DuesStatement.by_tier()", new="DuesStatement.by_tier (a property)"
        )

    def __repr__(self) -> str:
        """One line: the date, the assessments and the known total."""
        unknown = f", {len(self.unknown)} unknown" if self.unknown else ""
        return (
            f"<DuesStatement {self.as_of.isoformat()}: {len(self.assessments)} assessments"
            f"{unknown}, total {self.total:f}>"
        )

    def _repr_html_(self) -> str:
        """The total, then one row an assessment, coloured by its outcome."""
        return render.frame(
            repr(self)[1:-1],
            render.table(
                (
                    "organisation",
                    "tier",
                    "fee level",
                    "amount",
                    "minimum",
                    "maximum",
                    "outcome",
                    "reason",
                ),
                (
                    (
                        a.organization,
                        a.tier,
                        a.fee_level,
                        a.amount,
                        a.minimum,
                        a.maximum,
                        a.decision.outcome,
                        a.decision.checks[0].reason if a.decision.checks else "",
                    )
                    for a in self.assessments
                ),
                statuses=(a.decision.outcome for a in self.assessments),
                total=len(self.assessments),
            ),
        )

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row an assessment (see :meth:`DuesAssessment.to_rows`).

        Example:
            >>> from openinfra_model import Membership, Tier
            >>> m = Membership(
            ...     organization="acme",
            ...     tier=Tier.GOLD,
            ...     signed=date(2025, 1, 6),
            ...     approved=date(2025, 1, 6),
            ... )
            >>> from openinfra_model import Organization, Roster
            >>> roster = Roster(
            ...     snapshot=date(2025, 1, 15),
            ...     organizations=(Organization(id="acme", name="Acme"),),
            ...     memberships=(m,),
            ... )
            >>> row = dues_owed(roster, as_of=date(2025, 1, 15)).to_rows()[0]
            >>> row["organization"], row["tier"], row["amount"], row["outcome"]
            ('acme', 'gold', Decimal('150000.00'), 'passed')

        .. versionadded:: 0.2
        """
        return tuple(_assessment_row(a) for a in self.assessments)


def _amount_text(a: DuesAssessment) -> str:
    if a.amount is not None:
        return f"{a.amount:f}"
    if a.minimum is not None and a.maximum is not None:
        return f"{a.minimum:f}..{a.maximum:f}"
    return "unknown"


def _assessment_row(a: DuesAssessment) -> dict[str, object]:
    return render.result_row(
        a.decision,
        as_of=a.as_of,
        organization=a.organization,
        tier=a.tier.value,
        fee_level=a.fee_level.value,
        amount=a.amount,
        minimum=a.minimum,
        maximum=a.maximum,
    )


def _formula(fee: Fee, revenue: Decimal) -> tuple[Decimal, str]:
    assert fee.rate is not None  # noqa: S101  (REVENUE_FORMULA fees always have all three)
    assert fee.minimum is not None  # noqa: S101
    assert fee.maximum is not None  # noqa: S101
    raw = (revenue * fee.rate).quantize(_CENT, rounding=ROUND_HALF_UP)
    amount = min(max(raw, fee.minimum), fee.maximum)
    how = f"{fee} applied to revenue {_dollars(revenue)} gives {_dollars(raw)}"
    if raw < fee.minimum:
        how += f", raised to the minimum {_dollars(fee.minimum)}"
    elif raw > fee.maximum:
        how += f", capped at the maximum {_dollars(fee.maximum)}"
    return amount, how


def dues_for(
    tier: Tier,
    fee_level: FeeLevel = FeeLevel.ESTABLISHED,
    *,
    as_of: date,
    annual_revenue: Decimal | None = None,
) -> DuesAssessment:
    """The annual dues of a tier and fee level on ``as_of``.

    Cites the dues table ``dues.<tier>.<level>`` window in force. The 2012 Gold fee needs the
    member's total annual revenue (``annual_revenue``); without it the amount is ``UNKNOWN``.

    Raises:
        NoRegimeError: ``as_of`` is before 2012-07-18, the first supported date.

    Example:
        >>> from openinfra_model import FeeLevel, Tier
        >>> dues_for(Tier.PLATINUM, as_of=date(2014, 1, 15)).amount
        Decimal('500000.00')
        >>> dues_for(Tier.PLATINUM, as_of=date(2021, 1, 1)).amount
        Decimal('350000.00')
        >>> dues_for(Tier.GOLD, FeeLevel.START_UP, as_of=date(2022, 6, 7)).amount
        Decimal('50000.00')
        >>> g = dues_for(Tier.GOLD, as_of=date(2014, 1, 15))
        >>> g.amount is None, g.decision.outcome.name
        (True, 'UNKNOWN')
        >>> dues_for(Tier.GOLD, as_of=date(2014, 1, 15), annual_revenue=Decimal("1e10")).amount
        Decimal('200000.00')
    """
    check_arguments(dues_for, locals())
    return _dues_for(tier, fee_level, as_of, annual_revenue)


def _dues_for(
    tier: Tier, fee_level: FeeLevel, as_of: date, annual_revenue: Decimal | None
) -> DuesAssessment:
    # dues_for() without its argument check: assess_dues and dues_owed price every
    # membership of a roster with it.
    table = DUES.get((tier, fee_level))
    rule_id = f"dues.{tier.value}.{fee_level.value}"
    if table is None:
        # A level the tier never offers in any period: price it as "not offered", citing the
        # tier's established-level window (the clause that sets the tier's only price).
        base = DUES[tier, FeeLevel.ESTABLISHED]._at(as_of)
        reason = f"{tier.value} has no {fee_level.value} fee level in any source"
        check = Check(rule_id, Status.NOT_APPLICABLE, base.citation, reason)
        return DuesAssessment(
            tier=tier, fee_level=fee_level, as_of=as_of, amount=None, decision=Decision.of(check)
        )
    window = table._at(as_of)
    fee = window.value
    amount: Decimal | None = None
    if fee.kind is FeeKind.FIXED:
        amount = fee.amount
        status, reason = Status.PASSED, f"{tier.value} ({fee_level.value}): {fee}"
    elif fee.kind is FeeKind.REVENUE_FORMULA:
        if annual_revenue is None:
            status = Status.UNKNOWN
            reason = f"{tier.value} dues are {fee}; the member's annual revenue is not recorded"
        else:
            amount, how = _formula(fee, annual_revenue)
            status, reason = Status.PASSED, how
    elif fee.kind is FeeKind.UNKNOWN:
        status = Status.UNKNOWN
        reason = f"no source gives the {tier.value} {fee_level.value} amount: {window.note}"
    else:
        status = Status.NOT_APPLICABLE
        if tier not in tiers_on(as_of=as_of):
            reason = f"the {tier.value} tier does not exist on {as_of.isoformat()}"
        else:
            reason = f"{tier.value} has no {fee_level.value} fee level on {as_of.isoformat()}"
        reason = f"{reason}: {window.note}" if window.note else reason
    check = Check(rule_id, status, window.citation, reason)
    low = high = None
    if amount is not None:
        amount = low = high = amount.quantize(_CENT)
    elif fee.kind is FeeKind.REVENUE_FORMULA:
        # In cents, as every amount is (the formula's bounds are written "50000").
        low = None if fee.minimum is None else fee.minimum.quantize(_CENT)
        high = None if fee.maximum is None else fee.maximum.quantize(_CENT)
    return DuesAssessment(
        tier=tier,
        fee_level=fee_level,
        as_of=as_of,
        amount=amount,
        decision=Decision.of(check),
        minimum=low,
        maximum=high,
    )


def assess_dues(
    membership: Membership, organization: Organization | None = None, *, as_of: date
) -> DuesAssessment:
    """The annual dues of one membership on ``as_of``.

    Prices the membership's tier and fee level with :func:`dues_for`, reading the
    organisation's annual revenue for the 2012 Gold formula. A legacy start-up membership is
    also checked for its condition with
    :func:`~openinfra_model.membership.check_legacy_startup_eligibility` (a Startup Agreement
    executed with
    the OpenStack Foundation before the closing, 2025-06-01); when that fails, no amount.
    Whether the membership is in force on ``as_of`` is not examined here (see :func:`dues_owed`).

    Raises:
        InvalidInputError: ``organization`` is not the membership's organisation.

    Example:
        >>> from openinfra_model import FeeLevel, Membership, Organization, Tier
        >>> m = Membership(organization="ntt", tier=Tier.GOLD, signed=date(2013, 3, 1))
        >>> org = Organization(id="ntt", name="NTT", annual_revenue=Decimal("100000000"))
        >>> assess_dues(m, org, as_of=date(2014, 1, 15)).amount
        Decimal('50000.00')
    """
    check_arguments(assess_dues, locals())
    return _assess_dues(membership, organization, as_of)


def _assess_dues(
    membership: Membership, organization: Organization | None, as_of: date
) -> DuesAssessment:
    # assess_dues() without its argument check, for dues_owed's once-per-membership calls.
    if organization is not None and organization.id != membership.organization:
        raise InvalidInputError.at(
            "organization.id",
            f"{organization.id!r} is not the membership's organisation "
            f"{membership.organization!r}",
        )
    revenue = organization.annual_revenue if organization is not None else None
    base = _dues_for(membership.tier, membership.fee_level, as_of, revenue)
    checks = list(base.decision.checks)
    amount, low, high = base.amount, base.minimum, base.maximum
    if membership.fee_level is FeeLevel.LEGACY_STARTUP and as_of >= LF_CLOSING:
        legacy = check_legacy_startup_eligibility(membership, as_of=as_of)
        checks.extend(legacy.checks)
        if legacy.outcome is Status.FAILED:
            amount = low = high = None
    return attrs.evolve(
        base,
        amount=amount,
        decision=Decision.of(*checks),
        organization=membership.organization,
        minimum=low,
        maximum=high,
    )


_TIER_ORDER = {t: i for i, t in enumerate(Tier)}


@overload
def dues_owed(roster: Roster, *, as_of: date) -> DuesStatement: ...


@overload
def dues_owed(
    roster: Iterable[Membership],
    organizations: Iterable[Organization] = (),
    *,
    as_of: date,
) -> DuesStatement: ...


def dues_owed(
    roster: Roster | Iterable[Membership],
    organizations: Iterable[Organization] | None = None,
    *,
    as_of: date,
) -> DuesStatement:
    """What the roster's memberships in force on ``as_of`` owe a year, with a total.

    Memberships count when :func:`~openinfra_model.in_force` says so on ``as_of``; each is
    priced with :func:`assess_dues`, reading its organisation from the roster (the 2012 Gold
    formula needs its annual revenue). The total sums the known amounts;
    :attr:`DuesStatement.unknown` lists those whose amount is not known.

    Args:
        roster: The roster whose memberships are assessed.
        organizations: Deprecated, with the old form only (see below).
        as_of: The day whose rules and memberships apply.

    Raises:
        TypeError: A roster and separate organisations (the roster holds them).

    Example:
        >>> from openinfra_model import Membership, Organization, Roster, Tier
        >>> roster = Roster(
        ...     snapshot=date(2021, 6, 1),
        ...     organizations=(Organization(id="a", name="A"), Organization(id="b", name="B")),
        ...     memberships=(
        ...         Membership(
        ...             organization="a",
        ...             tier=Tier.PLATINUM,
        ...             signed=date(2020, 10, 1),
        ...             approved=date(2020, 10, 1),
        ...         ),
        ...         Membership(
        ...             organization="b",
        ...             tier=Tier.SILVER,
        ...             signed=date(2021, 2, 1),
        ...             approved=date(2021, 2, 1),
        ...         ),
        ...     ),
        ... )
        >>> dues_owed(roster, as_of=date(2021, 6, 1)).total
        Decimal('365000.00')

    .. versionchanged:: 0.2
       Takes a :class:`~openinfra_model.Roster`. The old form
       ``dues_owed(memberships, organizations=(), *, as_of=...)`` still works for one release
       and warns.
    """
    check_arguments(dues_owed, locals())
    if isinstance(roster, Roster):
        if organizations is not None:
            msg = "dues_owed(roster, ...) takes the organisations from the roster; pass no others"
            raise TypeError(msg)
        memberships: Iterable[Membership] = roster.memberships
        orgs = dict(roster.organizations_by_id)
    else:
        warn_deprecated(
            "dues_owed(memberships, organizations, as_of=...)", "dues_owed(roster, as_of=...)"
        )
        memberships = roster
        unique = check_unique(tuple(organizations or ()), "id", "organizations")
        orgs = {o.id: o for o in unique}
    current = sorted(
        members_on(memberships, as_of=as_of), key=lambda m: (_TIER_ORDER[m.tier], m.organization)
    )
    assessments = tuple(_assess_dues(m, orgs.get(m.organization), as_of) for m in current)
    total = sum((a.amount for a in assessments if a.amount is not None), ZERO)
    return DuesStatement(as_of=as_of, assessments=assessments, total=total)


INDIVIDUAL_DUES: Mapping[IndividualStatus, DatedTable[Fee]] = MappingProxyType(
    {
        status: parameter(f"dues.individual.{status.value}", Fee)
        for status in (IndividualStatus.FOUNDATION_MEMBER, IndividualStatus.COMMUNITY)
    }
)
"""What an individual pays, by status (rule ids ``dues.individual.<status>``)."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class IndividualDues:
    """What an individual Foundation member or Community account pays on a date.

    Attributes:
        status: Foundation member or Community account.
        as_of: The date.
        amount: ``0.00`` from 2021 (free, join page); ``None`` before (no source states it).
        decision: ``PASSED`` with the join page's citation, or ``UNKNOWN``.
    """

    status: IndividualStatus
    as_of: date
    amount: Decimal | None = attrs.field(validator=check_money)
    decision: Decision

    def __repr__(self) -> str:
        """One line: status, date, amount and outcome."""
        amount = "unknown" if self.amount is None else f"{self.amount:f}"
        return (
            f"<IndividualDues {self.status.value} {self.as_of.isoformat()}: {amount} "
            f"{self.decision.outcome.name}>"
        )

    def _repr_html_(self) -> str:
        """The amount, then the decision's checks."""
        return render.result_html(self)

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row: status, date, amount, outcome and reason.

        .. versionadded:: 0.2
        """
        return (
            render.result_row(
                self.decision,
                as_of=self.as_of,
                status=self.status.value,
                amount=self.amount,
            ),
        )


def individual_dues(status: IndividualStatus, *, as_of: date) -> IndividualDues:
    """What an individual pays on ``as_of``: free from 2021 (join page); unknown before.

    Example:
        >>> from openinfra_model import IndividualStatus
        >>> individual_dues(IndividualStatus.COMMUNITY, as_of=date(2022, 1, 1)).amount
        Decimal('0.00')
        >>> individual_dues(IndividualStatus.FOUNDATION_MEMBER, as_of=date(2014, 1, 1)).amount
    """
    check_arguments(individual_dues, locals())
    window = INDIVIDUAL_DUES[status]._at(as_of)
    fee = window.value
    rule_id = f"dues.individual.{status.value}"
    if fee.kind is FeeKind.FIXED and fee.amount is not None:
        amount: Decimal | None = fee.amount.quantize(_CENT)
        check = Check(rule_id, Status.PASSED, window.citation, f"{status.value}: free")
    else:
        amount = None
        check = Check(rule_id, Status.UNKNOWN, window.citation, window.note)
    return IndividualDues(status=status, as_of=as_of, amount=amount, decision=Decision.of(check))
