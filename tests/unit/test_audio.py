"""Narration: speech normalisation, the script, the real espeak-ng voice, MP3, caching, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copydesk.audio import (
    EspeakVoice,
    NarrationScript,
    Segment,
    Voice,
    narrate,
    narration_script,
    voice_from_settings,
)
from copydesk.audio.script import spoken_dateline
from copydesk.audio.speech import cardinal, ordinal, speakable, year
from copydesk.errors import ConfigError, UnknownBackend, VoiceError
from copydesk.model import Dateline
from copydesk.settings import load_settings
from copydesk.testing import RecordingVoice, check_voice, sample_article


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Lt. Gen. A. Singh arrived.", "Lieutenant General A. Singh arrived."),
        ("Lt Gen Rao spoke.", "Lieutenant General Rao spoke."),
        ("Dr. Rao and Mr. Khan met.", "Doctor Rao and Mister Khan met."),
        ("He met the PM on Friday.", "He met the Prime Minister on Friday."),
        ("PM Narendra Modi", "Prime Minister Narendra Modi"),
        ("the U.S. and the U.K. agreed", "the U S and the U K agreed"),
        ("buying from the U.S.", "buying from the U S."),
        ("the 73rd session", "the seventy-third session"),
        ("the 21st and 22nd", "the twenty-first and twenty-second"),
        ("about 1,200 troops", "about one thousand two hundred troops"),
        ("a $5m deal", "a five million dollars deal"),
        ("a $1 fee and $3.50 tip", "a one dollar fee and three dollars and fifty cents tip"),
        ("£2.5bn", "two point five billion pounds"),
        ("Rs 500 crore", "five hundred crore rupees"),
        ("in 2024", "in twenty twenty-four"),
        ("in 2005", "in two thousand five"),
        ("in the 1990s", "in the nineteen nineties"),
        ("on Oct 29", "on October twenty-ninth"),
        ("on Oct. 3, 2025", "on October third, twenty twenty-five"),
        ("July 8-9, 2024", "July eighth to ninth, twenty twenty-four"),
        ("on 29 October", "on the twenty-ninth of October"),
        ("at 5 pm", "at five p m"),
        ("at 10:30 a.m.", "at ten thirty a m"),
        ("up 45%", "up forty-five percent"),
        ("No. 10 Downing", "number ten Downing"),
        ("a 5 km march", "a five kilometres march"),
        ("the S-400 and G20", "the S-four hundred and G twenty"),
        ("Su-30MKI jets", "Su-thirty MKI jets"),
        ("F-16s", "F-sixteens"),
        ("10, 20", "ten, twenty"),
        ("[[h@'loU]]", "[ [h@'loU] ]"),
    ],
)
def test_speakable_cases(text: str, said: str) -> None:
    assert speakable(text) == said


def test_number_words() -> None:
    assert cardinal(0) == "zero"
    assert cardinal(1_000_001) == "one million one"
    assert cardinal(-7) == "minus seven"
    assert ordinal(100) == "one hundredth" and ordinal(12) == "twelfth" and ordinal(40) == "fortieth"
    assert year(1905) == "nineteen oh five" and year(1900) == "nineteen hundred" and year(2000) == "two thousand"


def test_narration_script_order_and_ids() -> None:
    art = sample_article()
    script = narration_script(art.story, art.analysis, art.parts)
    ids = [seg.id for seg in script.segments]
    assert ids[:5] == ["h", "y1", "y2", "y3", "d"]
    assert ids[5:] == [s.id for s in art.analysis.sentences]
    by_id = {seg.id: seg for seg in script.segments}
    assert by_id["d"].spoken == "New Delhi and Moscow, October twenty-ninth."
    assert by_id["s11"].spoken.startswith("Lieutenant General R. K. Sharma")
    assert by_id["s11"].display == art.analysis.sentences[10].text
    assert "<" not in script.spoken_text
    # The dateline's date and agency are never read inside s1.
    assert "NationPress" not in by_id["s1"].spoken


def test_narration_script_dateline_left_in_first_sentence_is_not_read_twice() -> None:
    art = sample_article()
    first = art.analysis.sentences[0]
    merged = first.model_copy(update={"start": 0, "text": art.story.body[: first.end]})
    analysis = art.analysis.model_copy(update={"sentences": (merged, *art.analysis.sentences[1:])})
    s1 = next(seg for seg in narration_script(art.story, analysis, art.parts).segments if seg.id == "s1")
    assert s1.spoken.startswith("India and Russia on Wednesday")


def test_spoken_dateline_without_places_drops_agency() -> None:
    assert spoken_dateline(Dateline(text="LONDON, March 3 (Reuters)")) == "LONDON, March third."


@pytest.mark.parametrize("voice", [EspeakVoice(), EspeakVoice("en-gb", rate_wpm=200), RecordingVoice()], ids=lambda v: v.name)
def test_voices_meet_the_contract(voice: Voice, tmp_path: Path) -> None:
    assert check_voice(voice, tmp_path).duration > 0


def test_recording_voice_is_a_voice() -> None:
    assert isinstance(RecordingVoice(), Voice)
    assert isinstance(EspeakVoice(), Voice)


def _short_script() -> NarrationScript:
    return NarrationScript((
        Segment("h", "Will it rain?", "Will it rain?", 300),
        Segment("s1", "It rained on Oct 29.", speakable("It rained on Oct 29."), 200),
        Segment("s2", "-v is not an option", "-v is not an option", 200),
    ))


def test_espeak_voice_synthesises_mp3_with_exact_timings(tmp_path: Path) -> None:
    narration = EspeakVoice().synthesize(_short_script(), tmp_path)
    audio = (tmp_path / narration.audio).read_bytes()
    assert audio[:3] == b"ID3" or (audio[0] == 0xFF and audio[1] & 0xE0 == 0xE0)
    assert narration.duration > 1.0
    assert [t[0] for t in narration.timings] == ["h", "s1", "s2"]
    ends = 0
    for _, start, end in narration.timings:
        assert ends <= start < end <= narration.duration * 1000
        ends = end
    assert narration.voice == "espeak-ng/en-us@165wpm"
    # 48 kbps: the file's length agrees with the duration to within a frame or two.
    assert abs(len(audio) * 8 / 48_000 - narration.duration) < 0.2


def test_espeak_voice_missing_binary_names_package(tmp_path: Path) -> None:
    with pytest.raises(VoiceError) as err:
        EspeakVoice(binary="espeak-ng-not-installed").synthesize(_short_script(), tmp_path)
    assert err.value.code == "voice.unavailable"
    assert "apt-get install espeak-ng" in err.value.hint


def test_espeak_voice_unknown_voice_is_voice_error(tmp_path: Path) -> None:
    with pytest.raises(VoiceError, match="voice"):
        EspeakVoice(voice="xx-no-such-voice").synthesize(_short_script(), tmp_path)


def test_espeak_voice_rate_out_of_range() -> None:
    with pytest.raises(ConfigError):
        EspeakVoice(rate_wpm=20)


def test_voice_from_settings() -> None:
    voice = voice_from_settings(load_settings(env={}, voice_name="en-gb", speech_rate_wpm=150))
    assert voice.name == "espeak-ng/en-gb@150wpm"
    with pytest.raises(UnknownBackend, match="espeak"):
        voice_from_settings(load_settings(env={}, voice="espeak-nj"))


def test_narrate_reuses_file_for_same_text(tmp_path: Path) -> None:
    art = sample_article()
    voice = RecordingVoice()
    first = narrate(art.story, art.analysis, art.parts, tmp_path, voice=voice)
    second = narrate(art.story, art.analysis, art.parts, tmp_path, voice=voice)
    assert len(voice.scripts) == 1
    assert first == second and first.audio == "narration.mp3"
    stored = json.loads((tmp_path / "narration.json").read_text())
    assert stored["timings"][0] == ["h", 0, first.timings[0][2]]
    # A different voice name is a different take.
    narrate(art.story, art.analysis, art.parts, tmp_path, voice=RecordingVoice(name="fake/other"))
    assert json.loads((tmp_path / "narration.json").read_text())["voice"] == "fake/other"


def test_narrate_shared_cache_dir_serves_other_out_dirs(tmp_path: Path) -> None:
    art = sample_article()
    voice = RecordingVoice()
    cache = tmp_path / "cache"
    one = narrate(art.story, art.analysis, art.parts, tmp_path / "a", voice=voice, cache_dir=cache)
    two = narrate(art.story, art.analysis, art.parts, tmp_path / "b", voice=voice, cache_dir=cache)
    assert len(voice.scripts) == 1
    assert one == two
    assert (tmp_path / "a" / "narration.mp3").read_bytes() == (tmp_path / "b" / "narration.mp3").read_bytes()
    changed = art.parts.model_copy(update={"synopsis": art.parts.synopsis[:1]})
    narrate(art.story, art.analysis, changed, tmp_path / "c", voice=voice, cache_dir=cache)
    assert len(voice.scripts) == 2


def test_narrate_ignores_damaged_cache_entry(tmp_path: Path) -> None:
    art = sample_article()
    voice = RecordingVoice()
    narrate(art.story, art.analysis, art.parts, tmp_path, voice=voice)
    (tmp_path / "narration.json").write_text("{not json")
    narration = narrate(art.story, art.analysis, art.parts, tmp_path, voice=voice)
    assert len(voice.scripts) == 2 and narration.timings


def test_narrate_real_voice_end_to_end(tmp_path: Path) -> None:
    art = sample_article()
    narration = narrate(art.story, art.analysis, art.parts, tmp_path)
    assert {t[0] for t in narration.timings} >= {"h", "y1", "d", "s1", "s11"}
    assert narration.timings[-1][2] <= narration.duration * 1000
