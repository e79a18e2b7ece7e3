"""What the extractor remembers of an article's people while it reads: full names by
surname, titles, the last person, speaker and organisation, each person's organisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .names import DETS, fold


def title_key(words: list[str]) -> str:
    while words and words[0].lower() in DETS:
        words = words[1:]
    return fold(" ".join(words)).replace("' ", "'").strip(" ,")


HONORIFICS = {"m.", "mme", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "me",
               "mgr", "sir", "dame"}  # fmt: skip


@dataclass
class SpeakerMemory:
    persons: dict[str, str] = field(default_factory=dict)  # folded surname -> full name
    titles: dict[str, str] = field(default_factory=dict)  # folded title -> full name
    # a title written before a name ("UEFA president Michel Platini"), matched whole only:
    # its organisation's words ("Reserve Bank of India Governor") must not match "the bank"
    written_titles: dict[str, str] = field(default_factory=dict)
    last_person: str | None = None
    last_speaker: str | None = None
    last_org: str | None = None
    org_forms: dict[str, str] = field(default_factory=dict)  # "OMS" -> "l'OMS", as written
    # full name -> the organisation named in their title, as written ("l'OTAN")
    affiliations: dict[str, str] = field(default_factory=dict)

    def person(self, name: str) -> str:
        parts = name.split()
        while len(parts) > 1 and parts[0].lower() in HONORIFICS:
            parts = parts[1:]  # "M. Ryan" names the Ryan of the article
        name = " ".join(parts)
        if len(parts) == 1:
            return self.persons.get(fold(name), name)
        known = self.persons.get(fold(parts[-1]))
        # "Haq Amarkhail" after "Zia-ul-Haq Amarkhail": the fuller form the article gave.
        if known and len(known) > len(name) and fold(known).endswith(fold(name)):
            return known
        known = self.persons.get(fold(parts[-1]))
        if known and not (fold(name).endswith(fold(known)) or fold(known).endswith(fold(name))):
            return name  # "Mongi Souab, un frère de M. Souab": "Souab" stays the first one
        self.persons[fold(parts[-1])] = name
        if "-" in parts[-1]:
            # "Jabar al-Luaibi" is later just "Luaibi"
            self.persons.setdefault(fold(parts[-1].rsplit("-", 1)[-1]), name)
        return name
