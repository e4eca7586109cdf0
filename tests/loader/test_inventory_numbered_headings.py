"""An inventory edition that numbers its headings ("1. Första linjen", "2.1 Elevhälsa") is still an
inventory: its layout is recognised by its structure, and each item's heading is the heading's name
without its number (the number is page furniture of the edition, not part of the name).

Synthetic text in two wordings: "●" items with "(year)" and a "Form: …" note, no link marks, no
page-end URL blocks, no intro sentence listing the headings.
"""

from __future__ import annotations

import pytest

from loader.layouts.inventory import InventoryLayout
from loader.model import Document, Line

ONE = """Inventering av stödmaterial 2061

Materialet är ordnat efter vårdnivå. Under varje titel anges materialets form.

1. Främjande arbete

● Lugna stunder – övningar för förskolan (2058)

Ett stöd för förskolans personal i arbetet med barns trygghet. Form: metodstöd.

● Känslokartan (2059)

Lektioner för lärare i årskurs 4–6. Form: lärarhandledning.

● Sömnguiden (2060)

En app för unga 16–24 år som sover dåligt. Form: app.

2. Första linjen

● Vägvisaren – första samtalet (2059)

Vägledningen beskriver hur mottagningen lägger upp det första samtalet. Form: vägledning.

● Trappan – uppföljning av väntetider (2060)

Uppföljning av väntetider till första linjen. Form: rapport.

3. Specialistpsykiatri

● Heldygn i fokus (2057)

En webbutbildning för personal i heldygnsvården. Form: webbutbildning.

● Vård i samförstånd (2058)

En film om delaktighet i vården. Form: film.

● Samsjuklighetsguiden (2059)

Guiden beskriver samordnad vård vid beroende. Form: guide.
"""

#: The same list with decimal section numbers and another glyph and note: "2.1 Elevhälsa", "▪", "[film]".
TWO = (
    ONE.replace("1. Främjande", "1.1 Främjande")
    .replace("2. Första", "2.1 Första")
    .replace("3. Specialist", "3.2 Specialist")
    .replace("●", "▪")
)


def _doc(text: str) -> Document:
    return Document(report="fixture", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


@pytest.mark.parametrize("text", [ONE, TWO], ids=["numbered", "decimal"])
def test_numbered_headings_are_recognised_as_an_inventory(text: str) -> None:
    assert InventoryLayout().score(_doc(text)) >= 0.5


@pytest.mark.parametrize("text", [ONE, TWO], ids=["numbered", "decimal"])
def test_items_carry_their_heading_without_its_number(text: str) -> None:
    found = {m.name: m for m in InventoryLayout().extract(_doc(text))}
    assert found["Känslokartan"].heading == "Främjande arbete"
    assert found["Trappan – uppföljning av väntetider"].heading == "Första linjen"
    assert found["Samsjuklighetsguiden"].heading == "Specialistpsykiatri"
    assert "Specialistpsykiatri" not in found and "3. Specialistpsykiatri" not in found
