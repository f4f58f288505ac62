"""Entity sets: read, create, update and delete entities, typed queries, delta reads,
streams and bound operations. ``EntitySet`` / ``EntityQuery`` / ``Delta`` send with a
``Session``; ``AsyncEntitySet`` / ``AsyncEntityQuery`` / ``AsyncDelta`` are the same
with ``await``.

Each generated entity module subclasses the two sets with typed ``create``/``update``
methods that pass their ``locals()`` to ``_create``/``_update``::

    class ContactSet(_c.EntitySet[Contact, ContactFields]):
        def create(self, entity: Contact | None = None, /, *, name: str = _m.UNSET, ...) -> Contact:
            return self._create(locals())

Choices, and why:

* **Sans-IO.** Every operation is built as a ``wire.Call`` by the shared base class
  ``_SetBase`` (queries: ``queries.py`` with the paging state machines of
  ``paging.py``); the sync and async classes differ only in the line that sends it.
* **Writes** send what was asked for and nothing else: ``update`` sends the keyword
  arguments given, plus, for a model, only the fields that changed since it was read
  (``model.changes``), with its ETag as ``If-Match``; afterwards the model counts as
  saved. An update with nothing to send sends no request. ``create`` returns the entity
  from the 201 answer (``Prefer: return=minimal`` servers: what was sent).
* **Queries** (``queries.py``) are immutable and lazy; ``EntitySet`` forwards
  ``filter``/``select``/``expand``/``order_by``/``top`` to a fresh ``query()``, and
  iterating a set reads all its rows, page by page.
* **Streams** are addressed as the property path ``Set(key)/Data`` (Creatio: no
  ``/$value``); ``iter_download`` streams the body in chunks without holding it (the
  request is sent when iteration starts) with ``Accept: */*``. Uploads send no
  ``If-Match``: an entity's ETag is not its stream's.
* **Bound actions** called with a model that carries an ETag send it as
  ``If-Match`` (an action changes the entity; SAP CAP answers 428 without it).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from .fields import Fields
from .model import Entity

# The query and wire layers are imported on first use: importing a generated entity
# module (which subclasses these sets) must stay cheap.
if TYPE_CHECKING:
    from .client import AsyncClient, Client, ClientBase
    from .filters import Filter
    from .queries import (
        AsyncDelta,
        AsyncEntityQuery,
        Delta,
        EntityQuery,
        Orderable,
        Selectable,
    )
    from .wire import Call, Param, Returns

__all__ = ["AsyncEntitySet", "EntitySet", "NO_KEY"]

M = TypeVar("M", bound=Entity)
F = TypeVar("F", bound=Fields)
T = TypeVar("T")


class _NoKey:
    def __repr__(self) -> str:
        return "NO_KEY"


NO_KEY: Any = _NoKey()  # `_invoke` without a key: bound to the collection


class _SetBase(Generic[M, F]):
    """The calls of an entity set (no I/O)."""

    def __init__(self, client: ClientBase, name: str, model: type[M]) -> None:
        self.client = client
        self.name = name
        self.model = model

    @property
    def q(self) -> F:
        """The model's fields (``Contact.q``), for filters, selects and orders."""
        return cast(F, getattr(self.model, "q"))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"

    def _get_call(
        self, key: Any, select: Iterable[Selectable], expand: Iterable[Fields]
    ) -> Call[M]:
        from .wire import read_call

        return read_call(
            self.name, self.model, key, select, expand, self.client.dialect
        )

    def _create_call(self, values: dict[str, Any]) -> Call[M]:
        from .wire import create_entity_call, split_locals

        entity, given = split_locals(self.model, values)
        creatio = self.client._creatio
        return create_entity_call(self.name, self.model, entity, given, creatio)

    def _update_call(self, key: Any, values: dict[str, Any]) -> Call[None] | None:
        from .wire import split_locals, update_entity_call

        _, given = split_locals(self.model, values)
        creatio = self.client._creatio
        return update_entity_call(self.name, self.model, key, given, creatio)

    def _delete_call(self, key: Any) -> Call[None]:
        from .wire import delete_call

        return delete_call(self.name, self.model, key)

    def _stream_url(self, key: Any, stream: str) -> str:
        from .wire import entity_url, stream_wire

        wire = stream_wire(self.model, stream)
        return f"{entity_url(self.name, self.model, key)}/{wire}"

    def _download_call(self, key: Any, stream: str) -> Call[bytes]:
        from .wire import Call

        url = self._stream_url(key, stream)
        return Call("GET", url, _content, headers=ANY_CONTENT)

    def _upload_call(
        self, key: Any, stream: str, data: bytes | Iterable[bytes], content_type: str
    ) -> Call[None]:
        from .wire import Call, nothing

        headers = {
            "Content-Type": content_type
        }  # the entity's ETag is not the stream's
        url = self._stream_url(key, stream)
        return Call("PUT", url, nothing, content=data, headers=headers)

    def _delete_stream_call(self, key: Any, stream: str) -> Call[None]:
        from .wire import Call, nothing

        return Call("DELETE", self._stream_url(key, stream), nothing)

    def _invoke_call(
        self,
        operation: str,
        action: bool,
        key: Any,
        params: Sequence[Param],
        returns: Returns | None,
    ) -> Call[Any]:
        from .wire import entity_url, if_match, operation_call

        where = self.name if key is NO_KEY else entity_url(self.name, self.model, key)
        path = f"{where}/{operation}"
        call = operation_call(path, action=action, params=params, returns=returns)
        tag = if_match(key) if action and key is not NO_KEY else {}
        return call._replace(headers={**call.headers, **tag}) if tag else call


# A stream is whatever media type it was stored with: the session's default
# `Accept: application/json` would be refused (SAP CAP answers 406).
ANY_CONTENT = {"Accept": "*/*"}


def _content(response: httpx.Response) -> bytes:
    return b"" if response.status_code == 204 else response.content


# -- sync ---------------------------------------------------------------------------
class EntitySet(_SetBase[M, F]):
    """An entity set, read and written with a ``Client``."""

    client: Client

    def get(
        self,
        key: Any,
        *,
        select: Iterable[Selectable] = (),
        expand: Iterable[Fields] = (),
    ) -> M:
        """The entity with this key (a value, a tuple for composite keys, or a model);
        raises ``NotFound``."""
        return self._send(self._get_call(key, select, expand))

    def _create(self, values: dict[str, Any]) -> M:
        return self._send(self._create_call(values))

    def _update(self, key: Any, values: dict[str, Any]) -> None:
        call = self._update_call(key, values)
        if call is not None:
            self._send(call)

    def delete(self, key: Any) -> None:
        """Delete by key or model (``If-Match`` when the model has an ETag)."""
        self._send(self._delete_call(key))

    def _send(self, call: Call[T]) -> T:
        from .wire import send

        return send(self.client.session, call)

    def query(self) -> EntityQuery[M, F]:
        from .queries import EntityQuery
        from .query import Query

        return EntityQuery(self, Query())

    def filter(self, *filters: Filter) -> EntityQuery[M, F]:
        return self.query().filter(*filters)

    def select(self, *fields: Selectable) -> EntityQuery[M, F]:
        return self.query().select(*fields)

    def expand(self, nav: Fields, **options: Any) -> EntityQuery[M, F]:
        return self.query().expand(nav, **options)

    def order_by(self, *items: Orderable) -> EntityQuery[M, F]:
        return self.query().order_by(*items)

    def top(self, n: int | None) -> EntityQuery[M, F]:
        return self.query().top(n)

    def __iter__(self) -> Iterator[M]:
        return iter(self.query())

    def modified_since(
        self,
        since: _dt.datetime | str | None,
        *,
        page_size: int | None = None,
        filter: Filter | None = None,
    ) -> Delta[M]:
        """Rows with ``ModifiedOn`` after ``since`` (a datetime, a ``Delta.cursor``
        or None for all), oldest first; ``.cursor`` resumes after the last one."""
        from .queries import Delta

        return Delta(self, since, page_size, filter)

    def download(self, key: Any, stream: str) -> bytes:
        """A stream property's content (``b""`` when empty)."""
        return self._send(self._download_call(key, stream))

    def iter_download(
        self, key: Any, stream: str, chunk_size: int = 65536
    ) -> Iterator[bytes]:
        """A stream property's content in chunks (sent when iteration starts)."""
        url = self._stream_url(key, stream)
        with self.client.session.stream("GET", url, headers=ANY_CONTENT) as response:
            if response.status_code != 204:
                yield from response.iter_bytes(chunk_size)

    def upload(
        self,
        key: Any,
        stream: str,
        data: bytes | Iterable[bytes],
        content_type: str = "application/octet-stream",
    ) -> None:
        """Replace a stream property's content (PUT)."""
        self._send(self._upload_call(key, stream, data, content_type))

    def delete_stream(self, key: Any, stream: str) -> None:
        self._send(self._delete_stream_call(key, stream))

    def _invoke(
        self,
        operation: str,
        *,
        action: bool,
        key: Any = NO_KEY,
        params: Sequence[Param] = (),
        returns: Returns | None = None,
    ) -> Any:
        call = self._invoke_call(operation, action, key, params, returns)
        return self._send(call)


# -- async --------------------------------------------------------------------------
class AsyncEntitySet(_SetBase[M, F]):
    """An entity set, read and written with an ``AsyncClient``."""

    client: AsyncClient

    async def get(
        self,
        key: Any,
        *,
        select: Iterable[Selectable] = (),
        expand: Iterable[Fields] = (),
    ) -> M:
        return await self._asend(self._get_call(key, select, expand))

    async def _create(self, values: dict[str, Any]) -> M:
        return await self._asend(self._create_call(values))

    async def _update(self, key: Any, values: dict[str, Any]) -> None:
        call = self._update_call(key, values)
        if call is not None:
            await self._asend(call)

    async def delete(self, key: Any) -> None:
        await self._asend(self._delete_call(key))

    async def _asend(self, call: Call[T]) -> T:
        from .wire import asend

        return await asend(self.client.session, call)

    def query(self) -> AsyncEntityQuery[M, F]:
        from .queries import AsyncEntityQuery
        from .query import Query

        return AsyncEntityQuery(self, Query())

    def filter(self, *filters: Filter) -> AsyncEntityQuery[M, F]:
        return self.query().filter(*filters)

    def select(self, *fields: Selectable) -> AsyncEntityQuery[M, F]:
        return self.query().select(*fields)

    def expand(self, nav: Fields, **options: Any) -> AsyncEntityQuery[M, F]:
        return self.query().expand(nav, **options)

    def order_by(self, *items: Orderable) -> AsyncEntityQuery[M, F]:
        return self.query().order_by(*items)

    def top(self, n: int | None) -> AsyncEntityQuery[M, F]:
        return self.query().top(n)

    def __aiter__(self) -> AsyncIterator[M]:
        return self.query().__aiter__()

    def modified_since(
        self,
        since: _dt.datetime | str | None,
        *,
        page_size: int | None = None,
        filter: Filter | None = None,
    ) -> AsyncDelta[M]:
        from .queries import AsyncDelta

        return AsyncDelta(self, since, page_size, filter)

    async def download(self, key: Any, stream: str) -> bytes:
        return await self._asend(self._download_call(key, stream))

    async def iter_download(
        self, key: Any, stream: str, chunk_size: int = 65536
    ) -> AsyncIterator[bytes]:
        url = self._stream_url(key, stream)
        async with self.client.session.stream(
            "GET", url, headers=ANY_CONTENT
        ) as response:
            if response.status_code != 204:
                async for chunk in response.aiter_bytes(chunk_size):
                    yield chunk

    async def upload(
        self,
        key: Any,
        stream: str,
        data: bytes | Iterable[bytes],
        content_type: str = "application/octet-stream",
    ) -> None:
        if not isinstance(data, bytes):  # httpx's async client takes no sync iterables
            data = b"".join(data)
        call = self._upload_call(key, stream, data, content_type)
        await self._asend(call)

    async def delete_stream(self, key: Any, stream: str) -> None:
        await self._asend(self._delete_stream_call(key, stream))

    async def _invoke(
        self,
        operation: str,
        *,
        action: bool,
        key: Any = NO_KEY,
        params: Sequence[Param] = (),
        returns: Returns | None = None,
    ) -> Any:
        call = self._invoke_call(operation, action, key, params, returns)
        return await self._asend(call)
