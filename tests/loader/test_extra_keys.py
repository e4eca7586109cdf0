"""Every fact a layout keeps in ``Mention.extra`` is declared: published by the graph, read by a
named later stage, or the same as a declared field (issue 10: "Mention.extra keys are silently
dropped"). The texts are made up."""

from __future__ import annotations

import pytest

from loader import graph
from loader.evidence import Anchorer
from loader.graph import GraphBuilder
from loader.model import EXTRA_KEYS, Document, Line, Mention, Relation, Source
from loader.resolve import resolve, resolve_relations

BASE = "https://example.org/pg/"
REPORT = "plan"
DCT_TYPE = "http://purl.org/dc/terms/type"
TEXT = ("Handlingsplan 2071", "1 Barn och unga", "Mål på kort sikt: fler elever får stöd i tid.")


def test_an_undeclared_key_is_refused_when_the_mention_is_made() -> None:
    with pytest.raises(ValueError, match="undeclared extra key"):
        Mention("event", "Vårträffen", Source(REPORT, 1, "Vårträffen"), extra=(("lokal", "Aulan"),))


def test_the_graph_publishes_exactly_the_keys_declared_as_published() -> None:
    published = {key for key, what in EXTRA_KEYS.items() if what.startswith("published:")}
    assert published == set(graph._EXTRA)
    # Each published key says which property it becomes, and that is the one the graph writes.
    for key in published:
        prop = graph._EXTRA[key]
        name = prop.removeprefix("pg:").rsplit("/", 1)[-1]
        assert name in EXTRA_KEYS[key], (key, prop)


def _triples() -> set[tuple[str, str, str]]:
    doc = Document(REPORT, tuple(Line(n, t) for n, t in enumerate(TEXT, start=1)))
    area = Mention(
        "focus-area", "Barn och unga", Source(REPORT, 2, TEXT[1]), code="1", extra=(("level", "arbetsområde"),)
    )
    goal = Mention(
        "goal",
        "fler elever får stöd i tid",
        Source(REPORT, 3, TEXT[2]),
        relations=(Relation("focus-area", "focus-area", "Barn och unga"),),
        extra=(("term", "kort sikt"),),
    )
    resolution = resolve([area, goal])
    relations = resolve_relations(resolution)
    builder = GraphBuilder(BASE, [REPORT], Anchorer({REPORT: doc}))
    for key in sorted(resolution.entities):
        builder.add_entity(resolution.entities[key], {}, relations, {}, {})
    return {(q.subject.value, q.predicate.value, q.object.value) for q in builder.writer.quads()}


def test_a_focus_area_level_and_a_goal_term_are_published_as_their_type() -> None:
    types = {(s.rsplit("/", 2)[-2], o) for s, p, o in _triples() if p == DCT_TYPE}
    assert types == {("focus-area", "arbetsområde"), ("goal", "kort sikt")}
