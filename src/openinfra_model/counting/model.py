"""The data of a count: ballots, methods, tie-breaking, rounds and results."""

from __future__ import annotations

import enum
import random
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from openinfra_model.core.decisions import Decision
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.validate import HINT, plain_id, typed
from openinfra_model.elections.model import ElectionKind, VotingMethod

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "RANKED_METHODS",
    "Arithmetic",
    "ArithmeticKind",
    "BallotRules",
    "CandidateState",
    "CandidateVotes",
    "ElectionKind",
    "InvalidBallots",
    "MarkedBallot",
    "PairwiseCount",
    "PassedOver",
    "RankedBallot",
    "Round",
    "SchulzeStrength",
    "SetAsideBallot",
    "TieBreak",
    "TieBreakRule",
    "VotingMethod",
]


def _finite(
    *, minimum: Decimal | None = None, maximum: Decimal | None = None, optional: bool = False
) -> Callable[[object, attrs.Attribute[Any], Any], None]:
    """A validator: a finite Decimal within the bounds (``None`` allowed if optional)."""

    def check(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
        if value is None and optional:
            return
        if not isinstance(value, Decimal) or not value.is_finite():
            raise InvalidInputError.at(attribute.name, f"must be a finite decimal, not {value!r}")
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            raise InvalidInputError.at(
                attribute.name, f"{value} is outside [{minimum}, {maximum}]"
            )

    return check


_ZERO = Decimal(0)

RANKED_METHODS = frozenset({VotingMethod.MEEK_STV, VotingMethod.SCHULZE})
"""The methods that read ranked ballots; the others read marked ballots."""


class InvalidBallots(enum.Enum):
    """What a count does with a ballot that breaks the rules."""

    REFUSE = "refuse"
    """Refuse the whole count with an :class:`~openinfra_model.InvalidInputError`."""
    SET_ASIDE = "set_aside"
    """Leave the ballot out of the count and report it, with the reasons, in the result."""


class ArithmeticKind(enum.Enum):
    """The arithmetic of a Meek count."""

    FIXED = "fixed"
    """Fixed-point decimals with a stated number of digits, rounded as the PR Foundation's
    reference rule says (products and quotients up, the quota truncated plus one unit)."""
    EXACT = "exact"
    """Exact fractions for votes, transfers, quota and surplus; the quota is exactly the Droop
    fraction and a candidate must exceed it. Keep values, the one iterated quantity, are
    rounded up to ``digits`` decimal places (exact iteration grows them without bound)."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class Arithmetic:
    """The arithmetic of a Meek count: ``Arithmetic()`` is the reference rule's 9 digits.

    Example:
        >>> Arithmetic().digits, Arithmetic.exact().kind.value
        (9, 'exact')
    """

    kind: ArithmeticKind = ArithmeticKind.FIXED
    digits: int = attrs.field(default=9)

    @digits.validator
    def _check_digits(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if not 1 <= value <= 30:
            raise InvalidInputError.at("digits", f"must be between 1 and 30, not {value}")

    @classmethod
    def exact(cls, digits: int = 12) -> Arithmetic:
        """Exact fractions, keep values on a grid of ``digits`` decimal places."""
        return cls(kind=ArithmeticKind.EXACT, digits=digits)

    def __str__(self) -> str:
        """Describe the arithmetic in words."""
        if self.kind is ArithmeticKind.EXACT:
            return f"exact fractions, keep values rounded up to {self.digits} decimal places"
        return f"fixed point, {self.digits} decimal places"


class SchulzeStrength(enum.Enum):
    """How the strength of a pairwise defeat is measured in the Schulze method."""

    WINNING_VOTES = "winning_votes"
    """The number of voters preferring the winner of the pair (Schulze's own default)."""
    MARGINS = "margins"
    """The winner's votes less the loser's (the same as winning votes on complete rankings)."""


class TieBreakRule(enum.Enum):
    """How ties are broken."""

    LOT = "lot"
    """A lot drawn once per count from a seed (a shuffle of the sorted candidate ids)."""
    LISTED_ORDER = "listed_order"
    """The order the candidates are listed in (e.g. an order drawn by the election officials):
    a tie goes to the candidate listed first, so the one listed last of a tie is excluded."""
    REFERENCE_ORDER = "reference_order"
    """The reverse of the listed order, so the candidate listed *first* of a tie is excluded
    (the convention of Droop, the PR Foundation's reference counter)."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class TieBreak:
    """The documented, deterministic rule that breaks every tie of a count.

    One priority order of the candidates is fixed before the count (by lot from ``seed``, or
    the listed order) and every tie -- for the last seat, for exclusion, in a Schulze ranking
    -- goes to the candidate earlier in that order. The same seed gives the same lot on every
    run, and the lot does not depend on the order of the ballots or of the candidate list.

    Example:
        >>> TieBreak(seed=7).priority(("ann", "bob", "cy")) == TieBreak(seed=7).priority(
        ...     ("cy", "bob", "ann")
        ... )
        True
        >>> TieBreak(rule=TieBreakRule.LISTED_ORDER).priority(("bob", "ann"))
        ('bob', 'ann')
    """

    rule: TieBreakRule = TieBreakRule.LOT
    seed: int = 0
    order: tuple[str, ...] = ()
    """The list the listed and reference orders read instead of the candidate list (e.g. a
    BLT file's ``[tie ...]`` order); candidates it omits follow in listed order."""

    @classmethod
    def lot(cls, seed: int = 0) -> TieBreak:
        """A lot drawn from ``seed`` (the default rule)."""
        return cls(rule=TieBreakRule.LOT, seed=seed)

    @classmethod
    def listed(cls, order: tuple[str, ...] = ()) -> TieBreak:
        """Ties go to the candidate listed first; the last listed of a tie is excluded."""
        return cls(rule=TieBreakRule.LISTED_ORDER, order=order)

    @classmethod
    def reference(cls, order: tuple[str, ...] = ()) -> TieBreak:
        """The PR Foundation reference counter's order: the first listed of a tie is excluded.

        Example:
            >>> TieBreak.reference().priority(("ann", "bob", "cy"))
            ('cy', 'bob', 'ann')
        """
        return cls(rule=TieBreakRule.REFERENCE_ORDER, order=order)

    @property
    def decider(self) -> str:
        """What decides a tie, in a few words (for the notes of a count)."""
        if self.rule is TieBreakRule.LISTED_ORDER:
            return "the listed order"
        if self.rule is TieBreakRule.REFERENCE_ORDER:
            return "the reference order (reverse of the listed order)"
        return f"the lot (seed {self.seed})"

    def priority(self, candidates: tuple[str, ...]) -> tuple[str, ...]:
        """The candidates, most favoured first."""
        if self.rule is not TieBreakRule.LOT and self.order:
            known = set(candidates)
            listed = tuple(c for c in self.order if c in known)
            candidates = listed + tuple(c for c in candidates if c not in set(listed))
        if self.rule is TieBreakRule.LISTED_ORDER:
            return candidates
        if self.rule is TieBreakRule.REFERENCE_ORDER:
            return candidates[::-1]
        order = sorted(candidates)
        random.Random(self.seed).shuffle(order)  # noqa: S311  (a documented lot, not a secret)
        return tuple(order)

    def __str__(self) -> str:
        """Describe the rule in words."""
        if self.rule is TieBreakRule.LISTED_ORDER:
            return "ties go to the candidate listed first"
        if self.rule is TieBreakRule.REFERENCE_ORDER:
            return "ties go to the candidate listed last (the PR Foundation reference order)"
        return f"ties broken by a lot drawn from seed {self.seed}"


@attrs.frozen(kw_only=True, field_transformer=typed)
class BallotRules:
    """What a marked (non-ranked) ballot may contain.

    Attributes:
        max_votes: The most votes one ballot may cast in all.
        max_per_candidate: The most votes one ballot may give one candidate.

    Example:
        >>> BallotRules.cumulative(8)
        BallotRules(max_votes=8, max_per_candidate=8)
        >>> BallotRules.restricted(votes=6)
        BallotRules(max_votes=6, max_per_candidate=1)
    """

    max_votes: int
    max_per_candidate: int

    @classmethod
    def plurality(cls, seats: int) -> BallotRules:
        """One vote per candidate, up to ``seats`` votes."""
        return cls(max_votes=seats, max_per_candidate=1)

    @classmethod
    def cumulative(cls, seats: int) -> BallotRules:
        """``seats`` votes, any number of them to one candidate (bylaws §3.9(a))."""
        return cls(max_votes=seats, max_per_candidate=seats)

    @classmethod
    def restricted(cls, *, votes: int) -> BallotRules:
        """``votes`` votes, at most one per candidate (2012 Gold vote: 6 for 8 seats)."""
        return cls(max_votes=votes, max_per_candidate=1)


@attrs.frozen(field_transformer=typed)
class MarkedBallot:
    """A plurality, cumulative or restricted ballot: one entry per vote cast.

    A candidate named twice receives two votes (allowed only on cumulative ballots).

    Attributes:
        voter: The voter's id on the roll.
        votes: The candidate ids voted for, one entry per vote.
    """

    voter: str = attrs.field(validator=plain_id)
    votes: tuple[str, ...]


_RANKING_HINT = (
    "a RankedBallot is a strict order, one candidate id a rank; count rankings with equal "
    "preferences (tied candidates) with count_rankings or from a BLT file"
)
"""What a caller who gave a group of tied candidates (or another non-id) in a ranking is told."""


@attrs.frozen(field_transformer=typed)
class RankedBallot:
    """A ranked ballot: candidate ids from first preference down; unranked ones come last.

    A strict order: a group of equally ranked candidates is refused by
    :func:`~openinfra_model.counting.check_ballots`; rankings with ties are counted by
    :func:`~openinfra_model.counting.count_rankings` (and read from BLT files).

    Attributes:
        voter: The voter's id on the roll.
        ranking: The candidates ranked, most preferred first (a partial ranking is allowed).
    """

    voter: str = attrs.field(validator=plain_id)
    ranking: tuple[str, ...] = attrs.field(metadata={HINT: _RANKING_HINT})


@attrs.frozen(kw_only=True, field_transformer=typed)
class SetAsideBallot:
    """A ballot left out of the count, and why.

    Attributes:
        index: The ballot's position in the input.
        voter: The voter id the ballot carries.
        reasons: Each rule the ballot breaks, in plain words.
    """

    index: int
    voter: str = attrs.field(validator=plain_id)
    reasons: tuple[str, ...]


class CandidateState(enum.Enum):
    """Where a candidate stands in a round."""

    HOPEFUL = "hopeful"
    ELECTED = "elected"
    EXCLUDED = "excluded"


@attrs.frozen(kw_only=True, field_transformer=typed)
class CandidateVotes:
    """One candidate's votes in one round.

    Attributes:
        candidate: The candidate id.
        votes: The votes credited (exact, or to the digits of the arithmetic).
        change: The votes gained (+) or lost (-) since the previous round: the transfers.
        keep: The keep value (Meek STV only): the share of each vote reaching the candidate
            that the candidate keeps.
        state: Elected, excluded or still hopeful at the end of the round.
    """

    candidate: str = attrs.field(validator=plain_id)
    votes: Decimal = attrs.field(validator=_finite(minimum=_ZERO))
    change: Decimal = attrs.field(default=_ZERO, validator=_finite())
    keep: Decimal | None = attrs.field(
        default=None, validator=_finite(minimum=_ZERO, maximum=Decimal(1), optional=True)
    )
    state: CandidateState = CandidateState.HOPEFUL


@attrs.frozen(kw_only=True, field_transformer=typed)
class Round:
    """One round of a count.

    For Meek STV a round is the iterations between two decisions (an election or an
    exclusion); it records the state after its last iteration.

    Attributes:
        number: 1 for the first round.
        votes: Every candidate's votes, keep value and state at the end of the round.
        quota: The quota of the round's last iteration (Meek STV), else ``None``.
        exhausted: The weight of votes that reached no candidate still in the count.
        iterations: How many times the votes were distributed in the round.
        elected: The candidates elected in the round.
        excluded: The candidates excluded in the round.
        note: What decided the round, including any tie broken.
    """

    number: int
    votes: tuple[CandidateVotes, ...]
    quota: Decimal | None = attrs.field(
        default=None, validator=_finite(minimum=_ZERO, optional=True)
    )
    exhausted: Decimal = attrs.field(default=_ZERO, validator=_finite(minimum=_ZERO))
    iterations: int = 1
    elected: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    note: str = ""

    def __repr__(self) -> str:
        """One line: the number, the quota and what the round decided."""
        quota = f" quota {self.quota:f}" if self.quota is not None else ""
        decided = [
            *([f"elected {', '.join(self.elected)}"] if self.elected else []),
            *([f"excluded {', '.join(self.excluded)}"] if self.excluded else []),
        ]
        return (
            f"<Round {self.number}:{quota} {len(self.votes)} candidates"
            f"{'; ' + '; '.join(decided) if decided else ''}>"
        )


@attrs.frozen(kw_only=True, field_transformer=typed)
class PairwiseCount:
    """One ordered pair of a Condorcet count.

    Attributes:
        winner: The first candidate of the pair.
        loser: The second candidate of the pair.
        preferring: Voters ranking ``winner`` above ``loser``.
        strongest_path: The strength of the strongest path from ``winner`` to ``loser``.
    """

    winner: str = attrs.field(validator=plain_id)
    loser: str = attrs.field(validator=plain_id)
    preferring: int
    strongest_path: int


@attrs.frozen(kw_only=True, field_transformer=typed)
class PassedOver:
    """A candidate the count placed in a seat but a seating rule kept out.

    Attributes:
        candidate: The candidate passed over.
        decision: The rule examined, with its citation and the reason.
    """

    candidate: str = attrs.field(validator=plain_id)
    decision: Decision
