"""Action-plan conventions of the ninth blind set's plan (tests/eval/blind9/README.md, "Plan"):
running heads in capitals with a middle dot and no page number, headings set tight under the
text above them (one-word ones too), Wingdings arrows exported as "Ø " bullets, the municipalities
listed by town on the cover, an item titled by a list item or a heading over its own paragraph,
a title opening with a capitalised function word, an event titled in quotation marks after a
colon, the year's agreement called "för år <year>", and a joint effort whose section heading is a
common noun phrase and whose sentences name it.

The plan below is made up (no sentence is copied from a report).
"""

from __future__ import annotations

from functools import cache

from loader.layouts.action_plan import ActionPlanLayout, _Plan, municipality_name
from loader.model import Document, Line, Mention

PLAN = """Handlingsplan för gemensamt arbete med psykisk hälsa
Norrby län 2041
Region Norrby och kommunerna Ydre, Ulvsby, Kalla och Strömsta
Fastställd av Samrådet för psykisk hälsa i Norrby 2041-01-20

NORRBY LÄN · HANDLINGSPLAN 2041
Bakgrund
Statliga medel
Överenskommelsen för år 2041 ger regionen och kommunerna 40 miljoner kronor.
Utöver överenskommelsen styrs arbetet av Samverkansavtal om unga i Norrby 2040–2043.
Den gemensamma satsningen
Sedan 2036 driver regionen och kommunerna satsningen Alla med i Norrby. Arbetet leds
av Samrådet för psykisk hälsa i Norrby.

NORRBY LÄN · HANDLINGSPLAN 2041
I. Barn och unga
Mål: Fler unga ska få stöd tidigt.
Första linjen
Ø Införa den regionala vägledningen Stöd i tid på alla vårdcentraler.
Ø Ordna en temadag för skolans personal: ”Att se tidigt”.
Vuxna
Ø Samtalsstöd för SIP i Norrby
Ett gemensamt samtalsstöd för samordnad individuell plan, för personal i kommun och region.
Ø Broschyren Efter en kris – råd till anhöriga (2040) delas ut på vårdcentralerna.
Kartläggning av ensamhet i Norrby 2038–2040
En genomgång av ensamhet bland äldre i länet. Rapporten blir klar i maj 2041.
Samordning
Kansliet följer upp planen varje år och Strömsta kommun leder nätverket.
"""


def _doc() -> Document:
    return Document("r", tuple(Line(n, t) for n, t in enumerate(PLAN.splitlines(), 1)))


@cache
def _mentions() -> tuple[Mention, ...]:
    return tuple(ActionPlanLayout().extract(_doc()))


def _named(kind: str) -> dict[str, Mention]:
    return {m.name: m for m in _mentions() if m.kind == kind}


def test_running_head_is_no_heading() -> None:
    # Lines 6 and 15: the same capitals on two pages are page furniture; "Bakgrund" (7) and
    # "I. Barn och unga" (16) stand under them as headings.
    plan = _Plan(_doc())
    assert not plan.is_heading(5) and not plan.is_heading(14)
    assert plan.is_heading(6) and plan.is_heading(15)


def test_tight_headings() -> None:
    # "Statliga medel" (8) right under a heading, "Den gemensamma satsningen" (11) under a finished
    # sentence, "Första linjen" (18) under a goal line, the one-word "Vuxna" (21) and "Samordning"
    # (27) under a list item and a paragraph; the lines of a wrapped sentence (12, 13) are none.
    plan = _Plan(_doc())
    assert [plan.is_heading(n - 1) for n in (8, 11, 18, 21, 27)] == [True] * 5
    assert not plan.is_heading(11) and not plan.is_heading(12)
    assert plan.headings[18] == "Första linjen"  # line 19, the first "Ø" item


def test_wingdings_arrow_bullets() -> None:
    plan = _Plan(_doc())
    assert {i + 1 for i in plan.bullets} == {19, 20, 22, 24}
    assert not any(m.name.startswith("Ø") for m in _mentions())


def test_municipalities_listed_by_town() -> None:
    # Line 3: "kommunerna Ydre, Ulvsby, Kalla och Strömsta"; Strömsta is written in full at line 28.
    actors = _named("actor")
    assert {"Ydre kommun", "Ulvsby kommun", "Kalla kommun", "Strömsta kommun"} <= set(actors)
    assert actors["Ulvsby kommun"].alt_names == ("Ulvsby",)
    assert actors["Ydre kommun"].source.line == 3


def test_municipality_name() -> None:
    assert municipality_name("Kungsör", []) == "Kungsörs kommun"
    assert municipality_name("Sala", []) == "Sala kommun"
    assert municipality_name("Västerås", ["av Västerås stad"]) == "Västerås stad"


def test_initiative_named_in_its_section() -> None:
    # Line 12: "driver … satsningen Alla med i Norrby" under the heading "Den gemensamma satsningen".
    initiatives = [m for m in _mentions() if m.kind == "initiative"]
    assert {m.name for m in initiatives} == {"Alla med i Norrby"}
    assert any(m.alt_names == ("Den gemensamma satsningen",) for m in initiatives)


def test_titled_list_item_and_heading() -> None:
    # Line 22, a list item alone over the paragraph that takes it up ("Ett gemensamt samtalsstöd");
    # line 25, a heading opening with a form noun and naming a place and years.
    resources = _named("resource")
    item = resources["Samtalsstöd för SIP i Norrby"]
    assert item.source.line == 22 and item.description.startswith("Ett gemensamt samtalsstöd")
    assert item.heading == "Vuxna"
    report = resources["Kartläggning av ensamhet i Norrby 2038–2040"]
    assert report.source.line == 25 and report.forms == ("kartlaggning",)
    assert "Samordning" not in resources and "Vuxna" not in resources


def test_titles_after_cue_nouns() -> None:
    # Line 24: a title opening with "Efter"; line 20: a theme day titled in quotation marks;
    # line 19: the definite noun phrase before the name is another name of it.
    resources = _named("resource")
    assert "Efter en kris – råd till anhöriga" in resources
    assert "Att se tidigt" in _named("event")
    assert "den regionala vägledningen Stöd i tid" in resources["Stöd i tid"].alt_names


def test_agreement_of_the_year_and_contract() -> None:
    # Line 9: "Överenskommelsen för år 2041"; line 10: a contract that steers the work is no actor.
    agreement = _named("agreement")
    assert any("Överenskommelsen för år 2041" in m.alt_names for m in agreement.values())
    assert not any(name.startswith("Samverkansavtal") for name in _named("actor"))
