"""Typed value expressions: comparisons, string and date functions, arithmetic.

Choices, and why:

* **Operators build expressions, as in SQLAlchemy.** ``Expr[T]`` (base of
  ``Field[T]``) types ``__eq__``/``__lt__``/… with the value type ``T``: mypy refuses
  ``q.age < "x"``. For ``==``/``!=`` Python's fallback to ``str.__eq__`` makes
  ``q.age == "x"`` a ``bool`` to mypy, which everything that takes a filter refuses
  (``Query.filter``, ``expand``, ``&``, ``|``, ``Filter.all``, a ``Filter``
  annotation), so the line is an error all the same. The same check runs when a
  query is built: a value of the wrong type raises ``TypeError`` (``literals.py``).
  Field hashes are identities (fields stay usable as dict keys);
  ``Filter.__bool__`` raises, which catches ``a and b`` written for ``a & b``.
  Python asks the right operand first when its class derives from the left one's,
  so ``q.name.trim() == q.name`` renders mirrored (``Name eq trim(Name)``): the same
  condition.
* **Arithmetic** maps ``+ - * / %`` to ``add sub mul div mod`` on numbers; ``int``
  with ``float`` gives a float, with ``Decimal`` a decimal; ``/`` on integers is
  OData's ``div``, an integer division on the server.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, overload

from .filters import _ADD, _CMP, _IN, _MUL, _PRIMARY, _UNARY, Filter, Scope, _filter
from .filters import _Frozen, _leaf, _same_scope, _set
from .literals import literal_formatter

if TYPE_CHECKING:  # imported on first use (see fields.py)
    import decimal

__all__ = [
    "DateExpr", "DateTimeExpr", "DecimalExpr", "Expr", "FloatExpr", "IntExpr",
    "OrderBy", "StrExpr", "TimeExpr",
]  # fmt: skip

T = TypeVar("T")
N = TypeVar("N")


class OrderBy(_Frozen):
    """One ``$orderby`` item: an expression and a direction."""

    __slots__ = ("text", "descending", "wire", "_scope")
    text: str
    descending: bool
    wire: str  # "Name desc"
    _scope: Scope

    def __init__(self, expr: Expr[Any], descending: bool = False) -> None:
        _set(self, "text", expr._text)
        _set(self, "descending", descending)
        _set(self, "wire", expr._text + " desc" if descending else expr._text)
        _set(self, "_scope", expr._scope)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderBy):
            return NotImplemented
        return self.wire == other.wire and self._scope == other._scope

    def __hash__(self) -> int:
        return hash(self.wire)

    def __repr__(self) -> str:
        return f"OrderBy({self.wire!r})"


class Expr(_Frozen, Generic[T]):
    """A typed OData value expression; comparing it builds a ``Filter``."""

    __slots__ = ("_text", "_prec", "_fmt", "_scope")
    _text: str  # rendered, relative to the scope
    _prec: int
    _fmt: Callable[[object], str]  # writes a value of this type as a literal
    _scope: Scope  # the collection navigation it is relative to; () is the root

    @classmethod
    def _new(cls, text: str, prec: int, kind: str, scope: Scope) -> Self:
        expr = object.__new__(cls)
        _set(expr, "_text", text)
        _set(expr, "_prec", prec)
        _set(expr, "_fmt", literal_formatter(kind))
        _set(expr, "_scope", scope)
        return expr

    def _operand(self, other: object) -> str:
        if isinstance(other, Expr):
            _same_scope(self._scope, other._scope)
            return other._text  # never looser than a comparison
        return self._fmt(other)

    def _compare(self, op: str, other: object) -> Filter:
        return _leaf(f"{self._text} {op} {self._operand(other)}", _CMP, self._scope)

    def _call(self, function: str, *args: object) -> str:
        return f"{function}({','.join([self._text, *map(self._operand, args)])})"

    def __eq__(self, other: T | Expr[T] | None) -> Filter:  # type: ignore[override]
        return self._compare("eq", other)

    def __ne__(self, other: T | Expr[T] | None) -> Filter:  # type: ignore[override]
        return self._compare("ne", other)

    def __lt__(self, other: T | Expr[T]) -> Filter:
        return self._compare("lt", other)

    def __le__(self, other: T | Expr[T]) -> Filter:
        return self._compare("le", other)

    def __gt__(self, other: T | Expr[T]) -> Filter:
        return self._compare("gt", other)

    def __ge__(self, other: T | Expr[T]) -> Filter:
        return self._compare("ge", other)

    def __hash__(self) -> int:
        return id(self)

    def is_(self, value: None) -> Filter:
        """``eq null``."""
        if value is not None:
            raise TypeError("is_() compares with None only; use ==")
        return self._compare("eq", None)

    def is_not(self, value: None) -> Filter:
        """``ne null``."""
        if value is not None:
            raise TypeError("is_not() compares with None only; use !=")
        return self._compare("ne", None)

    def in_(self, values: Iterable[T]) -> Filter:
        """One of ``values`` (rendered per dialect: ``or`` chain or ``in``)."""
        if isinstance(values, (str, bytes, bytearray)):
            raise TypeError("in_() takes a collection of values, not one string")
        literals = tuple(dict.fromkeys(map(self._fmt, values)))
        return _filter((_IN, self._text, _CMP, literals, self._scope))

    def asc(self) -> OrderBy:
        return OrderBy(self)

    def desc(self) -> OrderBy:
        return OrderBy(self, descending=True)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._text!r})"


class StrExpr(Expr[str]):
    __slots__ = ()

    def _predicate(self, function: str, arg: str | StrExpr) -> Filter:
        return _leaf(self._call(function, arg), _PRIMARY, self._scope)

    def startswith(self, prefix: str | StrExpr) -> Filter:
        return self._predicate("startswith", prefix)

    def endswith(self, suffix: str | StrExpr) -> Filter:
        return self._predicate("endswith", suffix)

    def contains(self, part: str | StrExpr) -> Filter:
        return self._predicate("contains", part)

    def length(self) -> IntExpr:
        return IntExpr._new(self._call("length"), _PRIMARY, "Int32", self._scope)

    def tolower(self) -> StrExpr:
        return StrExpr._new(self._call("tolower"), _PRIMARY, "String", self._scope)

    def toupper(self) -> StrExpr:
        return StrExpr._new(self._call("toupper"), _PRIMARY, "String", self._scope)

    def trim(self) -> StrExpr:
        return StrExpr._new(self._call("trim"), _PRIMARY, "String", self._scope)


def _part(expr: Expr[Any], function: str) -> IntExpr:
    return IntExpr._new(expr._call(function), _PRIMARY, "Int32", expr._scope)


if TYPE_CHECKING:
    from typing import TypeAlias

    _Num: TypeAlias = "N | int | Expr[N] | _NumExpr[Any]"


class _NumExpr(Expr[N]):
    """Numbers compare with any number expression and with ``int`` literals (typing
    only: the methods are Expr's); arithmetic is attached below."""

    __slots__ = ()
    _result_kind: ClassVar[str]
    if TYPE_CHECKING:

        def __eq__(self, other: _Num[N] | None) -> Filter: ...  # type: ignore[override]
        def __ne__(self, other: _Num[N] | None) -> Filter: ...  # type: ignore[override]
        def __lt__(self, other: _Num[N]) -> Filter: ...
        def __le__(self, other: _Num[N]) -> Filter: ...
        def __gt__(self, other: _Num[N]) -> Filter: ...
        def __ge__(self, other: _Num[N]) -> Filter: ...


def _family(expr: _NumExpr[Any]) -> type[_NumExpr[Any]]:
    for cls in (DecimalExpr, FloatExpr):
        if isinstance(expr, cls):
            return cls
    return IntExpr


def _promote(a: type[_NumExpr[Any]], b: type[_NumExpr[Any]]) -> Any:
    if a is b or b is IntExpr:
        return a
    return b if a is IntExpr else None  # Decimal with Double: refused, as in Python


def _arithmetic(op: str, reflected: bool) -> Callable[[Any, Any], Any]:
    prec = _ADD if op in ("add", "sub") else _MUL

    def apply(self: _NumExpr[Any], other: object) -> Any:
        import decimal

        if isinstance(other, _NumExpr):
            _same_scope(self._scope, other._scope)
            family, text, other_prec = _family(other), other._text, other._prec
        elif isinstance(other, bool) or not isinstance(
            other, (int, float, decimal.Decimal)
        ):
            return NotImplemented
        else:
            family = (
                IntExpr
                if isinstance(other, int)
                else FloatExpr if isinstance(other, float) else DecimalExpr
            )
            text, other_prec = literal_formatter(family._result_kind)(other), _PRIMARY
        result = _promote(_family(self), family)
        if result is None:
            return NotImplemented
        left, right = (self._text, self._prec), (text, other_prec)
        if reflected:
            left, right = right, left
        a = left[0] if left[1] >= prec else f"({left[0]})"
        b = right[0] if right[1] > prec else f"({right[0]})"
        return result._new(f"{a} {op} {b}", prec, result._result_kind, self._scope)

    return apply


def _negate(self: _NumExpr[Any]) -> Any:
    text = self._text if self._prec > _UNARY else f"({self._text})"
    family = _family(self)
    return family._new("-" + text, _UNARY, family._result_kind, self._scope)


for _py, _op in (("add", "add"), ("sub", "sub"), ("mul", "mul"), ("truediv", "div")):
    setattr(_NumExpr, f"__{_py}__", _arithmetic(_op, False))
    setattr(_NumExpr, f"__r{_py}__", _arithmetic(_op, True))
setattr(_NumExpr, "__mod__", _arithmetic("mod", False))
setattr(_NumExpr, "__rmod__", _arithmetic("mod", True))
setattr(_NumExpr, "__neg__", _negate)
del _py, _op


class IntExpr(_NumExpr[int]):
    __slots__ = ()
    _result_kind = "Int64"
    if TYPE_CHECKING:

        @overload
        def __add__(self, other: int | IntExpr) -> IntExpr: ...
        @overload
        def __add__(self, other: float | FloatExpr) -> FloatExpr: ...
        @overload
        def __add__(self, other: decimal.Decimal | DecimalExpr) -> DecimalExpr: ...
        def __add__(self, other: Any) -> Any: ...
        @overload
        def __radd__(self, other: int) -> IntExpr: ...
        @overload
        def __radd__(self, other: float) -> FloatExpr: ...
        @overload
        def __radd__(self, other: decimal.Decimal) -> DecimalExpr: ...
        def __radd__(self, other: Any) -> Any: ...
        def __neg__(self) -> IntExpr: ...

        __sub__ = __mul__ = __truediv__ = __mod__ = __add__
        __rsub__ = __rmul__ = __rtruediv__ = __rmod__ = __radd__


class FloatExpr(_NumExpr[float]):
    __slots__ = ()
    _result_kind = "Double"
    if TYPE_CHECKING:

        def __add__(self, other: float | IntExpr | FloatExpr) -> FloatExpr: ...
        def __radd__(self, other: float) -> FloatExpr: ...
        def __neg__(self) -> FloatExpr: ...

        __sub__ = __mul__ = __truediv__ = __mod__ = __add__
        __rsub__ = __rmul__ = __rtruediv__ = __rmod__ = __radd__


class DecimalExpr(_NumExpr["decimal.Decimal"]):
    __slots__ = ()
    _result_kind = "Decimal"
    if TYPE_CHECKING:

        def __add__(
            self, other: decimal.Decimal | int | IntExpr | DecimalExpr
        ) -> DecimalExpr: ...
        def __radd__(self, other: decimal.Decimal | int) -> DecimalExpr: ...
        def __neg__(self) -> DecimalExpr: ...

        __sub__ = __mul__ = __truediv__ = __mod__ = __add__
        __rsub__ = __rmul__ = __rtruediv__ = __rmod__ = __radd__


class _DateParts(Expr[T]):
    __slots__ = ()

    def year(self) -> IntExpr:
        return _part(self, "year")

    def month(self) -> IntExpr:
        return _part(self, "month")

    def day(self) -> IntExpr:
        return _part(self, "day")


class _TimeParts(Expr[T]):
    __slots__ = ()

    def hour(self) -> IntExpr:
        return _part(self, "hour")

    def minute(self) -> IntExpr:
        return _part(self, "minute")

    def second(self) -> IntExpr:
        return _part(self, "second")


class DateExpr(_DateParts[_dt.date]):
    __slots__ = ()


class TimeExpr(_TimeParts[_dt.time]):
    __slots__ = ()


class DateTimeExpr(_DateParts[_dt.datetime], _TimeParts[_dt.datetime]):
    __slots__ = ()

    def date(self) -> DateExpr:
        return DateExpr._new(self._call("date"), _PRIMARY, "Date", self._scope)

    def time(self) -> TimeExpr:
        return TimeExpr._new(self._call("time"), _PRIMARY, "TimeOfDay", self._scope)
