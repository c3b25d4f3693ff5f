"""FactCC-style perturbations of dev-set sentences: labelled claims for the claim set.

Kryściński et al. (2020) build unfaithful claims by transforming source sentences in
ways that change their meaning, and faithful ones by transforms that keep it. Here each
claim is one story sentence (``copydesk.enrich(text).analysis.sentences``), cleaned of
a leading connective, and either

* changed in meaning — a name, number or date swapped for another from the story,
  negation flipped, the owner of a contested statement dropped ("X alleged that Y" → "Y"),
  a hedge or condition dropped ("may have collided" → "collided", "… if Y" → "…"), one
  of two coordinated subjects dropped, subject and object swapped, the clause cut to a
  fragment ending in a function word, or cited to another sentence of the story than
  the one it comes from — label ``unsupported`` with that reason; or
* kept in meaning — the attribution moved to the end ("X said that Y" → "Y, X said"),
  a fronted time phrase moved to the end, an active clause made passive — label
  ``supported``.

Labels follow from the transform; a sample was read beside its sentence (see README).
Hand corrections after reading (relabels, drops) are in ``perturb_review.json``, keyed
by claim text. Output: ``perturbed.jsonl`` in this folder. Run: ``python eval/claims/perturb.py``.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import copydesk
from copydesk.nlp.parser import load_pipeline

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / ".." / "shared" / "data" / "news_dev.jsonl"
STORIES = 90
PER_TYPE_PER_STORY = 1

CONTESTED = {"allege", "claim", "insist", "accuse", "deny", "maintain", "assert", "contend"}
HEDGE_MODALS = {"may", "might", "could", "would"}
CONDITIONS = {"if", "unless"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September",
          "October", "November", "December"]
NUMBER_WORDS = {"two": "three", "three": "four", "four": "six", "five": "seven", "six": "eight",
                "seven": "nine", "eight": "eleven", "nine": "twelve", "ten": "twenty",
                "twelve": "fifteen", "twenty": "thirty", "hundreds": "thousands",
                "thousands": "hundreds", "dozens": "hundreds"}


def split_of(story: str) -> str:
    """``heldout`` for a third of the stories (by a hash of the id), ``tune`` for the rest."""
    return "heldout" if int(hashlib.sha256(story.encode()).hexdigest(), 16) % 3 == 0 else "tune"


_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[:—–-]))['\"‘“](?=\w)")
_CLOSING = re.compile(r"(?<=[\w.,!?])['\"’”](?=[\s.,;:!?)]|$)")


def _strip_quotes(text: str) -> str:
    """The text without quotation marks at its ends that pair with nothing inside it (a
    closing mark that ends a quotation the text opened stays: "… adding 'I accept it.'")."""
    text = re.sub(r"\s+['\"’”]+$", "", re.sub(r"^['\"‘“]+\s+", "", text.strip()))
    while text[:1] in "'\"‘“" and len(_OPENING.findall(text)) > len(_CLOSING.findall(text)):
        text = text[1:].lstrip()
    while text[-1:] in "'\"’”" and len(_CLOSING.findall(text)) > len(_OPENING.findall(text)):
        text = text[:-1].rstrip()
    return text


def _clean(text: str) -> str:
    text = re.sub(r"^(?:And|But|However|So|Yet|Meanwhile|Now),?\s+", "", text.strip())
    text = _strip_quotes(text)
    text = re.sub(r"\s+([,.;:?!])", r"\1", re.sub(r"\s{2,}", " ", text))
    if text and text.rstrip("'\"’”")[-1:] not in ".?!":
        text += "."
    return text[:1].upper() + text[1:]


def _span(doc: Any, a: int, b: int) -> str:
    return str(doc[a:b].text)


def _subtree(tok: Any) -> tuple[int, int]:
    left = min(t.i for t in tok.subtree)
    right = max(t.i for t in tok.subtree) + 1
    return left, right


def _replace(sent: Any, a: int, b: int, new: str) -> str:
    doc = sent.doc
    before = doc[sent.start:a].text_with_ws if a > sent.start else ""
    after = doc[b:sent.end].text_with_ws if b < sent.end else ""
    sep = "" if not before or before.endswith(" ") else " "
    return _clean(before + sep + new + (" " if after and after[:1] not in ",.;:" else "") + after.lstrip())


def _inflect(verb: Any, tag: str) -> str:
    from lemminflect import getInflection

    forms = getInflection(verb.lemma_, tag=tag)
    return str(forms[0]) if forms else str(verb.text)


# ------------------------------------------------------------------ unfaithful transforms


def name_swap(sent: Any, others: dict[str, list[str]], rng: random.Random) -> Iterator[str]:
    for ent in sent.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        pool = [o for o in others.get(ent.label_, []) if o.lower() not in sent.text.lower()
                and o.split()[-1].lower() not in ent.text.lower()
                and ent.text.split()[-1].lower() not in o.lower()]
        if pool:
            yield _replace(sent, ent.start, ent.end, rng.choice(pool))


def number_swap(sent: Any, rng: random.Random) -> Iterator[str]:
    for tok in sent:
        if tok.like_num and tok.ent_type_ not in ("DATE", "TIME"):
            raw = tok.text.replace(",", "")
            if raw.isdigit() and not (1900 <= int(raw) <= 2100):
                value = int(raw)
                new = str(value + rng.choice([1, 2, 3]) if value < 10 else value * 2)
                yield _replace(sent, tok.i, tok.i + 1, f"{int(new):,}" if "," in tok.text else new)
            elif tok.lower_ in NUMBER_WORDS:
                new = NUMBER_WORDS[tok.lower_]
                yield _replace(sent, tok.i, tok.i + 1, new.title() if tok.text[0].isupper() else new)


def date_swap(sent: Any, rng: random.Random) -> Iterator[str]:
    for tok in sent:
        if tok.text in WEEKDAYS:
            yield _replace(sent, tok.i, tok.i + 1, rng.choice([w for w in WEEKDAYS if w != tok.text]))
        elif tok.text in MONTHS and tok.ent_type_ == "DATE":
            yield _replace(sent, tok.i, tok.i + 1, rng.choice([m for m in MONTHS if m != tok.text]))
        elif tok.ent_type_ == "DATE" and tok.text.isdigit() and 1950 <= int(tok.text) <= 2030:
            yield _replace(sent, tok.i, tok.i + 1, str(int(tok.text) + rng.choice([-2, -1, 1])))


def negate(sent: Any) -> Iterator[str]:
    root = sent.root
    for c in root.children:
        if c.dep_ == "neg":
            yield _replace(sent, c.i, c.i + 1, "").replace("  ", " ")
            return
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.lower_ in (
        "has", "have", "had", "was", "were", "is", "are", "will", "can", "would", "did")]
    if aux:
        a = aux[0]
        yield _replace(sent, a.i, a.i + 1, f"{a.text} not")
    elif root.tag_ == "VBD" and root.lemma_ not in ("be", "have"):
        yield _replace(sent, root.i, root.i + 1, f"did not {root.lemma_}")
    elif root.lemma_ == "be" and root.tag_ in ("VBD", "VBZ", "VBP"):
        yield _replace(sent, root.i, root.i + 1, f"{root.text} not")


def drop_attribution(sent: Any) -> Iterator[str]:
    root = sent.root
    if root.lemma_ in CONTESTED:
        for c in root.children:
            if c.dep_ == "ccomp":
                a, b = _subtree(c)
                toks = [t for t in sent.doc[a:b] if not (t.i == a and t.lower_ == "that")]
                if len(toks) >= 5:
                    yield _clean(sent.doc[toks[0].i:b].text)
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            a, b = _subtree(tok)
            a = a - 1 if a > sent.start and sent.doc[a - 1].text == "," else a
            yield _replace(sent, a, b, "")
        if tok.lower_ in ("allegedly", "reportedly", "purportedly"):
            yield _replace(sent, tok.i, tok.i + 1, "")
        if tok.lower_ in ("alleged", "suspected") and tok.dep_ == "amod":
            yield _replace(sent, tok.i, tok.i + 1, "")


def drop_hedge(sent: Any) -> Iterator[str]:
    for tok in sent:
        if tok.lower_ in HEDGE_MODALS and tok.dep_ == "aux" and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
            nxt = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
            if nxt is not None and nxt.lower_ == "have" and verb.tag_ == "VBN":
                yield _replace(sent, tok.i, verb.i + 1, _inflect(verb, "VBD"))
            elif nxt is not None and nxt.i == verb.i:
                subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                plural = bool(subj) and (subj[0].tag_ in ("NNS", "NNPS") or subj[0].lower_ in (
                    "they", "we", "you", "i") or any(c.dep_ == "conj" for c in subj[0].children))
                tag = "VBD" if tok.lower_ == "would" else ("VBP" if plural else "VBZ")
                yield _replace(sent, tok.i, verb.i + 1, _inflect(verb, tag))
        if tok.lower_ in CONDITIONS and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
            a, b = _subtree(tok.head)
            if a > sent.start + 2:
                a2 = a - 1 if sent.doc[a - 1].text == "," else a
                yield _replace(sent, a2, b, "")
            elif b < sent.end - 4:
                b2 = b + 1 if sent.doc[b].text == "," else b
                yield _replace(sent, a, b2, "")
        if tok.lower_ == "expected" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            aux = [c for c in tok.children if c.dep_ in ("auxpass", "aux")]
            if aux and tok.i + 2 < sent.end:
                yield _replace(sent, aux[0].i, tok.i + 2, "will")


def drop_actor(sent: Any) -> Iterator[str]:
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head == sent.root:
            conj = [c for c in tok.children if c.dep_ == "conj"]
            cc = [c for c in tok.children if c.dep_ == "cc"]
            if conj and cc and tok.pos_ in ("PROPN", "NOUN") and conj[0].pos_ in ("PROPN", "NOUN"):
                a = min(cc[0].i, min(t.i for t in tok.children if t.dep_ in ("conj", "cc", "punct")
                                     and t.i > tok.i) if any(t.dep_ == "punct" and t.i > tok.i
                                                             for t in tok.children) else cc[0].i)
                _, b = _subtree(conj[0])
                if a - 1 >= sent.start:
                    yield _replace(sent, a, b, "")


def swap_roles(sent: Any) -> Iterator[str]:
    root = sent.root
    if root.pos_ != "VERB":
        return
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    obj = [c for c in root.children if c.dep_ == "dobj"]
    if len(subj) == 1 and len(obj) == 1:
        s, o = subj[0], obj[0]
        if s.pos_ in ("PROPN", "NOUN") and o.pos_ in ("PROPN", "NOUN") and s.lower_ != o.lower_:
            sa, sb = _subtree(s)
            oa, ob = _subtree(o)
            if sb <= root.i < oa and sb - sa <= 5 and ob - oa <= 5:
                doc = sent.doc
                s_text = doc[sa:sb].text
                o_text = doc[oa:ob].text
                s_new = o_text[:1].upper() + o_text[1:] if sa == sent.start else o_text
                o_new = s_text[:1].lower() + s_text[1:] if sa == sent.start and s.pos_ != "PROPN" \
                    else s_text
                text = (doc[sent.start:sa].text_with_ws + s_new + " " + doc[sb:oa].text_with_ws
                        + o_new + " " + doc[ob:sent.end].text)
                yield _clean(text)


def fragment(sent: Any, rng: random.Random) -> Iterator[str]:
    words = [t for t in sent if not t.is_punct]
    if len(words) < 10:
        return
    cut = [t for t in sent if t.pos_ in ("DET", "ADP", "CCONJ") and sent.start + 4 < t.i < sent.end - 4]
    if cut:
        t = rng.choice(cut)
        text = sent.doc[sent.start:t.i + 1].text
        yield _clean(text.rstrip(" ,"))
    root = sent.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj:
        a, b = _subtree(subj[0])
        if b - a >= 4:
            yield _clean(sent.doc[a:b].text)


# ------------------------------------------------------------------ faithful transforms


def move_attribution(sent: Any) -> Iterator[str]:
    root = sent.root
    if root.lemma_ not in ("say", "claim", "allege", "insist", "tell", "deny", "believe"):
        return
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    comp = [c for c in root.children if c.dep_ == "ccomp"]
    if subj and comp and subj[0].i < root.i < comp[0].i and subj[0].pos_ != "PRON":
        a, b = _subtree(comp[0])
        toks = [t for t in sent.doc[a:b] if not (t.i == a and t.lower_ == "that")]
        if len(toks) >= 5 and root.lemma_ != "tell":
            sa, sb = _subtree(subj[0])
            owner = sent.doc[sa:sb].text
            owner = owner if subj[0].pos_ == "PROPN" else owner[:1].lower() + owner[1:]
            clause = sent.doc[toks[0].i:b].text.rstrip(" .")
            verb = root.text
            yield _clean(f"{clause[:1].upper() + clause[1:]}, {owner} {verb}")


def move_time(sent: Any) -> Iterator[str]:
    first = sent[0]
    if first.lower_ in ("on", "in", "last", "earlier") and first.ent_type_ in ("DATE", "TIME", ""):
        for c in sent.root.children:
            if c.i == first.i or (c.dep_ in ("prep", "npadvmod") and _subtree(c)[0] == sent.start):
                a, b = _subtree(c)
                if any(t.ent_type_ in ("DATE", "TIME") for t in sent.doc[a:b]) and b - a <= 5:
                    rest_start = b + 1 if sent.doc[b].text == "," else b
                    rest = sent.doc[rest_start:sent.end].text.rstrip(" .'\"")
                    phrase = sent.doc[a:b].text
                    phrase = phrase[:1].lower() + phrase[1:]
                    if rest:
                        yield _clean(f"{rest[:1].upper() + rest[1:]} {phrase}")


def passive(sent: Any) -> Iterator[str]:
    root = sent.root
    if root.pos_ != "VERB" or root.tag_ != "VBD":
        return
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    obj = [c for c in root.children if c.dep_ == "dobj"]
    if len(subj) == 1 and len(obj) == 1 and subj[0].pos_ in ("PROPN", "NOUN") and obj[0].pos_ in (
            "PROPN", "NOUN"):
        s, o = subj[0], obj[0]
        sa, sb = _subtree(s)
        oa, ob = _subtree(o)
        if sa == sent.start and sb == root.i and oa == root.i + 1 and ob - oa <= 6:
            doc = sent.doc
            be = "were" if o.tag_ in ("NNS", "NNPS") else "was"
            o_text = doc[oa:ob].text
            s_text = doc[sa:sb].text
            s_text = s_text if s.pos_ == "PROPN" else s_text[:1].lower() + s_text[1:]
            rest = doc[ob:sent.end].text
            yield _clean(f"{o_text[:1].upper() + o_text[1:]} {be} {_inflect(root, 'VBN')} by "
                         f"{s_text} {rest}")


UNFAITHFUL = {
    "name": "name", "number": "number", "date": "date", "negation": "negation",
    "attribution_dropped": "attribution_dropped", "hedge_dropped": "hedge_dropped",
    "actor_dropped": "actor_dropped", "swapped_roles": "swapped_roles", "fragment": "fragment",
}


def main(argv: list[str] | None = None) -> int:
    """Write ``perturbed.jsonl`` (the first ``STORIES`` stories, hand corrections applied),
    or with ``--fresh N`` ``fresh.jsonl``: the same transforms on the next ``N`` stories
    that no other file of the claim set uses, unread and uncorrected — a blind check
    whose errors are never printed (``eval/claims.py`` reports its figures only).
    ``--skip M --out NAME`` takes the ``N`` stories after the first ``M`` of those instead
    (a probe set, outside the pinned figures)."""
    args = sys.argv[1:] if argv is None else argv
    fresh = int(args[args.index("--fresh") + 1]) if "--fresh" in args else 0
    skip = int(args[args.index("--skip") + 1]) if "--skip" in args else 0
    target = args[args.index("--out") + 1] if "--out" in args else (
        "fresh.jsonl" if fresh else "perturbed.jsonl")
    nlp = load_pipeline()
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    rows = sorted(rows, key=lambda r: hashlib.sha1(("perturb" + r["id"]).encode()).hexdigest())
    if fresh:
        used = {json.loads(line)["story"] for name in ("rules.jsonl", "model.jsonl")
                for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line}
        chosen = [r for r in rows[STORIES:] if r["id"] not in used][skip:skip + fresh]
    else:
        chosen = rows[:STORIES]
    out: list[dict[str, Any]] = []
    for row in chosen:
        rng = random.Random(row["id"])
        sents = copydesk.enrich(row["text"]).analysis.sentences[:25]
        docs = list(nlp.pipe([s.text for s in sents]))
        others: dict[str, list[str]] = {}
        for d in docs:
            for e in d.ents:
                if e.text not in others.setdefault(e.label_, []) and len(e.text) > 2:
                    others[e.label_].append(e.text)
        made: dict[str, int] = {}

        def add(sid: str, text: str, label: str, reason: str | None, transform: str,
                cites: tuple[str, ...] | None = None, base: str = "",
                made: dict[str, int] = made, row: dict[str, Any] = row) -> None:
            if made.get(transform, 0) >= PER_TYPE_PER_STORY or len(text.split()) < 4:
                return
            if any(o["story"] == row["id"] and o["text"] == text for o in out):
                return
            made[transform] = made.get(transform, 0) + 1
            out.append({"story": row["id"], "text": text, "cites": list(cites or (sid,)),
                        "label": label, "reason": reason, "transform": transform,
                        "from": sid, "base": base})

        order = list(range(len(sents)))
        rng.shuffle(order)
        for k in order:
            s, doc = sents[k], docs[k]
            n_words = sum(not t.is_punct for t in doc)
            if not (8 <= n_words <= 45) or len(list(doc.sents)) != 1:
                continue
            sent = next(iter(doc.sents))
            base = _clean(sent.text)
            gens = {
                "name": name_swap(sent, others, rng), "number": number_swap(sent, rng),
                "date": date_swap(sent, rng), "negation": negate(sent),
                "attribution_dropped": drop_attribution(sent), "hedge_dropped": drop_hedge(sent),
                "actor_dropped": drop_actor(sent), "swapped_roles": swap_roles(sent),
                "fragment": fragment(sent, rng),
            }
            for reason, gen in gens.items():
                for text in gen:
                    if text != base:
                        add(s.id, text, "unsupported", reason, reason, base=base)
                        break
            for name, gen in (("attribution_moved", move_attribution(sent)),
                              ("time_moved", move_time(sent)), ("passive", passive(sent))):
                for text in gen:
                    add(s.id, text, "supported", None, name, base=base)
                    break
            add(s.id, base, "supported", None, "copy")
            # The same sentence cited to another one that shares a name with it.
            names = {e.text for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE")}
            for j, other in enumerate(sents):
                if j != k and any(nm in other.text for nm in names) and base[:-1] not in other.text:
                    add(s.id, base, "unsupported", "elsewhere_in_story", "elsewhere",
                        cites=(other.id,), base=base)
                    break
    for i, o in enumerate(out):
        o["id"] = f"fresh-{i:04d}" if fresh else f"perturb-{i:04d}"
    review = {} if fresh else json.loads(
        (HERE / "perturb_review.json").read_text(encoding="utf-8"))
    frank = {r["id"]: r["frank_split"] for r in rows}
    kept = []
    texts: dict[str, dict[str, str]] = {}
    for o in out:
        fix = review.get(o["text"])
        if fix and fix.get("drop"):
            continue
        if fix:
            o["label"], o["reason"], o["note"] = fix["label"], fix["reason"], fix["note"]
        if o["story"] not in texts:
            texts[o["story"]] = {s.id: s.text for s in copydesk.enrich(
                next(r["text"] for r in rows if r["id"] == o["story"])).analysis.sentences}
        sents_by_id = texts[o["story"]]
        kept.append({"id": o["id"], "story": o["story"], "source": "perturb",
                     "origin": o["transform"], "kind": "question" if o["text"].endswith("?")
                     else "fact", "text": o["text"], "cites": o["cites"],
                     "cited": [sents_by_id[c] for c in o["cites"]], "label": o["label"],
                     "reason": o["reason"], "split": "fresh" if fresh else split_of(o["story"]),
                     "frank_split": frank[o["story"]], "note": o.get("note", "")})
    with (HERE / target).open("w", encoding="utf-8") as fh:
        for row_out in kept:
            fh.write(json.dumps(row_out, ensure_ascii=False) + "\n")
    out = kept
    counts: dict[str, int] = {}
    for o in out:
        counts[o["origin"]] = counts.get(o["origin"], 0) + 1
    print(len(out), counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
