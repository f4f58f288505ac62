"""Annotation values (CSDL constant and dynamic expressions) reduced to plain data.

Namespace-agnostic: OData 3 documents use the same element names as OData 4 in the
older EDM namespaces.
"""

from __future__ import annotations

from lxml import etree

from odatagen.schema import AnnotationValue, Record

_CONSTANTS = (
    "String",
    "Bool",
    "Int",
    "Float",
    "Decimal",
    "EnumMember",
    "Date",
    "DateTimeOffset",
    "TimeOfDay",
    "Duration",
    "Guid",
    "Binary",
    "Path",
    "PropertyPath",
    "NavigationPropertyPath",
    "AnnotationPath",
)


def _constant(kind: str, text: str) -> AnnotationValue:
    text = text.strip() if kind != "String" else text
    if kind == "Bool":
        return text.lower() == "true"
    if kind == "Int":
        try:
            return int(text)
        except ValueError:
            return text
    if kind == "Float":
        try:
            return float(text)
        except ValueError:
            return text
    return text


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


# Deeper values are read as null: real ones nest 3 or 4 levels, and a hostile document
# may nest 2,048 (libxml2's limit for big documents), past Python's recursion limit.
MAX_DEPTH = 32


def annotation_value(element: etree._Element, depth: int = 0) -> AnnotationValue:
    """The value of an `Annotation` or `PropertyValue`: from its constant attribute
    (`String="…"`, `Bool="true"`…) or from its single child expression."""
    for kind in _CONSTANTS:
        text = element.get(kind)
        if text is not None:
            return _constant(kind, text)
    for child in element:
        if _local(child) != "Annotation" and isinstance(child.tag, str):
            return expression(child, depth + 1)
    return True if _local(element) == "Annotation" else None


def expression(element: etree._Element, depth: int = 0) -> AnnotationValue:
    kind = _local(element)
    if kind in _CONSTANTS:
        return _constant(kind, element.text or "")
    if depth > MAX_DEPTH:
        return None
    if kind == "Collection":
        return tuple(
            expression(c, depth + 1) for c in element if isinstance(c.tag, str)
        )
    if kind == "Record":
        members = tuple(
            (c.get("Property", ""), annotation_value(c, depth + 1))
            for c in element
            if _local(c) == "PropertyValue"
        )
        return Record(element.get("Type", ""), members)
    if kind == "Null":
        return None
    return None
