"""The ``copydesk`` command line: a thin shell over the library.

Each command lives in its own module under ``copydesk.cli`` and registers itself on
:data:`app`. Data goes to stdout; progress, logs and errors to stderr. Exit codes:
0 ok, 1 error, 2 usage, 3 flagged (with ``--strict``).

Errors are translated in one place, the command group (:class:`CommandGroup`): a
command lets a :class:`~copydesk.errors.CopydeskError` propagate and the group prints
``error[CODE]: message`` with its hint and exits 1. Commands never catch one themselves.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from copydesk.errors import CopydeskError


class CommandGroup(TyperGroup):
    """The app's command group: the CLI's one translation of a CopydeskError (see :func:`fail`)."""

    def invoke(self, ctx: Any) -> Any:  # typer's own (vendored) click Context
        try:
            return super().invoke(ctx)
        except CopydeskError as err:
            fail(err)


app = typer.Typer(
    cls=CommandGroup,
    name="copydesk",
    help="Turn a raw wire story into a finished, grounded article page.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

def fail(err: CopydeskError) -> NoReturn:
    """Print a coded error with its hint on stderr and exit 1 (no traceback)."""
    msg = f"error[{err.code}]: {err.message}"
    if err.hint:
        msg += f"\n  hint: {err.hint}"
    typer.echo(msg, err=True)
    raise typer.Exit(1)


def main() -> None:
    """Console entry point."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    from copydesk.cli import commands  # noqa: F401  (registers the commands)

    app()
