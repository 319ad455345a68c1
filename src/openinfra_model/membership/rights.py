"""Rights and benefits of each membership level, as the join page (seed 003) lists them.

The join page, written for the OpenInfra launch and in force from 2021-01-01, lists:

* for **Individual Foundation members**: a profile, "Vote on Foundation Board Member Elections",
  "Run for office in Technical or Architectural Committees", "Run for the Open Infrastructure
  Foundation Board", "Participate in certain Project-Level Governance Initiatives", "Submit
  Proposed Summit Talks", "Vote on Proposed Summit Talks", "Participate in Community Events";
* for **Community accounts**: the summit talks (submit, vote) and community events; "to run for
  leadership positions and vote in elections, you will need to upgrade your account";
* for **Platinum, Gold and Silver members** alike: restricted-use project logos, logo placement
  as a Member, a profile on project websites, the Member badge, the newsletter, the
  marketplace, early access to Summit sponsorships; and for Gold members the vote in Gold
  director elections "starting in January the following year".

Choices (documented, tested): the lists are read as complete, so a right of the holder's kind
(individual or organisation) that its list omits is ``FAILED``; a right of the other kind is
``NOT_APPLICABLE``. Associate members' rights are in no source: ``UNKNOWN``. Before 2021 the
sources give no list: ``UNKNOWN`` with that reason (not :class:`~openinfra_model.NoRegimeError`:
the dated table has a 2012 window whose value is "not found"). A tier that does not exist on
the date (Silver in 2014) gives ``NOT_APPLICABLE``.
"""

from __future__ import annotations

import enum
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeAlias

import attrs

from openinfra_model.core import render
from openinfra_model.core.citations import Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.regimes import (
    FIRST_DATE,
    LF_CLOSING,
    OIF_LAUNCH,
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.membership.dues import tiers_on
from openinfra_model.membership.model import IndividualStatus, Tier

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "APPOINTING_TIER",
    "RIGHTS",
    "Holder",
    "Right",
    "Rights",
    "check_right",
    "rights_of",
]


class Right(enum.Enum):
    """A right or benefit a membership level may carry."""

    # Rights of individuals.
    PROFILE = "profile"
    """Have a profile on Foundation web properties."""
    VOTE_BOARD_ELECTIONS = "vote_board_elections"
    """Vote in the Foundation Board member elections."""
    RUN_FOR_TECHNICAL_COMMITTEES = "run_for_technical_committees"
    """Run for office in Technical or Architectural Committees."""
    RUN_FOR_BOARD = "run_for_board"
    """Run for the Foundation Board."""
    PROJECT_GOVERNANCE = "project_governance"
    """Participate in certain project-level governance initiatives."""
    SUBMIT_SUMMIT_TALKS = "submit_summit_talks"
    """Submit proposed Summit talks."""
    VOTE_SUMMIT_TALKS = "vote_summit_talks"
    """Vote on proposed Summit talks."""
    COMMUNITY_EVENTS = "community_events"
    """Participate in community events."""
    # Benefits of organisational members.
    RESTRICTED_LOGOS = "restricted_logos"
    """Use the projects' restricted-use logos commercially, if the product qualifies."""
    LOGO_PLACEMENT = "logo_placement"
    """Designation as a Member with logo placement in the supporters section."""
    PROJECT_SITE_PROFILE = "project_site_profile"
    """A profile on the project websites with a link to the member's site."""
    MEMBER_BADGE = "member_badge"
    """The Foundation Member badge for the member's website or marketing."""
    NEWSLETTER = "newsletter"
    """The opportunity to be included in the Foundation newsletter."""
    MARKETPLACE = "marketplace"
    """Promotion of a qualifying product in the project marketplace."""
    SUMMIT_SPONSORSHIP_EARLY_ACCESS = "summit_sponsorship_early_access"
    """Early access to selected Summit sponsorships."""
    VOTE_GOLD_DIRECTOR_ELECTIONS = "vote_gold_director_elections"
    """Vote in the Gold director elections (from January of the year after joining)."""
    APPOINT_DIRECTOR = "appoint_director"
    """Appoint (and remove) one director of the Board, or from 2025-06-01 one representative
    to the Governing Board: a Platinum member's right (bylaws §4.2(b); LF charter §2(b)).

    .. versionadded:: 0.2
    """


_INDIVIDUAL_RIGHTS = frozenset(
    {
        Right.PROFILE,
        Right.VOTE_BOARD_ELECTIONS,
        Right.RUN_FOR_TECHNICAL_COMMITTEES,
        Right.RUN_FOR_BOARD,
        Right.PROJECT_GOVERNANCE,
        Right.SUBMIT_SUMMIT_TALKS,
        Right.VOTE_SUMMIT_TALKS,
        Right.COMMUNITY_EVENTS,
    }
)
_ORG_BENEFITS = frozenset(
    {
        Right.RESTRICTED_LOGOS,
        Right.LOGO_PLACEMENT,
        Right.PROJECT_SITE_PROFILE,
        Right.MEMBER_BADGE,
        Right.NEWSLETTER,
        Right.MARKETPLACE,
        Right.SUMMIT_SPONSORSHIP_EARLY_ACCESS,
    }
)
_ORG_RIGHTS = _ORG_BENEFITS | {Right.VOTE_GOLD_DIRECTOR_ELECTIONS, Right.APPOINT_DIRECTOR}

Holder: TypeAlias = Tier | IndividualStatus
"""Who holds rights: an organisational tier, or an individual's status."""


@attrs.frozen
class _Grant:
    """One holder's list: the rights granted (``None``: the sources give no list)."""

    rights: frozenset[Right] | None
    citation: Citation

    def __str__(self) -> str:
        if self.rights is None:
            return "not in the sources"
        return ", ".join(sorted(r.value for r in self.rights))


_JOIN_BENEFITS = Citation(
    "seed-join-page",
    OIF_LAUNCH,
    "OpenInfra Foundation Membership Benefits",
    "Platinum, Silver, and Gold Members of the Open Infrastructure Foundation all receive",
)
_JOIN_GOLD_VOTE = Citation(
    "seed-join-page",
    OIF_LAUNCH,
    "Gold Membership",
    "New Gold Members will be eligible to vote in future elections starting in January the "
    "following year.",
)
_ASSOCIATE_NF = Citation(
    "foundation-list",
    date(2021, 5, 12),
    "foundation-board, 'Associate members' proposal",
    'Create a new Foundation non-voting membership tier called "Associate members"',
)
_BEFORE_2021 = Citation("bylaws", FIRST_DATE, "2", None)

_NF_2012 = "No list of rights and benefits before the 2021 join page is in the sources."


APPOINTING_TIER: DatedTable[Tier] = parameter("rights.appoint_director", Tier)
"""The tier whose members each appoint one director (representative): Platinum throughout.
Gold members elect Gold Director Selectors who appoint (§4.2(c)) and Individual members
elect (§4.2(d)): the bylaws give no other tier an appointment."""


RIGHTS: Mapping[Holder, DatedTable[_Grant]] = MappingProxyType(
    {
        holder: parameter(f"rights.{holder.value}", _Grant)
        for holder in (
            IndividualStatus.FOUNDATION_MEMBER,
            IndividualStatus.COMMUNITY,
            Tier.PLATINUM,
            Tier.GOLD,
            Tier.SILVER,
            Tier.ASSOCIATE,
        )
    }
)
"""The dated rights tables, by holder (rule ids ``rights.<holder>``). The 2012 sponsor levels
have none: they do not exist when the join page's lists apply."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class Rights:
    """The rights and benefits of one holder on one date.

    Attributes:
        tier: The organisational tier, when the holder is one.
        status: The individual status, when the holder is an individual.
        as_of: The date.
        granted: The rights the sources grant (empty when unknown or not applicable).
        decision: One check per right of the holder's kind: ``PASSED`` (granted), ``FAILED``
            (not granted), ``UNKNOWN`` (no source), ``NOT_APPLICABLE`` (tier does not exist).
    """

    tier: Tier | None
    status: IndividualStatus | None
    as_of: date
    granted: frozenset[Right]
    decision: Decision

    @property
    def holder(self) -> Holder:
        """The tier or individual status whose rights these are."""
        holder = self.tier if self.tier is not None else self.status
        assert holder is not None  # noqa: S101  (rights_of sets exactly one)
        return holder

    def __repr__(self) -> str:
        """One line: holder, date, rights granted and outcome."""
        return (
            f"<Rights {self.holder.value} {self.as_of.isoformat()}: {len(self.granted)} granted "
            f"{self.decision.outcome.name}>"
        )

    def _repr_html_(self) -> str:
        """One row a right examined, coloured: granted green, refused red, unknown amber."""
        return render.result_html(self)

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row a right examined: holder, date, then the check and its citation.

        .. versionadded:: 0.2
        """
        return render.check_rows(self.decision.checks, holder=self.holder.value, as_of=self.as_of)


def _kind_rights(holder: Holder) -> frozenset[Right]:
    return _INDIVIDUAL_RIGHTS if isinstance(holder, IndividualStatus) else _ORG_RIGHTS


def _inapplicable(holder: Holder, right: Right, rule_id: str, as_of: date) -> Check | None:
    if right not in _kind_rights(holder):
        kind = "organisations" if isinstance(holder, IndividualStatus) else "individuals"
        return Check(
            rule_id,
            Status.NOT_APPLICABLE,
            _JOIN_BENEFITS,
            f"{right.value} is a right of {kind}, not of {holder.value}",
        )
    if isinstance(holder, Tier) and holder not in tiers_on(as_of=as_of):
        return Check(
            rule_id,
            Status.NOT_APPLICABLE,
            _BEFORE_2021 if as_of < OIF_LAUNCH else _JOIN_BENEFITS,
            f"the {holder.value} tier does not exist on {as_of.isoformat()}",
        )
    return None


_LF_OIF_VOTE = Citation(
    "lf-election-procedures",
    date(2025, 7, 7),
    "2(a)",
    "OIF Individual Members are eligible to vote [...] only if the date of such vote falls at "
    "least 180 days after the effective date that such an individual became an OIF Individual "
    "Member",
)
_LF_BOARD_RIGHTS = frozenset({Right.VOTE_BOARD_ELECTIONS, Right.RUN_FOR_BOARD})


def _lf_era_however(holder: Holder, right: Right, rule_id: str, as_of: date) -> Check | None:
    """The LF era's however clause: board elections belong to OIF Individual Members.

    The bare Foundation-member standing does not show an OIF Individual Member agreement, so
    from the closing the board-election rights of that status are ``UNKNOWN``.
    """
    if (
        holder is not IndividualStatus.FOUNDATION_MEMBER
        or right not in _LF_BOARD_RIGHTS
        or as_of < LF_CLOSING
    ):
        return None
    return Check(
        rule_id,
        Status.UNKNOWN,
        _LF_OIF_VOTE,
        f"from {LF_CLOSING.isoformat()} board elections are for OIF Individual Members "
        "(an OIF Individual Member agreement and 180 days); ask check_individual_voter "
        "with the person's agreement date",
    )


def _check(holder: Holder, right: Right, as_of: date) -> Check:
    rule_id = f"rights.{holder.value}.{right.value}"
    early = (
        _inapplicable(holder, right, rule_id, as_of)
        or _lf_era_however(holder, right, rule_id, as_of)
        or _appoint_check(holder, right, rule_id, as_of)
    )
    if early is not None:
        return early
    table = RIGHTS.get(holder)
    if table is None:
        return Check(rule_id, Status.UNKNOWN, _BEFORE_2021, _NF_2012)
    window = table._at(as_of)
    grant = window.value
    if grant.rights is None:
        return Check(rule_id, Status.UNKNOWN, window.citation, window.note)
    if right in grant.rights:
        reason = f"{holder.value}: {right.value} (listed)"
        if right is Right.VOTE_GOLD_DIRECTOR_ELECTIONS:
            return Check(
                rule_id, Status.PASSED, _JOIN_GOLD_VOTE, reason + ", from January after joining"
            )
        return Check(rule_id, Status.PASSED, grant.citation, reason)
    return Check(
        rule_id,
        Status.FAILED,
        grant.citation,
        f"{right.value} is not among the rights listed for {holder.value}",
    )


def _appoint_check(holder: Holder, right: Right, rule_id: str, as_of: date) -> Check | None:
    """Bylaws §4.2(b) / LF charter §2(b): a Platinum member appoints one director."""
    if right is not Right.APPOINT_DIRECTOR:
        return None
    window = APPOINTING_TIER._at(as_of)
    board = "Board of Directors" if as_of < LF_CLOSING else "Governing Board"
    if holder is window.value:
        return Check(
            rule_id,
            Status.PASSED,
            window.citation,
            f"each {holder.value} member appoints one member of the {board}",
        )
    if holder is Tier.ASSOCIATE:
        return Check(rule_id, Status.UNKNOWN, _ASSOCIATE_NF, "no source lists associate rights")
    return Check(
        rule_id,
        Status.FAILED,
        window.citation,
        f"only {window.value.value} members appoint a member of the {board}; "
        f"{holder.value} members do not",
    )


def check_right(holder: Holder, right: Right, *, as_of: date) -> Decision:
    """Decide whether a tier or individual status carries ``right`` on ``as_of``.

    Example:
        >>> from openinfra_model import IndividualStatus, Tier
        >>> check_right(
        ...     IndividualStatus.COMMUNITY, Right.VOTE_BOARD_ELECTIONS, as_of=date(2022, 1, 1)
        ... ).outcome.name
        'FAILED'
        >>> check_right(Tier.SILVER, Right.MARKETPLACE, as_of=date(2022, 1, 1)).outcome.name
        'PASSED'
        >>> check_right(Tier.ASSOCIATE, Right.MARKETPLACE, as_of=date(2022, 1, 1)).outcome.name
        'UNKNOWN'
        >>> check_right(Tier.GOLD, Right.MARKETPLACE, as_of=date(2020, 12, 31)).outcome.name
        'UNKNOWN'
        >>> check_right(Tier.PLATINUM, Right.APPOINT_DIRECTOR, as_of=date(2024, 1, 1)).outcome.name
        'PASSED'
    """
    check_arguments(check_right, locals())
    return Decision.of(_check(holder, right, as_of))


def rights_of(holder: Holder, *, as_of: date) -> Rights:
    """List the rights and benefits of a tier or individual status on ``as_of``.

    Example:
        >>> from openinfra_model import IndividualStatus
        >>> r = rights_of(IndividualStatus.COMMUNITY, as_of=date(2023, 1, 1))
        >>> sorted(x.value for x in r.granted)
        ['community_events', 'submit_summit_talks', 'vote_summit_talks']
    """
    check_arguments(rights_of, locals())
    checks = tuple(
        _check(holder, right, as_of) for right in Right if right in _kind_rights(holder)
    )
    granted = frozenset(
        Right(c.rule_id.rsplit(".", 1)[1]) for c in checks if c.status is Status.PASSED
    )
    return Rights(
        tier=holder if isinstance(holder, Tier) else None,
        status=holder if isinstance(holder, IndividualStatus) else None,
        as_of=as_of,
        granted=granted,
        decision=Decision.of(*checks),
    )
