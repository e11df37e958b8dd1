"""Name keys, tokens, spelling variants, and the page-furniture fallback used when no zones are marked."""

from __future__ import annotations

from newsline.core.entities.extract import find_actors_and_places
from newsline.core.entities.resolve import restore_particles
from newsline.core.entities.tokens import acronym_of, name_key, tokenize
from newsline.core.ingest.prepare import prepare
from newsline.core.ingest.prepared import PreparedText
from newsline.core.ingest.textmap import MappedText
from newsline.core.model import ActorKind, MentionType, Sentence, Span


def test_name_key_folds_scraped_spellings():
    assert name_key("Deir el-Zour") == name_key("Deir elZour") == name_key("deir el zour")
    assert name_key("al-Assad") == name_key("alAssad") == name_key("Al Assad")
    assert name_key("Iran") != name_key("Iraq")
    assert name_key("Médecins") == name_key("Medecins")


def test_tokens_keep_names_whole_and_split_possessives():
    words = [t.text for t in tokenize("Islamic State’s al-Qaim, U.S. Shi’ite Tu-22M")]
    assert words == ["Islamic", "State", "’s", "al-Qaim", ",", "U.S.", "Shi’ite", "Tu-22M"]


def test_acronym_and_particles():
    assert acronym_of(["Syrian", "Democratic", "Forces"]) == "SDF"
    assert restore_particles("Bashar alAssad") == "Bashar al-Assad"
    assert restore_particles("Deir elZour") == "Deir el-Zour"
    assert restore_particles("Alan Smith") == "Alan Smith"


def raw_prepared(text: str) -> PreparedText:
    """A PreparedText with one sentence per line and no zones, as a bare ingestion would give."""
    sentences, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            sentences.append(Sentence(index=len(sentences), span=Span(start=start, end=pos + len(line.rstrip()))))
        pos += len(line) + 1
    return PreparedText(mapped=MappedText.identity(text), sentences=sentences)


def test_unzoned_text_still_drops_masthead_credit_and_footer():
    text = ("Daily Planet\n"
            "Harbour talks collapse\n"
            "The Maritime Workers Union said on Monday that talks with Portside Holdings had failed.\n"
            " ?? REUTERS ?? Dockers of the Maritime Workers Union march in Aldgate.\n"
            "Newspapers in English\n"
            "Newspapers from New Zealand")
    actors, places = find_actors_and_places(raw_prepared(text))
    names = {a.name for a in actors} | {p.name for p in places}
    assert "Maritime Workers Union" in names and "Portside Holdings" in names
    assert not names & {"Daily Planet", "Reuters", "New Zealand", "Aldgate", "Newspapers"}


def test_spelling_variants_merge_without_normalisation():
    text = "Deir el-Zour was shelled on Monday.\nResidents of Deir elZour fled the city."
    actors, places = find_actors_and_places(raw_prepared(text))
    deir = [p for p in places if p.name == "Deir el-Zour"]
    assert len(deir) == 1 and len(deir[0].mentions) >= 2


def test_near_miss_spellings_merge_but_iran_and_iraq_do_not():
    text = ("Officials at Kronberger Maschinenbau said the deal was off. "
            "Kronberger Maschinenbaus shares fell. Iran and Iraq said nothing.")
    actors, _ = find_actors_and_places(prepare(text))
    kron = [a for a in actors if a.name.startswith("Kronberger")]
    assert len(kron) == 1 and len(kron[0].mentions) == 2
    assert {a.name for a in actors} >= {"Iran", "Iraq"}


def test_places_used_as_actors():
    text = "Moscow said on Monday it would respond. Talks in Moscow ended. Syria said the strikes were illegal."
    actors, places = find_actors_and_places(prepare(text))
    russia = next(a for a in actors if a.country == "RU")
    assert russia.kind == ActorKind.GOVERNMENT and [m.text for m in russia.mentions] == ["Moscow", "it"]
    assert russia.mentions[1].type == MentionType.PRONOUN  # "it would respond" is Moscow's
    assert any(p.name == "Moscow" for p in places)
    assert any(a.name == "Syria" for a in actors)


def test_newspaper_conventions():
    text = ("Hurricane Hugo hit Charleston, S.C., on Friday. Coastline Shipping Inc. Chairman Walter P. Brand III "
            "said the Bush administration had promised help. President Bush visited Avon, Conn., later. "
            "Bush said the Federal Emergency Management Agency would pay.")
    actors, places = find_actors_and_places(prepare(text))
    names = {a.name for a in actors}
    assert not any("Hurricane" in n or "Hugo" in n for n in names)  # a storm is not an actor
    assert "Coastline Shipping Inc." in names  # the name ends at "Inc."
    brand = next(a for a in actors if a.name == "Walter P. Brand III")
    assert brand.kind == ActorKind.PERSON and brand.title == "Chairman"
    bush = next(a for a in actors if a.name == "Bush")
    assert bush.kind == ActorKind.PERSON and bush.title == "President"
    admin = next(a for a in actors if a.name == "Bush administration")
    assert admin.kind == ActorKind.GOVERNMENT
    states = {p.name: p for p in places}
    assert states["South Carolina"].country == "US" and states["Connecticut"].country == "US"
    assert {"Charleston", "Avon"} <= set(states)


def test_first_name_alone_after_full_name():
    text = ("President Saddam Hussein said Iraq would not withdraw. Saddam told the Revolutionary Command Council "
            "that the war would go on.")
    actors, _ = find_actors_and_places(prepare(text))
    saddam = next(a for a in actors if a.name == "Saddam Hussein")
    assert [m.text for m in saddam.mentions] == ["Saddam Hussein", "Saddam"]


def test_indefinite_description_named_next():
    one = ("A newspaper close to the ruling party said the minister had resigned. "
           "The Daily Courier said he left on Monday.")
    actors, _ = find_actors_and_places(prepare(one))
    courier = next(a for a in actors if a.name == "Daily Courier")
    assert [m.text for m in courier.mentions][0] == "A newspaper"
    two = ("A newspaper said the minister had resigned. The Daily Courier and the Evening Gazette "
           "both said he left on Monday.")
    actors, _ = find_actors_and_places(prepare(two))
    assert not any(m.text == "A newspaper" for a in actors for m in a.mentions)  # which one is unclear


def test_misspelt_known_person_is_matched_but_a_namesake_is_not():
    text = ("Prime Minister Benjamin Netanyhau said talks would resume. "
            "Economist Vladimir Popov said markets were calm.")
    actors, _ = find_actors_and_places(prepare(text))
    bibi = next(a for a in actors if a.kb_id == "benjamin_netanyahu")
    assert bibi.name == "Benjamin Netanyahu" and bibi.country == "IL" and bibi.title == "Prime Minister"
    popov = next(a for a in actors if a.name == "Vladimir Popov")
    assert popov.kb_id is None


def _actors(text: str):
    actors, _ = find_actors_and_places(prepare(text))
    return actors


def test_plural_possessive_inside_an_organisation_name():
    actors = _actors("Dockers rejected an offer from the Port Employers' Association (PEA) on Friday.\n"
                     "The National Farmers’ Union said it would appeal.\n"
                     "The Lions' Warren Gatland thanked the Department of Veterans' Affairs.")
    by_name = {a.name: a for a in actors}
    assert by_name["Port Employers' Association"].kind == ActorKind.ORGANISATION
    assert "PEA" in by_name["Port Employers' Association"].aliases
    assert "National Farmers' Union" in by_name  # the curly apostrophe is read as a straight one
    assert "Department of Veterans' Affairs" in by_name
    # a possessive before a person is not part of a name
    assert "Warren Gatland" in by_name
    assert not any("Lions" in name for name in by_name)


def test_a_name_broken_over_two_lines_is_shown_on_one():
    text = ("Dock workers at the country's largest port extended their strike on Friday after\n"
            "talks with terminal operators broke down late on Thursday, the union said. Members\n"
            "rejected on Friday evening a new pay offer that was made to them by the Port\n"
            "Employers' Association because it did not keep pace with inflation, union leaders\n"
            "told reporters outside the headquarters of the union in the city centre on Friday.\n")
    names = [a.name for a in _actors(text)]
    assert "Port Employers' Association" in names
    assert all("\n" not in n for n in names)


def test_an_acronym_in_brackets_after_a_description_names_it():
    actors = _actors("The Congolese army (FARDC) said it had repelled an advance on the town of Sake.\n"
                     "The FARDC later withdrew from the hills around the town.")
    army = next(a for a in actors if "FARDC" in [a.name, *a.aliases])
    assert army.kind == ActorKind.ARMED_FORCES
    assert [m.text for m in army.mentions if m.type != MentionType.PRONOUN] == ["Congolese army", "FARDC", "FARDC"]
    assert [m.text for m in army.mentions if m.type == MentionType.PRONOUN] == ["it"]  # "said it had repelled"
    assert len([a for a in actors if a.kind == ActorKind.ARMED_FORCES]) == 1


def test_a_bracket_after_a_description_that_is_not_an_acronym_is_not_an_alias():
    actors = _actors("Government forces (Reuters reported) held the bridge near the town.")
    assert not any(a.name == "Reuters" and a.kind == ActorKind.ARMED_FORCES for a in actors)
    assert not any("Reuters" in a.aliases for a in actors)


def test_an_s_that_ends_a_business_name_is_part_of_it():
    actors = _actors("Credit rating agency Moody's downgraded the company's debt in February.\n"
                     "Retailer Macy's will close 150 stores, and analysts at Moody's said the outlook was weak.\n"
                     "Obama's will was read in public. Israel's army said it had struck the town.")
    names = {a.name for a in actors}
    assert {"Moody's", "Macy's"} <= names
    moodys = next(a for a in actors if a.name == "Moody's")
    assert [m.text for m in moodys.mentions if m.type.value == "name"] == ["Moody's", "Moody's"]
    # a known name's 's stays a possessive
    assert "Barack Obama" in names and "Obama's" not in names
    assert not any(n.startswith("Israel'") for n in names)


def test_the_company_points_to_the_story_s_company_not_one_named_in_passing():
    text = ("Northwind Foods to cut jobs after profit slump\n\n"
            "Northwind Foods, the maker of frozen meals, said on Tuesday it would close two plants.\n"
            "About 1,200 jobs will go by the end of the year.\n"
            "Net income for the quarter dropped to $41 million from $78 million a year earlier.\n"
            "Costs for chicken and packaging rose sharply.\n"
            "\"We have to make hard choices,\" a spokeswoman said.\n"
            "Demand had weakened at supermarket chains such as Kroger and Walmart.\n"
            "The company's shares fell 8% in morning trading.\n")
    actors = _actors(text)
    northwind = next(a for a in actors if a.name == "Northwind Foods")
    walmart = next(a for a in actors if a.name == "Walmart")
    assert sum(m.text == "The company" for m in northwind.mentions) == 1
    assert all(m.type.value == "name" for m in walmart.mentions)


def test_and_inside_a_named_union_and_between_two_companies():
    names = {a.name for a in _actors("The United Food and Commercial Workers union said it would fight the closures.\n"
                                     "Northwind Foods and Harbour Snacks union members met on Friday.\n")}
    assert "United Food and Commercial Workers" in names
    assert {"Northwind Foods", "Harbour Snacks"} <= names


def test_a_lower_case_landform_after_a_name_makes_it_a_place():
    actors, places = find_actors_and_places(prepare(
        "A strong earthquake struck the Atlas mountains late on Friday.\n"
        "Villagers in the Rif hills and fishermen near the Hel peninsula fled to the coast.\n"))
    kinds = {p.name: p.kind.value for p in places}
    assert kinds.get("Atlas") == "region" and kinds.get("Rif") == "region" and kinds.get("Hel") == "region"
    assert not any(a.name in ("Atlas", "Rif", "Hel") for a in actors)


def test_of_the_and_for_the_inside_an_organisation_name():
    names = {a.name for a in _actors(
        "The Institute for the Study of War, a think tank, said troops were massing near the border.\n"
        "Officials of the regional council met on Friday.\n")}
    assert "Institute for the Study of War" in names
    assert not any(n.startswith("Officials") for n in names)


def test_a_hyphenated_adjective_after_a_name_is_no_name_of_its_own():
    actors, places = find_actors_and_places(prepare(
        "Coastguards stopped a Cayman Islands-flagged freighter near the harbour on Monday.\n"
        "A Hong Kong-based fund and several Valmora Bay-owned trawlers were named in the report.\n"
        "The Acme Holdings-backed start-up said it would appeal.\n"))
    names = {a.name for a in actors}
    assert not any("-" in n for n in names), names
    assert not any(n in ("Cayman Islands", "Hong Kong", "Valmora Bay", "Acme Holdings") for n in names)
    place_names = {p.name for p in places}
    assert {"Cayman Islands", "Hong Kong", "Valmora Bay"} <= place_names


def test_an_acronym_in_brackets_after_a_name_and_a_word_for_a_body_is_its_alias():
    actors = _actors("The attack was reported by the Coastwatch Maritime Safety agency (CMSA) on Monday.\n"
                     "The Kivaran Mine Workers union (KMWU) called a strike at Osk.\n"
                     "The CMSA said no crew were hurt, and the KMWU said 3,000 members would stop work.\n"
                     "The United Nations refugee agency (UNHCR) sent tents.\n")
    by_alias = {al: a for a in actors for al in [a.name, *a.aliases]}
    assert by_alias["CMSA"].name == "Coastwatch Maritime Safety"
    assert by_alias["KMWU"].name == "Kivaran Mine Workers"
    assert len(by_alias["CMSA"].mentions) == 3
    assert by_alias["UNHCR"].name != "United Nations"  # a known actor's agency is another body
