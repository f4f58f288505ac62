"""Shared helpers: locations, a CSDL document builder, and in-process generation."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from odatagen.generate import Settings, build

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
FIXTURES = REPO / "fixtures"
CREATIO_SMALL = FIXTURES / "creatio" / "acme-small.xml"


def csdl(
    body: str, namespace: str = "NS", container: str = "", references: str = ""
) -> bytes:
    """A CSDL 4.0 document with one schema holding `body` (and `container` inside
    an EntityContainer named Container, when given)."""
    container_xml = (
        f'<EntityContainer Name="Container">{container}</EntityContainer>'
        if container
        else ""
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">\n'
        f"{references}"
        "<edmx:DataServices>\n"
        f'<Schema Namespace="{namespace}" xmlns="http://docs.oasis-open.org/odata/ns/edm">\n'
        f"{body}\n{container_xml}\n"
        "</Schema>\n</edmx:DataServices>\n</edmx:Edmx>\n"
    ).encode()


def write_package(files: dict[str, str], root: Path) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


@pytest.fixture
def generated(tmp_path: Path) -> Iterator[object]:
    """Generate a document into tmp_path and import its package: `generated(xml)`."""
    imported: list[str] = []

    def make(metadata: bytes, package: str = "pkg", **settings: object) -> object:
        files, _ = build(metadata, "test.xml", Settings(package=package, **settings))  # type: ignore[arg-type]
        write_package(files, tmp_path)
        sys.path.insert(0, str(tmp_path))
        imported.append(package)
        return importlib.import_module(package)

    yield make
    for package in imported:
        for name in [
            m for m in sys.modules if m == package or m.startswith(package + ".")
        ]:
            del sys.modules[name]
    if str(tmp_path) in sys.path:
        sys.path.remove(str(tmp_path))


SYNTH = SHARED / "tools" / "creatio_synth.py"
FULL_SCALE = ("--seed", "1", "--custom-entities", "12", "--custom-columns", "40")


def synthesise(out: Path, *arguments: str) -> Path:
    """A Creatio tenant's `$metadata` from the shared synthesiser (skips without it)."""
    if not SYNTH.is_file():
        pytest.skip(f"the Creatio synthesiser is missing: {SYNTH}")
    subprocess.run(
        [sys.executable, str(SYNTH), *arguments, "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


@pytest.fixture(scope="session")
def full_scale_tenant(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full-scale tenant of the issues (~3 MB, 1,404 entities), made once a session."""
    return synthesise(tmp_path_factory.mktemp("creatio") / "acme.xml", *FULL_SCALE)
