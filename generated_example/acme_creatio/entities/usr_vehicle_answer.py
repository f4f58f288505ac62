"""The Terrasoft.Configuration.OData.UsrVehicleAnswer entity type."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .contact import Contact
    from .opportunity import Opportunity


@attrs.define(kw_only=True, eq=False, repr=False)
class UsrVehicleAnswer(_m.Entity):
    """The ``UsrVehicleAnswer`` entity type.

    Entity set: ``UsrVehicleAnswer``.

    Custom entity (Usr).
    """

    __odata_type__ = "Terrasoft.Configuration.OData.UsrVehicleAnswer"
    __odata_key__ = ("Id",)
    __odata_set__ = "UsrVehicleAnswer"
    id: uuid.UUID = _m.field("Id", "Guid")
    name: str = _m.field("Name", "String")
    created_on: datetime.datetime | None = _m.field("CreatedOn", "DateTimeOffset")
    created_by_id: uuid.UUID | None = _m.field("CreatedById", "Guid")
    """Lookup to Contact (navigation ``created_by``)."""
    modified_on: datetime.datetime | None = _m.field("ModifiedOn", "DateTimeOffset")
    modified_by_id: uuid.UUID | None = _m.field("ModifiedById", "Guid")
    """Lookup to Contact (navigation ``modified_by``)."""
    process_listeners: int | None = _m.field("ProcessListeners", "Int32")
    usr_margin: decimal.Decimal | None = _m.field("UsrMargin", "Decimal")
    """Custom column (Usr)."""
    usr_level: str = _m.field("UsrLevel", "String")
    """Custom column (Usr)."""
    usr_deadline_rating: str = _m.field("UsrDeadlineRating", "String")
    """Custom column (Usr)."""
    usr_external: str = _m.field("UsrExternal", "String")
    """Custom column (Usr)."""
    usr_comment_category: str = _m.field("UsrCommentCategory", "String")
    """Custom column (Usr)."""
    usr_floor: str = _m.field("UsrFloor", "String")
    """Custom column (Usr)."""
    usr_deadline: str = _m.field("UsrDeadline", "String")
    """Custom column (Usr)."""
    usr_hash_legacy: decimal.Decimal | None = _m.field("UsrHashLegacy", "Decimal")
    """Custom column (Usr)."""
    usr_level_color: str = _m.field("UsrLevelColor", "String")
    """Custom column (Usr)."""
    usr_segment_id: uuid.UUID | None = _m.field("UsrSegmentId", "Guid")
    """Lookup to Opportunity (navigation ``usr_segment``).

    Custom column (Usr).
    """
    usr_level_region: int | None = _m.field("UsrLevelRegion", "Int32")
    """Custom column (Usr)."""
    usr_reference: str = _m.field("UsrReference", "String")
    """Custom column (Usr)."""
    usr_volume_rooms: decimal.Decimal | None = _m.field("UsrVolumeRooms", "Decimal")
    """Custom column (Usr)."""
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    usr_segment: Opportunity | None = _m.nav("UsrSegment", "Opportunity")
