"""The intermediate schema graph: frozen, fully resolved, indexed by qualified name.

Every stage after reading (select, naming, render, diff) works on these classes only.
Type references are resolved once into `TypeRef` values that carry everything a consumer
needs (kind, underlying primitive, collection-ness); related entities are referred to by
qualified name and looked up in `Schema.entities`, which keeps the graph acyclic so that
structural equality (what `diff` builds on) stays cheap and well defined.
Source line numbers are kept for diagnostics but never take part in equality.
"""

from __future__ import annotations

from typing import Literal, Union

import attrs

TypeKind = Literal["primitive", "enum", "complex", "entity", "untyped"]

# An annotation value, reduced to hashable, JSON-like data:
# str | int | float | bool | None | tuple of values | Record.
AnnotationValue = Union[
    str, int, float, bool, None, tuple["AnnotationValue", ...], "Record"
]


@attrs.frozen
class Record:
    """An annotation `Record`: its type (may be empty) and (property, value) pairs."""

    type: str
    members: tuple[tuple[str, AnnotationValue], ...]

    def get(self, name: str) -> AnnotationValue:
        for key, value in self.members:
            if key == name:
                return value
        return None


@attrs.frozen
class Annotation:
    term: str  # full namespace-qualified term, aliases resolved
    value: AnnotationValue
    qualifier: str = ""


@attrs.frozen
class Doc:
    """What client code cares about from the standard vocabularies and `sap:` attributes."""

    description: str | None = None
    long_description: str | None = None
    computed: bool = False
    immutable: bool = False
    permissions: str | None = None  # "Read", "ReadWrite", "None"
    allowed_values: tuple[AnnotationValue, ...] = ()
    creatable: bool | None = None  # sap:creatable
    updatable: bool | None = None  # sap:updatable
    filterable: bool | None = None  # sap:filterable
    sortable: bool | None = None  # sap:sortable


@attrs.frozen
class TypeRef:
    """A resolved type. `name` is the qualified name of the type itself
    (`Edm.String`, `NS.Color`); `primitive` is the Edm primitive a value travels as
    (the enum's or type definition's underlying type; empty for structured types)."""

    kind: TypeKind
    name: str
    primitive: str = ""
    collection: bool = False
    type_definition: str | None = None  # the TypeDefinition this came through, if any

    @property
    def element(self) -> TypeRef:
        return attrs.evolve(self, collection=False)


@attrs.frozen
class Property:
    name: str
    type: TypeRef
    nullable: bool = True
    max_length: int | None = None
    precision: int | None = None
    scale: int | str | None = None  # an int, "variable" or "floating"
    srid: str | None = None
    default: str | None = None
    doc: Doc = Doc()
    annotations: tuple[Annotation, ...] = ()
    line: int = attrs.field(default=0, eq=False)


@attrs.frozen
class NavigationProperty:
    name: str
    target: str  # qualified name of the target entity type
    collection: bool = False
    nullable: bool = True
    partner: str | None = None
    contains_target: bool = False
    # (dependent property, principal property) pairs
    constraints: tuple[tuple[str, str], ...] = ()
    doc: Doc = Doc()
    annotations: tuple[Annotation, ...] = ()
    line: int = attrs.field(default=0, eq=False)


@attrs.frozen
class Lookup:
    """A single-valued reference written through a scalar column (Creatio: `AccountId`)
    and read or filtered through a navigation (`Account`)."""

    column: str
    navigation: str
    target: str  # qualified name of the target entity type
    target_key: str  # the target's key property the column holds
    from_constraint: bool = False  # paired by ReferentialConstraint, not by name


@attrs.frozen
class StructuredType:
    """An EntityType or a ComplexType. `properties` and `navigations` are the declared
    ones; `Schema.all_properties` flattens inheritance."""

    kind: Literal["entity", "complex"]
    namespace: str
    name: str
    base: str | None = None
    abstract: bool = False
    open_type: bool = False
    has_stream: bool = False
    key: tuple[str, ...] = ()  # the effective key (inherited when not declared)
    properties: tuple[Property, ...] = ()
    navigations: tuple[NavigationProperty, ...] = ()
    lookups: tuple[Lookup, ...] = ()
    partner_collections: tuple[str, ...] = ()  # Creatio `{Source}CollectionBy{Column}`
    doc: Doc = Doc()
    annotations: tuple[Annotation, ...] = ()
    line: int = attrs.field(default=0, eq=False)

    @property
    def qualified_name(self) -> str:
        return f"{self.namespace}.{self.name}"


@attrs.frozen
class EnumMember:
    name: str
    value: int
    doc: Doc = Doc()


@attrs.frozen
class EnumType:
    namespace: str
    name: str
    underlying: str = "Edm.Int32"
    is_flags: bool = False
    members: tuple[EnumMember, ...] = ()
    doc: Doc = Doc()
    line: int = attrs.field(default=0, eq=False)

    @property
    def qualified_name(self) -> str:
        return f"{self.namespace}.{self.name}"


@attrs.frozen
class Parameter:
    name: str
    type: TypeRef
    nullable: bool = True


@attrs.frozen
class Operation:
    """An Action or Function (one overload). For OData 2/3 service operations
    (FunctionImport) `kind` is "function" or "action" by HTTP method."""

    kind: Literal["action", "function"]
    namespace: str
    name: str
    bound: bool = False
    parameters: tuple[Parameter, ...] = ()  # the binding parameter first when bound
    return_type: TypeRef | None = None
    return_nullable: bool = True
    composable: bool = False
    entity_set_path: str | None = None
    http_method: str | None = None  # OData 2/3 FunctionImport m:HttpMethod
    doc: Doc = Doc()
    line: int = attrs.field(default=0, eq=False)

    @property
    def qualified_name(self) -> str:
        return f"{self.namespace}.{self.name}"

    @property
    def binding_type(self) -> TypeRef | None:
        return self.parameters[0].type if self.bound and self.parameters else None


@attrs.frozen
class Restrictions:
    insertable: bool = True
    updatable: bool = True
    deletable: bool = True


@attrs.frozen
class EntitySet:
    name: str
    entity_type: str  # qualified name
    singleton: bool = False
    bindings: tuple[tuple[str, str], ...] = ()  # (navigation path, target set)
    in_service_document: bool = True
    restrictions: Restrictions = Restrictions()
    doc: Doc = Doc()
    annotations: tuple[Annotation, ...] = ()
    line: int = attrs.field(default=0, eq=False)


@attrs.frozen
class OperationImport:
    name: str
    operation: str  # qualified name of the Action/Function
    kind: Literal["action", "function"]
    entity_set: str | None = None
    line: int = attrs.field(default=0, eq=False)


@attrs.frozen
class Reference:
    uri: str
    includes: tuple[tuple[str, str], ...] = ()  # (namespace, alias)


@attrs.frozen(eq=True, hash=False)
class Schema:
    """A whole `$metadata` document, resolved. Mappings keep document order."""

    odata_version: str  # "4.0", "4.01", "2.0", "3.0"
    namespaces: tuple[tuple[str, str], ...]  # (namespace, alias)
    references: tuple[Reference, ...]
    entities: dict[str, StructuredType]
    complex_types: dict[str, StructuredType]
    enums: dict[str, EnumType]
    operations: tuple[Operation, ...]
    entity_sets: dict[str, EntitySet]  # entity sets and singletons, by name
    operation_imports: tuple[OperationImport, ...]
    container: str = ""
    custom_prefix: str | None = None

    def structured(self, qualified_name: str) -> StructuredType:
        found = self.entities.get(qualified_name) or self.complex_types.get(
            qualified_name
        )
        if found is None:
            raise KeyError(qualified_name)
        return found

    def ancestry(self, type_: StructuredType) -> list[StructuredType]:
        """The type and its base types, most basic first."""
        chain = [type_]
        while chain[-1].base is not None:
            chain.append(self.structured(chain[-1].base))
        return chain[::-1]

    def all_properties(self, type_: StructuredType) -> list[Property]:
        return [p for t in self.ancestry(type_) for p in t.properties]

    def all_navigations(self, type_: StructuredType) -> list[NavigationProperty]:
        return [n for t in self.ancestry(type_) for n in t.navigations]

    def all_lookups(self, type_: StructuredType) -> list[Lookup]:
        return [lk for t in self.ancestry(type_) for lk in t.lookups]

    def sets_of(self, entity: str) -> list[EntitySet]:
        return [s for s in self.entity_sets.values() if s.entity_type == entity]

    def is_custom(self, name: str) -> bool:
        return bool(self.custom_prefix) and name.startswith(self.custom_prefix or "")
