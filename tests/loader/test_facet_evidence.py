"""bench/facet_evidence.py: a facet quote holds its evidence when it names the concept (a label,
a narrower concept's label, or an age for a target group). The graph below is made up."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.loader.evalsets import ROOT


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("facet_evidence", ROOT / "bench" / "facet_evidence.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["facet_evidence"] = module
    spec.loader.exec_module(module)
    return module


PG = "https://example.org/pg/ontology#"
V = "https://example.org/pg/vocab/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OA = "http://www.w3.org/ns/oa#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def _facet(n: int, prop: str, concept: str, quote: str) -> str:
    a = f"<https://example.org/pg/id/annotation/{n}>"
    g = "<https://example.org/pg/graph/r>"
    return "\n".join(
        [
            f"{a} <{OA}motivatedBy> <{OA}classifying> {g} .",
            f"{a} <{RDF}subject> <https://example.org/pg/id/resource/x> {g} .",
            f"{a} <{RDF}predicate> <{PG}{prop}> {g} .",
            f"{a} <{RDF}object> <{concept}> {g} .",
            f"{a} <{OA}hasTarget> <{a[1:-1]}#t> {g} .",
            f"<{a[1:-1]}#t> <{OA}hasSelector> <{a[1:-1]}#q> {g} .",
            f'<{a[1:-1]}#q> <{OA}exact> "{quote}" {g} .',
        ]
    )


def test_quotes_with_and_without_their_evidence(tmp_path: Path) -> None:
    o = "<https://example.org/pg/graph/ontology>"
    vocab = [
        f"<{V}care-level/elevhalsa> <{RDF}type> <{SKOS}Concept> {o} .",
        f'<{V}care-level/elevhalsa> <{SKOS}prefLabel> "elevhälsa"@sv {o} .',
        f"<{V}care-level/forsta-linjen> <{RDF}type> <{SKOS}Concept> {o} .",
        f'<{V}care-level/forsta-linjen> <{SKOS}prefLabel> "första linjen"@sv {o} .',
        f"<{V}care-level/elevhalsa> <{SKOS}broader> <{V}care-level/forsta-linjen> {o} .",
        f"<{V}target-group/barn> <{RDF}type> <{SKOS}Concept> {o} .",
        f'<{V}target-group/barn> <{SKOS}prefLabel> "barn"@sv {o} .',
    ]
    facts = [
        _facet(1, "careLevel", f"{V}care-level/elevhalsa", "Stöd till elevhälsans team."),  # inflected label
        _facet(2, "careLevel", f"{V}care-level/forsta-linjen", "Ett stöd för elevhälsan."),  # narrower concept
        _facet(3, "targetGroup", f"{V}target-group/barn", "För dem som är 6–12 år."),  # an age range
        _facet(4, "targetGroup", f"{V}target-group/barn", "Filmen visades i Umeå."),  # no evidence
    ]
    graph = tmp_path / "graph.nq"
    graph.write_text("\n".join([*vocab, *facts]) + "\n", encoding="utf-8")
    counts, missing = _module().audit(graph)
    assert counts["careLevel"] == [2, 2]
    assert counts["targetGroup"] == [1, 2]
    assert missing == [("targetGroup", "barn", "Filmen visades i Umeå.")]
