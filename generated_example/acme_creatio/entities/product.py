"""The Terrasoft.Configuration.OData.Product entity type."""

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
    from .currency import Currency, CurrencyFields
    from .sys_image import SysImage, SysImageFields


class ProductFields(_q.Fields):
    """The fields of ``Product``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    name: _q.StrField = _q.StrField("Name")
    code: _q.StrField = _q.StrField("Code")
    currency_id: _q.LookupField = _q.LookupField("CurrencyId", "Currency", "Id")
    price: _q.DecimalField = _q.DecimalField("Price")
    url: _q.StrField = _q.StrField("URL")
    active: _q.BoolField = _q.BoolField("Active")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    description: _q.StrField = _q.StrField("Description")
    notes: _q.StrField = _q.StrField("Notes")
    general_conditions: _q.StrField = _q.StrField("GeneralConditions")
    picture_id: _q.LookupField = _q.LookupField("PictureId", "Picture", "Id")
    is_archive: _q.BoolField = _q.BoolField("IsArchive")
    short_description: _q.StrField = _q.StrField("ShortDescription")
    benefits: _q.StrField = _q.StrField("Benefits")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    currency: CurrencyFields = _q.nav(".entities.currency:CurrencyFields", "Currency")
    owner: ContactFields = _q.nav(".entities.contact:ContactFields", "Owner")
    picture: SysImageFields = _q.nav(".entities.sys_image:SysImageFields", "Picture")


@attrs.define(kw_only=True, eq=False, repr=False)
class Product(_m.Entity):
    """The ``Product`` entity type.

    Entity set: ``Product``.
    """

    q: ClassVar[ProductFields] = ProductFields()
    __odata_type__ = "Terrasoft.Configuration.OData.Product"
    __odata_key__ = ("Id",)
    __odata_set__ = "Product"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    name: str = _m.field("Name", "String")
    code: str = _m.field("Code", "String")
    currency_id: uuid.UUID | None = _m.field("CurrencyId", "Guid")
    """Lookup to Currency (navigation ``currency``)."""
    price: decimal.Decimal | None = _m.field("Price", "Decimal")
    url: str = _m.field("URL", "String")
    active: bool | None = _m.field("Active", "Boolean")
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    owner_id: uuid.UUID | None = _m.field("OwnerId", "Guid")
    """Lookup to Contact (navigation ``owner``)."""
    description: str = _m.field("Description", "String")
    notes: str = _m.field("Notes", "String")
    general_conditions: str = _m.field("GeneralConditions", "String")
    picture_id: uuid.UUID | None = _m.field("PictureId", "Guid")
    """Lookup to SysImage (navigation ``picture``)."""
    is_archive: bool | None = _m.field("IsArchive", "Boolean")
    short_description: str = _m.field("ShortDescription", "String")
    benefits: str = _m.field("Benefits", "String")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    currency: Currency | None = _m.nav("Currency", "Currency")
    owner: Contact | None = _m.nav("Owner", "Contact")
    picture: SysImage | None = _m.nav("Picture", "SysImage")

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
            code: str = _m.UNSET,
            currency_id: uuid.UUID | None = _m.UNSET,
            price: decimal.Decimal | None = _m.UNSET,
            url: str = _m.UNSET,
            active: bool | None = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            owner_id: uuid.UUID | None = _m.UNSET,
            description: str = _m.UNSET,
            notes: str = _m.UNSET,
            general_conditions: str = _m.UNSET,
            picture_id: uuid.UUID | None = _m.UNSET,
            is_archive: bool | None = _m.UNSET,
            short_description: str = _m.UNSET,
            benefits: str = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            currency: Currency | None = _m.UNSET,
            owner: Contact | None = _m.UNSET,
            picture: SysImage | None = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class ProductSet(_c.EntitySet[Product, ProductFields]):
    """The entity set of ``Product`` (``client.product``)."""

    def create(
        self,
        entity: Product | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        code: str = _m.UNSET,
        currency_id: uuid.UUID | None = _m.UNSET,
        price: decimal.Decimal | None = _m.UNSET,
        url: str = _m.UNSET,
        active: bool | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        description: str = _m.UNSET,
        notes: str = _m.UNSET,
        general_conditions: str = _m.UNSET,
        picture_id: uuid.UUID | None = _m.UNSET,
        is_archive: bool | None = _m.UNSET,
        short_description: str = _m.UNSET,
        benefits: str = _m.UNSET,
    ) -> Product:
        """Create a ``Product`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Product,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        code: str = _m.UNSET,
        currency_id: uuid.UUID | None = _m.UNSET,
        price: decimal.Decimal | None = _m.UNSET,
        url: str = _m.UNSET,
        active: bool | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        description: str = _m.UNSET,
        notes: str = _m.UNSET,
        general_conditions: str = _m.UNSET,
        picture_id: uuid.UUID | None = _m.UNSET,
        is_archive: bool | None = _m.UNSET,
        short_description: str = _m.UNSET,
        benefits: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncProductSet(_c.AsyncEntitySet[Product, ProductFields]):
    """The async entity set of ``Product`` (``client.product``)."""

    async def create(
        self,
        entity: Product | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        code: str = _m.UNSET,
        currency_id: uuid.UUID | None = _m.UNSET,
        price: decimal.Decimal | None = _m.UNSET,
        url: str = _m.UNSET,
        active: bool | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        description: str = _m.UNSET,
        notes: str = _m.UNSET,
        general_conditions: str = _m.UNSET,
        picture_id: uuid.UUID | None = _m.UNSET,
        is_archive: bool | None = _m.UNSET,
        short_description: str = _m.UNSET,
        benefits: str = _m.UNSET,
    ) -> Product:
        """Create a ``Product`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Product,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        code: str = _m.UNSET,
        currency_id: uuid.UUID | None = _m.UNSET,
        price: decimal.Decimal | None = _m.UNSET,
        url: str = _m.UNSET,
        active: bool | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        description: str = _m.UNSET,
        notes: str = _m.UNSET,
        general_conditions: str = _m.UNSET,
        picture_id: uuid.UUID | None = _m.UNSET,
        is_archive: bool | None = _m.UNSET,
        short_description: str = _m.UNSET,
        benefits: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
