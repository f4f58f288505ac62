"""End-to-end against a real OData 4 server nobody here wrote: SAP CAP (tests/cap/).

Phase 1: the server starts and serves $metadata; odatagen generates a package from it
that imports, decodes CAP's real payloads and passes `mypy --strict`; and raw httpx
requests pin down the CAP behaviours a client relies on (query encoding, paging,
$expand, JSON $batch, operations, ETags, media streams).

Skipped when tests/cap is not npm-installed (see tests/cap/README.md); one CAP server per
xdist worker (session fixture). Tests that change data restore the seed afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cap_server import CapServer, cap_server_fixture, odata_url

REPO = Path(__file__).resolve().parents[1]
BOOK_1 = "b0000000-0000-4000-8000-000000000001"
BOOK_2 = "b0000000-0000-4000-8000-000000000002"
AUTHOR_1 = "a0000000-0000-4000-8000-000000000001"
AUTHOR_3 = "a0000000-0000-4000-8000-000000000003"
ORDER_1 = "0d000000-0000-4000-8000-000000000001"
SEED_ETAG = 'W/"2024-01-01T00:00:00.000Z"'
JSON = {"Content-Type": "application/json", "Accept": "application/json"}

cap = cap_server_fixture(name="cap")


@pytest.fixture
def http(cap: CapServer) -> Iterator[httpx.Client]:
    """A client on the service root, for tests that only read."""
    with cap.client() as client:
        yield client


@pytest.fixture
def writable(cap: CapServer) -> Iterator[httpx.Client]:
    """A client for tests that change data: the seed is restored after the test."""
    try:
        with cap.client() as client:
            yield client
    finally:
        cap.reset()


def values(answer: httpx.Response) -> list[dict[str, Any]]:
    assert answer.status_code == 200, answer.text
    rows: list[dict[str, Any]] = answer.json()["value"]
    return rows


# -- the server and its $metadata --------------------------------------------------------
def test_server_serves_metadata_and_service_document(cap: CapServer) -> None:
    base_url, service_root, metadata_path = cap
    assert base_url.startswith("http://127.0.0.1:")
    assert service_root == base_url + "/odata/v4/catalog/"
    answer = httpx.get(service_root + "$metadata")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/xml")
    assert answer.headers["odata-version"] == "4.0"
    assert metadata_path.read_bytes() == answer.content
    text = answer.text
    assert '<edmx:Edmx Version="4.0"' in text
    for entity_set in ("Books", "Authors", "Genres", "Orders", "OrderItems"):
        assert (
            f'<EntitySet Name="{entity_set}" EntityType="CatalogService.{entity_set}">'
            in text
        )
    assert '<Property Name="ID" Type="Edm.Int32" Nullable="false"/>' in text  # Genres
    assert (
        '<PropertyRef Name="parent_ID"/>' in text
        and '<PropertyRef Name="pos"/>' in text
    )
    assert '<Property Name="cover" Type="Edm.Stream"/>' in text
    assert '<Action Name="addStock" IsBound="true"' in text
    assert '<Function Name="priceWithTax" IsBound="true"' in text
    assert '<ActionImport Name="submitOrder"' in text
    assert '<FunctionImport Name="stats"' in text
    # The ETag: CAP writes Core.OptimisticConcurrency as an empty collection on purpose.
    assert '<Annotations Target="CatalogService.EntityContainer/Authors">' in text

    document = httpx.get(service_root).json()
    assert {s["name"] for s in document["value"]} >= {"Books", "Authors", "OrderItems"}


def test_server_listens_on_loopback_only(cap: CapServer) -> None:
    listening = httpx.get(cap.base_url + "/odata/v4/catalog/Genres/$count")
    assert listening.text == "8"
    assert cap.process.poll() is None
    port = int(cap.base_url.rsplit(":", 1)[1])
    with pytest.raises(httpx.ConnectError):  # not on the other loopback addresses
        httpx.get(f"http://127.0.0.2:{port}/", timeout=2)


# -- the generated package ---------------------------------------------------------------
USER_SCRIPT = """\
import datetime
import decimal
import json
import uuid
from pathlib import Path
from typing import Any

from cap_catalog import Authors, Books, Genres, OrderItems, Stats

payloads: dict[str, Any] = json.loads(Path("payloads.json").read_text("utf-8"))
book = Books.from_odata(payloads["book"])
book_id: uuid.UUID = book.id
title: str = book.title
price: decimal.Decimal | None = book.price
stock: int | None = book.stock
copies: int | None = book.copies_sold
rating: float | None = book.rating
published: datetime.date | None = book.published
last_sold: datetime.datetime | None = book.last_sold
reading: datetime.time | None = book.reading_time
tags: list[str] = book.tags
available: bool | None = book.available
assert book_id == uuid.UUID("b0000000-0000-4000-8000-000000000002"), book_id
assert title == "River 2" and price == decimal.Decimal("76.76"), (title, price)
assert copies == 1956485043 and tags == ["silent", "orchard"], (copies, tags)
assert published == datetime.date(1988, 6, 24), published
assert last_sold == datetime.datetime(2021, 3, 11, 19, 57, 40, tzinfo=datetime.timezone.utc)
assert reading == datetime.time(16, 54) and available is True and stock == 216
author: Authors | None = book.author
assert author is not None and author.name == "Clara Schumann 2", author
genre: Genres | None = book.genre
assert genre is not None and genre.id == 2 and genre.name == "Poetry"
again: dict[str, Any] = book.to_odata()
assert again["ID"] == "b0000000-0000-4000-8000-000000000002", again
assert Books.from_odata(again).price == price

item = OrderItems.from_odata(payloads["item"])
parent: uuid.UUID = item.parent_id
pos: int = item.pos
quantity: int = item.quantity
assert (str(parent), pos, quantity) == ("0d000000-0000-4000-8000-000000000001", 1, 1)

stats = Stats.from_odata(payloads["stats"])
books: int | None = stats.books
average: decimal.Decimal | None = stats.avg_price
assert books == 250 and average is not None, (books, average)
print("ok")
"""


def run_mypy(project: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    config = project.parent / "mypy.ini"  # hermetic: no user or repository config
    config.write_text("[mypy]\n", "utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--strict",
            f"--cache-dir={os.devnull}",
            "--no-color-output",
            *targets,
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.fixture(scope="module")
def generated_project(cap: CapServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m odatagen generate <CAP's $metadata> --package cap_catalog`, with real
    CAP payloads saved beside it for the user script."""
    root = tmp_path_factory.mktemp("cap_catalog")
    project = root / "project"
    generated = subprocess.run(
        [
            sys.executable,
            "-m",
            "odatagen",
            "generate",
            str(cap.metadata_path),
            "-o",
            str(project),
            "--package",
            "cap_catalog",
        ],
        cwd=REPO,  # this checkout's odatagen, whatever is installed
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=_environment(root),
    )
    assert generated.returncode == 0, generated.stderr
    with cap.client() as http:
        book = http.get(odata_url(f"Books({BOOK_2})", expand="author,genre"))
        item = http.get(f"OrderItems(parent_ID={ORDER_1},pos=1)")
        stats = http.get("stats()")
    for answer in (book, item, stats):
        assert answer.status_code == 200, answer.text
    payloads = {"book": book.json(), "item": item.json(), "stats": stats.json()}
    (project / "payloads.json").write_text(json.dumps(payloads), "utf-8")
    (project / "user_script.py").write_text(USER_SCRIPT, "utf-8")
    return project


def _environment(root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",
        "XDG_CACHE_HOME": str(root / "xdg-cache"),  # black's cache, not the user's
    }


def test_generated_package_imports_and_decodes_cap_payloads(
    generated_project: Path,
) -> None:
    assert (generated_project / "cap_catalog" / "py.typed").is_file()
    ran = subprocess.run(
        [sys.executable, "user_script.py"],
        cwd=generated_project,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=_environment(generated_project.parent),
    )
    assert ran.returncode == 0 and ran.stdout.strip() == "ok", ran.stdout + ran.stderr


def test_generated_package_passes_mypy_strict(generated_project: Path) -> None:
    result = run_mypy(generated_project, "cap_catalog", "user_script.py")
    assert result.returncode == 0, (
        "mypy --strict failed on cap_catalog:\n"
        + result.stdout[-8000:]
        + result.stderr[-2000:]
    )
    assert "Success: no issues found" in result.stdout


# -- query strings -----------------------------------------------------------------------
def test_plus_for_space_is_rejected_and_percent_20_accepted(http: httpx.Client) -> None:
    plus = http.get("Books?$filter=title+eq+'River+2'")
    assert plus.status_code == 400
    assert "Parsing URL failed" in plus.json()["error"]["message"]

    encoded = values(http.get("Books?$filter=title%20eq%20'River%202'&$select=title"))
    assert [row["title"] for row in encoded] == ["River 2"]
    assert odata_url("Books", filter="title eq 'River 2'", select="title") == (
        "Books?$filter=title%20eq%20'River%202'&$select=title"
    )
    # Inside a string literal `+` is a plus sign, not a space: no match.
    assert values(http.get("Books?$filter=title%20eq%20'River+2'")) == []
    # httpx's own params= encoding sends `+`: that is why odata_url exists.
    assert http.get("Books", params={"$filter": "stock gt 1"}).status_code == 400


def test_filters_orderby_count_and_search(http: httpx.Client) -> None:
    rows = values(
        http.get(
            odata_url(
                "Books",
                filter="genre_ID eq 2 and stock ge 400 and available eq true",
                orderby="stock desc,ID",
                select="title,stock,genre_ID",
            )
        )
    )
    assert rows and all(r["genre_ID"] == 2 and r["stock"] >= 400 for r in rows)
    assert [r["stock"] for r in rows] == sorted(
        (r["stock"] for r in rows), reverse=True
    )
    assert http.get("Books/$count").text == "250"
    counted = http.get(
        odata_url("Books", count="true", top="1", filter="genre_ID eq 1")
    )
    assert counted.json()["@odata.count"] == 32
    assert http.get(
        odata_url("Books/$count", filter="contains(title,'orchard')")
    ).text == str(
        len(values(http.get(odata_url("Books", filter="contains(title,'orchard')"))))
    )
    dated = values(
        http.get(
            odata_url("Books", filter="published lt 1951-01-01", select="published")
        )
    )
    assert dated and all(r["published"] < "1951-01-01" for r in dated)
    by_guid = values(
        http.get(odata_url("Books", filter=f"author_ID eq {AUTHOR_1}", select="ID"))
    )
    assert len(by_guid) == 10
    searched = values(http.get(odata_url("Books", search="orchard", select="title")))
    assert searched and all("orchard" in r["title"].lower() for r in searched)


def test_key_forms(http: httpx.Client) -> None:
    assert http.get("Genres(3)").json()["name"] == "Drama"
    assert http.get(f"Books({BOOK_1})").json()["ID"] == BOOK_1
    assert http.get(f"Books(ID={BOOK_1})").json()["ID"] == BOOK_1
    item = http.get(f"OrderItems(parent_ID={ORDER_1},pos=2)")
    assert item.status_code == 200 and item.json()["quantity"] == 2
    missing = http.get(f"Books({uuid.UUID(int=1)})")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "404"


# -- paging ------------------------------------------------------------------------------
def test_top_skip_paging(http: httpx.Client) -> None:
    def page(skip: int) -> list[str]:
        return [
            r["ID"]
            for r in values(
                http.get(
                    odata_url(
                        "Books", select="ID", orderby="ID", top="40", skip=str(skip)
                    )
                )
            )
        ]

    pages = [page(skip) for skip in range(0, 250, 40)]
    assert [len(p) for p in pages] == [40, 40, 40, 40, 40, 40, 10]
    ids = [i for p in pages for i in p]
    assert len(set(ids)) == 250 and ids == sorted(ids)
    assert ids[0] == BOOK_1


def test_server_driven_paging_with_next_link(http: httpx.Client) -> None:
    """@cds.query.limit: 100 a page; nextLink is relative to the service root and
    carries $skiptoken; $top above the page size is honoured without a nextLink."""
    first = http.get(odata_url("Books", select="ID"))
    body = first.json()
    assert len(body["value"]) == 100
    assert body["@odata.nextLink"] == "Books?%24select=ID&%24skiptoken=100"
    ids = [r["ID"] for r in body["value"]]
    link: str | None = body["@odata.nextLink"]
    while link:
        body = http.get(link).json()
        ids += [r["ID"] for r in body["value"]]
        link = body.get("@odata.nextLink")
    assert len(ids) == len(set(ids)) == 250
    large = http.get(odata_url("Books", select="ID", top="150")).json()
    assert len(large["value"]) == 150 and "@odata.nextLink" not in large


# -- $expand -----------------------------------------------------------------------------
def test_expand_to_one_to_many_and_nested(http: httpx.Client) -> None:
    book = http.get(
        odata_url(f"Books({BOOK_2})", expand="author($select=name),genre")
    ).json()
    assert book["author"] == {
        "name": "Clara Schumann 2",
        "ID": "a0000000-0000-4000-8000-000000000002",
    }
    assert book["genre"] == {"ID": 2, "name": "Poetry"}

    author = http.get(
        odata_url(
            f"Authors({AUTHOR_1})",
            select="name",
            expand="books($select=title;$orderby=title;$top=3;$expand=genre)",
        )
    ).json()
    assert len(author["books"]) == 3
    titles = [b["title"] for b in author["books"]]
    assert titles == sorted(titles)
    assert all("name" in b["genre"] for b in author["books"])

    order = http.get(
        odata_url(f"Orders({ORDER_1})", expand="items($expand=book($select=title))")
    ).json()
    assert [i["pos"] for i in order["items"]] == [1, 2]
    assert all(i["book"]["title"] for i in order["items"])


# -- $batch ------------------------------------------------------------------------------
def test_json_batch(writable: httpx.Client) -> None:
    batch = {
        "requests": [
            {"id": "r1", "method": "GET", "url": "Genres(1)"},
            {
                "id": "c1",
                "atomicityGroup": "g1",
                "method": "POST",
                "url": "Orders",
                "headers": {"content-type": "application/json"},
                "body": {"buyer": "Batch Buyer"},
            },
            {
                "id": "c2",
                "atomicityGroup": "g1",
                "dependsOn": ["c1"],
                "method": "POST",
                "url": "$c1/items",
                "headers": {"content-type": "application/json"},
                "body": {"pos": 1, "book_ID": BOOK_1, "quantity": 3},
            },
            {"id": "r2", "method": "GET", "url": "Genres?$filter=ID%20gt%207"},
            {"id": "r3", "method": "GET", "url": "Genres(4242)"},
        ]
    }
    answer = writable.post("$batch", json=batch, headers=JSON)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    responses = {r["id"]: r for r in answer.json()["responses"]}
    assert (
        responses["r1"]["status"] == 200
        and responses["r1"]["body"]["name"] == "Fiction"
    )
    assert (
        responses["c1"]["status"] == 201 and responses["c1"]["atomicityGroup"] == "g1"
    )
    order_id = responses["c1"]["body"]["ID"]
    assert responses["c1"]["headers"]["location"] == f"Orders({order_id})"
    assert responses["c2"]["status"] == 201
    assert responses["c2"]["body"]["parent_ID"] == order_id
    assert [g["ID"] for g in responses["r2"]["body"]["value"]] == [8]
    assert responses["r3"]["status"] == 404 and "error" in responses["r3"]["body"]
    saved = writable.get(odata_url(f"Orders({order_id})", expand="items")).json()
    assert saved["buyer"] == "Batch Buyer" and saved["items"][0]["quantity"] == 3


def test_json_batch_atomicity_group_rolls_back(writable: httpx.Client) -> None:
    """A failing change set is rolled back whole; CAP still reports the earlier
    request of the group with its own status (201), not as failed."""
    batch = {
        "requests": [
            {
                "id": "a",
                "atomicityGroup": "g",
                "method": "POST",
                "url": "Genres",
                "headers": {"content-type": "application/json"},
                "body": {"ID": 500, "name": "Kept?"},
            },
            {
                "id": "b",
                "atomicityGroup": "g",
                "method": "POST",
                "url": "Genres",
                "headers": {"content-type": "application/json"},
                "body": {"ID": 1, "name": "Duplicate key"},
            },
        ]
    }
    responses = {
        r["id"]: r
        for r in writable.post("$batch", json=batch, headers=JSON).json()["responses"]
    }
    assert responses["b"]["status"] >= 400
    assert responses["a"]["status"] == 201
    assert writable.get("Genres(500)").status_code == 404  # rolled back


def test_json_batch_urls_must_be_relative_to_the_service_root(
    http: httpx.Client, cap: CapServer
) -> None:
    """CAP 9 resolves batch URLs against the service root only: an absolute path or an
    absolute URL (both allowed by OData 4.01) is answered 404 inside the batch."""
    batch = {
        "requests": [
            {"id": "1", "method": "GET", "url": "/odata/v4/catalog/Genres(1)"},
            {"id": "2", "method": "GET", "url": cap.service_root + "Genres(1)"},
        ]
    }
    responses = http.post("$batch", json=batch, headers=JSON).json()["responses"]
    assert [r["status"] for r in responses] == [404, 404]


def test_json_batch_needs_a_content_type(http: httpx.Client) -> None:
    refused = http.post("$batch", content=b'{"requests":[]}')
    assert refused.status_code == 415


def test_multipart_batch(http: httpx.Client) -> None:
    body = (
        "--b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
        "GET Genres(2) HTTP/1.1\r\nAccept: application/json\r\n\r\n\r\n--b--\r\n"
    )
    answer = http.post(
        "$batch",
        content=body.encode(),
        headers={"Content-Type": "multipart/mixed; boundary=b"},
    )
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("multipart/mixed")
    assert '"name":"Poetry"' in answer.text


# -- operations --------------------------------------------------------------------------
def test_unbound_action(writable: httpx.Client) -> None:
    before = writable.get(f"Books({BOOK_1})").json()["stock"]
    answer = writable.post(
        "submitOrder", json={"book": BOOK_1, "quantity": 2, "buyer": "Ann"}
    )
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert result["stock"] == before - 2
    order = writable.get(
        odata_url(f"Orders({result['orderID']})", expand="items")
    ).json()
    assert order["buyer"] == "Ann" and order["items"][0]["book_ID"] == BOOK_1
    too_many = writable.post("submitOrder", json={"book": BOOK_1, "quantity": 100000})
    assert too_many.status_code == 409
    assert too_many.json()["error"]["message"].startswith("Only ")
    missing = writable.post("submitOrder", json={"book": BOOK_1})
    assert missing.status_code == 400


def test_bound_action_with_and_without_namespace(writable: httpx.Client) -> None:
    stock = writable.get(f"Books({BOOK_1})").json()["stock"]
    short = writable.post(f"Books({BOOK_1})/addStock", json={"amount": 5})
    assert short.status_code == 200, short.text
    assert short.json()["stock"] == stock + 5
    qualified = writable.post(
        f"Books({BOOK_1})/CatalogService.addStock", json={"amount": 1}
    )
    assert qualified.json()["stock"] == stock + 6
    assert qualified.json()["@odata.context"] == "../$metadata#Books/$entity"


def test_functions(http: httpx.Client) -> None:
    taxed = http.get(f"Books({BOOK_1})/CatalogService.priceWithTax(rate=19)")
    assert taxed.json()["value"] == round(27.41 * 1.19, 2)
    stats = http.get("stats()").json()
    assert (stats["books"], stats["authors"]) == (250, 25)
    assert http.get("hello(name='W%C3%B6rld')").json()["value"] == "Hello, Wörld!"
    assert http.get("hello()").json()["value"] == "Hello, world!"
    by_genre = values(http.get("booksByGenre(genre=2,minStock=400)"))
    assert by_genre and all(b["genre_ID"] == 2 and b["stock"] >= 400 for b in by_genre)
    top = values(http.get(f"Authors({AUTHOR_1})/CatalogService.topBooks(count=2)"))
    assert len(top) == 2 and top[0]["copiesSold"] >= top[1]["copiesSold"]
    # A function with its parameters as query options (parameter aliases).
    aliased = values(http.get("booksByGenre(genre=@g,minStock=@m)?@g=2&@m=400"))
    assert [b["ID"] for b in aliased] == [b["ID"] for b in by_genre]


# -- ETag and If-Match (Authors) -----------------------------------------------------------
def test_etag_if_match(writable: httpx.Client) -> None:
    read = writable.get(f"Authors({AUTHOR_3})")
    assert read.headers["etag"] == SEED_ETAG and read.json()["@odata.etag"] == SEED_ETAG
    change = {"placeOfBirth": "Porto"}
    missing = writable.patch(f"Authors({AUTHOR_3})", json=change)
    assert missing.status_code == 428  # Precondition Required: CAP insists on If-Match
    stale = writable.patch(
        f"Authors({AUTHOR_3})", json=change, headers={"If-Match": 'W/"x"'}
    )
    assert stale.status_code == 412
    done = writable.patch(
        f"Authors({AUTHOR_3})", json=change, headers={"If-Match": SEED_ETAG}
    )
    assert done.status_code == 200
    new_etag = done.headers["etag"]
    assert new_etag != SEED_ETAG and done.json()["@odata.etag"] == new_etag
    again = writable.patch(
        f"Authors({AUTHOR_3})", json=change, headers={"If-Match": SEED_ETAG}
    )
    assert again.status_code == 412
    assert (
        writable.patch(
            f"Authors({AUTHOR_3})", json=change, headers={"If-Match": "*"}
        ).status_code
        == 200
    )
    not_modified = writable.get(
        f"Authors({AUTHOR_1})", headers={"If-None-Match": SEED_ETAG}
    )
    assert not_modified.status_code == 304
    # Books has no ETag: a plain PATCH works.
    assert writable.patch(f"Books({BOOK_1})", json={"stock": 3}).status_code == 200


# -- CRUD and the media stream --------------------------------------------------------------
def test_crud_and_deep_insert(writable: httpx.Client) -> None:
    created = writable.post(
        "Books",
        json={
            "title": "New book",
            "author_ID": AUTHOR_1,
            "price": 12.5,
            "tags": ["a", "b"],
        },
    )
    assert created.status_code == 201, created.text
    book = created.json()
    assert (
        uuid.UUID(book["ID"]).version == 4
        and book["stock"] == 0
        and book["available"] is True
    )
    assert created.headers["location"] == f"Books({book['ID']})"
    assert (
        writable.patch(f"Books({book['ID']})", json={"stock": 7}).json()["stock"] == 7
    )
    assert writable.delete(f"Books({book['ID']})").status_code == 204
    assert writable.get(f"Books({book['ID']})").status_code == 404

    deep = writable.post(
        "Orders",
        json={
            "buyer": "Deep",
            "items": [
                {"pos": 1, "book_ID": BOOK_1, "quantity": 1},
                {"pos": 2, "quantity": 2},
            ],
        },
    )
    assert deep.status_code == 201, deep.text
    assert [i["pos"] for i in deep.json()["items"]] == [1, 2]
    genre = writable.post("Genres", json={"ID": 99, "name": "Essays"})
    assert genre.status_code == 201 and genre.headers["location"] == "Genres(99)"
    # A duplicate key is a 500 from CAP on SQLite (the database's constraint error).
    duplicate = writable.post("Genres", json={"ID": 99, "name": "Again"})
    assert duplicate.status_code == 500, duplicate.text
    assert duplicate.json()["error"]["code"] == "SQLITE_CONSTRAINT_PRIMARYKEY"


def test_media_stream(writable: httpx.Client) -> None:
    image = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    put = writable.put(
        f"Books({BOOK_2})/cover", content=image, headers={"Content-Type": "image/png"}
    )
    assert put.status_code == 204
    got = writable.get(f"Books({BOOK_2})/cover")
    assert got.status_code == 200 and got.content == image
    assert got.headers["content-type"] == "image/png"
    book = writable.get(f"Books({BOOK_2})").json()
    assert (
        book["coverType"] == "image/png"
        and book["cover@odata.mediaContentType"] == "image/png"
    )
    assert "cover" not in book  # a stream property is never inline
    assert writable.get(f"Books({BOOK_1})/cover").status_code == 204  # no content yet


def test_reset_restores_the_seed(cap: CapServer) -> None:
    with cap.client() as client:
        assert client.delete(f"Books({BOOK_1})").status_code == 204
        assert client.get("Books/$count").text == "249"
        cap.reset()
        assert client.get("Books/$count").text == "250"
        assert client.get(f"Books({BOOK_1})").status_code == 200
