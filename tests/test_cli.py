"""The `odatagen` command line: options, incremental regeneration, safety of the output.

In-process (`click.testing.CliRunner`) where the result is all that matters, a real
subprocess where the exit code, stdin or the absence of a traceback is the point.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from lxml import etree

from odatagen import __version__
from odatagen.cli import main

ROOT = Path(__file__).resolve().parent.parent
ACME = ROOT / "fixtures" / "creatio" / "acme-small.xml"
MARKER = ".odatagen.json"
EDMX = "http://docs.oasis-open.org/odata/ns/edmx"
EDM = "http://docs.oasis-open.org/odata/ns/edm"
NS = "Terrasoft.Configuration.OData"


# -- helpers --------------------------------------------------------------------------
def entity(
    name: str,
    properties: dict[str, str],
    navigations: dict[str, str] | None = None,
    key: str = "Id",
) -> str:
    """One `<EntityType>`; `properties` and `navigations` map names to types."""
    lines = [f'      <EntityType Name="{name}">']
    lines.append(f'        <Key><PropertyRef Name="{key}" /></Key>')
    for prop, type_ in properties.items():
        nullable = ' Nullable="false"' if prop == key else ""
        lines.append(f'        <Property Name="{prop}" Type="{type_}"{nullable} />')
    for nav, type_ in (navigations or {}).items():
        lines.append(f'        <NavigationProperty Name="{nav}" Type="{type_}" />')
    lines.append("      </EntityType>")
    return "\n".join(lines)


def csdl(*entities: str, namespace: str = "NS") -> bytes:
    """A CSDL 4.0 document with the given entity types and one entity set per type."""
    names = re.findall(r'<EntityType Name="([^"]+)"', "\n".join(entities))
    sets = "\n".join(
        f'        <EntitySet Name="{n}" EntityType="{namespace}.{n}" />' for n in names
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<edmx:Edmx Version="4.0" xmlns:edmx="{EDMX}">\n'
        "  <edmx:DataServices>\n"
        f'    <Schema Namespace="{namespace}" xmlns="{EDM}">\n'
        + "\n".join(entities)
        + "\n"
        '      <EntityContainer Name="DefaultContainer">\n'
        f"{sets}\n"
        "      </EntityContainer>\n"
        "    </Schema>\n"
        "  </edmx:DataServices>\n"
        "</edmx:Edmx>\n"
    ).encode()


def without_entity(document: bytes, name: str) -> bytes:
    """`document` with entity type `name`, its sets and every navigation to it removed."""
    root = etree.fromstring(document)
    qname = f"{NS}.{name}"
    doomed = [
        *root.iterfind(f".//{{{EDM}}}EntityType[@Name='{name}']"),
        *root.iterfind(f".//{{{EDM}}}EntitySet[@EntityType='{qname}']"),
        *root.iterfind(f".//{{{EDM}}}NavigationPropertyBinding[@Target='{name}']"),
        *(
            nav
            for nav in root.iter(f"{{{EDM}}}NavigationProperty")
            if nav.get("Type") in (qname, f"Collection({qname})")
        ),
    ]
    assert doomed
    for element in doomed:
        element.getparent().remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def generate(*args: str | Path) -> Result:
    """`odatagen generate ARGS` in-process."""
    return CliRunner().invoke(
        main, ["generate", *map(str, args)], catch_exceptions=False
    )


def odatagen(
    *args: str | Path, stdin: bytes = b"", cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    """`python -m odatagen ARGS` in a subprocess; stdout and stderr as text."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "odatagen", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=300,
        env=env,
        cwd=cwd,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def entity_modules(out: Path, package: str) -> set[str]:
    folder = out / package / "entities"
    return {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}


def class_attributes(module: Path, class_name: str) -> list[str]:
    """The annotated attributes of `class_name` in the generated `module`, in order."""
    tree = ast.parse(module.read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return [
                item.target.id
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            ]
    raise AssertionError(f"no class {class_name} in {module}")


def stats(directory: Path) -> dict[str, tuple[int, int]]:
    """(st_mtime_ns, st_ino) of `directory` and everything under it."""
    return {
        path.relative_to(directory).as_posix(): (
            path.stat().st_mtime_ns,
            path.stat().st_ino,
        )
        for path in [directory, *directory.rglob("*")]
    }


def contents(directory: Path) -> dict[str, bytes]:
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


# -- source and package name ----------------------------------------------------------
def test_generate_from_stdin(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = odatagen("generate", "-", "-o", out, stdin=ACME.read_bytes())
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # no file name to derive the package name from
    assert (out / "odata_client" / "__init__.py").is_file()
    assert "contact" in entity_modules(out, "odata_client")
    assert (out / MARKER).is_file()


def test_package_name_defaults_to_the_file_name(tmp_path: Path) -> None:
    source = tmp_path / "My Tenant-metadata.xml"
    source.write_bytes(
        csdl(entity("Contact", {"Id": "Edm.Guid", "Name": "Edm.String"}))
    )
    out = tmp_path / "out"
    result = generate(source, "-o", out)
    assert result.exit_code == 0, result.output
    assert (out / "my_tenant_metadata" / "entities" / "contact.py").is_file()
    assert "package my_tenant_metadata written" in result.stderr


def test_invalid_package_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = odatagen("generate", ACME, "-o", out, "--package", "1abc")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Usage: ")
    assert "Error: Invalid value for --package: '1abc'" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("package", ["a-b", "Acme", "class", "a b", "_p"])
def test_invalid_package_names(tmp_path: Path, package: str) -> None:
    out = tmp_path / "out"
    result = generate(ACME, "-o", out, "--package", package)
    assert result.exit_code == 2
    assert "Invalid value for --package" in result.stderr
    assert repr(package) in result.stderr
    assert not out.exists()


def test_missing_source_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.xml"
    result = odatagen("generate", missing, "-o", tmp_path / "out")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(missing) in lines[0]
    assert "No such file" in lines[0]
    assert not (tmp_path / "out").exists()


def test_version() -> None:
    result = odatagen("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"odatagen, version {__version__}"


def test_generate_help_lists_the_options() -> None:
    result = CliRunner().invoke(main, ["generate", "--help"])
    assert result.exit_code == 0
    for option in (
        "SOURCE",
        "-o, --output",
        "--package",
        "--include",
        "--exclude",
        "--with-lookups",
        "--naming",
        "--strict",
        "--custom-prefix",
        "--package-version",
        "--force",
        "-q, --quiet",
    ):
        assert option in result.output


# -- incremental regeneration -----------------------------------------------------------
def test_unchanged_input_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = generate(ACME, "-o", out, "--package", "acme")
    assert first.exit_code == 0, first.output
    assert "written" in first.stderr
    before = stats(out)
    again = generate(ACME, "-o", out, "--package", "acme")
    assert again.exit_code == 0, again.output
    assert "up to date" in again.stderr
    assert stats(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_changed_input_regenerates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(ACME, "-o", out, "--package", "acme").exit_code == 0
    assert "usr_visit_policy" in entity_modules(out, "acme")
    lease = out / "acme" / "entities" / "usr_vehicle_lease.py"
    old_lease = lease.read_text("utf-8")
    init = out / "acme" / "__init__.py"
    assert "UsrVisitPolicy" in init.read_text("utf-8")
    old_marker = json.loads((out / MARKER).read_text("utf-8"))

    source = tmp_path / "acme-small.xml"
    source.write_bytes(without_entity(ACME.read_bytes(), "UsrVisitPolicy"))
    result = generate(source, "-o", out, "--package", "acme")
    assert result.exit_code == 0, result.output
    assert "written" in result.stderr and "up to date" not in result.stderr

    modules = entity_modules(out, "acme")
    assert "usr_visit_policy" not in modules
    assert {"contact", "account", "city", "usr_vehicle_lease"} <= modules
    assert "UsrVisitPolicy" not in init.read_text("utf-8")
    # the navigation collection to the removed entity is gone from its partner
    new_lease = lease.read_text("utf-8")
    assert new_lease != old_lease
    assert "UsrVisitPolicyCollectionByUsrColorScore" in old_lease
    assert "UsrVisitPolicyCollectionByUsrColorScore" not in new_lease
    marker = json.loads((out / MARKER).read_text("utf-8"))
    assert marker["input"] != old_marker["input"]
    assert "acme/entities/usr_visit_policy.py" in old_marker["files"]
    assert "acme/entities/usr_visit_policy.py" not in marker["files"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme-small.xml", "out"]


# -- selection --------------------------------------------------------------------------
def test_include_globs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = generate(
        ACME,
        "-o",
        out,
        "--package",
        "acme",
        "--include",
        "Contact",
        "--include",
        "Usr*",
    )
    assert result.exit_code == 0, result.output
    assert entity_modules(out, "acme") == {
        "contact",
        "usr_vehicle_answer",
        "usr_vehicle_lease",
        "usr_visit_policy",
    }


def test_include_globs_without_cross_lookups(tmp_path: Path) -> None:
    # The same globs on entities without lookups between them (which the bug above
    # needs): local names, qualified names, and a pattern matching nothing.
    source = tmp_path / "small.xml"
    source.write_bytes(
        csdl(
            *(
                entity(name, {"Id": "Edm.Guid", "Name": "Edm.String"})
                for name in ("Contact", "City", "UsrVehicle", "UsrVisit", "Account")
            )
        )
    )
    out = tmp_path / "out"
    result = generate(
        source,
        *("-o", out, "--package", "p"),
        *("--include", "Contact", "--include", "Usr*", "--include", "NS.Cit?"),
        *("--include", "Nothing*"),
    )
    assert result.exit_code == 0, result.output
    assert entity_modules(out, "p") == {"contact", "city", "usr_vehicle", "usr_visit"}
    assert "Nothing*" in result.stderr and "(no-match)" in result.stderr


def test_exclude_custom_entities(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = generate(ACME, "-o", out, "--package", "acme", "--exclude", "Usr*")
    assert result.exit_code == 0, result.output
    modules = entity_modules(out, "acme")
    assert not {m for m in modules if m.startswith("usr_")}
    assert {"contact", "account", "city", "lead", "opportunity"} <= modules


def test_include_keeps_lookup_column_without_navigation(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = generate(ACME, "-o", out, "--package", "acme", "--include", "Contact")
    assert result.exit_code == 0, result.output
    assert entity_modules(out, "acme") == {"contact"}
    module = out / "acme" / "entities" / "contact.py"
    attributes = class_attributes(module, "Contact")
    assert "account_id" in attributes
    assert "account" not in attributes
    source = module.read_text("utf-8")
    assert '"AccountId"' in source
    assert '_m.nav("Account"' not in source


def test_with_lookups_keeps_the_targets(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = generate(
        ACME, "-o", out, "--package", "acme", "--include", "Contact", "--with-lookups"
    )
    assert result.exit_code == 0, result.output
    modules = entity_modules(out, "acme")
    assert {"contact", "account", "city"} <= modules
    attributes = class_attributes(out / "acme" / "entities" / "contact.py", "Contact")
    assert "account_id" in attributes
    assert "account" in attributes


# -- naming -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("options", "wanted", "unwanted"),
    [
        ((), {"account_id", "name", "usr_start_date"}, {"AccountId", "Name"}),
        (
            ("--naming", "preserve"),
            {"AccountId", "Name", "UsrStartDate"},
            {"account_id", "name", "usr_start_date"},
        ),
    ],
)
def test_naming(
    tmp_path: Path, options: tuple[str, ...], wanted: set[str], unwanted: set[str]
) -> None:
    source = tmp_path / "small.xml"
    source.write_bytes(
        csdl(
            entity("Account", {"Id": "Edm.Guid", "Name": "Edm.String"}),
            entity(
                "Contact",
                {
                    "Id": "Edm.Guid",
                    "Name": "Edm.String",
                    "AccountId": "Edm.Guid",
                    "UsrStartDate": "Edm.Date",
                },
                {"Account": "NS.Account"},
            ),
        )
    )
    out = tmp_path / "out"
    result = generate(source, "-o", out, "--package", "p", *options)
    assert result.exit_code == 0, result.output
    attributes = set(class_attributes(out / "p" / "entities" / "contact.py", "Contact"))
    assert wanted <= attributes
    assert not unwanted & attributes
    # the wire names stay whatever the Python names are
    source_text = (out / "p" / "entities" / "contact.py").read_text("utf-8")
    assert '"AccountId"' in source_text and '"UsrStartDate"' in source_text


COLLIDING = csdl(
    entity(
        "Contact",
        {"Id": "Edm.Guid", "AccountId": "Edm.Guid", "Account_Id": "Edm.Guid"},
    )
)


def test_strict_refuses_renames(tmp_path: Path) -> None:
    source = tmp_path / "colliding.xml"
    source.write_bytes(COLLIDING)
    out = tmp_path / "out"
    result = odatagen("generate", source, "-o", out, "--package", "p", "--strict")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines
    for line in lines:
        assert line.startswith(f"{source}")
        assert ": error: " in line
        assert line.endswith("(renamed)")
    assert "Account_Id" in result.stderr
    assert not out.exists()


def test_renames_are_warnings_without_strict(tmp_path: Path) -> None:
    source = tmp_path / "colliding.xml"
    source.write_bytes(COLLIDING)
    out = tmp_path / "out"
    result = generate(source, "-o", out, "--package", "p")
    assert result.exit_code == 0, result.output
    warnings = [
        line for line in result.stderr.splitlines() if line.endswith("(renamed)")
    ]
    assert len(warnings) == 1, result.stderr
    warning = warnings[0]
    assert ": warning: " in warning
    assert "Account_Id" in warning
    attributes = class_attributes(out / "p" / "entities" / "contact.py", "Contact")
    assert attributes[:3] == ["q", "id", "account_id"]  # q: the query fields
    attributes = attributes[1:]
    new_name = attributes[2]
    assert new_name not in ("account_id", "Account_Id")
    assert new_name in warning
    source_text = (out / "p" / "entities" / "contact.py").read_text("utf-8")
    assert f"{new_name}: " in source_text and '"Account_Id"' in source_text


def test_quiet_hides_warnings(tmp_path: Path) -> None:
    source = tmp_path / "colliding.xml"
    source.write_bytes(COLLIDING)
    result = generate(source, "-o", tmp_path / "out", "--package", "p", "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


# -- the output directory ---------------------------------------------------------------
def test_foreign_directory_is_refused_unless_forced(tmp_path: Path) -> None:
    source = tmp_path / "small.xml"
    source.write_bytes(
        csdl(entity("Contact", {"Id": "Edm.Guid", "Name": "Edm.String"}))
    )
    out = tmp_path / "out"
    (out / "src").mkdir(parents=True)
    (out / "notes.txt").write_text("mine\n")
    (out / "src" / "app.py").write_text("print('hello')\n")
    before_contents, before_stats = contents(out), stats(out)

    result = odatagen("generate", source, "-o", out, "--package", "p")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{out}: error: ")
    assert "not empty" in lines[0] and "--force" in lines[0]
    assert contents(out) == before_contents
    assert stats(out) == before_stats
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "small.xml"]

    forced = generate(source, "-o", out, "--package", "p", "--force")
    assert forced.exit_code == 0, forced.output
    assert (out / "p" / "entities" / "contact.py").is_file()
    assert (out / MARKER).is_file()


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    source = tmp_path / "small.xml"
    source.write_bytes(csdl(entity("Contact", {"Id": "Edm.Guid"})))
    out = tmp_path / "out"
    out.write_text("not a directory\n")
    result = generate(source, "-o", out, "--package", "p", "--force")
    assert result.exit_code == 2
    assert "not a directory" in result.stderr
    assert out.read_text() == "not a directory\n"
