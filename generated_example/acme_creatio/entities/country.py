"""The Terrasoft.Configuration.OData.Country entity type."""

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
    from .lead import Lead, LeadFields
    from .region import Region, RegionFields


class CountryFields(_q.Fields):
    """The fields of ``Country``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    name: _q.StrField = _q.StrField("Name")
    description: _q.StrField = _q.StrField("Description")
    billing_info: _q.StrField = _q.StrField("BillingInfo")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    code: _q.StrField = _q.StrField("Code")
    alpha2_code: _q.StrField = _q.StrField("Alpha2Code")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    account_collection_by_country: AccountFields = _q.nav(
        ".entities.account:AccountFields", "AccountCollectionByCountry", many=True
    )
    city_collection_by_country: CityFields = _q.nav(
        ".entities.city:CityFields", "CityCollectionByCountry", many=True
    )
    contact_collection_by_country: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "ContactCollectionByCountry", many=True
    )
    lead_collection_by_country: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByCountry", many=True
    )
    region_collection_by_country: RegionFields = _q.nav(
        ".entities.region:RegionFields", "RegionCollectionByCountry", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Country(_m.Entity):
    """The ``Country`` entity type.

    Entity set: ``Country``.
    """

    q: ClassVar[CountryFields] = CountryFields()
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
            billing_info: str = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            code: str = _m.UNSET,
            alpha2_code: str = _m.UNSET,
            image: _m.StreamRef = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            account_collection_by_country: list[Account] = _m.UNSET,
            city_collection_by_country: list[City] = _m.UNSET,
            contact_collection_by_country: list[Contact] = _m.UNSET,
            lead_collection_by_country: list[Lead] = _m.UNSET,
            region_collection_by_country: list[Region] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class CountrySet(_c.EntitySet[Country, CountryFields]):
    """The entity set of ``Country`` (``client.country``)."""

    def create(
        self,
        entity: Country | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        billing_info: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        code: str = _m.UNSET,
        alpha2_code: str = _m.UNSET,
    ) -> Country:
        """Create a ``Country`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Country,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        billing_info: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        code: str = _m.UNSET,
        alpha2_code: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncCountrySet(_c.AsyncEntitySet[Country, CountryFields]):
    """The async entity set of ``Country`` (``client.country``)."""

    async def create(
        self,
        entity: Country | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        billing_info: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        code: str = _m.UNSET,
        alpha2_code: str = _m.UNSET,
    ) -> Country:
        """Create a ``Country`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Country,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        billing_info: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        code: str = _m.UNSET,
        alpha2_code: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
