"""The Terrasoft.Configuration.OData.Currency entity type."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

import attrs

from .._runtime import entityset as _c
from .._runtime import fields as _q
from .._runtime import model as _m

if TYPE_CHECKING:
    import datetime
    import decimal
    import uuid
    from .contact import Contact, ContactFields
    from .order import Order, OrderFields
    from .product import Product, ProductFields


class CurrencyFields(_q.Fields):
    """The fields of ``Currency``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    name: _q.StrField = _q.StrField("Name")
    description: _q.StrField = _q.StrField("Description")
    code: _q.StrField = _q.StrField("Code")
    short_name: _q.StrField = _q.StrField("ShortName")
    symbol: _q.StrField = _q.StrField("Symbol")
    recalc_direction: _q.IntField = _q.IntField("RecalcDirection")
    division: _q.IntField = _q.IntField("Division")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    currecy_symbol_position: _q.IntField = _q.IntField("CurrecySymbolPosition")
    rate: _q.DecimalField = _q.DecimalField("Rate")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    order_collection_by_currency: OrderFields = _q.nav(
        ".entities.order:OrderFields", "OrderCollectionByCurrency", many=True
    )
    product_collection_by_currency: ProductFields = _q.nav(
        ".entities.product:ProductFields", "ProductCollectionByCurrency", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Currency(_m.Entity):
    """The ``Currency`` entity type.

    Entity set: ``Currency``.
    """

    q: ClassVar[CurrencyFields] = CurrencyFields()
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

    if not TYPE_CHECKING:  # see the runtime's model.py

        def __init__(
            self,
            *,
            id: uuid.UUID = _m.UNSET,
            created_on: datetime.datetime | None = _m.UNSET,
            created_by_id: uuid.UUID | None = _m.UNSET,
            modified_on: datetime.datetime | None = _m.UNSET,
            modified_by_id: uuid.UUID | None = _m.UNSET,
            name: str = _m.UNSET,
            description: str = _m.UNSET,
            code: str = _m.UNSET,
            short_name: str = _m.UNSET,
            symbol: str = _m.UNSET,
            recalc_direction: int | None = _m.UNSET,
            division: int | None = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            currecy_symbol_position: int | None = _m.UNSET,
            rate: decimal.Decimal | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            order_collection_by_currency: list[Order] = _m.UNSET,
            product_collection_by_currency: list[Product] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class CurrencySet(_c.EntitySet[Currency, CurrencyFields]):
    """The entity set of ``Currency`` (``client.currency``)."""

    def create(
        self,
        entity: Currency | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        code: str = _m.UNSET,
        short_name: str = _m.UNSET,
        symbol: str = _m.UNSET,
        recalc_direction: int | None = _m.UNSET,
        division: int | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        currecy_symbol_position: int | None = _m.UNSET,
        rate: decimal.Decimal | None = _m.UNSET,
    ) -> Currency:
        """Create a ``Currency`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Currency,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        code: str = _m.UNSET,
        short_name: str = _m.UNSET,
        symbol: str = _m.UNSET,
        recalc_direction: int | None = _m.UNSET,
        division: int | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        currecy_symbol_position: int | None = _m.UNSET,
        rate: decimal.Decimal | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncCurrencySet(_c.AsyncEntitySet[Currency, CurrencyFields]):
    """The async entity set of ``Currency`` (``client.currency``)."""

    async def create(
        self,
        entity: Currency | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        code: str = _m.UNSET,
        short_name: str = _m.UNSET,
        symbol: str = _m.UNSET,
        recalc_direction: int | None = _m.UNSET,
        division: int | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        currecy_symbol_position: int | None = _m.UNSET,
        rate: decimal.Decimal | None = _m.UNSET,
    ) -> Currency:
        """Create a ``Currency`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Currency,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        code: str = _m.UNSET,
        short_name: str = _m.UNSET,
        symbol: str = _m.UNSET,
        recalc_direction: int | None = _m.UNSET,
        division: int | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        currecy_symbol_position: int | None = _m.UNSET,
        rate: decimal.Decimal | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
