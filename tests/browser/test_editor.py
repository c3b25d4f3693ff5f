"""The editor app end to end: a real uvicorn server on 127.0.0.1 and headless Chromium.

Log in → paste a story → edit a takeaway (the unsupported part is flagged) →
approve → the published page shows the edit. The real pipeline enriches the story.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from copydesk.settings import load_settings
from copydesk.store import Store, open_store
from copydesk.web import create_app

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
STORY = (REPO / "examples" / "wire_story.txt").read_text(encoding="utf-8")
PASSWORD = "copy desk editor"


@dataclass
class Server:
    base: str
    store: Store


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    import uvicorn

    data = tmp_path_factory.mktemp("desk")
    settings = load_settings(env={}, data_dir=data)
    store = open_store(f"sqlite:///{data / 'desk.db'}", settings)
    store.create_user("ana", PASSWORD)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(create_app(settings, store), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield Server(f"http://127.0.0.1:{port}", store)
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        sock.close()
        store.close()


@pytest.fixture()
def tab(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def only_loopback(route: Any) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            route.abort()

    context.route("**/*", only_loopback)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    yield page
    context.close()


def test_editor_create_edit_takeaway_approve_publish(server: Server, tab: Any, output_dir: Path) -> None:
    page = tab
    page.goto(f"{server.base}/editor/")
    assert page.url.endswith("/editor/login")
    page.fill("input[name=user]", "ana")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.base}/editor/")

    page.fill("textarea[name=text]", STORY)
    page.fill("input[name=published]", "2025-10-29")
    page.click("#new-story button[type=submit]")
    page.wait_for_url("**/editor/articles/st_*", timeout=60_000)
    article_id = urlsplit(page.url).path.rsplit("/", 1)[1]
    assert "Story enriched and stored." in page.inner_text("[role=status]")
    assert page.frame_locator("iframe").locator("h1").count() == 1, "the preview shows the rendered page"

    takeaways = page.locator("#part-takeaways")
    original = takeaways.locator("textarea[name=claim-0]").input_value()
    edited = original.rstrip(".") + ", at a cost of 987 million roubles."
    takeaways.locator("input[name=label-0]").fill("Desk Edit")
    takeaways.locator("textarea[name=claim-0]").fill(edited)
    takeaways.locator("button", has_text="Save takeaways").click()
    page.wait_for_url("**notice=saved**")
    assert page.locator("#part-takeaways input[name=label-0]").input_value() == "Desk Edit"
    flag = page.locator('#part-takeaways .flag[data-ref="takeaways.0"]')
    assert flag.count() == 1, "the unsupported number is flagged"
    assert "987" in flag.locator("mark.unsupported").first.inner_text()
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


def test_editor_login_rejects_a_wrong_password(server: Server, tab: Any) -> None:
    page = tab
    page.goto(f"{server.base}/editor/login")
    page.fill("input[name=user]", "ana")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert "wrong password" in page.inner_text("[role=alert]")
    page.goto(f"{server.base}/editor/")
    assert page.url.endswith("/editor/login")
