"""The entity layer's requests and answers, without I/O (shared by sync and async).

Every operation of an entity set is described as a ``Call``: method, URL relative to
the service root (or absolute), encoded query string, JSON body or raw content,
headers, and the function that turns the ``httpx.Response`` into the result. The sync
classes pass it to ``send``, the async ones to ``asend``, and ``$batch`` serialises the
same ``Call`` as a sub-request and decodes the sub-response with the same function, so
the three paths cannot drift apart.

Choices, and why:

* **Keys** are written with the literal of their Edm type (``literals.py``): a Guid
  bare (``Contact(8eca…)``, Creatio refuses quotes), a string quoted
  (``Set('O''Neil')``), a composite as ``Set(A=1,B='x')``; then percent-encoded for
  the path. A key is given as a value, a tuple or mapping (composite keys) or a model
  holding its key fields; a ``str`` is accepted for a Guid key.
* **Write bodies** hold scalar columns only: navigations are never written (Creatio
  ignores them silently; a lookup is written through its Guid column such as
  ``AccountId``) and streams travel by ``upload``. Key columns are left out of
  updates. With Creatio's flavor ``None`` is written as the empty-value sentinel of
  the column (zero Guid, ``0001-01-01T00:00:00Z``, ``""``).
* **Optimistic concurrency**: a model read with an ``@odata.etag`` sends it as
  ``If-Match`` on update and delete; other keys send none (Creatio sends no ETags).
  A successful update keeps the new ETag the server answered with (``ETag`` header
  or ``@odata.etag``), so the same object can be updated or deleted again (SAP CAP
  answers 428 to a write without ``If-Match``).
"""

from __future__ import annotations

import json as _json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar
from urllib.parse import quote

import httpx

from . import model as _m
from .codecs import EMPTY_DATETIME, ZERO_GUID
from .fields import Field, Fields
from .filters import Dialect
from .literals import encode_params, literal_formatter, quote_query_value
from .convert import value_codecs
from .model import Entity, FieldSpec, Model, plan_of
from .query import Query

if TYPE_CHECKING:
    from .http import AsyncSession, Session

__all__ = ["Call", "Param", "Returns", "asend", "send"]

T = TypeVar("T")
E = TypeVar("E", bound=Entity)
Param = tuple[str, str, str, bool, Any]  # (wire name, kind, ref, many, value)
Returns = tuple[str, str, bool]  # (kind, ref, many)
_SENTINELS = {
    "Guid": ZERO_GUID,
    "DateTimeOffset": EMPTY_DATETIME,
    "DateTime": EMPTY_DATETIME,
    "Date": "0001-01-01",
    "String": "",
}
_PATH_SAFE = "'(),=:@!*$;-._~"


class Call(NamedTuple, Generic[T]):
    """One request and how to read its answer."""

    method: str
    url: str  # relative to the service root, or absolute (a next link)
    decode: Callable[[httpx.Response], T]
    query: str = ""
    body: Any = None  # JSON; None: no JSON body
    content: bytes | Iterable[bytes] | None = None
    headers: Mapping[str, str] = MappingProxyType({})


def _arguments(call: Call[Any]) -> dict[str, Any]:
    options: dict[str, Any] = {"query": call.query, "headers": call.headers}
    if call.body is not None:
        options["json"] = call.body
    if call.content is not None:
        options["content"] = call.content
    return options


def send(session: Session, call: Call[T]) -> T:
    return call.decode(session.request(call.method, call.url, **_arguments(call)))


async def asend(session: AsyncSession, call: Call[T]) -> T:
    response = await session.request(call.method, call.url, **_arguments(call))
    return call.decode(response)


# -- entity types -------------------------------------------------------------------
class Shape(NamedTuple):
    """What the entity layer needs to know about a model class, computed once."""

    specs: dict[str, FieldSpec]  # attribute -> spec
    attribute: dict[str, str]  # wire -> attribute
    key: tuple[tuple[str, str], ...]  # (wire, kind)
    writable: dict[str, tuple[str, Callable[[Any], Any]]]  # attr -> (wire, encoder)


_SHAPES: dict[type, Shape] = {}


def shape(cls: type[Model]) -> Shape:
    found = _SHAPES.get(cls)
    if found is None:
        plan = plan_of(cls)
        specs = plan.specs
        attribute = {spec.wire: name for name, spec in specs.items()}
        kinds = {spec.wire: spec.kind for spec in specs.values()}
        wires: tuple[str, ...] = getattr(cls, "__odata_key__", ())
        key = tuple((wire, kinds.get(wire, "Untyped")) for wire in wires)
        writable = {name: (wire, encode) for name, wire, encode in plan.encode}
        found = _SHAPES[cls] = Shape(specs, attribute, key, writable)
    return found


def column(cls: type[Model], wire: str) -> Field[Any]:
    """A field of the column ``wire``, to order and filter by without a Fields class."""
    known = shape(cls)
    name = known.attribute.get(wire)
    return Field(wire, kind=known.specs[name].kind if name is not None else None)


def _key_values(cls: type[Entity], key: Any) -> list[tuple[str, str, Any]]:
    parts = shape(cls).key
    if not parts:
        raise TypeError(f"{cls.__name__} has no key: it cannot be addressed")
    if isinstance(key, Model):
        if not isinstance(key, cls):
            raise TypeError(f"expected a {cls.__name__} or its key, not {key!r}")
        names = shape(cls).attribute
        missing = [wire for wire, _ in parts if not key.has(names[wire])]
        if missing:
            raise ValueError(f"{cls.__name__} object without its key {missing}: {key}")
        return [(w, k, getattr(key, names[w])) for w, k in parts]
    if isinstance(key, Mapping):
        names = shape(cls).attribute
        by_wire = {names.get(w, w): w for w, _ in parts}
        given = {by_wire.get(str(n), str(n)): v for n, v in key.items()}
        if set(given) != {w for w, _ in parts}:
            raise ValueError(f"the key of {cls.__name__} is {[w for w, _ in parts]}")
        return [(w, k, given[w]) for w, k in parts]
    values = key if isinstance(key, tuple) and len(parts) > 1 else (key,)
    if len(values) != len(parts):
        raise ValueError(f"the key of {cls.__name__} has {len(parts)} parts: {key!r}")
    return [(w, k, v) for (w, k), v in zip(parts, values, strict=True)]


def key_text(cls: type[Entity], key: Any) -> str:
    """The key as written between the parentheses of a URL (not yet encoded)."""
    parts = []
    for wire, kind, value in _key_values(cls, key):
        if kind == "Guid" and isinstance(value, str):
            value = uuid.UUID(value)
        parts.append((wire, literal_formatter(kind)(value)))
    if len(parts) == 1:
        return parts[0][1]
    return ",".join(f"{wire}={literal}" for wire, literal in parts)


def entity_url(set_name: str, cls: type[Entity], key: Any) -> str:
    return f"{set_name}({quote(key_text(cls, key), safe=_PATH_SAFE)})"


def if_match(key: Any) -> dict[str, str]:
    tag = _m.etag(key) if isinstance(key, Model) else None
    return {"If-Match": tag} if tag else {}


def stream_wire(cls: type[Model], stream: str) -> str:
    """A stream property's wire name from its attribute or wire name."""
    spec = shape(cls).specs.get(stream)
    return spec.wire if spec is not None else stream


# -- reading --------------------------------------------------------------------------
def decoder(cls: type[E]) -> Callable[[httpx.Response], E]:
    def decode(response: httpx.Response) -> E:
        return cls.from_odata(response.json())

    return decode


def rows(response: httpx.Response) -> tuple[list[Any], str | None]:
    """The JSON objects of a collection answer and its absolute next link."""
    data = response.json()
    link = data.get("@odata.nextLink")
    if isinstance(link, str) and "://" not in link:
        link = str(response.request.url.join(link))
    return data.get("value") or [], link if isinstance(link, str) else None


def nothing(response: httpx.Response) -> None:
    return None


def selection(
    cls: type[Model],
    query: Query,
    select: Iterable[Field[Any] | Fields],
    expand: Iterable[Fields] = (),
) -> Query:
    """``query`` with ``select`` and ``expand`` added; a root ``$select`` always
    holds the key too, so the objects read can be updated and deleted."""
    fields = tuple(select)
    query = query.select(*fields)
    if any(isinstance(f, Field) and not f._nav for f in fields):
        query = query.select(*[column(cls, wire) for wire, _ in shape(cls).key])
    for nav in expand:
        query = query.expand(nav)
    return query


def get_call(set_name: str, cls: type[E], key: Any, query: str = "") -> Call[E]:
    return Call("GET", entity_url(set_name, cls, key), decoder(cls), query=query)


def count_call(set_name: str, query: Query, dialect: Dialect) -> Call[int]:
    params = query.params(dialect)
    wanted = {k: v for k, v in params.items() if k in ("$filter", "$search")}
    text = encode_params(wanted)
    return Call("GET", f"{set_name}/$count", lambda r: int(r.text.strip()), query=text)


# -- writing --------------------------------------------------------------------------
def read_call(
    set_name: str,
    cls: type[E],
    key: Any,
    select: Iterable[Field[Any] | Fields],
    expand: Iterable[Fields],
    dialect: Dialect,
) -> Call[E]:
    """GET one entity by key, with ``$select``/``$expand``."""
    query = selection(cls, Query(), select, expand)
    return get_call(set_name, cls, key, query.query_string(dialect))


def create_entity_call(
    set_name: str,
    cls: type[E],
    entity: Model | None,
    given: Mapping[str, Any],
    creatio: bool,
) -> Call[E]:
    """POST the fields ``entity`` holds (if any) and ``given`` (by attribute)."""
    base = _m.changes(entity, everything=True) if entity is not None else {}
    return create_call(set_name, cls, body(cls, base, given), creatio)


def update_entity_call(
    set_name: str, cls: type[E], key: Any, given: Mapping[str, Any], creatio: bool
) -> Call[None] | None:
    """PATCH ``given`` (by attribute) and, when ``key`` is a model, its changes;
    None when there is nothing to send."""
    base = _m.changes(key) if isinstance(key, Model) else {}
    payload = body(cls, base, given, drop_key=True)
    if not payload:
        return None
    return update_call(set_name, cls, key, payload, creatio)


def split_locals(
    cls: type[Model], values: Mapping[str, Any]
) -> tuple[Any, dict[str, Any]]:
    """(the model passed positionally or None, {attribute: value}) from the locals()
    of a generated create/update: fields left ``UNSET`` are dropped."""
    specs = shape(cls).specs
    given: dict[str, Any] = {}
    entity = None
    for name, value in values.items():
        if name in specs:
            if value is not _m.UNSET:
                given[name] = value
        elif isinstance(value, Model) and name != "self":
            entity = value
    return entity, given


def body(
    cls: type[Model],
    base: Mapping[str, Any],
    values: Mapping[str, Any],
    *,
    drop_key: bool = False,
) -> dict[str, Any]:
    """A write body: ``base`` (OData JSON) updated with ``values`` (by attribute)."""
    known = shape(cls)
    result = dict(base)
    for name, value in values.items():
        if name not in known.writable:
            what = "a navigation or a stream" if name in known.specs else "no field"
            raise TypeError(f"{cls.__name__}.{name} cannot be written: {what}")
        wire, encode = known.writable[name]
        result[wire] = encode(value)
    if drop_key:
        for wire, _ in known.key:
            result.pop(wire, None)
    return result


def sentinels(cls: type[Model], payload: Mapping[str, Any]) -> dict[str, Any]:
    """``payload`` with ``None`` written as Creatio's empty values."""
    known = shape(cls)
    result = dict(payload)
    for wire, value in payload.items():
        if value is None and wire in known.attribute:
            spec = known.specs[known.attribute[wire]]
            if not spec.many:
                result[wire] = _SENTINELS.get(spec.kind)
    return result


def create_call(
    set_name: str, cls: type[E], payload: dict[str, Any], creatio: bool
) -> Call[E]:
    def decode(response: httpx.Response) -> E:
        if response.content.strip():
            return cls.from_odata(response.json())
        return cls.from_odata(payload)  # Prefer: return=minimal answers 204

    sent = sentinels(cls, payload) if creatio else payload
    return Call("POST", set_name, decode, body=sent)


def update_call(
    set_name: str, cls: type[E], key: Any, payload: dict[str, Any], creatio: bool
) -> Call[None]:
    def decode(response: httpx.Response) -> None:
        if isinstance(key, Model):
            _m.mark_saved(key, payload, new_etag(response))

    url = entity_url(set_name, cls, key)
    sent = sentinels(cls, payload) if creatio else payload
    return Call("PATCH", url, decode, body=sent, headers=if_match(key))


def new_etag(response: httpx.Response) -> str | None:
    """The ETag a write answered with: the ``ETag`` header, else the body's
    ``@odata.etag`` (None when neither: a 204 without one)."""
    tag: str | None = response.headers.get("ETag")
    if tag:
        return tag
    if response.content[:1] == b"{":
        try:
            data = response.json()
        except ValueError:
            return None
        found = data.get("@odata.etag") if isinstance(data, dict) else None
        return found if isinstance(found, str) else None
    return None


def delete_call(set_name: str, cls: type[E], key: Any) -> Call[None]:
    url = entity_url(set_name, cls, key)
    return Call("DELETE", url, nothing, headers=if_match(key))


# -- operations -------------------------------------------------------------------------
def operation_call(
    path: str,
    *,
    action: bool,
    params: Sequence[Param],
    returns: Returns | None,
) -> Call[Any]:
    """An action (POST, parameters in a JSON body) or a function (GET,
    ``Name(p=@p)?@p=<literal>``) at ``path``, and the decoder of its result."""
    decode = _result_decoder(returns)
    if action:
        payload = {
            wire: _encode(kind, ref, many, v) for wire, kind, ref, many, v in params
        }
        return Call("POST", path, decode, body=payload)
    names = ",".join(f"{wire}=@{wire}" for wire, *_ in params)
    aliases = "&".join(
        f"@{wire}={quote_query_value(_literal(kind, ref, many, value))}"
        for wire, kind, ref, many, value in params
    )
    return Call("GET", f"{path}({names})", decode, query=aliases)


def _encode(kind: str, ref: str, many: bool, value: Any) -> Any:
    return value_codecs(FieldSpec("", kind, ref, many))[1](value)


def _literal(kind: str, ref: str, many: bool, value: Any) -> str:
    if many or kind in ("complex", "entity"):  # JSON in a parameter alias
        return _json.dumps(_encode(kind, ref, many, value), separators=(",", ":"))
    return literal_formatter(kind)(value)


def _result_decoder(returns: Returns | None) -> Callable[[httpx.Response], Any]:
    if returns is None:
        return nothing
    kind, ref, many = returns
    convert = value_codecs(FieldSpec("", kind, ref, many))[0]

    def decode(response: httpx.Response) -> Any:
        if response.status_code == 204 or not response.content.strip():
            return None
        data = response.json()
        if isinstance(data, dict) and (many or kind not in ("complex", "entity")):
            data = data.get("value")
        return convert(data)

    return decode
