"""A harvester's round: fetch /catalog, follow every downloadURL, check size and checksum, HEAD, then 304."""

from __future__ import annotations

import hashlib

import httpx
import pytest
import rdflib

from psykgraf.catalog import DCAT, NS, RDF

SPDX = NS("http://spdx.org/rdf/terms#")


@pytest.fixture(scope="module")
def catalogue(harvester: httpx.Client) -> rdflib.Graph:
    response = harvester.get("/catalog")  # no Accept: dataportal.se gets RDF/XML
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/rdf+xml")
    graph = rdflib.Graph()
    graph.parse(data=response.content, format="xml")
    return graph


def test_catalogue_in_three_syntaxes_is_one_graph(harvester: httpx.Client, catalogue: rdflib.Graph) -> None:
    for media_type, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld")):
        response = harvester.get("/catalog", headers={"accept": media_type})
        assert response.headers["content-type"].startswith(media_type)
        other = rdflib.Graph()
        other.parse(data=response.content, format=fmt)
        assert len(other) == len(catalogue)


def test_every_download_matches_its_size_and_checksum(harvester: httpx.Client, catalogue: rdflib.Graph) -> None:
    distributions = list(catalogue.subjects(RDF.type, DCAT.Distribution))
    assert distributions
    for dist in distributions:
        url = str(catalogue.value(dist, DCAT.downloadURL))
        size = int(catalogue.value(dist, DCAT.byteSize))  # type: ignore[arg-type]
        checksum = catalogue.value(dist, SPDX.checksum)
        assert catalogue.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        digest = str(catalogue.value(checksum, SPDX.checksumValue))
        path = url.removeprefix(str(harvester.base_url).rstrip("/"))
        assert path != url, f"download URL {url} is not on the serving host"
        body = harvester.get(path, headers={"accept-encoding": "identity"})
        assert body.status_code == 200, url
        assert len(body.content) == size and hashlib.sha256(body.content).hexdigest() == digest, url
        head = harvester.head(path, headers={"accept-encoding": "identity"})
        assert head.status_code == 200 and head.content == b""
        assert int(head.headers["content-length"]) == size
        assert head.headers["etag"] == body.headers["etag"] and "last-modified" in head.headers
        again = harvester.get(path, headers={"if-none-match": head.headers["etag"]})
        assert again.status_code == 304 and again.content == b""
        since = harvester.get(path, headers={"if-modified-since": head.headers["last-modified"]})
        assert since.status_code == 304


@pytest.mark.parametrize("path", ["/catalog", "/.well-known/void", "/dataset", "/downloads/", "/changes.atom"])
def test_documents_answer_head_and_conditional_get(harvester: httpx.Client, path: str) -> None:
    first = harvester.get(path)
    assert first.status_code == 200
    head = harvester.head(path, headers={"accept-encoding": "identity"})
    assert head.status_code == 200 and head.headers["etag"] == first.headers["etag"]
    assert int(head.headers["content-length"]) == len(first.content)
    assert harvester.get(path, headers={"if-none-match": first.headers["etag"]}).status_code == 304


def test_dataset_iri_dereferences(harvester: httpx.Client, catalogue: rdflib.Graph) -> None:
    datasets = set(catalogue.subjects(RDF.type, DCAT.Dataset))
    base = "https://w3id.org/psykgraf/"
    for dataset in datasets:
        response = harvester.get("/" + str(dataset).removeprefix(base), headers={"accept": "text/turtle"})
        assert response.status_code == 200, dataset
        graph = rdflib.Graph()
        graph.parse(data=response.content, format="turtle")
        assert (dataset, RDF.type, DCAT.Dataset) in graph


def test_void_describes_subsets_and_dumps(harvester: httpx.Client, catalogue: rdflib.Graph) -> None:
    void = rdflib.Graph()
    void.parse(data=harvester.get("/.well-known/void").content, format="turtle")
    vo = NS("http://rdfs.org/ns/void#")
    dataset = rdflib.URIRef("https://w3id.org/psykgraf/dataset")
    reports = {str(s) for s in catalogue.subjects(DCAT.distribution, None) if "/dataset/report/" in str(s)}
    subsets = {str(s) for s in void.objects(dataset, vo.subset)}
    assert reports and reports <= subsets
    assert any(void.subjects(RDF.type, vo.Linkset))
    assert len(list(void.objects(dataset, vo.dataDump))) >= 4
    assert int(void.value(dataset, vo.triples)) == harvester.get("/health").json()["triples"]  # type: ignore[arg-type]


def test_unknown_download_is_a_clear_404(harvester: httpx.Client) -> None:
    response = harvester.get("/downloads/../graph.nq")
    assert response.status_code == 404
    assert harvester.get("/downloads/nope.ttl").status_code == 404
    assert "no download" in harvester.get("/downloads/nope.ttl").text


def test_current_version_can_be_pinned(harvester: httpx.Client) -> None:
    version = harvester.get("/health").json()["version"]
    current = harvester.get("/downloads/psykgraf.ttl")
    pinned = harvester.get(f"/downloads/{version}/psykgraf.ttl")
    assert pinned.status_code == 200 and pinned.content == current.content
    assert harvester.get("/downloads/000000000000/psykgraf.ttl").status_code == 404
