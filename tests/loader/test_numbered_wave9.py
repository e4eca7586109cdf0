"""Numbered reports, next editions (wave 9): conventions seen in blind16's and blind17's annual and final
reports (tests/fixtures/blind17/2062-slutrapport-2061-riktade-insatser-psykisk-halsa.txt,
2063-insatser-psykisk-halsa-suicidprevention-2062.txt, tests/fixtures/blind16/2059-insatser-…-2058.txt),
tested on made-up text in other wordings.
"""

from __future__ import annotations

import pytest

from loader.layouts.numbered_report import NumberedReportLayout
from loader.model import Mention
from tests.loader.helpers import text_document
from tests.loader.test_numbered_wave7 import FILLER, _report


def _found(text: str) -> dict[tuple[str, str], Mention]:
    doc = text_document(_report(text, *FILLER), "r")
    assert NumberedReportLayout().score(doc) >= 0.5
    return {(m.kind, m.name): m for m in NumberedReportLayout().extract(doc)}


# blind17 final report 60-61: "Till guiden hör:" then "• Hjärtvedsguiden – skattningsformulär, som den unga
# fyller i före första besöket" (blind14 final report 54: "► Dörröppnaren – bedömningsformulär, ett kort
# formulär …"): a bare form noun after the dash is the part's subtitle, the clause after the comma no title.
@pytest.mark.parametrize(
    ("bullet", "title"),
    [
        ("• Ledstången – skattningsformulär, som den unga fyller i före besöket", "Ledstången – skattningsformulär"),
        ("► Ledstången – checklista, ett stöd för samtalet", "Ledstången – checklista"),
    ],
)
def test_bullet_titled_by_its_whole_and_a_bare_form_noun(bullet: str, title: str) -> None:
    text = f"""Under året togs en ny vägledning fram för kuratorer i elevhälsan. Till vägledningen hör:

{bullet}
• Något annat att läsa för personalen

Vägledningen används i tre regioner."""
    found = _found(text)
    assert ("resource", title) in found
    assert ("resource", "Ledstången") not in found


# blind17 annual report 87-95: "Inom Glänta togs också filmserien Berättelser från Glänta fram. Filmerna vänder
# / sig till föräldrar som oroar sig för sitt barn:" then "◦ Mammas oro" …; blind16 annual report 223-229:
# "Under året togs också en filmserie för unga fram, Orden som hjälper, med / tre korta filmer om …:" then
# "– Fråga rakt ut" …. The whole sentence before the list (wrapped over lines) announces the parts.
@pytest.mark.parametrize(
    "intro",
    [
        "I projektet togs också filmserien Röster i natten fram. Filmerna vänder\n\nsig till unga som mår dåligt:",
        "Under året kom också en filmserie för unga, Röster i natten, med\n\nfyra korta filmer om att be om hjälp:",
    ],
)
def test_parts_announced_by_a_wrapped_sentence(intro: str) -> None:
    text = f"""{intro}

◦ Första natten

◦ När ingen svarar

◦ Vi hittade vägen

Arbetet fortsätter nästa år."""
    found = _found(text)
    for part in ("Första natten", "När ingen svarar", "Vi hittade vägen"):
        assert ("resource", part) in found, part
        assert found[("resource", part)].forms == ("film",)
        assert found[("resource", part)].relations[0].target_name == "Röster i natten"


# blind16 annual report 219-221: "… med ett webbinarium där filmerna Jag ringde till slut och Någon lyssnade
# visades.": the passive verb after the last title is the predicate.
@pytest.mark.parametrize(
    "sentence",
    [
        "Dagen uppmärksammades med ett seminarium där filmerna Jag bad om hjälp och Ingen svarade visades.",
        "På konferensen publicerades filmerna Jag bad om hjälp och Ingen svarade.",
    ],
)
def test_titles_after_a_definite_plural_end_at_the_passive_verb(sentence: str) -> None:
    found = _found(sentence)
    assert {("resource", "Jag bad om hjälp"), ("resource", "Ingen svarade")} <= set(found)
