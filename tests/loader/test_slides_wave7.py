"""Slide-deck conventions of a seventh edition (wave 7), on made-up decks.

The decks leave a blank line between all their lines, open each slide with a title the export
indents by one space, and close each slide with a running foot "<short title> <year> | bild n av m".
The title slide names the deck's own initiative; no overview slide lists its areas.
"""

from __future__ import annotations

from tests.loader.slide_decks import one_named, read_deck


def _deck(slides: list[list[str]], foot: str) -> str:
    """A deck of ``slides`` (title first; the first slide's lines unindented), each closed by its foot."""
    out: list[str] = []
    for n, slide in enumerate(slides, start=1):
        out.append(slide[0] if n == 1 else " " + slide[0])
        out.extend(slide[1:])
        out.append(foot.format(n=n, total=len(slides)))
    return "\n\n".join(out)


_PLACE_DECK = _deck(
    [
        ["Vi bär det tillsammans", "Kraftsamling för psykisk hälsa – barn och unga i Ankeby", "Ankeby 2 mars 2039"],
        ["Bakgrund", "■ Bygger på den nationella Kraftsamling för psykisk hälsa", "som SKR samordnar sedan 2019"],
        [
            "Nästa steg",
            "■ Beslut i styrgruppen för Kraftsamling Ankeby i maj 2039",
            "■ Handlingsplan för Kraftsamling Ankeby 2040–2042",
        ],
        ["Film", "■ Visades på Kick-off Kraftsamling Ankeby 3 mars 2039"],
    ],
    "Kraftsamling Ankeby 2039 | bild {n} av {total}",
)

_TARGET_DECK = _deck(
    [
        ["Satsning för unga vuxna – Norrbyn", "Norrby kommun och Region Västland", "Norrby 10 oktober 2041"],
        ["Grunden", "■ Vi är en del av den regionala Satsning för unga vuxna som länet driver"],
        ["Plan", "■ Satsning för unga vuxna – Norrbyn 2042: fler skolor"],
        ["Slut", "Tack"],
    ],
    "Satsning för unga vuxna – Norrbyn 2041 · Bild {n}/{total}",
)

_TAGLINE_DECK = _deck(
    [
        ["Kraftsamling för ungas psykiska hälsa~", "i Ankeby – med fokus på tidiga insatser", "Ankeby 2040"],
        ["Bakgrund", "■ Många unga mår dåligt"],
        ["Mer", "■ Vi samarbetar"],
    ],
    "Kraftsamling Ankeby 2040 | bild {n} av {total}",
)


def test_title_slide_names_the_deck_initiative_with_its_place_subtitle() -> None:
    # _PLACE_DECK:3 "Kraftsamling för psykisk hälsa – barn och unga i Ankeby": the subtitle says for
    # whom and where, and names the regional edition; the foot "Kraftsamling Ankeby 2039 | bild 1 av 4"
    # gives its short name.
    found = read_deck(_PLACE_DECK)
    own = one_named(found, "Kraftsamling för psykisk hälsa – barn och unga i Ankeby")
    assert own.kind == "initiative" and own.source.line == 3
    assert "Kraftsamling Ankeby" in own.alt_names
    assert "Kraftsamling för psykisk hälsa" not in own.alt_names
    # _TARGET_DECK:1 "Satsning för unga vuxna – Norrbyn", foot "… – Norrbyn 2041 · Bild 1/4"
    other = one_named(read_deck(_TARGET_DECK), "Satsning för unga vuxna – Norrbyn")
    assert other.kind == "initiative" and other.source.line == 1


def test_a_tagline_subtitle_is_no_part_of_the_title() -> None:
    # _TAGLINE_DECK:1-3 "Kraftsamling för ungas psykiska hälsa " / "i Ankeby – med fokus på tidiga
    # insatser": a title wrapped at a soft break; a subtitle opening with a preposition is a tagline
    found = read_deck(_TAGLINE_DECK)
    own = one_named(found, "Kraftsamling för ungas psykiska hälsa i Ankeby")
    assert own.kind == "initiative"
    assert not [m for m in found if m.name.endswith("tidiga insatser")]


def test_a_national_initiative_named_mid_sentence_is_its_own_thing() -> None:
    # _PLACE_DECK:11 "Bygger på den nationella Kraftsamling för psykisk hälsa" / "som SKR samordnar"
    found = read_deck(_PLACE_DECK)
    national = one_named(found, "Kraftsamling för psykisk hälsa")
    assert national.kind == "initiative" and national.source.line == 11
    assert "den nationella Kraftsamling för psykisk hälsa" in national.alt_names
    # _TARGET_DECK:11 "den regionala Satsning för unga vuxna som länet driver"
    regional = one_named(read_deck(_TARGET_DECK), "Satsning för unga vuxna")
    assert regional.source.line == 11


def test_the_short_name_with_a_date_is_no_new_initiative() -> None:
    # _PLACE_DECK:19-21 "… Kraftsamling Ankeby i maj 2039", "… Kraftsamling Ankeby 2040–2042" and
    # :27 "Kick-off Kraftsamling Ankeby 3 mars 2039": the deck's initiative by its foot's short name.
    found = read_deck(_PLACE_DECK)
    initiatives = {m.name for m in found if m.kind == "initiative"}
    assert not [n for n in initiatives if n.startswith("Ankeby")], initiatives
    # _TARGET_DECK:19 "Satsning för unga vuxna – Norrbyn 2042: fler skolor"
    target = {m.name for m in read_deck(_TARGET_DECK) if m.kind == "initiative"}
    assert not [n for n in target if "2042" in n], target


_EVENT_DECK = _deck(
    [
        ["Satsning Ankeby", "Ankeby kommun"],
        ["Föräldraskap", "■ Föräldrakväll: Trygga tonår – 14 november 2039, Folkets hus Ankeby"],
        ["Skolan", "■ Temakväll om skärmtid – 2 december 2039, Stadshuset i Norrby"],
        ["Film", "■ Visades på Kick-off Satsning Ankeby 3 mars 2039", "■ Och på Lärträff Satsning Ankeby 5 maj 2039"],
        ["Pilot Bryggan", "■ Pågår september 2038 – juni 2040", "■ Startar våren 2039 – hösten 2040"],
    ],
    "Satsning Ankeby 2039 | bild {n} av {total}",
)


def test_a_dated_list_item_names_an_evening_meeting_held_at_a_venue() -> None:
    # _EVENT_DECK:9 "Föräldrakväll: Trygga tonår – 14 november 2039, Folkets hus Ankeby": the venue
    # after the date may hold lower-case words; "-kväll" makes an occasion.
    found = read_deck(_EVENT_DECK)
    evening = one_named(found, "Föräldrakväll: Trygga tonår")
    assert evening.kind == "event" and evening.start == "2039-11-14"
    # _EVENT_DECK:15 "Temakväll om skärmtid – 2 december 2039, Stadshuset i Norrby"
    theme = one_named(found, "Temakväll om skärmtid")
    assert theme.kind == "event" and theme.start == "2039-12-02"


def test_an_occasion_named_after_the_initiative_keeps_its_noun_and_loses_its_date() -> None:
    # _EVENT_DECK:21 "Visades på Kick-off Satsning Ankeby 3 mars 2039": the kick-off of the deck's
    # initiative (title slide :1, foot "Satsning Ankeby 2039 | …"), held on 3 mars 2039.
    found = read_deck(_EVENT_DECK)
    assert one_named(found, "Kick-off Satsning Ankeby").kind == "event"
    # _EVENT_DECK:23 "Och på Lärträff Satsning Ankeby 5 maj 2039"
    assert one_named(found, "Lärträff Satsning Ankeby").kind == "event"
    assert not [m for m in found if m.kind == "initiative" and "Satsning Ankeby " in m.name]


def test_a_status_line_with_a_period_is_no_occasion() -> None:
    # _EVENT_DECK:29 "Pågår september 2038 – juni 2040" and :31 "Startar våren 2039 – hösten 2040":
    # a predicate and the period the pilot spans.
    found = read_deck(_EVENT_DECK)
    assert not [m for m in found if m.kind == "event" and m.name.startswith(("Pågår", "Startar"))]


_MEMBERS = "\n".join(
    [
        "Satsning Ankeby",
        "",
        "Ankeby 2039",
        " Fler än 20 organisationer är med",
        "Kommuner",
        "Ankeby kommun",
        "Norrby kommun",
        "Civilsamhälle",
        "Rädda Barnen Ankeby",
        "Unga i Ankeby (ungdomsråd, 13–19 år)",
        "Föreningen Vägen (ideell förening)",
        "",
        " Tack",
    ]
)


def test_a_lower_case_bracket_after_a_listed_organisation_is_a_gloss() -> None:
    # _MEMBERS:10 "Unga i Ankeby (ungdomsråd, 13–19 år)" and :11 "Föreningen Vägen (ideell förening)":
    # the bracket says what the organisation is; the name is the words before it.
    found = read_deck(_MEMBERS)
    council = one_named(found, "Unga i Ankeby")
    assert council.kind == "actor" and "Unga i Ankeby (ungdomsråd, 13–19 år)" in council.alt_names
    assert one_named(found, "Föreningen Vägen").kind == "actor"


_SUPPORT_DECK = _deck(
    [
        ["Satsning Ankeby", "Ankeby kommun"],
        ["Läget", "■ Var tredje elev sover dåligt", "Källa: Ankebyenkäten 2038"],
        ["Läget i länet", "■ Fler söker stöd", "Källor: Hälsa i Norr 2037 (Region Norr), Elevkollen 2038"],
        [
            "Stöd vi använder",
            "■ Lotsen på vårdcentralen i Ankeby",
            "■ Vuxen i tonåren – föräldraprogram",
            "■ Unga mår bra",
        ],
        ["Material som används", "■ Bryggan Plus i elevhälsan", "■ Samtal inom tre veckor"],
    ],
    "Satsning Ankeby 2039 | bild {n} av {total}",
)


def test_a_source_line_cites_resources() -> None:
    # _SUPPORT_DECK:11 "Källa: Ankebyenkäten 2038"; :19 "Källor: Hälsa i Norr 2037 (Region Norr),
    # Elevkollen 2038": each cited title a resource, the bracket its publisher.
    found = read_deck(_SUPPORT_DECK)
    assert one_named(found, "Ankebyenkäten 2038").kind == "resource"
    cited = one_named(found, "Hälsa i Norr 2037")
    assert cited.kind == "resource" and [a.name for a in cited.actors] == ["Region Norr"]
    assert one_named(found, "Elevkollen 2038").kind == "resource"


def test_a_slide_on_supports_in_use_names_each_by_its_place_of_use() -> None:
    # _SUPPORT_DECK:25 "Lotsen på vårdcentralen i Ankeby" under "Stöd vi använder"; :37 "Bryggan Plus i
    # elevhälsan" under "Material som används": a name and where it is used.
    found = read_deck(_SUPPORT_DECK)
    assert one_named(found, "Lotsen").kind == "resource"
    assert one_named(found, "Bryggan Plus").kind == "resource"
    # :27 "Vuxen i tonåren – föräldraprogram" (a dash title), :29 "Unga mår bra", :39 "Samtal inom
    # tre veckor": no name followed by its place of use alone
    assert not [m for m in found if m.name in ("Unga", "Samtal", "Vuxen")]


_QUESTION_DECK = _deck(
    [
        ["Satsning Ankeby", "Ankeby kommun"],
        ["Unga berättar", "Filmen Vart vänder jag mig? (2038)", "■ Gjord av ungdomsrådet"],
        ["Podd", "Podden Hur mår du, egentligen? (2039)", "■ Sex avsnitt"],
    ],
    "Satsning Ankeby 2039 | bild {n} av {total}",
)


def test_a_question_title_runs_to_its_question_mark_before_the_year() -> None:
    # _QUESTION_DECK:9 "Filmen Vart vänder jag mig? (2038)"; :17 "Podden Hur mår du, egentligen? (2039)":
    # a title asking a question ends at its question mark (a comma inside is the title's own);
    # the bracket after it gives the year.
    found = read_deck(_QUESTION_DECK)
    film = one_named(found, "Vart vänder jag mig?")
    assert film.kind == "resource" and film.years == (2038,)
    podcast = one_named(found, "Hur mår du, egentligen?")
    assert podcast.kind == "resource" and podcast.years == (2039,)
    assert not [m for m in found if m.name in ("Vart", "Hur mår du")]
