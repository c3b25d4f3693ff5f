"""The publishing site: who publishes the pages, and the absolute URLs they live at.

Read from the environment on each call (cheap, and tests can set it per test):

``COPYDESK_SITE_NAME``
    The publisher's name (``publisher.name``, ``og:site_name``, the masthead).
    Default ``copydesk``.
``COPYDESK_SITE_URL``
    The publisher's home page (``publisher.url``). Default: none.
``COPYDESK_SITE_LOGO``
    An absolute URL of the publisher's logo (``publisher.logo``, the podcast's artwork).
``COPYDESK_BASE_URL``
    Where the published pages are served; default ``COPYDESK_SITE_URL``. With it, the
    page of article ``ID`` is ``BASE/articles/ID`` and its narration
    ``BASE/articles/ID/audio.mp3`` (the routes of :mod:`copydesk.web.api`), and every
    URL in the page's metadata and JSON-LD is absolute. Without it, no absolute URL is
    invented: the page has no canonical link and the JSON-LD no ``url`` or ``audio``.

>>> Site(name="The Daily", base_url="https://news.example/").page_url("st_1")
'https://news.example/articles/st_1'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

DEFAULT_SITE_NAME = "copydesk"


def absolute_http(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else None."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None


@dataclass(frozen=True, slots=True)
class Site:
    """The publishing site's identity and the base URL of its published pages."""

    name: str = DEFAULT_SITE_NAME
    url: str | None = None
    logo: str | None = None
    base_url: str | None = None

    def _base(self) -> str | None:
        base = absolute_http(self.base_url) or absolute_http(self.url)
        return base.rstrip("/") + "/" if base else None

    def page_url(self, article_id: str) -> str | None:
        """The absolute URL of an article's published page, or None without a base URL."""
        base = self._base()
        return urljoin(base, f"articles/{quote(article_id, safe='')}") if base else None

    def audio_url(self, article_id: str) -> str | None:
        """The absolute URL of an article's published narration, or None."""
        page = self.page_url(article_id)
        return page + "/audio.mp3" if page else None

    def absolute(self, url: str | None, *, page: str | None = None) -> str | None:
        """``url`` made absolute against ``page`` (else the base URL); None if it cannot be."""
        if not url:
            return None
        found = absolute_http(url)
        if found:
            return found
        if url.strip().startswith("//") or ":" in url.split("/", 1)[0]:
            return None  # protocol-relative or another scheme (javascript:, data:)
        base = absolute_http(page) or self._base()
        return absolute_http(urljoin(base, url.strip())) if base else None


def site_from_env(environ: Mapping[str, str] | None = None) -> Site:
    """The :class:`Site` the ``COPYDESK_SITE_*`` and ``COPYDESK_BASE_URL`` variables describe."""
    env = os.environ if environ is None else environ
    return Site(
        name=(env.get("COPYDESK_SITE_NAME") or "").strip() or DEFAULT_SITE_NAME,
        url=absolute_http(env.get("COPYDESK_SITE_URL")),
        logo=absolute_http(env.get("COPYDESK_SITE_LOGO")),
        base_url=absolute_http(env.get("COPYDESK_BASE_URL")),
    )
