"""The `odatagen` command line."""

from __future__ import annotations

import importlib

import click

from odatagen import __version__
from odatagen.diagnostics import GenerationError

EXIT_ERROR = 2


# Commands live in their own modules, imported only when used: `diff` should not pay
# for black and jinja2, nor `generate` for httpx.
LAZY_COMMANDS = {
    "build": "odatagen.generate_command:build_command",
    "check": "odatagen.generate_command:check_command",
    "diff": "odatagen.diff_command:diff_command",
    "emulate": "odatagen.emulate_command:emulate_command",
    "fetch": "odatagen.fetch_command:fetch_command",
    "generate": "odatagen.generate_command:generate_command",
    "inspect": "odatagen.inspect_command:inspect_command",
}


class Command(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            module, _, attribute = LAZY_COMMANDS[name].partition(":")
            command: click.Command = getattr(importlib.import_module(module), attribute)
            return command
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GenerationError as error:
            for diagnostic in error.diagnostics:
                click.echo(diagnostic.format(), err=True)
            ctx.exit(EXIT_ERROR)


@click.group(cls=Command)
@click.version_option(__version__, prog_name="odatagen")
def main() -> None:
    """Generate typed Python client packages from OData $metadata."""
