"""`odatagen build`: fetch and generate every configured tenant, in parallel.

Incremental at both ends: a tenant's `$metadata` is fetched with `If-None-Match` into
`.odatagen/metadata/<tenant>.xml` beside the configuration, and unchanged metadata
regenerates nothing. `--check` compares instead of writing (exit 1 on drift).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path

import attrs

from odatagen.config import Config, Tenant
from odatagen.diagnostics import Diagnostic, GenerationError
from odatagen.generate import build as build_files
from odatagen.generate import generate
from odatagen.write import compare

STATE_DIRECTORY = ".odatagen"


@attrs.frozen
class Outcome:
    tenant: str
    status: str  # "written", "up to date", "drift", "error"
    detail: str = ""  # source state, drift counts or the error
    entities: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.status == "error"


def _credentials(tenant: Tenant) -> dict[str, str]:
    """The environment `fetch` reads, taken from the variables the tenant names."""
    from odatagen import fetch_command as names

    mapping = {
        "username": names.ENV_USERNAME,
        "password": names.ENV_PASSWORD,
        "client_id": names.ENV_CLIENT_ID,
        "client_secret": names.ENV_CLIENT_SECRET,
        "token": names.ENV_TOKEN,
    }
    env: dict[str, str] = {}
    for key, standard in mapping.items():
        value = os.environ.get(tenant.env.get(key, standard), "")
        if value:
            env[standard] = value
    return env


def metadata_of(tenant: Tenant, state: Path) -> tuple[bytes, str, str]:
    """(metadata, file name for diagnostics, what happened to the source)."""
    if not tenant.is_remote:
        try:
            return Path(tenant.source).read_bytes(), tenant.source, "file"
        except OSError as exc:
            message = f"cannot read: {exc.strerror or exc}"
            raise GenerationError(
                [Diagnostic("error", "source", message, tenant.source)]
            )
    from odatagen.fetch import fetch
    from odatagen.fetch_command import ETagCache, auth_from_env, write_atomic

    cached = state / "metadata" / f"{tenant.name}.xml"
    cache = ETagCache(state / "metadata" / f"{tenant.name}.etags.json", cached)
    kind = None if tenant.auth == "auto" else tenant.auth
    auth = auth_from_env(
        kind,  # type: ignore[arg-type]
        env=_credentials(tenant),
        identity_url=tenant.identity_url,
        file=tenant.source,
    )
    found = fetch(
        tenant.source,
        auth,
        odata_path=tenant.odata_path,
        timeout=tenant.timeout,
        etag_for=cache.etag_for,
    )
    if found.data is None:
        return cached.read_bytes(), str(cached), "not modified"
    write_atomic(cached, found.data)
    cache.record(found.url, found.etag, found.data)
    return found.data, str(cached), "fetched"


def build_tenant(tenant: Tenant, state: Path, check: bool) -> Outcome:
    started = time.perf_counter()
    try:
        metadata, file, source_state = metadata_of(tenant, state)
        if check:
            files, _ = build_files(metadata, file, tenant.settings)
            drift = compare(files, tenant.output)
            status = "up to date" if drift.clean else "drift"
            detail = source_state if drift.clean else drift.report()[0]
        else:
            written, _ = generate(metadata, file, tenant.output, tenant.settings)
            status, detail = ("written" if written else "up to date"), source_state
        entities = metadata.count(
            b"<EntityType "
        )  # cheap: the schema stays in generate
    except GenerationError as error:
        return Outcome(tenant.name, "error", error.diagnostics[0].format(), 0, 0.0)
    return Outcome(tenant.name, status, detail, entities, time.perf_counter() - started)


def build_all(
    config: Config,
    names: Iterable[str],
    check: bool = False,
    jobs: int | None = None,
    progress: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Build the named tenants (all when none are named), in config order."""
    wanted = list(names) or list(config.tenants)
    unknown = [n for n in wanted if n not in config.tenants]
    if unknown:
        known = ", ".join(config.tenants)
        message = f"unknown tenant {', '.join(unknown)} (configured: {known})"
        raise GenerationError(
            [Diagnostic("error", "config", message, str(config.file))]
        )
    state = config.file.parent / STATE_DIRECTORY
    tenants = [config.tenants[n] for n in wanted]
    workers = min(jobs or os.cpu_count() or 1, len(tenants))
    results: dict[str, Outcome] = {}
    if workers <= 1:
        for tenant in tenants:
            results[tenant.name] = build_tenant(tenant, state, check)
            if progress:
                progress(results[tenant.name])
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures: dict[Future[Outcome], str] = {
                pool.submit(build_tenant, t, state, check): t.name for t in tenants
            }
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                if progress:
                    progress(results[futures[future]])
    return [results[t.name] for t in tenants]


def summary_table(outcomes: list[Outcome]) -> list[str]:
    rows = [("tenant", "status", "entities", "seconds", "detail")]
    rows += [
        (o.tenant, o.status, str(o.entities or ""), f"{o.seconds:.1f}", o.detail)
        for o in outcomes
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for number, row in enumerate(rows):
        cells = [row[i].ljust(widths[i]) for i in range(4)] + [row[4]]
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def resolve_tenant(spec: str) -> tuple[bytes, str] | None:
    """For `odatagen.sources.RESOLVERS`: a tenant named in the configuration found
    from the current directory (its metadata, fetched when remote)."""
    from odatagen.config import find_config, load_config

    file = find_config(Path.cwd())
    if file is None or not spec.replace("-", "_").replace(".", "_").isidentifier():
        return None
    config = load_config(file)
    tenant = config.tenants.get(spec)
    if tenant is None:
        return None
    metadata, name, _ = metadata_of(tenant, file.parent / STATE_DIRECTORY)
    return metadata, name
