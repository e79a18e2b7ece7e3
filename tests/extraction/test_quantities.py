import pytest

from claims.extraction.quantities import find_quantities

CASES = [
    ("fr", "à plus de 30 navires soutenus", 30, ">", "navires"),
    ("fr", "une hausse de 12 % en un an", 12, "=", "%"),
    ("fr", "1,1 million de personnes", 1_100_000, "=", "personnes"),
    ("fr", "2 milliards d'euros", 2e9, "=", "€"),
    ("fr", "40 000 emplois", 40_000, "=", "emplois"),
    ("fr", "40\u202f000 emplois", 40_000, "=", "emplois"),
    ("fr", "40\u00a0000 emplois", 40_000, "=", "emplois"),
    ("fr", "moins de 5 morts", 5, "<", "morts"),
    ("fr", "au moins 5 morts", 5, ">=", "morts"),
    ("fr", "près de 3,5 millions d'habitants", 3_500_000, "~", "habitants"),
    ("fr", "environ 200 lits", 200, "~", "lits"),
    ("en", "spent $120 million on", 1.2e8, "=", "$"),
    ("en", "27% of voters", 27, "=", "%"),
    ("en", "about 310,000 people", 310_000, "~", "people"),
    ("en", "at least 12 cases", 12, ">=", "cases"),
    ("en", "more than 4,500 homes", 4500, ">", "homes"),
    ("en", "less than 3 percent", 3, "<", "%"),
    ("en", "nearly 1,200 families", 1200, "~", "families"),
    ("en", "almost 2.5 million users", 2_500_000, "~", "users"),
]


@pytest.mark.parametrize("language,text,value,comparator,unit", CASES)
def test_quantity(language: str, text: str, value: float, comparator: str, unit: str) -> None:
    from claims.extraction.segmentation import normalise

    norm = normalise(text)
    found = find_quantities(norm, 0, len(norm), language)
    assert len(found) == 1, found
    q = found[0]
    assert (q.value, q.comparator, q.unit) == (pytest.approx(value), comparator, unit)
    assert q.text in norm


@pytest.mark.parametrize(
    "language,text",
    [
        ("fr", "l'alliance a doublé sa présence"),
        ("fr", "le 12 mars 2022"),
        ("fr", "en 2021"),
        ("en", "COVID-19 hit the G7"),
        ("fr", "des milliards de dollars"),
        # times and pairs of real copy (nj.com, northernirelandworld.com, blogs quoting AP)
        ("en", "At 12:42 a.m. on Monday, May 14, police received a report"),
        ("en", "Officers received reports at approximately 8.30pm on Wednesday"),
        ("en", "at 2:20 am today, I had to call the police"),
        ("en", "in the aftermath of 9/11, violent crime rates fell"),
    ],
)
def test_not_quantities(language: str, text: str) -> None:
    assert find_quantities(text, 0, len(text), language) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "unit", "change"),
    [
        ("fr", "les listes ont accueilli 34.200 demandeurs d'emploi", 34_200, "demandeurs", None),
        # a rise to a level with no size of the move: the level carries the direction (the
        # second development set's gold, "rose to Rs.10,180 crore" -> up)
        ("en", "exports rose to LE772.11 billion in 2021", 7.7211e11, "EGP", "up"),
        ("en", "sales dropped 5 percent", 5, "%", "down"),
        ("fr", "le chômage a augmenté de 0,2 point", 0.2, "point", "up"),
        ("fr", "une progression (+0,2 point)", 0.2, "point", "up"),
        ("en", "raised its key interest rate by half a percentage point", 0.5, "point", "up"),
        (
            "fr",
            "la production atteint 12 millions de barils par jour",
            12e6,
            "barils par jour",
            None,
        ),
        ("en", "the rate was 9,9% in May", 9.9, "%", None),
        ("en", "it costs $40 a month", 40, "$ a month", None),
        ("fr", "quatorze navires", 14, "navires", None),
        ("en", "fourteen libraries", 14, "libraries", None),
        ("fr", "une production de 12,1 mbj", 12.1e6, "barils par jour", None),
        # Reuters, China trade: a time between the verb and "by" still names the move
        ("en", "imports dropped in December by 21.3 percent", 21.3, "%", "down"),
    ],
)
def test_quantities_a_checker_can_compare(
    language: str, text: str, value: float, unit: str, change: str | None
) -> None:
    found = find_quantities(text, 0, len(text), language)
    assert [(q.value, q.unit, q.change) for q in found][:1] == [
        (pytest.approx(value), unit, change)
    ]


def test_comparator_from_dépasse_and_units_from_the_parse() -> None:
    from claims.extraction.models import get_nlp

    text = "la facture dépasse 100 millions €"
    assert find_quantities(text, 0, len(text), "fr")[0].comparator == ">"
    text = "the plan creates 2,000 new counselling positions"
    doc = get_nlp("en")(text)
    assert find_quantities(text, 0, len(text), "en", doc)[0].unit == "positions"
    text = "entre 200 et 300 mètres"
    assert [q.unit for q in find_quantities(text, 0, len(text), "fr")] == ["mètres", "mètres"]


# Real-copy cases from the second development set (dev2): Indian scales, named currencies,
# Swiss thousands, round French number nouns, moves told as rates or nouns after the figure.
@pytest.mark.parametrize(
    "language,text,value,comparator,unit,change",
    [
        ("en", "a net profit of Rs.1,930.9 crore in", 1.9309e10, "=", "INR", None),
        ("en", "fined 50,000 Swiss francs ($50,250)", 50_000, "=", "CHF", None),
        ("en", "a 2 million Swiss franc payment deal", 2e6, "=", "CHF", None),
        ("en", "more than 80 million CFA francs", 8e7, ">", "CFA francs", None),
        ("fr", "une amende de 80 000 francs suisses", 80_000, "=", "CHF", None),
        ("fr", "quelque 480'500 voix", 480_500, "~", "voix", None),
        ("fr", "une dizaine de chefs d'accusation", 10, "~", "chefs", None),
        ("en", "rose at an annual pace of 8.5% in September", 8.5, "=", "%", "up"),
        ("en", "to slow to an 8.4% increase", 8.4, "=", "%", "up"),
        ("en", "posted a 30 percent fall in profit", 30, "=", "%", "down"),
    ],
)
def test_quantity_from_real_copy(
    language: str, text: str, value: float, comparator: str, unit: str, change: str | None
) -> None:
    from claims.extraction.segmentation import normalise

    norm = normalise(text)
    found = [q for q in find_quantities(norm, 0, len(norm), language) if q.unit != "$"]
    q = found[0]
    assert (q.value, q.comparator, q.unit, q.change) == (
        pytest.approx(value),
        comparator,
        unit,
        change,
    )


def test_a_range_shares_its_scale_and_unit() -> None:
    from claims.extraction.segmentation import normalise

    norm = normalise("un coût estimé entre 10 et 15 millions d'euros")
    found = find_quantities(norm, 0, len(norm), "fr")
    assert [(q.value, q.unit) for q in found] == [(1e7, "€"), (1.5e7, "€")]


def test_a_range_between_two_figures_gives_its_bounds_a_move_from_to_does_not() -> None:
    from claims.extraction.segmentation import normalise

    norm = normalise("un coût estimé entre 10 et 15 millions d'euros")
    found = find_quantities(norm, 0, len(norm), "fr")
    assert [q.comparator for q in found] == [">=", "<="]
    norm = "other institutions rated it between 8.2 and 8.4, and the rate rose from 7.5 to 8"
    found = find_quantities(norm, 0, len(norm), "en")
    assert [(q.value, q.comparator) for q in found] == [
        (8.2, ">="), (8.4, "<="), (7.5, "="), (8.0, "=")
    ]  # fmt: skip


def test_a_hyphenated_duration_counts_in_the_plural_and_a_record_rise_is_a_move() -> None:
    from claims.extraction import extract

    (ban,) = extract("Gil Roberts has accepted a 16-month ban by the agency.", language="en")
    assert [(q.value, q.unit) for q in ban.quantities] == [(16.0, "months")]
    norm = "emissions rose a record 1.4 percent, with waves as high as 10 feet"
    found = find_quantities(norm, 0, len(norm), "en")
    assert (found[0].value, found[0].change) == (1.4, "up")
    assert (found[1].value, found[1].comparator) == (10.0, "<=")


# Wire copy beyond the development sets (found with the search tool: AFP, Reuters, Keystone-ATS,
# AP, Xinhua, the Globe and Mail, Boursorama, 20 Minutes, nj.com). Each tuple: the figures a
# checker compares, as (value, comparator, unit, change).
def _read(
    language: str, text: str, parse: bool = False
) -> list[tuple[float, str, str, str | None]]:
    from claims.extraction.segmentation import normalise

    norm = normalise(text)
    doc = None
    if parse:
        from claims.extraction.models import get_nlp

        doc = get_nlp(language)(norm)
    return [(q.value, q.comparator, q.unit, q.change)
            for q in find_quantities(norm, 0, len(norm), language, doc)]  # fmt: skip


_WIRE = [
    # a move to a level with no size: the level carries the direction
    ("en", "Effective tax rate for Q1 increased to 29.9 percent", [(29.9, "=", "%", "up")]),
    (
        "en",
        "The company said its bottom line climbed to $436 million, or $0.60 per share.",
        [(436e6, "=", "$", "up"), (0.6, "=", "$", "up")],
    ),
    (
        "fr",
        "La hausse des prix a ralenti pour le troisième mois consécutif en France, tombant "
        "à 1,2 % sur un an en janvier",
        [(3, "=", "mois", None), (1.2, "=", "%", "down")],
    ),
    # a move with its size: the size carries it, the level after "to" does not
    (
        "en",
        "Revenue from ongoing businesses increased 1 percent to $3.1 billion, in line",
        [(1, "=", "%", "up"), (3.1e9, "=", "$", None)],
    ),
    (
        "en",
        "Net profit surged 17.5 percent to 228 million dollars, while revenues eased "
        "three percent to 3.1 billion dollars",
        [
            (17.5, "=", "%", "up"),
            (228e6, "=", "$", None),
            (3, "=", "%", "down"),
            (3.1e9, "=", "$", None),
        ],
    ),
    # the figure restating a move ("or", "soit") moves the same way
    (
        "en",
        "Microsoft's shares rose $1.66, or 4.6 per cent, to $37.74 yesterday",
        [(1.66, "=", "$", "up"), (4.6, "=", "%", "up"), (37.74, "=", "$", None)],
    ),
    # growth as a noun, a sign set off by a space (French typography)
    ("fr", "PSA Peugeot Citroën enregistre une croissance de 3,6%", [(3.6, "=", "%", "up")]),
    (
        "fr",
        "La hausse du coût des produits manufacturés (+ 2,9 % sur un an en septembre)",
        [(2.9, "=", "%", "up")],
    ),
    ("en", "would boost its stock buyback by $1 billion", [(1e9, "=", "$", "up")]),
    # "a year earlier" dates the figure, it is no rate; a loss is a level, not a fall
    (
        "en",
        "Net income for the first quarter was $292 million, compared with a loss of $17 "
        "million a year earlier",
        [(292e6, "=", "$", None), (17e6, "=", "$", None)],
    ),
    # "jusqu'à" bounds a figure, it is not a rise
    ("fr", "les autorités ont dit craindre jusqu'à 100 morts", [(100, "<=", "morts", None)]),
    # hyphenated scales (Canadian copy) and a letter scale before a named currency
    (
        "en",
        "reported net earnings of $2.24-billion, compared with $417-million a year earlier",
        [(2.24e9, "=", "$", None), (417e6, "=", "$", None)],
    ),
    (
        "en",
        "fined $11m (around 70m Egyptian pounds)",
        [(11e6, "=", "$", None), (70e6, "~", "EGP", None)],
    ),
    # magnitudes in every order
    (
        "fr",
        "Un séisme de magnitude 6.5 a frappé mardi soir la province chinoise du Sichuan, "
        "faisant au moins cinq morts",
        [(6.5, "=", "magnitude", None), (5, ">=", "morts", None)],
    ),
    (
        "fr",
        "le séisme était d'une magnitude de 6,2 et s'est produit à 10 kilomètres de profondeur",
        [(6.2, "=", "magnitude", None), (10, "=", "kilomètres", None)],
    ),
    (
        "en",
        "The US Geological Survey put the quake's magnitude at 5.9.",
        [(5.9, "=", "magnitude", None)],
    ),
    (
        "en",
        "much deeper than a 7.6 magnitude quake that struck Pakistan in 2005",
        [(7.6, "=", "magnitude", None)],
    ),
    (
        "en",
        "Mexico's seismological service put the magnitude at 8.1, but other institutions "
        "rated it between 8.2 and 8.4",
        [
            (8.1, "=", "magnitude", None),
            (8.2, ">=", "magnitude", None),
            (8.4, "<=", "magnitude", None),
        ],
    ),
    # a range with no opener gives its bounds and shares its scale and unit
    (
        "fr",
        'Frédéric Gagey chiffre à "10 à 15 millions d\'euros" par jour le coût',
        [(1e7, ">=", "€", None), (1.5e7, "<=", "€", None)],
    ),
    # what "le nombre de …" names is what the figure counts
    ("fr", "Le nombre de bulletins blancs est de 659.997", [(659_997, "=", "bulletins", None)]),
    ("fr", "Le nombre de décès s'établit lui à plus d'un million", [(1e6, ">", "décès", None)]),
    # a streak counts; a rank, a model or a decree number does not
    ("fr", "C'est le 46e succès d'affilée pour Ariane 5", [(46, "=", "succès", None)]),
    ("fr", "Les ventes ont progressé de 4 % au troisième trimestre", [(4, "=", "%", "up")]),
    (
        "fr",
        "L'ATR 42-300 de Trigana Air Service transportait 44 passagers",
        [(44, "=", "passagers", None)],
    ),
    ("fr", "liés au décret présidentiel 54, sur les fausses informations", []),
    # an age set off by commas after a name
    ("en", "Police arrested Charles Garcia, 47, of Lord Avenue", [(47, "=", "years", None)]),
    (
        "en",
        "raised rates by a quarter of a percentage point to 5.25 per cent",
        [(0.25, "=", "point", "up"), (5.25, "=", "%", None)],
    ),
]


_UNITS = [
    # a noun that names nothing alone takes its bare complement; a thing keeps its name
    ("fr", "L'ATR transportait cinq membres d'équipage.", [(5, "=", "membres d'équipage")]),
    (
        "fr",
        "les listes ont accueilli 34.200 demandeurs d'emploi",
        [(34_200, "=", "demandeurs d'emploi")],
    ),
    ("fr", "quand plus de trente obus de mortier avaient visé le palais", [(30, ">", "obus")]),
    ("fr", "58 cas de fièvre hémorragique ont été signalés", [(58, "=", "cas")]),
    # a verb after the figure counts nothing ("85 ont été blessées")
    (
        "fr",
        "Au moins sept personnes sont mortes et 85 ont été blessées vendredi",
        [(7, ">=", "personnes"), (85, "=", "")],
    ),
    # a round number keeps the bound said before it
    (
        "fr",
        "Cinq personnes ont péri et plus d'une soixantaine ont été blessées",
        [(5, "=", "personnes"), (60, ">", "")],
    ),
]


_WIRE_2 = [
    # French financial abbreviations (CercleFinance, Zonebourse)
    (
        "fr",
        "Le chiffre d'affaires consolidé du groupe atteint 15,9 MdsE au 1er semestre 2022",
        [(15.9e9, "=", "€", None)],
    ),
    ("fr", "L'EBITDA Groupe s'établit à 1 069 ME", [(1.069e9, "=", "€", None)]),
    (
        "fr",
        "le groupe vise un investissement compris entre 2,5 et 2,6 MdE",
        [(2.5e9, ">=", "€", None), (2.6e9, "<=", "€", None)],
    ),
    (
        "fr",
        "Le groupe a brûlé un demi-milliard d'euros au premier semestre",
        [(0.5e9, "=", "€", None)],
    ),
    # "en retrait de", a toll that "s'est alourdi à"
    (
        "fr",
        "241 millions d'euros sur le premier semestre, en retrait de 21,8% par rapport",
        [(241e6, "=", "€", None), (21.8, "=", "%", "down")],
    ),
    (
        "fr",
        "L'attentat-suicide perpétré ce vendredi s'est alourdi à 40 morts",
        [(40, "=", "morts", "up")],
    ),
    # a hyphen ties the noun to the figure; "up from" names the level before, not a move
    (
        "en",
        "its board had approved a two-cent increase to its annual dividend",
        [(2, "=", "cents", "up")],
    ),
    ("en", "A 30-year-old man was identified as a suspect", [(30, "=", "years", None)]),
    (
        "en",
        "CPI inflation rose slightly to 2.7% in October, up from the two year low of 2.2%",
        [(2.7, "=", "%", "up"), (2, "=", "year", None), (2.2, "=", "%", None)],
    ),
    # a share told as a fraction
    (
        "fr",
        "a déclaré que près de la moitié des morts étaient des policiers",
        [(50, "~", "%", None)],
    ),
    (
        "en",
        "Financial & Risk represents more than half of Thomson Reuters' total revenue",
        [(50, ">", "%", None)],
    ),
]


_UNITS_2 = [
    # an adjective after the figure is no unit: the parse's noun is ("spoilt votes" ->
    # votes, as in the third development set's "polling sites" -> sites)
    ("en", "the insurgents had killed six Afghan soldiers", [(6, "=", "soldiers")]),
    (
        "en",
        "the ruling party will have at least 50 seats out of 75 available",
        [(50, ">=", "seats"), (75, "=", "")],
    ),
    (
        "fr",
        "conformément à l'estimation médiane de 5,52 milliards de 10 analystes",
        [(5.52e9, "=", ""), (10, "=", "analystes")],
    ),
    # thousands grouped by spaces in English copy (Daily Sabah); the subject names the unit
    (
        "en",
        "The number of registered voters was reported to be 56 949 009",
        [(56_949_009, "=", "voters")],
    ),
    (
        "en",
        "reported 241 people killed and more than 1,600 injured",
        [(241, "=", "people"), (1600, ">", "injured")],
    ),
]


_WIRE_3 = [
    # Reuters (Manila): basis points are their own unit; "in more than three years" is no
    # size of the hike
    (
        "en",
        "The Philippine central bank raised its benchmark interest rate by 25 basis "
        "points on Thursday, its first hike in more than three years",
        [(25, "=", "basis points", "up"), (3, ">", "years", None)],
    ),
    # Reuters headline style
    ("en", "Mauritius' Rogers H1 profit down 78 pct", [(78, "=", "%", "down")]),
    # a range with no opener is a range of values, English and French (AA, Zonebourse)
    (
        "en",
        "Now the key interest rate is in the range of 4.5 to 4.75 per cent",
        [(4.5, ">=", "%", None), (4.75, "<=", "%", None)],
    ),
    (
        "fr",
        "sa marge se situe dans le bas de la fourchette de 3 à 5 % qu'il avait indiquée",
        [(3, ">=", "%", None), (5, "<=", "%", None)],
    ),
    (
        "fr",
        "la hausse des prix de l'alimentation passe de 2,5 à 2,7 %",
        [(2.5, "=", "%", None), (2.7, "=", "%", None)],
    ),
    # DW, the Guardian: "a million", units glued to the figure, km/h and mph
    ("en", "Around a million people are without electricity", [(1e6, "~", "people", None)]),
    (
        "en",
        "More than 200mm of rain fell in places, coupled with winds reaching 75mph",
        [(200, ">", "mm", None), (75, "=", "mph", None)],
    ),
    (
        "en",
        "In Texas, temperatures dropped more than 30C in less than 24 hours",
        [(30, ">", "°C", "down"), (24, "<", "hours", None)],
    ),
    (
        "en",
        "Winds reached 185 km/h (115 mph)",
        [(185, "=", "km/h", None), (115, "=", "mph", None)],
    ),
    # an index's name is no figure (ticker.com)
    (
        "en",
        "In London trading, FTSE 100 index slipped 0.7% or 49.63 to 6,728",
        [(0.7, "=", "%", "down"), (49.63, "=", "", "down"), (6728, "=", "", None)],
    ),
]


_WIRE_PARSED_4 = [
    # quake copy (Times of Oman, Washington Examiner, IBTimes, BBS News): a toll counts
    # deaths, a magnitude in every spelling, a day after the figure is no unit
    (
        "en",
        "the death toll from the earthquake that struck Cebu province has risen to 60, "
        "with approximately 147 injured",
        [(60, "=", "deaths", "up"), (147, "~", "injured", None)],
    ),
    ("en", "The official death toll rose to 233 Sunday", [(233, "=", "deaths", "up")]),
    (
        "en",
        "The toll from the massive earthquake along Ecuador's Pacific coast has risen to 262",
        [(262, "=", "deaths", "up")],
    ),
    (
        "en",
        "A magnitude-7.8 earthquake hit the country Saturday",
        [(7.8, "=", "magnitude", None)],
    ),
    (
        "en",
        "the violent earthquake, which measured 6.9 on the Richter scale",
        [(6.9, "=", "magnitude", None)],
    ),
    (
        "en",
        "including at least six with tremors measuring above 5.0 in magnitude",
        [(5.0, ">", "magnitude", None)],
    ),
    # a range shares the scale of its second bound only when the first is not written out
    # (Brut, Atlasinfo)
    (
        "fr",
        "Les manifestations du 1er-Mai ont rassemblé entre 782 000 et 2,3 millions de manifestants",
        [(782_000, ">=", "manifestants", None), (2.3e6, "<=", "manifestants", None)],
    ),
    (
        "fr",
        "On me dit que nous serions entre 1,3 et 1,5 million à Paris",
        [(1.3e6, ">=", "", None), (1.5e6, "<=", "", None)],
    ),
]


_WIRE_PARSED_5 = [
    # a bar crossed, reached, or not (ministère de l'Intérieur via the first development
    # set, Civil.ge, Le Temps): a negation turns the bound round
    (
        "fr",
        "Aucun autre candidat n'a franchi la barre des 5% des suffrages",
        [(5, "<=", "%", None)],
    ),
    (
        "en",
        "only four political groups have managed to clear the 5% threshold needed",
        [(4, "=", "groups", None), (5, ">=", "%", None)],
    ),
    (
        "fr",
        "En Valais aussi, le rejet dépasse la barre des trois quarts des votants",
        [(75, ">", "%", None)],
    ),
    # TVA Nouvelles: "le cap du demi-million de cas"
    (
        "fr",
        "86 jours après, le cap du demi-million de cas officiellement déclarés est franchi",
        [(86, "=", "jours", None), (5e5, "=", "cas", None)],
    ),
    # a letter after a figure in a name is no unit (Arabsat 5C); a number word is never
    # what is counted ("deux des trois grandes économies")
    (
        "fr",
        "Deux satellites de télécommunications, Arabsat 5C et SES-2, ont été placés",
        [(2, "=", "satellites", None)],
    ),
    (
        "fr",
        "la transition positionne deux des trois grandes économies africaines",
        [(3, "=", "économies", None)],
    ),
]


_WIRE_PARSED_6 = [
    # a share counts what its whole counts; a group named before the figure (AFP, Assam)
    (
        "en",
        "Assam accounted for 155 of the 162 deaths reported from the state",
        [(155, "=", "deaths", None), (162, "=", "deaths", None)],
    ),
    ("en", "Of the victims, 137 drowned in separate incidents", [(137, "=", "victims", None)]),
    # "over US $7 million": the country of the dollar does not hide the comparator (IRIN)
    (
        "en",
        "He was convicted of illegally withdrawing over US $7 million from government coffers",
        [(7e6, ">", "$", None)],
    ),
    # a vote: the figure set against another counts the same (Tribune de Genève)
    (
        "fr",
        "Le texte a été définitivement adopté par l'Assemblée mardi, avec 331 voix pour "
        "et 225 contre",
        [(331, "=", "voix", None), (225, "=", "voix", None)],
    ),
    # a move to a record level (newstowatch.com, The Epoch Times / AP)
    (
        "en",
        "The U.S. unemployment rate fell to a 50-year low of 3.5% in September",
        [(50, "=", "years", None), (3.5, "=", "%", "down")],
    ),
    (
        "en",
        "The U.S. unemployment rate fell in September to a new five-decade low of 3.5 percent",
        [(5, "=", "decade", None), (3.5, "=", "%", "down")],
    ),
    (
        "en",
        "The jobless rate dropped 0.2 percentage points to 3.5 percent",
        [(0.2, "=", "point", "down"), (3.5, "=", "%", None)],
    ),
    (
        "en",
        "Weekly jobless claims increase 14,000 to 240,000; Corporate profits fall $118.1 "
        "billion in first quarter",
        [(14_000, "=", "", "up"), (240_000, "=", "", None), (118.1e9, "=", "$", "down")],
    ),
]


@pytest.mark.parametrize("language,text,wanted", _WIRE + _WIRE_2 + _WIRE_3)
def test_wire_copy(
    language: str, text: str, wanted: list[tuple[float, str, str, str | None]]
) -> None:
    assert [(pytest.approx(v), c, u, ch) for v, c, u, ch in wanted] == _read(language, text)


@pytest.mark.parametrize("language,text,wanted", _WIRE_PARSED_4 + _WIRE_PARSED_5 + _WIRE_PARSED_6)
def test_wire_copy_with_the_parse(
    language: str, text: str, wanted: list[tuple[float, str, str, str | None]]
) -> None:
    got = _read(language, text, parse=True)
    assert [(pytest.approx(v), c, u, ch) for v, c, u, ch in wanted] == got


@pytest.mark.parametrize("language,text,wanted", _UNITS + _UNITS_2)
def test_units_from_the_parse(
    language: str, text: str, wanted: list[tuple[float, str, str]]
) -> None:
    got = [(v, c, u) for v, c, u, _ in _read(language, text, parse=True)]
    assert [(pytest.approx(v), c, u) for v, c, u in wanted] == got
