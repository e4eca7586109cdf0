"""Facets read on new material (issue 10, wave 7): conventions found in blind13's errors.

Each case is made-up text in the wording of a blind13 report line it cites, in at least two
wordings; the expected values are read by the reading guide (/work/shared/design/reading-guide.md)
and the vocabulary contract's codes.
"""

from __future__ import annotations

from loader.enrich import Enriched
from tests.loader.helpers import enrich_resource


def _enrich(name: str, description: str = "", heading: str = "", others: tuple[str, ...] = ()) -> Enriched:
    return enrich_resource(name, description, heading, (name, *others), "2047-slutrapport-exempel")


# -- Status: only the item's own sentences state it ------------------------------------------------


def test_a_sibling_closed_in_the_next_sentence_leaves_the_item_in_use() -> None:
    # blind13 2047-slutrapport:126 "Webbutbildningen Vardagsro i hemtjänsten vänder sig till
    # omsorgspersonal … Webbverktyget Mötesbänken, som hjälper äldre …, stängdes i juni 2046": the
    # web tool was closed, not the training (guide, Scope: other things keep their own facts).
    desc = (
        "Webbutbildningen Lugn i vardagen vänder sig till omsorgspersonal. Webbverktyget Träffpunkten, "
        "som hjälper äldre att hitta mötesplatser, stängdes i juni 2046."
    )
    assert _enrich("Lugn i vardagen", desc, others=("Träffpunkten",)).mention.status is None


def test_a_sibling_not_finished_leaves_the_item_without_status() -> None:
    # The same scope in another wording: "Ett prioriteringsstöd … är ännu inte färdigställt" after a model.
    desc = "Modellen Bron spreds till fem regioner. Guiden Nästa steg är ännu inte färdigställd."
    assert _enrich("Bron", desc, others=("Nästa steg",)).mention.status is None


def test_the_items_own_closing_sentence_gives_its_status() -> None:
    desc = "Webbverktyget Träffpunkten hjälper äldre att hitta mötesplatser. Det stängdes i juni 2046."
    assert _enrich("Träffpunkten", desc).mention.status == "ej-i-bruk"
    desc = "Webbverktyget Träffpunkten, som hjälper äldre, stängdes i juni 2046."
    assert _enrich("Träffpunkten", desc, others=("Lugn i vardagen",)).mention.status == "ej-i-bruk"
