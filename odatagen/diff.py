"""Compare two schemas and classify each difference by what it means for client code.

`diff_schemas(old, new)` matches entity, complex and enum types by qualified name (a path
shows the short name unless ambiguous), operations by qualified name and binding type,
entity sets and singletons by name. Paths: `Contact`, `Contact.Name`, `Color.Red`,
`EntitySet Contact`, `Action NS.Approve(NS.Contact)`, `Action NS.Approve.Note` (a
parameter). A lookup change stands for its Guid column and its navigation. Members are
compared with the inherited ones, at the type that declares them. "Required" means not
nullable, without default and not computed, on an entity type some entity set inserts.
Changes are sorted by path, then code.

Severities: **breaking** (code that worked may now fail), **warning** (it may), **info**
(additive). Each code has one severity, and one message: see the table in
`odatagen.diff_rules` (`RULES`). The result types are in `odatagen.diff_result`.

An entity type that becomes a complex type (or back) is removed and added.
`Change.custom`: the type, set or operation, or the member, is a customisation by
either side's `custom_prefix`. `Side` lists the customisations one side has and the other
lacks, by the side's own prefix (`Usr` on one tenant, `lab` on another).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TypeVar

import attrs

from odatagen.diff_result import Change, DiffResult, Side, side_of
from odatagen.diff_rules import CODES, MESSAGES, RANK, RULES, SEVERITIES, Severity
from odatagen.schema import (
    EntitySet,
    EnumType,
    NavigationProperty,
    Operation,
    OperationImport,
    Parameter,
    Property,
    Schema,
    StructuredType,
    TypeRef,
)

__all__ = [
    "CODES",
    "MESSAGES",
    "RANK",
    "RULES",
    "SEVERITIES",
    "Change",
    "DiffResult",
    "Severity",
    "Side",
    "diff_schemas",
    "type_text",
]

T = TypeVar("T")


def type_text(ref: TypeRef | None) -> str:
    """`Edm.String`, `NS.Color`, `Collection(NS.Address)`. A type definition is shown
    and compared as its underlying primitive: that is what travels and what clients see.
    """
    if ref is None:
        return "nothing"
    return f"Collection({ref.name})" if ref.collection else ref.name


def _same(a: TypeRef, b: TypeRef) -> bool:
    return (a.kind, a.name, a.collection) == (b.kind, b.name, b.collection)


def _access(permissions: str | None) -> set[str]:
    found = {"Read": "r", "Write": "w", "ReadWrite": "rw", "None": ""}
    return set(found.get(permissions or "ReadWrite", "rw"))


def _text(value: object) -> str | None:
    if value is None:
        return None
    return str(value).lower() if isinstance(value, bool) else str(value)


def _params(op: Operation) -> dict[str, Parameter]:
    return {p.name: p for p in op.parameters[1 if op.bound else 0 :]}


class _Differ:
    def __init__(self, old: Schema, new: Schema) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        names = {*old.entities, *old.complex_types, *old.enums}
        names |= {*new.entities, *new.complex_types, *new.enums}
        self.labels = {q: q.rpartition(".")[2] for q in names}
        shorts = Counter(self.labels.values())
        self.labels.update({q: q for q in names if shorts[self.labels[q]] > 1})
        self.insertable: set[str] = set()  # entity types inserted through some set
        for entity_set in new.entity_sets.values():
            found = new.entities.get(entity_set.entity_type)
            if found is not None and entity_set.restrictions.insertable:
                self.insertable.update(t.qualified_name for t in new.ancestry(found))

    def label(self, qualified: str) -> str:
        return self.labels.get(qualified, qualified)

    def custom(self, *names: str) -> bool:
        found = [n for n in names if n]
        return any(self.old.is_custom(n) or self.new.is_custom(n) for n in found)

    def add(
        self, code: str, path: str, c: bool, old: object = None, new: object = None
    ) -> None:
        was, now = _text(old), _text(new)
        message = MESSAGES[code].format(p=path, old=was, new=now)
        self.changes.append(Change(CODES[code], code, path, message, c, was, now))

    def flag(self, was: bool, now: bool, codes: str, path: str, c: bool) -> None:
        """A boolean that changed: `codes` is "code-when-set code-when-cleared"."""
        if was != now:
            self.add(codes.split()[0 if now else 1], path, c, was, now)

    def match(
        self,
        kind: str,
        old: Mapping[str, T],
        new: Mapping[str, T],
        path: Callable[[str], str],
        show: Callable[[T], object],
        c: bool = False,
        also: Callable[[T], str] = lambda _: "",
    ) -> Iterator[tuple[str, bool, T, T]]:
        """Report `{kind}-removed`/`-added` (showing `show(element)`) for what one side
        lacks; yield (path, custom, old, new) for what both have and differ in. Custom:
        `c` (the owner's), or the short name or `also(element)` is a customisation."""
        for name in old.keys() | new.keys():
            a, b = old.get(name), new.get(name)
            p, either = path(name), a if a is not None else b
            assert either is not None
            mc = c or self.custom(name.rpartition(".")[2], also(either))
            if a is None:
                self.add(f"{kind}-added", p, mc, None, show(either))
            elif b is None:
                self.add(f"{kind}-removed", p, mc, show(either))
            elif a != b:
                yield p, mc, a, b

    # -- structured types ------------------------------------------------------------
    def types(self) -> None:
        o, n = self.old, self.new
        for kind, old, new in [
            ("entity", o.entities, n.entities),
            ("complex-type", o.complex_types, n.complex_types),
        ]:
            qualified: Callable[[StructuredType], str] = lambda t: t.qualified_name
            for path, c, a, b in self.match(kind, old, new, self.label, qualified):
                self.structured(path, a, b, c)

    def structured(
        self, path: str, a: StructuredType, b: StructuredType, c: bool
    ) -> None:
        if a.base != b.base:
            self.add("base-type-changed", path, c, a.base, b.base)
        abstract = "type-now-abstract type-no-longer-abstract"
        self.flag(a.abstract, b.abstract, abstract, path, c)
        self.flag(
            b.open_type, a.open_type, "type-no-longer-open type-now-open", path, c
        )
        self.flag(a.has_stream, b.has_stream, "stream-added stream-removed", path, c)
        if a.key != b.key:
            self.add("key-changed", path, c, ", ".join(a.key), ", ".join(b.key))
        old_props = {p.name: p for p in self.old.all_properties(a)}
        new_props = {p.name: p for p in self.new.all_properties(b)}
        old_navs = {n.name: n for n in self.old.all_navigations(a)}
        new_navs = {n.name: n for n in self.new.all_navigations(b)}
        done: set[str] = set()  # members that a lookup change stands for
        old_lookups = {lk.column: lk for lk in a.lookups}
        new_lookups = {lk.column: lk for lk in b.lookups}
        for column in old_lookups.keys() | new_lookups.keys():
            la, lb = old_lookups.get(column), new_lookups.get(column)
            p, mc = f"{path}.{column}", c or self.custom(column)
            # an added or removed lookup stands for its column and navigation, unless
            # the added column is required on insert (then that is reported too)
            if la is not None and lb is None:
                self.add("lookup-removed", p, mc, self.label(la.target))
                done |= {column, la.navigation} - new_props.keys() - new_navs.keys()
            elif lb is not None and la is None:
                self.add("lookup-added", p, mc, None, self.label(lb.target))
                done |= {lb.navigation} - old_navs.keys()
                added = new_props.get(column)
                if added and self.added(b, added) == "property-added":
                    done |= {column} - old_props.keys()
            elif la is not None and lb is not None and la != lb:
                was, now = self.label(la.target), self.label(lb.target)
                if was != now:
                    self.add("lookup-retargeted", p, mc, was, now)
                    done.add(lb.navigation)
                if la.navigation != lb.navigation:
                    was, now = la.navigation, lb.navigation
                    self.add("lookup-navigation-changed", p, mc, was, now)
                    done |= {was} - new_navs.keys() | {now} - old_navs.keys()
        declared = {p.name for p in [*a.properties, *b.properties]} - done
        for name in declared:
            pa, pb, p = old_props.get(name), new_props.get(name), f"{path}.{name}"
            mc = c or self.custom(name)
            if pa is None and pb is not None:
                self.add(self.added(b, pb), p, mc, None, type_text(pb.type))
            elif pb is None and pa is not None:
                self.add("property-removed", p, mc, type_text(pa.type))
            elif pa is not None and pb is not None and pa != pb:
                self.property(p, pa, pb, mc)
        declared = {n.name for n in [*a.navigations, *b.navigations]} - done
        old_navs = {k: v for k, v in old_navs.items() if k in declared}
        new_navs = {k: v for k, v in new_navs.items() if k in declared}
        to: Callable[[NavigationProperty], str] = lambda n: self.label(n.target)
        member = f"{path}.{{}}".format
        for p, mc, na, nb in self.match(
            "navigation", old_navs, new_navs, member, to, c, _partner_column
        ):
            if na.target != nb.target:
                self.add("navigation-retargeted", p, mc, to(na), to(nb))
            if na.collection != nb.collection:
                many = {True: "collection", False: "single"}
                was, now = many[na.collection], many[nb.collection]
                self.add("navigation-cardinality-changed", p, mc, was, now)

    def added(self, owner: StructuredType, prop: Property) -> str:
        required = not prop.nullable and prop.default is None and not prop.doc.computed
        if required and owner.qualified_name in self.insertable:
            return "property-added-required"
        return "property-added"

    def property(self, p: str, a: Property, b: Property, c: bool) -> None:
        if not _same(a.type, b.type):
            self.add("property-retyped", p, c, type_text(a.type), type_text(b.type))
        if a.nullable != b.nullable:
            code = "property-now-nullable" if b.nullable else "property-now-required"
            states = {True: "nullable", False: "not null"}
            self.add(code, p, c, states[a.nullable], states[b.nullable])
        if a.max_length != b.max_length:
            old, new = a.max_length, b.max_length
            narrowed = new is not None and (old is None or new < old)
            code = "max-length-narrowed" if narrowed else "max-length-widened"
            self.add(code, p, c, old or "unlimited", new or "unlimited")
        if (a.precision, a.scale) != (b.precision, b.scale):
            was = f"precision {a.precision}, scale {a.scale}"
            now = f"precision {b.precision}, scale {b.scale}"
            self.add("precision-changed", p, c, was, now)
        da, db = a.doc, b.doc
        codes = "property-now-computed property-no-longer-computed"
        self.flag(da.computed, db.computed, codes, p, c)
        codes = "property-now-immutable property-no-longer-immutable"
        self.flag(da.immutable, db.immutable, codes, p, c)
        was_access, now_access = _access(da.permissions), _access(db.permissions)
        if was_access != now_access:
            narrowed = bool(was_access - now_access)
            code = "permissions-narrowed" if narrowed else "permissions-widened"
            was, now = da.permissions or "ReadWrite", db.permissions or "ReadWrite"
            self.add(code, p, c, was, now)

    # -- enums -----------------------------------------------------------------------
    def enums(self) -> None:
        qualified: Callable[[EnumType], str] = lambda e: e.qualified_name
        old, new = self.old.enums, self.new.enums
        for path, c, a, b in self.match("enum", old, new, self.label, qualified):
            if a.is_flags != b.is_flags:
                kinds = {True: "flags", False: "plain"}
                was, now = kinds[a.is_flags], kinds[b.is_flags]
                self.add("enum-flags-changed", path, c, was, now)
            if a.underlying != b.underlying:
                self.add("enum-underlying-changed", path, c, a.underlying, b.underlying)
            old_values = {m.name: m.value for m in a.members}
            new_values = {m.name: m.value for m in b.members}
            member = f"{path}.{{}}".format
            for p, mc, v, w in self.match(
                "enum-member", old_values, new_values, member, str, c
            ):
                self.add("enum-member-value-changed", p, mc, v, w)

    # -- operations ------------------------------------------------------------------
    def operations(self) -> None:
        def group(ops: Iterable[Operation]) -> dict[tuple[str, str], list[Operation]]:
            result: dict[tuple[str, str], list[Operation]] = {}
            for op in ops:
                binding = type_text(op.binding_type) if op.bound else ""
                result.setdefault((op.qualified_name, binding), []).append(op)
            return result

        old, new = group(self.old.operations), group(self.new.operations)
        for key in old.keys() | new.keys():
            a, b = old.get(key, []), new.get(key, [])
            many = max(len(a), len(b)) > 1  # overloads: told apart by parameter names
            a, b = [x for x in a if x not in b], [y for y in b if y not in a]
            for x in list(a):
                same = [y for y in b if _params(y).keys() == _params(x).keys()]
                if same or (len(a) == 1 and len(b) == 1):
                    y = (same or b)[0]
                    self.operation(x, y, many)
                    a.remove(x)
                    b.remove(y)
            for x in a:
                c = self.custom(x.name)
                self.add("operation-removed", _op_path(x, many), c, _signature(x))
            for y in b:
                c = self.custom(y.name)
                self.add("operation-added", _op_path(y, many), c, None, _signature(y))

    def operation(self, a: Operation, b: Operation, overloaded: bool) -> None:
        path, c = _op_path(a, overloaded), self.custom(a.name)
        if a.kind != b.kind:
            self.add("operation-kind-changed", path, c, a.kind, b.kind)
        old, new = _params(a), _params(b)
        for name in old.keys() | new.keys():
            pa, pb, p = old.get(name), new.get(name), f"{path}.{name}"
            mc = c or self.custom(name)
            if pa is None and pb is not None:
                code = "parameter-added" if pb.nullable else "parameter-added-required"
                self.add(code, p, mc, None, type_text(pb.type))
            elif pb is None and pa is not None:
                self.add("parameter-removed", p, mc, type_text(pa.type))
            elif pa is not None and pb is not None:
                if not _same(pa.type, pb.type):
                    was, now = type_text(pa.type), type_text(pb.type)
                    self.add("parameter-retyped", p, mc, was, now)
                codes = "parameter-now-nullable parameter-now-required"
                self.flag(pa.nullable, pb.nullable, codes, p, mc)
        ra, rb = a.return_type, b.return_type
        if ra is not None and rb is not None and _same(ra, rb):
            codes = "return-now-nullable return-now-required"
            self.flag(a.return_nullable, b.return_nullable, codes, path, c)
        elif ra is not None or rb is not None:
            code = "return-type-removed" if rb is None else "return-type-changed"
            code = "return-type-added" if ra is None else code
            self.add(code, path, c, ra and type_text(ra), rb and type_text(rb))

    # -- the container ---------------------------------------------------------------
    def entity_sets(self) -> None:
        old, new = self.old.entity_sets, self.new.entity_sets
        kinds = {True: "Singleton", False: "EntitySet"}
        sets = {**new, **old}
        path = lambda name: f"{kinds[sets[name].singleton]} {name}"  # noqa: E731
        of: Callable[[EntitySet], str] = lambda s: self.label(s.entity_type)
        short: Callable[[EntitySet], str] = lambda s: s.entity_type.rpartition(".")[2]
        for p, c, a, b in self.match("entity-set", old, new, path, of, also=short):
            if a.singleton != b.singleton:
                was, now = kinds[a.singleton].lower(), kinds[b.singleton].lower()
                self.add("entity-set-kind-changed", p, c, was, now)
            if a.entity_type != b.entity_type:
                self.add("entity-set-retyped", p, c, of(a), of(b))
            ra, rb = attrs.astuple(a.restrictions), attrs.astuple(b.restrictions)
            for verb, was_ok, now_ok in zip(("insert", "update", "delete"), ra, rb):
                self.flag(was_ok, now_ok, f"{verb}-allowed {verb}-forbidden", p, c)

    def imports(self) -> None:
        old = {i.name: i for i in self.old.operation_imports}
        new = {i.name: i for i in self.new.operation_imports}
        kinds = {name: i.kind.title() for name, i in {**new, **old}.items()}
        path = lambda name: f"{kinds[name]}Import {name}"  # noqa: E731
        of: Callable[[OperationImport], str] = lambda i: i.operation
        for p, c, a, b in self.match("operation-import", old, new, path, of):
            if a.operation != b.operation:
                self.add("operation-import-changed", p, c, of(a), of(b))


def _partner_column(navigation: NavigationProperty) -> str:
    """`UsrRegion` of Creatio's `ContactCollectionByUsrRegion`: custom when it is."""
    return navigation.name.partition("CollectionBy")[2]


def _op_path(op: Operation, overloaded: bool) -> str:
    path = f"{op.kind.title()} {op.qualified_name}"
    if op.bound:
        path += f"({type_text(op.binding_type)})"
    return path + ("[" + ",".join(sorted(_params(op))) + "]" if overloaded else "")


def _signature(op: Operation) -> str:
    params = ", ".join(f"{p.name}: {type_text(p.type)}" for p in op.parameters)
    result = f" -> {type_text(op.return_type)}" if op.return_type else ""
    return f"{op.qualified_name}({params}){result}"


def diff_schemas(
    old: Schema, new: Schema, old_name: str = "old", new_name: str = "new"
) -> DiffResult:
    """Every difference between `old` and `new` that client code can notice."""
    differ = _Differ(old, new)
    differ.types()
    differ.enums()
    differ.operations()
    differ.entity_sets()
    differ.imports()
    changes = sorted(differ.changes, key=lambda c: (c.path, c.code, c.message))
    return DiffResult(
        side_of(old_name, old, new), side_of(new_name, new, old), tuple(changes)
    )
