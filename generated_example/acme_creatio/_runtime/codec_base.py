"""What the codec modules of this runtime share: the `Decoder`/`Encoder` types and
the errors they raise.

Like every module of the runtime, this one is copied verbatim into each generated
client package: standard library only, ``mypy --strict`` clean.
"""

from __future__ import annotations

from typing import Any, Callable

__all__ = ["Decoder", "Encoder", "decode_error", "encode_type_error", "short_repr"]

Decoder = Callable[[Any], Any]
Encoder = Callable[[Any], Any]


def short_repr(value: Any) -> str:
    r = repr(value)
    return r if len(r) <= 80 else r[:77] + "..."


def decode_error(kind: str, value: Any, detail: str = "") -> ValueError:
    msg = f"cannot decode Edm.{kind} from {short_repr(value)}"
    if detail:
        msg += f": {detail}"
    return ValueError(msg)


def encode_type_error(kind: str, value: Any, expected: str) -> TypeError:
    return TypeError(
        f"cannot encode {short_repr(value)} as Edm.{kind}: expected {expected}"
    )
