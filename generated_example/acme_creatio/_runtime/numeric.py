"""JSON <-> Python codecs for the Edm number types: the integers (Byte, SByte, Int16,
Int32, Int64), Single and Double, and Decimal.

``codecs.decoder``/``codecs.encoder`` hand these out; the conventions of the codecs
module apply.
"""

from __future__ import annotations

import decimal
import math
import operator
from typing import Any

from .codec_base import Decoder, Encoder, decode_error, encode_type_error, short_repr

__all__ = [
    "INT_RANGES",
    "decode_decimal",
    "encode_decimal",
    "make_float_codecs",
    "make_int_codecs",
]

# ---------------------------------------------------------------------------
# integers

INT_RANGES: dict[str, tuple[int, int]] = {
    "Byte": (0, 255),
    "SByte": (-128, 127),
    "Int16": (-(2**15), 2**15 - 1),
    "Int32": (-(2**31), 2**31 - 1),
    "Int64": (-(2**63), 2**63 - 1),
}


def make_int_codecs(kind: str) -> tuple[Decoder, Encoder]:
    lo, hi = INT_RANGES[kind]

    def decode_int_slow(value: Any) -> int:
        # Int64 (and, from some servers, every integer) arrives as a string
        # with IEEE754Compatible=true and in OData 2 verbose JSON.
        if type(value) is str:
            try:
                return int(value)
            except ValueError:
                raise decode_error(kind, value, "not an integer") from None
        if type(value) is float and value.is_integer():
            return int(value)
        raise decode_error(kind, value, "expected an integer")

    def decode_int(value: Any) -> int | None:
        if type(value) is int or value is None:
            return value
        return decode_int_slow(value)

    def encode_int(value: Any) -> int | None:
        if value is None:
            return None
        n: int
        if type(value) is int:
            n = value
        elif isinstance(value, bool) or not hasattr(value, "__index__"):
            raise encode_type_error(kind, value, "int")
        else:
            n = operator.index(value)
        if not lo <= n <= hi:
            raise ValueError(
                f"cannot encode {short_repr(n)} as Edm.{kind}: out of range [{lo}, {hi}]"
            )
        return n  # Int64 too: emitted as a JSON number

    decode_int.__name__ = f"decode_{kind}"
    encode_int.__name__ = f"encode_{kind}"
    return decode_int, encode_int


# ---------------------------------------------------------------------------
# Single / Double

_FLOAT_SPECIALS: dict[str, float] = {
    "INF": math.inf,
    "-INF": -math.inf,
    "NaN": math.nan,
}


def make_float_codecs(kind: str) -> tuple[Decoder, Encoder]:
    def decode_float_slow(value: Any) -> float:
        if type(value) is str:
            special = _FLOAT_SPECIALS.get(value)
            if special is not None:
                return special
            try:
                return float(value)
            except ValueError:
                raise decode_error(kind, value, "not a number") from None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise decode_error(kind, value, "expected a number")

    def decode_float(value: Any) -> float | None:
        if type(value) is float or value is None:
            return value
        if type(value) is int:
            return float(value)
        return decode_float_slow(value)

    def encode_float(value: Any) -> float | str | None:
        if value is None:
            return None
        f: float
        if type(value) is float:
            f = value
        elif isinstance(value, bool) or not isinstance(
            value, (int, float, decimal.Decimal)
        ):
            raise encode_type_error(kind, value, "float")
        else:
            f = float(value)
        if math.isfinite(f):
            return f
        if math.isnan(f):
            return "NaN"
        return "INF" if f > 0 else "-INF"

    decode_float.__name__ = f"decode_{kind}"
    encode_float.__name__ = f"encode_{kind}"
    return decode_float, encode_float


# ---------------------------------------------------------------------------
# Decimal


# Digits before or after the point that a decimal may have. Far beyond what servers
# store (SQL Server and .NET: 38 and 29 digits), and it keeps a hostile "1E+999999999"
# from becoming a gigabyte of digits when it is written back in fixed-point notation.
MAX_DECIMAL_DIGITS = 1000


def decimal_in_range(d: decimal.Decimal) -> bool:
    return -MAX_DECIMAL_DIGITS <= d.adjusted() < MAX_DECIMAL_DIGITS and (
        d.as_tuple().exponent >= -MAX_DECIMAL_DIGITS  # type: ignore[operator]
    )


def decode_decimal(value: Any) -> decimal.Decimal | None:
    if value is None:
        return None
    t = type(value)
    if t is str:
        try:
            d = decimal.Decimal(value)
        except (decimal.InvalidOperation, ValueError):
            raise decode_error("Decimal", value, "not a decimal number") from None
    elif t is int:
        return decimal.Decimal(value)
    elif t is float:
        # via repr so that 0.1 becomes Decimal("0.1"), not the binary expansion
        d = decimal.Decimal(repr(value))
    elif t is decimal.Decimal:
        d = value
    else:
        raise decode_error("Decimal", value, "expected a number or numeric string")
    if not d.is_finite():
        raise decode_error("Decimal", value, "not finite")
    if not decimal_in_range(d):
        raise decode_error("Decimal", value, f"over {MAX_DECIMAL_DIGITS} digits")
    return d


def encode_decimal(value: Any) -> str | None:
    # Encoded as a JSON string: with IEEE754Compatible=true (which the client
    # should send in Content-Type/Accept) OData 4 requires Decimal as a string,
    # OData 2/3 verbose JSON always uses a string, and a string never loses
    # precision to a float in the server's JSON reader.  Fixed-point notation
    # ("100", not "1E+2") because not every server parses exponents.
    if value is None:
        return None
    if isinstance(value, decimal.Decimal):
        d = value
    elif isinstance(value, bool):
        raise encode_type_error("Decimal", value, "decimal.Decimal")
    elif isinstance(value, int):
        return str(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(
                f"cannot encode {short_repr(value)} as Edm.Decimal: not finite"
            )
        d = decimal.Decimal(repr(value))
    else:
        raise encode_type_error("Decimal", value, "decimal.Decimal")
    if not d.is_finite():
        raise ValueError(
            f"cannot encode {short_repr(value)} as Edm.Decimal: not finite"
        )
    if not decimal_in_range(d):
        raise ValueError(
            f"cannot encode {short_repr(value)} as Edm.Decimal:"
            f" over {MAX_DECIMAL_DIGITS} digits"
        )
    return format(d, "f")
