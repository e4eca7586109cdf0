"""Inventory, next edition (wave 7): parts listed under a sentence that says what the item consists of
("Till modellen hör:", "består av:"), a part's form in square brackets, and a part's title closed by an
appositive that describes it.

blind13's inventory (tests/fixtures/blind13/2048-inventering-metodstod-och-kunskapsmaterial.txt) prints
under "◆ Kompassrosen – samtalsmodell för ungdomsmottagningar" (41) "… Till modellen hör:" (45), then
"– Kompassrosen – skattning av mående [formulär]" (47) and "– Kompassrosen bas, en lättare version för
vårdcentraler (2047)" (49); its line 13 says "Formen anges inom hakparentes". The names below are made up.
"""

from __future__ import annotations

import pytest

from loader.layouts.inventory import InventoryLayout
from loader.model import Mention
from tests.loader.helpers import text_document

TEXT = """Inventering av stöd 2045

Formen anges inom hakparentes där den inte framgår av titeln.

A. Första linjen

◆ Lotsen – samtalsmodell för ungdomsmottagningar

Modellen är till för unga 13–24 år. {intro}

{glyph} Lotsen – formulär om mående [formulär]

{glyph} Lotsen kort, en enklare version för vårdcentraler (2042)

Länk till Lotsen.

◆ Tysta rummet (2041)

En film för skolans personal. Länk till filmen.

Inventering 2045 · sida 1

https://www.example.se/lotsen/
https://vimeo.com/1
"""


def _found(intro: str, glyph: str) -> dict[str, Mention]:
    doc = text_document(TEXT.format(intro=intro, glyph=glyph), "r")
    return {m.name: m for m in InventoryLayout().extract(doc)}


@pytest.mark.parametrize("intro", ["Till modellen hör:", "Modellen består av:", "I modellen ingår också:"])
@pytest.mark.parametrize("glyph", ["–", "-"])
def test_parts_announced_by_a_parts_clause(intro: str, glyph: str) -> None:
    found = _found(intro, glyph)
    part = found["Lotsen – formulär om mående"]
    assert "formular" in part.forms  # the square-bracket note gives the form
    short = found["Lotsen kort"]  # the appositive after the comma describes the part, it is no part of the name
    assert 2042 in short.years
    for name in ("Lotsen – formulär om mående", "Lotsen kort"):
        assert any(r.relation == "part-of" for r in found[name].relations)
        assert "Lotsen" not in found[name].alt_names  # the parent's short name names the parent


def test_a_purpose_list_is_no_parts_list() -> None:
    doc = text_document(TEXT.format(intro="Syftet är att:", glyph="–").replace("[formulär]", ""), "r")
    names = {m.name for m in InventoryLayout().extract(doc)}
    assert "Lotsen – formulär om mående" not in names


# blind13 inventory 209: "◆ Piloten Kompassrosen (2046)" under "J. Specifika projekt": a title that opens with
# an initiative's noun in the definite form before a name is an initiative, under any heading.
@pytest.mark.parametrize("title", ["Piloten Lotsen", "Projektet Lotsen i skolan"])
def test_title_opening_with_an_initiative_noun(title: str) -> None:
    text = TEXT.format(intro="Till modellen hör:", glyph="–").replace(
        "◆ Tysta rummet (2041)", f"B. Övrigt\n\n◆ {title} (2041)\n\nPrövades i tre regioner.\n\n◆ Tysta rummet (2041)"
    )
    found = {m.name: m for m in InventoryLayout().extract(text_document(text, "r"))}
    assert found[title].kind == "initiative"
    assert found["Tysta rummet"].kind == "resource"


# blind13 inventory 117: "◆ Broslaget i team" / "Tvådagarsutbildning för personal …": a network noun after a
# preposition is the title's attribute ("in teams"), not its head, so the item is no network.
@pytest.mark.parametrize("title", ["Lotsen i team", "Lotsen för nätverk"])
def test_network_noun_after_a_preposition_is_no_head(title: str) -> None:
    text = TEXT.format(intro="Till modellen hör:", glyph="–").replace(
        "◆ Tysta rummet (2041)", f"◆ {title}\n\nTvådagarsutbildning för personal.\n\n◆ Tysta rummet (2041)"
    )
    found = {m.name: m for m in InventoryLayout().extract(text_document(text, "r"))}
    assert found[title].kind == "resource"


# blind13 inventory 168-170: "Webbutbildning för chefer … Finns också i versionen Pausrummet för skolledare
# (2047)." A version noun in the definite form before a dated title names a version of the item.
@pytest.mark.parametrize(
    "sentence",
    [
        "Finns också i versionen Tysta rummet för lärare (2043).",
        "Sedan 2043 finns fortsättningen Tysta rummet för lärare (2043).",
    ],
)
def test_version_named_in_the_items_text(sentence: str) -> None:
    text = TEXT.format(intro="Till modellen hör:", glyph="–").replace(
        "En film för skolans personal.", f"En film för skolans personal. {sentence}"
    )
    found = {m.name: m for m in InventoryLayout().extract(text_document(text, "r"))}
    version = found["Tysta rummet för lärare"]
    assert version.kind == "resource" and 2043 in version.years
    assert "Tysta rummet" in found
