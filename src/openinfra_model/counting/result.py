"""The result of a count: winners, seats, rounds and set-aside ballots, as text and HTML."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import attrs

from openinfra_model.core.decisions import Check, Decision
from openinfra_model.core.validate import typed
from openinfra_model.counting.model import (
    CandidateVotes,
    PairwiseCount,
    PassedOver,
    Round,
    SetAsideBallot,
    VotingMethod,
)

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["CountResult"]


@attrs.frozen(kw_only=True, field_transformer=typed)
class CountResult:
    """Everything a person needs to audit a count.

    Attributes:
        method: The voting method used.
        seats: The number of seats filled.
        candidates: The candidates standing, as listed.
        order: Every candidate from first to last as the count placed them: for Meek STV the
            elected in order of election, then the rest by final votes, then the excluded in
            reverse order of exclusion; for the other methods their ranking.
        elected: The winners of the count before any seating rule (the first ``seats`` of
            ``order``).
        seated: Who takes the seats after the seating rule (the same as ``elected`` when no
            rule applies or nobody was passed over).
        passed_over: Candidates kept out by the seating rule, with the rule's decision.
        seating_checks: Every check the seating rule made, in order.
        shortfall: Seats left empty because no compliant candidate remained.
        totals: The votes of each candidate in the final round (for Schulze: first
            preferences).
        rounds: Every round of the count.
        pairwise: The pairwise counts and strongest paths (Schulze only).
        ballots_counted: The ballots counted.
        set_aside: The ballots left out of the count, with the reasons.
        tie_breaks: Each tie the count broke, in plain words.
        parameters: The method's parameters in words (arithmetic, tolerance, tie rule...).
        quorum: Whether the election had its quorum (bylaws §3.7; LF Election Procedures §1,
            §2), when the count was asked (``quorum=`` of the count functions); ``UNKNOWN``
            when the number eligible was not given. ``None``: not asked.

    .. versionchanged:: 0.2
       ``quorum``.
    """

    method: VotingMethod
    seats: int
    candidates: tuple[str, ...]
    order: tuple[str, ...]
    elected: tuple[str, ...]
    seated: tuple[str, ...]
    passed_over: tuple[PassedOver, ...] = ()
    seating_checks: tuple[Check, ...] = ()
    shortfall: int = 0
    totals: tuple[CandidateVotes, ...] = ()
    rounds: tuple[Round, ...] = ()
    pairwise: tuple[PairwiseCount, ...] = ()
    ballots_counted: int = 0
    set_aside: tuple[SetAsideBallot, ...] = ()
    tie_breaks: tuple[str, ...] = ()
    parameters: str = ""
    quorum: Decision | None = None

    def votes_of(self, candidate: str) -> Decimal:
        """The final-round votes of one candidate.

        Raises:
            KeyError: ``candidate`` did not stand.
        """
        for v in self.totals:
            if v.candidate == candidate:
                return v.votes
        raise KeyError(candidate)

    def render(self, *, full: bool = False) -> str:
        """Render the result as a readable text table.

        Args:
            full: Every round's table. By default the report is compact: the rounds where
                something was decided (an election or an exclusion) in full, and each run of
                rounds without a decision (the iterations of a traced Meek count) summarised
                in one line.
        """
        head = (
            f"{self.method.value} count: {self.seats} seat(s), {len(self.candidates)} "
            f"candidate(s), {self.ballots_counted} ballot(s) counted, "
            f"{len(self.set_aside)} set aside"
        )
        lines = [head]
        if self.parameters:
            lines.append(f"parameters: {self.parameters}")
        lines.append("")
        width = max((len(c) for c in self.candidates), default=9)
        width = max(width, len("candidate"))
        quiet: list[Round] = []
        for rnd in self.rounds:
            if not full and not (rnd.elected or rnd.excluded):
                quiet.append(rnd)
                continue
            lines.extend(_quiet_summary(quiet))
            quiet = []
            lines.extend(_round_table(rnd, width))
        lines.extend(_quiet_summary(quiet))
        lines.append(f"Elected by the count: {', '.join(self.elected) or '(none)'}")
        lines.extend(
            f"Passed over: {p.candidate}: {p.decision.checks[-1].reason} "
            f"({p.decision.checks[-1].citation})"
            for p in self.passed_over
        )
        if self.shortfall:
            lines.append(f"Seats left empty (no compliant candidate remained): {self.shortfall}")
        lines.append(f"Seated: {', '.join(self.seated) or '(none)'}")
        if self.quorum is not None:
            lines.extend(f"Quorum: {c}" for c in self.quorum.checks)
        lines.extend(f"Tie: {t}" for t in self.tie_breaks)
        lines.extend(
            f"Set aside: ballot {s.index} ({s.voter}): {'; '.join(s.reasons)}"
            for s in self.set_aside
        )
        return "\n".join(lines)

    def __str__(self) -> str:
        """The text table of :meth:`render`."""
        return self.render()

    def _repr_html_(self) -> str:
        esc = html.escape
        head = (
            f"<div><strong>{esc(self.method.value)}</strong>: {self.seats} seat(s); "
            f"seated: {esc(', '.join(self.seated))}"
        )
        parts = [head]
        for rnd in self.rounds:
            quota = f", quota {rnd.quota:f}" if rnd.quota is not None else ""
            rows = "".join(
                f"<tr><td>{esc(v.candidate)}</td><td>{v.votes:f}</td><td>{v.change:+f}</td>"
                f"<td>{'' if v.keep is None else format(v.keep, 'f')}</td>"
                f"<td>{esc(v.state.value)}</td></tr>"
                for v in rnd.votes
            )
            parts.append(
                f"<p>Round {rnd.number}{quota} {esc(rnd.note)}</p><table><thead><tr>"
                "<th>candidate</th><th>votes</th><th>transfer</th><th>keep</th><th>state</th>"
                f"</tr></thead><tbody>{rows}</tbody></table>"
            )
        parts.extend(
            f"<p>Passed over: {esc(p.candidate)}: {esc(p.decision.checks[-1].reason)} "
            f"({esc(str(p.decision.checks[-1].citation))})</p>"
            for p in self.passed_over
        )
        if self.quorum is not None:
            parts.extend(f"<p>Quorum: {esc(str(c))}</p>" for c in self.quorum.checks)
        parts.append("</div>")
        return "".join(parts)


def _quiet_summary(quiet: list[Round]) -> list[str]:
    """One line for a run of rounds where nothing was decided (empty if none)."""
    if not quiet:
        return []
    span = (
        f"Round {quiet[0].number}"
        if len(quiet) == 1
        else f"Rounds {quiet[0].number}-{quiet[-1].number}"
    )
    its = sum(r.iterations for r in quiet)
    return [
        f"{span}: {its} iteration(s), no candidate elected or excluded (full=True shows them)",
        "",
    ]


def _round_table(rnd: Round, width: int) -> list[str]:
    """The table of one round: each candidate's votes, transfer, keep value and state."""
    quota = f", quota {rnd.quota:f}" if rnd.quota is not None else ""
    lines = [
        f"Round {rnd.number}{quota}, exhausted {rnd.exhausted:f}, {rnd.iterations} iteration(s)"
    ]
    keep_col = any(v.keep is not None for v in rnd.votes)
    head = f"  {'candidate':<{width}}  {'votes':>18}  {'transfer':>18}"
    head += f"  {'keep':>14}" if keep_col else ""
    lines.append(f"{head}  state")
    for v in rnd.votes:
        row = f"  {v.candidate:<{width}}  {v.votes:>18f}  {v.change:>+18f}"
        if keep_col:
            row += f"  {v.keep:>14f}" if v.keep is not None else f"  {'':>14}"
        lines.append(f"{row}  {v.state.value}")
    if rnd.elected:
        lines.append(f"  elected: {', '.join(rnd.elected)}")
    if rnd.excluded:
        lines.append(f"  excluded: {', '.join(rnd.excluded)}")
    if rnd.note:
        lines.append(f"  note: {rnd.note}")
    lines.append("")
    return lines
