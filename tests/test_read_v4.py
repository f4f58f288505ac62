"""The CSDL 4 reader and the resolver, on documents built in the tests."""

from __future__ import annotations

import pytest

from odatagen.diagnostics import GenerationError
from odatagen.edmx import load
from odatagen.schema import Lookup, Record, TypeRef
from tests.conftest import csdl

CORE_REF = (
    '<edmx:Reference Uri="https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.xml">'
    '<edmx:Include Namespace="Org.OData.Core.V1" Alias="C"/></edmx:Reference>'
)


def test_entity_type_facets_and_keys() -> None:
    schema, diagnostics = load(
        csdl("""
            <EntityType Name="Line" OpenType="true" HasStream="true">
              <Key><PropertyRef Name="OrderId"/><PropertyRef Name="No"/></Key>
              <Property Name="OrderId" Type="Edm.Guid" Nullable="false"/>
              <Property Name="No" Type="Edm.Int32" Nullable="false"/>
              <Property Name="Text" Type="Edm.String" MaxLength="40" DefaultValue="x"/>
              <Property Name="Price" Type="Edm.Decimal" Precision="18" Scale="variable"/>
              <Property Name="Where" Type="Edm.GeographyPoint" SRID="4326"/>
              <Property Name="Tags" Type="Collection(Edm.String)"/>
            </EntityType>
            <EntityType Name="Base" Abstract="true"><Key><PropertyRef Name="Id"/></Key>
              <Property Name="Id" Type="Edm.Int64" Nullable="false"/></EntityType>
            <EntityType Name="Derived" BaseType="NS.Base"><Property Name="X" Type="Edm.Double"/></EntityType>
            """),
        "t.xml",
    )
    line = schema.entities["NS.Line"]
    assert line.key == ("OrderId", "No") and line.open_type and line.has_stream
    text, price, where, tags = line.properties[2:]
    assert (text.max_length, text.default) == (40, "x")
    assert (price.precision, price.scale) == (18, "variable")
    assert where.srid == "4326" and where.type.name == "Edm.GeographyPoint"
    assert tags.type == TypeRef(
        "primitive", "Edm.String", "Edm.String", collection=True
    )
    derived = schema.entities["NS.Derived"]
    assert derived.base == "NS.Base" and derived.key == ("Id",)
    assert [p.name for p in schema.all_properties(derived)] == ["Id", "X"]
    assert schema.entities["NS.Base"].abstract
    assert not diagnostics.items


def test_aliases_enums_type_definitions_and_operations() -> None:
    schema, _ = load(
        csdl(
            """
            <TypeDefinition Name="Money" UnderlyingType="Edm.Decimal" Precision="19" Scale="4"/>
            <EnumType Name="Flags" IsFlags="true" UnderlyingType="Edm.Byte">
              <Member Name="A" Value="1"/><Member Name="B" Value="2"/></EnumType>
            <EnumType Name="Plain"><Member Name="X"/><Member Name="Y"/></EnumType>
            <ComplexType Name="Amount"><Property Name="Value" Type="self.Money"/></ComplexType>
            <EntityType Name="Order"><Key><PropertyRef Name="Id"/></Key>
              <Property Name="Id" Type="Edm.Int32" Nullable="false"/>
              <Property Name="Total" Type="self.Amount"/><Property Name="F" Type="self.Flags"/>
            </EntityType>
            <Action Name="Approve" IsBound="true"><Parameter Name="it" Type="self.Order"/>
              <Parameter Name="note" Type="Edm.String"/><ReturnType Type="self.Order" Nullable="false"/></Action>
            <Function Name="Top" IsComposable="true"><ReturnType Type="Collection(self.Order)"/></Function>
            """.replace('Namespace="NS"', ""),
            container='<EntitySet Name="Orders" EntityType="self.Order"/>'
            '<Singleton Name="Me" Type="self.Order"/>'
            '<FunctionImport Name="Top" Function="self.Top" EntitySet="Orders"/>',
        ).replace(b'Namespace="NS"', b'Namespace="NS" Alias="self"'),
        "t.xml",
    )
    total = schema.complex_types["NS.Amount"].properties[0]
    assert total.type == TypeRef(
        "primitive", "Edm.Decimal", "Edm.Decimal", type_definition="NS.Money"
    )
    assert (total.precision, total.scale) == (19, 4)
    flags = schema.enums["NS.Flags"]
    assert flags.is_flags and flags.underlying == "Edm.Byte"
    assert [(m.name, m.value) for m in flags.members] == [("A", 1), ("B", 2)]
    assert [m.value for m in schema.enums["NS.Plain"].members] == [0, 1]
    approve, top = schema.operations
    assert approve.bound and approve.binding_type == TypeRef("entity", "NS.Order")
    assert (
        approve.return_type == TypeRef("entity", "NS.Order")
        and not approve.return_nullable
    )
    assert top.composable and top.return_type is not None and top.return_type.collection
    assert schema.entity_sets["Me"].singleton
    assert schema.operation_imports[0].operation == "NS.Top"


def test_annotations_inline_and_external() -> None:
    schema, _ = load(
        csdl(
            """
            <EntityType Name="Item"><Key><PropertyRef Name="Id"/></Key>
              <Property Name="Id" Type="Edm.Int32" Nullable="false">
                <Annotation Term="C.Computed"/><Annotation Term="C.Description" String="The key"/>
              </Property>
              <Property Name="Code" Type="Edm.String"/>
              <Property Name="Size" Type="Edm.String"/>
            </EntityType>
            <Annotations Target="NS.Item/Code">
              <Annotation Term="C.Immutable" Bool="true"/>
              <Annotation Term="C.Permissions" EnumMember="C.Permission/Read"/>
              <Annotation Term="Org.OData.Custom.V1.Thing" Int="3"/>
            </Annotations>
            <Annotations Target="NS.Item/Size">
              <Annotation Term="Org.OData.Validation.V1.AllowedValues"><Collection>
                <Record><PropertyValue Property="Value" String="S"/></Record>
                <Record><PropertyValue Property="Value" String="M"/></Record>
              </Collection></Annotation>
            </Annotations>
            <Annotations Target="NS.Container/Items">
              <Annotation Term="Org.OData.Capabilities.V1.DeleteRestrictions">
                <Record><PropertyValue Property="Deletable" Bool="false"/></Record></Annotation>
            </Annotations>
            """,
            container='<EntitySet Name="Items" EntityType="NS.Item"/>',
            references=CORE_REF,
        ),
        "t.xml",
    )
    key, code, size = schema.entities["NS.Item"].properties
    assert key.doc.computed and key.doc.description == "The key"
    assert code.doc.immutable and code.doc.permissions == "Read"
    assert any(
        a.term == "Org.OData.Custom.V1.Thing" and a.value == 3 for a in code.annotations
    )
    assert size.doc.allowed_values == ("S", "M")
    restrictions = schema.entity_sets["Items"].restrictions
    assert not restrictions.deletable and restrictions.insertable
    assert isinstance(schema.entity_sets["Items"].annotations[0].value, Record)


CREATIO = csdl("""
    <EntityType Name="Account"><Key><PropertyRef Name="Id"/></Key>
      <Property Name="Id" Type="Edm.Guid"/><Property Name="Name" Type="Edm.String" Nullable="false"/>
      <NavigationProperty Name="ContactCollectionByAccount" Type="Collection(NS.Contact)" Partner="Account"/>
    </EntityType>
    <EntityType Name="Contact"><Key><PropertyRef Name="Id"/></Key>
      <Property Name="Id" Type="Edm.Guid"/>
      <Property Name="AccountId" Type="Edm.Guid"/>
      <Property Name="UsrScore" Type="Edm.Int32"/>
      <Property Name="OwnerKey" Type="Edm.Guid"/>
      <NavigationProperty Name="Account" Type="NS.Account" Partner="ContactCollectionByAccount"/>
      <NavigationProperty Name="Owner" Type="NS.Contact">
        <ReferentialConstraint Property="OwnerKey" ReferencedProperty="Id"/></NavigationProperty>
    </EntityType>
    <EntityType Name="UsrRealty"><Key><PropertyRef Name="Id"/></Key><Property Name="Id" Type="Edm.Guid"/></EntityType>
    """)


def test_creatio_lookups_and_partner_collections() -> None:
    schema, _ = load(CREATIO, "t.xml")
    contact = schema.entities["NS.Contact"]
    assert contact.lookups == (
        Lookup("AccountId", "Account", "NS.Account", "Id"),
        Lookup("OwnerKey", "Owner", "NS.Contact", "Id", from_constraint=True),
    )
    assert schema.entities["NS.Account"].partner_collections == (
        "ContactCollectionByAccount",
    )


def test_customisation_prefix() -> None:
    schema, _ = load(CREATIO, "t.xml")
    assert schema.custom_prefix == "Usr" and schema.is_custom("UsrRealty")
    assert not schema.is_custom("Contact")
    other = CREATIO.replace(b"Usr", b"lab")
    assert load(other, "t.xml", custom_prefix="auto")[0].custom_prefix == "lab"
    assert load(other, "t.xml", custom_prefix=None)[0].custom_prefix is None


@pytest.mark.parametrize(
    ("body", "code", "line"),
    [
        (
            '<EntityType Name="A"><Property Name="P" Type="NS.Nope"/></EntityType>',
            "unknown-type",
            5,
        ),
        ('<EntityType Name="A"/>\n<EntityType Name="A"/>', "duplicate-name", 6),
        (
            '<EntityType Name="A" BaseType="NS.B"/>\n<EntityType Name="B" BaseType="NS.A"/>',
            "cyclic-base",
            6,
        ),
        (
            '<EntityType Name="A"><Property Name="P" Type="Edm.Int32"/>\n<Property Name="P" Type="Edm.Int32"/></EntityType>',
            "duplicate-name",
            6,
        ),
    ],
)
def test_errors_name_code_line_and_element(body: str, code: str, line: int) -> None:
    with pytest.raises(GenerationError) as raised:
        load(csdl(body), "bad.xml")
    first = raised.value.diagnostics[0]
    assert (first.code, first.file, first.line) == (code, "bad.xml", line)
    assert first.element and first.format().startswith(f"bad.xml:{line}: error:")


def test_external_types_are_warnings() -> None:
    document = csdl(
        '<EntityType Name="A"><Key><PropertyRef Name="Id"/></Key><Property Name="Id" Type="Edm.Int32" Nullable="false"/>'
        '<Property Name="P" Type="Other.Thing"/></EntityType>',
        references='<edmx:Reference Uri="other.xml"><edmx:Include Namespace="Other"/></edmx:Reference>',
    )
    schema, diagnostics = load(document, "t.xml")
    assert schema.entities["NS.A"].properties[1].type.kind == "untyped"
    assert [d.code for d in diagnostics.warnings] == ["external-type"]
