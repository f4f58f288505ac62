"""What users see first: editor completions (jedi) and type checking (pyright, which VS
Code's Pylance runs) on the full-scale Creatio tenant package."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from odatagen.generate import Settings, build
from tests.conftest import write_package

jedi = pytest.importorskip("jedi")
EDITOR_BUDGET = 1.0  # seconds per completion, with jedi itself warmed up


@pytest.fixture(scope="module")
def tenant(
    tmp_path_factory: pytest.TempPathFactory, full_scale_tenant: Path
) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("tenant")
    metadata = full_scale_tenant.read_bytes()
    files, _ = build(metadata, "acme.xml", Settings("acme_creatio"))
    yield write_package(files, root / "project")


def complete(project: Path, source: str) -> tuple[list[str], float]:
    """Names offered at the end of `source`, and the best time of two tries."""
    lines = source.splitlines()
    best, names = float("inf"), []
    for _ in range(2):
        started = time.perf_counter()
        script = jedi.Script(
            source, path=str(project / "probe.py"), project=jedi.Project(project)
        )
        names = [c.name for c in script.complete(len(lines), len(lines[-1]))]
        best = min(best, time.perf_counter() - started)
    return names, best


def warm_up(project: Path) -> None:
    complete(project, "import os\nos.pa")
    complete(project, "import attrs\nattrs.def")


def test_package_completes_entities_including_custom_ones(tenant: Path) -> None:
    warm_up(tenant)
    names, seconds = complete(tenant, "import acme_creatio\nacme_creatio.Usr")
    assert "UsrClaimInvoice" in names and len(names) == 12
    names, _ = complete(tenant, "import acme_creatio\nacme_creatio.Con")
    assert {"Contact", "ContactType"} <= set(names)
    assert seconds < EDITOR_BUDGET, f"{seconds:.2f}s"


def test_instance_completes_columns_including_custom_ones(tenant: Path) -> None:
    warm_up(tenant)
    source = "from acme_creatio import Contact\nc = Contact.from_odata({})\nc."
    names, seconds = complete(tenant, source)
    assert {"name", "account_id", "account", "created_on", "to_odata"} <= set(names)
    custom = [n for n in names if n.startswith("usr_")]
    assert custom, names
    assert seconds < EDITOR_BUDGET, f"{seconds:.2f}s"


def test_constructor_completes_keyword_parameters(tenant: Path) -> None:
    warm_up(tenant)
    names, seconds = complete(tenant, "from acme_creatio import Account\nAccount(na")
    assert "name=" in names
    assert seconds < EDITOR_BUDGET, f"{seconds:.2f}s"


USER_SCRIPT = """\
import uuid

from acme_creatio import Contact, UsrClaimInvoice

contact = Contact(name="Ann", account_id=uuid.uuid4())
name: str = contact.name
account: uuid.UUID | None = contact.account_id
invoice = UsrClaimInvoice.from_odata({"Name": "x"})
payload = invoice.to_odata()
"""


def pyright(project: Path, source: str) -> subprocess.CompletedProcess[str]:
    (project / "user_script.py").write_text(source)
    executable = shutil.which("pyright") or ""
    if not executable:
        pytest.skip("pyright is not installed")
    return subprocess.run(
        [executable, "user_script.py"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_pyright_accepts_a_script_using_the_package(tenant: Path) -> None:
    result = pyright(tenant, USER_SCRIPT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout


def test_pyright_rejects_a_mistyped_use(tenant: Path) -> None:
    result = pyright(tenant, USER_SCRIPT + "wrong: int = contact.name\n")
    assert result.returncode == 1
    assert "user_script.py:10" in result.stdout and "str" in result.stdout
