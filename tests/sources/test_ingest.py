"""article_ingest: date headers, idempotency, bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.header import PartialDate
from core.errors import DomainError
from sources.models import Article
from sources.services import article_ingest

pytestmark = pytest.mark.django_db

FR = "Le ministre de l'Économie a déclaré que l'inflation atteignait 5,2 % en septembre."


@pytest.mark.parametrize(
    ("header", "day", "precision", "display"),
    [
        ("date 2022", dt.date(2022, 1, 1), "year", "2022"),
        (" date 2022-10 ", dt.date(2022, 10, 1), "month", "2022-10"),
        ("date 2022-10-11\n\n", dt.date(2022, 10, 11), "day", "2022-10-11"),
    ],
)
def test_date_header_sets_date_and_precision_and_is_cut(header, day, precision, display):
    article = article_ingest(text=f"{header} {FR}").article
    assert (article.published_on, article.published_precision) == (day, precision)
    assert article.published_display == display
    assert article.text == FR


def test_no_header_means_no_date():
    article = article_ingest(text=FR).article
    assert article.published_on is None and article.published_precision == ""
    assert article.text == FR


@pytest.mark.parametrize(
    "bad", ["date 2022-13 ", "date 2022-02-30 ", "date 22-10 ", "date 2022/10 "]
)
def test_malformed_date_header_is_a_clear_error_and_stores_nothing(bad):
    with pytest.raises(DomainError, match="date") as err:
        article_ingest(text=bad + FR)
    assert bad.split()[1] in err.value.message
    assert not Article.objects.exists()


def test_same_text_twice_is_one_article():
    first = article_ingest(text=FR)
    second = article_ingest(text=FR)
    assert first.created and not second.created
    assert first.article.pk == second.article.pk
    assert Article.objects.count() == 1


def test_whitespace_and_header_do_not_make_a_new_article():
    first = article_ingest(text=FR)
    again = article_ingest(text="date 2022-10 " + FR.replace(" ", "  ") + "\r\n\r\n")
    assert again.article.pk == first.article.pk and not again.created


def test_same_url_is_one_article_even_if_text_changed():
    first = article_ingest(text=FR, url="https://example.org/a")
    second = article_ingest(text=FR + " Mise à jour.", url="https://example.org/a")
    assert second.article.pk == first.article.pk and not second.created


def test_explicit_published_wins_over_header():
    article = article_ingest(text="date 2020 " + FR, published=PartialDate(2022, 10, 11)).article
    assert article.published_precision == "day" and article.published_on == dt.date(2022, 10, 11)


@pytest.mark.parametrize("text", ["", "   \n\t", "date 2022-10   "])
def test_empty_article_is_refused(text):
    with pytest.raises(DomainError, match="no text"):
        article_ingest(text=text)
    assert not Article.objects.exists()


def test_language_is_detected_and_unsupported_language_is_stored_but_not_extracted():
    english = article_ingest(text="The mayor said that the city had built 310 new homes in 2023.")
    assert english.article.language == "en"
    german = article_ingest(
        text="Der Bürgermeister sagte, dass die Stadt im Jahr 2023 mehr als dreihundert neue "
        "Wohnungen gebaut habe und die Mieten stabil geblieben seien."
    ).article
    assert german.language == "de"
    assert german.extraction_state == Article.ExtractionState.UNSUPPORTED
    assert "not supported" in german.extraction_error and "by hand" in german.extraction_error
