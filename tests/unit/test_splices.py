"""Caption splices: a photo caption or a second sentence the copy ran into a sentence with
no full stop is split off at segmentation, and a line cut from such copy that still holds a
second join is debris. Every sentence here is invented.
"""

from __future__ import annotations

from copydesk.ingest import story_from_text
from copydesk.nlp import analyse


def sentences(text: str) -> list[str]:
    return [s.text for s in analyse(story_from_text(text)).sentences]


def test_a_name_that_opens_a_clause_after_a_clause_is_split_off() -> None:
    got = sentences(
        "The singer could face up to ten years in prison when she is sentenced next month "
        "Marlow pleaded guilty to two counts of fraud in exchange for a lighter charge.")
    assert got == ["The singer could face up to ten years in prison when she is sentenced next month",
                   "Marlow pleaded guilty to two counts of fraud in exchange for a lighter charge."]
    got = sentences(
        "The mayor said the bridge will in fact open on time Portugal's Jornal Diario quoted the "
        "minister as saying the delay was over.")
    assert got[1].startswith("Portugal's Jornal Diario quoted")


def test_a_caption_head_after_a_lower_case_word_is_split_off() -> None:
    got = sentences(
        "The robot moves its mouth with tiny motors around the lips and brown eyes "
        "State-of-the-art: The head is made of a soft silicone skin.")
    assert got == ["The robot moves its mouth with tiny motors around the lips and brown eyes",
                   "State-of-the-art: The head is made of a soft silicone skin."]
    got = sentences("Scroll down for video Flying high: The kite rose over the hills last Sunday "
                    "Skilful: Three men steer the kite.")
    assert got == ["Scroll down for video", "Flying high: The kite rose over the hills last Sunday",
                   "Skilful: Three men steer the kite."]


def test_a_clause_after_a_photos_position_word_is_split_off() -> None:
    got = sentences("Police traced the car to the family's home in Lower Dale (pictured) Reeve's lawyer "
                    "said the boy was sorry.")
    assert got == ["Police traced the car to the family's home in Lower Dale (pictured)",
                   "Reeve's lawyer said the boy was sorry."]
    # Not a list of who stands where, nor a caption with no clause before it.
    assert len(sentences("Lady Jane (left) and Tom Reeve (right) have both adopted the trend.")) == 1
    assert len(sentences("Tom Reeve (left) Jane Smith and their dog arrive at the show.")) == 1


def test_speech_titles_names_and_relative_clauses_are_not_split() -> None:
    for text in [
        "He told Reporters Weekly: The deal is done.",
        "The teenager then texted Barnes: 'She threatened to throw me out.'",
        "The club confirmed that former striker Harry Kane said he was happy to return.",
        "Officials told reporters Smith was arrested at the border on Monday.",
        "The car that crashed was bigger than the car Smith drove was in the end.",
        "The prize was by far the biggest pot Monbeg Dude has collected in his career.",
        "He said the heat was awful, but after a while Jordan learned to cope with it.",
        "After leading since the race began three days ago Kontrol crossed the line first.",
        "The fleet was braced for trouble after attacks by the hardline movement Hamas killed four.",
        "She carried her favourite Rebecca Minkoff bag to the party on Friday.",
        "The match was a draw and then Jones scored a late winner for the hosts.",
    ]:
        assert len(sentences(text)) == 1, text


def test_a_line_cut_from_a_splice_that_holds_a_second_join_is_debris() -> None:
    from copydesk.generate.roles import story_roles
    from copydesk.generate.select import spans_of
    from copydesk.nlp.analyse import parse

    def roles(text: str) -> dict[str, str]:
        parsed = parse(story_from_text(text))
        got = story_roles(spans_of(parsed), parsed.analysis)
        return {s.text: r.primary for s, r in zip(parsed.analysis.sentences, got, strict=True)}

    lead = "The trial opened on Monday. The jury heard the call made by witnesses who tried to help at the scene "
    got = roles(lead + "Marlow has been charged with murder after shooting the guard in the back Luna, a local "
                       "student, showed no emotion in court.")
    assert got["The trial opened on Monday."] != "debris"
    assert got["Marlow has been charged with murder after shooting the guard in the back Luna, a local student, "
               "showed no emotion in court."] == "debris"
    # The same line without the second join is news again.
    got = roles(lead + "Marlow has been charged with murder after shooting the guard in the back with a rifle.")
    assert got["Marlow has been charged with murder after shooting the guard in the back with a rifle."] != "debris"


def test_a_line_that_runs_into_the_next_sentence_on_its_line_is_debris() -> None:
    from copydesk.generate.roles import story_roles
    from copydesk.generate.select import spans_of
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "The council approved the new tram line on Tuesday after a long debate. "
        "Veteran driver Tom Reeve waved to the crowd at the depot on Friday night "
        "Officials said the line will open in May.\n\n"
        "The mayor welcomed the vote"))
    got = story_roles(spans_of(parsed), parsed.analysis)
    roles = {s.text: r.primary for s, r in zip(parsed.analysis.sentences, got, strict=True)}
    assert roles["Veteran driver Tom Reeve waved to the crowd at the depot on Friday night"] == "debris"
    assert roles["Officials said the line will open in May."] != "debris"
    # A line that ends its paragraph without a full stop is no run-in.
    assert roles["The mayor welcomed the vote"] != "debris"
