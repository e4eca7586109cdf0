"""Linked-data dereferencing: an entity, a concept, a scheme, the ontology; formats and 404."""

from __future__ import annotations

from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from psykgraf.settings import Settings
from service.app import create_app
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
    actors = page.split('id="h-actors"')[1].split("</section>")[0]
    assert '<a href="/id/actor/uppdrag-psykisk-halsa">Uppdrag Psykisk Hälsa</a>' in actors
    # 2020-inventering-metod-och-kunskapsstod.txt:372 and :384, the annotations' quotes.
    sources = page.split('class="sources"')[1]
    assert '<blockquote lang="sv">SDQwebb – frågeformulär 3–17 år</blockquote>' in sources
    assert "rad 384" in sources
    # The form is a link to the filtered search; the formats and the editor are offered.
    assert '<a class="tag" href="/resources?form=formular">' in page
    assert 'href="/id/resource/sdqwebb.ttl"' in page and 'href="/sparql#query=' in page


def test_entity_page_in_english(http: httpx.Client) -> None:
    page = http.get("/id/resource/sdqwebb?lang=en", headers={"accept": "text/html"})
    assert page.headers["content-language"] == "en" and "line 384" in page.text
    assert (
        http.get("/id/resource/sdqwebb", headers={"accept": "text/html", "accept-language": "en"}).headers[
            "content-language"
        ]
        == "en"
    )


def test_incoming_links_on_actor_page(http: httpx.Client) -> None:
    page = http.get("/id/actor/uppdrag-psykisk-halsa", headers={"accept": "text/html"}).text
    incoming = page.split('class="incoming"')[1]
    # 2020-inventering…txt:384 "UPH har tagit fram SDQwebb.se"; 2018-slutrapport…txt:241 Förstalinjeboken.
    assert "SDQwebb" in incoming and "Första linjeboken" in incoming


def test_concept_and_scheme(http: httpx.Client) -> None:
    concept = http.get("/vocab/care-level/forsta-linjen", headers={"accept": "application/n-triples"})
    assert '"first-line care"@en' in concept.text
    page = http.get("/vocab/care-level/forsta-linjen", headers={"accept": "text/html"}).text
    # 2020-inventering…txt:210 " Första linjeboken – stödmaterial för första linjens arbete …"
    assert "Första linjeboken" in page.split('class="incoming"')[1]
    assert 'href="/resources?care_level=forsta-linjen"' in page  # the tagged resources, as a search
    scheme = http.get("/vocab/care-level", headers={"accept": "text/html"}).text
    assert "första linjen" in scheme


def test_home(http: httpx.Client) -> None:
    page = http.get("/", headers={"accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-language"] == "sv"
    html = page.text
    # Both reports of the fixture graph, linked to their pages; the class counts; the search box.
    assert '<a href="/id/report/2020-inventering-metod-och-kunskapsstod">' in html
    assert '<a href="/id/report/2018-slutrapport-2017-riktade-insatser-psykisk-halsa">' in html
    assert 'action="/resources"' in html and 'href="/sparql"' in html and 'href="/catalog"' in html
    counts = html.split('class="counts"')[1].split("</dl>")[0]
    assert "<dd>2</dd>" in counts  # two resources in the fixture: SDQwebb and Första linjeboken
    english = http.get("/", params={"lang": "en"}).text
    assert '<html lang="en">' in english and "Search the supports" in english


def test_search_page_facets_and_text(http: httpx.Client) -> None:
    page = http.get("/resources", params={"q": "FORSTA linjeboken"}, headers={"accept": "text/html"}).text
    # Case- and diacritic-insensitive: "FORSTA linjeboken" finds "Första linjeboken" (fixture graph).
    hits = page.split('class="hits"')[1].split("</ol>")[0]
    assert "Första linjeboken" in hits and "SDQwebb" not in hits
    # A care level narrows the two resources to the one tagged with it.
    level = http.get("/resources", params={"care_level": "forsta-linjen"}).text
    assert '<span id="total">1</span>' in level
    everything = http.get("/resources").text
    assert '<span id="total">2</span>' in everything
    levels = everything.split('data-facet="care_level"')[1].split("</fieldset>")[0]
    assert 'value="forsta-linjen"' in levels and 'data-count="1"' in levels


def test_search_csv_of_the_selection(http: httpx.Client) -> None:
    csv = http.get("/resources.csv", params={"care_level": "forsta-linjen"})
    assert csv.headers["content-type"].startswith("text/csv")
    rows = csv.text.strip().splitlines()
    assert rows[0].startswith("iri,label,") and len(rows) == 2
    assert rows[1].startswith(f"{BASE}id/resource/forsta-linjeboken,Första linjeboken,forsta-linjen,")


def test_search_rejects_unknown_values_and_escapes(http: httpx.Client) -> None:
    bad = http.get("/resources", params={"care_level": "<script>alert(1)</script>"}, headers={"accept": "text/html"})
    assert bad.status_code == 400
    assert "<script>alert(1)" not in bad.text and "&lt;script&gt;alert(1)" in bad.text
    echoed = http.get("/resources", params={"q": '"><img src=x onerror=alert(1)>'}).text
    assert "<img src=x" not in echoed and "&#34;&gt;&lt;img src=x" in echoed


def test_query_editor_for_browsers_only(http: httpx.Client) -> None:
    page = http.get("/sparql", headers={"accept": BROWSER})
    assert page.status_code == 200 and 'src="/static/vendor/yasgui.min.js"' in page.text
    assert 'data-example="sip-resources"' in page.text  # queries/sip-resources.rq as an example
    assert "PREFIX pg: &lt;https://w3id.org/psykgraf/ontology#&gt;" in page.text
    programs = http.get("/sparql", headers={"accept": "text/turtle"})
    assert programs.headers["content-type"].startswith("text/turtle")  # the Service Description
    result = http.get("/sparql", params={"query": "ASK {}"}, headers={"accept": "application/sparql-results+json"})
    assert result.json()["boolean"] is True


def test_schemaorg_by_negotiation(http: httpx.Client) -> None:
    data = http.get("/id/resource/sdqwebb", headers={"accept": 'application/ld+json; profile="https://schema.org"'})
    body = data.json()
    assert body["@type"] == "LearningResource" and body["name"] == "SDQwebb"
    assert body["audience"]["suggestedMinAge"] == 3 and body["audience"]["suggestedMaxAge"] == 17
    assert body["creator"] == {
        "@type": "Organization",
        "@id": f"{BASE}id/actor/uppdrag-psykisk-halsa",
        "name": "Uppdrag Psykisk Hälsa",
    }
    assert http.get("/id/resource/sdqwebb.schema.jsonld").json() == body
    plain = http.get("/id/resource/sdqwebb", headers={"accept": "application/ld+json"})
    assert "@graph" in plain.text or "ontology#ageMax" in plain.text  # plain JSON-LD stays RDF


def test_ontology(http: httpx.Client) -> None:
    html = http.get("/ontology", headers={"accept": "text/html"}).text
    # The page lists the ontology's terms (fixture: pg:Resource, pg:careLevel) and links the reference.
    terms = html.split('id="h-terms"')[1]
    assert "<code>Resource</code>" in terms and "<code>careLevel</code>" in terms
    assert 'href="/ontology.html"' in terms
    docs = http.get("/ontology.html")
    assert "<h1>psykgraf ontology</h1>" in docs.text  # the build's docs/ontology.html
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


def test_hostile_urls_are_not_links(tmp_path: Path) -> None:
    """A javascript: URL read from a report is shown as text, never as a link or unescaped."""
    store = ox.Store()
    node = ox.NamedNode(f"{BASE}id/resource/x")
    evil = "javascript:alert(document.domain)"
    store.add(ox.Quad(node, ox.NamedNode(f"{BASE}ontology#producer"), ox.NamedNode(evil)))
    store.add(ox.Quad(node, ox.NamedNode("https://schema.org/url"), ox.Literal(evil)))
    store.add(ox.Quad(node, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("<b>x</b>")))
    app = create_app(Settings(build_dir=tmp_path), store)
    with TestClient(app) as client:
        page = client.get("/id/resource/x", headers={"accept": "text/html"}).text
    assert 'href="javascript:' not in page and "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
