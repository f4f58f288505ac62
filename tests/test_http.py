"""The runtime's transport (`odatagen/runtime/http.py`, `errors.py`) over real sockets on
127.0.0.1, against the Creatio emulator (and, for answers it cannot give, a tiny
scripted stdlib server). Nothing of the HTTP layer is mocked."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import pickle
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
pytest.importorskip("odata_query")

from odatagen.emulator import Site, emulator_fixture
from odatagen.runtime import errors
from odatagen.runtime.auth import FormsAuth, OAuth2ClientCredentials
from odatagen.runtime.http import AsyncSession, Retry, Session
from odatagen.runtime.literals import quote_query_value

REPO = Path(__file__).resolve().parents[1]
ACME = REPO / "fixtures" / "creatio" / "acme-small.xml"
SEED = REPO / "fixtures" / "emulator" / "acme-small-seed.json"
ANN = "c0a7ac70-0000-4000-8000-000000000001"
IMAGE = "9b1c2d3e-4f50-4a61-8b72-000000000001"
MISSING = "8eca0000-0000-4000-8000-000000000000"
FAST = Retry(backoff=0.001, max_backoff=0.01)

framework_site = emulator_fixture(
    ACME, seed=SEED, scope="module", name="framework_site"
)
core_site = emulator_fixture(
    ACME, seed=SEED, scope="module", name="core_site", layout="core"
)


@pytest.fixture
def site(framework_site: Site) -> Iterator[Site]:
    framework_site.reset()
    framework_site.faults.clear()
    yield framework_site
    framework_site.faults.clear()


def forms(site: Site) -> FormsAuth:
    return FormsAuth(site.username, site.password)


@contextmanager
def session(site: Site, **options: Any) -> Iterator[tuple[Session, list[float]]]:
    """A logged-in session whose retries record their delays instead of sleeping."""
    options.setdefault("retry", FAST)
    slept: list[float] = []
    with Session(site.url, forms(site), **options) as opened:
        opened._sleep = slept.append  # type: ignore[method-assign]
        yield opened, slept


def run_async(site: Site, body: Callable[[AsyncSession], Any], **options: Any) -> Any:
    """Run `body(session)` in a fresh event loop with an AsyncSession on `site`."""
    options.setdefault("retry", FAST)

    async def main() -> Any:
        async with AsyncSession(site.url, forms(site), **options) as opened:
            slept: list[float] = []

            async def record(seconds: float) -> None:
                slept.append(seconds)

            opened._sleep = record  # type: ignore[method-assign]
            opened.slept = slept  # type: ignore[attr-defined]
            return await body(opened)

    return asyncio.run(main())


def counters(site: Site) -> tuple[int, int]:
    snapshot = site.faults.snapshot()
    return snapshot["failed"], snapshot["dropped"]


# -- a scripted server for answers the emulator does not give ----------------------
Answer = tuple[int, dict[str, str], bytes]


@contextmanager
def scripted(answer: Callable[[str, str, dict[str, str]], Answer]) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 answering `answer(method, path, headers)`."""

    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            self.rfile.read(length)
            status, headers, body = answer(self.command, self.path, dict(self.headers))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_DELETE = _any

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# -- service root ------------------------------------------------------------------
def test_detects_the_framework_and_core_layouts(site: Site, core_site: Site) -> None:
    with session(site) as (framework, _):
        assert framework.root == site.url + "/0/odata"
        assert framework.request("GET", f"Contact({ANN})").json()["Name"] == "Ann Meyer"
    with session(core_site) as (core, _):
        assert core.root == core_site.url + "/odata"
        assert core.request("GET", f"Contact({ANN})").json()["Id"] == ANN

    async def body(opened: AsyncSession) -> str:
        with pytest.raises(RuntimeError):
            opened.root  # not detected yet
        answer = await opened.request("GET", f"Contact({ANN})")
        assert answer.json()["Id"] == ANN
        return opened.root

    assert run_async(core_site, body) == core_site.url + "/odata"


def test_detection_runs_once_across_threads(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, "odatagen.runtime.http")
    with session(site) as (opened, _):
        roots: list[str] = []
        threads = [
            threading.Thread(target=lambda: roots.append(opened.root)) for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert roots == [site.url + "/0/odata"] * 8
    assert caplog.text.count("HealthCheck/Ping") == 1


def test_explicit_and_empty_odata_path(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, "odatagen.runtime.http")
    with session(site, odata_path="0/odata") as (opened, _):
        assert opened.root == site.root
        assert opened.request("GET", "Contact", query="$top=1").status_code == 200
    # "": the URL given is the service root (a standard OData service)
    auth = OAuth2ClientCredentials(
        site.client_id, site.client_secret, identity_url=site.url
    )
    with Session(site.root + "/", auth, odata_path="") as direct:
        assert direct.root == site.root
        assert direct.request("GET", "Contact", query="$top=1").status_code == 200
    assert "Ping" not in caplog.text


def test_detection_falls_back_to_0_odata() -> None:
    with scripted(lambda method, path, headers: (404, {}, b"")) as url:
        with Session(url) as opened:
            assert opened.root == url + "/0/odata"


# -- URLs and bodies ---------------------------------------------------------------
def test_spaces_are_sent_as_percent_20(site: Site) -> None:
    query = "$filter=" + quote_query_value("Name eq 'Ann Meyer'") + "&$select=Id,Name"
    assert "%20" in query and "+" not in query
    with session(site) as (opened, _):
        rows = opened.request("GET", "Contact", query=query).json()["value"]
        assert [row["Id"] for row in rows] == [ANN]
        # an absolute URL with a query of its own (an @odata.nextLink) gets `&`
        nxt = opened.request("GET", site.root + "/Contact?$top=1", query=query)
        assert [row["Id"] for row in nxt.json()["value"]] == [ANN]
        # the emulator is strict: a '+' would have been a 400
        with pytest.raises(errors.ValidationError):
            opened.request("GET", "Contact", query="$filter=Name+eq+'Ann+Meyer'")


def test_json_bodies_and_headers(site: Site) -> None:
    with session(site, headers={"X-Trace": "1"}) as (opened, _):
        created = opened.request("POST", "Contact", json={"Name": "Zoë Ångström"})
        assert created.status_code == 201
        key = created.json()["Id"]
        assert opened.request("GET", f"Contact({key})").json()["Name"] == "Zoë Ångström"
        patched = opened.request("PATCH", f"Contact({key})", json={"JobTitle": "CTO"})
        assert patched.status_code == 204
        assert opened.request("DELETE", f"Contact({key})").status_code == 204
        with pytest.raises(TypeError):
            opened.request("POST", "Contact", json={}, content=b"{}")


def test_stream_and_iterable_upload(site: Site) -> None:
    content = bytes(range(256)) * 40
    with session(site) as (opened, _):
        chunks = (content[i : i + 1000] for i in range(0, len(content), 1000))
        put = opened.request(
            "PUT",
            f"SysImage({IMAGE})/Data",
            content=chunks,
            headers={"Content-Type": "application/octet-stream"},
        )
        assert put.status_code == 200
        with opened.stream("GET", f"SysImage({IMAGE})/Data") as answer:
            assert b"".join(answer.iter_bytes(1000)) == content
        with pytest.raises(errors.NotFound):
            with opened.stream("GET", f"SysImage({MISSING})/Data"):
                pass

    async def body(opened: AsyncSession) -> bytes:
        def chunks() -> Iterator[bytes]:
            yield content[:5000]
            yield content[5000:]

        headers = {"Content-Type": "application/octet-stream"}
        await opened.request(
            "PUT", f"SysImage({IMAGE})/Data", content=chunks(), headers=headers
        )
        async with opened.stream("GET", f"SysImage({IMAGE})/Data") as answer:
            return b"".join([chunk async for chunk in answer.aiter_bytes()])

    assert run_async(site, body) == content


# -- retries -----------------------------------------------------------------------
def test_429_honours_retry_after(site: Site) -> None:
    with session(site, retry=Retry(max_backoff=30)) as (opened, slept):
        opened.root
        site.faults.fail(2, status=429, retry_after=3)
        assert opened.request("GET", "Contact", query="$top=1").status_code == 200
    assert slept == [3.0, 3.0]
    with session(site, retry=Retry(max_backoff=0.25)) as (opened, slept):
        opened.root
        site.faults.fail(1, status=429, retry_after=3)
        opened.request("GET", "Contact", query="$top=1")
    assert slept == [0.25]  # capped


def test_503_backs_off_with_jitter_then_gives_up(site: Site) -> None:
    retry = Retry(attempts=3, backoff=0.5, max_backoff=0.75)
    with session(site, retry=retry) as (opened, slept):
        opened.root
        before = counters(site)[0]
        site.faults.fail(2, status=503, retry_after=None)
        assert opened.request("GET", "Contact", query="$top=1").status_code == 200
        assert len(slept) == 2 and 0 <= slept[0] <= 0.5 and 0 <= slept[1] <= 0.75
        site.faults.fail(5, status=503, retry_after=None)
        with pytest.raises(errors.ServerError) as raised:
            opened.request("GET", "Contact", query="$top=1")
        assert counters(site)[0] - before == 2 + 3  # three tries in all
    error = raised.value
    assert error.status == 503 and error.message == "The service is unavailable."
    assert (
        error.method == "GET" and error.url and "/0/odata/Contact?$top=1" in error.url
    )
    site.faults.clear()
    with session(site, retry=Retry(attempts=2, max_backoff=0)) as (opened, _):
        opened.root
        site.faults.fail(3, status=429, retry_after=7)
        with pytest.raises(errors.RateLimited) as limited:
            opened.request("GET", "Contact", query="$top=1")
    assert limited.value.retry_after == 7.0 and limited.value.status == 429


def test_dropped_connections_are_retried_for_get(site: Site) -> None:
    with session(site) as (opened, slept):
        opened.root
        before = counters(site)[1]
        site.faults.drop(2)
        assert opened.request("GET", "Contact", query="$top=1").status_code == 200
        assert counters(site)[1] - before == 2 and len(slept) == 2
        site.faults.drop(4)
        with pytest.raises(errors.TransportError) as raised:
            opened.request("GET", "Contact", query="$top=1")
    assert raised.value.status is None and "RemoteProtocolError" in str(raised.value)


def test_post_is_never_retried(site: Site) -> None:
    count = len(site.rows("Contact"))
    with session(site) as (opened, slept):
        opened.root
        failed, dropped = counters(site)
        site.faults.fail(1, status=503)
        with pytest.raises(errors.ServerError):
            opened.request("POST", "Contact", json={"Name": "Once"})
        site.faults.drop(1)
        with pytest.raises(errors.TransportError):
            opened.request("POST", "Contact", json={"Name": "Once"})
        assert counters(site) == (failed + 1, dropped + 1)  # one try each
        assert slept == [] and len(site.rows("Contact")) == count
        opened.request("POST", "Contact", json={"Name": "Once"})
    assert len(site.rows("Contact")) == count + 1


def test_delete_whose_answer_was_lost_counts_as_done(site: Site) -> None:
    with session(site) as (opened, _):
        opened.root
        with pytest.raises(errors.NotFound):
            opened.request("DELETE", f"Contact({MISSING})")
        site.faults.drop(1)  # the first try "did it", the retry finds nothing
        answer = opened.request("DELETE", f"Contact({MISSING})")
    assert answer.status_code == 404


def test_async_retries(site: Site) -> None:
    count = len(site.rows("Contact"))

    async def body(opened: AsyncSession) -> list[float]:
        await opened.detect_root()
        site.faults.fail(2, status=429, retry_after=2)
        assert (await opened.request("GET", "Contact", query="$top=1")).is_success
        site.faults.drop(1)
        assert (await opened.request("GET", "Contact", query="$top=1")).is_success
        site.faults.fail(1, status=503)
        with pytest.raises(errors.ServerError):
            await opened.request("POST", "Contact", json={"Name": "Once"})
        site.faults.drop(1)
        with pytest.raises(errors.TransportError):
            await opened.request("POST", "Contact", json={"Name": "Once"})
        return opened.slept  # type: ignore[no-any-return,attr-defined]

    slept = run_async(site, body, retry=Retry(max_backoff=5))
    assert slept[:2] == [2.0, 2.0] and len(slept) == 3
    assert len(site.rows("Contact")) == count


def test_retry_settings() -> None:
    retry = Retry(statuses=[503], methods={"GET"})
    assert retry.statuses == frozenset({503}) and "POST" not in Retry().methods
    assert all(0 <= Retry(backoff=1, max_backoff=3).delay(n) <= 3 for n in range(1, 9))
    assert Retry(max_backoff=10).delay(1, retry_after=4) == 4


# -- errors ------------------------------------------------------------------------
def test_errors_from_both_creatio_shapes(site: Site) -> None:
    with session(site) as (opened, _):
        with pytest.raises(errors.NotFound) as odata:
            opened.request("GET", f"Contact({MISSING})")
        query = "$filter=" + quote_query_value(f"AccountId eq {MISSING}")
        with pytest.raises(errors.ValidationError) as bad:
            opened.request("GET", "Contact", query=query)
        with pytest.raises(errors.ODataError) as not_allowed:
            opened.request("PUT", "Contact")
        site.faults.rebuild("Contact")
        with pytest.raises(errors.NotFound) as aspnet:
            opened.request("GET", "Contact")
    assert (odata.value.status, odata.value.code, odata.value.message) == (
        404,
        "NotFound",
        "Not found",
    )
    assert str(odata.value).startswith("404 NotFound: Not found (GET http://")
    assert "Column by path AccountId not found in schema." in bad.value.message
    assert bad.value.details["error"]["innererror"]["type"].endswith(
        "NotFoundException"
    )
    assert aspnet.value.code is None and "No HTTP resource was found" in str(
        aspnet.value
    )
    assert "No type was found that matches the controller named 'Contact'" in str(
        aspnet.value
    )
    assert type(not_allowed.value) is errors.ODataError
    assert not_allowed.value.status == 405 and "does not support" in str(
        not_allowed.value
    )


def test_async_errors(site: Site) -> None:
    async def body(opened: AsyncSession) -> errors.ODataError:
        with pytest.raises(errors.NotFound) as raised:
            await opened.request("GET", f"Contact({MISSING})")
        return raised.value

    error = run_async(site, body)
    assert error.code == "NotFound" and error.method == "GET"


def test_html_and_empty_bodies_over_the_wire() -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    date = email.utils.formatdate(time.time() + 120, usegmt=True)

    def answer(method: str, path: str, headers: dict[str, str]) -> Answer:
        if "html" in path:
            return 502, {"Content-Type": "text/html"}, page
        if "busy" in path:
            return 429, {"Retry-After": date}, b""
        return 404, {}, b""

    with scripted(answer) as url:
        with Session(url, odata_path="", retry=Retry(attempts=1)) as opened:
            with pytest.raises(errors.ServerError) as html:
                opened.request("GET", "html")
            with pytest.raises(errors.NotFound) as empty:
                opened.request("GET", "nothing")
            with pytest.raises(errors.RateLimited) as busy:
                opened.request("GET", "busy")
    assert (
        html.value.message
        == "HTTP 502 Bad Gateway (an HTML page titled '502 Bad Gateway')"
    )
    assert empty.value.message == "HTTP 404 Not Found" and empty.value.details is None
    assert busy.value.retry_after is not None and 100 < busy.value.retry_after <= 120


def response(status: int, body: Any, **headers: str) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = httpx.Request("GET", "https://user:pw@acme.creatio.com/0/odata/Contact")
    return httpx.Response(status, headers=headers, content=content, request=request)


def test_error_parsing() -> None:
    aspnet = {
        "Message": "An error has occurred.",
        "ExceptionMessage": "Timeout expired.",
        "ExceptionType": "System.Data.SqlClient.SqlException",
        "StackTrace": "   at ...",
    }
    error = errors.error_from_response(response(500, aspnet))
    assert isinstance(error, errors.ServerError)
    assert (error.code, error.message) == (aspnet["ExceptionType"], "Timeout expired.")
    assert error.url == "https://***@acme.creatio.com/0/odata/Contact"
    v3 = {"error": {"code": "", "message": {"lang": "en-US", "value": "Bad key"}}}
    assert errors.error_from_response(response(400, v3)).message == "Bad key"
    oauth = errors.error_from_response(response(400, {"error": "invalid_client"}))
    assert (oauth.code, oauth.message) == ("invalid_client", "invalid_client")
    for status, cls in [
        (400, errors.ValidationError),
        (401, errors.AuthError),
        (403, errors.AuthError),
        (409, errors.Conflict),
        (412, errors.PreconditionFailed),
        (418, errors.ODataError),
        (422, errors.ValidationError),
        (504, errors.ServerError),
    ]:
        assert type(errors.error_from_response(response(status, b""))) is cls
    xml = (
        b'<m:error xmlns:m="m"><m:code>E1</m:code><m:message>Bad</m:message></m:error>'
    )
    parsed = errors.error_from_response(
        response(400, xml, **{"Content-Type": "application/xml"})
    )
    assert (parsed.code, parsed.message) == ("E1", "Bad")
    text = errors.error_from_response(response(400, b"plain words"))
    assert text.message == "plain words"
    long = errors.error_from_response(response(500, {"Message": "x" * 2000}))
    assert len(long.message) == 500
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is errors.ServerError and str(copy) == str(error)
    assert repr(error).startswith("ServerError(status=500, code='System.Data")


def test_retry_after_parsing() -> None:
    now = time.time()
    assert errors.parse_retry_after("5") == 5.0
    assert errors.parse_retry_after("-3") == 0.0
    assert errors.parse_retry_after(None) is None
    assert errors.parse_retry_after("soon") is None
    later = email.utils.formatdate(now + 30, usegmt=True)
    assert 28 <= (errors.parse_retry_after(later, now=now) or 0) <= 30
    earlier = email.utils.formatdate(now - 30, usegmt=True)
    assert errors.parse_retry_after(earlier, now=now) == 0.0


# -- logging -------------------------------------------------------------------------
def test_debug_log_lines(site: Site, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, "odatagen.runtime.http")
    with session(site) as (opened, _):
        opened.request("GET", "Contact", query="$top=1&$select=Name")
        site.faults.fail(1, status=503, retry_after=0)
        opened.request("GET", "Contact", query="$top=2")
    lines = [
        r.getMessage() for r in caplog.records if r.name == "odatagen.runtime.http"
    ]
    assert any(
        line.startswith(f"GET {site.root}/Contact?$top=1&$select=Name -> 200 (")
        and line.endswith(" ms)")
        for line in lines
    )
    assert any(" -> 503 (" in line for line in lines)
    assert any(line.startswith("retrying GET ") for line in lines)
    assert any("/Login -> 200" in line for line in lines)
