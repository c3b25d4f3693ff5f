"""Hand-made articles for tests: no NLP, no engine, valid by construction.

:func:`sample_article` gives either the built-in NationPress story (a complete,
rich article, optionally salted with markup) or an article over any text whose
sentences become every part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from copydesk.model import (
    Analysis,
    Claim,
    Dateline,
    EnrichedArticle,
    Entity,
    FaqItem,
    Grounding,
    Narration,
    Parts,
    Provenance,
    Sentence,
    Story,
    Support,
    Takeaway,
    Unsupported,
    content_id,
    normalise_text,
)

__all__ = ["HOSTILE_STRINGS", "parts_over", "sample_article"]


# --------------------------------------------------------------------------- sample article

DATELINE = "New Delhi/Moscow, Oct 29 (NationPress)"
# A made-up wire story in the shape of the ones copydesk is built for: two capitals in
# the dateline, ranks, numbers, an ordinal, a quote. Its people are invented.
PARAGRAPHS: tuple[tuple[str, ...], ...] = (
    (
        "India and Russia on Wednesday agreed to speed up joint production of spare parts for "
        "the Indian Air Force's Su-30MKI fleet, Defence Minister Arjun Mehra said after talks in Moscow.",
        "The two sides also discussed the delivery of the remaining S-400 air defence squadrons, "
        "which has slipped to 2026.",
    ),
    (
        "Mehra met Russian Deputy Defence Minister Alexei Voronov at the 23rd session of the "
        "India-Russia Intergovernmental Commission on Military-Technical Cooperation.",
        "The commission last met in New Delhi in December 2024.",
    ),
    (
        "\u201cOur partnership has stood the test of time, and today we agreed to make it more "
        "self-reliant,\u201d Mehra told reporters.",
        "He said about 1,200 components would be made in India under licence by the end of next year.",
    ),
    (
        "Air Marshal Vikram Desai, the Indian Air Force's deputy chief, led a separate round of "
        "technical talks on Tuesday.",
        "Officials said those talks covered engine overhauls and a $5m training simulator deal.",
    ),
    (
        "Russia has supplied most of India's military hardware over the past five decades, "
        "although New Delhi has been buying more from France, Israel and the U.S.",
        "The next round of talks is expected in New Delhi in the first half of 2026, officials said.",
        "Lt. Gen. R. K. Sharma, who heads the ministry's procurement wing, will lead the Indian side.",
    ),
)

HOSTILE_STRINGS = (
    "<script>alert(1)</script>",
    '" onmouseover="alert(2)',
    "</script><script>alert(3)</script>",
    "javascript:alert(4)",
)
_HOSTILE_PARAGRAPH = (
    "A reader's comment read <script>alert(1)</script> and " + HOSTILE_STRINGS[1] + " in full.",
    "Another pasted </script><script>alert(3)</script> & <b>bold</b> into the form.",
    "A link said javascript:alert(4) and <img src=x onerror=alert(5)> too.",
)


def _assemble(paragraphs: tuple[tuple[str, ...], ...]) -> tuple[str, tuple[str, ...], tuple[Sentence, ...]]:
    texts: list[str] = []
    sentences: list[Sentence] = []
    offset = 0
    for p, sents in enumerate(paragraphs):
        para = (DATELINE + " " if p == 0 else "") + " ".join(sents)
        pos = offset + (len(DATELINE) + 1 if p == 0 else 0)
        for sent in sents:
            sentences.append(Sentence(id=f"s{len(sentences) + 1}", paragraph=p, text=sent, start=pos, end=pos + len(sent)))
            pos += len(sent) + 1
        texts.append(para)
        offset += len(para) + 2
    return "\n\n".join(texts), tuple(texts), tuple(sentences)


def _claim(text: str, *cites: str, kind: str = "fact") -> Claim:
    return Claim.model_validate({"text": text, "cites": cites, "kind": kind})


def sample_article(
    text: str | None = None,
    *,
    hostile: bool = False,
    narration: Narration | None = None,
    title: str | None = None,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    entities: tuple[tuple[str, str], ...] = (),
) -> EnrichedArticle:
    """A hand-made, valid article for tests.

    Without ``text``: the built-in NationPress story, complete (dateline, titled people,
    five FAQ pairs, provenance); ``hostile=True`` salts every text field with markup and
    flags one takeaway. With ``text``: an article over that text whose sentences become
    every part, each citing itself; ``title``, ``published``, ``source`` and ``url`` fill
    the story, and ``entities`` (``(name, kind)`` pairs) are attached to the sentences
    that mention them.

    >>> sample_article().story.source
    'NationPress'
    >>> sample_article("Rates held. Markets rose.", source="Wire").parts.headline.text
    'Rates held.'
    """
    if text is None:
        if (title, published, source, url, entities) != (None, None, None, None, ()):
            raise TypeError("title, published, source, url and entities describe a text: pass the text")
        return _nationpress(hostile=hostile, narration=narration)
    if hostile:
        raise TypeError("hostile=True salts the built-in story: leave out the text")
    return _over_text(text, title=title, published=published, source=source, url=url, entities=entities,
                      narration=narration)


def _nationpress(*, hostile: bool, narration: Narration | None) -> EnrichedArticle:
    """The built-in story as a complete article (see :func:`sample_article`)."""
    bad = " ".join(HOSTILE_STRINGS) if hostile else ""
    paragraphs = PARAGRAPHS + ((_HOSTILE_PARAGRAPH,) if hostile else ())
    body, texts, sentences = _assemble(paragraphs)
    story = Story(
        id=content_id(body),
        title="India, Russia agree to speed up Su-30MKI parts production" + bad,
        body=body,
        paragraphs=texts,
        url="javascript:alert(6)" if hostile else "https://example.com/news/india-russia-su30-parts",
        published=date(2025, 10, 29),
        source="NationPress" + bad,
        author=("Staff " + HOSTILE_STRINGS[2]) if hostile else None,
    )
    entities = (
        Entity(id="e1", kind="PERSON", name="Arjun Mehra" + bad, title="Defence Minister",
               role="India's defence minister", mentions=("s1", "s3", "s5", "s6"), salience=0.9),
        Entity(id="e2", kind="PLACE", name="India", mentions=("s1", "s6", "s9"), salience=0.8),
        Entity(id="e3", kind="PLACE", name="Russia", mentions=("s1", "s9"), salience=0.8),
        Entity(id="e4", kind="PERSON", name="Alexei Voronov", title="Deputy Defence Minister",
               role="Russia's deputy defence minister", mentions=("s3",), salience=0.5),
        Entity(id="e5", kind="ORG", name="Indian Air Force", mentions=("s1", "s7"), salience=0.6),
        Entity(id="e6", kind="PERSON", name="Vikram Desai", title="Air Marshal",
               role="the Indian Air Force's deputy chief", mentions=("s7",), salience=0.4),
        Entity(id="e7", kind="ORG", name="India-Russia Intergovernmental Commission on Military-Technical Cooperation",
               mentions=("s3", "s4"), salience=0.4),
        Entity(id="e8", kind="PLACE", name="Moscow", mentions=("s1",), salience=0.3),
        Entity(id="e9", kind="PLACE", name="New Delhi", mentions=("s4", "s9", "s10"), salience=0.3),
        Entity(id="e10", kind="PERSON", name="R. K. Sharma", title="Lieutenant General",
               role="head of the ministry's procurement wing", mentions=("s11",), salience=0.3),
    )
    analysis = Analysis(
        sentences=sentences,
        dateline=Dateline(text=DATELINE, places=("New Delhi", "Moscow"), date="2025-10-29",
                          agency="NationPress", start=0, end=len(DATELINE)),
        reference_date=date(2025, 10, 29),
        entities=entities,
        salience=tuple(round(1.0 - i / (2 * len(sentences)), 3) for i in range(len(sentences))),
        tags=("India-Russia relations", "defence", "Su-30MKI", "S-400"),
    )
    parts = Parts(
        question_headline=_claim(
            "Will India and Russia's Moscow Talks Speed Up Su-30MKI Parts and S-400 Deliveries?" + bad,
            "s1", "s2", kind="question"),
        headline=_claim("India and Russia agree to speed up Su-30MKI spare parts production" + bad, "s1"),
        seo_title="India, Russia to speed up Su-30MKI parts" + bad,
        synopsis=(
            _claim("India and Russia agreed in Moscow on Wednesday to speed up joint production of spare "
                   "parts for the Indian Air Force's Su-30MKI fleet." + bad, "s1"),
            _claim("Defence Minister Arjun Mehra said about 1,200 components would be made in India under "
                   "licence by the end of next year.", "s1", "s6"),
            _claim("The delivery of the remaining S-400 squadrons has slipped to 2026.", "s2"),
        ),
        takeaways=(
            Takeaway(label="Spare Parts" + bad, claim=_claim(
                "India and Russia will speed up joint production of Su-30MKI spare parts." + bad, "s1")),
            Takeaway(label="Made in India", claim=_claim(
                "About 1,200 components are to be made in India under licence by the end of next year.", "s6")),
            Takeaway(label="S-400 Delay", claim=_claim(
                "Delivery of the remaining S-400 squadrons has slipped to 2026.", "s2")),
            Takeaway(label="Next Round", claim=_claim(
                "Talks resume in New Delhi in the first half of 2026, led by Lt. Gen. R. K. Sharma.", "s10", "s11")),
        ),
        viewpoint=(
            _claim("The agreement matters because the Su-30MKI is the backbone of India's fighter fleet, "
                   "and its upkeep has depended on parts from Russia." + bad, "s1", "s6", kind="analysis"),
            _claim("Making 1,200 components at home would make that fleet less exposed to delays like the "
                   "one that has pushed S-400 deliveries to 2026.", "s2", "s6", kind="analysis"),
        ),
        faq=(
            FaqItem(question=_claim("Who took part in the talks?" + bad, kind="question"),
                    answer=_claim("Defence Minister Arjun Mehra met Russian Deputy Defence Minister "
                                  "Alexei Voronov in Moscow." + bad, "s1", "s3")),
            FaqItem(question=_claim("What did India and Russia agree?", kind="question"),
                    answer=_claim("They agreed to speed up joint production of spare parts for the "
                                  "Su-30MKI fleet.", "s1")),
            FaqItem(question=_claim("When will the S-400 squadrons arrive?", kind="question"),
                    answer=_claim("Their delivery has slipped to 2026.", "s2")),
            FaqItem(question=_claim("What was discussed in the technical talks?", kind="question"),
                    answer=_claim("Air Marshal Vikram Desai's talks covered engine overhauls and a $5m "
                                  "training simulator deal.", "s7", "s8")),
            FaqItem(question=_claim("What happens next?", kind="question"),
                    answer=_claim("The next round is expected in New Delhi in the first half of 2026.", "s10")),
        ),
        tags=("India-Russia relations", "Defence", "Su-30MKI", "S-400") + ((bad,) if hostile else ()),
    )
    flagged = (
        Support(ref="takeaways.3", score=0.42, supported=False,
                unsupported=(Unsupported(kind="name", text="Lt. Gen. R. K. Sharma" + bad),)),
    ) if hostile else ()
    supports = tuple(
        Support(ref=ref, score=0.9) for ref, _ in parts.claims() if not (hostile and ref == "takeaways.3")
    ) + flagged
    grounding = Grounding(status="flagged" if hostile else "supported", supports=supports, threshold=0.6)
    return EnrichedArticle(
        story=story, analysis=analysis, parts=parts, grounding=grounding, narration=narration,
        provenance=Provenance(engine=tuple((kind, "hand-made") for kind in ("synopsis", "takeaways"))),
    )


def parts_over(sentences: Sequence[Sentence], *, tags: tuple[str, ...] = ()) -> Parts:
    """Every part made of the story's own sentences, each claim citing the one it copies
    (what :func:`sample_article` and :class:`~copydesk.testing.FakeEngine` write)."""
    if not sentences:
        raise ValueError("parts_over needs at least one sentence")

    def claim(i: int, kind: str = "fact") -> Claim:
        s = sentences[i % len(sentences)]
        return Claim(text=s.text, cites=(s.id,), kind=kind)

    head = claim(0)
    return Parts(
        question_headline=Claim(text=f"What happened: {head.text.rstrip('.')}?", cites=head.cites,
                                kind="question"),
        headline=head,
        seo_title=head.text[:60],
        synopsis=tuple(claim(i) for i in range(min(2, len(sentences)))),
        takeaways=tuple(Takeaway(label=f"Point {i + 1}", claim=claim(i)) for i in range(3)),
        viewpoint=(claim(1, "analysis"),),
        faq=tuple(FaqItem(question=Claim(text=f"What is point {i + 1}?", kind="question"),
                          answer=claim(i)) for i in range(4)),
        tags=tags,
    )


def _over_text(
    text: str,
    *,
    title: str | None,
    published: date | None,
    source: str | None,
    url: str | None,
    entities: tuple[tuple[str, str], ...],
    narration: Narration | None,
) -> EnrichedArticle:
    """An article over ``text`` (see :func:`sample_article`)."""
    body = normalise_text(text)
    paragraphs = tuple(p for p in re.split(r"\n\s*\n", body) if p.strip())
    body = "\n\n".join(paragraphs)
    sentences: list[Sentence] = []
    for m in re.finditer(r"[^.!?\n]+[.!?]?", body):
        chunk = m.group(0)
        lead = len(chunk) - len(chunk.lstrip())
        stripped = chunk.strip()
        if stripped:
            start = m.start() + lead
            para = body.count("\n\n", 0, start)
            sentences.append(Sentence(id=f"s{len(sentences) + 1}", paragraph=para,
                                      text=stripped, start=start, end=start + len(stripped)))
    if not sentences:
        raise ValueError("sample_article needs some text")
    ents = tuple(
        Entity(id=f"e{i + 1}", kind=kind, name=name,
               mentions=tuple(s.id for s in sentences if name.lower() in s.text.lower()))
        for i, (name, kind) in enumerate(entities)
    )

    parts = parts_over(tuple(sentences), tags=tuple(name for name, _ in entities))
    supports = tuple(Support(ref=ref, score=1.0) for ref, _ in parts.claims())
    return EnrichedArticle(
        story=Story(id=content_id(body), title=title, body=body, paragraphs=paragraphs,
                    url=url, published=published, source=source),
        analysis=Analysis(sentences=tuple(sentences), entities=ents,
                          salience=tuple(1.0 for _ in sentences)),
        parts=parts,
        grounding=Grounding(status="supported", supports=supports, threshold=0.6),
        narration=narration,
    )
