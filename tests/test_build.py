"""Configuration and `odatagen build`: several tenants, incremental, --check, errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from odatagen.config import load_config
from odatagen.diagnostics import GenerationError
from tests.conftest import CREATIO_SMALL, SHARED
from tests.fake_creatio import FakeCreatio

SYNTH = SHARED / "tools" / "creatio_synth.py"


def odatagen(
    cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "odatagen", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(CREATIO_SMALL, tmp_path / "acme.xml")
    other = CREATIO_SMALL.read_bytes().replace(b"Usr", b"lab")
    (tmp_path / "globex.xml").write_bytes(other)
    (tmp_path / "pyproject.toml").write_text("""
[project]
name = "integration"

[tool.odatagen]
output = "clients"
exclude = ["Order"]

[tool.odatagen.tenants.acme]
source = "acme.xml"
package = "acme_creatio"

[tool.odatagen.tenants.globex]
source = "globex.xml"
package = "globex_creatio"
custom-prefix = "lab"
output = "elsewhere/globex"
""")
    return tmp_path


def tree(root: Path) -> dict[str, int]:
    return {
        p.relative_to(root).as_posix(): p.stat().st_mtime_ns
        for p in root.rglob("*")
        if p.is_file()
    }


def test_config_defaults_and_overrides(project: Path) -> None:
    config = load_config(project / "pyproject.toml")
    acme, globex = config.tenants["acme"], config.tenants["globex"]
    assert acme.output == (project / "clients" / "acme").resolve()
    assert globex.output == (project / "elsewhere" / "globex").resolve()
    assert (
        acme.settings.exclude == ("Order",) and globex.settings.custom_prefix == "lab"
    )
    assert acme.source == str((project / "acme.xml").resolve())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[tool.odatagen]\n", "tool.odatagen.tenants: define at least one"),
        (
            "[tool.odatagen.tenants.a]\npackage = 'a'\n",
            "tool.odatagen.tenants.a.source: missing",
        ),
        (
            "[tool.odatagen.tenants.a]\nsource = 'x.xml'\nnaming = 'camel'\n",
            "tenants.a.naming: expected",
        ),
        (
            "[tool.odatagen.tenants.a]\nsource = 'x.xml'\nexclude = 'Sys*'\n",
            "tenants.a.exclude: expected a list",
        ),
        (
            "[tool.odatagen.tenants.a]\nsource = 'x.xml'\nsorce = 1\n",
            "tenants.a.sorce: unknown key",
        ),
        (
            "[tool.odatagen.tenants.a]\nsource = 'x.xml'\npackage = 'a-b'\n",
            "tenants.a.package: 'a-b' is not",
        ),
        ("[tool.odatagen\n", "(file): not valid TOML"),
    ],
)
def test_config_errors_name_file_key_and_problem(
    tmp_path: Path, text: str, message: str
) -> None:
    file = tmp_path / "pyproject.toml"
    file.write_text(text)
    with pytest.raises(GenerationError) as raised:
        load_config(file)
    line = raised.value.diagnostics[0].format()
    assert line.startswith(str(file)) and message in line, line


def test_build_generates_every_tenant_then_nothing(project: Path) -> None:
    first = odatagen(project, "build")
    assert first.returncode == 0, first.stderr
    assert "acme" in first.stdout and "written" in first.stdout
    assert (project / "clients" / "acme" / "acme_creatio" / "__init__.py").is_file()
    assert (
        project / "elsewhere" / "globex" / "globex_creatio" / "__init__.py"
    ).is_file()
    assert not (
        project / "clients" / "acme" / "acme_creatio" / "entities" / "order.py"
    ).exists()
    before = tree(project / "clients")
    second = odatagen(project, "build")
    assert (
        second.returncode == 0 and second.stdout.count("up to date") == 2
    ), second.stdout
    assert tree(project / "clients") == before


def test_build_check_reports_drift_per_tenant(project: Path) -> None:
    assert odatagen(project, "build").returncode == 0
    assert odatagen(project, "build", "--check").returncode == 0
    (project / "clients" / "acme" / "acme_creatio" / "entities" / "city.py").write_text(
        "# edited\n"
    )
    result = odatagen(project, "build", "--check")
    assert result.returncode == 1
    assert "drift: 0 missing, 0 extra, 1 changed" in result.stdout
    assert (
        project / "clients" / "acme" / "acme_creatio" / "entities" / "city.py"
    ).read_text() == "# edited\n"


def test_build_one_tenant_and_unknown_tenant(project: Path) -> None:
    result = odatagen(project, "build", "globex", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert not (project / "clients" / "acme").exists()
    unknown = odatagen(project, "build", "initech")
    assert unknown.returncode == 2 and "unknown tenant initech" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_a_failing_tenant_does_not_stop_the_others(project: Path) -> None:
    (project / "globex.xml").write_text("<html>login</html>")
    result = odatagen(project, "build")
    assert result.returncode == 2
    assert "globex.xml:1: error:" in result.stderr and "Traceback" not in result.stderr
    assert (project / "clients" / "acme" / "acme_creatio" / "__init__.py").is_file()


def test_build_fetches_remote_tenants_incrementally(tmp_path: Path) -> None:
    with FakeCreatio() as site:
        (tmp_path / "odatagen.toml").write_text(f"""
[tenants.acme]
source = "{site.url}"
auth = "forms"
username-env = "ACME_USER"
password-env = "ACME_PASSWORD"
package = "acme_creatio"
""")
        env = {
            "ACME_USER": "Supervisor",
            "ACME_PASSWORD": "Supervisor",
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
        }
        first = odatagen(tmp_path, "build", env=env)
        assert first.returncode == 0, first.stderr
        assert "fetched" in first.stdout
        assert (
            tmp_path / ".odatagen" / "metadata" / "acme.xml"
        ).read_bytes() == site.metadata
        second = odatagen(tmp_path, "build", env=env)
        assert second.returncode == 0 and "not modified" in second.stdout, second.stdout
        assert "up to date" in second.stdout
        assert (
            "Supervisor"
            not in first.stdout + first.stderr + second.stdout + second.stderr
        )
        wrong = odatagen(tmp_path, "build", env={**env, "ACME_PASSWORD": "nope"})
        assert wrong.returncode == 2 and "login failed" in wrong.stderr.lower()
        assert "nope" not in wrong.stdout + wrong.stderr


def test_diff_names_configured_tenants(project: Path) -> None:
    if not (
        Path(__file__).resolve().parents[1] / "odatagen" / "diff_command.py"
    ).is_file():
        pytest.skip("diff is not there yet")
    result = odatagen(project, "diff", "acme", "globex", "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    assert '"changes"' in result.stdout
