"""Synopsis, session 14: the news first (not the scene), no venue filler, the other side of
a claim, no cut complement."""

from __future__ import annotations

import copydesk
from copydesk.generate.select import Candidate, candidates
from copydesk.generate.synopsis import cut_complement, feature_lede, news_event, venue_line
from copydesk.ingest import read_story
from copydesk.nlp.analyse import parse


def _synopsis(text: str) -> list[str]:
    return [c.text for c in copydesk.enrich(text).parts.synopsis]


def _cands(text: str) -> list[Candidate]:
    return candidates(parse(read_story(text)))


def test_a_scene_setting_as_clause_gives_way_to_the_named_news_after_it() -> None:
    s = _synopsis("As the floods spread across the valley, shaking homes were felt in the hills as well. "
                  "With each hour the water rose further and more families left their homes. "
                  "On Monday, Portugal sent 300 soldiers and 40 boats to the flooded region of Braga. "
                  "The soldiers began rescuing stranded families from rooftops within hours. "
                  "Officials said 12 people had died and 4,000 had been moved to shelters.")
    assert s[0].startswith("On Monday, Portugal sent 300 soldiers"), s
    assert not any(x.startswith("As the floods") for x in s), s


def test_a_lede_that_judges_a_song_gives_way_to_the_sale_told_next() -> None:
    s = _synopsis("There is no real way to describe the old folk song for its mix of poetry and dance-hall chant. "
                  "On Tuesday, Sotheby's sold the handwritten lyrics of the song for $2 million to a private buyer. "
                  "The singer wrote the song in a hotel room in Dublin while touring with his band. "
                  "The sale was the highest price paid for a lyric sheet at the auction house.")
    assert s[0].startswith("On Tuesday, Sotheby's sold"), s
    assert not any("no real way" in x for x in s), s


def test_a_named_news_lede_keeps_its_place() -> None:
    s = _synopsis("As the storm hit the coast, Governor Ann Hale declared a state of emergency on Friday. "
                  "On Saturday, the Coast Guard rescued 40 sailors from two fishing boats off the island. "
                  "Power was cut to 20,000 homes across the county, the utility said.")
    assert s[0].startswith("As the storm hit the coast, Governor Ann Hale declared"), s


def test_feature_lede_and_news_event_read_the_parse() -> None:
    cands = _cands("With spring around the corner, garden parties are back on the menu. "
                   "There is no easy way to plan a party for a whole office. "
                   "Oxfam opened a new shop in Leeds on Monday.")
    by = {c.sentence.text.split()[0]: c for c in cands}
    assert feature_lede(by["With"])
    assert feature_lede(by["There"])
    assert not feature_lede(by["Oxfam"])
    assert news_event(by["Oxfam"])
    assert not news_event(by["With"])


def test_a_speaking_venue_line_is_filler() -> None:
    cands = _cands("Mr Grant was speaking during a joint event at a village hall in Perthshire. "
                   "She made the comments at a conference in Leeds on Thursday. "
                   "Mr Grant was speaking to the Prime Minister about the budget. "
                   "The minister spoke to reporters and said the plan would cost £2bn.")
    assert venue_line(cands[0])
    assert venue_line(cands[1])
    assert not venue_line(cands[2])
    assert not venue_line(cands[3])


def test_the_venue_line_makes_way_for_the_consequence() -> None:
    s = _synopsis("Former minister Alan Grant has warned that the Highland Party would close 30 rural schools. "
                  "Mr Grant was speaking during a joint event at a village hall in Perthshire. "
                  "The council said 1,200 pupils would have to travel more than 20 miles to a new school. "
                  "Parents in three villages have started a petition against the plan.")
    assert not any("was speaking" in x for x in s), s


def test_the_side_a_claim_is_about_gets_its_reply_even_far_down() -> None:
    filler = " ".join(f"The party's plan for the region's roads number {k} was discussed at length by the panel."
                      for k in range(12))
    s = _synopsis("Former minister Alan Grant has claimed the Highland Party would close 30 rural schools if it won power. "
                  "He said parents in small villages would lose their local school within five years. "
                  f"{filler} "
                  "A Highland Party spokesman said the claims were scaremongering and that no school would close. "
                  "Polls open on May 7.")
    assert any("Highland Party spokesman said" in x for x in s), s


def test_a_cut_that_drops_what_an_expectation_was_is_refused() -> None:
    doc = _cands("The league is looking at 30 disciplinary cases, with an expectation that more will follow soon.")[0].span
    assert cut_complement(doc, "The league is looking at 30 disciplinary cases, with an expectation.")
    assert not cut_complement(doc, "The league is looking at 30 disciplinary cases, with an expectation that more "
                                   "will follow soon.")
    assert not cut_complement(doc, "The league is looking at 30 disciplinary cases.")


def test_a_news_sentence_that_leans_on_the_lede_is_no_news_lead() -> None:
    cands = _cands("Trade fairs such as the annual Leeds show feature the latest robots. "
                   "A Dutch firm has taken a slightly different approach to the robots on Monday.")
    assert not news_event(cands[1])


def test_a_reply_is_a_spokesman_or_the_named_side_not_their_belongings() -> None:
    s = _synopsis("Prosecutors have accused Maria Lopez of running a sham marriage scheme in Queens for ten years. "
                  "Lopez, 44, is said to have charged men $5,000 each for a marriage licence. "
                  "Lopez's Facebook profile says she hails from Madrid and lives in Manhattan. "
                  "Her lawyer Tom Reid said she denied every charge and would fight the case. "
                  "The trial is due to begin in June.")
    assert not any("Facebook profile" in x for x in s), s
    assert any("Her lawyer Tom Reid said" in x or "lawyer Tom Reid said" in x for x in s), s


def test_an_after_lede_is_the_news_and_an_earlier_event_never_leads() -> None:
    s = _synopsis("After months of delays, the company behind a gas pipeline in the Timor Sea has reached an agreement "
                  "with East Timor to let the project go ahead. "
                  "Six months ago, Coastal Petroleum indefinitely delayed its plan to build the $1.5 billion pipeline. "
                  "The company blamed the delay on its concerns about the tax regime.")
    assert s[0].startswith("After months of delays"), s
