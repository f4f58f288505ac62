"""Generation is deterministic: the real CLI, run under different hash seeds with
fresh caches, writes byte-identical trees, and nothing in them depends on the clock.

Sources: the full-scale synthetic Creatio tenant (1,404 entities), TripPin, and the 1C
document, whose 27 files the renderer hands to black: that exercises the parallel,
cached formatting path, which the first two do not reach.
"""

from __future__ import annotations

import datetime
import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from odatagen.generate import Settings, build

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
SYNTH = SHARED / "tools" / "creatio_synth.py"
TRIPPIN = CORPUS / "oasis-openapi-TripPin.xml"
ONEC = CORPUS / "1c-enterprise-StandardODATA-v3.xml"


@pytest.fixture(scope="session")
def creatio_source(full_scale_tenant: Path) -> Path:
    """The full-scale synthetic Creatio tenant (~3 MB, 1,404 entities)."""
    return full_scale_tenant


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root, by relative POSIX path (the marker file included)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def generate_twice(source: Path, package: str, work: Path) -> list[dict[str, bytes]]:
    """Run `odatagen generate` with PYTHONHASHSEED=1 and =2 (concurrently), each with
    its own empty XDG_CACHE_HOME, and return the two trees."""
    runs = []
    for seed in ("1", "2"):
        env = {
            **os.environ,
            "PYTHONHASHSEED": seed,
            "XDG_CACHE_HOME": str(work / f"cache-{seed}"),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        out = work / f"out-{seed}"
        command = [
            sys.executable,
            "-m",
            "odatagen",
            "generate",
            str(source),
            "-o",
            str(out),
            "--package",
            package,
        ]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        runs.append((seed, out, process))
    trees = []
    for seed, out, process in runs:
        stdout, stderr = process.communicate(timeout=900)
        assert (
            process.returncode == 0
        ), f"PYTHONHASHSEED={seed}: exit {process.returncode}\n{stdout}\n{stderr}"
        trees.append(tree(out))
    return trees


def describe_difference(first: dict[str, bytes], second: dict[str, bytes]) -> str:
    only = sorted(set(first) ^ set(second))
    if only:
        return "files in one tree only: " + ", ".join(only[:20])
    changed = [p for p in first if first[p] != second[p]]
    report = [f"{len(changed)} files differ: {', '.join(changed[:20])}"]
    for path in changed[:3]:
        diff = difflib.unified_diff(
            first[path].decode("utf-8", "replace").splitlines(),
            second[path].decode("utf-8", "replace").splitlines(),
            f"seed1/{path}",
            f"seed2/{path}",
            lineterm="",
            n=1,
        )
        report.append("\n".join(list(diff)[:40]))
    return "\n".join(report)


def date_patterns(days: set[datetime.date]) -> re.Pattern[str]:
    """Today's date as generators and loggers tend to write it."""
    forms = set()
    for day in days:
        forms |= {
            day.strftime("%Y-%m-%d"),
            day.strftime("%Y/%m/%d"),
            day.strftime("%Y%m%d"),
            day.strftime("%d.%m.%Y"),
            day.strftime("%m/%d/%Y"),
            day.strftime("%d %b %Y"),
            day.strftime("%b %d, %Y"),
            f"{day:%B} {day.day}, {day.year}",
        }
    return re.compile("|".join(re.escape(f) for f in sorted(forms)), re.IGNORECASE)


def today() -> set[datetime.date]:
    now = datetime.datetime.now(datetime.timezone.utc)
    return {now.date(), now.astimezone().date()}


def check_deterministic(source: Path, package: str, work: Path) -> dict[str, bytes]:
    days = today()
    first, second = generate_twice(source, package, work)
    days |= today()  # the run may cross midnight
    assert first == second, describe_difference(first, second)

    assert f"{package}/__init__.py" in first and ".odatagen.json" in first
    stamped = date_patterns(days)
    dated = [
        f"{path}: {match.group(0)!r}"
        for path, data in first.items()
        if (match := stamped.search(data.decode("utf-8", "replace")))
    ]
    assert not dated, "files with today's date in them:\n" + "\n".join(dated)

    # The in-process pipeline (this interpreter's own hash seed) agrees with the CLI.
    files, _ = build(source.read_bytes(), str(source), Settings(package=package))
    written = {p: d for p, d in first.items() if p != ".odatagen.json"}
    assert {p: t.encode("utf-8") for p, t in files.items()} == written
    return first


def test_creatio_full_scale_is_byte_identical_across_hash_seeds(
    creatio_source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-in-process"))
    files = check_deterministic(creatio_source, "acme_creatio", tmp_path)
    entities = [p for p in files if p.startswith("acme_creatio/entities/")]
    assert len(entities) > 1400  # 1,404 entity modules plus __init__.py


@pytest.mark.skipif(not TRIPPIN.is_file(), reason=f"corpus document missing: {TRIPPIN}")
def test_trippin_is_byte_identical_across_hash_seeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-in-process"))
    check_deterministic(TRIPPIN, "trippin", tmp_path)


@pytest.mark.skipif(not ONEC.is_file(), reason=f"corpus document missing: {ONEC}")
def test_black_formatted_package_is_byte_identical_across_hash_seeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-in-process"))
    check_deterministic(ONEC, "onec", tmp_path)
    for seed in ("1", "2"):
        assert list(
            (tmp_path / f"cache-{seed}").rglob("*.py")
        ), "black's cache is empty: the formatting path was not exercised"


def test_the_date_check_would_see_a_timestamp() -> None:
    day = datetime.date(2026, 3, 7)
    pattern = date_patterns({day})
    for text in (
        "# generated 2026-03-07T10:00:00Z",
        "Generated on 20260307",
        "07.03.2026",
        "Mar 07, 2026",
        "March 7, 2026",
    ):
        assert pattern.search(text), text
    assert not pattern.search("2026-03-08 or 2025-03-07")
