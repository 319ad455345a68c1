"""Affiliated Groups (bylaws §2.5), Related Companies (charter §5) and what control changes do."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import InvalidInputError, Membership, Organization, Status, Tier
from openinfra_model.board import (
    AffiliationKind,
    ControlChange,
    MembershipChangeKind,
    PersonalAffiliation,
    affiliated_groups,
    check_applicant_affiliation,
    control_change_consequences,
)
from openinfra_model.membership import ControlLink, OrganizationKind

if TYPE_CHECKING:
    import random

DAY = date(2022, 6, 1)


def _org(
    oid: str, *parents: tuple[str, str], kind: OrganizationKind = OrganizationKind.COMPANY
) -> Organization:
    return Organization(
        id=oid,
        name=oid.upper(),
        kind=kind,
        controlled_by=tuple(ControlLink(parent=p, share=Decimal(s)) for p, s in parents),
    )


def _member(org: str, tier: Tier, approved: date, term_end: date | None = None) -> Membership:
    return Membership(
        organization=org, tier=tier, signed=approved, approved=approved, term_end=term_end
    )


class TestAffiliatedGroup:
    """§2.5: control is over 50%, direct or indirect, or common control.

    "one entity owns, directly or indirectly, more than 50% of the voting securities [...] or
    which is under common control with the Controlled entity".
    """

    def test_direct_control(self) -> None:
        """A 51% parent and its subsidiary form one group."""
        g = affiliated_groups([_org("p"), _org("s", ("p", "0.51"))], as_of=DAY)
        assert (("p", "s"),) == g.groups

    def test_fifty_percent_is_not_control(self) -> None:
        """Exactly half is not "more than 50%"."""
        g = affiliated_groups([_org("p"), _org("s", ("p", "0.50"))], as_of=DAY)
        assert () == g.groups
        assert not g.same_group("p", "s")

    def test_indirect_chain(self) -> None:
        """A controls B controls C: all three are one group."""
        orgs = [_org("a"), _org("b", ("a", "0.9")), _org("c", ("b", "0.6"))]
        g = affiliated_groups(orgs, as_of=DAY)
        assert g.same_group("a", "c")
        assert ("a", "b", "c") == g.members_of("c")

    def test_common_control_by_unlisted_parent(self) -> None:
        """Two companies controlled by a third party not given are one group."""
        orgs = [_org("x", ("holding", "1")), _org("y", ("holding", "0.7"))]
        assert affiliated_groups(orgs, as_of=DAY).same_group("x", "y")

    def test_control_by_contract(self) -> None:
        """A link that confers control by other means counts without a share."""
        org = Organization(
            id="s", name="S", controlled_by=(ControlLink(parent="p", controls=True),)
        )
        assert affiliated_groups([org], as_of=DAY).same_group("p", "s")

    def test_link_dates(self) -> None:
        """A link counts only between its since and until days."""
        org = Organization(
            id="s",
            name="S",
            controlled_by=(
                ControlLink(
                    parent="p", share=Decimal(1), since=date(2020, 1, 1), until=date(2023, 1, 1)
                ),
            ),
        )
        assert not affiliated_groups([org], as_of=date(2019, 12, 31)).same_group("p", "s")
        assert affiliated_groups([org], as_of=date(2020, 1, 1)).same_group("p", "s")
        assert not affiliated_groups([org], as_of=date(2023, 1, 1)).same_group("p", "s")

    def test_duplicate_ids_refused(self) -> None:
        """Two organisations with one id are bad input, named by path."""
        with pytest.raises(InvalidInputError) as err:
            affiliated_groups([_org("a"), _org("a")], as_of=DAY)
        assert ("organizations[1].id",) == err.value.paths

    def test_repr_and_html(self) -> None:
        """The groups show readably in a notebook."""
        g = affiliated_groups([_org("p"), _org("s", ("p", "1"))], as_of=DAY)
        assert "1 groups" in repr(g)
        assert "p, s" in g._repr_html_()

    @given(st.lists(st.tuples(st.integers(0, 14), st.integers(0, 14)), max_size=30), st.randoms())
    def test_partition_and_order_independence(
        self, edges: list[tuple[int, int]], rnd: random.Random
    ) -> None:
        """Groups partition the organisations, join every control edge, and ignore order."""
        parents: dict[int, list[int]] = {}
        for child, parent in edges:
            if child != parent:
                parents.setdefault(child, []).append(parent)
        orgs = [
            _org(f"o{i}", *((f"o{p}", "0.6") for p in sorted(set(parents.get(i, ())))))
            for i in range(15)
        ]
        g = affiliated_groups(orgs, as_of=DAY)
        seen = [o for grp in g.groups for o in grp]
        assert len(seen) == len(set(seen))
        for child, ps in parents.items():
            for p in ps:
                assert g.same_group(f"o{child}", f"o{p}")
        shuffled = orgs[:]
        rnd.shuffle(shuffled)
        assert g.groups == affiliated_groups(shuffled, as_of=DAY).groups


class TestExceptions:
    """§2.5 excepts government agencies and academic institutions; the LF charter does not.

    "An Affiliated Group does not apply to government agencies, academic institutions or
    individuals." The LF charter's Related Company definition has no such exception.
    """

    ORGS = (
        _org("state", kind=OrganizationKind.GOVERNMENT),
        _org("china-mobile", ("state", "0.7")),
        _org("china-telecom", ("state", "0.7")),
        _org("university", kind=OrganizationKind.ACADEMIC),
        _org("spinout", ("university", "0.8")),
    )

    def test_state_control_does_not_join_in_delaware_period(self) -> None:
        """Two state-controlled companies stay apart on 2025-05-31."""
        g = affiliated_groups(self.ORGS, as_of=date(2025, 5, 31))
        assert () == g.groups
        assert "2.5" == g.citation.section

    def test_related_companies_in_lf_period(self) -> None:
        """From 2025-06-01 the charter's definition applies as written: they are related."""
        g = affiliated_groups(self.ORGS, as_of=date(2025, 6, 1))
        assert g.same_group("china-mobile", "china-telecom")
        assert g.same_group("university", "spinout")
        assert "lf-charter" == g.citation.document


class TestPersonalAffiliation:
    """§4.15(b): board member, officer, employee, or contractor over $60,000."""

    def test_earnings_only_for_contractors(self) -> None:
        """An employee link with earnings is refused, naming the field."""
        with pytest.raises(InvalidInputError) as err:
            PersonalAffiliation(
                organization="a",
                kind=AffiliationKind.EMPLOYEE,
                earnings_last_12_months=Decimal(70000),
            )
        assert ("earnings_last_12_months",) == err.value.paths

    def test_until_before_since_refused(self) -> None:
        """A link ending before it starts is refused."""
        with pytest.raises(InvalidInputError):
            PersonalAffiliation(
                organization="a",
                kind=AffiliationKind.OFFICER,
                since=date(2020, 1, 2),
                until=date(2020, 1, 1),
            )

    def test_contractor_unknown_earnings(self) -> None:
        """Unknown earnings leave the question open (None), not False."""
        link = PersonalAffiliation(organization="a", kind=AffiliationKind.CONTRACTOR)
        assert None is link.counts_on(DAY)


class TestControlledMember:
    """Gold/Platinum Member Policies §2(c): a controlled member ceases on the closing date.

    A member Controlled by another Gold or Platinum member ceases on the closing date; a Gold
    controller of a Platinum member becomes Platinum for the rest of the term.
    """

    def test_gold_controlled_by_platinum_ends(self) -> None:
        """A Gold member bought by a Platinum member ceases on the closing date."""
        ms = (
            _member("big", Tier.PLATINUM, date(2020, 1, 1)),
            _member("small", Tier.GOLD, date(2021, 1, 1)),
        )
        (c,) = control_change_consequences(
            ControlChange(acquirer="big", target="small", closing=date(2022, 6, 1)), ms
        )
        assert (MembershipChangeKind.ENDS, date(2022, 6, 1)) == (c.kind, c.on)
        assert "gold-member-policy" == c.check.citation.document

    def test_platinum_controlled_by_gold(self) -> None:
        """The Platinum member ends; its Gold controller is Platinum to the end of its term."""
        ms = (
            _member("big", Tier.GOLD, date(2021, 1, 1)),
            _member("small", Tier.PLATINUM, date(2020, 1, 1), term_end=date(2023, 12, 31)),
        )
        out = control_change_consequences(
            ControlChange(acquirer="big", target="small", closing=date(2022, 6, 1)), ms
        )
        assert [MembershipChangeKind.ENDS, MembershipChangeKind.BECOMES_PLATINUM] == [
            c.kind for c in out
        ]
        assert date(2023, 12, 31) == out[1].until

    def test_acquirer_not_a_member(self) -> None:
        """Control by a non-member changes no membership."""
        ms = (_member("small", Tier.GOLD, date(2021, 1, 1)),)
        change = ControlChange(acquirer="outsider", target="small", closing=date(2022, 6, 1))
        assert () == control_change_consequences(change, ms)

    def test_lf_merger_transfers(self) -> None:
        """Charter §5(d): from 2025-06-01 a merger lets the membership pass to the successor."""
        ms = (_member("small", Tier.GOLD, date(2021, 1, 1)),)
        change = ControlChange(
            acquirer="big", target="small", closing=date(2025, 6, 1), merger=True
        )
        (c,) = control_change_consequences(change, ms)
        assert MembershipChangeKind.MAY_TRANSFER == c.kind
        assert "5(d)" == c.check.citation.section

    def test_lf_control_without_merger_continues(self) -> None:
        """From 2025-06-01 both memberships continue; the companies become related."""
        ms = (
            _member("big", Tier.PLATINUM, date(2020, 1, 1)),
            _member("small", Tier.GOLD, date(2021, 1, 1)),
        )
        change = ControlChange(acquirer="big", target="small", closing=date(2025, 6, 1))
        (c,) = control_change_consequences(change, ms)
        assert MembershipChangeKind.CONTINUES == c.kind
        assert "only one of them may appoint" in c.check.reason

    def test_day_before_closing_is_delaware(self) -> None:
        """On 2025-05-31 the Delaware rule still ends the controlled Gold membership."""
        ms = (
            _member("big", Tier.PLATINUM, date(2020, 1, 1)),
            _member("small", Tier.GOLD, date(2021, 1, 1)),
        )
        change = ControlChange(acquirer="big", target="small", closing=date(2025, 5, 31))
        (c,) = control_change_consequences(change, ms)
        assert MembershipChangeKind.ENDS == c.kind

    def test_self_acquisition_refused(self) -> None:
        """An organisation cannot acquire itself."""
        with pytest.raises(InvalidInputError):
            ControlChange(acquirer="a", target="a", closing=DAY)


class TestApplicant:
    """Member Policies §3: an applicant affiliated with a Gold or Platinum member is refused.

    "Any proposed new [...] Member may not be Affiliated with an existing Platinum Member or
    existing Gold Member on the date of its application."
    """

    ORGS = (_org("acme"), _org("acme-cloud", ("acme", "1")), _org("other"))
    MS = (_member("acme", Tier.GOLD, date(2015, 1, 1)),)

    def test_affiliated_applicant_refused(self) -> None:
        """A subsidiary of a Gold member cannot join as Gold."""
        g = affiliated_groups(self.ORGS, as_of=DAY)
        d = check_applicant_affiliation("acme-cloud", Tier.GOLD, self.MS, g, as_of=DAY)
        assert Status.FAILED == d.outcome

    def test_unaffiliated_applicant_passes(self) -> None:
        """An unrelated company may apply."""
        g = affiliated_groups(self.ORGS, as_of=DAY)
        d = check_applicant_affiliation("other", Tier.PLATINUM, self.MS, g, as_of=DAY)
        assert Status.PASSED == d.outcome

    def test_silver_not_barred(self) -> None:
        """The bar is for Gold and Platinum applicants only."""
        g = affiliated_groups(self.ORGS, as_of=DAY)
        d = check_applicant_affiliation("acme-cloud", Tier.SILVER, self.MS, g, as_of=DAY)
        assert Status.NOT_APPLICABLE == d.outcome

    def test_lf_era_not_barred(self) -> None:
        """From 2025-06-01 the charter does not bar related companies from joining."""
        day = date(2025, 6, 1)
        g = affiliated_groups(self.ORGS, as_of=day)
        d = check_applicant_affiliation("acme-cloud", Tier.GOLD, self.MS, g, as_of=day)
        assert Status.NOT_APPLICABLE == d.outcome
