"""JSON <-> Python codecs for the Edm date and time types: DateTimeOffset and
DateTime (``datetime``), Date, TimeOfDay, and Duration and OData 2's Time
(``timedelta``, from ISO 8601 durations).

``codecs.decoder``/``codecs.encoder`` hand these out; the conventions of the codecs
module apply.  Creatio's empty dates (``0001-01-01T00:00:00Z``, ``0001-01-01``) decode
to ``None``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from .codec_base import Decoder, Encoder, decode_error, encode_type_error

__all__ = [
    "decode_date",
    "decode_time_of_day",
    "encode_date",
    "encode_time_of_day",
    "make_datetime_decoder",
    "make_datetime_encoder",
    "make_duration_decoder",
    "make_duration_encoder",
]

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


# ---------------------------------------------------------------------------
# DateTimeOffset / DateTime


def _parse_ms_date(kind: str, value: str) -> datetime:
    """Parse OData 2/3 verbose JSON ``/Date(<ms>[+|-<offset minutes>])/``.

    ``<ms>`` is taken as milliseconds since the Unix epoch (UTC); the optional
    offset (in minutes) only sets the result's timezone, not the instant.
    """
    s = value.replace("\\/", "/")
    if not (s.startswith("/Date(") and s.endswith(")/")):
        raise decode_error(kind, value, "not an ISO 8601 or /Date(...)/ value")
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
        raise decode_error(kind, value, str(exc)) from None
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
                raise decode_error(kind, value, str(exc)) from None
    else:
        raise decode_error(kind, value, "expected an ISO 8601 string")
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


def make_datetime_decoder(kind: str) -> Decoder:
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


def make_datetime_encoder(kind: str) -> Encoder:
    def encode_datetime(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise encode_type_error(kind, value, "datetime.datetime")
        offset = value.utcoffset()
        if offset is None:  # naive: treated as UTC
            return value.isoformat() + "Z"
        if not offset:
            return value.replace(tzinfo=None).isoformat() + "Z"
        if offset % timedelta(minutes=1):
            # OData offsets are whole minutes
            try:
                utc = value.astimezone(_UTC)
            except OverflowError:  # before year 1 or after 9999 in UTC
                raise ValueError(
                    f"cannot encode {value!r} as Edm.{kind}: its offset is not whole"
                    " minutes and its UTC time is out of range"
                ) from None
            return utc.replace(tzinfo=None).isoformat() + "Z"
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
        raise decode_error("Date", value, "expected a date string")
    s = value.strip()
    if s[:1] == "/" or s[:2] == "\\/" or len(s) > 10:
        # "/Date(...)/" or a full timestamp: take its calendar date
        dt = _parse_datetime_slow("Date", s)
        return None if dt is None else dt.date()
    try:
        d = _date_fromiso(s)
    except ValueError as exc:
        raise decode_error("Date", value, str(exc)) from None
    return None if d == date.min else d


def decode_date(value: Any) -> date | None:
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


def encode_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise encode_type_error("Date", value, "datetime.date")


def decode_time_of_day(value: Any) -> time | None:
    if type(value) is str:
        try:
            return _time_fromiso(value)  # 7-digit fractions truncated
        except ValueError as exc:
            raise decode_error("TimeOfDay", value, str(exc)) from None
    if value is None or isinstance(value, time):
        return value
    raise decode_error("TimeOfDay", value, "expected a time string")


def encode_time_of_day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, time):
        t: time = value if value.tzinfo is None else value.replace(tzinfo=None)
        return t.isoformat()
    raise encode_type_error("TimeOfDay", value, "datetime.time")


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
        raise decode_error(kind, value, "not an ISO 8601 duration")
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
                raise decode_error(kind, value, "not an ISO 8601 duration")
            in_time = True
            i += 1
            continue
        start = i
        while i < n and (s[i].isdigit() or s[i] in ".,"):
            i += 1
        number = s[start:i].replace(",", ".")
        if not number or i >= n or number == ".":
            raise decode_error(kind, value, "not an ISO 8601 duration")
        unit = s[i].upper()
        i += 1
        if not in_time and unit in "YMW":
            raise decode_error(kind, value, "years, months and weeks are not supported")
        if unit == "D":
            if in_time:
                raise decode_error(kind, value, "not an ISO 8601 duration")
            scale = _US_PER_DAY
        elif unit in "HMS" and in_time:
            scale = {"H": _US_PER_HOUR, "M": _US_PER_MINUTE, "S": _US_PER_SECOND}[unit]
        else:
            raise decode_error(kind, value, "not an ISO 8601 duration")
        rank = ranks[unit]
        if rank <= last_rank:
            raise decode_error(kind, value, "duration components out of order")
        last_rank = rank
        whole, _, frac = number.partition(".")
        if (
            (whole and not whole.isdigit())
            or (frac and not frac.isdigit())
            or not (whole or frac)
        ):
            raise decode_error(kind, value, "not an ISO 8601 duration")
        total_us += int(whole or "0") * scale
        if frac:
            # exact integer arithmetic; truncated below one microsecond
            total_us += int(frac) * scale // 10 ** len(frac)
        seen_component = True
    if not seen_component or (in_time and last_rank < 1):
        raise decode_error(kind, value, "not an ISO 8601 duration")
    try:
        td = timedelta(microseconds=total_us)
    except OverflowError:
        raise decode_error(kind, value, "out of range") from None
    return -td if negative else td


def _time_string_to_timedelta(kind: str, value: str) -> timedelta:
    # Some OData 2 servers send Edm.Time as "13:45:00" instead of "PT13H45M".
    try:
        t = _time_fromiso(value.strip())
    except ValueError as exc:
        raise decode_error(kind, value, str(exc)) from None
    return timedelta(
        hours=t.hour, minutes=t.minute, seconds=t.second, microseconds=t.microsecond
    )


def make_duration_decoder(kind: str) -> Decoder:
    def decode_duration(value: Any) -> timedelta | None:
        if type(value) is str:
            if kind == "Time" and ":" in value and "P" not in value:
                return _time_string_to_timedelta(kind, value)
            return _parse_duration(kind, value)
        if value is None or isinstance(value, timedelta):
            return value
        raise decode_error(kind, value, "expected an ISO 8601 duration string")

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


def make_duration_encoder(kind: str) -> Encoder:
    def encode_duration(value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, timedelta):
            raise encode_type_error(kind, value, "datetime.timedelta")
        return _format_duration(value)

    encode_duration.__name__ = f"encode_{kind}"
    return encode_duration
