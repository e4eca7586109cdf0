"""An inventory edition that moves each item's note of form and year from its title to the end of
its description is still an inventory (issue 10, rules robust to wording).

Convention: inventories print what each item is and when it was made beside it — in the title
("X (film, 2030)"), as a field line ("Typ: app"), as a link mark, or, in a later edition, as a
bracketed note that closes the description ("… i skolan. (program)"). The texts below are made up.
"""

from __future__ import annotations

import pytest

from loader.layouts.inventory import InventoryLayout
from loader.model import Document, Line
from loader.pipeline import LAYOUTS

_ITEMS = (
    ("Ekorren – samtal om känslor", "Ekorren är ett program för förskolebarn 3–5 år.", "Det prövades 2070. (program)"),
    (
        "Bryggan",
        "Bryggan är ett material för lärare i årskurs 1–6.",
        "Det används i tio kommuner. (lärarhandledning, 2071)",
    ),
    ("Tre frågor", "Broschyr om återhämtning för anställda.", "Togs fram 2071 av ett nätverk. (broschyr)"),
    ("Kompassen för unga", "Vägledningen beskriver hur elevhälsa och vårdcentral delar ansvaret.", "(guide, 2072)"),
)


def _inventory(note_on_own_line: bool) -> Document:
    lines = ["Inventering av metodstöd 2072", "", "Innehåll", ""]
    for heading in ("1. Främjande och förebyggande", "2. Första linjen", "3. Äldre"):
        lines += [heading, ""]
        for title, first, note in _ITEMS:
            lines += [f"\u25b6 {title}", "", first]
            if note_on_own_line and not note.startswith("("):
                text, _, tail = note.rpartition(". (")
                lines += [f"{text}.", "", f"({tail}"]
            else:
                lines += [note]
            lines += [""]
    return Document("fixture", tuple(Line(i + 1, t) for i, t in enumerate(lines)))


@pytest.mark.parametrize("own_line", [False, True])
def test_notes_closing_the_descriptions_make_an_inventory(own_line: bool) -> None:
    doc = _inventory(own_line)
    scores = {layout.name: layout.score(doc) for layout in LAYOUTS}
    assert scores["inventory"] >= 0.5
    assert max(scores, key=lambda name: scores[name]) == "inventory"


def test_brackets_that_are_no_note_do_not_make_an_inventory() -> None:
    # The same items with brackets that say nothing of form or year ("(och föräldrarna)", "(SIP)").
    doc = _inventory(False)
    lines = tuple(
        Line(
            x.number,
            x.text.replace("(program)", "(och föräldrarna)")
            .replace("(broschyr)", "(SIP)")
            .replace("(lärarhandledning, 2071)", "(se nedan)")
            .replace("(guide, 2072)", "(se ovan)"),
        )
        for x in doc.lines
    )
    assert InventoryLayout().score(Document("fixture", lines)) < 0.5
