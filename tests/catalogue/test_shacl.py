"""The catalogue validates against DCAT-AP 3.0 plus the DCAT-AP-SE additions, and a broken one does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph

from psykgraf.catalog import DCAT, DCTERMS, RDF, build_catalog, counts, load_build, publisher_of
from psykgraf.settings import Settings
from tests.catalogue.conftest import REPORTS, STANDARDS

SHAPES = ("dcat-ap-SHACL.ttl", "dcat-ap-se-additions.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    missing = [name for name in SHAPES if not (STANDARDS / name).is_file()]
    if missing:
        pytest.skip(f"DCAT-AP-SE shapes not found beside the repository ({STANDARDS}): {', '.join(missing)}")
    graph = Graph()
    for name in SHAPES:
        graph.parse(STANDARDS / name, format="turtle")
    return graph


@pytest.fixture(scope="module")
def catalogue(published: Path) -> Graph:
    build = load_build(published)
    assert build is not None
    return build_catalog(publisher_of(Settings(), "http://127.0.0.1:8000/"), build)


def test_catalogue_conforms(catalogue: Graph, shapes: Graph) -> None:
    conforms, _, text = validate(catalogue, shacl_graph=shapes)
    assert conforms, text


def test_catalogue_lists_every_report_and_vocabulary(catalogue: Graph) -> None:
    # One dataset for the graph, one per report file in data/reports/, one per SKOS file in ontology/vocab/.
    reports = len(list(REPORTS.glob("*.txt")))
    vocabularies = len(list((REPORTS.parents[1] / "ontology" / "vocab").glob("*.ttl")))
    assert counts(catalogue)["datasets"] == 1 + reports + vocabularies
    assert counts(catalogue)["services"] == 1
    for dataset in catalogue.subjects(RDF.type, DCAT.Dataset):
        assert list(catalogue.objects(dataset, DCAT.distribution)), dataset


def test_missing_publisher_fails_the_shapes(catalogue: Graph, shapes: Graph) -> None:
    broken = Graph()
    broken += catalogue
    broken.remove((None, DCTERMS.publisher, None))
    conforms, _, text = validate(broken, shacl_graph=shapes)
    assert not conforms
    assert "publisher" in str(text)


def test_no_blank_nodes_for_main_resources(catalogue: Graph) -> None:
    for cls in (DCAT.Catalog, DCAT.Dataset, DCAT.Distribution, DCAT.DataService):
        for node in catalogue.subjects(RDF.type, cls):
            assert str(node).startswith("https://"), node
    for agent in catalogue.objects(None, DCTERMS.publisher):
        assert str(agent).startswith("https://"), agent
    for contact in catalogue.objects(None, DCAT.contactPoint):
        assert str(contact).startswith("https://"), contact
