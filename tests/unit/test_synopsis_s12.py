"""Synopsis cuts that leave a clause, a "when" event kept, a doubled word once (session 12)."""

from __future__ import annotations

from spacy.tokens import Span

import copydesk.grounding  # noqa: F401  (registers the cut checks compress consults)
from copydesk.generate.compress import compress, spliced
from copydesk.generate.synopsis import undoubled
from copydesk.nlp.parser import load_pipeline


def span(text: str) -> Span:
    return load_pipeline()(text)[:]


def test_a_cut_that_runs_into_a_verb_group_not_after_its_subject_is_a_splice() -> None:
    s = span("A woman has shared photos of her garden and has won a prize.")
    assert not spliced(s, set())
    # "… photos of her garden has won a prize": the "and" gone, two halves that form no clause
    assert spliced(s, {next(t.i for t in s if t.lower_ == "and")})


def test_a_clause_cut_between_subject_and_verb_is_no_splice() -> None:
    s = span("The man, who lives nearby, has been charged with theft.")
    clause = {t.i for t in s if t.i >= 2 and t.i <= 6}  # ", who lives nearby,"
    assert not spliced(s, clause)
    assert spliced(s, {1})  # "The , who …": a determiner without its noun


def test_a_when_clause_after_a_past_progressive_is_the_event_and_stays() -> None:
    out = compress(span("The man, who was named only as Mr Li, was riding his bicycle along a quiet country road "
                        "in northern France when he was struck by a lorry and thrown into a ditch."), max_words=20)
    assert "struck by a lorry" in out, out


def test_no_cut_glues_a_phrase_to_the_verb_of_the_clause_it_held() -> None:
    text = ("A young man on Twitter has posted a series of striking before and after photos, which reveal how a diet "
            "he started two years ago in a bid to ease his stress has not only helped him sleep – but has brought a "
            "huge change in his looks.")
    out = compress(span(text), max_words=30)
    assert "striking has" not in out and "photos has" not in out, out


def test_a_word_typed_twice_is_written_once() -> None:
    assert undoubled("The gap between between the the two teams grew.") == "The gap between the two teams grew."
    assert undoubled("She had had enough, and said that that was final.") == (
        "She had had enough, and said that that was final.")


def _synopsis(text: str) -> list[str]:
    import copydesk

    return [c.text for c in copydesk.enrich(text).parts.synopsis]


def test_the_two_of_them_lean_on_a_second_person_left_untold() -> None:
    s = _synopsis("A retired teacher has spent a year rating the street performers of her home town for a local blog. "
                  "She scores each act out of ten for skill, charm and nerve. "
                  "Her best friend, a former singer, joined her last spring and writes the music reviews. "
                  "The two women rated buskers in three cities over the summer and ranked a young violinist the best "
                  "of all. Their blog now draws thousands of readers every week.")
    assert s and s[0].startswith("A retired teacher"), s
    assert not any(x.startswith("The two women") for x in s), s


def test_a_now_that_turns_from_an_untold_event_is_left_out() -> None:
    s = _synopsis("Heavy rain has flooded dozens of homes in a coastal town in the north of the country overnight. "
                  "Residents were moved to a school hall as the water rose. "
                  "Forecasters had warned of storms for most of the week. "
                  "Now the situation may be about to get a whole lot worse, with more rain expected on Sunday. "
                  "The mayor said emergency crews would work through the night.")
    assert s and s[0].startswith("Heavy rain"), s
    assert not any(x.startswith("Now the situation") for x in s), s


def test_a_clause_that_says_which_of_any_stays() -> None:
    out = compress(span("The minister will not name any schools in his region which could be closed, and says he is "
                        "not afraid of the review his colleagues have ordered into the budget."), max_words=18)
    assert "which could be closed" in out, out


def test_a_body_read_as_a_person_is_not_cut_to_the_country_it_names() -> None:
    from types import SimpleNamespace
    from typing import Any

    from copydesk.generate.synopsis import _cut_to_a_place

    doc = load_pipeline()("Soccer Australia is considering a levy, and Australia will host the cup in June.")
    cand: Any = SimpleNamespace(span=doc[:])
    analysis: Any = SimpleNamespace(entities=[SimpleNamespace(kind="PERSON", name="Soccer Australia")])
    assert any(t.text == "Australia" and t.ent_type_ == "GPE" for t in doc)
    assert _cut_to_a_place("Soccer Australia is considering a levy.", "Australia is considering a levy.", cand, analysis)
    person: Any = SimpleNamespace(entities=[SimpleNamespace(kind="PERSON", name="Frank Farina")])
    assert not _cut_to_a_place("Frank Farina says so.", "Farina says so.", cand, person)
