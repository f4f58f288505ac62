"""The Terrasoft.Configuration.OData.City entity type."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

import attrs

from .._runtime import entityset as _c
from .._runtime import fields as _q
from .._runtime import model as _m

if TYPE_CHECKING:
    import datetime
    import uuid
    from .account import Account, AccountFields
    from .contact import Contact, ContactFields
    from .country import Country, CountryFields
    from .lead import Lead, LeadFields
    from .region import Region, RegionFields


class CityFields(_q.Fields):
    """The fields of ``City``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    name: _q.StrField = _q.StrField("Name")
    description: _q.StrField = _q.StrField("Description")
    country_id: _q.LookupField = _q.LookupField("CountryId", "Country", "Id")
    region_id: _q.LookupField = _q.LookupField("RegionId", "Region", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    country: CountryFields = _q.nav(".entities.country:CountryFields", "Country")
    region: RegionFields = _q.nav(".entities.region:RegionFields", "Region")
    account_collection_by_city: AccountFields = _q.nav(
        ".entities.account:AccountFields", "AccountCollectionByCity", many=True
    )
    contact_collection_by_city: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "ContactCollectionByCity", many=True
    )
    lead_collection_by_city: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByCity", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class City(_m.Entity):
    """The ``City`` entity type.

    Entity set: ``City``.
    """

    q: ClassVar[CityFields] = CityFields()
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
            country_id: uuid.UUID | None = _m.UNSET,
            region_id: uuid.UUID | None = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            country: Country | None = _m.UNSET,
            region: Region | None = _m.UNSET,
            account_collection_by_city: list[Account] = _m.UNSET,
            contact_collection_by_city: list[Contact] = _m.UNSET,
            lead_collection_by_city: list[Lead] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class CitySet(_c.EntitySet[City, CityFields]):
    """The entity set of ``City`` (``client.city``)."""

    def create(
        self,
        entity: City | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> City:
        """Create a ``City`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | City,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncCitySet(_c.AsyncEntitySet[City, CityFields]):
    """The async entity set of ``City`` (``client.city``)."""

    async def create(
        self,
        entity: City | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> City:
        """Create a ``City`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | City,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
