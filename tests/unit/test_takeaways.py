"""Key takeaways: properties over tuning stories, and small targeted cases.

The stories come from the dev set less the held-out ids (eval/heldout.txt), which no
rule is tuned or tested on.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from copydesk.generate.reference import LEANING_OPENERS, expletive
from copydesk.generate.select import candidates
from copydesk.generate.synopsis import synopsis_sources
from copydesk.generate.takeaways import (
    SPEAKER_OWN,
    TAKEAWAY_MAX_WORDS,
    _label_words,
    _name_words,
    balanced,
    reopen_quotation,
    upcoming,
)
from copydesk.generate.viewpoint import beside_viewpoint as takeaways
from copydesk.ingest import story_from_text
from copydesk.nlp.analyse import parse

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
HELDOUT = ROOT / "eval" / "heldout.txt"
N_STORIES = 30

BRIDGE = """LONDON (Reuters) - Brentford council approved a new footbridge over the River Brent on Monday after a two-hour debate.
The bridge will cost £4.2 million and will carry an estimated 12,000 people a day, according to council figures.
Construction will begin next March and the bridge is due to open in the summer of 2027, the council said.
The crossing was first proposed in 2009, when the old bridge failed a safety inspection and was closed to walkers.
Local residents' group Brent Walkers said the decision was a breakthrough for families who have waited more than a decade.
Opposition councillor Jane Holt denied that the scheme had been rushed through and said every objection had been heard.
The council had rejected two earlier designs in 2012 and 2015 because of their cost.
Ms Holt said she would ask the auditor to review the contract next week."""


def tuning_rows() -> list[dict[str, Any]]:
    if not DEV.exists():
        pytest.skip(f"dev set not found at {DEV}")
    held = {line.strip() for line in HELDOUT.read_text().splitlines() if line.strip() and not line.startswith("#")}
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["id"] not in held][:N_STORIES]


@pytest.fixture(scope="module")
def outputs() -> list[tuple[Any, Any, list[str], Any]]:
    """(analysis, candidates, synopsis ids, takeaways) per tuning story."""
    out = []
    for row in tuning_rows():
        parsed = parse(story_from_text(row["text"]))
        cands = candidates(parsed)
        sids = [c.id for c, _ in synopsis_sources(cands, parsed.analysis)]
        out.append((parsed.analysis, cands, sids, takeaways(cands, parsed.analysis, synopsis_ids=sids)))
    return out


def test_counts(outputs: list[Any]) -> None:
    counts = [len(t) for _, _, _, t in outputs]
    assert all(n <= 5 for n in counts)
    # Fewer than three only when the story offers no more good sentences, or the point
    # of view holds them (it has first pick): 17 of 30 since a single fitting statement is
    # published as the point of view (19 before; 20 before the first pick); 16 since
    # questions, speech to the reader ("you always feel …") and present-passive captions
    # stopped being bullets.
    # 12 of 30 since a bullet whose only label is a bare name or who acted ("Kallis",
    # "Israeli Troops") gives way, and one leaning on a description the reader never got
    # ("the paper", "the boats") too: fewer, good bullets (15 before; 11-12 now, as the
    # point of view's pick varies).
    # 8 of 30 since an act noun alone ("Confirmation", "Confrontation", "Order", "Request",
    # "Support") is no label: a bullet with no owner or object to name it by gives way
    # unless the part would be empty, and a bullet that repeats a synopsis line too.
    assert sum(n >= 3 for n in counts) >= 0.25 * len(counts), counts


YIELD_STORIES = 20


def test_yield_on_a_fixed_set_of_tuning_stories(outputs: list[Any]) -> None:
    """The first 20 tuning stories: three bullets or more in at least 13 (12 before the
    quotation repairs, the clause before a semicolon or dash, and the fallback labels,
    when two stories had none); none only for the rugby report whose every sentence is
    a run-on or a score (its three former bullets were cut mid-score: "… made it 14.")."""
    counts = [len(t) for _, _, _, t in outputs[:YIELD_STORIES]]
    # 11 since a single point-of-view statement holds its sentence (13 before); 8-9, and
    # three stories with none, since bare-name and who-acted labels and leaning
    # descriptions are no longer published (the items they carried: "Kilmarnock: …",
    # "Pat: Pat isn't alone in her desire to party.", "The troll even attempted …").
    # 9, and two with none, since a bullet only a plain label names ("Replacement Talk",
    # "Porto's Interest", "Insights") fills a part short of three, and a leaning "the X" is
    # written in from the sentence that says which ("the Progress resupply vehicle").
    # 8 since a bullet opening "By comparison, …" leans on the sentence before (s9).
    # Three with none since b3780c3's synopsis takes the Adebayor story's one usable line
    # (its contract and form), which the takeaways never repeat.
    # 7 since an act noun alone ("Confrontation", "Request", "Support") is no label (see
    # test_counts): those bullets give way unless the part would be empty.
    # 6 since a line that runs into the next sentence with no full stop is a photo caption
    # (debris._runs_into_next): "Kilmarnock went unbeaten during Locke's first six games in
    # charge of the club He has impressed …" repeated the story's own sentence.
    assert sum(n >= 3 for n in counts) >= 6, counts
    assert sum(n == 0 for n in counts) <= 3, counts


def test_labels_are_short_title_case_and_never_share_a_word(outputs: list[Any]) -> None:
    # (but a person's name, as editors write "No Action for Rose" beside "Police Advice to Rose")
    for analysis, _, _, tks in outputs:
        seen: set[str] = set()
        labels: set[str] = set()
        names = _name_words(analysis)
        for t in tks:
            words = t.label.split()
            assert 1 <= len(words) <= 4, t.label
            assert t.label[0].isupper() and not t.label.endswith(":"), t.label
            assert t.label not in labels, t.label
            lw = _label_words(words) - names
            assert not lw & seen, (t.label, seen)
            seen |= lw
            labels.add(t.label)


def test_bullets_are_short_new_standalone_and_balanced(outputs: list[Any]) -> None:
    for analysis, _, sids, tks in outputs:
        syn_texts = {analysis.sentence(s).text for s in sids}
        for t in tks:
            text = t.claim.text
            assert len(text.split()) <= TAKEAWAY_MAX_WORDS, text
            assert set(t.claim.cites) - set(sids), f"only synopsis sentences: {text}"
            assert text not in syn_texts
            first = re.findall(r"[A-Za-z’']+", text)[0].lower()
            # A quotation's own "I"/"we" is its speaker, named in the frame after it.
            quoted = text[:1] in "‘“'\"" and first in SPEAKER_OWN
            # An expletive "It is unclear whether …" points back to nothing.
            assert quoted or first not in LEANING_OPENERS or expletive(text), text
            assert balanced(text), text
            assert not re.search(r"[,’'\"”] (?:he|she) said\.$", text), text
            assert t.claim.kind == "fact" and t.claim.cites


def test_never_mid_clause(outputs: list[Any]) -> None:
    """Every bullet ends like a sentence, never on a dangling word."""
    for _, _, _, tks in outputs:
        for t in tks:
            assert t.claim.text[-1] in ".!?’'\"”", t.claim.text
            last = t.claim.text.rstrip(".!?’'\"”").split()[-1].lower()
            assert last not in {"the", "a", "an", "of", "to", "and", "or", "that", "which", "with", "for", "during"}


@pytest.fixture(scope="module")
def bridge() -> tuple[Any, Any]:
    parsed = parse(story_from_text(BRIDGE, published=date(2025, 11, 3)))
    return parsed.analysis, candidates(parsed)


def test_bridge_story_covers_the_other_aspects(bridge: tuple[Any, Any]) -> None:
    analysis, cands = bridge
    tks = takeaways(cands, analysis, synopsis_ids=["s1", "s2", "s3"])
    assert 3 <= len(tks) <= 5
    cited = {c for t in tks for c in t.claim.cites}
    assert not cited & {"s1", "s2", "s3"}
    labels = {t.label for t in tks}
    # The denial keeps its owner and is labelled as one.
    denial = next(t for t in tks if "s6" in t.claim.cites)
    assert "Denial" in denial.label and "Holt denied" in denial.claim.text
    assert all(len(label.split()) <= 4 for label in labels)


def test_speech_without_its_speaker_is_never_a_bullet() -> None:
    text = (
        "The mayor of Springfield unveiled a plan on Tuesday to close three libraries to save money. "
        "The council will vote on the plan in May, and unions have promised to fight it. "
        "‘We cannot keep every building open,’ said Mayor Ann Lee, who took office in January. "
        "‘The money is simply not there. We have looked at every other option and nothing else works. "
        "Families will still have the mobile library service every week.’ "
        "Library staff union Unison said the closures would cost 40 jobs and hurt the poorest areas most. "
        "The three libraries lent more than 90,000 books last year, according to council figures. "
        "Springfield closed two other libraries in 2019 after a previous round of cuts."
    )
    parsed = parse(story_from_text(text, published=date(2025, 11, 3)))
    cands = candidates(parsed)
    tks = takeaways(cands, parsed.analysis, synopsis_ids=["s1", "s2"])
    for t in tks:
        assert not t.claim.text.startswith(("The money", "We have", "Families will")), t.claim.text
        assert balanced(t.claim.text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # The splitter left the opening mark on the sentence before: it goes back.
        ("Pride is the word I would use,' said Michael Scudamore.", "'Pride is the word I would use,' said Michael Scudamore."),
        ("I just thought it would be nice,’ he said.", "‘I just thought it would be nice,’ he said."),
        ("It was a hard night,\" Lurie told WKYC.", "\"It was a hard night,\" Lurie told WKYC."),
        # The end of a longer quotation without its speaker stays unbalanced (left out).
        ("We are ready to pay on April 9.'", None),
        # An opening mark comes first: nothing to put back.
        ("He said: 'We will pay on time,' and left.", None),
    ],
)
def test_reopen_quotation(text: str, expected: str | None) -> None:
    assert reopen_quotation(text) == expected
    if expected is not None:
        assert balanced(expected)


def _story(text: str) -> tuple[Any, Any]:
    parsed = parse(story_from_text(text, published=date(2025, 11, 3)))
    return parsed.analysis, candidates(parsed)


def test_a_quotation_with_its_speaker_becomes_a_bullet_with_its_opening_mark() -> None:
    text = (
        "Treadwell rode Monbeg Dude to third place in the Grand National at Aintree on Saturday. "
        "The 100/1 shot was never far from the lead and stayed on strongly over the final two fences. "
        "Trainer Michael Scudamore said the horse had come out of the race in good shape. '"
        "Pride is the word I would use,' said Michael Scudamore. '"
        "I am so happy for the horse and for everyone at the yard who has worked so hard.' "
        "Monbeg Dude will now have a summer break before a campaign aimed at the Welsh National in December."
    )
    analysis, cands = _story(text)
    tks = takeaways(cands, analysis, synopsis_ids=["s1", "s2"])
    quoted = [t for t in tks if "Pride is the word" in t.claim.text]
    assert quoted, [t.claim.text for t in tks]
    for t in quoted:
        assert t.claim.text.startswith("'Pride") and "said Michael Scudamore" in t.claim.text
        assert balanced(t.claim.text)
    for t in tks:
        assert not t.claim.text.startswith(("I am so happy", "'I am so happy")), t.claim.text


def test_the_clause_before_a_semicolon_stands_alone_when_the_sentence_is_too_long() -> None:
    text = (
        "NASA said on Tuesday that it expects to find strong signs of life beyond Earth within a decade. "
        "The agency's chief scientist made the prediction during a panel discussion on water in the universe. "
        "NASA is not talking about intelligent alien civilizations from distant galaxies or little green men "
        "visiting the planet in flying saucers; it is referring to microorganisms living in the oceans of icy moons. "
        "The space agency has found water on several moons of Jupiter and Saturn in the past decade. "
        "Scientists will use the James Webb Space Telescope to look for signs of life in the atmospheres of planets."
    )
    analysis, cands = _story(text)
    tks = takeaways(cands, analysis, synopsis_ids=["s1", "s2"])
    s3 = [t for t in tks if "s3" in t.claim.cites]
    for t in s3:
        assert len(t.claim.text.split()) <= TAKEAWAY_MAX_WORDS
        assert "intelligent alien civilizations" in t.claim.text


def test_a_court_date_still_to_come_is_upcoming_and_a_past_one_is_not() -> None:
    text = (
        "A pub landlord was convicted of drink driving at Torquay Magistrates' Court on Monday. "
        "James Boase has been remanded on unconditional bail until December 12 for a pre-sentence report. "
        "Boase was due to appear in court last week but the hearing was moved."
    )
    analysis, cands = _story(text)
    by_id = {c.id: c for c in cands}
    assert upcoming(by_id["s2"], analysis)
    assert not upcoming(by_id["s3"], analysis)


def test_a_quotation_is_never_shortened() -> None:
    from copydesk.generate.takeaways import quotes_verbatim

    source = "Ms Ratcliffe said: 'I accept that I have made mistakes and apologise to those affected by them."
    assert quotes_verbatim("Ms Ratcliffe said: 'I accept that I have made mistakes and apologise to those affected by them.'", source)
    assert not quotes_verbatim("Ms Ratcliffe said: 'I accept that I have made mistakes and apologise to those.'", source)


def test_a_quotation_that_is_only_a_subordinate_clause_is_not_used() -> None:
    from copydesk.generate.takeaways import quotes_verbatim

    source = "Cameron told supporters in Somerset: 'If you want political excitement."
    assert not quotes_verbatim("Cameron told supporters in Somerset: 'If you want political excitement.'", source)
    assert quotes_verbatim("Cameron told supporters: 'We will win.'", "Cameron told supporters: 'We will win.'")


def test_questions_and_speech_to_the_reader_are_no_statements() -> None:
    from copydesk.generate.quotes import addresses_reader

    assert addresses_reader("Just how close to perfection does Hamilton feel?")
    assert addresses_reader("Naturally you always feel there are things you can still improve on.")
    assert not addresses_reader("Hamilton said: 'You always feel there are things to improve.'")
    assert not addresses_reader("Lewis Hamilton has won nine of the last 11 grands prix.")


def test_a_present_passive_with_an_agent_is_a_caption() -> None:
    import copydesk

    a = copydesk.enrich(
        "Lewis Hamilton has conceded to feeling more powerful now than at any stage in his F1 career. "
        "He has won nine of the last 11 grands prix and holds a 27-point lead in the standings. "
        "Hamilton is congratulated by Ferrari rival Kimi Raikkonen on Sunday. "
        "Mercedes team boss Toto Wolff said the team would not relax before the next race in Spain."
    )
    assert not any("congratulated" in c.text for _, c in a.parts.claims()), a.parts.headline.text
    assert a.parts.headline.text.startswith("Lewis Hamilton Concedes"), a.parts.headline.text


def test_a_speaker_label_names_the_head_not_the_possessor() -> None:
    from copydesk.generate.select import candidates
    from copydesk.generate.takeaways import _speaker
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "Leon Yeaman, 55, was allegedly killed by a single punch from shift worker Phillip Pama during a row. "
        "Pama's defence lawyer Bruce Peters said Mr Yeaman was known for getting drunk and playing loud music."
    ))
    c = next(c for c in candidates(parsed) if "Bruce Peters said" in c.sentence.text)
    assert _speaker(c, c.sentence.text, parsed.analysis) == "Peters"


def test_a_verb_in_another_sense_gets_no_legal_label() -> None:
    from copydesk.generate.select import candidates
    from copydesk.generate.takeaways import _verb_nominal
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "A crash closed the main road through the town for six hours on Friday. "
        "An angry bull has charged at the crowd twice during the festival in the square. "
        "Police charged the driver with dangerous driving after the crash on Friday."
    ))
    by_id = {c.id: c for c in candidates(parsed)}
    assert _verb_nominal(by_id["s2"]) is None
    assert _verb_nominal(by_id["s3"]) == "Charges"


def test_a_match_noun_that_is_a_clause_subject_is_no_pictured_moment() -> None:
    from copydesk.generate.debris import caption_like
    from copydesk.generate.select import spans_of
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "Manchester City will refund 300 fans who travelled to the game at Crystal Palace. "
        "Palace's home is difficult to get to and the club acted after the game was scheduled for an 8pm start. "
        "Yaya Toure looks on dejected during the defeat by Palace."
    ))
    spans = spans_of(parsed)
    assert not caption_like(spans[1], "s2", parsed.analysis)  # "the game was scheduled": a clause
    assert caption_like(spans[2], "s3", parsed.analysis)  # "during the defeat": a pictured moment


def test_straight_quoted_passages_are_followed_across_sentences() -> None:
    from copydesk.generate.quotes import speech_continuations
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    story = story_from_text(
        "Jermain Defoe says his winner is justification for his decision to return. "
        "He admits the joy was too much to take in. ' I have said many times that I missed it,' he said. "
        "'Games like this are why I came back. Being at a club like this, they just love football. "
        "I was told they won't ask for anything more.' Sunderland moved up to 15th in the players' table. "
        "The club was founded in the '90s by fans."
    )
    a = parse(story).analysis
    inside = speech_continuations(a, story.body)
    by_text = {s.text.split()[0]: s.id for s in a.sentences}
    # Opened by the mark left at the end of the sentence before, and by one between two sentences.
    assert {by_text["I"], by_text["Games"], by_text["Being"]} <= inside
    # Closed by "more.'"; a plural possessive and "'90s" open nothing.
    assert by_text["Sunderland"] not in inside and by_text["The"] not in inside
    assert speech_continuations(a) <= inside  # without the body only curly marks are read


def test_a_body_that_does_not_fit_the_sentence_offsets_is_not_read() -> None:
    from copydesk.generate.quotes import speech_continuations
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    story = story_from_text("He admits the joy was too much. 'Games like this are why I came back. The club won.")
    a = parse(story).analysis
    assert speech_continuations(a, "A different text altogether, of another length.") == speech_continuations(a)


def test_a_stray_straight_mark_that_never_closes_marks_nothing() -> None:
    from copydesk.generate.quotes import speech_continuations
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    sentences = [f"The club confirmed player number {i} will travel with the squad on Friday." for i in range(12)]
    story = story_from_text("Casey said, smiling: 'It would be nice to win. " + " ".join(sentences))
    a = parse(story).analysis
    assert speech_continuations(a, story.body) == frozenset()


def test_a_quotation_that_names_its_speaker_at_its_end_is_no_speakerless_quote() -> None:
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "Carlo Ancelotti has revealed Karim Benzema will miss Real Madrid's game at home to Malaga on Saturday. "
        "The striker limped out of training with a knee problem on Thursday morning. '"
        "Benzema is not available but we will have him back for the next game,' added the Italian. "
        "Real Madrid are second in the table."
    ))
    roles = {c.sentence.text.lstrip("'").split()[0]: c.roles for c in candidates(parsed)}
    assert not roles["Benzema"].has("quote"), roles


def test_a_quotation_reopened_at_each_paragraph_closes_once() -> None:
    # Wire copy runs a quote over paragraphs by opening each one again; with the
    # paragraph breaks lost, a naive toggle read the next, unquoted sentence as speech.
    from copydesk.generate.quotes import speech_continuations
    from copydesk.ingest import read_story
    from copydesk.nlp.analyse import parse

    story = read_story(
        'The union says the strike is not just about pay. "Pay is in there, but the key issue is workloads. '
        '"We have a million hours of overtime a week [and] most of it is unpaid," Mr Derrick said. '
        "The bank's David Lording says the action is unjustified."
    )
    a = parse(story).analysis
    inside = speech_continuations(a, story.body)
    last = a.sentences[-1]
    assert last.text.startswith("The bank's") and last.id not in inside


def test_labels_name_the_point_not_a_side_clause_or_a_bare_name() -> None:
    from copydesk.generate import takeaways as T
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "Warplanes struck targets in the city overnight. "
        "Late on Wednesday, following an ambush which killed 10 settlers, jets blasted security targets in the north. "
        "Tom Acre said the win was a great way to start the year. "
        "Ann Berry said she had expected her match with Jo Kent to be tough. "
        "Some of the cash was used to meet the island's unpaid bills."))
    cands = candidates(parsed)

    def label(i: int, used: set[str] | None = None) -> str | None:
        b = T.prepare(cands[i], parsed.analysis)
        assert b is not None, cands[i].sentence.text
        return T.label_for(b, parsed.analysis, used if used is not None else set())

    assert label(1) != "Death Toll"  # the deaths are a side clause's
    used: set[str] = set()
    assert label(2, used) == "Acre's View"
    assert label(3, used) == "Berry's View"  # a second speaker's view is a label of its own
    assert "Meeting" not in (label(4) or "")  # "meet the bills" is no meeting


def _bullets(text: str) -> tuple[Any, Any]:
    from copydesk.generate import takeaways as T

    parsed = parse(story_from_text(text))
    by_index = {c.index: T.prepare(c, parsed.analysis) for c in candidates(parsed)}
    return parsed.analysis, [by_index.get(i) for i in range(len(parsed.analysis.sentences))]


def test_aspect_labels_come_from_the_cue_table_not_a_stray_noun() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "A court in Lisbon convicted five men of smuggling on Tuesday. "
        "Three of the men were sentenced to six years in prison for their part in the scheme. "
        "Rebel fighters took 12 prisoners during the raid on the hill camp, the army said. "
        "Harbour City are currently fourth in the league and two points behind the leaders. "
        "Harbour City will be without their captain and two defenders for the trip north. "
        "Thomas Berg was chosen to lead the new inquiry into the port's finances. "
        "A union official confirmed the arrests of three organisers at the depot on Monday. "
        "Six patients on the ward have since been infected with the virus, the hospital said.")
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[6] == "Arrests"  # not "Confirmation"
    assert labels[7] == "Infections"
    assert labels[1] == "Sentences"
    assert labels[2] == "Prisoners"  # not "Capture"
    assert labels[3] == "Harbour City's League Position"  # one side's place: its name goes with it
    assert labels[4] == "Harbour City's Team News"
    assert labels[5] != "Berg's Choice"  # he was chosen: no choice of his


def test_a_bare_name_or_who_acted_is_never_a_label() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "The northern league season ended on Sunday. "
        "Marco Pell was quietly effective in the middle of the park for most of the afternoon. "
        "Coastal troops searched the ridges for the missing climbers through the night.")
    for b in bs[1:]:
        assert b is not None
        options = [" ".join(w) for w in T.label_options(b, analysis)]
        assert "Pell" not in options and "Marco Pell" not in options, options
        assert "Coastal Troops" not in options, options


def test_a_coordinated_subject_is_never_one_members_label() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Ministers met in Oslo for a second day on Friday. "
        "Norway and Sweden have signed a new fisheries agreement covering the northern waters.")
    assert bs[1] is not None
    label = T.label_for(bs[1], analysis, set())
    assert label is not None and not label.startswith("Norway"), label


def test_a_bullet_leaning_on_what_the_reader_never_got_is_left_out_or_written_in() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Storms battered the coast overnight, cutting power to thousands of homes. "
        "Local fisherman Peter Ansell said three boats sank in the harbour at Kelby. "
        "The boats had been moored there for the winter, harbour staff said. "
        "Mr Ansell says the harbour wall needs urgent repairs before the next storm. "
        "Nineteen more were taken to shelters in the town hall. "
        "The police have closed the coast road until Monday.")
    seen = analysis.sentences[0].text
    assert bs[2] is not None and T.stands_alone(bs[2], analysis, seen) is None  # which boats?
    assert bs[4] is None or T.stands_alone(bs[4], analysis, seen) is None  # nineteen more what?
    assert bs[3] is not None
    written = T.stands_alone(bs[3], analysis, seen)
    assert written is not None and written.text.startswith("Peter Ansell says"), written
    assert "s2" in written.cites
    # Kept: the description the reader has seen, and one of a kind on a news page.
    assert T.stands_alone(bs[2], analysis, seen + " " + bs[1].text) is not None
    assert bs[5] is not None and T.stands_alone(bs[5], analysis, seen) is not None


def test_a_verb_in_another_sense_names_no_event_and_a_peoples_adjective_is_no_speaker() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Border clashes flared again in the north on Sunday. "
        "Gunboats opened fire on the convoy, killing two drivers, Kenyan officials said. "
        "After the band split up, the singer found solo success with three albums in 1989. "
        "Coach Ann Reyes says Harbour City are well placed to win the cup this season. "
        "The general ruled the island for 20 years before he was forced out in 1990. "
        "Resentment built up and the drummer left the band in 1991. "
        "An inquiry found that the harbour wall had not been inspected for a decade.")
    options = {i: [" ".join(w) for w in T.label_options(b, analysis)] for i, b in enumerate(bs) if b}
    assert not {"Opening", "Fire"} & set(options[1]), options[1]
    assert T._speaker(bs[1].cand, bs[1].text, analysis) is None  # "Kenyan officials", not "Kenyan"
    assert not any("Findings" in o for o in options[2]), options[2]
    assert not any("Victory" in o for o in options[3]), options[3]
    assert "Ruling" not in options[4] and "Construction" not in options.get(5, [])
    assert T._verb_nominal(bs[6].cand) == "Findings"  # what an inquiry found is its findings


def test_the_person_named_beside_a_role_is_the_speaker_not_the_body() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Aid convoys reached the northern valley on Tuesday. "
        "The EU's special envoy to the region, Maria Lund, says she is not worried about the delays.")
    assert bs[1] is not None
    assert T._speaker(bs[1].cand, bs[1].text, analysis) == "Lund"


def test_a_bullet_no_aspect_names_gets_a_plain_true_label() -> None:
    """Only a plain label names these bullets: their owner's act, talk of an act, the noun
    the main clause acts on or tells of, a speaker's view — never a bare name or a role."""
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "The harbour board met on Monday to discuss the new season. "
        "Jonas Brandt has been tipped to replace harbour master Ole Vik but it remains unlikely. "
        "Northport, coached by Anton Berg, are ready to poach him from the port. "
        "The dockers are providing few answers, and two weeks of talks have achieved little. "
        "General Karl Holm, said the crane was unsafe for use. "
        "Carl Berg has not lost three straight games since May. "
        "No crew has conceded more penalties than the Marlins this season. "
        "Pia Lund shielded her face from reporters outside the court.")
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[1] == "Replacement Talk"  # not "Brandt's Replacement": he would replace
    assert labels[2] == "Northport's Interest"
    assert labels[3] == "Answers"  # not "Dockers": who acted
    assert labels[4] == "Holm's View"
    plain = {i: [" ".join(w) for w in T.plain_labels(b, analysis)] for i, b in enumerate(bs) if b}
    assert "Games" not in plain[5]  # it has not lost them
    assert "Concession" not in plain[6] and "Penalties" not in plain[6]  # no crew has
    assert "Face" not in plain[7] and "Lund" not in plain[7]  # a stray noun, a bare name
    for options in plain.values():
        assert not {"Detail", "Background", "Other"} & set(options)


def test_a_leaning_description_is_written_in_from_the_sentence_that_says_which() -> None:
    """"the vehicle" → "the Kestrel supply vehicle", citing the sentence that said so; not
    when two earlier phrases name different things, nor in a conditional ("If …, the
    penalty is less severe" is another penalty than the one before)."""
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "A cargo ship lost contact with the ground station on Tuesday. "
        "The Kestrel supply vehicle will burn up in the atmosphere next week, officials said. "
        "Mission staff said the vehicle had entered a slow spin overnight. "
        "The Oak Tree stood by the clubhouse for decades. "
        "The Palmer Tree on the 17th hole was felled in the storm. "
        "The tree was named after the golfer who kept hitting it. "
        "Smuggling carries the death penalty in the province of Varna. "
        "If charged under the customs act, the penalty is a fine of up to ten years' wages.")
    seen = analysis.sentences[0].text
    assert bs[2] is not None
    written = T.stands_alone(bs[2], analysis, seen)
    assert written is not None and "the Kestrel supply vehicle had entered" in written.text, written
    assert "s2" in written.cites and "s3" in written.cites
    assert bs[5] is not None and T.stands_alone(bs[5], analysis, seen) is None  # the Oak or the Palmer Tree?
    assert bs[7] is not None and T.stands_alone(bs[7], analysis, seen) is None


def test_no_bullet_with_a_cut_possessor_a_lone_measured_adverb_or_an_unbound_it() -> None:
    from copydesk.generate.compress import intact
    from copydesk.generate.reference import unbound_object_pronoun
    from copydesk.generate.select import candidates as cands_of

    # Seen in the s6 blind read: "… said recently ’s “Wait, Wait …”", "did not have dragon
    # control around", "lawmakers voted to raise it".
    parsed = parse(story_from_text(
        "The team lost the final on Sunday. "
        "The team did not have control of the river this time around and gave up two goals early. "
        "In Ohio, lawmakers voted to raise it by 25 cents to $8.70. "
        "The council approved the plan and will fund it next year."))
    by_index = {c.index: c for c in cands_of(parsed)}
    span = by_index[1].span
    assert not intact(span, "The team did not have control of the river around and gave up two goals early.")
    assert not intact(span, "The team did not have control ’s river this time around and gave up two goals early.")
    assert unbound_object_pronoun(by_index[2].span)
    assert not unbound_object_pronoun(by_index[3].span)


def test_a_sentence_in_brackets_is_a_statement_without_them() -> None:
    from copydesk.generate.select import candidates as cands_of
    from copydesk.generate.takeaways import prepare

    # Struck in the s6 blind read: "Atmosphere: (Current models say … Hansen’s analysis.)."
    parsed = parse(story_from_text(
        "A climate scientist has published a new paper on warming. "
        "(Current models say that carbon emissions will warm the atmosphere a lot less than the paper finds.)"))
    c = {c.index: c for c in cands_of(parsed)}[1]
    b = prepare(c, parsed.analysis)
    assert b is not None and b.text.startswith("Current models say") and b.text.endswith("finds."), b


def test_list_items_and_run_in_labels_are_no_takeaways() -> None:
    from copydesk.generate import takeaways as T

    parsed = parse(story_from_text(
        "The city council published its annual survey of residents on Monday.\n\n"
        "Some of the more surprising findings include:\n\n"
        "Cyclists in the north outnumbered drivers on weekdays.\n\n"
        "Dog owners in the west walked farther than runners.\n\n"
        "Ohio: approved a ban on fireworks near schools.\n\n"
        "The council said it would repeat the survey next year and publish the results in the spring."))
    by_text = {c.sentence.text: T.prepare(c, parsed.analysis) for c in candidates(parsed)}
    assert by_text.get("Cyclists in the north outnumbered drivers on weekdays.") is None
    assert by_text["Dog owners in the west walked farther than runners."] is None
    assert by_text["Ohio: approved a ban on fireworks near schools."] is None
    kept = by_text["The council said it would repeat the survey next year and publish the results in the spring."]
    assert kept is not None


def test_a_number_that_ends_the_sentence_as_its_object_stays() -> None:
    analysis, bs = _bullets(
        "Rangers returned to the island of Skarv on Monday. "
        "A survey in 2010 counted 12 kinds of orchid on the island; the latest survey, from 2020, found 45.")
    assert bs[1] is not None and bs[1].text.endswith("found 45."), bs[1]


def test_a_pronoun_subject_after_an_opening_phrase_or_an_additive_either_leans() -> None:
    analysis, bs = _bullets(
        "The harbour trust opened a new ferry terminal at Kelby on Monday. "
        "Although owned by the regional council, it will be run by a private operator from next year. "
        "If a driver leaves the engine running on the ramp, the vehicle can overheat within minutes. "
        "If a passenger leaves a bag on the ramp, it can be removed by security staff. "
        "The ticket rise did not deter the weekend crowds either. "
        "The operator's chief executive won that vote, too.")
    assert bs[1] is None  # it: the terminal, told before
    assert bs[2] is not None
    assert bs[3] is not None  # it: the bag, told in the sentence
    assert bs[4] is None and bs[5] is None


def test_a_time_or_a_subject_told_relative_to_a_sentence_before_leans() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Storms closed the northern ferry routes on Tuesday. "
        "The following morning the ferry company cancelled all crossings to the islands. "
        "The closures came as the storm reached the coast with gusts of 120 km/h. "
        "The second convoy reached the island town with food and fuel on Friday evening. "
        "Coastguard officers rescued two sailors off the island of Mull on Wednesday morning.")
    seen = analysis.sentences[0].text
    for i in (1, 2, 3):
        assert bs[i] is not None
        assert T.stands_alone(bs[i], analysis, seen) is None, bs[i].text
    assert bs[4] is not None and T.stands_alone(bs[4], analysis, seen) is not None
    # Kept once the reader has met the closures or a convoy.
    assert T.stands_alone(bs[2], analysis, seen + " The closures hit 40,000 travellers.") is not None
    assert T.stands_alone(bs[3], analysis, seen + " A convoy left the port at dawn.") is not None


def test_a_label_names_the_aspect_not_the_writers_judgement() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Harbour workers ended a two-week strike at the port of Kelby on Monday. "
        "Mayor Anna Holt is a tough negotiator of the city's shipping contracts. "
        "Union members say dock workers deserve modest pay rises and better rosters. "
        "Tight security surrounded the port gates during the vote. "
        "Military ties between the two port cities have been restored after a decade.")
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[1] != "Tough Negotiator", labels
    assert labels[2] != "Modest Pay Rises", labels
    assert labels[3] == "Security", labels
    assert labels[4] == "Military Ties", labels


def test_a_verb_no_one_acts_on_or_only_might_names_no_act() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "The regulator published its review of bank charges on Monday. "
        "The regulator should demand that banks publish all their fees, Consumer Watch chief Mary Lund said. "
        "The review says sectors like mining and farming offer attractive returns to investors. "
        "The auditors spent the afternoon going through the bank's accounts with its staff. "
        "The lawsuit strikes at the heart of the bank's business in the north. "
        "The finance minister conceded they may have misjudged the mood of savers.")
    for i, wrong in ((1, "Demand"), (2, "Offer"), (3, "Spending"), (4, "Strike")):
        assert bs[i] is not None
        label = T.label_for(bs[i], analysis, set()) or ""
        assert wrong not in label, (i, label)
    assert bs[5] is None  # "they": who, told before?


def test_an_opening_that_answers_a_sentence_before_leans_and_an_aspect_noun_keeps_its_kind() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Organisers of the Kelby harbour festival met on Monday to discuss the forecast. "
        "Either way, the boat parade will go ahead on Saturday, organisers said. "
        "In Kelby, another ferry was withdrawn from service for repairs on Tuesday. "
        "In response to the forecast, the council moved the fireworks to the town square. "
        "Storm season in the northern isles runs from October to March.")
    seen = analysis.sentences[0].text
    assert bs[1] is None or T.stands_alone(bs[1], analysis, seen) is None
    assert bs[2] is None or T.stands_alone(bs[2], analysis, seen) is None  # another ferry than which?
    assert bs[3] is not None and T.stands_alone(bs[3], analysis, seen) is not None
    assert bs[4] is not None
    assert T.label_for(bs[4], analysis, set()) == "Storm Season"


def test_a_pronoun_after_an_opening_phrase_that_names_its_referent_or_is_expletive_stays() -> None:
    from copydesk.generate.takeaways import _fronted_pronoun
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    assert not _fronted_pronoun(nlp("Despite broad support for a new pay deal last spring, it still has not been "
                                    "signed by the board.")[:])
    assert not _fronted_pronoun(nlp("In the north of the county, it appears the worst of the flooding has passed.")[:])
    assert _fronted_pronoun(nlp("Although wholly owned by the council, it will have its own board.")[:])
    assert _fronted_pronoun(nlp("With this third league title, they have matched the club's record.")[:])


def test_a_phrasal_verb_a_persons_find_and_a_things_travel_name_no_event() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Flood barriers were raised along the river on Monday. "
        "Karim Haddad was picked up by immigration officers outside his flat in Leeds last week. "
        "Ben Tolley found that his neighbour had been storing fuel in the garage for months. "
        "Suddenly the ferry begins travelling much faster as the waves rise higher alongside it. "
        "The foreign minister travelled to Oslo for two days of talks on the fishing dispute. "
        "An independent review found that the barriers had not been tested since 2019. "
        "The council backed down after residents protested outside the town hall for a week.")
    assert T._verb_nominal(bs[1].cand) is None  # picked up: no "Selection"
    assert T._verb_nominal(bs[2].cand) == "Discovery"  # a person's "found that": no "Findings"
    assert T._verb_nominal(bs[3].cand) is None  # a ferry's travel: no "Trip"
    assert T._verb_nominal(bs[4].cand) == "Trip"
    assert T._verb_nominal(bs[5].cand) == "Findings"
    assert T._verb_nominal(bs[6].cand) is None  # backed down: no "Backing"
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[1] != "Haddad's Selection" and labels[2] != "Tolley's Findings", labels


def test_scene_narration_gives_way_to_reported_news() -> None:
    from copydesk.generate import takeaways as T

    text = (
        "A passenger filmed a goods train ploughing through deep snow drifts in the Cairngorms on Tuesday, "
        "rail officials said.\n\n"
        "The clip was shared more than 200,000 times within a day of being posted online.\n\n"
        "Suddenly the engine begins moving even faster as the walls of snow climb higher beside it.\n\n"
        "The video then shows the driver waving at the camera from his cab.\n\n"
        "Network Rail said the line had been closed for two days before the snow plough cleared it.\n\n"
        "More than 40 centimetres of snow fell across the region over the weekend, forecasters said.\n\n"
        "Engineers from Network Rail worked through the night to clear frozen points at three stations.\n\n"
        "Rail unions warned last month that the company had cut its winter maintenance budget by a fifth.\n\n"
        "The operator said it had hired 40 extra staff to keep the line open until the spring."
    )
    analysis, cands = _story(text)
    scenes = [c for c in cands if T.scene_narration(c)]
    assert {c.sentence.text[:12] for c in scenes} == {"Suddenly the", "The video th"}
    assert T.tells_in_past(cands)
    tks = takeaways(cands, analysis, synopsis_ids=["s1", "s2"])
    assert tks and not any(t.claim.text.startswith(("Suddenly", "The video then")) for t in tks), tks
    kept = _story("Police are investigating the crash on the coast road. The company employs 300 people at the site. "
                  "The firm's chief executive then flew to the site to meet the families of the injured workers. "
                  "The man who filmed the video lives in a village near the line.")[1]
    assert not any(T.scene_narration(c) for c in kept)


def test_the_tail_of_a_sentence_the_splitter_cut_is_no_bullet() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "Sun creams that claim to block infra-red light are no better than ordinary lotions, a study found.\n\n"
        "The effects of infra-red A rays on the skin is an emerging field of research.\n\n"
        "The researchers at a London hospital tested forty creams sold in chemists over two years.")
    tail = [c for c in cands if c.sentence.text.startswith("A rays")]
    whole = [c for c in cands if c.sentence.text.startswith("The researchers")]
    assert whole and T.prepare(whole[0], analysis) is not None
    if tail:  # (only when the splitter cuts the sentence in two)
        assert T.split_tail(tail[0], analysis) and T.prepare(tail[0], analysis) is None


def test_a_verdict_handed_to_a_speaker_by_a_lead_in_is_no_bullet_without_them() -> None:
    from copydesk.generate import takeaways as T

    analysis, _ = _story(
        "Shoppers spent more than ever on anti-ageing creams last year, a market research firm said on Monday.\n\n"
        "Consultant dermatologist Dr Anna Bell says:\n\n"
        "Collagen is sold as an anti-wrinkle treatment, but there is little evidence that it works on the skin.\n\n"
        "Retinol has far better evidence behind it, although it can irritate sensitive skin.\n\n"
        "The firm said sales of the creams rose by a fifth to more than 400 million pounds.\n\n"
        "The biggest growth came in creams costing more than 50 pounds a jar.")
    led = T.speech_led(analysis)
    texts = {s.id: s.text for s in analysis.sentences}
    assert {texts[i][:8] for i in led} == {"Collagen", "Retinol "}, [texts[i] for i in led]


def test_a_plain_label_is_an_aspect_never_a_thing_the_sentence_mentions() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Inspectors raided a puppy farm in Wales on Tuesday after complaints from neighbours. "
        "The animals seized by inspectors were found to be suffering from malnutrition and skin infections. "
        "Rain has fallen in parts of the valley and the coast overnight. "
        "Share prices fell sharply on the Tokyo exchange after the announcement. "
        "The indictment cites a list of unindicted co-conspirators headed by two men. "
        "The ferry operator said crossings would resume on the island route on Thursday.")
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[5] == "Crossings Resumption", labels  # what resumes: not a lone "Resumption"
    assert labels[0] == "Raid" and labels[2] == "Rainfall", labels
    assert labels[1] not in {"Animals", "Seizure"} and labels[4] not in {"List", "Unindicted Co"}, labels
    assert labels[3] == "Share Prices", labels


def test_a_label_is_not_the_when_of_a_time_phrase() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "The comedy returned to television on Sunday night with a new cast. "
        "In the fifth season of the show, Maria Lopez's Ruth has been promoted from deputy mayor to mayor. "
        "Tom Boase was granted bail at the hearing in the city on Monday.")
    options = {i: [" ".join(w) for w in T.label_options(b, analysis)] for i, b in enumerate(bs) if b}
    assert not any("Season" in o for o in options[1]) and T.label_for(bs[1], analysis, set()) == "Ruth's Promotion"
    assert "Bail" in options[2]


def test_a_bullet_no_aspect_names_takes_a_label_from_its_role_or_none() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Workers at the Kelby glass plant walked out on Monday over a pay freeze. "
        "\"Every time the bosses come to the table they are rude and dismissive,\" Mr Fenwick said. "
        "A spokesman for the Interior Minister, Jan Kowal, emerged soon after to say there was no deal. "
        "Northgate Motors maintains it is not to blame for the delays. "
        "Joan Marsh wept as she told the jury how her son had been struck by the van. "
        "The dogs seized by inspectors were found to be suffering from hunger. "
        "\"That is simply alarming for the whole town,\" Ms Hale said. "
        "Only twelve per cent of drivers now consider the new bypass a success. "
        "More than 20 lifeboats were sent out from the harbour to give chase.")
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[1] == "Fenwick's View", labels  # a titled speaker the frame names
    assert labels[2] == "Kowal's Response", labels  # the other side, through a spokesman
    assert labels[3] == "Northgate Motors' Position", labels  # a stance's owner
    assert labels[4] == "Marsh's Testimony", labels  # what she told the jury
    assert labels[5] is None, labels  # a plain detail no one owns: dropped, no filler
    assert bs[6] is None or not list(T.role_labels(bs[6], analysis)), labels  # "That is …" leans
    assert labels[7] == "By the Numbers", labels  # a share is the sentence's point
    assert bs[8] is None or ["By", "the", "Numbers"] not in list(T.role_labels(bs[8], analysis))  # a count is not
    # Only ever the last resort: never in place of an aspect, and never twice for one speaker.
    assert T.label_for(bs[1], analysis, {"fenwick"}) is None
    assert T.label_for(bs[2], analysis, set(), plain=False) is None
    assert T.label_for(bs[4], analysis, set(), role=False) is None  # (the selection's first pass)


def test_a_bullet_told_after_a_sentence_before_or_on_a_demonstrative_leans() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Racing driver Tom Kessler won the opening race of the season in Perth on Sunday. "
        "Then a marshal he had waved to was hurt when a car left the track at the final bend. "
        "Two days later the race stewards fined the team $10,000 for an unsafe release. "
        "\"You can't win a title in this sport without doing that,\" Kessler told reporters after the race. "
        "Harbour Racing plans to test a new engine in May, although this is partly because its engine failed twice. "
        "Race officials said the Perth circuit would be resurfaced before its next meeting in March.")
    seen = analysis.sentences[0].text
    for i in (1, 2, 3):
        assert bs[i] is None or T.stands_alone(bs[i], analysis, seen) is None, bs[i].text
    # A demonstrative after the main clause stands for that clause; a plain statement stands.
    for i in (4, 5):
        assert bs[i] is not None and T.stands_alone(bs[i], analysis, seen) is not None, i


def test_charges_still_to_come_are_labelled_as_such() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "A karate instructor from Kelby admitted making indecent videos of pupils on Monday. "
        "Police say they are trying to trace other victims to determine possible further charges. "
        "The instructor's business partner, Ann Dorey, was charged with perverting the course of justice.")
    assert T.label_for(bs[1], analysis, set()) == "Possible Charges"
    assert T.label_for(bs[2], analysis, set()) != "Possible Charges"


def test_a_one_noun_label_takes_the_owner_the_sentence_gives_it() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Harbour City have named Tom Ruddock as their permanent manager after a run of good results. "
        "Harbour City went unbeaten during Ruddock's first six games in charge of the club. "
        "Defender Sam Okafor has one year left on his contract, but his inconsistent form has led to doubts. "
        "Ministers insisted the special relationship with Norway was stronger than it had ever been. "
        "A leaked memo says the special relationship is over. "
        "Harbour City's rivals went unbeaten in April, though the form of the league leaders fell away. "
        "A remarkable political comeback was completed by the former mayor of Kelby on Sunday night. "
        "A stunning new stadium was opened by the former mayor of Kelby on Monday morning.")
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[6] == "Political Comeback", labels  # the judgement goes, the kind stays
    assert labels[7] != "New Stadium", labels  # a thing, not an aspect
    assert labels[1] == "Harbour City's Form", labels  # a side's run of results is its form
    assert labels[2] == "Okafor's Form", labels  # "his … form": the subject's own
    assert labels[4] == "Special Relationship", labels  # a phrase the story uses twice keeps its adjective
    assert labels[5] is None or "City's" not in labels[5], labels  # no owner the sentence does not give


def test_a_bullet_ending_on_a_name_whose_verb_was_cut_is_no_bullet() -> None:
    from copydesk.generate.takeaways import _ends_on_cut_subject
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    run_in = nlp("The fans stayed late at the course for Jordan Spieth waved to them from the clubhouse.")[:]
    assert _ends_on_cut_subject(run_in, "The fans stayed late at the course for Jordan Spieth.")
    whole = nlp("The fans stayed late at the course for Jordan Spieth at the end of the round.")[:]
    assert not _ends_on_cut_subject(whole, "The fans stayed late at the course for Jordan Spieth.")
    assert not _ends_on_cut_subject(whole, whole.text)


def test_background_labels_only_a_dated_earlier_event() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "A Kelby nurse was struck off the register on Monday after a two-year inquiry. "
        "The first death on the ward occurred in September 2008. "
        "Marsh, who has no history of misconduct, was reportedly beside himself with grief. "
        "Marsh has been single for years and has moved house several times.")
    assert bs[1] is not None and T.told_as_past(bs[1].cand)
    for i in (2, 3):
        assert bs[i] is None or not T.told_as_past(bs[i].cand), i
        assert bs[i] is None or T.label_for(bs[i], analysis, set()) != "Background", i


def test_a_noun_whose_of_phrase_says_what_it_is_is_no_label_alone() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "A judge in Kelby allowed a woman to serve court papers on her husband by text message on Monday. "
        "The ruling challenges traditional notions of how legal papers must be delivered. "
        "Text messages are now an accepted form of service in the Kelby courts, lawyers say. "
        "Harbour City went unbeaten in April, winning six of their seven league games.")
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[1] != "Traditional Notions", labels
    assert labels[2] != "Form", labels  # a kind of service, not a side's form
    assert labels[3] is not None and labels[3].endswith("Form"), labels  # the side's run still is


def test_a_quote_begun_a_sentence_before_or_speaking_of_an_unnamed_he_is_no_bullet() -> None:
    analysis, cands = _story(
        "Harbour City won the regional title on Saturday with a 3-1 win over Kelby.\n\n"
        "The coach said: 'He is the fittest man in the squad.\n\n"
        "Running and lifting weights in his spare time,' Tom Rowe says.\n\n"
        "'We hope to win more titles this year and he will be important,' he added.\n\n"
        "Striker Dan Okoro scored twice in the second half.")
    tks = takeaways(cands, analysis, synopsis_ids=["s1"])
    texts = " ".join(t.claim.text for t in tks)
    assert "Running and lifting" not in texts  # would start mid-quote
    assert "he will be important" not in texts  # "he added" resolved to the last name met


def test_first_person_without_its_speaker_and_a_dangling_instead_lean() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "Police in Kelby are appealing for witnesses after a shop was set on fire on Sunday. "
        "With this in mind, I would urge anyone with information to contact the police. "
        "The education minister will instead overhaul lessons on online safety. "
        "Rather than retire, the Kelby coach will instead take charge of the under-21 side next season. "
        "Kelby rejected the bid from Harbour City, and the club will instead offer the striker a new contract.")
    seen = analysis.sentences[0].text
    for i in (1, 2):
        assert bs[i] is None or T.stands_alone(bs[i], analysis, seen) is None, i
    for i in (3, 4):
        assert bs[i] is not None and T.stands_alone(bs[i], analysis, seen) is not None, i


def test_a_name_the_story_gives_whole_is_never_clipped_to_its_last_two_words() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "A man has been charged over the death of a toddler in Kelby, police said on Tuesday.\n\n"
        "Jonathan Edward Douglas Marsh, 46, was arrested at his home on Sunday.\n\n"
        "Marsh was refused bail and will appear in court again next month.")
    clipped = T._clipped_name("Douglas Marsh was refused bail.", analysis)
    assert clipped == (0, "Douglas Marsh", "Jonathan Edward Douglas Marsh")
    assert T._clipped_name("Jonathan Edward Douglas Marsh was refused bail.", analysis) is None
    assert T._clipped_name("Marsh was refused bail in Kelby.", analysis) is None
    # the clipped name comes after the whole one: it is filled in where it stands
    both = "Jonathan Edward Douglas Marsh told Douglas Marsh supporters he was innocent."
    assert T._clipped_name(both, analysis) == (both.index("Douglas Marsh s"), "Douglas Marsh",
                                               "Jonathan Edward Douglas Marsh")
    b = next(c for c in cands if c.span.text.startswith("Marsh was refused"))
    out = T.stands_alone(T.Bullet(b, both, ()), analysis, "")
    assert out is not None and out.text == both.replace("told Douglas", "told Jonathan Edward Douglas")
    tks = takeaways(cands, analysis, synopsis_ids=["s1"])
    assert not any(re.search(r"(?<!Edward )Douglas Marsh", t.claim.text) for t in tks)


def test_a_number_the_main_clause_tells_is_never_cut_but_an_age_may_be() -> None:
    from copydesk.generate.takeaways import _cut_number
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    views = nlp("The clip has been viewed online over 200,000 times since it was posted.")[:]
    assert _cut_number(views, "The clip has been viewed online since it was posted.")
    assert not _cut_number(views, views.text)
    age = nlp("Marsh, 46, was arrested at his home on Sunday.")[:]
    assert not _cut_number(age, "Marsh was arrested at his home on Sunday.")


def test_labels_are_no_counted_noun_state_verb_copula_object_or_outlet() -> None:
    from copydesk.generate import takeaways as T

    analysis, bs = _bullets(
        "A care home in Kelby has been fined for failing its residents. "
        "Workers at the depot are putting in 12 hour shifts for less than the minimum wage, the union said. "
        "Residents of the home often fell silent when they were moved to a new ward, staff said. "
        "The Kelby midfielder closed down quickly throughout as Harbour City struggled to get going. "
        "Harbour Town is a suburb that sits on the edge of the old Kelby docks. "
        "The victims had cuts to their faces and seemed badly shaken, the tourists told the Herald. "
        "The Kelby cannery closed down in May after 80 years, with the loss of 200 jobs.")
    labels = [T.label_for(b, analysis, set()) if b else None for b in bs]
    assert labels[1] != "Hour Shifts", labels
    assert labels[2] != "Fall", labels
    assert labels[3] != "Closure", labels
    assert labels[4] != "Town's Suburb", labels
    assert labels[5] is None or "Herald" not in labels[5], labels


def test_a_long_sentence_gives_its_first_main_clause_unless_a_speaker_owns_both() -> None:
    analysis, cands = _story(
        "Kelby lost 40-10 at home to Harbour City on Friday night.\n\n"
        "The home side were already trailing 20-4 when their veteran captain entered the action five minutes into "
        "the second half, and it did not get any better for them after that as the visitors ran in three more tries.\n\n"
        "The visitors led 14-0 at the break and the home fans began to leave long before the end of the match on "
        "Friday night, the club's chairman said in a statement released after the final whistle.")
    from copydesk.generate import takeaways as T

    bs = {c.index: T.prepare(c, analysis) for c in cands}
    assert bs[1] is not None and bs[1].text.startswith("The home side were already trailing 20-4 when"), bs[1]
    assert "better" not in bs[1].text
    assert bs[2] is None or "said" in bs[2].text  # never the clause without its speaker


def test_a_bullet_no_aspect_names_takes_its_named_subject_last() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "Kelby beat Harbour City 3-1 on Saturday to go top of the league.\n\n"
        "Peter Kallender was ably assisted by his number 10 and 11 batsmen, who frustrated the visitors for two hours.")
    bs = [T.prepare(c, analysis) for c in cands]
    assert bs[1] is not None and T.label_for(bs[1], analysis, set()) == "Peter Kallender"
    analysis, cands = _story(
        "Kelby beat Harbour City 3-1 on Saturday to go top of the league.\n\n"
        "Kelby Times writer Lisa Fenwick has a closer look at the club's finances in her weekly column.")
    promo = T.prepare(cands[1], analysis)
    assert promo is None or T.label_for(promo, analysis, set()) is None  # a promo line is no subject's news
    assert T.label_for(bs[1], analysis, set(), plain=False) is None  # (never before a better-labelled bullet)


def test_a_quotation_begun_on_the_sentence_before_is_taken_whole_with_its_speaker() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "Harbour City won the regional title on Saturday with a 3-1 win over Kelby.\n\n"
        "'Dan Okoro is the fittest man in the squad. Running and lifting weights in his spare time,' Tom Rowe says.\n\n"
        "Striker Dan Okoro scored twice in the second half.")
    bs = {c.index: T.prepare(c, analysis) for c in cands}
    whole = bs[2]
    assert whole is not None and whole.text.startswith("'Dan Okoro is the fittest man in the squad. Running"), whole
    assert whole.cites == ("s2", "s3")
    assert T.label_for(whole, analysis, set()) == "Rowe's View"
    assert bs[3] is not None and T.label_for(bs[3], analysis, set()) == "Dan Okoro"


def test_a_caption_placing_people_is_no_bullet_and_earlier_needs_an_earlier_date() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "Kelby Rovers beat Harbour City 2-0 in the cup on Saturday.\n\n"
        "Rovers assistant manager Hale, left, allegedly told his brother the move was only ever about money.\n\n"
        "Rovers striker Tom Hale, who joined from Kelby in 2009, scored twice in the second half.\n\n"
        "In 2011 the club dismissed its manager after a run of nine straight defeats.")
    bs = {c.index: T.prepare(c, analysis) for c in cands}
    assert bs[1] is None  # "Hale, left, …": a photo caption run into the text
    assert bs[2] is not None  # a name between commas that places no one is kept
    assert T._PLACED.search("Ryan, left, and Rhodri Giggs as children")
    assert not T._PLACED.search("Hale, who left the club, said")


def test_a_participle_the_tagger_took_for_a_noun_is_no_label_word() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "Kelby Rovers sacked their manager on Monday after a run of defeats.\n\n"
        "Dale Hobbs enjoyed a successful non-league football career playing for Harbour Town and is a former coach "
        "of Kelby Rovers.")
    b = T.prepare(cands[1], analysis)
    assert b is not None and T.label_for(b, analysis, set()) == "Dale Hobbs"  # not "Career Playing", "Hobbs' Playing"


def test_earlier_labels_an_act_told_as_earlier_not_todays() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "Kelby Rovers beat Harbour City 2-0 in the cup on Saturday.\n\n"
        "Officials had earlier announced that over 1,000 fans would travel to the away match in Harbour.\n\n"
        "The world No 4 and second seed comfortably dismissed the unseeded Petrov in straight sets.")
    bs = [T.prepare(c, analysis) for c in cands]
    assert bs[1] is not None and T.label_for(bs[1], analysis, set()) == "Earlier Announcement"
    assert bs[2] is not None and not (T.label_for(bs[2], analysis, set()) or "").startswith("Earlier")


def test_the_owner_of_a_speaker_is_not_the_speaker() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "A Kelby teacher pleaded guilty on Monday to misconduct with three pupils.\n\n"
        "Kowalczyk's attorney, Ed Brannagh, said his client wanted to resolve the case to avoid risking an uncertain "
        "outcome at trial.")
    b = T.prepare(cands[1], analysis)
    assert b is not None and T.label_for(b, analysis, set()) == "Brannagh's View"


def test_a_body_that_releases_a_statement_speaks_but_one_told_is_no_speaker() -> None:
    from copydesk.generate.takeaways import _speaker

    analysis, cands = _story(
        "Two men have been arrested over a fraud at a Kelby bank, police said on Monday. "
        "The losses will be covered in full, according to a statement issued by the Federal Reserve. "
        "The bank's customers told the Kelby Herald they had been warned months ago.")
    c = next(c for c in cands if "issued by" in c.sentence.text)
    assert _speaker(c, c.sentence.text, analysis) == "Federal Reserve", c.facts.attribution
    c = next(c for c in cands if "told the Kelby Herald" in c.sentence.text)
    assert _speaker(c, c.sentence.text, analysis) != "Kelby Herald"


def test_a_name_is_never_cut_to_a_part_that_names_someone_or_something_else() -> None:
    from copydesk.generate.takeaways import _surname

    assert _surname("Carl XVI Gustaf") == "Carl XVI Gustaf"  # a royal by the whole name, not "Gustaf"
    assert _surname("Olav Magnusson", "Norway's King Olav Magnusson said") == "Olav Magnusson"
    assert _surname("Abu Tariq") == "Abu Tariq" and _surname("Abu Tariq Hamdan") == "Hamdan"
    assert _surname("Rashid bin Talal") == "bin Talal"
    assert _surname("Dana Coyle", "The minister, Dana Coyle, said") == "Coyle"  # kept: the surname
    assert _surname("Mr Dale Hobbs") == "Hobbs"
    assert _surname("Pak Sun Ok") == "Pak Sun Ok"  # a family name that may come first: whole
    assert _surname("Di Kang") == "Kang" and _surname("Ben Stokes") == "Stokes"  # a first name, no particle


def test_a_superlative_labels_the_noun_it_qualifies_never_another() -> None:
    from copydesk.generate.takeaways import _superlative_noun

    analysis, cands = _story(
        "Road deaths fell across the country last year.\n\n"
        "Northshire recorded the biggest decrease in road deaths, a fall of 12 per cent.\n\n"
        "The premier inspected the worst-hit suburbs on Tuesday.")
    assert _superlative_noun(cands[1], cands[1].sentence.text) == ["Biggest", "Decrease"]  # not "Biggest Record"
    assert _superlative_noun(cands[2], cands[2].sentence.text) is None  # not "Worst Inspection"


def test_a_speakers_act_is_labelled_by_the_act_and_a_condition_as_a_condition() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "A doctor says she was stopped from collecting a human rights prize.\n\n"
        "The Health Minister, Dana Coyle, has written a letter of complaint to the Kelby Medical Journal about an "
        "article on hospital waiting lists.\n\n"
        "Dana Coyle said the article was misleading and should be withdrawn.")
    bs = [T.prepare(c, analysis) for c in cands]
    assert bs[1] is not None and T.label_for(bs[1], analysis, set()) == "Coyle's Complaint"  # not "Coyle's View"
    assert bs[2] is not None and T.label_for(bs[2], analysis, set()) == "Coyle's View"  # her statement: kept
    analysis, cands = _story(
        "Brantix has reached an agreement with the government over the gas field.\n\n"
        "A Brantix spokesman says the deal must first be approved by the state parliament.")
    b = T.prepare(cands[1], analysis)
    assert b is not None and T.label_for(b, analysis, set()) == "Brantix's Condition"


def test_a_verb_nominal_is_a_label_only_with_whose_act_or_what_it_befell() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "The stadium roof fell in during a match on Saturday.\n\n"
        "Some 40 square metres of ceiling were believed to have collapsed.\n\n"
        "Dale Hobbs removed Sam Petrov for 12, caught at slip by Joe Grant.\n\n"
        "No more homes were lost overnight, despite 30 fires still burning.")
    bs = [T.prepare(c, analysis) for c in cands]
    labels = [T.label_for(b, analysis, set()) if b is not None else None for b in bs]
    assert labels[1] == "Ceiling Collapse"  # not "Collapse"
    assert labels[2] == "Petrov's Removal"  # what befell Petrov, not "Hobbs' Removal" or "Removal"
    assert labels[3] is None, labels  # homes lost are no "Defeat"
    assert not T._ok_label(["Publication"]) and not T._ok_label(["Landing"]) and not T._ok_label(["Blame"])
    assert T._ok_label(["Damage"]) and T._ok_label(["Acquittal"]) and T._ok_label(["Death", "Toll"])  # kept


def test_what_a_subject_expects_is_their_expectation_and_a_body_owns_its_act() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "The visitors won the first Test by nine wickets in Perth on Sunday.\n\n"
        "Visiting captain Shaun Pollard expects a much better performance from his side in the second Test.\n\n"
        "The Government has declared a 60-day state of emergency in an effort to restore order.\n\n"
        "The opposition parties are reported to have rejected the call for a unity government.")
    bs = [T.prepare(c, analysis) for c in cands]
    labels = [T.label_for(b, analysis, set()) if b is not None else None for b in bs]
    assert labels[1] == "Pollard's Expectation", labels  # not "Pollard's Performance" (his side's) nor "Performance"
    assert labels[2] == "Government's Declaration", labels  # not a lone "Declaration"
    assert labels[3] == "Opposition Parties' Reported Rejection", labels  # never without "reported"


def test_a_confirmed_act_is_labelled_by_the_act_and_whom_it_befell() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "Kelby Rovers lost 3-0 at home on Saturday.\n\n"
        "A club spokesman confirmed Dale Hobbs had been suspended for two matches after the game.")
    b = T.prepare(cands[1], analysis)
    assert b is not None and T.label_for(b, analysis, set()) == "Hobbs' Suspension"  # not a lone "Confirmation"


def test_a_passive_act_is_never_labelled_as_its_subjects_own_and_a_bare_office_is_no_owner() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "Two officers were hurt in a shootout in Kelby on Friday night.\n\n"
        "Sgt Tom Harlow was shot in the leg, while the driver was hit in the arm.\n\n"
        "The city prosecutor's office revealed the suspect had been released on bail in March.")
    bs = [T.prepare(c, analysis) for c in cands]
    labels = [T.label_for(b, analysis, set()) if b is not None else None for b in bs]
    assert labels[1] == "Tom Harlow", labels  # never "Harlow's Shooting": reads as a shooting by Harlow
    assert labels[2] == "Earlier Revelation", labels  # never "Office's Revelation": which office?


def test_a_bullet_opening_on_the_paper_leans_when_the_page_never_named_it() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "Members of the new parliament in Kelby met today to choose a prime minister, with two candidates in the race.\n\n"
        "Officials said the vote would be held behind closed doors.\n\n"
        "In London, the editor of the Sunday Clarion has defended the revival of its campaign against rogue landlords.\n\n"
        "The paper published the names and photographs of 40 landlords on Sunday.")
    b = T.prepare(cands[3], analysis)
    assert b is not None
    assert T.leaning_description(b, analysis, cands[0].sentence.text) == "The paper"  # which paper?
    assert T.leaning_description(b, analysis, cands[2].sentence.text) is None  # the page named it: kept


def test_an_outlets_report_is_no_view_and_a_hedged_subject_owns_no_label() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "A soldier was charged on Friday with helping a teenager plan the murder of her father in Kelby.\n\n"
        "Dale Barnes graduated from basic training at Fort Kelby in 2012 and served two tours in Iraq, the Army "
        "Gazette reported.\n\n"
        "A court spokesman confirmed the alleged gunman signed the statement himself.")
    bs = [T.prepare(c, analysis) for c in cands]
    labels = [T.label_for(b, analysis, set()) if b is not None else None for b in bs]
    assert labels[1] == "Earlier Graduation", labels  # never "Army Gazette's View": a report of a record
    assert labels[2] is None, labels  # never "Gunman's Signing" or "Signing": the label would drop "alleged"


def test_anothers_thing_is_never_the_subjects_and_an_outlet_is_no_label() -> None:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(
        "A new study says the planet is warming faster than expected.\n\n"
        "Professor Dana Kerrow calls Tom Haldane's arguments for cooling the oceans misguided advocacy.\n\n"
        "Dale Barnes graduated from basic training at Fort Kelby in 2012, the Army Gazette reported.")
    bs = [T.prepare(c, analysis) for c in cands]
    labels = [T.label_for(b, analysis, set()) if b is not None else None for b in bs]
    assert labels[1] == "Haldane's Arguments", labels  # not "Kerrow's Arguments" or "Kerrow's Call" (naming is no call)
    assert labels[2] == "Earlier Graduation", labels  # never "Army Gazette": the outlet is not what it is about


def _labels(text: str) -> list[str | None]:
    from copydesk.generate import takeaways as T

    analysis, cands = _story(text)
    bs = [T.prepare(c, analysis) for c in cands]
    return [T.label_for(b, analysis, set()) if b is not None else None for b in bs]


def test_a_speaker_never_owns_the_act_they_report_of_another() -> None:
    labels = _labels(
        "A car was stolen from a street in Kelby on Friday night.\n\n"
        "Prosecutor Sam Bell said she had stolen the car and driven it at 120 km/h.\n\n"
        "Detective Inspector Dana Coyle said he had attacked the driver with a knife.")
    # never "Bell's Theft": the prosecutor stole nothing ("Account" since s15: what happened,
    # told on her word, is no view of hers — the s14 read struck "Maron's View" over a fact)
    assert labels[1] == "Bell's Account", labels
    assert labels[2] == "Coyle's Account", labels  # never "Coyle's Attack"


def test_a_held_or_feared_act_is_no_act_and_a_confirmed_one_is() -> None:
    labels = _labels(
        "A man was held in France on Friday.\n\n"
        "Police believe Sam Bell was arrested in Paris.\n\n"
        "The union fears Dana Coyle will be sacked.\n\n"
        "A club spokesman confirmed Dale Hobbs had been suspended for two matches.")
    assert labels[1] is None, labels  # never "Bell's Arrest": police only believe it
    assert labels[2] == "Fears", labels  # never "Coyle's Sacking": not done
    assert labels[3] == "Hobbs' Suspension", labels  # confirmed: kept


def test_an_attempted_or_hedged_act_has_no_owner_in_its_label() -> None:
    labels = _labels(
        "A man was held in France on Friday.\n\n"
        "Police tried to arrest Tom Jones at the airport.\n\n"
        "Jane Hollis is believed to have resigned from the board.\n\n"
        "Senator Jane Hollis allegedly assaulted a staff member in Kelby.\n\n"
        "Dale Hobbs started to withdraw his troops from the border.")
    assert labels[1] == "Arrest", labels  # never "Jones' Arrest": an attempt, not an arrest
    assert labels[2] == "Resignation", labels  # never "Hollis' Resignation": the hedge would go
    assert _labels("A man was held in France on Friday.\n\nThe old bridge is believed to have collapsed.")[1] != (
        "Bridge Collapse")  # only an amount's estimate leaves the act told
    assert labels[3] == "Hollis' Alleged Assault", labels  # never "Hollis' Assault": the hedge stays
    assert labels[4] == "Hobbs' Withdrawal", labels  # "started to": the act is under way, kept


def test_a_want_is_no_demand_a_suffix_is_no_surname_and_a_place_no_aspect() -> None:
    from copydesk.generate import takeaways as T

    labels = _labels(
        "The council met in Kelby on Monday.\n\n"
        "Dale Smith wants an apology from the council.\n\n"
        "Martin Luther King Jr said the march would go ahead.\n\n"
        "The apartment was gutted by the blaze.")
    assert labels[1] == "Smith's Wish", labels  # never "Smith's Demand"
    assert labels[2] == "King's View", labels  # never "Jr's View"
    assert labels[3] is None, labels  # never a lone "Apartment"
    assert T._surname("Carl XVI Gustaf") == "Carl XVI Gustaf" and T._surname("Sam Bell Jnr") == "Bell"
    assert not any(T._lone_ok(w) for w in ["Apartment", "Government", "Witness", "Business", "Moment"])
    assert all(T._lone_ok(w) for w in ["Commitment", "Settlement", "Illness", "Agreement"])  # kept


def test_a_lone_act_label_keeps_a_line_when_the_part_is_short() -> None:
    # Invented (s11 blind read: a refused lone label had cost a part its most useful line,
    # the spokesman's warning): short of three bullets, "Confirmation" is kept beside a
    # speaker's view rather than a one-line part.
    import copydesk

    text = ("Snooker star Tom Hale made a rude gesture at a referee during his second-round match in Sheffield on "
            "Monday. The five-time champion was warned by officials after the match ended. Any repeat of the "
            "incident would see Hale docked a frame, a tournament spokesman confirmed. Hale went on to win the "
            "match 10-4 and will face Sam Reed in the quarter-finals on Thursday. Reed beat Jon Marsh 10-7 earlier "
            "in the day. Hale's manager, Ann Cole, said the player deeply regretted his actions.")
    bullets = {t.label: t.claim.text for t in copydesk.enrich(text).parts.takeaways}
    assert bullets.get("Confirmation", "").startswith("Any repeat of the incident would see Hale docked a frame")
    assert "Cole's View" in bullets
