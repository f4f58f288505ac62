"""The Terrasoft.Configuration.OData.Case entity type."""

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
    from .case_status import CaseStatus
    from .contact import Contact
    from .opportunity import Opportunity


@attrs.define(kw_only=True, eq=False, repr=False)
class Case(_m.Entity):
    """The ``Case`` entity type.

    Entity set: ``Case``.
    """

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
