"""Authentication and resilience of the generated client, end to end: the checked-in
generated_example/acme_creatio ``Client`` and ``AsyncClient`` against the Creatio
emulator over real sockets on 127.0.0.1, sync and async side by side.

Forms login, session expiry (401, 403 and 302 styles) with one transparent re-login,
OAuth 2.0 client credentials, bearer tokens, 429/503 bursts, dropped connections,
POST never retried, wrong passwords, error details, no secrets in logs, reprs or
errors, logout on leaving ``with``, the .NET Core layout, and eight threads or tasks
sharing one client through an expired session. What the emulator counts (logins,
open sessions, tokens, failed and dropped requests) is read from the emulator
itself. Retry waits are recorded instead of slept (``client.session._sleep``)."""

from __future__ import annotations

import asyncio
import logging
import pickle
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from odatagen.emulator import Site, emulated, emulator_fixture
from odatagen.emulator.auth import BAD_LOGIN
from tests.client_fixtures import (
    ACME,
    ANN,
    BOB,
    IMAGE,
    PNG,
    SEED,
    SEED_CONTACTS,
    Recorder,
    aio,
    forms,
    logins,
    pkg,
    sessions,
)
from tests.conftest import CREATIO_SMALL

__all__ = ["pkg"]  # fixture

PASSWORD = "Sup3r-Secret!"  # not the user name, so that a leak cannot hide
WRONG_PASSWORD = "wrong-Pa55word!"
OPTIONS: dict[str, Any] = dict(seed=SEED, scope="module", password=PASSWORD)
site_401 = emulator_fixture(CREATIO_SMALL, name="site_401", **OPTIONS)
site_403 = emulator_fixture(CREATIO_SMALL, name="site_403", expired=403, **OPTIONS)
site_302 = emulator_fixture(CREATIO_SMALL, name="site_302", expired=302, **OPTIONS)
core_site = emulator_fixture(CREATIO_SMALL, name="core_site", layout="core", **OPTIONS)


def fresh(site: Site) -> Site:
    site.reset()
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


@pytest.fixture
def core(core_site: Site) -> Iterator[Site]:
    yield fresh(core_site)
    core_site.faults.clear()


# -- helpers ------------------------------------------------------------------------
def oauth(pkg: Any, site: Site, secret: str | None = None) -> Any:
    return pkg.OAuth2ClientCredentials(
        site.client_id, secret or site.client_secret, identity_url=site.url
    )


def token_from(site: Site) -> str:
    """A bearer token from the emulator's token endpoint, fetched by hand."""
    form = {
        "grant_type": "client_credentials",
        "client_id": site.client_id,
        "client_secret": site.client_secret,
    }
    answer = httpx.post(site.token_url, data=form)
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def tokens(site: Site) -> int:
    """Valid access tokens on the emulator (``expire_sessions`` clears them)."""
    return len(site.emulator.auth.tokens)


def failed(site: Site) -> int:
    """Requests answered with an injected failure so far."""
    return int(site.faults.snapshot()["failed"])


def dropped(site: Site) -> int:
    """Connections dropped without an answer so far."""
    return int(site.faults.snapshot()["dropped"])


def contacts(site: Site) -> int:
    return len(site.rows("Contact"))


def sleeps(client: Any) -> list[float]:
    """Record the client's retry waits instead of sleeping them."""
    slept: list[float] = []
    if hasattr(client, "aclose"):  # an AsyncClient

        async def record(seconds: float) -> None:
            slept.append(seconds)

        client.session._sleep = record
    else:
        client.session._sleep = slept.append
    return slept


def aspxauth(auth: Any) -> str:
    """The session key (the .ASPXAUTH cookie) a FormsAuth holds."""
    cookie = auth.headers()[1]["Cookie"]
    return str(cookie.split(".ASPXAUTH=")[1].split(";")[0])


def secret_cookies(auth: Any) -> list[str]:
    """The values of the session's secret cookies (not UserName: the user name)."""
    pairs = [pair.split("=", 1) for pair in auth.headers()[1]["Cookie"].split("; ")]
    return [value for name, value in pairs if name != "UserName"]


# -- Forms login, CRUD, logout ---------------------------------------------------------
def test_forms_login_then_crud_and_logout_on_exit(pkg: Any, site: Site) -> None:
    before_logins, before_sessions = logins(site), sessions(site)
    auth = forms(pkg, site)
    with pkg.Client(site.url, auth) as c:
        made = c.contact.create(name="E2E", account_id=ACME)
        assert c.contact.get(made.id).account_id == ACME
        c.contact.update(made.id, job_title="Tester")
        found = c.contact.filter(pkg.Contact.q.job_title == "Tester").all()
        assert [x.id for x in found] == [made.id]
        c.contact.delete(made.id)
        with pytest.raises(pkg.NotFound):
            c.contact.get(made.id)
        key = aspxauth(auth)
        assert key in site.emulator.auth.sessions
        assert sessions(site) == before_sessions + 1
    assert logins(site) == before_logins + 1  # one login for the whole run
    assert sessions(site) == before_sessions  # logged out on leaving `with`
    assert key not in site.emulator.auth.sessions and "logged out" in repr(auth)
    # the server no longer accepts the old session
    stale = httpx.get(
        f"{site.root}/Contact({ANN})", headers={"Cookie": f".ASPXAUTH={key}"}
    )
    assert stale.status_code == 401


def test_async_forms_login_then_crud_and_logout_on_exit(pkg: Any, site: Site) -> None:
    before_logins, before_sessions = logins(site), sessions(site)
    auth = forms(pkg, site)

    async def main() -> str:
        async with pkg.AsyncClient(site.url, auth) as c:
            made = await c.contact.create(name="E2E", account_id=ACME)
            assert (await c.contact.get(made.id)).account_id == ACME
            await c.contact.update(made.id, job_title="Tester")
            q = pkg.Contact.q
            found = await c.contact.filter(q.job_title == "Tester").all()
            assert [x.id for x in found] == [made.id]
            await c.contact.delete(made.id)
            with pytest.raises(pkg.NotFound):
                await c.contact.get(made.id)
            assert sessions(site) == before_sessions + 1
            return aspxauth(auth)

    key = aio(main)
    assert logins(site) == before_logins + 1
    assert sessions(site) == before_sessions  # logged out by `async with`
    assert key not in site.emulator.auth.sessions and "logged out" in repr(auth)


def test_logout_also_when_the_block_raises(pkg: Any, site: Site) -> None:
    before = sessions(site)
    with pytest.raises(KeyError):
        with pkg.Client(site.url, forms(pkg, site)) as c:
            c.contact.get(ANN)
            raise KeyError
    assert sessions(site) == before

    async def main() -> None:
        async with pkg.AsyncClient(site.url, forms(pkg, site)) as c:
            await c.contact.get(ANN)
            raise KeyError

    with pytest.raises(KeyError):
        aio(main)
    assert sessions(site) == before


# -- session expiry ----------------------------------------------------------------------
def test_session_expiry_mid_run_relogs_in_once(pkg: Any, expiring: Site) -> None:
    site = expiring
    q = pkg.Contact.q
    with pkg.Client(site.url, forms(pkg, site)) as c:
        assert c.contact.get(ANN).name == "Ann Meyer"
        before = logins(site)
        site.faults.expire_sessions()
        assert c.contact.get(BOB).name == "Bob Stone"  # transparent
        assert logins(site) == before + 1
        # in the middle of a paged read
        rows = c.contact.select(q.name).page_size(2)
        seen = []
        for n, x in enumerate(rows):
            seen.append(x.id)
            if n == 0:
                site.faults.expire_sessions()
        assert len(seen) == len(set(seen)) == SEED_CONTACTS
        assert logins(site) == before + 2
        # a POST refused for its session was not processed: sent again, once
        count = contacts(site)
        site.faults.expire_sessions()
        made = c.contact.create(name="After expiry")
        assert contacts(site) == count + 1 and c.contact.get(made.id).name == (
            "After expiry"
        )
        assert logins(site) == before + 3
        # so is a $batch (a POST too): its rows are created once
        site.faults.expire_sessions()
        with c.batch() as batch:
            items = [batch.create(pkg.Contact(name=f"X{i}")) for i in range(3)]
        assert all(item.ok for item in items) and contacts(site) == count + 4
        assert logins(site) == before + 4
        # streams: a download, a chunked download, an upload of bytes
        site.faults.expire_sessions()
        assert c.sys_image.download(IMAGE, "data") == PNG
        site.faults.expire_sessions()
        assert b"".join(c.sys_image.iter_download(IMAGE, "data", 16)) == PNG
        site.faults.expire_sessions()
        c.sys_image.upload(IMAGE, "data", b"after expiry")
        assert c.sys_image.download(IMAGE, "data") == b"after expiry"
        assert logins(site) == before + 7
        # an upload from an iterable cannot be sent twice: refused, not re-sent
        site.faults.expire_sessions()
        with pytest.raises(pkg.AuthError):
            c.sys_image.upload(IMAGE, "data", iter([b"not ", b"sent"]))
        assert c.sys_image.download(IMAGE, "data") == b"after expiry"
        assert logins(site) == before + 8
        site.faults.expire_sessions()  # leaving `with`: the logout is refused, ignored


def test_async_session_expiry_mid_run_relogs_in_once(pkg: Any, expiring: Site) -> None:
    site = expiring
    q = pkg.Contact.q

    async def main() -> None:
        async with pkg.AsyncClient(site.url, forms(pkg, site)) as c:
            assert (await c.contact.get(ANN)).name == "Ann Meyer"
            before = logins(site)
            site.faults.expire_sessions()
            assert (await c.contact.get(BOB)).name == "Bob Stone"
            assert logins(site) == before + 1
            seen = []
            async for x in c.contact.select(q.name).page_size(2):
                seen.append(x.id)
                if len(seen) == 1:
                    site.faults.expire_sessions()
            assert len(seen) == len(set(seen)) == SEED_CONTACTS
            assert logins(site) == before + 2
            count = contacts(site)
            site.faults.expire_sessions()
            await c.contact.create(name="After expiry")
            assert contacts(site) == count + 1
            assert logins(site) == before + 3
            site.faults.expire_sessions()
            async with c.batch() as batch:
                items = [batch.create(pkg.Contact(name=f"X{i}")) for i in range(3)]
            assert all(item.ok for item in items) and contacts(site) == count + 4
            site.faults.expire_sessions()
            assert await c.sys_image.download(IMAGE, "data") == PNG
            site.faults.expire_sessions()
            chunks = [b async for b in c.sys_image.iter_download(IMAGE, "data", 16)]
            assert b"".join(chunks) == PNG
            site.faults.expire_sessions()
            await c.sys_image.upload(IMAGE, "data", b"after expiry")
            assert await c.sys_image.download(IMAGE, "data") == b"after expiry"
            assert logins(site) == before + 7
            # the async upload joins an iterable into bytes first (httpx's async
            # client takes no sync iterable), so unlike the sync one it is re-sent
            site.faults.expire_sessions()
            await c.sys_image.upload(IMAGE, "data", [b"buffered, ", b"re-sent"])
            assert await c.sys_image.download(IMAGE, "data") == b"buffered, re-sent"
            assert logins(site) == before + 8
            site.faults.expire_sessions()

    aio(main)


def test_a_session_refused_again_after_relogin_raises_auth_error(pkg: Any) -> None:
    """Every session is stale at once (lifetime 0): one re-login, then AuthError."""
    with emulated(CREATIO_SMALL, session_lifetime=0, expired=302) as dead:
        with pkg.Client(dead.url, forms(pkg, dead)) as c:
            with pytest.raises(pkg.AuthError) as raised:
                c.contact.get(ANN)
        assert logins(dead) == 2  # the login and one re-login

        async def main() -> None:
            async with pkg.AsyncClient(dead.url, forms(pkg, dead)) as ac:
                with pytest.raises(pkg.AuthError):
                    await ac.contact.query().count()

        aio(main)
        assert logins(dead) == 4
    assert raised.value.status == 302
    assert "still redirected to /Login/NuiLogin.aspx" in str(raised.value)


# -- OAuth 2.0 and bearer tokens ----------------------------------------------------------
def test_oauth_client_credentials(pkg: Any, site: Site) -> None:
    site.faults.expire_sessions()  # no tokens left from earlier tests
    before = logins(site)
    auth = oauth(pkg, site)
    with pkg.Client(site.url, auth) as c:
        made = c.contact.create(name="By token")
        assert c.contact.get(made.id).name == "By token"
        c.contact.update(made.id, job_title="Bot")
        assert c.contact.filter(pkg.Contact.q.id == made.id).first() is not None
        c.contact.delete(made.id)
        assert tokens(site) == 1  # one token for the whole run
        site.faults.expire_sessions()  # the token is refused now: one new token
        assert c.contact.get(ANN).name == "Ann Meyer"
        assert tokens(site) == 1
    assert logins(site) == before  # no Forms login
    # the identity service of a site on an IP address is the site itself
    with pkg.Client(
        site.url, pkg.OAuth2ClientCredentials("odatagen", "odatagen-secret")
    ) as c:
        assert c.contact.get(ANN).name == "Ann Meyer"
    with pkg.Client(site.url, oauth(pkg, site, "not-the-secret")) as c:
        with pytest.raises(pkg.AuthError) as raised:
            c.contact.get(ANN)
    assert raised.value.status == 400 and raised.value.code == "invalid_client"


def test_async_oauth_client_credentials(pkg: Any, site: Site) -> None:
    site.faults.expire_sessions()

    async def main() -> None:
        async with pkg.AsyncClient(site.url, oauth(pkg, site)) as c:
            made = await c.contact.create(name="By token")
            assert (await c.contact.get(made.id)).name == "By token"
            await c.contact.delete(made.id)
            assert tokens(site) == 1
            site.faults.expire_sessions()
            answers = await asyncio.gather(*(c.contact.get(ANN) for _ in range(8)))
            assert {x.name for x in answers} == {"Ann Meyer"}
            assert tokens(site) == 1  # eight refused requests, one new token
        async with pkg.AsyncClient(site.url, oauth(pkg, site, "wrong!")) as c:
            with pytest.raises(pkg.AuthError) as raised:
                await c.contact.get(ANN)
            assert raised.value.code == "invalid_client"

    aio(main)


def test_bearer_token(pkg: Any, site: Site) -> None:
    token = token_from(site)
    bearer = pkg.BearerToken(token)
    assert token not in repr(bearer) + str(bearer)
    with pkg.Client(site.url, bearer) as c:
        assert c.contact.get(ANN).name == "Ann Meyer"
        made = c.contact.create(name="Bearer")
        c.contact.delete(made.id)
        site.faults.expire_sessions()
        with pytest.raises(pkg.AuthError) as raised:  # a fixed token: final
            c.contact.get(ANN)
    assert raised.value.status == 401 and token not in str(raised.value)
    assert raised.value.message == "Authorization has been denied for this request."
    assert raised.value.url == f"{site.root}/Contact({ANN})"


def test_async_bearer_token(pkg: Any, site: Site) -> None:
    token = token_from(site)

    async def main() -> None:
        async with pkg.AsyncClient(site.url, pkg.BearerToken(token)) as c:
            assert (await c.contact.get(ANN)).name == "Ann Meyer"
            site.faults.expire_sessions()
            with pytest.raises(pkg.AuthError) as raised:
                await c.contact.get(ANN)
            assert raised.value.status == 401

    aio(main)


# -- retries --------------------------------------------------------------------------------
def test_429_and_503_bursts_on_a_query_are_retried(pkg: Any, site: Site) -> None:
    q = pkg.Contact.q
    with pkg.Client(site.url, forms(pkg, site)) as c:
        slept = sleeps(c)
        c.contact.get(ANN)  # logged in, root known
        start = failed(site)
        site.faults.fail(2, status=429, retry_after=3)
        names = {x.name for x in c.contact.filter(q.account_id == ACME)}
        assert names == {"Ann Meyer", "Bob Stone"}
        assert slept == [3.0, 3.0] and failed(site) == start + 2  # Retry-After
        slept.clear()
        site.faults.fail(3, status=503, retry_after=None)
        assert c.contact.query().count() == SEED_CONTACTS
        assert len(slept) == 3 and failed(site) == start + 5
        assert all(0 <= s <= 0.5 * 2**n for n, s in enumerate(slept))  # backoff
        slept.clear()
        # a burst between two pages of one read: nothing lost, nothing twice
        seen = []
        for x in c.contact.select(q.name).page_size(2):
            seen.append(x.id)
            if len(seen) == 1:
                site.faults.fail(2, status=503, retry_after=0)
        assert len(seen) == len(set(seen)) == SEED_CONTACTS
        assert slept == [0.0, 0.0]
        # an expired session behind a 503: retried, then one re-login
        before = logins(site)
        site.faults.expire_sessions()
        site.faults.fail(1, status=503, retry_after=0)
        assert c.contact.get(BOB).name == "Bob Stone"
        assert slept == [0.0, 0.0, 0.0] and logins(site) == before + 1
        # a burst longer than the tries: the mapped error
        site.faults.fail(4, status=503, retry_after=0)
        with pytest.raises(pkg.ServerError) as raised:
            c.contact.filter(q.name == "x").all()
        site.faults.fail(4, status=429, retry_after=2)
        with pytest.raises(pkg.RateLimited) as limited:
            c.contact.get(ANN)
    error = raised.value
    assert (error.status, error.message) == (503, "The service is unavailable.")
    assert error.method == "GET" and "/0/odata/Contact?" in (error.url or "")
    assert limited.value.status == 429 and limited.value.retry_after == 2.0


def test_async_429_and_503_bursts_on_a_query_are_retried(pkg: Any, site: Site) -> None:
    q = pkg.Contact.q

    async def main() -> None:
        async with pkg.AsyncClient(site.url, forms(pkg, site)) as c:
            slept = sleeps(c)
            await c.contact.get(ANN)
            start = failed(site)
            site.faults.fail(2, status=429, retry_after=3)
            found = await c.contact.filter(q.account_id == ACME).all()
            assert {x.name for x in found} == {"Ann Meyer", "Bob Stone"}
            assert slept == [3.0, 3.0] and failed(site) == start + 2
            slept.clear()
            site.faults.fail(3, status=503, retry_after=None)
            assert await c.contact.query().count() == SEED_CONTACTS
            assert len(slept) == 3 and failed(site) == start + 5
            slept.clear()
            seen = []
            async for x in c.contact.select(q.name).page_size(2):
                seen.append(x.id)
                if len(seen) == 1:
                    site.faults.fail(2, status=503, retry_after=0)
            assert len(seen) == len(set(seen)) == SEED_CONTACTS
            assert slept == [0.0, 0.0]
            before = logins(site)
            site.faults.expire_sessions()
            site.faults.fail(1, status=503, retry_after=0)
            assert (await c.contact.get(BOB)).name == "Bob Stone"
            assert slept == [0.0, 0.0, 0.0] and logins(site) == before + 1
            site.faults.fail(4, status=503, retry_after=0)
            with pytest.raises(pkg.ServerError) as raised:
                await c.contact.filter(q.name == "x").all()
            assert raised.value.status == 503 and raised.value.method == "GET"

    aio(main)


def test_dropped_connections_on_get_are_retried(pkg: Any, site: Site) -> None:
    with pkg.Client(site.url, forms(pkg, site)) as c:
        slept = sleeps(c)
        c.contact.get(ANN)
        start = dropped(site)
        site.faults.drop(2)
        assert c.contact.get(BOB).name == "Bob Stone"
        assert dropped(site) == start + 2 and len(slept) == 2
        site.faults.drop(1)
        assert c.contact.query().count() == SEED_CONTACTS
        site.faults.drop(1)
        assert c.sys_image.download(IMAGE, "data") == PNG
        site.faults.drop(1)
        assert b"".join(c.sys_image.iter_download(IMAGE, "data")) == PNG
        assert dropped(site) == start + 5
        site.faults.drop(4)  # every try lost
        with pytest.raises(pkg.TransportError) as raised:
            c.contact.get(ANN)
    assert raised.value.status is None and raised.value.method == "GET"


def test_async_dropped_connections_on_get_are_retried(pkg: Any, site: Site) -> None:
    async def main() -> None:
        async with pkg.AsyncClient(site.url, forms(pkg, site)) as c:
            slept = sleeps(c)
            await c.contact.get(ANN)
            start = dropped(site)
            site.faults.drop(2)
            assert (await c.contact.get(BOB)).name == "Bob Stone"
            assert dropped(site) == start + 2 and len(slept) == 2
            site.faults.drop(1)
            assert await c.sys_image.download(IMAGE, "data") == PNG
            site.faults.drop(1)
            chunks = [b async for b in c.sys_image.iter_download(IMAGE, "data")]
            assert b"".join(chunks) == PNG
            site.faults.drop(4)
            with pytest.raises(pkg.TransportError):
                await c.contact.get(ANN)

    aio(main)


def test_create_is_not_retried(pkg: Any, site: Site) -> None:
    with pkg.Client(site.url, forms(pkg, site)) as c:
        slept = sleeps(c)
        c.contact.get(ANN)
        count, start_failed, start_dropped = contacts(site), failed(site), dropped(site)
        site.faults.fail(1, status=503)
        with pytest.raises(pkg.ServerError) as raised:
            c.contact.create(name="Once")
        assert failed(site) == start_failed + 1  # exactly one try reached the server
        site.faults.drop(1)
        with pytest.raises(pkg.TransportError):
            c.contact.create(name="Once")
        assert dropped(site) == start_dropped + 1
        site.faults.fail(1, status=503)
        with pytest.raises(pkg.ServerError):
            with c.batch() as batch:  # $batch is a POST as well
                batch.create(pkg.Contact(name="Once"))
        assert failed(site) == start_failed + 2
        assert slept == [] and contacts(site) == count  # not one row: no try twice
        site.faults.fail(1, status=503)  # an update (PATCH) is retried
        c.contact.update(ANN, job_title="Retried")
        assert slept == [1.0] and failed(site) == start_failed + 3
        c.contact.create(name="Once")
    assert contacts(site) == count + 1
    assert raised.value.status == 503 and raised.value.method == "POST"


def test_async_create_is_not_retried(pkg: Any, site: Site) -> None:
    count = contacts(site)

    async def main() -> None:
        async with pkg.AsyncClient(site.url, forms(pkg, site)) as c:
            slept = sleeps(c)
            await c.contact.get(ANN)
            start_failed, start_dropped = failed(site), dropped(site)
            site.faults.fail(1, status=503)
            with pytest.raises(pkg.ServerError):
                await c.contact.create(name="Once")
            assert failed(site) == start_failed + 1
            site.faults.drop(1)
            with pytest.raises(pkg.TransportError):
                await c.contact.create(name="Once")
            assert dropped(site) == start_dropped + 1
            site.faults.fail(1, status=503)
            with pytest.raises(pkg.ServerError):
                async with c.batch() as batch:
                    batch.create(pkg.Contact(name="Once"))
            assert failed(site) == start_failed + 2
            assert slept == [] and contacts(site) == count
            await c.contact.create(name="Once")

    aio(main)
    assert contacts(site) == count + 1


# -- errors ---------------------------------------------------------------------------------
def test_wrong_password_raises_auth_error(pkg: Any, site: Site) -> None:
    before_logins, before_sessions = logins(site), sessions(site)
    with pkg.Client(site.url, forms(pkg, site, WRONG_PASSWORD)) as c:
        with pytest.raises(pkg.AuthError) as raised:
            c.contact.get(ANN)

    async def main() -> Any:
        async with pkg.AsyncClient(site.url, forms(pkg, site, WRONG_PASSWORD)) as c:
            with pytest.raises(pkg.AuthError) as caught:
                await c.contact.query().count()
            return caught.value

    for error in (raised.value, aio(main)):
        assert (error.status, error.code, error.message) == (200, "1", BAD_LOGIN)
        assert error.method == "POST"
        assert error.url == f"{site.url}/ServiceModel/AuthService.svc/Login"
        assert WRONG_PASSWORD not in f"{error!s} {error!r} {error.args!r}"
    assert (logins(site), sessions(site)) == (before_logins, before_sessions)


def test_errors_carry_status_code_and_message(pkg: Any, site: Site) -> None:
    missing = uuid.uuid4()

    class Standard(pkg.Client):  # type: ignore[misc,name-defined]
        __odata_flavor__ = "standard"  # sends `in`, which Creatio refuses

    with pkg.Client(site.url, forms(pkg, site)) as c:
        with pytest.raises(pkg.NotFound) as odata:
            c.contact.get(missing)
        site.faults.rebuild("Contact")  # a custom entity's model being rebuilt
        with pytest.raises(pkg.NotFound) as aspnet:
            c.contact.get(ANN)
        site.faults.clear()
    with Standard(site.url, forms(pkg, site), odata_path="0/odata") as s:
        with pytest.raises(pkg.ValidationError) as bad:
            s.contact.filter(pkg.Contact.q.id.in_([ANN, BOB])).all()
    error = odata.value
    assert isinstance(error, pkg.ODataError)
    assert (error.status, error.code, error.message) == (404, "NotFound", "Not found")
    assert error.method == "GET" and error.url == f"{site.root}/Contact({missing})"
    assert str(error) == f"404 NotFound: Not found (GET {site.root}/Contact({missing}))"
    assert repr(error) == "NotFound(status=404, code='NotFound', message='Not found')"
    assert error.details == {"error": {"code": "NotFound", "message": "Not found"}}
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is pkg.NotFound and str(copy) == str(error)
    assert aspnet.value.status == 404 and aspnet.value.code is None
    assert "No type was found that matches the controller named 'Contact'" in (
        aspnet.value.message
    )
    assert bad.value.status == 400 and bad.value.method == "GET"
    assert bad.value.code == "BadRequest"
    assert "The operator 'In' is not supported" in bad.value.message
    assert "$filter=Id%20in%20(" in (bad.value.url or "")  # the URL as sent

    async def main() -> Any:
        async with pkg.AsyncClient(site.url, forms(pkg, site)) as c:
            with pytest.raises(pkg.NotFound) as caught:
                await c.contact.delete(missing)
            return caught.value

    deleted = aio(main)
    assert (deleted.status, deleted.code, deleted.message) == (
        404,
        "NotFound",
        "Not found",
    )
    assert deleted.method == "DELETE"


# -- secrets -------------------------------------------------------------------------------
def test_no_secrets_in_logs_reprs_or_errors(
    pkg: Any, site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: the client's, httpx, httpcore
    secrets: list[str] = [site.password, site.client_secret, WRONG_PASSWORD]
    texts: list[str] = []
    errors: list[BaseException] = []
    auth = forms(pkg, site)
    with pkg.Client(site.url, auth) as c:
        made = c.contact.create(name="Secretive", email="s@example.com")
        c.contact.update(made.id, job_title="Keeper")
        c.contact.filter(pkg.Contact.q.name == "Secretive").all()
        with c.batch() as batch:
            batch.get(pkg.Contact, made.id)
        secrets += secret_cookies(auth)
        texts += [repr(auth), str(auth), repr(c), str(c), repr(c.session)]
        site.faults.expire_sessions()
        c.contact.get(made.id)  # a re-login, logged
        secrets += secret_cookies(auth)
        try:
            c.contact.get(uuid.uuid4())
        except pkg.NotFound as exc:
            errors.append(exc)
    texts += [repr(auth), str(auth)]
    token_auth = oauth(pkg, site)
    with pkg.Client(site.url, token_auth) as c:
        c.contact.get(ANN)
        secrets.append(token_auth.headers()[1]["Authorization"].split()[1])
        texts += [repr(token_auth), str(token_auth), repr(c.session)]
    token = token_from(site)
    secrets.append(token)
    with pkg.Client(site.url, pkg.BearerToken(token)) as c:
        c.contact.get(ANN)
        texts += [repr(c.session.auth), repr(c.session)]
        site.faults.expire_sessions()
        try:
            c.contact.get(ANN)
        except pkg.AuthError as exc:
            errors.append(exc)
    for bad in (forms(pkg, site, WRONG_PASSWORD), oauth(pkg, site, WRONG_PASSWORD)):
        with pkg.Client(site.url, bad) as c:
            try:
                c.contact.get(ANN)
            except pkg.AuthError as exc:
                errors.append(exc)
            texts += [repr(bad), str(bad), repr(c.session)]

    async def main() -> None:
        async_auth = forms(pkg, site)
        async with pkg.AsyncClient(site.url, async_auth) as ac:
            await ac.contact.get(ANN)
            secrets.extend(secret_cookies(async_auth))
            site.faults.expire_sessions()
            await ac.contact.get(ANN)
            secrets.extend(secret_cookies(async_auth))
            texts.extend([repr(async_auth), repr(ac), repr(ac.session)])

    aio(main)
    assert len(errors) == 4
    texts += [f"{e!s} {e!r} {e.args!r} {getattr(e, 'details', None)!r}" for e in errors]
    texts.append(caplog.text)
    texts += [repr(record.args) for record in caplog.records]
    http_log = f"{pkg.__name__}._runtime.http"
    lines = [r.getMessage() for r in caplog.records if r.name == http_log]
    assert any("/AuthService.svc/Login -> 200" in line for line in lines)
    assert any("/connect/token -> 200" in line for line in lines)
    assert any(
        line.startswith("POST ") and "/0/odata/Contact" in line for line in lines
    )
    assert len(secrets) > 10 and all(len(secret) >= 8 for secret in secrets)
    for text in texts:
        for secret in secrets:
            assert secret not in text


def test_client_repr_hides_a_password_in_the_site_url(pkg: Any) -> None:
    url = "http://someone:Url-Secret-99@127.0.0.1:9"
    sync = pkg.Client(url, odata_path="0/odata")
    assert "Url-Secret-99" not in repr(sync.session)  # the session redacts it
    texts = [repr(sync), str(sync)]
    sync.close()

    async def main() -> None:
        async with pkg.AsyncClient(url, odata_path="0/odata") as c:
            texts.extend([repr(c), str(c), repr(c.session)])

    aio(main)
    assert not [text for text in texts if "Url-Secret-99" in text]


# -- service root -------------------------------------------------------------------------
def test_core_layout_is_detected(pkg: Any, core: Site, site: Site) -> None:
    with pkg.Client(core.url, forms(pkg, core)) as c:
        assert c.contact.get(ANN).name == "Ann Meyer"
        assert c.session.root == core.url + "/odata"
        made = c.contact.create(name="On Core")
        assert c.contact.filter(pkg.Contact.q.id == made.id).count() == 1
        assert c.sys_image.download(IMAGE, "data") == PNG
    with pkg.Client(site.url, forms(pkg, site)) as c:
        assert c.session.root == site.url + "/0/odata"

    async def main() -> None:
        async with pkg.AsyncClient(core.url, forms(pkg, core)) as ac:
            assert (await ac.contact.get(ANN)).name == "Ann Meyer"
            assert ac.session.root == core.url + "/odata"
            assert await ac.contact.query().count() == SEED_CONTACTS + 1

    aio(main)


# -- concurrency ---------------------------------------------------------------------------
def renewals(site: Site, kind: str) -> int:
    """Forms logins so far, or the tokens alive (expiry clears them)."""
    return logins(site) if kind == "forms" else tokens(site)


def auth_of(pkg: Any, site: Site, kind: str) -> Any:
    return forms(pkg, site) if kind == "forms" else oauth(pkg, site)


def in_threads(work: Callable[[int], Any], count: int = 8) -> list[Any]:
    """Run ``work(n)`` in ``count`` threads started together; results or errors."""
    start = threading.Barrier(count)
    results: list[Any] = [None] * count

    def target(n: int) -> None:
        start.wait()
        try:
            results[n] = work(n)
        except Exception as exc:  # reported by the caller's assertion
            results[n] = exc

    threads = [threading.Thread(target=target, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def read_ann(c: Any, n: int) -> str | None:
    """Half of the workers read by key, half by a query."""
    if n % 2:
        return str(c.contact.get(ANN).name)
    found = c.contact.filter(c.contact.q.id == ANN).first()
    return found.name if found else None


async def aread_ann(c: Any, n: int) -> str | None:
    if n % 2:
        return str((await c.contact.get(ANN)).name)
    found = await c.contact.filter(c.contact.q.id == ANN).first()
    return found.name if found else None


@pytest.mark.parametrize("kind", ["forms", "oauth"])
def test_eight_threads_share_one_client_and_one_relogin(
    pkg: Any, site: Site, kind: str
) -> None:
    site.faults.expire_sessions()  # no tokens left from earlier tests
    with pkg.Client(site.url, auth_of(pkg, site, kind)) as c:
        c.contact.get(ANN)
        site.faults.expire_sessions()
        site.faults.set_latency(0.1)  # keep all eight in flight together
        before = logins(site) if kind == "forms" else 0
        assert in_threads(lambda n: read_ann(c, n)) == ["Ann Meyer"] * 8
        assert renewals(site, kind) == before + 1  # one login / one token


def probes_and_logins(recorder: Recorder) -> tuple[int, int]:
    """Root-detection probes and login requests the client sent."""
    paths = [sent.path for sent in recorder.sent]
    return (
        sum(path.endswith("/HealthCheck/Ping") for path in paths),
        sum(path.endswith("/AuthService.svc/Login") for path in paths),
    )


def test_eight_threads_on_a_fresh_client_log_in_once(pkg: Any, site: Site) -> None:
    site.faults.set_latency(0.05)
    before = logins(site)
    recorder = Recorder()
    http = httpx.Client(event_hooks={"request": [recorder]})
    with pkg.Client(site.url, forms(pkg, site), http=http) as c:  # not logged in yet
        assert in_threads(lambda n: read_ann(c, n)) == ["Ann Meyer"] * 8
        assert logins(site) == before + 1
    http.close()
    assert probes_and_logins(recorder) == (1, 1)  # the root is detected once


@pytest.mark.parametrize("kind", ["forms", "oauth"])
def test_eight_tasks_share_one_async_client_and_one_relogin(
    pkg: Any, site: Site, kind: str
) -> None:
    site.faults.expire_sessions()

    async def main() -> tuple[list[Any], int]:
        async with pkg.AsyncClient(site.url, auth_of(pkg, site, kind)) as c:
            await c.contact.get(ANN)
            site.faults.expire_sessions()
            site.faults.set_latency(0.1)
            before = logins(site) if kind == "forms" else 0
            results = await asyncio.gather(
                *(aread_ann(c, n) for n in range(8)), return_exceptions=True
            )
            return list(results), renewals(site, kind) - before

    results, renewed = aio(main)
    assert results == ["Ann Meyer"] * 8
    assert renewed == 1


def test_eight_tasks_on_a_fresh_async_client_log_in_once(pkg: Any, site: Site) -> None:
    site.faults.set_latency(0.05)
    before = logins(site)

    recorder = Recorder()

    async def main() -> list[Any]:
        http = httpx.AsyncClient(event_hooks={"request": [recorder.hook]})
        async with pkg.AsyncClient(site.url, forms(pkg, site), http=http) as c:
            results = await asyncio.gather(
                *(aread_ann(c, n) for n in range(8)), return_exceptions=True
            )
        await http.aclose()
        return list(results)

    assert aio(main) == ["Ann Meyer"] * 8
    assert logins(site) == before + 1
    assert probes_and_logins(recorder) == (1, 1)
