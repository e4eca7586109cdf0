"""Appendix product lists, wave 10: how entries are delimited when no publisher or number opens them.

Conventions of printed lists, seen in the tuned final reports:
- each entry opens with a list mark and its wrapped lines are indented under it (blind17 final report
  127-144 "– UPH. Title. [form]"; blind18 final report 128-146 "▪ Title. [form]" with no publisher);
- each entry closes with a note naming its form (blind8 121-134 "[guide]", blind13-blind17 "[rapport]",
  blind18 128-146 "[vägledning]"), so a line ending in one ends its entry;
- short headings at the margin group the entries (blind9 final report 115 "Vägledningar, modeller och
  checklistor" over numbered entries; blind18 127, 136, 144 "Barn och unga", "Vuxna och äldre",
  "Suicidprevention" over marked entries).
Precision guard: a title that holds a form note with more text after it is several entries run together
(blind18's baseline read 128-134 as one name), never emitted. The titles below are made up.
"""

from __future__ import annotations

import pytest

from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.model import Document, Line, Mention

LAYOUT = AppendixTablesLayout()


def _found(text: str) -> dict[str, Mention]:
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    return {m.name: m for m in LAYOUT.extract(doc) if m.kind == "resource"}


@pytest.mark.parametrize("glyph", ["▪", "•", "–"])
def test_marked_entries_under_category_headings(glyph: str) -> None:
    found = _found(
        "Bilaga 1. Material 2070\n\n"
        "Barn och unga\n"
        f"{glyph} Fyrtornet – vägledning för elevhälsan för barn 6–12 år. [vägledning]\n"
        f"{glyph} Fyrtornet – samtalskort. [frågeformulär]\n"
        f"{glyph} Bryggan – modell för stegvis vård vid oro, andra\n"
        "  versionen. [modell]\n\n"
        "Äldre\n"
        f"{glyph} Kvällssol. [film]\n"
        f"{glyph} Ensam i staden. [kunskapsöversikt]"
    )
    assert set(found) == {
        "Fyrtornet – vägledning för elevhälsan för barn 6–12 år",
        "Fyrtornet – samtalskort",
        "Bryggan – modell för stegvis vård vid oro",
        "Kvällssol",
        "Ensam i staden",
    }
    assert found["Kvällssol"].forms == ("film",)
    assert found["Fyrtornet – samtalskort"].forms == ("formular",)


@pytest.mark.parametrize("note", ["[film]", "(film)"])
def test_entries_closed_by_their_form_note(note: str) -> None:
    found = _found(
        "Bilaga 2 Framtagna produkter\n\n"
        "Vuxna\n"
        "Solgläntan – en guide för vårdcentraler. [guide]\n"
        f"Morgonljus {note}\n"
        "Trappsteget – checklista för chefer\n"
        "  vid sjukskrivning. [checklista]"
    )
    assert set(found) == {
        "Solgläntan – en guide för vårdcentraler",
        "Morgonljus",
        "Trappsteget – checklista för chefer vid sjukskrivning",
    }


def test_poster_titled_with_a_question_before_its_audience_note() -> None:
    found = _found(
        "Bilaga 1 Material\n\n▪ Affischen Vart går jag nu? för skolor och bibliotek. [affisch]\n▪ Kvällssol. [film]"
    )
    assert "Vart går jag nu?" in found


def test_publisher_led_list_is_not_cut_by_notes() -> None:
    # negative case: entries that open with their publisher keep their own reader; a wrapped title
    # line with no note does not become a heading
    found = _found(
        "Bilaga 1 Produkter\n\nSKR. Lotsen – en guide\nför skolor. [guide]\nSKR. Vågen. [film]\nSKR. Ankaret. [modell]"
    )
    assert set(found) == {"Lotsen – en guide för skolor", "Vågen", "Ankaret"}


def test_run_together_entries_are_never_one_name() -> None:
    # negative case: no mark, no closing note at line ends: the splitter leaves the paragraph whole, and
    # the guard drops the title that holds a note with text after it
    found = _found("Bilaga 1 Produkter\n\nLotsen – en guide. [guide] Vågen – en film. [film] Ankaret – en modell")
    assert not any("[guide]" in name or "Vågen" in name for name in found)


# blind18 final Bilaga 3: paragraphs of organisations under category lines "Myndigheter", "Kommuner och regioner",
# "Civilsamhälle", "Lärosäten" (blind9, blind12, blind15-17 print such lists too); a sector noun the vocabulary
# does not know heads its paragraph as the others do.
@pytest.mark.parametrize("sector", ["Civilsamhälle", "Idrottsrörelse"])
def test_parallel_category_line_is_no_actor(sector: str) -> None:
    text = (
        "Bilaga 3. Samarbetsparter\n\nMyndigheter\nSocialstyrelsen\nFolkhälsomyndigheten\n\n"
        f"{sector}\nMind\nFöreningen Ljuset\n\nLärosäten\nLunds universitet\nHögskolan i Gävle"
    )
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    actors = {m.name for m in LAYOUT.extract(doc) if m.kind == "actor"}
    assert sector not in actors
    assert {"Mind", "Föreningen Ljuset", "Lunds universitet"} <= actors


def test_organisation_opening_a_paragraph_stays() -> None:
    # negative case: without two category lines elsewhere, a paragraph's first name is an organisation
    text = "Bilaga 3. Samarbetsparter\n\nMyndigheter\nSocialstyrelsen\n\nFontänhuset\nMind\nFöreningen Ljuset"
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    assert "Fontänhuset" in {m.name for m in LAYOUT.extract(doc) if m.kind == "actor"}
