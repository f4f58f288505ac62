"""Every Python identifier of a generated package is decided here and nowhere else.

Input: the resolved `Schema`; output: `Names`, mapping each schema element to its
Python name (classes, modules, attributes, enum members, entity-set accessors), plus
the renames made on the way (each one a warning; fatal with `--strict`).
The OData name is always kept beside it for the wire.
"""

from __future__ import annotations

import hashlib
from typing import Literal

import attrs

from odatagen.diagnostics import Collector
from odatagen.identifiers import (
    BUILTINS,
    KEYWORDS,
    NameAllocator,
    UnderscoreRule,
    pascal_case,
    sanitize,
    snake_case,
)
from odatagen.schema import NavigationProperty, Property, Schema, StructuredType

NamingStyle = Literal["snake", "preserve"]

# Names every generated module or class body uses itself; generated names must not
# shadow them, or annotations such as `datetime.datetime` would resolve to a field.
MODULE_GLOBALS = frozenset(
    {
        "annotations",
        "attrs",
        "datetime",
        "decimal",
        "enum",
        "uuid",
        "typing",
        "Any",
        "ClassVar",
        "TYPE_CHECKING",
        "_m",
        "_q",
        "_c",
        "_client",
    }
)
# Names the package's top level and the runtime export.
PACKAGE_NAMES = frozenset(
    {
        "Client",
        "AsyncClient",
        "FormsAuth",
        "OAuth2ClientCredentials",
        "BearerToken",
        "Entity",
        "Complex",
        "Model",
        "StreamRef",
        "GeoJSON",
        "UNSET",
        "FieldNotLoaded",
        "ODataError",
        "NotFound",
        "AuthError",
        "ValidationError",
        "Conflict",
        "PreconditionFailed",
        "RateLimited",
        "ServerError",
        "TransportError",
        "Retry",
    }
)
# Builtins that generated annotations use: a field with one of these names would
# shadow it for the annotations after it in the class body.
ANNOTATION_BUILTINS = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "None"}
)
# Methods and attributes of generated models and of the runtime base classes.
MODEL_MEMBERS = frozenset(
    {"from_odata", "to_odata", "loaded_fields", "has", "q", "self", "cls", "mro"}
    | {"locals"}  # the typed create()/update() pass locals() on
)
# Methods of the runtime's entity sets: bound operations are named around them.
SET_MEMBERS = frozenset(
    {
        "get", "create", "update", "delete", "query", "filter", "select", "expand",
        "order_by", "top", "skip", "count", "first", "all", "pages", "modified_since",
        "download", "iter_download", "upload", "delete_stream", "q", "name", "model",
        "client", "self", "cls", "locals",
    }
)  # fmt: skip
# Methods of the generated client (entity-set accessors live beside them).
CLIENT_MEMBERS = frozenset(
    {
        "close",
        "batch",
        "login",
        "logout",
        "request",
        "http",
        "auth",
        "site_url",
        "odata_path",
        "metadata",
        "aclose",
        "session",
        "dialect",
        "page_size",
        "self",
        "cls",
        "property",
        "classmethod",
        "staticmethod",
    }
)
REASONS = {"reserved": "is a reserved name", "invalid": "is not a valid identifier"}
FOLDERS = {"entity": "entities", "complex": "complex_types", "enum": "enums"}
MAX_MODULE_LENGTH = 80  # file names stay far below file-system limits
# File names Windows refuses whatever the extension (`con.py`, `Aux.py`); module names
# are NFKC-normalised, so `com¹` is `com1` already.
DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in "0123456789"}
)


@attrs.frozen
class Names:
    package: str
    classes: dict[str, str]  # qualified type name -> class name
    modules: dict[str, str]  # qualified type name -> dotted module ("entities.contact")
    attributes: dict[
        str, dict[str, str]
    ]  # qualified type name -> {wire name: attribute}
    members: dict[str, dict[str, str]]  # qualified enum name -> {member: Python member}
    accessors: dict[str, str]  # entity set name -> client accessor
    fields: dict[str, str] = attrs.field(factory=dict)  # entity -> its Fields class
    # entity -> (Set class, async Set class), for the types of entity sets
    set_classes: dict[str, tuple[str, str]] = attrs.field(factory=dict)
    bound: dict[int, str] = attrs.field(factory=dict)  # operation index -> method
    unbound: dict[str, str] = attrs.field(factory=dict)  # operation import -> method
    # operation index -> Python names of its parameters (the binding one left out)
    parameters: dict[int, tuple[str, ...]] = attrs.field(factory=dict)


def _module_name(class_name: str) -> str:
    module = snake_case(class_name)
    if len(module) > MAX_MODULE_LENGTH:
        digest = hashlib.sha256(module.encode()).hexdigest()[:8]
        module = f"{module[:MAX_MODULE_LENGTH - 9]}_{digest}"
    return module


def _attribute(name: str, style: NamingStyle) -> str:
    return snake_case(name) if style == "snake" else sanitize(name)


class Namer:
    def __init__(
        self, schema: Schema, style: NamingStyle, diagnostics: Collector
    ) -> None:
        self.schema = schema
        self.style = style
        self.diagnostics = diagnostics
        self.allocators: list[NameAllocator] = []
        self.lines: dict[str, int] = {}  # rename sources -> line, for diagnostics

    def allocator(
        self,
        reserved: frozenset[str],
        casefold: bool = False,
        underscores: UnderscoreRule = "any",
    ) -> NameAllocator:
        allocator = NameAllocator(reserved, casefold, underscores=underscores)
        self.allocators.append(allocator)
        return allocator

    def name(self, package: str) -> Names:
        schema = self.schema
        typed: list[tuple[str, str, int]] = [
            *((q, "enum", e.line) for q, e in schema.enums.items()),
            *((q, "complex", t.line) for q, t in schema.complex_types.items()),
            *((q, "entity", t.line) for q, t in schema.entities.items()),
        ]
        class_reserved = KEYWORDS | BUILTINS | MODULE_GLOBALS | PACKAGE_NAMES
        class_names = self.allocator(class_reserved)
        module_names = {
            kind: self.allocator(KEYWORDS | DEVICE_NAMES | {"__init__"}, True)
            for kind in FOLDERS
        }
        classes: dict[str, str] = {}
        modules: dict[str, str] = {}
        for qname, kind, line in typed:
            self.lines[qname] = line
            local = qname.rpartition(".")[2]
            classes[qname] = class_names.claim(pascal_case(local), qname)
            module = module_names[kind].claim(_module_name(classes[qname]), qname)
            modules[qname] = f"{FOLDERS[kind]}.{module}"
        # Claimed before the attributes: a field named `ContactFields` would shadow
        # that class in the annotations after it (`owner: ContactFields = ...`).
        fields, set_classes = self.client_classes(class_names)
        attribute_reserved = (
            KEYWORDS
            | ANNOTATION_BUILTINS
            | MODULE_GLOBALS
            | MODEL_MEMBERS
            | frozenset(classes.values())
            | frozenset(fields.values())
        )
        attributes: dict[str, dict[str, str]] = {}
        structured = {**schema.complex_types, **schema.entities}
        for qname in structured:
            self.attributes_of(structured[qname], attributes, attribute_reserved)
        members = {qname: self.enum_members(qname) for qname in schema.enums}
        accessors = self.allocator(
            KEYWORDS | ANNOTATION_BUILTINS | CLIENT_MEMBERS, underscores="none"
        )
        for name, entity_set in schema.entity_sets.items():
            self.lines[f"EntitySet {name}"] = entity_set.line
        accessor_names = {
            name: accessors.claim(snake_case(name), f"EntitySet {name}")
            for name in schema.entity_sets
        }
        bound = self.bound_methods(set_classes)
        for imported in schema.operation_imports:
            self.lines[f"operation {imported.name}"] = imported.line
        unbound = {
            imported.name: accessors.claim(
                _attribute(imported.name, self.style), f"operation {imported.name}"
            )
            for imported in schema.operation_imports
        }
        parameters = {
            index: self.parameter_names(index)
            for index in range(len(schema.operations))
        }
        self.report()
        return Names(
            package, classes, modules, attributes, members, accessor_names,
            fields, set_classes, bound, unbound, parameters,
        )  # fmt: skip

    def parameter_names(self, index: int) -> tuple[str, ...]:
        operation = self.schema.operations[index]
        given = operation.parameters[1:] if operation.bound else operation.parameters
        allocator = self.allocator(
            KEYWORDS | ANNOTATION_BUILTINS | MODULE_GLOBALS | {"self", "key", "result"},
            underscores="plain",
        )
        where = f"{operation.namespace}.{operation.name}"
        for p in given:  # parameters have no line of their own
            self.lines[f"{where}({p.name})"] = operation.line
        return tuple(
            allocator.claim(_attribute(p.name, self.style), f"{where}({p.name})")
            for p in given
        )

    def client_classes(
        self, class_names: NameAllocator
    ) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
        """`ContactFields`, `ContactSet` and `AsyncContactSet`, claimed after every
        model class so that a schema's own names always win."""
        typed = {s.entity_type for s in self.schema.entity_sets.values()}
        fields: dict[str, str] = {}
        sets: dict[str, tuple[str, str]] = {}
        for qname in self.schema.entities:
            base = pascal_case(qname.rpartition(".")[2])
            fields[qname] = class_names.claim(f"{base}Fields", f"{qname} (fields)")
            if qname in typed:
                sets[qname] = (
                    class_names.claim(f"{base}Set", f"{qname} (entity set)"),
                    class_names.claim(f"Async{base}Set", f"{qname} (async set)"),
                )
        return fields, sets

    def bound_methods(self, sets: dict[str, tuple[str, str]]) -> dict[int, str]:
        """Bound operations become methods of their binding type's Set classes."""
        reserved = KEYWORDS | ANNOTATION_BUILTINS | SET_MEMBERS
        allocators: dict[str, NameAllocator] = {}
        methods: dict[int, str] = {}
        for index, operation in enumerate(self.schema.operations):
            if not operation.bound or not operation.parameters:
                continue
            binding = operation.parameters[0].type.name
            if binding not in sets:
                continue
            if binding not in allocators:
                allocators[binding] = self.allocator(reserved, underscores="none")
            source = f"{operation.namespace}.{operation.name}"
            self.lines[source] = operation.line
            methods[index] = allocators[binding].claim(
                _attribute(operation.name, self.style), source
            )
        return methods

    def attributes_of(
        self,
        type_: StructuredType,
        done: dict[str, dict[str, str]],
        reserved: frozenset[str],
    ) -> dict[str, str]:
        """Inherited attributes keep their base class's names; own ones are allocated
        after them so that a subclass never shadows a base field."""
        if type_.qualified_name in done:
            return done[type_.qualified_name]
        inherited: dict[str, str] = {}
        if type_.base is not None:
            inherited = self.attributes_of(
                self.schema.structured(type_.base), done, reserved
            )
        allocator = self.allocator(reserved, underscores="none")
        for attribute in inherited.values():
            allocator.claim(attribute, "")
        own = dict(inherited)
        members: list[Property | NavigationProperty] = [
            *type_.properties,
            *type_.navigations,
        ]
        for member in members:
            source = f"{type_.name}.{member.name}"
            self.lines[source] = member.line
            own[member.name] = allocator.claim(
                _attribute(member.name, self.style), source
            )
        done[type_.qualified_name] = own
        return own

    def enum_members(self, qname: str) -> dict[str, str]:
        # Enum members keep their OData spelling (what the service's docs show).
        allocator = self.allocator(
            KEYWORDS | frozenset({"name", "value", "mro"}), underscores="plain"
        )
        for m in self.schema.enums[qname].members:  # members have no line of their own
            self.lines[f"{qname}.{m.name}"] = self.schema.enums[qname].line
        return {
            m.name: allocator.claim(sanitize(m.name), f"{qname}.{m.name}")
            for m in self.schema.enums[qname].members
        }

    def report(self) -> None:
        for allocator in self.allocators:
            for rename in allocator.renames:
                if rename.source:
                    why = REASONS.get(rename.reason, "taken")
                    self.diagnostics.warning(
                        "renamed",
                        f"{rename.source} is named {rename.given} ({rename.wanted} {why})",
                        self.lines.get(rename.source, 0),
                        rename.source,
                    )


def name_schema(
    schema: Schema, package: str, style: NamingStyle, diagnostics: Collector
) -> Names:
    return Namer(schema, style, diagnostics).name(package)
