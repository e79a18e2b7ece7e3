from claims.extraction.segmentation import normalise, paragraphs, quote_regions, sentences

from .helpers import claims, find


def _texts(body: str) -> list[str]:
    return [body[s.start : s.end] for s in sentences(normalise(body))]


def test_stray_period_before_lowercase_word_does_not_split() -> None:
    body = "Il a parlé à la veille d'une réunion. des ministres de la défense. Puis il est parti."
    assert _texts(body) == [
        "Il a parlé à la veille d'une réunion. des ministres de la défense.",
        "Puis il est parti.",
    ]


def test_paragraphs_without_final_period_stay_separate() -> None:
    body = "La Suède enquête sur les fuites\n\nLe Danemark aussi enquête"
    assert _texts(body) == ["La Suède enquête sur les fuites", "Le Danemark aussi enquête"]


def test_single_newlines_are_paragraphs_when_there_are_no_blank_lines() -> None:
    assert len(paragraphs("Ligne un.\nLigne deux.")) == 2


def test_guillemets_with_no_break_spaces() -> None:
    body = "«\u00a0Nous recruterons 40\u202f000 soignants\u00a0», a-t-elle déclaré."
    norm = normalise(body)
    assert len(norm) == len(body)
    assert norm.startswith('" Nous')
    assert quote_regions(body, 0, len(body)) == [(0, body.index("»") + 1)]


def test_abbreviations_and_initials_do_not_split() -> None:
    assert len(_texts("M. Dupont et J. Smith sont venus. Ils sont partis.")) == 2


def test_spans_point_into_untouched_body() -> None:
    body = "Selon l’Insee, le chômage a reculé de 0,3\u00a0point au dernier trimestre."
    for claim in claims(body):
        assert body[claim.start : claim.end] in claim.sentence
        assert "’" in claim.sentence


def test_curly_and_straight_quotes_both_attribute() -> None:
    for body in (
        "“Les prix vont baisser fortement”, a déclaré Paul Martin.",
        '"Les prix vont baisser fortement", a déclaré Paul Martin.',
    ):
        claim = find(claims(body), "prix")
        assert claim.speaker == "Paul Martin"
        assert claim.is_quote


def test_a_wire_dateline_is_not_part_of_the_claim() -> None:
    from .helpers import claims, find

    # Reuters, China trade 2009: the quote keeps the copy as written
    result = claims(
        "BEIJING, Feb 11 (Reuters) - China's exports fell 17.5 percent in January from a year "
        "earlier.\n\nThe resulting trade surplus was $39.11 billion.",
        "en",
    )
    exports = find(result, "17.5")
    assert exports.text.startswith("China's exports fell 17.5 percent")
    assert exports.quote.startswith("BEIJING")
    # AFP on a line of its own; IANS with a colon
    result = claims(
        "GUWAHATI, India (AFP) Oct 11, 2004\nRescuers recovered another five bodies Monday.",
        "en",
    )
    assert find(result, "five bodies").quote.startswith("Rescuers recovered")
    assert not any(c.text.startswith("GUWAHATI") for c in result)
    result = claims(
        "Mumbai, Aug 3 (IANS): Telecom major Bharti Airtel reported a 25.8 percent fall in "
        "its net profit.",
        "en",
    )
    assert find(result, "25.8").text.startswith("Telecom major Bharti Airtel")
