"""The SEO title: the headline when it fits in 60 characters, a whole shorter form, or nothing — never a cut."""

from __future__ import annotations

from typing import Any

from copydesk.contract import PARTS

SEO_MAX = PARTS["seo_title"].max_chars or 60

# A title that stops on one of these was cut mid-phrase ("… Lays Bare the Difficulties of",
# "… Says It Is Not"): an empty SEO title (the page falls back to the headline) beats it.
_DANGLING = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but",
                       "not", "is", "are", "was", "were", "has", "have", "had", "be", "its", "their", "his",
                       "her", "as", "that", "which", "who"})


def test_seo_titles_fit_and_never_end_on_a_cut(dev_articles: list[Any]) -> None:
    for article in dev_articles:
        seo = article.parts.seo_title
        assert len(seo) <= SEO_MAX, seo
        if seo:
            assert seo.split()[-1].lower().strip(",:;'\"") not in _DANGLING, seo
