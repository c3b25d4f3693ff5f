"""Date resolution: each rule, tense direction, vague expressions, speed, and the labelled set."""

from __future__ import annotations

import importlib.util
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from copydesk.nlp.dates import ResolvedDate, resolve_date, sentence_tense

ROOT = Path(__file__).resolve().parents[2]
REF = date(2025, 10, 29)  # a Wednesday, ISO week 2025-W44


def _v(text: str, **kw: object) -> str | None:
    r = resolve_date(text, reference=kw.pop("reference", REF), **kw)  # type: ignore[arg-type]
    return r.value if r else None


@pytest.mark.parametrize(
    ("text", "tense", "want"),
    [
        ("this Wednesday", "future", "2025-10-29"),
        ("this Wednesday", "past", "2025-10-29"),
        ("Tuesday", "past", "2025-10-28"),
        ("on Tuesday", "future", "2025-11-04"),
        ("Friday", "past", "2025-10-24"),
        ("Friday", "future", "2025-10-31"),
        ("last Friday", "future", "2025-10-24"),
        ("last Wednesday", "past", "2025-10-22"),
        ("next Monday", "past", "2025-11-03"),
        ("next Wednesday", "past", "2025-11-05"),
        ("early Tuesday", "past", "2025-10-28"),
    ],
)
def test_dates_weekdays_follow_tense(text: str, tense: str, want: str) -> None:
    assert _v(text, tense=tense) == want


def test_dates_weekday_local_cue_beats_sentence_tense() -> None:
    s = "The ministry said on Monday that talks will resume."
    assert _v("Monday", tense="future", sentence=s) == "2025-10-27"
    s = "The summit is scheduled for Friday, officials said."
    assert _v("Friday", tense="past", sentence=s) == "2025-10-31"


def test_dates_month_units() -> None:
    assert resolve_date("earlier this month", reference=REF) == ResolvedDate("2025-10", None, None, "month")
    assert _v("last month") == "2025-09"
    assert _v("next month", tense="future") == "2025-11"
    assert _v("later this month", tense="future") == "2025-10"


def test_dates_year_units() -> None:
    assert _v("last year") == "2024"
    assert _v("next year") == "2026"
    assert _v("this year") == "2025"
    assert _v("early next year") == "2026"
    assert _v("the end of the year", tense="future") == "2025"


def test_dates_weeks_are_iso_with_start_and_end() -> None:
    assert resolve_date("next week", reference=REF) == ResolvedDate("2025-W45", "2025-11-03", "2025-11-09", "week")
    assert resolve_date("last week", reference=REF) == ResolvedDate("2025-W43", "2025-10-20", "2025-10-26", "week")
    assert resolve_date("this week", reference=REF) == ResolvedDate("2025-W44", "2025-10-27", "2025-11-02", "week")
    assert _v("earlier this week") == "2025-W44"


def test_dates_iso_week_across_new_year() -> None:
    r = resolve_date("next week", reference=date(2025, 12, 24))
    assert r == ResolvedDate("2026-W01", "2025-12-29", "2026-01-04", "week")


def test_dates_weekend() -> None:
    assert resolve_date("this weekend", reference=REF, tense="future") == ResolvedDate(
        "2025-11-01", "2025-11-01", "2025-11-02", "range")
    assert _v("last weekend") == "2025-10-25"


@pytest.mark.parametrize(
    ("text", "tense", "sentence", "want"),
    [
        ("December", "future", "", "2025-12"),
        ("December", "past", "", "2024-12"),
        ("December", "past", "The summit will be held in December.", "2025-12"),
        ("October", "past", "", "2025-10"),
        ("October", "future", "", "2025-10"),
        ("January", "past", "", "2025-01"),
        ("January", "future", "", "2026-01"),
        ("last August", "past", "", "2025-08"),
        ("this December", "past", "", "2025-12"),
        ("next March", "past", "", "2026-03"),
        ("early March", "past", "", "2025-03"),
        ("November last year", "past", "", "2024-11"),
        ("July this year", "future", "", "2025-07"),
    ],
)
def test_dates_bare_months(text: str, tense: str, sentence: str, want: str) -> None:
    assert _v(text, tense=tense, sentence=sentence) == want


@pytest.mark.parametrize(
    ("text", "tense", "want"),
    [
        ("Oct 29", "past", "2025-10-29"),
        ("Oct 30", "past", "2024-10-30"),
        ("Oct 30", "future", "2025-10-30"),
        ("March 3", "future", "2026-03-03"),
        ("3 March", "past", "2025-03-03"),
        ("Sept. 12, 2024", "future", "2024-09-12"),
        ("12 September 2024", "past", "2024-09-12"),
        ("Thursday, July 4, 2019", "past", "2019-07-04"),
        ("November 23 last year", "past", "2024-11-23"),
        ("2024-07-08", "past", "2024-07-08"),
        ("08/07/2024", "past", "2024-07-08"),
        ("January 2014", "past", "2014-01"),
        ("2019", "past", "2019"),
        ("'57", "past", "1957"),
        ("the 2014 season", "past", "2014"),
    ],
)
def test_dates_explicit(text: str, tense: str, want: str) -> None:
    assert _v(text, tense=tense) == want


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("July 8-9, 2024", "2024-07-08", "2024-07-09"),
        ("8-9 July", "2025-07-08", "2025-07-09"),
        ("July 8 to July 10", "2025-07-08", "2025-07-10"),
        ("Dec 30 to Jan 2", "2024-12-30", "2025-01-02"),
        ("between March and May", "2025-03-01", "2025-05-31"),
        ("between January and September 2013", "2013-01-01", "2013-09-30"),
        ("November and December", "2024-11-01", "2024-12-31"),
        ("the 1990s", "1990-01-01", "1999-12-31"),
        ("the '50s", "1950-01-01", "1959-12-31"),
        ("the 1980s and '90s", "1980-01-01", "1999-12-31"),
        ("2013-14", "2013-01-01", "2014-12-31"),
        ("the second half of last year", "2024-07-01", "2024-12-31"),
        ("the third quarter of this year", "2025-07-01", "2025-09-30"),
    ],
)
def test_dates_ranges(text: str, start: str, end: str) -> None:
    r = resolve_date(text, reference=REF)
    assert r == ResolvedDate(start, start, end, "range")


def test_dates_ago() -> None:
    assert resolve_date("two years ago", reference=REF) == ResolvedDate("2023", None, None, "year")
    assert _v("three days ago") == "2025-10-26"
    assert _v("two weeks ago") == "2025-W42"
    assert _v("20 months ago") == "2024-02"
    assert _v("a decade ago") == "2015"


def test_dates_today_yesterday() -> None:
    assert _v("today") == "2025-10-29"
    assert _v("yesterday") == "2025-10-28"
    assert _v("tomorrow") == "2025-10-30"


@pytest.mark.parametrize(
    "text",
    ["recent weeks", "the past", "some time", "a long time", "the past decade", "these days", "this summer",
     "next season", "more than two weeks ago", "the early 1970s", "two years", "the last couple of years",
     "the week", "a few months' time", "", "   ", "the 20th century", "x" * 200],
)
def test_dates_vague_is_none(text: str) -> None:
    assert resolve_date(text, reference=REF) is None


def test_dates_impossible_day_is_none() -> None:
    assert resolve_date("February 30, 2024", reference=REF) is None
    assert resolve_date("July 9-8, 2024", reference=REF) is None


def test_dates_strips_possessive_and_quotes() -> None:
    assert _v("last week's") == "2025-W43"
    assert _v("“Tuesday”") == "2025-10-28"


def test_sentence_tense_heuristic() -> None:
    assert sentence_tense("The talks will resume next week.") == "future"
    assert sentence_tense("The summit is set to open in Delhi.") == "future"
    assert sentence_tense("The festival, to be held in March, draws crowds.") == "future"
    assert sentence_tense("The minister resigned on Tuesday.") == "past"
    assert sentence_tense("Police said the man was arrested.") == "past"
    assert sentence_tense("The city is home to two million people.") == "present"


def test_dates_are_fast() -> None:
    exprs = ["this Wednesday", "Oct 29", "earlier this month", "July 8-9, 2024", "two years ago", "the 1990s"]
    t0 = time.perf_counter()
    n = 0
    for i in range(300):
        ref = date(2025, 1, 1).fromordinal(date(2025, 1, 1).toordinal() + i)  # defeat the cache
        for e in exprs:
            resolve_date(e, reference=ref, tense="past", sentence="It happened " + e + ".")
            n += 1
    per_call = (time.perf_counter() - t0) / n
    assert per_call < 1e-3, per_call  # the brief's budget: ~20 µs-1 ms a call


def _accuracy_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_dates_accuracy_on_labelled_set_stays_above_floor() -> None:
    scores, fails = _accuracy_module().relative_scores()
    assert scores["relative_rows"] >= 40
    # Measured: see bench/accuracy.py; the floor sits a little under the figure.
    # First runs: tuned rows 0.950, held-out rows 0.885 (46/52); now 0.993 overall.
    assert scores["relative_value"] >= 0.95, [(f.id, f.input, f.got) for f in fails]


def test_dates_held_out_fixes() -> None:
    # Bugs the held-out rows exposed (first held-out run: 46/52).
    assert resolve_date("between 1978 and 1990", reference=REF) == ResolvedDate(
        "1978-01-01", "1978-01-01", "1990-12-31", "range")
    assert _v("the week of April 5") == "2025-W14"
    assert resolve_date("July 10 and October 31, 2013", reference=REF) == ResolvedDate(
        "2013-07-10", None, None, "day")
    assert _v("about next month's") == "2025-11"
    assert _v("only last August") == "2025-08"
    assert _v("weekend", tense="future") == "2025-11-01"
    assert _v("about five years ago") is None


# ----------------------------------------------------------------------------- the event's tense (issue 10, item 4)
#
# Through the real analysis path: the direction comes from the date's own place in the
# parse, not from the sentence's main (reporting) verb.


def _analysed(text: str, published: date | None = REF, today: date | None = None) -> dict[str, str | None]:
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import analyse

    a = analyse(story_from_text(text, published=published, check_language=False), today=today)
    return {d.text: d.value for d in a.dates}


@pytest.mark.parametrize(
    ("sentence", "published", "expression", "want"),
    [
        # The three examples: a past reporting verb, a future event.
        ("The minister looked forward to the president's visit in December.", date(2025, 10, 29),
         "December", "2025-12"),
        ("The court on Tuesday adjourned the hearing until January 15.", REF, "January 15", "2026-01-15"),
        ("The court on Tuesday adjourned the hearing until January 15.", REF, "Tuesday", "2025-10-28"),
        ("The airline said flights would resume from Nov 1.", date(2025, 10, 23), "Nov 1", "2025-11-01"),
        # Reporting verb past, reported event ahead; and the other way round.
        ("The ministry said on Monday that the vote will be held on Thursday.", REF, "Thursday", "2025-10-30"),
        ("The ministry said on Monday that the vote will be held on Thursday.", REF, "Monday", "2025-10-27"),
        ("The minister, who resigned on Wednesday, will be replaced by his deputy.", date(2026, 2, 6),
         "Wednesday", "2026-02-04"),
        # Plans, schedules, deadlines, present-tense timetables.
        ("The central bank is due to announce its next rate decision on Dec 3.", date(2025, 10, 23),
         "Dec 3", "2025-12-03"),
        ("Sentencing has been set for Feb 20.", date(2026, 2, 6), "Feb 20", "2026-02-20"),
        ("Negotiators are racing to meet a Dec 15 deadline to agree on the text.", date(2025, 12, 8),
         "Dec 15", "2025-12-15"),
        ("Diplomats met in Vienna to prepare the upcoming summit in November.", REF, "November", "2025-11"),
        ("Real Madrid face Juventus in the final in Turin on Saturday.", date(2025, 6, 15),
         "Saturday", "2025-06-21"),
        # An explicit past on the date's own head stays behind.
        ("Lawmakers missed a Dec 5 deadline to agree on the budget.", date(2025, 12, 8), "Dec 5", "2025-12-05"),
        ("He served as finance minister until May 30, when he resigned.", date(2025, 6, 15),
         "May 30", "2025-05-30"),
        ("The central bank has kept rates on hold since March.", date(2025, 6, 15), "March", "2025-03"),
        ("The company had said in August that it would cut 2,000 jobs.", date(2025, 9, 2), "August", "2025-08"),
    ],
)
def test_dates_follow_the_event_not_the_reporting_verb(
    sentence: str, published: date, expression: str, want: str
) -> None:
    assert _analysed(sentence, published)[expression] == want


def test_event_tense_tables_are_data() -> None:
    from copydesk.nlp import dates

    assert "until" in dates._FWD_VERB_PREP and "adjourn" in dates._FWD_VERB_PREP["until"]
    assert "deadline" in dates._FWD_NOUNS and "upcoming" in dates._FWD_NOUN_MODS
    assert "would" in dates._MODALS and "since" in dates._BACK_PREPS


# ----------------------------------------------------------------------------- offsets


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("in three days", ResolvedDate("2025-11-01", None, None, "day")),
        ("in two weeks", ResolvedDate("2025-W46", "2025-11-10", "2025-11-16", "week")),
        ("in six months", ResolvedDate("2026-04", None, None, "month")),
        ("in two years' time", ResolvedDate("2027", None, None, "year")),
        ("in 10 days' time", ResolvedDate("2025-11-08", None, None, "day")),
        ("three weeks from now", ResolvedDate("2025-W47", "2025-11-17", "2025-11-23", "week")),
        ("the day after tomorrow", ResolvedDate("2025-10-31", None, None, "day")),
        ("the day before yesterday", ResolvedDate("2025-10-27", None, None, "day")),
        ("a week ago", ResolvedDate("2025-W43", "2025-10-20", "2025-10-26", "week")),
        ("10 days ago", ResolvedDate("2025-10-19", None, None, "day")),
        ("next month", ResolvedDate("2025-11", None, None, "month")),
        ("last year", ResolvedDate("2024", None, None, "year")),
    ],
)
def test_dates_offsets(text: str, want: ResolvedDate) -> None:
    assert resolve_date(text, reference=REF, tense="past") == want


@pytest.mark.parametrize(
    "text", ["next decade", "the next decade", "the coming decade", "in a decade", "within two weeks",
             "two days later", "the following day", "a week later"],
)
def test_dates_offsets_never_invented(text: str) -> None:
    # No decade granularity; "within" is a bound; "later" without an anchor has nothing to count from.
    assert resolve_date(text, reference=REF, tense="future") is None


def test_dates_later_counts_from_an_anchor() -> None:
    anchor = ResolvedDate("2025-10-03", None, None, "day")
    assert _v("two days later", anchor=anchor) == "2025-10-05"
    assert _v("the following day", anchor=anchor) == "2025-10-04"
    assert _v("a day earlier", anchor=anchor) == "2025-10-02"
    assert _v("a week later", anchor=anchor) == "2025-W41"
    assert _v("two days later", anchor=ResolvedDate("2025", None, None, "year")) is None  # too coarse


def test_dates_later_in_a_story() -> None:
    got = _analysed("Police arrested the suspect on Oct 3 and charged him two days later.")
    assert got["two days later"] == "2025-10-05"
    got = _analysed("The talks began on Jan 5. A week later they collapsed.", date(2026, 1, 20))
    assert got["A week later"] == "2026-W03"
    assert _analysed("Two days later, the army withdrew from the town.").get("Two days later") is None


def test_dates_offsets_read_through_the_parse() -> None:
    assert _analysed("The central bank will announce its decision in two weeks.")["in two weeks"] == "2025-W46"
    assert _analysed("Elections are due in two years' time.")["in two years' time"] == "2027"
    got = _analysed("The court will deliver its verdict the day after tomorrow.")
    assert got["the day after tomorrow"] == "2025-10-31"


def test_dates_weekday_fits_the_year_and_the_day() -> None:
    # "Saturday, May 2": the May 2 that is a Saturday; "Monday 27": the 27th that is a Monday.
    assert _v("Saturday, May 2", reference=date(2015, 4, 15), tense="past") == "2015-05-02"
    assert _v("Monday 27", reference=date(2015, 4, 15)) == "2015-04-27"


def test_dates_missed_by_the_recogniser_are_found() -> None:
    # spaCy tags "Feb 1" LAW here and splits "Aug 29" into a CARDINAL.
    assert _analysed("The government set a deadline of Feb 1 for the unions to respond.",
                     date(2026, 1, 20))["Feb 1"] == "2026-02-01"
    assert _analysed("Rescuers are still searching for the people missing since the landslide on Aug 29.",
                     date(2025, 9, 2))["Aug 29"] == "2025-08-29"


# ----------------------------------------------------------------------------- weekday annotation


def _annotated(text: str, published: date | None) -> str:
    from copydesk.generate.select import annotate_dates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import analyse

    a = analyse(story_from_text(text, published=published, check_language=False))
    s = a.sentences[0]
    return annotate_dates(s.text, s.id, a)


@pytest.mark.parametrize(
    "text",
    ["The company said on Tuesday, 9 May, that it would cut jobs.",
     "Talks resumed on Tuesday, Jan 3 in Geneva.",
     "The vote was held on Monday 27 after a long debate.",
     "The match was played on Jan. 3 (Tuesday) in Madrid."],
)
def test_annotate_dates_never_beside_an_explicit_date(text: str) -> None:
    assert _annotated(text, date(2023, 5, 10)) == text


def test_annotate_dates_bare_weekday_and_no_reference() -> None:
    from copydesk.generate.select import annotate_dates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import analyse

    text = "Talks resumed on Tuesday in Geneva."
    assert _annotated(text, date(2023, 1, 5)) == "Talks resumed on Tuesday (Jan 3) in Geneva."
    assert _annotated(text, None) == text
    # Even with a resolved weekday at hand, no reference date means no annotation.
    a = analyse(story_from_text(text, published=date(2023, 1, 5), check_language=False))
    a = a.model_copy(update={"reference_date": None})
    assert annotate_dates(text, a.sentences[0].id, a) == text


# ----------------------------------------------------------------------------- no reference date


def test_dates_without_reference_resolve_only_absolute_ones() -> None:
    text = ("The bank held rates on Thursday and will meet again next month. "
            "It last cut them on March 3, 2024, and in 2019.")
    got = _analysed(text, published=None, today=date(2025, 10, 29))
    assert got["Thursday"] is None and got["next month"] is None
    assert got["March 3, 2024"] == "2024-03-03" and got["2019"] == "2019"


def test_resolve_absolute() -> None:
    from copydesk.nlp.dates import resolve_absolute

    assert resolve_absolute("March 3, 2024") == ResolvedDate("2024-03-03", None, None, "day")
    assert resolve_absolute("the 1990s") == ResolvedDate("1990-01-01", "1990-01-01", "1999-12-31", "range")
    for text in ("Oct 3", "last year", "Friday", "two weeks ago", "in three days", "'25"):
        assert resolve_absolute(text) is None, text


def test_page_shows_no_date_when_the_story_has_none() -> None:
    import copydesk.pipeline
    from copydesk.render.jsonld import article_date
    from copydesk.render.page import render_page

    article = copydesk.pipeline.enrich(
        "The Bank of England held interest rates at 5% on Thursday, its governor said. "
        "Most economists had expected the decision, and markets barely moved.",
        today=date(2025, 10, 29),
    )
    assert article.analysis.reference_date is None
    assert article_date(article) is None
    html = render_page(article)
    assert "<time" not in html and "datePublished" not in html and "2025" not in html
    assert "(Oct" not in html  # no weekday annotated from a guessed day


# ----------------------------------------------------------------------------- the labelled wire-copy set


def _wire_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_dates", ROOT / "eval" / "dates.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_dates_wire_set_tune_rows_pass() -> None:
    mod = _wire_module()
    rows = mod.load()
    assert len(rows) >= 150 and sum(r.split == "heldout" for r in rows) >= 50
    outcomes = mod.evaluate([r for r in rows if r.split == "tune"])
    fails = [(o.row.id, o.row.expression, o.row.value, o.got) for o in outcomes if not o.ok]
    assert not fails


def test_dates_wire_set_held_out_floor() -> None:
    mod = _wire_module()
    f = mod.figures(mod.evaluate([r for r in mod.load() if r.split == "heldout"]))
    # Measured 0.964 (53/55) on the first run over the held-out rows; target >= 0.95.
    assert f["dates.heldout_accuracy"] >= 0.95
    assert f["dates.heldout_accuracy"] > f["dates.baseline_heldout_accuracy"]
