"""What a schema holds, for people: counts, customisations, one entity in detail
(as JSON-ready dicts, whose shapes `inspect_command` documents), and Mermaid ER
diagrams of an entity's neighbourhood or of the customisations.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from odatagen.schema import (
    Property,
    Schema,
    StructuredType,
    TypeRef,
)

NAVIGATION_FIELDS = "name target collection nullable partner contains_target".split()


def type_text(ref: TypeRef) -> str:
    return f"Collection({ref.name})" if ref.collection else ref.name


def _pick(value: object, *fields: str) -> dict[str, Any]:
    return {field: getattr(value, field) for field in fields}


def summary(schema: Schema, source: str, prefix_origin: str) -> dict[str, Any]:
    """Counts and customisations (shape: see `inspect_command`)."""
    structured = [*schema.entities.values(), *schema.complex_types.values()]
    entities = list(schema.entities.values())
    sets = list(schema.entity_sets.values())
    counts = {
        "entity_types": len(schema.entities),
        "complex_types": len(schema.complex_types),
        "enum_types": len(schema.enums),
        "entity_sets": sum(1 for s in sets if not s.singleton),
        "singletons": sum(1 for s in sets if s.singleton),
        "actions": sum(1 for o in schema.operations if o.kind == "action"),
        "functions": sum(1 for o in schema.operations if o.kind == "function"),
        "operation_imports": len(schema.operation_imports),
        "properties": sum(len(t.properties) for t in structured),
        "navigations": sum(len(t.navigations) for t in structured),
        "lookups": sum(len(e.lookups) for e in entities),
        "partner_collections": sum(len(e.partner_collections) for e in entities),
        "stream_properties": sum(
            1 for t in structured for p in t.properties if p.type.name == "Edm.Stream"
        ),
        "media_entities": sum(1 for e in entities if e.has_stream),
    }
    custom_entities = [
        {
            **_pick(e, "name", "qualified_name"),
            "columns": len(schema.all_properties(e)),
            "lookups": len(schema.all_lookups(e)),
            "entity_sets": [s.name for s in schema.sets_of(e.qualified_name)],
        }
        for e in entities
        if schema.is_custom(e.name)
    ]
    custom_columns = []
    for entity in entities:
        if schema.is_custom(entity.name):
            continue
        targets = {lk.column: lk.target for lk in entity.lookups}
        columns = [
            {"name": p.name, "type": type_text(p.type), "lookup": targets.get(p.name)}
            for p in entity.properties
            if schema.is_custom(p.name)
        ]
        if columns:
            group = {"entity": entity.name, "qualified_name": entity.qualified_name}
            custom_columns.append({**group, "columns": columns})
    return {
        "source": source,
        "odata_version": schema.odata_version,
        "counts": counts,
        "customisations": {
            "prefix": schema.custom_prefix,
            "prefix_origin": prefix_origin,
            "totals": {
                "custom_entities": len(custom_entities),
                "custom_columns": sum(len(g["columns"]) for g in custom_columns),
                "extended_entities": len(custom_columns),
            },
            "custom_entities": custom_entities,
            "custom_columns": custom_columns,
        },
    }


def _facets(prop: Property) -> dict[str, Any]:
    facets = _pick(prop, "max_length", "precision", "scale", "srid", "default")
    return {k: v for k, v in facets.items() if v is not None}


def entity_detail(schema: Schema, type_: StructuredType) -> dict[str, Any]:
    """One type in detail (shape: see `inspect_command`)."""
    qname = type_.qualified_name
    chain = schema.ancestry(type_)
    lookups = schema.all_lookups(type_)
    by_column = {lk.column: lk.navigation for lk in lookups}
    lookup_navs = {lk.navigation for lk in lookups}
    partners = {p for t in chain for p in t.partner_collections}
    navigations = schema.all_navigations(type_)
    nav_by_name = {n.name: n for n in navigations}
    columns = [
        {
            "name": p.name,
            "type": type_text(p.type),
            "nullable": p.nullable,
            "facets": _facets(p),
            "custom": schema.is_custom(p.name),
            "computed": p.doc.computed,
            "immutable": p.doc.immutable,
            "description": p.doc.description,
            "declared_in": t.qualified_name,
            "lookup": by_column.get(p.name),
        }
        for t in chain
        for p in t.properties
    ]
    ancestors = {t.qualified_name for t in chain}
    operations = []
    for op in schema.operations:
        binding = op.binding_type
        if binding is None or binding.name not in ancestors:
            continue
        operations.append(
            {
                **_pick(op, "name", "qualified_name", "kind"),
                "collection": binding.collection,
                "returns": type_text(op.return_type) if op.return_type else None,
                "parameters": [
                    {
                        "name": p.name,
                        "type": type_text(p.type),
                        "nullable": p.nullable,
                    }
                    for p in op.parameters[1:]
                ],
            }
        )
    return {
        **_pick(type_, "name", "qualified_name", "kind"),
        "custom": schema.is_custom(type_.name),
        **_pick(type_, "base", "abstract", "open_type", "has_stream"),
        "key": list(type_.key),
        "description": type_.doc.description,
        "entity_sets": [
            {"name": s.name, "singleton": s.singleton} for s in schema.sets_of(qname)
        ],
        "columns": columns,
        "lookups": [
            {
                **_pick(lk, "column", "navigation", "target", "target_key"),
                "custom": schema.is_custom(lk.column)
                or schema.is_custom(lk.navigation),
            }
            for lk in lookups
        ],
        "navigations": [
            _pick(n, *NAVIGATION_FIELDS)
            for n in navigations
            if n.name not in lookup_navs and n.name not in partners
        ],
        "partner_collections": [
            {
                "name": name,
                "source": nav_by_name[name].target,
                "column": nav_by_name[name].partner or "",
            }
            for t in chain
            for name in t.partner_collections
        ],
        "referenced_by": _referenced_by(schema, ancestors),
        "operations": operations,
    }


def _referenced_by(schema: Schema, targets: set[str]) -> list[dict[str, Any]]:
    """The single-valued navigations (declared) pointing at one of `targets`."""
    found = []
    for entity in schema.entities.values():
        columns = {lk.navigation: lk.column for lk in entity.lookups}
        for nav in entity.navigations:
            if not nav.collection and nav.target in targets:
                column = columns.get(nav.name)
                item = {"entity": entity.qualified_name, "navigation": nav.name}
                found.append({**item, "column": column})
    return found


# -- Mermaid ER diagrams -------------------------------------------------------------

MAX_ENTITIES = 40
# Words Mermaid's erDiagram lexer takes for keywords (case-insensitively) where a name
# stands; a name equal to one gets a trailing underscore.
_RESERVED = frozenset(
    "erdiagram one many to u end class classdef style subgraph only zero or more"
    " optionally direction title acctitle accdescr pk fk uk".split()
)
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
        " i yi ye g".split(),
    )
)
_TYPE_WORDS = dict(
    pair.split(":")
    for pair in "Guid:guid String:string Boolean:bool Decimal:decimal Double:float"
    " Single:float DateTimeOffset:datetime DateTime:datetime Date:date TimeOfDay:time"
    " Time:time Duration:duration Binary:binary Stream:stream Untyped:any".split()
)
_KIND_WORDS = {"enum": "enum", "complex": "complex", "entity": "entity"}
Edge = tuple[str, str, str, str]  # (source, target, navigation, relationship symbol)


def _ascii(text: str) -> str:
    """Cyrillic transliterated, accents dropped; other characters kept as they are."""
    out = []
    for char in text:
        lower = char.lower()
        if lower in _CYRILLIC:
            latin = _CYRILLIC[lower].strip("-")
            out.append(latin.capitalize() if char != lower else latin)
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def mermaid_name(text: str) -> str:
    """A name Mermaid reads as one word and never as a keyword: `[A-Za-z][A-Za-z0-9_]*`;
    runs of other characters become one `_`."""
    parts = re.split(r"[^A-Za-z0-9_]+", _ascii(text))
    name = "_".join(p for p in parts if p)
    if not re.match(r"[A-Za-z]", name):
        name = "N" + (name if name.startswith("_") else "_" + name).rstrip("_")
    return name + "_" if name.casefold() in _RESERVED else name


def _unique(names: list[str]) -> list[str]:
    """`mermaid_name` of each, made distinct (case-insensitively) by `_2`, `_3`, …"""
    used: set[str] = set()
    result = []
    for original in names:
        base = name = mermaid_name(original)
        count = 1
        while name.casefold() in used:
            count += 1
            name = f"{base.rstrip('_')}_{count}"
        used.add(name.casefold())
        result.append(name)
    return result


def _comment(text: str) -> str:
    """Text safe inside a `%%` comment or an attribute's quoted comment."""
    safe = "".join(
        " " if c.isspace() else "?" if c in '"`<>\\' or not c.isprintable() else c
        for c in text
    )
    return " ".join(safe.split())


def type_word(ref: TypeRef) -> str:
    """`guid`, `string`, `int`, `datetime`, `decimal`, `bool`, …; `x[]` for lists."""
    short = (ref.primitive or ref.name).removeprefix("Edm.")
    if ref.kind != "primitive":
        word = _KIND_WORDS.get(ref.kind, "any")
    elif short in ("Byte", "SByte", "Int16", "Int32", "Int64"):
        word = "int"
    elif short.startswith(("Geography", "Geometry")):
        word = "geo"
    else:
        word = _TYPE_WORDS.get(short, "other")
    return word + "[]" if ref.collection else word


def _edges(schema: Schema) -> list[Edge]:
    """Relationships: each single-valued navigation (many sources to one target), and
    each collection navigation that is not the reverse side of one."""
    edges = []
    for qname, entity in schema.entities.items():
        for nav in entity.navigations:
            if not nav.collection:
                symbol = "}o--o|" if nav.nullable else "}o--||"
                edges.append((qname, nav.target, nav.name, symbol))
                continue
            target = schema.entities.get(nav.target)
            reverse = target is not None and any(
                n.name == nav.partner and not n.collection
                for n in schema.all_navigations(target)
            )
            if nav.name not in entity.partner_collections and not reverse:
                symbol = "||--o{" if nav.contains_target else "}o--o{"
                edges.append((qname, nav.target, nav.name, symbol))
    return edges


def _render(
    schema: Schema,
    shown: list[str],
    full: set[str],
    edges: list[Edge],
    notes: list[str],
) -> str:
    qnames = sorted([*schema.entities, *schema.complex_types])
    local = _unique([schema.structured(q).name for q in qnames])
    names = dict(zip(qnames, local))
    lines = ["erDiagram"] + [f"    %% {_comment(note)}" for note in notes]
    for qname in shown:
        type_ = schema.structured(qname)
        name = names[qname]
        if name != type_.name:
            lines.append(f"    %% {name}: {_comment(qname)}")
        props = schema.all_properties(type_)
        if qname not in full:
            by_name = {p.name: p for p in props}
            props = [by_name[k] for k in type_.key if k in by_name]
        if not props:
            lines.append(f"    {name}")
            continue
        lines.append(f"    {name} {{")
        foreign = {lk.column for lk in schema.all_lookups(type_)}
        for prop, attribute in zip(props, _unique([p.name for p in props])):
            marker = " FK" if prop.name in foreign else ""
            marker = " PK" if prop.name in type_.key else marker
            notes_ = [_comment(prop.name)] if attribute != prop.name else []
            notes_ += ["custom"] if schema.is_custom(prop.name) else []
            comment = f' "{"; ".join(notes_)}"' if notes_ else ""
            lines.append(f"        {type_word(prop.type)} {attribute}{marker}{comment}")
        lines.append("    }")
    for source, target, label, symbol in edges:
        role = "_".join(p for p in re.split(r"[^A-Za-z0-9_]+", _ascii(label)) if p)
        lines.append(
            f'    {names[source]} {symbol} {names[target]} : "{role or "ref"}"'
        )
    return "\n".join(lines) + "\n"


def _left_out(count: int, names: list[str], why: str) -> str:
    listed = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
    return f"{count} entities left out ({why}): {listed}"


def neighbourhood_diagram(
    schema: Schema, type_: StructuredType, depth: int = 1, limit: int = MAX_ENTITIES
) -> str:
    """`type_` with its columns, and the entities it looks up or that look it up,
    `depth` levels out (keys only), at most `limit` entities."""
    start = type_.qualified_name
    if start not in schema.entities:
        return _render(schema, [start], {start}, [], [f"{type_.name}: a complex type"])
    edges = _edges(schema)
    adjacent: dict[str, set[str]] = {}
    for source, target, _, _ in edges:
        adjacent.setdefault(source, set()).add(target)
        adjacent.setdefault(target, set()).add(source)
    distance = {start: 0}
    frontier, notes = [start], [f"{type_.name} and its neighbours, depth {depth}"]
    for level in range(1, depth + 1):
        ahead = {e[1] for e in edges if e[0] in frontier}  # what the frontier looks up
        found = sorted(
            {n for f in frontier for n in adjacent.get(f, ()) if n not in distance},
            key=lambda n: (n not in ahead, n),
        )
        room = max(limit - len(distance), 0)
        distance.update((n, level) for n in found[:room])
        if len(found) > room:
            rest = [schema.entities[n].name for n in found[room:]]
            notes.append(_left_out(len(rest), rest, f"limit of {limit}, depth {level}"))
            break
        frontier = found
    near = {q for q, d in distance.items() if d < depth}
    drawn = [e for e in edges if {*e[:2]} <= distance.keys() and near & {*e[:2]}]
    return _render(schema, list(distance), {start}, drawn, notes)


def customisation_diagram(schema: Schema, limit: int = MAX_ENTITIES) -> str:
    """Custom entities with their columns, custom lookups, and the standard entities
    they connect to (keys only), at most `limit` entities."""
    custom = [q for q, e in schema.entities.items() if schema.is_custom(e.name)]
    custom_set = set(custom)
    edges = [
        e
        for e in _edges(schema)
        if e[0] in custom_set or e[1] in custom_set or schema.is_custom(e[2])
    ]
    connected = sorted({q for e in edges for q in e[:2]} - custom_set)
    order = custom + connected
    prefix = schema.custom_prefix
    notes = [
        f"customisations (prefix {prefix})" if prefix else "no customisation prefix"
    ]
    if len(order) > limit:
        rest = [schema.entities[q].name for q in order[limit:]]
        notes.append(_left_out(len(rest), rest, f"limit of {limit}"))
    shown = set(order[:limit])
    drawn = [e for e in edges if e[0] in shown and e[1] in shown]
    return _render(schema, order[:limit], custom_set, drawn, notes)
