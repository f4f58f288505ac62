"""Entity fields: typed ``Field`` descriptors, ``Fields`` classes and ``nav()``.

Choices, and why:

* **Lookups filter through the navigation.** Creatio refuses ``AccountId eq …``: a
  ``LookupField("AccountId", "Account", "Id")`` compares and orders as ``Account/Id``
  and selects the column ``AccountId``. Without a navigation (the target was left out
  of the package) it renders the column.
* **Fields are descriptors.** To a type checker ``nav()`` returns the target's fields
  class; at run time a descriptor binds it lazily to its path, so ``q.account.name``
  is ``Account/Name`` and cycles (Contact → Account → Contact) cost nothing until
  used. A target is a class, a zero-argument callable or a ``"Class"`` /
  ``"module:Class"`` reference (``".entities.account:AccountFields"`` relative to
  the generated package). Bound fields are cached on the fields object that made
  them.
* **Collection navigations open a scope** (``nav(..., many=True)``): their fields
  render relative to the collection, for ``expand(nav, filter=…, order_by=…)``. Using
  them in the top-level ``$filter``/``$orderby`` (which would need ``any``/``all``),
  or mixing scopes in one expression, is a ``ValueError``.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, overload

from .expr import DateExpr, DateTimeExpr, DecimalExpr, Expr, FloatExpr, IntExpr
from .expr import StrExpr, TimeExpr
from .filters import _CMP, _PRIMARY, Filter, Scope, _leaf, _set
from .literals import literal_formatter
from .model import PACKAGE, resolve_ref

if TYPE_CHECKING:  # not imported at run time: ~2 ms that importing a model need not pay
    import decimal  # noqa: F401 (the string annotations below)
    import uuid  # noqa: F401

__all__ = [
    "AnyField", "BinaryField", "BoolField", "DateField", "DateTimeField",
    "DecimalField", "DurationField", "EnumField", "Field", "Fields", "FloatField",
    "GuidField", "IntField", "LookupField", "StrField", "TimeField", "nav",
]  # fmt: skip

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
F = TypeVar("F", bound="Fields")


_SLOTS: dict[type, tuple[str, ...]] = {}


def _slots(cls: type) -> tuple[str, ...]:
    found = _SLOTS.get(cls)
    if found is None:
        names = (s for k in cls.__mro__ for s in getattr(k, "__slots__", ()))
        found = _SLOTS[cls] = tuple(dict.fromkeys(names))
    return found


class Field(Expr[T]):
    """A property of an entity, as a class attribute of its ``Fields`` class."""

    __slots__ = ("name", "_nav", "_attr")
    _default_kind: ClassVar[str] = "Untyped"
    name: str  # the OData property name (what $select names)
    _nav: Scope  # the navigations from the query root
    _attr: str  # the attribute name in its Fields class

    def __init__(self, name: str, *, kind: str | None = None) -> None:
        _set(self, "name", name)
        _set(self, "_fmt", literal_formatter(kind or self._default_kind))
        _set(self, "_prec", _PRIMARY)
        _set(self, "_attr", "")
        self._bind((), 0)

    def _target(self) -> str:
        return self.name

    def _bind(self, nav: Scope, depth: int) -> None:
        _set(self, "_nav", nav)
        _set(self, "_scope", nav[:depth])
        _set(self, "_text", "/".join((*nav[depth:], self._target())))

    @property
    def path(self) -> str:
        """The wire path from the query root, e.g. ``Name`` or ``Account/Name``."""
        return "/".join((*self._nav, self._target()))

    def __set_name__(self, owner: type, attr: str) -> None:
        _set(self, "_attr", attr)

    def __get__(self, instance: object, owner: type | None = None) -> Self:
        if not isinstance(instance, Fields):
            return self
        field = self
        if instance.__odata_nav__:  # a copy with the navigation path
            field = object.__new__(type(self))
            for slot in _slots(type(self)):
                _set(field, slot, getattr(self, slot))
            field._bind(instance.__odata_nav__, instance.__odata_depth__)
        if self._attr:  # later reads find it in the instance, not here
            instance.__dict__[self._attr] = field
        return field


class StrField(StrExpr, Field[str]):
    __slots__ = ()
    _default_kind = "String"


class IntField(IntExpr, Field[int]):
    __slots__ = ()
    _default_kind = "Int32"


class FloatField(FloatExpr, Field[float]):
    __slots__ = ()
    _default_kind = "Double"


class DecimalField(DecimalExpr, Field["decimal.Decimal"]):
    __slots__ = ()
    _default_kind = "Decimal"


class BoolField(Field[bool]):
    __slots__ = ()
    _default_kind = "Boolean"


class GuidField(Field["uuid.UUID"]):
    __slots__ = ()
    _default_kind = "Guid"


class DateTimeField(DateTimeExpr, Field[_dt.datetime]):
    __slots__ = ()
    _default_kind = "DateTimeOffset"


class DateField(DateExpr, Field[_dt.date]):
    __slots__ = ()
    _default_kind = "Date"


class TimeField(TimeExpr, Field[_dt.time]):
    __slots__ = ()
    _default_kind = "TimeOfDay"


class DurationField(Field[_dt.timedelta]):
    __slots__ = ()
    _default_kind = "Duration"


class BinaryField(Field[bytes]):
    __slots__ = ()
    _default_kind = "Binary"


class AnyField(Field[Any]):
    """A property of a type without a typed field class; literals follow the value."""

    __slots__ = ()


class EnumField(Field[E]):
    __slots__ = ("enum_type",)
    _default_kind = "enum"
    enum_type: type[E] | None

    def __init__(self, name: str, enum_type: type[E] | None = None) -> None:
        super().__init__(name)
        _set(self, "enum_type", enum_type)
        if enum_type is not None:
            _set(self, "_fmt", _checked(enum_type))

    def has(self, flags: E) -> Filter:
        """``has``: the flag enum value includes ``flags``."""
        return _leaf(f"{self._text} has {self._fmt(flags)}", _CMP, self._scope)


def _checked(enum_type: type[enum.Enum]) -> Callable[[object], str]:
    write = literal_formatter("enum")

    def check(value: object) -> str:
        if value is not None and not isinstance(value, enum_type):
            raise TypeError(f"{value!r} is not a {enum_type.__name__} member")
        return write(value)

    return check


class LookupField(GuidField):
    """A lookup's Guid column, compared through its navigation (``Account/Id``)."""

    __slots__ = ("navigation", "target_key")
    navigation: str | None
    target_key: str

    def __init__(
        self, column: str, navigation: str | None = None, target_key: str = "Id"
    ) -> None:
        _set(self, "navigation", navigation)
        _set(self, "target_key", target_key)
        super().__init__(column)

    def _target(self) -> str:
        return f"{self.navigation}/{self.target_key}" if self.navigation else self.name


class Fields:
    """Base of generated fields classes: the entity's fields as class attributes.

    Attribute names are the generated ones, so this class keeps its own state in
    ``__odata_*__`` names only.
    """

    __odata_nav__: Scope = ()  # the navigation path this object stands for
    __odata_depth__: int = 0  # how much of it is the collection scope

    def __repr__(self) -> str:
        return f"{type(self).__name__}({'/'.join(self.__odata_nav__)!r})"


class _Nav:
    __slots__ = ("target", "name", "many", "_attr", "_root")
    _root: Fields | None

    def __init__(self, target: Any, name: str, many: bool) -> None:
        self.target, self.name, self.many = target, name, many
        self._attr, self._root = "", None

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = attr

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if not isinstance(instance, Fields):
            if self._root is None:
                self._root = self._bind((), 0)
            return self._root
        fields = self._bind(instance.__odata_nav__, instance.__odata_depth__)
        if self._attr:
            instance.__dict__[self._attr] = fields
        return fields

    def _bind(self, parent: Scope, depth: int) -> Fields:
        target = self.target
        if isinstance(target, str):
            # ".entities.account:AccountFields" is relative to the generated package.
            target = resolve_ref(PACKAGE + target if target[:1] == "." else target)
        elif not isinstance(target, type):
            target = target()
        if not (isinstance(target, type) and issubclass(target, Fields)):
            raise TypeError(f"navigation {self.name}: {target!r} is not a Fields class")
        fields = target()
        path = (*parent, self.name)
        fields.__odata_nav__ = path
        fields.__odata_depth__ = len(path) if self.many else depth
        return fields


@overload
def nav(target: type[F], name: str, *, many: bool = False) -> F: ...
@overload
def nav(target: Callable[[], type[F]], name: str, *, many: bool = False) -> F: ...
@overload
def nav(target: str, name: str, *, many: bool = False) -> Any: ...
def nav(target: Any, name: str, *, many: bool = False) -> Any:
    """Declare a navigation: the fields of ``target``, with paths under ``name``.

    ``target`` is a Fields class, a callable returning one, or a reference resolved
    in the generated package (``"AccountFields"`` or ``"module:Class"``).
    ``many=True`` for a collection navigation (its fields form a new scope).
    """
    return _Nav(target, name, many)
