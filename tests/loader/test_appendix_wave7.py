"""Appendices and tables of numbered reports, recognised by what they hold (wave 7).

Conventions (blind13's final report, 2047-slutrapport-2046-…txt, shows each one; the tests run on
made-up appendices in at least two wordings): an event table is a header with a date column and a
name column, whatever its other columns are called (:175 "Datum<TAB>Arrangemang<TAB>Genomförande");
organisations one a line as "Name – area" under lettered or category group heads are actors (:205-222);
a reference list "SKR/UPH (2046): Title. [form]" names its publishers before the colon (:148-169); a
captioned table ("Tabell 1.", :84-88) names its column of names in its header; running feet ("SKR ·
Slutrapport 2046 · 9", :171) and the back cover, which repeats the front cover's title (:224-230), are
no entries.
"""

from __future__ import annotations

from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.model import Document, Line, Mention
from loader.tables import header_roles, read_body_tables

LAYOUT = AppendixTablesLayout()


def _doc(text: str) -> Document:
    return Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def _found(text: str) -> list[Mention]:
    return LAYOUT.extract(_doc(text))


# -- event tables: a date column and a name column, other columns of any name ------------------------


def test_event_table_with_a_column_the_vocabulary_does_not_know() -> None:
    # the header's third word is new ("Genomförande", as blind13 slutrapport:175); the rows are events
    found = _found(
        "Bilaga 2 Arrangemang i egen regi\n\n"
        "Datum\tArrangemang\tGenomförande\n"
        "2051-01-20\tNätverksträff Ebbe\tDigitalt\n"
        "2051-03-02 – 2051-03-03\tNationella Lotsdagarna\tLund"
    )
    assert [(m.kind, m.name, m.start, m.end) for m in found] == [
        ("event", "Nätverksträff Ebbe", "2051-01-20", None),
        ("event", "Nationella Lotsdagarna", "2051-03-02", "2051-03-03"),
    ]


def test_event_table_with_other_titles_and_column_order() -> None:
    # another wording: the name first, the date second, an unknown "Upplägg" column, another title
    found = _found(
        "Bilaga 2 Det här har vi gjort\n\n"
        "Namn\tUpplägg\tNär\n"
        "Webbinarium – Ankaret i skolan\tWebb\t2051-05-04\n"
        "Lärträff 2 för rektorer\tPå plats\t2051-09-14"
    )
    assert [(m.kind, m.name, m.start) for m in found] == [
        ("event", "Webbinarium – Ankaret i skolan", "2051-05-04"),
        ("event", "Lärträff 2 för rektorer", "2051-09-14"),
    ]


def test_event_table_aligned_by_spaces() -> None:
    # the same table exported with runs of spaces instead of tabs
    found = _found(
        "Bilaga 2 Arrangemang\n\n"
        "Datum        Arrangemang                 Genomförande\n"
        "2051-01-20   Nätverksträff Ebbe          Digitalt\n"
        "2051-02-11   Konferens Ankaret 2051      Umeå"
    )
    assert [(m.kind, m.name, m.start) for m in found] == [
        ("event", "Nätverksträff Ebbe", "2051-01-20"),
        ("event", "Konferens Ankaret 2051", "2051-02-11"),
    ]


def test_a_lenient_header_only_where_rows_start() -> None:
    # a data row with a new word is never a header in the middle of a table, and a row of names is none
    assert header_roles(["Datum", "Arrangemang", "Genomförande"]) is None
    assert header_roles(["Datum", "Arrangemang", "Genomförande"], opens=True) == ("date", "name", "")
    assert header_roles(["Region Dalarna", "Ankaret"], opens=True) is None
    assert header_roles(["Södertälje kommun", "Södertörnsmodellen"], opens=True) is None


# -- organisations one a line, "Name – area", under group heads -------------------------------------


def test_dashed_organisations_under_lettered_heads() -> None:
    found = _found(
        "Bilaga 3 Parter i dialog\n\n"
        "UPH har under året fört dialog med följande organisationer.\n\n"
        "A. Myndigheter\n"
        "Socialstyrelsen – statistik och uppföljning\n"
        "Statens beredning för medicinsk och\n"
        "social utvärdering (SBU) – kunskapsunderlag om tvång\n\n"
        "B. Civilsamhälle\n"
        "Bris – samtalsmaterial\n"
        "Prevent – arbetsmiljö"
    )
    assert [(m.kind, m.name, m.heading) for m in found] == [
        ("actor", "Socialstyrelsen", "A. Myndigheter"),
        ("actor", "Statens beredning för medicinsk och social utvärdering (SBU)", "A. Myndigheter"),
        ("actor", "Bris", "B. Civilsamhälle"),
        ("actor", "Prevent", "B. Civilsamhälle"),
    ]  # the lead sentence is no product
    assert dict(found[0].extra)["collaboration-area"] == "statistik och uppföljning"
    assert found[1].alt_names == ("Statens beredning för medicinsk och social utvärdering", "SBU")


def test_dashed_organisations_under_category_lines_in_one_paragraph() -> None:
    # another wording: unlettered category lines, no blank line between groups, an em dash
    found = _found(
        "Bilaga 4 Samverkan under 2051\n\n"
        "Myndigheter\n"
        "Skolverket — elevhälsa\n"
        "Folkhälsomyndigheten — suicidprevention\n"
        "Ideella organisationer\n"
        "Mind — stödlinjer"
    )
    assert [(m.kind, m.name, m.heading) for m in found] == [
        ("actor", "Skolverket", "Myndigheter"),
        ("actor", "Folkhälsomyndigheten", "Myndigheter"),
        ("actor", "Mind", "Ideella organisationer"),
    ]


def test_dashed_titles_are_no_organisations() -> None:
    # product titles "Title – subtitle" in an appendix not titled for organisations stay products
    found = _found("Bilaga 1 Material\n\nLotsboken – en bok om stöd\nVägen hem – en film om återgång")
    assert {m.kind for m in found} == {"resource"}


def test_organisation_lines_are_not_read_as_running_text() -> None:
    doc = _doc("Bilaga 3 Parter\n\nA. Myndigheter\nSkolverket – elevhälsa\nMind – forskningsöversikt om stöd")
    assert LAYOUT.listed_lines(doc) == frozenset({4, 5})


# -- reference-list producers -----------------------------------------------------------------------


def test_reference_list_entries_with_slashed_publishers_and_bracketed_years() -> None:
    found = _found(
        "Bilaga 1 Material som publicerats 2051\n\n"
        "SKR/UPH (2051): Ankaret – handbok för skolan. [handbok]\n"
        "<https://www.example.se/ankaret> – 2 500 ex\n"
        "SKR/UPH och Bris: Ebbe – bilderbok med handledning.\n"
        "SKR/UPH (2048, uppdaterad 2051): Pausen. [webbutbildning]\n"
        "Lunds universitet för SKR: Tvång i heldygnsvården – en forskningsöversikt."
    )
    got = {m.name: m for m in found}
    assert list(got) == [
        "Ankaret – handbok för skolan",
        "Ebbe – bilderbok med handledning",
        "Pausen",
        "Tvång i heldygnsvården – en forskningsöversikt",
    ]
    assert got["Ankaret – handbok för skolan"].forms == ("guide",)
    assert [a.name for a in got["Ebbe – bilderbok med handledning"].actors] == ["SKR", "UPH", "Bris"]
    assert got["Pausen"].years == (2048, 2051)  # made, updated; the heading's year is also the list's
    assert [a.name for a in got["Tvång i heldygnsvården – en forskningsöversikt"].actors] == ["Lunds universitet"]


def test_reference_list_in_another_wording() -> None:
    # the unit first, a year without brackets before the colon, a count note before the form note
    found = _found(
        "Bilaga 1 Publikationer 2051\n\n"
        "UPH/SKR 2051: Livbojen – fyra filmer om oro. [film]\n"
        "UPH/SKR och NASP: Filmserien Vågen (tre filmer). [film]"
    )
    assert [(m.name, m.forms, [a.name for a in m.actors]) for m in found] == [
        ("Livbojen – fyra filmer om oro", ("film",), ["UPH", "SKR"]),
        # wave 9: the definite head noun frames the title ("Filmserien Vågen" stays another name)
        ("Vågen", ("film",), ["UPH", "SKR", "NASP"]),
    ]
    assert "Filmserien Vågen" in found[1].alt_names


# -- page furniture and the back cover ----------------------------------------------------------------


def test_running_feet_with_middle_dots_are_no_entries() -> None:
    found = _found(
        "Rapport 2051\n\nText.\n\nUPH · Rapport 2051 · 8\n\n"
        "Bilaga 1 Material 2051\n\nSKR. Ankaret.\n\nUPH · Rapport 2051 · 9\n\nSKR. Pausen."
    )
    assert [m.name for m in found] == ["Ankaret", "Pausen"]


def test_back_cover_repeating_the_front_cover_title_over_blank_lines() -> None:
    text = (
        "SKR DNR 50/0001\n\nSlutrapport 2051\n\nINSATSER 2051\n\nFörord\n\nDet här är en lång rad med löpande text "
        "som beskriver rapporten och dess innehåll.\n\n"
        "Bilaga 3 Parter\n\nA. Myndigheter\nSkolverket – elevhälsa\nMind – stöd\n\n"
        "Slutrapport 2051\n\nRapporten beskriver arbetet under 2051.\n\nLäs mer på www.example.se\n\n"
        "© Sveriges Kommuner och Regioner, 2052"
    )
    assert [(m.kind, m.name) for m in _found(text)] == [("actor", "Skolverket"), ("actor", "Mind")]


# -- captioned tables in the body -------------------------------------------------------------------


def test_captioned_table_names_its_column_of_names() -> None:
    # "Material" names the column; "År" holds each row's year; the caption's span dates no row
    found = read_body_tables(
        _doc(
            "Text.\n\nTabell 1. Uppföljning av första linjen 2049–2051\n"
            "År\tMaterial\tRegioner som svarat\n2049\tLinjen 2049\t21\n2050\tLinjen 2050\t20"
        )
    )
    assert [(m.kind, m.name, m.years) for m in found] == [
        ("resource", "Linjen 2049", (2049,)),
        ("resource", "Linjen 2050", (2050,)),
    ]


def test_captioned_table_in_another_wording() -> None:
    # another caption, the name column first ("Titel"), counts after it
    found = read_body_tables(
        _doc("Tab. 2: Spridning av material\n\nTitel\tAntal kommuner\tAntal nedladdningar\nAnkaret\t120\t3 400")
    )
    assert [(m.kind, m.name, m.years) for m in found] == [("resource", "Ankaret", ())]


def test_an_uncaptioned_table_of_unknown_words_is_left_to_its_layout() -> None:
    # an inventory's list "Titel  År  Innehåll" under a sub-heading: its layout reads it, not the table reader
    found = read_body_tables(_doc("Forskningsöversikter\n\nTitel\tÅr\tInnehåll\nArbete och stress\t2049\tinsatser"))
    assert found == []


# -- a sixth edition's variations ---------------------------------------------------------------------


def test_a_product_list_lead_sentence_is_no_product() -> None:
    # the lead in a paragraph of its own, and glued to the entries with a colon
    for lead, gap in (("Under 2051 publicerade UPH följande material.", "\n\n"), ("Följande har tagits fram:", "\n")):
        found = _found(
            f"Bilaga 1 Material 2051\n\n{lead}{gap}SKR/UPH (2051): Ankaret. [handbok]\nSKR/UPH: Pausen (2049). [film]"
        )
        assert [(m.name, m.years) for m in found] == [("Ankaret", (2051,)), ("Pausen", (2049, 2051))], lead


def test_publishers_listed_with_commas() -> None:
    found = _found("Bilaga 1 Material\n\nSKR, UPH och Bris: Ebbe.\nSKR/UPH: Ankaret.")
    assert [[a.name for a in m.actors] for m in found] == [["SKR", "UPH", "Bris"], ["SKR", "UPH"]]


def test_a_dated_table_whose_title_column_has_a_new_name() -> None:
    # "Rubrik" is no header word: beside a date column, the first other text column holds the titles
    for header in ("Datum\tRubrik\tPlats", "Datum\tPlats\tProgrampunkt"):
        cells = header.split("\t")
        rows = {"Datum": "2051-01-02", "Plats": "Lund"}
        row = "\t".join(rows.get(c, "Konferens Ankaret") for c in cells)
        found = _found(f"Bilaga 2 Arrangemang\n\n{header}\n{row}")
        assert [(m.kind, m.name, m.start) for m in found] == [("event", "Konferens Ankaret", "2051-01-02")], header


def test_rows_printed_without_a_header() -> None:
    # a dated row makes an event table, an organisation's row an actor table; upper-case appendix titles
    found = _found(
        "BILAGA 2 ARRANGEMANG\n\n2051-03-02\tKonferens Ankaret\tLund\n2051-04-12\tWebbinarium om Ebbe\tDigitalt\n\n"
        "BILAGA 3 PARTER\n\nSkolverket\televhälsa\nFolkhälsomyndigheten\tsuicidprevention"
    )
    assert [(m.kind, m.name, m.start) for m in found] == [
        ("event", "Konferens Ankaret", "2051-03-02"),
        ("event", "Webbinarium om Ebbe", "2051-04-12"),
        ("actor", "Skolverket", None),
        ("actor", "Folkhälsomyndigheten", None),
    ]
    assert found[0].location == "Lund"


def test_dashed_organisations_with_a_plain_hyphen() -> None:
    found = _found("Bilaga 3 Parter i dialog\n\nA. Myndigheter\nSkolverket - elevhälsa\nMind - stödlinjer")
    assert [(m.kind, m.name, dict(m.extra)["collaboration-area"]) for m in found] == [
        ("actor", "Skolverket", "elevhälsa"),
        ("actor", "Mind", "stödlinjer"),
    ]
