"""Inventory, next edition (wave 6): sub-items after "Till modellen hör:" whose first title carries a note
dating an edition, and notes dating a new version.

blind12's inventory (tests/fixtures/blind12/2044-inventering-kunskapsstod-och-metoder.txt) lists under
"• Samtalsbryggan (2041)" (51) "Till modellen hör:" (55) and two Word second-level items "o Måendetrappan –
formulär för första besöket (2041, uppdaterat 2042)" (57) and "o Samtalsbryggan light – kortversion för
vårdcentraler (2043)" (59); "• Klassrummets tysta (2039, ny version 2042)" (208). The names below are made up.
"""

from __future__ import annotations

import pytest

from loader.layouts.inventory import InventoryLayout
from loader.model import Mention
from tests.loader.helpers import text_document

TEXT = """Inventering av stöd 2045

Stöden redovisas under rubriker.

Första linjen

• Lotsen (2040)

Lotsen är en modell där vårdcentralen erbjuder unga samtal. Till modellen hör:

o Måttet – formulär för första samtalet (2040, {edition} 2041)

o Lotsen kort – kortversion för skolor (2042)

Länk till Lotsen.

• Tysta rummet ({note})

En film för skolans personal. Länk till filmen.

Inventering 2045 · s. 1

https://www.example.se/lotsen/
https://vimeo.com/1
"""


def _found(edition: str, note: str) -> dict[str, Mention]:
    doc = text_document(TEXT.format(edition=edition, note=note), "r")
    return {m.name: m for m in InventoryLayout().extract(doc)}


@pytest.mark.parametrize(
    ("edition", "note"), [("uppdaterat", "2039, ny version 2042"), ("reviderat", "2038, nytt tryck 2041")]
)
def test_subitems_after_an_edition_note_are_parts(edition: str, note: str) -> None:
    found = _found(edition, note)
    assert "Måttet – formulär för första samtalet" in found
    assert "Lotsen kort – kortversion för skolor" in found
    assert found["Måttet – formulär för första samtalet"].years == (2040, 2041)
    film = found["Tysta rummet"]
    first, renewed = (int(y) for y in note.replace(",", " ").split() if y.isdigit())
    assert film.years == (first, renewed)


@pytest.mark.parametrize(
    ("parent_text", "ages"),
    [
        # blind12 inventory 53-59: "Samtalsbryggan är en modell där ungdomsmottagningen erbjuder unga 13–24 år
        # …" and its part "o Samtalsbryggan light – kortversion för vårdcentraler (2043)"
        ("Lotsen är en modell där mottagningen erbjuder unga 13–24 år samtal.", (13, 24)),
        ("Kursen handlar om nedstämdhet hos personer 65 år eller äldre.", (65, None)),
    ],
)
def test_part_without_ages_takes_its_parents_with_the_target_group(
    parent_text: str, ages: tuple[int, int | None]
) -> None:
    from loader.actors import ActorLexicon
    from loader.enrich import enrich, inherit
    from loader.model import Relation, Source
    from tests.loader.helpers import lex

    parent = enrich(
        Mention("resource", "Lotsen", Source("r", 1, "Lotsen"), description=parent_text), lex(), ActorLexicon([]), None
    )
    child_m = Mention(
        "resource", "Lotsen kort", Source("r", 3, "Lotsen kort"), relations=(Relation("part-of", "resource", "Lotsen"),)
    )
    child = enrich(child_m, lex(), ActorLexicon([]), None)
    assert (parent.mention.age_min, parent.mention.age_max) == ages
    _, inherited = inherit([parent, child])
    assert (inherited.mention.age_min, inherited.mention.age_max) == ages
    assert inherited.mention.target_groups == parent.mention.target_groups
