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


# blind16 annual report 258: footnote "3 Orden som hjälper finns på www.uppdragpsykiskhalsa.se/orden": an
# address with a path is the thing's page, no website named; a bare address where things are kept is a site.
@pytest.mark.parametrize(
    ("address", "site"),
    [("www.hjalpsidan.se/filmer", False), ("hjalpsidan.se/orden.", False), ("www.hjalpsidan.se.", True)],
)
def test_page_address_names_no_site(address: str, site: bool) -> None:
    found = _found(f"Filmerna om att söka hjälp finns på {address}")
    assert (("resource", "Hjalpsidan.se") in found) is site


# blind16 final report 93 "… tagit fram Chefens samtalsstöd vid psykisk ohälsa, en checklista …", annual report
# 131 "UPH har också tagit fram Elevhälsans samtalsguide vid oro för en elev, / en manual …": a capitalised
# genitive before the cue noun opens the title.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "UPH har också tagit fram Skolans samtalsguide vid hög frånvaro, en manual för elevhälsan.",
            "Skolans samtalsguide vid hög frånvaro",
        ),
        (
            "SKR har tagit fram Ledarens samtalsstöd vid stress, en checklista för chefer.",
            "Ledarens samtalsstöd vid stress",
        ),
    ],
)
def test_genitive_before_the_cue_noun_opens_a_made_title(sentence: str, title: str) -> None:
    assert ("resource", title) in _found(sentence)


# blind17 annual report 165 "Sammanställningen Kommunernas handlingsplaner mot suicid 2062 visar att …"; blind16
# annual report 117 "UPH fram Rätt patient först – prioriteringsstöd för BUP": cue nouns of the vocabulary.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Sammanställningen Regionernas arbete mot suicid 2070 visar att alla har en plan.",
            "Regionernas arbete mot suicid 2070",
        ),
        ("I år tog UPH fram prioriteringsstödet Rätt vård i tid, som prövas i tre regioner.", "Rätt vård i tid"),
    ],
)
def test_support_and_compilation_cue_nouns(sentence: str, title: str) -> None:
    assert ("resource", title) in _found(sentence)


# blind17 final report 44 "SKR deltar också i Kraftsamling för psykisk hälsa, som sedan 2019 samlar …", annual
# report 57 "Kraftsamling för psykisk hälsa har som inriktning …", 103 "Ett Beslutsstöd för bedömning på BUP har
# tagits fram …": a capitalised bare cue noun with what it is for is a name.
@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        (
            "UPH deltar också i Satsning för unga vuxna, som sedan 2060 samlar 40 organisationer.",
            "initiative",
            "Satsning för unga vuxna",
        ),
        ("Satsning mot ensamhet har som mål att nå alla kommuner.", "initiative", "Satsning mot ensamhet"),
        (
            "Ett Bedömningsstöd för samtal på BUP har tagits fram men är inte färdigt.",
            "resource",
            "Bedömningsstöd för samtal på BUP",
        ),
    ],
)
def test_capitalised_bare_cue_noun_names_a_thing(sentence: str, kind: str, name: str) -> None:
    assert (kind, name) in _found(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Projektet för unga startade 2060.", "Inom satsningen för unga vuxna, som startade, ingår tre kommuner."],
)
def test_definite_or_lower_case_cue_noun_is_no_bare_name(sentence: str) -> None:
    assert not any(name.lower().startswith(("projektet för", "satsningen för")) for _, name in _found(sentence))


# blind17 annual report 111: "Under 2062 kom fortsättningen Skolfrånvarons signaler – steg 2, som riktar sig
# till …": a definite variant noun names the version by the title after it.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Under 2070 kom fortsättningen Tysta signaler – del 2, som riktar sig till rektorer.",
            "Tysta signaler – del 2",
        ),
        ("I maj lanserades versionen Tysta signaler för förskolan, som är kortare.", "Tysta signaler för förskolan"),
    ],
)
def test_definite_variant_noun_names_the_version(sentence: str, title: str) -> None:
    assert ("resource", title) in _found(sentence)


# blind16 final report 64-67: "Till vägledningen hör:" then "◦ Stegbrädan – frågeformulär inför första besöket,
# som den unga fyller i själv", "◦ Stegbrädan i praktiken, en film om hur ett första samtal kan gå till": the
# clause after the comma describes the part; an indefinite appositive gives its form.
@pytest.mark.parametrize("glyph", ["◦", "•"])
def test_parts_described_after_a_comma(glyph: str) -> None:
    text = f"""Under året gav UPH ut vägledningen Ledstången för samtal med unga. Till vägledningen hör:

{glyph} Ledstången – formulär inför besöket, som den unga fyller i själv
{glyph} Ledstången i praktiken, en film om hur ett samtal går till

Vägledningen används i fem regioner."""
    found = _found(text)
    assert ("resource", "Ledstången i praktiken") in found
    assert found[("resource", "Ledstången i praktiken")].forms == ("film",)
    assert not any("som den unga" in name or "en film om" in name for _, name in found)
