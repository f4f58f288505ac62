"""What `odatagen.diff` reports: each `Change`, the two `Side`s (`side_of` finds a
side's customisations) and the `DiffResult` that holds them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import attrs

from odatagen.diff_rules import RANK, SEVERITIES, Severity
from odatagen.schema import Schema


@attrs.frozen
class Change:
    severity: Severity
    code: str  # stable kebab-case identifier: a key of CODES
    path: str
    message: str
    custom: bool = False
    old: str | None = None
    new: str | None = None


@attrs.frozen
class Side:
    """One side's name and prefix, and the customisations it has that the other lacks:
    custom entity types, and custom columns (`Entity.Column`) on standard entities."""

    name: str
    prefix: str | None = None
    entities: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()


@attrs.frozen
class DiffResult:
    old: Side
    new: Side
    changes: tuple[Change, ...]
    ignored: int = 0  # changes left out by `without`

    def counts(self) -> dict[str, int]:
        found = Counter(c.severity for c in self.changes)
        return {s: found[s] for s in SEVERITIES}

    def reaches(self, severity: str) -> bool:
        """Whether any change is at least as severe as `severity` ("never": no)."""
        limit = RANK.get(severity, -1)
        return any(RANK[c.severity] <= limit for c in self.changes)

    def without(self, drop: Callable[[Change], bool]) -> DiffResult:
        kept = tuple(c for c in self.changes if not drop(c))
        dropped = len(self.changes) - len(kept)
        return attrs.evolve(self, changes=kept, ignored=self.ignored + dropped)


def side_of(name: str, schema: Schema, other: Schema) -> Side:
    """What `schema` has that `other` lacks, by `schema`'s own prefix."""
    entities, columns = [], []
    for q, entity in schema.entities.items():
        theirs = other.entities.get(q)
        if schema.is_custom(entity.name):
            entities += [entity.name] if theirs is None else []
            continue
        present = {p.name for p in theirs.properties} if theirs else set()
        columns += [
            f"{entity.name}.{p.name}"
            for p in entity.properties
            if schema.is_custom(p.name) and p.name not in present
        ]
    entities.sort()
    columns.sort()
    return Side(name, schema.custom_prefix, tuple(entities), tuple(columns))
