"""The one schema.org mapping of the graph: JSON-LD embedded in the pages and served by negotiation.

A resource is a ``LearningResource`` when it has a form (a ``CreativeWork`` otherwise), an actor
an ``Organization``, an event an ``Event``, a report a ``Report``, a concept a ``DefinedTerm``
and the whole graph a ``Dataset``. Only terms of schema.org's published vocabulary are used
(tests/service/test_schemaorg.py checks each against it). The same function feeds the
``<script type="application/ld+json">`` of an entity page and its ``.schema.jsonld`` document.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from service.describe import label_of

if TYPE_CHECKING:
    from service.state import Build
    from service.ui import UiIndex

__all__ = ["CONTEXT", "PROFILE", "dataset", "entity", "wants_schema"]

CONTEXT = "https://schema.org"
PROFILE = "https://schema.org"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCTERMS = "http://purl.org/dc/terms/"
_SCHEMA = "https://schema.org/"
#: pg: role → schema.org property whose value is an Organization (resources and events).
_AGENT_ROLES = {
    "producer": "creator",
    "maintainer": "maintainer",
    "funder": "funder",
    "partner": "contributor",
    "organizer": "organizer",
}
#: schema: properties of the graph copied as they are (the loader already uses schema.org there).
_PASSTHROUGH = ("isAccessibleForFree", "inLanguage", "timeRequired", "typicalAgeRange", "startDate", "endDate")


def wants_schema(accept: str | None) -> bool:
    """True when ``Accept`` asks for JSON-LD with the schema.org profile.

    >>> wants_schema('application/ld+json; profile="https://schema.org"')
    True
    >>> wants_schema("application/ld+json"), wants_schema(None)
    (False, False)
    """
    for part in (accept or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        if fields[0].lower() != "application/ld+json":
            continue
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "profile" and value.strip().strip('"').rstrip("/") in (
                PROFILE,
                "http://schema.org",
            ):
                return True
    return False


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _objects(store: ox.Store, node: ox.NamedNode, predicate: str) -> list[Any]:
    seen: dict[Any, None] = {}
    for quad in store.quads_for_pattern(node, _n(predicate), None):
        seen.setdefault(quad.object, None)
    return list(seen)


def _literal(term: Any) -> Any:
    """A literal's JSON value: booleans and numbers as JSON, everything else as its text."""
    if not isinstance(term, ox.Literal):
        return term.value if isinstance(term, ox.NamedNode) else None
    datatype = term.datatype.value.rsplit("#", 1)[-1]
    if datatype == "boolean":
        return term.value == "true"
    if datatype in ("integer", "int", "long", "nonNegativeInteger"):
        try:
            return int(term.value)
        except ValueError:
            return term.value
    return term.value


def _texts(store: ox.Store, node: ox.NamedNode, predicate: str, lang: str) -> list[str]:
    """Literal values, those in ``lang`` (or without language) first."""
    values = [t for t in _objects(store, node, predicate) if isinstance(t, ox.Literal)]
    values.sort(key=lambda t: (t.language not in (lang, None), t.value))
    return [t.value for t in values]


def _one(values: list[Any]) -> Any:
    return values[0] if len(values) == 1 else (values or None)


def _labels(store: ox.Store, nodes: Iterable[Any], lang: str) -> list[str]:
    return [label_of(store, n, lang) or n.value for n in nodes if isinstance(n, ox.NamedNode)]


def _organization(store: ox.Store, node: ox.NamedNode, lang: str) -> dict[str, Any]:
    return {"@type": "Organization", "@id": node.value, "name": label_of(store, node, lang) or node.value}


def _citations(store: ox.Store, node: ox.NamedNode, lang: str) -> list[dict[str, Any]]:
    out = []
    for report in _objects(store, node, f"{_DCTERMS}source"):
        if isinstance(report, ox.NamedNode):
            item: dict[str, Any] = {"@type": "Report", "@id": report.value, "name": label_of(store, report, lang)}
            issued = _texts(store, report, f"{_DCTERMS}issued", lang)
            if issued:
                item["datePublished"] = issued[0]
            out.append(item)
    return sorted(out, key=lambda c: c["@id"])


def entity(store: ox.Store, node: ox.NamedNode, base: str, page_url: str, lang: str = "sv") -> dict[str, Any]:
    """schema.org JSON-LD of one node of the graph (``page_url``: its page on this service).

    >>> s = ox.Store(); r = _n("https://b/id/resource/x")
    >>> s.add(ox.Quad(r, _n(_RDF + "type"), _n("https://b/ontology#Resource")))
    >>> s.add(ox.Quad(r, _n(_RDFS + "label"), ox.Literal("X", language="sv")))
    >>> entity(s, r, "https://b/", "http://h/id/resource/x")["@type"], entity(s, r, "https://b/", "")["name"]
    ('CreativeWork', 'X')
    """
    pg = f"{base}ontology#"
    types = {t.value for t in _objects(store, node, f"{_RDF}type") if isinstance(t, ox.NamedNode)}
    out: dict[str, Any] = {"@context": CONTEXT, "@id": node.value}
    name = label_of(store, node, lang)
    if name:
        out["name"] = name
    alternate = [a for a in _texts(store, node, f"{_SKOS}altLabel", lang) if a != name]
    if alternate:
        out["alternateName"] = _one(alternate)
    description = _texts(store, node, f"{_DCTERMS}description", lang) or _texts(store, node, f"{_SKOS}definition", lang)
    if description:
        out["description"] = description[0]
    if page_url:
        out["mainEntityOfPage"] = page_url
    if f"{pg}Resource" in types:
        _resource(store, node, pg, lang, out)
    elif f"{pg}Actor" in types:
        out["@type"] = "Organization"
    elif f"{pg}Event" in types or f"{_SCHEMA}Event" in types:
        # An arrangement held on several dates is an EventSeries (a subtype of Event) whose dated
        # occurrences are its subEvents; an occurrence is a plain Event pointing to its superEvent.
        out["@type"] = "EventSeries" if f"{_SCHEMA}EventSeries" in types else "Event"
        _agents(store, node, pg, lang, out)
        locations = _texts(store, node, f"{_SCHEMA}location", lang)
        if locations:
            out["location"] = _one([{"@type": "Place", "name": loc} for loc in locations])
        subs = [e for e in _objects(store, node, f"{_SCHEMA}subEvent") if isinstance(e, ox.NamedNode)]
        if subs:
            out["subEvent"] = [_occurrence(store, e, lang) for e in sorted(subs, key=lambda e: e.value)]
        supers = [e for e in _objects(store, node, f"{_SCHEMA}superEvent") if isinstance(e, ox.NamedNode)]
        if supers:
            out["superEvent"] = _one(
                [{"@type": "EventSeries", "@id": e.value, "name": label_of(store, e, lang)} for e in supers]
            )
    elif f"{pg}Report" in types:
        out["@type"] = "Report"
        issued = _texts(store, node, f"{_DCTERMS}issued", lang)
        if issued:
            out["datePublished"] = issued[0]
        publishers = [p for p in _objects(store, node, f"{_DCTERMS}publisher") if isinstance(p, ox.NamedNode)]
        if publishers:
            out["publisher"] = _one([_organization(store, p, lang) for p in publishers])
        out["inLanguage"] = [v.value.rsplit("/", 1)[-1] for v in _objects(store, node, f"{_DCTERMS}language")] or None
    elif f"{_SKOS}Concept" in types:
        out["@type"] = "DefinedTerm"
        codes = _texts(store, node, f"{_SKOS}notation", lang)
        if codes:
            out["termCode"] = codes[0]
        schemes = [s for s in _objects(store, node, f"{_SKOS}inScheme") if isinstance(s, ox.NamedNode)]
        if schemes:
            out["inDefinedTermSet"] = {"@type": "DefinedTermSet", "@id": schemes[0].value}
    elif f"{_SKOS}ConceptScheme" in types:
        out["@type"] = "DefinedTermSet"
    else:
        # Initiatives, agreements, activities, goals, observations: described, not typed further.
        out["@type"] = "CreativeWork"
        _agents(store, node, pg, lang, out)
    for prop in _PASSTHROUGH:
        if prop in out:
            continue
        values = [_literal(v) for v in _objects(store, node, f"{_SCHEMA}{prop}")]
        if values and out["@type"] in ("LearningResource", "CreativeWork", "Event", "EventSeries"):
            if prop in ("startDate", "endDate") and out["@type"] not in ("Event", "EventSeries"):
                continue
            out[prop] = _one(sorted(values, key=str))
    urls = [u.value for u in _objects(store, node, f"{_SCHEMA}url") if isinstance(u, ox.NamedNode | ox.Literal)]
    if urls:
        out["url"] = _one(sorted(urls))
    if out["@type"] != "Report":
        citations = _citations(store, node, lang)
        if citations and out["@type"] != "Organization" and out["@type"] != "DefinedTerm":
            out["citation"] = _one(citations)
    return {k: v for k, v in out.items() if v not in (None, [], "")}


def _occurrence(store: ox.Store, node: ox.NamedNode, lang: str) -> dict[str, Any]:
    """One dated occurrence of an event series, as a sub-event: its name as printed, dates, place."""
    item: dict[str, Any] = {"@type": "Event", "@id": node.value, "name": label_of(store, node, lang)}
    for prop in ("startDate", "endDate"):
        values = [_literal(v) for v in _objects(store, node, f"{_SCHEMA}{prop}")]
        if values:
            item[prop] = _one(sorted(values, key=str))
    locations = _texts(store, node, f"{_SCHEMA}location", lang)
    if locations:
        item["location"] = _one([{"@type": "Place", "name": loc} for loc in locations])
    return {k: v for k, v in item.items() if v not in (None, [], "")}


def _agents(store: ox.Store, node: ox.NamedNode, pg: str, lang: str, out: dict[str, Any]) -> None:
    for role, prop in _AGENT_ROLES.items():
        if prop == "organizer" and out.get("@type") not in ("Event", "EventSeries"):
            continue
        if prop in ("creator", "maintainer", "contributor") and out.get("@type") in ("Event", "EventSeries"):
            continue
        actors = [a for a in _objects(store, node, f"{pg}{role}") if isinstance(a, ox.NamedNode)]
        if actors:
            out[prop] = _one([_organization(store, a, lang) for a in sorted(actors, key=lambda a: a.value)])


def _resource(store: ox.Store, node: ox.NamedNode, pg: str, lang: str, out: dict[str, Any]) -> None:
    forms = _objects(store, node, f"{pg}form")
    out["@type"] = "LearningResource" if forms else "CreativeWork"
    if forms:
        out["learningResourceType"] = _one(_labels(store, forms, lang))
        out["educationalUse"] = _one(_labels(store, forms, "en"))
    _agents(store, node, pg, lang, out)
    audience: dict[str, Any] = {"@type": "PeopleAudience"}
    ages = {
        key: _literal(v)
        for key, prop in (("suggestedMinAge", "ageMin"), ("suggestedMaxAge", "ageMax"))
        for v in _objects(store, node, f"{pg}{prop}")[:1]
    }
    audience.update(ages)
    kinds = _labels(store, [*_objects(store, node, f"{pg}targetGroup"), *_objects(store, node, f"{pg}audience")], lang)
    if kinds:
        audience["audienceType"] = _one(kinds)
    if len(audience) > 1:
        out["audience"] = audience
    levels = _labels(store, _objects(store, node, f"{pg}careLevel"), lang)
    if levels:
        out["keywords"] = ", ".join(levels)
    created = _texts(store, node, f"{_DCTERMS}created", lang)
    if created:
        out["dateCreated"] = created[0]


def dataset(base: str, site: str, build: Build, ui: UiIndex, lang: str = "sv") -> dict[str, Any]:
    """The whole graph as a schema.org ``Dataset`` (the home page's JSON-LD).

    ``site`` is this service's root URL (``http://host/``).
    """
    site = site.rstrip("/")
    return {
        "@context": CONTEXT,
        "@type": "Dataset",
        "@id": f"{base}dataset",
        "name": "psykgraf",
        "description": (
            "Kunskapsgraf över nationella metod- och kunskapsstöd inom psykisk hälsa, läst ur "
            f"{len(ui.reports)} rapporter; varje uppgift med sitt citat."
            if lang == "sv"
            else "Knowledge graph of Swedish national method and knowledge supports for mental health, read "
            f"from {len(ui.reports)} reports; every fact with its quote."
        ),
        "url": f"{site}/",
        "inLanguage": "sv",
        "isAccessibleForFree": True,
        "version": build.version,
        "keywords": ["psykisk hälsa", "mental health", "metodstöd", "kunskapsstöd", "SPARQL", "linked data"],
        "citation": [
            {"@type": "Report", "@id": r.iri, "name": r.label, **({"datePublished": r.issued} if r.issued else {})}
            for r in ui.reports.values()
        ],
        "variableMeasured": [c.label_en for c in ui.classes],
        "distribution": [
            {"@type": "DataDownload", "contentUrl": f"{site}/downloads/", "encodingFormat": "application/n-quads"}
        ],
        "includedInDataCatalog": {"@type": "DataCatalog", "url": f"{site}/catalog"},
    }
