"""`odatagen diff`: every change kind and its severity, the customisation summary, the
report formats, the command's exit codes and ignore file, and a generated package as a
side. Documents are built here from one base document and a textual edit per case."""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import click
import pytest

from tests.conftest import SYNTH, synthesise
from click.testing import CliRunner, Result

from odatagen.cli import Command
from odatagen.diff import CODES, MESSAGES, SEVERITIES, DiffResult, diff_schemas
from odatagen.diff_command import diff_command, parse_ignore
from odatagen.diagnostics import GenerationError
from odatagen.edmx import load
from odatagen.generate import Settings, build
from odatagen.report import FOLD, render, sentences
from odatagen.schema import Schema

ROOT = Path(__file__).resolve().parents[1]
ACME = ROOT / "fixtures" / "creatio" / "acme-small.xml"
EDMX = "http://docs.oasis-open.org/odata/ns/edmx"
EDM = "http://docs.oasis-open.org/odata/ns/edm"
CAP = "Org.OData.Capabilities.V1"


# -- a small CSDL builder ---------------------------------------------------------------
def document(body: str, container: str, namespace: str = "NS") -> bytes:
    """A CSDL 4.0 document: one schema holding `body` and a container."""
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<edmx:Edmx Version="4.0" '
        f'xmlns:edmx="{EDMX}"><edmx:DataServices>\n'
        f'<Schema Namespace="{namespace}" xmlns="{EDM}">\n{body}\n'
        f'<EntityContainer Name="Container">{container}</EntityContainer>\n'
        "</Schema></edmx:DataServices></edmx:Edmx>\n"
    ).encode()


def annotated(term: str, value: str = 'Bool="true"') -> str:
    return f'<Annotation Term="Org.OData.Core.V1.{term}" {value}/>'


def restricted(name: str, term: str, member: str) -> str:
    record = f'<Record><PropertyValue Property="{member}" Bool="false"/></Record>'
    return (
        f'<EntitySet Name="{name}" EntityType="NS.{name}">'
        f'<Annotation Term="{CAP}.{term}">{record}</Annotation></EntitySet>'
    )


BODY = """
<EntityType Name="Contact">
  <Key><PropertyRef Name="Id"/></Key>
  <Property Name="Id" Type="Edm.Guid" Nullable="false"/>
  <Property Name="Name" Type="Edm.String" Nullable="false" MaxLength="100"/>
  <Property Name="Age" Type="Edm.Int32"/>
  <Property Name="Amount" Type="Edm.Decimal" Precision="18" Scale="2"/>
  <Property Name="Color" Type="NS.Color"/>
  <Property Name="Tags" Type="Collection(Edm.String)"/>
  <Property Name="Code" Type="Edm.String"/>
  <Property Name="AccountId" Type="Edm.Guid"/>
  <NavigationProperty Name="Account" Type="NS.Account"/>
  <NavigationProperty Name="Friends" Type="Collection(NS.Contact)"/>
</EntityType>
<EntityType Name="Account" OpenType="true">
  <Key><PropertyRef Name="Id"/></Key>
  <Property Name="Id" Type="Edm.Guid" Nullable="false"/>
  <Property Name="Name" Type="Edm.String"/>
</EntityType>
<EntityType Name="City">
  <Key><PropertyRef Name="Id"/></Key>
  <Property Name="Id" Type="Edm.Guid" Nullable="false"/>
</EntityType>
<EntityType Name="Person">
  <Key><PropertyRef Name="Id"/></Key>
  <Property Name="Id" Type="Edm.Guid" Nullable="false"/>
</EntityType>
<EntityType Name="Employee" BaseType="NS.Person">
  <Property Name="Badge" Type="Edm.String"/>
</EntityType>
<ComplexType Name="Address">
  <Property Name="Street" Type="Edm.String"/>
</ComplexType>
<EnumType Name="Color">
  <Member Name="Red" Value="0"/>
  <Member Name="Green" Value="1"/>
</EnumType>
<EnumType Name="Size">
  <Member Name="Small" Value="0"/>
</EnumType>
<Action Name="Approve" IsBound="true">
  <Parameter Name="contact" Type="NS.Contact" Nullable="false"/>
  <Parameter Name="Note" Type="Edm.String"/>
</Action>
<Action Name="Approve" IsBound="true">
  <Parameter Name="account" Type="NS.Account" Nullable="false"/>
  <Parameter Name="Note" Type="Edm.String"/>
</Action>
<Function Name="Top">
  <Parameter Name="Count" Type="Edm.Int32" Nullable="false"/>
  <ReturnType Type="Collection(NS.Contact)" Nullable="false"/>
</Function>
<Function Name="Top">
  <Parameter Name="Count" Type="Edm.Int32" Nullable="false"/>
  <Parameter Name="Skip" Type="Edm.Int32" Nullable="false"/>
  <ReturnType Type="Collection(NS.Contact)" Nullable="false"/>
</Function>
"""
CONTAINER = """
<EntitySet Name="Contact" EntityType="NS.Contact"/>
<EntitySet Name="Account" EntityType="NS.Account"/>
<EntitySet Name="City" EntityType="NS.City"/>
<EntitySet Name="Employee" EntityType="NS.Employee"/>
<Singleton Name="Me" Type="NS.Contact"/>
<FunctionImport Name="Top" Function="NS.Top" EntitySet="Contact"/>
"""


def schema(body: str = BODY, container: str = CONTAINER, prefix: str = "Usr") -> Schema:
    return load(document(body, container), "test.xml", prefix)[0]


def edited(*edits: tuple[str, str]) -> tuple[str, str]:
    """BODY and CONTAINER with each (old, new) text replaced once (it must occur)."""
    body, container = BODY, CONTAINER
    for old, new in edits:
        if old in body:
            body = body.replace(old, new, 1)
        else:
            assert old in container, old
            container = container.replace(old, new, 1)
    return body, container


BASE = schema()
CONTACT = '<EntityType Name="Contact">\n  <Key><PropertyRef Name="Id"/></Key>'
CITY = '<EntityType Name="City">'
ACCOUNT = '<EntityType Name="Account" OpenType="true">'
AGE = '<Property Name="Age" Type="Edm.Int32"/>'
CODE = '<Property Name="Code" Type="Edm.String"/>'
NAME = '<Property Name="Name" Type="Edm.String" Nullable="false" MaxLength="100"/>'
OWNER = (
    '<NavigationProperty Name="Owner" Type="NS.Account">'
    '<ReferentialConstraint Property="AccountId" ReferencedProperty="Id"/>'
    "</NavigationProperty>"
)
LOOKUP = (
    '  <Property Name="AccountId" Type="Edm.Guid"/>\n'
    '  <NavigationProperty Name="Account" Type="NS.Account"/>\n'
)
FRIENDS = '<NavigationProperty Name="Friends" Type="Collection(NS.Contact)"/>'
NOTE = '<Parameter Name="Note" Type="Edm.String"/>'
ACCOUNT_NOTE = (
    '<Parameter Name="account" Type="NS.Account" Nullable="false"/>\n  ' + NOTE
)
TOP = '<Function Name="Top">\n  <Parameter Name="Count" Type="Edm.Int32" Nullable="false"/>\n  <ReturnType'
TOP_RETURN = '<ReturnType Type="Collection(NS.Contact)" Nullable="false"/>'
APPROVE = '<Action Name="Approve" IsBound="true">\n  <Parameter Name="contact" Type="NS.Contact" Nullable="false"/>\n  <Parameter Name="Note" Type="Edm.String"/>\n</Action>'
CITY_SET = '<EntitySet Name="City" EntityType="NS.City"/>'
NEW_ENTITY = '<EntityType Name="UsrThing"><Key><PropertyRef Name="Id"/></Key><Property Name="Id" Type="Edm.Guid" Nullable="false"/></EntityType>\n'
AT_CONTACT = "Action NS.Approve(NS.Contact)"
AT_ACCOUNT = "Action NS.Approve(NS.Account)"

# (id, edits, {(severity, code, path)}): exactly the changes the edits must give
CASES: list[tuple[str, list[tuple[str, str]], set[tuple[str, str, str]]]] = [
    (
        "entity-added",
        [(CITY, NEW_ENTITY + CITY)],
        {("info", "entity-added", "UsrThing")},
    ),
    (
        "entity-removed",
        [
            (
                '<EntityType Name="City">\n  <Key><PropertyRef Name="Id"/></Key>\n  <Property Name="Id" Type="Edm.Guid" Nullable="false"/>\n</EntityType>',
                "",
            ),
            (CITY_SET, ""),
        ],
        {
            ("breaking", "entity-removed", "City"),
            ("breaking", "entity-set-removed", "EntitySet City"),
        },
    ),
    (
        "complex-type-added",
        [(CITY, '<ComplexType Name="Geo"/>' + CITY)],
        {("info", "complex-type-added", "Geo")},
    ),
    (
        "complex-type-removed",
        [
            (
                '<ComplexType Name="Address">\n  <Property Name="Street" Type="Edm.String"/>\n</ComplexType>',
                "",
            )
        ],
        {("breaking", "complex-type-removed", "Address")},
    ),
    (
        "base-type-changed",
        [('BaseType="NS.Person"', 'BaseType="NS.City"')],
        {("breaking", "base-type-changed", "Employee")},
    ),
    (
        "type-now-abstract",
        [(CITY, '<EntityType Name="City" Abstract="true">')],
        {("breaking", "type-now-abstract", "City")},
    ),
    (
        "type-no-longer-open",
        [(ACCOUNT, '<EntityType Name="Account">')],
        {("breaking", "type-no-longer-open", "Account")},
    ),
    (
        "type-now-open",
        [(CITY, '<EntityType Name="City" OpenType="true">')],
        {("info", "type-now-open", "City")},
    ),
    (
        "stream-added",
        [(CITY, '<EntityType Name="City" HasStream="true">')],
        {("info", "stream-added", "City")},
    ),
    (
        "key-changed",
        [(CONTACT, CONTACT.replace('"Id"/>', '"Id"/><PropertyRef Name="Code"/>'))],
        {("breaking", "key-changed", "Contact")},
    ),
    (
        "property-removed",
        [(CODE, "")],
        {("breaking", "property-removed", "Contact.Code")},
    ),
    (
        "property-added",
        [(CODE, CODE + '<Property Name="UsrRank" Type="Edm.Int32"/>')],
        {("info", "property-added", "Contact.UsrRank")},
    ),
    (
        "property-added-required",
        [(CODE, CODE + '<Property Name="Nick" Type="Edm.String" Nullable="false"/>')],
        {("warning", "property-added-required", "Contact.Nick")},
    ),
    (
        "property-added-with-default",
        [
            (
                CODE,
                CODE
                + '<Property Name="Nick" Type="Edm.String" Nullable="false" DefaultValue="x"/>',
            )
        ],
        {("info", "property-added", "Contact.Nick")},
    ),
    (
        "property-added-required-not-insertable",
        [
            (CITY_SET, restricted("City", "InsertRestrictions", "Insertable")),
            (
                '<Property Name="Id" Type="Edm.Guid" Nullable="false"/>\n</EntityType>\n<EntityType Name="Person">',
                '<Property Name="Id" Type="Edm.Guid" Nullable="false"/><Property Name="Nick" Type="Edm.String" Nullable="false"/>\n</EntityType>\n<EntityType Name="Person">',
            ),
        ],
        {
            ("breaking", "insert-forbidden", "EntitySet City"),
            ("info", "property-added", "City.Nick"),
        },
    ),
    (
        "property-retyped",
        [(AGE, AGE.replace("Int32", "Int64"))],
        {("breaking", "property-retyped", "Contact.Age")},
    ),
    (
        "property-retyped-collection",
        [("Collection(Edm.String)", "Edm.String")],
        {("breaking", "property-retyped", "Contact.Tags")},
    ),
    (
        "property-now-nullable",
        [(NAME, NAME.replace(' Nullable="false"', ""))],
        {("breaking", "property-now-nullable", "Contact.Name")},
    ),
    (
        "property-now-required",
        [(AGE, AGE.replace("/>", ' Nullable="false"/>'))],
        {("warning", "property-now-required", "Contact.Age")},
    ),
    (
        "max-length-narrowed",
        [(NAME, NAME.replace("100", "50"))],
        {("warning", "max-length-narrowed", "Contact.Name")},
    ),
    (
        "max-length-widened",
        [(NAME, NAME.replace(' MaxLength="100"', ""))],
        {("info", "max-length-widened", "Contact.Name")},
    ),
    (
        "precision-changed",
        [('Scale="2"', 'Scale="4"')],
        {("warning", "precision-changed", "Contact.Amount")},
    ),
    (
        "property-now-computed",
        [(CODE, CODE[:-2] + ">" + annotated("Computed") + "</Property>")],
        {("breaking", "property-now-computed", "Contact.Code")},
    ),
    (
        "property-now-immutable",
        [(CODE, CODE[:-2] + ">" + annotated("Immutable") + "</Property>")],
        {("breaking", "property-now-immutable", "Contact.Code")},
    ),
    (
        "permissions-narrowed",
        [
            (
                CODE,
                CODE[:-2]
                + ">"
                + annotated(
                    "Permissions", 'EnumMember="Org.OData.Core.V1.Permission/Read"'
                )
                + "</Property>",
            )
        ],
        {("breaking", "permissions-narrowed", "Contact.Code")},
    ),
    (
        "lookup-removed",
        [(LOOKUP, "")],
        {("breaking", "lookup-removed", "Contact.AccountId")},
    ),
    (
        "lookup-added",
        [
            (
                LOOKUP,
                LOOKUP
                + '<Property Name="CityId" Type="Edm.Guid"/><NavigationProperty Name="City" Type="NS.City"/>',
            )
        ],
        {("info", "lookup-added", "Contact.CityId")},
    ),
    (
        "lookup-retargeted",
        [('Name="Account" Type="NS.Account"', 'Name="Account" Type="NS.City"')],
        {("breaking", "lookup-retargeted", "Contact.AccountId")},
    ),
    (
        "navigation-removed",
        [(FRIENDS, "")],
        {("breaking", "navigation-removed", "Contact.Friends")},
    ),
    (
        "navigation-added",
        [
            (
                FRIENDS,
                FRIENDS
                + '<NavigationProperty Name="Towns" Type="Collection(NS.City)"/>',
            )
        ],
        {("info", "navigation-added", "Contact.Towns")},
    ),
    (
        "navigation-retargeted",
        [(FRIENDS, FRIENDS.replace("NS.Contact", "NS.Account"))],
        {("breaking", "navigation-retargeted", "Contact.Friends")},
    ),
    (
        "navigation-cardinality-changed",
        [(FRIENDS, FRIENDS.replace("Collection(NS.Contact)", "NS.Contact"))],
        {("breaking", "navigation-cardinality-changed", "Contact.Friends")},
    ),
    (
        "enum-removed",
        [
            (
                '<EnumType Name="Size">\n  <Member Name="Small" Value="0"/>\n</EnumType>',
                "",
            )
        ],
        {("breaking", "enum-removed", "Size")},
    ),
    (
        "enum-added",
        [(CITY, '<EnumType Name="Mood"><Member Name="Calm"/></EnumType>' + CITY)],
        {("info", "enum-added", "Mood")},
    ),
    (
        "enum-member-added",
        [
            (
                '<Member Name="Small" Value="0"/>',
                '<Member Name="Small" Value="0"/><Member Name="Large" Value="1"/>',
            )
        ],
        {("warning", "enum-member-added", "Size.Large")},
    ),
    (
        "enum-member-removed",
        [('<Member Name="Green" Value="1"/>', "")],
        {("breaking", "enum-member-removed", "Color.Green")},
    ),
    (
        "enum-member-value-changed",
        [('<Member Name="Green" Value="1"/>', '<Member Name="Green" Value="2"/>')],
        {("breaking", "enum-member-value-changed", "Color.Green")},
    ),
    (
        "enum-flags-changed",
        [('<EnumType Name="Size">', '<EnumType Name="Size" IsFlags="true">')],
        {("breaking", "enum-flags-changed", "Size")},
    ),
    (
        "enum-underlying-changed",
        [
            (
                '<EnumType Name="Size">',
                '<EnumType Name="Size" UnderlyingType="Edm.Int64">',
            )
        ],
        {("warning", "enum-underlying-changed", "Size")},
    ),
    (
        "operation-removed",
        [(APPROVE, "")],
        {("breaking", "operation-removed", AT_CONTACT)},
    ),
    (
        "operation-added",
        [(CITY, '<Action Name="UsrPing"/>' + CITY)],
        {("info", "operation-added", "Action NS.UsrPing")},
    ),
    (
        "operation-kind-changed",
        [
            (
                APPROVE,
                APPROVE.replace("Action", "Function").replace(
                    "</Function>", '<ReturnType Type="Edm.Boolean"/></Function>'
                ),
            )
        ],
        {
            ("breaking", "operation-kind-changed", AT_CONTACT),
            ("info", "return-type-added", AT_CONTACT),
        },
    ),
    (
        "parameter-removed",
        [(ACCOUNT_NOTE, ACCOUNT_NOTE.replace(NOTE, ""))],
        {("breaking", "parameter-removed", AT_ACCOUNT + ".Note")},
    ),
    (
        "parameter-added",
        [(ACCOUNT_NOTE, ACCOUNT_NOTE + '<Parameter Name="Why" Type="Edm.String"/>')],
        {("warning", "parameter-added", AT_ACCOUNT + ".Why")},
    ),
    (
        "parameter-added-required",
        [
            (
                ACCOUNT_NOTE,
                ACCOUNT_NOTE
                + '<Parameter Name="Why" Type="Edm.String" Nullable="false"/>',
            )
        ],
        {("breaking", "parameter-added-required", AT_ACCOUNT + ".Why")},
    ),
    (
        "parameter-retyped",
        [(ACCOUNT_NOTE, ACCOUNT_NOTE.replace("Edm.String", "Edm.Int32"))],
        {("breaking", "parameter-retyped", AT_ACCOUNT + ".Note")},
    ),
    (
        "parameter-now-required",
        [
            (
                ACCOUNT_NOTE,
                ACCOUNT_NOTE.replace('String"/>', 'String" Nullable="false"/>'),
            )
        ],
        {("breaking", "parameter-now-required", AT_ACCOUNT + ".Note")},
    ),
    (
        "overload-removed",
        [
            (
                TOP,
                '<Function Name="Gone">\n  <Parameter Name="Count" Type="Edm.Int32" Nullable="false"/>\n  <ReturnType',
            )
        ],
        {
            ("breaking", "operation-removed", "Function NS.Top[Count]"),
            ("info", "operation-added", "Function NS.Gone"),
        },
    ),
    (
        "return-type-changed",
        [(TOP_RETURN, TOP_RETURN.replace("NS.Contact", "NS.Account"))],
        {("breaking", "return-type-changed", "Function NS.Top[Count]")},
    ),
    (
        "return-now-nullable",
        [(TOP_RETURN, TOP_RETURN.replace(' Nullable="false"', ""))],
        {("breaking", "return-now-nullable", "Function NS.Top[Count]")},
    ),
    (
        "entity-set-added",
        [(CITY_SET, CITY_SET + '<EntitySet Name="Towns" EntityType="NS.City"/>')],
        {("info", "entity-set-added", "EntitySet Towns")},
    ),
    (
        "entity-set-retyped",
        [(CITY_SET, '<EntitySet Name="City" EntityType="NS.Account"/>')],
        {("breaking", "entity-set-retyped", "EntitySet City")},
    ),
    (
        "entity-set-kind-changed",
        [
            (
                '<Singleton Name="Me" Type="NS.Contact"/>',
                '<EntitySet Name="Me" EntityType="NS.Contact"/>',
            )
        ],
        {("breaking", "entity-set-kind-changed", "Singleton Me")},
    ),
    (
        "update-forbidden",
        [(CITY_SET, restricted("City", "UpdateRestrictions", "Updatable"))],
        {("breaking", "update-forbidden", "EntitySet City")},
    ),
    (
        "delete-forbidden",
        [(CITY_SET, restricted("City", "DeleteRestrictions", "Deletable"))],
        {("breaking", "delete-forbidden", "EntitySet City")},
    ),
    (
        "lookup-navigation-changed",
        [('<NavigationProperty Name="Account" Type="NS.Account"/>', OWNER)],
        {("breaking", "lookup-navigation-changed", "Contact.AccountId")},
    ),
    (
        "operation-import-changed",
        [
            ('Function="NS.Top"', 'Function="NS.Gone"'),
            (TOP, TOP.replace("Top", "Gone")),
        ],
        {
            ("breaking", "operation-import-changed", "FunctionImport Top"),
            ("breaking", "operation-removed", "Function NS.Top[Count]"),
            ("info", "operation-added", "Function NS.Gone"),
        },
    ),
    (
        "operation-import-removed",
        [('<FunctionImport Name="Top" Function="NS.Top" EntitySet="Contact"/>', "")],
        {("breaking", "operation-import-removed", "FunctionImport Top")},
    ),
]
# the reverse of a case gives the opposite change
REVERSED = {
    "type-now-abstract": {("info", "type-no-longer-abstract", "City")},
    "stream-added": {("breaking", "stream-removed", "City")},
    "property-now-computed": {("info", "property-no-longer-computed", "Contact.Code")},
    "property-now-immutable": {
        ("info", "property-no-longer-immutable", "Contact.Code")
    },
    "permissions-narrowed": {("info", "permissions-widened", "Contact.Code")},
    "return-now-nullable": {("info", "return-now-required", "Function NS.Top[Count]")},
    "parameter-now-required": {
        ("info", "parameter-now-nullable", AT_ACCOUNT + ".Note")
    },
    "update-forbidden": {("info", "update-allowed", "EntitySet City")},
    "delete-forbidden": {("info", "delete-allowed", "EntitySet City")},
    "entity-set-added": {("breaking", "entity-set-removed", "EntitySet Towns")},
    "operation-import-removed": {
        ("info", "operation-import-added", "FunctionImport Top")
    },
    "operation-kind-changed": {
        ("breaking", "operation-kind-changed", "Function NS.Approve(NS.Contact)"),
        ("breaking", "return-type-removed", "Function NS.Approve(NS.Contact)"),
    },
    "property-added-required-not-insertable": {
        ("info", "insert-allowed", "EntitySet City"),
        ("breaking", "property-removed", "City.Nick"),
    },
}


def triples(result: DiffResult) -> set[tuple[str, str, str]]:
    return {(c.severity, c.code, c.path) for c in result.changes}


@pytest.mark.parametrize(
    "edits, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_change_kinds(
    edits: list[tuple[str, str]], expected: set[tuple[str, str, str]]
) -> None:
    new = schema(*edited(*edits))
    assert triples(diff_schemas(BASE, new)) == expected


@pytest.mark.parametrize("case", sorted(REVERSED))
def test_reversed_change_kinds(case: str) -> None:
    edits = next(c[1] for c in CASES if c[0] == case)
    old = schema(*edited(*edits))
    assert triples(diff_schemas(old, BASE)) == REVERSED[case]


def test_every_code_is_documented_and_tested() -> None:
    tested = {t[1] for c in CASES for t in c[2]}
    tested |= {t[1] for found in REVERSED.values() for t in found}
    assert set(CODES) == set(MESSAGES) and len(CODES) > 60
    assert set(CODES.values()) <= set(SEVERITIES)
    assert tested == set(CODES), set(CODES) ^ tested
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)+", code) for code in CODES)
    expected = [t for c in CASES for t in c[2]] + [
        t for f in REVERSED.values() for t in f
    ]
    assert all(severity == CODES[code] for severity, code, _ in expected)


def test_identical_schemas_give_no_changes() -> None:
    result = diff_schemas(BASE, schema())
    assert result.changes == () and result.counts() == dict.fromkeys(SEVERITIES, 0)
    assert not result.reaches("info") and sentences(result) == []


def test_messages_values_custom_and_order() -> None:
    new = schema(
        *edited(
            (AGE, AGE.replace("Int32", "Int64")),
            (CODE, CODE + '<Property Name="UsrRank" Type="Edm.Int32"/>'),
            (FRIENDS, ""),
        )
    )
    result = diff_schemas(BASE, new)
    retyped, removed, added = result.changes  # by path, then code
    assert retyped.message == "Contact.Age changed type from Edm.Int32 to Edm.Int64."
    assert (retyped.old, retyped.new, retyped.custom) == (
        "Edm.Int32",
        "Edm.Int64",
        False,
    )
    assert removed.path == "Contact.Friends" and removed.old == "Contact"
    assert added.path == "Contact.UsrRank" and added.custom and added.new == "Edm.Int32"
    assert not result.reaches("never") and result.reaches("breaking")


def test_ambiguous_short_names_are_qualified() -> None:
    other = BODY.replace("NS.", "Other.")
    both = document(
        BODY + "</Schema>\n" + f'<Schema Namespace="Other" xmlns="{EDM}">' + other,
        CONTAINER,
    )
    old = load(both, "t.xml")[0]
    new = load(
        both.replace(b'<Property Name="Age" Type="Edm.Int32"/>', b"", 1), "t.xml"
    )[0]
    assert triples(diff_schemas(old, new)) == {
        ("breaking", "property-removed", "NS.Contact.Age")
    }


# -- two Creatio tenants ---------------------------------------------------------------
def synth(out: Path, *args: str) -> Path:
    return synthesise(out, *args)


@pytest.fixture(scope="module")
def tenants(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("tenants")
    common = ["--only", "Contact,Account,City", "--custom-entities", "2"]
    common += ["--custom-columns", "4"]
    acme = synth(root / "acme.xml", *common, "--seed", "1")
    globex = synth(root / "globex.xml", *common, "--seed", "2", "--prefix", "lab")
    return acme, globex


def test_prefix_summary_of_two_tenants(tenants: tuple[Path, Path]) -> None:
    acme, globex = (load(p.read_bytes(), p.name, "auto")[0] for p in tenants)
    assert (acme.custom_prefix, globex.custom_prefix) == ("Usr", "lab")
    result = diff_schemas(acme, globex, "acme", "globex")
    assert sentences(result) == [
        "acme uses the prefix Usr, globex uses lab",
        "acme has 2 custom entities globex lacks",
        "acme has 4 custom columns on standard entities globex lacks",
        "globex has 2 custom entities acme lacks",
        "globex has 4 custom columns on standard entities acme lacks",
    ]
    assert all(
        c.startswith(("Contact.Usr", "Account.Usr", "City.Usr"))
        for c in result.old.columns
    )
    assert all(e.startswith("lab") for e in result.new.entities)
    removed = {c.path for c in result.changes if c.code == "entity-removed"}
    assert removed == set(result.old.entities)
    assert all(c.custom for c in result.changes), [
        c for c in result.changes if not c.custom
    ]
    assert diff_schemas(globex, globex).changes == ()


# -- reports ---------------------------------------------------------------------------
EVIL = "<img src=x onerror=alert(1)>"
EVIL_XML = EVIL.replace("<", "&lt;").replace(">", "&gt;")


def hostile_result() -> DiffResult:
    """A document whose names and descriptions carry markup: reports only escape it."""
    description = annotated("Description", f'String="{EVIL_XML}"')
    evil = f'<Property Name="Usr{EVIL_XML}" Type="Edm.String">{description}</Property>'
    evil_set = f'<EntitySet Name="{EVIL_XML}" EntityType="NS.City"/>'
    new = schema(*edited((CODE, evil), (CITY_SET, CITY_SET + evil_set)))
    return diff_schemas(BASE, new, "a|b`c", "<b>new</b>")


class Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids += [v or "" for k, v in attrs if k == "id"]
        if tag not in ("meta", "br", "img", "link", "input"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()


def test_html_report_is_self_contained_and_escaped() -> None:
    page = render(hostile_result(), "html")
    checker = Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == [] and "img" not in checker.tags
    assert "<script" not in page and "onerror=alert(1)>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert {"breaking", "warning", "info"} <= set(checker.ids)
    assert not re.search(r"(src|href)=\"(https?:)?//", page) and "@import" not in page
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page


def test_markdown_report() -> None:
    text = render(hostile_result(), "markdown")
    assert text.startswith("## OData schema diff: a\\|b\\`c → `<b>new</b>`\n")
    assert "| Path | Change | Message | Custom |" in text
    assert not re.search(r"(?<!\\)<img", re.sub(r"`[^`]*`", "", text))
    assert "\\<img src=x onerror=alert(1)\\>" in text
    assert text.index("### Breaking") < text.index("### Info")
    acme = load(ACME.read_bytes(), ACME.name)[0]
    many = diff_schemas(schema(body="", container=""), acme)  # all added: info
    folded = render(many, "markdown")
    assert len(many.changes) > FOLD and "<details>" in folded and "### Info" in folded
    assert "<details>" not in render(diff_schemas(BASE, BASE), "markdown")


def test_json_report_schema() -> None:
    result = hostile_result().without(lambda c: c.code == "property-added")
    data = json.loads(render(result, "json"))
    assert set(data) == {"format", "old", "new", "summary", "changes"}
    assert data["format"] == 1 and data["old"] == {"name": "a|b`c", "prefix": "Usr"}
    summary = data["summary"]
    assert set(summary) == {*SEVERITIES, "ignored", "customisations"}
    assert summary["ignored"] == 1 and set(summary["customisations"]) == {
        "old",
        "new",
        "sentences",
    }
    assert set(summary["customisations"]["new"]) == {"entities", "columns"}
    assert [c["code"] for c in data["changes"]] == [c.code for c in result.changes]
    for change in data["changes"]:
        assert set(change) == {
            "severity",
            "code",
            "path",
            "message",
            "custom",
            "old",
            "new",
        }
        assert change["severity"] in SEVERITIES and isinstance(change["custom"], bool)


def test_text_report_colour_only_when_asked() -> None:
    result = diff_schemas(BASE, schema(*edited((CODE, ""))))
    plain, coloured = render(result, "text"), render(result, "text", color=True)
    assert "\033[" not in plain and "\033[1;31m" in coloured
    assert plain.splitlines()[0].split()[:2] == ["breaking", "Contact.Code:"]
    assert "1 breaking, 0 warning, 0 info" in plain
    sneaky = diff_schemas(BASE, BASE, "\x1b[2Jold", "new")
    assert "\x1b" not in render(sneaky, "text") and "\\x1b[2Jold" in render(
        sneaky, "text"
    )


# -- the command -----------------------------------------------------------------------
@pytest.fixture
def cli() -> click.Group:
    group = Command("odatagen")  # cli.main's class: GenerationError -> exit 2
    group.add_command(diff_command)
    return group


def write(path: Path, body: str = BODY, container: str = CONTAINER) -> Path:
    path.write_bytes(document(body, container))
    return path


def run(cli: click.Group, *args: str) -> Result:
    return CliRunner().invoke(cli, ["diff", *args], catch_exceptions=False)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    """old.xml and new.xml: one breaking, one warning, one info change."""
    new_body, new_container = edited(
        (CODE, ""),  # property-removed
        (
            '<Member Name="Small" Value="0"/>',
            '<Member Name="Small" Value="0"/><Member Name="Big" Value="1"/>',
        ),
        (AGE, AGE + '<Property Name="UsrRank" Type="Edm.Int32"/>'),
    )
    old = write(tmp_path / "old.xml")
    new = write(tmp_path / "new.xml", new_body, new_container)
    return str(old), str(new)


@pytest.mark.parametrize(
    "fail_on, code", [("breaking", 1), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_exit_codes(
    cli: click.Group, pair: tuple[str, str], fail_on: str, code: int
) -> None:
    result = run(cli, *pair, "--fail-on", fail_on)
    assert result.exit_code == code, result.output
    assert "1 breaking, 1 warning, 1 info" in result.output


def test_exit_codes_by_worst_severity(cli: click.Group, tmp_path: Path) -> None:
    old = str(write(tmp_path / "old.xml"))
    new = str(
        write(
            tmp_path / "new.xml",
            *edited((AGE, AGE + '<Property Name="X" Type="Edm.Int32"/>')),
        )
    )
    assert run(cli, old, new).exit_code == 0  # only info
    assert run(cli, old, new, "--fail-on", "warning").exit_code == 0
    assert run(cli, old, new, "--fail-on", "info").exit_code == 1
    assert run(cli, old, old, "--fail-on", "info").exit_code == 0


def test_ignore_file(cli: click.Group, pair: tuple[str, str], tmp_path: Path) -> None:
    ignore = tmp_path / "accepted.txt"
    ignore.write_text("# accepted\n\nproperty-removed Contact.*\nSize.*  # comment\n")
    result = run(cli, *pair, "--ignore", str(ignore), "--fail-on", "warning")
    assert result.exit_code == 0, result.output
    assert "0 breaking, 0 warning, 1 info (2 ignored)" in result.output
    result = run(cli, *pair, "--ignore", str(ignore), "--format", "json")
    assert json.loads(result.output)["summary"]["ignored"] == 2
    ignore.write_text("property-retyped Contact.*\n")  # matches nothing
    assert run(cli, *pair, "--ignore", str(ignore)).exit_code == 1


def test_ignore_file_rules() -> None:
    rules = parse_ignore("entity-* Usr*\nEntitySet Usr*\nenum-member-added\n", "f")
    assert [(r.code, r.path, r.line) for r in rules] == [
        ("entity-*", "Usr*", 1),
        ("*", "EntitySet Usr*", 2),
        ("enum-member-added", "*", 3),
    ]


def test_example_ignore_file_parses() -> None:
    path = ROOT / "fixtures" / "diff" / "accepted.txt"
    rules = parse_ignore(path.read_text("utf-8"), str(path))
    assert [(r.code, r.path) for r in rules] == [
        ("property-removed", "Contact.UsrRating"),
        ("entity-*", "UsrWarehouse*"),
        ("*", "EntitySet UsrWarehouse*"),
        ("enum-member-added", "*"),
    ]


def test_bad_ignore_file(
    cli: click.Group, pair: tuple[str, str], tmp_path: Path
) -> None:
    ignore = tmp_path / "accepted.txt"
    ignore.write_text(
        "# fine\nproperty-removed Contact.Code\nproperty-remvoed Contact.X\n"
    )
    result = run(cli, *pair, "--ignore", str(ignore))
    assert result.exit_code == 2
    assert f"{ignore}:3: error: unknown change code 'property-remvoed'" in result.output
    assert "Traceback" not in result.output
    missing = run(cli, *pair, "--ignore", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "nope.txt: error: cannot read" in missing.output
    with pytest.raises(GenerationError):
        parse_ignore("bogus-code X", "f")


def test_bad_input_exits_2(
    cli: click.Group, pair: tuple[str, str], tmp_path: Path
) -> None:
    result = run(cli, pair[0], str(tmp_path / "missing.xml"))
    assert result.exit_code == 2 and "missing.xml: error:" in result.output
    (tmp_path / "junk.xml").write_text("not xml")
    assert run(cli, pair[0], str(tmp_path / "junk.xml")).exit_code == 2


def test_output_file_names_and_formats(
    cli: click.Group, pair: tuple[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    result = run(
        cli,
        *pair,
        "--format",
        "html",
        "-o",
        str(out),
        "--old-name",
        "acme",
        "--new-name",
        "globex",
    )
    assert result.exit_code == 1 and result.output == ""
    page = out.read_text("utf-8")
    assert "acme → globex" in page and "\033[" not in page
    data = json.loads(run(cli, *pair, "--format", "json").output)
    assert (data["old"]["name"], data["new"]["name"]) == ("old", "new")  # file stems
    assert "\033[" in run(cli, *pair, "--color").output
    assert "\033[" not in run(cli, *pair).output  # not a terminal
    assert "## OData schema diff" in run(cli, *pair, "--format", "markdown").output


def test_generated_package_equals_its_metadata(
    cli: click.Group, tmp_path: Path
) -> None:
    files, _ = build(ACME.read_bytes(), ACME.name, Settings(package="acme_creatio"))
    for relative, text in files.items():
        path = tmp_path / "out" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    result = run(cli, str(ACME), str(tmp_path / "out"), "--fail-on", "info")
    assert result.exit_code == 0, result.output
    assert "0 breaking, 0 warning, 0 info" in result.output
    assert run(cli, str(tmp_path / "out" / "acme_creatio"), str(ACME)).exit_code == 0


@pytest.mark.skipif(not SYNTH.is_file(), reason="creatio_synth.py not found")
def test_full_scale_tenants_diff_fast(tmp_path: Path) -> None:
    """Two full-scale tenants (1,404 entities each): the diff itself well under a second."""
    from odatagen.sources import load_schema

    a = synth(
        tmp_path / "a.xml",
        "--seed",
        "1",
        "--custom-entities",
        "12",
        "--custom-columns",
        "40",
    )
    b = synth(
        tmp_path / "b.xml",
        "--seed",
        "2",
        "--prefix",
        "lab",
        "--custom-entities",
        "12",
        "--custom-columns",
        "40",
    )
    (old, _), (new, _) = load_schema(str(a), "auto"), load_schema(str(b), "auto")
    start = time.perf_counter()
    result = diff_schemas(old, new, "a", "b")
    assert time.perf_counter() - start < 0.5
    assert len(result.old.entities) == len(result.new.entities) == 12
    assert len(result.old.columns) == len(result.new.columns) == 40
