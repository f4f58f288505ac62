"""Rows from Python or a seed file (`{"Contact": [{...}, ...], ...}` by entity-set
name) -> stored rows. Values are written as in an OData JSON body (Guids and dates as
strings, `Edm.Binary` and `Edm.Stream` as base64); Python values (`uuid.UUID`,
`datetime`, `date`, `Decimal`, `bytes`) are accepted too. A stream's content type goes
in `"<Stream>@odata.mediaContentType"`. Missing `Id`s are generated; `CreatedOn`,
`ModifiedOn` default to now and `CreatedById`, `ModifiedById` to the user's contact."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from odatagen.emulator.errors import EmulatorFault
from odatagen.emulator.model import Model
from odatagen.emulator.store import content_type_column
from odatagen.emulator.values import decode, now

SeedSource = str | Path | Mapping[str, Sequence[Mapping[str, Any]]] | None
MEDIA_TYPE = "@odata.mediaContentType"


def read_seed(source: SeedSource) -> dict[str, list[dict[str, Any]]]:
    """A seed file's or mapping's rows by entity set (ValueError when malformed)."""
    if source is None:
        return {}
    if isinstance(source, (str, Path)):
        try:
            data = json.loads(Path(source).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"{source}: cannot read the seed data: {exc}") from None
    else:
        data = source
    if not isinstance(data, Mapping):
        raise ValueError('seed data must be an object: {"Contact": [{...}], ...}')
    seed: dict[str, list[dict[str, Any]]] = {}
    for name, rows in data.items():
        if name.startswith("$"):  # "$comment" and the like
            continue
        if not isinstance(rows, Sequence) or not all(
            isinstance(r, Mapping) for r in rows
        ):
            raise ValueError(f"seed data: {name} must be a list of objects")
        seed[str(name)] = [dict(r) for r in rows]
    return seed


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode()
    return value


def prepare(
    model: Model, name: str, rows: Sequence[Mapping[str, Any]], user_contact: str
) -> list[dict[str, Any]]:
    """Stored rows for entity set `name` (ValueError naming the row and column)."""
    if name not in model:
        raise ValueError(f"seed data: no entity set named {name!r}")
    entity_set = model.get(name)
    stamp = now()
    defaults: dict[str, Any] = {"CreatedOn": stamp, "ModifiedOn": stamp}
    defaults.update(CreatedById=user_contact, ModifiedById=user_contact)
    defaults = {k: v for k, v in defaults.items() if k in entity_set.columns}
    prepared = []
    for index, row in enumerate(rows):
        values: dict[str, Any] = dict(defaults)
        for column_name, raw in row.items():
            where = f"seed data: {name}[{index}].{column_name}"
            if column_name.endswith(MEDIA_TYPE):
                stream = column_name[: -len(MEDIA_TYPE)]
                column = entity_set.columns.get(stream)
                if column is None or not column.stream:
                    raise ValueError(f"{where}: {stream} is not a stream property")
                values[content_type_column(stream)] = str(raw)
                continue
            column = entity_set.columns.get(column_name)
            if column is None:
                raise ValueError(f"{where}: no such property on {entity_set.type_name}")
            value = _plain(raw)
            try:
                if column.stream:
                    values[column_name] = (
                        raw if isinstance(raw, bytes) else base64.b64decode(value)
                    )
                else:
                    values[column_name] = decode(column, value)
            except (EmulatorFault, ValueError, TypeError) as exc:
                raise ValueError(f"{where}: {exc}") from None
        for key in entity_set.key:
            if values.get(key) is None:
                if entity_set.columns[key].kind != "Edm.Guid":
                    raise ValueError(f"seed data: {name}[{index}] has no {key}")
                values[key] = str(uuid.uuid4())
        prepared.append(values)
    return prepared
