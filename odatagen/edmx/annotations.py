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


def annotation_value(element: etree._Element) -> AnnotationValue:
    """The value of an `Annotation` or `PropertyValue`: from its constant attribute
    (`String="…"`, `Bool="true"`…) or from its single child expression."""
    for kind in _CONSTANTS:
        text = element.get(kind)
        if text is not None:
            return _constant(kind, text)
    for child in element:
        if _local(child) != "Annotation" and isinstance(child.tag, str):
            return expression(child)
    return True if _local(element) == "Annotation" else None


def expression(element: etree._Element) -> AnnotationValue:
    kind = _local(element)
    if kind in _CONSTANTS:
        return _constant(kind, element.text or "")
    if kind == "Collection":
        return tuple(expression(c) for c in element if isinstance(c.tag, str))
    if kind == "Record":
        members = tuple(
            (c.get("Property", ""), annotation_value(c))
            for c in element
            if _local(c) == "PropertyValue"
        )
        return Record(element.get("Type", ""), members)
    if kind == "Null":
        return None
    return None
