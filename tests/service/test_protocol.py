"""SPARQL 1.1 Protocol over a real socket: operations, datasets, formats, errors, limits, metadata."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import httpx
import pyoxigraph as ox

from tests.service.conftest import BASE, Live

# 2020-inventering-metod-och-kunskapsstod.txt:372 "  SDQwebb – frågeformulär 3–17 år"
SDQ = f"{BASE}id/resource/sdqwebb"
LABEL_Q = f"SELECT ?l WHERE {{ <{SDQ}> rdfs:label ?l }}"
G2018 = f"{BASE}graph/2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
G2020 = f"{BASE}graph/2020-inventering-metod-och-kunskapsstod"
JSON = "application/sparql-results+json"


def _labels(response: httpx.Response) -> list[str]:
    return [b["l"]["value"] for b in response.json()["results"]["bindings"]]


def test_get_query_uses_predeclared_prefix_and_union_default_graph(http: httpx.Client) -> None:
    r = http.get("/sparql", params={"query": LABEL_Q})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(JSON)
    assert _labels(r) == ["SDQwebb"]


def test_post_form_and_direct(http: httpx.Client) -> None:
    form = http.post("/sparql", data={"query": LABEL_Q})
    direct = http.post("/sparql", content=LABEL_Q.encode(), headers={"content-type": "application/sparql-query"})
    assert _labels(form) == _labels(direct) == ["SDQwebb"]


def test_dataset_parameters(http: httpx.Client) -> None:
    # 2018-slutrapport…txt:73 names "Uppdrag Psykisk Hälsa"; the actor is only in that report's graph.
    q = "SELECT ?l WHERE { ?a a pg:Actor ; rdfs:label ?l }"
    only_2020 = http.get("/sparql", params={"query": q, "default-graph-uri": G2020})
    only_2018 = http.get("/sparql", params={"query": q, "default-graph-uri": G2018})
    assert _labels(only_2020) == []
    assert _labels(only_2018) == ["Uppdrag Psykisk Hälsa"]
    named = http.get(
        "/sparql",
        params={"query": "SELECT ?g WHERE { GRAPH ?g { ?a a pg:Actor } }", "named-graph-uri": [G2018, G2020]},
    )
    assert [b["g"]["value"] for b in named.json()["results"]["bindings"]] == [G2018]


def test_select_formats(http: httpx.Client) -> None:
    xml = http.get("/sparql", params={"query": LABEL_Q}, headers={"accept": "application/sparql-results+xml"})
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [e.text for e in ET.fromstring(xml.content).iterfind(".//r:literal", ns)] == ["SDQwebb"]
    csv_text = http.get("/sparql", params={"query": LABEL_Q}, headers={"accept": "text/csv"}).text
    assert list(csv.reader(io.StringIO(csv_text))) == [["l"], ["SDQwebb"]]
    tsv = http.get("/sparql", params={"query": LABEL_Q, "format": "tsv"}, headers={"accept": "text/csv"})
    assert tsv.headers["content-type"].startswith("text/tab-separated-values")
    assert tsv.text.splitlines() == ["?l", '"SDQwebb"@sv']


def test_ask(http: httpx.Client) -> None:
    r = http.get("/sparql", params={"query": f"ASK {{ <{SDQ}> a pg:Resource }}"})
    assert r.json() == {"head": {}, "boolean": True}


def test_construct_formats(http: httpx.Client) -> None:
    q = f"CONSTRUCT {{ <{SDQ}> rdfs:label ?l }} WHERE {{ <{SDQ}> rdfs:label ?l }}"
    for media_type, fmt in [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
    ]:
        r = http.get("/sparql", params={"query": q}, headers={"accept": media_type})
        assert r.headers["content-type"].startswith(media_type)
        triples = list(ox.parse(r.content, format=fmt))
        assert [t.object.value for t in triples] == ["SDQwebb"], media_type
    default = http.get("/sparql", params={"query": q})
    assert default.headers["content-type"].startswith("text/turtle")


def test_describe(http: httpx.Client) -> None:
    r = http.get("/sparql", params={"query": f"DESCRIBE <{SDQ}>"}, headers={"accept": "application/n-triples"})
    assert f'<{SDQ}> <http://www.w3.org/2000/01/rdf-schema#label> "SDQwebb"@sv' in r.text


def test_errors(http: httpx.Client) -> None:
    missing = http.get("/sparql", params={"default-graph-uri": G2018})
    assert missing.status_code == 400 and "missing 'query'" in missing.text
    twice = http.get("/sparql", params={"query": ["ASK {}", "ASK {}"]})
    assert twice.status_code == 400 and "2 times" in twice.text
    bad = http.get("/sparql", params={"query": "SELEKT * WHERE {}"})
    assert bad.status_code == 400 and "malformed query" in bad.text and "1:1" in bad.text
    media = http.post("/sparql", content=b"ASK {}", headers={"content-type": "text/plain"})
    assert media.status_code == 415
    not_utf8 = http.post("/sparql", content=b"ASK { \xff }", headers={"content-type": "application/sparql-query"})
    assert not_utf8.status_code == 400 and "UTF-8" in not_utf8.text
    not_utf8_form = http.post(
        "/sparql", content=b"query=%FF", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert not_utf8_form.status_code == 400
    method = http.put("/sparql", content=b"ASK {}")
    assert method.status_code == 405 and "GET" in method.headers["allow"] and "POST" in method.headers["allow"]
    too_long = http.post("/sparql", data={"query": "ASK {} #" + "x" * 5000})
    assert too_long.status_code == 413
    unacceptable = http.get("/sparql", params={"query": "ASK {}"}, headers={"accept": "image/png"})
    assert unacceptable.status_code == 406
    wrong_form = http.get("/sparql", params={"query": "ASK {}", "format": "turtle"})
    assert wrong_form.status_code == 406
    unknown_format = http.get("/sparql", params={"query": "ASK {}", "format": "excel"})
    assert unknown_format.status_code == 400


def test_row_cap_is_announced(http: httpx.Client) -> None:
    # The test server caps non-streaming results at 5 rows; the fixture has more than 5 triples.
    q = "SELECT * WHERE { ?s ?p ?o }"
    capped = http.get("/sparql", params={"query": q})
    body = capped.json()
    assert capped.headers["x-psykgraf-truncated"] == "true"
    assert "truncated" in capped.headers["warning"]
    assert body["psykgraf:truncated"] is True and len(body["results"]["bindings"]) == 5
    streamed = http.get("/sparql", params={"query": q}, headers={"accept": "text/csv"})
    assert "x-psykgraf-truncated" not in streamed.headers
    assert len(streamed.text.strip().splitlines()) - 1 > 5
    small = http.get("/sparql", params={"query": LABEL_Q})
    assert "x-psykgraf-truncated" not in small.headers and "psykgraf:truncated" not in small.json()


def test_service_description_and_void(http: httpx.Client) -> None:
    sd = http.get("/sparql", headers={"accept": "text/turtle"})
    graph = list(ox.parse(sd.content, format=ox.RdfFormat.TURTLE))
    names = {t.object.value for t in graph if t.predicate.value.endswith("#name")}
    assert names == {G2018, G2020, f"{BASE}graph/ontology"}
    sd_ld = http.get("/sparql", headers={"accept": "application/ld+json"})
    assert sd_ld.headers["content-type"].startswith("application/ld+json") and json.loads(sd_ld.content)
    void = http.get("/.well-known/void")
    triples = {  # the dataset's own statements (the VoID also has partitions with their own void:triples)
        t.predicate.value.split("#")[-1]: t.object.value
        for t in ox.parse(void.content, format=ox.RdfFormat.TURTLE)
        if t.subject.value == f"{BASE}dataset"
    }
    assert triples["uriSpace"] == BASE and triples["sparqlEndpoint"].endswith("/sparql")
    assert int(triples["triples"]) == http.get("/health").json()["triples"]
    assert http.get(triples["dataDump"].replace(str(http.base_url).rstrip("/"), "")).status_code == 200


def test_prefixes(http: httpx.Client) -> None:
    prefixes = http.get("/prefixes").json()
    assert prefixes["pg"] == f"{BASE}ontology#"
    assert {
        "skos",
        "dcterms",
        "schema",
        "rdfs",
        "rdf",
        "owl",
        "foaf",
        "org",
        "prov",
        "dcat",
        "oa",
        "xsd",
    } <= set(prefixes)


def test_query_may_redeclare_a_prefix(http: httpx.Client) -> None:
    q = f"PREFIX rdfs: <http://example.org/not-rdfs#> SELECT ?l WHERE {{ <{SDQ}> rdfs:label ?l }}"
    assert _labels(http.get("/sparql", params={"query": q})) == []


def test_cors_gzip_etag_cache(live: Live, http: httpx.Client) -> None:
    preflight = http.options(
        "/update",
        headers={
            "origin": "https://yasgui.org",
            "access-control-request-method": "POST",
            "access-control-request-headers": "authorization, content-type",
        },
    )
    assert preflight.status_code == 200 and preflight.headers["access-control-allow-origin"] == "*"
    error = http.get("/sparql", params={"query": "nonsense"}, headers={"origin": "https://yasgui.org"})
    assert error.status_code == 400 and error.headers["access-control-allow-origin"] == "*"
    q = "SELECT * WHERE { ?s ?p ?o }"
    raw = httpx.get(f"{live.url}/sparql", params={"query": q, "format": "csv"}, headers={"accept-encoding": "gzip"})
    assert raw.headers["content-encoding"] == "gzip"
    first = http.get("/sparql", params={"query": q, "format": "csv"})
    again = http.get("/sparql", params={"query": q, "format": "csv"}, headers={"if-none-match": first.headers["etag"]})
    assert again.status_code == 304
    before = _cache_hits(http)
    http.get("/sparql", params={"query": q, "format": "csv"})
    after = _cache_hits(http)
    assert after == before + 1


def _cache_hits(http: httpx.Client) -> int:
    lines = http.get("/metrics").text.splitlines()
    return int(next(line for line in lines if line.startswith("psykgraf_cache_hits_total")).split()[-1])


def test_health_and_metrics(http: httpx.Client) -> None:
    health = http.get("/health").json()
    assert health["version"] == "v1" and health["triples"] > 0 and health["uptime_seconds"] >= 0
    assert len(health["query_workers"]) == 2
    text = http.get("/metrics").text
    assert 'psykgraf_requests_total{route="/health",method="GET",status="200"}' in text
    assert "psykgraf_request_duration_seconds_bucket" in text and "psykgraf_timeouts_total" in text


def test_request_id_echoed(http: httpx.Client) -> None:
    assert http.get("/health", headers={"x-request-id": "abc-123"}).headers["x-request-id"] == "abc-123"
    assert len(http.get("/health").headers["x-request-id"]) == 16
