"""`odatagen fetch`: download a `$metadata` document into a file, with credentials
from the environment (or a prompt), If-None-Match caching and an atomic write; and
`resolve_url`, which lets other commands take a URL where they take a file."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import cast

import click

from odatagen.diagnostics import GenerationError
from odatagen.fetch import (
    AUTH_KINDS,
    Auth,
    AuthKind,
    Fetched,
    Secret,
    error,
    fetch,
    fetch_metadata,
    redact,
)

ENV_USERNAME = "ODATAGEN_USERNAME"
ENV_PASSWORD = "ODATAGEN_PASSWORD"
ENV_CLIENT_ID = "ODATAGEN_CLIENT_ID"
ENV_CLIENT_SECRET = "ODATAGEN_CLIENT_SECRET"
ENV_IDENTITY_URL = "ODATAGEN_IDENTITY_URL"
ENV_TOKEN = "ODATAGEN_TOKEN"
EXIT_ERROR = 2

Prompter = Callable[[str, bool], str]  # (label, hide the input) -> value


# -- credentials ------------------------------------------------------------------
def default_auth_kind(env: Mapping[str, str]) -> AuthKind:
    """forms, oauth2 or bearer after the variables that are set; else none."""
    if env.get(ENV_USERNAME) or env.get(ENV_PASSWORD):
        return "forms"
    if env.get(ENV_CLIENT_ID) or env.get(ENV_CLIENT_SECRET):
        return "oauth2"
    return "bearer" if env.get(ENV_TOKEN) else "none"


def auth_from_env(
    kind: AuthKind | None = None,
    env: Mapping[str, str] | None = None,
    prompt: Prompter | None = None,
    identity_url: str | None = None,
    file: str = "",
) -> Auth:
    """Credentials for `kind` (default: after the variables that are set). A missing
    variable is asked for with `prompt`, or is an error naming it without one."""
    env = os.environ if env is None else env
    kind = kind or default_auth_kind(env)

    def need(name: str, label: str, hidden: bool) -> str:
        value = env.get(name, "")
        if not value and prompt is not None:
            value = prompt(label, hidden)
        if not value:
            raise error(
                file,
                "missing-credentials",
                f"{name} is not set (--auth {kind} needs it) and there is no terminal "
                "to ask: set the environment variable",
            )
        return value

    if kind == "forms":
        username = need(ENV_USERNAME, "Creatio user name", False)
        password = Secret(need(ENV_PASSWORD, "Password", True))
        return Auth(kind, username=username, password=password)
    if kind == "oauth2":
        client_id = need(ENV_CLIENT_ID, "OAuth2 client id", False)
        secret = Secret(need(ENV_CLIENT_SECRET, "OAuth2 client secret", True))
        identity = identity_url or env.get(ENV_IDENTITY_URL, "")
        return Auth(
            kind, client_id=client_id, client_secret=secret, identity_url=identity
        )
    if kind == "bearer":
        return Auth(kind, token=Secret(need(ENV_TOKEN, "Bearer token", True)))
    return Auth("none")


def resolve_url(spec: str) -> tuple[bytes, str] | None:
    """For `odatagen.sources.RESOLVERS`: the `$metadata` of an http(s) spec, fetched
    with the environment's credentials (never prompting); None for anything else."""
    spec = spec.strip()
    if not spec.lower().startswith(("http://", "https://")):
        return None
    auth = auth_from_env(file=redact(spec))
    return fetch_metadata(spec, auth), redact(spec)


# -- the ETag cache -----------------------------------------------------------------
def cache_file() -> Path:
    """`$XDG_CACHE_HOME/odatagen/fetch/etags.json` (XDG: `~/.cache` by default)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "odatagen" / "fetch" / "etags.json"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ETagCache:
    """ETags by `$metadata` URL and output file, with the SHA-256 of what was written:
    an ETag is only sent while the file still holds that document."""

    def __init__(self, path: Path, output: Path) -> None:
        self.path, self.output = path, str(output.resolve())
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        self.data = cast(dict[str, dict[str, dict[str, str]]], data)
        if not isinstance(data, dict):
            self.data = {}

    def etag_for(self, url: str) -> str | None:
        files = self.data.get(url)
        entry = files.get(self.output) if isinstance(files, dict) else None
        if not isinstance(entry, dict) or not entry.get("etag"):
            return None
        try:
            current = _digest(Path(self.output).read_bytes())
        except OSError:
            return None
        return entry["etag"] if current == entry.get("sha256") else None

    def record(self, url: str, etag: str | None, data: bytes) -> None:
        files = self.data.get(url)
        files = files if isinstance(files, dict) else {}
        files.pop(self.output, None)
        if etag:
            files[self.output] = {"etag": etag, "sha256": _digest(data)}
        self.data[url] = files
        with contextlib.suppress(OSError):  # a cache that cannot be written is no cache
            text = json.dumps(self.data, indent=1, sort_keys=True)
            write_atomic(self.path, text.encode())


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary sibling and `os.replace`: never a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".part", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _prompt(label: str, hidden: bool) -> str:
    return cast(str, click.prompt(label, hide_input=hidden, err=True))


def _store(output: Path, found: Fetched, cache: ETagCache) -> str:
    """Write the fetched document (unless the file already holds it); a report."""
    if found.data is None:
        return f"{output}: not modified (ETag {found.etag})"
    try:
        unchanged = output.read_bytes() == found.data
    except OSError:
        unchanged = False
    if not unchanged:
        try:
            write_atomic(output, found.data)
        except OSError as exc:
            message = f"cannot write: {exc.strerror or exc}"
            raise error(str(output), "write", message) from None
    cache.record(found.url, found.etag, found.data)
    state = "unchanged" if unchanged else f"written ({len(found.data):,} bytes)"
    return f"{output}: {state} from {found.url}"


@click.command("fetch")
@click.argument("site_or_url")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write the $metadata document into.",
)
@click.option(
    "--auth",
    type=click.Choice(AUTH_KINDS),
    help="Authentication (default: after the ODATAGEN_* variables that are set).",
)
@click.option(
    "--odata-path",
    metavar="PATH",
    help="OData root below the site, e.g. 0/odata (default: detected).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30.0,
    show_default=True,
    help="Seconds to wait for the server (per connection and read).",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0, max=10),
    default=2,
    show_default=True,
    help="Retries of the $metadata GET on timeouts, connection errors and 5xx.",
)
@click.option(
    "--identity-url",
    metavar="URL",
    help="OAuth2 identity service (default: ODATAGEN_IDENTITY_URL, or {tenant}-is).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
def fetch_command(
    site_or_url: str,
    output: Path,
    auth: str | None,
    odata_path: str | None,
    timeout: float,
    retries: int,
    identity_url: str | None,
    quiet: bool,
) -> None:
    """Download the $metadata of SITE_OR_URL (a Creatio site, an OData service root
    or a $metadata URL) into a file.

    Credentials come from the environment (ODATAGEN_USERNAME/ODATAGEN_PASSWORD,
    ODATAGEN_CLIENT_ID/ODATAGEN_CLIENT_SECRET, ODATAGEN_TOKEN) or, on a terminal,
    a prompt.
    """

    def log(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    try:
        if output.is_dir():
            raise error(str(output), "write", "is a directory")
        credentials = auth_from_env(
            cast(AuthKind | None, auth),
            prompt=_prompt if sys.stdin.isatty() else None,
            identity_url=identity_url,
            file=redact(site_or_url),
        )
        cache = ETagCache(cache_file(), output)
        found = fetch(
            site_or_url,
            credentials,
            odata_path=odata_path,
            timeout=timeout,
            retries=retries,
            etag_for=cache.etag_for if output.is_file() else None,
            log=log,
        )
        log(_store(output, found, cache))
    except GenerationError as exc:
        for diagnostic in exc.diagnostics:
            click.echo(diagnostic.format(), err=True)
        click.get_current_context().exit(EXIT_ERROR)
