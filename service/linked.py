"""Linked-data IRIs beside the pages: named queries (``{base}query/{name}``) and named graphs (``{base}graph/{id}``).

A query IRI is described in the graph (``sh:SPARQLExecutable``): RDF clients get its
description, browsers and JSON clients are sent to the API that runs it. A graph IRI
names one named graph of the dataset (one per report): it dereferences to its contents.
"""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from service.describe import describe, serialize
from service.errors import Unavailable
from service.media import CONSTRUCT_TYPES, GRAPH_TYPES, HTML, negotiate
from service.plumbing import blocking, current
from service.sparql import error_response

__all__ = ["router"]

router = APIRouter()
_CACHE = "public, max-age=300"
_DATASET_FORMATS = {
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}


@router.get("/query/{name}", name="query_iri")
async def query_iri(request: Request, name: str) -> Response:
    """A named query: its RDF description, or (HTML, JSON) a redirect to ``/api/queries/{name}``."""
    manager, build = current(request)
    node = ox.NamedNode(f"{manager.settings.base_iri}query/{name}")
    offered = [*GRAPH_TYPES, HTML, "application/json"]
    chosen = negotiate(request.headers.get("accept"), offered)
    if chosen is None:
        return error_response(406, f"{node.value} is available as {', '.join(offered)}")
    try:
        triples = await blocking(request, lambda: describe(build.store, node))
    except Unavailable as error:
        return error_response(503, str(error), {"Retry-After": str(error.retry_after)})
    if not triples:
        return error_response(404, f"{node.value} is not described in build {build.version}")
    if chosen in (HTML, "application/json"):
        return RedirectResponse(f"/api/queries/{name}", status_code=303, headers={"Vary": "Accept"})
    headers = {"ETag": build.etag("query", node.value, chosen), "Vary": "Accept", "Cache-Control": _CACHE}
    return Response(serialize(triples, chosen, manager.prefixes), media_type=chosen, headers=headers)


@router.get("/graph/{graph_id}", name="graph_iri")
async def graph_iri(request: Request, graph_id: str) -> Response:
    """A named graph of the dataset: its triples (Turtle, N-Triples, RDF/XML, JSON-LD) or quads (N-Quads, TriG)."""
    manager, build = current(request)
    node = ox.NamedNode(f"{manager.settings.base_iri}graph/{graph_id}")
    chosen = negotiate(request.headers.get("accept"), CONSTRUCT_TYPES)
    if chosen is None:
        return error_response(406, f"{node.value} is available as {', '.join(CONSTRUCT_TYPES)}")

    def contents() -> bytes | None:
        if not build.store.contains_named_graph(node):
            return None
        quads = list(build.store.quads_for_pattern(None, None, None, node))
        if chosen in _DATASET_FORMATS:
            return ox.serialize(quads, format=_DATASET_FORMATS[chosen]) or b""
        return serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], chosen, manager.prefixes)

    try:
        body = await blocking(request, contents)
    except Unavailable as error:
        return error_response(503, str(error), {"Retry-After": str(error.retry_after)})
    if body is None:
        return error_response(404, f"{node.value} is not a graph of build {build.version}")
    headers = {"ETag": build.etag("graph", node.value, chosen), "Vary": "Accept", "Cache-Control": _CACHE}
    return Response(body, media_type=chosen, headers=headers)
