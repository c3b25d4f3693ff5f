"""The newsroom desk: what the API and the editor app do, over the library and a store.

Both surfaces call these methods and nothing else, so the JSON API and the browser
app cannot disagree. Every dependency with I/O or heavy models (enrich, ground,
regenerate, narrate) is a callable handed in, so tests pass doubles.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from copydesk.errors import InputError, NotFound
from copydesk.model import (
    Analysis,
    Claim,
    ClaimRef,
    EnrichedArticle,
    Grounding,
    Narration,
    PartKind,
    Parts,
    Story,
    Support,
    Unsupported,
)
from copydesk.settings import Settings
from copydesk.store import Head, Revision, Store, StoredArticle, hash_token
from copydesk.web import cache as web_cache
from copydesk.web.cache import Cached, Lru
from copydesk.web.pool import EnrichPool

T = TypeVar("T")

logger = logging.getLogger(__name__)

# Narrations kept in memory (per article revision); the audio itself stays on disk.
NARRATION_CACHE = 512
# Rendered pages and serialised documents kept per process (each ~50-200 KB).
PAGE_CACHE = 256
# Published-revision numbers and valid tokens (a few bytes each).
ID_CACHE = 10_000


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: Any) -> Any:
    # A date is written YYYY-MM-DD: 0 or 1700000000 are not dates (pydantic would read 1970-01-01).
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
"""A calendar date given as ``YYYY-MM-DD`` (never a number of seconds)."""


def query_day(value: str | None, name: str) -> date | None:
    """The date a query parameter ``name`` gives as ``YYYY-MM-DD``; None when it is empty or absent.

    Raises InputError (422) naming the parameter when the value is not a date.
    """
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name} {value[:20]!r} is not a date", hint="write dates as YYYY-MM-DD",
                         parameter=name) from None

MAX_URL = 2048


def _exactly_one_schema(schema: dict[str, Any]) -> None:
    schema["oneOf"] = [
        {"required": [k], "properties": {k: {"type": "string"}}} for k in ("text", "html", "url")
    ]


class StoryInput(BaseModel):
    """A story to enrich: exactly one of ``text``, ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=_exactly_one_schema)

    text: str | None = Field(default=None, description="The story as plain text (first line may be the "
                                                       "headline). Exactly one of text, html or url.")
    html: str | None = Field(default=None, description="An HTML page; its main text is extracted. "
                                                       "Exactly one of text, html or url.")
    url: str | None = Field(default=None, max_length=MAX_URL,
                            description="An http(s) URL to fetch (public addresses only). "
                                        "Exactly one of text, html or url.")
    published: IsoDate | None = None
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=200)

    @field_validator("url")
    @classmethod
    def _whole_url(cls, url: str | None) -> str | None:
        if url is not None and (not url.strip() or any(ch.isspace() or ord(ch) < 32 for ch in url.strip())):
            raise ValueError("a URL has no spaces or control characters in it")
        return url.strip() if url is not None else None

    @model_validator(mode="after")
    def _exactly_one(self) -> StoryInput:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of 'text', 'html' or 'url'")
        return self


ReadFn = Callable[[StoryInput, Settings], Story]
EnrichFn = Callable[[Story, Settings], EnrichedArticle]
RegenerateFn = Callable[[EnrichedArticle, PartKind, Settings], EnrichedArticle]
NarrateFn = Callable[[EnrichedArticle, Path, Settings], Narration]
CheckFn = Callable[[Analysis, Claim, Settings], Support]

# The longest statement the live check accepts (a takeaway is ~40 words; this is ~800).
MAX_CHECK_CHARS = 5000


class EditResult(BaseModel):
    """What an edit (or regeneration) of one part produced."""

    model_config = ConfigDict(frozen=True)

    id: str
    revision: int
    part: PartKind
    status: str
    """Grounding status of the whole article after the edit."""
    flagged: tuple[Support, ...]
    """The part's claims that are not supported, each with what it names unsupported."""
    unsupported: tuple[Unsupported, ...]
    """Every unsupported name, number and date in the edited part."""
    article: EnrichedArticle


def library_read(inp: StoryInput, settings: Settings) -> Story:
    """Read the story; URLs go through the ingest layer's fetcher and its private-address block."""
    from copydesk.ingest.readers import read_story, story_from_content

    # Never hand user text to read_story(str): a str naming a file would be read from disk.
    if inp.url is not None:
        story = read_story(inp.url, kind="url", published=inp.published, title=inp.title, settings=settings)
    elif inp.html is not None:
        story = story_from_content(inp.html.encode("utf-8"), fmt="html", title=inp.title,
                                   published=inp.published, settings=settings)
    else:
        story = story_from_content((inp.text or "").encode("utf-8"), fmt="text", title=inp.title,
                                   published=inp.published, settings=settings)
    return story.replace(source=inp.source) if inp.source else story


def replace_part(article: EnrichedArticle, part: PartKind, value: Any, **kwargs: Any) -> EnrichedArticle:
    """:func:`copydesk.pipeline.replace_part`, imported when first used (it loads spaCy)."""
    from copydesk.pipeline import replace_part as replace

    return replace(article, part, value, **kwargs)


def library_enrich(story: Story, settings: Settings) -> EnrichedArticle:
    """Analyse, write and ground every part (:func:`copydesk.enrich_story`)."""
    from copydesk.pipeline import enrich_story

    return enrich_story(story, settings=settings)


def library_check(analysis: Analysis, claim: Claim, settings: Settings) -> Support:
    """Check one claim exactly as saving it would (:func:`copydesk.pipeline.check_statement`)."""
    from copydesk.pipeline import check_statement

    return check_statement(analysis, claim, settings)


def library_regenerate(article: EnrichedArticle, part: PartKind, settings: Settings) -> EnrichedArticle:
    """Regenerate one part with the configured engine (:func:`copydesk.regenerate`)."""
    from copydesk.pipeline import regenerate

    return regenerate(article, part, settings=settings)


def library_narrate(article: EnrichedArticle, out_dir: Path, settings: Settings) -> Narration:
    """Narrate the article into ``out_dir`` with the settings' voice (:func:`copydesk.publishing.publish`)."""
    from copydesk.publishing import publish

    narration = publish(article, formats=(), audio_dir=out_dir, settings=settings).article.narration
    assert narration is not None
    return narration


@dataclass(frozen=True)
class Desk:
    """The service's operations: submit, edit, regenerate, approve, narrate."""

    settings: Settings
    store: Store
    read: ReadFn = library_read
    enrich: EnrichFn = library_enrich
    regenerate: RegenerateFn = library_regenerate
    narrate: NarrateFn = library_narrate
    check: CheckFn = library_check
    pool: EnrichPool | None = None
    """Worker processes for enrich and regenerate (time and memory budget); None: in this thread."""
    _narrations: dict[tuple[str, int], Narration] = field(default_factory=dict, repr=False)
    # Read caches (see copydesk.web.cache): revisions never change; what is published and
    # which tokens are valid are kept for a second.
    # A page lists related coverage, so it is rendered again after web.cache.RELATED_TTL_S
    # and dropped on any approval here (issue 15).
    _pages: Lru[tuple[str, int], Cached] = field(
        default_factory=lambda: Lru(PAGE_CACHE, web_cache.RELATED_TTL_S), repr=False)
    _docs: Lru[tuple[str, int], bytes] = field(default_factory=lambda: Lru(PAGE_CACHE), repr=False)
    _published: Lru[str, int] = field(default_factory=lambda: Lru(ID_CACHE, 1.0), repr=False)
    _tokens: Lru[str, bool] = field(default_factory=lambda: Lru(ID_CACHE, 1.0), repr=False)
    _latest: Lru[str, Head] = field(default_factory=lambda: Lru(ID_CACHE, 1.0), repr=False)

    def head(self, id: str, revision: int | None = None) -> Head:
        """:meth:`Store.head`; the latest revision's is remembered for a second.

        This process forgets it at once when it saves or approves; another worker
        process may show the previous latest revision for up to a second (an edit
        made from it is a 409 conflict, never a lost update).
        """
        if revision is not None:
            return self.store.head(id, revision)
        head = self._latest.get(id)
        if head is None:
            head = self.store.head(id)
            self._latest.put(id, head)
        return head

    def cached_head(self, id: str) -> Head | None:
        """The latest revision's head if remembered (no I/O)."""
        return self._latest.get(id)

    def token_cached(self, secret: str) -> bool:
        """Whether ``secret`` was found valid in the last second (no I/O)."""
        return bool(self._tokens.get(hash_token(secret)))

    def cached_document(self, id: str, revision: int) -> bytes | None:
        """A revision's serialised document if cached (no I/O)."""
        return self._docs.get((id, revision))

    def _changed(self, id: str) -> None:
        self._latest.drop(id)
        self._published.drop(id)

    def token_valid(self, secret: str) -> bool:
        """Whether ``secret`` is a live API token (a valid one is remembered for a second)."""
        key = hash_token(secret)
        if self._tokens.get(key):
            return True
        valid = self.store.check_token(secret)
        if valid:
            self._tokens.put(key, True)
        return valid

    def published_revision(self, id: str) -> int:
        """The published revision's number (remembered for a second); raises NotFound."""
        number = self._published.get(id)
        if number is None:
            head = self.store.head(id)
            if head.published_revision is None:
                raise NotFound(f"article {id} has no approved revision yet",
                               hint="an editor approves a revision to publish it", id=id)
            number = head.published_revision
            self._published.put(id, number)
        return number

    def cached_page(self, id: str) -> Cached | None:
        """The published page when both caches have it: no I/O at all (the hot path)."""
        number = self._published.get(id)
        return None if number is None else self._pages.get((id, number))

    def published_page(self, id: str, render: Callable[[StoredArticle], str]) -> Cached:
        """The published page of ``id``, rendered once per revision with ``render``."""
        number = self.published_revision(id)
        page = self._pages.get((id, number))
        if page is None:
            page = Cached.of(render(self.store.get(id, number)).encode("utf-8"), f"p{number}")
            self._pages.put((id, number), page)
        return page

    def document_json(self, id: str, revision: int) -> bytes:
        """The JSON of one revision's document, serialised once."""
        doc = self._docs.get((id, revision))
        if doc is None:
            doc = self.store.get(id, revision).article.model_dump_json().encode("utf-8")
            self._docs.put((id, revision), doc)
        return doc

    def _heavy(self, fn: Callable[..., T], *args: Any) -> T:
        """Run an analysis step in the pool when there is one (see :mod:`copydesk.web.pool`)."""
        return self.pool.run(fn, *args) if self.pool is not None else fn(*args)

    def submit(self, inp: StoryInput, *, author: str | None) -> tuple[StoredArticle, bool]:
        """Enrich and store a story; an already-stored story is returned as it is (False).

        The story id is its content hash, known once the story is read: a story posted
        again is found before any analysis runs.
        """
        story = self.read(inp, self.settings)
        try:
            return self.store.get(story.id), False
        except NotFound:
            pass
        article = self._heavy(self.enrich, story, self.settings)
        rev = self.store.save(article, author=author)
        self._changed(article.id)
        return self.store.get(article.id, rev.number), rev.number == 1

    def edit_part(
        self, id: str, part: PartKind, value: Any, *, parent: int, author: str | None,
        engine: str = "editor",
    ) -> EditResult:
        """Replace one part of revision ``parent``, re-ground and save it as a new revision.

        ``parent`` is the revision the editor saw: if it is no longer the latest, the save
        is a RevisionConflict, never a silent overwrite of someone else's edit. An edit
        that the story does not support is saved all the same, and flagged.
        """
        current = self.store.get(id, parent)
        edited = replace_part(current.article, part, value, engine=engine, settings=self.settings)
        return self._commit(current, part, edited, parent, author)

    def check_statement(
        self, id: str, revision: int, ref: str, text: str
    ) -> tuple[Claim, Support, dict[str, str]]:
        """Check ``text`` as the new wording of statement ``ref`` of a revision, saving nothing.

        The claim keeps its citations and kind; the support is what saving it would record;
        the dict holds the story's sentences by id (to show what it was checked against).
        Raises NotFound for an unknown article, revision or statement, InputError for text
        past :data:`MAX_CHECK_CHARS`.
        """
        if len(text) > MAX_CHECK_CHARS:
            raise InputError(f"a statement of {len(text)} characters is too long to check",
                             hint=f"keep a statement under {MAX_CHECK_CHARS} characters")
        article = self.store.get(id, revision).article
        claims = dict(article.parts.claims())
        if ref not in claims:
            raise NotFound(f"revision {revision} of {id} has no statement {ref!r}",
                           hint="statements are named like 'takeaways.0' or 'faq.1.answer'", id=id)
        claim = claims[ref].replace(text=text.strip())
        support = self.check(article.analysis, claim, self.settings)
        sentences = {s.id: s.text for s in article.analysis.sentences}
        return claim, support.replace(ref=ref), sentences

    def propose_regeneration(self, id: str, part: PartKind, *, revision: int | None = None) -> Proposal:
        """What regenerating ``part`` of a revision would give, checked but not saved."""
        current = self.store.get(id, revision)
        fresh = self._heavy(self.regenerate, current.article, part, self.settings)
        changed: dict[str, Any] = {part: getattr(fresh.parts, part)}
        if part == "headline":
            changed["seo_title"] = fresh.parts.seo_title  # the SEO title is made from the headline
        values: dict[str, Any] = {k: _json(v) for k, v in changed.items()}
        engine = dict(fresh.provenance.engine).get(part, self.settings.engine)
        proposed = replace_part(current.article, part, values[part], seo_title=values.get("seo_title"),
                                engine=engine, settings=self.settings)
        return Proposal(current=current, part=part, values=values, article=proposed, engine=engine)

    def accept_regeneration(
        self, id: str, part: PartKind, values: dict[str, Any], *, parent: int, engine: str,
        author: str | None,
    ) -> EditResult:
        """Save a proposal the editor accepted (see :meth:`propose_regeneration`) as a new revision."""
        allowed = {part, "seo_title"} if part == "headline" else {part}
        if part not in values or not set(values) <= allowed:
            raise InputError(f"a regeneration of {part!r} changes only {sorted(allowed)}",
                             hint="regenerate the part again and accept the new text")
        if not re.fullmatch(r"[a-z][a-z0-9_-]{0,31}", engine):
            raise InputError(f"{engine[:40]!r} is not an engine name", hint="engine names look like 'rules'")
        current = self.store.get(id, parent)
        edited = replace_part(current.article, part, values[part], seo_title=values.get("seo_title"),
                              engine=engine, settings=self.settings)
        return self._commit(current, part, edited, parent, author)

    def regenerate_part(
        self, id: str, part: PartKind, *, parent: int | None, author: str | None
    ) -> EditResult:
        """Regenerate one part with the engine, re-ground, and save a new revision.

        The regenerated part is put in place with :func:`~copydesk.pipeline.replace_part`
        (the same grounding as every other change), whatever the regenerate function did.
        """
        current = self.store.get(id)
        fresh = self._heavy(self.regenerate, current.article, part, self.settings)
        added = fresh.provenance.notes[len(current.article.provenance.notes):]
        edited = replace_part(
            current.article, part, getattr(fresh.parts, part),
            seo_title=fresh.parts.seo_title if part == "headline" else None,
            engine=dict(fresh.provenance.engine).get(part, self.settings.engine), notes=added,
            settings=self.settings,
        )
        return self._commit(current, part, edited, parent, author)

    def _commit(
        self, current: StoredArticle, part: PartKind, edited: EnrichedArticle,
        parent: int | None, author: str | None,
    ) -> EditResult:
        # The parent is what the editor saw (edits always name it); a regeneration without
        # one starts from what we just read: a save racing another's becomes a conflict.
        rev: Revision = self.store.save(
            edited, parent=parent if parent is not None else current.revision, author=author
        )
        self._changed(edited.id)
        grounding = edited.grounding
        flagged = tuple(s for s in grounding.supports if _in_part(s.ref, part) and not s.supported)
        return EditResult(
            id=edited.id, revision=rev.number, part=part, status=grounding.status,
            flagged=flagged, unsupported=tuple(u for s in flagged for u in s.unsupported),
            article=edited,
        )

    def approve(self, id: str, revision: int | None) -> Revision:
        """Approve (publish) a revision, the latest when none is named."""
        number = revision if revision is not None else self.store.head(id).revision
        approved = self.store.approve(id, number)
        self._changed(id)
        self._pages.clear()  # every published page's related coverage may have changed
        return approved

    def audio_dir(self, id: str, revision: int) -> Path:
        """Where one revision's narration lives: ``data_dir/audio/<id>/r<revision>/``."""
        return Path(self.settings.data_dir) / "audio" / _safe(id) / f"r{revision}"

    def with_narration(self, stored: StoredArticle) -> EnrichedArticle:
        """The article with its narration (made once per revision, then reused)."""
        if stored.article.narration is not None:
            return stored.article
        key = (stored.article.id, stored.revision)
        narration = self._narrations.get(key)
        if narration is None:
            narration = self.narrate(stored.article, self.audio_dir(*key), self.settings)
            if len(self._narrations) >= NARRATION_CACHE:
                self._narrations.pop(next(iter(self._narrations)))
            self._narrations[key] = narration
        return stored.article.replace(narration=narration)

    def audio_file(self, stored: StoredArticle) -> Path:
        """The narration's audio file for one stored revision."""
        article = self.with_narration(stored)
        assert article.narration is not None
        path = Path(article.narration.audio)
        return path if path.is_absolute() else self.audio_dir(article.id, stored.revision) / path


@dataclass(frozen=True)
class Proposal:
    """A regenerated part, checked, beside the revision it would replace (nothing saved)."""

    current: StoredArticle
    part: PartKind
    values: dict[str, Any]
    """The changed fields' JSON: the part (and the SEO title with the headline)."""
    article: EnrichedArticle
    """The current revision with the regenerated part in place, grounded again."""
    engine: str

    @property
    def parts(self) -> Parts:
        """The current revision's parts with the regenerated one in place."""
        return self.article.parts

    @property
    def grounding(self) -> Grounding:
        return self.article.grounding


def _json(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    return value


def _safe(id: str) -> str:
    # Story ids are content hashes ("st_…"); refuse anything that could leave the folder.
    if not id.replace("_", "").replace("-", "").isalnum():
        raise InputError(f"{id!r} is not an article id", hint="ids look like st_0123abcd…")
    return id


def _in_part(ref: str, part: str) -> bool:
    return ClaimRef.parse(ref).part == part
