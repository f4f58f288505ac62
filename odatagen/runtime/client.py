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
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Self

import httpx

from .auth import Auth
from .errors import redact_url
from .filters import CREATIO, STANDARD, Dialect
from .http import AsyncSession, Retry, Session
from .paging import page_size as _checked_page_size
from .wire import Param, Returns, asend, operation_call, send

if TYPE_CHECKING:  # imported on first use: most programs never batch
    from .batch import AsyncBatch, Batch

__all__ = ["AsyncClient", "Client", "ClientBase"]


class _SetEntry(NamedTuple):
    name: str
    module: str
    sync: str
    asynchronous: str
    model: str


def _entry(cls: type, accessor: str) -> tuple[str, _SetEntry] | None:
    """(package, entry) of an accessor of a client class: its line of the class's
    ``__odata_sets__`` table, found by search (a full parse of 1,400 lines would cost
    more than the rest of making an accessor)."""
    owner = next((k for k in cls.__mro__ if "__odata_sets__" in vars(k)), cls)
    package = owner.__module__.rpartition(".")[0]
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
    return package, _parse(table[start : end if end >= 0 else len(table)])


def _parse(line: str) -> _SetEntry:
    parts = line.split()
    if len(parts) != 6:
        raise ValueError(f"bad __odata_sets__ line: {line!r}")
    return _SetEntry(*parts[1:])


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
        creatio = self.__odata_flavor__ == "creatio"
        self.dialect: Dialect = CREATIO if creatio else STANDARD

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
        package, entry = found
        module = importlib.import_module(
            f"{package}.{entry.module}" if package else entry.module
        )
        set_class = getattr(
            module, entry.asynchronous if self._asynchronous else entry.sync
        )
        model = getattr(module, entry.model)
        accessor = set_class(self, entry.name, model)
        self.__dict__[name] = accessor
        return accessor

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *_accessors(type(self))})


class Client(ClientBase):
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
        super().__init__(page_size)
        self.session = Session(
            site_url,
            auth,
            odata_path=self._odata_path(odata_path),
            timeout=timeout,
            retry=retry,
            headers=headers,
            http=http,
            verify=verify,
        )

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
        call = operation_call(operation, action=action, params=params, returns=returns)
        return send(self.session, call)

    def close(self) -> None:
        """Log out (Forms) and close the connection pool."""
        self.session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {redact_url(self.session.site_url)}>"


class AsyncClient(ClientBase):
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
        super().__init__(page_size)
        self.session = AsyncSession(
            site_url,
            auth,
            odata_path=self._odata_path(odata_path),
            timeout=timeout,
            retry=retry,
            headers=headers,
            http=http,
            verify=verify,
        )

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
        call = operation_call(operation, action=action, params=params, returns=returns)
        return await asend(self.session, call)

    async def aclose(self) -> None:
        await self.session.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {redact_url(self.session.site_url)}>"
