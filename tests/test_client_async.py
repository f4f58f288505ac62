"""The async entity layer (``AsyncClient``) against the Creatio emulator over real
sockets: the twin of every wire-level test of test_client.py, with ``async with``,
``async for`` and ``await``. Each test runs its own event loop (``asyncio.run``; the
project does not use pytest-asyncio).

The client is the checked-in generated_example/acme_creatio package (see
tests/client_fixtures.py). The sans-IO tests of test_client.py (key literals, the
pagers, operation calls, decoding speed) cover code both clients share and have no
twin here."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import Awaitable, Callable
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

Body = Callable[[Any], Awaitable[None]]


def run(
    pkg: Any,
    site: Site,
    recorder: Recorder,
    body: Body,
    client_class: Any = None,
    **options: Any,
) -> None:
    """Run ``body(client)`` with a logged-in AsyncClient (``async with``) in a fresh
    event loop; every request is recorded."""

    async def main() -> None:
        http = httpx.AsyncClient(timeout=30, event_hooks={"request": [recorder.hook]})
        cls = client_class or pkg.AsyncClient
        async with cls(site.url, forms(pkg), http=http, **options) as c:
            await body(c)
        await http.aclose()

    asyncio.run(main())


# -- the client ---------------------------------------------------------------------
def test_async_accessors_are_lazy_typed_and_cached(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        assert "contact" in dir(c)
        contacts = c.contact
        assert isinstance(contacts, pkg.entities.contact.AsyncContactSet)
        assert c.contact is contacts
        assert contacts.name == "Contact" and contacts.model is pkg.Contact
        assert contacts.q is pkg.Contact.q
        with pytest.raises(AttributeError):
            c.no_such_set
        assert c.dialect is rt(pkg, "query").CREATIO
        assert c.page_size == 1000
        assert (await c.contact.get(ANN)).name == "Ann Meyer"

    run(pkg, site, recorder, body, page_size=1000)


def test_async_page_size_is_capped_and_checked(pkg: Any, site: Site) -> None:
    async def main() -> None:
        async with pkg.AsyncClient(site.url, page_size=50_000) as capped:
            assert capped.page_size == 20_000
        with pytest.raises(ValueError):
            pkg.AsyncClient(site.url, page_size=0)

    asyncio.run(main())


def test_async_close_logs_out(pkg: Any, site: Site, recorder: Recorder) -> None:
    async def body(c: Any) -> None:
        await c.contact.get(ANN)

    run(pkg, site, recorder, body)
    assert recorder.sent[-1].method == "POST"
    assert recorder.sent[-1].path.endswith("/AuthService.svc/Logout")  # aclose()


# -- reading one ----------------------------------------------------------------------
def test_async_get_by_bare_guid_key(pkg: Any, site: Site, recorder: Recorder) -> None:
    async def body(c: Any) -> None:
        ann = await c.contact.get(ANN)
        assert isinstance(ann, pkg.Contact)
        assert ann.name == "Ann Meyer" and ann.account_id == ACME
        assert recorder.odata()[-1].path.endswith(f"/0/odata/Contact({ANN})")
        assert (await c.contact.get(str(ANN))).id == ANN  # a str for a Guid key

    run(pkg, site, recorder, body)


def test_async_get_missing_raises_not_found(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        with pytest.raises(pkg.NotFound) as caught:
            await c.contact.get(uuid.uuid4())
        assert caught.value.status == 404

    run(pkg, site, recorder, body)


def test_async_get_with_select_and_expand(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    q = pkg.Contact.q

    async def body(c: Any) -> None:
        ann = await c.contact.get(
            ANN, select=[q.name, q.account_id], expand=[q.account]
        )
        assert ann.name == "Ann Meyer"
        assert isinstance(ann.account, pkg.Account)
        assert ann.account.name == "Acme Corporation"
        with pytest.raises(pkg.FieldNotLoaded):
            ann.email
        assert recorder.odata()[-1].query == {
            "$select": "Name,AccountId,Id",  # the key is always selected
            "$expand": "Account",
        }

    run(pkg, site, recorder, body)


# -- writing ----------------------------------------------------------------------------
def test_async_create_returns_the_created_entity(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    made: list[Any] = []

    async def body(c: Any) -> None:
        zed = await c.contact.create(name="Zed", account_id=ACME, age=41)
        assert isinstance(zed, pkg.Contact) and isinstance(zed.id, uuid.UUID)
        assert zed.created_on is not None and zed.email == ""  # the full 201 body
        post = recorder.odata("POST")[-1]
        assert post.path.endswith("/0/odata/Contact")
        assert post.json == {"Name": "Zed", "AccountId": str(ACME), "Age": 41}
        made.append(zed)

    run(pkg, site, recorder, body)
    assert row(site, made[0].id)["AccountId"] == str(ACME)


def test_async_create_from_a_model_sends_what_it_holds(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        local = pkg.Contact(name="Yve", email="yve@example.com")
        created = await c.contact.create(local, job_title="CTO")
        assert recorder.odata("POST")[-1].json == {
            "Name": "Yve",
            "Email": "yve@example.com",
            "JobTitle": "CTO",
        }
        assert created.job_title == "CTO" and created.email == "yve@example.com"

    run(pkg, site, recorder, body)


def test_async_update_sends_only_the_given_fields(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    before = row(site, ANN)

    async def body(c: Any) -> None:
        assert await c.contact.update(ANN, job_title="CEO") is None
        patch = recorder.odata("PATCH")[-1]
        assert patch.path.endswith(f"/Contact({ANN})")
        assert patch.json == {"JobTitle": "CEO"}
        assert "If-Match" not in patch.headers

    run(pkg, site, recorder, body)
    after = row(site, ANN)
    assert after["JobTitle"] == "CEO" and after["Email"] == before["Email"]


def test_async_update_with_a_changed_model_sends_its_changes(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        ann = await c.contact.get(ANN)
        ann.email = "ann@new.example"
        ann.age = 33
        await c.contact.update(ann)
        assert recorder.odata("PATCH")[-1].json == {
            "Email": "ann@new.example",
            "Age": 33,
        }
        assert row(site, ANN)["Email"] == "ann@new.example"
        patches = len(recorder.odata("PATCH"))
        await c.contact.update(ann)  # saved: nothing left to send, no request
        assert len(recorder.odata("PATCH")) == patches
        await c.contact.update(ann, phone="+1 555")  # keywords join the changes
        assert recorder.odata("PATCH")[-1].json == {"Phone": "+1 555"}
        local = pkg.Contact(id=BOB, name="Robert")  # built locally: all it holds
        await c.contact.update(local)
        assert recorder.odata("PATCH")[-1].json == {"Name": "Robert"}
        assert recorder.odata("PATCH")[-1].path.endswith(f"/Contact({BOB})")

    run(pkg, site, recorder, body)
    assert row(site, BOB)["Name"] == "Robert"


def test_async_lookups_are_written_through_the_guid_column(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        dan = await c.contact.get(DAN, expand=[pkg.Contact.q.account])
        assert dan.account is None  # an empty lookup
        dan.account_id = ACME
        await c.contact.update(dan)
        assert recorder.odata("PATCH")[-1].json == {"AccountId": str(ACME)}
        assert row(site, DAN)["AccountId"] == str(ACME)
        with pytest.raises(TypeError, match="navigation"):
            await c.contact._update(DAN, {"account": dan})

    run(pkg, site, recorder, body)


def test_async_none_is_written_as_creatio_sentinels(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        await c.contact.update(ANN, account_id=None, birth_date=None)
        assert recorder.odata("PATCH")[-1].json == {
            "AccountId": ZERO,
            "BirthDate": "0001-01-01T00:00:00Z",
        }
        assert row(site, ANN)["AccountId"] == ZERO
        assert (await c.contact.get(ANN)).account_id is None

    run(pkg, site, recorder, body)


def test_async_standard_flavor_writes_null(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    class Standard(pkg.AsyncClient):  # type: ignore[misc,name-defined]
        __odata_flavor__ = "standard"

    async def body(c: Any) -> None:
        assert c.dialect is rt(pkg, "query").STANDARD
        await c.contact.update(ANN, account_id=None)
        assert recorder.odata("PATCH")[-1].json == {"AccountId": None}
        with pytest.raises(pkg.ValidationError):
            await c.contact.filter(pkg.Contact.q.id.in_([ANN, BOB])).all()
        assert " in (" in recorder.odata("GET")[-1].query["$filter"]

    run(pkg, site, recorder, body, Standard, odata_path="0/odata")


def test_async_etag_goes_into_if_match(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        read = pkg.Contact.from_odata(
            {"Id": str(BOB), "Name": "Bob", "@odata.etag": 'W/"7"'}
        )
        read.name = "Bobby"
        await c.contact.update(read)
        patch = recorder.odata("PATCH")[-1]
        assert patch.headers["If-Match"] == 'W/"7"' and patch.json == {"Name": "Bobby"}
        again = pkg.Contact.from_odata({"Id": str(BOB), "@odata.etag": 'W/"8"'})
        await c.contact.delete(again)
        delete = recorder.odata("DELETE")[-1]
        assert delete.headers["If-Match"] == 'W/"8"'
        assert delete.path.endswith(f"/Contact({BOB})")

    run(pkg, site, recorder, body)
    assert all(r["Id"] != str(BOB) for r in site.rows("Contact"))


def test_async_delete(pkg: Any, site: Site, recorder: Recorder) -> None:
    async def body(c: Any) -> None:
        await c.contact.delete(DAN)
        assert all(r["Id"] != str(DAN) for r in site.rows("Contact"))
        with pytest.raises(pkg.NotFound):
            await c.contact.get(DAN)
        with pytest.raises(pkg.NotFound):
            await c.contact.delete(DAN)

    run(pkg, site, recorder, body)


# -- queries ------------------------------------------------------------------------------
def test_async_filter_on_a_lookup_goes_through_the_navigation(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    q = pkg.Contact.q

    async def body(c: Any) -> None:
        names = {x.name async for x in c.contact.filter(q.account_id == ACME)}
        assert names == {"Ann Meyer", "Bob Stone"}
        sent = recorder.odata("GET")[-1].query
        assert sent["$filter"] == f"Account/Id eq {ACME}"
        assert sent["$orderby"] == "Id" and sent["$top"] == "5000"
        assert sent["$skip"] == "0"
        by_name = await c.contact.filter(q.account.name == "Acme Corporation").all()
        assert {x.name for x in by_name} == names
        assert recorder.odata("GET")[-1].query["$filter"] == (
            "Account/Name eq 'Acme Corporation'"
        )

    run(pkg, site, recorder, body)


def test_async_in_is_an_or_chain_for_creatio(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    q = pkg.Contact.q

    async def body(c: Any) -> None:
        found = await c.contact.filter(q.id.in_([ANN, DAN])).order_by(q.name).all()
        assert [x.name for x in found] == ["Ann Meyer", "Dan Ortiz"]
        sent = recorder.odata("GET")[-1].query
        assert sent["$filter"] == f"Id eq {ANN} or Id eq {DAN}"
        assert sent["$orderby"] == "Name,Id"

    run(pkg, site, recorder, body)


def test_async_select_loads_only_the_selected_fields(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    q = pkg.Contact.q

    async def body(c: Any) -> None:
        rows = await c.contact.select(q.name, q.email).all()
        assert len(rows) == SEED_CONTACTS
        assert rows[0].loaded_fields() == ("id", "name", "email")  # the key too
        with pytest.raises(pkg.FieldNotLoaded, match="age is not loaded"):
            rows[0].age
        assert recorder.odata("GET")[-1].query["$select"] == "Name,Email,Id"

    run(pkg, site, recorder, body)


def test_async_expand_gives_the_related_model(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    q = pkg.Contact.q

    async def body(c: Any) -> None:
        rows = await (
            c.contact.query()
            .select(q.name)
            .expand(q.account, select=[q.account.name, q.account.code])
            .filter(q.id == ANN)
            .all()
        )
        account = rows[0].account
        assert isinstance(account, pkg.Account)
        assert (account.name, account.code) == ("Acme Corporation", "ACME")
        with pytest.raises(pkg.FieldNotLoaded):
            account.phone
        with pytest.raises(pkg.FieldNotLoaded):
            rows[0].email

    run(pkg, site, recorder, body)


def test_async_count_first_top_skip(pkg: Any, site: Site, recorder: Recorder) -> None:
    q = pkg.Contact.q

    async def body(c: Any) -> None:
        assert await c.contact.query().count() == SEED_CONTACTS
        assert recorder.odata()[-1].path.endswith("/Contact/$count")
        acme = c.contact.filter(q.account_id == ACME)
        assert await acme.count() == 2
        assert recorder.odata()[-1].query == {"$filter": f"Account/Id eq {ACME}"}
        first = await c.contact.order_by(q.name.desc()).first()
        assert first is not None and first.name == "Supervisor"
        assert recorder.odata()[-1].query["$top"] == "1"
        assert await c.contact.filter(q.name == "nobody").first() is None
        names = [x.name async for x in c.contact.order_by(q.name).top(2).skip(1)]
        assert names == ["Bob Stone", "Clara Schulz"]
        assert await c.contact.top(0).all() == []

    run(pkg, site, recorder, body)


def test_async_paging_25000_rows(pkg: Any, site: Site, recorder: Recorder) -> None:
    site.insert("Contact", [{"Name": f"Bulk {i:05d}"} for i in range(25_000)])
    total = 25_000 + SEED_CONTACTS
    q = pkg.Contact.q

    async def body(c: Any) -> None:
        recorder.clear()
        pages = [p async for p in c.contact.select(q.name).page_size(12_000).pages()]
        assert [len(p) for p in pages] == [12_000, 12_000, total - 24_000]
        ids = {x.id for page in pages for x in page}
        assert len(ids) == total  # stable order: no row twice, none lost
        sent = [s.query for s in recorder.odata("GET")]
        assert [(s["$top"], s["$skip"], s["$orderby"]) for s in sent] == [
            ("12000", "0", "Id"),
            ("12000", "12000", "Id"),
            ("12000", "24000", "Id"),
        ]
        recorder.clear()
        capped = c.contact.select(q.name).page_size(50_000)
        counted = 0
        async for _ in capped:
            counted += 1
        assert counted == total
        assert [s.query["$top"] for s in recorder.odata("GET")] == ["20000", "20000"]
        window = c.contact.select(q.name).order_by(q.name).skip(100).top(7)
        assert [x.name async for x in window.page_size(3)] == [
            f"Bulk {i:05d}" for i in range(98, 105)  # after "Ann Meyer", "Bob Stone"
        ]

    run(pkg, site, recorder, body)


def test_async_iterating_the_set_reads_every_row(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    site.insert("Contact", [{"Name": f"Many {i:02d}"} for i in range(50)])

    async def paged(c: Any) -> None:
        recorder.clear()
        seen = [x.id async for x in c.contact]  # AsyncEntitySet.__aiter__
        assert len(seen) == len(set(seen)) == SEED_CONTACTS + 50
        skips = [s.query["$skip"] for s in recorder.odata("GET")]
        assert skips == [str(7 * n) for n in range(8)]  # 7 full pages, a short one

    run(pkg, site, recorder, paged, page_size=7)


# -- delta ----------------------------------------------------------------------------------
def test_async_modified_since_handles_ties_and_resumes(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    t1, t2 = "2025-01-01T00:00:00.123456Z", "2025-01-02T00:00:00Z"
    tied = site.insert(
        "Contact", [{"Name": f"T1 {i}", "ModifiedOn": t1} for i in range(7)]
    )
    later = site.insert(
        "Contact", [{"Name": f"T2 {i}", "ModifiedOn": t2} for i in range(5)]
    )
    since = dt.datetime(2024, 12, 31, tzinfo=dt.timezone.utc)
    expected = sorted(tied) + sorted(later) + [SUPERVISOR]
    q = pkg.Contact.q

    async def ids(delta: Any) -> list[str]:
        return [str(x.id) async for x in delta]

    async def body(c: Any) -> None:
        delta = c.contact.modified_since(since, page_size=3)
        assert await ids(delta) == expected  # ties across pages: none lost, none twice
        assert delta.cursor is not None and delta.cursor.endswith(f"|{SUPERVISOR}")
        filters = [s.query["$filter"] for s in recorder.odata("GET")]
        assert filters[0] == "ModifiedOn gt 2024-12-31T00:00:00Z"
        assert filters[1] == (
            f"ModifiedOn gt {t1} or ModifiedOn eq {t1} and Id gt {expected[2]}"
        )
        assert recorder.odata("GET")[0].query["$orderby"] == "ModifiedOn,Id"

        partial = c.contact.modified_since(since, page_size=3)
        taken: list[str] = []
        async for x in partial:  # stop in the middle of a page
            taken.append(str(x.id))
            if len(taken) == 5:
                break
        assert partial.cursor == f"{t1}|{taken[-1]}"
        rest = await ids(c.contact.modified_since(partial.cursor, page_size=3))
        assert taken + rest == expected

        assert await ids(c.contact.modified_since(delta.cursor)) == []
        await c.contact.update(uuid.UUID(tied[0]), job_title="moved")  # now
        assert await ids(c.contact.modified_since(delta.cursor)) == [tied[0]]
        assert await ids(delta) == [tied[0]]  # iterating again reads on
        assert await ids(delta) == []
        everything = await ids(c.contact.modified_since(None, page_size=4))
        assert len(everything) == SEED_CONTACTS + 12 and everything[-1] == tied[0]
        only = c.contact.modified_since(since, filter=q.name.startswith("T2"))
        assert await ids(only) == sorted(later)

    run(pkg, site, recorder, body)


def test_async_modified_since_checks_its_cursor(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        with pytest.raises(ValueError):
            c.contact.modified_since("yesterday")
        with pytest.raises(ValueError):
            c.contact.modified_since("2030-01-01T00:00:00Z|not-a-guid")

    run(pkg, site, recorder, body)
    assert recorder.odata() == []  # checked before anything is sent


# -- $batch ------------------------------------------------------------------------------------
def test_async_batch_of_more_than_100_continues_on_error(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    missing = uuid.uuid4()

    async def body(c: Any) -> None:
        async with c.batch(continue_on_error=True) as batch:
            made = [batch.create(pkg.Contact(name=f"B{i:03d}")) for i in range(150)]
            gone = batch.update(pkg.Contact(id=missing, name="x"))
            got = batch.get(pkg.Contact, ANN, select=[pkg.Contact.q.name])
            removed = batch.delete(pkg.Contact, DAN)
            assert not made[0].ok and made[0].status is None
        posts = recorder.odata("POST")
        assert [len(p.json["requests"]) for p in posts] == [100, 53]
        assert all(p.headers["Prefer"] == "continue-on-error" for p in posts)
        first = dict(posts[0].json["requests"][0])
        headers = {k.lower(): v for k, v in first.pop("headers").items()}
        assert headers == {"content-type": "application/json"}
        assert first == {
            "id": "0",
            "method": "POST",
            "url": "Contact",
            "body": {"Name": "B000"},
        }
        assert all(item.ok and item.status == 201 for item in made)
        assert made[149].result().name == "B149"
        assert not gone.ok and gone.status == 404
        with pytest.raises(pkg.NotFound):
            gone.result()
        assert got.result().name == "Ann Meyer"
        assert got.result().loaded_fields() == ("id", "name")
        assert removed.ok and removed.result() is None

    run(pkg, site, recorder, body)
    names = {r["Name"] for r in site.rows("Contact")}
    assert {f"B{i:03d}" for i in range(150)} <= names and "Dan Ortiz" not in names


def test_async_batch_stops_at_the_first_error_by_default(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        async with c.batch() as batch:
            first = batch.create(pkg.Contact(name="S1"))
            bad = batch.delete(pkg.Contact, uuid.uuid4())
            after = [batch.create(pkg.Contact(name=f"S{i}")) for i in range(2, 120)]
        assert first.ok and bad.status == 404
        with pytest.raises(pkg.NotFound):
            bad.result()
        assert not after[0].ok and not after[-1].ok
        with pytest.raises(pkg.ODataError, match="not processed"):
            after[-1].result()
        assert len(recorder.odata("POST")) == 1  # the second chunk was not sent
        assert "Prefer" not in recorder.odata("POST")[0].headers

    run(pkg, site, recorder, body)
    names = {r["Name"] for r in site.rows("Contact")}
    assert "S1" in names and "S2" not in names


def test_async_batch_atomicity_groups_stay_in_one_chunk(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        ann = await c.contact.get(ANN)
        ann.email = "batch@example.com"
        async with c.batch() as batch:
            for i in range(95):
                batch.create(pkg.Contact(name=f"A{i}"))
            with batch.atomic():
                grouped = [batch.create(pkg.Contact(name=f"G{i}")) for i in range(10)]
                changed = batch.update(ann)
            unchanged = batch.update(pkg.Contact.from_odata({"Id": str(ANN)}))
            assert unchanged.ok  # nothing to send: resolved at once
        posts = recorder.odata("POST")
        assert [len(p.json["requests"]) for p in posts] == [95, 11]
        assert {r.get("atomicityGroup") for r in posts[1].json["requests"]} == {"g1"}
        assert posts[1].json["requests"][-1]["body"] == {"Email": "batch@example.com"}
        assert all(g.ok for g in grouped) and changed.ok
        assert (await c.contact.get(ANN)).email == "batch@example.com"

    run(pkg, site, recorder, body)


def test_async_batch_is_not_sent_when_the_block_raises(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    items: list[Any] = []

    async def body(c: Any) -> None:
        with pytest.raises(KeyError):
            async with c.batch() as batch:
                items.append(batch.create(pkg.Contact(name="never")))
                raise KeyError

    run(pkg, site, recorder, body)
    assert recorder.odata("POST") == []
    with pytest.raises(RuntimeError, match="not been sent"):
        items[0].result()
    assert "never" not in {r["Name"] for r in site.rows("Contact")}


# -- streams ----------------------------------------------------------------------------------
def test_async_streams_download_upload_delete(
    pkg: Any, site: Site, recorder: Recorder
) -> None:
    async def body(c: Any) -> None:
        images = c.sys_image
        assert await images.download(IMAGE, "data") == PNG
        assert recorder.odata()[-1].path.endswith(f"/SysImage({IMAGE})/Data")
        chunks = [chunk async for chunk in images.iter_download(IMAGE, "Data", 16)]
        assert b"".join(chunks) == PNG and len(chunks) > 1
        await images.upload(IMAGE, "data", b"new bytes", "image/x-test")
        assert recorder.odata("PUT")[-1].headers["Content-Type"] == "image/x-test"
        assert await images.download(IMAGE, "data") == b"new bytes"
        await images.upload(IMAGE, "data", iter([b"chunk one, ", b"chunk two"]))
        assert await images.download(IMAGE, "data") == b"chunk one, chunk two"
        await images.delete_stream(IMAGE, "data")
        assert await images.download(IMAGE, "data") == b""
        assert [chunk async for chunk in images.iter_download(IMAGE, "data")] == []
        with pytest.raises(pkg.NotFound):
            await images.download(uuid.uuid4(), "data")

    run(pkg, site, recorder, body)
