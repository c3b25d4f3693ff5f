"""Meaning checks: each catches its meaning change and lets the faithful version through."""

from __future__ import annotations

import pytest

from copydesk.grounding import check_claim, ground
from copydesk.grounding.meaning import check_meaning
from copydesk.grounding.question import answered
from copydesk.model import Analysis, Claim, Parts, Sentence


def kinds(claim: str, sources: list[str], kind: str = "fact") -> list[str]:
    return [u.kind for u in check_meaning(claim, sources, kind=kind)]


INSIST = "The ministry insists that the vessel entered its territorial waters on Monday."
ALLEGED = "Jesse Norman allegedly gave out cake while campaigning at a supermarket."
ACCORDING = ("No U.S. personnel were hurt in the blast, according to the State Department, "
             "which said a car bomb exploded outside the compound.")
QUOTE = "Announcing the policy Mr Cameron said: 'This election is about building a better future.'"


@pytest.mark.parametrize(("claim", "source"), [
    ("The vessel entered its territorial waters on Monday.", INSIST),
    ("Jesse Norman gave out cake while campaigning at a supermarket.", ALLEGED),
    ("No U.S. personnel were hurt in the blast.", ACCORDING),
    ("This election is about building a better future.", QUOTE),
    ("Three men have been executed in a new video.",
     "Three men have been executed in a new video, Islamic State has claimed."),
])
def test_a_contested_statement_or_quote_without_its_owner_is_caught(claim: str, source: str) -> None:
    assert kinds(claim, [source]) == ["attribution"]


@pytest.mark.parametrize(("claim", "source"), [
    ("The ministry insists the vessel entered its territorial waters.", INSIST),
    ("The vessel entered its territorial waters, the ministry claimed.", INSIST),
    ("Jesse Norman allegedly handed out cake at a supermarket.", ALLEGED),
    ("The State Department said no U.S. personnel were hurt in the blast.", ACCORDING),
    ("This election is about building a better future, Mr Cameron said.", QUOTE),
    ("The ministry insists that the vessel entered its territorial waters on Monday.", INSIST),
])
def test_a_statement_that_keeps_its_owner_passes(claim: str, source: str) -> None:
    assert kinds(claim, [source]) == []


@pytest.mark.parametrize(("claim", "source"), [
    ("Our young Earth collided with a body similar to Mercury.",
     "Our young Earth may have collided with a body similar to Mercury."),
    ("Cheltenham will be relegated.", "Cheltenham will be relegated if they lose on Saturday."),
    ("Then we would have made a tremendous advance.",
     "If we could recreate their abilities in a robot then we would have made a tremendous advance."),
    ("The EPA said the pesticide caused the illnesses.",
     "The EPA said the pesticide may have caused the illnesses."),
    ("The minister will visit Paris in December.",
     "The minister is expected to visit Paris in December."),
])
def test_a_dropped_hedge_or_condition_is_caught(claim: str, source: str) -> None:
    assert kinds(claim, [source]) == ["hedge"]


@pytest.mark.parametrize(("claim", "source"), [
    ("Our young Earth might have collided with a body similar to Mercury.",
     "Our young Earth may have collided with a body similar to Mercury."),
    ("If they lose on Saturday, Cheltenham will be relegated.",
     "Cheltenham will be relegated if they lose on Saturday."),
    ("The EPA said the pesticide could have caused the illnesses.",
     "The EPA said the pesticide may have caused the illnesses."),
    ("Flights will resume from November 1.", "The airline said flights would resume from November 1."),
    ("Asked if he would stand, Smith declined to comment.",
     "Asked if he would stand, Smith declined to comment on Friday."),
])
def test_a_kept_or_reworded_hedge_passes(claim: str, source: str) -> None:
    assert kinds(claim, [source]) == []


def test_a_coordinated_subject_cut_to_one_member_is_caught() -> None:
    source = ["Spain and Portugal signed the water treaty in Madrid on Tuesday."]
    assert kinds("Portugal signed the water treaty in Madrid.", source) == ["actor"]
    assert kinds("Spain and Portugal signed the water treaty.", source) == []
    assert kinds("Both countries signed the water treaty in Madrid.", source) == []


def test_two_descriptions_of_one_person_are_not_two_actors() -> None:
    source = ["An Air Force veteran and former Playboy model was arrested for taking a flag."]
    assert kinds("An Air Force veteran was arrested for taking a flag.", source) == []


def test_swapped_roles_are_caught_and_a_passive_paraphrase_passes() -> None:
    source = ["The police arrested the man in Leeds on Friday."]
    assert kinds("The man arrested the police in Leeds.", source) == ["relation"]
    assert kinds("The man was arrested by the police in Leeds.", source) == []
    told = ["'It was nothing my other kids did,' Lawrence told ABC."]
    assert kinds("'It was nothing my other kids did,' ABC told Lawrence.", told) == ["relation"]


@pytest.mark.parametrize(("claim", "source"), [
    ("The agency advertises for a", "The agency advertises for a driver in Leeds."),
    ("Actress Julia Louis-Dreyfus Has Revealed",
     "Actress Julia Louis-Dreyfus has revealed that her hairstyle was inspired by Hillary Clinton."),
    ("The Man in His 50s", "The man in his 50s was travelling on his motorbike when he was hit."),
    ("Why our planet has a hot core.",
     "The dramatic event could explain why our planet has a hot core."),
    ("Not Even a Vast Right-wing Conspiracy Would Be Able",
     "Not even a vast right-wing conspiracy would be able to interact with 2 million of them."),
])
def test_a_statement_that_is_not_a_clause_is_caught(claim: str, source: str) -> None:
    assert kinds(claim, [source]) == ["fragment"]


@pytest.mark.parametrize(("claim", "source"), [
    ("Police arrest man in Leeds", "The police arrested the man in Leeds on Friday."),
    ("Ander Herrera Nets a Brace Against Aston Villa",
     "Herrera netted a brace against Aston Villa on Saturday afternoon."),
    ("Nauru guards pictured with Pauline Hanson at the rally.",
     "Nauru guards pictured with Pauline Hanson at the rally."),
    ("Be sure to wash your hands afterwards.", "Be sure to wash your hands afterwards."),
])
def test_headlines_captions_and_verbatim_sentences_are_clauses_enough(claim: str,
                                                                      source: str) -> None:
    assert kinds(claim, [source]) == []


def test_a_negated_reporting_verb_is_a_flip() -> None:
    source = ["The retired charity worker said: 'I took him out just after tea.'"]
    assert kinds("The retired charity worker did not say: 'I took him out just after tea.'",
                 source) == ["negation"]


# ------------------------------------------------------------------------ questions


def test_a_question_is_held_to_an_answer_not_to_overlap() -> None:
    source = ["The two leaders discussed trade and security at their meeting in Geneva."]
    assert answered("What was the agenda of the meeting?", source) == []
    assert answered("Where did the leaders meet?", source) == []
    assert [u.kind for u in answered("Why did the leaders meet?", source)] == ["unanswered"]
    assert [u.kind for u in answered("When did the leaders meet?", source)] == ["unanswered"]
    assert [u.kind for u in answered("What did Ronaldo score?", source)] == ["unanswered"]
    assert answered("What is the name of the boy?", ["Noah started the act at one month."]) == []


def _analysis(texts: list[str]) -> Analysis:
    sentences, start = [], 0
    for i, t in enumerate(texts, 1):
        sentences.append(Sentence(id=f"s{i}", paragraph=0, text=t, start=start,
                                  end=start + len(t)))
        start += len(t) + 1
    return Analysis(sentences=tuple(sentences))


def test_check_claim_supports_a_question_with_little_overlap_but_not_an_invented_name() -> None:
    analysis = _analysis(["The two leaders discussed trade and security at their meeting."])
    ok = check_claim(analysis, Claim(text="What was the agenda of the meeting?", cites=("s1",),
                                     kind="question"))
    assert ok.supported, ok
    bad = check_claim(analysis, Claim(text="What did Macron say at the meeting?",
                                      cites=("s1",), kind="question"))
    assert not bad.supported and bad.unsupported[0].kind == "name"


def test_ground_flags_a_meaning_change_by_default_and_can_turn_it_off() -> None:
    analysis = _analysis([INSIST])
    claim = Claim(text="The vessel entered its territorial waters on Monday.", cites=("s1",))
    parts = Parts(question_headline=Claim(text="Did the vessel enter?", cites=("s1",),
                                          kind="question"),
                  headline=Claim(text="Ministry Insists Vessel Entered Its Waters", cites=("s1",)),
                  seo_title="", synopsis=(claim,), takeaways=(), viewpoint=(), faq=())
    on = ground(analysis, parts)
    assert on.status == "flagged"
    assert [u.kind for s in on.supports if s.ref == "synopsis.0" for u in s.unsupported] == [
        "attribution"]
    assert ground(analysis, parts, meaning=False).status == "supported"


def test_a_name_swapped_for_another_name_of_the_story_is_caught() -> None:
    source = ["If your parents voted for Obama, they're evil, he told WMAZ, quoting Perry."]
    assert kinds("If your parents voted for Perry, they're evil, he told WMAZ.", source) == [
        "name"]
    assert kinds("If your parents voted for Obama, they're evil, he told WMAZ.", source) == []


@pytest.mark.parametrize(("claim", "source"), [
    ("The Pub Landlord Vowed to Never Drink Again",
     "A pub landlord who was convicted of drink driving after claiming he was sleepwalking "
     "has vowed to never drink again."),
    ("Victory would move Villa five points clear of the drop zone.",
     "Victory would move Villa five points clear of the drop zone but they will return to the "
     "bottom three if QPR win."),
    ("McElroy Does Not Respond to Email Sent to Her University Account",
     "McElroy did not immediately respond to an email sent to her university account."),
    ("A Study Finds It May Make Your Brain Larger", "Now, a study has found it may make your "
                                                    "brain larger, too."),
    ("What was Chancey Luna charged with?", "Chancey Luna, 17, was charged with murder."),
])
def test_faithful_deletions_the_rules_engine_makes_pass(claim: str, source: str) -> None:
    kind = "question" if claim.endswith("?") else "fact"
    assert kinds(claim, [source], kind) == []


def test_a_cue_in_one_cited_sentence_does_not_bind_a_claim_another_states_plainly() -> None:
    sources = ["His fame came as the only man who could beat Evander Holyfield.",
               "Holyfield beat Bowe the following year in a rematch."]
    assert kinds("Holyfield beat Bowe the following year in a rematch.", sources) == []
    assert kinds("Holyfield beat Bowe the following year in a rematch.", sources[:1] + [
        "Holyfield may have beaten Bowe the following year in a rematch."]) == ["hedge"]


def test_a_copula_shared_by_two_people_is_not_a_dropped_actor() -> None:
    sources = ["Michael Lurie and his family were at the exhibit when they heard a scream.",
               "'It was a long drop,' Lurie told WKYC."]
    assert kinds("'It was a long drop,' Michael Lurie told WKYC.", sources) == []


@pytest.mark.parametrize(("claim", "source"), [
    ("Rita Ora have both adopted the trend.",
     "Rita Ora (left) and Jessie Ware (right) have both adopted the trend."),
    ("The new king will be crowned in the cathedral.",
     "The new king or queen will be crowned in the cathedral."),
])
def test_a_member_lost_after_a_parenthesis_or_from_an_or_is_an_actor_dropped(
        claim: str, source: str) -> None:
    assert "actor" in kinds(claim, [source])


def test_according_to_dropped_is_caught_even_when_the_owner_s_words_stay() -> None:
    source = ["According to police Mr Smith sold the car to a dealer in Leeds."]
    assert kinds("Police Mr Smith sold the car to a dealer in Leeds.", source) == ["attribution"]
    assert kinds("Police said Mr Smith sold the car to a dealer in Leeds.", source) == []
    assert kinds("Mr Smith sold the car to a dealer in Leeds, according to police.", source) == []


@pytest.mark.parametrize("claim", [
    "Certainly, Smith did nothing for the club as managers — Jones even sold the ground.",
])
def test_a_member_dropped_from_the_subject_is_caught_though_named_later(claim: str) -> None:
    source = ["Certainly, Smith and Jones did nothing for the club as managers — Jones even "
              "sold the ground."]
    assert kinds(claim, source) == ["actor"]
    assert kinds("Smith and Jones did nothing for the club as managers.", source) == []


def test_a_pronoun_member_of_a_subject_counts_as_an_actor() -> None:
    assert kinds("Ministers say the plan will work.",
                 ["Ministers and others say the plan will work."]) == ["actor"]


def test_a_name_replaced_by_a_word_the_sentence_never_uses_is_caught() -> None:
    source = ["He urged voters to back Labour and ignore the polls."]
    assert kinds("He urged voters to back reform and ignore the polls.", source) == ["name"]
    assert kinds("He urged voters to back Labour and ignore the polls.", source) == []


SPLICED = ("Fellow guard John Smith posted messages criticising shops for selling imported goods "
           "Mark Jones shared a cartoon with a caption urging people to stay.")


@pytest.mark.parametrize(("claim", "source", "kind"), [
    ("Smith was renowned is equally memorable.",
     "Smith was renowned for his calm voice but his scorn for the new rules is equally "
     "memorable.", "fact"),
    ("Fellow guard John Smith posted messages criticising shops for selling imported goods "
     "Mark Jones shared a cartoon with a caption.", SPLICED, "fact"),
    ("The team will play at the stadium against Leeds United The club.",
     "The team will play at the stadium against Leeds United The club, including its owner, "
     "have backed the boycott.", "fact"),
    ("He told supporters in Leeds: '.",
     "He told supporters in Leeds: 'If you want a change, vote for us.'", "fact"),
    ("Who starred as a singer and his records?",
     "Jones starred as a singer and his records will always bring back memories of the "
     "sixties.", "question"),
])
def test_two_sentences_run_together_or_a_cut_clause_is_a_fragment(
        claim: str, source: str, kind: str) -> None:
    assert kinds(claim, [source], kind) == ["fragment"]


@pytest.mark.parametrize(("claim", "source"), [
    ("Smith was renowned for his calm voice.",
     "Smith was renowned for his calm voice but his scorn for the new rules is equally "
     "memorable."),
    ("Fellow guard John Smith posted messages criticising shops for selling imported goods.",
     SPLICED),
    ("Striker Harry Kane scored two goals on Sunday.",
     "Striker Harry Kane scored two goals on Sunday, his manager said."),
    ("The shops John Lewis owns were closed on Sunday.",
     "The shops John Lewis owns were closed on Sunday, the firm said."),
    ("Survival expert and TV star Bear Grylls lent Mr Cameron his support for the scheme.",
     "Survival expert and TV star Bear Grylls lent Mr Cameron his support for the scheme, "
     "it emerged."),
    ("Karo claims that being close to Ms Kunis has 'brought back all the bad memories'.",
     "Karo claims that being close to Ms Kunis has 'brought back all the bad memories', "
     "the paper said."),
    ("Smith was at the ground and, as a livid John Carver promised his men would, they lost.",
     "Smith was at the ground on Sunday and, as a livid John Carver promised his men would, "
     "they lost."),
])
def test_a_whole_clause_cut_from_a_run_on_passes(claim: str, source: str) -> None:
    assert kinds(claim, [source]) == []


def test_according_to_after_a_dash_owns_only_the_dashs_phrase() -> None:
    source = ["Prosecutors said she married men from Mali and Georgia - countries that were "
              "'red flags' for immigration, according to the Daily News."]
    assert kinds("Prosecutors said she married men from Mali and Georgia.", source) == []
    assert kinds("Mali and Georgia were countries that were red flags for immigration.",
                 source) == ["attribution"]


@pytest.mark.parametrize(("claim", "source"), [
    ("Having a park nearby is not only pleasant – it also means your house is worth more.",
     "Having a park nearby is not only pleasant – it also means your house is worth more, "
     "according to a study."),
    ("Fighters from 90 nations – half the countries in the world – have joined armed groups.",
     "Fighters from 90 nations – half the countries in the world – have joined armed groups, "
     "according to research by the United Nations."),
])
def test_according_to_after_a_dashed_clause_or_parenthesis_owns_the_sentence(
        claim: str, source: str) -> None:
    assert kinds(claim, [source]) == ["attribution"]


def test_a_negation_deleted_before_a_function_word_is_a_flip() -> None:
    source = ["For those who survived, life will never be the same."]
    assert kinds("For those who survived, life will be the same.", source) == ["negation"]
    assert kinds("For those who survived, life will never be the same.", source) == []


def test_a_condition_set_off_by_commas_before_the_speaker_is_a_hedge() -> None:
    source = ['"There is usually a power of attorney for the embryos, if they are frozen for '
              'future use," he said.']
    assert kinds('"There is usually a power of attorney for the embryos," he said.',
                 source) == ["hedge"]
    assert kinds("If they are frozen, there is usually a power of attorney for the embryos, "
                 "he said.", source) == []


def test_the_object_of_a_verb_made_one_of_its_subjects_is_a_swap() -> None:
    source = ["Ms Dell said anecdotal evidence so far from staff at the home is 'very positive'."]
    assert "relation" in kinds("Anecdotal evidence said Ms Dell so far from staff at the home "
                               "is 'very positive'.", source)
    assert kinds("Anecdotal evidence from staff at the home is 'very positive', Ms Dell said.",
                 source) == []


def test_a_name_written_in_full_after_a_reporting_verb_is_no_swap() -> None:
    sources = ["The complaint describes talks some of the men had with Abdi Nur, a local man.",
               "The complaint says Nur, 'from his home in Syria, recruits young men to fight.'"]
    assert kinds("The complaint says Abdi Nur, 'from his home in Syria, recruits young men to "
                 "fight.'", sources) == []


PUB = ("John Smith, landlord of the Red Lion pub in Ashby, Devon had been drinking with a "
       "friend in Exeter on March 13.")
RAID = ("Footage of the raid showed the animals clambering across the furniture as officers "
        "made their way across the stained carpet to rescue the pets.")


@pytest.mark.parametrize(("question", "source"), [
    ("Who Devon had been drinking with a friend in Exeter?", PUB),
    # parse-dependent: caught when the parser hangs both "did" and "to" on one verb
    ("What did Footage of the fire show smoke-stained carpet to rescue the dogs?", RAID),
    ("What did the parade take on May 1 on a sunny morning?",
     "The parade took place on May 1 on a sunny morning."),
])
def test_a_garbled_question_or_half_an_idiom_is_a_fragment(question: str, source: str) -> None:
    assert kinds(question, [source], "question") == ["fragment"]


@pytest.mark.parametrize(("question", "source"), [
    ("Who had been drinking with a friend in Exeter?", PUB),
    ("Who had John Smith been drinking with?", PUB),
    ("What did footage of the raid show?", RAID),
    ("What did police raid?", "Police raided the house of John Smith and found 54 dogs."),
    ("Which team won the cup?", "Chelsea won the cup on Saturday."),
    ("What did the minister take to the summit?", "The minister took a gift to the summit."),
])
def test_a_well_formed_question_passes_the_form_check(question: str, source: str) -> None:
    assert kinds(question, [source], "question") == []


@pytest.mark.parametrize(("question", "source"), [
    ("What did charities last night welcome?",
     "Charities last night welcomed the move to train a new generation of lifesavers."),
    ("What does the range of local projects include?",
     "The range of local projects that people can join includes child care and reading."),
    ("What does the friendly cat even lick?",
     "The director said sometimes the friendly cat even licks the ears of other strays."),
])
def test_short_questions_the_parser_misreads_are_not_fragments(question: str, source: str) -> None:
    assert kinds(question, [source], "question") == []


@pytest.mark.parametrize(("claim", "source", "kind"), [
    ("Smith recorded three aces during the Par-3 contest.",
     "Smith recorded two aces during the Par-3 contest.", "number"),
    ("Victory moved Villa five points clear but they will go down if QPR win.",
     "Victory would move Villa five points clear but they will go down if QPR win.", "hedge"),
    ("It is treated with surgery and chemotherapy and the outlook is good.",
     "It is treated with surgery and chemotherapy and if diagnosed early the outlook is good.",
     "hedge"),
    ("The drug has now been licensed by European regulators.",
     "The drug plus chemotherapy has now been licensed by European regulators.", "actor"),
])
def test_meaning_changes_found_on_a_probe_set(claim: str, source: str, kind: str) -> None:
    assert kind in kinds(claim, [source])


def test_a_plan_noun_is_no_hedge() -> None:
    assert kinds("His plan was explained by Bowe to his followers in a post.",
                 ["Bowe explained his plan to his followers in a post."]) == []


@pytest.mark.parametrize("sentence", [
    "Enoch Gaver, 21, was killed and his cousin David Gaver, 28, was shot in the stomach.",
    "Delta came second with 5.6 million award seats; American was fourth with 3.5 million "
    "award seats.",
    "He was charged with rape, a first-degree felony, and obstruction, a second-degree felony.",
])
def test_a_number_slot_the_sentence_fills_twice_accepts_either_number(sentence: str) -> None:
    assert kinds(sentence, [sentence + " Police said."]) == []


def test_a_list_of_names_cut_before_its_and_is_an_actor_dropped() -> None:
    source = ["Those least likely to vote were Sharon, Samantha – sadly for the PM – and Clare."]
    assert "actor" in kinds("Those least likely to vote were Sharon, Samantha.", source)
    assert kinds("The victims were named as John Smith, Mary Jones.",
                 ["The victims were named as John Smith, Mary Jones, police said."]) == []


@pytest.mark.parametrize(("claim", "source"), [
    ("If I lost my job I get something else.", "If I lost my job I could get something else."),
    ("It would appear that the burden was too much for him.",
     "It would appear that the burden would be too much for him."),
    ("Or the moon has, coincidentally, been isotopically similar to young Earth.",
     "Or the moon could have, coincidentally, been isotopically similar to young Earth."),
])
def test_a_hedge_elsewhere_in_the_claim_does_not_keep_the_one_dropped(
        claim: str, source: str) -> None:
    assert kinds(claim, [source]) == ["hedge"]


@pytest.mark.parametrize(("claim", "source"), [
    ("Some make it; many do.", "Some make it; many don't."),
    ("There will not be many others keen to talk.", "There will be many others keen to talk."),
    ("If I hadn't had my dog there, the badger could have not had me.",
     "If I hadn't had my dog there, the badger could have had me."),
])
def test_a_negation_dropped_at_a_clause_end_or_added_is_a_flip(claim: str, source: str) -> None:
    assert "negation" in kinds(claim, [source])


@pytest.mark.parametrize(("claim", "source"), [
    ("He did not pay the fine.", "He failed to pay the fine."),
    ("Some make it; many don't.", "Some make it; many don't, he said."),
])
def test_a_negation_said_another_way_or_kept_passes(claim: str, source: str) -> None:
    assert kinds(claim, [source]) == []


def test_a_name_and_its_titles_modifier_swapped_round_the_title_is_a_swap() -> None:
    source = ["Meanwhile, Leeds Rhinos prop John Smith is a doubt for the match."]
    assert kinds("John Smith prop Leeds Rhinos is a doubt for the match.", source) == ["relation"]
    assert kinds("Leeds Rhinos prop John Smith is a doubt for the match.", source) == []
