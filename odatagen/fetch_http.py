"""The HTTP side of fetching `$metadata`: the credentials (`Auth`, `Secret`), the
candidate roots (`Target`) and the answer (`Fetched`), and `HttpSession`: one client
with the retry policy, redirects, Creatio forms login and logout, the OAuth2 token
request, and probing the candidate roots until one answers `$metadata` (`validate`)."""

from __future__ import annotations

import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, cast

import httpx

from odatagen import __version__
from odatagen.diagnostics import Diagnostic, GenerationError
from odatagen.edmx import xml

AuthKind = Literal["forms", "oauth2", "bearer", "none"]
AUTH_KINDS: tuple[AuthKind, ...] = ("forms", "oauth2", "bearer", "none")

LOGIN_PATH = "/ServiceModel/AuthService.svc/Login"
LOGOUT_PATH = "/ServiceModel/AuthService.svc/Logout"
RETRY_STATUSES = frozenset({429, 502, 503, 504})
MAX_REDIRECTS = 5
MAX_RETRY_DELAY = 30.0
SAFE_HEADERS = ("Accept", "If-None-Match", "User-Agent")
CHECK_CREDENTIALS = "check the credentials / --auth"
NO_CREDENTIALS = (
    "no credentials were sent: set ODATAGEN_USERNAME and ODATAGEN_PASSWORD "
    "(or ODATAGEN_CLIENT_ID/ODATAGEN_CLIENT_SECRET, or ODATAGEN_TOKEN) or use --auth"
)
ROOT_HINT = "give --odata-path or the full $metadata URL"

Headers = dict[str, str]
ETags = Callable[[str], str | None]  # $metadata URL -> ETag to send
Logger = Callable[[str], None]


class Secret:
    """A credential: `reveal()` gives the value; repr and str never do."""

    __slots__ = ("_value",)

    def __init__(self, value: str = "") -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('***')" if self._value else "Secret('')"

    __str__ = __repr__


@dataclass(frozen=True)
class Auth:
    kind: AuthKind = "none"
    username: str = ""
    password: Secret = field(default_factory=Secret)
    client_id: str = ""
    client_secret: Secret = field(default_factory=Secret)
    identity_url: str = ""  # OAuth2; derived from the site when empty
    token: Secret = field(default_factory=Secret)

    def secrets(self) -> list[str]:
        values = (self.password, self.client_secret, self.token)
        return [s.reveal() for s in values if s]


@dataclass(frozen=True)
class Target:
    """Where to log in (`site`) and the `$metadata` URLs to try, with a description."""

    site: str
    candidates: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Fetched:
    url: str  # the $metadata URL that answered
    data: bytes | None  # None: not modified (304)
    etag: str | None
    where: str  # which root it was (".NET Framework", "--odata-path …", …)

    @property
    def not_modified(self) -> bool:
        return self.data is None


def error(file: str, code: str, message: str) -> GenerationError:
    return GenerationError([Diagnostic("error", code, message, file)])


class _Skippable(GenerationError):
    """An answer meaning 'not here' (404, a login page…): try the next root."""

    def __init__(self, file: str, code: str, message: str) -> None:
        super().__init__([Diagnostic("error", code, message, file)])
        self.not_found = code == "not-found"


def redact(url: str) -> str:
    """`url` without user info (never print credentials written into a URL)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


# -- HTTP -------------------------------------------------------------------------
def _status(response: httpx.Response) -> str:
    return f"{response.status_code} {response.reason_phrase}".strip()


def _json(response: httpx.Response) -> dict[str, object]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return cast(dict[str, object], body) if isinstance(body, dict) else {}


def validate(data: bytes, url: str, content_type: str = "") -> None:
    """Raise unless `data` is an edmx document (parsed with the hardened parser)."""
    html = "the server answered with an HTML page (a login page?): " + CHECK_CREDENTIALS
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html")):
        raise _Skippable(url, "html", html)
    try:
        root = xml.parse(data, url)
    except GenerationError as exc:
        if any(d.code == "html" for d in exc.diagnostics):
            raise _Skippable(url, "html", html) from None
        kind = content_type.split(";")[0].strip() or "no content type"
        reason = exc.diagnostics[0].message if exc.diagnostics else str(exc)
        message = f"the answer ({kind}) is not $metadata: {reason}"
        raise _Skippable(url, "not-metadata", message) from None
    if xml.local_name(root) != "Edmx":
        message = f"the answer is XML with root <{xml.local_name(root)}>, not edmx:Edmx"
        raise _Skippable(url, "not-metadata", message)


class HttpSession:
    """One client (one connection pool, one cookie jar) and the retry policy."""

    def __init__(self, auth: Auth, timeout: float, retries: int, backoff: float):
        self.auth, self.retries, self.backoff = auth, retries, backoff
        self.timeout = timeout
        agent = {"User-Agent": f"odatagen/{__version__}"}
        self.client = httpx.Client(timeout=timeout, headers=agent)
        self.log: Logger = lambda message: None

    def get(self, url: str, headers: dict[str, str]) -> httpx.Response:
        """GET with retries on timeouts, connection errors and 429/502/503/504."""
        for attempt in range(self.retries + 1):
            delay = self.backoff * 2**attempt
            try:
                response = self.client.get(url, headers=headers)
            except httpx.TimeoutException:
                code, problem = "timeout", f"timed out after {self.timeout:g} s"
            except httpx.ConnectError as exc:
                code, problem = "connection", f"cannot connect: {exc or repr(exc)}"
            except httpx.HTTPError as exc:
                code, problem = "request", f"request failed: {exc or repr(exc)}"
            else:
                if response.status_code not in RETRY_STATUSES:
                    return response
                code, problem = "server-error", f"HTTP {_status(response)}"
                after = response.headers.get("Retry-After", "")
                if after.isdigit():
                    delay = min(float(after), MAX_RETRY_DELAY)
            if attempt < self.retries:
                self.log(f"{url}: {problem}; retry {attempt + 1} in {delay:g} s")
                time.sleep(delay)
        tries = f"{self.retries + 1} attempt{'s' if self.retries else ''}"
        hint = "; raise --timeout or --retries" if code == "timeout" else ""
        raise error(url, code, f"{problem} ({tries}){hint}")

    def post(self, url: str, what: str, **kwargs: Any) -> httpx.Response:
        """One POST, never retried."""
        try:
            return self.client.post(url, **kwargs)
        except httpx.TimeoutException:
            message = f"the {what} timed out after {self.timeout:g} s (not retried)"
            raise error(url, "timeout", message) from None
        except httpx.HTTPError as exc:
            message = f"the {what} failed: {exc or repr(exc)}"
            raise error(url, "connection", message) from None

    def metadata(self, url: str, headers: dict[str, str]) -> httpx.Response:
        """The 200 or 304 answer for `url`, following redirects except to logins."""
        current, sent = url, dict(headers)
        for _ in range(MAX_REDIRECTS + 1):
            response = self.get(current, sent)
            status, reason = response.status_code, _status(response)
            hint = NO_CREDENTIALS if self.auth.kind == "none" else CHECK_CREDENTIALS
            if response.has_redirect_location:
                location = urllib.parse.urljoin(current, response.headers["Location"])
                path = urllib.parse.urlsplit(location).path
                if "/login/" in path.lower():
                    message = f"redirected to the login page ({path}): {hint}"
                    raise _Skippable(url, "login-redirect", message)
                if _origin(location) != _origin(current):  # keep credentials home
                    sent = {k: v for k, v in sent.items() if k in SAFE_HEADERS}
                current = location
            elif status in (200, 304):
                return response
            elif status in (401, 403):
                message = f"access refused ({reason}): {hint}"
                raise _Skippable(url, "access-denied", message)
            elif status in (404, 410):
                message = f"not found ({reason}): wrong OData root? {ROOT_HINT}"
                raise _Skippable(url, "not-found", message)
            else:
                raise error(url, "http-status", f"unexpected answer {reason}")
        raise error(url, "redirects", f"more than {MAX_REDIRECTS} redirects")

    def login(self, site: str) -> dict[str, str]:
        """Creatio forms login: the session headers for later requests (the cookies
        stay in the client). Raises with Creatio's `Message` on `"Code": 1`."""
        url, auth = site + LOGIN_PATH, self.auth
        body = {"UserName": auth.username, "UserPassword": auth.password.reveal()}
        headers = {"ForceUseSession": "true", "Accept": "application/json"}
        response = self.post(url, "login request", json=body, headers=headers)
        if response.has_redirect_location:
            where = redact(urllib.parse.urljoin(url, response.headers["Location"]))
            message = f"the login request was redirected to {where}: use that address"
            raise error(url, "login-redirect", message)
        reply = _json(response) if response.status_code == 200 else {}
        if "Code" not in reply:
            raise error(
                url,
                "login-failed",
                f"no Creatio login service here ({_status(response)}): is this a "
                "Creatio site? (other services: --auth bearer, oauth2 or none)",
            )
        if reply["Code"] != 0:
            reason = str(reply.get("Message") or "").strip() or f"code {reply['Code']}"
            raise error(url, "login-failed", f"Creatio login failed: {reason}")
        session = {"ForceUseSession": "true"}
        for cookie in self.client.cookies.jar:
            if cookie.name == "BPMCSRF" and cookie.value:
                session["BPMCSRF"] = cookie.value
        return session

    def logout(self, site: str, headers: dict[str, str]) -> None:
        """End the session (licences are per session); the outcome is ignored."""
        try:
            self.client.post(site + LOGOUT_PATH, headers=headers, json={})
        except httpx.HTTPError:
            pass

    def token(self, identity_url: str) -> str:
        """An OAuth2 access token (client credentials grant)."""
        url, auth = identity_url.rstrip("/") + "/connect/token", self.auth
        form = {"grant_type": "client_credentials", "client_id": auth.client_id}
        form["client_secret"] = auth.client_secret.reveal()
        accept = {"Accept": "application/json"}
        response = self.post(url, "OAuth2 token request", data=form, headers=accept)
        reply = _json(response)
        token = reply.get("access_token")
        if response.status_code == 200 and isinstance(token, str) and token:
            return token
        keys = ("error", "error_description")
        why = ": ".join(str(reply[k]) for k in keys if reply.get(k))
        message = f"OAuth2 token request failed ({_status(response)}) {why}".strip()
        raise error(url, "token-failed", message)

    def probe(self, target: Target, headers: Headers, etag_for: ETags) -> Fetched:
        """Try the candidate roots in order; the first that answers $metadata wins."""
        missed: list[_Skippable] = []
        for url, where in target.candidates:
            etag = etag_for(url)
            sent = dict(headers, **({"If-None-Match": etag} if etag else {}))
            try:
                response = self.metadata(url, sent)
                if response.status_code != 304:
                    kind = response.headers.get("Content-Type", "")
                    validate(response.content, url, kind)
                elif not etag:
                    raise error(url, "http-status", "304 to an unconditional GET")
            except _Skippable as exc:
                missed.append(exc)
                continue
            if len(target.candidates) > 1:
                root = url.rpartition("/$metadata")[0]
                self.log(f"found the OData root {root} ({where})")
            if response.status_code == 304:
                return Fetched(url, None, etag, where)
            return Fetched(url, response.content, response.headers.get("ETag"), where)
        decisive = [m for m in missed if not m.not_found]
        if decisive or len(missed) == 1:
            raise GenerationError((decisive or missed)[0].diagnostics)
        tried = ", ".join(url for url, _ in target.candidates)
        message = f"no OData $metadata found (tried {tried}): {ROOT_HINT}"
        raise error(target.site, "not-found", message)


def _origin(url: str) -> tuple[str, str]:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme, parts.netloc
