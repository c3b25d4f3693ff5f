"""One home for "who is this he/she" (issue 11): :func:`reference.gender` and
:func:`reference.person_behind`, which faq and takeaways both call. Invented sentences only."""

from __future__ import annotations

from datetime import date

from copydesk.generate import faq as F
from copydesk.generate import reference as R
from copydesk.generate import takeaways as T
from copydesk.ingest import story_from_text
from copydesk.model import Analysis, Entity
from copydesk.nlp.analyse import parse


def _analysis(text: str) -> Analysis:
    return parse(story_from_text(text), today=date(2025, 11, 3)).analysis


def _person(analysis: Analysis, name: str) -> Entity:
    return next(e for e in analysis.entities if e.kind == "PERSON" and e.name == name)


def _index(analysis: Analysis, start: str) -> int:
    return next(i for i, s in enumerate(analysis.sentences) if s.text.startswith(start))


def test_faq_and_takeaways_use_the_one_reference_reading() -> None:
    assert vars(F)["person_behind"] is R.person_behind
    assert vars(T)["person_behind"] is R.person_behind
    assert not hasattr(T, "person_gender") and not hasattr(T, "_pronoun_person")


def test_gender_own_reading_is_stricter_than_the_default() -> None:
    analysis = _analysis(
        "Ruth Calder opened the new library in Westbury on Tuesday morning. "
        "She thanked the volunteers who had raised the money over three years. "
        "The building cost four million dollars and took two years to finish."
    )
    calder = _person(analysis, "Ruth Calder")
    assert R.gender(calder, analysis) == "f"  # a "she" beside her first mention
    assert R.gender(calder, analysis, own=True) is None  # one "she" is not "twice or more"


def test_gender_title_decides_in_both_readings() -> None:
    analysis = _analysis(
        "Owen Pardy opened the new library in Westbury on Tuesday morning. "
        "Her grant paid for the building, which took two years to finish."
    )
    pardy = next(e for e in analysis.entities if e.kind == "PERSON").replace(title="Mr")
    assert R.gender(pardy, analysis) == "m"
    assert R.gender(pardy, analysis, own=True) == "m"


GOLFER = (
    "Tom Varley shot a five-under 66 on Friday to move into a share of the lead at the Harbour Classic. "
    "Varley said he had worked for months on his short game with his coach. "
    "Varley holed a long putt for eagle at the ninth and never looked back on the inward nine. "
    "He birdied the 14th and 15th after two fine approaches into the wind. "
    "The third round begins at 9am on Saturday."
)


def test_names_the_subject_of_the_sentence_before() -> None:
    analysis = _analysis(GOLFER)
    i = _index(analysis, "He birdied")
    found = R.person_behind(i, "he", analysis)
    assert found is not None
    e, j = found
    assert e.name == "Tom Varley" and analysis.sentences[j].text.startswith("Varley holed")
    assert R.person_behind(i, "she", analysis) is None  # no woman named


def test_never_takes_a_name_that_is_not_the_subject() -> None:
    analysis = _analysis(
        "Tom Varley shot a five-under 66 on Friday to move into a share of the lead at the Harbour Classic. "
        "Varley said he had worked for months on his short game with his coach. "
        "A steward said a spectator had shouted at Varley on the ninth tee. "
        "He was led away by security staff before the players reached the green."
    )
    i = _index(analysis, "He was led away")
    assert R.person_behind(i, "he", analysis) is None


def test_stops_at_a_pronoun_of_the_other_sex() -> None:
    analysis = _analysis(
        "Tom Hartley will be confirmed as the new head coach of Riverside Rovers on Monday. "
        "His wife said she was delighted for the whole family after a difficult year. "
        "He will meet the players for the first time at the training ground on Tuesday."
    )
    i = _index(analysis, "He will meet")
    assert R.person_behind(i, "he", analysis) is None


MAYOR = (
    "Ruth Calder won the mayoral election in Westbury on Tuesday by four hundred votes. "
    "Calder said she was grateful to every volunteer who had knocked on doors. "
    "Calder said she would serve the whole town, not only those who voted for her. "
    "Calder thanked the volunteers who had campaigned for months in the rain. "
)


def test_both_readings_name_the_one_woman_the_sentence_before_makes_its_subject() -> None:
    analysis = _analysis(MAYOR + "She will be sworn in at the town hall on Friday morning.")
    i = _index(analysis, "She will be sworn")
    for found in (R.person_behind(i, "she", analysis), R._nearest_subject(i, "she", analysis, doc=None)):
        assert found is not None
        e, j = found
        assert e.name == "Ruth Calder" and analysis.sentences[j].text.startswith("Calder thanked")
        assert R.gender(e, analysis, own=True) == "f"


def test_second_reading_never_reads_past_another_speaker() -> None:
    analysis = _analysis(
        MAYOR + "A council spokesman said the count had been close all night. "
        "She will be sworn in at the town hall on Friday morning."
    )
    i = _index(analysis, "She will be sworn")
    assert R.person_behind(i, "she", analysis) is None
    assert R._nearest_subject(i, "she", analysis, doc=None) is None  # the second reading too
