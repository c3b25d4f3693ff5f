"""Takeaways labels (s14 round 2): a line whose only label was a refused thing phrase
("Illegal Fireworks", "Beach Holiday", "Recovery Start") is named by its role or subject
instead of lost — "Residents' View", "<Name>'s Move", "Outlook" — and the refused phrase
never comes back. Invented sentences only."""

from __future__ import annotations

from datetime import date
from typing import Any

from copydesk.generate import takeaways as T
from copydesk.generate.select import candidates
from copydesk.ingest import story_from_text
from copydesk.nlp.analyse import parse

STORY = (
    "A fire swept through the main market of the city of Arlon on Saturday, killing twelve people. "
    "Local residents blame vendors of illegal fireworks for the blaze in the market. "
    "Mayor John Tarrant has cut short his skiing holiday to oversee the clean-up. "
    "Mayor John Tarrant did not cut short his skiing holiday after the blaze. "
    "Team Vela holds a two mile lead over its rivals on the second leg. "
    "The woman heard about sex work from other students at the college."
)


def _story(text: str) -> tuple[Any, Any]:
    parsed = parse(story_from_text(text, published=date(2025, 11, 3)))
    return parsed.analysis, candidates(parsed)


def _bullet(analysis: Any, cands: Any, start: str) -> Any:
    c = next(c for c in cands if c.sentence.text.startswith(start))
    b = T.prepare(c, analysis, quotations=True)
    assert b is not None
    return b


def test_a_body_blaming_someone_is_their_view() -> None:
    analysis, cands = _story(STORY)
    b = _bullet(analysis, cands, "Local residents blame")
    assert T.label_for(b, analysis, set(), plain=False) is None  # "Illegal Fireworks" is refused …
    assert T._thing_chunk_only(b)
    assert T.role_fallback(b, analysis, set()) == "Residents' View"  # … and the line is named by its role


def test_a_named_actors_act_is_their_move_but_not_a_denied_one() -> None:
    analysis, cands = _story(STORY)
    assert T.role_fallback(_bullet(analysis, cands, "Mayor John Tarrant has"), analysis, set()) == "Tarrant's Move"
    assert T.role_fallback(_bullet(analysis, cands, "Mayor John Tarrant did not"), analysis, set()) is None


def test_the_role_fallback_respects_used_words() -> None:
    analysis, cands = _story(STORY)
    b = _bullet(analysis, cands, "Local residents blame")
    assert T.role_fallback(b, analysis, {"resident"}) is None  # another label has the residents
    used: set[str] = set()
    assert T.role_fallback(b, analysis, used) == "Residents' View"
    assert "resident" in used  # (the label's words are taken)


def test_a_forecast_is_the_outlook() -> None:
    analysis, cands = _story(
        "Shares in Norland fell sharply on Monday after the central bank held rates. "
        "Cheap loans and a sharp drop in fuel costs should see a recovery start in the months ahead."
    )
    b = _bullet(analysis, cands, "Cheap loans")
    assert T.role_fallback(b, analysis, set()) == "Outlook"


def test_a_state_is_no_move() -> None:
    analysis, cands = _story(STORY)
    b = _bullet(analysis, cands, "Team Vela holds")
    assert T.role_fallback(b, analysis, set()) != "Team Vela's Move"


def test_work_is_an_activity_head() -> None:
    analysis, cands = _story(STORY)
    c = next(c for c in cands if c.sentence.text.startswith("The woman heard"))
    assert "Sex Work" in [" ".join(w).title() for w in T._chunk_labels(c, c.sentence.text)]


def test_the_refused_thing_phrase_never_comes_back() -> None:
    analysis, cands = _story(STORY)
    out = T.takeaways(cands, analysis)
    labels = [t.label for t in out]
    assert not any("Fireworks" in label or "Holiday" in label for label in labels), labels


def test_runs_of_an_act_are_an_activity_head() -> None:
    analysis, cands = _story(
        "Rebels in the hills of Vesk surrendered on Monday after a week of fighting. "
        "Norland's bombing runs have eased off in the past two days as its troops move deeper into the hills."
    )
    c = next(c for c in cands if c.sentence.text.startswith("Norland's bombing"))
    assert "Bombing Runs" in [" ".join(w).title() for w in T._chunk_labels(c, c.sentence.text)]
