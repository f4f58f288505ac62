"""The Terrasoft.Configuration.OData.Currency entity type."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .contact import Contact
    from .order import Order
    from .product import Product


@attrs.define(kw_only=True, eq=False, repr=False)
class Currency(_m.Entity):
    """The ``Currency`` entity type.

    Entity set: ``Currency``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.Currency"
    __odata_key__ = ("Id",)
    __odata_set__ = "Currency"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    name: str = _m.field("Name", "String")
    description: str = _m.field("Description", "String")
    code: str = _m.field("Code", "String")
    short_name: str = _m.field("ShortName", "String")
    symbol: str = _m.field("Symbol", "String")
    recalc_direction: int | None = _m.field("RecalcDirection", "Int32")
    division: int | None = _m.field("Division", "Int32")
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    currecy_symbol_position: int | None = _m.field("CurrecySymbolPosition", "Int32")
    rate: decimal.Decimal | None = _m.field("Rate", "Decimal")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    order_collection_by_currency: list[Order] = _m.nav(
        "OrderCollectionByCurrency", "Order", many=True
    )
    product_collection_by_currency: list[Product] = _m.nav(
        "ProductCollectionByCurrency", "Product", many=True
    )
