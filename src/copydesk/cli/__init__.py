"""The ``copydesk`` command line: a thin shell over the library.

Each command lives in its own module under ``copydesk.cli`` and registers itself on
:data:`app`. Data goes to stdout; progress, logs and errors to stderr. Exit codes:
0 ok, 1 error, 2 usage, 3 flagged (with ``--strict``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from copydesk.errors import CopydeskError

app = typer.Typer(
    name="copydesk",
    help="Turn a raw wire story into a finished, grounded article page.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable[..., Any])


def fail(err: CopydeskError) -> None:
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

    try:
        app()
    except CopydeskError as err:  # a command that did not translate its own error
        try:
            fail(err)
        except typer.Exit as exit_:
            sys.exit(exit_.exit_code)
