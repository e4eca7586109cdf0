"""RDF documents the service describes itself and its resources with: SD, VoID, resource descriptions."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from service.media import CONSTRUCT_TYPES, RESULTS_DOCS, SOLUTION_TYPES
from service.prefixes import WELL_KNOWN

__all__ = ["LABELS", "describe", "label_of", "serialize", "service_description", "void"]

_RDF = WELL_KNOWN["rdf"]
_RDFS = WELL_KNOWN["rdfs"]
_SKOS = WELL_KNOWN["skos"]
_SD = "http://www.w3.org/ns/sparql-service-description#"
_VOID = "http://rdfs.org/ns/void#"
_DCTERMS = WELL_KNOWN["dcterms"]
_FORMATS = "http://www.w3.org/ns/formats/"
_OA = "http://www.w3.org/ns/oa#"
#: Predicates by which a source annotation cites what it is evidence for.
_CITES = (f"{_OA}hasBody", f"{_RDF}subject")
#: Properties whose value names a node, in order of preference.
LABELS = (f"{_SKOS}prefLabel", f"{_RDFS}label")
_RDF_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def serialize(triples: Iterable[ox.Triple], media_type: str, prefixes: dict[str, str]) -> bytes:
    """Serialise triples in one of GRAPH_TYPES (prefixes used where the syntax has them).

    >>> t = ox.Triple(_n("http://e/a"), _n("http://e/p"), ox.Literal("x"))
    >>> serialize([t], "application/n-triples", {})
    b'<http://e/a> <http://e/p> "x" .\\n'
    """
    fmt = _RDF_FORMATS[media_type]
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
        return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""
    return ox.serialize(triples, format=fmt) or b""


def service_description(endpoint: str, graphs: list[str], triples: int) -> list[ox.Triple]:
    """SPARQL 1.1 Service Description of the endpoint at ``endpoint``.

    >>> sd = service_description("http://h/sparql", ["http://g/1"], 3)
    >>> any(t.object == _n(_SD + "SPARQL11Query") for t in sd)
    True
    """
    s = _n(endpoint)
    out = [
        ox.Triple(s, _n(_RDF + "type"), _n(_SD + "Service")),
        ox.Triple(s, _n(_SD + "endpoint"), s),
        ox.Triple(s, _n(_SD + "supportedLanguage"), _n(_SD + "SPARQL11Query")),
        ox.Triple(s, _n(_SD + "feature"), _n(_SD + "UnionDefaultGraph")),
        ox.Triple(s, _n(_SD + "feature"), _n(_SD + "BasicFederatedQuery")),
    ]
    for media_type in SOLUTION_TYPES + CONSTRUCT_TYPES:
        out.append(ox.Triple(s, _n(_SD + "resultFormat"), _n(_FORMATS + RESULTS_DOCS[media_type])))
    dataset = ox.BlankNode("dataset")
    default = ox.BlankNode("default")
    out += [
        ox.Triple(s, _n(_SD + "defaultDataset"), dataset),
        ox.Triple(dataset, _n(_RDF + "type"), _n(_SD + "Dataset")),
        ox.Triple(dataset, _n(_SD + "defaultGraph"), default),
        ox.Triple(default, _n(_RDF + "type"), _n(_SD + "Graph")),
        ox.Triple(
            default,
            _n(_VOID + "triples"),
            ox.Literal(str(triples), datatype=_n(WELL_KNOWN["xsd"] + "integer")),
        ),
    ]
    for i, graph in enumerate(sorted(graphs)):
        node = ox.BlankNode(f"g{i}")
        out += [
            ox.Triple(dataset, _n(_SD + "namedGraph"), node),
            ox.Triple(node, _n(_RDF + "type"), _n(_SD + "NamedGraph")),
            ox.Triple(node, _n(_SD + "name"), _n(graph)),
        ]
    return out


def void(base_iri: str, endpoint: str, dump: str, triples: int, version: str) -> list[ox.Triple]:
    """VoID description of the dataset.

    >>> [t.object.value for t in void("https://b/", "http://h/sparql", "http://h/dump", 5, "v1")
    ...  if t.predicate.value.endswith("uriSpace")]
    ['https://b/']
    """
    d = _n(f"{base_iri}dataset")
    xsd_integer = _n(WELL_KNOWN["xsd"] + "integer")
    out = [
        ox.Triple(d, _n(_RDF + "type"), _n(_VOID + "Dataset")),
        ox.Triple(d, _n(_VOID + "triples"), ox.Literal(str(triples), datatype=xsd_integer)),
        ox.Triple(d, _n(_VOID + "sparqlEndpoint"), _n(endpoint)),
        ox.Triple(d, _n(_VOID + "dataDump"), _n(dump)),
        ox.Triple(d, _n(_VOID + "uriSpace"), ox.Literal(base_iri)),
        ox.Triple(d, _n(_VOID + "vocabulary"), _n(f"{base_iri}ontology#")),
        ox.Triple(d, _n(_DCTERMS + "hasVersion"), ox.Literal(version)),
    ]
    for namespace in ("skos", "dcterms", "schema", "foaf", "org", "prov", "dcat", "oa"):
        out.append(ox.Triple(d, _n(_VOID + "vocabulary"), _n(WELL_KNOWN[namespace])))
    return out


def label_of(store: ox.Store, node: ox.NamedNode | ox.BlankNode, lang: str = "sv") -> str | None:
    """The node's preferred label (``lang`` first), or None.

    >>> s = ox.Store(); a = _n("http://e/a")
    >>> s.add(ox.Quad(a, _n(_RDFS + "label"), ox.Literal("A", language="en")))
    >>> label_of(s, a)
    'A'
    """
    found: list[ox.Literal] = []
    for predicate in LABELS:
        found += [
            q.object for q in store.quads_for_pattern(node, _n(predicate), None) if isinstance(q.object, ox.Literal)
        ]
        if found:
            break
    for literal in found:
        if literal.language == lang:
            return str(literal.value)
    return str(found[0].value) if found else None


def describe(store: ox.Store, subject: ox.NamedNode, whole_prefix: str | None = None) -> list[ox.Triple]:
    """Concise bounded description: triples about ``subject`` (following blank nodes and the
    subject's own hash IRIs, ``<subject#…>``), the annotations that cite it (``oa:hasBody`` or
    ``rdf:subject`` = subject: the links to its sources), plus labels of the IRIs it points to.
    With ``whole_prefix``, every subject starting with it.

    >>> s = ox.Store(); a, b = _n("http://e/a"), _n("http://e/b")
    >>> s.add(ox.Quad(a, _n("http://e/p"), b, _n("http://e/g")))
    >>> s.add(ox.Quad(b, _n(_RDFS + "label"), ox.Literal("B"), _n("http://e/g")))
    >>> len(describe(s, a))
    2
    >>> s.add(ox.Quad(_n("http://e/n"), _n(_OA + "hasBody"), a, _n("http://e/g")))
    >>> s.add(ox.Quad(b, _n(_OA + "hasTarget"), _n("http://e/b#t"), _n("http://e/g")))
    >>> s.add(ox.Quad(_n("http://e/b#t"), _n("http://e/line"), ox.Literal("3"), _n("http://e/g")))
    >>> len(describe(s, a)), len(describe(s, b))
    (3, 3)
    """
    seen: set[ox.Triple] = set()
    out: list[ox.Triple] = []
    subjects: list[ox.NamedNode | ox.BlankNode] = [subject]
    if whole_prefix is not None:
        subjects += sorted(
            {
                q.subject
                for q in store.quads_for_pattern(None, None, None)
                if isinstance(q.subject, ox.NamedNode)
                and q.subject.value.startswith(whole_prefix)
                and q.subject != subject
            },
            key=lambda n: n.value,
        )
    visited: set[ox.NamedNode | ox.BlankNode] = set()
    objects: list[ox.NamedNode] = []
    own = subject.value.split("#", 1)[0] + "#"
    for predicate in _CITES:
        for quad in store.quads_for_pattern(None, _n(predicate), subject):
            triple = ox.Triple(quad.subject, quad.predicate, quad.object)
            if triple not in seen:
                seen.add(triple)
                out.append(triple)
    while subjects:
        node = subjects.pop(0)
        if node in visited:
            continue
        visited.add(node)
        for quad in store.quads_for_pattern(node, None, None):
            triple = ox.Triple(quad.subject, quad.predicate, quad.object)
            if triple in seen:
                continue
            seen.add(triple)
            out.append(triple)
            if isinstance(quad.object, ox.BlankNode) or (
                isinstance(quad.object, ox.NamedNode) and quad.object.value.startswith(own)
            ):
                subjects.append(quad.object)
            elif isinstance(quad.object, ox.NamedNode):
                objects.append(quad.object)
    for obj in objects:
        if obj in visited:
            continue
        for predicate in LABELS:
            for quad in store.quads_for_pattern(obj, _n(predicate), None):
                triple = ox.Triple(quad.subject, quad.predicate, quad.object)
                if triple not in seen:
                    seen.add(triple)
                    out.append(triple)
    return out
