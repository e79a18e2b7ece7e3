"""Closed word lists the rules rely on, per language. Lower-case, accents kept."""

from __future__ import annotations


def _er_forms(stems: str) -> set[str]:
    """Reporting forms of regular -er verbs: participle and 3rd-person finite forms."""
    forms: set[str] = set()
    for stem in stems.split():
        for ending in ("é", "ée", "e", "ent", "ait", "aient", "a", "èrent", "era", "eront"):
            forms.add(stem + ending)
    return forms


FR_REPORT = _er_forms(
    "déclar affirm assur estim ajout rappel indiqu expliqu soulign précis annonc jug confirm "
    "répét insist martel confi racont not observ prédiqu avanc lanc déplor regrett assen "
    "pronostiqu réaffirm résum tranch comment témoign argu relev rétorqu répliqu ironis "
    "lâch tonn plaid signal détaill avou concéd rapport évoqu nuanc protest interrog"
) | set(
    [
        "dit",
        "dis",
        "disait",
        "disaient",
        "dirent",
        "dira",
        "promis",
        "promet",
        "promettait",
        "promettent",
        "reconnu",
        "reconnaît",
        "reconnaissait",
        "soutenu",
        "soutient",
        "soutenait",
        "écrit",
        "écrivait",
        "admis",
        "admet",
        "démenti",
        "dément",
        "prévenu",
        "prévient",
        "averti",
        "avertit",
        "prédit",
        "répondu",
        "répond",
        "répondait",
        "poursuivi",
        "poursuit",
        "conclu",
        "conclut",
        "fait-valoir",
        "cru",
        "croit",
        "croyait",
    ]
)
FR_CHARACTERISE = _er_forms(
    "salu qualifi appel décriv dénonc critiqu condamn accus félicit fustig"
) | {
    "décrit",
    "décrivait",
    "appelle",
    "appelait",
}
EN_REPORT = set(
    [
        "said", "says", "say", "told", "tells", "added", "adds", "claimed", "claims",
        "stated", "states", "declared", "warned", "warns", "noted", "notes", "argued",
        "argues", "insisted", "insists", "explained", "explains", "announced", "announces",
        "confirmed", "confirms", "denied", "denies", "estimated", "estimates", "predicted",
        "predicts", "promised", "promises", "vowed", "vows", "pledged", "pledges",
        "acknowledged", "acknowledges", "admitted", "admits", "suggested", "suggests",
        "wrote", "writes", "reported", "stressed", "stresses", "emphasized", "emphasised",
        "asserted", "asserts", "maintained", "contended", "recalled", "indicated",
        "revealed", "disclosed", "believes", "believed", "replied", "concluded",
        "predicted", "cautioned", "read", "reads", "observed", "remarked", "commented",
        "conceded", "charged", "alleged", "complained", "countered", "responded",
        "reiterated", "tweeted", "affirmed", "assured", "forecast"
    ]
)  # fmt: skip
EN_CHARACTERISE = set(
    [
        "called", "calls", "described", "describes", "praised", "praises", "welcomed",
        "welcomes", "hailed", "hails", "criticised", "criticized", "criticises",
        "criticizes", "condemned", "condemns", "branded", "labelled", "labeled", "slammed",
        "blasted", "accused", "accuses"
    ]
)  # fmt: skip

COORD = {"fr": {"et", "mais", "puis"}, "en": {"and", "but", "then"}}
SUBORD: dict[str, list[tuple[str, ...]]] = {
    "fr": [
        ("après", "que"), ("après", "qu'"), ("avant", "que"), ("avant", "qu'"), ("alors", "que"),
        ("alors", "qu'"), ("tandis", "que"), ("tandis", "qu'"), ("parce", "que"), ("parce", "qu'"),
        ("bien", "que"), ("bien", "qu'"), ("car",), ("puisque",), ("puisqu'",), ("lorsque",),
        ("lorsqu'",),
    ],
    "en": [("after",), ("before",), ("while",), ("because",), ("although",), ("whereas",),
           ("since",), ("though",)],
}  # fmt: skip
EVENT_PREPS: dict[str, list[tuple[str, ...]]] = {
    "fr": [("après",), ("avant",), ("suite", "à"), ("à", "la", "suite", "de"), ("malgré",)],
    "en": [("after",), ("following",), ("amid",), ("despite",), ("before",)],
}
RELATIVE = {"fr": {"que", "qu'"}, "en": {"that", "which", "whom"}}
COMPLEMENTISER = {"fr": {"que", "qu'"}, "en": {"that"}}
SUBJECT_PRONOUNS_BY_LANGUAGE = {
    "fr": {"il", "elle", "ils", "elles", "on", "nous", "je", "j'", "vous"},
    "en": {"he", "she", "they", "we", "i", "it", "you"},
}
# Both languages at once: the rules test words, and a word is one language's pronoun.
SUBJECT_PRONOUNS = SUBJECT_PRONOUNS_BY_LANGUAGE["fr"] | SUBJECT_PRONOUNS_BY_LANGUAGE["en"]
PERSON_PRONOUNS = {"il", "elle", "he", "she"}
CLITICS = {"fr": {"se", "s'", "ne", "n'", "y", "en", "l'", "le", "la", "les", "lui", "leur", "pas",
                  "déjà", "aussi", "également", "maintenant", "ensuite", "alors", "encore",
                  "toujours", "désormais"},
           "en": {"also", "now", "then", "later", "still", "not", "already", "quickly", "soon",
                  "has", "have", "had"}}  # fmt: skip
ACCORDING = {
    "fr": [("selon",), ("d'après",), ("pour",)],
    "en": [("according", "to")],
}
TITLE_WORDS = set(
    [
        "chef", "président", "présidente", "ministre", "porte-parole", "secrétaire",
        "directeur", "directrice", "maire", "gouverneur", "ambassadeur", "ambassadrice",
        "dirigeant", "dirigeante", "patron", "patronne", "responsable", "pdg", "chancelier",
        "chancelière", "commissaire", "député", "députée", "sénateur", "sénatrice",
        "général", "juge", "procureur", "procureure", "économiste", "analyste", "expert",
        "experte", "médecin", "professeur", "professeure", "chercheur", "chercheuse",
        "représentant", "représentante", "conseiller", "conseillère", "fondateur",
        "fondatrice", "mayor", "president", "minister", "spokesperson", "spokesman",
        "spokeswoman", "secretary", "director", "governor", "ambassador", "chief", "leader",
        "head", "ceo", "chancellor", "commissioner", "senator", "representative",
        "congressman", "congresswoman", "judge", "prosecutor", "economist", "analyst",
        "expert", "doctor", "professor", "researcher", "official", "adviser", "advisor",
        "chairman", "chairwoman", "chair", "founder", "executive", "officer", "sheriff",
        "superintendent", "councillor", "councilman", "councilwoman", "commander"
    ]
)  # fmt: skip
OPINION = {
    # "sans doute" as a phrase ("sans incident notable" hedges nothing); "devrait" is a
    # forecast, counted as a prediction by worthiness.py, not an opinion too
    "fr": set(["pense", "crois", "estime", "semble", "sembl", "espère", "souhaite", "faudrait", "peut-être", "probablement", "sans doute", "possible"]),
    "en": set(["think", "thinks", "believe", "believes", "feel", "feels", "hope", "hopes", "should", "ought", "perhaps", "maybe", "probably", "likely", "seems", "seem", "possibly"]),
}  # fmt: skip
# A feeling is its holder's to tell, not a checker's to check ("Riko is scared", "Some
# described their panic"); surprise is left out: "une bonne surprise" grades a figure
FEELINGS = {
    "fr": set(["peur", "effrayé", "effrayée", "effrayés", "terrifié", "terrifiée", "terrifiés",
               "choqué", "choquée", "choqués", "inquiet", "inquiète",
               "inquiets", "soulagé", "soulagée", "soulagés", "panique", "angoisse", "angoissé",
               "craintes", "heureux", "heureuse", "triste", "déçu", "déçue", "déçus"]),
    "en": set(["scared", "afraid", "frightened", "terrified", "panic", "panicked", "fears",
               "fearful", "worried", "anxious", "relieved", "shocked", "happy",
               "sad", "upset", "disappointed", "devastated"]),
}  # fmt: skip
COMPARISON = {
    "fr": set(["plus", "moins", "double", "doublé", "doubler", "triplé", "hausse", "baisse", "augmenté", "augmentation", "diminué", "diminution", "record", "recul", "progression", "chute"]),
    "en": set(["more", "less", "than", "double", "doubled", "tripled", "increase", "increased", "decrease", "decreased", "rise", "rose", "fell", "fall", "drop", "dropped", "record", "higher", "lower", "surge", "surged"]),
}  # fmt: skip
# Forms of 'be' that are not finite (decomposition: a bare 'be' starts no clause).
EN_NONFINITE_AUX = {"be", "been", "being"}
ORG_WORDS = set(
    [
        "inc", "corp", "company", "ministry", "ministère", "department", "university",
        "université", "council", "conseil", "bank", "banque", "party", "parti",
        "association", "agency", "agence", "commission", "court", "cour", "institute",
        "institut", "organisation", "organization", "union", "office", "group", "groupe",
        "committee", "comité", "foundation", "fondation", "police", "army", "armée",
        "government", "gouvernement", "hospital", "hôpital", "nato", "otan", "fund", "fonds"
    ]
)  # fmt: skip

# A company's figures: who owns them is an organisation ("Bharti Airtel's net profit").
METRIC_NOUNS = {
    "en": {"profit", "profits", "revenue", "revenues", "sales", "income", "earnings", "rate",
           "base", "turnover", "margin", "margins", "debt", "loss", "losses", "output",
           "production", "shares", "dividend", "workforce", "spending", "costs"},
    "fr": {"bénéfice", "bénéfices", "chiffre", "ventes", "résultat", "résultats", "dette",
           "marge", "perte", "pertes", "production", "effectifs", "dividende", "revenus",
           "recettes", "investissements"},
}  # fmt: skip
