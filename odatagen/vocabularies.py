"""What the standard vocabularies (and SAP's `sap:` attributes) tell a client:
descriptions, Computed/Immutable/Permissions, allowed values, and restrictions."""

from __future__ import annotations

from odatagen.schema import Annotation, Doc, Record, Restrictions

CORE = "Org.OData.Core.V1."
CAPABILITIES = "Org.OData.Capabilities.V1."
EMPTY_DOC = Doc()


def doc(annotations: tuple[Annotation, ...], sap: dict[str, str] | None = None) -> Doc:
    if not annotations and not sap:
        return EMPTY_DOC
    values = {a.term: a.value for a in annotations if not a.qualifier}
    sap = sap or {}

    def text(term: str) -> str | None:
        value = values.get(term)
        return value if isinstance(value, str) else None

    def flag(name: str) -> bool | None:
        return None if name not in sap else sap[name].strip().lower() != "false"

    allowed = values.get("Org.OData.Validation.V1.AllowedValues")
    permissions = values.get(CORE + "Permissions")
    return Doc(
        description=text(CORE + "Description")
        or sap.get("label")
        or text("com.sap.vocabularies.Common.v1.Label"),
        long_description=text(CORE + "LongDescription"),
        computed=values.get(CORE + "Computed") is True,
        immutable=values.get(CORE + "Immutable") is True,
        permissions=_permissions(permissions),
        allowed_values=tuple(
            v.get("Value") if isinstance(v, Record) else v
            for v in (allowed if isinstance(allowed, tuple) else ())
        ),
        creatable=flag("creatable"),
        updatable=flag("updatable"),
        filterable=flag("filterable"),
        sortable=flag("sortable"),
    )


def _permissions(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    parts = [p.rpartition("/")[2] for p in value.split()]
    if "ReadWrite" in parts or {"Read", "Write"} <= set(parts):
        return "ReadWrite"
    return parts[0] if parts else None


def _restriction(annotations: tuple[Annotation, ...], term: str, member: str) -> bool:
    for annotation in annotations:
        if annotation.term == CAPABILITIES + term and isinstance(
            annotation.value, Record
        ):
            value = annotation.value.get(member)
            if isinstance(value, bool):
                return value
    return True


def restrictions(
    annotations: tuple[Annotation, ...], sap: dict[str, str]
) -> Restrictions:
    def sap_flag(name: str) -> bool:
        return sap.get(name, "true").strip().lower() != "false"

    return Restrictions(
        insertable=_restriction(annotations, "InsertRestrictions", "Insertable")
        and sap_flag("creatable"),
        updatable=_restriction(annotations, "UpdateRestrictions", "Updatable")
        and sap_flag("updatable"),
        deletable=_restriction(annotations, "DeleteRestrictions", "Deletable")
        and sap_flag("deletable"),
    )
