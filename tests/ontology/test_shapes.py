"""The SHACL shapes are valid SHACL, accept a correct graph and name what is wrong in a broken one."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef

ROOT = Path(__file__).parent.parent.parent
SHAPES = ROOT / "ontology" / "shapes.ttl"
SHACL_SHACL = Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES = """
@prefix pg: <https://w3id.org/psykgraf/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix v: <https://w3id.org/psykgraf/vocab/> .
@prefix rep: <https://w3id.org/psykgraf/id/report/> .
@prefix res: <https://w3id.org/psykgraf/id/resource/> .
@prefix ev: <https://w3id.org/psykgraf/id/event/> .
@prefix obs: <https://w3id.org/psykgraf/id/observation/> .
"""

# Two tiny concept schemes, as the vocabularies in ontology/vocab/ state them.
CONCEPTS = """
v:care-level a skos:ConceptScheme .
<https://w3id.org/psykgraf/vocab/care-level/forsta-linjen> a skos:Concept ; skos:inScheme v:care-level .
v:target-group a skos:ConceptScheme .
<https://w3id.org/psykgraf/vocab/target-group/barn> a skos:Concept ; skos:inScheme v:target-group .
"""

# A correct resource with every checked property, its report, an observation and an annotation.
VALID = """
rep:r a pg:Report ; rdfs:label "Rapport"@sv ; dcterms:title "Rapport"@sv .
res:skolfam a pg:Resource ;
    rdfs:label "SkolFam"@sv, "SkolFam"@en ;
    dcterms:source rep:r ;
    pg:careLevel <https://w3id.org/psykgraf/vocab/care-level/forsta-linjen> ;
    pg:targetGroup <https://w3id.org/psykgraf/vocab/target-group/barn> ;
    dcterms:created "2012"^^xsd:gYear ;
    pg:ageMin 3 ; pg:ageMax 17 ;
    schema:url <https://www.skolfam.se/> ;
    pg:observation obs:o .
ev:konferens a pg:Event ; rdfs:label "Konferens"@sv ; dcterms:source rep:r ;
    schema:startDate "2017-10-05"^^xsd:date ; schema:endDate "2017-10"^^xsd:gYearMonth .
obs:o a pg:Observation ; rdfs:label "arbetsplatser: 749 (2020-03)"@sv ;
    dcterms:source rep:r ;
    schema:observationAbout res:skolfam ; pg:measure "arbetsplatser"@sv ;
    schema:value "749"^^xsd:decimal ; schema:observationDate "2020-03"^^xsd:gYearMonth .
<https://w3id.org/psykgraf/id/annotation/a#selector> a oa:TextQuoteSelector ;
    oa:exact "SkolFam – en arbetsmodell" .
"""

# The broken graph of the brief: no label, a care level from the wrong scheme, an ill-formed
# year and an age above 120.
BROKEN = """
rep:r a pg:Report ; rdfs:label "Rapport"@sv ; dcterms:title "Rapport"@sv .
res:x a pg:Resource ;
    dcterms:source rep:r ;
    pg:careLevel <https://w3id.org/psykgraf/vocab/target-group/barn> ;
    dcterms:created "20x2"^^xsd:gYear ;
    pg:ageMin 3 ; pg:ageMax 130 .
"""
BROKEN_MESSAGES = {
    "Every entity needs an rdfs:label, and each label must be a literal with a language tag",
    "Every entity needs a Swedish (@sv) rdfs:label",
    "pg:careLevel must be a skos:Concept in the care-level scheme",
    'dcterms:created must be a year, an xsd:gYear such as "2012"',
    "pg:ageMax must be one xsd:integer from 0 to 120",
}


@cache
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def messages(data_ttl: str) -> set[str]:
    """The messages of the top-level validation results (not the nested sh:detail ones)."""
    data = Graph().parse(data=PREFIXES + CONCEPTS + data_ttl, format="turtle")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes(), inference="none", advanced=False)
    assert isinstance(report, Graph)
    found = {
        str(report.value(r, SH.resultMessage))
        for top in report.subjects(RDF.type, SH.ValidationReport)
        for r in report.objects(top, SH.result)
    }
    assert bool(conforms) == (not found)
    return found


def test_shapes_parse_in_rdflib_and_pyoxigraph() -> None:
    assert len(shapes()) > 100
    assert len(list(pyoxigraph.parse(path=str(SHAPES), format=pyoxigraph.RdfFormat.TURTLE))) == len(shapes())


def test_shapes_are_valid_shacl() -> None:
    shacl_shacl = Graph().parse(SHACL_SHACL, format="turtle")
    conforms, _, text = pyshacl.validate(shapes(), shacl_graph=shacl_shacl, inference="none")
    assert conforms, text


def test_core_shacl_only_and_every_property_shape_has_a_message() -> None:
    g = shapes()
    assert not set(g.subjects(SH.sparql, None)), "SPARQL-based constraints slow the build down"
    with_path = set(g.subjects(SH.path, None))
    used = set(g.objects(None, SH.property))
    # The property shapes the class and value shapes use; the nested sh:inScheme ones under
    # the facet node shapes speak through the message of the facet property that uses them.
    assert used and used <= with_path
    assert [s for s in used if g.value(s, SH.message) is None] == []
    assert all(m.language is None for m in g.objects(None, SH.message) if isinstance(m, Literal))


@pytest.mark.parametrize(
    "scheme",
    ["care-level", "target-group", "audience", "resource-form", "status", "actor-type"],
)
def test_each_facet_checks_its_own_scheme(scheme: str) -> None:
    assert URIRef(f"https://w3id.org/psykgraf/vocab/{scheme}") in set(shapes().objects(None, SH.hasValue))


def test_accepts_a_correct_graph() -> None:
    assert messages(VALID) == set()


def test_rejects_the_broken_graph_with_readable_messages() -> None:
    assert messages(BROKEN) == BROKEN_MESSAGES


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'rdfs:label "SkolFam"@sv, "SkolFam"@en ;',
            'rdfs:label "SkolFam"@sv, "SkolFam" ;',
            "Every entity needs an rdfs:label, and each label must be a literal with a language tag",
        ),
        (
            'rdfs:label "SkolFam"@sv, "SkolFam"@en ;',
            'rdfs:label "SkolFam"@en ;',
            "Every entity needs a Swedish (@sv) rdfs:label",
        ),
        (
            "dcterms:source rep:r ;\n    pg:careLevel",
            "pg:careLevel",
            "Every entity needs at least one dcterms:source, a pg:Report",
        ),
        (
            "pg:targetGroup <https://w3id.org/psykgraf/vocab/target-group/barn>",
            "pg:targetGroup <https://w3id.org/psykgraf/vocab/target-group/ingen>",
            "pg:targetGroup must be a skos:Concept in the target-group scheme",
        ),
        ('"2012"^^xsd:gYear', '"2012"', 'dcterms:created must be a year, an xsd:gYear such as "2012"'),
        ("pg:ageMin 3", "pg:ageMin 18", "pg:ageMin must be one xsd:integer from 0 to 120, not above pg:ageMax"),
        ("pg:ageMax 17", "pg:ageMax 121", "pg:ageMax must be one xsd:integer from 0 to 120"),
        ("<https://www.skolfam.se/>", '"https://www.skolfam.se/"', "schema:url must be an http(s) IRI"),
        ("<https://www.skolfam.se/>", "<ftp://skolfam.se/>", "schema:url must be an http(s) IRI"),
        (
            '"2017-10-05"^^xsd:date',
            '"5 oktober 2017"',
            "schema:startDate must be an xsd:date, xsd:gYearMonth or xsd:gYear",
        ),
        ('"749"^^xsd:decimal', '"749"', "schema:value must be an xsd:decimal"),
        ('schema:value "749"^^xsd:decimal ;', "", "A pg:Observation needs exactly one schema:value"),
        ('pg:measure "arbetsplatser"@sv ;', "", "A pg:Observation needs a pg:measure, a literal with a language tag"),
        (
            '"2020-03"^^xsd:gYearMonth',
            '"mars 2020"',
            "schema:observationDate must be an xsd:date, xsd:gYearMonth or xsd:gYear",
        ),
        (
            "schema:observationAbout res:skolfam ;",
            "",
            "A pg:Observation needs a schema:observationAbout, the IRI of the entity it is about",
        ),
        (
            'oa:exact "SkolFam – en arbetsmodell"',
            'oa:exact "' + "x" * 301 + '"',
            "A oa:TextQuoteSelector needs an oa:exact quote of at most 300 characters",
        ),
        (
            'dcterms:title "Rapport"@sv',
            'dcterms:title "Rapport"',
            "A pg:Report needs a dcterms:title with a language tag",
        ),
    ],
)
def test_each_break_gives_its_message(old: str, new: str, message: str) -> None:
    assert old in VALID
    assert messages(VALID.replace(old, new, 1)) == {message}


def test_ontology_vocabularies_and_manifest_conform() -> None:
    # The build's ontology graph: every pg:Report of the manifest and every concept must pass.
    data = Graph()
    for f in [
        ROOT / "ontology" / "psykgraf.ttl",
        ROOT / "data" / "reports.ttl",
        *sorted((ROOT / "ontology" / "vocab").glob("*.ttl")),
    ]:
        data.parse(f, format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes(), inference="none")
    assert conforms, text
