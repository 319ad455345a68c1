"""The exceptions of openinfra_model.

Every exception derives from :class:`OpenInfraModelError` and carries the facts of the failure
as attributes, so callers can act on them without parsing messages. A rule never raises for a
"no": it returns a :class:`~openinfra_model.core.decisions.Decision`. Exceptions are for malformed
input and for questions the library cannot answer at all (a date before every rule).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

__all__ = [
    "InvalidInputError",
    "NoRegimeError",
    "OpenInfraModelError",
    "Problem",
    "RegimeConflictError",
    "UnknownIdError",
]


class OpenInfraModelError(Exception):
    """The base class of every error this library raises on purpose."""


@attrs.frozen
class Problem:
    """One thing wrong with an input: where it is and what is wrong.

    Attributes:
        path: Where the bad value sits, as a dotted/indexed path from the document or object
            root (``"memberships[3].tier"``); ``"$"`` is the root itself.
        message: What is wrong with it, in plain words.
    """

    path: str = attrs.field(validator=lambda _i, a, v: _check_text(a.name, v))
    message: str = attrs.field(validator=lambda _i, a, v: _check_text(a.name, v))

    def __str__(self) -> str:
        """Render as ``path: message``."""
        return f"{self.path}: {self.message}"


def _check_text(name: str, value: object) -> None:
    """Check a Problem's path or message: a short enough string without control characters.

    (``core.validate`` cannot be used here: it imports this module.)
    """
    if not isinstance(value, str):
        raise InvalidInputError.at(name, f"expected a string, got a {type(value).__name__}")
    if len(value) > _MAX_TEXT or (
        not value.isprintable()
        and any(
            (c < " " and c not in "\t\n\r") or "\x7f" <= c <= "\x9f" or "\ud800" <= c <= "\udfff"
            for c in value
        )
    ):
        raise InvalidInputError.at(
            name, "must be at most 65,536 characters, without control characters"
        )


_MAX_TEXT = 65_536


class InvalidInputError(OpenInfraModelError, ValueError):
    """Input that the library refuses: every bad field is named by its path.

    Raised by model constructors (an invariant broken), by the converter (a document that is
    not in the wire format) and by rule functions given inconsistent data (a reference to an
    unknown id). All problems found are reported at once, in ``problems``.

    Example:
        >>> err = InvalidInputError.at("term_end", "is before term_start")
        >>> str(err)
        'term_end: is before term_start'
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        """Collect the problems; at least one is required."""
        found = tuple(problems)
        if not found:
            msg = "InvalidInputError needs at least one problem"
            raise ValueError(msg)
        self.problems = found
        super().__init__("\n".join(str(p) for p in found))

    @classmethod
    def at(cls, path: str, message: str) -> InvalidInputError:
        """Build the error for a single bad field."""
        return cls((Problem(path, message),))

    def prefixed(self, prefix: str) -> InvalidInputError:
        """Return the same problems with their paths placed under ``prefix``."""
        return InvalidInputError(Problem(_join(prefix, p.path), p.message) for p in self.problems)

    @property
    def paths(self) -> tuple[str, ...]:
        """The paths of every bad field, in the order found."""
        return tuple(p.path for p in self.problems)


def _join(prefix: str, path: str) -> str:
    if path in {"", "$"}:
        return prefix
    if path.startswith("["):
        return f"{prefix}{path}"
    return f"{prefix}.{path}"


class NoRegimeError(OpenInfraModelError, LookupError):
    """No rule is known for the date asked about (it falls before the first dated window).

    Attributes:
        rule: The stable id of the dated parameter that was looked up.
        as_of: The date asked about.
        first: The first date the parameter is known from.
    """

    def __init__(self, rule: str, as_of: date, first: date) -> None:
        """Record the rule, the date asked about and the first known date."""
        self.rule = rule
        self.as_of = as_of
        self.first = first
        super().__init__(
            f"no rule {rule!r} is known for {as_of.isoformat()}: "
            f"the sources start on {first.isoformat()}"
        )


class RegimeConflictError(OpenInfraModelError):
    """Two dated windows of one parameter claim the same start date.

    Kept apart from :class:`NoRegimeError`: that one means "nothing applies", this one
    means "the table itself is inconsistent".
    """

    def __init__(self, rule: str, start: date) -> None:
        """Record the parameter and the start date claimed twice."""
        self.rule = rule
        self.start = start
        super().__init__(f"rule {rule!r} has two windows starting on {start.isoformat()}")


_SHOWN = 20


class UnknownIdError(OpenInfraModelError, KeyError):
    """A lookup by id found nothing; the message lists the ids that are known.

    A :class:`KeyError`, so ``except KeyError`` catches it as it would a mapping's. The message
    lists the first 20 known ids and says how many more there are; :attr:`known` has them all.

    Attributes:
        kind: What was looked up (``"election"``).
        id: The id asked for.
        known: Every id that would have been found, in their usual order.

    Example:
        >>> err = UnknownIdError("election", "2027-gold", ("2026-gold", "2026-individual"))
        >>> str(err)
        "unknown election '2027-gold'; known: 2026-gold, 2026-individual"

    .. versionadded:: 0.2
    """

    def __init__(self, kind: str, id: str, known: Iterable[str]) -> None:  # noqa: A002
        """Record what was looked up, the id asked for and the known ids."""
        self.kind = kind
        self.id = id
        self.known = tuple(known)
        shown = ", ".join(self.known[:_SHOWN]) or "none"
        more = len(self.known) - _SHOWN
        tail = f" and {more} more" if more > 0 else ""
        super().__init__(f"unknown {kind} {id!r}; known: {shown}{tail}")

    def __str__(self) -> str:
        """The message itself (a plain :class:`KeyError` would show its repr)."""
        return str(self.args[0])


# The errors are part of the top-level API; tracebacks and docs name them there.
for _error in (
    OpenInfraModelError,
    InvalidInputError,
    NoRegimeError,
    RegimeConflictError,
    UnknownIdError,
):
    _error.__module__ = "openinfra_model"
