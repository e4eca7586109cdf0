"""Action-plan conventions of the tenth blind set's plan (tests/eval/blind10/README.md, "Layout
variations", "Plan"): lettered areas "A." … "D." with "A.1" sub-headings, each area opening with a
"Mål:" line; arrows "→" as list glyphs with continuation lines indented by one space; page feet
"<title> – n/N"; and the same outline written with other numbering schemes (roman numerals,
digits, "Fokusområde n").

The plans below are made up (no sentence is copied from a report).
"""

from __future__ import annotations

import pytest

from loader.layouts.action_plan import ActionPlanLayout, _Plan
from loader.layouts.bullets import is_bullet, strip_bullet
from loader.layouts.inventory import InventoryLayout
from loader.layouts.numbered_report import NumberedReportLayout
from loader.model import Document, Line

LETTERED = """Plan för psykisk hälsa i Norrby 2041
Ydre och Ulvsby tillsammans med Region Norrby

Bakgrund
Kommunerna har samarbetat sedan 2038.

 Norrby – Plan 2041 – 1/3

 A. Barn och unga

Mål: Fler unga i Norrby ska få stöd tidigt.

 A.1 Första linjen
→ Mottagningen Unga Norrby öppnar i Ydre under 2041 och tar emot
 unga 13–24 år.
→ Personalen använder bedömningsstödet Vägvisaren vid första kontakt.

 B. Äldre

Mål: Färre äldre ska vara ensamma.

→ Materialet Ensam men inte ensam används i hemtjänsten.

 Norrby – Plan 2041 – 2/3
"""


def _doc(text: str) -> Document:
    return Document("r", tuple(Line(n, t) for n, t in enumerate(text.splitlines(), 1)))


def _scheme(area: str, sub: str) -> str:
    """The lettered plan with its areas and sub-headings numbered in another scheme."""
    text = LETTERED.replace(" A. Barn", f" {area.format(1)} Barn").replace(" B. Äldre", f" {area.format(2)} Äldre")
    return text.replace(" A.1 Första", f" {sub} Första").replace("→", "•")


def test_arrows_are_list_glyphs() -> None:
    # "→ Mottagningen …" (LETTERED, line 14): an arrow opens a list item like "•".
    assert is_bullet("→ Mottagningen Unga Norrby öppnar") and strip_bullet("⇒ Vägvisaren") == "Vägvisaren"
    assert not is_bullet("Mottagningen → Unga Norrby")


@pytest.mark.parametrize(
    ("area", "sub"),
    [("{}.", "1.1"), ("{})", "1.1"), ("II.", "II.1"), ("Fokusområde {}:", "1.1"), ("Område {}", "a)")],
)
def test_plan_is_recognised_by_areas_with_goals_in_any_scheme(area: str, sub: str) -> None:
    # Lettered areas each opening with "Mål:" (LETTERED, lines 9 and 11; 18 and 20), in any scheme.
    text = _scheme(area, sub)
    assert ActionPlanLayout().score(_doc(text)) >= 0.5, text


def test_lettered_plan_scores_as_a_plan() -> None:
    assert ActionPlanLayout().score(_doc(LETTERED)) >= 0.5


def test_numbered_sections_over_lists_without_goals_make_no_plan() -> None:
    # A numbered report's sections over lists: no goals, no plan.
    text = "1 Inledning\nText.\n\n2.1 Primärvård\n• Stegvis vård införs.\n• Samtalsnyckeln används.\n"
    assert ActionPlanLayout().score(_doc(text)) == 0.0


def test_an_opening_preposition_is_no_outline_label() -> None:
    # "I Ydre …" opens a sentence; the capital "I" is no roman numeral without its stop.
    text = "I Ydre startar en mottagning\nMål: Alla får stöd.\n"
    assert ActionPlanLayout().score(_doc(text)) == 0.0


def test_other_layouts_stay_below_the_plan() -> None:
    doc = _doc(LETTERED)
    plan = ActionPlanLayout().score(doc)
    assert InventoryLayout().score(doc) < plan and NumberedReportLayout().score(doc) < plan


def _plan() -> _Plan:
    return _Plan(_doc(LETTERED))


def test_sub_heading_keeps_its_outline_number() -> None:
    # " A.1 Första linjen" (LETTERED, line 13): ".1" is the heading's number, not a footnote mark.
    plan = _plan()
    assert plan.texts[12] == "A.1 Första linjen" and plan.is_heading(12)
    assert plan.headings[14] == "A.1 Första linjen"  # the item under it (line 15)


def test_page_feet_with_n_of_n_are_furniture() -> None:
    # " Norrby – Plan 2041 – 1/3" (line 7) and "… – 2/3" (line 24): no heading, no text.
    plan = _plan()
    assert plan.texts[6] == "" and plan.texts[23] == ""
    assert plan.headings[9] == "A. Barn och unga"  # "A. Barn och unga" (line 9) heads its goal


def test_arrow_items_join_their_indented_continuation() -> None:
    # "→ Mottagningen … tar emot" / " unga 13–24 år." (lines 14–15): one list item.
    items = [u for u in _plan().units(0, len(LETTERED.splitlines())) if u.bullet]
    assert items[0].text == "Mottagningen Unga Norrby öppnar i Ydre under 2041 och tar emot unga 13–24 år."
    assert len(items) == 3


def test_tab_rows_are_units_of_their_own() -> None:
    text = "Tabell 1. Medel.\nKommun\tMedel\nYdre\t1 420\nUlvsby\t980\n\n"
    text += "Förkortningar\n\nSIP\tsamordnad plan\nSKR\tSKR\n"
    plan = _Plan(_doc(text))
    units = [u.text for u in plan.units(0, len(plan.texts))]
    assert "Ydre 1 420" in units and "Ulvsby 980" in units and "SIP samordnad plan" in units


def test_cover_lists_the_parties_by_town() -> None:
    # "Ydre och Ulvsby tillsammans med …" (line 2) names two towns only: no list of parties;
    # three towns or more make one.
    names = {m.name for m in ActionPlanLayout().extract(_doc(LETTERED)) if m.kind == "actor"}
    assert "Ydre kommun" not in names
    cover = LETTERED.replace("Ydre och Ulvsby", "Ydre, Kalla, Strömsta och Ulvsby", 1)
    mentions = [m for m in ActionPlanLayout().extract(_doc(cover)) if "kommun" in m.actor_types]
    assert {(m.name, m.alt_names) for m in mentions} >= {("Ydre kommun", ("Ydre",)), ("Ulvsby kommun", ("Ulvsby",))}


def test_names_end_before_the_clause_verb() -> None:
    text = LETTERED.replace(
        "→ Personalen använder bedömningsstödet Vägvisaren vid första kontakt.",
        "→ Föräldraprogrammet Trygga år erbjuds föräldrar till barn 10–15 år.\n"
        "→ Projektet Hemma igen stödjer placerade barn.",
    )
    names = {m.name for m in ActionPlanLayout().extract(_doc(text))}
    assert {"Trygga år", "Hemma igen"} <= names, names
    assert not any("erbjuds" in n or "stödjer" in n for n in names)


def test_a_subject_noun_phrase_is_named_by_its_appositive() -> None:
    # "En gemensam telefonlinje, Kustlinjen, tar emot samtal …" (blind10 plan, line 47, written
    # anew here): the subject's name between commas is a resource ("telefonlinje" is a cue noun of
    # the form vocabulary, with no form).
    text = LETTERED.replace(
        "→ Personalen använder bedömningsstödet Vägvisaren vid första kontakt.",
        "→ En gemensam telefonlinje, Norrbylinjen, tar emot samtal från unga.",
    )
    found = {m.name: m for m in ActionPlanLayout().extract(_doc(text))}
    assert found["Norrbylinjen"].kind == "resource" and not found["Norrbylinjen"].forms


def test_a_group_named_in_apposition_gets_no_made_up_name() -> None:
    # "Ett nytt samverkansteam, Team Unga Bohuslän, med personal …" (blind10 plan, line 67, written
    # anew here): the team is named by its appositive, not "Samverkansteam för <initiative>".
    text = LETTERED.replace(
        "→ Personalen använder bedömningsstödet Vägvisaren vid första kontakt.",
        "→ Ett nytt samverkansteam, Team Unga Norrby, med personal från BUP startar i Ydre.",
    )
    actors = {m.name for m in ActionPlanLayout().extract(_doc(text)) if m.kind == "actor"}
    assert "Team Unga Norrby" in actors
    assert not any(a.lower().startswith("samverkansteam") for a in actors), actors


def test_outline_areas_and_their_goals() -> None:
    # " A. Barn och unga" (line 9) opens with "Mål: …" (line 11): a focus area with its goal, and
    # " A.1 Första linjen" (line 13) one of its parts; " B. Äldre" (line 18) another area.
    found = ActionPlanLayout().extract(_doc(LETTERED))
    areas = {m.name: m for m in found if m.kind == "focus-area"}
    assert set(areas) == {"Barn och unga", "Första linjen", "Äldre"}
    assert areas["Barn och unga"].alt_names == ("A. Barn och unga",)
    assert any(r.target_name == "Barn och unga" for r in areas["Första linjen"].relations)
    goals = {m.name: m for m in found if m.kind == "goal"}
    assert set(goals) == {"Fler unga i Norrby ska få stöd tidigt.", "Färre äldre ska vara ensamma."}
    assert goals["Färre äldre ska vara ensamma."].source.line == 20
