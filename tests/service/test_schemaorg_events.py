"""schema.org JSON-LD of an event series and its dated occurrences (service/schemaorg.py).

The 2018 final report's Bilaga 2 lists one arrangement on several dates ("Aktion 2017 - sociala
investeringar", rows 8 and later); the loader writes it as one pg:Event that is a schema:EventSeries
with schema:subEvent occurrences. Here a store holds that shape, built by hand.
"""

from __future__ import annotations

import pyoxigraph as ox

from service.schemaorg import entity

BASE = "https://w3id.org/psykgraf/"
SCHEMA = "https://schema.org/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def _store() -> tuple[ox.Store, ox.NamedNode, ox.NamedNode]:
    s = ox.Store()
    series = ox.NamedNode(f"{BASE}id/event/aktion")
    one = ox.NamedNode(f"{BASE}id/event/aktion-2017-02-01")
    s.add(ox.Quad(series, RDF_TYPE, ox.NamedNode(f"{BASE}ontology#Event")))
    s.add(ox.Quad(series, RDF_TYPE, ox.NamedNode(f"{SCHEMA}EventSeries")))
    s.add(ox.Quad(series, LABEL, ox.Literal("Aktion 2017 – sociala investeringar", language="sv")))
    s.add(ox.Quad(series, ox.NamedNode(f"{SCHEMA}subEvent"), one))
    s.add(ox.Quad(one, RDF_TYPE, ox.NamedNode(f"{SCHEMA}Event")))
    s.add(ox.Quad(one, LABEL, ox.Literal("Aktion 2017- Sociala investeringar", language="sv")))
    s.add(ox.Quad(one, ox.NamedNode(f"{SCHEMA}startDate"), ox.Literal("2017-02-01", datatype=DATE)))
    s.add(ox.Quad(one, ox.NamedNode(f"{SCHEMA}location"), ox.Literal("Stockholm")))
    s.add(ox.Quad(one, ox.NamedNode(f"{SCHEMA}superEvent"), series))
    return s, series, one


def test_a_series_lists_its_occurrences_as_sub_events() -> None:
    store, series, one = _store()
    body = entity(store, series, BASE, "")
    assert body["@type"] == "EventSeries"
    assert body["subEvent"] == [
        {
            "@type": "Event",
            "@id": one.value,
            "name": "Aktion 2017- Sociala investeringar",
            "startDate": "2017-02-01",
            "location": {"@type": "Place", "name": "Stockholm"},
        }
    ]


def test_an_occurrence_is_an_event_of_its_series() -> None:
    store, series, one = _store()
    body = entity(store, one, BASE, "")
    assert body["@type"] == "Event" and body["startDate"] == "2017-02-01"
    assert body["superEvent"]["@id"] == series.value and body["superEvent"]["@type"] == "EventSeries"
