"""A bracket inside a quotation is the writer's insertion the quoted words lean on ("happy
with my (Scientology) experience"): compression keeps it, where dropping it rewrote the
quote ("shed light on so decidedly negative"). A bracketed aside outside quotation marks
still goes. Invented sentences."""

from __future__ import annotations

from copydesk.generate.compress import parentheticals
from copydesk.nlp.parser import load_pipeline


def _dropped(text: str) -> str:
    span = load_pipeline()(text)[:]
    drop = parentheticals(span)
    return " ".join(t.text for t in span if t.i in drop)


def test_a_bracket_inside_a_quotation_stays() -> None:
    for text in ('"I have nothing to add about (the film) that would change minds," Jane Porter said.',
                 "'We spent (our savings) on the roof,' Mr Hale said.",
                 "He said: ‘I (really) don’t mind the delay.’"):
        assert "(" not in _dropped(text), text


def test_a_bracket_outside_quotation_marks_goes() -> None:
    assert _dropped("The council (which meets monthly) approved the plan on Tuesday.").startswith("(")
    # after a closed quotation, a bracket is the story's own aside again
    assert "(" in _dropped("'It is fine,' she said (pictured) before leaving the court.")
