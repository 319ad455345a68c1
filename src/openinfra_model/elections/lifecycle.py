"""The member lifecycle: voting regularly or moving to a Community account.

Individual Member Policy (bylaws Appendix 1) §3 ends a membership on "(iii) failure to vote in
at least 50% of the votes for Individual Members within the prior twenty-four months unless the
person does not respond within thirty (30) days of notice of such termination that the person
wishes to continue to be an Individual Member". Read literally, "unless the person does not
respond" would end the membership only of those who *do* respond; we model the evident intent
-- the membership ends unless the person answers within 30 days that they wish to continue --
as the membership site's notice says ("If you take no action, we will automatically change your
account status [...] to "Community Member"").

Two named policies decide who gets a notice
(:class:`~openinfra_model.elections.ParticipationPolicy`):

* ``BYLAWS`` (the default): of the Individual-member votes that closed in the 24 months before
  the as-of date, counting only those the member was on the roll of [inferred], the member
  voted in fewer than half (exactly half passes). A member with no such vote gets no notice.
* ``SITE_PRACTICE``: the membership site's practice (``FoundationMembershipRevocation
  Specification``): members who joined at least 180 days before the latest close and voted in
  neither of the last two Individual-member elections.

Then, for both: a member noticed on day ``N`` who has not answered by ``N + 30`` days is moved
to a Community account on ``N + 31`` [the day inferred: the first day after the 30 days].
Re-joining starts a new :class:`~openinfra_model.elections.MembershipSpan`, so the 180
days run again (the site: "you will not be eligible to vote [...] until 180 days after
re-joining").
"""

from __future__ import annotations

import enum
from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from openinfra_model.core import render
from openinfra_model.core.citations import Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.regimes import FIRST_DATE, DatedTable, Window
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, plain_id, typed
from openinfra_model.elections.model import Electorate
from openinfra_model.elections.rolls import build_roll, voters_by_election
from openinfra_model.elections.voters import (
    IndividualProgram,
    MembershipSpan,
    program_on,
    spans_of,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from openinfra_model.elections.model import Election, VoteRecord
    from openinfra_model.elections.rolls import Roll
    from openinfra_model.membership.roster import Roster

__all__ = [
    "NOTICE_RESPONSE_DAYS",
    "PARTICIPATION_RULE",
    "LifecycleAction",
    "LifecycleReview",
    "Notice",
    "NoticeResponse",
    "ParticipationPolicy",
    "ParticipationRule",
    "apply_moves",
    "review_lifecycle",
]


class ParticipationPolicy(enum.Enum):
    """Which reading of the participation rule decides who gets a notice."""

    BYLAWS = "bylaws"
    """The bylaws' rule (Appendix 1 §3(iii)), fewer than half of the eligible votes of the
    prior 24 months gets a notice."""
    SITE_PRACTICE = "site_practice"
    """The membership site's practice, no vote in either of the last two elections (for
    members who joined at least 180 days before the latest close) gets a notice."""


@attrs.frozen(field_transformer=typed)
class ParticipationRule:
    """The numbers of the Appendix 1 §3(iii) rule.

    Attributes:
        months: The look-back period in months.
        share_num: The numerator of the share of votes required.
        share_den: Its denominator (1/2: "at least 50%").
    """

    months: int
    share_num: int
    share_den: int

    def __str__(self) -> str:
        """Render as ``1/2 of the votes of 24 months``."""
        return f"{self.share_num}/{self.share_den} of the votes of {self.months} months"


_SITE = Citation(
    "election-page",
    date(2021, 1, 1),
    "openstack-org FoundationMembershipRevocationSpecification [practice]",
    "have voted in none of the last two elections",
)
_NOTICE_EMAIL = Citation(
    "election-page",
    date(2021, 1, 1),
    "openstack-org RevocationNotificationEmail [practice]",
    "If you take no action, we will automatically change your account status",
)

PARTICIPATION_RULE: DatedTable[ParticipationRule] = parameter(
    "elections.lifecycle.participation", ParticipationRule
)
"""The participation rule: the share of votes and the look-back period."""

NOTICE_RESPONSE_DAYS: DatedTable[int] = parameter("elections.lifecycle.notice_response_days", int)
"""Days a noticed member has to answer that they wish to continue."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class Notice:
    """A participation notice sent to a member.

    Attributes:
        person: The member's id.
        sent: The day the notice was sent.
    """

    person: str = attrs.field(validator=plain_id)
    sent: date


@attrs.frozen(kw_only=True, field_transformer=typed)
class NoticeResponse:
    """A member's answer that they wish to continue.

    Attributes:
        person: The member's id.
        on: The day the answer was received.
    """

    person: str = attrs.field(validator=plain_id)
    on: date


@attrs.frozen(kw_only=True, field_transformer=typed)
class LifecycleAction:
    """One action of a lifecycle review.

    Attributes:
        person: The member's id.
        on: The day the action takes effect (the notice day, or the day of the move).
        decision: Why: the participation decision (for a notice) or the notice decision.
    """

    person: str = attrs.field(validator=plain_id)
    on: date
    decision: Decision

    def __repr__(self) -> str:
        """One line: who, when and the outcome of the decision behind it."""
        return (
            f"<LifecycleAction {self.person} {self.on.isoformat()} {self.decision.outcome.name}>"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class LifecycleReview:
    """Who gets a notice and who is moved to a Community account, on one day.

    Attributes:
        as_of: The day reviewed.
        policy: The policy applied.
        notices: Members who get a notice on ``as_of``.
        moves: Members moved to a Community account (noticed, no answer in time).
        continued: Members whose notice was answered in time.
    """

    as_of: date
    policy: ParticipationPolicy
    notices: tuple[LifecycleAction, ...] = ()
    moves: tuple[LifecycleAction, ...] = ()
    continued: tuple[LifecycleAction, ...] = ()

    def __repr__(self) -> str:
        """One line: the day, the policy and how many notices, moves and continuations."""
        return (
            f"<LifecycleReview {self.as_of.isoformat()} ({self.policy.value}): "
            f"{len(self.notices)} notices, {len(self.moves)} moves, "
            f"{len(self.continued)} continued>"
        )

    def _actions(self) -> tuple[tuple[str, LifecycleAction], ...]:
        return (
            *(("notice", a) for a in self.notices),
            *(("move", a) for a in self.moves),
            *(("continued", a) for a in self.continued),
        )

    def _repr_html_(self) -> str:
        """One row an action: what, who, when, and the decision behind it in colour."""
        actions = self._actions()
        return render.frame(
            repr(self)[1:-1],
            render.table(
                ("action", "person", "on", "outcome", "reasons"),
                (
                    (
                        kind,
                        a.person,
                        a.on,
                        render.status_badge(a.decision.outcome),
                        render.esc("; ".join(c.reason for c in a.decision.checks)),
                    )
                    for kind, a in actions
                ),
                statuses=(a.decision.outcome for _, a in actions),
                raw=frozenset({3, 4}),
                total=len(actions),
            ),
        )

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row an action: notices, then moves, then members continued.

        .. versionadded:: 0.2
        """
        return tuple(
            {
                "as_of": self.as_of,
                "policy": self.policy.value,
                "action": kind,
                "person": a.person,
                "on": a.on,
                "outcome": a.decision.outcome.value,
                "reasons": "; ".join(c.reason for c in a.decision.checks),
            }
            for kind, a in self._actions()
        )


def review_lifecycle(  # noqa: PLR0913
    roster: Roster,
    elections: Sequence[Election],
    votes: Sequence[VoteRecord],
    *,
    as_of: date,
    policy: ParticipationPolicy = ParticipationPolicy.BYLAWS,
    notices: Sequence[Notice] = (),
    responses: Sequence[NoticeResponse] = (),
    history: Sequence[MembershipSpan] = (),
) -> LifecycleReview:
    """Compute, on ``as_of``, who gets a participation notice and who is moved.

    The votes counted are those of the membership in force on ``as_of``: Individual Member
    votes before 2025-06-01, OIF Individual Member votes from then (an OIF member's Delaware
    votes are not counted [inferred]). Their rolls are built from the roster (and
    ``history``); people who have since left need their spans in ``history``, or their votes
    are refused as off the roll;
    every vote record is checked against them
    (:func:`~openinfra_model.elections.voters_by_election`).
    A member already noticed since the latest counted vote closed is not noticed again
    [inferred].

    Raises:
        InvalidInputError: Bad vote records (unknown election, voter not on the roll, ...),
            notices or responses for unknown people, or dates after ``as_of``.

    Example:
        >>> from openinfra_model import Individual, IndividualStatus, Roster
        >>> from openinfra_model.elections import history as h
        >>> from openinfra_model.elections.model import VoteRecord
        >>> people = tuple(
        ...     Individual(
        ...         id=i,
        ...         name=i,
        ...         status=IndividualStatus.FOUNDATION_MEMBER,
        ...         member_since=date(2020, 1, 1),
        ...     )
        ...     for i in ("a", "b")
        ... )
        >>> roster = Roster(snapshot=date(2025, 3, 1), individuals=people)
        >>> elections = (h.INDIVIDUAL_2024, h.INDIVIDUAL_2025)
        >>> votes = (VoteRecord(election="2025-individual", voter="a"),)
        >>> r = review_lifecycle(roster, elections, votes, as_of=date(2025, 3, 1))
        >>> [a.person for a in r.notices]
        ['b']
        >>> n = Notice(person="b", sent=date(2025, 3, 1))
        >>> later = review_lifecycle(
        ...     roster, elections, votes, as_of=date(2025, 4, 1), notices=(n,)
        ... )
        >>> [(a.person, a.on.isoformat()) for a in later.moves]
        [('b', '2025-04-01')]
    """
    check_arguments(review_lifecycle, locals())
    _check_dates(roster, notices, responses, as_of)
    if as_of < FIRST_DATE:
        raise InvalidInputError.at("as_of", f"{as_of.isoformat()} is before every rule")
    electorate = (
        Electorate.INDIVIDUAL_MEMBERS
        if program_on(as_of) is IndividualProgram.FOUNDATION
        else Electorate.OIF_INDIVIDUAL_MEMBERS
    )
    counted = tuple(e for e in elections if e.electorate is electorate and e.voting.last < as_of)
    rolls = tuple(build_roll(e, roster, history=history) for e in counted)
    counted_ids = {e.id for e in counted}
    voted = voters_by_election(
        elections, rolls, votes, ignore=frozenset(e.id for e in elections) - counted_ids
    )
    spans = _spans(roster, history)
    program = program_on(as_of)
    members = [
        pid
        for pid, own in spans.items()
        if any(s.program is program and s.holds_on(as_of) for s in own)
    ]
    latest_close = max((e.voting.last for e in counted), default=None)
    noticed = _latest_by_person([(n.person, n.sent) for n in notices])
    answered = _all_by_person([(r.person, r.on) for r in responses])
    wait = NOTICE_RESPONSE_DAYS._at(as_of)
    out_notices: list[LifecycleAction] = []
    moves: list[LifecycleAction] = []
    continued: list[LifecycleAction] = []
    for pid in members:
        sent = noticed.get(pid)
        if sent is not None:
            answer = _notice_answer(pid, sent, answered.get(pid, ()), wait, as_of)
            if answer is not None and answer.decision.failed:
                moves.append(answer)
                continue
            if answer is not None:
                continued.append(answer)
            if latest_close is None or sent > latest_close:
                continue  # already noticed about the current record
        decision = _participation(
            pid, spans[pid], counted, rolls, voted, as_of=as_of, policy=policy
        )
        if decision.failed:
            out_notices.append(LifecycleAction(person=pid, on=as_of, decision=decision))
    return LifecycleReview(
        as_of=as_of,
        policy=policy,
        notices=tuple(out_notices),
        moves=tuple(moves),
        continued=tuple(continued),
    )


def _notice_answer(
    pid: str, sent: date, answers: Sequence[date], wait: Window[int], as_of: date
) -> LifecycleAction | None:
    """The 30-day answer to a notice: continued if answered in time, moved once it lapsed.

    ``None`` while the answer period is still running with no answer yet.
    """
    deadline = sent + timedelta(days=wait.value)
    answer = [d for d in answers if sent <= d <= deadline]
    if answer:
        return LifecycleAction(
            person=pid,
            on=min(answer),
            decision=Decision.of(
                Check(
                    "elections.lifecycle.notice_answered",
                    Status.PASSED,
                    wait.citation,
                    f"noticed {sent.isoformat()}, answered {min(answer).isoformat()} "
                    f"(within {wait.value} days)",
                )
            ),
        )
    if as_of <= deadline:
        return None
    return LifecycleAction(
        person=pid,
        on=deadline + timedelta(days=1),
        decision=Decision.of(
            Check(
                "elections.lifecycle.notice_answered",
                Status.FAILED,
                wait.citation,
                f"noticed {sent.isoformat()}, no answer by {deadline.isoformat()}",
            )
        ),
    )


def _check_dates(
    roster: Roster,
    notices: Sequence[Notice],
    responses: Sequence[NoticeResponse],
    as_of: date,
) -> None:
    known = roster.individuals_by_id
    problems: list[Problem] = []
    for i, n in enumerate(notices):
        if n.person not in known:
            problems.append(Problem(f"notices[{i}].person", f"unknown individual {n.person!r}"))
        if n.sent > as_of:
            problems.append(Problem(f"notices[{i}].sent", "is after as_of"))
    for i, r in enumerate(responses):
        if r.person not in known:
            problems.append(Problem(f"responses[{i}].person", f"unknown individual {r.person!r}"))
        if r.on > as_of:
            problems.append(Problem(f"responses[{i}].on", "is after as_of"))
    if problems:
        raise InvalidInputError(problems)


def _spans(
    roster: Roster, history: Sequence[MembershipSpan]
) -> dict[str, tuple[MembershipSpan, ...]]:
    given: dict[str, list[MembershipSpan]] = {}
    for s in history:
        given.setdefault(s.person, []).append(s)
    return {p.id: tuple(given[p.id]) if p.id in given else spans_of(p) for p in roster.individuals}


def _latest_by_person(pairs: Sequence[tuple[str, date]]) -> dict[str, date]:
    out: dict[str, date] = {}
    for pid, day in pairs:
        if pid not in out or day > out[pid]:
            out[pid] = day
    return out


def _all_by_person(pairs: Sequence[tuple[str, date]]) -> dict[str, list[date]]:
    out: dict[str, list[date]] = {}
    for pid, day in pairs:
        out.setdefault(pid, []).append(day)
    return out


def _participation(  # noqa: PLR0913
    pid: str,
    spans: Sequence[MembershipSpan],
    counted: Sequence[Election],
    rolls: Sequence[Roll],
    voted: dict[str, frozenset[str]],
    *,
    as_of: date,
    policy: ParticipationPolicy,
) -> Decision:
    if policy is ParticipationPolicy.SITE_PRACTICE:
        return _site_practice(pid, spans, counted, voted, as_of=as_of)
    rule = PARTICIPATION_RULE._at(as_of)
    since = as_of - relativedelta(months=rule.value.months)
    window = [(e, r) for e, r in zip(counted, rolls, strict=True) if since <= e.voting.last]
    eligible = [e for e, r in window if pid in r]
    took = sum(1 for e in eligible if pid in voted[e.id])
    rid = "elections.lifecycle.participation"
    if not eligible:
        return Decision.of(
            Check(
                rid,
                Status.NOT_APPLICABLE,
                rule.citation,
                f"no Individual-member vote since {since.isoformat()} they could take part in",
            )
        )
    enough = took * rule.value.share_den >= len(eligible) * rule.value.share_num
    return Decision.of(
        Check(
            rid,
            Status.PASSED if enough else Status.FAILED,
            rule.citation,
            f"voted in {took} of the {len(eligible)} votes they could take part in since "
            f"{since.isoformat()} (needs {rule.value.share_num}/{rule.value.share_den})",
        )
    )


def _site_practice(
    pid: str,
    spans: Sequence[MembershipSpan],
    counted: Sequence[Election],
    voted: dict[str, frozenset[str]],
    *,
    as_of: date,
) -> Decision:
    rid = "elections.lifecycle.site_practice"
    last_two = sorted(counted, key=lambda e: e.voting.last)[-2:]
    if not last_two:
        return Decision.of(
            Check(rid, Status.NOT_APPLICABLE, _SITE, "no Individual-member election closed yet")
        )
    close = last_two[-1].voting.last
    joined_by = close - timedelta(days=180)
    program = program_on(as_of)
    current = [s for s in spans if s.program is program and s.holds_on(as_of)]
    start = min(s.start for s in current) if current else None
    if start is None or start > joined_by:
        joined = (
            f"not a member on {as_of.isoformat()}"
            if start is None
            else f"joined on {start.isoformat()}, after {joined_by.isoformat()}"
        )
        return Decision.of(
            Check(
                rid,
                Status.NOT_APPLICABLE,
                _SITE,
                f"{joined} (180 days before the latest close, {close.isoformat()})",
            )
        )
    took = [e.id for e in last_two if pid in voted[e.id]]
    names = ", ".join(e.id for e in last_two)
    if took:
        return Decision.of(Check(rid, Status.PASSED, _SITE, f"voted in {took[0]} ({names})"))
    return Decision.of(Check(rid, Status.FAILED, _SITE, f"voted in none of {names}"))


def apply_moves(
    history: Sequence[MembershipSpan], review: LifecycleReview
) -> tuple[MembershipSpan, ...]:
    """End the open spans of the members a review moved, on the day of the move.

    Example:
        >>> from openinfra_model.elections.voters import IndividualProgram
        >>> from openinfra_model.core.decisions import Decision
        >>> s = MembershipSpan(
        ...     person="b", program=IndividualProgram.FOUNDATION, start=date(2020, 1, 1)
        ... )
        >>> move = LifecycleAction(person="b", on=date(2025, 4, 1), decision=Decision.of())
        >>> r = LifecycleReview(
        ...     as_of=date(2025, 4, 1), policy=ParticipationPolicy.BYLAWS, moves=(move,)
        ... )
        >>> apply_moves((s,), r)[0].end
        datetime.date(2025, 4, 1)
    """
    check_arguments(apply_moves, locals())
    moved = {a.person: a.on for a in review.moves}
    return tuple(
        attrs.evolve(s, end=moved[s.person])
        if s.person in moved and s.end is None and s.start < moved[s.person]
        else s
        for s in history
    )
