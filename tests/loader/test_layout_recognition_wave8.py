"""Recognising a deck and a plan by several independent conventions (wave 8), on made-up text.

A later edition may drop one convention of its layout (a plan whose goal lines are list items, a
deck whose bullet lines are long); the other conventions must still carry the report over the
threshold, and no other layout may overtake it.
"""

from __future__ import annotations

from loader.layouts.action_plan import ActionPlanLayout
from loader.layouts.base import THRESHOLD
from loader.layouts.slides import SlidesLayout
from loader.model import Document, Line
from loader.pipeline import choose_layouts


def _doc(rows: list[str]) -> Document:
    return Document(report="r", lines=tuple(Line(n, t) for n, t in enumerate(rows, start=1)))


def _plan_a(goals: bool = True, duties: bool = True) -> list[str]:
    """A plan with lettered sections, "◆" goal lines, "Insats n:" activities with indented
    "Ansvar:"/"När:" fields and a page foot "s. n"."""
    rows = [" Handlingsplan för psykisk hälsa i Östra Ankeby 2061  ", "Ankeby och Norrby med Region Väst", ""]
    for letter, area, item in (
        ("A", "Barn och unga", "Kompassen"),
        ("B", "Vuxna", "Bryggan"),
        ("C", "Äldre", "Ljuset"),
    ):
        rows += ["", f" {letter}. {area}  "]
        if goals:
            rows += [f"◆ Långsiktigt mål: Alla {area.lower()} får stöd i tid.", "◆ Mål för 2061: Fler får hjälp."]
        rows += [
            f"Insats {ord(letter) - 64}: {item} sprids",
            f"{item} är ett stöd som erbjuds i alla kommuner. Det ",
            "fortsätter under året.",
            "",
        ]
        if duties:
            rows += ["      Ansvar: kansliet", "      När: hösten 2061"]
        rows += ["", f"Östra Ankeby · Handlingsplan 2061 · s. {ord(letter) - 63}", ""]
    return rows


def _plan_b(title: bool = True) -> list[str]:
    """Another wording: goal lines without glyphs, "Åtgärd n." activities and an action table with
    a responsibility and a time column."""
    rows = ["Åtgärdsplan för suicidprevention i Västby 2062" if title else "Suicidprevention i Västby 2062", ""]
    rows += ["Område 1. Skolan", "Mål: Färre elever mår dåligt.", "Åtgärd 1. Utbildning för lärare", ""]
    rows += ["Område 2. Äldre", "Mål: Färre äldre är ensamma.", "Åtgärd 2. Träffpunkter", ""]
    rows += ["| Åtgärd | Ansvarig | Tidplan |", "|---|---|---|", "| Utbildning | skolchefen | våren |"]
    rows += ["| Träffpunkter | äldreomsorgen | hösten |"]
    return rows


def test_a_plan_whose_goal_lines_are_list_items_is_a_plan() -> None:
    # _plan_a: "◆ Långsiktigt mål: …" is a goal line behind a list glyph; the lettered sections
    # opening with a goal are the plan's areas
    assert ActionPlanLayout().score(_doc(_plan_a())) == 1.0
    assert [lay.name for lay, _ in choose_layouts(_doc(_plan_a()))] == ["action-plan"]


def test_a_plan_stays_a_plan_when_it_drops_one_convention() -> None:
    for rows in (_plan_a(goals=False), _plan_a(duties=False), _plan_b(), _plan_b(title=False)):
        assert ActionPlanLayout().score(_doc(rows)) >= THRESHOLD + 0.1, rows[0]
        assert choose_layouts(_doc(rows))[0][0].name == "action-plan", rows[0]


def test_responsibility_fields_alone_do_not_make_a_deck_a_plan() -> None:
    # a pilot's slide with "Ansvar:" once and goals: no activities, no plan structure
    rows = ["Piloten", "", "Övergripande mål", "", "Ansvar: skolan", "", "Fler elever får stöd"]
    assert ActionPlanLayout().score(_doc(rows)) == 0.0


def _deck(foot: str, glyph: str = "➤") -> list[str]:
    """A deck whose bullet lines are long (more than half the lines over 45 characters would make
    a report), without letter-spaced titles, with a slide counter in every foot."""
    rows = ["Tillsammans i Ankeby", "– barns psykiska hälsa", "", "Kraftsamling för barn i Ankeby", ""]
    for n in range(2, 12):
        rows += [f" Bild om arbetet {n}", ""]
        rows += [f"{glyph} Andelen barn 3–15 år med kontakt med BUP har ökat sedan 20{40 + n}", ""]
        rows += [f"{glyph} Långa avstånd – 140 km från Ankeby till mottagningen i staden", ""]
        rows += [foot.format(n=n), "", ""]
    return rows


def test_a_deck_with_long_bullet_lines_is_still_a_deck() -> None:
    # fragments without full stops and a slide counter in the foot carry the deck
    for foot in ("Ankeby · Kraftsamling 2061 · bild {n}/11", "Kraftsamling Ankeby | {n} av 11", "Bild {n}"):
        doc = _doc(_deck(foot))
        assert SlidesLayout().score(doc) >= THRESHOLD + 0.2, foot
        assert choose_layouts(doc)[0][0].name == "slides", foot


def test_a_report_page_foot_counts_no_slides() -> None:
    # "Sida 3 av 11" is a report's page: the same deck text with a page foot scores lower
    with_slides = SlidesLayout().score(_doc(_deck("Ankeby · bild {n}/11")))
    with_pages = SlidesLayout().score(_doc(_deck("Ankeby · sida {n} av 11")))
    assert with_pages == round(with_slides - 0.15, 3)
