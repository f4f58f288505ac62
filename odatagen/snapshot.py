"""The normalised schema snapshot written to a package's `_schema.json` (read by `diff`).

Plain JSON of the resolved schema: attrs classes become objects holding only the fields
that differ from their defaults, so the file stays small and stable; line numbers and
other fields excluded from equality are left out.
"""

from __future__ import annotations

from typing import Any

import attrs

from odatagen.schema import Record, Schema

FORMAT = 1


def to_data(value: Any) -> Any:
    if isinstance(value, Record):
        return {
            "$record": value.type,
            "members": [[k, to_data(v)] for k, v in value.members],
        }
    if attrs.has(type(value)):
        result: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            if not field.eq:
                continue
            item = getattr(value, field.name)
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            if item == default and field.default is not attrs.NOTHING:
                continue
            result[field.name] = to_data(item)
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
