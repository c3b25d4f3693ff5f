"""Word-level differences between two revisions of an article, part by part.

>>> [(op.kind, op.text) for op in word_diff("The bank held rates.", "The bank cut rates.")]
[('same', 'The bank '), ('del', 'held'), ('ins', 'cut'), ('same', ' rates.')]
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from copydesk.model import Parts

_TOKENS = re.compile(r"\s+|\w+(?:['’]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Op:
    """A run of text that is the same in both, only in the old one, or only in the new one."""

    kind: Literal["same", "del", "ins"]
    text: str


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One field of a part (a statement, a label, the tags) in two revisions."""

    ref: str
    old: str
    new: str
    ops: tuple[Op, ...]

    @property
    def changed(self) -> bool:
        return self.old != self.new


def word_diff(old: str, new: str) -> tuple[Op, ...]:
    """The edits turning ``old`` into ``new``, word by word (spaces and punctuation are tokens)."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[Op] = []

    def add(kind: Literal["same", "del", "ins"], text: str) -> None:
        if not text:
            return
        if out and out[-1].kind == kind:
            out[-1] = Op(kind, out[-1].text + text)
        else:
            out.append(Op(kind, text))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            add("same", "".join(a[i1:i2]))
        else:
            add("del", "".join(a[i1:i2]))
            add("ins", "".join(b[j1:j2]))
    return tuple(out)


_NAMES = {"synopsis": "Synopsis sentence", "takeaways": "Takeaway", "viewpoint": "Point of view",
          "timeline": "Timeline entry"}
_SINGLE = {"question_headline": "Question headline", "headline": "Headline", "seo_title": "SEO title",
           "tags": "Tags"}


def field_label(ref: str) -> str:
    """A field's name as the review screen shows it.

    >>> field_label("takeaways.0.label"), field_label("faq.2.answer"), field_label("seo_title")
    ('Takeaway 1 label', 'Answer 3', 'SEO title')
    """
    if ref in _SINGLE:
        return _SINGLE[ref]
    head, _, rest = ref.partition(".")
    number, _, tail = rest.partition(".")
    if not number.isdigit():
        return ref
    n = int(number) + 1
    if head == "faq":
        return f"{'Question' if tail == 'question' else 'Answer'} {n}"
    return f"{_NAMES.get(head, head)} {n}{' ' + tail if tail else ''}"


def fields(parts: Parts) -> dict[str, str]:
    """Every editable text of ``parts`` by reference, in page order (labels as ``takeaways.0.label``)."""
    out: dict[str, str] = {
        "question_headline": parts.question_headline.text,
        "headline": parts.headline.text,
        "seo_title": parts.seo_title,
    }
    out |= {f"synopsis.{i}": c.text for i, c in enumerate(parts.synopsis)}
    for i, t in enumerate(parts.takeaways):
        out[f"takeaways.{i}.label"] = t.label
        out[f"takeaways.{i}"] = t.claim.text
    out |= {f"viewpoint.{i}": c.text for i, c in enumerate(parts.viewpoint)}
    for i, f in enumerate(parts.faq):
        out[f"faq.{i}.question"] = f.question.text
        out[f"faq.{i}.answer"] = f.answer.text
    out["tags"] = ", ".join(parts.tags)
    return out


def parts_diff(old: Parts, new: Parts, part: str | None = None) -> tuple[FieldDiff, ...]:
    """Each field of ``old`` and ``new`` (of one part when ``part`` is given), with its word diff.

    A field that exists in one revision only (a takeaway added or removed) is diffed
    against the empty string.
    """
    a, b = fields(old), fields(new)
    refs = list(a) + [r for r in b if r not in a]
    if part is not None:
        refs = [r for r in refs if r == part or r.startswith(part + ".")]
    return tuple(FieldDiff(r, a.get(r, ""), b.get(r, ""), word_diff(a.get(r, ""), b.get(r, "")))
                 for r in refs)
