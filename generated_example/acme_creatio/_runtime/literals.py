"""OData 4 URL literals for `$filter` values, and query-string encoding.

``format_literal(value, kind)`` writes one Python value as the literal of an Edm type
(``kind`` without ``Edm.``, a leading ``Edm.`` is tolerated). The forms follow the
OData 4.01 ABNF and what Creatio accepts:

==============  ===========================  ========================================
kind            Python type                  literal
==============  ===========================  ========================================
String          ``str``                      ``'O''Neil'`` (``'`` doubled, no escapes)
Guid            ``uuid.UUID``                ``8eca…`` bare (Creatio refuses quotes)
DateTimeOffset  aware or naive ``datetime``  ``2024-01-02T03:04:05.5Z``: converted to
                                             UTC, naive taken as UTC, fraction trimmed
Date            ``date`` (not datetime)      ``2024-01-02``
TimeOfDay       ``time``                     ``13:45:00``
Duration        ``timedelta``                ``duration'P1DT2H'``
Decimal         ``Decimal`` or ``int``       ``1234.50``: plain digits, no exponent,
                                             no ``M`` suffix (OData 4 has none)
Int16/32/64, …  ``int``                      ``42``, range-checked, no ``L`` suffix
Double, Single  ``float`` or ``int``         ``repr``: shortest round-trip, ``INF``,
                                             ``-INF``, ``NaN``
Boolean         ``bool``                     ``true`` / ``false``
Binary          ``bytes``                    ``binary'AQID'`` (base64url, unpadded)
enum            ``enum.Enum`` member         ``NS.Color'Red'``, flags
                                             ``NS.Style'A,B'``
Untyped, Any    any of the above             inferred from the Python type
==============  ===========================  ========================================

``None`` is ``null`` for every kind. A value of the wrong Python type raises
``TypeError`` (``bool`` is not an integer, ``float`` is not a ``Decimal``, a ``str`` is
not a GUID, a ``datetime`` is not a ``Date``), so a query that type-checks but was
built from bad data fails where it is built, not on the server. A value of the right
type that cannot be written (an ``Int32`` out of range, an infinite ``Decimal``) raises
``ValueError``.

An enum's qualified name comes from the class attribute ``__odata_type__`` when it
has one (else the member is written ``'Red'``, which OData 4.01 servers accept), and
members the generator renamed are mapped back through the enum module's
``WIRE_NAMES``.

``literal_formatter(kind)`` is the same for one kind, as a function of the value (the
query layer keeps one per field); a kind without a literal form (``Geography``,
``Stream``) fails when a value is written, not when the field is declared.

``quote_query_value`` percent-encodes a query option value: a space is ``%20``, never
``+`` (strict OData servers answer 400 to ``+``), and ``&``, ``+``, ``#``, ``%`` and
non-ASCII (as UTF-8) are escaped, while the characters OData syntax is made of
(``$'(),/:;=@!*``) stay readable.
"""

from __future__ import annotations

import base64
import enum
import functools
import math
import re
import sys
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import quote

# decimal, uuid and the codecs are imported on first use: a query layer that only
# loads costs a model import nothing for them (~3 ms).

__all__ = [
    "INT_RANGES",
    "format_literal",
    "kind_of",
    "literal_formatter",
    "quote_query_value",
]

INT_RANGES: dict[str, tuple[int, int]] = {
    "Byte": (0, 255),
    "SByte": (-128, 127),
    "Int16": (-(2**15), 2**15 - 1),
    "Int32": (-(2**31), 2**31 - 1),
    "Int64": (-(2**63), 2**63 - 1),
}
_UTC = timezone.utc


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _wrong(kind: str, value: object, expected: str) -> TypeError:
    return TypeError(
        f"cannot use {_short(value)} ({type(value).__name__}) as an Edm.{kind}"
        f" literal: expected {expected}"
    )


def _string(value: object, kind: str) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise _wrong(kind, value, "str")


def _guid(value: object, kind: str) -> str:
    import uuid

    if isinstance(value, uuid.UUID):
        return str(value)
    hint = " (wrap it in uuid.UUID(...))" if isinstance(value, str) else ""
    raise _wrong(kind, value, "uuid.UUID" + hint)


def _integer(value: object, kind: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong(kind, value, "int")
    lo, hi = INT_RANGES.get(kind, INT_RANGES["Int64"])
    if not lo <= value <= hi:
        raise ValueError(f"{value} is out of range for Edm.{kind} [{lo}, {hi}]")
    return int.__repr__(value)


def _double(value: object, kind: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _wrong(kind, value, "float")
    if isinstance(value, int):
        return int.__repr__(value)
    if math.isfinite(value):
        return float.__repr__(value)
    if math.isnan(value):
        return "NaN"
    return "INF" if value > 0 else "-INF"


def _decimal(value: object, kind: str) -> str:
    import decimal

    if isinstance(value, decimal.Decimal):
        from .numeric import MAX_DECIMAL_DIGITS, decimal_in_range

        if not value.is_finite():
            raise ValueError(f"{_short(value)} is not a finite Edm.Decimal")
        if not decimal_in_range(value):
            raise ValueError(
                f"{_short(value)} has over {MAX_DECIMAL_DIGITS} digits for an Edm.Decimal"
            )
        return format(value, "f")
    if isinstance(value, int) and not isinstance(value, bool):
        return int.__repr__(value)
    hint = " (use decimal.Decimal(...))" if isinstance(value, float) else ""
    raise _wrong(kind, value, "decimal.Decimal or int" + hint)


def _boolean(value: object, kind: str) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise _wrong(kind, value, "bool")


def _trim_fraction(text: str) -> str:
    # "13:45:00.500000" -> "13:45:00.5"; isoformat writes 6 digits or none
    return text.rstrip("0") if "." in text else text


def _datetime(value: object, kind: str) -> str:
    if not isinstance(value, datetime):
        raise _wrong(kind, value, "datetime.datetime")
    offset = value.utcoffset() if value.tzinfo is not None else None
    zone = "Z"
    if offset:
        try:
            value = value.astimezone(_UTC)
        except OverflowError:  # in UTC it is before year 1 or after 9999: keep it local
            minutes, rest = divmod(offset, timedelta(minutes=1))
            if rest:
                raise ValueError(
                    f"{_short(value)} cannot be an Edm.{kind} literal: its UTC time is"
                    " out of range and its offset is not whole minutes"
                ) from None
            sign, minutes = ("-", -minutes) if minutes < 0 else ("+", minutes)
            zone = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return _trim_fraction(value.replace(tzinfo=None).isoformat()) + zone


def _date(value: object, kind: str) -> str:
    if isinstance(value, datetime):
        raise _wrong(kind, value, "datetime.date (not a datetime: use .date())")
    if not isinstance(value, date):
        raise _wrong(kind, value, "datetime.date")
    return value.isoformat()


def _time_of_day(value: object, kind: str) -> str:
    if not isinstance(value, time):
        raise _wrong(kind, value, "datetime.time")
    if value.tzinfo is not None:
        raise ValueError(f"{_short(value)}: Edm.TimeOfDay has no time zone")
    return _trim_fraction(value.isoformat())


def _duration(value: object, kind: str) -> str:
    if not isinstance(value, timedelta):
        raise _wrong(kind, value, "datetime.timedelta")
    from .codecs import encoder

    return f"duration'{encoder('Duration')(value)}'"


def _binary(value: object, kind: str) -> str:
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise _wrong(kind, value, "bytes")
    encoded = base64.urlsafe_b64encode(value).rstrip(b"=").decode("ascii")
    return f"binary'{encoded}'"


def _enum(value: object, kind: str) -> str:
    if not isinstance(value, enum.Enum):
        raise _wrong(kind, value, "an enum member")
    cls = type(value)
    from .codecs import encode_enum

    name = str(encode_enum(value))
    wire_names = getattr(sys.modules.get(cls.__module__), "WIRE_NAMES", None)
    if wire_names:  # {wire name: python name}, written by the generator
        to_wire = {python: wire for wire, python in wire_names.items()}
        name = ",".join(to_wire.get(part, part) for part in name.split(","))
    qualified = getattr(cls, "__odata_type__", None)
    prefix = qualified if isinstance(qualified, str) else ""
    return f"{prefix}'{name}'"


_FORMATTERS: dict[str, Callable[[object, str], str]] = {
    "String": _string,
    "Guid": _guid,
    "Boolean": _boolean,
    "Decimal": _decimal,
    "Double": _double,
    "Single": _double,
    "DateTimeOffset": _datetime,
    "DateTime": _datetime,
    "Date": _date,
    "TimeOfDay": _time_of_day,
    "Duration": _duration,
    "Binary": _binary,
    "enum": _enum,
}
_FORMATTERS.update((kind, _integer) for kind in INT_RANGES)


@functools.cache
def _inferred() -> tuple[tuple[type, str], ...]:
    """Python type -> kind, for AnyField and arithmetic operands; order matters (bool
    is an int, datetime is a date, an IntEnum is an int)."""
    import decimal
    import uuid

    return (
        (enum.Enum, "enum"),
        (bool, "Boolean"),
        (str, "String"),
        (int, "Int64"),
        (float, "Double"),
        (decimal.Decimal, "Decimal"),
        (uuid.UUID, "Guid"),
        (datetime, "DateTimeOffset"),
        (date, "Date"),
        (time, "TimeOfDay"),
        (timedelta, "Duration"),
        (bytes, "Binary"),
        (bytearray, "Binary"),
    )


def kind_of(value: object) -> str:
    """The Edm kind a Python value is written as when the column type is unknown."""
    for cls, kind in _inferred():
        if isinstance(value, cls):
            return kind
    raise TypeError(f"cannot write {_short(value)} as an OData literal")


def format_literal(value: object, kind: str) -> str:
    """The OData 4 URL literal of ``value`` as an Edm ``kind`` (see the module doc)."""
    return literal_formatter(kind)(value)


_BY_KIND: dict[str, Callable[[object], str]] = {}


def literal_formatter(kind: str) -> Callable[[object], str]:
    """``format_literal`` for one kind, as a function of the value (cached)."""
    found = _BY_KIND.get(kind)
    if found is not None:
        return found
    name = kind[4:] if kind.startswith("Edm.") else kind
    base = _FORMATTERS.get(name)
    inferred = name in ("Untyped", "Any", "")

    def formatter(value: object) -> str:
        if value is None:
            return "null"
        if base is not None:
            return base(value, name)
        if not inferred:  # Geography, Stream...: fails when used, not when declared
            raise ValueError(f"no literal form for Edm.{name}")
        actual = kind_of(value)
        return _FORMATTERS[actual](value, actual)

    _BY_KIND[kind] = formatter
    return formatter


# Everything OData syntax uses stays readable; the rest of RFC 3986's reserved set
# that could change how the query string is split or decoded is escaped.
_SAFE = "$'(),/:;=@!*"
_NEEDS_QUOTING = re.compile(r"[^0-9A-Za-z_.~\-$'(),/:;=@!* ]").search


def encode_params(params: Mapping[str, str]) -> str:
    """``$filter=...&$top=10``: a query string (no ``?``), spaces as ``%20``."""
    return "&".join(f"{k}={quote_query_value(v)}" for k, v in params.items())


def quote_query_value(value: str) -> str:
    """Percent-encode a query option value (``%20`` for spaces, never ``+``)."""
    if _NEEDS_QUOTING(value) is None:  # the common case, ~20 times faster
        return value.replace(" ", "%20")
    return quote(value, safe=_SAFE)
