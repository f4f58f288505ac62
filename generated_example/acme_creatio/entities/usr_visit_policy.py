"""The Terrasoft.Configuration.OData.UsrVisitPolicy entity type."""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .contact import Contact
    from .usr_vehicle_lease import UsrVehicleLease


@attrs.define(kw_only=True, eq=False, repr=False)
class UsrVisitPolicy(_m.Entity):
    """The ``UsrVisitPolicy`` entity type.

    Entity set: ``UsrVisitPolicy``.

    Custom entity (Usr).
    """

    __odata_type__ = "Terrasoft.Configuration.OData.UsrVisitPolicy"
    __odata_key__ = ("Id",)
    __odata_set__ = "UsrVisitPolicy"
    id: uuid.UUID = _m.field("Id", "Guid")
    name: str = _m.field("Name", "String")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    usr_rating: str = _m.field("UsrRating", "String")
    """Custom column (Usr)."""
    usr_category: str = _m.field("UsrCategory", "String")
    """Custom column (Usr)."""
    usr_external: int | None = _m.field("UsrExternal", "Int32")
    """Custom column (Usr)."""
    usr_color_score_id: uuid.UUID | None = _m.field("UsrColorScoreId", "Guid")
    """Lookup to UsrVehicleLease (navigation ``usr_color_score``).

    Custom column (Usr).
    """
    usr_rooms_reference: str = _m.field("UsrRoomsReference", "String")
    """Custom column (Usr)."""
    usr_comment_manager: str = _m.field("UsrCommentManager", "String")
    """Custom column (Usr)."""
    usr_priority: bool | None = _m.field("UsrPriority", "Boolean")
    """Custom column (Usr)."""
    usr_weight: str = _m.field("UsrWeight", "String")
    """Custom column (Usr)."""
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    usr_color_score: UsrVehicleLease | None = _m.nav("UsrColorScore", "UsrVehicleLease")
