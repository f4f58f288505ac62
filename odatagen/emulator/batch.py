"""JSON `$batch` (Creatio 7.16.1+): `{"requests": [{"id", "method", "url", "headers",
"body"}]}` -> `{"responses": [{"id", "status", "headers", "body"}]}`. At most
`max_batch` (100) sub-requests; processing stops after the first 4xx/5xx answer unless
the batch request has `Prefer: continue-on-error`. Sub-requests are not atomic
(`atomicityGroup` and `dependsOn` are ignored) and run with the batch's credentials."""

from __future__ import annotations

import base64
import json
import urllib.parse
from typing import TYPE_CHECKING, Any

from odatagen.emulator.errors import ODataError, bad_request

if TYPE_CHECKING:
    from odatagen.emulator.service import ODataService, Request, Response


def run(service: ODataService, request: Request) -> Response:
    from odatagen.emulator.service import Request, Response

    if "multipart/" in request.headers.get("content-type", "").lower():
        raise ODataError(
            415, "The emulator only accepts JSON batch requests (application/json)."
        )
    try:
        data = json.loads(request.body or b"null")
    except ValueError:
        raise bad_request("The batch request body is not valid JSON.") from None
    items = data.get("requests") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise bad_request('A JSON batch body is {"requests": [...]}.')
    limit = service.settings.max_batch
    if len(items) > limit:
        raise bad_request(
            f"The batch has {len(items)} requests: at most {limit} are allowed."
        )
    checked = [_check(item, index) for index, item in enumerate(items)]
    keep_going = request.prefers("continue-on-error")
    responses: list[dict[str, Any]] = []
    for item in checked:
        path, query = _target(service.settings.odata_root, str(item["url"]))
        headers = {
            str(k).lower(): str(v) for k, v in (item.get("headers") or {}).items()
        }
        body = item.get("body")
        if isinstance(body, str):
            raw = body.encode()
        else:
            raw = b"" if body is None else json.dumps(body).encode()
            if body is not None:
                headers.setdefault("content-type", "application/json")
        if path is None:
            answer = Response.fault(
                ODataError(404, f"'{item['url']}' is not below the OData root.")
            )
        elif path.strip("/") == "$batch":
            answer = Response.fault(bad_request("A batch cannot contain a batch."))
        else:
            sub = Request(
                method=str(item["method"]).upper(),
                path=path,
                query=query,
                headers=headers,
                body=raw,
                base=request.base,
                user_contact=request.user_contact,
            )
            answer = service.handle(sub)
        responses.append(_encode(item["id"], answer))
        if answer.status >= 400 and not keep_going:
            break
    headers = {"preference-applied": "continue-on-error"} if keep_going else {}
    return Response.json(200, {"responses": responses}, **headers)


def _check(item: Any, index: int) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise bad_request(f"Batch request {index} is not a JSON object.")
    for name in ("id", "method", "url"):
        if item.get(name) in (None, ""):
            raise bad_request(f"Batch request {index} has no '{name}'.")
    if not isinstance(item.get("headers") or {}, dict):
        raise bad_request(f"Batch request {index}: 'headers' must be an object.")
    return item


def _target(root: str, url: str) -> tuple[str | None, str]:
    """(path below the root, raw query) of a sub-request URL: relative to the root
    (`Contact(…)`), absolute (`/0/odata/Contact`) or a full URL."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path
    if parts.scheme or path.startswith("/"):
        if path != root and not path.startswith(root + "/"):
            return None, parts.query
        path = path[len(root) :]
    return urllib.parse.unquote(path).lstrip("/"), parts.query


def _encode(identifier: Any, answer: Response) -> dict[str, Any]:
    encoded: dict[str, Any] = {
        "id": identifier,
        "status": answer.status,
        "headers": answer.headers,
    }
    if answer.body:
        kind = answer.headers.get("content-type", "")
        if "json" in kind:
            encoded["body"] = json.loads(answer.body)
        elif kind.startswith("text/") or "xml" in kind:
            encoded["body"] = answer.body.decode("utf-8", "replace")
        else:
            encoded["body"] = base64.urlsafe_b64encode(answer.body).decode()
    return encoded
