"""`odatagen inspect`: counts, customisations, one entity, and Mermaid ER diagrams.

Expected numbers are computed from the XML itself (lxml), not from odatagen's reader;
Mermaid output is checked line by line against the ER grammar's accepted forms.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from lxml import etree

from odatagen.cli import Command
from odatagen.inspect_command import inspect_command
from odatagen.inspect_schema import mermaid_name, neighbourhood_diagram, type_word
from odatagen.schema import TypeRef
from odatagen.sources import load_schema
from tests.conftest import CREATIO_SMALL, csdl

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
GENERATED = ROOT / "generated_example"
EDM = "{http://docs.oasis-open.org/odata/ns/edm}"
NS = "Terrasoft.Configuration.OData"


def run(*args: str, input: bytes | None = None) -> Result:
    group = Command("odatagen")
    group.add_command(inspect_command)
    return CliRunner().invoke(group, ["inspect", *args], input=input)


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def as_json(*args: str) -> dict[str, Any]:
    data = json.loads(ok(*args, "--format", "json"))
    assert isinstance(data, dict)
    return data


def write(tmp_path: Path, body: str, container: str = "") -> str:
    path = tmp_path / "doc.xml"
    path.write_bytes(csdl(body, container=container))
    return str(path)


# -- Mermaid syntax --------------------------------------------------------------------
NAME = r"[A-Za-z][A-Za-z0-9_]*"
ENTITY_OPEN = re.compile(rf"^    ({NAME}) \{{$")
ENTITY_BARE = re.compile(rf"^    ({NAME})$")
ATTRIBUTE = re.compile(
    r'^        ([a-z]+(?:\[\])?) ([A-Za-z_][A-Za-z0-9_]*)( PK| FK)?( "[^"\n]*")?$'
)
RELATION = re.compile(
    rf'^    ({NAME}) (\}}o|\|\||\|o)--(o\||\|\||o\{{) ({NAME}) : "[A-Za-z0-9_]+"$'
)
COMMENT = re.compile(r"^    %% [^{\s].*$")
# Names Mermaid's erDiagram lexer reads as keywords.
KEYWORDS = {"one", "many", "to", "u", "end", "class", "classdef", "style", "subgraph"}
KEYWORDS |= {"erdiagram", "only", "zero", "direction"}


def check_mermaid(text: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Every line in a form Mermaid's ER grammar accepts; (entities, relationships)."""
    assert text.endswith("\n")
    lines = text.splitlines()
    assert lines[0] == "erDiagram"
    entities: list[str] = []
    relations: list[tuple[str, str, str]] = []
    block = False
    attributes: set[str] = set()
    for line in lines[1:]:
        if block:
            if line == "    }":
                block = False
                continue
            match = ATTRIBUTE.match(line)
            assert match, f"bad attribute line: {line!r}"
            name = match[2].casefold()
            assert name not in {"pk", "fk", "uk"} and name not in attributes, line
            attributes.add(name)
        elif match := ENTITY_OPEN.match(line) or ENTITY_BARE.match(line):
            assert match[1].casefold() not in KEYWORDS, line
            assert match[1] not in entities, f"entity twice: {line!r}"
            entities.append(match[1])
            block, attributes = line.endswith("{"), set()
        elif match := RELATION.match(line):
            relations.append((match[1], match[2] + "--" + match[3], match[4]))
        else:
            assert COMMENT.match(line), f"not Mermaid ER syntax: {line!r}"
    assert not block, "unclosed entity block"
    for source, _, target in relations:
        assert source in entities and target in entities
    return entities, relations


# -- the Creatio fixture, counted from the XML -----------------------------------------
@pytest.fixture(scope="module")
def acme() -> dict[str, Any]:
    root = etree.parse(str(CREATIO_SMALL)).getroot()
    types = root.findall(f".//{EDM}EntityType")
    props = {
        str(t.get("Name")): [str(p.get("Name")) for p in t.findall(f"{EDM}Property")]
        for t in types
    }
    navs = {str(t.get("Name")): t.findall(f"{EDM}NavigationProperty") for t in types}
    custom = [n for n in props if n.startswith("Usr")]
    columns = {
        n: [p for p in ps if p.startswith("Usr")]
        for n, ps in props.items()
        if not n.startswith("Usr")
    }
    columns = {n: c for n, c in columns.items() if c}
    return {
        "entity_types": len(types),
        "entity_sets": len(root.findall(f".//{EDM}EntitySet")),
        "properties": sum(len(p) for p in props.values()),
        "navigations": sum(len(n) for n in navs.values()),
        "stream_properties": sum(
            1 for p in root.iter(f"{EDM}Property") if p.get("Type") == "Edm.Stream"
        ),
        "custom": custom,
        "custom_columns": columns,
        "props": props,
        "navs": navs,
    }


def test_summary_counts(acme: dict[str, Any]) -> None:
    data = as_json(str(CREATIO_SMALL))
    assert data["source"] == "acme-small" and data["odata_version"] == "4.0"
    counts = data["counts"]
    for key in ("entity_types", "entity_sets", "properties", "navigations"):
        assert counts[key] == acme[key], key
    assert counts["stream_properties"] == acme["stream_properties"]
    assert counts["complex_types"] == counts["enum_types"] == counts["singletons"] == 0
    assert counts["actions"] == counts["functions"] == 0
    # Creatio: a lookup is a Guid column `XId` next to a single-valued navigation `X`
    lookups = sum(
        1
        for name, navs in acme["navs"].items()
        for nav in navs
        if not nav.get("Type").startswith("Collection(")
        and nav.get("Name") + "Id" in acme["props"][name]
    )
    partners = sum(
        1
        for navs in acme["navs"].values()
        for nav in navs
        if "CollectionBy" in nav.get("Name") and nav.get("Partner")
    )
    assert (counts["lookups"], counts["partner_collections"]) == (lookups, partners)


def test_customisation_summary(acme: dict[str, Any]) -> None:
    custom = as_json(str(CREATIO_SMALL))["customisations"]
    assert custom["prefix"] == "Usr" and custom["prefix_origin"] == "detected"
    n_columns = sum(len(c) for c in acme["custom_columns"].values())
    assert custom["totals"] == {
        "custom_entities": len(acme["custom"]),
        "custom_columns": n_columns,
        "extended_entities": len(acme["custom_columns"]),
    }
    assert [e["name"] for e in custom["custom_entities"]] == acme["custom"]
    for entity in custom["custom_entities"]:
        assert entity["columns"] == len(acme["props"][entity["name"]])
        assert entity["entity_sets"] == [entity["name"]]
    grouped = {
        g["entity"]: [c["name"] for c in g["columns"]] for g in custom["custom_columns"]
    }
    assert grouped == acme["custom_columns"]
    account = next(g for g in custom["custom_columns"] if g["entity"] == "Account")
    assert account["columns"] == [
        {"name": "UsrCodeId", "type": "Edm.Guid", "lookup": f"{NS}.Lead"}
    ]
    text = ok(str(CREATIO_SMALL))
    assert (
        "Customisations (prefix Usr, detected): "
        f"{len(acme['custom'])} custom entities, "
        f"{n_columns} custom columns on {len(acme['custom_columns'])} standard entities"
    ) in text
    assert re.search(r"^  entity types +%d$" % acme["entity_types"], text, re.M)
    assert re.search(r"^  Account +UsrCodeId \(lookup to Lead\)$", text, re.M)
    for name in acme["custom"]:
        columns = len(acme["props"][name])
        assert re.search(rf"^  {name} +{columns} columns, \d+ lookups?$", text, re.M)


def test_custom_prefix_given_off_and_from_snapshot() -> None:
    given = as_json(str(CREATIO_SMALL), "--custom-prefix", "Usr")["customisations"]
    assert given["prefix_origin"] == "given" and given["totals"]["custom_entities"] == 3
    off = as_json(str(CREATIO_SMALL), "--custom-prefix", "")["customisations"]
    assert (off["prefix"], off["prefix_origin"]) == (None, "off")
    assert off["custom_entities"] == off["custom_columns"] == []
    assert "Customisations: not marked (turned off" in ok(
        str(CREATIO_SMALL), "--custom-prefix", ""
    )
    if not (GENERATED / "acme_creatio" / "_schema.json").is_file():
        pytest.skip("no generated_example")
    snapshot = as_json(str(GENERATED))
    assert snapshot["customisations"]["prefix_origin"] == "snapshot"
    assert snapshot["customisations"]["totals"] == given["totals"]
    assert snapshot["counts"] == as_json(str(CREATIO_SMALL))["counts"]
    other = as_json(str(GENERATED), "--custom-prefix", "Email")["customisations"]
    assert other["prefix"] == "Email" and other["prefix_origin"] == "given"


def test_stdin_source() -> None:
    result = run("-", "--format", "json", input=CREATIO_SMALL.read_bytes())
    assert result.exit_code == 0 and json.loads(result.stdout)["source"] == "stdin"


# -- one entity ------------------------------------------------------------------------
def test_entity_contact_json(acme: dict[str, Any]) -> None:
    entity = as_json(str(CREATIO_SMALL), "--entity", "Contact")["entity"]
    assert entity["qualified_name"] == f"{NS}.Contact" and entity["key"] == ["Id"]
    assert entity["entity_sets"] == [{"name": "Contact", "singleton": False}]
    assert [c["name"] for c in entity["columns"]] == acme["props"]["Contact"]
    assert {
        "column": "AccountId",
        "navigation": "Account",
        "target": f"{NS}.Account",
        "target_key": "Id",
        "custom": False,
    } in entity["lookups"]
    by_name = {c["name"]: c for c in entity["columns"]}
    assert by_name["AccountId"]["lookup"] == "Account"
    assert by_name["UsrTag"]["custom"] and not by_name["Name"]["custom"]
    assert (
        by_name["Name"]["nullable"] is False and by_name["Name"]["type"] == "Edm.String"
    )
    expected = [
        n.get("Name")
        for n in acme["navs"]["Contact"]
        if "CollectionBy" in n.get("Name") and n.get("Partner")
    ]
    partners = entity["partner_collections"]
    assert [p["name"] for p in partners] == expected
    assert {
        "name": "AccountCollectionByOwner",
        "source": f"{NS}.Account",
        "column": "Owner",
    } in partners
    assert entity["navigations"] == []  # every navigation is a lookup or a partner
    assert {
        "entity": f"{NS}.Account",
        "navigation": "PrimaryContact",
        "column": "PrimaryContactId",
    } in entity["referenced_by"]
    assert entity["operations"] == []
    # local, qualified and case-insensitive names find the same entity
    for name in (f"{NS}.Contact", "contact"):
        assert as_json(str(CREATIO_SMALL), "--entity", name)["entity"] == entity


def test_entity_contact_text(acme: dict[str, Any]) -> None:
    text = ok(str(CREATIO_SMALL), "--entity", "Contact")
    assert text.startswith(f"Contact ({NS}.Contact): entity type\n  key: Id\n")
    assert re.search(r"^  AccountId +-> +Account +-> +Account$", text, re.M)
    assert re.search(r"^  UsrTag +Edm\.Int32 +custom$", text, re.M)
    assert re.search(r"^  AccountId +Edm\.Guid +lookup Account$", text, re.M)
    expected = [n for n in acme["navs"]["Contact"] if "CollectionBy" in n.get("Name")]
    assert f"Partner collections (reverse of lookups): {len(expected)}\n" in text
    assert re.search(r"^  AccountCollectionByOwner +Account\.Owner$", text, re.M)
    assert "Account.PrimaryContact" in text.split("Referenced by:")[1]


def test_entity_details_on_a_built_document(tmp_path: Path) -> None:
    core = "Org.OData.Core.V1"
    source = write(
        tmp_path,
        f"""
        <EntityType Name="Base" Abstract="true"><Key><PropertyRef Name="Id"/></Key>
          <Property Name="Id" Type="Edm.Int64" Nullable="false">
            <Annotation Term="{core}.Computed" Bool="true"/></Property></EntityType>
        <EntityType Name="Item" BaseType="NS.Base" HasStream="true">
          <Property Name="Code" Type="Edm.String" MaxLength="20">
            <Annotation Term="{core}.Immutable" Bool="true"/>
            <Annotation Term="{core}.Description" String="The code"/></Property>
          <Property Name="Price" Type="Edm.Decimal" Precision="18" Scale="4"/>
          <Property Name="Color" Type="NS.Color"/>
          <Property Name="Tags" Type="Collection(Edm.String)"/>
          <NavigationProperty Name="Parts" Type="Collection(NS.Item)"
            ContainsTarget="true"/>
        </EntityType>
        <EnumType Name="Color"><Member Name="Red"/></EnumType>
        <ComplexType Name="Address">
          <Property Name="Street" Type="Edm.String"/></ComplexType>
        <Action Name="Approve" IsBound="true"><Parameter Name="it" Type="NS.Item"/>
          <Parameter Name="note" Type="Edm.String"/></Action>
        <Function Name="Count" IsBound="true">
          <Parameter Name="it" Type="Collection(NS.Item)"/>
          <ReturnType Type="Edm.Int32"/></Function>
        <Function Name="Top"><ReturnType Type="NS.Item"/></Function>
        """,
        '<EntitySet Name="Items" EntityType="NS.Item"/>'
        '<Singleton Name="Best" Type="NS.Item"/>'
        '<FunctionImport Name="Top" Function="NS.Top"/>',
    )
    counts = as_json(source)["counts"]
    assert counts == {
        "entity_types": 2,
        "complex_types": 1,
        "enum_types": 1,
        "entity_sets": 1,
        "singletons": 1,
        "actions": 1,
        "functions": 2,
        "operation_imports": 1,
        "properties": 6,
        "navigations": 1,
        "lookups": 0,
        "partner_collections": 0,
        "stream_properties": 0,
        "media_entities": 1,
    }
    item = as_json(source, "--entity", "Item")["entity"]
    assert (item["base"], item["has_stream"], item["key"]) == ("NS.Base", True, ["Id"])
    assert item["entity_sets"] == [
        {"name": "Items", "singleton": False},
        {"name": "Best", "singleton": True},
    ]
    columns = {c["name"]: c for c in item["columns"]}
    assert columns["Id"]["declared_in"] == "NS.Base" and columns["Id"]["computed"]
    code = columns["Code"]
    assert code["immutable"] and code["description"] == "The code"
    assert code["facets"] == {"max_length": 20}
    assert columns["Price"]["facets"] == {"precision": 18, "scale": 4}
    assert (columns["Color"]["type"], columns["Tags"]["type"]) == (
        "NS.Color",
        "Collection(Edm.String)",
    )
    assert item["navigations"] == [
        {
            "name": "Parts",
            "target": "NS.Item",
            "collection": True,
            "nullable": True,
            "partner": None,
            "contains_target": True,
        }
    ]
    operations = {o["name"]: o for o in item["operations"]}
    assert set(operations) == {"Approve", "Count"}
    assert operations["Approve"]["parameters"] == [
        {"name": "note", "type": "Edm.String", "nullable": True}
    ]
    assert (
        operations["Count"]["collection"]
        and operations["Count"]["returns"] == "Edm.Int32"
    )
    text = ok(source, "--entity", "NS.Item")
    assert "flags: media entity" in text and "base type: NS.Base" in text
    assert re.search(
        r'^  Code +Edm\.String +MaxLength=20 +immutable, "The code"$', text, re.M
    )
    assert re.search(r"^  Id +Edm\.Int64 +not null +computed, from Base$", text, re.M)
    assert re.search(
        r"^  action +Approve\(note: Edm\.String\) +bound to entity$", text, re.M
    )
    address = as_json(source, "--entity", "Address")["entity"]
    assert address["kind"] == "complex" and address["columns"][0]["name"] == "Street"
    entities, _ = check_mermaid(ok(source, "--entity", "Address", "--mermaid"))
    assert entities == ["Address"]


def test_unknown_entity_suggests_close_matches() -> None:
    result = run(str(CREATIO_SMALL), "--entity", "Contcat")
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith(
        f"{CREATIO_SMALL}: error: entity type 'Contcat' not found"
    )
    assert "did you mean Contact" in lines[0] and lines[0].endswith("(unknown-entity)")
    nothing = run(str(CREATIO_SMALL), "--entity", "Zzzzzz")
    assert nothing.exit_code == 2 and "not found among 21 types" in nothing.stderr


def test_usage_errors_and_bad_sources(tmp_path: Path) -> None:
    for args in (
        ["--fence"],
        ["--depth", "2", "--mermaid"],
        ["--mermaid", "--format", "json"],
        ["--depth", "0", "--mermaid", "--entity", "Contact"],
        ["--format", "yaml"],
    ):
        result = run(str(CREATIO_SMALL), *args)
        assert result.exit_code == 2, args
    missing = run(str(tmp_path / "missing.xml"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    bad = tmp_path / "bad.xml"
    bad.write_text("<not-odata/>")
    assert run(str(bad)).exit_code == 2


# -- Mermaid --------------------------------------------------------------------------
def test_mermaid_customisations(acme: dict[str, Any]) -> None:
    text = ok(str(CREATIO_SMALL), "--mermaid")
    assert text == ok(str(CREATIO_SMALL), "--mermaid")  # deterministic
    entities, relations = check_mermaid(text)
    assert entities[:3] == acme["custom"]
    lease = text.split("    UsrVehicleLease {\n")[1].split("    }\n")[0].splitlines()
    assert len(lease) == len(acme["props"]["UsrVehicleLease"])
    assert (
        "        guid Id PK" in lease and '        decimal UsrPrice "custom"' in lease
    )
    assert '        guid UsrAgentId FK "custom"' in lease
    assert "    Account {\n        guid Id PK\n    }\n" in text  # standard: key only
    assert ("UsrVehicleLease", "}o--o|", "Account") in relations
    assert '    UsrVehicleLease }o--o| Account : "UsrAgent"\n' in text
    assert '    Account }o--o| Lead : "UsrCode"\n' in text  # a custom lookup
    assert "City" not in entities  # not connected to a customisation
    fenced = ok(str(CREATIO_SMALL), "--mermaid", "--fence")
    assert fenced == f"```mermaid\n{text}```\n"


def test_mermaid_neighbourhood() -> None:
    text = ok(str(CREATIO_SMALL), "--entity", "Contact", "--mermaid")
    entities, relations = check_mermaid(text)
    assert entities[0] == "Contact" and "Account" in entities
    assert '    Contact }o--o| Account : "Account"\n' in text
    assert ("UsrVehicleLease", "}o--o|", "Contact") in relations  # looks Contact up
    assert all("Contact" in (s, t) for s, _, t in relations)  # depth 1
    assert text.count("        guid Id PK") == len(entities)
    deeper = ok(str(CREATIO_SMALL), "--entity", "Contact", "--mermaid", "--depth", "2")
    assert len(check_mermaid(deeper)[1]) > len(relations)
    schema, _ = load_schema(str(CREATIO_SMALL))
    contact = schema.entities[f"{NS}.Contact"]
    small = neighbourhood_diagram(schema, contact, depth=2, limit=5)
    entities, relations = check_mermaid(small)
    assert len(entities) == 5 and "entities left out (limit of 5, depth 1)" in small
    # what Contact looks up comes first, by name
    assert entities == ["Contact", "Account", "City", "ContactType", "Country"]


def test_mermaid_limit_on_a_hub(tmp_path: Path) -> None:
    spokes = "".join(
        f'<EntityType Name="S{i:02}"><Key><PropertyRef Name="Id"/></Key>'
        f'<Property Name="Id" Type="Edm.Guid" Nullable="false"/>'
        f'<Property Name="HubId" Type="Edm.Guid"/>'
        f'<NavigationProperty Name="Hub" Type="NS.Hub"/></EntityType>'
        for i in range(50)
    )
    hub = (
        '<EntityType Name="Hub"><Key><PropertyRef Name="Id"/></Key>'
        '<Property Name="Id" Type="Edm.Guid" Nullable="false"/></EntityType>'
    )
    source = write(tmp_path, hub + spokes)
    text = ok(source, "--entity", "Hub", "--mermaid", "--depth", "3")
    entities, relations = check_mermaid(text)
    assert len(entities) == 40 and len(relations) == 39
    assert "%% 11 entities left out (limit of 40, depth 1): S39, S40," in text


HOSTILE = """
<EntityType Name="Bad Name"><Key><PropertyRef Name="Id"/></Key>
  <Property Name="Id" Type="Edm.Guid" Nullable="false"/>
  <Property Name="a &quot;quoted&quot; col" Type="Edm.String"/>
  <Property Name="&lt;script&gt;alert(1)&lt;/script&gt;" Type="Edm.Int32"/>
  <Property Name="Контрагент" Type="Edm.String"/>
  <Property Name="PK" Type="Edm.Date"/>
  <Property Name="pk" Type="Edm.Binary"/>
  <Property Name="ОтецId" Type="Edm.Guid"/>
  <Property Name="`x`" Type="Collection(Edm.Double)"/>
  <NavigationProperty Name="Отец" Type="NS.Контрагент"/>
</EntityType>
<EntityType Name="Контрагент"><Key><PropertyRef Name="Ключ"/></Key>
  <Property Name="Ключ" Type="Edm.Guid" Nullable="false"/>
  <NavigationProperty Name="x&#10;direction TB" Type="NS.Bad Name"/>
</EntityType>
<EntityType Name="&lt;script&gt;"><Key><PropertyRef Name="Id"/></Key>
  <Property Name="Id" Type="Edm.Guid" Nullable="false"/>
  <NavigationProperty Name="Up" Type="NS.Bad Name" Nullable="false"/></EntityType>
<EntityType Name="end"><Key><PropertyRef Name="Id"/></Key>
  <Property Name="Id" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Next" Type="NS.End"/></EntityType>
<EntityType Name="End"><Key><PropertyRef Name="Id"/></Key>
  <Property Name="Id" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Back" Type="NS.Bad Name"/></EntityType>
<EntityType Name="1st"><Key><PropertyRef Name="Id"/></Key>
  <Property Name="Id" Type="Edm.Int32" Nullable="false"/>
  <NavigationProperty Name="Back" Type="NS.Bad Name"/></EntityType>
"""


def test_mermaid_sanitises_hostile_names(tmp_path: Path) -> None:
    source = write(tmp_path, HOSTILE)
    args = ("--entity", "Bad Name", "--mermaid", "--depth", "2", "--fence")
    text = ok(source, *args)
    assert text == ok(source, *args)
    assert text.count("```") == 2
    diagram = text.removeprefix("```mermaid\n").removesuffix("```\n")
    entities, relations = check_mermaid(diagram)
    assert entities == ["Bad_Name", "Kontragent", "N_1st", "script", "End_", "end_2"]
    assert "<" not in diagram and ">" not in diagram
    for line in diagram.splitlines():
        code = re.sub(r'"[^"]*"', "", line)  # quoted comments may keep the original
        assert line.lstrip().startswith("%%") or code.isascii(), line
    block = diagram.split("    Bad_Name {\n")[1].split("    }")[0]
    assert '        string a_quoted_col "a ?quoted? col"\n' in block
    assert '        int script_alert_1_script "?script?alert(1)?/script?"\n' in block
    assert '        string Kontragent "Контрагент"\n' in block
    assert '        date PK_ "PK"\n' in block and '        binary pk_2 "pk"\n' in block
    assert '        guid OtetsId FK "ОтецId"\n' in block
    assert '        float[] x "?x?"\n' in block
    assert '    Bad_Name }o--o| Kontragent : "Otets"\n' in diagram
    assert '    Kontragent }o--o| Bad_Name : "x_direction_TB"\n' in diagram
    assert '    script }o--|| Bad_Name : "Up"\n' in diagram
    assert "    %% Bad_Name: NS.Bad Name\n" in diagram
    assert "    %% script: NS.?script?\n" in diagram
    # the text and JSON views keep the names, escaping only control characters
    detail = ok(source, "--entity", "Контрагент")
    assert re.search(r"^  x\\ndirection TB +-> +Bad Name$", detail, re.M)
    entity = as_json(source, "--entity", "Контрагент")["entity"]
    navigation = entity["navigations"][0]
    assert navigation["name"] == "x\ndirection TB"


def test_mermaid_names_and_type_words() -> None:
    assert mermaid_name("Catalog_Номенклатура") == "Catalog_Nomenklatura"
    assert mermaid_name("Щука Ёж") == "Shchuka_Ezh"
    assert mermaid_name("Café") == "Cafe"
    assert mermaid_name("") == "N"
    assert mermaid_name("__x") == "N__x"
    assert [mermaid_name(k) for k in ("one", "U", "to", "Many")] == [
        "one_",
        "U_",
        "to_",
        "Many_",
    ]
    assert mermaid_name("Oneself") == "Oneself"
    words = {
        "Edm.Guid": "guid",
        "Edm.String": "string",
        "Edm.Int64": "int",
        "Edm.Byte": "int",
        "Edm.DateTimeOffset": "datetime",
        "Edm.Decimal": "decimal",
        "Edm.Boolean": "bool",
        "Edm.GeographyPoint": "geo",
        "Edm.Stream": "stream",
    }
    for edm, word in words.items():
        assert type_word(TypeRef("primitive", edm, edm)) == word
    assert type_word(TypeRef("enum", "NS.Color", "Edm.Int32")) == "enum"
    assert type_word(TypeRef("complex", "NS.A", collection=True)) == "complex[]"


@pytest.mark.parametrize(
    "name", ["oasis-openapi-TripPin.xml", "1c-enterprise-StandardODATA-v3.xml"]
)
def test_corpus_documents(name: str) -> None:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{path} not available")
    source = str(path)
    assert ok(source).startswith(path.stem + ": OData ")
    summary = as_json(source)
    schema, _ = load_schema(source, "auto")
    assert summary["counts"]["entity_types"] == len(schema.entities)
    check_mermaid(ok(source, "--mermaid"))
    for qname in list(schema.entities)[:5] + list(schema.complex_types)[:2]:
        ok(source, "--entity", qname)
        assert as_json(source, "--entity", qname)["entity"]["qualified_name"] == qname
        diagram = ok(source, "--entity", qname, "--mermaid", "--depth", "2")
        entities, _ = check_mermaid(diagram)
        assert 1 <= len(entities) <= 40
    if name.startswith("1c"):
        assert re.search(
            r"^    Catalog_Nomenklatura \{$",
            ok(source, "--entity", "Catalog_Номенклатура", "--mermaid"),
            re.M,
        )
