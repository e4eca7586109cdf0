"""Draw the hand-review sample of docs/loader-review.md and print each entity's facts.

Not a benchmark and not a test: a reviewer reads the output against the report text.
Run: ``.venv/bin/python bench/review_sample.py [seed] [size]`` (defaults 2611, 45) after
``psykgraf build``.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict

import pyoxigraph as ox

from psykgraf.settings import DEFAULT_BASE_IRI, Settings

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def _short(term: ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple, store: ox.Store) -> str:
    if isinstance(term, ox.NamedNode):
        iri = term.value
        if "/id/" in iri:
            labels = [
                q.object.value
                for q in store.quads_for_pattern(term, RDFS_LABEL, None, None)
                if isinstance(q.object, ox.Literal)
            ]
            return iri.split("/id/", 1)[1] + (f" [{labels[0]}]" if labels else "")
        return iri.replace(DEFAULT_BASE_IRI, "pg:")
    if isinstance(term, ox.Literal):
        return term.value[:200]
    return "_:"


def main(seed: int = 2611, size: int = 45) -> None:
    store = ox.Store()
    store.bulk_load(path=str(Settings().build_dir / "current" / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    query = f"""SELECT DISTINCT ?e WHERE {{ ?e a ?c .
        VALUES ?c {{ <{DEFAULT_BASE_IRI}ontology#Resource> <{DEFAULT_BASE_IRI}ontology#Initiative> }} }}"""
    solutions = store.query(query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    entities = sorted(str(row["e"].value) for row in solutions)
    random.seed(seed)
    for iri in random.sample(entities, min(size, len(entities))):
        print("=====", iri)
        facts: dict[str, set[str]] = defaultdict(set)
        for q in store.quads_for_pattern(ox.NamedNode(iri), None, None, None):
            name = q.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            facts[name].add(_short(q.object, store))
        for name, values in sorted(facts.items()):
            shown = [v[:160] for v in sorted(values)] if name == "description" else sorted(values)
            print(f"  {name}: " + "; ".join(shown))


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
