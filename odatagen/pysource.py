"""Python source fragments in black's style: string literals, docstrings, wrapped lines.

The renderer writes code that black would leave unchanged, so the formatting stage only
has to run black on the few files where a line could not be laid out here (see
`odatagen.fmt`). Every string that comes from a metadata document reaches generated code
through `py_str` or `docstring`, which escape it; nothing else is ever interpolated.
"""

from __future__ import annotations

import attrs

import re
import textwrap
import unicodedata

LINE_LENGTH = 88
DOC_LIMIT = 4_000  # characters of one docstring paragraph (real ones stay below 2,000)
INDENT = "    "


def _escape_char(char: str) -> str:
    if char == "\\":
        return "\\\\"
    if char == '"':
        return '\\"'
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    if char == "\t":
        return "\\t"
    # Control, format (bidi, zero-width) and unassigned characters are written as escapes
    # so that what a reader sees in the generated file is what Python executes.
    if char.isprintable() and unicodedata.category(char) not in (
        "Cf",
        "Cs",
        "Co",
        "Cn",
    ):
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


_PLAIN = re.compile(r'[^\x20-\x7e]|["\\]')


def py_str(text: str) -> str:
    """A double-quoted Python literal for any text."""
    if not _PLAIN.search(text):
        return f'"{text}"'
    return '"' + "".join(_escape_char(c) for c in text) + '"'


def _docstring_text(text: str) -> str:
    if len(text) > DOC_LIMIT:  # documents are untrusted: a 10 MB description is cut
        text = text[:DOC_LIMIT] + "…"
    if _PLAIN.search(text.replace('"', "")):  # only then is a character escaped
        text = "".join(
            " " if c in "\r\n\t" else _escape_char(c) if c != '"' else c for c in text
        )
    cleaned = text
    cleaned = " ".join(cleaned.split())
    return cleaned.replace('"""', '\\"\\"\\"')


def docstring(paragraphs: list[str], indent: str) -> list[str]:
    """Lines of a docstring at `indent`, wrapped to the line length; [] when empty."""
    texts = [t for t in (_docstring_text(p) for p in paragraphs) if t]
    if not texts:
        return []
    if texts[0].startswith('"'):
        texts[0] = " " + texts[0]
    width = LINE_LENGTH - len(indent)
    # Backslashes are escaped (doubled), so a text never ends with a lone one: only a
    # closing quote needs a space before the closing `"""` (as black does).
    if len(texts) == 1 and len(texts[0]) + 6 <= width:
        closing = " " if texts[0].endswith('"') else ""
        return [f'{indent}"""{texts[0]}{closing}"""']
    lines: list[str] = []
    for number, text in enumerate(texts):
        wrapped = textwrap.wrap(
            text,
            width=width,
            initial_indent='"""' if number == 0 else "",
            break_long_words=False,
            break_on_hyphens=False,
        ) or [""]
        if number:
            lines.append("")
        lines.extend(wrapped)
    if len(lines) == 1:  # black keeps a one-line docstring's quotes on its line
        closing = " " if lines[0].endswith('"') else ""
        return [f'{indent}{lines[0]}{closing}"""']
    lines.append('"""')
    return [f"{indent}{line}".rstrip() if line else "" for line in lines]


def fits(line: str) -> bool:
    return len(line) <= LINE_LENGTH


def _call(indent: str, prefix: str, function: str, args: list[str]) -> list[str] | None:
    """`prefix + function(args…)` split inside the call's brackets, as black does."""
    head = f"{indent}{prefix}{function}("
    if not fits(head):
        return None
    body = f"{indent}{INDENT}{', '.join(args)}"
    if fits(body):
        return [head, body, f"{indent})"]
    # A string too long for its line stays whole on it.
    if not all(fits(f"{indent}{INDENT}{a},") or a.startswith('"') for a in args):
        return None
    return [head, *(f"{indent}{INDENT}{a}," for a in args), f"{indent})"]


def call_statement(indent: str, function: str, args: list[str]) -> list[str] | None:
    """`function(args…)` as a statement, laid out as black does."""
    line = f"{indent}{function}({', '.join(args)})"
    return [line] if fits(line) else _call(indent, "", function, args)


def call_assignment(
    indent: str, target: str, function: str, args: list[str]
) -> list[str] | None:
    """`target = function(args…)` laid out as black does, or None when black must decide."""
    one_line = f"{indent}{target} = {function}({', '.join(args)})"
    if fits(one_line):
        return [one_line]
    split = _call(indent, f"{target} = ", function, args)
    if split is not None:
        return split
    if not fits(f"{indent}{target} = ("):
        return _split_subscript(indent, target, function, args) or _wrap_annotation(
            indent, target, function, args
        )
    inner = f"{indent}{INDENT}{function}({', '.join(args)})"
    if fits(inner):
        return [f"{indent}{target} = (", inner, f"{indent})"]
    nested = _call(indent + INDENT, "", function, args)
    return None if nested is None else [f"{indent}{target} = (", *nested, f"{indent})"]


def _split_subscript(
    indent: str, target: str, function: str, args: list[str]
) -> list[str] | None:
    """`name: list[T] = f(…)` whose head is too long even for black's parentheses:
    black breaks the annotation's subscript."""
    name, colon, annotation = target.partition(": list[")
    if not colon or not annotation.endswith("]") or "[" in annotation:
        return None
    head = [f"{indent}{name}: list[", f"{indent}{INDENT}{annotation[:-1]}"]
    if not all(fits(line) for line in head):
        return None
    tail = f"{indent}] = {function}({', '.join(args)})"
    if fits(tail):
        return [*head, tail]
    call = _call(indent, "] = ", function, args)
    return None if call is None else [*head, *call]


def _wrap_annotation(
    indent: str, target: str, function: str, args: list[str]
) -> list[str] | None:
    """`name: Annotation = f(…)` too long for any head: black wraps the annotation in
    parentheses, then splits the call (one argument a line, long strings kept whole)."""
    name, colon, annotation = target.partition(": ")
    head = [f"{indent}{name}: (", f"{indent}{INDENT}{annotation}"]
    if not colon or "[" in annotation or not all(fits(line) for line in head):
        return None
    closing = f"{indent}) = {function}({', '.join(args)})"
    if fits(closing):
        return [*head, closing]
    opening = f"{indent}) = {function}("
    if not fits(opening):
        return None
    body = f"{indent}{INDENT}{', '.join(args)}"
    if fits(body):
        return [*head, opening, body, f"{indent})"]
    if not all(fits(f"{indent}{INDENT}{a},") or a.startswith('"') for a in args):
        return None
    return [*head, opening, *(f"{indent}{INDENT}{a}," for a in args), f"{indent})"]


def class_header(name: str, base: str) -> list[str] | None:
    """`class Name(Base):`, split inside the brackets as black does."""
    line = f"class {name}({base}):"
    if fits(line):
        return [line]
    inner = f"{INDENT}{base}"
    if fits(inner):
        return [f"class {name}(", inner, "):"]
    generic, bracket, items = base.partition("[")
    if not bracket or not fits(f"{INDENT}{generic}["):
        return None
    exploded = [f"{INDENT * 2}{item}," for item in items[:-1].split(", ")]
    if not all(map(fits, exploded)):
        return None
    return [f"class {name}(", f"{INDENT}{generic}[", *exploded, f"{INDENT}]", "):"]


def assignment(indent: str, target: str, value: str) -> list[str] | None:
    """`target = value` for an atom value (a string literal, a tuple of them)."""
    line = f"{indent}{target} = {value}"
    if fits(line):
        return [line]
    wrapped = f"{indent}{INDENT}{value}"
    if fits(f"{indent}{target} = (") and fits(wrapped) and not value.startswith("("):
        return [f"{indent}{target} = (", wrapped, f"{indent})"]
    return None


def from_import(indent: str, module: str, names: list[str]) -> list[str] | None:
    line = f"{indent}from {module} import {', '.join(names)}"
    if fits(line):
        return [line]
    head = f"{indent}from {module} import ("
    if not fits(head) or not all(fits(f"{indent}{INDENT}{n},") for n in names):
        return None
    return [head, *(f"{indent}{INDENT}{n}," for n in names), f"{indent})"]


def signature(
    indent: str, head: str, params: list[str], returns: str
) -> list[str] | None:
    """`head(params) -> returns:` (head is e.g. `def update`) laid out as black does:
    one line, or the parameters on one line of their own, or one a line."""
    one_line = f"{indent}{head}({', '.join(params)}) -> {returns}:"
    if fits(one_line):
        return [one_line]
    opening, closing = f"{indent}{head}(", f"{indent}) -> {returns}:"
    if not (fits(opening) and fits(closing)):
        return None
    # Black ends a lone parameter with a comma when it splits a `def`.
    inner = f"{indent}{INDENT}{', '.join(params)}{',' if len(params) == 1 else ''}"
    if fits(inner):
        return [opening, inner, closing]
    exploded: list[str] = []
    for param in params:
        lines = _parameter(indent + INDENT, param)
        if lines is None:
            return None
        exploded += lines
    return [opening, *exploded, closing]


def _parameter(indent: str, param: str) -> list[str] | None:
    """`name: Annotation = default,` on its own line(s), as black splits a long one:
    a union in parentheses, a `list[T]` at its bracket; a line with nowhere to split
    stays long. None when black's choice is not known here."""
    line = f"{indent}{param},"
    if fits(line):
        return [line]
    head, colon, rest = param.partition(": ")
    annotation, equals, default = rest.rpartition(" = ")
    if not (colon and equals) or "(" in annotation or "'" in default:
        return None
    if " | " in annotation:
        lines = [f"{indent}{head}: (", f"{indent}{INDENT}{annotation}"]
        lines.append(f"{indent}) = {default},")
    elif annotation.count("[") == 1 and annotation.endswith("]"):
        outer, _, inner = annotation[:-1].partition("[")
        lines = [f"{indent}{head}: {outer}[", f"{indent}{INDENT}{inner}"]
        lines.append(f"{indent}] = {default},")
    elif "[" not in annotation:
        return [line]
    else:
        return None
    # Black splits there even when the head stays too long.
    return lines if all(map(fits, lines[1:])) else None


@attrs.frozen
class RenderedFile:
    text: str
    # True when a line could not be laid out in black's style here: fmt runs black on it.
    needs_black: bool = False


class Layout:
    """Takes lines laid out in black's style, and remembers when one could not be, so
    that the formatting stage runs black on that file."""

    def __init__(self) -> None:
        self.needs_black = False

    def take(self, laid_out: list[str] | None, fallback: str) -> list[str]:
        if laid_out is None:
            self.needs_black = True
            return [fallback]
        return laid_out

    def call(self, target: str, function: str, args: list[str]) -> list[str]:
        laid_out = call_assignment(INDENT, target, function, args)
        if laid_out is not None:
            return laid_out
        # Names too long for any layout known here (black's choice then depends on
        # details): kept on one line that black is told to leave alone, so the file
        # needs no black run (seconds on a big module).
        line = f"{INDENT}{target} = {function}({', '.join(args)})"
        return [f"{INDENT}# fmt: off", line, f"{INDENT}# fmt: on"]

    def line(self, line: str) -> str:
        self.needs_black |= not fits(line)
        return line

    def signature(
        self, indent: str, head: str, params: list[str], returns: str
    ) -> list[str]:
        return self.take(
            signature(indent, head, params, returns),
            f"{indent}{head}({', '.join(params)}) -> {returns}:",
        )

    def from_import(self, indent: str, module: str, names: list[str]) -> list[str]:
        return self.take(
            from_import(indent, module, names),
            f"{indent}from {module} import {', '.join(names)}",
        )
