"""Generation engines: the Engine protocol and the registry of engines by name.

An engine turns a parsed story into :class:`~copydesk.model.Parts`. It does not
check its own output: the pipeline grounds every part of every engine.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from copydesk.model import Parts
from copydesk.nlp.analyse import ParsedStory
from copydesk.settings import Settings


@runtime_checkable
class Engine(Protocol):
    """A generator of article parts.

    ``parsed.doc`` may be None (an analysis loaded from JSON); an engine that needs
    the parse re-parses the sentences it uses.
    """

    name: str

    def generate(self, parsed: ParsedStory, settings: Settings) -> Parts:
        """All parts of the article, each claim citing the sentences it rests on."""
        ...
