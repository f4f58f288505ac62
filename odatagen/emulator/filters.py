"""`$filter` and `$orderby` expressions: parsed by `odata-query` and compiled by its
SQLAlchemy Core visitor, adapted to Creatio:

- a lookup column (`AccountId`) fails with Creatio's "Column by path AccountId not
  found in schema."; the navigation path works: `Account/Id` reads the `AccountId`
  column, `Account/Name` (any depth: `Account/City/Name`) a correlated subquery;
- `in` is refused (Creatio cannot translate it: send `Id eq a or Id eq b`);
- literals must match the column type (a quoted Guid fails, as on Creatio);
- the empty Guid and the empty date (`0001-01-01T00:00:00Z`) mean NULL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from odata_query import ast
from odata_query import exceptions as odata_exceptions
from odata_query.grammar import ODataLexer, ODataParser
from odata_query.sqlalchemy.core import AstToSqlAlchemyCoreVisitor

from odatagen.emulator.errors import (
    ODataError,
    bad_request,
    column_not_found,
    no_such_property,
)
from odatagen.emulator.model import STREAM, Column, EntitySetModel, Model
from odatagen.emulator.store import Store
from odatagen.emulator.values import EMPTY_GUID, parse_datetime

# Literal node types a column of each kind can be compared with (besides null).
_LITERALS: dict[str, tuple[type[ast._Node], ...]] = {
    "Edm.Guid": (ast.GUID,),
    "Edm.String": (ast.String,),
    "Edm.Boolean": (ast.Boolean,),
    "Edm.DateTimeOffset": (ast.DateTime, ast.Date),
    "Edm.Date": (ast.Date,),
}
for _kind in ("Edm.Int32", "Edm.Int64", "Edm.Int16", "Edm.Byte", "Edm.SByte"):
    _LITERALS[_kind] = (ast.Integer, ast.Float)  # promoted, as in Web API OData
for _kind in ("Edm.Decimal", "Edm.Double", "Edm.Single"):
    _LITERALS[_kind] = (ast.Integer, ast.Float)
_OPERATORS = {
    ast.Eq: "Equal",
    ast.NotEq: "NotEqual",
    ast.Lt: "LessThan",
    ast.LtE: "LessThanOrEqual",
    ast.Gt: "GreaterThan",
    ast.GtE: "GreaterThanOrEqual",
}
_LITERAL_NAMES = {
    ast.GUID: "Edm.Guid",
    ast.String: "Edm.String",
    ast.Integer: "Edm.Int32",
}
_LITERAL_NAMES.update({ast.Float: "Edm.Double", ast.Boolean: "Edm.Boolean"})
_LITERAL_NAMES.update({ast.DateTime: "Edm.DateTimeOffset", ast.Date: "Edm.Date"})


def parse(text: str) -> ast._Node:
    try:
        node: ast._Node = ODataParser().parse(ODataLexer().tokenize(text))
    except odata_exceptions.ODataException as exc:
        raise bad_request(
            f"The query specified in the URI is not valid. {exc}"
        ) from None
    return node


class Compiler(AstToSqlAlchemyCoreVisitor):
    """Compiles expressions against one entity set's table."""

    def __init__(self, model: Model, store: Store, entity_set: EntitySetModel) -> None:
        self.model = model
        self.store = store
        self.entity_set = entity_set
        super().__init__(store.table(entity_set.name))  # type: ignore[arg-type]

    # -- entry points ---------------------------------------------------------
    def where(self, text: str) -> Any:
        return self._compile(parse(text))

    def order(self, items: list[tuple[str, bool]]) -> list[Any]:
        clauses = []
        for text, descending in items:
            node = parse(text)
            if not isinstance(node, (ast.Identifier, ast.Attribute)):
                raise bad_request(f"The $orderby expression '{text}' is not supported.")
            expression = self._compile(node)
            clauses.append(expression.desc() if descending else expression.asc())
        return clauses

    def _compile(self, node: ast._Node) -> Any:
        try:
            return self.visit(node)
        except ODataError:
            raise
        except (odata_exceptions.ODataException, NotImplementedError) as exc:
            raise bad_request(
                f"The query specified in the URI is not valid. {exc}"
            ) from None

    # -- paths ----------------------------------------------------------------
    def visit_Identifier(self, node: ast.Identifier) -> Any:
        return self._path([node.name])[0]

    def visit_Attribute(self, node: ast.Attribute) -> Any:
        return self._path(_segments(node))[0]

    def _path(self, segments: list[str]) -> tuple[Any, Column]:
        return self._resolve(self.entity_set, self.table, segments, segments)

    def _resolve(
        self,
        entity_set: EntitySetModel,
        table: Any,
        segments: list[str],
        whole: list[str],
    ) -> tuple[Any, Column]:
        first, rest = segments[0], segments[1:]
        if not rest:
            column = entity_set.columns.get(first)
            if column is None or column.kind == STREAM:
                raise no_such_property(first, entity_set.type_name)
            if first in entity_set.lookup_columns:
                raise column_not_found("/".join(whole))
            return table.c[first], column
        navigation = entity_set.navigations.get(first)
        if navigation is None:
            raise no_such_property(first, entity_set.type_name)
        if (
            navigation.collection
            or navigation.column is None
            or navigation.target_set is None
        ):
            raise bad_request(
                f"The navigation '{first}' cannot be used in a path here: only "
                "single-valued lookups are (Account/Name); use any() on Creatio itself."
            )
        target = self.model.get(navigation.target_set)
        if rest == [navigation.target_key]:  # Account/Id reads AccountId
            return table.c[navigation.column], target.columns[navigation.target_key]
        alias = self.store.table(target.name).alias()
        inner, column = self._resolve(target, alias, rest, whole)
        key = alias.c[navigation.target_key]
        subquery = sa.select(inner).where(key == table.c[navigation.column])
        expression: Any = subquery.scalar_subquery()
        if column.kind == "Edm.String":  # a subquery has no collation of its own
            expression = expression.collate("NOCASE")
        return expression, column

    # -- Creatio's restrictions -------------------------------------------------
    def visit_Compare(self, node: ast.Compare) -> Any:
        if isinstance(node.comparator, ast.In):
            raise ODataError(
                400,
                "The query specified in the URI is not valid. The operator 'In' is "
                "not supported: write 'Id eq a or Id eq b'.",
                inner={
                    "message": "Operator In is not supported.",
                    "type": "System.NotSupportedException",
                    "stacktrace": "",
                },
            )
        self._check_types(node.left, node.right, node.comparator)
        self._check_types(node.right, node.left, node.comparator)
        return super().visit_Compare(node)

    def _check_types(self, side: ast._Node, other: ast._Node, operator: Any) -> None:
        if not isinstance(side, (ast.Identifier, ast.Attribute)):
            return
        if not isinstance(other, ast._Literal) or isinstance(other, ast.Null):
            return
        column = self._path(_segments(side))[1]
        allowed = _LITERALS.get(column.kind)
        if allowed is not None and not isinstance(other, allowed):
            found = _LITERAL_NAMES.get(type(other), type(other).__name__)
            kind = _OPERATORS.get(type(operator), type(operator).__name__)
            raise bad_request(
                "A binary operator with incompatible types was detected. Found operand "
                f"types '{column.kind}' and '{found}' for operator kind '{kind}'."
            )

    def visit_GUID(self, node: ast.GUID) -> Any:
        value = node.val.lower()
        return sa.null() if value == EMPTY_GUID else sa.literal(value, sa.String(36))

    def visit_DateTime(self, node: ast.DateTime) -> Any:
        try:
            value = parse_datetime(node.val)
        except ValueError:
            raise bad_request(f"'{node.val}' is not a valid date and time.") from None
        return sa.null() if value is None else sa.literal(value, sa.DateTime())

    def visit_Date(self, node: ast.Date) -> Any:
        try:
            value = dt.date.fromisoformat(node.val)
        except ValueError:
            raise bad_request(f"'{node.val}' is not a valid date.") from None
        return sa.literal(value, sa.Date())

    def _substr_function(self, field: ast._Node, substr: ast._Node, func: str) -> Any:
        if not isinstance(substr, ast.String):
            raise bad_request(f"The second argument of {func} must be a string.")
        return getattr(self.visit(field), func)(self.visit(substr))


def _segments(node: ast._Node) -> list[str]:
    if isinstance(node, ast.Identifier):
        return [node.name]
    if isinstance(node, ast.Attribute):
        return [*_segments(node.owner), node.attr]
    raise bad_request("Only property paths can be used here.")
