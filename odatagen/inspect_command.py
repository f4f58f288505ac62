"""`odatagen inspect`: what a schema holds, as text, JSON or a Mermaid ER diagram.

```
odatagen inspect SOURCE [--entity NAME] [--format text|json] [--mermaid [--fence]]
                 [--depth N] [--custom-prefix PREFIX|auto|'']
```

JSON output (`--format json`; keys are stable, lists keep document order; qualified
names are `Namespace.Name`; a type is written `Edm.String`, `NS.Color` or
`Collection(NS.Address)`):

Summary (no `--entity`)::

    {"source": str, "odata_version": str,
     "counts": {"entity_types", "complex_types", "enum_types", "entity_sets",
                "singletons", "actions", "functions", "operation_imports",
                "properties", "navigations", "lookups", "partner_collections",
                "stream_properties", "media_entities": int},
     "customisations": {
        "prefix": str | null,
        "prefix_origin": "given" | "detected" | "snapshot" | "off",
        "totals": {"custom_entities", "custom_columns", "extended_entities": int},
        "custom_entities": [{"name", "qualified_name": str, "columns": int,
                             "lookups": int, "entity_sets": [str]}],
        "custom_columns": [{"entity", "qualified_name": str,
                            "columns": [{"name", "type": str,
                                         "lookup": str | null}]}]}}

`custom_columns` groups the custom columns declared on standard entities (`lookup` is
the qualified target when the column is a lookup); `custom_entities[].columns` counts
all their columns, inherited ones included. Counts of properties, navigations and
lookups are of declared members (entity and complex types), so nothing counts twice.

Entity (`--entity NAME`)::

    {"source": str, "odata_version": str,
     "entity": {"name", "qualified_name": str, "kind": "entity" | "complex",
        "custom": bool, "base": str | null, "abstract", "open_type",
        "has_stream": bool, "key": [str], "description": str | null,
        "entity_sets": [{"name": str, "singleton": bool}],
        "columns": [{"name", "type": str, "nullable": bool,
                     "facets": {"max_length", "precision", "scale", "srid",
                                "default": only those present},
                     "custom", "computed", "immutable": bool,
                     "description": str | null, "declared_in": str,
                     "lookup": str | null}],          # the lookup's navigation
        "lookups": [{"column", "navigation", "target", "target_key": str,
                     "custom": bool}],
        "navigations": [{"name", "target": str, "collection", "nullable": bool,
                         "partner": str | null, "contains_target": bool}],
        "partner_collections": [{"name", "source", "column": str}],
        "referenced_by": [{"entity", "navigation": str, "column": str | null}],
        "operations": [{"name", "qualified_name", "kind": str,
                        "collection": bool, "returns": str | null,
                        "parameters": [{"name", "type": str, "nullable": bool}]}]}}

`navigations` are the ones that are neither lookups nor partner collections;
`partner_collections` are Creatio's reverse `{Source}CollectionBy{Column}` sets
(`source` is the entity holding the lookup, `column` its navigation); `referenced_by`
are the single-valued navigations of entities that point at this one.
"""

from __future__ import annotations

import difflib
import json
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import click

from odatagen.diagnostics import Diagnostic, GenerationError
from odatagen.inspect_schema import (
    customisation_diagram,
    entity_detail,
    neighbourhood_diagram,
    summary,
)
from odatagen.schema import Schema, StructuredType
from odatagen.sources import load_schema

WIDTH = 88


def _is_snapshot(spec: str) -> bool:
    path = Path(spec)
    if spec == "-":
        return False
    return path.is_dir() or (path.is_file() and path.suffix == ".json")


def find_type(schema: Schema, name: str, file: str = "") -> StructuredType:
    """An entity (or complex) type by local or qualified name, case-insensitively
    when that is unambiguous; a GenerationError naming close matches otherwise."""
    types = [*schema.entities.values(), *schema.complex_types.values()]
    for fold in (str, str.casefold):
        found = [
            t for t in types if fold(name) in (fold(t.name), fold(t.qualified_name))
        ]
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(t.qualified_name for t in found)
            raise _not_found(name, f"is ambiguous: {names}", file)
    local = Counter(t.name for t in types)
    shown = {
        t.qualified_name: t.name if local[t.name] == 1 else t.qualified_name
        for t in types
    }
    by_name = {
        fold(n): t.qualified_name
        for t in types
        for n in (t.name, t.qualified_name)
        for fold in (str, str.casefold)
    }
    close = difflib.get_close_matches(name, by_name, n=10, cutoff=0.6)
    close += difflib.get_close_matches(name.casefold(), by_name, n=10, cutoff=0.6)
    suggestions = list(dict.fromkeys(shown[by_name[c]] for c in close))[:5]
    if suggestions:
        raise _not_found(
            name, f"not found; did you mean {', '.join(suggestions)}?", file
        )
    sample = ", ".join(list(shown.values())[:5]) or "none"
    raise _not_found(name, f"not found among {len(types)} types (e.g. {sample})", file)


def _not_found(name: str, message: str, file: str) -> GenerationError:
    text = f"entity type {name!r} {message}"
    return GenerationError([Diagnostic("error", "unknown-entity", text, file)])


def _printable(value: Any) -> Any:
    """`value` with every control character in its strings written as an escape, so a
    hostile name cannot break the text layout."""
    if isinstance(value, str):
        return "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
    if isinstance(value, list):
        return [_printable(item) for item in value]
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    return value


def _local(qualified: str) -> str:
    return qualified.rsplit(".", 1)[-1]


def _type(text: str) -> str:
    """A type without its namespace (`Collection(Location)`), Edm types as they are."""
    inner = text.removeprefix("Collection(").removesuffix(")")
    if inner.startswith("Edm."):
        return text
    return text.replace(inner, _local(inner))


def _plural(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _table(rows: list[list[str]], indent: str = "  ") -> list[str]:
    """Rows as left-aligned columns (the last column is not padded)."""
    if not rows:
        return []
    keep = [i for i in range(len(rows[0])) if any(row[i] for row in rows)]
    rows = [[row[i] for i in keep] for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(keep) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths)] + row[-1:]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def _wrapped(label: str, items: list[str]) -> list[str]:
    return textwrap.wrap(
        ", ".join(items),
        WIDTH,
        initial_indent=f"  {label}",
        subsequent_indent=" " * (len(label) + 2),
        break_on_hyphens=False,
    )


def summary_text(data: dict[str, Any]) -> str:
    counts = data["counts"]
    lines = [f"{data['source']}: OData {data['odata_version']}"]
    lines += _table([[k.replace("_", " "), str(v)] for k, v in counts.items()])
    custom = data["customisations"]
    totals = custom["totals"]
    prefix, origin = custom["prefix"], custom["prefix_origin"]
    lines.append("")
    if not prefix:
        why = "turned off" if origin == "off" else "no prefix found"
        lines.append(f"Customisations: not marked ({why}; use --custom-prefix PREFIX)")
        return "\n".join(lines) + "\n"
    entities = _plural(totals["custom_entities"], "custom entity", "custom entities")
    columns = _plural(totals["custom_columns"], "custom column")
    extended = _plural(
        totals["extended_entities"], "standard entity", "standard entities"
    )
    lines.append(
        f"Customisations (prefix {prefix}, {origin}): "
        f"{entities}, {columns} on {extended}"
    )
    if custom["custom_entities"]:
        lines.append("Custom entities:")
        rows = [
            [
                e["name"],
                f"{_plural(e['columns'], 'column')}, {_plural(e['lookups'], 'lookup')}",
            ]
            for e in custom["custom_entities"]
        ]
        lines += _table(rows)
    if custom["custom_columns"]:
        lines.append("Custom columns on standard entities:")
        width = max(len(g["entity"]) for g in custom["custom_columns"]) + 2
        for group in custom["custom_columns"]:
            items = [
                c["name"]
                + (f" (lookup to {_local(c['lookup'])})" if c["lookup"] else "")
                for c in group["columns"]
            ]
            lines += _wrapped(group["entity"].ljust(width), items)
    return "\n".join(lines) + "\n"


def _column_row(column: dict[str, Any], qualified_name: str) -> list[str]:
    facets = " ".join(
        f"{''.join(p.capitalize() for p in k.split('_'))}={v}"
        for k, v in column["facets"].items()
    )
    notes = [n for n in ("custom", "computed", "immutable") if column[n]]
    if column["lookup"]:
        notes.append(f"lookup {column['lookup']}")
    if column["declared_in"] != qualified_name:
        notes.append(f"from {_local(column['declared_in'])}")
    if column["description"]:
        notes.append(json.dumps(column["description"], ensure_ascii=False))
    nullable = "" if column["nullable"] else "not null"
    return [column["name"], _type(column["type"]), nullable, facets, ", ".join(notes)]


def entity_text(data: dict[str, Any]) -> str:
    entity = data["entity"]
    kind = "entity type" if entity["kind"] == "entity" else "complex type"
    custom = ", custom" if entity["custom"] else ""
    lines = [f"{entity['name']} ({entity['qualified_name']}): {kind}{custom}"]
    flags = [
        label
        for key, label in (
            ("abstract", "abstract"),
            ("open_type", "open type"),
            ("has_stream", "media entity"),
        )
        if entity[key]
    ]
    details = [
        ("key", ", ".join(entity["key"]) or "none"),
        ("base type", entity["base"] or ""),
        ("entity sets", ", ".join(_set(s) for s in entity["entity_sets"]) or "none"),
        ("flags", ", ".join(flags)),
        ("description", entity["description"] or ""),
    ]
    lines += [f"  {label}: {value}" for label, value in details if value]
    qname = entity["qualified_name"]
    sections: list[tuple[str, list[list[str]]]] = [
        ("Columns", [_column_row(c, qname) for c in entity["columns"]]),
        (
            "Lookups (column -> navigation -> target)",
            [
                [lk["column"], "->", lk["navigation"], "->", _local(lk["target"])]
                + (["custom"] if lk["custom"] else [""])
                for lk in entity["lookups"]
            ],
        ),
        ("Other navigations", [_navigation_row(n) for n in entity["navigations"]]),
        (
            "Partner collections (reverse of lookups)",
            [
                [p["name"], f"{_local(p['source'])}.{p['column']}"]
                for p in entity["partner_collections"]
            ],
        ),
        ("Bound operations", [_operation_row(o) for o in entity["operations"]]),
    ]
    for title, rows in sections:
        lines += ["", f"{title}: {len(rows)}", *_table(rows)]
    referenced = [
        f"{_local(r['entity'])}.{r['navigation']}" for r in entity["referenced_by"]
    ]
    lines += ["", f"Referenced by: {len(referenced)}", *_wrapped("", referenced)]
    return "\n".join(lines) + "\n"


def _set(entity_set: dict[str, Any]) -> str:
    suffix = " (singleton)" if entity_set["singleton"] else ""
    return f"{entity_set['name']}{suffix}"


def _navigation_row(nav: dict[str, Any]) -> list[str]:
    target = _local(nav["target"])
    notes = [f"partner {nav['partner']}"] if nav["partner"] else []
    notes += ["contained"] if nav["contains_target"] else []
    notes += [] if nav["nullable"] or nav["collection"] else ["not null"]
    return [
        nav["name"],
        "->",
        f"Collection({target})" if nav["collection"] else target,
    ] + [", ".join(notes)]


def _operation_row(op: dict[str, Any]) -> list[str]:
    params = ", ".join(f"{p['name']}: {_type(p['type'])}" for p in op["parameters"])
    returns = f" -> {_type(op['returns'])}" if op["returns"] else ""
    bound = "collection" if op["collection"] else "entity"
    return [op["kind"], f"{op['name']}({params}){returns}", f"bound to {bound}"]


@click.command("inspect")
@click.argument("source")
@click.option(
    "--entity", metavar="NAME", help="Show one entity type (local or qualified name)."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Text for people, JSON for tools.",
)
@click.option(
    "--mermaid",
    is_flag=True,
    help="Print a Mermaid ER diagram: the --entity's neighbourhood, "
    "or the customisations.",
)
@click.option(
    "--fence", is_flag=True, help="With --mermaid: wrap it in a ```mermaid code fence."
)
@click.option(
    "--depth",
    type=click.IntRange(min=1),
    help="With --mermaid --entity: levels of neighbours to show (default 1).",
)
@click.option(
    "--custom-prefix",
    default="auto",
    show_default=True,
    help="Prefix of customisations; 'auto' detects it (a package's own is kept), "
    "'' turns it off.",
)
def inspect_command(
    source: str,
    entity: str | None,
    output_format: str,
    mermaid: bool,
    fence: bool,
    depth: int | None,
    custom_prefix: str,
) -> None:
    """Summarise SOURCE (a $metadata file, a generated package, its _schema.json, or -):
    counts and customisations, one entity in detail, or a Mermaid ER diagram."""
    if fence and not mermaid:
        raise click.UsageError("--fence needs --mermaid")
    if depth is not None and not (mermaid and entity):
        raise click.UsageError("--depth needs --mermaid and --entity")
    if mermaid and output_format == "json":
        raise click.UsageError("--mermaid prints a diagram; leave out --format json")
    explicit = custom_prefix != "auto"
    schema, label = load_schema(source, custom_prefix or None)
    snapshot = _is_snapshot(source)
    if snapshot and explicit:  # a snapshot carries its own prefix: a given one wins
        schema = attrs.evolve(schema, custom_prefix=custom_prefix or None)
    if explicit:
        origin = "given" if custom_prefix else "off"
    else:
        origin = "snapshot" if snapshot else "detected"
    type_ = find_type(schema, entity, source) if entity is not None else None
    if mermaid:
        if type_ is None:
            diagram = customisation_diagram(schema)
        else:
            diagram = neighbourhood_diagram(schema, type_, depth or 1)
        click.echo(f"```mermaid\n{diagram}```" if fence else diagram, nl=fence)
        return
    if type_ is None:
        data = summary(schema, label, origin)
    else:
        data = {
            "source": label,
            "odata_version": schema.odata_version,
            "entity": entity_detail(schema, type_),
        }
    if output_format == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        data = _printable(data)
        click.echo(summary_text(data) if type_ is None else entity_text(data), nl=False)
