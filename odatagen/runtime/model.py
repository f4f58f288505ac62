"""Base classes of generated models: typed attrs classes that convert from and to OData
JSON by wire name.

A model knows which fields it holds. Fields that were not loaded (left out of `$select`)
or not given to the constructor are absent, not filled with a fake value, and reading
one raises `FieldNotLoaded`.

Change tracking costs nothing at decode time: `from_odata` keeps the OData JSON object
it was given (one slot, `__odata_raw__`). `changes(obj)` decodes those originals again
and returns, encoded, the fields whose value differs now (fields set since, too), so an
update sends only what changed; an object built locally has no originals and all its
fields count. `etag(obj)` is the `@odata.etag` it was read with (for `If-Match`). These
are functions, not methods, so they can never collide with a generated field name. The
price is memory: a decoded object keeps its JSON object alive.

`from_odata` walks the JSON object's keys (not the class's fields): a row of a wide
entity holds a few selected columns, and an OData body carries only its own properties.

Importing a model must stay cheap (a Creatio `Contact` has 70 columns and 265
navigations). So a generated class writes its own `__init__` (compiled into its `.pyc`;
attrs sees it and keeps it; type checkers and editors, which are shown the same
signature by attrs, do not see it), and navigation properties are `Navigation` descriptors, not
attrs fields: each takes itself out of the class annotations before attrs reads them,
and keeps its value in the object's `__odata_nav__` dict. Type checkers still see every
annotation.
A stream property (`Edm.Stream`) is read from its annotations
(`Photo@odata.mediaContentType`, `…mediaReadLink`: OData 4 never sends it inline) as a
`StreamRef`; it is never written (`to_odata`, `changes`): streams travel by upload.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, TypeVar

import attrs

if TYPE_CHECKING:  # the codecs are imported on first use: importing a model stays cheap
    from .codecs import GeoJSON, StreamRef

__all__ = [
    "UNSET",
    "changes",
    "init",
    "etag",
    "mark_saved",
    "raw",
    "Complex",
    "Entity",
    "FieldNotLoaded",
    "FieldSpec",
    "GeoJSON",
    "Model",
    "Navigation",
    "StreamRef",
    "field",
    "nav",
]

M = TypeVar("M", bound="Model")
# The package a copy of this runtime lives in (`acme_creatio`): class references such
# as "Contact" are looked up there.
PACKAGE = __name__.rsplit(".", 2)[0]


class _Unset:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


# Typed as Any so that `name: str = UNSET` type-checks: the value never survives
# construction (see `init`).
UNSET: Any = _Unset()


class FieldNotLoaded(AttributeError):
    """Reading a field that the object does not hold (not selected, or not set)."""


# The named tuples here and in query.py use the call syntax: with the class syntax,
# `from __future__ import annotations` makes typing compile every field's annotation
# at import (~25 us a field).
FieldSpec = NamedTuple(
    "FieldSpec",
    [
        ("wire", str),  # the OData property name
        (
            "kind",
            str,
        ),  # an Edm primitive without "Edm." ("Guid"); "enum", "complex", "entity"
        ("ref", str),  # enum/complex/entity: a class of the package, or "module:Class"
        ("many", bool),  # Collection(...)
    ],
)


def field(wire: str, kind: str, ref: str = "", *, many: bool = False) -> Any:
    """Declare a structural property of a generated model."""
    return attrs.field(
        default=UNSET, metadata={"odata": FieldSpec(wire, kind, ref, many)}
    )


def nav(wire: str, ref: str, *, many: bool = False) -> Any:
    """Declare a navigation property (filled when expanded)."""
    return Navigation(FieldSpec(wire, "entity", ref, many))


def init(obj: Model, values: dict[str, Any]) -> None:
    """The body of a generated ``__init__(self, *, name=UNSET, …)``, given its
    ``locals()``: sets the arguments given; the others stay absent."""
    set_field = object.__setattr__
    for name, value in values.items():
        if value is not UNSET and name != "self":
            set_field(obj, name, value)


class Navigation:
    """A navigation property of a generated model (see the module docstring)."""

    __slots__ = ("name", "spec")

    def __init__(self, spec: FieldSpec) -> None:
        self.name = ""
        self.spec = spec

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        vars(owner).get("__annotations__", {}).pop(name, None)

    def __get__(self, obj: Model | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        try:
            return obj.__odata_nav__[self.name]
        except (AttributeError, KeyError):
            raise FieldNotLoaded(_not_loaded(obj, self.name)) from None

    def __set__(self, obj: Model, value: Any) -> None:
        try:
            obj.__odata_nav__[self.name] = value
        except AttributeError:
            object.__setattr__(obj, "__odata_nav__", {self.name: value})

    def __delete__(self, obj: Model) -> None:
        try:
            del obj.__odata_nav__[self.name]
        except (AttributeError, KeyError):
            raise FieldNotLoaded(_not_loaded(obj, self.name)) from None


def _not_loaded(obj: object, name: str) -> str:
    return f"{type(obj).__name__}.{name} is not loaded: it was not selected or not set"


def resolve_ref(ref: str) -> Any:
    """A generated class by name (the package imports it lazily), or "module:Class"."""
    module, colon, name = ref.partition(":")
    if not colon:
        module, name = PACKAGE, ref
    return getattr(importlib.import_module(module), name)


Decode = Callable[[Any], Any]
Encode = Callable[[Any], Any]


# Per-class conversion tables, built on first use (not at import).
_Plan = NamedTuple(
    "_Plan",
    [
        ("names", frozenset[str]),
        ("decode", tuple[tuple[str, str, Decode | None], ...]),  # (attr, wire, decoder)
        ("encode", tuple[tuple[str, str, Encode], ...]),  # navigations never written
        ("by_wire", dict[str, tuple[str, Decode | None]]),  # wire -> (attr, decoder)
        ("specs", dict[str, FieldSpec]),  # attribute -> spec, in declaration order
        ("streams", dict[str, str]),  # wire -> attribute of the Edm.Stream properties
    ],
)


_PLANS: dict[type, _Plan] = {}


def __getattr__(name: str) -> Any:
    if name in ("GeoJSON", "StreamRef"):  # annotations of generated models
        from . import codecs

        return getattr(codecs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def plan_of(cls: type) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        decode: list[tuple[str, str, Decode | None]] = []
        encode: list[tuple[str, str, Encode]] = []
        specs: dict[str, FieldSpec] = {}
        from .convert import codecs_of

        for name, spec in _declared(cls):
            decoder, encoder = codecs_of(spec)
            decode.append((name, spec.wire, decoder))
            specs[name] = spec
            if spec.kind not in ("entity", "Stream"):  # never written inline
                encode.append((name, spec.wire, encoder))
        by_wire = {wire: (name, decoder) for name, wire, decoder in decode}
        names = frozenset(specs)
        streams = {s.wire: name for name, s in specs.items() if s.kind == "Stream"}
        plan = _Plan(names, tuple(decode), tuple(encode), by_wire, specs, streams)
        _PLANS[cls] = plan
    return plan


def _declared(cls: type) -> list[tuple[str, FieldSpec]]:
    """(attribute, spec) of a model's properties: attrs fields, then navigations."""
    found = [
        (attribute.name, attribute.metadata["odata"])
        for attribute in attrs.fields(cls)
        if isinstance(attribute.metadata.get("odata"), FieldSpec)
    ]
    navigations: dict[str, FieldSpec] = {}
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, Navigation):
                navigations[name] = value.spec
    return found + list(navigations.items())


class Model:
    """Common behaviour of generated entity and complex types."""

    # The JSON object `from_odata` was given (absent on objects built locally), and
    # the navigation properties' values.
    __slots__ = ("__odata_raw__", "__odata_nav__")
    __odata_type__: ClassVar[str] = ""

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup failed: an absent slot or an unknown name.
        if name in plan_of(type(self)).names:
            raise FieldNotLoaded(_not_loaded(self, name))
        raise AttributeError(
            f"{type(self).__name__!r} object has no attribute {name!r}"
        )

    @classmethod
    def from_odata(cls: type[M], data: Mapping[str, Any]) -> M:
        """Build an object from an OData JSON object; only the fields present are set."""
        obj = cls.__new__(cls)
        set_field = object.__setattr__
        plan = _PLANS.get(cls) or plan_of(cls)
        fields, streams = plan.by_wire, plan.streams
        media: dict[str, dict[str, Any]] | None = None
        for wire, value in data.items():
            found = fields.get(wire)
            if found is not None:
                name, decode = found
                set_field(obj, name, value if decode is None else decode(value))
            elif streams and "@" in wire:
                # OData 4 writes a stream as annotations: "Photo@odata.mediaReadLink".
                prop, _, term = wire.partition("@")
                if prop in streams and prop not in data:
                    media = media if media is not None else {}
                    media.setdefault(prop, {})["@" + term] = value
        for prop, annotations in (media or {}).items():
            name, decode = fields[prop]
            assert decode is not None  # the plan's Stream decoder
            set_field(obj, name, decode(annotations))
        set_field(obj, "__odata_raw__", data)
        return obj

    def to_odata(self) -> dict[str, Any]:
        """The fields this object holds, as an OData JSON object (navigations left out)."""
        result: dict[str, Any] = {}
        for name, wire, encode in plan_of(type(self)).encode:
            try:
                value = object.__getattribute__(self, name)
            except AttributeError:
                continue
            result[wire] = encode(value)
        return result

    def loaded_fields(self) -> tuple[str, ...]:
        """The attribute names this object holds, in declaration order."""
        return tuple(
            name for name, _, _ in plan_of(type(self)).decode if self.has(name)
        )

    def has(self, name: str) -> bool:
        try:
            object.__getattribute__(self, name)
        except AttributeError:
            return False
        return True

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={object.__getattribute__(self, name)!r}"
            for name in self.loaded_fields()
        )
        return f"{type(self).__name__}({shown})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Model)
        names = self.loaded_fields()
        return names == other.loaded_fields() and all(
            object.__getattribute__(self, n) == object.__getattribute__(other, n)
            for n in names
        )

    __hash__ = None  # type: ignore[assignment]


def raw(obj: Model) -> Mapping[str, Any] | None:
    """The OData JSON object `obj` was decoded from (None: built locally)."""
    try:
        found: Mapping[str, Any] = object.__getattribute__(obj, "__odata_raw__")
    except AttributeError:
        return None
    return found


def etag(obj: Model) -> str | None:
    """The `@odata.etag` `obj` was read with, if the server sent one."""
    data = raw(obj)
    value = data.get("@odata.etag") if data is not None else None
    return value if isinstance(value, str) else None


def changes(obj: Model, *, everything: bool = False) -> dict[str, Any]:
    """The fields to write to save `obj`, as OData JSON (navigations and streams left
    out): those whose value differs from what was read, or every field it holds when
    it was built locally or `everything` is true."""
    original = None if everything else raw(obj)
    if original is None:
        return obj.to_odata()
    plan = plan_of(type(obj))
    result: dict[str, Any] = {}
    for name, wire, encode in plan.encode:  # streams and navigations are not in it
        try:
            value = object.__getattribute__(obj, name)
        except AttributeError:
            continue
        if wire in original:
            decode = plan.by_wire[wire][1]
            before = original[wire]
            before = before if decode is None else decode(before)
            if before is value or before == value:
                continue
        result[wire] = encode(value)
    return result


def mark_saved(obj: Model, written: Mapping[str, Any], etag: str | None = None) -> None:
    """Record that the fields `written` (OData JSON) were saved: `changes(obj)` no
    longer lists them. The old ETag is replaced by `etag`, the one the server answered
    with (dropped when it sent none: the old one is stale)."""
    original = raw(obj)
    base = changes(obj, everything=True) if original is None else original
    saved = {k: v for k, v in base.items() if k != "@odata.etag"}
    saved.update(written)
    if etag:
        saved["@odata.etag"] = etag
    object.__setattr__(obj, "__odata_raw__", saved)


class Entity(Model):
    """Base of generated entity types."""

    __slots__ = ()
    __odata_key__: ClassVar[tuple[str, ...]] = ()
    __odata_set__: ClassVar[str] = ""


class Complex(Model):
    """Base of generated complex types."""

    __slots__ = ()
