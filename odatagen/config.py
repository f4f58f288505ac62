"""The build configuration: `[tool.odatagen]` in pyproject.toml, or `odatagen.toml`.

```toml
[tool.odatagen]                 # in odatagen.toml: the same keys at the top level
output = "clients"              # parent of each tenant's project (default "clients")
naming = "snake"                # defaults for every tenant: naming, custom-prefix,
custom-prefix = "Usr"           #   include, exclude, with-lookups, strict, package-version,
                                #   auth, timeout
[tool.odatagen.tenants.acme]
source = "https://acme.creatio.com"   # a Creatio site, an OData/$metadata URL, or a file
auth = "forms"                        # forms | oauth2 | bearer | none
username-env = "ACME_USER"            # environment variables holding the credentials
password-env = "ACME_PASSWORD"
package = "acme_creatio"              # default: <tenant>_client
output = "clients/acme"               # default: <output>/<tenant>
exclude = ["Sys*"]
```

Relative paths are relative to the configuration file. Errors name the file, the key
and the problem.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import attrs

from odatagen.diagnostics import Diagnostic, GenerationError
from odatagen.generate import Settings
from odatagen.identifiers import snake_case

AUTH_KINDS = ("forms", "oauth2", "bearer", "none", "auto")
GENERATION_KEYS = {
    "include": "list",
    "exclude": "list",
    "with-lookups": "bool",
    "naming": "str",
    "strict": "bool",
    "custom-prefix": "str",
    "package-version": "str",
}
CONNECTION_KEYS = {
    "auth": "str",
    "timeout": "number",
    "identity-url": "str",
    "odata-path": "str",
    "username-env": "str",
    "password-env": "str",
    "client-id-env": "str",
    "client-secret-env": "str",
    "token-env": "str",
}
TENANT_KEYS = {"source": "str", "package": "str", "output": "str"}
DEFAULT_KEYS = {"output": "str", **GENERATION_KEYS, **CONNECTION_KEYS}
KINDS: dict[str, tuple[type[Any], ...]] = {
    "list": (list,),
    "bool": (bool,),
    "str": (str,),
    "number": (int, float),
}


@attrs.frozen
class Tenant:
    name: str
    source: str  # a URL, or an absolute path to a metadata file
    output: Path
    settings: Settings
    auth: str = "auto"
    timeout: float = 30.0
    identity_url: str | None = None
    odata_path: str | None = None
    env: dict[str, str] = attrs.Factory(dict)  # "username" -> name of the variable

    @property
    def is_remote(self) -> bool:
        return self.source.startswith(("http://", "https://"))


@attrs.frozen
class Config:
    file: Path
    tenants: dict[str, Tenant]


def _fail(file: Path, key: str, problem: str) -> GenerationError:
    return GenerationError(
        [Diagnostic("error", "config", f"{key}: {problem}", str(file))]
    )


def find_config(start: Path) -> Path | None:
    """odatagen.toml, or a pyproject.toml with [tool.odatagen], here or in a parent."""
    for directory in [start, *start.parents]:
        candidate = directory / "odatagen.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and "[tool.odatagen" in pyproject.read_text("utf-8"):
            return pyproject
    return None


def _check_keys(
    file: Path, where: str, table: dict[str, Any], allowed: dict[str, str]
) -> None:
    for key, value in table.items():
        kind = allowed.get(key)
        if kind is None:
            raise _fail(
                file,
                f"{where}.{key}",
                f"unknown key (expected one of {', '.join(sorted(allowed))})",
            )
        if not isinstance(value, KINDS[kind]) or (
            kind == "number" and isinstance(value, bool)
        ):
            raise _fail(
                file, f"{where}.{key}", f"expected a {kind}, got {type(value).__name__}"
            )
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise _fail(file, f"{where}.{key}", "expected a list of strings")


def load_config(file: Path) -> Config:
    try:
        document = tomllib.loads(file.read_text("utf-8"))
    except OSError as exc:
        raise _fail(file, "(file)", f"cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise _fail(file, "(file)", f"not valid TOML: {exc}") from None
    root = "tool.odatagen" if file.name == "pyproject.toml" else ""
    table: Any = document.get("tool", {}).get("odatagen") if root else document
    if not isinstance(table, dict):
        raise _fail(file, root or "(file)", "no odatagen configuration here")
    tenants = table.get("tenants")
    prefix = f"{root}." if root else ""
    if not isinstance(tenants, dict) or not tenants:
        raise _fail(
            file, f"{prefix}tenants", "define at least one [tenants.<name>] table"
        )
    defaults = {k: v for k, v in table.items() if k != "tenants"}
    _check_keys(file, root or "(top level)", defaults, DEFAULT_KEYS)
    result = {}
    for name, values in tenants.items():
        where = f"{prefix}tenants.{name}"
        if not isinstance(values, dict):
            raise _fail(file, where, "expected a table")
        _check_keys(
            file, where, values, {**TENANT_KEYS, **GENERATION_KEYS, **CONNECTION_KEYS}
        )
        result[name] = _tenant(file, where, name, defaults, values)
    return Config(file, result)


def _tenant(
    file: Path, where: str, name: str, defaults: dict[str, Any], own: dict[str, Any]
) -> Tenant:
    base = file.parent
    values = {**defaults, **own}
    source = values.get("source")
    if not source:
        raise _fail(file, f"{where}.source", "missing: a URL or a metadata file")
    if not source.startswith(("http://", "https://")):
        source = str((base / source).resolve())
    package = values.get("package") or f"{snake_case(name)}_client"
    if not package.isidentifier() or package != snake_case(package):
        raise _fail(
            file, f"{where}.package", f"{package!r} is not a valid package name"
        )
    naming = values.get("naming", "snake")
    if naming not in ("snake", "preserve"):
        raise _fail(file, f"{where}.naming", "expected 'snake' or 'preserve'")
    auth = values.get("auth", "auto")
    if auth not in AUTH_KINDS:
        raise _fail(file, f"{where}.auth", f"expected one of {', '.join(AUTH_KINDS)}")
    # The defaults' output is the parent of every tenant's project; a tenant's own
    # output is its project directory.
    if "output" in own:
        tenant_output = base / own["output"]
    else:
        tenant_output = base / defaults.get("output", "clients") / name
    settings = Settings(
        package=package,
        include=tuple(values.get("include", ())),
        exclude=tuple(values.get("exclude", ())),
        with_lookups=values.get("with-lookups", False),
        naming=naming,
        strict=values.get("strict", False),
        custom_prefix=values.get("custom-prefix", "Usr") or None,
        package_version=values.get("package-version", "0.1.0"),
    )
    env = {
        key.removesuffix("-env").replace("-", "_"): value
        for key, value in values.items()
        if key.endswith("-env")
    }
    return Tenant(
        name=name,
        source=source,
        output=tenant_output.resolve(),
        settings=settings,
        auth=auth,
        timeout=float(values.get("timeout", 30.0)),
        identity_url=values.get("identity-url"),
        odata_path=values.get("odata-path"),
        env=env,
    )
