"""Exact US-dollar amounts.

Money is a :class:`~decimal.Decimal` with at most two decimal places, finite and never a
float. :func:`usd` builds one from a string or an int; :func:`check_money` is the attrs
validator model classes use for money fields.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from openinfra_model.core.errors import InvalidInputError

__all__ = ["ZERO", "check_money", "usd"]

# The field's own type, so that mypy keeps it (``object`` here would widen every field).
_M = TypeVar("_M")

ZERO = Decimal("0.00")
_CENT = Decimal("0.01")


def usd(amount: str | int | Decimal) -> Decimal:
    """Return an exact USD amount; floats and amounts finer than a cent are refused.

    Example:
        >>> usd("350000")
        Decimal('350000')
        >>> usd(15_000)
        Decimal('15000')
        >>> usd(0.1)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        openinfra_model.InvalidInputError: amount: money must be a str, int or Decimal...
    """
    if isinstance(amount, bool) or not isinstance(amount, str | int | Decimal):
        raise InvalidInputError.at(
            "amount", f"money must be a str, int or Decimal, not {type(amount).__name__}"
        )
    try:
        value = Decimal(amount)
    except InvalidOperation:
        raise InvalidInputError.at("amount", f"{amount!r} is not a decimal amount") from None
    _validate(value, "amount")
    return value


def _validate(value: Decimal, path: str) -> None:
    if not value.is_finite():
        raise InvalidInputError.at(path, f"money must be finite, not {value}")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise InvalidInputError.at(path, f"money has at most two decimals, not {value}")


def check_money(_instance: Any, attribute: Any, value: _M) -> None:  # noqa: ANN401
    """Attrs validator: a finite, non-negative :class:`Decimal` with at most two decimals."""
    if value is None:
        return
    if not isinstance(value, Decimal):
        raise InvalidInputError.at(
            attribute.name, f"money must be a Decimal, not {type(value).__name__}"
        )
    _validate(value, attribute.name)
    if value < 0:
        raise InvalidInputError.at(attribute.name, f"money must not be negative, not {value}")
