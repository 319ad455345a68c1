"""Organisations: companies, non-profits, academic institutions and government bodies.

An :class:`Organization` has a stable slug id (``"red-hat"``), the names the sources spell it
with (aliases), its kind, and the control links through which another organisation controls
it (ownership share or other control). The affiliation rules of the board issue read these
links; the 2012 Gold dues formula reads the annual revenue.
"""

from __future__ import annotations

import enum
import re
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from openinfra_model.core.citations import Citation
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.money import check_money
from openinfra_model.core.validate import check_arguments, quote, typed

__all__ = ["ControlLink", "Organization", "OrganizationKind", "check_non_blank", "check_slug"]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def check_slug(_instance: Any, attribute: Any, value: str) -> None:  # noqa: ANN401
    """Attrs validator: a lower-case slug such as ``"red-hat"`` or ``"99cloud"``."""
    if not isinstance(value, str) or _SLUG.fullmatch(value) is None:
        raise InvalidInputError.at(
            attribute.name, f"must be a lower-case slug like 'red-hat', not {quote(value)}"
        )


def check_non_blank(_instance: Any, attribute: Any, value: str) -> None:  # noqa: ANN401
    """Attrs validator: a string with at least one non-space character (a name, a url)."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError.at(
            attribute.name, f"must be a non-empty string, not {quote(value)}"
        )


class OrganizationKind(enum.Enum):
    """What sort of body an organisation is (the affiliation rules except some kinds)."""

    COMPANY = "company"
    NON_PROFIT = "non_profit"
    ACADEMIC = "academic"
    GOVERNMENT = "government"


def _check_share(_instance: Any, attribute: Any, value: Decimal | None) -> None:  # noqa: ANN401
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite() or not (0 < value <= 1):
        raise InvalidInputError.at(
            attribute.name, f"must be a Decimal fraction in (0, 1], not {quote(value)}"
        )


def _check_window(instance: Any, attribute: Any, value: date | None) -> None:  # noqa: ANN401
    if value is not None and instance.since is not None and value < instance.since:
        raise InvalidInputError.at(attribute.name, "is before since")


@attrs.frozen(kw_only=True, field_transformer=typed)
class ControlLink:
    """A link through which ``parent`` controls (or part-owns) an organisation.

    Attributes:
        parent: The id of the controlling organisation.
        share: The fraction of voting power or ownership held, in ``(0, 1]``; ``None`` where
            control is by other means (contract, board appointment) and ``controls`` says so.
        controls: Whether the link confers control even without a majority share (for
            example by contract). A share above one half always confers control.
        since: The first day the link holds, if known.
        until: The first day it no longer holds (half-open), if it ended.
    """

    parent: str = attrs.field(validator=check_slug)
    share: Decimal | None = attrs.field(default=None, validator=_check_share)
    controls: bool = False
    since: date | None = None
    until: date | None = attrs.field(default=None, validator=_check_window)

    def confers_control(self) -> bool:
        """Whether this link alone makes ``parent`` control the child (share over 50%).

        Example:
            >>> ControlLink(parent="a", share=Decimal("0.51")).confers_control()
            True
            >>> ControlLink(parent="a", share=Decimal("0.50")).confers_control()
            False
        """
        return self.controls or (self.share is not None and self.share > Decimal("0.5"))

    def holds_on(self, day: date) -> bool:
        """Whether the link holds on ``day``."""
        check_arguments(ControlLink.holds_on, locals())
        return self._holds_on(day)

    def _holds_on(self, day: date) -> bool:
        # holds_on() without its argument check: affiliated_groups asks it of every link.
        return (self.since is None or self.since <= day) and (
            self.until is None or day < self.until
        )


def _check_no_self_control(
    instance: Organization,
    attribute: Any,  # noqa: ANN401
    value: tuple[ControlLink, ...],
) -> None:
    for i, link in enumerate(value):
        if link.parent == instance.id:
            raise InvalidInputError.at(
                f"{attribute.name}[{i}].parent", "an organisation cannot control itself"
            )


@attrs.frozen(kw_only=True, field_transformer=typed)
class Organization:
    """An organisation that is, was or may become a member or partner.

    Attributes:
        id: A stable lower-case slug (``"red-hat"``).
        name: The name in current use.
        aliases: Other names the sources use for the same organisation ("Facebook" for Meta).
        kind: Company, non-profit, academic institution or government body.
        controlled_by: Links through which other organisations control or own it.
        annual_revenue: Total annual revenue in USD, where known (the 2012 Gold formula).
        sources: Where the facts about this organisation come from.

    Example:
        >>> meta = Organization(id="meta", name="Meta", aliases=("Facebook",))
        >>> meta.known_as("facebook")
        True
    """

    id: str = attrs.field(validator=check_slug)
    name: str
    aliases: tuple[str, ...] = ()
    kind: OrganizationKind = OrganizationKind.COMPANY
    controlled_by: tuple[ControlLink, ...] = attrs.field(
        default=(), validator=_check_no_self_control
    )
    annual_revenue: Decimal | None = attrs.field(default=None, validator=check_money)
    sources: tuple[Citation, ...] = ()

    def known_as(self, name: str) -> bool:
        """Whether ``name`` is this organisation's name or one of its aliases (any case)."""
        folded = name.casefold()
        return folded == self.name.casefold() or any(a.casefold() == folded for a in self.aliases)

    def __repr__(self) -> str:
        """One line: id and name (aliases, links and sources left out).

        Example:
            >>> Organization(id="meta", name="Meta", aliases=("Facebook",))
            <Organization meta 'Meta'>
        """
        return f"<Organization {self.id} {self.name!r}>"
