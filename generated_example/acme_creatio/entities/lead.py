"""The Terrasoft.Configuration.OData.Lead entity type."""

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
    from .city import City
    from .contact import Contact
    from .country import Country
    from .opportunity import Opportunity
    from .order import Order
    from .region import Region
    from .usr_vehicle_lease import UsrVehicleLease


@attrs.define(kw_only=True, eq=False, repr=False)
class Lead(_m.Entity):
    """The ``Lead`` entity type.

    Entity set: ``Lead``.
    """

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
