"""The Terrasoft.Configuration.OData.Order entity type."""

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
    from .contact import Contact
    from .currency import Currency
    from .lead import Lead
    from .opportunity import Opportunity


@attrs.define(kw_only=True, eq=False, repr=False)
class Order(_m.Entity):
    """The ``Order`` entity type.

    Entity set: ``Order``.
    """

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
