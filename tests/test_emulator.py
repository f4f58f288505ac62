"""The Creatio emulator over real HTTP on 127.0.0.1 (httpx, no mocks)."""

from __future__ import annotations

import datetime as dt
import re
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
pytest.importorskip("odata_query")

from odatagen.emulator import Site, emulated, emulator_fixture

REPO = Path(__file__).resolve().parents[1]
ACME = REPO / "fixtures" / "creatio" / "acme-small.xml"
SEED = REPO / "fixtures" / "emulator" / "acme-small-seed.json"
SUPERVISOR = "410006e1-ca4e-4502-a9ec-e54d922d2c00"
ACME_ID = "a1c0ffee-0000-4000-8000-000000000001"
GLOBEX_ID = "a1c0ffee-0000-4000-8000-000000000002"
ANN = "c0a7ac70-0000-4000-8000-000000000001"
DAN = "c0a7ac70-0000-4000-8000-000000000004"
IMAGE = "9b1c2d3e-4f50-4a61-8b72-000000000001"
EMPTY_GUID = "00000000-0000-0000-0000-000000000000"
Z_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?Z$")

acme_site = emulator_fixture(ACME, seed=SEED, scope="module", name="acme_site")


@pytest.fixture
def site(acme_site: Site) -> Iterator[Site]:
    """The shared site, back to its seed data and without faults for every test."""
    acme_site.reset()
    acme_site.faults.clear()
    yield acme_site
    acme_site.faults.clear()


@pytest.fixture
def http(site: Site) -> Iterator[httpx.Client]:
    """Logged in with Forms auth: cookies plus the BPMCSRF header."""
    with site.client() as client:
        yield client


def url(path: str, **params: str) -> str:
    """An OData URL with spaces as %20 (never +): httpx's params= would send +."""
    if not params:
        return path
    query = urllib.parse.urlencode(
        {f"${k}": v for k, v in params.items()},
        quote_via=urllib.parse.quote,
        safe="$'(),/:*;=",
    )
    return f"{path}?{query}"


def root(site: Site, path: str = "", **params: str) -> str:
    return url(site.root + path, **params)


def login(
    client: httpx.Client, user: str = "Supervisor", password: str = "Supervisor"
) -> httpx.Response:
    return client.post(
        "/ServiceModel/AuthService.svc/Login",
        json={"UserName": user, "UserPassword": password},
        headers={"ForceUseSession": "true"},
    )


# -- Forms login, CSRF, sessions ---------------------------------------------------
def test_login_success_sets_creatio_cookies(site: Site) -> None:
    with httpx.Client(base_url=site.url) as client:
        answer = login(client)
        assert answer.status_code == 200
        assert answer.json() == {
            "Code": 0,
            "Message": "",
            "Exception": None,
            "PasswordChangeUrl": None,
            "RedirectUrl": None,
        }
        assert {".ASPXAUTH", "BPMCSRF", "BPMLOADER", "UserName"} <= set(client.cookies)
        assert client.cookies["UserName"] == "Supervisor"
        client.headers["BPMCSRF"] = client.cookies["BPMCSRF"]
        assert client.get(root(site, "/Contact")).status_code == 200


def test_login_failure_is_200_with_code_1(site: Site) -> None:
    with httpx.Client(base_url=site.url) as client:
        answer = login(client, password="wrong")
        assert answer.status_code == 200
        body = answer.json()
        assert body["Code"] == 1 and "password" in body["Message"]
        assert not client.cookies
        assert login(client, user="Nobody").json()["Code"] == 1


def test_csrf_header_is_required(site: Site) -> None:
    with httpx.Client(base_url=site.url) as client:
        login(client)
        refused = client.get(root(site, "/Contact"))
        assert refused.status_code == 401
        assert refused.json() == {
            "Message": "Authorization has been denied for this request."
        }
        wrong = client.get(root(site, "/Contact"), headers={"BPMCSRF": "nope"})
        assert wrong.status_code == 401
        right = client.get(
            root(site, "/Contact"), headers={"BPMCSRF": client.cookies["BPMCSRF"]}
        )
        assert right.status_code == 200


def test_no_session_answers_401_by_default(site: Site) -> None:
    with httpx.Client(base_url=site.url) as client:
        assert client.get(root(site, "/Contact")).status_code == 401
        assert client.get(root(site, "/$metadata")).status_code == 401


def test_logout_ends_the_session(site: Site, http: httpx.Client) -> None:
    assert http.get(root(site, "/Contact")).status_code == 200
    assert http.post("/ServiceModel/AuthService.svc/Logout").status_code == 200
    assert http.get(root(site, "/Contact")).status_code == 401


def test_expired_302_redirects_to_the_login_page_core_layout() -> None:
    with emulated(ACME, layout="core", expired=302) as site:
        assert site.root == site.url + "/odata"
        with httpx.Client(base_url=site.url) as client:
            answer = client.get("/odata/Contact")
            assert answer.status_code == 302
            location = answer.headers["location"]
            assert location.startswith("/Login/NuiLogin.aspx?ReturnUrl=")
            page = client.get(location)
            assert (
                page.status_code == 200 and "text/html" in page.headers["content-type"]
            )
            assert "<form" in page.text
            login(client)
            assert {"BPMSESSIONID", "CsrfToken"} <= set(client.cookies)
            client.headers["BPMCSRF"] = client.cookies["BPMCSRF"]
            assert client.get("/odata/Contact").status_code == 200
            assert client.get("/0/odata/Contact").status_code == 404


def test_session_lifetime_is_sliding() -> None:
    with emulated(ACME, session_lifetime=0.6) as site, site.client() as client:
        for _ in range(3):  # each request extends the session
            time.sleep(0.3)
            assert client.get(root(site, "/Country")).status_code == 200
        time.sleep(0.8)
        assert client.get(root(site, "/Country")).status_code == 401
        assert site.emulator.auth.logins == 1


# -- OAuth2 ------------------------------------------------------------------------
def test_oauth2_client_credentials_and_bearer(site: Site) -> None:
    with httpx.Client(base_url=site.url) as client:
        form = {
            "grant_type": "client_credentials",
            "client_id": site.client_id,
            "client_secret": site.client_secret,
        }
        answer = client.post("/connect/token", data=form)
        assert answer.status_code == 200
        token = answer.json()
        assert token["token_type"] == "Bearer" and token["expires_in"] == 3600
        bearer = {"Authorization": f"Bearer {token['access_token']}"}
        # no cookies, no BPMCSRF
        created = client.post(
            root(site, "/City"), json={"Name": "Oslo"}, headers=bearer
        )
        assert created.status_code == 201
        assert created.json()["CreatedById"] == SUPERVISOR
        bad = client.get(root(site, "/City"), headers={"Authorization": "Bearer nope"})
        assert (
            bad.status_code == 401
            and "invalid_token" in bad.headers["www-authenticate"]
        )
        wrong = client.post("/connect/token", data={**form, "client_secret": "x"})
        assert wrong.status_code == 400 and wrong.json() == {"error": "invalid_client"}
        grant = client.post("/connect/token", data={**form, "grant_type": "password"})
        assert grant.json() == {"error": "unsupported_grant_type"}
        basic = client.post(
            "/connect/token",
            data={"grant_type": "client_credentials"},
            auth=(site.client_id, site.client_secret),
        )
        assert basic.status_code == 200
        discovery = client.get("/.well-known/openid-configuration").json()
        assert discovery["token_endpoint"] == site.url + "/connect/token"


def test_token_expiry() -> None:
    with (
        emulated(ACME, token_lifetime=1) as site,
        httpx.Client(base_url=site.url) as client,
    ):
        form = {"grant_type": "client_credentials", "client_id": site.client_id}
        form["client_secret"] = site.client_secret
        token = client.post("/connect/token", data=form).json()["access_token"]
        bearer = {"Authorization": f"Bearer {token}"}
        assert client.get(root(site, "/City"), headers=bearer).status_code == 200
        time.sleep(1.1)
        assert client.get(root(site, "/City"), headers=bearer).status_code == 401


# -- $metadata -----------------------------------------------------------------------
def test_metadata_is_served_as_xml_with_an_etag(site: Site, http: httpx.Client) -> None:
    answer = http.get(root(site, "/$metadata"), headers={"Accept": "application/xml"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/xml")
    assert answer.content == ACME.read_bytes()
    again = http.get(
        root(site, "/$metadata"), headers={"If-None-Match": answer.headers["etag"]}
    )
    assert again.status_code == 304
    service = http.get(root(site, "/")).json()
    assert {"name": "Contact", "kind": "EntitySet", "url": "Contact"} in service[
        "value"
    ]


# -- CRUD ----------------------------------------------------------------------------
def test_collection_and_single_entity(site: Site, http: httpx.Client) -> None:
    answer = http.get(root(site, "/Account"))
    assert answer.status_code == 200
    body = answer.json()
    assert body["@odata.context"] == f"{site.root}/$metadata#Account"
    assert list(body) == ["@odata.context", "value"]
    assert {a["Name"] for a in body["value"]} == {
        "Acme Corporation",
        "Globex GmbH",
        "Initech",
    }
    one = http.get(root(site, f"/Account({ACME_ID})")).json()
    assert one["@odata.context"] == f"{site.root}/$metadata#Account/$entity"
    assert one["Name"] == "Acme Corporation" and one["Id"] == ACME_ID
    assert "Logo" not in one  # streams are not inline
    assert one["ModifiedOn"] == "2024-02-20T14:45:12.5Z"


def test_missing_key_is_404_odata_error(site: Site, http: httpx.Client) -> None:
    missing = "8eca0000-0000-4000-8000-000000000000"
    for method in ("GET", "DELETE"):
        answer = http.request(method, root(site, f"/Contact({missing})"))
        assert answer.status_code == 404
        assert answer.json()["error"]["message"] == "Not found"
        assert set(answer.json()["error"]) == {"code", "message"}
    patch = http.patch(root(site, f"/Contact({missing})"), json={"Name": "x"})
    assert patch.status_code == 404


def test_unknown_entity_set_is_aspnet_404(site: Site, http: httpx.Client) -> None:
    answer = http.get(root(site, "/UsrNope"))
    assert answer.status_code == 404
    body = answer.json()
    assert (
        body["MessageDetail"]
        == "No type was found that matches the controller named 'UsrNope'."
    )
    assert body["Message"].startswith("No HTTP resource was found")


def test_create_returns_201_with_the_full_entity(
    site: Site, http: httpx.Client
) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    answer = http.post(
        root(site, "/Contact"),
        json={
            "Name": "Eve Adams",
            "AccountId": ACME_ID,
            "Account": {"Name": "ignored"},  # a navigation: silently ignored
            "Age": 30,
        },
    )
    assert answer.status_code == 201
    entity = answer.json()
    assert entity["@odata.context"] == f"{site.root}/$metadata#Contact/$entity"
    assert re.fullmatch(r"[0-9a-f-]{36}", entity["Id"])
    assert answer.headers["location"] == f"{site.root}/Contact({entity['Id']})"
    assert entity["Name"] == "Eve Adams" and entity["Age"] == 30
    assert entity["AccountId"] == ACME_ID
    assert entity["CreatedById"] == entity["ModifiedById"] == SUPERVISOR
    for name in ("CreatedOn", "ModifiedOn"):
        assert Z_TIME.match(entity[name]), entity[name]
        stamp = dt.datetime.fromisoformat(entity[name])
        assert before <= stamp <= dt.datetime.now(dt.UTC)
    assert entity["Email"] == "" and entity["TypeId"] == EMPTY_GUID
    assert entity["BirthDate"] == "0001-01-01T00:00:00Z"
    # every property of the type is there (streams excepted)
    one = http.get(root(site, f"/Contact({entity['Id']})")).json()
    assert one == entity
    account = http.get(root(site, f"/Account({ACME_ID})")).json()
    assert account["Name"] == "Acme Corporation"  # the navigation did not write


def test_create_with_a_given_id_and_a_duplicate(site: Site, http: httpx.Client) -> None:
    given = "12345678-1234-4234-8234-123456789abc"
    assert (
        http.post(
            root(site, "/City"), json={"Id": given.upper(), "Name": "Rome"}
        ).json()["Id"]
        == given
    )
    duplicate = http.post(root(site, "/City"), json={"Id": given, "Name": "Rome"})
    assert duplicate.status_code == 500
    body = duplicate.json()
    assert set(body) == {"Message", "ExceptionType", "ExceptionMessage", "StackTrace"}
    assert "PRIMARY KEY" in body["ExceptionMessage"]


def test_bad_bodies_are_400(site: Site, http: httpx.Client) -> None:
    unknown = http.post(root(site, "/Contact"), json={"Name": "x", "Nope": 1})
    assert unknown.status_code == 400
    assert "The property 'Nope' does not exist" in unknown.json()["error"]["message"]
    wrong = http.post(root(site, "/Contact"), json={"Name": "x", "Age": "old"})
    assert wrong.status_code == 400
    assert "Edm.Int32" in wrong.json()["error"]["message"]
    guid = http.post(
        root(site, "/Contact"), json={"Name": "x", "AccountId": "not-a-guid"}
    )
    assert guid.status_code == 400
    assert http.post(root(site, "/Contact"), content=b"{oops").status_code == 400


def test_patch_is_204_and_updates_modified_on(site: Site, http: httpx.Client) -> None:
    before = http.get(root(site, f"/Contact({ANN})")).json()
    answer = http.patch(
        root(site, f"/Contact({ANN})"),
        json={"JobTitle": "Chair", "AccountId": GLOBEX_ID},
    )
    assert answer.status_code == 204 and answer.content == b""
    after = http.get(root(site, f"/Contact({ANN})")).json()
    assert after["JobTitle"] == "Chair" and after["AccountId"] == GLOBEX_ID
    assert after["ModifiedOn"] > before["ModifiedOn"]
    assert after["CreatedOn"] == before["CreatedOn"] and after["Name"] == "Ann Meyer"
    # clearing a lookup with Creatio's empty Guid
    http.patch(root(site, f"/Contact({ANN})"), json={"AccountId": EMPTY_GUID})
    assert http.get(root(site, f"/Contact({ANN})")).json()["AccountId"] == EMPTY_GUID


def test_prefer_and_odata_version(site: Site, http: httpx.Client) -> None:
    patched = http.patch(
        root(site, f"/Contact({ANN})"),
        json={"JobTitle": "Chair"},
        headers={"Prefer": "return=representation"},
    )
    assert patched.status_code == 200 and patched.json()["JobTitle"] == "Chair"
    assert patched.headers["odata-version"] == "4.0"
    minimal = http.post(
        root(site, "/City"), json={"Name": "Bern"}, headers={"Prefer": "return=minimal"}
    )
    assert minimal.status_code == 204 and minimal.headers["location"]


def test_delete_is_204(site: Site, http: httpx.Client) -> None:
    answer = http.delete(root(site, f"/Contact({DAN})"))
    assert answer.status_code == 204 and answer.content == b""
    assert http.get(root(site, f"/Contact({DAN})")).status_code == 404


def test_keys_are_bare_guids(site: Site, http: httpx.Client) -> None:
    assert http.get(root(site, f"/Contact({ANN.upper()})")).status_code == 200
    quoted = http.get(root(site, f"/Contact('{ANN}')"))
    assert quoted.status_code == 400
    assert http.get(root(site, f"/Contact(guid'{ANN}')")).status_code == 400
    assert http.put(root(site, f"/Contact({ANN})"), json={}).status_code == 405


def test_empty_values_are_creatio_sentinels(site: Site, http: httpx.Client) -> None:
    dan = http.get(root(site, f"/Contact({DAN})")).json()
    assert dan["AccountId"] == EMPTY_GUID
    assert dan["BirthDate"] == "0001-01-01T00:00:00Z"
    assert dan["Phone"] == "" and dan["Notes"] == ""


def test_decimals_and_ieee754(site: Site, http: httpx.Client) -> None:
    created = http.post(
        root(site, "/Contact"), json={"Name": "D", "UsrStartDate": "12.50"}
    )
    assert created.json()["UsrStartDate"] == 12.5
    text = http.get(
        root(site, f"/Contact({created.json()['Id']})"),
        headers={"Accept": "application/json;IEEE754Compatible=true"},
    )
    assert text.json()["UsrStartDate"] == "12.5"


# -- query options -------------------------------------------------------------------
def names(answer: httpx.Response) -> list[str]:
    assert answer.status_code == 200, answer.text
    return [row["Name"] for row in answer.json()["value"]]


def test_filter_through_the_lookup_navigation(site: Site, http: httpx.Client) -> None:
    found = http.get(
        root(site, "/Contact", filter=f"Account/Id eq {ACME_ID}", orderby="Name")
    )
    assert names(found) == ["Ann Meyer", "Bob Stone"]
    by_name = http.get(root(site, "/Contact", filter="Account/Name eq 'globex gmbh'"))
    assert names(by_name) == ["Clara Schulz"]  # case-insensitive, like SQL Server
    deep = http.get(root(site, "/Contact", filter="Account/City/Name eq 'Munich'"))
    assert names(deep) == ["Clara Schulz"]
    contains = http.get(
        root(
            site,
            "/Contact",
            filter="contains(Account/Name,'Acme')",
            orderby="Name desc",
        )
    )
    assert names(contains) == ["Bob Stone", "Ann Meyer"]
    empty = http.get(
        root(
            site,
            "/Contact",
            filter=f"Account/Id eq {EMPTY_GUID} and Id ne {SUPERVISOR}",
        )
    )
    assert names(empty) == ["Dan Ortiz"]


def test_lookup_column_in_filter_is_creatio_error(
    site: Site, http: httpx.Client
) -> None:
    answer = http.get(root(site, "/Contact", filter=f"AccountId eq {ACME_ID}"))
    assert answer.status_code == 400
    assert (
        answer.json()["error"]["message"]
        == "Column by path AccountId not found in schema."
    )
    # selecting the column is fine
    assert http.get(root(site, "/Contact", select="Name,AccountId")).status_code == 200


def test_in_is_rejected(site: Site, http: httpx.Client) -> None:
    answer = http.get(root(site, "/Contact", filter=f"Id in ({ANN}, {DAN})"))
    assert answer.status_code == 400
    assert "'In' is not supported" in answer.json()["error"]["message"]
    alternative = http.get(
        root(site, "/Contact", filter=f"Id eq {ANN} or Id eq {DAN}", orderby="Name")
    )
    assert names(alternative) == ["Ann Meyer", "Dan Ortiz"]


def test_plus_for_spaces_is_rejected(site: Site, http: httpx.Client) -> None:
    answer = http.get(site.root + "/Contact?$filter=Name+eq+'Ann+Meyer'")
    assert answer.status_code == 400
    assert "%20" in answer.json()["error"]["message"]
    # what httpx's params= sends
    assert (
        http.get(
            site.root + "/Contact", params={"$filter": "Name eq 'Ann Meyer'"}
        ).status_code
        == 400
    )
    ok = http.get(site.root + "/Contact?$filter=Name%20eq%20'Ann%20Meyer'")
    assert names(ok) == ["Ann Meyer"]


def test_filter_types_dates_and_errors(site: Site, http: httpx.Client) -> None:
    quoted = http.get(root(site, "/Contact", filter=f"Id eq '{ANN}'"))
    assert quoted.status_code == 400
    assert "incompatible types" in quoted.json()["error"]["message"]
    later = http.get(
        root(
            site,
            "/Contact",
            filter="CreatedOn gt 2024-01-01T00:00:00Z and Id ne " + SUPERVISOR,
        )
    )
    assert names(later) == ["Dan Ortiz"]
    offset = http.get(
        root(site, "/Contact", filter="ModifiedOn eq 2024-03-01T11:30:00+02:00")
    )
    assert names(offset) == ["Ann Meyer"]
    numbers = http.get(
        root(
            site,
            "/Contact",
            filter="Age ge 35 and DoNotUseEmail eq false",
            orderby="Age",
        )
    )
    assert names(numbers) == ["Clara Schulz", "Ann Meyer"]
    assert http.get(root(site, "/Contact", filter="Nope eq 1")).status_code == 400
    assert http.get(root(site, "/Contact", filter="Name eq")).status_code == 400
    assert (
        http.get(root(site, "/Contact", filter="startswith(Name,'Cl')")).json()[
            "value"
        ][0]["Name"]
        == "Clara Schulz"
    )


def test_select_expand_orderby_top_skip_count(site: Site, http: httpx.Client) -> None:
    answer = http.get(
        root(
            site,
            "/Contact",
            select="Name,AccountId",
            expand="Account($select=Name;$expand=City($select=Name))",
            filter=f"Id ne {SUPERVISOR}",
            orderby="Name desc",
            top="2",
            skip="1",
            count="true",
        )
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["@odata.count"] == 4
    assert body["@odata.context"].endswith("$metadata#Contact(Name,AccountId)")
    assert body["value"] == [
        {
            "Name": "Clara Schulz",
            "AccountId": GLOBEX_ID,
            "Account": {"Name": "Globex GmbH", "City": {"Name": "Munich"}},
        },
        {
            "Name": "Bob Stone",
            "AccountId": ACME_ID,
            "Account": {"Name": "Acme Corporation", "City": {"Name": "San Francisco"}},
        },
    ]
    assert "@odata.nextLink" not in body
    dan = http.get(
        root(site, f"/Contact({DAN})", expand="Account", select="Name")
    ).json()
    assert dan["Account"] is None
    by_lookup = http.get(
        root(site, "/Contact", orderby="Account/Name desc,Name", top="2", select="Name")
    )
    assert names(by_lookup) == ["Clara Schulz", "Ann Meyer"]


def test_expand_collection(site: Site, http: httpx.Client) -> None:
    answer = http.get(
        root(
            site,
            f"/Account({ACME_ID})",
            select="Name",
            expand="ContactCollectionByAccount($select=Name;$orderby=Name desc;$top=1)",
        )
    )
    assert answer.json()["ContactCollectionByAccount"] == [{"Name": "Bob Stone"}]
    refused = http.get(root(site, "/Contact", expand="CreatedBy,Nope"))
    assert refused.status_code == 400


def test_query_option_errors(site: Site, http: httpx.Client) -> None:
    assert http.get(root(site, "/Contact", select="Nope")).status_code == 400
    assert http.get(root(site, "/Contact", top="-1")).status_code == 400
    assert http.get(root(site, "/Contact", skip="x")).status_code == 400
    assert http.get(site.root + "/Contact?$search=x").status_code == 400
    assert http.get(root(site, "/Contact", orderby="Nope desc")).status_code == 400


def test_count_segment_and_navigation_paths(site: Site, http: httpx.Client) -> None:
    count = http.get(root(site, "/Contact/$count", filter=f"Account/Id eq {ACME_ID}"))
    assert count.text == "2" and count.headers["content-type"].startswith("text/plain")
    account = http.get(root(site, f"/Contact({ANN})/Account")).json()
    assert account["Name"] == "Acme Corporation"
    contacts = http.get(
        root(site, f"/Account({ACME_ID})/ContactCollectionByAccount", orderby="Name")
    )
    assert names(contacts) == ["Ann Meyer", "Bob Stone"]
    name = http.get(root(site, f"/Contact({ANN})/Name")).json()
    assert name["value"] == "Ann Meyer"


def test_20000_row_cap_without_next_link() -> None:
    with (
        emulated(ACME, create_user_contact=False) as site,
        site.client(timeout=60) as http,
    ):
        started = time.perf_counter()
        rows = [{"Name": f"Bulk {i:05d}", "Age": i % 90} for i in range(20_050)]
        site.insert("Contact", rows)
        assert time.perf_counter() - started < 20
        body = http.get(root(site, "/Contact", select="Id", count="true")).json()
        assert len(body["value"]) == 20_000
        assert body["@odata.count"] == 20_050
        assert "@odata.nextLink" not in body
        assert (
            len(
                http.get(root(site, "/Contact", select="Id", top="25000")).json()[
                    "value"
                ]
            )
            == 20_000
        )
        rest = http.get(
            root(site, "/Contact", select="Name", orderby="Name", skip="20000")
        )
        assert names(rest)[0] == "Bulk 20000" and len(names(rest)) == 50


# -- $batch --------------------------------------------------------------------------
def test_batch(site: Site, http: httpx.Client) -> None:
    requests: list[dict[str, Any]] = [
        {
            "id": "1",
            "method": "POST",
            "url": "City",
            "headers": {"Content-Type": "application/json"},
            "body": {"Name": "Lyon"},
        },
        {
            "id": "2",
            "method": "GET",
            "url": f"Contact({ANN})?$select=Name",
            "headers": {},
        },
        {
            "id": "3",
            "method": "PATCH",
            "url": f"{site.settings.odata_root}/Contact({DAN})",
            "body": {"JobTitle": "VP"},
        },
        {
            "id": "4",
            "method": "GET",
            "url": f"{site.root}/Contact({DAN})?$select=JobTitle",
        },
        {"id": "5", "method": "DELETE", "url": f"Contact({DAN})"},
    ]
    answer = http.post(root(site, "/$batch"), json={"requests": requests})
    assert answer.status_code == 200
    responses = answer.json()["responses"]
    assert [r["id"] for r in responses] == ["1", "2", "3", "4", "5"]
    assert [r["status"] for r in responses] == [201, 200, 204, 200, 204]
    assert responses[0]["body"]["Name"] == "Lyon"
    assert responses[1]["body"]["Name"] == "Ann Meyer"
    assert responses[3]["body"]["JobTitle"] == "VP"
    assert "body" not in responses[2]


def test_batch_stops_at_the_first_failure_unless_continue_on_error(
    site: Site, http: httpx.Client
) -> None:
    missing = "8eca0000-0000-4000-8000-000000000000"
    requests = [
        {"id": "a", "method": "GET", "url": f"Contact({ANN})"},
        {"id": "b", "method": "GET", "url": f"Contact({missing})"},
        {"id": "c", "method": "POST", "url": "City", "body": {"Name": "Nantes"}},
    ]
    stopped = http.post(root(site, "/$batch"), json={"requests": requests}).json()[
        "responses"
    ]
    assert [r["status"] for r in stopped] == [200, 404]
    assert stopped[1]["body"]["error"]["message"] == "Not found"
    assert names(http.get(root(site, "/City", filter="Name eq 'Nantes'"))) == []
    kept = http.post(
        root(site, "/$batch"),
        json={"requests": requests},
        headers={"Prefer": "continue-on-error"},
    ).json()["responses"]
    assert [r["status"] for r in kept] == [200, 404, 201]


def test_batch_limit_is_100(site: Site, http: httpx.Client) -> None:
    one = {"method": "GET", "url": "Country?$select=Name"}
    ok = http.post(
        root(site, "/$batch"),
        json={"requests": [{"id": str(i), **one} for i in range(100)]},
    )
    assert ok.status_code == 200 and len(ok.json()["responses"]) == 100
    over = http.post(
        root(site, "/$batch"),
        json={"requests": [{"id": str(i), **one} for i in range(101)]},
    )
    assert over.status_code == 400
    assert "at most 100" in over.json()["error"]["message"]


def test_batch_needs_auth(site: Site) -> None:
    with httpx.Client(base_url=site.url) as client:
        assert (
            client.post(root(site, "/$batch"), json={"requests": []}).status_code == 401
        )


# -- streams -------------------------------------------------------------------------
def test_stream_get_put_delete(site: Site, http: httpx.Client) -> None:
    seeded = http.get(root(site, f"/SysImage({IMAGE})/Data"))
    assert seeded.status_code == 200
    assert seeded.headers["content-type"] == "image/png"
    assert seeded.content.startswith(b"\x89PNG")
    content = bytes(range(256)) * 10
    put = http.put(
        root(site, f"/SysImage({IMAGE})/Data"),
        content=content,
        headers={"Content-Type": "application/octet-stream"},
    )
    assert put.status_code == 200
    again = http.get(root(site, f"/SysImage({IMAGE})/Data"))
    assert (
        again.content == content
        and again.headers["content-type"] == "application/octet-stream"
    )
    assert http.delete(root(site, f"/SysImage({IMAGE})/Data")).status_code == 204
    assert http.get(root(site, f"/SysImage({IMAGE})/Data")).status_code == 204
    missing = http.get(
        root(site, "/SysImage(8eca0000-0000-4000-8000-000000000000)/Data")
    )
    assert missing.status_code == 404
    image = http.get(root(site, f"/SysImage({IMAGE})")).json()
    assert "Data" not in image and image["MimeType"] == "image/png"


def test_stream_upload_on_a_new_row(site: Site, http: httpx.Client) -> None:
    created = http.post(
        root(site, "/SysImage"), json={"Name": "logo.svg", "MimeType": "image/svg+xml"}
    ).json()
    path = root(site, f"/SysImage({created['Id']})/Data")
    assert (
        http.put(
            path, content=b"<svg/>", headers={"Content-Type": "image/svg+xml"}
        ).status_code
        == 200
    )
    answer = http.get(path)
    assert (
        answer.content == b"<svg/>"
        and answer.headers["content-type"] == "image/svg+xml"
    )


# -- faults ----------------------------------------------------------------------------
def test_fault_latency(site: Site, http: httpx.Client) -> None:
    site.faults.set_latency(0.4)
    started = time.perf_counter()
    assert http.get(root(site, "/Country")).status_code == 200
    assert time.perf_counter() - started >= 0.4
    site.faults.set_latency(0)
    started = time.perf_counter()
    http.get(root(site, "/Country"))
    assert time.perf_counter() - started < 0.4


def test_fault_429_burst_via_admin_endpoint(site: Site, http: httpx.Client) -> None:
    state = http.post(
        "/__emulator/faults",
        json={"fail_count": 2, "fail_status": 429, "retry_after": 3},
    )
    assert state.status_code == 200 and state.json()["fail_count"] == 2
    for _ in range(2):
        answer = http.get(root(site, "/Country"))
        assert answer.status_code == 429
        assert answer.headers["retry-after"] == "3"
    assert http.get(root(site, "/Country")).status_code == 200
    assert http.get("/__emulator/faults").json()["failed"] >= 2
    assert http.post("/__emulator/faults", json={"nope": 1}).status_code == 400


def test_fault_503_burst_from_python_and_scope(site: Site, http: httpx.Client) -> None:
    site.faults.fail(1, status=503, retry_after=None)
    # the login page is outside the default scope ("odata")
    assert http.get("/Login/NuiLogin.aspx").status_code == 200
    answer = http.get(root(site, "/$metadata"))
    assert answer.status_code == 503 and "retry-after" not in answer.headers
    assert http.get(root(site, "/$metadata")).status_code == 200
    site.faults.update({"fail_count": 1, "scope": "all"})
    assert http.get("/Login/NuiLogin.aspx").status_code == 503


def test_fault_dropped_connection(site: Site, http: httpx.Client) -> None:
    site.faults.drop(1)
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(root(site, "/Country"))
    assert http.get(root(site, "/Country")).status_code == 200
    assert site.faults.snapshot()["dropped"] == 1


def test_fault_session_expiry(site: Site, http: httpx.Client) -> None:
    assert http.get(root(site, "/Country")).status_code == 200
    assert (
        http.post("/__emulator/faults", json={"expire_sessions": True}).status_code
        == 200
    )
    assert http.get(root(site, "/Country")).status_code == 401
    login(http)
    http.headers["BPMCSRF"] = http.cookies["BPMCSRF"]
    assert http.get(root(site, "/Country")).status_code == 200
    site.faults.expire_sessions()
    assert http.get(root(site, "/Country")).status_code == 401


def test_fault_model_rebuilding(site: Site, http: httpx.Client) -> None:
    site.faults.rebuild("UsrVisitPolicy")
    answer = http.get(root(site, "/UsrVisitPolicy"))
    assert answer.status_code == 404
    assert "controller named 'UsrVisitPolicy'" in answer.json()["MessageDetail"]
    site.faults.clear()
    assert http.get(root(site, "/UsrVisitPolicy")).status_code == 200


def test_faults_at_start() -> None:
    from odatagen.emulator import FaultSettings

    faults = FaultSettings(fail_count=1, fail_status=429)
    with emulated(ACME, faults=faults) as site, site.client() as http:
        # the login (outside the OData root) did not use up the failure
        assert http.get(root(site, "/Country")).status_code == 429
        assert http.get(root(site, "/Country")).status_code == 200


# -- the Python API, context manager and fixture -----------------------------------------
def test_context_manager_starts_and_stops() -> None:
    with emulated(ACME.read_bytes(), seed={"City": [{"Name": "Kyiv"}]}) as site:
        assert site.url.startswith("http://127.0.0.1:")
        assert site.root == site.url + "/0/odata"
        assert [c["Name"] for c in site.rows("City")] == ["Kyiv"]
        port = site.port
        with site.client() as http:
            assert names(http.get(root(site, "/City"))) == ["Kyiv"]
    with socket.socket() as probe:  # the port is closed again
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_fixture_factory_and_reset(acme_site: Site) -> None:
    acme_site.insert("City", [{"Name": "Tmp"}])
    assert "Tmp" in [c["Name"] for c in acme_site.rows("City")]
    acme_site.reset()
    assert "Tmp" not in [c["Name"] for c in acme_site.rows("City")]


def test_admin_data_endpoint(site: Site, http: httpx.Client) -> None:
    answer = http.post("/__emulator/data", json={"City": [{"Name": "Porto"}]})
    assert answer.json() == {"City": 1}
    assert names(http.get(root(site, "/City", filter="Name eq 'Porto'"))) == ["Porto"]
    bad = http.post("/__emulator/data", json={"City": [{"Nope": 1}]})
    assert bad.status_code == 400 and "Nope" in bad.json()["error"]


def test_bad_seed_is_reported() -> None:
    from odatagen.emulator import Emulator

    with pytest.raises(ValueError, match=r"Contact\[0\]\.Nope"):
        Emulator(ACME, seed={"Contact": [{"Nope": 1}]})
    with pytest.raises(ValueError, match="no entity set named"):
        Emulator(ACME, seed={"Nope": []})


# -- the command line --------------------------------------------------------------------
def _start_cli(*args: str) -> tuple[subprocess.Popen[str], str]:
    command = [
        sys.executable,
        "-c",
        "from odatagen.emulate_command import emulate_command; emulate_command()",
    ]
    process = subprocess.Popen([*command, *args], stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    line = process.stderr.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+)  ", line)
    if not match:
        process.kill()
        raise AssertionError(line + process.stderr.read())
    return process, match.group(1)


def test_cli_serves_the_metadata(tmp_path: Path) -> None:
    process, site = _start_cli(
        str(ACME), "--port", "0", "--seed-data", str(SEED), "-q", "--layout", "core"
    )
    try:
        with httpx.Client(base_url=site, timeout=10) as client:
            assert login(client).json()["Code"] == 0
            client.headers["BPMCSRF"] = client.cookies["BPMCSRF"]
            answer = client.get("/odata/Account?$select=Name&$orderby=Name")
            assert answer.json()["value"][0]["Name"] == "Acme Corporation"
            faults = client.post("/__emulator/faults", json={"fail_count": 1})
            assert faults.status_code == 200
            assert client.get("/odata/Account").status_code == 503
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_cli_bad_metadata_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<html><body>login</body></html>")
    command = [
        sys.executable,
        "-c",
        "from odatagen.emulate_command import emulate_command; emulate_command()",
    ]
    done = subprocess.run(
        [*command, str(bad), "--port", "0"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "bad.xml" in done.stderr and "Traceback" not in done.stderr


def test_full_scale_tenant(full_scale_tenant: Path) -> None:
    metadata = full_scale_tenant
    started = time.perf_counter()
    with emulated(metadata) as site:
        elapsed = time.perf_counter() - started
        with site.client() as http:
            created = http.post(root(site, "/Contact"), json={"Name": "Scale"})
            assert created.status_code == 201, created.text
            found = http.get(
                root(site, "/Contact", filter="Name eq 'Scale'", expand="Account")
            )
            assert names(found) == ["Scale"]
            assert http.get(root(site, "/Activity", top="1")).status_code == 200
    assert elapsed < 20  # typically ~2 s; generous for loaded CI machines
