"""Takeaways labels (s14 reading: stray noun-chunk labels "Military Muscle", "Giant
Arrows", "Leftover Vegetables" over the bullet): a noun phrase labels a bullet only when
its head names an aspect, an act or a happening. Invented sentences only."""

from __future__ import annotations

from datetime import date
from typing import Any

from copydesk.generate import takeaways as T
from copydesk.generate.select import candidates
from copydesk.ingest import story_from_text
from copydesk.nlp.analyse import parse


def _story(text: str) -> tuple[Any, Any]:
    parsed = parse(story_from_text(text, published=date(2025, 11, 3)))
    return parsed.analysis, candidates(parsed)


def _cand(cands: Any, start: str) -> Any:
    return next(c for c in cands if c.sentence.text.startswith(start))


def _chunks(cands: Any, start: str) -> list[str]:
    c = _cand(cands, start)
    return [" ".join(w) for w in T._chunk_labels(c, c.sentence.text)]


STORY = (
    "Norland sent troops into the border province of Vesk on Monday after a week of clashes with rebels. "
    "Just days ago, Norland flexed its military muscle to evacuate its citizens from the port of Lorr. "
    "Leftover vegetables were found in the trailer after the crash on the coast road. "
    "The blaze was later attacked with thick fire hoses from atop a tall crane. "
    "Police executed a search warrant at the harbour master's office on Tuesday. "
    "The coastguard ruled out pilot error in the crash of a supply plane near the port."
)


def test_a_noun_chunk_naming_a_thing_is_no_label() -> None:
    analysis, cands = _story(STORY)
    assert not any("Muscle" in w for w in _chunks(cands, "Just days ago")), _chunks(cands, "Just days ago")
    assert _chunks(cands, "Leftover vegetables") == []
    assert _chunks(cands, "The blaze was") == []


def test_a_noun_chunk_naming_a_happening_stays_a_label() -> None:
    analysis, cands = _story(STORY)
    assert "Search Warrant" in [w.title() for w in _chunks(cands, "Police executed")]
    assert "Pilot Error" in [w.title() for w in _chunks(cands, "The coastguard ruled")]


def test_aspect_head_tells_things_from_aspects() -> None:
    analysis, cands = _story(STORY)
    doc = _cand(cands, "Just days ago").span.doc
    by_word = {t.lower_: t for t in doc}
    assert not T._aspect_head(by_word["muscle"])
    assert not T._aspect_head(by_word["vegetables"])
    assert not T._aspect_head(by_word["hoses"])
    assert T._aspect_head(by_word["warrant"])
    assert T._aspect_head(by_word["error"])


def test_a_command_station_is_a_place_not_an_aspect() -> None:
    analysis, cands = _story(
        "Troops stormed a compound in the north of Vesk on Monday. "
        "The small building is a local command station for the rebel leader's personal guard."
    )
    assert not any("Station" in w.title() for w in _chunks(cands, "The small building"))


def test_a_two_word_name_opening_on_a_particle_keeps_it() -> None:
    assert T._surname("Van Gaal") == "Van Gaal"
    assert T._surname("Louis van Gaal") == "van Gaal"
    assert T._surname("De Bruyne") == "De Bruyne"
    assert T._surname("Al Gore") == "Gore"  # (a first name as often as a particle)


def test_a_label_opening_on_a_particle_is_capitalised() -> None:
    text = (
        "Rovers beat United 3-1 at Hill Park on Saturday to stay third in the league table. "
        "Van Gaal confirmed that the club will not sign another striker in the summer transfer window. "
        "Rovers host City at Hill Park next Saturday in their final home game of the season. "
        "'We were patient and we deserved the win in the end,' said Louis van Gaal after the match."
    )
    parsed = parse(story_from_text(text, published=date(2025, 11, 3)))
    cands = candidates(parsed)
    c = _cand(cands, "Van Gaal")
    b = T.prepare(c, parsed.analysis, quotations=True)
    assert b is not None
    label = T.label_for(b, parsed.analysis, set())
    assert label is not None and label.startswith("Van Gaal"), label
    out = T.takeaways(cands, parsed.analysis, synopsis_ids=[cands[0].id])
    assert all(t.label[:1].isupper() for t in out), [t.label for t in out]
    quoted = [t.label for t in out if "patient" in t.claim.text]
    assert quoted and quoted[0].startswith("Van Gaal"), [t.label for t in out]


def test_a_reported_it_with_its_antecedent_fronted_in_the_clause_stands_alone() -> None:
    analysis, cands = _story(
        "A hunter was rescued from a muddy reservoir in Ohio on Saturday after his dog swam out with a rope. "
        "Assistant Fire Chief Rick Hughes said that if the ordeal had gone on much longer it could have proved fatal. "
        "Rick Hughes said it could have been much worse for everyone involved."
    )
    ok = T.prepare(_cand(cands, "Assistant Fire Chief"), analysis, quotations=True)
    assert ok is not None and "if the ordeal" in ok.text
    assert T._reported_pronoun(_cand(cands, "Rick Hughes said it").span)  # ("it": what? nothing before it says)
