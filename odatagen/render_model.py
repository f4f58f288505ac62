"""One model module (``entities/contact.py``, ``complex_types/address.py``) as text: the
attrs class with its fields, navigations and constructor; with, for entity types, the
``Fields`` class behind ``Model.q`` and the entity-set classes (``render_client.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from odatagen.pysource import (
    INDENT,
    Layout,
    RenderedFile,
    assignment,
    docstring,
    py_str,
)
from odatagen.schema import Property, StructuredType

if TYPE_CHECKING:
    from odatagen.render import Renderer


class ModelParts:
    def __init__(self, renderer: Renderer) -> None:
        self.r = renderer
        self.schema = renderer.schema
        self.names = renderer.names

    def field_args(self, prop: Property) -> list[str]:
        """The arguments of the property's `_m.field(...)`."""
        type_ = prop.type
        kind, ref = self.r.kind_of(type_)
        args = [py_str(prop.name), py_str(kind)] + ([py_str(ref)] if ref else [])
        if type_.collection:
            args.append("many=True")
        return args

    def model_module(self, type_: StructuredType) -> RenderedFile:
        qname = type_.qualified_name
        is_entity = type_.kind == "entity"
        layout = Layout()
        needs: set[str] = set()
        refs: set[str] = set()
        fields = self.property_lines(type_, layout, needs, refs)
        fields += self.navigation_lines(type_, layout, refs)
        init = self.init_lines(type_, layout, needs, refs)
        checking_names: dict[str, set[str]] = {}
        query_lines: list[str] = []
        set_lines: list[str] = []
        if is_entity:
            query_lines = self.r.client.fields_class(type_, layout, checking_names)
            set_lines = self.r.client.set_classes(type_, layout, needs, refs)
        refs.discard(qname)
        checking_names.pop(qname, None)
        base_import: list[str] = []
        base_name = "_m.Entity" if is_entity else "_m.Complex"
        if type_.base is not None:
            base_name = self.names.classes[type_.base]
            base_names = [base_name]
            if is_entity:
                base_names.append(self.names.fields[type_.base])
            base_import = self.import_lines("", qname, type_.base, base_names, layout)
            refs.discard(type_.base)
            checking_names.pop(type_.base, None)
        for ref in refs:
            checking_names.setdefault(ref, set()).add(self.names.classes[ref])
        # Modules for annotations only (decimal and uuid cost ~2 ms to import).
        checking = [f"{INDENT}import {module}" for module in sorted(needs - {"typing"})]
        for ref in sorted(checking_names, key=lambda r: self.names.modules[r]):
            names = sorted(checking_names[ref])
            checking += self.import_lines(INDENT, qname, ref, names, layout)
        class_line = layout.line(f"class {self.names.classes[qname]}({base_name}):")
        typing_names = ["Any"] if "typing" in needs else []
        typing_names += (
            ["ClassVar", "TYPE_CHECKING"] if is_entity else ["TYPE_CHECKING"]
        )
        kind = "entity" if is_entity else "complex"
        runtime = ["model as _m"]
        runtime += ["fields as _q"] if is_entity else []
        runtime += ["entityset as _c"] if set_lines else []
        context = {
            "module_doc": docstring([f"The {qname} {kind} type."], ""),
            "typing_names": typing_names,
            "runtime": [f"from .._runtime import {name}" for name in sorted(runtime)],
            "base_import": base_import,
            "checking": checking,
            "query_class": query_lines,
            "class_line": class_line,
            "class_doc": docstring(self.class_notes(type_), INDENT),
            "classvars": self.classvar_lines(type_, layout),
            "fields": fields,
            "init": init,
            "after": set_lines,
        }
        text = self.r.template("model.py.jinja", context)
        return RenderedFile(text, layout.needs_black)

    def property_lines(
        self, type_: StructuredType, layout: Layout, needs: set[str], refs: set[str]
    ) -> list[list[str]]:
        attributes = self.names.attributes[type_.qualified_name]
        lookups = {lk.column: lk for lk in self.schema.all_lookups(type_)}
        result = []
        for prop in type_.properties:
            annotation = self.r.property_annotation(prop, type_.key, needs, refs)
            target = f"{attributes[prop.name]}: {annotation}"
            lines = layout.call(target, "_m.field", self.field_args(prop))
            notes = [prop.doc.description or ""]
            lookup = lookups.get(prop.name)
            if lookup is not None:
                name = self.names.classes.get(
                    lookup.target, lookup.target.rpartition(".")[2]
                )
                via = attributes.get(lookup.navigation)
                notes.append(
                    f"Lookup to {name}" + (f" (navigation ``{via}``)." if via else ".")
                )
            if self.schema.is_custom(prop.name):
                notes.append(f"Custom column ({self.schema.custom_prefix}).")
            result.append(lines + docstring(notes, INDENT))
        return result

    def navigation_lines(
        self, type_: StructuredType, layout: Layout, refs: set[str]
    ) -> list[list[str]]:
        attributes = self.names.attributes[type_.qualified_name]
        result = []
        for navigation in type_.navigations:
            name = self.names.classes[navigation.target]
            annotation = self.r.navigation_annotation(navigation, refs)
            args = [py_str(navigation.name), py_str(name)]
            args += ["many=True"] if navigation.collection else []
            lines = layout.call(
                f"{attributes[navigation.name]}: {annotation}", "_m.nav", args
            )
            result.append(lines + docstring([navigation.doc.description or ""], INDENT))
        return result

    def init_lines(
        self, type_: StructuredType, layout: Layout, needs: set[str], refs: set[str]
    ) -> list[str]:
        """`__init__(self, *, every property and navigation, inherited ones too)`:
        written out so that importing a model compiles nothing (see the runtime's
        `model.py`). Under `if not TYPE_CHECKING`: type checkers and editors take the
        same signature from attrs; an explicit one would make jedi infer every
        annotation of it (importing the related modules) on each instance, 4x slower
        completions on a wide Creatio entity."""
        attributes = self.names.attributes[type_.qualified_name]
        params = []
        for owner in self.schema.ancestry(type_):
            for prop in owner.properties:
                annotation = self.r.property_annotation(prop, owner.key, needs, refs)
                params.append(f"{attributes[prop.name]}: {annotation} = _m.UNSET")
        for navigation in self.schema.all_navigations(type_):
            annotation = self.r.navigation_annotation(navigation, refs)
            params.append(f"{attributes[navigation.name]}: {annotation} = _m.UNSET")
        params = ["self", "*", *params] if params else ["self"]
        indent = INDENT * 2
        lines = ["", f"{INDENT}if not TYPE_CHECKING:  # see the runtime's model.py", ""]
        lines += layout.signature(indent, "def __init__", params, "None")
        return lines + [f"{indent}{INDENT}_m.init(self, locals())"]

    def import_lines(
        self, indent: str, own: str, other: str, names: list[str], layout: Layout
    ) -> list[str]:
        module = self.relative(self.names.modules[own], self.names.modules[other])
        return layout.from_import(indent, module, names)

    def classvar_lines(self, type_: StructuredType, layout: Layout) -> list[str]:
        qname = type_.qualified_name
        classvars = [("__odata_type__", py_str(qname))]
        if type_.kind == "entity":
            fields = self.names.fields[qname]
            classvars.insert(0, (f"q: ClassVar[{fields}]", f"{fields}()"))
        if type_.kind == "entity" and type_.key:
            # Keyless (abstract) bases inherit `()` from the runtime: an own `()` would
            # make mypy type the attribute as `tuple[()]` for every subclass.
            key = ", ".join(py_str(k) for k in type_.key)
            classvars.append(
                ("__odata_key__", f"({key}{',' if len(type_.key) == 1 else ''})")
            )
        sets = self.r.sets_by_type.get(qname)
        if sets:
            classvars.append(("__odata_set__", py_str(sets[0])))
        lines: list[str] = []
        for target, value in classvars:
            lines += layout.take(
                assignment(INDENT, target, value), f"{INDENT}{target} = {value}"
            )
        return lines

    def class_notes(self, type_: StructuredType) -> list[str]:
        kind = "entity" if type_.kind == "entity" else "complex"
        notes = [type_.doc.description or f"The ``{type_.name}`` {kind} type."]
        if type_.doc.long_description:
            notes.append(type_.doc.long_description)
        sets = self.r.sets_by_type.get(type_.qualified_name, [])
        if sets:
            notes.append("Entity set: " + ", ".join(f"``{s}``" for s in sets) + ".")
        if self.schema.is_custom(type_.name):
            notes.append(f"Custom entity ({self.schema.custom_prefix}).")
        return notes

    @staticmethod
    def relative(own: str, other: str) -> str:
        own_folder, other_folder = own.split(".")[0], other.split(".")[0]
        if own_folder == other_folder:
            return "." + other.split(".", 1)[1]
        return ".." + other
