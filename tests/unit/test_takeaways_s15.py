"""Takeaways, s15 reading: a leaning "the X" written in from another thing of the kind
("authorising the defence force", where "defence" came from a soldier's record four
sentences up), event nouns the page never told of ("The agreement was signed …" under a
synopsis about a bomb), lines opening on a connective to a sentence unseen ("For
example, …"), speaker labels over lines that are no view, and debris. Invented sentences only."""

from __future__ import annotations

from typing import Any

from copydesk.generate import takeaways as T
from copydesk.generate.select import candidates
from copydesk.ingest import story_from_text
from copydesk.nlp.analyse import parse


def _bullets(text: str) -> tuple[Any, list[Any]]:
    parsed = parse(story_from_text(text))
    by_index = {c.index: T.prepare(c, parsed.analysis) for c in candidates(parsed)}
    return parsed.analysis, [by_index.get(i) for i in range(len(parsed.analysis.sentences))]


def test_a_referent_is_never_another_thing_of_the_kind() -> None:
    analysis, bs = _bullets(
        "The harbour board has hired two new pilots for the northern channel. "
        "One of them previously served in the navy and retired from the coastal patrol force. "
        "The board says neither pilot has worked on the river before. "
        "Traffic on the channel has doubled since the spring, officials said. "
        "The island council has agreed to accept a 300-strong volunteer force for the summer as the region "
        "prepared for a vote authorising the force today. "
        "Ferry crews said the force would arrive on Monday.")
    seen = analysis.sentences[0].text
    five = bs[4]
    assert five is not None
    alone = T.stands_alone(five, analysis, seen)
    # the bullet's own "a 300-strong volunteer force" says which: nothing is written in
    assert alone is not None and "coastal patrol" not in alone.text and alone.cites == five.cites
    six = bs[5]
    assert six is not None
    alone = T.stands_alone(six, analysis, seen)
    assert alone is None or "coastal patrol" not in alone.text


def test_a_far_mention_is_no_referent() -> None:
    analysis, bs = _bullets(
        "A ferry ran aground off the northern cape on Sunday. "
        "One of the deckhands once served with the coastal patrol force. "
        "Passengers were taken ashore in lifeboats. "
        "The captain said the tide had turned early. "
        "Islanders voted to create a new volunteer service for the harbour. "
        "Officials said the force would be ready by spring.")
    last = bs[5]
    assert last is not None
    alone = T.stands_alone(last, analysis, analysis.sentences[0].text)
    assert alone is None or "coastal patrol" not in alone.text


def test_an_event_the_page_never_told_of_leans() -> None:
    analysis, bs = _bullets(
        "A stray bomb killed three soldiers near the northern pass on Monday, the army said. "
        "Two rival parties signed a historic power-sharing agreement in the capital. "
        "The agreement was signed in the port city of Varna by the leaders of both delegations.")
    b = bs[2]
    assert b is not None
    seen = analysis.sentences[0].text  # a synopsis about the bomb: which agreement?
    alone = T.stands_alone(b, analysis, seen)
    assert alone is not None and "power-sharing agreement was signed in" in alone.text, alone
    assert "s2" in alone.cites
    # a page that has told of the agreement needs no more
    told = T.stands_alone(b, analysis, analysis.sentences[1].text)
    assert told is not None and told.text == b.text


def test_a_line_opening_on_an_example_or_an_addition_leans() -> None:
    analysis, bs = _bullets(
        "The use of the chemical is restricted across the region because of its toxicity. "
        "For example, the chemical is sprayed on some apple orchards, said Anna Berg, a farm inspector. "
        "In addition, the council will test the river water every week from Monday. "
        "However the mayor has refused to close the orchards before the harvest.")
    seen = analysis.sentences[0].text
    assert bs[1] is None or T.stands_alone(bs[1], analysis, seen) is None, bs[1]
    # (nor "the some apple orchards": a quantified mention is no referent to write in)
    fourth = bs[3] and T.stands_alone(bs[3], analysis, seen)
    assert fourth is None or not fourth.text.startswith("However") and "the some" not in fourth.text, fourth
    # (compression drops an opening "In addition," whole: the statement stands)
    assert bs[2] is None or not bs[2].text.startswith("In addition")


def test_a_speaker_label_says_view_only_over_a_view() -> None:
    analysis, bs = _bullets(
        "A ferry sank off the northern cape on Sunday with 40 people on board. "
        "The captain was found unconscious in the wheelhouse, harbour master Tom Quill said. "
        "Ms Ana Reyes told the radio station she had gone to the port to identify her brother. "
        "Harbour master Tom Quill says the ferry should never have left port in such a storm. "
        "Union leader Rita Vance says the owners are being reckless with their crews.")
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[1] is None or "View" not in labels[1], labels
    assert labels[2] is None or "View" not in labels[2], labels
    assert bs[1] is not None and not T.reports_view(bs[1])
    assert bs[2] is not None and not T.reports_view(bs[2])
    assert bs[3] is not None and T.reports_view(bs[3])
    assert bs[4] is not None and T.reports_view(bs[4])


def test_a_double_surname_is_kept_whole_in_a_label() -> None:
    assert T._surname("Iain Duncan Smith", "Mr Duncan Smith said the figures were wrong.") == "Duncan Smith"
    assert T._surname("George Walker Bush", "George Walker Bush said the figures were wrong.") == "Bush"
    assert T._surname("Anna Berg", "Anna Berg said the figures were wrong.") == "Berg"


def test_credits_teasers_and_broken_quote_frames_are_no_takeaways() -> None:
    analysis, bs = _bullets(
        "The survey of 1,000 families was published by the Harbour Bank on Tuesday. "
        "The north took the spending crown and the west kept its reputation for thrift: Source h/t Harbour News. "
        "The bank's survey revealed some interesting regional and economic differences. "
        "'We have arrested the driver on a complaint filed by a tourist on Saturday.' said the officer. "
        "Families in the north spent an average of 900 dollars on the evening, the survey found.")
    assert bs[1] is None and bs[2] is None and bs[3] is None, bs
    assert bs[4] is not None


def test_a_quotation_framed_name_then_verb_is_the_speakers_view() -> None:
    analysis, bs = _bullets(
        "Photographer Lee Dunn has spent ten years on the roads of southern Asia. "
        "'Hanoi is full of bikes and it makes the morning commute in London seem easy,' Dunn said.")
    b = bs[1]
    assert b is not None and T._frame_speaker(b.text, analysis) == "Dunn"


def test_a_comparison_cut_before_its_second_term_is_no_takeaway() -> None:
    analysis, bs = _bullets(
        "The survey of 1,000 families was published by the Harbour Bank on Tuesday. "
        "Fathers plan to outspend mothers by 63%, $1160vs. "
        "Families in the north spent an average of 900 dollars on the evening, the survey found.")
    assert all(b is None or not b.text.rstrip(".").endswith("vs") for b in bs), bs


def test_a_speaker_label_never_names_one_only_said_of() -> None:
    analysis, bs = _bullets(
        "A crowd gathered in the square of the northern town on Sunday night. "
        "Tomas Vell was said to have been beaten for an hour before he died of his injuries.")
    b = bs[1]
    assert b is None or T._as_account(b, ["Vell's", "View"]) is None


def test_no_label_of_half_a_pair_nor_of_an_example() -> None:
    analysis, bs = _bullets(
        "Anna Berg was sworn in as the island's new governor on Monday. "
        "Berg says law and order will be one of her government's first priorities. "
        "In health, records must only be used for the purpose they were taken, for example treatment.")
    for b in bs[1:]:
        if b is None:
            continue
        for kind in ({}, {"lone": True}):
            label = T.label_for(b, analysis, set(), **kind)
            assert label not in {"Law", "Example Treatment"}, label
    assert T._half_of_pair(bs[1], ["Law"]) if bs[1] is not None else True


def test_footage_shot_is_filming_and_a_denial_is_a_view() -> None:
    analysis, bs = _bullets(
        "A crowd attacked a man in the square of the northern town on Sunday night. "
        "The footage was shot in September last year after the attack, enraging locals. "
        "Harbour master Tom Quill said the ferry does not present any danger to other ships.")
    b = bs[1]
    assert b is not None and "Shooting" not in (T.label_for(b, analysis, set()) or "")
    assert bs[2] is not None and T.reports_view(bs[2])


def test_a_knight_is_named_as_the_story_names_him() -> None:
    analysis, _ = _bullets(
        "Sir Tomas Vell, the leader of the Harbour Party, was elected chief minister on Monday. "
        "Sir Tomas is putting his trust in the council.")
    assert T._with_title('"The times ahead are hard," Tomas said.', analysis) == '"The times ahead are hard," Sir Tomas said.'
    assert T._with_title("Sir Tomas Vell said so.", analysis) == "Sir Tomas Vell said so."
    analysis, _ = _bullets("Tomas Vell was elected chief minister on Monday. Tomas said the times were hard.")
    assert T._with_title("Tomas said so.", analysis) == "Tomas said so."


def test_judgements_and_feelings_are_views_and_told_events_are_accounts() -> None:
    analysis, bs = _bullets(
        "A ferry sank off the northern cape on Sunday with 40 people on board. "
        "Captain Rita Vance says the port is well placed to cope with the storm season. "
        "Mayor Tom Quill says he was disappointed by the decision of the board. "
        "Coach Ana Reyes says the win in part makes up for last year's defeat in the final. "
        "Deckhand Tomas Vell says he went into survival mode when the water rose. "
        "Ms Lina Ortiz told the radio station she had gone to the port to meet her brother. "
        "Harbour master Paul Dane says he and his family are still coming to terms with the loss. "
        "Ms Ana Cruz said she was searching for her son when the water rose.")
    assert [T.reports_view(b) if b else None for b in bs[1:]] == [True, True, True, False, False, True, False], bs
