"""SHACL validation of a build before it is published.

Only the triples the shapes can look at (their paths, targets and ``rdf:type``) are
handed to pySHACL: the annotations' bookkeeping triples never reach a constraint, and
leaving them out halves the validation time.

>>> conforms, messages = validate_lines([], None)
>>> conforms, messages
(True, [])
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyoxigraph
import pyshacl
import rdflib
from rdflib import RDF, RDFS, BNode, URIRef
from rdflib import Literal as RLiteral
from rdflib.term import Node

from psykgraf.settings import DEFAULT_BASE_IRI

__all__ = ["validate_lines"]

_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _relevant_predicates(shapes: rdflib.Graph) -> set[str]:
    preds = {str(RDF.type), str(RDFS.subClassOf)}
    for p in (_SH.path, _SH.targetSubjectsOf, _SH.targetObjectsOf):
        preds |= {str(o) for o in shapes.objects(None, p) if isinstance(o, URIRef)}
    return preds


def _to_rdflib(quads: list[pyoxigraph.Quad], keep: set[str]) -> rdflib.Graph:
    cache: dict[str, URIRef] = {}

    def iri(value: str) -> URIRef:
        node = cache.get(value)
        if node is None:
            node = cache[value] = URIRef(value)
        return node

    def term(t: object) -> URIRef | RLiteral | BNode:
        if isinstance(t, pyoxigraph.NamedNode):
            return iri(t.value)
        if isinstance(t, pyoxigraph.Literal):
            if t.language:
                return RLiteral(t.value, lang=t.language)
            if t.datatype.value == _XSD_STRING:
                return RLiteral(t.value)
            return RLiteral(t.value, datatype=iri(t.datatype.value))
        assert isinstance(t, pyoxigraph.BlankNode)
        return BNode(t.value)

    graph = rdflib.Graph()
    graph.addN(
        (term(q.subject), iri(q.predicate.value), term(q.object), graph) for q in quads if q.predicate.value in keep
    )
    return graph


def _rebased(shapes: rdflib.Graph, base: str) -> rdflib.Graph:
    """The shapes with IRIs under the default base moved to ``base`` (the build's)."""
    if base == DEFAULT_BASE_IRI:
        return shapes

    def move(t: Node) -> Node:
        if isinstance(t, URIRef) and str(t).startswith(DEFAULT_BASE_IRI):
            return URIRef(base + str(t)[len(DEFAULT_BASE_IRI) :])
        return t

    out = rdflib.Graph()
    for s, p, o in shapes:
        out.add((move(s), move(p), move(o)))
    return out


def validate_lines(lines: Sequence[str], shapes: Path | None, base: str = DEFAULT_BASE_IRI) -> tuple[bool, list[str]]:
    """Validate N-Quads lines (as one union graph) against a SHACL shapes file.

    The shapes are written under the default base IRI; a graph built under another
    ``base`` is checked against the same shapes moved to that base.
    Returns whether the data conforms and one readable message per violation,
    sorted, e.g. ``"<iri> rdfs:label: Every entity needs an rdfs:label"``.
    """
    if shapes is None or not lines:
        return True, []
    shapes_graph = _rebased(rdflib.Graph().parse(shapes, format="turtle"), base)
    quads = list(pyoxigraph.parse("\n".join(lines), format=pyoxigraph.RdfFormat.N_QUADS))
    data = _to_rdflib(quads, _relevant_predicates(shapes_graph))
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes_graph, inference="none", advanced=False, allow_warnings=True
    )
    messages: list[str] = []
    assert isinstance(report, rdflib.Graph)
    for result in report.subjects(RDF.type, _SH.ValidationResult):
        if report.value(result, _SH.resultSeverity) != _SH.Violation:
            continue
        focus = report.value(result, _SH.focusNode)
        path = report.value(result, _SH.resultPath)
        msg = report.value(result, _SH.resultMessage)
        messages.append(f"<{focus}> {path.n3(data.namespace_manager) if path else ''}: {msg}")
    return bool(conforms) or not messages, sorted(messages)
