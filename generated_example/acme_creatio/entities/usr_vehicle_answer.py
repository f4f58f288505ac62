"""The Terrasoft.Configuration.OData.UsrVehicleAnswer entity type."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

import attrs

from .._runtime import entityset as _c
from .._runtime import fields as _q
from .._runtime import model as _m

if TYPE_CHECKING:
    import datetime
    import decimal
    import uuid
    from .contact import Contact, ContactFields
    from .opportunity import Opportunity, OpportunityFields


class UsrVehicleAnswerFields(_q.Fields):
    """The fields of ``UsrVehicleAnswer``, as its ``q``: typed filters, selects and sort
    keys.
    """

    id: _q.GuidField = _q.GuidField("Id")
    name: _q.StrField = _q.StrField("Name")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    usr_margin: _q.DecimalField = _q.DecimalField("UsrMargin")
    usr_level: _q.StrField = _q.StrField("UsrLevel")
    usr_deadline_rating: _q.StrField = _q.StrField("UsrDeadlineRating")
    usr_external: _q.StrField = _q.StrField("UsrExternal")
    usr_comment_category: _q.StrField = _q.StrField("UsrCommentCategory")
    usr_floor: _q.StrField = _q.StrField("UsrFloor")
    usr_deadline: _q.StrField = _q.StrField("UsrDeadline")
    usr_hash_legacy: _q.DecimalField = _q.DecimalField("UsrHashLegacy")
    usr_level_color: _q.StrField = _q.StrField("UsrLevelColor")
    usr_segment_id: _q.LookupField = _q.LookupField("UsrSegmentId", "UsrSegment", "Id")
    usr_level_region: _q.IntField = _q.IntField("UsrLevelRegion")
    usr_reference: _q.StrField = _q.StrField("UsrReference")
    usr_volume_rooms: _q.DecimalField = _q.DecimalField("UsrVolumeRooms")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    usr_segment: OpportunityFields = _q.nav(
        ".entities.opportunity:OpportunityFields", "UsrSegment"
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class UsrVehicleAnswer(_m.Entity):
    """The ``UsrVehicleAnswer`` entity type.

    Entity set: ``UsrVehicleAnswer``.

    Custom entity (Usr).
    """

    q: ClassVar[UsrVehicleAnswerFields] = UsrVehicleAnswerFields()
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

    if not TYPE_CHECKING:  # see the runtime's model.py

        def __init__(
            self,
            *,
            id: uuid.UUID = _m.UNSET,
            name: str = _m.UNSET,
            created_on: datetime.datetime | None = _m.UNSET,
            created_by_id: uuid.UUID | None = _m.UNSET,
            modified_on: datetime.datetime | None = _m.UNSET,
            modified_by_id: uuid.UUID | None = _m.UNSET,
            process_listeners: int | None = _m.UNSET,
            usr_margin: decimal.Decimal | None = _m.UNSET,
            usr_level: str = _m.UNSET,
            usr_deadline_rating: str = _m.UNSET,
            usr_external: str = _m.UNSET,
            usr_comment_category: str = _m.UNSET,
            usr_floor: str = _m.UNSET,
            usr_deadline: str = _m.UNSET,
            usr_hash_legacy: decimal.Decimal | None = _m.UNSET,
            usr_level_color: str = _m.UNSET,
            usr_segment_id: uuid.UUID | None = _m.UNSET,
            usr_level_region: int | None = _m.UNSET,
            usr_reference: str = _m.UNSET,
            usr_volume_rooms: decimal.Decimal | None = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            usr_segment: Opportunity | None = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class UsrVehicleAnswerSet(_c.EntitySet[UsrVehicleAnswer, UsrVehicleAnswerFields]):
    """The entity set of ``UsrVehicleAnswer`` (``client.usr_vehicle_answer``)."""

    def create(
        self,
        entity: UsrVehicleAnswer | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_margin: decimal.Decimal | None = _m.UNSET,
        usr_level: str = _m.UNSET,
        usr_deadline_rating: str = _m.UNSET,
        usr_external: str = _m.UNSET,
        usr_comment_category: str = _m.UNSET,
        usr_floor: str = _m.UNSET,
        usr_deadline: str = _m.UNSET,
        usr_hash_legacy: decimal.Decimal | None = _m.UNSET,
        usr_level_color: str = _m.UNSET,
        usr_segment_id: uuid.UUID | None = _m.UNSET,
        usr_level_region: int | None = _m.UNSET,
        usr_reference: str = _m.UNSET,
        usr_volume_rooms: decimal.Decimal | None = _m.UNSET,
    ) -> UsrVehicleAnswer:
        """Create a ``UsrVehicleAnswer`` (POST) from an entity or keyword arguments;
        returns it as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | UsrVehicleAnswer,
        /,
        *,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_margin: decimal.Decimal | None = _m.UNSET,
        usr_level: str = _m.UNSET,
        usr_deadline_rating: str = _m.UNSET,
        usr_external: str = _m.UNSET,
        usr_comment_category: str = _m.UNSET,
        usr_floor: str = _m.UNSET,
        usr_deadline: str = _m.UNSET,
        usr_hash_legacy: decimal.Decimal | None = _m.UNSET,
        usr_level_color: str = _m.UNSET,
        usr_segment_id: uuid.UUID | None = _m.UNSET,
        usr_level_region: int | None = _m.UNSET,
        usr_reference: str = _m.UNSET,
        usr_volume_rooms: decimal.Decimal | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncUsrVehicleAnswerSet(
    _c.AsyncEntitySet[UsrVehicleAnswer, UsrVehicleAnswerFields]
):
    """The async entity set of ``UsrVehicleAnswer`` (``client.usr_vehicle_answer``)."""

    async def create(
        self,
        entity: UsrVehicleAnswer | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_margin: decimal.Decimal | None = _m.UNSET,
        usr_level: str = _m.UNSET,
        usr_deadline_rating: str = _m.UNSET,
        usr_external: str = _m.UNSET,
        usr_comment_category: str = _m.UNSET,
        usr_floor: str = _m.UNSET,
        usr_deadline: str = _m.UNSET,
        usr_hash_legacy: decimal.Decimal | None = _m.UNSET,
        usr_level_color: str = _m.UNSET,
        usr_segment_id: uuid.UUID | None = _m.UNSET,
        usr_level_region: int | None = _m.UNSET,
        usr_reference: str = _m.UNSET,
        usr_volume_rooms: decimal.Decimal | None = _m.UNSET,
    ) -> UsrVehicleAnswer:
        """Create a ``UsrVehicleAnswer`` (POST) from an entity or keyword arguments;
        returns it as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | UsrVehicleAnswer,
        /,
        *,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_margin: decimal.Decimal | None = _m.UNSET,
        usr_level: str = _m.UNSET,
        usr_deadline_rating: str = _m.UNSET,
        usr_external: str = _m.UNSET,
        usr_comment_category: str = _m.UNSET,
        usr_floor: str = _m.UNSET,
        usr_deadline: str = _m.UNSET,
        usr_hash_legacy: decimal.Decimal | None = _m.UNSET,
        usr_level_color: str = _m.UNSET,
        usr_segment_id: uuid.UUID | None = _m.UNSET,
        usr_level_region: int | None = _m.UNSET,
        usr_reference: str = _m.UNSET,
        usr_volume_rooms: decimal.Decimal | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
