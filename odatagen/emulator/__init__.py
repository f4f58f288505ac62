"""A local Creatio-like OData 4 server for your tests: `odatagen emulate`.

It serves any Creatio-shaped `$metadata` (one SQLite table per entity set, created on
first use) with Creatio's login, cookies, CSRF check, status codes, error bodies,
empty-value sentinels, 20,000-row cap, JSON `$batch` and stream columns, and it can
inject faults. Install it with ``pip install 'odatagen[emulator]'``.

Command line::

    odatagen emulate acme.xml --seed-data seed.json            # http://127.0.0.1:8000
    odatagen emulate acme.xml --port 0 --layout core --expired 302 --session-lifetime 60

- Forms login: ``POST /ServiceModel/AuthService.svc/Login`` with
  ``{"UserName": "Supervisor", "UserPassword": "Supervisor"}`` (``--user``,
  ``--password``); always 200, ``{"Code": 0, ...}`` with the cookies ``.ASPXAUTH``,
  ``BPMCSRF``, ``BPMLOADER``, ``UserName``, or ``{"Code": 1, "Message": ...}``. Every
  OData request then sends the cookies and the header ``BPMCSRF``. ``…/Logout`` ends
  the session. A missing or expired session answers 401 (``--expired 403`` or ``302``
  to ``/Login/NuiLogin.aspx``, an HTML page).
- OAuth 2.0: ``POST /connect/token`` (form-encoded ``grant_type=client_credentials``,
  ``client_id=odatagen``, ``client_secret=odatagen-secret``; ``--client-id``,
  ``--client-secret``), then ``Authorization: Bearer <token>``.
- OData at ``/0/odata`` (``--layout core``: ``/odata``): ``$metadata``, entity sets,
  ``Contact(<bare guid>)``, ``$filter`` (through `odata-query`), ``$select``,
  ``$expand`` (lookups and partner collections, with nested options), ``$orderby``,
  ``$top``, ``$skip``, ``$count``, ``/$count``, ``$batch``, ``SysImage(<id>)/Data``.
  Creatio's traps are reproduced: ``AccountId eq …`` in ``$filter`` fails with "Column
  by path AccountId not found in schema." (write ``Account/Id eq …``), ``in`` fails,
  a ``+`` for a space in the query string is a 400, quoted Guids are a 400.
- Faults, at start (``--latency``, ``--fail-count``/``--fail-status``/
  ``--retry-after``, ``--drop-count``, ``--fault-scope``) or at run time:
  ``POST /__emulator/faults`` with ``{"latency": 0.5}``, ``{"fail_count": 3,
  "fail_status": 429, "retry_after": 2}``, ``{"drop_count": 1}``,
  ``{"expire_sessions": true}``, ``{"rebuilding": ["UsrRealty"]}``;
  ``GET`` shows them, ``DELETE`` clears them. ``POST /__emulator/data`` adds rows
  (seed format), ``POST /__emulator/reset`` goes back to the seed data.

Seed data (``--seed-data``, ``seed=``) is JSON by entity-set name, values written as in
an OData body; a stream is base64 with its type in ``"Data@odata.mediaContentType"``::

    {"Account": [{"Id": "a1c0ffee-…", "Name": "Acme"}],
     "Contact": [{"Name": "Ann", "AccountId": "a1c0ffee-…"}]}

In pytest (a background thread, a free port; nothing to start by hand)::

    from odatagen.emulator import emulated, emulator_fixture

    def test_sync():
        with emulated("tests/acme.xml", seed="tests/seed.json") as site:
            site.url        # http://127.0.0.1:PORT, the site (for Forms login)
            site.root       # http://127.0.0.1:PORT/0/odata
            site.insert("Contact", [{"Name": f"C{i}"} for i in range(25_000)])  # no HTTP
            site.faults.fail(2, status=429, retry_after=1)   # the next 2 requests
            site.faults.drop(1)                              # close without answering
            site.faults.set_latency(0.2)
            site.faults.expire_sessions()
            with site.client() as http:                      # an httpx.Client, logged in
                http.get(site.root + "/Contact?$top=10")

    # conftest.py: one emulator per test session, shared by the tests that ask for it
    creatio = emulator_fixture("tests/acme.xml", seed="tests/seed.json", name="creatio")

    @pytest.fixture
    def clean_creatio(creatio):
        creatio.reset()          # back to the seed data
        creatio.faults.clear()
        return creatio

Options of ``emulated``/``emulator_fixture`` are the fields of `Settings`
(``layout="core"``, ``expired=302``, ``session_lifetime=5``, ``csrf=False``,
``username=…``), ``faults=FaultSettings(...)``, ``host`` and ``port``.
"""

from odatagen.emulator.app import Emulator
from odatagen.emulator.faults import Faults, FaultSettings
from odatagen.emulator.fixture import Site, emulated, emulator_fixture, serve
from odatagen.emulator.settings import Settings

__all__ = [
    "Emulator",
    "FaultSettings",
    "Faults",
    "Settings",
    "Site",
    "emulated",
    "emulator_fixture",
    "serve",
]
