"""The change codes of `odatagen.diff`: each code's severity and message.

Severities: **breaking** (code that worked may now fail), **warning** (it may), **info**
(additive). Each code has one severity, and one message: see the table below (`RULES`,
appended to this docstring; `CODES` and `MESSAGES` are made from it).
"""

from __future__ import annotations

import re
from typing import Literal

Severity = Literal["breaking", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "warning", "info")
RANK = {"breaking": 0, "warning": 1, "info": 2}
RULES = """
| code | severity | why: the change's message (`{p}` path, `{old}`/`{new}` values) |
|---|---|---|
| entity-removed | breaking | Entity type {p} was removed: its queries and models fail. |
| entity-added | info | Entity type {p} was added. |
| complex-type-removed | breaking | Complex type {p} was removed: its values cannot be read or sent. |
| complex-type-added | info | Complex type {p} was added. |
| base-type-changed | breaking | The base type of {p} changed from {old} to {new}: members and casts change. |
| type-now-abstract | breaking | {p} is now abstract: instances can no longer be created. |
| type-no-longer-abstract | info | {p} is no longer abstract. |
| type-no-longer-open | breaking | {p} is no longer an open type: dynamic properties are refused. |
| type-now-open | info | {p} is now an open type. |
| stream-removed | breaking | {p} no longer has a media stream. |
| stream-added | info | {p} now has a media stream. |
| key-changed | breaking | The key of {p} changed from ({old}) to ({new}): addressing changes. |
| property-removed | breaking | Property {p} ({old}) was removed: reading or writing it fails. |
| property-added | info | Property {p} ({new}) was added. |
| property-added-required | warning | Required property {p} ({new}) was added: inserts without it fail. |
| property-retyped | breaking | {p} changed type from {old} to {new}. |
| property-now-nullable | breaking | {p} changed from {old} to {new}: typed readers must handle None. |
| property-now-required | warning | {p} changed from {old} to {new}: writers must now always send it. |
| max-length-narrowed | warning | The MaxLength of {p} narrowed from {old} to {new}: longer values are refused. |
| max-length-widened | info | The MaxLength of {p} widened from {old} to {new}. |
| precision-changed | warning | {p} changed from {old} to {new}: values may be rounded or refused. |
| property-now-computed | breaking | {p} is now computed: the service refuses or ignores writes. |
| property-no-longer-computed | info | {p} is no longer computed. |
| property-now-immutable | breaking | {p} is now immutable: updates of it fail. |
| property-no-longer-immutable | info | {p} is no longer immutable. |
| permissions-narrowed | breaking | The permissions of {p} narrowed from {old} to {new}. |
| permissions-widened | info | The permissions of {p} widened from {old} to {new}. |
| lookup-removed | breaking | The lookup {p} to {old} was removed (with its column or navigation). |
| lookup-added | info | {p} is a new lookup to {new}. |
| lookup-retargeted | breaking | The lookup {p} now refers to {new} instead of {old}. |
| lookup-navigation-changed | breaking | The lookup {p} is now read through {new} instead of {old}. |
| navigation-removed | breaking | Navigation {p} to {old} was removed: $expand of it fails. |
| navigation-added | info | Navigation {p} to {new} was added. |
| navigation-retargeted | breaking | Navigation {p} now leads to {new} instead of {old}. |
| navigation-cardinality-changed | breaking | Navigation {p} changed from {old} to {new}. |
| enum-removed | breaking | Enum type {p} was removed: its values cannot be decoded. |
| enum-added | info | Enum type {p} was added. |
| enum-flags-changed | breaking | {p} changed from a {old} enum to a {new} enum. |
| enum-underlying-changed | warning | The underlying type of {p} changed from {old} to {new}. |
| enum-member-removed | breaking | Enum member {p} = {old} was removed: code using it fails. |
| enum-member-added | warning | Enum member {p} = {new} was added: old clients fail to decode it. |
| enum-member-value-changed | breaking | The value of {p} changed from {old} to {new}. |
| operation-removed | breaking | {p} was removed: calls to {old} fail. |
| operation-added | info | {p} was added: {new}. |
| operation-kind-changed | breaking | {p} changed from {old} to {new} (POST versus GET). |
| parameter-removed | breaking | Parameter {p} ({old}) was removed: calls passing it fail. |
| parameter-added | warning | Nullable parameter {p} ({new}) was added: old calls lack it. |
| parameter-added-required | breaking | Required parameter {p} ({new}) was added: old calls lack it. |
| parameter-retyped | breaking | Parameter {p} changed type from {old} to {new}. |
| parameter-now-required | breaking | Parameter {p} is no longer nullable: passing null fails. |
| parameter-now-nullable | info | Parameter {p} is now nullable. |
| return-type-changed | breaking | The return type of {p} changed from {old} to {new}. |
| return-type-removed | breaking | {p} no longer returns {old}. |
| return-type-added | info | {p} now returns {new}. |
| return-now-nullable | breaking | {p} may now return null: typed callers must handle None. |
| return-now-required | info | {p} no longer returns null. |
| operation-import-removed | breaking | {p} (of {old}) was removed: unbound calls fail. |
| operation-import-added | info | {p} (of {new}) was added. |
| operation-import-changed | breaking | {p} now calls {new} instead of {old}. |
| entity-set-removed | breaking | {p} (of {old}) was removed: its URL is gone. |
| entity-set-added | info | {p} (of {new}) was added. |
| entity-set-retyped | breaking | {p} now holds {new} instead of {old}. |
| entity-set-kind-changed | breaking | {p} changed from {old} to {new}. |
| insert-forbidden | breaking | Inserts into {p} are now forbidden (InsertRestrictions or sap:creatable). |
| update-forbidden | breaking | Updates in {p} are now forbidden. |
| delete-forbidden | breaking | Deletes from {p} are now forbidden. |
| insert-allowed | info | Inserts into {p} are now allowed. |
| update-allowed | info | Updates in {p} are now allowed. |
| delete-allowed | info | Deletes from {p} are now allowed. |
"""
__doc__ = f"{__doc__ or ''}\n{RULES}"  # survives python -OO, unlike a docstring
_RULES = re.findall(
    r"^\| ([a-z-]+) \| (breaking|warning|info) \| (.+) \|$", RULES, re.M
)
CODES: dict[str, Severity] = {code: severity for code, severity, _ in _RULES}
MESSAGES: dict[str, str] = {code: message for code, _, message in _RULES}
