"""Seat candidates in order under a constraint, passing over those who would break it.

The vote-counting methods produce an order of candidates; the board's Director Diversity
Requirement (and the TC's affiliation limit) may forbid seating some of them. The bylaws'
remedy for Individual elections is to seat "the individual having the next highest number of
votes whose admission would not cause a violation" (bylaws §4.15(c), 2021 text; §4.17 before).
:func:`seat_in_order` implements that remedy for any :class:`SeatConstraint`; the board rules
provide the constraints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import attrs

from openinfra_model.core import render
from openinfra_model.core.decisions import Check, Status
from openinfra_model.core.validate import check_arguments, typed

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["SeatConstraint", "Seating", "seat_in_order"]


class SeatConstraint(Protocol):
    """Whether ``candidate`` may take a seat beside those already ``seated``.

    Returns a :class:`Check`: ``PASSED`` (or ``WAIVED``) to seat the candidate, ``FAILED`` to
    pass over them, with the citation of the clause and the reason.
    """

    def __call__(self, seated: tuple[str, ...], candidate: str) -> Check:
        """Examine one candidate."""
        ...


@attrs.frozen(field_transformer=typed)
class Seating:
    """The outcome of seating in order.

    Attributes:
        seated: The candidates seated, in the order seated.
        passed_over: The candidates passed over, each with the failed check that says why.
        checks: Every check made, in order (seated and passed over alike).
        shortfall: Seats left empty because no compliant candidate remained.
    """

    seated: tuple[str, ...]
    passed_over: tuple[tuple[str, Check], ...]
    checks: tuple[Check, ...]
    shortfall: int = 0

    def __repr__(self) -> str:
        """One line: who was seated, how many were passed over, seats left empty."""
        empty = f", {self.shortfall} left empty" if self.shortfall else ""
        return (
            f"<Seating {', '.join(self.seated) or '(none)'}: "
            f"{len(self.passed_over)} passed over{empty}>"
        )

    def _repr_html_(self) -> str:
        """Who was seated, then every check made, coloured by status."""
        return render.frame(repr(self)[1:-1], render.check_table(self.checks))

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row a candidate: seated (in order) or passed over, with the reason.

        .. versionadded:: 0.2
        """
        rows: list[dict[str, object]] = [
            {"candidate": c, "seated": True, "order": i, "rule_id": None, "reason": None}
            for i, c in enumerate(self.seated, 1)
        ]
        rows.extend(
            {
                "candidate": c,
                "seated": False,
                "order": None,
                "rule_id": check.rule_id,
                "reason": check.reason,
            }
            for c, check in self.passed_over
        )
        return tuple(rows)


def seat_in_order(
    order: Sequence[str], seats: int, constraint: SeatConstraint | None = None
) -> Seating:
    """Seat the first ``seats`` candidates of ``order`` that the constraint allows.

    Example:
        >>> from datetime import date
        >>> from openinfra_model.core.citations import Citation
        >>> cite = Citation("bylaws", date(2021, 9, 29), "4.15(c)")
        >>> employer = {"ann": "hp", "bob": "hp", "cy": "ibm"}
        >>> def one_per_company(seated, cand):
        ...     clash = any(employer[s] == employer[cand] for s in seated)
        ...     status = Status.FAILED if clash else Status.PASSED
        ...     return Check("test.one_per_company", status, cite, cand)
        >>> seat_in_order(["ann", "bob", "cy"], 2, one_per_company).seated
        ('ann', 'cy')
    """
    check_arguments(seat_in_order, locals())
    if seats < 0:
        msg = f"seats must be non-negative, not {seats}"
        raise ValueError(msg)
    seated: list[str] = []
    passed: list[tuple[str, Check]] = []
    checks: list[Check] = []
    for cand in order:
        if len(seated) == seats:
            break
        if constraint is None:
            seated.append(cand)
            continue
        check = constraint(tuple(seated), cand)
        checks.append(check)
        if check.status in {Status.PASSED, Status.WAIVED, Status.NOT_APPLICABLE}:
            seated.append(cand)
        else:
            passed.append((cand, check))
    return Seating(tuple(seated), tuple(passed), tuple(checks), seats - len(seated))
