"""The bundled default dataset (issue 3, item 2): real members 2012-2026 with their sources."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

import pytest

from openinfra_model import (
    DOCUMENTS,
    InvalidInputError,
    Roster,
    Status,
    Tier,
    default_roster,
    dumps_document,
    load_roster,
    loads_document,
    members_on,
)
from openinfra_model.membership import check_member_caps
from openinfra_model.record.foundation import Precision, foundation_record

if TYPE_CHECKING:
    from pathlib import Path

ROSTER = default_roster()


def _count(day: date, tier: Tier) -> int:
    return len({m.organization for m in members_on(ROSTER.memberships, tier, as_of=day)})


def _ids(day: date, tier: Tier) -> set[str]:
    return {m.organization for m in members_on(ROSTER.memberships, tier, as_of=day)}


class TestLoading:
    """The dataset is read from the package with importlib.resources, through the converter."""

    def test_snapshot(self) -> None:
        """The snapshot is 2026-08-06, the latest board-page version read."""
        assert date(2026, 8, 6) == ROSTER.snapshot

    def test_round_trip(self) -> None:
        """Dumping and loading the dataset gives it back unchanged."""
        assert ROSTER == loads_document(dumps_document(ROSTER), Roster)

    def test_load_file(self, tmp_path: Path) -> None:
        """A roster file loads the same as the bundled one."""
        path = tmp_path / "r.json"
        path.write_text(dumps_document(ROSTER), encoding="utf-8")
        assert ROSTER == load_roster(str(path))

    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that cannot be read is refused with a clear message."""
        with pytest.raises(InvalidInputError, match="cannot read"):
            load_roster(str(tmp_path / "absent.json"))


class TestOrganisations:
    """One organisation per real company, with the names the sources use as aliases."""

    @pytest.mark.parametrize(
        ("name", "org_id"),
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
            ("Ant Financial", "ant-group"),
            ("Ant Group", "ant-group"),
            ("Tencent Cloud", "tencent"),
            ("Tencent", "tencent"),
            ("Red Hat", "red-hat"),
            ("Wind River", "wind-river"),
            ("Deutsche Telekom", "deutsche-telekom"),
            ("China Mobile", "china-mobile"),
            ("Nipa Cloud", "nipa-cloud"),
            ("Vexxhost", "vexxhost"),
            ("ZTE Corporation", "zte"),
        ],
    )
    def test_aliases(self, name: str, org_id: str) -> None:
        """Each name the sources use finds its one organisation."""
        assert org_id == ROSTER.organization(name).id

    def test_every_fact_has_a_source(self) -> None:
        """Every organisation and membership cites at least one known source document."""
        sources = [o.sources for o in ROSTER.organizations]
        sources += [m.sources for m in ROSTER.memberships]
        for cites in sources:
            assert cites
            for cite in cites:
                assert cite.document in DOCUMENTS

    def test_approximations_are_cited(self) -> None:
        """Every membership with an approximated date cites a numbered record choice."""
        rows = {(m.organization, m.tier, m.start): m for m in foundation_record().memberships}
        for m in ROSTER.memberships:
            assert m.term_start is not None
            row = rows[(m.organization, m.tier, m.term_start)]
            choices = [c.section for c in m.sources if c.document == "dataset-choices"]
            if row.start_precision is Precision.APPROXIMATED:
                assert choices
            assert all(re.fullmatch(r"A\d+ \[inferred\]", c) for c in choices)


class TestMembersByYear:
    """Reference 7.1/7.2: the Platinum count of each board snapshot and the Gold lists."""

    @pytest.mark.parametrize(
        ("day", "platinum"),
        [
            (date(2012, 9, 1), 8),
            (date(2014, 12, 31), 8),
            (date(2015, 1, 1), 7),  # Nebula left at the end of 2014
            (date(2021, 1, 28), 9),
            (date(2022, 1, 26), 9),
            (date(2023, 1, 31), 7),
            (date(2024, 1, 29), 5),
            (date(2024, 10, 31), 7),
            (date(2025, 1, 27), 7),
            (date(2025, 6, 2), 7),
            (date(2026, 2, 4), 8),
        ],
    )
    def test_platinum_counts(self, day: date, platinum: int) -> None:
        """The Platinum members in force match the board page's Platinum directors."""
        assert platinum == _count(day, Tier.PLATINUM)

    def test_platinum_2021_list(self) -> None:
        """The 2021-01-28 board's nine Platinum members."""
        expected = {
            "meta", "ericsson", "red-hat", "fiberhome", "tencent",
            "wind-river", "att", "ant-group", "huawei",
        }  # fmt: skip
        assert expected == _ids(date(2021, 1, 28), Tier.PLATINUM)

    def test_platinum_2026_list(self) -> None:
        """The eight Platinum members of the 2026 Governing Board."""
        expected = {
            "wind-river", "ericsson", "ant-group", "huawei",
            "rackspace", "okestro", "cachengo", "viettel",
        }  # fmt: skip
        assert expected == _ids(date(2026, 2, 4), Tier.PLATINUM)

    @pytest.mark.parametrize(
        ("day", "gold"),
        [
            (date(2012, 9, 6), 11),
            (date(2012, 9, 7), 14),
            (date(2014, 4, 15), 16),
            (date(2022, 6, 7), 19),
        ],
    )
    def test_gold_counts(self, day: date, gold: int) -> None:
        """11 founding Gold, 14 from 2012-09-07, 16 from April 2014, 19 in June 2022.

        Intel, NEC and VMware were approved on 2012-09-07; Ericsson and Juniper joined in April
        2014.
        """
        assert gold == _count(day, Tier.GOLD)

    def test_rackspace_okestro_mid_2024(self) -> None:
        """Rackspace and Okestro are Platinum on the 2024-10-31 snapshot, not on 2024-01-29."""
        assert {"rackspace", "okestro"} <= _ids(date(2024, 10, 31), Tier.PLATINUM)
        assert not {"rackspace", "okestro"} & _ids(date(2024, 1, 29), Tier.PLATINUM)

    @pytest.mark.parametrize("day", [date(2012, 9, 1), date(2014, 4, 15), date(2016, 11, 18)])
    def test_caps_respected(self, day: date) -> None:
        """The dataset never breaks the 8 / 24 caps of the OpenStack Foundation era."""
        assert Status.PASSED == check_member_caps(ROSTER.memberships, as_of=day).outcome
