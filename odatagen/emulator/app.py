"""The emulator: an ASGI (Starlette) application over the OData service, with Creatio's
login, logout, OAuth2 token endpoint and login page, the admin endpoints under
`/__emulator`, and fault injection in front of everything else."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import urllib.parse
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from odatagen.edmx import load
from odatagen.emulator import service as odata
from odatagen.emulator.auth import Auth
from odatagen.emulator.errors import AspNetError, denied
from odatagen.emulator.faults import Faults, FaultSettings
from odatagen.emulator.model import Model
from odatagen.emulator.query import Options
from odatagen.emulator.seed import SeedSource, prepare, read_seed
from odatagen.emulator.settings import ADMIN, LOGIN, LOGIN_PAGE, LOGOUT, TOKEN, Settings
from odatagen.emulator.store import Store

log = logging.getLogger("odatagen.emulator")
LOGIN_HTML = """<!DOCTYPE html>
<html><head><title>Creatio</title></head>
<body><form id="loginForm" method="post">
<label>User name <input name="UserName"/></label>
<label>Password <input name="UserPassword" type="password"/></label>
</form></body></html>
"""


class Emulator:
    """One emulated Creatio site: schema, storage, sessions, faults and the ASGI app.

    `metadata` is a `$metadata` file or its bytes; `seed` a seed file or mapping."""

    def __init__(
        self,
        metadata: bytes | str | Path,
        *,
        settings: Settings | None = None,
        seed: SeedSource = None,
        faults: FaultSettings | None = None,
        source_name: str = "<metadata>",
    ) -> None:
        if isinstance(metadata, (str, Path)):
            source_name = str(metadata)
            metadata = Path(metadata).read_bytes()
        self.settings = settings or Settings()
        self.schema = load(metadata, source_name)[0]
        self.model = Model(self.schema)
        self.store = Store(self.model, self.settings.database)
        self.auth = Auth(self.settings)
        self.faults = Faults(faults, on_expire=self.auth.expire_all)
        self.service = odata.ODataService(
            self.model, self.store, self.settings, metadata, self.faults
        )
        self.seed = read_seed(seed)
        self._load_seed()
        self.app: ASGIApp = FaultMiddleware(_routes(self), self)

    # -- Python API (tests) -------------------------------------------------------
    def insert(self, entity_set: str, rows: Sequence[Mapping[str, Any]]) -> list[str]:
        """Insert rows directly (no HTTP; fast for thousands); returns their keys.
        Values as in `seed.py`; missing Ids are generated."""
        contact = self.settings.user_contact_id
        prepared = prepare(self.model, entity_set, rows, contact)
        self.store.insert(entity_set, prepared)
        key = self.model.get(entity_set).key
        return [",".join(str(row[k]) for k in key) for row in prepared]

    def rows(self, entity_set: str) -> list[dict[str, Any]]:
        """Every row of a set as OData JSON (sentinels included, no streams, no
        20,000-row cap)."""
        model = self.model.get(entity_set)
        table = self.store.table(entity_set)
        rows = self.store.rows(sa.select(*[table.c[n] for n in model.data_columns]))
        return self.service.reader.shape(model, rows, Options(), False)

    def reset(self) -> None:
        """Delete all data, then load the seed again; sessions stay."""
        self.store.clear()
        self._load_seed()

    def expire_sessions(self) -> None:
        self.auth.expire_all()

    def close(self) -> None:
        self.store.close()

    def _load_seed(self) -> None:
        contact = self.settings.user_contact_id
        for name, rows in self.seed.items():
            self.store.insert(name, prepare(self.model, name, rows, contact), True)
        if self.settings.create_user_contact and "Contact" in self.model:
            columns = self.model.get("Contact").columns
            wanted = "Name" in columns and self.model.get("Contact").key == ("Id",)
            if wanted and self.store.get("Contact", {"Id": contact}) is None:
                row = prepare(
                    self.model,
                    "Contact",
                    [{"Id": contact, "Name": "Supervisor"}],
                    contact,
                )
                self.store.insert("Contact", row)


def _routes(emulator: Emulator) -> Starlette:
    settings, auth = emulator.settings, emulator.auth
    root = settings.odata_root

    async def login(request: Request) -> Response:
        reply, cookies = auth.login(await request.body())
        response = JSONResponse(reply)
        for cookie in cookies:
            response.headers.append("set-cookie", cookie)
        return response

    async def logout(request: Request) -> Response:
        auth.logout(dict(request.cookies))
        return Response(b"", 200, media_type="application/json")

    async def token(request: Request) -> Response:
        kind = request.headers.get("content-type", "")
        if not kind.startswith("application/x-www-form-urlencoded"):
            return JSONResponse({"error": "invalid_request"}, 400)
        form = dict(urllib.parse.parse_qsl((await request.body()).decode("latin-1")))
        status, reply = auth.token(form, _basic(request.headers.get("authorization")))
        return JSONResponse(reply, status, headers={"cache-control": "no-store"})

    async def discovery(request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        return JSONResponse(
            {
                "issuer": base,
                "token_endpoint": base + TOKEN,
                "grant_types_supported": ["client_credentials"],
                "token_endpoint_auth_methods_supported": [
                    "client_secret_post",
                    "client_secret_basic",
                ],
            }
        )

    async def login_page(request: Request) -> Response:
        return HTMLResponse(LOGIN_HTML)

    async def ping(request: Request) -> Response:
        return JSONResponse(True)

    async def odata_request(request: Request) -> Response:
        principal = auth.check(dict(request.cookies), dict(request.headers))
        if isinstance(principal, str):
            return _refused(principal, request, settings)
        sub = odata.Request(
            method=request.method,
            path=request.url.path[len(root) :].lstrip("/"),
            query=request.scope.get("query_string", b"").decode("latin-1"),
            headers=dict(request.headers),
            body=await request.body(),
            base=str(request.base_url).rstrip("/"),
            user_contact=principal.contact_id,
        )
        answer = await run_in_threadpool(emulator.service.handle, sub)
        return Response(answer.body, answer.status, headers=answer.headers)

    methods = ["GET", "POST", "PATCH", "PUT", "DELETE", "MERGE", "HEAD", "OPTIONS"]
    ping_path = (
        "/0/api/HealthCheck/Ping" if root == "/0/odata" else "/api/HealthCheck/Ping"
    )
    routes = [
        Route(LOGIN, login, methods=["POST"]),
        Route("/0" + LOGIN, login, methods=["POST"]),
        Route(LOGOUT, logout, methods=["POST"]),
        Route("/0" + LOGOUT, logout, methods=["POST"]),
        Route(TOKEN, token, methods=["POST"]),
        Route("/.well-known/openid-configuration", discovery, methods=["GET"]),
        Route(LOGIN_PAGE, login_page, methods=["GET"]),
        Route(ping_path, ping, methods=["GET"]),
        Route(root, odata_request, methods=methods),
        Route(root + "/{path:path}", odata_request, methods=methods),
        *_admin_routes(emulator),
    ]
    return Starlette(routes=routes)


def _admin_routes(emulator: Emulator) -> list[Route]:
    async def health(request: Request) -> Response:
        auth = emulator.auth
        return JSONResponse(
            {
                "status": "ok",
                "odata_root": emulator.settings.odata_root,
                "sessions": len(auth.sessions),
                "tokens": len(auth.tokens),
                "logins": auth.logins,
            }
        )

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            emulator.faults.clear()
        elif request.method == "POST":
            try:
                changes = json.loads(await request.body() or b"{}")
                if not isinstance(changes, dict):
                    raise ValueError("expected a JSON object")
                emulator.faults.update(changes)
            except ValueError as exc:
                return JSONResponse({"error": str(exc)}, 400)
        return JSONResponse(emulator.faults.snapshot())

    async def reset(request: Request) -> Response:
        await run_in_threadpool(emulator.reset)
        return Response(status_code=204)

    async def data(request: Request) -> Response:
        try:
            seed = read_seed(json.loads(await request.body() or b"{}"))
            for name, rows in seed.items():
                await run_in_threadpool(emulator.insert, name, rows)
        except ValueError as exc:
            return JSONResponse({"error": str(exc)}, 400)
        return JSONResponse({name: len(rows) for name, rows in seed.items()})

    return [
        Route(ADMIN + "/health", health, methods=["GET"]),
        Route(ADMIN + "/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route(ADMIN + "/reset", reset, methods=["POST"]),
        Route(ADMIN + "/data", data, methods=["POST"]),
    ]


def _basic(header: str | None) -> tuple[str, str] | None:
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, _, password = base64.b64decode(value).decode().partition(":")
    except ValueError:
        return None
    return urllib.parse.unquote_plus(user), urllib.parse.unquote_plus(password)


def _refused(reason: str, request: Request, settings: Settings) -> Response:
    if reason == "token":
        fault: AspNetError = denied(401)
        headers = {"www-authenticate": 'Bearer error="invalid_token"'}
        return Response(fault.body(), 401, headers, "application/json; charset=utf-8")
    if reason in ("missing", "expired") and settings.expired == 302:
        back = urllib.parse.quote(request.url.path, safe="")
        location = f"{LOGIN_PAGE}?ReturnUrl={back}"
        return Response(b"", 302, {"location": location}, "text/html")
    status = settings.expired if reason in ("missing", "expired") else 401
    return Response(
        denied(status).body(), status, None, "application/json; charset=utf-8"
    )


class FaultMiddleware:
    """Latency, injected failures and dropped connections, before the routes."""

    def __init__(self, app: ASGIApp, emulator: Emulator) -> None:
        self.app = app
        self.faults = emulator.faults
        self.root = emulator.settings.odata_root

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or path.startswith(ADMIN):
            await self.app(scope, receive, send)
            return
        in_odata = path == self.root or path.startswith(self.root + "/")
        action = self.faults.next_action(in_odata)
        if action.latency:
            await asyncio.sleep(action.latency)
        if action.drop:
            await _drop(receive)
            return
        if action.status is not None:
            headers = [(b"content-type", b"application/json; charset=utf-8")]
            if action.retry_after is not None:
                headers.append((b"retry-after", str(action.retry_after).encode()))
            message = {429: "Too many requests.", 503: "The service is unavailable."}
            body = json.dumps(
                {"Message": message.get(action.status, "Injected fault.")}
            )
            headers.append((b"content-length", str(len(body)).encode()))
            await send(
                {
                    "type": "http.response.start",
                    "status": action.status,
                    "headers": headers,
                }
            )
            await send({"type": "http.response.body", "body": body.encode()})
            return
        await self.app(scope, receive, send)


async def _drop(receive: Receive) -> None:
    """Close the connection without answering. uvicorn does not expose its transport
    in the scope; its `receive` is a method of the request cycle that holds it."""
    transport = getattr(getattr(receive, "__self__", None), "transport", None)
    if transport is None:
        raise ConnectionAbortedError("fault injection: dropped connection")
    transport.close()
    for _ in range(3):  # let uvicorn see the disconnection before we return
        await asyncio.sleep(0)
