"""Linked-data dereferencing: an entity, a concept, a scheme, the ontology; formats and 404."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest

from tests.service.conftest import BASE

SDQ = f"{BASE}id/resource/sdqwebb"
RDF_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize("media_type", sorted(RDF_TYPES))
def test_entity_by_accept(http: httpx.Client, media_type: str) -> None:
    r = http.get("/id/resource/sdqwebb", headers={"accept": media_type})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media_type)
    triples = [(t.subject, t.predicate, t.object) for t in ox.parse(r.content, format=RDF_TYPES[media_type])]
    # 2020-inventering-metod-och-kunskapsstod.txt:372 "  SDQwebb – frågeformulär 3–17 år"
    age_max = ox.Literal("17", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert (ox.NamedNode(SDQ), ox.NamedNode(f"{BASE}ontology#ageMax"), age_max) in triples
    # 2018-slutrapport…txt:73 "Uppdrag Psykisk Hälsa (UPH)": the producer's label comes along.
    assert "Uppdrag Psykisk Hälsa" in {o.value for _, _, o in triples}
    assert 'rel="alternate"' in r.headers["link"] and "/id/resource/sdqwebb.jsonld" in r.headers["link"]


@pytest.mark.parametrize(
    ("suffix", "media_type"),
    [
        (".ttl", "text/turtle"),
        (".nt", "application/n-triples"),
        (".jsonld", "application/ld+json"),
        (".rdf", "application/rdf+xml"),
    ],
)
def test_entity_by_suffix(http: httpx.Client, suffix: str, media_type: str) -> None:
    r = http.get(f"/id/resource/sdqwebb{suffix}", headers={"accept": "text/html"})
    assert r.headers["content-type"].startswith(media_type)
    assert any(t.subject.value == SDQ for t in ox.parse(r.content, format=RDF_TYPES[media_type]))


def test_entity_html_has_properties_links_and_quotes(http: httpx.Client) -> None:
    page = http.get("/id/resource/sdqwebb", headers={"accept": BROWSER}).text
    assert "<h1>SDQwebb</h1>" in page
    assert "<a href='/id/actor/uppdrag-psykisk-halsa'>Uppdrag Psykisk Hälsa</a>" in page
    # 2020-inventering-metod-och-kunskapsstod.txt:372 and :384, the annotations' quotes.
    assert "<blockquote>SDQwebb – frågeformulär 3–17 år</blockquote>" in page
    assert "(line 384)" in page


def test_incoming_links_on_actor_page(http: httpx.Client) -> None:
    page = http.get("/id/actor/uppdrag-psykisk-halsa", headers={"accept": "text/html"}).text
    incoming = page.split("class='incoming'>")[1]
    # 2020-inventering…txt:384 "UPH har tagit fram SDQwebb.se"; 2018-slutrapport…txt:241 Förstalinjeboken.
    assert "SDQwebb" in incoming and "Första linjeboken" in incoming


def test_concept_and_scheme(http: httpx.Client) -> None:
    concept = http.get("/vocab/care-level/forsta-linjen", headers={"accept": "application/n-triples"})
    assert '"first-line care"@en' in concept.text
    page = http.get("/vocab/care-level/forsta-linjen", headers={"accept": "text/html"}).text
    # 2020-inventering…txt:210 " Första linjeboken – stödmaterial för första linjens arbete …"
    assert "Första linjeboken" in page.split("class='incoming'>")[1]
    scheme = http.get("/vocab/care-level", headers={"accept": "text/html"}).text
    assert "första linjen" in scheme


def test_ontology(http: httpx.Client) -> None:
    html = http.get("/ontology", headers={"accept": "text/html"})
    assert "<h1>psykgraf ontology</h1>" in html.text  # the build's docs/ontology.html
    turtle = http.get("/ontology", headers={"accept": "text/turtle"})
    subjects = {t.subject.value for t in ox.parse(turtle.content, format=ox.RdfFormat.TURTLE)}
    assert {f"{BASE}ontology", f"{BASE}ontology#Resource", f"{BASE}ontology#careLevel"} <= subjects
    assert http.get("/ontology.nt").headers["content-type"].startswith("application/n-triples")


def test_unknown_iri_is_404(http: httpx.Client) -> None:
    assert http.get("/id/resource/no-such-thing").status_code == 404
    assert http.get("/vocab/care-level/no-such-code.ttl").status_code == 404
    assert http.get("/id/resource/sdqwebb", headers={"accept": "image/png"}).status_code == 406


def test_conditional_get(http: httpx.Client) -> None:
    first = http.get("/id/resource/sdqwebb.ttl")
    assert http.get("/id/resource/sdqwebb.ttl", headers={"if-none-match": first.headers["etag"]}).status_code == 304
