"""Tests for the typed query layer: odatagen.runtime.query and .literals."""

from __future__ import annotations

import enum
import functools
import operator
import os
import re
import subprocess
import sys
import types
import uuid
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from odatagen.runtime import query as _q
from odatagen.runtime.literals import format_literal, quote_query_value
from odatagen.runtime.query import (
    CREATIO,
    MAX_PAGE_SIZE,
    STANDARD,
    Dialect,
    Filter,
    Query,
    page_params,
    render,
)

REPO = Path(__file__).resolve().parents[1]
G1 = uuid.UUID("8eca3c15-2f4b-4bd4-a2b1-5f1b3f0c9a01")
G2 = uuid.UUID("00000000-0000-0000-0000-000000000002")


class Color(enum.Enum):
    __odata_type__ = "Terrasoft.Configuration.OData.Color"
    Red = 1
    Blue = 2


class Style(enum.Flag):
    __odata_type__ = "NS.Style"
    Bold = 1
    Italic = 2


class Plain(enum.Enum):  # no __odata_type__
    Member = 1


class AccountFields(_q.Fields):
    id: _q.GuidField = _q.GuidField("Id")
    name: _q.StrField = _q.StrField("Name")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    owner: ContactFields = _q.nav(lambda: ContactFields, "Owner")
    contacts: ContactFields = _q.nav(
        f"{__name__}:ContactFields", "ContactCollectionByAccount", many=True
    )


class ContactFields(_q.Fields):
    id: _q.GuidField = _q.GuidField("Id")
    name: _q.StrField = _q.StrField("Name")
    age: _q.IntField = _q.IntField("Age")
    score: _q.FloatField = _q.FloatField("Score")
    birth_date: _q.DateTimeField = _q.DateTimeField("BirthDate")
    start: _q.DateField = _q.DateField("Start")
    opens: _q.TimeField = _q.TimeField("Opens")
    length: _q.DurationField = _q.DurationField("Length")
    amount: _q.DecimalField = _q.DecimalField("Amount")
    active: _q.BoolField = _q.BoolField("Active")
    photo: _q.BinaryField = _q.BinaryField("Photo")
    color: _q.EnumField[Color] = _q.EnumField("Color", Color)
    style: _q.EnumField[Style] = _q.EnumField("Style")
    extra: _q.AnyField = _q.AnyField("Extra")
    account_id: _q.LookupField = _q.LookupField("AccountId", "Account", "Id")
    region_id: _q.LookupField = _q.LookupField("RegionId")  # target left out
    account: AccountFields = _q.nav(AccountFields, "Account")


q = ContactFields()


def c(f: Filter) -> str:
    return render(f, CREATIO)


def s(f: Filter) -> str:
    return render(f, STANDARD)


# ---------------------------------------------------------------------------
# literals


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("Acme", "String", "'Acme'"),
        ("O'Neil", "String", "'O''Neil'"),
        ("''", "String", "''''''"),
        ("", "String", "''"),
        ("Zoë 東京 & #1 + 50%", "String", "'Zoë 東京 & #1 + 50%'"),
        (G1, "Guid", "8eca3c15-2f4b-4bd4-a2b1-5f1b3f0c9a01"),
        (G1, "Edm.Guid", "8eca3c15-2f4b-4bd4-a2b1-5f1b3f0c9a01"),
        (datetime(2024, 1, 2, 3, 4, 5), "DateTimeOffset", "2024-01-02T03:04:05Z"),
        (
            datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=3))),
            "DateTimeOffset",
            "2024-01-02T00:04:05Z",
        ),
        (
            datetime(2024, 1, 1, 1, 0, tzinfo=timezone(timedelta(hours=2))),
            "DateTimeOffset",
            "2023-12-31T23:00:00Z",
        ),
        (
            datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=timezone.utc),
            "DateTimeOffset",
            "2024-01-02T03:04:05.5Z",
        ),
        (
            datetime(2024, 1, 2, 3, 4, 5, 123456),
            "DateTime",
            "2024-01-02T03:04:05.123456Z",
        ),
        (date(2024, 1, 2), "Date", "2024-01-02"),
        (time(13, 45), "TimeOfDay", "13:45:00"),
        (time(13, 45, 0, 250000), "TimeOfDay", "13:45:00.25"),
        (timedelta(days=1, hours=2), "Duration", "duration'P1DT2H'"),
        (timedelta(seconds=-1), "Duration", "duration'-PT1S'"),
        (timedelta(0), "Duration", "duration'PT0S'"),
        (Decimal("1234.50"), "Decimal", "1234.50"),
        (Decimal("1E+3"), "Decimal", "1000"),
        (Decimal("-1E-7"), "Decimal", "-0.0000001"),
        (
            Decimal("12345678901234567890.123456789"),
            "Decimal",
            "12345678901234567890.123456789",
        ),
        (42, "Decimal", "42"),
        (42, "Int32", "42"),
        (-(2**31), "Int32", "-2147483648"),
        (2**62, "Int64", "4611686018427387904"),
        (255, "Byte", "255"),
        (1.5, "Double", "1.5"),
        (0.1, "Double", "0.1"),
        (1e100, "Double", "1e+100"),
        (1e-7, "Single", "1e-07"),
        (float("inf"), "Double", "INF"),
        (float("-inf"), "Double", "-INF"),
        (float("nan"), "Double", "NaN"),
        (3, "Double", "3"),
        (True, "Boolean", "true"),
        (False, "Boolean", "false"),
        (b"\x01\x02\x03", "Binary", "binary'AQID'"),
        (b"\xfb\xff", "Binary", "binary'-_8'"),
        (b"", "Binary", "binary''"),
        (Color.Red, "enum", "Terrasoft.Configuration.OData.Color'Red'"),
        (Style.Bold | Style.Italic, "enum", "NS.Style'Bold,Italic'"),
        (Plain.Member, "enum", "'Member'"),
        (None, "String", "null"),
        (None, "Guid", "null"),
        (None, "Int32", "null"),
        (None, "enum", "null"),
        ("x", "Untyped", "'x'"),
        (7, "Untyped", "7"),
        (G1, "Untyped", str(G1)),
        (Color.Blue, "Untyped", "Terrasoft.Configuration.OData.Color'Blue'"),
    ],
)
def test_literal(value: Any, kind: str, expected: str) -> None:
    assert format_literal(value, kind) == expected


@pytest.mark.parametrize(
    ("value", "kind", "message"),
    [
        (str(G1), "Guid", "uuid.UUID"),
        (1, "String", "expected str"),
        (True, "Int32", "expected int"),
        (1.0, "Int32", "expected int"),
        ("1", "Int32", "expected int"),
        (1.5, "Decimal", "use decimal.Decimal"),
        (True, "Decimal", "decimal.Decimal or int"),
        (True, "Double", "expected float"),
        (Decimal("1.5"), "Double", "expected float"),
        (1, "Boolean", "expected bool"),
        (date(2024, 1, 2), "DateTimeOffset", "datetime.datetime"),
        ("2024-01-02T00:00:00Z", "DateTimeOffset", "datetime.datetime"),
        (datetime(2024, 1, 2), "Date", "use .date()"),
        (60, "Duration", "timedelta"),
        ("AQID", "Binary", "bytes"),
        ("Red", "enum", "enum member"),
        (object(), "Untyped", "cannot write"),
    ],
)
def test_literal_of_the_wrong_type_is_a_type_error(
    value: Any, kind: str, message: str
) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        format_literal(value, kind)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (2**31, "Int32"),
        (-1, "Byte"),
        (2**63, "Int64"),
        (Decimal("NaN"), "Decimal"),
        (Decimal("Infinity"), "Decimal"),
        (time(1, tzinfo=timezone.utc), "TimeOfDay"),
        ("x", "Geography"),
    ],
)
def test_unrepresentable_literal_is_a_value_error(value: Any, kind: str) -> None:
    with pytest.raises(ValueError):
        format_literal(value, kind)


def test_enum_members_renamed_by_the_generator_are_written_by_wire_name() -> None:
    # as a generated enum module: {OData name: Python name} for renamed members
    module = types.ModuleType("odatagen_test_enum_module")
    module.WIRE_NAMES = {  # type: ignore[attr-defined]
        "class": "class_",
        "None": "None_",
    }

    class Kind(enum.Enum):
        __odata_type__ = "NS.Kind"
        class_ = 1
        None_ = 2
        Other = 3

    Kind.__module__ = module.__name__
    sys.modules[module.__name__] = module
    try:
        assert format_literal(Kind.class_, "enum") == "NS.Kind'class'"
        assert format_literal(Kind.None_, "enum") == "NS.Kind'None'"
        assert format_literal(Kind.Other, "enum") == "NS.Kind'Other'"
    finally:
        del sys.modules[module.__name__]


def test_field_comparisons_check_value_types_when_built() -> None:
    with pytest.raises(TypeError, match="expected int"):
        _ = q.age == "x"
    with pytest.raises(TypeError, match="uuid.UUID"):
        _ = q.account_id == str(G1)
    with pytest.raises(TypeError, match="not a Color member"):
        _ = q.color == Style.Bold
    with pytest.raises(TypeError, match="expected str"):
        q.name.in_(["a", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not one string"):
        q.name.in_("abc")
    with pytest.raises(TypeError):
        q.age.is_(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="out of range"):
        _ = q.age > 2**31


def test_field_kinds() -> None:
    big = _q.IntField("Big", kind="Int64")
    assert c(big > 2**40) == "Big gt 1099511627776"
    single = _q.FloatField("S", kind="Edm.Single")
    assert c(single < 0.5) == "S lt 0.5"
    # no literal form: declaring is fine, comparing with a value is not
    shape = _q.AnyField("Shape", kind="GeographyPoint")
    assert c(shape.is_(None)) == "Shape eq null"
    with pytest.raises(ValueError, match="no literal form"):
        _ = shape == {"type": "Point"}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_string_literal_round_trips(text: str) -> None:
    literal = format_literal(text, "String")
    assert literal[0] == literal[-1] == "'"
    assert literal[1:-1].replace("''", "'") == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_query_value_quoting_round_trips_without_plus_or_space(text: str) -> None:
    quoted = quote_query_value(text)
    assert " " not in quoted and "+" not in quoted and "&" not in quoted
    assert unquote(quoted) == text


# ---------------------------------------------------------------------------
# filters: comparisons, functions, precedence


def test_comparisons_and_functions() -> None:
    assert c(q.name == "X") == "Name eq 'X'"
    assert c(q.name != "X") == "Name ne 'X'"
    assert c(q.age < 3) == "Age lt 3"
    assert c(q.age <= 3) == "Age le 3"
    assert c(q.age > 3) == "Age gt 3"
    assert c(q.age >= 3) == "Age ge 3"
    assert c(q.name == None) == "Name eq null"  # noqa: E711
    assert c(q.name.is_(None)) == "Name eq null"
    assert c(q.name.is_not(None)) == "Name ne null"
    assert c(q.score > q.age) == "Score gt Age"
    assert c(q.name.startswith("Ac")) == "startswith(Name,'Ac')"
    assert c(q.name.endswith("me")) == "endswith(Name,'me')"
    assert c(q.name.contains("O'N")) == "contains(Name,'O''N')"
    assert c(q.name.tolower() == "acme") == "tolower(Name) eq 'acme'"
    assert c(q.name.toupper().contains("A")) == "contains(toupper(Name),'A')"
    assert c(q.name.length() > 3) == "length(Name) gt 3"
    # Python asks the right operand first when its class is a subclass of the left
    # one's (a field is an expression): the same comparison, mirrored
    assert c(q.name.trim() == q.name) == "Name eq trim(Name)"
    assert c(q.name.length() < q.age) == "Age gt length(Name)"
    assert c(q.name == q.name.trim()) == "Name eq trim(Name)"
    assert c(q.birth_date.year() == 2024) == "year(BirthDate) eq 2024"
    assert c(q.birth_date.month() == 1) == "month(BirthDate) eq 1"
    assert c(q.birth_date.day() == 2) == "day(BirthDate) eq 2"
    assert c(q.birth_date.hour() == 3) == "hour(BirthDate) eq 3"
    assert c(q.birth_date.date() == date(2024, 1, 2)) == "date(BirthDate) eq 2024-01-02"
    assert c(q.birth_date.time() < time(12)) == "time(BirthDate) lt 12:00:00"
    assert c(q.start.year() == 2024) == "year(Start) eq 2024"
    assert c(q.opens.hour() >= 9) == "hour(Opens) ge 9"
    assert c(q.length > timedelta(hours=1)) == "Length gt duration'PT1H'"
    assert c(q.active == True) == "Active eq true"  # noqa: E712
    assert c(q.photo == b"\x01") == "Photo eq binary'AQ'"
    assert c(q.color == Color.Red) == (
        "Color eq Terrasoft.Configuration.OData.Color'Red'"
    )
    assert c(q.style.has(Style.Bold)) == "Style has NS.Style'Bold'"
    assert c(q.extra == 3) == "Extra eq 3"
    assert c(q.extra == "3") == "Extra eq '3'"
    assert c(q.amount > 100) == "Amount gt 100"
    assert c(q.amount > Decimal("0.5")) == "Amount gt 0.5"


def test_arithmetic() -> None:
    assert c(q.age + 1 > 3) == "Age add 1 gt 3"
    assert c((q.age + 1) * 2 > 3) == "(Age add 1) mul 2 gt 3"
    assert c(q.age * 2 + 1 > 3) == "Age mul 2 add 1 gt 3"
    assert c(q.age - (q.age - 1) == 1) == "Age sub (Age sub 1) eq 1"
    assert c((q.age - q.age) - 1 == 1) == "Age sub Age sub 1 eq 1"
    assert c(q.age / (q.age * 2) == 1) == "Age div (Age mul 2) eq 1"
    assert c(q.age % 7 == 0) == "Age mod 7 eq 0"
    assert c(10 - q.age > 0) == "10 sub Age gt 0"
    assert c(2 * (q.age + 1) > 0) == "2 mul (Age add 1) gt 0"
    assert c(-q.age < 0) == "-Age lt 0"
    assert c(-(q.age + 1) < 0) == "-(Age add 1) lt 0"
    assert c(-(-q.age) < 0) == "-(-Age) lt 0"
    assert c(q.age + -1 > 0) == "Age add -1 gt 0"
    assert c(q.amount * Decimal("1.5") > 10) == "Amount mul 1.5 gt 10"
    assert c(q.score / 2.5 > 1) == "Score div 2.5 gt 1"
    assert c(q.name.length() * 2 > 10) == "length(Name) mul 2 gt 10"
    assert isinstance(q.age + 1, _q.IntExpr)
    assert isinstance(q.age + 1.5, _q.FloatExpr)
    assert isinstance(q.age + q.score, _q.FloatExpr)
    assert isinstance(q.age + q.amount, _q.DecimalExpr)
    assert isinstance(Decimal(1) + q.age, _q.DecimalExpr)
    assert c(q.age + 1.5 > 2) == "Age add 1.5 gt 2"
    with pytest.raises(TypeError):
        q.score + q.amount  # type: ignore[operator]
    with pytest.raises(TypeError):
        q.age + True
    with pytest.raises(TypeError):
        q.age + "1"  # type: ignore[operator]


def test_precedence_and_parentheses() -> None:
    a, b, d = q.age == 1, q.name == "b", q.active == True  # noqa: E712
    assert c(a & b | d) == "Age eq 1 and Name eq 'b' or Active eq true"
    assert c(a | b & d) == "Age eq 1 or Name eq 'b' and Active eq true"
    assert c(a & (b | d)) == "Age eq 1 and (Name eq 'b' or Active eq true)"
    assert c((a | b) & (d | a)) == (
        "(Age eq 1 or Name eq 'b') and (Active eq true or Age eq 1)"
    )
    assert c(~a) == "not (Age eq 1)"
    assert c(~(a & b)) == "not (Age eq 1 and Name eq 'b')"
    assert c(~(a | b) & d) == "not (Age eq 1 or Name eq 'b') and Active eq true"
    assert c(~q.name.contains("x")) == "not contains(Name,'x')"
    assert c(~~a) == "Age eq 1"
    assert c(~q.name.contains("x") | a) == "not contains(Name,'x') or Age eq 1"
    assert c(a | (b | d)) == c((a | b) | d) == c(Filter.any(a, b, d))
    assert (a | (b | d)) == Filter.any(a, b, d)
    assert c(Filter.all(a, b, d)) == "Age eq 1 and Name eq 'b' and Active eq true"
    assert c(Filter.all(a, Filter.any(b, d))) == c(a & (b | d))


def test_true_false_and_empty_combinations() -> None:
    a = q.age == 1
    assert c(Filter.all()) == "true"
    assert c(Filter.any()) == "false"
    assert Filter.all(a) is a
    assert a & Filter.all() is a
    assert a | Filter.any() is a
    assert c(~Filter.all()) == "false"
    assert c(Filter.any(a, Filter.all())) == "Age eq 1 or true"


def test_long_chains_render_without_recursion() -> None:
    chain = functools.reduce(operator.or_, [q.age == i for i in range(5000)])
    text = c(chain)
    assert text.startswith("Age eq 0 or Age eq 1 or ") and text.endswith("Age eq 4999")
    chain = functools.reduce(operator.and_, [q.age != i for i in range(5000)])
    assert c(~chain).startswith("not (Age ne 0 and ")


def test_filters_have_no_truth_value() -> None:
    a, b = q.age == 1, q.age == 2
    with pytest.raises(TypeError, match="no truth value"):
        bool(a)
    with pytest.raises(TypeError, match="no truth value"):
        a and b  # noqa: B018
    with pytest.raises(TypeError, match="expected a Filter"):
        Filter.all(a, True)  # type: ignore[arg-type]


def test_filters_and_fields_are_immutable_and_fields_hashable() -> None:
    a = q.age == 1
    with pytest.raises(AttributeError):
        a._node = a._node
    with pytest.raises(AttributeError):
        q.age._text = "x"
    assert {q.age: 1, q.name: 2}[q.name] == 2
    assert a == (q.age == 1) and hash(a) == hash(q.age == 1)
    assert repr(a) == "Filter('Age eq 1')"
    assert repr(q.account.name) == "StrField('Account/Name')"


# ---------------------------------------------------------------------------
# in_: creatio vs standard


def test_in_per_dialect() -> None:
    f = q.name.in_(["a", "b'c", "a"])
    assert c(f) == "Name eq 'a' or Name eq 'b''c'"
    assert s(f) == "Name in ('a','b''c')"
    assert c(q.age.in_([1])) == s(q.age.in_([1])) == "Age eq 1"
    assert c(q.age.in_([])) == s(q.age.in_([])) == "false"
    assert c(q.age.in_(x for x in (1, 2))) == "Age eq 1 or Age eq 2"


def test_in_inside_other_operators() -> None:
    f = q.age.in_([1, 2]) & (q.name == "x")
    assert c(f) == "(Age eq 1 or Age eq 2) and Name eq 'x'"
    assert s(f) == "Age in (1,2) and Name eq 'x'"
    assert c(~q.age.in_([1, 2])) == "not (Age eq 1 or Age eq 2)"
    assert s(~q.age.in_([1, 2])) == "not (Age in (1,2))"
    assert c(q.age.in_([1, 2]) | (q.name == "x")) == (
        "Age eq 1 or Age eq 2 or Name eq 'x'"
    )
    assert c(~q.age.in_([])) == "not false"
    assert c(q.age.in_([]) & (q.name == "x")) == "false and Name eq 'x'"


def test_dialect_names() -> None:
    assert Dialect("creatio").name == "creatio"
    with pytest.raises(ValueError):
        Dialect("sap")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        CREATIO.name = "standard"


# ---------------------------------------------------------------------------
# lookups and navigation paths


def test_lookup_renders_through_the_navigation() -> None:
    assert c(q.account_id == G1) == f"Account/Id eq {G1}"
    assert c(q.account_id.is_(None)) == "Account/Id eq null"
    assert c(q.account_id.in_([G1, G2])) == (
        f"Account/Id eq {G1} or Account/Id eq {G2}"
    )
    assert q.account_id.path == "Account/Id"
    assert q.account_id.name == "AccountId"
    assert Query().select(q.account_id).params(CREATIO) == {"$select": "AccountId"}
    assert Query().order_by(q.account_id).params(CREATIO) == {"$orderby": "Account/Id"}
    # without a navigation (its target was excluded), the column itself
    assert c(q.region_id == G1) == f"RegionId eq {G1}"
    assert q.region_id.path == "RegionId"
    # a custom target key
    custom = _q.LookupField("UsrCodeId", "UsrCode", "Code")
    assert c(custom == G1) == f"UsrCode/Code eq {G1}"


def test_navigation_paths() -> None:
    assert c(q.account.name == "X") == "Account/Name eq 'X'"
    assert c(q.account.owner.name == "X") == "Account/Owner/Name eq 'X'"
    assert c(q.account.owner_id == G1) == f"Account/Owner/Id eq {G1}"
    assert c(q.account.owner.account_id == G1) == f"Account/Owner/Account/Id eq {G1}"
    assert c(q.account.owner.account.name.startswith("A")) == (
        "startswith(Account/Owner/Account/Name,'A')"
    )
    assert q.account.name.path == "Account/Name"
    assert q.account.owner.age.path == "Account/Owner/Age"
    # class access works the same way; bound objects are cached
    assert c(ContactFields.account.name == "X") == "Account/Name eq 'X'"
    assert c(ContactFields.name == "X") == "Name eq 'X'"
    assert q.account is q.account and q.account.name is q.account.name
    assert q.name is ContactFields.name  # root fields are the declared objects
    assert repr(q.account.owner) == "ContactFields('Account/Owner')"
    # different instances do not share bound fields, and the class is unchanged
    other = ContactFields()
    assert other.account is not q.account
    assert c(other.account.name == "Y") == "Account/Name eq 'Y'"


def test_nav_targets_must_be_fields_classes() -> None:
    class Broken(_q.Fields):
        target: Any = _q.nav(lambda: int, "Target")  # type: ignore[type-var]

    with pytest.raises(TypeError, match="not a Fields class"):
        Broken().target


def test_collection_fields_cannot_be_filtered_at_the_root() -> None:
    contacts = q.account.contacts
    assert c(contacts.age > 3) == "Age gt 3"  # relative to the collection
    with pytest.raises(ValueError, match="Account/ContactCollectionByAccount"):
        Query().filter(contacts.age > 3)
    with pytest.raises(ValueError, match="different scopes"):
        (contacts.age > 3) & (q.age > 3)
    with pytest.raises(ValueError, match="different scopes"):
        contacts.age > q.age
    with pytest.raises(ValueError, match="collection"):
        Query().order_by(contacts.name)


# ---------------------------------------------------------------------------
# select, expand


def test_select_root_fields_dedupes_in_order() -> None:
    query = Query().select(q.name, q.age).select(q.name, q.id)
    assert query.params(CREATIO) == {"$select": "Name,Age,Id"}


def test_select_of_navigation_fields_implies_expand() -> None:
    query = Query().select(q.name, q.account.name, q.account.id)
    assert query.params(CREATIO) == {
        "$select": "Name",
        "$expand": "Account($select=Name,Id)",
    }
    query = Query().select(q.account.owner.name, q.account.name)
    assert query.params(CREATIO) == {
        "$expand": "Account($select=Name;$expand=Owner($select=Name))"
    }
    assert Query().select(q.account).params(CREATIO) == {"$expand": "Account"}
    assert Query().select(q.name, q.account.owner).params(CREATIO) == {
        "$select": "Name",
        "$expand": "Account($expand=Owner)",
    }


def test_nested_expand_with_options() -> None:
    contacts = q.account.contacts
    query = (
        Query()
        .expand(q.account, select=[q.account.name])
        .expand(
            contacts,
            select=[contacts.name, contacts.account.name],
            filter=(contacts.age > 18) & contacts.name.in_(["a", "b"]),
            order_by=[contacts.name.desc(), contacts.age],
            top=5,
            skip=10,
        )
    )
    assert query.params(CREATIO) == {
        "$expand": (
            "Account($select=Name;$expand=ContactCollectionByAccount("
            "$filter=Age gt 18 and (Name eq 'a' or Name eq 'b');$select=Name;"
            "$expand=Account($select=Name);$orderby=Name desc,Age;$top=5;$skip=10))"
        )
    }
    standard = query.params(STANDARD)["$expand"]
    assert "$filter=Age gt 18 and Name in ('a','b');" in standard
    assert query.query_string(CREATIO) == (
        "$expand=Account($select=Name;$expand=ContactCollectionByAccount("
        "$filter=Age%20gt%2018%20and%20(Name%20eq%20'a'%20or%20Name%20eq%20'b');"
        "$select=Name;$expand=Account($select=Name);$orderby=Name%20desc,Age;"
        "$top=5;$skip=10))"
    )


def test_expand_of_a_single_navigation_and_repeated_expands() -> None:
    assert Query().expand(q.account).params(CREATIO) == {"$expand": "Account"}
    assert Query().expand(q.account.owner).params(CREATIO) == {
        "$expand": "Account($expand=Owner)"
    }
    contacts = q.account.contacts
    query = (
        Query()
        .expand(contacts, filter=contacts.age > 1, top=3)
        .expand(contacts, filter=contacts.age < 9, top=4)
    )
    assert query.params(CREATIO)["$expand"] == (
        "Account($expand=ContactCollectionByAccount("
        "$filter=Age gt 1 and Age lt 9;$top=4))"
    )


def test_expand_errors() -> None:
    contacts = q.account.contacts
    with pytest.raises(TypeError, match="navigation"):
        Query().expand(q)
    with pytest.raises(TypeError, match="navigation"):
        Query().expand(q.name)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a field of Account"):
        Query().expand(q.account, select=[q.name])
    with pytest.raises(ValueError, match="need a collection"):
        Query().expand(q.account, filter=q.account.name == "x")
    with pytest.raises(ValueError, match="need a collection"):
        Query().expand(q.account, top=1)
    with pytest.raises(ValueError, match="filter is on other fields"):
        Query().expand(contacts, filter=q.age > 1)
    with pytest.raises(ValueError, match="order_by is on other fields"):
        Query().expand(contacts, order_by=q.age)
    with pytest.raises(TypeError, match="select"):
        Query().select(q.name.tolower())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="select"):
        Query().select(q)


# ---------------------------------------------------------------------------
# the query builder and its query string


def test_options_come_in_a_fixed_order() -> None:
    query = (
        Query()
        .search("acme")
        .count()
        .skip(20)
        .top(10)
        .order_by(q.name)
        .expand(q.account)
        .select(q.name)
        .filter(q.age > 1)
    )
    assert list(query.params(CREATIO)) == [
        "$filter",
        "$select",
        "$expand",
        "$orderby",
        "$top",
        "$skip",
        "$count",
        "$search",
    ]
    assert query.query_string(CREATIO) == (
        "$filter=Age%20gt%201&$select=Name&$expand=Account&$orderby=Name"
        "&$top=10&$skip=20&$count=true&$search=acme"
    )


def test_query_string_encoding() -> None:
    query = Query().filter(q.name == "O'Neil & Sons + Co #1 50% Zoë")
    assert query.query_string(CREATIO) == (
        "$filter=Name%20eq%20'O''Neil%20%26%20Sons%20%2B%20Co%20%231%2050%25"
        "%20Zo%C3%AB'"
    )
    assert "+" not in Query().search("a b").query_string(CREATIO)
    assert Query().search("a b").query_string(CREATIO) == "$search=a%20b"
    at = datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-5)))
    assert Query().filter(q.birth_date > at).query_string(CREATIO) == (
        "$filter=BirthDate%20gt%202024-01-02T05:00:00Z"
    )
    assert Query().filter(q.score > 1e100).query_string(STANDARD) == (
        "$filter=Score%20gt%201e%2B100"
    )


def test_filter_select_and_order_by_add_up_the_rest_replaces() -> None:
    query = Query().filter(q.age > 1).filter(q.age < 9, q.name == "x")
    assert query.params(CREATIO)["$filter"] == "Age gt 1 and Age lt 9 and Name eq 'x'"
    query = Query().filter((q.age > 1) | (q.age < 0))
    assert query.filter(q.name == "x").params(CREATIO)["$filter"] == (
        "(Age gt 1 or Age lt 0) and Name eq 'x'"
    )
    query = Query().order_by(q.name).order_by(q.age.desc(), q.name.length())
    assert query.params(CREATIO) == {"$orderby": "Name,Age desc,length(Name)"}
    assert Query().top(5).top(6).params(CREATIO) == {"$top": "6"}
    assert Query().top(5).top(None).params(CREATIO) == {}
    assert Query().count().count(False).params(CREATIO) == {}
    assert Query().search("x").search(None).params(CREATIO) == {}
    assert Query().filter().params(CREATIO) == {}
    assert Query().filter(Filter.all()).params(CREATIO) == {}


def test_query_is_immutable() -> None:
    base = Query()
    derived = base.filter(q.age > 1).top(5)
    assert base.params(CREATIO) == {}
    assert derived.params(CREATIO) == {"$filter": "Age gt 1", "$top": "5"}
    assert derived == Query().filter(q.age > 1).top(5)
    assert hash(derived) == hash(Query().filter(q.age > 1).top(5))
    with pytest.raises(AttributeError):
        base._s = derived._s
    assert repr(derived) == "Query('$filter=Age%20gt%201&$top=5')"


@pytest.mark.parametrize("method", ["top", "skip"])
def test_top_and_skip_are_checked(method: str) -> None:
    with pytest.raises(ValueError):
        getattr(Query(), method)(-1)
    with pytest.raises(TypeError):
        getattr(Query(), method)(True)
    with pytest.raises(TypeError):
        getattr(Query(), method)(1.0)


def test_order_by_rejects_other_things() -> None:
    with pytest.raises(TypeError, match="OrderBy"):
        Query().order_by("Name")  # type: ignore[arg-type]
    assert q.name.desc() == q.name.desc() and q.name.asc() != q.name.desc()
    assert repr(q.name.desc()) == "OrderBy('Name desc')"


# ---------------------------------------------------------------------------
# paging


def test_page_params_add_a_stable_order_and_top_skip() -> None:
    query = Query().filter(q.age > 1).order_by(q.name)
    assert page_params(query, 100, 0, q.id) == {
        "$filter": "Age gt 1",
        "$orderby": "Name,Id",
        "$top": "100",
        "$skip": "0",
    }
    assert page_params(query, 100, 3, q.id)["$skip"] == "300"
    # the key is not repeated when the order names it already
    for order in ([q.name, q.id], [q.id, q.name], [q.name, q.id.desc()]):
        paged = page_params(Query().order_by(*order), 10, 0, q.id)
        assert paged["$orderby"].count("Id") == 1
    assert page_params(Query(), 10, 0, q.id)["$orderby"] == "Id"
    # a composite key: CreatedOn then Id
    paged = page_params(Query().order_by(q.birth_date), 10, 0, (q.birth_date, q.id))
    assert paged["$orderby"] == "BirthDate,Id"
    assert page_params(Query(), 10, 0, q.account_id.desc())["$orderby"] == (
        "Account/Id desc"
    )


def test_page_size_is_capped_at_creatio_max() -> None:
    assert MAX_PAGE_SIZE == 20_000
    paged = page_params(Query(), 50_000, 1, q.id)
    assert (paged["$top"], paged["$skip"]) == ("20000", "20000")


def test_pages_stay_inside_the_querys_own_window() -> None:
    query = Query().skip(10).top(250)
    pages = [query.page(100, n, q.id).params(CREATIO) for n in range(4)]
    assert [(p["$top"], p["$skip"]) for p in pages] == [
        ("100", "10"),
        ("100", "110"),
        ("50", "210"),
        ("0", "310"),
    ]


def test_page_params_use_the_dialect() -> None:
    query = Query().filter(q.age.in_([1, 2]))
    assert page_params(query, 10, 0, q.id)["$filter"] == "Age eq 1 or Age eq 2"
    assert page_params(query, 10, 0, q.id, STANDARD)["$filter"] == "Age in (1,2)"


def test_page_arguments_are_checked() -> None:
    with pytest.raises(ValueError):
        page_params(Query(), 0, 0, q.id)
    with pytest.raises(ValueError):
        page_params(Query(), 10, -1, q.id)
    with pytest.raises(ValueError, match="collection"):
        page_params(Query(), 10, 0, q.account.contacts.id)


# ---------------------------------------------------------------------------
# static typing: mypy --strict accepts correct queries and refuses wrong ones

MYPY_SNIPPET = """\
import datetime
import decimal
import enum
import uuid

from odatagen.runtime import query as _q
from odatagen.runtime.query import Filter, OrderBy, Query


class Color(enum.Enum):
    RED = 1


class AccountFields(_q.Fields):
    name: _q.StrField = _q.StrField("Name")


class ContactFields(_q.Fields):
    id: _q.GuidField = _q.GuidField("Id")
    name: _q.StrField = _q.StrField("Name")
    age: _q.IntField = _q.IntField("Age")
    score: _q.FloatField = _q.FloatField("Score")
    birth_date: _q.DateTimeField = _q.DateTimeField("BirthDate")
    amount: _q.DecimalField = _q.DecimalField("Amount")
    color: _q.EnumField[Color] = _q.EnumField("Color", Color)
    account_id: _q.LookupField = _q.LookupField("AccountId", "Account", "Id")
    account: AccountFields = _q.nav(AccountFields, "Account")
    other: AccountFields = _q.nav("AccountFields", "Other")


q = ContactFields()
good: list[Filter] = [
    q.age == 3,
    q.age != None,
    q.age > 3,
    q.age.in_([1, 2]),
    q.name == "x",
    q.name.startswith("a"),
    q.name.tolower() == q.name,
    q.account.name == "x",
    q.other.name == "x",
    q.account_id == uuid.UUID(int=1),
    q.account_id.is_(None),
    q.amount > 1,
    q.amount == decimal.Decimal("1.5"),
    q.score > 1,
    q.score < q.age,
    (q.age + 1) * 2 > q.amount,
    q.birth_date > datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
    q.birth_date.year() == 2024,
    q.birth_date.date() == datetime.date(2024, 1, 1),
    q.color == Color.RED,
    ~(q.age == 1) & (q.name == "x") | Filter.all(),
]
length: _q.IntExpr = q.name.length()
mixed: _q.FloatExpr = q.age + 1.5
money: _q.DecimalExpr = q.age * q.amount
reflected: _q.IntExpr = 10 - q.age
order: OrderBy = q.name.desc()
query: Query = Query().filter(*good).select(q.name, q.account.name).order_by(order)
query = query.expand(q.account, select=[q.account.name]).top(10).skip(5).count()
params: dict[str, str] = query.params(_q.CREATIO)
text: str = query.query_string(_q.STANDARD)
paged: dict[str, str] = _q.page_params(query, 100, 2, q.id)

Query().filter(q.age == "x")  # E: a str is not an int
wrong: Filter = q.age == "x"  # E
q.age < "x"  # E
q.age.in_(["a"])  # E
q.name.startswith(3)  # E
q.name > 3  # E
Query().filter(q.account_id == "8eca3c15-2f4b-4bd4-a2b1-5f1b3f0c9a01")  # E
Query().filter(q.color == 1)  # E
q.birth_date > datetime.date(2024, 1, 1)  # E
q.amount > 1.5  # E
(q.age == 1) & (q.name == 2)  # E
q.age + "1"  # E
q.score + q.amount  # E
Query().select(q.name.tolower())  # E
Query().filter(q.age > 1).top("10")  # E
"""


def test_mypy_accepts_right_queries_and_refuses_wrong_ones(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(MYPY_SNIPPET, "utf-8")
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", "utf-8")  # hermetic: no repository config
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--strict",
            f"--cache-dir={os.devnull}",
            "--no-color-output",
            "--no-error-summary",
            str(snippet),
        ],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    expected = {
        number
        for number, line in enumerate(MYPY_SNIPPET.splitlines(), start=1)
        if "# E" in line
    }
    failing = {
        int(m.group(1))
        for m in re.finditer(r"^[^\n]*snippet\.py:(\d+): error:", result.stdout, re.M)
    }
    assert not result.stderr.strip(), result.stderr
    assert failing == expected, result.stdout
    # errors come from the snippet only: the runtime itself is mypy --strict clean
    assert all(
        "snippet.py" in line for line in result.stdout.splitlines()
    ), result.stdout
    assert len(expected) == 15
