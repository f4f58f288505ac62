"""The two error body shapes Creatio answers with, as exceptions.

- OData (`{"error": {"code", "message"}}`): what the OData layer writes for bad queries,
  bad bodies and missing keys (`ODataError`).
- ASP.NET Web API (`{"Message", "ExceptionType", "ExceptionMessage", "StackTrace"}`, or
  `{"Message", "MessageDetail"}` for routing failures): what escapes the OData layer:
  unknown controllers (entity sets), unsupported methods, authorisation, database
  failures and other server exceptions (`AspNetError`).
"""

from __future__ import annotations

import json
from typing import Any


class EmulatorFault(Exception):
    """An error answer: a status, a JSON body and extra headers."""

    def __init__(self, status: int, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.headers = headers or {}

    def payload(self) -> dict[str, Any]:
        raise NotImplementedError

    def body(self) -> bytes:
        return json.dumps(self.payload(), separators=(",", ":")).encode()


class ODataError(EmulatorFault):
    """`{"error": {"code": ..., "message": ...}}` (plus `innererror` when given)."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str = "",
        inner: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(status)
        self.message = message
        self.code = code or _CODES.get(status, "Error")
        self.inner = inner

    def __str__(self) -> str:
        return f"{self.status} {self.message}"

    def payload(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.inner is not None:
            error["innererror"] = self.inner
        return {"error": error}


class AspNetError(EmulatorFault):
    """ASP.NET Web API's `HttpError` body."""

    def __init__(
        self,
        status: int,
        message: str,
        exception_message: str | None = None,
        exception_type: str | None = None,
        detail: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status, headers)
        self.message = message
        self.exception_message = exception_message
        self.exception_type = exception_type
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.status} {self.exception_message or self.message}"

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"Message": self.message}
        if self.detail is not None:
            body["MessageDetail"] = self.detail
        if self.exception_type is not None:
            body["ExceptionMessage"] = self.exception_message or ""
            body["ExceptionType"] = self.exception_type
            body["StackTrace"] = f"   at {self.exception_type}..ctor()"
        return body


_CODES = {
    400: "BadRequest",
    404: "NotFound",
    405: "MethodNotAllowed",
    409: "Conflict",
    413: "PayloadTooLarge",
    415: "UnsupportedMediaType",
    500: "InternalServerError",
}


def bad_request(message: str, code: str = "") -> ODataError:
    return ODataError(400, message, code)


def not_found() -> ODataError:
    """Creatio's answer to a missing key (GET, PATCH, DELETE)."""
    return ODataError(404, "Not found")


def no_such_property(name: str, type_name: str) -> ODataError:
    return bad_request(
        f"Could not find a property named '{name}' on type '{type_name}'."
    )


def column_not_found(path: str) -> ODataError:
    """Creatio's error for a lookup column (`AccountId`) used in an expression."""
    return ODataError(
        400,
        f"Column by path {path} not found in schema.",
        inner={
            "message": f"Column by path {path} not found in schema.",
            "type": "Terrasoft.Common.ItemNotFoundException",
            "stacktrace": "",
        },
    )


def unknown_controller(url: str, name: str) -> AspNetError:
    """Web API routing: no entity set (controller) of that name (also the answer of a
    freshly created custom entity while the OData model rebuilds)."""
    return AspNetError(
        404,
        f"No HTTP resource was found that matches the request URI '{url}'.",
        detail=f"No type was found that matches the controller named '{name}'.",
    )


def method_not_allowed(method: str) -> AspNetError:
    return AspNetError(
        405, f"The requested resource does not support http method '{method}'."
    )


def server_error(exception_message: str, exception_type: str) -> AspNetError:
    return AspNetError(500, "An error has occurred.", exception_message, exception_type)


def denied(status: int = 401) -> AspNetError:
    return AspNetError(status, "Authorization has been denied for this request.")
