"""The Terrasoft.Configuration.OData.CaseStatus entity type."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .case import Case
    from .contact import Contact
    from .sys_image import SysImage


@attrs.define(kw_only=True, eq=False, repr=False)
class CaseStatus(_m.Entity):
    """The ``CaseStatus`` entity type.

    Entity set: ``CaseStatus``.
    """

    __odata_type__ = "Terrasoft.Configuration.OData.CaseStatus"
    __odata_key__ = ("Id",)
    __odata_set__ = "CaseStatus"
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
    is_final: bool | None = _m.field("IsFinal", "Boolean")
    is_resolved: bool | None = _m.field("IsResolved", "Boolean")
    is_paused: bool | None = _m.field("IsPaused", "Boolean")
    button_caption: str = _m.field("ButtonCaption", "String")
    is_close_on_save: bool | None = _m.field("IsCloseOnSave", "Boolean")
    image_id: uuid.UUID | None = _m.field("ImageId", "Guid")
    """Lookup to SysImage (navigation ``image``)."""
    color: str = _m.field("Color", "String")
    is_displayed: bool | None = _m.field("IsDisplayed", "Boolean")
    stage_number: int | None = _m.field("StageNumber", "Int32")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    image: SysImage | None = _m.nav("Image", "SysImage")
    case_collection_by_status: list[Case] = _m.nav(
        "CaseCollectionByStatus", "Case", many=True
    )
