"""Edm values: SQL column types, JSON bodies -> stored values, stored values -> JSON
(with Creatio's empty-value sentinels), and key literals in URLs."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from odatagen.emulator.errors import bad_request
from odatagen.emulator.model import ENUM, JSON, STREAM, Column, EntitySetModel

EMPTY_GUID = "00000000-0000-0000-0000-000000000000"
EMPTY_DATE = "0001-01-01T00:00:00Z"
_INTS = {
    "Edm.Byte": (0, 255),
    "Edm.SByte": (-128, 127),
    "Edm.Int16": (-(2**15), 2**15 - 1),
}
_INTS.update({"Edm.Int32": (-(2**31), 2**31 - 1), "Edm.Int64": (-(2**63), 2**63 - 1)})
_FLOATS = {"Edm.Decimal", "Edm.Double", "Edm.Single"}
_DATETIMES = {"Edm.DateTimeOffset", "Edm.DateTime"}


def sql_type(column: Column) -> sa.types.TypeEngine[Any]:
    kind = column.kind
    if kind == "Edm.String":
        return sa.Text(
            collation="NOCASE"
        )  # SQL Server's usual case-insensitive collation
    if kind == "Edm.Guid":
        return sa.String(36)
    if kind == "Edm.Boolean":
        return sa.Boolean()
    if kind in _INTS:
        return sa.BigInteger() if kind == "Edm.Int64" else sa.Integer()
    if kind in _FLOATS:
        return sa.Float()
    if kind in _DATETIMES:
        return sa.DateTime()  # naive UTC
    if kind == "Edm.Date":
        return sa.Date()
    if kind in ("Edm.TimeOfDay", "Edm.Time"):
        return sa.Time()
    if kind in ("Edm.Binary", STREAM):
        return sa.LargeBinary()
    if kind == JSON:
        return sa.JSON()
    return sa.Text()  # enums (member names), Duration, unknown types


def _fail(column: Column, value: Any) -> Exception:
    shown = value if isinstance(value, str) else repr(value)
    return bad_request(
        f"Cannot convert the literal '{shown}' to the expected type '{column.kind}'."
    )


def parse_guid(text: str) -> str:
    """Canonical lower-case text; raises ValueError."""
    if not re.fullmatch(r"[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}", text):
        raise ValueError(text)
    return str(uuid.UUID(text))


def parse_datetime(text: str) -> dt.datetime | None:
    """An ISO-8601 timestamp as naive UTC; None for Creatio's empty date."""
    value = dt.datetime.fromisoformat(text.strip())
    if value.tzinfo is not None:
        if value.year == 1 and value.month == 1 and value.day == 1:
            return None  # "0001-01-01T00:00:00Z": converting could underflow
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return None if value == dt.datetime(1, 1, 1) else value


def format_datetime(value: dt.datetime) -> str:
    """Like .NET's `yyyy-MM-ddTHH:mm:ss.FFFFFFFZ`: no trailing zeros in the fraction."""
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += "." + f"{value.microsecond:06d}".rstrip("0")
    return text.rjust(19, "0") + "Z"


def now() -> dt.datetime:
    """The current UTC time to the millisecond, naive."""
    value = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return value.replace(microsecond=value.microsecond // 1000 * 1000)


def empty(column: Column) -> Any:
    """What an unset column holds. Creatio's text, number and boolean columns are
    NOT NULL with the defaults "", 0 and false; lookups and dates are NULL."""
    kind = column.kind
    if kind == "Edm.String":
        return ""
    if kind in _INTS:
        return 0
    if kind in _FLOATS:
        return 0.0
    return False if kind == "Edm.Boolean" else None


def decode(column: Column, value: Any) -> Any:
    """A JSON body value -> the stored value (400 on a wrong type)."""
    if value is None:
        return empty(column)
    kind = column.kind
    if kind == "Edm.String":
        if not isinstance(value, str):
            raise _fail(column, value)
        return value
    try:
        return _DECODERS.get(kind, _decode_other)(column, value)
    except (ValueError, TypeError, OverflowError, binascii.Error):
        raise _fail(column, value) from None


def _decode_guid(column: Column, value: Any) -> str | None:
    guid = parse_guid(value)
    return None if guid == EMPTY_GUID else guid


def _decode_bool(column: Column, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(value)
    return value


def _decode_int(column: Column, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(value)
    number = int(value)  # Int64 travels as a string with IEEE754Compatible
    low, high = _INTS[column.kind]
    if not low <= number <= high:
        raise OverflowError(value)
    return number


def _decode_float(column: Column, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(value)
    number = float(value)  # also "INF", "-INF", "NaN" and decimal strings
    if column.kind == "Edm.Decimal" and not math.isfinite(number):
        raise ValueError(value)
    return number


def _decode_datetime(column: Column, value: Any) -> dt.datetime | None:
    return parse_datetime(value)


def _decode_date(column: Column, value: Any) -> dt.date:
    return dt.date.fromisoformat(value)


def _decode_time(column: Column, value: Any) -> dt.time:
    return dt.time.fromisoformat(value)


def _decode_binary(column: Column, value: Any) -> bytes:
    text = value.replace("-", "+").replace("_", "/")
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _decode_enum(column: Column, value: Any) -> str:
    if not isinstance(value, str) or (
        column.enum_members
        and not all(part.strip() in column.enum_members for part in value.split(","))
    ):
        raise ValueError(value)
    return value


def _decode_other(column: Column, value: Any) -> Any:
    if column.kind == JSON:
        return value
    if not isinstance(value, str):
        raise TypeError(value)
    return value


_DECODERS: dict[str, Callable[[Column, Any], Any]] = {
    "Edm.Guid": _decode_guid,
    "Edm.Boolean": _decode_bool,
    "Edm.Date": _decode_date,
    "Edm.TimeOfDay": _decode_time,
    "Edm.Time": _decode_time,
    "Edm.Binary": _decode_binary,
    ENUM: _decode_enum,
}
_DECODERS.update({k: _decode_int for k in _INTS})
_DECODERS.update({k: _decode_float for k in _FLOATS})
_DECODERS.update({k: _decode_datetime for k in _DATETIMES})


def encoder(column: Column, ieee754: bool) -> Callable[[Any], Any]:
    """A function: stored value -> JSON value, with Creatio's sentinels for empty
    Guids, dates and strings. `ieee754`: Int64 and Decimal as strings."""
    kind = column.kind
    if kind == "Edm.Guid":
        return lambda v: EMPTY_GUID if v is None else v
    if kind == "Edm.String":
        return lambda v: "" if v is None else v
    if kind in _DATETIMES:
        return lambda v: EMPTY_DATE if v is None else format_datetime(v)
    if kind == "Edm.Decimal":
        return _encode_decimal_text if ieee754 else _encode_decimal
    if kind in ("Edm.Double", "Edm.Single"):
        return _encode_double
    if kind == "Edm.Int64" and ieee754:
        return lambda v: None if v is None else str(v)
    if kind in ("Edm.Date", "Edm.TimeOfDay", "Edm.Time"):
        return lambda v: None if v is None else v.isoformat()
    if kind == "Edm.Binary":
        return lambda v: None if v is None else base64.b64encode(v).decode()
    return lambda v: v


def _encode_decimal(value: Any) -> Any:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _encode_decimal_text(value: Any) -> Any:
    return None if value is None else str(Decimal(repr(float(value))))


def _encode_double(value: Any) -> Any:
    if value is None or math.isfinite(value):
        return value
    return "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF")


def parse_key(model: EntitySetModel, text: str) -> dict[str, Any]:
    """`8eca…` (Creatio: an unquoted Guid), `'abc'`, `42` or `A=1,B='x'`."""
    parts = _split_key(text)
    if len(parts) == 1 and parts[0][0] is None:
        if len(model.key) != 1:
            raise bad_request(f"The key of '{model.type_name}' has several parts.")
        parts = [(model.key[0], parts[0][1])]
    names = [name for name, _ in parts]
    if sorted(n or "" for n in names) != sorted(model.key):
        raise bad_request(f"The key '{text}' does not match the key of {model.name}.")
    values: dict[str, Any] = {}
    for name, literal in parts:
        assert name is not None
        values[name] = key_literal(model.columns[name], literal, text)
    return values


def _split_key(text: str) -> list[tuple[str | None, str]]:
    parts: list[tuple[str | None, str]] = []
    for piece in re.findall(r"(?:[^,']|'(?:[^']|'')*')+", text):
        name, sep, literal = piece.partition("=")
        if sep and re.fullmatch(r"\s*\w+\s*", name):
            parts.append((name.strip(), literal.strip()))
        else:
            parts.append((None, piece.strip()))
    return parts or [(None, "")]


def key_literal(column: Column, literal: str, text: str) -> Any:
    def fail() -> Exception:
        return bad_request(
            f"The key value '{text}' is not a valid {column.kind} literal "
            f"(Creatio keys are bare Guids: Contact(8eca…))."
        )

    quoted = len(literal) >= 2 and literal[0] == literal[-1] == "'"
    try:
        if column.kind == "Edm.Guid":
            if quoted:
                raise fail()
            return parse_guid(literal)
        if column.kind in _INTS:
            return _decode_int(column, literal)
        if column.kind in ("Edm.String", ENUM) and quoted:
            return literal[1:-1].replace("''", "'")
        if column.kind in _DATETIMES:
            return parse_datetime(literal)
    except (ValueError, TypeError, OverflowError):
        raise fail() from None
    raise fail()


def key_text(model: EntitySetModel, row: Any) -> str:
    """The key as written in a URL (`Contact(8eca…)`)."""

    def one(name: str) -> str:
        value = row[name]
        if model.columns[name].kind in ("Edm.String", ENUM):
            return "'" + str(value).replace("'", "''") + "'"
        if isinstance(value, dt.datetime):
            return format_datetime(value)
        return str(value)

    if len(model.key) == 1:
        return one(model.key[0])
    return ",".join(f"{name}={one(name)}" for name in model.key)
