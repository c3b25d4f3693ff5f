"""The default engine: every part built from the story's own parsed sentences.

Offline, deterministic and fast: selection, compression and templates over the
parse, so each claim is grounded by construction (the pipeline still checks it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from copydesk.contract import PARTS
from copydesk.generate.compress import compress, cut_faults
from copydesk.generate.faq import RESULT_PARTICIPLES, faq
from copydesk.generate.headlines import (
    ENDS_ON_OWNER,
    HEADLINE_MAX,
    PRONOUNS,
    QUESTION_MAX,
    SEO_MAX,
    addressed,
    balanced,
    event_clause,
    footage,
    hook,
    house_names,
    manner_of,
    means_of,
    plain_headline,
    present_form,
    prompt_of,
    refers_back,
    side_detail,
    trimmed_headline,
)
from copydesk.generate.question_headline import (
    finding_question,
    heads_the_page,
    question_headline,
    self_referring,
    sentence_case,
)
from copydesk.generate.reference import leans, points_back, sorted_ids
from copydesk.generate.select import Candidate, candidates
from copydesk.generate.summary import title_case
from copydesk.generate.synopsis import owner, synopsis_sources
from copydesk.generate.takeaways import takeaways
from copydesk.generate.viewpoint import plan, release_order, viewpoint
from copydesk.model import Analysis, Claim, Entity, FaqItem, Parts
from copydesk.nlp.analyse import ParsedStory
from copydesk.nlp.items import item_break
from copydesk.settings import Settings

STOCK_QUESTION = "What Happened?"
"""The question of last resort, replaced by the FAQ's first question when there is one."""


def _headlines(
    sources: Sequence[Candidate], cands: Sequence[Candidate], analysis: Analysis
) -> tuple[Claim, str, Claim, bool]:
    """Headline, SEO title and question headline from the news sentence, and whether the
    question is the last resort's settled fact asked back (yes/no).

    The synopsis's own sources come first (the headline and the synopsis tell the
    same news), then the lead's other statements; the first sentence whose main clause
    makes a whole headline wins. A story whose sentences never do gets its news
    sentence compressed, so a headline is never empty.
    """
    # (a background sentence heads the page only when the synopsis itself tells it)
    order = list(dict.fromkeys([*sources, *[c for c in cands[:6] if not c.roles.has("quote", "background")]]))
    headline: Claim | None = None
    seo = ""
    question: Claim | None = None
    headline_source: Candidate | None = None
    # The news sentence: a headline from another that shares nothing with it is a side
    # detail, kept only for when the news makes no headline, even cut.
    told = [c for c in order if not hook(c.span) and not (c.index > 0 and points_back(c.sentence.text))]
    # (the pictures' sentence — "Video shows …", "X filmed in action" — is the news only
    # when no other sentence of the lead tells the event)
    news = next((c for c in told if not footage(c.span)), told[0] if told else None)
    side: tuple[Claim, str, Candidate] | None = None
    caption: tuple[Claim, str, Candidate] | None = None
    side_caption: tuple[Claim, str, Candidate] | None = None
    for c in order:
        if hook(c.span):
            continue  # a scene-setting lede: the news is told further on
        if c.index > 0 and points_back(c.sentence.text):
            continue  # "X says if that happens, sea levels would rise": fine in the synopsis, no headline
        owned = owner(c, analysis)
        if headline is None and footage(c.span) and c is not news:
            h, s = plain_headline(c, analysis)
            if h.text and owned is None and news is not None and side_detail(c, news, h.text):
                side_caption = side_caption or (h, s, c)  # (after any other side detail)
            elif h.text and owned is None:
                caption = caption or (h, s, c)
        elif headline is None:
            h, s = plain_headline(c, analysis)
            if h.text and owned is not None:
                # Someone's view keeps its owner: "…, Says Actress Patsy Kensit".
                text = f"{h.text}, {title_case(owned.split())}"
                h = Claim(text=text, cites=(*h.cites, f"s{c.index + 2}")) if len(text) <= HEADLINE_MAX else Claim(text="")
                # The SEO title names the owner the way headlines do: "Kensit: Duchess … Is …".
                s = f"{owned.split()[-1]}: {s}" if h.text else ""
                s = s if len(s) <= SEO_MAX else ""  # an empty SEO title beats a cut one ("… Says It Is Not")
            if h.text and news is not None and side_detail(c, news, h.text):
                side = side or (h, s, c)
            elif h.text:
                headline, seo, headline_source = h, s, c
        if question is None and owned is None and (c in sources or c is headline_source) \
                and not (footage(c.span) and c is not news and c is not headline_source):
            # Asked of the news the synopsis tells, never of a background sentence; first
            # "Why …?" when the next sentence tells what prompted it ("The move follows
            # …"), citing both.
            q = _why_from_later(c, analysis) if c is order[0] else Claim(text="", cites=(), kind="question")
            if not q.text:
                q = question_headline(c, analysis, cands)
            if q.text and not cut_faults(q.text, c.sentence.text):
                question = q
        if headline is not None and question is not None:
            break
    main = order[0] if order else cands[0]
    if headline is not None and news is not None and headline_source is not None and headline_source is not news \
            and news is order[0] and refers_back(headline_source.span) and owner(news, analysis) is None \
            and not footage(news.span):
        # "The 15-member council voted …", "Mr Zinni was sent …": a later sentence about
        # the lead's actor, named back, tells a detail of the lead's news; the lead's
        # clause with its last whole phrases cut heads the page instead.
        h, s = trimmed_headline(news)
        if h.text:
            headline, seo, headline_source = h, s, news
    if headline is None and news is not None and owner(news, analysis) is None:
        # The news sentence's clause with its last whole phrases cut beats a side detail.
        h, s = trimmed_headline(news)
        if h.text:
            headline, seo, headline_source = h, s, news
    if headline is None and caption is not None:
        # what the pictures show, when no sentence of the lead tells the event itself
        headline, seo, headline_source = caption
    if headline is None and side is not None:
        # a side detail of the lead, before any later statement
        headline, seo, headline_source = side
    if headline is None and side_caption is not None:
        headline, seo, headline_source = side_caption
    if headline is None:
        # A whole headline from any later statement beats a cut one from the news sentence.
        for c in cands:
            if c in order or hook(c.span) or c.roles.has("quote", "background") or owner(c, analysis) is not None:
                continue
            h, s = plain_headline(c, analysis)
            if h.text:
                headline, seo = h, s
                break
    if headline is None:
        # Last resort: the news sentence compressed, cut at a word boundary to fit.
        words = [w.strip("\"“”") for w in compress(main.span, max_words=12).rstrip(".!?").split()]
        words = _headline_tense(_without_time_words(words), main)
        speaks = next((i for i, w in enumerate(words) if i and addressed(w)), None)
        if speaks is not None:
            # "… Documentary, and I Don't", "… Says 'We …": a quotation's words, not the headline's
            words = words[:speaks]
        while words and len(title_case(words)) > HEADLINE_MAX:
            words.pop()
        pos = {t.text: t.pos_ for t in main.span}
        while words and (
            words[-1].lower().strip(",") in {"a", "an", "the", "of", "to", "in", "on", "and", "for", "with", "by", "at",
                                             "as", "who", "which", "that", "but", "or", "according", "said", "says"}
            or pos.get(words[-1].strip(",")) in {"ADJ", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "ADV", "AUX", "PART"}
            or ENDS_ON_OWNER.search(words[-1].strip(","))
        ):
            words.pop()  # never end on "… of Their Disastrous", nor an owner without what it owns ("… the Company's")
        text = title_case([w for w in words if w]).rstrip(",;:")
        if not balanced(text):
            # a quotation cut open: its marks go, never a stray "'" before the words it held
            text = re.sub(r"(^|\s)['‘]|['’](?=[\s,.]|$)", r"\1", text).strip()
        headline = Claim(text=text, cites=(main.id,))
        seo = text if len(text) <= SEO_MAX else ""  # (the page's title falls back to the headline)
    headline, seo = house_names(headline, seo, analysis)  # "Truss Leads …", never "Mr Truss"
    echoed = False
    if question is None:
        tried = [c for c in (headline_source, *order[:3])
                 if c is not None and (c is headline_source or not footage(c.span))]  # (never the pictures)
        question = _last_resort_question(tried or [main], analysis, headline)
        echoed = question.text.split(" ", 1)[0] in _SETTLED_ASKS
    return headline, seo, question, echoed


_SETTLED_ASKS = frozenset({"Is", "Are", "Was", "Were", "Has", "Have", "Had", "Does", "Do", "Did"})
"""How a question of last resort opens when it asks back a settled fact ("Did X Beat Y?")."""
_TRIVIA_OPENINGS = r"^(?:Who (?:is|are|was|were) |What happened to )"
_BARE_TOPIC = r"\b(?:say|said|says) about the \w+\?$"
_WEAK_ASKS = re.compile(rf"{_TRIVIA_OPENINGS}|^(?:What happens next|When |Where )|,|{_BARE_TOPIC}", re.I)
"""FAQ questions that head a page no better than the news asked back."""
_TRIVIA_ASKS = re.compile(rf"{_TRIVIA_OPENINGS}|{_BARE_TOPIC}|^What (?:did|does|do) [^?]{{1,60}} say\?$", re.I)
"""FAQ questions that never head a page while another is there: who someone is, what
happened to someone, what someone says (about a bare noun: "… about the force?")."""


def _why_from_later(c: Candidate, analysis: Analysis) -> Claim:
    """ "Why …?" of ``c``'s event when the sentence right after it tells what prompted it
    ("The move follows complaints from residents", "It comes after the union rejected …"),
    the question citing both; empty otherwise. (The synopsis seldom takes that sentence,
    which leans on the one before, and it may be no candidate at all.)"""
    if c.index + 1 >= len(analysis.sentences):
        return Claim(text="", cites=(), kind="question")
    nxt = analysis.sentences[c.index + 1]
    span = c.span.doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
    if span is None or not (prompt_of(span) or _follows_news(span)):
        return Claim(text="", cites=(), kind="question")
    return question_headline(c, analysis, answered_by=nxt.id)


_NOT_NEWS = frozenset({"week", "weeks", "day", "days", "month", "months", "year", "years", "period", "spell",
                       "series", "string", "run", "pattern", "trend", "tradition", "line", "example", "lead", "footsteps"})
"""What "It follows …" names that is a sequence or a precedent, not what prompted the event."""


def _follows_news(span: Span) -> bool:
    """ "It follows the success of X at Y", "This follows the death of …": the sentence
    after the news names, as an event of someone or something ("the X of Y"), what
    prompted it — never a stretch of time ("a week of …"), a run of like events ("a
    series of …", "the example of …"), a negation or a time word ("follows shortly")."""
    root = span.root
    subj = next((ch for ch in root.children if ch.dep_ == "nsubj"), None)
    obj = next((ch for ch in root.children if ch.dep_ == "dobj"), None)
    if root.lemma_ != "follow" or root.tag_ not in {"VBZ", "VBD"} or subj is None \
            or subj.lower_ not in {"it", "this"} or obj is None or obj.pos_ != "NOUN":
        return False
    if any(ch.dep_ in {"neg", "advmod", "npadvmod", "aux"} for ch in root.children):
        return False
    if obj.lower_ in _NOT_NEWS or not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in obj.children):
        return False
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(g.dep_ == "pobj" for g in ch.children)
               for ch in obj.children)


_TIME_WORDS = frozenset({"today", "yesterday", "tonight", "tomorrow"})


def _without_time_words(words: list[str]) -> list[str]:
    """ "David Cameron today announced …" → "David Cameron announced …" (and "this
    morning", "last night")."""
    out: list[str] = []
    skip = 0
    for k, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        low = w.lower().strip(",")
        nxt = words[k + 1].lower().strip(",") if k + 1 < len(words) else ""
        if low in _TIME_WORDS:
            continue
        if low in {"this", "last"} and nxt in {"morning", "afternoon", "evening", "night", "week", "weekend"}:
            skip = 1
            continue
        out.append(w)
    return out


def _headline_tense(words: list[str], main: Candidate) -> list[str]:
    """The main verb of a cut headline in the present, as headlines put a past event."""
    root = main.span.root
    if root.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in root.children):
        return words
    present = present_form(root)
    if present is None or root.text not in words:
        return words
    at = words.index(root.text)  # (the first: "was at home when it was decided" keeps the second)
    return [*words[:at], present, *words[at + 1:]]


def cite_names(claim: Claim, analysis: Analysis) -> Claim:
    """``claim`` citing, besides its own sentences, the first sentence that names each
    person or body it names and they do not: a question whose "the flanker" was given the
    name an earlier sentence gives ("Did England Flanker James Haskell Return …?") rests on
    that sentence too, and the check must find the name there."""
    if not claim.text or not claim.cites:
        return claim
    by_id = {s.id: s for s in analysis.sentences}
    cited = " ".join(by_id[i].text for i in claim.cites if i in by_id)
    extra: list[str] = []
    for e in analysis.entities:
        forms = [f for f in (e.name, *e.aliases) if len(f) > 2]
        if not any(re.search(rf"\b{re.escape(f)}\b", claim.text) for f in forms):
            continue
        if any(re.search(rf"\b{re.escape(f)}\b", cited) for f in forms):
            continue
        first = next((i for i in e.mentions if i in by_id and any(f in by_id[i].text for f in forms)), None)
        if first is not None and first not in claim.cites:
            extra.append(first)
    if not extra:
        return claim
    return claim.replace(cites=tuple(sorted_ids([*claim.cites, *extra])))


def _faq_top_up(
    items: tuple[FaqItem, ...], cands: Sequence[Candidate], analysis: Analysis, question: Claim,
    *, told: Sequence[str] = (), told_text: Sequence[str] = (), shared: Sequence[str] = (),
) -> tuple[FaqItem, ...]:
    """An FAQ short of three pairs takes the question-headline shapes (why, what, who,
    what happened to) of further salient sentences, never a yes/no echo, each answered
    by its own sentence and held to the FAQ's own check (:func:`faq.answers`), and never
    by what the synopsis has already told (:func:`faq.adds_nothing`). A sentence another
    part of the page gives (the synopsis, a takeaway, the point of view: ``told`` and
    ``shared``) answers only an FAQ that would otherwise be empty, and then one pair at
    most (blind readers struck answers that repeat another part word for word); a bare
    "What does X say?" of an FAQ's last resort gives way to a pair the top-up finds."""
    from copydesk.generate.faq import (
        BARE_SAYS,
        _answer,
        _well_formed,
        adds_nothing,
        answers,
        same_answer,
    )

    minimum = PARTS["faq"].min_items
    if len(items) >= minimum:
        return items
    given = set(told) | set(shared)
    by_id = {s.id: s.text for s in analysis.sentences}

    def repeats(i: FaqItem) -> bool:
        """A pair of the FAQ's last resort: a bare "What does X say?", or an answer that gives
        back whole a sentence another part prints."""
        last = i.answer.cites[-1] if i.answer.cites else ""
        return bool(BARE_SAYS.match(i.question.text)) or (
            last in given and len(i.answer.text.split()) >= 0.7 * len(by_id.get(last, "").split()))

    bare = [i for i in items if repeats(i)]
    out = [i for i in items if i not in bare]
    used = {i for item in items for i in item.answer.cites[-1:]}
    asked = {item.question.text.lower() for item in items} | {question.text.lower()}
    ranked = sorted(cands, key=lambda c: -c.salience)[:12]
    last_resort = False
    # A page whose question headline is still to be found (the stock question, or the news
    # asked back yes/no) takes its first FAQ pair that the synopsis answers to head it: an
    # FAQ of last resort then holds two pairs, so that one stays.
    head = next(iter(items), None)
    spare = 2 if question.text == STOCK_QUESTION or (
        question.text.split(" ", 1)[0] in _SETTLED_ASKS and head is not None and set(head.answer.cites) & set(told)
        and not _WEAK_ASKS.search(head.question.text)) else 1
    for again in (False, True):
        if again and (out or len(bare) >= spare):
            break
        last_resort = again
        for c in ranked:
            if len(out) >= minimum or (again and len(out) + len(bare) >= spare):
                break
            if c.id in used or (not again and c.id in given):
                continue
            q = question_headline(c, analysis, cands, yes_no=False)
            if not q.text or q.text.startswith("What Do We Know"):
                continue
            if re.match(r"How (?!many|much|long|often|far)", q.text) and not _tells_how(event_clause(c.span)[0]):
                continue  # the answer is this sentence: it must tell how ("How Did Two Helicopters Return …?" does not)
            text = _top_up_repair(sentence_case(q.text, c.span), c)
            if not _top_up_fit(text, c) or (text.startswith("When ") and any(
                    i.question.text.startswith("When ") for i in out)):
                continue
            answer = _answer(c, analysis)
            if answer is not None and any(same_answer(answer[0], i.answer.text) for i in (*out, *bare)):
                continue  # a sentence the story repeats (a caption run back in): the same answer twice
            if answer is not None and adds_nothing(answer[0], c.id, whole=True, told=told, told_text=told_text):
                continue  # the synopsis's lead given back
            if answer is None or text.lower() in asked or not answers(text, answer[0], c.span) or not _well_formed(
                    text, answer[0], "said" if " about " in text else "what", c.span):
                continue
            out.append(FaqItem(question=Claim(text=text, cites=(c.id,), kind="question"),
                               answer=Claim(text=answer[0], cites=answer[1], kind="fact")))
            used.add(c.id)
            asked.add(text.lower())
    return tuple([*bare, *out][:spare]) if last_resort or not out else tuple(out)


_WH = frozenset({"What", "Who", "Why", "How", "When", "Where", "Which"})
_CAUSE_MARKS = frozenset({"because", "as", "since"})
_CAUSE_PREPS = frozenset({"because", "due", "owing", "thanks"})
_CAUSE_NOUNS = frozenset({"criticism", "attack", "attacks", "ultimatum", "warning", "threat", "threats", "complaint",
                          "complaints", "claim", "claims", "allegation", "allegations", "accusation", "accusations",
                          "refusal", "rejection", "decision", "ruling", "verdict", "request", "call", "calls",
                          "demand", "demands", "protest", "protests", "revelation", "revelations", "report",
                          "reports", "outcry", "backlash", "failure", "breach", "conviction", "admission"})
_BLAMED_FOR = frozenset({"blame", "criticise", "criticize", "praise", "thank", "jail", "sentence", "fine", "ban",
                         "suspend", "sack", "fire", "arrest", "charge", "punish", "condemn", "apologise", "apologize",
                         "knight", "honour", "honor", "reward", "sue", "attack"})


_POINT_IN_TIME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                            r"april|june|july|august|september|october|november|december|today|tonight|tomorrow|"
                            r"next (?:week|month|year)|this (?:week|month|year|morning|afternoon|evening|weekend)|"
                            r"morning|afternoon|evening)\b", re.I)


def _top_up_repair(text: str, c: Candidate) -> str:
    """What an editor would mend in a question-headline shape before the FAQ takes it: a
    comma-set aside the question ran into its subject goes ("What does Karo, now living in
    Perth, claim …" asked "What does Karo now living in Perth claim …?" → "What does Karo
    claim …?"), and a "Will …?" whose sentence names the day it happens, which the question
    left out, asks when ("Will the ministers meet in Geneva?" of "… will meet in Geneva
    tomorrow" → "When will the ministers meet in Geneva?"), unless it holds a time clause of
    its own, and only one "When …?" to a page."""
    span = c.span
    for t in span:
        if t.dep_ in {"acl", "relcl", "advcl"} and t.left_edge.i > span.start and span.doc[t.left_edge.i - 1].text == ",":
            aside = " ".join(x.text for x in t.subtree if not x.is_punct)
            if len(aside.split()) >= 2 and f" {aside} " in text:
                text = text.replace(f" {aside} ", " ")
    if re.match(r"^Will \w", text) and not re.search(r"\b(?:when|while|until|before|after|if)\b", text, re.I):
        low = text.lower()
        if any(e.label_ in {"DATE", "TIME"} and _POINT_IN_TIME.search(e.text) and e.text.lower() not in low
               and not _POINT_IN_TIME.search(text) for e in span.ents):
            text = "When will " + text[len("Will "):]
    return text


def _top_up_fit(text: str, c: Candidate) -> bool:
    """A question-headline shape held to the FAQ's own standard before it joins the FAQ:
    a wh-question (no yes/no echo of what the answer states: "Does the rollout lead the
    way …?", "Will the ministers meet in London?"), no comma (an apposition or a participle
    the cut left at the end: "…, director and chief financial officer?", "…, including X?"),
    no comma-set aside run into the subject ("What does Karo now living in Perth claim …?"),
    a "Why" only where the sentence states the reason, the verb's object kept unless it is
    what is asked ("Who uses for his travels abroad?"), a "What … face?" only of a thing,
    and no question about a participle hung on the subject ("What do the firefighters
    battle?" of "The firefighters battling the blaze were pulled out")."""
    words = text.rstrip("?").split()
    if not words or words[0] not in _WH or "," in text:
        return False
    span = c.span
    qwords = set(re.findall(r"\w+", text.lower()))
    # The verb the question asks with (the parse's event verb may be a frame: "…, the audit found").
    verb = next((t for t in span if t.pos_ == "VERB" and (t.lower_ in qwords or t.lemma_.lower() in qwords)),
                event_clause(span)[0])
    for t in span:
        if t.dep_ in {"acl", "relcl", "advcl", "appos"} and t.left_edge.i > span.start \
                and span.doc[t.left_edge.i - 1].text == "," and not (t.dep_ == "appos" and t.pos_ == "PROPN"):
            aside = " ".join(x.text for x in t.subtree if not x.is_punct)
            if len(aside.split()) >= 2 and aside in text:
                return False
    if words[0] == "Why" and not _tells_why(verb, qwords):
        return False
    if words[0] == "How" and words[1:2] != ["many"] and words[1:2] != ["much"] and means_of(verb) is None:
        # "How did police search the home?" of "…, seizing two laptops": a participle that tells
        # what came of the event ("injuring", "leaving", "seizing") is no manner
        ings = [ch for ch in verb.children if ch.dep_ == "advcl" and ch.i > verb.i]
        if ings and all(ch.tag_ == "VBG" and ch.lemma_.lower() in RESULT_PARTICIPLES
                        and not any(m.dep_ == "mark" for m in ch.children) for ch in ings):
            return False
    obj = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
    if obj is not None and words[0] != "What" and not any(
            x.lower_ in qwords for x in obj.subtree if not x.is_punct and not x.is_stop):
        return False
    if words[0] == "What" and words[-1].lower() == "face" and obj is not None and any(
            x.ent_type_ == "PERSON" for x in obj.subtree):
        return False  # "What does Sherwood face?" of facing a person: a who, and trivia
    return not (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in {"nsubj", "nsubjpass"})


def _tells_why(verb: Token, qwords: set[str]) -> bool:
    """The sentence gives the reason its question asks for, in words the question left out:
    "because"/"due to"/"thanks to", a purpose "to …", a penalty's or a verdict's "for …"
    ("blamed the authorities for failing …"), or "after"/"following" an act or a prompt
    ("after admitting the attack", "after complaints"). "After the accident" or "one week
    after the signature" tells only when."""
    for t in verb.subtree:
        if t.lower_ in qwords:
            continue
        if t.dep_ == "mark" and t.lower_ in _CAUSE_MARKS and t.head.i > verb.i and t.lower_ == "because":
            return True
        if t.lower_ in _CAUSE_PREPS and t.dep_ in {"prep", "mark", "advmod", "amod"}:
            return True
        if t.lower_ == "to" and t.dep_ == "aux" and t.head.dep_ in {"advcl", "xcomp"} and t.head.head.i == verb.i \
                and t.head.pos_ == "VERB" and t.head.i > verb.i:
            return True
        if t.lower_ == "for" and t.dep_ == "prep" and t.head.lemma_.lower() in _BLAMED_FOR:
            return True
        if t.lower_ in {"after", "following", "over"} and t.head.i == verb.i:
            obj = next((ch for ch in t.children if ch.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and not any(ch.dep_ == "npadvmod" for ch in t.children) and (
                    (obj.tag_ == "VBG" and t.lower_ != "over") or obj.lemma_.lower() in _CAUSE_NOUNS):
                return True
    return False


def _tells_how(verb: Token) -> bool:
    """The sentence says how its event came about: "by"/"after" doing something, a
    participle clause after the verb ("rebounded …, draining a 25-footer"), or a "when"
    clause after it ("caused outrage when she said …")."""
    return means_of(verb) is not None or manner_of(verb) is not None or any(
        ch.dep_ == "advcl" and ch.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ in {"when", "by", "after"} for m in ch.children)
        for ch in verb.children)


_LEAD = 8
"""How many of the story's first statements count as its lead for a question of last resort."""


_NOT_PEOPLE_WORDS = frozenset({"observatory", "max", "pro", "plus", "mini", "series", "cup", "league", "award", "awards",
                               "prize", "street", "road", "park", "centre", "center", "university", "college", "school",
                               "hospital", "museum", "gallery", "institute", "foundation", "stadium", "arena", "hotel",
                               "airport", "station", "bridge", "island", "river", "mountain", "lake", "telescope"})


_CAPTION_WORDS = frozenset({"here", "there", "pictured", "above", "below", "left", "right", "inset", "centre", "center"})
"""Words of a photo caption the tagger runs into a name ("Drake Here Promise")."""


def _acts_as_person(e: Entity, analysis: Analysis) -> bool:
    """Whether the story treats a name the tagger calls a person as one: it has a title or
    a role, it speaks, the story calls it by the surname alone with a "he"/"she" near, or
    gives it an age ("Who Is Arecibo Observatory?", "Who Is XS Max?", "Who Is Kitchen
    Garden?" are not)."""
    if any(w.lower() in _NOT_PEOPLE_WORDS | _CAPTION_WORDS for w in e.name.split()):
        return False  # (nor a caption run into a name: "Who Is Drake Here Promise?")
    if not all(w[:1].isupper() for w in e.name.split()):
        return False  # "Who Is Burgundy Hoodie?": a name is written with capitals
    if e.title or e.role:
        return True  # "Dr Mark Felton", "Grammy winner Alicia Keys": told as someone
    surname = e.name.split()[-1]
    if any(f.attribution and surname in f.attribution for f in analysis.facts):
        return True
    # A capitalised phrase ("White House Kitchen Garden", "Iron Man") is no person until
    # the story calls the person by the surname alone ("Bader was shot down …").
    first = e.name.split()[0]
    alone = re.compile(rf"(?<!{re.escape(first)} )\b{re.escape(surname)}\b(?! [A-Z])")
    if any(alone.search(s.text) for s in analysis.sentences):
        return _pronoun_near(e, analysis)
    # or gives the name an age ("Aliesha Peterson, 22, detailed …"), or has it speak ("…
    # calls himself Abu Mohammad told ABC Radio he worked …")
    aged = re.compile(rf"{re.escape(e.name)}(?:, (?:aged )?\d{{1,3}},| (?:told|tells|said|says|wrote|writes)\b)")
    return any(aged.search(analysis.sentence(sid).text) for sid in e.mentions)


def _pronoun_near(e: Entity, analysis: Analysis) -> bool:
    """A "he"/"she" in a sentence that names ``e`` or the one after."""
    for sid in e.mentions:
        k = int(sid[1:]) - 1
        nearby = " ".join(s.text for s in analysis.sentences[k : k + 2])
        if re.search(r"\b(?:he|she|his|her|him)\b", nearby, re.I):
            return True
    return False


def _last_resort_question(tried: Sequence[Candidate], analysis: Analysis, headline: Claim) -> Claim:
    """A question when no synopsis sentence forms one: the news sentence asked back, else
    a later statement asked back, else the stock question, which the page replaces with a
    reader's question on the news. Where the headline names a person, the stock question
    comes before the later statement: the page tries a question on the news, then "Who Is
    X?", then the later statement. Blind readers scored "Who Is X?" off the news below the
    news asked back, and a later statement asked back ("Was Vaughan on 64?") below both."""

    # (the headline's own sentence may lean as the headline does, "the circumstances" of
    # "Department Investigates Circumstances", but never on someone: "Did the Director …?")
    first = _asked_back(tried[0], analysis, leaning=True, people=False) if tried else None
    if first is not None:
        return first
    if _who_is(analysis, headline) is None:
        # (with a person to ask about, the page tries a question on the news before either)
        for c in tried[1:]:
            later = _asked_back(c, analysis)
            if later is not None:
                return later
    return Claim(text=STOCK_QUESTION, cites=(tried[0].id,), kind="question")


def _asked_back(c: Candidate, analysis: Analysis, *, leaning: bool = False, people: bool = True) -> Claim | None:
    """``c``'s statement asked back yes/no (never a view its next sentence owns, never one
    that leans on what came before); None when it forms no question. ``leaning``: one
    whose "the report" no earlier sentence names is asked all the same (and, with
    ``people``, one whose "the man" no earlier sentence names)."""
    if owner(c, analysis) is not None or leans(c.sentence.text, lead=c.index == 0):
        return None
    echo = question_headline(c, analysis, echo=True, leaning=leaning, leaning_people=people)
    return echo if echo.text and not cut_faults(echo.text, c.sentence.text) else None


_LEANING = (PRONOUNS | {"him", "them"}) - {"there", "one", "i", "you", "we"}
"""Words of a question on a later statement that lean on what came before ("Is Another
Chapter of His War Career …?", "Will This Period Be …?", "… Ready to Poach Him?"): the
headlines' pronouns, less those that point at no one ("Is There …", "We")."""
_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _self_contained(question: str, c: Candidate) -> bool:
    """A question read alone names what it asks about: no pronoun or demonstrative that
    leans on a sentence before (for questions from statements after the news). A
    possessive after a name of ``c``'s sentence is that name's ("Did Jane Smith Lose Her
    Job?", "Will Apple Cut Its Prices?"); any other pronoun or a demonstrative leans."""
    names = {t.lower_: t for t in c.span if t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}}
    words = [w.lower().strip("?,'’") for w in question.split()]
    for k, w in enumerate(words[1:], start=1):
        if w in _LEANING and (w not in _POSSESSIVES or not any(_owns(w, names[x]) for x in words[1:k] if x in names)):
            return False
    return True


def _owns(possessive: str, name: Token) -> bool:
    """A possessive a name may own: "their" a plural's ("the Tigers … Their Coach"), never a
    singular body's ("Has the Government Suspended Their Applications?": whose, the sentence
    before says); "his"/"her" a person's; "its" a thing's or a body's."""
    if possessive == "their":
        return name.tag_ in {"NNS", "NNPS"} or name.ent_type_ == "NORP"
    if possessive in {"his", "her"}:
        return name.ent_type_ == "PERSON"
    return name.ent_type_ != "PERSON"


def _same_story(pair: FaqItem, told: Sequence[str], told_text: Sequence[str]) -> bool:
    """A reader's question of a sentence past the lead heads the page only when its answer
    names someone or something the synopsis names: a bulletin's later item ("What Did
    Mohammad Qasim Fahim Say About the Security Force?" under a nudist resort's photo
    shoot) is another story."""
    first = pair.question.cites[:1]
    if not first or first[0] in told or not first[0][1:].isdigit() or int(first[0][1:]) <= _LEAD:
        return True
    def named(text: str) -> set[str]:
        # (a name's stem: "Israelis" of the answer is the synopsis's "Israeli")
        return {w[:5].lower() for w in re.findall(r"\b[A-Z][a-z]{3,}", text) if w not in _NOT_NAMES}

    return bool(named(pair.answer.text) & named(" ".join(told_text)))


_NOT_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                        "February", "March", "April", "June", "July", "August", "September", "October", "November",
                        "December", "This", "That", "They", "There", "Their", "These", "Those", "When", "After",
                        "Before", "While", "Where", "What", "With", "From", "Since", "Some", "Many", "Most", "Both",
                        "However", "Meanwhile", "Earlier", "Later", "Last", "Next", "Police", "Officials", "Authorities",
                        "Government", "Minister", "President", "Prime", "Opposition", "Federal", "State", "News",
                        "Today", "Yesterday", "Tomorrow", "Also", "Even", "Still", "Only", "About", "More",
                        "Other", "Several", "Witnesses", "Reports", "According"})


def _who_is(analysis: Analysis, headline: Claim) -> Claim | None:
    """"Who Is X?" of the headline's person, the page's very last resort: blind readers
    struck it as trivia ("Who Is Warren Truss?"), below any question on the news, but above
    "What Happened?". A person's whole name, never a bare first name or a title read as a
    name ("Who Is Billy?", "What Is Duchess?")."""
    people = [e for e in analysis.entities if e.kind == "PERSON" and e.mentions and len(e.name.split()) >= 2
              and _acts_as_person(e, analysis)]
    words = headline.text.split()
    # (the headline's own person: "Blues Legend B.B. King …" names no "Claudette King")
    named = [e for e in people if e.name.split()[-1] in words and _named_whole(e, analysis, headline.text)
             and _central(e, analysis)]
    if named:
        top = max(named, key=lambda e: e.salience)
        text = title_case(["Who", "Is", *top.name.split()]) + "?"
        if len(text) <= QUESTION_MAX:
            return Claim(text=text, cites=(top.mentions[0],), kind="question")
    return None


def _named_whole(e: Entity, analysis: Analysis, headline: str) -> bool:
    """The headline names this person, not another of the same surname ("Blues Legend
    B.B. King …" names no "Claudette King")."""
    surname = e.name.split()[-1]
    return not any(o.id != e.id and o.kind == "PERSON" and o.name.split()[-1] == surname and o.name in headline
                   and o.name != e.name for o in analysis.entities)


def _central(e: Entity, analysis: Analysis) -> bool:
    """The person is the story's own: named in its first two sentences (a "Who Is X?" of
    someone met only further on asks about a side figure)."""
    return any(int(m[1:]) <= 2 for m in e.mentions)


class RulesEngine:
    """Selection, compression and templates over the parse (the default engine)."""

    name = "rules"

    def generate(self, parsed: ParsedStory, settings: Settings) -> Parts:
        """All parts of the article, each claim citing its source sentences."""
        analysis = parsed.analysis
        cands = candidates(parsed)
        cut = item_break([c.span for c in cands], [c.facts for c in cands], [c.index for c in cands])
        if cut is not None:
            # A wire bulletin fuses unrelated items: every part keeps to the first (as the
            # topics do, by the same rule); what follows the break is another story.
            cands = [c for c in cands if c.index < cut]
        if not cands:
            empty = Claim(text="", cites=(), kind="question")
            return Parts(question_headline=empty, headline=Claim(text=""), seo_title="",
                         synopsis=(), takeaways=(), viewpoint=(), faq=(), tags=analysis.tags)
        sources = synopsis_sources(cands, analysis)
        syn = tuple(claim for _, claim in sources)
        main = sources[0][0] if sources else cands[0]
        headline, seo, question, echoed = _headlines([c for c, _ in sources], cands, analysis)
        syn_ids = [c.id for c, _ in sources]
        # The point of view picks first; the takeaways get its sentences, and the ones the
        # synopsis leaned on for a name, only when short of three (never its last two).
        # (nor the headline's sentence: "By the numbers: US forces have captured 15 prisoners"
        # under the headline that says so, struck in the s14 blind read)
        planned = plan(cands, analysis, main=main, used_ids=[*syn_ids, *headline.cites[:1]])
        leaned = [i for claim in syn for i in claim.cites if i not in syn_ids]
        order = release_order(planned)
        bullets = takeaways(cands, analysis, synopsis_ids=syn_ids, reserved_ids=[*leaned, *order],
                            held_ids=order[-2:])
        if len(bullets) < 2 and order:
            # Fewer than two takeaways: the point of view's own two go to the takeaways
            # first (blind readers score a missing or one-line takeaways part 1–2, and leave
            # an absent point of view out of the reckoning).
            bullets = takeaways(cands, analysis, synopsis_ids=syn_ids, reserved_ids=[*leaned, *order], held_ids=())
        syn_text = [claim.text for claim in syn]
        pov = viewpoint(cands, analysis, main=main, used_ids=[*syn_ids, *(i for t in bullets for i in t.claim.cites)],
                        planned=planned)
        # The FAQ comes after the takeaways and the point of view: for the same question, an
        # answer no other part gives ranks first.
        shared = [i for t in bullets for i in t.claim.cites] + [i for p in pov for i in p.cites]
        unfiltered: list[FaqItem] = []  # (with the pairs the synopsis answers, which the FAQ leaves out)
        pairs = _faq_top_up(faq(cands, analysis, avoid=[question.text], told=syn_ids, told_text=syn_text,
                                unfiltered=unfiltered, shared=shared), cands, analysis, question, told=syn_ids,
                            told_text=syn_text, shared=shared)
        sources_c = [c for c, _ in sources]
        # The synopsis's news asked with a phrase that leans on a sentence before ("What Do
        # the Documents Prove?") is left out for a question on the same or an earlier news
        # sentence, never for one on a later sentence nor a question of last resort.
        for c in sources_c:
            if c.id in question.cites[:1] or question_headline(c, analysis, cands).text:
                break  # (the page's own choice, or a question no phrase kept out, stands)
            if c.roles.has("background", "quote", "debris") or owner(c, analysis) is not None:
                continue
            q = question_headline(c, analysis, cands, leaning=True)
            if q.text and not cut_faults(q.text, c.sentence.text):
                question, echoed = q, False
                break
        asked = {p.question.text for p in unfiltered}
        # (a reader's question heads the page only when it is whole: "What did X say about Y?"
        # of what the words are about, never "… Say About Eastern Afghanistan?", nor an act
        # the sentence never tells, "When Did the Picture of Millions Publish?")
        liftable = {p.question.text for p in (*unfiltered, *pairs) if heads_the_page(p.question, cands)
                    and _same_story(p, syn_ids, syn_text)}
        news_pairs = [p for p in (*unfiltered, *(p for p in pairs if p.question.text not in asked))
                      if set(p.answer.cites) & set(syn_ids) and p.question.text in liftable]
        if echoed:
            # The news asked back yes/no ("Did X Beat Y?", struck in blind reads as a restated
            # headline): a reader's question the synopsis answers heads the page instead, when
            # the FAQ has one that asks more than who someone is, when or what is next.
            news_pairs = [p for p in news_pairs if not _WEAK_ASKS.search(p.question.text)]
        elif question.text == STOCK_QUESTION:
            news_pairs = [p for p in news_pairs if not _TRIVIA_ASKS.search(p.question.text)]
        # (an FAQ question lifted to head the page names what it asks about where the story
        # names it: "What Does the Shuttle Carry?" → "… the US Space Shuttle Endeavour …")
        named = {p.question.text: self_referring(p.question, analysis, cands, strict=False)
                 for p in (*unfiltered, *pairs)}
        if (question.text == STOCK_QUESTION or echoed) and news_pairs:
            # Nothing in the news sentences forms a question: the reader's first question
            # about the news (one the synopsis answers) heads the page instead, and leaves the FAQ.
            first = news_pairs[0].question
            question = Claim(text=named[first.text] or "", cites=first.cites, kind="question")
            pairs = tuple(p for p in pairs if p.question.text != first.text)
        if question.text == STOCK_QUESTION and sources:
            # Nothing formed, and the news is a document's finding ("A new study shows that
            # …"): ask what it shows — the synopsis answers — before any fallback that fits
            # any story ("What Happened?", struck in the s15 blind read).
            question = finding_question(sources[0][0]) or question
        who = _who_is(analysis, headline) if question.text == STOCK_QUESTION else None
        if question.text == STOCK_QUESTION:
            # Still nothing: a question on another statement of the lead (never background,
            # a quotation or debris, nor one that leans on what came before or is cut) beats
            # a question that fits any story; first a statement the synopsis tells, and with
            # a person to ask about, only such a one (a detail asked is no better than "Who Is X?").
            pool = [c for c, _ in sources] + ([c for c in cands[:_LEAD] if c not in sources_c] if who is None else [])
            for c in pool:
                if c.roles.has("background", "quote", "debris") or c.id in question.cites or leans(
                        c.sentence.text, lead=c.index == 0):
                    continue
                # (a phrase that leans on a sentence before is named where the story names it,
                # else kept: the next statement of the pool is no better for lacking one)
                q = question_headline(c, analysis, cands, leaning=True)
                if q.text and not cut_faults(q.text, c.sentence.text) and _self_contained(q.text, c):
                    question = q
                    break
        # (with a person to ask about, "Who Is X?" before a question on a detail)
        strong = [p for p in pairs if not _TRIVIA_ASKS.search(p.question.text)
                  and p.question.text in liftable] if who is None else []
        if question.text == STOCK_QUESTION and strong:
            # Still nothing: the FAQ's first question about this story ("What did X say
            # about Y?") heads the page — "What Happened?" fits any story — and leaves the
            # FAQ (a page never asks one question twice), even when it was the only pair;
            # never "Who is X?" nor "… say about the force?" while another is there.
            first = strong[0].question
            question = Claim(text=named[first.text] or "", cites=first.cites, kind="question")
            pairs = tuple(p for p in pairs if p.question.text != first.text)
        if who is not None and question.text == STOCK_QUESTION:
            question = who  # (trivia, struck in blind reads, but not a question that fits any story)
            pairs = tuple(p for p in pairs if p.question.text.rstrip("?").lower() != who.text.rstrip("?").lower())
        if question.text == STOCK_QUESTION:
            # Still nothing: a later statement of the synopsis asked back ("Was Vaughan on 64?")
            # (a phrase that leans on a sentence before is named where the story names it, else kept)
            later = next((q for q, c in ((_asked_back(c, analysis, leaning=True), c) for c, _ in sources[:3])
                          if q is not None and _self_contained(q.text, c)), None)
            question = later or question
        last = next((p for p in pairs if p.question.text in liftable), None)
        if question.text == STOCK_QUESTION and last is not None:
            first = last.question
            question = Claim(text=named[first.text] or "", cites=first.cites, kind="question")
            pairs = tuple(p for p in pairs if p is not last)
        if not pairs:
            # Nothing the synopsis left unsaid: the reader's questions it answers still make
            # an FAQ (blind readers scored a missing FAQ below one that restates the news).
            asked_q = question.text.rstrip("?").lower()
            pairs = tuple(p for p in unfiltered if p.question.text.rstrip("?").lower() != asked_q)[
                : PARTS["faq"].min_items]
        return Parts(
            question_headline=cite_names(question, analysis),
            headline=headline,
            seo_title=seo,
            synopsis=syn,
            takeaways=bullets,
            viewpoint=pov,
            faq=pairs,
            tags=analysis.tags,
        )
