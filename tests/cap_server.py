"""The SAP CAP test server (tests/cap/) as a real subprocess on 127.0.0.1.

    from cap_server import cap_server_fixture

    cap = cap_server_fixture()            # session scope: one server per xdist worker

    def test_books(cap: CapServer) -> None:
        base_url, service_root, metadata_path = cap
        httpx.get(service_root + "Books")

`cap_server_fixture` skips the test (with the reason) when Node or the npm install of
tests/cap is missing: `(cd tests/cap && npm_config_nodedir=/usr npm ci)`. With the
environment variable ODATAGEN_REQUIRE_CAP=1 (set by .ci/run) it fails instead, so a CI
run cannot pass by skipping.

The server listens on a port the OS chooses (no race between picking and binding), writes
its URL to a ready file, and serves `$metadata` from then on. It is stopped on fixture
teardown; at interpreter exit any server still running is killed; and the server watches
its stdin, a pipe only this process holds, so even a test run killed with SIGKILL leaves
no orphan `node` behind.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

CAP_DIR = Path(__file__).resolve().parent / "cap"
SERVICE_PATH = "/odata/v4/catalog/"
INSTALL_HINT = "(cd tests/cap && npm_config_nodedir=/usr npm ci --no-audit --no-fund)"
REQUIRE_ENV = "ODATAGEN_REQUIRE_CAP"
START_TIMEOUT = 60.0  # seconds; a start takes ~1.5 s, more on a loaded CI machine
STOP_TIMEOUT = 5.0

# What a server needs from node_modules: the two pinned packages and the native module
# better-sqlite3 compiles on install.
REQUIRED_FILES = (
    "node_modules/@sap/cds/package.json",
    "node_modules/@cap-js/sqlite/package.json",
    "node_modules/better-sqlite3/build/Release/better_sqlite3.node",
)


def missing_reason() -> str | None:
    """Why the CAP server cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not on PATH (the CAP tests need Node.js >= 20)"
    for relative in REQUIRED_FILES:
        if not (CAP_DIR / relative).is_file():
            return f"the CAP test server is not installed ({relative} is missing); run {INSTALL_HINT}"
    return None


def require_installed() -> None:
    """Skip the calling test when the server cannot run (fail under ODATAGEN_REQUIRE_CAP)."""
    import pytest

    reason = missing_reason()
    if reason is None:
        return
    if os.environ.get(REQUIRE_ENV, "") not in ("", "0"):
        pytest.fail(f"{REQUIRE_ENV} is set but {reason}", pytrace=False)
    pytest.skip(reason)


def odata_url(path: str, **options: str) -> str:
    """`path` with OData system query options, spaces as %20 (CAP answers 400 to `+`).

    odata_url("Books", filter="stock gt 10", top="5") -> "Books?$filter=stock%20gt%2010&$top=5"
    httpx's `params=` would encode spaces as `+`, which CAP rejects.
    """
    if not options:
        return path
    query = urllib.parse.urlencode(
        {(k if k.startswith("$") else f"${k}"): v for k, v in options.items()},
        quote_via=urllib.parse.quote,
        safe="$'(),/:*;=@",
    )
    return f"{path}?{query}"


@dataclass(frozen=True)
class CapServer:
    """A running CAP server. Unpacks as `(base_url, service_root, metadata_path)`."""

    base_url: str  # http://127.0.0.1:PORT
    service_root: (
        str  # http://127.0.0.1:PORT/odata/v4/catalog/ (with the trailing slash)
    )
    metadata_path: Path  # the server's $metadata, saved when it started
    log_path: Path  # the server's stdout and stderr
    process: subprocess.Popen[bytes] = field(repr=False)

    def __iter__(self) -> Iterator[Any]:
        return iter((self.base_url, self.service_root, self.metadata_path))

    @property
    def pid(self) -> int:
        return self.process.pid

    def client(self, **options: Any) -> httpx.Client:
        """An httpx client whose base URL is the service root (relative paths: "Books")."""
        return httpx.Client(base_url=self.service_root, timeout=30, **options)

    def reset(self) -> None:
        """Restores the seed data (drops and re-creates the in-memory database; ~0.3 s)."""
        answer = httpx.post(f"{self.base_url}/-/reset", timeout=60)
        if answer.status_code != 204:
            raise RuntimeError(f"CAP reset failed: {answer.status_code} {answer.text}")

    def log(self) -> str:
        return self.log_path.read_text("utf-8", errors="replace")


_running: dict[int, subprocess.Popen[bytes]] = {}


def _kill_all_at_exit() -> None:
    for process in list(_running.values()):
        _stop(process)


atexit.register(_kill_all_at_exit)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ends the server: stdin EOF (it exits by itself), else SIGTERM, else SIGKILL to
    its process group."""
    _running.pop(process.pid, None)
    if process.stdin is not None and not process.stdin.closed:
        try:
            process.stdin.close()
        except OSError:
            pass
    for signal_first in (False, True):
        if process.poll() is None:
            if signal_first:
                process.terminate()
            try:
                process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                pass
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            process.kill()
        process.wait(STOP_TIMEOUT)


def _environment() -> dict[str, str]:
    """The caller's environment without what would change CAP's profile or config."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CDS_", "cds_", "cds."))
        and key not in ("NODE_ENV", "NODE_OPTIONS", "PORT", "VCAP_SERVICES")
    }
    env["NO_COLOR"] = "1"
    env["FORCE_COLOR"] = "0"
    return env


def start(workdir: Path, timeout: float = START_TIMEOUT) -> CapServer:
    """Starts a CAP server, waits until its $metadata answers and saves it in `workdir`.

    The caller stops it with `stop(server)`. Raises RuntimeError (with the server's log)
    when it does not come up within `timeout` seconds.
    """
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not on PATH")
    workdir.mkdir(parents=True, exist_ok=True)
    ready_file = workdir / "ready.json"
    ready_file.unlink(missing_ok=True)
    log_path = workdir / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                node,
                str(CAP_DIR / "server.js"),
                "--port",
                "0",
                "--ready-file",
                str(ready_file),
                "--exit-on-stdin-eof",
            ],
            cwd=CAP_DIR,
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=_environment(),
            start_new_session=True,  # a ^C reaches pytest, which stops the server itself
        )
    _running[process.pid] = process
    try:
        base_url = _wait_until_ready(process, ready_file, log_path, timeout)
        service_root = base_url + SERVICE_PATH
        answer = httpx.get(service_root + "$metadata", timeout=30)
        if answer.status_code != 200:
            raise RuntimeError(
                f"CAP $metadata answered {answer.status_code}: {answer.text[:500]}"
            )
        metadata_path = workdir / "metadata.xml"
        metadata_path.write_bytes(answer.content)
    except BaseException:
        _stop(process)
        raise
    return CapServer(base_url, service_root, metadata_path, log_path, process)


def _wait_until_ready(
    process: subprocess.Popen[bytes], ready_file: Path, log_path: Path, timeout: float
) -> str:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(
                f"the CAP server exited with {process.returncode} before it was ready:\n"
                + log_path.read_text("utf-8", errors="replace")[-4000:]
            )
        if ready_file.is_file():  # written whole: the server renames it into place
            url: str = json.loads(ready_file.read_text("utf-8"))["url"]
            try:
                if (
                    httpx.get(url + SERVICE_PATH + "$metadata", timeout=5).status_code
                    == 200
                ):
                    return url
            except httpx.TransportError:
                pass
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"the CAP server was not ready after {timeout:.0f} s:\n"
                + log_path.read_text("utf-8", errors="replace")[-4000:]
            )
        time.sleep(0.02)


def stop(server: CapServer) -> None:
    _stop(server.process)


def cap_server_fixture(
    scope: str = "session", name: str | None = None
) -> Callable[..., Any]:
    """A pytest fixture giving a running `CapServer`, started once per `scope`
    (per xdist worker for "session"); skips when the server is not installed."""
    import pytest

    def fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CapServer]:
        require_installed()
        server = start(tmp_path_factory.mktemp("cap"))
        try:
            yield server
        finally:
            stop(server)

    return pytest.fixture(scope=scope, name=name)(fixture)  # type: ignore[call-overload, no-any-return]
