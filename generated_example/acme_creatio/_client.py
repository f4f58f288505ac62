"""The clients of acme_creatio: ``Client`` and ``AsyncClient``, one typed attribute
per entity set."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._runtime import client as _client

if TYPE_CHECKING:
    from .entities.account import AccountSet, AsyncAccountSet
    from .entities.account_type import AccountTypeSet, AsyncAccountTypeSet
    from .entities.activity import ActivitySet, AsyncActivitySet
    from .entities.activity_type import ActivityTypeSet, AsyncActivityTypeSet
    from .entities.case import AsyncCaseSet, CaseSet
    from .entities.case_status import AsyncCaseStatusSet, CaseStatusSet
    from .entities.city import AsyncCitySet, CitySet
    from .entities.contact import AsyncContactSet, ContactSet
    from .entities.contact_type import AsyncContactTypeSet, ContactTypeSet
    from .entities.country import AsyncCountrySet, CountrySet
    from .entities.currency import AsyncCurrencySet, CurrencySet
    from .entities.employee import AsyncEmployeeSet, EmployeeSet
    from .entities.lead import AsyncLeadSet, LeadSet
    from .entities.opportunity import AsyncOpportunitySet, OpportunitySet
    from .entities.order import AsyncOrderSet, OrderSet
    from .entities.product import AsyncProductSet, ProductSet
    from .entities.region import AsyncRegionSet, RegionSet
    from .entities.sys_image import AsyncSysImageSet, SysImageSet
    from .entities.usr_vehicle_answer import (
        AsyncUsrVehicleAnswerSet,
        UsrVehicleAnswerSet,
    )
    from .entities.usr_vehicle_lease import AsyncUsrVehicleLeaseSet, UsrVehicleLeaseSet
    from .entities.usr_visit_policy import AsyncUsrVisitPolicySet, UsrVisitPolicySet

# Accessor, entity set, module, Set class, async Set class and model, a set a line:
# the runtime makes an accessor on first use, so a client costs nothing per set.
_SETS = """
account Account entities.account AccountSet AsyncAccountSet Account
account_type AccountType entities.account_type AccountTypeSet AsyncAccountTypeSet AccountType
activity Activity entities.activity ActivitySet AsyncActivitySet Activity
activity_type ActivityType entities.activity_type ActivityTypeSet AsyncActivityTypeSet ActivityType
case Case entities.case CaseSet AsyncCaseSet Case
case_status CaseStatus entities.case_status CaseStatusSet AsyncCaseStatusSet CaseStatus
city City entities.city CitySet AsyncCitySet City
contact Contact entities.contact ContactSet AsyncContactSet Contact
contact_type ContactType entities.contact_type ContactTypeSet AsyncContactTypeSet ContactType
country Country entities.country CountrySet AsyncCountrySet Country
currency Currency entities.currency CurrencySet AsyncCurrencySet Currency
employee Employee entities.employee EmployeeSet AsyncEmployeeSet Employee
lead Lead entities.lead LeadSet AsyncLeadSet Lead
opportunity Opportunity entities.opportunity OpportunitySet AsyncOpportunitySet Opportunity
order Order entities.order OrderSet AsyncOrderSet Order
product Product entities.product ProductSet AsyncProductSet Product
region Region entities.region RegionSet AsyncRegionSet Region
sys_image SysImage entities.sys_image SysImageSet AsyncSysImageSet SysImage
usr_vehicle_answer UsrVehicleAnswer entities.usr_vehicle_answer UsrVehicleAnswerSet AsyncUsrVehicleAnswerSet UsrVehicleAnswer
usr_vehicle_lease UsrVehicleLease entities.usr_vehicle_lease UsrVehicleLeaseSet AsyncUsrVehicleLeaseSet UsrVehicleLease
usr_visit_policy UsrVisitPolicy entities.usr_visit_policy UsrVisitPolicySet AsyncUsrVisitPolicySet UsrVisitPolicy
"""


class Client(_client.Client):
    """A client of acme-small.xml: one attribute per entity set.

    ``with Client(site_url, auth=FormsAuth(user, password)) as client:`` then
    ``client.account.query()``.
    """

    __odata_flavor__ = "creatio"
    __odata_sets__ = _SETS

    account: AccountSet
    account_type: AccountTypeSet
    activity: ActivitySet
    activity_type: ActivityTypeSet
    case: CaseSet
    case_status: CaseStatusSet
    city: CitySet
    contact: ContactSet
    contact_type: ContactTypeSet
    country: CountrySet
    currency: CurrencySet
    employee: EmployeeSet
    lead: LeadSet
    opportunity: OpportunitySet
    order: OrderSet
    product: ProductSet
    region: RegionSet
    sys_image: SysImageSet
    usr_vehicle_answer: UsrVehicleAnswerSet
    usr_vehicle_lease: UsrVehicleLeaseSet
    usr_visit_policy: UsrVisitPolicySet


class AsyncClient(_client.AsyncClient):
    """A asynchronous client of acme-small.xml: one attribute per entity set.

    ``async with AsyncClient(site_url, auth=FormsAuth(user, password)) as client:`` then
    ``client.account.query()``.
    """

    __odata_flavor__ = "creatio"
    __odata_sets__ = _SETS

    account: AsyncAccountSet
    account_type: AsyncAccountTypeSet
    activity: AsyncActivitySet
    activity_type: AsyncActivityTypeSet
    case: AsyncCaseSet
    case_status: AsyncCaseStatusSet
    city: AsyncCitySet
    contact: AsyncContactSet
    contact_type: AsyncContactTypeSet
    country: AsyncCountrySet
    currency: AsyncCurrencySet
    employee: AsyncEmployeeSet
    lead: AsyncLeadSet
    opportunity: AsyncOpportunitySet
    order: AsyncOrderSet
    product: AsyncProductSet
    region: AsyncRegionSet
    sys_image: AsyncSysImageSet
    usr_vehicle_answer: AsyncUsrVehicleAnswerSet
    usr_vehicle_lease: AsyncUsrVehicleLeaseSet
    usr_visit_policy: AsyncUsrVisitPolicySet
