"""Dated events (nlp/events.py) and the story's own timeline part (generate/timeline.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import copydesk
from copydesk.generate.timeline import date_label, story_timeline
from copydesk.ingest import read_story
from copydesk.model import Analysis
from copydesk.nlp.analyse import analyse
from copydesk.nlp.events import date_interval, is_planned
from copydesk.render.page import render_page

WIRE = (Path(__file__).parents[1] / "golden" / "stories" / "wire_nationpress.txt").read_text(encoding="utf-8")
TODAY = date(2025, 11, 3)


@pytest.fixture(scope="module")
def wire() -> Analysis:
    return analyse(read_story(WIRE, published=date(2025, 10, 29)), today=TODAY)


def _names(a: Analysis) -> dict[str, str]:
    return {e.id: e.name for e in a.entities}


def test_events_wire_story_dates_participants_place(wire: Analysis) -> None:
    names = _names(wire)
    got = {(v.date, v.predicate): v for v in wire.events}
    met = got[("2025-10-29", "met")]
    assert {names[p] for p in met.participants} >= {"A.P. Singh", "Viktor Afzalov"}
    assert names[met.place or ""] == "Moscow" and met.sentences == ("s1",) and met.status == "past"
    summit = got[("2024-07", "summit")]
    assert {names[p] for p in summit.participants} == {"Narendra Modi", "Vladimir Putin"}
    assert summit.granularity == "month"
    # "He also visited …": the pronoun is the last person who was a subject.
    visited = got[("2025-10-28", "visited")]
    assert names[visited.participants[0]] == "A.P. Singh" and names[visited.place or ""] == "Moscow"
    # "The two ministers last met …": the previous sentence's two people.
    last = got[("2024-12", "met")]
    assert {names[p] for p in last.participants} == {"Rajnath Singh", "Andrei Belousov"}


def test_events_planned_apart_from_past(wire: Analysis) -> None:
    names = _names(wire)
    planned = [v for v in wire.events if v.status == "planned"]
    assert [(v.date, v.predicate) for v in planned] == [("2025-12", "is expected to travel"), ("2026", "will meet")]
    assert [names[p] for p in planned[0].participants] == ["Narendra Modi"]
    assert all(v.status == "past" for v in wire.events if v not in planned)


def test_events_in_date_order_with_ids(wire: Analysis) -> None:
    keys = [date_interval(v.date, v.start, v.end) for v in wire.events]
    assert keys == sorted(k for k in keys if k is not None)
    assert [v.id for v in wire.events] == [f"v{i}" for i in range(1, len(wire.events) + 1)]


def test_events_no_reference_date_no_relative_resolution() -> None:
    a = analyse(read_story("The two leaders met on Wednesday in Paris. They signed a treaty in March 2019."),
                today=TODAY)
    assert a.reference_date is None
    assert [(v.date, v.predicate) for v in a.events] == [("2019-03", "signed")]


def test_events_negated_clause_is_no_event() -> None:
    a = analyse(read_story("PARIS, March 3 (Reuters) - Emmanuel Macron did not meet Olaf Scholz on Monday. "
                           "Macron visited Berlin on Tuesday."), today=TODAY)
    assert [v.predicate for v in a.events] == ["visited"]


def test_events_range_kept_at_its_granularity() -> None:
    a = analyse(read_story("WASHINGTON, June 2 (Reuters) - NATO leaders held a summit in Vilnius on July 11-12, 2023."),
                today=TODAY)
    (v,) = a.events
    assert v.granularity == "range" and (v.start, v.end) == ("2023-07-11", "2023-07-12")
    assert date_label(v.date, v.start, v.end) == "July 11–12, 2023"


def test_is_planned_by_interval_then_tense() -> None:
    ref = date(2025, 10, 29)
    assert is_planned((date(2025, 12, 1), date(2025, 12, 31)), ref, future=False)
    assert not is_planned((date(2024, 7, 1), date(2024, 7, 31)), ref, future=True)
    assert is_planned((date(2025, 10, 1), date(2025, 10, 31)), ref, future=True)
    assert not is_planned((date(2025, 10, 1), date(2025, 10, 31)), None, future=False)


def test_timeline_part_cited_grounded_and_rendered() -> None:
    article = copydesk.enrich(WIRE, published=date(2025, 10, 29), today=TODAY)
    tl = article.parts.timeline
    assert [t.label for t in tl][:2] == ["July 2024", "December 2024"]
    assert [t.planned for t in tl][-2:] == [True, True]
    for i, t in enumerate(tl):
        assert t.claim.cites and article.analysis.sentence(t.claim.cites[0]).text == t.claim.text
        support = next(s for s in article.grounding.supports if s.ref == f"timeline.{i}")
        assert support.supported
    html = render_page(article)
    assert '<section class="timeline"' in html and html.count('<span class="badge">Planned</span>') == 2


def test_timeline_left_out_under_two_events() -> None:
    a = analyse(read_story("LONDON, March 3 (Reuters) - The Bank of England held rates on Tuesday."), today=TODAY)
    assert len(a.events) == 1 and story_timeline(a) == ()


def test_a_date_on_a_noun_under_a_verbless_root_ends() -> None:
    """The search for the verb that governs a dated noun stops at the root (it looped
    for ever when the root was no verb: spaCy tokens are new objects on every access)."""
    import copydesk

    a = copydesk.enrich("The summit in July 2024. The visit in December 2025, officials said.")
    assert a.analysis is not None


def test_events_a_date_before_a_noun_dates_the_noun() -> None:
    a = analyse(read_story("Barack Obama promised to describe the 1915 massacre as genocide. "
                           "Wayne Rooney scored in the 2010 League Cup final at Wembley."), today=TODAY)
    by_date = {v.date: v for v in a.events}
    assert by_date["1915"].predicate == "massacre" and not by_date["1915"].participants
    assert by_date["2010"].predicate == "scored"  # the final is when he scored: the verb is dated
    assert _names(a)[by_date["2010"].participants[0]] == "Wayne Rooney"


def test_events_since_or_until_bounds_without_dating() -> None:
    a = analyse(read_story("Sales have grown since 2010. The ban lasts until May 2015. Shops opened in 2012."),
                today=TODAY)
    assert [v.date for v in a.events] == ["2012"]


def test_events_coordinated_verb_shares_the_subject() -> None:
    a = analyse(read_story("Actress Natalia Moon followed her dreams and moved to the Philippines in 2012."), today=TODAY)
    (v,) = a.events
    assert v.predicate == "moved" and [_names(a)[p] for p in v.participants] == ["Natalia Moon"]


def test_events_since_bounds_even_when_the_parse_runs_on() -> None:
    # A caption run into the next sentence: spaCy reads "2010" as a modifier of "President".
    a = analyse(read_story("Growth has been strong since 2010 President Barack Obama is trying to change the rules."),
                today=TODAY)
    assert a.events == ()


def test_events_who_is_named_after_after_takes_no_part() -> None:
    a = analyse(read_story("Alberto Bueno joined Real Madrid in 2006. Following in the footsteps of Alvaro Negredo "
                           "he left the club in 2009. James Haskell returned to Wasps in 2012 after spells with "
                           "Ian Smith."), today=TODAY)
    names = _names(a)
    people = {v.date: [names[p] for p in v.participants if names[p] in PEOPLE] for v in a.events}
    assert people == {"2006": ["Alberto Bueno"], "2009": ["Alberto Bueno"], "2012": ["James Haskell"]}


PEOPLE = {"Alberto Bueno", "Alvaro Negredo", "James Haskell", "Ian Smith"}


def _people_by_date(text: str) -> dict[str, list[str]]:
    a = analyse(read_story(text), today=TODAY)
    names = _names(a)
    return {v.date: [names[p] for p in v.participants if p in names and _kind(a, p) == "PERSON"] for v in a.events}


def _kind(a: Analysis, eid: str) -> str:
    return next(e.kind for e in a.entities if e.id == eid)


def test_events_a_description_is_the_central_person() -> None:
    people = _people_by_date("Rugby union flanker Jake Morrow has signed a new contract with Bath. Tim Alder, the "
                             "coach, said the deal was good. The flanker joined Leeds in 2011.")
    assert people["2011"] == ["Jake Morrow"]


def test_events_a_description_without_a_central_person_names_no_one() -> None:
    people = _people_by_date("Pop music has a long history. Rosa Kell sang. Paul Dane sang. Dan Roe sang. "
                             "The singer toured Spain in 2012.")
    assert people["2012"] == []


def test_events_a_participle_takes_the_subject_it_hangs_on() -> None:
    people = _people_by_date("Jake Morrow has played in Wales after leaving Leeds in 2014. Rosa Kell sang. "
                             "Having recorded her album in 2009, Kell toured Spain.")
    assert people == {"2014": ["Jake Morrow"], "2009": ["Rosa Kell"]}


def test_events_a_pronoun_skips_the_last_subject_of_the_other_gender() -> None:
    a = analyse(read_story("BATH, March 4 (Reuters) - Bath flanker Jake Morrow was injured in training, the club "
                           "said. Morrow was taken to hospital and his wife Lisa Morrow visited him. He is due to "
                           "undergo further surgery on Tuesday."), today=TODAY)
    (v,) = a.events
    assert v.predicate == "due to undergo" and [_names(a)[p] for p in v.participants] == ["Jake Morrow"]


def test_events_a_pronoun_with_no_person_before_names_no_one() -> None:
    people = _people_by_date("The song is 44 years old. On February 3, 1959, he saw that Tom Ray had died. "
                             "Tom Ray was a star.")
    assert people["1959-02-03"] == []


def test_events_a_caption_date_dates_the_photograph_not_an_event() -> None:
    people = _people_by_date("Rosa Kell, pictured in 2014, has sold her guitar. Kell smiled (pictured left in "
                             "2015). Kell toured Spain in 2016.")
    assert set(people) == {"2016"}


def test_timeline_leaves_out_a_caption_with_photo_furniture() -> None:
    # Invented: two dated events, and a caption run into the text that also carries a date.
    text = ("The council approved the new bridge on March 3, 2014. Work on the bridge began on June 9, 2015. "
            "Mayor Anne Holt (left and right) cut the ribbon on the old bridge in May 2001. "
            "The bridge opened to traffic on April 2, 2016.")
    a = analyse(read_story(text, published=date(2016, 5, 1)), today=TODAY)
    lines = [t.claim.text for t in story_timeline(a)]
    assert len(lines) == 3 and not any("(left and right)" in line for line in lines)
    assert any("May 2001" in s.text for s in a.sentences)


def test_timeline_caption_filter_reads_only_photo_furniture() -> None:
    # Invented: "was last pictured on CCTV" tells an event; a bracketed "(left)" or ", pictured," is a caption's.
    from copydesk.generate.timeline import _PHOTO

    assert not _PHOTO.search("Amy Hart, 15, was last pictured on CCTV in Leeds city centre on March 3, 2015.")
    assert _PHOTO.search("Alberto Bueno (left) in action for Derby against Norwich in 2010")
    assert _PHOTO.search("The mayor, pictured, opened the bridge in May 2001.")
    assert _PHOTO.search("Mayor Anne Holt (far right, with her husband) cut the ribbon in May 2001.")
