"""Named days and weeks, and titles in apposition, in running text (``loader.named_things``).

Sentences are the ones the tuned sets print (file and line cited on each case).
"""

from __future__ import annotations

import pytest

from loader.model import Document, Line
from loader.named_things import extract


def _doc(*lines: str) -> Document:
    return Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))


def _named(*lines: str) -> set[tuple[str, str]]:
    return {(m.kind, m.name) for m in extract(_doc(*lines))}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # blind7 2031-handlingsplan-psykisk-halsa-sjuharad.txt:69
        ("Den 10 april 2031 hålls Sjuhäradsdagen om psykisk hälsa i Borås.", "Sjuhäradsdagen om psykisk hälsa"),
        # blind7 2031-insatser-psykisk-halsa-suicidprevention-2030.txt:112
        (
            "SKR presenterade erfarenheterna på Första linjen-dagen 2030 i Göteborg den 8 oktober.",
            "Första linjen-dagen 2030",
        ),
        # blind7 2030-kraftsamling-psykisk-halsa-unga-skaraborg.txt:139 (a slide bullet with its date)
        (" Länsdagen Unga i Skaraborg 14 november 2030", "Länsdagen Unga i Skaraborg"),
        # blind8 2033-insatser-psykisk-halsa-suicidprevention-2032.txt:136-137
        ("► Nationell dag för elevhälsochefer, 3 juni 2032 i Stockholm.", "Nationell dag för elevhälsochefer"),
        ("► Första linjen-dagarna 2032, 21–22 april i Göteborg.", "Första linjen-dagarna 2032"),
        # blind6 2030-slutrapport-2029-stod-till-kommuner-och-regioner.txt:83
        (
            "Dessutom har SKR deltagit i arbetsgruppen för Nationella elevhälsoveckan, som i år hade tema.",
            "Nationella elevhälsoveckan",
        ),
        # blind6 2030-insatser-psykisk-halsa-suicidprevention-2029.txt:208
        ("SKR deltog även med en monter på Socialchefsdagarna och på Vitalis.", "Socialchefsdagarna"),
        # blind5 2029-insatser-psykisk-halsa-suicidprevention-2028.txt:133
        (
            "Elevhälsodagen 2028 samlade 400 skolsköterskor, kuratorer och skolpsykologer i Malmö.",
            "Elevhälsodagen 2028",
        ),
    ],
)
def test_a_named_day_or_week_is_an_event(line: str, name: str) -> None:
    assert ("event", name) in _named(line)


def test_common_phrases_with_day_nouns_name_no_event() -> None:
    found = _named(
        "Under dagen träffades gruppen, och den träffas en dag i månaden.",
        "Idag arbetar vi vidare, och på torsdagen hölls ett möte.",
        "Väntetid till första bedömning på BUP (median) 48 dagar 30 dagar Antal suicid i länet 27.",
    )
    assert not {n for k, n in found if k == "event"}, found


def test_a_sentences_first_word_is_not_part_of_a_days_name() -> None:
    # blind5 2028-handlingsplan-psykisk-halsa-vastmanland.txt:131
    assert ("event", "SIP-dagen 2028") in _named("– Genomföra SIP-dagen 2028 den 6 november i Köping.")


@pytest.mark.parametrize(
    ("line", "kind", "name"),
    [
        # blind7 2031-inventering-stod-och-metoder-psykisk-halsa.txt:59
        (
            "UPH har också gett ut en kort skrift, Samtal vid köksbordet, om hur anhöriga kan stödja.",
            "resource",
            "Samtal vid köksbordet",
        ),
        # blind7 2031-insatser-psykisk-halsa-suicidprevention-2030.txt:188
        ("En sammanställning, Länen berättar 2030, publicerades i november 2030.", "resource", "Länen berättar 2030"),
        # blind8 2033-handlingsplan-psykisk-halsa-blekinge.txt:128
        (
            "En länsgemensam konferens, Blekingedagen för psykisk hälsa, hålls den 7 oktober.",
            "event",
            "Blekingedagen för psykisk hälsa",
        ),
        # blind7 2031-insatser-psykisk-halsa-suicidprevention-2030.txt:167
        (
            "Den digitala affischen Du är inte ensam, som riktar sig till unga 16–24 år, har spridits.",
            "resource",
            "Du är inte ensam",
        ),
    ],
)
def test_a_title_between_commas_or_with_a_verb_is_whole(line: str, kind: str, name: str) -> None:
    assert (kind, name) in _named(line)


def test_a_list_between_commas_is_no_title() -> None:
    found = _named("UPH gav ut en skrift, Sjöbo, Ystad och Lund deltog i arbetet.")
    assert not {n for _, n in found if n in ("Sjöbo", "Ystad")}, found
