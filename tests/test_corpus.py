"""Every document of the shared corpus of real third-party `$metadata` generates a
package that compiles, imports module by module, and round-trips an empty object.

The corpus lives beside the repository (`../shared/corpus`) and is never copied into
it (licences). Genuine defects of some documents (a type named by its entity set, a
bare type name, an unbundled referenced document) are listed with the evidence in
`corpus_expectations.json`: those documents must still generate, and must report each
listed defect as a warning that names the element and its line.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from odatagen.diagnostics import Diagnostic
from odatagen.generate import Settings, build

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
EXPECTATIONS = json.loads(
    (Path(__file__).with_name("corpus_expectations.json")).read_text("utf-8")
)
DEFECTS: dict[str, dict[str, object]] = EXPECTATIONS["document_defects"]
PACKAGE = "corpus_pkg"
FOLDERS = {
    "entities": "EntityType",
    "complex_types": "ComplexType",
    "enums": "EnumType",
}

if not CORPUS.is_dir():
    pytest.skip(
        f"the shared corpus is not there ({CORPUS}): these tests need the real "
        "third-party $metadata documents next to the repository",
        allow_module_level=True,
    )

DOCUMENTS = sorted(p.name for p in CORPUS.glob("*.xml"))

# Generator bugs that make a document fail here: file name -> reason (xfail, strict).
GENERATOR_BUGS: dict[str, str] = {}


def document_params(names: list[str]) -> list[object]:
    return [
        pytest.param(
            name,
            id=name.removesuffix(".xml"),
            marks=(
                [pytest.mark.xfail(strict=True, reason=GENERATOR_BUGS[name])]
                if name in GENERATOR_BUGS
                else []
            ),
        )
        for name in names
    ]


@pytest.fixture(scope="module", autouse=True)
def black_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep odatagen's black cache (XDG_CACHE_HOME) out of the user's home: one cache
    per test worker, shared by the documents it generates."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(
            "XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache")
        )
        yield


def write_files(files: dict[str, str], root: Path) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")


def declared_names(metadata: bytes) -> set[str]:
    """Every Name attribute of the document: what a warning may name."""
    root = etree.fromstring(metadata, etree.XMLParser(resolve_entities=False))
    return {
        name for element in root.iter() if (name := element.get("Name")) is not None
    }


def declared_type_counts(metadata: bytes) -> dict[str, int]:
    """How many EntityType / ComplexType / EnumType elements the schemas declare."""
    root = etree.fromstring(metadata, etree.XMLParser(resolve_entities=False))
    counts = dict.fromkeys(FOLDERS.values(), 0)
    for schema in root.iter("{*}Schema"):
        for child in schema:
            if isinstance(child.tag, str):
                local = etree.QName(child).localname
                if local in counts and child.get("Name"):
                    counts[local] += 1
    return counts


def names_an_element(diagnostic: Diagnostic, document_names: set[str]) -> bool:
    if diagnostic.element.strip():
        return True
    words = set(re.findall(r"[\w.]+", diagnostic.message))
    return any(
        w in document_names or w.rpartition(".")[2] in document_names for w in words
    )


# Runs in a fresh interpreter: imports the package and every generated module, checks
# that each module defines its class, that every lazy export resolves, and round-trips
# an empty object through every model class. Prints a JSON summary on its last line.
SMOKE = r"""
import importlib, json, sys, traceback
from pathlib import Path

root, package = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
pkg = importlib.import_module(package)
model = importlib.import_module(package + "._runtime.model")
summary = {"modules": {}, "classes": {}, "round_trips": 0, "fields": 0, "sets": 0,
           "problems": []}

def problem(where):
    summary["problems"].append(where + ": " + traceback.format_exc(limit=3).strip()[-1500:])

for folder in ("entities", "complex_types", "enums"):
    paths = sorted(Path(root, package, folder).glob("*.py"))
    names = [p.stem for p in paths if p.stem != "__init__"]
    summary["modules"][folder] = len(names)
    summary["classes"][folder] = 0
    for stem in names:
        name = f"{package}.{folder}.{stem}"
        try:
            module = importlib.import_module(name)
        except Exception:
            problem("import " + name)
            continue
        defined = [
            v for v in vars(module).values()
            if isinstance(v, type) and v.__module__ == name
        ]
        classes = [c for c in defined if folder == "enums" or issubclass(c, model.Model)]
        if folder == "entities":
            try:
                fields = classes[0].q
                for attr, value in vars(type(fields)).items():
                    if not attr.startswith("_"):  # resolves each navigation's target
                        assert getattr(fields, attr) is not None
                summary["fields"] += 1
            except Exception:
                problem("fields of " + name)
        if len(classes) != 1:
            summary["problems"].append(f"{name} defines {len(classes)} classes")
        summary["classes"][folder] += len(classes)
        for cls in classes:
            if folder == "enums" or not issubclass(cls, model.Model):
                continue
            try:
                obj = cls.from_odata({})
                assert type(obj) is cls, type(obj)
                assert obj.to_odata() == {}, obj.to_odata()
                assert cls().to_odata() == {}
                assert obj.loaded_fields() == ()
                if folder == "entities":
                    assert issubclass(cls, model.Entity)
                summary["round_trips"] += 1
            except Exception:
                problem(f"round trip {name}.{cls.__name__}")

try:
    client = pkg.Client("http://127.0.0.1:9")
    for line in client.__odata_sets__.split("\n"):
        if line:
            accessor = line.split(" ")[0]
            assert getattr(client, accessor).name == line.split(" ")[1]
            summary["sets"] += 1
except Exception:
    problem("client accessors")

for export in pkg.__all__:
    try:
        value = getattr(pkg, export)
        assert value.__name__ == export, value
    except Exception:
        problem(f"{package}.{export}")

print(json.dumps(summary))
"""


def run_smoke(root: Path) -> dict[str, object]:
    script = root / "smoke_import.py"
    script.write_text(SMOKE, "utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, str(script), str(root / "project"), PACKAGE],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert (
        result.returncode == 0
    ), f"importing the generated package failed:\n{result.stderr[-5000:]}"
    summary: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return summary


@pytest.mark.parametrize("document", document_params(DOCUMENTS))
def test_document_generates_an_importable_package(
    document: str, tmp_path: Path
) -> None:
    metadata = (CORPUS / document).read_bytes()
    files, diagnostics = build(metadata, document, Settings(package=PACKAGE))
    assert not diagnostics.errors

    # Warnings are allowed, but each must say which element it is about.
    names = declared_names(metadata)
    vague = [d.format() for d in diagnostics.warnings if not names_an_element(d, names)]
    assert not vague, "warnings that name no element:\n" + "\n".join(vague)

    # Every Python file compiles.
    for path, text in files.items():
        if path.endswith(".py"):
            compile(text, path, "exec")

    # One module per declared type: nothing was dropped or merged on the way.
    modules = {
        folder: sorted(
            p
            for p in files
            if p.startswith(f"{PACKAGE}/{folder}/") and not p.endswith("/__init__.py")
        )
        for folder in FOLDERS
    }
    declared = declared_type_counts(metadata)
    assert {f: len(m) for f, m in modules.items()} == {
        f: declared[kind] for f, kind in FOLDERS.items()
    }
    for folder in FOLDERS:
        assert f"{PACKAGE}/{folder}/__init__.py" in files
    for required in (
        "pyproject.toml",
        "README.md",
        f"{PACKAGE}/__init__.py",
        f"{PACKAGE}/py.typed",
        f"{PACKAGE}/_schema.json",
    ):
        assert required in files

    write_files(files, tmp_path / "project")
    summary = run_smoke(tmp_path)
    problems = summary["problems"]
    assert not problems, "\n\n".join(problems)  # type: ignore[arg-type]
    assert summary["modules"] == {f: len(m) for f, m in modules.items()}
    assert summary["classes"] == summary["modules"]
    assert summary["round_trips"] == len(modules["entities"]) + len(
        modules["complex_types"]
    )
    assert summary["fields"] == len(modules["entities"])
    snapshot = json.loads(files[f"{PACKAGE}/_schema.json"])
    plural = [s for s in snapshot["entity_sets"].values() if not s.get("singleton")]
    assert summary["sets"] == len(plural)


def test_a_document_without_entity_types_still_generates(tmp_path: Path) -> None:
    """The Capabilities vocabulary declares complex and enum types only."""
    document = "olingo-capabilities.xml"
    metadata = (CORPUS / document).read_bytes()
    assert declared_type_counts(metadata)["EntityType"] == 0
    files, _ = build(metadata, document, Settings(package=PACKAGE))
    assert not [
        p
        for p in files
        if p.startswith(f"{PACKAGE}/entities/") and not p.endswith("__init__.py")
    ]
    assert [p for p in files if p.startswith(f"{PACKAGE}/complex_types/")]
    write_files(files, tmp_path / "project")
    assert run_smoke(tmp_path)["problems"] == []


def test_navigation_to_an_unfetched_referenced_type_is_reported_truthfully() -> None:
    """Either the navigation is kept (untyped), or its warning says it is left out."""
    document = "oasis-openapi-People.xml"
    files, diagnostics = build(
        (CORPUS / document).read_bytes(), document, Settings(package=PACKAGE)
    )
    [warning] = [
        d
        for d in diagnostics.warnings
        if d.element == "NavigationProperty Supplier.Products"
    ]
    kept = '"Products"' in files[f"{PACKAGE}/entities/supplier.py"]
    assert kept or "left out" in warning.message, warning.format()


@pytest.mark.parametrize("document", document_params(sorted(DEFECTS)))
def test_known_document_defects_are_reported_where_they_are(document: str) -> None:
    """Defects of a document (see corpus_expectations.json for the evidence) do not
    stop generation, and each is reported as a warning naming the element and line."""
    expected = {tuple(e) for e in DEFECTS[document]["diagnostics"]}  # type: ignore[attr-defined]
    metadata = (CORPUS / document).read_bytes()
    _, diagnostics = build(metadata, document, Settings(package=PACKAGE))
    reported = {(d.code, d.element): d for d in diagnostics.warnings}
    missing = expected - set(reported)
    assert not missing, (
        "not reported: "
        + repr(sorted(missing))
        + "\n"
        + "\n".join(d.format() for d in diagnostics.items)
    )
    for key in expected:
        assert reported[key].line > 0, reported[key].format()
        assert reported[key].file == document


def test_expectations_name_corpus_documents() -> None:
    assert set(DEFECTS) <= set(DOCUMENTS)
    assert set(GENERATOR_BUGS) <= set(DOCUMENTS)
    assert len(DOCUMENTS) >= 41
