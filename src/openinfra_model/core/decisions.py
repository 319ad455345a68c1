"""What every rule returns: a :class:`Decision` made of :class:`Check` objects.

A rule examines one or more clauses; each examined clause gives one :class:`Check` with its
status, the rule's stable id, the clause's :class:`~openinfra_model.core.citations.Citation` and a
reason in plain words. The :class:`Decision` is the list of checks plus the overall outcome,
which is the worst of them (``FAILED`` > ``UNKNOWN`` > ``WAIVED`` > ``PASSED``; a decision whose
every check is ``NOT_APPLICABLE`` is ``NOT_APPLICABLE``).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, NoReturn

import attrs

from openinfra_model.core._scope import ACTIVE as _ACTIVE
from openinfra_model.core.citations import Citation
from openinfra_model.core.deprecations import CallableTuple
from openinfra_model.core.render import check_rows, decision_html
from openinfra_model.core.validate import typed

if TYPE_CHECKING:
    from collections.abc import Iterable


__all__ = ["Check", "Decision", "Status"]


class Status(enum.Enum):
    """The status of one examined clause, or of a whole decision."""

    PASSED = "passed"
    """The clause is met."""
    FAILED = "failed"
    """The clause is broken."""
    WAIVED = "waived"
    """The clause is broken but a recorded waiver applies."""
    NOT_APPLICABLE = "not_applicable"
    """The clause does not apply on that date or to that party."""
    UNKNOWN = "unknown"
    """The sources are silent, or a needed fact is missing; the reason says which."""


# Severity order for the outcome: FAILED > UNKNOWN > WAIVED > PASSED > NOT_APPLICABLE.
_SEVERITY = {
    Status.NOT_APPLICABLE: 0,
    Status.PASSED: 1,
    Status.WAIVED: 2,
    Status.UNKNOWN: 3,
    Status.FAILED: 4,
}


def worst(statuses: Iterable[Status]) -> Status:
    """Combine statuses by the fixed severity order.

    Example:
        >>> worst([Status.PASSED, Status.UNKNOWN, Status.NOT_APPLICABLE])
        <Status.UNKNOWN: 'unknown'>
        >>> worst([])
        <Status.NOT_APPLICABLE: 'not_applicable'>
    """
    result = Status.NOT_APPLICABLE
    rank = 0
    for s in statuses:
        r = _SEVERITY[s]
        if r > rank:
            result, rank = s, r
    return result


@attrs.frozen(field_transformer=typed)
class Check:
    """One clause examined by a rule.

    Attributes:
        rule_id: The stable dotted id of the rule (``"membership.platinum.fte"``); it names the
            rule, not the section, because sections get renumbered.
        status: What the clause gives for the facts examined.
        citation: The clause, with its document, text date and section.
        reason: Why, in plain words, with the facts that decided it.
    """

    rule_id: str
    status: Status
    citation: Citation
    reason: str

    def __str__(self) -> str:
        """Render as one line: status, rule id, reason and citation."""
        return f"[{self.status.value}] {self.rule_id}: {self.reason} ({self.citation})"

    def __repr__(self) -> str:
        """One short line: status, rule id and the start of the reason (``str()`` has it all).

        Example:
            >>> from datetime import date
            >>> from openinfra_model.core.citations import Citation
            >>> Check(
            ...     "x.y", Status.FAILED, Citation("bylaws", date(2021, 9, 29), "4.2"), "too many"
            ... )
            <Check failed x.y: too many>
        """
        reason = self.reason if len(self.reason) <= 60 else self.reason[:59].rstrip() + "…"
        return f"<Check {self.status.value} {self.rule_id}: {reason}>"


def _outcome_matches(
    instance: Decision, attribute: attrs.Attribute[Status], value: Status
) -> None:
    expected = worst(c.status for c in instance.checks)
    if value is not expected:
        from openinfra_model.core.errors import InvalidInputError  # noqa: PLC0415

        raise InvalidInputError.at(
            attribute.name,
            f"is {value.value} but the checks give {expected.value}; use Decision.of()",
        )


@attrs.frozen(field_transformer=typed)
class Decision:
    """The answer of a rule: an outcome and every clause examined to reach it.

    Build one with :meth:`Decision.of`, which computes the outcome. A decision is deliberately
    not usable as a boolean (``if decision:`` raises :class:`TypeError`): ``UNKNOWN`` and
    ``WAIVED`` need a choice of the caller's, so compare :attr:`outcome` instead, or use
    :attr:`passed`.

    Attributes:
        outcome: The worst status of the checks.
        checks: Every clause examined, passed ones included, in the order examined.
        rulebook: ``None`` for a decision under the real record; the name of the
            counterfactual rulebook (:class:`~openinfra_model.core.rulebook.Rulebook`) it was
            made under otherwise. The wire format writes it only when set.

    Example:
        >>> from datetime import date
        >>> from openinfra_model.core.citations import Citation
        >>> c = Citation("bylaws", date(2021, 9, 29), "2.3(c)")
        >>> d = Decision.of(Check("membership.platinum.cap", Status.PASSED, c, "no cap"))
        >>> d.outcome
        <Status.PASSED: 'passed'>
        >>> d.passed
        True
    """

    outcome: Status = attrs.field(validator=_outcome_matches)
    checks: tuple[Check, ...]
    rulebook: str | None = attrs.field(default=None, kw_only=True, metadata={"omit_if_none": True})

    @classmethod
    def of(cls, *checks: Check) -> Decision:
        """Build a decision from its checks, computing the outcome.

        Inside ``with using(rulebook):`` for a counterfactual rulebook, the decision carries
        the rulebook's name and the checks resting on a window it changed say so.

        .. versionchanged:: 0.3
           ``rulebook`` set from the rulebook in force.
        """
        scope = _ACTIVE.get()
        if scope is None:
            return cls(worst(c.status for c in checks), checks)
        marked = scope.annotate(checks)
        return cls(worst(c.status for c in marked), marked, rulebook=scope.name)

    @classmethod
    def trusted(cls, outcome: Status, checks: tuple[Check, ...]) -> Decision:
        """Build a decision whose outcome the caller computed (hot paths, such as rolls).

        Under a counterfactual rulebook it is built as :meth:`of` builds it, so that it carries
        the rulebook's name and marks the checks resting on a changed window.

        .. versionadded:: 0.3
        """
        if _ACTIVE.get() is None:
            return cls(outcome, checks)
        return cls.of(*checks)

    @classmethod
    def combine(cls, *decisions: Decision) -> Decision:
        """Merge several decisions into one holding all their checks."""
        return cls.of(*(c for d in decisions for c in d.checks))

    @property
    def passed(self) -> bool:
        """Whether the outcome is exactly ``PASSED`` (waived, unknown and n/a are not)."""
        return self.outcome is Status.PASSED

    @property
    def failed(self) -> bool:
        """Whether the outcome is ``FAILED``."""
        return self.outcome is Status.FAILED

    def check(self, rule_id: str) -> Check:
        """Return the check with ``rule_id``.

        Raises:
            UnknownIdError: The rule was not examined (a :class:`KeyError`; the message lists
                the rule ids examined).
        """
        for c in self.checks:
            if c.rule_id == rule_id:
                return c
        from openinfra_model.core.errors import UnknownIdError  # noqa: PLC0415

        raise UnknownIdError("rule id", rule_id, (c.rule_id for c in self.checks))

    @property
    def failures(self) -> tuple[Check, ...]:
        """The checks that are ``FAILED`` or ``UNKNOWN``: what stands in the way.

        .. versionchanged:: 0.2
           A property, like :attr:`passed` and :attr:`failed`; calling it
           (``decision.failures()``) still works for one release and warns.
        """
        return CallableTuple(
            tuple(c for c in self.checks if c.status in {Status.FAILED, Status.UNKNOWN}),
            old="Decision.failures()",
            new="Decision.failures (a property)",
        )

    def explain(self, *, long: bool = False) -> str:
        """Render the decision as readable text, one check a line.

        A citation whose value comes from a paraphrased, inferred or not-found window says so
        (``[inferred]``); the long form adds, under each check, the citation with its
        confidence always stated and the quoted clause.

        Args:
            long: Also show each check's source with its confidence and quote.

        Example:
            >>> from datetime import date
            >>> from openinfra_model.core.citations import Citation, Confidence
            >>> c = Citation("bylaws", date(2021, 9, 29), "2.3(c)", "no more than")
            >>> d = Decision.of(Check("x.y", Status.FAILED, c, "too many"))
            >>> print(d.explain())
            FAILED
              [failed] x.y: too many (bylaws (2021-09-29) §2.3(c))
            >>> i = c.with_confidence(Confidence.INFERRED)
            >>> print(Decision.of(Check("x.y", Status.FAILED, i, "too many")).explain(long=True))
            FAILED
              [failed] x.y: too many (bylaws (2021-09-29) §2.3(c) [inferred])
                source: bylaws (2021-09-29) §2.3(c) [inferred]: "no more than"

        .. versionchanged:: 0.2
           ``long``; citations show the confidence of inferred and not-found windows.
        """
        lines = [self.outcome.name]
        for c in self.checks:
            lines.append(f"  {c}")
            if long:
                lines.append(f"    source: {c.citation.long()}")
        return "\n".join(lines)

    def __bool__(self) -> NoReturn:
        """Refuse truth-testing: a decision is more than yes or no."""
        msg = "a Decision is not a boolean: compare .outcome, or use .passed"
        raise TypeError(msg)

    def __repr__(self) -> str:
        """One line: the outcome and how many checks gave each status.

        Example:
            >>> from datetime import date
            >>> from openinfra_model.core.citations import Citation
            >>> c = Citation("bylaws", date(2021, 9, 29), "2.3(c)")
            >>> Decision.of(
            ...     Check("x.y", Status.FAILED, c, "too many"),
            ...     Check("x.z", Status.PASSED, c, "ok"),
            ... )
            <Decision FAILED: 2 checks (1 failed, 1 passed)>
        """
        counts: dict[Status, int] = {}
        for c in self.checks:
            counts[c.status] = counts.get(c.status, 0) + 1
        detail = ", ".join(f"{n} {s.name.lower()}" for s, n in counts.items())
        return f"<Decision {self.outcome.name}: {len(self.checks)} checks ({detail})>"

    def _repr_html_(self) -> str:
        """The outcome, then one row a check, coloured by status, with its source and quote."""
        return decision_html(self)

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row a check: rule, status, reason and the citation's parts.

        Example:
            >>> from datetime import date
            >>> from openinfra_model.core.citations import Citation
            >>> c = Citation("bylaws", date(2021, 9, 29), "2.3(c)", "no more than")
            >>> Decision.of(Check("x.y", Status.FAILED, c, "too many")).to_rows()[0]
            ... # doctest: +NORMALIZE_WHITESPACE
            {'rule_id': 'x.y', 'status': 'failed', 'reason': 'too many', 'document': 'bylaws',
             'version': datetime.date(2021, 9, 29), 'section': '2.3(c)', 'confidence': None,
             'quote': 'no more than'}

        .. versionadded:: 0.2
        """
        return check_rows(self.checks)
