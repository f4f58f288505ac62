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


def test_client_completes_entity_sets_including_custom_ones(tenant: Path) -> None:
    warm_up(tenant)
    source = "from acme_creatio import Client\nclient = Client('http://x')\nclient."
    names, seconds = complete(tenant, source)
    assert {"contact", "account", "usr_claim_invoice", "batch", "close"} <= set(names)
    assert len([n for n in names if n.startswith("usr_")]) >= 12
    assert seconds < EDITOR_BUDGET, f"{seconds:.2f}s"
    names, _ = complete(tenant, source.replace("client.", "client.usr_cl"))
    assert names == ["usr_claim_invoice"]


def test_query_fields_complete_including_custom_columns(tenant: Path) -> None:
    warm_up(tenant)
    names, seconds = complete(tenant, "from acme_creatio import Contact\nContact.q.")
    assert {"name", "account_id", "account", "created_on"} <= set(names)
    assert any(n.startswith("usr_") for n in names)
    assert seconds < EDITOR_BUDGET, f"{seconds:.2f}s"
    source = "from acme_creatio import Contact\nContact.q.account.na"
    names, _ = complete(tenant, source)
    assert "name" in names


def test_update_completes_keyword_parameters(tenant: Path) -> None:
    warm_up(tenant)
    source = (
        "from acme_creatio import Client\nclient = Client('http://x')\n"
        "client.contact.update(key, "
    )
    names, seconds = complete(tenant, source)
    assert {"name=", "account_id=", "email="} <= set(names)
    assert any(n.startswith("usr_") and n.endswith("=") for n in names)
    assert seconds < EDITOR_BUDGET, f"{seconds:.2f}s"
    script = jedi.Script(
        source, path=str(tenant / "probe.py"), project=jedi.Project(tenant)
    )
    lines = source.splitlines()
    (signature,) = script.get_signatures(len(lines), len(lines[-1]))
    assert signature.name == "update"
    assert "name" in [p.name for p in signature.params]


USER_SCRIPT = """\
import datetime
import uuid

from acme_creatio import AsyncClient, Client, Contact, FormsAuth, NotFound
from acme_creatio import UsrClaimInvoice

contact = Contact(name="Ann", account_id=uuid.uuid4())
name: str = contact.name
account: uuid.UUID | None = contact.account_id
invoice = UsrClaimInvoice.from_odata({"Name": "x"})
payload = invoice.to_odata()
q = Contact.q
with Client("http://127.0.0.1:1", auth=FormsAuth("Supervisor", "secret")) as client:
    query = client.contact.query().filter(q.age >= 18, q.account.name == "Acme")
    for row in query.select(q.name, q.account.name).order_by(q.name).top(5):
        row_name: str = row.name
    first: Contact | None = client.contact.filter(q.name.startswith("A")).first()
    created: Contact = client.contact.create(name="Bob", account_id=uuid.uuid4())
    client.contact.update(created.id, name="Robert", usr_floor=None)
    client.contact.update(created)
    client.contact.delete(created.id)
    claims: list[UsrClaimInvoice] = client.usr_claim_invoice.query().top(3).all()
    for changed in client.contact.modified_since(datetime.datetime(2024, 1, 1)):
        stamp: datetime.datetime | None = changed.modified_on
    try:
        client.contact.get(uuid.uuid4())
    except NotFound as error:
        status: int | None = error.status


async def main() -> None:
    async with AsyncClient("http://127.0.0.1:1") as client:
        got: Contact = await client.contact.create(name="Eve")
        await client.contact.update(got.id, name="Eva")
        async for row in client.contact.query().filter(q.name == "Eva"):
            text: str = row.name
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
    line = USER_SCRIPT.count("\n") + 1
    assert f"user_script.py:{line}" in result.stdout and "str" in result.stdout


def test_pyright_rejects_a_mistyped_comparison_and_keyword(tenant: Path) -> None:
    wrong = (
        'bad = client.contact.query().filter(q.age == "x")\n'
        'client.contact.update(uuid.uuid4(), nmae="typo")\n'
    )
    script = USER_SCRIPT.replace(
        "\n\n\nasync def", "\n" + _indent(wrong) + "\n\nasync def"
    )
    result = pyright(tenant, script)
    assert result.returncode == 1
    assert "nmae" in result.stdout and "2 errors" in result.stdout, result.stdout


def _indent(text: str) -> str:
    return "".join(f"    {line}\n" for line in text.splitlines())
