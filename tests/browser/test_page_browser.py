"""The article page in a real headless Chromium: loads clean, plays, highlights, stays inert."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize("which", ["demo", "dev"])
def test_page_loads_clean_offline_and_screenshots(
    open_tab: Any, demo_page: str, dev_page: str, output_dir: Path, viewport: str, which: str
) -> None:
    width, height = VIEWPORTS[viewport]
    tab = open_tab(demo_page if which == "demo" else dev_page, width, height)
    page = tab.page
    assert page.locator("h1").count() == 1
    assert page.locator("#player-controls").is_visible()  # the script ran (CSP allowed it)
    assert not page.locator("#audio").evaluate("a => a.controls")
    # Nothing wider than the viewport: no sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(output_dir / f"page-{which}-{viewport}.png"), full_page=True)
    page.screenshot(path=str(output_dir / f"page-{which}-{viewport}-top.png"))
    assert tab.console_errors == []
    assert tab.foreign_requests == []
    assert any(u.endswith("narration.mp3") for u in tab.requests)


def test_listen_plays_and_highlights_body_sentence(open_tab: Any, demo_page: str, output_dir: Path) -> None:
    tab = open_tab(demo_page)
    page = tab.page
    page.click("#play")
    page.wait_for_function("() => document.getElementById('audio').currentTime > 0.5", timeout=10_000)
    assert page.locator("#play-label").inner_text() == "Pause"
    assert page.locator('[data-sid="h"]').get_attribute("class") is not None
    page.wait_for_selector('[data-sid="h"].speaking', timeout=5_000)
    # Clicking a body sentence while listening moves the narration there.
    page.click("#s3")
    page.wait_for_selector("#s3.speaking", timeout=5_000)
    assert page.locator(".speaking").count() == 1
    start = page.evaluate("document.getElementById('audio').currentTime")
    page.wait_for_function("t => document.getElementById('audio').currentTime > t + 0.3", arg=start, timeout=5_000)
    assert page.locator("#elapsed").inner_text() != "0:00"
    # Scrolled past its place, the playing player docks at the bottom of the window.
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight / 2)")
    page.wait_for_selector("#player.docked", timeout=5_000)
    box = page.locator("#player").bounding_box()
    assert box is not None and box["y"] + box["height"] <= 900
    page.screenshot(path=str(output_dir / "page-demo-listening.png"))
    page.click("#play")
    assert page.evaluate("document.getElementById('audio').paused")
    assert tab.console_errors == [] and tab.foreign_requests == []


def test_player_keyboard_and_speed(open_tab: Any, demo_page: str) -> None:
    page = open_tab(demo_page).page
    page.focus("#play")
    page.keyboard.press("Space")
    page.wait_for_function("() => !document.getElementById('audio').paused", timeout=5_000)
    page.keyboard.press("Space")
    page.wait_for_function("() => document.getElementById('audio').paused", timeout=5_000)
    page.select_option("#speed", "1.5")
    assert page.evaluate("document.getElementById('audio').playbackRate") == 1.5
    # The position slider seeks.
    page.locator("#seek").evaluate("s => { s.value = '30'; s.dispatchEvent(new Event('input')); }")
    page.wait_for_function("() => Math.abs(document.getElementById('audio').currentTime - 30) < 1", timeout=5_000)


def test_takeaway_hover_and_focus_highlight_cited_sentences(open_tab: Any, demo_page: str, output_dir: Path) -> None:
    page = open_tab(demo_page).page
    item = page.locator(".takeaways li").nth(1)
    cites = (item.get_attribute("data-cites") or "").split()
    assert cites
    item.hover()
    lit = page.eval_on_selector_all(".s.cited", "els => els.map(e => e.id)")
    assert lit == cites
    assert page.locator("#cite-pop").is_visible()
    first_text = page.locator(f"#{cites[0]}").inner_text()
    assert first_text in page.locator("#cite-pop").inner_text()
    page.screenshot(path=str(output_dir / "page-demo-citation.png"))
    page.mouse.move(0, 0)
    assert page.locator(".s.cited").count() == 0
    # Keyboard: tab onto a synopsis sentence.
    page.focus("#y1")
    cites_y1 = (page.locator("#y1").get_attribute("data-cites") or "").split()
    assert page.eval_on_selector_all(".s.cited", "els => els.map(e => e.id)") == cites_y1
    page.keyboard.press("Escape")
    assert page.locator(".s.cited").count() == 0


def test_print_style_hides_player(open_tab: Any, demo_page: str) -> None:
    page = open_tab(demo_page).page
    page.emulate_media(media="print")
    assert not page.locator("#player").is_visible()
    assert page.locator("#story").is_visible()


def test_hostile_story_runs_no_script(open_tab: Any, hostile_page: str, output_dir: Path) -> None:
    tab = open_tab(hostile_page, 390, 844)
    page = tab.page
    page.hover(".takeaways li >> nth=0")
    page.mouse.move(5, 5)
    page.wait_for_timeout(200)
    assert tab.dialogs == []
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 3
    assert "<script>alert(1)</script>" in page.locator("#flag-banner").inner_text()
    page.screenshot(path=str(output_dir / "page-hostile-phone-top.png"))
    assert tab.console_errors == [] and tab.foreign_requests == []
