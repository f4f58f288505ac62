"""The EDMX 1.0 (OData 2/3) reader: small documents built here, and the corpus."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from odatagen.diagnostics import Collector
from odatagen.edmx import csdl1, xml
from odatagen.edmx.raw import RawDocument, RawNavigation, RawStructured
from odatagen.schema import Record

EDM_2008 = "http://schemas.microsoft.com/ado/2008/09/edm"
EDM_2009 = "http://schemas.microsoft.com/ado/2009/11/edm"  # CSDL 3.0 (OData 3)

ENVELOPE = """<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx"
    xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"
    xmlns:sap="http://www.sap.com/Protocols/SAPData">
  <edmx:DataServices{dsv}>
{schemas}
  </edmx:DataServices>
</edmx:Edmx>
"""

CONTAINER = (
    '<EntityContainer Name="Container" m:IsDefaultEntityContainer="true">'
    "{}</EntityContainer>"
)


def schema(
    body: str, namespace: str = "NS", alias: str = "", edm: str = EDM_2008
) -> str:
    alias_attribute = f' Alias="{alias}"' if alias else ""
    start = f'<Schema Namespace="{namespace}"{alias_attribute} xmlns="{edm}">'
    return f"{start}\n{body}\n</Schema>"


def document(*schemas: str, version: str | None = "2.0") -> str:
    dsv = f' m:DataServiceVersion="{version}"' if version else ""
    return ENVELOPE.format(dsv=dsv, schemas="\n".join(schemas))


def read_text(text: str) -> tuple[RawDocument, Collector]:
    diagnostics = Collector("test.xml")
    root = xml.parse(text.encode(), "test.xml")
    return csdl1.read(root, "test.xml", diagnostics), diagnostics


def read_ok(*schemas: str, version: str | None = "2.0") -> RawDocument:
    doc, diagnostics = read_text(document(*schemas, version=version))
    assert diagnostics.items == []
    return doc


def line_with(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def structured(doc: RawDocument, name: str) -> RawStructured:
    return next(s for s in doc.structured if s.name == name)


def navigation(doc: RawDocument, owner: str, name: str) -> RawNavigation:
    return next(n for n in structured(doc, owner).navigations if n.name == name)


# Customer 1 --- * Order, with a constraint Order.CustomerID -> Customer.ID
CUSTOMER_ORDERS = """
<EntityType Name="Customer">
  <Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Orders" Relationship="NS.Customer_Orders" FromRole="Customer" ToRole="Orders"/>
</EntityType>
<EntityType Name="Order">
  <Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <Property Name="CustomerID" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Customer" Relationship="NS.Customer_Orders" FromRole="Orders" ToRole="Customer"/>
</EntityType>
<Association Name="Customer_Orders">
  <End Type="NS.Customer" Role="Customer" Multiplicity="1"/>
  <End Type="NS.Order" Role="Orders" Multiplicity="*"/>
  <ReferentialConstraint>
    <Principal Role="Customer"><PropertyRef Name="ID"/></Principal>
    <Dependent Role="Orders"><PropertyRef Name="CustomerID"/></Dependent>
  </ReferentialConstraint>
</Association>
"""


def test_entity_with_key_properties_and_facets() -> None:
    text = document(schema("""
<EntityType Name="Contact" BaseType="NS.Base" Abstract="true" OpenType="true">
  <Key><PropertyRef Name="ID"/><PropertyRef Name="Kind"/></Key>
  <Property Name="ID" Type="Edm.Guid" Nullable="false"/>
  <Property Name="Kind" Type="Edm.String" Nullable="false" MaxLength="10" DefaultValue="A"/>
  <Property Name="Notes" Type="Edm.String" MaxLength="Max"/>
  <Property Name="Amount" Type="Edm.Decimal" Precision="16" Scale="3"/>
  <Property Name="Rate" Type="Edm.Decimal" Scale="variable"/>
  <Property Name="Born" Type="Edm.DateTime" Precision="0"/>
  <Property Name="Alarm" Type="Edm.Time"/>
  <Property Name="Changed" Type="Edm.DateTimeOffset"/>
  <Property Name="Where" Type="Edm.GeographyPoint" SRID="4326"/>
  <Property Name="Address" Type="NS.Address" Nullable="false"/>
</EntityType>
<EntityType Name="Base"><Property Name="X" Type="Edm.Int32"/></EntityType>
<ComplexType Name="Address"><Property Name="Street" Type="Edm.String"/></ComplexType>
"""))
    doc, diagnostics = read_text(text)
    assert diagnostics.items == []
    assert doc.version == "2.0" and doc.file == "test.xml"
    assert [(s.namespace, s.alias) for s in doc.schemas] == [("NS", "")]
    contact = structured(doc, "Contact")
    assert (contact.kind, contact.namespace, contact.base) == (
        "entity",
        "NS",
        "NS.Base",
    )
    assert contact.abstract and contact.open_type and not contact.has_stream
    assert contact.key == ["ID", "Kind"]
    assert contact.line == line_with(text, '<EntityType Name="Contact"')
    assert contact.properties[2].line == line_with(text, '"Notes"')
    props = {p.name: p for p in contact.properties}
    assert list(props) == [
        "ID",
        "Kind",
        "Notes",
        "Amount",
        "Rate",
        "Born",
        "Alarm",
        "Changed",
        "Where",
        "Address",
    ]
    assert props["ID"].type == "Edm.Guid" and props["ID"].nullable is False
    assert (props["Kind"].max_length, props["Kind"].default) == (10, "A")
    assert props["Notes"].max_length is None and props["Notes"].nullable is True
    assert (props["Amount"].precision, props["Amount"].scale) == (16, 3)
    assert props["Rate"].scale == "variable"
    assert [props[n].type for n in ("Born", "Alarm", "Changed")] == [
        "Edm.DateTime",
        "Edm.Time",
        "Edm.DateTimeOffset",
    ]
    assert props["Born"].precision == 0
    assert props["Where"].srid == "4326"
    assert props["Address"].type == "NS.Address"
    assert structured(doc, "Base").key is None  # no Key element: inherited or missing
    address = structured(doc, "Address")
    assert address.kind == "complex" and address.key is None
    assert [p.name for p in address.properties] == ["Street"]


@pytest.mark.parametrize(
    ("dsv", "version"), [(None, "2.0"), ("1.0", "2.0"), ("3.0", "3.0")]
)
def test_version_from_data_service_version(dsv: str | None, version: str) -> None:
    assert read_ok(schema(""), version=dsv).version == version


def test_has_stream_and_sap_attributes() -> None:
    doc = read_ok(
        schema(
            """
<EntityType Name="Photo" m:HasStream="true" sap:label="Photo" sap:content-version="1">
  <Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false" sap:label="Id" sap:creatable="false"
      sap:updatable="false" sap:filterable="false" m:FC_TargetPath="SyndicationTitle"/>
</EntityType>
<EntityType Name="Plain"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/></EntityType>
"""
            + CONTAINER.format(
                '<EntitySet Name="Photos" EntityType="NS.Photo" sap:creatable="false"'
                ' sap:updatable="false" sap:deletable="false" sap:searchable="true"'
                ' sap:pageable="false" sap:addressable="true" sap:content-version="1"/>'
            )
        )
    )
    photo = structured(doc, "Photo")
    assert photo.has_stream and not structured(doc, "Plain").has_stream
    assert photo.sap == {"label": "Photo", "content-version": "1"}
    assert photo.properties[0].sap == {
        "label": "Id",
        "creatable": "false",
        "updatable": "false",
        "filterable": "false",
    }
    assert structured(doc, "Plain").sap == {}
    (photos,) = doc.entity_sets
    assert (photos.name, photos.entity_type) == ("Photos", "NS.Photo")
    assert photos.sap == {
        "creatable": "false",
        "updatable": "false",
        "deletable": "false",
        "searchable": "true",
        "pageable": "false",
        "addressable": "true",
        "content-version": "1",
    }


def test_one_to_many_association_navigations_both_ways() -> None:
    text = document(schema(CUSTOMER_ORDERS))
    doc, diagnostics = read_text(text)
    assert diagnostics.items == []
    orders = navigation(doc, "Customer", "Orders")
    customer = navigation(doc, "Order", "Customer")
    assert (orders.type, orders.nullable, orders.partner) == (
        "Collection(NS.Order)",
        True,
        "Customer",
    )
    assert (customer.type, customer.nullable, customer.partner) == (
        "NS.Customer",
        False,
        "Orders",
    )
    assert orders.line == line_with(text, 'Name="Orders"')
    assert customer.line == line_with(text, 'NavigationProperty Name="Customer"')


def test_zero_or_one_is_nullable_and_one_way_navigation_has_no_partner() -> None:
    doc = read_ok(schema("""
<EntityType Name="Person"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Spouse" Relationship="NS.Marriage" FromRole="A" ToRole="B"/>
</EntityType>
<Association Name="Marriage">
  <End Type="NS.Person" Role="A" Multiplicity="0..1"/>
  <End Type="NS.Person" Role="B" Multiplicity="0..1"/>
</Association>
"""))
    spouse = navigation(doc, "Person", "Spouse")
    assert (spouse.type, spouse.nullable, spouse.partner, spouse.constraints) == (
        "NS.Person",
        True,
        None,
        [],
    )


def test_referential_constraint_only_from_dependent_and_paired_in_order() -> None:
    doc = read_ok(schema("""
<EntityType Name="Header"><Key><PropertyRef Name="Org"/><PropertyRef Name="No"/></Key>
  <Property Name="Org" Type="Edm.String" Nullable="false"/>
  <Property Name="No" Type="Edm.String" Nullable="false"/>
  <NavigationProperty Name="Items" Relationship="NS.Header_Items" FromRole="H" ToRole="I"/>
</EntityType>
<EntityType Name="Item"><Key><PropertyRef Name="Pos"/></Key>
  <Property Name="Pos" Type="Edm.Int32" Nullable="false"/>
  <Property Name="HeaderOrg" Type="Edm.String"/>
  <Property Name="HeaderNo" Type="Edm.String"/>
  <NavigationProperty Name="Header" Relationship="NS.Header_Items" FromRole="I" ToRole="H"/>
</EntityType>
<Association Name="Header_Items">
  <End Type="NS.Item" Role="I" Multiplicity="*"/>
  <End Type="NS.Header" Role="H" Multiplicity="1"/>
  <ReferentialConstraint>
    <Principal Role="H"><PropertyRef Name="Org"/><PropertyRef Name="No"/></Principal>
    <Dependent Role="I"><PropertyRef Name="HeaderOrg"/><PropertyRef Name="HeaderNo"/></Dependent>
  </ReferentialConstraint>
</Association>
"""))
    header = navigation(doc, "Item", "Header")
    assert header.constraints == [("HeaderOrg", "Org"), ("HeaderNo", "No")]
    assert navigation(doc, "Header", "Items").constraints == []
    # the V2 sample of the CSDL schemas repository has the same shape
    doc = read_ok(schema(CUSTOMER_ORDERS))
    assert navigation(doc, "Order", "Customer").constraints == [("CustomerID", "ID")]
    assert navigation(doc, "Customer", "Orders").constraints == []


def test_association_in_another_schema_referenced_by_alias() -> None:
    types = schema(
        """
<EntityType Name="Customer"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Orders" Relationship="Rel.CustomerOrders" FromRole="C" ToRole="O"/>
</EntityType>
<EntityType Name="Order"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Customer" Relationship="Sales.Relations.CustomerOrders"
      FromRole="O" ToRole="C"/>
</EntityType>
""",
        namespace="Sales.Model",
    )
    relations = schema(
        """
<Association Name="CustomerOrders">
  <End Type="Sales.Model.Customer" Role="C" Multiplicity="0..1"/>
  <End Type="Sales.Model.Order" Role="O" Multiplicity="*"/>
</Association>
"""
        + CONTAINER.format(
            """
  <EntitySet Name="Customers" EntityType="Sales.Model.Customer"/>
  <EntitySet Name="Orders" EntityType="Sales.Model.Order"/>
  <AssociationSet Name="CO" Association="Rel.CustomerOrders">
    <End Role="C" EntitySet="Customers"/><End Role="O" EntitySet="Orders"/>
  </AssociationSet>"""
        ),
        namespace="Sales.Relations",
        alias="Rel",
    )
    doc = read_ok(types, relations)
    assert [(s.namespace, s.alias) for s in doc.schemas] == [
        ("Sales.Model", ""),
        ("Sales.Relations", "Rel"),
    ]
    orders = navigation(doc, "Customer", "Orders")
    customer = navigation(doc, "Order", "Customer")
    assert (orders.type, orders.partner) == (
        "Collection(Sales.Model.Order)",
        "Customer",
    )
    assert (customer.type, customer.nullable, customer.partner) == (
        "Sales.Model.Customer",
        True,
        "Orders",
    )
    assert doc.container == "Sales.Relations.Container"
    sets = {s.name: s.bindings for s in doc.entity_sets}
    assert sets == {
        "Customers": [("Orders", "Orders")],
        "Orders": [("Customer", "Customers")],
    }


def test_missing_association_is_an_error_and_the_rest_is_read() -> None:
    body = CUSTOMER_ORDERS + """
<EntityType Name="Contact"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Account" Relationship="NS.Missing" FromRole="A" ToRole="B"/>
  <NavigationProperty Name="Bad" Relationship="NS.Customer_Orders" FromRole="X" ToRole="Orders"/>
  <Property Name="Name" Type="Edm.String"/>
</EntityType>
<EntityType Name="After"><Property Name="ID" Type="Edm.Int32"/></EntityType>
"""
    text = document(schema(body))
    doc, diagnostics = read_text(text)
    errors = diagnostics.errors
    assert [(e.code, e.line, e.element, e.file) for e in errors] == [
        (
            "unknown-association",
            line_with(text, '"Account"'),
            "NavigationProperty Contact.Account",
            "test.xml",
        ),
        (
            "unknown-association",
            line_with(text, '"Bad"'),
            "NavigationProperty Contact.Bad",
            "test.xml",
        ),
    ]
    assert "NS.Missing" in errors[0].message
    contact = structured(doc, "Contact")
    assert contact.navigations == []
    assert [p.name for p in contact.properties] == ["ID", "Name"]
    assert [s.name for s in doc.structured] == ["Customer", "Order", "Contact", "After"]
    assert navigation(doc, "Order", "Customer").partner == "Orders"


def test_elements_without_name_or_type_are_errors() -> None:
    text = document(schema("""
<EntityType Name="T"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <Property Type="Edm.String"/>
  <Property Name="NoType"/>
  <NavigationProperty Relationship="NS.A" FromRole="F" ToRole="T"/>
</EntityType>
<EntityType><Property Name="X" Type="Edm.Int32"/></EntityType>
<EntityType Name="After"><Property Name="Y" Type="Edm.Int32"/></EntityType>
<EntityContainer Name="C">
  <EntitySet Name="NoType"/>
</EntityContainer>
"""))
    doc, diagnostics = read_text(text)
    found = [(d.code, d.line) for d in diagnostics.errors]
    assert found == [
        ("missing-attribute", line_with(text, '<Property Type="Edm.String"/>')),
        ("missing-attribute", line_with(text, '"NoType"/>')),
        ("missing-attribute", line_with(text, "<NavigationProperty")),
        ("missing-attribute", line_with(text, "<EntityType><Property")),
        ("missing-attribute", line_with(text, '<EntitySet Name="NoType"/>')),
    ]
    elements = [d.element for d in diagnostics.errors]
    assert elements[2:] == [
        "NavigationProperty in T",
        "EntityType in NS",
        "EntitySet NoType",
    ]
    assert [s.name for s in doc.structured] == ["T", "After"]
    assert structured(doc, "T").navigations == []
    assert doc.entity_sets == []


def test_association_set_bindings_including_inherited_navigations() -> None:
    body = (
        CUSTOMER_ORDERS
        + """
<EntityType Name="VipCustomer" BaseType="NS.Customer"/>
<EntityType Name="Note"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Order" Relationship="NS.Note_Order" FromRole="N" ToRole="O"/>
</EntityType>
<Association Name="Note_Order">
  <End Type="NS.Note" Role="N" Multiplicity="*"/>
  <End Type="NS.Order" Role="O" Multiplicity="0..1"/>
</Association>
"""
        + CONTAINER.format("""
  <EntitySet Name="Vips" EntityType="NS.VipCustomer"/>
  <EntitySet Name="Orders" EntityType="NS.Order"/>
  <EntitySet Name="Notes" EntityType="NS.Note"/>
  <AssociationSet Name="Vips_Orders" Association="NS.Customer_Orders">
    <End Role="Customer" EntitySet="Vips"/><End Role="Orders" EntitySet="Orders"/>
  </AssociationSet>
  <AssociationSet Name="Notes_Orders" Association="NS.Note_Order">
    <End Role="N" EntitySet="Notes"/><End Role="O" EntitySet="Orders"/>
  </AssociationSet>
  <AssociationSet Name="Broken" Association="NS.Nothing">
    <End Role="N" EntitySet="Notes"/><End Role="O" EntitySet="Orders"/>
  </AssociationSet>""")
    )
    text = document(schema(body))
    doc, diagnostics = read_text(text)
    bindings = {s.name: s.bindings for s in doc.entity_sets}
    assert bindings == {
        "Vips": [("Orders", "Orders")],  # declared on the base type Customer
        "Orders": [
            ("Customer", "Vips")
        ],  # Note_Order has no navigation from the Order end
        "Notes": [("Order", "Orders")],
    }
    assert [(d.level, d.code, d.element, d.line) for d in diagnostics.items] == [
        (
            "warning",
            "unknown-association",
            "AssociationSet Broken",
            line_with(text, '"Broken"'),
        )
    ]


FUNCTION_IMPORTS = """
<EntityType Name="Product"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/></EntityType>
<EntityContainer Name="Service" m:IsDefaultEntityContainer="true">
  <EntitySet Name="Products" EntityType="NS.Product"/>
  <FunctionImport Name="ByRating" ReturnType="Collection(NS.Product)" EntitySet="Products"
      m:HttpMethod="GET">
    <Parameter Name="rating" Type="Edm.Int16" Nullable="false" Mode="In"/>
    <Parameter Name="note" Type="Edm.String"/>
  </FunctionImport>
  <FunctionImport Name="Reset" m:HttpMethod="POST">
    <ReturnType Type="Edm.Boolean"/>
  </FunctionImport>
  <FunctionImport Name="Purge" ReturnType="Edm.Int32" m:HttpMethod="delete"/>
</EntityContainer>
"""


def test_function_imports_by_http_method() -> None:
    doc = read_ok(schema(FUNCTION_IMPORTS, namespace="Shop"))
    by_rating, reset, purge = doc.operations
    assert (by_rating.kind, by_rating.namespace, by_rating.name) == (
        "function",
        "Shop",
        "ByRating",
    )
    assert by_rating.http_method == "GET" and not by_rating.bound
    assert by_rating.return_type == "Collection(NS.Product)"
    assert [(p.name, p.type, p.nullable) for p in by_rating.parameters] == [
        ("rating", "Edm.Int16", False),
        ("note", "Edm.String", True),
    ]
    assert (reset.kind, reset.return_type, reset.http_method, reset.parameters) == (
        "action",
        "Edm.Boolean",
        "POST",
        [],
    )
    assert (purge.kind, purge.http_method) == ("action", "DELETE")
    imports = [
        (i.name, i.operation, i.kind, i.entity_set) for i in doc.operation_imports
    ]
    assert imports == [
        ("ByRating", "Shop.ByRating", "function", "Products"),
        ("Reset", "Shop.Reset", "action", None),
        ("Purge", "Shop.Purge", "action", None),
    ]
    assert doc.container == "Shop.Service"


def test_odata3_function_imports_side_effecting_and_bindable() -> None:
    body = """
<EntityType Name="Doc"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/></EntityType>
<EntityContainer Name="C" m:IsDefaultEntityContainer="true">
  <EntitySet Name="Docs" EntityType="NS.Doc"/>
  <FunctionImport Name="Post" IsBindable="true" IsSideEffecting="true">
    <Parameter Name="bindingParameter" Type="NS.Doc"/>
  </FunctionImport>
  <FunctionImport Name="Count" ReturnType="Edm.Int32" IsSideEffecting="false"/>
  <FunctionImport Name="Increase"><Parameter Name="by" Type="Edm.Int32"/></FunctionImport>
</EntityContainer>
"""
    doc = read_ok(schema(body, edm=EDM_2009), version="3.0")
    assert [(o.name, o.kind, o.bound) for o in doc.operations] == [
        ("Post", "action", True),
        ("Count", "function", False),
        ("Increase", "action", False),
    ]
    # a bound operation is called on its entity, not through the container
    assert [i.name for i in doc.operation_imports] == ["Count", "Increase"]
    # in OData 2, a FunctionImport without HttpMethod is a GET service operation
    doc = read_ok(
        schema('<EntityContainer Name="C"><FunctionImport Name="F"/></EntityContainer>')
    )
    assert [(o.kind, o.http_method) for o in doc.operations] == [("function", None)]


def test_v3_collection_property_and_enum_type() -> None:
    doc = read_ok(
        schema(
            """
<EnumType Name="Color" UnderlyingType="Edm.Byte" IsFlags="true">
  <Member Name="Red" Value="1"/><Member Name="Blue"/>
</EnumType>
<ComplexType Name="Tag"><Property Name="Text" Type="Edm.String"/></ComplexType>
<EntityType Name="Thing"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <Property Name="Tags" Type="Collection(NS.Tag)" Nullable="false"/>
  <Property Name="Emails" Type="Collection(Edm.String)"/>
  <Property Name="Color" Type="NS.Color"/>
</EntityType>
""",
            edm=EDM_2009,
        ),
        version="3.0",
    )
    props = {p.name: p.type for p in structured(doc, "Thing").properties}
    assert props == {
        "ID": "Edm.Int32",
        "Tags": "Collection(NS.Tag)",
        "Emails": "Collection(Edm.String)",
        "Color": "NS.Color",
    }
    (color,) = doc.enums
    assert (color.name, color.underlying, color.is_flags) == ("Color", "Edm.Byte", True)
    assert color.members == [("Red", "1", []), ("Blue", None, [])]


V4_ANNOTATIONS = "http://docs.oasis-open.org/odata/ns/edm"


def test_v3_annotations_blocks_and_inline_annotations() -> None:
    body = f"""
<EntityType Name="Product">
  <Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false">
    <Annotation Term="Core.Computed" Bool="true"/>
  </Property>
  <Property Name="Name" Type="Edm.String">
    <ValueAnnotation Term="Display.DisplayName" String="Product name"/>
    <Annotation Term="Validation.Length" Int="40" Qualifier="short"/>
  </Property>
  <Annotation Term="Core.Description"><String>A product</String></Annotation>
</EntityType>
<EntityContainer Name="Service" m:IsDefaultEntityContainer="true">
  <EntitySet Name="Products" EntityType="NS.Product">
    <Annotation Term="Capabilities.SearchRestrictions">
      <Record Type="Capabilities.SearchRestrictionsType">
        <PropertyValue Property="Searchable" Bool="false"/>
        <PropertyValue Property="Keys"><Collection><String>a</String><String>b</String></Collection>
        </PropertyValue>
      </Record>
    </Annotation>
  </EntitySet>
</EntityContainer>
<Annotations Target="NS.Product/Name">
  <ValueAnnotation Term="Org.OData.Display.V1.Description" String="The name"/>
</Annotations>
<Annotations Target="NS.Product" Qualifier="phone" xmlns="{V4_ANNOTATIONS}">
  <Annotation Term="Common.SemanticKey">
    <Collection><PropertyPath>ID</PropertyPath><PropertyPath>Name</PropertyPath></Collection>
  </Annotation>
  <Annotation Term="Common.Label" String="Product" Qualifier="own"/>
  <Annotation Term="Common.FieldControl" EnumMember="Common.FieldControlType/Mandatory"/>
  <Annotation Term="Some.Dynamic"><If><Bool>true</Bool></If></Annotation>
</Annotations>
"""
    text = document(schema(body, edm=EDM_2009), version="3.0")
    doc, diagnostics = read_text(text)
    assert diagnostics.items == []
    product = structured(doc, "Product")
    assert [(a.term, a.value) for a in product.annotations] == [
        ("Core.Description", "A product")
    ]
    id_, name = product.properties
    assert [(a.term, a.value, a.line) for a in id_.annotations] == [
        ("Core.Computed", True, line_with(text, "Core.Computed"))
    ]
    assert [(a.term, a.value, a.qualifier) for a in name.annotations] == [
        ("Display.DisplayName", "Product name", ""),
        ("Validation.Length", 40, "short"),
    ]
    (search,) = doc.entity_sets[0].annotations
    assert search.term == "Capabilities.SearchRestrictions"
    assert search.value == Record(
        "Capabilities.SearchRestrictionsType",
        (("Searchable", False), ("Keys", ("a", "b"))),
    )
    first, second = doc.external_annotations
    assert (first.target, first.line) == (
        "NS.Product/Name",
        line_with(text, "NS.Product/Name"),
    )
    assert [(a.term, a.value) for a in first.annotations] == [
        ("Org.OData.Display.V1.Description", "The name")
    ]
    assert second.target == "NS.Product"
    assert [(a.term, a.value, a.qualifier) for a in second.annotations] == [
        ("Common.SemanticKey", ("ID", "Name"), "phone"),
        ("Common.Label", "Product", "own"),
        ("Common.FieldControl", "Common.FieldControlType/Mandatory", "phone"),
        ("Some.Dynamic", None, "phone"),
    ]


def test_schema_and_container_annotations_become_external_annotations() -> None:
    body = f"""
<Annotation Term="Core.Links" xmlns="{V4_ANNOTATIONS}"><Collection/></Annotation>
<EntityContainer Name="C"><Annotation Term="Core.Description" String="Service"/></EntityContainer>
"""
    doc = read_ok(schema(body))
    blocks = [
        (b.target, [(a.term, a.value) for a in b.annotations])
        for b in doc.external_annotations
    ]
    assert blocks == [
        ("NS", [("Core.Links", ())]),
        ("NS.C", [("Core.Description", "Service")]),
    ]


def test_annotation_value_is_namespace_agnostic() -> None:
    for namespace in (EDM_2009, V4_ANNOTATIONS):
        element = etree.fromstring(
            f"""<Annotation xmlns="{namespace}" Term="T"><Record Type="R">
              <PropertyValue Property="s" String=" x "/>
              <PropertyValue Property="i"><Int>7</Int></PropertyValue>
              <PropertyValue Property="f" Float="1.5"/>
              <PropertyValue Property="d" Decimal="1.10"/>
              <PropertyValue Property="p" Path="A/B"/>
              <PropertyValue Property="c"><Collection><Bool>false</Bool><Null/></Collection>
              </PropertyValue>
            </Record></Annotation>"""
        )
        assert csdl1.annotation_value(element) == Record(
            "R",
            (
                ("s", " x "),
                ("i", 7),
                ("f", 1.5),
                ("d", "1.10"),
                ("p", "A/B"),
                ("c", (False, None)),
            ),
        )


def test_documentation_becomes_core_descriptions() -> None:
    doc = read_ok(schema("""
<EntityType Name="T"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false">
    <Documentation>
      <Summary>The key.</Summary><LongDescription>More.</LongDescription>
    </Documentation>
  </Property>
</EntityType>
"""))
    (prop,) = structured(doc, "T").properties
    assert [(a.term, a.value) for a in prop.annotations] == [
        ("Org.OData.Core.V1.Description", "The key."),
        ("Org.OData.Core.V1.LongDescription", "More."),
    ]


def test_using_is_a_warning() -> None:
    text = document(schema('<Using Namespace="Other.Model" Alias="O"/>', edm=EDM_2009))
    _, diagnostics = read_text(text)
    assert [(d.level, d.code, d.line, d.element) for d in diagnostics.items] == [
        ("warning", "unsupported-using", line_with(text, "<Using"), "Using Other.Model")
    ]


def test_default_container_among_several_and_all_are_read() -> None:
    body = """
<EntityType Name="T"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/></EntityType>
<EntityContainer Name="First"><EntitySet Name="A" EntityType="NS.T"/></EntityContainer>
<EntityContainer Name="Main" m:IsDefaultEntityContainer="true">
  <EntitySet Name="B" EntityType="NS.T"/>
</EntityContainer>
"""
    doc = read_ok(schema(body))
    assert doc.container == "NS.Main"
    assert [s.name for s in doc.entity_sets] == ["A", "B"]


def test_edmx_references_are_kept() -> None:
    text = document(schema("")).replace(
        "<edmx:DataServices",
        '<edmx:Reference xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"'
        ' Uri="http://v/Common.xml">'
        '<edmx:Include Namespace="com.sap.vocabularies.Common.v1" Alias="Common"/></edmx:Reference>'
        "<edmx:DataServices",
    )
    doc, _ = read_text(text)
    common = ("com.sap.vocabularies.Common.v1", "Common")
    assert doc.references == [("http://v/Common.xml", [common])]


def test_v4_constructs_inside_a_v1_schema_are_read_the_v4_way() -> None:
    body = """
<TypeDefinition Name="Code" UnderlyingType="Edm.String" MaxLength="15"/>
<EntityType Name="Order"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <Property Name="CustomerID" Type="Edm.Int32"/>
  <NavigationProperty Name="Customer" Type="NS.Customer" Nullable="false" Partner="Orders">
    <ReferentialConstraint Property="CustomerID" ReferencedProperty="ID"/>
  </NavigationProperty>
</EntityType>
<EntityType Name="Customer"><Key><PropertyRef Name="ID"/></Key>
  <Property Name="ID" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Orders" Type="Collection(NS.Order)" Partner="Customer"/>
</EntityType>
<Action Name="Approve" IsBound="true">
  <Parameter Name="order" Type="NS.Order" Nullable="false"/><ReturnType Type="Edm.Boolean"/>
</Action>
<Function Name="Top"><ReturnType Type="Collection(NS.Order)" Nullable="false"/></Function>
<EntityContainer Name="C" m:IsDefaultEntityContainer="true">
  <EntitySet Name="Orders" EntityType="NS.Order">
    <NavigationPropertyBinding Path="Customer" Target="Me"/>
  </EntitySet>
  <Singleton Name="Me" Type="NS.Customer"/>
  <FunctionImport Name="TopOrders" Function="NS.Top" EntitySet="Orders"/>
  <ActionImport Name="Approve" Action="NS.Approve"/>
</EntityContainer>
"""
    doc = read_ok(schema(body))
    customer = navigation(doc, "Order", "Customer")
    assert (
        customer.type,
        customer.nullable,
        customer.partner,
        customer.constraints,
    ) == ("NS.Customer", False, "Orders", [("CustomerID", "ID")])
    assert navigation(doc, "Customer", "Orders").type == "Collection(NS.Order)"
    (code,) = doc.type_definitions
    assert (code.name, code.underlying, code.max_length) == ("Code", "Edm.String", 15)
    approve, top = doc.operations
    assert (approve.kind, approve.bound, approve.return_type) == (
        "action",
        True,
        "Edm.Boolean",
    )
    assert (top.kind, top.return_type, top.return_nullable) == (
        "function",
        "Collection(NS.Order)",
        False,
    )
    assert [(s.name, s.singleton, s.bindings) for s in doc.entity_sets] == [
        ("Orders", False, [("Customer", "Me")]),
        ("Me", True, []),
    ]
    assert [
        (i.name, i.operation, i.kind, i.entity_set) for i in doc.operation_imports
    ] == [
        ("TopOrders", "NS.Top", "function", "Orders"),
        ("Approve", "NS.Approve", "action", None),
    ]


def test_missing_data_services_is_an_error() -> None:
    text = '<edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx"/>'
    doc, diagnostics = read_text(text)
    assert [d.code for d in diagnostics.errors] == ["no-data-services"]
    assert doc.structured == []


def test_large_document_is_read_quickly() -> None:
    """Thousands of types and associations: one pass per kind, dict lookups."""
    count = 2000
    types, associations, sets, association_sets = [], [], [], []
    for i in range(count):
        j = (i + 1) % count
        props = "".join(f'<Property Name="P{k}" Type="Edm.String"/>' for k in range(20))
        types.append(
            f'<EntityType Name="E{i}"><Key><PropertyRef Name="P0"/></Key>{props}'
            f'<NavigationProperty Name="Next" Relationship="NS.A{i}" FromRole="F" ToRole="T"/>'
            f'<NavigationProperty Name="Prev" Relationship="NS.A{(i - 1) % count}" FromRole="T"'
            ' ToRole="F"/></EntityType>'
        )
        associations.append(
            f'<Association Name="A{i}"><End Type="NS.E{i}" Role="F" Multiplicity="*"/>'
            f'<End Type="NS.E{j}" Role="T" Multiplicity="0..1"/></Association>'
        )
        sets.append(f'<EntitySet Name="S{i}" EntityType="NS.E{i}"/>')
        association_sets.append(
            f'<AssociationSet Name="AS{i}" Association="NS.A{i}"><End Role="F" EntitySet="S{i}"/>'
            f'<End Role="T" EntitySet="S{j}"/></AssociationSet>'
        )
    body = "\n".join(types + associations) + CONTAINER.format(
        "".join(sets + association_sets)
    )
    text = document(schema(body))
    assert len(text) > 2_000_000
    started = time.perf_counter()
    doc = read_ok(schema(body))
    assert time.perf_counter() - started < 10
    assert len(doc.structured) == count
    e5 = structured(doc, "E5")
    assert [(n.name, n.type, n.partner) for n in e5.navigations] == [
        ("Next", "NS.E6", "Prev"),
        ("Prev", "Collection(NS.E4)", "Next"),
    ]
    assert sorted(doc.entity_sets[5].bindings) == [("Next", "S6"), ("Prev", "S4")]


# --- the shared corpus ---

CORPUS = Path(__file__).parents[2] / "shared" / "corpus"


def _edmx1_documents() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    found = []
    for path in sorted(CORPUS.glob("*.xml")):
        _, root = next(etree.iterparse(str(path), events=("start",)))
        if xml.namespace_of(root) == xml.EDMX_V1:
            found.append(path)
    return found


EDMX1_DOCUMENTS = _edmx1_documents()

# file -> (entity types, complex types, navigations, entity sets, AssociationSet bindings)
EXPECTED = {
    "sap-API_BUSINESS_PARTNER.xml": (27, 0, 32, 27, 32),
    "1c-enterprise-StandardODATA-v3.xml": (94, 43, 159, 94, 0),
    "pyodata-northwind-v2.xml": (26, 0, 22, 26, 22),
    "oasis-openapi-Northwind-V3.xml": (26, 0, 22, 26, 22),
    "odata2ts-cap-library-v2.xml": (18, 8, 19, 18, 19),
    "olingo-sap-SEPMRA_SO_MAN2-v2.xml": (4, 1, 2, 5, 2),
    "oasis-openapi-odata-rw-v3.xml": (10, 1, 10, 7, 9),
}


def test_corpus_is_found() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    names = {p.name for p in EDMX1_DOCUMENTS}
    assert set(EXPECTED) <= names


@pytest.mark.parametrize("path", EDMX1_DOCUMENTS, ids=lambda p: p.name)
def test_corpus_document_reads_without_errors(path: Path) -> None:
    root = xml.parse(path.read_bytes(), path.name)
    diagnostics = Collector(path.name)
    doc = csdl1.read(root, path.name, diagnostics)
    assert diagnostics.errors == []
    elements = Counter(xml.local_name(e) for e in root.iter() if isinstance(e.tag, str))
    entities = [s for s in doc.structured if s.kind == "entity"]
    navigations = [n for s in doc.structured for n in s.navigations]
    assert len(entities) == elements["EntityType"]
    assert len(doc.structured) - len(entities) == elements["ComplexType"]
    assert len(navigations) == elements["NavigationProperty"]  # every one resolved
    assert all(n.type for n in navigations)
    assert len(doc.entity_sets) == elements["EntitySet"] + elements["Singleton"]
    assert len(doc.enums) == elements["EnumType"]
    assert doc.version in ("2.0", "3.0") and doc.container
    props = sum(len(s.properties) for s in doc.structured)
    assert (
        props == elements["Property"]
    )  # no Property elements elsewhere in these files
    if path.name in EXPECTED:
        bindings = sum(len(s.bindings) for s in doc.entity_sets)
        found = (len(entities), len(doc.structured) - len(entities), len(navigations))
        assert (*found, len(doc.entity_sets), bindings) == EXPECTED[path.name]
