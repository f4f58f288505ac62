"""The Terrasoft.Configuration.OData.UsrVehicleLease entity type."""

from __future__ import annotations

import datetime
import decimal
import uuid
from typing import TYPE_CHECKING

import attrs

from .._runtime import model as _m

if TYPE_CHECKING:
    from .account import Account
    from .contact import Contact
    from .lead import Lead
    from .usr_visit_policy import UsrVisitPolicy


@attrs.define(kw_only=True, eq=False, repr=False)
class UsrVehicleLease(_m.Entity):
    """The ``UsrVehicleLease`` entity type.

    Entity set: ``UsrVehicleLease``.

    Custom entity (Usr).
    """

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
