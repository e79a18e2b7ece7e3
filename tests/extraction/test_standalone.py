"""Claims made standalone (decontextualised), on sentences from the seed and from real wire
copy: the text reads without the article, the passage as written stays in `quote`."""

from claims.extraction.appositive_subjects import named_apposition_first
from claims.extraction.conjugation import singular_adjective, third_singular
from claims.extraction.evaluation import is_standalone

from .helpers import claims, find

NATO = "Le chef de l'OTAN, Jens Stoltenberg, a déclaré que la Russie perdait sur le terrain.\n\n"


def test_first_person_plural_becomes_the_speakers_organisation() -> None:
    result = claims(NATO + "« Nous n'avons constaté aucun changement dans la posture de la "
                    "Russie mais nous restons vigilants », a déclaré le chef de l'Otan.")  # fmt: skip
    claim = find(result, "aucun changement")
    assert claim.text.startswith("L'OTAN n'a constaté aucun changement")
    assert claim.speaker == "Jens Stoltenberg"
    assert "Nous n’avons" in claim.quote or "Nous n'avons" in claim.quote  # as written
    vigilant = find(result, "vigilant")
    assert vigilant.text == "l'OTAN reste vigilant"


def test_possessive_and_alias_of_the_organisation() -> None:
    result = claims(NATO + "Stoltenberg a déclaré que l'alliance avait « doublé notre présence "
                    "dans la mer Baltique à plus de 30 navires ».")  # fmt: skip
    claim = find(result, "30 navires")
    assert claim.text.startswith("l'OTAN avait doublé sa présence dans la mer Baltique")
    assert is_standalone(claim.text, ["otan"])


def test_leading_possessive_names_its_owner() -> None:
    result = claims(NATO + "Stoltenberg a promis que ses alliés « intensifieraient » leur soutien.")
    assert find(result, "intensifieraient").text.startswith("les alliés de l'OTAN")


def test_reported_pronoun_is_the_speaker_and_indirect_ils_the_speakers_side() -> None:
    result = claims(NATO + "Il a déclaré qu'il attendait d'autres livraisons.\n\n"
                    "Stoltenberg a déclaré qu'ils n'avaient vu aucun changement.")  # fmt: skip
    assert "Stoltenberg attendait d'autres livraisons" in find(result, "livraisons").text
    assert find(result, "aucun changement").text.startswith("l'OTAN n'avait vu")


def test_quoted_ils_is_the_other_side_with_agreement() -> None:
    result = claims(
        NATO + "« La Russie est en fait en train de perdre. Donc, la façon dont ils sont capables "
        "de répondre est par des attaques aveugles », a déclaré Stoltenberg."
    )
    claim = find(result, "attaques aveugles")
    assert claim.text.startswith("La façon dont la Russie est capable de répondre")


def test_object_clitic_and_relative_object_restored() -> None:
    result = claims(
        "L'OTAN est sur le point de tenir son exercice annuel de dissuasion nucléaire, nommé "
        "Steadfast Noon, la semaine prochaine. Stoltenberg l'appelait « l'entraînement de "
        "routine ».\n\nLa réunion portera sur la protection des infrastructures après des fuites "
        "suspectes dans les gazoducs Nord Stream reliant la Russie à l'Europe que l'OTAN a "
        "qualifié de « sabotage »."
    )
    assert "l'exercice annuel" in find(result, "routine").text
    assert "les fuites suspectes" in find(result, "sabotage").text


def test_pronoun_takes_the_previous_subject_of_its_gender() -> None:
    result = claims(
        "La banque centrale a relevé de 0,2 point sa prévision de croissance.\n\n"
        "Elle prend ainsi en compte la bonne surprise du deuxième trimestre."
    )
    assert find(result, "bonne surprise").text.startswith("La banque centrale prend")


def test_english_we_and_opinion_shell() -> None:
    result = claims(
        "OPEC Secretary General Mohammad Barkindo spoke in Riyadh.\n\n"
        '"I think we are looking for a long-term cooperation with Russia," Barkindo said.',
        "en",
    )
    claim = find(result, "long-term cooperation")
    assert not claim.text.lower().startswith("i think")
    assert claim.speaker == "Mohammad Barkindo"


def test_english_he_is_a_person_not_a_thing() -> None:
    result = claims(
        "Youssef Boutros-Ghali was sentenced to 30 years in prison.\n\n"
        "The court said the ruling was final.\n\nHe was also fined $11m.",
        "en",
    )
    assert "court" not in find(result, "$11m").text.lower()


def test_no_guess_at_a_persons_we_without_an_organisation() -> None:
    result = claims('"We can protect many people," said Michael Ryan.', "en")
    assert "Michael Ryan can" not in find(result, "protect").text


def test_conjugation_to_third_singular() -> None:
    class Morph(dict):
        def get(self, key, default=None):  # spaCy's MorphAnalysis.get returns a list
            return super().get(key, [])

    pres1 = Morph(Person=["1"], Number=["Plur"], Tense=["Pres"])
    pres3 = Morph(Person=["3"], Number=["Plur"], Tense=["Pres"])
    assert third_singular("restons", "rester", pres1, "fr") == "reste"
    assert third_singular("avons", "avoir", pres1, "fr") == "a"
    assert third_singular("prendrons", "prendre", Morph(Tense=["Fut"]), "fr") == "prendra"
    assert third_singular("restaient", "rester", Morph(Tense=["Imp"]), "fr") == "restait"
    assert third_singular("conduisent", "conduire", pres3, "fr") == "conduit"
    assert third_singular("attendent", "attendre", pres3, "fr") == "attend"
    assert third_singular("are", "be", Morph(Tense=["Pres"]), "en") == "is"
    assert third_singular("remain", "remain", Morph(Tense=["Pres"]), "en") == "remains"
    assert third_singular("were", "be", Morph(Tense=["Past"]), "en") == "was"
    assert singular_adjective("vigilants") == "vigilant"
    assert singular_adjective("nationaux") == "national"


def test_repeats_within_an_article_merge_and_keep_their_places() -> None:
    text = (
        "Le chômage a reculé de 0,3 point au dernier trimestre, selon l'Insee.\n\n"
        "Le gouvernement a salué ces chiffres.\n\n"
        "Le chômage a reculé de 0,3 point au dernier trimestre, selon l'Insee."
    )
    result = claims(text)
    repeated = [c for c in result if "0,3 point" in c.text]
    assert len(repeated) == 1 and len(repeated[0].repeats) == 1
    start, end, sentence = repeated[0].repeats[0]
    assert start > repeated[0].start and "0,3 point" in text[start:end] and "Insee" in sentence
    assert [c.start for c in repeated[0].appearances()] == [repeated[0].start, start]


def test_different_numbers_never_merge() -> None:
    result = claims(
        "La ville compte quatre bibliothèques publiques, selon la mairie.\n\n"
        "La ville compte quatorze bibliothèques publiques, selon la mairie.",
    )
    assert len([c for c in result if "bibliothèques" in c.text]) == 2


def test_a_compared_figure_is_a_claim_of_its_own() -> None:
    result = claims(
        "Au total, 4.691 suffrages ont été annulés, contre 2.541 au premier tour de scrutin "
        "en 2012.\n\nLe ministère de l'Intérieur a recensé 1,12 million de manifestants en "
        "France, dont 80 000 à Paris."
    )
    assert find(result, "2.541").text == (
        "Au total, 2.541 suffrages ont été annulés au premier tour de scrutin en 2012"
    )
    assert "2.541" not in find(result, "4.691").text
    assert find(result, "80 000").text == (
        "Le ministère de l'Intérieur a recensé 80 000 manifestants à Paris"
    )


def test_an_earlier_figure_takes_its_own_time() -> None:
    result = claims(
        "The Producer Price Index rose at an annual pace of 8.5% in September, down slightly "
        "from the 8.7% rise in August, the Labor Department said.",
        "en",
    )
    august = find(result, "8.7%")
    assert august.text == "The Producer Price Index rose at an annual pace of 8.7% in August"
    assert "8.7%" not in find(result, "8.5%").text


def test_no_appendage_under_an_expectation() -> None:
    result = claims(
        "Economists had been expecting the monthly increase to come in at 0.2%, compared to "
        "the 0.1% decline in August.",
        "en",
    )
    assert not any(c.text.endswith("0.1% in August") for c in result)


def test_first_person_contraction_keeps_its_space() -> None:
    result = claims(
        "FIFA banned Sepp Blatter for eight years on Monday. \"I'm sorry I'm still a punching "
        'ball after 17 years at FIFA," Blatter said.',
        language="en",
    )
    assert "Sepp Blatter is" in find(result, "punching ball").text


def test_our_masculine_noun_becomes_son() -> None:
    result = claims(
        "« Nous avons joué notre rôle pendant la guerre en Ukraine avec 20 navires », a déclaré "
        "le PDG de TotalEnergies, Patrick Pouyanné."
    )
    assert "son rôle" in find(result, "20 navires").text


def test_the_company_opening_a_claim_is_the_company_named() -> None:
    result = claims(
        "Bharti Airtel reported a 30 percent fall in net profit for the quarter.\n\n"
        "The company posted a net profit of Rs.1,930.9 crore in the previous period.",
        language="en",
    )
    assert find(result, "1,930.9").text.startswith("Bharti Airtel posted")


SOUAB = (
    "L'avocat Ahmed Souab a été condamné vendredi à cinq ans de prison ferme.\n\n"
    "« Ils ont empêché 12 membres de la famille d'entrer », a dénoncé Mongi Souab, un frère "
    "de M. Souab.\n\n"
    "L'ancien magistrat faisait face à une dizaine de chefs d'accusation."
)


def test_a_relative_with_the_same_surname_is_not_the_protagonist() -> None:
    result = claims(SOUAB)
    assert find(result, "12 membres").speaker == "Mongi Souab"
    assert find(result, "chefs d'accusation").text.startswith("Ahmed Souab faisait face")


def test_a_possessive_belongs_to_a_person_or_organisation_never_a_thing() -> None:
    result = claims(
        "Le tribunal a condamné Ahmed Souab à cinq ans de prison après un jugement rendu en 7 "
        "minutes.\n\nSes avocats ont refusé de plaider dans ces conditions devant 3 juges."
    )
    assert "du jugement" not in find(result, "refusé de plaider").text


def test_an_honorific_name_takes_no_article() -> None:
    result = claims(
        "M. Souab a été condamné à cinq ans de prison.\n\n"
        "Il avait été jugé le matin-même lors d'une audience de 7 minutes."
    )
    assert not find(result, "7 minutes").text.lower().startswith("le m.")


def test_a_company_that_owns_a_figure_is_the_company_later_descriptions_name() -> None:
    result = claims(
        "Bharti Airtel's Q1 net profit falls 25.8 percent\n\n"
        "The company posted a net profit of Rs.1,930.9 crore in the previous period. For the "
        "quarter, overall customer base rose 26 percent to 230.8 million.",
        language="en",
    )
    assert find(result, "1,930.9").text.startswith("Bharti Airtel posted")
    assert "Bharti Airtel's overall customer base" in find(result, "230.8 million").text


def test_the_speakers_possessive_in_reported_speech_is_the_speakers() -> None:
    result = claims(
        "Urbain Olanguena Awono was sentenced to 20 years. The judges found that Olanguena "
        "allowed Soue Mbella to get paid 80 million CFA francs.\n\n"
        "The former minister always denied the charges, claiming that his signature on the "
        "2004 contract had been faked.",
        language="en",
    )
    claim = find(result, "signature")
    assert "Olanguena" in (claim.speaker or "")
    assert "Soue Mbella" not in claim.text


def test_a_title_with_its_name_is_left_as_it_is() -> None:
    result = claims(
        "Ashraf Ghani a été élu en 2014.\n\n"
        "Le président Ashraf Ghani effectuait jeudi sa deuxième visite dans cette ville de "
        "270 000 habitants."
    )
    assert find(result, "270 000").text.startswith("Le président Ashraf Ghani effectuait")


def test_a_coordinated_verb_agrees_with_the_new_subject() -> None:
    result = claims(
        '"We reject these partial results from 33 percent of polling stations and consider them '
        'null and void," the Union for Democracy and Social Progress said on Saturday.',
        language="en",
    )
    text = find(result, "partial results").text
    assert "rejects" in text and "considers" in text, text


def test_a_headline_the_lead_restates_is_one_more_place_of_the_lead() -> None:
    text = (
        "FIFA bans Blatter and Platini for eight years\n\n"
        "Sepp Blatter and Michel Platini have been banned for eight years by FIFA's ethics "
        "committee, the body said on Monday.\n\nThe ethics committee has 12 members."
    )
    result = claims(text, language="en")
    banned = [c for c in result if "Blatter" in c.text]
    assert len(banned) == 1 and "ethics committee" in banned[0].text
    (start, end, _sentence) = banned[0].repeats[0]
    assert text[start:end].startswith("FIFA bans Blatter")


def test_a_headline_nothing_restates_stays() -> None:
    text = (
        "Le chômage a baissé de 2 % en mars\n\n"
        "Le gouvernement a présenté mardi un plan de 3 milliards d'euros pour l'industrie."
    )
    result = claims(text)
    assert find(result, "chômage").start == 0


def test_a_persons_nous_is_the_organisation_their_title_belongs_to() -> None:
    result = claims(
        "TotalEnergies est devenu un bouc émissaire, a déclaré mercredi son PDG, Patrick "
        "Pouyanné.\n\n« Nous avons joué notre rôle depuis le début de la guerre », a plaidé "
        "le dirigeant. « Les gens nous accusent d'avoir généré des superprofits avec la "
        "guerre », a ajouté M. Pouyanné."
    )
    role = find(result, "rôle")
    assert (
        role.text.startswith("TotalEnergies a joué son rôle") and role.speaker == "Patrick Pouyanné"
    )
    accused = find(result, "superprofits")
    assert accused.text.startswith("Les gens accusent TotalEnergies d'avoir généré")
    assert is_standalone(accused.text, ["totalenergies"])


def test_a_nous_before_a_third_person_verb_is_its_object() -> None:
    result = claims(
        "« La baisse de la demande mondiale nous conduit à abaisser nos prévisions pour 2024 "
        "à 0,9 % », poursuit la Banque de France."
    )
    claim = find(result, "0,9")
    assert "conduit la Banque de France à abaisser ses prévisions" in claim.text


def test_a_claim_that_names_nothing_is_labelled_with_the_place_of_the_lead() -> None:
    result = claims(
        "SULAIMANI (ESTA) — Iraq's electoral commission announced the final results of the "
        "October election on Tuesday.\n\nThere were 721,979 spoilt votes. Turnout was 44% "
        "according to the IHEC.",
        language="en",
    )
    spoilt = find(result, "721,979")
    assert spoilt.text == "Iraq election: There were 721,979 spoilt votes"
    assert spoilt.quote == "There were 721,979 spoilt votes"  # the passage as written
    assert not find(result, "44%").text.startswith("Iraq")  # it names the IHEC already


def test_the_country_of_the_leads_subject_is_the_label_not_the_city() -> None:
    result = claims(
        "SULAIMANI (ESTA) — The Iraqi electoral commission announced the final results for "
        "the October parliamentary election on Tuesday, with Kurds securing 17 seats in "
        "Baghdad.\n\nThere were 721,979 spoilt votes.",
        language="en",
    )
    assert find(result, "721,979").text == "Iraq election: There were 721,979 spoilt votes"


def test_a_country_adjective_outside_the_subject_leaves_the_place() -> None:
    result = claims(
        "Plusieurs roquettes ont été tirées jeudi en direction du président afghan Ashraf "
        "Ghani, en visite dans la province de Ghazni.\n\nLes combats avaient fait plus de "
        "200 morts."
    )
    assert find(result, "200 morts").text.startswith("Ghazni : ")


def test_a_headline_with_its_figure_in_words_and_other_tenses_is_folded() -> None:
    text = (
        "Microsoft posts better-than-expected results for fiscal 2Q\n\n"
        "Microsoft Corp posted revenue and earnings for its fiscal second quarter that beat "
        "expectations, the company said.\n\nMicrosoft's revenue increased 14 per cent."
    )
    result = claims(text, language="en")
    assert not [c for c in result if c.start == 0]


def test_a_persons_own_possessive_and_object_name_them() -> None:
    result = claims(
        "“It has been rigged to tarnish my name by bodies I know well and who for me are bereft "
        "of all credibility or legitimacy,” Michel Platini said.",
        language="en",
    )
    rigged = find(result, "rigged")
    assert "Michel Platini's name" in rigged.text and "for Michel Platini" in rigged.text
    french = find(
        claims("« Mon gouvernement a réduit le chômage de 2 points », a déclaré Emmanuel Macron."),
        "chômage",
    )
    assert french.text == "Le gouvernement d'Emmanuel Macron a réduit le chômage de 2 points"


def test_claiming_that_after_a_quote_is_the_same_speakers() -> None:
    result = claims(
        "Mr Platini expressed a similar sentiment. “It has been rigged,” he said, claiming that "
        "he will fight the ban “to the end”.",
        language="en",
    )
    fight = find(result, "fight the ban")
    assert fight.speaker is not None and "Platini" in fight.speaker
    assert "said" not in find(result, "rigged").text


def test_claims_of_the_lead_take_the_article_subject_but_never_a_title_or_a_scale() -> None:
    # Reuters, China trade: the second half of the lead names nothing
    body = (
        "China's exports fell 17.5 percent in January from a year earlier, while imports fell "
        "43.1 percent, the General Administration of Customs said on Wednesday."
    )
    assert find(claims(body, "en"), "43.1").text.startswith("China: imports fell 43.1 percent")
    # 6procheorient, Algiers quake: "l'échelle de Richter" is no place the article is about
    body = (
        "Trois personnes sont mortes et 388 ont été blessées dans un séisme de magnitude 5,6 "
        "sur l'échelle de Richter qui a frappé Alger vendredi."
    )
    assert not any(c.text.startswith("Richter") for c in claims(body))


def test_the_label_names_the_event_of_the_headline_or_the_lead() -> None:
    # Al Jazeera, Mexico 2017: the figure belongs to the quake, not to Mexico at large
    body = (
        "Death toll increases after Mexico's strongest earthquake in a century\n\n"
        "Dozens of people are dead after the strongest earthquake to hit Mexico in a century "
        "struck off its southern coast.\n\nAt least 60 people were reported dead by Friday."
    )
    assert find(claims(body, "en"), "60 people").text.startswith("Mexico earthquake: ")
    # Reuters, Trigana crash: what crashed is part of the event; French puts the place after
    body = (
        "Aucun survivant dans le crash d'un avion en Indonésie\n\n"
        "Les 54 personnes à bord d'un avion de la compagnie Trigana Air Service sont mortes "
        "en Indonésie.\n\nLes deux pilotes avaient plus de 20 ans d'expérience."
    )
    label = find(claims(body), "20 ans").text
    assert label.startswith("Crash d'un avion (")


def test_a_possessive_description_gives_way_to_the_name_it_is_apposed_to() -> None:
    # afrique7.com, Congo-Brazzaville 2021: whose adversary? the apposition says who
    result = claims(
        "Selon les chiffres de la CENI, le président sortant l’emporte avec 88,57% des "
        "suffrages. Son principal adversaire, l’opposant Guy Parfait Kolelas décédé le jour "
        "du vote, arrive en seconde position avec seulement 7,84% des voix."
    )
    assert find(result, "7,84%").text.startswith("L'opposant Guy Parfait Kolelas")
    # an apposition without a name leaves the possessive to the rewrite
    assert named_apposition_first("Son adversaire, un ancien ministre, arrive second") == (
        "Son adversaire, un ancien ministre, arrive second"
    )
    assert named_apposition_first("His lawyer, John Smith, said he would appeal") == (
        "John Smith said he would appeal"
    )


def test_a_spokesman_s_our_is_the_body_he_speaks_for() -> None:
    # AFP, Assam floods 2004
    result = claims(
        '"With the water level receding, our soldiers are looking for dead bodies," an army '
        "spokesman said.",
        "en",
    )
    soldiers = find(result, "dead bodies")
    assert "the army's soldiers are looking for dead bodies" in soldiers.text
    assert is_standalone(soldiers.text, [], "en")
