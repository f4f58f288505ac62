"""Stream properties (`SysImage(<id>)/Data`): GET returns the bytes with their content
type (the one sent with PUT, else the row's `MimeType`), 204 when empty; PUT -> 200;
DELETE -> 204; a missing row -> 404."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from odatagen.emulator.errors import not_found
from odatagen.emulator.model import EntitySetModel
from odatagen.emulator.store import content_type_column

if TYPE_CHECKING:
    from odatagen.emulator.service import ODataService, Request, Response


def handle(
    service: ODataService,
    request: Request,
    entity_set: EntitySetModel,
    keys: dict[str, Any],
    name: str,
) -> Response:
    from odatagen.emulator.service import Response, not_allowed

    store = service.store
    table = store.table(entity_set.name)
    content_type = content_type_column(name)
    clauses = [table.c[k] == v for k, v in keys.items()]
    wanted = [table.c[name], table.c[content_type]]
    if "MimeType" in entity_set.columns:
        wanted.append(table.c["MimeType"])
    rows = store.rows(sa.select(*wanted).where(*clauses))
    if not rows:
        raise not_found()
    if request.method == "GET":
        data = rows[0][name]
        if data is None:
            return Response(204)
        kind = rows[0][content_type] or rows[0].get("MimeType")
        return Response(200, {"content-type": kind or "application/octet-stream"}, data)
    if request.method not in ("PUT", "DELETE"):
        return not_allowed(request.method)
    values: dict[str, Any] = {name: None, content_type: None}
    if request.method == "PUT":
        kind = request.headers.get("content-type") or "application/octet-stream"
        values = {name: request.body, content_type: kind}
    service.stamp(entity_set, values, request.user_contact, created=False)
    store.update(entity_set.name, keys, values)
    return Response(200 if request.method == "PUT" else 204)
