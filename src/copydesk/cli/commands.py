"""Imports every command module so that each registers itself on the app."""

from __future__ import annotations

from copydesk.cli import (  # noqa: F401
    analyze,
    audio,  # noqa: F401
    batch,  # noqa: F401
    enrich,
    serve,  # noqa: F401
)
