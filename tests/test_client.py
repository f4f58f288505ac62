"""The generated client's entity layer against the Creatio emulator (real sockets on
127.0.0.1): CRUD, queries, paging, delta reads, $batch and streams, sync.

The client is the checked-in generated_example/acme_creatio package (see
tests/client_fixtures.py); every request it sends is recorded through an httpx event
hook, so tests assert what went over the wire (only changed fields, the lookup column,
the or-chain...). The async twin of every test is in test_client_async.py; auth and
resilience at the client level in test_client_e2e.py."""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from odatagen.emulator import Site
from tests.client_fixtures import (
    ACME,
    ANN,
    BOB,
    DAN,
    IMAGE,
    PACKAGE,
    PNG,
    SEED_CONTACTS,
    SUPERVISOR,
    ZERO,
    Recorder,
    creatio_site,
    forms,
    pkg,
    recorder,
    row,
    rt,
    site,
)

__all__ = ["creatio_site", "pkg", "recorder", "site"]  # fixtures


@pytest.fixture
def client(pkg: Any, site: Site, recorder: Recorder) -> Iterator[Any]:
    http = httpx.Client(timeout=30, event_hooks={"request": [recorder]})
    with pkg.Client(site.url, forms(pkg), http=http) as c:
        yield c
    http.close()


# -- the client ---------------------------------------------------------------------
def test_accessors_are_lazy_typed_and_cached(pkg: Any, client: Any) -> None:
    assert "contact" in dir(client)
    contacts = client.contact
    assert isinstance(contacts, pkg.entities.contact.ContactSet)
    assert client.contact is contacts
    assert contacts.name == "Contact" and contacts.model is pkg.Contact
    assert contacts.q is pkg.Contact.q
    with pytest.raises(AttributeError):
        client.no_such_set
    assert client.dialect is rt(pkg, "query").CREATIO
    assert client.page_size == 5000


def test_page_size_is_capped_and_checked(pkg: Any, site: Site) -> None:
    with pkg.Client(site.url, page_size=50_000) as capped:
        assert capped.page_size == 20_000
    with pytest.raises(ValueError):
        pkg.Client(site.url, page_size=0)


def test_close_logs_out(pkg: Any, site: Site, recorder: Recorder) -> None:
    http = httpx.Client(event_hooks={"request": [recorder]})
    with pkg.Client(site.url, forms(pkg), http=http) as c:
        c.contact.get(ANN)
    assert recorder.sent[-1].method == "POST"
    assert recorder.sent[-1].path.endswith("/AuthService.svc/Logout")
    http.close()


# -- reading one ----------------------------------------------------------------------
def test_get_by_bare_guid_key(pkg: Any, client: Any, recorder: Recorder) -> None:
    ann = client.contact.get(ANN)
    assert isinstance(ann, pkg.Contact)
    assert ann.name == "Ann Meyer" and ann.account_id == ACME
    assert recorder.odata()[-1].path.endswith(f"/0/odata/Contact({ANN})")
    assert client.contact.get(str(ANN)).id == ANN  # a str works for a Guid key


def test_get_missing_raises_not_found(pkg: Any, client: Any) -> None:
    with pytest.raises(rt(pkg, "errors").NotFound) as caught:
        client.contact.get(uuid.uuid4())
    assert caught.value.status == 404


def test_get_with_select_and_expand(pkg: Any, client: Any, recorder: Recorder) -> None:
    q = pkg.Contact.q
    ann = client.contact.get(ANN, select=[q.name, q.account_id], expand=[q.account])
    assert ann.name == "Ann Meyer"
    assert (
        isinstance(ann.account, pkg.Account) and ann.account.name == "Acme Corporation"
    )
    with pytest.raises(rt(pkg, "model").FieldNotLoaded):
        ann.email
    assert recorder.odata()[-1].query == {
        "$select": "Name,AccountId,Id",  # the key is always selected
        "$expand": "Account",
    }


# -- writing ----------------------------------------------------------------------------
def test_create_returns_the_created_entity(
    pkg: Any, client: Any, site: Site, recorder: Recorder
) -> None:
    zed = client.contact.create(name="Zed", account_id=ACME, age=41)
    assert isinstance(zed, pkg.Contact) and isinstance(zed.id, uuid.UUID)
    assert zed.created_on is not None and zed.email == ""  # the full 201 body
    post = recorder.odata("POST")[-1]
    assert post.path.endswith("/0/odata/Contact")
    assert post.json == {"Name": "Zed", "AccountId": str(ACME), "Age": 41}
    assert row(site, zed.id)["AccountId"] == str(ACME)


def test_create_from_a_model_sends_what_it_holds(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    local = pkg.Contact(name="Yve", email="yve@example.com")
    created = client.contact.create(local, job_title="CTO")
    assert recorder.odata("POST")[-1].json == {
        "Name": "Yve",
        "Email": "yve@example.com",
        "JobTitle": "CTO",
    }
    assert created.job_title == "CTO" and created.email == "yve@example.com"


def test_update_sends_only_the_given_fields(
    client: Any, site: Site, recorder: Recorder
) -> None:
    before = row(site, ANN)
    assert client.contact.update(ANN, job_title="CEO") is None
    patch = recorder.odata("PATCH")[-1]
    assert patch.path.endswith(f"/Contact({ANN})")
    assert patch.json == {"JobTitle": "CEO"}
    assert "If-Match" not in patch.headers
    after = row(site, ANN)
    assert after["JobTitle"] == "CEO" and after["Email"] == before["Email"]


def test_update_with_a_changed_model_sends_its_changes(
    pkg: Any, client: Any, site: Site, recorder: Recorder
) -> None:
    ann = client.contact.get(ANN)
    ann.email = "ann@new.example"
    ann.age = 33
    client.contact.update(ann)
    assert recorder.odata("PATCH")[-1].json == {"Email": "ann@new.example", "Age": 33}
    assert row(site, ANN)["Email"] == "ann@new.example"
    patches = len(recorder.odata("PATCH"))
    client.contact.update(ann)  # saved: nothing left to send, no request
    assert len(recorder.odata("PATCH")) == patches
    client.contact.update(ann, phone="+1 555")  # keywords join the changes
    assert recorder.odata("PATCH")[-1].json == {"Phone": "+1 555"}
    local = pkg.Contact(id=BOB, name="Robert")  # built locally: all it holds, no key
    client.contact.update(local)
    assert recorder.odata("PATCH")[-1].json == {"Name": "Robert"}
    assert recorder.odata("PATCH")[-1].path.endswith(f"/Contact({BOB})")


def test_lookups_are_written_through_the_guid_column(
    pkg: Any, client: Any, site: Site, recorder: Recorder
) -> None:
    dan = client.contact.get(DAN, expand=[pkg.Contact.q.account])
    assert dan.account is None  # an empty lookup
    dan.account_id = ACME
    client.contact.update(dan)
    assert recorder.odata("PATCH")[-1].json == {"AccountId": str(ACME)}
    assert row(site, DAN)["AccountId"] == str(ACME)
    with pytest.raises(TypeError, match="navigation"):
        client.contact._update(DAN, {"account": dan})


def test_none_is_written_as_creatio_sentinels(
    client: Any, site: Site, recorder: Recorder
) -> None:
    client.contact.update(ANN, account_id=None, birth_date=None)
    assert recorder.odata("PATCH")[-1].json == {
        "AccountId": ZERO,
        "BirthDate": "0001-01-01T00:00:00Z",
    }
    assert row(site, ANN)["AccountId"] == ZERO
    assert client.contact.get(ANN).account_id is None


def test_standard_flavor_writes_null(pkg: Any, site: Site, recorder: Recorder) -> None:
    class Standard(pkg.Client):  # type: ignore[misc,name-defined]
        __odata_flavor__ = "standard"

    http = httpx.Client(event_hooks={"request": [recorder]})
    with Standard(site.url, forms(pkg), odata_path="0/odata", http=http) as c:
        assert c.dialect is rt(pkg, "query").STANDARD
        c.contact.update(ANN, account_id=None)
        assert recorder.odata("PATCH")[-1].json == {"AccountId": None}
        with pytest.raises(rt(pkg, "errors").ValidationError):
            c.contact.filter(pkg.Contact.q.id.in_([ANN, BOB])).all()
        assert " in (" in recorder.odata("GET")[-1].query["$filter"]
    http.close()


def test_etag_goes_into_if_match(pkg: Any, client: Any, recorder: Recorder) -> None:
    read = pkg.Contact.from_odata(
        {"Id": str(BOB), "Name": "Bob", "@odata.etag": 'W/"7"'}
    )
    read.name = "Bobby"
    client.contact.update(read)
    patch = recorder.odata("PATCH")[-1]
    assert patch.headers["If-Match"] == 'W/"7"' and patch.json == {"Name": "Bobby"}
    again = pkg.Contact.from_odata({"Id": str(BOB), "@odata.etag": 'W/"8"'})
    client.contact.delete(again)
    delete = recorder.odata("DELETE")[-1]
    assert delete.headers["If-Match"] == 'W/"8"'
    assert delete.path.endswith(f"/Contact({BOB})")


def test_delete(pkg: Any, client: Any, site: Site) -> None:
    client.contact.delete(DAN)
    assert all(r["Id"] != str(DAN) for r in site.rows("Contact"))
    with pytest.raises(rt(pkg, "errors").NotFound):
        client.contact.get(DAN)
    with pytest.raises(rt(pkg, "errors").NotFound):
        client.contact.delete(DAN)


def test_key_literals(generated: Any) -> None:
    from tests.conftest import csdl

    doc = csdl(
        '<EntityType Name="Pair"><Key><PropertyRef Name="A"/><PropertyRef Name="B"/></Key>'
        '<Property Name="A" Type="Edm.Int32" Nullable="false"/>'
        '<Property Name="B" Type="Edm.String" Nullable="false"/></EntityType>'
        '<EntityType Name="Tag"><Key><PropertyRef Name="Code"/></Key>'
        '<Property Name="Code" Type="Edm.String" Nullable="false"/></EntityType>',
        container='<EntitySet Name="Pairs" EntityType="NS.Pair"/>'
        '<EntitySet Name="Tags" EntityType="NS.Tag"/>',
    )
    made = generated(doc)
    wire = rt(made, "wire")
    assert wire.entity_url("Pairs", made.Pair, (1, "x")) == "Pairs(A=1,B='x')"
    assert wire.entity_url("Pairs", made.Pair, {"b": "O'Neil y", "a": 2}) == (
        "Pairs(A=2,B='O''Neil%20y')"
    )
    assert wire.entity_url("Pairs", made.Pair, made.Pair(a=3, b="z")) == (
        "Pairs(A=3,B='z')"
    )
    assert wire.entity_url("Tags", made.Tag, "a/b") == "Tags('a%2Fb')"
    with pytest.raises(ValueError):
        wire.entity_url("Pairs", made.Pair, 1)
    with pytest.raises(TypeError):
        wire.entity_url("Tags", made.Tag, 5)


# -- queries ------------------------------------------------------------------------------
def test_filter_on_a_lookup_goes_through_the_navigation(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    q = pkg.Contact.q
    names = {c.name for c in client.contact.filter(q.account_id == ACME)}
    assert names == {"Ann Meyer", "Bob Stone"}
    sent = recorder.odata("GET")[-1].query
    assert sent["$filter"] == f"Account/Id eq {ACME}"
    assert sent["$orderby"] == "Id" and sent["$top"] == "5000" and sent["$skip"] == "0"
    by_name = client.contact.filter(q.account.name == "Acme Corporation").all()
    assert {c.name for c in by_name} == names


def test_in_is_an_or_chain_for_creatio(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    q = pkg.Contact.q
    found = client.contact.filter(q.id.in_([ANN, DAN])).order_by(q.name).all()
    assert [c.name for c in found] == ["Ann Meyer", "Dan Ortiz"]
    sent = recorder.odata("GET")[-1].query
    assert sent["$filter"] == f"Id eq {ANN} or Id eq {DAN}"
    assert sent["$orderby"] == "Name,Id"


def test_select_loads_only_the_selected_fields(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    q = pkg.Contact.q
    rows = client.contact.select(q.name, q.email).all()
    assert len(rows) == SEED_CONTACTS
    assert rows[0].loaded_fields() == ("id", "name", "email")  # the key comes along
    with pytest.raises(rt(pkg, "model").FieldNotLoaded, match="age is not loaded"):
        rows[0].age
    assert recorder.odata("GET")[-1].query["$select"] == "Name,Email,Id"


def test_expand_gives_the_related_model(pkg: Any, client: Any) -> None:
    q = pkg.Contact.q
    rows = (
        client.contact.query()
        .select(q.name)
        .expand(q.account, select=[q.account.name, q.account.code])
        .filter(q.id == ANN)
        .all()
    )
    account = rows[0].account
    assert isinstance(account, pkg.Account)
    assert (account.name, account.code) == ("Acme Corporation", "ACME")
    with pytest.raises(rt(pkg, "model").FieldNotLoaded):
        account.phone


def test_count_first_top_skip(pkg: Any, client: Any, recorder: Recorder) -> None:
    q = pkg.Contact.q
    assert client.contact.query().count() == SEED_CONTACTS
    assert recorder.odata()[-1].path.endswith("/Contact/$count")
    acme = client.contact.filter(q.account_id == ACME)
    assert acme.count() == 2
    assert recorder.odata()[-1].query == {"$filter": f"Account/Id eq {ACME}"}
    first = client.contact.order_by(q.name.desc()).first()
    assert first is not None and first.name == "Supervisor"
    assert recorder.odata()[-1].query["$top"] == "1"
    assert client.contact.filter(q.name == "nobody").first() is None
    names = [c.name for c in client.contact.order_by(q.name).top(2).skip(1)]
    assert names == ["Bob Stone", "Clara Schulz"]
    assert client.contact.top(0).all() == []


def test_paging_25000_rows(
    pkg: Any, client: Any, site: Site, recorder: Recorder
) -> None:
    site.insert("Contact", [{"Name": f"Bulk {i:05d}"} for i in range(25_000)])
    total = 25_000 + SEED_CONTACTS
    q = pkg.Contact.q
    recorder.clear()
    pages = list(client.contact.select(q.name).page_size(12_000).pages())
    assert [len(p) for p in pages] == [12_000, 12_000, total - 24_000]
    ids = {c.id for page in pages for c in page}
    assert len(ids) == total  # stable order: no row twice, none lost
    sent = [s.query for s in recorder.odata("GET")]
    assert [(s["$top"], s["$skip"], s["$orderby"]) for s in sent] == [
        ("12000", "0", "Id"),
        ("12000", "12000", "Id"),
        ("12000", "24000", "Id"),
    ]
    recorder.clear()
    capped = client.contact.select(q.name).page_size(50_000)
    assert sum(1 for _ in capped) == total
    assert [s.query["$top"] for s in recorder.odata("GET")] == ["20000", "20000"]
    window = client.contact.select(q.name).order_by(q.name).skip(100).top(7)
    assert [c.name for c in window.page_size(3)] == [
        f"Bulk {i:05d}" for i in range(98, 105)  # after "Ann Meyer", "Bob Stone"
    ]


def test_next_link_is_followed_once_seen(pkg: Any) -> None:
    """Sans-IO: a server that sends @odata.nextLink is followed, no skips computed."""
    paging = rt(pkg, "paging")
    pager = paging.Pager(
        "Contact",
        pkg.Contact,
        rt(pkg, "query").Query(),
        rt(pkg, "query").CREATIO,
        2,
    )
    first = pager.next_call()
    assert first is not None and first.query == "$orderby=Id&$top=2&$skip=0"
    link = "http://h/0/odata/Contact?$skiptoken=abc"

    def answer(body: dict[str, Any]) -> httpx.Response:
        request = httpx.Request("GET", "http://h/0/odata/Contact")
        return httpx.Response(200, json=body, request=request)

    rows = [{"Id": str(uuid.uuid4())} for _ in range(2)]
    assert len(first.decode(answer({"value": rows, "@odata.nextLink": link}))) == 2
    second = pager.next_call()
    assert second is not None and (second.url, second.query) == (link, "")
    relative = "Contact?$skiptoken=def"
    second.decode(answer({"value": rows[:1], "@odata.nextLink": relative}))
    third = pager.next_call()
    assert third is not None and third.url == "http://h/0/odata/Contact?$skiptoken=def"
    third.decode(answer({"value": rows}))  # no link: the end, even with a full page
    assert pager.next_call() is None


def test_decoding_a_full_page(pkg: Any, site: Site) -> None:
    """20,000 full Contact rows (as the emulator sends them, every column) decode into
    models, each its own. How fast (within 3x of json.loads) is measured by
    bench/runtime.py, not here: a timed test on a shared machine only measures load."""
    template = row(site, ANN)
    page = [dict(template, Id=str(uuid.uuid4())) for _ in range(20_000)]
    parsed = json.loads(json.dumps({"@odata.context": "x", "value": page}))["value"]
    models = [pkg.Contact.from_odata(r) for r in parsed]
    assert len(models) == 20_000 and models[0].name == "Ann Meyer"
    assert len({m.id for m in models}) == 20_000
    assert all(isinstance(m.id, uuid.UUID) for m in models)


# -- delta ----------------------------------------------------------------------------------
def test_modified_since_handles_ties_and_resumes(
    pkg: Any, client: Any, site: Site, recorder: Recorder
) -> None:
    t1, t2 = "2025-01-01T00:00:00.123456Z", "2025-01-02T00:00:00Z"
    tied = site.insert(
        "Contact", [{"Name": f"T1 {i}", "ModifiedOn": t1} for i in range(7)]
    )
    later = site.insert(
        "Contact", [{"Name": f"T2 {i}", "ModifiedOn": t2} for i in range(5)]
    )
    since = dt.datetime(2024, 12, 31, tzinfo=dt.timezone.utc)
    # The Supervisor's contact is stamped when the emulator (re)loads its data: now.
    expected = sorted(tied) + sorted(later) + [SUPERVISOR]

    delta = client.contact.modified_since(since, page_size=3)
    seen = [str(c.id) for c in delta]
    assert (
        seen == expected
    )  # ModifiedOn, then Id; ties across pages neither lost nor doubled
    assert delta.cursor is not None and delta.cursor.endswith(f"|{SUPERVISOR}")
    filters = [s.query["$filter"] for s in recorder.odata("GET")]
    assert filters[0] == "ModifiedOn gt 2024-12-31T00:00:00Z"
    assert filters[1] == (
        f"ModifiedOn gt {t1} or ModifiedOn eq {t1} and Id gt {expected[2]}"
    )
    assert recorder.odata("GET")[0].query["$orderby"] == "ModifiedOn,Id"

    partial = client.contact.modified_since(since, page_size=3)
    taken = [
        str(c.id) for _, c in zip(range(5), partial)
    ]  # stop in the middle of a page
    assert partial.cursor == f"{t1}|{taken[-1]}"
    rest = [
        str(c.id) for c in client.contact.modified_since(partial.cursor, page_size=3)
    ]
    assert taken + rest == expected

    assert list(client.contact.modified_since(delta.cursor)) == []
    client.contact.update(uuid.UUID(tied[0]), job_title="moved")  # modified now
    assert [str(c.id) for c in client.contact.modified_since(delta.cursor)] == [tied[0]]
    assert [str(c.id) for c in delta] == [tied[0]]  # iterating again reads on
    assert list(delta) == []
    everything = [str(c.id) for c in client.contact.modified_since(None, page_size=4)]
    assert len(everything) == SEED_CONTACTS + 12 and everything[-1] == tied[0]
    q = pkg.Contact.q
    only = client.contact.modified_since(since, filter=q.name.startswith("T2"))
    assert [str(c.id) for c in only] == sorted(later)


def test_delta_cursor_keeps_the_servers_timestamp_text(pkg: Any) -> None:
    """Sans-IO: Creatio keeps 100 ns; the cursor reuses the 7 digits it was sent."""
    paging, query = rt(pkg, "paging"), rt(pkg, "query")
    pager = paging.DeltaPager("Contact", pkg.Contact, None, None, query.CREATIO, 1)
    first = pager.next_call()
    assert first is not None and first.query == "$orderby=ModifiedOn,Id&$top=1"
    at = "2024-05-06T07:08:09.1234567Z"
    request = httpx.Request("GET", "http://h/0/odata/Contact")
    body = {"value": [{"Id": str(ANN), "ModifiedOn": at}]}
    first.decode(httpx.Response(200, json=body, request=request))
    second = pager.next_call()
    assert second is not None
    assert urllib.parse.unquote(second.query).startswith(
        f"$filter=ModifiedOn gt {at} or ModifiedOn eq {at} and Id gt {ANN}&"
    )


def test_modified_since_checks_its_cursor(client: Any) -> None:
    with pytest.raises(ValueError):
        client.contact.modified_since("yesterday")
    with pytest.raises(ValueError):
        client.contact.modified_since("2030-01-01T00:00:00Z|not-a-guid")


# -- $batch ------------------------------------------------------------------------------------
def test_batch_of_more_than_100_continues_on_error(
    pkg: Any, client: Any, site: Site, recorder: Recorder
) -> None:
    missing = uuid.uuid4()
    with client.batch(continue_on_error=True) as batch:
        created = [batch.create(pkg.Contact(name=f"B{i:03d}")) for i in range(150)]
        gone = batch.update(pkg.Contact(id=missing, name="x"))
        got = batch.get(pkg.Contact, ANN, select=[pkg.Contact.q.name])
        removed = batch.delete(pkg.Contact, DAN)
        assert not created[0].ok and created[0].status is None
    posts = recorder.odata("POST")
    assert [len(p.json["requests"]) for p in posts] == [100, 53]
    assert all(p.headers["Prefer"] == "continue-on-error" for p in posts)
    first = dict(posts[0].json["requests"][0])
    headers = {k.lower(): v for k, v in first.pop("headers").items()}
    assert headers == {"content-type": "application/json"}  # names: any case
    assert first == {
        "id": "0",
        "method": "POST",
        "url": "Contact",
        "body": {"Name": "B000"},
    }
    assert all(item.ok and item.status == 201 for item in created)
    assert created[149].result().name == "B149"
    assert not gone.ok and gone.status == 404
    with pytest.raises(rt(pkg, "errors").NotFound):
        gone.result()
    assert got.result().name == "Ann Meyer" and got.result().loaded_fields() == (
        "id",
        "name",
    )
    assert removed.ok and removed.result() is None
    names = {r["Name"] for r in site.rows("Contact")}
    assert {f"B{i:03d}" for i in range(150)} <= names and "Dan Ortiz" not in names


def test_batch_stops_at_the_first_error_by_default(
    pkg: Any, client: Any, site: Site, recorder: Recorder
) -> None:
    with client.batch() as batch:
        first = batch.create(pkg.Contact(name="S1"))
        bad = batch.delete(pkg.Contact, uuid.uuid4())
        after = [batch.create(pkg.Contact(name=f"S{i}")) for i in range(2, 120)]
    assert first.ok and bad.status == 404
    assert not after[0].ok and not after[-1].ok
    with pytest.raises(rt(pkg, "errors").ODataError, match="not processed"):
        after[-1].result()
    assert len(recorder.odata("POST")) == 1  # the second chunk was not sent
    assert "Prefer" not in recorder.odata("POST")[0].headers
    names = {r["Name"] for r in site.rows("Contact")}
    assert "S1" in names and "S2" not in names


def test_batch_atomicity_groups_stay_in_one_chunk(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    ann = client.contact.get(ANN)
    ann.email = "batch@example.com"
    with client.batch() as batch:
        for i in range(95):
            batch.create(pkg.Contact(name=f"A{i}"))
        with batch.atomic():
            grouped = [batch.create(pkg.Contact(name=f"G{i}")) for i in range(10)]
            changed = batch.update(ann)
        assert batch.update(
            ann.__class__.from_odata({"Id": str(ANN)})
        ).ok  # nothing to send
    posts = recorder.odata("POST")
    assert [len(p.json["requests"]) for p in posts] == [95, 11]
    assert {r.get("atomicityGroup") for r in posts[1].json["requests"]} == {"g1"}
    assert posts[1].json["requests"][-1]["body"] == {"Email": "batch@example.com"}
    assert all(g.ok for g in grouped) and changed.ok
    assert client.contact.get(ANN).email == "batch@example.com"


def test_batch_is_not_sent_when_the_block_raises(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    with pytest.raises(KeyError), client.batch() as batch:
        item = batch.create(pkg.Contact(name="never"))
        raise KeyError
    assert recorder.odata("POST") == []
    with pytest.raises(RuntimeError, match="not been sent"):
        item.result()


# -- streams ----------------------------------------------------------------------------------
def test_streams_download_upload_delete(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    images = client.sys_image
    assert images.download(IMAGE, "data") == PNG
    assert recorder.odata()[-1].path.endswith(f"/SysImage({IMAGE})/Data")
    assert b"".join(images.iter_download(IMAGE, "Data", chunk_size=16)) == PNG
    images.upload(IMAGE, "data", b"new bytes", "image/x-test")
    put = recorder.odata("PUT")[-1]
    assert put.headers["Content-Type"] == "image/x-test"
    assert images.download(IMAGE, "data") == b"new bytes"
    images.upload(IMAGE, "data", iter([b"chunk one, ", b"chunk two"]))
    assert images.download(IMAGE, "data") == b"chunk one, chunk two"
    images.delete_stream(IMAGE, "data")
    assert images.download(IMAGE, "data") == b""
    assert list(images.iter_download(IMAGE, "data")) == []
    with pytest.raises(rt(pkg, "errors").NotFound):
        images.download(uuid.uuid4(), "data")


# -- operations (sans-IO: the acme schema has none) ----------------------------------------------
def test_operation_calls(pkg: Any) -> None:
    wire = rt(pkg, "wire")
    function = wire.operation_call(
        "Contact(1)/NS.Rank",
        action=False,
        params=[
            ("Since", "Date", "", False, dt.date(2024, 1, 2)),
            ("Name", "String", "", False, "O'N x"),
        ],
        returns=("Int32", "", False),
    )
    assert (
        function.method == "GET"
        and function.url == "Contact(1)/NS.Rank(Since=@Since,Name=@Name)"
    )
    assert function.query == "@Since=2024-01-02&@Name='O''N%20x'"
    request = httpx.Request("GET", "http://h/x")
    assert function.decode(httpx.Response(200, json={"value": 7}, request=request)) == 7
    action = wire.operation_call(
        "Merge",
        action=True,
        params=[
            ("Ids", "Guid", "", True, [ANN, BOB]),
            ("When", "DateTimeOffset", "", False, None),
        ],
        returns=("entity", f"{PACKAGE}.entities.contact:Contact", True),
    )
    assert (action.method, action.url) == ("POST", "Merge")
    assert action.body == {"Ids": [str(ANN), str(BOB)], "When": None}
    decoded = action.decode(
        httpx.Response(
            200, json={"value": [{"Id": str(ANN), "Name": "A"}]}, request=request
        )
    )
    assert [type(c).__name__ for c in decoded] == ["Contact"] and decoded[0].name == "A"
    nothing = wire.operation_call("Ping", action=True, params=[], returns=None)
    assert nothing.decode(httpx.Response(204, request=request)) is None
