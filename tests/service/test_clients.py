"""Real SPARQL clients against the endpoint: SPARQLWrapper, rdflib's SPARQLStore and Comunica."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

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


COMUNICA = Path(__file__).resolve().parents[1] / "clients" / "comunica" / "node_modules" / ".bin" / "comunica-sparql"


def _comunica(live: Live, query: str, media_type: str) -> str:
    if not COMUNICA.exists():
        pytest.skip("Comunica is not installed: `make test` installs it when npm is on the machine")
    done = subprocess.run(
        [str(COMUNICA), f"sparql@{live.url}/sparql", "-q", query, "-t", media_type],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_comunica(live: Live) -> None:
    prefixes = f"PREFIX pg: <{BASE}ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    out = json.loads(_comunica(live, prefixes + QUERY, "application/sparql-results+json"))
    assert [r["l"]["value"] for r in out["results"]["bindings"]] == ["UPH"]
    construct = f"CONSTRUCT {{ ?a skos:altLabel ?l }} WHERE {{ {QUERY[QUERY.index('{') + 1 : -1]} }}"
    graph = rdflib.Graph().parse(data=_comunica(live, prefixes + construct, "application/n-triples"), format="nt")
    assert {(str(s), str(o)) for s, _, o in graph} == {(f"{BASE}id/actor/uppdrag-psykisk-halsa", "UPH")}
