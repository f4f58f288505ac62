"""The raw reading layer: what a `$metadata` document says, element by element.

Readers (`csdl4`, `csdl1`) fill these plain records with names exactly as written
(type references are strings, aliases unresolved); `odatagen.resolve` turns them into
the frozen `odatagen.schema` graph. Keeping the two layers apart lets each reader stay
a direct transcription of its XML dialect.
"""

from __future__ import annotations

import attrs

from odatagen.schema import AnnotationValue


@attrs.define
class RawAnnotation:
    term: str  # as written: `Core.Description` or `Org.OData.Core.V1.Description`
    value: AnnotationValue
    qualifier: str = ""
    line: int = 0


@attrs.define
class RawProperty:
    name: str
    type: str  # as written: `Edm.String`, `Collection(NS.T)`, `Alias.T`
    nullable: bool = True
    max_length: int | None = None
    precision: int | None = None
    scale: int | str | None = None
    srid: str | None = None
    default: str | None = None
    # `sap:label`, `sap:creatable`… (OData 2) are kept by local name
    sap: dict[str, str] = attrs.Factory(dict)
    annotations: list[RawAnnotation] = attrs.Factory(list)
    line: int = 0


@attrs.define
class RawNavigation:
    name: str
    type: str  # as written; readers of OData 2/3 fill it from the association
    nullable: bool = True
    partner: str | None = None
    contains_target: bool = False
    constraints: list[tuple[str, str]] = attrs.Factory(list)  # (dependent, principal)
    annotations: list[RawAnnotation] = attrs.Factory(list)
    line: int = 0


@attrs.define
class RawStructured:
    kind: str  # "entity" | "complex"
    namespace: str
    name: str
    base: str | None = None
    abstract: bool = False
    open_type: bool = False
    has_stream: bool = False
    key: list[str] | None = None  # None: not declared here (inherited)
    properties: list[RawProperty] = attrs.Factory(list)
    navigations: list[RawNavigation] = attrs.Factory(list)
    sap: dict[str, str] = attrs.Factory(dict)
    annotations: list[RawAnnotation] = attrs.Factory(list)
    line: int = 0


@attrs.define
class RawEnum:
    namespace: str
    name: str
    underlying: str = "Edm.Int32"
    is_flags: bool = False
    members: list[tuple[str, str | None, list[RawAnnotation]]] = attrs.Factory(list)
    annotations: list[RawAnnotation] = attrs.Factory(list)
    line: int = 0


@attrs.define
class RawTypeDefinition:
    namespace: str
    name: str
    underlying: str
    max_length: int | None = None
    precision: int | None = None
    scale: int | str | None = None
    srid: str | None = None
    annotations: list[RawAnnotation] = attrs.Factory(list)
    line: int = 0


@attrs.define
class RawParameter:
    name: str
    type: str
    nullable: bool = True
    line: int = 0


@attrs.define
class RawOperation:
    kind: str  # "action" | "function"
    namespace: str
    name: str
    bound: bool = False
    parameters: list[RawParameter] = attrs.Factory(list)
    return_type: str | None = None
    return_nullable: bool = True
    composable: bool = False
    entity_set_path: str | None = None
    http_method: str | None = None
    annotations: list[RawAnnotation] = attrs.Factory(list)
    line: int = 0


@attrs.define
class RawEntitySet:
    name: str
    entity_type: str  # as written
    singleton: bool = False
    bindings: list[tuple[str, str]] = attrs.Factory(list)
    in_service_document: bool = True
    sap: dict[str, str] = attrs.Factory(dict)
    annotations: list[RawAnnotation] = attrs.Factory(list)
    line: int = 0


@attrs.define
class RawOperationImport:
    name: str
    operation: str  # as written (qualified name of the Action/Function)
    kind: str  # "action" | "function"
    entity_set: str | None = None
    line: int = 0


@attrs.define
class RawExternalAnnotations:
    """An `<Annotations Target="…">` block: applied by the resolver to its target."""

    target: str
    annotations: list[RawAnnotation] = attrs.Factory(list)
    line: int = 0


@attrs.define
class RawSchema:
    namespace: str
    alias: str = ""
    line: int = 0


@attrs.define
class RawDocument:
    file: str  # for diagnostics
    version: str  # "4.0", "4.01", "2.0", "3.0"
    schemas: list[RawSchema] = attrs.Factory(list)
    references: list[tuple[str, list[tuple[str, str]]]] = attrs.Factory(list)
    structured: list[RawStructured] = attrs.Factory(list)
    enums: list[RawEnum] = attrs.Factory(list)
    type_definitions: list[RawTypeDefinition] = attrs.Factory(list)
    operations: list[RawOperation] = attrs.Factory(list)
    entity_sets: list[RawEntitySet] = attrs.Factory(list)
    operation_imports: list[RawOperationImport] = attrs.Factory(list)
    external_annotations: list[RawExternalAnnotations] = attrs.Factory(list)
    container: str = ""
