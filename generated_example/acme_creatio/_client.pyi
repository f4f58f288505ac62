"""The clients of acme_creatio, for editors and type checkers: one typed attribute per
entity set."""

from ._runtime import client as _client
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
from .entities.usr_vehicle_answer import AsyncUsrVehicleAnswerSet, UsrVehicleAnswerSet
from .entities.usr_vehicle_lease import AsyncUsrVehicleLeaseSet, UsrVehicleLeaseSet
from .entities.usr_visit_policy import AsyncUsrVisitPolicySet, UsrVisitPolicySet

class Client(_client.Client):
    """A client of acme-small.xml: one attribute per entity set.

    ``with Client(site_url, auth=FormsAuth(user, password)) as client:`` then
    ``client.account.query()``.
    """

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
