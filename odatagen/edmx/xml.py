"""Hardened XML parsing shared by the readers: untrusted input, no entities, no network."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from odatagen.diagnostics import Diagnostic, GenerationError

EDMX_V4 = "http://docs.oasis-open.org/odata/ns/edmx"
EDM_V4 = "http://docs.oasis-open.org/odata/ns/edm"
EDMX_V1 = "http://schemas.microsoft.com/ado/2007/06/edmx"
# OData 2/3 schema namespaces (CSDL 1.0 … 3.0)
EDM_V1 = (
    "http://schemas.microsoft.com/ado/2006/04/edm",
    "http://schemas.microsoft.com/ado/2007/05/edm",
    "http://schemas.microsoft.com/ado/2008/09/edm",
    "http://schemas.microsoft.com/ado/2009/11/edm",
)
METADATA_V1 = "http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"
SAP_V1 = "http://www.sap.com/Protocols/SAPData"

# Documents bigger than this need `huge_tree` (lxml's own limit is ~10 MB per text node
# and a nesting depth of 256); metadata of that size is unusual but real (Dynamics, Graph).
HUGE_DOCUMENT = 50_000_000
# Refused outright: the parsed tree costs ~30 bytes of memory per byte of markup (a
# 200 MB document took 4-6 GB and minutes), and the largest real metadata is ~10 MB.
MAX_DOCUMENT = 100_000_000
# …and so are documents with more markup than this (each element costs ~250 bytes
# parsed; real documents of 4 MB have ~60,000 tags).
MAX_TAGS = 2_000_000
# How far the prolog (before the root element) is searched for a DTD.
PROLOG_LIMIT = 1_000_000


def _fatal(file: str, code: str, message: str, line: int = 0) -> GenerationError:
    return GenerationError([Diagnostic("error", code, message, file, line)])


_INTEGER = re.compile(r"-?[0-9]{1,30}")
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_:]")
_DOCTYPE = re.compile(rb"<!DOCTYPE\s+([^\s>\[]+)", re.IGNORECASE)
_DTD_MESSAGE = "the document has a DTD (<!DOCTYPE …>); metadata never does, refused"
# (start, codec) of UTF-16/32 documents, with and without a byte order mark.
_WIDE_ENCODINGS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)
_HTML_MESSAGE = (
    "this is an HTML page, not $metadata (a login page? check the URL and credentials)"
)


def _check_prolog(data: bytes, file: str) -> None:
    """Refuse DTDs and HTML before the XML parser sees them: libxml2 expands entities
    used in attribute values even with resolve_entities off, and real HTML pages are
    not well-formed XML, so both must be recognised from the raw bytes."""
    head = data[:65536]
    element = _FIRST_ELEMENT.search(head)
    end = element.start() if element else len(head)
    doctype = _DOCTYPE.search(head, 0, end)
    if doctype is not None:
        line = head.count(b"\n", 0, doctype.start()) + 1
        if doctype.group(1).lower() == b"html":
            raise _fatal(file, "html", _HTML_MESSAGE, line)
        raise _fatal(
            file,
            "dtd",
            "the document has a DTD (<!DOCTYPE …>); metadata never does, refused",
            line,
        )
    if (
        element is not None
        and head[element.start() + 1 : element.start() + 5].lower() == b"html"
    ):
        raise _fatal(
            file, "html", _HTML_MESSAGE, head.count(b"\n", 0, element.start()) + 1
        )


def _prolog(data: bytes) -> tuple[bytes, bool]:
    """The document's first bytes, UTF-16 and UTF-32 decoded (as UTF-8), and whether
    that is the whole document."""
    for start, codec in _WIDE_ENCODINGS:
        if data.startswith(start):
            bom = len(start) if b"<" not in start else 0
            head = data[bom : bom + 4 * PROLOG_LIMIT]
            text = head.decode(codec, "replace").encode("utf-8")
            return (
                text[:PROLOG_LIMIT],
                bom + len(head) == len(data) and len(text) <= PROLOG_LIMIT,
            )
    return data[:PROLOG_LIMIT].removeprefix(b"\xef\xbb\xbf"), len(data) <= PROLOG_LIMIT


def _check_no_doctype(data: bytes, file: str) -> None:
    """Walk the prolog (XML declaration, comments, processing instructions) up to the
    root element: a DOCTYPE anywhere in it is refused, however the document is
    encoded and however much comes before it."""
    prolog, whole = _prolog(data)
    position = 0
    while True:
        while prolog[position : position + 1] in (b" ", b"\t", b"\r", b"\n"):
            position += 1
        if prolog.startswith(b"<?", position):
            end, skip = prolog.find(b"?>", position + 2), 2
        elif prolog.startswith(b"<!--", position):
            end, skip = prolog.find(b"-->", position + 4), 3
        elif prolog[position : position + 9].upper() == b"<!DOCTYPE":
            raise _fatal(
                file, "dtd", _DTD_MESSAGE, prolog.count(b"\n", 0, position) + 1
            )
        elif position >= len(prolog) and not whole:
            end, skip = -1, 0
        else:
            return  # the root element, or text the parser will refuse
        if end < 0 and whole:
            return  # unterminated: the parser says so
        if end < 0:
            raise _fatal(
                file,
                "xml-syntax",
                "more than 1 MB of comments and declarations before the root "
                "element: refused",
            )
        position = end + skip


def parse(data: bytes, file: str) -> etree._Element:
    """Parse `data` with entity expansion, DTD loading and network access disabled.

    Any DTD at all is refused: OData metadata never has one, and a DTD is how entity
    expansion (billion laughs) and external entities (XXE) get in.
    """
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise _fatal(file, "empty", "the document is empty")
    if not head.startswith(b"<") and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fatal(
            file, "not-xml", "not an XML document (it does not start with '<')", 1
        )
    if len(data) > MAX_DOCUMENT:
        raise _fatal(
            file,
            "too-big",
            f"the document is {len(data) / 1e6:,.0f} MB; odatagen reads at most "
            f"{MAX_DOCUMENT // 1_000_000} MB of metadata (the largest real services "
            "publish ~10 MB)",
        )
    tags = data.count(b"<")
    if tags > MAX_TAGS:
        raise _fatal(
            file,
            "too-big",
            f"the document has {tags:,} tags; odatagen reads at most {MAX_TAGS:,} "
            "(the largest real services have ~60,000)",
        )
    _check_prolog(data, file)
    _check_no_doctype(data, file)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=len(data) > HUGE_DOCUMENT,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 0
        raise _fatal(
            file, "xml-syntax", f"not well-formed XML: {exc.msg}", line
        ) from None
    except ValueError as exc:  # e.g. a str with an encoding declaration
        raise _fatal(file, "xml-syntax", f"cannot read XML: {exc}") from None
    if local_name(root).lower() == "html":
        raise _fatal(file, "html", _HTML_MESSAGE, line_of(root))
    tree = root.getroottree()
    docinfo: Any = tree.docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _fatal(
            file,
            "dtd",
            "the document has a DTD (<!DOCTYPE …>); metadata never does, refused",
            1,
        )
    return root


def local_name(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def namespace_of(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return ""
    return tag[1:].partition("}")[0]


def line_of(element: etree._Element) -> int:
    line = element.sourceline
    return line if isinstance(line, int) else 0


def parse_bool(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    return value.strip().lower() == "true"


def parse_int(value: str | None) -> int | None:
    if value is None:
        return None
    # ASCII digits only, and few of them: `str.isdigit` accepts "²" and "٣", `int`
    # refuses "--5" and more than 4,300 digits; a facet is never that big.
    value = value.strip()
    return int(value) if _INTEGER.fullmatch(value) else None


def parse_scale(value: str | None) -> int | str | None:
    if value is None:
        return None
    number = parse_int(value)
    return number if number is not None else value.strip().lower()
