"""JSON <-> Python value codecs for Edm primitive types.

This module is copied verbatim into every generated client package, so it
depends on the Python standard library only and must stay ``mypy --strict``
clean.

``decoder(kind)`` / ``encoder(kind)`` return plain functions converting one
value.  ``kind`` is the Edm primitive type name without the ``Edm.`` prefix
(``"Guid"``, ``"DateTimeOffset"``, ...).  Decoders accept what ``json.loads``
produces for an OData 4 JSON response or an OData 2/3 verbose JSON response;
encoders produce values that ``json.dumps`` can serialise.

Conventions:

* Every decoder and encoder maps ``None`` to ``None`` (the Stream encoder
  included).
* A decoder given a value of the wrong JSON type, or an unparseable string,
  raises ``ValueError`` naming the kind and a short repr of the value.
  Decoders also accept an already-decoded value of their own result type
  (decoding is idempotent).
* An encoder given a value of the wrong Python type raises ``TypeError``; a
  value of the right type that cannot be represented raises ``ValueError``.
* Unknown kinds get pass-through codecs; ``decoder``/``encoder`` never raise.
* Creatio "empty" sentinels (the zero GUID, ``0001-01-01T00:00:00Z``,
  ``0001-01-01``) decode to ``None``.

Decoders sit on the hot path (20,000-row pages), so the common case of each
one is a type check and a return; the rarer forms live in slow-path helpers.
"""

from __future__ import annotations

import base64
import binascii
import decimal
import enum
import math
import operator
import uuid
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Callable, TypedDict

__all__ = [
    "Decoder",
    "Encoder",
    "decoder",
    "encoder",
    "ZERO_GUID",
    "EMPTY_DATETIME",
    "EMPTY_SENTINELS",
    "GeoJSON",
    "StreamRef",
    "decode_enum",
    "encode_enum",
]

Decoder = Callable[[Any], Any]
Encoder = Callable[[Any], Any]

ZERO_GUID: str = "00000000-0000-0000-0000-000000000000"
EMPTY_DATETIME: str = "0001-01-01T00:00:00Z"
EMPTY_SENTINELS: dict[str, str] = {
    "Guid": ZERO_GUID,
    "DateTimeOffset": EMPTY_DATETIME,
    "DateTime": EMPTY_DATETIME,
    "Date": "0001-01-01",
}


class GeoJSON(TypedDict, total=False):
    """A GeoJSON object, as OData JSON represents Geography/Geometry values."""

    type: str
    coordinates: Any
    crs: Any
    geometries: Any
    bbox: Any


class StreamRef:
    """A stream property value that is not loaded inline (immutable)."""

    __slots__ = (
        "media_read_link",
        "media_edit_link",
        "media_content_type",
        "media_etag",
    )

    media_read_link: str | None
    media_edit_link: str | None
    media_content_type: str | None
    media_etag: str | None

    def __init__(
        self,
        media_read_link: str | None = None,
        media_edit_link: str | None = None,
        media_content_type: str | None = None,
        media_etag: str | None = None,
    ) -> None:
        object.__setattr__(self, "media_read_link", media_read_link)
        object.__setattr__(self, "media_edit_link", media_edit_link)
        object.__setattr__(self, "media_content_type", media_content_type)
        object.__setattr__(self, "media_etag", media_etag)

    def _key(self) -> tuple[str | None, str | None, str | None, str | None]:
        return (
            self.media_read_link,
            self.media_edit_link,
            self.media_content_type,
            self.media_etag,
        )

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"StreamRef is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"StreamRef is immutable (cannot delete {name!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StreamRef):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"StreamRef(media_read_link={self.media_read_link!r}, "
            f"media_edit_link={self.media_edit_link!r}, "
            f"media_content_type={self.media_content_type!r}, "
            f"media_etag={self.media_etag!r})"
        )


# ---------------------------------------------------------------------------
# helpers

_UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_ONE_MICROSECOND = timedelta(microseconds=1)
_US_PER_SECOND = 1_000_000
_US_PER_MINUTE = 60 * _US_PER_SECOND
_US_PER_HOUR = 60 * _US_PER_MINUTE
_US_PER_DAY = 24 * _US_PER_HOUR

_datetime_fromiso = datetime.fromisoformat
_date_fromiso = date.fromisoformat
_time_fromiso = time.fromisoformat


def _short(value: Any) -> str:
    r = repr(value)
    return r if len(r) <= 80 else r[:77] + "..."


def _bad(kind: str, value: Any, detail: str = "") -> ValueError:
    msg = f"cannot decode Edm.{kind} from {_short(value)}"
    if detail:
        msg += f": {detail}"
    return ValueError(msg)


def _bad_type(kind: str, value: Any, expected: str) -> TypeError:
    return TypeError(
        f"cannot encode {_short(value)} as Edm.{kind}: expected {expected}"
    )


def _identity(value: Any) -> Any:
    return value


# ---------------------------------------------------------------------------
# Guid

_GUID_CACHE_MAX = 100_000
_GUID_SEED: dict[Any, uuid.UUID | None] = {None: None, ZERO_GUID: None}
# str -> UUID (or None for the zero GUID).  Lookup columns repeat the same
# few GUIDs across a page, so most decodes are one dict hit.  Bounded by
# clearing; the cache is a pure memo, so races on clear() are harmless.
_guid_cache: dict[Any, uuid.UUID | None] = dict(_GUID_SEED)


def _decode_guid(value: Any) -> uuid.UUID | None:
    try:
        return _guid_cache[value]
    except KeyError:
        pass
    except TypeError:  # unhashable: list / dict
        raise _bad("Guid", value, "expected a GUID string") from None
    return _decode_guid_slow(value)


def _decode_guid_slow(value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return None if value.int == 0 else value
    if type(value) is not str:
        raise _bad("Guid", value, "expected a GUID string")
    try:
        u = uuid.UUID(value)
    except ValueError:
        raise _bad("Guid", value, "not a GUID") from None
    result = None if u.int == 0 else u
    if len(_guid_cache) >= _GUID_CACHE_MAX:
        _guid_cache.clear()
        _guid_cache.update(_GUID_SEED)
    _guid_cache[value] = result
    return result


def _encode_guid(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise ValueError(
                f"cannot encode {_short(value)} as Edm.Guid: not a GUID"
            ) from None
    raise _bad_type("Guid", value, "uuid.UUID")


# ---------------------------------------------------------------------------
# String / Boolean


def _decode_string(value: Any) -> str | None:
    if type(value) is str or value is None:
        return value
    if isinstance(value, str):
        return str(value)
    raise _bad("String", value, "expected a string")


def _encode_string(value: Any) -> str | None:
    if type(value) is str or value is None:
        return value
    if isinstance(value, str):
        return str(value)
    raise _bad_type("String", value, "str")


def _decode_bool(value: Any) -> bool | None:
    if value is True or value is False or value is None:
        return value
    if type(value) is str:
        if value == "true":
            return True
        if value == "false":
            return False
    raise _bad("Boolean", value, "expected a boolean")


def _encode_bool(value: Any) -> bool | None:
    if value is True or value is False or value is None:
        return value
    raise _bad_type("Boolean", value, "bool")


# ---------------------------------------------------------------------------
# integers

_INT_RANGES: dict[str, tuple[int, int]] = {
    "Byte": (0, 255),
    "SByte": (-128, 127),
    "Int16": (-(2**15), 2**15 - 1),
    "Int32": (-(2**31), 2**31 - 1),
    "Int64": (-(2**63), 2**63 - 1),
}


def _make_int_codecs(kind: str) -> tuple[Decoder, Encoder]:
    lo, hi = _INT_RANGES[kind]

    def decode_int_slow(value: Any) -> int:
        # Int64 (and, from some servers, every integer) arrives as a string
        # with IEEE754Compatible=true and in OData 2 verbose JSON.
        if type(value) is str:
            try:
                return int(value)
            except ValueError:
                raise _bad(kind, value, "not an integer") from None
        if type(value) is float and value.is_integer():
            return int(value)
        raise _bad(kind, value, "expected an integer")

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
            raise _bad_type(kind, value, "int")
        else:
            n = operator.index(value)
        if not lo <= n <= hi:
            raise ValueError(
                f"cannot encode {_short(n)} as Edm.{kind}: out of range [{lo}, {hi}]"
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


def _make_float_codecs(kind: str) -> tuple[Decoder, Encoder]:
    def decode_float_slow(value: Any) -> float:
        if type(value) is str:
            special = _FLOAT_SPECIALS.get(value)
            if special is not None:
                return special
            try:
                return float(value)
            except ValueError:
                raise _bad(kind, value, "not a number") from None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise _bad(kind, value, "expected a number")

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
            raise _bad_type(kind, value, "float")
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


def _decode_decimal(value: Any) -> decimal.Decimal | None:
    if value is None:
        return None
    t = type(value)
    if t is str:
        try:
            d = decimal.Decimal(value)
        except (decimal.InvalidOperation, ValueError):
            raise _bad("Decimal", value, "not a decimal number") from None
    elif t is int:
        return decimal.Decimal(value)
    elif t is float:
        # via repr so that 0.1 becomes Decimal("0.1"), not the binary expansion
        d = decimal.Decimal(repr(value))
    elif t is decimal.Decimal:
        d = value
    else:
        raise _bad("Decimal", value, "expected a number or numeric string")
    if not d.is_finite():
        raise _bad("Decimal", value, "not finite")
    return d


def _encode_decimal(value: Any) -> str | None:
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
        raise _bad_type("Decimal", value, "decimal.Decimal")
    elif isinstance(value, int):
        return str(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(
                f"cannot encode {_short(value)} as Edm.Decimal: not finite"
            )
        d = decimal.Decimal(repr(value))
    else:
        raise _bad_type("Decimal", value, "decimal.Decimal")
    if not d.is_finite():
        raise ValueError(f"cannot encode {_short(value)} as Edm.Decimal: not finite")
    return format(d, "f")


# ---------------------------------------------------------------------------
# DateTimeOffset / DateTime


def _parse_ms_date(kind: str, value: str) -> datetime:
    """Parse OData 2/3 verbose JSON ``/Date(<ms>[+|-<offset minutes>])/``.

    ``<ms>`` is taken as milliseconds since the Unix epoch (UTC); the optional
    offset (in minutes) only sets the result's timezone, not the instant.
    """
    s = value.replace("\\/", "/")
    if not (s.startswith("/Date(") and s.endswith(")/")):
        raise _bad(kind, value, "not an ISO 8601 or /Date(...)/ value")
    inner = s[6:-2]
    split = max(inner.find("+", 1), inner.find("-", 1))
    try:
        if split > 0:
            ms = int(inner[:split])
            offset = int(inner[split:])
        else:
            ms = int(inner)
            offset = 0
        dt = _EPOCH + timedelta(milliseconds=ms)
        if offset:
            dt = dt.astimezone(timezone(timedelta(minutes=offset)))
    except (ValueError, OverflowError) as exc:
        raise _bad(kind, value, str(exc)) from None
    return dt


def _parse_datetime_slow(kind: str, value: Any) -> datetime | None:
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        s = value.strip()
        if s[:1] == "/" or s[:2] == "\\/":
            dt = _parse_ms_date(kind, s)
        else:
            try:
                dt = _datetime_fromiso(s.upper())  # lowercase "t"/"z"
            except ValueError as exc:
                raise _bad(kind, value, str(exc)) from None
    else:
        raise _bad(kind, value, "expected an ISO 8601 string")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=_UTC)
    if dt.year == 1 and _is_empty_datetime(dt):
        return None
    return dt


def _is_empty_datetime(dt: datetime) -> bool:
    return (
        dt.year == 1
        and dt.month == 1
        and dt.day == 1
        and dt.hour == 0
        and dt.minute == 0
        and dt.second == 0
        and dt.microsecond == 0
    )


def _make_datetime_decoder(kind: str) -> Decoder:
    def decode_datetime(value: Any) -> datetime | None:
        if type(value) is str:
            try:
                dt = _datetime_fromiso(value)
            except ValueError:
                return _parse_datetime_slow(kind, value)
            # 7-digit (.NET) and longer fractions are truncated to microseconds
            # by fromisoformat (Python >= 3.11).
            if dt.tzinfo is None:
                dt = dt.replace(tzinfo=_UTC)
            if dt.year == 1 and _is_empty_datetime(dt):
                return None  # Creatio's empty date
            return dt
        if value is None:
            return None
        return _parse_datetime_slow(kind, value)

    decode_datetime.__name__ = f"decode_{kind}"
    return decode_datetime


def _make_datetime_encoder(kind: str) -> Encoder:
    def encode_datetime(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise _bad_type(kind, value, "datetime.datetime")
        offset = value.utcoffset()
        if offset is None:  # naive: treated as UTC
            return value.isoformat() + "Z"
        if not offset:
            return value.replace(tzinfo=None).isoformat() + "Z"
        if offset % timedelta(minutes=1):
            # OData offsets are whole minutes
            return value.astimezone(_UTC).replace(tzinfo=None).isoformat() + "Z"
        return value.isoformat()

    encode_datetime.__name__ = f"encode_{kind}"
    return encode_datetime


# ---------------------------------------------------------------------------
# Date / TimeOfDay


def _decode_date_slow(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return None if value == date.min else value
    if not isinstance(value, str):
        raise _bad("Date", value, "expected a date string")
    s = value.strip()
    if s[:1] == "/" or s[:2] == "\\/" or len(s) > 10:
        # "/Date(...)/" or a full timestamp: take its calendar date
        dt = _parse_datetime_slow("Date", s)
        return None if dt is None else dt.date()
    try:
        d = _date_fromiso(s)
    except ValueError as exc:
        raise _bad("Date", value, str(exc)) from None
    return None if d == date.min else d


def _decode_date(value: Any) -> date | None:
    if type(value) is str and len(value) == 10:
        if value == "0001-01-01":
            return None
        try:
            return _date_fromiso(value)
        except ValueError:
            pass
    if value is None:
        return None
    return _decode_date_slow(value)


def _encode_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise _bad_type("Date", value, "datetime.date")


def _decode_time_of_day(value: Any) -> time | None:
    if type(value) is str:
        try:
            return _time_fromiso(value)  # 7-digit fractions truncated
        except ValueError as exc:
            raise _bad("TimeOfDay", value, str(exc)) from None
    if value is None or isinstance(value, time):
        return value
    raise _bad("TimeOfDay", value, "expected a time string")


def _encode_time_of_day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, time):
        t: time = value if value.tzinfo is None else value.replace(tzinfo=None)
        return t.isoformat()
    raise _bad_type("TimeOfDay", value, "datetime.time")


# ---------------------------------------------------------------------------
# Duration / Time (ISO 8601 durations)


def _parse_duration(kind: str, value: str) -> timedelta:
    """Parse ``[-]P[nD][T[nH][nM][n[.f]S]]`` into a timedelta.

    Fractions are allowed on every component; seconds fractions are exact to
    the microsecond (extra digits truncated).  Years, months and weeks have
    no fixed length and raise ValueError.
    """
    s = value.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in "+-":
        negative = s[i] == "-"
        i += 1
    if i >= n or s[i] not in "Pp":
        raise _bad(kind, value, "not an ISO 8601 duration")
    i += 1
    total_us = 0
    in_time = False
    seen_component = False
    last_rank = -1
    ranks = {"D": 0, "H": 1, "M": 2, "S": 3}
    while i < n:
        c = s[i]
        if c in "Tt":
            if in_time:
                raise _bad(kind, value, "not an ISO 8601 duration")
            in_time = True
            i += 1
            continue
        start = i
        while i < n and (s[i].isdigit() or s[i] in ".,"):
            i += 1
        number = s[start:i].replace(",", ".")
        if not number or i >= n or number == ".":
            raise _bad(kind, value, "not an ISO 8601 duration")
        unit = s[i].upper()
        i += 1
        if not in_time and unit in "YMW":
            raise _bad(kind, value, "years, months and weeks are not supported")
        if unit == "D":
            if in_time:
                raise _bad(kind, value, "not an ISO 8601 duration")
            scale = _US_PER_DAY
        elif unit in "HMS" and in_time:
            scale = {"H": _US_PER_HOUR, "M": _US_PER_MINUTE, "S": _US_PER_SECOND}[unit]
        else:
            raise _bad(kind, value, "not an ISO 8601 duration")
        rank = ranks[unit]
        if rank <= last_rank:
            raise _bad(kind, value, "duration components out of order")
        last_rank = rank
        whole, _, frac = number.partition(".")
        if (
            (whole and not whole.isdigit())
            or (frac and not frac.isdigit())
            or not (whole or frac)
        ):
            raise _bad(kind, value, "not an ISO 8601 duration")
        total_us += int(whole or "0") * scale
        if frac:
            # exact integer arithmetic; truncated below one microsecond
            total_us += int(frac) * scale // 10 ** len(frac)
        seen_component = True
    if not seen_component or (in_time and last_rank < 1):
        raise _bad(kind, value, "not an ISO 8601 duration")
    try:
        td = timedelta(microseconds=total_us)
    except OverflowError:
        raise _bad(kind, value, "out of range") from None
    return -td if negative else td


def _time_string_to_timedelta(kind: str, value: str) -> timedelta:
    # Some OData 2 servers send Edm.Time as "13:45:00" instead of "PT13H45M".
    try:
        t = _time_fromiso(value.strip())
    except ValueError as exc:
        raise _bad(kind, value, str(exc)) from None
    return timedelta(
        hours=t.hour, minutes=t.minute, seconds=t.second, microseconds=t.microsecond
    )


def _make_duration_decoder(kind: str) -> Decoder:
    def decode_duration(value: Any) -> timedelta | None:
        if type(value) is str:
            if kind == "Time" and ":" in value and "P" not in value:
                return _time_string_to_timedelta(kind, value)
            return _parse_duration(kind, value)
        if value is None or isinstance(value, timedelta):
            return value
        raise _bad(kind, value, "expected an ISO 8601 duration string")

    decode_duration.__name__ = f"decode_{kind}"
    return decode_duration


def _format_duration(td: timedelta) -> str:
    us = td // _ONE_MICROSECOND
    sign = ""
    if us < 0:
        sign = "-"
        us = -us
    days, us = divmod(us, _US_PER_DAY)
    hours, us = divmod(us, _US_PER_HOUR)
    minutes, us = divmod(us, _US_PER_MINUTE)
    seconds, us = divmod(us, _US_PER_SECOND)
    parts = [sign, "P"]
    if days:
        parts.append(f"{days}D")
    if hours or minutes or seconds or us or not days:
        parts.append("T")
        if hours:
            parts.append(f"{hours}H")
        if minutes:
            parts.append(f"{minutes}M")
        if us:
            parts.append(f"{seconds}.{us:06d}".rstrip("0") + "S")
        elif seconds or not (days or hours or minutes):
            parts.append(f"{seconds}S")
    return "".join(parts)


def _make_duration_encoder(kind: str) -> Encoder:
    def encode_duration(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, timedelta):
            raise _bad_type(kind, value, "datetime.timedelta")
        return _format_duration(value)

    encode_duration.__name__ = f"encode_{kind}"
    return encode_duration


# ---------------------------------------------------------------------------
# Binary

_URLSAFE_TO_STD = str.maketrans("-_", "+/")


def _decode_binary(value: Any) -> bytes | None:
    if type(value) is str:
        s = value
        if "-" in s or "_" in s:
            s = s.translate(_URLSAFE_TO_STD)
        pad = -len(s) % 4
        if pad:
            s += "=" * pad
        try:
            return base64.b64decode(s, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise _bad("Binary", value, str(exc)) from None
    if value is None or type(value) is bytes:
        return value
    raise _bad("Binary", value, "expected a base64 string")


def _encode_binary(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(value).decode("ascii")
    raise _bad_type("Binary", value, "bytes")


# ---------------------------------------------------------------------------
# Stream

_STREAM_KEYS: tuple[tuple[str, ...], ...] = (
    (
        "@odata.mediaReadLink",
        "odata.mediaReadLink",
        "@mediaReadLink",
        "mediaReadLink",
        "media_src",
    ),
    (
        "@odata.mediaEditLink",
        "odata.mediaEditLink",
        "@mediaEditLink",
        "mediaEditLink",
        "edit_media",
    ),
    (
        "@odata.mediaContentType",
        "odata.mediaContentType",
        "@mediaContentType",
        "mediaContentType",
        "content_type",
    ),
    ("@odata.mediaEtag", "odata.mediaEtag", "@mediaEtag", "mediaEtag", "media_etag"),
)


def _stream_field(value: dict[Any, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        v = value.get(key)
        if v is not None:
            return str(v)
    return None


def _decode_stream(value: Any) -> StreamRef | None:
    if value is None:
        return None
    if isinstance(value, StreamRef):
        return value
    if isinstance(value, dict):
        inner = value.get("__mediaresource")  # OData 2/3 verbose JSON
        if isinstance(inner, dict):
            value = inner
        return StreamRef(*(_stream_field(value, keys) for keys in _STREAM_KEYS))
    return StreamRef()


def _encode_stream(value: Any) -> None:
    if value is None:
        return None
    raise TypeError(
        "Edm.Stream values cannot be encoded inline; upload streams separately"
    )


# ---------------------------------------------------------------------------
# Geography / Geometry


def _make_geo_decoder(kind: str) -> Decoder:
    def decode_geo(value: Any) -> dict[str, Any] | None:  # a GeoJSON object
        if type(value) is dict:
            return value.copy()
        if value is None:
            return None
        if isinstance(value, dict):
            return dict(value)
        raise _bad(kind, value, "expected a GeoJSON object")

    decode_geo.__name__ = f"decode_{kind}"
    return decode_geo


# ---------------------------------------------------------------------------
# registry

_DECODERS: dict[str, Decoder] = {
    "Guid": _decode_guid,
    "String": _decode_string,
    "Boolean": _decode_bool,
    "Decimal": _decode_decimal,
    "DateTimeOffset": _make_datetime_decoder("DateTimeOffset"),
    "DateTime": _make_datetime_decoder("DateTime"),
    "Date": _decode_date,
    "TimeOfDay": _decode_time_of_day,
    "Duration": _make_duration_decoder("Duration"),
    "Time": _make_duration_decoder("Time"),
    "Binary": _decode_binary,
    "Stream": _decode_stream,
    "Untyped": _identity,
}
_ENCODERS: dict[str, Encoder] = {
    "Guid": _encode_guid,
    "String": _encode_string,
    "Boolean": _encode_bool,
    "Decimal": _encode_decimal,
    "DateTimeOffset": _make_datetime_encoder("DateTimeOffset"),
    "DateTime": _make_datetime_encoder("DateTime"),
    "Date": _encode_date,
    "TimeOfDay": _encode_time_of_day,
    "Duration": _make_duration_encoder("Duration"),
    "Time": _make_duration_encoder("Time"),
    "Binary": _encode_binary,
    "Stream": _encode_stream,
    "Untyped": _identity,
}
for _kind in _INT_RANGES:
    _DECODERS[_kind], _ENCODERS[_kind] = _make_int_codecs(_kind)
for _kind in ("Single", "Double"):
    _DECODERS[_kind], _ENCODERS[_kind] = _make_float_codecs(_kind)
del _kind


def _normalise_kind(kind: str) -> str:
    return kind[4:] if kind.startswith("Edm.") else kind


def decoder(kind: str) -> Decoder:
    """Return the JSON -> Python decoder for an Edm primitive type name.

    ``kind`` is given without ``Edm.`` (a leading ``Edm.`` is tolerated).
    Unknown kinds get a pass-through decoder.
    """
    kind = _normalise_kind(kind)
    found = _DECODERS.get(kind)
    if found is not None:
        return found
    if kind.startswith(("Geography", "Geometry")):
        geo = _make_geo_decoder(kind)
        _DECODERS[kind] = geo
        return geo
    return _identity


def encoder(kind: str) -> Encoder:
    """Return the Python -> JSON encoder for an Edm primitive type name.

    ``kind`` is given without ``Edm.`` (a leading ``Edm.`` is tolerated).
    Unknown kinds (and Geography/Geometry, sent as GeoJSON) pass through.
    """
    return _ENCODERS.get(_normalise_kind(kind), _identity)


# ---------------------------------------------------------------------------
# enums


def _enum_error(enum_cls: type[enum.Enum], value: Any) -> ValueError:
    return ValueError(f"{_short(value)} is not a valid {enum_cls.__name__} value")


def _enum_part(enum_cls: type[enum.Enum], part: str, value: Any) -> Any:
    try:
        return enum_cls[part]
    except KeyError:
        pass
    # OData allows a member's integer value in place of its name
    digits = part[1:] if part[:1] == "-" else part
    if digits.isdigit():
        try:
            return enum_cls(int(part))
        except ValueError:
            pass
    raise _enum_error(enum_cls, value) from None


def decode_enum(enum_cls: type[enum.Enum], value: Any) -> Any:
    """Decode an OData enum value: ``"Red"``, flags ``"Red,Blue"``, or an int."""
    if type(value) is str:
        try:
            return enum_cls[value]
        except KeyError:
            pass
        if issubclass(enum_cls, enum.Flag):
            parts = [p.strip() for p in value.split(",")]
            if parts == [""]:
                return enum_cls(0)
            result = enum_cls(0)
            for part in parts:
                result |= _enum_part(enum_cls, part, value)
            return result
        return _enum_part(enum_cls, value.strip(), value)
    if value is None:
        return None
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return enum_cls(value)
        except ValueError:
            raise _enum_error(enum_cls, value) from None
    raise _enum_error(enum_cls, value)


def encode_enum(value: Any) -> Any:
    """Encode an enum member as its name; a flag combination as ``"A,B"``.

    A flag value that is itself a declared member (including a declared
    multi-bit member) is encoded by that member's name.  Combinations list
    their single-bit members in declaration order; bits not covered by any
    member are appended as an integer, and an unnamed zero value is ``"0"``.
    Non-enum values (already-encoded names, ints) pass through.
    """
    if not isinstance(value, enum.Enum):
        return value
    cls = type(value)
    name = value.name
    if name is not None and cls.__members__.get(name) is value:
        return name
    if not isinstance(
        value, enum.Flag
    ):  # pragma: no cover - every Enum member has a name
        return name
    bits = value.value
    names: list[str] = []
    covered = 0
    for member in cls:
        mv = member.value
        if mv and (bits & mv) == mv and member.name is not None:
            names.append(member.name)
            covered |= mv
    rest = bits & ~covered
    if rest or not names:
        names.append(str(rest))
    return ",".join(names)
