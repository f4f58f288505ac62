"""Reading `$metadata`: bytes -> raw document -> resolved `Schema`, with diagnostics."""

from __future__ import annotations

from odatagen.diagnostics import Collector, GenerationError
from odatagen.edmx import csdl1, csdl4, xml
from odatagen.edmx.raw import RawDocument
from odatagen.resolve import resolve
from odatagen.schema import Schema


def read_raw(data: bytes, file: str, diagnostics: Collector) -> RawDocument:
    root = xml.parse(data, file)
    namespace, name = xml.namespace_of(root), xml.local_name(root)
    if name == "Edmx" and namespace == xml.EDMX_V4:
        return csdl4.read(root, file, diagnostics)
    if name == "Edmx" and namespace == xml.EDMX_V1:
        return csdl1.read(root, file, diagnostics)
    found = f"{{{namespace}}}{name}" if namespace else name
    diagnostics.error(
        "wrong-root",
        f"the root element is <{found}>, expected edmx:Edmx (an OData $metadata document)",
        xml.line_of(root),
        name,
    )
    raise GenerationError(diagnostics.errors)


def load(
    data: bytes, file: str, custom_prefix: str | None = "Usr"
) -> tuple[Schema, Collector]:
    """Read and resolve a document. Raises GenerationError when it has errors."""
    diagnostics = Collector(file)
    raw = read_raw(data, file, diagnostics)
    schema = resolve(raw, diagnostics, custom_prefix)
    diagnostics.raise_if_errors()
    return schema, diagnostics
