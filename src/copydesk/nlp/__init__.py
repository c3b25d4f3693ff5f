"""Reading a story: sentences, dateline, dates, entities, salience.

:func:`analyse` is the public entry point; :func:`parse` also returns the spaCy
``Doc`` so that the rules engine can reuse the parse instead of running it twice.
"""

from __future__ import annotations

from copydesk.nlp.analyse import ParsedStory, analyse, parse

__all__ = ["ParsedStory", "analyse", "parse"]
