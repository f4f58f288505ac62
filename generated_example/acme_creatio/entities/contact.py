"""The Terrasoft.Configuration.OData.Contact entity type."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .account import Account
    from .activity import Activity
    from .case import Case
    from .city import City
    from .contact_type import ContactType
    from .country import Country
    from .employee import Employee
    from .lead import Lead
    from .opportunity import Opportunity
    from .order import Order
    from .product import Product
    from .region import Region
    from .sys_image import SysImage
    from .usr_vehicle_lease import UsrVehicleLease


@attrs.define(kw_only=True, eq=False, repr=False)
class Contact(_m.Entity):
    """The ``Contact`` entity type.

    Entity set: ``Contact``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.Contact"
    __odata_key__ = ("Id",)
    __odata_set__ = "Contact"
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
    dear: str = _m.field("Dear", "String")
    account_id: uuid.UUID | None = _m.field("AccountId", "Guid")
    """Lookup to Account (navigation ``account``)."""
    type_id: uuid.UUID | None = _m.field("TypeId", "Guid")
    """Lookup to ContactType (navigation ``type``)."""
    job_title: str = _m.field("JobTitle", "String")
    birth_date: datetime.datetime | None = _m.field("BirthDate", "DateTimeOffset")
    phone: str = _m.field("Phone", "String")
    mobile_phone: str = _m.field("MobilePhone", "String")
    home_phone: str = _m.field("HomePhone", "String")
    skype: str = _m.field("Skype", "String")
    email: str = _m.field("Email", "String")
    address: str = _m.field("Address", "String")
    city_id: uuid.UUID | None = _m.field("CityId", "Guid")
    """Lookup to City (navigation ``city``)."""
    region_id: uuid.UUID | None = _m.field("RegionId", "Guid")
    """Lookup to Region (navigation ``region``)."""
    zip: str = _m.field("Zip", "String")
    country_id: uuid.UUID | None = _m.field("CountryId", "Guid")
    """Lookup to Country (navigation ``country``)."""
    do_not_use_email: bool | None = _m.field("DoNotUseEmail", "Boolean")
    do_not_use_call: bool | None = _m.field("DoNotUseCall", "Boolean")
    do_not_use_fax: bool | None = _m.field("DoNotUseFax", "Boolean")
    do_not_use_sms: bool | None = _m.field("DoNotUseSms", "Boolean")
    do_not_use_mail: bool | None = _m.field("DoNotUseMail", "Boolean")
    notes: str = _m.field("Notes", "String")
    facebook: str = _m.field("Facebook", "String")
    linked_in: str = _m.field("LinkedIn", "String")
    twitter: str = _m.field("Twitter", "String")
    facebook_id: str = _m.field("FacebookId", "String")
    linked_in_id: str = _m.field("LinkedInId", "String")
    twitter_id: str = _m.field("TwitterId", "String")
    photo_id: uuid.UUID | None = _m.field("PhotoId", "Guid")
    """Lookup to SysImage (navigation ``photo``)."""
    gpsn: str = _m.field("GPSN", "String")
    gpse: str = _m.field("GPSE", "String")
    surname: str = _m.field("Surname", "String")
    given_name: str = _m.field("GivenName", "String")
    middle_name: str = _m.field("MiddleName", "String")
    confirmed: bool | None = _m.field("Confirmed", "Boolean")
    is_non_actual_email: bool | None = _m.field("IsNonActualEmail", "Boolean")
    completeness: int | None = _m.field("Completeness", "Int32")
    age: int | None = _m.field("Age", "Int32")
    is_email_confirmed: bool | None = _m.field("IsEmailConfirmed", "Boolean")
    lead_conversion_score: int | None = _m.field("LeadConversionScore", "Int32")
    usr_tag: int | None = _m.field("UsrTag", "Int32")
    """Custom column (Usr)."""
    usr_source: bool | None = _m.field("UsrSource", "Boolean")
    """Custom column (Usr)."""
    usr_start_date: decimal.Decimal | None = _m.field("UsrStartDate", "Decimal")
    """Custom column (Usr)."""
    contact_photo: _m.StreamRef = _m.field("ContactPhoto", "Stream")
    owner: Contact | None = _m.nav("Owner", "Contact")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    account: Account | None = _m.nav("Account", "Account")
    type: ContactType | None = _m.nav("Type", "ContactType")
    city: City | None = _m.nav("City", "City")
    region: Region | None = _m.nav("Region", "Region")
    country: Country | None = _m.nav("Country", "Country")
    photo: SysImage | None = _m.nav("Photo", "SysImage")
    account_collection_by_owner: list[Account] = _m.nav(
        "AccountCollectionByOwner", "Account", many=True
    )
    account_collection_by_primary_contact: list[Account] = _m.nav(
        "AccountCollectionByPrimaryContact", "Account", many=True
    )
    activity_collection_by_author: list[Activity] = _m.nav(
        "ActivityCollectionByAuthor", "Activity", many=True
    )
    activity_collection_by_owner: list[Activity] = _m.nav(
        "ActivityCollectionByOwner", "Activity", many=True
    )
    activity_collection_by_contact: list[Activity] = _m.nav(
        "ActivityCollectionByContact", "Activity", many=True
    )
    activity_collection_by_organizer: list[Activity] = _m.nav(
        "ActivityCollectionByOrganizer", "Activity", many=True
    )
    activity_collection_by_sender_contact: list[Activity] = _m.nav(
        "ActivityCollectionBySenderContact", "Activity", many=True
    )
    case_collection_by_owner: list[Case] = _m.nav(
        "CaseCollectionByOwner", "Case", many=True
    )
    case_collection_by_contact: list[Case] = _m.nav(
        "CaseCollectionByContact", "Case", many=True
    )
    case_collection_by_holder: list[Case] = _m.nav(
        "CaseCollectionByHolder", "Case", many=True
    )
    contact_collection_by_owner: list[Contact] = _m.nav(
        "ContactCollectionByOwner", "Contact", many=True
    )
    employee_collection_by_contact: list[Employee] = _m.nav(
        "EmployeeCollectionByContact", "Employee", many=True
    )
    employee_collection_by_owner: list[Employee] = _m.nav(
        "EmployeeCollectionByOwner", "Employee", many=True
    )
    lead_collection_by_qualified_contact: list[Lead] = _m.nav(
        "LeadCollectionByQualifiedContact", "Lead", many=True
    )
    lead_collection_by_owner: list[Lead] = _m.nav(
        "LeadCollectionByOwner", "Lead", many=True
    )
    lead_collection_by_sales_owner: list[Lead] = _m.nav(
        "LeadCollectionBySalesOwner", "Lead", many=True
    )
    lead_collection_by_partner_owner: list[Lead] = _m.nav(
        "LeadCollectionByPartnerOwner", "Lead", many=True
    )
    opportunity_collection_by_owner: list[Opportunity] = _m.nav(
        "OpportunityCollectionByOwner", "Opportunity", many=True
    )
    opportunity_collection_by_contact: list[Opportunity] = _m.nav(
        "OpportunityCollectionByContact", "Opportunity", many=True
    )
    opportunity_collection_by_decision_maker: list[Opportunity] = _m.nav(
        "OpportunityCollectionByDecisionMaker", "Opportunity", many=True
    )
    order_collection_by_owner: list[Order] = _m.nav(
        "OrderCollectionByOwner", "Order", many=True
    )
    order_collection_by_contact: list[Order] = _m.nav(
        "OrderCollectionByContact", "Order", many=True
    )
    product_collection_by_owner: list[Product] = _m.nav(
        "ProductCollectionByOwner", "Product", many=True
    )
    usr_vehicle_lease_collection_by_usr_rating_margin: list[UsrVehicleLease] = _m.nav(
        "UsrVehicleLeaseCollectionByUsrRatingMargin", "UsrVehicleLease", many=True
    )
    usr_vehicle_lease_collection_by_usr_score_region: list[UsrVehicleLease] = _m.nav(
        "UsrVehicleLeaseCollectionByUsrScoreRegion", "UsrVehicleLease", many=True
    )
