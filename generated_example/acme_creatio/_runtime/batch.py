"""JSON ``$batch``: many requests in few round trips (Creatio 7.16.1+)::

    with client.batch(continue_on_error=True) as batch:
        created = batch.create(Contact(name="Ann"))      # BatchItem[Contact]
        batch.update(contact)                            # its changes
        batch.delete(Contact, key)                       # or batch.delete(contact)
        got = batch.get(Contact, key)
        with batch.atomic():                             # one atomicityGroup
            ...
    created.result()   # the created Contact, or raises its error

Choices, and why:

* **The same requests as the entity sets.** Each item is the ``wire.Call`` an
  ``EntitySet`` would send (keys, bodies, sentinels, ``If-Match``), serialised as a
  sub-request ``{"id", "method", "url", "headers", "body"}`` with the URL relative to
  the service root; its answer is decoded by the same function, and an error answer
  becomes the ``ODataError`` subclass a direct request would have raised
  (``errors.error_from_response``).
* **Chunks of 100** (Creatio's limit), sent in order on leaving the ``with`` block
  (or by ``send()``); an atomicity group is never split across chunks (a group of
  more than 100 requests is refused when it is added). Nothing is sent when the block
  raises.
* **Errors.** Without ``continue_on_error`` the server stops at the first failed
  request, so later requests of that chunk and all later chunks are not sent; their
  items fail with ``ODataError("not processed …")``. With it, ``Prefer:
  continue-on-error`` is sent and every item gets its own result. ``BatchItem``
  never raises until ``result()`` is called; ``ok``, ``status`` and ``error`` inspect.
  When a chunk's own POST fails (no answer, a 5xx after a re-login…), ``send()``
  raises that error and every item still gets an outcome: that error for the
  chunk's items, "not processed" for later chunks; none is left pending.
* **Atomicity groups** fail as a whole: when one request of a group fails, the
  others were rolled back, so their items fail too (``ODataError("rolled back …")``,
  ``status`` what the server reported for them) and are not decoded (an updated
  model does not count as saved).
* Sub-request header names are lower-case (the JSON batch format requires it).
* An update with nothing to send is resolved locally and not sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from .errors import ODataError, error_from_response
from .fields import Field, Fields
from .model import Entity
from .wire import Call, create_entity_call, delete_call, read_call, update_entity_call

if TYPE_CHECKING:
    from .client import AsyncClient, Client, ClientBase

__all__ = ["AsyncBatch", "Batch", "BatchItem", "MAX_BATCH"]

T = TypeVar("T")
E = TypeVar("E", bound=Entity)
MAX_BATCH = 100  # sub-requests a $batch (Creatio)
_UNSENT: Any = object()


class BatchItem(Generic[T]):
    """One request of a batch and, once sent, its outcome."""

    def __init__(self, call: Call[T] | None, group: str | None) -> None:
        self.call, self.group = call, group
        self.status: int | None = None
        self.error: BaseException | None = None
        self._value: Any = _UNSENT if call is not None else None

    @property
    def ok(self) -> bool:
        """Sent and succeeded."""
        return self._value is not _UNSENT and self.error is None

    def result(self) -> T:
        """The value (the entity for create/get, None otherwise), or raise its error."""
        if self.error is not None:
            raise self.error
        if self._value is _UNSENT:
            raise RuntimeError("the batch has not been sent yet")
        return self._value  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        what = f"{self.call.method} {self.call.url}" if self.call else "nothing to send"
        state = "ok" if self.ok else repr(self.error) if self.error else "pending"
        return f"<BatchItem {what}: {state}>"


class _BatchBase:
    """Collecting and decoding (no I/O)."""

    def __init__(self, client: ClientBase, *, continue_on_error: bool) -> None:
        self._client = client
        self.continue_on_error = continue_on_error
        self._items: list[BatchItem[Any]] = []
        self._group: str | None = None
        self._groups = 0
        self._group_size = 0  # requests in the open atomicity group
        self._sent = False

    def __len__(self) -> int:
        return len(self._items)

    def _add(self, call: Call[T] | None) -> BatchItem[T]:
        if self._sent:
            raise RuntimeError("this batch was sent already")
        item = BatchItem(call, self._group)
        if call is not None:
            if self._group is not None:
                if self._group_size >= MAX_BATCH:
                    raise ValueError(f"an atomicity group holds at most {MAX_BATCH}")
                self._group_size += 1
            self._items.append(item)
        return item

    def create(self, entity: E) -> BatchItem[E]:
        """POST the fields ``entity`` holds; the result is the created entity."""
        cls, creatio = type(entity), self._client._creatio
        return self._add(create_entity_call(_set_of(cls), cls, entity, {}, creatio))

    def update(self, entity: Entity, **values: Any) -> BatchItem[None]:
        """PATCH ``entity``'s changes (all its fields when built locally) and
        ``values`` (by attribute name); addressed by its key."""
        cls, creatio = type(entity), self._client._creatio
        call = update_entity_call(_set_of(cls), cls, entity, values, creatio)
        return self._add(call)

    def delete(self, target: Entity | type[Entity], key: Any = None) -> BatchItem[None]:
        """DELETE ``batch.delete(contact)`` or ``batch.delete(Contact, key)``."""
        if isinstance(target, type):
            return self._add(delete_call(_set_of(target), target, key))
        return self._add(delete_call(_set_of(type(target)), type(target), target))

    def get(
        self,
        cls: type[E],
        key: Any,
        *,
        select: Iterable[Field[Any] | Fields] = (),
        expand: Iterable[Fields] = (),
    ) -> BatchItem[E]:
        dialect = self._client.dialect
        return self._add(read_call(_set_of(cls), cls, key, select, expand, dialect))

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Requests added inside share one ``atomicityGroup`` (all or none, where the
        server supports it; Creatio's support is unverified)."""
        if self._group is not None:
            raise RuntimeError("atomic() blocks cannot be nested")
        self._groups += 1
        self._group, self._group_size = f"g{self._groups}", 0
        try:
            yield
        finally:
            self._group = None

    def _chunks(self) -> list[list[BatchItem[Any]]]:
        """Chunks of at most 100, groups kept whole."""
        chunks: list[list[BatchItem[Any]]] = [[]]
        index = 0
        while index < len(self._items):
            group = self._items[index].group
            end = index + 1
            while group and end < len(self._items) and self._items[end].group == group:
                end += 1
            run = self._items[index:end]
            if len(chunks[-1]) + len(run) > MAX_BATCH:
                chunks.append([])
            chunks[-1].extend(run)
            index = end
        return [chunk for chunk in chunks if chunk]

    def _start(self) -> list[list[BatchItem[Any]]]:
        if self._sent:
            raise RuntimeError("this batch was sent already")
        self._sent = True
        return self._chunks()

    def _headers(self) -> dict[str, str]:
        return {"Prefer": "continue-on-error"} if self.continue_on_error else {}

    def _payload(self, chunk: list[BatchItem[Any]]) -> dict[str, Any]:
        return {
            "requests": [_sub_request(str(i), item) for i, item in enumerate(chunk)]
        }

    def _apply(
        self, chunk: list[BatchItem[Any]], response: httpx.Response, root: str
    ) -> bool:
        """Record the answers of a chunk; False when processing stopped."""
        answers = {str(a.get("id")): a for a in response.json().get("responses", [])}
        found = [(item, answers.get(str(index))) for index, item in enumerate(chunk)]
        # A group with a failed (or unanswered) request was rolled back as a whole,
        # whatever its other requests report (SAP CAP: their own 201/200).
        failed_groups = {
            item.group
            for item, answer in found
            if item.group is not None and (answer is None or _status(answer) >= 400)
        }
        complete = True
        for item, answer in found:
            if answer is None:
                item.error = _not_processed()
                complete = False
            elif item.group in failed_groups and _status(answer) < 400:
                item.status = _status(answer)
                item.error = _rolled_back(item.group)
            else:
                _settle(item, answer, root)
        failed = any(item.error is not None for item in chunk)
        return complete and (self.continue_on_error or not failed)

    def _failed(self, chunks: list[list[BatchItem[Any]]], error: ODataError) -> None:
        """The POST of ``chunks[0]`` failed: its items get that error (with no answer,
        whether the server ran them is unknown), the later chunks are not sent."""
        for item in chunks[0]:
            item.status, item.error = error.status, error
        self._abandon(chunks[1:])

    def _abandon(self, chunks: list[list[BatchItem[Any]]]) -> None:
        for chunk in chunks:
            for item in chunk:
                item.error = _not_processed()


def _set_of(cls: type[Entity]) -> str:
    name = getattr(cls, "__odata_set__", "")
    if not name:
        raise TypeError(f"{cls.__name__} belongs to no entity set")
    return str(name)


def _sub_request(identifier: str, item: BatchItem[Any]) -> dict[str, Any]:
    call = item.call
    assert call is not None
    url = f"{call.url}?{call.query}" if call.query else call.url
    request: dict[str, Any] = {"id": identifier, "method": call.method, "url": url}
    # Lower-case names, as OData's JSON batch format requires (SAP CAP ignores an
    # `If-Match` spelled otherwise and answers 428).
    headers = {name.lower(): value for name, value in call.headers.items()}
    if call.body is not None:
        headers["content-type"] = "application/json"
        request["body"] = call.body
    if headers:
        request["headers"] = headers
    if item.group is not None:
        request["atomicityGroup"] = item.group
    return request


def _status(answer: dict[str, Any]) -> int:
    return int(answer.get("status", 500))


def _settle(item: BatchItem[Any], answer: dict[str, Any], root: str) -> None:
    """Decode one sub-response into ``item`` (the value or the error)."""
    call = item.call
    assert call is not None
    status = _status(answer)
    headers = {str(k): str(v) for k, v in (answer.get("headers") or {}).items()}
    content = answer.get("body")
    if content is None:
        raw = b""
    elif isinstance(content, str):
        raw = content.encode()
    else:
        raw = json.dumps(content).encode()
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        headers["content-type"] = "application/json"
    url = call.url if "://" in call.url else f"{root}/{call.url}"
    request = httpx.Request(call.method, url)
    response = httpx.Response(status, headers=headers, content=raw, request=request)
    item.status = status
    try:
        if status >= 400:
            raise error_from_response(response)
        item._value = call.decode(response)
    except Exception as exc:  # kept for result(): one bad item spoils no other
        item.error = exc


def _rolled_back(group: str) -> ODataError:
    return ODataError(
        f"rolled back: another request of its atomicity group ({group}) failed"
    )


def _not_processed() -> ODataError:
    return ODataError(
        "not processed: an earlier request of the batch failed "
        "(use continue_on_error=True to run every request)"
    )


class Batch(_BatchBase):
    """A batch sent with a ``Client``."""

    def __init__(self, client: Client, *, continue_on_error: bool = False) -> None:
        super().__init__(client, continue_on_error=continue_on_error)
        self._session = client.session

    def send(self) -> None:
        chunks = self._start()
        for number, chunk in enumerate(chunks):
            try:
                response = self._session.request(
                    "POST", "$batch", json=self._payload(chunk), headers=self._headers()
                )
            except ODataError as error:
                self._failed(chunks[number:], error)
                raise
            if not self._apply(chunk, response, self._session.root):
                self._abandon(chunks[number + 1 :])
                return

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            self.send()


class AsyncBatch(_BatchBase):
    """A batch sent with an ``AsyncClient`` (``async with``; ``await send()``)."""

    def __init__(self, client: AsyncClient, *, continue_on_error: bool = False) -> None:
        super().__init__(client, continue_on_error=continue_on_error)
        self._session = client.session

    async def send(self) -> None:
        chunks = self._start()
        for number, chunk in enumerate(chunks):
            try:
                response = await self._session.request(
                    "POST", "$batch", json=self._payload(chunk), headers=self._headers()
                )
            except ODataError as error:
                self._failed(chunks[number:], error)
                raise
            if not self._apply(chunk, response, self._session.root):
                self._abandon(chunks[number + 1 :])
                return

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            await self.send()
