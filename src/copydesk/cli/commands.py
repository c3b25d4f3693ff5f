"""Imports every command module so that each registers itself on the app."""

from __future__ import annotations

from copydesk.cli import (  # noqa: F401
    analyze,
    audio,
    batch,
    enrich,
    page,
    serve,
    timeline,
)
