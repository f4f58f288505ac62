"""Reading: collections (filter, order, paging with Creatio's 20,000-row cap and no
`@odata.nextLink`, `$count`), single entities, `$select` and `$expand` shaping."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import RowMapping

from odatagen.emulator.errors import bad_request, no_such_property, not_found
from odatagen.emulator.filters import Compiler
from odatagen.emulator.model import EntitySetModel, Model
from odatagen.emulator.query import Expand, Options
from odatagen.emulator.store import Store
from odatagen.emulator.values import encoder

Entity = dict[str, Any]


class Reader:
    def __init__(self, model: Model, store: Store, max_rows: int) -> None:
        self.model = model
        self.store = store
        self.max_rows = max_rows

    def collection(
        self,
        entity_set: EntitySetModel,
        options: Options,
        ieee754: bool,
        extra: Sequence[Any] = (),
    ) -> tuple[list[Entity], int | None]:
        """The entities of one page, and the total count when `$count=true`."""
        table = self.store.table(entity_set.name)
        compiler = Compiler(self.model, self.store, entity_set)
        clauses = list(extra)
        if options.filter:
            clauses.append(compiler.where(options.filter))
        selected = [table.c[name] for name in entity_set.data_columns]
        statement = sa.select(*selected).where(*clauses)
        statement = statement.order_by(*compiler.order(options.orderby))
        top = self.max_rows if options.top is None else min(options.top, self.max_rows)
        statement = statement.limit(top).offset(options.skip or None)
        self._check_shape(entity_set, options)  # before reading: errors come first
        rows = self.store.rows(statement)
        count = None
        if options.count:
            counting = sa.select(sa.func.count()).select_from(table).where(*clauses)
            count = int(self.store.scalar(counting))
        return self.shape(entity_set, rows, options, ieee754), count

    def entity(
        self,
        entity_set: EntitySetModel,
        key: dict[str, Any],
        options: Options,
        ieee754: bool,
    ) -> Entity:
        if options.filter or options.orderby or options.top is not None or options.skip:
            raise bad_request("$filter, $orderby, $top and $skip apply to collections.")
        self._check_shape(entity_set, options)
        table = self.store.table(entity_set.name)
        selected = [table.c[name] for name in entity_set.data_columns]
        clauses = [table.c[name] == value for name, value in key.items()]
        rows = self.store.rows(sa.select(*selected).where(*clauses))
        if not rows:
            raise not_found()
        return self.shape(entity_set, rows, options, ieee754)[0]

    # -- shaping ----------------------------------------------------------------
    def _check_shape(self, entity_set: EntitySetModel, options: Options) -> None:
        for name in options.select or ():
            if name not in entity_set.columns and name not in entity_set.navigations:
                raise no_such_property(name, entity_set.type_name)
        for expand in options.expand:
            navigation = entity_set.navigations.get(expand.navigation)
            if navigation is None:
                raise no_such_property(expand.navigation, entity_set.type_name)
            if navigation.target_set is None or navigation.column is None:
                raise bad_request(
                    f"The navigation '{expand.navigation}' cannot be expanded by the "
                    "emulator: no lookup column or partner links it."
                )
            self._check_shape(self.model.get(navigation.target_set), expand.options)

    def shape(
        self,
        entity_set: EntitySetModel,
        rows: Sequence[RowMapping],
        options: Options,
        ieee754: bool,
    ) -> list[Entity]:
        names = entity_set.data_columns
        if options.select is not None:
            names = tuple(n for n in names if n in options.select)
        encoders = [(n, encoder(entity_set.columns[n], ieee754)) for n in names]
        entities = [{name: enc(row[name]) for name, enc in encoders} for row in rows]
        for expand in options.expand:
            self._expand(entity_set, rows, entities, expand, ieee754)
        return entities

    def _expand(
        self,
        entity_set: EntitySetModel,
        rows: Sequence[RowMapping],
        entities: list[Entity],
        expand: Expand,
        ieee754: bool,
    ) -> None:
        navigation = entity_set.navigations[expand.navigation]
        assert navigation.target_set is not None and navigation.column is not None
        target = self.model.get(navigation.target_set)
        options = expand.options
        if not navigation.collection:
            found = self.store.where_in(
                target.name,
                navigation.target_key,
                (row[navigation.column] for row in rows),
            )
            shaped = self.shape(target, found, options, ieee754)
            by_key = {r[navigation.target_key]: e for r, e in zip(found, shaped)}
            for row, entity in zip(rows, entities):
                entity[navigation.name] = by_key.get(row[navigation.column])
            return
        compiler = Compiler(self.model, self.store, target)
        extra = [compiler.where(options.filter)] if options.filter else []
        found = self.store.where_in(
            target.name,
            navigation.column,
            (row[navigation.target_key] for row in rows),
            extra,
            compiler.order(options.orderby),
        )
        shaped = self.shape(target, found, options, ieee754)
        groups: dict[Any, list[Entity]] = {}
        for row, entity in zip(found, shaped):
            groups.setdefault(row[navigation.column], []).append(entity)
        top = self.max_rows if options.top is None else min(options.top, self.max_rows)
        for row, entity in zip(rows, entities):
            group = groups.get(row[navigation.target_key], [])
            entity[navigation.name] = group[options.skip : options.skip + top]
            if options.count:
                entity[navigation.name + "@odata.count"] = len(group)
