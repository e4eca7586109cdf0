"""negotiate() and resolve_format(): q-values, wildcards, aliases, ties."""

from __future__ import annotations

import pytest

from service.media import GRAPH_TYPES, HTML, SOLUTION_TYPES, negotiate, resolve_format


@pytest.mark.parametrize(
    ("accept", "offered", "expected"),
    [
        ("", SOLUTION_TYPES, "application/sparql-results+json"),
        ("*/*", SOLUTION_TYPES, "application/sparql-results+json"),
        ("text/csv", SOLUTION_TYPES, "text/csv"),
        ("text/csv;q=0.5, application/sparql-results+xml", SOLUTION_TYPES, "application/sparql-results+xml"),
        ("application/sparql-results+json;q=0.1, text/*;q=0.9", SOLUTION_TYPES, "text/csv"),
        ("text/*;q=0.9, text/tab-separated-values", SOLUTION_TYPES, "text/tab-separated-values"),
        ("application/xml", SOLUTION_TYPES, "application/sparql-results+xml"),
        ("application/json", SOLUTION_TYPES, "application/sparql-results+json"),
        ("text/turtle;q=0", GRAPH_TYPES, None),
        ("text/turtle;q=0, */*", GRAPH_TYPES, "application/n-triples"),
        ("image/png", GRAPH_TYPES, None),
        ("text/turtle;q=0, */*;q=0", GRAPH_TYPES, None),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", [*GRAPH_TYPES, HTML], HTML),
        ("application/ld+json, text/turtle", GRAPH_TYPES, "application/ld+json"),
        ("TEXT/TURTLE; q=bogus, application/rdf+xml", GRAPH_TYPES, "application/rdf+xml"),
        ("application/n-triples;q=0.8, text/plain;q=0.2", GRAPH_TYPES, "application/n-triples"),
    ],
)
def test_negotiate(accept: str, offered: list[str], expected: str | None) -> None:
    assert negotiate(accept, offered) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("json", "application/sparql-results+json"),
        ("srx", "application/sparql-results+xml"),
        ("csv", "text/csv"),
        ("tsv", "text/tab-separated-values"),
        ("ttl", "text/turtle"),
        ("jsonld", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("excel", None),
    ],
)
def test_resolve_format(value: str, expected: str | None) -> None:
    assert resolve_format(value) == expected
