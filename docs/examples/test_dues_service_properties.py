"""Property tests a service's developer writes with the library's strategies.

They test the dues service (``dues_service.py``, beside this file) on memberships and days
the library draws: valid by construction, with half the days near a rule change. Run them
as any test module: ``pytest test_dues_service_properties.py`` (with ``dues_service.py``
importable).
"""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from dues_service import BadRequestError, answer, main
from hypothesis import given, settings
from hypothesis import strategies as st

from openinfra_model import Membership, Status, Tier, unstructure
from openinfra_model.strategies import dates_near_changes

STATUSES = {s.value for s in Status}


def _request(membership: Membership, day: date) -> dict[str, object]:
    """The JSON request a client would send for this membership and day."""
    return {"as_of": day.isoformat(), "membership": unstructure(membership)}


@settings(max_examples=25)
@given(st.from_type(Membership), dates_near_changes())
def test_every_valid_request_gets_an_explained_answer(membership: Membership, day: date) -> None:
    """Whatever the membership and day, the answer has an outcome and cites every check."""
    result = answer(_request(membership, day))
    for part in (result["in_force"], result["dues"]):
        assert part["outcome"] in STATUSES
        assert part["checks"]
        assert all(c["citation"] and c["reason"] for c in part["checks"])


@settings(max_examples=25)
@given(st.from_type(Membership), dates_near_changes())
def test_dues_are_money_or_explained(membership: Membership, day: date) -> None:
    """A known amount is dollars and cents; an unknown amount comes with an outcome not passed."""
    dues = answer(_request(membership, day))["dues"]
    if dues["amount"] is None:
        assert Status.PASSED.value != dues["outcome"]
    else:
        assert re.fullmatch(r"\d+\.\d\d", dues["amount"])


@settings(max_examples=25)
@given(st.from_type(Membership), dates_near_changes())
def test_the_answer_is_plain_json(membership: Membership, day: date) -> None:
    """The answer survives a JSON round trip unchanged (no dates or Decimals left in it)."""
    result = answer(_request(membership, day))
    assert result == json.loads(json.dumps(result))


@settings(max_examples=25)
@given(
    st.from_type(Membership),
    st.text(min_size=1).filter(lambda t: t not in {tier.value for tier in Tier}),
)
def test_a_bad_tier_is_named_by_its_path(membership: Membership, tier: str) -> None:
    """A tier the wire format does not know is refused, and the problem says where."""
    request = _request(membership, date(2026, 1, 15))
    request["membership"] = {**unstructure(membership), "tier": tier}
    out = io.StringIO()
    assert main([], stdin=io.StringIO(json.dumps(request)), out=out) == 2
    assert any(p.startswith("membership.tier:") for p in json.loads(out.getvalue())["problems"])


def test_a_request_without_a_membership_is_refused() -> None:
    """The missing key is named."""
    with pytest.raises(BadRequestError) as caught:
        answer({"as_of": "2026-01-15"})
    assert caught.value.problems == ["membership: is required but missing"]
