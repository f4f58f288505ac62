"""``Session`` and ``AsyncSession``: one httpx connection pool per session, the
service root, default headers, authentication, retries, error mapping and logging.

What a request does, and the choices behind it (retries, authentication, root
detection, pre-encoded queries, logging), is written once, free of IO, in
``transport``; this module performs it. ``NO_BODY`` and ``Retry`` are re-exported.

Choices, and why:

* **Driving the flows.** ``transport._Core._flow`` yields effects: ``Outgoing``
  (send it, get the answer back), ``_Renew`` and ``_Sleep``. A session only drives
  it (``_drive``), the sync one with blocking calls, the async one with ``await``;
  an ``ODataError`` raised while performing an effect is thrown back into the flow.
* **No automatic redirects**: Creatio answers an expired session with a 302 to
  ``/Login/NuiLogin.aspx``; following it would hide that behind a 200 HTML page.
* **Streaming** leaves a success's body unread (closed on leaving ``stream``); a
  redirect, an error or a small HTML page is read all the same, to map it or to
  recognise the login page.
* **The service root**, when detected, is detected once (serialised; a failure is
  not remembered): ``Session.root`` on first use, ``AsyncSession.root`` is known
  after ``await detect_root()`` or a first request.
* **One pool, shared** by threads (sync) or tasks (async): httpx clients allow it;
  the session adds only the root-detection lock. With ``http=``, that client's
  timeout and TLS settings apply, and the session does not close it.
* **Async bodies**: a plain iterable of bytes given to ``AsyncSession`` is wrapped
  in an async one (httpx's async client wants that).
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from collections.abc import Generator, Iterable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import Any, TypeVar

import httpx

from .auth import LoopLock, Outgoing
from .errors import ODataError
from .transport import NO_BODY, Retry, _Core, _log, _must_read, _no_answer, _Renew
from .transport import _Sleep

__all__ = ["NO_BODY", "AsyncSession", "Retry", "Session"]

T = TypeVar("T")


class Session(_Core[httpx.Client]):
    """A connection to one site, shared by threads (see the module docstring)."""

    _client = httpx.Client
    _root_lock_type = threading.Lock
    _sleep: Callable[[float], None] = staticmethod(time.sleep)  # replaceable in tests

    @property
    def root(self) -> str:
        """The service root URL, no trailing slash (detected on first use)."""
        return self._root or self.detect_root()

    def detect_root(self) -> str:
        with self._root_lock:
            if self._root is None:
                self._root = self._drive(self._detection())
            return self._root

    def request(
        self,
        method: str,
        url: str,
        *,
        query: str = "",
        json: Any = NO_BODY,
        content: bytes | Iterable[bytes] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send a request; its answer, body read. Error answers raise."""
        plan = self._plan(self.root, method, url, query, json, content, headers)
        return self._drive(self._flow(plan, stream=False))

    @contextmanager
    def stream(
        self,
        method: str,
        url: str,
        *,
        query: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> Iterator[httpx.Response]:
        """Like ``request``, the body left unread (``iter_bytes``), closed on exit."""
        plan = self._plan(self.root, method, url, query, NO_BODY, None, headers)
        response = self._drive(self._flow(plan, stream=True))
        try:
            yield response
        finally:
            response.close()

    def close(self) -> None:
        """Log a Forms session out (errors ignored); close the pool if it is ours."""
        try:
            if self.auth is not None:
                with self.auth.lock:
                    self._drive(self.auth.logout(self.site_url))
        finally:
            if self._owns_http and self._pool is not None:
                self._pool.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _drive(self, flow: Generator[Any, Any, T]) -> T:
        """Run a flow: perform each effect and send its result back in, or raise its
        ``ODataError`` inside the flow (``resume`` is ``send`` or ``throw``)."""
        resume, value = flow.send, None
        try:
            while True:
                try:
                    effect = resume(value)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
                try:
                    value, resume = self._perform(effect), flow.send
                except ODataError as error:
                    value, resume = error, flow.throw
        finally:
            flow.close()

    def _perform(self, effect: Outgoing | _Renew | _Sleep) -> Any:
        if isinstance(effect, _Sleep):
            return self._sleep(effect.seconds)
        if isinstance(effect, _Renew):
            assert self.auth is not None
            ticket = self.auth.attempts  # read before waiting for the lock
            with self.auth.lock:
                return self._drive(self.auth.renewal(self.site_url, ticket, *effect))
        request, started, response = self._request(effect), time.perf_counter(), None
        try:
            response = self._http.send(
                request,
                stream=True,
                follow_redirects=False,
                auth=self._auth_for(effect),
            )
            if _must_read(response, effect.stream):
                response.read()
        except httpx.TransportError as exc:
            if response is not None:
                response.close()
            raise _no_answer(effect, exc, started) from exc
        _log(effect, response.status_code, started)
        return response


async def _asleep(seconds: float) -> None:
    import asyncio  # here: only async clients pay for importing it (~10 ms)

    await asyncio.sleep(seconds)


class AsyncSession(_Core[httpx.AsyncClient]):
    """The asynchronous twin of ``Session``: ``await``, ``async with``, ``aclose()``."""

    _client = httpx.AsyncClient
    _root_lock_type = LoopLock
    _sleep: Callable[[float], Awaitable[None]] = staticmethod(_asleep)

    @property
    def root(self) -> str:
        """The service root URL; when detected, known after ``await detect_root()``
        or a first request."""
        if self._root is None:
            raise RuntimeError("the service root is unknown: await detect_root()")
        return self._root

    async def detect_root(self) -> str:
        async with self._root_lock.get():
            if self._root is None:
                self._root = await self._drive(self._detection())
            return self._root

    async def request(
        self,
        method: str,
        url: str,
        *,
        query: str = "",
        json: Any = NO_BODY,
        content: bytes | Iterable[bytes] | AsyncIterable[bytes] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        root = self._root or await self.detect_root()
        if content is not None and not isinstance(content, (bytes, AsyncIterable)):
            content = _aiter(content)  # httpx's async client wants an async iterable
        plan = self._plan(root, method, url, query, json, content, headers)
        return await self._drive(self._flow(plan, stream=False))

    @asynccontextmanager
    async def stream(
        self,
        method: str,
        url: str,
        *,
        query: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[httpx.Response]:
        root = self._root or await self.detect_root()
        plan = self._plan(root, method, url, query, NO_BODY, None, headers)
        response = await self._drive(self._flow(plan, stream=True))
        try:
            yield response
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        try:
            if self.auth is not None:
                async with self.auth.alock():
                    await self._drive(self.auth.logout(self.site_url))
        finally:
            if self._owns_http and self._pool is not None:
                await self._pool.aclose()

    async def __aenter__(self) -> AsyncSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _drive(self, flow: Generator[Any, Any, T]) -> T:
        resume, value = flow.send, None
        try:
            while True:
                try:
                    effect = resume(value)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
                try:
                    value, resume = await self._perform(effect), flow.send
                except ODataError as error:
                    value, resume = error, flow.throw
        finally:
            flow.close()

    async def _perform(self, effect: Outgoing | _Renew | _Sleep) -> Any:
        if isinstance(effect, _Sleep):
            return await self._sleep(effect.seconds)
        if isinstance(effect, _Renew):
            assert self.auth is not None
            ticket = self.auth.attempts
            async with self.auth.alock():
                renewal = self.auth.renewal(self.site_url, ticket, *effect)
                return await self._drive(renewal)
        request, started, response = self._request(effect), time.perf_counter(), None
        try:
            response = await self._http.send(
                request,
                stream=True,
                follow_redirects=False,
                auth=self._auth_for(effect),
            )
            if _must_read(response, effect.stream):
                await response.aread()
        except httpx.TransportError as exc:
            if response is not None:
                await response.aclose()
            raise _no_answer(effect, exc, started) from exc
        _log(effect, response.status_code, started)
        return response


async def _aiter(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk
