#!/usr/bin/env python3
"""Measure odatagen's code generation on a full-scale Creatio `$metadata` against peer generators.

    python bench/generate.py                      # odatagen (cold, unchanged regenerate, 3x) + all peers
    python bench/generate.py --skip-peers         # odatagen only
    python bench/generate.py --only sap-generator --timeout 300
    python bench/generate.py --install-only       # install the pinned peers, measure nothing

Every run is measured in its own wrapper process (bench/measure.py): wall time and the peak RSS of the
whole process tree (node included). See bench/README.md for what each row means.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import ALIASES, MB, PEERS, Context, Row, entity_names, fresh_dir, run_measured  # noqa: E402

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
SYNTH_ARGS = ["--seed", "1", "--custom-entities", "12", "--custom-columns", "40"]
PACKAGE = "acme_creatio"

TARGET_COLD_S = 5.0
TARGET_COLD_RSS_MB = 400.0
TARGET_REGEN_S = 1.0
TARGET_SCALE = 3.5


# --------------------------------------------------------------------------- documents


def ensure_docs(shared: Path, work: Path) -> dict[str, Path]:
    """The 1x and 3x documents, written by shared/tools/creatio_synth.py when missing."""
    synth = shared / "tools" / "creatio_synth.py"
    docs = {"1x": work / "acme.xml", "3x": work / "acme-3x.xml"}
    for label, path in docs.items():
        if path.exists():
            continue
        if not synth.exists():
            sys.exit(f"error: {synth} not found (use --shared DIR)")
        extra = ["--scale", "3"] if label == "3x" else []
        print(f"writing {path.relative_to(REPO)} ...", file=sys.stderr)
        subprocess.run([sys.executable, str(synth), *SYNTH_ARGS, *extra, "--out", str(path)], check=True)
    return docs


# --------------------------------------------------------------------------- odatagen


Snapshot = dict[str, tuple[int, int, int]]


def snapshot(root: Path) -> Snapshot:
    """relative path -> (inode, mtime_ns, size) for every file under root."""
    snap: Snapshot = {}
    if root.exists():
        for p in root.rglob("*"):
            if p.is_file():
                st = p.stat()
                snap[str(p.relative_to(root))] = (st.st_ino, st.st_mtime_ns, st.st_size)
    return snap


def rewrites(before: Snapshot, after: Snapshot) -> tuple[int, int, int]:
    """(changed, added, removed) between two snapshots."""
    changed = sum(1 for k in before.keys() & after.keys() if before[k] != after[k])
    return changed, len(after.keys() - before.keys()), len(before.keys() - after.keys())


def odatagen_argv(doc: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "odatagen", "generate", str(doc), "-o", str(out), "--package", PACKAGE]


def odatagen_env(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = str(cache)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def mark(ok: bool) -> str:
    return "ok" if ok else "MISS"


def median_of(runs: list[Row]) -> Row:
    """The run with the median wall time, carrying the largest peak RSS of all; a failure wins."""
    failed = [r for r in runs if not r.finished]
    if failed or len(runs) == 1:
        return failed[0] if failed else runs[0]
    walls = sorted(r.wall_s or 0.0 for r in runs)
    pick = sorted(runs, key=lambda r: r.wall_s or 0.0)[len(runs) // 2]
    pick.peak_rss_bytes = max(r.peak_rss_bytes or 0 for r in runs)
    pick.note = f"median of {len(runs)} ({', '.join(f'{w:.2f}' for w in walls)} s); "
    return pick


def run_odatagen(docs: dict[str, Path], work: Path, timeout: float, repeat: int) -> list[Row]:
    # Compile odatagen's bytecode first (unmeasured): an installed package has it, and a code change by
    # a colleague should not be billed to the first measured run. Caches stay empty for the cold runs.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "odatagen")], check=False)
    caches = fresh_dir(work / "cache")

    def cold(label: str, n: int) -> tuple[Row, Path, Path]:
        row = Row("odatagen cold", label, is_odatagen=True)
        out = fresh_dir(work / "out" / f"odatagen-{label}")
        cache = Path(tempfile.mkdtemp(prefix=f"cold-{label}-", dir=caches))
        run_measured(row, odatagen_argv(docs[label], out), cwd=REPO, env=odatagen_env(cache),
                     log=work / "logs" / f"odatagen-cold-{label}-{n}.log", timeout=timeout, output=out)
        return row, out, cache

    colds = [cold("1x", n) for n in range(repeat)]
    cold1 = median_of([r for r, _, _ in colds])
    _, out1, cache1 = colds[-1]
    if cold1.finished:
        assert cold1.wall_s is not None and cold1.peak_rss_bytes is not None
        cold1.note += (f"targets: <= {TARGET_COLD_S:g} s {mark(cold1.wall_s <= TARGET_COLD_S)}, <= "
                       f"{TARGET_COLD_RSS_MB:g} MB {mark(cold1.peak_rss_bytes / MB <= TARGET_COLD_RSS_MB)}")

    regen = Row("odatagen regenerate (unchanged)", "1x", is_odatagen=True)
    if cold1.finished:
        regens: list[Row] = []
        touched = 0
        what = "rewrote nothing"
        for n in range(repeat):
            before = snapshot(out1)
            row = Row(regen.tool, regen.doc, is_odatagen=True)
            run_measured(row, odatagen_argv(docs["1x"], out1), cwd=REPO, env=odatagen_env(cache1),
                         log=work / "logs" / f"odatagen-regen-1x-{n}.log", timeout=timeout, output=out1)
            regens.append(row)
            changed, added, removed = rewrites(before, snapshot(out1))
            if changed + added + removed > touched:
                touched = changed + added + removed
                what = f"rewrote {changed} of {len(before)} files, added {added}, removed {removed}"
        regen = median_of(regens)
        if regen.finished:
            assert regen.wall_s is not None
            regen.note += (f"{what}; targets: <= {TARGET_REGEN_S:g} s {mark(regen.wall_s <= TARGET_REGEN_S)}, "
                           f"nothing rewritten {mark(touched == 0)}")
    else:
        regen.outcome = "skipped: cold generate did not finish"

    cold3 = median_of([cold("3x", n)[0] for n in range(repeat)])
    if cold3.finished and cold1.finished and cold1.wall_s and cold3.wall_s is not None:
        ratio = cold3.wall_s / cold1.wall_s
        cold3.note += f"scale: 3x/1x time = {ratio:.2f} (target <= {TARGET_SCALE:g} {mark(ratio <= TARGET_SCALE)})"
    return [cold1, regen, cold3]


# --------------------------------------------------------------------------- table


def fmt_ratio(row: Row, base: Row | None, attr: str) -> str:
    value = getattr(row, attr)
    if row.is_odatagen or base is None or not base.finished or value is None:
        return "" if row.is_odatagen else "n/a"
    ratio = value / getattr(base, attr)
    prefix = ">=" if row.outcome.startswith("did not finish") else ""
    return f"{prefix}{ratio:,.1f}x"


def print_table(rows: list[Row]) -> None:
    base = next((r for r in rows if r.is_odatagen and r.doc == "1x" and r.tool == "odatagen cold"), None)
    header = ["tool", "doc", "wall s", "peak RSS MB", "output", "time x", "RSS x", "outcome"]
    table = [header]
    for r in rows:
        table.append([
            r.tool, r.doc,
            "" if r.wall_s is None else f"{r.wall_s:,.1f}",
            "" if r.peak_rss_bytes is None else f"{r.peak_rss_bytes / MB:,.0f}",
            r.output,
            fmt_ratio(r, base, "wall_s"),
            fmt_ratio(r, base, "peak_rss_bytes"),
            r.outcome,
        ])
    widths = [max(len(line[i]) for line in table) for i in range(len(header) - 1)]
    right = {2, 3, 5, 6}
    for n, line in enumerate(table):
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(line, widths))]
        print("  ".join(cells + [line[-1]]).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths) + "  " + "-" * 7)
    notes = [r for r in rows if r.note]
    if notes:
        print()
        for r in notes:
            print(f"* {r.tool} ({r.doc}): {r.note}")
    print("\n(time x / RSS x: the peer's figure divided by odatagen's cold 1x figure; "
          ">= for runs killed at the timeout)")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    names = ["odatagen", *PEERS, *ALIASES]
    p.add_argument("--only", action="append", default=[], metavar="NAME",
                   help=f"run only these (repeatable or comma-separated): {', '.join(names)}")
    p.add_argument("--skip-peers", action="store_true", help="measure odatagen only")
    p.add_argument("--timeout", type=float, default=900.0, metavar="SECONDS",
                   help="kill a run (whole process group) after this long (default 900)")
    p.add_argument("--repeat", type=int, default=3, metavar="N",
                   help="run each odatagen measurement N times and report the median (default 3)")
    p.add_argument("--install-only", action="store_true", help="install the selected peers and exit")
    p.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help=f"shared/ folder (default {DEFAULT_SHARED})")
    p.add_argument("--work", type=Path, default=BENCH / ".work", help="documents, outputs and logs (default bench/.work)")
    args = p.parse_args(argv)
    only = {ALIASES.get(n.strip(), n.strip()) for item in args.only for n in item.split(",") if n.strip()}
    unknown = only - {"odatagen", *PEERS}
    if unknown:
        p.error(f"unknown name(s) for --only: {', '.join(sorted(unknown))}")
    args.only = only
    return args


def selected_peers(args: argparse.Namespace) -> list[str]:
    if args.skip_peers:
        return []
    chosen = [n for n in PEERS if not args.only or n in args.only]
    for name in list(chosen):  # a peer's prerequisites run before it
        for need in PEERS[name].needs:
            if need not in chosen:
                chosen.insert(chosen.index(name), need)
    return chosen


def versions() -> str:
    node = shutil.which("node")
    node_v = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip() if node else "none"
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{platform.node()}: {os.cpu_count()} cores, {mem_gb:.0f} GB, load {load}; "
            f"Python {platform.python_version()}, node {node_v}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    peers = selected_peers(args)
    if args.install_only:
        for name in peers:
            PEERS[name].install()
            print(f"{name}: installed")
        return 0
    work: Path = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    docs = ensure_docs(args.shared.resolve(), work)
    for name in peers:  # install everything first, so installs never land inside a measurement
        PEERS[name].install()

    print(f"# bench/generate.py, {time.strftime('%Y-%m-%d %H:%M')}; {versions()}")
    for label, path in docs.items():
        print(f"# {label}: {path.relative_to(REPO) if path.is_relative_to(REPO) else path}, "
              f"{path.stat().st_size / MB:.1f} MB, {len(entity_names(path)):,} entity types")
    print(f"# timeout per run: {args.timeout:g} s", flush=True)

    rows: list[Row] = []
    if not args.only or "odatagen" in args.only:
        rows += run_odatagen(docs, work, args.timeout, max(1, args.repeat))
        for r in rows:
            print(f"  ... {r.tool} {r.doc}: {r.outcome}", file=sys.stderr)
    ctx = Context(doc=docs["1x"], work=work, timeout=args.timeout)
    for name in peers:
        for r in PEERS[name].run(ctx):
            rows.append(r)
            wall = "" if r.wall_s is None else f" after {r.wall_s:.1f} s"
            print(f"  ... {r.tool}: {r.outcome}{wall}", file=sys.stderr, flush=True)

    print(f"# load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print()
    print_table(rows)
    results = work / "results.json"
    results.write_text(json.dumps({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": versions(),
                                   "timeout": args.timeout, "rows": [r.__dict__ for r in rows]}, indent=2))
    print(f"\n(full commands, logs and figures: {results.relative_to(REPO) if results.is_relative_to(REPO) else results})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
