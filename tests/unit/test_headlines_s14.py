"""Headlines from the s14 blind read: the crime that makes someone news stays with them;
a future obligation or negation in plain words ("Must Pay", "Will Never"); no headline
from a participle the tagger read as a verb, from the writer's comment, nor one that ends
on a verb cut from its object or keeps a clause whose subject went. Every sentence here
is invented: a look-alike of a shape the reader struck, and a case each rule must keep."""

from __future__ import annotations

from test_headline_s13 import _headline, _lead

import copydesk.grounding.cuts  # noqa: F401  (registers the cut check the headlines use)


def test_the_offence_that_makes_the_subject_news_stays() -> None:
    # Struck: "Respected NatWest Bank Manager to Have to Pay Back Every Penny" (jailed for stealing, gone).
    h = _headline("A bank manager who was jailed for stealing from elderly customers will have to pay back every penny.")
    assert "Jailed for Stealing" in h and "Must Pay Back Every Penny" in h, h
    # kept: a relative clause that only says who someone is still goes when it must
    h = _headline("A retired teacher who has lived in the small coastal village of Port Isaac for more than forty "
                  "years has won the national lottery jackpot of eight million pounds.")
    assert "Lived" not in h and "Wins" in h, h


def test_future_obligation_and_negation_in_plain_words() -> None:
    h = _headline("The airline will have to refund every passenger on the cancelled flights.")
    assert h.startswith("Airline Must Refund"), h
    h = _headline("Chelsea striker Diego Costa will not play against Arsenal on Sunday.")
    assert "Will Not Play" in h and "to Not" not in h, h
    # kept: a plain future is still "to"
    h = _headline("The council will close the library in March.")
    assert "to Close Library" in h, h


def test_the_writers_comment_heads_no_page() -> None:
    from copydesk.generate.headlines import commentary

    c, _ = _lead("For those who have survived the floods, life will never be the same.")
    assert commentary(c.span)
    assert _headline("For those who have survived the floods, life will never be the same.") == ""
    # kept: a named or specific subject
    for text in ("Life insurer Aviva has cut 2,000 jobs.", "The problem facing the council is a shortage of money."):
        c, _ = _lead(text)
        assert not commentary(c.span), text


def test_participle_read_as_the_verb_makes_no_headline() -> None:
    from copydesk.generate.headlines import participle_as_verb

    # Struck: "Dancers Made Out of Old Car Parts and Designed by British Artist …" (a caption)
    text = "Robotic dancers made out of old car parts and designed by British artist Tom Bell perform in Berlin."
    c, _ = _lead(text)
    assert participle_as_verb(c.span)
    assert _headline(text) == ""
    # kept: a past tense with its object, and two past tenses
    for text in ("The artist made a robot out of old car parts.", "Police arrested and charged a man in Leeds."):
        c, _ = _lead(text)
        assert not participle_as_verb(c.span), text


def test_no_verb_left_without_its_object_or_subject() -> None:
    from copydesk.generate.headlines import _headline_words

    # Struck: "… Enjoys Poking Fun and Takes" (the second verb's object cut)
    c, _ = _lead("Belgian food blogger Marie Dubois enjoys poking fun at celebrity chefs and takes pictures of the "
                 "meals she cooks in her tiny kitchen in Brussels.")
    for limit in (40, 50, 60, 70, 90):
        got = _headline_words(c, limit, seo=True)
        if got is not None:
            assert got[0][-1].lower() not in {"takes", "and"}, got
    # Struck: "Enoch Gaver Killed in Fight Shot and Taken Into Custody" (the suspect, the second
    # clause's subject, cut)
    c, _ = _lead("Tom Baker was killed in the fight and suspect Jim Baker was shot and taken into custody by police.")
    for limit in (40, 50, 60, 70, 90):
        got = _headline_words(c, limit, seo=True)
        if got is not None:
            text = " ".join(got[0])
            assert not ("Fight" in text and "Shot" in text and "Suspect" not in text), text


def test_a_body_sheds_its_bare_members_only_when_it_must() -> None:
    # Struck (last resort): "A United Nations Panel of Judges in East Timor Has Found 10"
    h = _headline("A United Nations panel of judges in East Timor has found 10 militia gang members guilty of "
                  "crimes against humanity.")
    assert h == "United Nations Panel Finds 10 Militia Gang Members Guilty of Crimes Against Humanity", h
    # kept when it fits, and never a named or described membership
    assert _headline("A team of scientists has discovered a new species of frog.").startswith("Team of Scientists"), h


def test_a_conjunct_verb_keeps_its_and() -> None:
    from copydesk.generate.headlines import _headline_words

    # Struck: "Enoch Gaver Killed in Fight Shot and Taken Into Custody" (an SEO title)
    c, _ = _lead("Enoch Gaver, 21, was killed in the fight and suspect David Gaver, 28, was shot in the stomach "
                 "and taken into custody.")
    for limit in (50, 60, 70, 90):
        got = _headline_words(c, limit, seo=True)
        assert got is None or "Fight Shot" not in " ".join(got[0]).title(), got
    whole = _headline_words(c, 90)
    assert whole is not None and " ".join(whole[0]).endswith("and suspect David Gaver shot and taken into custody")
    # kept: plain coordinations
    assert _headline("Police arrested and charged a man in Leeds.") == "Police Arrest and Charge Man in Leeds"


def test_a_person_named_by_one_word_is_named_whole() -> None:
    import copydesk

    h = copydesk.enrich("Aston Villa manager Tim Sherwood has warned his players. Sherwood underlined the magnitude "
                        "of the game ahead of the showdown with Spurs. The match is on Sunday.").parts.headline
    assert h.text.startswith(("Tim Sherwood", "Aston Villa Manager Tim Sherwood")), h.text
    # kept: two people the word could be, the surname alone
    h = copydesk.enrich("Brothers Enoch Gaver and David Gaver went to the bar. Gaver threw the first punch in the "
                        "fight outside the bar. Police arrived later.").parts.headline
    assert "Enoch Gaver Throws" not in h.text and "David Gaver Throws" not in h.text, h.text
