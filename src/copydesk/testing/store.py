"""The Store contract: :func:`check_store` runs it against any backend.

A third-party store passes if ``check_store(store)`` returns without an
AssertionError. It runs :func:`check_article_store` (revisions, approval, listing,
the queue, concurrent editors) and :func:`check_account_store` (tokens, editors,
sessions), one for each half of :class:`~copydesk.store.Store`; a backend that
implements one protocol only runs its own check. The checks write their own
uniquely-named records, so they can run against a database that already holds data.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from copydesk.errors import NotFound, RevisionConflict
from copydesk.model import EnrichedArticle
from copydesk.store import AccountStore, ArticleStore, Head, Store
from copydesk.testing.articles import sample_article

__all__ = ["check_account_store", "check_article_store", "check_store"]


def _edited(article: EnrichedArticle, headline: str) -> EnrichedArticle:
    return article.replace(parts=article.parts.replace(headline=article.parts.headline.replace(text=headline)))


def check_store(store: Store, *, editors: int = 4, saves_each: int = 3) -> None:
    """Assert that ``store`` keeps every rule of :class:`~copydesk.store.Store` (both halves)."""
    check_article_store(store, editors=editors, saves_each=saves_each)
    check_account_store(store)


def check_article_store(store: ArticleStore, *, editors: int = 4, saves_each: int = 3) -> None:
    """Assert that ``store`` keeps every rule of :class:`~copydesk.store.ArticleStore`."""
    tag = "zq" + secrets.token_hex(4)
    first = sample_article(
        f"Officials from Aldovia met in Berlin on Monday. They signed a {tag} trade pact. "
        "The pact takes effect next year.",
        title=f"Aldovia pact {tag}", published=date(2025, 10, 29), source="Wire",
        entities=(("Aldovia", "PLACE"), ("Berlin", "PLACE")),
    )
    # Revisions, idempotence, reading back.
    r1 = store.save(first, author="ana")
    assert r1.number == 1 and r1.id == first.id and not r1.approved
    assert store.save(first).number == 1, "saving identical content must be idempotent"
    got = store.get(first.id)
    assert got.article == first and got.revision == 1 and got.latest == 1 and not got.approved
    second = _edited(first, f"Aldovia signs {tag} pact")
    r2 = store.save(second, parent=1, author="ben")
    assert r2.number == 2 and r2.parent == 1 and r2.author == "ben"
    try:
        store.save(_edited(first, "A stale edit"), parent=1)
    except RevisionConflict:
        pass
    else:
        raise AssertionError("a save whose parent is not the latest must raise RevisionConflict")
    assert [r.number for r in store.revisions(first.id)] == [1, 2], "a conflict must not store anything"
    assert store.get(first.id, 1).article == first and store.get(first.id).article == second
    # Approval and publication.
    _expect_not_found(lambda: store.get_published(first.id))
    assert store.approve(first.id, 2).approved
    store.approve(first.id, 1)
    pub = store.get_published(first.id)
    assert pub.revision == 2 and pub.approved and pub.article == second, "published = highest approved"
    assert [r.approved for r in store.revisions(first.id)] == [True, True]
    # Unknown ids and revisions.
    _expect_not_found(lambda: store.get("st_" + tag))
    _expect_not_found(lambda: store.get(first.id, 99))
    _expect_not_found(lambda: store.approve(first.id, 99))
    _expect_not_found(lambda: store.revisions("st_" + tag))
    # Listing and search.
    other = sample_article(f"Borland {tag} voters went to the polls. Turnout was high.",
                           title="Borland votes", published=date(2024, 5, 1),
                           entities=(("Borland", "PLACE"),))
    store.save(other)
    ids = [s.id for s in store.list(tag)]
    assert ids == [first.id, other.id], f"newest publication first, got {ids}"
    assert [s.id for s in store.list(f"{tag} pact")] == [first.id]
    assert [s.id for s in store.list(tag, entity="aldovia")] == [first.id]
    assert [s.id for s in store.list(tag, since=date(2025, 1, 1))] == [first.id]
    assert [s.id for s in store.list(tag, until=date(2024, 12, 31))] == [other.id]
    assert [s.id for s in store.list(tag, limit=1, offset=1)] == [other.id]
    assert store.list(tag + "%") == [] and store.list("_" + tag) == [], "LIKE wildcards are literal"
    row = store.list(tag, entity="Aldovia")[0]
    assert row.latest == 2 and row.approved == 2 and row.headline == f"Aldovia signs {tag} pact"
    _check_queue(store, tag, published=first, awaiting=other)
    # Heads: revision numbers without the document.
    assert store.head(first.id) == Head(id=first.id, revision=2, latest=2, published_revision=2, approved=True)
    assert store.head(first.id, 1).approved and store.head(first.id, 1).revision == 1
    _expect_not_found(lambda: store.head(first.id, 3))
    _expect_not_found(lambda: store.head("st_" + tag))
    _check_concurrent_editors(store, other, editors, saves_each)


def check_account_store(store: AccountStore) -> None:
    """Assert that ``store`` keeps every rule of :class:`~copydesk.store.AccountStore`."""
    tag = "zq" + secrets.token_hex(4)
    # Tokens: created, listed by name, revoked.
    token = store.create_token(f"ci-{tag}")
    assert store.check_token(token) and not store.check_token(token + "x") and not store.check_token("")
    assert f"ci-{tag}" in [t.name for t in store.list_tokens()]
    assert store.revoke_token(f"ci-{tag}") == 1 and not store.check_token(token)
    assert f"ci-{tag}" not in [t.name for t in store.list_tokens()] and store.revoke_token(f"ci-{tag}") == 0
    # Editors and their sessions: logout ends one, a password reset ends them all.
    store.create_user(f"ed-{tag}", "correct horse")
    assert store.check_user(f"ed-{tag}", "correct horse")
    assert not store.check_user(f"ed-{tag}", "wrong") and not store.check_user("nobody-" + tag, "x")
    later = datetime.now(UTC) + timedelta(hours=1)
    store.open_session(f"a-{tag}", f"ed-{tag}", later)
    store.open_session(f"b-{tag}", f"ed-{tag}", later)
    store.open_session(f"old-{tag}", f"ed-{tag}", datetime.now(UTC) - timedelta(seconds=1))
    assert store.session_active(f"a-{tag}") and store.session_active(f"b-{tag}")
    assert not store.session_active(f"old-{tag}") and not store.session_active(f"never-{tag}")
    store.close_session(f"a-{tag}")
    assert not store.session_active(f"a-{tag}") and store.session_active(f"b-{tag}")
    store.create_user(f"ed-{tag}", "a new password")
    assert not store.session_active(f"b-{tag}"), "a password reset must end the editor's sessions"


def _check_queue(store: ArticleStore, tag: str, *, published: EnrichedArticle, awaiting: EnrichedArticle) -> None:
    """The queue: flagged, then awaiting approval (oldest first), then published; counts of each."""
    later = sample_article(f"Corvia {tag} farmers protested. Prices fell.", title="Corvia protest",
                           published=date(2023, 1, 1), entities=(("Corvia", "PLACE"),))
    store.save(later)
    base = sample_article(f"Dunmore {tag} council met. It voted.", title="Dunmore council",
                          published=date(2022, 1, 1), entities=(("Dunmore", "PLACE"),))
    flagged = base.replace(grounding=base.grounding.replace(status="flagged"))
    store.save(flagged)
    page = store.queue(tag)
    assert [r.id for r in page.rows] == [flagged.id, awaiting.id, later.id, published.id], \
        "flagged first, then awaiting approval longest-waiting first, then published"
    assert (page.flagged, page.awaiting, page.published) == (1, 2, 1)
    only = store.queue(tag, state="awaiting")
    assert [r.id for r in only.rows] == [awaiting.id, later.id] and (only.flagged, only.published) == (1, 1)
    assert [r.id for r in store.queue(tag, limit=1, offset=1).rows] == [awaiting.id]
    assert [r.id for r in store.queue(tag, entity="corvia").rows] == [later.id]
    assert store.queue(tag, state="nonsense").rows == ()


def _check_concurrent_editors(store: ArticleStore, base: EnrichedArticle, editors: int, each: int) -> None:
    """Editors race to save revisions; every successful save must be kept."""
    saved: list[str] = []
    lock = threading.Lock()

    def editor(n: int) -> None:
        for k in range(each):
            while True:
                latest = store.get(base.id).revision
                headline = f"Editor {n} edit {k}"
                try:
                    store.save(_edited(base, headline), parent=latest, author=f"ed{n}")
                except RevisionConflict:
                    continue
                with lock:
                    saved.append(headline)
                break

    threads = [threading.Thread(target=editor, args=(n,)) for n in range(editors)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    revs = store.revisions(base.id)
    assert len(revs) == 1 + editors * each, f"{len(revs)} revisions for {1 + editors * each} saves"
    heads = {store.get(base.id, r.number).article.parts.headline.text for r in revs[1:]}
    assert heads == set(saved), "every saved edit must be in exactly one revision"


def _expect_not_found(call: Callable[[], object]) -> None:
    try:
        call()
    except NotFound:
        return
    raise AssertionError("expected NotFound")
