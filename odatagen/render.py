"""Schema + Names -> the files of a generated package, as text.

All decisions (types, imports, line layout, docstrings) are made here in Python; the
Jinja2 templates in `templates/` only lay the prepared lines out.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import attrs
import jinja2

from odatagen import __version__
from odatagen.edmx import types
from odatagen.naming import Names
from odatagen.pysource import (
    INDENT,
    assignment,
    call_assignment,
    docstring,
    fits,
    from_import,
    py_str,
    signature,
)
from odatagen.render_client import ClientParts
from odatagen.schema import Property, Schema, StructuredType, TypeRef
from odatagen.snapshot import dumps, snapshot

_VERSION = re.compile(r"[0-9]{1,3}(\.[0-9]{1,3}){0,2}")
TEMPLATES = Path(__file__).resolve().parent / "templates"
if not TEMPLATES.is_dir():  # running from a source checkout
    TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = Path(__file__).resolve().parent / "runtime"
# What a package exports besides its models: the clients and the runtime's public names.
RUNTIME_EXPORTS = [
    ("Client", "_client"),
    ("AsyncClient", "_client"),
    *((name, "_runtime.auth") for name in ("FormsAuth", "OAuth2ClientCredentials")),
    ("BearerToken", "_runtime.auth"),
    ("Retry", "_runtime.http"),
    ("FieldNotLoaded", "_runtime.model"),
    *(
        (name, "_runtime.errors")
        for name in (
            "ODataError", "TransportError", "AuthError", "NotFound", "ValidationError",
            "Conflict", "PreconditionFailed", "RateLimited", "ServerError",
        )
    ),
]  # fmt: skip


@attrs.frozen
class RenderedFile:
    text: str
    # True when a line could not be laid out in black's style here: fmt runs black on it.
    needs_black: bool = False


class Layout:
    """Takes lines laid out in black's style, and remembers when one could not be, so
    that the formatting stage runs black on that file."""

    def __init__(self) -> None:
        self.needs_black = False

    def take(self, laid_out: list[str] | None, fallback: str) -> list[str]:
        if laid_out is None:
            self.needs_black = True
            return [fallback]
        return laid_out

    def call(self, target: str, function: str, args: list[str]) -> list[str]:
        laid_out = call_assignment(INDENT, target, function, args)
        if laid_out is not None:
            return laid_out
        # Names too long for any layout known here (black's choice then depends on
        # details): kept on one line that black is told to leave alone, so the file
        # needs no black run (seconds on a big module).
        line = f"{INDENT}{target} = {function}({', '.join(args)})"
        return [f"{INDENT}# fmt: off", line, f"{INDENT}# fmt: on"]

    def line(self, line: str) -> str:
        self.needs_black |= not fits(line)
        return line


@attrs.frozen
class Options:
    package: str
    package_version: str = "0.1.0"
    source_name: str = ""


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["py_str"] = py_str
    env.filters["md"] = markdown_code
    return env


def markdown_code(text: str) -> str:
    """Text safe inside a Markdown code span on one line."""
    return " ".join(text.replace("`", "'").split())


class Renderer:
    def __init__(
        self, schema: Schema, names: Names, options: Options, metadata: bytes
    ) -> None:
        self.schema = schema
        self.names = names
        self.options = options
        self.metadata_hash = hashlib.sha256(metadata).hexdigest()
        self.env = environment()
        self.client = ClientParts(self)
        self.sets_by_type: dict[str, list[str]] = {}
        for entity_set in schema.entity_sets.values():
            self.sets_by_type.setdefault(entity_set.entity_type, []).append(
                entity_set.name
            )

    def render(self) -> dict[str, RenderedFile]:
        package = self.names.package
        files: dict[str, RenderedFile] = {}
        for qname in self.schema.enums:
            files[self.path_of(qname)] = self.enum_module(qname)
        for qname, type_ in {
            **self.schema.complex_types,
            **self.schema.entities,
        }.items():
            files[self.path_of(qname)] = self.model_module(type_)
        for folder in ("entities", "complex_types", "enums"):
            files[f"{package}/{folder}/__init__.py"] = RenderedFile(
                f'"""The {folder.replace("_", " ")} of {package}: one module each."""\n'
            )
        files[f"{package}/_client.py"], files[f"{package}/_client.pyi"] = (
            self.client_modules()
        )
        files[f"{package}/__init__.py"] = self.package_init()
        files[f"{package}/py.typed"] = RenderedFile("")
        files[f"{package}/_schema.json"] = RenderedFile(self.schema_json())
        files["pyproject.toml"] = RenderedFile(
            self.template("pyproject.toml.jinja", {})
        )
        files["README.md"] = RenderedFile(
            self.template("README.md.jinja", self.readme())
        )
        for source in sorted(RUNTIME.glob("*.py")):
            files[f"{package}/_runtime/{source.name}"] = RenderedFile(
                source.read_text("utf-8")
            )
        return files

    def template(self, name: str, context: dict[str, Any]) -> str:
        return self.env.get_template(name).render(
            package=self.names.package,
            options=self.options,
            version=__version__,
            **context,
        )

    def path_of(self, qname: str) -> str:
        return f"{self.names.package}/{self.names.modules[qname].replace('.', '/')}.py"

    # -- types ----------------------------------------------------------------------
    def annotation(
        self, type_: TypeRef, nullable: bool, needs: set[str], refs: set[str]
    ) -> str:
        if type_.kind == "primitive":
            text, module = types.python_type(type_.name)
            if module:
                needs.add(module)
        elif type_.kind == "untyped":
            text = "Any"
            needs.add("typing")
        else:
            text = self.names.classes[type_.name]
            refs.add(type_.name)
        if type_.collection:
            return f"list[{text}]"
        return f"{text} | None" if nullable or text == "Any" else text

    def kind_of(self, type_: TypeRef) -> tuple[str, str]:
        """The runtime's (kind, ref) of a type: see `_runtime/model.py` FieldSpec."""
        if type_.kind == "primitive":
            return type_.name.removeprefix("Edm."), ""
        if type_.kind == "untyped":
            return "Untyped", ""
        return type_.kind, self.names.classes[type_.name]

    def field_spec(self, prop: Property) -> tuple[str, list[str]]:
        type_ = prop.type
        kind, ref = self.kind_of(type_)
        args = [py_str(prop.name), py_str(kind)] + ([py_str(ref)] if ref else [])
        if type_.collection:
            args.append("many=True")
        return "_m.field", args

    # -- modules --------------------------------------------------------------------
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
            query_lines = self.client.fields_class(type_, layout, checking_names)
            set_lines = self.client.set_classes(type_, layout, needs, refs)
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
        runtime += ["query as _q"] if is_entity else []
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
        text = self.template("model.py.jinja", context)
        return RenderedFile(text, layout.needs_black)

    def property_lines(
        self, type_: StructuredType, layout: Layout, needs: set[str], refs: set[str]
    ) -> list[list[str]]:
        attributes = self.names.attributes[type_.qualified_name]
        lookups = {lk.column: lk for lk in self.schema.all_lookups(type_)}
        result = []
        for prop in type_.properties:
            # Keys are never null, whatever the document says (Creatio omits Nullable).
            nullable = prop.nullable and prop.name not in type_.key
            target = f"{attributes[prop.name]}: {self.annotation(prop.type, nullable, needs, refs)}"
            function, args = self.field_spec(prop)
            lines = layout.call(target, function, args)
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
            refs.add(navigation.target)
            annotation = f"list[{name}]" if navigation.collection else f"{name} | None"
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
                nullable = prop.nullable and prop.name not in owner.key
                annotation = self.annotation(prop.type, nullable, needs, refs)
                params.append(f"{attributes[prop.name]}: {annotation} = _m.UNSET")
        for navigation in self.schema.all_navigations(type_):
            refs.add(navigation.target)
            name = self.names.classes[navigation.target]
            annotation = f"list[{name}]" if navigation.collection else f"{name} | None"
            params.append(f"{attributes[navigation.name]}: {annotation} = _m.UNSET")
        params = ["self", "*", *params] if params else ["self"]
        indent = INDENT * 2
        lines = ["", f"{INDENT}if not TYPE_CHECKING:  # see the runtime's model.py", ""]
        lines += layout.take(
            signature(indent, "def __init__", params, "None"),
            f"{indent}def __init__({', '.join(params)}) -> None:",
        )
        return lines + [f"{indent}{INDENT}_m.init(self, locals())"]

    def import_lines(
        self, indent: str, own: str, other: str, names: list[str], layout: Layout
    ) -> list[str]:
        module = self.relative(self.names.modules[own], self.names.modules[other])
        return layout.take(
            from_import(indent, module, names),
            f"{indent}from {module} import {', '.join(names)}",
        )

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
        sets = self.sets_by_type.get(qname)
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
        sets = self.sets_by_type.get(type_.qualified_name, [])
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

    def enum_module(self, qname: str) -> RenderedFile:
        enum_type = self.schema.enums[qname]
        members = self.names.members[qname]
        lines: list[str] = []
        for member in enum_type.members:
            lines.append(f"{INDENT}{members[member.name]} = {member.value}")
            lines += docstring([member.doc.description or ""], INDENT)
        wire = {
            m.name: members[m.name]
            for m in enum_type.members
            if members[m.name] != m.name
        }
        wire_lines = [
            f"{INDENT}{INDENT}{py_str(k)}: {py_str(v)}," for k, v in wire.items()
        ]
        base = "enum.IntFlag" if enum_type.is_flags else "enum.Enum"
        class_line = f"class {self.names.classes[qname]}({base}):"
        context = {
            "module_doc": docstring([f"The {qname} enumeration type."], ""),
            "class_line": class_line,
            "class_doc": docstring(
                [enum_type.doc.description or f"The ``{enum_type.name}`` enumeration."],
                INDENT,
            ),
            "members": lines,
            "wire_names": wire_lines,
        }
        needs_black = not all(fits(line) for line in [class_line, *lines, *wire_lines])
        return RenderedFile(self.template("enum.py.jinja", context), needs_black)

    def client_modules(self) -> tuple[RenderedFile, RenderedFile]:
        layout, stub_layout = Layout(), Layout()
        source, stub = self.client.client_contexts(
            layout, stub_layout, self.options.source_name
        )
        return (
            RenderedFile(self.template("client.py.jinja", source), layout.needs_black),
            RenderedFile(
                self.template("client.pyi.jinja", stub), stub_layout.needs_black
            ),
        )

    def package_init(self) -> RenderedFile:
        exports = sorted(
            [
                *(
                    (self.names.classes[q], self.names.modules[q])
                    for q in [
                        *self.schema.enums,
                        *self.schema.complex_types,
                        *self.schema.entities,
                    ]
                ),
                *RUNTIME_EXPORTS,
            ]
        )
        checking = []
        needs_black = False
        for name, module in exports:
            lines = from_import(INDENT, f".{module}", [f"{name} as {name}"])
            needs_black |= lines is None
            checking += lines or [f"{INDENT}from .{module} import {name} as {name}"]
        # Names are identifiers and dotted module paths (decided by naming), so they sit
        # safely in a string literal: one token for editors' parsers, not 1,400 entries.
        assert all(
            n.isidentifier() and m.replace(".", "_").isidentifier() for n, m in exports
        )
        lazy = [f"{name} {module}" for name, module in exports]
        context = {
            "checking": checking,
            "lazy": lazy,
            "title": self.options.source_name,
        }
        return RenderedFile(
            self.template("package_init.py.jinja", context), needs_black
        )

    def schema_json(self) -> str:
        data = snapshot(self.schema)
        data["metadata_sha256"] = self.metadata_hash
        data["generator"] = f"odatagen {__version__}"
        return dumps(data)

    def readme(self) -> dict[str, Any]:
        schema = self.schema
        custom_entities = [
            e.name for e in schema.entities.values() if schema.is_custom(e.name)
        ]
        custom_columns = [
            f"{e.name}.{p.name}"
            for e in schema.entities.values()
            if not schema.is_custom(e.name)
            for p in e.properties
            if schema.is_custom(p.name)
        ]
        first_set = next(iter(schema.entity_sets.values()), None)
        version = schema.odata_version  # from the document: only a version number
        return {
            "odata_version": version if _VERSION.fullmatch(version) else "(unknown)",
            "entity_count": len(schema.entities),
            "complex_count": len(schema.complex_types),
            "enum_count": len(schema.enums),
            "set_count": len(schema.entity_sets),
            "operation_count": len(schema.operations),
            "prefix": schema.custom_prefix or "",
            "custom_entities": custom_entities,
            "custom_columns": custom_columns,
            "example_class": (
                self.names.classes[first_set.entity_type] if first_set else ""
            ),
            "metadata_hash": self.metadata_hash,
        }
