"""What a running emulator is configured with (command line, `emulated(...)`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Layout = Literal["framework", "core"]
# Creatio's demo Supervisor contact (the same Id on every Creatio instance).
SUPERVISOR_CONTACT = "410006e1-ca4e-4502-a9ec-e54d922d2c00"
LOGIN = "/ServiceModel/AuthService.svc/Login"
LOGOUT = "/ServiceModel/AuthService.svc/Logout"
LOGIN_PAGE = "/Login/NuiLogin.aspx"
TOKEN = "/connect/token"
ADMIN = "/__emulator"


@dataclass
class Settings:
    """Behaviour switches. Defaults follow `FACTS.md` where it names one."""

    layout: Layout = "framework"  # .NET Framework: /0/odata; .NET Core: /odata
    username: str = "Supervisor"
    password: str = "Supervisor"
    user_contact_id: str = SUPERVISOR_CONTACT  # CreatedById/ModifiedById of writes
    create_user_contact: bool = True  # a Contact row for the user at startup
    client_id: str = "odatagen"  # OAuth2 client credentials
    client_secret: str = "odatagen-secret"
    session_lifetime: float = 3600.0  # seconds of inactivity (sliding)
    token_lifetime: int = 3600  # seconds (Creatio's identity service default)
    expired: int = 401  # answer to a missing or expired session: 401, 403 or 302
    csrf: bool = True  # require the BPMCSRF header with cookie sessions
    max_rows: int = 20000  # Creatio's MaxEntityRowCount
    max_batch: int = 100  # sub-requests per $batch
    database: str = ""  # a SQLite file; empty: in memory

    def __post_init__(self) -> None:
        if self.layout not in ("framework", "core"):
            raise ValueError(
                f"layout must be 'framework' or 'core', not {self.layout!r}"
            )
        if self.expired not in (401, 403, 302):
            raise ValueError(f"expired must be 401, 403 or 302, not {self.expired!r}")
        if self.max_rows < 1 or self.max_batch < 1:
            raise ValueError("max_rows and max_batch must be positive")

    @property
    def odata_root(self) -> str:
        """The OData service root path (no trailing slash)."""
        return "/0/odata" if self.layout == "framework" else "/odata"
