"""Headlines that keep what completes the news (a placing verb's phrase, what bounds a
"first", a name's own words, a coordinated outcome, in one tense), from the s9 blind
read. Every sentence here is invented: a look-alike of a shape the reader struck, and a
case each rule must keep."""

from __future__ import annotations

import copydesk.grounding.cuts  # noqa: F401  (registers the cut check the headlines use)


def _lead(text: str) -> tuple[str, str]:
    from copydesk.generate.headlines import plain_headline
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(text))
    h, seo = plain_headline(candidates(parsed)[0], parsed.analysis)
    return h.text, seo


def test_a_placing_verb_keeps_its_phrase() -> None:
    # Struck: "Four Burly Swedish Cops Put Their New York City Vacation" (cut before "on Hold"),
    # "Best Man Leaves Guests" (cut before "in tears").
    h, seo = _lead("Three burly Norwegian firefighters put their London holiday on hold to rescue a man who fell "
                   "onto the tracks at a Tube station.")
    assert h.endswith("on Hold") or "on Hold " in h, h
    assert not seo.endswith(("Holiday", "Put")), seo
    h, seo = _lead("A groom's younger brother left the wedding guests in tears with a moving rendition of an old "
                   "ballad at the reception in Sydney on Saturday.")
    assert "in Tears" in h and "in Tears" in seo, (h, seo)
    # kept: what a placing verb's object is left for is detail ("for the first time …" may go whole)
    h, _ = _lead("An elderly Syrian fisherman left his besieged village for the first time in three years to visit "
                 "his sister in a hospital in Damascus.")
    assert h.startswith("Elderly Syrian Fisherman Leaves His Besieged Village"), h
    # kept: another verb's trailing phrase still goes when the room is short
    h, _ = _lead("A groom's younger brother sang an old ballad for the wedding guests at the reception in a "
                 "packed hotel ballroom in central Sydney on Saturday night.")
    assert h.startswith("Groom's Younger Brother Sings Old Ballad"), h


def test_what_bounds_a_first_stays() -> None:
    # Struck: "…Are to Get First Officially Approved New Treatment" ("for a decade" dropped).
    h, _ = _lead("Scottish patients are to get the first officially approved new treatment for bowel cancer in "
                 "a decade.")
    assert h.endswith("in a Decade"), h
    h, _ = _lead("Unemployment in the region has reached its highest level for 20 years, figures show.")
    assert "for 20 Years" in h or not h, h
    # kept: a point in time with no "first" still goes
    h, _ = _lead("Scottish patients are to get a new treatment for bowel cancer in a hospital trial on Monday.")
    assert "Monday" not in h, h


def test_a_name_keeps_its_own_words() -> None:
    # Struck: "…Backing Mail" (The Mail on Sunday cut to a common noun).
    h, _ = _lead("The charity has welcomed the pledge, which backs The Mail on Sunday campaign for first-aid "
                 "lessons.")
    assert "Mail" not in h or "Mail on Sunday" in h, h
    h, _ = _lead("Labour has pledged to support the newspaper's campaign, backing The Independent on Sunday in "
                 "its call for lessons.")
    assert h.endswith("Backing the Independent on Sunday"), h
    # a sentence the segmenter split before the name is no headline ("Labour Pledges to Back")
    h, _ = _lead("Labour has pledged to back The Independent on Sunday campaign for first-aid lessons.")
    assert not h.endswith("Back"), h
    # kept: a day after a club is a time, and goes
    h, _ = _lead("Arsenal beat Chelsea on Sunday to go top of the league.")
    assert "Sunday" not in h, h


def test_a_coordinated_outcome_stays_in_one_tense() -> None:
    # Struck: "…Falls Asleep in Backseat of Car and Was Kidnapped" (two tenses); and the
    # outcome must not be the part that goes.
    h, _ = _lead("A woman fell asleep in the back seat of her car and was kidnapped by a man who stole the "
                 "vehicle in Ohio.")
    assert h.endswith("and Is Kidnapped") or "and Is Kidnapped " in h, h
    h, _ = _lead("A teenager was stabbed outside a nightclub and died in hospital in the early hours of Sunday.")
    assert "and Dies" in h, h
    # kept: a named agent is an actor, never trimmed off the second verb
    h, _ = _lead("A pensioner tripped on a kerb and was helped by Prince Harry.")
    assert h.endswith("Helped by Prince Harry"), h


def test_an_outlet_that_relayed_a_study_is_no_owner() -> None:
    # Struck: "…According to Health Day News" (a study credited to the outlet that relayed it).
    h, _ = _lead("A new study suggests that regular swimming may slow the ageing of the brain, according to "
                 "Wellness Daily News.")
    assert "According" not in h and "May Slow" in h, h
    # kept: the outlet's own report keeps its owner, with its name whole
    h, _ = _lead("British troops will leave Basra by the end of next year, according to The Times.")
    assert h.endswith("According to the Times"), h


def test_what_a_verb_of_seeing_caught_stays() -> None:
    # Struck: "NBC Journalist … Films Airport Worker at LaGuardia Airport" (the push-ups, the story, left out).
    h, seo = _lead("TV reporter Tom Smith filmed a baggage handler doing push-ups on the tarmac between flights at "
                   "Heathrow Airport in London on Tuesday.")
    assert "Doing Push-Ups" in h and seo.endswith("Doing Push-Ups"), (h, seo)
    # kept: another verb's participle clause on its object is detail that may go
    h, _ = _lead("Police arrested a man carrying a knife outside a primary school in the centre of the city of "
                 "Bristol on Monday afternoon after a tip-off from worried parents.")
    assert h.startswith("Police Arrest Man"), h


def test_a_stand_in_subject_takes_the_name_beside_it() -> None:
    # Struck: "Midlands City Tops League Table" (the story names the city in the next sentence).
    from copydesk.generate.headlines import plain_headline
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "The northern city has topped a national league table of wasp call-outs. Manchester council dealt with 7,000 "
        "wasp nests last year, more than any other in England. Manchester officials blamed the warm spring."))
    h, _ = plain_headline(candidates(parsed)[0], parsed.analysis)
    assert h.text.startswith("Manchester Tops National League Table"), h.text
    assert len(h.cites) == 2, h.cites
    # kept: a country is never "the city" ("Lima, Peru" … "Peruvian")
    parsed = parse(story_from_text(
        "On Monday the sky above Lima, Peru went dark. The city was blanketed by smoke from fires in the "
        "Peruvian Amazon. Fires in Peru have doubled this year."))
    h, _ = plain_headline(candidates(parsed)[1], parsed.analysis)
    assert not h.text.startswith("Peru "), h.text
    # kept: two names beside it, no way to tell which
    parsed = parse(story_from_text(
        "The northern city has topped a national league table of wasp call-outs. Officials dealt with 7,000 "
        "nests last year in Leeds and York. Leeds and York officials blamed the warm spring."))
    h, _ = plain_headline(candidates(parsed)[0], parsed.analysis)
    assert h.text.startswith("Northern City Tops"), h.text


def test_a_second_verb_keeps_its_own_phrase_and_the_tense() -> None:
    # "… and Ended Up" cut before where: the outcome's own phrase stays with it, in the present.
    h, seo = _lead("The pilot was shot down over Belgium and ended up in a German prison camp in the town of "
                   "Colditz near Leipzig during the war.")
    assert "and Ends Up in German Prison Camp" in h, h
    assert not seo.endswith("Up"), seo
    h, _ = _lead("Parents said school officials knew about the coach's behaviour and didn't do enough to stop it.")
    assert "Know" not in h or "Don't Do Enough" in h, h
    # kept: a second clause with a subject of its own is never trimmed into the headline
    h, _ = _lead("The government has expressed regret and promised an inquiry into how two children were killed "
                 "and several others were injured during a raid.")
    assert "Several Others" not in h, h


def test_a_second_future_verb_shares_the_to() -> None:
    h, _ = _lead("The cargo ship will leave the station on Friday and will burn up in the atmosphere over the Pacific.")
    assert "and Burn Up" in h and "Will" not in h, h


def test_every_verb_sharing_the_subject_is_in_the_headline_tense() -> None:
    # Seen on the dev pool: "… Apologises to Supporters and Promised to Hand Out …" (two tenses).
    h, _ = _lead("The football club has apologised to its fans and promised to hand out refunds for the match.")
    assert "Apologises" in h and "and Promises" in h, h
    h, _ = _lead("The midfielder emulated his hero and scored twice in the derby.")
    assert h.startswith("Midfielder Emulates His Hero and Scores Twice"), h
    h, _ = _lead("A second person was killed and several more were wounded in the attack.")
    assert "Killed and Several More Wounded" in h, h
    # kept: a past the sentence dates with "ago" stays past
    h, _ = _lead("The striker played for Derby on loan five years ago, the club confirmed.")
    assert "Played" in h and "Plays" not in h, h


def test_a_verb_after_a_relative_clause_is_not_the_subjects_act() -> None:
    # Seen on the ABC pool: "Foreign Minister Expresses Concern and Reportedly Confesses …" (the
    # confession was the arrested man's, across the relative clause).
    h, _ = _lead("The Trade Minister has voiced concern about a woman who was detained in Egypt and has reportedly "
                 "admitted to smuggling antiquities into France.")
    assert "Admits" not in h and "Admitted" not in h, h


def test_a_recent_ago_goes_and_the_verb_is_present() -> None:
    h, _ = _lead("The air force dropped a huge bomb into the mountains of the region two days ago.")
    assert h.startswith("Air Force Drops Huge Bomb") and "Ago" not in h, h


def test_a_race_named_from_place_to_place_is_whole() -> None:
    # Seen on the ABC pool: SEO "Handicap Winner of Melbourne Is Close to Being Decided" (the race cut to a city).
    h, seo = _lead("The handicap winner of the Sydney to Hobart Yacht Race is close to being decided.")
    assert "Sydney to Hobart Yacht Race" in h, h
    assert "Sydney Is" not in seo, seo
    # kept: a route after a verb is no name
    h, _ = _lead("The ferry sails from Dover to Calais twice a day during the summer season, the company said.")
    assert h.startswith("Ferry Sails from Dover to Calais"), h


def test_who_is_called_on_to_act_stays() -> None:
    # Seen on the ABC pool: SEO "Child Advocates Call to Step Down as Governor-General" (who is to step down?).
    _, seo = _lead("Church leaders have called on Professor Ian Marsh to resign as chancellor of the university in "
                   "the wake of the abuse scandal at one of its colleges.")
    assert not seo or "on Professor Ian Marsh" in seo or "on Ian Marsh" in seo, seo


def test_a_country_before_on_sunday_is_no_newspaper() -> None:
    # review s10: "England beat Scotland on Sunday" kept "on Sunday" as the paper "Scotland on Sunday"
    from copydesk.generate.headlines import _name_tail
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    for text, word, tail in [
        ("Wales beat Scotland on Sunday to win the title.", "on", False),
        ("The minister wrote in The Mail on Sunday that the plan would fail.", "on", True),
        ("The festival returns to Stratford-upon-Avon next summer.", "upon", True),
        ("The regatta was held at Henley-on-Thames last week.", "on", True),
    ]:
        doc = parse(story_from_text(text)).doc
        tok = next(t for t in doc if t.lower_ == word)
        assert _name_tail(tok) is tail, (text, [(t.text, t.pos_) for t in doc])


def test_a_span_bounds_only_the_first_its_own_phrase_holds() -> None:
    # review s10: "Last week the company said it had been losing money for years" held "for years"
    from copydesk.generate.headlines import _bounds_a_first
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    for text, word, bound in [
        ("Last week the bakery said it had been losing customers for years.", "for", False),
        ("Most tenants have rented their flats for 20 years.", "for", False),
        ("Unemployment in the region has reached its highest level for 20 years.", "for", True),
        ("The town recorded the most rain in 40 years.", "in", True),
    ]:
        doc = parse(story_from_text(text)).doc
        tok = next(t for t in doc if t.lower_ == word)
        assert _bounds_a_first(tok) is bound, (text, [(t.text, t.dep_, t.head.text) for t in doc])
