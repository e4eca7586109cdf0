"""Numbered reports, next editions (wave 8): conventions seen in blind14's and blind15's annual and final
reports (tests/fixtures/blind15/2054-slutrapport-2053-riktade-insatser-psykisk-halsa.txt,
2055-insatser-psykisk-halsa-suicidprevention-2054.txt, tests/fixtures/blind14/2051-insatser-…-2050.txt),
tested on made-up text in other wordings.
"""

from __future__ import annotations

import pytest

from loader.layouts.numbered_report import NumberedReportLayout
from loader.lexicon import Lexicon
from loader.model import Mention
from loader.named_things import extract, read_running_text
from tests.loader.helpers import text_document
from tests.loader.test_numbered_wave7 import FILLER, _report


def _read(text: str) -> tuple[dict[tuple[str, str], Mention], dict[tuple[str, str], Mention]]:
    """The numbered layout's mentions and those of the whole running-text stage after it."""
    doc = text_document(_report(text, *FILLER), "r")
    assert NumberedReportLayout().score(doc) >= 0.5
    layout = NumberedReportLayout().extract(doc)
    every = read_running_text(doc, layout, Lexicon.from_dir())
    return {(m.kind, m.name): m for m in layout}, {(m.kind, m.name): m for m in every}


def _names(found: dict[tuple[str, str], Mention], kind: str = "resource") -> set[str]:
    return {name for k, name in found if k == kind}


# blind15 final report 89: "Rapporten Färre bälten – erfarenheter från heldygnsvården 2053 sammanfattar
# arbetet i …"; 75: "Avsatsen – en modell för stegvis vård … i primärvården togs fram 2051 och …". A title
# is a noun phrase: the clause's verb ends it, a present tense before its object as a passive does.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Rapporten Tunna trådar – erfarenheter från elevhälsan 2040 beskriver arbetet i fem kommuner.",
            "Tunna trådar – erfarenheter från elevhälsan 2040",
        ),
        (
            "Skriften Lugna vatten – kunskap om oro hos äldre sammanfattar hur hemtjänsten arbetar.",
            "Lugna vatten – kunskap om oro hos äldre",
        ),
        (
            "Bryggan – en modell för samverkan kring unga i kommunen togs fram 2038 och prövas nu.",
            "Bryggan – en modell för samverkan kring unga i kommunen",
        ),
        (
            "Stegen – ett metodstöd för chefer i vården lanserades i maj 2039.",
            "Stegen – ett metodstöd för chefer i vården",
        ),
    ],
)
def test_the_predicate_ends_a_dash_title(sentence: str, title: str) -> None:
    _, every = _read(sentence)
    assert title in _names(every)
    assert not any(name.startswith(title) and name != title for name in _names(every))


def test_a_strong_passive_ends_a_dash_title() -> None:
    layout, _ = _read("Rapporten Vägen fram – en lägesbild 2040 beskrevs i förra årets rapport.")
    assert "Vägen fram – en lägesbild 2040" in _names(layout)


# blind15 final report 12 and footnote 117: "… med stöd av den tvååriga överenskommelsen ”Insatser inom
# området … 2053–2054”¹" and "¹ Insatser … 2053–2054 – överenskommelse mellan staten och Sveriges Kommuner
# och Regioner, dnr …": an agreement's title, quoted after its noun or given by a note that says it is an
# agreement, names no product.
@pytest.mark.parametrize(
    "text",
    [
        "Arbetet bedrevs med stöd av den ettåriga överenskommelsen ”Stöd till riktade insatser 2040”¹. "
        "Rapporten Vägen fram – en lägesbild 2040 kom ut i maj.\n\n_______________\n"
        "¹ Stöd till riktade insatser 2040 – överenskommelse mellan staten och Sveriges Kommuner och "
        "Regioner, dnr S2039/01234.",
        "SKR har fått medel för arbetet genom Insatser för barn och unga 2041². Arbetet fortsätter.\n\n"
        "_______________\n² Insatser för barn och unga 2041 – en överenskommelse mellan staten och SKR.",
    ],
)
def test_an_agreements_title_in_a_quote_or_note_is_no_product(text: str) -> None:
    layout, _ = _read(text)
    assert not any(name.startswith(("Stöd till riktade", "Insatser för barn")) for name in _names(layout))


# blind15 final report 73: "Kartläggningen är en uppföljning av Psykisk hälsa på vårdcentralen 2050.": the
# sentence's subject is a definite cue noun alone, which refers back to the thing named before it.
@pytest.mark.parametrize(
    "sentence",
    [
        "Rapporten Läget 2040 kom ut i maj. Rapporten är en uppföljning av förra årets kartläggning.",
        "Metodstödet Vägvisaren togs fram i fjol. Metodstödet är ett stöd för skolornas kuratorer.",
    ],
)
def test_a_definite_cue_noun_alone_before_a_copula_names_nothing(sentence: str) -> None:
    layout, every = _read(sentence)
    assert not ({"Rapporten", "Metodstödet"} & (_names(layout) | _names(every)))


# blind15 final report 89: "… sammanfattar arbetet i lärandenätverket Tryggare rum, där …": a compound
# network noun before a capitalised name says what the name is (as "nätverket X"); alone it names one.
@pytest.mark.parametrize(
    ("sentence", "network"),
    [
        ("Materialet togs fram i chefsnätverket Ledarkraft, där 40 chefer deltar.", "Ledarkraft"),
        ("Rapporten sammanfattar arbetet i kuratorsnätverket Samtalsrummet Norr.", "Samtalsrummet Norr"),
    ],
)
def test_a_compound_network_noun_before_a_name_is_its_type(sentence: str, network: str) -> None:
    found = {(m.kind, m.name) for m in extract(text_document(sentence, "r"), Lexicon.from_dir())}
    assert ("actor", network) in found
    assert not any(name.lower().endswith("nätverket") for kind, name in found if kind == "actor")


def test_a_compound_network_noun_alone_names_the_network() -> None:
    found = {(m.kind, m.name) for m in extract(text_document("Vi deltog i ambulansnätverket på SKR.", "r"))}
    assert ("actor", "Ambulansnätverket") in found


# blind15 annual report 155-157: "Filmserien Efter ett försök har kompletterats med en tredje film, Efter ett
# försök – för skolan, som …"; blind14 annual report 182-184: "… med en tredje film, Den som blir kvar, som
# …". After an indefinite head noun (an article, adjectives or an ordinal) the commas bound the title,
# which may open with a preposition or a pronoun and hold a relative clause; the series named first in the
# sentence stays the whole, not a short form of its part.
@pytest.mark.parametrize(
    ("sentence", "part", "whole"),
    [
        (
            "Filmserien Efter mörkret har kompletterats med en tredje film, Efter mörkret – för skolan, som riktar "
            "sig till lärare.",
            "Efter mörkret – för skolan",
            "Efter mörkret",
        ),
        (
            "Filmserien Livstråden fick under året en fjärde film, Den som väntar, som riktar sig till anhöriga.",
            "Den som väntar",
            "Livstråden",
        ),
        (
            "Filmserien Tyst vatten fick under året en ny animerad film, Om du undrar, som vänder sig till unga.",
            "Om du undrar",
            "Tyst vatten",
        ),
    ],
)
def test_a_title_bounded_by_commas_after_an_indefinite_head(sentence: str, part: str, whole: str) -> None:
    layout, _ = _read(sentence)
    assert {part, whole} <= _names(layout)


# blind15 annual report 146-147: "Under året togs även Ljusning fram, ett digitalt självhjälpsprogram vid …":
# a name between a split particle verb ("togs … fram") and an appositive with adjectives that says what it is.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Under året togs även Ljusglimt fram, ett digitalt självhjälpsprogram vid lindrig oro.", "Ljusglimt"),
        ("I maj gav SKR ut Vägvisare för unga, en praktisk illustrerad broschyr om skolan.", "Vägvisare för unga"),
    ],
)
def test_a_name_described_by_an_appositive_with_adjectives(sentence: str, name: str) -> None:
    layout, _ = _read(sentence)
    assert name in _names(layout)


# blind15 final report 60-63: "Ledfyren – stöd för första linjens bedömningssamtal är en ny vägledning för …
# Till vägledningen hör:" then "▪ Ledfyren – skattningsskala för första samtalet" and "▪ Ledfyren i
# praktiken – tre filmer om bedömningssamtalet". The subject before "är en (adjective) form noun" is a
# title with its dash subtitle; the parts clause refers back to it; a part titled by its whole's name and
# what it is keeps the whole title.
@pytest.mark.parametrize(
    ("intro", "glyph"),
    [
        ("Kompassen – stöd för första linjens samtal är en ny vägledning för personal. Till vägledningen hör:", "▪"),
        (
            "Kompassen – stöd för första linjens samtal är en digital vägledning. Vägledningen består av:",
            "•",
        ),
    ],
)
def test_parts_of_a_guide_titled_by_its_name(intro: str, glyph: str) -> None:
    text = f"""{intro}

{glyph} Kompassen – skattningsskala för första samtalet
{glyph} Kompassen i praktiken – tre filmer om samtalet

Kompassen har prövats i tre regioner."""
    layout, _ = _read(text)
    whole = "Kompassen – stöd för första linjens samtal"
    assert {whole, "Kompassen – skattningsskala för första samtalet"} <= _names(layout)
    assert "Kompassen" not in _names(layout)
    part = layout[("resource", "Kompassen i praktiken – tre filmer om samtalet")]
    assert [r.target_name for r in part.relations if r.relation == "part-of"] == [whole]


# blind15 annual report 169: "Under året genomfördes Suicidpreventiva dagen 2054 i Eskilstuna.": a
# capitalised adjective, the definite day noun and a year name one day held for a cause (an event).
@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Under året genomfördes Suicidpreventiva dagen 2040 i Luleå.", "Suicidpreventiva dagen 2040"),
        ("Nationella veckan 2041 hölls i maj med 300 deltagare.", "Nationella veckan 2041"),
    ],
)
def test_an_adjective_day_and_year_name_an_event(sentence: str, event: str) -> None:
    _, every = _read(sentence)
    assert event in _names(every, "event")


# blind14 annual report 113 and 139: "I juni 2050 publicerade SKR Första linjen 2050 – tio år av uppföljning3,
# som …" with the note "3 SKR (2050). Första linjen 2050 – tio år av uppföljning.": a note opening with an
# author and a year is a reference, whose title follows them, whatever cue noun stands before the marker.
@pytest.mark.parametrize(
    ("sentence", "note", "title"),
    [
        (
            "I juni 2040 publicerade SKR Första linjen 2040 – tio år av uppföljning1, som sammanfattar arbetet.",
            "1 SKR (2040). Första linjen 2040 – tio år av uppföljning.",
            "Första linjen 2040 – tio år av uppföljning",
        ),
        (
            "Under våren gav SKR ut Läget i skolan – en uppföljning av elevhälsan1, som beskriver hur det går.",
            "1 Sveriges Kommuner och Regioner (2041). Läget i skolan – en uppföljning av elevhälsan.",
            "Läget i skolan – en uppföljning av elevhälsan",
        ),
    ],
)
def test_a_reference_note_gives_the_title_after_its_author_and_year(sentence: str, note: str, title: str) -> None:
    layout, _ = _read(f"{sentence}\n\nRapporten visar att nästan alla har en ingång.\n\n___________\n\n{note}")
    assert title in _names(layout)
    assert not ({"SKR", "Sveriges Kommuner och Regioner"} & _names(layout))


# dev 2018 final report 321: "Collaborative Care modellen är en evidensbaserad samarbetsmodell …": the
# subject before "är en (adjective) form noun" names the thing; a definite type noun after the name is no
# part of it, and adjectives may stand before the form noun.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Stegvis Start modellen är en evidensbaserad samarbetsmodell för vårdcentraler.", "Stegvis Start"),
        ("Lugna Hamnen metoden är en beprövad och strukturerad modell för samtal.", None),
        ("Lugna Hamnen är en beprövad strukturerad modell för samtal med unga.", "Lugna Hamnen"),
    ],
)
def test_a_copula_subject_without_its_type_noun(sentence: str, name: str | None) -> None:
    layout, _ = _read(sentence)
    assert not any(n.endswith(("modellen", "metoden")) for n in _names(layout))
    if name:
        assert name in _names(layout)


# blind14 annual report 129-133: "Vägledningen för första linjens mottagningar, Dörröppnaren (2049), har
# under året översatts …" then "… som app, Dörröppnaren mobil, som …": a title in apposition after its cue
# noun and the noun's short complement; the bracketed year dates it.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Vägledningen för skolans kuratorer, Dörrvakten (2039), har under året översatts till arabiska. "
            "Dess formulär finns nu också som app, Dörrvakten mobil, som lanserades i maj.",
            "Dörrvakten",
        ),
        ("Metodstödet om samtal med unga, Lyssna först, har prövats i fem kommuner.", "Lyssna först"),
    ],
)
def test_a_title_in_apposition_after_a_complemented_cue_noun(sentence: str, name: str) -> None:
    layout, _ = _read(sentence)
    assert name in _names(layout)


# blind14 annual report 186-188: "Serien består nu av filmerna Säg ordet, Efter samta-" / "let och Den som
# blir kvar.": a list closing its sentence after a definite plural form noun; the separators bound each
# title, which may open with a preposition or pronoun.
@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "Serien består nu av filmerna Säg det, Efter mötet och Den som väntar.",
            {"Säg det", "Efter mötet", "Den som väntar"},
        ),
        ("Under året visades filmerna Om oss, Mitt i natten samt Vi som stannar.", {"Om oss", "Vi som stannar"}),
    ],
)
def test_a_list_of_titles_closing_the_sentence(sentence: str, titles: set[str]) -> None:
    layout, _ = _read(sentence)
    assert titles <= _names(layout)


# blind14 annual report 151-153: "Som fortsättning på webbutbildningen Samtal i elevhälsan lanserades Samtal i
# elevhälsan 2 – när elever skadar sig själva.": after a publishing verb (the clause inverted by a fronted
# adverbial) a title with a subtitle worded as a clause ("– när …", "– hur …") is the thing published.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Som fortsättning på webbutbildningen Samtal i skolan lanserades Samtal i skolan 2 – när elever "
            "skadar sig själva. Den ger kuratorer stöd.",
            "Samtal i skolan 2 – när elever skadar sig själva",
        ),
        (
            "I mars publicerades Vägen hem – hur unga tar sig tillbaka efter en kris, som riktar sig till föräldrar.",
            "Vägen hem – hur unga tar sig tillbaka efter en kris",
        ),
    ],
)
def test_a_clause_subtitled_title_after_a_publishing_verb(sentence: str, title: str) -> None:
    layout, _ = _read(sentence)
    assert title in _names(layout)


# blind15 final report 73: "Kartläggningen Psykisk hälsa på vårdcentralen 2053 beskriver … Kartläggningen är en
# uppföljning av Psykisk hälsa på vårdcentralen 2050.": a yearly product's title with another year is another
# edition, a product of its own, whatever words cite it.
@pytest.mark.parametrize(
    ("text", "editions"),
    [
        (
            "Kartläggningen Hälsan på vårdcentralen 2043 beskriver hur vårdcentraler tar emot vuxna. "
            "Kartläggningen är en uppföljning av Hälsan på vårdcentralen 2040.",
            {"Hälsan på vårdcentralen 2043", "Hälsan på vårdcentralen 2040"},
        ),
        (
            "Rapporten Skolan i siffror 2041 kom ut i maj. Den ersätter Skolan i siffror 2039 och 2040 års rapporter.",
            {"Skolan i siffror 2041", "Skolan i siffror 2039"},
        ),
    ],
)
def test_another_years_edition_of_a_yearly_title(text: str, editions: set[str]) -> None:
    layout, _ = _read(text)
    assert editions <= _names(layout)
    assert not any(name.endswith(("kom ut i maj", "2040 års rapporter")) for name in _names(layout))


# blind10 annual report 49-51 (gold: "Ungkompassen 18+" has no form): a quoted title extending a product's
# name by a qualifier is a version of it, a resource; its form is what its own text says, not the original's
# (reading guide, Scope: a child inherits year, maker, level, target group and audience, not form).
@pytest.mark.parametrize(
    ("text", "version"),
    [
        (
            "SKR har tagit fram webbverktyget ”Stegen” för personal. En version för unga vuxna, ”Stegen 18+”, "
            "är under utveckling.",
            "Stegen 18+",
        ),
        ("Appen ”Lugnet” har laddats ner 4 000 gånger. I höst kommer ”Lugnet 2.0”.", "Lugnet 2.0"),
    ],
)
def test_a_quoted_version_is_a_resource_without_its_originals_form(text: str, version: str) -> None:
    layout, _ = _read(text)
    assert layout[("resource", version)].forms == ()


# blind14 final report 47: "… deltog UPH i Nordiska mötet om psykisk hälsa 2049 i Tórshavn i september.": a
# capitalised adjective before a definite event noun opens one meeting's name, which runs over its
# complement to its year (the place after it is where it was held); without a year it names none.
@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        (
            "Som medlem i nätverket deltog UPH i Nordiska mötet om psykisk hälsa 2041 i Reykjavik i september.",
            "Nordiska mötet om psykisk hälsa 2041",
        ),
        (
            "SKR medverkade på Nationella konferensen för elevhälsa 2042 i Umeå med en workshop.",
            "Nationella konferensen för elevhälsa 2042",
        ),
        ("SKR medverkade också på Nationella konferensen i maj.", None),
    ],
)
def test_an_adjective_meeting_noun_and_year_name_an_event(sentence: str, event: str | None) -> None:
    _, every = _read(sentence)
    if event:
        assert event in _names(every, "event")
    else:
        assert not any(name.startswith("Nationella konferensen") for name in _names(every, "event"))


# blind14 annual report 129-133: the sentence naming the app "Dörröppnaren mobil" does not describe the guide
# "Dörröppnaren" (its launch year is the app's): a name inside another thing's longer name is that thing's.
@pytest.mark.parametrize(
    ("text", "short", "other"),
    [
        (
            "Vägledningen för skolans kuratorer, Dörrvakten (2039), har översatts till arabiska. Dess formulär "
            "finns nu också som app, Dörrvakten mobil, som lanserades i november 2040.",
            "Dörrvakten",
            "mobil",
        ),
        (
            "Rapporten Läget i skolan kom ut i maj. Under hösten kom även rapporten Läget i skolan för "
            "förskolan, som bygger på en enkät 2041.",
            "Läget i skolan",
            "enkät",
        ),
    ],
)
def test_a_longer_name_s_sentence_does_not_describe_the_shorter(text: str, short: str, other: str) -> None:
    layout, _ = _read(text)
    assert other not in layout[("resource", short)].description


# blind17 final report 60: "Hjärtvedsguiden – vägledning för första linjens samtal med unga 13–24 år togs fram
# 2061 …": an age range's glued dash inside the subtitle does not end it.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Ledaren – vägledning för samtal med unga 13–24 år togs fram 2061 med SKR.",
            "Ledaren – vägledning för samtal med unga 13–24 år",
        ),
        (
            "Ankaret – en modell för familjer med barn 0–6 år lanserades i maj.",
            "Ankaret – en modell för familjer med barn 0–6 år",
        ),
    ],
)
def test_a_range_inside_a_dash_subtitle(sentence: str, title: str) -> None:
    _, every = _read(sentence)
    assert title in _names(every)
