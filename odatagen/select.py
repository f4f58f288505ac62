"""Choosing a subset of entities: include/exclude globs, optionally closed over lookups.

A lookup whose target is left out keeps its Guid column and loses its navigation.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

import attrs

from odatagen.diagnostics import Collector
from odatagen.schema import Operation, Schema, TypeRef


def _matches(qname: str, patterns: tuple[str, ...]) -> bool:
    local = qname.rpartition(".")[2]
    return any(fnmatchcase(local, p) or fnmatchcase(qname, p) for p in patterns)


def select(
    schema: Schema,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    diagnostics: Collector,
    with_lookups: bool = False,
) -> Schema:
    if not include and not exclude:
        return schema
    kept = {
        q
        for q in schema.entities
        if (not include or _matches(q, include)) and not _matches(q, exclude)
    }
    if with_lookups:
        pending = list(kept)
        while pending:
            entity = schema.entities[pending.pop()]
            for lookup in schema.all_lookups(entity):
                if lookup.target not in kept and not _matches(lookup.target, exclude):
                    kept.add(lookup.target)
                    pending.append(lookup.target)
    for pattern in include:
        if not any(_matches(q, (pattern,)) for q in schema.entities):
            diagnostics.warning(
                "no-match", f"--include {pattern} matches no entity type"
            )
    # Base types of kept entities stay: a class cannot lose its base.
    for qname in list(kept):
        for ancestor in schema.ancestry(schema.entities[qname]):
            kept.add(ancestor.qualified_name)
    entities = {}
    for qname, entity in schema.entities.items():
        if qname not in kept:
            continue
        entities[qname] = attrs.evolve(
            entity,
            navigations=tuple(n for n in entity.navigations if n.target in kept),
            lookups=tuple(
                attrs.evolve(lk, navigation="") if lk.target not in kept else lk
                for lk in entity.lookups
            ),
            partner_collections=tuple(
                name
                for name in entity.partner_collections
                if any(n.name == name and n.target in kept for n in entity.navigations)
            ),
        )
    sets = {n: s for n, s in schema.entity_sets.items() if s.entity_type in kept}
    sets = {
        n: attrs.evolve(
            s, bindings=tuple(b for b in s.bindings if b[1].rpartition("/")[2] in sets)
        )
        for n, s in sets.items()
    }

    def uses_dropped(operation: Operation) -> bool:
        refs: list[TypeRef] = [p.type for p in operation.parameters]
        if operation.return_type is not None:
            refs.append(operation.return_type)
        return any(r.kind == "entity" and r.name not in kept for r in refs)

    operations = tuple(o for o in schema.operations if not uses_dropped(o))
    names = {o.qualified_name for o in operations}
    imports = tuple(i for i in schema.operation_imports if i.operation in names)
    return attrs.evolve(
        schema,
        entities=entities,
        entity_sets=sets,
        operations=operations,
        operation_imports=imports,
    )
