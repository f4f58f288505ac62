"""The Terrasoft.Configuration.OData.AccountType entity type."""

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


class AccountTypeFields(_q.Fields):
    """The fields of ``AccountType``, as its ``q``: typed filters, selects and sort
    keys.
    """

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    name: _q.StrField = _q.StrField("Name")
    description: _q.StrField = _q.StrField("Description")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    account_collection_by_type: AccountFields = _q.nav(
        ".entities.account:AccountFields", "AccountCollectionByType", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class AccountType(_m.Entity):
    """The ``AccountType`` entity type.

    Entity set: ``AccountType``.
    """

    q: ClassVar[AccountTypeFields] = AccountTypeFields()
    __odata_type__ = "Terrasoft.Configuration.OData.AccountType"
    __odata_key__ = ("Id",)
    __odata_set__ = "AccountType"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    name: str = _m.field("Name", "String")
    description: str = _m.field("Description", "String")
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    account_collection_by_type: list[Account] = _m.nav(
        "AccountCollectionByType", "Account", many=True
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
            name: str = _m.UNSET,
            description: str = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            account_collection_by_type: list[Account] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class AccountTypeSet(_c.EntitySet[AccountType, AccountTypeFields]):
    """The entity set of ``AccountType`` (``client.account_type``)."""

    def create(
        self,
        entity: AccountType | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> AccountType:
        """Create a ``AccountType`` (POST) from an entity or keyword arguments; returns
        it as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | AccountType,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncAccountTypeSet(_c.AsyncEntitySet[AccountType, AccountTypeFields]):
    """The async entity set of ``AccountType`` (``client.account_type``)."""

    async def create(
        self,
        entity: AccountType | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> AccountType:
        """Create a ``AccountType`` (POST) from an entity or keyword arguments; returns
        it as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | AccountType,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
