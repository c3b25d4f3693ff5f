"""A Markdown rendering of the article, for editors, diffs and plain-text channels.

Story text is escaped so that it reads as typed: characters that Markdown or HTML
would interpret (``*``, ``_``, ``[``, ``<``, a leading ``#`` …) are backslash-escaped
or written as entities, so a story cannot inject markup into the rendering.
"""

from __future__ import annotations

import re

from copydesk.model import Claim, EnrichedArticle
from copydesk.render.jsonld import article_date, publisher_name, source_name
from copydesk.render.page import ref_label

_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# Only at a line's start do these make a heading, quote, list or rule.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)](?=\s))", re.MULTILINE)


def md_escape(text: str) -> str:
    """``text`` with Markdown-significant characters escaped and HTML neutralised."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    lead, mark = match.group(1), match.group(2)
    if mark[0].isdigit():  # "1." → "1\." (a backslash before a digit is literal)
        return lead + mark[:-1] + "\\" + mark[-1]
    return lead + "\\" + mark


def _cites(claim: Claim) -> str:
    return f" <sup>[{', '.join(claim.cites)}]</sup>" if claim.cites else ""


def render_markdown(article: EnrichedArticle) -> str:
    """The article as Markdown: headline, synopsis, takeaways, body, analysis, FAQ, tags, grounding."""
    story, analysis, parts = article.story, article.analysis, article.parts
    out: list[str] = [f"# {md_escape(parts.question_headline.text)}", ""]
    out += [f"*{md_escape(parts.headline.text)}*", ""]
    published = article_date(article)
    byline = md_escape(source_name(article) or publisher_name(article))
    if story.author:
        byline = f"By {md_escape(story.author)}, {byline}"
    if published:
        byline += f" · {published.isoformat()}"
    out += [byline, ""]
    if article.grounding.status == "flagged":
        out += ["> **Needs an editor's review:** some generated statements are not fully supported.", ""]
    if parts.synopsis:
        out += [" ".join(md_escape(c.text) + _cites(c) for c in parts.synopsis), ""]
    if parts.takeaways:
        out += ["## Key takeaways", ""]
        out += [f"- **{md_escape(t.label)}:** {md_escape(t.claim.text)}{_cites(t.claim)}" for t in parts.takeaways]
        out.append("")
    out += ["## The story", ""]
    dateline = analysis.dateline
    for i, para in enumerate(story.paragraphs):
        text = md_escape(para)
        if i == 0 and dateline is not None and dateline.text and para.startswith(dateline.text):
            text = f"**{md_escape(dateline.text)}**" + md_escape(para[len(dateline.text):])
        out += [text, ""]
    if parts.viewpoint:
        out += ["## Point of view (analysis)", ""]
        out += [f"- {md_escape(c.text)}{_cites(c)}" for c in parts.viewpoint] + [""]
        out += ["*Written by software from the story and checked against it.*", ""]
    if parts.faq:
        out += ["## Questions and answers", ""]
        for item in parts.faq:
            out += [f"### {md_escape(item.question.text)}", "", md_escape(item.answer.text) + _cites(item.answer), ""]
    if parts.tags:
        out += ["## Topics", "", ", ".join(md_escape(t) for t in parts.tags), ""]
    out += ["## Grounding", ""]
    bad = [s for s in article.grounding.supports if not s.supported or s.unsupported]
    if not bad:
        out.append(f"Supported: all {len(parts.claims())} generated statements rest on the sentences they cite.")
    else:
        out.append(f"Flagged: {len(bad)} generated statements need review.")
        out.append("")
        for s in bad:
            items = "; ".join(f"{u.kind} “{md_escape(u.text)}”" for u in s.unsupported)
            out.append(f"- {ref_label(s.ref)} (support {s.score:.2f}){': ' + items if items else ''}")
    out.append("")
    return "\n".join(out)
