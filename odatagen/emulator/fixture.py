"""Running an emulator in a background thread: `emulated(...)` (a context manager),
`serve(...)` and `emulator_fixture(...)` (a pytest fixture factory)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from odatagen.emulator.app import Emulator
from odatagen.emulator.faults import Faults, FaultSettings
from odatagen.emulator.seed import SeedSource
from odatagen.emulator.settings import LOGIN, LOGOUT, TOKEN, Settings


class Site:
    """A running emulator: where it is, its faults, and direct access to its data."""

    def __init__(
        self,
        emulator: Emulator,
        server: uvicorn.Server,
        thread: threading.Thread,
        sock: socket.socket,
    ) -> None:
        self.emulator = emulator
        self._server = server
        self._thread = thread
        self._socket = sock
        host, port = sock.getsockname()[:2]
        host = f"[{host}]" if ":" in host else host
        self.url = f"http://{host}:{port}"  # the site, as for `odatagen fetch`
        self.port = int(port)
        settings = emulator.settings
        self.root = self.url + settings.odata_root  # the OData service root
        self.metadata_url = self.root + "/$metadata"
        self.login_url = self.url + LOGIN
        self.logout_url = self.url + LOGOUT
        self.token_url = self.url + TOKEN
        self.username, self.password = settings.username, settings.password
        self.client_id, self.client_secret = settings.client_id, settings.client_secret

    @property
    def faults(self) -> Faults:
        return self.emulator.faults

    @property
    def settings(self) -> Settings:
        return self.emulator.settings

    def insert(self, entity_set: str, rows: Sequence[Mapping[str, Any]]) -> list[str]:
        """Insert rows without HTTP (fast); returns their keys."""
        return self.emulator.insert(entity_set, rows)

    def rows(self, entity_set: str) -> list[dict[str, Any]]:
        """Every row of a set as OData JSON."""
        return self.emulator.rows(entity_set)

    def reset(self) -> None:
        """Back to the seed data (sessions and faults stay)."""
        self.emulator.reset()

    def expire_sessions(self) -> None:
        self.emulator.expire_sessions()

    def client(self, login: bool = True, **options: Any) -> httpx.Client:
        """An httpx client on the site, logged in with Forms auth (cookies and the
        BPMCSRF header set) unless `login=False`."""
        client = httpx.Client(base_url=self.url, **options)
        if login:  # on another client: this one stays unopened for `with`
            answer = httpx.post(
                self.login_url,
                json={"UserName": self.username, "UserPassword": self.password},
                headers={"ForceUseSession": "true"},
            )
            if answer.json().get("Code") != 0:
                client.close()
                raise RuntimeError(f"emulator login failed: {answer.text}")
            client.cookies.update(answer.cookies)
            client.headers["BPMCSRF"] = answer.cookies["BPMCSRF"]
        return client

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)
        self._socket.close()
        self.emulator.close()


def serve(
    emulator: Emulator,
    host: str = "127.0.0.1",
    port: int = 0,
    log_level: str = "warning",
    timeout: float = 15.0,
) -> Site:
    """Start `emulator` on `host:port` (0: a free port) in a daemon thread and wait
    until it answers. Stop it with `site.stop()`."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.create_server((host, port), family=family)
    # Accepted sockets inherit this: without it, Nagle's algorithm and delayed ACKs
    # hold each small response back for ~40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    config = uvicorn.Config(
        emulator.app,
        log_level=log_level,
        log_config=None,  # leave the host process's logging configuration alone
        access_log=False,
        lifespan="off",
        http="h11",
        ws="none",
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    # uvicorn installs signal handlers only in the main thread.
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="emulator"
    )
    thread.start()
    site = Site(emulator, server, thread, sock)
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            site.stop()
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)
    with httpx.Client(timeout=timeout) as probe:  # it answers
        probe.get(site.url + "/__emulator/health").raise_for_status()
    return site


@contextmanager
def emulated(
    metadata: bytes | str | Path,
    *,
    seed: SeedSource = None,
    host: str = "127.0.0.1",
    port: int = 0,
    faults: FaultSettings | None = None,
    settings: Settings | None = None,
    log_level: str = "warning",
    **options: Any,
) -> Iterator[Site]:
    """A Creatio-like site for the `with` block: `site.url`, `site.root`, `site.faults`.
    `options` are `Settings` fields (layout="core", expired=302, session_lifetime=…)."""
    if settings is not None and options:
        raise TypeError("give either settings= or Settings fields, not both")
    settings = settings or Settings(**options)
    emulator = Emulator(metadata, settings=settings, seed=seed, faults=faults)
    site = serve(emulator, host, port, log_level)
    try:
        yield site
    finally:
        site.stop()


def emulator_fixture(
    metadata: bytes | str | Path,
    *,
    seed: SeedSource = None,
    scope: str = "session",
    name: str | None = None,
    **options: Any,
) -> Any:
    """A pytest fixture giving a running `Site` (started once per `scope`):

    creatio = emulator_fixture("tests/acme.xml", seed="tests/seed.json")
    """
    import pytest

    def site_fixture() -> Iterator[Site]:
        with emulated(metadata, seed=seed, **options) as site:
            yield site

    return pytest.fixture(scope=scope, name=name)(site_fixture)  # type: ignore[call-overload]
