"""The default engine: every part built from the story's own parsed sentences.

Offline, deterministic and fast: selection, compression and templates over the
parse, so each claim is grounded by construction (the pipeline still checks it).
"""

from __future__ import annotations

from copydesk.generate.faq import faq
from copydesk.generate.headlines import plain_headline, question_headline
from copydesk.generate.select import candidates, headline_source, main_event
from copydesk.generate.summary import synopsis, takeaways
from copydesk.generate.viewpoint import viewpoint
from copydesk.model import Claim, Parts
from copydesk.nlp.analyse import ParsedStory
from copydesk.settings import Settings


class RulesEngine:
    """Selection, compression and templates over the parse (the default engine)."""

    name = "rules"

    def generate(self, parsed: ParsedStory, settings: Settings) -> Parts:
        """All parts of the article, each claim citing its source sentences."""
        analysis = parsed.analysis
        cands = candidates(parsed)
        main = main_event(cands)
        if main is None:
            empty = Claim(text="", cites=(), kind="question")
            return Parts(question_headline=empty, headline=Claim(text=""), seo_title="",
                         synopsis=(), takeaways=(), viewpoint=(), faq=(), tags=analysis.tags)
        syn = synopsis(cands, analysis)
        headline, seo = plain_headline(headline_source(cands, main), analysis)
        question = question_headline(main, analysis, cands)
        return Parts(
            question_headline=question,
            headline=headline,
            seo_title=seo,
            synopsis=syn,
            takeaways=takeaways(cands, analysis, synopsis_ids=[c.cites[0] for c in syn]),
            viewpoint=viewpoint(cands, analysis, main=main),
            faq=faq(cands, analysis, avoid=[question.text]),
            tags=analysis.tags,
        )
