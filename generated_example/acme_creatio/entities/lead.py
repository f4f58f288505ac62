"""The Terrasoft.Configuration.OData.Lead entity type."""

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
    from .city import City, CityFields
    from .contact import Contact, ContactFields
    from .country import Country, CountryFields
    from .opportunity import Opportunity, OpportunityFields
    from .order import Order, OrderFields
    from .region import Region, RegionFields
    from .usr_vehicle_lease import UsrVehicleLease, UsrVehicleLeaseFields


class LeadFields(_q.Fields):
    """The fields of ``Lead``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    notes: _q.StrField = _q.StrField("Notes")
    account: _q.StrField = _q.StrField("Account")
    contact: _q.StrField = _q.StrField("Contact")
    full_job_title: _q.StrField = _q.StrField("FullJobTitle")
    busines_phone: _q.StrField = _q.StrField("BusinesPhone")
    mobile_phone: _q.StrField = _q.StrField("MobilePhone")
    email: _q.StrField = _q.StrField("Email")
    fax: _q.StrField = _q.StrField("Fax")
    website: _q.StrField = _q.StrField("Website")
    country_id: _q.LookupField = _q.LookupField("CountryId", "Country", "Id")
    region_id: _q.LookupField = _q.LookupField("RegionId", "Region", "Id")
    city_id: _q.LookupField = _q.LookupField("CityId", "City", "Id")
    zip: _q.StrField = _q.StrField("Zip")
    address: _q.StrField = _q.StrField("Address")
    do_not_use_email: _q.BoolField = _q.BoolField("DoNotUseEmail")
    do_not_use_phone: _q.BoolField = _q.BoolField("DoNotUsePhone")
    do_not_use_fax: _q.BoolField = _q.BoolField("DoNotUseFax")
    do_not_use_sms: _q.BoolField = _q.BoolField("DoNotUseSMS")
    do_not_use_mail: _q.BoolField = _q.BoolField("DoNotUseMail")
    commentary: _q.StrField = _q.StrField("Commentary")
    qualified_contact_id: _q.LookupField = _q.LookupField(
        "QualifiedContactId", "QualifiedContact", "Id"
    )
    qualified_account_id: _q.LookupField = _q.LookupField(
        "QualifiedAccountId", "QualifiedAccount", "Id"
    )
    lead_name: _q.StrField = _q.StrField("LeadName")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    country_str: _q.StrField = _q.StrField("CountryStr")
    region_str: _q.StrField = _q.StrField("RegionStr")
    city_str: _q.StrField = _q.StrField("CityStr")
    dear: _q.StrField = _q.StrField("Dear")
    qualification_process_id: _q.GuidField = _q.GuidField("QualificationProcessId")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    remind_to_owner: _q.BoolField = _q.BoolField("RemindToOwner")
    sales_owner_id: _q.LookupField = _q.LookupField("SalesOwnerId", "SalesOwner", "Id")
    budget: _q.DecimalField = _q.DecimalField("Budget")
    meeting_date: _q.DateTimeField = _q.DateTimeField("MeetingDate")
    decision_date: _q.DateTimeField = _q.DateTimeField("DecisionDate")
    show_distribution_page: _q.BoolField = _q.BoolField("ShowDistributionPage")
    bpm_href: _q.StrField = _q.StrField("BpmHref")
    bpm_ref: _q.StrField = _q.StrField("BpmRef")
    identification_passed: _q.BoolField = _q.BoolField("IdentificationPassed")
    qualified: _q.IntField = _q.IntField("Qualified")
    sale_participant: _q.IntField = _q.IntField("SaleParticipant")
    qualified_percent: _q.DecimalField = _q.DecimalField("QualifiedPercent")
    sale_percent: _q.DecimalField = _q.DecimalField("SalePercent")
    start_lead_management_process: _q.BoolField = _q.BoolField(
        "StartLeadManagementProcess"
    )
    sale_type: _q.StrField = _q.StrField("SaleType")
    score: _q.DecimalField = _q.DecimalField("Score")
    qualification_passed: _q.BoolField = _q.BoolField("QualificationPassed")
    next_actualization_date: _q.DateTimeField = _q.DateTimeField(
        "NextActualizationDate"
    )
    bpm_session_id: _q.GuidField = _q.GuidField("BpmSessionId")
    predictive_score: _q.IntField = _q.IntField("PredictiveScore")
    moved_to_final_state_on: _q.DateTimeField = _q.DateTimeField("MovedToFinalStateOn")
    opportunity_id: _q.LookupField = _q.LookupField(
        "OpportunityId", "Opportunity", "Id"
    )
    partner_id: _q.LookupField = _q.LookupField("PartnerId", "Partner", "Id")
    partner_owner_id: _q.LookupField = _q.LookupField(
        "PartnerOwnerId", "PartnerOwner", "Id"
    )
    utm_campaign_str: _q.StrField = _q.StrField("UtmCampaignStr")
    utm_source_str: _q.StrField = _q.StrField("UtmSourceStr")
    utm_medium_str: _q.StrField = _q.StrField("UtmMediumStr")
    utm_content_str: _q.StrField = _q.StrField("UtmContentStr")
    utm_term_str: _q.StrField = _q.StrField("UtmTermStr")
    product_suggestions: _q.StrField = _q.StrField("ProductSuggestions")
    business_case: _q.StrField = _q.StrField("BusinessCase")
    closing_details: _q.StrField = _q.StrField("ClosingDetails")
    social_metadata: _q.StrField = _q.StrField("SocialMetadata")
    order_id: _q.LookupField = _q.LookupField("OrderId", "Order", "Id")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    country: CountryFields = _q.nav(".entities.country:CountryFields", "Country")
    region: RegionFields = _q.nav(".entities.region:RegionFields", "Region")
    city: CityFields = _q.nav(".entities.city:CityFields", "City")
    qualified_contact: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "QualifiedContact"
    )
    qualified_account: AccountFields = _q.nav(
        ".entities.account:AccountFields", "QualifiedAccount"
    )
    owner: ContactFields = _q.nav(".entities.contact:ContactFields", "Owner")
    sales_owner: ContactFields = _q.nav(".entities.contact:ContactFields", "SalesOwner")
    opportunity: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields", "Opportunity"
    )
    partner: AccountFields = _q.nav(".entities.account:AccountFields", "Partner")
    partner_owner: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "PartnerOwner"
    )
    order: OrderFields = _q.nav(".entities.order:OrderFields", "Order")
    account_collection_by_usr_code: AccountFields = _q.nav(
        ".entities.account:AccountFields", "AccountCollectionByUsrCode", many=True
    )
    activity_collection_by_lead: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityCollectionByLead", many=True
    )
    activity_collection_by_usr_hash_comment: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields",
        "ActivityCollectionByUsrHashComment",
        many=True,
    )
    usr_vehicle_lease_collection_by_usr_rating_color: UsrVehicleLeaseFields = _q.nav(
        ".entities.usr_vehicle_lease:UsrVehicleLeaseFields",
        "UsrVehicleLeaseCollectionByUsrRatingColor",
        many=True,
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Lead(_m.Entity):
    """The ``Lead`` entity type.

    Entity set: ``Lead``.
    """

    q: ClassVar[LeadFields] = LeadFields()
    __odata_type__ = "Terrasoft.Configuration.OData.Lead"
    __odata_key__ = ("Id",)
    __odata_set__ = "Lead"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    notes: str = _m.field("Notes", "String")
    account: str = _m.field("Account", "String")
    contact: str = _m.field("Contact", "String")
    full_job_title: str = _m.field("FullJobTitle", "String")
    busines_phone: str = _m.field("BusinesPhone", "String")
    mobile_phone: str = _m.field("MobilePhone", "String")
    email: str = _m.field("Email", "String")
    fax: str = _m.field("Fax", "String")
    website: str = _m.field("Website", "String")
    country_id: uuid.UUID | None = _m.field("CountryId", "Guid")
    """Lookup to Country (navigation ``country``)."""
    region_id: uuid.UUID | None = _m.field("RegionId", "Guid")
    """Lookup to Region (navigation ``region``)."""
    city_id: uuid.UUID | None = _m.field("CityId", "Guid")
    """Lookup to City (navigation ``city``)."""
    zip: str = _m.field("Zip", "String")
    address: str = _m.field("Address", "String")
    do_not_use_email: bool | None = _m.field("DoNotUseEmail", "Boolean")
    do_not_use_phone: bool | None = _m.field("DoNotUsePhone", "Boolean")
    do_not_use_fax: bool | None = _m.field("DoNotUseFax", "Boolean")
    do_not_use_sms: bool | None = _m.field("DoNotUseSMS", "Boolean")
    do_not_use_mail: bool | None = _m.field("DoNotUseMail", "Boolean")
    commentary: str = _m.field("Commentary", "String")
    qualified_contact_id: uuid.UUID | None = _m.field("QualifiedContactId", "Guid")
    """Lookup to Contact (navigation ``qualified_contact``)."""
    qualified_account_id: uuid.UUID | None = _m.field("QualifiedAccountId", "Guid")
    """Lookup to Account (navigation ``qualified_account``)."""
    lead_name: str = _m.field("LeadName", "String")
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    country_str: str = _m.field("CountryStr", "String")
    region_str: str = _m.field("RegionStr", "String")
    city_str: str = _m.field("CityStr", "String")
    dear: str = _m.field("Dear", "String")
    qualification_process_id: uuid.UUID | None = _m.field(
        "QualificationProcessId", "Guid"
    )
    owner_id: uuid.UUID | None = _m.field("OwnerId", "Guid")
    """Lookup to Contact (navigation ``owner``)."""
    remind_to_owner: bool | None = _m.field("RemindToOwner", "Boolean")
    sales_owner_id: uuid.UUID | None = _m.field("SalesOwnerId", "Guid")
    """Lookup to Contact (navigation ``sales_owner``)."""
    budget: decimal.Decimal | None = _m.field("Budget", "Decimal")
    meeting_date: datetime.datetime | None = _m.field("MeetingDate", "DateTimeOffset")
    decision_date: datetime.datetime | None = _m.field("DecisionDate", "DateTimeOffset")
    show_distribution_page: bool | None = _m.field("ShowDistributionPage", "Boolean")
    bpm_href: str = _m.field("BpmHref", "String")
    bpm_ref: str = _m.field("BpmRef", "String")
    identification_passed: bool | None = _m.field("IdentificationPassed", "Boolean")
    qualified: int | None = _m.field("Qualified", "Int32")
    sale_participant: int | None = _m.field("SaleParticipant", "Int32")
    qualified_percent: decimal.Decimal | None = _m.field("QualifiedPercent", "Decimal")
    sale_percent: decimal.Decimal | None = _m.field("SalePercent", "Decimal")
    start_lead_management_process: bool | None = _m.field(
        "StartLeadManagementProcess", "Boolean"
    )
    sale_type: str = _m.field("SaleType", "String")
    score: decimal.Decimal | None = _m.field("Score", "Decimal")
    qualification_passed: bool | None = _m.field("QualificationPassed", "Boolean")
    next_actualization_date: datetime.datetime | None = _m.field(
        "NextActualizationDate", "DateTimeOffset"
    )
    bpm_session_id: uuid.UUID | None = _m.field("BpmSessionId", "Guid")
    predictive_score: int | None = _m.field("PredictiveScore", "Int32")
    moved_to_final_state_on: datetime.datetime | None = _m.field(
        "MovedToFinalStateOn", "DateTimeOffset"
    )
    opportunity_id: uuid.UUID | None = _m.field("OpportunityId", "Guid")
    """Lookup to Opportunity (navigation ``opportunity``)."""
    partner_id: uuid.UUID | None = _m.field("PartnerId", "Guid")
    """Lookup to Account (navigation ``partner``)."""
    partner_owner_id: uuid.UUID | None = _m.field("PartnerOwnerId", "Guid")
    """Lookup to Contact (navigation ``partner_owner``)."""
    utm_campaign_str: str = _m.field("UtmCampaignStr", "String")
    utm_source_str: str = _m.field("UtmSourceStr", "String")
    utm_medium_str: str = _m.field("UtmMediumStr", "String")
    utm_content_str: str = _m.field("UtmContentStr", "String")
    utm_term_str: str = _m.field("UtmTermStr", "String")
    product_suggestions: str = _m.field("ProductSuggestions", "String")
    business_case: str = _m.field("BusinessCase", "String")
    closing_details: str = _m.field("ClosingDetails", "String")
    social_metadata: str = _m.field("SocialMetadata", "String")
    order_id: uuid.UUID | None = _m.field("OrderId", "Guid")
    """Lookup to Order (navigation ``order``)."""
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    country: Country | None = _m.nav("Country", "Country")
    region: Region | None = _m.nav("Region", "Region")
    city: City | None = _m.nav("City", "City")
    qualified_contact: Contact | None = _m.nav("QualifiedContact", "Contact")
    qualified_account: Account | None = _m.nav("QualifiedAccount", "Account")
    owner: Contact | None = _m.nav("Owner", "Contact")
    sales_owner: Contact | None = _m.nav("SalesOwner", "Contact")
    opportunity: Opportunity | None = _m.nav("Opportunity", "Opportunity")
    partner: Account | None = _m.nav("Partner", "Account")
    partner_owner: Contact | None = _m.nav("PartnerOwner", "Contact")
    order: Order | None = _m.nav("Order", "Order")
    account_collection_by_usr_code: list[Account] = _m.nav(
        "AccountCollectionByUsrCode", "Account", many=True
    )
    activity_collection_by_lead: list[Activity] = _m.nav(
        "ActivityCollectionByLead", "Activity", many=True
    )
    activity_collection_by_usr_hash_comment: list[Activity] = _m.nav(
        "ActivityCollectionByUsrHashComment", "Activity", many=True
    )
    usr_vehicle_lease_collection_by_usr_rating_color: list[UsrVehicleLease] = _m.nav(
        "UsrVehicleLeaseCollectionByUsrRatingColor", "UsrVehicleLease", many=True
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
            notes: str = _m.UNSET,
            account: str = _m.UNSET,
            contact: str = _m.UNSET,
            full_job_title: str = _m.UNSET,
            busines_phone: str = _m.UNSET,
            mobile_phone: str = _m.UNSET,
            email: str = _m.UNSET,
            fax: str = _m.UNSET,
            website: str = _m.UNSET,
            country_id: uuid.UUID | None = _m.UNSET,
            region_id: uuid.UUID | None = _m.UNSET,
            city_id: uuid.UUID | None = _m.UNSET,
            zip: str = _m.UNSET,
            address: str = _m.UNSET,
            do_not_use_email: bool | None = _m.UNSET,
            do_not_use_phone: bool | None = _m.UNSET,
            do_not_use_fax: bool | None = _m.UNSET,
            do_not_use_sms: bool | None = _m.UNSET,
            do_not_use_mail: bool | None = _m.UNSET,
            commentary: str = _m.UNSET,
            qualified_contact_id: uuid.UUID | None = _m.UNSET,
            qualified_account_id: uuid.UUID | None = _m.UNSET,
            lead_name: str = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            country_str: str = _m.UNSET,
            region_str: str = _m.UNSET,
            city_str: str = _m.UNSET,
            dear: str = _m.UNSET,
            qualification_process_id: uuid.UUID | None = _m.UNSET,
            owner_id: uuid.UUID | None = _m.UNSET,
            remind_to_owner: bool | None = _m.UNSET,
            sales_owner_id: uuid.UUID | None = _m.UNSET,
            budget: decimal.Decimal | None = _m.UNSET,
            meeting_date: datetime.datetime | None = _m.UNSET,
            decision_date: datetime.datetime | None = _m.UNSET,
            show_distribution_page: bool | None = _m.UNSET,
            bpm_href: str = _m.UNSET,
            bpm_ref: str = _m.UNSET,
            identification_passed: bool | None = _m.UNSET,
            qualified: int | None = _m.UNSET,
            sale_participant: int | None = _m.UNSET,
            qualified_percent: decimal.Decimal | None = _m.UNSET,
            sale_percent: decimal.Decimal | None = _m.UNSET,
            start_lead_management_process: bool | None = _m.UNSET,
            sale_type: str = _m.UNSET,
            score: decimal.Decimal | None = _m.UNSET,
            qualification_passed: bool | None = _m.UNSET,
            next_actualization_date: datetime.datetime | None = _m.UNSET,
            bpm_session_id: uuid.UUID | None = _m.UNSET,
            predictive_score: int | None = _m.UNSET,
            moved_to_final_state_on: datetime.datetime | None = _m.UNSET,
            opportunity_id: uuid.UUID | None = _m.UNSET,
            partner_id: uuid.UUID | None = _m.UNSET,
            partner_owner_id: uuid.UUID | None = _m.UNSET,
            utm_campaign_str: str = _m.UNSET,
            utm_source_str: str = _m.UNSET,
            utm_medium_str: str = _m.UNSET,
            utm_content_str: str = _m.UNSET,
            utm_term_str: str = _m.UNSET,
            product_suggestions: str = _m.UNSET,
            business_case: str = _m.UNSET,
            closing_details: str = _m.UNSET,
            social_metadata: str = _m.UNSET,
            order_id: uuid.UUID | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            country: Country | None = _m.UNSET,
            region: Region | None = _m.UNSET,
            city: City | None = _m.UNSET,
            qualified_contact: Contact | None = _m.UNSET,
            qualified_account: Account | None = _m.UNSET,
            owner: Contact | None = _m.UNSET,
            sales_owner: Contact | None = _m.UNSET,
            opportunity: Opportunity | None = _m.UNSET,
            partner: Account | None = _m.UNSET,
            partner_owner: Contact | None = _m.UNSET,
            order: Order | None = _m.UNSET,
            account_collection_by_usr_code: list[Account] = _m.UNSET,
            activity_collection_by_lead: list[Activity] = _m.UNSET,
            activity_collection_by_usr_hash_comment: list[Activity] = _m.UNSET,
            usr_vehicle_lease_collection_by_usr_rating_color: list[
                UsrVehicleLease
            ] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class LeadSet(_c.EntitySet[Lead, LeadFields]):
    """The entity set of ``Lead`` (``client.lead``)."""

    def create(
        self,
        entity: Lead | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account: str = _m.UNSET,
        contact: str = _m.UNSET,
        full_job_title: str = _m.UNSET,
        busines_phone: str = _m.UNSET,
        mobile_phone: str = _m.UNSET,
        email: str = _m.UNSET,
        fax: str = _m.UNSET,
        website: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        address: str = _m.UNSET,
        do_not_use_email: bool | None = _m.UNSET,
        do_not_use_phone: bool | None = _m.UNSET,
        do_not_use_fax: bool | None = _m.UNSET,
        do_not_use_sms: bool | None = _m.UNSET,
        do_not_use_mail: bool | None = _m.UNSET,
        commentary: str = _m.UNSET,
        qualified_contact_id: uuid.UUID | None = _m.UNSET,
        qualified_account_id: uuid.UUID | None = _m.UNSET,
        lead_name: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        country_str: str = _m.UNSET,
        region_str: str = _m.UNSET,
        city_str: str = _m.UNSET,
        dear: str = _m.UNSET,
        qualification_process_id: uuid.UUID | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        remind_to_owner: bool | None = _m.UNSET,
        sales_owner_id: uuid.UUID | None = _m.UNSET,
        budget: decimal.Decimal | None = _m.UNSET,
        meeting_date: datetime.datetime | None = _m.UNSET,
        decision_date: datetime.datetime | None = _m.UNSET,
        show_distribution_page: bool | None = _m.UNSET,
        bpm_href: str = _m.UNSET,
        bpm_ref: str = _m.UNSET,
        identification_passed: bool | None = _m.UNSET,
        qualified: int | None = _m.UNSET,
        sale_participant: int | None = _m.UNSET,
        qualified_percent: decimal.Decimal | None = _m.UNSET,
        sale_percent: decimal.Decimal | None = _m.UNSET,
        start_lead_management_process: bool | None = _m.UNSET,
        sale_type: str = _m.UNSET,
        score: decimal.Decimal | None = _m.UNSET,
        qualification_passed: bool | None = _m.UNSET,
        next_actualization_date: datetime.datetime | None = _m.UNSET,
        bpm_session_id: uuid.UUID | None = _m.UNSET,
        predictive_score: int | None = _m.UNSET,
        moved_to_final_state_on: datetime.datetime | None = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        partner_id: uuid.UUID | None = _m.UNSET,
        partner_owner_id: uuid.UUID | None = _m.UNSET,
        utm_campaign_str: str = _m.UNSET,
        utm_source_str: str = _m.UNSET,
        utm_medium_str: str = _m.UNSET,
        utm_content_str: str = _m.UNSET,
        utm_term_str: str = _m.UNSET,
        product_suggestions: str = _m.UNSET,
        business_case: str = _m.UNSET,
        closing_details: str = _m.UNSET,
        social_metadata: str = _m.UNSET,
        order_id: uuid.UUID | None = _m.UNSET,
    ) -> Lead:
        """Create a ``Lead`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Lead,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account: str = _m.UNSET,
        contact: str = _m.UNSET,
        full_job_title: str = _m.UNSET,
        busines_phone: str = _m.UNSET,
        mobile_phone: str = _m.UNSET,
        email: str = _m.UNSET,
        fax: str = _m.UNSET,
        website: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        address: str = _m.UNSET,
        do_not_use_email: bool | None = _m.UNSET,
        do_not_use_phone: bool | None = _m.UNSET,
        do_not_use_fax: bool | None = _m.UNSET,
        do_not_use_sms: bool | None = _m.UNSET,
        do_not_use_mail: bool | None = _m.UNSET,
        commentary: str = _m.UNSET,
        qualified_contact_id: uuid.UUID | None = _m.UNSET,
        qualified_account_id: uuid.UUID | None = _m.UNSET,
        lead_name: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        country_str: str = _m.UNSET,
        region_str: str = _m.UNSET,
        city_str: str = _m.UNSET,
        dear: str = _m.UNSET,
        qualification_process_id: uuid.UUID | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        remind_to_owner: bool | None = _m.UNSET,
        sales_owner_id: uuid.UUID | None = _m.UNSET,
        budget: decimal.Decimal | None = _m.UNSET,
        meeting_date: datetime.datetime | None = _m.UNSET,
        decision_date: datetime.datetime | None = _m.UNSET,
        show_distribution_page: bool | None = _m.UNSET,
        bpm_href: str = _m.UNSET,
        bpm_ref: str = _m.UNSET,
        identification_passed: bool | None = _m.UNSET,
        qualified: int | None = _m.UNSET,
        sale_participant: int | None = _m.UNSET,
        qualified_percent: decimal.Decimal | None = _m.UNSET,
        sale_percent: decimal.Decimal | None = _m.UNSET,
        start_lead_management_process: bool | None = _m.UNSET,
        sale_type: str = _m.UNSET,
        score: decimal.Decimal | None = _m.UNSET,
        qualification_passed: bool | None = _m.UNSET,
        next_actualization_date: datetime.datetime | None = _m.UNSET,
        bpm_session_id: uuid.UUID | None = _m.UNSET,
        predictive_score: int | None = _m.UNSET,
        moved_to_final_state_on: datetime.datetime | None = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        partner_id: uuid.UUID | None = _m.UNSET,
        partner_owner_id: uuid.UUID | None = _m.UNSET,
        utm_campaign_str: str = _m.UNSET,
        utm_source_str: str = _m.UNSET,
        utm_medium_str: str = _m.UNSET,
        utm_content_str: str = _m.UNSET,
        utm_term_str: str = _m.UNSET,
        product_suggestions: str = _m.UNSET,
        business_case: str = _m.UNSET,
        closing_details: str = _m.UNSET,
        social_metadata: str = _m.UNSET,
        order_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncLeadSet(_c.AsyncEntitySet[Lead, LeadFields]):
    """The async entity set of ``Lead`` (``client.lead``)."""

    async def create(
        self,
        entity: Lead | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account: str = _m.UNSET,
        contact: str = _m.UNSET,
        full_job_title: str = _m.UNSET,
        busines_phone: str = _m.UNSET,
        mobile_phone: str = _m.UNSET,
        email: str = _m.UNSET,
        fax: str = _m.UNSET,
        website: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        address: str = _m.UNSET,
        do_not_use_email: bool | None = _m.UNSET,
        do_not_use_phone: bool | None = _m.UNSET,
        do_not_use_fax: bool | None = _m.UNSET,
        do_not_use_sms: bool | None = _m.UNSET,
        do_not_use_mail: bool | None = _m.UNSET,
        commentary: str = _m.UNSET,
        qualified_contact_id: uuid.UUID | None = _m.UNSET,
        qualified_account_id: uuid.UUID | None = _m.UNSET,
        lead_name: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        country_str: str = _m.UNSET,
        region_str: str = _m.UNSET,
        city_str: str = _m.UNSET,
        dear: str = _m.UNSET,
        qualification_process_id: uuid.UUID | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        remind_to_owner: bool | None = _m.UNSET,
        sales_owner_id: uuid.UUID | None = _m.UNSET,
        budget: decimal.Decimal | None = _m.UNSET,
        meeting_date: datetime.datetime | None = _m.UNSET,
        decision_date: datetime.datetime | None = _m.UNSET,
        show_distribution_page: bool | None = _m.UNSET,
        bpm_href: str = _m.UNSET,
        bpm_ref: str = _m.UNSET,
        identification_passed: bool | None = _m.UNSET,
        qualified: int | None = _m.UNSET,
        sale_participant: int | None = _m.UNSET,
        qualified_percent: decimal.Decimal | None = _m.UNSET,
        sale_percent: decimal.Decimal | None = _m.UNSET,
        start_lead_management_process: bool | None = _m.UNSET,
        sale_type: str = _m.UNSET,
        score: decimal.Decimal | None = _m.UNSET,
        qualification_passed: bool | None = _m.UNSET,
        next_actualization_date: datetime.datetime | None = _m.UNSET,
        bpm_session_id: uuid.UUID | None = _m.UNSET,
        predictive_score: int | None = _m.UNSET,
        moved_to_final_state_on: datetime.datetime | None = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        partner_id: uuid.UUID | None = _m.UNSET,
        partner_owner_id: uuid.UUID | None = _m.UNSET,
        utm_campaign_str: str = _m.UNSET,
        utm_source_str: str = _m.UNSET,
        utm_medium_str: str = _m.UNSET,
        utm_content_str: str = _m.UNSET,
        utm_term_str: str = _m.UNSET,
        product_suggestions: str = _m.UNSET,
        business_case: str = _m.UNSET,
        closing_details: str = _m.UNSET,
        social_metadata: str = _m.UNSET,
        order_id: uuid.UUID | None = _m.UNSET,
    ) -> Lead:
        """Create a ``Lead`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Lead,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account: str = _m.UNSET,
        contact: str = _m.UNSET,
        full_job_title: str = _m.UNSET,
        busines_phone: str = _m.UNSET,
        mobile_phone: str = _m.UNSET,
        email: str = _m.UNSET,
        fax: str = _m.UNSET,
        website: str = _m.UNSET,
        country_id: uuid.UUID | None = _m.UNSET,
        region_id: uuid.UUID | None = _m.UNSET,
        city_id: uuid.UUID | None = _m.UNSET,
        zip: str = _m.UNSET,
        address: str = _m.UNSET,
        do_not_use_email: bool | None = _m.UNSET,
        do_not_use_phone: bool | None = _m.UNSET,
        do_not_use_fax: bool | None = _m.UNSET,
        do_not_use_sms: bool | None = _m.UNSET,
        do_not_use_mail: bool | None = _m.UNSET,
        commentary: str = _m.UNSET,
        qualified_contact_id: uuid.UUID | None = _m.UNSET,
        qualified_account_id: uuid.UUID | None = _m.UNSET,
        lead_name: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        country_str: str = _m.UNSET,
        region_str: str = _m.UNSET,
        city_str: str = _m.UNSET,
        dear: str = _m.UNSET,
        qualification_process_id: uuid.UUID | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        remind_to_owner: bool | None = _m.UNSET,
        sales_owner_id: uuid.UUID | None = _m.UNSET,
        budget: decimal.Decimal | None = _m.UNSET,
        meeting_date: datetime.datetime | None = _m.UNSET,
        decision_date: datetime.datetime | None = _m.UNSET,
        show_distribution_page: bool | None = _m.UNSET,
        bpm_href: str = _m.UNSET,
        bpm_ref: str = _m.UNSET,
        identification_passed: bool | None = _m.UNSET,
        qualified: int | None = _m.UNSET,
        sale_participant: int | None = _m.UNSET,
        qualified_percent: decimal.Decimal | None = _m.UNSET,
        sale_percent: decimal.Decimal | None = _m.UNSET,
        start_lead_management_process: bool | None = _m.UNSET,
        sale_type: str = _m.UNSET,
        score: decimal.Decimal | None = _m.UNSET,
        qualification_passed: bool | None = _m.UNSET,
        next_actualization_date: datetime.datetime | None = _m.UNSET,
        bpm_session_id: uuid.UUID | None = _m.UNSET,
        predictive_score: int | None = _m.UNSET,
        moved_to_final_state_on: datetime.datetime | None = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        partner_id: uuid.UUID | None = _m.UNSET,
        partner_owner_id: uuid.UUID | None = _m.UNSET,
        utm_campaign_str: str = _m.UNSET,
        utm_source_str: str = _m.UNSET,
        utm_medium_str: str = _m.UNSET,
        utm_content_str: str = _m.UNSET,
        utm_term_str: str = _m.UNSET,
        product_suggestions: str = _m.UNSET,
        business_case: str = _m.UNSET,
        closing_details: str = _m.UNSET,
        social_metadata: str = _m.UNSET,
        order_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
