"""News Title Case, shared by every part that writes a headline or a label.

(The synopsis lives in :mod:`copydesk.generate.synopsis`, the key takeaways in
:mod:`copydesk.generate.takeaways`.)
"""

from __future__ import annotations

from collections.abc import Sequence

_SMALL = frozenset(["a", "an", "the", "and", "or", "but", "nor", "for", "of", "on", "in", "at", "to", "by", "with", "from", "as", "vs", "via"])


def title_case(words: Sequence[str]) -> str:
    """News Title Case: short function words lower case except first and last."""
    out = []
    for i, w in enumerate(words):
        if 0 < i < len(words) - 1 and w.lower() in _SMALL:
            out.append(w.lower())
        elif w.isupper() or any(ch.isupper() for ch in w[1:]) or "." in w:
            out.append(w)  # acronyms and names keep their case ("US", "McDonald", "A.P.")
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)
