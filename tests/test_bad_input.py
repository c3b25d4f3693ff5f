"""One test per kind of bad input: each gets a coded error (class AND code) or a safe result."""

from __future__ import annotations

import json
import random
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from copydesk.errors import (
    BadRecord,
    BinaryInput,
    BlockedAddress,
    EmptyInput,
    EncodingError,
    InputTooLarge,
    NoMainText,
    UnsupportedLanguage,
)
from copydesk.ingest import iter_records, read_story, story_from_text
from copydesk.model import Story
from copydesk.settings import DEFAULTS

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ENGLISH = (
    "The city council voted on Tuesday to approve a new budget that raises spending on "
    "schools by ten percent, officials said after a long meeting."
)


def _public(host: str) -> list[str]:
    return ["93.184.216.34"]


# --------------------------------------------------------------------------- empty


@pytest.mark.parametrize("source", ["", b""])
def test_empty_input(source: str | bytes) -> None:
    with pytest.raises(EmptyInput) as info:
        read_story(source)
    assert info.value.code == "input.empty"


@pytest.mark.parametrize("source", ["   \n\t\n  ", b" \r\n\r\n ", "\u200b\u200b\n\u2060"])
def test_whitespace_only_input(source: str | bytes) -> None:
    with pytest.raises(EmptyInput) as info:
        read_story(source)
    assert info.value.code == "input.empty"


def test_story_from_text_empty() -> None:
    with pytest.raises(EmptyInput) as info:
        story_from_text("\n \n")
    assert info.value.code == "input.empty"


def test_markup_with_no_text_is_empty() -> None:
    with pytest.raises(EmptyInput) as info:
        read_story("# \n\n![only an image](x.png)\n", kind="markdown")
    assert info.value.code == "input.empty"


# --------------------------------------------------------------------------- binary


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(BinaryInput) as info:
        read_story(b"The council\x00\x00\x01voted" * 10)
    assert info.value.code == "input.binary"


def test_nul_characters_in_text_are_binary() -> None:
    with pytest.raises(BinaryInput) as info:
        story_from_text("The council\x00voted.")
    assert info.value.code == "input.binary"


def test_png_header_is_binary(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"IHDR" + bytes(range(1, 60))
    path = tmp_path / "story.txt"  # the extension lies; the signature does not
    path.write_bytes(png)
    with pytest.raises(BinaryInput) as info:
        read_story(path)
    assert info.value.code == "input.binary" and "PNG" in info.value.message


def test_pdf_bytes_are_binary() -> None:
    with pytest.raises(BinaryInput) as info:
        read_story(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert info.value.code == "input.binary"


# --------------------------------------------------------------------------- over-size


def test_oversize_text() -> None:
    small = replace(DEFAULTS, max_input_bytes=1000)
    with pytest.raises(InputTooLarge) as info:
        read_story(ENGLISH * 20, settings=small)
    assert info.value.code == "input.too_large"
    assert info.value.details["limit"] == 1000


def test_oversize_multibyte_text_counts_bytes() -> None:
    small = replace(DEFAULTS, max_input_bytes=1000)
    text = "Zürich café ” " * 60  # ~660 characters, over 1,000 bytes in UTF-8
    assert len(text) < 1000
    with pytest.raises(InputTooLarge) as info:
        story_from_text(text, settings=small)
    assert info.value.code == "input.too_large"


def test_oversize_file_refused_before_reading(tmp_path: Path) -> None:
    small = replace(DEFAULTS, max_input_bytes=1000, fetch_max_bytes=1000)
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: a huge file that costs nothing to make
        handle.seek(50_000_000)
        handle.write(b"x")
    start = time.perf_counter()
    with pytest.raises(InputTooLarge) as info:
        read_story(path, settings=small)
    assert info.value.code == "input.too_large"
    assert time.perf_counter() - start < 0.5


def test_oversize_bytes() -> None:
    small = replace(DEFAULTS, max_input_bytes=1000, fetch_max_bytes=1000)
    with pytest.raises(InputTooLarge) as info:
        read_story((ENGLISH * 20).encode(), settings=small)
    assert info.value.code == "input.too_large"


# --------------------------------------------------------------------------- mis-encoded


def test_cp1252_bytes_decode_with_the_right_characters() -> None:
    text = "The café owner said the “naïve” plan — costing €5 — was déjà vu, officials said on Tuesday."
    story = read_story(text.encode("cp1252"))
    assert story.body == text
    assert story.notes == ("decoded as cp1252, not UTF-8",)


def test_latin1_bytes_decode_with_the_right_characters() -> None:
    text = "The mayor of Zürich said the café in Malmö would reopen on Monday, the council said."
    assert read_story(text.encode("latin-1")).body == text


def test_random_garbage_bytes_are_an_encoding_error() -> None:
    rng = random.Random(7)
    garbage = bytes(rng.randrange(0x80, 0x100) for _ in range(600))
    with pytest.raises(EncodingError) as info:
        read_story(garbage)
    assert info.value.code == "input.encoding"


def test_random_bytes_with_controls_are_binary() -> None:
    rng = random.Random(8)
    noise = bytes(rng.randrange(0, 0x100) for _ in range(600))
    with pytest.raises(BinaryInput) as info:
        read_story(noise)
    assert info.value.code == "input.binary"


# --------------------------------------------------------------------------- HTML without main text


def test_html_with_only_boilerplate() -> None:
    with pytest.raises(NoMainText) as info:
        read_story((FIXTURES / "boilerplate.html").read_text(), kind="html")
    assert info.value.code == "input.no_main_text"


def test_html_that_is_only_a_script() -> None:
    with pytest.raises(NoMainText) as info:
        read_story("<html><body><script>document.write('Breaking news story here today')</script></body></html>")
    assert info.value.code == "input.no_main_text"


# --------------------------------------------------------------------------- hostile markup


HOSTILE = ("<script", "</script", "alert(", "onerror", "onclick", "onload", "javascript:", "steal(")


def _assert_clean(story: Story) -> None:
    blob = " ".join([story.body, story.title or "", story.author or "", story.source or ""]).lower()
    for needle in HOSTILE:
        assert needle not in blob, needle


def test_hostile_html_page_is_neutralised() -> None:
    story = read_story(FIXTURES / "article.html")
    _assert_clean(story)
    assert "far too costly" in story.body  # the link's text survives, its target does not


def test_hostile_markdown_is_neutralised() -> None:
    md = (
        "# Budget <script>alert(1)</script> passes\n\n"
        "The council voted on Tuesday <img src=x onerror=alert(1)> to approve the budget, "
        "officials said; [click](javascript:alert(2)) here.\n\n"
        "<div onclick=\"steal()\">Critics said the plan was too costly.</div>\n"
    )
    story = read_story(md, kind="markdown")
    _assert_clean(story)
    assert "Critics said the plan was too costly." in story.paragraphs


def test_hostile_jsonl_html_record_is_neutralised() -> None:
    html = (
        "<html><body><article><p onmouseover='alert(1)'>" + ENGLISH + "</p>"
        "<script>alert(2)</script><p>The mayor said <a href='javascript:alert(3)'>the vote</a> "
        "showed the city was ready to invest in its children.</p></article></body></html>"
    )
    _assert_clean(read_story(json.dumps({"html": html, "title": "Vote"})))


def test_hostile_feed_item_is_neutralised() -> None:
    stories = [s for _, s in iter_records(FIXTURES / "feed.rss") if isinstance(s, Story)]
    assert stories
    for story in stories:
        _assert_clean(story)


def test_feed_with_entity_expansion_is_refused_fast(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
        + ']>\n<rss><channel><item><title>&lol9;</title><description>x</description></item></channel></rss>'
    )
    path = tmp_path / "bomb.rss"
    path.write_text(bomb)
    start = time.perf_counter()
    [(key, err)] = list(iter_records(path))
    assert isinstance(err, BadRecord) and err.code == "input.bad_record"
    assert time.perf_counter() - start < 1.0


# --------------------------------------------------------------------------- private addresses


def test_url_resolving_to_private_address() -> None:
    with pytest.raises(BlockedAddress) as info:
        read_story("http://intranet.example/story", resolver=lambda host: ["10.0.0.8"])
    assert info.value.code == "fetch.blocked_address"


def test_redirect_to_private_address() -> None:
    hops: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hops.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/meta-data/"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client, pytest.raises(BlockedAddress) as info:
        read_story("http://news.example/story", client=client, resolver=_public)
    assert info.value.code == "fetch.blocked_address"
    assert len(hops) == 1


# --------------------------------------------------------------------------- non-English

FRENCH = (
    "Le conseil municipal a voté mardi pour approuver un nouveau budget qui augmente les "
    "dépenses pour les écoles de dix pour cent, ont déclaré les responsables après une longue "
    "réunion. Les critiques ont dit que le plan était trop coûteux et qu'il pèserait sur les "
    "contribuables pendant des années."
)
SPANISH = (
    "El ayuntamiento votó el martes para aprobar un nuevo presupuesto que aumenta el gasto en "
    "las escuelas en un diez por ciento, dijeron los funcionarios después de una larga reunión. "
    "Los críticos dijeron que el plan era demasiado costoso y que sería una carga para los "
    "contribuyentes durante años."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag einen neuen Haushalt gebilligt, der die Ausgaben für die "
    "Schulen um zehn Prozent erhöht, sagten Beamte nach einer langen Sitzung. Kritiker sagten, "
    "der Plan sei zu teuer und werde die Steuerzahler noch jahrelang belasten, und die Opposition "
    "will dagegen klagen."
)
RUSSIAN = (
    "Городской совет во вторник проголосовал за новый бюджет, который увеличивает расходы на "
    "школы на десять процентов, сообщили чиновники после долгого заседания."
)
POLISH = (
    "Rada miejska we wtorek zagłosowała za przyjęciem nowego budżetu, który zwiększa wydatki na "
    "szkoły o dziesięć procent, poinformowali urzędnicy po długim posiedzeniu. Krytycy twierdzą, że "
    "plan jest zbyt kosztowny i będzie obciążał podatników przez wiele lat."
)
CHINESE = "市议会周二投票批准了一项新预算，将学校支出提高百分之十，官员在长时间会议后表示。" * 2


@pytest.mark.parametrize(
    ("text", "label"),
    [(FRENCH, "French"), (SPANISH, "Spanish"), (GERMAN, "German"), (POLISH, "Polish"), (RUSSIAN, "Cyrillic"), (CHINESE, "CJK")],
)
def test_non_english_text(text: str, label: str) -> None:
    with pytest.raises(UnsupportedLanguage) as info:
        read_story(text)
    assert info.value.code == "input.language"
    assert label in info.value.message and "English function words" in info.value.message


@pytest.mark.parametrize(
    "text",
    [
        "Modi meets Putin.",
        "Narendra Modi, Vladimir Putin, Xi Jinping, Cyril Ramaphosa, Luiz Inácio Lula da Silva, "
        "Prabowo Subianto, Recep Tayyip Erdoğan, Mohammed bin Salman and Abdel Fattah el-Sisi "
        "met in Kazan on Wednesday for the BRICS summit.",
        "Manchester United 2 Liverpool 1. Arsenal 3 Chelsea 0. Tottenham Hotspur 1 Everton 1. "
        "Aston Villa 0 Newcastle United 2. Brighton 4 Fulham 1.",
        "Café owner Zoë Løvborg-Müller, 43, of Malmö, told Reuters on Friday that the café "
        "would reopen in São Paulo next month.",
    ],
)
def test_short_or_name_heavy_english_is_accepted(text: str) -> None:
    assert read_story(text).body


# --------------------------------------------------------------------------- JSONL


def test_jsonl_record_without_text() -> None:
    with pytest.raises(BadRecord) as info:
        read_story('{"id": "w1", "title": "A headline", "url": "https://example.com/a"}')
    assert info.value.code == "input.bad_record"


def test_jsonl_record_with_bad_date() -> None:
    with pytest.raises(BadRecord) as info:
        read_story(json.dumps({"text": ENGLISH, "published": "next Tuesday"}))
    assert info.value.code == "input.bad_record" and "ISO date" in info.value.hint


def test_jsonl_record_that_is_not_an_object() -> None:
    with pytest.raises(BadRecord) as info:
        read_story(b"[1, 2, 3]", kind="jsonl")
    assert info.value.code == "input.bad_record"


def test_text_that_looks_like_an_unknown_users_home_is_read_as_text() -> None:
    """Found by hypothesis: "~x" made ``Path.expanduser`` raise (no such user)."""
    import copydesk

    article = copydesk.enrich("~nosuchuser_qq The council voted to build a new library on Monday.")
    assert article.analysis.sentences
