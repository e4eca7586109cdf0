"""Share of facet quotes that contain their evidence (issue 10, "Measure it").

Every facet statement of a build (care level, target group, audience, form, status) is tied to a
quote by a classifying Web Annotation. The quote holds its evidence when it contains, after
folding case and diacritics, a label of the statement's concept (``skos:prefLabel``,
``altLabel``, ``hiddenLabel``, ``pg:mentionLabel``, Swedish), a label of a narrower concept, a label of a
concept that ``pg:impliesConcept`` it ("BUP" gives children), or, for a target group, an age or
age range (the contract's age bands). A quote that holds none of these is listed: either the
evidence is elsewhere (a heading, an inflection the labels lack) or the fact has no evidence.

    python bench/facet_evidence.py --build data/build/current [--list 20]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from loader.text import dehyphenate
from loader.text import fold as text_fold

SKOS = "http://www.w3.org/2004/02/skos/core#"
OA = "http://www.w3.org/ns/oa#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
FACET_PROPS = ("careLevel", "targetGroup", "audience", "form", "status")
_AGE = re.compile(r"\b\d{1,2}\s*(?:[–-]\s*\d{1,2}\s*)?år|\bårskurs|\bålder", re.IGNORECASE)


def fold(text: str) -> str:
    """The loader's matching key (:func:`loader.text.fold`) after its de-hyphenation, so a word split
    over a line end is one word: the key both quote and label are compared by.

    >>> fold("webb-\\n\\nutbildning för Äldre")
    'webbutbildning for aldre'
    """
    return text_fold(dehyphenate(text))


def _stem(label: str) -> str:
    """A label without a final inflection vowel or article ending, so "förskola" finds "förskolan"
    and "unga" finds "ungas"; words shorter than five letters are kept whole.

    >>> _stem("forskola"), _stem("unga"), _stem("barnet")
    ('forskol', 'unga', 'barn')
    """
    for ending in ("et", "en", "a", "e"):
        if len(label) >= 5 and label.endswith(ending) and " " not in label[-len(ending) - 1 :]:
            return label[: -len(ending)]
    return label


def _labels(store: ox.Store) -> dict[str, set[str]]:
    """Concept IRI -> folded Swedish labels of it, its narrower concepts and concepts implying it."""
    own: dict[str, set[str]] = defaultdict(set)
    query = (
        f"PREFIX skos: <{SKOS}> SELECT ?c ?l WHERE {{ ?c a skos:Concept ; ?p ?l . "
        "FILTER(?p IN (skos:prefLabel, skos:altLabel, skos:hiddenLabel) || STRENDS(STR(?p), '#mentionLabel')) "
        "FILTER(LANG(?l) = 'sv' || LANG(?l) = '') }"
    )
    for sol in store.query(query, use_default_graph_as_union=True):
        own[sol["c"].value].add(fold(sol["l"].value))
    links = (
        f"PREFIX skos: <{SKOS}> SELECT ?c ?o WHERE {{ {{ ?o skos:broader ?c }} UNION {{ ?c skos:narrower ?o }} "
        "UNION { ?o ?imp ?c FILTER(STRENDS(STR(?imp), '#impliesConcept')) } }"
    )
    out = {c: set(labels) for c, labels in own.items()}
    for sol in store.query(links, use_default_graph_as_union=True):
        out.setdefault(sol["c"].value, set()).update(own.get(sol["o"].value, ()))
    return out


def audit(graph: Path) -> tuple[dict[str, list[int]], list[tuple[str, str, str]]]:
    """Per facet [with evidence, all], and the quotes without it as (facet, concept, quote)."""
    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.N_QUADS)
    labels = _labels(store)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missing: list[tuple[str, str, str]] = []
    query = (
        f"PREFIX oa: <{OA}> PREFIX rdf: <{RDF}> SELECT DISTINCT ?p ?c ?exact WHERE {{ "
        "?a oa:motivatedBy oa:classifying ; rdf:predicate ?p ; rdf:object ?c ; oa:hasTarget ?t . "
        "?t oa:hasSelector ?s . ?s oa:exact ?exact }"
    )
    for sol in store.query(query, use_default_graph_as_union=True):
        facet = sol["p"].value.rsplit("#", 1)[-1]
        if facet not in FACET_PROPS:
            continue
        concept, quote = sol["c"].value, sol["exact"].value
        text = fold(quote)
        found = any(_stem(label) in text for label in labels.get(concept, ()))
        found = found or (facet == "targetGroup" and _AGE.search(quote) is not None)
        counts[facet][1] += 1
        counts[facet][0] += int(found)
        if not found:
            missing.append((facet, concept.rsplit("/", 1)[-1], quote))
    return counts, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--build", type=Path, default=Path("data/build/current"))
    parser.add_argument("--list", type=int, default=0, help="list this many quotes without evidence")
    args = parser.parse_args(argv)
    graph = args.build / "graph.nq"
    if not graph.is_file():
        print(f"error: no graph at {graph}; run `psykgraf build` first", file=sys.stderr)
        return 2
    counts, missing = audit(graph)
    print("Facet quotes that contain their evidence (a label of the concept, or an age for a target group)")
    total = [0, 0]
    for facet in FACET_PROPS:
        ok, n = counts.get(facet, [0, 0])
        total[0] += ok
        total[1] += n
        if n:
            print(f"  {facet:<14} {ok:>5}/{n:<5} {ok / n:6.3f}")
    if total[1]:
        print(f"  {'ALL':<14} {total[0]:>5}/{total[1]:<5} {total[0] / total[1]:6.3f}")
    for facet, code, quote in missing[: args.list]:
        print(f"  - {facet} {code}: {quote[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
