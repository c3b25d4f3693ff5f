"""Point of view, session 15: each label over a line that fits it, read off the grammar
(invented sentences, one rule each)."""

from __future__ import annotations

from typing import Any

from copydesk.generate import takeaways as T
from copydesk.generate.select import candidates
from copydesk.generate.viewpoint import (
    ORDER,
    _leans_on_unnamed,
    _news_people,
    _same_side,
    list_debris,
)
from copydesk.ingest import story_from_text
from copydesk.nlp.analyse import parse


def _labelled(text: str) -> list[tuple[list[str], Any]]:
    """Each candidate's prepared statement with the labels it fits."""
    parsed = parse(story_from_text(text))
    out = []
    for c in candidates(parsed):
        b = T.prepare(c, parsed.analysis)
        out.append(([label for label, fit in ORDER if b is not None and fit(c, b, parsed.analysis)], b))
    return out


# --- What's next: a set event, not a survey figure, a contingency or a done act ----------

def test_the_word_plan_is_not_what_is_planned() -> None:
    rows = _labelled(
        "Parents will spend more on school formals this year, a bank survey has found. "
        "Fathers plan to outspend mothers by 63 per cent. "
        "The council plans to hold a vote on the school budget next month.")
    assert "What's next" not in rows[1][0], rows[1]
    assert "What's next" in rows[2][0], rows[2]


def test_a_standing_arrangement_for_a_contingency_is_not_whats_next() -> None:
    rows = _labelled(
        "The United Nations has approved a peacekeeping force for the capital. "
        "The US military will be in overall charge in case of a conflict and would help rescue the troops. "
        "The first 200 British troops will arrive in the capital next week.")
    assert "What's next" not in rows[1][0], rows[1]
    assert "What's next" in rows[2][0], rows[2]


def test_backing_someone_elses_plans_is_the_news_not_a_next_step() -> None:
    rows = _labelled(
        "Two comedians came out in support of the Labour party at a rally in Leeds. "
        "The soap actress backed the party's plans to ban zero-hours contracts and called for a higher wage. "
        "The city zoo has plans to press endangerment charges against the family on Monday.")
    assert "What's next" not in rows[1][0], rows[1]
    assert "What's next" in rows[2][0], rows[2]


def test_a_view_of_the_move_is_not_an_event() -> None:
    rows = _labelled(
        "The governor's wife has quit her job at a Wall Street bank. "
        "Many will see the move as a sign that the governor is preparing to seek the party's nomination in the election.")
    assert "What's next" not in rows[1][0], rows[1]


def test_a_done_acts_sequel_needs_its_date() -> None:
    rows = _labelled(
        "A man has admitted attacking a builder with a metal hook in Whakatane. "
        "Mrs Cole took unpaid leave from her job at the bank and will stay away from the office for the whole campaign. "
        "Docherty was remanded on bail and will await a hearing on June 12.")
    assert "What's next" not in rows[1][0], rows[1]
    assert "What's next" in rows[2][0], rows[2]


# --- Why it matters: the sentence's own claim, about the news's own people ---------------

def test_a_first_inside_a_description_of_someone_is_no_significance() -> None:
    rows = _labelled(
        "The senator's wife has taken leave from her job at an investment bank. "
        "Mrs Cole, whose husband was the first to launch a campaign for the nomination, took unpaid leave from her job. "
        "The ruling is the first of its kind in Europe and could affect thousands of workers.")
    assert "Why it matters" not in rows[1][0], rows[1]
    assert "Why it matters" in rows[2][0], rows[2]


def test_an_historic_thing_named_is_not_why_it_matters() -> None:
    rows = _labelled(
        "Rival factions met in Bonn on Tuesday to agree on a new government. "
        "Rival factions signed an historic power-sharing agreement to form a new government. "
        "The new force was established as part of a landmark accord signed in Bonn on December 5. "
        "The deal is the first of its kind in the region since the war.")
    assert "Why it matters" not in rows[1][0], rows[1]
    assert "Why it matters" not in rows[2][0], rows[2]
    assert "Why it matters" in rows[3][0], rows[3]


def test_a_side_figures_first_is_not_why_the_news_matters() -> None:
    parsed = parse(story_from_text(
        "Two comedians came out in support of Labour at a rally in Warrington. "
        "Ben Elton told supporters he was back with Labour. "
        "Martin Lane, a film star, was the first celebrity face to back the Labour campaign. "
        "Ben Elton was the first comedian to back the campaign."))
    cands = candidates(parsed)
    story = cands[:2]
    lane = T.prepare(cands[2], parsed.analysis)
    elton = T.prepare(cands[3], parsed.analysis)
    assert lane is not None and elton is not None
    assert not _news_people(lane, story)
    assert _news_people(elton, story)


# --- The backstory, the other side, by the numbers -----------------------------------------

def test_a_partys_quote_is_not_the_backstory() -> None:
    rows = _labelled(
        "A charity says the number of people using food banks has passed a million. "
        "Labour spokeswoman Ann Reed said: 'The shocking rise in food bank use since 2010 shows the plan is failing.' "
        "The trust was founded in 1997 by a local vicar in Salisbury.")
    assert "The backstory" not in rows[1][0], rows[1]
    assert "The backstory" in rows[2][0], rows[2]


def test_refusing_to_defend_the_accused_is_no_reply() -> None:
    rows = _labelled(
        "Four men were sentenced to death for the attack on a student in Delhi. "
        "The lawyers' association in Saket refused to defend the perpetrators. "
        "The men denied the charges throughout the trial.")
    assert "The other side" not in rows[1][0], rows[1]
    assert "The other side" in rows[2][0], rows[2]


def test_the_news_actors_own_move_is_not_the_other_side() -> None:
    parsed = parse(story_from_text(
        "Unions have not ruled out strikes over Christmas after talks with the airline broke down. "
        "The airline has made an offer but unions will advise members to reject it. "
        "The airline rejected the unions' claims of greed."))
    cands = candidates(parsed)
    assert _same_side(cands[1], cands[0])
    assert not _same_side(cands[2], cands[0])
    parsed = parse(story_from_text(
        "Smith was charged with fraud after an audit of the charity's accounts. "
        "Smith denied the charges through his lawyer."))
    cands = candidates(parsed)
    assert not _same_side(cands[1], cands[0])  # an accused who denies is the other side


def test_a_forecast_is_not_a_key_figure() -> None:
    rows = _labelled(
        "Job advertisements fell for the third month in a row in November. "
        "Economist Sam Lee says the survey points to an unemployment rate of 7.25 per cent early next year. "
        "Mr Dixon points out 92 per cent of the workforce have already agreed to the wage freeze.")
    assert "By the numbers" not in rows[1][0], rows[1]
    assert "By the numbers" in rows[2][0], rows[2]


# --- Lines that lean on an untold sentence; fragments ----------------------------------------

def test_lines_that_lean_on_an_earlier_sentence() -> None:
    parsed = parse(story_from_text(
        "Japanese officials say their coast guard has sunk an unidentified boat in the East China Sea. "
        "The patrol boats then sank the vessel and its crew of 15 was thrown into the sea. "
        "In the same year the governor's salary was $175,000. "
        "Not being a signatory would mean that the promoter would have no control of the broadcast. "
        "The coast guard fired warning shots before the boat sank."))
    cands = candidates(parsed)
    bullets = [T.prepare(c, parsed.analysis) for c in cands]
    assert all(b is not None for b in bullets)
    assert _leans_on_unnamed(bullets[1], "", parsed.analysis)  # type: ignore[arg-type]
    assert _leans_on_unnamed(bullets[2], "", parsed.analysis)  # type: ignore[arg-type]
    assert _leans_on_unnamed(bullets[3], "", parsed.analysis)  # type: ignore[arg-type]
    assert not _leans_on_unnamed(bullets[4], "", parsed.analysis)  # type: ignore[arg-type]


def test_a_line_cut_after_vs_is_debris() -> None:
    assert list_debris("Dads plan to outspend moms by 63%, $1160vs.")
    assert list_debris("Fathers will spend $1,160 vs.")
    assert not list_debris("The final is Chelsea vs. Arsenal at Wembley.")
