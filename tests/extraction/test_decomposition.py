from .helpers import claims, find


def test_two_facts_become_two_claims() -> None:
    body = (
        "Le ministre, Paul Martin, a déclaré mardi que la Russie frappait l'infrastructure de "
        "l'Ukraine et a promis que ses alliés maintiendraient leur soutien à Kyiv."
    )
    result = claims(body)
    first, second = find(result, "infrastructure"), find(result, "soutien")
    assert first is not second
    assert "soutien" not in first.text
    assert first.speaker == second.speaker == "Paul Martin"


def test_elided_subject_is_restored() -> None:
    body = (
        "Les alliés de l'OTAN ont acheminé des armes vers l'Ukraine et se démènent maintenant "
        "pour réapprovisionner leurs stocks."
    )
    second = find(claims(body), "réapprovisionner")
    assert second.text.startswith("Les alliés de l'OTAN")
    assert "acheminé" not in second.text
    assert second.speaker is None


def test_coordinated_complement_clauses() -> None:
    body = "Elle a ajouté que 1,1 million de patients attendaient et que les délais avaient doublé."
    result = claims(body)
    assert find(result, "patients") is not find(result, "délais")


def test_adverbial_and_relative_clauses_split() -> None:
    body = (
        "La Russie a déclenché une vague de frappes après qu'une explosion a endommagé un pont "
        "que le Kremlin a imputé à Kyiv."
    )
    result = claims(body)
    texts = [c.text for c in result]
    assert len(result) == 3, texts
    assert find(result, "Kremlin").text.startswith("le Kremlin")


def test_verb_coordination_without_complement_stays_whole() -> None:
    body = (
        "Paul Martin a promis que ses alliés « intensifieraient et maintiendraient » leur soutien."
    )
    result = claims(body)
    assert len(result) == 1
    assert "soutien" in result[0].text


def test_english_coordination_restores_subject() -> None:
    body = "Council member Tom Reyes called the plan a stunt and said the city had missed every target."
    result = claims(body, "en")
    assert find(result, "stunt") is not find(result, "missed")
    assert find(result, "missed").speaker == "Tom Reyes"


def test_a_closing_relative_with_a_figure_is_a_claim_of_its_own() -> None:
    from .helpers import claims, find

    result = claims(
        "The U.N. health agency is facing many of the same problems that compromised its "
        "handling of Ebola, an outbreak that killed 11,000 people in three West African "
        "countries.\n\nThe minister praised the Red Cross, which treated 3,000 patients in 2023.",
        language="en",
    )
    assert find(result, "11,000").text == (
        "Ebola killed 11,000 people in three West African countries"
    )
    assert "11,000" not in find(result, "same problems").text
    treated = find(result, "3,000 patients")
    assert treated.text == "the Red Cross treated 3,000 patients in 2023"
    assert treated.speaker is None


def test_a_relative_after_a_place_is_left_whole() -> None:
    from .helpers import claims, find

    result = claims(
        "Le ministre a salué le travail de Médecins sans frontières au Soudan, qui a soigné "
        "3 000 patients en 2023."
    )
    assert "3 000 patients" in find(result, "Médecins sans frontières").text


def test_a_subjunctive_clause_is_a_hypothesis_not_a_claim_but_soit_gives_a_figure() -> None:
    from .helpers import claims

    result = claims(
        "Selon les enquêteurs, il est possible que l'avion ait heurté un sommet. Les ventes ont "
        "reculé de 3 000 unités, soit une baisse de 5 %."
    )
    assert not [c for c in result if "heurté" in c.text and c.text.startswith("l'avion")]
    assert any("5 %" in c.text for c in result)


def test_since_before_a_date_is_a_preposition_not_a_clause() -> None:
    from .helpers import claims

    result = claims(
        "Olanguena, who has been in detention since 2008, was already sentenced in June to "
        "15 years over a separate case.",
        language="en",
    )
    assert find(result, "15 years").text.startswith("Olanguena")


def test_two_facts_set_side_by_side_are_two_claims_a_hypothesis_stays_whole() -> None:
    from .helpers import claims

    result = claims(
        "Et si PSA Peugeot Citroën enregistre une croissance de 3,6%, le groupe Renault, en "
        "revanche, chute de 8,5%. Si la croissance ralentit à 1%, le chômage augmentera de 2%."
    )
    assert find(result, "3,6%").text == "PSA Peugeot Citroën enregistre une croissance de 3,6%"
    assert "3,6%" not in find(result, "8,5%").text
    # the paragraph is its own lead, so a claim naming nothing takes its subject as a label
    assert find(result, "augmentera").quote.startswith("Si la croissance ralentit")
    english = claims("While exports rose 5% in May, imports fell 3%.", language="en")
    assert [c.text for c in english] == ["exports rose 5% in May", "imports fell 3%"]


def test_an_absolute_with_clause_is_a_fact_of_its_own() -> None:
    from .helpers import claims

    result = claims(
        "The electoral commission announced the final results on Tuesday, with Kurds securing "
        "17 seats in Baghdad. Sales rose 5%, with strong demand.",
        language="en",
    )
    assert find(result, "17 seats").text == "Kurds securing 17 seats in Baghdad"
    assert find(result, "5%").text.endswith("Sales rose 5%, with strong demand")


def test_relative_inside_the_subject_is_a_claim_of_its_own() -> None:
    # The Guardian, on Youssef Boutros-Ghali's sentence
    body = (
        "Youssef Boutros-Ghali, who is out of the country, has also been fined $11m "
        "(around 70m Egyptian pounds)."
    )
    result = claims(body, "en")
    fined, away = find(result, "fined"), find(result, "out of the country")
    assert fined is not away
    assert fined.text.startswith("Youssef Boutros-Ghali has also been fined $11m")
    assert away.text == "Youssef Boutros-Ghali is out of the country"
    # the verbatim passage still holds the whole sentence's words
    assert "who is out of the country" in fined.quote


def test_relative_inside_the_subject_french() -> None:
    body = "L'ancien ministre des Finances, qui a démissionné en 2011, a été condamné samedi."
    result = claims(body)
    assert find(result, "condamné").text.startswith("L'ancien ministre des Finances a été condamné")
    assert (
        find(result, "démissionné").text == "L'ancien ministre des Finances a démissionné en 2011"
    )


def test_relative_before_a_reporting_verb_sets_the_scene_only() -> None:
    body = (
        "Le porte-parole du gouvernement, qui s'exprimait devant la presse, a affirmé que le "
        "chômage avait baissé de 2%."
    )
    result = claims(body)
    assert [c.text for c in result] == ["le chômage avait baissé de 2%"]
    assert result[0].speaker is not None


def test_bracketed_figures_after_names_are_claims_of_their_own() -> None:
    # AFP, presidential election results, April 2017
    body = (
        "Les deux candidats arrivés en tête, Emmanuel Macron (24,01%) et Marine Le Pen (21,30%) "
        "seront opposés au second tour le dimanche 7 mai."
    )
    result = claims(body)
    macron, le_pen = find(result, "Macron :"), find(result, "Le Pen :")
    assert macron.text == "Emmanuel Macron : 24,01%"
    assert [(q.value, q.unit) for q in le_pen.quantities] == [(21.3, "%")]
    main = find(result, "second tour")
    assert "24,01" not in main.text and "(" not in main.text
    assert "Marine Le Pen (21,30%)" in main.quote  # the passage stays verbatim


def test_bracketed_comparison_and_lone_bracket() -> None:
    body = (
        "Les prix des services (3% après 2,6%) et des produits manufacturés (4,7% après 4,5%) "
        "ont également poursuivi leur hausse. Ce qui n'est pas le cas à Genève (73,9%)."
    )
    result = claims(body)
    made = find(result, "produits manufacturés :")
    assert [q.value for q in made.quantities] == [4.7, 4.5]
    # a lone bracket is the sentence's only fact: the claim stays whole
    assert find(result, "73,9%").text == "Ce qui n'est pas le cas à Genève (73,9%)"


def test_bracket_of_words_is_not_a_figure() -> None:
    body = "Youssef Boutros-Ghali a été condamné à 30 ans de prison (par contumace) samedi."
    assert len(claims(body)) == 1


def test_an_apposition_that_ranks_its_subject_is_a_claim() -> None:
    # Reuters, OPEC and Russia, 2018
    body = (
        "Russia, the world's biggest oil producer, has worked with the 14-member Organization "
        "of the Petroleum Exporting Countries in previous oil gluts."
    )
    result = claims(body, "en")
    assert find(result, "biggest").text == "Russia is the world's biggest oil producer"
    assert find(result, "biggest").speaker is None
    assert find(result, "gluts").text.startswith("Russia has worked with the 14-member")


def test_an_apposition_that_ranks_french_and_one_that_only_describes() -> None:
    result = claims(
        "EDF, l'un des plus grands producteurs d'électricité au monde, a annoncé une perte de "
        "18 milliards d'euros."
    )
    assert find(result, "producteurs").text == (
        "EDF est l'un des plus grands producteurs d'électricité au monde"
    )
    assert find(result, "perte").text == "EDF a annoncé une perte de 18 milliards d'euros"
    described = claims(
        "Jens Stoltenberg, the NATO chief, said the alliance had doubled its presence in the "
        "Baltic.",
        "en",
    )
    assert [c.text for c in described] == ["NATO had doubled its presence in the Baltic"]


def test_an_aside_between_dashes_with_its_own_attribution() -> None:
    # Reuters, Afghanistan, February 2020
    body = (
        "Air strike in Afghanistan kills eight civilians\n\n"
        "KABUL — An air strike in Afghanistan on Friday killed at least eight people – all "
        "believed to be civilians, residents said – following U.S. statements that there had "
        "been a breakthrough in peace talks."
    )
    result = claims(body, "en")
    aside = find(result, "civilians")
    assert aside.text == "Afghanistan air strike: eight people all believed to be civilians"
    assert aside.speaker == "residents"
    strike = find(result, "air strike")
    assert "civilians" not in strike.text and "residents" not in strike.text
    assert find(result, "breakthrough").speaker is None  # the aside's speaker speaks alone


def test_an_aside_without_a_figure_is_cut_one_with_a_figure_stays() -> None:
    listed = claims(
        "Les prix des services - restauration, hébergement, transports, loyers, etc. - ont "
        "poursuivi leur hausse."
    )
    assert [c.text for c in listed] == ["Les prix des services ont poursuivi leur hausse"]
    counted = find(
        claims(
            "The court found him guilty of having used 102 cars waiting in customs - including "
            "six luxury cars for personal use - in an action which harmed their owners.",
            "en",
        ),
        "102 cars",
    )
    assert "six luxury cars" in counted.text


def test_a_relative_that_ranks_a_place_is_a_claim_about_the_place() -> None:
    # AFP, IEA emissions report, June 2013
    result = claims(
        "Emissions rose 3.8 percent in China, which remains the largest contributor of carbon "
        "dioxide into the atmosphere, with about a quarter of global emissions.",
        "en",
    )
    assert find(result, "largest").text.startswith("China remains the largest contributor")
    assert find(result, "3.8").text == "Emissions rose 3.8 percent in China"
    # a relative on a place that does not rank it is not the place's doing
    msf = claims(
        "Le directeur de Médecins sans frontières au Soudan, qui a soigné 3 000 patients, a "
        "démissionné."
    )
    assert not any(c.text.startswith("Soudan") for c in msf)


def test_a_condition_and_its_consequence_are_one_claim() -> None:
    # AFP, IEA report, June 2013
    result = claims(
        '"If we don\'t do anything between now and 2020, it will be very difficult," Fatih '
        "Birol said.",
        "en",
    )
    assert len(result) == 1
    assert result[0].text.endswith("between now and 2020, it will be very difficult")


def test_participles_sharing_an_auxiliary_are_two_claims() -> None:
    # The Guardian, Youssef Boutros-Ghali's sentence, June 2011
    result = claims(
        "Boutros-Ghali was tried in absentia and sentenced on Saturday for squandering $6m in "
        "public funds.",
        "en",
    )
    assert [c.text for c in result] == [
        "Boutros-Ghali was tried in absentia",
        "Boutros-Ghali was sentenced on Saturday for squandering $6m in public funds",
    ]
    french = claims("L'ancien ministre a été jugé par contumace et condamné samedi à 30 ans.")
    assert find(french, "condamné").text == "L'ancien ministre a été condamné samedi à 30 ans"
    # a participle of another form shares nothing: "was arrested … and facing" stays one
    facing = claims("The former minister was arrested in Paris and facing three charges.", "en")
    assert len(facing) == 1


def test_comparisons_in_brackets_series_in_dollars_and_a_verb_before_bien_que() -> None:
    # "(après 13,3% en janvier)" is a compared figure with the main claim's frame
    result = claims(
        "Les prix de l'alimentation ont bondi de 14,8% sur un an (après 13,3% en janvier)."
    )
    assert find(result, "13,3%").text == "Les prix de l'alimentation ont bondi de 13,3% en janvier"
    # Reuters, China trade: the currency sign stays with the figure, "compared with" goes
    result = claims(
        "The resulting trade surplus was $39.11 billion, compared with $39.0 billion in "
        "December and a record $40.1 billion in November, the customs administration said.",
        "en",
    )
    assert find(result, "39.11").text.endswith("The resulting trade surplus was $39.11 billion")
    assert find(result, "39.0").text.endswith(
        "The resulting trade surplus was $39.0 billion in December"
    )
    assert find(result, "40.1").text.endswith(
        "The resulting trade surplus was a record $40.1 billion in November"
    )
    # "Je veux bien qu'on évolue": "bien que" after a verb is its object, not "although"
    assert find(claims("Je veux bien qu’on évolue."), "veux").text.endswith("qu'on évolue")


def test_a_past_form_after_and_shares_the_passive_auxiliary_and_a_time_is_no_subject() -> None:
    # IRIN, Madagascar 2003: "fined" is tagged as a past tense; "US" is the currency's
    result = claims(
        "Andrianarivo was sentenced to 12 years hard labour and fined US $7 million for "
        "abuse of office, news reports said.",
        "en",
    )
    fined = find(result, "$7 million")
    assert fined.text == "Andrianarivo was fined US $7 million for abuse of office"
    assert not find(result, "12 years").text.startswith("US")
    # "and earlier this month was transferred": the subject is the first clause's
    result = claims(
        "Madagascar's former prime minister Tantely Andrianarivo was sentenced to 12 years. "
        "Andrianarivo was convicted of illegally withdrawing money. He had been in detention "
        "for more than a year and earlier this month was transferred to a hospital.",
        "en",
    )
    assert find(result, "detention").text.startswith("Andrianarivo had been")
    assert "earlier this month was transferred" in find(result, "hospital").text
    assert find(result, "hospital").text != "earlier this month was transferred to a hospital"


def test_a_new_total_carried_by_a_participle_is_a_claim_of_its_own() -> None:
    # AFP, Assam floods 2004
    result = claims(
        "Rescuers in India's flood-ravaged northeast recovered another five bodies Monday, "
        "taking the death toll in flash floods and landslides in the region to 162 in the "
        "past six days, an official said.",
        "en",
    )
    toll = find(result, "162")
    assert toll.text == (
        "the death toll in flash floods and landslides in the region rose to 162 in the past "
        "six days"
    )
    assert [(q.value, q.unit) for q in toll.quantities][:1] == [(162, "deaths")]
    assert "162" not in find(result, "five bodies").text
    # the French wire form, "portant le bilan à N morts"
    result = claims(
        "Un nouveau corps a été retrouvé mardi dans l'Aude, portant le bilan des inondations "
        "à 14 morts."
    )
    assert find(result, "14 morts").text.endswith("le bilan des inondations s'élève à 14 morts")
    # "faisant 3 morts" is the event's own toll, not a new total: no claim of its own
    result = claims("Un séisme a frappé Alger vendredi, faisant 3 morts.")
    assert len(result) == 1


def test_a_relative_on_the_tail_source_and_a_part_measured_otherwise() -> None:
    # 6procheorient (AFP), Algiers quake 2014: the source's own count is its claim
    result = claims(
        "L’épicentre du séisme se situait en mer, selon le centre algérien de recherches en "
        "astronomie, astrophysique et géophysique (CRAAG), qui a déjà recensé 20 répliques, "
        "dont une de magnitude 4,3 un quart d’heure plus tard."
    )
    count = find(result, "20 répliques")
    assert count.text.endswith("(CRAAG) a déjà recensé 20 répliques")
    assert count.speaker.startswith("centre algérien")
    part = find(result, "4,3")
    assert part.text.endswith("a déjà recensé une de magnitude 4,3 un quart d'heure plus tard")
    # "un quart d'heure" is a time, not 25 %
    assert [(q.value, q.unit) for q in part.quantities] == [(4.3, "magnitude")]
    result = claims(
        "Eight people were killed, according to the Red Cross, which treated 40 wounded.", "en"
    )
    assert find(result, "40 wounded").text == "the Red Cross treated 40 wounded"
    assert find(result, "40 wounded").speaker == "Red Cross"
