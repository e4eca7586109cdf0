"""Deck conventions of the slide layout met in a deck exported with form feeds (wave 3).

The decks are made up for the test; they follow the conventions of such an export: every slide
opens with a form feed and ends with a footer line and a "n / N" slide counter; participants are
listed in comma lists under sector headings, wrapped at soft wraps (the trailing space the export
keeps before a wrap).
"""

from __future__ import annotations

from loader.document import paginate
from loader.layouts.slides import SlidesLayout
from loader.model import Document, Line, Mention


def _read(text: str) -> list[Mention]:
    lines = tuple(Line(n, t) for n, t in enumerate(text.split("\n"), start=1))
    return SlidesLayout().extract(paginate(Document(report="deck", lines=lines)))


_FOOT = "Region Exempel | Satsning för unga 2040"

_PARTICIPANTS = "\n".join(
    [
        "Satsning för unga i Exempellän",  # 1
        "Region Exempel och länets kommuner",  # 2
        _FOOT,  # 3
        "1 / 4",  # 4
        "\fVilka deltar idag?",  # 5
        "Kommuner",  # 6
        "Ankeby kommun, Brunnsby Stad, Dalby kommun, ",  # 7
        "Eksjö kommun, Fallby stad",  # 8
        "Region",  # 9
        "Region Exempel, Barn- och ungdomspsykiatrin ",  # 10
        "Norra Exempel, Vårdcentralen Torget",  # 11
        "Myndigheter",  # 12
        "Länsstyrelsen Exempellän, Polisregion Nord",  # 13
        "Civilsamhälle",  # 14
        "Föreningen Stödlinjen, Ungdomsjouren, Hjälpen Nord",  # 15
        _FOOT,  # 16
        "2 / 4",  # 17
        "\fTack!",  # 18
        "www.exempel.se/satsning",  # 19
        _FOOT,  # 20
        "3 / 4",  # 21
        "\fKontakt",  # 22
        "satsning@exempel.se",  # 23
        _FOOT,  # 24
        "4 / 4",  # 25
    ]
)


def test_slide_counter_and_footer_are_no_names() -> None:
    names = {m.name for m in _read(_PARTICIPANTS)}
    # Lines 3, 16, 20, 24: the footer; lines 4, 17, 21, 25: the counter.
    assert _FOOT not in names
    assert not any("/ 4" in n for n in names)


def test_comma_lists_of_participants_are_split() -> None:
    actors = {(m.source.line, m.name) for m in _read(_PARTICIPANTS) if m.kind == "actor"}
    # Lines 7-8: a comma list wrapped after a comma.
    assert {(7, "Ankeby kommun"), (7, "Dalby kommun"), (8, "Eksjö kommun"), (8, "Fallby stad")} <= actors
    # Lines 10-11: a soft wrap without a comma breaks a name.
    assert (10, "Barn- och ungdomspsykiatrin Norra Exempel") in actors
    assert (11, "Vårdcentralen Torget") in actors
    # Line 13: one comma on a slide of comma lists parts two organisations.
    assert {(13, "Länsstyrelsen Exempellän"), (13, "Polisregion Nord")} <= actors
    assert (15, "Ungdomsjouren") in actors


def test_one_name_to_a_line_keeps_its_unit() -> None:
    deck = "\n".join(
        [
            "Satsning för unga",
            "",
            "Organisationer som deltar",
            "",
            "Myndigheter",
            "",
            "Polisen, lokalpolisområde Exempelby",
            "",
            "Länsstyrelsen Exempellän",
            "",
            "Civilsamhälle",
            "",
            "Svenska kyrkan, Exempelby stift",
            "",
            "Föreningen Stödlinjen",
        ]
    )
    actors = {m.name for m in _read(deck) if m.kind == "actor"}
    # Lines 7 and 13: one comma on a one-to-a-line list parts an organisation from its unit.
    assert "Polisen, lokalpolisområde Exempelby" in actors
    assert "Svenska kyrkan, Exempelby stift" in actors


_ITEMS = "\n".join(
    [
        "Stöd vi bygger på",  # 1
        "● Lugnt läge – vägledning för första linjen för ",  # 2
        "unga vuxna (SKR 2040)",  # 3
        "● Prata i skolan ",  # 4
        "– webbutbildning för kuratorer och skolsköterskor",  # 5
        "● Min vardag (webbplats för unga ",  # 6
        "16–25 år, Region Exempel)",  # 7
        "● Skolplanen – en mall för EHT",  # 8
        "Skolplanen är en mall som elevhälsoteamen använder.",  # 9
        "● Snabb kontakt ",  # 10
        "– inom fem dagar",  # 11
    ]
)


def test_publisher_and_year_in_brackets_end_a_title() -> None:
    found = _read(_ITEMS)
    # Lines 2-3: "(SKR 2040)" is the publisher and year, no name.
    assert "SKR 2040" not in {m.name for m in found}
    guide = next(m for m in found if m.name.startswith("Lugnt läge"))
    assert guide.name == "Lugnt läge – vägledning för första linjen för unga vuxna"
    assert guide.kind == "resource"


def test_dash_sub_line_says_what_the_item_is() -> None:
    found = {m.name: m for m in _read(_ITEMS)}
    # Lines 4-5: the sub-line names the item's kind (webbutbildning).
    assert found["Prata i skolan"].kind == "resource"
    assert found["Prata i skolan"].forms == ("webbutbildning",)
    # Lines 10-11: a sub-line that names no kind makes no item.
    assert "Snabb kontakt" not in found


def test_bracket_says_what_the_item_is() -> None:
    found = {m.name: m for m in _read(_ITEMS)}
    # Lines 6-7: the bracket, wrapped onto the next line, opens with the kind noun.
    assert found["Min vardag"].forms == ("webbplats",)


def test_article_noun_for_apposition() -> None:
    found = {m.name: m for m in _read(_ITEMS)}
    # Line 8: "– en mall för EHT" is a noun phrase saying what the item is and for whom.
    assert found["Skolplanen – en mall för EHT"].kind == "resource"
    assert not any(m.kind == "actor" and m.name == "Skolplanen" for m in found.values())


_EVENTS = "\n".join(
    [
        "Satsning för unga i Exempellän",  # 1
        "Regiondag 3 maj 2040, Ankeby",  # 2
        "Region Exempel och länets kommuner",  # 3
        "\fPiloten: Ungdomsdörren Ankeby",  # 4
        "Start: januari 2040",  # 5
        "Vilka: Ankeby kommun, ungdomsmottagningen ",  # 6
        "och Vårdcentralen Torget",  # 7
        "\fKalender 2040",  # 8
        "● 12 november: Ungdomsrösten 2040, Dalby",  # 9
        "● 4 juni: Workshop Närvaro",  # 10
        "● 9 oktober: Länskonferens Unga i Nord 2040, Ankeby",  # 11
        "● 1 december: Rapporten Läget 2040",  # 12
    ]
)


def test_title_slide_names_its_occasion() -> None:
    found = _read(_EVENTS)
    # Line 2: "<Occasion> <date>, <Place>" on the title slide.
    day = next(m for m in found if m.kind == "event" and m.source.line == 2)
    assert (day.name, day.alt_names, day.start, day.location) == (
        "Regiondag 3 maj 2040",
        ("Regiondag",),
        "2040-05-03",
        "Ankeby",
    )


def test_place_on_the_title_slide_is_no_occasion() -> None:
    found = _read("\n".join(["Satsning för unga", "Ankeby 3 maj 2040", "Region Exempel"]))
    assert not any(m.kind == "event" for m in found)


def test_calendar_edition_names_an_event_and_drops_its_place() -> None:
    events = {m.name: m for m in _read(_EVENTS) if m.kind == "event"}
    # Line 9: a name with its year is an edition of an occasion; ", Dalby" is where.
    assert events["Ungdomsrösten 2040"].location == "Dalby"
    # Line 11: the place after a comma is no part of the name.
    assert "Länskonferens Unga i Nord 2040" in events
    # Line 12: a kind noun of a thing (rapport) names no event.
    assert "Rapporten Läget 2040" not in events


def test_who_line_lists_organisations() -> None:
    actors = {m.name for m in _read(_EVENTS) if m.kind == "actor"}
    # Lines 6-7: capitalised names are organisations; "ungdomsmottagningen" is a kind of service.
    assert {"Ankeby kommun", "Vårdcentralen Torget"} <= actors
    assert "ungdomsmottagningen" not in actors


_SUPPORT = "\n".join(
    [
        "Stöd till föräldrar",  # 1
        "● Föräldrar i Nord",  # 2
        "Ett gruppstöd i fyra träffar för föräldrar ",  # 3
        "till barn 13–17 år.",  # 4
        "● Snabb hjälp",  # 5
        "Vi svarar inom en vecka.",  # 6
        "\fKalender 2040",  # 7
        "● 22 april: Webbinarium Dörren – så började vi",  # 8
        "● 4 juni: Workshop Närvaro",  # 9
        "● Föräldrakvällar i Nord: varannan tisdag",  # 10
        "● Rapporten Läget: under hösten",  # 11
    ]
)


def test_line_below_an_item_says_what_it_is_for_whom() -> None:
    found = {m.name: m for m in _read(_SUPPORT)}
    # Lines 2-4: an indefinite noun phrase for someone defines the item above it.
    assert found["Föräldrar i Nord"].kind == "resource"
    # Lines 5-6: a sentence below is no definition.
    assert "Snabb hjälp" not in found


def test_calendar_item_named_before_its_time() -> None:
    events = {m.name for m in _read(_SUPPORT) if m.kind == "event"}
    # Line 10: on a calendar slide of dated events, "<Name>: <when>" is an occasion too.
    assert "Föräldrakvällar i Nord" in events
    # Line 11: a thing's kind noun (rapport) names no occasion.
    assert "Rapporten Läget" not in events
