"""The Terrasoft.Configuration.OData.Employee entity type."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

import attrs

from .._runtime import entityset as _c
from .._runtime import fields as _q
from .._runtime import model as _m

if TYPE_CHECKING:
    import datetime
    import uuid
    from .account import Account, AccountFields
    from .contact import Contact, ContactFields


class EmployeeFields(_q.Fields):
    """The fields of ``Employee``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    contact_id: _q.LookupField = _q.LookupField("ContactId", "Contact", "Id")
    name: _q.StrField = _q.StrField("Name")
    notes: _q.StrField = _q.StrField("Notes")
    full_job_title: _q.StrField = _q.StrField("FullJobTitle")
    owner_id: _q.LookupField = _q.LookupField("OwnerId", "Owner", "Id")
    career_start_date: _q.DateTimeField = _q.DateTimeField("CareerStartDate")
    career_due_date: _q.DateTimeField = _q.DateTimeField("CareerDueDate")
    probation_due_date: _q.DateTimeField = _q.DateTimeField("ProbationDueDate")
    account_id: _q.LookupField = _q.LookupField("AccountId", "Account", "Id")
    manager_id: _q.LookupField = _q.LookupField("ManagerId", "Manager", "Id")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    contact: ContactFields = _q.nav(".entities.contact:ContactFields", "Contact")
    owner: ContactFields = _q.nav(".entities.contact:ContactFields", "Owner")
    account: AccountFields = _q.nav(".entities.account:AccountFields", "Account")
    manager: EmployeeFields = _q.nav(".entities.employee:EmployeeFields", "Manager")
    employee_collection_by_manager: EmployeeFields = _q.nav(
        ".entities.employee:EmployeeFields", "EmployeeCollectionByManager", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Employee(_m.Entity):
    """The ``Employee`` entity type.

    Entity set: ``Employee``.
    """

    q: ClassVar[EmployeeFields] = EmployeeFields()
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
            contact_id: uuid.UUID | None = _m.UNSET,
            name: str = _m.UNSET,
            notes: str = _m.UNSET,
            full_job_title: str = _m.UNSET,
            owner_id: uuid.UUID | None = _m.UNSET,
            career_start_date: datetime.datetime | None = _m.UNSET,
            career_due_date: datetime.datetime | None = _m.UNSET,
            probation_due_date: datetime.datetime | None = _m.UNSET,
            account_id: uuid.UUID | None = _m.UNSET,
            manager_id: uuid.UUID | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            contact: Contact | None = _m.UNSET,
            owner: Contact | None = _m.UNSET,
            account: Account | None = _m.UNSET,
            manager: Employee | None = _m.UNSET,
            employee_collection_by_manager: list[Employee] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class EmployeeSet(_c.EntitySet[Employee, EmployeeFields]):
    """The entity set of ``Employee`` (``client.employee``)."""

    def create(
        self,
        entity: Employee | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        notes: str = _m.UNSET,
        full_job_title: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        career_start_date: datetime.datetime | None = _m.UNSET,
        career_due_date: datetime.datetime | None = _m.UNSET,
        probation_due_date: datetime.datetime | None = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        manager_id: uuid.UUID | None = _m.UNSET,
    ) -> Employee:
        """Create a ``Employee`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | Employee,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        notes: str = _m.UNSET,
        full_job_title: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        career_start_date: datetime.datetime | None = _m.UNSET,
        career_due_date: datetime.datetime | None = _m.UNSET,
        probation_due_date: datetime.datetime | None = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        manager_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncEmployeeSet(_c.AsyncEntitySet[Employee, EmployeeFields]):
    """The async entity set of ``Employee`` (``client.employee``)."""

    async def create(
        self,
        entity: Employee | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        notes: str = _m.UNSET,
        full_job_title: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        career_start_date: datetime.datetime | None = _m.UNSET,
        career_due_date: datetime.datetime | None = _m.UNSET,
        probation_due_date: datetime.datetime | None = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        manager_id: uuid.UUID | None = _m.UNSET,
    ) -> Employee:
        """Create a ``Employee`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | Employee,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        contact_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        notes: str = _m.UNSET,
        full_job_title: str = _m.UNSET,
        owner_id: uuid.UUID | None = _m.UNSET,
        career_start_date: datetime.datetime | None = _m.UNSET,
        career_due_date: datetime.datetime | None = _m.UNSET,
        probation_due_date: datetime.datetime | None = _m.UNSET,
        account_id: uuid.UUID | None = _m.UNSET,
        manager_id: uuid.UUID | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
