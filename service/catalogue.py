"""Catalogue router: what harvesters fetch. DCAT-AP-SE at ``/catalog``, VoID, downloads, SKOS files, change feed.

Every document here is derived from the published build only, so it carries a strong ETag,
``Last-Modified`` (when its content was first published), ``Content-Length``, answers ``HEAD``
and conditional GETs (``If-None-Match``, ``If-Modified-Since``) with 304.

Routes: ``/catalog`` (RDF/XML by default; Turtle, JSON-LD by ``Accept``), the catalogue's own
resources (``/dataset``, ``/dataset/…``, ``/distribution/…``), ``/.well-known/void``,
``/dump.nq``, ``/downloads/`` and ``/downloads/{file}``, ``/vocab/{scheme}.ttl`` (registered
before the pages router so the suffix wins over ``/vocab/{scheme}``), ``/api/changes`` and
``/changes.atom``.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import time
from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from rdflib import BNode, Graph, URIRef

from psykgraf.catalog import (
    Build as CatalogBuild,
)
from psykgraf.catalog import (
    build_catalog,
    changes_between,
    load_build,
    publisher_of,
    serialize,
    void_graph,
)
from service.errors import BadParam
from service.media import negotiate
from service.sparql import error_response
from service.state import Build, BuildManager

__all__ = ["router"]

router = APIRouter()

#: Catalogue syntaxes: RDF/XML first (dataportal.se harvests RDF/XML), then Turtle and JSON-LD.
CATALOG_TYPES = {
    "application/rdf+xml": "xml",
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
}
#: VoID keeps Turtle first, as before it moved here.
VOID_TYPES = ["text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"]
_DOWNLOAD_TYPES = {
    ".gz": "application/gzip",
    ".trig": "application/trig",
    ".ttl": "text/turtle; charset=utf-8",
    ".jsonld": "application/ld+json",
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
    ".sha256": "text/plain; charset=utf-8",
}
_CACHE = "public, max-age=300"
_VERSION = re.compile(r"[0-9a-f]{12}")  # loader/publish.version_of
_memo: dict[tuple[Any, ...], tuple[bytes, str]] = {}


def _http_date(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso.replace("Z", "+00:00")), usegmt=True)


def _not_modified(request: Request, etag: str, last_modified: str | None) -> bool:
    """RFC 9110 §13.1: If-None-Match wins; If-Modified-Since only when it is absent."""
    given = request.headers.get("if-none-match")
    if given is not None:
        tags = {t.strip().removeprefix("W/") for t in given.split(",")}
        return "*" in tags or etag.removeprefix("W/") in tags
    since = request.headers.get("if-modified-since")
    if since and last_modified:
        try:
            return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def _send(
    request: Request,
    body: bytes,
    media_type: str,
    etag: str,
    last_modified: str | None,
    extra: dict[str, str] | None = None,
) -> Response:
    headers = {"ETag": etag, "Cache-Control": _CACHE, **(extra or {})}
    if last_modified:
        headers["Last-Modified"] = last_modified
    if _not_modified(request, etag, last_modified):
        return Response(status_code=304, headers=headers)
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        return Response(status_code=200, media_type=media_type, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def _current(request: Request) -> tuple[BuildManager, Build]:
    manager: BuildManager = request.app.state.manager
    build = manager.build
    assert build is not None
    return manager, build


def _live_index(build: Build, base: str) -> dict[str, Any]:
    """Catalogue inputs of a build published without downloads (older builds, test fixtures)."""
    from loader.exports import summarize

    key = ("index", id(build.store), build.generation, build.triples)
    if key not in _memo:
        quads = list(build.store.quads_for_pattern(None, None, None))
        index = {"version": build.version, "files": [], **summarize(quads, build.store, base)}
        _memo[key] = (json.dumps(index).encode(), "")
    return dict(json.loads(_memo[key][0]))


def _catalog_build(request: Request) -> CatalogBuild:
    manager, build = _current(request)
    loaded = load_build(build.directory) if build.directory is not None else None
    if loaded is not None and loaded.version == build.version and build.generation == build.version:
        return loaded
    index = _live_index(build, manager.settings.base_iri)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(build.loaded_at))
    issued = loaded.issued if loaded is not None else stamp
    return CatalogBuild(build.generation, index, issued, stamp)


def _service_url(request: Request) -> str:
    manager, _ = _current(request)
    return manager.settings.public_url or str(request.base_url)


def _rdf_document(
    request: Request,
    kind: str,
    make: Callable[[CatalogBuild], Graph],
    offered: dict[str, str],
    subject: str | None = None,
) -> Response:
    chosen = negotiate(request.headers.get("accept"), list(offered))
    if chosen is None:
        return error_response(406, f"{kind} is offered as {', '.join(offered)}")
    cb = _catalog_build(request)
    service = _service_url(request)
    key = (kind, cb.version, cb.modified, service, chosen, subject)
    if key not in _memo:
        graph = make(cb)
        if subject is not None:
            graph = _about(graph, URIRef(subject))
            if len(graph) == 0:
                return error_response(404, f"nothing is described as {subject}")
        body = serialize(graph, offered[chosen])
        _memo[key] = (body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')
        while len(_memo) > 64:
            _memo.pop(next(iter(_memo)))
    body, etag = _memo[key]
    return _send(request, body, chosen, etag, _http_date(cb.modified), {"Vary": "Accept"})


def _about(graph: Graph, subject: URIRef) -> Graph:
    """The triples with ``subject`` as subject, with the blank nodes they reach (a CBD)."""
    out = Graph(namespace_manager=graph.namespace_manager)
    todo: list[URIRef | BNode] = [subject]
    seen: set[URIRef | BNode] = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in graph.predicate_objects(node):
            out.add((node, p, o))
            if isinstance(o, BNode):
                todo.append(o)
    return out


@router.api_route("/catalog", methods=["GET", "HEAD"], name="catalog")
async def catalog(request: Request) -> Response:
    """The DCAT-AP-SE catalogue: RDF/XML by default, Turtle or JSON-LD by ``Accept``."""
    manager, _ = _current(request)
    publisher = publisher_of(manager.settings, _service_url(request))
    return _rdf_document(request, "catalog", lambda b: build_catalog(publisher, b), CATALOG_TYPES)


@router.api_route("/dataset", methods=["GET", "HEAD"], name="dataset")
async def dataset(request: Request) -> Response:
    """The dataset of the whole graph: its catalogue record and its VoID description."""
    return _catalogue_resource(request, "dataset")


@router.api_route("/dataset/{path:path}", methods=["GET", "HEAD"], name="dataset_part")
async def dataset_part(request: Request, path: str) -> Response:
    """A dataset of one report or vocabulary (or a VoID partition/linkset) of the catalogue."""
    return _catalogue_resource(request, f"dataset/{path}")


@router.api_route("/distribution/{path:path}", methods=["GET", "HEAD"], name="distribution")
async def distribution(request: Request, path: str) -> Response:
    """A distribution of the catalogue."""
    return _catalogue_resource(request, f"distribution/{path}")


def _catalogue_resource(request: Request, path: str) -> Response:
    manager, _ = _current(request)
    publisher = publisher_of(manager.settings, _service_url(request))

    def both(b: CatalogBuild) -> Graph:
        g = build_catalog(publisher, b)
        g += void_graph(publisher, b)
        return g

    offered = {"text/turtle": "turtle", **CATALOG_TYPES}
    return _rdf_document(request, "catalogue resource", both, offered, manager.settings.base_iri + path)


@router.api_route("/.well-known/void", methods=["GET", "HEAD"], name="void")
async def void_description(request: Request) -> Response:
    """VoID description of the dataset (Turtle, N-Triples, RDF/XML or JSON-LD)."""
    manager, _ = _current(request)
    publisher = publisher_of(manager.settings, _service_url(request))

    def make(b: CatalogBuild) -> Graph:
        g = void_graph(publisher, b)
        g.add(
            (
                URIRef(manager.settings.base_iri + "dataset"),
                URIRef("http://rdfs.org/ns/void#dataDump"),
                URIRef(str(request.url_for("dump"))),
            )
        )
        return g

    offered = {
        m: {
            "application/rdf+xml": "xml",
            "application/ld+json": "json-ld",
            "text/turtle": "turtle",
            "application/n-triples": "nt",
        }[m]
        for m in VOID_TYPES
    }
    return _rdf_document(request, "VoID", make, offered)


def _downloads_dir(build: Build) -> Path | None:
    if build.directory is None:
        return None
    path = build.directory / "downloads"
    return path if path.is_dir() else None


def _file(
    request: Request, path: Path, media_type: str, etag: str, last_modified: str | None, cache: str = _CACHE
) -> Response:
    size = path.stat().st_size
    headers = {"ETag": etag, "Cache-Control": cache, "Content-Length": str(size)}
    if last_modified:
        headers["Last-Modified"] = last_modified
    if _not_modified(request, etag, last_modified):
        del headers["Content-Length"]
        return Response(status_code=304, headers=headers)
    return FileResponse(path, media_type=media_type, headers=headers)


@router.api_route("/dump.nq", methods=["GET", "HEAD"], name="dump")
async def dump(request: Request) -> Response:
    """The published build's N-Quads, as the loader wrote them."""
    _, build = _current(request)
    path = build.directory / "graph.nq" if build.directory else None
    if path is None or not path.is_file():
        return error_response(404, "no published build to dump")
    modified = _catalog_build(request).modified
    return _file(request, path, "application/n-quads", f'"{build.version}-nq"', _http_date(modified))


@router.api_route("/downloads/", methods=["GET", "HEAD"], name="downloads")
async def downloads(request: Request) -> Response:
    """The downloads of the current build: name, URL, media type, size and SHA-256 of each file."""
    cb = _catalog_build(request)
    base = str(request.url_for("downloads"))
    files = [
        {
            "name": f["name"],
            "url": base + f["name"],
            "media_type": f["media_type"],
            "bytes": f["bytes"],
            "sha256": f["sha256"],
            "dataset": f["dataset"],
        }
        for f in cb.index["files"]
    ]
    body = json.dumps({"version": cb.version, "modified": cb.modified, "files": files}, indent=1).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    return _send(request, body, "application/json", etag, _http_date(cb.modified))


@router.api_route("/downloads/{name:path}", methods=["GET", "HEAD"], name="download")
async def download(request: Request, name: str) -> Response:
    """One download file of the current build, or of a kept build as ``/downloads/{version}/{file}``."""
    manager, build = _current(request)
    version, _, rest = name.partition("/")
    if rest and _VERSION.fullmatch(version) and version != build.version:
        # A pinned, older build still on disk: its files never change, so they may be cached for good.
        pinned = load_build(manager.settings.build_dir / version)
        if pinned is None:
            return error_response(404, f"build {version} is not kept; see /downloads/ for the current one")
        kept = manager.settings.build_dir / version / "downloads"
        return _serve_download(request, kept, rest, pinned, "public, max-age=31536000, immutable")
    if rest and version == build.version:
        name = rest
    folder = _downloads_dir(build)
    if folder is None:
        return error_response(404, "this build was published without downloads; rebuild with `psykgraf build`")
    return _serve_download(request, folder, name, _catalog_build(request))


def _serve_download(request: Request, folder: Path, name: str, cb: CatalogBuild, cache: str = _CACHE) -> Response:
    path = (folder / name).resolve()
    if folder.resolve() not in path.parents or not path.is_file():
        return error_response(404, f"no download named {name!r}; see /downloads/")
    known = {f["name"]: f["sha256"] for f in cb.index["files"]}
    digest = known.get(name) or hashlib.sha256(path.read_bytes()).hexdigest()
    media_type = _DOWNLOAD_TYPES.get(path.suffix, "application/octet-stream")
    if name.endswith(".csv-metadata.json"):
        media_type = "application/csvm+json"
    return _file(request, path, media_type, f'"{digest}"', _http_date(cb.modified), cache)


@router.api_route("/vocab/{scheme}.ttl", methods=["GET", "HEAD"], name="vocab_turtle")
async def vocab_turtle(request: Request, scheme: str) -> Response:
    """A whole SKOS concept scheme as Turtle: every concept with labels, definitions, notations, hierarchy."""
    _, build = _current(request)
    folder = _downloads_dir(build)
    if folder is None or not (folder / "vocab" / f"{scheme}.ttl").is_file():
        return error_response(404, f"no vocabulary file for scheme {scheme!r}")
    return _serve_download(request, folder, f"vocab/{scheme}.ttl", _catalog_build(request))


# ---------------------------------------------------------------- change feed


def _history(request: Request) -> tuple[Path, list[dict[str, str]]]:
    manager, _ = _current(request)
    folder = manager.settings.build_dir / "manifests"
    try:
        history = json.loads((folder / "history.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        history = []
    return folder, [h for h in history if (folder / f"{h['version']}.json").is_file()]


def _steps(request: Request, since: str | None) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """The changes of each build after ``since`` (default: the latest build's), oldest first."""
    manager, _ = _current(request)
    folder, history = _history(request)
    versions = [h["version"] for h in history]
    if since is None:
        start = max(len(versions) - 2, 0)
    elif since in versions:
        start = versions.index(since)
    else:
        raise BadParam(f"unknown or expired build version {since!r}", "since", versions, status=404)
    out: list[dict[str, Any]] = []
    builds = history[start:]
    for old, new in itertools.pairwise(builds):
        before = json.loads((folder / f"{old['version']}.json").read_text(encoding="utf-8"))
        after = json.loads((folder / f"{new['version']}.json").read_text(encoding="utf-8"))
        for change in changes_between(before, after, manager.settings.base_iri):
            out.append({**change, "version": new["version"], "published": new["published"]})
    return out, builds


@router.api_route("/api/changes", methods=["GET", "HEAD"], name="changes")
async def changes(request: Request) -> Response:
    """Entities added, removed and changed since build ``since`` (a version from ``/health``), with their reports."""
    since = request.query_params.get("since")
    try:
        items, builds = _steps(request, since)
    except BadParam as error:
        return error.response()
    body = {"since": builds[0]["version"] if builds else since, "builds": builds, "changes": items}
    data = json.dumps(body, ensure_ascii=False).encode()
    etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
    modified = _http_date(builds[-1]["published"]) if builds else None
    return _send(request, data, "application/json", etag, modified)


@router.api_route("/changes.atom", methods=["GET", "HEAD"], name="changes_atom")
async def changes_atom(request: Request) -> Response:
    """Atom feed: one entry per published build, listing what it added, removed and changed."""
    manager, _ = _current(request)
    base = manager.settings.base_iri
    _, history = _history(request)
    items, builds = _steps(request, history[0]["version"] if history else None)
    by_version: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_version.setdefault(item["version"], []).append(item)
    updated = builds[-1]["published"] if builds else "1970-01-01T00:00:00Z"
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<id>{escape(base)}changes</id>",
        "<title>psykgraf: ändringar per publicerad version</title>",
        f"<updated>{updated}</updated>",
        f'<link rel="self" href="{escape(str(request.url_for("changes_atom")))}"/>',
        "<author><name>psykgraf</name></author>",
    ]
    for build in reversed(builds[1:]):
        found = by_version.get(build["version"], [])
        lines = [f"{c['change']}: {c['entity']} ({', '.join(c['reports'])})" for c in found]
        link = f"{request.url_for('changes')}?since={builds[builds.index(build) - 1]['version']}"
        parts += [
            "<entry>",
            f"<id>{escape(base)}changes/{escape(build['version'])}</id>",
            f"<title>Version {escape(build['version'])}: {len(found)} ändrade entiteter</title>",
            f"<updated>{build['published']}</updated>",
            f'<link rel="alternate" type="application/json" href="{escape(link)}"/>',
            f'<content type="text">{escape(chr(10).join(lines))}</content>',
            "</entry>",
        ]
    parts.append("</feed>")
    data = ("\n".join(parts) + "\n").encode()
    etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
    return _send(request, data, "application/atom+xml", etag, _http_date(updated))
