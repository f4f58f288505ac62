"""The Terrasoft.Configuration.OData.City entity type."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .account import Account
    from .contact import Contact
    from .country import Country
    from .lead import Lead
    from .region import Region


@attrs.define(kw_only=True, eq=False, repr=False)
class City(_m.Entity):
    """The ``City`` entity type.

    Entity set: ``City``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.City"
    __odata_key__ = ("Id",)
    __odata_set__ = "City"
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
    region_id: uuid.UUID | None = _m.field("RegionId", "Guid")
    """Lookup to Region (navigation ``region``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    country: Country | None = _m.nav("Country", "Country")
    region: Region | None = _m.nav("Region", "Region")
    account_collection_by_city: list[Account] = _m.nav(
        "AccountCollectionByCity", "Account", many=True
    )
    contact_collection_by_city: list[Contact] = _m.nav(
        "ContactCollectionByCity", "Contact", many=True
    )
    lead_collection_by_city: list[Lead] = _m.nav(
        "LeadCollectionByCity", "Lead", many=True
    )
