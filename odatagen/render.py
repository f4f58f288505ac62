"""Schema + Names -> the files of a generated package, as text.

All decisions (types, imports, line layout, docstrings) are made here in Python; the
Jinja2 templates in `templates/` only lay the prepared lines out.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs
import jinja2

from odatagen import __version__
from odatagen.edmx import types
from odatagen.naming import Names
from odatagen.pysource import (
    INDENT,
    Layout,
    RenderedFile,
    docstring,
    fits,
    from_import,
    py_str,
)
from odatagen.render_client import ClientParts
from odatagen.render_model import ModelParts
from odatagen.render_service import ServiceParts
from odatagen.schema import NavigationProperty, Property, Schema, TypeRef
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
        self.sets_by_type: dict[str, list[str]] = {}
        for entity_set in schema.entity_sets.values():
            self.sets_by_type.setdefault(entity_set.entity_type, []).append(
                entity_set.name
            )
        self.client = ClientParts(self)
        self.models = ModelParts(self)
        self.service = ServiceParts(self)

    def render(self) -> dict[str, RenderedFile]:
        package = self.names.package
        files: dict[str, RenderedFile] = {}
        for qname in self.schema.enums:
            files[self.path_of(qname)] = self.enum_module(qname)
        for qname, type_ in {
            **self.schema.complex_types,
            **self.schema.entities,
        }.items():
            files[self.path_of(qname)] = self.models.model_module(type_)
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

    def property_annotation(
        self, prop: Property, key: Iterable[str], needs: set[str], refs: set[str]
    ) -> str:
        # Keys are never null, whatever the document says (Creatio omits Nullable).
        nullable = prop.nullable and prop.name not in key
        return self.annotation(prop.type, nullable, needs, refs)

    def navigation_annotation(
        self, navigation: NavigationProperty, refs: set[str]
    ) -> str:
        refs.add(navigation.target)
        name = self.names.classes[navigation.target]
        return f"list[{name}]" if navigation.collection else f"{name} | None"

    def kind_of(self, type_: TypeRef) -> tuple[str, str]:
        """The runtime's (kind, ref) of a type: see `_runtime/model.py` FieldSpec."""
        if type_.kind == "primitive":
            return type_.name.removeprefix("Edm."), ""
        if type_.kind == "untyped":
            return "Untyped", ""
        return type_.kind, self.names.classes[type_.name]

    # -- modules --------------------------------------------------------------------
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
        # The qualified name makes filter literals NS.Color'Red', which OData 4.0
        # servers require (4.01 ones also take the bare 'Red').
        type_line = f"{INDENT}__odata_type__ = {py_str(qname)}"
        lines.insert(0, type_line)
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
        source, stub = self.service.client_contexts(
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
        checking: list[str] = []
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
