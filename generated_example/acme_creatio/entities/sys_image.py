"""The Terrasoft.Configuration.OData.SysImage entity type."""

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
    from .case_status import CaseStatus, CaseStatusFields
    from .contact import Contact, ContactFields
    from .product import Product, ProductFields


class SysImageFields(_q.Fields):
    """The fields of ``SysImage``, as its ``q``: typed filters, selects and sort keys."""

    id: _q.GuidField = _q.GuidField("Id")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    uploaded_on: _q.DateTimeField = _q.DateTimeField("UploadedOn")
    name: _q.StrField = _q.StrField("Name")
    mime_type: _q.StrField = _q.StrField("MimeType")
    has_ref: _q.BoolField = _q.BoolField("HasRef")
    hash: _q.StrField = _q.StrField("Hash")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    account_collection_by_account_logo: AccountFields = _q.nav(
        ".entities.account:AccountFields", "AccountCollectionByAccountLogo", many=True
    )
    case_status_collection_by_image: CaseStatusFields = _q.nav(
        ".entities.case_status:CaseStatusFields",
        "CaseStatusCollectionByImage",
        many=True,
    )
    contact_collection_by_photo: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "ContactCollectionByPhoto", many=True
    )
    product_collection_by_picture: ProductFields = _q.nav(
        ".entities.product:ProductFields", "ProductCollectionByPicture", many=True
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class SysImage(_m.Entity):
    """The ``SysImage`` entity type.

    Entity set: ``SysImage``.
    """

    q: ClassVar[SysImageFields] = SysImageFields()
    __odata_type__ = "Terrasoft.Configuration.OData.SysImage"
    __odata_key__ = ("Id",)
    __odata_set__ = "SysImage"
    id: uuid.UUID = _m.field("Id", "Guid")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    uploaded_on: datetime.datetime | None = _m.field("UploadedOn", "DateTimeOffset")
    name: str = _m.field("Name", "String")
    mime_type: str = _m.field("MimeType", "String")
    has_ref: bool | None = _m.field("HasRef", "Boolean")
    hash: str = _m.field("Hash", "String")
    data: _m.StreamRef = _m.field("Data", "Stream")
    preview_data: _m.StreamRef = _m.field("PreviewData", "Stream")
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    account_collection_by_account_logo: list[Account] = _m.nav(
        "AccountCollectionByAccountLogo", "Account", many=True
    )
    case_status_collection_by_image: list[CaseStatus] = _m.nav(
        "CaseStatusCollectionByImage", "CaseStatus", many=True
    )
    contact_collection_by_photo: list[Contact] = _m.nav(
        "ContactCollectionByPhoto", "Contact", many=True
    )
    product_collection_by_picture: list[Product] = _m.nav(
        "ProductCollectionByPicture", "Product", many=True
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
            uploaded_on: datetime.datetime | None = _m.UNSET,
            name: str = _m.UNSET,
            mime_type: str = _m.UNSET,
            has_ref: bool | None = _m.UNSET,
            hash: str = _m.UNSET,
            data: _m.StreamRef = _m.UNSET,
            preview_data: _m.StreamRef = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            account_collection_by_account_logo: list[Account] = _m.UNSET,
            case_status_collection_by_image: list[CaseStatus] = _m.UNSET,
            contact_collection_by_photo: list[Contact] = _m.UNSET,
            product_collection_by_picture: list[Product] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class SysImageSet(_c.EntitySet[SysImage, SysImageFields]):
    """The entity set of ``SysImage`` (``client.sys_image``)."""

    def create(
        self,
        entity: SysImage | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        uploaded_on: datetime.datetime | None = _m.UNSET,
        name: str = _m.UNSET,
        mime_type: str = _m.UNSET,
        has_ref: bool | None = _m.UNSET,
        hash: str = _m.UNSET,
    ) -> SysImage:
        """Create a ``SysImage`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | SysImage,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        uploaded_on: datetime.datetime | None = _m.UNSET,
        name: str = _m.UNSET,
        mime_type: str = _m.UNSET,
        has_ref: bool | None = _m.UNSET,
        hash: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncSysImageSet(_c.AsyncEntitySet[SysImage, SysImageFields]):
    """The async entity set of ``SysImage`` (``client.sys_image``)."""

    async def create(
        self,
        entity: SysImage | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        uploaded_on: datetime.datetime | None = _m.UNSET,
        name: str = _m.UNSET,
        mime_type: str = _m.UNSET,
        has_ref: bool | None = _m.UNSET,
        hash: str = _m.UNSET,
    ) -> SysImage:
        """Create a ``SysImage`` (POST) from an entity or keyword arguments; returns it
        as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | SysImage,
        /,
        *,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        uploaded_on: datetime.datetime | None = _m.UNSET,
        name: str = _m.UNSET,
        mime_type: str = _m.UNSET,
        has_ref: bool | None = _m.UNSET,
        hash: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
