"""Word lists the event finder relies on: closed-class words, event classes, event nouns, hedges.

Everything here is hand-written English grammar and news vocabulary; nothing is learnt from a corpus.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ------------------------------------------------------------------------------------ closed classes
DETERMINERS = _words(
    "a an the this that these those every each either neither no another some any all both much many "
    "several few most such what which whose whatever"
)
POSSESSIVES = _words("my your his her its our their")
# nouns that are plural without an -s ("police fire", "people flee", "the staff were")
PLURAL_WITHOUT_S = _words("people police children men women personnel staff cattle clergy militia youth")
SUBJECT_PRONOUNS = _words("i you he she it we they who")
OBJECT_PRONOUNS = _words("me him her us them whom itself himself herself themselves ourselves")
PRONOUNS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS | _words(
    "mine yours hers ours theirs one someone somebody something anyone anybody anything everyone everybody "
    "everything nobody nothing none"
)
PREPOSITIONS = _words(
    "of in on at by for with from into onto upon about above across after against along amid amidst among "
    "around as before behind below beneath beside besides between beyond despite down during except inside "
    "like near off out outside over past per since than through throughout till toward towards under "
    "underneath unlike until up via within without"
)
CONJUNCTIONS = _words("and or but nor yet so")
SUBORDINATORS = _words(
    "that because although though while whereas if unless whether when whenever where wherever once "
    "before after since until as"
)
RELATIVES = _words("who whom which that whose where when")
MODALS = _words("will would shall should can could may might must ought 'll 'd")
NEGATIONS = _words("not n't never no")
BE = _words("be am is are was were been being 's 're 'm")
HAVE = _words("have has had having 've 'd")
DO = _words("do does did doing done")
AUXILIARIES = BE | HAVE | DO
COPULAS = BE | _words("become becomes became becoming remain remains remained seem seems seemed appear appears")

ADVERBS = _words(
    "also already still just now then soon later earlier again ever never always often sometimes "
    "only even very too quite rather almost nearly about around roughly so however meanwhile thus "
    "here there yesterday today tonight tomorrow recently currently previously finally eventually "
    "reportedly allegedly apparently reportedly perhaps maybe probably possibly likely unlikely "
    "instead together away back forward ago else yet once twice furthermore moreover indeed "
    "not n't solely mainly largely partly fully heavily swiftly quickly slowly sharply widely"
)
TIME_NOUNS = _words(
    "day days week weeks month months year years decade decades century hour hours minute minutes "
    "morning afternoon evening night weekend today yesterday tomorrow monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september october november "
    "december spring summer autumn fall winter quarter time times period moment"
)
NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds "
    "thousands millions first second third fourth fifth last"
)

# ------------------------------------------------------------------------------------ event classes (lemmas)
REPORTING = _words(
    "say tell report announce claim state add reply respond declare confirm deny acknowledge admit "
    "explain note warn insist assert allege quote describe testify write comment remark disclose reveal "
    "predict argue complain mention suggest indicate repeat stress emphasize emphasise reiterate "
    "tweet cite brief inform notify concede recount estimate hint"
)
# reporting verbs whose object may be the act itself: "declared a state of emergency", "announced a ceasefire"
NOMINAL_OBJECT_REPORTING = _words("declare announce")
# reporting verbs whose noun-phrase object is a thing denied, added, conceded...: "denied all the charges", "added
# a second goal", "conceded defeat"; a clause after them ("denied he had lied") is still reported
ACT_OBJECT_REPORTING = _words("deny add concede admit confirm acknowledge reveal disclose cite describe")
I_ACTION = _words(
    "try attempt seek promise vow pledge offer propose ask request demand urge order call plan "
    "decide agree refuse reject approve authorize authorise allow permit prevent prohibit forbid ban "
    "threaten postpone delay cancel avoid investigate examine review consider intend attempt aim "
    "negotiate persuade convince force compel encourage nominate appoint elect invite "
    "prohibit "
    "accuse charge blame sue apply undertake vote help decline accept fail block name"
)
I_STATE = _words(
    "want believe expect think hope fear wish need doubt suspect know feel assume prefer love like hate "
    "worry anticipate imagine suppose intend trust consider guess desire plan regret require "
    "be_able"
)
ASPECTUAL = _words(
    "begin start continue end finish stop complete cease resume keep halt initiate launch "
    "quit conclude terminate commence proceed"
)
PERCEPTION = _words("see watch hear observe notice witness view spot listen look smell feel")
STATE_VERBS = _words(
    "own have hold contain include remain stay exist belong lack consist cost weigh equal mean "
    "resemble depend deserve involve live reside control possess"
)
STATE_NOUNS = _words("control crisis war custody")

# ------------------------------------------------------------------------------------ event nouns
EVENT_NOUNS = _words(
    "attack attacks assault offensive raid raids strike strikes airstrike airstrikes bombing bombings "
    "bombardment shelling shooting shootings fighting fight fights battle battles war wars clash clashes "
    "conflict conflicts combat siege invasion occupation incursion ambush massacre killing killings "
    "murder murders assassination execution death deaths casualties injury injuries explosion explosions "
    "blast blasts crash crashes accident accidents collision fire fires flood floods flooding earthquake "
    "quake quakes aftershock aftershocks storm storms hurricane hurricanes typhoon tsunami eruption "
    "disaster disasters outbreak epidemic drought famine evacuation rescue collapse "
    "ceasefire truce talks negotiations meeting meetings summit visit visits trip tour conference "
    "session sessions hearing hearings trial trials verdict ruling sentence appeal appeals case lawsuit "
    "arrest arrests detention charges conviction acquittal indictment investigation investigations probe "
    "inquiry election elections vote votes voting referendum campaign campaigns poll primary inauguration "
    "protest protests demonstration demonstrations rally rallies riot riots strike uprising revolt "
    "rebellion revolution coup crackdown merger mergers acquisition acquisitions takeover takeovers deal "
    "deals agreement agreements contract contracts sale sales purchase purchases offer offers bid bids "
    "loss losses gain gains growth decline declines drop drops rise rises increase increases decrease "
    "fall slump plunge surge rally recession downturn recovery slowdown bankruptcy restructuring layoffs "
    "cuts cut announcement statement statements report reports speech interview comments remarks "
    "decision decisions plan plans proposal proposals reform reforms change changes move moves step "
    "effort efforts operation operations mission missions release launch defeat defeats victory "
    "victories win wins withdrawal retreat advance advances capture liberation return departure arrival "
    "resignation appointment nomination ceremony funeral celebration celebrations debate debates "
    "discussion discussions dispute disputes violence intervention assistance aid help exchange transfer "
    "payment payments spending delivery deliveries flight flights landing test tests discovery "
    "development construction damage boom crash merger sanctions embargo blockade deployment "
    "agreement treaty accord pact partnership alliance strike shutdown closure opening expansion "
    "sentence sentencing testimony settlement fine penalty ban veto approval rejection endorsement "
    "loss losses profit profits earnings deficit surplus transaction transactions trading trade "
    "dialogue consultations talk warning warnings threat threats demand demands request requests call calls "
    "order orders promise promises pledge pledges attempt attempts bid effort claim claims allegation "
    "allegations accusation accusations testimony confession admission denial scandal crisis search response "
    "crime crimes fraud genocide exodus demise conquest buildup action actions initiative pursuit manhunt "
    "standoff setback breakthrough tragedy journey reunion anniversary race match process delay entry "
    "struggle resistance insurgency campaign showdown onslaught annihilation recapture fall "
    "runoff recount walkout lockout lockdown wildfire wildfires landslide landslides mudslide avalanche "
    "stampede shipwreck hijacking kidnapping kidnappings abduction hostage-taking ransom bailout buyout "
    "impeachment ouster dismissal sacking firing election-day handover"
)
# zero-derived words that are events both as noun and verb; as nouns after a determiner they count
NOT_EVENT_NOUNS = _words(
    "house home place plant stock water power state states face hand hands head man men people government "
    "forces force group groups city town country part side sides border way thing things time times "
    "number numbers point points area areas office company companies market markets price prices share "
    "shares interest rate rates money dollar dollars percent cent officials official leader leaders "
    "president minister spokesman members member world nation nations station position question "
    "information education population nation organization organisation association administration "
    "corporation institution foundation commission condition conditions relation relations section "
    "million billion level levels term terms program programme programs system record records ministry "
    "department agency agencies party parties union view views fact issue issues problem problems reason "
    "situation region regions territory territories year years day days week weeks month months "
    # amounts, domains and institutions that look like derived nouns but name no happening
    "sales earnings profit profits revenue revenues income operations management investment investments "
    "insurance division divisions connection addition regulation regulations production manufacturing "
    "equipment retirement total case cases immigration television alliance enforcement building buildings "
    "shipping housing clothing "
    "residence location movement funding court courts condolences steps evidence service services "
    "trading financing trade pact accord order orders step steps flight flights statement statements stock"
)
# participles that act as prepositions ("including", "according to", "based on")
PARTICIPLE_PREPOSITIONS = _words(
    "including excluding regarding concerning according compared based related given following "
    "involving barring pending notwithstanding considering"
)
# derivational endings that make nouns of verbs ("election" <- elect, "arrival" <- arrive)
NOMINAL_SUFFIXES = (
    ("ation", ("ate", "e", "")),
    ("ition", ("ite", "e", "")),
    ("ution", ("ute", "ve")),
    ("ification", ("ify",)),
    ("uction", ("uce",)),
    ("iption", ("ibe",)),
    ("sion", ("de", "se", "t", "d")),
    ("tion", ("t", "te", "")),
    ("ment", ("",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("al", ("", "e")),
    ("ure", ("", "e")),
    ("ery", ("er",)),
    ("ing", ("", "e")),
)

# ------------------------------------------------------------------------------------ certainty
HEDGE_WORDS = _words(
    "reportedly allegedly apparently possibly probably perhaps maybe likely unlikely purportedly "
    "supposedly presumably seemingly unconfirmed"
)
HEDGE_VERBS = _words(
    "claim allege believe suspect hint suggest rumour rumor speculate think estimate fear expect seem appear"
)
HEDGE_MODALS = _words("may might could would should")
NEGATION_WORDS = _words("not n't never no without")
FUTURE_WORDS = _words("will 'll shall")

# a possessive before these ("its troops", "their forces") points at the owner's armed forces
MILITARY_NOUNS = _words("troops forces soldiers army military fighters militants police units militia militias")
# verbs of membership and measure that state a relation, not a happening ("the group includes ...")
RELATION_VERBS = _words("include comprise constitute total")

# Nouns of a person's role that are verbs too: before a capitalised name they are the name's title ("Sports
# minister Pedro Duarte", "referee Tiago Martins", "coach Rui Almeida"), not a verb.
ROLE_NOUNS = _words("minister judge coach referee captain chair head pilot nurse doctor host umpire "
                    "skipper manager father")

# -ing words that stand as adjectives before a name as well as before a noun ("in neighbouring Senegal", "the
# warring Sudanese factions"); not "ruling" or "leading", which often take an object ("ruling Iraq").
ADJECTIVAL_ING = _words("neighbouring neighboring warring outgoing incoming ailing reigning governing remaining")


# Two-word nouns of news about protests and clashes whose words could be read as verbs ("to use tear gas" is
# no "gas" event, "water cannon" no "cannon"): both words are nouns.
COMPOUND_NOUNS = frozenset(("tear gas", "water cannon", "water cannons", "rubber bullets", "rubber bullet",
                            "stun grenades", "stun grenade", "pepper spray", "riot gear", "plastic bullets",
                            "baton rounds", "smoke grenades", "smoke bombs", "petrol bombs", "petrol bomb"))
