"""Countries named by their adjective: "The Iraqi electoral commission", "la commission
électorale irakienne" are about Iraq / l'Irak. Used to find what an article is about
(topic.py); a short curated list of the countries wire copy names most, in both languages.
"""

from __future__ import annotations

import re

# (English adjective, French adjective stem, English name, French name)
_TABLE = (
    ("Afghan", "afghan", "Afghanistan", "Afghanistan"),
    ("Algerian", "algérien", "Algeria", "Algérie"),
    ("American", "américain", "the United States", "États-Unis"),
    ("Argentine", "argentin", "Argentina", "Argentine"),
    ("Australian", "australien", "Australia", "Australie"),
    ("Belgian", "belge", "Belgium", "Belgique"),
    ("Brazilian", "brésilien", "Brazil", "Brésil"),
    ("British", "britannique", "Britain", "Royaume-Uni"),
    ("Cameroonian", "camerounais", "Cameroon", "Cameroun"),
    ("Canadian", "canadien", "Canada", "Canada"),
    ("Chinese", "chinois", "China", "Chine"),
    ("Congolese", "congolais", "Congo", "Congo"),
    ("Egyptian", "égyptien", "Egypt", "Égypte"),
    ("French", "français", "France", "France"),
    ("German", "allemand", "Germany", "Allemagne"),
    ("Greek", "grec", "Greece", "Grèce"),
    ("Indian", "indien", "India", "Inde"),
    ("Indonesian", "indonésien", "Indonesia", "Indonésie"),
    ("Iranian", "iranien", "Iran", "Iran"),
    ("Iraqi", "irakien", "Iraq", "Irak"),
    ("Israeli", "israélien", "Israel", "Israël"),
    ("Italian", "italien", "Italy", "Italie"),
    ("Ivorian", "ivoirien", "Ivory Coast", "Côte d'Ivoire"),
    ("Japanese", "japonais", "Japan", "Japon"),
    ("Kenyan", "kényan", "Kenya", "Kenya"),
    ("Lebanese", "libanais", "Lebanon", "Liban"),
    ("Libyan", "libyen", "Libya", "Libye"),
    ("Malian", "malien", "Mali", "Mali"),
    ("Mexican", "mexicain", "Mexico", "Mexique"),
    ("Moroccan", "marocain", "Morocco", "Maroc"),
    ("Nigerian", "nigérian", "Nigeria", "Nigeria"),
    ("Pakistani", "pakistanais", "Pakistan", "Pakistan"),
    ("Palestinian", "palestinien", "the Palestinian territories", "Territoires palestiniens"),
    ("Polish", "polonais", "Poland", "Pologne"),
    ("Portuguese", "portugais", "Portugal", "Portugal"),
    ("Russian", "russe", "Russia", "Russie"),
    ("Saudi", "saoudien", "Saudi Arabia", "Arabie saoudite"),
    ("Senegalese", "sénégalais", "Senegal", "Sénégal"),
    ("South African", "sud-africain", "South Africa", "Afrique du Sud"),
    ("Spanish", "espagnol", "Spain", "Espagne"),
    ("Swiss", "suisse", "Switzerland", "Suisse"),
    ("Syrian", "syrien", "Syria", "Syrie"),
    ("Tunisian", "tunisien", "Tunisia", "Tunisie"),
    ("Turkish", "turc", "Turkey", "Turquie"),
    ("Ukrainian", "ukrainien", "Ukraine", "Ukraine"),
    ("Venezuelan", "vénézuélien", "Venezuela", "Venezuela"),
)
_EN = {en: country for en, _fr, country, _ in _TABLE}
_FR = {fr: country for _en, fr, _, country in _TABLE}
_EN_RE = re.compile(r"\b(" + "|".join(sorted(_EN, key=len, reverse=True)) + r")\b")
# French adjectives agree: irakien, irakienne, irakiens, irakiennes; français, française
_FR_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _FR), key=len, reverse=True)) + r")(?:ne|e)?s?\b",
    re.IGNORECASE,
)


def first_country(text: str, lang: str) -> tuple[int, str] | None:
    """(offset, country) of the first country adjective in `text`. French adjectives are
    lower case ("irakienne"); a capitalised one is a noun for people ("les Français")."""
    if lang == "fr":
        for m in _FR_RE.finditer(text):
            if m.group(0)[:1].islower():
                return m.start(), _FR[m.group(1).lower()]
        return None
    m = _EN_RE.search(text)
    return (m.start(), _EN[m.group(1)]) if m else None
