"""Project funds: the 2022 "Directed Funding" model inside the OpenInfra Foundation.

On 2022-06-07 the foundation announced that organisations may fund one project directly
through "a legal, project-specific funding entity with a project fund governing board,
comprising at least one OpenInfra Foundation Platinum Member sponsor joined by multiple funding
partners" (directed-funding announcement). The funding page added: "At least one Platinum
Member of the OpenInfra Foundation serves as an executive sponsor [...] Other interested
organizations join the project fund. If they are not already members, they will need to become
members of the OpenInfra Foundation. The fund participants, as a group, decide what their
contributions will be [...] The fund board (representing participants) decides how to allocate
budget".

The sources do not say how many partners "multiple" requires, what the fund board's voting
threshold is, or what contribution (fee) levels apply. Each is a parameter of the rule that
needs it; left unset, the check is ``UNKNOWN`` and says so. Whether the model continues under
the Linux Foundation charter (from 2025-06-01) is not stated either: from that day the
``directed_funds.project_fund.program`` check is ``UNKNOWN``.

The Linux Foundation era, when the OpenInfra Foundation itself became a directed fund, is in
``openinfra_model.membership.linux_foundation``.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.core.citations import Citation, cite
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.money import ZERO, check_money, usd
from openinfra_model.core.regimes import DatedTable
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.membership import Tier
from openinfra_model.membership.organizations import check_non_blank, check_slug
from openinfra_model.membership.standing import members_on

if TYPE_CHECKING:
    from collections.abc import Iterable

    from openinfra_model.core.regimes import DatedTable
    from openinfra_model.membership import Membership

__all__ = [
    "DIRECTED_FUNDING_LAUNCH",
    "PROJECT_FUND_PROGRAM",
    "FundBoardMember",
    "FundParticipant",
    "FundRole",
    "ProjectFund",
    "check_fund_board_vote",
    "check_project_fund",
]

DIRECTED_FUNDING_LAUNCH = date(2022, 6, 7)
"""The directed-funding announcement, "open for business" [quoted]."""

_ANNOUNCEMENT = cite(
    "seed-directed-funding",
    DIRECTED_FUNDING_LAUNCH,
    "Delivering Value with OpenInfra Project Funds",
    "A legal, project-specific funding entity with a project fund governing board, comprising "
    "at least one OpenInfra Foundation Platinum Member sponsor joined by multiple funding "
    "partners.",
)
_SPONSOR = cite(
    "funding-page",
    DIRECTED_FUNDING_LAUNCH,
    "How Directed Funding Works in Practice",
    "At least one Platinum Member of the OpenInfra Foundation serves as an executive sponsor "
    "for the project",
)
_PARTNERS = cite(
    "seed-directed-funding",
    DIRECTED_FUNDING_LAUNCH,
    "Delivering Value with OpenInfra Project Funds",
    "joined by multiple funding partners",
)
_MEMBERS = cite(
    "funding-page",
    DIRECTED_FUNDING_LAUNCH,
    "How Directed Funding Works in Practice",
    "If they are not already members, they will need to become members of the OpenInfra "
    "Foundation.",
)
_CONTRIBUTIONS = cite(
    "funding-page",
    DIRECTED_FUNDING_LAUNCH,
    "How Directed Funding Works in Practice",
    "The fund participants, as a group, decide what their contributions will be",
)
_BOARD = cite(
    "funding-page",
    DIRECTED_FUNDING_LAUNCH,
    "How Directed Funding Works in Practice",
    "The fund board (representing participants) decides how to allocate budget",
)

PROJECT_FUND_PROGRAM: DatedTable[bool | None] = parameter(
    "directed_funds.project_fund.program", bool | None
)
"""Whether the 2022 project-fund model is offered: yes from 2022-06-07, unknown from the
Linux Foundation closing."""


class FundRole(enum.Enum):
    """The part an organisation plays in a project fund."""

    EXECUTIVE_SPONSOR = "executive_sponsor"
    """A Platinum member sponsoring the fund, "to ensure strong alignment with the OpenInfra
    Foundation board and mission"."""
    FUNDING_PARTNER = "funding_partner"
    """Another organisation that joined the fund."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class FundParticipant:
    """An organisation taking part in a project fund and what it contributes.

    Attributes:
        organization: The organisation's id.
        role: Executive sponsor or funding partner.
        contribution: What it contributes to the fund's budget, in USD a year.
    """

    organization: str = attrs.field(validator=check_slug)
    role: FundRole
    contribution: Decimal = attrs.field(default=ZERO, validator=check_money)


@attrs.frozen(kw_only=True, field_transformer=typed)
class FundBoardMember:
    """A member of a project fund's governing board.

    Attributes:
        person: The person's id.
        organization: The id of the participant the person represents.
    """

    person: str = attrs.field(validator=check_non_blank)
    organization: str = attrs.field(validator=check_slug)


def _unique_participants(
    _instance: Any,  # noqa: ANN401
    attribute: Any,  # noqa: ANN401
    value: tuple[FundParticipant, ...],
) -> None:
    seen: set[str] = set()
    for i, p in enumerate(value):
        if p.organization in seen:
            raise InvalidInputError.at(
                f"{attribute.name}[{i}].organization", f"{p.organization!r} takes part twice"
            )
        seen.add(p.organization)


def _unique_board(
    _instance: Any,  # noqa: ANN401
    attribute: Any,  # noqa: ANN401
    value: tuple[FundBoardMember, ...],
) -> None:
    seen: set[str] = set()
    for i, b in enumerate(value):
        if b.person in seen:
            raise InvalidInputError.at(
                f"{attribute.name}[{i}].person", f"{b.person!r} sits on the board twice"
            )
        seen.add(b.person)


@attrs.frozen(kw_only=True, field_transformer=typed)
class ProjectFund:
    """A directed fund for one project (2022 model).

    Attributes:
        id: A stable slug for the fund.
        name: The fund's name.
        project: The id of the project funded (a hosted project's id, or a new project's).
        established: The day the fund entity was established.
        participants: The organisations in the fund, with their roles and contributions.
        board: The fund governing board.
        sources: Where these facts come from.

    Example:
        >>> fund = ProjectFund(
        ...     id="demo-fund",
        ...     name="Demo fund",
        ...     project="demo",
        ...     established=date(2023, 1, 1),
        ...     participants=(
        ...         FundParticipant(
        ...             organization="a",
        ...             role=FundRole.EXECUTIVE_SPONSOR,
        ...             contribution=Decimal("100000"),
        ...         ),
        ...         FundParticipant(
        ...             organization="b",
        ...             role=FundRole.FUNDING_PARTNER,
        ...             contribution=Decimal("25000.50"),
        ...         ),
        ...     ),
        ... )
        >>> fund.budget
        Decimal('125000.50')
    """

    id: str = attrs.field(validator=check_slug)
    name: str
    project: str = attrs.field(validator=check_slug)
    established: date
    participants: tuple[FundParticipant, ...] = attrs.field(
        default=(), validator=_unique_participants
    )
    board: tuple[FundBoardMember, ...] = attrs.field(default=(), validator=_unique_board)
    sources: tuple[Citation, ...] = ()

    @property
    def budget(self) -> Decimal:
        """Sum of the participants' contributions, exact."""
        return sum((p.contribution for p in self.participants), start=ZERO)

    def with_role(self, role: FundRole) -> tuple[FundParticipant, ...]:
        """The participants in one role, in the order listed."""
        return tuple(p for p in self.participants if p.role is role)


def _not_offered(as_of: date) -> Check | None:
    """The program check: ``None`` before the launch (the caller answers n/a)."""
    rule_id = "directed_funds.project_fund.program"
    if as_of < PROJECT_FUND_PROGRAM.first:
        return None
    window = PROJECT_FUND_PROGRAM._at(as_of)
    if window.value is None:
        return Check(
            rule_id,
            Status.UNKNOWN,
            window.citation,
            "the Linux Foundation charter in force from 2025-06-01 does not say whether the "
            "2022 project-fund model continues",
        )
    return Check(
        rule_id,
        Status.PASSED,
        window.citation,
        f"project funds are offered from {window.start.isoformat()}",
    )


def _before_launch(as_of: date) -> Decision:
    return Decision.of(
        Check(
            "directed_funds.project_fund.program",
            Status.NOT_APPLICABLE,
            _ANNOUNCEMENT,
            f"project funds were introduced on {DIRECTED_FUNDING_LAUNCH.isoformat()}, after "
            f"{as_of.isoformat()}",
        )
    )


def _check_sponsor(fund: ProjectFund, platinum: frozenset[str], as_of: date) -> Check:
    rule_id = "directed_funds.project_fund.executive_sponsor"
    sponsors = fund.with_role(FundRole.EXECUTIVE_SPONSOR)
    qualified = [p.organization for p in sponsors if p.organization in platinum]
    if qualified:
        return Check(
            rule_id,
            Status.PASSED,
            _SPONSOR,
            f"executive sponsor(s) holding a Platinum membership on {as_of.isoformat()}: "
            + ", ".join(qualified),
        )
    if not sponsors:
        return Check(rule_id, Status.FAILED, _SPONSOR, "the fund has no executive sponsor")
    names = ", ".join(p.organization for p in sponsors)
    return Check(
        rule_id,
        Status.FAILED,
        _SPONSOR,
        f"no executive sponsor holds a Platinum membership in force on {as_of.isoformat()} "
        f"(sponsors: {names})",
    )


def _check_partners(fund: ProjectFund, min_partners: int | None) -> Check:
    rule_id = "directed_funds.project_fund.funding_partners"
    count = len(fund.with_role(FundRole.FUNDING_PARTNER))
    if min_partners is None:
        return Check(
            rule_id,
            Status.UNKNOWN,
            _PARTNERS,
            f"{count} funding partner(s); the sources do not say how many 'multiple funding "
            "partners' requires (pass min_partners to decide)",
        )
    if count >= min_partners:
        return Check(
            rule_id,
            Status.PASSED,
            _PARTNERS,
            f"{count} funding partner(s), at least the {min_partners} required by the caller",
        )
    return Check(
        rule_id,
        Status.FAILED,
        _PARTNERS,
        f"{count} funding partner(s), fewer than the {min_partners} required by the caller",
    )


def _check_members(fund: ProjectFund, members: frozenset[str], as_of: date) -> Check:
    rule_id = "directed_funds.project_fund.participants_are_members"
    outside = [p.organization for p in fund.participants if p.organization not in members]
    if not fund.participants:
        return Check(rule_id, Status.FAILED, _MEMBERS, "the fund has no participants")
    if outside:
        return Check(
            rule_id,
            Status.FAILED,
            _MEMBERS,
            f"not foundation members on {as_of.isoformat()} (they must join first): "
            + ", ".join(outside),
        )
    return Check(
        rule_id,
        Status.PASSED,
        _MEMBERS,
        f"all {len(fund.participants)} participants are foundation members on {as_of.isoformat()}",
    )


def _check_board(fund: ProjectFund) -> Check:
    rule_id = "directed_funds.project_fund.board"
    if not fund.board:
        return Check(rule_id, Status.FAILED, _ANNOUNCEMENT, "the fund has no governing board")
    participants = {p.organization for p in fund.participants}
    strangers = [
        f"{b.person} ({b.organization})" for b in fund.board if b.organization not in participants
    ]
    if strangers:
        return Check(
            rule_id,
            Status.FAILED,
            _BOARD,
            "board members who represent no participant: " + ", ".join(strangers),
        )
    return Check(
        rule_id,
        Status.PASSED,
        _BOARD,
        f"all {len(fund.board)} board members represent participants",
    )


def _check_contributions(fund: ProjectFund, min_contribution: Decimal | None) -> Check:
    rule_id = "directed_funds.project_fund.contribution_level"
    if min_contribution is None:
        return Check(
            rule_id,
            Status.UNKNOWN,
            _CONTRIBUTIONS,
            f"budget {fund.budget} USD; the sources set no contribution or fee level (the "
            "participants decide as a group; pass min_contribution to decide)",
        )
    short = [p.organization for p in fund.participants if p.contribution < min_contribution]
    if short:
        return Check(
            rule_id,
            Status.FAILED,
            _CONTRIBUTIONS,
            f"contributing less than the {min_contribution} USD set by the caller: "
            + ", ".join(short),
        )
    return Check(
        rule_id,
        Status.PASSED,
        _CONTRIBUTIONS,
        f"every participant contributes at least the {min_contribution} USD set by the caller",
    )


def check_project_fund(
    fund: ProjectFund,
    memberships: Iterable[Membership],
    *,
    as_of: date,
    min_partners: int | None = None,
    min_contribution: Decimal | None = None,
) -> Decision:
    """Check a project fund's composition on ``as_of`` (2022 directed-funding model).

    One check per clause: the program is offered on the day; at least one executive sponsor
    holds a Platinum membership in force on the day; "multiple funding partners" (how many is
    the caller's ``min_partners``; unset gives ``UNKNOWN``); every participant holds a
    foundation membership (any tier) in force on the day; the fund has a governing board whose
    members represent participants; contribution levels (the caller's ``min_contribution``;
    unset gives ``UNKNOWN``). Before 2022-06-07 the model does not apply.

    Args:
        fund: The fund.
        memberships: The foundation memberships known (of any organisations).
        as_of: The day asked about.
        min_partners: The number of funding partners "multiple" requires, by the caller's
            reading; ``None`` leaves the check ``UNKNOWN``.
        min_contribution: The least each participant must contribute, by the caller's
            choice; ``None`` leaves the check ``UNKNOWN``.

    Raises:
        InvalidInputError: ``min_partners`` is not a non-negative int, or ``min_contribution``
            is not money.

    Example:
        >>> from openinfra_model import Membership, Tier
        >>> ms = [
        ...     Membership(
        ...         organization="a",
        ...         tier=Tier.PLATINUM,
        ...         signed=date(2021, 1, 1),
        ...         term_start=date(2021, 1, 1),
        ...     ),
        ...     Membership(
        ...         organization="b",
        ...         tier=Tier.GOLD,
        ...         signed=date(2021, 1, 1),
        ...         approved=date(2021, 1, 1),
        ...     ),
        ...     Membership(
        ...         organization="c",
        ...         tier=Tier.SILVER,
        ...         signed=date(2021, 1, 1),
        ...         approved=date(2021, 1, 1),
        ...     ),
        ... ]
        >>> fund = ProjectFund(
        ...     id="demo-fund",
        ...     name="Demo fund",
        ...     project="demo",
        ...     established=date(2023, 1, 1),
        ...     participants=(
        ...         FundParticipant(organization="a", role=FundRole.EXECUTIVE_SPONSOR),
        ...         FundParticipant(organization="b", role=FundRole.FUNDING_PARTNER),
        ...         FundParticipant(organization="c", role=FundRole.FUNDING_PARTNER),
        ...     ),
        ...     board=(FundBoardMember(person="p1", organization="a"),),
        ... )
        >>> d = check_project_fund(
        ...     fund, ms, as_of=date(2023, 6, 1), min_partners=2, min_contribution=Decimal(0)
        ... )
        >>> d.outcome
        <Status.PASSED: 'passed'>
        >>> check_project_fund(fund, ms, as_of=date(2023, 6, 1)).outcome
        <Status.UNKNOWN: 'unknown'>
    """
    check_arguments(check_project_fund, locals())
    if min_partners is not None and (
        isinstance(min_partners, bool) or not isinstance(min_partners, int) or min_partners < 0
    ):
        raise InvalidInputError.at(
            "min_partners", f"must be a non-negative int or None, not {min_partners!r}"
        )
    if min_contribution is not None:
        try:
            floor = usd(min_contribution)
        except InvalidInputError as err:
            raise InvalidInputError.at("min_contribution", err.problems[0].message) from None
        if floor < 0:
            raise InvalidInputError.at("min_contribution", f"must not be negative, not {floor}")
    program = _not_offered(as_of)
    if program is None:
        return _before_launch(as_of)
    known = tuple(memberships)
    platinum = frozenset(m.organization for m in members_on(known, Tier.PLATINUM, as_of=as_of))
    members = frozenset(m.organization for m in members_on(known, as_of=as_of))
    return Decision.of(
        program,
        _check_sponsor(fund, platinum, as_of),
        _check_partners(fund, min_partners),
        _check_members(fund, members, as_of),
        _check_board(fund),
        _check_contributions(fund, min_contribution),
    )


def check_fund_board_vote(
    fund: ProjectFund,
    in_favour: Iterable[str],
    *,
    as_of: date,
    threshold: Fraction | None = None,
) -> Decision:
    """Decide whether a fund board resolution carries.

    The sources give no voting threshold for project fund boards. The caller may supply
    one (a fraction of the whole board that must vote in favour); without one the answer is
    ``UNKNOWN``, with the count in the reason.

    Args:
        fund: The fund whose board voted.
        in_favour: The ids of the board members voting in favour.
        as_of: The day of the vote.
        threshold: The share of the whole board needed, in ``(0, 1]``, or ``None``.

    Raises:
        InvalidInputError: A voter is not on the board or votes twice (``in_favour[i]``), or
            the threshold is not a fraction in ``(0, 1]`` (``threshold``).

    Example:
        >>> fund = ProjectFund(
        ...     id="f",
        ...     name="F",
        ...     project="p",
        ...     established=date(2023, 1, 1),
        ...     board=(
        ...         FundBoardMember(person="x", organization="a"),
        ...         FundBoardMember(person="y", organization="b"),
        ...         FundBoardMember(person="z", organization="c"),
        ...     ),
        ... )
        >>> check_fund_board_vote(
        ...     fund, ["x", "y"], as_of=date(2023, 6, 1), threshold=Fraction(2, 3)
        ... ).outcome
        <Status.PASSED: 'passed'>
        >>> check_fund_board_vote(fund, ["x", "y"], as_of=date(2023, 6, 1)).outcome
        <Status.UNKNOWN: 'unknown'>
    """
    check_arguments(check_fund_board_vote, locals())
    if threshold is not None and (
        not isinstance(threshold, Fraction) or not Fraction(0) < threshold <= 1
    ):
        raise InvalidInputError.at(
            "threshold", f"must be a Fraction in (0, 1] or None, not {threshold!r}"
        )
    seated = {b.person for b in fund.board}
    voters: list[str] = []
    for i, person in enumerate(in_favour):
        if person not in seated:
            raise InvalidInputError.at(f"in_favour[{i}]", f"{person!r} is not on the fund board")
        if person in voters:
            raise InvalidInputError.at(f"in_favour[{i}]", f"{person!r} votes twice")
        voters.append(person)
    if as_of < DIRECTED_FUNDING_LAUNCH:
        return _before_launch(as_of)
    rule_id = "directed_funds.project_fund.board_vote"
    tally = f"{len(voters)} of {len(seated)} board members in favour"
    if threshold is None:
        check = Check(
            rule_id,
            Status.UNKNOWN,
            _BOARD,
            f"{tally}; the sources set no voting threshold for fund boards (pass threshold)",
        )
    elif seated and Fraction(len(voters), len(seated)) >= threshold:
        check = Check(
            rule_id, Status.PASSED, _BOARD, f"{tally}, at least {threshold} of the board"
        )
    else:
        check = Check(
            rule_id, Status.FAILED, _BOARD, f"{tally}, less than {threshold} of the board"
        )
    return Decision.of(check)
