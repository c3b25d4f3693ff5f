"""The command group every ``copydesk`` command registers on, and its one error translation.

A command lets a :class:`~copydesk.errors.CopydeskError` propagate; :class:`CommandGroup`
catches it around every command (nested ones, ``token …`` and ``user …``, included)
and :func:`fail` prints ``error[CODE]: message`` with its hint and exits 1.
"""

from __future__ import annotations

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
