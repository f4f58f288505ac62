"""The Terrasoft.Configuration.OData.CaseStatus entity type."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

import attrs

from .._runtime import entityset as _c
from .._runtime import fields as _q
from .._runtime import model as _m

if TYPE_CHECKING:
    import datetime
    import uuid
    from .case import Case, CaseFields
    from .contact import Contact, ContactFields
    from .sys_image import SysImage, SysImageFields


class CaseStatusFields(_q.Fields):
    """The fields of ``CaseStatus``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    name: _q.StrField = _q.StrField("Name")
    description: _q.StrField = _q.StrField("Description")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    is_final: _q.BoolField = _q.BoolField("IsFinal")
    is_resolved: _q.BoolField = _q.BoolField("IsResolved")
    is_paused: _q.BoolField = _q.BoolField("IsPaused")
    button_caption: _q.StrField = _q.StrField("ButtonCaption")
    is_close_on_save: _q.BoolField = _q.BoolField("IsCloseOnSave")
    image_id: _q.LookupField = _q.LookupField("ImageId", "Image", "Id")
    color: _q.StrField = _q.StrField("Color")
    is_displayed: _q.BoolField = _q.BoolField("IsDisplayed")
    stage_number: _q.IntField = _q.IntField("StageNumber")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    image: SysImageFields = _q.nav(".entities.sys_image:SysImageFields", "Image")
    case_collection_by_status: CaseFields = _q.nav(
        ".entities.case:CaseFields", "CaseCollectionByStatus", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class CaseStatus(_m.Entity):
    """The ``CaseStatus`` entity type.

    Entity set: ``CaseStatus``.
    """

    q: ClassVar[CaseStatusFields] = CaseStatusFields()
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
            is_final: bool | None = _m.UNSET,
            is_resolved: bool | None = _m.UNSET,
            is_paused: bool | None = _m.UNSET,
            button_caption: str = _m.UNSET,
            is_close_on_save: bool | None = _m.UNSET,
            image_id: uuid.UUID | None = _m.UNSET,
            color: str = _m.UNSET,
            is_displayed: bool | None = _m.UNSET,
            stage_number: int | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            image: SysImage | None = _m.UNSET,
            case_collection_by_status: list[Case] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class CaseStatusSet(_c.EntitySet[CaseStatus, CaseStatusFields]):
    """The entity set of ``CaseStatus`` (``client.case_status``)."""

    def create(
        self,
        entity: CaseStatus | None = None,
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
        is_final: bool | None = _m.UNSET,
        is_resolved: bool | None = _m.UNSET,
        is_paused: bool | None = _m.UNSET,
        button_caption: str = _m.UNSET,
        is_close_on_save: bool | None = _m.UNSET,
        image_id: uuid.UUID | None = _m.UNSET,
        color: str = _m.UNSET,
        is_displayed: bool | None = _m.UNSET,
        stage_number: int | None = _m.UNSET,
    ) -> CaseStatus:
        """Create a ``CaseStatus`` (POST) from an entity or keyword arguments; returns
        it as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | CaseStatus,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        is_final: bool | None = _m.UNSET,
        is_resolved: bool | None = _m.UNSET,
        is_paused: bool | None = _m.UNSET,
        button_caption: str = _m.UNSET,
        is_close_on_save: bool | None = _m.UNSET,
        image_id: uuid.UUID | None = _m.UNSET,
        color: str = _m.UNSET,
        is_displayed: bool | None = _m.UNSET,
        stage_number: int | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncCaseStatusSet(_c.AsyncEntitySet[CaseStatus, CaseStatusFields]):
    """The async entity set of ``CaseStatus`` (``client.case_status``)."""

    async def create(
        self,
        entity: CaseStatus | None = None,
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
        is_final: bool | None = _m.UNSET,
        is_resolved: bool | None = _m.UNSET,
        is_paused: bool | None = _m.UNSET,
        button_caption: str = _m.UNSET,
        is_close_on_save: bool | None = _m.UNSET,
        image_id: uuid.UUID | None = _m.UNSET,
        color: str = _m.UNSET,
        is_displayed: bool | None = _m.UNSET,
        stage_number: int | None = _m.UNSET,
    ) -> CaseStatus:
        """Create a ``CaseStatus`` (POST) from an entity or keyword arguments; returns
        it as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | CaseStatus,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        name: str = _m.UNSET,
        description: str = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        is_final: bool | None = _m.UNSET,
        is_resolved: bool | None = _m.UNSET,
        is_paused: bool | None = _m.UNSET,
        button_caption: str = _m.UNSET,
        is_close_on_save: bool | None = _m.UNSET,
        image_id: uuid.UUID | None = _m.UNSET,
        color: str = _m.UNSET,
        is_displayed: bool | None = _m.UNSET,
        stage_number: int | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
