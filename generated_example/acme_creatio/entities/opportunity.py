"""The Terrasoft.Configuration.OData.Opportunity entity type."""

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
    from .contact import Contact
    from .lead import Lead
    from .order import Order
    from .usr_vehicle_answer import UsrVehicleAnswer


@attrs.define(kw_only=True, eq=False, repr=False)
class Opportunity(_m.Entity):
    """The ``Opportunity`` entity type.

    Entity set: ``Opportunity``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.Opportunity"
    __odata_key__ = ("Id",)
    __odata_set__ = "Opportunity"
    id: uuid.UUID = _m.field("Id", "Guid")
    title: str = _m.field("Title", "String")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    due_date: datetime.datetime | None = _m.field("DueDate", "DateTimeOffset")
    owner_id: uuid.UUID | None = _m.field("OwnerId", "Guid")
    """Lookup to Contact (navigation ``owner``)."""
    notes: str = _m.field("Notes", "String")
    account_id: uuid.UUID | None = _m.field("AccountId", "Guid")
    """Lookup to Account (navigation ``account``)."""
    is_primary: bool | None = _m.field("IsPrimary", "Boolean")
    partner_id: uuid.UUID | None = _m.field("PartnerId", "Guid")
    """Lookup to Account (navigation ``partner``)."""
    budget: decimal.Decimal | None = _m.field("Budget", "Decimal")
    probability: int | None = _m.field("Probability", "Int32")
    amount: decimal.Decimal | None = _m.field("Amount", "Decimal")
    weaknesses: str = _m.field("Weaknesses", "String")
    strength: str = _m.field("Strength", "String")
    tactic: str = _m.field("Tactic", "String")
    check_date: datetime.datetime | None = _m.field("CheckDate", "DateTimeOffset")
    process_id: uuid.UUID | None = _m.field("ProcessId", "Guid")
    winner_id: uuid.UUID | None = _m.field("WinnerId", "Guid")
    """Lookup to Account (navigation ``winner``)."""
    contact_id: uuid.UUID | None = _m.field("ContactId", "Guid")
    """Lookup to Contact (navigation ``contact``)."""
    completeness: int | None = _m.field("Completeness", "Int32")
    description: str = _m.field("Description", "String")
    predictive_probability: int | None = _m.field("PredictiveProbability", "Int32")
    mood_value: int | None = _m.field("MoodValue", "Int32")
    product_suggestions: str = _m.field("ProductSuggestions", "String")
    buying_process: str = _m.field("BuyingProcess", "String")
    why_now: str = _m.field("WhyNow", "String")
    why: str = _m.field("Why", "String")
    what: str = _m.field("What", "String")
    engagement_tactic: str = _m.field("EngagementTactic", "String")
    why_our_company: str = _m.field("WhyOurCompany", "String")
    forecast_commit: bool | None = _m.field("ForecastCommit", "Boolean")
    decision_maker_id: uuid.UUID | None = _m.field("DecisionMakerId", "Guid")
    """Lookup to Contact (navigation ``decision_maker``)."""
    closing_details: str = _m.field("ClosingDetails", "String")
    by_process: bool | None = _m.field("ByProcess", "Boolean")
    usr_floor_manager_id: uuid.UUID | None = _m.field("UsrFloorManagerId", "Guid")
    """Lookup to Case (navigation ``usr_floor_manager``).

    Custom column (Usr).
    """
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    owner: Contact | None = _m.nav("Owner", "Contact")
    account: Account | None = _m.nav("Account", "Account")
    partner: Account | None = _m.nav("Partner", "Account")
    winner: Account | None = _m.nav("Winner", "Account")
    contact: Contact | None = _m.nav("Contact", "Contact")
    decision_maker: Contact | None = _m.nav("DecisionMaker", "Contact")
    usr_floor_manager: Case | None = _m.nav("UsrFloorManager", "Case")
    activity_collection_by_opportunity: list[Activity] = _m.nav(
        "ActivityCollectionByOpportunity", "Activity", many=True
    )
    lead_collection_by_opportunity: list[Lead] = _m.nav(
        "LeadCollectionByOpportunity", "Lead", many=True
    )
    order_collection_by_opportunity: list[Order] = _m.nav(
        "OrderCollectionByOpportunity", "Order", many=True
    )
    usr_vehicle_answer_collection_by_usr_segment: list[UsrVehicleAnswer] = _m.nav(
        "UsrVehicleAnswerCollectionByUsrSegment", "UsrVehicleAnswer", many=True
    )
