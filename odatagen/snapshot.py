"""The normalised schema snapshot written to a package's `_schema.json` (read by `diff`).

Plain JSON of the resolved schema: attrs classes become objects holding only the fields
that differ from their defaults, so the file stays small and stable; line numbers and
other fields excluded from equality are left out.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from odatagen.schema import Record, Schema, TypeRef

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
    if isinstance(value, TypeRef) and value.type_definition is None:
        return type_text(value)
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
