"""Options shared by several commands whose values name a registered backend.

``--format`` (``copydesk page``, ``copydesk enrich``) names an output format of
:data:`copydesk.registry.renderers`; ``--engine`` (``enrich``) and ``--gen-engine``
(``batch``) a generation engine of :data:`copydesk.registry.engines`. The help lists
the built-in names, so a format or an engine added to the registry shows up in
``--help`` and in the generated ``docs/cli.md`` without editing a command.
``--database`` names a store by its URL's scheme (:func:`opened_store`).
"""

from __future__ import annotations

from contextlib import closing
from typing import TYPE_CHECKING, Any

import typer

from copydesk.errors import UnknownBackend
from copydesk.registry import engines, renderers

if TYPE_CHECKING:
    from copydesk.store import Store

__all__ = ["ENGINE_HELP", "format_option", "opened_store"]

ENGINE_HELP = f"Generation engine: {' or '.join(engines.builtin_names())}, or one a plugin registers (default: rules)."


def _known_format(value: str) -> str:
    """``value`` if an output format has that name; else a usage error (exit 2) listing them."""
    try:
        renderers.get(value)
    except UnknownBackend as err:
        raise typer.BadParameter(f"{err.message}: {err.hint}") from None
    return value


def format_option(what: str) -> Any:
    """The ``--format`` option; ``what`` says where the output goes."""
    names = ", ".join(renderers.builtin_names())
    return typer.Option("--format", callback=_known_format,
                        help=f"{what}: {names}, or one a plugin registers.")


def opened_store(database: str | None) -> closing[Store]:
    """The store ``--database`` names (else the settings' one), closed when the ``with`` ends."""
    from copydesk.settings import load_settings
    from copydesk.store import open_store

    return closing(open_store(database, load_settings()))
