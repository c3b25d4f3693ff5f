"""Shipped test doubles and backend contract checks: the one place tests get them.

Downstream code tests against these instead of the real speech engine, store or
pipeline, engine or output formats::

    voice = RecordingVoice()
    narration = narrate(story, analysis, parts, tmp_path, voice=voice)
    assert voice.scripts[0].segments[0].id == "h"

=====================  ==========================================================
articles               :func:`sample_article` (the built-in story, or one over any text),
                       :data:`HOSTILE_STRINGS`
voice                  :class:`RecordingVoice`, :func:`check_voice`
engine                 :class:`FakeEngine`, :func:`check_engine`
formats                :func:`check_renderer` (the output formats are small and pure:
                       the built-in ones are their own doubles)
store                  :class:`MemoryStore`, :func:`check_store` =
                       :func:`check_article_store` + :func:`check_account_store`
service                ``fake_enrich``, ``fake_narrate``, ``fake_regenerate``,
                       ``fake_slow_enrich``, ``fake_hungry_enrich`` for
                       :func:`copydesk.web.create_app`
=====================  ==========================================================
"""

from __future__ import annotations

from copydesk.store.memory import MemoryStore
from copydesk.testing.articles import HOSTILE_STRINGS, parts_over, sample_article
from copydesk.testing.engine import FakeEngine, check_engine
from copydesk.testing.formats import check_renderer
from copydesk.testing.service import (
    fake_enrich,
    fake_hungry_enrich,
    fake_narrate,
    fake_regenerate,
    fake_slow_enrich,
)
from copydesk.testing.store import check_account_store, check_article_store, check_store
from copydesk.testing.voice import RecordingVoice, check_voice

__all__ = [
    "HOSTILE_STRINGS",
    "FakeEngine",
    "MemoryStore",
    "RecordingVoice",
    "check_account_store",
    "check_article_store",
    "check_engine",
    "check_renderer",
    "check_store",
    "check_voice",
    "fake_enrich",
    "fake_hungry_enrich",
    "fake_narrate",
    "fake_regenerate",
    "fake_slow_enrich",
    "parts_over",
    "sample_article",
]
