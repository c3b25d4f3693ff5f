"""Views of an EnrichedArticle: the HTML page, its JSON-LD, and Markdown; the output formats by name."""

from __future__ import annotations

from copydesk.render.formats import Renderer, renderer_by_name
from copydesk.render.jsonld import jsonld_graph, jsonld_script
from copydesk.render.markdown import render_markdown
from copydesk.render.page import render_page

__all__ = ["Renderer", "jsonld_graph", "jsonld_script", "render_markdown", "render_page", "renderer_by_name"]
