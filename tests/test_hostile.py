"""Hostile metadata: a `$metadata` document is untrusted input, the generator a boundary.

Every name in a document is an XML attribute, so it can be any string: quotes that
would close a Python literal, newlines, `#`, Jinja delimiters, `__import__(...)`, bidi
controls, keywords, the runtime's own member names, names differing only in case,
300 characters, nothing at all. Descriptions and annotation values likewise. Built
here into documents where each value reaches the place it targets, they must either
generate a package or fail with one-line diagnostics, never a traceback; and then:

* every generated module outside `_runtime/` compiles, and its syntax tree holds only
  what the templates produce (`check_tree`: an allow-list of statements, of called
  functions and of names; a document's strings only ever in string constants);
* every file stays inside the output directory, each name unique even on a
  case-insensitive file system;
* importing the package, resolving every export, building every field and every entity
  set runs nothing from the document; wire names survive exactly (round trips);
* renames are reported as warnings naming the line and the element.

The XML attacks (XXE, billion laughs, an external DTD, DTDs hidden behind UTF-16 or a
long prolog, 200 MB and 2-million-tag documents, 2,000-deep nesting) are refused
before any fetch, with bounded memory measured on a real process.
"""

from __future__ import annotations

import ast
import io
import json
import keyword
import os
import re
import socket
import subprocess
import sys
import threading
import time
import tokenize
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import escape, quoteattr

import pytest
from click.testing import CliRunner
from lxml import etree

from odatagen.cli import main
from odatagen.diagnostics import Diagnostic, GenerationError
from odatagen.generate import Settings, build
from odatagen.render_client import FIELD_CLASSES
from tests.conftest import REPO, csdl, write_package

TIMEOUT = 120  # seconds, per subprocess: a hang fails the test

# In the payloads only: must never be found outside a string constant.
MARK = "hostile_marker"
# What a payload would create or print if generated code ever ran it.
PWNED = "pwned_by_metadata"

# Strings crafted to break out of a literal, a docstring, a comment or a template.
BREAKOUTS = [
    '"""',
    "'''",
    '"',
    "'",
    "\\",
    "a\\",
    "\\\\\\",
    '\\"',
    'end"',
    '"start',
    '""""""',
    f'x"""\nimport os; os.system("touch {PWNED}")  # {MARK}\n"""',
    f"x'''\n{MARK} = __import__('os')\n'''",
    f'")\n__import__("os").system("touch {PWNED}")  # {MARK}\n_ = ("',
    f"line one\nline two {MARK}",
    f"carriage\rreturn {MARK}",
    "crlf\r\n",
    "tab\there",
    "\n",
    "\r",
    " ",
    "  lead and trail  ",
    f"# {MARK}",
    f"#!/bin/sh {MARK}",
    "{{ 7*7 }}",
    "{% for x in range(3) %}x{% endfor %}",
    "{# comment #}",
    "{{",
    "%}",
    "${HOME}",
    "%(x)s",
    "{0!r:>{1}}",
    f"__import__('os').system('touch {PWNED}')",
    f"print('{PWNED}')",
    f"exec('print(1)')  # {MARK}",
    "\\N{BULLET}",
    "\\x41\\u0041",
    "\\\n",
    "`code`",
    "<script>alert(1)</script>",
    "](http://example.com)",
    "\u202eevil\u202c",
    "\u2066isolate\u2069",
    "a\u200bb",
    "\ufeffbom",
    "\u2028\u2029",
    "\x85nel",
    "\x9b31m",
    "\u00a0nbsp",
    "ｅｖａｌ",
    "𝐩𝐫𝐢𝐧𝐭",
    "ﬁle",
    "раураl",  # Cyrillic look-alikes
    "é",
    "e\u0301",
    "x" * 300,
    "Usr`x`\n# injected heading <b>",  # a customisation: listed in the README
]
# Names that are valid identifiers, but taken: keywords, builtins, the runtime's and
# the generated code's own names, enum and attrs internals, case variants.
RESERVED = sorted(
    {
        *keyword.kwlist,
        *keyword.softkwlist,
        *("self", "cls", "mro", "print", "eval", "exec", "open", "__import__"),
        *("object", "super", "property", "classmethod", "staticmethod", "locals"),
        *("list", "str", "int", "float", "bool", "bytes", "dict", "id", "globals"),
        *("from_odata", "to_odata", "loaded_fields", "has", "q", "UNSET", "attrs"),
        *("enum", "datetime", "decimal", "uuid", "typing", "annotations", "importlib"),
        *("Any", "ClassVar", "TYPE_CHECKING", "_m", "_q", "_c", "_client", "_SETS"),
        *("_EXPORTS", "_LAZY", "_PAIRS", "WIRE_NAMES", "result", "key", "entity"),
        *("_create", "_update", "_invoke", "_http", "_x", "__init__", "__class__"),
        *("__dict__", "__slots__", "__attrs_attrs__", "__attrs_post_init__"),
        *("__getattr__", "__getattribute__", "__setattr__", "__odata_type__"),
        *("__odata_key__", "__odata_set__", "__odata_raw__", "__odata_nav__"),
        *("__odata_depth__", "__odata_sets__", "__odata_flavor__", "__module__"),
        *("__qualname__", "__annotations__", "__doc__", "__weakref__", "__new__"),
        *("__init_subclass__", "__class_getitem__", "__set_name__", "__eq__"),
        *("__hash__", "__repr__", "__all__", "__dir__", "__builtins__", "__private"),
        *("_sunder_", "_ignore_", "_order_", "_missing_", "_generate_next_value_"),
        *("_value_", "_name_", "name", "value", "Name", "NAME", "nAmE", "get"),
        *("create", "update", "delete", "query", "filter", "close", "batch"),
        *("Client", "AsyncClient", "Entity", "Model", "Fields", "Set"),
        *("3D", "1", "007", "a-b", "a b", "a.b", "a_b", "A_B", "AB", "x" * 300),
    }
)


def xml_safe(text: str) -> bool:
    """Whether XML 1.0 can carry `text` in an attribute (no NUL, no C0 controls)."""
    try:
        etree.fromstring(f"<a b={quoteattr(text)}/>".encode())
    except etree.XMLSyntaxError:
        return False
    return True


assert all(xml_safe(s) for s in BREAKOUTS + RESERVED)
# Every hostile value usable as a name: RESERVED first, so BREAKOUTS' "x" * 300 is
# not a duplicate.
NAMES = list(dict.fromkeys([*RESERVED, *(b for b in BREAKOUTS if b)]))


# -- documents ----------------------------------------------------------------------
def a(value: str) -> str:
    """An XML attribute value: any string survives (quoteattr writes \\n as &#10;)."""
    return quoteattr(value)


def text(value: str) -> str:
    """XML element content; a raw \\r would be normalised away."""
    return escape(value).replace("\r", "&#13;")


def described(index: int) -> str:
    """Core.Description and Core.LongDescription annotations, hostile both."""
    short, long = (
        BREAKOUTS[index % len(BREAKOUTS)],
        BREAKOUTS[(index + 7) % len(BREAKOUTS)],
    )
    return (
        f"<Annotation Term={a('Core.Description')} String={a(short)}/>"
        f'<Annotation Term="Org.OData.Core.V1.LongDescription"><String>{text(long)}'
        "</String></Annotation>"
    )


def prop(
    name: str, index: int, type_: str = "Edm.String", nullable: bool = True
) -> str:
    null = "" if nullable else ' Nullable="false"'
    return (
        f"<Property Name={a(name)} Type={a(type_)}{null}>{described(index)}</Property>"
    )


def entity(name: str, body: str, key: Iterable[str] = ("Id",), index: int = 0) -> str:
    refs = "".join(f"<PropertyRef Name={a(k)}/>" for k in key)
    return (
        f"<EntityType Name={a(name)}><Key>{refs}</Key>"
        f'<Property Name="Id" Type="Edm.Guid" Nullable="false"/>{body}'
        f"{described(index)}</EntityType>"
    )


def document(schemas: list[tuple[str, str, str]], container: str = "") -> bytes:
    """A CSDL 4.0 document: schemas as (namespace, alias, body); the container goes in
    the first one."""
    parts = []
    for number, (namespace, alias, body) in enumerate(schemas):
        alias_attribute = f" Alias={a(alias)}" if alias else ""
        inner = f'<EntityContainer Name="C">{container}</EntityContainer>'
        parts.append(
            f"<Schema Namespace={a(namespace)}{alias_attribute} "
            f'xmlns="http://docs.oasis-open.org/odata/ns/edm">\n{body}\n'
            f"{inner if number == 0 and container else ''}</Schema>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">\n'
        "<edmx:DataServices>\n"
        + "".join(parts)
        + "</edmx:DataServices>\n</edmx:Edmx>\n"
    ).encode()


def names_document() -> bytes:
    """Every hostile name as a property, navigation, key, enum member, flag, entity
    set, operation, operation import and parameter; every element described with a
    breakout string."""
    props = "".join(prop(n, i) for i, n in enumerate(NAMES))
    navs = "".join(
        f"<NavigationProperty Name={a(n)} "
        f"Type={a('Collection(NS.Props)' if i % 2 else 'NS.Props')}>{described(i)}"
        + (
            ""
            if i % 2
            else f'<ReferentialConstraint Property="Id" ReferencedProperty={a(n)}/>'
        )
        + "</NavigationProperty>"
        for i, n in enumerate(NAMES)
    )
    keys = [n for n in NAMES if n != "Id"][:40]
    key_props = "".join(prop(n, i, nullable=False) for i, n in enumerate(keys))
    members = "".join(
        f"<Member Name={a(n)} Value={a(str(i - 3))}>{described(i)}</Member>"
        for i, n in enumerate(NAMES)
    )
    flags = "".join(
        f"<Member Name={a(n)} Value={a(str(1 << i))}/>"
        for i, n in enumerate(NAMES[:70])
    )
    params = "".join(
        f"<Parameter Name={a(n)} Type={a('Edm.String')}/>" for n in NAMES if n
    )
    operations = (
        '<Action Name="Act" IsBound="true"><Parameter Name="it" Type="NS.Props"/>'
        f'{params}<ReturnType Type="NS.Props"/>{described(3)}</Action>'
        '<Function Name="Fun" IsBound="true">'
        '<Parameter Name="them" Type="Collection(NS.Props)"/>'
        f'{params}<ReturnType Type="Collection(NS.Colour)"/></Function>'
        + "".join(
            f"<Action Name={a(n)}><Parameter Name={a(n)} Type={a('NS.Colour')}/>"
            f"{described(i)}</Action>"
            for i, n in enumerate(NAMES)
        )
        + "".join(
            f'<Action Name={a(n)} IsBound="true">'
            f'<Parameter Name="it" Type="NS.Keys"/>{described(i)}</Action>'
            for i, n in enumerate(NAMES)
        )
    )
    body = (
        f'<EnumType Name="Colour">{members}{described(1)}</EnumType>'
        f'<EnumType Name="Flags" IsFlags="true" UnderlyingType="Edm.Int64">{flags}'
        "</EnumType>"
        f'<ComplexType Name="Address">{props}{described(2)}</ComplexType>'
        + entity("Props", props, index=4)
        + entity("Navs", navs, index=5)
        + entity("Keys", key_props, key=keys, index=6)
        + operations
        + "".join(
            f"<Annotations Target={a(f'NS.Props/{n}')}>{described(i + 1)}</Annotations>"
            for i, n in enumerate(NAMES[:30])
        )
    )
    sets = (
        '<EntitySet Name="Props" EntityType="NS.Props"/>'
        '<EntitySet Name="Navs" EntityType="NS.Navs">'
        + "".join(
            f"<NavigationPropertyBinding Path={a(n)} Target={a(n)}/>" for n in NAMES
        )
        + "</EntitySet>"
        '<EntitySet Name="Keys" EntityType="NS.Keys"/>'
        + "".join(
            f"<EntitySet Name={a(n)} EntityType={a('NS.Props')}>{described(i)}"
            "</EntitySet>"
            for i, n in enumerate(NAMES)
            if n not in ("Props", "Navs", "Keys")
        )
        + "".join(f"<ActionImport Name={a(n)} Action={a(f'NS.{n}')}/>" for n in NAMES)
        + "".join(f'<Singleton Name={a("One" + n)} Type="NS.Keys"/>' for n in NAMES)
    )
    return document([("NS", "", body)], sets)


# Type references are read stripped, so types named with surrounding white space
# cannot be referred to (test_types_with_surrounding_white_space).
TYPE_NAMES = [n for n in NAMES if n == n.strip()]


def types_document(names: list[str] = TYPE_NAMES) -> bytes:
    """Every hostile name as an entity type (with a set), a complex type and an enum
    type, in three namespaces; each entity navigates to the next."""
    entities = "".join(
        entity(
            n,
            f"<NavigationProperty Name=\"Next\" Type={a(f'E.{names[(i + 1) % len(names)]}')}/>"
            '<Property Name="NextId" Type="Edm.Guid"/>'  # a lookup, Creatio style
            f"<Property Name=\"Address\" Type={a(f'C.{n}')}/>"
            f"<Property Name=\"Colour\" Type={a(f'N.{n}')}/>"
            f"<Property Name=\"Defined\" Type={a(f'T.{n}')}/>",
            index=i,
        )
        for i, n in enumerate(names)
    )
    complexes = "".join(
        f"<ComplexType Name={a(n)}>{prop('Street', i)}{described(i)}</ComplexType>"
        for i, n in enumerate(names)
    )
    enums = "".join(
        f'<EnumType Name={a(n)}><Member Name="A"/>{described(i)}</EnumType>'
        for i, n in enumerate(names)
    )
    sets = "".join(
        f"<EntitySet Name=\"S{i}\" EntityType={a(f'E.{n}')}/>"
        for i, n in enumerate(names)
    )
    definitions = "".join(
        f'<TypeDefinition Name={a(n)} UnderlyingType="Edm.Int32">{described(i)}'
        "</TypeDefinition>"
        for i, n in enumerate(names)
    )
    return document(
        [("E", "", entities), ("C", "", complexes), ("N", "", enums)]
        + [("T", "", definitions)],
        sets,
    )


# -- generating ---------------------------------------------------------------------
def generate(
    metadata: bytes, **settings: object
) -> tuple[dict[str, str], list[Diagnostic]]:
    """In-process generation; a bad document must raise GenerationError, nothing else."""
    files, diagnostics = build(metadata, "hostile.xml", Settings(package="pkg", **settings))  # type: ignore[arg-type]
    for warning in diagnostics.warnings:
        assert "\n" not in warning.format() and "\r" not in warning.format()
    return files, diagnostics.warnings


def outcome(
    metadata: bytes, **settings: object
) -> tuple[dict[str, str] | None, list[Diagnostic]]:
    """(files, warnings) or (None, errors): either is fine, any other exception is not."""
    try:
        return generate(metadata, **settings)
    except GenerationError as error:
        for diagnostic in error.diagnostics:
            line = diagnostic.format()
            assert "\n" not in line and "\r" not in line and diagnostic.message
        return None, error.diagnostics


# -- paths ----------------------------------------------------------------------------
SAFE_PATH = re.compile(r"[^\x00-\x1f\x7f\\:*?\"<>|]+")


def check_paths(files: dict[str, str], package: str = "pkg") -> None:
    """Relative, normalised, inside the project, portable, unique ignoring case."""
    keys: dict[str, str] = {}
    for path in files:
        posix = PurePosixPath(path)
        assert SAFE_PATH.fullmatch(path), path
        assert not posix.is_absolute() and ".." not in posix.parts, path
        assert str(posix) == path and "" not in path.split("/"), path
        assert all(len(part.encode()) <= 255 for part in posix.parts), path
        assert (
            path in ("pyproject.toml", "README.md") or posix.parts[0] == package
        ), path
        if path.endswith(".py") and "_runtime" not in posix.parts:
            module = posix.with_suffix("").parts
            assert all(part.isidentifier() for part in module), path
        folded = path.casefold()
        assert folded not in keys, f"{path} and {keys[folded]} clash"
        keys[folded] = path
    for folder in ("", "/entities", "/complex_types", "/enums"):
        assert f"{package}{folder}/__init__.py" in files


# -- the syntax tree allow-list -----------------------------------------------------
PLAIN_IMPORTS = {"datetime", "decimal", "uuid", "enum", "attrs", "importlib"}
TYPING = {"Any", "ClassVar", "TYPE_CHECKING"}
RUNTIME = {"model": "_m", "fields": "_q", "entityset": "_c", "client": "_client"}
FIELD_CALLS = {f"_q.{c}" for c, _ in FIELD_CLASSES.values()} | {
    "_q.LookupField", "_q.EnumField", "_q.AnyField", "_q.nav", "_m.field", "_m.nav",
}  # fmt: skip
ANNOTATION_BUILTINS = {"str", "int", "float", "bool", "bytes", "list", "dict", "tuple"}
# Every kind of syntax node the templates produce (`TreeCheck` then checks each use).
NODE_TYPES = (
    ast.Module, ast.Expr, ast.Constant, ast.Import, ast.ImportFrom, ast.alias, ast.If,
    ast.Pass, ast.ClassDef, ast.AnnAssign, ast.Assign, ast.FunctionDef,
    ast.AsyncFunctionDef, ast.arguments, ast.arg, ast.Return, ast.Await, ast.Call,
    ast.keyword, ast.Name, ast.Attribute, ast.Subscript, ast.Tuple, ast.Dict, ast.BinOp,
    ast.BitOr, ast.UnaryOp, ast.USub, ast.Not, ast.Load, ast.Store,
)  # fmt: skip
ANNOTATION_MODULES = {"datetime", "decimal", "uuid", "_q", "_m", "_c"}
CLASS_VARS = {"__odata_type__", "__odata_key__", "__odata_set__", "__odata_flavor__"}
BASES = {"_m.Entity", "_m.Complex", "_q.Fields", "enum.Enum", "enum.IntFlag"}
BASES |= {"_client.Client", "_client.AsyncClient"}


def dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    return "<expr>"


class TreeCheck:
    """One generated module against what the templates can produce."""

    def __init__(self, path: str, modules: set[str]) -> None:
        self.path = path
        self.modules = modules  # dotted modules of the package, "pkg.entities.props"
        self.package = ".".join(PurePosixPath(path).with_suffix("").parts[:-1])
        self.globals: set[str] = set()  # names bound at module level

    def fail(self, node: ast.AST, why: str) -> None:
        line = getattr(node, "lineno", "?")
        raise AssertionError(f"{self.path}:{line}: {why}: {ast.dump(node)[:300]}")

    # -- module level ------------------------------------------------------------
    def module(self, tree: ast.Module) -> None:
        for index, statement in enumerate(tree.body):
            if isinstance(statement, (ast.Import, ast.ImportFrom)):
                self.imports(statement)
            elif isinstance(statement, ast.ClassDef):
                self.globals.add(statement.name)
            elif isinstance(statement, ast.If):
                self.type_checking(statement)
        for index, statement in enumerate(tree.body):
            if isinstance(statement, ast.Expr) and index == 0:
                self.docstring(statement)
            elif isinstance(statement, (ast.Import, ast.ImportFrom, ast.If)):
                pass  # checked above
            elif isinstance(statement, ast.ClassDef):
                self.class_(statement)
            elif isinstance(statement, ast.Assign):
                self.module_assign(statement)
            else:
                self.fail(statement, "a statement the templates never write")

    def docstring(self, statement: ast.stmt) -> None:
        if not (
            isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        ):
            self.fail(statement, "an expression statement that is not a docstring")
        assert isinstance(statement, ast.Expr)
        assert isinstance(statement.value, ast.Constant)

    def imports(
        self, statement: ast.Import | ast.ImportFrom, checking: bool = False
    ) -> None:
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                if (
                    alias.name not in PLAIN_IMPORTS
                    or alias.asname
                    or (checking and alias.name not in ANNOTATION_MODULES)
                ):
                    self.fail(statement, "an unexpected import")
                self.globals.add(alias.name)
            return
        if statement.level == 0:
            allowed = {"__future__": {"annotations"}, "typing": TYPING}
            for alias in statement.names:
                if (
                    alias.name not in allowed.get(statement.module or "", ())
                    or alias.asname
                ):
                    self.fail(statement, "an unexpected import")
                self.globals.add(alias.name)
            return
        base = (
            self.package.rsplit(".", statement.level - 1)[0]
            if statement.level > 1
            else self.package
        )
        module = f"{base}.{statement.module}" if statement.module else base
        root = self.package.split(".")[0]
        if module == f"{root}._runtime":
            for alias in statement.names:
                if RUNTIME.get(alias.name) != alias.asname or checking:
                    self.fail(statement, "an unexpected runtime import")
                self.globals.add(alias.asname or "")
            return
        if module not in self.modules:
            self.fail(statement, f"an import of {module}, which is not generated")
        for alias in statement.names:
            if not alias.name.isidentifier() or alias.asname not in (None, alias.name):
                self.fail(statement, "an unexpected alias")
            self.globals.add(alias.name)

    def type_checking(self, statement: ast.If) -> None:
        if dotted(statement.test) != "TYPE_CHECKING" or statement.orelse:
            self.fail(statement, "an `if` that is not `if TYPE_CHECKING:`")
        for inner in statement.body:
            if (isinstance(inner, ast.ImportFrom) and inner.level > 0) or isinstance(
                inner, ast.Import
            ):
                self.imports(inner, checking=True)
            elif not isinstance(inner, ast.Pass):
                self.fail(inner, "more than imports under TYPE_CHECKING")

    def module_assign(self, statement: ast.Assign) -> None:
        name = dotted(statement.targets[0]) if len(statement.targets) == 1 else ""
        value = statement.value
        if (
            name == "_SETS"
            and isinstance(value, ast.Constant)
            and isinstance(value.value, str)
        ):
            for line in value.value.splitlines():
                parts = line.split(" ")
                assert line == "" or (
                    len(parts) == 6
                    and all(p.replace(".", "_").isidentifier() for p in parts)
                ), line
                if line:
                    assert f"{self.package}.{parts[2]}" in self.modules, line
        elif name == "WIRE_NAMES" and isinstance(value, ast.Dict):
            for item in [*value.keys, *value.values]:
                self.constant(item, str)
        else:
            self.fail(statement, "a module-level assignment the templates never write")
        self.globals.add(name)

    # -- classes -----------------------------------------------------------------
    def class_(self, node: ast.ClassDef) -> None:
        if node.keywords or len(node.bases) != 1:
            self.fail(node, "an unexpected class header")
        for decorator in node.decorator_list:
            keywords = {
                k.arg: getattr(k.value, "value", None)
                for k in getattr(decorator, "keywords", [])
            }
            if not (
                isinstance(decorator, ast.Call)
                and dotted(decorator.func) == "attrs.define"
                and not decorator.args
                and keywords == {"kw_only": True, "eq": False, "repr": False}
            ):
                self.fail(decorator, "an unexpected decorator")
        base = node.bases[0]
        generic = base.value if isinstance(base, ast.Subscript) else base
        if dotted(generic) in ("_c.EntitySet", "_c.AsyncEntitySet"):
            self.annotation(base)
        elif dotted(generic) not in BASES and not (
            isinstance(generic, ast.Name) and generic.id in self.globals
        ):
            self.fail(node, "an unexpected base class")
        is_enum = dotted(base) in ("enum.Enum", "enum.IntFlag")
        for index, statement in enumerate(node.body):
            if isinstance(statement, ast.Expr):
                self.docstring(statement)
            elif isinstance(statement, ast.AnnAssign):
                self.field(statement)
            elif isinstance(statement, ast.Assign):
                self.class_assign(statement, is_enum)
            elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.method(statement)
            elif (
                isinstance(statement, ast.If)
                and isinstance(statement.test, ast.UnaryOp)
                and isinstance(statement.test.op, ast.Not)
                and dotted(statement.test.operand) == "TYPE_CHECKING"
                and not statement.orelse
                and len(statement.body) == 1
                and isinstance(statement.body[0], ast.FunctionDef)
                and statement.body[0].name == "__init__"
            ):
                self.method(statement.body[0])  # a model's run-time constructor
            else:
                self.fail(statement, "a class statement the templates never write")

    def class_assign(self, statement: ast.Assign, is_enum: bool) -> None:
        if len(statement.targets) != 1 or not isinstance(
            statement.targets[0], ast.Name
        ):
            self.fail(statement, "an unexpected assignment target")
        target = dotted(statement.targets[0])
        value = statement.value
        if is_enum and target == "__odata_type__":
            self.constant(value, str)
        elif is_enum:
            if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.USub):
                value = value.operand
            self.constant(value, int)
            if target.startswith("__") or (
                len(target) > 2 and target[0] == target[-1] == "_"
            ):
                self.fail(statement, "an enum member Python or enum treats specially")
        elif target == "__odata_key__" and isinstance(value, ast.Tuple):
            for item in value.elts:
                self.constant(item, str)
        elif target == "__odata_sets__" and dotted(value) == "_SETS":
            pass
        elif target in CLASS_VARS:
            self.constant(value, str)
        else:
            self.fail(statement, "an unexpected class assignment")

    def field(self, statement: ast.AnnAssign) -> None:
        target = statement.target
        if not isinstance(target, ast.Name) or not statement.simple:
            self.fail(statement, "an unexpected annotated target")
        assert isinstance(target, ast.Name)
        if target.id.startswith("_"):
            self.fail(
                statement, "an underscored field (attrs, mangling or the runtime)"
            )
        self.annotation(statement.annotation)
        value = statement.value
        if value is None:
            return  # a client accessor
        if not isinstance(value, ast.Call):
            self.fail(statement, "a field whose value is not a call")
        assert isinstance(value, ast.Call)
        callee = dotted(value.func)
        if callee in FIELD_CALLS:
            for argument in value.args:
                self.constant(argument, str)
            for keyword_ in value.keywords:
                if keyword_.arg == "many":
                    self.constant(keyword_.value, bool)
                elif keyword_.arg == "kind":
                    self.constant(keyword_.value, str)
                else:
                    self.fail(value, "an unexpected keyword")
        elif (
            target.id == "q"
            and isinstance(value.func, ast.Name)
            and value.func.id in self.globals
            and not value.args
            and not value.keywords
        ):
            pass  # `q: ClassVar[PropsFields] = PropsFields()`
        else:
            self.fail(value, f"a call of {callee}")

    def constant(self, node: ast.expr | None, kind: type) -> None:
        if not (isinstance(node, ast.Constant) and type(node.value) is kind):
            self.fail(node or ast.Pass(), f"not a {kind.__name__} constant")
        assert isinstance(node, ast.Constant)

    def annotation(self, node: ast.expr, local: frozenset[str] = frozenset()) -> None:
        if isinstance(node, ast.Name):
            if node.id not in self.globals | ANNOTATION_BUILTINS | TYPING | local:
                self.fail(node, f"the name {node.id} in an annotation")
        elif isinstance(node, ast.Attribute):
            if dotted(node.value) not in ANNOTATION_MODULES:
                self.fail(node, "an attribute of an unexpected module")
        elif isinstance(node, ast.Subscript):
            self.annotation(node.value, local)
            items = (
                node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            )
            for item in items:
                self.annotation(item, local)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            self.annotation(node.left, local)
            self.annotation(node.right, local)
        elif not (isinstance(node, ast.Constant) and node.value in (None, Ellipsis)):
            self.fail(node, "an unexpected annotation")

    # -- methods -----------------------------------------------------------------
    def method(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        args = node.args
        if (
            node.decorator_list
            or args.vararg
            or args.kwarg
            or (node.name.startswith("_") and node.name != "__init__")
        ):
            self.fail(node, "an unexpected method header")
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs]
        if not every or every[0].arg != "self" or every[0].annotation is not None:
            self.fail(node, "a method without self")
        parameters = {p.arg for p in every}
        if any(p.startswith("__") for p in parameters):
            self.fail(node, "a mangled parameter")
        for parameter in every[1:]:
            assert parameter.annotation is not None
            self.annotation(parameter.annotation)
        for default in [
            *args.defaults,
            *(d for d in args.kw_defaults if d is not None),
        ]:
            if not (
                dotted(default) == "_m.UNSET"
                or (isinstance(default, ast.Constant) and default.value is None)
            ):
                self.fail(default, "an unexpected default")
        if node.returns is not None:
            self.annotation(node.returns)
        body = list(node.body)
        if (
            body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and body[0].value.value is not Ellipsis
        ):
            self.docstring(body.pop(0))
        is_async = isinstance(node, ast.AsyncFunctionDef)
        if self.path.endswith(".pyi"):
            # A stub: the docstring, or `...`, and nothing else.
            if body and not (
                len(body) == 1
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and body[0].value.value is Ellipsis
            ):
                self.fail(node, "a stub method with a body")
        elif node.name == "__init__":
            # A model's constructor: `_m.init(self, locals())`, keyword-only, -> None.
            call = (
                body[0].value
                if len(body) == 1 and isinstance(body[0], ast.Expr)
                else None
            )
            if not (
                not is_async
                and not args.args[1:]
                and not args.posonlyargs
                and isinstance(node.returns, ast.Constant)
                and node.returns.value is None
                and isinstance(call, ast.Call)
                and dotted(call.func) == "_m.init"
                and not call.keywords
                and len(call.args) == 2
                and dotted(call.args[0]) == "self"
                and isinstance(call.args[1], ast.Call)
                and dotted(call.args[1].func) == "locals"
                and not (call.args[1].args or call.args[1].keywords)
            ):
                self.fail(node, "a constructor the templates never write")
        elif (
            len(body) == 1
            and isinstance(body[0], (ast.Return, ast.Expr))
            and body[0].value
        ):
            self.runtime_call(body[0].value, parameters, is_async)
        elif (
            len(body) == 2
            and isinstance(body[0], ast.AnnAssign)
            and dotted(body[0].target) == "result"
            and body[0].value is not None
            and isinstance(body[1], ast.Return)
            and body[1].value is not None
            and dotted(body[1].value) == "result"
        ):
            self.annotation(body[0].annotation)
            self.runtime_call(body[0].value, parameters, is_async)
        else:
            self.fail(node, "a method body the templates never write")

    def runtime_call(
        self, node: ast.expr, parameters: set[str], is_async: bool
    ) -> None:
        if is_async:
            if not isinstance(node, ast.Await):
                self.fail(node, "an async method that does not await")
            assert isinstance(node, ast.Await)
            node = node.value
        if not isinstance(node, ast.Call):
            self.fail(node, "not a call")
        assert isinstance(node, ast.Call)
        callee = dotted(node.func)
        if callee not in ("self._create", "self._update", "self._invoke"):
            self.fail(node, f"a call of {callee}")
        for argument in node.args:
            if isinstance(argument, ast.Call):
                if (
                    dotted(argument.func) != "locals"
                    or argument.args
                    or argument.keywords
                ):
                    self.fail(argument, "a call other than locals()")
            elif isinstance(argument, ast.Name):
                if argument.id not in parameters:
                    self.fail(argument, "a name that is not a parameter")
            else:
                self.constant(argument, str)
        for keyword_ in node.keywords:
            value = keyword_.value
            if keyword_.arg == "action":
                self.constant(value, bool)
            elif keyword_.arg == "key":
                if dotted(value) not in parameters:
                    self.fail(value, "a key that is not a parameter")
            elif keyword_.arg == "params" and isinstance(value, ast.Tuple):
                for spec in value.elts:
                    if not (isinstance(spec, ast.Tuple) and len(spec.elts) == 5):
                        self.fail(spec, "an unexpected parameter spec")
                    assert isinstance(spec, ast.Tuple)
                    for item, kind in zip(spec.elts[:4], (str, str, str, bool)):
                        self.constant(item, kind)
                    if dotted(spec.elts[4]) not in parameters:
                        self.fail(spec, "a parameter spec naming no parameter")
            elif keyword_.arg == "returns" and isinstance(value, ast.Tuple):
                for item, kind in zip(value.elts, (str, str, bool), strict=True):
                    self.constant(item, kind)
            else:
                self.fail(keyword_.value, f"an unexpected keyword {keyword_.arg}")


def package_init_shape(source: str) -> str:
    """The package `__init__.py` without its only variable parts (the TYPE_CHECKING
    imports and the `_EXPORTS` table), as a syntax tree dump."""
    tree = ast.parse(source)
    for statement in tree.body:
        if isinstance(statement, ast.If):
            statement.body = [ast.Pass()]
        if (
            isinstance(statement, ast.Assign)
            and dotted(statement.targets[0]) == "_EXPORTS"
        ):
            statement.value = ast.Constant("")
    return ast.dump(tree)


def check_package_init(
    files: dict[str, str], reference: str, modules: set[str]
) -> None:
    source = files["pkg/__init__.py"]
    assert package_init_shape(source) == reference
    tree = ast.parse(source)
    check = TreeCheck("pkg/__init__.py", modules)
    for statement in tree.body:
        if isinstance(statement, ast.If):
            check.type_checking(statement)
        if (
            isinstance(statement, ast.Assign)
            and dotted(statement.targets[0]) == "_EXPORTS"
        ):
            assert isinstance(statement.value, ast.Constant)
            for line in str(statement.value.value).splitlines():
                if line:
                    name, module = line.split(" ")
                    assert name.isidentifier() and f"pkg.{module}" in modules, line


@pytest.fixture(scope="module")
def init_reference() -> str:
    files, _ = generate(csdl(entity("E", "")))
    return package_init_shape(files["pkg/__init__.py"])


def check_generated(files: dict[str, str], init_reference: str) -> None:
    """Paths, compilation, and every module against the allow-list."""
    check_paths(files)
    modules = {
        ".".join(PurePosixPath(p).with_suffix("").parts).removesuffix(".__init__")
        for p in files
        if p.endswith(".py")
    }
    for path, source in files.items():
        if not path.endswith((".py", ".pyi")) or "/_runtime/" in path:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # an invalid escape sequence is an error
            compile(source, path, "exec", dont_inherit=True)
        if path == "pkg/__init__.py":
            check_package_init(files, init_reference, modules)
            continue
        hidden = [c for c in source if c != "\n" and unicodedata.category(c)[0] in "CZ"]
        assert set(hidden) <= {" "}, f"{path}: raw {sorted(set(hidden))!r}"
        with io.StringIO(source) as lines:
            for token in tokenize.generate_tokens(lines.readline):
                if token.type == tokenize.NAME:  # what Python reads is what is shown
                    assert unicodedata.normalize("NFKC", token.string) == token.string
        tree = ast.parse(source)
        for node in ast.walk(tree):
            assert isinstance(node, NODE_TYPES), f"{path}: {ast.dump(node)[:200]}"
        TreeCheck(path, modules).module(tree)


# -- importing ----------------------------------------------------------------------
# Imports every module and export, builds every Fields class and every entity set of
# both clients, round-trips every model through its wire names, and creates a `Props`
# through the typed `create()` with every keyword; prints a JSON report.
IMPORT_CHECK = r"""
import asyncio, enum, importlib, json, pkgutil, sys, uuid
import attrs, httpx

name = sys.argv[1]
package = importlib.import_module(name)
report = {"modules": 0, "roundtrips": 0, "sets": 0, "fields": 0, "created": None}
for export in package.__all__:
    getattr(package, export)
models = []
for info in pkgutil.walk_packages(package.__path__, name + "."):
    if "._runtime" in info.name:
        continue
    module = importlib.import_module(info.name)
    report["modules"] += 1
    for value in vars(module).values():
        if isinstance(value, type) and value.__module__ == module.__name__:
            models.append(value)
KEY = "00000000-0000-0000-0000-000000000001"
for cls in models:
    if issubclass(cls, enum.Enum):
        assert len(cls.__members__) > 0
        continue
    if not attrs.has(cls):
        continue
    specs = [f.metadata["odata"] for f in attrs.fields(cls) if "odata" in f.metadata]
    strings = {s.wire: "v" for s in specs if s.kind == "String" and not s.many}
    if any(s.kind == "Guid" for s in specs):
        strings.update({s.wire: KEY for s in specs if s.kind == "Guid"})
    assert cls.from_odata(strings).to_odata() == strings, cls
    report["roundtrips"] += 1
    q = getattr(cls, "q", None)
    if q is not None:
        for klass in type(q).__mro__:
            for attribute in vars(klass):
                if not attribute.startswith("_"):
                    getattr(q, attribute)
                    report["fields"] += 1
sent = []
def handler(request):
    sent.append(json.loads(request.content or b"null"))
    return httpx.Response(201, json=sent[-1] or {})
client = package.Client("http://service.invalid/", http=httpx.Client(transport=httpx.MockTransport(handler)))
aclient = package.AsyncClient("http://service.invalid/")
for line in package._client._SETS.splitlines():
    if line:
        accessor = line.split(" ")[0]
        getattr(client, accessor)
        getattr(aclient, accessor)
        report["sets"] += 1
props = getattr(package, "Props", None)
if props is not None:
    specs = {f.name: f.metadata["odata"] for f in attrs.fields(props) if f.metadata["odata"].kind in ("String", "Guid")}
    values = {n: uuid.UUID(KEY) if s.kind == "Guid" else "v" for n, s in specs.items()}
    accessor = next(line.split(" ")[0] for line in package._client._SETS.splitlines() if line.split(" ")[1:2] == ["Props"])
    getattr(client, accessor).create(**values)
    report["created"] = sorted(sent[-1]) == sorted(s.wire for s in specs.values())
print(json.dumps(report))
"""


def run_import_check(root: Path, package: str = "pkg") -> dict[str, object]:
    marker = root / PWNED
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK, package],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=root,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert PWNED not in result.stdout + result.stderr
    assert MARK not in result.stdout + result.stderr
    assert not marker.exists()
    report: dict[str, object] = json.loads(result.stdout)
    return report


# -- the tests: names and strings ----------------------------------------------------
@pytest.fixture(scope="module", params=["snake", "preserve"])
def names_package(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, str], list[Diagnostic], Path, str]:
    files, warnings = generate(names_document(), naming=request.param)
    root = write_package(files, tmp_path_factory.mktemp(request.param))
    return files, warnings, root, request.param


def test_hostile_names_generate_only_template_code(
    names_package: tuple[dict[str, str], list[Diagnostic], Path, str],
    init_reference: str,
) -> None:
    files, _, _, _ = names_package
    check_generated(files, init_reference)
    readme = files["README.md"].splitlines()
    assert not any(line.startswith("# injected") for line in readme)
    assert any("Usr'x' # injected heading" in line for line in readme)


def test_hostile_names_import_without_running_anything(
    names_package: tuple[dict[str, str], list[Diagnostic], Path, str],
) -> None:
    _, _, root, _ = names_package
    report = run_import_check(root)
    assert report["modules"] == 10  # 6 types, 3 folders, the client
    assert report["roundtrips"] == 4  # Address, Props, Navs, Keys
    assert report["fields"] and report["created"] is True
    # Props, Navs, Keys and every hostile set name that is an identifier
    assert report["sets"] == 3 + sum(
        n.isidentifier() for n in NAMES if n not in ("Props",)
    )


def test_hostile_names_keep_their_wire_names(
    names_package: tuple[dict[str, str], list[Diagnostic], Path, str],
) -> None:
    """Every name reaches the generated code, as a string literal, exactly."""
    files, _, _, _ = names_package
    props = ast.parse(files["pkg/entities/props.py"])
    wires = {
        n.args[0].value
        for n in ast.walk(props)
        if isinstance(n, ast.Call)
        and dotted(n.func) == "_m.field"
        and isinstance(n.args[0], ast.Constant)
    }
    assert wires == {"Id", *NAMES}
    colour = ast.parse(files["pkg/enums/colour.py"])
    wire_names = next(
        n.value
        for n in colour.body
        if isinstance(n, ast.Assign) and dotted(n.targets[0]) == "WIRE_NAMES"
    )
    assert isinstance(wire_names, ast.Dict)
    classes = [n for n in colour.body if isinstance(n, ast.ClassDef)]
    members = {
        dotted(n.targets[0]) for n in classes[0].body if isinstance(n, ast.Assign)
    } - {"__odata_type__"}
    renamed = {
        ast.literal_eval(k): ast.literal_eval(v)
        for k, v in zip(wire_names.keys, wire_names.values)
        if k is not None
    }
    assert {renamed.get(n, n) for n in NAMES} == members
    assert len(members) == len(NAMES)


def test_hostile_names_are_reported(
    names_package: tuple[dict[str, str], list[Diagnostic], Path, str],
) -> None:
    """Each rename is a warning with the line of the element and its name."""
    _, warnings, _, style = names_package
    renames = [w for w in warnings if w.code == "renamed"]
    assert renames and all(w.line > 0 and w.element and w.file for w in renames)
    elements = {w.element for w in renames}
    reported = ["from_odata", "to_odata", "mro", "self", "q", "locals"]
    if style == "preserve":  # snake_case makes these `m`, `init`, `any`: no rename
        reported += ["_m", "__init__", "__class__", "__private", "_create", "Any"]
    for name in reported:
        assert f"Props.{name}" in elements, name
    assert "NS.Colour.mro" in elements and "NS.Colour._ignore_" in elements
    skipped = {w.element for w in warnings if w.code == "skipped"}
    for name in NAMES:
        if not name.isidentifier():
            assert f"EntitySet {name}" in skipped, name


def test_strict_refuses_the_renames() -> None:
    with pytest.raises(GenerationError) as raised:
        generate(names_document(), strict=True)
    errors = raised.value.diagnostics
    assert errors and all(e.code == "renamed" and e.line > 0 for e in errors)
    assert all("\n" not in e.format() for e in errors)


@pytest.mark.parametrize("naming", ["snake", "preserve"])
def test_hostile_type_names(naming: str, tmp_path: Path, init_reference: str) -> None:
    files, warnings = generate(types_document(), naming=naming)
    check_generated(files, init_reference)
    # three kinds of type per name, each in its own module, none lost
    for folder in ("entities", "complex_types", "enums"):
        count = sum(
            1
            for p in files
            if p.startswith(f"pkg/{folder}/") and not p.endswith("__init__.py")
        )
        assert count == len(TYPE_NAMES), folder
    assert any(w.code == "renamed" for w in warnings)
    report = run_import_check(write_package(files, tmp_path))
    assert report["sets"] == len(TYPE_NAMES) and report["roundtrips"] == 2 * len(
        TYPE_NAMES
    )


def test_types_with_surrounding_white_space() -> None:
    """Not referable (references are read stripped): a clean error for each use."""
    names = [n for n in NAMES if n != n.strip() and n.strip() not in NAMES]
    files, errors = outcome(types_document(names))
    assert files is None and {e.code for e in errors} == {"unknown-type"}
    assert len(errors) >= len(names) and all(e.line > 0 for e in errors)


def test_hostile_namespaces_and_aliases(tmp_path: Path, init_reference: str) -> None:
    """Each namespace and alias hostile, types referred to through the alias."""
    values = [
        v for v in [*BREAKOUTS, "class", "__init__", "Edm", "_m"] if v.strip() == v
    ]
    schemas = [
        (
            f"{value}.Space",
            f"{value}Alias" if index % 2 else "",
            entity(
                "E",
                f"<Property Name=\"Other\" Type={a(f'{value}Alias.C' if index % 2 else f'{value}.Space.C')}/>",
                index=index,
            )
            + f"<ComplexType Name=\"C\">{prop('P', index)}</ComplexType>",
        )
        for index, value in enumerate(values)
    ]
    sets = "".join(
        f"<EntitySet Name=\"S{i}\" EntityType={a(f'{v}.Space.E')}/>"
        for i, v in enumerate(values)
    )
    files, _ = generate(document(schemas, sets))
    check_generated(files, init_reference)
    snapshot = json.loads(files["pkg/_schema.json"])
    assert [n for n, _ in snapshot["namespaces"]] == [f"{v}.Space" for v in values]
    odata_types = [
        ast.literal_eval(n.value)
        for path, source in files.items()
        if path.startswith("pkg/entities/") and not path.endswith("__init__.py")
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Assign) and dotted(n.targets[0]) == "__odata_type__"
    ]
    assert sorted(odata_types) == sorted(f"{v}.Space.E" for v in values)
    report = run_import_check(write_package(files, tmp_path))
    assert report["sets"] == len(values)


@pytest.mark.parametrize("alias", ["Edm", "Core", "Collection", "NS"])
def test_aliases_that_shadow_well_known_names(alias: str, init_reference: str) -> None:
    """An alias hijacking `Edm` or a vocabulary: generated, or refused cleanly."""
    body = entity("E", prop("P", 1)) + '<ComplexType Name="String"/>'
    files, diagnostics = outcome(
        document([("NS", alias, body)], '<EntitySet Name="Es" EntityType="NS.E"/>')
    )
    if files is not None:
        check_generated(files, init_reference)
    else:
        assert all(d.line > 0 for d in diagnostics)


def test_names_differing_only_in_case(init_reference: str) -> None:
    variants = [
        "account",
        "Account",
        "ACCOUNT",
        "aCCOUNT",
        "Ａｃｃｏｕｎｔ",
        "Account_",
    ]
    body = "".join(entity(v, "".join(prop(w, 0) for w in variants)) for v in variants)
    sets = "".join(
        f"<EntitySet Name={a(v)} EntityType={a(f'NS.{v}')}/>" for v in variants
    )
    for naming in ("snake", "preserve"):
        files, warnings = generate(csdl(body, container=sets), naming=naming)
        check_generated(files, init_reference)  # also: unique ignoring case
        modules = [
            p
            for p in files
            if p.startswith("pkg/entities/") and not p.endswith("__init__.py")
        ]
        assert len(modules) == len(variants)
        assert sum(w.code == "renamed" for w in warnings) >= len(variants) - 1


def test_names_that_sanitise_to_special_modules(init_reference: str) -> None:
    """Type names that are paths, or that a sanitiser could turn into `__init__`."""
    names = [
        "__init__", "Init", "__init__.py", "../../evil", "/etc/passwd", "C:\\evil",
        "a/b", "..", ".", "con", "NUL", "aux.txt", "__main__", "_runtime", "entities",
        "__pycache__", "py.typed", "x" * 300, "y" * 300 + "Z",
    ]  # fmt: skip
    body = "".join(entity(n, "", index=i) for i, n in enumerate(names))
    sets = "".join(
        f"<EntitySet Name=\"S{i}\" EntityType={a(f'NS.{n}')}/>"
        for i, n in enumerate(names)
    )
    files, _ = generate(csdl(body, container=sets))
    check_generated(files, init_reference)
    inits = [p for p in files if p.endswith("__init__.py") and "_runtime" not in p]
    assert sorted(inits) == sorted(
        f"pkg{f}/__init__.py" for f in ("", "/entities", "/complex_types", "/enums")
    )
    assert "pkg/entities/_runtime.py" not in files


EMPTY = {
    "entity type": entity("", ""),
    "property": entity("E", '<Property Name="" Type="Edm.String"/>'),
    "navigation": entity("E", '<NavigationProperty Name="" Type="NS.E"/>'),
    "key": entity("E", "", key=("",)),
    "enum member": '<EnumType Name="Colour"><Member Name=""/><Member Name=" "/></EnumType>',
    "parameter": entity("E", "")
    + '<Action Name="A"><Parameter Name="" Type="Edm.String"/></Action>',
    "operation": entity("E", "") + '<Action Name=""/>',
    "type": entity("E", '<Property Name="P" Type=""/>'),
    "base type": '<EntityType Name="E" BaseType=""><Key><PropertyRef Name="Id"/></Key>'
    '<Property Name="Id" Type="Edm.Guid"/></EntityType>',
}


@pytest.mark.parametrize("where", EMPTY)
def test_empty_names(where: str, init_reference: str) -> None:
    files, diagnostics = outcome(
        csdl(
            EMPTY[where],
            container=(
                '<EntitySet Name="Es" EntityType="NS.E"/>'
                if "Colour" not in EMPTY[where]
                else ""
            ),
        )
    )
    if files is None:
        assert all(d.line > 0 for d in diagnostics), diagnostics
    else:
        check_generated(files, init_reference)


@pytest.mark.parametrize(
    "container",
    [
        '<EntitySet Name="" EntityType="NS.E"/>',
        '<EntitySet Name="Es" EntityType="NS.E"/><EntitySet Name="Es" EntityType="NS.E"/>',
        '<ActionImport Name="" Action="NS.A"/>',
        '<ActionImport Name="Es" Action="NS.A"/><EntitySet Name="Es" EntityType="NS.E"/>',
        '<ActionImport Name="A" Action="NS.A"/><ActionImport Name="A" Action="NS.A"/>',
    ],
    ids=[
        "empty-set",
        "duplicate-set",
        "empty-import",
        "import-like-set",
        "duplicate-import",
    ],
)
def test_empty_and_duplicate_container_names(
    container: str, init_reference: str
) -> None:
    body = entity("E", "") + '<Action Name="A"/>'
    files, diagnostics = outcome(csdl(body, container=container))
    if files is None:
        assert all(d.line > 0 and d.element for d in diagnostics), diagnostics
    else:
        check_generated(files, init_reference)


BAD_VALUES = {
    "MaxLength": ["--5", "²", "٣", "9" * 5000, "-1", "max", "1e9", " 7 "],
    "Precision": ["--5", "9" * 5000],
    "Scale": ["variable", "--1", "9" * 5000, "floating"],
    "SRID": ['"; import os', "\n"],
    "DefaultValue": BREAKOUTS[:20],
}


@pytest.mark.parametrize("facet", BAD_VALUES)
def test_hostile_facets(facet: str, init_reference: str) -> None:
    props = "".join(
        f'<Property Name="P{i}" Type="Edm.Decimal" {facet}={a(v)}/>'
        for i, v in enumerate(BAD_VALUES[facet])
    )
    files, _ = generate(
        csdl(entity("E", props), container='<EntitySet Name="Es" EntityType="NS.E"/>')
    )
    check_generated(files, init_reference)


def test_hostile_enum_values(init_reference: str) -> None:
    values = [
        "--1",
        "²",
        "٣",
        "9" * 5000,
        "0x10",
        "1e3",
        "-0",
        "+5",
        "",
        "  3  ",
        str(2**70),
    ]
    members = "".join(
        f'<Member Name="M{i}" Value={a(v)}/>' for i, v in enumerate(values)
    )
    files, warnings = generate(csdl(f'<EnumType Name="E">{members}</EnumType>'))
    check_generated(files, init_reference)
    bad = [w for w in warnings if w.code == "bad-value"]
    assert len(bad) == 8 and all(
        w.line == 5 and "EnumType E.M" in w.element for w in bad
    )


def test_hostile_annotation_values(init_reference: str) -> None:
    """Records, collections and constants of every kind, hostile strings everywhere,
    as inline and external annotations, and a document version that is not one."""
    records = "".join(
        f"<Record Type={a(s)}><PropertyValue Property={a(s)} String={a(s)}/>"
        f'<PropertyValue Property="Value"><Collection><String>{text(s)}</String>'
        f"<Path>{text(s)}</Path><Int>{text(s)}</Int><Float>{text(s)}</Float>"
        f"<EnumMember>{text(s)}</EnumMember></Collection></PropertyValue></Record>"
        for s in BREAKOUTS
    )
    annotations = (
        f'<Annotation Term="Validation.AllowedValues"><Collection>{records}</Collection></Annotation>'
        + "".join(
            f"<Annotation Term={a(s)} Qualifier={a(s)} String={a(s)}/>"
            for s in BREAKOUTS
        )
        + f'<Annotation Term="Core.Permissions" EnumMember={a(BREAKOUTS[11])}/>'
        + f'<Annotation Term="Core.Computed" Bool={a(BREAKOUTS[12])}/>'
    )
    body = entity(
        "E",
        f'<Property Name="P" Type="Edm.String">{annotations}</Property>{annotations}',
    )
    external = "".join(
        f"<Annotations Target={a(s)}>{described(i)}</Annotations>"
        for i, s in enumerate(BREAKOUTS)
    )
    metadata = csdl(
        body + external, container='<EntitySet Name="Es" EntityType="NS.E"/>'
    )
    metadata = metadata.replace(b'Version="4.0"', b'Version="4.0&#10;# hi `x` &lt;b>"')
    files, _ = generate(metadata)
    check_generated(files, init_reference)
    assert "# hi" not in files["README.md"] and "(unknown)" in files["README.md"]
    json.loads(files["pkg/_schema.json"])


def test_hostile_odata_v2_document(tmp_path: Path, init_reference: str) -> None:
    """The OData 2 reader: names, associations, function imports and sap:label."""
    names = [n for n in NAMES if n][:80]
    props = "".join(
        f'<Property Name={a(n)} Type="Edm.String" sap:label={a(BREAKOUTS[i % len(BREAKOUTS)])}/>'
        for i, n in enumerate(names)
    )
    navs = "".join(
        f"<NavigationProperty Name={a(f'N{n}')} Relationship={a(f'NS.A{i}')} FromRole=\"From\" ToRole=\"To\"/>"
        for i, n in enumerate(names[:20])
    )
    associations = "".join(
        f"<Association Name={a(f'A{i}')}><End Type=\"NS.E\" Multiplicity=\"1\" Role=\"From\"/>"
        '<End Type="NS.E" Multiplicity="*" Role="To"/></Association>'
        for i in range(20)
    )
    imports = "".join(
        f'<FunctionImport Name={a(n)} ReturnType="Edm.String" m:HttpMethod={a(n)}>'
        f'<Parameter Name={a(n)} Type="Edm.String"/></FunctionImport>'
        for n in names
    )
    metadata = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx" '
        'xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata" '
        'xmlns:sap="http://www.sap.com/Protocols/SAPData">\n'
        '<edmx:DataServices m:DataServiceVersion="2.0">\n'
        '<Schema Namespace="NS" xmlns="http://schemas.microsoft.com/ado/2008/09/edm">\n'
        f'<EntityType Name="E"><Key><PropertyRef Name="Id"/></Key>'
        f'<Property Name="Id" Type="Edm.Guid" Nullable="false"/>{props}{navs}'
        f"<Documentation><Summary>{text(BREAKOUTS[11])}</Summary>"
        f"<LongDescription>{text(BREAKOUTS[13])}</LongDescription></Documentation></EntityType>"
        f'{associations}<EntityContainer Name="C" m:IsDefaultEntityContainer="true">'
        f'<EntitySet Name="Es" EntityType="NS.E"/>{imports}</EntityContainer>'
        "</Schema></edmx:DataServices></edmx:Edmx>\n"
    ).encode()
    for naming in ("snake", "preserve"):
        files, _ = generate(metadata, naming=naming)
        check_generated(files, init_reference)
    report = run_import_check(write_package(files, tmp_path))
    assert report["roundtrips"] == 1 and report["sets"] == 1


def test_deep_inheritance_is_refused() -> None:
    body = entity("T0", "") + "".join(
        f'<EntityType Name="T{i}" BaseType="NS.T{i - 1}"/>'
        for i in reversed(range(1, 300))
    )
    files, errors = outcome(csdl(body))
    assert files is None and {e.code for e in errors} == {"too-deep"}
    assert all(e.line > 0 and e.element.startswith("EntityType T") for e in errors)


# -- the command line ---------------------------------------------------------------
def odatagen(
    *args: str | Path, cwd: Path = REPO, stdin: bytes = b""
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "odatagen", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
        cwd=cwd,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode,
        result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace"),
    )  # fmt: skip


LINE = re.compile(
    r"^(?P<file>.+?)(?::(?P<line>\d+))?: (?P<level>error|warning): .+ \((?P<code>[a-z0-9-]+)\)$"
)


def diagnostics_of(stderr: str, level: str) -> list[re.Match[str]]:
    """Every line of stderr is one diagnostic (or the final status line)."""
    found = []
    for line in stderr.splitlines():
        if line.endswith((" written", "nothing written")):
            continue
        match = LINE.match(line)
        assert match and match["level"] == level, f"not a diagnostic: {line!r}"
        found.append(match)
    return found


def tree(directory: Path) -> set[str]:
    return {p.relative_to(directory).as_posix() for p in directory.rglob("*")}


def test_cli_generates_a_hostile_document(tmp_path: Path) -> None:
    """The real command: one line per warning (names with newlines included), a
    package nowhere but in the output directory, which imports cleanly."""
    source = tmp_path / "hostile.xml"
    source.write_bytes(names_document())
    work = tmp_path / "work"
    work.mkdir()
    result = odatagen(
        "generate",
        source,
        "-o",
        work / "out",
        "--package",
        "pkg",
        "--naming",
        "preserve",
        cwd=work,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout == ""
    warnings = diagnostics_of(result.stderr, "warning")
    assert {w["code"] for w in warnings} >= {"renamed", "skipped"}
    assert all(w["file"] == str(source) and w["line"] for w in warnings)
    assert any("\\n" in w.group(0) for w in warnings)  # escaped, not a line break
    assert {p.split("/")[0] for p in tree(work)} == {"out"}
    assert {p.split("/")[0] for p in tree(tmp_path)} == {"hostile.xml", "work"}
    run_import_check(work / "out")


@pytest.mark.parametrize(
    "package",
    ["../evil", "/tmp/evil", "a/b", "a\\b", "__init__", "", "a.b", "class", "Évil", "a-b",
     "a\x00b", "_runtime", "x" * 300 + "/"],
)  # fmt: skip
def test_cli_refuses_bad_package_names(package: str, tmp_path: Path) -> None:
    source = tmp_path / "m.xml"
    source.write_bytes(csdl(entity("E", "")))
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["generate", str(source), "-o", str(out), "--package", package]
    )
    if (
        result.exit_code == 0
    ):  # accepted: a plain identifier (or the default), inside out
        package = package or "m"
        assert package.isidentifier() and (out / package / "__init__.py").is_file()
        assert tree(tmp_path) - {"m.xml"} == {
            p for p in tree(tmp_path) if p.startswith("out")
        }
    else:
        assert result.exit_code == 2 and "package" in result.output
        assert tree(tmp_path) == {"m.xml"}


@pytest.mark.parametrize(
    "file_name",
    [
        "__init__.xml",
        "class.xml",
        "-.xml",
        "ünï cødé.xml",
        "..xml",
        "import os.xml",
        "_runtime.xml",
    ],
)
def test_cli_default_package_from_odd_file_names(
    file_name: str, tmp_path: Path
) -> None:
    source = tmp_path / file_name
    source.write_bytes(csdl(entity("E", "")))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["generate", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    packages = [p for p in out.iterdir() if (p / "__init__.py").is_file()]
    assert len(packages) == 1 and packages[0].name.isidentifier()
    assert not keyword.iskeyword(packages[0].name)
    assert tree(tmp_path) - {file_name} == {
        p for p in tree(tmp_path) if p.startswith("out")
    }


# -- XML attacks: refused before anything is fetched, with bounded memory -------------
BODY = (
    '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">'
    '<edmx:DataServices><Schema Namespace="NS" xmlns="http://docs.oasis-open.org/odata/ns/edm">'
    '<EntityType Name="E{name}"><Key><PropertyRef Name="Id"/></Key>'
    '<Property Name="Id" Type="Edm.Guid"/><Property Name="P" Type="Edm.String">'
    '<Annotation Term="Core.Description">{text}</Annotation></Property></EntityType>'
    "</Schema></edmx:DataServices></edmx:Edmx>\n"
)
LAUGHS = "".join(
    f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol" * 30}">' for i in range(10)
)


class Listener:
    """A local TCP port that records every connection: proof that nothing is fetched."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    def accept(self) -> None:
        while self.running:
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def attack_documents(port: int, secret: Path) -> dict[str, bytes]:
    url = f"http://127.0.0.1:{port}"
    xxe = f'<!ENTITY x SYSTEM "file://{secret}"><!ENTITY y SYSTEM "{url}/y">'
    parameter = f'<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;'
    body = BODY.format(name="&x;", text="&y;")
    laughs = BODY.format(name="&l9;", text="&l9;")
    declaration = '<?xml version="1.0" encoding="utf-8"?>\n'
    return {
        "xxe": f"{declaration}<!DOCTYPE edmx:Edmx [{xxe}]>\n{body}".encode(),
        "external-dtd": f'{declaration}<!DOCTYPE edmx:Edmx SYSTEM "{url}/x.dtd">\n{BODY.format(name="", text="")}'.encode(),
        "parameter-entity": f"{declaration}<!DOCTYPE edmx:Edmx [{parameter}{xxe}]>\n{body}".encode(),
        "billion-laughs": f"{declaration}<!DOCTYPE edmx:Edmx [{LAUGHS}]>\n{laughs}".encode(),
        "utf-16": f'<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE edmx:Edmx [{xxe}{LAUGHS}]>\n{body}'.encode(
            "utf-16"
        ),
        "utf-16-no-bom": f'<?xml version="1.0" encoding="UTF-16LE"?>\n<!DOCTYPE edmx:Edmx [{xxe}]>\n{body}'.encode(
            "utf-16-le"
        ),
        "after-comments": (
            f"{declaration}<!-- {'x' * 70_000} -->\n<?pi {'y' * 70_000}?>\n"
            f"<!DOCTYPE edmx:Edmx [{xxe}{LAUGHS}]>\n{body}"
        ).encode(),
        "after-whitespace": f"{declaration}{' ' * 70_000}\n<!doctype edmx:Edmx [{xxe}]>\n{body}".encode(),
        "bom": f"\ufeff{declaration}<!DOCTYPE edmx:Edmx [{xxe}]>\n{body}".encode(),
        "endless-prolog": f"{declaration}<!-- {'x' * 1_100_000}".encode(),
    }


@pytest.mark.parametrize(
    "attack",
    ["xxe", "external-dtd", "parameter-entity", "billion-laughs", "utf-16", "utf-16-no-bom",
     "after-comments", "after-whitespace", "bom", "endless-prolog"],
)  # fmt: skip
def test_xml_attacks_are_refused_before_any_fetch(
    attack: str, tmp_path: Path, listener: Listener
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    source = tmp_path / f"{attack}.xml"
    source.write_bytes(attack_documents(listener.port, secret)[attack])
    started = time.monotonic()
    result = odatagen("generate", source, "-o", tmp_path / "out", "--package", "p")
    assert time.monotonic() - started < 30
    assert result.returncode == 2, result.stderr
    (error,) = diagnostics_of(result.stderr, "error")
    assert error["file"] == str(source)
    assert error["code"] == ("xml-syntax" if attack == "endless-prolog" else "dtd")
    assert "TOP-SECRET" not in result.stdout + result.stderr
    assert not (tmp_path / "out").exists()
    time.sleep(0.3)
    assert listener.connections == 0


@pytest.mark.parametrize(
    "reference",
    [
        "&#0;",
        "&#1;",
        "&#xFFFE;",
        "&#xD800;",
        "&#x110000;",
        "&undefined;",
        "\x00",
        "\x1b[31m",
    ],
)
def test_invalid_characters_fail_cleanly(reference: str) -> None:
    metadata = csdl(f'<EntityType Name="E{reference}"/>')
    files, errors = outcome(metadata)
    assert files is None and [e.code for e in errors] == ["xml-syntax"]
    assert all(e.line > 0 for e in errors)


def measured(
    *args: str | Path,
) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """The command in a child process: (result, seconds, peak RSS in MB of children).
    Run in a fresh interpreter so that the RSS of earlier children does not count."""
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "start = time.monotonic()\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps([r.returncode, r.stdout.decode('utf-8', 'replace'),"
        " r.stderr.decode('utf-8', 'replace'), time.monotonic() - start,"
        " usage.ru_maxrss / 1024]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, sys.executable, "-m", "odatagen", *map(str, args)],
        capture_output=True, text=True, timeout=TIMEOUT, cwd=REPO, check=False,
    )  # fmt: skip
    code, stdout, stderr, seconds, rss = json.loads(result.stdout)
    return subprocess.CompletedProcess(args, code, stdout, stderr), seconds, rss


def write_big(path: Path, size: int, tags: bool) -> None:
    """A document of `size` bytes written streaming: a valid one with a huge
    description, or (tags) one of tiny elements."""
    head, tail = BODY.format(name="", text="").split("</Annotation>")
    chunk = (
        "<b x='1'>t</b>" if tags else "lorem ipsum &quot;&quot;&quot; \\ {{ x }} "
    ) * 4096
    with path.open("w") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n' + head)
        written = len(head)
        while written < size:
            out.write(chunk)
            written += len(chunk)
        out.write("</Annotation>" + tail)


BIG = {"200MB-description": (200_000_000, False), "2.5M-tags": (30_000_000, True)}


@pytest.mark.parametrize("case", BIG)
def test_big_documents_are_refused_with_bounded_memory(
    case: str, tmp_path: Path
) -> None:
    size, tags = BIG[case]
    source = tmp_path / "big.xml"
    write_big(source, size, tags)
    result, seconds, rss = measured(
        "generate", source, "-o", tmp_path / "out", "--package", "p"
    )
    (error,) = diagnostics_of(result.stderr, "error")
    assert result.returncode == 2 and error["code"] == "too-big"
    assert error["file"] == str(source)
    print(f"{case}: {seconds:.1f} s, peak RSS {rss:.0f} MB")
    assert seconds < 20
    assert rss < 2.5 * size / 1e6 + 150  # the document is read once, never parsed
    assert not (tmp_path / "out").exists()


def test_billion_laughs_memory_and_time(tmp_path: Path) -> None:
    source = tmp_path / "laughs.xml"
    source.write_bytes(attack_documents(9, tmp_path / "none")["utf-16"])
    result, seconds, rss = measured("generate", source, "-o", tmp_path / "out")
    assert result.returncode == 2 and "(dtd)" in result.stderr
    print(f"billion laughs (UTF-16): {seconds:.1f} s, peak RSS {rss:.0f} MB")
    assert seconds < 10 and rss < 200


def test_deep_nesting_in_a_huge_document(tmp_path: Path) -> None:
    """Past 50 MB the parser allows 2,048 levels: annotation values deeper than Python's
    recursion limit are cut, and the long description is cut in the docstring."""
    nested = "<Collection>" * 2000 + "<String>x</String>" + "</Collection>" * 2000
    head, tail = BODY.format(name="", text="").split(
        '<Annotation Term="Core.Description">'
    )
    source = tmp_path / "deep.xml"
    with source.open("w") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n' + head)
        out.write(f'<Annotation Term="Core.Example">{nested}</Annotation>')
        out.write('<Annotation Term="Core.Description" String="')
        for _ in range(52):
            out.write("deep " * 200_000)
        out.write('"/>' + tail.removeprefix("</Annotation>"))
    result, seconds, rss = measured(
        "generate", source, "-o", tmp_path / "out", "--package", "p"
    )
    assert result.returncode == 0, result.stderr[-2000:]
    print(f"deep 52 MB document: {seconds:.1f} s, peak RSS {rss:.0f} MB")
    module = (tmp_path / "out" / "p" / "entities" / "e.py").read_text("utf-8")
    assert len(module) < 20_000 and "deep deep" in module
