"""The slide-deck layout on a deck of new content written for these tests.

``tests/fixtures/reports/kraftsamling-dalarna-egen-lek.txt`` is not a copy of any report: new
names, reworded slides, its areas as a "•" list under a clause ("X har fyra insatsområden:"),
participant lists with no line saying "organisationer", sector words the 2019 deck does not
use ("Idéburen sektor", "Akademi"), "◦" and "‣" items. Every expectation below cites the
fixture line it comes from.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from loader.layouts.slides import SlidesLayout, sector_types
from loader.model import Mention
from loader.pipeline import choose_layouts
from loader.read import read_report

DECK = Path(__file__).parents[1] / "fixtures" / "reports" / "kraftsamling-dalarna-egen-lek.txt"


@cache
def _mentions() -> tuple[Mention, ...]:
    return tuple(SlidesLayout().extract(read_report(DECK)))


def _one(name: str, kind: str) -> Mention:
    found = [m for m in _mentions() if m.name == name and m.kind == kind]
    assert found, f"no {kind} named {name!r}"
    return found[0]


def _names(kind: str) -> set[str]:
    return {m.name for m in _mentions() if m.kind == kind}


def test_recognised_as_slides_only() -> None:
    assert [layout.name for layout, _ in choose_layouts(read_report(DECK))] == ["slides"]


def test_sector_words_come_from_the_vocabulary() -> None:
    # pg:sectorHeading values of ontology/vocab/actor-type.ttl, not a Python table.
    assert sector_types("Idéburen sektor") == ("civilsamhalle",)
    assert sector_types("Forskning & utbildning") == ("larosate",)
    assert sector_types("Näringsliv") == ("foretag",)
    assert sector_types("Regioner och kommuner") == ("region", "kommun")
    assert sector_types("Medverkande") is None


def test_initiative_named_by_the_clause_over_its_areas() -> None:
    # :13 "Barnkraft Dalarna har fyra insatsområden:" then "•" items at :15-18.
    initiative = _one("Barnkraft Dalarna", "initiative")
    assert initiative.source.line == 13
    areas = [m for m in _mentions() if m.kind == "focus-area"]
    assert [m.name for m in areas] == [
        "Tidigt stöd i förskolan",
        "Skolans elevhälsa",
        "Föräldraskap",
        "Digitala verktyg",
    ]
    assert [m.source.line for m in areas] == [15, 16, 17, 18]
    assert all(r.target_name == "Barnkraft Dalarna" for m in areas for r in m.relations)


def test_participants_under_sector_headings_without_an_organisations_line() -> None:
    actors = {m.name: m for m in _mentions() if m.kind == "actor"}
    # :24-26 "Idéburen sektor" / "Rädda Barnen" / "Föreningen Trappan"
    assert actors["Rädda Barnen"].actor_types == ("civilsamhalle",)
    assert actors["Föreningen Trappan"].actor_types == ("civilsamhalle",)
    # :28-29 "Akademi" / "Högskolan Dalarna"; :31-32 "Myndigheter" / "Skolverket"
    assert actors["Högskolan Dalarna"].actor_types == ("larosate",)
    assert actors["Skolverket"].actor_types == ("myndighet",)
    # The list ends at the slide gap after :32: the next slide's title (:36 "FALUN KOMMUN") and
    # its lines are no government agencies.
    assert "FALUN KOMMUN" not in actors and "Pilot 2023-2024" not in actors
    assert not any(name.startswith("Trygghetsbaserad modell") for name in actors)
    participants = {a.name for a in _one("Barnkraft Dalarna", "initiative").actors}
    assert {"Rädda Barnen", "Föreningen Trappan", "Högskolan Dalarna", "Skolverket"} <= participants


def test_pilot_of_the_model_in_two_municipalities() -> None:
    # :62-64 "Trygghetsbaserad modell" / "Två kommuner prövar en trygghetsbaserad modell …"
    model = _one("Trygghetsbaserad modell", "resource")
    assert model.forms == ("modell",)
    pilot = next(m for m in _mentions() if m.kind == "initiative" and ("type", "pilot") in m.extra)
    # :36 "FALUN KOMMUN", :50 "MORA KOMMUN"; :40 "Pilot 2023-2024"
    assert {a.name for a in pilot.actors} == {"Falun kommun", "Mora kommun"}
    assert (pilot.start, pilot.end) == ("2023", "2024")
    assert "Pilot 2023-2024" in pilot.alt_names


def test_named_things_of_the_pilot_slides() -> None:
    # :42 "◦ Projekt trygga raster i årskurs 4 och 5": cue + name; the school years say where.
    project = _one("Projekt trygga raster", "initiative")
    assert project.alt_names == ("Projekt trygga raster i årskurs 4 och 5",)
    # :44 "◦ Familjeteamet (kurator, sjuksköterska, specialpedagog)": a team, an actor of type nätverk.
    assert _one("Familjeteamet", "actor").actor_types == ("natverk",)
    # :54 "Vad gjorde vi inom ramen för Läslyftet Mora?": the frame is a named initiative.
    assert "Läslyftet Mora" in _names("initiative")
    # :56 "‣ Metoden Lugna samtal", :58 "‣ Utbildningen Trygg i klassen"
    assert {"Lugna samtal", "Trygg i klassen"} <= _names("resource")


def test_events_and_their_dates() -> None:
    # :3-5 the title slide: "Regional konferens om psykisk hälsa hos barn" over "2024-04-18".
    assert _one("Regional konferens om psykisk hälsa hos barn", "event").start == "2024-04-18"
    # :70 "Workshop om Tidiga tecken 3 juni 2024"
    assert _one("Workshop om Tidiga tecken", "event").start == "2024-06-03"
    # :46 "◦ Föreläsning om Sömn och skärmtid för föräldrar": a lecture with a title of its own.
    assert "Föreläsning om Sömn och skärmtid för föräldrar" in _names("event")


def test_a_network_named_in_a_sentence_stops_at_its_verb() -> None:
    # :72 "Nätverket Elevhälsa Dalarna träffas varje månad.": a group is named with its noun,
    # and the name without it names the same group
    network = next(m for m in _mentions() if m.kind == "actor" and m.name == "Nätverket Elevhälsa Dalarna")
    assert "Elevhälsa Dalarna" in network.alt_names
    assert not any("träffas" in name for name in _names("actor"))


def test_a_slide_titled_by_an_initiative_is_not_part_of_the_pilot() -> None:
    # :76 "Satsning på unga vuxna – start 2025": the title up to the dash names an initiative,
    # and its slide is no longer one of Mora's pilot slides.
    initiative = _one("Satsning på unga vuxna", "initiative")
    assert initiative.source.line == 76
    assert not any(r.relation == "part-of" for r in initiative.relations)
