"""The relation-level grounding check: dependency arcs of a claim against its sources."""

from __future__ import annotations

from copydesk.grounding import check_document, ground
from copydesk.grounding.align import check_relations
from copydesk.grounding.relations import (
    case_map,
    compare,
    default_index,
    truecase,
)
from copydesk.model import Analysis, Claim, Parts, Sentence

SOURCE = ["The police arrested the man in Leeds on Friday after a long chase.",
          "He was taken to a station and later released on bail."]


def _result(claim: str, sources: list[str] = SOURCE):  # type: ignore[no-untyped-def]
    idx = default_index()
    return compare(idx.relations([claim])[0], idx.relations(sources))


def test_swapped_agent_is_caught() -> None:
    result = _result("The man arrested the police in Leeds.")
    assert result.swapped >= 1
    assert result.score < 0.5
    assert any("-subj->" in m and "man" in m for m in result.missing)


def test_passive_paraphrase_by_deletion_passes() -> None:
    result = _result("The man was arrested by the police in Leeds.")
    assert result.missing == ()
    assert result.swapped == 0
    assert result.score == 1.0


def test_deletion_of_the_source_passes() -> None:
    assert _result("The police arrested the man after a chase.").score == 1.0


def test_active_paraphrase_of_a_passive_source_passes() -> None:
    result = _result("Police arrested a man in Leeds.",
                     ["A man was arrested by police in Leeds on Friday."])
    assert result.score == 1.0 and result.swapped == 0


def test_wrong_pronoun_is_reported_and_right_one_is_not() -> None:
    assert _result("She was taken to a station.").pronouns == ("she",)
    assert _result("He was taken to a station.").pronouns == ()


def test_name_matches_through_its_compound_and_apposition() -> None:
    sources = ["Kilmarnock manager Gary Locke praised the players on Thursday."]
    assert _result("Locke praised the players.", sources).score == 1.0
    assert _result("The players praised Locke.", sources).score < 1.0


def test_lower_case_claim_is_truecased_from_the_sources() -> None:
    cases = case_map(["The police said Gary Locke left Leeds.", "Locke was seen in Leeds."])
    assert truecase("gary locke left leeds .", cases) == "Gary Locke left Leeds ."


def test_check_relations_pools_every_sentence() -> None:
    good = check_relations("The police arrested the man. He was released on bail.", SOURCE)
    bad = check_relations("The man arrested the police. He was released on bail.", SOURCE)
    assert good.score == 1.0
    assert len(bad.sentences) == 2 and bad.score < good.score
    assert bad.sentences[1].missing == ()


def test_empty_inputs_are_safe() -> None:
    assert check_relations("", SOURCE).score == 1.0
    assert check_relations("The man arrested the police.", []).score == 0.0


def test_check_document_relations_flag_lowers_only_the_swapped_text() -> None:
    swapped = "The man arrested the police in Leeds."
    clean = "The police arrested the man in Leeds."
    assert check_document(clean, SOURCE, relations=True).score == check_document(
        clean, SOURCE).score
    assert check_document(swapped, SOURCE, relations=True).score < check_document(
        swapped, SOURCE).score


def _analysis(texts: list[str] = SOURCE) -> Analysis:
    sentences, start = [], 0
    for i, t in enumerate(texts, 1):
        sentences.append(Sentence(id=f"s{i}", paragraph=0, text=t, start=start,
                                  end=start + len(t)))
        start += len(t) + 1
    return Analysis(sentences=tuple(sentences))


def _parts(text: str) -> Parts:
    none: tuple[Claim, ...] = ()
    return Parts(question_headline=Claim(text="Who did police arrest?", cites=("s1",),
                                         kind="question"),
                 headline=Claim(text="Police arrest man in Leeds", cites=("s1",)),
                 seo_title="Police arrest man",
                 synopsis=(Claim(text=text, cites=("s1",)),),
                 takeaways=(), viewpoint=none, faq=())


def test_ground_relations_is_off_by_default_and_flags_a_swap_when_on() -> None:
    parts = _parts("The man arrested the police in Leeds on Friday.")
    off = {s.ref: s.score for s in ground(_analysis(), parts).supports}
    on = ground(_analysis(), parts, relations=True)
    scores = {s.ref: s.score for s in on.supports}
    assert scores["synopsis.0"] < off["synopsis.0"]
    assert not next(s for s in on.supports if s.ref == "synopsis.0").supported
    assert scores["headline"] == off["headline"]


def test_ground_relations_keeps_a_clean_deletion_supported() -> None:
    parts = _parts("The police arrested the man in Leeds on Friday.")
    on = ground(_analysis(), parts, relations=True)
    assert on.status == "supported", on.supports


def test_one_name_as_subject_and_object_is_reported() -> None:
    sources = ["Ben Elton took a swipe at Myleene Klass over the mansion tax plan."]
    bad = _result("Myleene Klass made a swipe at Myleene Klass over the plan.", sources)
    assert bad.selfs == ("made",)
    assert _result("Ben Elton took a swipe at Myleene Klass.", sources).selfs == ()


def test_pronoun_is_resolved_to_its_antecedent_before_matching() -> None:
    sources = ["Alan Lawrence, a photographer, made a calendar.",
               "He posted the photos on his blog."]
    right = check_relations("Alan Lawrence made a calendar. He posted the photos.", sources)
    wrong = check_relations("Wil posted the photos on his blog.", sources)
    assert right.score == 1.0
    assert "posted -subj-> Wil" in wrong.sentences[0].missing


def test_ground_relations_penalises_a_self_relation() -> None:
    analysis = _analysis(["Ben Elton took a swipe at Myleene Klass over the tax plan."])
    parts = _parts("Myleene Klass took a swipe at Myleene Klass over the tax plan.")
    on = {s.ref: s.score for s in ground(analysis, parts, relations=True).supports}
    off = {s.ref: s.score for s in ground(analysis, parts).supports}
    assert on["synopsis.0"] <= off["synopsis.0"] - 0.25


def test_a_headlines_past_form_without_auxiliary_may_be_a_passive() -> None:
    # Headline grammar drops the auxiliary of a passive ("Jack Grealish Handed His First
    # Start" = he was handed it); read as an active past it swapped the roles of a faithful
    # headline. In sentence case the same words are still an active past, and caught.
    src = ["Jack Grealish was handed his first Premier League start by Tim Sherwood in the draw with QPR."]
    assert _result("Jack Grealish Handed His First Premier League Start in Draw with QPR", src).swapped == 0
    assert _result("Tim Sherwood Handed Jack Grealish His First Start", src).swapped == 0
    swapped = _result("The man arrested the police in Leeds.")
    assert swapped.swapped >= 1


def test_the_meaning_role_check_leaves_a_headlines_bare_past_open() -> None:
    # "Jack Grealish Handed …" with the full name written in from another sentence is no
    # deletion of one source: the role check reads it, and must not take the headline's
    # auxiliary-less passive for an active past. An explicit agent still settles the roles.
    from copydesk.grounding.meaning import roles

    src = ["Grealish, 19, was handed his first Premier League start by Tim Sherwood in the draw.",
           "Jack Grealish wants to replace the Wembley misery."]
    assert roles("Jack Grealish Handed His First Premier League Start in Draw", src) == []
    assert roles("Tim Sherwood was handed his first start by Jack Grealish.", src)
    assert roles("Police Arrested by Man in Leeds", ["The man was arrested by police in Leeds."])
