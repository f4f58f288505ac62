"""Typed queries on an entity set and delta reads: ``EntityQuery`` / ``Delta`` (sent
with a ``Client``) and ``AsyncEntityQuery`` / ``AsyncDelta`` (an ``AsyncClient``).

Choices, and why:

* **Immutable and lazy.** Every builder method returns a new query; nothing is sent
  until it is iterated (or ``all``/``first``/``count``), and iterating twice reads
  twice. The query's own ``top``/``skip`` are a window the pages stay inside.
* **Paging** is ``paging.Pager``'s: ``$top``/``$skip`` with the key appended to the
  order, or the server's ``@odata.nextLink``; the page size is the query's
  ``page_size(n)``, else the client's (default 5,000, at most 20,000).
* **``select``** always adds the key, so what was read can be updated and deleted.
* **``first()``** asks for one row in the same stable order; ``count()`` asks
  ``Set/$count`` with the query's filter (its ``top``/``skip`` do not apply).
* **Delta cursors** advance row by row as rows are handed out, so a consumer that
  stops in the middle of a page resumes right after the last row it saw; iterating
  a ``Delta`` again (or ``modified_since(cursor)``, in another process) reads on from
  there.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from .expr import Expr, OrderBy
from .fields import Field, Fields
from .filters import Filter
from .model import Entity
from .paging import DeltaPager, Pager, cursor_text, page_size, start_cursor
from .query import Query
from .wire import Call, asend, count_call, selection, send

if TYPE_CHECKING:
    from .entityset import AsyncEntitySet, EntitySet, _SetBase

__all__ = ["AsyncDelta", "AsyncEntityQuery", "Delta", "EntityQuery"]

M = TypeVar("M", bound=Entity)
F = TypeVar("F", bound=Fields)
Selectable = Field[Any] | Fields
Orderable = Expr[Any] | OrderBy


class _QueryBase(Generic[M, F]):
    """An immutable query on an entity set; every method returns a new one."""

    __slots__ = ("_set", "_query", "_size")

    def __init__(
        self, entity_set: _SetBase[M, F], query: Query, size: int | None = None
    ) -> None:
        self._set, self._query, self._size = entity_set, query, size

    def _with(self, query: Query, size: int | None = None) -> Self:
        return type(self)(self._set, query, self._size if size is None else size)

    @property
    def odata_query(self) -> Query:
        """The underlying ``query.Query``."""
        return self._query

    def filter(self, *filters: Filter) -> Self:
        """Add conditions (all must hold)."""
        return self._with(self._query.filter(*filters))

    def select(self, *fields: Selectable) -> Self:
        """Load only these fields and the key (others raise ``FieldNotLoaded``)."""
        return self._with(selection(self._set.model, self._query, fields))

    def expand(
        self,
        nav: Fields,
        *,
        select: Iterable[Selectable] = (),
        filter: Filter | None = None,
        order_by: Orderable | Iterable[Orderable] = (),
        top: int | None = None,
        skip: int | None = None,
    ) -> Self:
        """Load a navigation inline (``q.account``): ``contact.account`` is an
        ``Account``."""
        query = self._query.expand(
            nav, select=select, filter=filter, order_by=order_by, top=top, skip=skip
        )
        return self._with(query)

    def order_by(self, *items: Orderable) -> Self:
        return self._with(self._query.order_by(*items))

    def top(self, n: int | None) -> Self:
        return self._with(self._query.top(n))

    def skip(self, n: int | None) -> Self:
        return self._with(self._query.skip(n))

    def page_size(self, n: int) -> Self:
        """Rows a request (at most 20,000)."""
        return self._with(self._query, page_size(n))

    def __repr__(self) -> str:
        text = self._query.query_string(self._set.client.dialect)
        return f"<{type(self).__name__} {self._set.name}?{text}>"

    def _pager(self, size: int | None = None) -> Pager[M]:
        size = size or self._size or self._set.client.page_size
        s = self._set
        return Pager(s.name, s.model, self._query, s.client.dialect, size)

    def _count_call(self) -> Call[int]:
        return count_call(self._set.name, self._query, self._set.client.dialect)


# -- sync ---------------------------------------------------------------------------
class EntityQuery(_QueryBase[M, F]):
    """A query sent with a ``Client``: iterate it, or ``all()``, ``first()``,
    ``count()``, ``pages()``."""

    __slots__ = ()
    _set: EntitySet[M, F]

    def pages(self) -> Iterator[list[M]]:
        """The rows, a page (one request) at a time."""
        pager, session = self._pager(), self._set.client.session
        while (call := pager.next_call()) is not None:
            yield send(session, call)

    def __iter__(self) -> Iterator[M]:
        for page in self.pages():
            yield from page

    def all(self) -> list[M]:
        return [row for page in self.pages() for row in page]

    def first(self) -> M | None:
        call = self._pager(1).next_call()
        found = send(self._set.client.session, call) if call is not None else []
        return found[0] if found else None

    def count(self) -> int:
        """How many rows match (``Set/$count``), whatever ``top``/``skip`` say."""
        return send(self._set.client.session, self._count_call())


class _DeltaBase(Generic[M]):
    """A ``modified_since`` read; ``cursor`` is where the next read starts. Iterating
    again reads on from the cursor: what changed since the last row handed out."""

    def __init__(
        self,
        entity_set: _SetBase[M, Any],
        since: _dt.datetime | str | None,
        size: int | None,
        filter: Filter | None,
    ) -> None:
        self._set, self._size, self._filter = entity_set, size, filter
        self._fresh: DeltaPager[M] | None = self._pager(since)  # checks `since` now
        self.cursor: str | None = start_cursor(since)

    def _pager(self, since: _dt.datetime | str | None) -> DeltaPager[M]:
        s = self._set
        size = page_size(self._size or s.client.page_size)
        return DeltaPager(s.name, s.model, since, self._filter, s.client.dialect, size)

    def _start(self) -> DeltaPager[M]:
        pager, self._fresh = self._fresh or self._pager(self.cursor), None
        return pager


class Delta(_DeltaBase[M]):
    """The rows of ``modified_since``, oldest first (see ``_DeltaBase``)."""

    _set: EntitySet[M, Any]

    def __iter__(self) -> Iterator[M]:
        pager, session = self._start(), self._set.client.session
        while (call := pager.next_call()) is not None:
            for row in send(session, call):
                self.cursor = cursor_text(*pager.position(row))
                yield row


# -- async --------------------------------------------------------------------------
class AsyncEntityQuery(_QueryBase[M, F]):
    """A query sent with an ``AsyncClient``: ``async for``, or ``await all()``,
    ``first()``, ``count()``; ``pages()`` is an async iterator."""

    __slots__ = ()
    _set: AsyncEntitySet[M, F]

    async def pages(self) -> AsyncIterator[list[M]]:
        pager, session = self._pager(), self._set.client.session
        while (call := pager.next_call()) is not None:
            yield await asend(session, call)

    async def __aiter__(self) -> AsyncIterator[M]:
        async for page in self.pages():
            for row in page:
                yield row

    async def all(self) -> list[M]:
        return [row async for page in self.pages() for row in page]

    async def first(self) -> M | None:
        call = self._pager(1).next_call()
        found = await asend(self._set.client.session, call) if call else []
        return found[0] if found else None

    async def count(self) -> int:
        return await asend(self._set.client.session, self._count_call())


class AsyncDelta(_DeltaBase[M]):
    """``Delta`` for ``async for``."""

    _set: AsyncEntitySet[M, Any]

    async def __aiter__(self) -> AsyncIterator[M]:
        pager, session = self._start(), self._set.client.session
        while (call := pager.next_call()) is not None:
            for row in await asend(session, call):
                self.cursor = cursor_text(*pager.position(row))
                yield row
