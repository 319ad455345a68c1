"""Who may stand for an Individual seat on the board (Delaware) or Governing Board (LF era).

Bylaws §4.2(d) (2021 text): "(i) the nomination must be signed by at least ten (10) Individual
Members, (ii) the nominee is an Individual Member in good standing, (iii) the nominee must have
completed an application for a director with information determined by the Board of Directors,
and (iv) the nomination must be received at least thirty (30) days prior to the relevant annual
or special meeting." and "For the initial special meeting to elect Individual Directors,
nominations must be received by the Secretary at least fourteen (14) days prior to the meeting"
(the 2012 vote). The LF election procedures §2(b)(i)-(iv) say the same of OIF Individual Members
and "the relevant election", for elections beginning January 1, 2026 (keyed on the vote's first
day; a vote opening between 2025-06-01 and 2025-12-31 falls under no numbered rule).

In practice each member's nomination is a separate record ("You will need at least 10 nominations
to be listed on the ballot"), so a :class:`~openinfra_model.elections.Candidacy` holds one
:class:`~openinfra_model.elections.Nomination` per nominating member. "Good standing" is not
defined by the
sources: we read it as a current member (not a Community account) on the day asked about
[inferred]. The meeting's date is the vote's first day [inferred]. The text does not exclude the
nominee from signing their own nomination, so a self-nomination counts [the site's practice was not
found].
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from openinfra_model.core.citations import BYLAWS_TEXT_2021, Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import (
    FIRST_DATE,
    LF_CLOSING,
    LF_ELECTIONS,
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, plain_id, typed
from openinfra_model.elections.calendar import NOMINATION_LEAD_DAYS
from openinfra_model.elections.model import ElectionKind
from openinfra_model.elections.voters import (
    IndividualProgram,
    MembershipSpan,
    program_on,
    spans_of,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from openinfra_model.elections.model import Election
    from openinfra_model.membership import Individual

__all__ = [
    "MIN_NOMINATIONS",
    "Candidacy",
    "Nomination",
    "check_board_candidate",
]

_S4_2_D_II = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(d)(ii)",
    "the nominee is an Individual Member in good standing",
)
_S4_2_D_III = Citation(
    "bylaws",
    BYLAWS_TEXT_2021,
    "4.2(d)(iii)",
    "the nominee must have completed an application for a director",
)
_EPP = date(2025, 7, 7)
_EPP_II = Citation(
    "lf-election-procedures",
    _EPP,
    "2(b)(ii)",
    "the nominee is an OIF Individual Member in good standing",
)
_EPP_III = Citation(
    "lf-election-procedures",
    _EPP,
    "2(b)(iii)",
    "the nominee must have completed an application for nomination as an OIF Individual "
    "Member Representative",
)
_EPP_HEADING = Citation(
    "lf-election-procedures",
    _EPP,
    "heading of §§1-4",
    "For Elections Beginning January 1, 2026:",
)
_GAP_REASON = (
    "no nomination rule: the LF Election Procedures' numbered rules govern elections beginning "
    "January 1, 2026, and the bylaws no longer apply"
)

MIN_NOMINATIONS: DatedTable[int | None] = parameter(
    "elections.nomination.min_nominators", int | None
)
"""How many members must nominate a candidate (``None``: no rule)."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class Nomination:
    """One member's nomination of a candidate.

    Attributes:
        nominator: The nominating member's id.
        received: The day the nomination was received.
    """

    nominator: str = attrs.field(validator=plain_id)
    received: date


@attrs.frozen(kw_only=True, field_transformer=typed)
class Candidacy:
    """A person's candidacy in one election.

    Attributes:
        candidate: The candidate's id.
        election: The election's id.
        nominations: The nominations received, one per nominating member.
        application_completed: The day the candidate application was completed, if it was.
    """

    candidate: str = attrs.field(validator=plain_id)
    election: str = attrs.field(validator=plain_id)
    nominations: tuple[Nomination, ...] = ()
    application_completed: date | None = None


def _is_member(
    person: Individual | None,
    spans: Sequence[MembershipSpan] | None,
    program: IndividualProgram,
    day: date,
) -> bool:
    if person is None:
        return False
    own = spans_of(person) if spans is None else spans
    return any(s.program is program and s.holds_on(day) for s in own)


def check_board_candidate(
    candidacy: Candidacy,
    *,
    election: Election,
    members: Mapping[str, Individual],
    as_of: date | None = None,
    history: Sequence[MembershipSpan] = (),
) -> Decision:
    """Decide whether a candidate goes on the ballot of an Individual board election.

    Checks, each with its clause: the nominee is a member on ``as_of`` (default: the vote's
    first day); at least ten distinct members nominated (each a member on the day their
    nomination was received); at least ten of those nominations were received by the deadline
    (30 days before the vote opens, and by the end of the nomination window if the election
    has one); the application was completed by the application deadline (or, without one,
    before the vote opens [inferred]).

    Args:
        candidacy: The candidacy.
        election: The election (Individual Directors or OIF Individual Representatives).
        members: The individuals by id (nominee and nominators).
        as_of: The day good standing is judged; default the vote's first day.
        history: Membership spans, for the people whose roster record is not enough.

    Raises:
        InvalidInputError: The candidacy is for another election, or the election does not
            elect Individual seats, or is dated before every rule.

    Example:
        >>> from openinfra_model import Individual, IndividualStatus
        >>> from openinfra_model.elections import history as h
        >>> people = {
        ...     f"m{i}": Individual(
        ...         id=f"m{i}",
        ...         name=f"M{i}",
        ...         status=IndividualStatus.FOUNDATION_MEMBER,
        ...         member_since=date(2020, 1, 1),
        ...         oif_agreement_signed=date(2025, 6, 2),
        ...     )
        ...     for i in range(11)
        ... }
        >>> c = Candidacy(
        ...     candidate="m0",
        ...     election="2026-individual",
        ...     nominations=tuple(
        ...         Nomination(nominator=f"m{i}", received=date(2025, 12, 1)) for i in range(1, 11)
        ...     ),
        ...     application_completed=date(2025, 12, 19),
        ... )
        >>> check_board_candidate(c, election=h.INDIVIDUAL_2026, members=people).outcome
        <Status.PASSED: 'passed'>
    """
    check_arguments(check_board_candidate, locals())
    if candidacy.election != election.id:
        raise InvalidInputError.at(
            "candidacy.election", f"{candidacy.election!r} is not {election.id!r}"
        )
    if election.kind not in {
        ElectionKind.INDIVIDUAL_DIRECTORS,
        ElectionKind.OIF_INDIVIDUAL_REPRESENTATIVES,
    }:
        raise InvalidInputError.at(
            "election.kind", f"{election.kind.value} has no Individual nominations"
        )
    opens = election.voting.first
    if opens < FIRST_DATE:
        raise InvalidInputError.at("election.voting.first", "is before every election rule")
    if LF_CLOSING <= opens < LF_ELECTIONS:
        return Decision.of(
            Check(
                "elections.candidate.good_standing",
                Status.NOT_APPLICABLE,
                _EPP_HEADING,
                _GAP_REASON,
            ),
            Check(
                "elections.candidate.nominators", Status.NOT_APPLICABLE, _EPP_HEADING, _GAP_REASON
            ),
            Check(
                "elections.candidate.nomination_deadline",
                Status.NOT_APPLICABLE,
                _EPP_HEADING,
                _GAP_REASON,
            ),
            Check(
                "elections.candidate.application", Status.NOT_APPLICABLE, _EPP_HEADING, _GAP_REASON
            ),
        )
    day = opens if as_of is None else as_of
    program = program_on(opens)
    lf = program is IndividualProgram.OIF
    spans: dict[str, list[MembershipSpan]] = {}
    for span in history:
        spans.setdefault(span.person, []).append(span)
    person = members.get(candidacy.candidate)
    standing_ok = _is_member(person, spans.get(candidacy.candidate), program, day)
    what = "an OIF Individual Member" if lf else "an Individual Member"
    checks = [
        Check(
            "elections.candidate.good_standing",
            Status.PASSED if standing_ok else Status.FAILED,
            _EPP_II if lf else _S4_2_D_II,
            f"{candidacy.candidate} {'is' if standing_ok else 'is not'} {what} on "
            f"{day.isoformat()}",
        )
    ]
    checks.extend(_nomination_checks(candidacy, election, members, spans, program))
    checks.append(_application_check(candidacy, election, lf=lf))
    return Decision.of(*checks)


def _nomination_checks(
    candidacy: Candidacy,
    election: Election,
    members: Mapping[str, Individual],
    spans: Mapping[str, Sequence[MembershipSpan]],
    program: IndividualProgram,
) -> tuple[Check, Check]:
    opens = election.voting.first
    need = MIN_NOMINATIONS._at(opens)
    lead = NOMINATION_LEAD_DAYS._at(opens)
    # The caller returned earlier for the 2025 gap, the only windows without a value.
    assert need.value is not None  # noqa: S101
    assert lead.value is not None  # noqa: S101
    deadline = opens - timedelta(days=lead.value)
    if election.nominations is not None:
        deadline = min(deadline, election.nominations.last)
    first_by: dict[str, date] = {}
    not_members: list[str] = []
    for n in candidacy.nominations:
        if not _is_member(members.get(n.nominator), spans.get(n.nominator), program, n.received):
            not_members.append(n.nominator)
            continue
        if n.nominator not in first_by or n.received < first_by[n.nominator]:
            first_by[n.nominator] = n.received
    count = len(first_by)
    timely = sum(1 for d in first_by.values() if d <= deadline)
    extra = f"; not members: {', '.join(sorted(set(not_members)))}" if not_members else ""
    enough = Check(
        "elections.candidate.nominators",
        Status.PASSED if count >= need.value else Status.FAILED,
        need.citation,
        f"{count} distinct nominating members (needs {need.value}){extra}",
    )
    in_time = Check(
        "elections.candidate.nomination_deadline",
        Status.PASSED if timely >= need.value else Status.FAILED,
        lead.citation,
        f"{timely} of them received by {deadline.isoformat()} (needs {need.value})",
    )
    return enough, in_time


def _application_check(candidacy: Candidacy, election: Election, *, lf: bool) -> Check:
    cite = _EPP_III if lf else _S4_2_D_III
    rid = "elections.candidate.application"
    done = candidacy.application_completed
    if election.application_deadline is not None:
        deadline = election.application_deadline
        label = "the application deadline"
    else:
        deadline = election.voting.first - timedelta(days=1)
        label = "the day before the vote opens [inferred deadline]"
    if done is None:
        return Check(
            rid,
            Status.FAILED,
            cite,
            f"the application was not completed by {label} ({deadline.isoformat()})",
        )
    if done <= deadline:
        return Check(
            rid,
            Status.PASSED,
            cite,
            f"completed {done.isoformat()}, by {label} ({deadline.isoformat()})",
        )
    return Check(
        rid,
        Status.FAILED,
        cite,
        f"completed {done.isoformat()}, after {label} ({deadline.isoformat()})",
    )
