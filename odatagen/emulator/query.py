"""OData system query options: the query string (strictly: `%20`, never `+`),
`$select`, `$expand` (nested options), `$orderby`, `$top`, `$skip`, `$count`.
`$filter` and `$orderby` expressions are compiled in `filters.py`."""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field

from odatagen.emulator.errors import bad_request

SYSTEM = {"$filter", "$select", "$expand", "$orderby", "$top", "$skip", "$count"}
IGNORED = {"$format"}  # accepted, JSON is the only format


@dataclass
class Options:
    filter: str | None = None
    select: list[str] | None = None  # None: every column
    expand: list[Expand] = field(default_factory=list)
    orderby: list[tuple[str, bool]] = field(default_factory=list)  # (expr, descending)
    top: int | None = None
    skip: int = 0
    count: bool = False


@dataclass
class Expand:
    navigation: str
    options: Options


def parse_query_string(raw: str) -> dict[str, str]:
    """`name=value` pairs, percent-decoded. A `+` is refused: strict OData servers do
    not read it as a space (send `%20`), and a literal plus must be `%2B`."""
    if "+" in raw:
        raise bad_request(
            "The query string contains '+'. Spaces must be encoded as %20 and a plus "
            "sign as %2B in OData URLs.",
        )
    found: dict[str, str] = {}
    for part in raw.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        name = urllib.parse.unquote(name).strip()
        if name in found and name.startswith("$"):
            raise bad_request(
                f"The query parameter '{name}' is specified more than once."
            )
        found[name] = urllib.parse.unquote(value)
    return found


def parse_options(params: dict[str, str]) -> Options:
    for name in params:
        if name.startswith("$") and name not in SYSTEM and name not in IGNORED:
            raise bad_request(f"The query parameter '{name}' is not supported.")
    options = Options()
    if "$filter" in params:
        options.filter = params["$filter"].strip() or None
    if "$select" in params:
        options.select = parse_select(params["$select"])
    if "$expand" in params:
        options.expand = parse_expand(params["$expand"])
    if "$orderby" in params:
        options.orderby = parse_orderby(params["$orderby"])
    if "$top" in params:
        options.top = _count_value("$top", params["$top"])
    if "$skip" in params:
        options.skip = _count_value("$skip", params["$skip"])
    if "$count" in params:
        value = params["$count"].strip().lower()
        if value not in ("true", "false"):
            raise bad_request(f"'{params['$count']}' is not a valid value for $count.")
        options.count = value == "true"
    return options


def _count_value(name: str, text: str) -> int:
    if not re.fullmatch(r"\s*\d+\s*", text):
        raise bad_request(
            f"Invalid value '{text}' for {name} query option found. "
            f"The {name} query option requires a non-negative integer value."
        )
    return int(text)


def split(text: str, separator: str) -> list[str]:
    """Split at `separator` outside parentheses and quoted strings."""
    parts: list[str] = []
    current: list[str] = []
    depth, quoted = 0, False
    for char in text:
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
            if depth < 0:
                raise bad_request(f"Unbalanced parentheses in '{text}'.")
        elif not quoted and depth == 0 and char == separator:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    if depth or quoted:
        raise bad_request(f"Unbalanced parentheses or quotes in '{text}'.")
    parts.append("".join(current))
    return [p.strip() for p in parts]


def parse_select(text: str) -> list[str] | None:
    items = [item for item in split(text, ",") if item]
    if not items:
        raise bad_request("$select is empty.")
    if "*" in items:
        return None
    for item in items:
        if not re.fullmatch(r"\w+", item):
            raise bad_request(
                f"The $select item '{item}' is not supported by the emulator: "
                "select columns of the entity (and $expand=Nav($select=...))."
            )
    return list(dict.fromkeys(items))


def parse_expand(text: str) -> list[Expand]:
    expands: list[Expand] = []
    for item in split(text, ","):
        match = re.fullmatch(r"([\w/]+|\*)\s*(?:\((.*)\))?", item, re.DOTALL)
        if not match:
            raise bad_request(f"The $expand item '{item}' is not valid.")
        path, inner = match.group(1), match.group(2)
        if path == "*":
            raise bad_request("$expand=* is not supported: name the navigations.")
        options = Options()
        if inner is not None and inner.strip():
            params: dict[str, str] = {}
            for option in split(inner, ";"):
                name, sep, value = option.partition("=")
                if not sep or name.strip() not in SYSTEM:
                    raise bad_request(f"The $expand option '{option}' is not valid.")
                params[name.strip()] = value
            options = parse_options(params)
        segments = path.split("/")
        for segment in reversed(segments[1:]):  # Account/City -> Account($expand=City)
            options = Options(expand=[Expand(segment, options)])
        expands.append(Expand(segments[0], options))
    return expands


def parse_orderby(text: str) -> list[tuple[str, bool]]:
    items = []
    for item in split(text, ","):
        match = re.fullmatch(
            r"(.+?)(?:\s+(asc|desc))?", item, re.IGNORECASE | re.DOTALL
        )
        if not item or not match:
            raise bad_request(f"The $orderby item '{item}' is not valid.")
        items.append((match.group(1), (match.group(2) or "").lower() == "desc"))
    return items
