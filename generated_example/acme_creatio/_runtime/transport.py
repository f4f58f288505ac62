"""What ``Session`` and ``AsyncSession`` share, free of IO: ``Retry``, the request
plan (URL, headers, body), the request flows and their effects, how an answer is
classified, and the log lines. ``http`` performs the effects.

Choices, and why:

* **Sans-IO flows.** What a request does (log in first, send, renew the session and
  send again, wait and retry, map the error) is written once, as a generator
  (``_Core._flow``) yielding effects: ``Outgoing`` (send it, get the answer back),
  ``_Renew`` and ``_Sleep``. The sessions only drive it; auth objects' login and
  logout steps are generators of the same kind.
* **Pre-encoded query strings.** ``query`` is appended as it is: httpx keeps an
  already percent-encoded query (``%20``), while ``params=`` would write ``+``, which
  OData servers read as a plus sign (the emulator answers 400).
* **The service root** is ``{site}/{odata_path}``; ``""`` means the site URL is the
  root. ``None`` detects it (``_Core._detection``): a 200 from
  ``{site}/0/api/HealthCheck/Ping`` means .NET Framework (``0/odata``), else a 200
  from ``{site}/api/HealthCheck/Ping`` .NET Core (``odata``), else ``0/odata``.
* **Login pages**: the session does not follow redirects, so a redirect to
  ``/Login/`` (Creatio's answer to an expired session) is an authentication error,
  not a 200 HTML page.
* **Retries** (``Retry``): methods in ``Retry.methods`` only (never POST: Creatio may
  report an error after inserting the row), on ``Retry.statuses`` and when no answer
  came (connection errors, timeouts, dropped connections); exponential backoff with
  full jitter, or the server's ``Retry-After`` (seconds or HTTP date), capped at
  ``max_backoff``. A body given as an iterable cannot be sent twice: such requests
  are neither retried nor re-sent. A DELETE whose earlier try got no answer and whose
  retry gets 404 was done by that earlier try: the 404 answer is returned, not raised.
* **Authentication**: the ``Auth`` logs in before the first request and renews once
  when an answer says the session expired; that re-send is allowed for any method,
  POST included (a refused request was not processed), and is not counted as a try.
  Credentials go only to the site's origin (an absolute URL elsewhere is sent
  without them). An ``httpx.Auth`` is handed to httpx, on the site's origin only.
* **The httpx client** a session makes stores no cookies (Forms cookies live in the
  auth object); ``verify`` may be a CA bundle path (httpx deprecates paths, so it
  becomes an ``ssl`` context).
* **Logging** (DEBUG) on the ``…runtime.http`` logger, the name it had before this
  module was split off: method, URL (query included, no ``user:password@``), status
  or error type, milliseconds. Never headers, cookies, bodies or tokens (httpcore's
  own DEBUG trace prints response headers: ``errors.hide_cookies`` masks
  ``Set-Cookie``, installed on import).
"""

from __future__ import annotations

import json as jsonlib
import logging
import random
import ssl
import threading
import time
from collections.abc import AsyncIterable, Callable, Generator, Iterable, Mapping
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any, Generic, NamedTuple, TypeVar
from urllib.parse import urlsplit

import attrs
import httpx

from .auth import Auth, Outgoing, redirects_to_login
from .errors import ODataError, TransportError, auth_error, error_from_response
from .errors import hide_cookies, parse_retry_after, redact_url, transport_error

__all__ = ["NO_BODY", "Retry"]

log = logging.getLogger(__name__.rpartition(".")[0] + ".http")  # see above
hide_cookies("httpcore.http11", "httpcore.http2")
T = TypeVar("T")
C = TypeVar("C", httpx.Client, httpx.AsyncClient)
Content = bytes | Iterable[bytes] | AsyncIterable[bytes] | None
_PROBES = (("0/api/HealthCheck/Ping", "0/odata"), ("api/HealthCheck/Ping", "odata"))
# Failures after which a request may be sent again: no answer came back.
_RETRYABLE = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_MAX_PEEK = 1 << 20  # a streamed HTML answer larger than this is not a login page


class _NoBody:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()  # `json=` default: no body (`json=None` sends JSON null)


@attrs.frozen
class Retry:
    """When and how often to try again (see the module docstring)."""

    attempts: int = 4  # tries in all, the first included
    backoff: float = 0.5  # base of exponential backoff, full jitter
    max_backoff: float = 30.0
    statuses: frozenset[int] = attrs.field(
        default=frozenset({429, 502, 503, 504}), converter=frozenset
    )
    methods: frozenset[str] = attrs.field(
        default=frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"}),
        converter=frozenset,
    )

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (1: the first)."""
        if retry_after is not None:
            return min(retry_after, self.max_backoff)
        return random.uniform(0, min(self.max_backoff, self.backoff * 2 ** (retry - 1)))


class _Renew(NamedTuple):
    generation: int  # of the refused request's credentials
    only_if_stale: bool  # the first login, or a token about to expire


class _Sleep(NamedTuple):
    seconds: float


Flow = Generator[Outgoing | _Renew | _Sleep, Any, T]


class _Plan(NamedTuple):
    method: str
    url: str
    headers: httpx.Headers
    content: Content
    retriable: bool  # may be sent again after no answer or a retryable status
    replayable: bool  # the body can be sent again (bytes or nothing)
    authorised: bool  # carries the session's credentials (same origin)


class _Core(Generic[C]):
    """What both sessions share: settings, URL building and the request flows."""

    _client: type[C]  # the httpx client class, and the root-detection lock's
    _root_lock_type: Callable[[], Any]

    def __init__(
        self,
        site_url: str,
        auth: Auth | httpx.Auth | None = None,
        *,
        odata_path: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        retry: Retry | None = None,
        headers: Mapping[str, str] | None = None,
        http: C | None = None,
        verify: bool | str = True,
    ) -> None:
        if auth is not None and not isinstance(auth, (Auth, httpx.Auth)):
            raise TypeError(f"auth must be an Auth or an httpx.Auth, not {auth!r}")
        self.site_url = site_url.rstrip("/")
        self.auth = auth if isinstance(auth, Auth) else None
        self._httpx_auth = auth if isinstance(auth, httpx.Auth) else None
        self.retry = retry or Retry()
        self.headers = httpx.Headers({"Accept": "application/json"})
        self.headers.update(headers or {})
        self._root = None if odata_path is None else _join(self.site_url, odata_path)
        self._origin = _origin(self.site_url)
        self._root_lock = self._root_lock_type()
        self._owns_http = http is None
        self._pool: C | None = http
        self._pool_options = (timeout, verify)
        self._pool_lock = threading.Lock()

    @property
    def _http(self) -> C:
        """The httpx client, made on first use: loading the CA bundle into a TLS
        context costs ~30 ms, too much for constructing a client that may not send."""
        pool = self._pool
        if pool is None:
            with self._pool_lock:
                if self._pool is None:
                    timeout, verify = self._pool_options
                    bundle = verify if isinstance(verify, str) else None  # a CA path:
                    tls = (
                        ssl.create_default_context(cafile=bundle)
                        if bundle
                        else bool(verify)
                    )
                    # httpx deprecates paths. A jar that keeps nothing: the auth has cookies.
                    jar = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
                    self._pool = self._client(timeout=timeout, verify=tls, cookies=jar)
                pool = self._pool
        return pool

    def __repr__(self) -> str:
        auth = self.auth or self._httpx_auth
        return f"<{type(self).__name__} {redact_url(self.site_url)} auth={auth!r}>"

    def _plan(
        self,
        root: str,
        method: str,
        url: str,
        query: str,
        json: Any,
        content: Content,
        headers: Mapping[str, str] | None,
    ) -> _Plan:
        method = method.upper()
        full = url if url.startswith(("http://", "https://")) else _join(root, url)
        if query:
            full += ("&" if "?" in full else "?") + query.lstrip("?&")
        merged = httpx.Headers()
        if json is not NO_BODY:
            if content is not None:
                raise TypeError("give json= or content=, not both")
            text = jsonlib.dumps(json, ensure_ascii=False, separators=(",", ":"))
            content = text.encode("utf-8")
            merged["Content-Type"] = "application/json; charset=utf-8"
        merged.update(headers or {})
        replayable = content is None or isinstance(content, bytes)
        retriable = replayable and method in self.retry.methods
        same_origin = _origin(full) == self._origin
        return _Plan(method, full, merged, content, retriable, replayable, same_origin)

    def _flow(self, plan: _Plan, stream: bool) -> Flow[httpx.Response]:
        """One request: log in if needed, send, renew once, retry, map errors."""
        auth = self.auth if plan.authorised else None
        if auth is not None and auth.stale():
            yield _Renew(auth.generation, only_if_stale=True)
        tries, renewed, lost = 1, False, False
        while True:
            generation, outgoing = _outgoing(plan, auth, stream)
            try:
                response = yield outgoing
            except TransportError as error:
                lost = True
                if not isinstance(error.__cause__, _RETRYABLE) or not plan.retriable:
                    raise
                if tries >= self.retry.attempts:
                    raise
                delay = self.retry.delay(tries)
            else:
                if auth is not None:
                    auth.update(response, generation)
                    if auth.expired(response):
                        if not renewed and auth.renewable and plan.replayable:
                            yield _Renew(generation, only_if_stale=False)
                            renewed = True
                            continue
                        if response.status_code < 400:
                            raise _login_page(response, renewed)
                if response.is_redirect and redirects_to_login(response):
                    raise _login_page(response, renewed)
                after = self._delay(plan, response, tries)
                if after is None:
                    return _outcome(plan, response, lost)
                delay = after
            tries += 1
            what = f"{plan.method} {redact_url(plan.url)}"
            log.debug("retrying %s in %.2f s (try %d)", what, delay, tries)
            yield _Sleep(delay)

    def _delay(self, plan: _Plan, response: httpx.Response, tries: int) -> float | None:
        """Seconds to wait before trying again, or None: this answer is final."""
        if response.status_code not in self.retry.statuses or not plan.retriable:
            return None
        if tries >= self.retry.attempts:
            return None
        after = parse_retry_after(response.headers.get("retry-after"))
        return self.retry.delay(tries, after)

    def _detection(self) -> Flow[str]:
        for probe, path in _PROBES:
            ping = yield Outgoing("GET", f"{self.site_url}/{probe}", {})
            if ping.status_code == 200:
                return _join(self.site_url, path)
        return _join(self.site_url, "0/odata")

    def _auth_for(self, outgoing: Outgoing) -> Any:
        """What ``send(auth=...)`` gets: an httpx.Auth only on the site's origin."""
        if self._httpx_auth is None or _origin(outgoing.url) != self._origin:
            return httpx.USE_CLIENT_DEFAULT
        return self._httpx_auth

    def _request(self, outgoing: Outgoing) -> httpx.Request:
        headers = self.headers.copy()
        headers.update(outgoing.headers)
        content: Any = outgoing.content
        method, url = outgoing.method, outgoing.url
        return self._http.build_request(method, url, headers=headers, content=content)


# -- helpers ----------------------------------------------------------------------
def _join(base: str, path: str) -> str:
    path = path.strip("/")
    return f"{base}/{path}" if path else base


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def _outgoing(plan: _Plan, auth: Auth | None, stream: bool) -> tuple[int, Outgoing]:
    """The request with the credentials' headers, built out of ``_flow``'s frame: a
    traceback showing locals (error trackers) would print them from there."""
    generation, credentials = auth.headers() if auth else (0, {})
    headers = plan.headers.copy()
    headers.update(credentials)
    return generation, Outgoing(plan.method, plan.url, headers, plan.content, stream)


def _must_read(response: httpx.Response, stream: bool) -> bool:
    """Read the body unless streaming a success; a streamed redirect, error or small
    HTML page is read all the same (to map it, or to recognise the login page)."""
    if not stream or response.status_code >= 300:
        return True
    if "html" not in response.headers.get("content-type", "").lower():
        return False
    length = response.headers.get("content-length", "")
    return not length.isdigit() or int(length) <= _MAX_PEEK


def _outcome(plan: _Plan, response: httpx.Response, lost: bool) -> httpx.Response:
    if response.status_code == 404 and lost and plan.method == "DELETE":
        return response  # the earlier try that got no answer deleted it
    if response.status_code >= 400:
        raise error_from_response(response, method=plan.method, url=plan.url)
    return response


def _login_page(response: httpx.Response, renewed: bool) -> ODataError:
    where = response.headers.get("location") or "its login page"
    if renewed:
        return auth_error(response, f"still redirected to {where} after a new login")
    return auth_error(response, f"not authenticated: the server answers with {where}")


def _no_answer(outgoing: Outgoing, exc: Exception, started: float) -> TransportError:
    _log(outgoing, type(exc).__name__, started)
    return transport_error(outgoing.method, outgoing.url, exc)


def _log(outgoing: Outgoing, outcome: int | str, started: float) -> None:
    if log.isEnabledFor(logging.DEBUG):
        elapsed = (time.perf_counter() - started) * 1000
        url = redact_url(outgoing.url)
        log.debug("%s %s -> %s (%.0f ms)", outgoing.method, url, outcome, elapsed)
