"""Prefixes predeclared for every query and listed at ``/prefixes``."""

from __future__ import annotations

__all__ = ["WELL_KNOWN", "prefixes_for"]

#: Prefix name -> namespace, except ``pg`` which depends on the base IRI.
WELL_KNOWN: dict[str, str] = {
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def prefixes_for(base_iri: str) -> dict[str, str]:
    """All predeclared prefixes for a base IRI; ``pg`` is ``{base}ontology#``.

    >>> prefixes_for("https://w3id.org/psykgraf/")["pg"]
    'https://w3id.org/psykgraf/ontology#'
    """
    return {"pg": f"{base_iri}ontology#", **WELL_KNOWN}
