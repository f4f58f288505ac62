"""What makes a schema Creatio-shaped: lookups (a Guid column `FooId` beside a navigation
`Foo`, no ReferentialConstraint), partner collections `{Source}CollectionBy{Column}`,
and the customisation prefix (`Usr`, or another one such as `lab`)."""

from __future__ import annotations

import re
from collections import Counter

import attrs

from odatagen.schema import Lookup, Schema, StructuredType, TypeRef

PARTNER_COLLECTION = re.compile(r"^(?P<source>\w+?)CollectionBy(?P<column>\w+)$")
GUID = TypeRef("primitive", "Edm.Guid", "Edm.Guid")


def pair_lookups(schema: Schema) -> Schema:
    """Creatio lookups: a single-valued navigation `Foo` plus a Guid column `FooId`
    (no ReferentialConstraint), or any single-column ReferentialConstraint."""
    entities: dict[str, StructuredType] = {}
    for qname, entity in schema.entities.items():
        columns = {p.name: p for p in schema.all_properties(entity)}
        lookups: list[Lookup] = []
        partners: list[str] = []
        for navigation in entity.navigations:
            target = schema.entities[navigation.target]
            if navigation.collection:
                match = PARTNER_COLLECTION.match(navigation.name)
                if match and navigation.partner == match["column"]:
                    partners.append(navigation.name)
                continue
            if len(navigation.constraints) == 1:
                column, key = navigation.constraints[0]
                if column in columns:
                    lookups.append(
                        Lookup(column, navigation.name, navigation.target, key, True)
                    )
                continue
            guid = columns.get(navigation.name + "Id")
            if (
                not navigation.constraints
                and guid is not None
                and guid.type == GUID
                and len(target.key) == 1
            ):
                lookups.append(
                    Lookup(guid.name, navigation.name, navigation.target, target.key[0])
                )
        entities[qname] = attrs.evolve(
            entity, lookups=tuple(lookups), partner_collections=tuple(partners)
        )
    return attrs.evolve(schema, entities=entities)


def detect_prefix(schema: Schema) -> str | None:
    """The customisation prefix of a Creatio-shaped schema: `Usr` when present, else
    the most common lower-case prefix (`labSegment`) in an otherwise PascalCase schema.
    """
    names = [e.name for e in schema.entities.values()]
    names += [p.name for e in schema.entities.values() for p in e.properties]
    if any(n.startswith("Usr") for n in names):
        return "Usr"
    pascal = sum(1 for n in names if n[:1].isupper())
    if not names or pascal < 0.75 * len(names):
        return None
    prefixes = Counter(
        m[1] for n in names if (m := re.match(r"^([a-z]{2,8})[A-Z0-9]", n))
    )
    common = prefixes.most_common(1)
    return common[0][0] if common and common[0][1] >= 2 else None
