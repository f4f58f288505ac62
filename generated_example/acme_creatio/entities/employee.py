"""The Terrasoft.Configuration.OData.Employee entity type."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .account import Account
    from .contact import Contact


@attrs.define(kw_only=True, eq=False, repr=False)
class Employee(_m.Entity):
    """The ``Employee`` entity type.

    Entity set: ``Employee``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.Employee"
    __odata_key__ = ("Id",)
    __odata_set__ = "Employee"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    contact_id: uuid.UUID | None = _m.field("ContactId", "Guid")
    """Lookup to Contact (navigation ``contact``)."""
    name: str = _m.field("Name", "String")
    notes: str = _m.field("Notes", "String")
    full_job_title: str = _m.field("FullJobTitle", "String")
    owner_id: uuid.UUID | None = _m.field("OwnerId", "Guid")
    """Lookup to Contact (navigation ``owner``)."""
    career_start_date: datetime.datetime | None = _m.field(
        "CareerStartDate", "DateTimeOffset"
    )
    career_due_date: datetime.datetime | None = _m.field(
        "CareerDueDate", "DateTimeOffset"
    )
    probation_due_date: datetime.datetime | None = _m.field(
        "ProbationDueDate", "DateTimeOffset"
    )
    account_id: uuid.UUID | None = _m.field("AccountId", "Guid")
    """Lookup to Account (navigation ``account``)."""
    manager_id: uuid.UUID | None = _m.field("ManagerId", "Guid")
    """Lookup to Employee (navigation ``manager``)."""
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    contact: Contact | None = _m.nav("Contact", "Contact")
    owner: Contact | None = _m.nav("Owner", "Contact")
    account: Account | None = _m.nav("Account", "Account")
    manager: Employee | None = _m.nav("Manager", "Employee")
    employee_collection_by_manager: list[Employee] = _m.nav(
        "EmployeeCollectionByManager", "Employee", many=True
    )
