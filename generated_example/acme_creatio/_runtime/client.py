"""``Client`` and ``AsyncClient``: one session (one connection pool, one login) and an
accessor per entity set.

A generated package subclasses them in ``_client.py``::

    class Client(_client.Client):
        __odata_flavor__ = "creatio"
        __odata_sets__ = '''
    contact Contact entities.contact ContactSet AsyncContactSet Contact
    '''
        contact: ContactSet          # annotation only (TYPE_CHECKING import)

Choices, and why:

* **Lazy accessors.** ``client.contact`` is looked up in ``__odata_sets__`` (one line
  a set: accessor, set name, module relative to the package, set class, async set
  class, model class) on first use, which imports that one entity module; the set
  object is cached on the client. A package with 1,400 entity sets imports none of
  them until used. The package is the one of the class that declares
  ``__odata_sets__``, so subclasses defined elsewhere keep working.
* **Flavor.** ``"creatio"``: filters use the ``CREATIO`` dialect (``in_`` becomes an
  ``or`` chain), ``None`` is written as Creatio's empty values, the service root is
  detected (``odata_path=None``). ``"standard"``: ``STANDARD`` dialect (native
  ``in``), ``None`` written as ``null``, and ``site_url`` is the service root unless
  ``odata_path`` says otherwise.
* **Closing** logs a Forms session out (Creatio licences are per session) and closes
  the pool, unless it was passed in with ``http=``.
* **The session is made on first use** (``client.session``), with the HTTP layer's
  modules: constructing a client checks its arguments and costs well under a
  millisecond, so a program (or a test) that imports and builds one but never sends
  pays nothing for transport, retries and auth flows.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import httpx

from .filters import CREATIO, STANDARD, Dialect
from .filters import page_size as _checked_page_size

if TYPE_CHECKING:  # imported on first use (see the module docstring)
    from .auth import Auth
    from .batch import AsyncBatch, Batch
    from .http import AsyncSession, Retry, Session
    from .wire import Param, Returns

S = TypeVar("S", "Session", "AsyncSession")

__all__ = ["AsyncClient", "Client", "ClientBase"]


def _entry(cls: type, accessor: str) -> tuple[str, list[str]] | None:
    """(package, entry) of an accessor of a client class: its line of the class's
    ``__odata_sets__`` table, found by search (a full parse of 1,400 lines would cost
    more than the rest of making an accessor)."""
    table = str(getattr(cls, "__odata_sets__", ""))
    if not accessor.isidentifier():
        return None
    if table.startswith(f"{accessor} "):
        start = 0
    else:
        start = table.find(f"\n{accessor} ") + 1
        if start == 0:
            return None
    end = table.find("\n", start)
    owner = next((k for k in cls.__mro__ if "__odata_sets__" in vars(k)), cls)
    package = owner.__module__.rpartition(".")[0]
    return package, _parse(table[start : end if end >= 0 else len(table)])


def _parse(line: str) -> list[str]:
    """[set name, module, Set class, async Set class, model class] of a table line."""
    parts = line.split()
    if len(parts) != 6:
        raise ValueError(f"bad __odata_sets__ line: {line!r}")
    return parts[1:]


def _accessors(cls: type) -> list[str]:
    lines = str(getattr(cls, "__odata_sets__", "")).splitlines()
    return [line.split()[0] for line in lines if line.strip()]


class ClientBase:
    """What ``Client`` and ``AsyncClient`` share: the set table, flavor, page size."""

    __odata_flavor__: ClassVar[str] = "standard"
    __odata_sets__: ClassVar[str] = ""
    _asynchronous: ClassVar[bool] = False

    def __init__(self, page_size: int) -> None:
        self.page_size: int = _checked_page_size(page_size)
        # Creatio's rules: its filter dialect, None written as its empty values.
        self._creatio: bool = self.__odata_flavor__ == "creatio"
        self.dialect: Dialect = CREATIO if self._creatio else STANDARD

    def _odata_path(self, odata_path: str | None) -> str | None:
        if odata_path is None and self.__odata_flavor__ != "creatio":
            return ""
        return odata_path

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup failed: an accessor not created yet.
        if name.startswith("_"):
            raise AttributeError(name)
        found = _entry(type(self), name)
        if found is None:
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            )
        package, (set_name, module_name, sync, asynchronous, model_name) = found
        module = importlib.import_module(
            f"{package}.{module_name}" if package else module_name
        )
        set_class = getattr(module, asynchronous if self._asynchronous else sync)
        accessor = set_class(self, set_name, getattr(module, model_name))
        self.__dict__[name] = accessor
        return accessor

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *_accessors(type(self))})


class _Connected(ClientBase, Generic[S]):
    """The session, made on first use from the constructor's arguments."""

    def __init__(
        self, site_url: str, auth: Any, page_size: int, options: dict[str, Any]
    ) -> None:
        super().__init__(page_size)
        if auth is not None and not isinstance(auth, httpx.Auth):
            from .auth import Auth  # an Auth instance exists: already imported

            if not isinstance(auth, Auth):
                raise TypeError(f"auth must be an Auth or an httpx.Auth, not {auth!r}")
        if not isinstance(site_url, str):
            raise TypeError(f"site_url must be a str, not {site_url!r}")
        options["odata_path"] = self._odata_path(options["odata_path"])
        self._session_arguments = (site_url, auth, options)
        self._session: S | None = None
        self._session_lock = threading.Lock()

    def _make_session(self) -> S:
        """The session of ``_session_arguments`` (site URL, auth, options)."""
        raise NotImplementedError

    @property
    def session(self) -> S:
        """The connection: one pool and one login, shared by threads (or tasks)."""
        session = self._session
        if session is None:
            with self._session_lock:
                if self._session is None:
                    self._session = self._make_session()
                session = self._session
        return session

    def __repr__(self) -> str:
        from .errors import redact_url

        site_url = self._session_arguments[0]
        return f"<{type(self).__name__} {redact_url(site_url.rstrip('/'))}>"


class Client(_Connected["Session"]):
    """A synchronous client: ``with Client(url, FormsAuth(user, password)) as c:``."""

    def __init__(
        self,
        site_url: str,
        auth: Auth | httpx.Auth | None = None,
        *,
        odata_path: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        retry: Retry | None = None,
        page_size: int = 5000,
        headers: Mapping[str, str] | None = None,
        http: httpx.Client | None = None,
        verify: bool | str = True,
    ) -> None:
        options: dict[str, Any] = {
            "odata_path": odata_path, "timeout": timeout, "retry": retry,
            "headers": headers, "http": http, "verify": verify,
        }  # fmt: skip
        super().__init__(site_url, auth, page_size, options)

    def _make_session(self) -> Session:
        from .http import Session

        site_url, auth, options = self._session_arguments
        return Session(site_url, auth, **options)

    def batch(self, *, continue_on_error: bool = False) -> Batch:
        """Collect requests and send them as JSON ``$batch`` on leaving ``with``."""
        from .batch import Batch

        return Batch(self, continue_on_error=continue_on_error)

    def _invoke(
        self,
        operation: str,
        *,
        action: bool,
        params: Sequence[Param] = (),
        returns: Returns | None = None,
    ) -> Any:
        """An unbound action or function (operation import) at the service root."""
        from .wire import operation_call, send

        call = operation_call(operation, action=action, params=params, returns=returns)
        return send(self.session, call)

    def close(self) -> None:
        """Log out (Forms) and close the connection pool."""
        if self._session is not None:
            self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_Connected["AsyncSession"]):
    """The asynchronous client: ``async with AsyncClient(...) as c:``."""

    _asynchronous = True

    def __init__(
        self,
        site_url: str,
        auth: Auth | httpx.Auth | None = None,
        *,
        odata_path: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        retry: Retry | None = None,
        page_size: int = 5000,
        headers: Mapping[str, str] | None = None,
        http: httpx.AsyncClient | None = None,
        verify: bool | str = True,
    ) -> None:
        options: dict[str, Any] = {
            "odata_path": odata_path, "timeout": timeout, "retry": retry,
            "headers": headers, "http": http, "verify": verify,
        }  # fmt: skip
        super().__init__(site_url, auth, page_size, options)

    def _make_session(self) -> AsyncSession:
        from .http import AsyncSession

        site_url, auth, options = self._session_arguments
        return AsyncSession(site_url, auth, **options)

    def batch(self, *, continue_on_error: bool = False) -> AsyncBatch:
        """``async with client.batch() as batch:``; sent on leaving the block."""
        from .batch import AsyncBatch

        return AsyncBatch(self, continue_on_error=continue_on_error)

    async def _invoke(
        self,
        operation: str,
        *,
        action: bool,
        params: Sequence[Param] = (),
        returns: Returns | None = None,
    ) -> Any:
        from .wire import asend, operation_call

        call = operation_call(operation, action=action, params=params, returns=returns)
        return await asend(self.session, call)

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
