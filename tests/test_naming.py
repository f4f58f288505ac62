"""The naming stage: every Python identifier of a generated package."""

from __future__ import annotations

from odatagen.diagnostics import Collector
from odatagen.edmx import load
from odatagen.naming import Names, name_schema
from tests.conftest import csdl


def names_of(
    body: str, container: str = "", style: str = "snake"
) -> tuple[Names, Collector]:
    schema, diagnostics = load(csdl(body, container=container), "t.xml")
    return name_schema(schema, "pkg", style, diagnostics), diagnostics  # type: ignore[arg-type]


def entity(name: str, *properties: str) -> str:
    props = "".join(f'<Property Name="{p}" Type="Edm.String"/>' for p in properties)
    return f'<EntityType Name="{name}"><Key><PropertyRef Name="Id"/></Key><Property Name="Id" Type="Edm.Guid"/>{props}</EntityType>'


def test_snake_case_attributes_and_accessors() -> None:
    names, diagnostics = names_of(
        entity("UsrRealty", "UsrPriceUSD", "AccountId"),
        container='<EntitySet Name="UsrRealty" EntityType="NS.UsrRealty"/>',
    )
    assert names.classes["NS.UsrRealty"] == "UsrRealty"
    assert names.modules["NS.UsrRealty"] == "entities.usr_realty"
    assert names.attributes["NS.UsrRealty"] == {
        "Id": "id",
        "UsrPriceUSD": "usr_price_usd",
        "AccountId": "account_id",
    }
    assert names.accessors == {"UsrRealty": "usr_realty"}
    assert not diagnostics.warnings


def test_preserve_keeps_odata_names() -> None:
    names, _ = names_of(entity("Contact", "AccountId", "Name"), style="preserve")
    assert names.attributes["NS.Contact"] == {
        "Id": "Id",
        "AccountId": "AccountId",
        "Name": "Name",
    }


def test_helper_like_entity_names_do_not_clash() -> None:
    # Creatio really has both; a generator deriving `<Entity>RequestBuilder` dies on it.
    names, diagnostics = names_of(
        entity("WebService") + entity("WebServiceRequestBuilder")
    )
    assert names.classes == {
        "NS.WebService": "WebService",
        "NS.WebServiceRequestBuilder": "WebServiceRequestBuilder",
    }
    assert len(set(names.modules.values())) == 2
    assert not diagnostics.warnings


def test_keywords_runtime_names_and_annotation_names_are_escaped() -> None:
    names, diagnostics = names_of(
        entity("Item", "class", "from_odata", "datetime", "str", "Type", "match")
    )
    attributes = names.attributes["NS.Item"]
    assert attributes["class"] == "class_"
    assert attributes["from_odata"] == "from_odata_"
    assert (
        attributes["datetime"] == "datetime_"
    )  # would shadow the module in annotations
    assert attributes["str"] == "str_"
    assert (attributes["Id"], attributes["Type"], attributes["match"]) == (
        "id",
        "type",
        "match",
    )
    renamed = {d.element for d in diagnostics.warnings if d.code == "renamed"}
    # A trailing "_" on keywords is the convention and silent; other renames warn.
    assert {"Item.from_odata", "Item.datetime", "Item.str"} <= renamed


def test_collisions_get_deterministic_suffixes_with_a_warning() -> None:
    names, diagnostics = names_of(
        entity("Deal", "AccountId", "Account_Id", "ACCOUNT_ID")
    )
    attributes = names.attributes["NS.Deal"]
    assert [attributes[n] for n in ("AccountId", "Account_Id", "ACCOUNT_ID")] == [
        "account_id",
        "account_id_2",
        "account_id_3",
    ]
    messages = [d.message for d in diagnostics.warnings]
    assert any("Deal.Account_Id is named account_id_2" in m for m in messages)


def test_classes_clashing_on_case_get_distinct_modules() -> None:
    names, _ = names_of(entity("account") + entity("Account"))
    assert names.classes["NS.account"] == "Account"
    assert names.classes["NS.Account"] == "Account_2"
    assert names.modules["NS.account"] != names.modules["NS.Account"]
    assert names.modules["NS.account"].lower() != names.modules["NS.Account"].lower()


def test_reserved_package_names_and_long_names() -> None:
    long_name = "Very" * 40
    names, _ = names_of(entity("Client") + entity(long_name))
    assert names.classes["NS.Client"] == "Client_"
    module = names.modules[f"NS.{long_name}"].rpartition(".")[2]
    assert len(module) <= 80 and module.isidentifier()


def test_cyrillic_names_stay_readable() -> None:
    names, _ = names_of(entity("Справочник_Контрагенты", "ДатаНачала"))
    assert names.classes["NS.Справочник_Контрагенты"] == "СправочникКонтрагенты"
    assert names.attributes["NS.Справочник_Контрагенты"]["ДатаНачала"] == "дата_начала"


def test_subclass_attributes_never_shadow_inherited_ones() -> None:
    names, _ = names_of(
        '<EntityType Name="Base"><Key><PropertyRef Name="Id"/></Key><Property Name="Id" Type="Edm.Guid"/>'
        '<Property Name="Code" Type="Edm.String"/></EntityType>'
        '<EntityType Name="Sub" BaseType="NS.Base"><Property Name="code" Type="Edm.String"/></EntityType>'
    )
    assert names.attributes["NS.Sub"] == {"Id": "id", "Code": "code", "code": "code_2"}
