"""Reads CSDL XML 4.0 / 4.01 (`edmx:Edmx Version="4.0"`) into the raw layer."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from odatagen.diagnostics import Collector
from odatagen.edmx.annotations import annotation_value
from odatagen.edmx.raw import (
    RawAnnotation,
    RawDocument,
    RawEntitySet,
    RawEnum,
    RawExternalAnnotations,
    RawNavigation,
    RawOperation,
    RawOperationImport,
    RawParameter,
    RawProperty,
    RawSchema,
    RawStructured,
    RawTypeDefinition,
)
from odatagen.edmx.xml import line_of, parse_bool, parse_int, parse_scale


def children(element: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    for child in element:
        tag = child.tag
        if isinstance(tag, str):
            yield tag.rpartition("}")[2], child


def annotations_of(element: etree._Element) -> list[RawAnnotation]:
    return [
        RawAnnotation(
            term=child.get("Term", ""),
            value=annotation_value(child),
            qualifier=child.get("Qualifier", ""),
            line=line_of(child),
        )
        for name, child in children(element)
        if name == "Annotation"
    ]


class Csdl4Reader:
    def __init__(self, file: str, diagnostics: Collector) -> None:
        self.diagnostics = diagnostics
        self.document = RawDocument(file=file, version="4.0")

    def read(self, root: etree._Element) -> RawDocument:
        self.document.version = root.get("Version", "4.0")
        for name, child in children(root):
            if name == "Reference":
                self.reference(child)
            elif name == "DataServices":
                for sub_name, schema in children(child):
                    if sub_name == "Schema":
                        self.schema(schema)
        return self.document

    def reference(self, element: etree._Element) -> None:
        includes = [
            (inc.get("Namespace", ""), inc.get("Alias", ""))
            for name, inc in children(element)
            if name == "Include"
        ]
        self.document.references.append((element.get("Uri", ""), includes))

    def schema(self, element: etree._Element) -> None:
        namespace = element.get("Namespace", "")
        if not namespace:
            self.diagnostics.error(
                "missing-attribute",
                "Schema without Namespace",
                line_of(element),
                "Schema",
            )
            return
        doc = self.document
        doc.schemas.append(
            RawSchema(namespace, element.get("Alias", ""), line_of(element))
        )
        for name, child in children(element):
            if name in ("EntityType", "ComplexType"):
                doc.structured.append(self.structured(child, namespace, name))
            elif name == "EnumType":
                doc.enums.append(self.enum(child, namespace))
            elif name == "TypeDefinition":
                doc.type_definitions.append(self.type_definition(child, namespace))
            elif name in ("Action", "Function"):
                doc.operations.append(self.operation(child, namespace, name.lower()))
            elif name == "EntityContainer":
                self.container(child, namespace)
            elif name == "Annotations":
                doc.external_annotations.append(
                    RawExternalAnnotations(
                        child.get("Target", ""),
                        annotations_of(child),
                        line_of(child),
                    )
                )

    def named(self, element: etree._Element, what: str) -> str:
        name = element.get("Name")
        if not name:
            self.diagnostics.error(
                "missing-attribute", f"{what} without Name", line_of(element), what
            )
            return ""
        return name

    def structured(
        self, element: etree._Element, namespace: str, what: str
    ) -> RawStructured:
        kind = "entity" if what == "EntityType" else "complex"
        result = RawStructured(
            kind=kind,
            namespace=namespace,
            name=self.named(element, what),
            base=element.get("BaseType"),
            abstract=parse_bool(element.get("Abstract"), False),
            open_type=parse_bool(element.get("OpenType"), False),
            has_stream=parse_bool(element.get("HasStream"), False),
            line=line_of(element),
        )
        for name, child in children(element):
            if name == "Key":
                result.key = [
                    ref.get("Name", "")
                    for ref_name, ref in children(child)
                    if ref_name == "PropertyRef"
                ]
            elif name == "Property":
                result.properties.append(self.property(child, f"{result.name}."))
            elif name == "NavigationProperty":
                result.navigations.append(self.navigation(child, f"{result.name}."))
        result.annotations = annotations_of(element)
        return result

    def property(self, element: etree._Element, owner: str) -> RawProperty:
        name = self.named(element, "Property")
        type_ = element.get("Type")
        if not type_:
            self.diagnostics.error(
                "missing-attribute",
                "Property without Type",
                line_of(element),
                f"Property {owner}{name}",
            )
            type_ = "Edm.Untyped"
        return RawProperty(
            name=name,
            type=type_,
            nullable=parse_bool(element.get("Nullable"), True),
            max_length=parse_int(element.get("MaxLength")),
            precision=parse_int(element.get("Precision")),
            scale=parse_scale(element.get("Scale")),
            srid=element.get("SRID"),
            default=element.get("DefaultValue"),
            annotations=annotations_of(element),
            line=line_of(element),
        )

    def navigation(self, element: etree._Element, owner: str) -> RawNavigation:
        name = self.named(element, "NavigationProperty")
        constraints = [
            (child.get("Property", ""), child.get("ReferencedProperty", ""))
            for child_name, child in children(element)
            if child_name == "ReferentialConstraint"
        ]
        type_ = element.get("Type")
        if not type_:
            self.diagnostics.error(
                "missing-attribute",
                "NavigationProperty without Type",
                line_of(element),
                f"NavigationProperty {owner}{name}",
            )
            type_ = ""
        return RawNavigation(
            name=name,
            type=type_,
            nullable=parse_bool(element.get("Nullable"), True),
            partner=element.get("Partner"),
            contains_target=parse_bool(element.get("ContainsTarget"), False),
            constraints=constraints,
            annotations=annotations_of(element),
            line=line_of(element),
        )

    def enum(self, element: etree._Element, namespace: str) -> RawEnum:
        result = RawEnum(
            namespace=namespace,
            name=self.named(element, "EnumType"),
            underlying=element.get("UnderlyingType", "Edm.Int32"),
            is_flags=parse_bool(element.get("IsFlags"), False),
            annotations=annotations_of(element),
            line=line_of(element),
        )
        for name, child in children(element):
            if name == "Member":
                result.members.append(
                    (child.get("Name", ""), child.get("Value"), annotations_of(child))
                )
        return result

    def type_definition(
        self, element: etree._Element, namespace: str
    ) -> RawTypeDefinition:
        return RawTypeDefinition(
            namespace=namespace,
            name=self.named(element, "TypeDefinition"),
            underlying=element.get("UnderlyingType", "Edm.String"),
            max_length=parse_int(element.get("MaxLength")),
            precision=parse_int(element.get("Precision")),
            scale=parse_scale(element.get("Scale")),
            srid=element.get("SRID"),
            annotations=annotations_of(element),
            line=line_of(element),
        )

    def operation(
        self, element: etree._Element, namespace: str, kind: str
    ) -> RawOperation:
        result = RawOperation(
            kind=kind,
            namespace=namespace,
            name=self.named(element, kind.title()),
            bound=parse_bool(element.get("IsBound"), False),
            composable=parse_bool(element.get("IsComposable"), False),
            entity_set_path=element.get("EntitySetPath"),
            annotations=annotations_of(element),
            line=line_of(element),
        )
        for name, child in children(element):
            if name == "Parameter":
                result.parameters.append(
                    RawParameter(
                        child.get("Name", ""),
                        child.get("Type", "Edm.Untyped"),
                        parse_bool(child.get("Nullable"), True),
                        line_of(child),
                    )
                )
            elif name == "ReturnType":
                result.return_type = child.get("Type", "Edm.Untyped")
                result.return_nullable = parse_bool(child.get("Nullable"), True)
        return result

    def container(self, element: etree._Element, namespace: str) -> None:
        doc = self.document
        doc.container = f"{namespace}.{element.get('Name', '')}"
        for name, child in children(element):
            if name in ("EntitySet", "Singleton"):
                singleton = name == "Singleton"
                doc.entity_sets.append(
                    RawEntitySet(
                        name=self.named(child, name),
                        entity_type=child.get(
                            "Type" if singleton else "EntityType", ""
                        ),
                        singleton=singleton,
                        bindings=[
                            (b.get("Path", ""), b.get("Target", ""))
                            for b_name, b in children(child)
                            if b_name == "NavigationPropertyBinding"
                        ],
                        in_service_document=parse_bool(
                            child.get("IncludeInServiceDocument"), True
                        ),
                        annotations=annotations_of(child),
                        line=line_of(child),
                    )
                )
            elif name in ("ActionImport", "FunctionImport"):
                kind = "action" if name == "ActionImport" else "function"
                doc.operation_imports.append(
                    RawOperationImport(
                        name=self.named(child, name),
                        operation=child.get(
                            "Action" if kind == "action" else "Function", ""
                        ),
                        kind=kind,
                        entity_set=child.get("EntitySet"),
                        line=line_of(child),
                    )
                )


def read(root: etree._Element, file: str, diagnostics: Collector) -> RawDocument:
    return Csdl4Reader(file, diagnostics).read(root)
