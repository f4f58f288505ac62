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


def _fatal(file: str, code: str, message: str, line: int = 0) -> GenerationError:
    return GenerationError([Diagnostic("error", code, message, file, line)])


_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_:]")
_DOCTYPE = re.compile(rb"<!DOCTYPE\s+([^\s>\[]+)", re.IGNORECASE)
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
    _check_prolog(data, file)
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
    value = value.strip()
    return int(value) if value.lstrip("-").isdigit() else None


def parse_scale(value: str | None) -> int | str | None:
    if value is None:
        return None
    number = parse_int(value)
    return number if number is not None else value.strip().lower()
