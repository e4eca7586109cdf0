"""Final-report conventions without tabs: space-aligned appendix tables, dashed page feet with a running
head, bracketed footnotes and a numbered product list with the form in square brackets.

The texts are written here in the shape tests/eval/blind8/README.md ("Layout variations", final report)
describes: "— 4 —" page feet followed by "SKR | Slutrapport 2032", "[1]" footnotes, Bilaga 1 as a
numbered list with "[faktablad]" and a wrapped entry, Bilaga 2 and 3 as space-aligned columns with a
row broken over two lines.
"""

from __future__ import annotations

from loader.document import artefact_lines, page_foot_lines
from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.layouts.numbered_report import NumberedReportLayout
from loader.layouts.numbered_segment import read_footnotes
from loader.model import Document, Line
from loader.tables import aligned_table

APPENDICES = """Bilaga 1 – Framtagna produkter 2032
Produkterna nedan har tagits fram under 2032. Formen anges
inom klammer.
 1. Guiden för glesbygd [guide]
 2. Ett metodstöd för skolsköterskor och skolkuratorer
    i högstadiet [metodstöd]
 3. Länsblad 2032 [faktablad]

                                   — 8 —
SKR | Slutrapport 2032
Bilaga 2 – Arrangemang
A. Konferenser som UPH arrangerat
Datum          Arrangemang                               Deltagare
2032-01-25     Webbinarium: Guiden i praktiken                 210
2032-10-26     Nationell dag för chefer – uppföljning          140
2032-11-16     Konferensen i hela landet 2032 (Umeå)           540

                                   — 9 —
SKR | Slutrapport 2032
Bilaga 3 – Organisationer som SKR samverkat med
Organisation                                  Område
Skolverket                                    Elevhälsosamtalet
Sveriges Skolkuratorers                       Samtal som bär
Förening
Nordiska ministerrådet/Nordens välfärdscenter  Nordiskt erfarenhetsutbyte
"""


def _doc(text: str) -> Document:
    return Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def test_dashed_page_feet_and_running_head_are_furniture() -> None:
    doc = _doc(APPENDICES)
    feet = {doc.lines[i].text.strip() for i in page_foot_lines(doc.lines)}
    assert feet == {"— 8 —", "— 9 —", "SKR | Slutrapport 2032"}
    assert page_foot_lines(doc.lines) <= artefact_lines(doc)


def test_space_aligned_rows_are_events_and_actors() -> None:
    found = AppendixTablesLayout().extract(_doc(APPENDICES))
    events = [(m.name, m.start) for m in found if m.kind == "event"]
    # each row its own event: the run of spaces ends the name before the participant count
    assert events == [
        ("Webbinarium: Guiden i praktiken", "2032-01-25"),
        ("Nationell dag för chefer – uppföljning", "2032-10-26"),
        ("Konferensen i hela landet 2032 (Umeå)", "2032-11-16"),
    ]
    actors = [m.name for m in found if m.kind == "actor"]
    # "Förening" on its own line starts at the first column: the name wrapped, not a new row
    assert actors == ["Skolverket", "Sveriges Skolkuratorers Förening", "Nordiska ministerrådet/Nordens välfärdscenter"]


def test_numbered_product_list_with_bracketed_forms() -> None:
    found = AppendixTablesLayout().extract(_doc(APPENDICES))
    products = [(m.name, m.forms, m.years) for m in found if m.kind == "resource"]
    assert products == [
        ("Guiden för glesbygd", ("guide",), (2032,)),
        ("Ett metodstöd för skolsköterskor och skolkuratorer i högstadiet", ("metodstod",), (2032,)),
        ("Länsblad 2032", ("broschyr",), (2032,)),  # faktablad is a label of broschyr
    ]


def test_aligned_table_needs_header_words() -> None:
    lines = [Line(1, "Vi träffades  i Umeå"), Line(2, "2032-01-25     Webbinarium")]
    assert aligned_table(lines, 0) is None


def test_bracket_footnote_is_a_note() -> None:
    lines = tuple(
        Line(i + 1, t)
        for i, t in enumerate(
            ["fördelades till kommuner och regioner [1]. I maj", "", "[1] Regeringsbeslut 2031-12-18."]
        )
    )
    notes, used = read_footnotes(lines, range(0, 3))
    assert 1 in notes and 2 in used


def test_page_feet_count_for_the_numbered_layout() -> None:
    body = ["Innehåll"] + [f"{n}  Rubrik {n} ........ {n + 2}" for n in range(1, 6)] + [""]
    for n in range(1, 6):
        body += [f"                   — {n + 2} —", "SKR | Slutrapport 2032", f"{n}  Rubrik {n}", "Text.", ""]
    with_feet = NumberedReportLayout().score(_doc("\n".join(body)))
    without = NumberedReportLayout().score(_doc("\n".join(ln for ln in body if "—" not in ln and "SKR" not in ln)))
    assert with_feet > without


def test_form_note_with_a_status_of_several_words() -> None:
    # blind7 final report, Bilaga 1: "SKR. Samsjuklighet – fördjupning (webbutbildning, uppdaterad version)"
    text = "Bilaga 1 Produkter 2030\n\nSKR. Samsjuklighet – fördjupning (webbutbildning, uppdaterad version)\n"
    found = AppendixTablesLayout().extract(_doc(text))
    assert [(m.name, m.forms) for m in found] == [("Samsjuklighet – fördjupning", ("webbutbildning",))]
