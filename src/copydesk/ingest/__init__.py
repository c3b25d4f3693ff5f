"""Ingest: any story source → :class:`copydesk.model.Story`.

``read_story`` reads one story (text, Markdown, HTML, URL, JSONL record, stdin);
``iter_records`` walks a JSONL file, a folder or a feed; ``story_from_text`` is the
single place where text becomes a Story; ``fetch_url`` fetches a public URL safely.
"""

from __future__ import annotations

from copydesk.errors import SourceNotFound
from copydesk.ingest.decode import Decoded, decode_bytes
from copydesk.ingest.fetch import FetchedPage, fetch_url
from copydesk.ingest.language import check_english, guess_language
from copydesk.ingest.readers import iter_records, read_story, sniff_format
from copydesk.ingest.records import story_from_record
from copydesk.ingest.text import story_from_text

__all__ = [
    "Decoded",
    "FetchedPage",
    "SourceNotFound",
    "check_english",
    "decode_bytes",
    "fetch_url",
    "guess_language",
    "iter_records",
    "read_story",
    "sniff_format",
    "story_from_record",
    "story_from_text",
]
