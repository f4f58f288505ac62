"""The Terrasoft.Configuration.OData.Account entity type."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .account_type import AccountType
    from .activity import Activity
    from .case import Case
    from .city import City
    from .contact import Contact
    from .country import Country
    from .employee import Employee
    from .lead import Lead
    from .opportunity import Opportunity
    from .order import Order
    from .region import Region
    from .sys_image import SysImage
    from .usr_vehicle_lease import UsrVehicleLease


@attrs.define(kw_only=True, eq=False, repr=False)
class Account(_m.Entity):
    """The ``Account`` entity type.

    Entity set: ``Account``.
    """

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
