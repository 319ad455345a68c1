"""A roster: the organisations, memberships and individuals known on a snapshot date.

The roster checks its references when built: duplicate ids, memberships of unknown
organisations, control links to unknown parents and individuals employed by unknown
organisations are all refused at once, each problem named by its path.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from openinfra_model.core import render
from openinfra_model.core.errors import InvalidInputError, Problem, UnknownIdError
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.membership.model import Individual, Membership
from openinfra_model.membership.organizations import Organization

if TYPE_CHECKING:
    from collections.abc import Mapping


__all__ = ["Roster"]


@attrs.frozen(kw_only=True, field_transformer=typed)
class Roster:
    """Everything known about the membership on one snapshot date.

    Attributes:
        snapshot: The date the roster describes; facts dated after it are refused.
        organizations: Every organisation referred to.
        memberships: Organisational memberships, past and present.
        individuals: Individual members and Community accounts.

    Raises:
        InvalidInputError: On duplicate ids, unknown references or facts dated after the
            snapshot, all reported together.
    """

    snapshot: date
    organizations: tuple[Organization, ...] = ()
    memberships: tuple[Membership, ...] = ()
    individuals: tuple[Individual, ...] = ()

    def __attrs_post_init__(self) -> None:
        """Check ids and references."""
        problems = _validate(self)
        if problems:
            raise InvalidInputError(problems)

    @cached_property
    def organizations_by_id(self) -> Mapping[str, Organization]:
        """The organisations by id."""
        return MappingProxyType({o.id: o for o in self.organizations})

    @cached_property
    def individuals_by_id(self) -> Mapping[str, Individual]:
        """The individuals by id."""
        return MappingProxyType({i.id: i for i in self.individuals})

    def organization(self, id_or_name: str) -> Organization:
        """Find an organisation by id, name or alias (any case).

        Raises:
            UnknownIdError: No organisation has that id, name or alias (a :class:`KeyError`;
                the message lists the ids).
        """
        check_arguments(Roster.organization, locals())
        by_id = self.organizations_by_id.get(id_or_name)
        if by_id is not None:
            return by_id
        for org in self.organizations:
            if org.known_as(id_or_name):
                return org
        raise UnknownIdError("organisation", id_or_name, self.organizations_by_id)

    def memberships_of(self, organization: str) -> tuple[Membership, ...]:
        """Every membership of one organisation, oldest agreement first."""
        check_arguments(Roster.memberships_of, locals())
        return tuple(
            sorted(
                (m for m in self.memberships if m.organization == organization),
                key=lambda m: m.signed,
            )
        )

    def __repr__(self) -> str:
        """One line: the snapshot and how many of each it holds.

        Example:
            >>> Roster(snapshot=date(2026, 8, 1))
            <Roster 2026-08-01: 0 organisations, 0 memberships, 0 individuals>
        """
        return (
            f"<Roster {self.snapshot.isoformat()}: {len(self.organizations)} organisations, "
            f"{len(self.memberships)} memberships, {len(self.individuals)} individuals>"
        )

    def _repr_html_(self) -> str:
        """The counts, then the memberships as a table (cut after 20 rows)."""
        names = {o.id: o.name for o in self.organizations}
        return render.frame(
            repr(self)[1:-1],
            render.table(
                ("organisation", "tier", "fee level", "signed", "approved", "from", "to"),
                (
                    (
                        names.get(m.organization, m.organization),
                        m.tier,
                        m.fee_level,
                        m.signed,
                        m.approved,
                        m.term_start,
                        m.term_end,
                    )
                    for m in self.memberships
                ),
                total=len(self.memberships),
            ),
        )


def _validate(roster: Roster) -> list[Problem]:  # noqa: C901, PLR0912
    problems: list[Problem] = []
    org_ids: set[str] = set()
    names: dict[str, str] = {}
    for i, org in enumerate(roster.organizations):
        if org.id in org_ids:
            problems.append(Problem(f"organizations[{i}].id", f"duplicate id {org.id!r}"))
        org_ids.add(org.id)
        for name in (org.name, *org.aliases):
            key = name.casefold()
            other = names.setdefault(key, org.id)
            if other != org.id:
                problems.append(
                    Problem(f"organizations[{i}].aliases", f"{name!r} also names {other!r}")
                )
    for i, org in enumerate(roster.organizations):
        for j, link in enumerate(org.controlled_by):
            if link.parent not in org_ids:
                problems.append(
                    Problem(
                        f"organizations[{i}].controlled_by[{j}].parent",
                        f"unknown organisation {link.parent!r}",
                    )
                )
    for i, m in enumerate(roster.memberships):
        if m.organization not in org_ids:
            problems.append(
                Problem(
                    f"memberships[{i}].organization", f"unknown organisation {m.organization!r}"
                )
            )
        if m.signed > roster.snapshot:
            problems.append(Problem(f"memberships[{i}].signed", "is after the roster snapshot"))
    person_ids: set[str] = set()
    snapshot = roster.snapshot
    for i, p in enumerate(roster.individuals):
        if p.id in person_ids:
            problems.append(Problem(f"individuals[{i}].id", f"duplicate id {p.id!r}"))
        person_ids.add(p.id)
        if p.employer is not None and p.employer not in org_ids:
            problems.append(
                Problem(f"individuals[{i}].employer", f"unknown organisation {p.employer!r}")
            )
        if p.member_since is not None and p.member_since > snapshot:
            problems.append(
                Problem(f"individuals[{i}].member_since", "is after the roster snapshot")
            )
    return problems
