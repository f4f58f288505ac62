"""The runtime's authentication (`odatagen/runtime/auth.py`) over real sockets against
the Creatio emulator: Forms login and CSRF, re-login on every expiry style (once, and
once only under concurrency), OAuth 2.0 tokens, bearer tokens, logout, and secrets
kept out of logs, reprs and errors."""

from __future__ import annotations

import asyncio
import logging
import threading
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

from odatagen.emulator import Site, emulated, emulator_fixture
from odatagen.runtime import errors
from odatagen.runtime.auth import BearerToken, FormsAuth, OAuth2ClientCredentials
from odatagen.runtime.auth import identity_url_for
from odatagen.runtime.http import AsyncSession, Retry, Session

REPO = Path(__file__).resolve().parents[1]
ACME = REPO / "fixtures" / "creatio" / "acme-small.xml"
SEED = REPO / "fixtures" / "emulator" / "acme-small-seed.json"
ANN = "c0a7ac70-0000-4000-8000-000000000001"
BAD_LOGIN = "Either the user name or password is not specified or is incorrect"
WRONG_PASSWORD = "wrong-Pa55word!"
QUERY = "$top=1&$select=Id,Name"

PASSWORD = "Sup3r-Secret!"  # not the user name, so that a leak cannot hide
OPTIONS: dict[str, Any] = dict(seed=SEED, scope="module", password=PASSWORD)
site_401 = emulator_fixture(ACME, name="site_401", **OPTIONS)
site_403 = emulator_fixture(ACME, name="site_403", expired=403, **OPTIONS)
site_302 = emulator_fixture(ACME, name="site_302", expired=302, **OPTIONS)


def fresh(site: Site) -> Site:
    site.faults.clear()
    return site


@pytest.fixture
def site(site_401: Site) -> Iterator[Site]:
    yield fresh(site_401)
    site_401.faults.clear()


@pytest.fixture(params=[401, 403, 302])
def expiring(request: pytest.FixtureRequest) -> Iterator[Site]:
    """The three styles of "your session expired": 401, 403, 302 to the login page."""
    chosen: Site = request.getfixturevalue(f"site_{request.param}")
    yield fresh(chosen)
    chosen.faults.clear()


def logins(site: Site) -> int:
    return site.emulator.auth.logins


def forms(site: Site, password: str | None = None) -> FormsAuth:
    return FormsAuth(site.username, password or site.password)


def oauth(site: Site, secret: str | None = None) -> OAuth2ClientCredentials:
    return OAuth2ClientCredentials(site.client_id, secret or site.client_secret)


def token_fetches(caplog: pytest.LogCaptureFixture) -> int:
    return sum("/connect/token ->" in r.getMessage() for r in caplog.records)


def login_posts(caplog: pytest.LogCaptureFixture) -> int:
    return sum("AuthService.svc/Login ->" in r.getMessage() for r in caplog.records)


# -- Forms ---------------------------------------------------------------------------
def test_forms_login_sends_cookies_and_csrf(site: Site) -> None:
    auth = forms(site)
    before = logins(site)
    with Session(site.url, auth) as session:
        assert "logged out" in repr(auth)
        for _ in range(3):
            answer = session.request("GET", "Contact", query=QUERY)
            assert answer.json()["value"]
        assert logins(site) == before + 1  # one login, reused
        assert "logged in" in repr(auth)
        _, headers = auth.headers()
        assert headers["BPMCSRF"] and headers["ForceUseSession"] == "true"
        assert ".ASPXAUTH=" in headers["Cookie"] and "BPMCSRF=" in headers["Cookie"]
    assert "logged out" in repr(auth)


def test_failed_login(site: Site) -> None:
    with Session(site.url, forms(site, WRONG_PASSWORD)) as session:
        with pytest.raises(errors.AuthError) as raised:
            session.request("GET", "Contact", query=QUERY)
    error = raised.value
    assert error.message == BAD_LOGIN and error.code == "1" and error.status == 200
    assert error.url and error.url.endswith("/ServiceModel/AuthService.svc/Login")
    assert WRONG_PASSWORD not in str(error) + repr(error)


def test_relogin_once_on_each_expiry_style(expiring: Site) -> None:
    with Session(expiring.url, forms(expiring)) as session:
        session.request("GET", "Contact", query=QUERY)
        before = logins(expiring)
        expiring.faults.expire_sessions()
        assert session.request("GET", f"Contact({ANN})").json()["Id"] == ANN
        assert logins(expiring) == before + 1
        # a POST refused for its session is sent again: it was not processed
        count = len(expiring.rows("Contact"))
        expiring.faults.expire_sessions()
        created = session.request("POST", "Contact", json={"Name": "After expiry"})
        assert created.status_code == 201 and len(expiring.rows("Contact")) == count + 1
        assert logins(expiring) == before + 2


@pytest.mark.parametrize("expired", [401, 302])
def test_relogin_is_tried_only_once(expired: int) -> None:
    with emulated(ACME, expired=expired, session_lifetime=0) as dead:  # always stale
        with Session(dead.url, forms(dead)) as session:
            with pytest.raises(errors.AuthError) as raised:
                session.request("GET", "Contact", query=QUERY)
            assert logins(dead) == 2  # the first login and one re-login
    assert raised.value.status == expired
    if expired == 302:
        assert "still redirected to /Login/NuiLogin.aspx" in str(raised.value)


def test_concurrent_threads_share_one_relogin(expiring: Site) -> None:
    with Session(expiring.url, forms(expiring)) as session:
        session.request("GET", "Contact", query=QUERY)
        expiring.faults.expire_sessions()
        expiring.faults.set_latency(0.1)  # keep all eight in flight together
        before = logins(expiring)
        start = threading.Barrier(8)
        results: list[Any] = []

        def work() -> None:
            start.wait()
            try:
                results.append(session.request("GET", f"Contact({ANN})").json()["Id"])
            except Exception as exc:  # reported below
                results.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [ANN] * 8
        assert logins(expiring) == before + 1


def test_concurrent_tasks_share_one_relogin(expiring: Site) -> None:
    async def main() -> list[str]:
        async with AsyncSession(expiring.url, forms(expiring)) as session:
            await session.request("GET", "Contact", query=QUERY)
            expiring.faults.expire_sessions()
            expiring.faults.set_latency(0.1)
            answers = await asyncio.gather(
                *(session.request("GET", f"Contact({ANN})") for _ in range(8))
            )
            return [answer.json()["Id"] for answer in answers]

    before = logins(expiring)
    assert asyncio.run(main()) == [ANN] * 8
    assert logins(expiring) == before + 2  # the first login and one re-login


def test_concurrent_failed_logins_try_once(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, "odatagen.runtime.http")
    site.faults.update({"latency": 0.2, "scope": "all"})  # slow logins: all wait
    outcomes: list[Any] = []
    with Session(
        site.url, forms(site, WRONG_PASSWORD), odata_path="0/odata"
    ) as session:
        start = threading.Barrier(6)

        def work() -> None:
            start.wait()
            try:
                session.request("GET", "Contact", query=QUERY)
            except errors.AuthError as exc:
                outcomes.append(exc.message)

        threads = [threading.Thread(target=work) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert outcomes == [BAD_LOGIN] * 6
    assert login_posts(caplog) == 1


def test_html_login_page_with_200_means_expired() -> None:
    """Some proxies follow the redirect themselves: a 200 HTML login page arrives."""
    state = {"logins": 0, "served": 0}
    page = (
        b'<html><form action="/Login/NuiLogin.aspx"><input name="UserPassword"/></form>'
    )

    def answer(method: str, path: str, headers: dict[str, str]) -> Answer:
        if path.endswith("/Login"):
            state["logins"] += 1
            cookie = f"BPMCSRF=c{state['logins']}; path=/"
            return 200, {"Set-Cookie": cookie}, b'{"Code": 0, "Message": ""}'
        state["served"] += 1
        if headers.get("BPMCSRF") != "c2":  # only the second session is good
            return 200, {"Content-Type": "text/html; charset=utf-8"}, page
        return 200, {"Content-Type": "application/json"}, b'{"value": []}'

    with scripted(answer) as url:
        with Session(url, FormsAuth("u", "p"), odata_path="0/odata") as session:
            assert session.request("GET", "Contact").json() == {"value": []}
            assert state == {"logins": 2, "served": 2}
            with session.stream("GET", "Contact") as streamed:
                assert streamed.read() == b'{"value": []}'


def test_logout_on_close(site: Site) -> None:
    sessions = site.emulator.auth.sessions
    auth = forms(site)
    with Session(site.url, auth) as session:
        session.request("GET", "Contact", query=QUERY)
        key = auth.headers()[1]["Cookie"].split(".ASPXAUTH=")[1].split(";")[0]
        assert key in sessions
    assert key not in sessions and "logged out" in repr(auth)

    async def main() -> str:
        async with AsyncSession(site.url, auth) as session:
            await session.request("GET", "Contact", query=QUERY)
            return auth.headers()[1]["Cookie"].split(".ASPXAUTH=")[1].split(";")[0]

    key = asyncio.run(main())
    assert key not in sessions
    # a logout that gets no answer is ignored
    session = Session(site.url, forms(site), retry=Retry(attempts=1))
    session.request("GET", "Contact", query=QUERY)
    site.faults.update({"drop_count": 1, "scope": "all"})
    session.close()
    assert site.faults.snapshot()["drop_count"] == 0


# -- OAuth 2.0 and bearer tokens ------------------------------------------------------
def test_oauth_token_fetched_once_and_refreshed_before_expiry(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, "odatagen.runtime.http")
    auth = oauth(site)
    now = [1000.0]
    auth._clock = lambda: now[0]
    with Session(site.url, auth) as session:
        for _ in range(3):
            session.request("GET", "Contact", query=QUERY)
        assert token_fetches(caplog) == 1
        now[0] += 3600 - 61  # not yet within 60 s of expiry
        session.request("GET", "Contact", query=QUERY)
        assert token_fetches(caplog) == 1
        now[0] += 2  # now it is
        session.request("GET", "Contact", query=QUERY)
        assert token_fetches(caplog) == 2
        assert "Bearer " in auth.headers()[1]["Authorization"]


def test_oauth_refreshes_once_on_401(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, "odatagen.runtime.http")

    async def main() -> list[int]:
        async with AsyncSession(site.url, oauth(site)) as session:
            await session.request("GET", "Contact", query=QUERY)
            site.faults.expire_sessions()  # tokens too
            answers = await asyncio.gather(
                *(session.request("GET", "Contact", query=QUERY) for _ in range(8))
            )
            return [answer.status_code for answer in answers]

    assert asyncio.run(main()) == [200] * 8
    assert token_fetches(caplog) == 2
    with Session(site.url, oauth(site)) as session:
        session.request("GET", "Contact", query=QUERY)
        site.faults.expire_sessions()
        assert session.request("GET", f"Contact({ANN})").json()["Id"] == ANN
    assert token_fetches(caplog) == 4


def test_oauth_bad_secret(site: Site) -> None:
    secret = "not-the-secret-42"
    with Session(site.url, oauth(site, secret)) as session:
        with pytest.raises(errors.AuthError) as raised:
            session.request("GET", "Contact", query=QUERY)
    assert raised.value.code == "invalid_client" and raised.value.status == 400
    assert secret not in str(raised.value) + repr(raised.value)


def test_identity_url_derivation() -> None:
    assert identity_url_for("https://acme.creatio.com") == "https://acme-is.creatio.com"
    assert (
        identity_url_for("https://acme.creatio.com/") == "https://acme-is.creatio.com"
    )
    assert identity_url_for("http://crm.example.org:8080/x") == (
        "http://crm-is.example.org:8080"
    )
    for same in ("http://127.0.0.1:5000", "http://localhost:8000", "http://creatio"):
        assert identity_url_for(same) == same
    assert identity_url_for("http://[::1]:81/") == "http://[::1]:81"
    explicit = OAuth2ClientCredentials("id", "secret", identity_url="https://is.x/")
    assert explicit.identity_url == "https://is.x"


def test_bearer_token_and_httpx_auth(site: Site) -> None:
    token = httpx.post(
        site.token_url,
        data={
            "grant_type": "client_credentials",
            "client_id": site.client_id,
            "client_secret": site.client_secret,
        },
    ).json()["access_token"]
    bearer = BearerToken(token)
    assert token not in repr(bearer) + str(bearer)
    with Session(site.url, bearer) as session:
        assert session.request("GET", f"Contact({ANN})").json()["Id"] == ANN
        site.faults.expire_sessions()
        with pytest.raises(errors.AuthError) as raised:
            session.request("GET", f"Contact({ANN})")
        assert raised.value.status == 401 and token not in str(raised.value)

    class Custom(httpx.Auth):
        def __init__(self) -> None:
            self.calls = 0

        def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
            self.calls += 1
            request.headers["Authorization"] = f"Bearer {fresh_token}"
            yield request

    fresh_token = httpx.post(
        site.token_url,
        data={
            "grant_type": "client_credentials",
            "client_id": site.client_id,
            "client_secret": site.client_secret,
        },
    ).json()["access_token"]
    custom = Custom()
    with Session(site.url, custom, odata_path="0/odata") as session:
        assert session.request("GET", f"Contact({ANN})").json()["Id"] == ANN
        assert custom.calls == 1
        with scripted(lambda *_: (200, {}, b"{}")) as elsewhere:
            session.request("GET", elsewhere + "/next")  # another origin
        assert custom.calls == 1
    with pytest.raises(TypeError):
        Session(site.url, ("user", "password"))  # type: ignore[arg-type]


def test_credentials_stay_on_the_site(site: Site) -> None:
    seen: list[dict[str, str]] = []

    def answer(method: str, path: str, headers: dict[str, str]) -> Answer:
        seen.append({k.lower(): v for k, v in headers.items()})
        return 200, {"Content-Type": "application/json"}, b"{}"

    with scripted(answer) as elsewhere:
        with Session(site.url, forms(site)) as session:
            session.request("GET", "Contact", query=QUERY)
            session.request("GET", elsewhere + "/next?$skip=1")
    assert seen and not {"cookie", "bpmcsrf", "authorization"} & set(seen[0])


# -- secrets ---------------------------------------------------------------------------
def session_cookies(auth: FormsAuth) -> list[str]:
    """The values of the session's secret cookies (not UserName: the user name)."""
    pairs = [pair.split("=", 1) for pair in auth.headers()[1]["Cookie"].split("; ")]
    return [value for name, value in pairs if name != "UserName"]


def test_no_secrets_in_logs_reprs_or_errors(
    site: Site, site_302: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    secrets: list[str] = [site.password, site.client_secret, WRONG_PASSWORD]
    texts: list[str] = []
    auth = forms(site)
    with Session(site.url, auth) as session:
        session.request("GET", "Contact", query=QUERY)
        secrets += session_cookies(auth)
        texts += [repr(auth), str(auth), repr(session)]
        site.faults.expire_sessions()
        session.request("GET", "Contact", query=QUERY)  # a re-login, logged
        secrets += session_cookies(auth)
    token_auth = oauth(site)
    with Session(site.url, token_auth) as session:
        session.request("GET", "Contact", query=QUERY)
        secrets.append(token_auth.headers()[1]["Authorization"].split()[1])
        texts += [repr(token_auth), str(token_auth), repr(session)]
    failures: list[BaseException] = []
    for bad in (forms(site, WRONG_PASSWORD), oauth(site, WRONG_PASSWORD)):
        with Session(site.url, bad) as session:
            with pytest.raises(errors.AuthError) as raised:
                session.request("GET", "Contact", query=QUERY)
            failures.append(raised.value)
            texts += [repr(bad), str(bad)]
    with emulated(ACME, session_lifetime=0) as dead:
        with Session(dead.url, forms(dead)) as session:
            with pytest.raises(errors.AuthError) as raised:
                session.request("GET", "Contact", query=QUERY)
            failures.append(raised.value)
    texts += [f"{error!s} {error!r} {error.args!r}" for error in failures]
    texts.append(caplog.text)
    texts += [repr(record.args) for record in caplog.records]
    assert len(secrets) > 8 and all(len(secret) >= 8 for secret in secrets)
    for text in texts:
        for secret in secrets:
            assert secret not in text


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
