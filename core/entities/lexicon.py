"""Closed word lists the entity rules read: titles, name particles, organisation and place heads, cue words.

These are facts of English news writing, not of any one article. Names of actors and places live in the
knowledge base (resources/knowledge_base.json), which users can extend.
"""

from __future__ import annotations

# Titles and ranks that stand before a person's name ("Spokesman Colonel Ryan Dillon", "Maj. Gen. X").
# Multi-word titles are matched as word sequences (lower-cased, dots dropped).
TITLE_WORDS = frozenset(
    """
    president vice prime minister deputy foreign defence defense interior finance secretary general
    colonel col lieutenant lt major maj gen brigadier brig captain capt commander cmdr admiral adm sergeant sgt
    corporal cpl private pte marshal field air chief spokesman spokeswoman spokesperson senator sen
    representative rep congressman congresswoman governor gov mayor judge justice ambassador envoy king queen
    prince princess sheikh sheik emir ayatollah pope cardinal archbishop bishop reverend rev imam rabbi father
    mr mrs ms miss dr doctor professor prof sir dame lord lady chancellor premier speaker leader chairman
    chairwoman chairperson chair ceo cfo coo cto executive officer director head founder co-founder cofounder
    president-elect commissioner inspector superintendent constable detective agent minister-president
    state attorney auditor comptroller treasurer councillor councilman councilwoman alderman sultan crown
    crown-prince secretary-general undersecretary under assistant associate senior junior acting interim
    analyst economist chef coach manager correspondent
    """.split()
)

# Words that only make sense as part of a longer title; alone they do not make the next name a person.
TITLE_LINKS = frozenset({"of", "for", "the", "and", "vice", "deputy", "acting", "interim", "senior", "under",
                         "assistant", "associate", "state", "foreign", "interior", "finance", "defence",
                         "defense", "field", "air", "crown", "chief", "executive", "officer", "head", "justice",
                         "junior", "general", "major"})

# A title ends on one of these (so "General Motors" is not "General" + name, see `title_allows`).
TITLE_HEADS = frozenset(TITLE_WORDS - {"of", "for", "the", "and", "vice", "deputy", "acting", "interim",
                                       "senior", "under", "assistant", "associate", "state", "foreign",
                                       "interior", "finance", "defence", "defense", "field", "air", "crown",
                                       "junior"}) | {"general", "major"}

# Lower-case words before a name that make it a person ("spokesman Ryan Dillon", "said chief executive X").
LOWER_PERSON_CUES = frozenset(
    """
    spokesman spokeswoman spokesperson president minister secretary senator governor mayor leader chairman
    chairwoman ceo executive director chief founder analyst economist professor commander general colonel
    officer official ambassador envoy judge lawyer attorney reporter correspondent editor author actor
    singer player coach manager boss premier chancellor king queen prince cleric imam
    referee captain striker defender midfielder goalkeeper barrister prosecutor solicitor detective inspector
    researcher scientist virologist epidemiologist doctor nurse surgeon trader businessman businesswoman
    """.split()
)

PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "van", "von", "de", "der", "den",
                       "du", "da", "di", "dos", "das", "la", "le", "del", "della", "ben", "bint", "ter", "zu"})

# Titles of rank or faith that stay with a single name after them ("Sheikh Hasina", "Pope Francis").
STYLED_TITLES = frozenset({"sheikh", "sheik", "king", "queen", "prince", "princess", "emir", "sultan", "pope"})

# Honorifics before a name ("Mr Smith", "Dr. Ngozi Adeyemi"): never part of the name, always a person's.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "mx"})

# First words of sports clubs' names ("SC Braga", "FC Porto", "Sporting Vale"): the run is an organisation.
CLUB_OPENERS = frozenset({"fc", "sc", "ac", "afc", "cf", "cd", "sv", "vfb", "vfl", "sporting", "atletico",
                          "olympique", "dynamo", "dinamo"})

# Last words of sports clubs' names in the English style ("Blackmoor Rovers", "Halvern Wanderers", "Leeds
# United"): the run is an organisation. "City" and "Town" are left out: "Castleford City" may be a town.
CLUB_CLOSERS = frozenset({"rovers", "wanderers", "athletic", "albion", "rangers", "hotspur", "harriers",
                          "united", "argyle", "orient", "academicals"})

# Joiners that may sit inside a multi-word name when capitalised words stand on both sides.
NAME_JOINERS = frozenset({"of", "for", "and", "&", "de", "du", "da", "di", "del", "la", "le", "van", "von",
                          "der", "den", "al", "el", "bin", "ibn", "abu", "the", "dos", "das"})

# Heads of organisation names, with the kind they give.
ORG_HEADS: dict[str, str] = {}
for _w in """inc incorporated corp corporation co company companies ltd limited llc plc ag sa gmbh nv bv
             group holdings holding airlines airline airways air aviation motors motor bank bancorp bankshares
             capital partners fund funds securities investments financial insurance systems technologies
             technology tech industries industrial electronics electric energy oil petroleum gas mining
             pharmaceuticals pharma labs laboratories software computer computers communications telecom
             networks international enterprises ventures trust foods brands stores entertainment studios
             records pictures media university college school institute academy association foundation
             society club federation confederation league union council committee commission board party alliance
             movement church hospital clinic exchange index coalition consortium agency center centre
             museum library laboratory hotel aircraft airplanes aerospace
             automotive brothers hydro power utilities utility logistics shipping construction engineering
             chemicals steel cement resources solutions consulting semiconductors textiles biologics
             therapeutics biotech biosciences vaccines diagnostics fc afc cf""".split():
    ORG_HEADS[_w] = "organisation"
for _w in """ministry department government administration cabinet parliament senate congress assembly
             court tribunal treasury office bureau police service services authority presidency
             municipality""".split():
    ORG_HEADS[_w] = "government"
for _w in """army navy forces force corps guard guards military marines command""".split():
    ORG_HEADS[_w] = "armed_forces"
for _w in """brigade brigades battalion battalions front militia militias rebels mujahideen guerrillas""".split():
    ORG_HEADS[_w] = "armed_group"
for _w in """times news post journal herald tribune press gazette telegraph guardian chronicle observer
             tv television radio broadcasting broadcaster channel newspaper magazine daily weekly review
             reporter wire courier mirror express standard inquirer examiner bulletin dispatch ledger
             sentinel""".split():
    ORG_HEADS[_w] = "media"
for _w in """nations""".split():
    ORG_HEADS[_w] = "international_organisation"

# Government heads that, before "of" and a country, describe that country's state ("the Government of Iraq")
# rather than name an institution of their own ("Royal Bank of Scotland", "Supreme Court of Canada").
INSTITUTION_HEADS_NOT_OF_COUNTRY = frozenset({"government", "administration", "authority", "presidency", "cabinet"})

# Lower-case plural nouns that turn a sea or region name before them into a group of countries ("the Baltic
# states", "the Gulf states", "the Balkan countries").
STATE_GROUP_NOUNS = frozenset({"states", "countries", "nations", "republics", "monarchies", "economies"})

# Heads of place names, with the kind they give.
PLACE_HEADS: dict[str, str] = {}
for _w in "river creek canal".split():
    PLACE_HEADS[_w] = "river"
for _w in "sea ocean gulf bay strait lake".split():
    PLACE_HEADS[_w] = "sea"
for _w in """valley province region district county state territory governorate prefecture oblast
             mountains mountain mount hills desert peninsula island islands coast plain plains basin
             heights highlands plateau delta""".split():
    PLACE_HEADS[_w] = "region"
for _w in "city town village".split():
    PLACE_HEADS[_w] = "city"
for _w in """street avenue road square airport airbase base port harbour harbor bridge dam square
             station camp prison crossing checkpoint stadium palace mosque cathedral st ave blvd rd""".split():
    PLACE_HEADS[_w] = "facility"

# Lower-case words before a name that make it a place, and the kind.
PLACE_CUE_NOUNS = {"town": "town", "city": "city", "village": "town", "province": "region", "region": "region",
                   "district": "region", "governorate": "region", "state": "region", "country": "country",
                   "capital": "city", "port": "city", "suburb": "town", "neighbourhood": "town",
                   "neighborhood": "town", "island": "region", "county": "region", "river": "river",
                   "border post": "border", "border crossing": "border", "crossing": "border",
                   "valley": "region", "area": "region", "enclave": "region", "stronghold": "town",
                   "hamlet": "town", "municipality": "town", "oblast": "region", "republic": "country"}

PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "into", "across", "toward", "towards",
                                "throughout", "outside", "inside", "around", "through", "via", "within",
                                "between", "along", "off", "onto", "beyond", "north", "south", "east",
                                "west", "northeast", "northwest", "southeast", "southwest", "of"})

# Verbs that make the name before them an agent (an actor, not a place).
AGENT_VERBS = frozenset(
    """
    said says say told tells tell added adds announced announces announce claimed claims claim denied denies
    deny accused accuses accuse warned warns warn demanded demands demand urged urges urge stated states
    reported reports report confirmed confirms confirm insisted insists believes believed thinks thought
    wants wanted agreed agrees refused refuses rejected rejects called calls vowed vows pledged pledges
    threatened threatens launched launches attacked attacks struck strikes bombed bombs fired fires
    captured captures seized seizes sent sends deployed deploys ordered orders signed signs approved
    approves decided decides voted votes plans planned hopes hoped expects expected responded responds
    condemned condemns welcomed welcomes praised praises criticised criticized criticises criticizes
    declared declares acknowledged acknowledges admitted admits explained explains estimated estimates
    released releases published publishes issued issues supports supported backs backed opposes opposed
    has had have will would could should may might must can cannot wo did does do
    sold sells bought buys acquired acquires reported posted posts filed files unveiled unveils
    """.split()
)

# Nouns that, after a country's possessive or demonym, make it the country's government or forces.
GOVERNMENT_NOUNS = frozenset({"government", "regime", "authorities", "administration", "officials", "official",
                              "ministry", "cabinet", "leadership", "president", "presidency", "parliament",
                              "state", "interest", "interests", "policy", "diplomats", "diplomat",
                              "embassy", "foreign ministry", "leaders", "leader", "prime", "envoy", "delegation",
                              "negotiators", "intelligence", "allies", "ally", "partners", "support",
                              "backing", "decision", "position", "demands", "sanctions", "defence ministry",
                              "defense ministry", "interior ministry", "finance ministry", "health ministry",
                              "justice ministry", "defence minister", "defense minister", "foreign minister",
                              "interior minister", "finance minister", "central bank", "security service",
                              "defence department", "state department", "air defences", "air defenses"})
ARMED_NOUNS = frozenset({"forces", "troops", "army", "military", "soldiers", "submarines", "warplanes",
                         "jets", "aircraft", "navy", "air force", "marines", "commandos", "units",
                         "armed forces", "special forces", "ground forces", "security forces", "police",
                         "artillery", "tanks", "warships", "fighter jets", "bombers", "drones", "planes",
                         "helicopters", "battalions", "brigades", "paratroopers", "gunboats", "ships"})
MEDIA_NOUNS = frozenset({"state media", "media", "state television", "television", "tv", "state tv",
                         "news agency", "state news agency", "radio", "state radio", "press", "newspapers",
                         "newspaper", "broadcaster", "state broadcaster", "outlets", "media outlets"})
GROUP_NOUNS = frozenset({"militia", "militias", "rebels", "fighters", "militants", "insurgents", "jihadists",
                         "paramilitaries", "guerrillas", "separatists", "gunmen", "opposition", "factions"})

# Hyphenated modifiers: "Kurdish-led", "Iran-backed", "US-led".
AFFILIATION_SUFFIXES = ("led", "backed", "held", "based", "owned", "run", "controlled", "allied", "funded",
                        "dominated", "supported", "sponsored", "aligned", "linked", "affiliated", "made")

MONTHS = frozenset("""january february march april may june july august september october november december
                      jan feb mar apr jun jul aug sep sept oct nov dec""".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Capitalised words that are never names on their own.
NEVER_NAMES = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my your them us him
    and or but if when while after before since because although though as so yet also then there here
    meanwhile however moreover furthermore nevertheless still thus hence instead indeed besides both
    either neither each every all any some many most much more few several other another such no not
    in on at by for with from to of into onto over under about above below between through during
    without within among against along across behind beyond near around toward towards upon per via
    what which who whom whose where why how yes ok mr mrs ms dr
    amid amidst despite unlike like whether unless until till upon except uh um oh well okay hello thanks
    please whereas whilst nor once ago ever even just only perhaps maybe already almost again soon rather
    otherwise overall anyway altogether not nobody everyone everybody someone somebody anyone nothing
    everything something anything here's there's that's it's let's
    today yesterday tomorrow tonight now last next first second third later earlier
    utc gmt est edt pst pdt cst cdt bst cet cest ist jst aest a.m p.m am pm
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    thousand million billion dozens hundreds thousands millions i'm i've i'll i'd i’m i’ve i’ll i’d
    """.split()
) | MONTHS | WEEKDAYS

# Capitalised adjectives and group nouns that name no actor by themselves: religions, ethnic groups,
# languages, compass regions ("Shi'ite fighters", "an Arabic name", "Kurdish-led").
NON_NAME_ADJECTIVES = frozenset(
    """
    shiite shi'ite shi’ite shia shi'a shi’a sunni sunnis shiites kurdish kurd kurds arab arabs arabic muslim
    muslims christian christians jewish jews jew catholic catholics protestant orthodox islamist islamists
    islamic alawite alawites druze yazidi yazidis turkmen pashtun hindu hindus buddhist sikh english
    latin european europeans african africans asian asians western eastern northern southern central
    middle western-backed westerner westerners caucasian hispanic jihadist jihadists salafist salafi
    wahhabi zionist communist communists socialist socialists marxist liberal conservative democratic
    republican celsius fahrenheit internet web christmas easter ramadan eid swahili hebrew farsi urdu
    hindi bengali mandarin cantonese spanish-language french-language russian-language pashto dari tamil
    amharic somali-language yoruba hausa zulu xhosa creole soviet
    """.split()
)

# Lower-case nouns before a name that make it an organisation ("software maker Veltrix", "rival Boeing").
ORG_CUE_NOUNS = frozenset({"company", "firm", "maker", "manufacturer", "carmaker", "automaker", "planemaker",
                           "airline", "carrier", "bank", "lender", "insurer", "retailer", "chain", "group",
                           "conglomerate", "startup", "start-up", "rival", "subsidiary", "unit", "giant",
                           "producer", "supplier", "operator", "provider", "developer", "publisher", "party",
                           "charity", "agency", "broker", "brokerage", "investor", "fund", "club", "team",
                           "label", "studio", "newspaper", "broadcaster", "network", "union", "university"})

# Words that open a place name ("Lake Hazar", "Mount Sinjar", "Cape Town" is a city and in the gazetteer).
PLACE_OPENERS = {"lake": "sea", "mount": "region", "mt": "region", "gulf": "sea", "bay": "sea", "cape": "region",
                 "river": "river", "port": "city", "fort": "town", "camp": "facility", "isle": "region",
                 "sea": "sea", "strait": "sea", "point": "region", "estadio": "facility", "stade": "facility",
                 "stadio": "facility", "stadion": "facility", "aeroporto": "facility", "aeropuerto": "facility"}

# Abbreviations that keep their full stop in a name ("Harbourline Logistics Inc.").
NAME_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd", "jr", "sr", "bros", "plc"})

# Organisation words that may hold an "and" inside their name ("Department of Health and Human Services").
AND_OPENERS = frozenset({"department", "ministry", "office", "bureau", "committee", "council", "commission",
                         "institute", "university", "school", "academy", "association", "society", "federation",
                         "union", "board", "agency", "college", "centre", "center"})

# Newspaper abbreviations of US states, written after a town ("Avon, Conn."); only read with their full stop.
US_STATE_ABBREVIATIONS = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
    "ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
    "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "nh": "New Hampshire", "nj": "New Jersey",
    "nm": "New Mexico", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota", "okla": "Oklahoma",
    "ore": "Oregon", "pa": "Pennsylvania", "ri": "Rhode Island", "sc": "South Carolina", "sd": "South Dakota",
    "tenn": "Tennessee", "tex": "Texas", "va": "Virginia", "vt": "Vermont", "wash": "Washington",
    "wva": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming", "dc": "District of Columbia",
}

# Generational suffixes that end a person's name ("James M. Trotter III").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Words that open the name of a storm, not of an actor ("Hurricane Hugo").
# "Brent crude", "Urals blend": a place name before one of these names a traded grade, not a place
COMMODITY_GRADE_NOUNS = frozenset({"crude", "blend"})

EVENT_OPENERS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical", "operation"})

# Lower-case nouns after a name that make it a place ("the Kaldera dam", "the Oskar bridge"), with weights:
# a company's name also stands before "plant" or "mine" ("the Toyota plant"), so those say less.
FACILITY_NOUNS = {"dam": 3, "bridge": 3, "airport": 3, "reservoir": 3, "harbour": 3, "harbor": 3, "canal": 3,
                  "tunnel": 3, "airbase": 3, "barracks": 3, "port": 2, "prison": 2, "camp": 2, "crossing": 2,
                  "mine": 1.5, "plant": 1.2}

# Nouns of an apposition ("X, a small armed group", "X, the state utility", "the operator, X") and what
# they make the name. Checked on the last noun of a short noun phrase.
APPOSITION_KINDS: dict[str, str] = {}
for _w in """militia militias rebels insurgents guerrillas militants faction separatists jihadists
             gunmen""".split():
    APPOSITION_KINDS[_w] = "armed_group"
for _w in """company firm utility operator maker manufacturer carmaker automaker carrier airline bank lender
             insurer retailer conglomerate startup start-up subsidiary producer supplier provider developer
             contractor charity organisation organization ngo association union party foundation
             consortium exporter importer miner chain""".split():
    APPOSITION_KINDS[_w] = "organisation"
for _w in """newspaper daily weekly tabloid broadcaster channel magazine website""".split():
    APPOSITION_KINDS[_w] = "media"
for _w in """ministry""".split():
    APPOSITION_KINDS[_w] = "government"
# two-word heads, checked before the last word alone
APPOSITION_PAIRS = {"armed group": "armed_group", "rebel group": "armed_group", "militant group": "armed_group",
                    "insurgent group": "armed_group", "guerrilla group": "armed_group",
                    "separatist group": "armed_group", "jihadist group": "armed_group",
                    "terrorist group": "armed_group", "extremist group": "armed_group",
                    "news agency": "media", "news website": "media", "state broadcaster": "media",
                    "aid group": "organisation", "advocacy group": "organisation", "lobby group": "organisation",
                    "pressure group": "organisation", "business group": "organisation",
                    "trade union": "organisation", "political party": "organisation"}
APPOSITION_PLACES = {"city": "city", "town": "town", "village": "town", "capital": "city", "port": "city",
                     "country": "country", "province": "region", "region": "region", "district": "region",
                     "river": "river", "island": "region"}

# After "X's": words that belong to companies ("Halvard Hydro's chief executive").
CORPORATE_POSSESSIONS = frozenset({"chief executive", "ceo", "board", "shares", "shareholders", "headquarters",
                                   "head office", "subsidiary", "employees", "customers", "chairman",
                                   "profits", "profit", "revenue", "revenues", "stock", "factory", "factories",
                                   "plants", "takeover", "annual report"})

# Nouns of an apposition that make the name a person ("X, a grain farmer", "its lawyer, X"); words a
# company is also called ("trader", "investor", "owner") are left out.
PERSON_APPOSITION_NOUNS = frozenset(
    """
    lawyer farmer resident teacher student activist engineer doctor nurse driver worker mother father son
    daughter wife husband widow widower villager shopkeeper fisherman fishermen veteran survivor witness
    researcher scientist historian journalist writer photographer banker politician lawmaker legislator
    businessman businesswoman entrepreneur pilot soldier priest pastor monk artist musician novelist poet
    candidate diplomat mp neighbour neighbor relative brother sister grandmother grandfather farmhand miner
    nephew niece cousin pensioner shepherd teenager boy girl man woman mechanic electrician carpenter
    trader vendor merchant labourer laborer housewife homemaker retiree volunteer tailor waiter cook cleaner
    nurse midwife herder hairdresser baker butcher grandson granddaughter accountant
    """.split()
)

# Nouns whose names are not actors ("a plan, known as Harbour Shield", "a law called the Clean Rivers Act").
THING_NOUNS = frozenset({"plan", "plans", "programme", "program", "scheme", "project", "operation", "law", "bill",
                         "deal", "treaty", "agreement", "initiative", "policy", "strategy", "campaign", "system",
                         "software", "product", "device", "drug", "model", "ship", "vessel", "missile", "rocket",
                         "aircraft", "plane", "tank", "storm", "hurricane", "festival", "exercise", "doctrine"})
