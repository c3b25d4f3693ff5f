"""Reference resolution: a name is written in only when the story makes it unambiguous."""

from __future__ import annotations

import copydesk
from copydesk.generate.reference import standalone


def test_a_surname_is_introduced_by_the_full_name_the_story_gives() -> None:
    a = copydesk.enrich("Nicole Daedone founded the company in 2001. Critics say the practice is exploitative. "
                        "Daedone said the sessions help women.")
    r = standalone("Daedone said the sessions help women.", 2, "s3", a.analysis)
    assert r is not None and r.text.startswith("Nicole Daedone said") and "s1" in r.cites


def test_a_surname_two_people_share_is_left_as_written() -> None:
    # Seen in a blind read: "Giggs" answers about Rhodri were written as "Ryan Giggs".
    a = copydesk.enrich("Rhodri Giggs, 37, was banned from driving. His brother Ryan Giggs played for "
                        "Manchester United. Giggs was fined £110 in court.")
    r = standalone("Giggs was fined £110 in court.", 2, "s3", a.analysis)
    assert r is not None and r.text == "Giggs was fined £110 in court."


def test_a_pronoun_is_not_named_when_he_and_she_are_both_in_play() -> None:
    a = copydesk.enrich("Jamie Silvonek, 14, and Caleb Barnes, 20, were charged on Monday. Barnes told police he "
                        "stabbed the woman. He confessed and she admitted she was there when he did it.")
    assert standalone("He confessed and she admitted she was there when he did it.", 2, "s3", a.analysis) is None


def test_a_group_word_read_as_a_surname_is_never_expanded() -> None:
    import copydesk

    a = copydesk.enrich(
        "The Prime Minister this morning faced criticism, as Tory donors rounded on the party's message. "
        "The Tories have nudged ahead in the polls. "
        "Boris Johnson has distanced himself from the claims Multimillionaire Tory donor Peter Hall, who has given "
        "almost £600,000 to the Tory party since 2005, meanwhile has criticised the campaign."
    )
    for claim in a.parts.synopsis:
        assert "Multimillionaire" not in claim.text or "Peter Hall" in claim.text, claim.text


def test_an_age_descriptor_becomes_the_one_person_of_that_age() -> None:
    import copydesk

    a = copydesk.enrich(
        "Police questioned Ukip candidate Kim Rose, 57, over sausage rolls handed out at a party event. "
        "The 57-year-old has criticised the absolutely ridiculous investigation after he was told he will face no "
        "further action. Officers said the case was closed."
    )
    texts = [c.text for _, c in a.parts.claims()]
    assert any("Rose has criticised" in t for t in texts), texts
    assert not any(t.startswith("The 57-year-old") for t in texts)
    # Two people of that age: nobody is named.
    b = copydesk.enrich(
        "Kim Rose, 57, and John Smith, 57, were questioned by police over food handed out at a party event. "
        "The 57-year-old has criticised the absolutely ridiculous investigation into the party event. "
        "Officers said the case was closed."
    )
    assert not any("Rose has criticised" in c.text or "Smith has criticised" in c.text for _, c in b.parts.claims())


def test_a_possessive_in_an_opening_phrase_points_forward_to_the_subject() -> None:
    # Seen in a blind read: the backstory "in her 2008 campaign, Clinton did not support
    # gay marriage" was refused as an unnamed "her".
    a = copydesk.enrich("Hillary Clinton launched her campaign on Sunday. Supporters cheered the video. "
                        "In her 2008 campaign, Clinton did not support gay marriage.")
    r = standalone("In her 2008 campaign, Clinton did not support gay marriage.", 2, "s3", a.analysis)
    assert r is not None and "Clinton did not support" in r.text
    # A possessive before a phrase with no name after it still leans on someone unnamed.
    assert standalone("In her 2008 campaign, the senator did not support gay marriage.", 2, "s3", a.analysis) is None


def test_a_revealed_that_opening_is_an_expletive_it() -> None:
    from copydesk.generate.reference import leans

    assert not leans("It can now be revealed that the editor was found guilty of bribing officials.")
    assert not leans("It has emerged that the club paid £12,000 for the coaches.")
    assert leans("It was found guilty of bribing officials.")
    assert not leans("This year, Canadians plan to spend $508 on prom.")
    assert leans("This was the third time the club had been fined.")


def test_a_person_noun_is_clear_after_a_text_that_names_one_person() -> None:
    from copydesk.generate.reference import leans

    text = "The man, from Todabhim, is accused of assaulting the woman and is being held in custody."
    assert leans(text)
    assert leans(text, context="Police questioned two men.")
    assert not leans(text, context="The driver, known as Salim, is alleged to have assaulted a tourist.", one_person=True)
    assert leans("The decision was criticised.", context="Salim was arrested.", one_person=True)


def test_a_pronoun_after_the_sentences_own_described_subject_is_that_subject() -> None:
    # Seen in a blind read: "One academic told the authors how she had been plunged …" was
    # written as "how Chi Onwurah had been plunged …", naming the MP instead of the academic.
    a = copydesk.enrich("Casual contracts leave university staff feeling like second-class citizens, a report claims. "
                        "Chi Onwurah, the Labour MP for Newcastle Central, is supporting the report. "
                        "One academic told the authors how she had been plunged into a six-month teaching contract "
                        "without an interview.")
    text = ("One academic told the authors how she had been plunged into a six-month teaching contract "
            "without an interview.")
    r = standalone(text, 2, "s3", a.analysis)
    assert r is not None and r.text == text
    # A group is no "she": the name is still written in.
    b = copydesk.enrich("Nicole Daedone founded the company in 2001. Police said she fled the country on Monday.")
    r = standalone("Police said she fled the country on Monday.", 1, "s2", b.analysis)
    assert r is not None and "Nicole Daedone fled" in r.text


def test_a_pronoun_chain_through_the_speakers_quotes_reaches_the_name() -> None:
    # Invented look-alike of a wire story: the name, then "he said" and first-person
    # quotes naming nobody, then "He says …" — still the one person named.
    a = copydesk.enrich(
        "The selectors named their squad on Monday. Fast bowler Tom Acre begs to differ. "
        '"I felt great in myself, the rhythm is back," he said. '
        '"It would have been nice to get a few more wickets." '
        "He says the two sides are level, but the visitors have more to prove."
    )
    r = standalone("He says the two sides are level, but the visitors have more to prove.", 4, "s5", a.analysis)
    assert r is not None and r.text.startswith("Tom Acre says"), r
    assert "s2" in r.cites


def test_a_pronoun_does_not_reach_past_unrelated_sentences() -> None:
    a = copydesk.enrich(
        "Fast bowler Tom Acre was named in the squad. The ground was sold out. Rain is forecast for the weekend. "
        "Ticket prices rose by ten per cent. He says the two sides are level."
    )
    assert standalone("He says the two sides are level.", 4, "s5", a.analysis) is None


def test_a_reported_that_pointing_back_leans() -> None:
    from copydesk.generate.reference import leans

    assert leans("Mr Truss says that will mean a tough year for farmers.")
    assert not leans("Mr Truss says that farmers will face a tough year.")


def test_that_figure_takes_the_one_number_the_sentence_before_gives() -> None:
    a = copydesk.enrich("New figures show deaths from drug use fell last year. According to the statistics office, "
                        "1,570 people died from drug related causes in 2000. That figure is a substantial drop from "
                        "1999 when 1,740 people died.")
    r = standalone("That figure is a substantial drop from 1999 when 1,740 people died.", 2, "s3", a.analysis)
    assert r is not None and r.text.startswith("The figure of 1,570 is"), r
    assert "s2" in r.cites
    b = copydesk.enrich("Police counted 40 arrests and 12 injuries. That figure is the highest in years.")
    assert standalone("That figure is the highest in years.", 1, "s2", b.analysis) is None  # two numbers: which?


def test_openers_that_point_back_lean() -> None:
    from copydesk.generate.reference import leans

    assert leans("Since then the young South Australian has won four titles.")
    assert leans("The key to all this is the army's reaction.")
    assert leans("Named the International Security Force, it will be based in the capital.")
    assert not leans("Named after his grandfather, Tom Acre was born in 1990.")
    assert not leans("Famished and queuing, these families wait for bread.", lead=True)


def test_a_body_speaks_of_itself_as_it_and_a_person_does_not() -> None:
    from copydesk.generate.reference import leans, speaker_is_antecedent

    assert not leans("The State Fire Service says it has received 3,000 calls for help since the storm.")
    assert not leans("Police say they have arrested two men over the robbery.")
    assert not leans("The Harbour Authority (HA) says it will reopen the wharf.")
    assert leans("Mr Tran said they were wrong to close the school.")  # "they" is someone else
    assert leans("A study has found it may slow the disease.")  # a document is no speaker
    assert leans("The council insists it is a legitimate levy.")  # "it is a …" describes another thing
    assert speaker_is_antecedent("they", "Mia Cole and Lars Berg")
    assert not speaker_is_antecedent("it", "The report")


def test_a_reported_expletive_it_stands_alone_but_a_pointing_it_does_not() -> None:
    from copydesk.generate.reference import leans

    assert not leans("The ministry says it will be a couple of weeks before the inquiry reports.", lead=True)
    assert not leans("It could be 48 hours before tests confirm whether the virus has spread.")
    assert leans("Economist Ria Paul says it is the third fall in a row.")


def test_both_and_two_names_is_no_pointer_and_an_opening_phrase_then_they_is() -> None:
    from copydesk.generate.reference import leans

    assert not leans("Both Mia Cole and Lars Berg denied making any mistakes.")
    assert leans("Both were arrested at the scene.")
    assert leans("In recent meetings, they have suspended two members.")
    assert not leans("In the north, it appears the worst of the flooding has passed.")


def test_they_is_written_as_the_plural_subject_before_it() -> None:
    from copydesk.generate.reference import write_in_they
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "Three Swiss tour guides were convicted of manslaughter in Interlaken on Friday. "
        "They have been given suspended jail sentences of up to five months. "
        "Guards stopped two men at the harbour gate on Saturday night. "
        "They were released without charge after questioning by police."))
    cands = {c.index: c for c in candidates(parsed)}
    text, at = write_in_they(cands[1].sentence.text, cands[1].span, 1, parsed.analysis)
    assert text.startswith("The three Swiss tour guides have been given") and at == "s1"
    text, at = write_in_they(cands[3].sentence.text, cands[3].span, 3, parsed.analysis)
    assert at is None and text.startswith("They")  # the object "two men" competes with "Guards"


def test_a_second_reference_is_the_surname_and_drops_a_repeated_description() -> None:
    from copydesk.generate.reference import second_reference

    a = copydesk.enrich("Jason Smith, 42, sent abusive messages to his former partner. Jason Smith, 42, was jailed "
                        "for 12 weeks at Leeds Crown Court. Smith admitted harassment. Staff at Queen Elizabeth "
                        "Hospital treated the woman.")
    first, second = a.analysis.sentences[0].text, a.analysis.sentences[1].text
    assert second_reference(second, first, a.analysis) == "Smith was jailed for 12 weeks at Leeds Crown Court."
    # A description the reader has not read yet stays; a name not yet given stays whole.
    assert second_reference("Jason Smith, of Leeds, wept.", first, a.analysis) == "Smith, of Leeds, wept."
    assert second_reference(second, "A man was jailed.", a.analysis) == second
    # Inside a longer name, never cut.
    assert second_reference("Queen Elizabeth Hospital staff said so.", "Queen Elizabeth Hospital treated her.",
                            a.analysis) == "Queen Elizabeth Hospital staff said so."


def test_a_name_the_story_never_shortens_keeps_its_full_form() -> None:
    from copydesk.generate.reference import second_reference

    a = copydesk.enrich("Osama bin Laden was seen on a new tape. In the tape, Osama bin Laden praised the attack.")
    text = a.analysis.sentences[1].text
    assert second_reference(text, a.analysis.sentences[0].text, a.analysis) == text


def test_others_and_here_point_back_but_others_naming_theirs_does_not() -> None:
    from copydesk.generate.reference import leans

    assert leans("Others say the tablets feed the hair from the inside.")
    assert leans("Here, Dr Anna Pike offers her verdict on the trend.")
    assert not leans("Others including the mayor, Tom Reed, say the plan is too costly.")
    assert not leans("Here is what the council decided on Monday.")


def test_a_definite_owner_no_earlier_text_names_leans_unless_an_organisation_is_named() -> None:
    a = copydesk.enrich("Radio Clyde has named Mark Dunn as its new breakfast host. Dunn, 44, joins from a rival. "
                        "He admitted the station's top job would test him.")
    text = "Dunn admitted the station's top job would test him."
    assert standalone(text, 2, "s3", a.analysis) is None
    assert standalone(text, 2, "s3", a.analysis, context="Radio Clyde has named Mark Dunn as its host.") is not None


def test_a_pointing_word_after_an_opening_adverb_leans() -> None:
    from copydesk.generate.reference import leans

    # Seen in a blind read: "Unfortunately, that means defendants have an incentive …".
    assert leans("Unfortunately, that means buyers have an incentive to wait.")
    assert leans("Later, they were released without charge.")
    assert not leans("However, it is thought the fire was started deliberately.")
    assert not leans("Sadly, this year the festival was cancelled for lack of funds.")
    assert leans("Yesterday it was a green raincoat, and this time around it is a striped skirt.")
    assert not leans("Yesterday it was announced that the plant would close.")


def test_a_described_person_only_an_earlier_sentence_names_leans() -> None:
    from copydesk.generate.reference import leans

    # Seen in a blind read: "Where the mother-of-six wore cheek prosthetics …", the actress never named.
    assert leans("Where the mother-of-six wore a wig for the role, the student used make-up alone.",
                 context="Student Mia Lo has turned herself into a film villain with make-up.")
    assert leans("Police said the 39-year-old was arrested at his home.", context="A man was held on Friday.")
    assert not leans("Police said the 39-year-old was arrested at his home.", context="Tom Hale was held on Friday.",
                     one_person=True)
    assert not leans("A spokesman says the man was arrested when he left his ward.",
                     context="Soldiers arrested a wounded fighter.")  # the lead's "a fighter" is the man


def test_a_reported_it_after_told_leans() -> None:
    from copydesk.generate.reference import leans

    assert leans("The minister has told Channel Nine it should not be dismissed.")
    assert not leans("Police told the BBC they had arrested two men.")  # a body of people speaks of itself


def test_a_bare_quantifier_subject_is_found_and_a_counted_one_is_not() -> None:
    from copydesk.generate.reference import bare_quantifier_subject
    from copydesk.generate.select import candidates
    from copydesk.ingest import read_story
    from copydesk.nlp.analyse import parse

    texts = ["One took place outside the French embassy in London last year.",
             "Several remain missing after the storm hit the coast.",
             "One of the men was deported to Spain in 2010.",
             "Two suspects were arrested at a house in Leeds.",
             "The six were arrested on Sunday in Leeds and York."]
    cands = candidates(parse(read_story(" ".join(texts))))
    assert [bare_quantifier_subject(c.span) for c in cands] == [True, True, False, False, False]


def test_the_magazines_needs_a_magazine_the_story_names() -> None:
    # Seen in a blind read: "the magazine's regular feature" after the magazine's name was cut.
    a = copydesk.enrich("Actress Jo Reed says the Duchess of Kent is a modern heroine. "
                        "Reed was writing in Glow magazine. "
                        "Her comments appeared in the magazine's regular column on style.")
    text = "Reed's comments appeared in the magazine's regular column on style."
    assert standalone(text, 2, "s3", a.analysis, context="Actress Jo Reed says the Duchess of Kent is a modern heroine.") is None
    assert standalone(text, 2, "s3", a.analysis, context="Jo Reed was writing in Glow magazine.") is not None


def test_a_leads_own_described_subject_carries_its_pronoun() -> None:
    # Seen in the tuning pool: "A midwife has today accepted her mistakes …" was refused as
    # leaning, and the synopsis opened on "She also declined to send a lawyer".
    a = copydesk.enrich("A landlady has admitted her errors contributed to the death of a guest at a city hotel. "
                        "Jane Moss refused to attend the hearing in Leeds. "
                        "The panel was told the hotel had failed three safety checks.")
    assert standalone(a.analysis.sentences[0].text, 0, "s1", a.analysis) is not None
    # Not past the lead: a later "her" still needs the one person it stands for.
    assert standalone("The panel said her errors were grave.", 2, "s3", a.analysis) is None or \
        "Moss" in str(standalone("The panel said her errors were grave.", 2, "s3", a.analysis))


def test_a_surname_keeps_its_particle() -> None:
    from copydesk.generate.reference import surname

    assert surname("Omar bin Rashid") == "bin Rashid"
    assert surname("Anna van der Berg") == "van der Berg"
    assert surname("Tom Baker") == "Baker"
    assert surname("Baker") == "Baker"


def test_a_second_reference_never_changes_the_words_inside_a_quotation() -> None:
    import copydesk
    from copydesk.generate.reference import second_reference

    a = copydesk.enrich(
        "Hundreds of fans held a vigil in the hometown of the late singer Tom Baker on Friday. "
        "\"We are here in memory of Tom Baker, a true son of the city,\" the mayor said. "
        "Baker died last week. Tom Baker was honoured with a minute's silence.")
    context = "Hundreds of fans held a vigil in the hometown of the late singer Tom Baker on Friday."
    out = second_reference("\"We are here in memory of Tom Baker, a true son of the city,\" the mayor said. "
                           "Tom Baker was honoured with a minute's silence.", context, a.analysis)
    assert "memory of Tom Baker, a true son" in out, out
    assert out.endswith("Baker was honoured with a minute's silence.") and ". Tom Baker was" not in out, out


def test_a_condition_on_that_or_this_leans_on_the_sentence_before() -> None:
    from copydesk.generate.reference import leans

    assert leans("Professor Ann Lee says if that happens, rivers would rise by two metres.")
    assert leans("When this goes ahead, fares will double.")
    # Kept: "this" or "that" as a determiner, a condition with its own subject.
    assert not leans("Professor Ann Lee says if this year's rains fail, rivers would fall.")
    assert not leans("If the dam fails, rivers would rise by two metres, Professor Ann Lee says.")


def test_a_surname_with_a_particle_is_introduced_whole() -> None:
    # review s10: "praised van Persie" → "praised van Robin van Persie"
    a = copydesk.enrich("Dirk van Houten joined the club from Ajax in 2019. Fans have criticised the signing. "
                        "The coach praised van Houten after the match.")
    r = standalone("The coach praised van Houten after the match.", 2, "s3", a.analysis)
    assert r is None or "van Dirk" not in r.text, r.text
    assert r is None or r.text.count("van") == 1, r.text


def test_a_quotation_with_an_apostrophe_or_no_close_is_still_a_quotation() -> None:
    # review s10: "“We will remember John’s old friend George Harrison today,” …" — Harrison shortened in the quote
    import copydesk
    from copydesk.generate.reference import _unquoted, second_reference

    a = copydesk.enrich(
        "Hundreds of fans gathered outside the studio of the late drummer Tom Baker on Friday. "
        "“We are here for Anna’s old friend Tom Baker today,” the mayor said. "
        "Baker died last week. Tom Baker was honoured with a minute’s silence.")
    context = "Hundreds of fans gathered outside the studio of the late drummer Tom Baker on Friday."
    out = second_reference("“We are here for Anna’s old friend Tom Baker today,” the mayor said. "
                           "Tom Baker was honoured with a minute’s silence.", context, a.analysis)
    assert "old friend Tom Baker today" in out, out
    assert out.endswith("Baker was honoured with a minute’s silence.") and ". Tom Baker was" not in out, out
    # an opening quote never closed runs to the end; a closed one ends at its mark
    assert _unquoted("He said “we will go on").strip() == "He said"
    assert _unquoted("“Go,” he said.").endswith(" he said.")


def test_a_condition_whose_event_is_in_its_own_sentence_leans_on_nothing() -> None:
    # review s10: "… could collapse within decades, and if that happens sea levels would rise" leaned
    from copydesk.generate.reference import leans, points_back

    s = "Experts fear the dam could burst within weeks, and if that happens the valley would flood."
    assert not leans(s) and not points_back(s)
    # kept: only a speech frame before it, or the condition opening the line; the inverted form too
    assert points_back("Professor Ann Lee warns that if that happens, rivers would rise by two metres.")
    assert points_back("Should that happen, fares will double.") and leans("Should that be the case, fares will double.")
