"""Years of making read from prose: "kom" next to a time phrase, plans and updates by clause.

Reading guide, Years: the years the text gives for making, publishing or launching the item.
Each sentence below is quoted from a tuned set's report (file and line in the comment).
"""

from __future__ import annotations

import pytest

from loader import facts
from loader.model import Document, Line
from loader.named_things import extract


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # blind5 2029-inventering-stod-och-kunskapsmaterial-psykisk-halsa.txt:81
        ("Metodstödet kom 2028 och är gjort för sjuksköterskor på barnavårdscentraler.", "Föräldraoro på BVC", (2028,)),
        # blind5 2029-inventering-stod-och-kunskapsmaterial-psykisk-halsa.txt:138-139: the later
        # subtitling ("textades … 2028") is no making
        (
            "Filmen kom 2026 och riktar sig till familjehemsföräldrar. Den textades på arabiska och somaliska 2028.",
            "Ung och placerad – film om tonåringar i familjehem",
            (2026,),
        ),
        # blind6 2030-insatser-psykisk-halsa-suicidprevention-2029.txt:121
        ("Metodstödet kom i april 2029.", "Lugn i klassrummet", (2029,)),
        # blind5 2029-insatser-psykisk-halsa-suicidprevention-2028.txt:195 (a fronted time phrase)
        (
            "Under 2028 kom webbutbildningen Psykisk ohälsa hos äldre – en grundkurs, för personal i hemtjänst.",
            "Psykisk ohälsa hos äldre – en grundkurs",
            (2028,),
        ),
    ],
)
def test_kom_with_a_time_phrase_dates_the_item(text: str, name: str, expected: tuple[int, ...]) -> None:
    assert facts.years_in_text(text, name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Utredningen kom fram till 2020 att stödet behövs.",  # "kom fram till": no publishing
        "Under 2017 kom det in 470 idéer från brukare till verktyget.",  # dev 2018-slutrapport: "kom … in"
        "SKR kom 2028 överens med regeringen om verktyget.",  # an agreement, not the item
    ],
)
def test_kom_without_publishing_sense_gives_no_year(text: str) -> None:
    assert facts.years_in_text(text, "Verktyget X") == ()


def test_a_plan_in_a_later_clause_does_not_block_the_making_year() -> None:
    # blind5 2029-inventering-stod-och-kunskapsmaterial-psykisk-halsa.txt:161-162: "planerar" is
    # what the managers do, not a plan for the checklist.
    text = (
        "Checklistan togs fram 2028 tillsammans med Försäkringskassan och är tänkt för "
        "chefer och HR som planerar en anställds återgång i arbete."
    )
    assert facts.years_in_text(text, "Tillbaka i tid") == (2028,)
    # A plan governing the verb still blocks it.
    assert facts.years_in_text("Checklistan ska tas fram under 2029.", "Tillbaka i tid") == ()


def test_going_on_in_the_years_clause_blocks_the_year() -> None:
    # dev 2022-insatser-psykisk-halsa.txt:803-806: 2021 is when the portal went on being used.
    text = (
        "Den webbaserade utbildningsportalen som tagits fram i samverkan med BUP-kliniker har "
        "under 2021 fortsatt att användas, även av en del vuxenpsykiatriska kliniker."
    )
    assert facts.years_in_text(text, "Utbildningsportal för BUP") == ()


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # blind5 2029-slutrapport-2028-forstarkt-stod-barn-och-unga.txt:126
        (
            "Skriften När någon i klassen har tagit sitt liv, som kom 2025, uppdaterades 2028 med ett nytt avsnitt.",
            "När någon i klassen har tagit sitt liv",
            (2025, 2028),
        ),
        # blind5 2029-insatser-psykisk-halsa-suicidprevention-2028.txt:129-130
        (
            "Närvaroteamet – modell för samverkan kring elever med hög frånvaro togs fram 2026 och "
            "uppdaterades i augusti 2028.",
            "Närvaroteamet – modell för samverkan kring elever med hög frånvaro",
            (2026, 2028),
        ),
    ],
)
def test_update_year_is_the_one_in_the_update_verbs_clause(text: str, name: str, expected: tuple[int, ...]) -> None:
    assert facts.years_in_text(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # blind6 2029-kraftsamling-psykisk-halsa-unga-malmfalten.txt:146-148, a deck box whose title
        # wraps past the item's name to its year group
        (
            "Broa – en checklista för överlämning \nfrån BUP till vuxenpsykiatrin, för unga \nsom fyller 18 (2028)",
            "Broa – en checklista för överlämning från BUP till vuxenpsykiatrin",
            (2028,),
        ),
        # blind6 2029-kraftsamling-psykisk-halsa-unga-malmfalten.txt:190-191
        (
            "Ung same i Sápmi – en podd av och för \nsamiska unga, sex avsnitt (2029)",
            "Ung same i Sápmi – en podd av och för samiska unga",
            (2029,),
        ),
        # a sentence, not a title, before the year group
        ("Broa är en checklista. Den kom (2028)", "Broa", ()),
    ],
)
def test_a_year_group_closing_a_wrapped_title_is_its_year(text: str, name: str, expected: tuple[int, ...]) -> None:
    assert facts.run_on_title_years(text, (name,)) == expected


def _doc(*lines: str) -> Document:
    return Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))


def test_sentences_going_on_about_a_named_thing_are_kept_for_its_year() -> None:
    # blind6 2030-insatser-psykisk-halsa-suicidprevention-2029.txt:76-77: the year is in the
    # sentence after the naming one, which takes up the head noun ("Handboken").
    doc = _doc(
        "SKR har också tagit fram Ung och orolig – en handbok för första linjens personal om unga med ångest. "
        "Handboken publicerades i juni 2029 och har laddats ned drygt 4 000 gånger.",
        "",
        "Regionerna har också arbetat med köerna under året.",
    )
    thing = next(m for m in extract(doc) if m.name.startswith("Ung och orolig"))
    goes_on = dict(thing.extra).get("goes-on", "")
    assert goes_on.startswith("Handboken publicerades i juni 2029")
    assert facts.years_in_text(goes_on, in_clause=True) == (2029,)


def test_a_year_in_a_later_clause_of_the_going_on_is_not_the_making() -> None:
    # blind6 2030-slutrapport-2029-stod-till-kommuner-och-regioner.txt:106-107: 2030 is when the
    # guide is tried out, not made.
    text = "Guiden har tagits fram tillsammans med Suntarbetsliv och prövas under 2030 i fem kommuner."
    assert facts.years_in_text(text, in_clause=True) == ()
    assert facts.years_in_text("Vägledningen tas fram under 2025 och beräknas vara klar i januari 2026.") == ()
