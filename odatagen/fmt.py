"""Formatting: black, for the files the renderer could not lay out in black's style.

The renderer writes black-style code by construction (the test suite checks generated
packages with `black --check`), and marks the files in which some line needed a layout
decision only black can make. Those go through black's Python API, in parallel when
there are many, with results cached by content hash: running black on every file of a
1,400-entity package would take ~20 s on two cores, against ~1 s for the rest.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path

import black
from black.mode import TargetVersion
from black.report import NothingChanged

from odatagen.pysource import RenderedFile

MODE = black.Mode(target_versions={TargetVersion.PY311}, line_length=88)
STUB_MODE = black.Mode(
    target_versions={TargetVersion.PY311}, line_length=88, is_pyi=True
)
PARALLEL_FROM = 16  # below this, starting worker processes costs more than it saves


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "odatagen" / f"black-{version('black')}"


def format_source(source: str, stub: bool = False) -> str:
    try:
        mode = STUB_MODE if stub else MODE
        return black.format_file_contents(source, fast=True, mode=mode)
    except NothingChanged:
        return source


def _cached_format(source: str, stub: bool = False) -> str:
    key = hashlib.sha256(source.encode()).hexdigest()
    path = cache_dir() / key[:2] / f"{key}.{'pyi' if stub else 'py'}"
    try:
        return path.read_text("utf-8")
    except OSError:
        pass
    result = format_source(source, stub)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(result, "utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only or full cache only costs time
    return result


def format_files(files: dict[str, RenderedFile]) -> dict[str, str]:
    result = {path: f.text for path, f in files.items()}
    pending = sorted(
        p for p, f in files.items() if f.needs_black and p.endswith((".py", ".pyi"))
    )
    sources = [files[p].text for p in pending]
    stubs = [p.endswith(".pyi") for p in pending]
    if len(pending) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
            formatted = list(pool.map(_cached_format, sources, stubs, chunksize=8))
    else:
        formatted = [_cached_format(s, stub) for s, stub in zip(sources, stubs)]
    result.update(zip(pending, formatted))
    return result
