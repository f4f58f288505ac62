"""Raw reading layer -> resolved, frozen schema graph (`odatagen.schema`).

Resolves aliases and type references, applies external annotations, checks names and
inheritance, pairs Creatio lookups, and records every problem as a diagnostic.
"""

from __future__ import annotations


import attrs

from odatagen.diagnostics import Collector
from odatagen import vocabularies
from odatagen.creatio import detect_prefix, pair_lookups
from odatagen.resolve_container import entity_sets, operations
from odatagen.edmx import types
from odatagen.edmx.xml import parse_int
from odatagen.edmx.raw import (
    RawAnnotation,
    RawDocument,
    RawEnum,
    RawNavigation,
    RawProperty,
    RawStructured,
    RawTypeDefinition,
)
from odatagen.schema import (
    Annotation,
    Doc,
    EnumMember,
    EnumType,
    NavigationProperty,
    OperationImport,
    Property,
    Reference,
    Schema,
    StructuredType,
    TypeRef,
)

# Real hierarchies are a few levels deep (Microsoft Graph: 6); a deeper chain is refused,
# since every level repeats its ancestors' properties in the generated code.
MAX_INHERITANCE = 64
# Short names documents use without declaring them (SAP and Microsoft both do).
WELL_KNOWN_ALIASES = {
    "Core": "Org.OData.Core.V1",
    "Capabilities": "Org.OData.Capabilities.V1",
    "Validation": "Org.OData.Validation.V1",
    "Measures": "Org.OData.Measures.V1",
    "Common": "com.sap.vocabularies.Common.v1",
}


class Resolver:
    def __init__(self, raw: RawDocument, diagnostics: Collector) -> None:
        self.raw = raw
        self.diagnostics = diagnostics
        self.aliases: dict[str, str] = dict(WELL_KNOWN_ALIASES)
        self.local_namespaces = {s.namespace for s in raw.schemas}
        self.referenced_namespaces: set[str] = set()
        for _uri, includes in raw.references:
            for namespace, alias in includes:
                self.referenced_namespaces.add(namespace)
                if alias:
                    self.aliases[alias] = namespace
        for schema in raw.schemas:
            if schema.alias:
                self.aliases[schema.alias] = schema.namespace
        self.structured: dict[str, RawStructured] = {}
        self.enums: dict[str, EnumType] = {}
        self.type_definitions: dict[str, RawTypeDefinition] = {}
        self.external: dict[str, list[RawAnnotation]] = {}
        for block in raw.external_annotations:
            self.external.setdefault(self.qualify_path(block.target), []).extend(
                block.annotations
            )

    # -- names -------------------------------------------------------------------
    def qualify(self, name: str) -> str:
        prefix, dot, local = name.strip().rpartition(".")
        if not dot:
            return name.strip()
        return f"{self.aliases.get(prefix, prefix)}.{local}"

    def qualify_path(self, target: str) -> str:
        head, slash, rest = target.partition("/")
        head, paren, args = head.partition("(")
        return self.qualify(head) + paren + args + slash + rest

    def index_types(self) -> None:
        seen: dict[str, int] = {}

        def claim(qname: str, line: int, what: str) -> bool:
            if qname in seen:
                self.diagnostics.error(
                    "duplicate-name",
                    f"{qname} is declared twice (first at line {seen[qname]})",
                    line,
                    f"{what} {qname}",
                )
                return False
            seen[qname] = line
            return True

        for typedef in self.raw.type_definitions:
            qname = f"{typedef.namespace}.{typedef.name}"
            if claim(qname, typedef.line, "TypeDefinition"):
                self.type_definitions[qname] = typedef
        for raw_enum in self.raw.enums:
            qname = f"{raw_enum.namespace}.{raw_enum.name}"
            if claim(qname, raw_enum.line, "EnumType"):
                self.enums[qname] = self.enum(raw_enum)
        for raw_type in self.raw.structured:
            qname = f"{raw_type.namespace}.{raw_type.name}"
            what = "EntityType" if raw_type.kind == "entity" else "ComplexType"
            if raw_type.name and claim(qname, raw_type.line, what):
                self.structured[qname] = raw_type

    # -- types -------------------------------------------------------------------
    def known_type(self, name: str, collection: bool) -> TypeRef | None:
        if types.is_primitive(name):
            return TypeRef("primitive", name, name, collection)
        if name == "Edm.Untyped" or name in types.ABSTRACT:
            return TypeRef("untyped", name, "", collection)
        if name in self.enums:
            return TypeRef("enum", name, self.enums[name].underlying, collection)
        if name in self.type_definitions:
            underlying = self.qualify(self.type_definitions[name].underlying)
            if types.is_primitive(underlying):
                return TypeRef("primitive", underlying, underlying, collection, name)
        if name in self.structured:
            kind = self.structured[name].kind
            return TypeRef(
                "entity" if kind == "entity" else "complex", name, "", collection
            )
        return None

    def unqualified(self, name: str, line: int, element: str) -> str:
        """Sloppy OData 2 services write `Type="Country"`: accept a name without a
        namespace when exactly one type has it."""
        if "." in name:
            return name
        found = [
            q for q in [*self.structured, *self.enums] if q.rpartition(".")[2] == name
        ]
        if len(found) != 1:
            return name
        self.diagnostics.warning(
            "unqualified-type",
            f"type {name} has no namespace; read as {found[0]}",
            line,
            element,
        )
        return found[0]

    def type_ref(
        self, written: str, line: int, element: str, optional: bool = False
    ) -> TypeRef | None:
        """The resolved type; for an unknown type: an error, or with `optional` (a
        navigation, an operation) a warning and None, so the caller skips the element.
        """
        collection = written.startswith("Collection(") and written.endswith(")")
        name = self.qualify(written[11:-1] if collection else written)
        found = self.known_type(name, collection)
        if found is None:
            name = self.unqualified(name, line, element)
            found = self.known_type(name, collection)
        if found is not None:
            return found
        namespace = name.rpartition(".")[0]
        if name.startswith("Edm."):
            message = f"unknown Edm type {written}, read as a string"
            self.diagnostics.warning("unknown-primitive", message, line, element)
            return TypeRef("primitive", "Edm.String", "Edm.String", collection)
        external = namespace in self.referenced_namespaces - self.local_namespaces
        if external and optional:
            message = f"type {written} comes from a referenced document (not fetched); {element} is left out"
            self.diagnostics.warning("external-type", message, line, element)
            return None
        if external:
            message = f"type {written} comes from a referenced document (not fetched); read as untyped"
            self.diagnostics.warning("external-type", message, line, element)
        elif optional:
            message = f"unknown type {written}; {element} is left out"
            self.diagnostics.warning("skipped", message, line, element)
            return None
        else:
            self.diagnostics.error(
                "unknown-type", f"unknown type {written}", line, element
            )
        return TypeRef("untyped", name, "", collection)

    def required_type(self, written: str, line: int, element: str) -> TypeRef:
        found = self.type_ref(written, line, element)
        assert found is not None  # only optional lookups return None
        return found

    # -- annotations ---------------------------------------------------------------
    def annotations(
        self, inline: list[RawAnnotation], target: str
    ) -> tuple[Annotation, ...]:
        found = [*inline, *self.external.get(target, ())]
        return tuple(
            Annotation(self.qualify(a.term), a.value, a.qualifier) for a in found
        )

    def doc(
        self, annotations: tuple[Annotation, ...], sap: dict[str, str] | None = None
    ) -> Doc:
        return vocabularies.doc(annotations, sap)

    # -- structured types ----------------------------------------------------------
    def enum(self, raw: RawEnum) -> EnumType:
        members: list[EnumMember] = []
        next_value = 0 if not raw.is_flags else 1
        for name, value, annotations in raw.members:
            number = parse_int(value)
            if number is None:
                if value is not None:
                    self.diagnostics.warning(
                        "bad-value",
                        f"enum member value {value[:40]!r} is not an integer; "
                        f"numbered {next_value}",
                        raw.line,
                        f"EnumType {raw.name}.{name}",
                    )
                number = next_value
            members.append(
                EnumMember(name, number, self.doc(self.annotations(annotations, "")))
            )
            next_value = number + 1
        qname = f"{raw.namespace}.{raw.name}"
        return EnumType(
            raw.namespace,
            raw.name,
            self.qualify(raw.underlying),
            raw.is_flags,
            tuple(members),
            self.doc(self.annotations(raw.annotations, qname)),
            raw.line,
        )

    def check_bases(self) -> None:
        for qname, raw_type in self.structured.items():
            seen = {qname}
            current = raw_type
            while current.base:
                base = self.qualify(current.base)
                if (
                    base not in self.structured
                    or self.structured[base].kind != raw_type.kind
                ):
                    self.diagnostics.error(
                        "unknown-type",
                        f"unknown base type {current.base}",
                        current.line,
                        f"{_kind_name(current)} {current.name}",
                    )
                    current.base = None
                    break
                if base in seen:
                    self.diagnostics.error(
                        "cyclic-base",
                        f"base types form a cycle through {base}",
                        current.line,
                        f"{_kind_name(current)} {current.name}",
                    )
                    current.base = None
                    break
                seen.add(base)
                if len(seen) > MAX_INHERITANCE:
                    self.diagnostics.error(
                        "too-deep",
                        f"base types nest more than {MAX_INHERITANCE} deep",
                        raw_type.line,
                        f"{_kind_name(raw_type)} {raw_type.name}",
                    )
                    raw_type.base = None
                    break
                current = self.structured[base]

    def property(self, raw: RawProperty, owner: str) -> Property:
        element = f"Property {owner.rpartition('.')[2]}.{raw.name}"
        type_ref = self.required_type(raw.type, raw.line, element)
        facets = raw
        if type_ref.type_definition:
            typedef = self.type_definitions[type_ref.type_definition]
            facets = RawProperty(
                raw.name,
                raw.type,
                max_length=(
                    raw.max_length if raw.max_length is not None else typedef.max_length
                ),
                precision=(
                    raw.precision if raw.precision is not None else typedef.precision
                ),
                scale=raw.scale if raw.scale is not None else typedef.scale,
                srid=raw.srid or typedef.srid,
            )
        annotations = self.annotations(raw.annotations, f"{owner}/{raw.name}")
        return Property(
            name=raw.name,
            type=type_ref,
            nullable=raw.nullable,
            max_length=facets.max_length,
            precision=facets.precision,
            scale=facets.scale,
            srid=facets.srid,
            default=raw.default,
            doc=self.doc(annotations, raw.sap),
            annotations=annotations,
            line=raw.line,
        )

    def navigation(self, raw: RawNavigation, owner: str) -> NavigationProperty | None:
        element = f"NavigationProperty {owner.rpartition('.')[2]}.{raw.name}"
        type_ref = self.type_ref(raw.type, raw.line, element, optional=True)
        if type_ref is None:
            return None
        if type_ref.kind != "entity":
            if type_ref.kind != "untyped":
                self.diagnostics.error(
                    "bad-navigation",
                    f"navigation to non-entity type {raw.type}",
                    raw.line,
                    element,
                )
            return None
        annotations = self.annotations(raw.annotations, f"{owner}/{raw.name}")
        return NavigationProperty(
            name=raw.name,
            target=type_ref.name,
            collection=type_ref.collection,
            nullable=raw.nullable,
            partner=raw.partner,
            contains_target=raw.contains_target,
            constraints=tuple(raw.constraints),
            doc=self.doc(annotations),
            annotations=annotations,
            line=raw.line,
        )

    def structured_type(self, qname: str, raw: RawStructured) -> StructuredType:
        names: set[str] = set()
        properties: list[Property] = []
        navigations: list[NavigationProperty] = []
        members: list[RawProperty | RawNavigation] = [*raw.properties, *raw.navigations]
        for member in members:
            if member.name in names:
                self.diagnostics.error(
                    "duplicate-name",
                    f"{member.name} is declared twice in {raw.name}",
                    member.line,
                    f"{_kind_name(raw)} {raw.name}",
                )
                continue
            names.add(member.name)
            if isinstance(member, RawProperty):
                properties.append(self.property(member, qname))
            else:
                navigation = self.navigation(member, qname)
                if navigation is not None:
                    navigations.append(navigation)
        annotations = self.annotations(raw.annotations, qname)
        return StructuredType(
            kind=raw.kind,  # type: ignore[arg-type]
            namespace=raw.namespace,
            name=raw.name,
            base=self.qualify(raw.base) if raw.base else None,
            abstract=raw.abstract,
            open_type=raw.open_type,
            has_stream=raw.has_stream,
            key=tuple(self.effective_key(raw)),
            properties=tuple(properties),
            navigations=tuple(navigations),
            doc=self.doc(annotations, raw.sap),
            annotations=annotations,
            line=raw.line,
        )

    def effective_key(self, raw: RawStructured) -> list[str]:
        current: RawStructured | None = raw
        while current is not None:
            if current.key is not None:
                return current.key
            current = (
                self.structured.get(self.qualify(current.base))
                if current.base
                else None
            )
        return []

    # -- the whole document ----------------------------------------------------------
    def resolve(self, custom_prefix: str | None) -> Schema:
        self.index_types()
        self.check_bases()
        built = {q: self.structured_type(q, r) for q, r in self.structured.items()}
        schema = Schema(
            odata_version=self.raw.version,
            namespaces=tuple((s.namespace, s.alias) for s in self.raw.schemas),
            references=tuple(
                Reference(uri, tuple(includes)) for uri, includes in self.raw.references
            ),
            entities={q: t for q, t in built.items() if t.kind == "entity"},
            complex_types={q: t for q, t in built.items() if t.kind == "complex"},
            enums=self.enums,
            operations=operations(self),
            entity_sets=entity_sets(self),
            operation_imports=tuple(
                OperationImport(
                    i.name, self.qualify(i.operation), i.kind, i.entity_set, i.line  # type: ignore[arg-type]
                )
                for i in self.raw.operation_imports
            ),
            container=self.qualify(self.raw.container) if self.raw.container else "",
        )
        self.check_keys(schema)
        schema = pair_lookups(schema)
        prefix = detect_prefix(schema) if custom_prefix == "auto" else custom_prefix
        return attrs.evolve(schema, custom_prefix=prefix or None)

    def check_keys(self, schema: Schema) -> None:
        for type_ in schema.entities.values():
            names = {p.name for p in schema.all_properties(type_)}
            for key in type_.key:
                if key.partition("/")[0] not in names:  # `Info/ID`: a complex's member
                    self.diagnostics.warning(
                        "unknown-key",
                        f"the key {key[:80]!r} names no property of {type_.name}",
                        type_.line,
                        f"EntityType {type_.name}",
                    )


def _kind_name(raw: RawStructured) -> str:
    return "EntityType" if raw.kind == "entity" else "ComplexType"


def resolve(
    raw: RawDocument, diagnostics: Collector, custom_prefix: str | None = "Usr"
) -> Schema:
    return Resolver(raw, diagnostics).resolve(custom_prefix)
