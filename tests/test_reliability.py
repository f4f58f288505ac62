"""Reliability of the generated client under faults and load: the checked-in
generated_example/acme_creatio ``Client`` and ``AsyncClient`` against the Creatio
emulator (real sockets on 127.0.0.1).

tests/test_client_e2e.py shows each mechanism once, with a handful of rows (one
re-login per expiry style, the computed 429/503 waits, dropped connections, POST not
retried after a 503 or a drop, eight threads through one expiry, secrets in logs and
reprs). This file puts them under pressure and counts what reaches the server:

* session expiry between the pages of a 25,000-row read: one re-login, no row lost
  or doubled;
* read timeouts (client timeout below the emulator's latency), real Retry-After waits,
  TCP resets (RST), and a storm of 503s, 429s, drops and resets under eight threads:
  retried, or raised as the documented errors; a POST never reaches the server twice;
* 8 threads x 1,000 requests and 200 async tasks on one client (with session expiries
  in the middle): one login per expiry, every answer the row that was asked for;
* ``$batch`` with failing items, and with a chunk whose POST fails: every item has an
  outcome;
* 10,000 creates through ``$batch``, then full paged and delta reads, sync and async:
  counts and content checksums match exactly;
* credentials (password, client secret, cookies as the emulator issued them, tokens)
  never appear in logs, reprs, error messages or tracebacks (chained causes and
  captured locals included).

Figures (requests, rows, faults, seconds) are printed: ``pytest -s``. The heavy tests
are marked ``slow``; the file runs in well under 90 s with ``-n 2``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import socket
import struct
import threading
import time
import traceback
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from odatagen.emulator import Site, emulator_fixture
from tests.client_fixtures import ANN, BOB, SEED, SEED_CONTACTS, aio, logins, pkg
from tests.conftest import CREATIO_SMALL

__all__ = ["pkg"]  # fixture

PASSWORD = "R3liable-Pa55word!"  # not the defaults: a leak cannot hide
CLIENT_SECRET = "oauth-Cl1ent-S3cret"
WRONG_PASSWORD = "wrong-Pa55word-42"
reliable = emulator_fixture(
    CREATIO_SMALL,
    seed=SEED,
    scope="module",
    name="reliable",
    password=PASSWORD,
    client_secret=CLIENT_SECRET,
)


@pytest.fixture
def site(reliable: Site) -> Iterator[Site]:
    """The module's emulator, back to its seed data, without faults."""
    reliable.reset()
    reliable.faults.clear()
    yield reliable
    reliable.faults.clear()


# -- helpers ------------------------------------------------------------------------------
def forms(pkg: Any, site: Site, password: str | None = None) -> Any:
    return pkg.FormsAuth(site.username, password or site.password)


def report(what: str, **figures: Any) -> None:
    """Print a measured figure line (shown with ``pytest -s``)."""
    print(
        f"\n[reliability] {what}: " + ", ".join(f"{k}={v}" for k, v in figures.items())
    )


class Reaching:
    """The requests the emulator's OData service handled (``$batch`` sub-requests
    included): what reached the server, not what the client tried."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def add(self, method: str, path: str) -> None:
        with self._lock:
            self.seen.append((method, path))

    def count(self, method: str, path: str | None = None) -> int:
        with self._lock:
            return sum(
                1 for m, p in self.seen if m == method and (path is None or p == path)
            )

    def wait_for(self, method: str, path: str, count: int, timeout: float = 5) -> int:
        """The count once it reaches `count` (requests still sleeping in the
        emulator's latency arrive late), or after `timeout`."""
        deadline = time.monotonic() + timeout
        while self.count(method, path) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.05)  # and no more than that
        return self.count(method, path)


@contextmanager
def reaching(site: Site) -> Iterator[Reaching]:
    service = site.emulator.service
    handled = Reaching()
    original = service.handle

    def handle(request: Any) -> Any:
        handled.add(request.method, request.path)
        return original(request)

    service.handle = handle  # type: ignore[method-assign]
    try:
        yield handled
    finally:
        del service.handle


def record_sleeps(
    client: Any, action: Callable[[float], None] | None = None
) -> list[float]:
    """Record the client's retry waits instead of sleeping them (and run `action`)."""
    slept: list[float] = []

    def note(seconds: float) -> None:
        slept.append(seconds)
        if action is not None:
            action(seconds)

    if hasattr(client, "aclose"):

        async def anote(seconds: float) -> None:
            note(seconds)

        client.session._sleep = anote
    else:
        client.session._sleep = note
    return slept


def injected(site: Site) -> tuple[int, int]:
    """(failures answered, connections dropped) by the emulator so far."""
    state = site.faults.snapshot()
    return int(state["failed"]), int(state["dropped"])


def named(site: Site, name: str) -> int:
    return sum(1 for r in site.rows("Contact") if r["Name"] == name)


@pytest.fixture
def resets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The emulator's dropped connections become TCP resets (RST, SO_LINGER 0)
    instead of an orderly close: httpx sees "Connection reset by peer"."""
    from odatagen.emulator import app

    async def reset(receive: Any) -> None:
        transport = receive.__self__.transport
        sock = transport.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
        for _ in range(3):
            await asyncio.sleep(0)

    monkeypatch.setattr(app, "_drop", reset)


def checksum(rows: Any) -> str:
    """SHA-256 over the sorted (Id, Name, Email, JobTitle, Age) tuples."""
    lines = sorted("\x1f".join(map(str, (str(r[0]).lower(), *r[1:]))) for r in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def fields(contact: Any) -> tuple[Any, ...]:
    return (contact.id, contact.name, contact.email, contact.job_title, contact.age)


# -- session expiry in the middle of a big paged read ---------------------------------------------
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_session_expiry_between_pages_of_25000_rows(
    pkg: Any, site: Site, mode: str
) -> None:
    """25,000 rows in pages of 5,000; the session expires after the second page: the
    third page is refused, one re-login, the read goes on; every row exactly once."""
    before_insert = {r["Id"] for r in site.rows("Contact")}
    keys = site.insert("Contact", [{"Name": f"Paged {i:05d}"} for i in range(25_000)])
    expected = before_insert | set(keys)
    assert len(expected) == 25_000 + SEED_CONTACTS
    pages: list[int] = []

    def on_page(response: httpx.Response) -> None:
        request = response.request
        if request.method == "GET" and request.url.path.endswith("/Contact"):
            pages.append(response.status_code)
            if len(pages) == 2:
                site.faults.expire_sessions()

    async def aon_page(response: httpx.Response) -> None:
        on_page(response)

    q = pkg.Contact.q
    started = time.perf_counter()
    with reaching(site) as handled:
        if mode == "sync":
            http = httpx.Client(timeout=60, event_hooks={"response": [on_page]})
            with pkg.Client(site.url, forms(pkg, site), http=http, page_size=5000) as c:
                assert c.contact.query().count() == len(expected)  # logged in
                first = logins(site)
                ids = [str(x.id) for x in c.contact.select(q.name)]
            http.close()
        else:

            async def main() -> tuple[int, list[str]]:
                http = httpx.AsyncClient(
                    timeout=60, event_hooks={"response": [aon_page]}
                )
                auth = forms(pkg, site)
                async with pkg.AsyncClient(
                    site.url, auth, http=http, page_size=5000
                ) as c:
                    assert await c.contact.query().count() == len(expected)
                    first = logins(site)
                    found = [str(x.id) async for x in c.contact.select(q.name)]
                await http.aclose()
                return first, found

            first, ids = aio(main)
    took = time.perf_counter() - started
    assert len(ids) == len(set(ids)) == len(expected) and set(ids) == expected
    assert logins(site) == first + 1  # exactly one re-login
    assert pages == [200, 200, 401, 200, 200, 200, 200]  # the refused page, re-sent
    assert handled.count("GET", "Contact") == 6  # the refused one never got through
    report(
        f"expiry mid-read ({mode})",
        rows=len(ids),
        pages=6,
        relogins=1,
        seconds=round(took, 2),
    )


# -- timeouts, Retry-After, resets ---------------------------------------------------------------
class Sent:
    """What the client sent (an httpx request hook, sync or async)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append((request.method, request.url.path))

    async def hook(self, request: httpx.Request) -> None:
        self(request)

    def count(self, method: str, suffix: str) -> int:
        return sum(1 for m, p in self.requests if m == method and p.endswith(suffix))


def in_thread(loop: asyncio.AbstractEventLoop) -> Callable[[Any], Any]:
    """Run a coroutine on `loop` from another thread and wait for its result: the
    sync scenarios then drive an AsyncClient too."""
    return lambda coroutine: asyncio.run_coroutine_threadsafe(coroutine, loop).result()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_read_timeouts_are_retried_then_raise_transport_error(
    pkg: Any, site: Site, mode: str
) -> None:
    """Client timeout 0.3 s, emulator latency 0.6 s. A GET: four tries, then
    TransportError (chained to httpx's timeout). A GET slow only once: retried,
    answered. A POST: sent once, TransportError at once, never run twice (the
    emulator drops a request whose client left during its latency)."""
    latency, timeout = 0.6, 0.3
    sent = Sent()

    def scenario(c: Any, handled: Reaching, run: Callable[[Any], Any]) -> None:
        slept = record_sleeps(c)
        assert run(c.contact.get(ANN)).name == "Ann Meyer"  # logged in, root known
        site.faults.set_latency(latency)
        started = time.perf_counter()
        with pytest.raises(pkg.TransportError) as raised:
            run(c.contact.get(BOB))
        took = time.perf_counter() - started
        error = raised.value
        assert error.status is None and error.method == "GET"
        assert "ReadTimeout" in str(error)
        assert isinstance(error.__cause__, httpx.TimeoutException)
        assert len(slept) == 3 and 4 * timeout <= took < 4 * timeout + 1.5
        assert sent.count("GET", f"/Contact({BOB})") == 4
        # slow once, then fast again (the latency goes while the client waits)
        record_sleeps(c, lambda _: site.faults.set_latency(0))
        assert run(c.contact.get(BOB)).name == "Bob Stone"
        assert sent.count("GET", f"/Contact({BOB})") == 6
        site.faults.set_latency(latency)  # a POST whose answer is late: not sent again
        with pytest.raises(pkg.TransportError):
            run(c.contact.create(name=f"Late {mode}"))
        site.faults.set_latency(0)
        assert sent.count("POST", "/Contact") == 1
        time.sleep(latency)  # the emulator drops a request whose client left; a
        # server that runs it anyway runs it once: never twice
        assert handled.count("POST") == named(site, f"Late {mode}") <= 1
        report(f"read timeouts ({mode})", tries=4, seconds_to_give_up=round(took, 2))

    with reaching(site) as handled:
        if mode == "sync":
            http = httpx.Client(timeout=timeout, event_hooks={"request": [sent]})
            with pkg.Client(site.url, forms(pkg, site), http=http) as c:
                scenario(c, handled, lambda value: value)
            http.close()
        else:

            async def main() -> None:
                ahttp = httpx.AsyncClient(
                    timeout=timeout, event_hooks={"request": [sent.hook]}
                )
                async with pkg.AsyncClient(site.url, forms(pkg, site), http=ahttp) as c:
                    run = in_thread(asyncio.get_running_loop())
                    await asyncio.to_thread(scenario, c, handled, run)
                await ahttp.aclose()

            aio(main)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_retry_after_and_backoff_are_really_waited(
    pkg: Any, site: Site, mode: str
) -> None:
    """Not only computed (test_client_e2e records them): a 429 with Retry-After: 1
    is answered after at least a second; a 503 burst with backoff 0.05 s soon."""
    retry = pkg.Retry(backoff=0.05)
    failed_before = injected(site)[0]

    async def amain() -> tuple[float, float]:
        async with pkg.AsyncClient(site.url, forms(pkg, site), retry=retry) as c:
            await c.contact.get(ANN)
            site.faults.fail(1, status=429, retry_after=1)
            started = time.perf_counter()
            assert (await c.contact.get(BOB)).name == "Bob Stone"
            limited = time.perf_counter() - started
            site.faults.fail(3, status=503, retry_after=None)
            started = time.perf_counter()
            assert await c.contact.query().count() == SEED_CONTACTS
            return limited, time.perf_counter() - started

    if mode == "sync":
        with pkg.Client(site.url, forms(pkg, site), retry=retry) as c:
            c.contact.get(ANN)
            site.faults.fail(1, status=429, retry_after=1)
            started = time.perf_counter()
            assert c.contact.get(BOB).name == "Bob Stone"
            limited = time.perf_counter() - started
            site.faults.fail(3, status=503, retry_after=None)
            started = time.perf_counter()
            assert c.contact.query().count() == SEED_CONTACTS
            burst = time.perf_counter() - started
    else:
        limited, burst = aio(amain)
    assert 1.0 <= limited < 2.5
    assert burst < 1.0  # 3 waits of at most 0.05, 0.1, 0.2 s
    assert injected(site)[0] == failed_before + 4
    report(
        f"Retry-After ({mode})", waited_429=round(limited, 2), burst_503=round(burst, 2)
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.usefixtures("resets")
def test_connection_resets(pkg: Any, site: Site, mode: str) -> None:
    """TCP resets (RST): a GET, PATCH or DELETE is retried; after four resets the
    TransportError names it, chained to httpx's error; a POST is not sent again."""

    def scenario(c: Any, handled: Reaching, run: Callable[[Any], Any]) -> None:
        slept = record_sleeps(c)
        run(c.contact.get(ANN))
        dropped_before = injected(site)[1]
        site.faults.drop(3)
        assert run(c.contact.get(BOB)).name == "Bob Stone"
        assert len(slept) == 3 and handled.count("GET", f"Contact({BOB})") == 1
        site.faults.drop(4)
        with pytest.raises(pkg.TransportError) as raised:
            run(c.contact.get(BOB))
        assert "Connection reset by peer" in str(raised.value)
        assert isinstance(raised.value.__cause__, httpx.TransportError)
        site.faults.drop(1)
        run(c.contact.update(BOB, job_title=f"Reset {mode}"))
        assert handled.count("PATCH") == 1
        made = run(c.contact.create(name=f"Doomed {mode}"))
        site.faults.drop(1)
        run(c.contact.delete(made.id))
        assert handled.count("DELETE") == 1
        slept.clear()
        site.faults.drop(1)
        with pytest.raises(pkg.TransportError):
            run(c.contact.create(name=f"Reset {mode}"))
        assert slept == [] and handled.count("POST") == 1  # only "Doomed"
        assert named(site, f"Reset {mode}") == 0
        assert run(c.contact.get(BOB)).job_title == f"Reset {mode}"
        assert injected(site)[1] == dropped_before + 10

    with reaching(site) as handled:
        if mode == "sync":
            with pkg.Client(site.url, forms(pkg, site)) as c:
                scenario(c, handled, lambda value: value)
        else:

            async def main() -> None:
                async with pkg.AsyncClient(site.url, forms(pkg, site)) as c:
                    run = in_thread(asyncio.get_running_loop())
                    await asyncio.to_thread(scenario, c, handled, run)

            aio(main)


@pytest.mark.usefixtures("resets")
def test_a_storm_of_faults_under_eight_threads(pkg: Any, site: Site) -> None:
    """8 threads x 150 operations (GET by key, and creates) while 120 503s, 80 429s
    and 60 dropped connections (half of them TCP resets) are injected: every
    operation succeeds with the right answer or raises a documented error; a create
    exists once if it succeeded, never if it failed (no POST sent twice)."""
    from odatagen.emulator import app

    reset = app._drop
    closes = 0

    async def drop(receive: Any) -> None:  # alternate: RST, orderly close
        nonlocal closes
        closes += 1
        if closes % 2:
            await reset(receive)
            return
        transport = receive.__self__.transport
        transport.close()
        for _ in range(3):
            await asyncio.sleep(0)

    app._drop = drop  # undone by the `resets` fixture's monkeypatch
    keys = site.insert(
        "Contact",
        [{"Name": f"Storm {i:03d}", "Email": f"s{i}@x.org"} for i in range(200)],
    )
    retry = pkg.Retry(backoff=0.01, max_backoff=0.05)
    documented = (pkg.ServerError, pkg.RateLimited, pkg.TransportError)
    outcomes: list[tuple[str, str, Any]] = []
    lock = threading.Lock()
    done = 0
    with pkg.Client(site.url, forms(pkg, site), retry=retry) as c:
        c.contact.get(ANN)
        before_logins, before_faults = logins(site), injected(site)
        site.faults.drop(60)
        site.faults.fail(120, status=503, retry_after=0)

        def work(worker: int) -> None:
            nonlocal done
            for n in range(150):
                with lock:
                    done += 1
                    if done == 600:  # a second wave, of 429s
                        site.faults.fail(80, status=429, retry_after=0)
                if n % 3 == 2:
                    name = f"Storm made {worker}-{n}"
                    try:
                        made = c.contact.create(name=name)
                        outcome: tuple[str, str, Any] = ("create", name, made.name)
                    except documented as error:
                        outcome = ("create", name, error)
                else:
                    index = (worker * 150 + n) % len(keys)
                    try:
                        got = c.contact.get(keys[index])
                        outcome = ("get", keys[index], (str(got.id), got.name))
                    except documented as error:
                        outcome = ("get", keys[index], error)
                with lock:
                    outcomes.append(outcome)

        threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        took = time.perf_counter() - started
        assert logins(site) == before_logins
    assert len(outcomes) == 8 * 150
    errors = [o for o in outcomes if isinstance(o[2], Exception)]
    for kind, what, result in outcomes:
        if isinstance(result, Exception):
            assert result.method == ("POST" if kind == "create" else "GET")
            continue
        if kind == "get":
            index = keys.index(what)
            assert result == (what, f"Storm {index:03d}")  # the row asked for
        else:
            assert result == what
    names = [
        r["Name"] for r in site.rows("Contact") if r["Name"].startswith("Storm made")
    ]
    succeeded = {
        what
        for kind, what, r in outcomes
        if kind == "create" and not isinstance(r, Exception)
    }
    assert len(names) == len(set(names)) and set(names) == succeeded
    failed, dropped = injected(site)
    assert (failed, dropped) == (before_faults[0] + 200, before_faults[1] + 60)
    report(
        "fault storm (8 threads)",
        operations=len(outcomes),
        injected="120x503+80x429+30 RST+30 close",
        survived=len(outcomes) - len(errors),
        raised_documented=len(errors),
        rows_created=len(names),
        seconds=round(took, 2),
    )


# -- concurrency --------------------------------------------------------------------------------
@pytest.mark.slow
def test_eight_threads_times_1000_requests_on_one_client(pkg: Any, site: Site) -> None:
    """A fresh client (not logged in) shared by 8 threads, 1,000 requests each (by
    key, or a filter on a unique e-mail), the session expiring twice meanwhile: three
    logins in all, no error, every answer the row asked for."""
    rows = [
        {"Name": f"Thread row {i:04d}", "Email": f"row{i}@threads.test", "Age": i % 90}
        for i in range(2_000)
    ]
    keys = site.insert("Contact", rows)
    expect = {keys[i]: (rows[i]["Name"], rows[i]["Email"]) for i in range(len(keys))}
    q = pkg.Contact.q
    lock = threading.Lock()
    done = 0
    wrong: list[Any] = []
    before = logins(site)
    with reaching(site) as handled:
        with pkg.Client(site.url, forms(pkg, site)) as c:

            def work(worker: int) -> None:
                nonlocal done
                for n in range(1_000):
                    index = (worker * 997 + n * 7) % len(keys)
                    key = keys[index]
                    name, email = expect[key]
                    try:
                        if n % 2:
                            got = c.contact.get(key, select=[q.name, q.email])
                        else:
                            found = (
                                c.contact.filter(q.email == email)
                                .select(q.name, q.email)
                                .all()
                            )
                            assert len(found) == 1
                            got = found[0]
                        if (str(got.id), got.name, got.email) != (key, name, email):
                            wrong.append((key, got))
                    except Exception as error:  # reported below
                        wrong.append((key, error))
                    with lock:
                        done += 1
                        if done in (2_667, 5_333):
                            site.faults.expire_sessions()

            threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            took = time.perf_counter() - started
    assert wrong == []
    assert done == 8_000 and handled.count("GET") == 8_000
    assert logins(site) == before + 3  # the first login and one per expiry
    report(
        "8 threads x 1,000 requests",
        requests=8_000,
        logins=3,
        expiries=2,
        seconds=round(took, 1),
        per_second=round(8_000 / took),
    )


def test_two_hundred_async_tasks_on_one_client(pkg: Any, site: Site) -> None:
    """200 tasks at once on a fresh AsyncClient, 3 requests each, the session
    expiring halfway: two logins, every answer the row asked for."""
    rows = [
        {"Name": f"Task row {i:03d}", "Email": f"task{i}@tasks.test"}
        for i in range(200)
    ]
    keys = site.insert("Contact", rows)
    q = pkg.Contact.q
    before = logins(site)
    done = 0

    async def main() -> list[Any]:
        nonlocal done
        async with pkg.AsyncClient(site.url, forms(pkg, site)) as c:

            async def task(t: int) -> list[Any]:
                nonlocal done
                wrong = []
                for n in range(3):
                    index = (t * 31 + n * 17) % len(keys)
                    if n % 2:
                        got = await c.contact.get(keys[index])
                    else:
                        found = await c.contact.filter(
                            q.email == rows[index]["Email"]
                        ).all()
                        got = found[0] if len(found) == 1 else None
                    if got is None or (str(got.id), got.name) != (
                        keys[index],
                        rows[index]["Name"],
                    ):
                        wrong.append((t, n, got))
                    done += 1
                    if done == 300:
                        site.faults.expire_sessions()
                return wrong

            results = await asyncio.gather(
                *(task(t) for t in range(200)), return_exceptions=True
            )
        return list(results)

    started = time.perf_counter()
    results = aio(main)
    took = time.perf_counter() - started
    assert results == [[]] * 200
    assert done == 600 and logins(site) == before + 2
    report(
        "200 async tasks", requests=600, logins=2, expiries=1, seconds=round(took, 2)
    )


# -- $batch ----------------------------------------------------------------------------------------
def mixed_batch(pkg: Any, batch: Any, site: Site) -> list[tuple[Any, int, type | None]]:
    """250 requests of every kind, a failure in each way: (item, status, error)."""
    site.faults.rebuild("UsrVisitPolicy")  # its sub-requests answer 404 (ASP.NET)
    expected: list[tuple[Any, int, type | None]] = []
    for i in range(250):
        kind = i % 7
        if kind == 0:
            item, status, error = (
                batch.create(pkg.Contact(name=f"Batch {i}")),
                201,
                None,
            )
        elif kind == 1:
            item, status, error = batch.get(pkg.Contact, ANN), 200, None
        elif kind == 2:
            item, status, error = (
                batch.get(pkg.Contact, uuid.uuid4()),
                404,
                pkg.NotFound,
            )
        elif kind == 3:
            ghost = pkg.Contact(id=uuid.uuid4(), name="x")
            item, status, error = batch.update(ghost), 404, pkg.NotFound
        elif kind == 4:
            item, status, error = (
                batch.delete(pkg.Contact, uuid.uuid4()),
                404,
                pkg.NotFound,
            )
        elif kind == 5:
            policy = pkg.UsrVisitPolicy(name=f"Policy {i}")
            item, status, error = batch.create(policy), 404, pkg.NotFound
        else:
            item, status, error = (
                batch.update(pkg.Contact(id=BOB), job_title=f"J{i}"),
                204,
                None,
            )
        expected.append((item, status, error))
    return expected


def check_outcomes(pkg: Any, expected: list[tuple[Any, int, type | None]]) -> int:
    failures = 0
    for item, status, error in expected:
        assert item.status == status, item
        if error is None:
            assert item.ok and item.error is None
            item.result()
        else:
            failures += 1
            assert not item.ok and isinstance(item.error, error)
            assert item.error.status == status and item.error.message
            with pytest.raises(error):
                item.result()
    return failures


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_batch_with_failing_items_reports_every_outcome(
    pkg: Any, site: Site, mode: str
) -> None:
    """continue_on_error: 250 items in 3 chunks, 4 kinds of failure among them;
    every item reaches the server once and comes back with its own outcome."""
    with reaching(site) as handled:
        if mode == "sync":
            with pkg.Client(site.url, forms(pkg, site)) as c:
                with c.batch(continue_on_error=True) as batch:
                    expected = mixed_batch(pkg, batch, site)
        else:

            async def main() -> list[tuple[Any, int, type | None]]:
                async with pkg.AsyncClient(site.url, forms(pkg, site)) as c:
                    async with c.batch(continue_on_error=True) as batch:
                        planned = mixed_batch(pkg, batch, site)
                return planned

            expected = aio(main)
    failures = check_outcomes(pkg, expected)
    sub_requests = len(handled.seen) - handled.count("POST", "$batch")
    assert handled.count("POST", "$batch") == 3 and sub_requests == len(expected) == 250
    assert named(site, "Batch 0") == 1 and named(site, "Batch 7") == 1
    assert "No type was found" in expected[5][0].error.message
    report(f"$batch continue_on_error ({mode})", items=250, chunks=3, failed=failures)


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_a_failed_batch_post_leaves_no_item_pending(
    pkg: Any, site: Site, fault: str
) -> None:
    """The second chunk's POST fails (a 503, or no answer): send() raises it, the first
    chunk's items have their results, the second's that error, the third's "not
    processed"; none is left looking unsent."""
    posts = 0

    def on_request(request: httpx.Request) -> None:
        nonlocal posts
        if request.url.path.endswith("/$batch"):
            posts += 1
            if posts == 2:
                if fault == "503":
                    site.faults.fail(1, status=503, retry_after=0)
                else:
                    site.faults.drop(1)

    async def aon_request(request: httpx.Request) -> None:
        on_request(request)

    expected_error = pkg.ServerError if fault == "503" else pkg.TransportError

    def check(items: list[Any], raised: Any) -> None:
        assert all(item.ok for item in items[:100])
        assert all(item.error is raised for item in items[100:200])
        assert all(item.status == raised.status for item in items[100:200])
        assert all("not processed" in str(item.error) for item in items[200:])
        for item in items[100:]:
            assert not item.ok
            with pytest.raises(pkg.ODataError):
                item.result()
        assert named(site, "Chunked 0") == 1 and named(site, "Chunked 100") == 0

    http = httpx.Client(event_hooks={"request": [on_request]})
    with pkg.Client(site.url, forms(pkg, site), http=http) as c:
        with pytest.raises(expected_error) as raised:
            with c.batch(continue_on_error=True) as batch:
                items = [
                    batch.create(pkg.Contact(name=f"Chunked {i}")) for i in range(250)
                ]
    http.close()
    check(items, raised.value)
    assert posts == 2

    site.reset()
    posts = 0

    async def main() -> tuple[list[Any], Any]:
        ahttp = httpx.AsyncClient(event_hooks={"request": [aon_request]})
        async with pkg.AsyncClient(site.url, forms(pkg, site), http=ahttp) as ac:
            with pytest.raises(expected_error) as caught:
                async with ac.batch(continue_on_error=True) as abatch:
                    made = [
                        abatch.create(pkg.Contact(name=f"Chunked {i}"))
                        for i in range(250)
                    ]
        await ahttp.aclose()
        return made, caught.value

    check(*aio(main))


# -- load -------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_ten_thousand_creates_through_batch_then_paged_and_delta_reads(
    pkg: Any, site: Site
) -> None:
    """10,000 creates in 100 $batch requests; then a full paged read and a delta read
    (modified_since), sync and async: counts and SHA-256 checksums over (Id, Name,
    Email, JobTitle, Age) match what was created and what the server holds."""
    count = 10_000
    since = dt.datetime.now(dt.timezone.utc)
    time.sleep(0.01)  # the seed rows were stamped before
    q = pkg.Contact.q
    columns = (q.name, q.email, q.job_title, q.age)
    figures: dict[str, Any] = {}
    with reaching(site) as handled, pkg.Client(site.url, forms(pkg, site)) as c:
        started = time.perf_counter()
        with c.batch(continue_on_error=True) as batch:
            items = [
                batch.create(
                    pkg.Contact(
                        name=f"Load {i:05d} – Müller ✓",
                        email=f"load{i}@example.com",
                        job_title=f"Title {i * 7919 % 10007:05d}",
                        age=i % 100,
                    )
                )
                for i in range(count)
            ]
        figures["create_s"] = round(time.perf_counter() - started, 2)
        assert all(item.ok and item.status == 201 for item in items)
        created = checksum(fields(item.result()) for item in items)
        assert (
            handled.count("POST", "$batch") == 100
            and handled.count("POST", "Contact") == count
        )

        server = [r for r in site.rows("Contact") if r["Name"].startswith("Load ")]
        assert len(server) == count
        stored = checksum(
            (r["Id"], r["Name"], r["Email"], r["JobTitle"], r["Age"]) for r in server
        )
        assert stored == created

        started = time.perf_counter()
        everything = list(c.contact.select(*columns).page_size(5000))
        figures["paged_read_s"] = round(time.perf_counter() - started, 2)
        assert (
            len(everything) == len({x.id for x in everything}) == count + SEED_CONTACTS
        )
        loaded = [fields(x) for x in everything if x.name.startswith("Load ")]
        assert checksum(loaded) == created

        started = time.perf_counter()
        delta = c.contact.modified_since(since, page_size=4000)
        changed = [fields(x) for x in delta]
        figures["delta_read_s"] = round(time.perf_counter() - started, 2)
        assert len(changed) == count and checksum(changed) == created
        assert list(c.contact.modified_since(delta.cursor)) == []
        cursor = delta.cursor

    async def main() -> tuple[list[Any], list[Any], float]:
        async with pkg.AsyncClient(site.url, forms(pkg, site)) as ac:
            started = time.perf_counter()
            read = [
                fields(x) async for x in ac.contact.select(*columns).page_size(5000)
            ]
            adelta = [
                fields(x)
                async for x in ac.contact.modified_since(since, page_size=4000)
            ]
            after = [x async for x in ac.contact.modified_since(cursor)]
            assert after == []
            return read, adelta, time.perf_counter() - started

    read, adelta, took = aio(main)
    assert len(read) == count + SEED_CONTACTS
    assert checksum(r for r in read if r[1].startswith("Load ")) == created
    assert len(adelta) == count and checksum(adelta) == created
    report(
        "load",
        creates=count,
        batch_posts=100,
        **figures,
        async_paged_and_delta_s=round(took, 2),
        checksum=created[:16],
    )


# -- credentials -------------------------------------------------------------------------------------
def caught(action: Callable[[], Any]) -> BaseException:
    """The error `action()` raises (it must raise)."""
    try:
        action()
    except Exception as error:
        return error
    raise AssertionError("no error raised")


async def acaught(action: Callable[[], Awaitable[Any]]) -> BaseException:
    try:
        await action()
    except Exception as error:
        return error
    raise AssertionError("no error raised")


def issued(site: Site) -> list[str]:
    """The session keys (.ASPXAUTH), CSRF tokens and access tokens the emulator
    has handed out and still holds."""
    auth = site.emulator.auth
    sessions = list(auth.sessions.values())
    return [s.key for s in sessions] + [s.csrf for s in sessions] + list(auth.tokens)


def cookies_of(auth: Any) -> list[str]:
    """The secret cookie values a FormsAuth holds (UserName is the user's name)."""
    header = auth.headers()[1].get("Cookie", "")
    pairs = [pair.split("=", 1) for pair in header.split("; ") if "=" in pair]
    return [value for name, value in pairs if name != "UserName"]


@pytest.mark.usefixtures("resets")
def test_no_credentials_in_logs_reprs_errors_or_tracebacks(
    pkg: Any, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    """A whole run at DEBUG for every logger: login, CRUD, $batch, a re-login, a
    404, a 503 that outlasts the retries, a reset connection, a timeout, a wrong
    password, a wrong client secret, a refused bearer token, OAuth, async. The
    password, the client secret, the cookies the emulator issued (.ASPXAUTH,
    BPMCSRF) and those the client holds (BPMLOADER too) and every token appear in
    none of: log records, reprs and strings of clients, sessions, auth objects,
    batch items and errors, ``traceback.format_exception`` (chained causes included)
    and tracebacks with captured locals (as error trackers take them)."""
    caplog.set_level(logging.DEBUG)
    secrets: set[str] = {PASSWORD, CLIENT_SECRET, WRONG_PASSWORD}
    objects: list[Any] = []
    errors: list[BaseException] = []
    retry = pkg.Retry(attempts=2, backoff=0.01)
    site.faults.expire_sessions()  # nothing issued before this test

    auth = forms(pkg, site)
    with pkg.Client(site.url, auth, retry=retry, timeout=0.3) as c:
        made = c.contact.create(name="Secretive", email="s@example.com")
        c.contact.update(made.id, job_title="Keeper")
        c.contact.filter(pkg.Contact.q.name == "Secretive").all()
        with c.batch(continue_on_error=True) as batch:
            good = batch.get(pkg.Contact, made.id)
            bad = batch.delete(pkg.Contact, uuid.uuid4())
        secrets.update(cookies_of(auth), issued(site))
        site.faults.expire_sessions()
        c.contact.get(made.id)  # a re-login
        secrets.update(cookies_of(auth), issued(site))
        errors.append(caught(lambda: c.contact.get(uuid.uuid4())))
        site.faults.fail(2, status=503, retry_after=0)
        errors.append(caught(lambda: c.contact.get(made.id)))
        site.faults.drop(2)
        errors.append(caught(lambda: c.contact.get(made.id)))
        site.faults.set_latency(0.6)
        errors.append(caught(lambda: c.contact.get(made.id)))
        site.faults.set_latency(0)
        objects += [auth, c, c.session, good, bad, bad.error, made]
    objects.append(auth)  # logged out

    for wrong in (
        forms(pkg, site, WRONG_PASSWORD),
        pkg.OAuth2ClientCredentials(
            site.client_id, WRONG_PASSWORD, identity_url=site.url
        ),
    ):
        with pkg.Client(site.url, wrong) as c:
            errors.append(caught(lambda: c.contact.get(ANN)))
            objects += [wrong, c.session]

    token_auth = pkg.OAuth2ClientCredentials(
        site.client_id, site.client_secret, identity_url=site.url
    )
    with pkg.Client(site.url, token_auth) as c:
        c.contact.get(ANN)
        secrets.update(issued(site))
        token = next(iter(site.emulator.auth.tokens))
        objects += [token_auth, c.session]
    with pkg.Client(site.url, pkg.BearerToken(token)) as c:
        c.contact.get(ANN)
        site.faults.expire_sessions()
        errors.append(caught(lambda: c.contact.get(ANN)))
        objects += [c.session.auth, c.session]

    async def main() -> None:
        async_auth = forms(pkg, site)
        async with pkg.AsyncClient(site.url, async_auth, retry=retry) as ac:
            await ac.contact.get(ANN)
            secrets.update(cookies_of(async_auth), issued(site))
            site.faults.expire_sessions()
            await ac.contact.get(ANN)
            secrets.update(cookies_of(async_auth), issued(site))
            errors.append(await acaught(lambda: ac.contact.get(uuid.uuid4())))
            site.faults.drop(2)
            errors.append(await acaught(lambda: ac.contact.get(ANN)))
            objects.extend([async_auth, ac, ac.session])

    aio(main)
    kinds = [type(e).__name__ for e in errors]
    assert kinds == [
        "NotFound",
        "ServerError",
        "TransportError",
        "TransportError",
        "AuthError",
        "AuthError",
        "AuthError",
        "NotFound",
        "TransportError",
    ]
    texts = [caplog.text]
    texts += [f"{r.getMessage()} {r.args!r}" for r in caplog.records]
    texts += [f"{o!r} {o!s}" for o in objects]
    for error in errors:
        texts.append(
            f"{error!s} {error!r} {error.args!r} {getattr(error, 'details', None)!r}"
        )
        texts.append("".join(traceback.format_exception(error)))
        located = traceback.TracebackException.from_exception(
            error, capture_locals=True
        )
        texts.append("".join(located.format()))
        cause = error.__cause__ or error.__context__
        if cause is not None:
            texts.append(f"{cause!s} {cause!r}")
    assert any(isinstance(e.__cause__, httpx.TransportError) for e in errors)
    assert any("AuthService.svc/Login -> 200" in t for t in texts)
    assert len(secrets) >= 12 and all(len(s) >= 8 for s in secrets)
    leaks = sorted({s[:6] + "…" for t in texts for s in secrets if s in t})
    assert leaks == [], f"secrets found: {leaks}"
    report(
        "no secrets",
        secrets=len(secrets),
        log_records=len(caplog.records),
        errors=len(errors),
        texts_scanned=len(texts),
        characters=sum(map(len, texts)),
    )
