"""The Terrasoft.Configuration.OData.Activity entity type."""

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
    from .activity_type import ActivityType, ActivityTypeFields
    from .case import Case, CaseFields
    from .contact import Contact, ContactFields
    from .lead import Lead, LeadFields
    from .opportunity import Opportunity, OpportunityFields
    from .order import Order, OrderFields


class ActivityFields(_q.Fields):
    """The fields of ``Activity``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    title: _q.StrField = _q.StrField("Title")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    start_date: _q.DateTimeField = _q.DateTimeField("StartDate")
    due_date: _q.DateTimeField = _q.DateTimeField("DueDate")
    author_id: _q.LookupField = _q.LookupField("AuthorId", "Author", "Id")
    remind_to_author: _q.BoolField = _q.BoolField("RemindToAuthor")
    remind_to_author_date: _q.DateTimeField = _q.DateTimeField("RemindToAuthorDate")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    remind_to_owner: _q.BoolField = _q.BoolField("RemindToOwner")
    remind_to_owner_date: _q.DateTimeField = _q.DateTimeField("RemindToOwnerDate")
    type_id: _q.LookupField = _q.LookupField("TypeId", "Type", "Id")
    show_in_scheduler: _q.BoolField = _q.BoolField("ShowInScheduler")
    detailed_result: _q.StrField = _q.StrField("DetailedResult")
    account_id: _q.LookupField = _q.LookupField("AccountId", "Account", "Id")
    contact_id: _q.LookupField = _q.LookupField("ContactId", "Contact", "Id")
    sender: _q.StrField = _q.StrField("Sender")
    recepient: _q.StrField = _q.StrField("Recepient")
    copy_recepient: _q.StrField = _q.StrField("CopyRecepient")
    blind_copy_recepient: _q.StrField = _q.StrField("BlindCopyRecepient")
    body: _q.StrField = _q.StrField("Body")
    notes: _q.StrField = _q.StrField("Notes")
    send_date: _q.DateTimeField = _q.DateTimeField("SendDate")
    duration_in_minutes: _q.IntField = _q.IntField("DurationInMinutes")
    error_on_send: _q.StrField = _q.StrField("ErrorOnSend")
    duration_in_mnutes_and_hours: _q.StrField = _q.StrField("DurationInMnutesAndHours")
    allowed_result: _q.StrField = _q.StrField("AllowedResult")
    created_by_inv_crm: _q.BoolField = _q.BoolField("CreatedByInvCRM")
    lead_id: _q.LookupField = _q.LookupField("LeadId", "Lead", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    is_html_body: _q.BoolField = _q.BoolField("IsHtmlBody")
    mail_hash: _q.StrField = _q.StrField("MailHash")
    process_element_id: _q.GuidField = _q.GuidField("ProcessElementId")
    global_activity_id: _q.StrField = _q.StrField("GlobalActivityID")
    user_email_address: _q.StrField = _q.StrField("UserEmailAddress")
    order_id: _q.LookupField = _q.LookupField("OrderId", "Order", "Id")
    case_id: _q.LookupField = _q.LookupField("CaseId", "Case", "Id")
    is_need_process: _q.BoolField = _q.BoolField("IsNeedProcess")
    activity_connection_id: _q.LookupField = _q.LookupField(
        "ActivityConnectionId", "ActivityConnection", "Id"
    )
    organizer_id: _q.LookupField = _q.LookupField("OrganizerId", "Organizer", "Id")
    location: _q.StrField = _q.StrField("Location")
    is_not_published: _q.BoolField = _q.BoolField("IsNotPublished")
    header_properties: _q.StrField = _q.StrField("HeaderProperties")
    enrich_status: _q.StrField = _q.StrField("EnrichStatus")
    service_processed: _q.BoolField = _q.BoolField("ServiceProcessed")
    is_auto_submitted: _q.BoolField = _q.BoolField("IsAutoSubmitted")
    sender_contact_id: _q.LookupField = _q.LookupField(
        "SenderContactId", "SenderContact", "Id"
    )
    opportunity_id: _q.LookupField = _q.LookupField(
        "OpportunityId", "Opportunity", "Id"
    )
    full_project_name: _q.StrField = _q.StrField("FullProjectName")
    preview: _q.StrField = _q.StrField("Preview")
    remote_created_on: _q.DateTimeField = _q.DateTimeField("RemoteCreatedOn")
    usr_channel_region: _q.BoolField = _q.BoolField("UsrChannelRegion")
    usr_region_tag: _q.DecimalField = _q.DecimalField("UsrRegionTag")
    usr_hash_comment_id: _q.LookupField = _q.LookupField(
        "UsrHashCommentId", "UsrHashComment", "Id"
    )
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    author: ContactFields = _q.nav(".entities.contact:ContactFields", "Author")
    owner: ContactFields = _q.nav(".entities.contact:ContactFields", "Owner")
    type: ActivityTypeFields = _q.nav(
        ".entities.activity_type:ActivityTypeFields", "Type"
    )
    account: AccountFields = _q.nav(".entities.account:AccountFields", "Account")
    contact: ContactFields = _q.nav(".entities.contact:ContactFields", "Contact")
    lead: LeadFields = _q.nav(".entities.lead:LeadFields", "Lead")
    order: OrderFields = _q.nav(".entities.order:OrderFields", "Order")
    case: CaseFields = _q.nav(".entities.case:CaseFields", "Case")
    activity_connection: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityConnection"
    )
    organizer: ContactFields = _q.nav(".entities.contact:ContactFields", "Organizer")
    sender_contact: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "SenderContact"
    )
    opportunity: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields", "Opportunity"
    )
    usr_hash_comment: LeadFields = _q.nav(".entities.lead:LeadFields", "UsrHashComment")
    activity_collection_by_activity_connection: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields",
        "ActivityCollectionByActivityConnection",
        many=True,
    )
    case_collection_by_parent_activity: CaseFields = _q.nav(
        ".entities.case:CaseFields", "CaseCollectionByParentActivity", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Activity(_m.Entity):
    """The ``Activity`` entity type.

    Entity set: ``Activity``.
    """

    q: ClassVar[ActivityFields] = ActivityFields()
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
            start_date: datetime.datetime | None = _m.UNSET,
            due_date: datetime.datetime | None = _m.UNSET,
            author_id: uuid.UUID | None = _m.UNSET,
            remind_to_author: bool | None = _m.UNSET,
            remind_to_author_date: datetime.datetime | None = _m.UNSET,
            owner_id: uuid.UUID | None = _m.UNSET,
            remind_to_owner: bool | None = _m.UNSET,
            remind_to_owner_date: datetime.datetime | None = _m.UNSET,
            type_id: uuid.UUID | None = _m.UNSET,
            show_in_scheduler: bool | None = _m.UNSET,
            detailed_result: str = _m.UNSET,
            account_id: uuid.UUID | None = _m.UNSET,
            contact_id: uuid.UUID | None = _m.UNSET,
            sender: str = _m.UNSET,
            recepient: str = _m.UNSET,
            copy_recepient: str = _m.UNSET,
            blind_copy_recepient: str = _m.UNSET,
            body: str = _m.UNSET,
            notes: str = _m.UNSET,
            send_date: datetime.datetime | None = _m.UNSET,
            duration_in_minutes: int | None = _m.UNSET,
            error_on_send: str = _m.UNSET,
            duration_in_mnutes_and_hours: str = _m.UNSET,
            allowed_result: str = _m.UNSET,
            created_by_inv_crm: bool | None = _m.UNSET,
            lead_id: uuid.UUID | None = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            is_html_body: bool | None = _m.UNSET,
            mail_hash: str = _m.UNSET,
            process_element_id: uuid.UUID | None = _m.UNSET,
            global_activity_id: str = _m.UNSET,
            user_email_address: str = _m.UNSET,
            order_id: uuid.UUID | None = _m.UNSET,
            case_id: uuid.UUID | None = _m.UNSET,
            is_need_process: bool | None = _m.UNSET,
            activity_connection_id: uuid.UUID | None = _m.UNSET,
            organizer_id: uuid.UUID | None = _m.UNSET,
            location: str = _m.UNSET,
            is_not_published: bool | None = _m.UNSET,
            header_properties: str = _m.UNSET,
            enrich_status: str = _m.UNSET,
            service_processed: bool | None = _m.UNSET,
            is_auto_submitted: bool | None = _m.UNSET,
            sender_contact_id: uuid.UUID | None = _m.UNSET,
            opportunity_id: uuid.UUID | None = _m.UNSET,
            full_project_name: str = _m.UNSET,
            preview: str = _m.UNSET,
            remote_created_on: datetime.datetime | None = _m.UNSET,
            usr_channel_region: bool | None = _m.UNSET,
            usr_region_tag: decimal.Decimal | None = _m.UNSET,
            usr_hash_comment_id: uuid.UUID | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            author: Contact | None = _m.UNSET,
            owner: Contact | None = _m.UNSET,
            type: ActivityType | None = _m.UNSET,
            account: Account | None = _m.UNSET,
            contact: Contact | None = _m.UNSET,
            lead: Lead | None = _m.UNSET,
            order: Order | None = _m.UNSET,
            case: Case | None = _m.UNSET,
            activity_connection: Activity | None = _m.UNSET,
            organizer: Contact | None = _m.UNSET,
            sender_contact: Contact | None = _m.UNSET,
            opportunity: Opportunity | None = _m.UNSET,
            usr_hash_comment: Lead | None = _m.UNSET,
            activity_collection_by_activity_connection: list[Activity] = _m.UNSET,
            case_collection_by_parent_activity: list[Case] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class ActivitySet(_c.EntitySet[Activity, ActivityFields]):
    """The entity set of ``Activity`` (``client.activity``)."""

    def create(
        self,
        entity: Activity | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        title: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        start_date: datetime.datetime | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        author_id: uuid.UUID | None = _m.UNSET,
        remind_to_author: bool | None = _m.UNSET,
        remind_to_author_date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        remind_to_owner: bool | None = _m.UNSET,
        remind_to_owner_date: datetime.datetime | None = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        show_in_scheduler: bool | None = _m.UNSET,
        detailed_result: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        sender: str = _m.UNSET,
        recepient: str = _m.UNSET,
        copy_recepient: str = _m.UNSET,
        blind_copy_recepient: str = _m.UNSET,
        body: str = _m.UNSET,
        notes: str = _m.UNSET,
        send_date: datetime.datetime | None = _m.UNSET,
        duration_in_minutes: int | None = _m.UNSET,
        error_on_send: str = _m.UNSET,
        duration_in_mnutes_and_hours: str = _m.UNSET,
        allowed_result: str = _m.UNSET,
        created_by_inv_crm: bool | None = _m.UNSET,
        lead_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        is_html_body: bool | None = _m.UNSET,
        mail_hash: str = _m.UNSET,
        process_element_id: uuid.UUID | None = _m.UNSET,
        global_activity_id: str = _m.UNSET,
        user_email_address: str = _m.UNSET,
        order_id: uuid.UUID | None = _m.UNSET,
        case_id: uuid.UUID | None = _m.UNSET,
        is_need_process: bool | None = _m.UNSET,
        activity_connection_id: uuid.UUID | None = _m.UNSET,
        organizer_id: uuid.UUID | None = _m.UNSET,
        location: str = _m.UNSET,
        is_not_published: bool | None = _m.UNSET,
        header_properties: str = _m.UNSET,
        enrich_status: str = _m.UNSET,
        service_processed: bool | None = _m.UNSET,
        is_auto_submitted: bool | None = _m.UNSET,
        sender_contact_id: uuid.UUID | None = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        full_project_name: str = _m.UNSET,
        preview: str = _m.UNSET,
        remote_created_on: datetime.datetime | None = _m.UNSET,
        usr_channel_region: bool | None = _m.UNSET,
        usr_region_tag: decimal.Decimal | None = _m.UNSET,
        usr_hash_comment_id: uuid.UUID | None = _m.UNSET,
    ) -> Activity:
        """Create a ``Activity`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Activity,
        /,
        *,
        title: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        start_date: datetime.datetime | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        author_id: uuid.UUID | None = _m.UNSET,
        remind_to_author: bool | None = _m.UNSET,
        remind_to_author_date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        remind_to_owner: bool | None = _m.UNSET,
        remind_to_owner_date: datetime.datetime | None = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        show_in_scheduler: bool | None = _m.UNSET,
        detailed_result: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        sender: str = _m.UNSET,
        recepient: str = _m.UNSET,
        copy_recepient: str = _m.UNSET,
        blind_copy_recepient: str = _m.UNSET,
        body: str = _m.UNSET,
        notes: str = _m.UNSET,
        send_date: datetime.datetime | None = _m.UNSET,
        duration_in_minutes: int | None = _m.UNSET,
        error_on_send: str = _m.UNSET,
        duration_in_mnutes_and_hours: str = _m.UNSET,
        allowed_result: str = _m.UNSET,
        created_by_inv_crm: bool | None = _m.UNSET,
        lead_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        is_html_body: bool | None = _m.UNSET,
        mail_hash: str = _m.UNSET,
        process_element_id: uuid.UUID | None = _m.UNSET,
        global_activity_id: str = _m.UNSET,
        user_email_address: str = _m.UNSET,
        order_id: uuid.UUID | None = _m.UNSET,
        case_id: uuid.UUID | None = _m.UNSET,
        is_need_process: bool | None = _m.UNSET,
        activity_connection_id: uuid.UUID | None = _m.UNSET,
        organizer_id: uuid.UUID | None = _m.UNSET,
        location: str = _m.UNSET,
        is_not_published: bool | None = _m.UNSET,
        header_properties: str = _m.UNSET,
        enrich_status: str = _m.UNSET,
        service_processed: bool | None = _m.UNSET,
        is_auto_submitted: bool | None = _m.UNSET,
        sender_contact_id: uuid.UUID | None = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        full_project_name: str = _m.UNSET,
        preview: str = _m.UNSET,
        remote_created_on: datetime.datetime | None = _m.UNSET,
        usr_channel_region: bool | None = _m.UNSET,
        usr_region_tag: decimal.Decimal | None = _m.UNSET,
        usr_hash_comment_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncActivitySet(_c.AsyncEntitySet[Activity, ActivityFields]):
    """The async entity set of ``Activity`` (``client.activity``)."""

    async def create(
        self,
        entity: Activity | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        title: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        start_date: datetime.datetime | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        author_id: uuid.UUID | None = _m.UNSET,
        remind_to_author: bool | None = _m.UNSET,
        remind_to_author_date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        remind_to_owner: bool | None = _m.UNSET,
        remind_to_owner_date: datetime.datetime | None = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        show_in_scheduler: bool | None = _m.UNSET,
        detailed_result: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        sender: str = _m.UNSET,
        recepient: str = _m.UNSET,
        copy_recepient: str = _m.UNSET,
        blind_copy_recepient: str = _m.UNSET,
        body: str = _m.UNSET,
        notes: str = _m.UNSET,
        send_date: datetime.datetime | None = _m.UNSET,
        duration_in_minutes: int | None = _m.UNSET,
        error_on_send: str = _m.UNSET,
        duration_in_mnutes_and_hours: str = _m.UNSET,
        allowed_result: str = _m.UNSET,
        created_by_inv_crm: bool | None = _m.UNSET,
        lead_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        is_html_body: bool | None = _m.UNSET,
        mail_hash: str = _m.UNSET,
        process_element_id: uuid.UUID | None = _m.UNSET,
        global_activity_id: str = _m.UNSET,
        user_email_address: str = _m.UNSET,
        order_id: uuid.UUID | None = _m.UNSET,
        case_id: uuid.UUID | None = _m.UNSET,
        is_need_process: bool | None = _m.UNSET,
        activity_connection_id: uuid.UUID | None = _m.UNSET,
        organizer_id: uuid.UUID | None = _m.UNSET,
        location: str = _m.UNSET,
        is_not_published: bool | None = _m.UNSET,
        header_properties: str = _m.UNSET,
        enrich_status: str = _m.UNSET,
        service_processed: bool | None = _m.UNSET,
        is_auto_submitted: bool | None = _m.UNSET,
        sender_contact_id: uuid.UUID | None = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        full_project_name: str = _m.UNSET,
        preview: str = _m.UNSET,
        remote_created_on: datetime.datetime | None = _m.UNSET,
        usr_channel_region: bool | None = _m.UNSET,
        usr_region_tag: decimal.Decimal | None = _m.UNSET,
        usr_hash_comment_id: uuid.UUID | None = _m.UNSET,
    ) -> Activity:
        """Create a ``Activity`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Activity,
        /,
        *,
        title: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        start_date: datetime.datetime | None = _m.UNSET,
        due_date: datetime.datetime | None = _m.UNSET,
        author_id: uuid.UUID | None = _m.UNSET,
        remind_to_author: bool | None = _m.UNSET,
        remind_to_author_date: datetime.datetime | None = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        remind_to_owner: bool | None = _m.UNSET,
        remind_to_owner_date: datetime.datetime | None = _m.UNSET,
        type_id: uuid.UUID | None = _m.UNSET,
        show_in_scheduler: bool | None = _m.UNSET,
        detailed_result: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        sender: str = _m.UNSET,
        recepient: str = _m.UNSET,
        copy_recepient: str = _m.UNSET,
        blind_copy_recepient: str = _m.UNSET,
        body: str = _m.UNSET,
        notes: str = _m.UNSET,
        send_date: datetime.datetime | None = _m.UNSET,
        duration_in_minutes: int | None = _m.UNSET,
        error_on_send: str = _m.UNSET,
        duration_in_mnutes_and_hours: str = _m.UNSET,
        allowed_result: str = _m.UNSET,
        created_by_inv_crm: bool | None = _m.UNSET,
        lead_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        is_html_body: bool | None = _m.UNSET,
        mail_hash: str = _m.UNSET,
        process_element_id: uuid.UUID | None = _m.UNSET,
        global_activity_id: str = _m.UNSET,
        user_email_address: str = _m.UNSET,
        order_id: uuid.UUID | None = _m.UNSET,
        case_id: uuid.UUID | None = _m.UNSET,
        is_need_process: bool | None = _m.UNSET,
        activity_connection_id: uuid.UUID | None = _m.UNSET,
        organizer_id: uuid.UUID | None = _m.UNSET,
        location: str = _m.UNSET,
        is_not_published: bool | None = _m.UNSET,
        header_properties: str = _m.UNSET,
        enrich_status: str = _m.UNSET,
        service_processed: bool | None = _m.UNSET,
        is_auto_submitted: bool | None = _m.UNSET,
        sender_contact_id: uuid.UUID | None = _m.UNSET,
        opportunity_id: uuid.UUID | None = _m.UNSET,
        full_project_name: str = _m.UNSET,
        preview: str = _m.UNSET,
        remote_created_on: datetime.datetime | None = _m.UNSET,
        usr_channel_region: bool | None = _m.UNSET,
        usr_region_tag: decimal.Decimal | None = _m.UNSET,
        usr_hash_comment_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
