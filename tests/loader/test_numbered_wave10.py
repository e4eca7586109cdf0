"""Running text of numbered reports, wave 10: conventions seen in blind18's annual report and in earlier sets.

- A title whose dash subtitle opens with an adjective before the form noun: "Stödtrappan – elevhälsobaserad
  modell för första linjen har spridits" (blind18 annual 93; the same subtitle shape in blind/2024-inventering
  159 "Anhörigguiden – digital guide", blind3 inventory 35 "Föräldrasteget – webbaserat föräldraskapsstöd",
  blind13 deck 151 "Klassrumsro – främjande program").
- SKR's subtitle "– stöd för/till …" names a support material: blind11 annual 130 "Samsjuklighetsguiden – stöd
  för samordnade insatser gavs ut", blind15 final 60 "Ledfyren – stöd för första linjens bedömningssamtal är",
  blind18 annual 181 "Eftersken – stöd till efterlevande efter suicid uppdaterades".
- The predicate that ends a subject title may be a strong verb's past ("kom i en tredje version", blind18
  annual 153) or a passive supine ("har spridits").
- A body table of events dated by day and month only ("14 sept", blind18 annual 113-119; blind15 annual 90-93
  "5 februari" under a heading with a year) lists held events.
The titles below are made up.
"""

from __future__ import annotations

import pytest

from loader.lexicon import Lexicon
from loader.model import Document, Line
from loader.named_things import _dash_titles, _tokens, cue_lookup
from loader.tables import read_body_tables

CUES = cue_lookup(Lexicon.from_dir())


def _titles(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.code) for f in _dash_titles(text, _tokens(text), CUES)]


@pytest.mark.parametrize(
    ("text", "title", "code"),
    [
        (
            "Solbacken – skolbaserad modell för lågstadiet har spridits till nio kommuner.",
            "Solbacken – skolbaserad modell för lågstadiet",
            "modell",
        ),
        (
            "I maj publicerades Vägvisaren – digital guide för nyanlända, som riktar sig till skolor.",
            "Vägvisaren – digital guide för nyanlända",
            "guide",
        ),
        ("Lyktan – stöd för föräldrar i kris togs fram 2070.", "Lyktan – stöd för föräldrar i kris", ""),
        (
            "Ljusbäraren – stöd till anhöriga efter suicid uppdaterades 2071 med ett nytt avsnitt.",
            "Ljusbäraren – stöd till anhöriga efter suicid",
            "",
        ),
        (
            "Ankaret – modell för stegvis vård kom i en andra version 2070.",
            "Ankaret – modell för stegvis vård",
            "modell",
        ),
    ],
)
def test_dash_subtitled_subjects(text: str, title: str, code: str) -> None:
    assert (title, code) in _titles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Arbetet – stöd från staten – pågår.",  # "stöd från": no subtitle of a support material
        "Kommunerna – viktiga aktörer i arbetet – deltog.",  # an adjective before no form noun
    ],
)
def test_no_dash_title(text: str) -> None:
    assert _titles(text) == []


def _doc(text: str) -> Document:
    return Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


@pytest.mark.parametrize("dates", [("3 mars", "8 april"), ("12 okt", "2 dec")])
def test_day_month_table_rows_are_events(dates: tuple[str, str]) -> None:
    text = (
        "2.2 Skolan\n\nUnder hösten hölls två webbinarier:\n\n"
        "Datum\tWebbinarium\tDeltagare\n"
        f"{dates[0]}\tVägen tillbaka till skolan\t300\n{dates[1]}\tOro i klassrummet\t200\n"
    )
    names = {m.name for m in read_body_tables(_doc(text)) if m.kind == "event"}
    assert names == {"Vägen tillbaka till skolan", "Oro i klassrummet"}


def test_undated_activity_rows_are_no_events() -> None:
    # negative case: a plan's rows of planned work with no date and no event noun stay out
    text = (
        "Aktiviteter\n\nNär\tAktivitet\tAnsvarig\n"
        "Hösten 2070\tTa fram en checklista\tKansliet\nVåren 2071\tRevidera planen\tKansliet\n"
    )
    assert [m.name for m in read_body_tables(_doc(text)) if m.kind == "event"] == []


# A present tense before a capitalised title is the sentence's verb: blind11 plan 68 "Medarbetarna använder
# Lotsboken – stöd för …", blind18 plan "Vårdcentralerna och ungdomsmottagningarna använder Vindskyddet – …".
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Skolorna använder Ledstången – vägledning för elevhälsan i sitt arbete.",
            "Ledstången – vägledning för elevhälsan",
        ),
        (
            "Kuratorerna och sköterskorna prövar Ankaret – modell för korta samtal under våren.",
            "Ankaret – modell för korta samtal",
        ),
    ],
)
def test_title_starts_after_the_verb(text: str, title: str) -> None:
    names = [name for name, _ in _titles(text)]
    assert len(names) == 1 and names[0].startswith(title)  # the guard is about where the title starts


def _numbered(text: str) -> dict[str, object]:
    from loader.layouts.numbered_report import NumberedReportLayout

    doc = _doc(text)
    return {m.name: m for m in NumberedReportLayout().extract(doc) if m.kind == "resource"}


# blind18 annual 135-143: "Till projektet hör filmserien Röster från Vårdträdet (2067), där …:" then "◦ Röster från
# Vårdträdet – Amira" … : every item repeats the series' title before a dash (blind13 final 108-112 and blind13
# annual 175-177 name parts "Livlinan 1 – …", "Livlinan 4 – …" under the series the same way, numbered).
@pytest.mark.parametrize("glyph", ["◦", "–"])
def test_series_named_by_its_parts(glyph: str) -> None:
    text = (
        "Rapport 2070\n\nInnehåll\n\n1 Inledning\t2\n2 Unga\t3\n\n1 Inledning\n\nText om året.\n\n2 Unga\n\n"
        "Till satsningen hör filmserien Ljus över Ån (2070), där unga berättar om sin vardag:\n\n"
        f"{glyph} Ljus över Ån – Sara\n\n{glyph} Ljus över Ån – Omar\n\n{glyph} Ljus över Ån – Lea och Bo\n\n"
        "Filmerna visas i skolor.\n"
    )
    found = _numbered(text)
    assert {"Ljus över Ån", "Ljus över Ån – Sara", "Ljus över Ån – Omar", "Ljus över Ån – Lea och Bo"} <= set(found)
    assert "Ljus" not in found


def test_items_with_other_titles_are_no_series() -> None:
    # negative case: items that do not share one title before the dash name no series
    text = (
        "Rapport 2070\n\nInnehåll\n\n1 Inledning\t2\n2 Unga\t3\n\n1 Inledning\n\nText om året.\n\n2 Unga\n\n"
        "Under året togs flera material fram, som sprids i skolor:\n\n"
        "◦ Ljus över Ån – Sara\n\n◦ Mörkret – en film\n\nFilmerna visas i skolor.\n"
    )
    assert "Ljus över Ån" not in _numbered(text)


# "<Name> [i <ort>] – pilot [i <ort>] [year]" names a trial (an initiative): dev final 293, blind11 deck 164
# "Älvdalsmodellen – pilot i Övertorneå 2038", blind16 deck 90 "Stigen – pilot i Aneby", blind17 deck 89
# "Bojen i Gamleby – pilot 2061", blind18 final 87 "Kvarnhjulet i Karlsborg – pilot 2065 startade …".
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ankaret i Lund – pilot 2071 startade i mars på två skolor.", "Ankaret i Lund – pilot 2071"),
        ("Under hösten inleddes Bryggan – pilot i Höör 2070, som omfattar tre skolor.", "Bryggan – pilot i Höör 2070"),
    ],
)
def test_pilot_subtitle_names_an_initiative(text: str, name: str) -> None:
    found = [(f.kind, f.name) for f in _dash_titles(text, _tokens(text), CUES)]
    assert ("initiative", name) in found


def test_pilot_as_a_plain_noun_names_nothing() -> None:
    # negative case: "– pilotens resultat …" is no "– pilot <year/place>" subtitle
    text = "Ankaret – piloten i kommunen visade goda resultat."
    assert not [f for f in _dash_titles(text, _tokens(text), CUES) if f.kind == "initiative"]


def _days(text: str) -> list[str]:
    from loader.named_things import _named_days

    return [f.name for f in _named_days(text, _tokens(text), CUES)]


# A capitalised adjective and an event noun inside a sentence name one holding: blind18 final 115 "arrangerades
# Suicidpreventiva dagen i Jönköping" (blind15 and blind18 annual write it with its year); blind18 annual 87 and
# final 59 "på Nationell konferens Första linjen 2067 i Umeå" (blind16 annual 98 "Konferensen Nationell konferens
# Första linjen 2058").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I maj hölls Psykiatriska dagen i Malmö med 300 deltagare.", "Psykiatriska dagen"),
        ("Resultaten visades på Nationell konferens Unga vuxna 2071 i Lund.", "Nationell konferens Unga vuxna 2071"),
        ("SKR medverkade på Nordisk konferens Trygg skola 2070 i Växjö.", "Nordisk konferens Trygg skola 2070"),
    ],
)
def test_capitalised_adjective_and_event_noun(text: str, name: str) -> None:
    assert name in _days(text)


def test_sentence_first_adjective_is_no_name() -> None:
    # negative case: at a sentence's start the capital says nothing
    assert _days("Nationella dagen var en framgång för alla.") == []


def test_pilot_heading_without_year_or_place_is_no_initiative() -> None:
    # negative case: dev final 293, the heading "Elevhälsobaserad modell för första linjen – pilot" titles a
    # section about the model's trial; only "– pilot <year>" / "– pilot i <place>" names one trial
    text = "Trappmodell för skolan – pilot"
    assert not [f for f in _dash_titles(text, _tokens(text), CUES) if f.kind == "initiative"]


def test_adjective_before_a_plural_form_noun_is_no_title() -> None:
    # negative case: dev deck "Samlade erfarenheter ur ett nationellt perspektiv – elevhälsobaserade modeller"
    text = "Samlade lärdomar ur ett regionalt perspektiv – skolbaserade modeller"
    assert _titles(text) == []


# A present tense right after the subtitle's noun ends the subject title: blind10 final 84 "Rapporten Första
# linjen 2036 – en nulägesbeskrivning kartlägger bemanning", blind16 annual 107 "BUP-bilden 2058 – väntetider
# och vårdflöden i barn- och ungdomspsykiatrin kartlägger för femte gången …".
@pytest.mark.parametrize("verb", ["kartlägger", "beskriver"])
def test_present_tense_after_the_subtitle_ends_the_title(verb: str) -> None:
    from loader.layouts.numbered_extract import _dash_title

    words = f"Rapporten Skolläget 2070 – en lägesbild {verb} bemanning och väntetider i länet.".split()
    assert _dash_title(words, 1, named=True) == "Skolläget 2070 – en lägesbild"


def _running_events(text: str) -> set[str]:
    from loader.named_things import extract

    return {m.name for m in extract(_doc(text)) if m.kind == "event"}


# A counted series whose clause ends in a colon announces its members (a table or list follows): blind18 annual
# 111 "Under hösten genomfördes tre webbinarier om skolfrånvaro:" over a table of three webinars; blind16 annual
# 92 "▹ Tre webbinarier om första linjen hölls under hösten:" over another. The members are the events.
@pytest.mark.parametrize(
    "intro",
    ["Under våren hölls tre webbinarier om skolnärvaro:", "SKR arrangerade fyra seminarier om ensamhet hos äldre:"],
)
def test_announced_series_is_no_event(intro: str) -> None:
    assert not any(name.lower().startswith(("webbinarier", "seminarier")) for name in _running_events(intro))


def test_counted_series_in_a_sentence_stays() -> None:
    # negative case: a series the sentence closes keeps its reading (dev: "tre webbinarier om …" mentions)
    names = _running_events("Under året hölls tre webbinarier om psykisk hälsa i skolan med 900 deltagare.")
    assert any(name.startswith("Webbinarier om psykisk hälsa") for name in names)
