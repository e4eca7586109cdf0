"""Slide-deck conventions of a next edition (wave 5), on a made-up deck.

The deck leaves blank lines between all its lines and three after each slide title (a title is
a line the export indents by one space), as a deck exported with spaced paragraphs does. "§" is
the Symbol-font bullet glyph (see ``slide_decks``).
"""

from __future__ import annotations

from loader.layouts.slides import _activity_opening, _Deck
from loader.model import Document, Line
from loader.named_things import extract, sentences
from tests.loader.slide_decks import kinds_named, one_named, read_deck

_GAP = "\n\n\n\n"  # three blank lines: after a slide title, and between slides

_DECK = "\n\n".join(
    [
        "Psykisk hälsa i Ankeby",  # 1
        " Vilka är med?" + _GAP + "Kommuner",  # 3, 7
        "Ankeby kommun",  # 9
        "Ideella organisationer",  # 11
        "Exempelbygdens Ungdomsförbund – Esimerkkinuoret (EUF-E)",  # 13
        "Rädda Barnen" + _GAP,  # 15
        " Material från Ankeby" + _GAP + "§ Filmserien Solsken – fyra kortfilmer om sömn och oro",  # 21, 25
        "För barn 8–11 år (2036)",  # 27
        "§ Hör av dig – samtalsstöd för fritidsledare vid oro för ett barn 10–12 år",  # 29
        "§ Vågkraft – en digital kurs för föräldrar med barn 3–9 år, kostnadsfri." + _GAP,  # 31
        " ANKEBYMODELLEN" + _GAP + "Ankebymodellen",  # 37, 41
        "Ett gemensamt stöd i skolan",  # 43
        "En modell där skolan och regionen arbetar ",  # 45
        "tillsammans för barn och unga ",  # 47
        "7–16 år." + _GAP,  # 49
        " Ankebymodellen – pilot i Exempelby 2036" + _GAP + "Skola: Exempelby skola",  # 55, 59
        "Kustteamet = regionens mobila team för unga i länet" + _GAP,  # 61
        " Så är vi organiserade"  # 67
        + _GAP
        + "§ Ungdomsrådet Nuoret yhdessä (Unga tillsammans) – tio unga som granskar arbetet"  # 71
        + _GAP,
        " Nästa steg" + _GAP + "§ Sprida Ankebymodellen till Exempelby och Östby",  # 77, 81
        "§ Ny konferens hösten 2037",  # 83
    ]
)


def _read() -> dict[int, tuple[str, str]]:
    return {m.source.line: (m.kind, m.name) for m in read_deck(_DECK)}


def test_first_box_below_a_title_keeps_the_title_as_heading() -> None:
    """Line 25 is the first item of the slide titled at line 21, three blank lines below it; it is
    that slide's text, not a heading of its own (nor are items 29 and 31 under line 25)."""
    doc = Document("deck", tuple(Line(n, t) for n, t in enumerate(_DECK.split("\n"), start=1)))
    deck = _Deck(doc)
    at = {row.number: k for k, row in enumerate(deck.rows)}
    assert deck.headings[at[25]] == deck.headings[at[31]] == "Material från Ankeby"
    assert deck.headings[at[59]] == "Ankebymodellen – pilot i Exempelby 2036"


def test_participant_named_in_two_languages_with_its_abbreviation() -> None:
    """Line 13 (longer than a list line) is one organisation of the list; its bracketed
    abbreviation is another name of it, and the list goes on to line 15."""
    mentions = read_deck(_DECK)
    org = one_named(mentions, "Exempelbygdens Ungdomsförbund – Esimerkkinuoret")
    assert org.kind == "actor" and "EUF-E" in org.alt_names
    assert kinds_named(mentions, "Rädda Barnen") == ["actor"]


def test_counted_subtitle_is_no_part_of_the_name() -> None:
    """Line 25: "– fyra kortfilmer …" counts what the series holds; the series is "Solsken", of the
    year its box closes with (line 27)."""
    solsken = one_named(read_deck(_DECK), "Solsken")
    assert solsken.kind == "resource" and solsken.years == (2036,)


def test_counted_subtitle_ends_a_name_in_running_text() -> None:
    """The running-text reader stops a title at a dash before a count, not at an age range."""
    text = "Filmserien Solsken – fyra kortfilmer om sömn och oro."
    doc = Document("r", (Line(1, text),))
    assert [m.name for m in extract(doc, None, sentences(doc))] == ["Solsken"]


def test_dash_titles_of_common_words_and_full_stops() -> None:
    """Line 29 names a thing in common words, the apposition saying whom of what age it serves;
    line 31's apposition opens with its kind noun and closes with a full stop."""
    found = _read()
    assert found[29] == ("resource", "Hör av dig – samtalsstöd för fritidsledare vid oro för ett barn 10–12 år")
    assert found[31][0] == "resource" and found[31][1].startswith("Vågkraft – en digital kurs")


def test_caps_title_defined_below_by_its_own_noun() -> None:
    """Line 37's caps title, repeated at 41 and defined at 45 ("En modell där …") by the noun its
    name ends in, names a model; what the slide says of it (ages, line 49) is its text."""
    model = one_named(read_deck(_DECK), "Ankebymodellen")
    assert model.kind == "resource" and model.forms == ("modell",) and model.source.line == 37
    assert "7–16 år" in model.description


def test_pilot_of_a_named_model_is_an_initiative() -> None:
    """Line 55 titles a trial of the model: an initiative named by the whole title, related to
    the model, whose name it does not take."""
    pilot = one_named(read_deck(_DECK), "Ankebymodellen – pilot i Exempelby 2036")
    assert pilot.kind == "initiative" and "Ankebymodellen" not in pilot.alt_names
    assert ("resource", "Ankebymodellen") in {(r.target_kind, r.target_name) for r in pilot.relations}


def test_definition_line_names_a_team() -> None:
    """Line 61: "Kustteamet = regionens mobila team …" names a team (an actor)."""
    assert _read()[61] == ("actor", "Kustteamet")


def test_bracketed_translation_is_another_name() -> None:
    """Line 71: the name in brackets after the council's name translates it: one actor."""
    mentions = read_deck(_DECK)
    council = one_named(mentions, "Ungdomsrådet Nuoret yhdessä")
    assert "Unga tillsammans" in council.alt_names
    assert kinds_named(mentions, "Unga tillsammans") == []


def test_activity_step_is_no_resource() -> None:
    """Line 81 says what to do with the model (an infinitive and its object): nothing new."""
    assert 81 not in _read()
    assert _activity_opening(["Införa", "Ankebymodellen", "i", "Östby"])
    assert not _activity_opening(["Regionala", "Ankebymodellen"])


_OUTLINE = "\n".join(
    [
        "Satsning för unga i Exempeldalen",  # 1
        "\tRegion Exempel",  # 2
        "",  # 3
        "Spår 1: Främja",  # 4
        "\tFöräldrar som resurs",  # 5
        "\t\t– Tränare utbildas i KUL – Kraft Utan Lek",  # 6
        "\t\t– FRÅGA-5, ett kort frågeformulär om sömn för elever i årskurs 4–6",  # 7
        "\tUtbildning i Stöd till en vän (SAV) för fritidsledare",  # 8
        "\tFöreningen som mötesplats – SKR:s vägledning för idrottsföreningar",  # 9
        "",  # 10
        "Röster från unga",  # 11
        "\t”Jag vill bli lyssnad på.”",  # 12
        "\tBild: Ungdomsrådet vid sjön, augusti 2035",  # 13
        "\tKickoff i Exempelby, 3 maj 2036",  # 14
        "",  # 15
        "Nationellt stöd",  # 16
        "\tVägar vidare för unga vuxna – Socialstyrelsens vägledning (2035)",  # 17
        "\tMin egen väg – SKR:s stöd för samtal med unga (2034)",  # 18
    ]
)


def _outline() -> dict[int, tuple[str, str]]:
    return {m.source.line: (m.kind, m.name) for m in read_deck(_OUTLINE)}


def test_abbreviation_spelled_out_inside_an_item() -> None:
    """Line 6 names a programme by its abbreviation and the words it is made of."""
    assert _outline()[6] == ("resource", "KUL – Kraft Utan Lek")


def test_name_with_a_defining_apposition() -> None:
    """Line 7: "<Name>, ett kort frågeformulär om …" names a questionnaire."""
    mentions = read_deck(_OUTLINE)
    assert one_named(mentions, "FRÅGA-5").forms == ("formular",)


def test_kind_noun_over_a_name_with_its_abbreviation() -> None:
    """Line 8: a training in a named programme, the name closed by its abbreviation."""
    found = one_named(read_deck(_OUTLINE), "Stöd till en vän")
    assert found.kind == "resource" and "SAV" in found.alt_names


def test_organisation_shaped_title_with_a_kind_apposition() -> None:
    """Line 9: a guide whose title reads like an association's name ("Föreningen …")."""
    assert _outline()[9][0] == "resource"


def test_picture_caption_is_no_event() -> None:
    """Line 13 is a picture's caption ("Bild: …, augusti 2035"); line 14 a dated occasion."""
    found = _outline()
    assert 13 not in found or found[13][0] != "event"
    assert found.get(14, ("", ""))[0] == "event"


def test_owner_genitive_apposition_names_a_product() -> None:
    """Line 17: a long title before an owner's kind noun alone is a guide; line 18: an owner's
    support "för" someone is a thing of no stated form, named by the words before the dash."""
    mentions = read_deck(_OUTLINE)
    guide = one_named(mentions, "Vägar vidare för unga vuxna – Socialstyrelsens vägledning")
    assert guide.forms == ("guide",) and guide.years == (2035,)
    assert _outline()[18] == ("resource", "Min egen väg – SKR:s stöd för samtal med unga")


def test_two_common_nouns_are_no_name_and_apposition() -> None:
    """ "§ En telefon, en chatt" lists ways in; nothing is named."""
    deck = "\n".join([" Så funkar det", "", "§ En telefon, en chatt", "", "§ Svar inom en vecka"])
    assert [m.name for m in read_deck(deck) if m.kind == "resource"] == []
