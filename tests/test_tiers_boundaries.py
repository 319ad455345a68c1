"""Tier facts that mutation testing found unpinned (issue 18, item 3; tools/mutation.py tiers).

Every check of the tier rules cites its clause (a mutant replacing a citation with ``None``
went unnoticed), a missing renewal step fails only the day after its deadline, and the renewal
decision keeps the term's own check.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

import pytest

from openinfra_model import Membership, Status, Tier
from openinfra_model.core.citations import Citation
from openinfra_model.membership.tiers import (
    check_board_approval_timing,
    check_gold_approval,
    check_gold_renewal,
    check_member_caps,
    check_platinum_renewal,
    check_platinum_requirements,
    platinum_term,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from openinfra_model.core.decisions import Decision

DAY = timedelta(days=1)
PLATINUM = Membership(
    organization="acme", tier=Tier.PLATINUM, signed=date(2020, 10, 1), approved=date(2020, 10, 1)
)
UNAPPROVED_PLATINUM = Membership(organization="new", tier=Tier.PLATINUM, signed=date(2022, 3, 1))
GOLD = Membership(
    organization="nec", tier=Tier.GOLD, signed=date(2021, 3, 1), approved=date(2021, 3, 1)
)
EARLY_GOLD = Membership(
    organization="old", tier=Tier.GOLD, signed=date(2013, 3, 1), approved=date(2013, 3, 1)
)
DAYS = [date(2014, 6, 1), date(2022, 6, 1), date(2025, 7, 1)]


def _term_decision(m: Membership, day: date) -> Decision:
    return platinum_term(m, as_of=day).decision


def _decisions() -> list[tuple[str, Callable[[], Decision]]]:
    # Built inside each test (not at collection), so that mutation runs see the rules called.
    out: list[tuple[str, Callable[[], Decision]]] = []
    for day in DAYS:
        for m in (PLATINUM, UNAPPROVED_PLATINUM, GOLD, EARLY_GOLD):
            if m.signed > day:
                continue
            key = f"{m.organization}@{day}"
            out.append((f"requirements {key}", partial(check_platinum_requirements, m, as_of=day)))
            out.append((f"gold approval {key}", partial(check_gold_approval, m, as_of=day)))
            out.append((f"timing {key}", partial(check_board_approval_timing, m, as_of=day)))
            out.append((f"term {key}", partial(_term_decision, m, day)))
            out.append((f"renewal {key}", partial(check_platinum_renewal, m, as_of=day)))
            out.append(
                (
                    f"gold renewal {key}",
                    partial(check_gold_renewal, m, as_of=day, notice_given=None),
                )
            )
        out.append(
            (f"caps {day}", partial(check_member_caps, [PLATINUM, GOLD, EARLY_GOLD], as_of=day))
        )
    return out


class TestEveryCheckCites:
    """House rule: every check names its rule and cites a document, version and section."""

    @pytest.mark.parametrize(("label", "rule"), _decisions())
    def test_each_check_has_a_rule_id_and_a_citation(
        self, label: str, rule: Callable[[], Decision]
    ) -> None:
        """Across tiers, eras and outcomes, no check lacks its rule id or its citation."""
        decision = rule()
        expected = [(True, True, True)] * len(decision.checks)
        actual = [
            (
                isinstance(c.citation, Citation),
                isinstance(c.rule_id, str) and c.rule_id != "",
                isinstance(c.reason, str) and c.reason != "",
            )
            for c in decision.checks
        ]
        assert (label, expected) == (label, actual)


class TestGoldRenewalDeadline:
    """Gold Member Policy §1(b): notice "by November 1 of each calendar year"."""

    def test_on_november_1_a_missing_notice_is_still_unknown(self) -> None:
        """The deadline day itself is in time."""
        d = check_gold_renewal(GOLD, as_of=date(2023, 11, 1), notice_given=None)
        assert Status.UNKNOWN == d.outcome

    def test_on_november_2_a_missing_notice_fails(self) -> None:
        """The day after the deadline the term is ending."""
        d = check_gold_renewal(GOLD, as_of=date(2023, 11, 2), notice_given=None)
        assert Status.FAILED == d.outcome


class TestPlatinumRenewalDeadlines:
    """Platinum Member Policy §1(c): the notice window and the answer's deadline."""

    def test_a_missing_notice_fails_only_after_the_window_closes(self) -> None:
        """On the window's last day the notice is unknown; the next day it has failed."""
        term = platinum_term(PLATINUM, as_of=date(2023, 7, 1))
        assert term.notice_closes is not None
        on = check_platinum_renewal(PLATINUM, as_of=term.notice_closes).checks[-2]
        after = check_platinum_renewal(PLATINUM, as_of=term.notice_closes + DAY).checks[-2]
        expected = (
            ("membership.platinum.renewal.notice", Status.UNKNOWN),
            ("membership.platinum.renewal.notice", Status.FAILED),
        )
        assert expected == ((on.rule_id, on.status), (after.rule_id, after.status))

    def test_a_missing_answer_fails_only_after_its_due_day(self) -> None:
        """On the due day the answer is unknown; the next day it has failed."""
        term = platinum_term(PLATINUM, as_of=date(2023, 7, 1))
        assert term.answer_due is not None
        on = check_platinum_renewal(PLATINUM, as_of=term.answer_due).checks[-1]
        after = check_platinum_renewal(PLATINUM, as_of=term.answer_due + DAY).checks[-1]
        assert (Status.UNKNOWN, Status.FAILED) == (on.status, after.status)

    def test_the_renewal_decision_keeps_the_term_check(self) -> None:
        """The term's own check comes first, then the notice and the answer."""
        day = date(2023, 7, 1)
        term = platinum_term(PLATINUM, as_of=day)
        d = check_platinum_renewal(PLATINUM, as_of=day)
        expected = [
            *(c.rule_id for c in term.decision.checks),
            "membership.platinum.renewal.notice",
            "membership.platinum.renewal.answer",
        ]
        assert expected == [c.rule_id for c in d.checks]

    def test_an_initial_term_end_given_moves_the_deadlines(self) -> None:
        """The renewal check uses the initial term end it is given, like platinum_term."""
        day = date(2023, 7, 1)
        given = date(2024, 6, 30)
        term = platinum_term(PLATINUM, as_of=day, initial_term_end=given)
        d = check_platinum_renewal(PLATINUM, as_of=day, initial_term_end=given)
        assert term.answer_due is not None
        assert True is (term.answer_due.isoformat() in d.checks[-1].reason)
