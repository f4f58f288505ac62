"""The emulator's view of a schema: per entity set, its columns, key, lookups and
navigations, built on first use (a full Creatio tenant has 1,400 sets)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from odatagen.schema import Property, Schema, StructuredType

# How a property is stored and sent: an Edm primitive name, or one of these.
ENUM = "enum"
JSON = "json"  # complex types, collections, geo and untyped values
STREAM = "Edm.Stream"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "Edm.Guid", ..., ENUM, JSON
    nullable: bool
    enum_members: tuple[str, ...] = ()

    @property
    def stream(self) -> bool:
        return self.kind == STREAM


@dataclass(frozen=True)
class Navigation:
    """A navigation the emulator can follow. Single-valued: `column` is this set's
    lookup column (`AccountId`) holding the target's `target_key`. Collection:
    `column` is the target set's column pointing back here (`Contact.AccountId`
    for `Account.ContactCollectionByAccount`); None when it cannot be followed."""

    name: str
    target_set: str | None
    collection: bool
    column: str | None
    target_key: str = "Id"


@dataclass
class EntitySetModel:
    name: str
    type_name: str  # qualified
    columns: dict[str, Column]  # every property, in document order
    key: tuple[str, ...]
    lookup_columns: frozenset[str]  # Creatio lookups paired by name (`AccountId`)
    navigations: dict[str, Navigation]
    data_columns: tuple[str, ...] = field(default=())  # non-stream columns

    def __post_init__(self) -> None:
        self.data_columns = tuple(c.name for c in self.columns.values() if not c.stream)

    @property
    def streams(self) -> list[str]:
        return [c.name for c in self.columns.values() if c.stream]


class Model:
    """Entity-set models, built lazily and cached (thread-safe)."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.set_names = [
            s.name for s in schema.entity_sets.values() if not s.singleton
        ]
        self._known = set(self.set_names)
        self._cache: dict[str, EntitySetModel] = {}
        self._lock = threading.Lock()

    def __contains__(self, name: object) -> bool:
        return name in self._known

    def get(self, name: str) -> EntitySetModel:
        """The model of entity set `name` (KeyError when there is none)."""
        found = self._cache.get(name)
        if found is not None:
            return found
        if name not in self._known:
            raise KeyError(name)
        with self._lock:
            found = self._cache.get(name) or self._build(name)
            self._cache[name] = found
        return found

    def _build(self, name: str) -> EntitySetModel:
        schema = self.schema
        entity_set = schema.entity_sets[name]
        entity = schema.entities[entity_set.entity_type]
        columns = {p.name: self._column(p) for p in schema.all_properties(entity)}
        lookups = schema.all_lookups(entity)
        by_nav = {lk.navigation: lk for lk in lookups}
        bindings = dict(entity_set.bindings)
        navigations: dict[str, Navigation] = {}
        for nav in schema.all_navigations(entity):
            target = bindings.get(nav.name) or self._set_of(nav.target)
            if not nav.collection:
                lookup = by_nav.get(nav.name)
                column = lookup.column if lookup else None
                key = lookup.target_key if lookup else "Id"
                navigations[nav.name] = Navigation(nav.name, target, False, column, key)
            else:
                back = self._back_column(entity, nav.target, nav.partner)
                navigations[nav.name] = Navigation(
                    nav.name, target, True, back, entity.key[0] if entity.key else "Id"
                )
        return EntitySetModel(
            name=name,
            type_name=entity.qualified_name,
            columns=columns,
            key=entity.key or ("Id",),
            lookup_columns=frozenset(
                lk.column for lk in lookups if not lk.from_constraint
            ),
            navigations=navigations,
        )

    def _set_of(self, entity_type: str) -> str | None:
        sets = [s for s in self.schema.sets_of(entity_type) if not s.singleton]
        return sets[0].name if sets else None

    def _back_column(
        self, source: StructuredType, target: str, partner: str | None
    ) -> str | None:
        """The target's lookup column that the partner navigation reads."""
        if partner is None or target not in self.schema.entities:
            return None
        for lookup in self.schema.all_lookups(self.schema.entities[target]):
            if lookup.navigation == partner:
                return lookup.column
        return None

    def _column(self, prop: Property) -> Column:
        kind: str
        members: tuple[str, ...] = ()
        if prop.type.collection or prop.type.kind in ("complex", "untyped"):
            kind = JSON
        elif prop.type.kind == "enum":
            kind = ENUM
            enum = self.schema.enums.get(prop.type.name)
            members = tuple(m.name for m in enum.members) if enum else ()
        elif prop.type.primitive.startswith(("Edm.Geography", "Edm.Geometry")):
            kind = JSON
        else:
            kind = prop.type.primitive or prop.type.name
        return Column(prop.name, kind, prop.nullable, members)
