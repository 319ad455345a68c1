"""The board (bylaws Article IV; Linux Foundation charter §§2-5) and amendments (Article IX).

* ``model`` -- directors, annual elections, officers, waivers, the board over time;
* ``composition`` -- the Director Limit, fixed seats and :func:`check_board`;
* ``affiliation`` -- Affiliated Groups and personal affiliations;
* ``diversity`` -- the Director Diversity Requirement and its waivers;
* ``seating`` -- filling seats in order under a constraint;
* ``meetings`` -- quorum, resolutions, written consent, special meetings, removal for cause;
* ``amendments`` -- amending the bylaws and the charter.
"""

from __future__ import annotations

from openinfra_model.board.affiliation import (
    AFFILIATION_EXEMPT_KINDS,
    CONTRACTOR_THRESHOLD,
    AffiliatedGroups,
    AffiliationKind,
    ControlChange,
    MembershipChange,
    MembershipChangeKind,
    PersonalAffiliation,
    affiliated_groups,
    check_applicant_affiliation,
    control_change_consequences,
)
from openinfra_model.board.amendments import (
    INDIVIDUAL_AMENDMENT_TURNOUT,
    ClassVote,
    MemberClass,
    amendment_classes,
    check_amendment_effective_date,
    check_bylaws_amendment,
    check_charter_amendment,
)
from openinfra_model.board.composition import (
    DIRECTOR_LIMIT_RULE,
    SEAT_CHANGE_RULE,
    BoardReport,
    SeatChangeRule,
    check_board,
    check_vacancy_fill,
    director_limit,
)
from openinfra_model.board.diversity import (
    DIVERSITY_REQUIREMENT,
    DiversityRule,
    check_diversity,
    check_new_director,
    check_waiver,
    check_waiver_vote,
    director_groups,
    diversity_constraint,
)
from openinfra_model.board.meetings import (
    ACTION,
    MAJORITY,
    QUORUM,
    TWO_THIRDS,
    WRITTEN_CONSENT,
    Meeting,
    MeetingCaller,
    Threshold,
    check_quorum,
    check_removal_for_cause,
    check_resolution,
    check_special_meeting_call,
    check_written_consent,
)
from openinfra_model.board.model import (
    AnnualElection,
    Board,
    Director,
    Officer,
    OfficerRole,
    SeatClass,
    Waiver,
)
from openinfra_model.board.seating import (
    SeatConstraint,
    Seating,
    seat_in_order,
)

__all__ = [
    "ACTION",
    "AFFILIATION_EXEMPT_KINDS",
    "CONTRACTOR_THRESHOLD",
    "DIRECTOR_LIMIT_RULE",
    "DIVERSITY_REQUIREMENT",
    "INDIVIDUAL_AMENDMENT_TURNOUT",
    "MAJORITY",
    "QUORUM",
    "SEAT_CHANGE_RULE",
    "TWO_THIRDS",
    "WRITTEN_CONSENT",
    "AffiliatedGroups",
    "AffiliationKind",
    "AnnualElection",
    "Board",
    "BoardReport",
    "ClassVote",
    "ControlChange",
    "Director",
    "DiversityRule",
    "Meeting",
    "MeetingCaller",
    "MemberClass",
    "MembershipChange",
    "MembershipChangeKind",
    "Officer",
    "OfficerRole",
    "PersonalAffiliation",
    "SeatChangeRule",
    "SeatClass",
    "SeatConstraint",
    "Seating",
    "Threshold",
    "Waiver",
    "affiliated_groups",
    "amendment_classes",
    "check_amendment_effective_date",
    "check_applicant_affiliation",
    "check_board",
    "check_bylaws_amendment",
    "check_charter_amendment",
    "check_diversity",
    "check_new_director",
    "check_quorum",
    "check_removal_for_cause",
    "check_resolution",
    "check_special_meeting_call",
    "check_vacancy_fill",
    "check_waiver",
    "check_waiver_vote",
    "check_written_consent",
    "control_change_consequences",
    "director_groups",
    "director_limit",
    "diversity_constraint",
    "seat_in_order",
]
