"""Creatio's authentication: Forms login (cookies + `BPMCSRF` header), logout,
OAuth 2.0 client credentials (`/connect/token`) and bearer tokens.

- Login always answers 200: `{"Code": 0, ...}` with the cookies `.ASPXAUTH`, `BPMCSRF`,
  `BPMLOADER`, `UserName` (.NET Core layout: also `BPMSESSIONID`, `CsrfToken`), or
  `{"Code": 1, "Message": ...}`.
- A session lives `session_lifetime` seconds after its last request (sliding, like
  Creatio's inactivity timeout); `expire_all()` ends every session and token now.
- Cookie requests need the header `BPMCSRF` equal to the cookie (unless `csrf=False`).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from odatagen.emulator.settings import Settings

BAD_LOGIN = "Either the user name or password is not specified or is incorrect"
Failure = Literal["missing", "expired", "csrf", "token"]


@dataclass
class Session:
    key: str  # the .ASPXAUTH cookie
    csrf: str
    username: str
    expires: float


@dataclass(frozen=True)
class Principal:
    username: str
    contact_id: str
    kind: Literal["session", "bearer"]


class Auth:
    def __init__(
        self, settings: Settings, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.sessions: dict[str, Session] = {}
        self.tokens: dict[str, float] = {}  # access token -> expiry
        self.logins = 0  # successful logins so far (tests count re-logins)
        self._lock = threading.Lock()

    # -- Forms ------------------------------------------------------------------
    def login(self, body: bytes) -> tuple[dict[str, Any], list[str]]:
        """The login answer's body and its Set-Cookie lines (none on failure)."""
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            data = None
        reply: dict[str, Any] = {"Code": 1, "Message": BAD_LOGIN}
        if isinstance(data, dict) and (
            data.get("UserName"),
            data.get("UserPassword"),
        ) == (self.settings.username, self.settings.password):
            reply = {"Code": 0, "Message": ""}
        reply.update(Exception=None, PasswordChangeUrl=None, RedirectUrl=None)
        if reply["Code"]:
            return reply, []
        session = Session(
            key=secrets.token_hex(32).upper(),
            csrf=secrets.token_urlsafe(16),
            username=self.settings.username,
            expires=self.clock() + self.settings.session_lifetime,
        )
        with self._lock:
            self.sessions[session.key] = session
            self.logins += 1
        user = urllib.parse.quote(session.username)
        cookies = [
            f".ASPXAUTH={session.key}; path=/; HttpOnly",
            f"BPMCSRF={session.csrf}; path=/",
            f"BPMLOADER={secrets.token_hex(12)}; path=/; HttpOnly",
            f"UserName={user}; path=/",
        ]
        if self.settings.layout == "core":
            cookies.append(f"BPMSESSIONID={secrets.token_hex(12)}; path=/; HttpOnly")
            cookies.append(f"CsrfToken={session.csrf}; path=/")
        return reply, cookies

    def logout(self, cookies: dict[str, str]) -> bool:
        with self._lock:
            return self.sessions.pop(cookies.get(".ASPXAUTH", ""), None) is not None

    # -- OAuth 2.0 ----------------------------------------------------------------
    def token(
        self, form: dict[str, str], basic: tuple[str, str] | None
    ) -> tuple[int, dict[str, Any]]:
        """The token endpoint's status and JSON answer."""
        if form.get("grant_type") != "client_credentials":
            return 400, {"error": "unsupported_grant_type"}
        client = basic or (form.get("client_id", ""), form.get("client_secret", ""))
        expected = (self.settings.client_id, self.settings.client_secret)
        if not all(
            secrets.compare_digest(a.encode(), b.encode())
            for a, b in zip(client, expected)
        ):
            return 400, {"error": "invalid_client"}
        token = secrets.token_urlsafe(32)
        lifetime = self.settings.token_lifetime
        with self._lock:
            self.tokens[token] = self.clock() + lifetime
        reply = {"access_token": token, "expires_in": lifetime, "token_type": "Bearer"}
        return 200, {**reply, "scope": "ApplicationAccess"}

    # -- every request ------------------------------------------------------------
    def check(
        self, cookies: dict[str, str], headers: dict[str, str]
    ) -> Principal | Failure:
        now = self.clock()
        contact = self.settings.user_contact_id
        authorization = headers.get("authorization", "")
        if authorization:
            scheme, _, token = authorization.partition(" ")
            with self._lock:
                expires = self.tokens.get(token.strip())
                if scheme.lower() != "bearer" or expires is None:
                    return "token"
                if expires <= now:
                    del self.tokens[token.strip()]
                    return "token"
            return Principal(self.settings.username, contact, "bearer")
        with self._lock:
            session = self.sessions.get(cookies.get(".ASPXAUTH", ""))
            if session is None:
                return "missing"
            if session.expires <= now:
                del self.sessions[session.key]
                return "expired"
            if self.settings.csrf and headers.get("bpmcsrf") != session.csrf:
                return "csrf"
            session.expires = now + self.settings.session_lifetime
        return Principal(session.username, contact, "session")

    def expire_all(self) -> None:
        with self._lock:
            self.sessions.clear()
            self.tokens.clear()
