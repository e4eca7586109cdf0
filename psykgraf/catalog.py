"""The DCAT-AP-SE catalogue and the VoID description of a published build (pure: no I/O but reading the build).

Both are built from ``<version>/downloads/index.json`` (written at publish time by
``loader/exports.py``: files, sizes, checksums, reports, schemes and statistics) and
``manifests/history.json`` (when each version was first published), so the service and
``psykgraf export --catalog`` give the same document.

Identifiers are minted under the base IRI (``{base}catalog``, ``{base}dataset``,
``{base}dataset/report/{slug}``, ``{base}dataset/vocab/{scheme}``, ``{base}distribution/{file}``);
download and endpoint URLs are under the service URL (``public_url``, else the base IRI).
No blank nodes except the checksums (DCAT-AP-SE forbids them only for catalogues, datasets,
distributions, publishers and contact points).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, URIRef

from psykgraf.settings import Settings

__all__ = [
    "CATALOGUE_DEFAULTS",
    "DCAT",
    "DCTERMS",
    "NS",
    "RDF",
    "Build",
    "Publisher",
    "build_catalog",
    "changes_between",
    "counts",
    "default_warnings",
    "distribution_iri",
    "download_url",
    "export_catalog",
    "load_build",
    "publisher_of",
    "serialize",
    "void_graph",
]

_log = logging.getLogger("psykgraf.catalog")


class NS:
    """A namespace whose attributes are IRIs (``DCAT.Dataset``).

    rdflib's own closed namespaces warn when pytest's doctest finder probes them for mock
    attributes, and its open ones are strings whose methods (``title``, ``format``) shadow terms.

    >>> NS("http://purl.org/dc/terms/").title
    rdflib.term.URIRef('http://purl.org/dc/terms/title')
    """

    def __init__(self, iri: str) -> None:
        self.iri = iri

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return URIRef(self.iri + name)

    def __getitem__(self, name: str) -> URIRef:
        return URIRef(self.iri + name)

    def __str__(self) -> str:
        return self.iri


DCAT = NS("http://www.w3.org/ns/dcat#")
DCTERMS = NS("http://purl.org/dc/terms/")
FOAF = NS("http://xmlns.com/foaf/0.1/")
OWL = NS("http://www.w3.org/2002/07/owl#")
PROV = NS("http://www.w3.org/ns/prov#")
RDF = NS("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = NS("http://www.w3.org/2000/01/rdf-schema#")
SKOS = NS("http://www.w3.org/2004/02/skos/core#")
VOID = NS("http://rdfs.org/ns/void#")
XSD = NS("http://www.w3.org/2001/XMLSchema#")
SPDX = NS("http://spdx.org/rdf/terms#")
VCARD = NS("http://www.w3.org/2006/vcard/ns#")
_EU = "http://publications.europa.eu/resource/authority/"
_CC0 = URIRef("https://creativecommons.org/publicdomain/zero/1.0/")
_SKOS_NS = URIRef("http://www.w3.org/2004/02/skos/core")
#: Settings whose defaults are placeholders a deployment must replace.
CATALOGUE_DEFAULTS = ("publisher_iri", "publisher_name", "contact_name", "contact_email")
#: The EU data themes of the whole graph: health; population and society (social services).
THEMES = {"HEAL": "Health", "SOCI": "Population and society"}
PREFIXES = {
    "dcat": DCAT,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "spdx": SPDX,
    "vcard": VCARD,
    "void": VOID,
    "skos": SKOS,
    "xsd": XSD,
    "owl": OWL,
}


@dataclass(frozen=True)
class Publisher:
    """Who publishes a deployment: settings with the base IRI filled in."""

    base_iri: str
    service_url: str
    iri: str
    name: str
    type_iri: str
    contact_name: str
    contact_email: str
    license: str


@dataclass(frozen=True)
class Build:
    """What the catalogue needs of one published build."""

    version: str
    index: dict[str, Any]
    issued: str  # xsd:dateTime of the first published build still in the history
    modified: str  # xsd:dateTime this content was (last) first published


def publisher_of(settings: Settings, service_url: str | None = None) -> Publisher:
    """The publisher settings, with defaults resolved against the base IRI.

    >>> p = publisher_of(Settings(base_iri="https://e.org/pg/"))
    >>> p.iri, p.service_url
    ('https://e.org/pg/id/publisher', 'https://e.org/pg/')
    """
    base = settings.base_iri
    url = service_url or settings.public_url or base
    return Publisher(
        base_iri=base,
        service_url=url if url.endswith("/") else url + "/",
        iri=settings.publisher_iri or f"{base}id/publisher",
        name=settings.publisher_name,
        type_iri=settings.publisher_type,
        contact_name=settings.contact_name,
        contact_email=settings.contact_email,
        license=settings.data_license,
    )


def default_warnings(settings: Settings) -> list[str]:
    """Warnings for every catalogue setting still at its placeholder default (logged at startup).

    >>> default_warnings(Settings(publisher_iri="https://org.se/", publisher_name="Org", contact_name="Org",
    ...                           contact_email="data@org.se"))
    []
    """
    defaults = Settings.model_fields
    return [
        f"PSYKGRAF_{name.upper()} is the placeholder default {getattr(settings, name)!r}: "
        "the DCAT catalogue names it as publisher/contact; set it for a real deployment"
        for name in CATALOGUE_DEFAULTS
        if getattr(settings, name) == defaults[name].default
    ]


def _history(build_dir: Path) -> list[dict[str, str]]:
    try:
        history = json.loads((build_dir / "manifests" / "history.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return []
    return history if isinstance(history, list) else []


def load_build(version_dir: Path) -> Build | None:
    """The catalogue inputs of a published version folder, or None if it has no downloads."""
    try:
        index = json.loads((version_dir / "downloads" / "index.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError, json.JSONDecodeError):
        return None
    version = str(index["version"])
    history = _history(version_dir.parent)
    stamps = [h["published"] for h in history if h.get("version") == version]
    fallback = "1970-01-01T00:00:00Z"
    modified = stamps[-1] if stamps else fallback
    issued = history[0]["published"] if history else modified
    return Build(version, index, issued, modified)


def _dt(value: str) -> Literal:
    return Literal(value, datatype=XSD.dateTime)


def _file_type(code: str) -> URIRef:
    return URIRef(f"{_EU}file-type/{code}")


def _add_agent(g: Graph, p: Publisher) -> tuple[URIRef, URIRef]:
    agent, contact = URIRef(p.iri), URIRef(f"{p.base_iri}id/contact-point")
    g.add((agent, RDF.type, FOAF.Agent))
    g.add((agent, RDF.type, FOAF.Organization))
    g.add((agent, FOAF.name, Literal(p.name)))
    g.add((agent, DCTERMS.type, URIRef(p.type_iri)))
    g.add((URIRef(p.type_iri), RDF.type, SKOS.Concept))
    # The label the ADMS publisher-type list gives, spelt out from its local name ("NonProfitOrganisation").
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", re.split(r"[/#]", p.type_iri.rstrip("/"))[-1])
    g.add((URIRef(p.type_iri), SKOS.prefLabel, Literal(words, lang="en")))
    g.add((contact, RDF.type, VCARD.Organization))
    g.add((contact, RDF.type, VCARD.Kind))
    g.add((contact, VCARD.fn, Literal(p.contact_name)))
    g.add((contact, VCARD.hasEmail, URIRef(f"mailto:{p.contact_email}")))
    g.add((URIRef(p.license), RDF.type, DCTERMS.LicenseDocument))
    g.add((_CC0, RDF.type, DCTERMS.LicenseDocument))
    return agent, contact


def distribution_iri(base: str, name: str) -> URIRef:
    """The IRI of the distribution of download ``name``.

    >>> str(distribution_iri("https://e/", "report/a.ttl"))
    'https://e/distribution/report/a.ttl'
    """
    return URIRef(f"{base}distribution/{quote(name)}")


def download_url(p: Publisher, name: str) -> str:
    """Where download ``name`` is served: SKOS files at ``/vocab/{scheme}.ttl``, the rest under ``/downloads/``."""
    if name.startswith("vocab/"):
        return f"{p.service_url}{quote(name)}"
    return f"{p.service_url}downloads/{quote(name)}"


def build_catalog(p: Publisher, build: Build) -> Graph:
    """The DCAT-AP-SE catalogue of ``build``."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, str(ns))
    base, index = p.base_iri, build.index
    agent, contact = _add_agent(g, p)
    license_ = URIRef(p.license)
    swedish = URIRef(f"{_EU}language/SWE")
    g.add((swedish, RDF.type, DCTERMS.LinguisticSystem))
    catalog = URIRef(f"{base}catalog")
    g.add((catalog, RDF.type, DCAT.Catalog))
    g.add((catalog, DCTERMS.title, Literal("psykgraf: metod- och kunskapsstöd för psykisk hälsa", lang="sv")))
    g.add((catalog, DCTERMS.title, Literal("psykgraf: method and knowledge supports for mental health", lang="en")))
    g.add(
        (
            catalog,
            DCTERMS.description,
            Literal(
                "Katalog över psykgraf, en länkad öppen kunskapsgraf över metod- och kunskapsstöd, aktörer och "
                "överenskommelser i svenska nationella rapporter om psykisk hälsa, med dess rapporter och vokabulärer.",
                lang="sv",
            ),
        )
    )
    g.add(
        (
            catalog,
            DCTERMS.description,
            Literal(
                "Catalogue of psykgraf, a linked open knowledge graph of the method and knowledge supports, actors and "
                "agreements in Swedish national reports on mental health, with its reports and vocabularies.",
                lang="en",
            ),
        )
    )
    g.add((catalog, DCTERMS.publisher, agent))
    g.add((catalog, DCTERMS.license, _CC0))  # dataportal.se: the catalogue record itself is CC0
    g.add((catalog, FOAF.homepage, URIRef(p.service_url)))
    g.add((URIRef(p.service_url), RDF.type, FOAF.Document))
    g.add((catalog, DCTERMS.language, swedish))
    g.add((catalog, DCAT.themeTaxonomy, URIRef(f"{_EU}data-theme")))
    g.add((URIRef(f"{_EU}data-theme"), RDF.type, SKOS.ConceptScheme))
    g.add((URIRef(f"{_EU}data-theme"), DCTERMS.title, Literal("Data theme", lang="en")))
    g.add((catalog, DCTERMS.issued, _dt(build.issued)))
    g.add((catalog, DCTERMS.modified, _dt(build.modified)))

    by_dataset: dict[str, list[dict[str, Any]]] = {}
    for f in index["files"]:
        by_dataset.setdefault(f["dataset"], []).append(f)

    def dataset(key: str, title_sv: str, title_en: str | None, desc_sv: str, desc_en: str | None) -> URIRef:
        d = URIRef(f"{base}dataset" if key == "graph" else f"{base}dataset/{key}")
        g.add((catalog, DCAT.dataset, d))
        g.add((d, RDF.type, DCAT.Dataset))
        g.add((d, DCTERMS.title, Literal(title_sv, lang="sv")))
        g.add((d, DCTERMS.description, Literal(desc_sv, lang="sv")))
        if title_en:
            g.add((d, DCTERMS.title, Literal(title_en, lang="en")))
        if desc_en:
            g.add((d, DCTERMS.description, Literal(desc_en, lang="en")))
        g.add((d, DCTERMS.publisher, agent))
        g.add((d, DCAT.contactPoint, contact))
        g.add((d, DCTERMS.language, swedish))
        g.add((d, DCTERMS.issued, _dt(build.issued)))
        g.add((d, DCTERMS.modified, _dt(build.modified)))
        g.add((d, DCTERMS.accessRights, URIRef(f"{_EU}access-right/PUBLIC")))
        g.add((URIRef(f"{_EU}access-right/PUBLIC"), RDF.type, DCTERMS.RightsStatement))
        g.add((d, OWL.versionInfo, Literal(build.version)))
        for theme in THEMES:
            g.add((d, DCAT.theme, URIRef(f"{_EU}data-theme/{theme}")))
            g.add((URIRef(f"{_EU}data-theme/{theme}"), RDF.type, SKOS.Concept))
            g.add((URIRef(f"{_EU}data-theme/{theme}"), SKOS.prefLabel, Literal(THEMES[theme], lang="en")))
        for f in by_dataset.get(key, []) + (by_dataset.get("context", []) if key == "graph" else []):
            _distribution(g, p, build, d, f, license_)
        return d

    whole = dataset(
        "graph",
        "psykgraf – kunskapsgrafen",
        "psykgraf – the knowledge graph",
        "Hela kunskapsgrafen: metod- och kunskapsstöd, aktörer, överenskommelser, insatser och mål ur "
        "svenska nationella rapporter om psykisk hälsa, med källa (rapport, rad, citat) för varje fakta.",
        "The whole knowledge graph: method and knowledge supports, actors, agreements, initiatives and goals from "
        "Swedish national reports on mental health, with a source (report, line, quote) for every fact.",
    )
    g.add((whole, DCAT.keyword, Literal("psykisk hälsa", lang="sv")))
    g.add((whole, DCAT.keyword, Literal("kunskapsstöd", lang="sv")))
    g.add((whole, DCAT.keyword, Literal("mental health", lang="en")))
    g.add((whole, FOAF.page, URIRef(p.service_url)))
    for f in by_dataset.get("csvw", []):
        _distribution(g, p, build, whole, f, license_)
    for report in index["reports"]:
        d = dataset(
            f"report/{report['slug']}",
            f"psykgraf – fakta ur {report['label'] or report['title']}",
            None,
            f"Den del av psykgraf som rapporten ”{report['title']}” är källa till (en namngiven graf).",
            f"The part of psykgraf that the report “{report['title']}” is the source of (one named graph).",
        )
        # DCAT-AP reserves dct:source for datasets; the report is a document the data is derived from.
        g.add((d, PROV.wasDerivedFrom, URIRef(report["iri"])))
        g.add((d, DCTERMS.isPartOf, whole))
        g.add((whole, DCTERMS.hasPart, d))
    for scheme in index["schemes"]:
        d = dataset(
            f"vocab/{scheme['scheme']}",
            f"psykgraf-vokabulär: {scheme['title_sv'] or scheme['scheme']}",
            f"psykgraf vocabulary: {scheme['title_en']}" if scheme["title_en"] else None,
            scheme["description_sv"] or f"SKOS-begreppsschemat {scheme['scheme']} i psykgraf.",
            scheme["description_en"],
        )
        g.add((d, DCTERMS.conformsTo, _SKOS_NS))
        g.add((_SKOS_NS, RDF.type, DCTERMS.Standard))
        g.add((d, FOAF.primaryTopic, URIRef(scheme["iri"])))

    service = URIRef(f"{base}service/sparql")
    endpoint = URIRef(f"{p.service_url}sparql")
    g.add((catalog, DCAT.service, service))
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCTERMS.title, Literal("psykgraf SPARQL-ändpunkt", lang="sv")))
    g.add((service, DCTERMS.title, Literal("psykgraf SPARQL endpoint", lang="en")))
    g.add((service, DCAT.endpointURL, endpoint))
    g.add((service, DCAT.endpointDescription, endpoint))  # GET without a query gives the Service Description
    g.add((endpoint, RDF.type, RDFS.Resource))
    g.add((service, DCAT.servesDataset, whole))
    g.add((service, DCTERMS.publisher, agent))
    g.add((service, DCAT.contactPoint, contact))
    g.add((service, DCTERMS.license, license_))
    g.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    g.add((URIRef("https://www.w3.org/TR/sparql11-protocol/"), RDF.type, DCTERMS.Standard))
    return g


def _distribution(g: Graph, p: Publisher, build: Build, d: URIRef, f: dict[str, Any], license_: URIRef) -> None:
    name = str(f["name"])
    dist = distribution_iri(p.base_iri, name)
    g.add((d, DCAT.distribution, dist))
    g.add((dist, RDF.type, DCAT.Distribution))
    g.add((dist, DCTERMS.title, Literal(name)))
    url = URIRef(download_url(p, name))
    g.add((dist, DCAT.downloadURL, url))
    g.add((url, RDF.type, RDFS.Resource))
    g.add((dist, DCAT.accessURL, url))
    file_type = _file_type(str(f["file_type"]))
    g.add((dist, DCTERMS.format, file_type))
    g.add((file_type, RDF.type, DCTERMS.MediaTypeOrExtent))
    if name.endswith(".gz"):
        gzip = URIRef("http://www.iana.org/assignments/media-types/application/gzip")
        g.add((dist, DCAT.compressFormat, gzip))
        g.add((gzip, RDF.type, DCTERMS.MediaType))
    g.add((dist, DCAT.byteSize, Literal(int(f["bytes"]), datatype=XSD.nonNegativeInteger)))
    checksum = BNode(f"checksum-{f['sha256'][:16]}")
    g.add((dist, SPDX.checksum, checksum))
    g.add((checksum, RDF.type, SPDX.Checksum))
    g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    g.add((SPDX.checksumAlgorithm_sha256, RDF.type, SPDX.ChecksumAlgorithm))
    g.add((checksum, SPDX.checksumValue, Literal(f["sha256"], datatype=XSD.hexBinary)))
    g.add((dist, DCTERMS.license, license_))
    g.add((dist, DCTERMS.issued, _dt(build.modified)))
    g.add((dist, DCTERMS.modified, _dt(build.modified)))


def void_graph(p: Publisher, build: Build) -> Graph:
    """The VoID description: statistics, partitions, one subset per report graph, linksets, dumps."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, str(ns))
    base, index, stats = p.base_iri, build.index, build.index["stats"]
    agent, _ = _add_agent(g, p)
    d = URIRef(f"{base}dataset")
    g.add((d, RDF.type, VOID.Dataset))
    g.add((d, DCTERMS.title, Literal("psykgraf – kunskapsgrafen", lang="sv")))
    g.add((d, DCTERMS.title, Literal("psykgraf – the knowledge graph", lang="en")))
    g.add(
        (
            d,
            DCTERMS.description,
            Literal(
                "Metod- och kunskapsstöd, aktörer och överenskommelser ur svenska nationella rapporter "
                "om psykisk hälsa.",
                lang="sv",
            ),
        )
    )
    g.add((d, DCTERMS.license, URIRef(p.license)))
    g.add((d, DCTERMS.publisher, agent))
    g.add((d, DCTERMS.modified, _dt(build.modified)))
    g.add((d, DCTERMS.hasVersion, Literal(build.version)))
    g.add((d, VOID.sparqlEndpoint, URIRef(f"{p.service_url}sparql")))
    g.add((d, VOID.uriSpace, Literal(base)))
    g.add((d, VOID.rootResource, URIRef(f"{base}catalog")))
    g.add((d, VOID.triples, Literal(int(stats["quads"]), datatype=XSD.integer)))  # as /health counts them
    g.add((d, VOID.entities, Literal(int(stats["entities"]), datatype=XSD.integer)))
    g.add((d, VOID.distinctSubjects, Literal(int(stats["entities"]), datatype=XSD.integer)))
    g.add((d, VOID.properties, Literal(len(stats["properties"]), datatype=XSD.integer)))
    g.add((d, VOID.classes, Literal(len(stats["classes"]), datatype=XSD.integer)))
    for f in index["files"]:
        if f["dataset"] == "graph":
            g.add((d, VOID.dataDump, URIRef(download_url(p, str(f["name"])))))
    namespaces = {f"{base}ontology#", *(str(ns) for ns in (SKOS, DCTERMS, FOAF, OWL))}
    namespaces |= {"https://schema.org/", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#"}
    namespaces |= {"http://www.w3.org/ns/oa#", "http://purl.org/ontology/bibo/"}
    used = set(stats["properties"]) | set(stats["classes"])
    for namespace in sorted(namespaces):
        if any(term.startswith(namespace) for term in used):
            g.add((d, VOID.vocabulary, URIRef(namespace)))
    for i, (cls, count) in enumerate(sorted(stats["classes"].items())):
        part = URIRef(f"{base}dataset/void/class/{i}")
        g.add((d, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(int(count), datatype=XSD.integer)))
    for i, (prop, count) in enumerate(sorted(stats["properties"].items())):
        part = URIRef(f"{base}dataset/void/property/{i}")
        g.add((d, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(int(count), datatype=XSD.integer)))
    for report in index["reports"]:
        graph = f"{base}graph/{report['slug']}"
        sub = URIRef(f"{base}dataset/report/{report['slug']}")
        g.add((d, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, DCTERMS.title, Literal(report["title"], lang="sv")))
        g.add((sub, DCTERMS.source, URIRef(report["iri"])))
        g.add((sub, URIRef("http://www.w3.org/ns/sparql-service-description#name"), URIRef(graph)))
        g.add((sub, VOID.triples, Literal(int(stats["graphs"].get(graph, 0)), datatype=XSD.integer)))
        for f in index["files"]:
            if f["dataset"] == f"report/{report['slug']}":
                g.add((sub, VOID.dataDump, URIRef(download_url(p, str(f["name"])))))
    for host, count in sorted(stats["linksets"].items()):
        linkset = URIRef(f"{base}dataset/void/links/{quote(host)}")
        target = URIRef(f"{base}dataset/void/external/{quote(host)}")
        g.add((d, VOID.subset, linkset))
        g.add((linkset, RDF.type, VOID.Linkset))
        g.add((linkset, VOID.subjectsTarget, d))
        g.add((linkset, VOID.objectsTarget, target))
        g.add((linkset, VOID.linkPredicate, URIRef("https://schema.org/url")))
        g.add((linkset, VOID.triples, Literal(int(count), datatype=XSD.integer)))
        g.add((target, RDF.type, VOID.Dataset))
        g.add((target, FOAF.homepage, URIRef(f"https://{host}/")))
    return g


def counts(g: Graph) -> dict[str, int]:
    """Datasets, distributions and services in a catalogue graph (for reports and the CLI)."""
    return {
        name: len(set(g.subjects(RDF.type, cls)))
        for name, cls in (
            ("datasets", DCAT.Dataset),
            ("distributions", DCAT.Distribution),
            ("services", DCAT.DataService),
        )
    }


def serialize(g: Graph, fmt: str) -> bytes:
    """``g`` as ``xml`` (RDF/XML), ``turtle`` or ``json-ld``."""
    data = g.serialize(format=fmt, encoding="utf-8")
    return data if isinstance(data, bytes) else str(data).encode()


def changes_between(
    before: dict[str, dict[str, str]], after: dict[str, dict[str, str]], base: str
) -> list[dict[str, Any]]:
    """Entities added, removed or changed between two entity manifests (``loader/exports.py``).

    A manifest maps an entity IRI to {report graph: fingerprint}; the reports of a change are
    those whose part of the entity appeared, vanished or differs, as report IRIs.

    >>> changes_between({"e1": {"r1": "a"}, "e2": {"r1": "b"}}, {"e1": {"r1": "a", "r2": "c"}, "e3": {"r2": "d"}},
    ...                 "https://b/")  # doctest: +NORMALIZE_WHITESPACE
    [{'entity': 'e1', 'change': 'changed', 'reports': ['https://b/id/report/r2']},
     {'entity': 'e2', 'change': 'removed', 'reports': ['https://b/id/report/r1']},
     {'entity': 'e3', 'change': 'added', 'reports': ['https://b/id/report/r2']}]
    """

    def report(key: str) -> str:
        # Graph keys are report slugs; the ontology and vocabulary graphs keep their graph IRI.
        return f"{base}id/report/{key}" if key and "/" not in key and key != "ontology" else f"{base}graph/{key}"

    out: list[dict[str, Any]] = []
    for entity in sorted(set(before) | set(after)):
        old, new = before.get(entity, {}), after.get(entity, {})
        if old == new:
            continue
        kind = "added" if not old else "removed" if not new else "changed"
        keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
        out.append({"entity": entity, "change": kind, "reports": [report(k) for k in keys]})
    return out


def export_catalog(settings: Settings, version_dir: Path, fmt: str = "xml") -> bytes | None:
    """The catalogue of a published version folder (what ``psykgraf export --catalog`` writes), or None."""
    build = load_build(version_dir)
    if build is None:
        return None
    return serialize(build_catalog(publisher_of(settings), build), fmt)
