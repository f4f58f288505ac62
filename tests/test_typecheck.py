"""`mypy --strict` accepts generated packages, and code written against them.

Each package is generated in-process into its own tmp dir together with a small "user
script" (imports, keyword construction, from_odata/to_odata, typed reads into annotated
variables); mypy then checks package and script in one run, from the package project's
directory. The script is also run, so it is known to work, not only to type-check.
One check proves the type check is real: wrongly typed lines in the TripPin script
must fail with exactly the expected errors.

mypy runs without a cache (`--cache-dir=/dev/null`): every package is new, so a cache
would never be read, and writing it costs ~40% more time on the big packages.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest

from odatagen.generate import Settings, build

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SYNTH = Path(__file__).resolve().parents[2] / "shared" / "tools" / "creatio_synth.py"
CREATIO = "<creatio full-scale tenant>"


@attrs.frozen
class Target:
    package: str
    source: str  # a corpus file name, or CREATIO
    script: str  # the user script


TRIPPIN_SCRIPT = """\
from typing import Any

from trippin import Location, Person, PersonGender
from trippin.entities.trip import Trip

person = Person(
    user_name="russellwhyte",
    first_name="Russell",
    emails=["russell@example.com"],
    gender=PersonGender.Male,
)
payload: dict[str, Any] = person.to_odata()
assert payload["Gender"] == "Male", payload
again = Person.from_odata(payload)
user_name: str = again.user_name
emails: list[str] = again.emails
gender: PersonGender | None = again.gender
assert (user_name, emails, gender) == ("russellwhyte", ["russell@example.com"], PersonGender.Male)
homes: list[Location] = Person.from_odata({"AddressInfo": []}).address_info
assert homes == []
trip = Trip.from_odata({"TripId": 1, "Name": "Paris", "Budget": 1500.5, "Tags": ["a"]})
budget: float = trip.budget
trip_id: int = trip.trip_id
tags: list[str] = trip.tags
assert (budget, trip_id, tags) == (1500.5, 1, ["a"])
"""

NORTHWIND_SCRIPT = """\
import datetime
import decimal
from typing import Any

from northwind import Customer, Order

customer = Customer(customer_id="ALFKI", company_name="Alfreds Futterkiste", city=None)
payload: dict[str, Any] = customer.to_odata()
assert payload == {"CustomerID": "ALFKI", "CompanyName": "Alfreds Futterkiste", "City": None}
again = Customer.from_odata(payload)
company: str = again.company_name
city: str | None = again.city
order = Order.from_odata(
    {"OrderID": 10248, "Freight": 32.38, "OrderDate": "1996-07-04T00:00:00Z"}
)
order_id: int = order.order_id
freight: decimal.Decimal | None = order.freight
ordered: datetime.datetime | None = order.order_date
assert (company, city, order_id) == ("Alfreds Futterkiste", None, 10248)
assert freight == decimal.Decimal("32.38") and ordered is not None and ordered.year == 1996
"""

DYNAMICS_SCRIPT = """\
import decimal
import uuid
from typing import Any

from {package} import Account, Contact

account = Account(name="Contoso", numberofemployees=250, revenue=decimal.Decimal("1.5"))
payload: dict[str, Any] = account.to_odata()
again = Account.from_odata(payload)
name: str | None = again.name
employees: int | None = again.numberofemployees
revenue: decimal.Decimal | None = again.revenue
assert (name, employees, revenue) == ("Contoso", 250, decimal.Decimal("1.5"))
contact = Contact.from_odata(
    {{"contactid": "9f8e7d6c-0000-4000-8000-000000000001", "fullname": "Ann Lee"}}
)
contact_id: uuid.UUID | None = contact.contactid
full_name: str | None = contact.fullname
assert contact_id == uuid.UUID("9f8e7d6c-0000-4000-8000-000000000001") and full_name == "Ann Lee"
"""

GRAPH_SCRIPT = """\
import uuid
from typing import Any

from msgraph import AssignedLicense, Group, User

user = User(
    id="u1",
    display_name="Adele Vance",
    business_phones=["+1 425 555 0109"],
    assigned_licenses=[AssignedLicense(sku_id=uuid.UUID(int=7))],
)
payload: dict[str, Any] = user.to_odata()
again = User.from_odata(payload)
user_id: str = again.id
display_name: str | None = again.display_name
phones: list[str] = again.business_phones
licences: list[AssignedLicense] = again.assigned_licenses
sku: uuid.UUID | None = licences[0].sku_id
assert (user_id, display_name, phones, sku) == ("u1", "Adele Vance", ["+1 425 555 0109"], uuid.UUID(int=7))
group_mail: str | None = Group.from_odata({"mail": None}).mail
assert group_mail is None
"""

ONEC_SCRIPT = """\
import uuid
from typing import Any

from onec import AccountType, CatalogБанки

bank = CatalogБанки(ref_key=uuid.UUID(int=1), description="Сбербанк", is_folder=False)
payload: dict[str, Any] = bank.to_odata()
assert payload["Ref_Key"] == "00000000-0000-0000-0000-000000000001", payload
again = CatalogБанки.from_odata(payload)
ref_key: uuid.UUID = again.ref_key
description: str | None = again.description
is_folder: bool | None = again.is_folder
assert (ref_key, description, is_folder) == (uuid.UUID(int=1), "Сбербанк", False)
kind: AccountType = AccountType.Active
"""

SAP_SCRIPT = """\
import datetime
from typing import Any

from sap_bp import ABusinessPartnerAddressType, ABusinessPartnerType

partner = ABusinessPartnerType(business_partner="1000042", first_name="Ada")
payload: dict[str, Any] = partner.to_odata()
again = ABusinessPartnerType.from_odata(payload)
number: str = again.business_partner
first_name: str | None = again.first_name
assert (number, first_name) == ("1000042", "Ada")
address = ABusinessPartnerAddressType.from_odata(
    {"BusinessPartner": "1000042", "AddressID": "7", "ValidityStartDate": "/Date(1483228800000)/"}
)
address_id: str = address.address_id
valid_from: datetime.datetime | None = address.validity_start_date
assert address_id == "7" and valid_from is not None and valid_from.year == 2017
"""

CREATIO_SCRIPT = """\
import decimal
import uuid
from typing import Any

from acme_creatio import Account, Contact

contact = Contact(name="Ann Lee", account_id=uuid.UUID(int=5), usr_floor=decimal.Decimal("3"))
payload: dict[str, Any] = contact.to_odata()
again = Contact.from_odata(payload)
name: str = again.name
account_id: uuid.UUID | None = again.account_id
floor: decimal.Decimal | None = again.usr_floor
assert (name, account_id, floor) == ("Ann Lee", uuid.UUID(int=5), decimal.Decimal("3"))
account = Account.from_odata({"Name": "Acme"})
account_name: str = account.name
expanded: Account | None = Contact.from_odata({"Account": {"Name": "Acme"}}).account
assert expanded is not None and expanded.name == account_name

import datetime
from acme_creatio import AsyncClient, Client, FormsAuth, NotFound

q = Contact.q


def use(client: Client) -> None:
    query = client.contact.query().filter(q.age >= 18, q.account.name == "Acme")
    for row in query.select(q.name, q.account.name).order_by(q.name).top(5):
        row_name: str = row.name
    first: Contact | None = client.contact.filter(q.name.startswith("A")).first()
    created: Contact = client.contact.create(name="Bob", account_id=uuid.uuid4())
    client.contact.update(created.id, name="Robert", usr_floor=decimal.Decimal(2))
    client.contact.update(created)
    client.contact.delete(created.id)
    for changed in client.contact.modified_since(datetime.datetime(2024, 1, 1)):
        stamp: datetime.datetime | None = changed.modified_on
    try:
        client.contact.get(uuid.uuid4())
    except NotFound as error:
        status: int | None = error.status


async def use_async(client: AsyncClient) -> None:
    got: Contact = await client.contact.create(name="Eve")
    await client.contact.update(got.id, name="Eva")
    async for row in client.contact.query().filter(q.name == "Eva"):
        text: str = row.name


with Client("http://127.0.0.1:9", auth=FormsAuth("Supervisor", "secret")) as client:
    built = client.contact.query().filter(q.account.name == "A B").top(2)
"""

TARGETS = [
    Target("trippin", "oasis-openapi-TripPin.xml", TRIPPIN_SCRIPT),
    Target("northwind", "oasis-openapi-Northwind.xml", NORTHWIND_SCRIPT),
    Target(
        "dynamics_crm",
        "dynamics-crm-DynamicsCRM.xml",
        DYNAMICS_SCRIPT.format(package="dynamics_crm"),
    ),
    Target(
        "crm_schema",
        "dynamics-crm-crm_schema.xml",
        DYNAMICS_SCRIPT.format(package="crm_schema"),
    ),
    Target(
        "msgraph",
        "msgraph-v1.0-cleanMetadata.xml",
        GRAPH_SCRIPT,
    ),
    Target("onec", "1c-enterprise-StandardODATA-v3.xml", ONEC_SCRIPT),
    Target("sap_bp", "sap-API_BUSINESS_PARTNER.xml", SAP_SCRIPT),
    Target("acme_creatio", CREATIO, CREATIO_SCRIPT),
]


def params() -> list[object]:
    result: list[object] = []
    for target in TARGETS:
        marks: list[pytest.MarkDecorator] = []
        if target.source != CREATIO and not (CORPUS / target.source).is_file():
            marks.append(
                pytest.mark.skip(
                    reason=f"corpus document missing: {CORPUS / target.source}"
                )
            )
        result.append(pytest.param(target, id=target.package, marks=marks))
    return result


@pytest.fixture(scope="module", autouse=True)
def black_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """odatagen's black cache goes to the worker's tmp dir, not the user's home."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(
            "XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache")
        )
        yield


@pytest.fixture(scope="session")
def creatio_metadata(full_scale_tenant: Path) -> bytes:
    """The full-scale synthetic Creatio tenant (~3 MB, 1,404 entities)."""
    return full_scale_tenant.read_bytes()


def generate_project(
    target: Target, root: Path, request: pytest.FixtureRequest
) -> Path:
    if target.source == CREATIO:
        metadata: bytes = request.getfixturevalue("creatio_metadata")
        file = "acme.xml"
    else:
        metadata, file = (CORPUS / target.source).read_bytes(), target.source
    files, _ = build(metadata, file, Settings(package=target.package))
    project = root / "project"
    for relative, text in files.items():
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return project


def run_mypy(
    project: Path, *targets: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    config = project.parent / "mypy.ini"  # hermetic: no user or repository config
    config.write_text("[mypy]\n", "utf-8")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(config),
        "--strict",
        f"--cache-dir={os.devnull}",
        "--no-color-output",
        *targets,
    ]
    started = time.perf_counter()
    result = subprocess.run(
        command, cwd=project, capture_output=True, text=True, timeout=1200
    )
    return result, time.perf_counter() - started


@pytest.mark.parametrize("target", params())
def test_generated_package_and_user_script_pass_mypy_strict(
    target: Target,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    record_property: Callable[[str, object], None],
) -> None:
    project = generate_project(target, tmp_path, request)
    (project / "user_script.py").write_text(target.script, "utf-8")

    ran = subprocess.run(
        [sys.executable, "user_script.py"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode == 0, f"the user script fails at run time:\n{ran.stderr}"

    result, seconds = run_mypy(project, target.package, "user_script.py")
    modules = sum(1 for _ in (project / target.package).rglob("*.py")) + 1
    print(f"\nmypy --strict {target.package}: {modules} files, {seconds:.1f}s")
    record_property("mypy_seconds", round(seconds, 1))
    assert result.returncode == 0, (
        f"mypy --strict failed on {target.package} ({seconds:.1f}s):\n"
        + result.stdout[-8000:]
        + result.stderr[-2000:]
    )
    assert "Success: no issues found" in result.stdout


def test_mypy_rejects_wrongly_typed_user_code(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The check is real: reading a `str` attribute into an `int` variable, and an
    optional attribute into a non-optional one, are both errors."""
    target = TARGETS[0]
    assert target.package == "trippin"
    if not (CORPUS / target.source).is_file():
        pytest.skip(f"corpus document missing: {CORPUS / target.source}")
    project = generate_project(target, tmp_path, request)
    script = target.script + textwrap.dedent("""\
        wrong: int = again.user_name
        not_optional: PersonGender = again.gender
        """)
    (project / "user_script.py").write_text(script, "utf-8")
    lines = script.splitlines()
    wrong_line = lines.index("wrong: int = again.user_name") + 1
    optional_line = lines.index("not_optional: PersonGender = again.gender") + 1

    result, _ = run_mypy(project, target.package, "user_script.py")
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, result.stdout
    assert re.fullmatch(
        rf"user_script\.py:{wrong_line}: error: Incompatible types in assignment "
        r'\(expression has type "str", variable has type "int"\)\s+\[assignment\]',
        errors[0],
    ), errors[0]
    assert re.fullmatch(
        rf"user_script\.py:{optional_line}: error: Incompatible types in assignment "
        r'\(expression has type "PersonGender \| None", variable has type '
        r'"PersonGender"\)\s+\[assignment\]',
        errors[1],
    ), errors[1]
