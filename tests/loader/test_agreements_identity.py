"""One agreement however a report names it (loader/agreements.py): synthetic report sentences."""

from __future__ import annotations

from loader.agreements import extract
from loader.model import Document, Line


def _names(*lines: str) -> list[tuple[str, tuple[str, ...], tuple[int, ...]]]:
    doc = Document("2031-insatser-test-2030", tuple(Line(i, t) for i, t in enumerate(lines, start=1)))
    return sorted((m.name, m.alt_names, m.years) for m in extract(doc))


def test_a_compound_short_name_is_the_agreement_named_by_its_subject() -> None:
    found = _names(
        "Arbetet finansieras via Överenskommelsen om en trygg sjukskrivnings- och rehabiliteringsprocess 2030.",
        "",
        "Inom sjukskrivningsöverenskommelsen har regionerna fått stöd.",
    )
    assert len(found) == 1
    assert "Sjukskrivningsöverenskommelsen" in found[0][1]


def test_a_subject_followed_by_a_comma_is_the_same_subject() -> None:
    found = _names(
        "SKR tecknade en särskild överenskommelse om stöd till unga i HVB (dnr S2030/00001), som löper i tre år.",
        "",
        "2 SKR:s webbplats, Överenskommelse om stöd till unga i HVB, https://skr.se/hvb",
    )
    assert len(found) == 1


def test_a_footnote_digit_glued_to_the_end_year_keeps_the_period() -> None:
    found = _names(
        "För 2030 gällde Överenskommelsen om insatser inom området psykisk hälsa 2030–20311, som omfattade mycket."
    )
    assert found[0][0].endswith("2030–2031") and found[0][2] == (2030, 2031)


def test_the_agreement_for_one_year_of_a_two_year_agreement_is_that_agreement() -> None:
    found = _names(
        "Genom Överenskommelsen om insatser inom området psykisk hälsa 2030–2031 får länet medel.",
        "",
        "Tabell 1. Medel enligt överenskommelsen för 2031.",
    )
    assert len(found) == 1 and found[0][2] == (2030, 2031)


def test_a_subject_with_a_word_of_the_field_inside_another_is_its_own_agreement() -> None:
    # "psykisk funktionsnedsättning" is no "psykisk hälsa": the agreement on it is not the year's one.
    found = _names(
        "Genom Överenskommelsen om insatser inom området psykisk hälsa 2030–2031 får länet medel.",
        "",
        "Regionen och kommunerna har sedan 2019 en gemensam överenskommelse om samarbete kring personer "
        "med psykisk funktionsnedsättning.",
        "",
        "Modellen togs fram inom överenskommelsen om samarbete kring personer med psykisk funktionsnedsättning och",
        "används i två kommuner.",
    )
    assert len(found) == 2
    assert any(name.endswith("psykisk funktionsnedsättning") for name, _, _ in found)
