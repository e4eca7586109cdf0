"""Inventory, next edition (wave 8): an entry closed by its field instead of a field line of its own.

blind15's inventory (tests/fixtures/blind15/2056-inventering-stodmaterial-och-metodstod.txt, line 13:
"varje post avslutas med en typangivelse") ends each entry with "Typ: …": alone on a line (23 "Typ:
manual"), after the last sentence (29 "… i Nacka kommun. Typ: lärarhandledning"), after a sub-item's
title (41 "· Ledfyren mobil (2054). Typ: app") or indented under a sub-item (147-149 "· Lokal
handlingsplan … (2054)." / "    Typ: checklista"). blind14's inventory (2052-inventering-…, line 71)
writes "– Samtal i elevhälsan 2 – när elever skadar sig själva (2050). Form: webbutbildning." under a
line ending "Fortsättning:". A field is no heading, and the field a line closes with is the entry's
(the sub-item's when indented under it). The names below are made up.
"""

from __future__ import annotations

import pytest

from loader.layouts.inventory import InventoryLayout
from loader.model import Mention
from tests.loader.helpers import text_document

TEXT = """Inventering av material 2060

Här redovisas materialen under fyra rubriker; varje post avslutas med en {label}angivelse.

 Del 1 – Skola

■ Vindrosen – samtalsstöd för skolkuratorer (2058)

Ett stöd i fyra steg för samtal med elever.

{label}: vägledning

■ Kartboken – handledning om oro i årskurs 4–6 (2059)

Lektioner om oro för mellanstadiet. {label}: metodstöd

 Del 2 – Första linjen

■ Lyktan – stöd för första linjens mottagningar (2057)

Vägledningen beskriver mottagningens första samtal med unga 13–24 år. {label}: vägledning

  · Lyktan – frågeformulär om mående (2057). {label}: formulär

  · Lyktan i mobilen (2058). {label}: app

■ Stegen – handbok för kommuner (2056)

Handbok om lokalt arbete. {label}: handbok

  · Stegen – checklista för kommuner (2057).

    {label}: checklista

■ Samtalet (2055)

Webbutbildning för elevhälsan. {label}: webbutbildning. Fortsättning:

  · Samtalet 2 – när eleven skadar sig själv (2056). {label}: webbutbildning.

UPH · Inventering 2060 · sida 2
"""


def _found(label: str) -> dict[str, Mention]:
    doc = text_document(TEXT.format(label=label), "r")
    return {m.name: m for m in InventoryLayout().extract(doc)}


@pytest.mark.parametrize("label", ["Typ", "Form"])
def test_field_lines_are_no_headings(label: str) -> None:
    found = _found(label)
    # "Typ: vägledning" alone on a line right above the next entry is the entry's field, no heading
    assert found["Kartboken – handledning om oro i årskurs 4–6"].heading == "Del 1 – Skola"
    assert found["Stegen – handbok för kommuner"].heading == "Del 2 – Första linjen"
    assert found["Vindrosen – samtalsstöd för skolkuratorer"].forms == ("guide",)


@pytest.mark.parametrize("label", ["Typ", "Form"])
def test_field_closing_a_text_line_gives_the_form(label: str) -> None:
    found = _found(label)
    assert found["Kartboken – handledning om oro i årskurs 4–6"].forms == ("metodstod",)


@pytest.mark.parametrize("label", ["Typ", "Form"])
def test_field_closing_a_sub_item_title_is_no_part_of_the_name(label: str) -> None:
    found = _found(label)
    form = found["Lyktan – frågeformulär om mående"]
    assert form.forms == ("formular",) and form.years == (2057,)
    assert found["Lyktan i mobilen"].forms == ("app",)
    # under a line that ends "Fortsättning:", a dated title closed by its field is a sub-item
    cont = found["Samtalet 2 – när eleven skadar sig själv"]
    assert cont.forms == ("webbutbildning",) and cont.years == (2056,)
    assert any(r.relation == "part-of" for r in cont.relations)


@pytest.mark.parametrize("label", ["Typ", "Form"])
def test_indented_field_under_a_sub_item_is_the_sub_items(label: str) -> None:
    found = _found(label)
    assert found["Stegen – checklista för kommuner"].forms == ("checklista",)
    assert found["Stegen – handbok för kommuner"].forms == ("guide",)


# -- part headings ----------------------------------------------------------------------------------
#
# blind15's inventory numbers its headings "Del 1 –" … "Del 12 –" (15, 75 "Del 4 – Elevhälsa", 189 "Del 11 –
# Utgångna material"); an entry ending in a field without a full stop ("Typ: metodstöd", 73) ran on into
# the heading, and the reader of running text read "Del 4 – Elevhälsa" as a title. A numbered part
# heading names a group of entries: the lines the layout reads as headings are no running text.

PARTS = """Inventering av material 2060

Materialen presenteras under tre rubriker.

 {word} 1 – Skola

■ Vindrosen – samtalsstöd för skolkuratorer (2058)

För chefer och personal i skolans elevhälsa. Typ: metodstöd

 {word} 2 – Äldre

■ Eken – utbildning för hemtjänsten (2057)

Framtagen tillsammans med Prevent och Skolverket. Typ: webbutbildning

 {word} 3 – Utgångna material

■ Ljuset (2050)

Webbplats för äldre. Stängdes 2056. Typ: webbplats
"""


@pytest.mark.parametrize("word", ["Del", "Avsnitt", "Kapitel"])
def test_part_headings_are_no_things_of_running_text(word: str) -> None:
    from loader.named_things import read_running_text
    from loader.pipeline import choose_layouts, extract_layouts
    from loader.tables import masked

    doc = text_document(PARTS.format(word=word), "r")
    layouts = [layout for layout, _ in choose_layouts(doc, fallback=True)]
    assert layouts and layouts[0].name == "inventory"
    found, _ = extract_layouts(doc, layouts)
    assert InventoryLayout().listed_lines(doc) == frozenset({5, 11, 17})
    read = read_running_text(masked(doc, InventoryLayout().listed_lines(doc)), found)
    names = {m.name for m in read}
    assert {"Vindrosen – samtalsstöd för skolkuratorer", "Eken – utbildning för hemtjänsten", "Ljuset"} <= names
    assert not any(name.startswith(word) for name in names)


# -- a heading's status and year --------------------------------------------------------------------
#
# blind15's inventory lists withdrawn items under "Del 11 – Utgångna material" (189; "BUP-översikten (2050)",
# 195, states no status of its own: ej-i-bruk from the heading, reading guide "Years, status": a list headed
# "no longer in use") and new items that print no year under "Del 10 – Nytt material 2055" (167-185; the
# README's rule: an item under a year heading in a list takes that year).

HEADED = """Inventering av material 2062

Materialen presenteras under två rubriker.

 {new}

■ Tornet – vägledning för samverkan kring unga

Vägledningen beskriver samverkan. Typ: vägledning

■ Bron 2058 – en lägesbild

Rapporten beskriver läget. Typ: rapport

 {gone}

■ Kompassen (2050)

Kartläggning av vården. Ersattes 2057 av en ny kartläggning. Typ: kartläggning

■ Lotsen

Webbplats för unga. Typ: webbplats
"""


@pytest.mark.parametrize(
    ("new", "gone", "year"),
    [
        ("Del 3 – Nytt material 2061", "Del 4 – Utgångna material", 2061),
        ("Avsnitt 5. Nya material 2060", "Avsnitt 6. Utgånget material", 2060),
        ("Nytt 2059", "Utgångna verktyg", 2059),
    ],
)
def test_heading_gives_its_year_and_status(new: str, gone: str, year: int) -> None:
    doc = text_document(HEADED.format(new=new, gone=gone), "r")
    found = {m.name: m for m in InventoryLayout().extract(doc)}
    assert found["Tornet – vägledning för samverkan kring unga"].years == (year,)
    assert found["Bron 2058 – en lägesbild"].years == ()  # a title with its own year takes no heading year
    assert found["Kompassen"].years == (2050,)
    assert found["Kompassen"].status == "ej-i-bruk" and found["Lotsen"].status == "ej-i-bruk"
    assert found["Tornet – vägledning för samverkan kring unga"].status is None


# -- a series' parts ------------------------------------------------------------------------------------
#
# blind15's inventory: "■ Efter ett försök (2053–2054)" / "Filmserie i tre delar. Typ: film" (133-135) over
# three "·" parts that print only their titles (137-141): each part of a film series is a film.

SERIES = """Inventering av material 2062

Materialen presenteras under två rubriker.

 Del 1 – Suicidprevention

■ Vägen vidare (2060–2061)

{text}

  · Vägen vidare – för anhöriga

  · Vägen vidare – för skolan

■ Handboken för kommuner (2059)

Handbok om lokalt arbete. Typ: handbok

  · Handboken – checklista (2060). Typ: checklista

■ Ankaret (2058)

Webbutbildning om sorg. Typ: webbutbildning

■ Fyren (2057)

Rapport om suicid. Typ: rapport
"""


@pytest.mark.parametrize("text", ["Filmserie i två delar. Typ: film", "En serie med två filmer om sorg."])
def test_parts_of_a_film_series_are_films(text: str) -> None:
    doc = text_document(SERIES.format(text=text), "r")
    found = {m.name: m for m in InventoryLayout().extract(doc)}
    for part in ("Vägen vidare – för anhöriga", "Vägen vidare – för skolan"):
        assert found[part].forms == ("film",)
    assert found["Handboken – checklista"].forms == ("checklista",)


@pytest.mark.parametrize(
    ("heading", "status"), [("Del 12 – Pågående arbeten", "under-utveckling"), ("Pågående projekt", None)]
)
def test_work_in_progress_heading(heading: str, status: str | None) -> None:
    # blind15's inventory :201 "Del 12 – Pågående arbeten" over "Turordning – prioriteringsstöd för BUP"
    doc = text_document(HEADED.format(new="Del 1 – Nytt", gone=heading), "r")
    found = {m.name: m for m in InventoryLayout().extract(doc)}
    assert found["Lotsen"].status == status


@pytest.mark.parametrize(
    ("form_label", "target_label"), [("Materialtyp", "Målgrupper"), ("Typ", "Huvudmålgrupp"), ("Former", "Målgrupp")]
)
def test_field_labels_in_plural_and_compounds(form_label: str, target_label: str) -> None:
    # a later edition may name its fields otherwise than "Typ:" (blind15 :23) and "Målgrupp:": a plural or a
    # compound with the label as its head says the same
    text = TEXT.format(label="Typ").replace("Typ: vägledning\n\n■ Kartboken", f"{form_label}: app\n\n■ Kartboken")
    text = text.replace("Ett stöd i fyra steg", f"{target_label}: unga 13–19 år\n\nEtt stöd i fyra steg")
    found = {m.name: m for m in InventoryLayout().extract(text_document(text, "r"))}
    item = found["Vindrosen – samtalsstöd för skolkuratorer"]
    assert item.forms == ("app",) and item.target_groups == ("unga",) and (item.age_min, item.age_max) == (13, 19)
    assert found["Kartboken – handledning om oro i årskurs 4–6"].heading == "Del 1 – Skola"


@pytest.mark.parametrize("new", ["Del 3 – Nytt sedan 2059", "Material från före 2050"])
def test_a_bounded_heading_year_dates_no_entry(new: str) -> None:
    doc = text_document(HEADED.format(new=new, gone="Del 4 – Utgångna material"), "r")
    found = {m.name: m for m in InventoryLayout().extract(doc)}
    assert found["Tornet – vägledning för samverkan kring unga"].years == ()


# blind14's inventory (2052-inventering-…) :155-156 prints "   – Arbetsplatslyftet för skolledare (2050). Form:
# webbutbildning." and right below it, with no blank line, "9. Suicidprevention" over "● Filmer om att prata
# om självmord": numbered headings count up, so the next number over an item is the next heading.

COUNTED = """Inventering av material 2062

Materialen presenteras under två rubriker.

{one}

● Eken – checklista för chefer (2059)

Checklista för chefer. Form: checklista.

   – Eken för skolledare (2060). Form: webbutbildning.
{two}

● Orden – filmer om sorg

Filmer för allmänheten. Form: film.

● Fyren (2058)

Rapport om suicid. Form: rapport.

● Ankaret (2057)

Webbutbildning om sorg. Form: webbutbildning.
"""


@pytest.mark.parametrize(
    ("one", "two"), [("8. Arbetsliv", "9. Suicidprevention"), ("Del 8 – Arbetsliv", "Del 9 – Suicidprevention")]
)
def test_next_numbered_heading_without_a_blank_line(one: str, two: str) -> None:
    doc = text_document(COUNTED.format(one=one, two=two), "r")
    found = {m.name: m for m in InventoryLayout().extract(doc)}
    assert found["Eken för skolledare"].heading.endswith("Arbetsliv")
    assert found["Orden – filmer om sorg"].heading.endswith("Suicidprevention")
    assert found["Fyren"].heading.endswith("Suicidprevention")
    assert "arbetsliv" not in found["Orden – filmer om sorg"].care_levels


@pytest.mark.parametrize("label", ["Del 13 – ", "13. ", "Avsnitt 13: "])
def test_long_part_heading_with_its_label(label: str) -> None:
    # blind14's inventory :213 "13. Material som ännu inte är klart" (six words of title): with a part label
    # ("Del 13 – …", the blind15 style) the heading is still a heading; its items are not the withdrawn ones'
    text = HEADED.format(new="Del 12 – Nytt material 2061", gone=f"{label}Material som ännu inte är klart")
    found = {m.name: m for m in InventoryLayout().extract(text_document(text, "r"))}
    assert found["Lotsen"].heading.endswith("Material som ännu inte är klart")
    assert found["Lotsen"].status == "under-utveckling"
