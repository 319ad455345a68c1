"""The registry of rule ids: every ``rule_id`` a :class:`~openinfra_model.core.Check` can carry.

Each id is a stable dotted name of a rule (DECISIONS.md section 1), declared here once with a
short title and the concern whose documentation page explains it. The rules reference of the
documentation has one anchor per id (``rule-<id>``); the tests check that every id the source
builds a check with is registered here and on that page.

Families built from an enum (``rights.<holder>.<right>``, ``dues.<tier>.<level>``,
``board.<class>.seats``) are listed member by member.

Example:
    >>> RULES["board.diversity.limit"].concern
    'diversity'
    >>> rule("membership.platinum.fte").title
    'Membership: platinum, FTE contributors'
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from openinfra_model.core.errors import UnknownIdError
from openinfra_model.core.validate import typed

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["CONCERNS", "RULES", "Rule", "rule"]

CONCERNS: Final = (
    "membership",
    "board",
    "diversity",
    "meetings",
    "elections",
    "counting",
    "directed-funds",
    "community",
)
"""The concerns, in the order of the documentation's pages (``docs/concerns/<concern>.md``)."""


@attrs.frozen(field_transformer=typed)
class Rule:
    """One registered rule.

    Attributes:
        rule_id: The stable dotted id checks carry (``"board.diversity.limit"``).
        title: A short title for people.
        concern: The concern whose page explains the rule (one of :data:`CONCERNS`).
    """

    rule_id: str
    title: str
    concern: str


_DECLARED: Final[dict[str, tuple[str, str]]] = {
    "board.amendment.board_majority": (
        "Amendments: majority of the Board (§4.13, before 2023-12-05)",
        "meetings",
    ),
    "board.amendment.effective_date": (
        "Amendments: effective no sooner than 30 days after the Board sets the date",
        "meetings",
    ),
    "board.amendment.tc": (
        "Amendments: majority of the Technical Committee (§4.13, before 2023-12-05)",
        "meetings",
    ),
    "elections.notice.gold": (
        "Elections: notice of the Gold members' meeting (§3.5(b))",
        "elections",
    ),
    "elections.notice.individual": (
        "Elections: notice of the Individual members' meeting (§3.5(a))",
        "elections",
    ),
    "elections.quorum": (
        "Elections: quorum of a member meeting or election (§3.7; LF §1, §2)",
        "elections",
    ),
    "elections.tc.affiliation_waiver": (
        "Elections: TC waiver of the affiliation limit (two thirds of the TC)",
        "elections",
    ),
    "elections.voting_list.ready": (
        "Elections: voting list ready before the meeting (§3.6)",
        "elections",
    ),
    "membership.approval.year_end": (
        "Membership: Board approval within 25 days of the year's end (§4.5)",
        "membership",
    ),
    "record.coverage": ("Record: the date is within what the bundled record covers", "board"),
    "record.board_gap": ("Record: the record holds the whole board on the date", "board"),
    "record.director_class": ("Record: a named director's seat class is stated", "board"),
    "record.platinum_member": (
        "Record: a Platinum director's appointing member is stated",
        "board",
    ),
    "affiliation.applicant": ("Affiliation: applicant", "board"),
    "affiliation.controlled_member": ("Affiliation: controlled member", "board"),
    "affiliation.gold_controller_becomes_platinum": (
        "Affiliation: gold controller becomes platinum",
        "board",
    ),
    "affiliation.merger_transfer": ("Affiliation: merger transfer", "board"),
    "affiliation.related_companies": ("Affiliation: related companies", "board"),
    "board.action": ("Board: action", "meetings"),
    "board.amendment.board": ("Board: amendment, board", "meetings"),
    "board.amendment.gold": ("Board: amendment, gold", "meetings"),
    "board.amendment.individual": ("Board: amendment, individual", "meetings"),
    "board.amendment.platinum": ("Board: amendment, platinum", "meetings"),
    "board.charter_amendment.board": ("Board: charter amendment, board", "meetings"),
    "board.charter_amendment.lf_approval": ("Board: charter amendment, LF approval", "meetings"),
    "board.director_limit": ("Board: director limit", "board"),
    "board.diversity.appointed": ("Board: diversity, appointed", "diversity"),
    "board.diversity.appointing_members": ("Board: diversity, appointing members", "diversity"),
    "board.diversity.limit": ("Board: diversity, limit", "diversity"),
    "board.diversity.new_director": ("Board: diversity, new director", "diversity"),
    "board.diversity.seat": ("Board: diversity, seat", "diversity"),
    "board.diversity.waiver": ("Board: diversity, waiver", "diversity"),
    "board.gold.one_third": ("Board: gold, one third", "board"),
    "board.gold.seats": ("Board: gold, seats", "board"),
    "board.gold.seats_fixed": ("Board: gold, seats fixed", "board"),
    "board.gold.selector": ("Board: gold, selector", "board"),
    "board.gold.selectors_elected": ("Board: gold, selectors elected", "board"),
    "board.individual.seats": ("Board: individual, seats", "board"),
    "board.individual.seats_fixed": ("Board: individual, seats fixed", "board"),
    "board.platinum.appointer": ("Board: platinum, appointer", "board"),
    "board.platinum.seats": ("Board: platinum, seats", "board"),
    "board.quorum": ("Board: quorum", "meetings"),
    "board.removal.cause": ("Board: removal, cause", "meetings"),
    "board.removal.cause.consecutive": ("Board: removal, cause, consecutive", "meetings"),
    "board.removal.cause.half": ("Board: removal, cause, half", "meetings"),
    "board.special_meeting": ("Board: special meeting", "meetings"),
    "board.vacancy.gold": ("Board: vacancy, gold", "board"),
    "board.vacancy.individual": ("Board: vacancy, individual", "board"),
    "board.vacancy.platinum": ("Board: vacancy, platinum", "board"),
    "board.written_consent": ("Board: written consent", "meetings"),
    "community.hub.participation": ("Community: hub, participation", "community"),
    "counting.seating.affiliation_cap": ("Counting: seating, affiliation cap", "counting"),
    "counting.tc.affiliation_limit": ("Counting: TC, affiliation limit", "counting"),
    "directed_funds.project_fund.board": ("Directed funds: project fund, board", "directed-funds"),
    "directed_funds.project_fund.board_vote": (
        "Directed funds: project fund, board vote",
        "directed-funds",
    ),
    "directed_funds.project_fund.contribution_level": (
        "Directed funds: project fund, contribution level",
        "directed-funds",
    ),
    "directed_funds.project_fund.executive_sponsor": (
        "Directed funds: project fund, executive sponsor",
        "directed-funds",
    ),
    "directed_funds.project_fund.funding_partners": (
        "Directed funds: project fund, funding partners",
        "directed-funds",
    ),
    "directed_funds.project_fund.participants_are_members": (
        "Directed funds: project fund, participants are members",
        "directed-funds",
    ),
    "directed_funds.project_fund.program": (
        "Directed funds: project fund, program",
        "directed-funds",
    ),
    "dues.associate.established": ("Dues: associate, established", "membership"),
    "dues.associate.legacy_startup": ("Dues: associate, legacy startup", "membership"),
    "dues.associate.start_up": ("Dues: associate, start up", "membership"),
    "dues.corporate_sponsor.established": ("Dues: corporate sponsor, established", "membership"),
    "dues.corporate_sponsor.legacy_startup": (
        "Dues: corporate sponsor, legacy startup",
        "membership",
    ),
    "dues.corporate_sponsor.start_up": ("Dues: corporate sponsor, start up", "membership"),
    "dues.gold.established": ("Dues: gold, established", "membership"),
    "dues.gold.legacy_startup": ("Dues: gold, legacy startup", "membership"),
    "dues.gold.start_up": ("Dues: gold, start up", "membership"),
    "dues.individual.community": ("Dues: individual, community", "membership"),
    "dues.individual.foundation_member": ("Dues: individual, foundation member", "membership"),
    "dues.platinum.established": ("Dues: platinum, established", "membership"),
    "dues.platinum.legacy_startup": ("Dues: platinum, legacy startup", "membership"),
    "dues.platinum.start_up": ("Dues: platinum, start up", "membership"),
    "dues.silver.established": ("Dues: silver, established", "membership"),
    "dues.silver.legacy_startup": ("Dues: silver, legacy startup", "membership"),
    "dues.silver.start_up": ("Dues: silver, start up", "membership"),
    "dues.startup_sponsor.established": ("Dues: startup sponsor, established", "membership"),
    "dues.startup_sponsor.legacy_startup": ("Dues: startup sponsor, legacy startup", "membership"),
    "dues.startup_sponsor.start_up": ("Dues: startup sponsor, start up", "membership"),
    "elections.calendar.annual_meeting_days": (
        "Elections: calendar, annual meeting days",
        "elections",
    ),
    "elections.calendar.application_deadline": (
        "Elections: calendar, application deadline",
        "elections",
    ),
    "elections.calendar.board_year": ("Elections: calendar, board year", "elections"),
    "elections.calendar.gold_before_individual": (
        "Elections: calendar, gold before individual",
        "elections",
    ),
    "elections.calendar.gold_meeting_days": (
        "Elections: calendar, gold meeting days",
        "elections",
    ),
    "elections.calendar.vote_length_days": ("Elections: calendar, vote length days", "elections"),
    "elections.calendar.vote_start_weekday": (
        "Elections: calendar, vote start weekday",
        "elections",
    ),
    "elections.candidate.application": ("Elections: candidate, application", "elections"),
    "elections.candidate.good_standing": ("Elections: candidate, good standing", "elections"),
    "elections.candidate.nomination_deadline": (
        "Elections: candidate, nomination deadline",
        "elections",
    ),
    "elections.candidate.nominators": ("Elections: candidate, nominators", "elections"),
    "elections.lifecycle.notice_answered": ("Elections: lifecycle, notice answered", "elections"),
    "elections.lifecycle.participation": ("Elections: lifecycle, participation", "elections"),
    "elections.lifecycle.site_practice": ("Elections: lifecycle, site practice", "elections"),
    "elections.nomination.lead_days": ("Elections: nomination, lead days", "elections"),
    "elections.ptl.candidate": ("Elections: PTL, candidate", "elections"),
    "elections.tc.affiliation": ("Elections: TC, affiliation", "elections"),
    "elections.tc.candidate": ("Elections: TC, candidate", "elections"),
    "elections.tc.contributor": ("Elections: TC, contributor", "elections"),
    "elections.tc.individual_member": ("Elections: TC, individual member", "elections"),
    "elections.vote.in_window": ("Elections: vote, in window", "elections"),
    "elections.voter.founding_exception": ("Elections: voter, founding exception", "elections"),
    "elections.voter.gold.first_vote": ("Elections: voter, gold, first vote", "elections"),
    "elections.voter.gold.tier": ("Elections: Gold voter's tier", "elections"),
    "elections.voter.gold.transition": ("Elections: voter, gold, transition", "elections"),
    "elections.voter.lf_membership": ("Elections: voter, LF membership", "elections"),
    "elections.voter.membership": ("Elections: voter, membership", "elections"),
    "elections.voter.platinum.class_vote": ("Elections: voter, platinum, class vote", "elections"),
    "elections.voter.platinum.tier": ("Elections: Platinum voter's tier", "elections"),
    "elections.voter.waiting_period": ("Elections: voter, waiting period", "elections"),
    "lf.fee": ("Linux Foundation: fee", "directed-funds"),
    "lf.individual.agreement": ("Linux Foundation: individual, agreement", "directed-funds"),
    "lf.member.class": ("Linux Foundation: member, class", "directed-funds"),
    "lf.member.directed_fund": ("Linux Foundation: member, directed fund", "directed-funds"),
    "lf.member.legacy_startup": ("Linux Foundation: member, legacy startup", "directed-funds"),
    "lf.member.linux_foundation": ("Linux Foundation: member, linux foundation", "directed-funds"),
    "lf.transition.agreement": ("Linux Foundation: transition, agreement", "directed-funds"),
    "lf.transition.term": ("Linux Foundation: transition, term", "directed-funds"),
    "membership.effective_date": ("Membership: effective date", "membership"),
    "membership.gold.approval": ("Membership: Gold approval", "membership"),
    "membership.gold.cap": ("Membership: gold, cap", "membership"),
    "membership.gold.renewal": ("Membership: gold, renewal", "membership"),
    "membership.platinum.approval": ("Membership: Platinum approval", "membership"),
    "membership.platinum.cap": ("Membership: platinum, cap", "membership"),
    "membership.platinum.fte": ("Membership: platinum, FTE contributors", "membership"),
    "membership.platinum.renewal.answer": ("Membership: platinum, renewal, answer", "membership"),
    "membership.platinum.renewal.notice": ("Membership: platinum, renewal, notice", "membership"),
    "membership.platinum.requirements": ("Membership: Platinum requirements", "membership"),
    "membership.platinum.term": ("Membership: platinum, term", "membership"),
    "rights.associate.appoint_director": ("Rights: associate, appoint a director", "membership"),
    "rights.associate.community_events": ("Rights: associate, community events", "membership"),
    "rights.associate.logo_placement": ("Rights: associate, logo placement", "membership"),
    "rights.associate.marketplace": ("Rights: associate, marketplace", "membership"),
    "rights.associate.member_badge": ("Rights: associate, member badge", "membership"),
    "rights.associate.newsletter": ("Rights: associate, newsletter", "membership"),
    "rights.associate.profile": ("Rights: associate, profile", "membership"),
    "rights.associate.project_governance": ("Rights: associate, project governance", "membership"),
    "rights.associate.project_site_profile": (
        "Rights: associate, project site profile",
        "membership",
    ),
    "rights.associate.restricted_logos": ("Rights: associate, restricted logos", "membership"),
    "rights.associate.run_for_board": ("Rights: associate, run for board", "membership"),
    "rights.associate.run_for_technical_committees": (
        "Rights: associate, run for technical committees",
        "membership",
    ),
    "rights.associate.submit_summit_talks": (
        "Rights: associate, submit summit talks",
        "membership",
    ),
    "rights.associate.summit_sponsorship_early_access": (
        "Rights: associate, summit sponsorship early access",
        "membership",
    ),
    "rights.associate.vote_board_elections": (
        "Rights: associate, vote board elections",
        "membership",
    ),
    "rights.associate.vote_gold_director_elections": (
        "Rights: associate, vote gold director elections",
        "membership",
    ),
    "rights.associate.vote_summit_talks": ("Rights: associate, vote summit talks", "membership"),
    "rights.community.appoint_director": ("Rights: community, appoint a director", "membership"),
    "rights.community.community_events": ("Rights: community, community events", "membership"),
    "rights.community.logo_placement": ("Rights: community, logo placement", "membership"),
    "rights.community.marketplace": ("Rights: community, marketplace", "membership"),
    "rights.community.member_badge": ("Rights: community, member badge", "membership"),
    "rights.community.newsletter": ("Rights: community, newsletter", "membership"),
    "rights.community.profile": ("Rights: community, profile", "membership"),
    "rights.community.project_governance": ("Rights: community, project governance", "membership"),
    "rights.community.project_site_profile": (
        "Rights: community, project site profile",
        "membership",
    ),
    "rights.community.restricted_logos": ("Rights: community, restricted logos", "membership"),
    "rights.community.run_for_board": ("Rights: community, run for board", "membership"),
    "rights.community.run_for_technical_committees": (
        "Rights: community, run for technical committees",
        "membership",
    ),
    "rights.community.submit_summit_talks": (
        "Rights: community, submit summit talks",
        "membership",
    ),
    "rights.community.summit_sponsorship_early_access": (
        "Rights: community, summit sponsorship early access",
        "membership",
    ),
    "rights.community.vote_board_elections": (
        "Rights: community, vote board elections",
        "membership",
    ),
    "rights.community.vote_gold_director_elections": (
        "Rights: community, vote gold director elections",
        "membership",
    ),
    "rights.community.vote_summit_talks": ("Rights: community, vote summit talks", "membership"),
    "rights.corporate_sponsor.appoint_director": (
        "Rights: corporate sponsor, appoint a director",
        "membership",
    ),
    "rights.corporate_sponsor.community_events": (
        "Rights: corporate sponsor, community events",
        "membership",
    ),
    "rights.corporate_sponsor.logo_placement": (
        "Rights: corporate sponsor, logo placement",
        "membership",
    ),
    "rights.corporate_sponsor.marketplace": (
        "Rights: corporate sponsor, marketplace",
        "membership",
    ),
    "rights.corporate_sponsor.member_badge": (
        "Rights: corporate sponsor, member badge",
        "membership",
    ),
    "rights.corporate_sponsor.newsletter": ("Rights: corporate sponsor, newsletter", "membership"),
    "rights.corporate_sponsor.profile": ("Rights: corporate sponsor, profile", "membership"),
    "rights.corporate_sponsor.project_governance": (
        "Rights: corporate sponsor, project governance",
        "membership",
    ),
    "rights.corporate_sponsor.project_site_profile": (
        "Rights: corporate sponsor, project site profile",
        "membership",
    ),
    "rights.corporate_sponsor.restricted_logos": (
        "Rights: corporate sponsor, restricted logos",
        "membership",
    ),
    "rights.corporate_sponsor.run_for_board": (
        "Rights: corporate sponsor, run for board",
        "membership",
    ),
    "rights.corporate_sponsor.run_for_technical_committees": (
        "Rights: corporate sponsor, run for technical committees",
        "membership",
    ),
    "rights.corporate_sponsor.submit_summit_talks": (
        "Rights: corporate sponsor, submit summit talks",
        "membership",
    ),
    "rights.corporate_sponsor.summit_sponsorship_early_access": (
        "Rights: corporate sponsor, summit sponsorship early access",
        "membership",
    ),
    "rights.corporate_sponsor.vote_board_elections": (
        "Rights: corporate sponsor, vote board elections",
        "membership",
    ),
    "rights.corporate_sponsor.vote_gold_director_elections": (
        "Rights: corporate sponsor, vote gold director elections",
        "membership",
    ),
    "rights.corporate_sponsor.vote_summit_talks": (
        "Rights: corporate sponsor, vote summit talks",
        "membership",
    ),
    "rights.foundation_member.appoint_director": (
        "Rights: foundation member, appoint a director",
        "membership",
    ),
    "rights.foundation_member.community_events": (
        "Rights: foundation member, community events",
        "membership",
    ),
    "rights.foundation_member.logo_placement": (
        "Rights: foundation member, logo placement",
        "membership",
    ),
    "rights.foundation_member.marketplace": (
        "Rights: foundation member, marketplace",
        "membership",
    ),
    "rights.foundation_member.member_badge": (
        "Rights: foundation member, member badge",
        "membership",
    ),
    "rights.foundation_member.newsletter": ("Rights: foundation member, newsletter", "membership"),
    "rights.foundation_member.profile": ("Rights: foundation member, profile", "membership"),
    "rights.foundation_member.project_governance": (
        "Rights: foundation member, project governance",
        "membership",
    ),
    "rights.foundation_member.project_site_profile": (
        "Rights: foundation member, project site profile",
        "membership",
    ),
    "rights.foundation_member.restricted_logos": (
        "Rights: foundation member, restricted logos",
        "membership",
    ),
    "rights.foundation_member.run_for_board": (
        "Rights: foundation member, run for board",
        "membership",
    ),
    "rights.foundation_member.run_for_technical_committees": (
        "Rights: foundation member, run for technical committees",
        "membership",
    ),
    "rights.foundation_member.submit_summit_talks": (
        "Rights: foundation member, submit summit talks",
        "membership",
    ),
    "rights.foundation_member.summit_sponsorship_early_access": (
        "Rights: foundation member, summit sponsorship early access",
        "membership",
    ),
    "rights.foundation_member.vote_board_elections": (
        "Rights: foundation member, vote board elections",
        "membership",
    ),
    "rights.foundation_member.vote_gold_director_elections": (
        "Rights: foundation member, vote gold director elections",
        "membership",
    ),
    "rights.foundation_member.vote_summit_talks": (
        "Rights: foundation member, vote summit talks",
        "membership",
    ),
    "rights.gold.appoint_director": ("Rights: gold, appoint a director", "membership"),
    "rights.gold.community_events": ("Rights: gold, community events", "membership"),
    "rights.gold.logo_placement": ("Rights: gold, logo placement", "membership"),
    "rights.gold.marketplace": ("Rights: gold, marketplace", "membership"),
    "rights.gold.member_badge": ("Rights: gold, member badge", "membership"),
    "rights.gold.newsletter": ("Rights: gold, newsletter", "membership"),
    "rights.gold.profile": ("Rights: gold, profile", "membership"),
    "rights.gold.project_governance": ("Rights: gold, project governance", "membership"),
    "rights.gold.project_site_profile": ("Rights: gold, project site profile", "membership"),
    "rights.gold.restricted_logos": ("Rights: gold, restricted logos", "membership"),
    "rights.gold.run_for_board": ("Rights: gold, run for board", "membership"),
    "rights.gold.run_for_technical_committees": (
        "Rights: gold, run for technical committees",
        "membership",
    ),
    "rights.gold.submit_summit_talks": ("Rights: gold, submit summit talks", "membership"),
    "rights.gold.summit_sponsorship_early_access": (
        "Rights: gold, summit sponsorship early access",
        "membership",
    ),
    "rights.gold.vote_board_elections": ("Rights: gold, vote board elections", "membership"),
    "rights.gold.vote_gold_director_elections": (
        "Rights: gold, vote gold director elections",
        "membership",
    ),
    "rights.gold.vote_summit_talks": ("Rights: gold, vote summit talks", "membership"),
    "rights.platinum.appoint_director": ("Rights: platinum, appoint a director", "membership"),
    "rights.platinum.community_events": ("Rights: platinum, community events", "membership"),
    "rights.platinum.logo_placement": ("Rights: platinum, logo placement", "membership"),
    "rights.platinum.marketplace": ("Rights: platinum, marketplace", "membership"),
    "rights.platinum.member_badge": ("Rights: platinum, member badge", "membership"),
    "rights.platinum.newsletter": ("Rights: platinum, newsletter", "membership"),
    "rights.platinum.profile": ("Rights: platinum, profile", "membership"),
    "rights.platinum.project_governance": ("Rights: platinum, project governance", "membership"),
    "rights.platinum.project_site_profile": (
        "Rights: platinum, project site profile",
        "membership",
    ),
    "rights.platinum.restricted_logos": ("Rights: platinum, restricted logos", "membership"),
    "rights.platinum.run_for_board": ("Rights: platinum, run for board", "membership"),
    "rights.platinum.run_for_technical_committees": (
        "Rights: platinum, run for technical committees",
        "membership",
    ),
    "rights.platinum.submit_summit_talks": ("Rights: platinum, submit summit talks", "membership"),
    "rights.platinum.summit_sponsorship_early_access": (
        "Rights: platinum, summit sponsorship early access",
        "membership",
    ),
    "rights.platinum.vote_board_elections": (
        "Rights: platinum, vote board elections",
        "membership",
    ),
    "rights.platinum.vote_gold_director_elections": (
        "Rights: platinum, vote gold director elections",
        "membership",
    ),
    "rights.platinum.vote_summit_talks": ("Rights: platinum, vote summit talks", "membership"),
    "rights.silver.appoint_director": ("Rights: silver, appoint a director", "membership"),
    "rights.silver.community_events": ("Rights: silver, community events", "membership"),
    "rights.silver.logo_placement": ("Rights: silver, logo placement", "membership"),
    "rights.silver.marketplace": ("Rights: silver, marketplace", "membership"),
    "rights.silver.member_badge": ("Rights: silver, member badge", "membership"),
    "rights.silver.newsletter": ("Rights: silver, newsletter", "membership"),
    "rights.silver.profile": ("Rights: silver, profile", "membership"),
    "rights.silver.project_governance": ("Rights: silver, project governance", "membership"),
    "rights.silver.project_site_profile": ("Rights: silver, project site profile", "membership"),
    "rights.silver.restricted_logos": ("Rights: silver, restricted logos", "membership"),
    "rights.silver.run_for_board": ("Rights: silver, run for board", "membership"),
    "rights.silver.run_for_technical_committees": (
        "Rights: silver, run for technical committees",
        "membership",
    ),
    "rights.silver.submit_summit_talks": ("Rights: silver, submit summit talks", "membership"),
    "rights.silver.summit_sponsorship_early_access": (
        "Rights: silver, summit sponsorship early access",
        "membership",
    ),
    "rights.silver.vote_board_elections": ("Rights: silver, vote board elections", "membership"),
    "rights.silver.vote_gold_director_elections": (
        "Rights: silver, vote gold director elections",
        "membership",
    ),
    "rights.silver.vote_summit_talks": ("Rights: silver, vote summit talks", "membership"),
    "rights.startup_sponsor.appoint_director": (
        "Rights: startup sponsor, appoint a director",
        "membership",
    ),
    "rights.startup_sponsor.community_events": (
        "Rights: startup sponsor, community events",
        "membership",
    ),
    "rights.startup_sponsor.logo_placement": (
        "Rights: startup sponsor, logo placement",
        "membership",
    ),
    "rights.startup_sponsor.marketplace": ("Rights: startup sponsor, marketplace", "membership"),
    "rights.startup_sponsor.member_badge": ("Rights: startup sponsor, member badge", "membership"),
    "rights.startup_sponsor.newsletter": ("Rights: startup sponsor, newsletter", "membership"),
    "rights.startup_sponsor.profile": ("Rights: startup sponsor, profile", "membership"),
    "rights.startup_sponsor.project_governance": (
        "Rights: startup sponsor, project governance",
        "membership",
    ),
    "rights.startup_sponsor.project_site_profile": (
        "Rights: startup sponsor, project site profile",
        "membership",
    ),
    "rights.startup_sponsor.restricted_logos": (
        "Rights: startup sponsor, restricted logos",
        "membership",
    ),
    "rights.startup_sponsor.run_for_board": (
        "Rights: startup sponsor, run for board",
        "membership",
    ),
    "rights.startup_sponsor.run_for_technical_committees": (
        "Rights: startup sponsor, run for technical committees",
        "membership",
    ),
    "rights.startup_sponsor.submit_summit_talks": (
        "Rights: startup sponsor, submit summit talks",
        "membership",
    ),
    "rights.startup_sponsor.summit_sponsorship_early_access": (
        "Rights: startup sponsor, summit sponsorship early access",
        "membership",
    ),
    "rights.startup_sponsor.vote_board_elections": (
        "Rights: startup sponsor, vote board elections",
        "membership",
    ),
    "rights.startup_sponsor.vote_gold_director_elections": (
        "Rights: startup sponsor, vote gold director elections",
        "membership",
    ),
    "rights.startup_sponsor.vote_summit_talks": (
        "Rights: startup sponsor, vote summit talks",
        "membership",
    ),
}

RULES: Final[Mapping[str, Rule]] = MappingProxyType(
    {rid: Rule(rid, title, concern) for rid, (title, concern) in sorted(_DECLARED.items())}
)
"""Every registered rule, by id, sorted."""


def rule(rule_id: str) -> Rule:
    """Look up a registered rule by id.

    Raises:
        UnknownIdError: The id is not registered (a :class:`KeyError`; the message lists the
            first registered ids).
    """
    found = RULES.get(rule_id)
    if found is None:
        raise UnknownIdError("rule id", rule_id, RULES)
    return found
