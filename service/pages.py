"""Linked-data router: ``/id/…``, ``/vocab/…`` and ``/ontology`` dereference to their descriptions.

Browsers get a page rendered with the shared templates (label, description, facets as links
to the search, actors, links, figures over time, every fact's source with its quote and a link
to that line of the report, schema.org JSON-LD embedded); programs get RDF by ``Accept`` or
suffix, and schema.org JSON-LD by ``Accept: application/ld+json; profile="https://schema.org"``
or the ``.schema.jsonld`` suffix.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from psykgraf.facet_index import FACETS, fold
from service import schemaorg
from service.describe import describe, label_of, serialize
from service.media import GRAPH_TYPES, HTML, MEDIA, SUFFIXES, negotiate
from service.prefixes import WELL_KNOWN
from service.sparql import error_response
from service.state import Build, BuildManager
from service.ui import language, local_href, render

__all__ = ["Source", "router", "sources_of"]

router = APIRouter()
_OA = WELL_KNOWN["oa"]
_RDF = WELL_KNOWN["rdf"]
_SKOS = WELL_KNOWN["skos"]
_SCHEMA = WELL_KNOWN["schema"]
_DCTERMS = WELL_KNOWN["dcterms"]
_SCHEMA_SUFFIX = ".schema.jsonld"
_SCHEMA_TYPE = 'application/ld+json; profile="https://schema.org"'
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
    for suffix, media_type in {_SCHEMA_SUFFIX: _SCHEMA_TYPE, **SUFFIXES}.items():
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
    accept = request.headers.get("accept")
    chosen = forced or (_SCHEMA_TYPE if schemaorg.wants_schema(accept) else negotiate(accept, _OFFERED))
    if chosen is None:
        return error_response(406, f"{iri} is available as {', '.join(_OFFERED)}")
    local = "/" + iri[len(base) :]
    links = ", ".join(f'<{local}{MEDIA[t].suffix}>; rel="alternate"; type="{t}"' for t in [*GRAPH_TYPES, HTML])
    links += f', <{local}{_SCHEMA_SUFFIX}>; rel="alternate"; type="application/ld+json"; profile="https://schema.org"'
    headers = {
        "Link": links,
        "ETag": build.etag("page", iri, chosen),
        "Cache-Control": "public, max-age=300",
        "Vary": "Accept, Accept-Language",
    }
    lang = language(request)
    if chosen in (HTML, _SCHEMA_TYPE):
        headers["ETag"] = build.etag("page", iri, chosen, lang)
    if request.headers.get("if-none-match") == headers["ETag"]:
        return Response(status_code=304, headers=headers)
    if chosen == HTML:
        docs = build.directory / "docs" / "ontology.html" if build.directory else None
        if whole and forced == HTML and docs is not None and docs.is_file():
            # /ontology.html: the build's generated reference documentation, as it is.
            return FileResponse(docs, media_type=HTML, headers=headers)
        site = str(request.base_url).rstrip("/")
        context = _entity_context(build, manager, node, local, lang, site)
        if whole:
            context["terms"] = _terms(build.store, iri, base, lang)
            context["docs_href"] = f"{local}.html" if docs is not None and docs.is_file() else None
        return render(request, "entity.html", context, headers=headers)
    if chosen == _SCHEMA_TYPE:
        data = schemaorg.entity(build.store, node, base, str(request.base_url).rstrip("/") + local, lang)
        body = json.dumps(data, ensure_ascii=False, indent=1)
        return Response(body, media_type="application/ld+json", headers=headers)
    triples = describe(build.store, node, whole_prefix=iri if whole else None)
    return Response(serialize(triples, chosen, manager.prefixes), media_type=chosen, headers=headers)


def _compact(iri: str, prefixes: dict[str, str]) -> str:
    for name, namespace in prefixes.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{name}:{iri[len(namespace) :]}"
    return iri


def safe_href(url: str) -> str | None:
    """``url`` if a browser may follow it from a page (a path, http, https, mailto), else None:
    an IRI or URL read from a report is data, and ``javascript:`` in an href would run.

    >>> safe_href("/id/x"), safe_href("https://e.se/a"), safe_href("javascript:alert(1)"), safe_href(" data:x")
    ('/id/x', 'https://e.se/a', None, None)
    """
    scheme = url.strip().split(":", 1)[0].lower() if ":" in url else ""
    if url.startswith("/") and not url.startswith("//"):
        return url
    return url if scheme in ("http", "https", "mailto") else None


def _term(store: ox.Store, term: object, base: str, lang: str) -> dict[str, str | None]:
    """A term as the templates show it: text, link (local for this graph's IRIs) and language."""
    if isinstance(term, ox.NamedNode):
        href = safe_href(local_href(term.value, base))
        return {"text": label_of(store, term, lang) or term.value, "href": href, "lang": None}
    if isinstance(term, ox.Literal):
        return {"text": term.value, "href": None, "lang": term.language}
    if isinstance(term, ox.BlankNode):
        return {"text": label_of(store, term, lang) or "[…]", "href": None, "lang": None}
    return {"text": str(term), "href": None, "lang": None}


def _literals(store: ox.Store, node: ox.NamedNode, predicate: str, lang: str) -> list[str]:
    values = [v for v in _values(store, node, predicate) if isinstance(v, ox.Literal)]
    values.sort(key=lambda v: (v.language not in (lang, None), v.value))
    return list(dict.fromkeys(v.value for v in values))


def _first(store: ox.Store, node: object, predicate: str) -> str | None:
    if not isinstance(node, ox.NamedNode | ox.BlankNode):
        return None
    values = [v for v in _values(store, node, predicate) if isinstance(v, ox.Literal | ox.NamedNode)]
    return min((v.value for v in values), default=None)


def _report_stem(store: ox.Store, report: str, pg: str) -> str | None:
    name = _first(store, _n(report), f"{pg}fileName")
    return name.rsplit("/", 1)[-1].removesuffix(".txt") if name else None


_WINDOW = 12  # lines after the annotated line in which a quote's start is looked for


@functools.lru_cache(maxsize=32)
def _report_lines(path: Path, stamp: float) -> tuple[str, ...]:
    """A report text's lines, folded (cached per file version: ``stamp`` is its mtime)."""
    return tuple(fold(line) for line in path.read_text(encoding="utf-8").splitlines())


def quote_line(lines: tuple[str, ...], line: int, quote: str) -> int:
    """The line (1-based) where ``quote`` starts in a report's folded ``lines``.

    The annotation names the line where the statement's block starts; a quote from its text
    (a description) begins a few lines below, and a quote that classified it (a section
    heading) stands above. The first match at or just after ``line`` wins, else the nearest.

    >>> text = ("heading", "", "a title", "first words of the text", "more")
    >>> quote_line(text, 3, "First words of the text more"), quote_line(text, 3, "Heading")
    (4, 1)
    >>> quote_line(text, 3, "not there")
    3
    """
    words = fold(quote).split()[:4]
    if not words:
        return line

    def starts(number: int) -> bool:
        # The quote starts on this line if its first words are here (or run on to the next line).
        if words[0] not in lines[number - 1].split():
            return False
        following = next((text for text in lines[number:] if text), "")
        return f" {' '.join(words)} " in f" {lines[number - 1]} {following} "

    for number in range(max(line, 1), min(line + _WINDOW, len(lines)) + 1):
        if starts(number):
            return number
    found = [number for number in range(1, len(lines) + 1) if starts(number)]
    return min(found, key=lambda n: (abs(n - line), n)) if found else line


def _sources(
    store: ox.Store, node: ox.NamedNode, base: str, pg: str, lang: str, reports_dir: Path
) -> list[dict[str, object]]:
    """Each source annotation of ``node``: report, section, page, line, quote and the link to that line."""
    annotations = {
        q.subject
        for predicate in (f"{_OA}hasBody", f"{_RDF}subject")
        for q in store.quads_for_pattern(None, _n(predicate), node)
        if isinstance(q.subject, ox.NamedNode | ox.BlankNode)
    }
    out: list[dict[str, object]] = []
    for annotation in annotations:
        for target in _values(store, annotation, f"{_OA}hasTarget") or [annotation]:
            if not isinstance(target, ox.NamedNode | ox.BlankNode):
                continue
            report = _first(store, target, f"{_OA}hasSource")
            quote = next(
                (
                    _first(store, selector, f"{_OA}exact")
                    for selector in _values(store, target, f"{_OA}hasSelector")
                    if _first(store, selector, f"{_OA}exact")
                ),
                None,
            )
            line = _first(store, target, f"{pg}line")
            stem = _report_stem(store, report, pg) if report else None
            if stem and quote and line and line.isdigit():
                path = reports_dir / f"{stem}.txt"
                if path.is_file():
                    line = str(quote_line(_report_lines(path, path.stat().st_mtime), int(line), quote))
            out.append(
                {
                    "report": _term(store, _n(report), base, lang) if report else None,
                    "section": _first(store, target, f"{pg}section"),
                    "page": _first(store, target, f"{pg}page"),
                    "line": line,
                    "quote": quote,
                    "text_href": f"/reports/{stem}#L{line}" if stem and line and line.isdigit() else None,
                }
            )
    out.sort(key=_source_order)
    return out


def _source_order(source: dict[str, object]) -> tuple[str, int, str]:
    """Sources by report title, then line, then quote."""
    report = source["report"]
    line = str(source["line"] or "")
    title = str(report.get("text")) if isinstance(report, dict) else ""
    return (title, int(line) if line.isdigit() else 0, str(source["quote"]))


def _facet_params(base: str) -> dict[str, str]:
    """pg: property IRI → search-page parameter."""
    return {f"{base}ontology#{prop}": param for param, (_, prop, _) in FACETS.items()}


def _observations(store: ox.Store, node: ox.NamedNode, base: str, pg: str, lang: str) -> list[dict[str, object]]:
    """Figures about ``node`` (linked either way), ordered by date: the table over time."""
    found = {o for o in _values(store, node, f"{pg}observation") if isinstance(o, ox.NamedNode)}
    found |= {
        q.subject
        for q in store.quads_for_pattern(None, _n(f"{_SCHEMA}observationAbout"), node)
        if isinstance(q.subject, ox.NamedNode)
    }
    rows: list[dict[str, object]] = []
    for obs in found:
        report = _first(store, obs, f"{_DCTERMS}source")
        rows.append(
            {
                "href": local_href(obs.value, base),
                "measure": (_literals(store, obs, f"{pg}measure", lang) or [label_of(store, obs, lang) or ""])[0],
                "value": _first(store, obs, f"{_SCHEMA}value"),
                "unit": (_literals(store, obs, f"{_SCHEMA}unitText", lang) or [""])[0],
                "date": _first(store, obs, f"{_SCHEMA}observationDate") or "",
                "report": _term(store, _n(report), base, lang) if report else None,
            }
        )
    rows.sort(key=lambda r: (str(r["measure"]), str(r["date"]), str(r["value"])))
    return rows


def _terms(store: ox.Store, prefix: str, base: str, lang: str) -> list[dict[str, object]]:
    """The terms of the ontology (IRIs starting with ``prefix``), grouped by kind, with their comments."""
    rdfs = WELL_KNOWN["rdfs"]
    kinds: dict[str, list[dict[str, object]]] = {}
    subjects = {
        q.subject
        for q in store.quads_for_pattern(None, _n(f"{_RDF}type"), None)
        if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(prefix) and q.subject.value != prefix
    }
    for term in sorted(subjects, key=lambda t: t.value):
        kind = min(
            (label_of(store, t, lang) or t.value.rsplit("#", 1)[-1])
            for t in _values(store, term, f"{_RDF}type")
            if isinstance(t, ox.NamedNode)
        )
        comments = _literals(store, term, f"{rdfs}comment", lang) or _literals(store, term, f"{_SKOS}definition", lang)
        kinds.setdefault(kind, []).append(
            {
                "term": _term(store, term, base, lang),
                "name": term.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1],
                "comment": comments[0] if comments else "",
            }
        )
    return [{"kind": kind, "terms": terms} for kind, terms in sorted(kinds.items())]


def _entity_context(
    build: Build, manager: BuildManager, node: ox.NamedNode, local: str, lang: str, site: str
) -> dict[str, object]:
    store, base, prefixes = build.store, manager.settings.base_iri, manager.prefixes
    pg = prefixes["pg"]
    title = label_of(store, node, lang) or node.value
    facet_params = _facet_params(base)
    actor_class = _n(f"{pg}Actor")
    rows: dict[str, list[dict[str, str | None]]] = {}
    facets: dict[str, dict[str, object]] = {}
    actors: list[dict[str, object]] = []
    for quad in store.quads_for_pattern(node, None, None):
        predicate, obj = quad.predicate.value, quad.object
        cell = _term(store, obj, base, lang)
        bucket = rows.setdefault(predicate, [])
        if cell not in bucket:
            bucket.append(cell)
        if predicate in facet_params and isinstance(obj, ox.NamedNode):
            notation = _first(store, obj, f"{_SKOS}notation") or obj.value.rsplit("/", 1)[-1]
            entry = facets.setdefault(
                predicate,
                {"title": label_of(store, quad.predicate, lang) or _compact(predicate, prefixes), "values": []},
            )
            value = {"text": cell["text"], "href": f"/resources?{urlencode({facet_params[predicate]: notation})}"}
            if value not in entry["values"]:  # type: ignore[operator]
                entry["values"].append(value)  # type: ignore[attr-defined]
        elif (
            predicate.startswith(pg)
            and isinstance(obj, ox.NamedNode)
            and any(True for _ in store.quads_for_pattern(obj, _n(f"{_RDF}type"), actor_class))
        ):
            role = label_of(store, quad.predicate, lang) or _compact(predicate, prefixes)
            actor: dict[str, object] = {"role": role, **cell}
            if actor not in actors:
                actors.append(actor)
    props = [
        {
            "iri": p,
            "name": label_of(store, _n(p), lang) or _compact(p, prefixes),
            "compact": _compact(p, prefixes),
            "values": v,
        }
        for p, v in sorted(rows.items())
    ]
    incoming: dict[tuple[str, str], dict[str, object]] = {}
    narrower: list[dict[str, str | None]] = []
    for quad in store.quads_for_pattern(None, None, node):
        if (
            quad.predicate.value in _HIDDEN_INCOMING
            or len(incoming) >= _MAX_INCOMING
            or not isinstance(quad.subject, ox.NamedNode | ox.BlankNode)
        ):
            continue
        term = _term(store, quad.subject, base, lang)
        if quad.predicate.value == f"{_SKOS}broader" and term not in narrower:
            narrower.append(term)
        key = (quad.subject.value, quad.predicate.value)
        incoming.setdefault(
            key,
            {
                "subject": term,
                "property": label_of(store, quad.predicate, lang) or _compact(quad.predicate.value, prefixes),
            },
        )
    code = _first(store, node, f"{_SKOS}notation")
    scheme = _first(store, node, f"{_SKOS}inScheme")
    search_href = None
    if code and scheme:
        for param, (scheme_code, _, _) in FACETS.items():
            if scheme.rstrip("/").endswith(f"/{scheme_code}"):
                search_href = f"/resources?{urlencode({param: code})}"
    reports = []
    for report in sorted({v.value for v in _values(store, node, f"{_DCTERMS}source") if isinstance(v, ox.NamedNode)}):
        stem = _report_stem(store, report, pg)
        reports.append({**_term(store, _n(report), base, lang), "text_href": f"/reports/{stem}" if stem else None})
    page_url = f"{site}{local}"
    editor_query = f"SELECT ?property ?value WHERE {{\n  <{node.value}> ?property ?value\n}}"
    return {
        "lang": lang,
        "title": title,
        "iri": node.value,
        "types": [
            _term(store, t, base, lang) for t in _values(store, node, f"{_RDF}type") if isinstance(t, ox.NamedNode)
        ],
        "descriptions": _literals(store, node, f"{_DCTERMS}description", lang)
        + _literals(store, node, f"{_SKOS}definition", lang),
        "other_names": [n for n in _literals(store, node, f"{_SKOS}altLabel", lang) if n != title],
        "facets": list(facets.values()),
        "actors": sorted(actors, key=lambda a: (str(a["role"]), str(a["text"]))),
        # Only URLs a browser may follow; any other value stays, as text, in the table of all facts.
        "links": sorted(
            {
                v.value
                for v in _values(store, node, f"{_SCHEMA}url")
                if isinstance(v, ox.NamedNode | ox.Literal) and safe_href(v.value)
            }
        ),
        "figures": _observations(store, node, base, pg, lang),
        "sources": _sources(store, node, base, pg, lang, manager.settings.reports_dir),
        "reports": reports,
        "narrower": sorted(narrower, key=lambda t: str(t["text"])),
        "search_href": search_href,
        "properties": props,
        "incoming": sorted(incoming.values(), key=lambda i: (str(i["property"]), str(i["subject"]["text"]))),  # type: ignore[index]
        "alternates": [{"name": MEDIA[t].name, "type": t, "href": local + MEDIA[t].suffix} for t in GRAPH_TYPES]
        + [{"name": "schema.org", "type": "application/ld+json", "href": local + _SCHEMA_SUFFIX}],
        "editor_href": "/sparql#" + urlencode({"query": editor_query}, quote_via=quote),
        "jsonld": schemaorg.entity(store, node, base, page_url, lang),
        "terms": [],
        "docs_href": None,
    }
