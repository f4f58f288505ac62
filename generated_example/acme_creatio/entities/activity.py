"""The Terrasoft.Configuration.OData.Activity entity type."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .account import Account
    from .activity_type import ActivityType
    from .case import Case
    from .contact import Contact
    from .lead import Lead
    from .opportunity import Opportunity
    from .order import Order


@attrs.define(kw_only=True, eq=False, repr=False)
class Activity(_m.Entity):
    """The ``Activity`` entity type.

    Entity set: ``Activity``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.Activity"
    __odata_key__ = ("Id",)
    __odata_set__ = "Activity"
    id: uuid.UUID = _m.field("Id", "Guid")
    title: str = _m.field("Title", "String")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    start_date: datetime.datetime | None = _m.field("StartDate", "DateTimeOffset")
    due_date: datetime.datetime | None = _m.field("DueDate", "DateTimeOffset")
    author_id: uuid.UUID | None = _m.field("AuthorId", "Guid")
    """Lookup to Contact (navigation ``author``)."""
    remind_to_author: bool | None = _m.field("RemindToAuthor", "Boolean")
    remind_to_author_date: datetime.datetime | None = _m.field(
        "RemindToAuthorDate", "DateTimeOffset"
    )
    owner_id: uuid.UUID | None = _m.field("OwnerId", "Guid")
    """Lookup to Contact (navigation ``owner``)."""
    remind_to_owner: bool | None = _m.field("RemindToOwner", "Boolean")
    remind_to_owner_date: datetime.datetime | None = _m.field(
        "RemindToOwnerDate", "DateTimeOffset"
    )
    type_id: uuid.UUID | None = _m.field("TypeId", "Guid")
    """Lookup to ActivityType (navigation ``type``)."""
    show_in_scheduler: bool | None = _m.field("ShowInScheduler", "Boolean")
    detailed_result: str = _m.field("DetailedResult", "String")
    account_id: uuid.UUID | None = _m.field("AccountId", "Guid")
    """Lookup to Account (navigation ``account``)."""
    contact_id: uuid.UUID | None = _m.field("ContactId", "Guid")
    """Lookup to Contact (navigation ``contact``)."""
    sender: str = _m.field("Sender", "String")
    recepient: str = _m.field("Recepient", "String")
    copy_recepient: str = _m.field("CopyRecepient", "String")
    blind_copy_recepient: str = _m.field("BlindCopyRecepient", "String")
    body: str = _m.field("Body", "String")
    notes: str = _m.field("Notes", "String")
    send_date: datetime.datetime | None = _m.field("SendDate", "DateTimeOffset")
    duration_in_minutes: int | None = _m.field("DurationInMinutes", "Int32")
    error_on_send: str = _m.field("ErrorOnSend", "String")
    duration_in_mnutes_and_hours: str = _m.field("DurationInMnutesAndHours", "String")
    allowed_result: str = _m.field("AllowedResult", "String")
    created_by_inv_crm: bool | None = _m.field("CreatedByInvCRM", "Boolean")
    lead_id: uuid.UUID | None = _m.field("LeadId", "Guid")
    """Lookup to Lead (navigation ``lead``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    is_html_body: bool | None = _m.field("IsHtmlBody", "Boolean")
    mail_hash: str = _m.field("MailHash", "String")
    process_element_id: uuid.UUID | None = _m.field("ProcessElementId", "Guid")
    global_activity_id: str = _m.field("GlobalActivityID", "String")
    user_email_address: str = _m.field("UserEmailAddress", "String")
    order_id: uuid.UUID | None = _m.field("OrderId", "Guid")
    """Lookup to Order (navigation ``order``)."""
    case_id: uuid.UUID | None = _m.field("CaseId", "Guid")
    """Lookup to Case (navigation ``case``)."""
    is_need_process: bool | None = _m.field("IsNeedProcess", "Boolean")
    activity_connection_id: uuid.UUID | None = _m.field("ActivityConnectionId", "Guid")
    """Lookup to Activity (navigation ``activity_connection``)."""
    organizer_id: uuid.UUID | None = _m.field("OrganizerId", "Guid")
    """Lookup to Contact (navigation ``organizer``)."""
    location: str = _m.field("Location", "String")
    is_not_published: bool | None = _m.field("IsNotPublished", "Boolean")
    header_properties: str = _m.field("HeaderProperties", "String")
    enrich_status: str = _m.field("EnrichStatus", "String")
    service_processed: bool | None = _m.field("ServiceProcessed", "Boolean")
    is_auto_submitted: bool | None = _m.field("IsAutoSubmitted", "Boolean")
    sender_contact_id: uuid.UUID | None = _m.field("SenderContactId", "Guid")
    """Lookup to Contact (navigation ``sender_contact``)."""
    opportunity_id: uuid.UUID | None = _m.field("OpportunityId", "Guid")
    """Lookup to Opportunity (navigation ``opportunity``)."""
    full_project_name: str = _m.field("FullProjectName", "String")
    preview: str = _m.field("Preview", "String")
    remote_created_on: datetime.datetime | None = _m.field(
        "RemoteCreatedOn", "DateTimeOffset"
    )
    usr_channel_region: bool | None = _m.field("UsrChannelRegion", "Boolean")
    """Custom column (Usr)."""
    usr_region_tag: decimal.Decimal | None = _m.field("UsrRegionTag", "Decimal")
    """Custom column (Usr)."""
    usr_hash_comment_id: uuid.UUID | None = _m.field("UsrHashCommentId", "Guid")
    """Lookup to Lead (navigation ``usr_hash_comment``).

    Custom column (Usr).
    """
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    author: Contact | None = _m.nav("Author", "Contact")
    owner: Contact | None = _m.nav("Owner", "Contact")
    type: ActivityType | None = _m.nav("Type", "ActivityType")
    account: Account | None = _m.nav("Account", "Account")
    contact: Contact | None = _m.nav("Contact", "Contact")
    lead: Lead | None = _m.nav("Lead", "Lead")
    order: Order | None = _m.nav("Order", "Order")
    case: Case | None = _m.nav("Case", "Case")
    activity_connection: Activity | None = _m.nav("ActivityConnection", "Activity")
    organizer: Contact | None = _m.nav("Organizer", "Contact")
    sender_contact: Contact | None = _m.nav("SenderContact", "Contact")
    opportunity: Opportunity | None = _m.nav("Opportunity", "Opportunity")
    usr_hash_comment: Lead | None = _m.nav("UsrHashComment", "Lead")
    activity_collection_by_activity_connection: list[Activity] = _m.nav(
        "ActivityCollectionByActivityConnection", "Activity", many=True
    )
    case_collection_by_parent_activity: list[Case] = _m.nav(
        "CaseCollectionByParentActivity", "Case", many=True
    )
