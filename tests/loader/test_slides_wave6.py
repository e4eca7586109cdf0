"""Slide-deck conventions of a sixth edition (wave 6), on made-up decks.

The decks leave a blank line between all their lines, open each slide with a title the export
indents by one space, and close each slide with a running foot that carries the slide counter
("Ankeby 2037 · Bild 3/9"), as a deck exported with a footer field does.
"""

from __future__ import annotations

from tests.loader.slide_decks import kinds_named, one_named, read_deck


def _deck(slides: list[list[str]], foot: str = "Psykisk hälsa i Ankeby 2037 · Bild {n}/{total}") -> str:
    """A deck of ``slides`` (title first), each closed by its running foot."""
    out: list[str] = []
    for n, slide in enumerate(slides, start=1):
        out.append(" " + slide[0])
        out.extend(slide[1:])
        out.append(foot.format(n=n, total=len(slides)))
    return "\n\n".join(out)


_DECK = _deck(
    [
        ["Psykisk hälsa i Ankeby", "Ankeby kommun"],
        ["Ungdomsrådet", "▸ Har granskat appen Lugnet och föräldrastödet Fyren", "▸ Träffas varje månad"],
        ["Appen Lugnet", "▸ App för unga 13–19 år", "▸ Lanserades i maj 2036"],
        ["Föräldrastödet Fyren", "▸ Gruppträffar för föräldrar", "till barn 3–12 år"],
        ["Samtalskort Säg det högt", "▸ Samtalskort för fritidsledare", "▸ 40 kort"],
        [
            "Bryggan",
            "Bryggan = en samlad ingång",
            "i första linjen för unga 12–20 år",
            "▸ Togs fram 2035",
            "▸ Används i skolan",
        ],
        ["Webbutbildning Så frågar vi", "▸ För lärare"],
        ["Verktyget Kompassen", "▸ Ett stöd för chefer"],
    ]
)


def test_two_things_joined_by_och_and_a_definite_noun_are_two() -> None:
    # Line 9: "Har granskat appen Lugnet och föräldrastödet Fyren" names the app and the parents'
    # programme; "Lugnet och föräldrastödet Fyren" is no one name.
    found = read_deck(_DECK)
    assert not [m for m in found if " och föräldrastödet " in m.name]
    on_line = {m.name: m for m in found if m.source.line == 9}
    assert set(on_line) == {"Lugnet", "Fyren"}
    assert on_line["Lugnet"].forms == ("app",)
    assert on_line["Fyren"].forms == ()  # "appen" is the other thing's noun
    assert "föräldrastödet Fyren" in on_line["Fyren"].alt_names


def test_coordination_split_in_another_wording() -> None:
    deck = _deck(
        [
            ["Psykisk hälsa i Östby", "Östby kommun"],
            ["Vad vi använder", "▸ Vi sprider modellen Trappan och materialet Nyckeln"],
        ]
    )
    names = {m.name for m in read_deck(deck)}
    assert {"Trappan", "Nyckeln"} <= names
    assert not any(" och materialet " in n for n in names)


def test_running_foot_with_its_counter_is_no_slide_text() -> None:
    # The foot "Psykisk hälsa i Ankeby 2037 · Bild 2/8" (line 13) below line 11 is no part of what the slide says.
    found = read_deck(_DECK)
    assert not any("Bild " in (m.description or "") for m in found)
    assert not any("Bild " in m.name for m in found)


def test_running_foot_in_another_wording() -> None:
    deck = _deck(
        [
            ["Psykisk hälsa i Östby", "Östby kommun"],
            ["Appen Vågen", "▸ App för unga"],
            ["Appen Stilla", "▸ App för föräldrar"],
        ],
        foot="Region Östby | Kraftsamling {n} / {total}",
    )
    found = read_deck(deck)
    assert not any("Kraftsamling 2" in (m.description or "") for m in found)


def test_a_thing_named_in_passing_keeps_its_own_slide() -> None:
    # "appen Lugnet" on line 9, then its slide "Appen Lugnet" (line 15) says it is for unga 13–19 år.
    lugnet = [m for m in read_deck(_DECK) if m.name == "Lugnet"]
    assert {m.source.line for m in lugnet} == {9, 15}
    own = next(m for m in lugnet if m.source.line == 15)
    assert "13–19 år" in (own.description or "")


def test_slide_title_definite_noun_and_name_presents_a_thing() -> None:
    # Line 23 "Föräldrastödet Fyren" and line 57 "Verktyget Kompassen": a definite noun of no known
    # kind before a name titles the thing's own slide.
    found = read_deck(_DECK)
    fyren = [m for m in found if m.name == "Fyren" and m.source.line == 23]
    assert fyren and fyren[0].kind == "resource"
    assert "3–12 år" in (fyren[0].description or "")
    assert kinds_named(found, "Kompassen") == ["resource"]


def test_slide_title_indefinite_kind_noun_before_a_clause_name() -> None:
    # Line 31 "Samtalskort Säg det högt", line 51 "Webbutbildning Så frågar vi": the name is a clause.
    found = read_deck(_DECK)
    assert kinds_named(found, "Säg det högt") == ["resource"]
    assert kinds_named(found, "Så frågar vi") == ["resource"]
    assert kinds_named(found, "Samtalskort för fritidsledare") == []  # line 33 says what line 31 names


def test_definition_line_equating_the_slide_title_names_a_thing() -> None:
    # Line 39 "Bryggan" over line 41 "Bryggan = en samlad ingång …": the slide defines its title.
    found = read_deck(_DECK)
    bryggan = one_named(found, "Bryggan")
    assert bryggan.kind == "resource"
    assert "12–20 år" in (bryggan.description or "")
    assert bryggan.years == (2035,)  # "Togs fram 2035"
    assert "skolan" not in (bryggan.description or "")  # a setting in the slide's list
    deck = _deck(
        [
            ["Psykisk hälsa i Östby", "Östby kommun"],
            ["Vägvisaren", "Vägvisaren = ett samlat stöd för föräldrar"],
            ["Läget", "Läget = svårt"],
        ]
    )
    found = read_deck(deck)
    assert kinds_named(found, "Vägvisaren") == ["resource"]
    assert kinds_named(found, "Läget") == []  # no noun phrase: a statement, no definition


def _participant_deck(others: str, unit: str, places: str) -> str:
    """A participant slide in one text box, single-spaced, with sector headings."""
    box = "\n".join(
        [
            "Kommuner",
            "Ankeby kommun",
            "Östby kommun",
            "Region",
            "Region Ankeby",
            others,
            unit,
            places,
            "Länsstyrelsen Ankeby",
        ]
    )
    return _deck([["Psykisk hälsa i Ankeby", "Ankeby kommun"], ["Med i arbetet", box], ["Appen Lugnet", "▸ För unga"]])


def test_others_heading_of_a_participant_list_names_no_organisation() -> None:
    # "Övriga" / "Andra aktörer" heads the list's last names; no organisation is called so.
    for others in ("Övriga", "Andra aktörer"):
        names = {m.name for m in read_deck(_participant_deck(others, "Polisen lokalpolisområde", "Ankeby–Östby"))}
        assert others not in names
        assert "Länsstyrelsen Ankeby" in names


def test_unit_name_broken_before_its_places_is_one_name() -> None:
    # "Polisen lokalpolisområde" / "Ankeby–Östby": the places end the unit's name.
    for unit, places in (
        ("Polisen lokalpolisområde", "Ankeby–Östby"),
        ("Räddningstjänsten distrikt", "Norra Ankeby–Östby"),
    ):
        names = {m.name for m in read_deck(_participant_deck("Övriga", unit, places))}
        assert f"{unit} {places}" in names
        assert places not in names


def _activities(*items: str) -> str:
    return _deck([["Psykisk hälsa i Ankeby", "Ankeby kommun"], ["Aktiviteter 2037", *items]])


def test_meeting_with_its_place_and_month_is_one_event() -> None:
    # "Dialogmöte med unga / i Östby i maj": an event noun over where and when it takes place.
    found = read_deck(
        _activities("▸ Dialogmöte med unga", "i Östby i maj", "▸ Temadag om sömn på Ankeby skola i oktober")
    )
    assert kinds_named(found, "Dialogmöte med unga") == ["event"]
    assert kinds_named(found, "Temadag om sömn") == ["event"]


def test_place_after_a_comma_and_count_of_occasions_are_no_part_of_an_event_name() -> None:
    found = read_deck(
        _activities(
            "▸ Kustkonferensen 2037, Östby 9 oktober",
            "▸ Webbinarium 2037, Norra Östby 3 maj",
            "▸ Lärträff Bryggan (tre tillfällen)",
            "▸ Lärträff Trappan (4 träffar)",
        )
    )
    names = {m.name for m in found if m.kind == "event"}
    assert {"Kustkonferensen 2037", "Webbinarium 2037", "Lärträff Bryggan", "Lärträff Trappan"} <= names


def test_first_item_saying_what_a_named_title_is_names_nothing() -> None:
    # "Unga i Östby" / "▸ Ungdomsråd med 12 ledamöter …", "Kustteamet" / "▸ Team för unga i länet":
    # the list's first item says what the title is.
    deck = _deck(
        [
            ["Psykisk hälsa i Östby", "Östby kommun"],
            ["Unga i Östby", "▸ Ungdomsråd med 12 ledamöter i åldern 15–20 år", "▸ Träffas varje månad"],
            ["Kustteamet", "▸ Team för unga i länet", "▸ Startade 2036"],
        ]
    )
    names = {m.name for m in read_deck(deck)}
    assert not any(n.startswith(("Ungdomsråd med", "Team för")) for n in names)


def test_definite_kind_noun_at_a_line_end_goes_on_with_its_name() -> None:
    # "Bygger på programmet" / "Fyren – trygga föräldrar (2034)": the next line is the programme's
    # title, with its year; "Följer metoden" / "Trappan – stöd i samtal (2033)" likewise.
    deck = _deck(
        [
            ["Psykisk hälsa i Östby", "Östby kommun"],
            ["Föräldrastödet Ljuset", "▸ Bygger på programmet", "Fyren – trygga föräldrar (2034)"],
            ["Skolstödet Nord", "▸ Följer metoden", "Trappan – stöd i samtal (2033)"],
        ]
    )
    found = read_deck(deck)
    fyren = one_named(found, "Fyren – trygga föräldrar")
    assert (fyren.kind, fyren.years) == ("resource", (2034,))
    assert one_named(found, "Trappan – stöd i samtal").years == (2033,)
    assert not any(m.name.startswith(("Bygger", "Följer")) for m in found)


def test_bare_place_on_the_title_slide_is_no_organisation_of_its_own() -> None:
    # The cover's "kommunerna Östby, Västby," names places the participant list writes in full
    # ("Västbys kommun"); "Region Ankeby och Norrby" likewise ("Norrby kommun").
    for cover, place in (
        ("Region Ankeby och kommunerna Östby, Västby,", "Västby"),
        ("Region Ankeby och Norrby", "Norrby"),
    ):
        box = "\n".join(["Kommuner", "Östby kommun", "Västbys kommun", "Norrby kommun", "Region", "Region Ankeby"])
        deck = _deck([["Psykisk hälsa i Ankeby", cover, "Söderby 3 maj 2037"], ["Med i arbetet", box]])
        names = {m.name for m in read_deck(deck)}
        assert place not in names
        assert "Region Ankeby" in names


def test_list_item_named_with_its_kind_noun_keeps_the_whole_item_as_a_name() -> None:
    # "▸ Forskningsprojektet Ljus i mörker (2035–2037), …" and "▸ Metoden Trappsteg": the item as
    # written is the thing's name too, so the running-text reader finds no second thing in it.
    deck = _deck(
        [
            ["Psykisk hälsa i Ankeby", "Ankeby kommun"],
            ["Forskning", "▸ Forskningsprojektet Ljus i mörker", "▸ Finansieras av Forte"],
            ["Metoder", "▸ Metoden Trappsteg", "▸ Används i skolan"],
        ]
    )
    found = read_deck(deck)
    assert "Forskningsprojektet Ljus i mörker" in one_named(found, "Ljus i mörker").alt_names
    assert "Metoden Trappsteg" in one_named(found, "Trappsteg").alt_names


def test_slide_titled_by_a_listed_group_is_no_heading_of_its_things() -> None:
    # "Unga röster Ankeby" is the youth council the participant list names ("Ungdomsrådet Unga
    # röster Ankeby"): its slide's "appen Lugnet och föräldrastödet Fyren" are not under a topic "Unga".
    box = "\n".join(["Civilsamhälle", "Ungdomsrådet Unga röster Ankeby", "Föreningen Kustbarn"])
    deck = _deck(
        [
            ["Psykisk hälsa i Ankeby", "Ankeby kommun"],
            ["Med i arbetet", box],
            ["Unga röster Ankeby", "▸ Har granskat appen Lugnet och föräldrastödet Fyren"],
            ["Stöd i skolan", "▸ Vi sprider modellen Trappan och materialet Nyckeln"],
        ]
    )
    found = read_deck(deck)
    assert {m.heading for m in found if m.name in ("Lugnet", "Fyren")} == {""}
    assert {m.heading for m in found if m.name in ("Trappan", "Nyckeln")} == {"Stöd i skolan"}
