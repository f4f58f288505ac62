"""The Terrasoft.Configuration.OData.ContactType entity type."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .contact import Contact


@attrs.define(kw_only=True, eq=False, repr=False)
class ContactType(_m.Entity):
    """The ``ContactType`` entity type.

    Entity set: ``ContactType``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.ContactType"
    __odata_key__ = ("Id",)
    __odata_set__ = "ContactType"
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
    contact_collection_by_type: list[Contact] = _m.nav(
        "ContactCollectionByType", "Contact", many=True
    )
