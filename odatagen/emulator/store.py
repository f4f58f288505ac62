"""SQLite storage through SQLAlchemy Core: one table per entity set, created on first
use, columns from the properties (Edm.Stream columns as BLOBs, each with a hidden
content-type column). One connection, one lock: requests are served one at a time."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import RowMapping
from sqlalchemy.pool import StaticPool

from odatagen.emulator.errors import server_error
from odatagen.emulator.model import Model
from odatagen.emulator.values import empty, sql_type

CHUNK = 500  # values per IN (...) list


def content_type_column(stream: str) -> str:
    return f"__content_type_{stream}"


class Store:
    def __init__(self, model: Model, database: str = "") -> None:
        self.model = model
        url = f"sqlite:///{database}" if database else "sqlite://"
        self.engine = sa.create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
        self.metadata = sa.MetaData()
        self.lock = threading.RLock()
        self._tables: dict[str, sa.Table] = {}
        self.connection = self.engine.connect()
        self.connection.exec_driver_sql("PRAGMA synchronous=OFF")
        self.connection.commit()

    def close(self) -> None:
        with self.lock:
            self.connection.close()
            self.engine.dispose()

    def table(self, name: str) -> sa.Table:
        """The table of entity set `name`, created when first asked for."""
        found = self._tables.get(name)
        if found is not None:
            return found
        with self.lock:
            found = self._tables.get(name)
            if found is None:
                found = self._create(name)
                self._tables[name] = found
            return found

    def _create(self, name: str) -> sa.Table:
        entity_set = self.model.get(name)
        columns: list[sa.Column[Any]] = []
        for column in entity_set.columns.values():
            key = column.name in entity_set.key
            columns.append(sa.Column(column.name, sql_type(column), primary_key=key))
            if column.stream:
                columns.append(sa.Column(content_type_column(column.name), sa.Text()))
        table = sa.Table(name, self.metadata, *columns)
        table.create(self.connection, checkfirst=True)
        self.connection.commit()
        return table

    # -- reading -----------------------------------------------------------------
    def rows(self, statement: sa.Select[Any]) -> list[RowMapping]:
        with self.lock:
            return list(self.connection.execute(statement).mappings())

    def scalar(self, statement: sa.Select[Any]) -> Any:
        with self.lock:
            return self.connection.execute(statement).scalar()

    def get(self, name: str, key: Mapping[str, Any]) -> RowMapping | None:
        table = self.table(name)
        found = self.rows(sa.select(table).where(*self._match(table, key)))
        return found[0] if found else None

    def where_in(
        self,
        name: str,
        column: str,
        values: Iterable[Any],
        extra: Sequence[Any] = (),
        order: Sequence[Any] = (),
    ) -> list[RowMapping]:
        """Data rows (no streams) whose `column` is one of `values` (in chunks, so
        rows with the same `column` value keep `order`), with extra clauses."""
        table = self.table(name)
        selected = [table.c[n] for n in self.model.get(name).data_columns]
        wanted = sorted({v for v in values if v is not None}, key=str)
        found: list[RowMapping] = []
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            statement = sa.select(*selected).where(table.c[column].in_(chunk), *extra)
            found.extend(self.rows(statement.order_by(*order)))
        return found

    # -- writing -----------------------------------------------------------------
    def insert(
        self, name: str, rows: Sequence[Mapping[str, Any]], replace: bool = False
    ) -> None:
        """Insert rows (missing columns are `empty`); `replace`: rows
        with an existing key replace it."""
        if not rows:
            return
        table = self.table(name)
        entity_set = self.model.get(name)
        defaults = {c.name: empty(c) for c in entity_set.columns.values()}
        defaults.update({content_type_column(s): None for s in entity_set.streams})
        full = [{**defaults, **row} for row in rows]
        with self.lock:
            try:
                statement = sa.insert(table)
                if replace:
                    statement = statement.prefix_with("OR REPLACE")
                self.connection.execute(statement, full)
                self.connection.commit()
            except sa.exc.IntegrityError as exc:
                self.connection.rollback()
                raise _duplicate(name, exc) from None

    def update(
        self, name: str, key: Mapping[str, Any], values: Mapping[str, Any]
    ) -> int:
        table = self.table(name)
        statement = sa.update(table).where(*self._match(table, key)).values(**values)
        with self.lock:
            try:
                count = self.connection.execute(statement).rowcount
                self.connection.commit()
            except sa.exc.IntegrityError as exc:
                self.connection.rollback()
                raise _duplicate(name, exc) from None
        return int(count)

    def delete(self, name: str, key: Mapping[str, Any] | None = None) -> int:
        """Delete one row by key, or every row."""
        table = self.table(name)
        statement = sa.delete(table)
        if key is not None:
            statement = statement.where(*self._match(table, key))
        with self.lock:
            count = self.connection.execute(statement).rowcount
            self.connection.commit()
        return int(count)

    def clear(self) -> None:
        """Delete every row of every table created so far."""
        with self.lock:
            for name in list(self._tables):
                self.delete(name)

    @staticmethod
    def _match(table: sa.Table, key: Mapping[str, Any]) -> list[Any]:
        return [table.c[name] == value for name, value in key.items()]


def _duplicate(name: str, exc: Exception) -> Exception:
    return server_error(
        f"Violation of PRIMARY KEY constraint 'PK{name}Id'. Cannot insert duplicate "
        f"key in object 'dbo.{name}'. ({str(exc.args[0]) if exc.args else exc})",
        "System.Data.SqlClient.SqlException",
    )
