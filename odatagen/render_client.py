"""The query and entity-set side of an entity's module, as lines for the templates:
``ContactFields`` (the typed fields behind ``Contact.q``) and, for the types of entity
sets, ``ContactSet`` / ``AsyncContactSet`` with typed ``create()``/``update()`` and the
bound operations; operations as methods (the unbound ones: ``render_service.py``).

Choices, and why:

* Keyword parameters are spelled out per entity (not ``**kwargs: Unpack[...]``):
  editors complete them and type checkers check them. Their bodies pass ``locals()``
  on, so each method is one line however many columns the entity has.
* Navigation targets are referenced by string (``".entities.account:AccountFields"``)
  and imported for type checkers only: importing one entity never imports the graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from odatagen.pysource import (
    INDENT,
    call_assignment,
    call_statement,
    class_header,
    docstring,
    py_str,
)
from odatagen.schema import Lookup, Parameter, Property, StructuredType, TypeRef

if TYPE_CHECKING:
    from odatagen.pysource import Layout
    from odatagen.render import Renderer

# Edm primitive -> (fields class, the kind it assumes unless told)
FIELD_CLASSES = {
    "Edm.String": ("StrField", "String"),
    "Edm.Boolean": ("BoolField", "Boolean"),
    "Edm.Guid": ("GuidField", "Guid"),
    "Edm.Byte": ("IntField", "Int32"),
    "Edm.SByte": ("IntField", "Int32"),
    "Edm.Int16": ("IntField", "Int32"),
    "Edm.Int32": ("IntField", "Int32"),
    "Edm.Int64": ("IntField", "Int32"),
    "Edm.Single": ("FloatField", "Double"),
    "Edm.Double": ("FloatField", "Double"),
    "Edm.Decimal": ("DecimalField", "Decimal"),
    "Edm.DateTimeOffset": ("DateTimeField", "DateTimeOffset"),
    "Edm.DateTime": ("DateTimeField", "DateTimeOffset"),
    "Edm.Date": ("DateField", "Date"),
    "Edm.TimeOfDay": ("TimeField", "TimeOfDay"),
    "Edm.Duration": ("DurationField", "Duration"),
    "Edm.Binary": ("BinaryField", "Binary"),
}


class ClientParts:
    def __init__(self, renderer: Renderer) -> None:
        self.r = renderer
        self.schema = renderer.schema
        self.names = renderer.names
        self.bound: dict[str, list[int]] = {}  # binding type -> operation indexes
        for index in self.names.bound:
            binding = self.schema.operations[index].parameters[0].type.name
            self.bound.setdefault(binding, []).append(index)

    # -- Contact.q ------------------------------------------------------------------
    def fields_class(
        self, type_: StructuredType, layout: Layout, checking: dict[str, set[str]]
    ) -> list[str]:
        """`class ContactFields(_q.Fields)`; `checking` collects the fields classes of
        navigation targets, for the module's TYPE_CHECKING imports."""
        qname = type_.qualified_name
        fields = self.names.fields
        attributes = self.names.attributes[qname]
        base = "_q.Fields" if type_.base is None else fields[type_.base]
        lines = [layout.line(f"class {fields[qname]}({base}):")]
        note = f"The fields of ``{self.names.classes[qname]}``, as its ``q``: typed"
        lines += docstring([f"{note} filters, selects and sort keys."], INDENT)
        lines.append("")
        body: list[str] = []
        lookups = {lk.column: lk for lk in self.schema.all_lookups(type_)}
        navigations = {n.name for n in self.schema.all_navigations(type_)}
        for prop in type_.properties:
            made = self.field_of(prop, lookups, navigations)
            if made is not None:
                target = f"{attributes[prop.name]}: {made[0]}"
                body += layout.call(target, made[1], made[2])
        for navigation in type_.navigations:
            target_class = fields[navigation.target]
            if navigation.target != qname:
                checking.setdefault(navigation.target, set()).add(target_class)
            module = self.names.modules[navigation.target]
            args = [py_str(f".{module}:{target_class}"), py_str(navigation.name)]
            args += ["many=True"] if navigation.collection else []
            target = f"{attributes[navigation.name]}: {target_class}"
            body += layout.call(target, "_q.nav", args)
        return lines + body if body else lines[:-1]

    def field_of(
        self, prop: Property, lookups: Mapping[str, Lookup], navigations: set[str]
    ) -> tuple[str, str, list[str]] | None:
        """(annotation, constructor, arguments) of a property's field, or None for
        what `$filter` cannot compare (streams, collections, complex and geo values)."""
        type_ = prop.type
        wire = py_str(prop.name)
        if type_.collection or type_.kind in ("complex", "entity"):
            return None
        if type_.kind == "enum":
            enum_class = self.names.classes[type_.name]
            return f"_q.EnumField[{enum_class}]", "_q.EnumField", [wire]
        if type_.kind == "untyped":
            return "_q.AnyField", "_q.AnyField", [wire]
        primitive = type_.name if type_.name.startswith("Edm.") else type_.primitive
        lookup = lookups.get(prop.name)
        if lookup is not None and primitive == "Edm.Guid":
            if lookup.navigation in navigations:
                args = [wire, py_str(lookup.navigation), py_str(lookup.target_key)]
                return "_q.LookupField", "_q.LookupField", args
        known = FIELD_CLASSES.get(primitive)
        if known is None:
            return None
        field_class, default_kind = known
        args = [wire]
        kind = primitive.removeprefix("Edm.")
        if kind != default_kind and primitive != "Edm.DateTime":
            args.append(f"kind={py_str(kind)}")
        return f"_q.{field_class}", f"_q.{field_class}", args

    # -- ContactSet -----------------------------------------------------------------
    def set_classes(
        self, type_: StructuredType, layout: Layout, needs: set[str], refs: set[str]
    ) -> list[str]:
        qname = type_.qualified_name
        if qname not in self.names.set_classes:
            return []
        model = self.names.classes[qname]
        fields = self.names.fields[qname]
        attributes = self.names.attributes[qname]
        writable: list[str] = []
        updatable: list[str] = []
        key_annotations: list[str] = []
        keys = self.all_keys(type_)
        for prop in self.schema.all_properties(type_):
            if prop.type.name == "Edm.Stream":
                continue
            is_key = prop.name in keys
            annotation = self.r.property_annotation(prop, keys, needs, refs)
            param = f"{attributes[prop.name]}: {annotation} = _m.UNSET"
            writable.append(param)
            if is_key:
                key_annotations.append(annotation)
            else:
                updatable.append(param)
        if len(key_annotations) == 1:
            key_type = f"{key_annotations[0]} | {model}"
        else:
            needs.add("typing")
            key_type = f"tuple[Any, ...] | dict[str, Any] | {model}"
        first_set = self.r.sets_by_type[qname][0]
        accessor = self.names.accessors[first_set]
        entity_param = self.free_name("entity", attributes.values())
        key_param = self.free_name("key", attributes.values())
        lines: list[str] = []
        for is_async, class_name in zip((False, True), self.names.set_classes[qname]):
            base = "_c.AsyncEntitySet" if is_async else "_c.EntitySet"
            lines += ["", ""]
            generic = f"{base}[{model}, {fields}]"
            lines += layout.take(
                class_header(class_name, generic), f"class {class_name}({generic}):"
            )
            flavour = "async " if is_async else ""
            awaited, body = "await " if is_async else "", INDENT * 2
            lines += docstring(
                [f"The {flavour}entity set of ``{model}`` (``client.{accessor}``)."],
                INDENT,
            )
            create = [f"{entity_param}: {model} | None = None", "/"]
            create += ["*", *writable] if writable else []
            lines += self.method(
                layout, is_async, "create", ["self", *create], model,
                f"Create a ``{model}`` (POST) from an entity or keyword arguments; "
                "returns it as the service stored it.",
            )  # fmt: skip
            lines.append(f"{body}return {awaited}self._create(locals())")
            update = [f"{key_param}: {key_type}", "/"]
            update += ["*", *updatable] if updatable else []
            lines += self.method(
                layout, is_async, "update", ["self", *update], "None",
                "Change only the given fields (PATCH); or pass a changed entity to "
                "send its changes.",
            )  # fmt: skip
            lines.append(f"{body}{awaited}self._update({key_param}, locals())")
            for index in self.bound.get(qname, []):
                lines += self.operation(
                    index, layout, is_async, needs, refs, key_type, key_param
                )
        return lines

    def all_keys(self, type_: StructuredType) -> tuple[str, ...]:
        """The key: declared on the type or on its nearest base that has one."""
        for ancestor in reversed(self.schema.ancestry(type_)):
            if ancestor.key:
                return ancestor.key
        return ()

    @staticmethod
    def free_name(wanted: str, taken: Iterable[str]) -> str:
        names = set(taken)
        while wanted in names:
            wanted += "_"
        return wanted

    @staticmethod
    def method(
        layout: Layout,
        is_async: bool,
        name: str,
        params: list[str],
        returns: str,
        doc: str,
    ) -> list[str]:
        """A method's signature and docstring, after a blank line; the caller adds
        the body."""
        head = f"{'async ' if is_async else ''}def {name}"
        lines = ["", *layout.signature(INDENT, head, params, returns)]
        return lines + docstring([doc], INDENT * 2)

    # -- operations -----------------------------------------------------------------
    def operation(
        self,
        index: int,
        layout: Layout,
        is_async: bool,
        needs: set[str],
        refs: set[str],
        key_type: str | None = None,
        key_param: str = "key",
        method: str | None = None,
        wire: str | None = None,
        stub: bool = False,
    ) -> list[str]:
        """An operation's method (in a stub: signature and docstring only)."""
        operation = self.schema.operations[index]
        given = operation.parameters[1:] if operation.bound else operation.parameters
        names = self.names.parameters[index]
        params = ["self"]
        entity_bound = operation.bound and not operation.parameters[0].type.collection
        key_param = self.free_name(key_param, names)  # a parameter may be named "key_"
        if entity_bound and key_type:
            params += [f"{key_param}: {key_type}", "/"]
        typed = [
            f"{name}: {self.r.annotation(p.type, p.nullable, needs, refs)}"
            for name, p in zip(names, given)
        ]
        params += ["*", *typed] if typed else []
        returns = "None"
        if operation.return_type is not None:
            returns = self.r.annotation(
                operation.return_type, operation.return_nullable, needs, refs
            )
        qualified = f"{operation.namespace}.{operation.name}"
        args = [py_str(wire or qualified), f"action={operation.kind == 'action'}"]
        if entity_bound:
            args.append(f"key={key_param}")
        specs = [self.param_spec(p, name) for name, p in zip(names, given)]
        if specs:
            args.append(f"params=({', '.join(specs)}{',' if len(specs) == 1 else ''})")
        if operation.return_type is not None:
            args.append(f"returns={self.returns_spec(operation.return_type)}")
        doc = operation.doc.description or f"The {operation.kind} ``{qualified}``."
        name = method or self.names.bound[index]
        lines = self.method(layout, is_async, name, params, returns, doc)
        if stub:
            if lines[-1].endswith(":"):  # no docstring: black's stub body, `: ...`
                lines[-1] = layout.line(f"{lines[-1]} ...")
            return lines
        function = f"{'await ' if is_async else ''}self._invoke"
        indent = INDENT * 2
        if returns == "None":
            fallback = f"{indent}{function}({', '.join(args)})"
            return lines + layout.take(call_statement(indent, function, args), fallback)
        # Through a typed variable: `_invoke` returns Any, which strict mypy will not
        # return from a typed function.
        target = f"result: {returns}"
        fallback = f"{indent}{target} = {function}({', '.join(args)})"
        laid_out = call_assignment(indent, target, function, args)
        return lines + layout.take(laid_out, fallback) + [f"{indent}return result"]

    def param_spec(self, parameter: Parameter, name: str) -> str:
        kind, ref, many = self.spec(parameter.type)
        return f"({py_str(parameter.name)}, {kind}, {ref}, {many}, {name})"

    def returns_spec(self, type_: TypeRef) -> str:
        return "({}, {}, {})".format(*self.spec(type_))

    def spec(self, type_: TypeRef) -> tuple[str, str, bool]:
        kind, ref = self.r.kind_of(type_)
        return py_str(kind), py_str(ref), type_.collection
