"""The one bundled foundation record (``data/record.json``) and what it covers.

Every bundled fact is stated once in ``record.json``: the organisations (renamed companies are
one organisation with dated names), the Platinum and Gold memberships (each with an id), the
annual elections, the boards 2012-2019 as minutes, agendas and list posts name them and every
director of every board-page version 2020-2026 (a Platinum director refers to the appointing
membership and a Gold director to its selector's membership, by id; before 2020 a class or a
member no source states is missing), the officers, the recorded Platinum vacancies and the
periods in which the record does not hold the whole board (``board_gaps``). Every fact names
its sources (keys of the record's ``sources`` table) and every approximation its numbered
choice (keys of ``choices``).

:func:`foundation_record` reads it; the bundled roster (:func:`~openinfra_model.default_roster`)
and the bundled board record (:func:`~openinfra_model.load_board_record`) are views of it, so
``report``, ``board`` and ``electorate`` read the same memberships. :func:`record_coverage`
says which dates the record covers per kind of fact.
"""

from __future__ import annotations

import enum
import functools
from datetime import date, timedelta
from importlib import resources

import attrs

from openinfra_model.board.affiliation import AffiliationKind, PersonalAffiliation
from openinfra_model.board.model import (
    AnnualElection,
    Board,
    Director,
    Officer,
    OfficerRole,
    SeatClass,
)
from openinfra_model.core.citations import Citation
from openinfra_model.core.convert import loads_document
from openinfra_model.core.errors import InvalidInputError, Problem
from openinfra_model.core.regimes import LF_CLOSING
from openinfra_model.core.validate import check_arguments, plain_id, slug_id, typed
from openinfra_model.membership import Membership, Tier
from openinfra_model.membership.model import LinuxFoundationLevel, LinuxFoundationMembership
from openinfra_model.membership.organizations import Organization, OrganizationKind
from openinfra_model.membership.roster import Roster

__all__ = [
    "RECORD_RESOURCE",
    "BoardGap",
    "Coverage",
    "DatedName",
    "FoundationRecord",
    "Precision",
    "RecordDirector",
    "RecordElection",
    "RecordMembership",
    "RecordOfficer",
    "RecordOrganization",
    "SourceRef",
    "Vacancy",
    "foundation_record",
    "record_coverage",
]

RECORD_RESOURCE = "record.json"
"""The file name of the bundled foundation record inside ``openinfra_model.data``."""


class Precision(enum.Enum):
    """How exact a recorded date is."""

    EXACT = "exact"
    APPROXIMATED = "approximated"
    OPEN = "open"
    """Still in force at the last source read (no end reached)."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class SourceRef:
    """One public source: a git version of a foundation page, or a stored web page."""

    kind: str
    date: date
    url: str = ""
    commit: str | None = None
    path: str | None = None

    def __repr__(self) -> str:
        """One line: kind, date and the path at its commit (or the address)."""
        where = f"{self.path}@{self.commit[:7]}" if self.path and self.commit else self.url
        return f"<SourceRef {self.kind} {self.date.isoformat()} {where}>"


@attrs.frozen(kw_only=True, field_transformer=typed)
class DatedName:
    """A name an organisation used over a period (``None``: open on that side)."""

    name: str
    since: date | None = None
    until: date | None = None
    choice: str | None = None
    sources: tuple[str, ...] = ()


@attrs.frozen(kw_only=True, field_transformer=typed)
class RecordOrganization:
    """An organisation of the record, with the names it used over time."""

    id: str = attrs.field(validator=slug_id)
    name: str
    aliases: tuple[str, ...] = ()
    kind: OrganizationKind = OrganizationKind.COMPANY
    names: tuple[DatedName, ...] = ()
    sources: tuple[str, ...] = ()

    def __repr__(self) -> str:
        """One line: id and name."""
        return f"<RecordOrganization {self.id} {self.name!r}>"


@attrs.frozen(kw_only=True, field_transformer=typed)
class RecordMembership:
    """A Platinum or Gold membership: a row of the record, referred to by ``id``."""

    id: str = attrs.field(validator=plain_id)
    organization: str = attrs.field(validator=slug_id)
    tier: Tier
    start: date
    start_precision: Precision
    end: date | None = None
    end_precision: Precision = Precision.OPEN
    basis: str = ""
    choices: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def __repr__(self) -> str:
        """One line: id, organisation, tier and dates."""
        end = self.end.isoformat() if self.end else ""
        return (
            f"<RecordMembership {self.id}: {self.organization} {self.tier.value} "
            f"{self.start.isoformat()}..{end}>"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class RecordElection:
    """An annual election: the Gold and Individual seats it fixed."""

    id: str = attrs.field(validator=plain_id)
    held_on: date
    gold_seats: int
    individual_seats: int
    choices: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@attrs.frozen(kw_only=True, field_transformer=typed)
class RecordDirector:
    """A director's term; ``membership`` is the appointer's (Platinum) or selector's (Gold).

    Before 2020 the sources (minutes, list posts) often name a director without the class or
    the member behind the seat: ``seat_class`` is then ``None`` (class not stated) and
    ``membership`` ``None`` (appointing member or selector not stated), and the checks that
    need the fact answer ``UNKNOWN`` naming it (:meth:`FoundationRecord.unplaced_on`).
    """

    person: str = attrs.field(validator=plain_id)
    name: str
    seat_class: SeatClass | None
    membership: str | None = None
    employer_as_printed: str = ""
    election: str | None = None
    term_start: date
    term_end: date | None = None
    choices: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def __repr__(self) -> str:
        """One line: name, seat class, membership and term."""
        by = f" for {self.membership}" if self.membership else ""
        end = self.term_end.isoformat() if self.term_end else ""
        seat = self.seat_class.value if self.seat_class is not None else "class not stated"
        return f"<RecordDirector {self.name} ({seat}{by}) {self.term_start.isoformat()}..{end}>"


@attrs.frozen(kw_only=True, field_transformer=typed)
class RecordOfficer:
    """An officer of the board over a period."""

    person: str = attrs.field(validator=plain_id)
    role: OfficerRole
    since: date
    until: date | None = None
    sources: tuple[str, ...] = ()


@attrs.frozen(kw_only=True, field_transformer=typed)
class Vacancy:
    """Days a Platinum member in force had no director on the board page (choice A18)."""

    membership: str
    since: date
    until: date | None = None
    reason: str = ""
    choices: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def holds_on(self, day: date) -> bool:
        """Whether the vacancy is recorded on ``day``."""
        return self.since <= day and (self.until is None or day <= self.until)


@attrs.frozen(kw_only=True, field_transformer=typed)
class BoardGap:
    """A period in which the record does not hold the whole board.

    The sources name only some directors, or name new directors without saying whom they
    replaced.
    """

    since: date
    until: date
    reason: str
    choices: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def __repr__(self) -> str:
        """One line: the period and the start of the reason."""
        reason = self.reason if len(self.reason) <= 60 else self.reason[:59] + "\u2026"
        return f"<BoardGap {self.since.isoformat()}..{self.until.isoformat()}: {reason}>"

    def holds_on(self, day: date) -> bool:
        """Whether ``day`` is in the gap."""
        return self.since <= day <= self.until


@attrs.frozen(kw_only=True, field_transformer=typed)
class Coverage:
    """The first and last day the record covers one kind of fact (both inclusive)."""

    kind: str
    first: date
    last: date
    note: str = ""

    def covers(self, day: date) -> bool:
        """Whether ``day`` is within the covered dates."""
        return self.first <= day <= self.last


def _check(record: FoundationRecord) -> list[Problem]:  # noqa: C901, PLR0912  (one pass per table)
    problems: list[Problem] = []
    orgs = [o.id for o in record.organizations]
    known_orgs = set(orgs)
    if len(known_orgs) != len(orgs):
        problems.append(Problem("organizations", "duplicate organisation ids"))
    ms = {m.id: m for m in record.memberships}
    if len(ms) != len(record.memberships):
        problems.append(Problem("memberships", "duplicate membership ids"))
    choices, sources = set(record.choices), set(record.sources)

    def refs(path: str, keys: tuple[str, ...], ch: tuple[str, ...] = ()) -> None:
        problems.extend(Problem(path, f"unknown source {k!r}") for k in keys if k not in sources)
        problems.extend(Problem(path, f"unknown choice {k!r}") for k in ch if k not in choices)

    for i, m in enumerate(record.memberships):
        if m.organization not in known_orgs:
            problems.append(Problem(f"memberships[{i}].organization", "unknown organisation"))
        refs(f"memberships[{i}]", m.sources, m.choices)
    for i, d in enumerate(record.directors):
        if d.membership is not None and d.membership not in ms:
            problems.append(Problem(f"directors[{i}].membership", "unknown membership"))
        refs(f"directors[{i}]", d.sources, d.choices)
    for i, v in enumerate(record.vacancies):
        if v.membership not in ms:
            problems.append(Problem(f"vacancies[{i}].membership", "unknown membership"))
        refs(f"vacancies[{i}]", v.sources, v.choices)
    for i, e in enumerate(record.elections):
        refs(f"elections[{i}]", e.sources, e.choices)
    for i, o in enumerate(record.officers):
        refs(f"officers[{i}]", o.sources)
    for i, g in enumerate(record.board_gaps):
        refs(f"board_gaps[{i}]", g.sources, g.choices)
    for i, d in enumerate(record.directors):
        if d.seat_class is None and d.membership is not None:
            problems.append(
                Problem(f"directors[{i}].membership", "a director of unstated class has none")
            )
    return problems


@attrs.frozen(kw_only=True, field_transformer=typed)
class FoundationRecord:
    """The bundled foundation record: one statement of every fact, by id.

    Raises:
        InvalidInputError: Duplicate ids, or a reference to an unknown organisation,
            membership, source or choice (every one named).
    """

    snapshot: date
    description: str = ""
    notes: tuple[str, ...] = ()
    choices: dict[str, str] = attrs.field(factory=dict)
    sources: dict[str, SourceRef] = attrs.field(factory=dict)
    organizations: tuple[RecordOrganization, ...] = ()
    memberships: tuple[RecordMembership, ...] = ()
    elections: tuple[RecordElection, ...] = ()
    directors: tuple[RecordDirector, ...] = ()
    officers: tuple[RecordOfficer, ...] = ()
    vacancies: tuple[Vacancy, ...] = ()
    board_gaps: tuple[BoardGap, ...] = ()

    def __repr__(self) -> str:
        """One line: the snapshot and how many facts of each kind it holds."""
        return (
            f"<FoundationRecord {self.snapshot.isoformat()}: {len(self.organizations)} "
            f"organisations, {len(self.memberships)} memberships, {len(self.elections)} "
            f"elections, {len(self.directors)} director terms, {len(self.officers)} officers, "
            f"{len(self.vacancies)} vacancies, {len(self.sources)} sources>"
        )

    def __attrs_post_init__(self) -> None:
        """Check ids and references."""
        problems = _check(self)
        if problems:
            raise InvalidInputError(problems)

    def citation(self, key: str, section: str = "") -> Citation:
        """The citation of source ``key`` (its page, commit or address)."""
        s = self.sources[key]
        where = f"{s.path} @ {s.commit[:8]}" if s.commit and s.path else s.url
        document = _document(key)
        return Citation(document, s.date, f"{section} ({where})" if section else where)

    def choice_citation(self, key: str) -> Citation:
        """The citation of a numbered approximation choice of the record."""
        return Citation("dataset-choices", self.snapshot, f"{key} [inferred]")

    def _cites(self, sources: tuple[str, ...], choices: tuple[str, ...]) -> tuple[Citation, ...]:
        return (
            *(self.citation(k) for k in sources),
            *(self.choice_citation(c) for c in choices),
        )

    def membership(self, membership_id: str) -> RecordMembership:
        """The membership row with this id.

        Raises:
            KeyError: No such membership.
        """
        return {m.id: m for m in self.memberships}[membership_id]

    def library_memberships(self) -> tuple[Membership, ...]:
        """The memberships as the rules read them (the Linux Foundation inference, A17, added)."""
        return tuple(self._membership(m) for m in self.memberships)

    def _membership(self, m: RecordMembership) -> Membership:
        lf = None
        choices = m.choices
        if m.end is None or m.end >= LF_CLOSING:
            lf = LinuxFoundationMembership(
                level=LinuxFoundationLevel.SILVER,
                since=max(LF_CLOSING, m.start),
                until=None if m.end is None else m.end + timedelta(days=1),
            )
            choices = (*choices, "A17")
        return Membership(
            organization=m.organization,
            tier=m.tier,
            signed=m.start,
            approved=m.start,
            term_start=m.start,
            term_end=m.end,
            linux_foundation=lf,
            sources=self._cites(m.sources, choices),
        )

    def library_organizations(self) -> tuple[Organization, ...]:
        """The organisations, their dated names among the aliases."""
        out = []
        for o in self.organizations:
            aliases = tuple(dict.fromkeys((*o.aliases, *(n.name for n in o.names))))
            aliases = tuple(a for a in aliases if a != o.name)
            out.append(
                Organization(
                    id=o.id,
                    name=o.name,
                    aliases=aliases,
                    kind=o.kind,
                    sources=self._cites(o.sources, ()),
                )
            )
        return tuple(out)

    def roster(self) -> Roster:
        """The roster view (organisations and memberships; no individuals: they are private)."""
        return Roster(
            snapshot=self.snapshot,
            organizations=self.library_organizations(),
            memberships=self.library_memberships(),
        )

    def employer(self, printed: str) -> str | None:
        """The organisation id a printed company names, if it names one of the record's.

        Example:
            >>> (
            ...     foundation_record().employer("VEXXHOST, Inc."),
            ...     foundation_record().employer("CERN"),
            ... )
            ('vexxhost', None)
        """
        names = {
            n.casefold(): o.id
            for o in self.organizations
            for n in (o.id, o.name, *o.aliases, *(x.name for x in o.names))
        }
        text = printed.strip().casefold()
        for suffix in (", inc.", " inc.", ", ltd", " ltd"):
            text = text.removesuffix(suffix)
        return names.get(text) or names.get(text.removesuffix(" emc"))

    def _affiliations(self, d: RecordDirector) -> tuple[PersonalAffiliation, ...]:
        """Choice A22: a director's printed company, when it names one organisation."""
        if not d.employer_as_printed:
            return ()
        org = self.employer(d.employer_as_printed)
        if org is None:
            return ()
        until = None if d.term_end is None else d.term_end + timedelta(days=1)
        return (
            PersonalAffiliation(
                organization=org, kind=AffiliationKind.EMPLOYEE, since=d.term_start, until=until
            ),
        )

    def board(self) -> Board:
        """The board view: directors with appointers resolved from the memberships they cite."""
        orgs = {m.id: m.organization for m in self.memberships}
        directors = tuple(
            Director(
                person=d.person,
                name=d.name,
                seat_class=d.seat_class,
                appointed_by=None if d.membership is None else orgs[d.membership],
                election=d.election,
                term_start=d.term_start,
                term_end=d.term_end,
                affiliations=self._affiliations(d),
                sources=self._cites(d.sources, d.choices),
            )
            for d in self.directors
            if d.seat_class is not None and _placed(d)
        )
        elections = tuple(
            AnnualElection(
                id=e.id,
                held_on=e.held_on,
                gold_seats=e.gold_seats,
                individual_seats=e.individual_seats,
                sources=self._cites(e.sources, e.choices),
            )
            for e in self.elections
        )
        officers = tuple(
            Officer(person=o.person, role=o.role, since=o.since, until=o.until)
            for o in self.officers
        )
        return Board(
            name="OpenStack Foundation Board of Directors / OpenInfra Foundation Board / "
            "Governing Board",
            directors=directors,
            elections=elections,
            officers=officers,
        )

    def unplaced_on(self, day: date) -> tuple[RecordDirector, ...]:
        """Directors named in office on ``day`` whom the board view cannot seat.

        Their class, or (for a Platinum director) the appointing member, is not stated by any
        source read: the board view (:meth:`board`) leaves them out and the replay answers
        ``UNKNOWN`` naming them.
        """
        return tuple(
            d
            for d in self.directors
            if not _placed(d) and d.term_start <= day and (d.term_end is None or day <= d.term_end)
        )

    def gaps_on(self, day: date) -> tuple[BoardGap, ...]:
        """The recorded periods covering ``day`` in which the record lacks part of the board."""
        return tuple(g for g in self.board_gaps if g.holds_on(day))

    def vacancies_on(self, day: date) -> tuple[Vacancy, ...]:
        """The recorded Platinum vacancies on ``day``."""
        return tuple(v for v in self.vacancies if v.holds_on(day))

    def coverage(self) -> dict[str, Coverage]:
        """Which dates the record covers, per kind of fact (see :func:`record_coverage`)."""
        starts = [m.start for m in self.memberships]
        board_first = min(d.term_start for d in self.directors)
        pages = sorted(s.date for k, s in self.sources.items() if k.startswith("BP-") and s.commit)
        officer_first = min(o.since for o in self.officers)
        unsettled = [g.until for g in self.board_gaps] + [
            d.term_end for d in self.directors if not _placed(d) and d.term_end is not None
        ]
        complete_first = max(unsettled) + timedelta(days=1) if unsettled else board_first
        gaps = "; ".join(
            f"{g.since.isoformat()} to {g.until.isoformat()}" for g in self.board_gaps
        )
        return {
            "memberships": Coverage(
                kind="memberships",
                first=min(starts),
                last=self.snapshot,
                note="Platinum and Gold memberships; Silver and Associate are not recorded",
            ),
            "board": Coverage(
                kind="board",
                first=board_first,
                last=self.snapshot,
                note=f"the boards 2012-2019 as minutes, agendas and list posts name them "
                f"(choices A23-A25), then every board-page version {pages[0].isoformat()} to "
                f"{pages[-1].isoformat()} ({len(pages)} versions) from the 2020 board's "
                f"seating; the record does not hold the whole board {gaps} (board_gaps), and "
                "before 2020 some directors' classes or members are not stated (unplaced_on)",
            ),
            "board_complete": Coverage(
                kind="board_complete",
                first=complete_first,
                last=self.snapshot,
                note="every director in office named with class and (Platinum, Gold) member",
            ),
            "elections": Coverage(
                kind="elections",
                first=min(e.held_on for e in self.elections),
                last=self.snapshot,
                note="the seats each annual election fixed, 2012-2026 (8/8 to 2020, A23)",
            ),
            "officers": Coverage(
                kind="officers",
                first=officer_first,
                last=self.snapshot,
                note="chair and vice chairs from the board pages; the chair 2012-2020 from "
                "minutes and list posts; vice chairs before 2021 not recorded",
            ),
            "gold_selectors": Coverage(
                kind="gold_selectors",
                first=board_first,
                last=LF_CLOSING - timedelta(days=1),
                note="no source names the elected selectors; each Gold director's selector "
                "is inferred from the printed organisation (choice A15) unless stated; before "
                "2020 most are not recorded (UNKNOWN)",
            ),
            "individuals": Coverage(
                kind="individuals",
                first=self.snapshot,
                last=self.snapshot - timedelta(days=1),
                note="Individual members are private: none in the record (a synthetic sample "
                "ships separately, flagged synthetic)",
            ),
        }


def _placed(d: RecordDirector) -> bool:
    """Whether the board view can seat the director (class stated; a Platinum one's member)."""
    if d.seat_class is None:
        return False
    return not (d.seat_class is SeatClass.PLATINUM and d.membership is None)


def _document(key: str) -> str:
    prefix = key.split("-", 1)[0]
    return {
        "BP": "board-page",
        "MP": "members-page",
        "HP": "home-page",
        "EP": "election-page",
        "BLOG": "foundation-blog",
        "AR": "annual-report",
        "MIN": "foundation-list",
        "WIKI": "foundation-list",
        "FL": "foundation-list",
        "FBL": "foundation-list",
        "MARKMC": "board-meeting-notes",
    }.get(prefix, "press")


@functools.cache
def foundation_record() -> FoundationRecord:
    """The bundled foundation record (read once, then shared: it is immutable).

    Example:
        >>> r = foundation_record()
        >>> r.membership("rackspace-platinum-2024").start
        datetime.date(2024, 10, 22)
        >>> [n.name for n in {o.id: o for o in r.organizations}["cleura"].names]
        ['City Network', 'Cleura']
    """
    check_arguments(foundation_record, locals())
    text = resources.files("openinfra_model.data").joinpath(RECORD_RESOURCE).read_bytes()
    return loads_document(text, FoundationRecord)


def record_coverage() -> dict[str, Coverage]:
    """Which dates the bundled record covers, per kind of fact.

    A question outside a kind's dates has no answer in the record (the ``board`` command and
    :func:`~openinfra_model.record.replay` say so instead of answering on an empty board).

    Example:
        >>> cov = record_coverage()
        >>> cov["board"].first, cov["board_complete"].first, cov["memberships"].first
        (datetime.date(2012, 9, 7), datetime.date(2020, 1, 28), datetime.date(2012, 8, 13))
        >>> cov["board"].covers(date(2012, 9, 6)), cov["board_complete"].covers(date(2019, 6, 1))
        (False, False)
    """
    check_arguments(record_coverage, locals())
    return foundation_record().coverage()
