"""Agreements named by a title noun, a series told by its subject, and phrases that name no new one.

Sentences from the tuned set blind7 (file and line cited on each case).
"""

from __future__ import annotations

from loader.agreements import extract
from loader.model import Document, Line, Mention


def _agreements(*lines: str) -> list[Mention]:
    return extract(Document("2031-rapport", tuple(Line(i + 1, t) for i, t in enumerate(lines))))


def test_a_title_noun_with_a_name_and_period_names_an_agreement() -> None:
    # blind7 2030-kraftsamling-psykisk-halsa-unga-skaraborg.txt:129 and 2031-handlingsplan-…-sjuharad.txt:9
    found = _agreements(
        "Avsiktsförklaring Unga i Skaraborg 2030–2033 mellan Skaraborgs kommunalförbund och regionen.",
        "Samverkan regleras i Samverkansöverenskommelse om barn och unga i Sjuhärad 2030–2033 (dnr BHS 2029/0412).",
    )
    names = {m.name: m.years for m in found}
    assert names["Avsiktsförklaring Unga i Skaraborg 2030–2033"] == (2030, 2031, 2032, 2033)
    assert "Samverkansöverenskommelse om barn och unga i Sjuhärad 2030–2033" in names


def test_a_series_since_a_year_with_its_parties_named_before_the_verb() -> None:
    # blind7 2031-slutrapport-2030-riktade-insatser-psykisk-halsa.txt:8
    found = _agreements(
        "Sedan 2008 har regeringen och Sveriges Kommuner och Regioner (SKR) kommit överens om stöd till kommunerna."
    )
    assert [(m.name, m.start, m.end) for m in found] == [("Överenskommelser sedan 2008", "2008", None)]


def test_since_a_year_after_a_singular_agreement_is_no_period() -> None:
    # blind7 2031-insatser-psykisk-halsa-suicidprevention-2030.txt:3-5
    found = _agreements("År 2030 var det första året med en tvåårig överenskommelse mellan staten och SKR sedan 2028.")
    assert not [m for m in found if m.start == "2028"], [m.name for m in found]


def test_a_plural_chapter_title_is_the_agreement_of_the_same_period() -> None:
    # blind7 2031-insatser-psykisk-halsa-suicidprevention-2030.txt:43 and 47-49
    found = _agreements(
        "1 Överenskommelserna 2030–2031",
        "",
        "I december 2029 tecknades Överenskommelsen om insatser inom området psykisk hälsa och suicidprevention "
        "2030–2031 med en ram på drygt 2,1 miljarder kronor per år.",
    )
    assert len(found) == 1, [m.name for m in found]
    assert "Överenskommelserna 2030–2031" in found[0].alt_names


def test_a_special_agreement_in_apposition_is_the_one_it_names() -> None:
    # blind7 2031-slutrapport-2030-riktade-insatser-psykisk-halsa.txt:36
    found = _agreements(
        "För arbetet med sjukskrivning finns en särskild överenskommelse, Överenskommelsen om en effektiv och "
        "kvalitetssäker sjukskrivnings- och rehabiliteringsprocess 2030."
    )
    assert [m.name for m in found] == [
        "Överenskommelsen om en effektiv och kvalitetssäker sjukskrivnings- och rehabiliteringsprocess 2030"
    ]
