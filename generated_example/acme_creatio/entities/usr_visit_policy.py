"""The Terrasoft.Configuration.OData.UsrVisitPolicy entity type."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

import attrs

from .._runtime import entityset as _c
from .._runtime import fields as _q
from .._runtime import model as _m

if TYPE_CHECKING:
    import datetime
    import uuid
    from .contact import Contact, ContactFields
    from .usr_vehicle_lease import UsrVehicleLease, UsrVehicleLeaseFields


class UsrVisitPolicyFields(_q.Fields):
    """The fields of ``UsrVisitPolicy``, as its ``q``: typed filters, selects and sort
    keys.
    """

    id: _q.GuidField = _q.GuidField("Id")
    name: _q.StrField = _q.StrField("Name")
    created_on: _q.DateTimeField = _q.DateTimeField("CreatedOn")
    created_by_id: _q.LookupField = _q.LookupField("CreatedById", "CreatedBy", "Id")
    modified_on: _q.DateTimeField = _q.DateTimeField("ModifiedOn")
    modified_by_id: _q.LookupField = _q.LookupField("ModifiedById", "ModifiedBy", "Id")
    process_listeners: _q.IntField = _q.IntField("ProcessListeners")
    usr_rating: _q.StrField = _q.StrField("UsrRating")
    usr_category: _q.StrField = _q.StrField("UsrCategory")
    usr_external: _q.IntField = _q.IntField("UsrExternal")
    usr_color_score_id: _q.LookupField = _q.LookupField(
        "UsrColorScoreId", "UsrColorScore", "Id"
    )
    usr_rooms_reference: _q.StrField = _q.StrField("UsrRoomsReference")
    usr_comment_manager: _q.StrField = _q.StrField("UsrCommentManager")
    usr_priority: _q.BoolField = _q.BoolField("UsrPriority")
    usr_weight: _q.StrField = _q.StrField("UsrWeight")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    usr_color_score: UsrVehicleLeaseFields = _q.nav(
        ".entities.usr_vehicle_lease:UsrVehicleLeaseFields", "UsrColorScore"
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class UsrVisitPolicy(_m.Entity):
    """The ``UsrVisitPolicy`` entity type.

    Entity set: ``UsrVisitPolicy``.

    Custom entity (Usr).
    """

    q: ClassVar[UsrVisitPolicyFields] = UsrVisitPolicyFields()
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
            usr_rating: str = _m.UNSET,
            usr_category: str = _m.UNSET,
            usr_external: int | None = _m.UNSET,
            usr_color_score_id: uuid.UUID | None = _m.UNSET,
            usr_rooms_reference: str = _m.UNSET,
            usr_comment_manager: str = _m.UNSET,
            usr_priority: bool | None = _m.UNSET,
            usr_weight: str = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            usr_color_score: UsrVehicleLease | None = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class UsrVisitPolicySet(_c.EntitySet[UsrVisitPolicy, UsrVisitPolicyFields]):
    """The entity set of ``UsrVisitPolicy`` (``client.usr_visit_policy``)."""

    def create(
        self,
        entity: UsrVisitPolicy | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_rating: str = _m.UNSET,
        usr_category: str = _m.UNSET,
        usr_external: int | None = _m.UNSET,
        usr_color_score_id: uuid.UUID | None = _m.UNSET,
        usr_rooms_reference: str = _m.UNSET,
        usr_comment_manager: str = _m.UNSET,
        usr_priority: bool | None = _m.UNSET,
        usr_weight: str = _m.UNSET,
    ) -> UsrVisitPolicy:
        """Create a ``UsrVisitPolicy`` (POST) from an entity or keyword arguments;
        returns it as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | UsrVisitPolicy,
        /,
        *,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_rating: str = _m.UNSET,
        usr_category: str = _m.UNSET,
        usr_external: int | None = _m.UNSET,
        usr_color_score_id: uuid.UUID | None = _m.UNSET,
        usr_rooms_reference: str = _m.UNSET,
        usr_comment_manager: str = _m.UNSET,
        usr_priority: bool | None = _m.UNSET,
        usr_weight: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncUsrVisitPolicySet(_c.AsyncEntitySet[UsrVisitPolicy, UsrVisitPolicyFields]):
    """The async entity set of ``UsrVisitPolicy`` (``client.usr_visit_policy``)."""

    async def create(
        self,
        entity: UsrVisitPolicy | None = None,
        /,
        *,
        id: uuid.UUID = _m.UNSET,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_rating: str = _m.UNSET,
        usr_category: str = _m.UNSET,
        usr_external: int | None = _m.UNSET,
        usr_color_score_id: uuid.UUID | None = _m.UNSET,
        usr_rooms_reference: str = _m.UNSET,
        usr_comment_manager: str = _m.UNSET,
        usr_priority: bool | None = _m.UNSET,
        usr_weight: str = _m.UNSET,
    ) -> UsrVisitPolicy:
        """Create a ``UsrVisitPolicy`` (POST) from an entity or keyword arguments;
        returns it as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | UsrVisitPolicy,
        /,
        *,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_rating: str = _m.UNSET,
        usr_category: str = _m.UNSET,
        usr_external: int | None = _m.UNSET,
        usr_color_score_id: uuid.UUID | None = _m.UNSET,
        usr_rooms_reference: str = _m.UNSET,
        usr_comment_manager: str = _m.UNSET,
        usr_priority: bool | None = _m.UNSET,
        usr_weight: str = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
