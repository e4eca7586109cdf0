"""Linked-data router: ``/id/…``, ``/vocab/…`` and ``/ontology`` dereference to their descriptions."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from service.describe import describe, label_of, serialize
from service.media import GRAPH_TYPES, HTML, MEDIA, SUFFIXES, negotiate
from service.prefixes import WELL_KNOWN
from service.sparql import error_response
from service.state import Build, BuildManager

__all__ = ["Source", "router", "sources_of"]

router = APIRouter()
_OA = WELL_KNOWN["oa"]
_RDF = WELL_KNOWN["rdf"]
_OFFERED = [GRAPH_TYPES[0], HTML, *GRAPH_TYPES[1:]]
_HIDDEN_INCOMING = {f"{_OA}hasBody", f"{_RDF}subject", f"{_RDF}object"}
_MAX_INCOMING = 500


@dataclass(frozen=True)
class Source:
    """Where a statement about a node was read: report, quote and location."""

    annotation: str
    report: str | None
    quote: str | None
    location: str


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _values(store: ox.Store, node: ox.NamedNode | ox.BlankNode, predicate: str) -> list[object]:
    return [q.object for q in store.quads_for_pattern(node, _n(predicate), None)]


def sources_of(store: ox.Store, node: ox.NamedNode, pg: str) -> list[Source]:
    """Source annotations (``oa:hasBody`` or ``rdf:subject`` = node) with their quotes.

    >>> sources_of(ox.Store(), _n("http://e/a"), "http://e/pg#")
    []
    """
    annotations = {
        q.subject
        for predicate in (f"{_OA}hasBody", f"{_RDF}subject")
        for q in store.quads_for_pattern(None, _n(predicate), node)
        if isinstance(q.subject, ox.NamedNode | ox.BlankNode)
    }
    out = []
    for annotation in sorted(annotations, key=lambda a: a.value):
        for target in _values(store, annotation, f"{_OA}hasTarget") or [annotation]:
            if not isinstance(target, ox.NamedNode | ox.BlankNode):
                continue
            reports = _values(store, target, f"{_OA}hasSource")
            quotes = [
                str(exact.value)
                for selector in _values(store, target, f"{_OA}hasSelector")
                if isinstance(selector, ox.NamedNode | ox.BlankNode)
                for exact in _values(store, selector, f"{_OA}exact")
                if isinstance(exact, ox.Literal)
            ]
            where = []
            for name in ("section", "page", "line"):
                where += [
                    f"{name} {v.value}" for v in _values(store, target, f"{pg}{name}") if isinstance(v, ox.Literal)
                ]
            report = reports[0] if reports and isinstance(reports[0], ox.NamedNode) else None
            out.append(
                Source(
                    annotation.value,
                    report.value if report else None,
                    quotes[0] if quotes else None,
                    ", ".join(where),
                )
            )
    return out


def _exists(store: ox.Store, node: ox.NamedNode) -> bool:
    return any(True for _ in store.quads_for_pattern(node, None, None)) or any(
        True for _ in store.quads_for_pattern(None, None, node)
    )


def _resolve(build: Build, base: str, path: str) -> tuple[str, str | None]:
    """(IRI, media type forced by a suffix) of a local path; a suffix counts only if the IRI
    without it is known and the IRI with it is not."""
    for suffix, media_type in SUFFIXES.items():
        if path.endswith(suffix):
            stripped = path[: -len(suffix)]
            if not _exists(build.store, _n(base + path)) and _exists(build.store, _n(base + stripped)):
                return base + stripped, media_type
    return base + path, None


@router.get("/id/{kind}/{slug}", name="entity")
async def entity(request: Request, kind: str, slug: str) -> Response:
    """An entity (resource, actor, agreement, …)."""
    return _page(request, f"id/{kind}/{slug}")


@router.get("/vocab/{scheme}", name="scheme")
async def scheme(request: Request, scheme: str) -> Response:
    """A SKOS concept scheme."""
    return _page(request, f"vocab/{scheme}")


@router.get("/vocab/{scheme}/{code}", name="concept")
async def concept(request: Request, scheme: str, code: str) -> Response:
    """A SKOS concept."""
    return _page(request, f"vocab/{scheme}/{code}")


@router.get("/ontology", name="ontology")
async def ontology(request: Request) -> Response:
    """The ontology: all ``{base}ontology…`` terms; HTML from the build's docs when present."""
    return _page(request, "ontology", whole=True)


@router.get("/ontology.{ext}", name="ontology_document")
async def ontology_document(request: Request, ext: str) -> Response:
    """The ontology in the serialisation named by the suffix."""
    media_type = SUFFIXES.get(f".{ext}")
    if media_type is None:
        return error_response(404, f"no ontology document with suffix .{ext}")
    return _page(request, "ontology", whole=True, forced=media_type)


def _page(request: Request, path: str, whole: bool = False, forced: str | None = None) -> Response:
    manager: BuildManager = request.app.state.manager
    build = manager.build
    assert build is not None
    base = manager.settings.base_iri
    iri, suffix_type = (base + path, None) if whole else _resolve(build, base, path)
    forced = forced or suffix_type
    node = _n(iri)
    if not _exists(build.store, node):
        return error_response(404, f"{iri} is not described in build {build.version}")
    chosen = forced or negotiate(request.headers.get("accept"), _OFFERED)
    if chosen is None:
        return error_response(406, f"{iri} is available as {', '.join(_OFFERED)}")
    local = "/" + iri[len(base) :]
    links = ", ".join(f'<{local}{MEDIA[t].suffix}>; rel="alternate"; type="{t}"' for t in [*GRAPH_TYPES, HTML])
    headers = {
        "Link": links,
        "ETag": build.etag("page", iri, chosen),
        "Cache-Control": "public, max-age=300",
        "Vary": "Accept",
    }
    if request.headers.get("if-none-match") == headers["ETag"]:
        return Response(status_code=304, headers=headers)
    if chosen == HTML:
        docs = build.directory / "docs" / "ontology.html" if build.directory else None
        if whole and docs is not None and docs.is_file():
            return FileResponse(docs, media_type=HTML, headers=headers)
        return Response(_html(build, manager, node, local), media_type=HTML, headers=headers)
    triples = describe(build.store, node, whole_prefix=iri if whole else None)
    return Response(serialize(triples, chosen, manager.prefixes), media_type=chosen, headers=headers)


def _compact(iri: str, prefixes: dict[str, str]) -> str:
    for name, namespace in prefixes.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{name}:{iri[len(namespace) :]}"
    return iri


def _href(iri: str, base: str) -> str:
    return "/" + iri[len(base) :] if iri.startswith(base) else iri


def _term_html(store: ox.Store, term: object, base: str) -> str:
    if isinstance(term, ox.NamedNode):
        label = label_of(store, term) or term.value
        return f"<a href='{escape(_href(term.value, base))}'>{escape(label)}</a>"
    if isinstance(term, ox.Literal):
        lang = f" <small>@{escape(term.language)}</small>" if term.language else ""
        return f"{escape(term.value)}{lang}"
    if isinstance(term, ox.BlankNode):
        return escape(label_of(store, term) or "[…]")
    return escape(str(term))


def _html(build: Build, manager: BuildManager, node: ox.NamedNode, local: str) -> str:
    store, base, prefixes = build.store, manager.settings.base_iri, manager.prefixes
    title = label_of(store, node) or node.value
    rows: dict[str, list[str]] = {}
    for quad in store.quads_for_pattern(node, None, None):
        cell = _term_html(store, quad.object, base)
        bucket = rows.setdefault(quad.predicate.value, [])
        if cell not in bucket:
            bucket.append(cell)
    props = "".join(
        f"<tr><th title='{escape(p)}'>{escape(_compact(p, prefixes))}</th><td>{'<br>'.join(v)}</td></tr>"
        for p, v in sorted(rows.items())
    )
    incoming: dict[tuple[str, str], str] = {}
    for quad in store.quads_for_pattern(None, None, node):
        if (
            quad.predicate.value in _HIDDEN_INCOMING
            or len(incoming) >= _MAX_INCOMING
            or not isinstance(quad.subject, ox.NamedNode | ox.BlankNode)
        ):
            continue
        key = (quad.subject.value, quad.predicate.value)
        incoming.setdefault(key, _term_html(store, quad.subject, base))
    incoming_html = "".join(
        f"<li>{subject} <small>{escape(_compact(p, prefixes))}</small></li>"
        for (_, p), subject in sorted(incoming.items())
    )
    sources_html = "".join(
        "<li>"
        + (_term_html(store, _n(s.report), base) if s.report else "")
        + (f" <small>({escape(s.location)})</small>" if s.location else "")
        + (f"<blockquote>{escape(s.quote)}</blockquote>" if s.quote else "")
        + "</li>"
        for s in sources_of(store, node, prefixes["pg"])
    )
    alternates = " · ".join(f"<a href='{escape(local + MEDIA[t].suffix)}'>{MEDIA[t].name}</a>" for t in GRAPH_TYPES)
    return (
        "<!doctype html><html lang='sv'><head><meta charset='utf-8'>"
        f"<title>{escape(title)} — psykgraf</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}th{text-align:left;"
        "vertical-align:top;padding-right:1em}blockquote{color:#444;margin:.3em 1em}</style></head><body>"
        f"<h1>{escape(title)}</h1><p><code>{escape(node.value)}</code></p>"
        f"<table>{props}</table>"
        + (f"<h2>Sources</h2><ul class='sources'>{sources_html}</ul>" if sources_html else "")
        + (f"<h2>Linked from</h2><ul class='incoming'>{incoming_html}</ul>" if incoming_html else "")
        + f"<p>Also as: {alternates} · build {escape(build.version)}</p></body></html>"
    )
