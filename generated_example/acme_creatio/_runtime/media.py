"""Edm.Stream values: `StreamRef`, a stream property that is not loaded inline, and
its codecs (the stream's links, content type and ETag from OData 4 or OData 2/3
verbose JSON).

``codecs.decoder``/``codecs.encoder`` hand these out; the conventions of the codecs
module apply.
"""

from __future__ import annotations

from typing import Any

__all__ = ["StreamRef", "decode_stream", "encode_stream"]


class StreamRef:
    """A stream property value that is not loaded inline (immutable)."""

    __slots__ = (
        "media_read_link",
        "media_edit_link",
        "media_content_type",
        "media_etag",
    )

    media_read_link: str | None
    media_edit_link: str | None
    media_content_type: str | None
    media_etag: str | None

    def __init__(
        self,
        media_read_link: str | None = None,
        media_edit_link: str | None = None,
        media_content_type: str | None = None,
        media_etag: str | None = None,
    ) -> None:
        object.__setattr__(self, "media_read_link", media_read_link)
        object.__setattr__(self, "media_edit_link", media_edit_link)
        object.__setattr__(self, "media_content_type", media_content_type)
        object.__setattr__(self, "media_etag", media_etag)

    def _key(self) -> tuple[str | None, str | None, str | None, str | None]:
        return (
            self.media_read_link,
            self.media_edit_link,
            self.media_content_type,
            self.media_etag,
        )

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"StreamRef is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"StreamRef is immutable (cannot delete {name!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StreamRef):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"StreamRef(media_read_link={self.media_read_link!r}, "
            f"media_edit_link={self.media_edit_link!r}, "
            f"media_content_type={self.media_content_type!r}, "
            f"media_etag={self.media_etag!r})"
        )


# ---------------------------------------------------------------------------
# codecs

_STREAM_KEYS: tuple[tuple[str, ...], ...] = (
    (
        "@odata.mediaReadLink",
        "odata.mediaReadLink",
        "@mediaReadLink",
        "mediaReadLink",
        "media_src",
    ),
    (
        "@odata.mediaEditLink",
        "odata.mediaEditLink",
        "@mediaEditLink",
        "mediaEditLink",
        "edit_media",
    ),
    (
        "@odata.mediaContentType",
        "odata.mediaContentType",
        "@mediaContentType",
        "mediaContentType",
        "content_type",
    ),
    ("@odata.mediaEtag", "odata.mediaEtag", "@mediaEtag", "mediaEtag", "media_etag"),
)


def _stream_field(value: dict[Any, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        v = value.get(key)
        if v is not None:
            return str(v)
    return None


def decode_stream(value: Any) -> StreamRef | None:
    if value is None:
        return None
    if isinstance(value, StreamRef):
        return value
    if isinstance(value, dict):
        inner = value.get("__mediaresource")  # OData 2/3 verbose JSON
        if isinstance(inner, dict):
            value = inner
        return StreamRef(*(_stream_field(value, keys) for keys in _STREAM_KEYS))
    return StreamRef()


def encode_stream(value: Any) -> None:
    if value is None:
        return None
    raise TypeError(
        "Edm.Stream values cannot be encoded inline; upload streams separately"
    )
