"""The Terrasoft.Configuration.OData.Region entity type."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .account import Account
    from .city import City
    from .contact import Contact
    from .country import Country
    from .lead import Lead


@attrs.define(kw_only=True, eq=False, repr=False)
class Region(_m.Entity):
    """The ``Region`` entity type.

    Entity set: ``Region``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.Region"
    __odata_key__ = ("Id",)
    __odata_set__ = "Region"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    name: str = _m.field("Name", "String")
    description: str = _m.field("Description", "String")
    country_id: uuid.UUID | None = _m.field("CountryId", "Guid")
    """Lookup to Country (navigation ``country``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    code: str = _m.field("Code", "String")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    country: Country | None = _m.nav("Country", "Country")
    account_collection_by_region: list[Account] = _m.nav(
        "AccountCollectionByRegion", "Account", many=True
    )
    city_collection_by_region: list[City] = _m.nav(
        "CityCollectionByRegion", "City", many=True
    )
    contact_collection_by_region: list[Contact] = _m.nav(
        "ContactCollectionByRegion", "Contact", many=True
    )
    lead_collection_by_region: list[Lead] = _m.nav(
        "LeadCollectionByRegion", "Lead", many=True
    )
