"""Boolean filters, server dialects and their rendering to `$filter` text.

Choices, and why:

* **Text is rendered when an expression is built.** Paths and literals never depend on
  the dialect, so each comparison is a finished string with its precedence; only
  ``in_`` is left to ``render(filter, dialect)``: an ``or`` chain of ``eq`` on Creatio
  (which has no ``in``), native ``Name in ('a','b')`` on standard servers, ``eq`` for
  one value and ``false`` for none on both. Parentheses go exactly where OData's
  precedence (``not`` > comparisons > ``and`` > ``or``; ``mul div mod`` > ``add sub``)
  needs them. ``&``/``|`` chains are flattened (no recursion limit on long chains),
  ``~~f`` is ``f``, ``true`` drops out of ``and`` and ``false`` out of ``or``.
* ``Filter.__bool__`` raises, which catches ``a and b`` written for ``a & b``.

The immutable base (``_Frozen``), the precedence levels and scopes shared by
``expr.py``, ``fields.py`` and ``query.py`` live here too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

__all__ = [
    "CREATIO",
    "MAX_PAGE_SIZE",
    "STANDARD",
    "Dialect",
    "Filter",
    "page_size",
    "render",
]

Scope = tuple[str, ...]

# Precedence of the outermost operator of a rendered text (higher binds tighter).
_OR, _AND, _CMP, _ADD, _MUL, _UNARY, _PRIMARY = range(1, 8)
_set = object.__setattr__


class _Frozen:
    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")


class Dialect(_Frozen):
    """How a server spells what OData 4 servers differ on (today: ``in``)."""

    __slots__ = ("name",)
    name: Literal["creatio", "standard"]

    def __init__(self, name: Literal["creatio", "standard"]) -> None:
        if name not in ("creatio", "standard"):
            raise ValueError(f"unknown dialect {name!r}: 'creatio' or 'standard'")
        _set(self, "name", name)

    def __repr__(self) -> str:
        return f"Dialect({self.name!r})"


CREATIO = Dialect("creatio")
STANDARD = Dialect("standard")
MAX_PAGE_SIZE = 20_000  # Creatio's MaxEntityRowCount


def page_size(size: int) -> int:
    """A checked page size, capped at Creatio's 20,000."""
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ValueError(f"page_size must be a positive int: {size!r}")
    return min(size, MAX_PAGE_SIZE)


def _same_scope(a: Scope | None, b: Scope | None) -> Scope | None:
    if a is b or b is None or a == b:
        return a
    if a is None:
        return b
    where = " and ".join("/".join(s) or "the query root" for s in (a, b))
    raise ValueError(f"cannot combine expressions from different scopes: {where}")


_LEAF, _ANDS, _ORS, _NOT, _IN = range(5)
# A filter's node: (operator, text, precedence, items, scope). The text is a leaf's
# text, or the left side of an `in`; the items are the children (and, or, not) or the
# literal texts (in); a scope of None fits anywhere (true, false).
_Node = tuple[int, str, int, tuple[Any, ...], Scope | None]


class Filter(_Frozen):
    """An immutable boolean expression; combine with ``&``, ``|`` and ``~``."""

    __slots__ = ("_node",)
    _node: _Node

    def __and__(self, other: Filter) -> Filter:
        return _combine(_ANDS, (self, other))

    def __or__(self, other: Filter) -> Filter:
        return _combine(_ORS, (self, other))

    def __invert__(self) -> Filter:
        op, text, _, items, scope = self._node
        if op == _NOT:
            return items[0]  # type: ignore[no-any-return]
        if self is TRUE or self is FALSE:
            return FALSE if self is TRUE else TRUE
        return _filter((_NOT, "", _UNARY, (self,), scope))

    @staticmethod
    def all(*filters: Filter) -> Filter:
        """All of ``filters`` (``and``); ``true`` when there are none."""
        return _combine(_ANDS, filters)

    @staticmethod
    def any(*filters: Filter) -> Filter:
        """Any of ``filters`` (``or``); ``false`` when there are none."""
        return _combine(_ORS, filters)

    def __bool__(self) -> bool:
        raise TypeError(
            "a Filter has no truth value: combine filters with & | ~, not and/or/not"
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Filter) and self._node == other._node

    def __hash__(self) -> int:
        return hash(self._node)

    def __repr__(self) -> str:
        return f"Filter({render(self, STANDARD)!r})"


def _filter(node: _Node) -> Filter:
    f = object.__new__(Filter)
    _set(f, "_node", node)
    return f


def _leaf(text: str, prec: int, scope: Scope) -> Filter:
    f = object.__new__(Filter)
    _set(f, "_node", (_LEAF, text, prec, (), scope))
    return f


TRUE = _filter((_LEAF, "true", _PRIMARY, (), None))
FALSE = _filter((_LEAF, "false", _PRIMARY, (), None))


def _combine(op: int, filters: Iterable[Filter]) -> Filter:
    neutral = TRUE if op == _ANDS else FALSE
    items: list[Filter] = []
    scope: Scope | None = None
    for f in filters:
        if not isinstance(f, Filter):
            raise TypeError(f"expected a Filter, got {type(f).__name__}: {f!r}")
        if f is not neutral:
            node = f._node
            scope = _same_scope(scope, node[4])
            if node[0] == op:
                items += node[3]
            else:
                items.append(f)
    if len(items) < 2:
        return items[0] if items else neutral
    return _filter((op, "", _AND if op == _ANDS else _OR, tuple(items), scope))


def render(filter: Filter, dialect: Dialect) -> str:
    """The ``$filter`` text of ``filter`` for ``dialect``."""
    return _render(filter._node, dialect.name == "creatio")[0]


def _render(node: _Node, creatio: bool) -> tuple[str, int]:
    op, text, prec, items, _ = node
    if op == _LEAF:
        return text, prec
    if op == _IN:
        if len(items) < 2:
            return (f"{text} eq {items[0]}", _CMP) if items else ("false", _PRIMARY)
        if creatio:
            return " or ".join([f"{text} eq {v}" for v in items]), _OR
        return f"{text} in ({','.join(items)})", _CMP
    if op == _NOT:
        inner, inner_prec = _render(items[0]._node, creatio)
        return ("not " + inner if inner_prec >= _UNARY else f"not ({inner})"), _UNARY
    parts = []
    for item in items:
        inner, inner_prec = _render(item._node, creatio)
        parts.append(inner if inner_prec >= prec else f"({inner})")
    return (" and " if op == _ANDS else " or ").join(parts), prec
