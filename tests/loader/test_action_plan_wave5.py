"""Action-plan conventions of the eleventh blind set's plan (tests/eval/blind11/README.md, "Layout
drift", "Plan"): events listed under an activity with a note after a comma or labelled by their
event noun ("Webbinarium: X"), a named day given with its year as an activity's title, and a
space-aligned competence table whose rows name things by form.

The plans below are made up (no sentence is copied from a report).
"""

from __future__ import annotations

from loader.layouts.action_plan import ActionPlanLayout
from loader.model import Document, Line, Mention

PLAN = """ Barn och unga

Långsiktiga mål
• Fler unga i Ydre får stöd tidigt.

 Löpande aktiviteter

Aktivitet 1. Sprida Vägvisaren i alla kommuner
Under 2041 erbjuds skolornas personal utbildning i Vägvisaren.

– Seminarium: Vägvisaren i vardagen, för lärare och kuratorer.
– Föreläsningsserie om sömn, tre tillfällen hösten 2041.

Aktivitet 2. Ydredagen 2041
En konferensdag för chefer och politiker. Ydredagen 2041 hålls i Ulvsby den 4 maj.

Aktivitet 3. Sprida erfarenheter från Boet
– Temadag om boende och stöd, Ulvsby, våren 2041.
– Dialogmöte med skolor, socialtjänst och BUP.

 Kunskap och kompetens

Kompetensinsatser under 2041:

Insats                   Målgrupp                    Typ
Trygg i mötet            chefer i kommunen           kurs, en dag
Samtal om hopp           personal i hemtjänst och    handbok
                         äldreomsorg

Mottagare                Medel
Region Ydre              12,5
"""


def _mentions(text: str) -> list[Mention]:
    doc = Document("r", tuple(Line(n, t) for n, t in enumerate(text.splitlines(), 1)))
    return ActionPlanLayout().extract(doc)


def _named(kind: str) -> dict[str, int]:
    return {m.name: m.source.line for m in _mentions(PLAN) if m.kind == kind}


def test_listed_events_with_a_note_after_a_comma() -> None:
    # PLAN lines 12, 18: "Föreläsningsserie om sömn, tre tillfällen …", "Temadag om boende och stöd, Ulvsby, …":
    # the title is what comes before the note of when and where.
    events = _named("event")
    assert events.get("Föreläsningsserie om sömn") == 12
    assert events.get("Temadag om boende och stöd") == 18
    # PLAN line 19: a comma inside an enumeration belongs to the title.
    assert events.get("Dialogmöte med skolor, socialtjänst och BUP") == 19


def test_event_noun_labelling_a_title_after_a_colon() -> None:
    # PLAN line 11: "Seminarium: Vägvisaren i vardagen, för lärare …": noun and title name the event.
    assert _named("event").get("Seminarium: Vägvisaren i vardagen") == 11


def test_named_day_with_its_year_as_an_activity_title() -> None:
    # PLAN lines 14-15: "Aktivitet 2. Ydredagen 2041" and "Ydredagen 2041 hålls i Ulvsby den 4 maj."
    assert _named("event").get("Ydredagen 2041") == 14


def test_space_aligned_table_with_a_form_column_lists_things() -> None:
    # PLAN lines 25-28: header "Insats  Målgrupp  Typ"; each row's first cell is a thing, its form cell
    # says what it is ("kurs" → utbildning, "handbok" → guide), a wrapped cell continues its row.
    found = {m.name: m for m in _mentions(PLAN) if m.kind == "resource"}
    assert found["Trygg i mötet"].source.line == 26 and found["Trygg i mötet"].forms == ("utbildning",)
    assert found["Samtal om hopp"].source.line == 27 and found["Samtal om hopp"].forms == ("guide",)
    # the cells run together are no name; a table without a form column (lines 30-31) lists no things
    names = " | ".join(m.name for m in _mentions(PLAN) if m.kind in ("resource", "event", "initiative"))
    assert "chefer i kommunen" not in names and "Mottagare" not in names and "Region Ydre" not in names


def test_compound_title_with_a_dash_subtitle_is_no_common_noun() -> None:
    # "Personalen använder Stödboken – råd för …": a form noun's compound in the definite would be
    # only mentioned ("Skolenkäten"), but a dash subtitle after it makes it a title.
    # The subtitle is the title's to the end of its noun phrase, which "som gemensamt stöd" ends.
    text = " Första linjen\nPersonalen använder Stödboken – råd för samtal med unga som gemensamt stöd.\n"
    names = {m.name: m.source.line for m in _mentions(PLAN + text) if m.kind == "resource"}
    assert names.get("Stödboken – råd för samtal med unga") == PLAN.count("\n") + 2


COUNCIL = """ Suicidprevention

Mål: Ingen ska behöva ta sitt liv i Ydre.

→ Rådet består av kommunerna, YU-vården, Polisområde Ydre och Svenska kyrkan.
→ Kampanjen Fråga mer genomförs i samband med Psykiatriska dagen
 (12 mars) i alla kommuner.

 Uppföljning

Planen har tagits fram av Samordningsgruppen Ydre med stöd av Förbundet Ulvsby.
Uppföljningen görs av Samordningsgruppen Ydre och redovisas för styrgruppen i december 2041.
"""


def test_named_day_dated_in_brackets_after_a_preposition() -> None:
    # COUNCIL lines 6-7: "i samband med Psykiatriska dagen" / "(12 mars)": a named day, dated in brackets.
    events = {m.name: m.source.line for m in _mentions(PLAN + COUNCIL) if m.kind == "event"}
    assert events.get("Psykiatriska dagen") == PLAN.count("\n") + 6


def test_partner_with_an_abbreviation_and_a_group_with_support() -> None:
    actors = {m.name for m in _mentions(PLAN + COUNCIL) if m.kind == "actor"}
    # COUNCIL line 5: a one-word member written with an abbreviation's capitals is an organisation.
    assert "YU-vården" in actors
    # COUNCIL lines 12-13: "X med stöd av Y" names two parties; "X och redovisas …" ends before "och".
    assert {"Samordningsgruppen Ydre", "Förbundet Ulvsby"} <= actors
    assert not any(a.startswith("Samordningsgruppen Ydre ") for a in actors), actors


PROGRAMME = """ Föräldrastöd

Mål: Fler föräldrar får stöd.

Aktivitet 1.1 Föräldrastöd
Kommunerna erbjuder föräldraprogrammet Trygg i skolan för föräldrar med barn 6–9 år.

 Organisation

Arbetet leds av Styrgruppen Ydre med representanter för kommunerna och regionen.
"""


def test_title_ends_before_the_phrase_of_whom_it_is_for() -> None:
    # PROGRAMME line 6: "Trygg i skolan för föräldrar med barn 6–9 år": the preposition before the
    # target group opens the phrase of whom it is for; "i skolan" is the title's own.
    names = {m.name for m in _mentions(PROGRAMME) if m.kind == "resource"}
    assert "Trygg i skolan" in names and not any(n.startswith("Trygg i skolan ") for n in names)


def test_agent_name_ends_before_who_sits_in_it() -> None:
    # PROGRAMME line 10: "leds av Styrgruppen Ydre med representanter för …".
    actors = {m.name for m in _mentions(PROGRAMME) if m.kind == "actor"}
    assert "Styrgruppen Ydre" in actors and not any(a.startswith("Styrgruppen Ydre ") for a in actors)


PARTNERSHIP = """ En delregional satsning
Kommunerna i Ydre samverkar sedan 2035 inom ramen för Grannarna Ydre, som är ett samarbete mellan
sju kommuner.

Kunskapscentrum Psykisk hälsa Ulvsby, ett samarbete mellan Region Ulvsby och universitetet, samlar kurser.

 Uppföljning
Resultaten redovisas till SKR och till Grannarna Ydres styrgrupp.
"""


def test_collaboration_and_its_group_are_actors() -> None:
    actors = {m.name: m.source.line for m in _mentions(PLAN + PARTNERSHIP) if m.kind == "actor"}
    base = PLAN.count("\n")
    # PARTNERSHIP line 2: "inom ramen för Grannarna Ydre, som är ett samarbete mellan sju kommuner".
    assert actors.get("Grannarna Ydre") == base + 2
    # PARTNERSHIP line 5: a body whose name holds lower-case words, called a collaboration.
    assert actors.get("Kunskapscentrum Psykisk hälsa Ulvsby") == base + 5
    # PARTNERSHIP line 8: a group named by whose it is ("Grannarna Ydres styrgrupp").
    assert actors.get("Grannarna Ydres styrgrupp") == base + 8
