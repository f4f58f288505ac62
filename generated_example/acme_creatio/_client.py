"""The clients of acme_creatio: ``Client`` and ``AsyncClient``, one attribute per
entity set (typed in ``_client.pyi``, made on first use)."""

from __future__ import annotations

from ._runtime import client as _client

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


class AsyncClient(_client.AsyncClient):
    """A asynchronous client of acme-small.xml: one attribute per entity set.

    ``async with AsyncClient(site_url, auth=FormsAuth(user, password)) as client:`` then
    ``client.account.query()``.
    """

    __odata_flavor__ = "creatio"
    __odata_sets__ = _SETS
