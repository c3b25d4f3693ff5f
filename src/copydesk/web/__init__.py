"""The newsroom service: JSON API, published pages and the editor app (FastAPI)."""

from __future__ import annotations

from copydesk.web.app import create_app

__all__ = ["create_app"]
