"""Slide-deck conventions of wave 11, on made-up decks.

Every deck here is invented (the places, names and items are not those of any fixture); each test
names the layout convention it pins and fails without the rule that reads it.
"""

from __future__ import annotations

from loader.document import paginate
from loader.layouts.slides import SlidesLayout, _Deck
from loader.model import Document, Line, Mention
from tests.loader.slide_decks import deck_text, kinds_named, read_deck


def _read_paged(text: str) -> tuple[Mention, ...]:
    """What the slides layout reads in ``text`` paginated as the build does (``loader.read``)."""
    lines = tuple(Line(n, t) for n, t in enumerate(text.split("\n"), start=1))
    return tuple(SlidesLayout().extract(paginate(Document(report="deck", lines=lines))))


def _gap_deck(slides: list[list[str]], gap: int = 3) -> str:
    """A deck exported with no page marks: text boxes one blank line apart, slides ``gap`` apart."""
    return ("\n" * (gap + 1)).join("\n\n".join(slide) for slide in slides)


# --- slides apart by runs of blank lines ---------------------------------------------------------

_UNMARKED = [
    ["Barn i centrum – ett ansvar för alla", "Ankekraft – kraftsamling för psykisk hälsa hos barn i Ankeby"],
    ["Vilka är vi?", "Ankeby kommun", "Norrby kommun"],
    ["Varför?", "Var fjärde elev sover för lite", "Långa väntetider till stöd"],
    ["Metoden Trappan", "En modell för tidiga samtal i skolan", "Pilot 2071–2072 på tre skolor"],
    ["Trappan – pilot 2071", "Fyra skolor deltar"],
    ["Kontakt", "ankekraft@ankeby.se", "www.ankeby.se/ankekraft"],
    ["Tack!", "Ankekraft – tillsammans för barnen"],
]


def test_unmarked_slides_end_at_a_run_of_three_blank_lines() -> None:
    """A deck exported with no page marks (no form feed, no indented first line) sets its slides
    apart by three or more blank lines: the title slide ends there, so the deck's initiative is
    not sought on later slides (the pilot line of slide 4 is no initiative of the deck), and each
    slide's title heads its own text."""
    mentions = _read_paged(_gap_deck(_UNMARKED))
    assert not [m for m in mentions if m.name.startswith("Pilot 2071")]
    assert next(m for m in mentions if m.name == "Metoden Trappan").heading == "Metoden Trappan"
    pilots = [m for m in mentions if m.kind == "initiative" and "pilot" in m.name.lower()]
    assert [m.name for m in pilots] == ["Trappan – pilot 2071"]


def test_marked_slides_keep_a_title_three_blank_lines_above_its_text() -> None:
    """A deck whose slides are marked (the first line of each indented by one space) may set a
    slide's title three blank lines above its text: there the blank run is no slide break, and the
    line below still belongs to the slide the title opens."""
    slides = [
        ["Barn i centrum", "Kraftsamling för psykisk hälsa hos barn i Ankeby"],
        [" Material från Ankeby", "", "", "", "Filmen Molnet – kortfilm om oro för barn 9–12 år"],
        [" Vilka är vi?", "Ankeby kommun", "Norrby kommun"],
        [" Nästa steg", "Ny plan 2072"],
    ]
    text = "\n".join("\n".join(slide) for slide in slides)
    film = next(m for m in _read_paged(text) if m.name.startswith("Molnet"))
    assert film.heading == "Material från Ankeby"


# --- participant lists: headings that join common nouns ------------------------------------------

_FOOT = "Ankeby · Kraftsamling 2072 · {n}/{total}"


def _members(*lines: str) -> str:
    return deck_text(
        [
            ["Barn i centrum", "Kraftsamling för psykisk hälsa hos barn i Ankeby", "Ankeby 2 maj 2072"],
            ["Över 30 organisationer är med", *lines],
            ["Varför?", "• Långa väntetider", "• Få vägar in"],
        ],
        _FOOT,
        tight=(2,),
    )


def test_a_heading_joining_common_nouns_is_no_participant() -> None:
    """A participant list's sector heading the vocabulary does not list, made by joining common
    nouns in the indefinite form ("Idrott och kultur", "Vård och omsorg"), heads the organisations
    below it: it is no organisation, and those below it are still read."""
    mentions = read_deck(
        _members(
            "Civilsamhället",
            "- Ankeby IF",
            "- Röda Korset Norrby",
            "Idrott och kultur",
            "- Norrby Konsthall",
            "Vård och omsorg",
            "- Vårdcentralen Ankeby",
        )
    )
    assert kinds_named(mentions, "Idrott och kultur") == []
    assert kinds_named(mentions, "Vård och omsorg") == []
    for name in ("Ankeby IF", "Norrby Konsthall", "Vårdcentralen Ankeby"):
        assert kinds_named(mentions, name) == ["actor"], name


def test_a_unit_named_by_joined_common_nouns_is_a_participant() -> None:
    """A unit named by joined common nouns in the definite form ("Kultur- och fritidsförvaltningen",
    "Barn- och ungdomspsykiatrin") is an organisation of the list, no heading."""
    mentions = read_deck(
        _members(
            "Kommuner",
            "- Ankeby kommun",
            "- Kultur- och fritidsförvaltningen",
            "Regioner",
            "- Region Norrland",
            "- Barn- och ungdomspsykiatrin",
        )
    )
    assert kinds_named(mentions, "Kultur- och fritidsförvaltningen") == ["actor"]
    assert kinds_named(mentions, "Barn- och ungdomspsykiatrin") == ["actor"]


def test_a_participant_with_an_apposition_after_a_dash() -> None:
    """A participant entry "<name> – <what or where it is>" in lower case after the dash names the
    organisation by the words before the dash, the whole entry another name of it; a long entry so
    made does not end the list, and the names below it are read."""
    mentions = read_deck(
        _members(
            "Civilsamhälle",
            "Ankeby IF",
            "Myndigheter",
            "Norrbyhälsan AB – vårdcentralerna i Ankeby, Norrby och Österby",
            "Hälsohuset Ankeby",
        )
    )
    care = next(m for m in mentions if m.name == "Norrbyhälsan AB")
    assert care.kind == "actor"
    assert "Norrbyhälsan AB – vårdcentralerna i Ankeby, Norrby och Österby" in care.alt_names
    assert kinds_named(mentions, "Hälsohuset Ankeby") == ["actor"]


def test_a_participant_whose_words_after_the_dash_are_a_name_stays_whole() -> None:
    """An entry whose words after the dash are capitalised (another name of the organisation, in
    another language) keeps them in its name."""
    mentions = read_deck(
        _members("Civilsamhälle", "Ankeby IF", "Ideella organisationer", "Norrbys Riksförbund – Pohjoisliitto (NR)")
    )
    assert kinds_named(mentions, "Norrbys Riksförbund") == []
    assert [m.name for m in mentions if m.name.startswith("Norrbys Riksförbund")] == [
        "Norrbys Riksförbund – Pohjoisliitto"
    ]


# --- the line that says what a slide's title is ---------------------------------------------------


def _presenting(title: str, below: str) -> tuple[Mention, ...]:
    return read_deck(
        deck_text(
            [
                ["Barn i centrum", "Kraftsamling för psykisk hälsa hos barn i Ankeby", "Ankeby 2 maj 2072"],
                [title, below, "Träffas varannan månad i Ankeby"],
                ["Nästa steg", "• Ny plan 2073"],
            ],
            _FOOT,
        )
    )


def test_the_line_defining_a_slide_title_names_no_second_thing() -> None:
    """A slide titled by a thing's name over a common noun phrase saying what it is ("Ankenätet" /
    "Nätverk för tränare, föreningar och kyrka"): the title is the thing, the line its description."""
    mentions = _presenting("Ankenätet", "Nätverk för tränare, föreningar och kyrka")
    assert kinds_named(mentions, "Ankenätet") == ["actor"]
    assert not [m for m in mentions if m.name.startswith("Nätverk för")]


def test_a_name_on_the_line_below_a_title_is_still_read() -> None:
    """A line below the title that names a thing by a proper name ("Nätverket Unga röster Ankeby")
    is no common description: the thing it names is read."""
    mentions = _presenting("Unga röster", "Nätverket Unga röster Ankeby – unga 13–19 år")
    assert any(m.kind == "actor" and "Unga röster Ankeby" in m.name for m in mentions)


# --- nested lists: indented items and the container above them -----------------------------------


def _nested(container: str, items: list[str]) -> tuple[Mention, ...]:
    return read_deck(
        deck_text(
            [
                ["Barn i centrum", "Kraftsamling för psykisk hälsa hos barn i Ankeby", "Ankeby 2 maj 2072"],
                ["STÖD TILL FAMILJER", "Ankebyträffen – öppet hus för föräldrar", container, *items],
                ["Nästa steg", "• Ny plan 2073"],
            ],
            _FOOT,
            tight=(2,),
        )
    )


def test_a_list_indented_by_several_spaces_stays_on_its_slide() -> None:
    """pdftotext marks a page's first line by one space; a list item indented further ("    ▪ Del
    ett") is the text box's own indentation, a nested item on the same slide, under its title."""
    text = deck_text(
        [["Barn i centrum", "Ankeby 2 maj 2072"], ["STÖD TILL FAMILJER", "Poddar:", "    ▪ Om sömn", "    ▪ Om mat"]],
        _FOOT,
        tight=(2,),
    )
    deck = _Deck(Document("deck", tuple(Line(n, t) for n, t in enumerate(text.split("\n"), start=1))))
    nested = [k for k, row in enumerate(deck.rows) if row.text.startswith("▪")]
    assert len(nested) == 2
    assert not any(deck.rows[k].page_start for k in nested)
    assert {deck.headings[k] for k in nested} == {"STÖD TILL FAMILJER"}


def test_the_titles_listed_under_a_container_are_its_parts() -> None:
    """A text box naming a thing and closing with a colon on a line that names its kind in the
    plural ("Poddar för föräldrar …:") over indented short titles: each title is one of them, a
    resource of the container's form."""
    mentions = _nested(
        "Filmer för föräldrar till barn 2–5 år (SKR):",
        ["    ▪ Om sömn och vila", "    ▪ När maten blir bråk", "    ▪ Skärmar i vardagen"],
    )
    for name in ("Om sömn och vila", "När maten blir bråk", "Skärmar i vardagen"):
        part = next(m for m in mentions if m.name == name)
        assert part.kind == "resource"
        assert "film" in part.forms
        # its immediate heading is the container, not the slide's title (reading guide: children
        # take what the slide says through their parent)
        assert part.heading == "Filmer för föräldrar till barn 2–5 år"


def test_sentences_listed_under_a_colon_are_no_parts() -> None:
    """A colon line over items that are sentences or points ("Filmerna visas i alla skolor.") lists
    no things; nor does one naming no kind in the plural ("Så här gör vi:")."""
    mentions = _nested(
        "Filmer för föräldrar till barn 2–5 år (SKR):",
        ["    ▪ Filmerna visas på alla förskolor.", "    ▪ Föräldrarna får dem via appen."],
    )
    assert not [m for m in mentions if m.name.startswith(("Filmerna visas", "Föräldrarna får"))]
    mentions = _nested("Så här gör vi:", ["    ▪ Om sömn och vila", "    ▪ När maten blir bråk"])
    assert kinds_named(mentions, "Om sömn och vila") == []


# --- what a slide titled by a thing says of it ----------------------------------------------------


def test_an_unindented_slide_title_takes_the_box_below_it() -> None:
    """A slide whose title names a thing ("Filmen Trappan") says what it is in the text box below,
    however the export marks the slide (an indented first line, or blank lines around it): the box
    is the thing's description, and it ends at the next slide."""
    mentions = _read_paged(
        _gap_deck(
            [
                ["Barn i centrum – ett ansvar för alla", "Ankeby 2 maj 2072"],
                ["Filmen Trappan", "Samtal i tid", "Kortfilm om tidiga samtal i skolan för barn 6–12 år"],
                ["Nästa steg", "Ny plan för unga vuxna 2073"],
            ]
        )
    )
    trappan = next(m for m in mentions if m.name == "Trappan")
    assert "tidiga samtal i skolan för barn 6–12 år" in trappan.description
    assert "unga vuxna" not in trappan.description
