"""Synthetic claim statements: templates from `vocab` filled with speakers, organisations,
companies, subjects, places and groups drawn with a Zipf-like skew, and numbers, years
and months written in each language's own format."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from typing import Any

from matching.corpus import vocab


class _Pool:
    """Draws with a Zipf-like skew (weight 1/rank): the first entries are common, the
    long tail rare, as in news text."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        total = 0.0
        self.cum: list[float] = []
        for rank in range(len(items)):
            total += 1.0 / (rank + 1)
            self.cum.append(total)

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.items, cum_weights=self.cum)[0]


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split("|") if item.strip()]


def _shuffled(items: list[str], key: str) -> list[str]:
    # A fixed order (independent of --seed) so "common" means the same in every corpus.
    random.Random(key).shuffle(items)
    return items


_BARE = re.compile(r"^(?:du |de la |de l'|des |de |d'|of )")
_ARTICLE = re.compile(r"^(?:le |la |les |l'|the )")
_FIELDS = re.compile(r"{(\w+)}")


@lru_cache(maxsize=2)
def _pools(lang: str) -> dict[str, Any]:
    v = vocab.FR if lang == "fr" else vocab.EN
    lists = {name: _split(value) for name, value in v.items()}
    speakers = [f"{f} {last}" for f in lists["first"] for last in lists["last"]]
    brand_names = [a + b for a in lists["brand_a"] for b in lists["brand_b"]]
    brands = [f"{kind} {name}" for name in brand_names for kind in lists["brand_kind"]]
    orgs = [f"{kind} {field}" for kind in lists["org_kind"] for field in lists["org_field"]]
    subjects = [f"{m} {thing}" for m in lists["measure"] for thing in lists["thing"]]
    pools = {
        "speaker": _Pool(_shuffled(speakers, f"{lang}-speakers")),
        "brand": _Pool(_shuffled(brands, f"{lang}-brands")),
        "org": _Pool(_shuffled(orgs, f"{lang}-orgs")),
        "subject": _Pool(_shuffled(subjects, f"{lang}-subjects")),
        "measure_bare": _Pool([_ARTICLE.sub("", m) for m in lists["measure"]]),
        "thing_bare": _Pool([_BARE.sub("", t) for t in lists["thing"]]),
    }
    for name in ("place", "group", "portfolio", "up", "down", "unit", "month"):
        pools[name] = _Pool(lists[name])
    pools["templates"] = vocab.FR_TEMPLATES if lang == "fr" else vocab.EN_TEMPLATES
    return pools


def _int(value: int, lang: str) -> str:
    return f"{value:,}".replace(",", "\u202f" if lang == "fr" else ",")


def _decimal(value: float, lang: str) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "fr" else text


def _numbers(rng: random.Random, lang: str) -> dict[str, str]:
    pct = rng.choice([rng.randint(1, 90), round(rng.uniform(0.1, 60), 1)])
    if lang == "fr":
        pct_text = f"{_decimal(pct, lang)} %"
        big = rng.choice(
            [f"{rng.randint(2, 950)} millions", f"{_decimal(rng.uniform(1, 90), lang)} milliards"]
        )
        money = f"{big} d'euros"
    else:
        pct_text = rng.choice([f"{_decimal(pct, lang)}%", f"{_decimal(pct, lang)} percent"])
        big = rng.choice(
            [f"{rng.randint(2, 950)} million", f"{_decimal(rng.uniform(1, 90), lang)} billion"]
        )
        money = rng.choice([f"{big} dollars", f"£{big}", f"${big}"])
    year = rng.randint(1990, 2024)
    return {
        "pct": pct_text,
        "pct_bare": pct_text,
        "money": money,
        "k": _int(int(10 ** rng.uniform(1, 5.7)), lang),
        "n": str(rng.randint(2, 60)),
        "n2": str(rng.randint(2, 30)),
        "year": str(year),
        "year2": str(min(2024, year + rng.randint(1, 15))),
    }


def synthetic_statement(rng: random.Random, lang: str) -> tuple[str, str]:
    """One synthetic claim in `lang` ("fr" or "en") and its speaker ("" when the text
    names none). The same generator state gives the same claim."""
    pools = _pools(lang)
    template = rng.choice(pools["templates"])
    fields = _numbers(rng, lang)
    for name in _FIELDS.findall(template):
        if name not in fields:
            fields[name] = pools[name].pick(rng)
    text = template.format(**fields)
    speaker = fields.get("speaker", "")
    return text[0].upper() + text[1:], speaker
