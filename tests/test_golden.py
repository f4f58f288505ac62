"""`generated_example/` is the package generated from fixtures/creatio/acme-small.xml.

Refresh it after a change to the generator with:
    python -m odatagen generate fixtures/creatio/acme-small.xml -o generated_example --package acme_creatio
"""

from __future__ import annotations

import subprocess
import sys

from odatagen.generate import Settings, build
from odatagen.write import MARKER, on_disk
from tests.conftest import CREATIO_SMALL, REPO

GOLDEN = REPO / "generated_example"
REFRESH = (
    "python -m odatagen generate fixtures/creatio/acme-small.xml "
    "-o generated_example --package acme_creatio"
)


def test_generated_example_is_up_to_date() -> None:
    files, _ = build(
        CREATIO_SMALL.read_bytes(), str(CREATIO_SMALL), Settings("acme_creatio")
    )
    expected = {path: text.encode() for path, text in files.items()}
    actual = on_disk(GOLDEN)
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(p for p in set(expected) & set(actual) if expected[p] != actual[p])
    assert not (missing or extra or changed), (
        f"generated_example/ is stale (missing {missing}, extra {extra}, changed {changed}); "
        f"refresh it with: {REFRESH}"
    )
    assert (GOLDEN / MARKER).is_file()


def test_generated_example_is_black_formatted() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "."],
        cwd=GOLDEN,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_generated_example_passes_mypy_strict() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            "/dev/null",
            "acme_creatio",
        ],
        cwd=GOLDEN,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_example_has_customisations() -> None:
    import json

    snapshot = json.loads((GOLDEN / "acme_creatio" / "_schema.json").read_text("utf-8"))
    assert snapshot["custom_prefix"] == "Usr"
    names = [q.rpartition(".")[2] for q in snapshot["entities"]]
    assert {"Contact", "Account", "SysImage"} <= set(names)
    assert any(n.startswith("Usr") for n in names)
    readme = (GOLDEN / "README.md").read_text("utf-8")
    assert "Custom entities (3)" in readme
