"""The OWL ontology declares every pg: term of docs/terms.md, documented in Swedish and English."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF

from loader.docs import render_ontology_html

ROOT = Path(__file__).parent.parent.parent
ONTOLOGY = ROOT / "ontology" / "psykgraf.ttl"
TERMS = ROOT / "docs" / "terms.md"
PG = Namespace("https://w3id.org/psykgraf/ontology#")
IRI = URIRef("https://w3id.org/psykgraf/ontology")
SDO = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
BIBO = Namespace("http://purl.org/ontology/bibo/")
VANN = Namespace("http://purl.org/vocab/vann/")
#: pg: terms the ontology declares beyond docs/terms.md (the report manifest's file name).
EXTRA = {"fileName"}
#: Annotation properties of the concept schemes that the tagger reads (loader/lexicon.py).
VOCAB_ANNOTATIONS = {
    "notLabel",
    "mentionLabel",
    "ageBandMin",
    "ageBandMax",
    "impliesConcept",
    "namePattern",
    "patternOrder",
    "cueNoun",
    "countNoun",
    "sectorHeading",
    "headWord",
    "fieldWord",
    "columnWord",
    "fieldLabel",  # labelled lines under an inventory entry (loader/layouts/inventory.py)
    "plannedField",  # carries the field labels of planned dates
    "findingCue",
    # the words that date a thing, on dcterms:created (loader/facts.py)
    "makingVerb",
    "makingNoun",
    "makingPhrase",
    "timedMakingVerb",
    "studyVerb",
    "studyNoun",
    "updatingVerb",
}


@cache
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@cache
def documented() -> set[str]:
    """Every pg: local name docs/terms.md mentions."""
    return set(re.findall(r"\bpg:([A-Za-z]+)", TERMS.read_text(encoding="utf-8")))


def documented_classes() -> set[str]:
    text = TERMS.read_text(encoding="utf-8")
    section = text.split("## Classes", 1)[1].split("##", 1)[0]
    return set(re.findall(r"\bpg:([A-Z][A-Za-z]+)", section))


def role_properties() -> list[str]:
    """The roles of the terms.md row '… (all ⊑ pg:involvedActor)'."""
    rows = TERMS.read_text(encoding="utf-8").splitlines()
    row = next(line for line in rows if "all ⊑ pg:involvedActor" in line)
    return re.findall(r"pg:([a-z][A-Za-z]+)", row.split("(all", 1)[0])


def langs(subject: URIRef, predicate: URIRef) -> set[str | None]:
    return {o.language for o in ontology().objects(subject, predicate) if isinstance(o, Literal)}


def test_parses_in_rdflib_and_pyoxigraph_without_blank_nodes() -> None:
    triples = list(pyoxigraph.parse(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(ontology()) > 500
    # The build copies the ontology into N-Quads that must be byte-identical across builds.
    assert not [t for t in ontology() if any(isinstance(n, BNode) for n in t)]


def test_ontology_header() -> None:
    g = ontology()
    assert (IRI, RDF.type, OWL.Ontology) in g
    assert g.value(IRI, OWL.versionInfo) == Literal("0.1.0")
    assert g.value(IRI, DCTERMS.license) == URIRef("https://creativecommons.org/publicdomain/zero/1.0/")
    assert g.value(IRI, DCTERMS.creator) == Literal("psykgraf project")
    assert langs(IRI, DCTERMS.title) == {"sv", "en"}
    assert g.value(IRI, VANN.preferredNamespacePrefix) == Literal("pg")


def test_terms_md_lists_the_contract_terms() -> None:
    # Guards the parsing below: a broken terms.md would make the parametrised tests vacuous.
    assert {"Resource", "Actor", "careLevel", "involvedActor", "mainApplicant"} <= documented()
    assert documented_classes() >= {"Resource", "Report", "SourceAnnotation"}
    assert len(role_properties()) == 9


@pytest.mark.parametrize("name", sorted(documented() | EXTRA | VOCAB_ANNOTATIONS))
def test_every_pg_term_is_declared_and_documented(name: str) -> None:
    g, term = ontology(), PG[name]
    types = set(g.objects(term, RDF.type))
    expected = {OWL.Class} if name in documented_classes() else {OWL.ObjectProperty, OWL.DatatypeProperty}
    if name in VOCAB_ANNOTATIONS:
        expected = {OWL.AnnotationProperty}
    assert types & expected, f"pg:{name} is not declared as one of {expected}"
    assert langs(term, RDFS.label) == {"sv", "en"}
    assert langs(term, SKOS.definition) == {"sv", "en"}
    # Each says why a pg: term was needed (or how it narrows the standard term it extends).
    assert langs(term, RDFS.comment) == {"sv", "en"}
    assert g.value(term, RDFS.isDefinedBy) == IRI


def test_no_undocumented_pg_terms() -> None:
    declared = {str(s)[len(str(PG)) :] for s in ontology().subjects(RDFS.isDefinedBy, IRI)}
    assert declared == documented() | EXTRA | VOCAB_ANNOTATIONS


@pytest.mark.parametrize(
    ("term", "axiom", "parent"),
    [
        (PG.Resource, RDFS.subClassOf, SDO.CreativeWork),
        (PG.Actor, RDFS.subClassOf, FOAF.Organization),
        (PG.Actor, RDFS.subClassOf, ORG.Organization),
        (PG.Event, RDFS.subClassOf, SDO.Event),
        (PG.Initiative, RDFS.subClassOf, SDO.Project),
        (PG.Initiative, RDFS.subClassOf, PROV.Activity),
        (PG.Report, RDFS.subClassOf, BIBO.Report),
        (PG.Observation, RDFS.subClassOf, SDO.Observation),
        (PG.SourceAnnotation, RDFS.subClassOf, OA.Annotation),
        (PG.producer, RDFS.subPropertyOf, DCTERMS.creator),
        (PG.maintainer, RDFS.subPropertyOf, SDO.maintainer),
        (PG.partner, RDFS.subPropertyOf, DCTERMS.contributor),
        (PG.funder, RDFS.subPropertyOf, SDO.funder),
        (PG.organizer, RDFS.subPropertyOf, SDO.organizer),
    ],
)
def test_pg_terms_extend_the_standard_terms(term: URIRef, axiom: URIRef, parent: URIRef) -> None:
    assert (term, axiom, parent) in ontology()


@pytest.mark.parametrize("name", role_properties())
def test_roles_are_involved_actors(name: str) -> None:
    g = ontology()
    assert (PG[name], RDFS.subPropertyOf, PG.involvedActor) in g
    assert g.value(PG[name], RDFS.range) == PG.Actor


@pytest.mark.parametrize(
    ("name", "datatype"),
    [("ageMin", "integer"), ("ageMax", "integer"), ("line", "integer"), ("page", "integer")],
)
def test_integer_ranges(name: str, datatype: str) -> None:
    assert ontology().value(PG[name], RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#" + datatype)


def test_reused_terms_have_labels_and_usage_notes() -> None:
    g = ontology()
    reused = [
        s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and s != IRI and not str(s).startswith(str(PG))
    ]
    assert SDO.url in reused and DCTERMS.created in reused
    for term in reused:
        assert langs(term, RDFS.label) == {"sv", "en"}, term
        assert langs(term, SKOS.scopeNote) == {"sv", "en"}, term
        # No new axioms on other vocabularies' terms.
        assert g.value(term, RDFS.domain) is None and g.value(term, RDFS.range) is None, term


@cache
def docs_page() -> str:
    vocab = Graph()
    for f in sorted((ROOT / "ontology" / "vocab").glob("*.ttl")):
        vocab.parse(f, format="turtle")
    return render_ontology_html(ontology(), vocab)


def test_docs_page_documents_every_term_and_scheme() -> None:
    page = docs_page()
    for name in documented():
        assert f'<section class="term" id="{name}">' in page, name
    for scheme in ["care-level", "target-group", "audience", "resource-form", "status", "actor-type"]:
        assert f'id="scheme-{scheme}"' in page
    # care-level.ttl: primarvard skos:broader forsta-linjen
    assert 'id="care-level-forsta-linjen"' in page
    assert '<a href="#care-level-forsta-linjen">forsta-linjen</a>' in page
    assert "vård- och insatsnivå" in page and "care level" in page


def test_docs_page_is_deterministic_and_escaped() -> None:
    page = docs_page()
    again = render_ontology_html(Graph().parse(ONTOLOGY, format="turtle"), Graph())
    assert render_ontology_html(Graph().parse(ONTOLOGY, format="turtle"), Graph()) == again
    assert page.count("<section") == page.count("</section>")
    # psykgraf.ttl pg:measure: 'for example "arbetsplatser"' -> the quotes are escaped.
    assert "&quot;arbetsplatser&quot;" in page
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert set(re.findall(r'href="#([^"]+)"', page)) <= set(ids)
