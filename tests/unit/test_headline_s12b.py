"""Headlines from long attributed leads: the speaker named by surname (a title alone for
an unnamed official) before a word of what was said goes, and "has been confirmed as the
man who will present X" written "to Present X". Every sentence here is invented."""

from __future__ import annotations

import copydesk.grounding.cuts  # noqa: F401  (registers the cut check the headlines use)


def _lead(text: str):  # type: ignore[no-untyped-def]
    from copydesk.generate.select import candidates
    from copydesk.ingest import story_from_text
    from copydesk.nlp.analyse import parse

    parsed = parse(story_from_text(text))
    cands = candidates(parsed)
    return min(cands, key=lambda c: c.index), parsed.analysis


def _words(text: str, limit: int = 90) -> str | None:
    from copydesk.generate.headlines import _headline_words, _style

    c, _ = _lead(text)
    got = _headline_words(c, limit)
    return None if got is None else _style(got[0])


def test_an_appositive_speaker_is_named_by_surname() -> None:
    h = _words("The Transport Minister, Robert Hallam, says the state government is trying to interview "
               "the suspected arsonist David Kerrigan. The fires burned for days.")
    assert h is not None and h.startswith("Hallam Says"), h
    assert "Minister" not in h and "Robert" not in h, h


def test_a_titled_speaker_is_named_by_surname_when_the_title_costs_the_news() -> None:
    h = _words("Federal Health Minister Tony Abbott says the Government will spend an extra ten million "
               "dollars to reopen rural hospitals. He spoke in Perth.")
    assert h is not None and h.startswith("Abbott Says Government Will Spend"), h
    assert h.endswith("to Reopen Rural Hospitals"), h


def test_a_short_lead_keeps_the_speakers_full_name() -> None:
    h = _words("Labor MP Carmen Wallace says the party will review its policy. She spoke in Perth.")
    assert h is not None and "Carmen Wallace" in h, h


def test_an_unnamed_official_loses_his_rank_first() -> None:
    h = _words("A senior Hamas official has said the radical Palestinian movement has decided to stop suicide "
               "bombings against Israel. Talks resume next week.")
    assert h is not None and h.startswith("Hamas Official Says"), h
    assert "Stop Suicide Bombings" in h, h


def test_coordinated_speakers_are_never_cut_to_one_surname() -> None:
    from copydesk.generate.headlines import _child, _speaker_trims, event_clause

    c, _ = _lead("Businessmen Solomon Lew and Lindsay Fox say the Federal Government must help break the "
                 "dominance of the national airline to ensure their bid is successful. The bid closes soon.")
    verb, frame = event_clause(c.span)
    assert frame is not None
    subj = _child(frame, {"nsubj"})
    assert subj is not None and _speaker_trims(c.span, subj) == []


def test_a_lowercase_name_particle_is_no_surname() -> None:
    from copydesk.generate.headlines import _child, _speaker_trims, event_clause

    c, _ = _lead("Militant leader Abu bin Hamid says the group will not lay down its arms. He spoke on radio.")
    doc = c.span.doc
    _, frame = event_clause(c.span)
    subj = _child(frame, {"nsubj"}) if frame is not None else None
    steps = _speaker_trims(c.span, subj) if subj is not None else []
    for step in steps:  # never "Hamid" without its "bin", nor "bin" left as a name
        assert frame is not None
        kept = [doc[i].text for i in range(c.span.start, c.span.end) if i not in step and doc[i].i < frame.i]
        assert kept[:1] != ["bin"] and not (kept[:1] == ["Hamid"] and "bin" not in kept), kept


def test_confirmed_as_the_man_who_will_is_a_future_act() -> None:
    h = _words("Chelsea legend Frank Lamb has been confirmed as the man who will present Ruby Walsh with his "
               "final champion jockeys trophy at Ascot on Saturday. Walsh retires next month.")
    assert h is not None and "frank lamb to present ruby walsh with his final" in h.lower(), h
    assert "Trophy" in h and "Confirmed" not in h and "Man Who" not in h, h


def test_confirmed_as_the_man_who_may_keeps_its_hedge() -> None:
    from copydesk.generate.headlines import _future_role, event_clause

    c, _ = _lead("Chelsea legend Frank Lamb has been confirmed as the man who may present Ruby Walsh with his "
                 "trophy. Walsh retires next month.")
    verb, _ = event_clause(c.span)
    assert _future_role(verb) is None


def test_a_gerund_governed_by_for_is_not_cut_from_its_subject() -> None:
    # "… in Exchange for Prosecutors" said another thing: the gerund is what "for" governs.
    from copydesk.generate.headlines import _gerund_with_subject
    from copydesk.nlp.parser import load_pipeline

    doc = load_pipeline()("The teacher pleaded guilty to three counts in exchange for prosecutors dropping ten other charges.")
    gerund = next(t for t in doc if t.text == "dropping")
    assert _gerund_with_subject(gerund)
    doc = load_pipeline()("The man wearing a red hat was arrested by police on Friday.")
    assert not _gerund_with_subject(next(t for t in doc if t.text == "wearing"))
