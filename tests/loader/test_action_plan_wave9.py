"""Action-plan conventions of a ninth edition (wave 9), on made-up plans.

Each convention is tested in two wordings: a later edition writes the same thing differently.
"""

from __future__ import annotations

from loader.layouts.action_plan import ActionPlanLayout
from loader.model import Document, Line, Mention


def _read(rows: list[str]) -> list[Mention]:
    doc = Document(report="plan", lines=tuple(Line(n, t) for n, t in enumerate(rows, start=1)))
    return ActionPlanLayout().extract(doc)


def _names(rows: list[str], kind: str = "resource") -> dict[str, int]:
    return {m.name: m.source.line for m in _read(rows) if m.kind == kind}


_HEAD = [" Handlingsplan för psykisk hälsa i Ankeby 2070  ", "", " 2 Fokusområde: Vuxna  ", ""]


def test_a_subject_title_keeps_its_subtitle_over_a_relative_clause_to_the_verb() -> None:
    # Swedish noun phrase: the title opening the clause is its subject, so its dash subtitle runs to
    # the clause's verb; "som" opens a relative clause inside the subtitle, with its own verb.
    rows = [
        *_HEAD,
        "Spåret – metodstöd för rehabilitering för personer som är 18 år eller äldre togs fram 2060 av",
        "Ankeby kommun.",
        "",
        "Kursen Stegvis – utbildning för chefer som leder vårdcentraler har getts sedan 2061.",
    ]
    names = _names(rows)
    assert names.get("Spåret – metodstöd för rehabilitering för personer som är 18 år eller äldre") == 5
    assert names.get("Stegvis – utbildning för chefer som leder vårdcentraler") == 8


def test_an_object_title_keeps_its_subtitle_to_the_end_of_its_phrase() -> None:
    # After the verb the subtitle runs to the end of its phrase: a full stop, an age range's dash is no
    # dash; "och dess …" and "som …" open what follows the phrase.
    rows = [
        *_HEAD,
        "All personal använder Ledet – vägledning för första linjens samtal med unga 13–24 år.",
        "",
        "HR-avdelningarna använder guiden Åter i arbete – stöd för chefer vid återgång och dess checklista.",
    ]
    names = _names(rows)
    assert names.get("Ledet – vägledning för första linjens samtal med unga 13–24 år") == 5
    assert names.get("Åter i arbete – stöd för chefer vid återgång") == 7


def test_a_title_with_a_subtitle_of_its_own_words_is_a_thing() -> None:
    # A subtitle need not open with a form noun: a capitalised title and a noun phrase after the dash,
    # the title the clause's subject (to its verb) or after the verb, names a support.
    rows = [
        *_HEAD,
        "Solrosen – träffar för äldre 75 år och äldre som bor ensamma startade i Ankeby 2069 och",
        "sprids under 2070.",
        "",
        "Under 2070 lanseras Vägvalet.se – samlad ingång till stöd för unga i Ankeby.",
        "",
        "Bron – föräldraskapsstöd för föräldrar till tonåringar 13–17 år erbjuds via familjecentralen.",
    ]
    names = _names(rows)
    assert names.get("Solrosen – träffar för äldre 75 år och äldre som bor ensamma") == 5
    assert names.get("Vägvalet.se – samlad ingång till stöd för unga i Ankeby") == 8
    assert names.get("Bron – föräldraskapsstöd för föräldrar till tonåringar 13–17 år") == 10


def test_a_dash_aside_or_a_clause_after_the_dash_is_no_subtitle() -> None:
    rows = [
        *_HEAD,
        "Ankeby kommun – som leder arbetet – har fått medel för 2070.",
        "",
        "Samordningen – att alla ska få stöd i tid – är viktig.",
    ]
    names = _names(rows)
    assert not [n for n in names if n.startswith(("Ankeby", "Samordningen"))]


def test_a_thing_named_without_its_kind_is_taken_up_by_a_definite_noun() -> None:
    # "… lanseras Vägvalet.se – … . Webbplatsen ska hjälpa …": the next sentence refers back by a
    # definite noun of a kind, which says what the thing is and belongs to its text.
    rows = [
        *_HEAD,
        "Under 2070 lanseras Vägvalet.se – samlad ingång till stöd för unga. Webbplatsen ska hjälpa unga att",
        "hitta rätt.",
        "",
        "Bron – föräldraskapsstöd för föräldrar till tonåringar erbjuds via familjecentralen. Programmet togs",
        "fram 2068 av kommunen.",
    ]
    things = {m.name: m for m in _read(rows) if m.kind == "resource"}
    site = things["Vägvalet.se – samlad ingång till stöd för unga"]
    assert site.forms == ("webbplats",) and "Webbplatsen ska hjälpa" in site.description
    assert "Programmet togs fram 2068" in things["Bron – föräldraskapsstöd för föräldrar till tonåringar"].description


def test_a_numbered_area_heading_with_its_colon_is_a_heading_not_a_note() -> None:
    # " 3 Fokusområde: Vuxna  " opens a chapter; "3 Se www…" under the rule is footnote 3.
    rows = [
        *_HEAD[:2],
        " 2 Fokusområde: Barn  ",
        "Ledet – vägledning för samtal med unga togs fram 2068.",
        "",
        " 3 Insatsområde: Vuxna  ",
        "Kommunerna använder Stegvis – metodstöd för vårdcentraler.",
    ]
    sections = {m.name: m.source.section for m in _read(rows) if m.kind == "resource"}
    assert sections.get("Ledet – vägledning för samtal med unga") == "2 Fokusområde: Barn"
    assert sections.get("Stegvis – metodstöd för vårdcentraler") == "3 Insatsområde: Vuxna"


def test_the_effort_named_by_its_noun_in_a_heading_is_one_initiative() -> None:
    # "1.2 Satsningen X" / "Satsningen X inleddes 2058 …": the name is X (close apposition), the
    # heading its other name, and a past tense ends the name ("inleddes", "startades").
    for heading, sentence in (
        ("1.2 Satsningen Ankeby tillsammans", "Satsningen Ankeby tillsammans inleddes 2068 och samlar alla."),
        ("1.1 Projektet Ankeby i balans", "Projektet Ankeby i balans startades 2067 av kommunerna."),
    ):
        rows = [" Handlingsplan för psykisk hälsa i Ankeby 2070  ", "", heading, sentence, "", *_HEAD[2:]]
        found = [m for m in _read(rows) if m.kind == "initiative"]
        name = heading.split(" ", 2)[2]
        assert {m.name for m in found} == {name}  # one name (the graph merges same-named mentions)
        assert any(heading.split(" ", 1)[1] in m.alt_names for m in found)
