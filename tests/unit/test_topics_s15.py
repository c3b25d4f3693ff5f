"""Topics, session 15: names written whole, an offence named as a noun, and no subject
area the story only names as a campaign's target or in a speaker's words (invented
stories, one rule each)."""

from __future__ import annotations

from datetime import date

from copydesk.ingest import story_from_text
from copydesk.nlp import analyse


def tags_of(text: str) -> tuple[str, ...]:
    return analyse(story_from_text(text), today=date(2025, 11, 3)).tags


def lowered(tags: tuple[str, ...]) -> list[str]:
    return [t.lower() for t in tags]


def test_a_knight_is_listed_by_his_whole_name() -> None:
    tags = tags_of(
        "The new Prime Minister of the Solomon Islands, Sir Allan Kemakeza, has told his people that there are "
        "tough times ahead. Sir Allan says the economy is close to collapse. Sir Allan heads up a coalition of "
        "five parties. Sir Allan is putting together a cabinet this week.")
    assert "Sir Allan Kemakeza" in tags
    assert "Sir Allan" not in tags


def test_a_body_is_listed_by_the_whole_name_the_story_gives() -> None:
    tags = tags_of(
        "A Drexel professor is under investigation after she appeared on a television quiz show. "
        "Lisa Marsh, a Drexel law professor, won $50,000 on the show. Drexel University said it was reviewing "
        "her leave. A spokesman for Drexel University declined to comment. Lisa Marsh has taught there for ten years.")
    assert "Drexel University" in tags
    assert "Drexel" not in tags


def test_an_offence_is_named_by_its_noun_not_a_gerund() -> None:
    tags = lowered(tags_of(
        "A taxi driver has been arrested in Jaipur after being accused of molesting a British tourist. "
        "The driver, Salim Khan, was charged with assaulting the woman on Saturday. "
        "Police in Jaipur said Salim Khan would appear in court on Monday."))
    assert "assaulting" not in tags
    assert "assault" in tags


def test_a_campaigns_target_and_a_speakers_word_are_no_subject() -> None:
    tags = lowered(tags_of(
        "US President George Bush has marked the 100th day of the campaign against terrorism by freezing the "
        "assets of two groups. One of the groups is based in Kashmir, the other helped Al Qaeda. "
        "\"The group is a stateless sponsor of terrorism,\" Mr Bush said. Mr Bush says the crackdown "
        "has frozen $130 million in assets."))
    assert "terrorism" not in tags
    assert "george bush" in tags


def test_a_subject_area_the_story_itself_names_stays() -> None:
    tags = lowered(tags_of(
        "Parliament has passed new laws against terrorism after a long debate. Terrorism suspects can now be "
        "held for seven days without charge. The Attorney-General said the laws on terrorism were needed. "
        "Civil liberties groups say terrorism laws already give police enough power."))
    assert "terrorism" in tags
