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
