"""Slide-deck conventions of an eighth edition (wave 8), on made-up decks.

The decks leave a blank line between most lines, open each slide with a title the export indents
by one space, and close each slide with a running foot "<place> · <title> <year> · bild n/m";
some slides are single-spaced (a list of participants, the next steps).
"""

from __future__ import annotations

from tests.loader.slide_decks import deck_text, kinds_named, one_named, read_deck

_deck = deck_text


_MEMBERS = _deck(
    [
        [
            "Tillsammans i Ankeby",
            "Kraftsamling för barns psykiska hälsa i Ankeby",
            "Kick-off, Ankeby stadshus, 3 mars 2061",
        ],
        [
            "Vilka är med?",
            "",
            "Ankeby kommun",
            "Norrby kommun",
            "Region Väst",
            "Vårdcentralen Norrby",
            "Lokalpolisområde Ankeby",
            "– Polisregion Väst",
            "Norrby Innebandyklubb",
            "Ankeby folkhögskola",
        ],
        ["Vårt team", "Samordnare: en socionom, Ankeby kommun", "En psykolog, Region Väst"],
        [
            "Nästa steg",
            "Utvärdering av piloten – december 2061",
            "Nätverksträff för kuratorer – 3 mars 2062",
        ],
    ],
    "Ankeby · Kraftsamling 2061 · bild {n}/{total}",
    tight=(2, 3, 4),
)

_PARTNERS = _deck(
    [
        ["Barnkraft Västby", "Satsning för barn i Västby", "Västby 4 april 2062"],
        [
            "Med i arbetet",
            "Västby kommun",
            "Region Öst",
            "BUP Öst",
            "Familjecentralen Västby",
            "Västby IF",
            "Föreningen Glädjen",
        ],
    ],
    "Barnkraft Västby 2062 | {n} av {total}",
    tight=(2,),
)


def test_a_text_box_of_organisations_one_to_a_line_names_each() -> None:
    # _MEMBERS slide 2: "Vårdcentralen Norrby", "Norrby Innebandyklubb" one to a line; the dash line
    # "– Polisregion Väst" goes on with the police area above it
    found = read_deck(_MEMBERS)
    for name in ("Vårdcentralen Norrby", "Norrby Innebandyklubb", "Lokalpolisområde Ankeby – Polisregion Väst"):
        assert kinds_named(found, name) == ["actor"], name
    assert not kinds_named(found, "Polisregion Väst")
    # _PARTNERS slide 2, another title: "Västby IF", "Föreningen Glädjen"
    partners = read_deck(_PARTNERS)
    assert kinds_named(partners, "Västby IF") == ["actor"]
    assert kinds_named(partners, "Föreningen Glädjen") == ["actor"]
    # _MEMBERS slide 3: "<role>, <organisation>" lines are a team's members, not a list of names
    assert not [m for m in found if m.name.startswith("Samordnare")]


def test_a_venue_after_a_comma_is_no_part_of_an_occasion() -> None:
    # _MEMBERS:1 "Kick-off, Ankeby stadshus, 3 mars 2061"
    found = read_deck(_MEMBERS)
    assert not [m for m in found if "stadshus" in m.name and m.kind == "event"]


def test_a_step_of_the_work_on_the_next_steps_slide_is_no_occasion() -> None:
    # _MEMBERS slide 4: "Utvärdering av piloten – december 2061" (a step about the pilot named
    # before); "Nätverksträff för kuratorer – 3 mars 2062" is an occasion
    found = read_deck(_MEMBERS)
    assert not [m for m in found if m.name.startswith("Utvärdering")]
    assert kinds_named(found, "Nätverksträff för kuratorer") == ["event"]


_MODEL = _deck(
    [
        ["Tillsammans i Ankeby", "Kraftsamling för barns psykiska hälsa i Ankeby", "Ankeby 3 mars 2061"],
        ["BRYGGAN", "Bryggan – en modell för samordnat stöd", "för barn 3–15 år i första linjen", "➤ Togs fram 2059"],
        ["Bryggan – pilot i Norrby", "➤ Startade januari 2060 på två skolor"],
        [
            "Arenor för lärande",
            "Workshop: Bryggan i skolan",
            "– för rektorer, våren 2061",
            "Webbinarium: Ledstången – kom igång",
        ],
    ],
    "Ankeby · Kraftsamling 2061 · bild {n}/{total}",
)

_METHOD = _deck(
    [
        ["Barnkraft Västby", "Satsning för barn i Västby", "Västby 4 april 2062"],
        ["Ledstången", "Ledstången – ett metodstöd för samtal med unga", "➤ Används på alla mottagningar"],
        ["Slut", "Tack"],
    ],
    "Barnkraft Västby 2062 | {n} av {total}",
)


def test_a_title_restated_with_a_dash_subtitle_names_the_thing_in_full() -> None:
    # _MODEL slide 2: "BRYGGAN" / "Bryggan – en modell för samordnat stöd" / "för barn 3–15 år i första linjen"
    found = read_deck(_MODEL)
    model = one_named(found, "Bryggan – en modell för samordnat stöd för barn 3–15 år i första linjen")
    assert model.kind == "resource" and "Bryggan" in model.alt_names
    # _MODEL slide 3: the pilot named after the model is a project of its own
    assert kinds_named(found, "Bryggan – pilot i Norrby") == ["initiative"]
    # _METHOD slide 2, another wording: "Ledstången" / "Ledstången – ett metodstöd för samtal med unga"
    method = one_named(read_deck(_METHOD), "Ledstången – ett metodstöd för samtal med unga")
    assert method.kind == "resource"


def test_an_occasion_labelled_by_its_noun_keeps_the_noun() -> None:
    # _MODEL slide 4: "Workshop: Bryggan i skolan", "Webbinarium: Ledstången – kom igång"
    found = read_deck(_MODEL)
    assert kinds_named(found, "Workshop: Bryggan i skolan") == ["event"]
    assert kinds_named(found, "Webbinarium: Ledstången – kom igång") == ["event"]


_WRAPPED = _deck(
    [
        ["Alla barn ska ha någon att gå till", "Kraftsamling för barns hälsa i Norra Ankeby", "Ankeby 3 mars 2061"],
        [
            "Vilka är med?",
            "Kommuner och region",
            "Ankeby kommun",
            "Region Väst",
            "Andra aktörer",
            "Samordningsförbundet Norra Ankeby",
            "Lokalpolisområde Norra ~",
            "Ankeby",
            "Föreningen Glädjen",
        ],
    ],
    "Kraftsamling Norra Ankeby 2061 · {n}/{total}",
    tight=(2,),
)


def test_a_compass_word_ends_no_name_in_a_participant_list() -> None:
    # _WRAPPED slide 2: "Lokalpolisområde Norra " / "Ankeby": the compass word qualifies the place below
    found = read_deck(_WRAPPED)
    assert kinds_named(found, "Lokalpolisområde Norra Ankeby") == ["actor"]
    assert not kinds_named(found, "Ankeby") and not kinds_named(found, "Lokalpolisområde Norra")


def test_a_slogan_ending_in_a_preposition_cuts_no_title_short() -> None:
    # _WRAPPED:1-3 "Alla barn ska ha någon att gå till" / "Kraftsamling för barns hälsa i Norra Ankeby":
    # the slogan's stranded "till" joins the lines, but the title is read whole, once
    found = read_deck(_WRAPPED)
    assert kinds_named(found, "Kraftsamling för barns hälsa i Norra Ankeby") == ["initiative"]
    assert not kinds_named(found, "Kraftsamling för barns hälsa")


_DONE = _deck(
    [
        ["Barnkraft Västby", "Satsning för barn i Västby", "Västby 4 april 2062"],
        [
            "Det här har vi gjort",
            "❖ Kartläggning Vägar till stöd ~",
            "i Västby 2061",
            "❖ Webbutbildning Trygg på rasten",
            "❖ Rapport om läget lämnades i maj",
        ],
    ],
    "Barnkraft Västby 2062 | {n} av {total}",
)


def test_a_form_noun_before_a_capitalised_title_names_a_resource() -> None:
    # _DONE slide 2: "❖ Kartläggning Vägar till stöd " / "i Västby 2061"; "❖ Webbutbildning Trygg på rasten"
    found = read_deck(_DONE)
    survey = one_named(found, "Vägar till stöd i Västby 2061")
    assert survey.kind == "resource" and survey.forms == ("kartlaggning",)
    assert "Kartläggning Vägar till stöd i Västby 2061" in survey.alt_names
    assert kinds_named(found, "Trygg på rasten") == ["resource"]
    # "❖ Rapport om läget lämnades i maj": a sentence about a report, no title
    assert not [m for m in found if m.name.startswith("om läget")]


def test_a_named_day_right_before_its_date_is_an_occasion() -> None:
    # a "…-dagen" / "…dagarna" compound right before the date, on the next steps slide
    deck = _deck(
        [
            ["Barnkraft Västby", "Satsning för barn i Västby", "Västby 4 april 2062"],
            ["Nästa steg", "❖ Bryggan-dagen 7 oktober 2062", "❖ Västbydagarna 3–4 maj 2063, Folkets hus Västby"],
        ],
        "Barnkraft Västby 2062 | {n} av {total}",
        tight=(2,),
    )
    found = read_deck(deck)
    assert kinds_named(found, "Bryggan-dagen") == ["event"]
    assert kinds_named(found, "Västbydagarna") == ["event"]
