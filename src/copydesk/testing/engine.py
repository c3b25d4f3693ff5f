"""The Engine test double and the Engine contract check.

>>> engine = FakeEngine()
>>> parts = check_engine(engine)  # doctest: +SKIP
>>> engine.calls  # doctest: +SKIP
1
"""

from __future__ import annotations

from dataclasses import dataclass

from copydesk.errors import EngineError
from copydesk.generate import Engine
from copydesk.model import Parts
from copydesk.nlp.analyse import ParsedStory, parse
from copydesk.settings import DEFAULTS, Settings
from copydesk.testing.articles import parts_over, sample_article

__all__ = ["CONTRACT_STORY", "FakeEngine", "check_engine"]

CONTRACT_STORY = (
    "LONDON, March 3 (Reuters) - The Bank of England held interest rates at 5% on Thursday, "
    "its governor said. The decision was expected by most economists.\n\n"
    "Markets rose after the announcement. The next meeting is in May, the bank said."
)
"""The story :func:`check_engine` runs an engine on when it is given none."""


@dataclass
class FakeEngine:
    """A fake engine: every part copies the story's own sentences, each citing itself.

    It needs no parse (``parsed.doc`` may be None) and no network; ``calls`` counts
    :meth:`generate`. With ``fail`` set it raises that error instead, as an engine
    whose endpoint is down does.
    """

    name: str = "fake"
    calls: int = 0
    fail: EngineError | None = None

    def generate(self, parsed: ParsedStory, settings: Settings) -> Parts:
        """Parts made of ``parsed``'s sentences (see :func:`~copydesk.testing.articles.parts_over`)."""
        del settings
        self.calls += 1
        if self.fail is not None:
            raise self.fail
        return parts_over(parsed.analysis.sentences)


def check_engine(engine: Engine, parsed: ParsedStory | None = None, settings: Settings = DEFAULTS) -> Parts:
    """Run ``engine`` on a short story and check the Engine contract; the parts.

    Any engine, a third party's included, must: have a non-empty ``name``; return
    :class:`~copydesk.model.Parts` from ``generate``; cite only sentences of the story
    it was given, every claim but a question at least one; mark the question headline
    a question and the point of view analysis. ``parsed`` defaults to
    :data:`CONTRACT_STORY`, parsed. Raises AssertionError naming the breach.
    """
    assert isinstance(engine.name, str) and engine.name, "an engine needs a non-empty name"
    if parsed is None:
        parsed = parse(sample_article(CONTRACT_STORY).story)
    parts = engine.generate(parsed, settings)
    assert isinstance(parts, Parts), f"{engine.name}: generate() returned a {type(parts).__name__}, not Parts"
    known = {s.id for s in parsed.analysis.sentences}
    for ref, claim in parts.claims():
        assert claim.text.strip(), f"{engine.name}: {ref} is empty"
        assert set(claim.cites) <= known, f"{engine.name}: {ref} cites {claim.cites}, not all in the story"
        assert claim.cites or claim.kind == "question", f"{engine.name}: {ref} cites nothing"
    assert parts.question_headline.kind == "question", f"{engine.name}: the question headline is no question"
    assert all(c.kind == "analysis" for c in parts.viewpoint), f"{engine.name}: a viewpoint claim is not analysis"
    return parts
