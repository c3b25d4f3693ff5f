"""Which sentences begin inside a quotation another sentence opened (``nlp.facts.open_quotes``)."""

from __future__ import annotations

from copydesk.nlp.facts import open_quotes


def test_a_quotation_run_over_sentences_keeps_its_middle_sentences_inside() -> None:
    texts = ['"We know where to look.', 'We know how to look," she said.', "The search resumes on Monday."]
    assert open_quotes(texts, [0, 0, 0]) == [False, True, False]


def test_a_reopening_mark_without_its_paragraph_break_starts_a_quotation_of_its_own() -> None:
    # Wire copy runs a quotation over paragraphs: each paragraph reopens it, only the last
    # closes it. With the paragraph breaks lost, the reopening mark must not leave every
    # later sentence inside a quotation.
    texts = [
        '"I mean there is no code among bowlers any more.',
        '"These days you are professional and expect others to learn," he said.',
        "South Africa begins a four-day match in Sydney on Thursday.",
    ]
    assert open_quotes(texts, [0, 0, 0]) == [False, False, False]
    curly = ["“I mean there is no code any more.", "“These days you are professional,” he said.", "Play starts Thursday."]
    assert open_quotes(curly, [0, 0, 0]) == [False, False, False]
    # A paragraph break still closes a quotation left open.
    assert open_quotes(['"I mean there is no code any more.', "Play starts Thursday."], [0, 1]) == [False, False]
