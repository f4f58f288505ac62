"""The Terrasoft.Configuration.OData.Product entity type."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .contact import Contact
    from .currency import Currency
    from .sys_image import SysImage


@attrs.define(kw_only=True, eq=False, repr=False)
class Product(_m.Entity):
    """The ``Product`` entity type.

    Entity set: ``Product``.
    """

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
