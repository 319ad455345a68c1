"""Citations and the source documents they point into.

A :class:`Citation` names the document a rule comes from, the date of the text relied on, the
section as that text numbers it, and optionally a short quote. The source documents themselves
are listed in ``DOCUMENTS`` with their dates and where to read them.
"""

from __future__ import annotations

import enum
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.validate import check_arguments, typed
from openinfra_model.core.validate import quote as _quote

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["BYLAWS_TEXT_2021", "DOCUMENTS", "Citation", "Confidence", "Document", "cite"]


BYLAWS_TEXT_2021 = date(2021, 9, 29)
"""The version most citations quote: the bylaws page (and its appendices) as first committed
to the foundation's website repository on 2021-09-29 (BYLAWS-2021 in the reference)."""


class Confidence(enum.Enum):
    """How firmly the sources establish a value or a date (the reference's marks)."""

    QUOTED = "quoted"
    """The value and start are quoted from the source."""
    PARAPHRASED = "paraphrased"
    """The source says so, not in these words."""
    INFERRED = "inferred"
    """Our own reading or arithmetic; no source states it."""
    NOT_FOUND = "not_found"
    """Searched for and not found; the value is a documented choice."""

    @property
    def label(self) -> str:
        """Return the mark as a reader sees it (``not found`` for ``NOT_FOUND``)."""
        return self.value.replace("_", " ")


@attrs.frozen(field_transformer=typed)
class Citation:
    """Where a rule comes from.

    Attributes:
        document: The stable key of the source (``"bylaws"``, ``"gold-member-policy"``,
            ``"lf-charter"``, ``"seed-join-page"``...), a key of ``DOCUMENTS``.
        version: The date of the text relied on.
        section: The section as that text numbers it (``"4.15(a)"``).
        quote: A short quote of the clause, where one is available; always verbatim from the
            text of ``document`` dated ``version`` (``[...]`` marks an elision).
        confidence: How firmly the sources establish the value the citation supports, when it
            comes from a dated window (:class:`~openinfra_model.core.DatedTable` sets
            it from the window; :meth:`with_confidence` sets it otherwise); ``None`` when not
            stated. It annotates the use, not the text: citations that differ only in it
            compare equal, and the wire format leaves it out.

    Example:
        >>> c = Citation("bylaws", date(2021, 9, 29), "2.3(c)")
        >>> str(c)
        'bylaws (2021-09-29) §2.3(c)'
        >>> str(c.with_confidence(Confidence.INFERRED))
        'bylaws (2021-09-29) §2.3(c) [inferred]'

    .. versionchanged:: 0.2
       ``confidence`` added; ``str()`` marks paraphrased, inferred and not-found values.
    """

    document: str
    version: date
    section: str
    quote: str | None = None
    confidence: Confidence | None = attrs.field(default=None, eq=False, init=False)

    def with_confidence(self, confidence: Confidence | None) -> Citation:
        """Return a copy marked with ``confidence`` (the citation of a dated window).

        Example:
            >>> c = Citation("bylaws", date(2021, 9, 29), "4.15(a)")
            >>> c.with_confidence(Confidence.INFERRED).confidence
            <Confidence.INFERRED: 'inferred'>
        """
        if confidence is self.confidence:
            return self
        new = attrs.evolve(self)
        object.__setattr__(new, "confidence", confidence)  # attrs' way round frozen
        return new

    def __str__(self) -> str:
        """Render as ``document (version) §section``, marked unless quoted or unstated."""
        sec = self.section if self.section.startswith(("§", "p.", "para")) else f"§{self.section}"
        mark = (
            ""
            if self.confidence is None or self.confidence is Confidence.QUOTED
            else f" [{self.confidence.label}]"
        )
        return f"{self.document} ({self.version.isoformat()}) {sec}{mark}"

    def long(self) -> str:
        """Render with the confidence always stated and the quote, when there is one.

        Example:
            >>> c = Citation("bylaws", date(2021, 9, 29), "4.9", "A majority")
            >>> print(c.with_confidence(Confidence.QUOTED).long())
            bylaws (2021-09-29) §4.9 [quoted]: "A majority"
        """
        head = str(self)
        if self.confidence is Confidence.QUOTED:
            head += " [quoted]"
        return head if self.quote is None else f'{head}: "{self.quote}"'

    def __repr__(self) -> str:
        """One line: the rendered citation, without the quote (``long()`` has it).

        Example:
            >>> Citation("bylaws", date(2021, 9, 29), "4.9", "A majority")
            <Citation bylaws (2021-09-29) §4.9>
        """
        return f"<Citation {self}>"


@attrs.frozen(kw_only=True, field_transformer=typed)
class Document:
    """A source document the rules are taken from.

    Attributes:
        key: The stable key citations use.
        title: The document's own title.
        where: Where the text can be read (a public address or repository path).
        in_force_from: The first day the document governs (the earliest text we rely on).
        in_force_until: The first day it no longer governs, or ``None`` if still in force.
        governs: Whether the document sets rules (bylaws, policies, charters) rather than
            recording facts (board rosters, mailing-list posts, press coverage); only governing
            documents are listed as "in force" by ``regime_on``.
    """

    key: str
    title: str
    where: str
    in_force_from: date
    in_force_until: date | None = None
    governs: bool = True

    def in_force_on(self, day: date) -> bool:
        """Whether the document governs on ``day`` (half-open window)."""
        return self.in_force_from <= day and (
            self.in_force_until is None or day < self.in_force_until
        )

    def __repr__(self) -> str:
        """One line: key, title and the days it governs (where to read it left out)."""
        until = self.in_force_until.isoformat() if self.in_force_until else ""
        return f"<Document {self.key} {self.title!r} {self.in_force_from.isoformat()}..{until}>"


_OSF_SITE = "github.com/OpenStackweb/osf-website"

_DOCS = (
    Document(
        key="bylaws",
        title="Bylaws of the OpenStack Foundation / Open Infrastructure Foundation (Delaware)",
        where=f"{_OSF_SITE} src/pages/legal/bylaws/index.md; openinfra.dev/legal/bylaws",
        in_force_from=date(2012, 7, 18),
        in_force_until=date(2025, 6, 1),
    ),
    Document(
        key="individual-member-policy",
        title="Individual Member Policy (bylaws Appendix 1)",
        where=f"{_OSF_SITE} src/pages/legal/individual-member-policy.md",
        in_force_from=date(2012, 7, 18),
        in_force_until=date(2025, 6, 1),
    ),
    Document(
        key="platinum-member-policy",
        title="Platinum Member Policy (bylaws Appendix 2)",
        where=f"{_OSF_SITE} src/pages/legal/platinum-member-policy.md",
        in_force_from=date(2012, 7, 18),
        in_force_until=date(2025, 6, 1),
    ),
    Document(
        key="gold-member-policy",
        title="Gold Member Policy (bylaws Appendix 3)",
        where=f"{_OSF_SITE} src/pages/legal/gold-member-policy.md",
        in_force_from=date(2012, 7, 18),
        in_force_until=date(2025, 6, 1),
    ),
    Document(
        key="tc-member-policy",
        title="OpenStack Technical Committee Member Policy (bylaws Appendix 4)",
        where=f"{_OSF_SITE} src/pages/legal/openstack-technical-committee-member-policy.md",
        in_force_from=date(2012, 7, 18),
        in_force_until=date(2023, 12, 5),
    ),
    Document(
        key="bylaws-redline-2023",
        title="Bylaws amendments approved by the Board on 2023-12-05 (marked-up redline with "
        "margin notes, sent to the TC for approval)",
        where="openstack/governance resolutions/20231208-tc-approve-dec-05-2023-bylaws-changes/"
        "oif_bylaws_openstack_is_oip.pdf",
        in_force_from=date(2023, 12, 5),
        governs=False,
    ),
    Document(
        key="tc-charter",
        title="OpenStack Technical Committee Charter",
        where="openstack/governance reference/charter.rst",
        in_force_from=date(2023, 12, 5),
    ),
    Document(
        key="funding-2012",
        title="OpenStack Foundation funding model (2012 press coverage and wiki)",
        where="wiki.openstack.org Governance/Foundation/Funding; itworld.com (2012)",
        in_force_from=date(2012, 7, 18),
        in_force_until=date(2021, 1, 1),
    ),
    Document(
        key="members-page",
        title="OpenInfra Foundation membership page (fees)",
        where=f"{_OSF_SITE} src/pages/membership/members.md",
        in_force_from=date(2021, 1, 1),
    ),
    Document(
        key="seed-join-page",
        title="Join The Open Infrastructure Foundation (join page, written for the 2021 launch)",
        where="openinfra.dev/join",
        in_force_from=date(2021, 1, 1),
    ),
    Document(
        key="seed-partnerships",
        title="OpenInfra Foundation partnerships page",
        where="openinfra.dev (partnerships)",
        in_force_from=date(2021, 1, 1),
    ),
    Document(
        key="seed-directed-funding",
        title="OpenInfra Foundation launches directed funding (announcement, 2022-06-07)",
        where=f"{_OSF_SITE} blog; openinfra.dev/blog/open-for-business-...",
        in_force_from=date(2022, 6, 7),
    ),
    Document(
        key="funding-page",
        title="How Directed Funding Works in Practice (OpenInfra directed funding page)",
        where=f"{_OSF_SITE} src/templates/funding-page.js (deleted 2026-02-05)",
        in_force_from=date(2022, 6, 7),
        in_force_until=date(2026, 2, 5),
    ),
    Document(
        key="seed-regional-hubs",
        title="OpenInfra Asia and OpenInfra Europe regional hubs (announcement, 2023-06-13)",
        where="openinfra.dev (press release, English text)",
        in_force_from=date(2023, 6, 13),
    ),
    Document(
        key="seed-lf-announcement",
        title="OpenInfra Foundation intends to join the Linux Foundation (announcement, 2025-03)",
        where=f"{_OSF_SITE} blog",
        in_force_from=date(2025, 3, 12),
    ),
    Document(
        key="lf-charter",
        title="OpenInfra Foundation Charter (a directed fund of the Linux Foundation)",
        where=f"{_OSF_SITE} src/pages/legal/charter.md; openinfra.org/legal/charter",
        in_force_from=date(2025, 6, 1),
    ),
    Document(
        key="lf-participation-faq",
        title="OpenInfra Foundation participation agreement FAQ",
        where=f"{_OSF_SITE} src/pages/about/openinfra-foundation-participation-agreement-faq.md",
        in_force_from=date(2025, 6, 1),
    ),
    Document(
        key="lf-election-procedures",
        title="Election Procedures Policy (Linux Foundation era)",
        where=f"{_OSF_SITE} src/pages/legal/election-procedures-policy.md",
        in_force_from=date(2025, 6, 1),
    ),
    Document(
        key="lf-individual-member-program",
        title="OIF Individual Member Program",
        where=f"{_OSF_SITE} src/pages/legal/oif-individual-member-program.md",
        in_force_from=date(2025, 6, 1),
    ),
)

_DOCS_RECORD = (
    # Records of who was a member when (not rules): the bundled dataset cites them.
    Document(
        key="board-page",
        title="OpenInfra Foundation board roster page, per snapshot (2021-01 to 2026-08)",
        where=f"{_OSF_SITE} src/pages/about/board/index.md (git history)",
        in_force_from=date(2021, 1, 1),
        governs=False,
    ),
    Document(
        key="press-2012-members",
        title="OpenStack Foundation launch coverage listing the 2012 Platinum and Gold members",
        where="cloud-computing-today.com (September 2012)",
        in_force_from=date(2012, 7, 18),
        in_force_until=date(2021, 1, 1),
        governs=False,
    ),
    Document(
        key="platinum-classes-2012",
        title="OpenStack Foundation Platinum Membership Policy, initial classes (wiki)",
        where="wiki.openstack.org Governance/Foundation/PlatinumMembershipPolicy?oldid=16972",
        in_force_from=date(2012, 7, 18),
        in_force_until=date(2021, 1, 1),
        governs=False,
    ),
    Document(
        key="board-meeting-notes",
        title="Board meeting notes by a director (markmc, 2014 and 2016 posts)",
        where="markmc/crustyblaa content/*-openstack-foundation-board-meeting.md",
        in_force_from=date(2012, 7, 18),
        in_force_until=date(2021, 1, 1),
        governs=False,
    ),
    Document(
        key="osorg-company-list",
        title="openstack.org company list page template",
        where="OpenStackweb/openstack-org themes/openstack/templates/Layout/CompanyListPage.ss",
        in_force_from=date(2012, 7, 18),
        governs=False,
    ),
    Document(
        key="foundation-list",
        title="Foundation and foundation-board mailing-list posts and board minutes",
        where="lists.openinfra.dev (foundation, foundation-board) archives; "
        "wiki.openstack.org board minutes",
        in_force_from=date(2012, 7, 18),
        governs=False,
    ),
    Document(
        key="election-page",
        title="OpenInfra board election pages, per year",
        where=f"{_OSF_SITE} src/pages/election/index.md",
        in_force_from=date(2012, 7, 18),
        governs=False,
    ),
    Document(
        key="annual-report",
        title="OpenInfra Foundation annual reports",
        where=f"{_OSF_SITE} src/pages/annual-report/<year>.md",
        in_force_from=date(2021, 1, 1),
        governs=False,
    ),
    Document(
        key="foundation-blog",
        title="OpenInfra Foundation blog posts, press releases and OpenInfra Live episode pages",
        where=f"{_OSF_SITE} src/pages/blog/<slug>.md, src/pages/openinfra-live/index.md",
        in_force_from=date(2020, 4, 28),
        governs=False,
    ),
    Document(
        key="dataset-choices",
        title="Approximations of the bundled record where the sources give no date or fact "
        "(numbered choices A1-A25, listed in the record)",
        where="openinfra_model/data/record.json 'choices' (docs: the record guide)",
        in_force_from=date(2012, 7, 18),
        governs=False,
    ),
    Document(
        key="home-page",
        title="OpenInfra Foundation home page member logo lists, per version (2020-2022)",
        where=f"{_OSF_SITE} src/pages/index.md (git history)",
        in_force_from=date(2020, 4, 28),
        governs=False,
    ),
    Document(
        key="press",
        title="Press coverage and other public pages naming members or directors",
        where="the address in the citation's section",
        in_force_from=date(2012, 8, 20),
        governs=False,
    ),
)


def _index(*docs: Document) -> Mapping[str, Document]:
    by_key: dict[str, Document] = {}
    for d in docs:
        if d.key in by_key:
            msg = f"source document {d.key!r} is listed twice"
            raise ValueError(msg)
        by_key[d.key] = d
    return MappingProxyType(by_key)


DOCUMENTS: Mapping[str, Document] = _index(*_DOCS, *_DOCS_RECORD)
"""Every source document a citation may name, by key."""


def cite(document: str, version: date, section: str, quote: str | None = None) -> Citation:
    """Build a :class:`Citation`, refusing a document key that ``DOCUMENTS`` lacks.

    Example:
        >>> cite("lf-charter", date(2025, 7, 7), "10(b)").document
        'lf-charter'
    """
    check_arguments(cite, locals())
    if document not in DOCUMENTS:
        msg = f"unknown source document {_quote(document)}; add it to citations.DOCUMENTS"
        raise InvalidInputError.at("document", msg)
    return Citation(document, version, section, quote)
