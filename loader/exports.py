"""Bulk downloads written at publish time into ``<version>/downloads/``, immutable per build version.

Formats: the dataset as gzipped N-Quads and TriG, the union graph as Turtle, the dataset as
JSON-LD with a published ``@context`` (``context.jsonld``: readable keys such as ``label``,
``careLevel``), the resources as CSV with W3C CSVW metadata, one Turtle file per report graph
and per SKOS vocabulary; each file has a ``.sha256`` beside it (``sha256sum`` format).

``index.json`` lists every file (size, checksum, the dataset it belongs to) and the figures
the catalogue and the VoID description need, so the service never recomputes them.
``entities.json`` fingerprints every entity per report graph for the change feed; a copy goes
to ``<build_dir>/manifests/`` with ``history.json`` (the order builds were published in), and
only the last :data:`KEEP` manifests are kept there.

Every file is a pure function of the N-Quads (no timestamps, gzip ``mtime=0``), so the same
build always gives byte-identical downloads.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyoxigraph as ox

from psykgraf.settings import DEFAULT_BASE_IRI
from psykgraf.tables import csv_text, csvw_metadata

__all__ = [
    "KEEP",
    "DownloadFile",
    "base_of",
    "jsonld_context",
    "jsonld_document",
    "record_history",
    "summarize",
    "write_exports",
]

#: How many builds' entity manifests are kept for the change feed.
KEEP = 20
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCT = "http://purl.org/dc/terms/"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OA = "http://www.w3.org/ns/oa#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SCHEMA_URL = "https://schema.org/url"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = f"{_RDF}langString"
#: Namespaces offered as prefixes in Turtle/TriG and the JSON-LD context (``pg`` is added per base).
PREFIXES = {
    "rdf": _RDF,
    "rdfs": _RDFS,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": _SKOS,
    "dcterms": _DCT,
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "oa": _OA,
    "bibo": "http://purl.org/ontology/bibo/",
    "sh": "http://www.w3.org/ns/shacl#",
}
#: Entity kinds whose nodes are evidence about another entity, not entities of their own.
_EVIDENCE_KINDS = ("annotation", "observation")
_ONTOLOGY_GRAPH = re.compile(r"<(https?://[^>]*/)graph/ontology> \.$")


@dataclass(frozen=True)
class DownloadFile:
    """One file of ``downloads/``: what the catalogue says about it."""

    name: str  # path under downloads/
    media_type: str
    file_type: str  # EU file-type authority code (NQUADS, TRIG, …)
    dataset: str  # "graph", "report/<slug>" or "vocab/<scheme>"
    size: int
    sha256: str

    def entry(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "media_type": self.media_type,
            "file_type": self.file_type,
            "dataset": self.dataset,
            "bytes": self.size,
            "sha256": self.sha256,
        }


def _v(term: object) -> str:
    """The IRI or lexical form of an RDF term."""
    return str(getattr(term, "value", ""))


def _node_id(term: object) -> str:
    """A node's JSON-LD ``@id``: its IRI, or ``_:label`` for a blank node."""
    return f"_:{_v(term)}" if isinstance(term, ox.BlankNode) else _v(term)


def base_of(lines: Iterable[str]) -> str:
    """The base IRI of a build, read from its ontology graph's name.

    >>> base_of(['<a> <b> <c> <https://e.org/pg/graph/ontology> .'])
    'https://e.org/pg/'
    """
    for line in lines:
        match = _ONTOLOGY_GRAPH.search(line)
        if match:
            return match.group(1)
    return DEFAULT_BASE_IRI


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def jsonld_context(base: str, predicates: dict[str, set[str]]) -> dict[str, Any]:
    """A JSON-LD context with a readable term per predicate.

    ``predicates`` maps a predicate IRI to the kinds of object it has (``"@id"`` or a datatype
    IRI); a predicate whose objects are all IRIs gets ``"@type": "@id"``, one whose literals all
    share a datatype other than string gets that type, so values are plain JSON strings.
    The ontology's own terms win a clash of local names; the other term is prefixed (``skos_note``).

    >>> ctx = jsonld_context("https://x/", {"https://x/ontology#careLevel": {"@id"}})
    >>> ctx["careLevel"]
    {'@id': 'pg:careLevel', '@type': '@id'}
    """
    prefixes = {"pg": f"{base}ontology#", **PREFIXES}
    context: dict[str, Any] = dict(prefixes)

    def compact(iri: str) -> str:
        for name, ns in prefixes.items():
            if iri.startswith(ns) and re.fullmatch(r"[A-Za-z_][\w.-]*", iri[len(ns) :]):
                return f"{name}:{iri[len(ns) :]}"
        return iri

    def rank(iri: str) -> tuple[int, str]:
        order = [prefixes["pg"], _RDFS, _SKOS, _DCT, PREFIXES["schema"]]
        return (next((i for i, ns in enumerate(order) if iri.startswith(ns)), len(order)), iri)

    for predicate in sorted(predicates, key=rank):
        if predicate == _RDF_TYPE:
            continue
        short = compact(predicate)
        local = _local(predicate)
        name = local if re.fullmatch(r"[A-Za-z][\w]*", local) and local not in context else short.replace(":", "_")
        if name in context or ":" in name or "/" in name:
            continue  # no readable term: the value keys stay compact or absolute IRIs
        kinds = predicates[predicate]
        term: dict[str, Any] = {"@id": short}
        if kinds == {"@id"}:
            term["@type"] = "@id"
        elif len(kinds) == 1 and next(iter(kinds)) not in ("@id", _XSD_STRING, _LANG_STRING):
            term["@type"] = compact(next(iter(kinds)))
        context[name] = term
    return context


def jsonld_document(quads: list[ox.Quad], context: dict[str, Any]) -> dict[str, Any]:
    """The dataset as compacted JSON-LD: one ``@graph`` object per named graph, nodes in IRI order."""
    keys: dict[str, tuple[str, str | None]] = {}  # predicate IRI → (key, term type)
    prefixes = {k: v for k, v in context.items() if isinstance(v, str)}

    def expand(compact: str) -> str:
        ns, _, local = compact.partition(":")
        return prefixes[ns] + local if ns in prefixes else compact

    for name, term in context.items():
        if isinstance(term, dict):
            keys[expand(str(term["@id"]))] = (name, term.get("@type"))

    def compact(iri: str) -> str:
        for name, ns in prefixes.items():
            if iri.startswith(ns) and re.fullmatch(r"[A-Za-z_][\w.-]*", iri[len(ns) :]):
                return f"{name}:{iri[len(ns) :]}"
        return iri

    graphs: dict[str, dict[str, dict[str, list[Any]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for q in quads:
        graph = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        node = graphs[graph][_node_id(q.subject)]
        p, o = q.predicate.value, q.object
        if p == _RDF_TYPE and isinstance(o, ox.NamedNode):
            node["@type"].append(compact(o.value))
            continue
        key, kind = keys.get(p, (compact(p), None))
        if isinstance(o, ox.NamedNode | ox.BlankNode):
            node[key].append(_node_id(o) if kind == "@id" else {"@id": _node_id(o)})
        elif isinstance(o, ox.Literal):
            datatype = o.datatype.value
            if o.language:
                node[key].append({"@value": o.value, "@language": o.language})
            elif kind is not None and kind != "@id" and expand(kind) == datatype:
                node[key].append(o.value)
            elif datatype == _XSD_STRING and kind is None:
                node[key].append(o.value)
            else:
                node[key].append({"@value": o.value, "@type": compact(datatype)})
        else:
            raise ValueError(f"RDF-star triples are not exported: {q}")

    def nodes(subjects: dict[str, dict[str, list[Any]]]) -> list[dict[str, Any]]:
        out = []
        for subject in sorted(subjects):
            obj: dict[str, Any] = {"@id": subject}
            for key, values in sorted(subjects[subject].items()):
                obj[key] = values[0] if len(values) == 1 else values
            out.append(obj)
        return out

    body: list[dict[str, Any]] = []
    for graph in sorted(graphs):
        if graph:
            body.append({"@id": graph, "@graph": nodes(graphs[graph])})
        else:
            body += nodes(graphs[graph])
    return {"@context": context, "@graph": body}


def _entity_of(subject: str, base: str) -> str | None:
    """``subject`` if it is an entity (``{base}id/…``) or a SKOS scheme or concept (``{base}vocab/…``), else None.

    >>> _entity_of("https://b/vocab/status/aktiv", "https://b/"), _entity_of("https://b/id/annotation/x", "https://b/")
    ('https://b/vocab/status/aktiv', None)
    """
    if subject.startswith(f"{base}vocab/"):
        return subject
    prefix = f"{base}id/"
    if not subject.startswith(prefix):
        return None
    kind = subject[len(prefix) :].split("/", 1)[0]
    return None if kind in _EVIDENCE_KINDS else subject


def _manifest(quads: list[ox.Quad], base: str) -> dict[str, dict[str, str]]:
    """Entity IRI → report graph → SHA-256 of its sorted quads there (evidence included)."""
    about: dict[str, str] = {}
    for q in quads:
        if q.predicate.value in (f"{_OA}hasBody", f"{_RDF}subject") and isinstance(q.object, ox.NamedNode):
            target = _entity_of(_v(q.object), base)
            if target is not None:
                about.setdefault(_v(q.subject), target)
    parts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        # Evidence nodes minted as fragments of an annotation (#quote, #position) belong to its entity.
        subject = _v(q.subject)
        entity = _entity_of(subject, base) or about.get(subject) or about.get(subject.split("#", 1)[0])
        if entity is None:
            continue
        graph = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        report = graph[len(f"{base}graph/") :] if graph.startswith(f"{base}graph/") else graph
        parts[entity][report].append(str(q))
    return {
        entity: {
            report: hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:16] for report, lines in g.items()
        }
        for entity, g in sorted(parts.items())
    }


def _stats(quads: list[ox.Quad], base: str) -> dict[str, Any]:
    triples = set()
    classes: dict[str, set[str]] = defaultdict(set)
    properties: Counter[str] = Counter()
    graphs: Counter[str] = Counter()
    links: dict[str, set[tuple[str, str]]] = defaultdict(set)
    subjects = set()
    for q in quads:
        t = q.triple
        if t in triples:
            continue
        triples.add(t)
        graphs[q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""] += 1
        properties[t.predicate.value] += 1
        if t.predicate.value == _RDF_TYPE:
            classes[_v(t.object)].add(_v(t.subject))
        if _v(t.subject).startswith(base):
            subjects.add(_v(t.subject))
        if t.predicate.value == _SCHEMA_URL and isinstance(t.object, ox.NamedNode):
            host = urlsplit(_v(t.object)).hostname
            if host:
                links[host.removeprefix("www.")].add((_v(t.subject), _v(t.object)))
    return {
        "quads": len(quads),
        "triples": len(triples),
        "entities": len(subjects),
        "classes": {c: len(s) for c, s in sorted(classes.items())},
        "properties": dict(sorted(properties.items())),
        "graphs": dict(sorted(graphs.items())),
        "linksets": {h: len(s) for h, s in sorted(links.items())},
    }


def _first(store: ox.Store, subject: str, predicate: str, lang: str | None = None) -> str | None:
    values = [
        q.object
        for q in store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None)
        if isinstance(q.object, ox.Literal | ox.NamedNode)
    ]
    if lang is not None:
        values = [v for v in values if isinstance(v, ox.Literal) and v.language == lang] or values
    return min((v.value for v in values), default=None)


def _describe_parts(store: ox.Store, base: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The source reports and SKOS schemes of a build, as the catalogue lists them."""
    reports = []
    for q in store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(f"{base}ontology#Report")):
        iri = _v(q.subject)
        if not iri.startswith(f"{base}id/report/"):
            continue
        slug = iri.rsplit("/", 1)[-1]
        publishers = sorted(
            {_v(p.object) for p in store.quads_for_pattern(q.subject, ox.NamedNode(f"{_DCT}publisher"), None)}
        )
        reports.append(
            {
                "slug": slug,
                "iri": iri,
                "title": _first(store, iri, f"{_DCT}title", "sv") or _first(store, iri, f"{_RDFS}label") or slug,
                "label": _first(store, iri, f"{_RDFS}label", "sv"),
                "issued": _first(store, iri, f"{_DCT}issued"),
                "publishers": publishers,
                "file": _first(store, iri, f"{base}ontology#fileName"),
            }
        )
    schemes = []
    for q in store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(f"{_SKOS}ConceptScheme")):
        iri = _v(q.subject)
        code = _first(store, iri, f"{_SKOS}notation") or iri.rsplit("/", 1)[-1]
        schemes.append(
            {
                "scheme": code,
                "iri": iri,
                "title_sv": _first(store, iri, f"{_DCT}title", "sv") or _first(store, iri, f"{_SKOS}prefLabel", "sv"),
                "title_en": _first(store, iri, f"{_DCT}title", "en") or _first(store, iri, f"{_SKOS}prefLabel", "en"),
                "description_sv": _first(store, iri, f"{_DCT}description", "sv"),
                "description_en": _first(store, iri, f"{_DCT}description", "en"),
                "license": _first(store, iri, f"{_DCT}license"),
            }
        )
    return sorted(reports, key=lambda r: r["slug"]), sorted(schemes, key=lambda s: s["scheme"])


def _scheme_quads(quads: list[ox.Quad], base: str, scheme: dict[str, Any]) -> list[ox.Quad]:
    """The quads of one SKOS scheme: its own named graph, else the scheme and its concepts."""
    graph = f"{base}graph/vocab/{scheme['scheme']}"
    own = [q for q in quads if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == graph]
    if own:
        return own
    members = {scheme["iri"]} | {
        _v(q.subject) for q in quads if q.predicate.value == f"{_SKOS}inScheme" and _v(q.object) == scheme["iri"]
    }
    return [q for q in quads if _v(q.subject) in members]


def summarize(quads: list[ox.Quad], store: ox.Store, base: str) -> dict[str, Any]:
    """The reports, SKOS schemes and statistics of a build (what the catalogue and VoID need besides the files)."""
    reports, schemes = _describe_parts(store, base)
    return {"base": base, "reports": reports, "schemes": schemes, "stats": _stats(quads, base)}


def record_history(manifests: Path, version: str, manifest: dict[str, Any], now: datetime | None = None) -> None:
    """Append ``version`` to ``manifests/history.json`` (unless it is already the latest) and keep its manifest.

    A rebuild of the same content keeps the date of the build that first published it, so the
    catalogue's ``dct:modified`` moves only when the content does.
    """
    manifests.mkdir(parents=True, exist_ok=True)
    history_file = manifests / "history.json"
    try:
        history: list[dict[str, str]] = json.loads(history_file.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        history = []
    if not history or history[-1]["version"] != version:
        stamp = (now or datetime.now(UTC)).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        history.append({"version": version, "published": stamp})
    history = history[-KEEP:]
    (manifests / f"{version}.json").write_text(json.dumps(manifest, sort_keys=True) + "\n", encoding="utf-8")
    kept = {h["version"] for h in history}
    for old in manifests.glob("*.json"):
        if old.name != "history.json" and old.stem not in kept:
            old.unlink()
    tmp = manifests / ".history.json.tmp"
    tmp.write_text(json.dumps(history, indent=1) + "\n", encoding="utf-8")
    tmp.replace(history_file)


def write_exports(version_dir: Path, version: str, lines: list[str]) -> list[DownloadFile]:
    """Write ``version_dir/downloads/`` from a build's sorted N-Quads lines; return its files.

    The entity manifest (``downloads/entities.json``) joins ``version_dir.parent/manifests/`` when the
    version is published (:func:`loader.publish.publish` calls :func:`record_history`).
    """
    from psykgraf.facet_index import build_index  # the facet API's records give the CSV its rows

    base = base_of(lines)
    text = "\n".join(lines) + "\n"
    quads = list(ox.parse(text.encode(), format=ox.RdfFormat.N_QUADS))
    store = ox.Store()
    store.extend(quads)
    out = version_dir / "downloads"
    out.mkdir(parents=True, exist_ok=True)
    prefixes = {"pg": f"{base}ontology#", **PREFIXES}
    files: list[DownloadFile] = []

    def put(name: str, data: bytes, media_type: str, file_type: str, dataset: str) -> None:
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        (out / f"{name}.sha256").write_text(f"{digest}  {path.name}\n", encoding="utf-8")
        files.append(DownloadFile(name, media_type, file_type, dataset, len(data), digest))

    put("psykgraf.nq.gz", gzip.compress(text.encode(), mtime=0), "application/gzip", "NQUADS", "graph")
    put(
        "psykgraf.trig",
        ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes) or b"",
        "application/trig",
        "TRIG",
        "graph",
    )
    union = list(dict.fromkeys(q.triple for q in quads))
    put(
        "psykgraf.ttl",
        ox.serialize(union, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b"",
        "text/turtle",
        "RDF_TURTLE",
        "graph",
    )
    kinds: dict[str, set[str]] = defaultdict(set)
    for q in quads:
        kinds[q.predicate.value].add(q.object.datatype.value if isinstance(q.object, ox.Literal) else "@id")
    context = jsonld_context(base, kinds)
    context_doc = json.dumps({"@context": context}, indent=1, ensure_ascii=False, sort_keys=True).encode()
    put("context.jsonld", context_doc + b"\n", "application/ld+json", "JSON_LD", "context")
    document = json.dumps(jsonld_document(quads, context), ensure_ascii=False, separators=(",", ":"))
    put("psykgraf.jsonld", document.encode() + b"\n", "application/ld+json", "JSON_LD", "graph")

    index = build_index(store, base)
    table = csv_text(index.records[iri].item() for iri in index.ordered)
    put("resources.csv", table.encode(), "text/csv", "CSV", "graph")
    metadata = csvw_metadata("resources.csv", base, "psykgraf: metod- och kunskapsstöd", "")
    del metadata["dc:license"]  # the licence is a deployment setting; the catalogue states it
    put(
        "resources.csv-metadata.json",
        json.dumps(metadata, indent=1, ensure_ascii=False).encode() + b"\n",
        "application/csvm+json",
        "JSON",
        "csvw",
    )

    reports, schemes = _describe_parts(store, base)
    for report in reports:
        graph = f"{base}graph/{report['slug']}"
        triples = [q.triple for q in quads if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == graph]
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
        put(f"report/{report['slug']}.ttl", data, "text/turtle", "RDF_TURTLE", f"report/{report['slug']}")
    for scheme in schemes:
        triples = list(dict.fromkeys(q.triple for q in _scheme_quads(quads, base, scheme)))
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
        put(f"vocab/{scheme['scheme']}.ttl", data, "text/turtle", "RDF_TURTLE", f"vocab/{scheme['scheme']}")

    manifest = _manifest(quads, base)
    (out / "entities.json").write_text(json.dumps(manifest, sort_keys=True) + "\n", encoding="utf-8")
    summary = {"version": version, "files": [f.entry() for f in files], **summarize(quads, store, base)}
    (out / "index.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return files
