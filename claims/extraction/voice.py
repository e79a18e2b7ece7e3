"""Who speaks in a claim, and for whom they say "we": what the standalone rewrite needs to
know of the claim's speaker."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Voice:
    """Who speaks in a claim, and for whom they say 'we'."""

    speaker: str | None
    person: bool  # the speaker is a person (not an organisation or a title)
    group: str | None  # the organisation behind the speaker's "we" ("l'OTAN")
    reported: bool  # the claim is what the speaker said (quote or reported clause)
    quote: bool  # in the speaker's own words (their "ils" is never their own side)
    pronoun_speaker: bool  # the speaker was resolved from this claim's own subject pronoun
    # the person the article was last about, for a pronoun with no antecedent near enough
    last_person: str | None = None
    # the organisation the article was last about ("the company" -> "Bharti Airtel")
    last_org: str | None = None
    # the first person the article named: who "l'ancien magistrat" most likely is
    protagonist: str | None = None
    # "Masc"/"Fem" when the speaker was written as a pronoun ("She said … when he submitted":
    # that "he" is someone else)
    speaker_gender: str = ""
