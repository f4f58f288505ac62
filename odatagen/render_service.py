"""``_client.py`` and its stub ``_client.pyi``, as template contexts: ``Client`` and
``AsyncClient`` with the entity-set table (the runtime makes an accessor on first use)
and the unbound operations; the stub declares one annotated accessor per entity set.

Accessors are annotations in a stub: 1,400 sets cost the running program one string (no
imports, no annotations to build, a much smaller ``.pyc``), while editors and type
checkers, which read the stub, see every one. The stub is laid out as black lays out
stubs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from odatagen.pysource import INDENT, docstring, fits, py_str

if TYPE_CHECKING:
    from odatagen.pysource import Layout
    from odatagen.render import Renderer

# Namespaces of Creatio's OData 4 service (and of its BPMSoft fork).
CREATIO_NAMESPACES = ("Terrasoft.Configuration.OData", "BPMSoft.Configuration.OData")


def is_creatio(namespaces: tuple[tuple[str, str], ...]) -> bool:
    return any(namespace in CREATIO_NAMESPACES for namespace, _ in namespaces)


def annotation_lines(layout: Layout, name: str, annotation: str) -> list[str]:
    """`name: Annotation` in a class body; black wraps a long annotation in brackets."""
    line = f"{INDENT}{name}: {annotation}"
    if fits(line):
        return [line]
    inner = f"{INDENT * 2}{annotation}"
    return [layout.line(f"{INDENT}{name}: ("), layout.line(inner), f"{INDENT})"]


def _typing_import(names: list[str]) -> list[str]:
    """`from typing import …` and a blank line, or nothing."""
    return [f"from typing import {', '.join(names)}", ""] if names else []


def _with_blank(lines: list[str]) -> list[str]:
    return [*lines, ""] if lines else []


class ServiceParts:
    def __init__(self, renderer: Renderer) -> None:
        self.r = renderer
        self.schema = renderer.schema
        self.names = renderer.names

    def unbound(self) -> list[tuple[int, str, str]]:
        """(operation index, method, import name) of the operation imports."""
        first: dict[str, int] = {}  # qualified name -> its first unbound overload
        for index, operation in enumerate(self.schema.operations):
            if not operation.bound:
                first.setdefault(f"{operation.namespace}.{operation.name}", index)
        return [
            (
                first[imported.operation],
                self.names.unbound[imported.name],
                imported.name,
            )
            for imported in self.schema.operation_imports
            if imported.operation in first
        ]

    # -- _client.py and _client.pyi -------------------------------------------------
    def client_contexts(
        self, layout: Layout, stub_layout: Layout, title: str
    ) -> tuple[dict[str, object], dict[str, object]]:
        """The contexts of ``_client.py`` and of its stub ``_client.pyi``."""
        table: list[str] = []
        stub_sync: list[str] = []
        stub_async: list[str] = []
        set_imports: dict[str, set[str]] = {}
        for entity_set in self.schema.entity_sets.values():
            qname = entity_set.entity_type
            if entity_set.singleton or qname not in self.names.set_classes:
                continue
            accessor = self.names.accessors[entity_set.name]
            sync_class, async_class = self.names.set_classes[qname]
            module = self.names.modules[qname]
            row = [accessor, entity_set.name, module, sync_class, async_class]
            # Identifiers and dotted modules only (decided by naming): safe in a string.
            assert all(part.replace(".", "_").isidentifier() for part in row)
            table.append(" ".join([*row, self.names.classes[qname]]))
            set_imports.setdefault(module, set()).update((sync_class, async_class))
            stub_sync += annotation_lines(stub_layout, accessor, sync_class)
            stub_async += annotation_lines(stub_layout, accessor, async_class)
        sync_ops, async_ops, needs, refs = self.unbound_methods(layout, stub=False)
        stub_sync_ops, stub_async_ops, _, _ = self.unbound_methods(
            stub_layout, stub=True
        )
        stub_sync += stub_sync_ops
        stub_async += stub_async_ops
        checking: dict[str, set[str]] = {}
        for ref in refs:
            checking.setdefault(self.names.modules[ref], set()).add(
                self.names.classes[ref]
            )
        for module, names in checking.items():
            set_imports.setdefault(module, set()).update(names)
        imports = [f"import {module}" for module in sorted(needs - {"typing"})]
        any_ = ["Any"] if "typing" in needs else []
        flavor = "creatio" if is_creatio(self.schema.namespaces) else "standard"
        shared: dict[str, object] = {
            "client_doc": docstring(self.client_doc(title, False), INDENT),
            "async_doc": docstring(self.client_doc(title, True), INDENT),
        }
        source: dict[str, object] = {
            **shared,
            "header": imports
            + _typing_import([*any_, *(["TYPE_CHECKING"] if checking else [])]),
            "checking": self.import_block(layout, INDENT, checking),
            "sets": table,
            "flavor": py_str(flavor),
            "sync_body": sync_ops,
            "async_body": async_ops,
        }
        stub: dict[str, object] = {
            **shared,
            "header": _with_blank(imports + ["from typing import Any"] * bool(any_)),
            "set_imports": self.import_block(stub_layout, "", set_imports),
            "sync_body": self.stub_body(stub_sync),
            "async_body": self.stub_body(stub_async),
        }
        return source, stub

    def unbound_methods(
        self, layout: Layout, stub: bool
    ) -> tuple[list[str], list[str], set[str], set[str]]:
        """The unbound operations as (sync, async) method lines, and what they need."""
        needs: set[str] = set()
        refs: set[str] = set()
        sync_lines: list[str] = []
        async_lines: list[str] = []
        for index, method, wire in self.unbound():
            for is_async, lines in ((False, sync_lines), (True, async_lines)):
                lines += self.r.client.operation(
                    index, layout, is_async, needs, refs, method=method, wire=wire,
                    stub=stub,
                )  # fmt: skip
        return sync_lines, async_lines, needs, refs

    @staticmethod
    def stub_body(lines: list[str]) -> list[str]:
        """A stub class body after its docstring: a blank line, then the members."""
        return lines if not lines or lines[0] == "" else ["", *lines]

    @staticmethod
    def import_block(
        layout: Layout, indent: str, modules: dict[str, set[str]]
    ) -> list[str]:
        lines: list[str] = []
        for module in sorted(modules):
            lines += layout.from_import(indent, f".{module}", sorted(modules[module]))
        return lines

    def client_doc(self, title: str, is_async: bool) -> list[str]:
        name = "AsyncClient" if is_async else "Client"
        package = self.names.package
        first = next(iter(self.names.accessors.values()), "contact")
        with_ = "async with" if is_async else "with"
        example = (
            f"``{with_} {name}(site_url, auth=FormsAuth(user, password)) as client:`` "
            f"then ``client.{first}.query()``."
        )
        what = "asynchronous " if is_async else ""
        return [f"A {what}client of {title or package}: one attribute per entity set.",
                example]  # fmt: skip
