"""The notebook views of the one-decision results stay exactly as they were.

``_repr_html_()`` and ``to_rows()`` of the results that carry one decision (dues, individual
dues, rights, the Platinum term, the Linux Foundation fee, a hub participation) are rendered
by one shared helper of :mod:`openinfra_model.core.render`. This module holds a snapshot of
each class's ``repr``, HTML and rows for representative instances, taken before the shared
helper replaced the per-class copies: a refactor of the rendering must leave them
byte-identical.

Regenerate (only for an intended change, and say so in the changelog)::

    uv run python tests/test_presentation_snapshots.py
"""

from __future__ import annotations

import json
import pathlib
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from openinfra_model import default_roster, load_community
from openinfra_model.community import check_hub_participation
from openinfra_model.funds import linux_foundation_fee
from openinfra_model.membership import (
    FeeLevel,
    IndividualStatus,
    Membership,
    Tier,
    dues_for,
    individual_dues,
    platinum_term,
    rights_of,
)

SNAPSHOTS = pathlib.Path(__file__).parent / "data" / "presentation-snapshots.json"


def results() -> dict[str, Any]:
    """Representative instances, by name: each class, and each kind of outcome it shows."""
    roster = default_roster()
    hub = load_community().hubs[0]
    platinum = Membership(
        organization="acme",
        tier=Tier.PLATINUM,
        signed=date(2019, 5, 2),
        approved=date(2019, 6, 1),
    )
    return {
        "DuesAssessment platinum 2014": dues_for(Tier.PLATINUM, as_of=date(2014, 1, 15)),
        "DuesAssessment gold 2014 no revenue": dues_for(Tier.GOLD, as_of=date(2014, 1, 15)),
        "DuesAssessment gold 2014 revenue": dues_for(
            Tier.GOLD, as_of=date(2014, 1, 15), annual_revenue=Decimal("1e10")
        ),
        "DuesAssessment gold start-up 2022": dues_for(
            Tier.GOLD, FeeLevel.START_UP, as_of=date(2022, 6, 7)
        ),
        "IndividualDues 2024": individual_dues(
            IndividualStatus.FOUNDATION_MEMBER, as_of=date(2024, 1, 1)
        ),
        "IndividualDues 2015": individual_dues(IndividualStatus.COMMUNITY, as_of=date(2015, 1, 1)),
        "Rights gold 2024": rights_of(Tier.GOLD, as_of=date(2024, 1, 1)),
        "Rights individual 2013": rights_of(
            IndividualStatus.FOUNDATION_MEMBER, as_of=date(2013, 1, 1)
        ),
        "PlatinumTerm 2020": platinum_term(platinum, as_of=date(2020, 6, 1)),
        "PlatinumTerm 2026": platinum_term(platinum, as_of=date(2026, 1, 15)),
        "LinuxFoundationFee 2026": linux_foundation_fee(Decimal(3200000), as_of=date(2026, 1, 1)),
        "HubParticipation 2024": check_hub_participation(
            "ericsson", hub, roster.memberships, as_of=date(2024, 1, 1)
        ),
    }


def views(result: Any) -> dict[str, str]:
    """What a notebook shows of ``result``: its repr, its HTML and its rows (as their repr)."""
    return {
        "repr": repr(result),
        "html": result._repr_html_(),
        "rows": repr(result.to_rows()),
    }


def _snapshots() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = json.loads(SNAPSHOTS.read_text(encoding="utf-8"))
    return found


class TestSnapshots:
    """Every one-decision result renders as its snapshot, to the byte."""

    def test_every_instance_has_a_snapshot(self) -> None:
        """The snapshot file and the instances name the same results."""
        assert sorted(_snapshots()) == sorted(results())

    @pytest.mark.parametrize("name", sorted(results()))
    def test_views_unchanged(self, name: str) -> None:
        """The repr, HTML and rows of one instance equal the snapshot's."""
        assert _snapshots()[name] == views(results()[name])


if __name__ == "__main__":  # pragma: no cover - regenerates the snapshot file
    SNAPSHOTS.write_text(
        json.dumps({k: views(v) for k, v in results().items()}, indent=1, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
