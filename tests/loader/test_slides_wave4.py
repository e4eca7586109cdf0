"""Deck conventions of the slide layout met in a deck exported as an outline (wave 4).

The decks are made up for the test; they follow the conventions of a PowerPoint outline export:
each slide's title at the margin, its text indented one tab (or one step of spaces) per list
level with no bullet glyph at the first level and "– " at the second, and a footer naming the
deck with the slide number ("Satsning Exempelbygden 2040 · n") at every slide's end.
"""

from __future__ import annotations

from loader.document import paginate
from loader.layouts.slides import SlidesLayout, _Deck, _outline_levels
from loader.model import Document, Line, Mention
from loader.tables import body_tables


def _doc(text: str) -> Document:
    lines = tuple(Line(n, t) for n, t in enumerate(text.split("\n"), start=1))
    return paginate(Document(report="deck", lines=lines))


def _read(text: str) -> list[Mention]:
    return SlidesLayout().extract(_doc(text))


def _foot(n: int) -> str:
    return f"Satsning Exempelbygden 2040 · {n}"


_OUTLINE = "\n".join(
    [
        "Satsning för psykisk hälsa hos unga i Exempelbygden",  # 1
        "",  # 2
        "\tAnkeby, Brunnsby och Dalby",  # 3
        "\tRegion Exempel",  # 4
        "",  # 5
        _foot(1),  # 6
        "",  # 7
        "Vilka var med idag?",  # 8
        "\tKommuner",  # 9
        "\t\t– Ankeby kommun",  # 10
        "\t\t– Brunnsby kommun",  # 11
        "\tUtbildning och forskning",  # 12
        "\t\t– Högskolan Exempel",  # 13
        "\t\t– Ankeby gymnasium",  # 14
        "\tCivilsamhälle",  # 15
        "\t\t– Exempels Idrottsförbund",  # 16
        "\t\t– Studieförbundet Exempel",  # 17
        "\tNationellt",  # 18
        "\t\t– SKR",  # 19
        "",  # 20
        _foot(2),  # 21
        "",  # 22
        "Organisation",  # 23
        "",  # 24
        "\tStyrgrupp Exempelbygden: socialchefer och skolchefer",  # 25
        "\tMånga aktörer arbetar redan, men var för sig",  # 26
        "\t\t– skolan, socialtjänsten, föreningslivet",  # 27
        _foot(3),  # 28
    ]
)


def test_outline_levels_are_tabs_or_space_steps() -> None:
    """Tabs count one level each; spaces count in steps of the smallest indentation (here 4);
    a deck with a one-space indentation (pdftotext's page start) is no outline."""
    levels = _outline_levels(_doc(_OUTLINE))
    assert (levels.get(0), levels[2], levels[8], levels[9]) == (None, 1, 1, 2)
    spaced = "\n".join(["Titel", "    Punkt", "        – Under", "    Punkt", "Titel två", "    Text"])
    assert _outline_levels(_doc(spaced)) == {1: 1, 2: 2, 3: 1, 5: 1}
    assert _outline_levels(_doc("\n".join(["Titel", " Sida två", "Text", "  Mer", "    Mer"]))) == {}


def test_outline_indentation_starts_no_slide() -> None:
    """Indented lines of an outline are the slide's text (line 25 is under slide title line 23),
    not the first lines of new pages."""
    deck = _Deck(_doc(_OUTLINE))
    assert not deck.rows[24].page_start
    assert deck.headings[24] == "Organisation"
    assert deck.rows[24].first_level and deck.rows[9].sub_item


def test_outline_participants_under_category_headings() -> None:
    """Lines 13–17 list organisations under the headings of lines 12 and 15; line 18 "Nationellt"
    heads line 19 (deeper items below it) and is no organisation."""
    names = {m.name for m in _read(_OUTLINE) if m.kind == "actor"}
    assert {"Ankeby gymnasium", "Exempels Idrottsförbund", "Studieförbundet Exempel"} <= names
    assert "Nationellt" not in names


def test_indented_lines_are_no_table() -> None:
    """Tabs that only indent a line part no table cells: line 26 ("aktörer", a column word) heads
    no table."""
    assert body_tables(_doc(_OUTLINE)) == []


_SLIDES = "\n".join(
    [
        "Satsning för psykisk hälsa hos unga i Exempelbygden",  # 1
        "",  # 2
        "\tRegion Exempel",  # 3
        "",  # 4
        _foot(1),  # 5
        "",  # 6
        "Organisation",  # 7
        "",  # 8
        "\tArbetsgrupp unga: en representant per kommun",  # 9
        "\tStyrgrupp: skolchef och socialchef",  # 10
        "",  # 11
        _foot(2),  # 12
        "",  # 13
        "Spår 1: Främja",  # 14
        "\tVardagsstyrka",  # 15
        "\t\t– SKR:s webbutbildning för föreningsledare",  # 16
        "\tSamarbete med Polisen",  # 17
        "\t\t– Nätverket Efter suicid Exempel startade i mars 2040",  # 18
        "",  # 19
        _foot(3),  # 20
        "",  # 21
        "Röster från unga",  # 22
        "\t”Jag vill bli lyssnad på.”",  # 23
        "\tBild: Ungdomsrådet på stranden, augusti 2039",  # 24
        "",  # 25
        _foot(4),  # 26
        "",  # 27
        "Kalender hösten 2040",  # 28
        "\t17 september: Föreläsning Unga och sömn, Folkets hus Ankeby",  # 29
        "\t8 oktober: Exempeldagen för elevhälsa, Ankeby gymnasium",  # 30
        "\t12 november: Webbinarium: Ett år med mottagningen",  # 31
        "",  # 32
        _foot(5),  # 33
    ]
)


def _names(kind: str) -> dict[int, str]:
    return {m.source.line: m.name for m in _read(_SLIDES) if m.kind == kind}


def test_labelled_group_is_named_by_its_label() -> None:
    """Line 9 names a working group by its label; line 10's bare kind noun names nothing."""
    actors = _names("actor")
    assert actors.get(9) == "Arbetsgrupp unga"
    assert 10 not in actors


def test_owner_genitive_sub_line_says_what_the_item_is() -> None:
    """Line 16 says that line 15's item is a web training (SKR's): a resource named by line 15."""
    assert _names("resource").get(15) == "Vardagsstyrka"


def test_group_title_ends_before_its_verb() -> None:
    """Line 18 names the network up to the verb "startade"."""
    assert _names("actor").get(18) == "Nätverket Efter suicid Exempel"


def test_calendar_lines_and_captions() -> None:
    """Lines 29–31 are the calendar's events, the place after the last comma cut (29, 30); line 30
    has no event noun but is dated among them."""
    events = _names("event")
    assert events.get(29) == "Föreläsning Unga och sömn"
    assert events.get(30) == "Exempeldagen för elevhälsa"
    assert 31 in events
