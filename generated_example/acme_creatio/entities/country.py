"""The Terrasoft.Configuration.OData.Country entity type."""

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
    from .lead import Lead
    from .region import Region


@attrs.define(kw_only=True, eq=False, repr=False)
class Country(_m.Entity):
    """The ``Country`` entity type.

    Entity set: ``Country``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.Country"
    __odata_key__ = ("Id",)
    __odata_set__ = "Country"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    name: str = _m.field("Name", "String")
    description: str = _m.field("Description", "String")
    billing_info: str = _m.field("BillingInfo", "String")
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    code: str = _m.field("Code", "String")
    alpha2_code: str = _m.field("Alpha2Code", "String")
    image: _m.StreamRef = _m.field("Image", "Stream")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    account_collection_by_country: list[Account] = _m.nav(
        "AccountCollectionByCountry", "Account", many=True
    )
    city_collection_by_country: list[City] = _m.nav(
        "CityCollectionByCountry", "City", many=True
    )
    contact_collection_by_country: list[Contact] = _m.nav(
        "ContactCollectionByCountry", "Contact", many=True
    )
    lead_collection_by_country: list[Lead] = _m.nav(
        "LeadCollectionByCountry", "Lead", many=True
    )
    region_collection_by_country: list[Region] = _m.nav(
        "RegionCollectionByCountry", "Region", many=True
    )
