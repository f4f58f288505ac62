"""The Terrasoft.Configuration.OData.ActivityType entity type."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .activity import Activity
    from .contact import Contact


@attrs.define(kw_only=True, eq=False, repr=False)
class ActivityType(_m.Entity):
    """The ``ActivityType`` entity type.

    Entity set: ``ActivityType``.
    """

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
