"""copydesk: a raw wire story in, a finished, grounded article page out.

>>> import copydesk
>>> article = copydesk.enrich("LONDON, March 3 (Reuters) - The Bank of England held rates.")
>>> article.parts.question_headline.text.endswith("?")
True

The public API is :data:`__all__`; everything else is internal or lives in a
subpackage (``copydesk.render``, ``copydesk.audio``, ``copydesk.store``, …).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from copydesk.errors import CopydeskError
from copydesk.model import (
    SCHEMA_VERSION,
    Analysis,
    Claim,
    EnrichedArticle,
    FaqItem,
    Parts,
    Story,
    Takeaway,
)
from copydesk.settings import Settings, load_settings

if TYPE_CHECKING:
    from copydesk.ingest import read_story, story_from_text
    from copydesk.nlp import analyse
    from copydesk.pipeline import (
        __version__,
        enrich,
        enrich_story,
        regenerate,
        replace_part,
        with_narration,
    )
    from copydesk.publishing import Bundle, publish

# Loaded on first use, so that ``import copydesk.model`` does not load spaCy.
_LAZY = {
    "read_story": "copydesk.ingest",
    "story_from_text": "copydesk.ingest",
    "analyse": "copydesk.nlp",
    "__version__": "copydesk.pipeline",
    "enrich": "copydesk.pipeline",
    "enrich_story": "copydesk.pipeline",
    "regenerate": "copydesk.pipeline",
    "with_narration": "copydesk.pipeline",
    "replace_part": "copydesk.pipeline",
    "publish": "copydesk.publishing",
    "Bundle": "copydesk.publishing",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'copydesk' has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Bundle",
    "Claim",
    "CopydeskError",
    "EnrichedArticle",
    "FaqItem",
    "Parts",
    "Settings",
    "Story",
    "Takeaway",
    "__version__",
    "analyse",
    "enrich",
    "enrich_story",
    "load_settings",
    "publish",
    "read_story",
    "regenerate",
    "replace_part",
    "story_from_text",
    "with_narration",
]
