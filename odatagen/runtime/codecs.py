"""JSON <-> Python value codecs for Edm primitive types.

This module and the ones it draws on (``temporal``: dates, times and durations;
``numeric``: numbers; ``media``: streams; ``enums``: enum values; ``codec_base``:
what they share) are copied verbatim into every generated client package, so they
depend on the Python standard library only and must stay ``mypy --strict`` clean.
This module holds the dispatch and the remaining kinds (Guid, String, Boolean,
Binary, Geography/Geometry).

``decoder(kind)`` / ``encoder(kind)`` return plain functions converting one
value.  ``kind`` is the Edm primitive type name without the ``Edm.`` prefix
(``"Guid"``, ``"DateTimeOffset"``, ...).  Decoders accept what ``json.loads``
produces for an OData 4 JSON response or an OData 2/3 verbose JSON response;
encoders produce values that ``json.dumps`` can serialise.

Conventions (for every codec module):

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
import uuid
from typing import Any, TypedDict

from .codec_base import Decoder, Encoder, decode_error, encode_type_error, short_repr
from .enums import decode_enum, encode_enum
from .media import StreamRef, decode_stream, encode_stream
from .numeric import (
    INT_RANGES,
    decode_decimal,
    encode_decimal,
    make_float_codecs,
    make_int_codecs,
)
from .temporal import (
    decode_date,
    decode_time_of_day,
    encode_date,
    encode_time_of_day,
    make_datetime_decoder,
    make_datetime_encoder,
    make_duration_decoder,
    make_duration_encoder,
)

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
        raise decode_error("Guid", value, "expected a GUID string") from None
    return _decode_guid_slow(value)


def _decode_guid_slow(value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return None if value.int == 0 else value
    if type(value) is not str:
        raise decode_error("Guid", value, "expected a GUID string")
    try:
        u = uuid.UUID(value)
    except ValueError:
        raise decode_error("Guid", value, "not a GUID") from None
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
                f"cannot encode {short_repr(value)} as Edm.Guid: not a GUID"
            ) from None
    raise encode_type_error("Guid", value, "uuid.UUID")


# ---------------------------------------------------------------------------
# String / Boolean


def _decode_string(value: Any) -> str | None:
    if type(value) is str or value is None:
        return value
    if isinstance(value, str):
        return str(value)
    raise decode_error("String", value, "expected a string")


def _encode_string(value: Any) -> str | None:
    if type(value) is str or value is None:
        return value
    if isinstance(value, str):
        return str(value)
    raise encode_type_error("String", value, "str")


def _decode_bool(value: Any) -> bool | None:
    if value is True or value is False or value is None:
        return value
    if type(value) is str:
        if value == "true":
            return True
        if value == "false":
            return False
    raise decode_error("Boolean", value, "expected a boolean")


def _encode_bool(value: Any) -> bool | None:
    if value is True or value is False or value is None:
        return value
    raise encode_type_error("Boolean", value, "bool")


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
            raise decode_error("Binary", value, str(exc)) from None
    if value is None or type(value) is bytes:
        return value
    raise decode_error("Binary", value, "expected a base64 string")


def _encode_binary(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(value).decode("ascii")
    raise encode_type_error("Binary", value, "bytes")


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
        raise decode_error(kind, value, "expected a GeoJSON object")

    decode_geo.__name__ = f"decode_{kind}"
    return decode_geo


# ---------------------------------------------------------------------------
# registry

_DECODERS: dict[str, Decoder] = {
    "Guid": _decode_guid,
    "String": _decode_string,
    "Boolean": _decode_bool,
    "Decimal": decode_decimal,
    "DateTimeOffset": make_datetime_decoder("DateTimeOffset"),
    "DateTime": make_datetime_decoder("DateTime"),
    "Date": decode_date,
    "TimeOfDay": decode_time_of_day,
    "Duration": make_duration_decoder("Duration"),
    "Time": make_duration_decoder("Time"),
    "Binary": _decode_binary,
    "Stream": decode_stream,
    "Untyped": _identity,
}
_ENCODERS: dict[str, Encoder] = {
    "Guid": _encode_guid,
    "String": _encode_string,
    "Boolean": _encode_bool,
    "Decimal": encode_decimal,
    "DateTimeOffset": make_datetime_encoder("DateTimeOffset"),
    "DateTime": make_datetime_encoder("DateTime"),
    "Date": encode_date,
    "TimeOfDay": encode_time_of_day,
    "Duration": make_duration_encoder("Duration"),
    "Time": make_duration_encoder("Time"),
    "Binary": _encode_binary,
    "Stream": encode_stream,
    "Untyped": _identity,
}
for _kind in INT_RANGES:
    _DECODERS[_kind], _ENCODERS[_kind] = make_int_codecs(_kind)
for _kind in ("Single", "Double"):
    _DECODERS[_kind], _ENCODERS[_kind] = make_float_codecs(_kind)
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
