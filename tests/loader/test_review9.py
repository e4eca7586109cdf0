"""Fixes for findings of the code review of wave 8 (stop 26): each row is made-up text in two
wordings, the first of which the wave-8 code read wrongly."""

from __future__ import annotations

import pytest

from loader.enrich import _introduced_blanked


@pytest.mark.parametrize(
    "text",
    [
        "Kursen Ankaret har gått av 900. SKR tog fram en guide, Ljuset, som kom 2054. "
        "Den 10 september 2054 gick 300 chefer kursen.",
        "Kursen Ankaret har gått av 900. Nätverket gav ut filmen Ljuset 2054. "
        "Den 3 maj hölls en utbildningsdag om kursen.",
    ],
)
def test_a_sentence_opening_with_a_date_is_not_the_other_things(text: str) -> None:
    # "Den 10 september" opens a date, not a pronoun referring back to the last named thing
    assert "Den " in _introduced_blanked(text, ("Ankaret",))


@pytest.mark.parametrize(
    "text",
    [
        "Kursen Ankaret har gått av 900. SKR tog fram en guide, Ljuset, som kom 2054. Den riktar sig till chefer.",
        "Kursen Ankaret har gått av 900. SKR tog fram en guide, Ljuset, som kom 2054. Dess målgrupp är chefer.",
    ],
)
def test_a_pronoun_opening_still_refers_to_the_thing_introduced_last(text: str) -> None:
    assert "chefer" not in _introduced_blanked(text, ("Ankaret",))


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("Modellen består av två delar: en vägledning och ett formulär.", False),
        ("Metoden består av fyra avsnitt om samtal.", False),
        ("Filmserien består av tre filmer om oro.", True),
        ("Paketet består av två broschyrer.", True),
    ],
)
def test_parts_of_one_kind_are_a_series_components_are_not(text: str, series: bool) -> None:
    from loader.enrich import _SERIES_OF_PARTS

    assert bool(_SERIES_OF_PARTS.search(text)) is series


@pytest.mark.parametrize(
    ("word", "following"),
    [("föräldrar", "det"), ("insatser", "en"), ("familjer", "den")],
)
def test_a_plural_noun_before_a_time_adverbial_is_no_verb(word: str, following: str) -> None:
    # "stöd till nyblivna föräldrar det första året", "insatser en gång i månaden"
    from loader.layouts.numbered_words import verb_form

    assert not verb_form(word, following)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Träna med Mora Idrottsförening i vår.", "Mora Idrottsförening"),
        ("Samarbetet med Älvdalens skola och Särna Fotbollsförening fortsätter.", "Särna Fotbollsförening"),
    ],
)
def test_a_town_club_is_named_by_the_town_as_it_is(text: str, name: str) -> None:
    # Swedish sports clubs take the town's name in the nominative ("Mora Idrottsförening")
    from loader.actors import _organisation_names

    assert name in [text[a:b] for a, b in _organisation_names(text)]
