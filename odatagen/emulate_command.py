"""`odatagen emulate`: a local Creatio-like OData 4 server for tests."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import click

from odatagen.diagnostics import GenerationError

EXIT_ERROR = 2


@click.command("emulate")
@click.argument(
    "metadata", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--port", type=int, default=8000, show_default=True, help="0: any free port."
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--layout",
    type=click.Choice(["framework", "core"]),
    default="framework",
    show_default=True,
    help="framework: OData at /0/odata; core (.NET Core/.NET 6+): /odata.",
)
@click.option(
    "--seed-data",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='JSON rows by entity set: {"Contact": [{...}], ...}.',
)
@click.option(
    "--user", default="Supervisor", show_default=True, help="Forms login user."
)
@click.option(
    "--password",
    default="Supervisor",
    show_default=True,
    envvar="ODATAGEN_EMULATOR_PASSWORD",
    help="Also from ODATAGEN_EMULATOR_PASSWORD.",
)
@click.option("--client-id", default="odatagen", show_default=True, help="OAuth2.")
@click.option(
    "--client-secret",
    default="odatagen-secret",
    show_default=True,
    envvar="ODATAGEN_EMULATOR_CLIENT_SECRET",
    help="OAuth2; also from ODATAGEN_EMULATOR_CLIENT_SECRET.",
)
@click.option(
    "--session-lifetime",
    type=click.FloatRange(min=0, min_open=True),
    default=3600.0,
    show_default=True,
    help="Seconds of inactivity before a session expires.",
)
@click.option(
    "--token-lifetime",
    type=click.IntRange(min=1),
    default=3600,
    show_default=True,
    help="Seconds an OAuth2 access token is valid.",
)
@click.option(
    "--expired",
    type=click.Choice(["401", "403", "302"]),
    default="401",
    show_default=True,
    help="Answer to a missing or expired session (302: to /Login/NuiLogin.aspx).",
)
@click.option("--no-csrf", is_flag=True, help="Do not require the BPMCSRF header.")
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=20000,
    show_default=True,
    help="Rows per response (Creatio's MaxEntityRowCount); never a nextLink.",
)
@click.option(
    "--database",
    type=click.Path(dir_okay=False),
    help="A SQLite file (default: in memory).",
)
@click.option(
    "--latency",
    type=click.FloatRange(min=0),
    default=0.0,
    help="Fault: seconds added to each request.",
)
@click.option(
    "--fail-count",
    type=click.IntRange(min=0),
    default=0,
    help="Fault: the first N requests fail.",
)
@click.option(
    "--fail-status",
    type=click.IntRange(400, 599),
    default=503,
    show_default=True,
    help="Fault: the status of those failures (429, 503, ...).",
)
@click.option(
    "--retry-after",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Fault: the Retry-After seconds sent with those failures.",
)
@click.option(
    "--drop-count",
    type=click.IntRange(min=0),
    default=0,
    help="Fault: drop the first N connections.",
)
@click.option(
    "--fault-scope",
    type=click.Choice(["odata", "all"]),
    default="odata",
    show_default=True,
    help="Which requests faults apply to.",
)
@click.option("-q", "--quiet", is_flag=True, help="No request log.")
def emulate_command(
    metadata: Path,
    port: int,
    host: str,
    layout: str,
    seed_data: Path | None,
    user: str,
    password: str,
    client_id: str,
    client_secret: str,
    session_lifetime: float,
    token_lifetime: int,
    expired: str,
    no_csrf: bool,
    max_rows: int,
    database: str | None,
    latency: float,
    fail_count: int,
    fail_status: int,
    retry_after: int,
    drop_count: int,
    fault_scope: str,
    quiet: bool,
) -> None:
    """Serve METADATA as a Creatio-like OData 4 site on HOST:PORT (SQLite storage,
    Forms and OAuth2 login, fault injection at /__emulator/faults)."""
    started = time.perf_counter()
    try:
        import uvicorn

        from odatagen.emulator.app import Emulator
        from odatagen.emulator.faults import FaultSettings
        from odatagen.emulator.settings import Settings
    except ImportError as exc:  # the `emulator` extra is not installed
        raise click.ClickException(
            f"{exc}: install the emulator with  pip install 'odatagen[emulator]'"
        ) from None
    try:
        settings = Settings(
            layout="core" if layout == "core" else "framework",
            username=user,
            password=password,
            client_id=client_id,
            client_secret=client_secret,
            session_lifetime=session_lifetime,
            token_lifetime=token_lifetime,
            expired=int(expired),
            csrf=not no_csrf,
            max_rows=max_rows,
            database=database or "",
        )
        faults = FaultSettings(
            latency=latency,
            fail_count=fail_count,
            fail_status=fail_status,
            retry_after=retry_after,
            drop_count=drop_count,
            scope="all" if fault_scope == "all" else "odata",
        )
        emulator = Emulator(metadata, settings=settings, seed=seed_data, faults=faults)
    except GenerationError as error:
        for diagnostic in error.diagnostics:
            click.echo(diagnostic.format(), err=True)
        raise SystemExit(EXIT_ERROR) from None
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        sock = socket.create_server((host, port), family=family)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms stalls
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}"
        ) from None
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    site = f"http://{shown}:{bound}"
    entity_sets = len(emulator.model.set_names)
    click.echo(
        f"Creatio emulator: {site}  (OData {site}{settings.odata_root}, "
        f"{entity_sets} entity sets, user {user}, "
        f"ready in {time.perf_counter() - started:.2f} s; Ctrl-C stops)",
        err=True,
    )
    config = uvicorn.Config(
        emulator.app,
        log_level="warning" if quiet else "info",
        access_log=not quiet,
        lifespan="off",
        http="h11",
        ws="none",
        timeout_graceful_shutdown=2,
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        emulator.close()
