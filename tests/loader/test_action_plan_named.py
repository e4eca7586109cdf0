"""Named things of an action plan read by the layout's conventions, on a synthetic plan.

The plan below is made up (no sentence is copied from a report): goals, numbered activities with
task bullets, a list of county events, themes after an event noun, an appositive name after a
thing described by its cue noun, and places and destinations after a name.
"""

from __future__ import annotations

from functools import cache

from loader import agreements
from loader.layouts.action_plan import ActionPlanLayout
from loader.layouts.cues import name_at
from loader.model import Document, Line, Mention
from loader.named_things import extract, read_running_text, sentences
from tests.loader.helpers import text_document

PLAN = """ Inledning
Staten och SKR har sedan år 2009 kommit överens om insatser för psykisk hälsa. Genom
Överenskommelsen om insatser inom området psykisk hälsa och suicidprevention 2030–2031 får länet medel.

Tabell 1. Medel enligt överenskommelsen för 2031.

 Barn och unga
Projektet Trygg i skolan i Ydre och Boxholm prövar sedan 2029 stödsamtal för elever.
Region Norrby har gett ut webbutbildningen Hälsa i vardagen (2030), som vänder sig till personal.

Långsiktiga mål
• Alla barn får stöd i tid.

Kortsiktiga mål
• Minst fyra kommuner har en lokal överenskommelse om samverkan kring elevhälsa.

Prioriterade aktiviteter

Aktivitet 1. Sprida stöd
• Sprida webbutbildningen Hälsa i vardagen till alla kommuner
• Ta fram en länsgemensam webbsida om sömn, Sov gott i Norrby
• Ordna webbinarier för skolkuratorer. Teman: Oro inför prov, Sömn och skärmar
• Genomföra Familjedagen om föräldraskap den 12 mars 2031 i Norrköping

 Styrning
Länsgemensamma aktiviteter 2031
• Länsträffen Psykisk hälsa i Norrby 2031 (4 april)
• Dialogmöte med ungdomsråden (tre gånger per år)
"""


def _doc(text: str = PLAN) -> Document:
    return text_document(text, "2031-handlingsplan-norrby")


@cache
def _mentions() -> tuple[Mention, ...]:
    return tuple(ActionPlanLayout().extract(_doc()))


def _names(kind: str) -> set[str]:
    return {m.name for m in _mentions() if m.kind == kind}


def test_themes_after_an_event_noun_are_events() -> None:
    assert {"Oro inför prov", "Sömn och skärmar"} <= _names("event")


def test_a_dated_capitalised_definite_noun_is_an_event() -> None:
    assert "Familjedagen om föräldraskap" in _names("event")


def test_an_item_opened_by_an_indefinite_event_noun_is_an_event() -> None:
    events = _names("event")
    assert "Dialogmöte med ungdomsråden" in events
    # a definite event noun introduces the name; the item is not a second event
    assert "Länsträffen Psykisk hälsa i Norrby 2031 (4 april)" not in events


def test_an_appositive_name_after_a_described_thing() -> None:
    site = next(m for m in _mentions() if m.name == "Sov gott i Norrby")
    assert site.kind == "resource"


def test_a_name_ends_before_its_places_and_destinations() -> None:
    assert "Trygg i skolan" in _names("initiative")
    assert not any("Ydre" in n for n in _names("initiative"))
    assert "Hälsa i vardagen" in _names("resource")
    assert not any("alla kommuner" in n for n in _names("resource"))


def test_name_at_stops_before_a_new_noun_phrase_and_a_verb() -> None:
    text = "Webbplatsen Stödguiden och det regionala kunskapsstödet Vård vid oro och ångest används i länet."
    assert name_at(text, len("Webbplatsen ")) == ("Stödguiden", len("Webbplatsen Stödguiden"), None)
    got = name_at(text, text.index("Vård"))
    assert got is not None and got[0] == "Vård vid oro och ångest"
    assert name_at("webbutbildningen SIP i Norrby län, som", len("webbutbildningen "))[0] == "SIP i Norrby län"  # type: ignore[index]


def test_an_agreement_period_keeps_both_years() -> None:
    ag = next(m for m in _mentions() if m.kind == "agreement")
    assert ag.years == (2030, 2031)


def test_a_year_inside_the_period_is_that_agreement() -> None:
    doc = _doc()
    found = agreements.extract(doc, sentences(doc))
    dated = [m for m in found if m.years and 2031 in m.years and m.end]
    assert len(dated) == 1
    assert "Överenskommelsen för 2031" in dated[0].alt_names


def test_agreeing_since_a_year_is_a_series() -> None:
    doc = _doc()
    series = [m for m in agreements.extract(doc, sentences(doc)) if m.start == "2009"]
    assert len(series) == 1 and series[0].end is None
    assert series[0].source.line == 2


def test_an_agreement_named_only_in_a_goal_is_none() -> None:
    doc = _doc()
    read = read_running_text(doc, list(_mentions()))
    names = [m.name.lower() for m in read if m.kind == "agreement"]
    assert not any("lokal" in n or "elevhälsa" in n for n in names)
    # the same sentence outside a goal names an agreement
    goal = "Kortsiktiga mål\n• Minst fyra kommuner har en lokal överenskommelse om samverkan kring elevhälsa.\n"
    prose = "\nKommunerna har tecknat en lokal överenskommelse om samverkan kring elevhälsa för 2027.\n"
    other = _doc(PLAN.replace(goal, "") + prose)
    again = read_running_text(other, list(ActionPlanLayout().extract(other)))
    assert any("elevhälsa" in m.name.lower() for m in again if m.kind == "agreement")


def test_a_group_named_with_its_adjective_at_sentence_start() -> None:
    doc = Document("r", (Line(1, "Regional styrgrupp för barns hälsa (RSB) följer upp planen."),))
    found = [(m.kind, m.name, m.alt_names) for m in extract(doc)]
    assert ("actor", "Regional styrgrupp för barns hälsa", ("RSB",)) in found


SECOND = """ Äldre
Många kommuner erbjuder föräldraprogrammet KUL – Kärlek Utan Lögner, som riktar sig till föräldrar.
Rapporten Oro bland unga i Norrby – en kartläggning 2030 visar att stödet behövs.

Prioriterade aktiviteter

Aktivitet 2. Nå fler
• Genomföra kampanjen Vem lyssnar på dig? riktad till unga vuxna
• Ordna serien Kvällsseminarier om ensamhet, fyra tillfällen hösten 2031
• Ordna konferensen Äldres hälsa i Norrby den 3 juni 2031 i Ydre
"""


@cache
def _second() -> tuple[Mention, ...]:
    return tuple(ActionPlanLayout().extract(_doc(SECOND)))


def _second_named(kind: str) -> set[str]:
    return {m.name for m in _second() if m.kind == kind}


def test_a_question_after_a_cue_noun_is_a_title() -> None:
    assert "Vem lyssnar på dig?" in _second_named("initiative")  # "kampanj" is an initiative cue


def test_a_capitalised_event_noun_with_its_topic_is_an_event() -> None:
    assert "Kvällsseminarier om ensamhet" in _second_named("event")


def test_an_event_title_stops_before_its_date() -> None:
    events = _second_named("event")
    assert "Äldres hälsa i Norrby" in events
    assert not any("den 3" in e for e in events)


def test_an_abbreviation_spelled_out_after_a_dash() -> None:
    kul = next(m for m in _second() if m.name.startswith("KUL"))
    assert kul.name == "KUL – Kärlek Utan Lögner" and "KUL" in kul.alt_names


def test_bland_belongs_to_a_title() -> None:
    assert any(n.startswith("Oro bland unga i Norrby") for n in _second_named("resource"))
    assert name_at("Rapporten X bland annat visar", len("Rapporten "))[0] == "X"  # type: ignore[index]
