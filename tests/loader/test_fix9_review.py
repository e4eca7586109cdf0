"""Bugs found by the wave-9 code review (/work/review9.md), fixed in the loader's layout code.

Each test is made-up text in at least two wordings; the convention each follows is named in its docstring.
"""

from __future__ import annotations

import pytest

from loader.layouts import inventory


# ---------------------------------------------------------------- #12 compound field labels


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Plattform: iOS och Android", None),  # plain word ending in "form": no form field
        ("Reform: ny läroplan 2058", None),
        ("Prototyp: app för unga", None),  # plain word ending in "typ"
        ("Pristyp: avgiftsfri", None),
        ("Materialtyp: app", "form"),  # a compound listed in pg:fieldLabel
        ("Typer: film och affisch", "form"),  # the plural of a label
        ("Huvudmålgrupp: unga 13–18 år", "target"),  # a whole first word before a long head
        ("Slutanvändare: personal i elevhälsan", "audience"),
    ],
)
def test_a_field_label_compound_needs_a_whole_first_word(line: str, role: str | None) -> None:
    """A Swedish compound joins a word of its own to its head; a word that only ends in a label is none."""
    found = inventory._field(line)
    assert (found[0] if found else None) == role


def test_an_inline_field_of_a_plain_word_is_no_field() -> None:
    """'Plattform:' after a sentence closes no entry with a form field; 'Typ:' does."""
    assert inventory._inline_fields("En app för unga. Plattform: webb och app.") == []
    assert [r for _, r, _ in inventory._inline_fields("En app för unga. Typ: app.")] == ["form"]


# ---------------------------------------------------------------- #31 a heading year bounded as a period


@pytest.mark.parametrize(
    ("heading", "years"),
    [
        ("Nytt material sedan 2054", ()),  # a period's start: entries were made in it, not in 2054
        ("Material som tillkommit från och med 2054", ()),  # the spelled-out bound, as "fr.o.m."
        ("Stöd som lanserats fr.o.m. 2054", ()),
        ("Material till och med 2055", ()),
        ("Nytt från 2054 och framåt", ()),
        ("Material från 2054", (2054,)),  # where the material comes from in time: the year it was made
        ("Utgivet material från år 2053", (2053,)),
        ("Material som publicerats 2052", (2052,)),
    ],
)
def test_a_heading_year_a_preposition_bounds_dates_no_entry(heading: str, years: tuple[int, ...]) -> None:
    """Reading guide, Years: a year for making or publishing the item. A period's bound is none."""
    from loader.tables import dating_years

    assert dating_years(heading) == years


# ---------------------------------------------------------------- #22 part labels are chapter words


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Del 4 – Elevhälsa", 4),  # a chapter word (grammar.CHAPTER_WORDS) labels a part
        ("AVSNITT 3: Äldre", 3),
        ("Kapitel 2. Skolan", 2),
        ("9. Suicidprevention", 9),
        ("Insats 3: Samtal i skolan", None),  # an item's number, not a part's
        ("Steg 2 – Uppföljning", None),  # a step
        ("Fas 1: Planering", None),  # a phase
    ],
)
def test_only_a_chapter_word_labels_a_numbered_part(line: str, number: int | None) -> None:
    assert inventory._heading_number(line) == number


def test_a_step_label_counts_as_title_words() -> None:
    """'Steg 2 –' is part of the heading's words; 'Del 2 –' is not."""
    assert inventory._title_words("Del 2 – Material för skolan") == 3
    assert inventory._title_words("Steg 2 – Material för skolan") == 6
