"""Fault injection: latency, bursts of 429/503 answers (with `Retry-After`), dropped
connections (closed without an answer), forced session expiry, and entity sets that
answer like a custom entity whose OData model is still being rebuilt.

Set at start (`Faults(...)`, `--latency`, `--fail-count` …), at run time through the
admin endpoint (`POST /__emulator/faults` with a JSON object of the same names), or
from Python (`site.faults.fail(3, status=429)`). Counters count requests in scope:
`"odata"` (default: everything under the OData root) or `"all"` (every route but the
admin endpoints)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Scope = Literal["odata", "all"]


@dataclass
class FaultSettings:
    latency: float = 0.0  # seconds added to every request in scope
    fail_count: int = 0  # the next N requests answer `fail_status`
    fail_status: int = 503  # 429 or 503 (any 4xx/5xx is accepted)
    retry_after: int | None = 1  # seconds, sent with the failures
    drop_count: int = 0  # the next N requests: the connection is closed, no answer
    scope: Scope = "odata"
    rebuilding: list[str] = field(default_factory=list)  # sets answering 404

    def validate(self) -> None:
        for name in ("fail_count", "fail_status", "drop_count"):
            if not isinstance(getattr(self, name), int) or isinstance(
                getattr(self, name), bool
            ):
                raise ValueError(f"{name} must be an integer")
        if self.retry_after is not None and not isinstance(self.retry_after, int):
            raise ValueError("retry_after must be an integer or null")
        if not isinstance(self.rebuilding, list) or not all(
            isinstance(name, str) for name in self.rebuilding
        ):
            raise ValueError("rebuilding must be a list of entity-set names")
        if self.latency < 0 or self.fail_count < 0 or self.drop_count < 0:
            raise ValueError("latency, fail_count and drop_count must not be negative")
        if not 400 <= self.fail_status <= 599:
            raise ValueError("fail_status must be a 4xx or 5xx status")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after must not be negative")
        if self.scope not in ("odata", "all"):
            raise ValueError("scope must be 'odata' or 'all'")


@dataclass(frozen=True)
class Action:
    """What to do with one request: wait `latency`, then drop it, fail it or serve it."""

    latency: float = 0.0
    drop: bool = False
    status: int | None = None
    retry_after: int | None = None


class Faults:
    """The live fault settings of one emulator (thread-safe)."""

    def __init__(
        self,
        settings: FaultSettings | None = None,
        on_expire: Callable[[], None] | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._settings = settings or FaultSettings()
        self._settings.validate()
        self._on_expire = on_expire
        self.dropped = 0  # how many connections were dropped so far
        self.failed = 0  # how many failures were answered so far

    # -- Python API -------------------------------------------------------------
    def set_latency(self, seconds: float) -> None:
        self.update({"latency": seconds})

    def fail(self, count: int, status: int = 503, retry_after: int | None = 1) -> None:
        """The next `count` requests answer `status` (429/503) with Retry-After."""
        self.update(
            {"fail_count": count, "fail_status": status, "retry_after": retry_after}
        )

    def drop(self, count: int) -> None:
        """The next `count` requests get their connection closed without an answer."""
        self.update({"drop_count": count})

    def rebuild(self, *entity_sets: str) -> None:
        """These sets answer Web API's 404 "No type was found that matches the
        controller named …" (a new custom entity before the model is rebuilt)."""
        self.update({"rebuilding": list(entity_sets)})

    def expire_sessions(self) -> None:
        """Invalidate every session and token now."""
        if self._on_expire is not None:
            self._on_expire()

    def clear(self) -> None:
        with self._lock:
            self._settings = FaultSettings()

    def update(self, changes: dict[str, Any]) -> None:
        """Change some settings (the admin endpoint's JSON). `expire_sessions: true`
        expires the sessions. Raises ValueError on unknown names or bad values."""
        changes = dict(changes)
        expire = changes.pop("expire_sessions", False)
        known = set(FaultSettings.__dataclass_fields__)
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown fault setting(s): {', '.join(unknown)}")
        with self._lock:
            merged = {**asdict(self._settings), **changes}
            try:
                candidate = FaultSettings(**merged)
                candidate.latency = float(candidate.latency)
                candidate.validate()
            except (TypeError, ValueError) as exc:
                raise ValueError(str(exc)) from None
            self._settings = candidate
        if expire:
            self.expire_sessions()

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            state = asdict(self._settings)
        state.update(dropped=self.dropped, failed=self.failed)
        return state

    # -- the server side ----------------------------------------------------------
    def rebuilding(self) -> list[str]:
        return self._settings.rebuilding

    def next_action(self, in_odata: bool) -> Action:
        """Consume the counters for one request (`in_odata`: below the OData root)."""
        with self._lock:
            settings = self._settings
            if settings.scope == "odata" and not in_odata:
                return Action()
            if settings.drop_count > 0:
                settings.drop_count -= 1
                self.dropped += 1
                return Action(settings.latency, drop=True)
            if settings.fail_count > 0:
                settings.fail_count -= 1
                self.failed += 1
                return Action(
                    settings.latency,
                    status=settings.fail_status,
                    retry_after=settings.retry_after,
                )
            return Action(settings.latency)
