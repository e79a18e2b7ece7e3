import pytest

from claims.extraction import UnsupportedLanguageError, detect_language, extract


def test_detects_french_and_english() -> None:
    assert (
        detect_language("Le gouvernement a annoncé une hausse des impôts pour les ménages.") == "fr"
    )
    assert detect_language("The government announced a tax increase for households.") == "en"


@pytest.mark.parametrize(
    "text,code",
    [
        ("Die Regierung hat am Dienstag eine Steuererhöhung für alle Haushalte angekündigt.", "de"),
        ("El gobierno anunció el martes un aumento de impuestos para los hogares.", "es"),
    ],
)
def test_unsupported_language_raises(text: str, code: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match=code):
        extract(text)
    assert issubclass(UnsupportedLanguageError, ValueError)


def test_explicit_language_skips_detection() -> None:
    assert extract("Paul Martin a déclaré que la dette avait doublé.", language="fr")
