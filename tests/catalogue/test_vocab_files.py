"""Each SKOS scheme is its own named graph and its own file at /vocab/{scheme}.ttl, fit for Skosmos.

skosify (the SKOS checker Skosmos's authors recommend) finds no problem: no hierarchy cycles, no
disjointness clashes, no redundant hierarchy, at most one prefLabel per language, no label used
twice; no concept is loose (an orphan a harvester would have to mark as top concept).
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

import httpx
import pytest
import rdflib

from loader.pipeline import BuildResult
from psykgraf.catalog import NS, RDF

skosify_check = pytest.importorskip("skosify.check")
skosify_main = pytest.importorskip("skosify.skosify")
SKOS = NS("http://www.w3.org/2004/02/skos/core#")
DCT = NS("http://purl.org/dc/terms/")
VOCAB = Path(__file__).resolve().parents[2] / "ontology" / "vocab"
SCHEMES = sorted(p.stem for p in VOCAB.glob("*.ttl"))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_scheme_is_its_own_graph(built: BuildResult, scheme: str) -> None:
    graph = f"<https://w3id.org/psykgraf/graph/vocab/{scheme}> ."
    lines = [line for line in built.lines if line.endswith(graph)]
    assert any("#ConceptScheme>" in line for line in lines)
    assert not any(
        line.endswith("/graph/ontology> .") and f"/vocab/{scheme}/" in line.split(" ", 1)[0] for line in built.lines
    )


@pytest.mark.parametrize("scheme", SCHEMES)
def test_vocabulary_file_passes_skosify(harvester: httpx.Client, scheme: str, caplog: pytest.LogCaptureFixture) -> None:
    response = harvester.get(f"/vocab/{scheme}.ttl")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph()
    g.parse(data=response.content, format="turtle")
    schemes = list(g.subjects(RDF.type, SKOS.ConceptScheme))
    assert schemes == [rdflib.URIRef(f"https://w3id.org/psykgraf/vocab/{scheme}")]
    for prop in (DCT.title, DCT.license, DCT.creator, rdflib.URIRef("http://www.w3.org/2002/07/owl#versionInfo")):
        assert g.value(schemes[0], prop) is not None, prop
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert concepts and all((c, SKOS.inScheme, schemes[0]) in g for c in concepts)
    assert all(g.value(c, SKOS.prefLabel) is not None and g.value(c, SKOS.notation) is not None for c in concepts)
    with caplog.at_level(logging.INFO):
        skosify_check.hierarchy_cycles(g)
        skosify_check.disjoint_relations(g)
        skosify_check.hierarchical_redundancy(g)
        skosify_check.preflabel_uniqueness(g, policy="shortest")  # logs any second prefLabel
        skosify_check.label_overlap(g)
        skosify_main.setup_top_concepts(g, mark_top_concepts=True)  # logs each orphan it has to mark
    problems = [r.getMessage() for r in caplog.records if r.name == "root"]  # skosify logs on the root logger
    assert problems == []
    # Skosmos shows concepts by prefLabel: no two concepts of a scheme share one in a language.
    labels = Counter((str(o), o.language) for c in concepts for o in g.objects(c, SKOS.prefLabel))
    assert [label for label, n in labels.items() if n > 1] == []


def test_vocab_page_without_suffix_is_still_the_pages_router(harvester: httpx.Client) -> None:
    # /vocab/{scheme}.ttl is served by service/catalogue.py; /vocab/{scheme} stays with the pages router.
    page = harvester.get(f"/vocab/{SCHEMES[0]}", headers={"accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
