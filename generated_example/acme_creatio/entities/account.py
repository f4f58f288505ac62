"""The Terrasoft.Configuration.OData.Account entity type."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

import attrs

from .._runtime import entityset as _c
from .._runtime import fields as _q
from .._runtime import model as _m

if TYPE_CHECKING:
    import datetime
    import uuid
    from .account_type import AccountType, AccountTypeFields
    from .activity import Activity, ActivityFields
    from .case import Case, CaseFields
    from .city import City, CityFields
    from .contact import Contact, ContactFields
    from .country import Country, CountryFields
    from .employee import Employee, EmployeeFields
    from .lead import Lead, LeadFields
    from .opportunity import Opportunity, OpportunityFields
    from .order import Order, OrderFields
    from .region import Region, RegionFields
    from .sys_image import SysImage, SysImageFields
    from .usr_vehicle_lease import UsrVehicleLease, UsrVehicleLeaseFields


class AccountFields(_q.Fields):
    """The fields of ``Account``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    name: _q.StrField = _q.StrField("Name")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    primary_contact_id: _q.LookupField = _q.LookupField(
        "PrimaryContactId", "PrimaryContact", "Id"
    )
    parent_id: _q.LookupField = _q.LookupField("ParentId", "Parent", "Id")
    code: _q.StrField = _q.StrField("Code")
    type_id: _q.LookupField = _q.LookupField("TypeId", "Type", "Id")
    phone: _q.StrField = _q.StrField("Phone")
    additional_phone: _q.StrField = _q.StrField("AdditionalPhone")
    fax: _q.StrField = _q.StrField("Fax")
    web: _q.StrField = _q.StrField("Web")
    address: _q.StrField = _q.StrField("Address")
    city_id: _q.LookupField = _q.LookupField("CityId", "City", "Id")
    region_id: _q.LookupField = _q.LookupField("RegionId", "Region", "Id")
    zip: _q.StrField = _q.StrField("Zip")
    country_id: _q.LookupField = _q.LookupField("CountryId", "Country", "Id")
    notes: _q.StrField = _q.StrField("Notes")
    alternative_name: _q.StrField = _q.StrField("AlternativeName")
    gpsn: _q.StrField = _q.StrField("GPSN")
    gpse: _q.StrField = _q.StrField("GPSE")
    completeness: _q.IntField = _q.IntField("Completeness")
    account_logo_id: _q.LookupField = _q.LookupField(
        "AccountLogoId", "AccountLogo", "Id"
    )
    aum: _q.StrField = _q.StrField("AUM")
    lead_conversion_score: _q.IntField = _q.IntField("LeadConversionScore")
    usr_code_id: _q.LookupField = _q.LookupField("UsrCodeId", "UsrCode", "Id")
    owner: ContactFields = _q.nav(".entities.contact:ContactFields", "Owner")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    primary_contact: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "PrimaryContact"
    )
    parent: AccountFields = _q.nav(".entities.account:AccountFields", "Parent")
    type: AccountTypeFields = _q.nav(".entities.account_type:AccountTypeFields", "Type")
    city: CityFields = _q.nav(".entities.city:CityFields", "City")
    region: RegionFields = _q.nav(".entities.region:RegionFields", "Region")
    country: CountryFields = _q.nav(".entities.country:CountryFields", "Country")
    account_logo: SysImageFields = _q.nav(
        ".entities.sys_image:SysImageFields", "AccountLogo"
    )
    usr_code: LeadFields = _q.nav(".entities.lead:LeadFields", "UsrCode")
    account_collection_by_parent: AccountFields = _q.nav(
        ".entities.account:AccountFields", "AccountCollectionByParent", many=True
    )
    activity_collection_by_account: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityCollectionByAccount", many=True
    )
    case_collection_by_account: CaseFields = _q.nav(
        ".entities.case:CaseFields", "CaseCollectionByAccount", many=True
    )
    contact_collection_by_account: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "ContactCollectionByAccount", many=True
    )
    employee_collection_by_account: EmployeeFields = _q.nav(
        ".entities.employee:EmployeeFields", "EmployeeCollectionByAccount", many=True
    )
    lead_collection_by_qualified_account: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByQualifiedAccount", many=True
    )
    lead_collection_by_partner: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByPartner", many=True
    )
    opportunity_collection_by_account: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields",
        "OpportunityCollectionByAccount",
        many=True,
    )
    opportunity_collection_by_partner: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields",
        "OpportunityCollectionByPartner",
        many=True,
    )
    opportunity_collection_by_winner: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields",
        "OpportunityCollectionByWinner",
        many=True,
    )
    order_collection_by_account: OrderFields = _q.nav(
        ".entities.order:OrderFields", "OrderCollectionByAccount", many=True
    )
    usr_vehicle_lease_collection_by_usr_agent: UsrVehicleLeaseFields = _q.nav(
        ".entities.usr_vehicle_lease:UsrVehicleLeaseFields",
        "UsrVehicleLeaseCollectionByUsrAgent",
        many=True,
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Account(_m.Entity):
    """The ``Account`` entity type.

    Entity set: ``Account``.
    """

    q: ClassVar[AccountFields] = AccountFields()
    __odata_type__ = "Terrasoft.Configuration.OData.Account"
    __odata_key__ = ("Id",)
    __odata_set__ = "Account"
    id: uuid.UUID = _m.field("Id", "Guid")
    name: str = _m.field("Name", "String")
    owner_id: uuid.UUID | None = _m.field("OwnerId", "Guid")
    """Lookup to Contact (navigation ``owner``)."""
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    primary_contact_id: uuid.UUID | None = _m.field("PrimaryContactId", "Guid")
    """Lookup to Contact (navigation ``primary_contact``)."""
    parent_id: uuid.UUID | None = _m.field("ParentId", "Guid")
    """Lookup to Account (navigation ``parent``)."""
    code: str = _m.field("Code", "String")
    type_id: uuid.UUID | None = _m.field("TypeId", "Guid")
    """Lookup to AccountType (navigation ``type``)."""
    phone: str = _m.field("Phone", "String")
    additional_phone: str = _m.field("AdditionalPhone", "String")
    fax: str = _m.field("Fax", "String")
    web: str = _m.field("Web", "String")
    address: str = _m.field("Address", "String")
    city_id: uuid.UUID | None = _m.field("CityId", "Guid")
    """Lookup to City (navigation ``city``)."""
    region_id: uuid.UUID | None = _m.field("RegionId", "Guid")
    """Lookup to Region (navigation ``region``)."""
    zip: str = _m.field("Zip", "String")
    country_id: uuid.UUID | None = _m.field("CountryId", "Guid")
    """Lookup to Country (navigation ``country``)."""
    notes: str = _m.field("Notes", "String")
    alternative_name: str = _m.field("AlternativeName", "String")
    gpsn: str = _m.field("GPSN", "String")
    gpse: str = _m.field("GPSE", "String")
    completeness: int | None = _m.field("Completeness", "Int32")
    account_logo_id: uuid.UUID | None = _m.field("AccountLogoId", "Guid")
    """Lookup to SysImage (navigation ``account_logo``)."""
    aum: str = _m.field("AUM", "String")
    lead_conversion_score: int | None = _m.field("LeadConversionScore", "Int32")
    usr_code_id: uuid.UUID | None = _m.field("UsrCodeId", "Guid")
    """Lookup to Lead (navigation ``usr_code``).

    Custom column (Usr).
    """
    logo: _m.StreamRef = _m.field("Logo", "Stream")
    owner: Contact | None = _m.nav("Owner", "Contact")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    primary_contact: Contact | None = _m.nav("PrimaryContact", "Contact")
    parent: Account | None = _m.nav("Parent", "Account")
    type: AccountType | None = _m.nav("Type", "AccountType")
    city: City | None = _m.nav("City", "City")
    region: Region | None = _m.nav("Region", "Region")
    country: Country | None = _m.nav("Country", "Country")
    account_logo: SysImage | None = _m.nav("AccountLogo", "SysImage")
    usr_code: Lead | None = _m.nav("UsrCode", "Lead")
    account_collection_by_parent: list[Account] = _m.nav(
        "AccountCollectionByParent", "Account", many=True
    )
    activity_collection_by_account: list[Activity] = _m.nav(
        "ActivityCollectionByAccount", "Activity", many=True
    )
    case_collection_by_account: list[Case] = _m.nav(
        "CaseCollectionByAccount", "Case", many=True
    )
    contact_collection_by_account: list[Contact] = _m.nav(
        "ContactCollectionByAccount", "Contact", many=True
    )
    employee_collection_by_account: list[Employee] = _m.nav(
        "EmployeeCollectionByAccount", "Employee", many=True
    )
    lead_collection_by_qualified_account: list[Lead] = _m.nav(
        "LeadCollectionByQualifiedAccount", "Lead", many=True
    )
    lead_collection_by_partner: list[Lead] = _m.nav(
        "LeadCollectionByPartner", "Lead", many=True
    )
    opportunity_collection_by_account: list[Opportunity] = _m.nav(
        "OpportunityCollectionByAccount", "Opportunity", many=True
    )
    opportunity_collection_by_partner: list[Opportunity] = _m.nav(
        "OpportunityCollectionByPartner", "Opportunity", many=True
    )
    opportunity_collection_by_winner: list[Opportunity] = _m.nav(
        "OpportunityCollectionByWinner", "Opportunity", many=True
    )
    order_collection_by_account: list[Order] = _m.nav(
        "OrderCollectionByAccount", "Order", many=True
    )
    usr_vehicle_lease_collection_by_usr_agent: list[UsrVehicleLease] = _m.nav(
        "UsrVehicleLeaseCollectionByUsrAgent", "UsrVehicleLease", many=True
    )

    if not TYPE_CHECKING:  # see the runtime's model.py

        def __init__(
            self,
            *,
            id: uuid.UUID = _m.UNSET,
            name: str = _m.UNSET,
            owner_id: uuid.UUID | None = _m.UNSET,
            created_on: datetime.datetime | None = _m.UNSET,
            created_by_id: uuid.UUID | None = _m.UNSET,
            modified_on: datetime.datetime | None = _m.UNSET,
            modified_by_id: uuid.UUID | None = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            primary_contact_id: uuid.UUID | None = _m.UNSET,
            parent_id: uuid.UUID | None = _m.UNSET,
            code: str = _m.UNSET,
            type_id: uuid.UUID | None = _m.UNSET,
            phone: str = _m.UNSET,
            additional_phone: str = _m.UNSET,
            fax: str = _m.UNSET,
            web: str = _m.UNSET,
            address: str = _m.UNSET,
            city_id: uuid.UUID | None = _m.UNSET,
            region_id: uuid.UUID | None = _m.UNSET,
            zip: str = _m.UNSET,
            country_id: uuid.UUID | None = _m.UNSET,
            notes: str = _m.UNSET,
            alternative_name: str = _m.UNSET,
            gpsn: str = _m.UNSET,
            gpse: str = _m.UNSET,
            completeness: int | None = _m.UNSET,
            account_logo_id: uuid.UUID | None = _m.UNSET,
            aum: str = _m.UNSET,
            lead_conversion_score: int | None = _m.UNSET,
            usr_code_id: uuid.UUID | None = _m.UNSET,
            logo: _m.StreamRef = _m.UNSET,
            owner: Contact | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            primary_contact: Contact | None = _m.UNSET,
            parent: Account | None = _m.UNSET,
            type: AccountType | None = _m.UNSET,
            city: City | None = _m.UNSET,
            region: Region | None = _m.UNSET,
            country: Country | None = _m.UNSET,
            account_logo: SysImage | None = _m.UNSET,
            usr_code: Lead | None = _m.UNSET,
            account_collection_by_parent: list[Account] = _m.UNSET,
            activity_collection_by_account: list[Activity] = _m.UNSET,
            case_collection_by_account: list[Case] = _m.UNSET,
            contact_collection_by_account: list[Contact] = _m.UNSET,
            employee_collection_by_account: list[Employee] = _m.UNSET,
            lead_collection_by_qualified_account: list[Lead] = _m.UNSET,
            lead_collection_by_partner: list[Lead] = _m.UNSET,
            opportunity_collection_by_account: list[Opportunity] = _m.UNSET,
            opportunity_collection_by_partner: list[Opportunity] = _m.UNSET,
            opportunity_collection_by_winner: list[Opportunity] = _m.UNSET,
            order_collection_by_account: list[Order] = _m.UNSET,
            usr_vehicle_lease_collection_by_usr_agent: list[UsrVehicleLease] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class AccountSet(_c.EntitySet[Account, AccountFields]):
    """The entity set of ``Account`` (``client.account``)."""

    def create(
        self,
        entity: Account | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        name: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        primary_contact_id: uuid.UUID | None = _m.UNSET,
        parent_id: uuid.UUID | None = _m.UNSET,
        code: str = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        phone: str = _m.UNSET,
        additional_phone: str = _m.UNSET,
        fax: str = _m.UNSET,
        web: str = _m.UNSET,
        address: str = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        alternative_name: str = _m.UNSET,
        gpsn: str = _m.UNSET,
        gpse: str = _m.UNSET,
        completeness: int | None = _m.UNSET,
        account_logo_id: uuid.UUID | None = _m.UNSET,
        aum: str = _m.UNSET,
        lead_conversion_score: int | None = _m.UNSET,
        usr_code_id: uuid.UUID | None = _m.UNSET,
    ) -> Account:
        """Create a ``Account`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Account,
        /,
        *,
        name: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        primary_contact_id: uuid.UUID | None = _m.UNSET,
        parent_id: uuid.UUID | None = _m.UNSET,
        code: str = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        phone: str = _m.UNSET,
        additional_phone: str = _m.UNSET,
        fax: str = _m.UNSET,
        web: str = _m.UNSET,
        address: str = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        alternative_name: str = _m.UNSET,
        gpsn: str = _m.UNSET,
        gpse: str = _m.UNSET,
        completeness: int | None = _m.UNSET,
        account_logo_id: uuid.UUID | None = _m.UNSET,
        aum: str = _m.UNSET,
        lead_conversion_score: int | None = _m.UNSET,
        usr_code_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncAccountSet(_c.AsyncEntitySet[Account, AccountFields]):
    """The async entity set of ``Account`` (``client.account``)."""

    async def create(
        self,
        entity: Account | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        name: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        primary_contact_id: uuid.UUID | None = _m.UNSET,
        parent_id: uuid.UUID | None = _m.UNSET,
        code: str = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        phone: str = _m.UNSET,
        additional_phone: str = _m.UNSET,
        fax: str = _m.UNSET,
        web: str = _m.UNSET,
        address: str = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        alternative_name: str = _m.UNSET,
        gpsn: str = _m.UNSET,
        gpse: str = _m.UNSET,
        completeness: int | None = _m.UNSET,
        account_logo_id: uuid.UUID | None = _m.UNSET,
        aum: str = _m.UNSET,
        lead_conversion_score: int | None = _m.UNSET,
        usr_code_id: uuid.UUID | None = _m.UNSET,
    ) -> Account:
        """Create a ``Account`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Account,
        /,
        *,
        name: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        primary_contact_id: uuid.UUID | None = _m.UNSET,
        parent_id: uuid.UUID | None = _m.UNSET,
        code: str = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        phone: str = _m.UNSET,
        additional_phone: str = _m.UNSET,
        fax: str = _m.UNSET,
        web: str = _m.UNSET,
        address: str = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        alternative_name: str = _m.UNSET,
        gpsn: str = _m.UNSET,
        gpse: str = _m.UNSET,
        completeness: int | None = _m.UNSET,
        account_logo_id: uuid.UUID | None = _m.UNSET,
        aum: str = _m.UNSET,
        lead_conversion_score: int | None = _m.UNSET,
        usr_code_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
