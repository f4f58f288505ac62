"""Errors and warnings as values, with a location, printed by the CLI without tracebacks."""

from __future__ import annotations

from typing import Literal

import attrs

Level = Literal["error", "warning"]


@attrs.frozen
class Diagnostic:
    level: Level
    code: str  # short stable identifier, e.g. "unknown-type"
    message: str
    file: str = ""
    line: int = 0
    element: str = ""  # e.g. "EntityType Contact" or "Property Contact.Name"

    def format(self) -> str:
        where = self.file or "<input>"
        if self.line:
            where += f":{self.line}"
        element = f" [{self.element}]" if self.element else ""
        return _one_line(
            f"{where}: {self.level}: {self.message}{element} ({self.code})"
        )


def _one_line(text: str) -> str:
    """Names come from untrusted documents: newlines, carriage returns and bidi
    controls in them must not forge or hide diagnostic lines."""
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


class GenerationError(Exception):
    """Fatal problems: the CLI prints each diagnostic on one line and exits with 2."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


@attrs.define
class Collector:
    """Gathers diagnostics for one document so a bad element does not hide the rest."""

    file: str = ""
    items: list[Diagnostic] = attrs.Factory(list)

    def error(self, code: str, message: str, line: int = 0, element: str = "") -> None:
        self.items.append(Diagnostic("error", code, message, self.file, line, element))

    def warning(
        self, code: str, message: str, line: int = 0, element: str = ""
    ) -> None:
        self.items.append(
            Diagnostic("warning", code, message, self.file, line, element)
        )

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise GenerationError(self.errors)
