"""Generated models: typed construction, OData JSON in and out, loaded-field tracking."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import Any

import pytest

from tests.conftest import csdl

DOC = csdl(
    """
    <EnumType Name="Color" IsFlags="false"><Member Name="Red" Value="1"/><Member Name="Blue" Value="2"/></EnumType>
    <EnumType Name="Access" IsFlags="true"><Member Name="Read" Value="1"/><Member Name="Write" Value="2"/></EnumType>
    <ComplexType Name="Address"><Property Name="Street" Type="Edm.String"/><Property Name="Zip" Type="Edm.String" Nullable="false"/></ComplexType>
    <EntityType Name="Account"><Key><PropertyRef Name="Id"/></Key>
      <Property Name="Id" Type="Edm.Guid"/><Property Name="Name" Type="Edm.String" Nullable="false"/>
    </EntityType>
    <EntityType Name="Contact"><Key><PropertyRef Name="Id"/></Key>
      <Property Name="Id" Type="Edm.Guid"/>
      <Property Name="Name" Type="Edm.String" Nullable="false"/>
      <Property Name="AccountId" Type="Edm.Guid"/>
      <Property Name="BirthDate" Type="Edm.Date"/>
      <Property Name="CreatedOn" Type="Edm.DateTimeOffset"/>
      <Property Name="Amount" Type="Edm.Decimal"/>
      <Property Name="Color" Type="NS.Color"/>
      <Property Name="Access" Type="NS.Access"/>
      <Property Name="Home" Type="NS.Address"/>
      <Property Name="Tags" Type="Collection(Edm.String)"/>
      <Property Name="Photo" Type="Edm.Stream"/>
      <NavigationProperty Name="Account" Type="NS.Account"/>
    </EntityType>
    """,
    container='<EntitySet Name="Contact" EntityType="NS.Contact"/><EntitySet Name="Account" EntityType="NS.Account"/>',
)
ID = "8eca0e3a-8f3b-4f5e-9d3e-0123456789ab"
ROW: dict[str, Any] = {
    "Id": ID,
    "Name": "Ann",
    "AccountId": "00000000-0000-0000-0000-000000000000",
    "BirthDate": "1990-05-17",
    "CreatedOn": "2024-01-02T03:04:05.1234567Z",
    "Amount": "12.50",
    "Color": "Blue",
    "Access": "Read,Write",
    "Home": {"Street": "Main", "Zip": "123"},
    "Tags": ["a", "b"],
    "Account": {"Id": ID, "Name": "Acme"},
}


def test_from_odata_converts_every_type(generated: Any) -> None:
    pkg = generated(DOC)
    contact = pkg.Contact.from_odata(ROW)
    assert contact.id == uuid.UUID(ID)
    assert contact.name == "Ann"
    assert contact.account_id is None  # Creatio's empty lookup sentinel
    assert contact.birth_date == datetime.date(1990, 5, 17)
    assert contact.created_on == datetime.datetime(
        2024, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.timezone.utc
    )
    assert contact.amount == decimal.Decimal("12.50")
    assert contact.color is pkg.Color.Blue
    assert contact.access == pkg.Access.Read | pkg.Access.Write
    assert contact.home == pkg.Address(street="Main", zip="123")
    assert contact.tags == ["a", "b"]
    assert contact.account.name == "Acme"


def test_to_odata_writes_wire_names_and_skips_navigations(generated: Any) -> None:
    pkg = generated(DOC)
    contact = pkg.Contact.from_odata(ROW)
    data = contact.to_odata()
    assert data["Id"] == ID
    assert data["AccountId"] is None
    assert data["CreatedOn"] == "2024-01-02T03:04:05.123456Z"
    assert data["Amount"] == "12.50"
    assert data["Access"] == "Read,Write"
    assert data["Home"] == {"Street": "Main", "Zip": "123"}
    assert "Account" not in data


def test_unloaded_fields_raise_instead_of_lying(generated: Any) -> None:
    pkg = generated(DOC)
    contact = pkg.Contact.from_odata({"Id": ID})
    assert contact.loaded_fields() == ("id",)
    with pytest.raises(pkg._runtime.model.FieldNotLoaded, match="name is not loaded"):
        contact.name
    with pytest.raises(AttributeError):
        contact.name
    assert "name" not in repr(contact)


def test_constructor_keeps_only_given_fields(generated: Any) -> None:
    pkg = generated(DOC)
    contact = pkg.Contact(name="Bob", account_id=uuid.UUID(ID))
    assert contact.to_odata() == {"Name": "Bob", "AccountId": ID}
    assert contact == pkg.Contact(name="Bob", account_id=uuid.UUID(ID))
    assert contact != pkg.Contact(name="Bob")
    assert contact.has("name") and not contact.has("id")


def test_navigations_are_descriptors_outside_attrs(generated: Any) -> None:
    """Navigations are kept out of attrs (cheap imports) but behave like fields: set by
    the constructor or by `from_odata`, absent until then, part of repr, == and
    loaded_fields, never written."""
    import attrs

    pkg = generated(DOC)
    names = [a.name for a in attrs.fields(pkg.Contact)]
    assert "name" in names and "account" not in names
    assert attrs.has(pkg.Contact)
    assert "account" not in pkg.Contact.__annotations__
    acme = pkg.Account(name="Acme")
    built = pkg.Contact(name="Ann", account=acme)
    assert built.account is acme and built.has("account")
    assert built.loaded_fields() == ("name", "account")
    assert "account=" in repr(built)
    assert built == pkg.Contact(name="Ann", account=pkg.Account(name="Acme"))
    assert built != pkg.Contact(name="Ann", account=pkg.Account(name="Other"))
    assert built.to_odata() == {"Name": "Ann"}
    bare = pkg.Contact(name="Ann")
    with pytest.raises(
        pkg._runtime.model.FieldNotLoaded, match="account is not loaded"
    ):
        bare.account
    assert not bare.has("account") and bare != built
    bare.account = acme
    assert bare == built
    del bare.account
    assert not bare.has("account")
    with pytest.raises(AttributeError):
        del bare.account
    read = pkg.Contact.from_odata({"Name": "Ann", "Account": {"Name": "Acme"}})
    assert read.account == acme and read == built
    assert pkg.Contact.from_odata({"Account": None}).account is None
    with pytest.raises(TypeError):
        pkg.Contact(nme="typo")
    with pytest.raises(TypeError):
        pkg.Contact("positional")


def test_derived_types_take_inherited_fields(generated: Any) -> None:
    """A derived type's constructor takes its base's properties and navigations too."""
    pkg = generated(
        csdl(
            """
            <EntityType Name="Party" Abstract="true"><Key><PropertyRef Name="Id"/></Key>
              <Property Name="Id" Type="Edm.Int32"/><Property Name="Name" Type="Edm.String"/>
              <NavigationProperty Name="Parent" Type="NS.Party"/>
            </EntityType>
            <EntityType Name="Person" BaseType="NS.Party">
              <Property Name="Age" Type="Edm.Int32"/>
              <NavigationProperty Name="Friends" Type="Collection(NS.Person)"/>
            </EntityType>
            """,
            container='<EntitySet Name="People" EntityType="NS.Person"/>',
        )
    )
    parent = pkg.Person(id=1)
    person = pkg.Person(id=2, name="Ann", age=30, parent=parent, friends=[parent])
    assert person.loaded_fields() == ("id", "name", "age", "parent", "friends")
    assert person.to_odata() == {"Id": 2, "Name": "Ann", "Age": 30}
    read = pkg.Person.from_odata({"Id": 2, "Parent": {"Id": 1}, "Friends": [{"Id": 1}]})
    assert read.parent == pkg.Party(id=1) and read.friends == [parent]


def test_enum_literals_are_qualified(generated: Any) -> None:
    """Generated enums carry their qualified name, so filters write NS.Color'Blue'
    (OData 4.0 requires it; 4.01 servers also take the bare 'Blue')."""
    import importlib

    pkg = generated(DOC)
    assert pkg.Color.__odata_type__ == "NS.Color"
    assert list(pkg.Color) == [pkg.Color.Red, pkg.Color.Blue]  # not a member
    query = importlib.import_module(pkg.__name__ + "._runtime.query")
    text = query.render(pkg.Contact.q.color == pkg.Color.Blue, query.STANDARD)
    assert text == "Color eq NS.Color'Blue'"
    flags = query.render(pkg.Contact.q.access == pkg.Access.Read, query.STANDARD)
    assert flags == "Access eq NS.Access'Read'"


def test_entity_metadata(generated: Any) -> None:
    pkg = generated(DOC)
    assert pkg.Contact.__odata_type__ == "NS.Contact"
    assert pkg.Contact.__odata_key__ == ("Id",)
    assert pkg.Contact.__odata_set__ == "Contact"


def test_package_imports_lazily(generated: Any) -> None:
    import sys

    pkg = generated(DOC)
    assert "pkg.entities.contact" not in sys.modules
    assert pkg.Contact.__module__ == "pkg.entities.contact"
    assert "pkg.entities.account" not in sys.modules
    assert "Contact" in dir(pkg)


def test_enum_members_renamed_in_python_keep_their_wire_names(generated: Any) -> None:
    pkg = generated(
        csdl(
            '<EnumType Name="State"><Member Name="None" Value="0"/><Member Name="class" Value="1"/>'
            '<Member Name="Open" Value="2"/></EnumType>'
            '<EntityType Name="Job"><Key><PropertyRef Name="Id"/></Key>'
            '<Property Name="Id" Type="Edm.Int32" Nullable="false"/><Property Name="State" Type="NS.State"/></EntityType>'
        )
    )
    job = pkg.Job.from_odata({"Id": 1, "State": "None"})
    assert job.state is pkg.State.None_
    assert job.to_odata() == {"Id": 1, "State": "None"}
    assert pkg.Job.from_odata({"State": "class"}).state is pkg.State.class_
    assert pkg.Job(state=pkg.State.Open).to_odata() == {"State": "Open"}
