"""The OData service below the root: routing, reads, writes, streams, `$metadata`.
Synchronous (it runs in a worker thread): `handle(Request) -> Response`."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from odatagen.emulator import batch, streams
from odatagen.emulator.errors import (
    EmulatorFault,
    bad_request,
    method_not_allowed,
    not_found,
    server_error,
    unknown_controller,
)
from odatagen.emulator.faults import Faults
from odatagen.emulator.model import EntitySetModel, Model, Navigation
from odatagen.emulator.query import Options, parse_options, parse_query_string
from odatagen.emulator.reads import Entity, Reader
from odatagen.emulator.settings import Settings
from odatagen.emulator.store import Store
from odatagen.emulator.values import decode, key_text, now, parse_key

log = logging.getLogger("odatagen.emulator")
JSON_TYPE = "application/json; odata.metadata=minimal; charset=utf-8"
VERSION = {"odata-version": "4.0"}


@dataclass
class Request:
    method: str
    path: str  # below the OData root, percent-decoded, no leading "/"
    query: str  # raw query string
    headers: dict[str, str]  # lower-case names
    body: bytes
    base: str  # "http://127.0.0.1:8000"
    user_contact: str  # CreatedById/ModifiedById of writes

    @property
    def ieee754(self) -> bool:
        both = self.headers.get("accept", "") + self.headers.get("content-type", "")
        return "ieee754compatible=true" in both.lower().replace(" ", "")

    def prefers(self, token: str) -> bool:
        return token in self.headers.get("prefer", "").lower()


@dataclass
class Response:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @classmethod
    def json(cls, status: int, payload: Any, **headers: str) -> Response:
        return cls(
            status,
            {"content-type": JSON_TYPE, **VERSION, **headers},
            json.dumps(payload, separators=(",", ":")).encode(),
        )

    @classmethod
    def fault(cls, fault: EmulatorFault) -> Response:
        headers = {"content-type": "application/json; charset=utf-8", **fault.headers}
        return cls(fault.status, headers, fault.body())


class ODataService:
    def __init__(
        self,
        model: Model,
        store: Store,
        settings: Settings,
        metadata: bytes,
        faults: Faults,
    ) -> None:
        self.model = model
        self.store = store
        self.settings = settings
        self.metadata = metadata
        self.etag = '"' + hashlib.sha256(metadata).hexdigest()[:32] + '"'
        self.faults = faults
        self.reader = Reader(model, store, settings.max_rows)

    def root_url(self, request: Request) -> str:
        return request.base + self.settings.odata_root

    def handle(self, request: Request) -> Response:
        try:
            return self._route(request)
        except EmulatorFault as fault:
            return Response.fault(fault)
        except Exception as exc:  # a bug or a database failure: Web API's HttpError
            log.exception("emulator: %s %s failed", request.method, request.path)
            return Response.fault(server_error(str(exc), type(exc).__qualname__))

    # -- routing ----------------------------------------------------------------
    def _route(self, request: Request) -> Response:
        path, method = request.path.strip("/"), request.method
        params = parse_query_string(request.query)
        if path == "$metadata":
            return self._metadata(request) if method == "GET" else not_allowed(method)
        if path == "$batch":
            return batch.run(self, request) if method == "POST" else not_allowed(method)
        if path == "":
            return (
                self._service_document(request)
                if method == "GET"
                else not_allowed(method)
            )
        name, key, rest = _split_path(path)
        if name not in self.model or name in self.faults.rebuilding():
            raise unknown_controller(f"{self.root_url(request)}/{path}", name)
        entity_set = self.model.get(name)
        options = parse_options(params)
        if key is None:
            if rest == ["$count"] and method == "GET":
                return self._count(request, entity_set, options)
            if rest:
                raise bad_request(f"The path '{path}' is not supported.")
            if method == "GET":
                return self._collection(request, entity_set, options)
            return (
                self._create(request, entity_set)
                if method == "POST"
                else not_allowed(method)
            )
        keys = parse_key(entity_set, key)
        if not rest:
            if method == "GET":
                entity = self.reader.entity(entity_set, keys, options, request.ieee754)
                return self._entity(request, entity_set, entity, "/$entity")
            if method == "PATCH":
                return self._update(request, entity_set, keys)
            return (
                self._delete(entity_set, keys)
                if method == "DELETE"
                else not_allowed(method)
            )
        return self._member(request, entity_set, keys, rest, options)

    def _member(
        self,
        request: Request,
        entity_set: EntitySetModel,
        keys: dict[str, Any],
        rest: list[str],
        options: Options,
    ) -> Response:
        name, method = rest[0], request.method
        column = entity_set.columns.get(name)
        if column is not None and column.stream and len(rest) == 1:
            return streams.handle(self, request, entity_set, keys, name)
        navigation = entity_set.navigations.get(name)
        if column is None and navigation is None:
            raise bad_request(
                f"Could not find a property named '{name}' on type '{entity_set.type_name}'."
            )
        if method != "GET" or len(rest) > 2 or rest[1:] not in ([], ["$value"]):
            return not_allowed(method)
        row = self.store.get(entity_set.name, keys)
        if row is None:
            raise not_found()
        if column is not None:
            select = Options(select=[name])
            value = self.reader.shape(entity_set, [row], select, request.ieee754)[0]
            if rest[1:] == ["$value"]:
                text = {"content-type": "text/plain; charset=utf-8"}
                return Response(200, text, str(value[name]).encode())
            member = f"{entity_set.name}({key_text(entity_set, keys)})/{name}"
            context = f"{self.root_url(request)}/$metadata#{member}"
            return Response.json(200, {"@odata.context": context, "value": value[name]})
        assert navigation is not None
        if navigation.target_set is None or navigation.column is None or rest[1:]:
            raise bad_request(f"The navigation '{name}' cannot be followed here.")
        return self._navigation(request, navigation, row, options)

    def _navigation(
        self, request: Request, navigation: Navigation, row: Any, options: Options
    ) -> Response:
        assert navigation.target_set is not None and navigation.column is not None
        target = self.model.get(navigation.target_set)
        if navigation.collection:
            table = self.store.table(target.name)
            extra = [table.c[navigation.column] == row[navigation.target_key]]
            return self._collection(request, target, options, extra)
        if row[navigation.column] is None:
            return Response(204)  # an empty lookup
        found = {navigation.target_key: row[navigation.column]}
        try:
            entity = self.reader.entity(target, found, options, request.ieee754)
        except EmulatorFault as fault:
            if fault.status != 404:
                raise
            return Response(204)  # a dangling lookup reads as empty
        return self._entity(request, target, entity, "/$entity")

    # -- reading ----------------------------------------------------------------
    def _metadata(self, request: Request) -> Response:
        headers = {"content-type": "application/xml; charset=utf-8", "etag": self.etag}
        headers.update(VERSION)
        if request.headers.get("if-none-match") == self.etag:
            return Response(304, {"etag": self.etag})
        return Response(200, headers, self.metadata)

    def _service_document(self, request: Request) -> Response:
        value = [
            {"name": n, "kind": "EntitySet", "url": n} for n in self.model.set_names
        ]
        return Response.json(
            200,
            {"@odata.context": f"{self.root_url(request)}/$metadata", "value": value},
        )

    def _context(
        self, request: Request, entity_set: EntitySetModel, options: Options
    ) -> str:
        selected = f"({','.join(options.select)})" if options.select else ""
        return f"{self.root_url(request)}/$metadata#{entity_set.name}{selected}"

    def _collection(
        self,
        request: Request,
        entity_set: EntitySetModel,
        options: Options,
        extra: list[Any] | None = None,
    ) -> Response:
        entities, count = self.reader.collection(
            entity_set, options, request.ieee754, extra or ()
        )
        payload: dict[str, Any] = {
            "@odata.context": self._context(request, entity_set, options)
        }
        if count is not None:
            payload["@odata.count"] = count
        payload["value"] = entities  # never an @odata.nextLink, like Creatio
        return Response.json(200, payload)

    def _count(
        self, request: Request, entity_set: EntitySetModel, options: Options
    ) -> Response:
        options.count, options.top, options.select, options.expand = True, 0, None, []
        _, count = self.reader.collection(entity_set, options, False)
        return Response(
            200, {"content-type": "text/plain; charset=utf-8"}, str(count).encode()
        )

    def _entity(
        self,
        request: Request,
        entity_set: EntitySetModel,
        entity: Entity,
        suffix: str,
        status: int = 200,
        **headers: str,
    ) -> Response:
        context = f"{self.root_url(request)}/$metadata#{entity_set.name}{suffix}"
        return Response.json(status, {"@odata.context": context, **entity}, **headers)

    # -- writing ----------------------------------------------------------------
    def _body(self, request: Request, entity_set: EntitySetModel) -> dict[str, Any]:
        try:
            data = json.loads(request.body or b"null")
        except ValueError:
            raise bad_request("The request body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise bad_request("The request body must be a JSON object.")
        values: dict[str, Any] = {}
        for name, value in data.items():
            if "@" in name or name in entity_set.navigations:
                continue  # annotations and navigations are ignored, as on Creatio
            column = entity_set.columns.get(name)
            if column is None:
                raise bad_request(
                    f"The property '{name}' does not exist on type "
                    f"'{entity_set.type_name}'. Make sure to only use property names "
                    "that are defined by the type or mark the type as open type."
                )
            if not column.stream:
                values[name] = decode(column, value)
        return values

    def stamp(
        self,
        entity_set: EntitySetModel,
        values: dict[str, Any],
        user: str,
        created: bool,
    ) -> None:
        stamps = {"ModifiedOn": now(), "ModifiedById": user}
        if created:
            stamps.update(CreatedOn=stamps["ModifiedOn"], CreatedById=user)
        for name, value in stamps.items():
            if name in entity_set.columns and name not in entity_set.key:
                values[name] = value

    def _create(self, request: Request, entity_set: EntitySetModel) -> Response:
        values = self._body(request, entity_set)
        for name in entity_set.key:
            if values.get(name) is None:
                if entity_set.columns[name].kind != "Edm.Guid":
                    raise bad_request(f"The key property '{name}' must be given.")
                values[name] = str(uuid.uuid4())
        self.stamp(entity_set, values, request.user_contact, created=True)
        self.store.insert(entity_set.name, [values])
        keys = {name: values[name] for name in entity_set.key}
        location = (
            f"{self.root_url(request)}/{entity_set.name}({key_text(entity_set, keys)})"
        )
        if request.prefers("return=minimal"):
            headers = {"location": location, "preference-applied": "return=minimal"}
            return Response(204, {**headers, "odata-entityid": location})
        entity = self.reader.entity(entity_set, keys, Options(), request.ieee754)
        return self._entity(
            request, entity_set, entity, "/$entity", 201, location=location
        )

    def _update(
        self, request: Request, entity_set: EntitySetModel, keys: dict[str, Any]
    ) -> Response:
        values = self._body(request, entity_set)
        for name in entity_set.key:
            values.pop(name, None)
        self.stamp(entity_set, values, request.user_contact, created=False)
        if not self.store.update(entity_set.name, keys, values):
            raise not_found()
        if request.prefers("return=representation"):
            entity = self.reader.entity(entity_set, keys, Options(), request.ieee754)
            return self._entity(request, entity_set, entity, "/$entity")
        return Response(204)

    def _delete(self, entity_set: EntitySetModel, keys: dict[str, Any]) -> Response:
        if not self.store.delete(entity_set.name, keys):
            raise not_found()
        return Response(204)


def not_allowed(method: str) -> Response:
    return Response.fault(method_not_allowed(method))


def _split_path(path: str) -> tuple[str, str | None, list[str]]:
    """`Contact(8eca…)/Data` -> ("Contact", "8eca…", ["Data"])."""
    name_end = min(
        (i for i in (path.find("("), path.find("/")) if i >= 0), default=len(path)
    )
    name, rest = path[:name_end], path[name_end:]
    key: str | None = None
    if rest.startswith("("):
        quoted, end = False, -1
        for index, char in enumerate(rest):
            if char == "'":
                quoted = not quoted
            elif char == ")" and not quoted:
                end = index
                break
        if end < 0:
            raise bad_request(f"The key in '{path}' is not closed.")
        key, rest = rest[1:end], rest[end + 1 :]
    segments = (
        [s for s in rest.split("/") if s] if rest.startswith("/") or not rest else None
    )
    if segments is None:
        raise bad_request(f"The path '{path}' is not valid.")
    return name, key, segments
