"""Identifier rules of the naming stage: untrusted metadata names -> safe identifiers.

Every function returning an identifier guarantees a result that
  * satisfies ``str.isidentifier()`` and is not a keyword,
  * equals its own NFKC normalisation (the parser applies NFKC to identifiers, so
    ``ﬁeld`` and ``field`` would silently be one name in generated code),
  * contains no format (Cf) characters and no other invisible characters
    (bidi controls, zero-width joiners, variation selectors, Hangul fillers), which
    could make generated source read differently from how it runs.

Non-ASCII letters are kept wherever Python accepts them; other characters become ``_``.

Word splitting (``split_words``), after NFKC and removal of invisible characters:
  * ``_``, any character Python rejects in identifiers, and punctuation that Python
    happens to accept (``‿``, ``·``) separate words;
  * a new word starts at an uppercase letter that follows a lowercase or caseless
    letter (``userPrincipal``, ``ДатаНачала``);
  * an acronym ends before its last capital when that capital starts a lowercase run
    (``HTTPResponse`` -> ``HTTP``, ``Response``), except that a lowercase ``v`` plus
    digits stays with the acronym as a version (``IPv4Address`` -> ``IPv4``,
    ``Address``; but ``HTTPversion`` -> ``HTT``, ``Pversion``: no digits, no version);
  * digits stick to the preceding word (``Address2Line`` -> ``Address2``, ``Line``);
    leading digits stick to the following letters (``3DModel`` -> ``3D``, ``Model``);
  * combining marks never start a word; marks left without a base letter are dropped.
"""

from __future__ import annotations

import builtins
import functools
import keyword
import re
import unicodedata
from typing import Literal

import attrs

KEYWORDS: frozenset[str] = frozenset(keyword.kwlist)
SOFT_KEYWORDS: frozenset[str] = frozenset(keyword.softkwlist)
BUILTINS: frozenset[str] = frozenset(
    name for name in dir(builtins) if not name.startswith("_")
)

# Default_Ignorable_Code_Point characters that are NOT category Cf but that Python still
# accepts inside identifiers: they render as nothing, so two different-looking-identical
# names could differ only by them.  (All Cf characters are removed by category.)
_INVISIBLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x115F, 0x1160),  # Hangul choseong/jungseong fillers
    (0x17B4, 0x17B5),  # Khmer inherent vowels
    (0x180B, 0x180F),  # Mongolian free variation selectors
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFFA0, 0xFFA0),  # halfwidth Hangul filler
    (0xE0100, 0xE01EF),  # variation selectors supplement
)


def _is_invisible(char: str) -> bool:
    if unicodedata.category(char) == "Cf":
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _INVISIBLE_RANGES)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


_NOT_ASCII_WORD = re.compile(r"[^0-9A-Za-z_]")


def _clean_once(text: str) -> str:
    if text.isascii():  # NFKC leaves ASCII alone and no ASCII character is invisible
        return _NOT_ASCII_WORD.sub("_", text)
    normalized = unicodedata.normalize("NFKC", text)
    # ("a" + char) asks Python's own rule for a non-first character (XID_Continue).
    kept = (char for char in normalized if not _is_invisible(char))
    return "".join(char if ("a" + char).isidentifier() else "_" for char in kept)


def _clean(text: str) -> str:
    """NFKC-normalise, drop invisible characters, replace each invalid character by _.

    Repeated until stable because deleting an invisible character can bring a base
    letter and a combining mark together, which NFKC then composes.  That settles in
    two or three rounds; the cap only ensures crafted input cannot spin the loop.
    """
    for _ in range(8):
        cleaned = _clean_once(text)
        if cleaned == text:
            return cleaned
        text = cleaned
    # Unreachable in practice; ASCII-only text is trivially stable, so this always ends.
    return "".join(char if char.isascii() else "_" for char in _clean_once(text))


def _make_valid(text: str, *, if_empty: str, start_prefix: str) -> str:
    """A valid, NFKC-stable, invisible-free identifier that may still be a keyword."""
    text = _clean(text)
    if not text:
        return if_empty
    if not text[0].isidentifier() and text[0] != "_":
        text = _clean(start_prefix + text)
    return text


def _char_kind(char: str, previous_kind: str | None) -> str:
    """Classify for word splitting: "U"pper, "L"ower, "D"igit, "O"ther (caseless)."""
    if _is_mark(char) and previous_kind is not None:
        return previous_kind  # a mark belongs to the letter it decorates
    if char.isupper() or unicodedata.category(char) == "Lt":
        return "U"
    if char.islower():
        return "L"
    if char.isdecimal():
        return "D"
    return "O"


def _split_camel(chunk: str) -> list[str]:
    kind_list: list[str] = []
    for char in chunk:
        kind_list.append(_char_kind(char, kind_list[-1] if kind_list else None))
    kinds = "".join(kind_list)
    words: list[str] = []
    start = 0
    for index in range(1, len(chunk)):
        if kinds[index] != "U" or _is_mark(chunk[index]):
            continue  # words only ever start at a capital letter
        before = kinds[index - 1]
        if before == "D":
            # "Address2Line" splits after the digit; "3DModel" keeps "3D" together.
            starts_word = kinds[start:index].strip("D") != ""
        elif before == "U":
            # An acronym ends before a capital that starts a lowercase run, except
            # for a version suffix: "HTTPResponse" splits, "IPv4" does not.
            version = (
                chunk[index + 1 : index + 2] == "v"
                and kinds[index + 2 : index + 3] == "D"
            )
            starts_word = kinds[index + 1 : index + 2] == "L" and not version
        else:
            starts_word = True  # after a lowercase or caseless letter
        if starts_word:
            words.append(chunk[start:index])
            start = index
    words.append(chunk[start:])
    return words


def split_words(name: str) -> list[str]:
    """Split a metadata name into words; see the module docstring for the rules."""
    words: list[str] = []
    chunk: list[str] = []
    for char in _clean(name) + "_":
        if char == "_" or unicodedata.category(char).startswith("P"):
            text = "".join(chunk)
            while text and _is_mark(text[0]):
                text = text[1:]  # a mark without its base letter cannot start a word
            if text:
                words.extend(_split_camel(text))
            chunk = []
        else:
            chunk.append(char)
    return words


@functools.lru_cache(maxsize=1 << 16)  # the same column names recur on every entity
def snake_case(name: str) -> str:
    """``AccountId`` -> ``account_id``; "" -> ``field``; a leading digit gets ``n_``."""
    joined = "_".join(word.lower() for word in split_words(name))
    return escape_reserved(_make_valid(joined, if_empty="field", start_prefix="n_"))


@functools.lru_cache(maxsize=1 << 16)
def pascal_case(name: str) -> str:
    """``sales_order`` -> ``SalesOrder``; "" -> ``Model``; a leading digit gets ``T``.

    Inner capitals are kept so acronyms and PascalCase survive (``UsrPriceUSD``).
    SCREAMING_SNAKE names (several words, no lowercase letter) are lowercased first,
    since gluing them would lose every boundary (``HTTP_CODE`` -> ``HttpCode``).
    """
    words = split_words(name)
    if len(words) > 1 and not any(char.islower() for char in "".join(words)):
        words = [word.lower() for word in words]
    joined = "".join(word[:1].upper() + word[1:] for word in words)
    return escape_reserved(_make_valid(joined, if_empty="Model", start_prefix="T"))


def sanitize(name: str) -> str:
    """Change as little as possible (``--naming preserve``).

    Each invalid character becomes ``_`` (so ``a-b`` and ``a--b`` stay distinct),
    invisible characters are removed, a bad first character gets a ``_`` prefix,
    keywords get a ``_`` suffix, and "" becomes ``_``.
    """
    return escape_reserved(_make_valid(name, if_empty="_", start_prefix="_"))


def escape_reserved(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """Append ``_`` while ``name`` is a keyword (always reserved) or in ``reserved``.

    ``name`` must already be a valid identifier.
    """
    while name in KEYWORDS or name in reserved:
        name += "_"
    return name


def identifier_key(name: str) -> str:
    """Collision key for case-insensitive namespaces (file systems): NFKC-casefold."""
    # NFKC again after casefolding, which can yield sequences NFKC would still change.
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())


RenameReason = Literal["collision", "reserved", "invalid"]
# Which leading underscores a namespace accepts: "any"; "plain" refuses the names a
# class body treats specially (dunders, `__x` which Python mangles, and enum's reserved
# `_sunder_` names); "none" refuses every leading underscore (attrs turns a field `_a`
# into an `a=` argument, and the runtime's own members are underscored).
UnderscoreRule = Literal["any", "plain", "none"]


def is_special(name: str) -> bool:
    """A dunder, mangled (``__x``) or enum ``_sunder_`` name, or one that may be an
    enum's private ``_Class__x`` (not a member from Python 3.12 on)."""
    return (
        name.startswith("__")
        or (len(name) > 2 and name[0] == name[-1] == "_")
        or (name[:1] == "_" and "__" in name)
    )


@attrs.frozen
class Rename:
    source: str  # what the name belongs to, e.g. "Property Contact.Name"
    wanted: str
    given: str
    reason: RenameReason


def _without_underscores(name: str) -> str:
    return _make_valid(name.lstrip("_"), if_empty="field", start_prefix="n_")


@attrs.define
class NameAllocator:
    """Hands out unique names in one namespace; results depend only on the claim order.

    Reserved names and keywords are escaped with a ``_`` suffix; collisions get
    ``_2``, ``_3``, ... on the unescaped name (a second ``class`` becomes ``class_2``).
    A ``wanted`` that is not a valid identifier is made valid like ``sanitize`` does
    (recorded with reason "invalid"), so the guarantees hold even for a careless caller.
    """

    reserved: frozenset[str] = frozenset()
    casefold: bool = False  # for file/module names: Account.py and account.py clash
    underscores: UnderscoreRule = "any"
    renames: list[Rename] = attrs.field(factory=list)
    _taken: set[str] = attrs.field(factory=set, init=False)
    _reserved_keys: frozenset[str] = attrs.field(init=False)
    # Next suffix to try per base name, so N claims of one name cost O(N), not O(N²).
    _next_suffix: dict[str, int] = attrs.field(factory=dict, init=False)

    @_reserved_keys.default
    def _default_reserved_keys(self) -> frozenset[str]:
        if not self.casefold:
            return self.reserved
        return frozenset(self._key(name) for name in self.reserved)

    def _key(self, name: str) -> str:
        return identifier_key(name) if self.casefold else name

    def _is_forbidden(self, name: str) -> bool:
        return name in KEYWORDS or self._key(name) in self._reserved_keys

    def claim(self, wanted: str, source: str) -> str:
        base = _make_valid(wanted, if_empty="_", start_prefix="_")
        reason: RenameReason = "invalid" if base != wanted else "reserved"
        if not self._underscores_allowed(base):
            base = _without_underscores(base)
        given = base
        while self._is_forbidden(given):
            given += "_"
        if self._key(given) in self._taken:
            reason = "collision"
            given = self._first_free_suffixed(base)
        self._taken.add(self._key(given))
        if given != wanted:
            self.renames.append(Rename(source, wanted, given, reason))
        return given

    def _underscores_allowed(self, name: str) -> bool:
        if self.underscores == "none":
            return name[0] != "_"
        return self.underscores == "any" or not is_special(name)

    def _is_free(self, name: str) -> bool:
        return not self._is_forbidden(name) and self._key(name) not in self._taken

    def _first_free_suffixed(self, base: str) -> str:
        # Suffixes go on the unescaped name: a second "class" becomes "class_2".
        if not self._underscores_allowed(f"{base}_2"):
            base = _without_underscores(base)  # a second "_" is not "__2"
        suffix = self._next_suffix.get(self._key(base), 2)
        while not self._is_free(f"{base}_{suffix}"):
            suffix += 1
        self._next_suffix[self._key(base)] = suffix + 1
        return f"{base}_{suffix}"
