"""psykgraf service: SPARQL protocol, linked data, facet API."""
