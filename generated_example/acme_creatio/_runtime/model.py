"""Base classes of generated models: typed attrs classes that convert from and to OData
JSON by wire name.

A model knows which fields it holds. Fields that were not loaded (left out of `$select`)
or not given to the constructor are absent, not filled with a fake value, and reading
one raises `FieldNotLoaded`.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

import attrs

from . import codecs
from .codecs import GeoJSON, StreamRef

__all__ = [
    "UNSET",
    "Complex",
    "Entity",
    "FieldNotLoaded",
    "FieldSpec",
    "GeoJSON",
    "Model",
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
# construction (see Model.__attrs_post_init__).
UNSET: Any = _Unset()


class FieldNotLoaded(AttributeError):
    """Reading a field that the object does not hold (not selected, or not set)."""


@attrs.frozen
class FieldSpec:
    wire: str  # the OData property name
    kind: (
        str  # an Edm primitive without "Edm." ("Guid"), or "enum", "complex", "entity"
    )
    ref: str = ""  # enum/complex/entity: a class of the package, or "module:Class"
    many: bool = False  # Collection(...)


def field(wire: str, kind: str, ref: str = "", *, many: bool = False) -> Any:
    """Declare a structural property of a generated model."""
    return attrs.field(
        default=UNSET, metadata={"odata": FieldSpec(wire, kind, ref, many)}
    )


def nav(wire: str, ref: str, *, many: bool = False) -> Any:
    """Declare a navigation property (filled when expanded)."""
    return attrs.field(
        default=UNSET, metadata={"odata": FieldSpec(wire, "entity", ref, many)}
    )


def resolve_ref(ref: str) -> Any:
    """A generated class by name (the package imports it lazily), or "module:Class"."""
    module, colon, name = ref.partition(":")
    if not colon:
        module, name = PACKAGE, ref
    return getattr(importlib.import_module(module), name)


Decode = Callable[[Any], Any]
Encode = Callable[[Any], Any]


@attrs.frozen
class _Plan:
    """Per-class conversion tables, built on first use (not at import)."""

    names: frozenset[str]
    decode: tuple[tuple[str, str, Decode | None], ...]  # (attribute, wire, decoder)
    encode: tuple[tuple[str, str, Encode], ...]  # navigations are never written


_PLANS: dict[type, _Plan] = {}


def _value_codecs(spec: FieldSpec) -> tuple[Decode | None, Encode]:
    if spec.kind == "enum":
        return _enum_codecs(spec.ref)
    if spec.kind in ("complex", "entity"):
        target: list[Any] = []

        def decode_model(value: Any) -> Any:
            if value is None:
                return None
            if not target:
                target.append(resolve_ref(spec.ref))
            return target[0].from_odata(value)

        def encode_model(value: Any) -> Any:
            return None if value is None else value.to_odata()

        return decode_model, encode_model
    decode = codecs.decoder(spec.kind)
    # Values JSON already gives in their Python type need no call at all.
    return (
        None if spec.kind in ("String", "Boolean", "Untyped") else decode
    ), codecs.encoder(spec.kind)


def _enum_codecs(ref: str) -> tuple[Decode, Encode]:
    """Enum members travel by OData name; a generated enum module lists the members
    whose Python name had to differ (a keyword, say) in WIRE_NAMES."""
    loaded: list[tuple[Any, dict[str, str], dict[str, str]]] = []

    def load() -> tuple[Any, dict[str, str], dict[str, str]]:
        if not loaded:
            enum_cls = resolve_ref(ref)
            to_python = getattr(sys.modules[enum_cls.__module__], "WIRE_NAMES", {})
            loaded.append((enum_cls, to_python, {v: k for k, v in to_python.items()}))
        return loaded[0]

    def translate(value: str, names: dict[str, str]) -> str:
        return ",".join(
            names.get(part.strip(), part.strip()) for part in value.split(",")
        )

    def decode(value: Any) -> Any:
        enum_cls, to_python, _ = load()
        if to_python and isinstance(value, str):
            value = translate(value, to_python)
        return codecs.decode_enum(enum_cls, value)

    def encode(value: Any) -> Any:
        _, _, to_wire = load()
        encoded = codecs.encode_enum(value)
        if to_wire and isinstance(encoded, str):
            encoded = translate(encoded, to_wire)
        return encoded

    return decode, encode


def _many(function: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    def convert(values: Any) -> Any:
        if values is None:
            return []
        return list(values) if function is None else [function(v) for v in values]

    return convert


def plan_of(cls: type) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        decode: list[tuple[str, str, Decode | None]] = []
        encode: list[tuple[str, str, Encode]] = []
        for attribute in attrs.fields(cls):
            spec = attribute.metadata.get("odata")
            if not isinstance(spec, FieldSpec):
                continue
            decoder, encoder = _value_codecs(spec)
            if spec.many:
                decoder, encoder = _many(decoder), _many(encoder)
            decode.append((attribute.name, spec.wire, decoder))
            if spec.kind != "entity":
                encode.append((attribute.name, spec.wire, encoder))
        plan = _Plan(frozenset(a for a, _, _ in decode), tuple(decode), tuple(encode))
        _PLANS[cls] = plan
    return plan


class Model:
    """Common behaviour of generated entity and complex types."""

    __slots__ = ()
    __odata_type__: ClassVar[str] = ""

    def __attrs_post_init__(self) -> None:
        # Fields not given stay absent, so reading them raises instead of lying.
        for name in plan_of(type(self)).names:
            if object.__getattribute__(self, name) is UNSET:
                object.__delattr__(self, name)

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup failed: an absent slot or an unknown name.
        if name in plan_of(type(self)).names:
            raise FieldNotLoaded(
                f"{type(self).__name__}.{name} is not loaded: it was not selected or not set"
            )
        raise AttributeError(
            f"{type(self).__name__!r} object has no attribute {name!r}"
        )

    @classmethod
    def from_odata(cls: type[M], data: Mapping[str, Any]) -> M:
        """Build an object from an OData JSON object; only the fields present are set."""
        obj = cls.__new__(cls)
        set_field = object.__setattr__
        for name, wire, decode in plan_of(cls).decode:
            if wire in data:
                value = data[wire]
                set_field(obj, name, value if decode is None else decode(value))
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


class Entity(Model):
    """Base of generated entity types."""

    __slots__ = ()
    __odata_key__: ClassVar[tuple[str, ...]] = ()
    __odata_set__: ClassVar[str] = ""


class Complex(Model):
    """Base of generated complex types."""

    __slots__ = ()
