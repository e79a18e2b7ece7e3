"""The entry point: every quantity in a stretch of normalised text."""

from __future__ import annotations

import re
from typing import Any

from ..records import Quantity
from .changes import LEVEL_CHANGE, change_direction
from .comparators import comparator_before, threshold
from .currency import (
    ABBREVIATED_SCALES,
    CURRENCY_UNITS,
    CURRENCY_WORDS,
    MONEY_ABBREVIATION,
    currency_after,
)
from .figure_pattern import PATTERN
from .found import Found
from .fractions_and_streaks import fractions, ordinal_counts
from .neighbours import (
    share_change,
    share_compared_unit,
    share_list_unit,
    share_magnitude,
    share_range_units,
)
from .not_quantities import AFTER_DATE, BEFORE_DATE, INDEX_NAME, is_identifier
from .numbers import (
    FRACTION_NOUNS,
    NUMBER_WORD_SET,
    ROUND_NUMBERS,
    SCALES,
    number_words_value,
    parse_number,
)
from .units import (
    AGED,
    COMPOUND_UNITS,
    HYPHENATED_MAGNITUDE,
    MAGNITUDE_AFTER,
    MAGNITUDE_BEFORE,
    NAME_COMMA,
    NOT_UNITS,
    OIL_RATES,
    PLURALS,
    RATE,
    TEMPERATURE,
    UNIT,
    bare_complement,
    counted_by_level_subject,
    counted_by_subject,
    counted_in_a_share,
    may_count,
    parse_unit,
    toll_before,
)

# "Une personne est décédée dans la capitale", "one person was killed": a toll of one
LONE_CASUALTY = re.compile(
    r"\s+(?:personne|person|homme|femme|enfant|man|woman|child)\s+(?:[\w']+\s+){0,2}?"
    r"(?:décéd|mort|tué|bless|disparu|noyé|died|killed|dead|injured|missing|wounded|drowned)",
    re.IGNORECASE,
)


MEN_WOMEN_CHILDREN = re.compile(
    r",?\s*(?:femmes|women)\s*,?\s+(?:et|and)\s+(?:enfants|children)", re.IGNORECASE
)


def find_quantities(
    norm: str, start: int, end: int, language: str, doc: Any = None
) -> list[Quantity]:
    """Quantities in norm[start:end]; the text of each is the matched stretch as written."""
    pattern = PATTERN.get(language, PATTERN["en"])
    found: list[Found] = []
    segment = norm[start:end]
    for m in pattern.finditer(segment):
        num, word, dozen = m.group("num"), m.group("word"), m.group("dozen")
        scale = (m.group("scale") or "").lower()
        cur, post, sign = m.group("cur"), m.group("post"), m.group("sign")
        unit_match = UNIT.match(segment, m.end())
        counted = (
            unit_match
            and unit_match.group("unit").lower() not in NOT_UNITS
            # "deux des trois grandes économies": a number word is never what is counted
            and unit_match.group("unit").lower() not in NUMBER_WORD_SET
        )
        if unit_match and unit_match.group("unit").lower() in FRACTION_NOUNS and not post:
            continue  # "two-thirds", "trois quarts": a share, read by fractions()
        if counted and unit_match is not None and doc is not None:
            # "85 ont été blessées": a verb or a function word after the figure counts nothing
            counted = may_count(doc, start + unit_match.start("unit"))
        if not counted and (word or dozen) and doc is not None:
            # "six Afghan soldiers", "sept différentes provinces": the parse finds the noun
            last = m.end("dozen") - 1 if dozen else m.start()
            counted = bool(parse_unit(doc, start + last, ""))
        # "Eleven of the defendants were released": one part of a group the sentence names
        # "le nombre de cas confirmés est passé à six": the subject names what it counts
        part = bool(
            word
            and not counted
            and (
                counted_in_a_share(segment, m.start(), m.end(), language)
                or counted_by_subject(segment, m.start(), doc, start)
            )
        )
        if cur and not num:
            continue
        round_number = dozen and any(w in dozen.lower() for w in ROUND_NUMBERS)
        if (word or (dozen and not round_number)) and not (scale or post or counted or part):
            continue
        if num:
            is_year = re.fullmatch(r"(?:1[89]|20)\d\d", num) is not None
            if is_year and not (cur or post or scale):
                continue
            if AFTER_DATE.match(segment, m.end()) and not (cur or post or scale):
                continue
            if BEFORE_DATE.search(segment[: m.start()]) and not (cur or post):
                continue
            try:
                value = parse_number(num, language)
            except ValueError:
                continue
        elif dozen:
            low = dozen.lower()
            round_word = next((w for w in ROUND_NUMBERS if w in low), None)
            if round_word:
                value = ROUND_NUMBERS[round_word]  # "une dizaine de chefs": about ten
            elif "dozen" in low or "douzaine" in low:
                value = 6.0 if "half" in low or "demi" in low else 12.0
            elif low == "demi":
                value = 0.5  # "le cap du demi-million de cas"
            elif low in ("a", "one"):
                value = 1.0  # "more than a million people": the scale follows
            elif "quart" in low:
                value = 0.25  # "un quart de point", "a quarter of a percentage point"
            else:
                value = 0.5  # "half a percentage point", "un demi-point"
        else:
            words_value = number_words_value(word, language)
            if words_value is None or (
                words_value == 1 and not (scale or post or LONE_CASUALTY.match(segment, m.end()))
            ):
                continue  # "un", "one": an article far more often than a count
            value = words_value
        if scale in ("m", "k") and not (cur or post or currency_after(segment, m.end())):
            # Bare single letters are far more often units ("5 m de haut") than scales.
            scale = ""
        factor = SCALES.get(scale, 1.0)
        span_end = m.end()
        unit = ""
        abbreviated = (
            MONEY_ABBREVIATION.match(segment, m.end()) if num and not (scale or post) else None
        )
        if abbreviated:
            # "15,9 MdsE", "1 069 ME", "2,6 MdE", "450 M€", "3 Mds€": French financial copy
            factor = ABBREVIATED_SCALES[abbreviated.group("scale").lower().rstrip("s")]
            unit = "$" if "$" in abbreviated.group("cur") else "€"
            span_end = abbreviated.end()
        if m.group("andhalf"):
            value += 0.5  # "un million et demi de personnes"
        value *= factor
        before = segment[max(0, m.start() - 40) : m.start()]
        glued = m.group("glued")
        if glued in ("C", "F") and not TEMPERATURE.search(
            segment[max(0, m.start() - 60) : m.start()]
        ):
            continue  # "Arabsat 5C" is a name; "temperatures dropped more than 30C" a reading
        if abbreviated:
            pass  # the unit is said
        elif glued:
            unit = "°" + glued.lstrip("°") if glued.lstrip("°") in ("C", "F") else glued
        elif post:
            low = post.lower().replace(" ", "")
            if low in ("%", "pourcent", "percent", "pc", "pct"):
                unit = "%"
            elif low.startswith(("basispoint", "bps")):
                unit = "basis points"  # "raised rates by 25 basis points"
            elif low.startswith("pointsdebase") or low == "pointdebase":
                unit = "points de base"
            elif low.startswith("°"):
                unit = low.upper()  # "40°C"
            elif low.startswith(("point", "pt", "percentagepoint")):
                unit = "point"
            else:
                unit = CURRENCY_WORDS.get(low, post.strip())
        elif cur:
            key = cur.upper()
            unit = CURRENCY_UNITS.get(key, "$" if cur == "$" else key if key.isalpha() else cur)
        elif named := currency_after(segment, m.end()):
            unit, span_end = named
        elif MAGNITUDE_BEFORE.search(before) or MAGNITUDE_AFTER.match(segment, m.end()):
            # "un séisme de magnitude 6,2", "put the magnitude at 5.9", "a 7.6 magnitude quake"
            unit = "magnitude"
            after = MAGNITUDE_AFTER.match(segment, m.end())
            span_end = after.end() if after else span_end
        else:
            if counted and unit_match is not None:
                unit = unit_match.group("unit")
                span_end = unit_match.end()
            if doc is not None:
                last = m.end("dozen") - 1 if dozen else m.start()
                parsed = parse_unit(doc, start + last, unit)
                if parsed != unit:
                    unit = parsed
                    at = segment.find(parsed, m.end())
                    # "10 à 15 millions d'euros": the first bound's noun lies past the second
                    # figure; the unit is shared, the span stays the first figure's own
                    if at >= 0 and not any(c.isdigit() for c in segment[m.end() : at]):
                        span_end = max(span_end, at + len(parsed))
            if unit and doc is not None and language == "fr":
                # "cinq membres d'équipage", "une dizaine de chefs d'accusation": a noun
                # whose bare complement makes one name counts with it
                compound = bare_complement(doc, start, segment, unit, span_end)
                if compound is not None:
                    unit, span_end = compound
            if not unit and (aged := AGED.search(before)):
                unit = "years" if aged.group(0).strip().lower().startswith("aged") else "ans"
            elif (
                not unit
                and language == "en"
                and re.fullmatch(r"\d{1,3}", num or "")
                and 0 < value < 120
                and NAME_COMMA.search(before)
                and segment[m.end() : m.end() + 1] == ","
            ):
                unit = "years"  # "Police arrested Charles Garcia, 47, of Lord Avenue"
            if not unit and (counted_noun := counted_by_subject(segment, m.start(), doc, start)):
                unit = counted_noun  # "Le nombre de bulletins blancs est de 659.997"
            if not unit:
                unit = counted_in_a_share(segment, m.start(), m.end(), language)
            if not unit and num:
                unit = counted_by_level_subject(doc, start + m.start())
            if not unit and language == "en" and toll_before(norm, start + m.start()):
                unit = "deaths"
            unit = CURRENCY_WORDS.get(unit.lower(), unit)
        if num and not (scale or sign or post or cur) and INDEX_NAME.search(before):
            continue  # "the FTSE 100 index slipped 0.7%"
        if not unit and num and not (scale or sign) and is_identifier(segment, m.start(), m.end()):
            continue  # "Ariane 5", "l'ATR 42-300", "le décret présidentiel 54": names, not counts
        if unit.endswith("-old") and unit[:-4] in COMPOUND_UNITS:
            unit = unit[:-4]  # "a 34-year-old man" is 34 years old
            span_end = m.end() + 1 + len(unit)
        if unit in COMPOUND_UNITS and value != 1 and segment[m.end() : m.end() + 1] == "-":
            unit = PLURALS.get(unit, unit + "s")  # "a 16-month ban" is 16 months
        if unit.lower() in ("hommes", "men") and (
            everyone := MEN_WOMEN_CHILDREN.match(segment, span_end)
        ):
            unit = "personnes" if language == "fr" else "people"  # "125 hommes, femmes et enfants"
            span_end = everyone.end()
        if unit.lower() in OIL_RATES:
            value *= 1e6  # "12,1 mbj": millions of barrels a day
            unit = OIL_RATES[unit.lower()]
        rate = RATE.match(segment, span_end)
        if unit and rate:
            said = segment[span_end : rate.end()].strip()
            # "250 km/h" keeps its slash; "barils par jour", "$ a month" their words
            unit = f"{unit}{said}" if said.startswith("/") else f"{unit} {said}"
            span_end = rate.end()
        # "over US $7 million": the country of the dollar stands between
        comparator = threshold(segment, m.start(), span_end) or comparator_before(
            re.sub(r"\bUS\s*$", "", before)
        )
        if round_number and comparator == "=":
            comparator = "~"  # "une dizaine de chefs" is about ten; "plus d'une soixantaine" >
        change = change_direction(before, sign, segment[span_end : span_end + 16])
        wide = segment[max(0, m.start() - 80) : m.start()]  # "fell in September to a new low of"
        level = LEVEL_CHANGE.search(wide) if change is None else None
        origin = m.start() - len(wide)
        if level and any(
            origin + level.start() < f.end <= origin + level.start("to") for f in found
        ):
            level = None  # "eased three percent to 3.1 billion": the move had its size
        if level:
            # "rose to Rs.10,180 crore", "increased to 29.9 percent", "tombant à 1,2 %": the
            # claim says which way the figure moved, and gives no size of the move
            change = "up" if level.group("up") else "down"
            if comparator == "<=" and re.search(r"up\s+to\s*$", before, re.IGNORECASE):
                comparator = "="  # "edged up to 3.8%" is a level, not a bound
        text = segment[m.start() : span_end].strip()
        found.append(Found(Quantity(value=value, comparator=comparator, unit=unit, text=text,
                                    change=change), m.start(), m.end(), factor))  # fmt: skip
    found.extend(ordinal_counts(segment, language))
    found.extend(fractions(segment))
    found.extend(
        Found(Quantity(float(h.group(1)), "=", "magnitude", h.group(0), None), h.start(), h.end())
        for h in HYPHENATED_MAGNITUDE.finditer(segment)
    )  # "A magnitude-7.8 earthquake hit the country Saturday" (AP)
    found.sort(key=lambda f: f.start)
    found = share_change(found, segment)
    found = share_magnitude(found)
    found = share_compared_unit(found, segment)
    found = share_list_unit(found, segment)
    return share_range_units(found, segment)
