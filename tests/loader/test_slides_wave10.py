"""Slide-deck conventions of a tenth edition (wave 10), on made-up decks.

Decks of this edition write every list item with a dash at the margin ("– Ankeby kommun", "–
Trädkojan – program om …"), indent a second level below an item under another glyph ("   ▪ Del
ett"), wrap an item's name onto an indented line ("– Polisområde Väst," / "     lokalpolisområde
Ankeby–Norrby") and list who takes part under a title that says so ("VI ÄR MED") with no sector
headings.
"""

from __future__ import annotations

from loader.layouts.bullets import margin_dash
from tests.loader.slide_decks import deck_text, kinds_named, read_deck

_FOOT = "Ankeby · Kraftsamling 2070 · {n}/{total}"


def _members(title: str, police: list[str]) -> list[list[str]]:
    return [
        ["Tillsammans för barnen i Ankeby", "Kraftsamling för psykisk hälsa hos barn i Ankeby", "Ankeby 3 mars 2070"],
        [
            title,
            "– Ankeby kommun",
            "– Norrby kommun",
            "– Region Väst",
            *police,
            "– Norrby BK",
            "– Röda Korset Ankeby",
            "– Ungdomsrådet i Norrby (ledamöter 13–18 år)",
        ],
        ["VARFÖR?", "– Många aktörer och få vägar in", "– Långa väntetider"],
    ]


def test_a_dash_at_the_margin_is_the_decks_first_level() -> None:
    """A deck writing all its margin items with a dash has the dash as its first level; a glyph
    indented below a dash item is the second level. A deck of "•" items keeps its dashes as
    sub-items, and an outline's indented dashes are no margin items."""
    assert margin_dash(["– A", "– B", "– C", "   ▪ c1", "– D", "– E"]) == "–"
    assert margin_dash(["- A", "- B", "- C", "- D", "- E", "Text"]) == "-"
    assert margin_dash(["• A", "– a", "– b", "– c", "– d", "– e", "• B"]) is None
    assert margin_dash(["– A", "– B", "– C", "– D"]) is None  # too few to tell
    assert margin_dash(["\t– A", "\t– B", "\t– C", "\t– D", "\t– E"]) is None


def test_members_under_a_title_that_says_who_takes_part() -> None:
    """ "VI ÄR MED" / "Vilka är med?" over dash items with no sector headings: each line names one
    organisation; a lower-case bracket after a name says what the body is."""
    police = ["– Polisen i Ankeby"]
    for title in ("VI ÄR MED", "Vilka är med?"):
        mentions = read_deck(deck_text(_members(title, police), _FOOT, tight=(2,)))
        for name in ("Ankeby kommun", "Norrby BK", "Röda Korset Ankeby", "Ungdomsrådet i Norrby"):
            assert kinds_named(mentions, name) == ["actor"], (title, name)


def test_a_police_area_wrapped_with_its_local_area_is_one_actor_and_no_areas_heading() -> None:
    """ "– Polisområde Väst," over "     lokalpolisområde Ankeby–Norrby" names one body and its local
    unit; a singular "…område" names a district, never the heading of an initiative's areas (so the
    members below are no focus areas and the line above no initiative)."""
    for police in (
        ["– Polisområde Väst,", "     lokalpolisområde Ankeby–Norrby"],
        ["– Polisen,", "     lokalpolisområde Ankeby"],
    ):
        mentions = read_deck(deck_text(_members("VI ÄR MED", police), _FOOT, tight=(2,)))
        whole = " ".join(p.strip(" –") for p in police)
        assert kinds_named(mentions, whole) == ["actor"], [m.name for m in mentions]
        assert not [m for m in mentions if m.kind == "focus-area"]
        assert not [m for m in mentions if m.kind == "initiative" and "olis" in m.name]


def test_a_role_and_its_workplace_are_no_member_list() -> None:
    """ "Rektor, Ankeby skola": a role before a comma, no body and its unit; a slide of such lines
    under an ordinary title names no organisations by its lines."""
    slides = [
        ["Tillsammans för barnen i Ankeby", "Kraftsamling för psykisk hälsa hos barn i Ankeby", "Ankeby 3 mars 2070"],
        [
            "STYRGRUPPEN",
            "– Rektor, Ankeby skola",
            "– Kurator, Norrby skola",
            "– Skolsköterska, Ankeby skola",
            "– Socialsekreterare, Norrby kommun",
            "– Psykolog, Region Väst",
        ],
        ["VARFÖR?", "– Många aktörer och få vägar in", "– Långa väntetider"],
    ]
    names = {m.name for m in read_deck(deck_text(slides, _FOOT, tight=(2,)))}
    assert not any(n.startswith(("Rektor", "Kurator", "Psykolog")) for n in names), names
