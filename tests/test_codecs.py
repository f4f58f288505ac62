"""Tests for odatagen.runtime.codecs (Edm primitive JSON <-> Python codecs)."""

from __future__ import annotations

import ast
import enum
import math
import uuid
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from odatagen.runtime import codecs
from odatagen.runtime.codecs import (
    EMPTY_DATETIME,
    EMPTY_SENTINELS,
    ZERO_GUID,
    StreamRef,
    decode_enum,
    decoder,
    encode_enum,
    encoder,
)

UTC = timezone.utc
HSETTINGS = settings(max_examples=200, deadline=None)


def dec(kind: str, value: Any) -> Any:
    return decoder(kind)(value)


def enc(kind: str, value: Any) -> Any:
    return encoder(kind)(value)


class Color(enum.Enum):
    Red = 0
    Green = 1
    Blue = 2


class Perm(enum.IntFlag):
    # declaration order deliberately differs from bit order
    Write = 2
    Read = 1
    Delete = 4
    ReadWrite = 3


ALL_KINDS = [
    "Guid", "String", "Boolean", "Byte", "SByte", "Int16", "Int32", "Int64",
    "Single", "Double", "Decimal", "DateTimeOffset", "DateTime", "Date",
    "TimeOfDay", "Duration", "Time", "Binary", "Stream", "Untyped",
    "Geography", "GeographyPoint", "GeometryPolygon", "NoSuchKind",
]  # fmt: skip


# ---------------------------------------------------------------------------
# module-level requirements


RUNTIME_DEPENDENCIES = {"attrs", "httpx"}  # what generated packages depend on


def test_runtime_imports_only_the_standard_library_and_its_dependencies() -> None:
    """The runtime is copied into generated packages: each module may import the
    standard library, attrs and httpx, and its sibling runtime modules (relatively)."""
    import sys

    runtime = Path(codecs.__file__).parent
    siblings = {p.stem for p in runtime.glob("*.py")}
    for module in sorted(runtime.glob("*.py")):
        roots: set[str] = set()
        for node in ast.walk(ast.parse(module.read_text())):
            if isinstance(node, ast.Import):
                roots.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level:
                assert node.level == 1, f"{module.name}: only sibling modules"
                names = [node.module] if node.module else [a.name for a in node.names]
                assert set(names) <= siblings, f"{module.name}: {names}"
            elif isinstance(node, ast.ImportFrom):
                roots.add((node.module or "").split(".")[0])
        allowed = set(sys.stdlib_module_names) | {"__future__"} | RUNTIME_DEPENDENCIES
        assert roots <= allowed, f"{module.name}: {roots - allowed}"
    codec_modules = ["codecs", "temporal", "numeric", "media", "enums", "codec_base"]
    for (
        name
    ) in codec_modules:  # the value codecs need nothing outside the standard library
        text = (runtime / f"{name}.py").read_text()
        assert "import attrs" not in text and "import httpx" not in text, name


def test_constants() -> None:
    assert ZERO_GUID == "00000000-0000-0000-0000-000000000000"
    assert EMPTY_DATETIME == "0001-01-01T00:00:00Z"
    assert EMPTY_SENTINELS == {
        "Guid": ZERO_GUID,
        "DateTimeOffset": EMPTY_DATETIME,
        "DateTime": EMPTY_DATETIME,
        "Date": "0001-01-01",
    }


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_none_maps_to_none_both_ways(kind: str) -> None:
    assert dec(kind, None) is None
    assert enc(kind, None) is None


@pytest.mark.parametrize("kind", ["Guid", "DateTimeOffset", "DateTime", "Date"])
def test_empty_sentinels_decode_to_none(kind: str) -> None:
    assert dec(kind, EMPTY_SENTINELS[kind]) is None


def test_unknown_kind_passes_through() -> None:
    obj = object()
    assert dec("Frobnicator", obj) is obj
    assert enc("Frobnicator", obj) is obj
    assert dec("", [1]) == [1]


def test_edm_prefix_tolerated() -> None:
    assert decoder("Edm.Guid") is decoder("Guid")
    assert encoder("Edm.Int32") is encoder("Int32")


# ---------------------------------------------------------------------------
# Guid

G = "0f8fad5b-d9cb-469f-a165-70867728950e"


def test_guid_decode() -> None:
    assert dec("Guid", G) == uuid.UUID(G)
    assert dec("Guid", G.upper()) == uuid.UUID(G)
    assert dec("Guid", G) is dec("Guid", G)  # cached
    assert dec("Guid", ZERO_GUID) is None
    assert dec("Guid", ZERO_GUID.replace("-", "")) is None
    assert dec("Guid", uuid.UUID(G)) == uuid.UUID(G)


def test_guid_encode() -> None:
    assert enc("Guid", uuid.UUID(G.upper())) == G
    assert enc("Guid", G.upper()) == G
    with pytest.raises(TypeError):
        enc("Guid", 5)


@pytest.mark.parametrize("bad", [[G], {"a": 1}, 12, 1.5, True, "not-a-guid", ""])
def test_guid_errors(bad: Any) -> None:
    with pytest.raises(ValueError, match="Guid"):
        dec("Guid", bad)


def test_guid_cache_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codecs, "_GUID_CACHE_MAX", 50)
    cache = codecs._guid_cache
    f = decoder("Guid")
    for _ in range(500):
        assert isinstance(f(str(uuid.uuid4())), uuid.UUID)
        assert len(cache) <= 50
    assert f(ZERO_GUID) is None
    assert f(G) == uuid.UUID(G)


# ---------------------------------------------------------------------------
# String / Boolean / integers


def test_string() -> None:
    assert dec("String", "héllo") == "héllo"
    assert enc("String", "x") == "x"
    with pytest.raises(ValueError, match="String"):
        dec("String", 5)
    with pytest.raises(TypeError):
        enc("String", 5)


def test_boolean() -> None:
    assert dec("Boolean", True) is True
    assert dec("Boolean", False) is False
    assert dec("Boolean", "true") is True
    assert enc("Boolean", False) is False
    with pytest.raises(ValueError, match="Boolean"):
        dec("Boolean", 1)
    with pytest.raises(ValueError, match="Boolean"):
        dec("Boolean", "yes")
    with pytest.raises(TypeError):
        enc("Boolean", 1)


@pytest.mark.parametrize("kind", ["Byte", "SByte", "Int16", "Int32", "Int64"])
def test_integers(kind: str) -> None:
    assert dec(kind, 7) == 7
    assert dec(kind, "7") == 7
    assert dec(kind, 7.0) == 7
    assert enc(kind, 7) == 7
    with pytest.raises(ValueError, match=kind):
        dec(kind, "7x")
    with pytest.raises(ValueError, match=kind):
        dec(kind, True)
    with pytest.raises(ValueError, match=kind):
        dec(kind, 7.5)
    with pytest.raises(ValueError, match=kind):
        dec(kind, [7])
    with pytest.raises(TypeError):
        enc(kind, True)
    with pytest.raises(TypeError):
        enc(kind, 7.0)
    with pytest.raises(TypeError):
        enc(kind, "7")


def test_int64_string_and_ranges() -> None:
    big = 2**63 - 1
    assert dec("Int64", str(big)) == big  # IEEE754Compatible=true
    assert dec("Int64", "-9223372036854775808") == -(2**63)
    assert enc("Int64", big) == big and isinstance(enc("Int64", big), int)
    with pytest.raises(ValueError, match="out of range"):
        enc("Int64", 2**63)
    with pytest.raises(ValueError, match="out of range"):
        enc("Byte", 256)
    with pytest.raises(ValueError, match="out of range"):
        enc("SByte", -129)
    assert enc("Int16", -(2**15)) == -(2**15)


# ---------------------------------------------------------------------------
# Single / Double / Decimal


@pytest.mark.parametrize("kind", ["Single", "Double"])
def test_floats(kind: str) -> None:
    assert dec(kind, 1.5) == 1.5
    r = dec(kind, 3)
    assert r == 3.0 and type(r) is float
    assert dec(kind, "INF") == math.inf
    assert dec(kind, "-INF") == -math.inf
    assert math.isnan(dec(kind, "NaN"))
    assert dec(kind, "2.5") == 2.5
    assert dec(kind, "1e3") == 1000.0
    assert enc(kind, math.inf) == "INF"
    assert enc(kind, -math.inf) == "-INF"
    assert enc(kind, math.nan) == "NaN"
    assert enc(kind, 2.5) == 2.5
    assert enc(kind, 2) == 2.0
    for bad in ["abc", True, [1.0], {}]:
        with pytest.raises(ValueError, match=kind):
            dec(kind, bad)
    with pytest.raises(TypeError):
        enc(kind, "1.0")


def test_decimal() -> None:
    assert dec("Decimal", "12.50") == Decimal("12.50")
    assert str(dec("Decimal", "12.50")) == "12.50"
    assert dec("Decimal", 0.1) == Decimal("0.1")
    assert dec("Decimal", 5) == Decimal(5)
    assert dec("Decimal", "-1E+3") == Decimal(-1000)
    assert enc("Decimal", Decimal("12.50")) == "12.50"
    assert enc("Decimal", Decimal("1E+2")) == "100"
    assert enc("Decimal", Decimal("1.5E-7")) == "0.00000015"
    assert enc("Decimal", 0.1) == "0.1"
    assert enc("Decimal", 7) == "7"
    for bad in ["abc", "NaN", "Infinity", True, [1], {}]:
        with pytest.raises(ValueError, match="Decimal"):
            dec("Decimal", bad)
    with pytest.raises(ValueError):
        enc("Decimal", Decimal("NaN"))
    with pytest.raises(TypeError):
        enc("Decimal", "1.0")


def test_decimal_digits_are_capped() -> None:
    """A hostile '1E+999999999' is refused, read or written: in fixed-point notation it
    would be a gigabyte of digits. 1,000 digits either side of the point still pass."""
    wide = "9" * 1000 + "." + "9" * 1000
    assert enc("Decimal", dec("Decimal", wide)) == wide
    for text in ["1E+999999999", "1E-999999999", "1E+1000", "1" + "0" * 1000]:
        with pytest.raises(ValueError, match="1000 digits"):
            dec("Decimal", text)
        with pytest.raises(ValueError, match="1000 digits"):
            enc("Decimal", Decimal(text))
    from odatagen.runtime.literals import format_literal

    assert format_literal(Decimal(wide), "Decimal") == wide
    with pytest.raises(ValueError, match="1000 digits"):
        format_literal(Decimal("1E+999999999"), "Decimal")


# ---------------------------------------------------------------------------
# DateTimeOffset / DateTime


@pytest.mark.parametrize("kind", ["DateTimeOffset", "DateTime"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02T03:04:05Z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05+01:00", datetime(2024, 1, 2, 2, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05-05:30", datetime(2024, 1, 2, 8, 34, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04:05.1Z", datetime(2024, 1, 2, 3, 4, 5, 100000, tzinfo=UTC)),
        ("2024-01-02T03:04:05.123Z", datetime(2024, 1, 2, 3, 4, 5, 123000, tzinfo=UTC)),
        # .NET emits 7 fractional digits; truncated to microseconds
        (
            "2024-01-02T03:04:05.1234567Z",
            datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=UTC),
        ),
        (
            "2024-01-02T03:04:05.9999999+02:00",
            datetime(2024, 1, 2, 1, 4, 5, 999999, tzinfo=UTC),
        ),
        (
            "2024-01-02T03:04:05.123456789Z",
            datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=UTC),
        ),
        ("2024-01-02t03:04:05z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2024-01-02T03:04Z", datetime(2024, 1, 2, 3, 4, tzinfo=UTC)),
        # OData 2/3 verbose JSON
        ("/Date(1700000000000)/", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        (
            "/Date(1700000000123)/",
            datetime(2023, 11, 14, 22, 13, 20, 123000, tzinfo=UTC),
        ),
        ("/Date(1700000000000+0060)/", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("/Date(1700000000000-0120)/", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("\\/Date(1700000000000)\\/", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("/Date(-86400000)/", datetime(1969, 12, 31, tzinfo=UTC)),
        ("/Date(0)/", datetime(1970, 1, 1, tzinfo=UTC)),
    ],
)
def test_datetime_decode(kind: str, text: str, expected: datetime) -> None:
    got = dec(kind, text)
    assert got.tzinfo is not None
    assert got == expected


def test_datetime_offsets_preserved() -> None:
    got = dec("DateTimeOffset", "2024-01-02T03:04:05+01:00")
    assert got.utcoffset() == timedelta(hours=1)
    got = dec("DateTimeOffset", "/Date(1700000000000+0060)/")
    assert got.utcoffset() == timedelta(minutes=60)
    assert (got.hour, got.minute) == (23, 13)
    assert dec("DateTimeOffset", "2024-01-02T03:04:05Z").tzinfo is UTC
    assert dec("DateTime", "2024-01-02T03:04:05").tzinfo is UTC


@pytest.mark.parametrize("kind", ["DateTimeOffset", "DateTime"])
@pytest.mark.parametrize(
    "text",
    [
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:00:00",
        "0001-01-01T00:00:00+00:00",
        "0001-01-01T00:00:00.0000000Z",
        "/Date(-62135596800000)/",
    ],
)
def test_datetime_empty_sentinel(kind: str, text: str) -> None:
    assert dec(kind, text) is None


def test_datetime_near_sentinel_not_empty() -> None:
    assert dec("DateTimeOffset", "0001-01-01T00:00:01Z") == datetime(
        1, 1, 1, 0, 0, 1, tzinfo=UTC
    )
    assert dec("DateTimeOffset", "0001-01-02T00:00:00Z") == datetime(
        1, 1, 2, tzinfo=UTC
    )


@pytest.mark.parametrize("kind", ["DateTimeOffset", "DateTime"])
@pytest.mark.parametrize(
    "bad",
    [
        "",
        "yesterday",
        "2024-13-01T00:00:00Z",
        "/Date(abc)/",
        "/Date(1)",
        1700000000,
        [],
        {},
        True,
    ],
)
def test_datetime_errors(kind: str, bad: Any) -> None:
    with pytest.raises(ValueError, match=kind):
        dec(kind, bad)


@pytest.mark.parametrize("kind", ["DateTimeOffset", "DateTime"])
def test_datetime_encode(kind: str) -> None:
    assert (
        enc(kind, datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2024-01-02T03:04:05Z"
    )
    assert (
        enc(kind, datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=UTC))
        == "2024-01-02T03:04:05.500000Z"
    )
    assert (
        enc(kind, datetime(2024, 1, 2, 3, 4, 5)) == "2024-01-02T03:04:05Z"
    )  # naive = UTC
    tz = timezone(timedelta(hours=-5, minutes=-30))
    assert (
        enc(kind, datetime(2024, 1, 2, 3, 4, 5, tzinfo=tz))
        == "2024-01-02T03:04:05-05:30"
    )
    odd = timezone(timedelta(hours=1, seconds=7))
    assert (
        enc(kind, datetime(2024, 1, 2, 3, 4, 5, tzinfo=odd)) == "2024-01-02T02:03:58Z"
    )
    with pytest.raises(TypeError):
        enc(kind, date(2024, 1, 2))
    with pytest.raises(TypeError):
        enc(kind, "2024-01-02T03:04:05Z")


def test_datetime_decode_idempotent() -> None:
    aware = datetime(2024, 1, 2, tzinfo=UTC)
    assert dec("DateTimeOffset", aware) is aware
    assert dec("DateTimeOffset", datetime(2024, 1, 2)) == aware


# ---------------------------------------------------------------------------
# Date / TimeOfDay


def test_date() -> None:
    assert dec("Date", "2024-01-02") == date(2024, 1, 2)
    assert dec("Date", "0001-01-01") is None
    assert dec("Date", "2024-01-02T00:00:00Z") == date(2024, 1, 2)
    assert dec("Date", "/Date(1700000000000)/") == date(2023, 11, 14)
    assert enc("Date", date(2024, 1, 2)) == "2024-01-02"
    assert enc("Date", datetime(2024, 1, 2, 23, 0)) == "2024-01-02"
    for bad in ["2024-02-30", "nope", 20240102, []]:
        with pytest.raises(ValueError, match="Date"):
            dec("Date", bad)
    with pytest.raises(TypeError):
        enc("Date", "2024-01-02")


def test_time_of_day() -> None:
    assert dec("TimeOfDay", "13:45:00") == time(13, 45)
    assert dec("TimeOfDay", "13:45") == time(13, 45)
    assert dec("TimeOfDay", "13:45:00.1234567") == time(13, 45, 0, 123456)
    assert dec("TimeOfDay", "13:45:00.5") == time(13, 45, 0, 500000)
    assert enc("TimeOfDay", time(13, 45)) == "13:45:00"
    assert enc("TimeOfDay", time(13, 45, 0, 120000)) == "13:45:00.120000"
    assert enc("TimeOfDay", time(13, 45, tzinfo=UTC)) == "13:45:00"
    for bad in ["25:00:00", "noon", 1345, []]:
        with pytest.raises(ValueError, match="TimeOfDay"):
            dec("TimeOfDay", bad)
    with pytest.raises(TypeError):
        enc("TimeOfDay", "13:45")


# ---------------------------------------------------------------------------
# Duration / Time


@pytest.mark.parametrize("kind", ["Duration", "Time"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("P1DT2H3M4.5S", timedelta(days=1, hours=2, minutes=3, seconds=4.5)),
        ("-PT5M", -timedelta(minutes=5)),
        ("PT0S", timedelta(0)),
        ("P0D", timedelta(0)),
        ("P3D", timedelta(days=3)),
        ("PT13H45M", timedelta(hours=13, minutes=45)),
        ("PT36H", timedelta(hours=36)),
        ("PT0.0000001S", timedelta(0)),  # below a microsecond: truncated
        ("PT1.1234567S", timedelta(seconds=1, microseconds=123456)),
        ("PT0.000001S", timedelta(microseconds=1)),
        ("PT1,5S", timedelta(seconds=1.5)),
        ("-P1DT0.5S", -timedelta(days=1, seconds=0.5)),
        ("PT1.5H", timedelta(minutes=90)),
    ],
)
def test_duration_decode(kind: str, text: str, expected: timedelta) -> None:
    assert dec(kind, text) == expected


@pytest.mark.parametrize("kind", ["Duration", "Time"])
@pytest.mark.parametrize(
    "bad",
    [
        "P1Y",
        "P2M",
        "P1W",
        "P1Y2M3D",
        "P",
        "PT",
        "P1DT",
        "1D",
        "PT1S2M",
        "PTxS",
        "P1H",
        "PT1D",
        "",
        5,
        [],
    ],
)
def test_duration_errors(kind: str, bad: Any) -> None:
    with pytest.raises(ValueError, match=kind):
        dec(kind, bad)


def test_duration_years_months_message() -> None:
    with pytest.raises(ValueError, match="years, months"):
        dec("Duration", "P1Y")


def test_time_accepts_clock_string() -> None:
    assert dec("Time", "13:45:00") == timedelta(hours=13, minutes=45)


@pytest.mark.parametrize("kind", ["Duration", "Time"])
@pytest.mark.parametrize(
    ("value", "text"),
    [
        (timedelta(days=1, hours=2, minutes=3, seconds=4.5), "P1DT2H3M4.5S"),
        (timedelta(0), "PT0S"),
        (-timedelta(minutes=5), "-PT5M"),
        (timedelta(hours=13, minutes=45), "PT13H45M"),
        (timedelta(days=2), "P2D"),
        (timedelta(microseconds=1), "PT0.000001S"),
        (timedelta(days=1, seconds=5), "P1DT5S"),
        (-timedelta(days=1, microseconds=10), "-P1DT0.00001S"),
    ],
)
def test_duration_encode(kind: str, value: timedelta, text: str) -> None:
    assert enc(kind, value) == text


def test_duration_encode_type_error() -> None:
    with pytest.raises(TypeError):
        enc("Duration", 5)


# ---------------------------------------------------------------------------
# Binary


def test_binary() -> None:
    assert dec("Binary", "aGVsbG8=") == b"hello"
    assert dec("Binary", "aGVsbG8") == b"hello"  # missing padding
    assert dec("Binary", "+/8=") == b"\xfb\xff"
    assert dec("Binary", "-_8") == b"\xfb\xff"  # base64url
    assert dec("Binary", "") == b""
    assert enc("Binary", b"\xfb\xff") == "+/8="
    assert enc("Binary", bytearray(b"hi")) == "aGk="
    for bad in ["a", "!!!!", 5, [1]]:
        with pytest.raises(ValueError, match="Binary"):
            dec("Binary", bad)
    with pytest.raises(TypeError):
        enc("Binary", "aGk=")


# ---------------------------------------------------------------------------
# Stream


def test_stream_decode() -> None:
    full = {
        "@odata.mediaReadLink": "Photos(1)/$value",
        "@odata.mediaEditLink": "Photos(1)/Data",
        "@odata.mediaContentType": "image/png",
        "@odata.mediaEtag": 'W/"1"',
    }
    assert dec("Stream", full) == StreamRef(
        "Photos(1)/$value", "Photos(1)/Data", "image/png", 'W/"1"'
    )
    assert dec("Stream", {"mediaReadLink": "r", "mediaContentType": "t"}) == StreamRef(
        media_read_link="r", media_content_type="t"
    )
    verbose = {
        "__mediaresource": {
            "media_src": "s",
            "edit_media": "e",
            "content_type": "c",
            "media_etag": "t",
        }
    }
    assert dec("Stream", verbose) == StreamRef("s", "e", "c", "t")
    assert dec("Stream", "whatever") == StreamRef()
    assert dec("Stream", [1, 2]) == StreamRef()
    assert dec("Stream", {}) == StreamRef()


def test_stream_encode_raises() -> None:
    with pytest.raises(TypeError):
        enc("Stream", StreamRef())
    with pytest.raises(TypeError):
        enc("Stream", b"data")


def test_streamref_value_semantics() -> None:
    a = StreamRef("r", None, "image/png", None)
    assert a == StreamRef(media_read_link="r", media_content_type="image/png")
    assert a != StreamRef("r")
    assert a != "r"
    assert hash(a) == hash(StreamRef("r", None, "image/png", None))
    assert repr(a) == (
        "StreamRef(media_read_link='r', media_edit_link=None, media_content_type='image/png', media_etag=None)"
    )
    with pytest.raises(AttributeError):
        a.media_read_link = "x"
    with pytest.raises(AttributeError):
        a.other = 1
    assert not hasattr(a, "__dict__")


# ---------------------------------------------------------------------------
# Geography / Geometry / Untyped


@pytest.mark.parametrize(
    "kind", ["Geography", "GeographyPoint", "GeometryPolygon", "GeometryCollection"]
)
def test_geo(kind: str) -> None:
    point = {"type": "Point", "coordinates": [1.5, 2.5], "crs": {"type": "name"}}
    got = dec(kind, point)
    assert got == point and got is not point
    assert enc(kind, point) is point
    for bad in ["POINT(1 2)", [1.5, 2.5], 3]:
        with pytest.raises(ValueError, match=kind):
            dec(kind, bad)


def test_untyped() -> None:
    v = {"a": [1, "b"]}
    assert dec("Untyped", v) is v
    assert enc("Untyped", v) is v


# ---------------------------------------------------------------------------
# error messages


def test_error_message_truncates_repr() -> None:
    with pytest.raises(ValueError) as info:
        dec("Guid", ["x" * 500])
    msg = str(info.value)
    assert "Edm.Guid" in msg
    assert "x" * 100 not in msg
    shown = msg.split("from ", 1)[1].split(": ", 1)[0]
    assert len(shown) <= 80 and shown.endswith("...")


# ---------------------------------------------------------------------------
# enums


def test_decode_enum() -> None:
    assert decode_enum(Color, "Green") is Color.Green
    assert decode_enum(Color, 2) is Color.Blue
    assert decode_enum(Color, "2") is Color.Blue
    assert decode_enum(Color, Color.Red) is Color.Red
    assert decode_enum(Color, None) is None


def test_decode_flags() -> None:
    assert decode_enum(Perm, "Read") is Perm.Read
    assert decode_enum(Perm, "Read,Delete") == Perm.Read | Perm.Delete
    assert decode_enum(Perm, "Delete, Read") == Perm.Read | Perm.Delete
    assert decode_enum(Perm, " Read ,  Write ") == Perm.ReadWrite
    assert decode_enum(Perm, "ReadWrite,Delete") == Perm(7)
    assert decode_enum(Perm, 5) == Perm.Read | Perm.Delete
    assert decode_enum(Perm, "Read,8") == Perm(9)
    assert decode_enum(Perm, "") == Perm(0)


@pytest.mark.parametrize("bad", ["Purple", "red", "Red,Blue", 7, True, 1.5, [0]])
def test_decode_enum_errors(bad: Any) -> None:
    with pytest.raises(ValueError, match="Color"):
        decode_enum(Color, bad)


def test_decode_flags_unknown_member() -> None:
    with pytest.raises(ValueError) as info:
        decode_enum(Perm, "Read,Execute")
    assert "Read,Execute" in str(info.value) and "Perm" in str(info.value)


def test_encode_enum() -> None:
    assert encode_enum(Color.Blue) == "Blue"
    assert encode_enum(None) is None
    assert encode_enum(Perm.Read) == "Read"
    assert encode_enum(Perm.Read | Perm.Delete) == "Read,Delete"
    assert encode_enum(Perm.Delete | Perm.Write) == "Write,Delete"  # declaration order
    assert encode_enum(Perm.Read | Perm.Write) == "ReadWrite"  # a declared member
    assert encode_enum(Perm(7)) == "Write,Read,Delete"
    assert encode_enum(Perm(0)) == "0"
    assert encode_enum(Perm(9)) == "Read,8"
    assert encode_enum("Red") == "Red"


@given(st.integers(min_value=0, max_value=15))
@HSETTINGS
def test_flags_round_trip(bits: int) -> None:
    assert decode_enum(Perm, encode_enum(Perm(bits))) == Perm(bits)


@given(st.sampled_from(list(Color)))
@HSETTINGS
def test_enum_round_trip(member: Color) -> None:
    assert decode_enum(Color, encode_enum(member)) is member


# ---------------------------------------------------------------------------
# hypothesis round trips

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
aware_datetimes = st.datetimes(
    min_value=datetime(1, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.one_of(st.just(UTC), offsets),
)


def round_trip(kind: str, value: Any) -> Any:
    return dec(kind, enc(kind, value))


@given(st.uuids().filter(lambda u: u.int != 0))
@HSETTINGS
def test_guid_round_trip(value: uuid.UUID) -> None:
    assert round_trip("Guid", value) == value


@given(aware_datetimes, st.sampled_from(["DateTimeOffset", "DateTime"]))
@HSETTINGS
def test_datetime_round_trip(value: datetime, kind: str) -> None:
    got = round_trip(kind, value)
    assert got == value  # aware comparison: same instant
    assert got.utcoffset() == value.utcoffset()


@given(st.datetimes(min_value=datetime(1, 1, 2)))
@HSETTINGS
def test_naive_datetime_round_trip_as_utc(value: datetime) -> None:
    assert round_trip("DateTimeOffset", value) == value.replace(tzinfo=UTC)


@given(st.dates(min_value=date(1, 1, 2)))
@HSETTINGS
def test_date_round_trip(value: date) -> None:
    assert round_trip("Date", value) == value


@given(st.times())
@HSETTINGS
def test_time_of_day_round_trip(value: time) -> None:
    assert round_trip("TimeOfDay", value) == value


@given(st.timedeltas(), st.sampled_from(["Duration", "Time"]))
@HSETTINGS
def test_duration_round_trip(value: timedelta, kind: str) -> None:
    assert round_trip(kind, value) == value


decimals = st.one_of(
    st.decimals(
        allow_nan=False, allow_infinity=False, min_value=-(10**30), max_value=10**30
    ),
    st.builds(
        lambda i, e: Decimal(i).scaleb(e),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.integers(min_value=-40, max_value=40),
    ),
)


@given(decimals)
@HSETTINGS
def test_decimal_round_trip(value: Decimal) -> None:
    encoded = enc("Decimal", value)
    assert isinstance(encoded, str) and "E" not in encoded.upper()
    assert dec("Decimal", encoded) == value


@given(st.floats(), st.sampled_from(["Double", "Single"]))
@HSETTINGS
def test_float_round_trip(value: float, kind: str) -> None:
    got = round_trip(kind, value)
    if math.isnan(value):
        assert math.isnan(got)
    else:
        assert got == value


@given(st.binary(max_size=256))
@HSETTINGS
def test_binary_round_trip(value: bytes) -> None:
    assert round_trip("Binary", value) == value


@given(st.binary(max_size=64))
@HSETTINGS
def test_binary_urlsafe_unpadded(value: bytes) -> None:
    import base64

    text = base64.urlsafe_b64encode(value).decode().rstrip("=")
    assert dec("Binary", text) == value


@given(
    st.sampled_from(
        [("Byte", 0, 255), ("SByte", -128, 127), ("Int16", -(2**15), 2**15 - 1),
         ("Int32", -(2**31), 2**31 - 1), ("Int64", -(2**63), 2**63 - 1)]
    ).flatmap(lambda k: st.tuples(st.just(k[0]), st.integers(min_value=k[1], max_value=k[2])))
)  # fmt: skip
@HSETTINGS
def test_int_round_trip(case: tuple[str, int]) -> None:
    kind, value = case
    assert round_trip(kind, value) == value
    assert dec(kind, str(value)) == value


@given(st.text())
@HSETTINGS
def test_string_round_trip(value: str) -> None:
    assert round_trip("String", value) == value


@given(
    st.one_of(
        st.text(max_size=40),
        st.integers(),
        st.floats(),
        st.none(),
        st.lists(st.integers(), max_size=3),
    )
)
@HSETTINGS
def test_decoders_raise_only_value_error(value: Any) -> None:
    # arbitrary JSON-ish input never crashes a decoder with anything but ValueError
    for kind in ALL_KINDS:
        try:
            dec(kind, value)
        except ValueError:
            pass
