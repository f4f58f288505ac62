"""End-to-end, phase 2: the GENERATED client against a real OData 4 server, SAP CAP
(tests/cap/). A package is generated from the running server's own $metadata and its
`Client` / `AsyncClient` do CRUD, typed queries, paging (our $top/$skip pages and
CAP's nextLinks), $batch, bound and unbound operations, media streams and ETags.

Every request the client sends is recorded through an httpx event hook, so tests
assert what went over the wire as well as what came back. One CAP server per xdist
worker (session fixture); tests that change data restore the seed afterwards
(`writable`), so every test starts from the seed rows whatever ran before it.
Skipped when tests/cap is not npm-installed (tests/cap/README.md).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import decimal
import importlib
import json
import sys
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from cap_server import CapServer, cap_server_fixture

from odatagen.generate import Settings, build
from tests.conftest import write_package

PACKAGE = "cap_catalog"
BOOK_1 = uuid.UUID("b0000000-0000-4000-8000-000000000001")
BOOK_2 = uuid.UUID("b0000000-0000-4000-8000-000000000002")
AUTHOR_1 = uuid.UUID("a0000000-0000-4000-8000-000000000001")
AUTHOR_3 = uuid.UUID("a0000000-0000-4000-8000-000000000003")
ORDER_1 = uuid.UUID("0d000000-0000-4000-8000-000000000001")
SEED_ETAG = 'W/"2024-01-01T00:00:00.000Z"'
UTC = dt.timezone.utc
D = decimal.Decimal

cap = cap_server_fixture(name="cap")


# -- fixtures -----------------------------------------------------------------------
@pytest.fixture(scope="session")
def pkg(cap: CapServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The package generated from the running server's $metadata, imported."""
    root = tmp_path_factory.mktemp("cap_client_pkg")
    files, _ = build(
        cap.metadata_path.read_bytes(), "cap.xml", Settings(package=PACKAGE)
    )
    write_package(files, root)
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture
def writable(cap: CapServer) -> Iterator[None]:
    """For a test that changes data: the seed is restored afterwards."""
    try:
        yield
    finally:
        cap.reset()


class Sent:
    """One recorded request."""

    def __init__(self, request: httpx.Request) -> None:
        self.method = request.method
        self.url = str(request.url)
        self.headers = request.headers
        try:
            content = request.content
        except httpx.RequestNotRead:  # a streamed upload
            content = b""
        self.content = content
        self.json: Any = json.loads(content) if content[:1] in (b"{", b"[") else None

    @property
    def path(self) -> str:
        """The path after the service root, decoded (`Books(…)/cover`)."""
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.url).path)
        return path.split("/odata/v4/catalog/", 1)[1]

    @property
    def query(self) -> dict[str, str]:
        return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.url).query))

    def __repr__(self) -> str:
        return f"<{self.method} {self.url}>"


class Recorder:
    def __init__(self) -> None:
        self.sent: list[Sent] = []

    def __call__(self, request: httpx.Request) -> None:
        self.sent.append(Sent(request))

    async def hook(self, request: httpx.Request) -> None:
        self.sent.append(Sent(request))

    def of(self, method: str) -> list[Sent]:
        return [s for s in self.sent if s.method == method]

    @property
    def last(self) -> Sent:
        return self.sent[-1]

    def clear(self) -> None:
        self.sent.clear()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(pkg: Any, cap: CapServer, recorder: Recorder) -> Iterator[Any]:
    http = httpx.Client(timeout=30, event_hooks={"request": [recorder]})
    with pkg.Client(cap.service_root, http=http) as c:
        yield c
    http.close()


def run_async(
    pkg: Any, cap: CapServer, recorder: Recorder, scenario: Callable[[Any], Any]
) -> None:
    """Runs `await scenario(async_client)` in a fresh event loop."""

    async def main() -> None:
        async with httpx.AsyncClient(
            timeout=30, event_hooks={"request": [recorder.hook]}
        ) as http:
            async with pkg.AsyncClient(cap.service_root, http=http) as c:
                await scenario(c)

    asyncio.run(main())


def rt(pkg: Any, module: str) -> Any:
    """A runtime module of the generated package (`cap_catalog._runtime.<module>`)."""
    return importlib.import_module(f"{pkg.__name__}._runtime.{module}")


def errors(pkg: Any) -> Any:
    return rt(pkg, "errors")


@pytest.fixture(scope="session")
def seed_books(pkg: Any, cap: CapServer) -> list[Any]:
    """All 250 seed books, read once (no test leaves its changes behind)."""
    with pkg.Client(cap.service_root) as c:
        books: list[Any] = c.books.query().all()
    assert len(books) == 250
    return books


def ids(rows: list[Any]) -> set[uuid.UUID]:
    return {row.id for row in rows}


# -- the client ---------------------------------------------------------------------
def test_standard_flavor_client_on_the_service_root(
    pkg: Any, client: Any, cap: CapServer, recorder: Recorder
) -> None:
    assert pkg.Client.__odata_flavor__ == "standard"
    assert client.dialect is rt(pkg, "query").STANDARD
    assert isinstance(client.books, pkg.entities.books.BooksSet)
    assert client.books.q is pkg.Books.q
    genre = client.genres.get(2)  # Int32 key
    assert isinstance(genre, pkg.Genres) and (genre.id, genre.name) == (2, "Poetry")
    assert recorder.last.url == cap.service_root + "Genres(2)"
    assert recorder.last.headers["Accept"] == "application/json"


def test_get_decodes_every_scalar_type(pkg: Any, client: Any) -> None:
    book = client.books.get(BOOK_2)
    assert isinstance(book, pkg.Books) and book.id == BOOK_2
    assert (book.title, book.price, book.stock) == ("River 2", D("76.76"), 216)
    assert book.copies_sold == 1956485043 and book.tags == ["silent", "orchard"]
    assert book.published == dt.date(1988, 6, 24)
    assert book.last_sold == dt.datetime(2021, 3, 11, 19, 57, 40, tzinfo=UTC)
    assert book.reading_time == dt.time(16, 54) and book.available is True
    assert book.created_at == dt.datetime(2024, 1, 1, tzinfo=UTC)
    assert isinstance(book.rating, float) and isinstance(book.pages, int)
    assert book.cover == rt(pkg, "model").StreamRef()  # annotations only, all null
    assert client.books.get(str(BOOK_2)) == book  # a str is accepted for a Guid key


def test_get_missing_raises_not_found(pkg: Any, client: Any) -> None:
    with pytest.raises(errors(pkg).NotFound) as caught:
        client.books.get(uuid.uuid4())
    assert caught.value.status == 404
    with pytest.raises(errors(pkg).NotFound):
        client.genres.get(999)


# -- create, update, delete ---------------------------------------------------------------
@pytest.mark.usefixtures("writable")
def test_create_returns_the_created_entity(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    created = client.books.create(
        title="Created",
        stock=5,
        price=D("12.50"),
        author_id=AUTHOR_1,
        genre_id=2,
        tags=["new", "odd"],
        published=dt.date(2020, 1, 2),
        last_sold=dt.datetime(2021, 1, 1, 12, 30, tzinfo=UTC),
        reading_time=dt.time(1, 2, 3),
        copies_sold=2**40,
        rating=4.5,
        condition="U",
        priority=3,
        descr=None,
    )
    post = recorder.last
    assert (post.method, post.path) == ("POST", "Books")
    assert post.json == {
        "title": "Created",
        "descr": None,
        "author_ID": str(AUTHOR_1),
        "genre_ID": 2,
        "stock": 5,
        "price": "12.50",
        "published": "2020-01-02",
        "lastSold": "2021-01-01T12:30:00Z",
        "copiesSold": 2**40,
        "rating": 4.5,
        "readingTime": "01:02:03",
        "condition": "U",
        "priority": 3,
        "tags": ["new", "odd"],
    }
    assert isinstance(created, pkg.Books) and isinstance(created.id, uuid.UUID)
    assert created.title == "Created" and created.price == D("12.50")
    assert created.created_at is not None and created.created_at.tzinfo is not None
    assert created.available is True  # the server's default came back
    again = client.books.get(created.id)
    assert (again.copies_sold, again.tags, again.reading_time) == (
        2**40,
        ["new", "odd"],
        dt.time(1, 2, 3),
    )
    assert again.last_sold == dt.datetime(2021, 1, 1, 12, 30, tzinfo=UTC)

    from_model = client.books.create(pkg.Books(title="From a model", stock=1))
    assert recorder.last.json == {"title": "From a model", "stock": 1}
    assert from_model.title == "From a model" and from_model.id != created.id
    assert client.books.query().count() == 252


@pytest.mark.usefixtures("writable")
def test_update_sends_only_what_changed(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    client.books.update(BOOK_1, stock=7, descr=None)
    patch = recorder.last
    assert (patch.method, patch.path) == ("PATCH", f"Books({BOOK_1})")
    assert patch.json == {"stock": 7, "descr": None}
    assert "If-Match" not in patch.headers  # Books has no ETag

    book = client.books.get(BOOK_1)
    assert (book.stock, book.descr) == (7, None)
    book.title = "Retitled"
    book.price = D("9.99")
    book.stock = 7  # the same value: not a change
    recorder.clear()
    client.books.update(book)
    assert [s.method for s in recorder.sent] == ["PATCH"]
    assert recorder.last.json == {"title": "Retitled", "price": "9.99"}
    recorder.clear()
    client.books.update(book)  # saved: nothing left to send
    assert recorder.sent == []
    client.books.update(book, rating=1.5)  # keywords on top of a model
    assert recorder.last.json == {"rating": 1.5}
    again = client.books.get(BOOK_1)
    assert (again.title, again.price, again.rating) == ("Retitled", D("9.99"), 1.5)

    with pytest.raises(TypeError, match="navigation"):  # lookups go by author_id
        client.batch().update(again, author=pkg.Authors(id=AUTHOR_1))


@pytest.mark.usefixtures("writable")
def test_delete_then_not_found(pkg: Any, client: Any, recorder: Recorder) -> None:
    book = client.books.create(title="Short-lived")
    client.books.delete(book.id)
    assert (recorder.last.method, recorder.last.path) == ("DELETE", f"Books({book.id})")
    with pytest.raises(errors(pkg).NotFound):
        client.books.get(book.id)
    with pytest.raises(errors(pkg).NotFound):
        client.books.delete(book.id)
    other = client.books.create(title="Deleted as a model")
    client.books.delete(other)
    assert client.books.filter(pkg.Books.q.title.startswith("Deleted")).all() == []


@pytest.mark.usefixtures("writable")
def test_int32_key_genres(pkg: Any, client: Any, recorder: Recorder) -> None:
    made = client.genres.create(id=99, name="Essays")
    assert recorder.last.json == {"ID": 99, "name": "Essays"}
    assert made == pkg.Genres(id=99, name="Essays")
    client.genres.update(99, name="Long essays")
    assert recorder.last.path == "Genres(99)" and recorder.last.json == {
        "name": "Long essays"
    }
    assert client.genres.get(99).name == "Long essays"
    client.genres.delete(99)
    with pytest.raises(errors(pkg).NotFound):
        client.genres.get(99)
    with pytest.raises(errors(pkg).ServerError):  # CAP: a duplicate key is a 500
        client.genres.create(id=1, name="Again")


@pytest.mark.usefixtures("writable")
def test_composite_key_order_items(pkg: Any, client: Any, recorder: Recorder) -> None:
    key = (ORDER_1, 1)
    item = client.order_items.get(key)
    assert recorder.last.path == f"OrderItems(parent_ID={ORDER_1},pos=1)"
    assert (item.parent_id, item.pos, item.quantity) == (ORDER_1, 1, 1)
    by_attributes = client.order_items.get({"parent_id": str(ORDER_1), "pos": 1})
    by_wire = client.order_items.get({"parent_ID": ORDER_1, "pos": 1})
    assert by_attributes == by_wire == item

    client.order_items.update(key, quantity=4)
    assert recorder.last.method == "PATCH" and recorder.last.json == {"quantity": 4}
    assert recorder.last.path == f"OrderItems(parent_ID={ORDER_1},pos=1)"
    item = client.order_items.get(key)
    item.amount = D("1.25")
    client.order_items.update(item)
    assert recorder.last.json == {"amount": "1.25"}  # never the key columns
    assert client.order_items.get(key).amount == D("1.25")

    added = client.order_items.create(
        parent_id=ORDER_1, pos=9, book_id=BOOK_2, quantity=2
    )
    assert (added.parent_id, added.pos) == (ORDER_1, 9)
    order = client.orders.get(ORDER_1, expand=[pkg.Orders.q.items])
    assert sorted(i.pos for i in order.items)[-1] == 9
    client.order_items.delete(added)
    with pytest.raises(errors(pkg).NotFound):
        client.order_items.get((ORDER_1, 9))
    with pytest.raises(ValueError):
        client.order_items.get(ORDER_1)  # half a key


# -- typed filters ------------------------------------------------------------------
def check(
    client: Any, seed: list[Any], where: Any, keep: Callable[[Any], bool]
) -> None:
    """The rows the server finds for `where` are those `keep` picks from the seed
    (some, and not all: a check that cannot fail proves nothing)."""
    found = client.books.filter(where).all()
    expected = {b.id for b in seed if keep(b)}
    assert 0 < len(expected) < len(seed), f"a vacuous check: {where!r}"
    assert ids(found) == expected, where


def test_filters_comparisons_and_logic(
    pkg: Any, client: Any, seed_books: list[Any], recorder: Recorder
) -> None:
    q = pkg.Books.q
    seed = seed_books
    check(client, seed, q.stock > 100, lambda b: b.stock > 100)
    check(client, seed, q.price <= D("20"), lambda b: b.price <= 20)
    check(client, seed, q.rating >= 4.5, lambda b: b.rating >= 4.5)
    check(client, seed, q.pages < 100, lambda b: b.pages < 100)
    check(client, seed, q.copies_sold > 3_000_000_000, lambda b: b.copies_sold > 3e9)
    check(client, seed, q.title != "River 2", lambda b: b.title != "River 2")
    check(client, seed, q.available == False, lambda b: not b.available)  # noqa: E712
    check(
        client,
        seed,
        (q.stock > 100) & (q.price < D("50")),
        lambda b: b.stock > 100 and b.price < 50,
    )
    assert recorder.last.query["$filter"] == "stock gt 100 and price lt 50"
    check(
        client,
        seed,
        (q.genre_id == 1) | (q.genre_id == 3) & (q.stock < 50),
        lambda b: b.genre_id == 1 or (b.genre_id == 3 and b.stock < 50),
    )
    check(client, seed, ~(q.stock < 50), lambda b: not b.stock < 50)
    assert recorder.last.query["$filter"] == "not (stock lt 50)"
    check(
        client,
        seed,
        ~((q.available == True) | (q.stock > 10)),  # noqa: E712
        lambda b: not (b.available or b.stock > 10),
    )
    check(client, seed, q.genre_id.in_([1, 2, 5]), lambda b: b.genre_id in (1, 2, 5))
    assert recorder.last.query["$filter"] == "genre_ID in (1,2,5)"  # native `in`
    check(client, seed, q.id.in_([BOOK_1, BOOK_2]), lambda b: b.id in (BOOK_1, BOOK_2))
    check(client, seed, q.last_sold.is_(None), lambda b: b.last_sold is None)
    assert recorder.last.query["$filter"] == "lastSold eq null"
    check(client, seed, q.priority.is_not(None), lambda b: b.priority is not None)
    check(client, seed, q.condition == "D", lambda b: b.condition == "D")
    check(client, seed, q.author_id == AUTHOR_1, lambda b: b.author_id == AUTHOR_1)
    assert recorder.last.query["$filter"] == f"author/ID eq {AUTHOR_1}"
    authors = {a.id: a.name for a in client.authors.query().all()}
    name = authors[AUTHOR_3]
    check(client, seed, q.author.name == name, lambda b: authors[b.author_id] == name)
    assert recorder.last.query["$filter"] == f"author/name eq '{name}'"
    check(client, seed, q.genre.name == "Poetry", lambda b: b.genre_id == 2)


def test_filters_string_and_date_functions(
    pkg: Any, client: Any, seed_books: list[Any], recorder: Recorder
) -> None:
    q = pkg.Books.q
    seed = seed_books
    check(
        client, seed, q.title.startswith("River"), lambda b: b.title.startswith("River")
    )
    check(client, seed, q.title.endswith(" 2"), lambda b: b.title.endswith(" 2"))
    check(client, seed, q.title.contains("iver 1"), lambda b: "iver 1" in b.title)
    check(client, seed, q.title.tolower() == "river 2", lambda b: b.title == "River 2")
    check(client, seed, q.title.toupper() == "RIVER 2", lambda b: b.title == "River 2")
    check(client, seed, q.title.trim() == "River 2", lambda b: b.title == "River 2")
    check(client, seed, q.title.length() == 7, lambda b: len(b.title) == 7)
    check(client, seed, q.title > "Q", lambda b: b.title > "Q")
    check(
        client,
        seed,
        q.published.year() == 1988,
        lambda b: b.published is not None and b.published.year == 1988,
    )
    check(
        client,
        seed,
        (q.published.month() == 6) & (q.published.day() > 15),
        lambda b: b.published is not None
        and b.published.month == 6
        and b.published.day > 15,
    )
    check(
        client,
        seed,
        q.published >= dt.date(2000, 1, 1),
        lambda b: b.published is not None and b.published >= dt.date(2000, 1, 1),
    )
    since = dt.datetime(2021, 1, 1, tzinfo=UTC)
    check(
        client,
        seed,
        q.last_sold > since,
        lambda b: b.last_sold is not None and b.last_sold > since,
    )
    assert recorder.last.query["$filter"] == "lastSold gt 2021-01-01T00:00:00Z"
    check(
        client,
        seed,
        q.last_sold.date() == dt.date(2021, 3, 11),
        lambda b: b.last_sold is not None
        and b.last_sold.date() == dt.date(2021, 3, 11),
    )
    check(
        client,
        seed,
        q.last_sold.time() < dt.time(12, 0),
        lambda b: b.last_sold is not None and b.last_sold.time() < dt.time(12, 0),
    )
    check(
        client,
        seed,
        (q.last_sold.hour() == 19) | (q.last_sold.minute() == 57),
        lambda b: b.last_sold is not None
        and (b.last_sold.hour == 19 or b.last_sold.minute == 57),
    )
    check(
        client,
        seed,
        q.reading_time < dt.time(12, 0),
        lambda b: b.reading_time is not None and b.reading_time < dt.time(12, 0),
    )
    check(
        client,
        seed,
        q.reading_time.hour() == 16,
        lambda b: b.reading_time is not None and b.reading_time.hour == 16,
    )


def test_arithmetic_in_filters_is_refused_by_cap(pkg: Any, client: Any) -> None:
    """CAP 9's URL parser knows no add/sub/mul/div/mod: a 400, raised as such."""
    q = pkg.Books.q
    for where in (q.price * 2 > D("150"), q.stock + 10 > 200, q.stock % 2 == 0):
        with pytest.raises(errors(pkg).ValidationError) as caught:
            client.books.filter(where).first()
        assert caught.value.status == 400 and "Parsing URL failed" in str(caught.value)


# -- select, expand, order, top, skip, count, first ---------------------------------------
def test_select_loads_only_the_selected_fields(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    q = pkg.Books.q
    not_loaded = rt(pkg, "model").FieldNotLoaded
    rows = client.books.select(q.title, q.price).top(3).all()
    assert recorder.last.query["$select"] == "title,price,ID"  # the key too
    assert len(rows) == 3
    for row in rows:
        assert row.loaded_fields() == ("id", "title", "price")
        with pytest.raises(not_loaded, match="stock"):
            row.stock
    one = client.books.get(BOOK_2, select=[q.title])
    assert one.loaded_fields() == ("id", "title") and one.title == "River 2"
    with pytest.raises(not_loaded):
        one.author
    with_nav = client.books.get(BOOK_2, select=[q.title, q.author.name])
    assert recorder.last.query == {
        "$select": "title,ID",
        "$expand": "author($select=name)",
    }
    assert with_nav.author.name == "Clara Schumann 2"
    with pytest.raises(not_loaded):
        with_nav.author.born


def test_expand_to_one_and_to_many(
    pkg: Any, client: Any, seed_books: list[Any], recorder: Recorder
) -> None:
    q, a = pkg.Books.q, pkg.Authors.q
    book = client.books.get(BOOK_2, expand=[q.author, q.genre])
    assert recorder.last.query["$expand"] == "author,genre"
    assert isinstance(book.author, pkg.Authors) and book.author.id == book.author_id
    assert isinstance(book.genre, pkg.Genres) and book.genre.name == "Poetry"
    rows = client.books.expand(q.author, select=[q.author.name]).top(5).all()
    assert all(isinstance(r.author, pkg.Authors) for r in rows)
    assert all(r.author.loaded_fields() == ("id", "name") for r in rows)

    authors = (
        client.authors.query()
        .expand(a.books, filter=a.books.stock > 100, order_by=a.books.title, top=2)
        .order_by(a.name)
        .all()
    )
    assert recorder.last.query["$expand"] == (
        "books($filter=stock gt 100;$orderby=title;$top=2)"
    )
    assert len(authors) == 25
    for author in authors:
        expected = sorted(
            (b.title for b in seed_books if b.author_id == author.id and b.stock > 100)
        )[:2]
        assert [b.title for b in author.books] == expected
        assert all(isinstance(b, pkg.Books) for b in author.books)
    with_select = client.authors.get(
        AUTHOR_1, expand=[a.books], select=[a.name, a.books.title]
    )
    assert all(
        b.loaded_fields() in (("title",), ("id", "title")) for b in with_select.books
    )


def test_order_top_skip_count_first(
    pkg: Any, client: Any, seed_books: list[Any], recorder: Recorder
) -> None:
    q = pkg.Books.q
    ordered = sorted(seed_books, key=lambda b: (-b.price, b.title, str(b.id)))
    page = client.books.order_by(q.price.desc(), q.title).skip(5).top(10).all()
    assert [b.id for b in page] == [b.id for b in ordered[5:15]]
    assert recorder.last.query == {
        "$orderby": "price desc,title,ID",
        "$top": "10",
        "$skip": "5",
    }
    cheap = client.books.filter(q.stock > 100)
    assert cheap.count() == sum(1 for b in seed_books if b.stock > 100)
    assert recorder.last.path == "Books/$count"
    assert client.books.query().count() == 250
    first = client.books.order_by(q.title.desc()).first()
    assert first is not None and first.id == max(seed_books, key=lambda b: b.title).id
    assert recorder.last.query["$top"] == "1"
    assert client.books.filter(q.title == "no such title").first() is None
    assert client.books.top(0).all() == []


# -- paging -------------------------------------------------------------------------
def test_paging_with_our_own_page_size(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    rows = client.books.query().page_size(60).all()
    assert len(ids(rows)) == 250
    gets = recorder.of("GET")
    assert [(s.query["$top"], s.query["$skip"]) for s in gets] == [
        ("60", "0"),
        ("60", "60"),
        ("60", "120"),
        ("60", "180"),
        ("60", "240"),
    ]
    assert all(s.query["$orderby"] == "ID" for s in gets)  # a stable order
    recorder.clear()
    assert len(list(client.books)) == 250  # the client's 5,000 a page: one request
    assert len(recorder.sent) == 1
    with pkg.Client(client.session.site_url, page_size=100) as small:
        pages = [len(p) for p in small.books.query().pages()]
    assert pages == [100, 100, 50]


def test_paging_follows_cap_next_links(
    pkg: Any, client: Any, seed_books: list[Any], recorder: Recorder
) -> None:
    """PagedBooks: CAP's hard limit of 100 a page; asking for more gets 100 rows and a
    relative nextLink with a base64 $skiptoken, which the client follows."""
    rows = client.paged_books.query().all()
    assert ids(rows) == ids(seed_books) and len(rows) == 250
    gets = recorder.of("GET")
    assert len(gets) == 3
    assert gets[0].query["$top"] == "5000" and "$skiptoken" not in gets[0].query
    assert all("$skiptoken" in s.query for s in gets[1:])
    assert all(s.path == "PagedBooks" for s in gets)
    q = pkg.PagedBooks.q
    recorder.clear()
    assert [len(p) for p in client.paged_books.query().pages()] == [100, 100, 50]
    assert len(client.paged_books.query().top(150).all()) == 150
    window = client.paged_books.order_by(q.title).skip(120).top(110).all()
    expected = sorted(seed_books, key=lambda b: (b.title, str(b.id)))[120:230]
    assert [b.id for b in window] == [b.id for b in expected]
    recorder.clear()
    sixty = client.paged_books.query().page_size(60).all()  # under CAP's limit
    assert len(sixty) == 250 and len(recorder.sent) == 5
    assert not any("$skiptoken" in s.query for s in recorder.sent)
    filtered = client.paged_books.filter(q.stock > 10).all()
    assert ids(filtered) == {b.id for b in seed_books if b.stock > 10}


# -- $batch -------------------------------------------------------------------------
@pytest.mark.usefixtures("writable")
def test_batch_creates_updates_deletes_and_reads(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    q = pkg.Books.q
    book = client.books.get(BOOK_2)
    book.stock = 1
    author = client.authors.get(AUTHOR_1)  # an ETag: If-Match goes into the batch
    author.name = "Batch Author"
    client.genres.create(id=77, name="Doomed")
    recorder.clear()
    with client.batch() as batch:
        created = batch.create(pkg.Books(title="Batch 1", stock=1))
        genre = batch.create(pkg.Genres(id=78, name="Batch genre"))
        changed = batch.update(book)
        renamed = batch.update(author)
        priced = batch.update(pkg.Books(id=BOOK_1), price=D("1.23"))
        nothing = batch.update(client.books.get(BOOK_1))  # no changes: not sent
        got = batch.get(pkg.Books, BOOK_2, select=[q.stock])
        removed = batch.delete(pkg.Genres, 77)
    posts = recorder.of("POST")
    assert len(posts) == 1 and posts[0].path == "$batch"
    requests = posts[0].json["requests"]
    assert [r["url"] for r in requests] == [
        "Books",
        "Genres",
        f"Books({BOOK_2})",
        f"Authors({AUTHOR_1})",
        f"Books({BOOK_1})",
        f"Books({BOOK_2})?$select=stock,ID",
        "Genres(77)",
    ]
    assert requests[3]["headers"] == {
        "if-match": SEED_ETAG,
        "content-type": "application/json",
    }
    assert requests[2]["body"] == {"stock": 1}
    assert all(item.ok for item in (created, genre, changed, renamed, priced, got))
    assert removed.ok and nothing.ok and nothing.result() is None
    assert [created.status, changed.status, removed.status] == [201, 200, 204]
    new_book = created.result()
    assert isinstance(new_book, pkg.Books) and new_book.title == "Batch 1"
    assert genre.result() == pkg.Genres(id=78, name="Batch genre")
    assert got.result().stock == 1
    assert client.books.get(new_book.id).title == "Batch 1"
    assert client.books.get(BOOK_1).price == D("1.23")
    assert client.authors.get(AUTHOR_1).name == "Batch Author"
    with pytest.raises(errors(pkg).NotFound):
        client.genres.get(77)
    author.place_of_birth = "Riga"  # the batch kept the new ETag too
    client.authors.update(author)
    assert client.authors.get(AUTHOR_1).place_of_birth == "Riga"


@pytest.mark.usefixtures("writable")
def test_batch_errors_with_continue_on_error(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    stale = client.authors.get(AUTHOR_3)
    client.authors.update(client.authors.get(AUTHOR_3), name="Moved on")
    stale.name = "Too late"
    with client.batch(continue_on_error=True) as batch:
        first = batch.create(pkg.Genres(id=80, name="Eighty"))
        duplicate = batch.create(pkg.Genres(id=1, name="Duplicate"))
        missing = batch.get(pkg.Books, uuid.uuid4())
        conflict = batch.update(stale)
        last = batch.update(pkg.Genres(id=80), name="Eighty!")
    assert recorder.last.headers["Prefer"] == "continue-on-error"
    assert first.ok and last.ok and last.status == 200
    assert not duplicate.ok and duplicate.status == 500
    with pytest.raises(errors(pkg).ServerError):
        duplicate.result()
    assert missing.status == 404 and isinstance(missing.error, errors(pkg).NotFound)
    assert conflict.status == 412
    with pytest.raises(errors(pkg).PreconditionFailed):
        conflict.result()
    assert client.genres.get(80).name == "Eighty!"
    assert client.authors.get(AUTHOR_3).name == "Moved on"


@pytest.mark.usefixtures("writable")
def test_batch_atomicity_group_rolls_back(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    with client.batch(continue_on_error=True) as batch:
        before = batch.create(pkg.Genres(id=90, name="Before"))
        with batch.atomic():
            inserted = batch.create(pkg.Genres(id=91, name="Rolled back"))
            renamed = batch.update(pkg.Genres(id=2), name="Rolled back too")
            failing = batch.create(pkg.Genres(id=1, name="Duplicate"))
        after = batch.create(pkg.Genres(id=92, name="After"))
    requests = recorder.last.json["requests"]
    assert [r.get("atomicityGroup") for r in requests] == [None, "g1", "g1", "g1", None]
    assert before.ok and after.ok
    assert failing.status == 500 and isinstance(failing.error, errors(pkg).ServerError)
    for item in (inserted, renamed):  # CAP reports 201/200, but they were undone
        assert not item.ok and item.status in (200, 201)
        with pytest.raises(errors(pkg).ODataError, match="rolled back"):
            item.result()
    assert {g.id for g in client.genres.query().all()} == {*range(1, 9), 90, 92}
    assert client.genres.get(2).name == "Poetry"


# -- operations ---------------------------------------------------------------------
@pytest.mark.usefixtures("writable")
def test_unbound_actions_and_functions(
    pkg: Any, client: Any, seed_books: list[Any], recorder: Recorder
) -> None:
    stats = client.stats()
    assert isinstance(stats, pkg.Stats)
    assert (stats.books, stats.authors) == (250, 25)
    assert stats.stock == sum(b.stock for b in seed_books)
    assert isinstance(stats.avg_price, D)
    assert recorder.last.path == "stats()"

    assert client.hello(name="Ann & Bob+1") == "Hello, Ann & Bob+1!"
    assert recorder.last.query == {"@name": "'Ann & Bob+1'"}
    assert client.hello(name=None) == "Hello, world!"

    poetry = client.books_by_genre(genre=2, min_stock=100)
    assert recorder.last.path == "booksByGenre(genre=@genre,minStock=@minStock)"
    assert all(isinstance(b, pkg.Books) for b in poetry)
    expected = sorted(
        (b for b in seed_books if b.genre_id == 2 and b.stock >= 100),
        key=lambda b: (b.title, str(b.id)),
    )
    assert [b.id for b in poetry] == [b.id for b in expected]
    assert len(client.books_by_genre(genre=2, min_stock=None)) == sum(
        1 for b in seed_books if b.genre_id == 2
    )

    book_2 = next(b for b in seed_books if b.id == BOOK_2)
    order = client.submit_order(book=BOOK_2, quantity=3, buyer="Ann")
    assert recorder.last.method == "POST" and recorder.last.path == "submitOrder"
    assert recorder.last.json == {"book": str(BOOK_2), "quantity": 3, "buyer": "Ann"}
    assert order.stock == book_2.stock - 3 and isinstance(order.order_id, uuid.UUID)
    placed = client.orders.get(order.order_id, expand=[pkg.Orders.q.items])
    assert placed.buyer == "Ann" and [i.quantity for i in placed.items] == [3]
    assert client.books.get(BOOK_2).stock == book_2.stock - 3
    with pytest.raises(errors(pkg).Conflict, match="in stock"):
        client.submit_order(book=BOOK_2, quantity=10_000, buyer=None)
    with pytest.raises(errors(pkg).NotFound):
        client.submit_order(book=uuid.uuid4(), quantity=1, buyer=None)


@pytest.mark.usefixtures("writable")
def test_bound_actions_and_functions(
    pkg: Any, client: Any, seed_books: list[Any], recorder: Recorder
) -> None:
    book_1 = next(b for b in seed_books if b.id == BOOK_1)
    restocked = client.books.add_stock(BOOK_1, amount=5)
    assert recorder.last.method == "POST"
    assert recorder.last.path == f"Books({BOOK_1})/CatalogService.addStock"
    assert recorder.last.json == {"amount": 5}
    assert isinstance(restocked, pkg.Books) and restocked.stock == book_1.stock + 5

    taxed = client.books.price_with_tax(BOOK_1, rate=D("19"))
    assert recorder.last.query == {"@rate": "19"}
    assert isinstance(taxed, D)
    assert taxed == (book_1.price * D("1.19")).quantize(D("0.01"))

    top = client.authors.top_books(AUTHOR_1, count=2)
    assert (
        recorder.last.path
        == f"Authors({AUTHOR_1})/CatalogService.topBooks(count=@count)"
    )
    mine = sorted(
        (b for b in seed_books if b.author_id == AUTHOR_1),
        key=lambda b: (-b.copies_sold, str(b.id)),
    )
    assert [b.id for b in top] == [b.id for b in mine[:2]]
    assert all(isinstance(b, pkg.Books) for b in top)
    assert len(client.authors.top_books(AUTHOR_1, count=None)) == 3  # CAP's default
    with pytest.raises(errors(pkg).NotFound):
        client.books.add_stock(uuid.uuid4(), amount=1)


@pytest.mark.usefixtures("writable")
def test_bound_action_on_an_entity_with_an_etag(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    """CAP wants If-Match for a bound action too: a loaded model sends its ETag."""
    author = client.authors.get(AUTHOR_1)
    renamed = client.authors.rename(author, name="Renamed")
    assert recorder.last.headers["If-Match"] == SEED_ETAG
    assert isinstance(renamed, pkg.Authors) and renamed.name == "Renamed"
    with pytest.raises(errors(pkg).PreconditionFailed):
        client.authors.rename(author, name="Stale")  # its ETag is the old one
    with pytest.raises(errors(pkg).PreconditionFailed) as caught:
        client.authors.rename(AUTHOR_1, name="Bare key")
    assert caught.value.status == 428  # Precondition Required
    assert client.authors.rename(renamed, name="Again").name == "Again"


# -- streams ------------------------------------------------------------------------
@pytest.mark.usefixtures("writable")
def test_media_stream_upload_download_delete(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    assert client.books.download(BOOK_1, "cover") == b""  # none yet: 204
    assert recorder.last.headers["Accept"] == "*/*"
    client.books.upload(BOOK_1, "cover", png, "image/png")
    put = recorder.last
    assert (put.method, put.path) == ("PUT", f"Books({BOOK_1})/cover")
    assert put.headers["Content-Type"] == "image/png" and put.content == png
    assert client.books.download(BOOK_1, "cover") == png
    assert b"".join(client.books.iter_download(BOOK_1, "cover", chunk_size=1000)) == png
    book = client.books.get(BOOK_1)
    assert book.cover == rt(pkg, "model").StreamRef(media_content_type="image/png")
    assert book.cover_type == "image/png"
    assert "cover" not in book.to_odata()  # streams are never written inline
    book.title = "With a cover"
    client.books.update(book)
    assert recorder.last.json == {"title": "With a cover"}

    client.books.upload(BOOK_1, "cover", [b"GIF89a", b"-chunked"], "image/gif")
    assert client.books.download(BOOK_1, "cover") == b"GIF89a-chunked"
    client.books.delete_stream(BOOK_1, "cover")
    assert recorder.last.method == "DELETE" and recorder.last.path.endswith("/cover")
    assert client.books.download(BOOK_1, "cover") == b""


# -- ETags --------------------------------------------------------------------------
@pytest.mark.usefixtures("writable")
def test_etag_if_match_on_update_and_delete(
    pkg: Any, client: Any, recorder: Recorder
) -> None:
    author = client.authors.get(AUTHOR_1)
    etag = rt(pkg, "model").etag
    assert etag(author) == SEED_ETAG
    author.name = "Updated once"
    client.authors.update(author)
    assert recorder.last.headers["If-Match"] == SEED_ETAG
    assert recorder.last.json == {"name": "Updated once"}
    assert etag(author) not in (None, SEED_ETAG)  # the new one, from the answer
    second = etag(author)
    author.place_of_birth = "Vienna"
    client.authors.update(author)  # again with the same object
    assert recorder.last.headers["If-Match"] == second
    fresh = client.authors.get(AUTHOR_1)
    assert (fresh.name, fresh.place_of_birth) == ("Updated once", "Vienna")
    assert etag(fresh) == etag(author)

    in_a_query = client.authors.filter(pkg.Authors.q.id == AUTHOR_1).first()
    assert etag(in_a_query) == etag(fresh)  # collection rows carry it too
    client.authors.update(in_a_query, born=dt.date(1900, 1, 1))
    with pytest.raises(errors(pkg).PreconditionFailed) as caught:
        client.authors.update(fresh, died=dt.date(1999, 1, 1))  # stale now
    assert caught.value.status == 412
    with pytest.raises(errors(pkg).PreconditionFailed):
        client.authors.delete(fresh)
    with pytest.raises(errors(pkg).PreconditionFailed) as required:
        client.authors.update(AUTHOR_1, name="No If-Match")  # a bare key
    assert required.value.status == 428
    client.authors.delete(in_a_query)
    assert recorder.last.headers["If-Match"] == etag(in_a_query)
    with pytest.raises(errors(pkg).NotFound):
        client.authors.get(AUTHOR_1)

    created = client.authors.create(name="Fresh author")
    assert etag(created) is not None  # from the 201 answer
    client.authors.delete(created)


# -- async ----------------------------------------------------------------------------
@pytest.mark.usefixtures("writable")
def test_async_crud(pkg: Any, cap: CapServer, recorder: Recorder) -> None:
    async def scenario(c: Any) -> None:
        created = await c.books.create(title="Async", stock=3, price=D("4.50"))
        assert isinstance(created, pkg.Books) and created.stock == 3
        await c.books.update(created.id, stock=4)
        assert recorder.last.json == {"stock": 4}
        got = await c.books.get(created.id)
        got.title = "Async 2"
        await c.books.update(got)
        assert recorder.last.json == {"title": "Async 2"}
        assert (await c.books.get(created.id)).title == "Async 2"
        await c.books.delete(got)
        with pytest.raises(errors(pkg).NotFound):
            await c.books.get(created.id)

        item = await c.order_items.get((ORDER_1, 2))
        item.quantity = 11
        await c.order_items.update(item)
        assert recorder.last.path == f"OrderItems(parent_ID={ORDER_1},pos=2)"
        assert (await c.order_items.get((ORDER_1, 2))).quantity == 11
        await c.genres.create(id=50, name="Async genre")
        await c.genres.update(50, name="Async genre 2")
        assert (await c.genres.get(50)).name == "Async genre 2"

        author = await c.authors.get(AUTHOR_1)
        author.name = "Async author"
        await c.authors.update(author)
        author.name = "Async author 2"
        await c.authors.update(author)  # the new ETag was kept
        stale = await c.authors.get(AUTHOR_3)
        await c.authors.update(await c.authors.get(AUTHOR_3), name="x")
        with pytest.raises(errors(pkg).PreconditionFailed):
            await c.authors.delete(stale)
        await c.authors.delete(author)

    run_async(pkg, cap, recorder, scenario)


def test_async_queries_and_paging(
    pkg: Any, cap: CapServer, recorder: Recorder, seed_books: list[Any]
) -> None:
    q, a, p = pkg.Books.q, pkg.Authors.q, pkg.PagedBooks.q

    async def scenario(c: Any) -> None:
        found = await c.books.filter(q.genre_id.in_([1, 2]) & ~(q.stock < 50)).all()
        assert ids(found) == {
            b.id for b in seed_books if b.genre_id in (1, 2) and b.stock >= 50
        }
        assert await c.books.filter(q.title.startswith("River")).count() == sum(
            1 for b in seed_books if b.title.startswith("River")
        )
        first = await c.books.order_by(q.price, q.title).select(q.price).first()
        assert first.loaded_fields() == ("id", "price")
        assert first.price == min(b.price for b in seed_books)
        with pytest.raises(rt(pkg, "model").FieldNotLoaded):
            first.title
        author = await c.authors.get(AUTHOR_1, expand=[a.books])
        assert {b.id for b in author.books} == {
            b.id for b in seed_books if b.author_id == AUTHOR_1
        }
        recorder.clear()
        streamed = [b async for b in c.paged_books.query()]  # CAP's nextLinks
        assert len(ids(streamed)) == 250 and len(recorder.sent) == 3
        sizes = [len(page) async for page in c.books.query().page_size(100).pages()]
        assert sizes == [100, 100, 50]
        rows = [b async for b in c.paged_books.filter(p.stock > 10).page_size(70)]
        assert ids(rows) == {b.id for b in seed_books if b.stock > 10}
        assert len([b async for b in c.genres]) == 8

    run_async(pkg, cap, recorder, scenario)


@pytest.mark.usefixtures("writable")
def test_async_batch(pkg: Any, cap: CapServer, recorder: Recorder) -> None:
    async def scenario(c: Any) -> None:
        author = await c.authors.get(AUTHOR_1)
        author.name = "Async batch"
        async with c.batch(continue_on_error=True) as batch:
            created = batch.create(pkg.Genres(id=60, name="Sixty"))
            updated = batch.update(author)
            missing = batch.get(pkg.Books, uuid.uuid4())
            with batch.atomic():
                undone = batch.create(pkg.Genres(id=61, name="Undone"))
                failing = batch.create(pkg.Genres(id=1, name="Duplicate"))
        assert created.ok and updated.ok and created.result().name == "Sixty"
        assert missing.status == 404 and not missing.ok
        assert not undone.ok and failing.status == 500
        assert {g.id for g in await c.genres.query().all()} == {*range(1, 9), 60}
        assert (await c.authors.get(AUTHOR_1)).name == "Async batch"

        batch = c.batch()
        removed = batch.delete(pkg.Genres, 60)
        await batch.send()
        assert removed.ok and removed.status == 204

    run_async(pkg, cap, recorder, scenario)


@pytest.mark.usefixtures("writable")
def test_async_operations_and_streams(
    pkg: Any, cap: CapServer, recorder: Recorder, seed_books: list[Any]
) -> None:
    async def scenario(c: Any) -> None:
        stats = await c.stats()
        assert isinstance(stats, pkg.Stats) and stats.books == 250
        assert await c.hello(name="async") == "Hello, async!"
        genre_3 = await c.books_by_genre(genre=3, min_stock=None)
        assert {b.id for b in genre_3} == {b.id for b in seed_books if b.genre_id == 3}
        order = await c.submit_order(book=BOOK_1, quantity=1, buyer=None)
        assert isinstance(order.order_id, uuid.UUID)
        assert (await c.orders.get(order.order_id)).buyer == "anonymous"
        book = await c.books.add_stock(BOOK_2, amount=1)
        assert isinstance(book, pkg.Books) and book.id == BOOK_2
        assert isinstance(await c.books.price_with_tax(BOOK_2, rate=D("0")), D)
        assert len(await c.authors.top_books(AUTHOR_1, count=1)) == 1
        author = await c.authors.get(AUTHOR_1)
        assert (await c.authors.rename(author, name="Async")).name == "Async"

        await c.books.upload(BOOK_2, "cover", b"async bytes", "text/plain")
        assert await c.books.download(BOOK_2, "cover") == b"async bytes"
        chunks = [x async for x in c.books.iter_download(BOOK_2, "cover", chunk_size=4)]
        assert b"".join(chunks) == b"async bytes"
        assert (await c.books.get(BOOK_2)).cover.media_content_type == "text/plain"
        await c.books.upload(BOOK_2, "cover", [b"a", b"b"], "text/plain")
        assert await c.books.download(BOOK_2, "cover") == b"ab"
        await c.books.delete_stream(BOOK_2, "cover")
        assert await c.books.download(BOOK_2, "cover") == b""

    run_async(pkg, cap, recorder, scenario)
