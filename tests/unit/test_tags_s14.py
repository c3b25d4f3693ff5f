"""Topics, session 14: the names the news is about, not the yardsticks, asides and
fragments around it (invented stories, one rule each)."""

from __future__ import annotations

from datetime import date

import pytest

from copydesk.ingest import story_from_text
from copydesk.nlp import analyse, salience
from copydesk.nlp.parser import load_pipeline
from copydesk.nlp.salience import _clean_topic_name, _describes_person, _never_alone


def tags_of(text: str) -> tuple[str, ...]:
    return analyse(story_from_text(text), today=date(2025, 11, 3)).tags


def lowered(tags: tuple[str, ...]) -> list[str]:
    return [t.lower() for t in tags]


# --- a place named only as a yardstick is no topic -----------------------------------

YARDSTICK_STORY = (
    "More than 40,000 people, a population about the size of Bangor, Maine, have been "
    "displaced by flooding in Bangladesh. The Red Cross said shelters in Bangladesh were full. "
    "The Red Cross has asked donors for 20 million dollars. Aid workers in Bangladesh say the "
    "water is still rising."
)


def test_a_place_named_only_as_a_yardstick_is_no_topic() -> None:
    tags = lowered(tags_of(YARDSTICK_STORY))
    assert "bangladesh" in tags
    assert not any("bangor" in t or "maine" in t for t in tags)


def test_a_place_in_the_news_is_kept_beside_a_yardstick() -> None:
    story = (
        "Officials in Bangor, Maine, say a flood has closed the town's bridge. An area the size "
        "of Wales was under water. Bangor police said the bridge would stay closed. Residents "
        "of Bangor were told to stay home."
    )
    tags = lowered(tags_of(story))
    assert "bangor" in tags
    assert "wales" not in tags


# --- an illness named after its finder is no person ----------------------------------

def test_an_eponymous_illness_is_not_the_person() -> None:
    story = (
        "A seven-year-old girl from Leeds has been given the all-clear from Burkitt's lymphoma. "
        "Doctors at St James's Hospital said Burkitt's lymphoma was rare in children. Her mother "
        "Sarah Lane said the family was overjoyed. St James's Hospital said the girl would go home "
        "on Friday."
    )
    tags = lowered(tags_of(story))
    assert "burkitt" not in tags


# --- a body's report run onto its name ----------------------------------------------

def test_a_bodys_report_is_the_body() -> None:
    assert _clean_topic_name("World Health Organization Report", "ORG") == "World Health Organization"
    assert _clean_topic_name("Environment Agency Statement", "ORG") == "Environment Agency"
    # a name that only ends on such a word keeps it
    assert _clean_topic_name("Drudge Report", "ORG") == "Drudge Report"
    assert _clean_topic_name("Public Health Report", "ORG") == "Public Health Report"


def test_a_body_that_runs_on_into_its_report_still_stands_alone() -> None:
    story = "The latest World Health Organization Report said cases fell."
    assert not _never_alone("World Health Organization", story)
    assert _never_alone("Valentine", "On Valentine's Day the shop was full.")


def test_a_bodys_undefined_initials_are_its_mentions() -> None:
    story = (
        "Over the last year more than 25,000 people have caught measles in Chad. The latest "
        "World Health Organization Report confirmed 30 new cases of measles in Chad. WHO teams "
        "in Chad are running a vaccination drive. Measles cases in Chad have fallen since March, "
        "the latest WHO report said."
    )
    tags = lowered(tags_of(story))
    assert "world health organization" in tags
    assert "world health organization report" not in tags


# --- a bare illness named once in an aside is no subject ------------------------------

def test_an_illness_named_once_in_an_aside_is_no_topic() -> None:
    story = (
        "Around 2,000 fans have gathered in Memphis for a vigil for the singer Carl Dobbs. "
        "The mayor of Memphis, Jane Ortez, said the city had lost a son. Dobbs, who died of cancer "
        "last week at 71, recorded 30 albums. Fans sang his songs in Memphis until midnight."
    )
    tags = lowered(tags_of(story))
    assert "carl dobbs" in tags
    assert "cancer" not in tags


def test_an_illness_the_lead_names_stays() -> None:
    story = (
        "The singer Carl Dobbs has died of cancer at the age of 71. Dobbs recorded 30 albums in "
        "Memphis. His manager, Jane Ortez, said he had been ill for a year. Fans gathered in "
        "Memphis on Sunday night."
    )
    assert "cancer" in lowered(tags_of(story))


# --- a place that says what kind of star someone is -----------------------------------

def test_a_place_describing_a_celebrity_only_says_who_she_is() -> None:
    nlp = load_pipeline()
    doc = nlp("The singer says the Hollywood actress stole her dog. A Dayton woman found it.")
    hollywood = next(t for t in doc if t.text == "Hollywood")
    dayton = next(t for t in doc if t.text == "Dayton")
    assert _describes_person(hollywood, place=True)
    # (a place before "woman" is where the news happens)
    assert not _describes_person(dayton, place=True)


# --- the answer of the other side -----------------------------------------------------

def test_a_person_whose_office_answers_is_a_topic() -> None:
    story = (
        "Greenland has rejected Danish minister Lars Holm's bid to visit Nuuk for the national day. "
        "\"The cabinet made its decision because Holm has ignored our requests and insulted our "
        "fishermen,\" a statement from Prime Minister Aaja Berthelsen's office said. Earlier, Mr Holm "
        "said he would sail to Nuuk if he had to. Mr Holm's statement comes as fishermen in "
        "Ilulissat held a protest over quotas. The protest in Ilulissat was peaceful. This has been "
        "a hard week for Lars Holm: he lost a vote in Copenhagen on fishing quotas. Another party, "
        "Venstre, may follow. But the key to all this is Greenland's reaction. If Greenland relents, "
        "Lars Holm will have something to show for his efforts."
    )
    tags = lowered(tags_of(story))
    assert "lars holm" in tags
    assert "aaja berthelsen" in tags


# --- the lead's place survives a long list -------------------------------------------

def test_the_leads_place_comes_before_minor_names() -> None:
    story = (
        "Legal euthanasia in Tasmania is one step closer with the lower house voting to change the "
        "law. After a long debate, the House of Assembly passed a private bill by 15 votes to "
        "eight. Speaker Michael Polley declared the result at 5am. Deputy Premier Paul Lennon, "
        "Police Minister David Llewellyn and backbencher Steven Kons abstained from voting. "
        "The Legislative Council will debate the bill today. Euthanasia campaigners welcomed the "
        "vote. Euthanasia opponents said they would lobby the upper house."
    )
    tags = tags_of(story)
    assert "Tasmania" in tags
    assert tags.index("Tasmania") < 4


# --- a routine vote is no subject -----------------------------------------------------

def test_a_routine_election_is_no_subject() -> None:
    story = (
        "The Green Party has promised free bus travel for pensioners if it wins the general "
        "election. Party leader Tom Reyes said the general election was a chance to change "
        "transport. The Green Party will publish its manifesto on Monday. Reyes said bus fares "
        "had doubled in ten years."
    )
    tags = lowered(tags_of(story))
    assert "general election" not in tags
    assert "green party" in tags


# --- a fourth name is no fragment of a listed one -------------------------------------

def test_a_fourth_name_ending_on_a_listed_given_name_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    kinds = {"George Harrison": "PERSON", "Gerry Scott": "PERSON", "Liverpool": "PLACE",
             "Beatle George": "PERSON", "Elsie Mayfield": "PERSON"}
    monkeypatch.setattr(salience, "_entity_topics", lambda entities, spans: (
        ["George Harrison", "Gerry Scott", "Liverpool"], [], ["Beatle George", "Elsie Mayfield"], dict(kinds)))
    tags = salience.make_tags([], [])
    assert "Beatle George" not in tags  # ("former Beatle George Harrison ... losing George")
    assert tags == ("George Harrison", "Gerry Scott", "Liverpool", "Elsie Mayfield")


# --- a country that only ranks something, or is one of a long list ---------------------

def test_a_country_that_only_ranks_or_is_listed_counts_less() -> None:
    nlp = load_pipeline()
    doc = nlp("He became one of Britain's greatest fighter pilots. Troops came from Britain, Canada, "
              "New Zealand and India. Britain's government said the plan had failed.")
    ranked, listed, governing = (t for t in doc if t.text == "Britain")
    assert salience._ranks_in(ranked)
    assert salience._listed_among(listed)
    assert not salience._ranks_in(governing) and not salience._listed_among(governing)
    # (a place and its state are no list: "Dayton, Ohio")
    pair = nlp("The fire was in Dayton, Ohio, on Monday.")
    dayton = next(t for t in pair if t.text == "Dayton")
    assert not salience._listed_among(dayton)
