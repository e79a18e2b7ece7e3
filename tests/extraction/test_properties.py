from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import extract

_settings = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_fragments = st.sampled_from(
    ["Paul Martin a déclaré que ", "« ", " »", "“", "”", ", a-t-il dit. ", "plus de 30 navires",
     "12\u00a0%", " et a promis que ", ".", "\n\n", ":", " selon l'Insee", "1,1 million", "mardi"]
)  # fmt: skip


def _check(text: str, language: str) -> None:
    for claim in extract(text, language=language):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] in claim.sentence
        assert 0.0 <= claim.check_worthiness <= 1.0
        assert claim.to_dict()["text"] == claim.text


@_settings
@given(st.text())
def test_any_text_french(text: str) -> None:
    _check(text, "fr")


@_settings
@given(st.text())
def test_any_text_english(text: str) -> None:
    _check(text, "en")


@_settings
@given(st.lists(st.one_of(_fragments, st.text(max_size=8)), max_size=25).map("".join))
def test_article_like_text(text: str) -> None:
    _check(text, "fr")
    _check(text, "en")
