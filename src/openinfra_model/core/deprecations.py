"""Old call forms kept working for one release, each with a ``DeprecationWarning`` (DECISIONS §5).

Three small tools, used where a public signature or spelling changed:

* :func:`keyword_as_of` lets a function whose ``as_of`` became keyword-only still be called
  with the date in its old position;
* :func:`deprecated_alias` keeps an old function name calling the new one;
* :class:`CallableTuple` and :class:`CallableInt` keep ``obj.name()`` working where ``name``
  became a property that gives a tuple or an int.

Each warns once per call site (Python's default filter) and names the new form.
"""

from __future__ import annotations

import functools
import warnings
from datetime import date
from typing import TYPE_CHECKING, ParamSpec, Self, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["CallableInt", "CallableTuple", "deprecated_alias", "keyword_as_of", "warn_deprecated"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

REMOVED_AFTER = "0.2"
"""The release after which the old forms go."""


def warn_deprecated(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that ``old`` is deprecated and name ``new``, its replacement.

    Example:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     warn_deprecated("f(x, day)", "f(x, as_of=day)", stacklevel=2)
        >>> str(caught[0].message)
        'f(x, day) is deprecated and will be removed after 0.2; use f(x, as_of=day)'
    """
    warnings.warn(
        f"{old} is deprecated and will be removed after {REMOVED_AFTER}; use {new}",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def keyword_as_of(position: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Accept ``as_of`` at its old position ``position`` (0-based), with a warning.

    The decorated function declares ``as_of`` keyword-only. A call that passes a date as the
    positional argument at ``position``, and no ``as_of`` keyword, is rewritten to pass it as
    ``as_of=`` and warns. Type checkers see the new, keyword-only signature, so they flag the
    old form.

    Example:
        >>> import warnings
        >>> @keyword_as_of(1)
        ... def on(x: int, *, as_of: date) -> str:
        ...     return f"{x} on {as_of}"
        >>> on(1, as_of=date(2021, 1, 1))
        '1 on 2021-01-01'
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     on(1, date(2021, 1, 1))  # type: ignore[call-arg]
        '1 on 2021-01-01'
        >>> caught[0].category.__name__
        'DeprecationWarning'

    .. versionadded:: 0.2
    """

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        name = getattr(func, "__qualname__", repr(func))

        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if len(args) > position and "as_of" not in kwargs:
                day = args[position]
                if isinstance(day, date):
                    warn_deprecated(
                        f"passing as_of to {name}() by position",
                        f"{name}(..., as_of={day.isoformat()!r})",
                    )
                    call: Callable[..., R] = func
                    return call(*args[:position], *args[position + 1 :], as_of=day, **kwargs)
            return func(*args, **kwargs)

        return wrapper

    return decorate


def deprecated_alias(new: Callable[P, R], old_name: str) -> Callable[P, R]:
    """A function named ``old_name`` that warns and calls ``new``.

    Example:
        >>> import warnings
        >>> def twice(x: int) -> int:
        ...     return 2 * x
        >>> double = deprecated_alias(twice, "double")
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore")
        ...     double(2)
        4
    """
    new_name = getattr(new, "__qualname__", repr(new))

    @functools.wraps(new)
    def alias(*args: P.args, **kwargs: P.kwargs) -> R:
        warn_deprecated(f"{old_name}()", f"{new_name}()")
        return new(*args, **kwargs)

    alias.__name__ = alias.__qualname__ = old_name
    alias.__doc__ = (
        f"Deprecated name of :func:`{new_name}`.\n\n"
        f".. deprecated:: {REMOVED_AFTER}\n   Use :func:`{new_name}`.\n"
    )
    return alias


class CallableTuple(tuple[T, ...]):  # noqa: SLOT001 - tuple subtypes cannot have slots
    """A tuple that may still be called, with a warning, where a method became a property.

    ``decision.failures`` is a property now; old code calling ``decision.failures()`` gets the
    same tuple and a ``DeprecationWarning``. Everywhere else the value is a plain tuple
    (equal to, and hashed like, a tuple with the same items).

    Example:
        >>> t = CallableTuple((1, 2), old="x.items()", new="x.items")
        >>> t == (1, 2)
        True
    """

    _old: str
    _new: str

    def __new__(cls, items: tuple[T, ...] = (), *, old: str, new: str) -> CallableTuple[T]:
        """Hold ``items``; ``old`` and ``new`` name the call form and its replacement."""
        self = super().__new__(cls, items)
        self._old = old
        self._new = new
        return self

    def __call__(self) -> tuple[T, ...]:
        """Give the items, warning that the call form is deprecated."""
        warn_deprecated(self._old, self._new)
        return tuple(self)


class CallableInt(int):
    """An int that may still be called, with a warning, where a method became a property.

    Example:
        >>> n = CallableInt(6, old="e.ballot_count()", new="e.ballot_count")
        >>> n + 1, n == 6
        (7, True)
    """

    _old: str
    _new: str

    def __new__(cls, value: int, *, old: str, new: str) -> Self:
        """Hold ``value``; ``old`` and ``new`` name the call form and its replacement."""
        self = super().__new__(cls, value)
        self._old = old
        self._new = new
        return self

    def __call__(self) -> int:
        """Give the value, warning that the call form is deprecated."""
        warn_deprecated(self._old, self._new)
        return int(self)
