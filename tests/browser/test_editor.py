"""The editor app end to end: a real uvicorn server on 127.0.0.1 and headless Chromium.

Log in → paste a story → edit a takeaway (the unsupported part is flagged) →
approve → the published page shows the edit. The real pipeline enriches the story.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
STORY = (REPO / "examples" / "wire_story.txt").read_text(encoding="utf-8")


def test_editor_create_edit_takeaway_approve_publish(editor_server: Any, loopback_page: Any,
                                                      output_dir: Path) -> None:
    server, page = editor_server, loopback_page
    page.goto(f"{server.base}/editor/")
    assert page.url.endswith("/editor/login")
    server.login(page)

    page.fill("textarea[name=text]", STORY)
    page.fill("input[name=published]", "2025-10-29")
    page.click("#new-story button[type=submit]")
    page.wait_for_url("**/editor/articles/st_*", timeout=60_000)
    article_id = urlsplit(page.url).path.rsplit("/", 1)[1]
    assert "Story enriched and stored." in page.inner_text("[role=status]")
    page.click("details.preview summary")
    assert page.frame_locator("iframe").locator("h1").count() == 1, "the preview shows the rendered page"

    takeaways = page.locator("#part-takeaways")
    original = takeaways.locator("textarea[name=claim-0]").input_value()
    edited = original.rstrip(".") + ", at a cost of 987 million roubles."
    takeaways.locator("input[name=label-0]").fill("Desk Edit")
    takeaways.locator("textarea[name=claim-0]").fill(edited)
    takeaways.locator("button", has_text="Save takeaways").click()
    page.wait_for_url("**notice=saved**")
    assert page.locator("#part-takeaways input[name=label-0]").input_value() == "Desk Edit"
    flagged = page.locator('#part-takeaways .stmt.flagged[data-ref="takeaways.0"]')
    assert flagged.count() == 1, "the unsupported number is flagged"
    assert "987 million" in flagged.locator("mark.finding").first.inner_text()
    assert page.inner_text("#grounding-status") == "flagged"
    assert page.inner_text("#part-takeaways .part-status").startswith("1 not supported")
    page.screenshot(path=str(output_dir / "editor-review.png"), full_page=True)

    page.locator("#approve button").click()
    page.wait_for_url("**notice=approved**")
    assert "revision 2" in page.inner_text("#published-link")

    page.goto(f"{server.base}/articles/{article_id}")
    body = page.inner_text("body")
    assert "Desk Edit" in body and "987 million roubles" in body
    page.screenshot(path=str(output_dir / "editor-published.png"), full_page=True)
    assert page.errors == []
    revisions = server.store.revisions(article_id)
    assert [r.number for r in revisions] == [1, 2] and revisions[1].author == "ana" and revisions[1].approved


def test_editor_login_rejects_a_wrong_password(editor_server: Any, loopback_page: Any) -> None:
    server, page = editor_server, loopback_page
    page.goto(f"{server.base}/editor/login")
    page.fill("input[name=user]", "ana")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert "wrong password" in page.inner_text("[role=alert]")
    page.goto(f"{server.base}/editor/")
    assert page.url.endswith("/editor/login")
