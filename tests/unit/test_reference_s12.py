"""A quotation whose speaker is a pronoun ("'…,' he said.") takes the name of the person
whose speech it continues, when that is clear; otherwise it stays unusable."""

from __future__ import annotations

import copydesk
from copydesk.generate.reference import speech_continues, standalone


def test_he_said_continues_the_speaker_of_the_sentence_before_among_two_men() -> None:
    a = copydesk.enrich(
        "Lord Peter Hill has refused to leave the chamber. "
        "Tom Baxter, the Labour MP, said it was not right for Lord Hill to stay in the chamber. "
        "'If you want to remain a legislator, you are fit enough to be tested before the law,' he said."
    )
    r = standalone("'If you want to remain a legislator, you are fit enough to be tested before the law,' he said.",
                   2, "s3", a.analysis)
    assert r is not None and r.text.endswith("Tom Baxter said.") and r.cites == ("s2", "s3")


def test_a_quotation_opening_on_i_is_its_named_speakers_own() -> None:
    a = copydesk.enrich(
        "The club finished third in the league this season. "
        "Coach Mark Dunn said his players had improved every week. "
        "'I think we will win the title next year,' he said."
    )
    r = standalone("'I think we will win the title next year,' he said.", 2, "s3", a.analysis, own_words=True)
    assert r is not None and r.text == "'I think we will win the title next year,' Mark Dunn said."
    # By default an opening "I" still marks the statement as leaning (the FAQ's rule).
    assert standalone("'I think we will win the title next year,' he said.", 2, "s3", a.analysis) is None


def test_the_quotation_run_carries_the_speaker_back_to_where_it_opened() -> None:
    a = copydesk.enrich(
        "Professor Alan Grant, a leading microbiologist, says resistance will keep growing. "
        "\"If we keep using antibiotics at this rate, the problem will simply accumulate. "
        "\"There are national efforts under way to cut the use of antibiotics in hospitals,\" he said."
    )
    r = standalone("\"There are national efforts under way to cut the use of antibiotics in hospitals,\" he said.",
                   2, "s3", a.analysis)
    assert r is not None and "Alan Grant said" in r.text and "s1" in r.cites


def test_a_he_inside_the_quotation_leaves_the_speaker_unnamed() -> None:
    a = copydesk.enrich(
        "Tom Baxter said the striker had been outstanding all season. "
        "'He was brilliant again tonight and deserves the award,' he said."
    )
    assert standalone("'He was brilliant again tonight and deserves the award,' he said.", 1, "s2", a.analysis) is None


def test_a_speaker_of_the_other_gender_is_never_written_in() -> None:
    a = copydesk.enrich(
        "Mrs Anna Price said the plan for the new bridge was sound. "
        "'We will not back down on the bridge,' he said."
    )
    r = standalone("'We will not back down on the bridge,' he said.", 1, "s2", a.analysis)
    assert r is None or "Price" not in r.text


def test_someone_else_speaking_in_between_breaks_the_run() -> None:
    a = copydesk.enrich(
        "Tom Baxter said the plan for the new bridge was sound. "
        "A council spokesman said the vote on the bridge had been delayed. "
        "'We are disappointed by the delay to the bridge,' he said."
    )
    r = standalone("'We are disappointed by the delay to the bridge,' he said.", 2, "s3", a.analysis)
    assert r is None or "Baxter" not in r.text


def test_speech_continues_reads_both_frames() -> None:
    assert speech_continues("'It was a shock,' she said.", "she")
    assert speech_continues("He added: 'We will be back.'", "he")
    assert not speech_continues("'It was a shock,' she said.", "he")
    assert not speech_continues("He said the vote was delayed.", "he")
