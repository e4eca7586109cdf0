"""A plan states its goals on qualified lines ("Långsiktigt mål: …", "Mål för 2051: …") under outline
headings ("4.1 Barn och unga"): such a plan is recognised as an action plan with confidence, and
its outline headings are its focus areas, as with the plain "Mål: …" line.

Synthetic plan, in two wordings of the goal lines.
"""

from __future__ import annotations

import pytest

from loader.layouts.action_plan import ActionPlanLayout
from loader.model import Document, Line

PLAN = """Handlingsplan psykisk hälsa Norrbygd 2061

Del 1. Bakgrund

Kommunerna och regionen har arbetat med psykisk hälsa sedan 2055.

Del 4. Fokusområden 2061

4.1 Barn och unga

Långsiktigt mål: Barn och unga i Norrbygd får stöd tidigt.
Mål för 2061: Alla elever vet var de kan söka hjälp.

Insats 1: Sprida Vägvisaren till alla skolor

Insats 2: Pröva Samtalsrummet i två kommuner

4.2 Vuxna

Långsiktigt mål: Vuxna får samordnat stöd.
Mål för 2061: Fler får en samordnad individuell plan.

Insats 3: Utbilda personal i SIP

Del 5. Uppföljning

Planen följs upp i december 2061.
"""

#: The same plan with the other qualifiers a plan uses ("Övergripande mål", "Delmål 2061").
OTHER = PLAN.replace("Långsiktigt mål:", "Övergripande mål:").replace("Mål för 2061:", "Kortsiktiga mål 2061:")


def _doc(text: str) -> Document:
    return Document(report="fixture", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


@pytest.mark.parametrize("text", [PLAN, OTHER], ids=["long-term", "overall"])
def test_qualified_goal_lines_make_a_plan(text: str) -> None:
    assert ActionPlanLayout().score(_doc(text)) >= 0.5


@pytest.mark.parametrize("text", [PLAN, OTHER], ids=["long-term", "overall"])
def test_outline_headings_over_goal_lines_are_focus_areas(text: str) -> None:
    areas = {m.name for m in ActionPlanLayout().extract(_doc(text)) if m.kind == "focus-area"}
    assert {"Barn och unga", "Vuxna"} <= areas
