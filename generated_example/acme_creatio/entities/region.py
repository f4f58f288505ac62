"""The Terrasoft.Configuration.OData.Region entity type."""

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
    from .city import City, CityFields
    from .contact import Contact, ContactFields
    from .country import Country, CountryFields
    from .lead import Lead, LeadFields


class RegionFields(_q.Fields):
    """The fields of ``Region``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    name: _q.StrField = _q.StrField("Name")
    description: _q.StrField = _q.StrField("Description")
    country_id: _q.LookupField = _q.LookupField("CountryId", "Country", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    code: _q.StrField = _q.StrField("Code")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    country: CountryFields = _q.nav(".entities.country:CountryFields", "Country")
    account_collection_by_region: AccountFields = _q.nav(
        ".entities.account:AccountFields", "AccountCollectionByRegion", many=True
    )
    city_collection_by_region: CityFields = _q.nav(
        ".entities.city:CityFields", "CityCollectionByRegion", many=True
    )
    contact_collection_by_region: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "ContactCollectionByRegion", many=True
    )
    lead_collection_by_region: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByRegion", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Region(_m.Entity):
    """The ``Region`` entity type.

    Entity set: ``Region``.
    """

    q: ClassVar[RegionFields] = RegionFields()
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
            process_listeners: int | None = _m.UNSET,
            code: str = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            country: Country | None = _m.UNSET,
            account_collection_by_region: list[Account] = _m.UNSET,
            city_collection_by_region: list[City] = _m.UNSET,
            contact_collection_by_region: list[Contact] = _m.UNSET,
            lead_collection_by_region: list[Lead] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class RegionSet(_c.EntitySet[Region, RegionFields]):
    """The entity set of ``Region`` (``client.region``)."""

    def create(
        self,
        entity: Region | None = None,
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
        process_listeners: int | None = _m.UNSET,
        code: str = _m.UNSET,
    ) -> Region:
        """Create a ``Region`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Region,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        code: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncRegionSet(_c.AsyncEntitySet[Region, RegionFields]):
    """The async entity set of ``Region`` (``client.region``)."""

    async def create(
        self,
        entity: Region | None = None,
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
        process_listeners: int | None = _m.UNSET,
        code: str = _m.UNSET,
    ) -> Region:
        """Create a ``Region`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Region,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        code: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
