"""Slide-deck conventions of a ninth edition (wave 9), on made-up decks.

Decks of this edition close each slide with a running foot whose counter may put the count in
brackets ("<place> · <title> <year> · 4 (17)"), title their slides in capitals, list trainings,
materials and delarenor on slides of their own and break a list item onto an indented second line.
"""

from __future__ import annotations

from loader.layouts.slides import SlidesLayout, _slide_counts
from loader.model import Document, Line
from tests.loader.slide_decks import deck_text, read_deck

_deck = deck_text


_MEMBERS = [
    ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
    [
        "VILKA ÄR VI?",
        "Kommuner",
        "Ankeby kommun",
        "Norrby kommun",
        "Övriga",
        "Norrby Innebandyklubb",
        "Ankeby ungdomsråd",
    ],
    ["VARFÖR?", "» Många aktörer – få gemensamma vägar in", "» Långa väntetider"],
]


def test_a_bracketed_slide_count_closes_a_running_foot() -> None:
    """ "Ankeby · Kraftsamling 2061 · 2 (3)" right under a single-spaced list of members is the
    slide's running foot, not one more member; so is "Norrby | Satsning 2040 | 2 (3)"."""
    for foot in ("Ankeby · Kraftsamling 2061 · {n} ({total})", "Norrby | Satsning 2040 | {n} ({total})"):
        names = {m.name for m in read_deck(_deck(_MEMBERS, foot, tight=(2,)))}
        assert "Ankeby ungdomsråd" in names
        assert not any("(3)" in n for n in names), names


def test_a_bracketed_slide_count_counts_slides() -> None:
    """The bracketed counter counts the deck's slides as "n/m" does (a deck convention the layout
    score reads); a report's page foot still counts none."""
    assert _slide_counts([f"Ankeby · Kraftsamling 2061 · {n} (17)" for n in range(1, 6)]) == 5
    assert _slide_counts([f"Plan 2061 · sida {n} (17)" for n in range(1, 6)]) == 0
    rows = [t for n in range(1, 10) for t in ("Rubrik", "", "» En kort punkt om något", "", f"Ort · Dag · {n} (9)")]
    lines = tuple(Line(k, t) for k, t in enumerate(rows, 1))
    assert SlidesLayout().score(Document("r", lines)) >= 0.9


_CAPS = [
    ["Tillsammans i Ankeby", "Kraftsamling för psykisk hälsa för alla barn i Ankeby", "Ankeby 3 mars 2061"],
    ["KRAFTSAMLING ANKEBY – VÅRA MÅL", "» Alla barn ska veta vart de kan vända sig", "» En väg in"],
    ["VÅR MODELL", "Ledstången – en modell för tidiga insatser för barn 4–12 år", "» Ett samtal – en plan"],
    ["TEAMET BAKOM LEDSTÅNGEN", "Ledstångsteamet: kurator, sjuksköterska och samordnare"],
    ["UNGDOMSRÅDET TYCKER", '"Vi vill kunna chatta med någon vuxen"'],
    ["ARRANGEMANG UNDER HÖSTEN", "» Kick-off Kraftsamling Ankeby, 3 mars 2061"],
    ["NÄTVERKEN BERÄTTAR", "» Träffar varje månad"],
]


def test_a_title_in_capitals_marks_no_names() -> None:
    """A slide title set in capitals is a heading: "TEAMET BAKOM LEDSTÅNGEN" names no team
    "Teamet bakom", "UNGDOMSRÅDET TYCKER" no council "Tycker", "ARRANGEMANG UNDER HÖSTEN" no event,
    "NÄTVERKEN BERÄTTAR" no network; "KRAFTSAMLING ANKEBY – VÅRA MÅL" is the deck's initiative by
    its short name, no second initiative."""
    for foot in ("Ankeby · Kraftsamling 2061 · {n} ({total})", "Ankeby | Kraftsamling 2061 | bild {n}/{total}"):
        mentions = read_deck(_deck(_CAPS, foot))
        names = {m.name.lower() for m in mentions}
        for bad in ("teamet bakom", "ungdomsrådet tycker", "arrangemang under hösten", "nätverken berättar"):
            assert not any(n.startswith(bad) for n in names), (bad, names)
        initiatives = [m.name for m in mentions if m.kind == "initiative"]
        assert initiatives == ["Kraftsamling för psykisk hälsa för alla barn i Ankeby"], initiatives


def test_a_name_in_a_title_in_capitals_is_still_read() -> None:
    """A name the deck writes in mixed case elsewhere stays a name in a title in capitals:
    "MODELLEN LEDSTÅNGEN" over a slide that writes "Ledstången" reads the model."""
    slides = [
        ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
        ["MODELLEN LEDSTÅNGEN", "» Med Ledstången får barn och familjer en väg in", "» Togs fram 2060"],
        ["VILKA ÄR MED?", "» Ankeby kommun", "» Norrby kommun"],
    ]
    names = {m.name for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n} ({total})"))}
    assert "Ledstången" in names, names


def test_a_title_in_capitals_with_a_dash_apposition_names_its_thing() -> None:
    """ "MÅ VÄL – SAMTALSKORT FÖR KLASSRUMMET" says what "Må väl" is, as a mixed-case title would:
    a name, however common its words; "REGIONALT KUNSKAPSSTÖD" says none."""
    slides = [
        ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
        ["SAMTALSKORTEN", "§ MÅ VÄL – SAMTALSKORT FÖR KLASSRUMMET (2060)", "30 kort med frågor om känslor"],
        ["REGIONALT KUNSKAPSSTÖD", "Vägledning för personal i första linjen"],
    ]
    names = {m.name.lower() for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n} ({total})"))}
    assert any(n.startswith("må väl") for n in names), names
    assert "regionalt kunskapsstöd" not in names, names


def _used_deck(glyph: str) -> list[list[str]]:
    return [
        ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
        [
            "STÖD VI ANVÄNDER",
            f"{glyph} Trappsteget – gruppträffar för föräldrar till barn 3–10 år, framtaget 2059 av familjecentralen",
            f"{glyph} Kompassrosen – samtalskort om känslor för förskola och lågstadium",
        ],
        ["VARFÖR?", f"{glyph} Många aktörer – få gemensamma vägar in", f"{glyph} Långa väntetider"],
    ]


def test_the_only_glyph_of_a_deck_marks_its_first_level() -> None:
    """A deck that writes every list item with "»" (or "–") has no other level: its items are
    first-level items, boxes of their own, as "•" items are in another deck; so "Trappsteget –
    gruppträffar för föräldrar till barn 3–10 år" names a thing as it does after "•"."""
    for glyph in ("»", "›", "•"):
        names = {m.name for m in read_deck(_deck(_used_deck(glyph), "Ankeby · Kraftsamling 2061 · {n} ({total})"))}
        assert any(n.startswith("Trappsteget") for n in names), (glyph, names)
        assert not any(n.startswith("Många aktörer") for n in names), (glyph, names)


def _subject_deck(pilot: str, model: str, used: str) -> list[list[str]]:
    return [
        ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
        ["VÅR MODELL", model, "» Ett samtal – en plan – en kontaktperson", "» Uppföljning efter sex veckor"],
        ["PILOTEN", pilot, "» Startade i januari 2061 på två skolor", "» Utvärderas under 2062"],
        ["NATIONELLA STÖD SOM PRÖVAS", used, "» Mer om detta senare"],
    ]


def test_a_slides_subject_line_names_its_thing() -> None:
    """The first line below a slide's title, no list item, is a text box of its own: "Ledstången –
    pilot i Norrby" names the pilot (an initiative) and "Ledstången – samordnat stöd i första linjen
    för barn 3–12 år och deras familjer (2060)" the model, at whatever length it says whom of what
    age it serves; a dating clause ", framtaget 2059 av …" is no part of the name."""
    wordings = [
        (
            "Ledstången – pilot i Norrby",
            "Ledstången – samordnat stöd i första linjen för barn 3–12 år och deras familjer (2060)",
            "Ledstången – pilot i Norrby",
            "Ledstången – samordnat stöd i första linjen för barn 3–12 år och deras familjer",
        ),
        (
            "Ledstången i Norrby – pilot 2061",
            "Ledstången – gruppträffar för föräldrar till barn 3–10 år, framtaget 2059 av familjecentralen",
            "Ledstången i Norrby – pilot 2061",
            "Ledstången – gruppträffar för föräldrar till barn 3–10 år",
        ),
    ]
    for pilot, model, pilot_name, model_name in wordings:
        mentions = read_deck(
            _deck(_subject_deck(pilot, model, "» Ingen"), "Ankeby · Kraftsamling 2061 · {n} ({total})")
        )
        kinds = {m.name: m.kind for m in mentions}
        assert kinds.get(pilot_name) == "initiative", kinds
        assert kinds.get(model_name) == "resource", kinds


def test_a_dash_apposition_opening_with_a_verb_leaves_the_name_before_it() -> None:
    """ "Trappan (SKR) – används av behandlarna …" and "Trappan – lanseras hösten 2061" say what is
    done with "Trappan": the name is the word before the dash, the owner's bracket another name."""
    for used, alt in (
        ("» Trappan (SKR) – används av behandlarna på ungdomsmottagningen för unga 13–24 år", "Trappan (SKR)"),
        ("» Trappan – lanseras hösten 2061 på skolornas webbplatser", "Trappan"),
    ):
        slides = _subject_deck("Ledstången – pilot i Norrby", "Ledstången – en modell för barn 4–12 år", used)
        mentions = read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n} ({total})"))
        found = [m for m in mentions if m.name == "Trappan"]
        assert found and found[0].kind == "resource", [m.name for m in mentions]
        assert alt in (found[0].name, *found[0].alt_names)


def _listing_deck(trainings: list[str], groups: list[str], team: str) -> list[list[str]]:
    return [
        ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
        ["VÅR MODELL", "Ledstången – en modell för tidiga insatser för barn 4–12 år", "» Ett samtal – en plan"],
        ["TEAMET", team],
        ["UTBILDNINGAR 2061", *trainings],
        ["DELARENOR (FÖRSLAG)", *groups],
    ]


def test_a_slide_titled_by_a_plural_kind_noun_lists_things_of_that_kind() -> None:
    """ "UTBILDNINGAR 2061" over its items lists trainings, each named by the words before its note
    (a one-word version such as "– barn" kept); "DELARENOR" over lines opening with "Delarena"
    lists working groups, actors, also after a label ("Föreslagna: delarena a, delarena b")."""
    wordings = [
        (
            ["▪ Trygg i samtalet – fyra tillfällen", "▪ Första stödet vid kris – vuxen, två tillfällen"],
            ["▪ Delarena Skolan", "▪ Delarena Fritiden"],
            {"Trygg i samtalet": "resource", "Första stödet vid kris – vuxen": "resource"},
            {"Delarena Skolan": "actor", "Delarena Fritiden": "actor"},
        ),
        (
            [
                "» Grundkurs i barns psykiska hälsa – en heldag för personal i förskola och skola",
                "» Små samtal i förskolan – halvdag för förskollärare om att samtala med barn 3–6 år",
            ],
            ["Delarena skola och elevhälsa", "Föreslagna: delarena digitala miljöer, delarena föräldraskap"],
            {"Grundkurs i barns psykiska hälsa": "resource", "Små samtal i förskolan": "resource"},
            {
                "Delarena skola och elevhälsa": "actor",
                "delarena digitala miljöer": "actor",
                "delarena föräldraskap": "actor",
            },
        ),
    ]
    for trainings, groups, things, actors in wordings:
        slides = _listing_deck(trainings, groups, "Teamet har tre medarbetare")
        kinds = {
            m.name: m.kind for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n} ({total})", tight=(5,)))
        }
        for name, kind in {**things, **actors}.items():
            assert kinds.get(name) == kind, (name, kinds)


def test_a_word_joining_a_things_name_and_a_group_noun_names_its_team() -> None:
    """ "Ledstångenteamet leds av en samordnare" and "Ledstångenteamet: kurator, psykolog" name the
    model's team, an actor; "Ett team med kurator och psykolog" names none."""
    for line, name in (
        ("» Ledstångenteamet leds av en samordnare från socialtjänsten", "Ledstångenteamet"),
        ("Ledstångenteamet: kurator, psykolog och familjebehandlare", "Ledstångenteamet"),
    ):
        slides = _listing_deck(["▪ Trygg i samtalet – fyra tillfällen"], ["▪ Delarena Skolan"], line)
        kinds = {m.name: m.kind for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n} ({total})"))}
        assert kinds.get(name) == "actor", kinds
    slides = _listing_deck(
        ["▪ Trygg i samtalet – fyra tillfällen"], ["▪ Delarena Skolan"], "» Ett team med kurator och psykolog"
    )
    kinds = {m.name: m.kind for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n} ({total})"))}
    assert not [n for n, k in kinds.items() if k == "actor" and "team" in n.lower()], kinds


def test_a_line_hanging_under_a_list_item_is_its_wrapped_text() -> None:
    """ "▪ Polisen, lokalpolisområde" over "  Norrby" (indented, no glyph) is one entry, and the list
    goes on below it: the indent is the item's hanging wrap, no new slide."""
    for wrapped, name in (
        (["▪ Polisen, lokalpolisområde ", "  Norrby"], "Polisen, lokalpolisområde Norrby"),
        (["▪ Studieförbundet Vuxenskolan ", "   Ankeby"], "Studieförbundet Vuxenskolan Ankeby"),
    ):
        slides = [
            ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
            [
                "VILKA ÄR MED?",
                "Kommuner och region",
                "▪ Ankeby kommun",
                "▪ Norrby kommun",
                "▪ Region Väst",
                "Myndigheter",
                "▪ Länsstyrelsen i Västra län",
                *wrapped,
                "Civilsamhälle",
                "▪ Norrby församling",
                "▪ Ankeby Simsällskap",
            ],
            ["VARFÖR?", "▪ Många aktörer – få gemensamma vägar in", "▪ Långa väntetider"],
        ]
        names = {m.name for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n}/{total}", tight=(2,)))}
        assert name in names, names
        assert "Norrby församling" in names, names


def test_an_apposition_opening_with_an_owners_genitive_says_what_the_thing_is() -> None:
    """ "▪ Ledstången, SKR:s vägledning för första linjen, används på …" and "▪ Ledstången,
    regionens vägledning för elevhälsan, används sedan 2058" name a guide "Ledstången"; a compound
    kind noun before a place ("Elevhälsoenkäten Ankeby följs upp varje år") names the survey by both."""
    for line, name in (
        ("▪ Ledstången, SKR:s vägledning för första linjen, används på ungdomsmottagningen i Ankeby", "Ledstången"),
        ("▪ Ledstången, regionens vägledning för elevhälsan, används sedan 2058", "Ledstången"),
        ("▪ Elevhälsoenkäten Ankeby följs upp varje år", "Elevhälsoenkäten Ankeby"),
        ("▪ Källa: Trivselenkäten Norrby 2060", "Trivselenkäten Norrby 2060"),
    ):
        slides = [
            ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
            ["I SKOLAN", "▪ Många aktörer – få gemensamma vägar in", line],
            ["VARFÖR?", "▪ Långa väntetider", "▪ Få vägar in"],
        ]
        kinds = {m.name: m.kind for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n}/{total}"))}
        assert kinds.get(name) == "resource", (name, kinds)


def test_a_bracketed_period_closes_a_title_after_its_kind_noun() -> None:
    """ "Ankeby: projektet Trygg fritid för alla (2057–2058) – …" and "I Norrby driver fritidsgårdarna
    projektet Trygg fritid för alla (2059–2060)" name the project by all the words up to the
    bracketed period, not "Trygg fritid"."""
    for line in (
        "» Ankeby: projektet Trygg fritid för alla (2057–2058) – avgiftsfria aktiviteter för barn 7–12 år",
        "» I Norrby driver fritidsgårdarna projektet Trygg fritid för alla (2059–2060)",
    ):
        slides = [
            ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
            ["EXEMPEL FRÅN KOMMUNERNA", line, "» Sävsjö: läxhjälp på biblioteket", "» Eksjö: öppet hus"],
        ]
        kinds = {m.name: m.kind for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n}/{total}"))}
        assert kinds.get("Trygg fritid för alla") == "initiative", kinds


def test_a_survey_named_by_a_compound_is_one_thing_with_and_without_its_year() -> None:
    """ "Källa: Trivselenkäten Norrby 2060" and, later, "Trivselenkäten Norrby följs upp varje år" (or
    "… tas fram varje vår") name one survey: no second thing, no name running into the verb."""
    for later in ("▪ Trivselenkäten Norrby följs upp varje år", "▪ Trivselenkäten Norrby tas fram varje vår"):
        slides = [
            ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
            ["VARFÖR?", "▪ Många barn är oroliga", "▪ Källa: Trivselenkäten Norrby 2060"],
            ["UPPFÖLJNING", later, "▪ Resultaten redovisas för rådet"],
        ]
        found = [
            m for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n}/{total}")) if m.kind == "resource"
        ]
        assert [m.name for m in found] == ["Trivselenkäten Norrby 2060"], [m.name for m in found]
        assert "Trivselenkäten Norrby" in found[0].alt_names
