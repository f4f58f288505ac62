"""Bad input: every file in fixtures/errors fails cleanly, with one-line diagnostics.

Each fixture is run through the real command line (`python -m odatagen generate`) in a
subprocess. A failed run must exit with 2, print only diagnostics (no traceback) of the
form `FILE:LINE: error: MESSAGE (code)` and write nothing. That an existing package in
the output directory stays untouched is checked in-process for every fixture (the
failure comes before any writing) and once with a real process.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner, Result

from odatagen.cli import main

ROOT = Path(__file__).resolve().parent.parent
ERRORS = ROOT / "fixtures" / "errors"
GOOD = ROOT / "fixtures" / "creatio" / "acme-small.xml"
TIMEOUT = 120  # seconds; the documents are tiny: a hang (billion laughs) fails the test

# `FILE[:LINE]: error: MESSAGE [ELEMENT] (code)`: the format of Diagnostic.format().
DIAGNOSTIC = re.compile(
    r"^(?P<file>.+?)(?::(?P<line>\d+))?: error: (?P<message>.+) \((?P<code>[a-z0-9-]+)\)$"
)


@attrs.frozen
class Expected:
    code: str
    line: int | None  # None: the defect is not on one line (e.g. an empty file)


# Every fixture, its diagnostic code, and the line the defect is on.
EXPECTED: dict[str, Expected] = {
    "not-xml.xml": Expected("not-xml", 1),
    "html-login.xml": Expected("html", None),
    "truncated.xml": Expected("xml-syntax", 9),
    "wrong-root.xml": Expected("wrong-root", 2),
    "unknown-type.xml": Expected("unknown-type", 10),
    "duplicate-entity.xml": Expected("duplicate-name", 11),
    "duplicate-property.xml": Expected("duplicate-name", 10),
    "cyclic-base.xml": Expected("cyclic-base", 10),  # or 6: either end of the cycle
    "dtd-entities.xml": Expected("dtd", 2),  # the <!DOCTYPE …> line
    "xxe.xml": Expected("dtd", 2),  # the <!DOCTYPE …> line
    "empty.xml": Expected("empty", None),
    "unknown-base.xml": Expected("unknown-type", 10),
    "entity-set-unknown-type.xml": Expected("unknown-type", 13),
}
# Lines that are equally right for a defect spread over several lines.
ALSO_ACCEPTED_LINES = {"cyclic-base.xml": {6}}

FILES = sorted(p.name for p in ERRORS.glob("*.xml"))
KNOWN_LINE = [name for name in FILES if EXPECTED[name].line is not None]


def odatagen(
    *args: str | Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    """Runs the real command line in a subprocess; stdout and stderr as text."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "odatagen", *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
        cwd=ROOT,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def in_process(*args: str | Path) -> Result:
    """The command line in-process: for checks that do not need a real process."""
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


@attrs.frozen
class Run:
    file: Path
    tmp: Path  # the directory holding `out`
    result: subprocess.CompletedProcess[str]

    @property
    def diagnostics(self) -> list[re.Match[str]]:
        matches = []
        for line in self.result.stderr.splitlines():
            match = DIAGNOSTIC.match(line)
            assert match, f"not a diagnostic: {line!r}\n{self.result.stderr}"
            matches.append(match)
        return matches


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Run]:
    """Runs each fixture once (per xdist worker) into a fresh directory."""
    cache: dict[str, Run] = {}

    def run(name: str) -> Run:
        if name not in cache:
            tmp = tmp_path_factory.mktemp(name.removesuffix(".xml"))
            file = ERRORS / name
            result = odatagen("generate", file, "-o", tmp / "out", "--package", "p")
            cache[name] = Run(file, tmp, result)
        return cache[name]

    return run


@pytest.fixture(scope="module")
def good_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package generated from a good document, to be copied by each test."""
    out = tmp_path_factory.mktemp("good") / "out"
    result = in_process("generate", GOOD, "-o", out, "--package", "acme")
    assert result.exit_code == 0, result.output
    assert (out / ".odatagen.json").is_file()
    return out


def snapshot(directory: Path) -> dict[str, tuple[bytes | None, int, int]]:
    """Every file and directory under `directory`: content, mtime and inode."""
    found: dict[str, tuple[bytes | None, int, int]] = {}
    for path in [directory, *sorted(directory.rglob("*"))]:
        stat = path.stat()
        content = path.read_bytes() if path.is_file() else None
        found[path.relative_to(directory).as_posix()] = (
            content,
            stat.st_mtime_ns,
            stat.st_ino,
        )
    return found


def test_every_fixture_is_listed() -> None:
    assert set(FILES) == set(EXPECTED)
    readme = (ERRORS / "README.md").read_text("utf-8")
    for name, expected in EXPECTED.items():
        assert name in readme
        assert f"`{expected.code}`" in readme


@pytest.mark.parametrize("name", FILES)
def test_fails_cleanly(name: str, bad_run: Callable[[str], Run]) -> None:
    run = bad_run(name)
    assert run.result.returncode == 2, run.result.stderr
    assert "Traceback" not in run.result.stderr
    assert run.result.stdout == ""
    diagnostics = run.diagnostics
    assert diagnostics, "no diagnostic printed"
    for diagnostic in diagnostics:
        assert diagnostic["file"] == str(run.file)
    # nothing written: no output directory, no staging directory left beside it
    assert not (run.tmp / "out").exists()
    assert list(run.tmp.iterdir()) == []


@pytest.mark.parametrize("name", FILES)
def test_expected_code(name: str, bad_run: Callable[[str], Run]) -> None:
    run = bad_run(name)
    codes = {d["code"] for d in run.diagnostics}
    assert EXPECTED[name].code in codes, run.result.stderr


@pytest.mark.parametrize("name", KNOWN_LINE)
def test_line_of_the_defect(name: str, bad_run: Callable[[str], Run]) -> None:
    run = bad_run(name)
    expected = EXPECTED[name]
    lines = {int(d["line"] or 0) for d in run.diagnostics if d["code"] == expected.code}
    accepted = {expected.line, *ALSO_ACCEPTED_LINES.get(name, ())}
    assert lines and lines <= accepted, run.result.stderr


@pytest.mark.parametrize("name", FILES)
def test_existing_package_is_untouched(
    name: str, good_package: Path, tmp_path: Path
) -> None:
    # In-process: the failure is decided before anything is written, and a process
    # per file would only add interpreter start-up time. One real run is below.
    out = tmp_path / "out"
    shutil.copytree(good_package, out)
    before = snapshot(out)
    result = in_process("generate", ERRORS / name, "-o", out, "--package", "acme")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_existing_package_is_untouched_by_a_real_run(
    good_package: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(good_package, out)
    before = snapshot(out)
    file = ERRORS / "unknown-type.xml"
    result = odatagen("generate", file, "-o", out, "--package", "acme")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{file}:10: error: ")
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_dtd_entities_are_not_expanded(bad_run: Callable[[str], Run]) -> None:
    run = bad_run("dtd-entities.xml")
    assert "lollollol" not in run.result.stderr


def test_external_entity_is_not_read(bad_run: Callable[[str], Run]) -> None:
    run = bad_run("xxe.xml")
    assert "root:" not in run.result.stderr
    assert "/bin/" not in run.result.stderr


def test_well_formed_xhtml_page_is_reported_as_html(tmp_path: Path) -> None:
    page = tmp_path / "login.xml"
    page.write_text(
        '<html xmlns="http://www.w3.org/1999/xhtml">\n'
        "<head><title>Creatio</title></head>\n"
        '<body><form action="/ServiceModel/AuthService.svc/Login"/></body>\n'
        "</html>\n"
    )
    result = odatagen("generate", page, "-o", tmp_path / "out", "--package", "p")
    assert result.returncode == 2
    assert result.stderr.startswith(f"{page}:1: error: ")
    assert result.stderr.rstrip().endswith("(html)")
    assert not (tmp_path / "out").exists()


def test_bad_document_from_stdin(tmp_path: Path) -> None:
    data = (ERRORS / "unknown-type.xml").read_bytes()
    result = odatagen(
        "generate", "-", "-o", tmp_path / "out", "--package", "p", stdin=data
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("<stdin>:10: error: ")
    assert "(unknown-type)" in result.stderr
    assert not (tmp_path / "out").exists()
