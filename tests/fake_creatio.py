"""A small Creatio-like site on 127.0.0.1 for the fetch tests (a real HTTP server in a
background thread, standard library only).

- `POST /ServiceModel/AuthService.svc/Login`: always 200; `{"Code": 0}` and the cookies
  `.ASPXAUTH`, `BPMCSRF`, `BPMLOADER`, `UserName` for the right user and password,
  `{"Code": 1, "Message": …}` otherwise. `…/Logout` ends the session.
- `GET /0/odata/$metadata` (`layout="framework"`) or `/odata/$metadata` (`"core"`):
  needs the session cookies AND the `BPMCSRF` header, or `Authorization: Bearer` with
  a token from `/connect/token` (OAuth2 client credentials, form-encoded) or one of
  `bearer_tokens`; without them a 302 to `/Login/NuiLogin.aspx` (an HTML page), with
  a bad bearer token a 401. ETag / If-None-Match -> 304.
- Switches: `fail_first` (the first N metadata GETs answer 503), `delay` (seconds
  before answering the metadata), `html` (an HTML page with 200 instead of XML).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ACME = Path(__file__).resolve().parents[1] / "fixtures" / "creatio" / "acme-small.xml"
LOGIN = "/ServiceModel/AuthService.svc/Login"
LOGOUT = "/ServiceModel/AuthService.svc/Logout"
LOGIN_PAGE = "/Login/NuiLogin.aspx"
HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Creatio</title></head>"
    b"<body><form id='login'>User name: <input name='user'/></form></body></html>\n"
)
BAD_LOGIN = "Either the user name or password is not specified or is incorrect"


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeCreatio:
    layout: str = "framework"  # "framework": /0/odata, "core": /odata, else /{layout}
    username: str = "Supervisor"
    password: str = "Supervisor"
    client_id: str = "odatagen"
    client_secret: str = "client-secret-0123"
    bearer_tokens: set[str] = field(default_factory=set)
    metadata: bytes = field(default_factory=ACME.read_bytes)
    etag: str | None = '"acme-1"'
    fail_first: int = 0
    delay: float = 0.0
    html: bool = False
    requests: list[Request] = field(default_factory=list)
    sessions: dict[str, str] = field(default_factory=dict)  # .ASPXAUTH -> BPMCSRF
    failures: int = 0
    _server: ThreadingHTTPServer | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def metadata_path(self) -> str:
        roots = {"framework": "/0/odata", "core": "/odata"}
        return roots.get(self.layout, "/" + self.layout) + "/$metadata"

    def calls(self, method: str, path: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and r.path == path]

    def __enter__(self) -> FakeCreatio:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        server.daemon_threads = True
        server.handle_error = lambda *args: None  # type: ignore[method-assign]
        poll = {"poll_interval": 0.02}  # a quick shutdown
        threading.Thread(target=server.serve_forever, kwargs=poll, daemon=True).start()
        self._server = server
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    # -- the site ------------------------------------------------------------------
    def answer(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            self.requests.append(request)
        if request.method == "POST" and request.path == LOGIN:
            return self._login(request)
        if request.method == "POST" and request.path == LOGOUT:
            self.sessions.pop(_cookies(request).get(".ASPXAUTH", ""), None)
            return 200, {"Content-Type": "application/json"}, b""
        if request.method == "POST" and request.path == "/connect/token":
            return self._token(request)
        if request.method == "GET" and request.path == LOGIN_PAGE:
            return 200, {"Content-Type": "text/html; charset=utf-8"}, HTML_PAGE
        if request.method == "GET" and request.path == self.metadata_path:
            return self._metadata(request)
        return 404, {"Content-Type": "text/plain"}, b"Not found"

    def _login(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        body = json.loads(request.body or b"{}")
        ok = (body.get("UserName"), body.get("UserPassword")) == (
            self.username,
            self.password,
        )
        reply: dict[str, Any] = {
            "Code": 0 if ok else 1,
            "Message": "" if ok else BAD_LOGIN,
        }
        reply.update(Exception=None, PasswordChangeUrl=None, RedirectUrl=None)
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if ok:
            session, csrf = secrets.token_hex(16), secrets.token_hex(8)
            self.sessions[session] = csrf
            headers["Set-Cookie"] = "\n".join(
                [
                    f".ASPXAUTH={session}; path=/; HttpOnly",
                    f"BPMCSRF={csrf}; path=/",
                    f"BPMLOADER={secrets.token_hex(8)}; path=/; HttpOnly",
                    f"UserName={self.username}; path=/",
                ]
            )
        return 200, headers, json.dumps(reply).encode()

    def _token(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        form = dict(urllib.parse.parse_qsl(request.body.decode()))
        headers = {"Content-Type": "application/json"}
        if form.get("grant_type") != "client_credentials":
            return 400, headers, b'{"error": "unsupported_grant_type"}'
        if (form.get("client_id"), form.get("client_secret")) != (
            self.client_id,
            self.client_secret,
        ):
            return 400, headers, b'{"error": "invalid_client"}'
        token = secrets.token_hex(20)
        self.bearer_tokens.add(token)
        reply = {"access_token": token, "token_type": "Bearer", "expires_in": 3600}
        return 200, headers, json.dumps(reply).encode()

    def _metadata(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            failing = self.failures < self.fail_first
            self.failures += failing
        if failing:
            return 503, {"Retry-After": "0", "Content-Type": "text/plain"}, b"Busy"
        deadline = time.monotonic() + self.delay
        while time.monotonic() < deadline and not self._stop.is_set():
            time.sleep(0.02)
        authorization = request.headers.get("authorization", "")
        if authorization:
            scheme, _, token = authorization.partition(" ")
            if scheme != "Bearer" or token not in self.bearer_tokens:
                return 401, {"WWW-Authenticate": "Bearer"}, b""
        else:
            cookies = _cookies(request)
            csrf = self.sessions.get(cookies.get(".ASPXAUTH", ""))
            if csrf is None or request.headers.get("bpmcsrf") != csrf:
                back = urllib.parse.quote(self.metadata_path, safe="")
                location = f"{LOGIN_PAGE}?ReturnUrl={back}"
                return 302, {"Location": location}, b""
        if self.html:
            return 200, {"Content-Type": "text/html; charset=utf-8"}, HTML_PAGE
        headers = {"Content-Type": "application/xml; charset=utf-8"}
        if self.etag:
            headers["ETag"] = self.etag
            if request.headers.get("if-none-match") == self.etag:
                return 304, headers, b""
        return 200, headers, self.metadata


def _cookies(request: Request) -> dict[str, str]:
    jar = SimpleCookie()
    jar.load(request.headers.get("cookie", ""))
    return {name: morsel.value for name, morsel in jar.items()}


def _handler(site: FakeCreatio) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            path = urllib.parse.urlsplit(self.path).path
            status, extra, content = site.answer(
                Request(self.command, path, headers, body)
            )
            self.send_response(status)
            for name, value in extra.items():
                for line in value.split("\n"):
                    self.send_header(name, line)
            if status != 304:
                self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            if status != 304:
                self.wfile.write(content)

        do_GET = do_POST = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
