"""Reads EDMX 1.0 documents (the `$metadata` of OData 2 and 3) into the raw layer.

Associations are resolved here, since only this reader sees them: a NavigationProperty
becomes a typed navigation with nullability, referential constraints and partner, and
AssociationSets become navigation property bindings. Everything else is transcribed as
written. V4 constructs that some producers (SAP, Olingo) put into V1-namespaced schemas
(typed NavigationProperty, EnumType, TypeDefinition, Action, Function, ActionImport,
Singleton, NavigationPropertyBinding, `Annotations` blocks) are read the V4 way.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from lxml import etree

from odatagen.diagnostics import Collector
from odatagen.edmx.annotations import annotation_value
from odatagen.edmx.raw import (
    RawAnnotation, RawDocument, RawEntitySet, RawEnum, RawExternalAnnotations, RawNavigation,
    RawOperation, RawOperationImport, RawParameter, RawProperty, RawSchema, RawStructured,
    RawTypeDefinition,
)  # fmt: skip
from odatagen.edmx.xml import (
    EDM_V1, EDM_V4, METADATA_V1, SAP_V1, line_of, local_name, namespace_of, parse_bool,
    parse_int, parse_scale,
)  # fmt: skip

__all__ = ["annotation_value", "read"]

_EDM = frozenset((*EDM_V1, EDM_V4))
_SAP = "{%s}" % SAP_V1
_M = "{%s}" % METADATA_V1
_WRITE_METHODS = frozenset(("POST", "PUT", "PATCH", "MERGE", "DELETE"))
_ANNOTATION_TAGS = ("Annotation", "ValueAnnotation")  # V4 (and SAP V2) / V3
# OData 2 `Documentation` parts, kept as the Core vocabulary terms they correspond to
_DOCUMENTATION = {
    "Summary": "Org.OData.Core.V1.Description",
    "LongDescription": "Org.OData.Core.V1.LongDescription",
}


@attrs.define
class _Association:
    name: str  # Namespace.Name
    ends: dict[str, tuple[str, str]] = attrs.Factory(
        dict
    )  # role -> (type, multiplicity)
    principal_role: str = ""
    dependent_role: str = ""
    pairs: list[tuple[str, str]] = attrs.Factory(list)  # (dependent, principal)


def _edm(element: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """(local name, child) for the children in an EDM namespace (V1 … V4)."""
    for child in element.iterchildren():
        if namespace_of(child) in _EDM:
            yield local_name(child), child


def _sap(element: etree._Element) -> dict[str, str]:
    """`sap:` attributes by local name."""
    items = element.attrib.items()
    return {str(k)[len(_SAP) :]: str(v) for k, v in items if str(k).startswith(_SAP)}


def _short(qualified: str) -> str:
    """`NS.Contact` -> `Contact`, for the element named in a diagnostic."""
    return qualified.rpartition(".")[2]


def read(root: etree._Element, file: str, diagnostics: Collector) -> RawDocument:
    """Read an `edmx:Edmx` Version="1.0" element; bad elements become diagnostics."""
    services = next(
        (c for c in root.iterchildren() if local_name(c) == "DataServices"), None
    )
    dsv = (
        services.get(_M + "DataServiceVersion") if services is not None else None
    ) or ""
    doc = RawDocument(
        file=file, version="3.0" if dsv.strip().startswith("3") else "2.0"
    )
    if services is None:
        diagnostics.error(
            "no-data-services", "no edmx:DataServices element", line_of(root)
        )
        return doc
    _Reader(doc, diagnostics).read(root, services)
    return doc


class _Reader:
    def __init__(self, doc: RawDocument, diagnostics: Collector) -> None:
        self.doc = doc
        self.diagnostics = diagnostics
        self.aliases: dict[str, str] = {}  # alias -> namespace
        self.associations: dict[str, _Association] = (
            {}
        )  # by Namespace.Name and Alias.Name
        self.links: list[tuple[RawNavigation, str, str, str]] = (
            []
        )  # nav, assoc, from, to role
        self.nav_index: dict[tuple[str, str, str], str] = (
            {}
        )  # (type, assoc, from role) -> nav
        self.bases: dict[str, str] = {}  # entity type -> its base type, both qualified
        self.sets: dict[str, RawEntitySet] = {}

    def read(self, root: etree._Element, services: etree._Element) -> None:
        for ref in (c for c in root.iterchildren() if local_name(c) == "Reference"):
            includes = [
                (i.get("Namespace") or "", i.get("Alias") or "")
                for i in ref.iterchildren() if local_name(i) == "Include"
            ]  # fmt: skip
            self.doc.references.append((ref.get("Uri") or "", includes))
        schemas = [
            (c, c.get("Namespace") or "") for n, c in _edm(services) if n == "Schema"
        ]
        for schema, namespace in schemas:
            alias = schema.get("Alias") or ""
            self.doc.schemas.append(RawSchema(namespace, alias, line_of(schema)))
            if alias:
                self.aliases[alias] = namespace
        for schema, namespace in schemas:  # associations first: navigations need them
            for name, child in _edm(schema):
                if name == "Association":
                    self.association(child, namespace, schema.get("Alias") or "")
        containers: list[tuple[etree._Element, str]] = []
        for schema, namespace in schemas:
            self.schema(schema, namespace, containers)
        self.link_partners()
        flag = _M + "IsDefaultEntityContainer"
        default = [c for c in containers if parse_bool(c[0].get(flag), False)]
        if containers:
            element, namespace = (default or containers)[0]
            self.doc.container = f"{namespace}.{element.get('Name') or ''}"
        association_sets = [
            s for c, namespace in containers for s in self.container(c, namespace)
        ]
        for element in association_sets:  # after all containers: sets may be anywhere
            self.association_set(element)

    def qualify(self, name: str) -> str:
        """`Alias.Name` -> `Namespace.Name`, for lookups only (records keep names as written)."""
        prefix, _, local = name.rpartition(".")
        return f"{self.aliases[prefix]}.{local}" if prefix in self.aliases else name

    def annotations(
        self, element: etree._Element, qualifier: str = ""
    ) -> list[RawAnnotation]:
        """Inline annotations, and OData 2 `Documentation` as Core.(Long)Description."""
        found = []
        for name, child in _edm(element):
            if name in _ANNOTATION_TAGS:
                term, value = child.get("Term") or "", annotation_value(child)
                own = child.get("Qualifier") or qualifier
                found.append(RawAnnotation(term, value, own, line_of(child)))
            elif name == "Documentation":
                for part in child.iterchildren():
                    term = _DOCUMENTATION.get(local_name(part), "")
                    if term and part.text and part.text.strip():
                        found.append(
                            RawAnnotation(term, part.text.strip(), "", line_of(part))
                        )
        return found

    def external(
        self, target: str, element: etree._Element, qualifier: str = ""
    ) -> None:
        """An `Annotations` block, or the inline annotations of an element the raw layer
        has no annotations field for (schema, container, operation import)."""
        found = self.annotations(element, qualifier)
        if found or local_name(element) == "Annotations":
            self.doc.external_annotations.append(
                RawExternalAnnotations(target, found, line_of(element))
            )

    def named(self, element: etree._Element, kind: str, owner: str) -> str | None:
        if not (name := element.get("Name")):
            where = f"{kind} in {_short(owner)}"
            self.diagnostics.error(
                "missing-name", f"{kind} without Name", line_of(element), where
            )
        return name

    def typed(
        self, element: etree._Element, kind: str, where: str, attribute: str = "Type"
    ) -> str:
        if not (type_ := element.get(attribute) or ""):
            message = f"{kind} without {attribute}"
            self.diagnostics.error("missing-type", message, line_of(element), where)
        return type_

    def schema(
        self,
        schema: etree._Element,
        ns: str,
        containers: list[tuple[etree._Element, str]],
    ) -> None:
        self.external(ns, schema)
        for kind, child in _edm(schema):
            if kind in ("EntityType", "ComplexType"):
                self.structured(child, kind, ns)
            elif kind == "EnumType":
                self.enum(child, ns)
            elif kind == "TypeDefinition":
                self.type_definition(child, ns)
            elif kind in ("Action", "Function"):
                self.operation(child, ns, kind.lower())
            elif kind == "EntityContainer":
                containers.append((child, ns))
            elif kind == "Annotations":
                self.external(
                    child.get("Target") or "", child, child.get("Qualifier") or ""
                )
            elif kind == "Using":
                used = child.get("Namespace") or ""
                message = (
                    f"Using {used!r} is not followed: types from it will be unknown"
                )
                where = f"Using {used}"
                self.diagnostics.warning(
                    "unsupported-using", message, line_of(child), where
                )

    def association(self, element: etree._Element, ns: str, alias: str) -> None:
        name = self.named(element, "Association", ns)
        if not name:
            return
        association = _Association(f"{ns}.{name}")
        for kind, child in _edm(element):
            if kind == "End":
                role = child.get("Role") or child.get("Type") or ""
                association.ends[role] = (
                    child.get("Type") or "",
                    child.get("Multiplicity") or "",
                )
            elif kind == "ReferentialConstraint":
                refs: dict[str, list[str]] = {"Principal": [], "Dependent": []}
                for side, part in _edm(child):
                    if side in refs:
                        names = [
                            r.get("Name") or ""
                            for k, r in _edm(part)
                            if k == "PropertyRef"
                        ]
                        refs[side] = names
                        setattr(
                            association, f"{side.lower()}_role", part.get("Role") or ""
                        )
                if len(refs["Principal"]) != len(refs["Dependent"]):
                    message = (
                        "Principal and Dependent have different numbers of PropertyRef"
                    )
                    where = f"Association {name}"
                    self.diagnostics.warning(
                        "constraint-mismatch", message, line_of(child), where
                    )
                association.pairs = list(zip(refs["Dependent"], refs["Principal"]))
        self.associations[association.name] = association
        if alias:
            self.associations[f"{alias}.{name}"] = association

    def structured(self, element: etree._Element, kind: str, ns: str) -> None:
        name = self.named(element, kind, ns)
        if not name:
            return
        qualified = f"{ns}.{name}"
        raw = RawStructured(
            kind="entity" if kind == "EntityType" else "complex",
            namespace=ns,
            name=name,
            base=element.get("BaseType"),
            abstract=parse_bool(element.get("Abstract"), False),
            open_type=parse_bool(element.get("OpenType"), False),
            has_stream=parse_bool(element.get(_M + "HasStream"), False),
            sap=_sap(element),
            annotations=self.annotations(element),
            line=line_of(element),
        )
        if raw.base:
            self.bases[qualified] = self.qualify(raw.base)
        for child_kind, child in _edm(element):
            if child_kind == "Key":
                raw.key = [
                    r.get("Name") or "" for n, r in _edm(child) if n == "PropertyRef"
                ]
            elif child_kind == "Property":
                prop = self.property(child, qualified)
                raw.properties.extend([prop] if prop else [])
            elif child_kind == "NavigationProperty":
                nav = self.navigation(child, qualified)
                raw.navigations.extend([nav] if nav else [])
        self.doc.structured.append(raw)

    def property(self, element: etree._Element, owner: str) -> RawProperty | None:
        name = self.named(element, "Property", owner)
        type_ = (
            self.typed(element, "Property", f"Property {_short(owner)}.{name}")
            if name
            else ""
        )
        if not name or not type_:
            return None
        return RawProperty(
            name=name,
            type=type_,
            nullable=parse_bool(element.get("Nullable"), True),
            max_length=parse_int(element.get("MaxLength")),  # "Max" -> None
            precision=parse_int(element.get("Precision")),
            scale=parse_scale(element.get("Scale")),
            srid=element.get("SRID"),
            default=element.get("DefaultValue"),
            sap=_sap(element),
            annotations=self.annotations(element),
            line=line_of(element),
        )

    def navigation(self, element: etree._Element, owner: str) -> RawNavigation | None:
        name = self.named(element, "NavigationProperty", owner)
        if not name:
            return None
        line, relationship = line_of(element), element.get("Relationship")
        nav = RawNavigation(name, "", annotations=self.annotations(element), line=line)
        if relationship is None and element.get("Type"):  # V4 style
            nav.type = element.get("Type") or ""
            nav.nullable = parse_bool(element.get("Nullable"), True)
            nav.partner = element.get("Partner")
            nav.contains_target = parse_bool(element.get("ContainsTarget"), False)
            nav.constraints = [
                (c.get("Property") or "", c.get("ReferencedProperty") or "")
                for kind, c in _edm(element)
                if kind == "ReferentialConstraint"
            ]
            return nav
        association = self.associations.get(relationship or "")
        from_role, to_role = element.get("FromRole") or "", element.get("ToRole") or ""
        if association is None:
            message = f"association {relationship!r} not found"
        elif from_role not in association.ends or to_role not in association.ends:
            message = (
                f"FromRole {from_role!r} or ToRole {to_role!r} not in {relationship}"
            )
        else:
            target, multiplicity = association.ends[to_role]
            nav.type = (
                f"Collection({target})" if multiplicity.strip() == "*" else target
            )
            nav.nullable = multiplicity.strip() != "1"
            if (association.dependent_role, association.principal_role) == (
                from_role,
                to_role,
            ):
                nav.constraints = list(association.pairs)
            self.links.append((nav, association.name, from_role, to_role))
            self.nav_index.setdefault((owner, association.name, from_role), name)
            return nav
        where = f"NavigationProperty {_short(owner)}.{name}"
        self.diagnostics.error("unknown-association", message, line, where)
        return None

    def link_partners(self) -> None:
        """The partner of a navigation: the one over the same association the other way."""
        by_role: dict[tuple[str, str], RawNavigation] = {}
        for nav, association, from_role, _ in self.links:
            by_role.setdefault((association, from_role), nav)
        for nav, association, _, to_role in self.links:
            partner = by_role.get((association, to_role))
            if partner is not None and partner is not nav:
                nav.partner = partner.name

    def enum(self, element: etree._Element, ns: str) -> None:
        name = self.named(element, "EnumType", ns)
        if not name:
            return
        underlying = element.get("UnderlyingType") or "Edm.Int32"
        is_flags = parse_bool(element.get("IsFlags"), False)
        annotations, line = self.annotations(element), line_of(element)
        raw = RawEnum(ns, name, underlying, is_flags, [], annotations, line)
        for kind, member in _edm(element):
            if kind == "Member" and self.named(member, "Member", f"{ns}.{name}"):
                annotations = self.annotations(member)
                raw.members.append(
                    (member.get("Name") or "", member.get("Value"), annotations)
                )
        self.doc.enums.append(raw)

    def type_definition(self, element: etree._Element, ns: str) -> None:
        name = self.named(element, "TypeDefinition", ns)
        where = f"TypeDefinition {name}"
        underlying = (
            self.typed(element, "TypeDefinition", where, "UnderlyingType")
            if name
            else ""
        )
        if not name or not underlying:
            return
        self.doc.type_definitions.append(RawTypeDefinition(
            ns, name, underlying, parse_int(element.get("MaxLength")),
            parse_int(element.get("Precision")), parse_scale(element.get("Scale")),
            element.get("SRID"), self.annotations(element), line_of(element),
        ))  # fmt: skip

    def operation(
        self, element: etree._Element, ns: str, kind: str
    ) -> RawOperation | None:
        """A V4 Action or Function, or (`kind` "") an OData 2/3 FunctionImport."""
        name = self.named(element, kind.title() or "FunctionImport", ns)
        if not name:
            return None
        method = (element.get(_M + "HttpMethod") or "").strip().upper() or None
        raw = RawOperation(
            kind=kind or self.import_kind(method, element.get("IsSideEffecting")),
            namespace=ns,
            name=name,
            bound=parse_bool(
                element.get("IsBound") or element.get("IsBindable"), False
            ),
            return_type=element.get("ReturnType"),
            composable=parse_bool(element.get("IsComposable"), False),
            entity_set_path=element.get("EntitySetPath"),
            http_method=method,
            annotations=self.annotations(element),
            line=line_of(element),
        )
        for child_kind, child in _edm(element):
            if child_kind == "ReturnType":
                raw.return_type = child.get("Type") or raw.return_type
                raw.return_nullable = parse_bool(child.get("Nullable"), True)
            elif child_kind == "Parameter" and (
                param := self.named(child, "Parameter", name)
            ):
                type_ = self.typed(child, "Parameter", f"Parameter {name}/{param}")
                nullable = parse_bool(child.get("Nullable"), True)
                if type_:
                    raw.parameters.append(
                        RawParameter(param, type_, nullable, line_of(child))
                    )
        self.doc.operations.append(raw)
        return raw

    def import_kind(self, method: str | None, side_effecting: str | None) -> str:
        """An OData 2 service operation is an action when it is not a GET; an OData 3
        FunctionImport is an action when IsSideEffecting (default true)."""
        if method:
            return "action" if method in _WRITE_METHODS else "function"
        if side_effecting is not None or self.doc.version == "3.0":
            return "action" if parse_bool(side_effecting, True) else "function"
        return "function"

    def container(self, element: etree._Element, ns: str) -> list[etree._Element]:
        """Read a container's sets and imports; return its AssociationSets for later."""
        qualified = f"{ns}.{element.get('Name') or ''}"
        association_sets = []
        self.external(qualified, element)
        for kind, child in _edm(element):
            if kind in ("EntitySet", "Singleton"):
                self.entity_set(child, kind, qualified)
            elif kind == "AssociationSet":
                association_sets.append(child)
            elif kind == "FunctionImport" and child.get("Function") is None:
                op = self.operation(child, ns, "")
                if (
                    op is not None and not op.bound
                ):  # a bound one is called on its entity
                    self.operation_import(child, op.name, f"{ns}.{op.name}", op.kind)
            elif kind in ("FunctionImport", "ActionImport"):  # V4 style
                if name := self.named(child, kind, qualified):
                    op_kind = kind[: -len("Import")]
                    self.operation_import(
                        child, name, child.get(op_kind) or "", op_kind.lower()
                    )
                    self.external(f"{qualified}/{name}", child)
        return association_sets

    def operation_import(
        self, element: etree._Element, name: str, op: str, kind: str
    ) -> None:
        entity_set, line = element.get("EntitySet"), line_of(element)
        self.doc.operation_imports.append(
            RawOperationImport(name, op, kind, entity_set, line)
        )

    def entity_set(self, element: etree._Element, kind: str, container: str) -> None:
        name = self.named(element, kind, container)
        attribute = "EntityType" if kind == "EntitySet" else "Type"
        type_ = self.typed(element, kind, f"{kind} {name}", attribute) if name else ""
        if not name or not type_:
            return
        raw = RawEntitySet(
            name,
            type_,
            singleton=kind == "Singleton",
            bindings=[  # V4 style; AssociationSets add theirs later
                (b.get("Path") or "", b.get("Target") or "")
                for n, b in _edm(element) if n == "NavigationPropertyBinding"
            ],  # fmt: skip
            in_service_document=parse_bool(
                element.get("IncludeInServiceDocument"), True
            ),
            sap=_sap(element),
            annotations=self.annotations(element),
            line=line_of(element),
        )
        self.sets.setdefault(name, raw)  # a duplicate is reported by the resolver
        self.doc.entity_sets.append(raw)

    def association_set(self, element: etree._Element) -> None:
        """Each end's navigation (declared or inherited) gets a binding to the other end."""
        association = self.associations.get(element.get("Association") or "")
        ends = [
            (e.get("Role") or "", e.get("EntitySet") or "")
            for k, e in _edm(element)
            if k == "End"
        ]
        if association is None or len(ends) != 2:
            message = (
                f"association {element.get('Association')!r} not found, or not two ends"
            )
            where = f"AssociationSet {element.get('Name') or ''}"
            self.diagnostics.warning(
                "unknown-association", message, line_of(element), where
            )
            return
        for (role, set_name), (_, target) in ((ends[0], ends[1]), (ends[1], ends[0])):
            entity_set = self.sets.get(set_name)
            type_ = self.qualify(entity_set.entity_type) if entity_set else None
            seen: set[str] = set()
            while entity_set is not None and type_ is not None and type_ not in seen:
                seen.add(type_)
                nav = self.nav_index.get((type_, association.name, role))
                if nav is not None:
                    if (nav, target) not in entity_set.bindings:
                        entity_set.bindings.append((nav, target))
                    break
                type_ = self.bases.get(type_)
