"""The Director Diversity Requirement, its waivers and the next-highest-candidate substitution.

* 2012 text, bylaws §4.17(a): "No more than two directors shall be Affiliated (the "Director
  Diversity Requirement")." [quoted]
* 2021 text, §4.15(a): "No more than three directors shall be Affiliated" -- in force from
  2021-01-01 [the amendment date between 2019-09 and 2021-09 was not found; inferred].
* Linux Foundation charter §3(b), from 2025-06-01: only one appointed or nominated
  representative per group of Related Companies, and no more than three representatives in all
  (up to two more as OIF Individual Member Representatives), "Unless otherwise approved by the
  Governing Board" (a majority: charter §4 [inferred]).

A new director who would break the requirement may not take office (§4.15(c)): the appointing
Platinum member or Gold Director Selector chooses who resigns; in Individual elections the next
highest candidate who does not break it is seated -- :func:`diversity_constraint` gives the
vote-counting code that rule as a :class:`~openinfra_model.board.SeatConstraint`. A director who
becomes affiliated mid-term (a job move, a merger) and breaks it "shall resign" (§4.15(d)),
unless two thirds of the board not counting the affiliated directors waive it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from datetime import date  # noqa: TC003 - the doctests use it
from typing import TYPE_CHECKING

import attrs

from openinfra_model.board.affiliation import AffiliatedGroups, AffiliationKind, affiliated_groups
from openinfra_model.board.model import Board, Director, SeatClass, Waiver
from openinfra_model.core.citations import Citation
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.deprecations import warn_deprecated
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.regimes import (
    FIRST_DATE,
    Confidence,
    DatedTable,
)
from openinfra_model.core.rulebook import parameter
from openinfra_model.core.validate import check_arguments, typed

if TYPE_CHECKING:
    from openinfra_model.board.seating import SeatConstraint
    from openinfra_model.membership.organizations import Organization

__all__ = [
    "DIVERSITY_REQUIREMENT",
    "DiversityRule",
    "check_diversity",
    "check_new_director",
    "check_waiver",
    "check_waiver_vote",
    "director_groups",
    "diversity_constraint",
]


@attrs.frozen(kw_only=True, field_transformer=typed)
class DiversityRule:
    """The Director Diversity Requirement of one period.

    Attributes:
        max_affiliated: Directors affiliated with one group allowed at once.
        max_appointed: Appointed (Platinum) or nominated (Gold) representatives allowed per
            group, or ``None`` where the text has no such limit (Delaware period).
        counted: The personal links that make a director affiliated.
        waiver_fraction: The share of eligible directors needed to waive, as
            ``(numerator, denominator)``.
        waiver_excludes_affiliated: Whether the affiliated directors are left out of the vote.
        limit: The clause setting the limit.
        new_director: The clause on a new director who would break it.
        mid_term: The clause on a director who becomes affiliated during the term.
        waiver: The clause allowing a waiver.
        undecided_from: Where the text in force is not found and the candidate texts differ:
            the smallest count of affiliated directors that one candidate allows and another
            does not (a count from it up to ``max_affiliated`` is ``UNKNOWN``); ``None`` where
            the limit is known.
    """

    max_affiliated: int
    max_appointed: int | None
    counted: frozenset[AffiliationKind]
    waiver_fraction: tuple[int, int]
    waiver_excludes_affiliated: bool
    limit: Citation
    new_director: Citation
    mid_term: Citation
    waiver: Citation
    undecided_from: int | None = None

    def __str__(self) -> str:
        """Summarise: the limits, what counts, and the waiver vote.

        Example:
            >>> str(DIVERSITY_REQUIREMENT.value(date(2015, 1, 16)))
            'at most 2 affiliated directors per group; counts board_member, contractor, employee, officer; waiver: 2/3 of the board, not counting the affiliated'
        """  # noqa: E501
        appointed = (
            f", at most {self.max_appointed} appointed or nominated"
            if self.max_appointed is not None
            else ""
        )
        num, den = self.waiver_fraction
        share = "a majority" if (num, den) == (1, 2) else f"{num}/{den}"
        excl = ", not counting the affiliated" if self.waiver_excludes_affiliated else ""
        kinds = ", ".join(sorted(k.value for k in self.counted))
        return (
            f"at most {self.max_affiliated} affiliated directors per group{appointed}; counts "
            f"{kinds}; waiver: {share} of the board{excl}"
        )

    def __repr__(self) -> str:
        """One line: the summary of :meth:`__str__` (the citations left out)."""
        return f"<DiversityRule {self}>"


DIVERSITY_REQUIREMENT: DatedTable[DiversityRule] = parameter(
    "board.diversity.limit", DiversityRule
)
"""The Director Diversity Requirement by period."""

_MARKED: dict[tuple[date, Confidence, DiversityRule], DiversityRule] = {}


def _rule_on(day: date) -> DiversityRule:
    """The rule in force on ``day``, its clauses marked with the window's confidence.

    The checks cite the rule's own clauses, so a window that is not quoted (the 2021 limit of
    three from 2021-01-01 is inferred) must mark them for the explanation to say so.
    """
    w = DIVERSITY_REQUIREMENT._at(day)
    if w.confidence is Confidence.QUOTED:
        return w.value
    key = (w.start, w.confidence, w.value)  # the value too: a rulebook may change it
    marked = _MARKED.get(key)
    if marked is None:
        v = w.value
        marked = attrs.evolve(
            v,
            limit=v.limit.with_confidence(w.confidence),
            new_director=v.new_director.with_confidence(w.confidence),
            mid_term=v.mid_term.with_confidence(w.confidence),
            waiver=v.waiver.with_confidence(w.confidence),
        )
        _MARKED[key] = marked
    return marked


def _kinds_ok(kind: AffiliationKind, counted: frozenset[AffiliationKind]) -> bool:
    return kind in counted


def director_groups(
    director: Director,
    *,
    as_of: date,
    groups: AffiliatedGroups | None = None,
) -> tuple[frozenset[str], frozenset[str]]:
    """The groups a director is affiliated with on ``as_of``: ``(certain, uncertain)``.

    A contractor whose earnings are not recorded is ``uncertain`` (the $60,000 test cannot be
    decided). Group keys come from ``groups`` (the smallest organisation id of each group);
    without it every organisation is its own group.

    Example:
        >>> from openinfra_model.board import AffiliationKind, PersonalAffiliation
        >>> d = Director(
        ...     person="mt",
        ...     name="Monty Taylor",
        ...     seat_class=SeatClass.INDIVIDUAL,
        ...     term_start=date(2015, 1, 16),
        ...     affiliations=(
        ...         PersonalAffiliation(organization="hp", kind=AffiliationKind.EMPLOYEE),
        ...     ),
        ... )
        >>> director_groups(d, as_of=date(2015, 1, 16))
        (frozenset({'hp'}), frozenset())
    """
    check_arguments(director_groups, locals())
    rule = _rule_on(as_of)
    certain: set[str] = set()
    uncertain: set[str] = set()
    for link in director.affiliations:
        if not _kinds_ok(link.kind, rule.counted):
            continue
        counts = link.counts_on(as_of)
        key = groups.key(link.organization) if groups is not None else link.organization
        if counts is True:
            certain.add(key)
        elif counts is None:
            uncertain.add(key)
    return frozenset(certain), frozenset(uncertain - certain)


def _waiver_for(
    waivers: Iterable[Waiver],
    key: str,
    people: Iterable[str],
    *,
    as_of: date,
    groups: AffiliatedGroups | None,
) -> Waiver | None:
    wanted = set(people)
    for w in waivers:
        wkey = groups.key(w.organization) if groups is not None else w.organization
        if wkey == key and w.holds_on(as_of) and wanted & set(w.directors):
            return w
    return None


def check_waiver_vote(
    waiver: Waiver,
    directors: Iterable[Director],
    *,
    groups: AffiliatedGroups | None = None,
) -> Decision:
    """Decide whether a recorded waiver carried the vote it needs.

    Delaware: two thirds of the directors in office on the day of the vote, not counting the
    directors affiliated with the group (§4.15(d); §4.17(e) in the 2012 text). LF era: approval
    by the Governing Board, read as a majority of the representatives [inferred]. A waiver
    without a recorded vote count is taken as recorded (``WAIVED``), saying so. A vote count
    without the directors in office that day cannot be weighed: ``UNKNOWN``, naming them.

    Example:
        >>> from openinfra_model.board import Waiver
        >>> w = Waiver(
        ...     organization="dell", directors=("sm",), granted=date(2019, 9, 10), votes_for=14
        ... )
        >>> check_waiver_vote(w, ()).outcome
        <Status.UNKNOWN: 'unknown'>
        >>> check_waiver_vote(attrs.evolve(w, votes_for=None), ()).outcome
        <Status.WAIVED: 'waived'>

    .. versionadded:: 0.2
       Replaces :func:`check_waiver`, which gave the bare :class:`~openinfra_model.Check`.
    """
    check_arguments(check_waiver_vote, locals())
    return Decision.of(_waiver_check(waiver, directors, groups=groups))


def check_waiver(
    waiver: Waiver,
    directors: Iterable[Director],
    *,
    groups: AffiliatedGroups | None = None,
) -> Check:
    """Deprecated: the one check of :func:`check_waiver_vote`, without its decision.

    .. deprecated:: 0.2
       Use :func:`check_waiver_vote`, which returns a :class:`~openinfra_model.Decision` like
       every other ``check_*`` function (its only check is this one).
    """
    warn_deprecated("check_waiver()", "check_waiver_vote() (returns a Decision)")
    return _waiver_check(waiver, directors, groups=groups)


def _waiver_check(
    waiver: Waiver,
    directors: Iterable[Director],
    *,
    groups: AffiliatedGroups | None = None,
) -> Check:
    day = waiver.granted
    rule = _rule_on(day)
    in_office = [d for d in directors if d.in_office(day)]
    key = groups.key(waiver.organization) if groups is not None else waiver.organization
    affiliated = [d for d in in_office if key in director_groups(d, as_of=day, groups=groups)[0]]
    eligible = len(in_office) - (len(affiliated) if rule.waiver_excludes_affiliated else 0)
    num, den = rule.waiver_fraction
    if waiver.votes_for is None:
        return Check(
            "board.diversity.waiver",
            Status.WAIVED,
            rule.waiver,
            f"waiver for {waiver.organization} recorded on {day.isoformat()} (vote count not "
            "recorded)",
        )
    if not in_office:  # the votes needed depend on who sat that day: not given
        return Check(
            "board.diversity.waiver",
            Status.UNKNOWN,
            rule.waiver,
            f"waiver for {waiver.organization} on {day.isoformat()}: {waiver.votes_for} votes "
            f"for, but the directors in office on {day.isoformat()} are not given, so the "
            "eligible votes and the votes needed are unknown",
        )
    needed = (
        math.floor(eligible * num / den) + 1
        if (num, den) == (1, 2)
        else math.ceil(eligible * num / den)
    )
    ok = waiver.votes_for >= needed
    return Check(
        "board.diversity.waiver",
        Status.WAIVED if ok else Status.FAILED,
        rule.waiver,
        f"waiver for {waiver.organization} on {day.isoformat()}: {waiver.votes_for} votes for; "
        f"{needed} of {eligible} eligible directors needed",
    )


class _Scene:
    """What the per-group checks need to know about the board on the day."""

    __slots__ = ("_cache", "as_of", "everyone", "groups", "organizations", "rule", "waivers")

    def __init__(  # noqa: PLR0913  (private; the facts of one examination)
        self,
        rule: DiversityRule,
        everyone: tuple[Director, ...],
        *,
        waivers: tuple[Waiver, ...],
        as_of: date,
        groups: AffiliatedGroups | None,
        organizations: tuple[Organization, ...] | None,
    ) -> None:
        self.rule = rule
        self.everyone = everyone
        self.waivers = waivers
        self.as_of = as_of
        self.groups = groups
        self.organizations = organizations
        self._cache: dict[date, AffiliatedGroups | None] = {as_of: groups}

    def groups_at(self, day: date) -> AffiliatedGroups | None:
        """The groups on ``day``: recomputed from the organisations when they are given."""
        if day not in self._cache:
            self._cache[day] = (
                affiliated_groups(self.organizations, as_of=day)
                if self.organizations is not None
                else self.groups
            )
        return self._cache[day]

    def joined_during_term(self, d: Director, key: str) -> bool:
        """Whether ``d`` was not affiliated with ``key``'s group when the term began.

        A job move shows as a personal link that starts during the term; a merger or
        acquisition as a control link that starts during the term (seen when the organisations
        are given, so the groups can be read on the first day of the term).
        """
        start = max(d.term_start, FIRST_DATE)
        at_start = director_groups(d, as_of=start, groups=self.groups_at(start))[0]
        return key not in at_start


def check_diversity(
    directors: Iterable[Director],
    *,
    as_of: date,
    groups: AffiliatedGroups | None = None,
    waivers: Iterable[Waiver] = (),
    organizations: Iterable[Organization] | None = None,
) -> Decision:
    """Examine the Director Diversity Requirement over the directors in office.

    One check per group over a limit (``FAILED``, or ``WAIVED`` under a recorded waiver whose
    vote suffices), one ``UNKNOWN`` check where a contractor's unknown earnings decide it, and a
    ``PASSED`` check per affiliated group within the limit. A director whose affiliation began
    during the term is named as the one who "shall resign" (§4.15(d)).

    Args:
        directors: The directors (those not in office on ``as_of`` are left out).
        as_of: The date examined.
        groups: Affiliated groups on ``as_of``; computed from ``organizations`` if omitted.
        waivers: Recorded waivers.
        organizations: The organisations with their control links. Given, the groups are
            also read on each director's first day, so that an affiliation created by a merger
            during the term is seen as a mid-term change.

    Example:
        >>> from openinfra_model.board import AffiliationKind, PersonalAffiliation
        >>> rh = (PersonalAffiliation(organization="red-hat", kind=AffiliationKind.EMPLOYEE),)
        >>> ds = [
        ...     Director(
        ...         person=p,
        ...         name=p,
        ...         seat_class=SeatClass.INDIVIDUAL,
        ...         term_start=date(2019, 1, 16),
        ...         affiliations=rh,
        ...     )
        ...     for p in ("a", "b", "c")
        ... ]
        >>> check_diversity(ds, as_of=date(2022, 6, 1)).outcome
        <Status.PASSED: 'passed'>
        >>> check_diversity(ds, as_of=date(2020, 6, 1)).outcome  # limit not found: 2 or 3
        <Status.UNKNOWN: 'unknown'>
        >>> check_diversity(ds, as_of=date(2019, 6, 1)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_diversity, locals())
    rule = _rule_on(as_of)
    ds = tuple(d for d in directors if d.in_office(as_of))
    orgs = tuple(organizations) if organizations is not None else None
    if groups is None and orgs is not None:
        groups = affiliated_groups(orgs, as_of=as_of)
    scene = _Scene(
        rule, ds, waivers=tuple(waivers), as_of=as_of, groups=groups, organizations=orgs
    )
    certain: dict[str, list[Director]] = {}
    maybe: dict[str, list[Director]] = {}
    for d in ds:
        sure, unsure = director_groups(d, as_of=as_of, groups=groups)
        for k in sure:
            certain.setdefault(k, []).append(d)
        for k in unsure:
            maybe.setdefault(k, []).append(d)
    checks: list[Check] = []
    for key in sorted(set(certain) | set(maybe)):
        checks.extend(_group_checks(scene, key, certain.get(key, []), maybe.get(key, [])))
    if rule.max_appointed is not None:
        checks.extend(_appointing_member_checks(scene))
    if not checks:
        checks.append(
            Check(
                "board.diversity.limit",
                Status.PASSED,
                rule.limit,
                f"no director is affiliated with any group; the limit is {rule.max_affiliated}",
            )
        )
    return Decision.of(*checks)


def _appointing_member_checks(scene: _Scene) -> list[Check]:
    """Charter §3(b): one member of a group of Related Companies may appoint or nominate.

    "Only one Member that is part of a group of Related Companies [...] may appoint, or
    nominate for a membership class election, a representative on the Governing Board."
    """
    by_group: dict[str, set[str]] = {}
    for d in scene.everyone:
        if d.appointed_by is not None and d.seat_class is not SeatClass.INDIVIDUAL:
            key = scene.groups.key(d.appointed_by) if scene.groups else d.appointed_by
            by_group.setdefault(key, set()).add(d.appointed_by)
    checks = []
    for key, members in sorted(by_group.items()):
        if len(members) <= 1:
            continue
        names = ", ".join(sorted(members))
        appointees = [d for d in scene.everyone if d.appointed_by in members]
        waiver = _waiver_for(
            scene.waivers,
            key,
            (d.person for d in appointees),
            as_of=scene.as_of,
            groups=scene.groups,
        )
        status = Status.FAILED
        vote_note = ""
        if waiver is not None:
            vote = _waiver_check(waiver, scene.everyone, groups=scene.groups)
            status = Status.WAIVED if vote.status is Status.WAIVED else Status.FAILED
            vote_note = f"; {vote.reason}" + (
                "" if status is Status.WAIVED else ": the waiver does not carry"
            )
        checks.append(
            Check(
                "board.diversity.appointing_members",
                status,
                scene.rule.limit if status is Status.FAILED else scene.rule.waiver,
                f"{len(members)} members of one group of Related Companies ({names}) appoint or "
                f"nominate representatives; only one may{vote_note}",
            )
        )
    return checks


def _undecided(scene: _Scene, key: str, sure: list[Director]) -> Check:
    """A count that one candidate text allows and another does not: UNKNOWN, naming the fact."""
    w = DIVERSITY_REQUIREMENT._at(scene.as_of)
    rule = scene.rule
    below = (rule.undecided_from or 1) - 1
    return Check(
        "board.diversity.limit",
        Status.UNKNOWN,
        rule.limit,
        f"{len(sure)} directors affiliated with {key} ({', '.join(d.name for d in sure)}): "
        f"the limit in force on {scene.as_of.isoformat()} is not found ({below} or "
        f"{rule.max_affiliated}; window from {w.start.isoformat()}, confidence not found)",
    )


def _group_checks(
    scene: _Scene, key: str, sure: list[Director], maybe: list[Director]
) -> list[Check]:
    rule = scene.rule
    checks: list[Check] = []
    names = ", ".join(d.name for d in sure)
    if rule.undecided_from is not None and rule.undecided_from <= len(sure) <= rule.max_affiliated:
        waived = _over_limit(scene, key, sure, rule.undecided_from - 1)
        return [waived if waived.status is Status.WAIVED else _undecided(scene, key, sure)]
    over = len(sure) > rule.max_affiliated
    if not over and len(sure) + len(maybe) > rule.max_affiliated:
        checks.append(
            Check(
                "board.diversity.limit",
                Status.UNKNOWN,
                rule.limit,
                f"{len(sure)} directors affiliated with {key} ({names}); contractor earnings "
                f"of {', '.join(d.name for d in maybe)} not recorded decide the limit of "
                f"{rule.max_affiliated}",
            )
        )
    if over:
        checks.append(_over_limit(scene, key, sure, rule.max_affiliated))
    elif sure:
        checks.append(
            Check(
                "board.diversity.limit",
                Status.PASSED,
                rule.limit,
                f"{len(sure)} directors affiliated with {key} ({names}); the limit is "
                f"{rule.max_affiliated}",
            )
        )
    if rule.max_appointed is not None:
        appointed = [d for d in sure if d.seat_class is not SeatClass.INDIVIDUAL]
        if len(appointed) > rule.max_appointed:
            chk = _over_limit(
                scene,
                key,
                appointed,
                rule.max_appointed,
                what="appointed (Platinum) or nominated (Gold) representatives",
            )
            checks.append(attrs.evolve(chk, rule_id="board.diversity.appointed"))
    return checks


def _over_limit(
    scene: _Scene, key: str, sure: list[Director], limit: int, *, what: str = "directors"
) -> Check:
    rule = scene.rule
    # The reason names what the limit counts: all directors, or only the appointed or
    # nominated representatives (LF charter §3(b)).
    names = ", ".join(d.name for d in sure)
    waiver = _waiver_for(
        scene.waivers, key, (d.person for d in sure), as_of=scene.as_of, groups=scene.groups
    )
    # A recorded waiver whose vote falls short is part of the cause: say so.
    failed_waiver = ""
    if waiver is not None:
        vote = _waiver_check(waiver, scene.everyone, groups=scene.groups)
        if vote.status is Status.WAIVED:
            return Check(
                "board.diversity.limit",
                Status.WAIVED,
                rule.waiver,
                f"{len(sure)} {what} affiliated with {key} ({names}) exceed the limit of {limit}; "
                f"{vote.reason}",
            )
        failed_waiver = f"; the recorded {vote.reason}: it does not carry"
    late = [d for d in sure if scene.joined_during_term(d, key)]
    if late:
        return Check(
            "board.diversity.limit",
            Status.FAILED,
            rule.mid_term,
            f"{len(sure)} {what} affiliated with {key} ({names}) exceed the limit of {limit}; "
            f"{', '.join(d.name for d in late)} became affiliated during the term and shall "
            f"resign unless the Board waives it{failed_waiver}",
        )
    return Check(
        "board.diversity.limit",
        Status.FAILED,
        rule.limit,
        f"{len(sure)} {what} affiliated with {key} ({names}) exceed the limit of {limit}"
        f"{failed_waiver}",
    )


def check_new_director(
    board: Board | Iterable[Director],
    director: Director,
    *,
    as_of: date,
    groups: AffiliatedGroups | None = None,
) -> Decision:
    """Decide whether a new director may take office without breaking the requirement.

    Bylaws §4.15(c) (§4.17(c) in the 2012 text): "No director may take office if the addition
    of the director would cause a violation of the Director Diversity Requirement." The reason
    of a ``FAILED`` check names the remedy of the director's class: the Platinum member or Gold
    Director Selector chooses which other director resigns; for an Individual director the next
    highest candidate is seated instead (see :func:`diversity_constraint`).

    Example:
        >>> from openinfra_model.board import AffiliationKind, PersonalAffiliation
        >>> hp = (PersonalAffiliation(organization="hp", kind=AffiliationKind.EMPLOYEE),)
        >>> sitting = [
        ...     Director(
        ...         person="ee",
        ...         name="Eileen Evans",
        ...         seat_class=SeatClass.PLATINUM,
        ...         appointed_by="hp",
        ...         term_start=date(2014, 1, 1),
        ...         affiliations=hp,
        ...     ),
        ...     Director(
        ...         person="mt",
        ...         name="Monty Taylor",
        ...         seat_class=SeatClass.INDIVIDUAL,
        ...         term_start=date(2015, 1, 16),
        ...         affiliations=hp,
        ...     ),
        ... ]
        >>> km = Director(
        ...     person="km",
        ...     name="Kyle Mestery",
        ...     seat_class=SeatClass.INDIVIDUAL,
        ...     term_start=date(2015, 1, 16),
        ...     affiliations=hp,
        ... )
        >>> check_new_director(sitting, km, as_of=date(2015, 1, 16)).outcome
        <Status.FAILED: 'failed'>
    """
    check_arguments(check_new_director, locals())
    rule = _rule_on(as_of)
    others = board.in_office(as_of=as_of) if isinstance(board, Board) else tuple(board)
    others = tuple(d for d in others if d.person != director.person and d.in_office(as_of))
    sure, _ = director_groups(director, as_of=as_of, groups=groups)
    checks: list[Check] = []
    remedy = {
        SeatClass.PLATINUM: "the appointing Platinum member chooses which other director resigns",
        SeatClass.GOLD: "the appointing Gold Director Selector chooses which other director "
        "resigns",
        SeatClass.INDIVIDUAL: "the next highest candidate who does not break it is seated instead",
    }[director.seat_class]
    for key in sorted(sure):
        count = 1 + sum(
            1 for d in others if key in director_groups(d, as_of=as_of, groups=groups)[0]
        )
        if count > rule.max_affiliated:
            checks.append(
                Check(
                    "board.diversity.new_director",
                    Status.FAILED,
                    rule.new_director,
                    f"{director.name} would be director {count} affiliated with {key} (limit "
                    f"{rule.max_affiliated}): {remedy}",
                )
            )
        elif rule.undecided_from is not None and count >= rule.undecided_from:
            checks.append(
                Check(
                    "board.diversity.new_director",
                    Status.UNKNOWN,
                    rule.new_director,
                    f"{director.name} would be director {count} affiliated with {key}: the "
                    f"limit in force on {as_of.isoformat()} is not found "
                    f"({rule.undecided_from - 1} or {rule.max_affiliated})",
                )
            )
        else:
            checks.append(
                Check(
                    "board.diversity.new_director",
                    Status.PASSED,
                    rule.new_director,
                    f"{director.name} would be director {count} affiliated with {key} (limit "
                    f"{rule.max_affiliated})",
                )
            )
    if not checks:
        checks.append(
            Check(
                "board.diversity.new_director",
                Status.PASSED,
                rule.new_director,
                f"{director.name} has no counted affiliation",
            )
        )
    return Decision.of(*checks)


_AffiliationSource = Mapping[str, Iterable[str]] | Callable[[str], Iterable[str]]
"""Candidate id -> the organisation ids the candidate is affiliated with on the seating day."""


def diversity_constraint(  # noqa: PLR0913  (keyword-only options of one clause)
    sitting: Board | Iterable[Director],
    affiliation_of: Mapping[str, Iterable[str]] | Callable[[str], Iterable[str]],
    *,
    as_of: date,
    groups: AffiliatedGroups | None = None,
    election_class: SeatClass = SeatClass.INDIVIDUAL,
    waivers: Iterable[Waiver] = (),
) -> SeatConstraint:
    """The §4.15(c) substitution as a :class:`~openinfra_model.board.SeatConstraint`.

    Pass the result to :func:`~openinfra_model.board.seat_in_order` with the candidates in order of
    votes: a candidate whose seating would put more directors of one group on the board than
    the Director Diversity Requirement allows is ``FAILED`` and passed over, and the next
    highest candidate "whose admission would not cause a violation" is seated (bylaws §4.15(c);
    §4.17(c) in the 2012 text; LF Election Procedures §4 from 2025-06-01).

    Args:
        sitting: The directors who stay in office beside the seats being filled. Given a
            :class:`~openinfra_model.Board`, the directors in office on ``as_of`` except those
            of ``election_class`` (whose seats the election fills).
        affiliation_of: For each candidate id, the organisation ids the candidate is affiliated
            with (employer, officer, board member, contractor over $60,000; from 2025-06-01
            only the employer counts), as a mapping or a function. A candidate missing from a
            mapping has no affiliation.
        as_of: The seating day; it chooses the limit (2, then 3 from 2021).
        groups: Affiliated groups, to treat related organisations as one; without them each
            organisation is its own group.
        election_class: The class whose seats are filled (Individual, or Gold in the LF era).
        waivers: Recorded waivers covering a candidate (by person id) and group: the candidate
            is seated with a ``WAIVED`` check.

    Raises:
        InvalidInputError: ``election_class`` is Platinum (appointed, not elected).

    Example:
        >>> from openinfra_model.board import (
        ...     AffiliationKind,
        ...     PersonalAffiliation,
        ...     seat_in_order,
        ... )
        >>> evans = Director(
        ...     person="ee",
        ...     name="Eileen Evans",
        ...     seat_class=SeatClass.PLATINUM,
        ...     appointed_by="hp",
        ...     term_start=date(2014, 1, 1),
        ...     affiliations=(
        ...         PersonalAffiliation(organization="hp", kind=AffiliationKind.EMPLOYEE),
        ...     ),
        ... )
        >>> employer = {"taylor": ["hp"], "mestery": ["hp"], "hirschfeld": ["dell"]}
        >>> c = diversity_constraint([evans], employer, as_of=date(2015, 1, 16))
        >>> seat_in_order(["taylor", "mestery", "hirschfeld"], 2, c).seated
        ('taylor', 'hirschfeld')
    """
    check_arguments(diversity_constraint, locals())
    if election_class is SeatClass.PLATINUM:
        raise InvalidInputError.at(
            "election_class", "Platinum directors are appointed, not elected"
        )
    if isinstance(sitting, Board):
        stay = tuple(
            d for d in sitting.in_office(as_of=as_of) if d.seat_class is not election_class
        )
    else:
        stay = tuple(sitting)
    return _DiversityConstraint(
        stay,
        affiliation_of,
        as_of=as_of,
        groups=groups,
        election_class=election_class,
        waivers=tuple(waivers),
    )


class _DiversityConstraint:
    """The callable :func:`diversity_constraint` returns (a ``SeatConstraint``)."""

    __slots__ = (
        "_appointed_limit",
        "_base",
        "_base_appointed",
        "_groups",
        "_lookup",
        "_rule",
        "_waivers",
        "as_of",
    )

    def __init__(  # noqa: PLR0913  (the clause's inputs, keyword-only past two)
        self,
        stay: tuple[Director, ...],
        affiliation_of: _AffiliationSource,
        *,
        as_of: date,
        groups: AffiliatedGroups | None,
        election_class: SeatClass,
        waivers: tuple[Waiver, ...],
    ) -> None:
        self.as_of = as_of
        self._rule = _rule_on(as_of)
        self._groups = groups
        self._waivers = waivers
        self._lookup = affiliation_of
        self._appointed_limit = (
            self._rule.max_appointed if election_class is SeatClass.GOLD else None
        )
        self._base: dict[str, int] = {}
        self._base_appointed: dict[str, int] = {}
        for d in stay:
            for key in director_groups(d, as_of=as_of, groups=groups)[0]:
                self._base[key] = self._base.get(key, 0) + 1
                if d.seat_class is not SeatClass.INDIVIDUAL:
                    self._base_appointed[key] = self._base_appointed.get(key, 0) + 1

    def _keys(self, candidate: str) -> frozenset[str]:
        source = self._lookup
        orgs = source(candidate) if callable(source) else source.get(candidate, ())
        if isinstance(orgs, str):
            raise InvalidInputError.at(
                f"affiliation_of[{candidate!r}]", "must be a collection of ids, not a string"
            )
        g = self._groups
        return frozenset(g.key(o) if g is not None else o for o in orgs)

    def _breaks(self, count: int, appointed: int) -> bool:
        if count > self._rule.max_affiliated:
            return True
        return self._appointed_limit is not None and appointed > self._appointed_limit

    def __call__(self, seated: tuple[str, ...], candidate: str) -> Check:
        """Examine one candidate beside the sitting directors and those already seated."""
        rule = self._rule
        counts = dict(self._base)
        appointed = dict(self._base_appointed)
        for s in seated:
            for k in self._keys(s):
                counts[k] = counts.get(k, 0) + 1
                appointed[k] = appointed.get(k, 0) + 1
        for k in sorted(self._keys(candidate)):
            n = counts.get(k, 0) + 1
            a = appointed.get(k, 0) + 1
            if not self._breaks(n, a):
                continue
            # Name the limit that breaks: all directors, or (LF charter §3(b)) only the
            # appointed or nominated representatives.
            broken = (
                f"director {n} affiliated with {k} (limit {rule.max_affiliated})"
                if n > rule.max_affiliated
                else f"appointed (Platinum) or nominated (Gold) representative {a} affiliated "
                f"with {k} (limit {self._appointed_limit})"
            )
            w = _waiver_for(self._waivers, k, (candidate,), as_of=self.as_of, groups=self._groups)
            if w is not None:
                return Check(
                    "board.diversity.seat",
                    Status.WAIVED,
                    rule.waiver,
                    f"{candidate} would be {broken}; waived on {w.granted.isoformat()}",
                )
            return Check(
                "board.diversity.seat",
                Status.FAILED,
                rule.new_director,
                f"{candidate} would be {broken}: the next highest candidate is seated instead",
            )
        return Check(
            "board.diversity.seat",
            Status.PASSED,
            rule.new_director,
            f"{candidate} may be seated (limit {rule.max_affiliated} directors per group"
            + (
                f", {self._appointed_limit} appointed or nominated representative(s)"
                if self._appointed_limit is not None
                else ""
            )
            + ")",
        )
