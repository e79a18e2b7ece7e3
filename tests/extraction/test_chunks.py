"""Long articles in bounded chunks, and paragraphs in the other language parsed in it."""

import pytest

from claims.extraction import chunks
from claims.extraction.segmentation import normalise

from .helpers import claims, find

FR_PARAGRAPH = (
    "Le ministre de l'Économie, Bruno Lemaire, a déclaré que la dette publique avait "
    "augmenté de 5 % en un an."
)
EN_PARAGRAPH = (
    "In a statement released on Tuesday, the European Commission said that the French "
    "deficit had reached 4.9 percent of gross domestic product last year."
)


def test_an_english_paragraph_in_a_french_article_is_parsed_as_english() -> None:
    result = claims(FR_PARAGRAPH + "\n\n" + EN_PARAGRAPH + "\n\nLemaire a rejeté ces chiffres.")
    english = find(result, "4.9 percent")
    assert english.language == "en"
    assert english.speaker is not None and "European Commission" in english.speaker
    assert [(q.value, q.unit) for q in english.quantities] == [(4.9, "%")]
    french = find(result, "dette publique")
    assert french.language == "fr" and french.speaker == "Bruno Lemaire"


def test_short_paragraphs_keep_the_articles_language() -> None:
    assert chunks.paragraph_language("OK, thanks.", "fr") == "fr"
    assert chunks.paragraph_language(EN_PARAGRAPH, "fr") == "en"
    assert chunks.paragraph_language(FR_PARAGRAPH + " " + FR_PARAGRAPH, "fr") == "fr"


def test_long_articles_are_chunked_with_offsets_and_speakers_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 300)
    filler = "La réunion s'est tenue à Bruxelles en présence de nombreux délégués européens."
    paragraphs = [FR_PARAGRAPH, filler, filler.replace("Bruxelles", "Paris"),
                  "Lemaire a ajouté que le chômage avait reculé de 0,3 point."]  # fmt: skip
    text = "\n\n".join(paragraphs)
    norm = normalise(text)
    plan = chunks.plan_chunks(norm, "fr")
    assert len(plan) > 1 and all(b - a <= 300 for a, b, _ in plan)
    result = claims(text)
    for claim in result:
        assert text[claim.start : claim.end] == claim.quote
    # the full name from the first chunk resolves the surname in the last
    assert find(result, "0,3 point").speaker == "Bruno Lemaire"
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 100_000)
    whole = claims(text)
    assert [(c.text, c.start, c.speaker) for c in whole] == [
        (c.text, c.start, c.speaker) for c in result
    ]
