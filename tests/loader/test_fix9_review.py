"""Bugs found by the wave-9 code review (/work/review9.md), fixed in the loader's layout code.

Each test is made-up text in at least two wordings; the convention each follows is named in its docstring.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loader.layouts import inventory
from loader.layouts.action_plan import ActionPlanLayout
from loader.layouts.base import Layout
from loader.layouts.numbered_report import NumberedReportLayout
from loader.layouts.slides import SlidesLayout
from loader.model import Document, Line
from loader.pipeline import build
from psykgraf.settings import Settings

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


# ---------------------------------------------------------------- #34 listed lines: declared, guarded, one parse

INVENTORY_A = """Material 2060

Del 1 – Skola

\uf0b7 Vindrosen (2059)

Ett samtalsstöd för kuratorer. Typ: metodstöd

Del 2 – Äldre

\uf0b7 Kvällsbryggan (2058)

Samtalsgrupper för äldre. Typ: modell
"""
INVENTORY_B = """Förteckning över stöd 2061

Skolan

\uf0b7 Fyrljuset – en guide för elevhälsan (2060)

Om samtal med elever.

Arbetslivet

\uf0b7 Tillbaka – checklista för chefer (2057)

Om återgång i arbete.
"""


def _doc(text: str) -> Document:
    return Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


@pytest.mark.parametrize(("text", "headings"), [(INVENTORY_A, {3, 9}), (INVENTORY_B, {3, 9})])
def test_an_inventory_is_segmented_once_for_its_mentions_and_listed_lines(
    text: str, headings: set[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build asks the layout for its mentions, its listed lines and its link problems: one reading."""
    calls: list[int] = []
    real = inventory._segment

    def counted(doc: Document, kinds: list[str]) -> tuple[list[object], list[int]]:
        calls.append(1)
        return real(doc, kinds)  # type: ignore[return-value]

    monkeypatch.setattr(inventory, "_segment", counted)
    inventory._parse.cache_clear()
    layout = inventory.InventoryLayout()
    doc = _doc(text)
    assert layout.extract(doc)
    assert layout.listed_lines(doc) == headings
    layout.problems(doc)
    assert len(calls) == 1


@pytest.mark.parametrize("layout", [SlidesLayout(), ActionPlanLayout(), NumberedReportLayout()])
@pytest.mark.parametrize("text", [INVENTORY_A, INVENTORY_B])
def test_a_layout_that_lists_no_lines_declares_none(layout: Layout, text: str) -> None:
    """listed_lines is part of the Layout protocol; its default lists nothing."""
    assert isinstance(layout, Layout)
    assert layout.listed_lines(_doc(text)) == frozenset()


def test_a_failing_listed_lines_reader_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Like every reader, listed_lines failing on one text is a warning, not the end of the build: the
    inventory (dev and held-out editions) keeps what its layout read."""

    def failing(self: object, doc: Document) -> frozenset[int]:
        raise ValueError("no such heading")

    monkeypatch.setattr(inventory.InventoryLayout, "listed_lines", failing)
    root = Path(__file__).resolve().parents[2]
    inventories = (
        root / "data" / "reports" / "2020-inventering-metod-och-kunskapsstod.txt",
        root / "tests" / "fixtures" / "heldout" / "2023-inventering-stod-och-kunskapsmaterial.txt",
    )
    for path in inventories:
        shutil.copy(path, tmp_path / path.name)
    result = build(Settings(reports_dir=tmp_path))
    failed = [w for w in result.warnings if "listed lines of layout inventory failed" in w]
    assert len(failed) == 2 and "ValueError: no such heading" in failed[0]
    assert all(result.counts[path.stem]["Resource"] > 20 for path in inventories)


# ---------------------------------------------------------------- #23 one reader of appendix titles


@pytest.mark.parametrize(
    ("heading", "opens"),
    [
        ("Bilaga 1: Produkter som tagits fram", True),  # a colon after the number, as appendix_tables reads it
        ("APPENDIX 2 Konferenser", True),
        ("Bilaga B Mässor och konferenser", True),
        ("Bilaga II. Samverkanspartner", True),
        ("5. Bilagor", True),
        ("Bilaga 1 Produkter\t18", False),  # a contents entry
        ("Bilagan innehåller en lista.", False),
    ],
)
def test_the_body_ends_where_the_appendix_reader_sees_an_appendix(heading: str, opens: bool) -> None:
    """The numbered report's body ends at the first appendix title appendix_tables would read."""
    from loader.layouts.numbered_segment import _body_end

    lines = tuple(Line(i, t) for i, t in enumerate(["Ett kapitel.", "Mer text.", heading, "Rad."], 1))
    assert (_body_end(lines, 0) == 2) is opens
