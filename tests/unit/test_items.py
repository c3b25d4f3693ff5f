"""Wire bulletins (copydesk.nlp.items): where the next item begins, and every part and the
topics keeping to the first item. Invented bulletins, after the ABC wire stories blind
readers struck (s14: takeaways, FAQ and topics drawn from a fused second story)."""

from __future__ import annotations

import copydesk
from copydesk.generate.select import candidates
from copydesk.ingest import story_from_text
from copydesk.nlp.analyse import parse
from copydesk.nlp.items import item_break, story_item_break


def _break(text: str) -> int | None:
    cands = candidates(parse(story_from_text(text)))
    return item_break([c.span for c in cands], [c.facts for c in cands], [c.index for c in cands])


def test_a_bulletins_next_item_is_found_without_a_meanwhile() -> None:
    bulletin = ("The state premier will make a statement this week about claims over a hospital contract. "
                "Premier Alan Brooks signed the contract in 2019 when he was health minister. "
                "Pressure has mounted on Mr Brooks to explain the deal to parliament. "
                "Three people were hurt when a bus overturned on a motorway near Lyon in France. "
                "A police spokesman says the driver may have fallen asleep at the wheel of the bus. "
                "The bus was carrying forty tourists from Spain to the Alps. "
                "The injured tourists were taken to hospital in Lyon by helicopter. "
                "Police say the motorway near Lyon was closed for five hours.")
    assert _break(bulletin) == 3
    # one story that moves on to its own details is no bulletin
    story = ("The state premier will make a statement this week about claims over a hospital contract. "
             "Premier Alan Brooks signed the contract in 2019 when he was health minister. "
             "Pressure has mounted on Mr Brooks to explain the deal to parliament. "
             "Two nurses who raised concerns were later moved to other wards. "
             "The opposition says the premier must explain the contract in full. "
             "The hospital contract was worth $40 million, the opposition says.")
    assert _break(story) is None


def test_a_bulletins_next_item_is_found_when_a_stray_word_recurs() -> None:
    # Later sentences of the second item that share a common word ("hours", "decision")
    # with the first item still count for the second: each sentence goes to the side it
    # shares more words with.
    bulletin = ("France beat Australia in the Davis Cup final after a decision by the selectors. "
                "The captain played his best player in the doubles hours before the final match. "
                "The French captain says the victory makes up for a defeat two years ago. "
                "The Palestinian Authority has launched a crackdown on militants after bombings over the weekend. "
                "The Israeli Government is warning of a harsh response to the bombings in Haifa. "
                "A suicide bomber boarded a bus in the northern Israeli town of Haifa. "
                "That attack came hours after a triple bombing in Jerusalem. "
                "Israeli ministers say the Palestinian leadership should be toppled. "
                "A decision on an Israeli military response is likely later today.")
    assert _break(bulletin) == 3


def test_a_meanwhile_item_may_share_a_country_and_one_word() -> None:
    # "Meanwhile, …" with someone new, sharing only a people's name ("Australian") with the
    # item before: the next item, though the old rule wanted no shared word at all.
    bulletin = ("Swimmer Kate Dunn has been named Australian swimmer of the year for the second time. "
                "The 19-year-old won four gold medals at the world championships in Japan in July. "
                "Her coach Bill Moss was named coach of the year at the awards night in Sydney. "
                "Meanwhile, the Australian cricket team has arrived in Perth to prepare for the first Test against India. "
                "Leg spinner Tom Reilly, who replaces the injured Sam Black, says the squad is in good form. "
                "Reilly says the Perth pitch will suit the fast bowlers in the opening session. "
                "India will go into the Test with most of its batsmen in good form after a win in Brisbane.")
    assert _break(bulletin) == 3


def test_a_meanwhile_that_answers_the_first_item_is_no_new_item() -> None:
    # "Meanwhile, …" that names someone new but speaks of the first item's person and its
    # explanation carries the same story on.
    story = ("Church leader Mark Hale says the Governor must explain how he handled complaints about a school. "
             "Premier Ann Lowe is defending Governor Peter Grant against criticism of his handling of the claims. "
             "Child protection groups still want the Governor to resign over the complaints. "
             "Meanwhile, Opposition leader Simon Crane has described Governor Grant's explanation as insufficient. "
             "Mr Crane says there are gaps in where the Governor received his legal advice. "
             "Mr Crane says the Premier must make the Governor's advice public.")
    assert _break(story) is None


def test_a_new_named_subject_with_nothing_shared_starts_the_next_item() -> None:
    # No connective: a plain statement whose subject names a new body, sharing nothing with
    # the first item, whose people never come back while the new item's are named again.
    bulletin = ("The Transport Safety Bureau has called for pilots to be better trained on the risks of turbulence. "
                "It is a response to a helicopter crash last August which killed radio host Shane Ryder. "
                "Mr Ryder was on a solo training flight when he crashed into a hillside near Noosa. "
                "Bureau director Alan Grey says the helicopter was struck by severe turbulence over the range. "
                "Mr Grey says pilots should be warned about mountain waves before solo flights. "
                "The former finance director of retailer Hollis Brothers will face court on 20 fraud charges. "
                "The charges against Neil Parks include 12 counts of acting dishonestly as an officer of the company. "
                "Hollis Brothers went into receivership in April with debts of about $160 million. "
                "A buyout of the stores by former executives was completed last month.")
    assert _break(bulletin) == 5


def test_a_single_story_that_drifts_to_a_new_voice_is_not_cut() -> None:
    # A single story that brings in a new named voice and new things (an expert's view on
    # the wider problem) is one story: its first people come back, so nothing is cut.
    story = ("A couple in Melbourne is seeking approval to have a baby matched to their sick first child. "
             "The IVF technique tests a three day old embryo for inherited disease before it is implanted. "
             "The couple's toddler has a rare blood disease and needs a bone marrow donation from a sibling. "
             "Professor Alan Trent of the Monash Institute says the clinic is ready to help the family. "
             "Doctors in the United States have already used the technology to save a child in Denver. "
             "The couple hopes the fertility authority will rule on their request before Christmas.")
    assert _break(story) is None
    fixtures = ("Derby will make sure of a play-off place if they win at Millwall on Saturday. "
                "Ipswich will make sure of a play-off place if they win and Brentford lose at Reading. "
                "Wigan will be relegated if they fail to win and Rotherham beat Brighton. "
                "Preston will be promoted if they win at home to Swindon and Rochdale lose. "
                "Sheffield United will be guaranteed a play-off place with a win at Leyton Orient. "
                "Colchester will be relegated if they lose and Crewe win at Coventry.")
    assert _break(fixtures) is None


_BULLETIN = ("The owner of a nudist resort in the Riverland is expecting hundreds of people for a mass photo shoot. "
             "Resort owner Rex Baker wants to photograph the crowd at his Lake Bonney resort on January 2. "
             "Mr Baker says he has had calls from people in Victoria and New South Wales about the shoot. "
             "Meanwhile, Defence Minister Robert Hall has given details of two Australian men believed to have "
             "trained with the Taliban in Afghanistan. "
             "Senator Hall says one of the men served in the army before he left for Afghanistan. "
             "Senator Hall says the Government does not know when the second man entered Afghanistan.")


def test_the_whole_story_reading_finds_the_same_break() -> None:
    parsed = parse(story_from_text(_BULLETIN))
    cands = candidates(parsed)
    assert item_break([c.span for c in cands], [c.facts for c in cands], [c.index for c in cands]) == 3
    assert story_item_break(parsed.spans, parsed.analysis.facts) == 3


def test_every_part_and_the_topics_keep_to_a_bulletins_first_item() -> None:
    article = copydesk.enrich(_BULLETIN)
    first = {"s1", "s2", "s3"}
    parts = article.parts
    cited = [*parts.headline.cites, *parts.question_headline.cites,
             *(i for c in parts.synopsis for i in c.cites), *(i for t in parts.takeaways for i in t.claim.cites),
             *(i for c in parts.viewpoint for i in c.cites),
             *(i for p in parts.faq for i in (*p.question.cites, *p.answer.cites))]
    assert cited and set(cited) <= first, cited
    assert not any(w in t for t in parts.tags for w in ("Afghanistan", "Hall", "Taliban")), parts.tags
    assert any("Baker" in t or "Bonney" in t or "Riverland" in t for t in parts.tags), parts.tags
