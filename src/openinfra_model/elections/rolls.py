"""Electorate rolls: who may vote in one election, built from a roster at scale.

:func:`~openinfra_model.build_roll` gives the ids on the roll of an election (a tuple in roster
order), and with ``explain=True`` a :class:`~openinfra_model.Decision` for every member examined.
Members in the same situation share one Decision object (a roster of 110,000 members has a few
thousand distinct effective dates), which keeps the explained roll within a small multiple of
the bare one.

:func:`~openinfra_model.elections.voters_by_election` refuses vote records that cannot be right:
votes for
elections that do not exist, by people not on that election's roll, cast outside its window, or
twice.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

import attrs

from openinfra_model.core import render
from openinfra_model.core.decisions import Decision, Status
from openinfra_model.core.deprecations import deprecated_alias
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.regimes import FIRST_DATE, LF_CLOSING
from openinfra_model.core.validate import check_arguments, check_unique, plain_id, typed
from openinfra_model.elections.model import Election, Electorate
from openinfra_model.elections.voters import (
    FOUNDING_EXCEPTION_BEFORE,
    _WindowRules,
    check_gold_voter,
    check_platinum_voter,
    check_window_voter,
    joining_cutoff,
    program_on,
)
from openinfra_model.membership.model import IndividualStatus, Tier

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping, Sequence

    from openinfra_model.elections.model import VoteRecord
    from openinfra_model.elections.voters import MembershipSpan
    from openinfra_model.membership.model import Individual
    from openinfra_model.membership.roster import Roster

__all__ = ["Roll", "build_roll", "check_vote_records", "voters_by_election"]

_FM = IndividualStatus.FOUNDATION_MEMBER


@attrs.frozen(kw_only=True, field_transformer=typed)
class Roll:
    """The roll of one election.

    Attributes:
        election: The election's id.
        cutoff: For individual electorates, the latest effective date on the roll (see
            :func:`~openinfra_model.elections.joining_cutoff`); otherwise ``None``.
        voters: The ids on the roll, in roster order.
        examined: With ``explain=True``, every id examined, in roster order.
        decisions: With ``explain=True``, the decision for each id of ``examined``.
    """

    election: str = attrs.field(validator=plain_id)
    cutoff: date | None = None
    voters: tuple[str, ...] = ()
    examined: tuple[str, ...] = ()
    decisions: tuple[Decision, ...] = ()

    @cached_property
    def _voter_set(self) -> frozenset[str]:
        return frozenset(self.voters)

    @cached_property
    def _index(self) -> Mapping[str, int]:
        return {k: i for i, k in enumerate(self.examined)}

    def __contains__(self, voter: object) -> bool:
        """Whether ``voter`` is on the roll."""
        return voter in self._voter_set

    def __len__(self) -> int:
        """The number of voters on the roll."""
        return len(self.voters)

    def decision_for(self, voter: str) -> Decision:
        """The decision for one examined id (only for a roll built with ``explain=True``).

        Raises:
            KeyError: The id was not examined.
        """
        return self.decisions[self._index[voter]]

    def __repr__(self) -> str:
        """One line: the election, the voters on the roll and how many were examined.

        Example:
            >>> Roll(election="2026-gold", voters=("acme", "initech"))
            <Roll 2026-gold: 2 voters>
        """
        examined = f" of {len(self.examined)} examined" if self.examined else ""
        cutoff = f", cutoff {self.cutoff.isoformat()}" if self.cutoff else ""
        return f"<Roll {self.election}: {len(self.voters)} voters{examined}{cutoff}>"

    def _repr_html_(self) -> str:
        """One row an id examined (or on the roll): outcome in colour and the reasons."""
        if self.examined:
            body = render.table(
                ("voter", "on the roll", "outcome", "reasons"),
                (
                    (
                        who,
                        "yes" if who in self else "no",
                        render.status_badge(d.outcome),
                        render.esc("; ".join(_reasons(d))),
                    )
                    for who, d in zip(self.examined, self.decisions, strict=True)
                ),
                statuses=(d.outcome for d in self.decisions),
                raw=frozenset({2, 3}),
                total=len(self.examined),
            )
        else:
            body = render.table(("voter",), ((v,) for v in self.voters), total=len(self.voters))
        return render.frame(repr(self)[1:-1], body)

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row an id examined (or, without ``explain``, a voter on the roll).

        ``reasons`` joins the reasons of the checks that failed or are unknown (``None`` when
        the roll was built without ``explain``).

        Example:
            >>> Roll(election="2026-gold", voters=("acme",)).to_rows()
            ... # doctest: +NORMALIZE_WHITESPACE
            ({'election': '2026-gold', 'cutoff': None, 'voter': 'acme', 'on_roll': True,
              'outcome': None, 'reasons': None},)

        .. versionadded:: 0.2
        """
        if not self.examined:
            return tuple(
                {
                    "election": self.election,
                    "cutoff": self.cutoff,
                    "voter": v,
                    "on_roll": True,
                    "outcome": None,
                    "reasons": None,
                }
                for v in self.voters
            )
        return tuple(
            {
                "election": self.election,
                "cutoff": self.cutoff,
                "voter": who,
                "on_roll": who in self,
                "outcome": d.outcome.value,
                "reasons": "; ".join(_reasons(d)),
            }
            for who, d in zip(self.examined, self.decisions, strict=True)
        )


def _reasons(decision: Decision) -> list[str]:
    """The reasons of the checks that stand in the way (failed or unknown)."""
    return [c.reason for c in decision.checks if c.status in {Status.FAILED, Status.UNKNOWN}]


def _check_election_dates(election: Election) -> None:
    if election.voting.first < FIRST_DATE:
        raise InvalidInputError.at(
            "election.voting.first",
            f"{election.voting.first.isoformat()} is before every election rule (the sources "
            f"start on {FIRST_DATE.isoformat()})",
        )
    if election.voting.first < LF_CLOSING <= election.voting.last:
        raise InvalidInputError.at(
            "election.voting", f"{election.voting} straddles {LF_CLOSING.isoformat()}"
        )
    lf = election.voting.first >= LF_CLOSING
    wrong = {
        Electorate.INDIVIDUAL_MEMBERS: lf,
        Electorate.OIF_INDIVIDUAL_MEMBERS: not lf,
    }.get(election.electorate, False)
    if wrong:
        era = "from" if lf else "before"
        raise InvalidInputError.at(
            "election.electorate",
            f"{election.electorate.value} do not vote {era} {LF_CLOSING.isoformat()}",
        )


def build_roll(
    election: Election,
    roster: Roster,
    *,
    explain: bool = False,
    history: Sequence[MembershipSpan] = (),
) -> Roll:
    """Build the roll of an election of members from a roster.

    Individual electorates: every individual with a day in the voting window on which they may
    cast a counting vote (see ``openinfra_model.elections.voters``). Gold and Platinum
    electorates: every organisation whose membership passes
    :func:`~openinfra_model.elections.check_gold_voter` /
    :func:`~openinfra_model.elections.check_platinum_voter` on the vote's first day.
    (TC and PTL rolls need contributions:
    ``openinfra_model.elections.technical.build_contributor_roll``.)

    Args:
        election: The election.
        roster: The roster; its individuals (or memberships) are examined in order.
        explain: Also give a decision for every member examined.
        history: Membership spans for the individuals whose history is longer than their
            roster record (re-joins); the others use the record.

    Raises:
        InvalidInputError: The election is dated before every rule, straddles 2025-06-01 or
            names an electorate of the other period; an individual's OIF agreement is dated
            after the roster snapshot; a span names an unknown individual.

    Example:
        >>> from openinfra_model import Individual, IndividualStatus, Roster
        >>> from openinfra_model.elections import history as h
        >>> people = (
        ...     Individual(
        ...         id="a",
        ...         name="A",
        ...         status=IndividualStatus.FOUNDATION_MEMBER,
        ...         member_since=date(2024, 7, 21),
        ...     ),
        ...     Individual(
        ...         id="b",
        ...         name="B",
        ...         status=IndividualStatus.FOUNDATION_MEMBER,
        ...         member_since=date(2024, 7, 22),
        ...     ),
        ...     Individual(id="c", name="C", status=IndividualStatus.COMMUNITY),
        ... )
        >>> roster = Roster(snapshot=date(2025, 1, 1), individuals=people)
        >>> build_roll(h.INDIVIDUAL_2025, roster).voters
        ('a',)
        >>> roll = build_roll(h.INDIVIDUAL_2025, roster, explain=True)
        >>> roll.decision_for("c").outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(build_roll, locals())
    _check_election_dates(election)
    electorate = election.electorate
    if electorate in {Electorate.INDIVIDUAL_MEMBERS, Electorate.OIF_INDIVIDUAL_MEMBERS}:
        return _individual_roll(election, roster, explain=explain, history=history)
    if electorate is Electorate.GOLD_MEMBERS:
        return _organisation_roll(election, roster, Tier.GOLD, explain=explain)
    if electorate is Electorate.PLATINUM_MEMBERS:
        return _organisation_roll(election, roster, Tier.PLATINUM, explain=explain)
    raise InvalidInputError.at(
        "election.electorate",
        f"{electorate.value} rolls need contributions: use build_contributor_roll",
    )


def _individual_roll(
    election: Election,
    roster: Roster,
    *,
    explain: bool,
    history: Sequence[MembershipSpan],
) -> Roll:
    vote = election.voting
    cutoff = joining_cutoff(vote)
    lf = program_on(vote.first) is not program_on(FIRST_DATE)
    people = roster.individuals
    spans_by_person = _group_history(history, roster)
    if explain or spans_by_person:
        if lf:
            _check_oif_dates(people, roster.snapshot)
        return _explained_roll(election, people, cutoff, lf=lf, spans=spans_by_person)
    if lf:
        snapshot = roster.snapshot
        late: list[str] = []
        # One pass: eligible ids (the OIF Individual Member Registry date is the effective
        # date; a member whose registry date is not recorded is UNKNOWN, so not on the roll),
        # and any OIF date after the snapshot (refused).
        voters = [
            p.id
            for p in people
            if (d := p.oif_registry_added) is not None
            and (d <= cutoff if d <= snapshot else _note(late, p.id))
            and p.status is _FM
        ]
        late.extend(
            p.id
            for p in people
            if p.oif_registry_added is None
            and p.oif_agreement_signed is not None
            and p.oif_agreement_signed > snapshot
        )
        if late:
            _check_oif_dates(people, snapshot)
    else:
        cut = _delaware_cut(vote.first, vote.last, cutoff)
        voters = [p.id for p in people if p.status is _FM and p.member_since <= cut]  # type: ignore[operator]
    return Roll(election=election.id, cutoff=cutoff, voters=tuple(voters))


def _note(found: list[str], pid: str) -> bool:
    """Record a bad id inside a comprehension; never selects the member."""
    found.append(pid)
    return False


def _delaware_cut(first: date, last: date, cutoff: date) -> date:
    """The latest effective date on a Delaware roll, the founding exception included."""
    founding = FOUNDING_EXCEPTION_BEFORE._value(first)
    if founding is None:
        return cutoff
    # Founding members (effective before `founding`) vote at once, if effective by `last`.
    return max(cutoff, min(last, founding - timedelta(days=1)))


def _check_oif_dates(people: Sequence[Individual], snapshot: date) -> None:
    problems = [
        Problem(f"individuals[{i}].{field}", "is after the roster snapshot")
        for i, p in enumerate(people)
        for field, d in (
            ("oif_agreement_signed", p.oif_agreement_signed),
            ("oif_registry_added", p.oif_registry_added),
        )
        if d is not None and d > snapshot
    ]
    if problems:
        raise InvalidInputError(problems)


def _group_history(
    history: Sequence[MembershipSpan], roster: Roster
) -> dict[str, list[MembershipSpan]]:
    if not history:
        return {}
    known = roster.individuals_by_id
    grouped: dict[str, list[MembershipSpan]] = {}
    problems: list[Problem] = []
    for i, s in enumerate(history):
        if s.person not in known:
            problems.append(Problem(f"history[{i}].person", f"unknown individual {s.person!r}"))
        elif s.start > roster.snapshot:
            problems.append(Problem(f"history[{i}].start", "is after the roster snapshot"))
        grouped.setdefault(s.person, []).append(s)
    if problems:
        raise InvalidInputError(problems)
    return grouped


def _explained_roll(
    election: Election,
    people: Sequence[Individual],
    cutoff: date,
    *,
    lf: bool,
    spans: Mapping[str, Sequence[MembershipSpan]],
) -> Roll:
    """Every member's decision; members in the same situation share one Decision object.

    Without a history of their own, a member's decision depends only on whether they are a
    Foundation member and on their effective date, so one decision per distinct date is built
    (a few thousand for 110,000 members) and shared.
    """
    vote = election.voting
    fm = _FM
    cache: dict[_Situation, Decision] = {}
    get = cache.get

    rules = _WindowRules(vote, program_on(vote.first))

    def miss(p: Individual, key: _Situation) -> Decision:
        found = cache[key] = (
            rules.decide(key) if isinstance(key, date) else check_window_voter(p, vote)
        )
        return found

    if spans:
        decisions = [
            check_window_voter(p, vote, spans=spans[p.id])
            if p.id in spans
            else d
            if (d := get(k := _situation(p, lf=lf))) is not None
            else miss(p, k)
            for p in people
        ]
    elif lf:
        decisions = [
            d if (d := get(k := _situation(p, lf=True))) is not None else miss(p, k)
            for p in people
        ]
    else:
        decisions = [
            d
            if (d := get(k := p.member_since if p.status is fm else None)) is not None
            else miss(p, k)
            for p in people
        ]
    passed = Status.PASSED
    return Roll(
        election=election.id,
        cutoff=cutoff,
        voters=tuple(
            [p.id for p, d in zip(people, decisions, strict=True) if d.outcome is passed]
        ),
        examined=tuple([p.id for p in people]),
        decisions=tuple(decisions),
    )


_Situation = date | tuple[str, date | None] | None
"""What a member's window decision depends on: an effective date; ``None`` for a Community
account; for an OIF member without a registry date, ``("signed", day)`` (or ``None`` for day
if they never signed)."""


def _situation(p: Individual, *, lf: bool) -> _Situation:
    """What a member's window decision depends on, without a history of their own."""
    if p.status is not _FM:
        return None  # every Community account is in the same situation
    if not lf:
        return p.member_since
    if p.oif_registry_added is not None:
        return p.oif_registry_added
    return ("signed", p.oif_agreement_signed)


def _organisation_roll(election: Election, roster: Roster, tier: Tier, *, explain: bool) -> Roll:
    day = election.voting.first
    golds = tuple(m for m in roster.memberships if m.tier is Tier.GOLD)
    examined: list[str] = []
    decisions: list[Decision] = []
    voters: list[str] = []
    for m in roster.memberships:
        if m.tier is not tier:
            continue
        if tier is Tier.GOLD:
            decision = check_gold_voter(m, as_of=day, gold_members=golds)
        else:
            decision = check_platinum_voter(m, as_of=day)
        examined.append(m.organization)
        decisions.append(decision)
        if decision.passed and m.organization not in voters:
            voters.append(m.organization)
    if not explain:
        examined, decisions = [], []
    return Roll(
        election=election.id,
        voters=tuple(voters),
        examined=tuple(examined),
        decisions=tuple(decisions),
    )


def voters_by_election(
    elections: Iterable[Election],
    rolls: Iterable[Roll],
    votes: Sequence[VoteRecord],
    *,
    ignore: Collection[str] = (),
) -> dict[str, frozenset[str]]:
    """Check vote records against the elections and their rolls; give who voted in each.

    Every record must name a known election that has a roll, a voter on that roll, a cast day
    (if given) inside the voting window, and must not repeat an earlier record. Records of the
    known elections listed in ``ignore`` are not checked (nor counted).

    Returns:
        The ids of the voters of each election (elections without votes included).

    Raises:
        InvalidInputError: Every bad record, each named by its index in ``votes``.

    Example:
        >>> from openinfra_model.elections.model import VoteRecord
        >>> from openinfra_model.elections import history as h
        >>> roll = Roll(election=h.INDIVIDUAL_2025.id, voters=("a", "b"))
        >>> votes = (VoteRecord(election=h.INDIVIDUAL_2025.id, voter="a"),)
        >>> sorted(voters_by_election([h.INDIVIDUAL_2025], [roll], votes)[roll.election])
        ['a']
        >>> bad = (VoteRecord(election="nope", voter="a"),)
        >>> voters_by_election([h.INDIVIDUAL_2025], [roll], bad)
        Traceback (most recent call last):
        ...
        openinfra_model.InvalidInputError: votes[0].election: unknown election 'nope'
    """
    check_arguments(check_vote_records, locals())
    elections = check_unique(elections, "id", "elections")
    rolls = check_unique(rolls, "election", "rolls")
    by_id = {e.id: e for e in elections}
    roll_of = {r.election: r for r in rolls}
    voted: dict[str, set[str]] = {e: set() for e in by_id}
    problems: list[Problem] = []
    for i, v in enumerate(votes):
        election = by_id.get(v.election)
        if election is None:
            problems.append(Problem(f"votes[{i}].election", f"unknown election {v.election!r}"))
            continue
        if v.election in ignore:
            continue
        roll = roll_of.get(v.election)
        if roll is None:
            problems.append(
                Problem(f"votes[{i}].election", f"no roll given for election {v.election!r}")
            )
            continue
        if v.voter not in roll:
            problems.append(
                Problem(f"votes[{i}].voter", f"{v.voter!r} is not on the roll of {v.election!r}")
            )
            continue
        if v.cast_on is not None and v.cast_on not in election.voting:
            problems.append(
                Problem(
                    f"votes[{i}].cast_on",
                    f"{v.cast_on.isoformat()} is outside the voting window {election.voting}",
                )
            )
            continue
        if v.voter in voted[v.election]:
            problems.append(
                Problem(f"votes[{i}]", f"a second vote by {v.voter!r} in {v.election!r}")
            )
            continue
        voted[v.election].add(v.voter)
    if problems:
        raise InvalidInputError(problems)
    return {k: frozenset(s) for k, s in voted.items()}


check_vote_records = deprecated_alias(voters_by_election, "check_vote_records")
