"""The default engine: every part built from the story's own parsed sentences.

Offline, deterministic and fast: selection, compression and templates over the
parse, so each claim is grounded by construction (the pipeline still checks it).
"""

from __future__ import annotations

from collections.abc import Sequence

from copydesk.generate.faq import _DEBRIS, _question, faq, overgenerate
from copydesk.generate.headlines import QUESTION_MAX, plain_headline, question_headline
from copydesk.generate.select import Candidate, candidates, headline_source, main_event
from copydesk.generate.summary import synopsis, takeaways, title_case
from copydesk.generate.viewpoint import viewpoint
from copydesk.model import Analysis, Claim, Parts
from copydesk.nlp.analyse import ParsedStory
from copydesk.settings import Settings

GENERIC_HEADLINES = ("What Do We Know About", "What Happened When", "What Happened in", "What Happened")


def _specific_question(cands: Sequence[Candidate], analysis: Analysis) -> Claim | None:
    """A content question about the story's opening statements, when the headline shapes
    only found a generic one ("What did NASA release?" beats "What do we know about NASA?")."""
    lead = list(cands[:3])
    best = None
    for q in overgenerate(lead, analysis):
        if q.kind not in {"who", "what", "why", "when", "where"} or _DEBRIS.search(q.question):
            continue
        text = _question(q.question)
        if not 4 <= len(text.split()) <= 12 or len(text) > QUESTION_MAX:
            continue
        if q.kind == "who" and not text.split()[1][:1].islower():
            continue  # "Who Devon had been drinking": the subject was mis-parsed
        score = q.score - 0.1 * lead.index(q.source)
        if best is None or score > best[0]:
            best = (score, text, q.source.id)
    if best is None:
        return None
    words = best[1].rstrip("?").split()
    return Claim(text=title_case(words) + "?", cites=(best[2],), kind="question")


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
        if question.text.startswith(GENERIC_HEADLINES):
            question = _specific_question(cands, analysis) or question
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
