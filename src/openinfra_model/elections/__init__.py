"""Elections: calendars, voter and candidate eligibility, rolls, the member lifecycle, TC/PTL.

The modules, in the order facts flow:

* ``openinfra_model.elections.model`` -- elections, voting windows, vote records, and the
  shared :class:`~openinfra_model.VotingMethod` enumeration (the counting package uses it too);
* ``openinfra_model.elections.history`` -- the published board elections, as data
  (:func:`election` finds one by id, :func:`elections` lists them);
* ``openinfra_model.elections.calendar`` -- validate and propose board election calendars;
* ``openinfra_model.elections.voters`` -- who may vote, and the 180-day arithmetic;
* ``openinfra_model.elections.rolls`` -- electorate rolls at scale, vote-record checks;
* ``openinfra_model.elections.lifecycle`` -- participation notices and moves to Community;
* ``openinfra_model.elections.candidates`` -- Individual board candidates;
* ``openinfra_model.elections.technical`` -- OpenStack TC and PTL electorates and limits;
* ``openinfra_model.elections.notice`` -- notice of member meetings and the voting list;
* ``openinfra_model.elections.quorum`` -- the quorum of member meetings and elections.
"""

from __future__ import annotations

from openinfra_model.elections.calendar import (
    BoardCalendar,
    check_calendar,
    check_vote_window,
    propose_calendar,
    propose_calendars,
)
from openinfra_model.elections.candidates import Candidacy, Nomination, check_board_candidate
from openinfra_model.elections.history import election, elections
from openinfra_model.elections.lifecycle import (
    LifecycleAction,
    LifecycleReview,
    Notice,
    NoticeResponse,
    ParticipationPolicy,
    apply_moves,
    review_lifecycle,
)
from openinfra_model.elections.model import (
    DayRange,
    Election,
    ElectionKind,
    Electorate,
    VoteRecord,
    VotingMethod,
)
from openinfra_model.elections.notice import check_meeting_notice
from openinfra_model.elections.quorum import Quorum, check_quorum
from openinfra_model.elections.rolls import (
    Roll,
    build_roll,
    check_vote_records,
    voters_by_election,
)
from openinfra_model.elections.technical import (
    Contribution,
    ContributionKind,
    ExtraContributor,
    TcWaiver,
    build_contributor_roll,
    check_ptl_candidate,
    check_tc_affiliation,
    check_tc_candidate,
    check_technical_voter,
    tc_seat_constraint,
)
from openinfra_model.elections.voters import (
    IndividualProgram,
    MembershipSpan,
    check_gold_voter,
    check_individual_voter,
    check_platinum_voter,
    check_vote_cast,
    check_window_voter,
    first_vote_day,
    joining_cutoff,
    spans_of,
)

__all__ = [
    "BoardCalendar",
    "Candidacy",
    "Contribution",
    "ContributionKind",
    "DayRange",
    "Election",
    "ElectionKind",
    "Electorate",
    "ExtraContributor",
    "IndividualProgram",
    "LifecycleAction",
    "LifecycleReview",
    "MembershipSpan",
    "Nomination",
    "Notice",
    "NoticeResponse",
    "ParticipationPolicy",
    "Quorum",
    "Roll",
    "TcWaiver",
    "VoteRecord",
    "VotingMethod",
    "apply_moves",
    "build_contributor_roll",
    "build_roll",
    "check_board_candidate",
    "check_calendar",
    "check_gold_voter",
    "check_individual_voter",
    "check_meeting_notice",
    "check_platinum_voter",
    "check_ptl_candidate",
    "check_quorum",
    "check_tc_affiliation",
    "check_tc_candidate",
    "check_technical_voter",
    "check_vote_cast",
    "check_vote_records",
    "check_vote_window",
    "check_window_voter",
    "election",
    "elections",
    "first_vote_day",
    "joining_cutoff",
    "propose_calendar",
    "propose_calendars",
    "review_lifecycle",
    "spans_of",
    "tc_seat_constraint",
    "voters_by_election",
]
