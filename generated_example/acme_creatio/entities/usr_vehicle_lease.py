"""The Terrasoft.Configuration.OData.UsrVehicleLease entity type."""

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
    from .account import Account, AccountFields
    from .contact import Contact, ContactFields
    from .lead import Lead, LeadFields
    from .usr_visit_policy import UsrVisitPolicy, UsrVisitPolicyFields


class UsrVehicleLeaseFields(_q.Fields):
    """The fields of ``UsrVehicleLease``, as its ``q``: typed filters, selects and sort
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
    usr_rating_color_id: _q.LookupField = _q.LookupField(
        "UsrRatingColorId", "UsrRatingColor", "Id"
    )
    usr_rating_margin_id: _q.LookupField = _q.LookupField(
        "UsrRatingMarginId", "UsrRatingMargin", "Id"
    )
    usr_region: _q.StrField = _q.StrField("UsrRegion")
    usr_agent_id: _q.LookupField = _q.LookupField("UsrAgentId", "UsrAgent", "Id")
    usr_sync_area: _q.IntField = _q.IntField("UsrSyncArea")
    usr_level_approved: _q.StrField = _q.StrField("UsrLevelApproved")
    usr_external_category: _q.DateTimeField = _q.DateTimeField("UsrExternalCategory")
    usr_score_region_id: _q.LookupField = _q.LookupField(
        "UsrScoreRegionId", "UsrScoreRegion", "Id"
    )
    usr_source: _q.StrField = _q.StrField("UsrSource")
    usr_end_date: _q.StrField = _q.StrField("UsrEndDate")
    usr_external: _q.IntField = _q.IntField("UsrExternal")
    usr_price: _q.DecimalField = _q.DecimalField("UsrPrice")
    created_by: ContactFields = _q.nav(".entities.contact:ContactFields", "CreatedBy")
    modified_by: ContactFields = _q.nav(".entities.contact:ContactFields", "ModifiedBy")
    usr_rating_color: LeadFields = _q.nav(".entities.lead:LeadFields", "UsrRatingColor")
    usr_rating_margin: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "UsrRatingMargin"
    )
    usr_agent: AccountFields = _q.nav(".entities.account:AccountFields", "UsrAgent")
    usr_score_region: ContactFields = _q.nav(
        ".entities.contact:ContactFields", "UsrScoreRegion"
    )
    usr_visit_policy_collection_by_usr_color_score: UsrVisitPolicyFields = _q.nav(
        ".entities.usr_visit_policy:UsrVisitPolicyFields",
        "UsrVisitPolicyCollectionByUsrColorScore",
        many=True,
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class UsrVehicleLease(_m.Entity):
    """The ``UsrVehicleLease`` entity type.

    Entity set: ``UsrVehicleLease``.

    Custom entity (Usr).
    """

    q: ClassVar[UsrVehicleLeaseFields] = UsrVehicleLeaseFields()
    __odata_type__ = "Terrasoft.Configuration.OData.UsrVehicleLease"
    __odata_key__ = ("Id",)
    __odata_set__ = "UsrVehicleLease"
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
    usr_rating_color_id: uuid.UUID | None = _m.field("UsrRatingColorId", "Guid")
    """Lookup to Lead (navigation ``usr_rating_color``).

    Custom column (Usr).
    """
    usr_rating_margin_id: uuid.UUID | None = _m.field("UsrRatingMarginId", "Guid")
    """Lookup to Contact (navigation ``usr_rating_margin``).

    Custom column (Usr).
    """
    usr_region: str = _m.field("UsrRegion", "String")
    """Custom column (Usr)."""
    usr_agent_id: uuid.UUID | None = _m.field("UsrAgentId", "Guid")
    """Lookup to Account (navigation ``usr_agent``).

    Custom column (Usr).
    """
    usr_sync_area: int | None = _m.field("UsrSyncArea", "Int32")
    """Custom column (Usr)."""
    usr_level_approved: str = _m.field("UsrLevelApproved", "String")
    """Custom column (Usr)."""
    usr_external_category: datetime.datetime | None = _m.field(
        "UsrExternalCategory", "DateTimeOffset"
    )
    """Custom column (Usr)."""
    usr_score_region_id: uuid.UUID | None = _m.field("UsrScoreRegionId", "Guid")
    """Lookup to Contact (navigation ``usr_score_region``).

    Custom column (Usr).
    """
    usr_source: str = _m.field("UsrSource", "String")
    """Custom column (Usr)."""
    usr_end_date: str = _m.field("UsrEndDate", "String")
    """Custom column (Usr)."""
    usr_external: int | None = _m.field("UsrExternal", "Int32")
    """Custom column (Usr)."""
    usr_price: decimal.Decimal | None = _m.field("UsrPrice", "Decimal")
    """Custom column (Usr)."""
    usr_notes: _m.StreamRef = _m.field("UsrNotes", "Stream")
    """Custom column (Usr)."""
    created_by: Contact | None = _m.nav("CreatedBy", "Contact")
    modified_by: Contact | None = _m.nav("ModifiedBy", "Contact")
    usr_rating_color: Lead | None = _m.nav("UsrRatingColor", "Lead")
    usr_rating_margin: Contact | None = _m.nav("UsrRatingMargin", "Contact")
    usr_agent: Account | None = _m.nav("UsrAgent", "Account")
    usr_score_region: Contact | None = _m.nav("UsrScoreRegion", "Contact")
    usr_visit_policy_collection_by_usr_color_score: list[UsrVisitPolicy] = _m.nav(
        "UsrVisitPolicyCollectionByUsrColorScore", "UsrVisitPolicy", many=True
    )

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
            usr_rating_color_id: uuid.UUID | None = _m.UNSET,
            usr_rating_margin_id: uuid.UUID | None = _m.UNSET,
            usr_region: str = _m.UNSET,
            usr_agent_id: uuid.UUID | None = _m.UNSET,
            usr_sync_area: int | None = _m.UNSET,
            usr_level_approved: str = _m.UNSET,
            usr_external_category: datetime.datetime | None = _m.UNSET,
            usr_score_region_id: uuid.UUID | None = _m.UNSET,
            usr_source: str = _m.UNSET,
            usr_end_date: str = _m.UNSET,
            usr_external: int | None = _m.UNSET,
            usr_price: decimal.Decimal | None = _m.UNSET,
            usr_notes: _m.StreamRef = _m.UNSET,
            created_by: Contact | None = _m.UNSET,
            modified_by: Contact | None = _m.UNSET,
            usr_rating_color: Lead | None = _m.UNSET,
            usr_rating_margin: Contact | None = _m.UNSET,
            usr_agent: Account | None = _m.UNSET,
            usr_score_region: Contact | None = _m.UNSET,
            usr_visit_policy_collection_by_usr_color_score: list[
                UsrVisitPolicy
            ] = _m.UNSET,
        ) -> None:
            _m.init(self, locals())


class UsrVehicleLeaseSet(_c.EntitySet[UsrVehicleLease, UsrVehicleLeaseFields]):
    """The entity set of ``UsrVehicleLease`` (``client.usr_vehicle_lease``)."""

    def create(
        self,
        entity: UsrVehicleLease | None = None,
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
        usr_rating_color_id: uuid.UUID | None = _m.UNSET,
        usr_rating_margin_id: uuid.UUID | None = _m.UNSET,
        usr_region: str = _m.UNSET,
        usr_agent_id: uuid.UUID | None = _m.UNSET,
        usr_sync_area: int | None = _m.UNSET,
        usr_level_approved: str = _m.UNSET,
        usr_external_category: datetime.datetime | None = _m.UNSET,
        usr_score_region_id: uuid.UUID | None = _m.UNSET,
        usr_source: str = _m.UNSET,
        usr_end_date: str = _m.UNSET,
        usr_external: int | None = _m.UNSET,
        usr_price: decimal.Decimal | None = _m.UNSET,
    ) -> UsrVehicleLease:
        """Create a ``UsrVehicleLease`` (POST) from an entity or keyword arguments;
        returns it as the service stored it.
        """
        return self._create(locals())

    def update(
        self,
        key: uuid.UUID | UsrVehicleLease,
        /,
        *,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_rating: str = _m.UNSET,
        usr_rating_color_id: uuid.UUID | None = _m.UNSET,
        usr_rating_margin_id: uuid.UUID | None = _m.UNSET,
        usr_region: str = _m.UNSET,
        usr_agent_id: uuid.UUID | None = _m.UNSET,
        usr_sync_area: int | None = _m.UNSET,
        usr_level_approved: str = _m.UNSET,
        usr_external_category: datetime.datetime | None = _m.UNSET,
        usr_score_region_id: uuid.UUID | None = _m.UNSET,
        usr_source: str = _m.UNSET,
        usr_end_date: str = _m.UNSET,
        usr_external: int | None = _m.UNSET,
        usr_price: decimal.Decimal | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        self._update(key, locals())


class AsyncUsrVehicleLeaseSet(
    _c.AsyncEntitySet[UsrVehicleLease, UsrVehicleLeaseFields]
):
    """The async entity set of ``UsrVehicleLease`` (``client.usr_vehicle_lease``)."""

    async def create(
        self,
        entity: UsrVehicleLease | None = None,
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
        usr_rating_color_id: uuid.UUID | None = _m.UNSET,
        usr_rating_margin_id: uuid.UUID | None = _m.UNSET,
        usr_region: str = _m.UNSET,
        usr_agent_id: uuid.UUID | None = _m.UNSET,
        usr_sync_area: int | None = _m.UNSET,
        usr_level_approved: str = _m.UNSET,
        usr_external_category: datetime.datetime | None = _m.UNSET,
        usr_score_region_id: uuid.UUID | None = _m.UNSET,
        usr_source: str = _m.UNSET,
        usr_end_date: str = _m.UNSET,
        usr_external: int | None = _m.UNSET,
        usr_price: decimal.Decimal | None = _m.UNSET,
    ) -> UsrVehicleLease:
        """Create a ``UsrVehicleLease`` (POST) from an entity or keyword arguments;
        returns it as the service stored it.
        """
        return await self._create(locals())

    async def update(
        self,
        key: uuid.UUID | UsrVehicleLease,
        /,
        *,
        name: str = _m.UNSET,
        created_on: datetime.datetime | None = _m.UNSET,
        created_by_id: uuid.UUID | None = _m.UNSET,
        modified_on: datetime.datetime | None = _m.UNSET,
        modified_by_id: uuid.UUID | None = _m.UNSET,
        process_listeners: int | None = _m.UNSET,
        usr_rating: str = _m.UNSET,
        usr_rating_color_id: uuid.UUID | None = _m.UNSET,
        usr_rating_margin_id: uuid.UUID | None = _m.UNSET,
        usr_region: str = _m.UNSET,
        usr_agent_id: uuid.UUID | None = _m.UNSET,
        usr_sync_area: int | None = _m.UNSET,
        usr_level_approved: str = _m.UNSET,
        usr_external_category: datetime.datetime | None = _m.UNSET,
        usr_score_region_id: uuid.UUID | None = _m.UNSET,
        usr_source: str = _m.UNSET,
        usr_end_date: str = _m.UNSET,
        usr_external: int | None = _m.UNSET,
        usr_price: decimal.Decimal | None = _m.UNSET,
    ) -> None:
        """Change only the given fields (PATCH); or pass a changed entity to send its
        changes.
        """
        await self._update(key, locals())
