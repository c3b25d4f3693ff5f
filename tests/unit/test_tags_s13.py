"""Topics: the faults a blind read found in the topic lists (session 13).

A name split in pieces, the central person or body missing, a byline's contributors,
a bare first name or an honorific for a relative, a bare surname. Every story here is
invented.
"""

from __future__ import annotations

from datetime import date

from copydesk.ingest import story_from_text
from copydesk.model import Entity
from copydesk.nlp import analyse
from copydesk.nlp.salience import make_tags


def tags_of(text: str) -> tuple[str, ...]:
    return analyse(story_from_text(text), today=date(2025, 11, 3)).tags


def entity(name: str, kind: str, sentences: int, *, title: str | None = None, salience: float = 0.5) -> Entity:
    return Entity(id=f"e{abs(hash(name)) % 1000}", kind=kind, name=name, title=title, aliases=(),
                  mentions=tuple(f"s{i + 1}" for i in range(sentences)), salience=salience)


RESCUE = (
    "A kayaker was rescued on Sunday after being swept over the spillway of the Harlan P. Moore Dam "
    "and Reservoir in Ohio. Rescuers pulled the man from the water below the Harlan P. Moore Dam after "
    "a two-hour search. The man, identified as Tomas Brandvik, 34, was taken to hospital with a broken "
    "leg. \"He is lucky to be alive,\" fire chief Dan Ortez said. Officials said the reservoir had been "
    "closed to boats since Friday because of high water. CNN's Elaine Rusk and Peter Vanholt contributed "
    "to this report."
)


# --- a byline is no topic -------------------------------------------------------------

def test_contributors_of_a_byline_are_not_topics() -> None:
    tags = tags_of(RESCUE)
    assert "Elaine Rusk" not in tags and "Peter Vanholt" not in tags, tags


def test_a_person_named_in_the_story_and_the_byline_stays() -> None:
    text = (
        "Mayor Rosa Inglet opened the new bridge over the Tarn River on Monday. Inglet said the bridge "
        "would cut journeys by half. Engineers said the bridge had cost $40 million. Rosa Inglet "
        "contributed to this report in her column for the town newsletter, she said."
    )
    assert "Rosa Inglet" in tags_of(text)


# --- a name in pieces is one name -----------------------------------------------------

def test_a_place_with_a_second_head_is_one_topic() -> None:
    tags = tags_of(RESCUE)
    assert "Harlan P. Moore Dam and Reservoir" in tags, tags
    assert "Reservoir" not in tags


def test_a_title_after_its_colon_is_one_topic() -> None:
    text = (
        "Alex Gibney's documentary Going Clear: Scientology and the Prison of Belief has drawn a furious "
        "response from the Church of Scientology. The church called the film one-sided propaganda. Gibney "
        "said the Church of Scientology had refused to take part. The film premieres on HBO on Sunday."
    )
    tags = tags_of(text)
    assert "Going Clear: Scientology and the Prison of Belief" in tags, tags
    assert "Church of Scientology" in tags
    assert not any(t in {"Going Clear: Scientology", "Prison of Belief"} for t in tags)


def test_a_caption_label_is_no_title() -> None:
    # "Tragic:" opens a caption: the two people after it stay two topics.
    text = (
        "Tragic: Jane Smith and Tom Brown were killed when their car hit a tree on the A40 near Oxford. "
        "Police said the driver lost control on a bend. Smith, 24, and Brown, 26, had been engaged. "
        "Thames Valley Police appealed for witnesses."
    )
    tags = tags_of(text)
    assert "Jane Smith" in tags and "Tom Brown" in tags, tags


def test_a_body_and_the_person_after_it_are_two_topics() -> None:
    # The tagger reads "the United Nations Samantha Power" as one body.
    text = (
        "The United Nations Security Council on Friday condemned a missile test by North Korea. U.S. "
        "Ambassador to the United Nations Samantha Power said the launch was a clear violation of council "
        "resolutions. \"This is a provocation that the world cannot ignore,\" Power told reporters. China's "
        "envoy called for calm. The U.S. has pushed for tougher sanctions on Pyongyang."
    )
    tags = tags_of(text)
    assert "Samantha Power" in tags, tags
    assert not any("Nations Samantha" in t for t in tags)


def test_a_name_with_an_arabic_article_keeps_it() -> None:
    text = (
        "U.S. officials said on Tuesday that a drone strike in Yemen had killed a senior al Qaeda commander. "
        "The strike hit a vehicle near the town of Mukalla, the officials said. Yemen's government confirmed "
        "the death of Nasser al-Ansi. U.S. forces have carried out dozens of such strikes."
    )
    tags = tags_of(text)
    assert "Qaeda" not in tags, tags
    assert "Nasser al-Ansi" in tags  # (whose death the story reports)


# --- the central person or body ---------------------------------------------------------

def test_the_person_the_story_identifies_is_a_topic() -> None:
    tags = tags_of(RESCUE)
    assert "Tomas Brandvik" in tags, tags


def test_a_body_whose_spokesman_answers_is_a_topic() -> None:
    text = (
        "Inmates at Hollowmoor prison staged a rooftop protest on Sunday over conditions at the jail, the "
        "Ministry of Justice said. Around 40 prisoners refused to return to their cells after a riot broke "
        "out on B wing. Officers from the National Tactical Response Group were called in to restore order. "
        "A Serco spokesman said the situation had been brought under control and no staff were injured. "
        "\"We will not tolerate violence in our prisons,\" said prisons minister Kate Lowe. The jail has "
        "been criticised by inspectors for overcrowding."
    )
    assert "Serco" in tags_of(text)


def test_a_name_given_with_an_age_is_a_person_in_full() -> None:
    # The tagger took "Julia" for a place and "Julia Church" for a body.
    text = (
        "A grandmother from Leeds who loves to party admits her lifestyle shocks her family. Pat Ingles, "
        "69, goes dancing every weekend. She has a partner in crime in her friend Julia Church, 67, who now "
        "lives in Menorca. Julia moved to the island with her husband. Julia said: 'We are not normal.' "
        "Pat Ingles said she would never slow down."
    )
    tags = tags_of(text)
    assert "Julia Church" in tags, tags
    assert "Julia" not in tags


# --- no bare first names, no relatives under an honorific ---------------------------------

FUNERAL = (
    "James Creag, 71, died on Monday after a fall at his home in Leeds, his family said. Mrs Creag said "
    "her husband had been a devoted father. His granddaughter Grace said he had taught her to fish. Creag "
    "had worked as a miner for 40 years. \"He was the best man I knew,\" said his son John. The funeral "
    "will be held on Friday."
)


def test_a_relative_named_by_a_first_name_is_no_topic() -> None:
    tags = tags_of(FUNERAL)
    assert "James Creag" in tags
    assert "Grace" not in tags and "John" not in tags, tags


def test_a_relative_named_in_full_stays() -> None:
    text = (
        "James Creag, 71, died on Monday after a fall at his home in Leeds. His son John Creag said he had "
        "been a devoted father. John Creag said the family would hold a memorial at Elland Road. Creag had "
        "worked as a miner for 40 years."
    )
    assert "John Creag" in tags_of(text)


def test_an_honorific_and_the_surname_of_a_person_named_in_full_is_no_topic() -> None:
    # (the tagger took "Mrs Creag" for a title, so the honorific stayed on the name)
    tags = make_tags([entity("James Creag", "PERSON", 4, salience=1.0),
                      entity("Mrs Creag", "WORK_OF_ART", 3, salience=0.8),
                      entity("Leeds", "PLACE", 1, salience=0.4)], [])
    assert "James Creag" in tags
    assert "Mrs Creag" not in tags, tags


def test_an_honorific_alone_stays_when_no_one_else_bears_the_name() -> None:
    tags = make_tags([entity("Mrs Okafor", "PERSON", 4, salience=1.0),
                      entity("Leeds", "PLACE", 2, salience=0.4)], [])
    assert any(t.endswith("Okafor") for t in tags), tags


def test_a_surname_only_takes_the_office_it_is_styled_by() -> None:
    text = (
        "President Bush said on Tuesday that the United States would not lift sanctions on Cuba. Mr Bush "
        "told reporters in Miami that the government in Havana had to free political prisoners first. Bush "
        "said the policy had the support of Congress. Cuban officials called the remarks an insult."
    )
    tags = tags_of(text)
    assert "President Bush" in tags, tags
    assert "Bush" not in tags


def test_a_title_is_not_added_beside_the_full_name() -> None:
    text = (
        "Pakistan's President Pervez Musharraf said on Sunday his troops would stay on the border. "
        "President Musharraf told reporters the army was ready. Musharraf said talks with India "
        "would continue. India said it welcomed the talks."
    )
    tags = tags_of(text)
    assert "Pervez Musharraf" in tags, tags
    assert "President Musharraf" not in tags


def test_a_person_the_story_calls_by_name_once_is_a_topic() -> None:
    text = (
        "Fire crews in Oregon battled a blaze at a lumber yard in Eugene for six hours on Tuesday. Fire chief "
        "Joe Harlan said the fire started in a storage shed. \"It spread very fast,\" Harlan said. Harlan said "
        "crews from Springfield and Lane County helped. A worker named Dario Fenn was treated for burns at "
        "Sacred Heart Medical Center. Mayor Lucy Vinis said the city would help the company rebuild. Vinis "
        "said the yard employed 80 people. Oregon State Police are investigating the cause."
    )
    assert "Dario Fenn" in tags_of(text)


def test_a_sports_broadcaster_told_is_no_topic() -> None:
    text = (
        "The agent of Manchester City midfielder Kofi Adomako says his client could leave the club this "
        "summer. Dmitri Selvin told Sky Sports that Adomako felt unappreciated at the Etihad Stadium. \"He is "
        "not happy, and we will look at offers,\" Selvin said. Selvin said Inter Milan and Paris Saint-Germain "
        "had both asked about the 31-year-old. City manager Manuel Pellegrini said he expected Adomako to "
        "stay. \"Kofi is an important player for us,\" Pellegrini said. Adomako has two years left on his "
        "contract."
    )
    tags = tags_of(text)
    assert "Kofi Adomako" in tags
    assert "Sky Sports" not in tags, tags


def test_the_head_of_a_name_is_its_short_form() -> None:
    text = (
        "Water levels at the Clearwater Dam and Reservoir in Ohio have fallen to a record low, the U.S. Army "
        "Corps of Engineers said on Monday. The Corps said the drought had cut the flow into the reservoir by "
        "half. Boat ramps at the reservoir have been closed. Local farmers said they had been told to expect "
        "restrictions. \"We have never seen it this low,\" said park ranger Eli Marsh. The U.S. Drought Monitor "
        "lists the region as in severe drought."
    )
    tags = tags_of(text)
    assert "U.S. Army Corps of Engineers" in tags, tags
    assert "Corps" not in tags
    assert "Clearwater Dam and Reservoir" in tags


def test_a_name_with_the_inside_is_one_topic() -> None:
    # The tagger made a person of "St Peter" and a body of "Apostle".
    text = (
        "Fire has damaged part of St Peter the Apostle cathedral in Boston, one of the city's oldest "
        "churches. Firefighters fought the blaze for four hours on Tuesday. Fire chief Ann Doyle said the "
        "roof had collapsed. Doyle said no one was hurt."
    )
    tags = tags_of(text)
    assert "St Peter the Apostle" in tags, tags
    assert "St Peter" not in tags and "Apostle" not in tags


def test_two_names_of_a_clause_are_not_joined() -> None:
    text = (
        "A spokesman told Reuters the Pentagon had approved the sale of missiles to Qatar. Reuters reported "
        "the deal was worth $2 billion. Qatar said it welcomed the decision. Officials in Doha said the "
        "missiles would arrive next year."
    )
    tags = tags_of(text)
    assert not any("Reuters the" in t for t in tags), tags


def test_washington_and_dc_are_one_place() -> None:
    text = (
        "A guard at a federal office in Washington was shot on Thursday. Police chased the gunman back into "
        "D.C. before arresting him. The guard was taken to a Washington hospital, police said. Officers "
        "found a rifle in the gunman's car in Northeast D.C."
    )
    tags = tags_of(text)
    assert not ("Washington" in tags and "D.C." in tags), tags


def test_a_royal_keeps_the_title_over_a_caption_splice() -> None:
    text = (
        "Princess Eugenie has been living in New York for a year. Princess Eugenie was spotted shopping in "
        "Manhattan on Monday. Eugenie wore a striped skirt from Topshop. The Duke of York invited the "
        "audience to sing to his daughter Princess Eugenie Sarah added: 'We all need choir practice.' "
        "Eugenie works for an auction house."
    )
    tags = tags_of(text)
    assert "Princess Eugenie" in tags, tags
    assert "Eugenie Sarah" not in tags


HONG_KONG = (
    "Police in Hong Kong arrested 12 people on Sunday after protesters blocked a main road in Mong Kok. The "
    "protesters were demanding free elections for the city's leader. Police said officers used pepper spray "
    "after they were attacked. Student leader Joshua Lam said the protests would continue."
)


def test_an_opening_byline_is_no_topic() -> None:
    tags = tags_of("By Nora Kettel and Jamal Osei, CNN Hong Kong (CNN) -- " + HONG_KONG)
    assert "Nora Kettel" not in tags and "Jamal Osei" not in tags, tags
    assert "Joshua Lam" in tags


def test_a_reported_from_line_is_no_topic() -> None:
    tags = tags_of(HONG_KONG + " CNN's Nora Kettel reported from Hong Kong, and Jamal Osei wrote from Atlanta.")
    assert "Nora Kettel" not in tags and "Jamal Osei" not in tags, tags


def test_a_report_in_the_news_is_no_credit_line() -> None:
    text = (
        "Police reported from the scene that two men had died in the fire at Harbour Mill. Fire chief Rhys "
        "Tamm said the mill had no alarms. Tamm said an inquiry would begin on Monday."
    )
    assert "Rhys Tamm" in tags_of(text)
