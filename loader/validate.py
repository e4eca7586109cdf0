"""SHACL validation of a build before it is published.

>>> conforms, messages = validate_lines([], None)
>>> conforms, messages
(True, [])
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pyshacl
import rdflib

__all__ = ["validate_lines"]

_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def validate_lines(lines: list[str], shapes: Path | None) -> tuple[bool, list[str]]:
    """Validate N-Quads lines (as one union graph) against a SHACL shapes file.

    Returns whether the data conforms and one readable message per violation,
    sorted, e.g. ``"<iri> rdfs:label: Every entity needs an rdfs:label"``.
    """
    if shapes is None or not lines:
        return True, []
    quads = pyoxigraph.parse("\n".join(lines), format=pyoxigraph.RdfFormat.N_QUADS)
    # The union graph: the same triples without their graph names.
    ntriples = pyoxigraph.serialize([q.triple for q in quads], format=pyoxigraph.RdfFormat.N_TRIPLES)
    data = rdflib.Graph().parse(data=ntriples, format="nt")
    shapes_graph = rdflib.Graph().parse(shapes, format="turtle")
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes_graph, inference="none", advanced=False, allow_warnings=True
    )
    messages: list[str] = []
    assert isinstance(report, rdflib.Graph)
    for result in report.subjects(rdflib.RDF.type, _SH.ValidationResult):
        severity = report.value(result, _SH.resultSeverity)
        if severity != _SH.Violation:
            continue
        focus = report.value(result, _SH.focusNode)
        path = report.value(result, _SH.resultPath)
        msg = report.value(result, _SH.resultMessage)
        messages.append(f"<{focus}> {path.n3(data.namespace_manager) if path else ''}: {msg}")
    return bool(conforms) or not messages, sorted(messages)

