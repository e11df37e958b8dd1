"""Actors and places with invented names the knowledge base cannot know: alias patterns, appositions,
company heads, countries known only from the article, dateline cities, nominal mentions. The stories are
made up here, with names unlike those of the bundled sample article."""

from __future__ import annotations

from newsline.core.entities.extract import find_actors_and_places
from newsline.core.entities.words import is_common_compound
from newsline.core.ingest.prepare import prepare
from newsline.core.model import ActorKind, MentionType, PlaceKind

RESERVOIR = """Mudslides block roads as rebels seize Ulvik reservoir

KORSAN, June 3, 2025 (Example Wire) - Mudslides cut the main road to the Ulvik reservoir on Monday, and rebels of the Northern Hills Defence Movement, a separatist group known by its initials NHDM and nicknamed "the Hillmen" by farmers, took control of the pumping station, officials said.

The government of Belmaria said it would not negotiate. Belmarian troops were sent to the area on Tuesday. The army said the road would reopen within days.

Sorvik Power, the state utility, said the reservoir held enough water for a month. The company said its engineers had been turned back by the rebels.

"We will not leave," said Orla Venn, a spokeswoman for the movement. The Hillmen later released two engineers. The group said its fighters would stay until talks began.

The reservoir's operator, Drelko Teval, said in a statement that it had shut the sluice gates. Drelko Teval's chief executive declined to comment. Hospitals in Korsan treated nine people.
"""

STRIKE = """Dock strike spreads along the coast

The Lantern Dockworkers Federation (Faroverk) called a strike at four ports on Friday. Faroverk said the stoppage would last a week.

Quellan Freight, also called Bluestar, said ships would be diverted to the south. Bluestar said the strike would cost it millions.

Senator Ilse Marrow (Varnholt) said the strike was legal. Varnholt lies on the northern coast.

The Coastal Pilots Association, or Pilotvak for short, joined the strike on Saturday. Pilotvak said its members would stay ashore.
"""


def run(text):
    return find_actors_and_places(prepare(text))


def named(items, surface):
    found = [x for x in items if x.name == surface or any(m.text == surface for m in x.mentions)]
    assert len(found) == 1, f"{surface!r}: {[(x.id, x.name) for x in found]}"
    return found[0]


def nominals(actor):
    return {m.text.lower() for m in actor.mentions if m.type == MentionType.NOMINAL}


def test_initials_and_nickname_are_one_armed_group():
    actors, _ = run(RESERVOIR)
    group = named(actors, "Northern Hills Defence Movement")
    assert group.kind == ActorKind.ARMED_GROUP  # the apposition "a separatist group" beats the head "Movement"
    assert named(actors, "NHDM") is group
    assert named(actors, "Hillmen") is group
    assert {"the group", "its fighters"} <= nominals(group)


def test_country_known_only_from_the_article():
    actors, _ = run(RESERVOIR)
    gov = named(actors, "Belmaria")
    assert gov.kind == ActorKind.GOVERNMENT
    troops = next(a for a in actors if a.kind == ActorKind.ARMED_FORCES)
    assert troops.country == "Belmaria" and "the army" in nominals(troops)


def test_companies_by_head_apposition_and_possession():
    actors, _ = run(RESERVOIR)
    utility = named(actors, "Sorvik Power")
    assert utility.kind == ActorKind.ORGANISATION and "the company" in nominals(utility)
    operator = named(actors, "Drelko Teval")  # no company word in the name: "operator," and "'s chief executive"
    assert operator.kind == ActorKind.ORGANISATION
    assert named(actors, "Orla Venn").kind == ActorKind.PERSON  # ", a spokeswoman for"


def test_places_facilities_and_dateline():
    actors, places = run(RESERVOIR)
    ulvik = named(places, "Ulvik")
    assert ulvik.kind == PlaceKind.FACILITY
    korsan = named(places, "Korsan")  # the dateline city, met again in the text
    assert korsan.kind == PlaceKind.CITY and len(korsan.mentions) == 2
    assert not any(a.name in ("Ulvik", "Korsan", "Mudslides") for a in actors)


def test_compound_common_noun_opening_a_sentence():
    actors, places = run(RESERVOIR)
    assert not any(m.text == "Mudslides" for x in [*actors, *places] for m in x.mentions)
    assert is_common_compound("Rockslides") and is_common_compound("Stormwaters")
    assert not is_common_compound("Greenpeace") and not is_common_compound("Facebook")


def test_brackets_and_also_called():
    actors, places = run(STRIKE)
    union = named(actors, "Lantern Dockworkers Federation")
    assert named(actors, "Faroverk") is union
    freight = named(actors, "Quellan Freight")
    assert named(actors, "Bluestar") is freight and freight is not union
    senator = named(actors, "Ilse Marrow")
    assert senator.kind == ActorKind.PERSON
    assert not any(m.text == "Varnholt" for m in senator.mentions)  # a person's bracket is no alias
    pilots = named(actors, "Coastal Pilots Association")
    assert named(actors, "Pilotvak") is pilots and pilots.kind == ActorKind.ORGANISATION


BORDER = """Two armies trade fire on the Tessel river

Kardovan troops shelled positions across the river on Sunday, and Velsian soldiers answered from Velsia with mortars. The army said three of its men were hurt.

At a rally in Dorvan, the party leader said the government of Kardova had lied. Pressmark Daily, a weekly newspaper, printed the speech in full.
"""


def test_the_army_of_a_story_with_two_armies_stays_unlinked():
    actors, _ = run(BORDER)
    forces = [a for a in actors if a.kind == ActorKind.ARMED_FORCES]
    assert {a.country for a in forces} == {"Kardova", "Velsia"}
    assert not any("the army" in nominals(a) for a in forces)


def test_fronted_phrase_is_no_apposition_and_media_apposition():
    actors, places = run(BORDER)
    dorvan = named(places, "Dorvan")  # "in Dorvan, the party leader said": Dorvan is not the leader
    assert not any(a.name == "Dorvan" for a in actors) and dorvan is not None
    assert named(actors, "Pressmark Daily").kind == ActorKind.MEDIA
    assert named(actors, "Kardova").kind == ActorKind.GOVERNMENT


PORT = """Grain piles up as rail drivers strike

Freight trains stood still across Lomberg on Wednesday, the national rail operator Kessel Rail said. The government of Lomberg declined to comment.

Lomberger exporters warned that ports would fill up within days. Tobbe Wrenholm, a sheep farmer near Osk, said feed was running short.

The firm, Aldmoor Ferries, said it had cancelled sailings.
"""


def test_demonym_in_er_and_person_apposition():
    actors, places = run(PORT)
    assert named(actors, "Lomberg").kind == ActorKind.GOVERNMENT
    assert named(places, "Lomberg").kind == PlaceKind.COUNTRY  # "across Lomberg", with "Lomberger" in the text
    assert not any(a.name == "Lomberger" for a in actors)
    assert named(actors, "Tobbe Wrenholm").kind == ActorKind.PERSON  # ", a sheep farmer"
    assert named(actors, "Kessel Rail").kind == ActorKind.ORGANISATION  # "the rail operator X"
    ferries = named(actors, "Aldmoor Ferries")  # "The firm, X,": the description set before the name
    assert ferries.kind == ActorKind.ORGANISATION and "the firm" in nominals(ferries)


AMBUSH = """Gunmen ambush aid convoy

Gunmen from the Black Cedar Brigade ambushed an aid convoy near the village of Ostek on Thursday, killing four drivers, officials said.

The militants, who are also known as the Cedars, fled into the hills. Their leader, a former army officer called Idris Malvan, has been wanted since 2019.

Residents of Ostek said the Cedars had set up checkpoints on the road to Dumeira. Dumeira, a market town of 20,000, has been cut off since Monday.

Aid workers said supplies were running low. The group did not comment.
"""


def test_alias_of_a_description_and_person_called():
    actors, places = run(AMBUSH)
    brigade = named(actors, "Black Cedar Brigade")
    assert brigade.kind == ActorKind.ARMED_GROUP
    assert named(actors, "Cedars") is brigade  # "The militants, who are also known as the Cedars"
    assert {"the militants", "the group"} <= nominals(brigade)
    assert named(actors, "Idris Malvan").kind == ActorKind.PERSON  # "an army officer called X"
    assert named(places, "Dumeira").kind == PlaceKind.TOWN  # ", a market town"


def test_unknown_two_word_name_is_a_person_only_with_a_person_sign():
    text = ("Layoffs loom at shipyard\n\nTessaly Korvane said on Monday it would cut 300 jobs at its yard in Osk. "
            "Brannoc Idrell said he would resign from the board. Idrell has led the board since 2015.\n")
    actors, _ = run(text)
    assert named(actors, "Tessaly Korvane").kind != ActorKind.PERSON  # no given name, no title, no surname alone
    idrell = named(actors, "Brannoc Idrell")
    assert idrell.kind == ActorKind.PERSON and named(actors, "Idrell") is idrell


FERRY = """Ferry sinks off the coast

Rescuers searched on Sunday for 30 people missing after a ferry run by Ostlund Lines sank near the town of Ostek (Harran). The government of Harran said Harranian navy ships had joined the search.

Port officials unveiled a plan, known as Harbour Shield, to inspect every ferry.
"""


def test_place_in_brackets_and_named_plan_are_not_aliases_or_actors():
    actors, places = run(FERRY)
    assert named(places, "Ostek").kind == PlaceKind.TOWN
    harran = named(actors, "Harran")
    assert harran.kind == ActorKind.GOVERNMENT and not any(m.text == "Ostek" for m in harran.mentions)
    assert named(actors, "Harranian navy").country == "Harran"
    assert not any(m.text == "Harbour Shield" for x in [*actors, *places] for m in x.mentions)


def test_nickname_of_a_group_whose_name_opens_like_a_place():
    text = ("Rebels free hostages\n\nThe Mount Ardel Defence Front, a rebel group nicknamed \"the Goatherds\" by "
            "shepherds, freed six hostages on Friday. The Goatherds said more would follow.\n")
    actors, _ = run(text)
    front = named(actors, "Mount Ardel Defence Front")
    assert front.kind == ActorKind.ARMED_GROUP and named(actors, "Goatherds") is front


RECALL = """Carmaker Drevon recalls 80,000 vehicles

Drevon Automotive said on Thursday it would recall 80,000 vehicles after regulators found a fault in their brakes. Shares in Drevon fell 6 per cent in Frankfurt.

Rival Taskar Motors said its own vehicles were not affected. Taskar is based in Lyon.
"""


def test_company_cue_opening_a_sentence_and_shares_in():
    actors, places = run(RECALL)
    drevon = named(actors, "Drevon Automotive")
    assert named(actors, "Drevon") is drevon  # "Shares in Drevon" is the company, not a place
    assert not any(x.name == "Drevon" for x in places)
    taskar = named(actors, "Taskar Motors")  # not "Rival Taskar Motors"
    assert named(actors, "Taskar") is taskar
    assert not any(a.name.startswith(("Carmaker", "Rival")) for a in actors)


def test_local_countries_skip_surnames_and_parts_of_longer_names():
    from newsline.core.entities.kb import load_knowledge_base
    from newsline.core.entities.local_countries import find_local_countries

    kb = load_knowledge_base()
    text = ("President Anton Kravec said the government of Kravec would not fall. The government of Kravec met. "
            "Troops from Zuid Keldria and Keldrian police patrolled. The government of Sarvony and Sarvonian "
            "diplomats agreed. In Sarvony, talks went on.")
    found = find_local_countries(text, kb)
    assert found.country_of("Sarvony") == "Sarvony" and "Sarvony" in found.countries
    assert found.demonyms.get("Sarvonian") == "Sarvony"
    assert found.country_of("Kravec") is None  # a person's surname ("Anton Kravec")
    assert found.country_of("Keldria") is None  # the end of a longer name ("Zuid Keldria")
