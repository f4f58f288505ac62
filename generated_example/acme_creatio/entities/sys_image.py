"""The Terrasoft.Configuration.OData.SysImage entity type."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .account import Account
    from .case_status import CaseStatus
    from .contact import Contact
    from .product import Product


@attrs.define(kw_only=True, eq=False, repr=False)
class SysImage(_m.Entity):
    """The ``SysImage`` entity type.

    Entity set: ``SysImage``.
    """

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
