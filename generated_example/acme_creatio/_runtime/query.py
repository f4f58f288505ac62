"""Typed OData queries: field objects, filter expressions and an immutable builder.

Every generated entity gets a fields class, attached to the model as ``Contact.q``::

    class ContactFields(_q.Fields):
        name: _q.StrField = _q.StrField("Name")
        age: _q.IntField = _q.IntField("Age")
        account_id: _q.LookupField = _q.LookupField("AccountId", "Account", "Id")
        account: AccountFields = _q.nav(AccountFields, "Account")

    q = Contact.q
    query = Query().filter(q.age >= 18, q.account.name == "Acme").select(q.name)
    query.query_string(CREATIO)  # $filter=Age%20ge%2018%20and%20Account/Name%20eq%20...

This module is the public entry point and re-exports every public name of the layer:

* ``expr.py``: ``Expr`` and the typed expressions, functions and arithmetic;
* ``filters.py``: ``Filter``, ``Dialect`` (``CREATIO``, ``STANDARD``) and ``render``;
* ``fields.py``: ``Field`` and its typed subclasses, ``Fields`` and ``nav()``;
* here: ``Query``, its ``$expand``/``$select`` tree, URL encoding and paging.

Choices, and why (each module explains its own):

* **Deterministic URLs.** Options come in the order ``$filter, $select, $expand,
  $orderby, $top, $skip, $count, $search`` (the same inside ``$expand(…)``, separated
  by ``;``), duplicates are dropped and spaces are ``%20``. ``filter``, ``select``,
  ``expand`` and ``order_by`` add to the query; ``top``, ``skip``, ``count`` and
  ``search`` replace. Selecting ``q.account.name`` selects ``Name`` inside
  ``$expand=Account(...)`` and nothing at the root.
* **Paging** (``Query.page``, ``page_params``) pages inside the window of the
  query's own ``top``/``skip``, pages numbered from 0, the size capped at Creatio's
  ``MaxEntityRowCount`` (20,000). The stable key is appended to ``$orderby`` unless
  the order names it already, anywhere (ASP.NET OData rejects a property ordered
  twice, and an order containing a unique key is total).
* **Cost.** Expressions, filters and queries are slotted objects built with a few
  calls each; a typical query (3 conditions, 5 selected fields, an order, a top) is
  built and encoded in about 20 µs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from .expr import DateExpr, DateTimeExpr, DecimalExpr, Expr, FloatExpr, IntExpr
from .expr import OrderBy, StrExpr, TimeExpr
from .fields import AnyField, BinaryField, BoolField, DateField, DateTimeField
from .fields import DecimalField, DurationField, EnumField, Field, Fields, FloatField
from .fields import GuidField, IntField, LookupField, StrField, TimeField, nav
from .filters import _ANDS, CREATIO, MAX_PAGE_SIZE, STANDARD, Dialect, Filter, Scope
from .filters import _combine
from .filters import FALSE as FALSE  # public constants, kept out of __all__
from .filters import TRUE as TRUE
from .filters import _Frozen, _set, render
from .literals import encode_params

__all__ = [
    "CREATIO", "MAX_PAGE_SIZE", "STANDARD", "AnyField", "BinaryField", "BoolField",
    "DateExpr", "DateField", "DateTimeExpr", "DateTimeField", "DecimalExpr",
    "DecimalField", "Dialect", "DurationField", "EnumField", "Expr", "Field",
    "Fields", "Filter", "FloatExpr", "FloatField", "GuidField", "IntExpr", "IntField",
    "LookupField", "OrderBy", "Query", "StrExpr", "StrField", "TimeExpr", "TimeField",
    "nav", "page_params", "render",
]  # fmt: skip


# Call syntax: see FieldSpec in model.py.
_Expand = NamedTuple(
    "_Expand",
    [
        ("path", Scope),
        ("filter", Filter | None),
        ("order", tuple[OrderBy, ...]),
        ("top", int | None),
        ("skip", int | None),
    ],
)
_State = NamedTuple(
    "_State",
    [
        ("filter", Filter | None),
        ("select", tuple[tuple[Scope, str], ...]),  # (navigation path, property)
        ("expand", tuple[_Expand, ...]),
        ("order", tuple[OrderBy, ...]),
        ("top", int | None),
        ("skip", int | None),
        ("counted", bool),  # $count=true
        ("search", str | None),
    ],
)


class _Level:
    """One level of the $select/$expand tree, built when a query is rendered."""

    __slots__ = ("select", "children", "filters", "order", "top", "skip")

    def __init__(self) -> None:
        self.select: dict[str, None] = {}
        self.children: dict[str, _Level] = {}
        self.filters: list[Filter] = []
        self.order: list[OrderBy] = []
        self.top: int | None = None
        self.skip: int | None = None

    def at(self, path: Scope) -> _Level:
        level = self
        for name in path:
            child = level.children.get(name)
            if child is None:
                child = level.children[name] = _Level()
            level = child
        return level

    def options(self, dialect: Dialect) -> dict[str, str]:
        result: dict[str, str] = {}
        if self.filters:
            result["$filter"] = render(Filter.all(*self.filters), dialect)
        if self.select:
            result["$select"] = ",".join(self.select)
        if self.children:
            result["$expand"] = ",".join(
                name + _nested(child.options(dialect))
                for name, child in self.children.items()
            )
        if self.order:
            result["$orderby"] = ",".join(dict.fromkeys([o.wire for o in self.order]))
        if self.top is not None:
            result["$top"] = str(self.top)
        if self.skip is not None:
            result["$skip"] = str(self.skip)
        return result


def _nested(options: dict[str, str]) -> str:
    return f"({';'.join(f'{k}={v}' for k, v in options.items())})" if options else ""


def _natural(name: str, value: int | None) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value is not None and value < 0:
        raise ValueError(f"{name} must not be negative: {value}")
    return value


def _orders(items: Expr[Any] | OrderBy | Iterable[Expr[Any] | OrderBy]) -> Any:
    result = []
    for item in (items,) if isinstance(items, (Expr, OrderBy)) else items:
        if isinstance(item, Expr):
            item = OrderBy(item)
        elif not isinstance(item, OrderBy):
            raise TypeError(f"expected a field, an expression or an OrderBy: {item!r}")
        result.append(item)
    return tuple(result)


def _root_only(what: str, scope: Scope | None) -> None:
    if scope:
        raise ValueError(
            f"{what} uses fields of the collection {'/'.join(scope)}: "
            "pass it to expand() of that navigation"
        )


class Query(_Frozen):
    """An immutable OData query; every method returns a new query."""

    __slots__ = ("_s",)
    _s: _State

    def __init__(self) -> None:
        _set(self, "_s", _EMPTY)

    def _with(self, **changes: Any) -> Query:
        query = object.__new__(Query)
        _set(query, "_s", self._s._replace(**changes))
        return query

    def filter(self, *filters: Filter) -> Query:
        """Add conditions (all must hold)."""
        if self._s.filter is not None:
            filters = (self._s.filter, *filters)
        combined = _combine(_ANDS, filters)
        _root_only("filter", combined._node[4])
        return self._with(filter=None if combined is TRUE else combined)

    def select(self, *fields: Field[Any] | Fields) -> Query:
        """Add fields to `$select`; a navigation's field (``q.account.name``) selects
        it in `$expand`, a navigation (``q.account``) expands all of its fields."""
        selected, expanded = list(self._s.select), self._s.expand
        for field in fields:
            if isinstance(field, Field):
                selected.append((field._nav, field.name))
            elif isinstance(field, Fields) and field.__odata_nav__:
                expanded += (_Expand(field.__odata_nav__, None, (), None, None),)
            else:
                raise TypeError(f"select() takes fields or navigations: {field!r}")
        return self._with(select=tuple(selected), expand=expanded)

    def expand(
        self,
        nav: Fields,
        *,
        select: Iterable[Field[Any] | Fields] = (),
        filter: Filter | None = None,
        order_by: Expr[Any] | OrderBy | Iterable[Expr[Any] | OrderBy] = (),
        top: int | None = None,
        skip: int | None = None,
    ) -> Query:
        """Expand a navigation; ``select`` takes its fields (``q.account.name``);
        ``filter``, ``order_by``, ``top`` and ``skip`` apply to a collection."""
        path = nav.__odata_nav__ if isinstance(nav, Fields) else ()
        if not path:
            raise TypeError(f"expand() takes a navigation such as q.account: {nav!r}")
        where = "/".join(path)
        fields = tuple(select)
        for field in fields:
            under = field._nav if isinstance(field, Field) else field.__odata_nav__
            if under[: len(path)] != path:
                raise ValueError(f"{field!r} is not a field of {where}")
        order: tuple[OrderBy, ...] = _orders(order_by)
        top, skip = _natural("top", top), _natural("skip", skip)
        options = filter is not None or order or top is not None or skip is not None
        if options and nav.__odata_depth__ != len(path):
            raise ValueError(
                f"filter, order_by, top and skip need a collection: {where} is not one"
            )
        if filter is not None and filter._node[4] not in (None, path):
            raise ValueError(f"expand({where}): the filter is on other fields")
        if any(o._scope != path for o in order):
            raise ValueError(f"expand({where}): order_by is on other fields")
        entry = _Expand(path, filter, order, top, skip)
        query = self._with(expand=(*self._s.expand, entry))
        return query.select(*fields) if fields else query

    def order_by(self, *items: Expr[Any] | OrderBy) -> Query:
        """Add sort keys (a field or expression sorts ascending)."""
        order: tuple[OrderBy, ...] = _orders(items)
        for item in order:
            _root_only("order_by", item._scope)
        return self._with(order=self._s.order + order)

    def top(self, n: int | None) -> Query:
        return self._with(top=_natural("top", n))

    def skip(self, n: int | None) -> Query:
        return self._with(skip=_natural("skip", n))

    def count(self, value: bool = True) -> Query:
        """Ask for the total count (`$count=true`)."""
        return self._with(counted=bool(value))

    def search(self, text: str | None) -> Query:
        """`$search` (sent as given; ``None`` removes it)."""
        return self._with(search=text)

    def page(
        self,
        page_size: int,
        page_number: int,
        stable_key: Expr[Any] | OrderBy | Sequence[Expr[Any] | OrderBy],
    ) -> Query:
        """Page ``page_number`` (from 0) of this query's rows, ``page_size`` rows a
        page (at most MAX_PAGE_SIZE), ordered stably by ``stable_key``."""
        size = min(_natural("page_size", page_size) or 0, MAX_PAGE_SIZE)
        if not size:
            raise ValueError("page_size must be at least 1")
        start = size * (_natural("page_number", page_number) or 0)
        order = self._s.order
        present = {o.text for o in order}
        for key in _orders(stable_key):
            _root_only("stable_key", key._scope)
            if key.text not in present:
                order += (key,)
                present.add(key.text)
        top = self._s.top
        top = size if top is None else max(0, min(size, top - start))
        return self._with(order=order, top=top, skip=(self._s.skip or 0) + start)

    def params(self, dialect: Dialect) -> dict[str, str]:
        """The query options, in a fixed order, not yet URL-encoded."""
        s = self._s
        root = _Level()
        if s.filter is not None:
            root.filters.append(s.filter)
        for path, name in s.select:
            (root.at(path) if path else root).select[name] = None
        for e in s.expand:
            level = root.at(e.path)
            if e.filter is not None:
                level.filters.append(e.filter)
            level.order += e.order
            level.top = level.top if e.top is None else e.top
            level.skip = level.skip if e.skip is None else e.skip
        root.order += s.order
        root.top, root.skip = s.top, s.skip
        result = root.options(dialect)
        if s.counted:
            result["$count"] = "true"
        if s.search is not None:
            result["$search"] = s.search
        return result

    def query_string(self, dialect: Dialect) -> str:
        """The URL query string (no ``?``), spaces as ``%20``."""
        return encode_params(self.params(dialect))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Query) and self._s == other._s

    def __hash__(self) -> int:
        return hash(self._s)

    def __repr__(self) -> str:
        return f"Query({self.query_string(STANDARD)!r})"


_EMPTY = _State(None, (), (), (), None, None, False, None)


def page_params(
    query: Query,
    page_size: int,
    page_number: int,
    stable_key: Expr[Any] | OrderBy | Sequence[Expr[Any] | OrderBy],
    dialect: Dialect = CREATIO,
) -> dict[str, str]:
    """The params of page ``page_number`` (from 0): see ``Query.page``."""
    return query.page(page_size, page_number, stable_key).params(dialect)
