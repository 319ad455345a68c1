"""The rulebook in force in the current context (a :class:`contextvars.ContextVar`).

Kept apart from :mod:`openinfra_model.core.rulebook` so that :mod:`~openinfra_model.core.decisions`
can read it without importing the loader. ``None`` means the real record.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Protocol


class Scope(Protocol):
    """What :class:`~openinfra_model.core.decisions.Decision` asks of the rulebook in force."""

    @property
    def name(self) -> str | None:
        """The rulebook's name (``None`` for the real record)."""

    def annotate(self, checks: tuple[Any, ...]) -> tuple[Any, ...]:
        """The checks, those resting on a changed window saying so in their reason."""


ACTIVE: ContextVar[Scope | None] = ContextVar("openinfra_model_rulebook", default=None)
"""The rulebook of the current context; ``None`` for the real record."""

USED: ContextVar[set[str] | None] = ContextVar("openinfra_model_rulebook_used", default=None)
"""The parameters whose changed windows were looked up inside the current ``using()`` scope."""
