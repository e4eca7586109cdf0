"""Inventory items with labelled field lines ("Form:", "Målgrupp:", "Användare:", "År:").

Synthetic text in the conventions of the blind8 inventory (tests/eval/blind8/README.md, "Layout
variations"): upper-case section headings, "❖" bullets, a field line per facet under each item
instead of link marks, Word's "o " second level under a container whose own field lines come after
its children, a heading whose intro paragraph says the list is unfinished, and right-aligned page
feet "Sida n av 4". The labels are ``pg:fieldLabel`` annotations in ontology/psykgraf.ttl.
"""

from __future__ import annotations

from loader.layouts.inventory import InventoryLayout
from loader.layouts.slides import SlidesLayout
from loader.model import Document, Line, Mention
from loader.pipeline import choose_layouts

FIELDED = """FÖRTECKNING ÖVER STÖD 2030
Uppdrag Psykisk Hälsa

Förteckningen visar de stöd som finns. För varje stöd anges form, målgrupp och år.

SKOLAN
❖ Lugna rummet – guide för skolkuratorer
  Guiden beskriver samtal om oro.
  Form: guide
  Målgrupp: unga 13–19 år
  År: 2028, reviderad 2029
❖ Klasskompassen
  Form: webbverktyg
  Målgrupp: rektorer och verksamhetschefer
  År: 2029
❖ Filmer om oro
  o Mörkt i november (film, 2027)
  o Ljuset kommer (film, 2028)
  Målgrupp: unga
  Användare: personal inom socialtjänsten
❖ Steg för steg
  Form: metodstöd
  År: 2029

                                                          Sida 2 av 4
VÅRD
❖ Kartan över väntan
  Form: kartläggning
  År: 2028
❖ Trygg natt
  Form: affisch
  År: 2027
❖ Andas lugnt
  Form: app
  Målgrupp: vuxna
  År: 2026

MATERIAL UNDER ARBETE
Följande material är ännu inte färdigställt.
❖ Nya vägar – e-tjänst för planering
  Form: e-tjänst
  Planerad lansering: 2031

                                                          Sida 3 av 4
NÄTVERK SOM UPH SAMORDNAR
❖ Rektorer i samverkan
❖ Nationellt forum för skolkuratorer
"""


def _doc(text: str) -> Document:
    return Document(report="fixture", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def _by_name() -> dict[str, Mention]:
    return {m.name: m for m in InventoryLayout().extract(_doc(FIELDED))}


def test_fielded_inventory_is_read_as_an_inventory() -> None:
    # Short field lines make the text look like a deck; the field lines under most items are the
    # inventory's convention, so the inventory layout wins.
    doc = _doc(FIELDED)
    assert InventoryLayout().score(doc) > SlidesLayout().score(doc)
    assert [layout.name for layout, _ in choose_layouts(doc)] == ["inventory"]


def test_field_lines_are_no_items() -> None:
    names = set(_by_name())
    assert not any(":" in n for n in names)  # "År: 2029", "Målgrupp: vuxna" are no items
    assert "Sida2av4" not in names and "Sida 2 av 4" not in names


def test_field_values_give_facets() -> None:
    m = _by_name()
    guide = m["Lugna rummet – guide för skolkuratorer"]
    assert guide.forms == ("guide",)  # line 9 "Form: guide"
    assert guide.target_groups == ("unga",) and (guide.age_min, guide.age_max) == (13, 19)  # line 10
    assert guide.years == (2028, 2029)  # line 11 "År: 2028, reviderad 2029" keeps both
    assert m["Klasskompassen"].years == (2029,) and m["Klasskompassen"].forms == ("webbverktyg",)


def test_target_line_naming_users_gives_audience() -> None:
    # Line 15 "Målgrupp: rektorer och verksamhetschefer": the words name users, not the people helped.
    kompass = _by_name()["Klasskompassen"]
    assert kompass.audience == ("chefer",)
    assert kompass.target_groups == ()


def test_container_field_lines_after_children_are_its_own() -> None:
    m = _by_name()
    films = m["Filmer om oro"]
    assert films.target_groups == ("unga",)  # line 20, after the "o " children
    assert films.audience == ("personal",) and films.care_levels == ("socialtjanst",)  # line 21
    child = m["Mörkt i november"]  # line 18 "o Mörkt i november (film, 2027)"
    assert child.years == (2027,) and child.forms == ("film",)
    assert child.target_groups == () and child.audience == ()  # the field lines are not the child's
    assert m["Ljuset kommer"].years == (2028,)


def test_intro_paragraph_scopes_status_and_planned_date_is_no_year() -> None:
    # Line 42 "Följande material är ännu inte färdigställt." under "MATERIAL UNDER ARBETE".
    planned = _by_name()["Nya vägar – e-tjänst för planering"]
    assert planned.status == "under-utveckling"
    assert planned.years == ()  # line 45 "Planerad lansering: 2031" is planned, not made
    assert planned.heading == "MATERIAL UNDER ARBETE"


def test_network_heading_lists_actors() -> None:
    m = _by_name()
    assert m["Rektorer i samverkan"].kind == "actor"  # line 49, under "NÄTVERK SOM UPH SAMORDNAR"
    assert m["Nationellt forum för skolkuratorer"].kind == "actor"
    assert m["Andas lugnt"].kind == "resource"


APPOSED = FIELDED.replace(
    "❖ Trygg natt\n  Form: affisch\n",
    "❖ Trygg natt\n  Form: affisch\n  UPH har också gett ut en kort skrift, Vila i vardagen, om sömn.\n",
)


def test_title_in_apposition_in_an_items_text_is_a_document_of_its_own() -> None:
    # "en kort skrift, Vila i vardagen, om sömn": an indefinite form noun and a title set off by
    # commas name another document; it is no part of the item whose text tells of it.
    found = {m.name: m for m in InventoryLayout().extract(_doc(APPOSED))}
    assert found["Vila i vardagen"].kind == "resource"
    assert found["Vila i vardagen"].forms == ("skrift",)
    assert found["Vila i vardagen"].relations == ()
    assert found["Trygg natt"].relations == ()
    assert "Vila i vardagen" not in {m.name for m in InventoryLayout().extract(_doc(FIELDED))}
    # Not listed under the heading, only named in an item's text: the heading does not scope it.
    assert found["Vila i vardagen"].heading == "" and found["Vila i vardagen"].source.section == "VÅRD"


def test_page_feet_counting_pages_end_their_page() -> None:
    from loader.document import artefact_lines, page_of_lines

    doc = _doc(FIELDED)
    lines = [ln.text for ln in doc.lines]
    feet = [i for i, t in enumerate(lines) if t.strip().startswith("Sida ")]
    assert set(feet) <= artefact_lines(doc)  # "Sida 2 av 4", "Sida 3 av 4" are page furniture
    pages = page_of_lines(doc)
    assert pages[feet[0]] == 2 and pages[feet[0] + 1] == 3  # the line after "Sida 2 av 4" opens page 3
    assert pages[feet[1] + 1] == 4
