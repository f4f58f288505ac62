"""The entity container and the operations, resolved against the types a ``Resolver``
indexed (``resolve.py``): entity sets and singletons, actions and functions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from odatagen import vocabularies
from odatagen.schema import EntitySet, Operation, Parameter

if TYPE_CHECKING:
    from odatagen.resolve import Resolver


def operations(self: Resolver) -> tuple[Operation, ...]:
    """The actions and functions whose types resolve (a warning names the others)."""
    result = []
    for raw in self.raw.operations:
        element = f"{raw.kind.title()} {raw.name}"
        parameters = [
            (p, self.type_ref(p.type, p.line or raw.line, element, optional=True))
            for p in raw.parameters
        ]
        return_type = (
            self.type_ref(raw.return_type, raw.line, element, optional=True)
            if raw.return_type
            else None
        )
        if any(t is None for _, t in parameters) or (
            raw.return_type and not return_type
        ):
            continue  # a warning named the unknown type and the operation
        annotations = self.annotations(raw.annotations, f"{raw.namespace}.{raw.name}")
        result.append(
            Operation(
                kind=raw.kind,  # type: ignore[arg-type]
                namespace=raw.namespace,
                name=raw.name,
                bound=raw.bound,
                parameters=tuple(
                    Parameter(p.name, t, p.nullable) for p, t in parameters if t
                ),
                return_type=return_type,
                return_nullable=raw.return_nullable,
                composable=raw.composable,
                entity_set_path=raw.entity_set_path,
                http_method=raw.http_method,
                doc=self.doc(annotations),
                line=raw.line,
            )
        )
    return tuple(result)


def entity_sets(self: Resolver) -> dict[str, EntitySet]:
    """The container's entity sets and singletons, checked."""
    result: dict[str, EntitySet] = {}
    container = self.qualify(self.raw.container) if self.raw.container else ""
    for raw in self.raw.entity_sets:
        element = f"{'Singleton' if raw.singleton else 'EntitySet'} {raw.name}"
        if raw.name in result:
            self.diagnostics.error(
                "duplicate-name",
                f"entity set {raw.name} is declared twice",
                raw.line,
                element,
            )
            continue
        if not raw.name.isidentifier():
            # CSDL names are SimpleIdentifiers; the client's set table and URLs
            # need one.
            self.diagnostics.warning(
                "skipped",
                f"entity set name {raw.name[:80]!r} is not an identifier; "
                "the set is left out",
                raw.line,
                element,
            )
            continue
        entity_type = self.unqualified(self.qualify(raw.entity_type), raw.line, element)
        found = self.structured.get(entity_type)
        if found is None or found.kind != "entity":
            self.diagnostics.error(
                "unknown-type",
                f"unknown entity type {raw.entity_type}",
                raw.line,
                element,
            )
            continue
        annotations = self.annotations(raw.annotations, f"{container}/{raw.name}")
        result[raw.name] = EntitySet(
            name=raw.name,
            entity_type=entity_type,
            singleton=raw.singleton,
            bindings=tuple(raw.bindings),
            in_service_document=raw.in_service_document,
            restrictions=vocabularies.restrictions(annotations, raw.sap),
            doc=self.doc(annotations, raw.sap),
            annotations=annotations,
            line=raw.line,
        )
    return result
