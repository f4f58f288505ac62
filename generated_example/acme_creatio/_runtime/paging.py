"""Paging and delta reads, without I/O: which request comes next, what an answer holds.

Choices, and why:

* **Paging** (``Pager``): Creatio sends no ``@odata.nextLink`` and returns at most
  20,000 rows, so pages are asked for with ``$top``/``$skip`` and an order made total
  by appending the key (``Query.page``: the key is added unless the order names it).
  The page size is capped at 20,000. A short page ends the read. If a server does
  send ``@odata.nextLink`` it is followed from then on and no more skips are computed;
  the read ends at the first page without one.
* **Delta** (``DeltaPager``): rows with ``ModifiedOn`` after a point, ordered by
  ``ModifiedOn`` then the key, read by keyset pagination rather than ``$skip``: each
  page asks for ``ModifiedOn gt t or (ModifiedOn eq t and Id gt k)`` where ``(t, k)``
  is the last row seen. Rows sharing one ``ModifiedOn`` across a page boundary are
  neither lost nor read twice, and rows changed while reading move behind the cursor
  instead of shifting the pages (a row changed during a read may be seen again, in its
  newer state). ``t`` is the server's own text of the timestamp, never a re-formatted
  ``datetime``: Creatio keeps 100 ns (7 digits) and Python only 6, so a parsed value
  would not compare equal. ``Id gt <guid>`` is accepted by the emulator (it compares
  Guids as text, consistent with its ``$orderby``); real Creatio is unverified.
* **Cursors** are plain strings ``"<timestamp>|<key literal>"`` (or a timestamp
  alone): store one, pass it back to ``modified_since`` to resume after the last row
  handed out.
"""

from __future__ import annotations

import datetime as _dt
import re
import uuid
from typing import Generic, TypeVar

import httpx

from . import model as _m
from .filters import _CMP, Dialect, Filter, _leaf, page_size
from .literals import encode_params, format_literal
from .model import Entity
from .query import Query
from .wire import Call, column, key_text, rows, shape

__all__ = ["DeltaPager", "Pager", "cursor_text", "page_size", "start_cursor"]

E = TypeVar("E", bound=Entity)
MODIFIED_ON = "ModifiedOn"
_TIMESTAMP = re.compile(
    r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,7})?)?(Z|[+-]\d\d:\d\d)", re.ASCII
)


class Pager(Generic[E]):
    """The pages of a query: ``next_call()`` until it returns None."""

    def __init__(
        self, set_name: str, cls: type[E], query: Query, dialect: Dialect, size: int
    ) -> None:
        self._set, self._cls, self._query, self._dialect = set_name, cls, query, dialect
        self._size = page_size(size)
        self._stable = [column(cls, wire) for wire, _ in shape(cls).key]
        self._number = 0
        self._asked = 0
        self._link: str | None = None
        self._done = False

    def next_call(self) -> Call[list[E]] | None:
        if self._done:
            return None
        if self._link is not None:
            return Call("GET", self._link, self._feed)
        page = self._query.page(self._size, self._number, self._stable)
        params = page.params(self._dialect)
        self._asked = int(params.get("$top", self._size))
        if self._asked == 0:  # the query's own $top is used up
            self._done = True
            return None
        return Call("GET", self._set, self._feed, query=encode_params(params))

    def _feed(self, response: httpx.Response) -> list[E]:
        values, link = rows(response)
        decode = self._cls.from_odata
        result = [decode(value) for value in values]
        if link is not None and values:
            self._link = link
        elif self._link is not None or len(values) < self._asked:
            self._done = True
        else:
            self._number += 1
        return result


class DeltaPager(Generic[E]):
    """Rows modified after a point, by keyset pages (see the module doc)."""

    def __init__(
        self,
        set_name: str,
        cls: type[E],
        since: _dt.datetime | str | None,
        filter: Filter | None,
        dialect: Dialect,
        size: int,
    ) -> None:
        known = shape(cls)
        if MODIFIED_ON not in known.attribute:
            raise TypeError(f"{cls.__name__} has no {MODIFIED_ON} column")
        if len(known.key) != 1:
            raise TypeError(f"delta reads need a single-column key: {cls.__name__}")
        self._set, self._cls, self._dialect = set_name, cls, dialect
        self._filter, self._size = filter, page_size(size)
        self._key = known.key[0][0]
        self._order = [column(cls, MODIFIED_ON), column(cls, self._key)]
        self._at, self._after = _start(since)
        if self._after is not None and known.key[0][1] == "Guid":
            self._after = str(uuid.UUID(self._after))  # checked: it goes into $filter
        self._done = False

    def position(self, obj: E) -> tuple[str, str]:
        """Where ``obj`` stands: (its ModifiedOn as sent, its key literal)."""
        data = _m.raw(obj) or {}
        at = data.get(MODIFIED_ON)
        if not isinstance(at, str):
            raise ValueError(f"a delta row without {MODIFIED_ON}: {obj!r}")
        return at, key_text(self._cls, obj)

    def next_call(self) -> Call[list[E]] | None:
        if self._done:
            return None
        query = Query().order_by(*self._order).top(self._size)
        if self._filter is not None:
            query = query.filter(self._filter)
        if self._at is not None:
            later = _leaf(f"{MODIFIED_ON} gt {self._at}", _CMP, ())
            if self._after is not None:
                same = _leaf(f"{MODIFIED_ON} eq {self._at}", _CMP, ())
                after = _leaf(f"{self._key} gt {self._after}", _CMP, ())
                later = later | (same & after)
            query = query.filter(later)
        return Call(
            "GET", self._set, self._feed, query=query.query_string(self._dialect)
        )

    def _feed(self, response: httpx.Response) -> list[E]:
        values, _ = rows(response)  # keyset pages: a next link is not needed
        decode = self._cls.from_odata
        result = [decode(value) for value in values]
        if len(values) < self._size:
            self._done = True
        if result:
            self._at, self._after = self.position(result[-1])
        return result


def cursor_text(at: str | None, after: str | None) -> str | None:
    if at is None:
        return None
    return at if after is None else f"{at}|{after}"


def _start(since: _dt.datetime | str | None) -> tuple[str | None, str | None]:
    if since is None:
        return None, None
    if isinstance(since, _dt.datetime):
        return format_literal(since, "DateTimeOffset"), None
    if not isinstance(since, str):
        raise TypeError(f"since must be a datetime, a cursor or None: {since!r}")
    at, bar, after = since.partition("|")
    if not _TIMESTAMP.fullmatch(at) or (bar and not after):
        raise ValueError(f"not a timestamp or a delta cursor: {since!r}")
    return at, (after if bar else None)


def start_cursor(since: _dt.datetime | str | None) -> str | None:
    return cursor_text(*_start(since))
