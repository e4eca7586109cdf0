"""Facets read on new material (issue 10, wave 4): headings' age groups and items' services.

Each case quotes the report line it comes from; the expected values are read from the text by the
reading guide (/work/shared/design/reading-guide.md) and the contract's age bands.
"""

from __future__ import annotations

from functools import cache

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich
from loader.lexicon import VOCAB_DIR, Lexicon
from loader.model import Mention, Source

PLAN = "2022-handlingsplan-psykisk-halsa-uppsala-lan"


@cache
def lex() -> Lexicon:
    return Lexicon.from_dir(VOCAB_DIR)


def _enrich(
    name: str, description: str = "", heading: str = "", others: tuple[str, ...] = (), report: str = PLAN
) -> Enriched:
    m = Mention("resource", name, Source(report, 1, name), description=description, heading=heading)
    return enrich(m, lex(), ActorLexicon([]), None, others)


def test_a_school_health_item_keeps_the_headings_children_and_young_people() -> None:
    # heldout 2022-handlingsplan:100–101 under "Barn och unga 0–25 år": "Elevhälsoguiden är ett
    # digitalt stöd för elevhälsans personal i länet med rutiner för samtal med elever": elevhälsa
    # implies barn and unga (guide, Target group); "elever" does not narrow the heading to children.
    e = _enrich(
        "Elevhälsoguiden",
        "Elevhälsoguiden är ett digitalt stöd för elevhälsans personal i länet med rutiner för samtal med "
        "elever som visar tecken på psykisk ohälsa.",
        heading="Barn och unga 0–25 år",
    )
    assert {"barn", "unga"} <= set(e.mention.target_groups)


def test_an_own_young_adult_group_still_blocks_the_headings_children() -> None:
    # blind9 handlingsplan:64–65 "Ung och orolig … så att även unga vuxna upp till 29 år får ett
    # samordnat stöd" under a heading for "barn och unga": the item names its own group.
    e = _enrich(
        "Ung och orolig",
        "Införa den nationella vägledningen Ung och orolig (SKR) på länets vårdcentraler, så att även "
        "unga vuxna upp till 29 år får ett samordnat stöd.",
        heading="Första linjen för barn och unga",
    )
    assert "barn" not in e.mention.target_groups
