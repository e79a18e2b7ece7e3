"""The event an article reports, for the label of claims that name nothing.

"At least 60 people were reported dead" is about a quake, "Toutes les personnes à bord
étaient des Indonésiens" about a plane crash: a place alone ("Mexico: …") does not tell a
reader which event the figure belongs to. Wire headlines and leads name the event with a
noun from a short list ("earthquake", "floods", "grève", "procès", "crash d'un avion"),
which topic.py puts beside the article's place or organisation: "Mexico earthquake: …",
"Séisme (Algérie) : …". Only nouns that name a datable event are listed: a reader can
check a figure against "the Algiers earthquake", not against "the economy".
"""

from __future__ import annotations

import re

_EVENTS = {
    "en": (
        "earthquake", "quake", "floods", "flood", "flooding", "landslide", "landslides",
        "hurricane", "cyclone", "typhoon", "storm", "wildfire", "fire", "blaze", "tsunami",
        "eruption", "volcano", "crash", "derailment", "explosion", "blast", "attack", "air strike",
        "airstrike", "bombing", "shooting", "outbreak", "epidemic", "strike", "protests",
        "coronavirus", "covid-19", "ebola", "cholera", "measles", "dengue", "malaria", "mpox",
        "bird flu",
        "election", "referendum", "trial", "summit",
    ),
    "fr": (
        "séisme", "tremblement de terre", "inondations", "inondation", "crue", "crues",
        "glissement de terrain", "ouragan", "cyclone", "typhon", "tempête", "incendie",
        "tsunami", "éruption", "volcan", "crash", "accident", "déraillement", "explosion", "attentat",
        "attaque", "frappe aérienne", "fusillade", "épidémie", "grève", "manifestation",
        "coronavirus", "covid-19", "ebola", "choléra", "rougeole", "dengue", "paludisme", "mpox",
        "grippe aviaire",
        "manifestations", "élection", "présidentielle", "législatives", "référendum",
        "votation", "procès", "sommet",
    ),
}  # fmt: skip
_WORD = {lang: re.compile(r"\b(" + "|".join(sorted(words, key=len, reverse=True)) + r")\b",
                          re.IGNORECASE) for lang, words in _EVENTS.items()}  # fmt: skip
# "crash d'un avion", "crash of a plane": what crashed is part of the event
_WHAT = {
    "fr": re.compile(r"^\s+(?:d'|d’|de\s+)(?:un|une|l'|l’|la|le)?\s*([a-zé]+)", re.IGNORECASE),
    "en": re.compile(r"^\s+of\s+(?:a|an|the)\s+([a-z]+)", re.IGNORECASE),
}
_WHAT_OWNERS = {"crash", "accident", "explosion", "derailment", "déraillement"}
_NOT_WHAT = {"magnitude", "force", "grande", "ampleur"}


def article_event(headline: str, lead_sentence: str, lang: str) -> str | None:
    """The event noun of the headline, else of the lead's first sentence, as written there
    ("crash d'un avion", "floods"), or None."""
    pattern = _WORD.get(lang)
    if pattern is None:
        return None
    for text in (headline, lead_sentence):
        m = pattern.search(text)
        if m is None:
            continue
        event = m.group(1)
        what = _WHAT[lang].match(text[m.end() :])
        if event.lower() in _WHAT_OWNERS and what and what.group(1).lower() not in _NOT_WHAT:
            event = text[m.start() : m.end() + what.end()]
        return " ".join(event.split())
    return None


# "cyclone Giovanna", "Hurricane Katrina", "le procès Sarkozy": the event's own name follows
# its noun; a volcano is named "Mount Ruang", "mont Merapi", "volcan Semeru"
_NAMED = r"\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?)"
_MOUNT = re.compile(r"\b(?:Mount|Mont|Mt\.?)\s+[A-Z][\w'’-]+")
_VOLCANIC = {"volcano", "volcan", "eruption", "éruption"}
_STORMS = {"hurricane", "cyclone", "typhoon", "storm", "ouragan", "typhon", "tempête"}
_NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "in", "on", "at", "the",
    "a", "le", "la", "les", "de", "du", "des", "en", "à", "au",
}  # fmt: skip


def event_name(event: str, text: str) -> str | None:
    """The event's own name where the headline or lead gives one: "cyclone Giovanna",
    "Mount Ruang"."""
    if event.lower() in _VOLCANIC:
        mount = _MOUNT.search(text)
        return mount.group(0) if mount else None
    if event.lower() not in _STORMS:
        return None  # "Election Commission", "trial Tuesday": other names follow those nouns
    for m in re.finditer(r"\b(?i:" + re.escape(event) + ")" + _NAMED, text):
        name = m.group(1)
        if name.split()[0].lower() in _NOT_NAMES or name.isupper():
            continue  # "storm ABC": an acronym after the noun is rarely the event's name
        return f"{m.group(0).split()[0]} {name}"
    return None


def event_label(event: str, topic: str | None, lang: str, name: str | None = None) -> str:
    """ "Mexico earthquake", "Séisme (Algérie)", or the event alone; a topic that names the
    event already ("Independent Election Commission") stays as it is. A named event reads
    "Cyclone Giovanna (Madagascar)", "Mount Ruang volcano (Indonesia)"."""
    if name:
        head = name if name.lower().startswith(event.lower()) else f"{name} {event.lower()}"
        head = head[:1].upper() + head[1:]
        return f"{head} ({topic})" if topic and topic.lower() not in head.lower() else head
    if topic and event.split()[0].lower() in topic.lower():
        return topic
    if lang == "fr":
        head = event[:1].upper() + event[1:]
        return f"{head} ({topic})" if topic else head
    if topic:
        return f"{topic} {event.lower()}"
    return event[:1].upper() + event[1:]


# What a disaster's figures count: a claim giving one belongs to the event even when it names
# who counted ("Le BNGRC recensait 65 blessés" is a toll of cyclone Giovanna)
_TOLL_UNITS = re.compile(
    r"^(?:mort|bless|sinistr|victim|tué|disparu|décè|déplac|évacu|personne|habitation|maison|"
    r"logement|école|digue|route|bâtiment|pont|cas\b|dead|death|injur|wound|kill|missing|"
    r"people|person|home|house|building|displac|evacu|famil|resident|habitant|village|case)",
    re.IGNORECASE,
)
_ELECTORAL = {"election", "referendum", "strike", "protests", "trial", "summit", "élection",
              "présidentielle", "législatives", "référendum", "votation", "grève",
              "manifestation", "manifestations", "procès", "sommet"}  # fmt: skip


def counts_its_toll(event: str | None, units: list[str]) -> bool:
    """Whether a claim's figures are the tally of the article's disaster or outbreak."""
    if not event or event.split()[0].lower() in _ELECTORAL:
        return False
    return any(_TOLL_UNITS.match(unit) for unit in units if unit)
