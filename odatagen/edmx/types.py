"""The Edm primitive types: the one table of what each becomes in Python."""

from __future__ import annotations

# Edm primitive -> (Python annotation, module the annotation needs or "")
PRIMITIVES: dict[str, tuple[str, str]] = {
    "Edm.Binary": ("bytes", ""),
    "Edm.Boolean": ("bool", ""),
    "Edm.Byte": ("int", ""),
    "Edm.SByte": ("int", ""),
    "Edm.Int16": ("int", ""),
    "Edm.Int32": ("int", ""),
    "Edm.Int64": ("int", ""),
    "Edm.Single": ("float", ""),
    "Edm.Double": ("float", ""),
    "Edm.Decimal": ("decimal.Decimal", "decimal"),
    "Edm.String": ("str", ""),
    "Edm.Guid": ("uuid.UUID", "uuid"),
    "Edm.Date": ("datetime.date", "datetime"),
    "Edm.DateTimeOffset": ("datetime.datetime", "datetime"),
    "Edm.DateTime": ("datetime.datetime", "datetime"),  # OData 2/3
    "Edm.Time": (
        "datetime.timedelta",
        "datetime",
    ),  # OData 2/3: a time of day as a duration
    "Edm.TimeOfDay": ("datetime.time", "datetime"),
    "Edm.Duration": ("datetime.timedelta", "datetime"),
    "Edm.Stream": ("_m.StreamRef", ""),
    "Edm.Untyped": ("Any", "typing"),
}

GEO_PREFIXES = ("Edm.Geography", "Edm.Geometry")

# Abstract types usable in some positions (vocabularies, Graph): values are untyped.
ABSTRACT = {
    "Edm.PrimitiveType",
    "Edm.ComplexType",
    "Edm.EntityType",
    "Edm.AnnotationPath",
    "Edm.PropertyPath",
    "Edm.NavigationPropertyPath",
    "Edm.AnyPropertyPath",
    "Edm.ModelElementPath",
}


def is_geo(name: str) -> bool:
    return name.startswith(GEO_PREFIXES)


def is_primitive(name: str) -> bool:
    return name in PRIMITIVES or is_geo(name)


def python_type(name: str) -> tuple[str, str]:
    """The annotation for a primitive and the module it needs ("" when builtin)."""
    if is_geo(name):
        return "_m.GeoJSON", ""
    return PRIMITIVES.get(name, ("str", ""))
