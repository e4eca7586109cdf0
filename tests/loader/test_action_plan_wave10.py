"""Action-plan conventions of a tenth edition (wave 10), on made-up plans.

Each rule is tested in two wordings, with a case that must not fire.
"""

from __future__ import annotations

from loader.layouts.action_plan import _Plan
from tests.loader.helpers import plan_mentions, plan_names, rows_document

_doc = rows_document
_read = plan_mentions
_names = plan_names


_HEAD = [" Handlingsplan för psykisk hälsa i Ankeby 2070  ", "", " 2 Fokusområde: Vuxna  ", ""]


def test_a_wrapped_sentence_with_a_finite_verb_is_no_heading() -> None:
    # Precision guard: a paragraph's first line that happens to end without punctuation ("… satsningen
    # Norra" / "Vättern tillsammans …") is a sentence (eight words or more with a finite verb), not a
    # heading; a plan's unnumbered headings are short noun phrases.
    rows = [
        " Handlingsplan för psykisk hälsa i Ankeby 2070  ",
        "",
        "Sedan 2065 driver de två kommunerna och regionen den gemensamma satsningen Övre",
        "Ankeby tillsammans för psykisk hälsa. Satsningen leds av en styrgrupp.",
        "",
        "Planen ska läsas tillsammans med kommunernas egna planer och med regionens",
        "plan för suicidprevention.",
        "",
        "En gemensam satsning",
        "Arbetet följs upp varje år.",
    ]
    plan = _Plan(_doc(rows))
    assert not plan.is_heading(2)
    assert not plan.is_heading(5)
    assert plan.is_heading(8)  # a short heading stays one
    inits = _names(rows, "initiative")
    assert not [n for n in inits if n.startswith("Sedan")]


def test_a_short_s_passive_before_a_preposition_ends_the_name() -> None:
    # Swedish s-passive of a short verb ("visas", "sprids", "ges") after the name it is said of: the
    # name ends before it. A noun in "-s" before a preposition ("bas för") is no verb.
    rows = [
        *_HEAD,
        "Filmen Solrosen visas på träffpunkter och i hemtjänsten för att starta samtal.",
        "",
        "Broschyren Ljusglimten sprids till alla vårdcentraler under 2070.",
        "",
        "Programmet Trygg bas för föräldrar med små barn erbjuds av familjecentralen.",
    ]
    names = _names(rows)
    assert names.get("Solrosen") == 5
    assert names.get("Ljusglimten") == 7
    assert "Trygg bas" in names or "Trygg bas för föräldrar med små barn" in names
    assert not [n for n in names if "visas" in n or "sprids" in n]


def test_a_capitalised_title_noun_closed_by_a_year_names_a_document() -> None:
    # Layout convention: a capitalised plan noun or title noun inside a sentence (or opening a paragraph
    # as its subject) starts a document's title, which its year or period closes.
    rows = [
        *_HEAD,
        "Planen grundar sig på Behovsanalys psykisk hälsa Övre Ankeby 2069, som FoU Ankeby tog fram.",
        "",
        "Regionen och kommunerna antog 2069 en gemensam Handlingsplan för suicidprevention",
        "Övre Ankeby 2069–2072. Den omfattar skola och socialtjänst.",
        "",
        "Åtgärdsplan mot ensamhet i Ankeby 2070–2071 antogs av styrgruppen i december 2069.",
    ]
    names = _names(rows)
    assert names.get("Behovsanalys psykisk hälsa Övre Ankeby 2069") == 5
    assert names.get("Handlingsplan för suicidprevention Övre Ankeby 2069–2072") == 7
    assert names.get("Åtgärdsplan mot ensamhet i Ankeby 2070–2071") == 10


def test_the_plan_itself_and_a_time_of_the_clause_are_no_document_titles() -> None:
    rows = [
        " Handlingsplan för psykisk hälsa i Ankeby 2070  ",
        "",
        " 2 Fokusområde: Vuxna  ",
        "Handlingsplanen bygger på den gemensamma analysen från hösten 2069.",
        "",
        "Analysen visar att fler unga söker stöd sedan 2066.",
    ]
    names = _names(rows)
    assert not [n for n in names if n.startswith(("Handlingsplan", "Analys"))]


def test_a_known_thing_taken_up_by_a_particle_verb_keeps_its_name() -> None:
    # A thing the plan named before, taken up again by a verb with its particle ("följa upp", "ta
    # fram"): a prepositional phrase after its name is the clause's adverbial, not a longer title.
    rows = [
        *_HEAD,
        "Checklistan Trygg hemgång – stöd vid utskrivning togs fram 2069 av regionen.",
        "",
        "Aktivitet 4. Följa upp Trygg hemgång på ett gemensamt möte.",
        "Aktivitet 5. Sprida ut Trygg hemgång till alla vårdcentraler.",
        "Aktivitet 6. Ta fram Trygg start för unga vuxna.",
    ]
    names = _names(rows)
    assert not [n for n in names if n.startswith("Trygg hemgång ") and "–" not in n]
    assert names.get("Trygg start för unga vuxna") == 9  # a new title is read whole


def test_a_named_day_with_its_place_and_year_is_an_event() -> None:
    # A capitalised adjective and "dagen" name a recurring day; its regional edition gives the place
    # and year after it ("Suicidpreventiva dagen Norra Vättern 2067").
    rows = [
        *_HEAD,
        "Suicidpreventiva dagen Övre Ankeby 2070 anordnas i Ankeby i september.",
        "",
        "Kommunerna deltar i Internationella dagen 2070 med informationsbord.",
        "",
        "Första dagen 2070 ägnas åt planering.",
    ]
    events = _names(rows, "event")
    assert events.get("Suicidpreventiva dagen Övre Ankeby 2070") == 5
    assert events.get("Internationella dagen 2070") == 7
    assert not [e for e in events if e.startswith("Första")]


def test_an_activity_holding_an_event_labelled_by_its_noun_names_it() -> None:
    # "Genomföra Webbinarium: X": the event noun labels the event's title before a colon, as in a list
    # item; the activity's object is the event.
    rows = [
        *_HEAD,
        "Aktivitet 1. Genomföra Webbinarium: Solrosen för rektorer.",
        "   Ansvarig: Tjänstemannagruppen",
        "Aktivitet 2. Arrangera Seminarium: Unga och sömn, hösten 2070.",
        "   Ansvarig: Elevhälsan",
        "Aktivitet 3. Sprida Metodstöd: se bilaga 2.",
    ]
    events = _names(rows, "event")
    assert events.get("Webbinarium: Solrosen för rektorer") == 5
    assert events.get("Seminarium: Unga och sömn") == 7
    assert not [e for e in events if "Metodstöd" in e]


def test_a_dated_document_covers_the_years_of_its_title() -> None:
    rows = [
        *_HEAD,
        "Handlingsplan mot suicid i Ankeby 2069–2072 antogs av styrgruppen i december 2068.",
        "",
        "Planen bygger på Behovsanalys psykisk hälsa Ankeby 2068, som togs fram hösten 2068.",
    ]
    found = {m.name: m for m in _read(rows) if m.kind == "resource"}
    assert found["Handlingsplan mot suicid i Ankeby 2069–2072"].years == (2069, 2072)
    assert found["Behovsanalys psykisk hälsa Ankeby 2068"].years == (2068,)


def test_a_group_activity_named_by_its_title_is_a_resource() -> None:
    # "Gruppverksamheten X": a group activity's noun before its capitalised title (a cue noun in
    # ontology/vocab/resource-form.ttl), as the paragraph's subject or after the verb; a bare "gruppen"
    # is no such noun.
    rows = [
        *_HEAD,
        "Gruppverksamheten Solgläntan erbjuds barn 7–12 år som har en förälder med psykisk ohälsa.",
        "",
        "Familjecentralen startar gruppverksamheten Ljusbäraren under hösten 2070.",
        "",
        "Arbetet följs av gruppen Norrby i regionen.",
    ]
    names = _names(rows)
    assert names.get("Solgläntan") == 5
    assert names.get("Ljusbäraren") == 7
    assert "Norrby" not in names


def test_a_dateline_date_is_no_part_of_a_name() -> None:
    # Precision guard: the ISO date of a decision closing a cover line is never part of the body's name.
    rows = [
        " Handlingsplan för psykisk hälsa i Ankeby 2070  ",
        "Beslutad av Styrgruppen Övre Ankeby 2070-02-14",
        "",
        " 2 Fokusområde: Vuxna  ",
        "Planen antogs av Samverkansrådet Ankeby 2069-12-01.",
    ]
    actors = _names(rows, "actor")
    assert not [a for a in actors if a[-1:].isdigit()]
    assert "Samverkansrådet Ankeby" in actors


def test_people_by_their_role_are_no_organisation() -> None:
    # Precision guard: a responsible party named by a role in the plural (a user group of audience.ttl)
    # is people, not an organisation; an organisation's own noun stays one.
    rows = [
        *_HEAD,
        "Aktivitet 1. Införa Solrosen i alla skolor.",
        "   Ansvarig: Elevhälsochefer i de två kommunerna",
        "Aktivitet 2. Utbilda personal i Solrosen.",
        "   Ansvarig: Rektorer i Ankeby",
        "Aktivitet 3. Följa upp Solrosen.",
        "   Ansvarig: Räddningstjänsten Övre Ankeby",
    ]
    actors = _names(rows, "actor")
    assert not [a for a in actors if a.startswith(("Elevhälsochefer", "Rektorer"))]
    assert "Räddningstjänsten Övre Ankeby" in actors


def test_a_frequency_adverbial_is_no_part_of_a_name() -> None:
    # "två gånger per år", "en gång i månaden": how often the clause happens, never a name's words.
    rows = [
        *_HEAD,
        "Tjänstemannagruppen rapporterar till Styrgruppen Övre Ankeby två gånger per år.",
        "",
        "Resultaten redovisas för Samverkansrådet Ankeby 4 gånger om året.",
    ]
    actors = _names(rows, "actor")
    assert not [a for a in actors if "gång" in a]
