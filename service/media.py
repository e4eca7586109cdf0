"""Media-type tables and content negotiation for the SPARQL service and linked-data pages."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BOOLEAN_TYPES",
    "CONSTRUCT_TYPES",
    "GRAPH_TYPES",
    "HTML",
    "MEDIA",
    "RESULTS_DOCS",
    "SOLUTION_TYPES",
    "SUFFIXES",
    "Media",
    "for_form",
    "negotiate",
    "resolve_format",
]


@dataclass(frozen=True)
class Media:
    """One serialisation: its canonical media type, short name and file suffix."""

    media_type: str
    name: str
    suffix: str
    streaming: bool  # False: materialised in full, so a row cap applies


HTML = "text/html"

#: Every serialisation the service produces, keyed by canonical media type.
MEDIA: dict[str, Media] = {
    m.media_type: m
    for m in (
        Media("application/sparql-results+json", "json", ".srj", False),
        Media("application/sparql-results+xml", "xml", ".srx", False),
        Media("text/csv", "csv", ".csv", True),
        Media("text/tab-separated-values", "tsv", ".tsv", True),
        Media("text/turtle", "turtle", ".ttl", True),
        Media("application/n-triples", "ntriples", ".nt", True),
        Media("application/rdf+xml", "rdfxml", ".rdf", True),
        Media("application/ld+json", "jsonld", ".jsonld", True),
        Media("application/n-quads", "nquads", ".nq", True),
        Media("application/trig", "trig", ".trig", True),
        Media(HTML, "html", ".html", False),
    )
}

#: Offered types, preferred first (the first is the default for ``*/*``).
SOLUTION_TYPES = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
]
BOOLEAN_TYPES = SOLUTION_TYPES
GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"]
#: CONSTRUCT/DESCRIBE results: the graph types plus the dataset syntaxes (triples in the default graph).
CONSTRUCT_TYPES = [*GRAPH_TYPES, "application/n-quads", "application/trig"]
#: The same request meant for the other query form: ``format=xml`` names SPARQL-results XML
#: for SELECT/ASK and RDF/XML for CONSTRUCT/DESCRIBE (SPARQLWrapper's default), JSON likewise.
_OTHER_FORM = {
    "application/sparql-results+xml": "application/rdf+xml",
    "application/rdf+xml": "application/sparql-results+xml",
    "application/sparql-results+json": "application/ld+json",
    "application/ld+json": "application/sparql-results+json",
}

#: Local names of the W3C format IRIs (http://www.w3.org/ns/formats/) for the Service Description.
RESULTS_DOCS = {
    "application/sparql-results+json": "SPARQL_Results_JSON",
    "application/sparql-results+xml": "SPARQL_Results_XML",
    "text/csv": "SPARQL_Results_CSV",
    "text/tab-separated-values": "SPARQL_Results_TSV",
    "text/turtle": "Turtle",
    "application/n-triples": "N-Triples",
    "application/rdf+xml": "RDF_XML",
    "application/ld+json": "JSON-LD",
    "application/n-quads": "N-Quads",
    "application/trig": "TriG",
}

#: Aliases clients send in Accept or ``format=`` that mean one of the canonical types.
_ALIASES: dict[str, str] = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
    "application/json-ld": "application/ld+json",
    "text/tsv": "text/tab-separated-values",
    "text/n3": "text/turtle",
    "text/rdf+n3": "text/turtle",
    "application/x-trig": "application/trig",
}
_NAMES: dict[str, str] = {m.name: t for t, m in MEDIA.items()} | {
    "srj": "application/sparql-results+json",
    "srx": "application/sparql-results+xml",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "n-triples": "application/n-triples",
    "rdf": "application/rdf+xml",
    "rdf/xml": "application/rdf+xml",
    "json-ld": "application/ld+json",
    # N3 is a superset of Turtle; the Turtle we write is valid N3 (SPARQLWrapper's format=n3).
    "n3": "text/turtle",
    "nq": "application/n-quads",
    "n-quads": "application/n-quads",
}
#: File suffixes of linked-data documents.
SUFFIXES: dict[str, str] = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
    ".html": HTML,
}


def _canonical(media_type: str) -> str:
    media_type = media_type.strip().lower()
    return _ALIASES.get(media_type, media_type)


def _parse(accept: str) -> list[tuple[str, float, int]]:
    """Split an Accept header into (range, q, position) triples; bad q-values count as 0."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), max(0.0, min(q, 1.0)), position))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float, int]]) -> tuple[float, int, int]:
    """(q, specificity, -position) of the most specific range matching ``media_type``."""
    best: tuple[float, int, int] = (-1.0, -1, 0)
    main = media_type.split("/")[0]
    for rng, q, position in ranges:
        if rng in ("*/*", "*"):
            specificity = 0
        elif rng.endswith("/*") and rng[:-2] == main:
            specificity = 1
        elif _canonical(rng) == media_type:
            specificity = 2
        else:
            continue
        if (specificity, -position) > (best[1], best[2]):
            best = (q, specificity, -position)
    return best


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """Pick the offered media type the ``Accept`` header prefers; None if none is acceptable.

    Ties go to the type listed first in the header, then to the order of ``offered``.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", SOLUTION_TYPES)
    'application/sparql-results+xml'
    >>> negotiate("*/*", GRAPH_TYPES)
    'text/turtle'
    >>> negotiate("application/json", SOLUTION_TYPES)
    'application/sparql-results+json'
    >>> negotiate("image/png", GRAPH_TYPES) is None
    True
    """
    if not accept or not accept.strip():
        return offered[0] if offered else None
    ranges = _parse(accept)
    best: tuple[tuple[float, int, int], int] | None = None
    chosen = None
    for index, media_type in enumerate(offered):
        q, specificity, neg_position = _quality(media_type, ranges)
        if q <= 0:
            continue
        # Higher q first; among equal q, an explicitly named type beats a wildcard, then header order.
        key = ((q, 1 if specificity == 2 else 0, neg_position), -index)
        if best is None or key > best:
            best, chosen = key, media_type
    return chosen


def resolve_format(value: str) -> str | None:
    """The canonical media type a ``format=`` value names (short name, suffix or media type).

    >>> resolve_format("json")
    'application/sparql-results+json'
    >>> resolve_format("text/turtle")
    'text/turtle'
    >>> resolve_format("bogus") is None
    True
    """
    value = value.strip().lower().lstrip(".")
    if value in _NAMES:
        return _NAMES[value]
    canonical = _canonical(value)
    return canonical if canonical in MEDIA else None


def for_form(media_type: str, offered: list[str]) -> str | None:
    """``media_type`` if offered, else its counterpart for the other query form, else None.

    >>> for_form("application/sparql-results+xml", CONSTRUCT_TYPES)
    'application/rdf+xml'
    >>> for_form("application/rdf+xml", SOLUTION_TYPES)
    'application/sparql-results+xml'
    >>> for_form("text/csv", CONSTRUCT_TYPES) is None
    True
    """
    if media_type in offered:
        return media_type
    other = _OTHER_FORM.get(media_type)
    return other if other in offered else None
