"""Tolerant parsing of a model's answer into :class:`~copydesk.model.Parts`.

Servers without structured output wrap JSON in code fences, add prose around it or
leave trailing commas; this module takes the outermost JSON object and repairs what
is safe to repair. Anything else (a refusal, truncated output, a wrong shape) is an
:class:`~copydesk.errors.EngineOutput`. Missing parts become empty ones, which the
gate replaces; it never lets a half-read answer through unchecked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from copydesk.errors import EngineOutput
from copydesk.model import PART_KINDS, Claim, ClaimKind, FaqItem, Parts, Takeaway

_FENCE = re.compile(r"```[a-zA-Z0-9_-]*\s*\n?(.*?)```", re.DOTALL)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_CITE = re.compile(r"^\s*\[?\s*s?\s*(\d{1,4})\s*\]?\s*$", re.IGNORECASE)
MAX_TEXT = 600
"""Characters kept of one generated string: a headline or a bullet, never an essay."""
MAX_ITEMS = 12
MAX_TAGS = 10


def _outermost_object(text: str) -> str | None:
    """The first balanced ``{…}`` in ``text`` (strings respected); None when it never closes."""
    start = text.find("{")
    if start < 0:
        return None
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
    return None


def extract_json(text: str, *, finish_reason: str | None = None) -> dict[str, Any]:
    """The JSON object in a model's answer: fences stripped, outermost object, trailing commas."""
    body = text.strip()
    fenced = _FENCE.search(body)
    if fenced and "{" in fenced.group(1):
        body = fenced.group(1).strip()
    elif body.startswith("```"):
        body = body.lstrip("`").partition("\n")[2]  # an opening fence that never closes
    if "{" not in body:
        snippet = " ".join(text.split())[:80]
        raise EngineOutput(f"the model answered without JSON (a refusal?): {snippet!r}",
                           reason="no_json")
    obj = _outermost_object(body)
    if obj is None:
        why = "cut off at the token limit" if finish_reason == "length" else "never closed"
        raise EngineOutput(f"the model's JSON is truncated ({why})", reason="truncated")
    for candidate in (obj, _TRAILING_COMMA.sub(r"\1", obj)):
        try:
            data = json.loads(candidate)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict):
            return data
    raise EngineOutput("the model's answer is not valid JSON", reason="malformed")


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("text", "")
    if not isinstance(value, str):
        return ""
    return " ".join(value.split())[:MAX_TEXT]


def normalise_cites(value: Any) -> tuple[str, ...]:
    """Sentence ids from what a model wrote: ``"s3"``, ``3``, ``"[s3]"``, ``"s3, s4"``."""
    if isinstance(value, str | int):
        value = [value]
    if not isinstance(value, list):
        return ()
    out: list[str] = []
    for item in value:
        for piece in (item.split(",") if isinstance(item, str) else [item]):
            m = _CITE.match(str(piece))
            if m and int(m.group(1)) > 0:
                sid = f"s{int(m.group(1))}"
                if sid not in out:
                    out.append(sid)
    return tuple(out)


def _claim(value: Any, kind: ClaimKind = "fact", cites: Any = None) -> Claim:
    raw = value.get("cites") if isinstance(value, dict) and cites is None else cites
    return Claim(text=_text(value), cites=normalise_cites(raw), kind=kind)


def _items(value: Any) -> list[Any]:
    return value[:MAX_ITEMS] if isinstance(value, list) else []


def _takeaway(value: Any) -> Takeaway | None:
    if not isinstance(value, dict):
        return None
    label = _text(value.get("label", ""))
    inner = value.get("claim")
    claim = _claim(inner) if isinstance(inner, dict) else _claim(value)
    return Takeaway(label=label, claim=claim) if claim.text else None


def _faq(value: Any) -> FaqItem | None:
    if not isinstance(value, dict):
        return None
    answer_raw = value.get("answer")
    cites = value.get("cites")
    if cites is None and isinstance(answer_raw, dict):
        cites = answer_raw.get("cites")
    question = _claim(value.get("question"), "question", cites)
    answer = _claim(answer_raw, "fact", cites)
    return FaqItem(question=question, answer=answer) if question.text and answer.text else None


def _tags(value: Any) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in _items(value):
        text = _text(tag)[:40].strip(" #,.")
        if text and text.lower() not in seen:
            seen[text.lower()] = text
    return tuple(seen.values())[:MAX_TAGS]


def _present(values: Iterable[Any]) -> list[Any]:
    return [v for v in values if v is not None]


def parts_from_json(data: dict[str, Any]) -> Parts:
    """Parts from the answer's object; missing or unusable parts come back empty."""
    if not any(k in data for k in PART_KINDS):
        keys = ", ".join(sorted(map(str, data))[:6]) or "none"
        raise EngineOutput(f"the model's JSON has none of the parts (keys: {keys})",
                           reason="wrong_shape")
    try:
        parts = Parts(
            question_headline=_claim(data.get("question_headline"), "question"),
            headline=_claim(data.get("headline")),
            seo_title=_text(data.get("seo_title")),
            synopsis=tuple(c for c in (_claim(v) for v in _items(data.get("synopsis"))) if c.text),
            takeaways=tuple(_present(_takeaway(v) for v in _items(data.get("takeaways")))),
            viewpoint=tuple(c for c in (_claim(v, "analysis")
                                        for v in _items(data.get("viewpoint"))) if c.text),
            faq=tuple(_present(_faq(v) for v in _items(data.get("faq")))),
            tags=_tags(data.get("tags")),
        )
    except ValidationError as exc:  # defensive: the builders above only make valid values
        raise EngineOutput(f"the model's parts do not fit the document model: {exc.error_count()} "
                           "errors", reason="wrong_shape") from exc
    if not any(text for _, c in parts.claims() for text in [c.text]) and not parts.seo_title:
        raise EngineOutput("the model's JSON has no usable text", reason="empty")
    return parts


def parse_answer(text: str, *, finish_reason: str | None = None) -> Parts:
    """A model's raw answer → Parts, or :class:`EngineOutput` saying why not."""
    return parts_from_json(extract_json(text, finish_reason=finish_reason))
