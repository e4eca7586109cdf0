"""Inventory sections: headings set off by an intro paragraph, status and project headings,
"Sida n av m" page feet, a leading "YEAR:" and an age range wrapped onto its own line.

Synthetic text in the layout's conventions: glyph items, "Länk till …" marks, and each page
ending with a page foot and the page's URL block.
"""

from __future__ import annotations

from loader.layouts.inventory import InventoryLayout
from loader.model import Document, Line, Mention


def _lines(text: str) -> Document:
    return Document(report="fixture", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def _by_name(text: str) -> dict[str, Mention]:
    return {m.name: m for m in InventoryLayout().extract(_lines(text))}


# "~" stands for a line holding one space, as the export writes it.
SECTIONS = """Samlade stöd om psykisk hälsa

Sammanställningen har gjorts under året och visar de stöd som har tagits fram.
Stöden är ordnade efter sektor.
Skolans arbete
~
\uf0b7 Lugn i klassen – lektioner om stress för årskurs 4–6 (2025)
Lektionerna ger lärare stöd i samtal om stress. [skrift]
Länk till lektionerna
~
Sida 2 av 5
https://example.se/lugn-i-klassen.pdf
Arbetsplatsen
~
Stöden i detta avsnitt har delvis betalats av en annan överenskommelse.
~
\uf0b7 Ledarens samtalsstöd (2024)
Ett stöd för chefer som möter medarbetare med oro.
Länk till samtalsstödet
~
Sida 3 av 5
https://example.se/ledarens-samtalsstod/
Stöd som lagts ned
~
Följande stöd finns inte kvar men redovisas ändå.
~
\uf0b7 Kvällsappen (2019)
En app för unga som ville skriva dagbok.
~
Pågående arbeten
~
Stöden nedan är inte färdiga.
~
\uf0b7 Sömnskolan – webbkurs för föräldrar
En kurs om barns sömn som blir klar under hösten.
~
Sida 4 av 5
Utvecklingsprojekt
~
Arbetena nedan har fått medel men är inte i första hand stöd.
~
\uf0b7 Lugnare nätter i Norrby
En pilot där kommunens nattpatrull möter unga som är ute sent.
~
Sida 5 av 5
""".replace("~", " ")


def test_a_heading_with_an_intro_paragraph_scopes_the_items_after_it() -> None:
    found = _by_name(SECTIONS)
    assert found["Ledarens samtalsstöd"].heading == "Arbetsplatsen"
    # The intro paragraph is the section's, not the text of the item before the heading.
    assert "överenskommelse" not in found["Lugn i klassen – lektioner om stress för årskurs 4–6"].description
    assert found["Kvällsappen"].heading == "Stöd som lagts ned"
    assert "Pågående" not in found["Kvällsappen"].description
    assert found["Sömnskolan – webbkurs för föräldrar"].heading == "Pågående arbeten"


def test_a_heading_right_after_the_intro_without_a_blank_line() -> None:
    # "… ordnade efter sektor." / "Skolans arbete" / " ": the heading follows the intro's last sentence.
    assert _by_name(SECTIONS)["Lugn i klassen – lektioner om stress för årskurs 4–6"].heading == "Skolans arbete"


def test_a_page_foot_counting_pages_is_no_text_of_an_item() -> None:
    found = _by_name(SECTIONS)
    assert "Sida" not in found["Ledarens samtalsstöd"].description
    assert "Sida" not in found["Sömnskolan – webbkurs för föräldrar"].description


def test_a_project_heading_written_as_a_compound_makes_its_items_initiatives() -> None:
    found = _by_name(SECTIONS)
    assert found["Lugnare nätter i Norrby"].kind == "initiative"
    assert found["Lugnare nätter i Norrby"].heading == "Utvecklingsprojekt"
    assert found["Kvällsappen"].kind == "resource"


def test_a_short_line_inside_an_unfinished_sentence_is_no_heading() -> None:
    text = SECTIONS.replace(
        "En kurs om barns sömn som blir klar under hösten.",
        "En kurs om barns sömn som tas fram av\n \nFöreningen Sova gott\n \nsom blir klar under hösten.",
    )
    found = _by_name(text)
    assert found["Sömnskolan – webbkurs för föräldrar"].heading == "Pågående arbeten"
    assert "Föreningen Sova gott" in found["Sömnskolan – webbkurs för föräldrar"].description


def test_status_headings_in_relative_clause_word_order() -> None:
    text = (
        "Stöden är ordnade efter status.\n \nMaterial som har tagits ur bruk\n \n"
        "\uf0b7 Gamla guiden (2018)\nEn guide om sömn.\n \n"
        "Material som ännu inte är klart\n \n"
        "\uf0b7 Nya guiden\nEn guide om stress som skrivs nu.\n"
    )
    found = _by_name(text)
    assert found["Gamla guiden"].status == "ej-i-bruk"
    assert found["Nya guiden"].status == "under-utveckling"


def test_a_year_leading_the_title_with_a_colon() -> None:
    text = (
        "Stöden är ordnade efter sektor.\n \nSkola\n \n"
        "\uf0b7 2026: Kartan över elevhälsan – kartläggning av skolornas stöd\n"
        "Kartläggningen visar vilka stöd skolorna har. Länk till kartan\n"
    )
    (m,) = InventoryLayout().extract(_lines(text))
    assert m.name == "Kartan över elevhälsan – kartläggning av skolornas stöd"
    assert m.years == (2026,)


def test_an_age_range_wrapped_onto_its_own_line_ends_the_title() -> None:
    text = (
        "Stöden är ordnade efter sektor.\n \nFörsta linjen\n \n"
        "\uf0b7 Samtalsstödet (2024) – formulär för första samtalet med unga\n \n13–19 år\n \n"
        "\uf0b7 Väntrummet – film (2023)\nFilmen visas i väntrum.\n"
    )
    found = _by_name(text)
    assert "Samtalsstödet – formulär för första samtalet med unga 13–19 år" in found
    assert found["Samtalsstödet – formulär för första samtalet med unga 13–19 år"].description == ""


def test_a_labelled_line_of_an_item_text_is_no_heading() -> None:
    text = (
        "Stöden är ordnade efter sektor.\n \nSkola\n \n"
        "\uf0b7 Kvällsappen (2019)\nEn app för unga som ville skriva dagbok.\n \n"
        "Målgrupp: unga 13–18 år\n \nAppen fanns på två språk.\n \n"
        "\uf0b7 Morgonappen (2020)\nEn app om frukost.\n"
    )
    found = _by_name(text)
    assert found["Morgonappen"].heading == "Skola"
    assert "två språk" in found["Kvällsappen"].description
