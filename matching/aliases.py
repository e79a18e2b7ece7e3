"""The curated alias table: one key for the names a place, a people or an organisation goes
by in French and English news ("OTAN" = "NATO" = "l'Alliance atlantique"; "États-Unis" =
"US" = "American"; "Kyiv" = "Kiev").

Each line is a key and the folded forms that mean it. Multi-word forms are phrases matched
on the folded words of a sentence; single words are matched on its capitalised words.
Small on purpose: it covers what the matcher's constraints must not confuse (the places and
institutions of wire news), and spaCy's entities add the rest.
"""

from __future__ import annotations

from matching.places import PLACES

_TABLE = """
nato: otan nato alliance atlantic-alliance alliance-atlantique
un: onu nations-unies united-nations
eu: ue eu union-europeenne european-union europe european europeen europeenne europeens
ec: commission-europeenne european-commission
ecb: bce ecb banque-centrale-europeenne european-central-bank
fed: fed federal-reserve reserve-federale
imf: fmi imf fonds-monetaire-international international-monetary-fund
who: oms who organisation-mondiale-de-la-sante world-health-organization
opec: opep opec organization-of-the-petroleum-exporting-countries organisation-des-pays-exportateurs-de-petrole
oecd: ocde oecd
wto: omc wto
icc: cpi icc cour-penale-internationale international-criminal-court
whitehouse: maison-blanche white-house
kremlin: kremlin
spf: spf sante-publique-france
olympics: jo jeux-olympiques olympic-games olympics
paralympics: jeux-paralympiques paralympic-games paralympics
hicp: ipch hicp
cpi: ipc cpi
gdp: pib gdp
insee: insee
usa: usa us u-s etats-unis united-states america amerique american americain americaine americains americaines americans
uk: uk royaume-uni united-kingdom britain grande-bretagne british britannique britanniques
england: england angleterre english anglais
scotland: scotland ecosse
france: france french francais francaise francaises
germany: germany allemagne german allemand allemande allemands germans
spain: spain espagne spanish espagnol espagnole
italy: italy italie italian italien italienne
portugal: portugal portuguese portugais
belgium: belgium belgique belgian belge belges
netherlands: netherlands pays-bas holland dutch neerlandais
switzerland: switzerland suisse swiss
austria: austria autriche austrian autrichien
sweden: sweden suede swedish suedois suedoise
denmark: denmark danemark danish danois danoise
norway: norway norvege norwegian norvegien
finland: finland finlande finnish finlandais
poland: poland pologne polish polonais polonaise
greece: greece grece greek grec grecque
hungary: hungary hongrie hungarian hongrois
romania: romania roumanie romanian roumain
ireland: ireland irlande irish irlandais
russia: russia russie russian russians russe russes
ukraine: ukraine ukrainian ukrainians ukrainien ukrainienne ukrainiens
belarus: belarus bielorussie
turkey: turkey turkiye turquie turkish turc turque
china: china chine chinese chinois chinoise
japan: japan japon japanese japonais
india: india inde indian indien indienne
pakistan: pakistan
afghanistan: afghanistan
iran: iran iranian iranien
iraq: iraq irak iraqi irakien
syria: syria syrie syrian syrien
israel: israel israeli israelien israelienne israeliens
palestine: palestine palestinian palestinien palestiniens
lebanon: lebanon liban lebanese libanais
egypt: egypt egypte egyptian egyptien
morocco: morocco maroc moroccan marocain
algeria: algeria algerie algerian algerien
tunisia: tunisia tunisie tunisian tunisien
libya: libya libye libyan libyen
senegal: senegal
mali: mali malian malien
niger: niger
nigeria: nigeria nigerian nigerian
chad: chad tchad
sudan: sudan soudan
ethiopia: ethiopia ethiopie
southafrica: south-africa afrique-du-sud
ivorycoast: ivory-coast cote-d-ivoire
saudiarabia: saudi-arabia arabie-saoudite saudi saoudien
southkorea: south-korea coree-du-sud
northkorea: north-korea coree-du-nord
brazil: brazil bresil brazilian bresilien
mexico: mexico mexique mexican mexicain
argentina: argentina argentine
colombia: colombia colombie
chile: chile chili
peru: peru perou
canada: canada canadian canadien
australia: australia australie australian australien
newzealand: new-zealand nouvelle-zelande
kyiv: kyiv kiev kyiv
moscow: moscow moscou
beijing: beijing pekin
london: london londres
brussels: brussels bruxelles
geneva: geneva geneve
warsaw: warsaw varsovie
athens: athens athenes
lisbon: lisbon lisbonne
vienna: vienna vienne
newyork: new-york
baltic: baltic baltique
mediterranean: mediterranean mediterranee
blacksea: mer-noire black-sea
westbank: cisjordanie west-bank
northkivu: nord-kivu north-kivu
drc: rdc drc republique-democratique-du-congo democratic-republic-of-the-congo democratic-republic-of-congo
uae: uae emirats emirates emirats-arabes-unis united-arab-emirates
czechia: czechia czech-republic tchequie republique-tcheque
worldbank: banque-mondiale world-bank
iaea: aiea iaea agence-internationale-de-l-energie-atomique international-atomic-energy-agency
iea: aie iea agence-internationale-de-l-energie international-energy-agency
unhcr: hcr unhcr haut-commissariat-des-nations-unies-pour-les-refugies
wfp: pam wfp programme-alimentaire-mondial world-food-programme
ilo: oit ilo organisation-internationale-du-travail international-labour-organization
redcross: croix-rouge red-cross
msf: msf medecins-sans-frontieres doctors-without-borders
pentagon: pentagon pentagone
elysee: elysee palais-de-l-elysee elysee-palace
brittany: brittany bretagne
normandy: normandy normandie
burgundy: burgundy bourgogne
corsica: corsica corse
catalonia: catalonia catalogne catalan catalane
andalusia: andalusia andalousie
bavaria: bavaria baviere
tuscany: tuscany toscane
sicily: sicily sicile
sardinia: sardinia sardaigne
flanders: flanders flandre flandres
wallonia: wallonia wallonie
crimea: crimea crimee
donbas: donbas donbass
gaza: gaza
genoa: genoa genes
venice: venice venise
milan: milan
naples: naples
florence: florence
rome: rome
munich: munich
cologne: cologne
hamburg: hamburg hambourg
barcelona: barcelona barcelone
seville: seville
edinburgh: edinburgh edimbourg
copenhagen: copenhagen copenhague
stockholm: stockholm
the-hague: the-hague la-haye
antwerp: antwerp anvers
prague: prague
bucharest: bucharest bucarest
cairo: cairo le-caire
algiers: algiers alger
tunis: tunis
tripoli: tripoli
jerusalem: jerusalem
tehran: tehran teheran
baghdad: baghdad bagdad
damascus: damascus damas
beirut: beirut beyrouth
mecca: mecca la-mecque
delhi: delhi new-delhi
mumbai: mumbai bombay
singapore: singapore singapour
cyprus: cyprus chypre
malta: malta malte
iceland: iceland islande icelandic islandais islandaise
croatia: croatia croatie croatian croate
serbia: serbia serbie serbian serbe
bosnia: bosnia bosnie
albania: albania albanie
bulgaria: bulgaria bulgarie
slovakia: slovakia slovaquie
slovenia: slovenia slovenie
lithuania: lithuania lituanie
latvia: latvia lettonie
estonia: estonia estonie
georgia: georgia georgie
armenia: armenia armenie
azerbaijan: azerbaijan azerbaidjan
kazakhstan: kazakhstan
moldova: moldova moldavie
greenland: greenland groenland
cameroon: cameroon cameroun
somalia: somalia somalie
kenya: kenya kenyan kenyane
tanzania: tanzania tanzanie
mozambique: mozambique
zimbabwe: zimbabwe
namibia: namibia namibie
zambia: zambia zambie
guinea: guinea guinee
papuanewguinea: papua-new-guinea papouasie-nouvelle-guinee
indonesia: indonesia indonesie indonesian indonesien
malaysia: malaysia malaisie
thailand: thailand thailande thai thailandais
vietnam: vietnam viet-nam vietnamese vietnamien
cambodia: cambodia cambodge
philippines: philippines philippine
myanmar: myanmar birmanie burma
bangladesh: bangladesh
sri-lanka: sri-lanka
nepal: nepal
taiwan: taiwan
mongolia: mongolia mongolie
jordan: jordan jordanie
yemen: yemen
qatar: qatar
kuwait: kuwait koweit
oman: oman
haiti: haiti haitian haitien
cuba: cuba
venezuela: venezuela
ecuador: ecuador equateur
bolivia: bolivia bolivie
paraguay: paraguay
uruguay: uruguay
alps: alps alpes
pyrenees: pyrenees
north-sea: north-sea mer-du-nord
english-channel: english-channel la-manche manche
red-sea: red-sea mer-rouge
amazon: amazon amazonie
rhine: rhine rhin
danube: danube
thames: thames tamise
great-barrier-reef: great-barrier-reef grande-barriere-de-corail
ema: ema agence-europeenne-des-medicaments european-medicines-agency
fao: fao
unesco: unesco
unicef: unicef
interpol: interpol
europol: europol
"""


# Capitalised in titles and proper names, yet common nouns that a translation renders
# differently ("Kerala State" / "l'État du Kerala", "Grand Slam" / "Grand Chelem"): across
# languages they are not entities a claim could be about instead of another.
TITLE_WORDS = frozenset(
    [
        "state",
        "etat",
        "prime",
        "premier",
        "minister",
        "ministre",
        "ministry",
        "ministere",
        "president",
        "presidente",
        "palace",
        "palais",
        "grand",
        "slam",
        "chelem",
        "bank",
        "banque",
        "court",
        "cour",
        "parliament",
        "parlement",
        "senate",
        "senat",
        "assembly",
        "assemblee",
        "national",
        "nationale",
        "republic",
        "republique",
        "army",
        "armee",
        "government",
        "gouvernement",
        "party",
        "parti",
        "council",
        "conseil",
        "university",
        "universite",
        "cup",
        "coupe",
        "world",
        "monde",
        "mondial",
        "mondiale",
        "league",
        "ligue",
        "championship",
        "championnat",
        "games",
        "jeux",
        "olympic",
        "olympics",
        "olympiques",
        "open",
        "tour",
        "general",
        "secretary",
        "secretaire",
        "department",
        "departement",
        "office",
        "bureau",
        "agency",
        "agence",
        "institute",
        "institut",
        "national",
        "nationale",
        "federal",
        "federale",
        # Job titles before or after a name ("SNCF Voyageurs CEO Christophe Fanichet" /
        # "Christophe Fanichet, le PDG de SNCF Voyageurs").
        "pdg",
        "ceo",
        "chief",
        "executive",
        "chef",
        "patron",
        "director",
        "directeur",
        "directrice",
        "mayor",
        "maire",
        "prefect",
        "prefet",
        "governor",
        "gouverneur",
        "region",
        "province",
    ]
)


def _parse(table: str) -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    words: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for line in table.strip().splitlines():
        key, forms = line.split(":", 1)
        for form in forms.split():
            parts = tuple(form.split("-"))
            if len(parts) == 1:
                words[form] = key
            else:
                phrases[parts] = key
                # "etats-unis" is also one capitalised word with its hyphen.
                words[form] = key
    return words, phrases


ALIAS_WORDS, ALIAS_PHRASES = _parse(_TABLE.strip() + "\n" + PLACES.strip())
ALIAS_KEYS = frozenset(ALIAS_WORDS.values())
LONGEST_PHRASE = max(len(p) for p in ALIAS_PHRASES)


def alias_key(folded_name: str) -> str | None:
    return ALIAS_WORDS.get(folded_name)


def alias_phrase_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """The longest alias-table name of two words or more starting at tokens[i], as (its key,
    its length in words): "etats unis", "alliance atlantique"."""
    for n in range(min(LONGEST_PHRASE, len(tokens) - i), 1, -1):
        key = ALIAS_PHRASES.get(tuple(tokens[i : i + n]))
        if key is not None:
            return key, n
    return None
