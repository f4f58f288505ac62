"""Value converters: the JSON decoder and encoder of each declared property, operation
parameter and result (a ``FieldSpec``), built once per class by ``model.plan_of`` and
imported with the first conversion, not with the models."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

from . import codecs
from .model import Decode, Encode, FieldSpec, resolve_ref

__all__ = ["codecs_of", "value_codecs"]


@functools.cache
def value_codecs(spec: FieldSpec) -> tuple[Decode, Encode]:
    """The JSON decoder and encoder of a value declared by `spec` (operation
    parameters and results use it too, at each call: hence the cache)."""
    decode, encode = codecs_of(spec)
    return (decode or _same), encode


def codecs_of(spec: FieldSpec) -> tuple[Decode | None, Encode]:
    """The decoder (None: JSON gives the value as is) and encoder of `spec`."""
    decode, encode = _value_codecs(spec)
    if spec.many:
        return _many(decode), _many(encode)
    return decode, encode


def _same(value: Any) -> Any:
    return value


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
