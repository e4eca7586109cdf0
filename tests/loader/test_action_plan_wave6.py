"""Action-plan conventions of the twelfth blind set's plan (tests/eval/blind12/README.md, "Layout
drift", "Plan"): sections numbered in decimal outline style ("1.", "1.1"), "Aktivitet n." lines with
labelled detail lines under them ("Ansvarig:", "Tidsplan:") in a numbered activity section.

The plans below are made up (no sentence is copied from a report).
"""

from __future__ import annotations

from loader.layouts.action_plan import ActionPlanLayout, _Plan
from loader.model import Document, Line, Mention

PLAN = """ Handlingsplan för psykisk hälsa i Ydre 2041

 Kortsiktiga mål 2041
– Fler unga får stöd tidigt.

 1. Barn och unga 0–24 år
 1.1 Första linjen
Kommunerna använder skriften Vägvisaren – ingångar för unga, som togs fram 2040.

 1.2 Skolan som arena
Inom satsningen prioriteras:
· Webbutbildningen Samtal i skolan, som alla kuratorer ska ha gått.
2. Äldre
Hemtjänsten använder webbutbildningen Livsglädje hos äldre.

 3. Aktiviteter 2041
Aktivitet 1. Följa upp Projektet Trygg start tillsammans med Ydre högskola
Ansvarig: Kansliet och skolorna i Ulvsby
Tidsplan: Hösten 2041
Aktivitet 2. Sprida Vägvisaren till alla skolor
Ansvarig: Ledningsgruppen
Tidsplan: Löpande under 2041

Planen har följande delmål:
1. Fler unga hittar rätt
2. Färre väntar länge
"""


def _doc(text: str) -> Document:
    return Document("r", tuple(Line(n, t) for n, t in enumerate(text.splitlines(), 1)))


def _mentions(text: str) -> list[Mention]:
    return ActionPlanLayout().extract(_doc(text))


def _headings(text: str) -> dict[int, str]:
    plan = _Plan(_doc(text))
    return {i + 1: t for i, t in enumerate(plan.texts) if plan.is_heading(i)}


def test_decimal_outline_headings_scope_their_items() -> None:
    # PLAN lines 6-7, 10, 13: " 1. Barn och unga 0–24 år", " 1.1 Första linjen", " 1.2 Skolan som arena" and
    # "2. Äldre" (no indent) are section headings; the item under each stands in its section.
    heads = _headings(PLAN)
    assert heads.get(6) == "1. Barn och unga 0–24 år"
    assert heads.get(7) == "1.1 Första linjen"
    assert heads.get(10) == "1.2 Skolan som arena"
    assert heads.get(13) == "2. Äldre"
    sections = {m.name: m.source.section for m in _mentions(PLAN) if m.kind == "resource"}
    # (the title keeps its subtitle, "skriften Vägvisaren – ingångar för unga, som …", to the comma)
    assert sections.get("Vägvisaren – ingångar för unga") == "1.1 Första linjen"
    assert sections.get("Livsglädje hos äldre") == "2. Äldre"


def test_numbered_list_items_are_not_headings() -> None:
    # PLAN lines 24-26: "Planen har följande delmål:" / "1. Fler unga hittar rätt" / "2. Färre …": items of
    # the list the lead opens, not sections.
    heads = _headings(PLAN)
    assert 25 not in heads and 26 not in heads
    # Two numbered lines one after the other with no lead are a list too.
    assert list(_headings(" Mål\n\n1. Fler får stöd\n2. Färre väntar\n")) == [1]


def test_labelled_detail_lines_under_an_activity() -> None:
    # PLAN lines 16-22: the numbered section "3. Aktiviteter 2041" groups the activities; "Ansvarig: …" and
    # "Tidsplan: …" are details of each activity, neither headings nor part of one paragraph.
    heads = _headings(PLAN)
    assert not any(t.startswith(("Ansvarig", "Tidsplan")) for t in heads.values())
    activities = {m.name for m in _mentions(PLAN) if m.kind == "activity"}
    assert "Följa upp Projektet Trygg start tillsammans med Ydre högskola" in activities
    assert "Sprida Vägvisaren till alla skolor" in activities


def test_activity_heading_is_not_the_plans_initiative() -> None:
    # PLAN line 17: an activity naming a project ("Följa upp Projektet Trygg start …") is what the plan
    # does, not the joint effort the plan belongs to.
    names = [m.name for m in _mentions(PLAN) if m.kind == "initiative"]
    assert not any(n.startswith("Aktivitet") for n in names)
    actors = [m.name for m in _mentions(PLAN) if m.kind == "actor"]
    assert not any("Aktivitet" in n for n in actors)


NAMED = """ Handlingsplan för psykisk hälsa i Ydre 2041

 Kortsiktiga mål 2041
– Fler unga får stöd tidigt.

 1. Barn och unga
Som stöd används skriften Vägvisaren, som Region Ydre gav ut 2040. Den nya webbplatsen
Lotsen Ydre samlar därför alla ingångar för unga på ett ställe.
Alla skolor ska under 2041 gå webbutbildningen Trygg i klassrummet (Region Ydre).
· Programmet Modiga barn, ett lektionsmaterial för årskurs 1–3 som används i alla skolor.
Nätverket Stöd Ydre norr samlar kommunernas kontaktpersoner två gånger per år.

 2. Aktiviteter 2041
Aktivitet 1. Arrangera ett webbinarium om Lotsen Ydre för skolans personal
Ansvarig: Kansliet
Aktivitet 2. Ordna en temadag om sömn och stress för föräldrar, hösten 2041
Aktivitet 3. Följa upp Modiga barn tillsammans med Ydre högskola
"""


def _by_kind(text: str) -> dict[str, dict[str, Mention]]:
    out: dict[str, dict[str, Mention]] = {}
    for m in _mentions(text):
        out.setdefault(m.kind, {})[m.name] = m
    return out


def test_organisation_in_brackets_after_a_title_is_its_maker() -> None:
    # NAMED line 9: "webbutbildningen Trygg i klassrummet (Region Ydre)": the bracket names who made it
    # (an organisation, acting in line 7), not the title's abbreviation; the item is kept.
    resources = _by_kind(NAMED).get("resource", {})
    assert "Trygg i klassrummet" in resources
    assert "Region Ydre" not in resources["Trygg i klassrummet"].alt_names


def test_name_ends_before_a_verb_in_second_place() -> None:
    # NAMED lines 7-8 and 11: "Lotsen Ydre samlar därför …", "Nätverket Stöd Ydre norr samlar kommunernas …":
    # the present-tense verb after the subject (before a sentence adverb or a genitive) ends the name.
    found = _by_kind(NAMED)
    assert "Lotsen Ydre" in found.get("resource", {})
    assert "Nätverket Stöd Ydre norr" in found.get("actor", {})
    assert not any("samlar" in n for kind in found.values() for n in kind)


def test_definite_cue_noun_and_bare_name_are_one_thing() -> None:
    # NAMED lines 10 and 17: "Programmet Modiga barn, …" and "Följa upp Modiga barn …": one thing named
    # where the plan first names it, the other name its alias; the comitative "tillsammans med Ydre
    # högskola" is no part of the name.
    things = [m for kind in ("resource", "initiative") for m in _by_kind(NAMED).get(kind, {}).values()]
    modiga = [m for m in things if "Modiga barn" in (m.name, *m.alt_names)]
    assert [(m.name, m.source.line) for m in modiga] == [("Programmet Modiga barn", 10)]
    assert not any("tillsammans" in m.name for m in things)


def test_activity_holding_an_event_named_by_its_theme() -> None:
    # NAMED lines 14 and 16: "Arrangera ett webbinarium om Lotsen Ydre för skolans personal", "Ordna en
    # temadag om sömn och stress för föräldrar, hösten 2041": events named by their themes.
    events = _by_kind(NAMED).get("event", {})
    assert events.get("webbinarium om Lotsen Ydre") is not None
    assert events["webbinarium om Lotsen Ydre"].source.line == 14
    assert "temadag om sömn och stress" in events


MORE = """ Handlingsplan för psykisk hälsa i Ydre 2041

 Kortsiktiga mål 2041
– Fler unga får stöd tidigt.

 1. Vuxna
För unga vuxna med självskada används Vårdprogram självskada Ydre (2039, reviderat 2041). Sedan 2039
erbjuds också IPS (Individual Placement and Support) genom förbundet. Brukarna företräds av NSPH
(Nationell samverkan för psykisk hälsa) i styrgruppen.

 2. Kunskap och kompetens
Insats                          Målgrupp                       Omfattning
Trygg i mötet – Ungdom          personal i skola och fritid    två utbildnings-
                                                               tillfällen
Samtal om hopp                  chefer                         webb, en timme

Samtal om hopp är en webbutbildning som Region Ydre tog fram 2040.
"""


def test_capitalised_cue_noun_in_the_indefinite_opens_a_title() -> None:
    # MORE line 7: "används Vårdprogram självskada Ydre (2039, …)": mid-sentence capital on an indefinite
    # cue noun marks a title, which runs to the bracket.
    assert "Vårdprogram självskada Ydre" in _by_kind(MORE).get("resource", {})


def test_abbreviation_spelled_out_in_title_case_names_a_thing() -> None:
    # MORE line 8: "IPS (Individual Placement and Support)": a method named by its abbreviation; the
    # sentence-case "NSPH (Nationell samverkan för psykisk hälsa)" (lines 8-9) is no thing.
    resources = _by_kind(MORE).get("resource", {})
    ips = [m for m in resources.values() if "IPS" in (m.name, *m.alt_names)]
    assert [m.name for m in ips] == ["Individual Placement and Support"]
    assert not any("Nationell samverkan" in n for n in resources)


def test_competence_table_with_a_target_column_lists_things() -> None:
    # MORE lines 12-16: header "Insats  Målgrupp  Omfattning" (no form column): each row names a course;
    # the sentence of line 18 about a row's item describes it beside its row.
    resources = _by_kind(MORE).get("resource", {})
    assert resources["Trygg i mötet – Ungdom"].source.line == 13
    hopp = resources["Samtal om hopp"]
    assert hopp.source.line == 15 and "tog fram 2040" in hopp.description


def test_part_of_an_area_with_no_level_or_group_takes_the_areas_heading() -> None:
    # A plan with numbered areas that open with a goal: "6.1 Sysselsättning" names no level or group,
    # so the area heading "Område 6. Personer med psykisk funktionsnedsättning" scopes its items;
    # "6.2 Primärvård" names a level and scopes its own.
    text = (
        "Område 6. Personer med psykisk funktionsnedsättning\n\nMål: Fler har ett arbete.\n\n"
        "6.1 Sysselsättning\nKommunerna ska införa Vägen framåt, en modell för stöd till arbete.\n\n"
        "6.2 Primärvård\nVårdcentralerna ska införa Steg för steg, en modell för samtal.\n"
    )
    headings = {m.name: m.heading for m in _mentions(text) if m.kind == "resource"}
    assert headings.get("Vägen framåt") == "Område 6. Personer med psykisk funktionsnedsättning"
    assert headings.get("Steg för steg") == "6.2 Primärvård"


NOTES = """ Handlingsplan för psykisk hälsa i Ydre 2041

 Kortsiktiga mål 2041
– Fler unga får stöd tidigt.

 1. Barn och unga
Familjecentralerna erbjuder föräldraprogrammet Lugn start för föräldrar med barn 0–5 år.1 Planen bygger
på rapporten Psykisk hälsa i Ydre – analys 2040.2 Som underlag används Ydreenkäten 2040 – äldres hälsa,
en kartläggning bland invånare 75 år och äldre.3 Cheferna använder Samtalsguide vid sjukskrivning när
medarbetare kommer tillbaka.
1 Lugn start togs fram av Region Ydre 2038 och reviderades 2040.
2 Region Ydre (2040). Psykisk hälsa i Ydre – analys 2040.
3 Ydre högskola (2041). Ydreenkäten 2040 – äldres hälsa.
"""


def test_footnotes_about_a_thing_the_text_names() -> None:
    things = {m.name: m for m in _mentions(NOTES) if m.kind == "resource"}
    # NOTES line 11: a note opening with the programme's name describes it (its making years).
    assert "reviderades 2040" in things["Lugn start"].description
    # NOTES lines 8 and 12: the reference of a report the text names gives its year and producer.
    report = things["Psykisk hälsa i Ydre – analys 2040"]
    assert report.source.line == 8 and 2040 in report.years
    assert [(a.name, a.role) for a in report.actors] == [("Region Ydre", "producer")]


def test_dated_title_with_subtitle_and_appositive_form() -> None:
    # NOTES lines 8-9: "Ydreenkäten 2040 – äldres hälsa, en kartläggning …": the year and subtitle are the
    # title's, the appositive says what it is; its reference (line 13) adds the publishing year.
    survey = {m.name: m for m in _mentions(NOTES) if m.kind == "resource"}["Ydreenkäten 2040 – äldres hälsa"]
    assert survey.source.line == 8 and survey.forms == ("kartlaggning",) and 2041 in survey.years
    # NOTES lines 9-10: "använder Samtalsguide vid sjukskrivning när …": the title ends at the subordinate clause.
    assert any(m.name == "Samtalsguide vid sjukskrivning" and m.source.line == 9 for m in _mentions(NOTES))


def test_activity_group_heading_does_not_scope_the_items() -> None:
    # "Aktiviteter 2041:" groups the activities under "Första linjen": the section heading scopes the
    # things the activities name, not the group heading (the layout's structure).
    text = (
        "A. Barn och unga\nMål: Fler unga får stöd.\nFörsta linjen\nAlla kommuner har en ingång.\n"
        "Aktiviteter 2041:\n• Införa vägledningen Lugn och trygg (SKR) på vårdcentralerna.\n"
    )
    headings = {m.name: m.heading for m in _mentions(text) if m.kind == "resource"}
    assert headings.get("Lugn och trygg") == "Första linjen"


def test_a_group_introduced_indefinitely_is_taken_up_in_the_definite() -> None:
    # "Ett gemensamt kansli … samordnar arbetet" then "Ansvarig: Kansliet": one group, not two actors.
    text = (
        " Organisation\nArbetet leds av en ledningsgrupp. Ett gemensamt kansli samordnar arbetet.\n\n"
        " Aktiviteter 2041\nAktivitet 1. Sprida Lotsen i alla kommuner\nAnsvarig: Kansliet\nTidsplan: Våren 2041\n"
    )
    actors = [m for m in _mentions(text) if m.kind == "actor"]
    kansli = [m for m in actors if "kansli" in m.name.lower() or "kansliet" in m.alt_names]
    assert len(kansli) == 1 and "kansliet" in kansli[0].alt_names


def test_partner_list_after_a_verb_before_its_subject() -> None:
    # "Inom satsningen samarbetar kommunerna med X, Y och Z": the verb stands before its subject
    # (verb-second order after an adverbial); a one-word partner among three is an organisation too.
    text = (
        " 1. Fritid\nFöreningslivet är viktigt. Inom satsningen samarbetar kommunerna med Ydreidrotten, "
        "Studieförbundet Lyft Ydre och Föreningen Steget Ulvsby.\n"
    )
    actors = {m.name for m in _mentions(text) if m.kind == "actor"}
    assert {"Ydreidrotten", "Studieförbundet Lyft Ydre", "Föreningen Steget Ulvsby"} <= actors


LATER = """ Handlingsplan för psykisk hälsa i Ydre 2041

 1. Barn och unga
Andelen elever med besvär har ökat. I Ydreenkäten 2040 svarade var femte elev att de mår dåligt.4
För unga med självskada används Vårdprogram självskada Ydre (2038, reviderat 2040). Vårdprogrammet
beskriver ansvaret mellan huvudmännen. En ny version av vårdprogrammet är under utveckling.
4 Skolverket (2040). Ydreenkäten 2040 – resultat för Ydre län.

 2. Kunskap och kompetens
Insats                          Målgrupp                       Omfattning
Stöd i kris                     chefer och skyddsombud         webb, en timme

Stöd i kris är en webbutbildning som Region Ydre tog fram 2039. Den tar upp hur arbetsplatser
kan stödja medarbetare i kris.
"""


def test_reference_gives_the_full_title_of_a_thing_named_short() -> None:
    # LATER lines 4 and 7: "I Ydreenkäten 2040 svarade …" and the reference's "Ydreenkäten 2040 – resultat
    # för Ydre län": one thing, the full title its other name, not a second thing.
    things = [m for m in _mentions(LATER) if m.kind == "resource" and "Ydreenkäten" in m.name]
    assert [m.name for m in things] == ["Ydreenkäten 2040"]
    assert "Ydreenkäten 2040 – resultat för Ydre län" in things[0].alt_names


def test_bracketed_years_and_a_new_version_after_a_title() -> None:
    # LATER lines 5-6: "(2038, reviderat 2040)" gives the making and revision years; "En ny version av
    # vårdprogrammet är under utveckling" is about another thing, not the programme's status.
    prog = next(m for m in _mentions(LATER) if m.name == "Vårdprogram självskada Ydre")
    assert prog.years == (2038, 2040)
    assert "beskriver ansvaret" in prog.description and "under utveckling" not in prog.description


def test_paragraph_opening_with_a_table_item_describes_it() -> None:
    # LATER lines 11 and 13-14: the row "Stöd i kris" and the paragraph "Stöd i kris är en webbutbildning … Den
    # tar upp …" after the table: both describe it.
    item = next(m for m in _mentions(LATER) if m.name == "Stöd i kris")
    assert item.source.line == 11 and "Den tar upp" in item.description
