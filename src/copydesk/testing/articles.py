"""Shipped test doubles: a fake voice, a hand-made sample article, the Voice contract check.

Downstream code tests against these instead of the real speech engine or pipeline::

    voice = RecordingVoice()
    narration = narrate(story, analysis, parts, tmp_path, voice=voice)
    assert voice.scripts[0].segments[0].id == "h"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import lameenc

from copydesk.audio import Voice
from copydesk.audio.script import NarrationScript, Segment
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
)
from copydesk.store.contract import check_store  # the Store contract lives with the store
from copydesk.store.memory import MemoryStore

__all__ = ["HOSTILE_STRINGS", "MemoryStore", "RecordingVoice", "check_store", "check_voice", "sample_article"]


@dataclass
class RecordingVoice:
    """A fake voice: records every script, writes silent MP3 of a plausible length.

    Each segment lasts 0.4 s per word (about 150 wpm) plus its pause, so timings are
    monotonic and end at the duration, as a real voice's do.
    """

    name: str = "fake/recording"
    scripts: list[NarrationScript] = field(default_factory=list)
    seconds_per_word: float = 0.4

    def synthesize(self, script: NarrationScript, out_dir: Path) -> Narration:
        """Record ``script`` and write ``narration.mp3`` of silence in ``out_dir``."""
        self.scripts.append(script)
        timings: list[tuple[str, int, int]] = []
        at = 0
        for seg in script.segments:
            end = at + int(len(seg.spoken.split()) * self.seconds_per_word * 1000)
            timings.append((seg.id, at, end))
            at = end + seg.pause_ms
        rate = 8000
        encoder = lameenc.Encoder()
        encoder.set_bit_rate(8)
        encoder.set_in_sample_rate(rate)
        encoder.set_channels(1)
        encoder.set_quality(7)
        pcm = b"\x00\x00" * (rate * at // 1000)
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "narration.mp3").write_bytes(bytes(encoder.encode(pcm)) + bytes(encoder.flush()))
        return Narration(audio="narration.mp3", voice=self.name, duration=at / 1000, timings=tuple(timings))


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


def sample_article(*, hostile: bool = False, narration: Narration | None = None) -> EnrichedArticle:
    """A complete hand-made article; ``hostile=True`` salts every text field with markup."""
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


# --------------------------------------------------------------------------- contract checks


def check_voice(voice: Voice, out_dir: Path) -> Narration:
    """Run ``voice`` on a short script and check the Voice contract; the narration.

    Any voice, a third party's included, must: write the file it names inside
    ``out_dir``; time every segment once, in script order, with ``0 <= start < end``,
    no overlaps, and nothing past ``duration``. Raises AssertionError naming the breach.
    """
    script = NarrationScript((
        Segment("h", "Will it rain?", "Will it rain?", 300),
        Segment("s1", "It rained on Oct 29.", "It rained on October twenty-ninth.", 250),
        Segment("s2", "Dr. Rao said so.", "Doctor Rao said so.", 250),
    ))
    narration = voice.synthesize(script, out_dir)
    audio = out_dir / narration.audio
    assert audio.is_file() and audio.stat().st_size > 0, f"{voice.name}: no audio at {audio}"
    assert audio.resolve().parent == out_dir.resolve(), f"{voice.name}: audio outside out_dir"
    assert [t[0] for t in narration.timings] == [s.id for s in script.segments], f"{voice.name}: timings ids"
    previous_end = 0
    for sid, start, end in narration.timings:
        assert previous_end <= start < end, f"{voice.name}: segment {sid} overlaps or is empty"
        previous_end = end
    assert previous_end <= narration.duration * 1000 + 1, f"{voice.name}: timings past the duration"
    assert narration.voice == voice.name, f"{voice.name}: narration names another voice"
    return narration
