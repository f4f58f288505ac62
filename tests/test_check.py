"""`odatagen check` / `generate --check`: drift detection for CI, never writing."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from odatagen.cli import main
from tests.conftest import CREATIO_SMALL, REPO

ARGS = [str(CREATIO_SMALL), "--package", "acme_creatio"]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def copy_of_golden(tmp_path: Path) -> Path:
    out = tmp_path / "pkg"
    shutil.copytree(REPO / "generated_example", out)
    return out


def snapshot_tree(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_up_to_date_exits_zero(tmp_path: Path) -> None:
    out = copy_of_golden(tmp_path)
    code, output = run("check", *ARGS, "-o", str(out))
    assert code == 0, output
    assert "up to date" in output


def test_drift_exits_one_with_diffs_and_never_writes(tmp_path: Path) -> None:
    out = copy_of_golden(tmp_path)
    (out / "acme_creatio" / "entities" / "city.py").write_text("# edited\n")
    (out / "acme_creatio" / "entities" / "region.py").unlink()
    (out / "acme_creatio" / "stray.py").write_text("x = 1\n")
    before = snapshot_tree(out)
    code, output = run("check", *ARGS, "-o", str(out))
    assert code == 1
    assert "drift: 1 missing, 1 extra, 1 changed" in output
    assert "missing: acme_creatio/entities/region.py" in output
    assert "extra: acme_creatio/stray.py" in output
    assert "+++ acme_creatio/entities/city.py (generated)" in output
    assert "-# edited" in output
    assert snapshot_tree(out) == before


def test_quiet_prints_counts_only(tmp_path: Path) -> None:
    out = copy_of_golden(tmp_path)
    (out / "acme_creatio" / "entities" / "city.py").write_text("# edited\n")
    code, output = run("check", *ARGS, "-o", str(out), "--quiet")
    assert code == 1
    assert output.strip() == "drift: 0 missing, 0 extra, 1 changed"


def test_generate_check_is_the_same_as_check(tmp_path: Path) -> None:
    out = tmp_path / "never-written"
    code, output = run("generate", "--check", *ARGS, "-o", str(out))
    assert code == 1 and "missing: acme_creatio/__init__.py" in output
    assert not out.exists()


def test_options_change_what_is_expected(tmp_path: Path) -> None:
    out = copy_of_golden(tmp_path)
    code, output = run("check", *ARGS, "-o", str(out), "--naming", "preserve", "-q")
    assert code == 1 and "changed" in output


def test_bad_input_exits_two(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("not xml")
    code, output = run("check", str(bad), "-o", str(tmp_path / "out"))
    assert code == 2 and "not-xml" in output


def test_unchanged_regeneration_repeats_the_warnings(tmp_path: Path) -> None:
    document = tmp_path / "clash.xml"
    document.write_bytes(
        CREATIO_SMALL.read_bytes().replace(
            b'<Property Name="Name" Type="Edm.String" Nullable="false" />',
            b'<Property Name="Name" Type="Edm.String" Nullable="false" />'
            b'<Property Name="NAME" Type="Edm.String" />',
            1,
        )
    )
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["generate", str(document), "-o", str(out)])
    second = CliRunner().invoke(main, ["generate", str(document), "-o", str(out)])
    assert first.exit_code == second.exit_code == 0
    warning = [line for line in first.output.splitlines() if "(renamed)" in line]
    assert warning and warning == [
        line for line in second.output.splitlines() if "(renamed)" in line
    ]
    assert "up to date" in second.output
