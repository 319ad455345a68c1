"""The rest of the record: regional hubs, hosted projects and partnerships.

These are mostly facts the rest of the model refers to by id: the projects the foundation
hosts (``"openstack"``, ``"kata-containers"``...), the organisations it partners with
(``"cesi"``, ``"ow2"``...) and its two regional hubs (``"openinfra-asia"``,
``"openinfra-europe"``) with their founding participants as the 2023 announcement lists them.
The one rule is who may take part in a hub (:func:`check_hub_participation`): an organisational
member may take part in its *respective* regional hub at no additional cost, so the rule needs
the organisation's region, recorded as a cited fact (:class:`OrganizationRegion`, e.g. from a
source stating its country) or left unrecorded (then ``UNKNOWN``).

The bundled facts are in ``data/community.json``; :func:`load_community` reads them. Hub
participants that are foundation members reference the organisation ids of the bundled roster
(``"tencent"``, ``"h3c"``...); the organisations the roster does not hold are in the community
data itself.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.core import render
from openinfra_model.core.citations import Citation, cite
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError, Problem, UnknownIdError
from openinfra_model.core.money import check_money
from openinfra_model.core.regimes import DatedTable
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.membership.organizations import Organization, check_non_blank, check_slug
from openinfra_model.membership.standing import members_on

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openinfra_model.core.regimes import DatedTable
    from openinfra_model.membership import Membership

__all__ = [
    "HUBS_FOUNDED",
    "HUB_PARTICIPATION_COST",
    "CommunityData",
    "HostedProject",
    "HubParticipant",
    "HubParticipation",
    "OrganizationRegion",
    "Partnership",
    "PartnershipKind",
    "Region",
    "RegionalHub",
    "check_hub_participation",
    "load_community",
]

HUBS_FOUNDED = date(2023, 6, 13)
"""The day OpenInfra Asia and OpenInfra Europe were announced as opened (the English release;
the Dutch text is dated 14 June) [quoted]."""

_HUBS_PARTICIPATION = cite(
    "seed-regional-hubs",
    HUBS_FOUNDED,
    "para. 8",
    "Any OpenInfra Foundation organizational member can participate in their respective "
    "regional hubs at no additional cost.",
)
_HUBS_OPENED = cite(
    "seed-regional-hubs",
    HUBS_FOUNDED,
    "para. 1",
    "announced today that it has opened regional hubs in Europe and Asia",
)

HUB_PARTICIPATION_COST: DatedTable[Decimal] = parameter(
    "community.hub.participation_cost", Decimal
)
"""What an organisational member pays to take part in a regional hub, beyond its dues."""


class Region(enum.Enum):
    """A world region, as far as the regional hubs need one."""

    ASIA = "asia"
    EUROPE = "europe"
    NORTH_AMERICA = "north_america"
    SOUTH_AMERICA = "south_america"
    AFRICA = "africa"
    OCEANIA = "oceania"


@attrs.frozen(kw_only=True, field_transformer=typed)
class OrganizationRegion:
    """Where an organisation is from, as a source states it.

    Attributes:
        organization: The organisation's id.
        country: The country the source names (``"Germany"``), if it names one.
        region: The world region of that country.
        sources: The statement relied on (a quote naming the country).

    Example:
        >>> OrganizationRegion(
        ...     organization="nipa-cloud", country="Thailand", region=Region.ASIA
        ... ).region.value
        'asia'
    """

    organization: str = attrs.field(validator=check_slug)
    region: Region
    country: str | None = None
    sources: tuple[Citation, ...] = ()

    def __repr__(self) -> str:
        """One line: organisation, region and country (the sources left out)."""
        country = f" ({self.country})" if self.country else ""
        return f"<OrganizationRegion {self.organization} {self.region.value}{country}>"


def _check_tuple_of_slugs(_instance: Any, attribute: Any, value: tuple[str, ...]) -> None:  # noqa: ANN401
    for i, item in enumerate(value):
        try:
            check_slug(None, attribute, item)
        except InvalidInputError as err:
            raise InvalidInputError.at(f"{attribute.name}[{i}]", err.problems[0].message) from None


@attrs.frozen(field_transformer=typed)
class HubParticipant:
    """An organisation taking part in a regional hub, as a source lists it.

    Attributes:
        organization: The organisation's id (``"tencent"``).
        listed_as: The name the source lists it under (``"Tencent Cloud"``), kept so the
            alias can be checked against the organisation's names.
    """

    organization: str = attrs.field(validator=check_slug)
    listed_as: str = attrs.field(validator=check_non_blank)


def _check_unique_participants(
    _instance: Any,  # noqa: ANN401
    attribute: Any,  # noqa: ANN401
    value: tuple[HubParticipant, ...],
) -> None:
    seen: set[str] = set()
    for i, p in enumerate(value):
        if p.organization in seen:
            raise InvalidInputError.at(
                f"{attribute.name}[{i}].organization", f"{p.organization!r} is listed twice"
            )
        seen.add(p.organization)


@attrs.frozen(kw_only=True, field_transformer=typed)
class RegionalHub:
    """A regional hub of the foundation: a legal entity for a region's community.

    Attributes:
        id: A stable slug (``"openinfra-asia"``).
        name: The hub's name.
        based_in: The country the hub is established in.
        founded: The day the hub was announced as opened.
        region: The region whose organisational members the hub is "respective" to (Asia,
            Europe), or ``None`` if not recorded.
        founding_participants: The founding participating organisations, as the announcement
            lists them, whatever their membership.
        sources: Where these facts come from.

    Example:
        >>> hub = RegionalHub(
        ...     id="openinfra-europe",
        ...     name="OpenInfra Europe",
        ...     based_in="Belgium",
        ...     founded=date(2023, 6, 13),
        ...     founding_participants=(HubParticipant("ow2", "OW2"),),
        ... )
        >>> hub.is_founding_participant("ow2")
        True
    """

    id: str = attrs.field(validator=check_slug)
    name: str = attrs.field(validator=check_non_blank)
    based_in: str = attrs.field(validator=check_non_blank)
    founded: date
    founding_participants: tuple[HubParticipant, ...] = attrs.field(
        default=(), validator=_check_unique_participants
    )
    sources: tuple[Citation, ...] = ()
    region: Region | None = None

    def is_founding_participant(self, organization: str) -> bool:
        """Whether the organisation (by id) is listed among the founding participants."""
        return any(p.organization == organization for p in self.founding_participants)

    def __repr__(self) -> str:
        """One line: id, name, country, founding day and founding participants."""
        return (
            f"<RegionalHub {self.id} {self.name!r} ({self.based_in}) "
            f"{self.founded.isoformat()}: {len(self.founding_participants)} founding participants>"
        )


def _check_year(_instance: Any, attribute: Any, value: int | None) -> None:  # noqa: ANN401
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 1990 <= value <= 2100:
        raise InvalidInputError.at(attribute.name, f"must be a year such as 2017, not {value!r}")


@attrs.frozen(kw_only=True, field_transformer=typed)
class HostedProject:
    """An open source project the foundation supports.

    Attributes:
        id: A stable slug (``"kata-containers"``).
        name: The project's name.
        url: The project's web address.
        launched_in: The year the project launched, where a source gives it.
        sources: Where these facts come from.
    """

    id: str = attrs.field(validator=check_slug)
    name: str = attrs.field(validator=check_non_blank)
    url: str = attrs.field(validator=check_non_blank)
    launched_in: int | None = attrs.field(default=None, validator=_check_year)
    sources: tuple[Citation, ...] = ()


class PartnershipKind(enum.Enum):
    """The relationship between the foundation and a partner organisation."""

    STRATEGIC_PARTNERSHIP = "strategic_partnership"
    """A strategic partnership, as with CESI on OpenStack certification in China."""
    COLLABORATION = "collaboration"
    """A collaboration on technical areas of common interest, as with ETSI."""
    AFFILIATE = "affiliate"
    """The foundation is an affiliate organisation of the partner, as of OSI."""
    ASSOCIATE = "associate"
    """The foundation is an associate organisation of the partner, as of OW2."""
    MEMBER = "member"
    """The foundation is a member of the partner, as of OCI."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class Partnership:
    """A relationship between the foundation and another organisation.

    Attributes:
        partner: The partner organisation's id.
        kind: What the relationship is.
        summary: The relationship in one sentence, after the source.
        sources: Where these facts come from.
    """

    partner: str = attrs.field(validator=check_slug)
    kind: PartnershipKind
    summary: str = attrs.field(validator=check_non_blank)
    sources: tuple[Citation, ...] = ()


@attrs.frozen(kw_only=True, field_transformer=typed)
class CommunityData:
    """The hubs, projects and partnerships, with the organisations the roster lacks.

    Building one checks ids and references: duplicate organisation, hub or project ids,
    duplicate names or aliases, and partnerships with an organisation the data does not hold
    are refused, all at once. Hub participants may reference organisations held elsewhere
    (the roster's members); :meth:`unresolved` lists those a given set of ids lacks.

    Attributes:
        organizations: Organisations not held by the bundled roster (hub participants that
            are not roster members, partners).
        hubs: The regional hubs.
        projects: The hosted projects.
        partnerships: The partnerships.
        regions: The organisations' regions that a source states (roster members or the
            organisations here); an organisation not listed has no recorded region.

    Raises:
        InvalidInputError: On duplicate ids or names, or a partner that is not among
            ``organizations``, each problem named by its path.
    """

    organizations: tuple[Organization, ...] = ()
    hubs: tuple[RegionalHub, ...] = ()
    projects: tuple[HostedProject, ...] = ()
    partnerships: tuple[Partnership, ...] = ()
    regions: tuple[OrganizationRegion, ...] = ()

    def __repr__(self) -> str:
        """One line: how many organisations, hubs, projects, partnerships and regions."""
        return (
            f"<CommunityData: {len(self.organizations)} organisations, {len(self.hubs)} hubs, "
            f"{len(self.projects)} projects, {len(self.partnerships)} partnerships, "
            f"{len(self.regions)} regions>"
        )

    def __attrs_post_init__(self) -> None:
        """Check ids and references."""
        problems = _validate(self)
        if problems:
            raise InvalidInputError(problems)

    def organization(self, id_or_name: str) -> Organization:
        """Find one of the data's organisations by id, name or alias (any case).

        Raises:
            UnknownIdError: No organisation here has that id, name or alias (a
                :class:`KeyError`; the message lists the ids).
        """
        check_arguments(CommunityData.organization, locals())
        for org in self.organizations:
            if org.id == id_or_name or org.known_as(id_or_name):
                return org
        raise UnknownIdError("organisation", id_or_name, (o.id for o in self.organizations))

    def hub(self, hub_id: str) -> RegionalHub:
        """The hub with that id; :class:`~openinfra_model.UnknownIdError` if none."""
        check_arguments(CommunityData.hub, locals())
        for h in self.hubs:
            if h.id == hub_id:
                return h
        raise UnknownIdError("hub", hub_id, (h.id for h in self.hubs))

    def project(self, project_id: str) -> HostedProject:
        """The hosted project with that id; :class:`~openinfra_model.UnknownIdError` if none."""
        check_arguments(CommunityData.project, locals())
        for p in self.projects:
            if p.id == project_id:
                return p
        raise UnknownIdError("project", project_id, (p.id for p in self.projects))

    def region_of(self, organization: str) -> OrganizationRegion | None:
        """The recorded region of the organisation with that id, or ``None`` if unrecorded."""
        for r in self.regions:
            if r.organization == organization:
                return r
        return None

    def partnership(self, partner: str) -> Partnership:
        """The partnership with the organisation of that id.

        Raises:
            UnknownIdError: No partnership with it (a :class:`KeyError`; the message lists the
                partners).
        """
        for p in self.partnerships:
            if p.partner == partner:
                return p
        raise UnknownIdError("partner", partner, (p.partner for p in self.partnerships))

    def unresolved(self, known: Iterable[str]) -> tuple[Problem, ...]:
        """The hub-participant references that neither this data nor ``known`` ids resolve.

        Args:
            known: Organisation ids held elsewhere (the roster's).

        Returns:
            One :class:`Problem` per unresolved reference, named by its path.
        """
        ids = {o.id for o in self.organizations} | set(known)
        return tuple(
            Problem(
                f"hubs[{i}].founding_participants[{j}].organization",
                f"unknown organisation {p.organization!r}",
            )
            for i, hub in enumerate(self.hubs)
            for j, p in enumerate(hub.founding_participants)
            if p.organization not in ids
        ) + tuple(
            Problem(f"regions[{i}].organization", f"unknown organisation {r.organization!r}")
            for i, r in enumerate(self.regions)
            if r.organization not in ids
        )


def _duplicates(path: str, ids: Iterable[str]) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for i, item in enumerate(ids):
        if item in seen:
            problems.append(Problem(f"{path}[{i}].id", f"duplicate id {item!r}"))
        seen.add(item)
    return problems


def _validate(data: CommunityData) -> list[Problem]:
    problems = _duplicates("organizations", (o.id for o in data.organizations))
    names: dict[str, str] = {}
    for i, org in enumerate(data.organizations):
        for name in (org.name, *org.aliases):
            other = names.setdefault(name.casefold(), org.id)
            if other != org.id:
                problems.append(
                    Problem(f"organizations[{i}].aliases", f"{name!r} also names {other!r}")
                )
    problems += _duplicates("hubs", (h.id for h in data.hubs))
    problems += _duplicates("projects", (p.id for p in data.projects))
    org_ids = {o.id for o in data.organizations}
    partners: set[str] = set()
    for i, p in enumerate(data.partnerships):
        if p.partner not in org_ids:
            problems.append(
                Problem(f"partnerships[{i}].partner", f"unknown organisation {p.partner!r}")
            )
        if p.partner in partners:
            problems.append(
                Problem(f"partnerships[{i}].partner", f"{p.partner!r} is listed twice")
            )
        partners.add(p.partner)
    seen: set[str] = set()
    for i, r in enumerate(data.regions):
        if r.organization in seen:
            problems.append(
                Problem(f"regions[{i}].organization", f"{r.organization!r} is listed twice")
            )
        seen.add(r.organization)
    return problems


@attrs.frozen(kw_only=True, field_transformer=typed)
class HubParticipation:
    """Whether an organisation may take part in a regional hub, and at what extra cost.

    Attributes:
        organization: The organisation's id.
        hub: The hub's id.
        additional_cost: What taking part costs beyond membership dues: zero for an
            organisational member, ``None`` where the sources do not say.
        decision: The checks behind the answer.
    """

    organization: str = attrs.field(validator=check_slug)
    hub: str = attrs.field(validator=check_slug)
    additional_cost: Decimal | None = attrs.field(validator=check_money)
    decision: Decision

    def __repr__(self) -> str:
        """One line: organisation, hub, extra cost and outcome."""
        cost = "unknown" if self.additional_cost is None else f"{self.additional_cost:f}"
        return (
            f"<HubParticipation {self.organization} in {self.hub}: extra cost {cost} "
            f"{self.decision.outcome.name}>"
        )

    def _repr_html_(self) -> str:
        """The answer, then the decision's checks."""
        return render.result_html(self)

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row: organisation, hub, extra cost (:class:`Decimal` or ``None``), outcome.

        .. versionadded:: 0.2
        """
        return (
            render.result_row(
                self.decision,
                organization=self.organization,
                hub=self.hub,
                additional_cost=self.additional_cost,
            ),
        )


def check_hub_participation(
    organization: str,
    hub: RegionalHub,
    memberships: Iterable[Membership],
    *,
    as_of: date,
    region: OrganizationRegion | None = None,
) -> HubParticipation:
    """Decide whether an organisation may take part in a regional hub on ``as_of``.

    "Any OpenInfra Foundation organizational member can participate in their respective
    regional hubs at no additional cost" (regional hubs announcement, 2023-06-13). An
    organisation holding a membership of any tier in force on the day, whose recorded region is
    the hub's, passes at no extra cost. The announcement is silent on another region's hub, on
    an organisation whose region is not recorded and on non-members: each is ``UNKNOWN``
    (cost ``None``), never ``FAILED``. Before the hub was founded the rule does not apply.

    Args:
        organization: The organisation's id.
        hub: The hub asked about.
        memberships: The memberships known (any organisations; only this one's are read).
        as_of: The day asked about.
        region: The organisation's recorded region (:meth:`CommunityData.region_of`), or
            ``None`` if no source states it.

    Returns:
        The answer, with the extra cost where known.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> hub = RegionalHub(
        ...     id="openinfra-asia",
        ...     name="OpenInfra Asia",
        ...     based_in="Singapore",
        ...     founded=date(2023, 6, 13),
        ...     region=Region.ASIA,
        ... )
        >>> thai = OrganizationRegion(
        ...     organization="nipa-cloud", country="Thailand", region=Region.ASIA
        ... )
        >>> m = Membership(
        ...     organization="nipa-cloud",
        ...     tier=Tier.GOLD,
        ...     signed=date(2021, 3, 1),
        ...     approved=date(2021, 3, 1),
        ... )
        >>> p = check_hub_participation(
        ...     "nipa-cloud", hub, [m], as_of=date(2023, 7, 1), region=thai
        ... )
        >>> p.decision.outcome, p.additional_cost
        (<Status.PASSED: 'passed'>, Decimal('0.00'))
        >>> check_hub_participation(
        ...     "nipa-cloud", hub, [m], as_of=date(2023, 7, 1)
        ... ).decision.outcome
        <Status.UNKNOWN: 'unknown'>
        >>> q = check_hub_participation("acme", hub, [m], as_of=date(2023, 7, 1))
        >>> q.decision.outcome, q.additional_cost
        (<Status.UNKNOWN: 'unknown'>, None)
    """
    check_arguments(check_hub_participation, locals())
    rule_id = "community.hub.participation"
    if as_of < hub.founded:
        check = Check(
            rule_id,
            Status.NOT_APPLICABLE,
            _HUBS_OPENED,
            f"{hub.name} was founded on {hub.founded.isoformat()}, after {as_of.isoformat()}",
        )
        return HubParticipation(
            organization=organization,
            hub=hub.id,
            additional_cost=None,
            decision=Decision.of(check),
        )
    held = members_on((m for m in memberships if m.organization == organization), as_of=as_of)
    if held:
        cost = HUB_PARTICIPATION_COST._at(as_of)
        tiers = ", ".join(sorted({m.tier.value for m in held}))
        unknown = _region_unknown(organization, hub, region)
        if unknown is not None:
            check = Check(
                rule_id,
                Status.UNKNOWN,
                _HUBS_PARTICIPATION,
                f"{organization!r} is an organisational member ({tiers}) on "
                f"{as_of.isoformat()}, but {unknown}; the announcement grants members their "
                "respective regional hub at no additional cost and is silent on the rest",
            )
            return HubParticipation(
                organization=organization,
                hub=hub.id,
                additional_cost=None,
                decision=Decision.of(check),
            )
        check = Check(
            rule_id,
            Status.PASSED,
            cost.citation,
            f"{organization!r} is an organisational member ({tiers}) on {as_of.isoformat()} "
            f"from {_where(region)}: it may take part in {hub.name}, its respective regional "
            "hub, at no additional cost",
        )
        return HubParticipation(
            organization=organization,
            hub=hub.id,
            additional_cost=cost.value,
            decision=Decision.of(check),
        )
    check = Check(
        rule_id,
        Status.UNKNOWN,
        _HUBS_PARTICIPATION,
        f"{organization!r} holds no organisational membership in force on "
        f"{as_of.isoformat()}; the announcement says who may take part at no cost (members) "
        "but is silent on non-members",
    )
    return HubParticipation(
        organization=organization, hub=hub.id, additional_cost=None, decision=Decision.of(check)
    )


def _where(region: OrganizationRegion | None) -> str:
    if region is None:  # pragma: no cover - the caller checked
        return "an unrecorded region"
    name = region.region.value.replace("_", " ").title()
    return f"{region.country} ({name})" if region.country else name


def _region_unknown(
    organization: str, hub: RegionalHub, region: OrganizationRegion | None
) -> str | None:
    """Why the organisation's hub is not known to be its respective one, or ``None`` if it is."""
    if region is not None and region.organization != organization:
        raise InvalidInputError.at(
            "region.organization", f"{region.organization!r} is not {organization!r}"
        )
    if hub.region is None:
        return f"the region of {hub.name} is not recorded"
    if region is None:
        return "its region is not recorded"
    if region.region is not hub.region:
        return (
            f"it is recorded in {_where(region)}, not in the region of {hub.name} "
            f"({hub.region.value.replace('_', ' ').title()})"
        )
    return None


@cache
def load_community() -> CommunityData:
    """Read the bundled hubs, projects, partnerships and organisations.

    The data is read once (the result is immutable and cached).

    Raises:
        InvalidInputError: The bundled file is malformed (a packaging error).

    Example:
        >>> data = load_community()
        >>> data.hub("openinfra-asia").based_in
        'Singapore'
        >>> data.partnership("ow2").kind
        <PartnershipKind.ASSOCIATE: 'associate'>
    """
    check_arguments(load_community, locals())
    from openinfra_model.core.convert import loads_document  # noqa: PLC0415  (the only door to JSON)

    text = resources.files("openinfra_model").joinpath("data/community.json").read_text("utf-8")
    return loads_document(text, CommunityData)
