"""Exceptions of the client, built from HTTP answers, and the redaction helpers.

Choices, and why:

* **One hierarchy, keyed by status.** Callers catch what they can act on: ``NotFound``
  (404), ``ValidationError`` (400, 422), ``Conflict`` (409), ``PreconditionFailed``
  (412, and 428 when a server demands ``If-Match``), ``RateLimited`` (429),
  ``ServerError`` (5xx), ``AuthError`` (401/403 after a re-login, a failed login) and
  ``TransportError`` (no answer at all). Any other 4xx
  is a plain ``ODataError``. Every error carries ``status``, ``code``, ``message``,
  ``method``, ``url`` and ``details`` (the decoded JSON body, or ``None``).
* **Both Creatio body shapes.** The OData layer answers ``{"error": {"code",
  "message", ...}}``; what escapes it (unknown entity sets, server exceptions,
  authorisation) is ASP.NET Web API's ``{"Message", "ExceptionType",
  "ExceptionMessage", "MessageDetail", "StackTrace"}``. For the latter ``code`` is the
  exception type and ``message`` the exception message (or ``Message``) followed by
  ``MessageDetail``, which is where "No type was found that matches the controller
  named 'X'" lives. The identity service's OAuth shape (``{"error": "invalid_client",
  "error_description"}``) is read too. HTML pages (proxies, login pages) and empty
  bodies give a short message with the status instead of a page of markup.
* **Nothing secret in messages.** Messages are built from the status, the server's
  message and the URL with any ``user:password@`` removed; request headers and
  bodies are never looked at. ``Secret`` holds a password, token or client secret so
  that a stray ``repr`` (of an auth object, a dict, a traceback's locals) shows
  ``'***'``; ``scrub`` removes known secrets from text a server might echo back;
  ``hide_cookies`` masks the Set-Cookie values httpcore's DEBUG trace would print.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import logging
import re
import time
from collections.abc import Iterable
from typing import Any

import httpx

__all__ = [
    "AuthError",
    "Conflict",
    "NotFound",
    "ODataError",
    "PreconditionFailed",
    "RateLimited",
    "Secret",
    "ServerError",
    "TransportError",
    "ValidationError",
    "auth_error",
    "error_class",
    "error_from_response",
    "hide_cookies",
    "parse_error_body",
    "parse_retry_after",
    "redact_url",
    "scrub",
    "transport_error",
]

_MAX_MESSAGE = 500  # a server message longer than this is cut (stack traces, pages)


class ODataError(Exception):
    """An OData request failed: ``status`` (None without an answer), the server's
    ``code`` and ``message``, the request's ``method`` and ``url`` and ``details``
    (the decoded JSON error body, when there was one)."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        method: str | None = None,
        url: str | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.method = method
        self.url = redact_url(url) if url else url
        self.details = details

    def __str__(self) -> str:
        head = " ".join(
            part
            for part in (str(self.status) if self.status else "", self.code or "")
            if part
        )
        text = f"{head}: {self.message}" if head else self.message
        if self.method and self.url:
            text += f" ({self.method} {self.url})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"message={self.message!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments defeat Exception's default pickling (multiprocessing).
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


def _rebuild(cls: type[ODataError], message: str, state: dict[str, Any]) -> ODataError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class TransportError(ODataError):
    """No answer: the connection failed, was dropped or timed out (after retries)."""


class AuthError(ODataError):
    """Login failed, or the server refused the credentials even after a re-login."""


class NotFound(ODataError):
    """404: no such entity, or no such entity set (yet)."""


class ValidationError(ODataError):
    """400 or 422: the server rejected the request (bad query, bad values)."""


class Conflict(ODataError):
    """409."""


class PreconditionFailed(ODataError):
    """412: the entity changed since it was read (``If-Match``); 428: the server
    requires ``If-Match`` and none was sent."""


class RateLimited(ODataError):
    """429; ``retry_after``: the seconds the server asked to wait, if it said."""

    def __init__(
        self, message: str, *, retry_after: float | None = None, **fields: Any
    ) -> None:
        super().__init__(message, **fields)
        self.retry_after = retry_after


class ServerError(ODataError):
    """5xx."""


_BY_STATUS: dict[int, type[ODataError]] = {
    400: ValidationError,
    401: AuthError,
    403: AuthError,
    404: NotFound,
    409: Conflict,
    412: PreconditionFailed,
    428: PreconditionFailed,
    422: ValidationError,
    429: RateLimited,
}


def error_class(status: int) -> type[ODataError]:
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, ODataError)


def error_from_response(
    response: httpx.Response, *, method: str | None = None, url: str | None = None
) -> ODataError:
    """The exception for an error answer (its body must have been read). ``method``
    and ``url`` default to the response's request."""
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built by hand, without its request
        request = None
    method = method or (request.method if request is not None else None)
    url = url or (str(request.url) if request is not None else None)
    status = response.status_code
    code, message, details = parse_error_body(response)
    if not message:
        message = _status_text(response)
    fields: dict[str, Any] = dict(
        status=status, code=code, method=method, url=url, details=details
    )
    cls = error_class(status)
    if cls is RateLimited:
        after = parse_retry_after(response.headers.get("retry-after"))
        return RateLimited(message, retry_after=after, **fields)
    return cls(message, **fields)


def auth_error(
    response: httpx.Response, message: str | None = None, code: str | None = None
) -> ODataError:
    """A refused login, token request or request: an ``AuthError`` with ``message``,
    or, without one, the error the answer maps to, as an ``AuthError`` unless it is
    a 5xx or a 429 (not the credentials' fault)."""
    status = response.status_code
    if message is None and 300 <= status < 400:
        where = response.headers.get("location", "")
        message = f"{_status_text(response)}: redirected to {where!r}"
    if message is None:
        error = error_from_response(response)
        if status >= 500 or status == 429:
            return error
        message, code = error.message, error.code
        details = error.details
    else:
        details = None
    request = response.request
    return AuthError(
        message,
        status=status,
        code=code,
        method=request.method,
        url=str(request.url),
        details=details,
    )


def transport_error(method: str, url: str, exc: Exception) -> TransportError:
    """No answer to ``method url``: ``exc`` (an httpx error) said why, or the first
    error it chains to that says something (async httpx's own are often empty:
    ``ReadError`` <- ``ConnectionResetError('… Connection reset by peer')``)."""
    reason: BaseException | None = exc
    for _ in range(8):
        if not isinstance(reason, Exception) or str(reason):
            break
        reason = reason.__cause__ or reason.__context__
    text = str(reason) if isinstance(reason, Exception) else ""
    message = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return TransportError(message, method=method, url=url)


def parse_error_body(response: httpx.Response) -> tuple[str | None, str, Any]:
    """``(code, message, details)`` from either Creatio error shape (or an XML
    OData error); ``message`` is empty for an empty body or JSON that says nothing."""
    content = response.content
    if not content.strip():
        return None, "", None
    kind = response.headers.get("content-type", "").lower()
    if "xml" in kind:  # OData 3/4 XML: <m:error><m:code/><m:message>…</m:message>
        found = [_xml_text(tag, content) for tag in (b"code", b"message")]
        if found[1]:
            return found[0] or None, _cut(found[1]), None
    if "html" in kind or content.lstrip()[:1] == b"<":
        title = re.search(rb"<title[^>]*>([^<]{1,200})</title>", content, re.I)
        what = "an HTML page"
        if title:
            what += f" titled {title.group(1).decode('utf-8', 'replace').strip()!r}"
        return None, f"{_status_text(response)} ({what})", None
    try:
        body = json.loads(content)
    except ValueError:
        text = content.decode("utf-8", "replace").strip()
        return None, _cut(text), None
    return (*_from_json(body), body)


def _xml_text(tag: bytes, content: bytes) -> str:
    found = re.search(rb"<(?:\w+:)?%s(?:\s[^>]*)?>([^<]*)<" % tag, content)
    return found.group(1).decode("utf-8", "replace").strip() if found else ""


def _from_json(body: Any) -> tuple[str | None, str]:
    if not isinstance(body, dict):
        return None, ""
    error = body.get("error")
    if isinstance(error, dict):  # OData: {"error": {"code", "message", ...}}
        message = error.get("message")
        if isinstance(message, dict):  # OData 3 JSON: {"lang": ..., "value": ...}
            message = message.get("value")
        code = error.get("code")
        return (str(code) if code else None), _cut(str(message or ""))
    if isinstance(error, str):  # OAuth 2.0: {"error": "invalid_client", ...}
        described = body.get("error_description")
        return error, _cut(str(described or error))
    # ASP.NET Web API's HttpError (keys as written by Json.NET, any case).
    keys = {str(k).lower(): v for k, v in body.items()}
    message = keys.get("exceptionmessage") or keys.get("message") or ""
    detail = keys.get("messagedetail")
    if detail:
        message = f"{message} {detail}".strip()
    code = keys.get("exceptiontype")
    return (str(code) if code else None), _cut(str(message))


def _status_text(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".strip()


def _cut(text: str) -> str:
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date);
    ``None`` when absent or unreadable, never negative."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; a zoneless one is read as such
        when = when.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


_USERINFO = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@?#]*@")


def redact_url(url: str) -> str:
    """The URL without ``user:password@``."""
    return _USERINFO.sub(r"\1***@", url)


class Secret:
    """A secret string whose ``repr``/``str`` never show it; ``reveal()`` does."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("a secret must be a string")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("secrets are not pickled")


class _CookieMask(logging.Filter):
    """Masks Set-Cookie values in httpcore's trace: ``(b'set-cookie', b'***')``."""

    _value = re.compile(r"""(b'set-cookie', b)('[^']*'|"[^"]*")""", re.I)

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and "set-cookie" in record.msg.lower():
            record.msg = self._value.sub(r"\1'***'", record.msg)
        return True


def hide_cookies(*loggers: str) -> None:
    """Mask Set-Cookie values in these loggers' records (httpcore logs response
    headers at DEBUG, a Forms session's cookies among them)."""
    for name in loggers:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _CookieMask) for f in logger.filters):
            logger.addFilter(_CookieMask())


def scrub(text: str, secrets: Iterable[str | Secret | None]) -> str:
    """``text`` with every occurrence of the given secrets replaced by ``***``."""
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if value and len(value) >= 3:  # shorter ones would mangle ordinary words
            text = text.replace(value, "***")
    return text
