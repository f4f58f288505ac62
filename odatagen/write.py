"""Writing a generated package atomically, and comparing it with what is on disk.

The whole tree is written into a temporary sibling directory and swapped in with two
renames, so an interrupted run leaves the previous package intact. A marker file says
the directory is odatagen's: it never replaces a directory it does not own.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import attrs

from odatagen.diagnostics import Diagnostic, GenerationError

MARKER = ".odatagen.json"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_marker(out: Path) -> dict[str, object] | None:
    try:
        data = json.loads((out / MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def on_disk(out: Path) -> dict[str, bytes]:
    """The files under `out` (relative POSIX paths), the marker and caches left out."""
    found: dict[str, bytes] = {}
    for path in sorted(out.rglob("*")):
        relative = path.relative_to(out).as_posix()
        if path.is_file() and relative != MARKER and "__pycache__" not in path.parts:
            found[relative] = path.read_bytes()
    return found


@attrs.frozen
class Drift:
    """How a directory differs from what would be generated."""

    missing: list[str]
    extra: list[str]
    changed: dict[str, tuple[str, str]]  # path -> (on disk, expected)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.extra or self.changed)

    def report(self, diffs: bool = True) -> list[str]:
        lines = [
            f"drift: {len(self.missing)} missing, {len(self.extra)} extra, "
            f"{len(self.changed)} changed"
        ]
        lines += [f"missing: {p}" for p in self.missing]
        lines += [f"extra: {p}" for p in self.extra]
        for path, (actual, expected) in self.changed.items():
            lines.append(f"changed: {path}")
            if diffs:
                lines += [
                    line.rstrip("\n")
                    for line in difflib.unified_diff(
                        actual.splitlines(keepends=True),
                        expected.splitlines(keepends=True),
                        f"{path} (on disk)",
                        f"{path} (generated)",
                    )
                ]
        return lines


def compare(files: dict[str, str], out: Path) -> Drift:
    """Compare generated `files` with the content of `out` (the marker left aside)."""
    actual = on_disk(out) if out.is_dir() else {}
    expected = {p: t.encode("utf-8") for p, t in files.items()}
    changed = {
        p: (actual[p].decode("utf-8", "replace"), files[p])
        for p in sorted(set(expected) & set(actual))
        if actual[p] != expected[p]
    }
    return Drift(
        sorted(set(expected) - set(actual)),
        sorted(set(actual) - set(expected)),
        changed,
    )


def check_owned(out: Path, force: bool) -> None:
    if not out.exists():
        return
    problem = ""
    resolved = out.resolve()
    if resolved == Path(resolved.anchor) or resolved == Path.home().resolve():
        problem = "refusing to write into the file system root or the home directory"
    elif not out.is_dir():
        problem = "the output path exists and is not a directory"
    elif any(out.iterdir()) and read_marker(out) is None and not force:
        problem = (
            "the output directory is not empty and was not written by odatagen "
            f"(no {MARKER}); choose another directory or pass --force"
        )
    if problem:
        raise GenerationError([Diagnostic("error", "output", problem, str(out))])


def up_to_date(out: Path, key: str) -> bool:
    """True when `out` was generated from the same input and nobody changed it since."""
    marker = read_marker(out)
    if marker is None or marker.get("input") != key:
        return False
    manifest = marker.get("files")
    if not isinstance(manifest, dict):
        return False
    try:
        current = on_disk(out)
    except OSError:
        return False
    return manifest == {p: digest(d) for p, d in current.items()}


def recorded_warnings(out: Path) -> list[Diagnostic]:
    """The warnings of the generation that wrote `out` (repeated when nothing changed)."""
    found = (read_marker(out) or {}).get("warnings")
    if not isinstance(found, list):
        return []
    fields = {"level", "code", "message", "file", "line", "element"}
    return [
        Diagnostic(**{k: v for k, v in item.items() if k in fields})
        for item in found
        if isinstance(item, dict) and fields <= set(item)
    ]


def write_tree(
    out: Path,
    files: dict[str, str],
    key: str,
    force: bool = False,
    warnings: list[Diagnostic] | None = None,
) -> bool:
    """Write `files` as the whole content of `out`. Returns False when nothing changed."""
    check_owned(out, force)
    encoded = {p: t.encode("utf-8") for p, t in files.items()}
    if (
        out.is_dir()
        and on_disk(out) == encoded
        and (read_marker(out) or {}).get("input") == key
    ):
        return False
    marker = {
        "generator": "odatagen",
        "input": key,
        "warnings": [attrs.asdict(w) for w in warnings or []],
        "files": {p: digest(d) for p, d in sorted(encoded.items())},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for relative, data in encoded.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (staging / MARKER).write_text(json.dumps(marker, indent=1) + "\n", "utf-8")
        if out.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rename(out, retired / out.name)
            os.rename(staging, out)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.rename(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return True
