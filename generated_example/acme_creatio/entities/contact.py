"""The Terrasoft.Configuration.OData.Contact entity type."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

import attrs

from .._runtime import entityset as _c
from .._runtime import fields as _q
from .._runtime import model as _m

if TYPE_CHECKING:
    import datetime
    import decimal
    import uuid
    from .account import Account, AccountFields
    from .activity import Activity, ActivityFields
    from .case import Case, CaseFields
    from .city import City, CityFields
    from .contact_type import ContactType, ContactTypeFields
    from .country import Country, CountryFields
    from .employee import Employee, EmployeeFields
    from .lead import Lead, LeadFields
    from .opportunity import Opportunity, OpportunityFields
    from .order import Order, OrderFields
    from .product import Product, ProductFields
    from .region import Region, RegionFields
    from .sys_image import SysImage, SysImageFields
    from .usr_vehicle_lease import UsrVehicleLease, UsrVehicleLeaseFields


class ContactFields(_q.Fields):
    """The fields of ``Contact``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    name: _q.StrField = _q.StrField("Name")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    dear: _q.StrField = _q.StrField("Dear")
    account_id: _q.LookupField = _q.LookupField("AccountId", "Account", "Id")
    type_id: _q.LookupField = _q.LookupField("TypeId", "Type", "Id")
    job_title: _q.StrField = _q.StrField("JobTitle")
    birth_date: _q.DateTimeField = _q.DateTimeField("BirthDate")
    phone: _q.StrField = _q.StrField("Phone")
    mobile_phone: _q.StrField = _q.StrField("MobilePhone")
    home_phone: _q.StrField = _q.StrField("HomePhone")
    skype: _q.StrField = _q.StrField("Skype")
    email: _q.StrField = _q.StrField("Email")
    address: _q.StrField = _q.StrField("Address")
    city_id: _q.LookupField = _q.LookupField("CityId", "City", "Id")
    region_id: _q.LookupField = _q.LookupField("RegionId", "Region", "Id")
    zip: _q.StrField = _q.StrField("Zip")
    country_id: _q.LookupField = _q.LookupField("CountryId", "Country", "Id")
    do_not_use_email: _q.BoolField = _q.BoolField("DoNotUseEmail")
    do_not_use_call: _q.BoolField = _q.BoolField("DoNotUseCall")
    do_not_use_fax: _q.BoolField = _q.BoolField("DoNotUseFax")
    do_not_use_sms: _q.BoolField = _q.BoolField("DoNotUseSms")
    do_not_use_mail: _q.BoolField = _q.BoolField("DoNotUseMail")
    notes: _q.StrField = _q.StrField("Notes")
    facebook: _q.StrField = _q.StrField("Facebook")
    linked_in: _q.StrField = _q.StrField("LinkedIn")
    twitter: _q.StrField = _q.StrField("Twitter")
    facebook_id: _q.StrField = _q.StrField("FacebookId")
    linked_in_id: _q.StrField = _q.StrField("LinkedInId")
    twitter_id: _q.StrField = _q.StrField("TwitterId")
    photo_id: _q.LookupField = _q.LookupField("PhotoId", "Photo", "Id")
    gpsn: _q.StrField = _q.StrField("GPSN")
    gpse: _q.StrField = _q.StrField("GPSE")
    surname: _q.StrField = _q.StrField("Surname")
    given_name: _q.StrField = _q.StrField("GivenName")
    middle_name: _q.StrField = _q.StrField("MiddleName")
    confirmed: _q.BoolField = _q.BoolField("Confirmed")
    is_non_actual_email: _q.BoolField = _q.BoolField("IsNonActualEmail")
    completeness: _q.IntField = _q.IntField("Completeness")
    age: _q.IntField = _q.IntField("Age")
    is_email_confirmed: _q.BoolField = _q.BoolField("IsEmailConfirmed")
    lead_conversion_score: _q.IntField = _q.IntField("LeadConversionScore")
    usr_tag: _q.IntField = _q.IntField("UsrTag")
    usr_source: _q.BoolField = _q.BoolField("UsrSource")
    usr_start_date: _q.DecimalField = _q.DecimalField("UsrStartDate")
    owner: ContactFields = _q.nav(".entities.contact:ContactFields", "Owner")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    account: AccountFields = _q.nav(".entities.account:AccountFields", "Account")
    type: ContactTypeFields = _q.nav(".entities.contact_type:ContactTypeFields", "Type")
    city: CityFields = _q.nav(".entities.city:CityFields", "City")
    region: RegionFields = _q.nav(".entities.region:RegionFields", "Region")
    country: CountryFields = _q.nav(".entities.country:CountryFields", "Country")
    photo: SysImageFields = _q.nav(".entities.sys_image:SysImageFields", "Photo")
    account_collection_by_owner: AccountFields = _q.nav(
        ".entities.account:AccountFields", "AccountCollectionByOwner", many=True
    )
    account_collection_by_primary_contact: AccountFields = _q.nav(
        ".entities.account:AccountFields",
        "AccountCollectionByPrimaryContact",
        many=True,
    )
    activity_collection_by_author: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityCollectionByAuthor", many=True
    )
    activity_collection_by_owner: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityCollectionByOwner", many=True
    )
    activity_collection_by_contact: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityCollectionByContact", many=True
    )
    activity_collection_by_organizer: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityCollectionByOrganizer", many=True
    )
    activity_collection_by_sender_contact: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields",
        "ActivityCollectionBySenderContact",
        many=True,
    )
    case_collection_by_owner: CaseFields = _q.nav(
        ".entities.case:CaseFields", "CaseCollectionByOwner", many=True
    )
    case_collection_by_contact: CaseFields = _q.nav(
        ".entities.case:CaseFields", "CaseCollectionByContact", many=True
    )
    case_collection_by_holder: CaseFields = _q.nav(
        ".entities.case:CaseFields", "CaseCollectionByHolder", many=True
    )
    contact_collection_by_owner: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "ContactCollectionByOwner", many=True
    )
    employee_collection_by_contact: EmployeeFields = _q.nav(
        ".entities.employee:EmployeeFields", "EmployeeCollectionByContact", many=True
    )
    employee_collection_by_owner: EmployeeFields = _q.nav(
        ".entities.employee:EmployeeFields", "EmployeeCollectionByOwner", many=True
    )
    lead_collection_by_qualified_contact: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByQualifiedContact", many=True
    )
    lead_collection_by_owner: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByOwner", many=True
    )
    lead_collection_by_sales_owner: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionBySalesOwner", many=True
    )
    lead_collection_by_partner_owner: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByPartnerOwner", many=True
    )
    opportunity_collection_by_owner: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields",
        "OpportunityCollectionByOwner",
        many=True,
    )
    opportunity_collection_by_contact: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields",
        "OpportunityCollectionByContact",
        many=True,
    )
    opportunity_collection_by_decision_maker: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields",
        "OpportunityCollectionByDecisionMaker",
        many=True,
    )
    order_collection_by_owner: OrderFields = _q.nav(
        ".entities.order:OrderFields", "OrderCollectionByOwner", many=True
    )
    order_collection_by_contact: OrderFields = _q.nav(
        ".entities.order:OrderFields", "OrderCollectionByContact", many=True
    )
    product_collection_by_owner: ProductFields = _q.nav(
        ".entities.product:ProductFields", "ProductCollectionByOwner", many=True
    )
    usr_vehicle_lease_collection_by_usr_rating_margin: UsrVehicleLeaseFields = _q.nav(
        ".entities.usr_vehicle_lease:UsrVehicleLeaseFields",
        "UsrVehicleLeaseCollectionByUsrRatingMargin",
        many=True,
    )
    usr_vehicle_lease_collection_by_usr_score_region: UsrVehicleLeaseFields = _q.nav(
        ".entities.usr_vehicle_lease:UsrVehicleLeaseFields",
        "UsrVehicleLeaseCollectionByUsrScoreRegion",
        many=True,
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Contact(_m.Entity):
    """The ``Contact`` entity type.

    Entity set: ``Contact``.
    """

    q: ClassVar[ContactFields] = ContactFields()
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
            dear: str = _m.UNSET,
            account_id: uuid.UUID | None = _m.UNSET,
            type_id: uuid.UUID | None = _m.UNSET,
            job_title: str = _m.UNSET,
            birth_date: datetime.datetime | None = _m.UNSET,
            phone: str = _m.UNSET,
            mobile_phone: str = _m.UNSET,
            home_phone: str = _m.UNSET,
            skype: str = _m.UNSET,
            email: str = _m.UNSET,
            address: str = _m.UNSET,
            city_id: uuid.UUID | None = _m.UNSET,
            region_id: uuid.UUID | None = _m.UNSET,
            zip: str = _m.UNSET,
            country_id: uuid.UUID | None = _m.UNSET,
            do_not_use_email: bool | None = _m.UNSET,
            do_not_use_call: bool | None = _m.UNSET,
            do_not_use_fax: bool | None = _m.UNSET,
            do_not_use_sms: bool | None = _m.UNSET,
            do_not_use_mail: bool | None = _m.UNSET,
            notes: str = _m.UNSET,
            facebook: str = _m.UNSET,
            linked_in: str = _m.UNSET,
            twitter: str = _m.UNSET,
            facebook_id: str = _m.UNSET,
            linked_in_id: str = _m.UNSET,
            twitter_id: str = _m.UNSET,
            photo_id: uuid.UUID | None = _m.UNSET,
            gpsn: str = _m.UNSET,
            gpse: str = _m.UNSET,
            surname: str = _m.UNSET,
            given_name: str = _m.UNSET,
            middle_name: str = _m.UNSET,
            confirmed: bool | None = _m.UNSET,
            is_non_actual_email: bool | None = _m.UNSET,
            completeness: int | None = _m.UNSET,
            age: int | None = _m.UNSET,
            is_email_confirmed: bool | None = _m.UNSET,
            lead_conversion_score: int | None = _m.UNSET,
            usr_tag: int | None = _m.UNSET,
            usr_source: bool | None = _m.UNSET,
            usr_start_date: decimal.Decimal | None = _m.UNSET,
            contact_photo: _m.StreamRef = _m.UNSET,
            owner: Contact | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            account: Account | None = _m.UNSET,
            type: ContactType | None = _m.UNSET,
            city: City | None = _m.UNSET,
            region: Region | None = _m.UNSET,
            country: Country | None = _m.UNSET,
            photo: SysImage | None = _m.UNSET,
            account_collection_by_owner: list[Account] = _m.UNSET,
            account_collection_by_primary_contact: list[Account] = _m.UNSET,
            activity_collection_by_author: list[Activity] = _m.UNSET,
            activity_collection_by_owner: list[Activity] = _m.UNSET,
            activity_collection_by_contact: list[Activity] = _m.UNSET,
            activity_collection_by_organizer: list[Activity] = _m.UNSET,
            activity_collection_by_sender_contact: list[Activity] = _m.UNSET,
            case_collection_by_owner: list[Case] = _m.UNSET,
            case_collection_by_contact: list[Case] = _m.UNSET,
            case_collection_by_holder: list[Case] = _m.UNSET,
            contact_collection_by_owner: list[Contact] = _m.UNSET,
            employee_collection_by_contact: list[Employee] = _m.UNSET,
            employee_collection_by_owner: list[Employee] = _m.UNSET,
            lead_collection_by_qualified_contact: list[Lead] = _m.UNSET,
            lead_collection_by_owner: list[Lead] = _m.UNSET,
            lead_collection_by_sales_owner: list[Lead] = _m.UNSET,
            lead_collection_by_partner_owner: list[Lead] = _m.UNSET,
            opportunity_collection_by_owner: list[Opportunity] = _m.UNSET,
            opportunity_collection_by_contact: list[Opportunity] = _m.UNSET,
            opportunity_collection_by_decision_maker: list[Opportunity] = _m.UNSET,
            order_collection_by_owner: list[Order] = _m.UNSET,
            order_collection_by_contact: list[Order] = _m.UNSET,
            product_collection_by_owner: list[Product] = _m.UNSET,
            usr_vehicle_lease_collection_by_usr_rating_margin: list[
                UsrVehicleLease
            ] = _m.UNSET,
            usr_vehicle_lease_collection_by_usr_score_region: list[
                UsrVehicleLease
            ] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class ContactSet(_c.EntitySet[Contact, ContactFields]):
    """The entity set of ``Contact`` (``client.contact``)."""

    def create(
        self,
        entity: Contact | None = None,
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
        dear: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        job_title: str = _m.UNSET,
        birth_date: datetime.datetime | None = _m.UNSET,
        phone: str = _m.UNSET,
        mobile_phone: str = _m.UNSET,
        home_phone: str = _m.UNSET,
        skype: str = _m.UNSET,
        email: str = _m.UNSET,
        address: str = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        do_not_use_email: bool | None = _m.UNSET,
        do_not_use_call: bool | None = _m.UNSET,
        do_not_use_fax: bool | None = _m.UNSET,
        do_not_use_sms: bool | None = _m.UNSET,
        do_not_use_mail: bool | None = _m.UNSET,
        notes: str = _m.UNSET,
        facebook: str = _m.UNSET,
        linked_in: str = _m.UNSET,
        twitter: str = _m.UNSET,
        facebook_id: str = _m.UNSET,
        linked_in_id: str = _m.UNSET,
        twitter_id: str = _m.UNSET,
        photo_id: uuid.UUID | None = _m.UNSET,
        gpsn: str = _m.UNSET,
        gpse: str = _m.UNSET,
        surname: str = _m.UNSET,
        given_name: str = _m.UNSET,
        middle_name: str = _m.UNSET,
        confirmed: bool | None = _m.UNSET,
        is_non_actual_email: bool | None = _m.UNSET,
        completeness: int | None = _m.UNSET,
        age: int | None = _m.UNSET,
        is_email_confirmed: bool | None = _m.UNSET,
        lead_conversion_score: int | None = _m.UNSET,
        usr_tag: int | None = _m.UNSET,
        usr_source: bool | None = _m.UNSET,
        usr_start_date: decimal.Decimal | None = _m.UNSET,
    ) -> Contact:
        """Create a ``Contact`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Contact,
        /,
        *,
        name: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        dear: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        job_title: str = _m.UNSET,
        birth_date: datetime.datetime | None = _m.UNSET,
        phone: str = _m.UNSET,
        mobile_phone: str = _m.UNSET,
        home_phone: str = _m.UNSET,
        skype: str = _m.UNSET,
        email: str = _m.UNSET,
        address: str = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        do_not_use_email: bool | None = _m.UNSET,
        do_not_use_call: bool | None = _m.UNSET,
        do_not_use_fax: bool | None = _m.UNSET,
        do_not_use_sms: bool | None = _m.UNSET,
        do_not_use_mail: bool | None = _m.UNSET,
        notes: str = _m.UNSET,
        facebook: str = _m.UNSET,
        linked_in: str = _m.UNSET,
        twitter: str = _m.UNSET,
        facebook_id: str = _m.UNSET,
        linked_in_id: str = _m.UNSET,
        twitter_id: str = _m.UNSET,
        photo_id: uuid.UUID | None = _m.UNSET,
        gpsn: str = _m.UNSET,
        gpse: str = _m.UNSET,
        surname: str = _m.UNSET,
        given_name: str = _m.UNSET,
        middle_name: str = _m.UNSET,
        confirmed: bool | None = _m.UNSET,
        is_non_actual_email: bool | None = _m.UNSET,
        completeness: int | None = _m.UNSET,
        age: int | None = _m.UNSET,
        is_email_confirmed: bool | None = _m.UNSET,
        lead_conversion_score: int | None = _m.UNSET,
        usr_tag: int | None = _m.UNSET,
        usr_source: bool | None = _m.UNSET,
        usr_start_date: decimal.Decimal | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncContactSet(_c.AsyncEntitySet[Contact, ContactFields]):
    """The async entity set of ``Contact`` (``client.contact``)."""

    async def create(
        self,
        entity: Contact | None = None,
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
        dear: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        job_title: str = _m.UNSET,
        birth_date: datetime.datetime | None = _m.UNSET,
        phone: str = _m.UNSET,
        mobile_phone: str = _m.UNSET,
        home_phone: str = _m.UNSET,
        skype: str = _m.UNSET,
        email: str = _m.UNSET,
        address: str = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        do_not_use_email: bool | None = _m.UNSET,
        do_not_use_call: bool | None = _m.UNSET,
        do_not_use_fax: bool | None = _m.UNSET,
        do_not_use_sms: bool | None = _m.UNSET,
        do_not_use_mail: bool | None = _m.UNSET,
        notes: str = _m.UNSET,
        facebook: str = _m.UNSET,
        linked_in: str = _m.UNSET,
        twitter: str = _m.UNSET,
        facebook_id: str = _m.UNSET,
        linked_in_id: str = _m.UNSET,
        twitter_id: str = _m.UNSET,
        photo_id: uuid.UUID | None = _m.UNSET,
        gpsn: str = _m.UNSET,
        gpse: str = _m.UNSET,
        surname: str = _m.UNSET,
        given_name: str = _m.UNSET,
        middle_name: str = _m.UNSET,
        confirmed: bool | None = _m.UNSET,
        is_non_actual_email: bool | None = _m.UNSET,
        completeness: int | None = _m.UNSET,
        age: int | None = _m.UNSET,
        is_email_confirmed: bool | None = _m.UNSET,
        lead_conversion_score: int | None = _m.UNSET,
        usr_tag: int | None = _m.UNSET,
        usr_source: bool | None = _m.UNSET,
        usr_start_date: decimal.Decimal | None = _m.UNSET,
    ) -> Contact:
        """Create a ``Contact`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Contact,
        /,
        *,
        name: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        dear: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        job_title: str = _m.UNSET,
        birth_date: datetime.datetime | None = _m.UNSET,
        phone: str = _m.UNSET,
        mobile_phone: str = _m.UNSET,
        home_phone: str = _m.UNSET,
        skype: str = _m.UNSET,
        email: str = _m.UNSET,
        address: str = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        do_not_use_email: bool | None = _m.UNSET,
        do_not_use_call: bool | None = _m.UNSET,
        do_not_use_fax: bool | None = _m.UNSET,
        do_not_use_sms: bool | None = _m.UNSET,
        do_not_use_mail: bool | None = _m.UNSET,
        notes: str = _m.UNSET,
        facebook: str = _m.UNSET,
        linked_in: str = _m.UNSET,
        twitter: str = _m.UNSET,
        facebook_id: str = _m.UNSET,
        linked_in_id: str = _m.UNSET,
        twitter_id: str = _m.UNSET,
        photo_id: uuid.UUID | None = _m.UNSET,
        gpsn: str = _m.UNSET,
        gpse: str = _m.UNSET,
        surname: str = _m.UNSET,
        given_name: str = _m.UNSET,
        middle_name: str = _m.UNSET,
        confirmed: bool | None = _m.UNSET,
        is_non_actual_email: bool | None = _m.UNSET,
        completeness: int | None = _m.UNSET,
        age: int | None = _m.UNSET,
        is_email_confirmed: bool | None = _m.UNSET,
        lead_conversion_score: int | None = _m.UNSET,
        usr_tag: int | None = _m.UNSET,
        usr_source: bool | None = _m.UNSET,
        usr_start_date: decimal.Decimal | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
