"""Slide-deck conventions of a ninth edition (wave 9), on made-up decks.

Decks of this edition close each slide with a running foot whose counter may put the count in
brackets ("<place> · <title> <year> · 4 (17)"), title their slides in capitals, list trainings,
materials and delarenor on slides of their own and break a list item onto an indented second line.
"""

from __future__ import annotations

from loader.layouts.slides import SlidesLayout, _slide_counts
from loader.model import Document, Line
from tests.loader.slide_decks import read_deck


def _deck(slides: list[list[str]], foot: str, tight: tuple[int, ...] = ()) -> str:
    """A deck of ``slides`` (title first), each closed by its foot; slides numbered in ``tight``
    are single-spaced."""
    out: list[str] = []
    for n, slide in enumerate(slides, start=1):
        title = slide[0] if n == 1 else " " + slide[0]
        sep = "\n" if n in tight else "\n\n"
        out.append(sep.join([title, *slide[1:], foot.format(n=n, total=len(slides))]))
    return "\n\n\n".join(out)


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
    """"Ankeby · Kraftsamling 2061 · 2 (3)" right under a single-spaced list of members is the
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
    ["UNGDOMSRÅDET TYCKER", "\"Vi vill kunna chatta med någon vuxen\""],
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
    """"MÅ VÄL – SAMTALSKORT FÖR KLASSRUMMET" says what "Må väl" is, as a mixed-case title would:
    a name, however common its words; "REGIONALT KUNSKAPSSTÖD" says none."""
    slides = [
        ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
        ["SAMTALSKORTEN", "§ MÅ VÄL – SAMTALSKORT FÖR KLASSRUMMET (2060)", "30 kort med frågor om känslor"],
        ["REGIONALT KUNSKAPSSTÖD", "Vägledning för personal i första linjen"],
    ]
    names = {m.name.lower() for m in read_deck(_deck(slides, "Ankeby · Kraftsamling 2061 · {n} ({total})"))}
    assert any(n.startswith("må väl") for n in names), names
    assert "regionalt kunskapsstöd" not in names, names
