"""Topics (``parts.tags``) as a copy editor picks them.

The central people, organisations and places first; each thing once, under one name
(an acronym with its expansion, a surname or a lone first name with the full name);
no generic nouns, fragments of names, descriptions of a person, or the outlet that is
merely credited; then at most two common-noun subjects; 3-6 topics, fewer when the
story supports fewer. Each rule has a story that failed before it and a case it keeps.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from copydesk.ingest import story_from_text
from copydesk.model import Entity
from copydesk.nlp import analyse
from copydesk.nlp.analyse import parse
from copydesk.nlp.salience import (
    CONCEPT_HEADS,
    SUBJECT_AREA_TERMS,
    concept_case,
    make_tags,
    topic_case,
)

HELDOUT = Path(__file__).resolve().parents[2] / "eval" / "heldout.txt"


def tags_of(text: str) -> tuple[str, ...]:
    return analyse(story_from_text(text), today=date(2025, 11, 3)).tags


def entity(name: str, kind: str, sentences: int, *, aliases: tuple[str, ...] = (),
           title: str | None = None, salience: float = 0.5) -> Entity:
    return Entity(id=f"e{abs(hash(name)) % 1000}", kind=kind, name=name, title=title,
                  aliases=aliases, mentions=tuple(f"s{i + 1}" for i in range(sentences)),
                  salience=salience)


def lowered(tags: tuple[str, ...]) -> list[str]:
    return [t.lower() for t in tags]


# --- an acronym and its expansion are one topic --------------------------------------

EU_STORY = (
    "The European Union has fined Google 2.4 billion euros for abusing its dominance in "
    "online shopping searches. The EU said the company had promoted its own comparison "
    "service. Google said it would consider an appeal against the EU decision. EU officials "
    "said the fine was a record."
)


def test_acronym_and_expansion_are_one_topic() -> None:
    tags = tags_of(EU_STORY)
    assert len({"EU", "European Union"} & set(tags)) == 1, tags
    assert "Google" in tags


def test_acronym_takes_the_form_the_story_uses_most() -> None:
    tags = make_tags([entity("IMF", "ORG", 4, salience=1.0),
                      entity("International Monetary Fund", "ORG", 1, salience=0.6)], [])
    assert tags.count("IMF") + tags.count("International Monetary Fund") == 1, tags


def test_acronym_completed_from_the_story() -> None:
    # NER cut "Nursing and Midwifery Council" to "Midwifery Council"; the story spells it out.
    text = (
        "A midwife has admitted failures that contributed to the deaths of two babies. "
        "Marie Ratcliffe told a Nursing and Midwifery Council (NMC) hearing that she was sorry. "
        "The NMC panel will decide whether she can keep working. Ratcliffe worked at "
        "Furness General Hospital. The NMC said the hearing would last two weeks."
    )
    spans = parse(story_from_text(text), today=date(2025, 11, 3)).spans
    tags = make_tags([entity("Marie Ratcliffe", "PERSON", 4, salience=1.0),
                      entity("NMC", "ORG", 5, salience=0.8),
                      entity("Midwifery Council", "ORG", 2, salience=0.5)], [], spans=spans)
    assert sum(t in {"NMC", "Midwifery Council", "Nursing and Midwifery Council"} for t in tags) == 1, tags


WASHINGTON_STORY = (
    "Washington believes that the special relationship between Britain and the US is over, "
    "according to a briefing document. The memo says the UK may not be viewed as relevant to "
    "the United States. It warns that Britain faces turmoil if there is a hung parliament. "
    "The US agenda has shifted to Asia, the document says."
)


def test_known_aliases_are_one_topic() -> None:
    tags = tags_of(WASHINGTON_STORY)
    assert len({"UK", "Britain", "United Kingdom"} & set(tags)) == 1, tags
    assert len({"US", "United States", "America"} & set(tags)) == 1, tags


# --- a surname or a lone first name joins the full name -------------------------------

def test_surname_tagged_as_another_kind_joins_the_full_name() -> None:
    tags = make_tags([entity("Barack Obama", "PERSON", 3, salience=1.0),
                      entity("Obama", "ORG", 2, salience=0.6),
                      entity("Kenya", "PLACE", 2, salience=0.4)], [])
    assert "Barack Obama" in tags and "Obama" not in tags, tags


def test_full_name_kept_first() -> None:
    text = (
        "Barack Obama will visit Kenya next month, the White House said on Monday. Obama will "
        "meet President Uhuru Kenyatta in Nairobi. It will be Obama's first visit to his "
        "father's homeland as president. Kenyatta said Kenya was ready to welcome Obama."
    )
    tags = tags_of(text)
    assert tags[0] == "Barack Obama", tags
    assert "Obama" not in tags and "Kenya" in tags


def test_lone_first_name_joins_the_unique_full_name() -> None:
    text = (
        "Stephanie March has filed for divorce from celebrity chef Bobby Flay after ten years "
        "of marriage. Stephanie, 40, cited irreconcilable differences in papers filed in New "
        "York. The actress and Flay married in 2005. Stephanie later thanked fans for their support."
    )
    tags = tags_of(text)
    assert "Stephanie March" in tags and "Stephanie" not in tags, tags
    assert tags[0] == "Stephanie March"


def test_a_peer_is_not_merged_with_a_namesake() -> None:
    # "Lord Janner" and his son "Daniel Janner" are two people.
    tags = make_tags([entity("Janner", "PERSON", 6, title="Lord", salience=1.0),
                      entity("Daniel Janner", "PERSON", 2, aliases=("Janner",), salience=0.5),
                      entity("House of Lords", "ORG", 3, salience=0.4)], [])
    assert "Lord Janner" in tags and "Daniel Janner" in tags, tags


def test_shared_surname_alone_is_no_topic() -> None:
    tags = make_tags([entity("Chris Lane", "PERSON", 5, salience=1.0),
                      entity("Donna Lane", "PERSON", 2, salience=0.5),
                      entity("Lane", "PERSON", 2, salience=0.4)], [])
    assert "Lane" not in tags and {"Chris Lane", "Donna Lane"} <= set(tags), tags


def test_bare_surname_is_the_person_the_lead_names() -> None:
    text = (
        "Blues legend B.B. King was taken to hospital in Las Vegas on Tuesday after falling ill, "
        "his daughter Claudette King said. King, 89, has diabetes and has been unwell for several "
        "months. The legendary guitarist cancelled his remaining concerts last year. Claudette "
        "King said her father was in good spirits."
    )
    tags = tags_of(text)
    assert tags[0] == "B.B. King", tags
    assert "legendary guitarist" not in lowered(tags)  # a description of him, not a topic
    assert "Blues" not in tags


# --- no generic nouns, descriptions of people, fragments ------------------------------

SOUMBADZE_STORY = (
    "Police in Maryland have issued a warrant for a karate instructor charged with possessing "
    "child pornography. Alexander Soumbadze, 26, faces eight counts of child pornography, "
    "Montgomery County police said. The karate instructor fled to Georgia after admitting to "
    "trading child pornography, police say. Soumbadze taught children at a studio in Bethesda."
)


def test_no_single_common_noun_is_a_topic() -> None:
    for text in (EU_STORY, SOUMBADZE_STORY, WASHINGTON_STORY):
        tags = tags_of(text)
        assert not [t for t in tags if len(t.split()) == 1 and t.islower()], tags


def test_recurring_subject_phrase_is_kept_after_the_names() -> None:
    tags = tags_of(SOUMBADZE_STORY)
    assert tags[0] == "Alexander Soumbadze", tags
    assert "Child Pornography" in tags  # a concept subject, in the editors' Title Case
    assert "karate instructor" not in lowered(tags)  # who he is, not what the story is about
    assert tags[-1] == "Child Pornography", tags  # after the names


def test_fragments_directions_and_furniture_are_dropped() -> None:
    tags = make_tags([
        entity("Manchester United", "ORG", 5, salience=1.0),
        entity("League", "ORG", 4, salience=0.8),  # half of two names below
        entity("Premier League", "ORG", 2, salience=0.5),
        entity("Champions League", "ORG", 2, salience=0.5),
        entity("West", "PLACE", 3, salience=0.7),
        entity("Scroll", "PERSON", 3, salience=0.7),
        entity("Thursday", "PERSON", 2, salience=0.6),
    ], [])
    assert "Manchester United" in tags
    assert not {"League", "West", "Scroll", "Thursday"} & set(tags), tags


def test_names_lose_what_ner_glued_on() -> None:
    tags = make_tags([
        entity("Sebastian Vettel Vettel", "PERSON", 4, salience=1.0),
        entity("Clarence J. Brown Dam and", "FACILITY", 3, salience=0.8),
        entity("RIP Stan Freberg", "PERSON", 3, salience=0.7),
        entity("Washington D.C. Pictured", "ORG", 2, salience=0.6),
    ], [])
    assert {"Sebastian Vettel", "Clarence J. Brown Dam", "Stan Freberg", "Washington D.C."} <= set(tags), tags


def test_case_insensitive_duplicates_are_one_topic() -> None:
    tags = make_tags([
        entity("Rademenes", "ORG", 5, salience=1.0),
        entity("Rademenes", "PRODUCT", 1, salience=0.3),
        entity("Sam Waley-Cohen", "PERSON", 4, salience=0.8),
        entity("Waley Cohen", "PERSON", 2, salience=0.5),
        entity("POLAND", "PLACE", 2, salience=0.4),
        entity("Poland", "PLACE", 2, salience=0.4),
    ], [])
    keys = [t.lower().replace("-", " ") for t in tags]
    assert len(keys) == len(set(keys)), tags
    assert "Waley Cohen" not in tags


# --- the outlet that reported the story -----------------------------------------------

def test_credited_outlet_is_not_a_topic() -> None:
    text = (
        "(CNN) Police in Ohio have arrested a man accused of stealing a school bus and driving it "
        "40 miles, CNN affiliate WCMH reported. The man, 23, took the bus from a depot in Columbus "
        "early on Tuesday, police said. He was stopped on Interstate 71 near Cincinnati, police "
        "told CNN. No one was hurt, according to Reuters."
    )
    tags = tags_of(text)
    assert not {"CNN", "WCMH", "Reuters"} & set(tags), tags
    assert "Ohio" in tags


def test_outlet_that_is_the_story_is_kept() -> None:
    text = (
        "The BBC has suspended Jeremy Clarkson after a fracas with a producer. The BBC said Top "
        "Gear would not be broadcast on Sunday. Clarkson was suspended pending an investigation, "
        "the BBC said in a statement. The BBC has received thousands of complaints and messages "
        "of support."
    )
    tags = tags_of(text)
    assert tags[:2] == ("BBC", "Jeremy Clarkson"), tags


# --- ranking and size -----------------------------------------------------------------

def test_subject_of_the_lead_ranks_first() -> None:
    text = (
        "Arsenal legend Ian Wright will present AP McCoy with his final champion jockey's trophy "
        "at Sandown on Saturday. Wright, who had seven seasons at Arsenal, will hand over the "
        "trophy before travelling to London. McCoy is a huge Arsenal supporter. Arsenal play "
        "Chelsea on Sunday."
    )
    tags = tags_of(text)
    assert tags[0] == "Ian Wright", tags
    assert "Arsenal" in tags and "AP McCoy" in tags


def test_between_three_and_eight_topics_on_the_dev_set(dev_rows: list[dict[str, Any]]) -> None:
    held = set(HELDOUT.read_text(encoding="utf-8").split()) if HELDOUT.exists() else set()
    rows = [r for r in dev_rows if r["id"] not in held][:20]
    outlets = {"cnn", "daily mail", "mail online", "mailonline", "associated press", "reuters", "sportsmail"}
    short = 0
    for row in rows:
        tags = tags_of(row["text"])
        assert 1 <= len(tags) <= 8, (row["id"], tags)
        short += len(tags) < 3
        keys = [t.lower() for t in tags]
        assert len(keys) == len(set(keys)), tags
        # (every topic in Title Case, a concept as a name: "Terrorism", "Child Pornography")
        assert not [t for t in tags if t[:1].islower() and not re.match(r"[a-z]{1,3}-[A-Z]", t)], tags
        assert not outlets & set(keys), tags
        # Named topics first, then at most two concept subjects (whose heads name one).
        subjects = [i for i, t in enumerate(tags)
                    if t.lower() in SUBJECT_AREA_TERMS or t.lower().split()[-1].rstrip("s") in CONCEPT_HEADS
                    or t.lower().split()[-1] in CONCEPT_HEADS]
        assert len(subjects) <= 3 and subjects == list(range(len(tags) - len(subjects), len(tags))), tags
    assert short <= len(rows) // 4


@pytest.mark.parametrize("limit", [3, 5])
def test_limit_is_respected(limit: int) -> None:
    tags = make_tags([entity(f"Person{c} Name{c}", "PERSON", 3, salience=0.9) for c in "ABCDEFGHIJ"], [],
                     limit=limit)
    assert len(tags) <= limit


def test_without_the_parse_phrases_are_filtered_too() -> None:
    tags = make_tags([entity("Greece", "PLACE", 4, salience=1.0)],
                     ["funds", "loan", "places", "parallel drachma currency", "legendary guitarist"])
    assert tags == ("Greece", "Parallel Drachma Currency"), tags



def test_a_name_that_never_stands_alone_is_not_a_topic() -> None:
    from copydesk.nlp.salience import _never_alone

    text = "He last sang in Istanbul on Valentine's Day. Istanbul mourned him."
    assert _never_alone("Valentine", text)
    assert not _never_alone("Istanbul", text)


def test_topic_names_seen_cut_or_run_on_in_a_blind_read() -> None:
    from copydesk.nlp.salience import _clean_topic_name

    assert _clean_topic_name("Oscars on Feb.", "EVENT") == "Oscars"
    assert _clean_topic_name("Bank of England", "ORG") == "Bank of England"
    assert _clean_topic_name("Trevor Houser of Rhodium", "PERSON") == "Trevor Houser"
    assert _clean_topic_name("Drake Here Promise", "PERSON") == "Drake"  # a caption's "Here" starts anew
    import copydesk

    a = copydesk.enrich("U.S. emissions fell 2 percent last year, according to the Rhodium Group, a research firm. "
                        "Rhodium said coal use fell. Rhodium analysts said gas rose. Rhodium expects a rise this year.")
    assert "Rhodium Group" in a.parts.tags and "Rhodium" not in a.parts.tags, a.parts.tags


def test_topic_terms_are_never_cut_from_longer_ones() -> None:
    from copydesk.nlp.salience import _clean_topic_name

    # Seen in the s4-final blind read: "Proceedings", "PFA Player", "dioxide emissions".
    assert _clean_topic_name("Proceedings of the National Academy of Sciences", "ORG") == (
        "Proceedings of the National Academy of Sciences")
    assert _clean_topic_name("PFA Player of the Year", "EVENT") == "PFA Player of the Year"
    assert _clean_topic_name("Arsenal and the", "ORG") == "Arsenal"
    import copydesk

    a = copydesk.enrich("Sulfur dioxide emissions from ships fell sharply after new rules in 2020. Sulfur dioxide "
                        "emissions cool the planet by reflecting sunlight. James Hansen says the fall in sulfur dioxide "
                        "emissions has sped up warming. Carbon dioxide emissions keep rising.")
    assert "dioxide emissions" not in a.parts.tags, a.parts.tags


# --- issue 11: the editors' read of the topics (invented look-alikes) -------------------------


def test_a_race_named_by_its_start_and_finish_is_one_event() -> None:
    tags = tags_of(
        "The line honours winner of the Perth to Albany yacht race crossed the finish line overnight. "
        "Southerly Buster, skippered by Tom Harlow, led the fleet from the start. "
        "Harlow said the crew had sailed through a storm on the second night. "
        "About 40 boats started the race on Boxing Day.")
    assert "Perth to Albany yacht race" in tags, tags
    assert "Perth" not in tags and "Albany" not in tags, tags
    assert "yacht race" not in tags, tags


def test_a_race_place_that_stands_alone_too_stays() -> None:
    from copydesk.nlp.salience import _route_events, _Topic

    texts = ["The Perth to Albany yacht race starts today.", "Storms are forecast for Albany tomorrow."]
    topics = [_Topic("PLACE", ["Perth"], 0.5, {0}, 0), _Topic("PLACE", ["Albany"], 0.5, {0, 1}, 0)]
    kept = [t.forms[0] for t in _route_events(topics, texts)]
    assert kept == ["Albany", "Perth to Albany yacht race"], kept


def test_a_word_for_a_people_is_not_a_topic() -> None:
    from copydesk.nlp.salience import _demonym

    places = {"Kashmir", "New Zealand", "Chad"}
    assert _demonym("Kashmiri", places)
    assert _demonym("New Zealander", set())
    assert _demonym("Anti-Taliban", set())
    assert not _demonym("Kashmir", places)
    assert not _demonym("Chadwick", places)  # a name that starts like a place
    assert not _demonym("Indiana", {"India"})


def test_a_person_the_story_only_puts_somewhere_is_a_place() -> None:
    from copydesk.nlp.salience import _Topic, _used_as_place

    texts = ["Rebels say they hold the Karda Mesa region in the north.",
             "Troops searched caves in Karda Mesa for a week."]
    assert _used_as_place(_Topic("PERSON", ["Karda Mesa"], 0.5, {0, 1}, 0), texts)
    person = ["Mr Dale Brook said he would stay in Leeds.", "Dale Brook, who lives in Leeds, said no."]
    assert not _used_as_place(_Topic("PERSON", ["Dale Brook"], 0.5, {0, 1}, 0), person)
    home = ["Police were called to Dale Brook's home in Leeds.", "Officers found Dale Brook at Dale Brook's flat."]
    assert not _used_as_place(_Topic("PERSON", ["Dale Brook"], 0.5, {0, 1}, 0), home)


def test_two_halves_of_one_name_are_one_person() -> None:
    from copydesk.nlp.salience import _join_name_parts, _Topic

    texts = ["Police arrested Tariq Benali at the airport.", "Benali denies the charges, Tariq's lawyer said."]
    merged = [_Topic("PERSON", ["Tariq"], 0.5, {0, 1}, 0), _Topic("PERSON", ["Benali"], 0.5, {0, 1}, 0)]
    _join_name_parts(merged, texts)
    assert [t.forms[0] for t in merged] == ["Tariq Benali"]
    apart = [_Topic("PERSON", ["Tariq"], 0.5, {0}, 0), _Topic("PERSON", ["Benali"], 0.5, {1}, 1)]
    _join_name_parts(apart, ["Tariq met the press.", "Benali was not there."])
    assert len(apart) == 2


def test_the_place_the_lead_puts_the_news_is_a_topic() -> None:
    tags = tags_of(
        "Soldiers have killed six suspected rebels in a night-long gun battle in northern Moravia. "
        "The Defence Ministry says the rebels had attacked a border post run by the Frontier Corps. "
        "Prime Minister Eva Horak has praised the soldiers. Horak has called an emergency cabinet meeting. "
        "The Frontier Corps says it has sent more troops. Rebel leader Jan Dvorak denies his men attacked "
        "the post. Dvorak says the army fired first.")
    assert "Moravia" in tags, tags
    assert tags.index("Moravia") > tags.index("Eva Horak"), tags  # named once: after the people


def test_a_quoted_party_is_a_topic_though_named_once() -> None:
    tags = tags_of(
        "Home captain Ben Carver has backed his bowlers after the first Test at Kingsmead ended in a draw. "
        "Carver says his attack was unlucky on a flat pitch and paceman Lou Pike bowled well. "
        "Carver says the side will not change for the second Test in Durban. Pike took four wickets on the "
        "last day. Opener Sam Reid made a century for the hosts and Reid was named man of the match. "
        "\"We bowled well and we will keep the same eleven,\" Carver said. The Durban groundsman says the "
        "pitch will be faster. Visiting captain Imran Dar expects his batsmen to do better in the second "
        "Test. \"We left runs out there and we know it,\" he said.")
    assert "Ben Carver" in tags and "Imran Dar" in tags, tags


def test_one_person_under_two_titles_is_listed_once() -> None:
    from copydesk.nlp.salience import _same_surname

    assert _same_surname("Hill", "Robert Hill")
    assert _same_surname("Romanszko", "Richard Romaszko")  # the story misspells him once
    assert not _same_surname("Gavers", "Enoch Gaver")  # the family and one of them
    assert not _same_surname("Daniel Janner", "Lord Janner")


def test_letters_offices_and_lower_case_words_are_cut_from_names() -> None:
    from copydesk.nlp.salience import _clean_topic_name, _is_junk_name

    assert _clean_topic_name("Helen Marsh QC", "PERSON") == "Helen Marsh"
    assert _clean_topic_name("north Tabriz", "PLACE") == "Tabriz"
    assert _clean_topic_name("U-K", "PLACE") == "UK"
    assert _clean_topic_name("The] Regional Action Group", "ORG") == "Regional Action Group"
    assert _clean_topic_name("Schoolboy Tom Varley", "PERSON") == "Tom Varley"
    assert _is_junk_name("Treasurer") and _is_junk_name("Territory")
    assert not _is_junk_name("Treasury")


def test_a_party_and_its_short_name_are_one_topic() -> None:
    tags = tags_of(
        "The Green Party will review its rules after a poor result, party leader Mary Olsen says. "
        "Olsen says the Greens lost votes in the cities. The Green Party executive meets on Friday. "
        "Green officials say the review will take a year.")
    keys = [t.lower() for t in tags]
    assert "green party" in keys, tags
    assert "green" not in keys, tags


def test_a_band_and_its_member_word_are_one_topic() -> None:
    tags = make_tags([entity("Maya Lind", "PERSON", 4, salience=1.0), entity("Rover", "ORG", 3, salience=0.8),
                      entity("Tom Hale", "PERSON", 2, salience=0.6), entity("Rovers", "ORG", 2, salience=0.5)], [])
    keys = [t.lower() for t in tags]
    assert "rovers" in keys and "rover" not in keys, tags


def test_a_name_run_on_into_another_topic_is_cut_back() -> None:
    from copydesk.nlp.salience import _merge_topics, _Topic

    texts = ["Auditors Price and Partners on Grangefield found the insurer insolvent.",
             "Grangefield collapsed in March."]
    merged = _merge_topics([_Topic("ORG", ["Price and Partners on Grangefield"], 0.5, {0}, 0),
                            _Topic("ORG", ["Grangefield"], 0.5, {0, 1}, 0)], texts)
    assert sorted(t.forms[0] for t in merged) == ["Grangefield", "Price and Partners"]
    kept = _merge_topics([_Topic("ORG", ["Mail on Sunday"], 0.5, {0}, 0)], ["The Mail on Sunday says so."])
    assert [t.forms[0] for t in kept] == ["Mail on Sunday"]


def test_a_given_name_the_tagger_left_out_is_put_back() -> None:
    tags = tags_of(
        "A spokesman for the provincial governor, Farid Nazari, says the siege of the hospital is over. "
        "Nazari says six gunmen surrendered at dawn. Nazari says no hostages were hurt.")
    assert "Nazari" not in tags or "Farid Nazari" in tags, tags


# --- issue 11 (long-form): site furniture out, the named actor in ------------------------

def test_a_file_name_is_no_lower_case_use_of_a_name() -> None:
    # "yelp.JPG" above the story is a picture's file name, not the word used in prose.
    text = (
        "yelp.JPG\n\nLobster rolls and oyster sliders are the new tacos, according to Yelp's "
        "yearly review of restaurant searches. The review site looked at millions of queries. "
        "Searches for brunch rose by a third. Diners in Ohio searched for pierogi most often."
    )
    assert "Yelp" in tags_of(text)


def test_a_lone_capitalised_common_noun_still_goes() -> None:
    text = (
        "Reservoir levels in the county have fallen to a record low after a dry summer. The "
        "reservoir at Millbrook is at 20 per cent, the water board said. Councillor Ann Hale "
        "urged residents to save water. The board said a hosepipe ban was likely."
    )
    assert "Reservoir" not in tags_of(text)


def test_an_abbreviated_month_is_not_part_of_a_name() -> None:
    text = (
        "The musical 'Harbour Lights' won the top prize at the Drama League awards on Saturday, "
        "boosting its chances at the Tonys on Jun. 8. The Drama League awards are watched as a "
        "sign of Tony success. Actress Mara Quill said the Tonys would be a tougher contest. "
        "Quill also won best performance."
    )
    tags = tags_of(text)
    assert not [t for t in tags if t.endswith(("Jun.", "Jun"))], tags


def test_the_platform_a_remark_was_spotted_on_is_no_topic() -> None:
    text = (
        "A test version of the Lumo phone software adds a feature that blurs faces in video "
        "calls. The feature was spotted by developer Kai Brenner on Twitter. Brenner said it "
        "worked only on the newest handsets. Lumo has not said when the feature will ship."
    )
    assert "Twitter" not in tags_of(text)


def test_a_story_about_the_platform_keeps_it() -> None:
    text = (
        "Twitter has suspended thousands of accounts linked to a disinformation campaign. "
        "Twitter said the accounts had posted misleading claims about the election. "
        "The company's head of safety, Dana Ruiz, said Twitter would publish the data. "
        "Critics said Twitter had acted too late."
    )
    assert "Twitter" in tags_of(text)


def test_a_call_for_readers_pictures_is_no_topic() -> None:
    text = (
        "Caught in the snow? Please share your photos and stories at StormWatch.\n\n"
        "A winter storm brought heavy snow to the Midwest on Tuesday, closing schools in Iowa "
        "and Illinois. Forecaster Lena Moss said more snow would fall overnight. Iowa officials "
        "urged drivers to stay at home."
    )
    assert "StormWatch" not in tags_of(text)


def test_a_company_is_named_without_its_legal_suffix() -> None:
    text = (
        "Nordwind Corp said on Thursday it would cut its carbon emissions by half by 2030. "
        "Nordwind will invest $1 billion in carbon removal. Nordwind's chief executive Ola Berg "
        "said the plan was affordable. Nordwind also set a goal for its suppliers."
    )
    tags = tags_of(text)
    assert "Nordwind" in tags and "Nordwind Corp" not in tags, tags


def test_a_place_named_throughout_is_not_the_short_form_of_a_programme() -> None:
    ents = [entity("Carrow", "PERSON", 8, salience=1.0),
            entity("Carrow Recovery Project", "ORG", 2, salience=0.3),
            entity("Montserrat", "PLACE", 2, salience=0.3)]
    tags = make_tags(ents, [])
    assert "Carrow" in tags, tags


LANDLORD_STORY = (
    "Property developer Gordon Vale attacked the state attorney general and the judge from the "
    "witness stand on Monday in the civil case against his company. Vale called the case a "
    "vendetta. State Attorney General Rosa Lindqvist is seeking $90 million from Vale. Judge "
    "Martin Oduya told Vale's lawyer, Tim Brandt, to control his client. Vale said the attorney "
    "general should be ashamed. The attorney general's office declined to comment. Brandt asked "
    "for a recess. Oduya refused. Vale left the courtroom at noon. Brandt said Vale would appeal. "
    "Vale said the case was political. Brandt said the numbers were sound."
)


def test_a_person_named_by_office_counts_each_time() -> None:
    # "the attorney general" is Rosa Lindqvist each time: she is central though named once.
    assert "Rosa Lindqvist" in tags_of(LANDLORD_STORY)


def test_an_office_two_people_hold_is_nobodys_mention() -> None:
    tags = make_tags([entity("Ann Lee", "PERSON", 1, title="Senator", salience=0.3),
                      entity("Bob Hart", "PERSON", 1, title="Senator", salience=0.3),
                      entity("Carla Diaz", "PERSON", 6, salience=1.0)], [])
    assert tags[0] == "Carla Diaz", tags


def test_an_acronym_the_story_defines_is_a_topic() -> None:
    # The tagger finds no name in "(DSAT)"; the story defines it and keeps using it.
    text = (
        "The Deep-field Southern Array Telescope (DSAT) in northern Chile is ready to open to "
        "astronomers around the world, says its chief scientist Rafael Ortiz. DSAT will map "
        "faint galaxies. Observing time on DSAT will be shared among twelve countries. "
        "Ortiz said DSAT had passed its final tests."
    )
    tags = tags_of(text)
    assert sum(t in {"DSAT", "Deep-field Southern Array Telescope"} for t in tags) == 1, tags


def test_a_defined_acronym_and_its_possessive_name_are_one_topic() -> None:
    text = (
        "The government wants to widen the Australian Security Intelligence Organisation's "
        "(ASIO) powers to question suspects. Labor said it would study the ASIO bill. The "
        "Attorney-General, Daryl Williams, said ASIO needed the powers. The Police Federation "
        "backed the bill."
    )
    tags = tags_of(text)
    assert sum(t in {"ASIO", "Australian Security Intelligence Organisation"} for t in tags) == 1, tags


# --- a common-noun topic: a recognised subject area, or a term central to the whole story ---

def test_a_subject_area_the_story_returns_to_is_a_topic() -> None:
    text = (
        "Lumen Corp said on Tuesday it would remove more carbon than it emits by 2035. "
        "Chief executive Ivo Marsh said companies had to act on climate change. The pledge "
        "follows similar goals from rival firms. Marsh said climate change was the defining "
        "problem for business. Lumen will spend $500 million on carbon removal."
    )
    tags = tags_of(text)
    assert "Climate Change" in tags, tags


def test_a_subject_word_inside_a_name_is_no_subject() -> None:
    # "Terrorism" only in "Joint Terrorism Task Force": the body is named, not the subject.
    text = (
        "A woman who married eight men in ten years pleaded guilty on Friday to filing false "
        "papers, prosecutors in Ohio said. The Joint Terrorism Task Force helped the inquiry, "
        "court papers show. Investigators from the Joint Terrorism Task Force traced the "
        "marriages. Her lawyer, Jon Pratt, said she would repay the fees."
    )
    assert "terrorism" not in lowered(tags_of(text))


def test_a_subject_area_named_once_in_passing_is_no_topic() -> None:
    text = (
        "Harbour City Council approved a new ferry terminal on Monday after a two-year delay. "
        "Mayor Rita Oakes said the terminal would open in 2027. The plan survived objections "
        "over traffic. Oakes said the design took account of climate change. The council "
        "will seek tenders next month."
    )
    assert "climate change" not in lowered(tags_of(text))


def test_a_phrase_from_one_section_of_a_long_piece_is_no_subject() -> None:
    # Three sentences about "toll revenue" half way down an 80-sentence piece.
    fillers = [f"Delegates from district {i} met the mayor of Brackford, Ada Stone, on the quay."
               for i in range(80)]
    section = ["The toll revenue rose again.", "Its toll revenue paid for the bridge.",
               "Critics said the toll revenue was too high."]
    tags = tags_of(" ".join(fillers[:40] + section + fillers[40:]))
    assert "toll revenue" not in lowered(tags), tags
    # the same three sentences in the lead of a short story make it a subject
    tags = tags_of(" ".join(section + ["Ada Stone, the mayor of Brackford, defended the toll."]))
    assert "Toll Revenue" in tags, tags


def test_the_journal_a_paper_ran_in_is_no_topic() -> None:
    text = (
        "Researchers in Denmark have found a bone flute made by early farmers. In a paper "
        "published in Journal of Northern Prehistory, the team describes the flute. The flute "
        "is about 6,000 years old, lead author Signe Dahl said. Dahl said the holes were drilled "
        "with flint tools."
    )
    tags = tags_of(text)
    assert "Journal of Northern Prehistory" not in tags, tags


def test_a_journal_in_the_news_stays() -> None:
    text = (
        "The Lancet has retracted a study on a heart drug after questions about its data. "
        "The Lancet said the authors could not vouch for the figures. Editor Rhys Owen said "
        "the journal would review its checks. The Lancet published the study in May."
    )
    assert "Lancet" in " ".join(tags_of(text))


def test_a_name_that_only_says_what_kind_of_thing_is_no_topic() -> None:
    text = (
        "Making a New Year's resolution is easy, but gyms in Leeds say most members quit by "
        "spring. Gym owners in Leeds cut their fees this week. Trainer Mia Grant said short "
        "classes kept members coming. Leeds council will open two more gyms."
    )
    assert "New Year" not in tags_of(text)


def test_the_holiday_itself_in_the_news_stays() -> None:
    text = (
        "Boxing Day sales in Ontario broke records on Friday, retailers said. Boxing Day "
        "crowds queued from dawn in Toronto. Analyst Mia Grant said Boxing Day now rivals "
        "Black Friday. Ontario malls opened two hours early."
    )
    assert "Boxing Day" in tags_of(text)


def test_a_weather_story_names_its_subject() -> None:
    text = (
        "A winter storm brought heavy snow to much of the Midwest on Wednesday, a day before "
        "Thanksgiving. The winter storm grounded flights in Chicago, airport officials said. "
        "Forecaster Lena Moss said the worst of the storm was over. Iowa officials urged "
        "drivers to stay at home."
    )
    assert "Winter Storm" in tags_of(text)


def test_an_acronym_from_inside_the_words_is_one_topic_with_the_name() -> None:
    tags = make_tags([entity("T9", "ORG", 6, salience=1.0),
                      entity("TBG", "ORG", 6, salience=0.8),
                      entity("Tanbo Gaming", "ORG", 1, salience=0.3)], [])
    assert sum(t in {"TBG", "Tanbo Gaming"} for t in tags) == 1, tags


def test_an_unrelated_acronym_stays_apart() -> None:
    tags = make_tags([entity("NHS", "ORG", 5, salience=1.0),
                      entity("Nuffield Trust", "ORG", 3, salience=0.6)], [])
    assert "NHS" in tags and "Nuffield Trust" in tags, tags


def test_a_common_noun_written_as_an_acronym_is_no_topic() -> None:
    tags = make_tags([entity("Android", "ORG", 6, salience=1.0),
                      entity("SMS", "ORG", 4, salience=0.8),
                      entity("JPEG", "ORG", 2, salience=0.5),
                      entity("ESET", "ORG", 2, salience=0.4)], [])
    assert not {"SMS", "JPEG"} & set(tags) and "ESET" in tags, tags


def test_a_compound_word_for_a_person_is_no_subject() -> None:
    text = (
        "A retired shopkeeper has been reunited with her lost cat after nine years. The retired "
        "shopkeeper had searched every street in Bradford. Edna Pryce, 81, said she had given up "
        "hope. The cat was found in Leeds. The retired shopkeeper thanked the vets."
    )
    assert "retired shopkeeper" not in lowered(tags_of(text))


def test_a_name_the_tagger_missed_but_the_story_keeps_writing_is_a_topic() -> None:
    text = (
        "Living near a Quellmart adds value to a home, according to a study by a property "
        "website. Homes close to a Quellmart sold for 9 per cent more than others nearby. "
        "Budget chains had the opposite effect. Analysts said Quellmart shoppers were willing "
        "to pay more for convenience."
    )
    spans = parse(story_from_text(text), today=date(2025, 11, 3)).spans
    spans[0].doc.ents = ()  # as if the tagger had missed every name
    assert "Quellmart" in make_tags([], [], spans=spans)
    # a capitalised word the story also writes in lower case is no name
    assert "Budget" not in make_tags([], [], spans=spans)


def test_a_caption_that_ran_a_name_into_a_person_is_the_person() -> None:
    # "... in the Super League Moreno trains with ..." tagged "League Moreno".
    tags = make_tags([entity("Diego Moreno", "PERSON", 6, aliases=("Moreno",), salience=1.0),
                      entity("League Moreno", "PERSON", 2, aliases=("Moreno",), salience=0.4),
                      entity("Super League", "ORG", 3, salience=0.5),
                      entity("Valencia", "ORG", 3, salience=0.5)], [])
    assert "League Moreno" not in tags and "Diego Moreno" in tags, tags


def test_a_quoted_title_the_lead_gives_and_the_story_repeats_is_a_topic() -> None:
    text = (
        "Danish drama “Saltwater” was the surprise winner at the Nordic film awards on Sunday, "
        "while Ida Holm was named best actress. “Saltwater,” a story about a fishing family, "
        "beat two bigger films. “Saltwater” director Jonas Berg said the cast deserved it. "
        "Holm thanked her family."
    )
    spans = parse(story_from_text(text), today=date(2025, 11, 3)).spans
    spans[0].doc.ents = ()  # as if the tagger had missed the title
    assert "Saltwater" in make_tags([entity("Ida Holm", "PERSON", 2, salience=1.0)], [], spans=spans)


def test_a_quoted_remark_is_no_title() -> None:
    text = (
        "The minister said the plan was “Fair”, and critics said it was not. Opposition leader "
        "Sam Reyes called it “Fair to nobody”. The minister repeated that it was “Fair”. "
        "Reyes said he would vote against it."
    )
    spans = parse(story_from_text(text), today=date(2025, 11, 3)).spans
    assert "Fair" not in make_tags([entity("Sam Reyes", "PERSON", 2, salience=1.0)], [], spans=spans)


def test_where_it_happened_is_no_subject() -> None:
    text = (
        "Fire damaged part of a historic chapel in Boston on Sunday. The blaze began in the "
        "gift shop, fire officials said. Firefighter Dan Riordan said the gift shop was "
        "destroyed. The chapel will reopen next month, its rector said."
    )
    assert "gift shop" not in lowered(tags_of(text))


def test_a_subject_phrase_that_is_no_setting_stays() -> None:
    text = (
        "Fare evasion on Leeds buses has doubled in a year, the operator said on Monday. Fare "
        "evasion cost the firm 9,000 pounds a week. Operator head Jo Pike said fare evasion "
        "would rise again this winter. The council said it would fund two more inspectors."
    )
    assert "Fare Evasion" in tags_of(text)


def test_an_object_the_story_keeps_returning_to_is_no_topic() -> None:
    # (the blind read struck "metal hook", "bone structure", "company policy" as generic nouns)
    text = (
        "A Napier man swung a metal hook at his neighbour during a row over a fence, a court heard. "
        "Tom Vesey, 41, admitted the attack. The metal hook was found in his shed. "
        "Police said the metal hook had been bought the week before. Vesey breached company policy, "
        "his employer said, and company policy bars staff from taking tools home."
    )
    tags = tags_of(text)
    assert "Tom Vesey" in tags, tags
    assert not {"metal hook", "company policy"} & set(lowered(tags)), tags


def test_the_offence_charged_is_a_topic_even_named_once() -> None:
    text = (
        "A Hamilton man has been charged with wounding with intent to injure after a fight outside a bar. "
        "Rua Tamatea, 29, appeared in the Hamilton District Court on Tuesday. "
        "He was remanded in custody and will reappear next month."
    )
    tags = tags_of(text)
    assert "Wounding with Intent" in tags, tags
    # the court the defendant "appeared in" is where he stood, not a journal the story ran in
    assert "Hamilton District Court" in tags, tags
    assert concept_case("wounding with intent") == "Wounding with Intent"
    # an illness someone died of, named in the lead; but not a kind alone ("a long illness")
    tags = tags_of("The singer Ada Morrow has died of pancreatic cancer at the age of 70. "
                   "Morrow recorded 30 albums. Her manager said she died after a long illness.")
    assert "Pancreatic Cancer" in tags and "illness" not in lowered(tags), tags
    # an illness mentioned in passing late in a long story is no topic
    fillers = [f"Councillors from ward {i} met the mayor of Brackford, Ada Stone, on the quay." for i in range(20)]
    tags = tags_of(" ".join(fillers + ["A former councillor suffered from depression, Stone said."]))
    assert "depression" not in lowered(tags), tags


def test_a_name_only_in_a_photo_caption_is_no_topic() -> None:
    text = (
        "A new book of photographs of the painter Lena Ostrova is published this week. "
        "The book's editor, Paul Garnier, said Ostrova sat for the photographer over three years. "
        "Ostrova and Dr Anton Mirek, her physician, 1951. "
        "Garnier said Ostrova rarely allowed visitors into her studio. "
        "Ostrova died in 1954."
    )
    tags = tags_of(text)
    assert "Lena Ostrova" in tags and "Paul Garnier" in tags, tags
    assert "Anton Mirek" not in tags, tags
    # named in the story's prose too, the same person stays
    tags = tags_of(text.replace("into her studio.", "into her studio, except Dr Anton Mirek, who treated her."))
    assert "Anton Mirek" in tags, tags


def _with_norp(text: str, prefix: str) -> list[Any]:
    from spacy.tokens import Span
    spans = parse(story_from_text(text), today=date(2025, 11, 3)).spans
    doc = spans[0].doc
    doc.ents = [Span(doc, t.i, t.i + 1, label="NORP") for t in doc if t.text.startswith(prefix)]
    return list(spans)


def test_a_people_the_story_is_about_is_a_topic() -> None:
    text = (
        "Picts carved far more stones than thought, a team in Scotland has found. The Picts "
        "used the stones to mark graves, the team says. Earlier finds showed Pict carvings were "
        "simpler. Lead author Morag Reid said Pict craft had been underrated. The stones are "
        "1,400 years old."
    )
    tags = make_tags([entity("Scotland", "PLACE", 1, salience=0.5)], [], spans=_with_norp(text, "Pict"))
    assert "Picts" in tags, tags


def test_a_nationality_is_no_topic() -> None:
    text = (
        "Israeli jets struck targets in Gaza on Tuesday, the army said. Israeli officials said "
        "the strikes hit weapons stores. An Israeli spokesman, Avi Cohen, said more would follow. "
        "Israeli troops also moved into the West Bank."
    )
    tags = make_tags([entity("Gaza", "PLACE", 1, salience=0.5)], [], spans=_with_norp(text, "Israeli"))
    assert "Israeli" not in tags and "Israelis" not in tags, tags


# --- blind read s7: debris of split phrases, names cut short, generic things, case -------------

STORM_STORY = (
    "A storm brought 100 mph winds to the coast of Norland on Tuesday, cutting power to 40,000 homes. "
    "Forecasters said the 100 mph winds would ease by Thursday, but warned of a storm surge. "
    "A fisherman suffered three degree burns when a generator caught fire in the 100 mph winds. "
    "The storm surge flooded the harbour at Kelvik. Officials said the storm surge was the worst "
    "in 30 years."
)


def test_a_unit_cut_from_its_number_heads_no_topic() -> None:
    tags = tags_of(STORM_STORY)
    assert not [t for t in tags if t.lower().split()[0] in {"mph", "degree"}], tags
    assert "Storm Surge" in tags, tags  # a subject the story keeps to stays
    phrases = analyse(story_from_text(STORM_STORY), today=date(2025, 11, 3)).key_phrases
    assert not [p for p in phrases if p.lower().split()[0] in {"mph", "degree"}], phrases


def test_a_name_run_on_past_what_the_tagger_took_is_whole() -> None:
    text = (
        "A family's King Charles Spaniel was rescued from a flooded river in Devon on Sunday. "
        "The King Charles Spaniel, called Biscuit, was swept half a mile downstream. "
        "Its owner Mary Holt said she was grateful to the firefighters. "
        "Mary Holt said the dog was recovering at home."
    )
    tags = tags_of(text)
    assert "Charles Spaniel" not in tags, tags
    assert "Mary Holt" in tags


def test_a_number_or_a_possessive_court_ends_the_name() -> None:
    text = (
        "Wales beat Scotland in the RBS 6 Nations at Murrayfield on Saturday. "
        "Wales captain Tom Evans was later fined at Leeds Magistrates' Court for a driving offence. "
        "Evans said the RBS 6 Nations had been a long campaign. "
        "Evans told Leeds Magistrates' Court he was sorry."
    )
    spans = parse(story_from_text(text), today=date(2025, 11, 3)).spans
    tags = make_tags([entity("Tom Evans", "PERSON", 3, salience=1.0),
                      entity("RBS", "ORG", 2, salience=0.6),
                      entity("Leeds Magistrates", "ORG", 2, salience=0.5)], [], spans=spans)
    assert "RBS" not in tags and "Leeds Magistrates" not in tags, tags
    assert {"RBS 6 Nations", "Leeds Magistrates' Court"} <= set(tags), tags


def test_an_event_name_before_its_lower_case_noun_takes_it() -> None:
    text = (
        "A grandmaster has been thrown out of the Riga Open Chess tournament after he was caught "
        "consulting a smartphone. Officials at the Riga Open Chess tournament said Andris Kalnins "
        "had hidden the phone in a toilet. Kalnins denied cheating. Kalnins faces a long ban."
    )
    tags = tags_of(text)
    assert "Riga Open Chess tournament" in tags, tags
    assert "Riga Open Chess" not in tags


def test_a_monarch_named_with_two_names_is_still_the_monarch() -> None:
    text = (
        "King Juan Carlos of Spain opened the new parliament in Madrid on Monday. "
        "King Juan Carlos said the country faced hard choices. "
        "Prime Minister Ana Ruiz thanked King Juan Carlos for his words."
    )
    assert "Juan Carlos" in " | ".join(tags_of(text))


def test_a_club_nickname_goes_under_the_name_the_story_writes() -> None:
    text = (
        "Leicester Tigers beat Northampton 24-18 at Welford Road on Saturday. "
        "Northampton had led at half-time, but Tigers scored two late tries. "
        "Tigers coach Aled Price said his side had shown character. "
        "Tigers are now second in the league."
    )
    tags = tags_of(text)
    assert "Leicester Tigers" in tags and "Tigers" not in tags, tags
    assert "Northampton" in tags


def test_a_thing_someone_used_is_no_subject() -> None:
    text = (
        "A chess player was expelled from a tournament in Riga after officials found a mobile phone "
        "hidden in a toilet. Andris Kalnins denied using the mobile phone. Officials said the mobile "
        "phone was running a chess program. Kalnins faces a ban."
    )
    assert "mobile phone" not in lowered(tags_of(text))


def test_a_common_noun_written_as_an_acronym_is_no_topic_before_the_expert() -> None:
    text = (
        "Most people do not apply enough sunscreen, according to a dermatologist. "
        "Dr Helen Marsh, a consultant dermatologist at St Luke's Hospital, said people should use "
        "a sunscreen with an SPF of at least 30. Sunscreens protect against UVA and UVB rays, Marsh said. "
        "UVB rays cause sunburn, while UVA rays age the skin. The SPF number only measures protection "
        "against UVB. Marsh said a teaspoon of sunscreen was needed for the face alone."
    )
    tags = tags_of(text)
    assert tags[0] == "Helen Marsh", tags
    assert not {"UVA", "UVB", "SPF"} & set(tags), tags


def test_a_surname_is_listed_under_the_full_name_the_story_gives() -> None:
    # The tagger took only the surname as a person ("with Keshav Maharaj claiming"): the
    # untagged given name before it still gives the full name.
    text = (
        "The visitors were all out late on Saturday for 241 with Keshav Maharaj claiming six wickets. "
        "Maharaj said the pitch had turned early. Maharaj will bowl again in Durban."
    )
    spans = parse(story_from_text(text), today=date(2025, 11, 3)).spans
    doc = spans[0].doc
    doc.ents = [doc[t.i : t.i + 1] for t in doc if t.text == "Maharaj"]
    for ent in doc.ents:
        ent.label_ = "PERSON"
    tags = make_tags([entity("Maharaj", "PERSON", 3, salience=1.0)], [], spans=spans)
    assert "Keshav Maharaj" in tags and "Maharaj" not in tags, tags


def test_a_surname_under_another_title_is_listed_under_the_full_name() -> None:
    tags = make_tags([entity("Pakistan", "PLACE", 5, salience=1.0),
                      entity("Musharib", "PERSON", 4, title="President", salience=0.9),
                      entity("Parvez Musharib", "PERSON", 1, title="General", salience=0.5)], [])
    assert "Parvez Musharib" in tags and "Musharib" not in tags, tags


def test_concept_subjects_are_in_title_case() -> None:
    # The editors write concepts as names are written ("Cervical Cancer", "US-UK Special
    # Relationship"); the lead's brief after the s8 read switched back from lower case.
    text = (
        "British steel exports fell by a fifth last year, the trade body said on Monday. "
        "Chinese competition has hit British steel exports hard, the body said. "
        "Ministers will meet steel makers on Friday to discuss British steel exports."
    )
    tags = tags_of(text)
    assert {"Steel Exports", "British Steel Exports"} & set(tags), tags


def test_a_country_that_only_says_whose_captain_is_no_topic() -> None:
    text = (
        "Former England rugby captain Owen Pryce watched his horse Copper Lane win the Midlands Gold Cup "
        "at Uttoxeter on Saturday. The former England captain cheered from the stands as jockey Dan Hale "
        "rode Copper Lane to victory. Pryce, who won 60 England caps, bought the horse last year. "
        "Hale said Copper Lane had jumped well. Pryce said he would aim "
        "Copper Lane at the Midlands Gold Cup again next year."
    )
    tags = tags_of(text)
    assert "England" not in tags, tags
    assert "Owen Pryce" in tags


def test_a_country_whose_side_is_the_news_stays() -> None:
    text = (
        "England beat Ireland 24-10 in Dublin on Saturday to stay top of the table. "
        "England captain Owen Pryce said the win was deserved. England play France next week."
    )
    assert "England" in tags_of(text)


def test_a_person_named_in_full_only_before_a_name_is_still_a_topic() -> None:
    # The full name stands only in "Maria Delgado's Civic Union"; "Ms Delgado" stands alone.
    text = (
        "Police raided offices of Maria Delgado's Civic Union in Lima on Tuesday. "
        "Prosecutors accuse Ms Delgado of hiding campaign donations. "
        "Ms Delgado denied the claims and called the raid political. "
        "Delgado is due to appear before a judge next week."
    )
    tags = tags_of(text)
    assert "Maria Delgado" in tags, tags


def test_an_engines_common_noun_topic_takes_the_house_case() -> None:
    # The gate's case for an engine's topic (pinned by test_llm): the editors' Title Case for
    # a common-noun phrase, as the rules engine writes its own; a name as written.
    texts = ["Nurses said heat pads eased the pain.", "The Bank of England kept rates on hold."]
    assert topic_case("Heat Pads", texts) == "Heat Pads"
    assert topic_case("heat pads", texts) == "Heat Pads"
    assert topic_case("HEAT PADS", texts) == "Heat Pads"
    assert topic_case("iPhone", texts) == "iPhone"
    assert topic_case("Bank of England", texts) == "Bank of England"
    assert topic_case("Nurses", texts) == "Nurses"  # one word: a name or a noun, left as written


def test_a_concept_topic_takes_the_editors_title_case() -> None:
    # The editors write concepts as names are written ("Cervical Cancer", "US-UK Special Relationship").
    assert concept_case("heat pads") == "Heat Pads"
    assert concept_case("Heat Pads") == "Heat Pads"
    assert concept_case("terrorism") == "Terrorism"
    assert concept_case("British steel exports") == "British Steel Exports"
    assert concept_case("US-UK special relationship") == "US-UK Special Relationship"
    for name in ("al-Qaeda", "Osama bin Laden", "iPhone", "Representation of the People Act 1983"):
        assert concept_case(name) == name


def test_a_title_cut_before_of_an_is_whole() -> None:
    text = (
        "The late actor Tom Ashby appears in Rise of an Island, released on Friday. "
        "Rise of an Island was shot on Malta over six weeks. "
        "Director Ann Vale said Ashby had loved making Rise of an Island."
    )
    spans = parse(story_from_text(text), today=date(2025, 11, 3)).spans
    tags = make_tags([entity("Tom Ashby", "PERSON", 3, salience=1.0),
                      entity("Rise", "ORG", 3, salience=0.8),
                      entity("Ann Vale", "PERSON", 1, salience=0.5)], [], spans=spans)
    assert "Rise" not in tags and "Rise of an Island" in tags, tags
    assert make_tags([entity("Rise of an Island", "WORK_OF_ART", 3, salience=0.8)], []) == ("Rise of an Island",)


def test_the_end_of_a_range_heads_no_topic() -> None:
    text = (
        "Health officials say infections through mother to child transmission have halved in Lusaka "
        "since 2010. The ministry said mother to child transmission fell after clinics began testing "
        "pregnant women. Nurse Grace Banda said mother to child transmission was now rare in the "
        "capital. The ministry hopes to end new infections by 2030."
    )
    assert "child transmission" not in lowered(tags_of(text))


def test_a_given_name_the_tagger_took_for_a_place_is_the_person() -> None:
    # "Ewan" tagged a place, "Dorsey" a surname of the famous brother: the story's man is
    # "Ewan Dorsey", named first, and a bare "Dorsey" is him.
    text = (
        "Ewan Dorsey was banned from driving at Leeds Crown Court on Monday. "
        "The brother of boxer Carl Dorsey lost his job as a van driver after the ban. "
        "Ewan Dorsey, 41, said the offence had not been intentional. "
        "Dorsey told the court he would appeal. Carl Dorsey did not attend."
    )
    spans = parse(story_from_text(text), today=date(2025, 11, 3)).spans
    tags = make_tags([
        Entity(id="e1", kind="PERSON", name="Carl Dorsey", aliases=("Dorsey",), mentions=("s2", "s4", "s5"),
               salience=0.9),
        Entity(id="e2", kind="PLACE", name="Ewan", mentions=("s1", "s3"), salience=0.5),
        Entity(id="e3", kind="ORG", name="Leeds Crown Court", mentions=("s1",), salience=0.4),
    ], [], spans=spans)
    assert tags[0] == "Ewan Dorsey", tags
    assert "Ewan" not in tags


def test_a_club_is_one_topic_and_a_peoples_adjective_none() -> None:
    # (the blind read struck "Cardiff" beside "Cardiff City", and "Welsh" as a topic)
    text = (
        "Norwich City supporters will boycott Saturday's match at Fir Park after the home club cut their "
        "allocation to 300 tickets. Norwich have asked Motherwell to reconsider, but the club said police "
        "advised the limit. The Norwich City Supporters Club said fans would hand back their tickets. "
        "Scottish police said the limit stands. Norwich manager Dan Kerr said the decision was a shame."
    )
    tags = tags_of(text)
    assert tags[0] == "Norwich City", tags
    assert "Norwich" not in tags and "Scottish" not in tags, tags
    # a city the story puts things in stays beside the capital named after it
    tags = tags_of("Protesters marched through Mexico City on Sunday against the new water law. Mexico has faced "
                   "shortages for two years, and in Mexico the law is unpopular. Mayor Ana Ruiz said Mexico City "
                   "would appeal. President Luis Ortega said the law would stay.")
    assert "Mexico City" in tags and "Mexico" in tags, tags


def test_a_rival_named_three_times_in_a_long_interview_is_a_topic() -> None:
    # (the blind read missed the rival, the team and the venue in a 39-sentence interview)
    lines = [f"Maria Kovac said point {i} mattered to her." for i in range(14)]
    lines[5] = "Kovac expects a close fight with Lena Brandt this year."
    lines[8] = "Kovac said Brandt had been the fastest driver in testing."
    lines[11] = "Kovac said she was not worried about Brandt."
    tags = tags_of(" ".join(lines))
    assert tags[:2] == ("Maria Kovac", "Lena Brandt"), tags


def test_a_short_list_takes_a_body_named_twice_however_the_subject_outscores_it() -> None:
    lines = [f"Maria Kovac said point {i} mattered to her." for i in range(16)]
    lines[1] = "Kovac will race in Sakhir next month."
    lines[5] = "Kovac said Falcon Racing had built a better car."
    lines[7] = "Falcon Racing has won two titles."
    lines[12] = "Kovac said the Harbour Trust had always backed young drivers."
    lines[14] = "The Harbour Trust funds ten drivers."
    tags = tags_of(" ".join(lines))
    assert tags[0] == "Maria Kovac" and "Falcon Racing" in tags, tags
    assert "Sakhir" not in tags, tags  # (a place named once is no runner-up)
    assert "Harbour Trust" not in tags, tags  # (nor a body first named in the story's second half)


def test_the_doer_of_a_passive_counts_half_a_subject() -> None:
    from copydesk.nlp.salience import _clause_weight
    spans = parse(story_from_text("The memo was prepared by the Harbour Institute. The memo was signed by the mayor."),
                  today=date(2025, 11, 3)).spans
    institute = next(t for t in spans[0] if t.text == "Institute")
    assert _clause_weight(institute) == 0.5
    mayor = next(t for t in spans[1] if t.text == "mayor")
    assert _clause_weight(mayor) == 0.5
    memo = next(t for t in spans[0] if t.text == "memo")
    assert _clause_weight(memo) == 1.0
    # (not a lone first name: "found by Brian", whose surname the next name carries)
    spans = parse(story_from_text("The arrows were found by Brian, a retired teacher."), today=date(2025, 11, 3)).spans
    brian = next(t for t in spans[0] if t.text == "Brian")
    assert _clause_weight(brian) == 0.0, (brian.dep_, brian.ent_type_)


def test_a_couple_shares_the_surname_the_second_name_carries() -> None:
    text = (
        "A retired couple have found 90 of the old concrete markers across the state. "
        "The markers were found by Rob and Ellen Marsh, who travelled 9,000 miles to photograph them. "
        "Ellen Marsh said the hunt had taken four years. Rob said he planned to write a book. "
        "Rob and Ellen Marsh began the search after reading a local history blog."
    )
    tags = tags_of(text)
    assert "Ellen Marsh" in tags and "Rob Marsh" in tags, tags
    assert "Rob" not in tags, tags


# --- s10: names whole and once ---------------------------------------------------------

def test_accent_variants_of_one_name_are_one_topic() -> None:
    text = (
        "Four Swedish police officers on holiday in New York restrained a man who attacked a subway passenger. "
        "Erik Näslund said the officers acted on instinct when the fight broke out. "
        "\"We just did what we are trained to do,\" Erik Naslund told reporters. "
        "Näslund and his colleague Markus Berg said they were glad nobody was hurt."
    )
    tags = tags_of(text)
    assert len({"Erik Näslund", "Erik Naslund"} & set(tags)) == 1, tags
    # (kept: two people of the one story)
    assert "Markus Berg" in tags, tags


def test_given_names_the_tagger_left_off_belong_to_the_name() -> None:
    text = (
        "A man accused of the manslaughter of a toddler has been granted bail, a court has heard. "
        "Christopher Arthur Neville Kent, 44, appeared in Townsville Magistrates Court on Tuesday charged "
        "with manslaughter. Kent's lawyer told the court his client would live with his sister. "
        "Magistrate Ann Brown granted Kent bail on strict conditions."
    )
    tags = tags_of(text)
    assert tags[0] == "Christopher Arthur Neville Kent", tags
    assert "Christopher" not in tags and "Neville Kent" not in tags, tags


def test_a_word_written_in_lower_case_elsewhere_is_no_given_name() -> None:
    text = (
        "The golf club has unveiled its menu for the champions' dinner. "
        "Mr Unpopular Reggie Fenwick can surely not have upset anyone with his choice of food. "
        "Reggie Fenwick was recently voted the most unpopular golfer on the tour. "
        "Fenwick said he had picked dishes from his childhood."
    )
    tags = tags_of(text)
    assert "Reggie Fenwick" in tags and not any("Unpopular" in t for t in tags), tags


def test_an_untagged_name_the_story_keeps_to_is_a_topic() -> None:
    # The tagger missed both: a body named in full twice, a person named in the lead and
    # then by the surname.
    body = tags_of(
        "The English Collective of Prostitutes says more students are turning to sex work to pay their fees. "
        "The group said calls from students had doubled in a year. "
        "A spokeswoman for the English Collective of Prostitutes said students were being pushed into the "
        "industry by debt. The National Union of Students said it was concerned."
    )
    assert body[0] == "English Collective of Prostitutes", body
    person = tags_of(
        "Shay Given will keep his place in the Aston Villa goal for the FA Cup semi-final against Liverpool, "
        "manager Tim Sherwood has confirmed. Given, 38, has impressed since replacing Brad Guzan in the cup run. "
        "Sherwood said Given had earned the right to start. \"Shay has been brilliant,\" Sherwood said. "
        "Guzan will return for the league match against Arsenal next week."
    )
    assert person[0] == "Shay Given", person
    assert "Tim Sherwood" in person, person
    # (kept out: a run the story writes only as a caption's label, before a colon)
    label = tags_of(
        "Harbour Board chairman Ann Cole said the new pier would open in May. "
        "Sunset Crowds: thousands watched the fireworks from the pier. "
        "Cole said the Harbour Board had paid for the pier. Sunset Crowds: the pier was packed again on Sunday."
    )
    assert not any("Sunset" in t for t in label), label


def test_a_caption_label_run_into_a_name_is_cut_off() -> None:
    text = (
        "Police in the Peruvian city of Trujillo were called after a cleaner found what he thought was a body "
        "in a cardboard box in Trujillo Wrapped: the remains were tied with rope. "
        "The cleaner, Pedro Ruiz, said he thought he had found a murder victim in Trujillo. "
        "Archaeologists from the Ministry of Culture said the remains were at least 500 years old."
    )
    tags = tags_of(text)
    assert "Trujillo" in tags and not any("Wrapped" in t for t in tags), tags


def test_a_club_and_its_nickname_are_one_topic() -> None:
    text = (
        "Newcastle manager John Carver has hit back at Michael Owen after the former striker criticised his team. "
        "The Magpies have lost six Premier League games in a row and face Swansea on Saturday. "
        "Carver said Owen had never been to a training session. The Magpies will set a club record if they "
        "lose to Swansea. Newcastle are 14th in the table."
    )
    tags = tags_of(text)
    assert "Magpies" not in tags and "Newcastle" in tags[:2], tags
    # (kept: a nickname that several clubs share, with none of them named, stays as written)
    from copydesk.nlp.salience import _club_nicknames, _Topic
    topics = [_Topic("ORG", ["Blues"], 0.5, {0, 1}, 0), _Topic("ORG", ["Chelsea"], 0.5, {0}, 0),
              _Topic("ORG", ["Everton"], 0.5, {2}, 2)]
    _club_nicknames(topics)
    assert len(topics) == 3


def test_a_lead_phrase_the_story_then_names_by_its_head_is_the_subject() -> None:
    text = (
        "A couple are fighting in court over stored donor kidneys after their firm collapsed. "
        "Dana Holt said the kidneys had been promised to patients in Ohio. "
        "Her former partner, Luis Ortega, wants the kidneys sold to a private clinic. "
        "The kidneys are kept at a hospital in Dayton. Holt said she would appeal."
    )
    spans = parse(story_from_text(
        "Doctors say patients with advanced cervical cancer will get a new drug. "
        "The cancer kills hundreds of women a year. The drug slows the cancer. "
        "Roche said the cancer drug would be available in May."), today=date(2025, 11, 3)).spans
    from copydesk.nlp.salience import subject_phrases
    assert subject_phrases(spans) == ("cervical cancer",), subject_phrases(spans)
    # (kept out: a thing that is no subject, however often its head recurs: "kidney" is no illness)
    assert not any("Kidneys" in t for t in tags_of(text)), tags_of(text)
    # (nor a body: "the state government ... the government")
    spans = parse(story_from_text(
        "The state government has closed three schools in the valley. The government said the schools were unsafe. "
        "Parents asked the government to reopen them. The government will decide next week."),
        today=date(2025, 11, 3)).spans
    assert subject_phrases(spans) == (), subject_phrases(spans)


def test_the_subject_of_the_lead_comes_first() -> None:
    text = (
        "The Harbour Board has approved a new ferry terminal after a long row with Mayor Tom Rudd. "
        "Rudd had opposed the terminal for two years. Rudd said the terminal would bring traffic to the old town. "
        "Rudd said he would keep fighting. The Harbour Board said work would begin in March."
    )
    tags = tags_of(text)
    assert tags[:2] == ("Harbour Board", "Tom Rudd"), tags
    # (kept: a lead whose subject is no name leaves the ranking as it was)
    text = (
        "A new ferry terminal will open in March after a long row. Mayor Tom Rudd had opposed the terminal. "
        "Rudd said the terminal would bring traffic. Rudd said he would keep fighting. "
        "The Harbour Board said work would begin soon."
    )
    assert tags_of(text)[0] == "Tom Rudd", tags_of(text)


def test_a_surname_tagged_as_a_body_takes_the_given_name_the_story_writes_before_it() -> None:
    from copydesk.nlp.salience import _Topic, _untagged_given_names
    spans = parse(story_from_text(
        "The manager has warned Darnell Quarry and Tom Hale about their conduct. "
        "Quarry was pictured at a party on Monday. The manager spoke to Quarry on Thursday. "
        "Quarry will play on Sunday."), today=date(2025, 11, 3)).spans
    topics = [_Topic("ORG", ["Quarry"], 0.5, {0, 1, 2, 3}, 0)]
    _untagged_given_names(topics, spans)
    assert topics[0].forms[0] == "Darnell Quarry" and topics[0].kind == "PERSON", topics[0]
    # (kept: a place's name after a capitalised word is no person's: "Nutrition Australia")
    places = [_Topic("PLACE", ["Quarry"], 0.5, {0, 1, 2, 3}, 0)]
    _untagged_given_names(places, spans)
    assert places[0].forms == ["Quarry"]


def test_the_illness_someone_is_diagnosed_with_or_hospitalised_for_is_a_topic() -> None:
    from copydesk.nlp.salience import charged_offences
    spans = parse(story_from_text(
        "A Norwegian sailor is responding well to treatment after being diagnosed with cholera. "
        "Health officials said the risk to the public was low."), today=date(2025, 11, 3)).spans
    assert charged_offences(spans) == ("cholera",), charged_offences(spans)
    spans = parse(story_from_text(
        "The singer was hospitalised for dehydration on Monday. She said she was feeling better."),
        today=date(2025, 11, 3)).spans
    assert charged_offences(spans) == ("dehydration",), charged_offences(spans)
    # (kept out: a hospital stay for no named illness)
    spans = parse(story_from_text("The singer was hospitalised for two days. She said she was feeling better."),
                  today=date(2025, 11, 3)).spans
    assert charged_offences(spans) == (), charged_offences(spans)


def test_a_party_the_tagger_took_for_a_people_is_a_topic() -> None:
    text = (
        "Three more political parties have vowed to teach first aid in schools, backing a campaign by the "
        "Harbour Times. Labour, the Liberal Democrats and the Green Party said they would make lessons "
        "compulsory. Labour's education spokesman said the plan would save lives. Labour will publish its plans "
        "next week. The Liberal Democrats first backed the campaign in March. Education Secretary Ann Morgan "
        "said schools should not be forced to teach it, and the Liberal Democrats disagreed."
    )
    tags = tags_of(text)
    assert "Liberal Democrats" in tags and "Labour" in tags, tags
    # (kept out: a people, "the Swiss", is no party)
    text = (
        "The Swiss have voted to keep their army. The Swiss turned out in large numbers. "
        "Anna Keller said the Swiss had spoken. Keller leads the army's reform group."
    )
    assert "Swiss" not in tags_of(text), tags_of(text)


def test_a_caption_description_is_no_part_of_a_name() -> None:
    from copydesk.nlp.salience import _clean_topic_name
    assert _clean_topic_name("Adult Pongo abelii", "ORG") == "Pongo"
    assert _clean_topic_name("Female Gorilla", "PLACE") == "Gorilla"
    # (kept: a person's or a title's own first word)
    assert _clean_topic_name("Adult Swim", "WORK_OF_ART") == "Adult Swim"


def test_a_river_the_story_names_by_its_name_alone_is_one_topic() -> None:
    from copydesk.nlp.salience import _merge_topics, _Topic
    texts = ["The canoe was swept into the Bellamy River on Sunday.",
             "The party was hit by a swell before the junction with the Bellamy.",
             "Rescuers searched the Bellamy River for two days."]
    topics = [_Topic("PLACE", ["Bellamy River"], 0.5, {0, 2}, 0), _Topic("ORG", ["Bellamy"], 0.5, {1}, 1)]
    merged = _merge_topics(topics, texts)
    assert [t.forms[0] for t in merged] == ["Bellamy River"], [t.forms for t in merged]
    # (kept: a town of the name, never "the Bellamy", is another place)
    texts = ["The canoe was swept into the Bellamy River on Sunday.", "The party set out from Bellamy at dawn."]
    topics = [_Topic("PLACE", ["Bellamy River"], 0.5, {0}, 0), _Topic("PLACE", ["Bellamy"], 0.5, {1}, 1)]
    assert len(_merge_topics(topics, texts)) == 2


def test_a_person_who_acts_outranks_a_setting_named_as_often() -> None:
    text = (
        "Flooding has closed roads across Marlow County. Jan Ostrowski was trapped in her car in Marlow County "
        "for six hours. Ms Ostrowski said the water rose quickly. Roads in Marlow County will stay closed until "
        "Friday."
    )
    assert tags_of(text) == ("Jan Ostrowski", "Marlow County"), tags_of(text)


def test_a_surname_the_tagger_took_once_for_a_body_is_still_the_person() -> None:
    from copydesk.nlp.salience import _read_story, _Topic
    spans = parse(story_from_text(
        "Flooding has closed roads across Marlow County. Jan Ostrowski was trapped in her car in Marlow County "
        "for six hours. Ostrowski said the water rose quickly."), today=date(2025, 11, 3)).spans
    person = _Topic("PERSON", ["Jan Ostrowski"], 0.5, {1, 2}, 1)
    _read_story([person, _Topic("PLACE", ["Marlow County"], 0.5, {0, 1}, 0)], spans)
    assert set(person.weights) == {1, 2}, person.weights


def test_given_names_are_found_for_every_person_whatever_the_order_of_the_topics() -> None:
    from copydesk.nlp import salience as S

    parsed = parse(story_from_text(
        "Kelby council has approved a new bridge. Mary Ann Jones met Tom Paul Smith at the council hearing. "
        "Jones said the bridge would open in May, and Smith agreed."))

    def person(form: str) -> Any:
        return S._Topic(kind="PERSON", forms=[form], salience=0.5, sentences={1}, first=1)

    for order in (["Mary", "Ann Jones", "Paul Smith"], ["Ann Jones", "Paul Smith", "Mary"]):
        out = S._full_given_names([person(f) for f in order], list(parsed.spans))
        assert sorted(t.forms[0] for t in out) == ["Mary Ann Jones", "Tom Paul Smith"], (order, out)


def test_a_nickname_is_a_club_only_in_a_football_story() -> None:
    from copydesk.nlp.salience import _club_nicknames, _Topic

    def topics() -> list[Any]:
        return [_Topic("ORG", ["the Royals"], 0.5, {1}, 1), _Topic("PLACE", ["Reading"], 0.5, {0}, 0)]

    royal = ["Crowds gathered in Reading on Sunday to greet Kate Middleton.",
             "The Royals waved to well-wishers outside the town hall."]
    kept = topics()
    _club_nicknames(kept, royal)
    assert len(kept) == 2 and kept[1].kind == "PLACE", kept
    club = ["Reading have sacked their manager after a run of six league defeats.",
            "The Royals are bottom of the Championship."]
    merged = topics()
    _club_nicknames(merged, club)
    assert len(merged) == 1 and merged[0].kind == "ORG", merged


# --- issue 11: each thing once, no title inside a name --------------------------------


def test_title_inside_a_name_goes() -> None:
    # NER runs the description and the title into the name ("State Greens MP Jenny Walsh").
    tags = tags_of(
        "State Greens MP Jenny Walsh says the ALP lost support by backing the logging deal in 2004. "
        "Ms Walsh said Labor had ignored its own members. \"They did not listen to anyone,\" she said. "
        "The ALP state conference meets next month."
    )
    assert "Jenny Walsh" in tags
    assert not any("MP" in t.split() or t.startswith("State") for t in tags)


def test_party_acronym_and_its_one_word_name_are_one_topic() -> None:
    # "ALP" and "Labor": the Australian Labor Party, never spelled out.
    tags = tags_of(
        "State Greens MP Jenny Walsh says the ALP lost support by backing the logging deal in 2004. "
        "Ms Walsh said Labor had ignored its own members. \"They did not listen to anyone,\" she said. "
        "The ALP state conference meets next month."
    )
    assert len([t for t in tags if t in {"ALP", "Labor"}]) == 1


def test_party_acronym_ending_in_p_takes_no_company_of_its_letter() -> None:
    # "GOP" and "Oracle": a party's acronym merges only with a party's word (or when the story writes "Party").
    tags = tags_of(
        "The GOP has blocked a bill to regulate large social media companies. Oracle lobbied against the bill, "
        "records show. Oracle spent $9 million on lobbying this year. GOP leaders said the bill would hurt growth. "
        "The GOP controls the Senate. Oracle declined to comment."
    )
    assert "GOP" in tags and "Oracle" in tags, tags
    tags = tags_of(  # (kept: "ALP" and "Labor", a party's word)
        "The ALP has blocked a bill to regulate big technology companies. Labor MPs said the bill was rushed. "
        "Labor leaders said the bill would hurt innovation. The ALP controls the Senate."
    )
    assert len([t for t in tags if t in {"ALP", "Labor"}]) == 1, tags


def test_party_acronym_keeps_another_party() -> None:
    tags = tags_of(
        "The ALP has lost ground to the Greens in inner-city seats, a new poll shows. The Greens gained "
        "four points since March. ALP strategists said the poll was a warning. The Greens leader, Sarah "
        "Hanson-Young, said voters wanted action on climate."
    )
    assert "ALP" in tags and "Greens" in tags


def test_place_inside_a_longer_named_place_is_one_topic() -> None:
    tags = tags_of(
        "Three detainees at the Maribyrnong Detention Centre have staged a hunger strike, the Immigration "
        "Department says. Guards found the men on the roof at Maribyrnong early today. Lawyers visited "
        "Maribyrnong in the afternoon. The Immigration Minister, Kevin Andrews, said the protest would "
        "not change any decision."
    )
    assert "Maribyrnong Detention Centre" in tags
    assert "Maribyrnong" not in tags
    assert len(tags) >= 3  # (the list takes the next name instead)


def test_place_named_alone_stays() -> None:
    tags = tags_of(
        "Six residents of Lakemba have been charged over a brawl, police say. The fight began outside a "
        "Lakemba mosque on Friday. Police said Lakemba had been calm since."
    )
    assert "Lakemba" in tags


def test_two_places_run_together_are_not_a_third() -> None:
    tags = tags_of(
        "Israeli soldiers have shot dead two Palestinian gunmen near the Jewish settlements of Neve Dekalim "
        "and Gadid, army sources said. The gunmen had opened fire on a patrol outside Neve Dekalim. Last "
        "month a settler was killed in Neve Dekalim. Islamic Jihad said the men were its members."
    )
    assert "Neve Dekalim" in tags
    assert not any(" and " in t for t in tags)


def test_country_short_form_inside_a_body_name_is_one_topic() -> None:
    # "US" beside "United States Congress" ("US Congress"): one thing listed twice.
    tags = tags_of(
        "Trade Minister Mark Vaile has failed to win changes to the US steel tariffs. Mr Vaile met members "
        "of the United States Congress in Washington. He said Australian exporters would lose sales. The "
        "US Congress votes on the bill next week."
    )
    assert "Mark Vaile" in tags
    assert len([t for t in tags if "Congress" in t]) == 1
    assert "US" not in tags and "United States" not in tags


def test_the_body_a_people_names_as_the_leads_actor_is_a_topic() -> None:
    # "The Israeli army has killed …": NER tags only the people; the army that acted was missing.
    tags = tags_of(
        "The Israeli army has shot dead two Palestinian gunmen near the settlement of Neve Dekalim, "
        "witnesses said. The gunmen had opened fire on a patrol. Islamic Jihad said the men were its "
        "members. Islamic Jihad vowed revenge."
    )
    assert tags[0] == "Israeli Army", tags
    # (not beside the country the story names: "Japan" already says whose police)
    tags = tags_of(
        "Japanese police have arrested a man over a knife attack at a Tokyo station. Japan has strict "
        "laws on carrying blades. Japan's prime minister condemned the attack. Police said the man had a "
        "history of mental illness."
    )
    assert "Japan" in tags and not any("Police" in t for t in tags), tags


def test_a_given_name_the_tagger_left_out_after_a_role_completes_the_name() -> None:
    # "defender Per Larsen": NER tagged only "Larsen"; the lead names him in full.
    tags = tags_of(
        "Arsenal defender Per Larsen has tipped compatriot Thomas Berg to make his mark in England. "
        "Speaking on Sunday Larsen said Berg would need time to settle. Larsen played alongside Berg "
        "for Denmark. Berg has yet to decide on his future."
    )
    assert "Per Larsen" in tags and "Larsen" not in tags, tags
    # (a weekday before the surname is no given name: "on Sunday Larsen said")
    tags = tags_of(
        "Speaking on Sunday Larsen said Thomas Berg would need time to settle in England. Larsen played "
        "alongside Berg for Denmark. Larsen said Berg had yet to decide on his future."
    )
    assert "Sunday Larsen" not in tags and "Larsen" in tags, tags


def test_the_opposition_and_cabinet_alone_are_no_topics() -> None:
    # (generic words for a body: which opposition, whose cabinet?)
    tags = tags_of(
        "The Opposition says the budget cuts will hurt regional hospitals in Victoria. Opposition health "
        "spokeswoman Jan Ryder said three wards would close. Cabinet approved the cuts on Monday, Treasurer "
        "Tom Hale said. The Opposition will move amendments in Parliament. Cabinet will meet again next week."
    )
    assert "Opposition" not in tags and "Cabinet" not in tags, tags
    assert not any(t.startswith("Treasurer") for t in tags), tags
    assert "Jan Ryder" in tags


def test_a_name_cut_before_its_noun_on_a_faith_is_no_topic() -> None:
    # "a Ballarat Catholic school": NER's "Ballarat Catholic" is a name cut before its noun.
    tags = tags_of(
        "The state's education minister will release a report into bullying at a Ballarat Catholic school. "
        "Education Minister Kate Lyons said the report would be made public on Friday. Ms Lyons said "
        "parents at the Ballarat Catholic school had been told. Victoria has ordered a review of all schools."
    )
    assert not any(t.endswith("Catholic") for t in tags), tags
    assert "Kate Lyons" in tags


def test_six_topics_at_most_and_the_subject_stays() -> None:
    names = ["Anna Reid", "Tom Hale", "Jan Ryder", "Kate Lyons", "Paul Dean", "Mark Vale", "Sue Bright"]
    lines = [f"{n} said the terrorism charges were serious, {n} told reporters on Monday." for n in names]
    tags = tags_of(" ".join(lines * 2))
    assert 3 <= len(tags) <= 6, tags
    assert tags[-1] == "Terrorism", tags  # (the names go, not the subject)


def test_the_leads_body_is_not_listed_beside_its_country() -> None:
    # "Chinese Government" beside "China" (and "French Army" beside "France"): one thing twice.
    tags = tags_of(
        "The Chinese government has banned the sale of lithium batteries to Vietnam. China makes most of the "
        "region's batteries. Vietnam said the ban would hurt its car factories. Hanoi has asked regional leaders "
        "to step in. China said the ban was needed to protect supplies."
    )
    assert "China" in tags and not any(t.startswith("Chinese") for t in tags), tags
    tags = tags_of(
        "The French army has pulled its last soldiers out of Chad. France first sent troops to Chad in 2008. "
        "The withdrawal ends a long mission. Chad's rulers had asked France to leave."
    )
    assert not any(t.startswith("French") for t in tags), tags
