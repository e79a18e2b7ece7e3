"""Short French and English news texts with speakers and numbers, so that extraction finds
claims. Every article's numbers are its own: no sentence repeats across articles, so two
workers never race to create the same claim and any duplicate found is a real bug."""

from __future__ import annotations

FR_SPEAKERS = [
    "Le ministre de l'Économie, Paul Martin,",
    "La ministre de la Santé, Claire Dubois,",
    "Le maire de Lyon, Henri Garnier,",
    "La présidente de la région, Sophie Laurent,",
    "Le porte-parole du gouvernement, Marc Lefèvre,",
    "Le sénateur Jacques Moreau",
]
FR_FACTS = [
    "le chômage a baissé de {a},{b} % en {y}",
    "{n} emplois ont été créés dans la région au premier trimestre {y}",
    "la dette publique atteint {n} milliards d'euros",
    "le nombre de lits d'hôpital a augmenté de {a} % depuis {y}",
    "{n} logements sociaux ont été construits l'an dernier",
    "les prix de l'énergie ont progressé de {a},{b} % en un an",
    "la criminalité a reculé de {a} % dans la ville depuis {y}",
    "le budget de l'éducation dépasse {n} millions d'euros",
]
EN_SPEAKERS = [
    "The mayor, Jane Doe,",
    "The governor, Robert Hale,",
    "The health secretary, Maria Lopez,",
    "Senator Thomas Reed",
    "The finance minister, Alan Brooks,",
    "The police chief, Karen White,",
]
EN_FACTS = [
    "crime fell by {a} percent in {y}",
    "{n} new homes were built last year",
    "unemployment rose to {a}.{b} percent in {y}",
    "the city spent {n} million dollars on roads",
    "hospital waiting times dropped by {a} percent since {y}",
    "{n} jobs were created in the first quarter of {y}",
    "energy prices climbed {a}.{b} percent over the year",
    "the school budget reached {n} million dollars",
]


def article_text(index: int) -> tuple[str, str]:
    """(language, text) of article `index`: 3 to 6 sentences, half French, half English."""
    french = index % 2 == 0
    speakers, facts = (FR_SPEAKERS, FR_FACTS) if french else (EN_SPEAKERS, EN_FACTS)
    count = 3 + index % 4
    sentences = []
    for j in range(count):
        fact = facts[(index + 3 * j) % len(facts)].format(
            a=2 + index,  # every fact holds a or n: both are the article's own
            b=(index + j) % 10,
            y=2000 + (index + j) % 24,
            n=f"{1000 + index * 10 + j:,}".replace(",", " " if french else ","),
        )
        speaker = speakers[(index + j) % len(speakers)]
        if french:
            sentences.append(f"{speaker} a déclaré que {fact}.")
        else:
            sentences.append(f"{speaker} said that {fact}.")
    return ("fr" if french else "en"), " ".join(sentences)
