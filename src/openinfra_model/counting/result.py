"""The result of a count: winners, seats, rounds and set-aside ballots, as text and HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from openinfra_model.core import render
from openinfra_model.core.decisions import Check, Decision, Status
from openinfra_model.core.errors import UnknownIdError
from openinfra_model.core.validate import typed
from openinfra_model.counting.model import (
    CandidateState,
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
            UnknownIdError: ``candidate`` did not stand (a :class:`KeyError`; the message lists
                the candidates).
        """
        for v in self.totals:
            if v.candidate == candidate:
                return v.votes
        raise UnknownIdError("candidate", candidate, (v.candidate for v in self.totals))

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

    def __repr__(self) -> str:
        """One line: method, seats, candidates, ballots, rounds and who was seated.

        Example:
            >>> from openinfra_model import count_rankings
            >>> count_rankings(
            ...     [("ann", "bob")] * 3 + [("bob",)] * 2, candidates=("ann", "bob"), seats=1
            ... )
            <CountResult meek_stv: 1 seat, 2 candidates, 5 ballots, 1 round; seated ann>
        """
        return (
            f"<CountResult {self.method.value}: {_n(self.seats, 'seat')}, "
            f"{_n(len(self.candidates), 'candidate')}, {_n(self.ballots_counted, 'ballot')}, "
            f"{_n(len(self.rounds), 'round')}; seated {', '.join(self.seated) or '(none)'}>"
        )

    def _repr_html_(self) -> str:
        """The seated and final votes, each round collapsible, the checks in colour."""
        esc = render.esc
        summary = render.table(
            ("candidate", "final votes", "elected by the count", "seated"),
            (
                (
                    c,
                    self._final(c),
                    "yes" if c in self.elected else "",
                    "yes" if c in self.seated else "",
                )
                for c in self.order or self.candidates
            ),
            statuses=(
                Status.PASSED if c in self.seated else None for c in self.order or self.candidates
            ),
            total=len(self.order or self.candidates),
        )
        parts = [summary]
        if self.parameters:
            parts.append(f"<p>parameters: {esc(self.parameters)}</p>")
        quiet: list[Round] = []
        for rnd in self.rounds:
            if not (rnd.elected or rnd.excluded) and len(self.rounds) > render.MAX_ROWS:
                quiet.append(rnd)
                continue
            parts.extend(f"<p>{esc(line)}</p>" for line in _quiet_summary(quiet) if line)
            quiet = []
            parts.append(render.details(_round_title(rnd), _round_html(rnd)))
        parts.extend(f"<p>{esc(line)}</p>" for line in _quiet_summary(quiet) if line)
        checks = [*(p.decision.checks[-1] for p in self.passed_over)]
        if self.quorum is not None:
            checks.extend(self.quorum.checks)
        if checks:
            parts.append(render.check_table(checks))
        if self.shortfall:
            parts.append(
                f"<p>Seats left empty (no compliant candidate remained): {self.shortfall}</p>"
            )
        parts.extend(f"<p>Tie: {esc(t)}</p>" for t in self.tie_breaks)
        if self.set_aside:
            parts.append(
                render.details(
                    f"{len(self.set_aside)} ballot(s) set aside",
                    render.table(
                        ("ballot", "voter", "reasons"),
                        ((s.index, s.voter, "; ".join(s.reasons)) for s in self.set_aside),
                        total=len(self.set_aside),
                    ),
                )
            )
        return render.frame(
            f"{self.method.value} count: {self.seats} seat(s), {len(self.candidates)} "
            f"candidate(s), {self.ballots_counted} ballot(s) counted, "
            f"{len(self.set_aside)} set aside; seated: {', '.join(self.seated) or '(none)'}",
            *parts,
        )

    def _final(self, candidate: str) -> Decimal | None:
        try:
            return self.votes_of(candidate)
        except KeyError:
            return None

    def to_rows(self) -> tuple[dict[str, object], ...]:
        """One typed row per candidate per round (a long table), votes as :class:`Decimal`.

        Each row gives the round, its quota and exhausted votes, the candidate's votes,
        transfer (``change``), keep value and state at the end of the round, and whether the
        candidate was elected by the count and seated in the end. A count without rounds gives
        one row per candidate of the final totals, with ``round`` ``None``.

        Example:
            >>> from openinfra_model import count_rankings
            >>> ballots = [("ann", "bob")] * 3 + [("bob",)] * 2
            >>> result = count_rankings(ballots, candidates=("ann", "bob"), seats=1)
            >>> [(r["round"], r["candidate"], r["votes"], r["state"]) for r in result.to_rows()]
            ... # doctest: +NORMALIZE_WHITESPACE
            [(1, 'ann', Decimal('3.000000000'), 'elected'),
             (1, 'bob', Decimal('2.000000000'), 'excluded')]

        .. versionadded:: 0.2
        """
        common = {"method": self.method.value, "seats": self.seats}

        def row(rnd: Round | None, v: CandidateVotes) -> dict[str, object]:
            return {
                **common,
                "round": None if rnd is None else rnd.number,
                "quota": None if rnd is None else rnd.quota,
                "exhausted": None if rnd is None else rnd.exhausted,
                "candidate": v.candidate,
                "votes": v.votes,
                "change": v.change,
                "keep": v.keep,
                "state": v.state.value,
                "elected": v.candidate in self.elected,
                "seated": v.candidate in self.seated,
            }

        if not self.rounds:
            return tuple(row(None, v) for v in self.totals)
        return tuple(row(rnd, v) for rnd in self.rounds for v in rnd.votes)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _round_title(rnd: Round) -> str:
    quota = f", quota {rnd.quota:f}" if rnd.quota is not None else ""
    decided = [
        *([f"elected {', '.join(rnd.elected)}"] if rnd.elected else []),
        *([f"excluded {', '.join(rnd.excluded)}"] if rnd.excluded else []),
    ]
    return f"Round {rnd.number}{quota}: {'; '.join(decided) or 'no decision'}"


def _round_html(rnd: Round) -> str:
    table = render.table(
        ("candidate", "votes", "transfer", "keep", "state"),
        ((v.candidate, v.votes, f"{v.change:+f}", v.keep, v.state) for v in rnd.votes),
        statuses=(_STATE_STATUS.get(v.state) for v in rnd.votes),
        total=len(rnd.votes),
    )
    note = f"<p>{render.esc(rnd.note)}</p>" if rnd.note else ""
    return f"{table}<p>exhausted {rnd.exhausted:f}, {rnd.iterations} iteration(s)</p>{note}"


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


_STATE_STATUS = {
    CandidateState.ELECTED: Status.PASSED,
    CandidateState.EXCLUDED: Status.NOT_APPLICABLE,
}
"""The colour of a candidate's row in a round: elected green, excluded grey."""


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
