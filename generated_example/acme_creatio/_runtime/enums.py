"""Codecs for OData enum values: member names, flag combinations (``"Red,Blue"``)
and integer values, for the enum classes of the generated package.
"""

from __future__ import annotations

import enum
from typing import Any

from .codec_base import short_repr

__all__ = ["decode_enum", "encode_enum"]


def _enum_error(enum_cls: type[enum.Enum], value: Any) -> ValueError:
    return ValueError(f"{short_repr(value)} is not a valid {enum_cls.__name__} value")


def _enum_part(enum_cls: type[enum.Enum], part: str, value: Any) -> Any:
    try:
        return enum_cls[part]
    except KeyError:
        pass
    # OData allows a member's integer value in place of its name
    digits = part[1:] if part[:1] == "-" else part
    if digits.isdigit():
        try:
            return enum_cls(int(part))
        except ValueError:
            pass
    raise _enum_error(enum_cls, value) from None


def decode_enum(enum_cls: type[enum.Enum], value: Any) -> Any:
    """Decode an OData enum value: ``"Red"``, flags ``"Red,Blue"``, or an int."""
    if type(value) is str:
        try:
            return enum_cls[value]
        except KeyError:
            pass
        if issubclass(enum_cls, enum.Flag):
            parts = [p.strip() for p in value.split(",")]
            if parts == [""]:
                return enum_cls(0)
            result = enum_cls(0)
            for part in parts:
                result |= _enum_part(enum_cls, part, value)
            return result
        return _enum_part(enum_cls, value.strip(), value)
    if value is None:
        return None
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return enum_cls(value)
        except ValueError:
            raise _enum_error(enum_cls, value) from None
    raise _enum_error(enum_cls, value)


def encode_enum(value: Any) -> Any:
    """Encode an enum member as its name; a flag combination as ``"A,B"``.

    A flag value that is itself a declared member (including a declared
    multi-bit member) is encoded by that member's name.  Combinations list
    their single-bit members in declaration order; bits not covered by any
    member are appended as an integer, and an unnamed zero value is ``"0"``.
    Non-enum values (already-encoded names, ints) pass through.
    """
    if not isinstance(value, enum.Enum):
        return value
    cls = type(value)
    name = value.name
    if name is not None and cls.__members__.get(name) is value:
        return name
    if not isinstance(
        value, enum.Flag
    ):  # pragma: no cover - every Enum member has a name
        return name
    bits = value.value
    names: list[str] = []
    covered = 0
    for member in cls:
        mv = member.value
        if mv and (bits & mv) == mv and member.name is not None:
            names.append(member.name)
            covered |= mv
    rest = bits & ~covered
    if rest or not names:
        names.append(str(rest))
    return ",".join(names)
