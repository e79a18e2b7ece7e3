"""Word lists that decide who or what can be a source: times, bodies, rules, the
organisation a description stands for, documents and counts.
"""

from __future__ import annotations

TIME_WORDS = set(
    [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
        "aujourd'hui", "demain", "soir", "matin", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow",
        "ensuite", "encore", "aussi", "également", "also"
    ]
)  # fmt: skip

# Singular nouns that name a body, not a person.
COLLECTIVE = {"police", "gouvernement", "government", "justice", "parquet", "armée", "army",
               "opposition", "presse", "press", "tribunal", "court", "cour", "jury",
               "parti", "party", "union", "syndicat", "administration", "commission",
               "direction", "défense", "defence", "defense", "prosecution", "accusation",
               "mairie", "préfecture", "ambassade", "embassy", "club", "équipe", "team",
               "famille", "family", "entourage", "camp", "document", "texte", "text"}  # fmt: skip

NOT_SOURCES = {
    "standards", "standard", "norms", "rules", "law", "laws", "règles", "normes", "loi",
    "critères", "criteria", "principles", "terms", "accord", "agreement"
}  # fmt: skip

# Definite descriptions that stand for the organisation the article just quoted.
ORG_DESCRIPTIONS = {"banque centrale", "institut", "organisation", "alliance", "agence",
                     "the central bank", "central bank", "the agency", "agency", "the bank",
                     "bank", "the company", "company", "the group", "groupe", "the ministry",
                     "ministry", "the organization", "organization", "institution",
                     "the institution", "organisme", "l'organisme", "the firm", "firm",
                     "le groupe", "the carrier", "the operator", "société", "la société",
                     "l'entreprise", "entreprise", "banque", "la banque", "compagnie",
                    "la compagnie", "the airline", "airline"}  # fmt: skip

# What a count gives, not what someone says: its owner, when named, speaks.
OUTCOMES = {"results", "résultats", "outcome", "count", "tally", "décompte", "résultat"}
# "selon ses projections", "according to its figures": the owner of the document speaks.
DOCUMENTS = {"projections", "prévisions", "estimations", "données", "chiffres", "calculs",
              "rapport", "étude", "bilan", "comptes", "figures", "data", "estimates",
              "forecasts", "report", "study", "calculations", "statistics",
              "statistiques", "filing", "statement", "communiqué", "note", "release",
              "déclaration"}  # fmt: skip

# Who leads a body: "the UEFA president" without a name is someone the article named
# (a spokesperson speaks for the body itself and is not among them)
LEADER_TITLES = {"president", "chief", "boss", "head", "leader", "chairman", "chairwoman",
                 "ceo", "director", "président", "présidente", "patron", "patronne", "chef",
                 "dirigeant", "dirigeante", "directeur", "directrice", "pdg"}  # fmt: skip

# People who speak for themselves about someone, not in that person's name
OWN_VOICES = {"lawyers", "lawyer", "attorneys", "attorney", "relatives", "family", "supporters",
               "critics", "opponents", "rivals", "neighbours", "neighbors"}  # fmt: skip
# "On nous dit que …": the clitics an indefinite "on" carries before its verb
OBJECT_CLITICS = {"nous", "vous", "me", "m'", "te", "t'", "lui", "leur", "les", "l'", "le", "la"}
