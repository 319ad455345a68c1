"""Affiliation: Affiliated Groups (Delaware bylaws) and Related Companies (Linux Foundation era).

Two organisations belong to one group when one controls the other, directly or through a
chain, or when a third party controls both; control is ownership of more than 50% of the
voting securities (``ControlLink.confers_control``). A person is affiliated with a group when
they are an employee, officer or board member of one of its organisations, or a contractor who
earned more than $60,000 from it in the most recent twelve months.

* Delaware bylaws §2.5: "An Affiliated Group does not apply to government agencies, academic
  institutions or individuals." We read the exception as: a government agency or academic
  institution is never in a group, and its control of two companies does not put them in one
  (state-owned China Mobile, China Telecom and China Unicom were Gold members side by side in
  2022) [inferred].
* Linux Foundation charter §5 ("Related Company"): the same over-50% control test, direct,
  indirect or by common control of a third party, with no exception written [quoted]; we apply
  it as written.

Member-level consequences of a change of control (:func:`control_change_consequences`) and the
refusal of an affiliated applicant (:func:`check_applicant_affiliation`) live here too.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.core import render
from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.money import check_money
from openinfra_model.core.regimes import LF_CLOSING, DatedTable
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, slug_id, typed
from openinfra_model.membership import Tier
from openinfra_model.membership.organizations import OrganizationKind, check_slug
from openinfra_model.membership.standing import members_on

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from openinfra_model.membership import Membership
    from openinfra_model.membership.organizations import Organization

__all__ = [
    "AFFILIATION_EXEMPT_KINDS",
    "CONTRACTOR_THRESHOLD",
    "AffiliatedGroups",
    "AffiliationKind",
    "ControlChange",
    "MembershipChange",
    "MembershipChangeKind",
    "PersonalAffiliation",
    "affiliated_groups",
    "check_applicant_affiliation",
    "control_change_consequences",
]

_LF_TEXT = date(2025, 7, 7)


@attrs.frozen
class _Kinds:
    """A set of organisation kinds that reads well in the rules reference."""

    kinds: frozenset[OrganizationKind]

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds

    def __str__(self) -> str:
        return ", ".join(sorted(k.value for k in self.kinds)) or "none"


AFFILIATION_EXEMPT_KINDS: DatedTable[_Kinds] = parameter("affiliation.exempt_kinds", _Kinds)
"""Kinds of organisation that never form part of an Affiliated Group / Related Companies."""

CONTRACTOR_THRESHOLD: DatedTable[Decimal] = parameter("affiliation.contractor_threshold", Decimal)
"""A contractor is affiliated only above this amount earned in the most recent twelve months."""


class AffiliationKind(enum.Enum):
    """How a person is linked to an organisation (bylaws §4.15(b))."""

    EMPLOYEE = "employee"
    OFFICER = "officer"
    BOARD_MEMBER = "board_member"
    CONTRACTOR = "contractor"


def _after_since(instance: Any, attribute: Any, value: date | None) -> None:  # noqa: ANN401
    if value is not None and instance.since is not None and value < instance.since:
        raise InvalidInputError.at(attribute.name, "is before since")


def _check_earnings(instance: Any, attribute: Any, value: Decimal | None) -> None:  # noqa: ANN401
    check_money(instance, attribute, value)
    if value is not None and instance.kind is not AffiliationKind.CONTRACTOR:
        raise InvalidInputError.at(attribute.name, "only a contractor link has earnings")


@attrs.frozen(kw_only=True, field_transformer=typed)
class PersonalAffiliation:
    """A person's link to an organisation, with its dates.

    Attributes:
        organization: The organisation's id.
        kind: Employee, officer, board member or contractor.
        since: The first day of the link, if known.
        until: The first day it no longer holds (half-open), if it ended.
        earnings_last_12_months: For a contractor: what they earned from the organisation's
            group in the most recent twelve months (``None``: not known).

    Example:
        >>> PersonalAffiliation(organization="hp", kind=AffiliationKind.EMPLOYEE).holds_on(
        ...     date(2015, 1, 1)
        ... )
        True
    """

    organization: str = attrs.field(validator=check_slug)
    kind: AffiliationKind
    since: date | None = None
    until: date | None = attrs.field(default=None, validator=_after_since)
    earnings_last_12_months: Decimal | None = attrs.field(default=None, validator=_check_earnings)

    def holds_on(self, day: date) -> bool:
        """Whether the link holds on ``day``."""
        return (self.since is None or self.since <= day) and (
            self.until is None or day < self.until
        )

    def counts_on(self, day: date) -> bool | None:
        """Whether the link makes the person affiliated on ``day``.

        ``None`` for a contractor whose earnings are not known (the threshold cannot be
        decided); ``False`` for a contractor at or under the threshold.
        """
        if not self.holds_on(day):
            return False
        if self.kind is not AffiliationKind.CONTRACTOR:
            return True
        if self.earnings_last_12_months is None:
            return None
        return self.earnings_last_12_months > CONTRACTOR_THRESHOLD._value(day)


class _UnionFind:
    __slots__ = ("parent",)

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        root = parent.setdefault(x, x)
        while root != parent[root]:
            root = parent[root]
        while x != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # keep the smaller id as root, so group keys do not depend on input order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


@attrs.frozen(kw_only=True, field_transformer=typed)
class AffiliatedGroups:
    """The affiliated groups among a set of organisations on one date.

    Every organisation has a group key: the smallest id in its group (its own id when it is
    alone). Organisations not given (or of an exempt kind) are their own group.

    Attributes:
        as_of: The date the control links were read on.
        groups: The groups of two or more organisations, each sorted, smallest key first.
        citation: The definition applied (bylaws §2.5 or charter §5).
    """

    as_of: date
    groups: tuple[tuple[str, ...], ...]
    citation: Citation

    @cached_property
    def _key_of(self) -> Mapping[str, str]:
        return MappingProxyType({org: g[0] for g in self.groups for org in g})

    def key(self, organization: str) -> str:
        """The group key of an organisation (itself when it is in no group)."""
        return self._key_of.get(organization, organization)

    def same_group(self, a: str, b: str) -> bool:
        """Whether two organisations are affiliated (or the same).

        Example:
            >>> from openinfra_model import Organization
            >>> from openinfra_model.membership import ControlLink
            >>> orgs = (
            ...     Organization(id="hpe", name="HPE"),
            ...     Organization(
            ...         id="hpe-labs",
            ...         name="HPE Labs",
            ...         controlled_by=(ControlLink(parent="hpe", share=Decimal(1)),),
            ...     ),
            ... )
            >>> affiliated_groups(orgs, as_of=date(2020, 1, 1)).same_group("hpe", "hpe-labs")
            True
        """
        return self.key(a) == self.key(b)

    def members_of(self, organization: str) -> tuple[str, ...]:
        """Every organisation in the group of ``organization`` (itself included)."""
        key = self.key(organization)
        for g in self.groups:
            if g[0] == key:
                return g
        return (organization,)

    def __repr__(self) -> str:
        """Summarise: the date and the number of groups."""
        return f"<AffiliatedGroups as of {self.as_of.isoformat()}: {len(self.groups)} groups>"

    def _repr_html_(self) -> str:
        """The date and definition, then one row a group (cut after 20 rows)."""
        return render.frame(
            f"Affiliated groups as of {self.as_of.isoformat()} ({self.citation})",
            render.table(
                ("group", "organisations"),
                ((g[0], ", ".join(g)) for g in self.groups),
                total=len(self.groups),
            ),
        )

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row an organisation grouped: the date, the organisation and its group.

        .. versionadded:: 0.2
        """
        return tuple(
            {"as_of": self.as_of, "organization": o, "group": g[0], "group_size": len(g)}
            for g in self.groups
            for o in g
        )


def _definition(as_of: date) -> tuple[_Kinds, Citation]:
    window = AFFILIATION_EXEMPT_KINDS._at(as_of)
    return window.value, window.citation


def affiliated_groups(organizations: Iterable[Organization], *, as_of: date) -> AffiliatedGroups:
    """Group organisations by control over 50%: direct, through chains, or common control.

    Union-find over the control links that hold on ``as_of`` and confer control, so the cost is
    about linear in the number of links. Links to organisations not given still join the
    organisations given (the parent is a third party in common control). Government agencies
    and academic institutions are left out in the Delaware period (bylaws §2.5).

    Args:
        organizations: The organisations, with their ``controlled_by`` links.
        as_of: The date the links are read on; it also chooses the definition.

    Raises:
        InvalidInputError: Two organisations share an id.
        NoRegimeError: ``as_of`` is before the first supported date.

    Example:
        >>> from openinfra_model import Organization
        >>> from openinfra_model.membership import ControlLink
        >>> parent = ControlLink(parent="holding", share=Decimal("0.6"))
        >>> orgs = (
        ...     Organization(id="a", name="A", controlled_by=(parent,)),
        ...     Organization(id="b", name="B", controlled_by=(parent,)),
        ...     Organization(id="c", name="C"),
        ... )
        >>> affiliated_groups(orgs, as_of=date(2022, 1, 1)).groups
        (('a', 'b', 'holding'),)
    """
    check_arguments(affiliated_groups, locals())
    exempt, citation = _definition(as_of)
    orgs = tuple(organizations)
    kinds: dict[str, OrganizationKind] = {}
    for i, org in enumerate(orgs):
        if org.id in kinds:
            raise InvalidInputError.at(f"organizations[{i}].id", f"duplicate id {org.id!r}")
        kinds[org.id] = org.kind
    uf = _UnionFind()
    for org in orgs:
        if org.kind in exempt:
            continue
        for link in org.controlled_by:
            if link.parent in kinds and kinds[link.parent] in exempt:
                continue
            if link.confers_control() and link._holds_on(as_of):
                uf.union(org.id, link.parent)
    buckets: dict[str, list[str]] = {}
    for x in uf.parent:
        buckets.setdefault(uf.find(x), []).append(x)
    groups = tuple(sorted(tuple(sorted(b)) for b in buckets.values() if len(b) > 1))
    return AffiliatedGroups(as_of=as_of, groups=groups, citation=citation)


# --- Member-level consequences ----------------------------------------------------------------

_APP2_2C = Citation(
    "platinum-member-policy",
    BYLAWS_TEXT_2021,
    "2(c)",
    "If the Controlled Platinum Member is Controlled by a Corporate Gold Member, such Corporate "
    "Gold Member shall become a Platinum Member for the remainder of the term of the "
    "Controlled Platinum Member.",
)
_APP3_2C = Citation(
    "gold-member-policy",
    BYLAWS_TEXT_2021,
    "2(c)",
    "shall cease to be a Gold Member on the closing date of the transaction which results in "
    "the Gold Member becoming a Controlled Gold Member",
)
_APP_3 = Citation(
    "platinum-member-policy",
    BYLAWS_TEXT_2021,
    "3",
    "Any proposed new Platinum Member may not be Affiliated with an existing Platinum Member or "
    "existing Gold Member on the date of its application.",
)
_APP3_3 = Citation(
    "gold-member-policy",
    BYLAWS_TEXT_2021,
    "3",
    "Any proposed new Gold Member may not be Affiliated with an existing Platinum Member or "
    "existing Gold Member on the date of its application.",
)
_LF5D = Citation(
    "lf-charter",
    _LF_TEXT,
    "5(d)",
    "a Member may transfer its current Membership benefits and obligations to a successor to "
    "substantially all of its business or assets, whether by merger, sale or otherwise",
)
_LF3B = Citation(
    "lf-charter",
    _LF_TEXT,
    "3(b)",
    "Only one Member that is part of a group of Related Companies [...] may appoint, or "
    "nominate for a membership class election, a representative on the Governing Board.",
)


class MembershipChangeKind(enum.Enum):
    """What happens to a membership after a change of control."""

    ENDS = "ends"
    """The membership ceases on the closing date."""
    BECOMES_PLATINUM = "becomes_platinum"
    """The Gold controller becomes Platinum for the rest of the controlled member's term."""
    MAY_TRANSFER = "may_transfer"
    """The membership may pass to the successor (charter §5(d))."""
    CONTINUES = "continues"
    """Nothing changes in the membership itself."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class ControlChange:
    """A transaction by which ``acquirer`` gains control of ``target``.

    Attributes:
        acquirer: The id of the organisation gaining control.
        target: The id of the organisation controlled after the transaction.
        closing: The closing date of the transaction.
        merger: Whether the target is merged into the acquirer (succession to substantially all
            of its business), rather than only controlled.
    """

    acquirer: str = attrs.field(validator=check_slug)
    target: str = attrs.field(validator=check_slug)
    closing: date
    merger: bool = False

    def __attrs_post_init__(self) -> None:
        """Refuse a transaction of an organisation with itself."""
        if self.acquirer == self.target:
            raise InvalidInputError.at("target", "is the acquirer itself")


@attrs.frozen(kw_only=True, field_transformer=typed)
class MembershipChange:
    """One consequence of a change of control for one organisation's membership.

    Attributes:
        organization: Whose membership changes.
        kind: What happens.
        on: The day it happens (the closing date).
        until: For ``BECOMES_PLATINUM``: the last day of the controlled member's term.
        check: The clause applied, with the reason.
    """

    organization: str = attrs.field(validator=slug_id)
    kind: MembershipChangeKind
    on: date
    until: date | None
    check: Check


def _member(memberships: tuple[Membership, ...], org: str) -> Membership | None:
    for m in memberships:
        if m.organization == org:
            return m
    return None


def control_change_consequences(
    change: ControlChange, memberships: Iterable[Membership]
) -> tuple[MembershipChange, ...]:
    """What a change of control does to the Gold and Platinum memberships involved.

    Delaware period (before 2025-06-01), Platinum and Gold Member Policies §2(c): a Gold or
    Platinum member controlled by another Gold or Platinum member ceases to be one on the
    closing date; when a Platinum member is controlled by a Gold member, the Gold member becomes
    Platinum for the rest of the controlled member's term. Linux Foundation period, charter
    §5(d): on a merger the membership may pass to the successor; a mere change of control
    leaves both memberships standing (only one of the Related Companies may then appoint or
    nominate a representative, charter §3(b)).

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> ms = (
        ...     Membership(
        ...         organization="big",
        ...         tier=Tier.GOLD,
        ...         signed=date(2022, 1, 1),
        ...         approved=date(2022, 1, 1),
        ...     ),
        ...     Membership(
        ...         organization="small",
        ...         tier=Tier.PLATINUM,
        ...         signed=date(2021, 3, 1),
        ...         approved=date(2021, 3, 1),
        ...         term_end=date(2023, 12, 31),
        ...     ),
        ... )
        >>> change = ControlChange(acquirer="big", target="small", closing=date(2022, 6, 1))
        >>> [(c.organization, c.kind.value) for c in control_change_consequences(change, ms)]
        [('small', 'ends'), ('big', 'becomes_platinum')]
    """
    check_arguments(control_change_consequences, locals())
    day = change.closing
    in_force = members_on(memberships, Tier.PLATINUM, Tier.GOLD, as_of=day)
    target = _member(in_force, change.target)
    acquirer = _member(in_force, change.acquirer)
    if day >= LF_CLOSING:
        return _lf_consequences(change, target, acquirer)
    if target is None or acquirer is None:
        return ()
    if target.tier is Tier.GOLD:
        why = (
            f"{change.target} (Gold) becomes Controlled by {change.acquirer} "
            f"({acquirer.tier.value}) on {day.isoformat()}: its Gold membership ends that day"
        )
        return (
            MembershipChange(
                organization=change.target,
                kind=MembershipChangeKind.ENDS,
                on=day,
                until=None,
                check=Check("affiliation.controlled_member", Status.FAILED, _APP3_2C, why),
            ),
        )
    why = (
        f"{change.target} (Platinum) becomes Controlled by {change.acquirer} "
        f"({acquirer.tier.value}) on {day.isoformat()}: its Platinum membership ends that day"
    )
    out = [
        MembershipChange(
            organization=change.target,
            kind=MembershipChangeKind.ENDS,
            on=day,
            until=None,
            check=Check("affiliation.controlled_member", Status.FAILED, _APP2_2C, why),
        )
    ]
    if acquirer.tier is Tier.GOLD:
        out.append(
            MembershipChange(
                organization=change.acquirer,
                kind=MembershipChangeKind.BECOMES_PLATINUM,
                on=day,
                until=target.term_end,
                check=Check(
                    "affiliation.gold_controller_becomes_platinum",
                    Status.PASSED,
                    _APP2_2C,
                    f"{change.acquirer} becomes Platinum for the rest of {change.target}'s term"
                    + (
                        f" (to {target.term_end.isoformat()})"
                        if target.term_end
                        else " (term end not recorded)"
                    ),
                ),
            )
        )
    return tuple(out)


def _lf_consequences(
    change: ControlChange, target: Membership | None, acquirer: Membership | None
) -> tuple[MembershipChange, ...]:
    if target is None:
        return ()
    day = change.closing
    if change.merger:
        return (
            MembershipChange(
                organization=change.target,
                kind=MembershipChangeKind.MAY_TRANSFER,
                on=day,
                until=None,
                check=Check(
                    "affiliation.merger_transfer",
                    Status.PASSED,
                    _LF5D,
                    f"{change.target}'s {target.tier.value} membership may pass to its "
                    f"successor {change.acquirer}",
                ),
            ),
        )
    related = (
        f"; {change.acquirer} is also a member: only one of them may appoint or nominate a "
        "representative"
        if acquirer is not None
        else ""
    )
    return (
        MembershipChange(
            organization=change.target,
            kind=MembershipChangeKind.CONTINUES,
            on=day,
            until=None,
            check=Check(
                "affiliation.related_companies",
                Status.PASSED,
                _LF3B,
                f"{change.target} and {change.acquirer} become Related Companies{related}",
            ),
        ),
    )


def check_applicant_affiliation(
    applicant: str,
    tier: Tier,
    memberships: Iterable[Membership],
    groups: AffiliatedGroups,
    *,
    as_of: date,
) -> Decision:
    """Decide whether a proposed Gold or Platinum member is affiliated with an existing one.

    Platinum and Gold Member Policies §3 (Delaware period): "Any proposed new Platinum [Gold]
    Member may not be Affiliated with an existing Platinum Member or existing Gold Member on
    the date of its application." In the Linux Foundation period the charter has no such bar
    (related companies may be members; only one of them may appoint or nominate a
    representative, §3(b)), so the check is ``NOT_APPLICABLE``.

    Args:
        applicant: The applicant organisation's id.
        tier: The tier applied for (only Gold and Platinum are examined).
        memberships: Memberships, to find the existing Gold and Platinum members.
        groups: The affiliated groups on the application date.
        as_of: The application date.

    Example:
        >>> from openinfra_model import Citation
        >>> g = AffiliatedGroups(
        ...     as_of=date(2016, 1, 1),
        ...     groups=(("acme", "acme-cloud"),),
        ...     citation=Citation("bylaws", date(2021, 9, 29), "2.5"),
        ... )
        >>> from openinfra_model import Membership, Tier
        >>> ms = (
        ...     Membership(
        ...         organization="acme",
        ...         tier=Tier.GOLD,
        ...         signed=date(2014, 1, 1),
        ...         approved=date(2014, 1, 1),
        ...     ),
        ... )
        >>> check_applicant_affiliation(
        ...     "acme-cloud", Tier.GOLD, ms, g, as_of=date(2016, 1, 1)
        ... ).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_applicant_affiliation, locals())
    rule_id = "affiliation.applicant"
    cite = _APP_3 if tier is Tier.PLATINUM else _APP3_3
    if tier not in {Tier.GOLD, Tier.PLATINUM}:
        return Decision.of(
            Check(rule_id, Status.NOT_APPLICABLE, cite, f"{tier.value} applicants are not barred")
        )
    if as_of >= LF_CLOSING:
        return Decision.of(
            Check(
                rule_id,
                Status.NOT_APPLICABLE,
                _LF3B,
                "the charter does not bar related companies from membership",
            )
        )
    existing = sorted(
        {
            m.organization
            for m in members_on(memberships, Tier.PLATINUM, Tier.GOLD, as_of=as_of)
            if m.organization != applicant and groups.same_group(m.organization, applicant)
        }
    )
    if existing:
        return Decision.of(
            Check(
                rule_id,
                Status.FAILED,
                cite,
                f"{applicant} is Affiliated with existing member(s) {', '.join(existing)}",
            )
        )
    return Decision.of(
        Check(
            rule_id,
            Status.PASSED,
            cite,
            f"{applicant} is affiliated with no Gold or Platinum member on {as_of.isoformat()}",
        )
    )
