"""Unit specification of enrichment: input text → the facets it gives (reading-guide.md).

One row per rule. Each row either quotes the report line it comes from (``file:line``, the
text shortened only where "…" says so) or is a general Swedish example of the rule written
for this table. ``expected`` is the whole set the field must hold; rows are read from the
reports and the reading guide, never from the program's output. The end-to-end tests
(``test_enrich.py``, ``test_build.py``) check the same rules on the built graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pytest

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich
from loader.lexicon import VOCAB_DIR, Lexicon
from loader.model import Mention, Source

INVENTORY = "2020-inventering-metod-och-kunskapsstod"


@cache
def lex() -> Lexicon:
    return Lexicon.from_dir(VOCAB_DIR)


@dataclass(frozen=True)
class Row:
    """One specification: an item as a layout hands it over, and one field's expected codes."""

    why: str  # the rule, as the reading guide words it
    where: str  # report:line, or "example"
    name: str
    description: str
    field: str
    expected: frozenset[str]
    heading: str = ""
    titles: tuple[str, ...] = ()  # other things of the report (resources, initiatives, events)


def row(
    why: str,
    where: str,
    name: str,
    description: str,
    field: str,
    expected: set[str],
    heading: str = "",
    titles: tuple[str, ...] = (),
) -> Row:
    return Row(why, where, name, description, field, frozenset(expected), heading, titles)


ROWS = [
    # -- Care level from headings ---------------------------------------------------------
    row(
        "a heading that names a level gives it",
        "example",
        "Samtalsstöd",
        "",
        "care_levels",
        {"forsta-linjen"},
        heading="Första linjen",
    ),
    row(
        "a combined heading gives only the parts the item's text supports",
        "example",
        "Rehabstöd",
        "Stödet ska förebygga sjukskrivning.",
        "care_levels",
        {"forebyggande"},
        heading="Förebyggande och främjande",
    ),
    row(
        "a heading that is another thing's title scopes nothing",
        "2019-kraftsamling:1847 'Elevhälsobaserad modell för grundskolan', "
        ":1850 'Analys av KAM (Klippans analysmodell)'",
        "Klippans analysmodell",
        "",
        "care_levels",
        set(),
        heading="Elevhälsobaserad modell för grundskolan",
        titles=("Elevhälsobaserad modell för grundskolan",),
    ),
    row(
        "… nor a target group",
        "2019-kraftsamling:1847-1850",
        "Klippans analysmodell",
        "",
        "target_groups",
        set(),
        heading="Elevhälsobaserad modell för grundskolan",
        titles=("Elevhälsobaserad modell för grundskolan",),
    ),
    row(
        "a plan's section heading is no thing's title: it still scopes",
        "2021-handlingsplan:241 'Förebyggande och tidiga insatser'",
        "ABC",
        "",
        "care_levels",
        {"forebyggande"},
        heading="Förebyggande och tidiga insatser",
        titles=("Folkhälsopiloten",),
    ),
    # -- Care level from words ------------------------------------------------------------
    row(
        "preschool is no elevhälsa",
        "2019-kraftsamling:1813 'Barnhälsobaserad modell för förskolan'",
        "Barnhälsobaserad modell för förskolan",
        "",
        "care_levels",
        set(),
    ),
    row(
        "bed counts are a survey's topic, not its level",
        "2020-inventering:261-263 'Fokus för den första kartläggningen 2008 var tillgången till vårdplatser …'",
        "Psykiatrin i siffror – kartläggning av den specialpsykiatriska vården",
        "Sedan 2008 har kartläggningar av den specialpsykiatriska vården genomförts regelbundet. Fokus för den "
        "första kartläggningen 2008 var tillgången till vårdplatser i olika regioner.",
        "care_levels",
        {"specialistniva"},
    ),
    row(
        "a sentence opening with the head of the item's compound name is its own",
        "2021-handlingsplan:469-471 'Elevhälsoportalen … Portalen erbjuder stöd till skolor …'",
        "Elevhälsoportalen",
        "Elevhälsoportalen, www.elevhalsoportalen.se, är en verksamhet inom Centrum för epidemiologi och "
        "samhällsmedicin (CES), Region Stockholm. Portalen erbjuder stöd till skolor i genomförandet av "
        "hälsofrämjande och förebyggande insatser på organisationsnivå i skolmiljön.",
        "care_levels",
        {"framjande", "forebyggande", "elevhalsa"},
    ),
    # -- Target group -----------------------------------------------------------------------
    row(
        "'barn och unga' gives both", "example", "Samtalsguide för barn och unga", "", "target_groups", {"barn", "unga"}
    ),
    row(
        "BUP implies children and young people", "example", "Väntetider inom BUP", "", "target_groups", {"barn", "unga"}
    ),
    row(
        "an explicit age range wins and maps by the bands",
        "example",
        "Stödgrupper",
        "Grupperna är till för barn 13–18 år.",
        "target_groups",
        {"unga"},
    ),
    row(
        "a list introduced as a variety enumerates everyone concerned",
        "2020-inventering:955-957 'Det finns cirklar riktade till olika personer som kan tänkas delta under "
        "ett SIP-möte: ordförande, personal, vuxna, ungdomar, föräldrar, närstående, äldre och övriga.'",
        "Mötescirklar",
        "Mötescirklar är ett stöd inför SIP-möten. Det finns cirklar riktade till olika personer som kan tänkas "
        "delta under ett SIP-möte: ordförande, personal, vuxna, ungdomar, föräldrar, närstående, äldre och övriga.",
        "target_groups",
        set(),
    ),
    row(
        "a list that says whose health the item measures is its target group",
        "2020-inventering:629-631 'metoder och instrument som används för att mäta och skatta barns, ungas, "
        "vuxnas och äldres psykiska hälsa'",
        "Instrument och metoder för att mäta psykisk hälsa",
        "UPH har samlat ett antal metoder och instrument som används för att mäta och skatta barns, ungas, "
        "vuxnas och äldres psykiska hälsa och behov.",
        "target_groups",
        {"barn", "unga", "vuxna", "aldre"},
    ),
    row(
        "'exempel på' opens examples, not targets",
        "2020-inventering:216-217 'Boken visar exempel på vilka insatser som första linjen kan … erbjuda barn, "
        "unga och anhöriga'",
        "Stödmaterial för första linjen",
        "Stödmaterialet beskriver arbetet. Boken visar exempel på vilka insatser som första linjen kan eller "
        "skulle kunna erbjuda barn, unga och anhöriga.",
        "target_groups",
        set(),
    ),
    # -- Audience ---------------------------------------------------------------------------
    row(
        "'riktar sig till chefer' states who uses it",
        "example",
        "Ledarguiden",
        "Guiden riktar sig till chefer i kommuner.",
        "audience",
        {"chefer"},
    ),
    row(
        "a support made for a service is used by its staff",
        "2020-inventering:92 'Metodstöd för elevhälsan'",
        "Metodstöd för elevhälsan",
        "",
        "audience",
        {"elevhalsopersonal"},
    ),
    row(
        "whom the makers met is no audience",
        "2020-inventering:281-283 'genomfört besök i alla landsting för att träffa verksamhetsledning samt "
        "personal inom BUP'",
        "Hur mår BUP? – Rapport om dagsläget på BUP",
        "Under 2017 har UPH genomfört besök i alla landsting för att träffa verksamhetsledning samt personal "
        "inom BUP för att skapa en bild av verksamhetens styrkor.",
        "audience",
        set(),
    ),
    row(
        "a thing that accompanies the item keeps its own audience",
        "2020-inventering:939-941 'Till verktyget finns även framtaget en informationsbroschyr (länk) om "
        "SIP-kollen till personal'",
        "SIPkollen.se – Patient- och brukarenkät om SIP",
        "SIPkollen är en enkät. Till verktyget finns även framtaget en informationsbroschyr (länk) om "
        "SIP-kollen till personal.",
        "audience",
        {"allmanheten"},
    ),  # patients and service users answer it (the title), not staff
    row(
        "people interviewed in a film are no audience nor level",
        "2020-inventering:1448-1451 'har tre korta filmer tagits fram där verksamhetschef för BUP, rektor och "
        "elevhälsochef intervjuas'",
        "Filmer om samverkan",
        "Filmerna visar samverkan. Tre korta filmer har tagits fram där verksamhetschef för BUP, rektor och "
        "elevhälsochef intervjuas.",
        "care_levels",
        set(),
    ),
    # -- Form -------------------------------------------------------------------------------
    row(
        "a category heading gives its form to the items under it",
        "2020-inventering:1112 'Filmer om SIP', :1173 '- Pappan och pojken'",
        "Pappan och pojken",
        "",
        "forms",
        {"film"},
        heading="Filmer om SIP",
    ),
    row(
        "a form noun inside a heading describes one thing, not the list",
        "2019-kraftsamling:1540 'ELEVHÄLSOBASERAD MODELL' as a slide title",
        "Samordnade tidiga åtgärder - gruppnivå",
        "",
        "forms",
        set(),
        heading="Pilot elevhälsobaserad modell",
    ),
    row(
        "an activity heading names no form; the title's compound head does",
        "2021-handlingsplan:468 'Aktivitet 3. Sprida implementeringsstöd …': 'Elevhälsoportalen' ends in "
        "'portalen', a label of webbplats (the last part of a Swedish compound says what the thing is)",
        "Elevhälsoportalen",
        "",
        "forms",
        {"webbplats"},
        heading="Aktivitet 3. Sprida implementeringsstöd av elevhälsoportalen",
    ),
    row(
        "an activity heading names no form",
        "2021-handlingsplan:468 'Aktivitet 3. Sprida implementeringsstöd …' (a made-up title without a form head)",
        "Trygga elever",
        "",
        "forms",
        set(),
        heading="Aktivitet 3. Sprida implementeringsstöd av elevhälsoportalen",
    ),
    row(
        "'X är ett verktyg som består av stödmaterial' in a later sentence states the form",
        "2020-inventering:577-580 'Syftet med Traumastöd är att ge stöd … Traumastöd är ett verktyg som består "
        "av stödmaterial till gruppintervention'",
        "Traumastöd",
        "Syftet med Traumastöd är att ge stöd och verktyg för att hantera traumasymtom. Traumastöd är ett "
        "verktyg som består av stödmaterial till gruppintervention med tio gruppträffar för vuxna.",
        "forms",
        {"metodstod"},
    ),
    row(
        "an apposition after the item's name states a second form",
        "2020-inventering:471-473 'lanserades IMR-appen, ett metodstöd utvecklat för iPad'",
        "IMR-appen – för bättre behandling",
        "Illness Management Recovery (IMR) är ett manualbaserat program. Inom ramen för 2014 års "
        "överenskommelse lanserades IMR-appen, ett metodstöd utvecklat för iPad.",
        "forms",
        {"app", "metodstod"},
    ),
    row(
        "a demonstrative before a form noun refers to the item",
        "2020-inventering:810 'I denna skrift beskrivs liknande nationella satsningar'",
        "Internationell utblick",
        "I Sverige har SKL verkat för förbättrad psykisk hälsa. I denna skrift beskrivs liknande nationella "
        "satsningar i Australien.",
        "forms",
        {"skrift"},
    ),
    row(
        "a form noun right before the item's name states its form",
        "2020-inventering:506 'På webbplatsen FamiljehemSverige.se kan de som är intresserade …'",
        "FamiljehemSverige",
        "Många kommuner behöver familjehem. På webbplatsen FamiljehemSverige.se kan de som är intresserade anmäla sig.",
        "forms",
        {"webbplats"},
    ),
    row(
        "'en affisch, kallad X' is X's form, and the guide it belongs to is not",
        "2020-inventering:1313 'Till guiden finns en affisch, kallad Barn och ungas utveckling – …'",
        "Barn och ungas utveckling – Frisk-/riskfaktorer och effektiva insatser",
        "Till guiden finns en affisch, kallad Barn och ungas utveckling – Frisk-/riskfaktorer och effektiva insatser.",
        "forms",
        {"affisch"},
    ),
    row(
        "a form named in a sentence about something else does not count",
        "example",
        "Samtalsmetoden",
        "Metoden används i samtal. Forskarna skrev en rapport om den.",
        "forms",
        set(),
    ),
    row(
        "a form noun before another item's name is that item's",
        "2021-handlingsplan:613-615 '… främst genom den nya Folkhälsokollen som lanseras våren 2021 samt kurserna "
        "Metodstöd i implementering …'",
        "Folkhälsokollen",
        "Stödet innebär hjälp med statistik, främst genom den nya Folkhälsokollen som lanseras våren 2021 samt "
        "kurserna Metodstöd i implementering.",
        "forms",
        set(),
        titles=("Metodstöd i implementering",),
    ),
    # -- Suicide prevention is a field of work ---------------------------------------------
    row(
        "suicide prevention in a title names the field, not a level",
        "2020-inventering:607",
        "Suicidprevention i primärvården",
        "",
        "care_levels",
        {"primarvard"},
    ),
    row(
        "a topic noun ('självmord') names no target group",
        "heldout 2023-insatser:255 'webbutbildningen Fråga om självmord, som ger personal …'",
        "Fråga om självmord",
        "",
        "target_groups",
        set(),
    ),
    row(
        "a heading naming a topic gives no target group",
        "2021-handlingsplan:462",
        "Satsning på suicidprevention",
        "",
        "target_groups",
        set(),
        heading="Aktivitet 2. Sprida eventuell fortsatt länsgemensam satsning på suicidprevention",
    ),
    # -- Audience ---------------------------------------------------------------------------
    row(
        "a form made for a target group is used by them",
        "example",
        "Så fungerar första linjen – animerad film för ungdomar",
        "",
        "audience",
        {"allmanheten"},
    ),
    row(
        "a form where the group acts is used by them",
        "example 'en app där unga kunde skatta sitt mående'",
        "Dagbok",
        "Dagbok var en app där unga kunde skatta sitt mående varje dag.",
        "audience",
        {"allmanheten"},
    ),
    row(
        "a report for a group is not read by the group",
        "example",
        "Rapport för barn och unga i länet",
        "",
        "audience",
        set(),
    ),
    row(
        "people observed ('hos medarbetare') are not users",
        "example",
        "Webbutbildning om stress för chefer",
        "Hur chefer kan se tidiga tecken på stress hos medarbetare och vad de kan göra.",
        "audience",
        {"chefer"},
    ),
    row(
        "a member included in the team just named is no second audience",
        "2022-insatser:1976",
        "Metodstöd för elevhälsan",
        "Metodstöd för elevhälsan är ett webbaserat stödmaterial för elevhälsoteamet, inklusive rektor, som "
        "togs fram av SKR 2015.",
        "audience",
        {"elevhalsopersonal"},
    ),
    row(
        "people one follows up with are not users",
        "2022-insatser:1425-1427",
        "Traumastödet",
        "Under 2020 tog SKR fram en digital utbildning i stödmaterialet Traumastödet, bestående av fem inspelade "
        "utbildningsfilmer, manual samt digital uppföljning med utbildarna.",
        "audience",
        set(),
    ),
    row(
        "school staff are staff, not the school health service",
        "2020-inventering:450-452",
        "DigiLys",
        "DigiLys stöttar skolan. Detta sker genom analysmöten, då skolpersonalen gemensamt "
        "analyserar elevernas testresultat på gruppnivå.",
        "audience",
        {"personal"},
    ),
    row(
        "a list of everyone who may take part names no audience",
        "2020-inventering:955-957",
        "Mötescirklar",
        "Det finns cirklar riktade till olika personer som kan tänkas delta under ett SIP-möte: "
        "ordförande, personal, vuxna, ungdomar, föräldrar, närstående, äldre och övriga.",
        "audience",
        set(),
    ),
    row(
        "'riktar sig till' reopens what a passing cue closed",
        "2021-handlingsplan:479-480",
        "FoU-program lärande och psykisk hälsa",
        "Under 2020 startar Region Stockholm tillsammans med Ifous ett FoU-program som främst riktar sig till "
        "chefer, skolledare och övrig skolpersonal.",
        "audience",
        {"chefer", "personal"},
    ),
    # -- Care level: narrow level under a heading naming it and its broader level -----------
    row(
        "a narrow level the text names supports the heading's broader part",
        "example",
        "Stegad vård vid ångest – en modell för vårdcentraler",
        "",
        "care_levels",
        {"forsta-linjen", "primarvard"},
        heading="Första linjen och primärvård",
    ),
    row(
        "a combined heading gives only the parts the text supports",
        "example",
        "Samtalsstöd i första linjen – webbutbildning för kuratorer",
        "",
        "care_levels",
        {"forsta-linjen"},
        heading="Första linjen och primärvård",
    ),
    # -- Ages -------------------------------------------------------------------------------
    row(
        "school years place pupils in the age bands",
        "2022-insatser:1568 'Barn i årskurs 3 påbörjade under 2019 …'",
        "PulsSmart",
        "PulsSmart prövar en modell för att öka elevers fysiska aktivitet. Barn i årskurs 3 påbörjade "
        "under 2019 tre extra fysiska aktivitetspass per vecka.",
        "target_groups",
        {"barn"},
    ),
    row(
        "a count out of a total is a result, not the item's age range",
        "example",
        "Första linjen 2022",
        "Rapporten visar att 17 av 21 regioner har en första linje för barn och unga upp till 17 år.",
        "target_groups",
        set(),
    ),
]


def _enrich(r: Row) -> Enriched:
    m = Mention("resource", r.name, Source(INVENTORY, 1, r.name), description=r.description, heading=r.heading)
    return enrich(m, lex(), ActorLexicon([]), None, r.titles, r.titles)


@pytest.mark.parametrize("r", ROWS, ids=[f"{r.field}:{r.why[:50]}" for r in ROWS])
def test_enrich_specification(r: Row) -> None:
    got = frozenset(getattr(_enrich(r).mention, r.field))
    assert got == r.expected, f"{r.where}: {r.why}"
