"""The editor's desk in a real browser (issue 16): sources beside statements, findings,
the live check, regeneration side by side, revision diffs, the queue, accessibility
(axe-core), phone width, and the actions it takes to verify every statement.

The stories are the demo wire story and five CNN/Daily Mail stories of the dev sample
(tests/fixtures/frank_sample.jsonl), enriched by the real pipeline and stored before
the browser opens them; edits go through the real server.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "wire_story.txt"
DEV_SAMPLE = REPO / "tests" / "fixtures" / "frank_sample.jsonl"
HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
# One scroll: a PageDown or wheel gesture moving 87.5% of the visible height.
SCROLL = 0.875


@dataclass
class Stories:
    demo: str
    dev: list[str]
    flagged: str
    published: str


@pytest.fixture(scope="module")
def stories(editor_server: Any) -> Stories:
    """The demo story and five dev stories stored; one dev story edited (flagged), one approved."""
    import copydesk
    from copydesk.settings import load_settings
    from copydesk.web.desk import Desk

    store = editor_server.store
    demo = copydesk.enrich(str(DEMO), published=date(2025, 10, 29))
    store.save(demo, author="wire")
    dev = []
    for line in DEV_SAMPLE.read_text(encoding="utf-8").splitlines()[:5]:
        article = copydesk.enrich(line.encode("utf-8"))
        store.save(article, author="wire")
        dev.append(article.id)
    desk = Desk(settings=load_settings(env={}), store=store)
    first = store.get(dev[0]).article.parts.takeaways[0]
    edited = [t.model_dump(mode="json") for t in store.get(dev[0]).article.parts.takeaways]
    edited[0]["claim"]["text"] = first.claim.text.rstrip(".") + ", a deal worth 987 million dollars."
    desk.edit_part(dev[0], "takeaways", edited, parent=1, author="ana")
    desk.approve(dev[3], 1)
    return Stories(demo=demo.id, dev=dev, flagged=dev[0], published=dev[3])


@pytest.fixture()
def desk_page(editor_server: Any, loopback_page: Any, stories: Stories) -> Iterator[Any]:
    editor_server.login(loopback_page)
    yield loopback_page
    assert loopback_page.errors == [], "the desk logged no script error"


def _visible_in(page: Any, selector: str, container: str | None) -> bool:
    """Whether the element is wholly inside the window (or inside ``container``'s visible box)."""
    return bool(page.evaluate(
        """([sel, cont]) => {
             const b = document.querySelector(sel).getBoundingClientRect();
             const c = cont ? document.querySelector(cont).getBoundingClientRect()
                            : {top: 0, bottom: window.innerHeight, left: 0, right: window.innerWidth};
             return b.top >= c.top - 1 && b.bottom <= c.bottom + 1 && b.height > 0;
           }""", [selector, container]))


def _sel(ref: str) -> str:
    return f'[id="stmt-{ref}"]'


def test_desk_hover_a_takeaway_highlights_and_shows_its_sentences(editor_server: Any, desk_page: Any,
                                                                   stories: Stories) -> None:
    page = desk_page
    page.goto(f"{editor_server.base}/editor/articles/{stories.demo}")
    takeaway = page.locator(_sel("takeaways.1"))
    cites = takeaway.get_attribute("data-cites").split()
    assert cites, "the takeaway cites sentences"
    page.locator("#source").evaluate("el => el.scrollTop = el.scrollHeight")  # the story scrolled away
    takeaway.hover()
    lit = page.eval_on_selector_all("#source .sent.cited", "els => els.map(e => e.dataset.sid)")
    assert lit == cites, "exactly the cited sentences are highlighted"
    for sid in cites:
        assert _visible_in(page, f"#src-{sid}", "#source"), f"{sid} was scrolled into view"
    assert takeaway.evaluate("el => el.classList.contains('active')")

    # Selecting a story sentence highlights every statement that cites it.
    page.click("#src-s1")
    citing = page.eval_on_selector_all(".stmt.citing", "els => els.map(e => e.dataset.ref)")
    expected = page.eval_on_selector_all(".stmt", "els => els.filter(e => e.dataset.cites.split(' ')"
                                                   ".includes('s1')).map(e => e.dataset.ref)")
    assert citing == expected and "headline" in citing
    assert page.get_attribute("#src-s1", "aria-pressed") == "true"
    assert "s1 is cited by" in page.inner_text("#source-selection")


def test_desk_keyboard_walks_statements_and_opens_their_sources(editor_server: Any, desk_page: Any,
                                                                 stories: Stories) -> None:
    page = desk_page
    page.goto(f"{editor_server.base}/editor/articles/{stories.demo}")
    refs = page.eval_on_selector_all(".stmt", "els => els.map(e => e.dataset.ref)")
    page.locator("h1").click()  # focus on no field
    seen = []
    for _ in refs:
        page.keyboard.press("j")
        seen.append(page.eval_on_selector(".stmt.active", "e => e.dataset.ref"))
    assert seen == refs, "j visits every statement in page order"
    page.keyboard.press("k")
    assert page.eval_on_selector(".stmt.active", "e => e.dataset.ref") == refs[-2]
    # While typing in a field, Alt+Down moves on without typing a character.
    page.focus('[id="field-headline"]')
    before = page.input_value('[id="field-headline"]')
    page.keyboard.press("Alt+ArrowDown")
    assert page.eval_on_selector(".stmt.active", "e => e.dataset.ref") == refs[refs.index("headline") + 1]
    assert page.input_value('[id="field-headline"]') == before
    # s opens the sources, arrows move through the story, Enter selects, Escape returns.
    page.locator("h1").click()
    page.keyboard.press("j")
    active = page.eval_on_selector(".stmt.active", "e => e.dataset.ref")
    first_cite = page.eval_on_selector(".stmt.active", "e => e.dataset.cites.split(' ')[0]")
    page.keyboard.press("s")
    assert page.evaluate("document.activeElement.dataset.sid") == first_cite
    page.keyboard.press("ArrowDown")
    moved = page.evaluate("document.activeElement.dataset.sid")
    assert moved != first_cite
    page.keyboard.press("Enter")
    assert page.get_attribute(f"#src-{moved}", "aria-pressed") == "true"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.dataset.ref") == active
    # ] opens the next story that needs attention.
    following = page.get_attribute("#next-in-queue", "href")
    page.keyboard.press("]")
    page.wait_for_url(f"**{following}")


def test_desk_hostile_edit_is_checked_live_shown_inert_and_flag_follows_the_revision(
    editor_server: Any, desk_page: Any, stories: Stories, output_dir: Path
) -> None:
    page = desk_page
    page.goto(f"{editor_server.base}/editor/articles/{stories.demo}")
    field = page.locator('[id="field-takeaways.0"]')
    field.fill("")
    field.type(f"{HOSTILE} Putin paid 987 million roubles.", delay=2)
    stmt = page.locator(_sel("takeaways.0"))
    # Wait for the check of the whole text (a pause mid-typing may have checked a part of it).
    page.wait_for_function(
        """sel => { const s = document.querySelector(sel); const m = s.querySelector('.marked');
                    return s.dataset.checked === 'live' && m && m.textContent.endsWith('roubles.'); }""",
        arg=_sel("takeaways.0"), timeout=10_000)
    marks = stmt.locator("mark.finding").all_inner_texts()
    assert "987 million" in marks and "Putin" in marks, marks
    kinds = stmt.locator(".findings li").evaluate_all("els => els.map(e => e.dataset.kind)")
    assert {"number", "name"} <= set(kinds)
    assert "a number its sentences do not give" in stmt.inner_text()
    assert stmt.locator(".against blockquote").count() >= 1, "the sentence it was checked against is shown"
    assert "<script>" in stmt.locator(".marked").inner_text(), "the markup shows as text"
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    assert page.locator("img[src=x]").count() == 0 and stmt.locator("script").count() == 0
    page.screenshot(path=str(output_dir / "desk-live-check.png"))

    page.locator("#part-takeaways button", has_text="Save takeaways").click()
    page.wait_for_url("**notice=saved**")
    assert page.inner_text("#grounding-status") == "flagged", "the flag follows the revision"
    assert "1 statement of this revision is flagged" in page.inner_text("#approve")
    assert page.locator(f'{_sel("takeaways.0")}.flagged mark.finding', has_text="987 million").count() == 1
    assert page.locator("img[src=x]").count() == 0 and page.evaluate("window.__pwned") is None
    # A flagged article opens on its first finding.
    page.goto(f"{editor_server.base}/editor/articles/{stories.demo}")
    first = page.eval_on_selector(".stmt.flagged", "e => e.dataset.ref")
    assert page.evaluate("document.activeElement.dataset.ref") == first
    assert _visible_in(page, _sel(first), None)
    page.screenshot(path=str(output_dir / "desk-review-desktop.png"))


def test_desk_revision_diff_between_two_revisions(editor_server: Any, desk_page: Any,
                                                  stories: Stories, output_dir: Path) -> None:
    page = desk_page
    page.goto(f"{editor_server.base}/editor/articles/{stories.flagged}")
    rows = page.locator("#revisions tbody tr")
    assert rows.count() == 2
    assert "ana" in rows.nth(1).inner_text() and "flagged" in rows.nth(1).inner_text()
    assert "wire" in rows.nth(0).inner_text() and "takeaways" in rows.nth(1).inner_text()
    page.check('#revisions input[name=a][value="1"]')
    page.check('#revisions input[name=b][value="2"]')
    page.select_option("#compare-part", "takeaways")
    page.click("#compare button[type=submit]")
    page.wait_for_url("**/diff?**")
    assert page.locator("#diff dd").count() == 1, "only the edited takeaway changed"
    assert page.get_attribute("#diff dd", "data-ref") == "takeaways.0"
    assert "987 million dollars" in page.locator("#diff dd ins").all_inner_texts()[-1]
    assert "Approve and publish revision 2" in page.inner_text("#approve button")
    page.screenshot(path=str(output_dir / "desk-diff.png"), full_page=True)


def test_desk_regenerate_shows_old_and_new_before_replacing(editor_server: Any, desk_page: Any,
                                                            stories: Stories, output_dir: Path) -> None:
    page = desk_page
    page.goto(f"{editor_server.base}/editor/articles/{stories.flagged}")
    latest = len(editor_server.store.revisions(stories.flagged))
    page.locator("#part-takeaways .regenerate button").click()
    page.wait_for_selector("#side-by-side", timeout=60_000)
    assert len(editor_server.store.revisions(stories.flagged)) == latest, "nothing saved yet"
    changed = page.locator("#side-by-side tr.changed")
    assert changed.count() >= 1, "the edited takeaway comes back as the engine wrote it"
    assert "987 million dollars" in changed.first.locator("td.old del").inner_text()
    page.screenshot(path=str(output_dir / "desk-regenerate.png"), full_page=True)
    page.click("#accept button")
    page.wait_for_url("**notice=regenerated**")
    revisions = editor_server.store.revisions(stories.flagged)
    assert len(revisions) == latest + 1 and revisions[-1].author == "ana"
    assert "987 million" not in editor_server.store.get(stories.flagged).article.parts.takeaways[0].claim.text


def test_desk_queue_orders_flagged_then_awaiting_by_age_then_published(editor_server: Any, desk_page: Any,
                                                                        stories: Stories, output_dir: Path) -> None:
    page = desk_page
    page.goto(f"{editor_server.base}/editor/")
    page.screenshot(path=str(output_dir / "desk-queue-desktop.png"))
    states = page.eval_on_selector_all("#queue tbody tr", "els => els.map(e => e.dataset.state)")
    rank = {"flagged": 0, "awaiting": 1, "published": 2}
    assert [rank[s] for s in states] == sorted(rank[s] for s in states), states
    ids = page.eval_on_selector_all("#queue tbody tr", "els => els.map(e => e.dataset.id)")
    assert set(stories.dev) <= set(ids) and stories.published in ids
    awaiting_times = page.eval_on_selector_all(
        "#queue tbody tr[data-state=awaiting] time", "els => els.map(e => e.getAttribute('datetime'))")
    assert awaiting_times == sorted(awaiting_times), "awaiting approval: the oldest first"
    for state in ("flagged", "awaiting", "published"):
        assert int(page.inner_text(f"#tab-{state} .n")) == states.count(state)
    assert int(page.inner_text("#tab-all .n")) == len(states)
    page.click("#tab-flagged")
    assert set(page.eval_on_selector_all("#queue tbody tr", "els => els.map(e => e.dataset.state)")) <= {"flagged"}
    # Search by words still narrows the queue.
    page.goto(f"{editor_server.base}/editor/?q=zzzznotaword")
    assert "No story matches." in page.inner_text("#queue")
    # Worked from the keyboard: j to the first story, Enter opens it.
    page.goto(f"{editor_server.base}/editor/")
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/editor/articles/{ids[0]}")


def test_desk_pages_have_no_serious_axe_violations(editor_server: Any, desk_page: Any, stories: Stories,
                                                   output_dir: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = desk_page
    axe = Axe()
    pages = {
        "queue": "/editor/",
        "review-flagged": f"/editor/articles/{stories.flagged}",
        "review": f"/editor/articles/{stories.dev[1]}",
        "diff": f"/editor/articles/{stories.flagged}/diff?a=1&b=2",
    }
    report: dict[str, Any] = {}
    for name, path in pages.items():
        page.goto(editor_server.base + path)
        result = axe.run(page)
        assert result.response["passes"], "axe-core ran its rules on the page"
        report[name] = [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"])}
                        for v in result.response["violations"]]
    page.goto(f"{editor_server.base}/editor/articles/{stories.dev[2]}")
    page.locator("#part-synopsis .regenerate button").click()
    page.wait_for_selector("#side-by-side", timeout=60_000)
    report["regenerate"] = [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"])}
                            for v in axe.run(page).response["violations"]]
    (output_dir / "desk-axe.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    serious = {n: [v for v in vs if v["impact"] in ("serious", "critical")] for n, vs in report.items()}
    assert all(not vs for vs in serious.values()), serious


def test_desk_at_phone_width(editor_server: Any, browser: Any, stories: Stories, output_dir: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        editor_server.login(page)
        page.screenshot(path=str(output_dir / "desk-queue-phone.png"))
        page.goto(f"{editor_server.base}/editor/articles/{stories.dev[1]}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, "no sideways scrolling"
        page.tap(f'{_sel("synopsis.0")} .stmt-field')
        cites = page.get_attribute(_sel("synopsis.0"), "data-cites").split()
        assert _visible_in(page, "#source", None), "the story panel stays on screen"
        for sid in cites:
            assert _visible_in(page, f"#src-{sid}", "#source")
        assert page.eval_on_selector_all("#source .sent.cited", "els => els.map(e => e.dataset.sid)") == cites
        page.screenshot(path=str(output_dir / "desk-review-phone.png"))
        from axe_playwright_python.sync_playwright import Axe

        violations = Axe().run(page).response["violations"]
        assert [v["id"] for v in violations if v["impact"] in ("serious", "critical")] == []
        assert errors == []
    finally:
        context.close()


def _before_actions(page: Any, url: str) -> tuple[int, int]:
    """Actions to verify every statement on the old review screen, and how many it shows.

    The old screen showed the story only inside the page preview (an iframe of about
    600×720 px beside the form fields, which show no citations): the editor scrolls the
    preview to each statement, hovers it to see its sentences (the page's popup), and
    scrolls on when the popup runs past the bottom. Each scroll is counted as 87.5% of
    the frame's height, so this is a lower bound.
    """
    page.set_viewport_size({"width": 600, "height": 720})
    page.goto(url)
    height = 720
    step = SCROLL * height
    statements = ("[...document.querySelectorAll('[data-cites]')]"
                  ".filter(e => e.dataset.cites && e.offsetParent !== null)")
    boxes = page.evaluate(f"() => {statements}.map(e => {{ const b = e.getBoundingClientRect();"
                          " return [b.top + scrollY, b.bottom + scrollY]; })")
    at, actions = 0.0, 0
    for i, (top, bottom) in enumerate(boxes):
        if bottom > at + height:
            n = math.ceil((bottom - at - height) / step)
            at, actions = at + n * step, actions + n
        if top < at:
            n = math.ceil((at - top) / step)
            at, actions = at - n * step, actions + n
        at = page.evaluate("t => { window.scrollTo(0, t); return scrollY; }", at)
        x, y = page.evaluate(f"i => {{ const b = {statements}[i].getBoundingClientRect();"
                             " return [b.left + Math.min(b.width / 2, 12), (Math.max(b.top, 0) + Math.min(b.bottom, innerHeight)) / 2]; }", i)
        page.mouse.move(x, y)
        actions += 1  # the hover that shows the statement's sentences
        pop = page.evaluate("() => { const p = document.getElementById('cite-pop');"
                            " if (!p || p.hidden) return null; return p.getBoundingClientRect().bottom + scrollY; }")
        if pop is not None and pop > at + height:
            n = math.ceil((pop - at - height) / step)
            at, actions = at + n * step, actions + n
    return actions, len(boxes)


def _after_actions(page: Any, url: str) -> tuple[int, int]:
    """Actions to verify every statement on the desk: one key each, plus any scroll still needed."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(url)
    page.locator("h1").click()
    refs = page.eval_on_selector_all(".stmt", "els => els.map(e => e.dataset.ref)")
    pane = page.eval_on_selector("#source", "e => e.getBoundingClientRect().height")
    actions, visited = 0, set()
    for _ in refs:  # a flagged story opens on its first finding: j from there wraps round
        page.keyboard.press("j")
        actions += 1
        visited.add(page.eval_on_selector(".stmt.active", "e => e.dataset.ref"))
        box = page.eval_on_selector(".stmt.active", "e => { const b = e.getBoundingClientRect();"
                                                     " return [b.top, b.bottom]; }")
        over = max(0.0, box[1] - 900) + max(0.0, -box[0])
        actions += math.ceil(over / (SCROLL * 900)) if over > 1 else 0
        spread = page.evaluate("""() => {
            const p = document.getElementById('source').getBoundingClientRect();
            let out = 0;
            const quoted = new Set([...document.querySelectorAll('#cited-extra [data-sid]')].map(q => q.dataset.sid));
            const box = document.getElementById('cited-extra').getBoundingClientRect();
            if (quoted.size && (box.bottom > p.bottom || box.top < p.top)) { out = Math.max(out, box.bottom - p.bottom); }
            for (const s of document.querySelectorAll('#source .sent.cited')) {
              if (quoted.has(s.dataset.sid)) { continue; }
              const b = s.getBoundingClientRect();
              out = Math.max(out, b.bottom - p.bottom, p.top - b.top);
            }
            return out; }""")
        actions += math.ceil(spread / (SCROLL * pane)) if spread > 1 else 0
    assert visited == set(refs), "every statement was visited"
    return actions, len(refs)


def test_desk_actions_to_verify_every_statement_on_five_dev_stories(
    editor_server: Any, desk_page: Any, stories: Stories, output_dir: Path
) -> None:
    page = desk_page
    rows = []
    for id in stories.dev:
        before, shown = _before_actions(page, f"{editor_server.base}/editor/articles/{id}/preview")
        after, statements = _after_actions(page, f"{editor_server.base}/editor/articles/{id}")
        rows.append({"id": id, "statements": statements, "shown_on_old_screen": shown,
                     "before": before, "after": after})
    (output_dir / "desk-actions.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print("\nactions to verify every statement (before = old screen's preview, after = the desk):")
    for r in rows:
        print(f"  {r['id'][:14]}  statements {r['statements']:2d} (old screen showed {r['shown_on_old_screen']:2d})"
              f"  before {r['before']:3d}  after {r['after']:3d}")
    for r in rows:
        # The desk: one key per statement, every statement, no scrolling. The old screen showed
        # only some statements with their sentences, at more actions each.
        assert r["after"] == r["statements"], "one key per statement and no scroll"
        assert r["shown_on_old_screen"] < r["statements"]
        assert r["after"] / r["statements"] < r["before"] / r["shown_on_old_screen"]
    assert sum(r["after"] for r in rows) < sum(r["before"] for r in rows)
