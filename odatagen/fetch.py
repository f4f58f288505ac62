"""Fetching `$metadata` over HTTP (Creatio forms login, OAuth2 client credentials, a
bearer token or none): OData root detection, retries, validation and clear errors.
Credentials are `Secret`s (their repr never shows them) and every error message is
scrubbed of them as a last line of defence. This module finds the candidate roots
(`locate`) and runs the exchange (`fetch`); the HTTP session, the credentials and the
validation of the answer are in `odatagen.fetch_http`."""

from __future__ import annotations

import ipaddress
import urllib.parse

import attrs

from odatagen.diagnostics import GenerationError
from odatagen.fetch_http import (
    AUTH_KINDS,
    Auth,
    AuthKind,
    ETags,
    Fetched,
    HttpSession,
    Logger,
    Secret,
    Target,
    error,
    redact,
    validate,
)

__all__ = [
    "AUTH_KINDS",
    "Auth",
    "AuthKind",
    "ETags",
    "Fetched",
    "Logger",
    "Secret",
    "Target",
    "derive_identity_url",
    "error",
    "fetch",
    "fetch_metadata",
    "locate",
    "redact",
    "validate",
]

# Creatio's OData 4 roots, in the order they are tried for a site.
LAYOUTS = (("/0/odata", ".NET Framework"), ("/odata", ".NET Core"))
LOOPBACK = ("localhost", "127.0.0.1", "::1")


def derive_identity_url(site: str) -> str:
    """Creatio cloud's identity service: first host label + `-is`
    (`https://acme.creatio.com` -> `https://acme-is.creatio.com`)."""
    parts = urllib.parse.urlsplit(site)
    host = parts.hostname or ""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        raise ValueError(f"{host} is an IP address")
    first, dot, rest = host.partition(".")
    if not dot or not first or not rest:
        raise ValueError(f"{host or site!r} has no domain")
    netloc = f"{first}-is.{rest}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme or "https", netloc, "", "", ""))


# -- where the metadata is --------------------------------------------------------
def _site_of(origin: str, segments: list[str]) -> str:
    """The Creatio site of a service root: the path before `[0/]odata` or
    `[0/]ServiceModel/….svc`; the root itself for other services."""
    lowered = [s.lower() for s in segments]
    cut = len(segments)
    if "odata" in lowered:
        cut = lowered.index("odata")
    elif any(s.endswith(".svc") for s in lowered):
        cut = next(i for i, s in enumerate(lowered) if s.endswith(".svc"))
        if cut and lowered[cut - 1] == "servicemodel":
            cut -= 1
    if cut < len(segments) and cut and segments[cut - 1] == "0":
        cut -= 1
    return origin + "".join("/" + s for s in segments[:cut])


def locate(spec: str, odata_path: str | None = None) -> Target:
    """A `$metadata` URL, an OData service root or a site (both Creatio layouts are
    tried, then the URL itself as a service root when it has a path)."""
    parts, label = urllib.parse.urlsplit(spec.strip()), redact(spec.strip())
    try:
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        raise error(label, "bad-url", "the port is not valid") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise error(label, "bad-url", "not an http:// or https:// URL")
    if parts.username is not None or parts.password is not None:
        message = "credentials in the URL are not accepted: use ODATAGEN_* variables"
        raise error(label, "bad-url", message)
    origin = f"{parts.scheme.lower()}://{parts.netloc}"
    query = f"?{parts.query}" if parts.query else ""
    segments = [s for s in parts.path.split("/") if s]
    base = origin + "".join("/" + s for s in segments)
    last = segments[-1].lower() if segments else ""
    if last == "$metadata":
        if odata_path is not None:
            raise error(label, "bad-url", "--odata-path needs a site, not $metadata")
        site, found = _site_of(origin, segments[:-1]), [(base + query, "$metadata URL")]
    elif odata_path is not None:
        root = "/".join(filter(None, (base, odata_path.strip("/"))))
        site, found = base, [(f"{root}/$metadata{query}", f"--odata-path {odata_path}")]
    elif last == "odata" or last.endswith(".svc"):
        site, found = _site_of(origin, segments), [(f"{base}/$metadata{query}", "root")]
    else:
        site = base
        found = [(f"{base}{path}/$metadata{query}", name) for path, name in LAYOUTS]
        if segments:
            found.append((f"{base}/$metadata{query}", "service root"))
    return Target(site, tuple(found))


def _scrubbed(exc: GenerationError, secrets: list[str]) -> GenerationError:
    def scrub(text: str) -> str:
        for secret in secrets:
            text = text.replace(secret, "***")
        return text

    found = [attrs.evolve(d, message=scrub(d.message)) for d in exc.diagnostics]
    return GenerationError(found)


def fetch(
    spec: str,
    auth: Auth,
    *,
    odata_path: str | None = None,
    timeout: float = 30.0,
    retries: int = 2,
    backoff: float = 0.5,
    etag_for: ETags | None = None,
    log: Logger | None = None,
) -> Fetched:
    """Fetch and validate the `$metadata` of `spec` (a site, service root or
    `$metadata` URL). `etag_for(url)` gives an ETag to send as If-None-Match; a 304
    answer gives `Fetched.data is None`. Raises GenerationError (secrets scrubbed)."""
    try:
        target = locate(spec, odata_path)
        http = HttpSession(auth, timeout, retries, backoff)
        http.log = log or http.log
        if auth.kind != "none" and _plain_http(target.site):
            http.log(f"warning: {target.site}: credentials sent over plain http")
        with http.client:
            headers, session = {"Accept": "application/xml"}, None
            try:
                if auth.kind == "forms":
                    session = http.login(target.site)
                    headers.update(session)
                elif auth.kind == "oauth2":
                    token = http.token(auth.identity_url or _identity(target.site))
                    headers["Authorization"] = f"Bearer {token}"
                elif auth.kind == "bearer":
                    headers["Authorization"] = f"Bearer {auth.token.reveal()}"
                return http.probe(target, headers, etag_for or (lambda url: None))
            finally:
                if session is not None:
                    http.logout(target.site, headers)
    except GenerationError as exc:
        failure = _scrubbed(exc, auth.secrets())
    raise failure  # outside `except`: no chained exceptions holding requests


def fetch_metadata(
    spec: str,
    auth: Auth,
    *,
    odata_path: str | None = None,
    timeout: float = 30.0,
    retries: int = 2,
    log: Logger | None = None,
) -> bytes:
    """The validated `$metadata` document of `spec`."""
    found = fetch(
        spec, auth, odata_path=odata_path, timeout=timeout, retries=retries, log=log
    )
    assert found.data is not None  # no If-None-Match was sent
    return found.data


def _plain_http(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme == "http" and parts.hostname not in LOOPBACK


def _identity(site: str) -> str:
    try:
        return derive_identity_url(site)
    except ValueError as exc:
        hint = "give --identity-url or set ODATAGEN_IDENTITY_URL"
        message = f"cannot derive the identity service URL ({exc}): {hint}"
        raise error(site, "identity-url", message) from None
