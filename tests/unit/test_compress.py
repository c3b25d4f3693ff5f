"""Compression by deletion and question formation on hard sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from copydesk.generate.compress import compress
from copydesk.generate.faq import invert
from copydesk.nlp.parser import load_pipeline


def span(text: str) -> Span:
    return load_pipeline()(text)[:]


def words(text: str) -> set[str]:
    return {w.strip(".,;:\"'").lower() for w in text.split()}


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        ("The company (which was founded in 1998) cut 200 jobs.", "founded", "cut 200 jobs"),
        ("However, the vote was postponed until March.", "However", "vote was postponed until March"),
        # A connective set off by commas leans on the sentence before (s9 point of view).
        ("Lately, however, the alliance has come to be seen as lopsided.", "however", "Lately, the alliance has come"),
        ("The league, meanwhile, said the fixture would go ahead.", "meanwhile", "The league said the fixture"),
    ],
)
def test_compress_deletes_detail(text: str, gone: str, kept: str) -> None:
    out = compress(span(text))
    assert gone.lower() not in out.lower()
    assert kept.lower() in out.lower()


def test_a_neutral_frame_goes_only_for_length() -> None:
    text = "The two sides signed a trade agreement in Paris on Tuesday after months of talks, officials said."
    assert "officials said" in compress(span(text), max_words=40)
    short = compress(span(text), max_words=10)
    assert "signed a trade agreement" in short


@pytest.mark.parametrize(
    "text, kept",
    [
        # The owner of an allegation, a hedge, a condition and the other side are meaning.
        ("According to the police, three people were injured in the blast near the station.", "according to the police"),
        ("The ministry insists that the vessel entered its waters without permission.", "the ministry insists"),
        ("Prosecutors claim the trader hid losses of $2 billion from his employers.", "prosecutors claim"),
        ("The club will be fined heavily if the claims against its directors are proven in court.", "if the claims"),
        ("The minister said he would resign unless the budget was approved by parliament.", "unless the budget"),
        ("Spain and Portugal signed the water-sharing treaty in Lisbon after two days of talks.", "spain and portugal"),
        ("The singer was taken to hospital with dehydration, but he is much better now, his daughter said.", "but he is much better"),
        # What only "took place" or "happened" tells is its where and when (s9: "One took place and is said …").
        ("One rally took place outside the town hall in Leeds in 2013 and was organised by a small group.", "outside the town hall"),
        ("The crash happened on a quiet stretch of the motorway near Bristol, police said.", "on a quiet stretch"),
        # A second complement the verb needs (s9 blind read: "Best Man Leaves Guests").
        ("A best man left guests at the reception in tears after singing a song he wrote for the bride.", "in tears"),
        ("The volunteers used the old village barn as a field hospital during the long storm.", "as a field hospital"),
    ],
)
def test_compress_never_deletes_meaning(text: str, kept: str) -> None:
    out = compress(span(text), max_words=8)
    assert kept in out.lower(), out


def test_compress_only_deletes_never_adds() -> None:
    text = "Police said on Tuesday that the 42-year-old man, who lived in Leeds, was arrested after a two-hour chase through the city centre."
    out = compress(span(text), max_words=12)
    assert words(out) <= words(text)


def test_compress_keeps_a_list_the_parser_hangs_on_the_speech_verb() -> None:
    text = ("The two commanders discussed joint training, the supply of spare parts for the Su-30MKI fleet "
            "and the delivery schedule of the remaining S-400 air defence squadrons, officials said.")
    out = compress(span(text))
    assert "S-400" in out and "spare parts" in out


def test_compress_keeps_direct_quotes_whole() -> None:
    text = '"We will deepen it further," the minister said.'
    assert compress(span(text)) == text


@pytest.mark.parametrize(
    "text, question",
    [
        ("The summit will take place in December.", "will the summit take place in December"),
        ("The two ministers met in Moscow.", "did the two ministers meet in Moscow"),
        ("The company is facing a lawsuit.", "is the company facing a lawsuit"),
        ("The bill was passed by the Senate.", "was the bill passed by the Senate"),
        ("She writes for the local paper.", "does she write for the local paper"),
    ],
)
def test_invert_subject_and_auxiliary(text: str, question: str) -> None:
    s = span(text)
    assert invert(s, s.root) == question


def test_invert_refuses_negated_clauses() -> None:
    s = span("The minister did not attend the meeting.")
    assert invert(s, s.root) is None


def test_compress_keeps_a_negated_reporting_frame() -> None:
    out = compress(span("The lawyer did not say who called the paramedics."))
    assert "did not say" in out


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        # A non-restrictive relative clause set off by commas goes for length, names and all.
        ("Karo, who has moved to Los Angeles in the hopes of launching a career as a singer, says the theft of "
         "her pet chicken traumatised her and forced her to see a therapist.", "Los Angeles", "Karo says the theft"),
        # A participial phrase opening the sentence goes; the hedge ("if") stays.
        ("Dated April 2015 and drawn up to brief the Senate and House of Representatives on the impact of the "
         "election, the memo warns that the UK faces turmoil if there is a hung parliament.", "Dated", "if there is a hung parliament"),
    ],
)
def test_harder_compression_for_bullets(text: str, gone: str, kept: str) -> None:
    out = compress(span(text), max_words=20, keep_frame=True, harder=True)
    assert gone.lower() not in out.lower() and kept.lower() in out.lower(), out
    # Only with harder=True: the other parts' compression is unchanged.
    assert gone.lower() in compress(span(text), max_words=20, keep_frame=True).lower()


def test_harder_compression_keeps_an_allegation_and_a_negation() -> None:
    text = ("The trader, who allegedly hid losses of $2 billion from his employers, was arrested at his home in "
            "London on Tuesday after a two-year investigation by the fraud office.")
    assert "allegedly" in compress(span(text), max_words=12, harder=True)
    text = ("The minister, who did not attend the meeting in Brussels last week, has resigned from the cabinet "
            "after a row with the prime minister over the budget.")
    assert "did not attend" in compress(span(text), max_words=12, harder=True)


@pytest.mark.parametrize(
    "text",
    [
        "'In my limited experience, I would say that politicians can be more open,' the actress told the magazine.",
        "We will not give up on this town and its people, the mayor said on Tuesday after the vote.",
    ],
)
def test_speech_in_single_quotes_or_the_first_person_keeps_its_speaker(text: str) -> None:
    # Seen in a blind read: a neutral frame deleted for length left the speech unowned.
    out = compress(span(text), max_words=10)
    assert "said" in out or "told" in out, out


def test_run_on_sees_a_caption_after_a_trailing_time_and_a_clause_after_a_relative() -> None:
    from copydesk.generate.debris import run_on
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()

    def flagged(text: str) -> bool:
        return run_on(nlp(text)[:])

    assert flagged("The afternoon started well for City when he opened the scoring after just eight minutes "
                   "Aguero celebrates his 99th goal with David Silva.")
    assert flagged("The draft contract is different to the terms that were agreed Mayweather Promotions CEO "
                   "Leonard Ellerbe said that the deal stands.")
    assert not flagged("Last week Smith said he would go.")
    assert not flagged("A few were chucked around but none really stuck, said Charlotte.")
    assert not flagged("He told reporters Smith was innocent.")


def test_synopsis_never_keeps_a_cut_that_loses_the_main_clause() -> None:
    import copydesk

    a = copydesk.enrich(
        "Spain's 2-0 defeat by Holland on Tuesday brought back bitter memories of the World Cup, coach Vicente "
        "del Bosque said. "
        "Holland, whose 5-1 drubbing of Spain in the group stage in Brazil last year marked the end of the Iberian "
        "nation's six-year domination of the world game, scored two early goals at the Amsterdam Arena and held on "
        "against some determined Spain pressure in the second half for a 2-0 success. "
        "Del Bosque said his side would improve before the September qualifier against Slovakia."
    )
    for claim in a.parts.synopsis:
        assert not claim.text.startswith("Holland, whose") or "scored" in claim.text, claim.text


def test_a_subordinate_clause_alone_is_no_sentence() -> None:
    from copydesk.generate.compress import finite_with_subject
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    assert not finite_with_subject(nlp("If you want more showbiz in this election.")[:])
    assert finite_with_subject(nlp("If it rains, the match will be postponed.")[:])


def test_a_story_whose_lead_leans_everywhere_still_gets_its_opening_as_synopsis() -> None:
    import copydesk

    a = copydesk.enrich(
        "This bundle of joy was a special spring surprise for both his mother and the farmers who delivered him. "
        "He was so big that it took a shepherd and a team of three helpers to deliver the young lamb. "
        "'I don't think there was anything unusual about either parent,' she said."
    )
    assert a.parts.synopsis and a.parts.synopsis[0].text.startswith("This bundle of joy")
    assert a.parts.synopsis[0].cites == ("s1",)


def test_run_on_sees_a_new_sentence_opened_by_a_time_word() -> None:
    from copydesk.generate.debris import run_on
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    assert run_on(nlp("He had been talking to a member of the group called John Yesterday he was jailed for "
                      "27 months.")[:])
    assert not run_on(nlp("He said last year was difficult for the club.")[:])


def test_run_on_spares_a_quoted_title_a_dated_event_and_a_complement_subject() -> None:
    from copydesk.generate.debris import SPLICE, run_on
    from copydesk.generate.select import spans_of
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    def spliced(text: str) -> bool:
        span = spans_of(parse(story_from_text(text)))[0]
        return run_on(span) or bool(SPLICE.search(span.text))

    # Seen on tuning stories: three whole news sentences thrown away as debris.
    assert not spliced("Miss Kensit, 47, appeared in the magazine's regular 'Queen of Everything' feature and said "
                       "the Duchess would be her 'regal inspiration'.")
    assert not spliced("The pair met in the 2013 Barcelona final, when Nadal claimed his eighth title.")
    assert not spliced("Roberto Martinez complained Seamus Coleman should have been awarded a free-kick before the "
                       "Everton defender conceded the penalty that allowed Swansea to pinch a 1-1 draw.")
    # A caption run into the text is still caught.
    assert spliced("The fans were delighted in May 2011 Smith said it was the best day of his life.")
    assert spliced("Haul: The cherry picker collecting drugs from the roof of HMP Altcourse in Liverpool The amount "
                   "of drugs thrown over the fence is so high that warders deploy a cherry picker.")


def test_a_phrase_the_verb_needs_is_never_cut() -> None:
    # Blind read s5-mid: "briefed Ford and Kissinger [on his plans for the colony]" lost the point.
    from copydesk.generate.compress import compress
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    doc = parse(story_from_text(
        "The general briefed the president and his adviser on his plans for the island hours before the invasion, "
        "according to documents released this week.")).doc
    assert "on his plans" in compress(next(iter(doc.sents)), max_words=15)


# --------------------------------------------------------------------------- cuts that must stay a clause


def test_no_cut_leaves_a_fragment_the_checker_rejects(monkeypatch: pytest.MonkeyPatch) -> None:
    from copydesk.generate import compress as module

    text = "The old ferry, with two crew members and a dog on board, had come from the island of Sark."
    monkeypatch.setattr(module, "CHECK_CUTS", False)
    assert compress(span(text), max_words=10).endswith("had come.")  # what it made before
    monkeypatch.setattr(module, "CHECK_CUTS", True)
    assert "from the island of Sark" in compress(span(text), max_words=10)


def test_a_sentence_that_is_itself_a_fragment_may_still_lose_its_opener() -> None:
    # the check refuses a cut that adds a fault, not one the sentence already has
    out = compress(span("And the long wait for the results that the town has feared for weeks now."))
    assert not out.startswith("And")


def test_take_keeps_its_goal() -> None:
    text = "The new mayor, Jo Bloggs, is taking a set of proposals to next Thursday's council meeting."
    assert "to next Thursday's council meeting" in compress(span(text), max_words=10)


def test_a_relative_clause_cut_keeps_the_comma_that_closes_an_opening_phrase() -> None:
    text = ("Inspired by the French chef Marc Roux, who has cooked for presidents and kings in many "
            "kitchens, the village baker wants to open a small restaurant in the old mill.")
    out = compress(span(text), max_words=25, keep_frame=True)
    assert "who has cooked" not in out
    assert "Marc Roux, the village baker wants" in out


def test_a_penaltys_reason_stays_and_its_length_may_go() -> None:
    text = ("In July last year, the chess player Boris Petrov was suspended for four months by his national "
            "federation for cheating with a hidden phone during a tournament in the capital.")
    out = compress(span(text), max_words=18, harder=True)
    assert "for cheating" in out, out
    out = compress(span("The striker was banned for three matches by the league after a tackle on a defender during "
                         "a bad-tempered derby at the weekend in the north of the city."), max_words=18, harder=True)
    assert "after a tackle" in out, out


def test_a_cut_before_a_list_item_keeps_the_lists_comma() -> None:
    """Cutting a phrase that ends just before a list's next item keeps the comma between
    the items (s10 blind read: "… to the heroin drought better equipped ambulances")."""
    from copydesk.generate.compress import _subtree, _with_punct_neighbours

    doc = load_pipeline()("A spokesman for the agency attributes the decline of road deaths to the fuel shortage "
                          "in some parts of the country, better equipped ambulances and emergency wards.")
    prep = next(t for t in doc if t.text == "in")
    cut = _with_punct_neighbours(doc[:], _subtree(prep))
    assert not any(doc[i].text == "," for i in cut)
    # (a comma that only closes the phrase still goes)
    doc2 = load_pipeline()("In the north of the county, the river burst its banks on Sunday.")
    opener = doc2[0]
    assert any(doc2[i].text == "," for i in _with_punct_neighbours(doc2[:], _subtree(opener)))


@pytest.mark.parametrize(
    "text, kept",
    [
        # A qualifier that limits where the claim holds is meaning, not detail.
        ("The drought has driven up the price of hay sharply in some parts of the state.", "in some parts"),
        ("Bus fares will rise by ten per cent in most areas next year.", "in most areas"),
        # "attribute X to Y" needs its "to".
        ("The report's author, Dr Ann Vale, attributes the fall in overdose deaths to the shortage of cheap "
         "cocaine.", "to the shortage"),
    ],
)
def test_a_qualifier_and_a_needed_phrase_stay(text: str, kept: str) -> None:
    assert kept in compress(span(text), max_words=8)
