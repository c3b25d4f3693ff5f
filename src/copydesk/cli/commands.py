"""Imports every command module so that each registers itself on the app."""

from __future__ import annotations

from copydesk.cli import analyze, enrich  # noqa: F401
from copydesk.cli import audio  # noqa: F401
from copydesk.cli import serve  # noqa: F401
from copydesk.cli import batch  # noqa: F401
