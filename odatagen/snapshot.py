"""The normalised schema snapshot written to a package's `_schema.json` (read by `diff`).

Plain JSON of the resolved schema: attrs classes become objects holding only the fields
that differ from their defaults, so the file stays small and stable; line numbers and
other fields excluded from equality are left out.
"""

from __future__ import annotations

import json
import types
import typing
from typing import Any

import attrs

from odatagen import schema as schema_module
from odatagen.schema import AnnotationValue, Record, Schema, TypeRef

FORMAT = 1


def type_text(ref: TypeRef) -> str:
    """`Edm.Guid`, `enum:NS.Color`, `Collection(complex:NS.Address)`: a type in one string."""
    text = ref.name if ref.kind == "primitive" and ref.primitive == ref.name else ""
    text = text or f"{ref.kind}:{ref.name}"
    return f"Collection({text})" if ref.collection else text


_NO_DEFAULT = object()
_FIELDS: dict[type, list[tuple[str, Any]]] = {}


def _fields(cls: type) -> list[tuple[str, Any]]:
    """(name, default) of the fields that take part in equality."""
    found = _FIELDS.get(cls)
    if found is None:
        found = []
        for field in attrs.fields(cls):
            if field.eq:
                default = field.default
                if default is attrs.NOTHING:
                    default = _NO_DEFAULT
                elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    default = default.factory()
                found.append((field.name, default))
        _FIELDS[cls] = found
    return found


def to_data(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if (
        isinstance(value, TypeRef)
        and value.type_definition is None
        and value.kind != "enum"
    ):
        return type_text(value)  # enums keep their underlying type in the long form
    if isinstance(value, Record):
        members = [[k, to_data(v)] for k, v in value.members]
        return {"$record": value.type, "members": members}
    if attrs.has(type(value)):
        result: dict[str, Any] = {}
        for name, default in _fields(type(value)):
            item = getattr(value, name)
            if item is not default and item != default:
                result[name] = to_data(item)
        return result
    if isinstance(value, dict):
        return {k: to_data(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    return value


def snapshot(schema: Schema) -> dict[str, Any]:
    data: dict[str, Any] = {"format": FORMAT}
    data.update(to_data(schema))
    return data


def dumps(data: dict[str, Any]) -> str:
    """JSON with one line per top-level item and per type, set or operation: compact
    enough to write fast, line-oriented enough for readable diffs."""
    lines = ["{"]
    items = list(data.items())
    for number, (key, value) in enumerate(items):
        comma = "," if number < len(items) - 1 else ""
        if isinstance(value, (dict, list)) and value:
            opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
            lines.append(f" {json.dumps(key)}: {opening}")
            entries = value.items() if isinstance(value, dict) else enumerate(value)
            rendered = [
                (
                    f"  {json.dumps(k, ensure_ascii=False)}: "
                    if isinstance(value, dict)
                    else "  "
                )
                + json.dumps(v, ensure_ascii=False, separators=(",", ":"))
                for k, v in entries
            ]
            lines.append(",\n".join(rendered))
            lines.append(f" {closing}{comma}")
        else:
            lines.append(
                f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}"
            )
    lines.append("}")
    return "\n".join(lines) + "\n"


def type_from_text(text: str) -> TypeRef:
    collection = text.startswith("Collection(") and text.endswith(")")
    inner = text[11:-1] if collection else text
    kind, colon, name = inner.partition(":")
    if not colon:
        return TypeRef("primitive", inner, inner, collection)
    return TypeRef(kind, name, "", collection)  # type: ignore[arg-type]


def _annotation_value(data: Any) -> AnnotationValue:
    if isinstance(data, dict) and "$record" in data:
        members = tuple((k, _annotation_value(v)) for k, v in data.get("members", []))
        return Record(data["$record"], members)
    if isinstance(data, list):
        return tuple(_annotation_value(v) for v in data)
    return data  # type: ignore[no-any-return]


def _from(hint: Any, data: Any) -> Any:
    """Rebuild a value of type `hint` from its `to_data` form."""
    if hint is TypeRef:
        return type_from_text(data) if isinstance(data, str) else _build(TypeRef, data)
    if attrs.has(hint):
        return _build(hint, data)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if Record in args:  # AnnotationValue, with its forward references resolved
        return _annotation_value(data)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        options = [a for a in args if a is not type(None)]
        return _from(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from(args[0], v) for v in data)
        return tuple(_from(a, v) for a, v in zip(args, data))
    if origin is dict:
        return {k: _from(args[1], v) for k, v in data.items()}
    return data


_HINTS: dict[type, dict[str, Any]] = {}


def _build(cls: type, data: dict[str, Any]) -> Any:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls, vars(schema_module))
    return cls(**{name: _from(hints[name], value) for name, value in data.items()})


def from_data(data: dict[str, Any]) -> Schema:
    """The Schema a snapshot was made from (as far as equality goes: no line numbers)."""
    if data.get("format") != FORMAT:
        raise ValueError(f"unsupported snapshot format {data.get('format')!r}")
    fields = {a.name for a in attrs.fields(Schema)}
    schema: Schema = _build(Schema, {k: v for k, v in data.items() if k in fields})
    return schema
