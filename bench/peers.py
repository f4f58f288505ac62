"""Peer generators for bench/generate.py: how each is installed, run and judged.

Pinned manifests live in ``bench/peers/<peer>/`` (tracked); the installs go to ``bench/.peers/<peer>/``
(git-ignored). npm peers are installed with ``npm install --no-audit --no-fund`` from a tracked
``package.json`` + ``package-lock.json``, so every transitive version is the locked one; the Python peer
goes into its own virtualenv from a fully pinned ``requirements.txt``.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from measure import Measurement, measure

BENCH = Path(__file__).resolve().parent
MANIFESTS = BENCH / "peers"
INSTALLS = BENCH / ".peers"
MB = 1024 * 1024


# --------------------------------------------------------------------------- results


@dataclass
class Row:
    """One line of the results table."""

    tool: str
    doc: str
    outcome: str = "skipped"
    wall_s: float | None = None
    peak_rss_bytes: int | None = None
    processes: int | None = None  # most processes alive at once in the run's tree
    output: str = ""
    output_bytes: int | None = None
    note: str = ""
    command: list[str] = field(default_factory=list)
    log: str = ""
    is_odatagen: bool = False

    @property
    def finished(self) -> bool:
        return self.outcome == "finished"


@dataclass(frozen=True)
class Context:
    doc: Path  # the 1x document
    work: Path  # bench/.work
    timeout: float
    python: str = sys.executable

    def out_dir(self, slug: str) -> Path:
        return self.work / "out" / slug

    def log(self, slug: str) -> Path:
        return self.work / "logs" / f"{slug}.log"


def tree_size(path: Path) -> tuple[int, int]:
    """(files, bytes) under path; a single file counts as one."""
    if path.is_file():
        return 1, path.stat().st_size
    files = total = 0
    for root, _dirs, names in os.walk(path):
        for name in names:
            p = Path(root, name)
            if not p.is_symlink():
                files += 1
                total += p.stat().st_size
    return files, total


def describe_output(path: Path) -> tuple[str, int | None]:
    if not path.exists():
        return "none", None
    files, size = tree_size(path)
    if files == 0:
        return "none", 0
    if path.is_file():
        return f"{size / MB:,.1f} MB", size
    return f"{files:,} files, {size / MB:,.1f} MB", size


ERROR_LINE = re.compile(r"error|exception|fatal|failed|cannot|not found|no module|traceback", re.I)
RAISED = re.compile(r"^[A-Za-z_.]*(Error|Exception)(\s*\[[^]]*\])?:\s")
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
NOISE = re.compile(r"^npm warn Unknown user config", re.I)


def failure_line(log: Path, returncode: int | None) -> str:
    """The most telling line of a failed run's log, one line."""
    try:
        lines = [ANSI.sub("", ln).strip() for ln in log.read_text(errors="replace").splitlines()]
    except OSError:
        lines = []
    lines = [ln for ln in lines if ln and not NOISE.match(ln)]
    raised = [ln for ln in lines if RAISED.match(ln)]  # "Error: ...", "KeyError: ...": the cause
    errors = [ln for ln in lines if ERROR_LINE.search(ln) and not ln.startswith("at ")]
    if raised:
        line = raised[-1]
    elif errors:
        line = errors[0]
    else:
        line = lines[-1] if lines else f"exit code {returncode}"
    line = line.replace(str(BENCH.parent) + os.sep, "")  # repo-relative paths read better
    return line if len(line) <= 200 else line[:197] + "..."


def run_measured(
    row: Row, argv: list[str], *, cwd: Path, log: Path, timeout: float,
    env: dict[str, str] | None = None, output: Path | None = None,
) -> Measurement:
    """Measure argv and fill the row's outcome, time, memory and output size."""
    row.command = argv
    row.log = str(log)
    m = measure(argv, cwd=cwd, env=env or dict(os.environ), log=log, timeout=timeout)
    row.wall_s = m.wall_s
    row.peak_rss_bytes = m.peak_rss_bytes
    row.processes = m.max_processes
    if m.timed_out:
        row.outcome = f"did not finish in {timeout:g} s"
    elif m.returncode == 0:
        row.outcome = "finished"
    elif m.returncode is not None and m.returncode < 0:  # e.g. the kernel's OOM killer
        row.outcome = f"failed: killed by {signal.Signals(-m.returncode).name}"
    else:
        row.outcome = f"failed: {failure_line(log, m.returncode)}"
    if output is not None:
        row.output, row.output_bytes = describe_output(output)
        if not row.finished and row.output_bytes:
            row.output = f"partial: {row.output}"
    return m


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


# --------------------------------------------------------------------------- installing


def _stamp(files: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for f in sorted(files):
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def install_npm(name: str, check: str) -> Path:
    """Install the npm peer ``name`` into bench/.peers/<name>; ``check`` is a path that must exist after."""
    src = MANIFESTS / name
    dest = INSTALLS / name
    files = [p for p in src.iterdir() if p.is_file()]
    stamp = _stamp(files)
    stamp_file = dest / ".installed"
    if (dest / check).exists() and stamp_file.exists() and stamp_file.read_text() == stamp:
        return dest
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copy2(f, dest / f.name)
    print(f"installing {name} into {dest.relative_to(BENCH.parent)} (npm install) ...", file=sys.stderr)
    subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=dest, check=True,
                   stdout=sys.stderr)
    if not (dest / check).exists():
        raise RuntimeError(f"{name}: {check} missing after npm install")
    stamp_file.write_text(stamp)
    return dest


def install_venv(name: str, executable: str) -> Path:
    """Install a pinned Python peer into its own virtualenv bench/.peers/<name>/venv."""
    src = MANIFESTS / name / "requirements.txt"
    dest = INSTALLS / name
    venv = dest / "venv"
    stamp = _stamp([src])
    stamp_file = dest / ".installed"
    exe = venv / "bin" / executable
    if exe.exists() and stamp_file.exists() and stamp_file.read_text() == stamp:
        return exe
    print(f"installing {name} into {venv.relative_to(BENCH.parent)} (pip) ...", file=sys.stderr)
    dest.mkdir(parents=True, exist_ok=True)
    if not (venv / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                    "--disable-pip-version-check", "-r", str(src)], check=True, stdout=sys.stderr)
    if not exe.exists():
        raise RuntimeError(f"{name}: {exe} missing after pip install")
    stamp_file.write_text(stamp)
    return exe


def npm_version(dest: Path, package: str) -> str:
    data = json.loads((dest / "node_modules" / package / "package.json").read_text())
    return str(data["version"])


def node() -> str:
    exe = shutil.which("node")
    if exe is None:
        raise RuntimeError("node is not on PATH")
    return exe


# --------------------------------------------------------------------------- the peers


ODATA2TS_CLI = "node_modules/@odata2ts/odata2ts/lib/run-cli.js"
SAP_CLI = "node_modules/@sap-cloud-sdk/generator/dist/cli.js"
ODATA_OPENAPI_CLI = "node_modules/odata-openapi/lib/cli.js"


def install_odata2ts() -> Path:
    return install_npm("odata2ts", ODATA2TS_CLI)


def install_sap() -> Path:
    return install_npm("sap-generator", SAP_CLI)


def install_odata_openapi() -> Path:
    return install_npm("odata-openapi", ODATA_OPENAPI_CLI)


def install_openapi_python_client() -> Path:
    return install_venv("openapi-python-client", "openapi-python-client")


def run_odata2ts(ctx: Context) -> list[Row]:
    dest = install_odata2ts()
    row = Row(f"odata2ts {npm_version(dest, '@odata2ts/odata2ts')} (service, ts)", "1x")
    out = fresh_dir(ctx.out_dir("odata2ts"))
    # Run from the install folder: odata2ts looks for tsconfig.json / odata2ts.config.* in its cwd.
    argv = [node(), ODATA2TS_CLI, "-s", str(ctx.doc), "-o", str(out), "-m", "service", "-e", "ts"]
    run_measured(row, argv, cwd=dest, log=ctx.log("odata2ts"), timeout=ctx.timeout, output=out)
    return [row]


def entity_names(doc: Path) -> list[str]:
    text = doc.read_text(encoding="utf-8")
    return re.findall(r'<EntityType\s+Name="([^"]+)"', text)


ENTITY_CLASS = re.compile(r'This class represents the entity "[^"]+"[^\n]*\n \*/\nexport class (\w+)')
REQUEST_BUILDER = re.compile(r"Request builder class for operations supported on the \{@link (\w+)\} entity")


def sap_written_check(doc: Path, out: Path) -> str:
    """Does every entity the SAP generator wrote have its request builder? One file name can serve two.

    Entity ``X`` gets ``X.ts``, ``XApi.ts`` and ``XRequestBuilder.ts``; an entity literally named
    ``XRequestBuilder`` (Creatio has ``WebService`` and ``WebServiceRequestBuilder``) wants the same file.
    """
    entities: set[str] = set()
    builders: set[str] = set()
    holder: dict[str, str] = {}  # file name -> the entity class it holds
    for path in out.rglob("*.ts"):
        text = path.read_text(errors="replace")
        for m in ENTITY_CLASS.finditer(text):
            entities.add(m.group(1))
            holder[path.name] = m.group(1)
        builders.update(REQUEST_BUILDER.findall(text))
    declared = len(entity_names(doc))
    parts = [f"{len(entities):,} entity classes and {len(builders):,} request builders "
             f"for {declared:,} entity types"]
    for name in sorted(entities - builders):
        fname = f"{name}RequestBuilder.ts"
        if fname in holder:
            parts.append(f"request builder of {name} silently lost: {fname} was overwritten by "
                         f"entity {holder[fname]}")
        else:
            parts.append(f"no request builder for {name}")
    return "; ".join(parts)


def run_sap(ctx: Context) -> list[Row]:
    dest = install_sap()
    version = npm_version(dest, "@sap-cloud-sdk/generator")
    inputs = fresh_dir(ctx.work / "sap-input")
    shutil.copy2(ctx.doc, inputs / "acme.edmx")
    rows: list[Row] = []
    for slug, extra, label in (("sap", [], ""), ("sap-overwrite", ["--overwrite"], " --overwrite")):
        row = Row(f"SAP generator {version}{label}", "1x")
        out = fresh_dir(ctx.out_dir(slug))
        argv = [node(), SAP_CLI, "--input", str(inputs), "--outputDir", str(out), "--skipValidation", *extra]
        run_measured(row, argv, cwd=dest, log=ctx.log(slug), timeout=ctx.timeout, output=out)
        if row.output_bytes:
            row.note = sap_written_check(ctx.doc, out)
        rows.append(row)
    return rows


def openapi_json(ctx: Context) -> Path:
    return ctx.work / "out" / "odata-openapi" / "acme.openapi3.json"


def run_odata_openapi(ctx: Context) -> list[Row]:
    dest = install_odata_openapi()
    row = Row(f"odata-openapi {npm_version(dest, 'odata-openapi')} (XML -> OpenAPI 3)", "1x")
    target = openapi_json(ctx)
    fresh_dir(target.parent)
    argv = [node(), ODATA_OPENAPI_CLI, "-t", str(target), str(ctx.doc)]
    run_measured(row, argv, cwd=dest, log=ctx.log("odata-openapi"), timeout=ctx.timeout, output=target)
    if row.finished:
        data = json.loads(target.read_text())
        row.note = (f"intermediate OpenAPI document: {len(data.get('paths', {})):,} paths, "
                    f"{len(data.get('components', {}).get('schemas', {})):,} schemas")
    return [row]


def run_openapi_python_client(ctx: Context) -> list[Row]:
    exe = install_openapi_python_client()
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True).stdout.split()[-1]
    row = Row(f"openapi-python-client {version} (on that JSON)", "1x")
    source = openapi_json(ctx)
    if not source.exists():
        row.outcome = "skipped: the odata-openapi conversion did not produce its JSON"
        return [row]
    out = ctx.out_dir("openapi-python-client")
    if out.exists():
        shutil.rmtree(out)
    argv = [str(exe), "generate", "--path", str(source), "--output-path", str(out), "--overwrite"]
    run_measured(row, argv, cwd=ctx.work, log=ctx.log("openapi-python-client"), timeout=ctx.timeout,
                 output=out)
    return [row]


@dataclass(frozen=True)
class Peer:
    name: str
    install: Callable[[], object]
    run: Callable[[Context], list[Row]]
    needs: tuple[str, ...] = ()  # peers whose rows must run first


PEERS: dict[str, Peer] = {
    p.name: p
    for p in (
        Peer("odata2ts", install_odata2ts, run_odata2ts),
        Peer("sap-generator", install_sap, run_sap),
        Peer("odata-openapi", install_odata_openapi, run_odata_openapi),
        Peer("openapi-python-client", install_openapi_python_client, run_openapi_python_client,
             needs=("odata-openapi",)),
    )
}
ALIASES = {"sap": "sap-generator", "openapi": "openapi-python-client"}
