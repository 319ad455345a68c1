"""Regional hubs, hosted projects, partnerships and the bundled community data.

Sources: the regional hubs announcement (2023-06-13), the join page and the partnerships page.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openinfra_model import (
    InvalidInputError,
    Membership,
    Organization,
    Roster,
    Status,
    Tier,
    default_roster,
    dumps,
    dumps_document,
    load_community,
    loads,
    loads_document,
    strategies,
)
from openinfra_model.cli import main
from openinfra_model.community import (
    CommunityData,
    HostedProject,
    HubParticipant,
    HubParticipation,
    OrganizationRegion,
    Partnership,
    PartnershipKind,
    Region,
    RegionalHub,
    check_hub_participation,
)
from openinfra_model.core import structure_document, unstructure_document

DATA = load_community()
ASIA = DATA.hub("openinfra-asia")
EUROPE = DATA.hub("openinfra-europe")

ROSTER = default_roster()
ROSTER_IDS = frozenset(o.id for o in ROSTER.organizations)
"""The organisation ids of the bundled roster; hub participants that are members use them."""

# The ids agreed with the dues module for the members of the June 2022 announcement.
AGREED_IDS = frozenset(
    {
        "meta", "canonical", "inspur", "h3c", "99cloud", "ant-group", "tencent", "red-hat",
        "wind-river", "huawei", "ericsson", "microsoft", "fiberhome", "bloomberg",
        "china-mobile", "china-telecom", "china-unicom", "cisco", "cleura",
        "deutsche-telekom", "easystack", "intel", "mirantis", "nec", "nipa-cloud", "troila",
        "vexxhost", "zte",
    }
)  # fmt: skip


def _combined() -> Roster:
    """The bundled roster with the community organisations added (duplicates are refused)."""
    return Roster(
        snapshot=ROSTER.snapshot,
        organizations=ROSTER.organizations + DATA.organizations,
        memberships=ROSTER.memberships,
    )


def _raw() -> dict[str, Any]:
    text = resources.files("openinfra_model").joinpath("data/community.json").read_text("utf-8")
    raw: dict[str, Any] = json.loads(text)
    return raw


class TestRegionalHubs:
    """The two regional hubs and their founding participants.

    Announcement (English text): "OpenInfra Asia (based in Singapore) and OpenInfra Europe
    (based in Belgium)", opened on 2023-06-13, with their founding participating
    organisations.
    """

    def test_hubs_seats_and_founding_day(self) -> None:
        """Asia is in Singapore, Europe in Belgium, both founded 2023-06-13 (not the 14th)."""
        assert ("Singapore", "Belgium") == (ASIA.based_in, EUROPE.based_in)
        assert {date(2023, 6, 13)} == {ASIA.founded, EUROPE.founded}

    def test_founding_participants_as_listed(self) -> None:
        """Sixteen Asian and twenty-five European founding participants, in the seed's order."""
        assert 16 == len(ASIA.founding_participants)
        assert 25 == len(EUROPE.founding_participants)
        assert ("99cloud", "Virtuozzo") == (
            ASIA.founding_participants[0].listed_as,
            EUROPE.founding_participants[-1].listed_as,
        )

    def test_member_ids_reused_not_duplicated(self) -> None:
        """Hub participants that are 2022 members reference the roster's ids.

        Tencent Cloud is ``tencent``, H3C ``h3c``, Inspur ``inspur``; none is duplicated here.
        """
        listed = {p.listed_as: p.organization for p in ASIA.founding_participants}
        assert ("tencent", "h3c", "inspur", "ant-group") == (
            listed["Tencent Cloud"],
            listed["H3C"],
            listed["Inspur"],
            listed["Ant Group"],
        )
        assert not ROSTER_IDS & {o.id for o in DATA.organizations}

    def test_every_participant_resolves(self) -> None:
        """Every participant is a community organisation or a roster member."""
        assert () == DATA.unresolved(ROSTER_IDS)

    def test_listed_names_are_names_or_aliases(self) -> None:
        """For the organisations held here, the listed name is the name or an alias."""
        for hub in DATA.hubs:
            for p in hub.founding_participants:
                if p.organization not in ROSTER_IDS:
                    assert DATA.organization(p.organization).known_as(p.listed_as)

    def test_ow2_is_partner_and_participant(self) -> None:
        """OW2 is recorded both as an associate partnership and a European hub participant."""
        assert EUROPE.is_founding_participant("ow2")
        assert PartnershipKind.ASSOCIATE == DATA.partnership("ow2").kind


def _m(org: str, tier: Tier, signed: date, term_end: date | None = None) -> Membership:
    return Membership(
        organization=org, tier=tier, signed=signed, approved=signed, term_end=term_end
    )


class TestHubParticipation:
    """Who may take part in a hub.

    Announcement: "Any OpenInfra Foundation organizational member can participate in their
    respective regional hubs at no additional cost." Silent on non-members.
    """

    MEMBERSHIPS = (
        _m("nipa-cloud", Tier.GOLD, date(2021, 6, 1)),
        _m("bitergia", Tier.SILVER, date(2022, 1, 1), term_end=date(2023, 12, 31)),
        _m("osb-alliance", Tier.ASSOCIATE, date(2022, 1, 1)),
    )

    NIPA = DATA.region_of("nipa-cloud")
    OSB = DATA.region_of("osb-alliance")
    # A hypothetical recorded region (no source states Bitergia's), for the membership's end.
    BITERGIA = OrganizationRegion(organization="bitergia", region=Region.EUROPE)

    def _asia(self, org: str, region: OrganizationRegion | None, day: date) -> HubParticipation:
        return check_hub_participation(org, ASIA, self.MEMBERSHIPS, as_of=day, region=region)

    def _europe(self, org: str, region: OrganizationRegion | None, day: date) -> HubParticipation:
        return check_hub_participation(org, EUROPE, self.MEMBERSHIPS, as_of=day, region=region)

    def test_member_participates_at_no_cost(self) -> None:
        """A Gold member from Thailand may take part in OpenInfra Asia at no additional cost."""
        p = self._asia("nipa-cloud", self.NIPA, date(2024, 1, 1))
        assert (Status.PASSED, Decimal(0)) == (p.decision.outcome, p.additional_cost)
        assert "seed-regional-hubs" == p.decision.checks[0].citation.document

    def test_associate_is_an_organisational_member(self) -> None:
        """An Associate (non-voting) member from Germany may take part in OpenInfra Europe."""
        p = self._europe("osb-alliance", self.OSB, date(2023, 7, 1))
        assert (Status.PASSED, Decimal(0)) == (p.decision.outcome, p.additional_cost)

    def test_item_6_other_region_is_unknown(self) -> None:
        """Issue 11 item 6: a European member asking about OpenInfra Asia: UNKNOWN, no cost."""
        p = self._asia("osb-alliance", self.OSB, date(2023, 7, 1))
        assert (Status.UNKNOWN, None) == (p.decision.outcome, p.additional_cost)
        assert "respective regional hub" in p.decision.checks[0].reason

    def test_item_6_unrecorded_region_is_unknown(self) -> None:
        """A member whose region is not recorded: UNKNOWN for either hub (never PASSED)."""
        asia = self._asia("nipa-cloud", None, date(2024, 1, 1))
        europe = self._europe("nipa-cloud", None, date(2024, 1, 1))
        assert (Status.UNKNOWN, Status.UNKNOWN) == (asia.decision.outcome, europe.decision.outcome)
        assert "its region is not recorded" in asia.decision.checks[0].reason

    def test_asian_member_in_europe_is_unknown(self) -> None:
        """Nipa Cloud (Thailand) asking about OpenInfra Europe: UNKNOWN."""
        p = self._europe("nipa-cloud", self.NIPA, date(2024, 1, 1))
        assert Status.UNKNOWN == p.decision.outcome

    def test_non_member_unknown_not_refused(self) -> None:
        """For a non-member the announcement is silent: UNKNOWN, with no cost stated."""
        p = self._europe("g-research", None, date(2024, 1, 1))
        assert (Status.UNKNOWN, None) == (p.decision.outcome, p.additional_cost)
        assert "silent on non-members" in p.decision.checks[0].reason

    def test_membership_ended(self) -> None:
        """A member whose term ended on 2023-12-31 passes that day and is unknown the next."""
        last = self._europe("bitergia", self.BITERGIA, date(2023, 12, 31))
        after = self._europe("bitergia", self.BITERGIA, date(2024, 1, 1))
        assert (Status.PASSED, Status.UNKNOWN) == (last.decision.outcome, after.decision.outcome)

    def test_day_before_and_of_founding(self) -> None:
        """The hub did not exist on 2023-06-12; on 2023-06-13 members may take part."""
        before = self._europe("osb-alliance", self.OSB, date(2023, 6, 12))
        on = self._europe("osb-alliance", self.OSB, date(2023, 6, 13))
        assert (Status.NOT_APPLICABLE, Status.PASSED) == (
            before.decision.outcome,
            on.decision.outcome,
        )

    def test_region_of_another_organisation_is_refused(self) -> None:
        """Passing Nipa Cloud's region for OSB Alliance is malformed input."""
        with pytest.raises(InvalidInputError) as err:
            self._asia("osb-alliance", self.NIPA, date(2024, 1, 1))
        assert ("region.organization",) == err.value.paths

    @given(
        st.sampled_from(["nipa-cloud", "osb-alliance", "bitergia", "g-research"]),
        st.sampled_from([None, *DATA.regions]),
        st.sampled_from([ASIA, EUROPE]),
        st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 12, 31)),
    )
    def test_never_failed(
        self, org: str, region: OrganizationRegion | None, hub: RegionalHub, day: date
    ) -> None:
        """Whatever the organisation, region, hub and day, the answer is never FAILED."""
        if region is not None and region.organization != org:
            region = None
        p = check_hub_participation(org, hub, self.MEMBERSHIPS, as_of=day, region=region)
        assert Status.FAILED != p.decision.outcome


class TestProjectsAndPartnerships:
    """Hosted projects and partnerships.

    Join page: the projects the foundation supports; partnerships page: CESI, ETSI, OSI
    (affiliate), OW2 (associate), OCI (member).
    """

    def test_projects(self) -> None:
        """The six hosted projects, by id."""
        assert {
            "openstack", "kata-containers", "starlingx", "airship", "zuul", "openinfra-labs",
        } == {p.id for p in DATA.projects}  # fmt: skip
        assert 2017 == DATA.project("kata-containers").launched_in

    def test_partnerships(self) -> None:
        """The five partnerships and their kinds, by partner id."""
        assert {
            "cesi": PartnershipKind.STRATEGIC_PARTNERSHIP,
            "etsi": PartnershipKind.COLLABORATION,
            "open-source-initiative": PartnershipKind.AFFILIATE,
            "ow2": PartnershipKind.ASSOCIATE,
            "open-container-initiative": PartnershipKind.MEMBER,
        } == {p.partner: p.kind for p in DATA.partnerships}

    def test_alias_resolution(self) -> None:
        """Partners and participants are found by the names the sources use."""
        assert ("open-source-initiative", "cesi", "open-container-initiative") == (
            DATA.organization("OSI").id,
            DATA.organization("cesi").id,
            DATA.organization("The Open Container Initiative").id,
        )
        assert "societe-generale" == DATA.organization("Société Générale").id
        with pytest.raises(KeyError):
            DATA.organization("Facebook")

    def test_every_fact_has_a_source(self) -> None:
        """Every organisation, hub, project and partnership cites its source."""
        sources = [
            *(o.sources for o in DATA.organizations),
            *(h.sources for h in DATA.hubs),
            *(p.sources for p in DATA.projects),
            *(p.sources for p in DATA.partnerships),
        ]
        assert 43 == len(sources)
        assert all(sources)


class TestBadInput:
    """Duplicate ids, unknown references and malformed documents are refused by path."""

    def test_duplicates_and_unknown_partner(self) -> None:
        """All problems are reported at once, each named."""
        with pytest.raises(InvalidInputError) as err:
            CommunityData(
                organizations=(Organization(id="a", name="A"), Organization(id="a", name="B")),
                projects=(
                    HostedProject(id="p", name="P", url="u"),
                    HostedProject(id="p", name="P", url="u"),
                ),
                partnerships=(
                    Partnership(partner="zz", kind=PartnershipKind.MEMBER, summary="s"),
                ),
            )
        assert ("organizations[1].id", "projects[1].id", "partnerships[0].partner") == (
            err.value.paths
        )

    def test_alias_naming_two_organisations(self) -> None:
        """One name cannot stand for two organisations."""
        with pytest.raises(InvalidInputError) as err:
            CommunityData(
                organizations=(
                    Organization(id="a", name="A", aliases=("X",)),
                    Organization(id="b", name="X"),
                )
            )
        assert ("organizations[1].aliases",) == err.value.paths

    def test_participant_listed_twice(self) -> None:
        """A hub lists a participant once."""
        with pytest.raises(InvalidInputError) as err:
            RegionalHub(
                id="h",
                name="H",
                based_in="B",
                founded=date(2023, 6, 13),
                founding_participants=(HubParticipant("a", "A"), HubParticipant("a", "A")),
            )
        assert ("founding_participants[1].organization",) == err.value.paths

    @pytest.mark.parametrize("bad", [True, 17, "2017"])
    def test_bad_launch_year(self, bad: object) -> None:
        """A launch year is an int year, not a bool, string or small number."""
        with pytest.raises(InvalidInputError) as err:
            HostedProject(id="p", name="P", url="u", launched_in=bad)  # type: ignore[arg-type]
        assert ("launched_in",) == err.value.paths

    def test_document_version_refused(self) -> None:
        """A document of a newer version is refused."""
        raw = _raw()
        raw["version"] = 3
        with pytest.raises(InvalidInputError) as err:
            structure_document(raw, CommunityData)
        assert ("version",) == err.value.paths

    def test_document_errors_named_by_path(self) -> None:
        """A bad slug, a malformed date and an unknown key are each named by path."""
        raw = _raw()
        raw["data"]["hubs"][0]["founding_participants"][2]["organization"] = "Bad Id"
        raw["data"]["hubs"][1]["founded"] = "2023-6-13"
        raw["data"]["projects"][0]["extra"] = 1
        with pytest.raises(InvalidInputError) as err:
            structure_document(raw, CommunityData)
        assert (
            "hubs[0].founding_participants[2].organization",
            "hubs[1].founded",
            "projects[0].extra",
        ) == err.value.paths


class TestRoundTrip:
    """Every community class goes through the converter and back unchanged."""

    def test_bundled_data_round_trips(self) -> None:
        """The bundled community data survives a document round trip."""
        assert DATA == structure_document(unstructure_document(DATA), CommunityData)

    def test_bundled_file_is_canonical(self) -> None:
        """The bundled file is exactly what the converter writes (no hand-edited drift)."""
        assert _raw() == json.loads(dumps_document(DATA))

    def test_participation_round_trips(self) -> None:
        """A participation answer (with its Decision) round-trips, for member and non-member."""
        for org in ("nipa-cloud", "acme"):
            p = check_hub_participation(
                org, ASIA, TestHubParticipation.MEMBERSHIPS, as_of=date(2024, 1, 1)
            )
            assert p == loads(dumps(p), HubParticipation)

    @given(strategies.community_data())
    def test_generated_community_data_round_trips(self, data: CommunityData) -> None:
        """Generated community data survives a document round trip."""
        assert data == loads_document(dumps_document(data), CommunityData)

    @given(strategies.hub_participants(), strategies.regional_hubs(), strategies.partnerships())
    def test_generated_parts_round_trip(
        self, participant: HubParticipant, hub: RegionalHub, partnership: Partnership
    ) -> None:
        """Generated participants, hubs and partnerships round-trip on their own."""
        assert participant == loads(dumps(participant), HubParticipant)
        assert hub == loads(dumps(hub), RegionalHub)
        assert partnership == loads(dumps(partnership), Partnership)

    @given(strategies.hosted_projects())
    def test_generated_projects_round_trip(self, project: HostedProject) -> None:
        """Generated projects round-trip."""
        assert project == loads(dumps(project), HostedProject)


class TestCombinedDataset:
    """The bundled roster and community data together: one organisation per real company.

    DECISIONS §3: duplicate ids and references to unknown ids are refused; organisations carry
    the names the sources use as aliases.
    """

    def test_no_duplicate_ids_or_aliases(self) -> None:
        """The two datasets combine into one valid roster (no id or name used twice)."""
        combined = _combined()
        assert len(ROSTER.organizations) + len(DATA.organizations) == len(
            combined.organizations_by_id
        )

    def test_agreed_ids_are_in_the_roster(self) -> None:
        """The ids agreed for the 2022 members are the roster's."""
        assert AGREED_IDS <= ROSTER_IDS

    def test_all_references_resolve(self) -> None:
        """Every hub participant is an organisation of the combined dataset."""
        assert () == DATA.unresolved(ROSTER_IDS)

    def test_every_listed_name_resolves_to_its_id(self) -> None:
        """Each name a hub list uses resolves, by name or alias, to the recorded id."""
        combined = _combined()
        for hub in DATA.hubs:
            for p in hub.founding_participants:
                assert p.organization == combined.organization(p.listed_as).id

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("Facebook", "meta"),
            ("Meta", "meta"),
            ("Ubuntu", "canonical"),
            ("Canonical", "canonical"),
            ("Jinan Inspur", "inspur"),
            ("Inspur", "inspur"),
            ("New H3C", "h3c"),
            ("H3C", "h3c"),
            ("99Cloud Inc.", "99cloud"),
            ("99cloud", "99cloud"),
            ("Ant Group", "ant-group"),
            ("Ant Financial", "ant-group"),
            ("Tencent Cloud", "tencent"),
            ("OSI", "open-source-initiative"),
        ],
    )
    def test_alias_resolution(self, name: str, expected: str) -> None:
        """Names as the sources spell them resolve to one organisation each."""
        assert expected == _combined().organization(name).id

    def test_participation_with_bundled_memberships(self) -> None:
        """On the founding day, Gold member Nipa Cloud may take part; OneQode's is UNKNOWN."""
        day = date(2023, 6, 13)
        member = check_hub_participation(
            "nipa-cloud", ASIA, ROSTER.memberships, as_of=day, region=DATA.region_of("nipa-cloud")
        )
        other = check_hub_participation("oneqode", ASIA, ROSTER.memberships, as_of=day)
        assert (Status.PASSED, Status.UNKNOWN) == (
            member.decision.outcome,
            other.decision.outcome,
        )


class TestCommandLine:
    """The ``community`` sub-command lists the bundled hubs, projects and partnerships."""

    def test_community_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The listing names both hubs, every project and every partner."""
        assert 0 == main(["community"])
        out = capsys.readouterr().out
        for text in ("OpenInfra Asia (Singapore)", "OpenInfra Europe (Belgium)", "Zuul", "OW2"):
            assert text in out
