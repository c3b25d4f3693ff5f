"""The FAQ part: questions a reader of this story would ask, each answered by a different sentence.

Properties over tuning stories (never the held-out ones), then targeted cases on small
stories written for the purpose and on the sample wire story.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from copydesk.contract import PARTS
from copydesk.generate.faq import _question, answers, balanced, faq, invert, run_on
from copydesk.generate.select import candidates
from copydesk.ingest import story_from_text
from copydesk.model import Analysis, FaqItem
from copydesk.nlp.analyse import parse
from copydesk.nlp.parser import load_pipeline

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
HELDOUT = ROOT / "eval" / "heldout.txt"
RULE = PARTS["faq"]
STOCK = re.compile(
    r"^(what happened|what more is known|what other details are given|what else does the story report|"
    r"why does this matter|what happens next)\?$",
    re.I,
)
PRONOUN_OPENERS = {"he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "those", "we", "i", "you"}


def _faq(text: str, published: date | None = None) -> tuple[tuple[FaqItem, ...], Analysis]:
    story = story_from_text(text)
    if published is not None:
        story = story.model_copy(update={"published": published})
    parsed = parse(story, today=date(2025, 11, 3))
    return faq(candidates(parsed), parsed.analysis), parsed.analysis


@pytest.fixture(scope="module")
def tuning_faqs() -> list[tuple[tuple[FaqItem, ...], Analysis]]:
    """The FAQs of 30 dev stories outside the held-out split."""
    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV}")
    held = {ln.strip() for ln in HELDOUT.read_text().splitlines() if ln.strip() and not ln.startswith("#")}
    rows: list[dict[str, Any]] = [json.loads(ln) for ln in DEV.read_text(encoding="utf-8").splitlines() if ln.strip()]
    tune = [r for r in rows if r["id"] not in held][:30]
    return [_faq(r["text"]) for r in tune]


def _check(items: tuple[FaqItem, ...], analysis: Analysis) -> None:
    assert len(items) <= RULE.max_items
    questions = [i.question.text for i in items]
    assert len({q.lower() for q in questions}) == len(questions)
    answer_sources = [i.answer.cites for i in items]
    ids = {s.id for s in analysis.sentences}
    for item in items:
        q, a = item.question, item.answer
        assert q.text.endswith("?") and not q.text.endswith("??"), q.text
        assert not STOCK.match(q.text), q.text
        assert q.kind == "question" and q.cites and set(q.cites) <= ids
        assert a.kind == "fact" and a.cites and set(a.cites) <= ids
        assert len(a.text.split()) <= (RULE.max_words or 60), a.text
        assert balanced(a.text), a.text
        first = re.findall(r"[A-Za-z']+", a.text)[0].lower()
        # (a first-person quotation closed on its speaker's name is the speaker's own words:
        # "'I am delighted …,' said coach Mary Stone.")
        own_words = first == "i" and a.text[0] in "'‘\"“" and re.search(r"[’'\"”],? [^'‘’\"“”]*[A-Z]\w+\.$", a.text)
        assert first not in PRONOUN_OPENERS or own_words, a.text
        assert a.text[0] not in "'‘\"“" or balanced(a.text)
    # Each answer rests on a different sentence of the story.
    own = [next(c for c in cites if c in item.question.cites) for cites, item in zip(answer_sources, items, strict=True)]
    assert len(set(own)) == len(own), own


def test_faq_properties_over_tuning_stories(tuning_faqs: list[tuple[tuple[FaqItem, ...], Analysis]]) -> None:
    for items, analysis in tuning_faqs:
        _check(items, analysis)


def test_most_tuning_stories_get_three_pairs(tuning_faqs: list[tuple[tuple[FaqItem, ...], Analysis]]) -> None:
    """Fewer than three only where the story offers no more good questions (a guard
    against the yield collapsing, not a quota: filler is never added to reach three)."""
    full = sum(len(items) >= RULE.min_items for items, _ in tuning_faqs)
    # 13 of 30 since reference resolution became stricter (only a subject antecedent, no
    # possessives inside); 14 after the self-check struck the topicless "What did X say?"
    # pairs (19 before); 11 after the parrot and vague questions readers struck went ("What did
    # Mr Cameron say about people?", "Who was enjoying the sunshine?", "How did X respond?" with
    # nothing to respond to, negated yes/no echoes). The page's FAQ is topped up by the rules
    # engine (rules._faq_top_up): 40 of 60 tuning pages carry three pairs or more. 10 once
    # captions in the present passive ("X is congratulated by Y") stopped being asked about.
    # 5 (53 pairs) once echo questions went (issue 11: a blind reader scored the FAQ 2.0 and
    # struck the answer sentence turned round — "Who did X?", "What did X verb?" outside the
    # story's top, a topic met only in the answer, an answer that adds under three words).
    assert full >= 0.15 * len(tuning_faqs), full
    assert sum(len(items) for items, _ in tuning_faqs) >= 1.6 * len(tuning_faqs)


def test_tuning_faqs_ask_no_stock_question_and_answer_each_from_its_own_sentence(
    tuning_faqs: list[tuple[tuple[FaqItem, ...], Analysis]],
) -> None:
    for items, _ in tuning_faqs:
        assert not any(STOCK.match(i.question.text) for i in items)
        answers = [i.answer.text for i in items]
        assert len(set(answers)) == len(answers)
        # No question leans on a pronoun, and none is longer than thirteen words.
        for i in items:
            words = i.question.text.rstrip("?").split()
            assert len(words) <= 13, i.question.text
            assert not {w.lower().strip(",") for w in words[1:3]} & PRONOUN_OPENERS, i.question.text


ROLES = """Greece has denied it will fail to pay a £330million loan to the International Monetary Fund.
Deputy finance minister Dimitris Mardas said that state revenue in March had topped targets.
The council paid £2.5million for the site last year.
Sister Gertrud Tiefenbacher had lived at the mission for 60 years after moving from Austria.
Leon Yeaman, 55, was allegedly killed by a single punch during a row outside his Brisbane home.
Mr Yeaman was seen in his yard on Thursday night.
ESPN reporter Britt McHenry has been suspended after an ugly rant at a towing company employee."""


def _pool(text: str) -> dict[str, tuple[str, str]]:
    """Every role question the rules ask of a story: question → (kind, cited sentence)."""
    from copydesk.generate import faq as f

    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    out: dict[str, tuple[str, str]] = {}
    gens = (f._said_about, f._define, f._happened, f._denied, f._how_much, f._because, f._how_long, f._share)
    for c in candidates(parsed):
        for gen in gens:
            for kind, q, _ in gen(c, parsed.analysis):
                out[_question(q)] = (kind, c.id)
    return out


def test_role_questions_from_what_the_sentence_does() -> None:
    pool = _pool(ROLES)
    # The contested claim, answered by the denial (the owner stays in the answer).
    assert pool["Will Greece fail to pay a £330million loan to the International Monetary Fund?"] == ("deny", "s1")
    # A named speaker's statement by its topic.
    assert pool["What did Dimitris Mardas say about state revenue in March?"] == ("said", "s2")
    assert not any(q.startswith("What did Dimitris Mardas say?") for q in pool)
    assert pool["How much did the council pay for the site last year?"] == ("howmuch", "s3")
    assert pool["How long had Gertrud Tiefenbacher lived at the mission after moving from Austria?"][0] == "howlong"
    # What happened to someone only when the main clause is the event; "was seen" is no event.
    assert pool["What happened to Leon Yeaman?"] == ("happened", "s5")
    assert not any(q.startswith("What happened to Mr Yeaman") for q in pool)
    # "… suspended after an ugly rant": in a news lead, the cause.
    assert pool["Why has Britt McHenry been suspended?"] == ("why", "s7")
    items, analysis = _faq(ROLES)
    _check(items, analysis)
    assert len(items) >= RULE.min_items
    by_q = {i.question.text: i.answer.text for i in items}
    assert "denied" in by_q.get("Will Greece fail to pay a £330million loan to the International Monetary Fund?", "denied")
    assert "allegedly" in by_q["What happened to Leon Yeaman?"]


def test_no_topic_from_a_direct_quotation_and_no_who_is_for_a_passing_name() -> None:
    text = """Kilmarnock confirmed Gary Locke as their permanent manager on Friday.
Locke added: 'Coaches Alan Robertson and Billy Thomson have done a fantastic job.'
A nervous Lindsey Vonn was back at Augusta on Friday to watch her beau Tiger Woods.
Woods finished the day 12 strokes behind the leader."""
    pool = _pool(text)
    assert not any(" about " in q for q in pool), pool
    items, _ = _faq(text)
    assert not any(i.question.text == "Who is Tiger Woods?" for i in items)


ADELI = """Asylum seeker Jafar Adeli, 32, was jailed for 27 months at Leicester Crown Court on Wednesday.
Adeli had arranged to meet a girl he believed was 14 after chatting to her online.
The girl was in fact a member of a vigilante group called Letzgo Hunting.
Prosecutor Alan Murphy told the court: 'The vigilante group contacted police as soon as the meeting was arranged.'
Adeli denied the charge at first but later admitted attempting to meet a child after grooming.
His lawyer, Navinder Sekhon, said Adeli felt deep remorse for what he had done."""

NORMAN = """Conservative MP Jesse Norman allegedly gave out cake while campaigning at a supermarket in his Hereford constituency.
West Mercia Police said it was investigating reports of a breach of the Representation of the People Act 1983.
Mr Norman denied any wrongdoing in a statement on Friday.
The council approved a new supermarket car park last year.
Detectives will interview Mr Norman next week, a police spokesman said."""

GOMIS = """Swansea City striker Bafetimbi Gomis has been recovering from a hamstring injury in France.
Gomis, 29, hurt his hamstring in the 1-1 draw with Everton earlier this month.
Swansea manager Garry Monk said the club was pleased with the striker's progress.
Gomis is a France international who joined Swansea from Lyon on a free transfer last summer.
The club signed two other forwards in January."""


def test_who_and_what_accused_questions() -> None:
    items, analysis = _faq(NORMAN)
    _check(items, analysis)
    by_q = {i.question.text: i for i in items}
    assert "What is Jesse Norman accused of?" in by_q
    assert "allegedly" in by_q["What is Jesse Norman accused of?"].answer.text  # the owner of the claim stays
    items, analysis = _faq(GOMIS)
    _check(items, analysis)
    who = [i for i in items if i.question.text == "Who is Bafetimbi Gomis?"]
    # what identifies him: "Swansea City striker" before the name, or "a France international"
    assert who and "Gomis" in who[0].answer.text and ("striker" in who[0].answer.text or "international" in who[0].answer.text)
    assert " has been recovering" not in who[0].answer.text  # not what he is doing


def test_how_long_and_named_speaker() -> None:
    items, analysis = _faq(ADELI)
    _check(items, analysis)
    qs = {i.question.text: i.answer.text for i in items}
    assert "How long was Jafar Adeli jailed for?" in qs and "27 months" in qs["How long was Jafar Adeli jailed for?"]
    # A speaker's words without a topic are the sentence read back: never asked.
    assert "What did Alan Murphy tell the court?" not in qs


def test_other_side_question() -> None:
    items, _ = _faq(NORMAN)
    other = [i for i in items if i.question.text.startswith(("How did", "How has", "Has "))]
    assert all(" to the " in i.question.text for i in other if "respond" in i.question.text)
    assert other and "denied" in other[0].answer.text


def test_what_next_only_from_a_future_sentence() -> None:
    items, analysis = _faq(NORMAN)
    nxt = [i for i in items if i.question.text.startswith(("When will", "What happens next"))]
    assert nxt and nxt[0].answer.cites == ("s5",)
    past = {s.id for s in analysis.sentences if "approved" in s.text}
    assert not any(set(i.answer.cites) & past and "next" in i.question.text.lower() for i in items)


def test_when_question_carries_the_date_in_its_answer(wire_text: str) -> None:
    items, analysis = _faq(wire_text, published=date(2025, 10, 29))
    _check(items, analysis)
    assert len(items) >= RULE.min_items
    when = [i for i in items if i.question.text.startswith("When did the two ministers")]
    assert when and "December 2024" in when[0].answer.text
    assert "December 2024" not in when[0].question.text
    assert any(i.question.text.startswith(("When will", "What happens next")) for i in items)


def test_questions_never_carry_the_frame_or_an_appositive() -> None:
    nlp = load_pipeline()
    doc = nlp("The minister met his counterpart, General Viktor Afzalov, in Moscow.")
    assert invert(doc[:], doc[:].root) == "did the minister meet his counterpart in Moscow"
    doc = nlp("King, 89, has used various models of Gibson guitars.")
    assert invert(doc[:], doc[:].root) == "has King used various models of Gibson guitars"
    doc = nlp("He's facing charges of aggravated battery.")
    assert invert(doc[:], doc[:].root) == "is he facing charges of aggravated battery"


def test_run_on_captions_are_never_answers() -> None:
    nlp = load_pipeline()
    runs = [
        "The vigilante group filmed the meeting, which showed him putting his head in his hands when he realised he "
        "had been tricked Adeli agreed to pay for the bus fare.",
        "Lawsuits followed the move to help Uber defend safety concerns There were three high-profile cases.",
    ]
    clean = [
        "Blues legend B.B. King was hospitalized for dehydration, though the ailment didn't keep him out for long.",
        "Indian Air Force chief Air Marshal A.P. Singh met his Russian counterpart in Moscow this Wednesday.",
        "Police said Smith was arrested on Friday.",
    ]
    assert all(run_on(nlp(t)[:]) for t in runs)
    assert not any(run_on(nlp(t)[:]) for t in clean)


def test_balanced_and_question_helpers() -> None:
    assert balanced("Mr Norman called the claims 'nonsense'.")
    assert balanced("The players' union agreed.")
    assert not balanced("He was struggling before,' Moore said.")
    assert _question("what did  the panel find ,") == "What did the panel find?"


def _span(text: str) -> Any:
    return load_pipeline()(text)[:]


def test_self_check_keeps_negation_and_hedges() -> None:
    allen = _span("Keith Anthony Allen pleaded not guilty to 19 counts in court on Monday.")
    assert not answers("What did Keith Anthony Allen plead guilty to?", allen.text, allen)
    brit = _span("Your average Brit might find the practice of orgasmic meditation mortifying.")
    assert not answers("What did Brit find?", brit.text, brit)
    assert answers("What might Brit find about orgasmic meditation?", brit.text, brit)
    shu = _span("Shu Rongli, a police officer, said that the newly constructed road was not open yet.")
    assert answers("What did Shu Rongli say about the newly constructed road?", shu.text, shu)


def test_self_check_strikes_generic_speech_and_wants_the_topic_in_the_answer() -> None:
    police = _span("Police believe the gunman acted alone after ramming the gates.")
    assert not answers("What do police believe?", police.text, police)
    assert answers("What do police believe about the gunman?", police.text, police)
    assert not answers("What do police believe about the motive?", police.text, police)
    said = _span("Justine Dawson told FEMAIL that the classes were full every week.")
    assert not answers("What did Justine Dawson tell FEMAIL?", said.text, said)


def test_self_check_agreement_and_coordinated_subjects() -> None:
    fight = _span("Floyd Mayweather and Manny Pacquiao go head-to-head in Las Vegas on May 2.")
    assert not answers("When do Floyd Mayweather go head-to-head in Las Vegas?", fight.text, fight)
    q = "When do " + invert(fight, fight.root).split(" ", 1)[1].replace(" on May 2", "")  # type: ignore[union-attr]
    assert q.startswith("When do Floyd Mayweather and Manny Pacquiao go")
    assert answers(q + "?", fight.text, fight)


def test_self_check_answer_answers() -> None:
    keeper = _span("The keeper was carried off the field to hospital for tests.")
    assert not answers("Why was the keeper carried off the field?", keeper.text, keeper)
    match = _span("The match was abandoned because of a waterlogged pitch.")
    assert answers("Why was the match abandoned?", match.text, match)
    met = _span("The two ministers met in Moscow to review the defence deal.")
    assert answers("Why did the two ministers meet in Moscow?", met.text, met)
    nodate = _span("The two ministers met in Moscow to review the defence deal.")
    assert not answers("When did the two ministers meet?", nodate.text, nodate)
    dated = _span("The two ministers met in Moscow in December 2024.")
    assert answers("When did the two ministers meet in Moscow?", dated.text, dated)
    count = _span("More than 1,000 adults were questioned for the research.")
    assert answers("How many adults were questioned for the research?", count.text, count)
    assert not answers("How many adults were questioned?", "Adults were questioned for the research by pollsters.", count)
    who = _span("Jonjo O'Neill hosted a media stable visit on Thursday.")
    assert answers("Who hosted a media stable visit?", who.text, who)
    assert not answers("Who hosted a media stable visit?", "A media stable visit was hosted on Thursday at the yard.", who)


def test_faq_pairs_pass_the_self_check(tuning_faqs: list[tuple[tuple[FaqItem, ...], Analysis]]) -> None:
    for items, _ in tuning_faqs:
        for i in items:
            named = re.match(r"^What (?:did|does) (?:(?:Mr|Mrs|Ms|Dr|Sir) )?(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)+) say\?$",
                             i.question.text)
            if named:  # "What does Mr Norman say?": a named person, whom the answer names
                assert named.group("name").split()[-1] in i.answer.text, (i.question.text, i.answer.text)
                continue
            assert not re.match(r"^What (?:did|does|do) [^?]+ (?:say|tell|believe|find)\?$", i.question.text), i.question.text


def test_a_question_keeps_its_percent_sign() -> None:
    items, _ = _faq(
        "The Bank of England held interest rates at 5% on Thursday.\n"
        "The decision was expected by most economists, who had forecast no change this month."
    )
    assert not any(re.search(r"\b5\?", i.question.text) for i in items), [i.question.text for i in items]
    assert any("5%" in i.question.text for i in items), [i.question.text for i in items]


def test_faq_questions_keep_their_articles_and_name_a_real_topic() -> None:
    from copydesk.generate.faq import _well_formed

    answer = "The survey revealed that the number of councils offering free pest control had fallen by a third."
    assert not _well_formed("What did the survey reveal about the number?", answer, "said")
    assert not _well_formed("What did Maron say about The teens mother?", "The teens' mother was treated at a "
                            "hospital and released, and is in occupational therapy, James Maron said.", "said")
    items, _ = _faq(
        "Gary Locke will be confirmed as Kilmarnock's permanent manager on Friday.\n"
        "An announcement will be made by the Rugby Park club on Friday morning, with Locke given a three-year deal.\n"
        "Locke replaced Allan Johnston on a caretaker basis eight weeks ago."
    )
    assert not any(re.search(r"\bWill announcement\b", i.question.text) for i in items)


def _faq_questions(text: str) -> list[str]:
    from copydesk.generate.faq import faq
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(text))
    return [item.question.text for item in faq(candidates(parsed), parsed.analysis)]


def test_faq_questions_seen_broken_in_a_blind_read_are_mended_or_refused() -> None:
    qs = _faq_questions("Redonda was assumed to be beyond repair, in part because of the scope of the damage from the "
                        "animals. The island is a mile long. Conservationists removed the goats in 2012. The birds "
                        "returned in 2016.")
    assert not any(q.endswith(", in part?") or q.endswith(" in part?") for q in qs), qs
    qs = _faq_questions("The first step was relocating Redonda's herd of approximately 60 wild goats. The island is a "
                        "mile long. Conservationists removed the goats in 2012.")
    assert not any("first step relocating" in q for q in qs), qs
    qs = _faq_questions("The wage would go up to $9.25 an hour in Connecticut. Some 40,000 new laws take effect. "
                        "Illinois passed two laws.")
    assert not any(q.startswith("How much would the wage go") for q in qs), qs


def test_sentence_case_keeps_an_acronym_its_question_mark_ate_into() -> None:
    from copydesk.generate.question_headline import sentence_case
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text("Emissions in the U.S. fell 2 percent last year. Coal use fell sharply."))
    span = parsed.spans[0] if parsed.spans else None
    assert span is not None
    q = sentence_case("What Happened to the U.S?", span)
    assert q.startswith("What happened to the U.S") and "u.s" not in q, q


def test_no_what_question_on_half_an_idiom() -> None:
    qs = _faq_questions("The roll out leads the way for other leading international brands in the region. "
                        "The firm opened its first store in Dubai on Monday. Sales rose by 12 per cent last year.")
    assert not any(q.startswith("What does the roll out lead") for q in qs), qs


def test_mechanical_questions_seen_garbled_in_the_s4_final_read_are_refused() -> None:
    from copydesk.generate.faq import _well_formed
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    span = nlp("Sulfur dioxide emissions from ships fell sharply, but carbon dioxide emissions will keep rising.")[:]
    answer = "Carbon dioxide emissions will keep rising for years, the report found."
    assert not _well_formed("What will carbon dioxide emissions?", answer, "what", span)
    assert not _well_formed("What did T1 close out in 25 minutes to finally?", answer, "what", span)
    met = nlp("The two ministers last met in Moscow in July to discuss the defence pact.")[:]
    assert _well_formed("When did the two ministers last meet in Moscow?", "They last met in Moscow in July.", "when", met)
    qs = _faq_questions("Davis broke Bouchard's serve to love to take a 3-1 lead as the 21-year-old Canadian had a "
                        "double fault, then sailed a forehand long to fall behind. Bouchard lost in straight sets. "
                        "Davis will play Serena Williams in the next round on Thursday.")
    assert not any(q.startswith("Who broke") and "sailed" in q for q in qs), qs


def test_what_happens_next_only_over_a_step_still_to_come() -> None:
    qs = _faq_questions("Faker is the only player in the world to win four titles. Fans will remember the final for "
                        "years to come, organisers said. T1 beat Weibo Gaming 3-0 in Seoul on Sunday.")
    assert not any(q.startswith("What happens next for") for q in qs), qs
    qs = _faq_questions("Gary Locke will be confirmed as Kilmarnock's permanent manager on Monday. The 39-year-old "
                        "took temporary charge in February. Kilmarnock are eighth in the Scottish Premiership.")
    assert any("next" in q.lower() or q.startswith("When will") for q in qs), qs


def test_a_name_defined_as_a_person_is_asked_who() -> None:
    from copydesk.generate.faq import _wh_for
    from copydesk.nlp.parser import load_pipeline

    doc = load_pipeline()("Gustavo Faleiros is a Brazilian journalist. Letzgo Hunting is a vigilante group.")
    journalist = next(t for t in doc if t.lower_ == "journalist")
    group = next(t for t in doc if t.lower_ == "group")
    assert _wh_for(journalist) == "Who" and _wh_for(group) == "What"


def test_a_when_question_never_names_the_time_it_asks_for() -> None:
    from copydesk.generate.faq import _still_dated
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    span = next(iter(parse(story_from_text(
        "Debate on the bill began at 11:30am yesterday and ended at dawn.")).doc.sents))
    assert _still_dated(span, "When did debate on the bill begin at 11:30am?", set())
    assert not _still_dated(span, "When did debate on the bill begin?", set())


def test_what_happens_next_is_not_asked_of_the_idiom_in_case() -> None:
    import copydesk

    a = copydesk.enrich(
        "The Security Council has authorised a multinational force for the capital. Britain will lead the force. "
        "The US military will be in overall charge in case of a conflict and would help rescue the troops.")
    assert not any("in the case" in f.question.text for f in a.parts.faq), [f.question.text for f in a.parts.faq]


WHO_IS = """Harbour Board chairman Lena Ostrova has approved a new ferry terminal for the port.
Tom Varga, one of sailing's most decorated skippers, said the terminal would crowd the marina.
The former chief inspector of mines, Peter Hale, told reporters the site was safe.
Administrator Ruth Kessler says the work will begin in March.
Ms Ostrova says the terminal will bring more visitors to the town.
Mr Varga says he will fight the plan in court.
Mr Hale says the port has waited ten years for the terminal.
Ms Kessler says contractors have already been chosen."""


def test_who_is_is_answered_by_what_identifies_the_person() -> None:
    """Blind readers struck "Who is X?" answered by what X did or said: the answer is the
    role the story gives them (before the name, or in apposition), as a sentence."""
    from copydesk.generate import faq as f

    items, analysis = _faq(WHO_IS)
    _check(items, analysis)
    by_q = {i.question.text: i.answer.text for i in items}
    assert by_q.get("Who is Lena Ostrova?") == "Lena Ostrova is the Harbour Board chairman."
    assert not any(q.startswith("Who is") and " says " in a for q, a in by_q.items())
    parsed = parse(story_from_text(WHO_IS), today=date(2025, 11, 3))
    cands = candidates(parsed)
    # (session 15: "Who is X?" only of a person the story is about, from its lead)
    assert not any(f._who_is(c, parsed.analysis, frozenset()) for c in cands)
    central = frozenset({"Tom Varga", "Peter Hale", "Ruth Kessler"})
    made = {_question(q): a for c in cands for _, q, a in f._who_is(c, parsed.analysis, central)}
    assert made["Who is Tom Varga?"] == "Tom Varga is one of sailing's most decorated skippers."
    assert made["Who is Peter Hale?"] == "Peter Hale is the former chief inspector of mines."
    # "Administrator Ruth Kessler": the administrator of what? No made-up role.
    assert "Who is Ruth Kessler?" not in made


def test_identity_answer_keeps_to_roles() -> None:
    from copydesk.generate.faq import identity_answer

    nlp = load_pipeline()
    cases = {
        "A resolute President Carl Brandt promised victory.": None,  # a judgment, not a title
        "Protests spread to the capital, Anna Keller, witnesses said.": None,  # no role noun
        "Fellow spinner Dan Rourke took two wickets.": None,  # a relation, not who he is
        "Veteran striker Jon Albers scored twice.": "Jon Albers is a veteran striker.",
        "Local farmer Mia Dorn, 44, led the march.": "Mia Dorn is a local farmer.",
    }
    for text, want in cases.items():
        doc = nlp(text)
        tok = next((t for t in doc if t.ent_type_ == "PERSON" and t.ent_iob_ == "I" or
                    (t.ent_type_ == "PERSON" and (t.i + 1 == len(doc) or doc[t.i + 1].ent_type_ != "PERSON"))), None)
        if tok is None:
            continue
        name = " ".join(t.text for t in doc.ents[[e.label_ for e in doc.ents].index("PERSON")]) if doc.ents else ""
        assert identity_answer(tok, name) == want, (text, identity_answer(tok, name))


CLAIMS = """Fighting continued in the northern hills on Tuesday.
A rebel commander said 40 government soldiers had been killed in the fighting.
Police said 12 people were arrested in the capital overnight.
The paper published the leaked memo on Monday."""


def test_no_question_turns_a_party_s_claim_into_fact_or_leans_on_an_earlier_noun() -> None:
    text = "The Daily Courier reported the story first.\n" + CLAIMS
    items, analysis = _faq(text)
    questions = [i.question.text for i in items]
    assert not any(q.startswith("How many government soldiers") for q in questions), questions
    assert "What did the paper publish?" not in questions
    from copydesk.generate import faq as f

    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    made = {_question(q) for c in candidates(parsed) for _, q, _ in f._heilman(c, parsed.analysis)}
    # A neutral source's figure may be asked without it: the answer keeps "police said".
    assert "How many people were arrested in the capital overnight?" in made, made


def test_a_capital_that_only_opened_the_sentence_is_lower_case_in_the_question() -> None:
    from copydesk.generate.faq import _sentence_capital

    nlp = load_pipeline()
    doc = nlp("Dozens of fishermen are still searching the bay.")
    assert _sentence_capital("What are Dozens of fishermen still searching?", doc[:]) == \
        "What are dozens of fishermen still searching?"
    doc = nlp("Westpac has cut 300 jobs.")
    assert _sentence_capital("How many jobs has Westpac cut?", doc[:]) == "How many jobs has Westpac cut?"


def test_what_did_x_plead_guilty_to_when_the_parse_hangs_to_on_guilty() -> None:
    text = """Carl Mendes, 41, of Hillsford pleaded guilty to stealing 14 paintings from a gallery in May.
Mendes is the first person to be charged under the new heritage law.
The gallery's director said the paintings had been recovered."""
    items, analysis = _faq(text)
    _check(items, analysis)
    questions = [i.question.text for i in items]
    assert "What did Carl Mendes plead guilty to?" in questions, questions
    assert "Who is Carl Mendes?" in questions, questions


def test_a_speaker_is_asked_about_a_topic_the_story_keeps_returning_to() -> None:
    """"What does X say about the strike?" when the strike runs through the story; never
    "about the man" (which?) nor with a speaker that has lost its article."""
    from copydesk.generate.faq import _well_formed

    nlp = load_pipeline()
    doc = nlp("Dock workers began a strike on Monday. Ports said the strike cost millions. "
              "Union organiser Kate Moss says the strike will go on. A man was hurt. The man was treated.")
    span = doc[:]
    answer = "Union organiser Kate Moss says the strike will go on until pay rises."
    assert _well_formed("What does Kate Moss say about the strike?", answer, "said", span)
    assert not _well_formed("What does Kate Moss say about the man?", "Kate Moss says the man was a bystander hurt.", "said", span)
    assert not _well_formed("What did port spokesman say about the strike?", answer, "said", span)
    assert _well_formed("What do local police say about the strike?", answer, "said", span)


def test_when_will_from_a_day_word_or_this_morning() -> None:
    text = """The harbour tunnel has been closed after a crack was found in its roof.
Tomorrow the transport minister will inspect the tunnel with engineers from the roads authority.
Repair crews will return to the site this morning."""
    items, analysis = _faq(text)
    _check(items, analysis)
    questions = [i.question.text for i in items]
    assert "When will the transport minister inspect the tunnel?" in questions, questions


def test_what_happened_to_a_group_the_story_follows() -> None:
    """"What happened to the B-1 crew?": a definite group, also in the clause a source
    reports (the question asks, it asserts nothing; the answer keeps "the Pentagon said")."""
    text = """A navy patrol plane has crashed into the sea off the northern coast.
The six crew members of the patrol plane were rescued by a fishing boat, the defence ministry said.
A crew flew the same route last year."""
    items, analysis = _faq(text)
    _check(items, analysis)
    by_q = {i.question.text: i.answer.text for i in items}
    q = "What happened to the six crew members of the patrol plane?"
    assert q in by_q and "the defence ministry said" in by_q[q], by_q
    assert "What happened to a crew?" not in by_q


def test_a_people_is_no_pointing_back_noun_and_a_role_may_be_two() -> None:
    from copydesk.generate.faq import identity_answer

    nlp = load_pipeline()
    doc = nlp("Rita Okafor, the founder and former chair of the Riverside Rowing Club, has lost her bid for re-election.")
    tok = next(t for t in doc if t.text == "Okafor")
    assert identity_answer(tok, "Rita Okafor") == "Rita Okafor is the founder and former chair of the Riverside Rowing Club."
    doc = nlp("Tim Hale, the club captain, Ann Ross, and the coach, Joe Bell, met on Monday.")
    tok = next(t for t in doc if t.text == "Hale")
    assert identity_answer(tok, "Tim Hale") in {None, "Tim Hale is the club captain."}


def test_the_other_side_in_a_second_clause_or_by_a_country() -> None:
    from copydesk.generate import faq as f

    text = """Border guards exchanged fire overnight after a raid on a customs post.
Norway accuses Sweden's navy of planning the raid, but Sweden denies the allegation.
The two governments will meet next week."""
    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    made = {_question(q) for c in candidates(parsed) if c.roles.has("other_side")
            for _, q, _ in f._other_side(c, parsed.analysis)}
    assert made == {"How has Sweden responded to the allegation?"}, made
    items, analysis = _faq(text)
    _check(items, analysis)
    assert not any(i.question.text == "How has Norway responded to the allegation?" for i in items)


def test_both_sides_of_a_dispute_by_topic() -> None:
    """A short verdict is the answer: "Harbourline's Tom Reyes says today's stoppage is
    unjustified.". A speaker for a body is asked about by the body ("What does Harbourline
    say …?"), so the answer adds who spoke; "What does Tom Reyes say about today's
    stoppage?" held all but one of the answer's words (struck in a blind read as an echo)."""
    text = """Ferry crews will stop work across the harbour over the next two days.
Crews at Harbourline are stopping today, while crews at Bayferries will follow tomorrow.
The union's Ana Souza says the stoppage is about rosters, not pay.
Harbourline's Tom Reyes says today's stoppage is unjustified.
Mr Reyes says extra buses will run."""
    items, analysis = _faq(text)
    _check(items, analysis)
    questions = {i.question.text for i in items}
    assert {"What does the union say about the stoppage?", "What does Harbourline say about today's stoppage?"} & questions, questions
    # … but a country is no speaker for its king.
    king = _sent_span("Leaders condemned the raid.\nSpain's King Juan Carlos said the raid opened a dark chapter.", "s2")
    from copydesk.generate.faq import _for_body, _subject

    assert _for_body(_subject(king.root), "Juan Carlos") == "Juan Carlos"
    assert not {"What does Ana Souza say about the stoppage?", "What does Tom Reyes say about today's stoppage?",
                "What does Mr Reyes say about extra buses?"} & questions, questions


def test_a_plain_fact_from_an_agent_may_be_asked_without_him() -> None:
    """Only a party's word on what is in dispute (harm, blame, losses, a forecast) keeps
    its owner in the question; "had been battling cancer", told by an agent, need not."""
    from copydesk.generate import faq as f

    text = """The actor Nigel Barrow has died at his home in London.
Barrow had been battling cancer for the past two years, said his agent Carl Benn.
A rebel commander said 40 soldiers had been killed in the fighting."""
    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    made = {_question(q) for c in candidates(parsed) for gen in (f._how_long, f._heilman)
            for _, q, _ in gen(c, parsed.analysis)}
    assert any(q.startswith("How long had") and "Barrow" in q for q in made), made
    assert not any(q.startswith("How many soldiers") for q in made), made


def test_what_sentence_was_x_given() -> None:
    text = """A builder who dumped asbestos in a national park has been punished.
Dean Marsh was given a four-year suspended sentence and a fine of $20,000 at the district court.
Rangers found the waste in March."""
    items, analysis = _faq(text)
    _check(items, analysis)
    questions = [i.question.text for i in items]
    assert "What sentence was Dean Marsh given?" in questions, questions


def test_no_question_with_a_quotation_s_capital_article() -> None:
    from copydesk.generate.faq import _well_formed

    answer = '"The interim government will be installed one week after the signing," a source said.'
    assert not _well_formed("Why will The interim government be installed one week?", answer, "why")
    assert _well_formed("When will the interim government be installed?", answer, "when")


def test_no_where_question_hung_on_a_belief() -> None:
    from copydesk.generate import faq as f

    text = """Troops are searching the mountains for the rebel leader.
In the valley, village elders now believe the rebel leader will not be found.
The army held a briefing in Kandahar on the search."""
    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    made = {_question(q) for c in candidates(parsed) for _, q, _ in f._heilman(c, parsed.analysis)}
    assert not any(q.startswith("Where do village elders") for q in made), made


def _cand(text: str, first: str) -> Any:
    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    return next(c for c in candidates(parsed) if c.span.text.startswith(first))


def test_top_up_holds_question_headline_shapes_to_the_faq_standard() -> None:
    """The page's top-up (rules._faq_top_up) takes question-headline shapes only when an
    editor would: a wh-question, no comma debris, a "Why" whose reason the sentence gives,
    the object kept, no trivia about a participle on the subject."""
    from copydesk.generate.rules import _top_up_fit

    story = ("Trade ministers from nine countries will meet in Geneva on Monday for talks on the tariff dispute. "
             "The harvest festival in Bellport was cancelled after the storm. "
             "The river festival in Hallam was cancelled because of the flooding. "
             "Mr Darnley was fined $500 after admitting driving through a red light. "
             "Councillor Tom Breen uses a council car for his trips abroad, the audit found. "
             "The volunteers clearing the park were sent home at noon. "
             "The bakery chain was placed into receivership, its director and treasurer said on Tuesday.")
    meet = _cand(story, "Trade ministers")
    assert not _top_up_fit("Will trade ministers from nine countries meet in Geneva?", meet)  # a yes/no echo
    assert _top_up_fit("When will trade ministers from nine countries meet in Geneva?", meet)
    assert not _top_up_fit("Why was the harvest festival in Bellport cancelled?", _cand(story, "The harvest"))
    assert _top_up_fit("Why was the river festival in Hallam cancelled?", _cand(story, "The river"))
    assert _top_up_fit("Why was Mr Darnley fined $500?", _cand(story, "Mr Darnley"))
    car = _cand(story, "Councillor")
    assert not _top_up_fit("Who uses for his trips abroad?", car)  # the object cut
    assert _top_up_fit("Who uses a council car for his trips abroad?", car)
    assert not _top_up_fit("What do the volunteers clear?", _cand(story, "The volunteers"))
    assert not _top_up_fit("When was the bakery chain placed into receivership, director and treasurer?",
                           _cand(story, "The bakery"))


def test_the_other_side_when_a_group_named_by_what_it_is_denies_or_rejects() -> None:
    """A group with no name is still a party: its denial of fault is asked as a yes/no
    question the denial answers, its rejection of something as a response to it."""
    items, _ = _faq("Three Norwegian skippers have denied any wrongdoing over the ferry collision in the fjord. "
                    "The ferry was carrying 40 passengers when it struck the rocks near Bergen on Sunday. "
                    "An inquiry into the collision will begin in Oslo next month.")
    asked = {i.question.text: i.answer.text for i in items}
    assert "Have the Norwegian skippers admitted any wrongdoing?" in asked
    assert "denied any wrongdoing" in asked["Have the Norwegian skippers admitted any wrongdoing?"]
    items, _ = _faq("Local dock workers have rejected the port authority's pay offer for a second time. "
                    "The union wants a rise of six per cent over two years for its 900 members in Fremantle. "
                    "Talks will resume in Perth on Friday, the union's secretary Joan Avery said.")
    assert "How have the local dock workers responded to the port authority's pay offer?" in {
        i.question.text for i in items}
    items, _ = _faq("Some people have denied any wrongdoing over the ferry collision in the fjord. "
                    "The ferry was carrying 40 passengers when it struck the rocks near Bergen on Sunday.")
    assert not any("admitted" in i.question.text for i in items)  # "some people": no party


def test_who_are_two_people_named_together_under_one_plural_role() -> None:
    items, _ = _faq("Former ministers Jane Hobart and Peter Alcott have joined the board of the Tasman Bank. "
                    "Ms Hobart said the bank needed a new direction after a year of heavy losses in Hobart. "
                    "The bank's shares rose 4 per cent on Monday after the appointments were announced.")
    asked = {i.question.text: i.answer.text for i in items}
    assert asked.get("Who are Jane Hobart and Peter Alcott?") == "Jane Hobart and Peter Alcott are former ministers."
    items, _ = _faq("Both Jane Hobart and Peter Alcott told the inquiry of their regret about the losses. "
                    "Ms Hobart said the bank needed a new direction after a year of heavy losses in Hobart.")
    assert not any(i.question.text.startswith("Who are") for i in items)  # no role for the pair: nothing to ask


def test_top_up_mends_an_aside_and_asks_when_of_a_dated_will() -> None:
    from copydesk.generate.rules import _top_up_repair

    story = ("Trade ministers from nine countries will meet in Geneva tomorrow for talks on the tariff dispute. "
             "Marla Quinn, now living in Perth, claims the former mayor owed her money. "
             "The worst flooding will come when the tide turns tonight, forecasters said.")
    assert _top_up_repair("Will trade ministers from nine countries meet in Geneva?", _cand(story, "Trade")) == (
        "When will trade ministers from nine countries meet in Geneva?")
    assert _top_up_repair("What does Marla Quinn now living in Perth claim about the former mayor?",
                          _cand(story, "Marla")) == "What does Marla Quinn claim about the former mayor?"
    kept = "Will the worst flooding come when the tide turns?"
    assert _top_up_repair(kept, _cand(story, "The worst")) == kept  # a time clause of its own: no second "when"


def test_why_needs_a_purpose_not_a_result_an_urging_or_a_date() -> None:
    def span_of(text: str) -> Any:
        return next(iter(load_pipeline()(text).sents))

    won = "Hollis wore down a tired Marsh to win 6-2 6-3 in the final."
    assert not answers("Why did Hollis wear down a tired Marsh?", won, span_of(won))  # a result
    urged = "The coach has urged Dalton to make his mark in the first team."
    assert not answers("Why has the coach urged Dalton?", urged, span_of(urged))
    dated = "Since 2010, more than 30 nurses have moved from Dubbo to Perth."
    assert not answers("Why have more than 30 nurses moved from Dubbo to Perth?", dated, span_of(dated))
    meant = "The council met on Monday to review the flood budget."
    assert answers("Why did the council meet on Monday?", meant, span_of(meant))  # a purpose stays


def test_no_phrase_left_hanging_after_one_comma() -> None:
    from copydesk.generate.faq import _well_formed

    answer = "Staff are promising a quiet protest to show support for the officials, including the union's Bob Tait."
    assert not _well_formed("Why are staff promising a quiet protest, including the union's Bob Tait?", answer)
    assert not _well_formed("When was the mill closed three times, most recently?", "The mill was closed in May.")
    listed = "Jets blasted targets in Ayr, Troon and Largs overnight, the army said."
    assert _well_formed("What did jets blast in Ayr, Troon and Largs?", "The army's jets " + listed)


def test_no_why_whose_verb_lost_its_complement() -> None:
    text = "After resuming at 2 for 40, the visitors looked to be cruising before the collapse."
    span = next(iter(load_pipeline()(text).sents))
    assert not answers("Why did the visitors look?", text, span)


def test_a_role_capital_that_only_opens_the_sentence_goes() -> None:
    # Seen on tuning stories: "Stuart MacGill is a Leg spinner." (faq() alone: with the
    # page's synopsis holding "Leg spinner Tom Deakin", the pair would add nothing.)
    parsed = parse(story_from_text(
        "Australia has named its squad for the first Test against India. Leg spinner Tom Deakin has "
        "been recalled after two years out of the side. Deakin took 40 wickets in the domestic season. "
        "Selector Ann Bright says the team is strong. The Test starts in Perth on Friday."), today=date(2025, 11, 3))
    cands = candidates(parsed)
    answers = [f.answer.text for f in faq(cands, parsed.analysis, told=[cands[0].id, cands[1].id])]
    assert "Tom Deakin is a leg spinner." in answers, answers


def _sent_span(text: str, sid: str) -> Any:
    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    return next(c.span for c in candidates(parsed) if c.id == sid)


def test_echo_questions_the_answer_sentence_turned_round_are_refused() -> None:
    """Issue 11 (a blind read scored the FAQ 2.0: "echo question built from the answer
    sentence's own words"). Invented look-alikes of what was struck, and what stays."""
    from copydesk.generate.faq import _well_formed, echo

    # "Who X-ed …?" answered by the name: the rest is the question word for word.
    assert echo("Who won the harbour regatta on Sunday?", "Skipper Jane Doe won the harbour regatta on Sunday.",
                "who") == "who echo"
    assert echo("Who is Jane Doe?", "Jane Doe is a skipper from Hobart.", "whois") is None
    # An answer that adds fewer than three words the question does not say.
    assert echo("What did heavy fencing ring during the festival?", "Heavy fencing ringed the stadium during the "
                "festival.", "what") == "thin answer"
    assert not _well_formed("What did heavy fencing ring during the festival?",
                            "Heavy fencing ringed the stadium during the festival.")
    story = """Rescuers have pulled eleven fishermen from the sea after their trawler sank off Cape Wren.
The trawler went down in heavy swell early on Tuesday, the coastguard said.
Coastguard officer Mia Lund said the fishermen were found clinging to a life raft.
The ferry's crew launched two rescue boats into the heaving swell.
Ms Lund said the fishermen would be questioned by investigators about the sinking.
The ferry's captain was praised by the coastguard.
A cargo ship was delayed by two days while its crew joined the search near the cape."""
    # A topic the story never names outside the answer: "What happened to the cargo ship?"
    ship = _sent_span(story, "s7")
    delayed = "A cargo ship was delayed by two days while its crew joined the search near the cape."
    assert echo("How long was a cargo ship delayed?", delayed, "howlong", ship) == "unanchored"
    # … while the fishermen, the story's subject, may be asked about anywhere.
    fishermen = _sent_span(story, "s5")
    assert echo("What did Ms Lund say about the fishermen?", "Ms Lund said the fishermen would be questioned by "
                "investigators about the sinking.", "said", fishermen) is None
    # What someone predicted or proposed is the statement itself, not the sentence turned round.
    predicted = _sent_span(story.replace("The ferry's crew launched two rescue boats into the heaving swell.",
                                         "Forecaster Ann Pike predicted gales and heavy rain for Friday."), "s4")
    assert echo("What did Ann Pike predict?", "Forecaster Ann Pike predicted gales and heavy rain for Friday.", "what",
                predicted) is None
    # A speaker asked about without a topic holds none of the answer: no topic to anchor.
    assert echo("What did Mia Lund predict?", "Mia Lund predicted gales and heavy rain for the north coast on Friday.",
                "said", ship) is None
    # Below the story's top, a when/where/how-many whose answer is only the phrase taken out.
    assert echo("How long was a cargo ship delayed?", "A cargo ship was delayed by two days.", "howlong", ship) \
        == "thin answer"
    assert echo("When did the trawler go down?", "The trawler went down in heavy swell early on Tuesday, the "
                "coastguard said.", "when", _sent_span(story, "s2")) is None
    # "What did X verb?" outside the story's top is the sentence turned round; in the lead it is the news.
    ferry = _sent_span(story, "s4")
    assert echo("What did the ferry's crew launch?", "The ferry's crew launched two rescue boats into the heaving "
                "swell.", "what", ferry) == "object echo"
    navy = _sent_span(story.replace("The ferry's crew launched", "The Norwegian navy launched").replace(
        "the coastguard said", "the navy said"), "s4")
    assert echo("What did the Norwegian navy launch?", "The Norwegian navy launched two rescue boats into the heaving "
                "swell.", "what", navy) is None
    # … not a one-word name, nor a passive that kept its agent.
    assert echo("What were Norwegian crews caught off guard by Storm Ida?", "Norwegian crews were caught off guard by "
                "Storm Ida despite warnings issued on Monday.", "what", navy) == "passive left its object"
    lead = _sent_span(story, "s1")
    assert echo("What have rescuers pulled from the sea?", "Rescuers have pulled eleven fishermen from the sea after "
                "their trawler sank off Cape Wren.", "what", lead) is None


def test_no_question_drops_the_owner_of_a_claim_or_the_hedge_on_a_speaker() -> None:
    from copydesk.generate.faq import _well_formed, echo

    assert not _well_formed("What does mr Orr claim about the rents?", "Mr Orr claims the rents will rise again in "
                            "spring after the boilers are replaced.", "said")

    story = """Tenants marched through Dunmore on Saturday over rising rents.
The march was organised by the Dunmore Tenants Union.
The union's report claims landlords have raised rents to cover the cost of new boilers.
Landlord Sam Orr allegedly told tenants that the rents would rise again in spring."""
    claim = _sent_span(story, "s3")
    assert echo("Why have landlords raised rents?", "The union's report claims landlords have raised rents to cover "
                "the cost of new boilers.", "why", claim) == "owner dropped"
    assert echo("Why does the union's report say landlords have raised rents?", "The union's report claims landlords "
                "have raised rents to cover the cost of new boilers.", "why", claim) is None
    # "What happened to X?" of a sentence in which X does something to something else.
    march = _sent_span(story, "s1")
    assert echo("What happened to tenants?", "Tenants marched through Dunmore on Saturday over rising rents.", "what",
                march) is None
    raising = "Landlords in Dunmore are raising rents to cover the cost of new boilers."
    landlords = _sent_span("Rents rose again in Dunmore this year.\n" + raising, "s2")
    assert echo("What happened to landlords in Dunmore?", raising, "what",
                landlords) == "nothing happened to it"
    hedged = _sent_span(story, "s4")
    assert echo("What did Sam Orr say about the rents?", "Landlord Sam Orr allegedly told tenants that the rents "
                "would rise again in spring.", "said", hedged) == "hedge dropped"


def test_what_happens_next_is_never_asked_of_a_record() -> None:
    """ "What happens next for Faker?" was answered by "Faker is the only player in the
    world to win four titles" where the parse hung "to win" on "is" as a complement: a
    copula with a predicate noun tells what someone is, not a step to come."""
    from spacy.tokens import Doc

    from copydesk.generate.faq import _is_future

    vocab = load_pipeline().vocab

    words = ["Reyes", "is", "the", "only", "rower", "to", "win", "four", "titles", "."]
    heads = [1, 1, 4, 4, 1, 6, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "det", "amod", "attr", "aux", "xcomp", "nummod", "dobj", "punct"]
    tags = ["NNP", "VBZ", "DT", "JJ", "NN", "TO", "VB", "CD", "NNS", "."]
    lemmas = ["Reyes", "be", "the", "only", "rower", "to", "win", "four", "title", "."]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    assert not _is_future(doc[1])
    words = ["Reyes", "is", "to", "visit", "Paris", "."]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 1], deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
              tags=["NNP", "VBZ", "TO", "VB", "NNP", "."], lemmas=["Reyes", "be", "to", "visit", "Paris", "."])
    assert _is_future(doc[1])


# ---------------------------------------------------------------------------
# Blind read (FAQ 2.4): filler over the synopsis, stock "next", why without a reason,
# an undefined "the …". Invented look-alikes of what was struck, and what stays.
# ---------------------------------------------------------------------------


def test_an_answer_that_only_gives_back_the_synopsis_is_filler() -> None:
    from copydesk.generate.faq import adds_nothing

    told, text = ["s1", "s2"], ["Council leader Ann Lowe has resigned after a row over parking fees.",
                                "Her deputy Raj Patel will stand in until May."]
    # The lead given back whole, or a role the synopsis already names.
    assert adds_nothing(text[0], "s1", whole=True, told=told, told_text=text)
    assert adds_nothing("Ann Lowe is the council leader.", "s1", whole=False, told=told, told_text=text)
    # What the synopsis does not say stays.
    assert not adds_nothing("Ann Lowe is a former nurse.", "s4", whole=False, told=told, told_text=text)
    assert not adds_nothing("The fees rose by 40 per cent in March.", "s5", whole=True, told=told, told_text=text)
    assert not adds_nothing(text[0], "s1", whole=True, told=(), told_text=())


def test_the_page_faq_never_answers_with_the_synopsis_lead() -> None:
    import copydesk

    a = copydesk.enrich("Inspectors have seized 40 dogs from a filthy farmhouse in rural Kent. The animals were found "
                        "in cramped cages with little food, the charity said. A 52-year-old man has been charged with "
                        "animal cruelty. He will appear at Maidstone Magistrates' Court on June 3. The dogs are being "
                        "cared for at a shelter in Ashford, where vets say most will recover.")
    lead = a.parts.synopsis[0]
    for item in a.parts.faq:
        assert item.answer.cites[-1:] != lead.cites[-1:], item
        assert item.answer.text != lead.text, item


def test_what_happens_next_is_not_asked_of_a_condition_or_a_venue() -> None:
    qs = _faq_questions("Rovers beat City 2-0 on Saturday to go third in the table. Rovers will clinch a play-off place "
                        "if they beat Town next week, manager Jo Hart said. Fans praised the performance.")
    assert not any(q.startswith("What happens next for Rovers") for q in qs), qs
    qs = _faq_questions("The Millbrook Arena is to be sold, the council said on Monday. The Millbrook Arena will host "
                        "its last concert on Friday, before the doors close. About 300 people work there.")
    assert not any(q.startswith("What happens next for the Millbrook Arena") for q in qs), qs
    # A step still to come, its subject the question's, stays.
    qs = _faq_questions("A teacher was arrested on Monday over the theft of school funds. Police said she had "
                        "admitted taking the money. Ann Marsh will appear in court next week, her lawyer said.")
    assert any("next" in q.lower() or q.startswith("When will") for q in qs), qs


def test_no_why_over_a_degree_complement_or_a_when() -> None:
    from copydesk.generate.faq import is_purpose, purpose_clause

    doc = load_pipeline()("Losses to Leeds and Hull have done little to dampen the mood at the club.")
    root = next(iter(doc.sents)).root
    assert purpose_clause(root) is None
    span = next(iter(doc.sents))
    assert not answers("Why have losses to Leeds and Hull done little?", span.text, span)
    doc = load_pipeline()("Canada is pressing ahead with the scheme, with agreement yesterday to raise the intake "
                          "from 500 to 900.")
    advcl = next((t for t in doc if t.dep_ == "advcl" and t.lemma_ == "raise"), None)
    assert advcl is None or not is_purpose(advcl)
    # "nearly a month after …" is a time, not a reason.
    text = "Tom Reed was arrested in March, nearly a month after the fire."
    span = next(iter(load_pipeline()(text).sents))
    assert not answers("Why was Tom Reed arrested?", text, span)
    # A reason stays.
    text = "Tom Reed was arrested after the fire because a witness saw him at the scene."
    span = next(iter(load_pipeline()(text).sents))
    assert answers("Why was Tom Reed arrested?", text, span)
    doc = load_pipeline()("The mayor sent two engineers to inspect the bridge.")
    assert purpose_clause(next(iter(doc.sents)).root) is not None


def test_a_question_never_leans_on_an_undefined_the() -> None:
    from copydesk.generate.faq import unplaced_referent

    text = ("Floods have closed 20 roads in the north of the county. A family of four was rescued from the roof of "
            "their car. Firefighters used a boat to reach them. Two schools stayed shut. The mother later said she immediately regretted driving into the water. Councillor Ray Dunn "
            "said the claims were untrue.")
    doc = parse(story_from_text(text), today=date(2025, 11, 3)).doc
    span = list(doc.sents)[-1]
    assert unplaced_referent("What did the mother immediately regret?", span) == "the mother"
    assert unplaced_referent("How did Ray Dunn respond to the claims?", span) == "the claims"
    # Said by the question itself, or the story's opening subject.
    assert unplaced_referent("How did Ray Dunn respond to the claims of neglect?", span) is None
    assert unplaced_referent("What did Ray Dunn say about the roads?", span) is None
    text = ("A mother has been jailed for leaving her baby alone in a car. The mother told the court she had only "
            "been gone for ten minutes.")
    doc = parse(story_from_text(text), today=date(2025, 11, 3)).doc
    assert unplaced_referent("What did the mother tell the court?", list(doc.sents)[-1]) is None


def test_the_frenchman_points_back_but_a_named_boat_does_not() -> None:
    from copydesk.generate.faq import unplaced_referent

    text = ("Rovers have lost their top scorer for a month. The club said the striker tore a hamstring in training. "
            "The manager was furious. Fans were told on Friday. The Frenchman will miss five games. "
            "The fast-finishing Tevake crossed the line at dawn.")
    doc = parse(story_from_text(text), today=date(2025, 11, 3)).doc
    span = list(doc.sents)[-2]
    assert unplaced_referent("What happens next for the Frenchman?", span) == "the Frenchman"
    assert unplaced_referent("What did the fast-finishing Tevake cross at dawn?", list(doc.sents)[-1]) is None


def test_a_particle_is_no_reason() -> None:
    text = "The economy has been held up as one of the few to be still ticking over well."
    span = next(iter(load_pipeline()(text).sents))
    assert not answers("Why has the economy been held up as one of the few?", text, span)
    text = "The match was called off over safety fears."
    span = next(iter(load_pipeline()(text).sents))
    assert answers("Why was the match called off?", text, span)


BRIDGE = """The city council approved a new bridge across the Tamar River on Tuesday.
The bridge will cost $40 million and is due to open in 2027.
"Nothing this big has happened to the town in decades," mayor Helen Darcy said.
Council engineer Robert Pike told her: "The old crossing cannot carry the traffic."
"The cost will fall on ratepayers who will never use it," councillors warned.
Helen Darcy was first elected in 2019."""


def _says(text: str) -> dict[str, str]:
    from copydesk.generate import faq as f

    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    return {_question(q): c.id for c in candidates(parsed) for _, q, _ in f._says(c, parsed.analysis)}


def test_what_a_named_speaker_says() -> None:
    asked = _says(BRIDGE)
    # A named person's quotation, asked without a topic: "What does Mr Norman say?"
    assert asked.get("What did Helen Darcy say?") == "s3", asked
    # Never a body, never a speech that leans on someone unnamed ("told her").
    assert not any("councillors" in q.lower() or "Pike" in q for q in asked), asked
    items, _ = _faq(BRIDGE)
    # (session 15: the bare "What did X say?" fits any speaker, struck by blind readers; it
    # is asked only where the FAQ has nothing else to ask)
    assert items and not any(i.question.text == "What did Helen Darcy say?" for i in items)


def test_a_verb_inside_the_quotation_is_no_speaker() -> None:
    text = """Rival airline Skyway was fined $2 million by the regulator on Monday.
"Skyway claims to put safety first, but the record says otherwise," union leader Dana Kerr said on Tuesday.
Dana Kerr has led the union since 2015."""
    asked = _says(text)
    assert "What does Skyway say?" not in asked and "What did Dana Kerr say?" in asked, asked


def test_who_is_never_answered_by_one_noun_or_a_role_leaning_back() -> None:
    from copydesk.generate.faq import thin_identity

    assert thin_identity("Who is Clara Voss?", "Clara Voss is a painter.")
    assert thin_identity("Who is Tom Reyes?", "Tom Reyes is another driver.")
    assert thin_identity("Who is Ana Ruiz?", "Ana Ruiz is the singer's sister.")
    # What identifies someone with more than one word of substance stays.
    assert not thin_identity("Who is Clara Voss?", "Clara Voss is the Dutch culture minister.")
    assert not thin_identity("Who is Tom Reyes?", "Tom Reyes is Kerr's defence lawyer.")
    assert not thin_identity("Who is Lena Moss?", "Lena Moss is the museum's director.")


def test_no_question_lowers_a_name_or_asks_how_of_a_state() -> None:
    from copydesk.generate.faq import _how_without_verb, _name_lowered

    doc = load_pipeline()("Rovers have rejected a request from the police. The police had asked Rovers to move the game.")
    span = next(iter(doc.sents))
    assert _name_lowered("How have the rovers responded to the defeat?".rstrip("?").split(), span)
    assert not _name_lowered("How have Rovers responded to the defeat?".rstrip("?").split(), span)
    assert not _name_lowered("How have Rovers responded to the police?".rstrip("?").split(), span)
    span = next(iter(load_pipeline()("Rovers are third in the league after beating Leeds on Sunday.").sents))
    assert _how_without_verb("How are Rovers third in the league?".rstrip("?").split(), span)
    assert not _how_without_verb("How many points are Rovers ahead?".rstrip("?").split(), span)


def test_an_answer_never_opens_with_debris() -> None:
    text = """A security firm has sacked two guards over posts on social media.
[sic]' Company spokesman Peter Lowe said the posts broke the firm's code of conduct.
The guards worked at a detention centre in Darwin."""
    items, _ = _faq(text)
    assert not any(i.answer.text.startswith("[") for i in items)


def test_when_is_not_asked_of_an_event_the_story_tells_twice() -> None:
    text = """Sara Milne was arrested on Sunday after a crash that injured two cyclists in Leeds.
Police said she had been driving at twice the speed limit.
Milne was arrested in February for driving without a licence and released on bail."""
    items, _ = _faq(text)
    assert not any(i.question.text.startswith("When was Sara Milne arrested") or i.question.text.startswith(
        "When was Milne arrested") for i in items)


def test_no_question_the_cut_left_garbled() -> None:
    from copydesk.generate.faq import _well_formed

    nlp = load_pipeline()
    text = "The harbour board had initially forecast 90 kilometre an hour gusts, but has revised its figure."
    span = next(iter(nlp(text).sents))
    assert not _well_formed("What had the harbour board initially forecast 90 kilometre?", text, "what", span)
    text = "The ministry has confirmed three asylum seekers left the centre on Monday."
    span = next(iter(nlp(text).sents))
    assert not _well_formed("How many seekers has the ministry confirmed?", text, "howmany", span)
    text = "Then came nine hours of debate on amendments calling for a review of the scheme."
    span = next(iter(nlp(text).sents))
    assert not _well_formed("How many hours of debate on amendments calling for a review?", text, "howmany", span)
    # A count the subject asks, with its own verb, stays.
    text = "More than 300 fans of the visiting club gathered outside the stadium before kick-off."
    span = next(iter(nlp(text).sents))
    assert _well_formed("How many fans of the visiting club gathered outside the stadium?", text, "howmany", span)
    text = "Crews are fighting a blaze stretching from Alton, north of the city, to the coast road."
    span = next(iter(nlp(text).sents))
    assert not _well_formed("What are crews fighting, north of the city, to the coast road?", text, "what", span)


def test_no_topic_that_is_a_date_or_the_paper_that_reported_it() -> None:
    from copydesk.generate.faq import _wrong_topic

    nlp = load_pipeline()
    span = next(iter(nlp("Mr Hale said the crash on March 12 last year was not his fault.").sents))
    assert _wrong_topic("What did Mr Hale say about March 12?", span)
    span = next(iter(nlp("Prosecutor Jan Holt said the victims backed the deal, The Denver Post reported.").sents))
    assert _wrong_topic("What did Jan Holt say about the Denver Post?", span)
    assert not _wrong_topic("What did Jan Holt say about the deal?", span)
    span = next(iter(nlp("Marta, a retired teacher, moved to the island with her husband.").sents))
    assert _wrong_topic("What is Marta?", span)


def test_what_a_named_body_says() -> None:
    text = """Ferry services across the bay were cancelled on Monday after a storm damaged two piers.
The Harbour Transport Authority says repairs to the northern pier will take at least three weeks to complete.
Commuters were told to use buses until further notice."""
    asked = _says(text)
    # asked about what its words name, a phrase the story uses twice ("piers", "the northern pier")
    assert asked.get("What does the Harbour Transport Authority say about the northern pier?") == "s2", asked


def test_what_a_speaker_alleges_and_who_speaks_by_name() -> None:
    text = """Singer Petra Lund is suing her former manager over unpaid royalties worth $2 million.
Maria Lund alleges that the manager kept her share of the earnings from three world tours between 2015 and 2019.
The manager's lawyer, Owen Fisk, said the claims were false and would be fought in court next month.
Maria admitted she had never read the contract she signed when she was nineteen years old.
Mr Fisk has told reporters it should never have reached a courtroom."""
    asked = _says(text)
    # the owner's own word stays (and what she alleges it of: "the manager" the story comes back to)
    assert asked.get("What does Maria Lund allege about the manager?") == "s2", asked
    assert asked.get("What did Owen Fisk say?") == "s3", asked  # "the manager's lawyer, Owen Fisk"
    assert asked.get("What did Maria Lund say?") == "s4", asked  # a first name, the story's full name
    assert not any(c == "s5" for c in asked.values()), asked  # "it should never have …": what is "it"?


def test_no_speaker_question_over_two_voices() -> None:
    text = """Rebels have freed 40 hostages taken in a raid on a northern village last week.
Village elders say they have paid no ransom, but the regional governor, Anna Petrova, says money changed hands.
The hostages were taken to hospital in the city for checks on Saturday."""
    asked = _says(text)
    assert not any(c == "s2" for c in asked.values()), asked


def test_a_shouted_heading_or_fixture_line_makes_no_pair() -> None:
    from copydesk.generate.faq import _well_formed

    assert not _well_formed("Why has LEEDS V HULL been passed fit?", "Leeds v Hull is on Sunday at 3pm, and the "
                            "winger has been passed fit.", "why")
    assert not _well_formed("What happens next for the stadium?", "LEEDS v HULL (SUNDAY: Headingley, 3pm) The "
                            "winger will start.", "what")
    assert _well_formed("What happens next for the stadium?", "The stadium will reopen to fans on Sunday after "
                        "repairs to the roof.", "what")


def test_a_speaker_is_asked_about_what_their_words_name() -> None:
    """ "What did X say?" fits any speaker (s9 blind read): a quotation is asked about by
    a name in it other than the speaker's, or a definite phrase the story uses twice."""
    text = """The harbour strike entered its third day on Tuesday as the Fair Work Commission called both sides in.
"The strike is about fairness and everyone here knows it," union organiser Kate Moss said.
"Nobody wants to be out here in the rain," Tom Reyes said.
"The Fair Work Commission will have to step in before Christmas," Maria Gonzalez said."""
    asked = _says(text)
    assert asked.get("What did Kate Moss say about the strike?") == "s2", asked
    assert asked.get("What did Maria Gonzalez say about the Fair Work Commission?") == "s4", asked
    # (the rain is no phrase the story comes back to: the plain question stays)
    assert asked.get("What did Tom Reyes say?") == "s3", asked


def test_a_job_run_into_a_speaker_name_is_left_out() -> None:
    """ "What did Cleaner Otilio Padilla Miramontes say?" (s9 blind read): a job the tagger
    ran into a name at the head of the sentence; a first name that ends like a job stays."""
    text = """A cleaning crew found a wrapped body in a cardboard box at a market on Monday.
Cleaner Rosa Delgado Marquez said: "We thought it was a bag of rubbish left behind by a trader."
Police said the cleaner and two colleagues had been questioned as witnesses.
Christopher Arthur Neville Kent said: "I have never been to the market in my life."
Christopher Arthur Neville Kent, 42, was questioned on Tuesday."""
    asked = _says(text)
    assert any(q.startswith("What did Rosa Delgado Marquez say") for q in asked), asked
    assert not any("Cleaner" in q for q in asked), asked
    # one man whose name the tagger splits in two keeps the whole of it
    assert not any(re.match(r"What did (?:Neville Kent|Arthur Neville Kent) say", q) for q in asked), asked


def test_a_topicless_speech_question_still_meets_every_other_check() -> None:
    """A named speaker's "What does X say?" is let through the topic test only: the later
    checks (a capital that is no name, agreement) still strike it."""
    from copydesk.generate.faq import _fails

    span = next(iter(load_pipeline()("Residents said the water had risen overnight.").sents))
    assert _fails("What did Residents say?", "Residents said the water had risen overnight.", span,
                  topicless=True) == "capital no name"
    span = next(iter(load_pipeline()("Tom Reyes said the strike would go on until pay rises.").sents))
    assert _fails("What did Tom Reyes say?", "Tom Reyes said the strike would go on until pay rises.", span) \
        == "generic speech"
    assert _fails("What did Tom Reyes say?", "Tom Reyes said the strike would go on until pay rises.", span,
                  topicless=True) is None
    assert _fails("What do Tom Reyes say?", "Tom Reyes said the strike would go on until pay rises.", span,
                  topicless=True) == "agreement"


def test_no_when_question_cuts_an_object_hung_on_the_date() -> None:
    """ "When did the head of the Immigration Department declare for 8,500 staff?" (s9 blind
    read): the parse hangs "a holiday" on "Monday", and cutting the date cut the object."""
    from copydesk.generate.faq import _point_date

    doc = load_pipeline()("The head of the Water Department declared Monday a holiday for 8,500 staff.")
    assert _point_date(doc[:].root) is None
    doc = load_pipeline()("The head of the Water Department declared a public holiday on Monday for 8,500 staff.")
    found = _point_date(doc[:].root)
    assert found is not None and [t.text for t in found.subtree] == ["on", "Monday"]


def test_no_question_on_a_sentence_run_into_a_caption() -> None:
    """ "What did Videos reveal about …?" answered by a caption (s9 blind read): a common
    noun capitalised mid-sentence opens a sentence the split missed."""
    from copydesk.generate.faq import _fails

    text = "The photos above show the pale whiskers of the adult male Videos revealed that the monkeys groom at dawn."
    span = load_pipeline()(text)[:]
    assert _fails("What did Videos reveal about the monkeys?", text, span) == "run-in caption"
    text = "Rangers at the park said the monkeys groom each other at dawn."
    span = load_pipeline()(text)[:]
    assert _fails("What did Rangers at the park say about the monkeys?", text, span) != "run-in caption"


def test_reported_speech_is_asked_about_what_the_story_opens_on() -> None:
    """Of the phrases the story comes back to ("the state government", "the bypass"), the
    one it opens on."""
    text = """A council has approved a new bypass around the town of Hexley after a two-year fight.
Residents say the bypass will cut traffic through the high street.
Opposition leader Tom Brand said the state government had promised him the bypass would never be built.
The state government has not commented."""
    asked = _says(text)
    assert asked.get("What did Tom Brand say about the bypass?") == "s3", asked


def test_a_surname_the_tagger_missed_is_the_topic_by_full_name() -> None:
    """ "Halloran died peacefully at home, Ken Marsh added": the topic is the person the
    story names in full (never with the job the tagger ran into the name), and the
    sentence's other question is not crowded out."""
    items, _ = _faq("""Actor Peter Halloran, best known for the television comedy Harbour Lights, has died aged 71, his agent Ken Marsh said.
Halloran had been battling cancer for the past two years and had just left hospital, Ken Marsh said.
Halloran died peacefully at home with his partner, Ken Marsh added.
He won two national drama awards for the role of the harbour master.""")
    asked = {i.question.text: i.answer.text for i in items}
    assert len(asked) >= 2, asked
    assert not any("Actor" in q for q in asked), asked  # the job the tagger ran into the name
    from copydesk.generate import faq as f

    parsed = parse(story_from_text("""Actor Peter Halloran has died aged 71, his agent Ken Marsh said.
Peter Halloran had just left hospital, Ken Marsh said."""), today=date(2025, 11, 3))
    said = [q for c in candidates(parsed) for _, q, _ in f._says(c, parsed.analysis)]
    assert "What did Ken Marsh say about Peter Halloran" in said, said


def test_a_place_phrase_in_an_idiom_is_no_topic() -> None:
    """ "What does Laura Goodin say about the field?" of "back in the field": a story
    phrase is a topic as the subject or the object of what was said, not inside an idiom."""
    text = """Storm crews worked in the field through the night after winds damaged 300 homes.
Spokeswoman Laura Goodin says several hundred volunteers will be back in the field this morning.
Mayor Tom Reyes says the damaged homes will be inspected by engineers on Friday."""
    asked = _says(text)
    assert not any(q.endswith("about the field") for q in asked), asked
    assert asked.get("What does Tom Reyes say about the damaged homes") == "s3" or any(
        "Tom Reyes" in q for q in asked), asked


def test_a_long_question_loses_a_named_place_deep_in_its_clause_not_the_question() -> None:
    """ "When did the board approve a new cancer wing for the hospital in Leeds?" is over the
    length: the town hung on a noun goes ("… for the hospital?"), while a question short
    enough keeps its place, and a place a second verb holds ("arriving in X") is never cut."""
    from copydesk.generate import faq as f

    def made(text: str) -> set[str]:
        parsed = parse(story_from_text(text), today=date(2025, 11, 3))
        return {_question(q) for c in candidates(parsed) for _, q, _ in f._heilman(c, parsed.analysis)}

    tail = " Board members said the wing would open in 2028."
    long_one = made("The board approved a new cancer wing for the hospital in Leeds on Monday." + tail)
    assert "When did the board approve a new cancer wing for the hospital?" in long_one, long_one
    short_one = made("The board approved a new bus station in Leeds on Monday." + tail)
    assert "When did the board approve a new bus station in Leeds?" in short_one, short_one
    verb_place = made("Airmail in the country began in 1911, with the first flight departing Boston and arriving "
                      "in Springfield.")
    assert not any(q.endswith("and arriving?") for q in verb_place), verb_place


def test_an_answer_another_part_gives_ranks_lower_but_is_never_dropped() -> None:
    """``shared``: sentences the takeaways or the point of view give. An FAQ of such pairs
    only keeps one of them (session 15: blind readers struck answers repeating another part,
    and score an empty FAQ lower still); beside a pair of its own, the answer another part gives
    word for word is left out (session 14: blind readers struck FAQ answers repeating a
    takeaway line), or answered short (:func:`faq.speech_reply`)."""
    text = """Harbour officials have closed the eastern pier after storm damage, the port authority said.
Port manager Alan Pike said repairs to the eastern pier would cost $4 million.
The pier will reopen in March, the port authority said.
Fishing crews said the closure had cost them a week of work.
Mayor Sandra Cole said the council would help the fishing crews."""
    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    cands = candidates(parsed)
    plain = faq(cands, parsed.analysis)
    ids = [c.id for c in cands]
    shared = faq(cands, parsed.analysis, shared=ids)
    assert len(shared) <= 2 and (not plain or shared), (plain, shared)  # (one, and one in reserve)
    if len(plain) >= 2:
        first = plain[0].answer.cites[-1]
        moved = faq(cands, parsed.analysis, shared=[first])
        assert moved
        assert plain[0].answer.text not in {p.answer.text for p in moved}
        assert {p.question.text for p in moved} >= {p.question.text for p in plain[1:]}


def test_a_how_many_question_makes_room_for_its_count_noun() -> None:
    """ "How many smugglers did border guards shoot near the old customs post in Austria?" is
    over the length once "How many smugglers" opens it: the country goes, the count stays;
    a counted subject's question loses a named place of its clause the same way."""
    from copydesk.generate import faq as f

    def made(text: str) -> set[str]:
        parsed = parse(story_from_text(text), today=date(2025, 11, 3))
        return {_question(q) for c in candidates(parsed) for _, q, _ in f._heilman(c, parsed.analysis)}

    shot = made("Border guards shot two smugglers near the old customs post in Austria on Friday, officials said. "
                "The guards were cleared by an inquiry.")
    assert "How many smugglers did Border guards shoot near the old customs post?" in shot, shot  # (capital: _question)
    talks = made("Seven rival factions have reached agreement on an interim council during talks in Vienna, the "
                 "mediators said. The council will meet next week.")
    assert "How many rival factions have reached agreement on an interim council during talks?" in talks, talks


def test_a_stated_means_is_asked_how() -> None:
    """ "How did the gang get into the vault?" only when the sentence states the means ("by
    drilling …", "using …"); a passive's doer ("by police") or a margin ("by 20 per cent")
    is no means."""
    from copydesk.generate import faq as f

    def made(text: str) -> set[str]:
        parsed = parse(story_from_text(text), today=date(2025, 11, 3))
        return {_question(q) for c in candidates(parsed) for _, q, _ in f._means(c, parsed.analysis)}

    vault = made("Thieves raided a jewellery vault in Carlisle over the weekend. The gang got into the vault by "
                 "drilling through a concrete wall from a neighbouring shop. Police are appealing for witnesses.")
    assert "How did the gang get into the vault?" in vault, vault
    books = made("The council balanced its books using reserves built up over a decade. Residents protested.")
    assert "How did the council balance its books?" in books, books
    assert not made("The council cut its deficit by 20 per cent this year. The raiders were caught by police. "
                    "Officials could save money by closing libraries.")
    items, _ = _faq("Thieves raided a jewellery vault in Carlisle over the weekend, taking gems worth £2 million. "
                    "The gang got into the vault by drilling through a concrete wall from a neighbouring shop. "
                    "Police are appealing for witnesses.")
    pair = next(i for i in items if i.question.text.startswith("How did"))
    assert "by drilling" in pair.answer.text


def test_a_study_named_by_its_owner_is_asked_what_it_found() -> None:
    """ "A study by the University of Bristol found that …" → "What did the study by the
    University of Bristol find?"; a study no name owns ("Another study found …") is not
    asked the bare question."""
    from copydesk.generate import faq as f

    def made(text: str) -> set[str]:
        parsed = parse(story_from_text(text), today=date(2025, 11, 3))
        return {_question(q) for c in candidates(parsed) for _, q, _ in f._said(c, parsed.analysis)}

    study = made("Short sleep raises the risk of heart disease. A study by the University of Bristol found that "
                 "adults who slept less than six hours were more likely to suffer a heart attack.")
    assert "What did the study by the University of Bristol find?" in study, study
    assert not made("Short sleep raises the risk of heart disease. Another study found that adults who slept "
                    "less were more likely to suffer a heart attack.")
    assert "What did researchers find?" not in made(
        "Short sleep raises the risk of heart disease. Researchers found that adults who slept less were more "
        "likely to suffer a heart attack.")  # which researchers?
    poll = made("A museum of the war opens in Hamburg today. Research carried out by the Petersen Institute found "
                "that the share of Danes who saw the war as a defeat had fallen to a third.")
    assert "What did the research by the Petersen Institute find?" in poll, poll
    items, _ = _faq("Short sleep raises the risk of heart disease, researchers say. A study by the University of "
                    "Bristol found that adults who slept less than six hours were 20 per cent more likely to suffer "
                    "a heart attack. The researchers tracked 40,000 adults for ten years.")
    assert any(i.question.text == "What did the study by the University of Bristol find?" for i in items), items


def test_the_topic_the_lead_opens_on_is_a_word_of_the_lead_not_part_of_one() -> None:
    # "strike" is no word of a lead about a new "striker": the first topic stays
    striker = ("Kelby United's new striker has signed a three-year deal with the club. "
               "The stadium will be closed next week while the strike by ground staff goes on. "
               "Manager John Reed said the stadium would reopen for the derby and the strike would end soon. "
               "Ground staff began the strike on Monday over pay, and the stadium owners have offered talks.")
    assert "What did John Reed say about the stadium?" in _says(striker)
    # a lead that tells of the strikes still brings "the strike" first
    strikes = striker.replace("Kelby United's new striker has signed a three-year deal with the club",
                              "Ground staff at Kelby United have voted for more strikes over pay")
    assert "What did John Reed say about the strike?" in _says(strikes)


def test_a_finding_is_checked_like_what_was_said() -> None:
    from copydesk.generate.faq import echo

    q = "What did the survey by the Kelby Institute find?"
    assert echo(q, "Prices fell.", "finding") == "thin answer"
    assert echo(q, "Rents in the city rose by a fifth while wages stood still.", "finding") is None


def test_a_finding_names_its_owner_not_a_topic_the_story_must_come_back_to() -> None:
    from copydesk.generate.faq import echo

    parsed = parse(story_from_text(
        "The northern city of Kelby is today opening a museum about its past. "
        "The museum stands on the site of the old regime's headquarters. "
        "Research carried out by the Petersen Institute found the share of people who saw the war as a defeat "
        "fell to a third."), today=date(2025, 11, 3))
    span = list(parsed.spans)[2]
    assert echo("What did the research by the Petersen Institute find?", span.text, "finding", span) is None


def _reactions(text: str) -> dict[str, str]:
    from copydesk.generate.faq import _reaction

    parsed = parse(story_from_text(text), today=date(2025, 11, 3))
    return {_question(q): c.id for c in candidates(parsed) for _, q, _ in _reaction(c, parsed.analysis)}


REACTIONS = """A timber worker has been jailed for a year for felling 40 protected trees in a national park near Kelby.

Kevin Marsh, 44, pleaded guilty in the Kelby District Court to clearing the trees last March.

Environmental groups have welcomed the one-year jail sentence handed to Marsh.

The Forestry Workers Union wants a review of the national park boundaries.

Residents of the town criticised the ruling.

Premier Anna Vale may welcome the new boundaries next year.

Marsh did not welcome the sentence.

The council was criticised over the court's handling of the case.

They have condemned the new park boundaries.
"""


def test_the_other_side_reacts_and_asks_by_name_and_object() -> None:
    pool = _reactions(REACTIONS)
    # A group named by what it is reacts to a thing the question names.
    assert pool["How have environmental groups reacted to the one-year jail sentence?"] == "s3"
    # What a body asks for.
    assert pool["What does the Forestry Workers Union want?"] == "s4"
    # A bare "the ruling" the story never comes back to names nothing; a hedge, a negation, a passive
    # or a pronoun asks nothing.
    assert not any("Residents" in q or "residents" in q for q in pool)
    assert not any("Anna Vale" in q or "Marsh" in q or "council" in q or "They" in q for q in pool)
    items, analysis = _faq(REACTIONS)
    _check(items, analysis)
    by_q = {i.question.text: i.answer.text for i in items}
    assert "welcomed" in by_q["How have environmental groups reacted to the one-year jail sentence?"]
    assert "review" in by_q["What does the Forestry Workers Union want?"]


DECISIONS = """The Kelby City Council has approved a $40 million plan to rebuild the harbour wall.

A jury in Kelby found Mark Dunn guilty of defrauding the harbour trust in 2023.

The council approved it on Tuesday.

Storms have cancelled the regatta.

The judge did not find Dunn's brother guilty of fraud.
"""


def test_a_decision_asks_what_was_decided_and_a_verdict_the_charge() -> None:
    pool = _reactions(DECISIONS)
    assert pool["What has the Kelby City Council approved?"] == "s1"
    assert pool["What was Mark Dunn found guilty of?"] == "s2"
    # a pronoun object, a subject that is no body or name, a negated verdict: nothing to ask
    assert set(pool) == {"What has the Kelby City Council approved?", "What was Mark Dunn found guilty of?"}


HURT = """Helicopters have again attacked rebel targets in the north of Kelby.

The small building was completely destroyed, but nobody was injured in the attack.

Norway has accused the Red Brigade of direct involvement in the bombings.

Two workers were seriously injured when the wall collapsed in May.

Three soldiers may have been wounded in the raid.

Environmental groups condemned "reckless attacks" on the park.
"""


def test_whether_anyone_was_hurt_and_what_an_accuser_alleges() -> None:
    pool = _reactions(HURT)
    assert pool["Was anyone injured in the attack?"] == "s2"
    assert pool["What has Norway accused the Red Brigade of?"] == "s3"
    assert pool["Was anyone injured when the wall collapsed in May?"] == "s4"
    # a hedged wounding asks nothing; an object in the reactor's own quotation marks is theirs, not the question's
    assert not any("raid" in q or "reckless" in q for q in pool)


def test_who_is_is_not_asked_when_the_page_already_gives_the_role() -> None:
    """Blind readers struck "Who is Brett Lee?" — "Brett Lee is a fast bowler." under a page that
    had already called him the fast bowler: trivia, not a reader's question."""
    parsed = parse(story_from_text(WHO_IS), today=date(2025, 11, 3))
    cands = candidates(parsed)
    told = [cands[0].id]
    plain = {i.question.text for i in faq(cands, parsed.analysis, told=told, told_text=["A ferry terminal is coming."])}
    assert "Who is Lena Ostrova?" in plain
    headline = "Why Has Harbour Board Chairman Lena Ostrova Approved a Ferry Terminal?"
    for kwargs in ({"told_text": ["Harbour Board chairman Lena Ostrova has approved a new ferry terminal."]},
                   {"told_text": ["A ferry terminal is coming."], "avoid": [headline]}):
        asked = {i.question.text for i in faq(cands, parsed.analysis, told=told, **kwargs)}  # type: ignore[arg-type]
        assert "Who is Lena Ostrova?" not in asked


def test_a_role_set_before_its_name_speaks_by_the_name() -> None:
    """ "The Opposition's energy spokesman, Tom Kerr, says …" is asked about by name or body."""
    story = ("New fuel standards will come into force across the country next month. "
             "The Opposition's energy spokesman, Tom Kerr, says the standards are too weak to cut pollution. "
             "Drivers will pay more for fuel, the standards body says.")
    from copydesk.generate import faq as f

    parsed = parse(story_from_text(story), today=date(2025, 11, 3))
    made = {_question(q) for c in candidates(parsed) for _, q, _ in f._says(c, parsed.analysis)}
    assert "What does Tom Kerr say about the standards?" in made


def test_what_someone_urges_or_wants_done_asks_what_they_want_done() -> None:
    pool = _reactions("""A Kelby man held in a foreign jail has not seen a lawyer for a month.

The Shadow Foreign Minister, Kevin Reed, has urged the Government to set up diplomatic access to the prisoner.

The Kelby Farmers Union wants to build a new wall along the river.
""")
    assert pool["What has Kevin Reed urged the Government to do?"] == "s2"
    assert pool["What does the Kelby Farmers Union want to do?"] == "s3"


def test_a_topic_named_by_a_noun_before_its_head_is_specific() -> None:
    from copydesk.generate import faq as f

    story = ("Home buyers are rushing to borrow while interest rates stay low. "
             "Forecasting firm Kelby Economics says interest rates are set to remain low for two years. "
             "Witnesses and police say dozens of people were hurt.")
    parsed = parse(story_from_text(story), today=date(2025, 11, 3))
    spans = list(parsed.spans)
    assert f._compound_topic("interest rates", spans[1])
    assert not f._compound_topic("dozens of people", spans[2])
    assert not f._compound_topic("the policy", spans[1])
    answer = "Forecasting firm Kelby Economics says interest rates are set to remain low for two years."
    assert f._well_formed("What does Kelby Economics say about interest rates?", answer, "said", spans[1])


FEELINGS = """A Swiss court has found six tour guides guilty over the deaths of 21 tourists in a canyon.

Gary Reed, who lost his son, says he is satisfied and relieved with the verdict.

Mrs Hall said she was devastated by the decision to close the school.

Residents of the valley have criticised the verdict at a public meeting in the town hall.

The Government has also declared a 30-day state of emergency in the region.

Mr Reed says he is not happy with the verdict.
"""


def test_a_speakers_feeling_about_the_news_is_their_reaction() -> None:
    pool = _reactions(FEELINGS)
    # "the verdict", bare, is one the story comes back to: the reader knows which
    assert pool["How has Gary Reed reacted to the verdict?"] == "s2"
    assert pool["How have residents reacted to the verdict?"] == "s4"
    assert pool["What has the Government declared?"] == "s5"
    # "the decision" the story never comes back to names nothing; a negated feeling asks nothing
    assert not any("Hall" in q for q in pool)
    assert sum("Reed" in q for q in pool) == 1


def test_a_decision_whose_object_says_nothing_is_not_asked() -> None:
    pool = _reactions("""Debate on the harbour bill ran for sixteen hours in the Kelby parliament.

At 5am the Speaker, Michael Dunn, declared a result.

The Kelby City Council has approved a $40 million plan to rebuild the harbour wall.
""")
    assert "What has the Kelby City Council approved?" in pool
    assert not any("declare" in q for q in pool)


def test_a_reaction_names_the_reactor_in_full() -> None:
    pool = _reactions("""Judge Ellen Park has ruled on the harbour case after a long trial in Kelby.

Tom Wallace, a lawyer, represented the harbour trust at the trial.

Wallace praised the judge's careful ruling in a statement to the Kelby Herald.
""")
    assert "How did Tom Wallace react to the judge's careful ruling?" in pool


def test_a_speakers_topic_is_never_their_own_side() -> None:
    from copydesk.generate import faq as f

    parsed = parse(story_from_text(
        "The Labor leader, Simon Dean, says senior Labor figures Bob Hart and Neville Ward will help modernise the party. "
        "The Defence Minister, Robert Hall, says it is too early to say whether the Government will act. "
        "Mr Dean says Neville Ward will lead the party review next year."), today=date(2025, 11, 3))
    _, s2, s3 = list(parsed.spans)[:3]
    assert not f._well_formed("What does Robert Hall say about the Government?", s2.text, "said", s2)
    assert f._well_formed("What does Mr Dean say about Neville Ward?", s3.text, "said", s3)
    # the other side may be asked about the Government
    union = parse(story_from_text(
        "Call centre jobs are moving offshore, the Government says. "
        "The union's Wendy Kay says the Government is encouraging local firms to export jobs to India."),
        today=date(2025, 11, 3))
    s2 = list(union.spans)[1]
    assert f._well_formed("What does Wendy Kay say about the Government?", s2.text, "said", s2)


def test_a_feeling_is_the_speakers_own_and_already_felt() -> None:
    """ "says they are devastated" (whose feeling?), a "she" the speaker cannot be, "will be
    devastated … if …" (not yet felt) ask no reaction; "says he is relieved" still does."""
    base = ("A Swiss court has found six tour guides guilty over the deaths of 21 tourists in a canyon.\n\n{}\n\n"
            "The verdict was read out on Monday.")
    for sentence in ("Gary Reed, who represents the families of six of the victims, says they are devastated by the "
                     "guilty verdicts and will appeal.",
                     "Gary Reed, who lost his son, says she is devastated by the verdict.",
                     "Gary Reed, who lost his son, says he will be devastated by the verdict if the guides walk free.",
                     "Gary Reed, who lost his son, says he would be satisfied with the verdict."):
        assert not any("reacted" in q for q in _reactions(base.format(sentence))), sentence
    kept = _reactions(base.format("Gary Reed, who lost his son, says he is satisfied and relieved with the verdict."))
    assert kept.get("How has Gary Reed reacted to the verdict?") == "s2"


def test_coordinated_roles_with_names_are_not_asked_by_the_first_name() -> None:
    """ "The energy spokesman, Tom Kerr, and his deputy, Ann Bell, say …" is said by both."""
    items, _ = _faq("New fuel standards will come into force across the country next month. "
                    "The energy spokesman, Tom Kerr, and his deputy, Ann Bell, say the new fuel standards are too weak "
                    "to cut pollution. Drivers will pay more for fuel, the standards body says.")
    assert not any(re.match(r"What does Tom Kerr say", i.question.text) for i in items)


def test_a_group_that_is_not_all_of_it_does_not_react() -> None:
    pool = _reactions("""A Swiss court has found six tour guides guilty over the deaths of 21 tourists in a canyon.

Not all families have welcomed the six guilty verdicts as a fair end to a long trial.

Few families have welcomed the six guilty verdicts.

No doctors have welcomed the six guilty verdicts.

Neither family has welcomed the six guilty verdicts.

Australian families have welcomed the six guilty verdicts.
""")
    assert set(pool) == {"How have Australian families reacted to the six guilty verdicts?"}


def test_an_acquittal_and_a_trophy_are_no_verdict_or_decision() -> None:
    pool = _reactions("""A Kelby man has walked free after a murder trial in the Kelby Supreme Court.

A jury in Kelby found Mark Dunn not guilty of defrauding the harbour trust in 2023.

A jury in Kelby found Ken Low guilty of defrauding the harbour trust in 2023.

Anna Vale lifted the Wimbledon trophy after a long final.

Tom Hart launched a stinging attack on the Kelby Government.

The Kelby Government has lifted the six-month curfew on the harbour town.
""")
    assert set(pool) == {"What was Ken Low found guilty of?", "What has the Kelby Government lifted?"}


def test_own_side_is_read_from_the_speakers_own_phrase() -> None:
    from copydesk.generate import faq as f

    def ok(story: str, q: str) -> bool:
        span = list(parse(story_from_text(story), today=date(2025, 11, 3)).spans)[1]
        return f._well_formed(q, span.text, "said", span)

    lead = "Call centre jobs are moving offshore at a rising rate. "
    assert ok(lead + "The Government is encouraging local firms to export jobs to India, union leader Wendy Kay says.",
              "What does Wendy Kay say about the Government?")
    assert ok(lead + "Former Prime Minister Bob Hart says the Government has lost its way on jobs.",
              "What does Bob Hart say about the Government?")
    # a party's man on "the Opposition": which side he is on the story does not say, so it is not asked
    assert not ok(lead + "The Defence Minister, Robert Hall, says it is too early to say whether the Government will act.",
                  "What does Robert Hall say about the Government?")
    assert not ok(lead + "Labor's spokesman on jobs, John Button, says the Opposition will not delay the bill.",
                  "What does Labor say about the Opposition?")
    assert not ok(lead + "Labor's spokesman on jobs, John Button, says the Opposition will not delay the bill.",
                  "What does John Button say about the Opposition?")


def test_who_is_stays_when_the_page_shares_only_a_word_of_the_role() -> None:
    parsed = parse(story_from_text(WHO_IS), today=date(2025, 11, 3))
    cands = candidates(parsed)
    asked = {i.question.text for i in faq(cands, parsed.analysis, told=[cands[0].id],
                                          told_text=["The port board has approved a new ferry terminal."])}
    assert "Who is Lena Ostrova?" in asked


def test_a_reaction_to_a_verdict_the_story_names_reaches_the_page() -> None:
    items, analysis = _faq("""A Swiss court has found six tour guides guilty over the deaths of 21 tourists in a canyon.

Residents of the valley have criticised the verdict at a public meeting in the town hall.

The verdict was read out in a packed courtroom in Interlaken on Monday.

The six guides will be sentenced next month and face up to five years in jail.
""")
    asked = {i.question.text: i.answer.text for i in items}
    assert "criticised" in asked["How have residents reacted to the verdict?"]
