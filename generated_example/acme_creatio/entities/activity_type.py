"""The Terrasoft.Configuration.OData.ActivityType entity type."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

import attrs

from .._runtime import entityset as _c
from .._runtime import fields as _q
from .._runtime import model as _m

if TYPE_CHECKING:
    import datetime
    import uuid
    from .activity import Activity, ActivityFields
    from .contact import Contact, ContactFields


class ActivityTypeFields(_q.Fields):
    """The fields of ``ActivityType``, as its ``q``: typed filters, selects and sort
    keys.
    """

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    name: _q.StrField = _q.StrField("Name")
    description: _q.StrField = _q.StrField("Description")
    code: _q.StrField = _q.StrField("Code")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    activity_collection_by_type: ActivityFields = _q.nav(
        ".entities.activity:ActivityFields", "ActivityCollectionByType", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ActivityType(_m.Entity):
    """The ``ActivityType`` entity type.

    Entity set: ``ActivityType``.
    """

    q: ClassVar[ActivityTypeFields] = ActivityTypeFields()
    __odata_type__ = "Terrasoft.Configuration.OData.ActivityType"
    __odata_key__ = ("Id",)
    __odata_set__ = "ActivityType"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    name: str = _m.field("Name", "String")
    description: str = _m.field("Description", "String")
    code: str = _m.field("Code", "String")
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    type_image: _m.StreamRef = _m.field("TypeImage", "Stream")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    activity_collection_by_type: list[Activity] = _m.nav(
        "ActivityCollectionByType", "Activity", many=True
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
            code: str = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            type_image: _m.StreamRef = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            activity_collection_by_type: list[Activity] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class ActivityTypeSet(_c.EntitySet[ActivityType, ActivityTypeFields]):
    """The entity set of ``ActivityType`` (``client.activity_type``)."""

    def create(
        self,
        entity: ActivityType | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        code: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> ActivityType:
        """Create a ``ActivityType`` (POST) from an entity or keyword arguments; returns
        it as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | ActivityType,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        code: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncActivityTypeSet(_c.AsyncEntitySet[ActivityType, ActivityTypeFields]):
    """The async entity set of ``ActivityType`` (``client.activity_type``)."""

    async def create(
        self,
        entity: ActivityType | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        code: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> ActivityType:
        """Create a ``ActivityType`` (POST) from an entity or keyword arguments; returns
        it as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | ActivityType,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        code: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
