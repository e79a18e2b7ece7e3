import pytest

from .helpers import claims, find

FR_VERBS = [
    "déclaré",
    "dit",
    "affirmé",
    "assuré",
    "estimé",
    "promis",
    "ajouté",
    "rappelé",
    "indiqué",
]


@pytest.mark.parametrize("verb", FR_VERBS)
def test_french_reporting_verbs(verb: str) -> None:
    result = claims(f"Paul Martin a {verb} que la dette publique avait augmenté de 5 %.")
    claim = find(result, "dette publique")
    assert claim.speaker == "Paul Martin"
    assert claim.text.startswith("la dette publique")


@pytest.mark.parametrize("verb", ["said", "told reporters", "added", "claimed"])
def test_english_reporting_verbs(verb: str) -> None:
    result = claims(f"John Smith {verb} that the budget had grown by 5%.", "en")
    assert find(result, "budget").speaker == "John Smith"


def test_salue_and_qualifie_keep_the_whole_clause() -> None:
    claim = find(claims("Marie Curie a salué la décision du gouvernement de Paris."), "décision")
    assert claim.speaker == "Marie Curie"


def test_inverted_forms() -> None:
    body = (
        "Paul Martin est arrivé à Lyon.\n\n"
        "« Les salaires ont baissé », a-t-il déclaré.\n\n"
        "« Les loyers ont augmenté », a déclaré Martin.\n\n"
        '"Prices rose sharply," said Smith.'
    )
    result = claims(body)
    fr = claims(
        "Paul Martin a dit que tout allait bien.\n\n« Les salaires ont baissé », a-t-il déclaré."
    )
    assert find(fr, "salaires").speaker == "Paul Martin"
    assert find(fr, "salaires").speaker_as_written == "-il"
    assert find(result, "loyers").speaker == "Paul Martin"  # surname -> full name
    en = claims('John Smith spoke first.\n\n"Prices rose sharply last year," said Smith.', "en")
    assert find(en, "prices").speaker == "John Smith"


@pytest.mark.parametrize(
    "body,language,speaker",
    [
        ("Selon l'Insee, le chômage a reculé de 0,3 point.", "fr", "Insee"),
        ("D'après Eurostat, le chômage a reculé de 0,3 point.", "fr", "Eurostat"),
        ("Pour l'économiste Anne Martin, le chômage a reculé de 0,3 point.", "fr", "Anne Martin"),
        ("Le chômage a reculé de 0,3 point, selon l'Insee.", "fr", "Insee"),
        ("According to Eurostat, unemployment fell by 0.3 points.", "en", "Eurostat"),
        ("Unemployment fell by 0.3 points, according to Eurostat.", "en", "Eurostat"),
    ],
)
def test_according_to(body: str, language: str, speaker: str) -> None:
    claim = find(claims(body, language), "0")
    assert claim.speaker == speaker


def test_quote_before_attribution_covers_previous_sentence() -> None:
    body = "« Les prix montent. Les salaires stagnent depuis 2020 », a déclaré Paul Martin."
    result = claims(body)
    assert find(result, "prix montent").speaker == "Paul Martin"
    assert find(result, "salaires").speaker == "Paul Martin"


def test_shell_then_quote_paragraph() -> None:
    body = "Paul Martin a dit :\n\nNous augmenterons les stocks de munitions de 20 %."
    result = claims(body)
    assert len(result) == 1
    assert result[0].speaker == "Paul Martin"
    assert result[0].is_quote


def test_quote_continued_over_two_paragraphs() -> None:
    body = (
        "« Les hôpitaux manquent de lits », a déclaré Marc Leroy.\n\n"
        "« Le gouvernement ne tient pas ses promesses. »"
    )
    assert find(claims(body), "gouvernement").speaker == "Marc Leroy"


def test_english_quote_continued() -> None:
    body = '"We have failed families," Jane Doe said.\n\n"Rents have risen 27% in five years."'
    assert find(claims(body, "en"), "rents").speaker == "Jane Doe"


def test_pronoun_and_title_resolution() -> None:
    body = (
        "La ministre de la Santé, Claire Dumont, a annoncé un plan pour les hôpitaux.\n\n"
        "Elle a ajouté que les délais avaient doublé.\n\n"
        "La ministre a promis que 500 lits seraient ouverts."
    )
    result = claims(body)
    assert find(result, "délais").speaker == "Claire Dumont"
    assert find(result, "500 lits").speaker == "Claire Dumont"
    assert find(result, "500 lits").speaker_as_written == "La ministre"


def test_english_title_and_pronoun() -> None:
    body = (
        "The mayor, Jane Doe, said the city would spend $120 million on housing.\n\n"
        "She added that 4,500 homes would be built.\n\n"
        "The mayor said taxes would not rise."
    )
    result = claims(body, "en")
    assert find(result, "4,500").speaker == "Jane Doe"
    assert find(result, "taxes").speaker == "Jane Doe"


def test_surname_resolves_to_full_name() -> None:
    body = (
        "Jens Stoltenberg a parlé à Bruxelles.\n\nStoltenberg a déclaré que l'alliance était unie."
    )
    assert find(claims(body), "alliance").speaker == "Jens Stoltenberg"


def test_own_voice_has_no_speaker() -> None:
    result = claims("La Suède et le Danemark enquêtent actuellement sur les fuites.")
    assert result and result[0].speaker is None and not result[0].is_quote


def test_a_passive_subject_is_no_speaker() -> None:
    result = claims(
        "Ahmed Souab, une figure du barreau, a été condamné vendredi à cinq ans de prison "
        "ferme, a indiqué à l'AFP une avocate de son comité de défense."
    )
    claim = find(result, "cinq ans")
    assert claim.speaker is not None and "avocate" in claim.speaker


def test_a_definite_description_is_the_person_last_named() -> None:
    result = claims(
        "Patrick Pouyanné a défendu mercredi les bénéfices du groupe.\n\n"
        "« Nous sommes le bouc émissaire du débat sur les prix », a lancé le polytechnicien."
    )
    assert find(result, "bouc émissaire").speaker == "Patrick Pouyanné"


def test_a_reported_noun_phrase_keeps_its_subject_and_verb() -> None:
    result = claims(
        "Telecom major Bharti Airtel on Wednesday reported a 25.8 percent fall in its net "
        "profit for the quarter ended June 30.",
        language="en",
    )
    claim = find(result, "25.8 percent")
    assert claim.text.startswith("Telecom major Bharti Airtel on Wednesday reported a 25.8")
    assert claim.speaker == "Bharti Airtel"


def test_a_reflexive_or_a_launch_is_no_report() -> None:
    result = claims(
        "La grève s'annonce très suivie lundi, avec six vols sur dix annulés.\n\n"
        "Le 21 mai, l'OMS et les autorités ont lancé une vaccination ciblée d'un millier "
        "de personnes."
    )
    assert find(result, "très suivie").text.startswith("La grève s'annonce")
    assert find(result, "millier").speaker is None


def test_a_statement_read_is_its_authors_and_a_quotation_that_goes_on_has_no_tail() -> None:
    result = claims(
        '"Following an investigation, USADA determined that the test was caused by a '
        'supplement," a statement by the USADA read.\n\n"Detailed analysis revealed that it '
        "contained andarine, and the laboratory in Salt Lake City, Utah confirmed the finding. "
        'The supplement has been added to the USADA High Risk List.\n\n"Athletes are reminded '
        'that dietary supplements do not receive any pre-market safety reviews."',
        language="en",
    )
    assert find(result, "investigation").speaker == "USADA"
    assert find(result, "High Risk List").speaker == "USADA"
    assert "USADA contained" not in find(result, "andarine").text


def test_a_speaker_after_a_date_and_a_circumstance() -> None:
    result = claims(
        "La croissance devrait atteindre 3,1 % en Afrique subsaharienne cette année, a annoncé "
        "mercredi 18 avril dans un rapport la Banque mondiale, qui déplore une progression peu "
        "rapide.\n\n« La croissance rebondit, mais pas assez rapidement », a regretté Albert "
        "Zeufack, l'économiste en chef de la Banque mondiale. C'est un signal, a ajouté le "
        "spécialiste de nationalité camerounaise. Ce résultat devrait atteindre 3,6 % en 2020, "
        "d'après les projections de la banque."
    )
    assert find(result, "3,1").speaker == "Banque mondiale"
    assert find(result, "signal").speaker == "Albert Zeufack"
    later = find(result, "3,6")
    assert later.speaker == "Banque mondiale"
    assert later.text == "Afrique subsaharienne : Ce résultat devrait atteindre 3,6 % en 2020"


def test_names_listed_before_their_verb_are_one_subject() -> None:
    result = claims(
        "M. Zeufack a précisé que « les pays comme l'Éthiopie, la Tanzanie et le Rwanda "
        "continuent de croître à un taux supérieur à 6 % »."
    )
    assert find(result, "6 %").text.startswith(
        "les pays comme l'Éthiopie, la Tanzanie et le Rwanda"
    )


def test_a_possessive_names_the_speaker_after_it_and_a_nationality_is_no_one() -> None:
    result = claims(
        "Iraq's Independent High Electoral Commission said voter turnout was 44% during the "
        "election. The Iraqi electoral commission announced that Kurds had won 17 seats.",
        language="en",
    )
    assert find(result, "44%").speaker == "Independent High Electoral Commission"
    assert find(result, "17 seats").speaker == "Iraqi electoral commission"


def test_second_speaker_after_and_is_not_a_tail_attribution() -> None:
    # Reuters, Afghanistan, February 2020
    body = (
        "U.S. Secretary of State Mike Pompeo said an important breakthrough had been made in "
        "peace talks with the Taliban in recent days, and Defence Secretary Mark Esper said "
        "they had negotiated a proposal for a week-long reduction in violence."
    )
    result = claims(body, "en")
    assert find(result, "breakthrough").speaker == "Mike Pompeo"
    assert find(result, "week-long").speaker == "Mark Esper"


def test_speaker_after_but_is_the_nearest_subject() -> None:
    body = (
        "Details about when that was set to begin were not immediately clear but a Taliban "
        "official said it would be this week."
    )
    said = find(claims(body, "en"), "this week")
    assert said.speaker == "Taliban"
    # an official speaks for the Taliban; the "it" they speak of is not the Taliban
    assert said.text == "it would be this week"


def test_relative_that_reports_is_its_antecedents_statement() -> None:
    # Reuters, January 2014
    body = (
        "Microsoft chose to not make any reference about its five-month search for a new chief "
        "executive to replace Steve Ballmer, who said in August he would retire within a year."
    )
    result = claims(body, "en")
    retire = find(result, "retire")
    assert retire.speaker == "Steve Ballmer"
    assert retire.text == "Steve Ballmer would retire within a year"
    assert "retire" not in find(result, "reference").text


def test_relative_on_a_tail_speaker_reports_for_them() -> None:
    body = (
        "But on Friday a vehicle carrying civilians was targeted in an air strike in the eastern "
        "province of Nangarhar, according to residents, who added that among the eight killed "
        "was a child."
    )
    result = claims(body, "en")
    assert find(result, "a child").speaker == "residents"
    assert find(result, "vehicle").speaker == "residents"


def test_relative_that_reports_french() -> None:
    body = (
        "Le texte a été adopté par 300 voix contre 200, selon le président de l'Assemblée "
        "nationale, Yaël Braun-Pivet, qui a précisé que 50 députés s'étaient abstenus."
    )
    result = claims(body)
    abstained = find(result, "abstenus")
    assert abstained.text == "50 députés s'étaient abstenus"
    assert abstained.speaker == find(result, "adopté").speaker == "Yaël Braun-Pivet"


def test_circumstance_before_the_subject_is_not_the_speaker_and_a_written_title_names() -> None:
    body = (
        "UEFA president Michel Platini was banned for eight years on Monday. In an official "
        "statement, the UEFA president described the decision as a 'true mockery'."
    )
    described = find(claims(body, "en"), "mockery")
    assert described.speaker == "Michel Platini"
    assert described.speaker_as_written == "the UEFA president"


def test_the_one_quoted_as_saying_speaks_and_is_he_next() -> None:
    # Reuters via UPI, Microsoft's results, January 2014
    body = (
        "Microsoft shares rose 5 percent. Reuters quoted Colin Gillis, an analyst at BGC "
        "Financial as saying it was a good print to ride off into the sunset. He added, there "
        'was "still the over-arching question for this company: who\'s going to be the new CEO."'
    )
    result = claims(body, "en")
    good = find(result, "good print")
    assert good.speaker == "Colin Gillis"
    assert good.text == "it was a good print to ride off into the sunset"  # a person's "it"
    assert find(result, "new CEO").speaker == "Colin Gillis"


def test_results_of_an_election_are_no_speaker() -> None:
    body = "According to the final results of the election, Kurds have won six seats in Kirkuk."
    assert find(claims(body, "en"), "six seats").speaker is None


def test_circumstance_before_a_french_subject() -> None:
    body = (
        "Dans un communiqué publié lundi, le ministère de la Santé a affirmé que 300 cas "
        "avaient été recensés."
    )
    assert find(claims(body), "300 cas").speaker == "ministère de la Santé"


def test_saying_that_after_a_main_clause_is_its_subjects_statement() -> None:
    # AP, India's central bank, July 2011
    body = (
        "The bank on Tuesday appeared to chastise the government for fueling inflation, saying "
        "in its quarterly review of monetary policy that the economy's ability to grow rapidly "
        "is dependent on implementing policies."
    )
    result = claims(body, "en")
    said = find(result, "ability to grow")
    assert said.speaker == "bank"
    assert said.text.startswith("the economy's ability")
    assert "ability" not in find(result, "chastise").text


def test_as_it_warned_that_and_french_ajoutant_que() -> None:
    warned = find(
        claims(
            "The central bank raised its key interest rate by half a percentage point, as it "
            "warned that inflation remains the country's main economic concern.",
            "en",
        ),
        "main economic concern",
    )
    assert warned.text == "inflation remains the country's main economic concern"
    result = claims(
        "Le ministre des Finances a annoncé une baisse du déficit à 4,9% du PIB, ajoutant que "
        "la dette publique atteindrait 110% en 2025."
    )
    debt = find(result, "110%")
    assert debt.speaker == "ministre des Finances"
    # a minister is a person: no organisation of theirs owns the debt
    assert debt.text == "la dette publique atteindrait 110% en 2025"
    assert "110%" not in find(result, "4,9%").text


def test_the_leader_of_a_body_without_a_name_is_the_person_just_spoken_of() -> None:
    # The Independent (via a syndicated page), FIFA ban, December 2015
    body = (
        "Football leaders, Sepp Blatter and Michel Platini have been slapped with an eight-year "
        "ban.\n\nMr Platini expressed a similar sentiment, declaring that he will be taking the "
        "matter further.\n\nIn an official statement, the UEFA president described the "
        "decision as a 'true mockery'."
    )
    assert find(claims(body, "en"), "mockery").speaker == "Michel Platini"


def test_an_attributed_statement_hedges_nothing_with_sans_and_devrait() -> None:
    # AFP: the SNPL pilots' strike, the Conseil constitutionnel's results
    result = claims(
        "La situation devrait s'aggraver les jours suivants, selon le Syndicat national des "
        "pilotes de lignes (SNPL) d'Air France. Le scrutin s'est déroulé « sans incident "
        "notable », a annoncé le président du Conseil constitutionnel, Laurent Fabius."
    )
    assert find(result, "aggraver").speaker == "Syndicat national des pilotes de lignes"
    assert find(result, "sans incident notable").speaker == "Laurent Fabius"


def test_where_a_source_spoke_is_not_part_of_its_name() -> None:
    # AFP, Air France pilots' strike, September 2014
    result = claims(
        "Air France prévoit d'assurer 40% de ses vols lundi, a indiqué samedi la compagnie dans "
        "un communiqué."
    )
    assert "communiqué" not in (find(result, "40%").speaker or "")


def test_a_reflexive_reaction_attributes_the_quote() -> None:
    # AFP, pension reform strike, December 2019
    body = (
        "La mobilisation «est au-delà de ce qu'on pensait», s'est félicité le numéro un du "
        "syndicat CFDT, Laurent Berger."
    )
    result = claims(body)
    assert find(result, "mobilisation").speaker == "Laurent Berger"
    assert "félicité" not in find(result, "mobilisation").text


def test_a_source_that_estimates_a_figure_is_the_source_of_the_whole_clause() -> None:
    # AFP, French inflation, March 2023
    body = (
        "L'Institut national de la statistique et des études économiques avait auparavant "
        "estimé la hausse des prix à la consommation à 6,2% sur un an."
    )
    estimate = find(claims(body), "6,2%")
    # the rule under test: the subject is the source (how much of its long name the resolver
    # keeps is speaker resolution's business)
    assert estimate.speaker is not None and estimate.speaker.startswith("Institut")
    assert estimate.text.startswith("L'Institut national")


def test_reported_speech_inside_a_tail_attribution_is_the_tails() -> None:
    # Reuters, OPEC output deal, September 2017
    body = (
        "A number of oil exporting countries have suggested a six-month extension to the oil "
        "supply cut deal agreed by OPEC countries and non-OPEC crude producers, Iraqi oil "
        "minister Jabar al-Luaibi said on Wednesday."
    )
    result = claims(body, "en")
    assert len(result) == 1
    assert result[0].speaker == "Jabar al-Luaibi"
    assert result[0].text.startswith("A number of oil exporting countries have suggested")
    assert "Luaibi" not in result[0].text


def test_a_circumstance_with_a_name_in_it_does_not_speak() -> None:
    # Reuters, Congo election, December 2011
    body = (
        "In a joint statement signed by major parties, including that of veteran opposition "
        "leader Etienne Tshisekedi, the opposition cited irregularities and said the electoral "
        'commission was "psychologically preparing the population for fraud."'
    )
    assert find(claims(body, "en"), "for fraud").speaker == "opposition"


def test_wire_reporting_verbs_after_a_quote_and_an_indefinite_on() -> None:
    # afrique7.com, Congo-Brazzaville: "a relevé" closes the quotation, and the cleft's
    # "qu'" is not a relative clause to split off
    result = claims(
        "«Ce n’est pas en un jour qu’on peut compiler les résultats venus de tout le Congo », "
        "a relevé Mathias Dzon."
    )
    claim = find(result, "compiler")
    assert claim.speaker == "Mathias Dzon"
    assert (
        claim.text
        == "Ce n'est pas en un jour qu'on peut compiler les résultats venus de tout le Congo"
    )
    # "On nous dit que …" inside a quotation is hearsay, not a speaker named "On nous"
    quoted = claims("Jean Dupont a répondu : «On nous dit ici qu’il n’y a pas de biométrie.»")
    assert find(quoted, "biométrie").speaker != "On nous"


def test_a_french_il_after_an_institution_is_that_institution() -> None:
    # Le Parisien, inflation: "a-t-il détaillé" after the Insee spoke, no person named
    result = claims(
        "L'Institut national de la statistique et des études économiques avait estimé la "
        "hausse des prix à 6,2% sur un an.\n\n« Cette hausse est due à l'alimentation », "
        "qui a bondi de 14,8% sur un an, a-t-il détaillé dans un communiqué."
    )
    assert (find(result, "14,8%").speaker or "").startswith("Institut")


def test_lawyers_speak_for_themselves_and_a_relative_clause_is_no_source() -> None:
    # IRIN, Madagascar 2003: the lawyers condemned the sentence, not the man sentenced
    result = claims(
        "Andrianarivo's lawyers condemned the severity of the sentence and said they would "
        "appeal to the supreme court, the BBC reported.",
        "en",
    )
    assert find(result, "severity").speaker == "Andrianarivo's lawyers"
    # "…, both of whom claimed to have won elections" is a relative clause, not a tail
    result = claims(
        "Madagascar was divided by a six-month power struggle between Ratsiraka and "
        "Ravalomanana, both of whom claimed to have won elections in 2001.",
        "en",
    )
    assert find(result, "power struggle").speaker is None


def test_a_quotation_goes_on_after_a_short_opener_and_an_opening_judgement_is_the_speaker_s() -> (
    None
):
    # AFP, presidential results 2017: "Au total, « … »" goes on quoting Laurent Fabius
    result = claims(
        "« Nous avons annulé les suffrages exprimés dans les bureaux de vote où s’étaient "
        "produites des irrégularités substantielles », a indiqué Laurent Fabius. Au total, "
        "« 4.691 suffrages ont été annulés, contre 2.541 au premier tour de scrutin en 2012 »."
    )
    assert find(result, "4.691").speaker == "Laurent Fabius"
    # AFP, pension strikes 2023: "Jugeant …, il a indiqué": the minister judges
    result = claims(
        "Le ministre du Travail, Olivier Dussopt, a admis que la mobilisation avait été "
        "«importante». Jugeant «normal» qu'une réforme des retraites «suscite des "
        "inquiétudes», il a indiqué qu'il fallait y «répondre»."
    )
    assert find(result, "inquiétudes").speaker == "Olivier Dussopt"
    # a sentence that only mentions a quoted word is not a quotation going on
    result = claims(
        "« La grève est massive », a déclaré Philippe Martinez. Le gouvernement a proposé "
        "une « conférence de financement » le mois prochain."
    )
    assert find(result, "conférence").speaker is None
