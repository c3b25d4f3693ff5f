"""Point of view: Axios-style labels, each over a sentence whose role fits, or nothing."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from test_takeaways import BRIDGE, tuning_rows

from copydesk.contract import TEMPLATE_WORDS, VIEWPOINT_LABELS
from copydesk.generate.roles import NOT_UNTIL, outlook
from copydesk.generate.select import candidates
from copydesk.generate.synopsis import synopsis_sources
from copydesk.generate.takeaways import Bullet, balanced, upcoming
from copydesk.generate.viewpoint import beside_viewpoint as takeaways
from copydesk.generate.viewpoint import fits, list_debris, viewpoint
from copydesk.ingest import story_from_text
from copydesk.nlp.analyse import parse

ROLE = {
    "Why it matters": "significance", "The backstory": "background", "What's next": "next",
    "The other side": "other_side", "By the numbers": "numbers",
}


def _split(text: str) -> tuple[str, str]:
    label, _, body = text.partition(": ")
    return label, body


def _run(text: str, published: date | None = None) -> tuple[Any, Any, list[str], Any]:
    parsed = parse(story_from_text(text, published=published))
    a = parsed.analysis
    cands = candidates(parsed)
    sources = synopsis_sources(cands, a)
    sids = [c.id for c, _ in sources]
    tks = takeaways(cands, a, synopsis_ids=sids)
    used = sids + [c for t in tks for c in t.claim.cites]
    return a, cands, used, viewpoint(cands, a, main=sources[0][0] if sources else None, used_ids=used)


@pytest.fixture(scope="module")
def outputs() -> list[tuple[Any, Any, list[str], Any]]:
    return [_run(row["text"]) for row in tuning_rows()]


def test_template_words_are_only_the_labels() -> None:
    assert "centres" not in TEMPLATE_WORDS and "context" not in TEMPLATE_WORDS
    assert {"why", "it", "matters", "backstory", "next", "numbers"} <= TEMPLATE_WORDS


def test_labels_counts_and_kind(outputs: list[Any]) -> None:
    nonempty = 0
    for _, _, _, vp in outputs:
        labels = [_split(c.text)[0] for c in vp]
        # 1–4 (a lone key figure included: blind readers struck an absent point of view
        # on stories that had one more often than a short one).
        assert 0 <= len(vp) <= 4
        assert all(label in VIEWPOINT_LABELS for label in labels), labels
        assert len(set(labels)) == len(labels)
        assert all(c.kind == "analysis" and c.cites for c in vp)
        nonempty += bool(vp)
    # Left out unless two sentences fit (first pick of them, before the takeaways).
    assert nonempty >= 6


def test_each_label_fits_its_sentence_and_no_sentence_is_reused(outputs: list[Any]) -> None:
    for analysis, cands, used, vp in outputs:
        by_id = {c.id: c for c in cands}
        for claim in vp:
            label, body = _split(claim.text)
            assert body and body[0] == body[0].upper(), claim.text  # the capital stays
            assert "centres on" not in body and not body.startswith("Context")
            assert balanced(body)
            sources = [by_id[s] for s in claim.cites if s in by_id and s not in used]
            assert sources, f"only used sentences behind {claim.text}"
            assert any(c.roles.has(ROLE[label]) for c in sources), claim.text
            if label == "What's next":
                assert any(upcoming(c, analysis) or outlook(c.span) or NOT_UNTIL.search(c.sentence.text)
                           or "prepared to" in c.sentence.text for c in sources), claim.text


def test_bridge_story() -> None:
    analysis, cands, used, vp = _run(BRIDGE, published=date(2025, 11, 3))
    labels = dict(_split(c.text) for c in vp)
    assert 2 <= len(vp) <= 4
    assert set(labels) <= set(VIEWPOINT_LABELS)
    if "What's next" in labels:
        assert "next week" in labels["What's next"] or "will" in labels["What's next"]


def test_whats_next_never_over_a_past_event_and_backstory_over_a_dated_one() -> None:
    text = (
        "Shares in Harlow Motors fell 12% on Wednesday after the carmaker cut its profit forecast for the year. "
        "The company said a shortage of chips had halted two of its assembly lines in October. "
        "Harlow was expected to report record sales this autumn, analysts at Barclays said. "
        "The firm last cut its forecast in 2019, when a fire closed its largest plant for six months. "
        "Chief executive Tom Reid will present a recovery plan to investors on December 4. "
        "Unions said the cuts could cost 2,000 jobs at the Harlow plant alone."
    )
    analysis, cands, used, vp = _run(text, published=date(2025, 11, 5))
    by_id = {c.id: c for c in cands}
    for claim in vp:
        label, body = _split(claim.text)
        if label == "What's next":
            assert "was expected" not in body and "fell" not in body
            assert any(upcoming(by_id[s], analysis) for s in claim.cites if s in by_id)
        if label == "The backstory":
            assert "2019" in body or "last" in body


def test_left_out_when_nothing_fits() -> None:
    text = (
        "A pet tortoise called Speedy has been found in a garden two streets from his home. "
        "The tortoise went missing from the house in Leeds after a gate was left open. "
        "Neighbours spotted him eating lettuce under a hedge and called his owners. "
        "His owners said they were delighted to have him back."
    )
    _, _, _, vp = _run(text, published=date(2025, 11, 5))
    assert vp == ()


def test_yield_on_a_fixed_set_of_tuning_stories(outputs: list[Any]) -> None:
    """The first 20 tuning stories: a point of view in at least 5 (5 measured; 2 before
    the earlier-year, court-date and key-count fits)."""
    assert sum(bool(vp) for _, _, _, vp in outputs[:20]) >= 5


def test_no_list_number_and_no_past_event_under_whats_next(outputs: list[Any]) -> None:
    for analysis, cands, _, vp in outputs:
        by_id = {c.id: c for c in cands}
        for claim in vp:
            label, body = _split(claim.text)
            assert not list_debris(body), claim.text
            if label == "What's next":
                assert not re.search(r"\b(?:was|were|had been) (?:expected|due|set) to\b", body), claim.text
                assert any(fits(label, by_id[s], Bullet(by_id[s], body, claim.cites), analysis)
                           for s in claim.cites if s in by_id), claim.text


def test_list_debris_and_trivial_future() -> None:
    assert list_debris("Manny's favourite snack have bet $1m on him 7.")
    assert not list_debris("He hopes to return for the visit to Arsenal on May 11.")
    assert not list_debris("The Rhinos lost 29-10 at home and trailed at 14.")


def test_first_such_case_why_and_trivial_future_not_next() -> None:
    text = (
        "Keith Allen, 34, appeared in Franklin County Municipal Court on Tuesday and was released on bond. "
        "Franklin County prosecutors marked the first time that the office has charged an adult under the new law. "
        "Allen will face a hearing on May 12, the court said. "
        "Manny will only drink hot or room temperature water."
    )
    parsed = parse(story_from_text(text, published=date(2015, 4, 16)))
    a = parsed.analysis
    by_id = {c.id: c for c in candidates(parsed)}

    def fit(label: str, sid: str) -> bool:
        c = by_id[sid]
        return fits(label, c, Bullet(c, c.sentence.text, (sid,)), a)

    assert fit("Why it matters", "s2")
    assert fit("What's next", "s3")
    assert not fit("What's next", "s4")


def test_a_fixture_in_the_present_tense_is_still_to_come() -> None:
    from copydesk.generate.roles import fixture
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    assert fixture(nlp("Spain host Slovakia in September in a match that could decide the group.")[:])
    assert fixture(nlp("The band play Glasgow on Friday.")[:])
    assert not fixture(nlp("Arsenal beat Burnley on Saturday.")[:])
    assert not fixture(nlp("He plays tennis every day.")[:])



def test_a_sporting_denial_is_no_other_side() -> None:
    from copydesk.generate.roles import rebuttal
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    assert not rebuttal(nlp("Former Valencia striker Aritz Aduriz denied his old team victory with a late equaliser.")[:])
    assert not rebuttal(nlp("Federer defended his title at Wimbledon.")[:])
    assert rebuttal(nlp("Mr Norman denied any wrongdoing in a statement.")[:])
    assert rebuttal(nlp("The company rejected the claims as nonsense.")[:])


def _fits(label: str, text: str, opening: str, written: str | None = None) -> bool:
    """Whether the sentence of ``text`` that opens with ``opening`` may carry ``label``
    (as ``written``, else as it stands)."""
    parsed = parse(story_from_text(text))
    c = next(c for c in candidates(parsed) if c.sentence.text.startswith(opening))
    return fits(label, c, Bullet(c, written or c.sentence.text, (c.id,)), parsed.analysis)


def test_a_possessive_year_and_a_did_not_past_make_a_backstory() -> None:
    text = ("A gay rights group endorsed Hillary Clinton for president on Monday. The group said she was the best "
            "candidate for the job. Clinton announced her support for gay marriage in 2013. "
            "However, in her 2008 campaign, Clinton did not support gay marriage. Her campaign video appeared on "
            "Sunday in 2015.")
    assert _fits("The backstory", text, "However",
                 "In her 2008 campaign, Hillary Clinton did not support gay marriage.")


def test_plans_held_as_the_object_are_what_comes_next() -> None:
    text = ("A two-year-old boy fell into the cheetah exhibit at a zoo on Saturday. He suffered minor injuries. "
            "The zoo has plans to press child endangerment charges against the family on Monday.")
    assert _fits("What's next", text, "The zoo has plans")


def test_a_present_clause_pointing_forward_and_a_could_become_consequence_fit_their_labels() -> None:
    text = ("Thousands of university staff are on casual contracts, a union report claims. Universities said they had "
            "reduced the number of zero-hours contracts. The findings come amid long-running industrial action over "
            "pensions and pay, with further strikes on the cards later this year. Researchers said the malware could "
            "become a serious threat if its operators start targeting broader groups of users.")
    assert _fits("What's next", text, "The findings")
    assert _fits("Why it matters", text, "Researchers")


def test_whats_next_takes_the_future_clause_of_a_synopsis_sentence() -> None:
    import copydesk

    a = copydesk.enrich(
        "Industrial action will hit three of the country's biggest banks over the next two days. "
        "Staff at Northbank and Eastern Savings are striking today for 24 hours, while workers at Coast Bank "
        "will walk out tomorrow. The union's Ann Derry says the strike is not just about pay. "
        "Northbank's Tom Lord says the action is unjustified and branches will stay open.")
    nexts = [v.text for v in a.parts.viewpoint if v.text.startswith("What's next:")]
    synopsis = " ".join(c.text for c in a.parts.synopsis)
    assert "Coast Bank will walk out tomorrow" in synopsis, synopsis
    assert nexts == ["What's next: Workers at Coast Bank will walk out tomorrow."], nexts


def test_a_future_clause_that_only_repeats_the_verb_before_it_is_not_whats_next() -> None:
    # "… while workers at Coast Bank will follow suit tomorrow": on its own the clause
    # no longer says what they will do (the cut check calls it a fragment).
    import copydesk

    a = copydesk.enrich(
        "Industrial action will hit three of the country's biggest banks over the next two days. "
        "Staff at Northbank and Eastern Savings are striking today for 24 hours, while workers at Coast Bank "
        "will follow suit tomorrow. The union's Ann Derry says the strike is not just about pay. "
        "Northbank's Tom Lord says the action is unjustified and branches will stay open.")
    assert not [v.text for v in a.parts.viewpoint if "follow suit" in v.text]
    assert all(s.supported for s in a.grounding.supports if s.ref.startswith("viewpoint"))


def test_a_step_still_to_be_taken_is_upcoming() -> None:
    from copydesk.generate.takeaways import _PENDING

    assert _PENDING.search("The treaty must first be ratified by the parliament.")
    assert _PENDING.search("The deal has yet to be approved by regulators.")
    assert not _PENDING.search("The treaty was ratified by the parliament in 2003.")


def test_a_lone_figure_or_a_named_speakers_dated_next_step_is_a_point_of_view() -> None:
    from copydesk.generate import takeaways as T
    from copydesk.generate.select import candidates
    from copydesk.generate.viewpoint import _alone_worthy, _fits_next
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    assert _alone_worthy({"By the numbers": object()})  # type: ignore[dict-item]
    parsed = parse(story_from_text(
        "The yacht club has penalised the crew. \"We'll consider further legal action next week,\" Mr Tom Acre said. "
        "\"We'll consider further legal action next week,\" he said."))
    cands = candidates(parsed)
    named, unnamed = cands[1], cands[2]
    bn = T.prepare(named, parsed.analysis)
    assert bn is not None and _fits_next(named, bn, parsed.analysis), bn
    bu = T.prepare(unnamed, parsed.analysis)
    assert bu is None or not _fits_next(unnamed, bu, parsed.analysis)


def test_a_reported_forecast_keeps_its_owner_as_whats_next() -> None:
    from copydesk.generate import takeaways as T
    from copydesk.generate.select import candidates
    from copydesk.generate.viewpoint import _fits_next
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "Union members walked off the job at three plants on Monday. "
        "Union leader Ann Berry says members will decide by secret ballot next week whether to step up the strike."))
    c = candidates(parsed)[1]
    b = T.prepare(c, parsed.analysis)
    assert b is not None and b.text.startswith("Union leader Ann Berry says")
    assert _fits_next(c, b, parsed.analysis)


def _labelled(text: str) -> list[tuple[str, Any]]:
    """Each candidate's prepared statement with the labels it fits."""
    from copydesk.generate import takeaways as T
    from copydesk.generate.viewpoint import ORDER

    parsed = parse(story_from_text(text))
    out = []
    for c in candidates(parsed):
        b = T.prepare(c, parsed.analysis)
        out.append(([label for label, fit in ORDER if b is not None and fit(c, b, parsed.analysis)], b))
    return out


def test_an_outlook_a_forecast_and_a_date_not_yet_reached_are_whats_next() -> None:
    rows = _labelled(
        "The rebel army has been driven out of the northern hills after a week of fighting. "
        "Military analysts warn the rebels could regroup across the border within weeks. "
        "Police in the capital say it is likely more raids will be launched against the group. "
        "The weather office is forecasting heavy rain for the region next week. "
        "New elections are not scheduled until March, leaving the caretaker cabinet in charge. "
        "The caretaker cabinet will not help the farmers, the union says.")
    assert "What's next" in rows[1][0], rows[1]
    assert "What's next" in rows[2][0], rows[2]
    assert "What's next" in rows[3][0], rows[3]
    assert "What's next" in rows[4][0], rows[4]
    assert "What's next" not in rows[5][0], rows[5]  # a future that will not happen is no next step


def test_a_month_named_may_is_no_outlook_and_a_past_possibility_is_none() -> None:
    from copydesk.generate.roles import outlook

    parsed = parse(story_from_text(
        "The board has approved the merger of the two banks. "
        "New rules which came into effect last May allow directors to retire early. "
        "The fire could have been started by a discarded cigarette, investigators believe."))
    cands = candidates(parsed)
    assert not outlook(cands[1].span)
    assert not outlook(cands[2].span)


def test_backstory_from_an_earlier_cue_on_the_main_clause_only() -> None:
    rows = _labelled(
        "Troops from both countries exchanged fire along the border on Sunday. "
        "Military tensions have soared since the bombing, with both sides massing troops along the frontier. "
        "Former general Omar Diaz ruled the country for 20 years before he was forced from office in 1994. "
        "The police officers, who had arrived in the town in recent days, left it this morning.")
    assert "The backstory" in rows[1][0], rows[1]
    assert "The backstory" in rows[2][0], rows[2]
    assert "The backstory" not in rows[3][0], rows[3]  # the cue sits on a side clause


def test_significance_in_a_superlative_over_years_and_a_first_sign() -> None:
    from copydesk.generate.viewpoint import _SIGNIFICANT

    assert _SIGNIFICANT.search("the country faces its worst drought in 40 years")
    assert _SIGNIFICANT.search("in the first indication of a wider campaign")
    assert _SIGNIFICANT.search("The verdicts were the first convictions for the massacre.")
    assert not _SIGNIFICANT.search("the first six games of the season")


def test_a_toll_or_thousands_are_key_figures_but_two_wounded_is_not() -> None:
    from copydesk.generate.viewpoint import _BIG_NUMBER

    assert _BIG_NUMBER.search("Two people died and more than 120 were injured in the blasts.")
    assert _BIG_NUMBER.search("Gunmen opened fire on the market, killing 14 people.")
    assert _BIG_NUMBER.search("Thousands of residents were evacuated overnight.")
    assert not _BIG_NUMBER.search("Two policemen were slightly wounded, officials said.")


def test_a_party_yet_to_comment_is_the_other_side() -> None:
    rows = _labelled("A tow-truck driver has been suspended after she was filmed abusing a customer. "
                     "Harbour Towing are yet to comment on the incident.")
    assert "The other side" in rows[1][0], rows[1]


def test_a_warned_conditional_is_no_next_step_and_a_trend_is_backstory() -> None:
    # A warning of what comes only if something else does is no planned event (s9: "What's
    # next: … the memo warns that the UK faces turmoil if there is a hung parliament"); a
    # plan with a proviso still is.
    rows = _labelled(
        "A leaked report says the alliance between the two countries is weakening. "
        "The report also warns that the country faces a crisis if there is a hung parliament after the election. "
        "Increasingly, however, the alliance has come to be seen as one-sided by officials in both capitals. "
        "If the last launch is anything to go by, it is safe to say the new store will be a hit next month. "
        "Riverside homes are set to be evacuated on Friday if the flood forecast for the weekend holds.")
    assert "What's next" not in rows[1][0], rows[1]
    assert "The backstory" in rows[2][0], rows[2]
    assert "What's next" not in rows[3][0], rows[3]
    assert "What's next" in rows[4][0], rows[4]


def test_significance_is_no_ordinal_in_a_sequence_nor_an_actors_threat() -> None:
    text = ("Dana Ruiz was pressed hard by her rival before taking the first set in 41 minutes. "
            "The clerk even threatens to post the recording online. "
            "Officer Lena Ortiz is the first woman to lead the county force in its history. "
            "The dispute threatens to derail the peace talks between the two provinces.")
    assert not _fits("Why it matters", text, "Dana Ruiz")
    assert not _fits("Why it matters", text, "The clerk")
    assert _fits("Why it matters", text, "Officer Lena Ortiz")
    assert _fits("Why it matters", text, "The dispute")


def test_responding_to_a_stimulus_or_dismissing_a_batsman_is_no_rebuttal() -> None:
    from copydesk.generate.roles import rebuttal
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    assert not rebuttal(nlp("The robot can recognise and respond to a range of hand gestures.")[:])
    assert not rebuttal(nlp("Off the next ball, Tom Hale took a sharp catch to dismiss Ravi Patel for a duck.")[:])
    assert rebuttal(nlp("The mayor responded to the allegations on Tuesday.")[:])
    assert rebuttal(nlp("The club dismissed the reports as speculation.")[:])


def test_a_subhead_line_is_debris() -> None:
    # Struck in the s6 blind read: "Background: How T1 swept Weibo Gaming to become the Worlds
    # 2023 champions." (a subhead taken for a statement).
    parsed = parse(story_from_text(
        "The champions beat the visitors 3-0 in the final on Sunday to win the title.\n\n"
        "It is the team's fourth title and its captain's fourth as well.\n\n"
        "How the champions swept the visitors to win the title\n\n"
        "The team won the first game in 28 minutes after an early lead."))
    ids = {c.id for c in candidates(parsed)}
    assert "s3" not in ids and {"s1", "s4"} <= ids


# Blind read s7 (point of view 2.1/5): labels over sentences that did not fit them. The
# sentences below are invented look-alikes of what the reader struck.


def test_by_the_numbers_only_over_a_figure_on_the_main_clause() -> None:
    rows = _labelled(
        "Storms grounded flights across the region on Friday. "
        "The impact was worst at Northern Air, which tallied 56 cancellations because of the weather. "
        "Claims against the priest were first made public in 1991 during the trial of a teacher accused of "
        "abusing more than 200 boys. "
        "Around 3,000 patients would have had burns from the pads, a doctor said. "
        "More than 1,200 passengers were stranded at the airport overnight. "
        "Police said 150 people were arrested at the protest.")
    assert "By the numbers" not in rows[1][0], rows[1]  # the figure sits in a relative clause
    assert "By the numbers" not in rows[2][0], rows[2]  # … deep in a side clause
    assert "By the numbers" not in rows[3][0], rows[3]  # a would-be figure
    assert "By the numbers" in rows[4][0], rows[4]
    assert "By the numbers" in rows[5][0], rows[5]  # what a source said


def test_a_count_in_words_is_a_figure_and_a_hypothetical_one_is_not() -> None:
    rows = _labelled(
        "Bushfires have destroyed homes in the hills west of the city. "
        "Thousands of residents in the valley were evacuated overnight. "
        "If the army were called in, there should be no more than 200 soldiers on the fire lines, the mayor says.")
    assert "By the numbers" in rows[1][0], rows[1]
    assert "By the numbers" not in rows[2][0], rows[2]


def test_backstory_is_an_earlier_event_never_the_outcome_or_a_state_in_the_news() -> None:
    rows = _labelled(
        "A shoplifter was jailed for ten weeks at the magistrates court in Dudley. "
        "Carl Moss, of Tipton, was jailed for ten weeks after he had been caught stealing from a charity shop. "
        "Moss, who has no history of violence, was said to be distraught. "
        "The farmer had been 'very upset' and refused to hand over his dogs. "
        "The shop had been robbed twice in 2009. "
        "Carl Moss was previously jailed for stealing from a supermarket in Walsall.")
    assert "The backstory" not in rows[1][0], rows[1]  # the sentencing is the news; the cue is a side clause's
    assert "The backstory" not in rows[2][0], rows[2]  # "history" in a relative clause
    assert "The backstory" not in rows[3][0], rows[3]  # a state the news is told in
    assert "The backstory" in rows[4][0], rows[4]
    assert "The backstory" in rows[5][0], rows[5]


def test_a_cut_that_drops_the_reason_is_no_point_of_view_line() -> None:
    from copydesk.generate.viewpoint import _usable

    parsed = parse(story_from_text(
        "A chess player was banned for three years on Friday for cheating at a tournament in Madrid. "
        "In 2011, at the Paris Open, a French player was banned for receiving outside help and was sending "
        "the moves by text message. However, the federation has since changed its rules."))
    cands = candidates(parsed)
    c, d = cands[1], cands[2]
    whole = Bullet(c, c.sentence.text, (c.id,))
    cut = Bullet(c, "In 2011, at the Paris Open, a French player was banned and was sending the moves by text message.",
                 (c.id,))
    assert _usable(whole, parsed.analysis)
    assert not _usable(cut, parsed.analysis)
    assert _usable(Bullet(d, "The federation has since changed its rules.", (d.id,)), parsed.analysis)


def test_two_sentences_run_together_are_debris() -> None:
    from copydesk.generate.debris import run_on
    from copydesk.nlp.parser import load_pipeline

    nlp = load_pipeline()
    assert run_on(nlp("Critics said the station was dumbing down With just two million listeners, the channel "
                      "is the smallest of the network.")[:])
    assert run_on(nlp("A man was charged on Friday with the assault of a student in February Jones had been "
                      "charged on April 3 with theft.")[:])
    assert run_on(nlp("The value of the flat fell from $30 million in 2016 to $11 million in 2017 was more than "
                      "3,000 square feet.")[:])
    assert run_on(nlp("In May, Tom Reed spoke for the first time about his brother's affair with his then wife "
                      "Anna In May, Reed spoke.")[:])
    assert not run_on(nlp("The band played Live In Paris last night.")[:])
    assert not run_on(nlp("He was arrested on Monday and charged with theft.")[:])
    assert not run_on(nlp("Police said on Monday Smith had been charged with theft.")[:])
    assert not run_on(nlp("The man in the car was injured when the lorry hit it.")[:])


def test_whats_next_is_for_the_storys_own_actors() -> None:
    from copydesk.generate.viewpoint import _tied_to_story

    parsed = parse(story_from_text(
        "Exeter beat Bath 24-10 on Saturday to go top of the table. "
        "Will Walker and Andy Hope return to the Leicester back row after injury breaks. "
        "Exeter will face Saracens next week. "
        "The club will announce its new captain on Monday."))
    cands = candidates(parsed)
    story = [cands[0]]
    assert not _tied_to_story(Bullet(cands[1], cands[1].sentence.text, (cands[1].id,)), story)
    assert _tied_to_story(Bullet(cands[2], cands[2].sentence.text, (cands[2].id,)), story)
    assert _tied_to_story(Bullet(cands[3], cands[3].sentence.text, (cands[3].id,)), story)


def test_a_rival_beaten_is_no_other_side() -> None:
    rows = _labelled("Nadal reached the third round of the Madrid Open on Tuesday. "
                     "Watched by his coach in the crowd, the second seed comfortably dismissed the unseeded Almagro. "
                     "Tournament director Ion Tiriac dismissed claims of a rigged draw as nonsense in a statement.")
    assert "The other side" not in rows[1][0], rows[1]
    assert "The other side" in rows[2][0], rows[2]


def test_a_lawyer_defending_a_client_is_the_other_side_and_a_judges_denial_is_not() -> None:
    rows = _labelled("A teacher was convicted of abusing three pupils at a school in Ogden. "
                     "Defence lawyer Ed Marsh previously defended Ann Lowe, saying she was no longer the boys' teacher. "
                     "Ed Marsh asked the judge to let Ann Lowe out on bail, but the judge denied the request.")
    assert "The other side" in rows[1][0], rows[1]
    assert "The other side" not in rows[2][0], rows[2]


def test_the_source_of_a_forecast_is_no_other_actor() -> None:
    from copydesk.generate.viewpoint import _tied_to_story

    parsed = parse(story_from_text(
        "House prices rose by 4 per cent in the year to March, official figures show. "
        "Forecasting firm Delta Economics says interest rates are set to stay low and will feed a boom next year."))
    cands = candidates(parsed)
    assert _tied_to_story(Bullet(cands[1], cands[1].sentence.text, (cands[1].id,)), [cands[0]])


def test_a_sentence_retelling_the_synopsis_news_is_no_point_of_view() -> None:
    from copydesk.generate.viewpoint import _retold

    text = ("Portugal has denied it will default on a loan following reports it has drafted plans for a new currency. "
            "The country is due to repay a large loan to the IMF on Friday. "
            "Portugal has denied it will miss a repayment to the IMF after reports it had drafted plans for a new currency. "
            "Up to 12 per cent of the country's workers are now unemployed, the statistics office said.")
    by_id = {c.id: c for c in candidates(parse(story_from_text(text)))}
    used = [by_id["s1"], by_id["s2"]]
    told = set().union(*(u.lemmas for u in used))
    assert _retold(by_id["s3"], used, told)
    assert not _retold(by_id["s4"], used, told)


def test_a_sequence_first_is_not_why_it_matters() -> None:
    from copydesk.generate.viewpoint import _SIGNIFICANT

    assert not _SIGNIFICANT.search("Former champion Tom Reed was the first rider eliminated from the sprint final.")
    assert _SIGNIFICANT.search("Reed is the first person to be prosecuted under the new act.")


def test_speech_and_a_crisis_in_a_time_phrase_are_not_why_it_matters() -> None:
    text = ("The Supreme Court heard a challenge to the consumer bureau's funding on Tuesday. "
            "“Agencies have been funded this way for every year of our history,” Lee told the justices, as she "
            "defended the bureau set up after the 2008 financial crisis.")
    assert not _fits("Why it matters", text, "“Agencies")


def test_a_guess_and_a_future_state_are_not_whats_next() -> None:
    text = ("Scientists say a new telescope in Chile has begun observing distant galaxies. "
            "Faint signals might come from planets with magnetic fields that could protect life. "
            "The new heir will be third in line to the throne. "
            "The dolls will be on sale for $30 at every store thereafter.")
    assert not _fits("What's next", text, "Faint signals")
    assert not _fits("What's next", text, "The new heir")


def test_unable_to_defend_is_no_reply() -> None:
    text = ("Thousands of lecturers are on short contracts, a union report says. "
            "Staff on short contracts said they felt unable to defend themselves against the demands of managers.")
    assert not _fits("The other side", text, "Staff on short")


def test_a_sum_describing_the_subject_is_not_by_the_numbers() -> None:
    text = ("Striker Leo Marsh has been ruled out for the season, his club said on Monday. "
            "The £6million former Ajax skipper has suffered a knee injury in training. "
            "A further 69,000 staff were on temporary contracts last year.")
    assert not _fits("By the numbers", text, "The £6million")
    assert _fits("By the numbers", text, "A further 69,000")


def test_a_counterfactual_is_no_backstory() -> None:
    text = ("The bank reported a £446 million loss on Friday. "
            "A return to profit in 2014 would have boosted the chancellor's claims to have fixed the banks.")
    assert not _fits("The backstory", text, "A return to profit")


def test_a_reported_future_state_is_not_whats_next_but_a_dated_hedge_is() -> None:
    from copydesk.generate.viewpoint import _SIGNIFICANT

    text = ("Hal Tanner has been sworn in as chief minister of the territory. "
            "Tanner says health will be one of his government's priorities. "
            "Reyes could face up to ten years in prison when she is sentenced next month.")
    assert not _fits("What's next", text, "Tanner says")
    assert not _SIGNIFICANT.search("Reed had an early night when he was the first eliminated in the 50 metres event.")


def test_a_sum_in_the_subjects_apposition_is_not_the_point() -> None:
    text = ("The Canadian team won their opening tie in Perth on Monday. "
            "The pair, runners-up in the $1 million mixed teams event last year, both won their singles to give "
            "Canada an unbeatable 2-0 lead.")
    assert _fits("By the numbers", "Fire crews were called to the warehouse on Monday. More than 2,000 homes were left "
                 "without power after the blaze.", "More than 2,000")
    assert not _fits("By the numbers", text, "The pair")


def test_the_first_of_a_kind_is_significant_but_the_first_out_of_a_sequence_is_not() -> None:
    from copydesk.generate.viewpoint import _SIGNIFICANT

    for told in ("Hale became the first Kelby player to score in four straight derbies.",
                 "Mira Olsen is the first seed to lose in the opening round since 1990.",
                 "Olsen was the first speed skater to win three golds at one Games."):
        assert _SIGNIFICANT.search(told), told
    for seq in ("Reed had an early night when he was the first eliminated in the 50 metres event.",
                "Kane was the first sent off in the match."):
        assert not _SIGNIFICANT.search(seq), seq


def test_a_pronoun_after_a_thing_ending_like_a_role_leans_but_after_a_role_it_does_not() -> None:
    from datetime import date

    from copydesk.generate.select import candidates
    from copydesk.generate.takeaways import Bullet
    from copydesk.generate.viewpoint import _leans_on_unnamed
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(
        "Flood waters have cut the road to Kelby for a third day. "
        "The government says his warnings were ignored for years. "
        "The veteran engineer says his warnings were ignored for years."), today=date(2025, 11, 3))
    cands = candidates(parsed)
    thing = next(c for c in cands if c.sentence.text.startswith("The government"))
    role = next(c for c in cands if c.sentence.text.startswith("The veteran"))
    assert _leans_on_unnamed(Bullet(thing, thing.sentence.text, (thing.id,)), "", parsed.analysis)
    assert not _leans_on_unnamed(Bullet(role, role.sentence.text, (role.id,)), "", parsed.analysis)


def test_a_partys_own_praise_is_no_why_it_matters_but_an_observers_reading_is() -> None:
    """s10 blind read: "Why it matters:" over a company's own "historic day" statement."""
    text = ("An oil firm has reached a deal with the island's government on a gas field off its coast. "
            "The firm says it is a historic day for the project and for its staff. "
            "Analysts say the deal is a landmark for the island's economy.")
    assert not _fits("Why it matters", text, "The firm says")
    union = ("Airline staff owed wages will protest outside parliament today. "
             "Union leader Sam Bell says the situation for many workers has reached crisis point.")
    assert not _fits("Why it matters", union, "Union leader")
    assert _fits("Why it matters", text, "Analysts say")


def test_an_old_win_is_no_why_it_matters() -> None:
    text = ("Yachtsman Tom Reed has died in a fall at his home in Cornwall, police said on Monday. "
            "Reed set a world record for sailing round the globe in 1994. "
            "He was 61.")
    assert not _fits("Why it matters", text, "Reed set")


def test_a_need_or_a_wish_is_no_whats_next_and_a_past_plan_neither() -> None:
    """s10 blind reads: "What's next" over "his side will need to guard against complacency"
    and over "an email … had mentioned plans to attack"."""
    text = ("Rugby captain Sam Pike has backed his young fly-half after a heavy defeat in Cardiff. "
            "Pike says his side will need to guard against overconfidence before the next Test. "
            "Police say a letter sent by the suspect had mentioned plans to bomb a stadium. "
            "The side will play Fiji in Suva next Saturday.")
    assert not _fits("What's next", text, "Pike says")
    assert not _fits("What's next", text, "Police say a letter")
    view = ("Ana Ruiz has been sworn in as the island's new chief minister. "
            "Ruiz says health care will be one of her government's priorities.")
    assert not _fits("What's next", view, "Ruiz says")
    assert _fits("What's next", text, "The side will play")


def test_a_cost_is_no_whats_next() -> None:
    text = ("The prime minister has promised free childcare for 500,000 more children a year. "
            "The new scheme will cost just under £300 million a year. "
            "The scheme will start in September next year, the minister said.")
    assert not _fits("What's next", text, "The new scheme will cost")
    assert _fits("What's next", text, "The scheme will start")


def test_a_future_second_verb_and_spelled_out_spans_of_time_are_what_comes_next() -> None:
    # A past main verb whose coordinated second verb, sharing its subject, is in the future.
    text = ("A builder attacked a neighbour with a metal hook in a row over a driveway. "
            "Mr Lane admitted wounding at the crown court. "
            "He was remanded on bail and will await a sentencing hearing on June 12.")
    assert _fits("What's next", text, "He was remanded", "Mr Lane was remanded on bail and will await a sentencing "
                 "hearing on June 12.")
    # … but not a past verb alone, nor a future verb with a subject of its own in a side clause.
    text2 = ("A builder attacked a neighbour with a metal hook in a row over a driveway. "
             "He was remanded on bail and the neighbour was taken to hospital.")
    assert not _fits("What's next", text2, "He was remanded", "Mr Lane was remanded on bail and the neighbour "
                     "was taken to hospital.")
    # Spans of time written out: "in about a week", "in the next hour", "soon".
    text3 = ("A cargo ship lost contact with controllers on Tuesday. "
             "The ship will re-enter the atmosphere in about a week, the agency said. "
             "Police are expected to reveal details of the operation soon.")
    assert _fits("What's next", text3, "The ship will")
    assert _fits("What's next", text3, "Police are expected")
