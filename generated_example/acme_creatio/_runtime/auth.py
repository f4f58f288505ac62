"""Credentials for Creatio: ``FormsAuth`` (cookie session, the default),
``OAuth2ClientCredentials`` and ``BearerToken``.

An auth object holds its credentials and the state they earned (cookies, a token).
It does no I/O of its own: its login, token and logout steps are generators that
yield the requests to send (``Outgoing``) and receive the answers, and the session
sends them over its own connection pool, so one object serves ``Session`` and
``AsyncSession`` alike (the pattern of httpx's own ``Auth.auth_flow``). Any other
``httpx.Auth`` given to a session goes to httpx untouched.

Choices, and why:

* **Serialised renewal with a generation counter.** Every successful login or token
  fetch increments ``generation``; a request remembers the generation its headers
  came from. When the answer says the session expired, the session runs
  ``renewal(…, generation, …)`` under the renewal lock: whoever gets it first logs
  in again, and the others, finding a newer generation, reuse that session. Eight requests
  hitting an expired session cause one login. Waiters whose renewal failed while
  they waited get the same error instead of trying again (one bad password, one
  attempt). Threads share ``lock`` (a ``threading.Lock``), tasks ``alock()`` (an
  ``asyncio.Lock`` per event loop).
* **Forms cookies are kept here, not in httpx's cookie jar**: the ``Cookie`` header
  is written from this object's own copy, so an ``http=`` client shared by several
  sessions never mixes them up, and cookies are never sent to another site. Cookies
  the server renews on a later answer (ASP.NET's sliding ``.ASPXAUTH``) are taken
  over, unless a re-login has replaced the session since.
* **What counts as an expired Forms session** (FACTS.md): 401, 403, 301, 302, any
  other redirect whose ``Location`` contains ``/Login/``, and a 200 HTML page that
  looks like the login page. OAuth and bearer: 401.
* **OAuth tokens** are cached and fetched again 60 s before they expire (half their
  lifetime when that is shorter) and once on a 401. Without ``identity_url``, the
  identity service is Creatio cloud's ``{tenant}-is`` site: ``https://acme.creatio.com``
  -> ``https://acme-is.creatio.com``. A site whose host is an IP address,
  ``localhost`` or a single label has no such sibling, so the site URL itself is used
  (on-site installations with another naming must pass ``identity_url``).
* **Secrets stay secret.** Passwords, client secrets, tokens and cookies are held in
  ``Secret`` or private attributes, never appear in reprs, logs or error messages;
  a login error's server message is scrubbed of them as well.
"""

from __future__ import annotations

import copy
import ipaddress
import json
import re
import threading
import time
import urllib.parse
from collections.abc import AsyncIterable, Callable, Generator, Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

import httpx

from .errors import ODataError, Secret, auth_error, redact_url, scrub

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "Auth",
    "BearerToken",
    "FormsAuth",
    "LoopLock",
    "OAuth2ClientCredentials",
    "Outgoing",
    "identity_url_for",
    "looks_like_login",
]

LOGIN_PATH = "/ServiceModel/AuthService.svc/Login"
LOGOUT_PATH = "/ServiceModel/AuthService.svc/Logout"
TOKEN_PATH = "/connect/token"
REFRESH_MARGIN = 60.0  # seconds before a token's expiry when it is fetched again
_LOGIN_MARKERS = re.compile(rb"(?i)/login/|nuilogin|userpassword")


class Outgoing(NamedTuple):
    """A request to send: the login, token or logout requests of an auth object, and
    every request of a session. ``stream``: leave a successful answer's body unread."""

    method: str
    url: str
    headers: Mapping[str, str]
    content: bytes | Iterable[bytes] | AsyncIterable[bytes] | None = None
    stream: bool = False

    def __repr__(self) -> str:
        # It may carry cookies, a token or a login body: a traceback that shows its
        # frames' locals (capture_locals, error trackers) must not print them.
        names = ", ".join(self.headers)
        return f"<Outgoing {self.method} {redact_url(self.url)} headers: {names}>"


# A renewal or logout as a generator: it yields the requests to send and receives
# their answers (body read); a request that got no answer raises errors.TransportError
# at the yield. The session drives it, holding `lock` (threads) or `alock()` (tasks).
Exchange = Generator[Outgoing, httpx.Response, None]


class LoopLock:
    """An ``asyncio.Lock`` for the running event loop (a lock is bound to the loop
    that first waits on it; an object may outlive one ``asyncio.run``)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock: asyncio.Lock | None = None

    def get(self) -> asyncio.Lock:
        import asyncio  # here: only async clients pay for importing it (~10 ms)

        loop = asyncio.get_running_loop()
        with self._guard:
            if self._lock is None or self._loop is not loop:
                self._loop, self._lock = loop, asyncio.Lock()
            return self._lock


class Auth:
    """Base of the client's credentials. Subclasses say what a request carries
    (``headers``), when new credentials are due (``stale``), how to get them
    (``_renewal``/``_accept``) and how to end them (``_logout``/``_forget``)."""

    renewable = True  # False: a refused request is final (a fixed token)

    def __init__(self) -> None:
        self._state = threading.Lock()  # guards the credentials (short holds)
        self.lock = threading.Lock()  # one renewal at a time (threads)
        self._alock = LoopLock()  # one renewal at a time (tasks)
        self.generation = 0  # increases with every new session or token
        self.attempts = 0  # renewals finished so far, failed ones included
        self._failure: ODataError | None = None  # of the last attempt, if it failed

    def alock(self) -> asyncio.Lock:
        return self._alock.get()

    # -- every request ------------------------------------------------------------
    def headers(self) -> tuple[int, dict[str, str]]:
        """The generation and the headers a request carries."""
        raise NotImplementedError

    def expired(self, response: httpx.Response) -> bool:
        """Whether the answer means "not authenticated" (renew and send again)."""
        return response.status_code == 401

    def update(self, response: httpx.Response, generation: int) -> None:
        """Take over credentials the server renewed in an answer."""

    def stale(self) -> bool:
        """Whether new credentials are needed before the next request."""
        return False

    # -- driven by the session, under the lock ------------------------------------
    def renewal(
        self, site: str, ticket: int, generation: int, only_if_stale: bool
    ) -> Exchange:
        """Log in / fetch a token, unless someone did since the caller saw
        ``generation`` (or, with ``only_if_stale``, the credentials are fresh).
        ``ticket`` is ``attempts`` read before waiting for the lock: an attempt made
        meanwhile that failed is raised again rather than repeated."""
        if self.attempts != ticket and self._failure is not None:
            raise copy.copy(self._failure)
        if only_if_stale and not self.stale():
            return
        if not only_if_stale and self.generation != generation:
            return  # renewed since the caller's request: reuse that
        try:
            self._accept((yield self._renewal(site)))
            self._failure = None
        except ODataError as error:
            error.message = scrub(error.message, self._secrets())
            error.args = (error.message,)
            self._failure = error
            raise
        finally:
            self.attempts += 1  # when done: a waiter's ticket predates it

    def logout(self, site: str) -> Exchange:
        """End the session (errors ignored: it ends anyway, on its timeout)."""
        try:
            outgoing = self._logout(site)
            if outgoing is not None:
                yield outgoing
        except ODataError:
            pass
        finally:
            self._forget()

    # -- what subclasses define -------------------------------------------------
    def _renewal(self, site: str) -> Outgoing:
        raise NotImplementedError

    def _accept(self, response: httpx.Response) -> None:
        """Read a renewal's answer; store the new credentials or raise."""
        raise NotImplementedError

    def _logout(self, site: str) -> Outgoing | None:
        return None

    def _forget(self) -> None:
        pass

    def _secrets(self) -> tuple[Secret | str | None, ...]:
        return ()


class FormsAuth(Auth):
    """Creatio's Forms login: ``POST {site}/ServiceModel/AuthService.svc/Login``, then
    every request sends the session cookies, ``BPMCSRF`` and ``ForceUseSession``."""

    def __init__(self, username: str, password: str) -> None:
        super().__init__()
        self.username = username
        self._password = Secret(password)
        self._cookies: dict[str, str] = {}

    def __repr__(self) -> str:
        state = "logged in" if self._cookies else "logged out"
        return f"<FormsAuth username={self.username!r} {state}>"

    def headers(self) -> tuple[int, dict[str, str]]:
        with self._state:
            cookies, generation = dict(self._cookies), self.generation
        headers = {"ForceUseSession": "true"}
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        if "BPMCSRF" in cookies:
            headers["BPMCSRF"] = cookies["BPMCSRF"]
        return generation, headers

    def expired(self, response: httpx.Response) -> bool:
        return looks_like_login(response)

    def update(self, response: httpx.Response, generation: int) -> None:
        renewed = _set_cookies(response)
        if renewed:
            with self._state:
                if self._cookies and generation == self.generation:
                    self._cookies.update(renewed)
                    for name in [k for k, v in self._cookies.items() if not v]:
                        del self._cookies[name]  # the server cleared it

    def stale(self) -> bool:
        return not self._cookies

    def _renewal(self, site: str) -> Outgoing:
        body = {"UserName": self.username, "UserPassword": self._password.reveal()}
        headers = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "ForceUseSession": "true",
        }
        return Outgoing("POST", site + LOGIN_PATH, headers, json.dumps(body).encode())

    def _accept(self, response: httpx.Response) -> None:
        if not 200 <= response.status_code < 300:
            raise auth_error(response)
        try:
            reply = response.json()
        except ValueError:
            reply = None
        if not isinstance(reply, dict):
            raise auth_error(response, "the login answer is not JSON")
        if reply.get("Code") != 0:
            message = str(reply.get("Message") or "login failed")
            raise auth_error(response, message, code=str(reply.get("Code")))
        cookies = {k: v for k, v in _set_cookies(response).items() if v}
        if not cookies:
            raise auth_error(response, "the login answer set no session cookie")
        with self._state:
            self._cookies = cookies
            self.generation += 1

    def _logout(self, site: str) -> Outgoing | None:
        headers = self.headers()[1]
        if "Cookie" not in headers:
            return None
        headers["Content-Type"] = "application/json"
        return Outgoing("POST", site + LOGOUT_PATH, headers, b"")

    def _forget(self) -> None:
        with self._state:
            self._cookies = {}
            self.generation += 1

    def _secrets(self) -> tuple[Secret | str | None, ...]:
        cookies = (v for k, v in self._cookies.items() if k != "UserName")
        return (self._password, *cookies)


class OAuth2ClientCredentials(Auth):
    """OAuth 2.0 client credentials: a token from ``{identity_url}/connect/token``,
    sent as ``Authorization: Bearer``; cached, fetched again before it expires."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        identity_url: str | None = None,
        scope: str | None = None,
    ) -> None:
        super().__init__()
        self.client_id = client_id
        self._client_secret = Secret(client_secret)
        self.identity_url = identity_url.rstrip("/") if identity_url else None
        self.scope = scope
        self._token: Secret | None = None
        self._refresh_at = 0.0  # monotonic time at which the token is fetched again
        self._clock: Callable[[], float] = time.monotonic  # replaceable in tests

    def __repr__(self) -> str:
        return (
            f"<OAuth2ClientCredentials client_id={self.client_id!r} "
            f"identity_url={self.identity_url!r} scope={self.scope!r}>"
        )

    def headers(self) -> tuple[int, dict[str, str]]:
        with self._state:
            token, generation = self._token, self.generation
        if token is None:
            return generation, {}
        return generation, {"Authorization": f"Bearer {token.reveal()}"}

    def stale(self) -> bool:
        return self._token is None or self._clock() >= self._refresh_at

    def _renewal(self, site: str) -> Outgoing:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret.reveal(),
        }
        if self.scope:
            form["scope"] = self.scope
        headers = {
            "Accept": "application/json",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        url = (self.identity_url or identity_url_for(site)) + TOKEN_PATH
        return Outgoing("POST", url, headers, urllib.parse.urlencode(form).encode())

    def _accept(self, response: httpx.Response) -> None:
        if response.status_code != 200:
            raise auth_error(response)
        try:
            reply = response.json()
            token = reply["access_token"]
            lifetime = float(reply.get("expires_in") or 3600)
        except (ValueError, KeyError, TypeError):
            raise auth_error(response, "the token answer has no access_token") from None
        if not isinstance(token, str) or not token:
            raise auth_error(response, "the token answer has no access_token")
        with self._state:
            self._token = Secret(token)
            self._refresh_at = (
                self._clock() + lifetime - min(REFRESH_MARGIN, lifetime / 2)
            )
            self.generation += 1

    def _forget(self) -> None:
        with self._state:
            self._token = None
            self.generation += 1

    def _secrets(self) -> tuple[Secret | str | None, ...]:
        return (self._client_secret, self._token)


class BearerToken(Auth):
    """A fixed bearer token (``Authorization: Bearer …``); a 401 is final."""

    renewable = False

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = Secret(token)

    def __repr__(self) -> str:
        return "<BearerToken>"

    def headers(self) -> tuple[int, dict[str, str]]:
        return 0, {"Authorization": f"Bearer {self._token.reveal()}"}


def redirects_to_login(response: httpx.Response) -> bool:
    """A redirect to Creatio's login page (``/Login/NuiLogin.aspx``)."""
    return "/login/" in response.headers.get("location", "").lower()


def looks_like_login(response: httpx.Response) -> bool:
    """Whether an answer means the Forms session is missing or expired. A 200 HTML
    page is judged by its body, which must have been read."""
    status = response.status_code
    if status in (401, 403, 301, 302):
        return True
    if 300 <= status < 400:
        return redirects_to_login(response)
    if status == 200 and "html" in response.headers.get("content-type", "").lower():
        return bool(_LOGIN_MARKERS.search(response.content))
    return False


def identity_url_for(site: str) -> str:
    """Creatio cloud's identity service for a site: the first host label plus
    ``-is`` (``https://acme.creatio.com`` -> ``https://acme-is.creatio.com``); the
    site itself when its host is an IP address, ``localhost`` or a single label."""
    parts = urllib.parse.urlsplit(site)
    host = parts.hostname or ""
    try:
        ipaddress.ip_address(host)
        is_ip = True
    except ValueError:
        is_ip = False
    if is_ip or "." not in host or host.endswith(".localhost"):
        return site.rstrip("/")
    label, _, rest = host.partition(".")
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{label}-is.{rest}{port}"


def _set_cookies(response: httpx.Response) -> dict[str, str]:
    """``name -> value`` of the answer's Set-Cookie headers. Parsed here rather than
    by a cookie jar: the values are all that is sent back, to the same site."""
    cookies: dict[str, str] = {}
    for line in response.headers.get_list("set-cookie"):
        pair = line.split(";", 1)[0]
        name, sep, value = pair.partition("=")
        if sep and name.strip():
            cookies[name.strip()] = value.strip().strip('"')
    return cookies
