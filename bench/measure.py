"""Run one command and measure its wall time and the peak RSS of its whole process tree.

Each measured command runs under a forked wrapper process that:

* marks itself a child subreaper (``prctl(PR_SET_CHILD_SUBREAPER)``), so that descendants whose parent
  exits early (``npx`` -> ``sh`` -> ``node``, daemonised helpers, processes left after a kill) are
  re-parented to it and reaped by it, and so counted in its ``RUSAGE_CHILDREN``;
* starts the command in a new session / process group (so a timeout kills the whole group);
* polls ``/proc`` every ``POLL_SECONDS`` and sums the RSS of every live descendant;
* on exit reads ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` (the kernel's exact peak of the largest single
  descendant, sampled or not).

The reported peak is the larger of the two: the polled sum covers processes that run at the same time,
the rusage figure covers short peaks between polls. A forked child starts with zeroed rusage counters, so
nothing measured earlier leaks into the next run.
"""
from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

POLL_SECONDS = 0.1
PR_SET_CHILD_SUBREAPER = 36
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Measurement:
    returncode: int | None  # None when killed for exceeding the timeout
    timed_out: bool
    wall_s: float
    peak_rss_bytes: int
    rusage_maxrss_bytes: int  # largest single process (kernel figure)
    polled_tree_rss_bytes: int  # largest sum over the live tree seen by polling
    max_processes: int  # most processes alive at once in the tree


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # comm may contain spaces/parentheses: the fields after the last ')' are fixed.
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def descendants(root: int) -> list[int]:
    kids = _children_map()
    out: list[int] = []
    todo = list(kids.get(root, []))
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(kids.get(pid, []))
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _set_subreaper() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: fall back to what rusage and polling still see


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    for pid in descendants(os.getpid()):  # anything that left the group (setsid) but is still ours
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _reap_all() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _measure_in_wrapper(
    argv: list[str], cwd: Path, env: dict[str, str], log: Path, timeout: float
) -> Measurement:
    _set_subreaper()
    me = os.getpid()
    with open(log, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        polled = 0
        most = 0
        timed_out = False
        while proc.poll() is None:
            pids = descendants(me)
            most = max(most, len(pids))
            polled = max(polled, sum(_rss(p) for p in pids))
            if time.perf_counter() - start > timeout:
                timed_out = True
                _kill_tree(proc)
                proc.wait()
                break
            time.sleep(POLL_SECONDS)
        wall = time.perf_counter() - start
    if not timed_out:
        # The command is done; whatever it left behind in its group is part of the run too.
        for pid in descendants(me):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    _reap_all()
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
    return Measurement(
        returncode=None if timed_out else proc.returncode,
        timed_out=timed_out,
        wall_s=wall,
        peak_rss_bytes=max(maxrss, polled),
        rusage_maxrss_bytes=maxrss,
        polled_tree_rss_bytes=polled,
        max_processes=most,
    )


def measure(
    argv: list[str], *, cwd: Path, env: dict[str, str], log: Path, timeout: float
) -> Measurement:
    """Run ``argv`` in a fresh forked wrapper; its output goes to ``log``."""
    log.parent.mkdir(parents=True, exist_ok=True)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the wrapper
        os.close(read_fd)
        code = 0
        try:
            m = _measure_in_wrapper(argv, cwd, env, log, timeout)
            payload = json.dumps(m.__dict__).encode()
        except BaseException as exc:  # report, never return into the parent's code
            payload = json.dumps({"error": f"{type(exc).__name__}: {exc}"}).encode()
            code = 1
        with os.fdopen(write_fd, "wb") as w:
            w.write(payload)
        os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as r:
        data = json.loads(r.read() or b'{"error": "wrapper died"}')
    os.waitpid(pid, 0)
    if "error" in data:
        raise RuntimeError(f"could not run {argv[0]}: {data['error']}")
    return Measurement(**data)
