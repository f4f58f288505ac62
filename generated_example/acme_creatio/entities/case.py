"""The Terrasoft.Configuration.OData.Case entity type."""

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
    from .case_status import CaseStatus, CaseStatusFields
    from .contact import Contact, ContactFields
    from .opportunity import Opportunity, OpportunityFields


class CaseFields(_q.Fields):
    """The fields of ``Case``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    number: _q.StrField = _q.StrField("Number")
    registered_on: _q.DateTimeField = _q.DateTimeField("RegisteredOn")
    subject: _q.StrField = _q.StrField("Subject")
    symptoms: _q.StrField = _q.StrField("Symptoms")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    response_date: _q.DateTimeField = _q.DateTimeField("ResponseDate")
    solution_date: _q.DateTimeField = _q.DateTimeField("SolutionDate")
    status_id: _q.LookupField = _q.LookupField("StatusId", "Status", "Id")
    notes: _q.StrField = _q.StrField("Notes")
    account_id: _q.LookupField = _q.LookupField("AccountId", "Account", "Id")
    contact_id: _q.LookupField = _q.LookupField("ContactId", "Contact", "Id")
    responded_on: _q.DateTimeField = _q.DateTimeField("RespondedOn")
    solution_provided_on: _q.DateTimeField = _q.DateTimeField("SolutionProvidedOn")
    closure_date: _q.DateTimeField = _q.DateTimeField("ClosureDate")
    solution: _q.StrField = _q.StrField("Solution")
    response_overdue: _q.BoolField = _q.BoolField("ResponseOverdue")
    solution_overdue: _q.BoolField = _q.BoolField("SolutionOverdue")
    satisfaction_level_comment: _q.StrField = _q.StrField("SatisfactionLevelComment")
    solution_remains: _q.DecimalField = _q.DecimalField("SolutionRemains")
    parent_case_id: _q.LookupField = _q.LookupField("ParentCaseId", "ParentCase", "Id")
    first_solution_provided_on: _q.DateTimeField = _q.DateTimeField(
        "FirstSolutionProvidedOn"
    )
    holder_id: _q.LookupField = _q.LookupField("HolderId", "Holder", "Id")
    processing_time_unit_value: _q.IntField = _q.IntField("ProcessingTimeUnitValue")
    parent_activity_id: _q.LookupField = _q.LookupField(
        "ParentActivityId", "ParentActivity", "Id"
    )
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    owner: ContactFields = _q.nav(".entities.contact:ContactFields", "Owner")
    status: CaseStatusFields = _q.nav(
        ".entities.case_status:CaseStatusFields", "Status"
    )
    account: AccountFields = _q.nav(".entities.account:AccountFields", "Account")
    contact: ContactFields = _q.nav(".entities.contact:ContactFields", "Contact")
    parent_case: CaseFields = _q.nav(".entities.case:CaseFields", "ParentCase")
    holder: ContactFields = _q.nav(".entities.contact:ContactFields", "Holder")
    parent_activity: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ParentActivity"
    )
    activity_collection_by_case: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityCollectionByCase", many=True
    )
    case_collection_by_parent_case: CaseFields = _q.nav(
        ".entities.case:CaseFields", "CaseCollectionByParentCase", many=True
    )
    opportunity_collection_by_usr_floor_manager: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields",
        "OpportunityCollectionByUsrFloorManager",
        many=True,
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Case(_m.Entity):
    """The ``Case`` entity type.

    Entity set: ``Case``.
    """

    q: ClassVar[CaseFields] = CaseFields()
    __odata_type__ = "Terrasoft.Configuration.OData.Case"
    __odata_key__ = ("Id",)
    __odata_set__ = "Case"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    number: str = _m.field("Number", "String")
    registered_on: datetime.datetime | None = _m.field("RegisteredOn", "DateTimeOffset")
    subject: str = _m.field("Subject", "String")
    symptoms: str = _m.field("Symptoms", "String")
    owner_id: uuid.UUID | None = _m.field("OwnerId", "Guid")
    """Lookup to Contact (navigation ``owner``)."""
    response_date: datetime.datetime | None = _m.field("ResponseDate", "DateTimeOffset")
    solution_date: datetime.datetime | None = _m.field("SolutionDate", "DateTimeOffset")
    status_id: uuid.UUID | None = _m.field("StatusId", "Guid")
    """Lookup to CaseStatus (navigation ``status``)."""
    notes: str = _m.field("Notes", "String")
    account_id: uuid.UUID | None = _m.field("AccountId", "Guid")
    """Lookup to Account (navigation ``account``)."""
    contact_id: uuid.UUID | None = _m.field("ContactId", "Guid")
    """Lookup to Contact (navigation ``contact``)."""
    responded_on: datetime.datetime | None = _m.field("RespondedOn", "DateTimeOffset")
    solution_provided_on: datetime.datetime | None = _m.field(
        "SolutionProvidedOn", "DateTimeOffset"
    )
    closure_date: datetime.datetime | None = _m.field("ClosureDate", "DateTimeOffset")
    solution: str = _m.field("Solution", "String")
    response_overdue: bool | None = _m.field("ResponseOverdue", "Boolean")
    solution_overdue: bool | None = _m.field("SolutionOverdue", "Boolean")
    satisfaction_level_comment: str = _m.field("SatisfactionLevelComment", "String")
    solution_remains: decimal.Decimal | None = _m.field("SolutionRemains", "Decimal")
    parent_case_id: uuid.UUID | None = _m.field("ParentCaseId", "Guid")
    """Lookup to Case (navigation ``parent_case``)."""
    first_solution_provided_on: datetime.datetime | None = _m.field(
        "FirstSolutionProvidedOn", "DateTimeOffset"
    )
    holder_id: uuid.UUID | None = _m.field("HolderId", "Guid")
    """Lookup to Contact (navigation ``holder``)."""
    processing_time_unit_value: int | None = _m.field(
        "ProcessingTimeUnitValue", "Int32"
    )
    parent_activity_id: uuid.UUID | None = _m.field("ParentActivityId", "Guid")
    """Lookup to Activity (navigation ``parent_activity``)."""
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    owner: Contact | None = _m.nav("Owner", "Contact")
    status: CaseStatus | None = _m.nav("Status", "CaseStatus")
    account: Account | None = _m.nav("Account", "Account")
    contact: Contact | None = _m.nav("Contact", "Contact")
    parent_case: Case | None = _m.nav("ParentCase", "Case")
    holder: Contact | None = _m.nav("Holder", "Contact")
    parent_activity: Activity | None = _m.nav("ParentActivity", "Activity")
    activity_collection_by_case: list[Activity] = _m.nav(
        "ActivityCollectionByCase", "Activity", many=True
    )
    case_collection_by_parent_case: list[Case] = _m.nav(
        "CaseCollectionByParentCase", "Case", many=True
    )
    opportunity_collection_by_usr_floor_manager: list[Opportunity] = _m.nav(
        "OpportunityCollectionByUsrFloorManager", "Opportunity", many=True
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
            registered_on: datetime.datetime | None = _m.UNSET,
            subject: str = _m.UNSET,
            symptoms: str = _m.UNSET,
            owner_id: uuid.UUID | None = _m.UNSET,
            response_date: datetime.datetime | None = _m.UNSET,
            solution_date: datetime.datetime | None = _m.UNSET,
            status_id: uuid.UUID | None = _m.UNSET,
            notes: str = _m.UNSET,
            account_id: uuid.UUID | None = _m.UNSET,
            contact_id: uuid.UUID | None = _m.UNSET,
            responded_on: datetime.datetime | None = _m.UNSET,
            solution_provided_on: datetime.datetime | None = _m.UNSET,
            closure_date: datetime.datetime | None = _m.UNSET,
            solution: str = _m.UNSET,
            response_overdue: bool | None = _m.UNSET,
            solution_overdue: bool | None = _m.UNSET,
            satisfaction_level_comment: str = _m.UNSET,
            solution_remains: decimal.Decimal | None = _m.UNSET,
            parent_case_id: uuid.UUID | None = _m.UNSET,
            first_solution_provided_on: datetime.datetime | None = _m.UNSET,
            holder_id: uuid.UUID | None = _m.UNSET,
            processing_time_unit_value: int | None = _m.UNSET,
            parent_activity_id: uuid.UUID | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            owner: Contact | None = _m.UNSET,
            status: CaseStatus | None = _m.UNSET,
            account: Account | None = _m.UNSET,
            contact: Contact | None = _m.UNSET,
            parent_case: Case | None = _m.UNSET,
            holder: Contact | None = _m.UNSET,
            parent_activity: Activity | None = _m.UNSET,
            activity_collection_by_case: list[Activity] = _m.UNSET,
            case_collection_by_parent_case: list[Case] = _m.UNSET,
            opportunity_collection_by_usr_floor_manager: list[Opportunity] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class CaseSet(_c.EntitySet[Case, CaseFields]):
    """The entity set of ``Case`` (``client.case``)."""

    def create(
        self,
        entity: Case | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        number: str = _m.UNSET,
        registered_on: datetime.datetime | None = _m.UNSET,
        subject: str = _m.UNSET,
        symptoms: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        response_date: datetime.datetime | None = _m.UNSET,
        solution_date: datetime.datetime | None = _m.UNSET,
        status_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        responded_on: datetime.datetime | None = _m.UNSET,
        solution_provided_on: datetime.datetime | None = _m.UNSET,
        closure_date: datetime.datetime | None = _m.UNSET,
        solution: str = _m.UNSET,
        response_overdue: bool | None = _m.UNSET,
        solution_overdue: bool | None = _m.UNSET,
        satisfaction_level_comment: str = _m.UNSET,
        solution_remains: decimal.Decimal | None = _m.UNSET,
        parent_case_id: uuid.UUID | None = _m.UNSET,
        first_solution_provided_on: datetime.datetime | None = _m.UNSET,
        holder_id: uuid.UUID | None = _m.UNSET,
        processing_time_unit_value: int | None = _m.UNSET,
        parent_activity_id: uuid.UUID | None = _m.UNSET,
    ) -> Case:
        """Create a ``Case`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Case,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        number: str = _m.UNSET,
        registered_on: datetime.datetime | None = _m.UNSET,
        subject: str = _m.UNSET,
        symptoms: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        response_date: datetime.datetime | None = _m.UNSET,
        solution_date: datetime.datetime | None = _m.UNSET,
        status_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        responded_on: datetime.datetime | None = _m.UNSET,
        solution_provided_on: datetime.datetime | None = _m.UNSET,
        closure_date: datetime.datetime | None = _m.UNSET,
        solution: str = _m.UNSET,
        response_overdue: bool | None = _m.UNSET,
        solution_overdue: bool | None = _m.UNSET,
        satisfaction_level_comment: str = _m.UNSET,
        solution_remains: decimal.Decimal | None = _m.UNSET,
        parent_case_id: uuid.UUID | None = _m.UNSET,
        first_solution_provided_on: datetime.datetime | None = _m.UNSET,
        holder_id: uuid.UUID | None = _m.UNSET,
        processing_time_unit_value: int | None = _m.UNSET,
        parent_activity_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncCaseSet(_c.AsyncEntitySet[Case, CaseFields]):
    """The async entity set of ``Case`` (``client.case``)."""

    async def create(
        self,
        entity: Case | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        number: str = _m.UNSET,
        registered_on: datetime.datetime | None = _m.UNSET,
        subject: str = _m.UNSET,
        symptoms: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        response_date: datetime.datetime | None = _m.UNSET,
        solution_date: datetime.datetime | None = _m.UNSET,
        status_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        responded_on: datetime.datetime | None = _m.UNSET,
        solution_provided_on: datetime.datetime | None = _m.UNSET,
        closure_date: datetime.datetime | None = _m.UNSET,
        solution: str = _m.UNSET,
        response_overdue: bool | None = _m.UNSET,
        solution_overdue: bool | None = _m.UNSET,
        satisfaction_level_comment: str = _m.UNSET,
        solution_remains: decimal.Decimal | None = _m.UNSET,
        parent_case_id: uuid.UUID | None = _m.UNSET,
        first_solution_provided_on: datetime.datetime | None = _m.UNSET,
        holder_id: uuid.UUID | None = _m.UNSET,
        processing_time_unit_value: int | None = _m.UNSET,
        parent_activity_id: uuid.UUID | None = _m.UNSET,
    ) -> Case:
        """Create a ``Case`` (POST) from an entity or keyword arguments; returns it as
        the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Case,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        number: str = _m.UNSET,
        registered_on: datetime.datetime | None = _m.UNSET,
        subject: str = _m.UNSET,
        symptoms: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        response_date: datetime.datetime | None = _m.UNSET,
        solution_date: datetime.datetime | None = _m.UNSET,
        status_id: uuid.UUID | None = _m.UNSET,
        notes: str = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        responded_on: datetime.datetime | None = _m.UNSET,
        solution_provided_on: datetime.datetime | None = _m.UNSET,
        closure_date: datetime.datetime | None = _m.UNSET,
        solution: str = _m.UNSET,
        response_overdue: bool | None = _m.UNSET,
        solution_overdue: bool | None = _m.UNSET,
        satisfaction_level_comment: str = _m.UNSET,
        solution_remains: decimal.Decimal | None = _m.UNSET,
        parent_case_id: uuid.UUID | None = _m.UNSET,
        first_solution_provided_on: datetime.datetime | None = _m.UNSET,
        holder_id: uuid.UUID | None = _m.UNSET,
        processing_time_unit_value: int | None = _m.UNSET,
        parent_activity_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
