"""Views of an EnrichedArticle: the HTML page, its JSON-LD, and Markdown."""

from __future__ import annotations

from copydesk.render.jsonld import jsonld_graph, jsonld_script
from copydesk.render.markdown import render_markdown
from copydesk.render.page import render_page

__all__ = ["jsonld_graph", "jsonld_script", "render_markdown", "render_page"]
