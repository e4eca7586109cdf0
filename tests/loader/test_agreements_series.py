"""Agreements named as a series since a year, supplements by subject, contracts by their parties.

Synthetic sentences in the numbered reports' wording (reading guide, "Agreements": every
överenskommelse a report names, including "sedan 2007/2008" series and tilläggsöverenskommelser).
"""

from __future__ import annotations

from loader.agreements import extract
from loader.lexicon import class_annotations
from loader.model import Document, Line, Mention


def _agreements(*lines: str) -> list[Mention]:
    return extract(Document("2024-rapport", tuple(Line(i + 1, t) for i, t in enumerate(lines))))


def _named(found: list[Mention], words: str) -> Mention:
    hits = [m for m in found if words.lower() in " ".join((m.name, *m.alt_names)).lower()]
    assert len(hits) == 1, [m.name for m in found]
    return hits[0]


def test_a_series_since_a_year_is_not_that_years_agreement() -> None:
    # "överenskommelser mellan regeringen och SKR sedan 2008": a series of annual agreements
    # starting 2008, with both parties; no end year.
    found = _agreements("Arbetet bygger på överenskommelser mellan regeringen och SKR sedan 2008.")
    ag = _named(found, "sedan 2008")
    assert ag.start == "2008" and ag.end is None
    assert {a.name for a in ag.actors} == {"regeringen", "SKR"}
    assert not any(m.name.endswith("2008") and m.end == "2008" for m in found)


def test_two_supplements_of_one_report_are_two_agreements() -> None:
    # Two tilläggsöverenskommelser on different subjects: one without a printed year (none given),
    # one dated 2023 by its own phrase.
    found = _agreements(
        "Staten och SKR tecknade en tilläggsöverenskommelse om psykisk hälsa med anledning av covid-19.",
        "Regeringen och SKR har ingått en tilläggsöverenskommelse om förstärkt stöd till barn och ungas "
        "psykiska hälsa 2023.",
    )
    covid = _named(found, "covid-19")
    later = _named(found, "förstärkt stöd")
    assert covid is not later
    assert covid.start is None and covid.years == ()
    assert later.start == "2023"
    assert {a.name for a in covid.actors} == {"Staten", "SKR"}


def test_a_supplement_named_by_year_and_by_subject_is_one() -> None:
    # "tilläggsöverenskommelsen för 2022" and "tilläggsöverenskommelse om X 2022" in one report.
    found = _agreements(
        "SKR har ingått en tilläggsöverenskommelse om stöd till unga 2022 med staten.",
        "Medlen i tilläggsöverenskommelsen för 2022 fördelades till regionerna.",
    )
    assert len([m for m in found if m.name.lower().startswith("tillägg")]) == 1


def test_a_contract_is_also_named_by_its_parties() -> None:
    # "X har ingått avtal med SKL" and "avtal med hälso- och sjukvårdsregionerna slöts": one contract
    # between SKL and the regions, also called so.
    found = _agreements(
        "Samtliga sjukvårdsregioner har ingått avtal med SKL om inrättande samt tagit emot medel.",
        "Arbetet fördröjdes av att avtal med hälso- och sjukvårdsregionerna slöts först i slutet av 2017.",
    )
    contracts = [m for m in found if m.name.lower().startswith("avtal")]
    assert len(contracts) == 1
    assert "Avtal mellan SKL och sjukvårdsregionerna" in contracts[0].alt_names


def test_the_field_of_the_annual_agreements_comes_from_the_vocabulary() -> None:
    assert "psykisk hälsa" in class_annotations("Agreement", "fieldWord")
    # An agreement on another subject keeps its own identity; one on the field is the year's agreement.
    found = _agreements(
        "Överenskommelsen om en effektiv sjukskrivningsprocess 2019–2020 ingicks mellan staten och SKR.",
        "Överenskommelsen om psykisk hälsa 2019–2020 ingicks mellan staten och SKR.",
    )
    assert len(found) == 2
