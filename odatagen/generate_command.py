"""The commands that generate: `generate`, `check` and `build`."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from odatagen.build import Outcome, build_all, summary_table
from odatagen.config import find_config, load_config
from odatagen.diagnostics import Collector
from odatagen.generate import Settings, build, generate
from odatagen.identifiers import snake_case
from odatagen.write import compare

EXIT_DRIFT = 1
EXIT_ERROR = 2


def read_source(source: str) -> tuple[bytes, str]:
    if source == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        return Path(source).read_bytes(), source
    except OSError as exc:
        raise click.ClickException(
            f"{source}: cannot read: {exc.strerror or exc}"
        ) from None


def default_package(file: str) -> str:
    stem = Path(file).stem if file != "<stdin>" else ""
    stem = re.sub(r"[^0-9A-Za-z_]+", "_", stem).strip("_")
    return snake_case(stem) if stem else "odata_client"


def report(diagnostics: Collector, quiet: bool) -> None:
    if quiet:
        return
    for diagnostic in diagnostics.warnings:
        click.echo(diagnostic.format(), err=True)


_GENERATION_OPTIONS = [
    click.argument("source"),
    click.option(
        "-o",
        "--output",
        "out",
        required=True,
        type=click.Path(path_type=Path),
        help="Directory of the package project.",
    ),
    click.option(
        "--package", help="Python package name (default: from the source file name)."
    ),
    click.option(
        "--include",
        multiple=True,
        metavar="GLOB",
        help="Only entity types matching GLOB (name or qualified name); repeatable.",
    ),
    click.option(
        "--exclude",
        multiple=True,
        metavar="GLOB",
        help="Leave out matching entity types.",
    ),
    click.option(
        "--with-lookups",
        is_flag=True,
        help="With --include: also keep the targets of lookups, transitively.",
    ),
    click.option(
        "--naming",
        type=click.Choice(["snake", "preserve"]),
        default="snake",
        show_default=True,
        help="Attribute names: snake_case, or the OData names.",
    ),
    click.option(
        "--strict", is_flag=True, help="Fail instead of renaming clashing names."
    ),
    click.option(
        "--custom-prefix",
        default="Usr",
        show_default=True,
        help="Prefix of customisations; 'auto' detects it, '' turns it off.",
    ),
    click.option(
        "--package-version",
        default="0.1.0",
        show_default=True,
        help="Version written into the generated pyproject.toml.",
    ),
    click.option(
        "-q",
        "--quiet",
        is_flag=True,
        help="Do not print warnings (check: counts only).",
    ),
]


def generation_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options `generate` and `check` share (check takes exactly generate's)."""
    for option in reversed(_GENERATION_OPTIONS):
        command = option(command)
    return command


def settings_from(
    file: str,
    package: str | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    with_lookups: bool,
    naming: str,
    strict: bool,
    custom_prefix: str,
    package_version: str,
) -> Settings:
    package = package or default_package(file)
    if not package.isidentifier() or package != snake_case(package):
        raise click.BadParameter(
            f"{package!r} is not a valid package name", param_hint="--package"
        )
    return Settings(
        package=package,
        include=include,
        exclude=exclude,
        with_lookups=with_lookups,
        naming="preserve" if naming == "preserve" else "snake",
        strict=strict,
        custom_prefix=custom_prefix or None,
        package_version=package_version,
    )


@click.command("generate")
@generation_options
@click.option(
    "--force",
    is_flag=True,
    help="Write into a non-empty directory that odatagen did not create (its content is replaced).",
)
@click.option(
    "--check", "check_only", is_flag=True, help="Do not write: act as `odatagen check`."
)
def generate_command(
    source: str, out: Path, quiet: bool, force: bool, check_only: bool, **options: Any
) -> None:
    """Generate a client package from SOURCE (a $metadata file, or - for stdin)."""
    if check_only:
        run_check(source, out, quiet, options)
        return
    metadata, file = read_source(source)
    settings = settings_from(file, **options)
    written, diagnostics = generate(metadata, file, out, settings, force)
    report(diagnostics, quiet)
    if not quiet:
        state = "written" if written else "up to date, nothing written"
        click.echo(f"{out}: package {settings.package} {state}", err=True)


@click.command("check")
@generation_options
def check_command(source: str, out: Path, quiet: bool, **options: Any) -> None:
    """Compare what `generate` would write from SOURCE with what is in OUT; never writes.

    Exit code 0: up to date; 1: drift (missing, extra or changed files, shown as unified
    diffs; counts only with --quiet); 2: error.
    """
    run_check(source, out, quiet, options)


def run_check(source: str, out: Path, quiet: bool, options: dict[str, Any]) -> None:
    metadata, file = read_source(source)
    settings = settings_from(file, **options)
    files, _ = build(metadata, file, settings)
    drift = compare(files, out)
    if not drift.clean:
        for line in drift.report()[:1] if quiet else drift.report():
            click.echo(line)
        raise SystemExit(EXIT_DRIFT)
    if not quiet:
        click.echo(f"{out}: up to date ({len(files)} files)", err=True)


@click.command("build")
@click.argument("tenants", nargs=-1)
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="odatagen.toml or pyproject.toml (default: found from the current directory).",
)
@click.option(
    "--check", is_flag=True, help="Compare instead of writing; exit 1 on drift."
)
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Tenants built at once.")
def build_command(
    tenants: tuple[str, ...], config_file: Path | None, check: bool, jobs: int | None
) -> None:
    """Fetch and generate every configured tenant (or the TENANTS named)."""
    file = config_file or find_config(Path.cwd())
    if file is None:
        raise click.ClickException(
            "no configuration: create odatagen.toml or [tool.odatagen] in pyproject.toml"
        )
    config = load_config(file)
    total = len(tenants or config.tenants)
    done: list[Outcome] = []

    def progress(outcome: Outcome) -> None:
        done.append(outcome)
        click.echo(
            f"[{len(done)}/{total}] {outcome.tenant}: {outcome.status}", err=True
        )

    outcomes = build_all(config, tenants, check, jobs, progress)
    for line in summary_table(outcomes):
        click.echo(line)
    for outcome in outcomes:
        if outcome.failed:
            click.echo(outcome.detail, err=True)
    if any(o.failed for o in outcomes):
        raise SystemExit(EXIT_ERROR)
    if check and any(o.status == "drift" for o in outcomes):
        raise SystemExit(EXIT_DRIFT)
