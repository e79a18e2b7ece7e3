"""Numbers a checker can compare: value, comparator, unit, rate and direction of change.

Read off the normalised text (offsets stay valid); the parse, when given, names the unit.
* Values are plain floats with the scale word applied ("1,1 million" -> 1100000, "LE772.11
  billion" -> 7.7211e11). Thousands separators and decimal marks follow the sentence's
  language (French "34.200" and "40 000" are thousands, "9,9" a decimal; English "2,000" is
  thousands), except that a comma before one or two digits is always a decimal ("9,9%").
* Number words count through text2num ("quatorze navires", "twenty-three cases", "a half
  dozen" -> 6) when a unit follows.
* Unit: a currency symbol or code before or after the number wins ("$", "€", "£", "EGP" for
  "LE", "CHF"); else "%" in every spelling, "point(s)"; else the counted noun (the parse's head
  of the number, never a cut word: "2,000 new counselling positions" -> "positions"). A rate
  keeps its period: "barils par jour", "$ a month".
  An adjective or a verb after the figure is no unit unless it names people ("1,600
  injured"); a noun that names nothing alone keeps its bare complement ("membres
  d'équipage"); "le nombre de X", "the death toll" name what a bare figure counts.
* Comparator from the words before ("plus de", "dépasse", "more than" ">", "près de", "about"
  "~", ...), else "=". "nearly"/"almost"/"près de" are approximations, not strict bounds. A
  bar crossed is ">" ("franchi la barre des 5%"), reached ">=", and a negation turns it round.
  A range gives its bounds (">=", "<=") unless it is a move ("from 7.5 to 8 percent").
* change: "up" / "down" when the number is the size of a move ("rose 5 percent", "a reculé
  de 0,3 point", "+0,2 point"), or the level of a move that gives no size ("rose to 5
  percent"); None for the level after a sized move ("fell 25.8 percent to Rs.1,432.3 crore").
* Not quantities: years, days, times ("8.30pm"), pairs ("9/11"), ranks ("au troisième
  trimestre"; a streak counts: "46e succès d'affilée"), names ("Ariane 5", "FTSE 100").

The modules, each leaning only on those listed before it: `numbers` (digits, scale words,
number words), `currency`, `units` (what a figure counts), `figure_pattern` (the regex that
finds a figure), `not_quantities` (dates, times, names), `comparators`, `changes` (direction),
`found` (a figure and where it sits), `fractions_and_streaks`, `neighbours` (what a figure
takes from the one before it) and `find` (`find_quantities`, the entry point).
"""

from .find import find_quantities

__all__ = ["find_quantities"]
