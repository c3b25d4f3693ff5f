"""Across stories: entities resolved across the store, timelines of their events, related coverage."""

from __future__ import annotations

from copydesk.corpus.index import Corpus, EventRow, RelatedRow, open_corpus
from copydesk.corpus.resolve import resolve_entities, slugify

__all__ = ["Corpus", "EventRow", "RelatedRow", "open_corpus", "resolve_entities", "slugify"]
