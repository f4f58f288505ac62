"""The Terrasoft.Configuration.OData.Order entity type."""

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
    from .contact import Contact, ContactFields
    from .currency import Currency, CurrencyFields
    from .lead import Lead, LeadFields
    from .opportunity import Opportunity, OpportunityFields


class OrderFields(_q.Fields):
    """The fields of ``Order``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    number: _q.StrField = _q.StrField("Number")
    account_id: _q.LookupField = _q.LookupField("AccountId", "Account", "Id")
    date: _q.DateTimeField = _q.DateTimeField("Date")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    contact_id: _q.LookupField = _q.LookupField("ContactId", "Contact", "Id")
    due_date: _q.DateTimeField = _q.DateTimeField("DueDate")
    actual_date: _q.DateTimeField = _q.DateTimeField("ActualDate")
    currency_id: _q.LookupField = _q.LookupField("CurrencyId", "Currency", "Id")
    currency_rate: _q.DecimalField = _q.DecimalField("CurrencyRate")
    amount: _q.DecimalField = _q.DecimalField("Amount")
    payment_amount: _q.DecimalField = _q.DecimalField("PaymentAmount")
    primary_amount: _q.DecimalField = _q.DecimalField("PrimaryAmount")
    primary_payment_amount: _q.DecimalField = _q.DecimalField("PrimaryPaymentAmount")
    notes: _q.StrField = _q.StrField("Notes")
    opportunity_id: _q.LookupField = _q.LookupField(
        "OpportunityId", "Opportunity", "Id"
    )
    delivery_address: _q.StrField = _q.StrField("DeliveryAddress")
    receiver_name: _q.StrField = _q.StrField("ReceiverName")
    comment: _q.StrField = _q.StrField("Comment")
    contact_number: _q.StrField = _q.StrField("ContactNumber")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    account: AccountFields = _q.nav(".entities.account:AccountFields", "Account")
    owner: ContactFields = _q.nav(".entities.contact:ContactFields", "Owner")
    contact: ContactFields = _q.nav(".entities.contact:ContactFields", "Contact")
    currency: CurrencyFields = _q.nav(".entities.currency:CurrencyFields", "Currency")
    opportunity: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields", "Opportunity"
    )
    activity_collection_by_order: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityCollectionByOrder", many=True
    )
    lead_collection_by_order: LeadFields = _q.nav(
        ".entities.lead:LeadFields", "LeadCollectionByOrder", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Order(_m.Entity):
    """The ``Order`` entity type.

    Entity set: ``Order``.
    """

    q: ClassVar[OrderFields] = OrderFields()
    __odata_type__ = "Terrasoft.Configuration.OData.Order"
    __odata_key__ = ("Id",)
    __odata_set__ = "Order"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    number: str = _m.field("Number", "String")
    account_id: uuid.UUID | None = _m.field("AccountId", "Guid")
    """Lookup to Account (navigation ``account``)."""
    date: datetime.datetime | None = _m.field("Date", "DateTimeOffset")
    owner_id: uuid.UUID | None = _m.field("OwnerId", "Guid")
    """Lookup to Contact (navigation ``owner``)."""
    contact_id: uuid.UUID | None = _m.field("ContactId", "Guid")
    """Lookup to Contact (navigation ``contact``)."""
    due_date: datetime.datetime | None = _m.field("DueDate", "DateTimeOffset")
    actual_date: datetime.datetime | None = _m.field("ActualDate", "DateTimeOffset")
    currency_id: uuid.UUID | None = _m.field("CurrencyId", "Guid")
    """Lookup to Currency (navigation ``currency``)."""
    currency_rate: decimal.Decimal | None = _m.field("CurrencyRate", "Decimal")
    amount: decimal.Decimal | None = _m.field("Amount", "Decimal")
    payment_amount: decimal.Decimal | None = _m.field("PaymentAmount", "Decimal")
    primary_amount: decimal.Decimal | None = _m.field("PrimaryAmount", "Decimal")
    primary_payment_amount: decimal.Decimal | None = _m.field(
        "PrimaryPaymentAmount", "Decimal"
    )
    notes: str = _m.field("Notes", "String")
    opportunity_id: uuid.UUID | None = _m.field("OpportunityId", "Guid")
    """Lookup to Opportunity (navigation ``opportunity``)."""
    delivery_address: str = _m.field("DeliveryAddress", "String")
    receiver_name: str = _m.field("ReceiverName", "String")
    comment: str = _m.field("Comment", "String")
    contact_number: str = _m.field("ContactNumber", "String")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    account: Account | None = _m.nav("Account", "Account")
    owner: Contact | None = _m.nav("Owner", "Contact")
    contact: Contact | None = _m.nav("Contact", "Contact")
    currency: Currency | None = _m.nav("Currency", "Currency")
    opportunity: Opportunity | None = _m.nav("Opportunity", "Opportunity")
    activity_collection_by_order: list[Activity] = _m.nav(
        "ActivityCollectionByOrder", "Activity", many=True
    )
    lead_collection_by_order: list[Lead] = _m.nav(
        "LeadCollectionByOrder", "Lead", many=True
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
            process_listeners: int | None = _m.UNSET,
            number: str = _m.UNSET,
            account_id: uuid.UUID | None = _m.UNSET,
            date: datetime.datetime | None = _m.UNSET,
            owner_id: uuid.UUID | None = _m.UNSET,
            contact_id: uuid.UUID | None = _m.UNSET,
            due_date: datetime.datetime | None = _m.UNSET,
            actual_date: datetime.datetime | None = _m.UNSET,
            currency_id: uuid.UUID | None = _m.UNSET,
            currency_rate: decimal.Decimal | None = _m.UNSET,
            amount: decimal.Decimal | None = _m.UNSET,
            payment_amount: decimal.Decimal | None = _m.UNSET,
            primary_amount: decimal.Decimal | None = _m.UNSET,
            primary_payment_amount: decimal.Decimal | None = _m.UNSET,
            notes: str = _m.UNSET,
            opportunity_id: uuid.UUID | None = _m.UNSET,
            delivery_address: str = _m.UNSET,
            receiver_name: str = _m.UNSET,
            comment: str = _m.UNSET,
            contact_number: str = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            account: Account | None = _m.UNSET,
            owner: Contact | None = _m.UNSET,
            contact: Contact | None = _m.UNSET,
            currency: Currency | None = _m.UNSET,
            opportunity: Opportunity | None = _m.UNSET,
            activity_collection_by_order: list[Activity] = _m.UNSET,
            lead_collection_by_order: list[Lead] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class OrderSet(_c.EntitySet[Order, OrderFields]):
    """The entity set of ``Order`` (``client.order``)."""

    def create(
        self,
        entity: Order | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        number: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        actual_date: datetime.datetime | None = _m.UNSET,
        currency_id: uuid.UUID | None = _m.UNSET,
        currency_rate: decimal.Decimal | None = _m.UNSET,
        amount: decimal.Decimal | None = _m.UNSET,
        payment_amount: decimal.Decimal | None = _m.UNSET,
        primary_amount: decimal.Decimal | None = _m.UNSET,
        primary_payment_amount: decimal.Decimal | None = _m.UNSET,
        notes: str = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        delivery_address: str = _m.UNSET,
        receiver_name: str = _m.UNSET,
        comment: str = _m.UNSET,
        contact_number: str = _m.UNSET,
    ) -> Order:
        """Create a ``Order`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Order,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        number: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        actual_date: datetime.datetime | None = _m.UNSET,
        currency_id: uuid.UUID | None = _m.UNSET,
        currency_rate: decimal.Decimal | None = _m.UNSET,
        amount: decimal.Decimal | None = _m.UNSET,
        payment_amount: decimal.Decimal | None = _m.UNSET,
        primary_amount: decimal.Decimal | None = _m.UNSET,
        primary_payment_amount: decimal.Decimal | None = _m.UNSET,
        notes: str = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        delivery_address: str = _m.UNSET,
        receiver_name: str = _m.UNSET,
        comment: str = _m.UNSET,
        contact_number: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncOrderSet(_c.AsyncEntitySet[Order, OrderFields]):
    """The async entity set of ``Order`` (``client.order``)."""

    async def create(
        self,
        entity: Order | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        number: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        actual_date: datetime.datetime | None = _m.UNSET,
        currency_id: uuid.UUID | None = _m.UNSET,
        currency_rate: decimal.Decimal | None = _m.UNSET,
        amount: decimal.Decimal | None = _m.UNSET,
        payment_amount: decimal.Decimal | None = _m.UNSET,
        primary_amount: decimal.Decimal | None = _m.UNSET,
        primary_payment_amount: decimal.Decimal | None = _m.UNSET,
        notes: str = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        delivery_address: str = _m.UNSET,
        receiver_name: str = _m.UNSET,
        comment: str = _m.UNSET,
        contact_number: str = _m.UNSET,
    ) -> Order:
        """Create a ``Order`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Order,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        number: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        actual_date: datetime.datetime | None = _m.UNSET,
        currency_id: uuid.UUID | None = _m.UNSET,
        currency_rate: decimal.Decimal | None = _m.UNSET,
        amount: decimal.Decimal | None = _m.UNSET,
        payment_amount: decimal.Decimal | None = _m.UNSET,
        primary_amount: decimal.Decimal | None = _m.UNSET,
        primary_payment_amount: decimal.Decimal | None = _m.UNSET,
        notes: str = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        delivery_address: str = _m.UNSET,
        receiver_name: str = _m.UNSET,
        comment: str = _m.UNSET,
        contact_number: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
