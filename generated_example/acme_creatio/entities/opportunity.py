"""The Terrasoft.Configuration.OData.Opportunity entity type."""

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
    from .contact import Contact, ContactFields
    from .lead import Lead, LeadFields
    from .order import Order, OrderFields
    from .usr_vehicle_answer import UsrVehicleAnswer, UsrVehicleAnswerFields


class OpportunityFields(_q.Fields):
    """The fields of ``Opportunity``, as its ``q``: typed filters, selects and sort
    keys.
    """

    id: _q.GuidField = _q.GuidField("Id")
    title: _q.StrField = _q.StrField("Title")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    due_date: _q.DateTimeField = _q.DateTimeField("DueDate")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    notes: _q.StrField = _q.StrField("Notes")
    account_id: _q.LookupField = _q.LookupField("AccountId", "Account", "Id")
    is_primary: _q.BoolField = _q.BoolField("IsPrimary")
    partner_id: _q.LookupField = _q.LookupField("PartnerId", "Partner", "Id")
    budget: _q.DecimalField = _q.DecimalField("Budget")
    probability: _q.IntField = _q.IntField("Probability")
    amount: _q.DecimalField = _q.DecimalField("Amount")
    weaknesses: _q.StrField = _q.StrField("Weaknesses")
    strength: _q.StrField = _q.StrField("Strength")
    tactic: _q.StrField = _q.StrField("Tactic")
    check_date: _q.DateTimeField = _q.DateTimeField("CheckDate")
    process_id: _q.GuidField = _q.GuidField("ProcessId")
    winner_id: _q.LookupField = _q.LookupField("WinnerId", "Winner", "Id")
    contact_id: _q.LookupField = _q.LookupField("ContactId", "Contact", "Id")
    completeness: _q.IntField = _q.IntField("Completeness")
    description: _q.StrField = _q.StrField("Description")
    predictive_probability: _q.IntField = _q.IntField("PredictiveProbability")
    mood_value: _q.IntField = _q.IntField("MoodValue")
    product_suggestions: _q.StrField = _q.StrField("ProductSuggestions")
    buying_process: _q.StrField = _q.StrField("BuyingProcess")
    why_now: _q.StrField = _q.StrField("WhyNow")
    why: _q.StrField = _q.StrField("Why")
    what: _q.StrField = _q.StrField("What")
    engagement_tactic: _q.StrField = _q.StrField("EngagementTactic")
    why_our_company: _q.StrField = _q.StrField("WhyOurCompany")
    forecast_commit: _q.BoolField = _q.BoolField("ForecastCommit")
    decision_maker_id: _q.LookupField = _q.LookupField(
        "DecisionMakerId", "DecisionMaker", "Id"
    )
    closing_details: _q.StrField = _q.StrField("ClosingDetails")
    by_process: _q.BoolField = _q.BoolField("ByProcess")
    usr_floor_manager_id: _q.LookupField = _q.LookupField(
        "UsrFloorManagerId", "UsrFloorManager", "Id"
    )
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    owner: ContactFields = _q.nav(".entities.contact:ContactFields", "Owner")
    account: AccountFields = _q.nav(".entities.account:AccountFields", "Account")
    partner: AccountFields = _q.nav(".entities.account:AccountFields", "Partner")
    winner: AccountFields = _q.nav(".entities.account:AccountFields", "Winner")
    contact: ContactFields = _q.nav(".entities.contact:ContactFields", "Contact")
    decision_maker: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "DecisionMaker"
    )
    usr_floor_manager: CaseFields = _q.nav(
        ".entities.case:CaseFields", "UsrFloorManager"
    )
    activity_collection_by_opportunity: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields",
        "ActivityCollectionByOpportunity",
        many=True,
    )
    lead_collection_by_opportunity: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByOpportunity", many=True
    )
    order_collection_by_opportunity: OrderFields = _q.nav(
        ".entities.order:OrderFields", "OrderCollectionByOpportunity", many=True
    )
    usr_vehicle_answer_collection_by_usr_segment: UsrVehicleAnswerFields = _q.nav(
        ".entities.usr_vehicle_answer:UsrVehicleAnswerFields",
        "UsrVehicleAnswerCollectionByUsrSegment",
        many=True,
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Opportunity(_m.Entity):
    """The ``Opportunity`` entity type.

    Entity set: ``Opportunity``.
    """

    q: ClassVar[OpportunityFields] = OpportunityFields()
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

    if not TYPE_CHECKING:  # see the runtime's model.py

        def __init__(
            self,
            *,
            id: uuid.UUID = _m.UNSET,
            title: str = _m.UNSET,
            created_on: datetime.datetime | None = _m.UNSET,
            created_by_id: uuid.UUID | None = _m.UNSET,
            modified_on: datetime.datetime | None = _m.UNSET,
            modified_by_id: uuid.UUID | None = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            due_date: datetime.datetime | None = _m.UNSET,
            owner_id: uuid.UUID | None = _m.UNSET,
            notes: str = _m.UNSET,
            account_id: uuid.UUID | None = _m.UNSET,
            is_primary: bool | None = _m.UNSET,
            partner_id: uuid.UUID | None = _m.UNSET,
            budget: decimal.Decimal | None = _m.UNSET,
            probability: int | None = _m.UNSET,
            amount: decimal.Decimal | None = _m.UNSET,
            weaknesses: str = _m.UNSET,
            strength: str = _m.UNSET,
            tactic: str = _m.UNSET,
            check_date: datetime.datetime | None = _m.UNSET,
            process_id: uuid.UUID | None = _m.UNSET,
            winner_id: uuid.UUID | None = _m.UNSET,
            contact_id: uuid.UUID | None = _m.UNSET,
            completeness: int | None = _m.UNSET,
            description: str = _m.UNSET,
            predictive_probability: int | None = _m.UNSET,
            mood_value: int | None = _m.UNSET,
            product_suggestions: str = _m.UNSET,
            buying_process: str = _m.UNSET,
            why_now: str = _m.UNSET,
            why: str = _m.UNSET,
            what: str = _m.UNSET,
            engagement_tactic: str = _m.UNSET,
            why_our_company: str = _m.UNSET,
            forecast_commit: bool | None = _m.UNSET,
            decision_maker_id: uuid.UUID | None = _m.UNSET,
            closing_details: str = _m.UNSET,
            by_process: bool | None = _m.UNSET,
            usr_floor_manager_id: uuid.UUID | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            owner: Contact | None = _m.UNSET,
            account: Account | None = _m.UNSET,
            partner: Account | None = _m.UNSET,
            winner: Account | None = _m.UNSET,
            contact: Contact | None = _m.UNSET,
            decision_maker: Contact | None = _m.UNSET,
            usr_floor_manager: Case | None = _m.UNSET,
            activity_collection_by_opportunity: list[Activity] = _m.UNSET,
            lead_collection_by_opportunity: list[Lead] = _m.UNSET,
            order_collection_by_opportunity: list[Order] = _m.UNSET,
            usr_vehicle_answer_collection_by_usr_segment: list[
                UsrVehicleAnswer
            ] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class OpportunitySet(_c.EntitySet[Opportunity, OpportunityFields]):
    """The entity set of ``Opportunity`` (``client.opportunity``)."""

    def create(
        self,
        entity: Opportunity | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        title: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        is_primary: bool | None = _m.UNSET,
        partner_id: uuid.UUID | None = _m.UNSET,
        budget: decimal.Decimal | None = _m.UNSET,
        probability: int | None = _m.UNSET,
        amount: decimal.Decimal | None = _m.UNSET,
        weaknesses: str = _m.UNSET,
        strength: str = _m.UNSET,
        tactic: str = _m.UNSET,
        check_date: datetime.datetime | None = _m.UNSET,
        process_id: uuid.UUID | None = _m.UNSET,
        winner_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        completeness: int | None = _m.UNSET,
        description: str = _m.UNSET,
        predictive_probability: int | None = _m.UNSET,
        mood_value: int | None = _m.UNSET,
        product_suggestions: str = _m.UNSET,
        buying_process: str = _m.UNSET,
        why_now: str = _m.UNSET,
        why: str = _m.UNSET,
        what: str = _m.UNSET,
        engagement_tactic: str = _m.UNSET,
        why_our_company: str = _m.UNSET,
        forecast_commit: bool | None = _m.UNSET,
        decision_maker_id: uuid.UUID | None = _m.UNSET,
        closing_details: str = _m.UNSET,
        by_process: bool | None = _m.UNSET,
        usr_floor_manager_id: uuid.UUID | None = _m.UNSET,
    ) -> Opportunity:
        """Create a ``Opportunity`` (POST) from an entity or keyword arguments; returns
        it as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Opportunity,
        /,
        *,
        title: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        is_primary: bool | None = _m.UNSET,
        partner_id: uuid.UUID | None = _m.UNSET,
        budget: decimal.Decimal | None = _m.UNSET,
        probability: int | None = _m.UNSET,
        amount: decimal.Decimal | None = _m.UNSET,
        weaknesses: str = _m.UNSET,
        strength: str = _m.UNSET,
        tactic: str = _m.UNSET,
        check_date: datetime.datetime | None = _m.UNSET,
        process_id: uuid.UUID | None = _m.UNSET,
        winner_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        completeness: int | None = _m.UNSET,
        description: str = _m.UNSET,
        predictive_probability: int | None = _m.UNSET,
        mood_value: int | None = _m.UNSET,
        product_suggestions: str = _m.UNSET,
        buying_process: str = _m.UNSET,
        why_now: str = _m.UNSET,
        why: str = _m.UNSET,
        what: str = _m.UNSET,
        engagement_tactic: str = _m.UNSET,
        why_our_company: str = _m.UNSET,
        forecast_commit: bool | None = _m.UNSET,
        decision_maker_id: uuid.UUID | None = _m.UNSET,
        closing_details: str = _m.UNSET,
        by_process: bool | None = _m.UNSET,
        usr_floor_manager_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncOpportunitySet(_c.AsyncEntitySet[Opportunity, OpportunityFields]):
    """The async entity set of ``Opportunity`` (``client.opportunity``)."""

    async def create(
        self,
        entity: Opportunity | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        title: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        is_primary: bool | None = _m.UNSET,
        partner_id: uuid.UUID | None = _m.UNSET,
        budget: decimal.Decimal | None = _m.UNSET,
        probability: int | None = _m.UNSET,
        amount: decimal.Decimal | None = _m.UNSET,
        weaknesses: str = _m.UNSET,
        strength: str = _m.UNSET,
        tactic: str = _m.UNSET,
        check_date: datetime.datetime | None = _m.UNSET,
        process_id: uuid.UUID | None = _m.UNSET,
        winner_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        completeness: int | None = _m.UNSET,
        description: str = _m.UNSET,
        predictive_probability: int | None = _m.UNSET,
        mood_value: int | None = _m.UNSET,
        product_suggestions: str = _m.UNSET,
        buying_process: str = _m.UNSET,
        why_now: str = _m.UNSET,
        why: str = _m.UNSET,
        what: str = _m.UNSET,
        engagement_tactic: str = _m.UNSET,
        why_our_company: str = _m.UNSET,
        forecast_commit: bool | None = _m.UNSET,
        decision_maker_id: uuid.UUID | None = _m.UNSET,
        closing_details: str = _m.UNSET,
        by_process: bool | None = _m.UNSET,
        usr_floor_manager_id: uuid.UUID | None = _m.UNSET,
    ) -> Opportunity:
        """Create a ``Opportunity`` (POST) from an entity or keyword arguments; returns
        it as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Opportunity,
        /,
        *,
        title: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        is_primary: bool | None = _m.UNSET,
        partner_id: uuid.UUID | None = _m.UNSET,
        budget: decimal.Decimal | None = _m.UNSET,
        probability: int | None = _m.UNSET,
        amount: decimal.Decimal | None = _m.UNSET,
        weaknesses: str = _m.UNSET,
        strength: str = _m.UNSET,
        tactic: str = _m.UNSET,
        check_date: datetime.datetime | None = _m.UNSET,
        process_id: uuid.UUID | None = _m.UNSET,
        winner_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        completeness: int | None = _m.UNSET,
        description: str = _m.UNSET,
        predictive_probability: int | None = _m.UNSET,
        mood_value: int | None = _m.UNSET,
        product_suggestions: str = _m.UNSET,
        buying_process: str = _m.UNSET,
        why_now: str = _m.UNSET,
        why: str = _m.UNSET,
        what: str = _m.UNSET,
        engagement_tactic: str = _m.UNSET,
        why_our_company: str = _m.UNSET,
        forecast_commit: bool | None = _m.UNSET,
        decision_maker_id: uuid.UUID | None = _m.UNSET,
        closing_details: str = _m.UNSET,
        by_process: bool | None = _m.UNSET,
        usr_floor_manager_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
