"""Safety of `odatagen generate`'s output directory: interrupted runs and ownership.

What tests/test_cli.py and tests/test_check.py already show is not repeated here (a
foreign directory refused without --force and replaced with it, an output path that is
a file, unchanged input rewriting nothing, `check` never writing). This file adds:

* **kill -9.** A SIGKILL after *every* file-system step of a write (forked children,
  the small Creatio fixture) and at random moments of a full-scale Creatio
  regeneration (a real `odatagen generate` subprocess) leaves the output directory
  byte for byte the previous package or the new one, never a mix; the next run
  ignores the leftover temporary siblings and succeeds.
* **Ownership.** The root, the home directory and every directory containing them or
  the current directory are refused, even with --force; what --force promises (the
  directory's content, and only it, is replaced); a crafted marker whose manifest
  names files outside the output directory, and symbolic links inside it pointing
  outside, never make odatagen delete or change anything outside it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from odatagen import write
from odatagen.cli import main
from odatagen.generate import Settings, build, generate, input_key
from tests.conftest import CREATIO_SMALL, FULL_SCALE, REPO, synthesise

MARKER = ".odatagen.json"
OLD = Settings(package="acme", exclude=("Case*", "Region"))
NEW = Settings(package="acme", exclude=("Usr*",), naming="preserve")  # other files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


# -- helpers ---------------------------------------------------------------------------
def tree(root: Path) -> dict[str, str]:
    """Every entry under `root`: files by SHA-256 (the marker included), symbolic
    links by target, directories as such. {} when `root` does not exist."""
    found: dict[str, str] = {}
    if not root.exists():
        return found
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[name] = "link -> " + os.readlink(path)
        elif path.is_file():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[name] = "dir"
    return found


def leftovers(out: Path) -> list[str]:
    """Temporary siblings of `out` (`.out.new-*`, `.out.old-*`)."""
    return sorted(p.name for p in out.parent.glob(f".{out.name}.*"))


def cli(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["generate", *map(str, args)])


def run(
    *args: str | Path, cwd: Path = REPO, **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m odatagen ARGS` in a subprocess (exit code and stderr are the point)."""
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **env}
    environment["PYTHONPATH"] = str(cwd if (cwd / "odatagen").is_dir() else REPO)
    return subprocess.run(
        [sys.executable, "-m", "odatagen", *map(str, args)],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env=environment,
    )


def small(tmp_path: Path, name: str = "small.xml") -> Path:
    source = tmp_path / name
    source.write_bytes(CREATIO_SMALL.read_bytes())
    return source


def package(tmp_path: Path, name: str = "out") -> Path:
    """A package odatagen generated from the small Creatio fixture."""
    out = tmp_path / name
    written, _ = generate(
        CREATIO_SMALL.read_bytes(), "small.xml", out, Settings(package="acme")
    )
    assert written and (out / MARKER).is_file()
    return out


def outside(tmp_path: Path) -> dict[str, str]:
    """Files and directories beside the output directory that must survive, with
    their content hashes (see `tree`)."""
    victims = tmp_path / "victims"
    (victims / "folder").mkdir(parents=True)
    (victims / "victim.txt").write_text("precious\n")
    (victims / "folder" / "inner.txt").write_text("also precious\n")
    return tree(victims)


def exchange_works(tmp_path: Path) -> bool:
    """Whether this system and file system swap two directories atomically."""
    first, second = tmp_path / "probe-a", tmp_path / "probe-b"
    first.mkdir()
    second.mkdir()
    (first / "a").touch()
    swapped = write._exchange(first, second) and (second / "a").exists()
    shutil.rmtree(first)
    shutil.rmtree(second)
    return swapped


@pytest.fixture
def tripwire(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any attempt to write, rename or delete fails the test (recorded, and raised)
    instead of happening: for the refusals of `/` and friends."""
    attempts: list[str] = []

    def trip(name: str) -> Callable[..., Any]:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args!r}")
            raise AssertionError(f"odatagen tried {name}{args!r}")

        return refuse

    monkeypatch.setattr(write, "_replace", trip("_replace"))
    monkeypatch.setattr(write.os, "rename", trip("os.rename"))
    monkeypatch.setattr(write.shutil, "rmtree", trip("shutil.rmtree"))
    monkeypatch.setattr(write.tempfile, "mkdtemp", trip("tempfile.mkdtemp"))
    return attempts


# -- kill -9 at every step of a write ------------------------------------------------------
class Steps:
    """In a forked child: count the file-system steps of a write and SIGKILL the
    process right after step `kill_after` (never, when 0)."""

    def __init__(self, kill_after: int, record: Path | None = None) -> None:
        self.done, self.kill_after, self.record = 0, kill_after, record

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            result = function(*args, **kwargs)
            self.done += 1
            if self.done == self.kill_after:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return step

    def install(self) -> None:
        for owner, name in [
            (write.os, "rename"),
            (write.shutil, "rmtree"),
            (write.tempfile, "mkdtemp"),
            (write, "_exchange"),
            (Path, "mkdir"),
            (Path, "write_bytes"),
            (Path, "write_text"),
            (Path, "unlink"),
        ]:
            setattr(owner, name, self.wrap(getattr(owner, name)))


def write_in_child(out: Path, files: dict[str, str], key: str, steps: Steps) -> int:
    """Fork; the child writes `files` into `out` with `steps` installed. Returns the
    signal that ended the child (0: it finished)."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            steps.install()
            write.write_tree(out, files, key)
            if steps.record is not None:
                steps.record.write_text(str(steps.done))
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return os.WTERMSIG(status)
    assert os.WEXITSTATUS(status) == 0, "the child failed"
    return 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_sigkill_after_every_step_leaves_the_old_or_the_new_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    """Where the system can exchange two directories atomically (Linux, macOS) the
    output is always complete; with two renames (elsewhere) the one other state is
    "no output directory, the previous package intact in `.out.old-*/out`"."""
    if exchange and not exchange_works(tmp_path):
        pytest.skip("this system cannot exchange two directories atomically")
    if not exchange:
        monkeypatch.setattr(write, "_exchange", lambda new, old: False)
    metadata = CREATIO_SMALL.read_bytes()
    old_files, _ = build(metadata, "small.xml", OLD)
    new_files, _ = build(metadata, "small.xml", NEW)
    old_key, new_key = input_key(metadata, OLD), input_key(metadata, NEW)
    pristine, reference = tmp_path / "pristine" / "out", tmp_path / "reference" / "out"
    write.write_tree(pristine, old_files, old_key)
    write.write_tree(reference, new_files, new_key)
    before, after = tree(pristine), tree(reference)
    assert before != after and set(before) - set(after) and set(after) - set(before)

    out = tmp_path / "work" / "out"
    count = tmp_path / "steps"
    shutil.copytree(pristine.parent, out.parent, symlinks=True)
    assert write_in_child(out, new_files, new_key, Steps(0, count)) == 0
    total = int(count.read_text())
    assert tree(out) == after and leftovers(out) == []
    assert total > 2 * len(new_files)  # every file is a step or two

    seen: dict[str, int] = {"old": 0, "new": 0, "aside": 0}
    shutil.rmtree(out.parent)
    shutil.copytree(pristine.parent, out.parent, symlinks=True)
    previous = "old"
    started = time.perf_counter()
    # every step with the exchange; the renames' own steps (the last ones) without it
    steps = (
        range(1, total + 1) if exchange else [1, total // 2, *range(total - 8, total)]
    )
    for kill_after in steps:
        assert write_in_child(out, new_files, new_key, Steps(kill_after)) == 9
        state = tree(out)
        if state == before:
            now = "old"
        elif state == after:
            now = "new"
        else:
            assert state == {}, f"a mix after step {kill_after} of {total}"
            assert not exchange, f"no output directory after step {kill_after}"
            kept = [out.parent / n / "out" for n in leftovers(out) if ".old-" in n]
            assert [tree(k) for k in kept] == [before]  # recoverable, by hand
            now = "aside"
        seen[now] += 1
        assert all(n.startswith((".out.new-", ".out.old-")) for n in leftovers(out))
        if now != previous or kill_after % 10 == 0 or kill_after > total - 3:
            # the next run ignores whatever the killed one left behind
            write.write_tree(out, new_files, new_key)
            assert tree(out) == after
        previous = now
        if tree(out) != before:  # back to the previous package for the next kill
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(pristine, out, symlinks=True)
        for name in leftovers(out):
            shutil.rmtree(out.parent / name)
    took = time.perf_counter() - started
    print(
        f"\nkill -9 after {len(steps)} of the {total} steps of a write "
        f"({len(new_files)} files, {'exchange' if exchange else 'two renames'}): "
        f"{seen}, {took:.1f} s"
    )
    assert seen["old"] >= (len(new_files) if exchange else 2) and seen["new"] >= 1
    assert seen["aside"] == (0 if exchange else 1)


# -- kill -9 during a real full-scale regeneration ----------------------------------------------
@pytest.mark.slow
def test_sigkill_during_a_full_scale_regeneration(
    tmp_path: Path, full_scale_tenant: Path
) -> None:
    """`odatagen generate` of the full-scale tenant (1,404 entities) killed at random
    moments (0.05-3 s) and just after its staging directory appears: the output is the
    previous package or the complete new one; the next run succeeds."""
    changed = synthesise(tmp_path / "changed.xml", *FULL_SCALE[2:], "--seed", "2")
    out = tmp_path / "site" / "acme_creatio"
    arguments = ["--package", "acme_creatio", "-q"]
    # A copy of the generator, as it is now: edits to the checkout while the test runs
    # would change its fingerprint, hence its output, between two runs.
    generator = tmp_path / "generator"
    shutil.copytree(
        REPO / "odatagen",
        generator / "odatagen",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copytree(REPO / "templates", generator / "templates")
    started = time.perf_counter()
    first = run("generate", full_scale_tenant, "-o", out, *arguments, cwd=generator)
    assert first.returncode == 0, first.stderr
    took = time.perf_counter() - started
    before = tree(out)
    pristine = tmp_path / "pristine"
    shutil.copytree(out, pristine, symlinks=True)
    command = [sys.executable, "-m", "odatagen", "generate", str(changed), "-o"]
    command += [str(out), *arguments]
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    environment["PYTHONPATH"] = str(generator)

    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    moments = [("after", round(rng.uniform(0.05, 3), 2)) for _ in range(2)]
    moments += [("staging", 0.0), ("staging", 0.3), ("swapped", 0.0)]
    states: list[dict[str, str]] = []
    killed = 0
    for when, delay in moments:
        process = subprocess.Popen(command, cwd=generator, env=environment)
        deadline = time.monotonic() + 120
        while when != "after" and not watched(when, out, before):
            if process.poll() is not None:
                break  # finished before we saw it: the state is checked all the same
            assert time.monotonic() < deadline
            time.sleep(0.001)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait(timeout=120)
        state = tree(out)
        assert state, f"no output directory after a kill ({when} {delay:.2f} s)"
        if state != before:
            states.append(state)
            shutil.rmtree(out)  # back to the previous package for the next kill
            shutil.copytree(pristine, out, symlinks=True)
        assert tree(out) == before

    final = run("generate", changed, "-o", out, *arguments, cwd=generator)
    assert final.returncode == 0, final.stderr
    after = tree(out)
    assert after != before and all(s == after for s in states), "a mix"
    assert not any(name in after for name in leftovers(out))
    again = run(
        "generate", changed, "-o", out, "--package", "acme_creatio", cwd=generator
    )
    assert again.returncode == 0 and "up to date" in again.stderr
    files = sum(1 for v in after.values() if v != "dir")
    print(
        f"\nfull-scale regeneration ({files} files, {took:.1f} s a run): "
        f"{killed} of {len(moments)} runs killed (seed {seed}, moments "
        f"{moments}), {len(states)} ended new, the rest old; temporary "
        f"directories left by the kills, ignored: {len(leftovers(out))}"
    )


def watched(moment: str, out: Path, before: dict[str, str]) -> bool:
    """Whether a run reached `moment`: its staging directory exists ("staging"), or
    the new tree was swapped in (the marker is another: "swapped")."""
    if moment == "staging":
        return any(".new-" in name for name in leftovers(out))
    try:
        marker = hashlib.sha256((out / MARKER).read_bytes()).hexdigest()
    except OSError:
        return False
    return marker != before[MARKER]


# -- directories odatagen never replaces ------------------------------------------------------
@pytest.mark.parametrize("link", [False, True], ids=["root", "link-to-root"])
def test_the_root_is_refused_even_with_force(
    tmp_path: Path, tripwire: list[str], link: bool
) -> None:
    target = tmp_path / "root" if link else Path("/")
    if link:
        target.symlink_to("/")
    for force in ([], ["--force"]):
        result = cli(small(tmp_path), "-o", target, "--package", "p", *force)
        assert result.exit_code == 2, result.output
        assert "refusing to write into the file system root" in result.stderr
        assert "Traceback" not in result.output
    assert tripwire == []


def test_home_and_the_directories_holding_it_are_refused(tmp_path: Path) -> None:
    home = tmp_path / "homes" / "ann"
    (home / "work").mkdir(parents=True)
    (home / "notes.txt").write_text("mine\n")
    (home / "work" / MARKER).write_text("{}")  # even an 'owned' directory above
    source = small(tmp_path)
    before = tree(tmp_path)
    for target in (home, home.parent, tmp_path):
        for force in ([], ["--force"]):
            result = run(
                "generate",
                source,
                "-o",
                target,
                "--package",
                "p",
                *force,
                HOME=str(home),
            )
            assert result.returncode == 2, result.stderr
            assert "refusing" in result.stderr and "home directory" in result.stderr
            assert "Traceback" not in result.stderr
    assert tree(tmp_path) == before  # nothing written, nothing left behind


def test_directories_holding_the_current_directory_are_refused(tmp_path: Path) -> None:
    """`-o ..` (or any ancestor of where you stand) would delete the current
    directory; `-o .` names an output directory like any other."""
    out = package(tmp_path)
    source = small(tmp_path)
    inside = out / "acme"
    before = tree(tmp_path)
    for target in ("..", "../..", str(tmp_path)):
        result = run("generate", source, "-o", target, "--force", cwd=inside)
        assert result.returncode == 2, result.stderr
        assert "contains it or the current directory" in result.stderr
    assert tree(tmp_path) == before
    # `-o .` inside an owned package: regenerated in place, no temporary directory
    # left inside it (they used to be `..new-*`/`..old-*` in the output itself)
    result = run("generate", "../small.xml", "-o", ".", "--package", "p", cwd=out)
    assert result.returncode == 0, result.stderr
    assert (out / "p" / "__init__.py").is_file() and not (out / "acme").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "small.xml"]
    assert not [p for p in out.rglob(".*") if p.name != MARKER]


def test_a_corrupt_marker_makes_the_directory_foreign(tmp_path: Path) -> None:
    out = package(tmp_path)
    (out / MARKER).write_text('{"generator": "odatagen", "input": ')  # cut short
    before = tree(out)
    result = cli(small(tmp_path), "-o", out, "--package", "p")
    assert result.exit_code == 2 and "--force" in result.stderr
    assert tree(out) == before


# -- what --force does and does not do -----------------------------------------------------------
def test_force_replaces_the_content_of_the_directory_and_nothing_else(
    tmp_path: Path,
) -> None:
    """--force: the directory's whole content is replaced (README). Symbolic links in
    it are removed, never followed: what they point to survives, and so does every
    file beside the output directory."""
    victims = outside(tmp_path)
    out = tmp_path / "out"
    (out / "src").mkdir(parents=True)
    (out / "src" / "app.py").write_text("print('mine')\n")
    (out / "to-file").symlink_to(tmp_path / "victims" / "victim.txt")
    (out / "to-folder").symlink_to(tmp_path / "victims" / "folder")
    (out / "src" / "to-tmp").symlink_to(tmp_path)
    (out / "dangling").symlink_to(tmp_path / "nowhere")
    (tmp_path / "beside.txt").write_text("beside\n")
    result = cli(small(tmp_path), "-o", out, "--package", "p", "--force")
    assert result.exit_code == 0, result.output
    assert tree(tmp_path / "victims") == victims
    assert (tmp_path / "beside.txt").read_text() == "beside\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "beside.txt",
        "out",
        "small.xml",
        "victims",
    ]
    expected, _ = build(CREATIO_SMALL.read_bytes(), "small.xml", Settings(package="p"))
    assert write.on_disk(out) == {k: v.encode() for k, v in expected.items()}
    assert not [p for p in out.rglob("*") if p.is_symlink()]


def test_force_on_a_symlinked_output_replaces_the_link_not_its_target(
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep\n")
    before = tree(elsewhere)
    out = tmp_path / "out"
    out.symlink_to(elsewhere)
    result = cli(small(tmp_path), "-o", out, "--package", "p")
    assert result.exit_code == 2  # foreign through the link: refused
    assert out.is_symlink() and tree(elsewhere) == before
    result = cli(small(tmp_path), "-o", out, "--package", "p", "--force")
    assert result.exit_code == 0, result.output
    assert not out.is_symlink() and (out / "p" / "__init__.py").is_file()
    assert tree(elsewhere) == before
    assert leftovers(out) == []


# -- a crafted marker, symbolic links in an owned directory ---------------------------------------
def test_a_crafted_marker_never_reaches_outside_the_output_directory(
    tmp_path: Path,
) -> None:
    """The manifest is only ever compared with what is on disk: paths in it, however
    they escape, are never opened, written or deleted. A damaged manifest on an
    otherwise unchanged package is repaired, nothing else rewritten."""
    victims = outside(tmp_path)
    passwd = Path("/etc/passwd")
    sensitive = (
        (passwd.read_bytes(), passwd.stat().st_mtime_ns) if passwd.is_file() else None
    )
    out = package(tmp_path)
    source = small(tmp_path)
    escaping = [
        "../victims/victim.txt",
        "../../etc/passwd",
        "../victims/folder",
        "..",
        ".",
        "",
        str(tmp_path / "victims" / "victim.txt"),
        "/etc/passwd",
        "acme/../../victims/folder/inner.txt",
    ]

    def craft() -> None:
        marker = json.loads((out / MARKER).read_text())
        marker["files"] = {name: "0" * 64 for name in escaping}
        (out / MARKER).write_text(json.dumps(marker))

    craft()
    files = {k: v for k, v in tree(out).items() if k != MARKER}
    check = CliRunner().invoke(
        main, ["check", str(source), "-o", str(out), "--package", "acme"]
    )
    assert check.exit_code == 0, check.output  # the files are what would be generated
    same = cli(source, "-o", out, "--package", "acme")
    assert same.exit_code == 0 and "nothing written" in same.stderr
    assert {k: v for k, v in tree(out).items() if k != MARKER} == files
    repaired = json.loads((out / MARKER).read_text())["files"]
    assert repaired == {p: write.digest(d) for p, d in write.on_disk(out).items()}
    assert tree(tmp_path / "victims") == victims

    craft()  # a changed input: the package is replaced, the escaping names ignored
    for force in ([], ["--force"]):
        result = cli(source, "-o", out, "--package", "other", *force)
        assert result.exit_code == 0, result.output
        craft()
    assert (out / "other" / "__init__.py").is_file() and not (out / "acme").exists()
    assert tree(tmp_path / "victims") == victims
    if sensitive is not None:
        assert (passwd.read_bytes(), passwd.stat().st_mtime_ns) == sensitive
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "small.xml", "victims"]


def test_symlinks_inside_an_owned_directory_are_not_followed(tmp_path: Path) -> None:
    victims = outside(tmp_path)
    out = package(tmp_path)
    (out / "acme" / "to-file").symlink_to(tmp_path / "victims" / "victim.txt")
    (out / "acme" / "to-folder").symlink_to(tmp_path / "victims" / "folder")
    (out / "up").symlink_to("..")
    (out / "acme" / "entities" / "contact.py").unlink()  # a generated file, now a link
    (out / "acme" / "entities" / "contact.py").symlink_to(
        tmp_path / "victims" / "victim.txt"
    )
    drift = CliRunner().invoke(
        main, ["check", str(small(tmp_path)), "-o", str(out), "--package", "acme"]
    )
    assert drift.exit_code == 1 and "extra: up" not in drift.output  # not a file
    result = cli(small(tmp_path), "-o", out, "--package", "acme")
    assert result.exit_code == 0, result.output
    assert "written" in result.stderr
    assert tree(tmp_path / "victims") == victims
    assert not [p for p in out.rglob("*") if p.is_symlink()]
    assert (out / "acme" / "entities" / "contact.py").read_text().startswith('"""')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "small.xml", "victims"]


# -- a write that fails ------------------------------------------------------------------------
def test_a_failing_write_keeps_the_previous_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = package(tmp_path)
    before = tree(out)
    real = Path.write_bytes
    written: list[Path] = []

    def disk_full(self: Path, data: bytes) -> int:
        if len(written) == 10:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        written.append(self)
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    result = cli(small(tmp_path), "-o", out, "--package", "other")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"{out}: error: cannot write the package: "
        f"{os.strerror(errno.ENOSPC)} (output)"
    ]
    assert tree(out) == before and leftovers(out) == []
