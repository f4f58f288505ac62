#!/usr/bin/env python3
"""Measure the generated client at run time, against the issue's targets and against openapi-python-client.

    python bench/runtime.py                   # ours (full-scale tenant + trimmed doc) and the peer (trimmed doc)
    python bench/runtime.py --skip-peers      # ours only
    python bench/runtime.py --repeat 31       # more fresh processes per figure (default 15; decode: 7)
    python bench/runtime.py --peer-full       # also try the peer on the full document (bounded by --timeout)

Every figure is taken in fresh interpreter processes of a dedicated virtualenv (bench/.work/runtime/venv,
pinned httpx + attrs and nothing else), the generated package on PYTHONPATH, byte-compiled beforehand, and
reported as the median over the processes. See the "Run time" section of bench/README.md.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import DEFAULT_SHARED, PACKAGE, SYNTH_ARGS, odatagen_argv, odatagen_env, versions  # noqa: E402
from peers import (  # noqa: E402
    ODATA_OPENAPI_CLI, Row, fresh_dir, install_odata_openapi, install_openapi_python_client, node,
    npm_version, run_measured,
)

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
MB = 1024 * 1024
PEER_PACKAGE = "acme_creatio_peer"

# The run-time dependencies of both generated clients, pinned to the versions the peer's own pinned
# closure (bench/peers/openapi-python-client/requirements.txt) resolves to. Nothing else goes into the
# venv: a system interpreter with click/rich/pygments installed makes `import httpx` pull them in.
RUNTIME_PINS = [
    "anyio==4.16.0", "attrs==26.1.0", "certifi==2026.10.18", "h11==0.16.0", "httpcore==1.0.9",
    "httpx==0.28.1", "idna==3.20", "typing_extensions==4.16.0",
]

TARGET_IMPORT_MS = 100.0
TARGET_CLIENT_MS = 10.0
TARGET_RSS_MB = 60.0
TARGET_DECODE_RATIO = 3.0
TARGET_QUERY_US = 50.0

# The entity types the trimmed document keeps besides those they reference through single-valued lookups.
TRIM_ROOTS = ("Contact", "Account")
EDM = "http://docs.oasis-open.org/odata/ns/edm"
ZERO_GUID = "00000000-0000-0000-0000-000000000000"
EMPTY_DATE = "0001-01-01T00:00:00Z"

PEER_FILTER = "Age ge 18 and Account/Name eq 'Acme' and startswith(Name,'A')"


# --------------------------------------------------------------------------- the probes
#
# Each probe runs in a fresh `python -c` of the venv. Before the measured steps it has imported only
# what the interpreter itself loads at start-up plus sys and time, so "beyond httpx and attrs"
# means exactly that: nothing the generated package could share with the probe is preloaded.

PROBE_STEPS = r"""
import sys
from time import perf_counter_ns as _now, process_time_ns as _cpu
def _hwm():
    # VmHWM: this process image's peak RSS in kB. Not getrusage's ru_maxrss, which on Linux carries
    # over the peak of the parent's memory at fork (bench/runtime.py holds the 45 MB page and more).
    with open("/proc/self/status", "rb") as f:
        for line in f:
            if line.startswith(b"VmHWM:"):
                return int(line.split()[1])
    return 0
ns = {"__name__": "__probe__"}
out = []
failed = {}
args = sys.argv[1:]
for i in range(0, len(args), 3):
    label, code, group = args[i], args[i + 1], args[i + 2]
    if group in failed:
        out.append([label, None, "skipped: " + failed[group], None, None])
        continue
    compiled = compile(code, label, "exec")
    c0 = _cpu()
    t0 = _now()
    try:
        exec(compiled, ns)
    except Exception as exc:
        failed[group] = f"{type(exc).__name__}: {exc}"
        out.append([label, None, failed[group], None, None])
        continue
    t1 = _now()
    c1 = _cpu()
    out.append([label, (t1 - t0) / 1e6, None, _hwm(), (c1 - c0) / 1e6])
import json
print(json.dumps(out))
"""

PROBE_DECODE = r"""
import sys, gc
from time import perf_counter as _now, process_time as _cpu
setup, expr, path, iterations, attrs_ = sys.argv[1:6]
ns = {"__name__": "__probe__"}
exec(setup, ns)
import json
decode = eval(expr, ns)
with open(path, "rb") as f:
    body = f.read()
times = []
sample = {}
for i in range(int(iterations)):
    gc.collect()
    c0 = _cpu()
    t0 = _now()
    data = json.loads(body)
    t1 = _now()
    c1 = _cpu()
    objects = [decode(row) for row in data["value"]]
    t2 = _now()
    c2 = _cpu()
    times.append([t1 - t0, t2 - t1, c1 - c0, c2 - c1])
    if i == 0:
        first = objects[0]
        for name in attrs_.split(","):
            try:
                value = getattr(first, name)
                sample[name] = f"{type(value).__name__}: {value!r}"[:90]
            except Exception as exc:
                sample[name] = f"{type(exc).__name__}"
        count = len(objects)
    del data, objects
print(json.dumps({"times": times, "count": count, "sample": sample}))
"""

PROBE_BREAKDOWN = r"""
import sys
from time import perf_counter_ns as _now
ns = {"__name__": "__probe__"}
args = sys.argv[1:]
for i in range(0, len(args), 3):
    label, code = args[i], args[i + 1]
    compiled = compile(code, label, "exec")
    sys.stderr.write("@@step " + label + "\n")
    sys.stderr.flush()
    t0 = _now()
    try:
        exec(compiled, ns)
    except Exception as exc:
        sys.stderr.write(f"@@failed {type(exc).__name__}: {exc}\n")
        break
    sys.stderr.write(f"@@took {(_now() - t0) / 1000:.0f}\n")
    sys.stderr.flush()
"""

PROBE_TIMEIT = r"""
import sys
from time import perf_counter as _now
setup, stmt, number, repeat = sys.argv[1:5]
ns = {"__name__": "__probe__"}
exec(setup, ns)
code = compile(stmt, "stmt", "eval")
t0 = _now()
result = eval(code, ns)
first = _now() - t0
import timeit, json, time
batches = timeit.Timer(stmt, globals=ns).repeat(int(repeat), int(number))
cpu = timeit.Timer(stmt, timer=time.process_time, globals=ns).repeat(int(repeat), int(number))
print(json.dumps({"first": first, "batches": batches, "cpu": cpu, "number": int(number), "result": str(result),
                  "note": str(ns.get("NOTE", ""))}))
"""


# --------------------------------------------------------------------------- the subjects


@dataclass
class Subject:
    """A generated package under test: where it is and how it is used."""

    key: str  # "ours-1x", "ours-trim", "peer-trim", "peer-1x"
    label: str
    root: Path  # the folder that goes on PYTHONPATH
    package: str
    is_peer: bool
    figures: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    error: str = ""

    def env(self) -> dict[str, str]:
        return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(self.root),
                "LANG": "C.UTF-8", "HOME": os.environ.get("HOME", "/tmp")}

    # Statements, as the package is meant to be used.

    def import_steps(self) -> list[tuple[str, str, str]]:
        """(label, code, group): a failed step skips the later ones of its group."""
        p = self.package
        base = [("httpx+attrs", "import httpx, attrs", "base"), ("package", f"import {p}", "pkg")]
        if self.is_peer:
            return base + [
                ("entity", f"from {p}.models import Contact", "entity"),
                ("client import", f"from {p} import Client", "client"),
                ("client init", 'client = Client(base_url="http://127.0.0.1:1")', "client"),
                # The peer has no per-set accessor: the equivalent of client.contact is the module of
                # the Contact set's operations.
                ("entity set", f"from {p}.api.contact import get_contact", "client"),
            ]
        return base + [
            ("entity", f"from {p} import Contact", "entity"),
            ("client import", f"from {p} import Client", "client"),
            ("client init", 'client = Client("http://127.0.0.1:1", auth=None)', "client"),
            ("entity set", "client.contact", "client"),
        ]

    def decode_setup(self) -> tuple[str, str]:
        if self.is_peer:
            return f"import httpx, attrs\nfrom {self.package}.models import Contact", "Contact.from_dict"
        return f"import httpx, attrs\nfrom {self.package} import Contact", "Contact.from_odata"

    def query_setup(self) -> tuple[str, str]:
        p = self.package
        if self.is_peer:
            setup = (
                f"import httpx\nfrom {p}.api.contact import get_contact\n"
                f"from {p}.models import GetContactSelectItem as S, GetContactExpandItem as E, "
                f"GetContactOrderbyItem as O\n"
                "NOTE = 'no typed query API: a hand-written $filter string, the generated enums for "
                "$select/$expand/$orderby, get_contact._get_kwargs() and httpx.QueryParams encoding'\n"
            )
            stmt = (f"str(httpx.QueryParams(get_contact._get_kwargs(filter_={PEER_FILTER!r}, "
                    "select=[S.NAME, S.EMAIL], expand=[E.ACCOUNT], orderby=[O.NAME], top=50)['params']))")
            return setup, stmt
        setup = f"""
import httpx, attrs
from {p} import Contact
try:
    from {p}._runtime.query import Query, CREATIO
except ImportError:
    from {p} import Query, CREATIO
q = getattr(Contact, "q", None)
if q is not None:
    NOTE = "Contact.q"
else:
    from {p}._runtime import query as _q

    class AccountFields(_q.Fields):
        name: _q.StrField = _q.StrField("Name")

    class ContactFields(_q.Fields):
        name: _q.StrField = _q.StrField("Name")
        email: _q.StrField = _q.StrField("Email")
        age: _q.IntField = _q.IntField("Age")
        account: AccountFields = _q.nav(AccountFields, "Account")

    q = ContactFields()
    NOTE = "hand-built Fields (no Contact.q in this package)"
"""
        stmt = ('Query().filter(q.age >= 18, q.account.name == "Acme", q.name.startswith("A"))'
                '.select(q.name, q.email, q.account.name).order_by(q.name).top(50).query_string(CREATIO)')
        return setup, stmt


# --------------------------------------------------------------------------- setup: documents, venv, packages


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def rel(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def ensure_doc(shared: Path, work: Path) -> Path:
    """The full-scale tenant document bench/generate.py uses (same synth arguments, same file)."""
    doc = work / "acme.xml"
    if not doc.exists():
        synth = shared / "tools" / "creatio_synth.py"
        if not synth.exists():
            sys.exit(f"error: {synth} not found (use --shared DIR)")
        say(f"writing {rel(doc)} ...")
        subprocess.run([sys.executable, str(synth), *SYNTH_ARGS, "--out", str(doc)], check=True)
    return doc


def write_trimmed(doc: Path, target: Path, roots: Sequence[str] = TRIM_ROOTS) -> list[str]:
    """A copy of doc with only roots and the entity types they reference through single-valued
    navigations; navigations (and bindings) to types left out are dropped, every column is kept."""
    from lxml import etree

    tree = etree.parse(str(doc))
    ns = {"e": EDM}
    keep = set(roots)
    for schema in tree.iterfind(".//e:Schema", ns):
        for name in roots:
            for et in schema.iterfind(f"e:EntityType[@Name='{name}']", ns):
                for nav in et.iterfind("e:NavigationProperty", ns):
                    typ = nav.get("Type", "")
                    if not typ.startswith("Collection("):
                        keep.add(typ.rsplit(".", 1)[-1])
    for schema in tree.iterfind(".//e:Schema", ns):
        for et in schema.findall("e:EntityType", ns):
            if et.get("Name") not in keep:
                schema.remove(et)
                continue
            for nav in et.findall("e:NavigationProperty", ns):
                typ = nav.get("Type", "")
                typ = typ[len("Collection("):-1] if typ.startswith("Collection(") else typ
                if typ.rsplit(".", 1)[-1] not in keep:
                    et.remove(nav)
        for container in schema.iterfind("e:EntityContainer", ns):
            for es in container.findall("e:EntitySet", ns):
                if es.get("EntityType", "").rsplit(".", 1)[-1] not in keep:
                    container.remove(es)
                    continue
                for binding in es.findall("e:NavigationPropertyBinding", ns):
                    if binding.get("Target") not in keep:
                        es.remove(binding)
    tree.write(str(target), xml_declaration=True, encoding="utf-8")
    return sorted(keep)


def contact_columns(doc: Path) -> list[tuple[str, str]]:
    from lxml import etree

    tree = etree.parse(str(doc))
    et = tree.find(f".//{{{EDM}}}EntityType[@Name='Contact']")
    if et is None:
        sys.exit(f"error: {doc} has no Contact entity type")
    return [(p.get("Name", ""), p.get("Type", "")) for p in et.iterfind(f"{{{EDM}}}Property")]


def write_contact_page(doc: Path, target: Path, rows: int, seed: int = 1) -> dict[str, Any]:
    """A Contact page as Creatio returns it: every column except streams (Creatio leaves them out of
    row bodies), Creatio's sentinels for empty lookups / dates / text, lower-case GUIDs (unique Id,
    lookups drawn from a few dozen values a column), ISO datetimes with milliseconds and Z, decimals
    as JSON numbers. Deterministic for a seed."""
    rnd = random.Random(seed)
    columns = [(n, t) for n, t in contact_columns(doc) if t != "Edm.Stream"]

    def guid() -> str:
        return str(uuid.UUID(int=rnd.getrandbits(128), version=4))

    pools = {n: [guid() for _ in range(40)] for n, t in columns if t == "Edm.Guid"}
    words = ["Anna", "Boris", "Chen", "Dana", "Émile", "Farah", "Gustav", "Hana", "Ivan", "Jóhanna", "Kwame",
             "Lena", "Miguel", "Nora", "Olek", "Priya", "Quinn", "Rosa", "Søren", "Tomás"]

    def text(name: str) -> str:
        if rnd.random() < 0.4:
            return ""
        if "Email" in name:
            return f"{rnd.choice(words).lower()}.{rnd.randint(1, 9999)}@example.com"
        if "Phone" in name:
            return f"+1 555 {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}"
        if name in ("Notes", "Address"):
            return " ".join(rnd.choice(words) for _ in range(rnd.randint(3, 12)))
        return f"{rnd.choice(words)} {rnd.choice(words)}"

    def when(name: str) -> str:
        if rnd.random() < (0.5 if name == "BirthDate" else 0.1):
            return EMPTY_DATE
        stamp = (f"{rnd.randint(2015, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
                 f"T{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}")
        ms = rnd.randint(0, 999)
        return stamp + (f".{ms:03d}".rstrip("0") if ms else "") + "Z"

    def value(name: str, kind: str) -> Any:
        if name == "Id":
            return guid()
        if kind == "Edm.Guid":
            return ZERO_GUID if rnd.random() < 0.35 else rnd.choice(pools[name])
        if kind == "Edm.String":
            return text(name)
        if kind == "Edm.Boolean":
            return rnd.random() < 0.3
        if kind in ("Edm.Int32", "Edm.Int16", "Edm.Int64", "Edm.Byte"):
            return rnd.randint(18, 80) if name == "Age" else rnd.randint(0, 100)
        if kind in ("Edm.DateTimeOffset", "Edm.DateTime"):
            return when(name)
        if kind == "Edm.Decimal":
            return 0 if rnd.random() < 0.3 else round(rnd.uniform(0, 100000), 2)
        if kind in ("Edm.Double", "Edm.Single"):
            return rnd.uniform(0, 1000)
        if kind == "Edm.Date":
            return f"{rnd.randint(2015, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        if kind == "Edm.TimeOfDay":
            return f"{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:00"
        if kind == "Edm.Binary":
            return ""
        return text(name)

    page = []
    for _ in range(rows):
        page.append({name: value(name, kind) for name, kind in columns})
    # Row 0 shows each decoder's handling of sentinels (the sample in the notes).
    sentinel_guid = next((n for n, t in columns if t == "Edm.Guid" and n != "Id"), None)
    sentinel_date = next((n for n, t in columns if t == "Edm.DateTimeOffset"), None)
    decimal = next((n for n, t in columns if t == "Edm.Decimal"), None)
    if sentinel_guid:
        page[0][sentinel_guid] = ZERO_GUID
    if sentinel_date:
        page[0][sentinel_date] = EMPTY_DATE
    body = json.dumps({"@odata.context": "https://acme.creatio.com/0/odata/$metadata#Contact", "value": page},
                      ensure_ascii=False, separators=(",", ":")).encode()
    target.write_bytes(body)
    return {"path": str(target), "rows": rows, "columns": len(columns), "bytes": len(body),
            "sample_columns": [c for c in ("Id", sentinel_guid, sentinel_date, decimal) if c]}


def snake(name: str) -> str:
    import re

    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def ensure_venv(venv: Path, python: str) -> Path:
    """bench/.work/runtime/venv with RUNTIME_PINS only; reinstalled when the pins change."""
    exe = venv / "bin" / "python"
    stamp_file = venv / ".installed"
    stamp = hashlib.sha256("\n".join(RUNTIME_PINS).encode()).hexdigest()
    if exe.exists() and stamp_file.exists() and stamp_file.read_text() == stamp:
        return exe
    say(f"creating {rel(venv)} with {', '.join(RUNTIME_PINS)} ...")
    if venv.exists():
        shutil.rmtree(venv)
    subprocess.run([python, "-m", "venv", str(venv)], check=True)
    try:
        subprocess.run([str(exe), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        *RUNTIME_PINS], check=True, stdout=sys.stderr)
    except subprocess.CalledProcessError:
        sys.exit("error: could not install httpx and attrs into the benchmark venv (is PyPI reachable?); "
                 "pass --python PATH of an interpreter that has httpx and attrs to skip the venv")
    stamp_file.write_text(stamp)
    return exe


def generate_ours(doc: Path, out: Path, work: Path, timeout: float) -> str:
    """odatagen generate doc -> out/acme_creatio; returns "" or the failure."""
    row = Row("odatagen", doc.name)
    fresh_dir(out)
    cache = work / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    run_measured(row, odatagen_argv(doc, out), cwd=REPO, env=odatagen_env(cache),
                 log=work / "logs" / f"odatagen-{out.name}.log", timeout=timeout, output=out)
    if not row.finished:
        return f"odatagen generate {rel(doc)}: {row.outcome} (log: {rel(Path(row.log))})"
    say(f"  generated {rel(out)} in {row.wall_s:.1f} s")
    return ""


def node_missing() -> str:
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        return (f"{' and '.join(missing)} not found on PATH: the peer needs Node 20+ with npm "
                "(odata-openapi converts the CSDL to OpenAPI); install them or pass --skip-peers")
    return ""


def generate_peer(doc: Path, out: Path, work: Path, timeout: float) -> tuple[str, str]:
    """odata-openapi doc -> JSON, openapi-python-client JSON -> out/acme_creatio_peer.

    Returns (error, version). Reused when doc, tool versions and config are unchanged (the trimmed
    document takes the peer ~35 s)."""
    why = node_missing()
    if why:
        return why, ""
    try:
        dest = install_odata_openapi()
        exe = install_openapi_python_client()
        node()
    except (RuntimeError, subprocess.CalledProcessError, OSError) as exc:
        return f"could not install the peers: {exc}", ""
    versions_ = (f"odata-openapi {npm_version(dest, 'odata-openapi')}, openapi-python-client "
                 + subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=False).stdout.split()[-1])
    config = work / "peer-config.yaml"
    config.write_text(f"project_name_override: acme-creatio-peer\npackage_name_override: {PEER_PACKAGE}\n")
    stamp = hashlib.sha256(doc.read_bytes() + versions_.encode() + config.read_bytes()).hexdigest()
    stamp_file = out / ".bench-stamp"
    if (out / PEER_PACKAGE / "__init__.py").exists() and stamp_file.exists() and stamp_file.read_text() == stamp:
        say(f"  reusing {rel(out)} (same document and peer versions)")
        return "", versions_
    jsondoc = work / f"{out.name}.openapi3.json"
    row = Row("odata-openapi", doc.name)
    run_measured(row, [node(), ODATA_OPENAPI_CLI, "-t", str(jsondoc), str(doc)], cwd=dest,
                 log=work / "logs" / f"odata-openapi-{out.name}.log", timeout=timeout, output=jsondoc)
    if not row.finished:
        return f"odata-openapi: {row.outcome} (log: {rel(Path(row.log))})", versions_
    if out.exists():
        shutil.rmtree(out)
    say(f"  openapi-python-client on {rel(jsondoc)} (timeout {timeout:g} s) ...")
    row = Row("openapi-python-client", doc.name)
    run_measured(row, [str(exe), "generate", "--path", str(jsondoc), "--output-path", str(out), "--overwrite",
                       "--config", str(config)],
                 cwd=work, log=work / "logs" / f"openapi-python-client-{out.name}.log", timeout=timeout, output=out)
    if not row.finished:
        return f"openapi-python-client: {row.outcome} (log: {rel(Path(row.log))})", versions_
    say(f"  generated {rel(out)} in {row.wall_s:.1f} s")
    stamp_file.write_text(stamp)
    return "", versions_


def compile_package(python: Path, subject: Subject) -> None:
    """Byte-compile beforehand, as pip install does: compiling is not what is measured."""
    subprocess.run([str(python), "-m", "compileall", "-q", "-j", "0", str(subject.root / subject.package)],
                   check=False, stdout=subprocess.DEVNULL)


# --------------------------------------------------------------------------- measuring


def run_probe(python: Path, subject: Subject, code: str, args: Sequence[str], cwd: Path) -> Any:
    proc = subprocess.run([str(python), "-s", "-c", code, *args], cwd=cwd, env=subject.env(),
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or [f"exit code {proc.returncode}"])[-1]
        raise RuntimeError(tail)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def med(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float], unit: str, scale: float = 1.0, digits: int = 1) -> str:
    v = sorted(x * scale for x in values)
    return f"median of {len(v)}, range {v[0]:.{digits}f}-{v[-1]:.{digits}f}" + (f" {unit}" if unit else "")


def measure_imports(python: Path, subject: Subject, repeat: int, cwd: Path) -> None:
    steps = subject.import_steps()
    args = [x for step in steps for x in step]
    runs = [run_probe(python, subject, PROBE_STEPS, args, cwd) for _ in range(repeat)]
    wall: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    hwm: dict[str, list[int]] = {}
    errors: dict[str, str] = {}
    for run in runs:
        for label, ms, error, kb, cpu_ms in run:
            if ms is None:
                errors[label] = error
            else:
                wall.setdefault(label, []).append(ms)
                cpu.setdefault(label, []).append(cpu_ms)
                hwm.setdefault(label, []).append(kb * 1024)
    f = subject.figures
    f["import_steps_ms"] = {k: med(v) for k, v in wall.items()}
    f["import_steps_cpu_ms"] = {k: med(v) for k, v in cpu.items()}
    f["import_errors"] = errors
    f["base_ms"] = med(wall["httpx+attrs"])
    f["rss_base_mb"] = med(hwm["httpx+attrs"]) / MB
    if "package" in wall:
        f["import_ms"] = med(wall["package"])
        f["import_cpu_ms"] = med(cpu["package"])
        f["import_note"] = spread(wall["package"], "ms")
    if "entity" in wall:
        f["entity_ms"] = med(wall["entity"])
        f["entity_cpu_ms"] = med(cpu["entity"])
    client_labels = ("client import", "client init", "entity set")

    def per_run(labels: tuple[str, ...], column: int) -> list[float]:
        return [sum(step[column] for step in run if step[0] in labels) for run in runs]

    if all(label in wall for label in client_labels):
        both = per_run(("entity", *client_labels), 1)
        f["client_entity_ms"] = med(both)
        f["client_entity_cpu_ms"] = med(per_run(("entity", *client_labels), 4))
        f["client_only_ms"] = med(per_run(client_labels, 1))
        f["client_only_cpu_ms"] = med(per_run(client_labels, 4))
        f["client_note"] = spread(both, "ms", digits=1)
    else:
        reason = next((errors[label] for label in client_labels if label in errors), "")
        f["client_error"] = reason
        if not subject.is_peer and "Client" in reason and ("ImportError" in reason or "AttributeError" in reason):
            f["client_na"] = "n/a (no Client in this package)"
        else:
            f["client_na"] = f"n/a ({reason})"
    last = next((label for label in ("entity set", "client init", "client import", "entity", "package")
                 if label in hwm), None)
    if last:
        f["rss_mb"] = med(hwm[last]) / MB
        f["rss_note"] = (f"VmHWM after '{last}', median of {len(hwm[last])} processes, range "
                         f"{min(hwm[last]) / MB:.1f}-{max(hwm[last]) / MB:.1f} MB")


def measure_import_wall(python: Path, subject: Subject, repeat: int, cwd: Path) -> None:
    """Cross-check from outside: `python -c "import httpx, attrs"` against `python -c "import httpx, attrs,
    PKG"`, interleaved; the difference of the medians of the processes' wall time, and of their CPU time
    (user + system, from the rusage of the reaped child: robust when other jobs share the machine)."""
    import resource

    codes = {"base": "import httpx, attrs", "full": f"import httpx, attrs, {subject.package}"}
    wall: dict[str, list[float]] = {"base": [], "full": []}
    cpu: dict[str, list[float]] = {"base": [], "full": []}
    for _ in range(repeat):
        for key, code in codes.items():  # interleaved, so drift hits both alike
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            proc = subprocess.run([str(python), "-s", "-c", code], cwd=cwd, env=subject.env(), capture_output=True,
                                  check=False)
            wall[key].append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[key].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr.decode(errors="replace").strip().splitlines()[-1])
    f = subject.figures
    f["import_wall_ms"] = (med(wall["full"]) - med(wall["base"])) * 1000
    f["import_proc_cpu_ms"] = (med(cpu["full"]) - med(cpu["base"])) * 1000
    f["import_wall_note"] = (f"whole processes, medians of {repeat}: wall {med(wall['base']) * 1000:.1f} ms without, "
                             f"{med(wall['full']) * 1000:.1f} ms with the package; CPU {med(cpu['base']) * 1000:.1f} "
                             f"/ {med(cpu['full']) * 1000:.1f} ms")


def measure_decode(python: Path, subject: Subject, page: dict[str, Any], repeat: int, cwd: Path) -> None:
    setup, expr = subject.decode_setup()
    attrs_ = ",".join(snake(c) for c in page["sample_columns"])
    runs = [run_probe(python, subject, PROBE_DECODE, [setup, expr, page["path"], "2", attrs_], cwd)
            for _ in range(repeat)]
    if any(r["count"] != page["rows"] for r in runs):
        raise RuntimeError(f"decoded {runs[0]['count']} objects for {page['rows']} rows")
    cold = [r["times"][0] for r in runs]  # the first page a fresh process decodes
    warm = [r["times"][1] for r in runs]  # the same bytes again: GUID cache and plans warm
    f = subject.figures
    f["loads_ms"] = med([c[0] for c in cold]) * 1000
    f["decode_ms"] = med([c[1] for c in cold]) * 1000
    f["loads_cpu_ms"] = med([c[2] for c in cold]) * 1000
    f["decode_cpu_ms"] = med([c[3] for c in cold]) * 1000
    ratios = [(c[0] + c[1]) / c[0] for c in cold]
    f["decode_ratio"] = med(ratios)
    f["decode_ratio_cpu"] = med([(c[2] + c[3]) / c[2] for c in cold])
    f["decode_ratio_note"] = spread(ratios, "", digits=2)
    f["decode_ratio_warm"] = med([(w[0] + w[1]) / w[0] for w in warm])
    f["decode_ms_warm"] = med([w[1] for w in warm]) * 1000
    f["decode_us_per_row"] = f["decode_ms"] * 1000 / page["rows"]
    f["decode_sample"] = runs[0]["sample"]


def measure_query(python: Path, subject: Subject, repeat: int, cwd: Path) -> None:
    setup, stmt = subject.query_setup()
    runs = [run_probe(python, subject, PROBE_TIMEIT, [setup, stmt, "2000", "7"], cwd)
            for _ in range(max(3, repeat // 3))]
    per_call = [med(r["batches"]) / r["number"] * 1e6 for r in runs]
    f = subject.figures
    f["query_us"] = med(per_call)
    f["query_cpu_us"] = med([med(r["cpu"]) / r["number"] * 1e6 for r in runs])
    f["query_first_us"] = med([r["first"] * 1e6 for r in runs])
    f["query_note"] = runs[0]["note"]
    f["query_result"] = runs[0]["result"]
    f["query_spread"] = spread(per_call, "µs")


Breakdown = list[tuple[str, float, list[tuple[str, float]]]]


def measure_breakdown(python: Path, subject: Subject, repeat: int, cwd: Path) -> Breakdown:
    """Where the time of each import step goes: `-X importtime` self times (medians over `repeat` processes),
    grouped by step. What a step spends outside `import` statements (class bodies of modules the package
    loads through importlib.import_module, which -X importtime does not list; httpx.Client() and the like) is
    the step's remainder, listed as "(the step's own code ...)"."""
    steps = subject.import_steps()
    args = [x for step in steps for x in step]
    per_step: dict[str, list[float]] = {}
    per_module: dict[tuple[str, str], list[float]] = {}
    for _ in range(repeat):
        proc = subprocess.run([str(python), "-s", "-X", "importtime", "-c", PROBE_BREAKDOWN, *args], cwd=cwd,
                              env=subject.env(), capture_output=True, text=True, check=False)
        step = ""
        seen: dict[tuple[str, str], float] = {}
        for line in proc.stderr.splitlines():
            if line.startswith("@@step "):
                step = line[7:]
            elif line.startswith("@@took "):
                per_step.setdefault(step, []).append(float(line[7:]) / 1000)
            elif line.startswith("import time:") and step and "self [us]" not in line:
                self_us, _cumulative, name = line[len("import time:"):].split("|", 2)
                name = name.strip()
                if not name.startswith(subject.package):  # third-party and stdlib: by top-level package
                    name = name.split(".")[0]
                key = (step, name)
                seen[key] = seen.get(key, 0.0) + float(self_us) / 1000
        for key, ms in seen.items():
            per_module.setdefault(key, []).append(ms)
    result: Breakdown = []
    for label, _code, _group in steps:
        if label not in per_step:
            continue
        total = med(per_step[label])
        mods = sorted(((name, med(v + [0.0] * (repeat - len(v)))) for (st, name), v in per_module.items()
                       if st == label), key=lambda x: -x[1])
        rest = total - sum(ms for _, ms in mods)
        mods.append(("(rest: code outside import statements)", rest))
        result.append((label, total, sorted(mods, key=lambda x: -x[1])))
    return result


def print_breakdown(subject: Subject, breakdown: Breakdown, top: int = 8) -> None:
    print(f"\n## where the import time goes: {subject.label}")
    print("(-X importtime self times, medians, ms; other packages grouped by top-level name; 'rest' is what the "
          "step runs outside import statements, incl. modules the package loads via importlib)")
    for label, total, mods in breakdown:
        if label == "httpx+attrs":
            continue
        shown = [f"{ms:.1f} {name}" for name, ms in mods[:top] if ms >= 0.05]
        others = sum(ms for _, ms in mods[top:])
        print(f"* {label}: {total:.1f} ms = " + ", ".join(shown) + (f", {others:.1f} in {len(mods) - top} more"
                                                                     if len(mods) > top else ""))


def measure_subject(python: Path, subject: Subject, page: dict[str, Any], args: argparse.Namespace,
                    cwd: Path) -> None:
    say(f"measuring {subject.label} ...")
    parts: list[tuple[str, Callable[[], None]]] = [
        ("import", lambda: measure_imports(python, subject, args.repeat, cwd)),
        ("import (process wall)", lambda: measure_import_wall(python, subject, args.repeat, cwd)),
        ("decode", lambda: measure_decode(python, subject, page, args.decode_repeat, cwd)),
        ("query", lambda: measure_query(python, subject, args.repeat, cwd)),
    ]
    for name, part in parts:
        try:
            part()
        except RuntimeError as exc:
            subject.notes.append(f"{name}: failed: {exc}")
            say(f"  {subject.label}: {name} failed: {exc}")


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Line:
    what: str
    key: str
    unit: str
    fmt: str
    target: float | None = None  # upper bound on ours (1x)
    cpu_key: str = ""  # the same figure by CPU time (less disturbed by other jobs on the machine)
    compare: bool = True  # print peer/ours (not for json.loads: the same call for everyone)


LINES = [
    Line("import pkg, beyond httpx+attrs", "import_ms", "ms", "{:.1f}", TARGET_IMPORT_MS, "import_cpu_ms"),
    Line("  same, whole-process CPU delta", "import_proc_cpu_ms", "ms", "{:.1f}", TARGET_IMPORT_MS,
         "import_proc_cpu_ms"),
    Line("then import Contact", "entity_ms", "ms", "{:.1f}", None, "entity_cpu_ms"),
    Line("then Client: import, init, .contact", "client_only_ms", "ms", "{:.1f}", None, "client_only_cpu_ms"),
    Line("Contact + Client, after pkg", "client_entity_ms", "ms", "{:.1f}", TARGET_CLIENT_MS, "client_entity_cpu_ms"),
    Line("peak RSS after those imports", "rss_mb", "MB", "{:.1f}", TARGET_RSS_MB),
    Line("json.loads of the page", "loads_ms", "ms", "{:.0f}", None, "loads_cpu_ms", compare=False),
    Line("decode 20,000 rows into models", "decode_ms", "ms", "{:.0f}", None, "decode_cpu_ms"),
    Line("(loads + decode) / loads", "decode_ratio", "x", "{:.2f}", TARGET_DECODE_RATIO, "decode_ratio_cpu"),
    Line("build + encode the query", "query_us", "µs", "{:.1f}", TARGET_QUERY_US, "query_cpu_us"),
]


def cell(subject: Subject | None, line: Line, cpu: bool = False) -> str:
    if subject is None:
        return ""
    if subject.error:
        return "n/a"
    f = subject.figures
    key = line.cpu_key if cpu else line.key
    if not key:
        return ""
    value = f.get(key)
    if value is None:
        partial = {"client_entity_ms": "entity_ms", "client_entity_cpu_ms": "entity_cpu_ms"}.get(key)
        if partial and partial in f and "client_na" in f:
            return f"{line.fmt.format(f[partial])} (Contact only)"
        return "n/a"
    text = line.fmt.format(value)
    if line.key == "query_us" and subject.is_peer:
        text += " (untyped)"
    return text


def verdict(subject: Subject, line: Line) -> str:
    """pass/FAIL of ours 1x by wall time; where CPU time says otherwise, that too."""
    if line.target is None or subject.error:
        return ""
    f = subject.figures
    target = line.target

    def judge(key: str, partial_key: str) -> tuple[str, str]:
        value, partial = f.get(key), ""
        if value is None and partial_key in f:
            value, partial = f[partial_key], " (Contact only)"
        if value is None:
            return "n/a", ""
        return ("pass" if value <= target else "FAIL"), partial

    by_wall, partial = judge(line.key, "entity_ms")
    if line.cpu_key and line.cpu_key != line.key:
        by_cpu, _ = judge(line.cpu_key, "entity_cpu_ms")
        if by_cpu != by_wall:
            return f"{by_wall} (by CPU: {by_cpu}){partial}"
    return by_wall + partial


def ratio(peer: Subject | None, ours: Subject | None, line: Line) -> str:
    if peer is None or ours is None or peer.error or ours.error:
        return ""
    a, b = peer.figures.get(line.key), ours.figures.get(line.key)
    if a is None or b is None or b <= 0 or line.key == "query_us" or not line.compare:
        return ""
    r = a / b
    return f"{r:.1f}x" if r >= 0.95 else f"{r:.2g}x"


def print_table(subjects: dict[str, Subject]) -> None:
    ours1 = subjects.get("ours-1x")
    ourst = subjects.get("ours-trim")
    peert = subjects.get("peer-trim")
    peer1 = subjects.get("peer-1x")
    cols: list[tuple[str, Subject | None, bool]] = [("ours 1x", ours1, False), ("(CPU)", ours1, True),
                                                     ("ours trim", ourst, False)]
    if peert is not None:
        cols.append(("peer trim", peert, False))
    if peer1 is not None:
        cols.append(("peer 1x", peer1, False))
    header = ["figure", "unit", "target", *[c[0] for c in cols]]
    if peert is not None:
        header.append("peer/ours trim")
    header.append("ours 1x vs target")
    table = [header]
    for line in LINES:
        target = "" if line.target is None else f"<= {line.target:g}"
        row = [line.what, line.unit, target, *[cell(s, line, cpu) for _, s, cpu in cols]]
        if peert is not None:
            row.append(ratio(peert, ourst, line))
        row.append(verdict(ours1, line) if ours1 else "")
        table.append(row)
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for n, r in enumerate(table):
        print("  ".join(c.ljust(w) if i in (0, len(r) - 1) else c.rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths))).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def print_notes(subjects: dict[str, Subject]) -> None:
    print()
    for s in subjects.values():
        if s.error:
            print(f"* {s.label}: not measured: {s.error}")
            continue
        f = s.figures
        bits = [f"httpx+attrs alone: {f.get('base_ms', 0):.1f} ms, VmHWM {f.get('rss_base_mb', 0):.1f} MB"]
        if "import_note" in f:
            bits.append(f"import pkg: {f['import_note']}; CPU {f['import_cpu_ms']:.1f} ms")
        if "import_wall_note" in f:
            bits.append(f["import_wall_note"])
        steps = f.get("import_steps_ms", {})
        cpu = f.get("import_steps_cpu_ms", {})
        if steps:
            bits.append("steps (wall / CPU ms): " + ", ".join(
                f"{k} {v:.1f} / {cpu.get(k, 0):.1f}" for k, v in steps.items()))
        if "client_note" in f:
            bits.append(f"Contact + Client: {f['client_note']}; CPU {f['client_entity_cpu_ms']:.1f} ms")
        if "client_na" in f:
            bits.append(f"client part: {f['client_na']}")
        if "rss_note" in f:
            bits.append(f"RSS: {f['rss_note']}")
        if "decode_ratio" in f:
            bits.append(f"decode: (loads + decode) / loads of the first page in a fresh process: "
                        f"{f['decode_ratio_note']}; by CPU time {f['decode_ratio_cpu']:.2f} "
                        f"(loads {f['loads_cpu_ms']:.0f} ms, decode {f['decode_cpu_ms']:.0f} ms); "
                        f"{f['decode_us_per_row']:.1f} µs/row; the same bytes again in that process (caches "
                        f"warm): decode {f['decode_ms_warm']:.0f} ms, ratio {f['decode_ratio_warm']:.2f}")
            bits.append("row 0 decodes to " + "; ".join(f"{k} = {v}" for k, v in f["decode_sample"].items()))
        if "query_us" in f:
            bits.append(f"query: {f['query_note']}; {f['query_spread']}; CPU {f['query_cpu_us']:.1f} µs; "
                        f"first call {f['query_first_us']:.0f} µs; -> {f['query_result'][:200]}")
        bits += s.notes
        print(f"* {s.label}:")
        for b in bits:
            print(f"    - {b}")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--skip-peers", action="store_true", help="measure odatagen's packages only")
    p.add_argument("--peer-full", action="store_true",
                   help="also generate the peer from the full document (bounded by --timeout) and measure it if it finishes")
    p.add_argument("--repeat", type=int, default=15, metavar="N",
                   help="fresh processes per import figure (default 15; the query runs in N/3, at least 3)")
    p.add_argument("--decode-repeat", type=int, default=7, metavar="N",
                   help="fresh processes for the decode figure (default 7)")
    p.add_argument("--rows", type=int, default=20_000, help="rows in the Contact page (default 20000)")
    p.add_argument("--timeout", type=float, default=900.0, metavar="SECONDS",
                   help="bound on each generation run (default 900)")
    p.add_argument("--python", default=None, metavar="PATH",
                   help="measure with this interpreter (must have httpx and attrs) instead of the pinned venv")
    p.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help=f"shared/ folder (default {DEFAULT_SHARED})")
    p.add_argument("--work", type=Path, default=BENCH / ".work", help="documents and outputs (default bench/.work)")
    args = p.parse_args(argv)
    args.repeat = max(1, args.repeat)
    args.decode_repeat = max(1, args.decode_repeat)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    work_root: Path = args.work.resolve()
    work = work_root / "runtime"
    work.mkdir(parents=True, exist_ok=True)
    cwd = fresh_dir(work / "cwd")  # an empty cwd for the probes: nothing to shadow an import
    doc = ensure_doc(args.shared.resolve(), work_root)
    trimmed = work / "acme-contact-account.xml"
    kept = write_trimmed(doc, trimmed)

    if args.python:
        found = shutil.which(args.python)
        if found is None:
            sys.exit(f"error: --python {args.python}: not found")
        python = Path(found)
    else:
        python = ensure_venv(work / "venv", sys.executable)
    page = write_contact_page(doc, work / f"contact-{args.rows}.json", args.rows)

    subjects: dict[str, Subject] = {
        "ours-1x": Subject("ours-1x", "odatagen, full-scale tenant (acme.xml)", work / "ours-1x", PACKAGE, False),
        "ours-trim": Subject("ours-trim", "odatagen, trimmed document", work / "ours-trim", PACKAGE, False),
    }
    if not args.skip_peers:
        subjects["peer-trim"] = Subject("peer-trim", "openapi-python-client, trimmed document", work / "peer-trim",
                                        PEER_PACKAGE, True)
        if args.peer_full:
            subjects["peer-1x"] = Subject("peer-1x", "openapi-python-client, full-scale tenant",
                                          work / "peer-1x", PEER_PACKAGE, True)

    load_start = os.getloadavg()[0]
    say("generating ...")
    peer_versions = ""
    for s in subjects.values():
        source = doc if s.key.endswith("1x") else trimmed
        if s.is_peer:
            s.error, peer_versions = generate_peer(source, s.root, work, args.timeout)
        else:
            s.error = generate_ours(source, s.root, work, args.timeout)
        if s.error:
            say(f"  {s.label}: {s.error}")
        else:
            compile_package(python, s)
    if subjects["ours-1x"].error:
        print(f"error: {subjects['ours-1x'].error}", file=sys.stderr)
        return 1

    show = "import sys, httpx, attrs; print(sys.version.split()[0], 'httpx', httpx.__version__, 'attrs', attrs.__version__)"
    pyver = subprocess.run([str(python), "-c", show], capture_output=True, text=True, check=False).stdout.strip()
    for s in subjects.values():
        if not s.error:
            measure_subject(python, s, page, args, cwd)
    breakdown: Breakdown = []
    if not subjects["ours-1x"].error:
        say("import breakdown of ours 1x (-X importtime) ...")
        breakdown = measure_breakdown(python, subjects["ours-1x"], args.repeat, cwd)

    print(f"# bench/runtime.py, {time.strftime('%Y-%m-%d %H:%M')}; {versions()}")
    print(f"# measured with {rel(python)}: Python {pyver}")
    print(f"# 1x: {rel(doc)}; trim: {rel(trimmed)}, {len(kept)} entity types ({', '.join(TRIM_ROOTS)} and the types "
          "they look up)")
    print(f"# page: {rel(Path(page['path']))}, {page['rows']:,} Contact rows x {page['columns']} columns, "
          f"{page['bytes'] / MB:.1f} MB")
    if peer_versions:
        print(f"# peer: {peer_versions}")
    print(f"# processes per figure: imports {args.repeat}, decode {args.decode_repeat}, query {max(3, args.repeat // 3)}"
          " (medians)")
    load = os.getloadavg()
    print(f"# load average at the end: {', '.join(f'{x:.1f}' for x in load)}")
    if max(load[0], load_start) > 0.5 * (os.cpu_count() or 1):
        print(f"# the machine was busy (load {max(load[0], load_start):.1f} on {os.cpu_count()} cores): wall figures are "
              "inflated and noisy; the (CPU) column is less affected")
    print()
    print_table(subjects)
    print_notes(subjects)
    if breakdown:
        print_breakdown(subjects["ours-1x"], breakdown)

    results = work_root / "runtime-results.json"
    results.write_text(json.dumps({
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": versions(), "python": pyver,
        "peer": peer_versions, "page": page, "trimmed_entities": kept,
        "targets": {"import_ms": TARGET_IMPORT_MS, "client_entity_ms": TARGET_CLIENT_MS, "rss_mb": TARGET_RSS_MB,
                    "decode_ratio": TARGET_DECODE_RATIO, "query_us": TARGET_QUERY_US},
        "subjects": {k: {"label": s.label, "root": str(s.root), "error": s.error, "figures": s.figures,
                         "notes": s.notes} for k, s in subjects.items()},
        "import_breakdown_ours_1x_ms": [{"step": label, "total": total, "parts": dict(parts)}
                                        for label, total, parts in breakdown],
    }, indent=2, ensure_ascii=False))
    kept_copy = work / "results" / time.strftime("%Y-%m-%d-%H%M.json")
    kept_copy.parent.mkdir(exist_ok=True)
    shutil.copy2(results, kept_copy)
    print(f"\n(all figures: {rel(results)}, also kept as {rel(kept_copy)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
