"""The ``copydesk`` command line: a thin shell over the library.

Each command lives in its own module under ``copydesk.cli`` and registers itself on
:data:`app` (:mod:`copydesk.cli.group`). Data goes to stdout; progress, logs and errors
to stderr. Exit codes: 0 ok, 1 error, 2 usage, 3 flagged (with ``--strict``).

Errors are translated in one place, the command group
(:class:`~copydesk.cli.group.CommandGroup`): a command lets a
:class:`~copydesk.errors.CopydeskError` propagate and the group prints
``error[CODE]: message`` with its hint and exits 1. Commands never catch one themselves.
"""

from __future__ import annotations

import logging
import sys

from copydesk.cli.group import CommandGroup, app, fail

__all__ = ["CommandGroup", "app", "fail", "main"]


def main() -> None:
    """Console entry point."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    from copydesk.cli import commands  # noqa: F401  (registers the commands)

    app()
