"""Numbered reports, next editions (wave 6): conventions seen in blind12's annual and final reports
(tests/fixtures/blind12/2044-insatser-psykisk-halsa-suicidprevention-2043.txt,
2043-slutrapport-2042-riktade-insatser-psykisk-halsa.txt), tested on made-up text in other wordings.
"""

from __future__ import annotations

import pytest

from loader.layouts.numbered_report import NumberedReportLayout
from loader.layouts.numbered_segment import parse, read_footnotes
from tests.loader.helpers import text_document

# blind12 annual report 189-193: a one-line note "5 SKR (2043). Title. https://…" and, after a blank
# line on the same page, the next chapter "Kapitel 6 Personer med omfattande behov".
NOTE_THEN_CHAPTER = """Innehåll
{w} 1 Barn och unga ........ 2
{w} 2 Äldre ........ 3
{w} 3 Arbetsliv ........ 4

{w} 1 Barn och unga

Text om barn.

{w} 2 Äldre

Webbutbildningen Tryggt åldrande1 riktar sig till personal i hemtjänsten. Den lanserades 2040.

1 UPH (2040). Tryggt åldrande. https://utbildning.example.se/tryggt/

{w} 3 Arbetsliv

Metodstödet Friska chefer (2040) vänder sig till chefer i kommunerna.
"""


@pytest.mark.parametrize("word", ["Kapitel", "Del", "Avsnitt"])
def test_chapter_heading_after_a_note_ends_the_note(word: str) -> None:
    doc = text_document(NOTE_THEN_CHAPTER.format(w=word), "r")
    notes, used = read_footnotes(doc.lines, range(len(doc.lines)))
    assert notes[1].title == "UPH (2040). Tryggt åldrande."
    chapter = next(i for i, ln in enumerate(doc.lines) if ln.text == f"{word} 3 Arbetsliv")
    assert chapter not in used
    assert "Arbetsliv" in [h.title for h in parse(doc).headings]
    found = {m.name: m for m in NumberedReportLayout().extract(doc)}
    assert "Arbetsliv" in (found["Friska chefer"].heading or "")


BODY = """Innehåll
Kapitel 1 Barn och unga ........ 2
Kapitel 2 Äldre ........ 3
Kapitel 3 Arbetsliv ........ 4

Kapitel 1 Barn och unga

{text}

Kapitel 2 Äldre

Text om äldre.

Kapitel 3 Arbetsliv

Text om arbetslivet.
"""


def _names(text: str) -> dict[str, str]:
    doc = text_document(BODY.format(text=text), "r")
    return {m.name: m.kind for m in NumberedReportLayout().extract(doc)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # blind12 annual report 93-95: "togs en kortare version, Samtalsbryggan light, fram för vårdcentraler"
        (
            "Under året togs en kortare version, Lugnet light, fram för skolor som vill börja i liten skala.",
            "Lugnet light",
        ),
        ("I våras togs en förenklad version, Stegen kort, fram för små kommuner.", "Stegen kort"),
        # 171: "har fått en fortsättning, Livskraft – nedstämdhet vid demens, som lanserades i maj 2043"
        (
            "Kursen Tryggt åldrande har fått en fortsättning, Tryggt åldrande – demens, som lanserades i maj.",
            "Tryggt åldrande – demens",
        ),
        # 135-137: "arbetat med en gemensam modell för prioritering, BUP-prioriteringsstödet, som ännu inte är …"
        (
            "Nätverket har arbetat med en gemensam modell för remisser, Remisskollen, som ännu inte är klar.",
            "Remisskollen",
        ),
        (
            "UPH har tagit fram ett nytt digitalt verktyg för skolan, Skolkompassen, vilket prövas i tre kommuner.",
            "Skolkompassen",
        ),
    ],
)
def test_appositive_after_an_indefinite_noun_phrase_names_a_resource(text: str, name: str) -> None:
    assert _names(text).get(name) == "resource"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # blind12 final report 59: "◦ Tillsammans med Skolverket togs stödmaterialet Närvarosteget fram – ett
        # metodstöd för skolor …": the particle "fram" of "togs … fram" ends the name, the dash follows it
        ("◦ Tillsammans med Socialstyrelsen togs stödmaterialet Lyktan fram – ett metodstöd för förskolor.", "Lyktan"),
        ("◦ I våras gavs skriften Vägvisaren ut – en guide för chefer i kommunerna.", "Vägvisaren"),
        ("Under året togs webbutbildningen Lugna samtal fram – en kurs för personal i hemtjänsten.", "Lugna samtal"),
    ],
)
def test_split_particle_verb_ends_the_name(text: str, name: str) -> None:
    names = _names(text)
    assert names.get(name) == "resource"
    assert not any(n != name and name in n for n in names)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # blind12 final report 74: "arrangerat Lärandeseminarium 1 och Lärandeseminarium 2 för regionala …"
        (
            "UPH har även arrangerat Dialogmöte 1 och Dialogmöte 2 för samordnare i regionerna.",
            {"Dialogmöte 1", "Dialogmöte 2"},
        ),
        ("Under hösten hölls Temadag 3 samt Temadag 4 om suicidprevention.", {"Temadag 3", "Temadag 4"}),
        # 54: "Den 14 oktober arrangerades Konferens Första linjen 2042 i Uppsala med 480 deltagare."
        ("Den 3 maj arrangerades Konferens Unga röster 2040 i Umeå med 300 deltagare.", {"Konferens Unga röster 2040"}),
        ("I mars hölls Temadag Psykisk hälsa hos äldre 2041 i Luleå.", {"Temadag Psykisk hälsa hos äldre 2041"}),
    ],
)
def test_event_number_or_year_belongs_to_its_name(text: str, events: set[str]) -> None:
    names = _names(text)
    assert {n for n, kind in names.items() if kind == "event"} == events


@pytest.mark.parametrize(
    "caption", ["Tabell 1. Spridning av material om äldre 2040", "Tabell 3: Deltagare per Material 2041"]
)
def test_captioned_table_is_no_running_text(caption: str) -> None:
    # blind12 final report 95-98: "Tabell 1. Spridning av material om samsjuklighet 2042", a tab header
    # "Material<TAB>Antal kommuner<TAB>Antal deltagare" and rows repeating item names
    text = (
        "Webbutbildningen Lugna kvällar togs fram 2039.\n"
        f"{caption}\nMaterial\tAntal kommuner\tAntal deltagare\nLugna kvällar\t142\t3 870\n"
        "Trygg natt\t38\t–\nUppdraget genomfördes i samråd med Socialstyrelsen."
    )
    names = _names(text)
    assert names.get("Lugna kvällar") == "resource"
    assert not any("Antal" in n or "Material" in n for n in names)


# blind12 final report 161-179: "Bilaga 3 Organisationer vi samverkat med", one organisation a line with no
# blank line between, under category lines ("Myndigheter", "Forskning och utbildning", "Övriga"), a name
# broken over two lines ("… psykisk" / "ohälsa (NASP)"). Made-up and other organisations below.
PARTNER_LINES = """Bilaga 1 Framtagna material 2040
SKR. Lugna kvällar (film)
<https://vimeo.com/1>

Bilaga 3 {title}
Myndigheter
Skolverket
Inspektionen för vård och omsorg
Lärosäten
Malmö universitet
Centrum för forskning om barns psykiska
hälsa (CFB)
Ideella organisationer
Hjärnfonden
Spelfriheten
"""


@pytest.mark.parametrize("title", ["Organisationer vi samverkat med", "Samverkanspartner", "Aktörer"])
def test_partner_lines_under_category_headings_are_actors(title: str) -> None:
    from loader.layouts.appendix_tables import AppendixTablesLayout

    doc = text_document(PARTNER_LINES.format(title=title), "r")
    found = AppendixTablesLayout().extract(doc)
    actors = {m.name for m in found if m.kind == "actor"}
    assert {"Skolverket", "Malmö universitet", "Hjärnfonden", "Spelfriheten"} <= actors
    assert any(a.startswith("Centrum för forskning om barns psykiska hälsa") for a in actors)
    assert not actors & {"Myndigheter", "Lärosäten", "Ideella organisationer"}
    assert [m.name for m in found if m.kind == "resource"] == ["Lugna kvällar"]


@pytest.mark.parametrize(
    ("body", "listed"),
    [
        # blind12 final report 74 / 147: "Lärandeseminarium 1" in the body, "Lärandeseminarium 1 för regionala
        # samordnare" in Bilaga 2's table
        ("Dialogmöte 2", "Dialogmöte 2 för kommunernas samordnare"),
        ("Konferens Unga röster 2040", "Konferens Unga röster 2040 om delaktighet"),
    ],
)
def test_body_event_takes_the_appendix_title_going_on_from_it(body: str, listed: str) -> None:
    from dataclasses import replace

    from loader.layouts.appendix_tables import complete_cut_names
    from loader.model import Mention, Source

    src = Source(report="r", line=1, quote="q")
    at = replace(src, line=2, section="Bilaga 2 Arrangemang")
    other = Mention(kind="event", name=f"{body.rsplit(' ', 1)[0]} 9 för alla", source=at)
    found = complete_cut_names(
        text_document("a\nb", "r"),
        [Mention(kind="event", name=body, source=src), Mention(kind="event", name=listed, source=at), other],
    )
    assert found[0].name == listed and body in found[0].alt_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # blind12 final report 87: "Guiden kompletteras med checklistan Första dagen tillbaka." — "checklistan"
        # is definite (first declension, -a + -n), so the noun is no part of the title after it
        ("Guiden kompletteras med checklistan Trygg hemgång.", "Trygg hemgång"),
        ("Till utbildningen hör också checklistan Innan du ringer, som finns på webbplatsen.", "Innan du ringer"),
    ],
)
def test_definite_noun_in_a_is_no_part_of_the_title(text: str, name: str) -> None:
    names = _names(text)
    assert names.get(name) == "resource"
    assert not any(n.lower().startswith("checklistan") for n in names)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # blind12 annual report 183: "Samtalsguide vid återgång i arbete har fått en digital version …"
        (
            "Samtalsguide vid återgång i arbete har fått en digital version med filmade exempel.",
            "Samtalsguide vid återgång i arbete",
            "resource",
        ),
        ("Samtalsmanual för möten med anhöriga lanserades i maj.", "Samtalsmanual för möten med anhöriga", "resource"),
        # 151: "Nationell konferens om suicidprevention 2043 samlade 620 deltagare i Norrköping …"
        (
            "Nationell konferens om självskada 2040 samlade 400 deltagare i Umeå.",
            "Nationell konferens om självskada 2040",
            "event",
        ),
        ("Regional temadag om äldres hälsa 2039 hölls i Visby.", "Regional temadag om äldres hälsa 2039", "event"),
    ],
)
def test_bare_singular_noun_opens_a_titled_subject(text: str, name: str, kind: str) -> None:
    assert _names(text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Utbildning i MI har genomförts i tio kommuner.",
        "Nationell samordning av arbetet har saknats.",
        "Samtalsguiden vid återgång har fått en digital version.",
    ],
)
def test_generic_or_definite_subject_is_no_title(text: str) -> None:
    assert not any(n.startswith(text.split()[0]) for n in _names(text))


@pytest.mark.parametrize(
    "intro",
    [
        # blind12 annual report 157-163: "Filmserien Samtal som räddar liv togs fram tillsammans med Mind och
        # består av tre filmer:" then "– Att fråga rakt ut" …
        "Filmserien Lugna samtal togs fram tillsammans med Mind och består av tre filmer:",
        "Filmserien Lugna samtal omfattar 3 korta filmer:",
    ],
)
def test_sentence_counting_its_parts_makes_a_container(intro: str) -> None:
    parts = "\n\n– Att börja prata\n\n– Att lyssna klart\n\n– Att gå vidare\n\n"
    text = f"{intro}{parts}Filmerna vänder sig till allmänheten."
    doc = text_document(BODY.format(text=text), "r")
    found = {m.name: m for m in NumberedReportLayout().extract(doc)}
    for part in ("Att börja prata", "Att lyssna klart", "Att gå vidare"):
        assert found[part].kind == "resource" and "film" in found[part].forms
        assert any(r.relation == "part-of" and r.target_name == "Lugna samtal" for r in found[part].relations)


@pytest.mark.parametrize(
    ("body", "listed"),
    [
        # blind4 final report 80 / 132: "checklistan Efter ett suicidförsök – för personal på akutmottagningar
        # …" in the body, "SKR 2027. Efter ett suicidförsök – checklista." in Bilaga 1
        ("Lugnet – för personal på vårdcentraler", "Lugnet – checklista"),
        ("Vägen hem – om stöd efter utskrivning", "Vägen hem – film"),
    ],
)
def test_body_title_is_the_listed_product_subtitled_by_its_form(body: str, listed: str) -> None:
    from dataclasses import replace

    from loader.layouts.appendix_tables import complete_cut_names
    from loader.model import Mention, Source

    src = Source(report="r", line=1, quote="q")
    at = replace(src, line=2, section="Bilaga 1 Produkter")
    found = complete_cut_names(
        text_document("a\nb", "r"),
        [Mention(kind="resource", name=body, source=src), Mention(kind="resource", name=listed, source=at)],
    )
    assert found[0].name == listed and body in found[0].alt_names


@pytest.mark.parametrize(
    ("intro", "container_text"),
    [
        # blind12 annual report 157-165 ("Filmerna vänder sig till allmänheten …" after the list) and final
        # report 79-83 ("Filmer om heldygnsvård:" then "Filmerna vänder sig till patienter och närstående …")
        ("Filmserien Lugna samtal togs fram tillsammans med Mind och består av tre filmer:", True),
        ("Filmer om sömn:", False),
    ],
)
def test_plural_sentence_after_the_parts_describes_each_part(intro: str, container_text: bool) -> None:
    parts = "\n\n– Att börja prata\n\n– Att lyssna klart\n\n– Att gå vidare\n\n"
    text = f"{intro}{parts}Filmerna vänder sig till allmänheten och visas i väntrum."
    doc = text_document(BODY.format(text=text), "r")
    found = {m.name: m for m in NumberedReportLayout().extract(doc)}
    for part in ("Att börja prata", "Att lyssna klart"):
        assert "vänder sig till allmänheten" in found[part].description
    container = found["Lugna samtal" if container_text else "Filmer om sömn"]
    assert ("vänder sig till allmänheten" in container.description) is container_text


@pytest.mark.parametrize(
    "text",
    [
        # blind12 final report 49: "Under våren gav UPH ut [Ingångskartan – vägar till första linjen för barn och
        # unga](#)³. Skriften beskriver hur …"
        "Under våren gav UPH ut [Lotsen – vägar till hjälp för unga](#). Skriften beskriver hur skolor kan hjälpa.",
        "I maj publicerade SKR [Lotsen – vägar till hjälp för unga](#), en vägledning för skolor.",
    ],
)
def test_linked_title_typed_by_what_follows(text: str) -> None:
    assert _names(text).get("Lotsen – vägar till hjälp för unga") == "resource"


def test_body_title_the_list_names_itself_keeps_its_name() -> None:
    # blind9 final report 60 / 116-118: "Ung och orolig – vägledning för …" and "Ung och orolig – samtalskort"
    # are both listed: the guide is no card deck
    from dataclasses import replace

    from loader.layouts.appendix_tables import complete_cut_names
    from loader.model import Mention, Source

    src = Source(report="r", line=1, quote="q")
    at = replace(src, line=2, section="Bilaga 1 Produkter")
    guide, cards = "Lugnet – vägledning för skolor", "Lugnet – samtalskort"
    found = complete_cut_names(
        text_document("a\nb", "r"),
        [
            Mention(kind="resource", name=guide, source=src),
            Mention(kind="resource", name=guide, source=at),
            Mention(kind="resource", name=cards, source=at),
        ],
    )
    assert found[0].name == guide


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # blind12 final report 84: "Nationellt nätverk för heldygnsvård samlade under året representanter för 19
        # regioner." — a capitalised adjective and a bare "nätverk" open the sentence: the network's name
        (
            "Nationellt nätverk för ätstörningsvård samlade under året 15 regioner.",
            "Nationellt nätverk för ätstörningsvård",
        ),
        ("Regionalt nätverk för skolkuratorer träffades fyra gånger.", "Regionalt nätverk för skolkuratorer"),
    ],
)
def test_bare_network_noun_after_an_adjective_names_an_actor(text: str, name: str) -> None:
    assert _names(text).get(name) == "actor"
