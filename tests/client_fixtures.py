"""What the client end-to-end tests share (test_client.py, test_client_async.py,
test_client_e2e.py): the checked-in generated package, the Creatio emulator, a request
recorder and the seed data's keys.

The package under test is ``generated_example/acme_creatio`` itself, imported from the
repository (tests/test_golden.py guarantees it equals fresh generator output from
fixtures/creatio/acme-small.xml). Import the fixtures by name into a test module::

    from tests.client_fixtures import creatio_site, pkg, recorder, site
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import json
import sys
import urllib.parse
import uuid
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
pytest.importorskip("odata_query")

from odatagen.emulator import Site, emulator_fixture
from tests.conftest import CREATIO_SMALL, FIXTURES, REPO

T = TypeVar("T")
GENERATED = REPO / "generated_example"
PACKAGE = "acme_creatio"
SEED = FIXTURES / "emulator" / "acme-small-seed.json"
ANN = uuid.UUID("c0a7ac70-0000-4000-8000-000000000001")
BOB = uuid.UUID("c0a7ac70-0000-4000-8000-000000000002")
DAN = uuid.UUID("c0a7ac70-0000-4000-8000-000000000004")
ACME = uuid.UUID("a1c0ffee-0000-4000-8000-000000000001")
IMAGE = uuid.UUID("9b1c2d3e-4f50-4a61-8b72-000000000001")
ZERO = "00000000-0000-0000-0000-000000000000"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
SUPERVISOR = "410006e1-ca4e-4502-a9ec-e54d922d2c00"
SEED_CONTACTS = 5  # four in the seed file and the Supervisor's own contact

creatio_site = emulator_fixture(
    CREATIO_SMALL, seed=SEED, scope="module", name="creatio_site"
)


@pytest.fixture(scope="session")
def pkg() -> Iterator[Any]:
    """The checked-in ``generated_example/acme_creatio``, imported as is."""
    path = str(GENERATED)
    added = path not in sys.path
    if added:
        sys.path.insert(0, path)
    try:
        module = importlib.import_module(PACKAGE)
        where = Path(module.__file__ or "").resolve()
        assert where.is_relative_to(GENERATED), f"{PACKAGE} imported from {where}"
        yield module
    finally:
        if added and path in sys.path:
            sys.path.remove(path)


@pytest.fixture
def site(creatio_site: Site) -> Iterator[Site]:
    """The module's emulator, back to its seed data, without faults."""
    creatio_site.reset()
    creatio_site.faults.clear()
    yield creatio_site
    creatio_site.faults.clear()


class Sent:
    """One recorded request."""

    def __init__(self, request: httpx.Request) -> None:
        self.method = request.method
        self.url = urllib.parse.unquote(str(request.url))
        self.headers = request.headers
        try:
            content = request.content
        except httpx.RequestNotRead:  # a streamed upload
            content = b""
        self.json: Any = json.loads(content) if content[:1] in (b"{", b"[") else None

    @property
    def path(self) -> str:
        return urllib.parse.urlsplit(self.url).path

    @property
    def query(self) -> dict[str, str]:
        return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.url).query))

    def __repr__(self) -> str:
        return f"<{self.method} {self.url}>"


class Recorder:
    """An httpx request hook (``recorder`` sync, ``recorder.hook`` async) keeping
    every request the client sends."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []

    def __call__(self, request: httpx.Request) -> None:
        self.sent.append(Sent(request))

    async def hook(self, request: httpx.Request) -> None:
        self.sent.append(Sent(request))

    def odata(self, method: str | None = None) -> list[Sent]:
        """The OData requests (no login), optionally of one method."""
        return [
            s
            for s in self.sent
            if "/0/odata/" in s.url and (method is None or s.method == method)
        ]

    def clear(self) -> None:
        self.sent.clear()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def rt(pkg: Any, module: str) -> Any:
    """A runtime module of the package (``acme_creatio._runtime.<module>``)."""
    return importlib.import_module(f"{pkg.__name__}._runtime.{module}")


def forms(pkg: Any, site: Site | None = None, password: str | None = None) -> Any:
    """The package's FormsAuth for the site's user (Supervisor by default)."""
    if site is None:
        return pkg.FormsAuth("Supervisor", password or "Supervisor")
    return pkg.FormsAuth(site.username, password or site.password)


def row(site: Site, key: uuid.UUID) -> dict[str, Any]:
    return next(r for r in site.rows("Contact") if r["Id"] == str(key))


def logins(site: Site) -> int:
    """Successful Forms logins the emulator has seen."""
    return site.emulator.auth.logins


def sessions(site: Site) -> int:
    """Forms sessions open on the emulator (a logout removes one)."""
    return len(site.emulator.auth.sessions)


def aio(main: Callable[[], Awaitable[T]]) -> T:
    """Run ``main()`` (a coroutine function) in a fresh event loop: the project does
    not use pytest-asyncio."""
    return asyncio.run(main())  # type: ignore[arg-type]
