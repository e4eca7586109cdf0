"""Specification of the graph writer: which quads one resolved entity gives.

The input is a three-line report written for this test (``TEXT`` below): an inventory item
with a target-group facet and a relation to the initiative it is part of. Expected values
are read from that text; offsets are positions in it.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from loader.enrich import Enriched, Evidence
from loader.evidence import Anchorer
from loader.graph import CONTEXT, GraphBuilder
from loader.model import Document, Line, Mention, Observation, Relation, Source
from loader.resolve import resolve, resolve_relations

BASE = "https://example.org/pg/"
PG = BASE + "ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DCT = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
REPORT = "rapport"
TEXT = (
    "Inventering av stöd",
    "SkolFam – ett arbetssätt för familjehemsplacerade barn i grundskolan.",
    "Skolsatsningen samlar arbetet.",
)
QUOTE = TEXT[1]
R = f"{BASE}id/resource/skolfam"
I = f"{BASE}id/initiative/skolsatsningen"  # noqa: E741 (the initiative's IRI)
G = f"{BASE}graph/{REPORT}"


def _quads() -> tuple[list[ox.Quad], list[str]]:
    doc = Document(REPORT, tuple(Line(n, t) for n, t in enumerate(TEXT, start=1)))
    item = Mention(
        kind="resource",
        name="SkolFam",
        source=Source(REPORT, 2, QUOTE),
        target_groups=("barn",),
        relations=(
            Relation("part-of", "initiative", "Skolsatsningen"),
            Relation("related", "resource", "Finns inte"),  # names nothing: reported, not written
            Relation("part-of", "resource", "SkolFam"),  # names the item itself: no relation
        ),
    )
    initiative = Mention(kind="initiative", name="Skolsatsningen", source=Source(REPORT, 3, TEXT[2]))
    enriched = Enriched(item, (Evidence("target_groups", "barn", "familjehemsplacerade barn", "barn"),))
    resolution = resolve([item, initiative])
    relations = resolve_relations(resolution)
    builder = GraphBuilder(BASE, [REPORT], Anchorer({REPORT: doc}))
    for key in sorted(resolution.entities):
        builder.add_entity(resolution.entities[key], {id(item): enriched}, relations, {}, {})
    return builder.writer.quads(), [*builder.unresolved, *relations.unresolved]


QUADS, UNRESOLVED = _quads()
TRIPLES = {(q.subject.value, q.predicate.value, str(q.object)) for q in QUADS}


def _one(s: str, p: str) -> str:
    found = [o for (s2, p2, o) in TRIPLES if s2 == s and p2 == p]
    assert len(found) == 1, (s, p, found)
    return found[0]


@pytest.mark.parametrize(
    ("what", "triple"),
    [
        ("class", (R, RDF + "type", f"<{PG}Resource>")),
        ("label", (R, RDFS + "label", '"SkolFam"@sv')),
        ("source report", (R, DCT + "source", f"<{BASE}id/report/{REPORT}>")),
        ("facet", (R, PG + "targetGroup", f"<{BASE}vocab/target-group/barn>")),
        ("relation", (R, DCT + "isPartOf", f"<{I}>")),
        ("inverse relation", (I, DCT + "hasPart", f"<{R}>")),
        ("related entity class", (I, RDF + "type", f"<{PG}Initiative>")),
    ],
)
def test_one_entity_gives(what: str, triple: tuple[str, str, str]) -> None:
    assert triple in TRIPLES, what


def test_every_statement_is_in_the_report_graph() -> None:
    assert {q.graph_name.value for q in QUADS} == {G}


@pytest.mark.parametrize(
    ("what", "predicate", "obj"),
    [
        ("unresolved relation", DCT + "relation", None),
        ("relation to itself", DCT + "isPartOf", f"<{R}>"),
    ],
)
def test_one_entity_does_not_give(what: str, predicate: str, obj: str | None) -> None:
    assert not [o for (s, p, o) in TRIPLES if s == R and p == predicate and obj in (None, o)], what


def test_a_target_naming_nothing_is_reported() -> None:
    assert UNRESOLVED == [f"{REPORT}:2: related resource 'Finns inte' not found"]


def test_the_mention_annotation_has_both_selectors() -> None:
    ann = next(s for (s, p, o) in TRIPLES if p == OA + "hasBody" and o == f"<{R}>")
    assert _one(ann, OA + "motivatedBy") == f"<{OA}identifying>"
    target = _one(ann, OA + "hasTarget")[1:-1]
    assert _one(target, OA + "hasSource") == f"<{BASE}id/report/{REPORT}>"
    assert _one(target, PG + "line") == '"2"^^<http://www.w3.org/2001/XMLSchema#integer>'
    selectors = {o[1:-1] for (s, p, o) in TRIPLES if s == target and p == OA + "hasSelector"}
    kinds = {_one(sel, RDF + "type") for sel in selectors}
    assert kinds == {f"<{OA}TextQuoteSelector>", f"<{OA}TextPositionSelector>"}
    quote = next(sel for sel in selectors if sel.endswith("#quote"))
    position = next(sel for sel in selectors if sel.endswith("#position"))
    start = len(TEXT[0]) + 1  # the quote is line 2, after line 1 and its newline
    end = start + len(QUOTE)
    assert _one(quote, OA + "exact") == f'"{QUOTE}"'
    assert _one(quote, OA + "prefix") == f'"{TEXT[0][-(CONTEXT - 1) :]}\\n"'  # up to CONTEXT characters before
    assert _one(quote, OA + "suffix") == f'"\\n{TEXT[2][: CONTEXT - 1]}"'
    assert _one(position, OA + "start") == f'"{start}"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'
    assert _one(position, OA + "end") == f'"{end}"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'


def test_the_facet_annotation_quotes_its_evidence() -> None:
    concept = f"<{BASE}vocab/target-group/barn>"
    ann = next(
        s
        for (s, p, o) in TRIPLES
        if p == RDF + "object" and o == concept and (s, RDF + "predicate", f"<{PG}targetGroup>") in TRIPLES
    )
    assert _one(ann, RDF + "subject") == f"<{R}>"
    assert _one(ann, OA + "motivatedBy") == f"<{OA}classifying>"
    target = _one(ann, OA + "hasTarget")[1:-1]
    quote = f"{ann}#quote"
    assert (target, OA + "hasSelector", f"<{quote}>") in TRIPLES
    assert _one(quote, OA + "exact") == '"familjehemsplacerade barn"'


# An arrangement table listing one course on three dates (two of them in one place).
SERIES_TEXT = (
    "Nr.\tDatum\tNamn",
    "1\t2017-01-12\tGrundkurs migration",
    "2\t2017-05-11\tGrundkurs migration (Lycksele)",
    "3\t2017-09-13\tGrundkurs migration (Borås)",
)
SDO = "https://schema.org/"


def _series_triples() -> set[tuple[str, str, str]]:
    doc = Document(REPORT, tuple(Line(n, t) for n, t in enumerate(SERIES_TEXT, start=1)))
    rows = [
        Mention(
            kind="event",
            name=line.split("\t")[2],
            source=Source(REPORT, n, line),
            code=line.split("\t")[0],
            start=line.split("\t")[1],
            location=place,
        )
        for n, (line, place) in enumerate(zip(SERIES_TEXT[1:], (None, "Lycksele", "Borås"), strict=True), start=2)
    ]
    resolution = resolve(rows)
    builder = GraphBuilder(BASE, [REPORT], Anchorer({REPORT: doc}))
    for key in sorted(resolution.entities):
        builder.add_entity(resolution.entities[key], {}, resolve_relations(resolution), {}, {})
    return {(q.subject.value, q.predicate.value, str(q.object)) for q in builder.writer.quads()}


def test_an_arrangement_on_three_dates_is_one_series_with_three_holdings() -> None:
    triples = _series_triples()
    series = f"{BASE}id/event/grundkurs-migration"
    events = {s for s, p, o in triples if p == RDF + "type" and o == f"<{PG}Event>"}
    assert events == {series}
    assert (series, RDF + "type", f"<{SDO}EventSeries>") in triples
    assert (series, PG + "occurrenceCount", '"3"^^<http://www.w3.org/2001/XMLSchema#integer>') in triples
    assert {o for s, p, o in triples if s == series and p in (SDO + "startDate", SDO + "endDate")} == {
        '"2017-01-12"^^<http://www.w3.org/2001/XMLSchema#date>',
        '"2017-09-13"^^<http://www.w3.org/2001/XMLSchema#date>',
    }
    # Each row is a holding with its own name, date, place, number and verbatim quote.
    held = {o.strip("<>") for s, p, o in triples if s == series and p == SDO + "subEvent"}
    assert len(held) == 3
    boras = f"{BASE}id/event/grundkurs-migration-boras-2017-09-13"
    assert boras in held
    assert (boras, SDO + "superEvent", f"<{series}>") in triples
    assert (boras, RDFS + "label", '"Grundkurs migration (Borås)"@sv') in triples
    assert (boras, SDO + "location", '"Borås"@sv') in triples
    assert (boras, PG + "code", '"3"') in triples
    exact = {o for s, p, o in triples if p == OA + "exact"}
    assert all(str(ox.Literal(line)) in exact for line in SERIES_TEXT[1:])
    # The series' own dates and row numbers are its holdings': none on the series itself but the span.
    assert not [o for s, p, o in triples if s == series and p in (PG + "code", SDO + "location")]


# "Under året hölls tre webbinarier": a count the text gives without any date.
COUNT_TEXT = ("Insatser", "Under året hölls tre webbinarier om samsjuklighet.")


def test_a_count_without_a_date_is_reported_not_written_as_an_observation() -> None:
    doc = Document(REPORT, tuple(Line(n, t) for n, t in enumerate(COUNT_TEXT, start=1)))
    src = Source(REPORT, 2, COUNT_TEXT[1])
    undated = Mention(
        kind="event",
        name="Webbinarier om samsjuklighet",
        source=src,
        observations=(Observation("webbinarier", 3.0, "st", "", src),),
    )
    resolution = resolve([undated])
    builder = GraphBuilder(BASE, [REPORT], Anchorer({REPORT: doc}))
    for key in sorted(resolution.entities):
        builder.add_entity(resolution.entities[key], {}, resolve_relations(resolution), {}, {})
    types = {str(q.object) for q in builder.writer.quads() if q.predicate.value == RDF + "type"}
    assert f"<{PG}Observation>" not in types  # shapes.ttl: an observation needs schema:observationDate
    assert f"<{PG}Event>" in types
    assert any("has no date" in u and ":2:" in u for u in builder.unresolved)


def test_an_entity_named_twice_with_two_age_ranges_gets_one_valid_range() -> None:
    # Two sentences of one report give the same item two ranges ("unga 13–17 år", "unga vuxna 18–24 år"):
    # the graph holds one pg:ageMin and one pg:ageMax, the span of both, never min above max.
    text = ("Stöd", "Ungkollen för unga 13–17 år.", "Ungkollen finns också för unga vuxna 18–24 år.")
    doc = Document(REPORT, tuple(Line(n, t) for n, t in enumerate(text, start=1)))
    first = Mention("resource", "Ungkollen", Source(REPORT, 2, text[1]), age_min=13, age_max=17)
    second = Mention("resource", "Ungkollen", Source(REPORT, 3, text[2]), age_min=18, age_max=24)
    resolution = resolve([first, second])
    builder = GraphBuilder(BASE, [REPORT], Anchorer({REPORT: doc}))
    for key in sorted(resolution.entities):
        builder.add_entity(resolution.entities[key], {}, resolve_relations(resolution), {}, {})
    store = ox.Store()
    store.extend(builder.writer.quads())
    ages = {
        (q.predicate.value.rsplit("#", 1)[-1], q.object.value)
        for q in store.quads_for_pattern(ox.NamedNode(f"{BASE}id/resource/ungkollen"), None, None)
        if q.predicate.value.startswith(PG + "age")
    }
    assert ages == {("ageMin", "13"), ("ageMax", "24")}
