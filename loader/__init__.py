"""psykgraf loader: reports -> triples."""
