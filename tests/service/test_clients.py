"""Real SPARQL clients against the endpoint: SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from tests.service.conftest import BASE, Live

# 2018-slutrapport-2017-riktade-insatser-psykisk-halsa.txt:73 "… benämns Uppdrag Psykisk Hälsa (UPH)."
QUERY = "SELECT ?l WHERE { ?a a pg:Actor ; skos:altLabel ?l }"


def test_sparqlwrapper(live: Live) -> None:
    sparqlwrapper = pytest.importorskip("SPARQLWrapper")
    client = sparqlwrapper.SPARQLWrapper(f"{live.url}/sparql")
    client.setQuery(QUERY)
    client.setReturnFormat(sparqlwrapper.JSON)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert [r["l"]["value"] for r in rows] == ["UPH"]
    client.setMethod(sparqlwrapper.POST)
    client.setQuery(f"CONSTRUCT {{ ?a skos:altLabel ?l }} WHERE {{ {QUERY[QUERY.index('{') + 1 : -1]} }}")
    client.setReturnFormat(sparqlwrapper.TURTLE)
    graph = rdflib.Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert {str(o) for o in graph.objects()} == {"UPH"}


def test_rdflib_sparqlstore(live: Live) -> None:
    graph = rdflib.Graph(SPARQLStore(f"{live.url}/sparql", returnFormat="json"))
    rows = list(
        graph.query(f"PREFIX pg: <{BASE}ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> {QUERY}")
    )
    assert [str(r[0]) for r in rows] == ["UPH"]  # type: ignore[index]
    assert bool(graph.query(f"ASK {{ <{BASE}id/actor/uppdrag-psykisk-halsa> ?p ?o }}"))
