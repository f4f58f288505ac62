"""Reads EDMX 1.0 documents (the `$metadata` of OData 2 and 3) into the raw layer.

Associations are resolved here, since only this reader sees them: a NavigationProperty
becomes a typed navigation with nullability, constraints and partner; AssociationSets
become navigation property bindings; FunctionImports become operations and imports.
V4 constructs that SAP and Olingo put into V1 schemas (typed NavigationProperty, Action,
Singleton, `Annotations`…) are read the V4 way, elements by the V4 reader's methods.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from lxml import etree

from odatagen.diagnostics import Collector
from odatagen.edmx.annotations import annotation_value
from odatagen.edmx.csdl4 import Csdl4Reader
from odatagen.edmx.raw import (
    RawAnnotation,
    RawDocument,
    RawEntitySet,
    RawExternalAnnotations,
    RawNavigation,
    RawOperation,
    RawOperationImport,
    RawSchema,
    RawStructured,
)
from odatagen.edmx.xml import (
    EDM_V1,
    EDM_V4,
    METADATA_V1,
    SAP_V1,
    line_of,
    local_name,
    namespace_of,
    parse_bool,
)

__all__ = ["annotation_value", "read"]

_EDM = frozenset((*EDM_V1, EDM_V4))
_SAP = "{%s}" % SAP_V1
_M = "{%s}" % METADATA_V1
_WRITE_METHODS = frozenset(("POST", "PUT", "PATCH", "MERGE", "DELETE"))
# inline annotations: V4 style (also used by SAP in V2) and OData 3
_ANNOTATION_TAGS = ("Annotation", "ValueAnnotation")
# OData 2 `Documentation` parts, kept as the Core vocabulary terms they correspond to
_DOCUMENTATION = {
    "Summary": "Org.OData.Core.V1.Description",
    "LongDescription": "Org.OData.Core.V1.LongDescription",
}


@attrs.define
class _Association:
    name: str  # Namespace.Name
    # role -> (entity type, multiplicity)
    ends: dict[str, tuple[str, str]] = attrs.Factory(dict)
    principal_role: str = ""
    dependent_role: str = ""
    pairs: list[tuple[str, str]] = attrs.Factory(list)  # (dependent, principal)


def _edm(element: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """(local name, child) for the children in an EDM namespace (V1 … V4)."""
    for child in element.iterchildren():
        if namespace_of(child) in _EDM:
            yield local_name(child), child


def _all(element: etree._Element, kind: str) -> list[etree._Element]:
    return [child for name, child in _edm(element) if name == kind]


def _refs(element: etree._Element) -> list[str]:
    """The names of the `PropertyRef` children (of a Key, Principal or Dependent)."""
    return [r.get("Name", "") for r in _all(element, "PropertyRef")]


def _sap(element: etree._Element) -> dict[str, str]:
    """`sap:` attributes by local name."""
    items = element.attrib.items()
    return {str(k)[len(_SAP) :]: str(v) for k, v in items if str(k).startswith(_SAP)}


def _short(qualified: str) -> str:
    """`NS.Contact` -> `Contact`, for the element named in a diagnostic."""
    return qualified.rpartition(".")[2]


def read(root: etree._Element, file: str, diagnostics: Collector) -> RawDocument:
    """Read an `edmx:Edmx` Version="1.0" element; bad elements become diagnostics."""
    services = next((c for c in root if local_name(c) == "DataServices"), None)
    dsv = "" if services is None else services.get(_M + "DataServiceVersion", "")
    doc = RawDocument(file, version="3.0" if dsv.strip().startswith("3") else "2.0")
    if services is None:
        message = "no edmx:DataServices element"
        diagnostics.error("no-data-services", message, line_of(root), "Edmx")
        return doc
    _Reader(doc, diagnostics).read(root, services)
    return doc


class _Reader:
    """`associations` by `Namespace.Name` and `Alias.Name`; `links` holds each
    association navigation with its association and roles (from, to); `nav_index`
    finds a navigation name by (qualified type, association, from role)."""

    def __init__(self, doc: RawDocument, diagnostics: Collector) -> None:
        self.doc, self.diagnostics = doc, diagnostics
        self.v4 = Csdl4Reader(doc.file, diagnostics)
        self.aliases: dict[str, str] = {}  # alias -> namespace
        self.associations: dict[str, _Association] = {}
        self.links: list[tuple[RawNavigation, str, str, str]] = []
        self.nav_index: dict[tuple[str, str, str], str] = {}
        self.bases: dict[str, str] = {}  # qualified type -> its qualified base
        self.sets: dict[str, RawEntitySet] = {}

    def read(self, root: etree._Element, services: etree._Element) -> None:
        for ref in (c for c in root if local_name(c) == "Reference"):
            includes = [
                (i.get("Namespace", ""), i.get("Alias", ""))
                for i in ref
                if local_name(i) == "Include"
            ]
            self.doc.references.append((ref.get("Uri", ""), includes))
        schemas = [(c, c.get("Namespace", "")) for c in _all(services, "Schema")]
        for schema, namespace in schemas:
            alias = schema.get("Alias", "")
            self.doc.schemas.append(RawSchema(namespace, alias, line_of(schema)))
            if alias:
                self.aliases[alias] = namespace
        for schema, namespace in schemas:  # associations first: navigations need them
            for child in _all(schema, "Association"):
                self.association(child, namespace, schema.get("Alias", ""))
        containers: list[tuple[etree._Element, str]] = []
        for schema, namespace in schemas:
            containers.extend(self.schema(schema, namespace))
        self.link_partners()
        flag = _M + "IsDefaultEntityContainer"
        default = [c for c in containers if parse_bool(c[0].get(flag), False)]
        if containers:
            element, namespace = (default or containers)[0]
            self.doc.container = f"{namespace}.{element.get('Name', '')}"
        # all sets first: an AssociationSet may name sets of another container
        association_sets = [s for c, ns in containers for s in self.container(c, ns)]
        for element in association_sets:
            self.association_set(element)

    def error(self, code: str, message: str, at: etree._Element, where: str) -> None:
        self.diagnostics.error(code, message, line_of(at), where)

    def warn(self, code: str, message: str, at: etree._Element, where: str) -> None:
        self.diagnostics.warning(code, message, line_of(at), where)

    def named(self, element: etree._Element, kind: str, owner: str) -> str:
        name = element.get("Name", "")
        if not name:
            where = f"{kind} in {_short(owner)}"
            self.error("missing-attribute", f"{kind} without Name", element, where)
        return name

    def qualify(self, name: str) -> str:
        """`Alias.Name` -> `Namespace.Name`, for lookups only."""
        prefix, _, local = name.rpartition(".")
        return f"{self.aliases[prefix]}.{local}" if prefix in self.aliases else name

    def annotations(
        self, element: etree._Element, qualifier: str = ""
    ) -> list[RawAnnotation]:
        """Inline annotations, and OData 2 `Documentation` as Core.(Long)Description."""
        found = []
        for name, child in _edm(element):
            if name in _ANNOTATION_TAGS:
                term, value = child.get("Term", ""), annotation_value(child)
                own = child.get("Qualifier") or qualifier
                found.append(RawAnnotation(term, value, own, line_of(child)))
            elif name == "Documentation":
                for part in child:
                    term = _DOCUMENTATION.get(local_name(part), "")
                    text = (part.text or "").strip()
                    if term and text:
                        found.append(RawAnnotation(term, text, "", line_of(part)))
        return found

    def external(
        self, target: str, element: etree._Element, qualifier: str = ""
    ) -> None:
        """An `Annotations` block, or the inline annotations of an element that has no
        annotations field in the raw layer (schema, container, V4 operation import)."""
        found = self.annotations(element, qualifier)
        if found or local_name(element) == "Annotations":
            block = RawExternalAnnotations(target, found, line_of(element))
            self.doc.external_annotations.append(block)

    def schema(
        self, schema: etree._Element, ns: str
    ) -> list[tuple[etree._Element, str]]:
        """Read a schema's types and operations; return its containers for later."""
        containers = []
        self.external(ns, schema)
        for kind, child in _edm(schema):
            if kind in ("EntityType", "ComplexType"):
                self.structured(child, kind, ns)
            elif kind == "EnumType":  # OData 3
                enum = self.v4.enum(child, ns)
                enum.annotations = self.annotations(child)  # with V3 ValueAnnotation
                self.doc.enums.append(enum)
            elif kind == "TypeDefinition":
                self.doc.type_definitions.append(self.v4.type_definition(child, ns))
            elif kind in ("Action", "Function"):
                self.doc.operations.append(self.v4.operation(child, ns, kind.lower()))
            elif kind == "EntityContainer":
                containers.append((child, ns))
            elif kind == "Annotations":
                target, qualifier = child.get("Target", ""), child.get("Qualifier", "")
                self.external(target, child, qualifier)
            elif kind == "Using":
                used = child.get("Namespace", "")
                message = f"Using {used!r} is not followed: its types will be unknown"
                self.warn("unsupported-using", message, child, f"Using {used}")
        return containers

    def association(self, element: etree._Element, ns: str, alias: str) -> None:
        name = self.named(element, "Association", ns)
        if not name:
            return
        association = _Association(f"{ns}.{name}")
        for kind, child in _edm(element):
            if kind == "End":
                role = child.get("Role") or child.get("Type") or ""
                ends = (child.get("Type", ""), child.get("Multiplicity", "").strip())
                association.ends[role] = ends
            elif kind == "ReferentialConstraint":
                sides = dict(_edm(child))
                principal, dependent = sides.get("Principal"), sides.get("Dependent")
                if principal is None or dependent is None:
                    continue
                association.principal_role = principal.get("Role", "")
                association.dependent_role = dependent.get("Role", "")
                association.pairs = list(zip(_refs(dependent), _refs(principal)))
                if len(_refs(dependent)) != len(_refs(principal)):
                    message = "Principal and Dependent differ in PropertyRef count"
                    where = f"Association {name}"
                    self.warn("constraint-mismatch", message, child, where)
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
                raw.key = _refs(child)
            elif child_kind == "Property":
                prop = self.v4.property(child, f"{name}.")
                prop.sap, prop.annotations = _sap(child), self.annotations(child)
                raw.properties.append(prop)
            elif child_kind == "NavigationProperty":
                nav = self.navigation(child, qualified)
                raw.navigations.extend([nav] if nav else [])
        self.doc.structured.append(raw)

    def navigation(self, element: etree._Element, owner: str) -> RawNavigation | None:
        name = self.named(element, "NavigationProperty", owner)
        relationship = element.get("Relationship")
        if not name:
            return None
        if relationship is None and element.get("Type"):  # V4 style
            return self.v4.navigation(element, f"{_short(owner)}.")
        association = self.associations.get(relationship or "")
        from_role, to_role = element.get("FromRole", ""), element.get("ToRole", "")
        if association is None:
            message = f"association {relationship!r} not found"
        elif from_role not in association.ends or to_role not in association.ends:
            message = f"roles {from_role!r}, {to_role!r} not in {relationship}"
        else:
            target, multiplicity = association.ends[to_role]
            type_ = f"Collection({target})" if multiplicity == "*" else target
            nav = RawNavigation(name, type_, multiplicity != "1", line=line_of(element))
            nav.annotations = self.annotations(element)
            roles = (association.dependent_role, association.principal_role)
            if roles == (from_role, to_role):
                nav.constraints = list(association.pairs)
            self.links.append((nav, association.name, from_role, to_role))
            self.nav_index.setdefault((owner, association.name, from_role), name)
            return nav
        where = f"NavigationProperty {_short(owner)}.{name}"
        self.error("unknown-association", message, element, where)
        return None

    def link_partners(self) -> None:
        """A navigation's partner is the one over the same association the other way."""
        by_role: dict[tuple[str, str], RawNavigation] = {}
        for nav, association, from_role, _ in self.links:
            by_role.setdefault((association, from_role), nav)
        for nav, association, _, to_role in self.links:
            partner = by_role.get((association, to_role))
            if partner is not None and partner is not nav:
                nav.partner = partner.name

    def function_import(self, element: etree._Element, ns: str) -> RawOperation:
        """An OData 2 service operation or OData 3 FunctionImport, as an operation:
        Name, Parameter and ReturnType children are read as in V4."""
        method = element.get(_M + "HttpMethod", "").strip().upper() or None
        kind = self.import_kind(method, element.get("IsSideEffecting"))
        raw = self.v4.operation(element, ns, kind)
        raw.bound = parse_bool(element.get("IsBindable"), False)
        raw.return_type = raw.return_type or element.get("ReturnType")
        raw.http_method, raw.annotations = method, self.annotations(element)
        self.doc.operations.append(raw)
        return raw

    def import_kind(self, method: str | None, side_effecting: str | None) -> str:
        """OData 2: an action unless a GET. OData 3: an action when IsSideEffecting,
        which defaults to true."""
        if method:
            return "action" if method in _WRITE_METHODS else "function"
        if side_effecting is not None or self.doc.version == "3.0":
            return "action" if parse_bool(side_effecting, True) else "function"
        return "function"

    def container(self, element: etree._Element, ns: str) -> list[etree._Element]:
        """Read a container's sets and imports; return its AssociationSets for later."""
        qualified = f"{ns}.{element.get('Name', '')}"
        association_sets = []
        self.external(qualified, element)
        for kind, child in _edm(element):
            if kind in ("EntitySet", "Singleton"):
                self.entity_set(child, kind, qualified)
            elif kind == "AssociationSet":
                association_sets.append(child)
            elif kind == "FunctionImport" and child.get("Function") is None:
                op = self.function_import(child, ns)
                if op.name and not op.bound:  # a bound one is called on its entity
                    self.operation_import(child, op.name, f"{ns}.{op.name}", op.kind)
            elif kind in ("FunctionImport", "ActionImport"):  # V4 style
                if name := self.named(child, kind, qualified):
                    op_kind = kind[: -len("Import")]
                    op_name = child.get(op_kind, "")
                    self.operation_import(child, name, op_name, op_kind.lower())
                    self.external(f"{qualified}/{name}", child)
        return association_sets

    def operation_import(
        self, element: etree._Element, name: str, operation: str, kind: str
    ) -> None:
        entity_set, line = element.get("EntitySet"), line_of(element)
        raw = RawOperationImport(name, operation, kind, entity_set, line)
        self.doc.operation_imports.append(raw)

    def entity_set(self, element: etree._Element, kind: str, container: str) -> None:
        name = self.named(element, kind, container)
        attribute = "EntityType" if kind == "EntitySet" else "Type"
        type_ = element.get(attribute, "")
        if name and not type_:
            message = f"{kind} without {attribute}"
            self.error("missing-attribute", message, element, f"{kind} {name}")
        if not name or not type_:
            return
        raw = RawEntitySet(
            name,
            type_,
            singleton=kind == "Singleton",
            in_service_document=parse_bool(
                element.get("IncludeInServiceDocument"), True
            ),
            sap=_sap(element),
            annotations=self.annotations(element),
            line=line_of(element),
        )
        for binding in _all(element, "NavigationPropertyBinding"):  # V4 style
            raw.bindings.append((binding.get("Path", ""), binding.get("Target", "")))
        self.sets.setdefault(name, raw)  # a duplicate is reported by the resolver
        self.doc.entity_sets.append(raw)

    def association_set(self, element: etree._Element) -> None:
        """Each end's navigation (declared or inherited) is bound to the other end."""
        association = self.associations.get(element.get("Association", ""))
        ends = [
            (e.get("Role", ""), e.get("EntitySet", "")) for e in _all(element, "End")
        ]
        if association is None or len(ends) != 2:
            name = element.get("Association")
            message = f"association {name!r} not found, or not two ends"
            where = f"AssociationSet {element.get('Name', '')}"
            self.warn("unknown-association", message, element, where)
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
