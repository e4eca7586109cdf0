"""Inventory recognised by its structure, and read whatever separators, glyphs and labels it writes.

The blind10 inventory (tests/fixtures/blind10/2036-inventering-metodstod-och-verktyg-psykisk-halsa.txt)
has none of the marks the earlier score rested on (no "Länk", no page-end URL blocks, no "KAPITEL"):
its items are titles with a note after middle dots ("Vardagsstyrka · webbutbildning · 2036", line 16;
"BUP i siffror · webbplats · 2031, uppdaterad 2036", line 84; "Ungkompassen 18+ · webbverktyg ·
planerad 2037", line 168; "MÅ-9 · frågeformulär", line 172), each followed by its description; the
first half lost its private-use bullet glyph (an indented title after a blank, line 16), the second
half writes "⁃" (line 122); an item's parts are lettered "a)" … "d)" after "Modellen har fyra steg:"
(lines 48-56); page numbers stand alone in brackets pushed right ("[2]", line 70). The synthetic text
below writes the same structure with other glyphs and separators ("▪", " | ", "1)"); its names are
made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loader.layouts.inventory import InventoryLayout
from loader.model import Document, Line, Mention
from loader.pipeline import LAYOUTS
from loader.read import read_report
from tests.loader.evalsets import ROOT

BLIND10 = ROOT / "tests" / "fixtures" / "blind10" / "2036-inventering-metodstod-och-verktyg-psykisk-halsa.txt"


def _lines(text: str) -> Document:
    return Document(report="fixture", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def _by_name(doc: Document) -> dict[str, Mention]:
    return {m.name: m for m in InventoryLayout().extract(doc)}


TEXT = """Inventering av stöd 2040

Stöden redovisas under rubriker, med titel, form och år.

Främjande

▪ Rörelse varje dag | webbutbildning | 2038

Webbutbildning för fritidsledare. Den tar upp rörelse och sömn.

▪ Sov gott | broschyr | 2035, reviderad 2039

Broschyr till föräldrar om sömn.

▪ Stegen i skolan | modell | 2037

Modell för elevhälsan i tre steg:

1) Se – checklista för lärare

2) Samtala – samtalsstöd för kurator

3) Följa upp – mall för uppföljning

                                                                    [2]

Vuxna

▪ Lugna andetag | app | 2039

App för övningar i andning. Framtagen med en högskola.

▪ Ny ingång | webbverktyg | planerad 2041

Verktyg för den som söker hjälp.

▪ Mötesstöd | samtalsstöd | 2036

Stöd för samtal på jobbet.

Äldre

▪ Ensam men inte övergiven | skrift | 2038

Skrift om ensamhet hos äldre.

▪ Samtal i hemtjänsten | film | 2039

Tre filmer för hemtjänstens personal.

                                                                    [3]
"""


def test_blind10_inventory_is_recognised_by_its_structure() -> None:
    doc = read_report(BLIND10)
    scores = {layout.name: layout.score(doc) for layout in LAYOUTS}
    assert scores["inventory"] >= 0.9, scores
    assert max(scores, key=lambda name: scores[name]) == "inventory", scores


def test_the_same_structure_with_other_glyphs_and_separators_is_recognised() -> None:
    doc = _lines(TEXT)
    scores = {layout.name: layout.score(doc) for layout in LAYOUTS}
    assert scores["inventory"] >= 0.9, scores
    assert max(scores, key=lambda name: scores[name]) == "inventory", scores


_FIXTURES = ROOT / "tests" / "fixtures"
_TUNED = [ROOT / "data" / "reports", _FIXTURES / "heldout"] + [
    _FIXTURES / name for name in ("blind", *(f"blind{n}" for n in range(2, 11)))
]
_OTHERS = [p for d in _TUNED for p in sorted(d.glob("*.txt")) if p.stem.split("-")[1] != "inventering"]


@pytest.mark.parametrize("path", _OTHERS, ids=lambda p: f"{p.parent.name}/{p.stem[:30]}")
def test_no_other_report_scores_higher_as_inventory_than_as_its_own_layout(path: Path) -> None:
    doc = read_report(path)
    scores = {layout.name: layout.score(doc) for layout in LAYOUTS}
    own = max(v for k, v in scores.items() if k != "inventory")
    assert scores["inventory"] < max(own, 0.2), scores


def test_separator_notes_give_form_and_years_and_a_plan_no_year() -> None:
    found = _by_name(_lines(TEXT))
    assert found["Rörelse varje dag"].forms == ("webbutbildning",)
    assert found["Rörelse varje dag"].years == (2038,)
    assert found["Sov gott"].years == (2035, 2039)  # "2035, reviderad 2039": a revision dates an edition
    assert found["Ny ingång"].years == ()  # "planerad 2041" is a plan
    assert found["Ny ingång"].forms == ("webbverktyg",)
    assert found["Lugna andetag"].heading == "Vuxna"


def test_numbered_parts_are_sub_items_and_bracketed_page_numbers_no_text() -> None:
    found = _by_name(_lines(TEXT))
    parts = {r.target_name for r in found["Stegen i skolan"].relations if r.relation == "has-part"}
    assert parts == {
        "Se – checklista för lärare",
        "Samtala – samtalsstöd för kurator",
        "Följa upp – mall för uppföljning",
    }
    assert found["Se – checklista för lärare"].alt_names == ("Se",)
    assert "[2]" not in found["Följa upp – mall för uppföljning"].description
    assert "[3]" not in found["Samtal i hemtjänsten"].description


def test_blind10_items_parts_and_notes() -> None:
    found = _by_name(read_report(BLIND10))
    # Line 84: "BUP i siffror · webbplats · 2031, uppdaterad 2036".
    assert found["BUP i siffror"].years == (2031, 2036)
    assert found["BUP i siffror"].forms == ("webbplats",)
    # Line 168: "Ungkompassen 18+ · webbverktyg · planerad 2037", under "Under utveckling" (line 164).
    assert found["Ungkompassen 18+"].years == ()
    assert found["Ungkompassen 18+"].status == "under-utveckling"
    # Lines 96-112: "Sju moduler:" and "a) Att bygga en relation" … "g) När krisen kommer".
    modules = [r for r in found["Boendestöd i vardagen"].relations if r.relation == "has-part"]
    assert len(modules) == 7
    assert "När krisen kommer" in found
    # Lines 120-122: "Arbetsliv" / "⁃ Tillbaka till jobbet · film · 2036".
    assert (found["Tillbaka till jobbet"].heading, found["Tillbaka till jobbet"].years) == ("Arbetsliv", (2036,))
    # Line 70 "[2]" is a page number, no part of the item above it (line 66).
    assert "[2]" not in found["Stegvis vård vid ångest och depression – stöd för primärvården"].description


def test_titles_at_the_margin_with_a_separator_note_are_items_without_a_glyph() -> None:
    # The same text with no glyph at all: a title closed by its note after separators is an item.
    doc = _lines(TEXT.replace("▪ ", ""))
    assert InventoryLayout().score(doc) >= 0.9
    found = _by_name(doc)
    assert found["Sov gott"].years == (2035, 2039)
    assert found["Lugna andetag"].heading == "Vuxna"
    assert len([r for r in found["Stegen i skolan"].relations if r.relation == "has-part"]) == 3
