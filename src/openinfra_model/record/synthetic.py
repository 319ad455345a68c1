"""A SYNTHETIC sample of Individual members, for the election roll (never for figures).

Individual members' data is private, so the package ships a generated sample
(``data/individuals-synthetic.json``, a ``synthetic_individuals`` document flagged
``"synthetic": true``): generated names, join dates, OIF agreement dates, status and a vote
history drawn from the stated ``parameters`` with a fixed seed. It feeds ``electorate`` and the
tutorial so that an Individual roll shows real reasons; ``report`` and ``board`` never read it.
"""

from __future__ import annotations

import functools
from datetime import date
from importlib import resources

import attrs

from openinfra_model.core.convert import loads_document
from openinfra_model.core.errors import InvalidInputError
from openinfra_model.core.validate import check_arguments, plain_id, typed
from openinfra_model.membership.model import Individual

__all__ = ["SYNTHETIC_RESOURCE", "SyntheticIndividuals", "VoteHistory", "synthetic_individuals"]

SYNTHETIC_RESOURCE = "individuals-synthetic.json"
"""The file name of the synthetic sample inside ``openinfra_model.data``."""


@attrs.frozen(kw_only=True, field_transformer=typed)
class VoteHistory:
    """Who voted in one (synthetic) election."""

    election: str = attrs.field(validator=plain_id)
    voting_began: date
    voters: tuple[str, ...] = ()

    def __repr__(self) -> str:
        """One line: the election, the first voting day and how many voted."""
        return (
            f"<VoteHistory {self.election} {self.voting_began.isoformat()}: "
            f"{len(self.voters)} voters>"
        )


def _must_be_true(_instance: object, _attribute: object, value: bool) -> None:  # noqa: FBT001
    if value is not True:
        raise InvalidInputError.at("synthetic", "must be true: this document is generated")


@attrs.frozen(kw_only=True, field_transformer=typed)
class SyntheticIndividuals:
    """A generated sample of Individual members, flagged ``synthetic``.

    Attributes:
        synthetic: Always ``True`` (a document without the flag is refused).
        description: What the sample is and is not.
        parameters: The stated parameters it was drawn from.
        individuals: The generated individuals.
        votes: The generated vote history, per election.
    """

    synthetic: bool = attrs.field(validator=_must_be_true)
    description: str
    parameters: dict[str, str] = attrs.field(factory=dict)
    individuals: tuple[Individual, ...] = ()
    votes: tuple[VoteHistory, ...] = ()

    def __repr__(self) -> str:
        """One line: flagged SYNTHETIC, with the number of individuals and vote histories."""
        return (
            f"<SyntheticIndividuals SYNTHETIC: {len(self.individuals)} individuals, "
            f"{len(self.votes)} vote histories>"
        )


@functools.cache
def synthetic_individuals() -> SyntheticIndividuals:
    """The bundled synthetic sample (read once).

    Example:
        >>> s = synthetic_individuals()
        >>> s.synthetic, len(s.individuals), s.individuals[0].id
        (True, 3000, 'synthetic-00000')
    """
    check_arguments(synthetic_individuals, locals())
    text = resources.files("openinfra_model.data").joinpath(SYNTHETIC_RESOURCE).read_bytes()
    return loads_document(text, SyntheticIndividuals)
