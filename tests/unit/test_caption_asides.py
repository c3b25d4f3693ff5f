"""A photo's position words set off by commas never reach a part (blind read: "… in
Tewkesbury, pictured, to change …" printed in a synopsis)."""

from __future__ import annotations

import re

import pytest

from copydesk.generate.compress import caption_asides, compress
from copydesk.nlp.parser import load_pipeline


def kept(text: str) -> str:
    span = load_pipeline()(text)[:]
    drop = caption_asides(span)
    return re.sub(r" ([.,])", r"\1", " ".join(t.text for t in span if t.i not in drop))


@pytest.mark.parametrize(
    "text, want",
    [
        ("Ian Guffick asked pupils at the school in Tewkesbury, pictured, to change their answers.",
         "Ian Guffick asked pupils at the school in Tewkesbury to change their answers."),
        ("The striker, pictured left with his wife, signed a new contract on Friday.",
         "The striker signed a new contract on Friday."),
        ("The couple, right, married in Rome last month.", "The couple married in Rome last month."),
        ("He met the mayor in Leeds, pictured.", "He met the mayor in Leeds."),
    ],
)
def test_caption_aside_goes(text: str, want: str) -> None:
    assert kept(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The striker was pictured with his wife at the airport on Friday, officials said.",
        "Turn left, right and left again, he said.",
        "The rebels moved further right, below the ridge, the army said.",
    ],
)
def test_story_words_stay(text: str) -> None:
    assert kept(text) == text


def test_compression_drops_the_aside() -> None:
    span = load_pipeline()("Ian Guffick asked pupils at the school in Tewkesbury, pictured, to change answers.")[:]
    assert "pictured" not in compress(span)
