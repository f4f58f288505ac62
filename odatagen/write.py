"""Writing a generated package atomically, and comparing it with what is on disk.

The whole tree is written into a temporary sibling directory and swapped in with two
renames, so an interrupted run leaves the previous package intact. A marker file says
the directory is odatagen's: it never replaces a directory it does not own.
"""

from __future__ import annotations

import ctypes
import difflib
import functools
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

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
    if _holds_home_or_cwd(resolved):
        problem = (
            "refusing to write into the file system root, the home directory, or a "
            "directory that contains it or the current directory"
        )
    elif not out.is_dir():
        problem = "the output path exists and is not a directory"
    elif any(out.iterdir()) and read_marker(out) is None and not force:
        problem = (
            "the output directory is not empty and was not written by odatagen "
            f"(no {MARKER}); choose another directory or pass --force"
        )
    if problem:
        raise GenerationError([Diagnostic("error", "output", problem, str(out))])


def _holds_home_or_cwd(resolved: Path) -> bool:
    """Replacing `resolved` would delete the root, the home directory or the current
    directory (`-o ..`): the root, the home directory and their ancestors, and the
    ancestors of the current directory (not itself: `-o .` is an output directory)."""
    if resolved == Path(resolved.anchor):
        return True
    try:
        home: Path | None = Path.home().resolve()
    except (KeyError, RuntimeError):  # no home directory known
        home = None
    cwd = Path.cwd().resolve()
    return (home is not None and home.is_relative_to(resolved)) or (
        cwd != resolved and cwd.is_relative_to(resolved)
    )


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
    shown, out = str(out), Path(os.path.abspath(out))  # `-o .`: a name and a parent
    encoded = {p: t.encode("utf-8") for p, t in files.items()}
    marker = {
        "generator": "odatagen",
        "input": key,
        "warnings": [attrs.asdict(w) for w in warnings or []],
        "files": {p: digest(d) for p, d in sorted(encoded.items())},
    }
    current = read_marker(out) if out.is_dir() else None
    if current is not None and current.get("input") == key and on_disk(out) == encoded:
        if current != marker:  # a damaged manifest: only the marker is rewritten
            temporary = out / f"{MARKER}.{os.getpid()}.tmp"
            temporary.write_text(json.dumps(marker, indent=1) + "\n", "utf-8")
            os.replace(temporary, out / MARKER)
        return False
    try:
        _replace(out, encoded, marker)
    except OSError as exc:
        problem = f"cannot write the package: {exc.strerror or exc}"
        raise GenerationError([Diagnostic("error", "output", problem, shown)]) from exc
    return True


def _replace(out: Path, encoded: dict[str, bytes], marker: dict[str, Any]) -> None:
    """Write the tree into a temporary sibling, then swap it in: atomically where the
    system can exchange two directories (a kill -9 at any moment leaves the old or the
    new tree, complete), else with two renames (and a brief moment without `out`)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for relative, data in encoded.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (staging / MARKER).write_text(json.dumps(marker, indent=1) + "\n", "utf-8")
        if not (out.exists() or out.is_symlink()):
            os.rename(staging, out)
        elif not _exchange(staging, out):
            retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rename(out, retired / out.name)
            try:
                os.rename(staging, out)
            except BaseException:
                os.rename(retired / out.name, out)  # put the previous tree back
                raise
            _discard(retired)
    finally:
        _discard(staging)  # nothing left, or the previous tree after an exchange


def _discard(path: Path) -> None:
    """Remove a temporary directory; a symbolic link is removed, never followed."""
    if path.is_symlink():
        path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


@functools.cache
def _libc() -> Any:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except (OSError, TypeError):  # no C library to ask (Windows)
        return None


def _exchange(new: Path, old: Path) -> bool:
    """Swap two paths in one atomic step (Linux `renameat2(RENAME_EXCHANGE)`, macOS
    `renamex_np(RENAME_SWAP)`); False when the system or file system cannot."""
    libc, a, b = _libc(), os.fsencode(new), os.fsencode(old)
    if libc is not None and hasattr(libc, "renameat2"):
        at_fdcwd, rename_exchange = -100, 2
        return bool(libc.renameat2(at_fdcwd, a, at_fdcwd, b, rename_exchange) == 0)
    if libc is not None and hasattr(libc, "renamex_np"):
        rename_swap = 2
        return bool(libc.renamex_np(a, b, rename_swap) == 0)
    return False
